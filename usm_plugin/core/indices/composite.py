"""Composite indices: scores at every level of the indicator hierarchy.

:func:`composite_index` takes a table of indicator values per neighbourhood and
a catalogue (facets -> dimensions -> subdimensions -> indicators) and returns
a score per node of the hierarchy and the overall ``index``:

1. every indicator is checked (numeric, not all missing); infinite values
   become missing; an indicator without variation is left out when its
   normalisation is relative (min-max, z-score, rank), with a warning;
2. outliers are winsorised by the JRC rule (:func:`methods.winsorise`) and
   reported per indicator;
3. missing values are imputed (or left for available-case aggregation); the
   share of indicators with data is reported per neighbourhood and facet;
4. each indicator is normalised so that a higher score is better in the
   chosen orientation (higher = safer, or higher = more risk);
5. weights come from the catalogue, are equal, or come from principal
   components; within each group they are rescaled to sum to one over the
   children that have a value;
6. groups are aggregated bottom-up, arithmetic or geometric, per level.

Everything stays available to :mod:`.uncertainty`, which recomputes the index
under other choices (:class:`IndexModel`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy import sparse

try:  # scipy's compiled kernel of (csr matrix) @ (dense), to write into a reused buffer
    from scipy.sparse._sparsetools import csr_matvecs as _csr_matvecs
except ImportError:  # pragma: no cover - then the public product, which allocates its result
    _csr_matvecs = None

from ..runtime import InputError, Notes, as_steps
from . import methods
from .catalogue import AGGREGATIONS, NORMALISATIONS, Catalogue

__all__ = ["CompositeResult", "IndexModel", "IndexOptions", "composite_index"]

ORIENTATIONS = ("safety", "risk")
WEIGHTINGS = ("catalogue", "equal", "pca")
IMPUTATIONS = ("none", "mean", "median")


@dataclass
class IndexOptions:
    """The choices behind an index (each documented in :func:`composite_index`)."""

    normalisation: str = "minmax"
    orientation: str = "safety"
    weighting: str = "catalogue"
    aggregation: Optional[str] = None  # None: per level from the catalogue
    imputation: str = "none"
    winsorise: bool = True
    skew_limit: float = 2.0
    kurt_limit: float = 3.5
    winsor_max: int = 5
    geometric_shift: float = 1.0

    def check(self) -> None:
        for name, value, allowed in (
                ("normalisation", self.normalisation, NORMALISATIONS),
                ("orientation", self.orientation, ORIENTATIONS),
                ("weighting", self.weighting, WEIGHTINGS),
                ("imputation", self.imputation, IMPUTATIONS)):
            if value not in allowed:
                raise InputError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
        if self.aggregation is not None and self.aggregation not in AGGREGATIONS:
            raise InputError(f"aggregation must be one of {', '.join(AGGREGATIONS)} or None; got "
                             f"{self.aggregation!r}")
        if self.geometric_shift < 0:
            raise InputError("the geometric shift must be >= 0")


@dataclass
class CompositeResult:
    """Scores of a composite index.

    Attributes
    ----------
    scores : pandas.DataFrame
        One row per input row (same index); one column per group id, one
        ``norm_<indicator id>`` column per indicator (its normalised score) and
        ``index``.
    availability : pandas.DataFrame
        ``avail`` (share of the indicators with data, before imputation) and
        ``avail_<facet id>`` per top-level group.
    rank : numpy.ndarray
        Rank of ``index`` (1 = highest value; NaN where the index is missing).
    nodes : pandas.DataFrame
        Report of every node: id, level, parent, name, weight (rescaled within
        the parent), aggregation, normalisation, direction, field, winsorised
        points, skewness and kurtosis before and after, clipped values, missing
        values, status (used / left out and why).
    model : IndexModel
        The prepared model (for the uncertainty analysis).
    notes : Notes
    """

    scores: pd.DataFrame
    availability: pd.DataFrame
    rank: np.ndarray
    nodes: pd.DataFrame
    model: "IndexModel"
    notes: Notes = field(default_factory=Notes)


# --------------------------------------------------------------------------- the model


class IndexModel:
    """The indicator data and hierarchy, ready to be scored under any choice.

    Parameters
    ----------
    raw : numpy.ndarray
        Units x indicators after the outlier treatment.
    catalogue : Catalogue
        Selected catalogue (only used nodes).
    options : IndexOptions
    signs : numpy.ndarray
        +1 where a higher indicator value is better in the chosen orientation, -1
        where it is worse.

    Attributes
    ----------
    base_weights : numpy.ndarray
        Weight of every node (indicators first, then groups, then the index);
        the catalogue's until :func:`composite_index` sets the chosen weighting.
    """

    def __init__(self, raw: np.ndarray, catalogue: Catalogue, options: IndexOptions,
                 signs: np.ndarray):
        self.raw = raw
        self.catalogue = catalogue
        self.options = options
        self.signs = signs
        self.indicator_ids = [i.id for i in catalogue.indicators]
        self.group_ids = [g.id for g in catalogue.groups]
        self.node_ids = self.indicator_ids + self.group_ids + ["index"]
        self._build_tree()
        self.base_weights = self._catalogue_weights()
        self._cache: Dict[Tuple[str, str], dict] = {}
        self._plans: Dict[tuple, list] = {}
        self._buffers: Dict[tuple, np.ndarray] = {}

    # ---- structure ----------------------------------------------------------------------

    def _build_tree(self) -> None:
        position = {node: k for k, node in enumerate(self.node_ids)}
        root = position["index"]
        parents = [position[i.parent] if i.parent else root for i in self.catalogue.indicators]
        parents += [position[g.parent] if g.parent else root for g in self.catalogue.groups]
        parents.append(-1)
        self.parent = np.array(parents)
        m = len(self.indicator_ids)
        height = np.zeros(len(self.node_ids), dtype=int)
        # A group's height is one more than its highest child: walk up from every indicator.
        for leaf in range(m):
            node, h = leaf, 0
            while self.parent[node] >= 0:
                node, h = self.parent[node], h + 1
                height[node] = max(height[node], h)
        self.height = height
        self.levels = ([None] * m + [g.level for g in self.catalogue.groups] + ["index"])
        self.heights = sorted({int(h) for h in height[m:]})

    def _catalogue_weights(self) -> np.ndarray:
        weights = [i.weight for i in self.catalogue.indicators]
        weights += [g.weight for g in self.catalogue.groups]
        return np.array(weights + [1.0], dtype=float)

    def observed_below(self, observed: np.ndarray) -> np.ndarray:
        """Units x nodes: True where the node has at least one observed indicator below it."""
        m = len(self.indicator_ids)
        out = np.zeros((observed.shape[0], len(self.node_ids)), dtype=bool)
        out[:, :m] = observed
        for h in self.heights:
            for node in np.flatnonzero(self.height == h):
                if node >= m:
                    out[:, node] = out[:, self.children(node)].any(axis=1)
        return out

    def children(self, node: int) -> np.ndarray:
        return np.flatnonzero(self.parent == node)

    def aggregation_methods(self, aggregation: Optional[str]) -> List[str]:
        """Aggregation method of every group node (None for indicators)."""
        out: List[Optional[str]] = [None] * len(self.indicator_ids)
        for group in self.catalogue.groups:
            out.append(aggregation or group.aggregation
                       or self.catalogue.aggregation.get(group.level, "arithmetic"))
        out.append(aggregation or self.catalogue.aggregation.get("index", "arithmetic"))
        return out

    # ---- indicator scores ---------------------------------------------------------------

    def indicator_scores(self, imputation: str, normalisation: str) -> np.ndarray:
        """Normalised indicator matrix (units x indicators), cached per choice."""
        return self.variant(imputation, normalisation)["z"]

    def variant(self, imputation: str, normalisation: str, dtype=np.float64) -> dict:
        """Normalised scores for one choice, with the forms the aggregation needs (cached).

        Keys: ``z`` (units x indicators, NaN missing), ``zt`` (indicators x
        units, NaN as 0), ``missing`` (sparse 0/1 indicators x units matrix of
        the missing cells, None when nothing is missing), ``logt`` (``log(z +
        shift)`` like ``zt``; computed on first use).  The Monte Carlo analysis asks for
        float32 forms: half the memory traffic, and 7 significant digits are
        plenty to order neighbourhoods.
        """
        key = (imputation, normalisation, np.dtype(dtype).str)
        if key not in self._cache:
            filled = methods.impute(self.raw, imputation)
            out = np.empty_like(filled)
            chosen = [ind.normalisation or normalisation for ind in self.catalogue.indicators]
            for method in ("minmax", "rank"):  # all columns at once (same numbers)
                cols = [j for j, c in enumerate(chosen) if c == method]
                if cols:
                    out[:, cols] = methods.normalise_columns(filled[:, cols], method,
                                                             self.signs[cols])
            for j, ind in enumerate(self.catalogue.indicators):
                if chosen[j] not in ("minmax", "rank"):
                    out[:, j], _ = methods.normalise(filled[:, j], chosen[j],
                                                     direction=int(self.signs[j]),
                                                     goalposts=ind.goalposts, target=ind.target)
            self._cache[key] = self._forms(out, dtype)
        return self._cache[key]

    @staticmethod
    def _forms(scores: np.ndarray, dtype=np.float64) -> dict:
        scores = np.asfortranarray(scores, dtype=dtype)
        missing = np.isnan(scores)
        return {"z": scores,
                "zt": np.ascontiguousarray(np.where(missing, 0, scores).T, dtype=dtype),
                "missing": (sparse.csr_matrix(missing.T.astype(dtype)) if missing.any() else None),
                "logt": None}

    # ---- aggregation --------------------------------------------------------------------

    def aggregate(self, scores: np.ndarray, weights: np.ndarray, agg_methods: Sequence[str],
                  shift: Optional[float] = None) -> np.ndarray:
        """Scores of every node: units x nodes (indicators, groups, index).

        A group's score is the weighted arithmetic mean of its children's
        scores, ``sum(w x) / sum(w)``, or the weighted geometric mean of
        ``x + shift`` minus ``shift``, ``exp(sum(w log(x + s)) / sum(w)) - s``;
        the sums run over the children with a value (a unit missing every child
        gets NaN), so weights are rescaled over the available children.
        """
        forms = self._forms(scores)
        groups = self.aggregate_groups(forms, weights, agg_methods, shift)
        return np.column_stack([forms["z"], groups])

    def aggregate_groups(self, forms: dict, weights: np.ndarray, agg_methods: Sequence[str],
                         shift: Optional[float] = None, index_only: bool = False) -> np.ndarray:
        """Scores of the group nodes and the index (units x (groups + 1)) from :meth:`variant`.

        Works on transposed (nodes x units, row-major) arrays, so each child's row is
        contiguous for the sparse weight products.  Each group's weighted sum over
        all its children is divided by the sum of all their weights; only the cells
        where a child is missing (few) are corrected afterwards.  A missing group
        score is kept as 0 with its cell listed while computing, and set to NaN at
        the end.  Geometric groups keep their log form (``sum(w log(x + s)) /
        sum(w)``) in a second buffer, which their geometric parents read.  With
        ``index_only`` the plain scores of groups whose parent aggregates
        geometrically are not computed (only the index is returned meaningfully), and
        the returned array is overwritten by the next such call.
        """
        shift = self.options.geometric_shift if shift is None else shift
        m = len(self.indicator_ids)
        dtype = forms["zt"].dtype
        weights = np.asarray(weights, dtype=dtype)
        steps, linear = self._plan(tuple(agg_methods))
        work = self._work_buffers((len(self.node_ids) - m, forms["zt"].shape[1]), dtype,
                                  index_only)
        for method, nodes, plan in steps:
            self._aggregate_step(forms, work, method, nodes, plan, weights, shift,
                                 linear if index_only else None)
        groups = work["groups"]
        for node, units in work["empty"].items():
            groups[node, units] = np.nan
        return groups.T

    def _work_buffers(self, shape, dtype, index_only: bool) -> dict:
        """Buffers of one aggregation: plain scores, log forms, and what is filled in."""
        if index_only:  # the Monte Carlo runs reuse the buffers (no fresh pages every run)
            key = (shape, dtype.str)
            if key not in self._buffers:
                self._buffers[key] = (np.zeros(shape, dtype=dtype), np.zeros(shape, dtype=dtype))
            groups, logs = self._buffers[key]
            # no zeroing: every row a later step reads is written first
        else:
            groups, logs = np.zeros(shape, dtype=dtype), np.empty(shape, dtype=dtype)
        return {"groups": groups, "logs": logs, "has_log": np.zeros(shape[0], dtype=bool),
                "empty": {}}  # group (local index) -> units where it has no value

    def _aggregate_step(self, forms, work, method, nodes, plan, weights, shift, linear):
        """Scores of one step's groups (one height, one method) into the work buffers."""
        m = len(self.indicator_ids)
        groups, empty = work["groups"], work["empty"]
        dtype = groups.dtype
        local = nodes - m
        w_ind, w_grp = plan["ind"](weights), plan["grp"](weights)
        target = work["logs"] if method == "geometric" else groups
        rows = plan["rows"]  # a slice when the step's groups are consecutive: sum into place
        into = target[rows] if isinstance(rows, slice) else None
        numerator, total = self._weighted_sums(forms, work, plan, w_ind, w_grp, method, shift,
                                               into)
        cells = self._corrections(forms, plan, w_ind, w_grp, weights, empty, m, groups.shape[1])
        if cells is not None:  # taken before the division in place
            key_row, flat, lost = cells  # flat: row x units + unit, the cell in a C array
            present = total[key_row] - lost
            kids = plan["kids"][key_row]
            none = present <= 16 * np.finfo(dtype).eps * kids * total[key_row]
            with np.errstate(divide="ignore", invalid="ignore"):
                fixed = np.where(none, 0, np.take(numerator, flat) / present)
        out = numerator
        np.divide(numerator, total[:, None], out=out)
        fresh = []
        if cells is not None:
            np.put(out, flat, fixed)
            if none.any():  # cells sorted by row, then unit: split the empty ones per group
                rows_e = key_row[none]
                units_e = flat[none] - rows_e * groups.shape[1]
                bounds = np.flatnonzero(np.r_[True, rows_e[1:] != rows_e[:-1], True])
                for start, stop in zip(bounds[:-1], bounds[1:]):
                    empty[local[rows_e[start]]] = units_e[start:stop]
                    fresh.append(local[rows_e[start]])
        if out is not into:
            target[rows] = out
        if method == "geometric":
            work["has_log"][local] = True
            wanted = np.ones(len(local), bool) if linear is None else linear[nodes]
            if wanted.any():
                groups[local[wanted]] = np.exp(out[wanted]) - dtype.type(shift)
            for node in fresh:  # exp(0) - shift: back to the placeholder 0
                groups[node, empty[node]] = 0

    def _weighted_sums(self, forms, work, plan, w_ind, w_grp, method, shift, into=None):
        """Sum of weight x child score over all children (into ``into`` when given), and the
        sum of the weights."""
        dtype = work["groups"].dtype
        numerator = None
        total = np.zeros(w_ind.shape[0], dtype)
        if w_ind.nnz:
            zt = self._log_forms(forms, shift) if method == "geometric" else forms["zt"]
            numerator = plan["ind"].product(zt, into)
            total = total + plan["ind"].row_sums()
        if w_grp.nnz:
            children = self._group_children(work, plan, method, shift)
            if numerator is None:
                numerator = plan["grp"].product(children, into)
            else:
                numerator += plan["grp"].product(children)
            total = total + plan["grp"].row_sums()
        return numerator, total

    @staticmethod
    def _group_children(work, plan, method, shift) -> np.ndarray:
        """Rows of the step's group children (log form under a geometric parent); a view
        of the buffer when they are consecutive and ready, else a copy."""
        groups, cols, chosen = work["groups"], plan["grp_cols"], plan["grp_sel"]
        if method != "geometric":
            return groups[chosen]
        logged = work["has_log"][cols]
        if logged.all():
            return work["logs"][chosen]
        sub = np.empty((len(cols), groups.shape[1]), groups.dtype)
        for k, col in enumerate(cols):
            if logged[k]:
                sub[k] = work["logs"][col]
            else:
                sub[k] = np.log(groups[col] + groups.dtype.type(shift))
                if col in work["empty"]:
                    sub[k, work["empty"][col]] = 0
        return sub

    def _corrections(self, forms, plan, w_ind, w_grp, weights, empty, m, n):
        """(group row, row x n + unit, weight of the missing children) of the cells to correct,
        sorted by row and unit."""
        rows, keys, lost = [], [], []
        if w_ind.nnz and forms["missing"] is not None:
            cells = self._missing_cells(forms, w_ind, plan)
            if cells is not None:
                child, key_row, key, inverse = cells
                rows.append(key_row)
                keys.append(key)
                lost.append(np.bincount(inverse, weights=weights[child],
                                        minlength=key_row.size))
        if w_grp.nnz and empty:
            hit = [k for k, col in enumerate(plan["grp_cols"]) if col in empty]
            if hit:
                cols = plan["grp_cols"][hit]
                parts = [empty[col] for col in cols]
                sizes = [part.size for part in parts]
                rows.append(np.repeat(plan["grp_row_of"][hit], sizes))
                keys.append(rows[-1] * n + np.concatenate(parts))
                lost.append(np.repeat(weights[m + cols].astype(float), sizes))
        if not rows:
            return None
        if len(rows) == 1 and w_grp.nnz == 0:  # the cached cells: already unique and sorted
            return rows[0], keys[0], lost[0].astype(weights.dtype)
        rows, keys, lost = np.concatenate(rows), np.concatenate(keys), np.concatenate(lost)
        if len(rows) > 1:
            keys, inverse = np.unique(keys, return_inverse=True)
            lost = np.bincount(inverse.ravel(), weights=lost, minlength=keys.size)
            rows = keys // n
        return rows, keys, lost.astype(weights.dtype)

    def _linear_needed(self, agg_methods: Tuple[str, ...]) -> np.ndarray:
        """Nodes whose plain score is needed: the index and children of arithmetic parents."""
        needed = np.array([self.parent[k] >= 0 and agg_methods[self.parent[k]] == "arithmetic"
                           for k in range(len(self.node_ids))])
        needed[-1] = True
        return needed

    @staticmethod
    def _missing_cells(forms, w_ind, plan):
        """(child, group row, row x n + unit, inverse) of the missing cells under this step's
        groups."""
        cache = forms.setdefault("cells", {})
        key = id(plan)
        if key not in cache:
            missing = forms["missing"].tocoo()  # indicators x units
            row_of = np.full(w_ind.shape[1], -1)
            row_of[w_ind.indices] = np.repeat(np.arange(w_ind.shape[0]), np.diff(w_ind.indptr))
            keep = row_of[missing.row] >= 0
            child, unit = missing.row[keep], missing.col[keep]
            if child.size == 0:
                cache[key] = None
            else:
                n = missing.shape[1]
                keys, inverse = np.unique(row_of[child] * n + unit, return_inverse=True)
                cache[key] = (child, keys // n, keys, inverse.ravel())
        return cache[key]

    def _log_forms(self, forms: dict, shift: float) -> np.ndarray:
        if forms["logt"] is None or forms.get("log_shift") != shift:
            z = forms["z"]
            finite = z[np.isfinite(z)]
            if finite.size and finite.min() < -shift:
                raise InputError(
                    "geometric aggregation needs scores >= 0; z-scores are negative for about half "
                    "of the neighbourhoods: use min-max, rank, goalposts or distance-to-target "
                    "normalisation, or arithmetic aggregation")
            if shift == 0 and np.any(finite == 0):
                raise InputError(
                    "geometric aggregation met a score of 0 (the worst neighbourhood under min-max "
                    "or rank normalisation), which would make its whole group 0; use a shift > 0 "
                    "(default 1 point) or arithmetic aggregation")
            with np.errstate(divide="ignore", invalid="ignore"):
                logged = np.log(z + z.dtype.type(shift))
            forms["logt"] = np.ascontiguousarray(np.where(np.isnan(z), 0, logged).T, dtype=z.dtype)
            forms["log_shift"] = shift
        return forms["logt"]

    def _plan(self, agg_methods: Tuple[str, ...]):
        """Steps (method, group nodes, plan) per height and :meth:`_linear_needed`, cached
        per method tuple.  A plan holds the weight matrices of the step's indicator and
        group children and where the step reads and writes in the buffers."""
        cached = self._plans.get(agg_methods)
        if cached is not None:
            return cached
        m = len(self.indicator_ids)
        steps = []
        for h in self.heights:
            at_height = np.flatnonzero(self.height == h)
            at_height = at_height[at_height >= m]
            for method in AGGREGATIONS:
                nodes = np.array([g for g in at_height if agg_methods[g] == method], dtype=int)
                if nodes.size == 0:
                    continue
                kids = [self.children(g) for g in nodes]
                col = np.concatenate([[k] * len(c) for k, c in enumerate(kids)]).astype(int)
                row = np.concatenate(kids).astype(int)
                is_ind = row < m
                grp_cols, grp_rows = np.unique(row[~is_ind] - m, return_inverse=True)
                plan = {"grp_cols": grp_cols, "grp_sel": _consecutive(grp_cols),
                        "rows": _consecutive(nodes - m),
                        "kids": np.array([len(c) for c in kids]),
                        "grp_row_of": _row_of(grp_rows.reshape(-1), col[~is_ind], grp_cols.size),
                        "ind": _WeightMatrix(col[is_ind], row[is_ind], row[is_ind],
                                             (nodes.size, m)),
                        "grp": _WeightMatrix(col[~is_ind], grp_rows.reshape(-1), row[~is_ind],
                                             (nodes.size, grp_cols.size))}
                steps.append((method, nodes, plan))
        self._plans[agg_methods] = steps, self._linear_needed(agg_methods)
        return self._plans[agg_methods]


def _consecutive(indices: np.ndarray):
    """A slice for consecutive indices (a buffer's rows as a view, not a copy), else them."""
    indices = np.asarray(indices, dtype=int)
    if indices.size and np.array_equal(indices, np.arange(indices[0], indices[0] + indices.size)):
        return slice(int(indices[0]), int(indices[0]) + indices.size)
    return indices


def _row_of(children, groups, n_children):
    """The group (row) each child column belongs to."""
    out = np.full(n_children, -1)
    out[np.asarray(children, dtype=int)] = np.asarray(groups, dtype=int)
    return out


class _WeightMatrix:
    """Sparse (groups x children, csr) matrix of the children's weights, and its row sums.

    The matrix is built once and its values overwritten at each call (the Monte
    Carlo analysis calls this thousands of times): use it before the next call.
    :meth:`row_sums` adds the last matrix's rows as ``matrix.sum(axis=1)`` does
    (``numpy.add.reduceat`` over the stored values of each row), and
    :meth:`product` computes ``matrix @ dense`` with scipy's own kernel into a
    reused buffer, without scipy's per-call overhead and fresh result pages.
    """

    def __init__(self, rows, cols, weight_index, shape):
        structure = sparse.csr_matrix((np.arange(1, len(rows) + 1, dtype=float), (rows, cols)),
                                      shape=shape)
        # csr stores entries row by row: remember which weight goes where.
        self.index = np.asarray(weight_index)[structure.data.astype(int) - 1]
        self.structure = structure
        self.nnz = structure.nnz
        self.filled = np.flatnonzero(np.diff(structure.indptr))
        self.starts = structure.indptr[self.filled].astype(np.intp)
        self.matrices: Dict[str, sparse.csr_matrix] = {}
        self.outputs: Dict[tuple, np.ndarray] = {}
        self.last = None

    def __call__(self, weights: np.ndarray) -> sparse.csr_matrix:
        weights = np.asarray(weights)
        matrix = self.matrices.get(weights.dtype.str)
        if matrix is None:
            matrix = self.matrices[weights.dtype.str] = self.structure.astype(weights.dtype)
        matrix.data[:] = weights[self.index]
        self.last = matrix
        return matrix

    def row_sums(self) -> np.ndarray:
        """Sum of each row of the matrix of the last call (0 for a row without entries)."""
        out = np.zeros(self.last.shape[0], dtype=self.last.dtype)
        if self.filled.size:
            out[self.filled] = np.add.reduceat(self.last.data, self.starts)
        return out

    def product(self, dense: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
        """``matrix @ dense`` for the matrix of the last call, the same numbers (scipy's
        ``csr_matvecs``: each row's sum of weight x child row, in the stored order).

        Written into ``out`` when it is given and C-contiguous (else a new array is
        returned), or into a buffer overwritten by the next call of the same shape.
        """
        matrix = self.last
        shape = (matrix.shape[0], dense.shape[1])
        if (_csr_matvecs is None or dense.dtype != matrix.dtype or not dense.flags.c_contiguous
                or (out is not None and (out.dtype != dense.dtype or not out.flags.c_contiguous))):
            return np.asarray(matrix @ dense)
        if out is None:
            out = self.outputs.get((dense.dtype.str, shape))
            if out is None:
                out = self.outputs[(dense.dtype.str, shape)] = np.empty(shape, dense.dtype)
        out.fill(0)  # the kernel adds to its output
        try:
            _csr_matvecs(shape[0], matrix.shape[1], shape[1], matrix.indptr, matrix.indices,
                         matrix.data, dense.ravel(), out.ravel())
        except (TypeError, ValueError):  # pragma: no cover - another scipy's signature
            return np.asarray(matrix @ dense)
        return out


# --------------------------------------------------------------------------- the function


def composite_index(frame: pd.DataFrame, catalogue: Catalogue, *,
                    options: Optional[IndexOptions] = None, id_field: Optional[str] = None,
                    skip_missing_fields: bool = False,
                    progress=None, should_stop=None) -> CompositeResult:
    """Composite index of neighbourhoods from a catalogue of indicators.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per neighbourhood with the fields the catalogue's selected
        indicators are bound to.
    catalogue : Catalogue
        From :func:`catalogue.load_catalogue` or
        :func:`catalogue.catalogue_from_fields`; its selected indicators are used.
    options : IndexOptions
        ``normalisation`` (minmax, zscore, rank, goalposts, target; an
        indicator's own ``normalisation`` in the catalogue wins),
        ``orientation`` ("safety": higher = safer, risk indicators reversed;
        "risk": higher = more risk, protective indicators reversed),
        ``weighting`` ("catalogue", "equal", "pca" for the indicators within
        each group, the catalogue's weights above), ``aggregation`` (None = per
        level as in the catalogue, or one method for every level),
        ``imputation`` (none, mean, median), ``winsorise`` and its limits,
        ``geometric_shift``.
    id_field : str, optional
        Used in messages to name neighbourhoods.
    skip_missing_fields : bool
        Leave out (with a warning) selected indicators whose field is not in
        ``frame``, instead of stopping.

    Returns
    -------
    CompositeResult

    Raises
    ------
    InputError
        An unknown or non-numeric field, an indicator with no value at all, a
        normalisation that needs goalposts or targets the catalogue lacks, or
        geometric aggregation of negative scores.

    References
    ----------
    OECD/JRC (2008). Handbook on Constructing Composite Indicators:
    Methodology and User Guide. OECD Publishing, Paris.
    Becker, W., Caperna, G., Del Sorbo, M., Norlén, H., Papadimitriou, E.,
    Saisana, M. (2022). COINr: an R package for developing composite
    indicators. Journal of Open Source Software 7(78), 4567.
    """
    steps = as_steps(progress, should_stop)
    options = options or IndexOptions()
    options.check()
    notes = Notes()
    _check_ids(frame, id_field)
    selected = catalogue.selected()
    selected, report = _bind_fields(frame, selected, skip_missing_fields, notes)
    raw = _numeric_matrix(frame, selected, id_field, notes)
    selected, raw, report = _drop_unusable(raw, selected, options, report, notes)
    steps.report(0.2)
    raw = _treat_outliers(raw, selected, options, report, notes)
    signs = _signs(selected, options.orientation)
    model = IndexModel(raw, selected, options, signs)
    scores = model.indicator_scores(options.imputation, options.normalisation)
    _count_clipped(model, options, report)
    weights = _weights(model, scores, options, report, notes)
    model.base_weights = weights
    steps.report(0.6)
    values = model.aggregate(scores, weights, model.aggregation_methods(options.aggregation))
    steps.report(0.9)
    return _result(frame, model, values, report, id_field, notes)


# --------------------------------------------------------------------------- helpers


def _check_ids(frame, id_field) -> None:
    if not id_field:
        return
    if id_field not in frame.columns:
        raise InputError(f"Id field {id_field!r} not found; the layer has: "
                         f"{', '.join(map(str, frame.columns[:40]))}.")
    ids = frame[id_field]
    duplicated = ids[ids.duplicated(keep=False) & ids.notna()]
    if len(duplicated):
        raise InputError(f"The id field {id_field!r} has duplicated values: "
                         f"{', '.join(map(str, sorted(set(duplicated.astype(str)))[:10]))}; "
                         "neighbourhood ids must be unique.")


def _bind_fields(frame, catalogue, skip_missing, notes):
    from dataclasses import replace

    missing = [i for i in catalogue.indicators if i.field not in frame.columns]
    if missing and not skip_missing:
        described = "; ".join(f"indicator {i.id!r}{catalogue.where(i.id)} is bound to field "
                              f"{i.field!r}" for i in missing[:8])
        raise InputError(
            f"{len(missing)} selected indicator(s) are bound to fields the layer does not have: "
            f"{described}. The layer has: {', '.join(map(str, frame.columns[:40]))}. Bind them "
            "to existing fields in the catalogue, deselect them, or allow leaving out missing "
            "fields.")
    if missing:
        notes.warn(f"{len(missing)} selected indicator(s) left out because their field is not in "
                   f"the layer: " + ", ".join(f"{i.id} ({i.field})" for i in missing))
    report = {i.id: {"status": "left out: field not in the layer"} for i in missing}
    kept = [i for i in catalogue.indicators if i.field in frame.columns]
    if not kept:
        raise InputError("None of the selected indicators' fields is in the layer; nothing to "
                         "compute. Check the field bindings of the catalogue.")
    return _prune(replace(catalogue, indicators=kept)), report


def _prune(catalogue: Catalogue) -> Catalogue:
    """Drop groups left without any indicator below them."""
    from dataclasses import replace

    parents = {g.id: g.parent for g in catalogue.groups}
    used = set()
    for ind in catalogue.indicators:
        node = ind.parent
        while node is not None:
            used.add(node)
            node = parents[node]
    return replace(catalogue, groups=[g for g in catalogue.groups if g.id in used])


def _numeric_matrix(frame, catalogue, id_field, notes) -> np.ndarray:
    columns = []
    for ind in catalogue.indicators:
        series = frame[ind.field]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            converted = pd.to_numeric(series, errors="coerce")
            bad = converted.isna() & series.notna()
            if bad.all() and series.notna().any():
                raise InputError(f"Field {ind.field!r} of indicator {ind.id!r} is not numeric "
                                 f"(values like {series.dropna().iloc[0]!r}).")
            if bad.any():
                notes.warn(f"{ind.field}: {int(bad.sum())} value(s) that are not numbers treated as "
                           f"missing ({_ids(frame, bad, id_field)}).")
            series = converted
        elif pd.api.types.is_bool_dtype(series):
            series = series.astype(float)
        elif not pd.api.types.is_numeric_dtype(series):
            raise InputError(f"Field {ind.field!r} of indicator {ind.id!r} is not numeric "
                             f"(type {series.dtype}).")
        values = series.to_numpy(dtype=float, na_value=np.nan)
        infinite = np.isinf(values)
        if infinite.any():
            notes.warn(f"{ind.field}: {int(infinite.sum())} infinite value(s) treated as missing.")
            values = np.where(infinite, np.nan, values)
        columns.append(values)
    return np.column_stack(columns)


def _ids(frame, mask, id_field, limit: int = 10) -> str:
    mask = np.asarray(mask)
    labels = (frame[id_field] if id_field and id_field in frame.columns else frame.index)
    chosen = [str(v) for v in np.asarray(labels)[mask][:limit]]
    more = f", ... ({int(mask.sum())} in all)" if mask.sum() > limit else ""
    return "ids " + ", ".join(chosen) + more


def _drop_unusable(raw, catalogue, options, report, notes):
    """Stop on an all-missing indicator; leave out constant ones under relative normalisation."""
    from dataclasses import replace

    empty = [i for j, i in enumerate(catalogue.indicators) if not np.isfinite(raw[:, j]).any()]
    if empty:
        raise InputError(
            "Indicator(s) with no value in any neighbourhood: "
            + ", ".join(f"{i.id} (field {i.field}){catalogue.where(i.id)}" for i in empty)
            + ". Deselect them or bind them to a field with data.")
    keep = []
    for j, ind in enumerate(catalogue.indicators):
        column = raw[:, j][np.isfinite(raw[:, j])]
        method = ind.normalisation or options.normalisation
        needs = {"goalposts": ind.goalposts, "target": ind.target}
        if method in needs and needs[method] is None:
            raise InputError(f"Indicator {ind.id!r}{catalogue.where(ind.id)} has no {method} in "
                             f"the catalogue, needed by {method} normalisation; add it or choose "
                             "another normalisation.")
        if method in ("minmax", "zscore", "rank") and np.ptp(column) == 0:
            notes.warn(f"Indicator {ind.id} ({ind.field}) has the same value ({column[0]:g}) in "
                       f"every neighbourhood: it cannot tell them apart under {method} "
                       "normalisation and is left out; its weight goes to its siblings.")
            report[ind.id] = {"status": "left out: no variation"}
            continue
        keep.append(j)
    if not keep:
        raise InputError("Every indicator is constant; there is nothing to compare.")
    kept = replace(catalogue, indicators=[catalogue.indicators[j] for j in keep])
    return _prune(kept), raw[:, keep], report


def _treat_outliers(raw, catalogue, options, report, notes):
    out = raw.copy()
    for j, ind in enumerate(catalogue.indicators):
        entry = report.setdefault(ind.id, {})
        entry["missing"] = int(np.sum(~np.isfinite(raw[:, j])))
        if not options.winsorise:
            entry.update(status="used")
            continue
        treated = methods.winsorise(raw[:, j], skew_limit=options.skew_limit,
                                    kurt_limit=options.kurt_limit, max_points=options.winsor_max)
        out[:, j] = treated.values
        entry.update(status="used", winsorised_low=treated.n_low, winsorised_high=treated.n_high,
                     skew_before=treated.skew_before, kurt_before=treated.kurt_before,
                     skew_after=treated.skew_after, kurt_after=treated.kurt_after)
        if treated.n_low or treated.n_high:
            notes.say(f"Outliers: {ind.id} winsorised at {treated.n_low} low and "
                      f"{treated.n_high} high value(s) (skewness {treated.skew_before:.2f} -> "
                      f"{treated.skew_after:.2f}, kurtosis {treated.kurt_before:.2f} -> "
                      f"{treated.kurt_after:.2f}).")
        if treated.still_outlying:
            notes.warn(f"Outliers: {ind.id} still has |skewness| > {options.skew_limit:g} and "
                       f"kurtosis > {options.kurt_limit:g} after winsorising "
                       f"{options.winsor_max} value(s); consider a log transform or rank "
                       "normalisation.")
    return out


def _signs(catalogue, orientation) -> np.ndarray:
    wanted = "protective" if orientation == "safety" else "risk"
    return np.array([1 if i.direction == wanted else -1 for i in catalogue.indicators])


def _count_clipped(model, options, report):
    filled = None
    for j, ind in enumerate(model.catalogue.indicators):
        method = ind.normalisation or options.normalisation
        clipped = 0  # only goalposts and targets cap values
        if method in ("goalposts", "target"):
            if filled is None:
                filled = methods.impute(model.raw, options.imputation)
            _, clipped = methods.normalise(filled[:, j], method, direction=int(model.signs[j]),
                                           goalposts=ind.goalposts, target=ind.target)
        report[ind.id]["normalisation"] = method
        report[ind.id]["clipped"] = clipped


def _weights(model, scores, options, report, notes) -> np.ndarray:
    weights = model.base_weights.copy()
    m = len(model.indicator_ids)
    if options.weighting == "equal":
        weights[:] = 1.0
    elif options.weighting == "pca":
        for group in sorted(set(model.parent[:m])):
            kids = model.children(group)
            kids = kids[kids < m]
            if len(kids) < 2:
                continue
            try:
                found = methods.pca_weights(scores[:, kids])
            except InputError as error:
                notes.warn(f"PCA weights of {model.node_ids[group]}: {error}; equal weights used.")
                weights[kids] = 1.0
                continue
            weights[kids] = found.weights
            notes.say(f"PCA weights of {model.node_ids[group]}: {found.n_factors} factor(s) with "
                      f"eigenvalue > 1 (eigenvalues {', '.join(f'{v:.2f}' for v in found.eigenvalues)}).")
    zero_groups = [model.node_ids[g] for g in range(m, len(model.node_ids))
                   if weights[model.children(g)].sum() <= 0]
    if zero_groups:
        raise InputError(f"Every child of {', '.join(zero_groups)} has weight 0; give at least one "
                         "a positive weight.")
    return weights


def _result(frame, model, values, report, id_field, notes) -> CompositeResult:
    columns = ([f"norm_{i}" for i in model.indicator_ids] + model.group_ids + ["index"])
    observed = np.isfinite(model.raw)
    values = values.copy()
    # A score made of imputed values only is not a measurement: NULL, whatever the imputation.
    # (the imputed indicator scores themselves are kept; avail says how much was imputed)
    m = len(model.indicator_ids)
    groups = values[:, m:]
    groups[~model.observed_below(observed)[:, m:]] = np.nan
    scores = pd.DataFrame(values, index=frame.index, columns=columns)
    availability = {"avail": observed.mean(axis=1)}
    tops = [g for g in model.catalogue.groups if g.parent is None]
    for top in tops:
        cols = [j for j, ind in enumerate(model.catalogue.indicators)
                if model.catalogue.facet_of(ind.id) == top.id]
        availability[f"avail_{top.id}"] = observed[:, cols].mean(axis=1)
    availability = pd.DataFrame(availability, index=frame.index)
    index = values[:, -1]
    rank = rank_descending(index)
    if np.isnan(index).any():
        notes.warn(f"{int(np.isnan(index).sum())} neighbourhood(s) have no indicator value at all "
                   f"and get no index (NULL): {_ids(frame, np.isnan(index), id_field)}.")
    low = availability["avail"].to_numpy() < 0.5
    if low.any():
        notes.warn(f"{int(low.sum())} neighbourhood(s) have data for fewer than half of the "
                   f"indicators (see avail): {_ids(frame, low, id_field)}.")
    nodes = _node_table(model, report)
    return CompositeResult(scores, availability, rank, nodes, model, notes)


def rank_descending(values: np.ndarray) -> np.ndarray:
    """Ranks, 1 = highest value, ties share the best rank; NaN stays NaN."""
    from scipy.stats import rankdata

    values = np.asarray(values, dtype=float)
    out = np.full(values.shape, np.nan)
    ok = np.isfinite(values)
    if ok.any():
        out[ok] = rankdata(-values[ok], method="min")
    return out


def _node_table(model, report) -> pd.DataFrame:
    rows = []
    agg = model.aggregation_methods(model.options.aggregation)
    for k, node in enumerate(model.node_ids):
        parent = model.parent[k]
        siblings = model.children(parent) if parent >= 0 else np.array([k])
        total = model.base_weights[siblings].sum()
        row = {"node": node, "level": model.levels[k] or "indicator",
               "parent": model.node_ids[parent] if parent >= 0 else "",
               "weight": float(model.base_weights[k] / total) if total > 0 else np.nan,
               "aggregation": agg[k] or ""}
        if k < len(model.indicator_ids):
            ind = model.catalogue.indicators[k]
            row.update(name=ind.name, field=ind.field, direction=ind.direction)
            row.update(report.get(ind.id, {}))
        else:
            row.update(name=(model.catalogue.groups[k - len(model.indicator_ids)].name
                             if node != "index" else "Composite index"), status="used")
        rows.append(row)
    for node, entry in report.items():
        if node not in model.node_ids:
            rows.append({"node": node, "level": "indicator", **entry})
    return pd.DataFrame(rows)
