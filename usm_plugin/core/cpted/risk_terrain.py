"""Risk Terrain Modeling (RTM) on a grid: factor selection, relative risk values, PAI.

The study area is covered by square cells.  Each candidate factor layer
(points, lines or polygons) becomes binary cell columns, one per
*operationalisation*:

* proximity: the cell centre lies within ``d`` metres of the factor (for
  several ``d``); distances to lines and polygons are measured to points
  placed along their outlines at most a quarter of a cell apart (error below
  an eighth of a cell), and a centre inside a polygon is at distance 0;
* density (point layers): the quartic kernel density of the factor points with
  bandwidth ``h`` (for several ``h``) is above its mean plus two standard
  deviations over the study area (the RTM convention for "high density").

Selection: an L1-penalised (lasso) Poisson regression of the training incident
counts per cell on all columns, the penalty chosen by cross-validation (the
smallest mean deviance, or with ``penalty_rule="1se"`` the largest penalty
within one standard error of it, a sparser model) with spatially blocked folds (blocks of ``block_cells`` x ``block_cells`` cells
assigned to folds at random with ``seed``, so neighbouring cells do not sit on
both sides of a split); for each factor only the operationalisation with the
largest standardised coefficient is kept (RTM uses one per factor).  The kept
columns are refitted without penalty by Poisson or NB2 negative binomial
regression: ``RRV = exp(beta)`` is the relative risk value of each factor (RRV
< 1 is a protective factor), and the cell's relative risk is the product of
the RRVs of the factors present (1 where none is).

Cells with identical factor columns are fitted as one row with summed counts
and a cell count as exposure (exactly the same Poisson likelihood), so the
selection runs on a few thousand rows whatever the grid size.

Validation: incidents are split at random (``holdout`` share, ``seed``) into
training and held-out incidents; the predictive accuracy index of the top
``top_share`` of cells by relative risk is ``PAI = (n / N) / (a / A)``: the
share of held-out incidents in those cells over their share of the area.

References
----------
Caplan, J. M., Kennedy, L. W., Miller, J. (2011). Risk terrain modeling: brokering
criminological theory and GIS methods for crime forecasting. *Justice Quarterly*,
28(2), 360-381.

Kennedy, L. W., Caplan, J. M., Piza, E. L. (2016). *Risk Terrain Modeling: Crime
Prediction and Risk Reduction*. University of California Press.

Chainey, S., Tompson, L., Uhlig, S. (2008). The utility of hotspot mapping for predicting
spatial patterns of crime. *Security Journal*, 21, 4-28 (predictive accuracy index).

Hastie, T., Tibshirani, R., Friedman, J. (2009). *The Elements of Statistical Learning*,
2nd ed., section 7.10 (cross-validation, one-standard-error rule). Springer.

Roberts, D. R. et al. (2017). Cross-validation strategies for data with temporal, spatial,
hierarchical, or phylogenetic structure. *Ecography*, 40(8), 913-929 (blocked folds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps
from .glm import lambda_max, negbin_fit, poisson_deviance, poisson_fit, poisson_lasso_path

MODELS = ("poisson", "negbin")
PENALTY_RULES = ("min", "1se")
MAX_CELLS = 4_000_000

FACTOR_FIELDS = (
    ("factor", "factor layer name", "text"),
    ("operation", "proximity or density", "text"),
    ("distance_m", "proximity distance or density bandwidth", "m"),
    ("cells", "study cells where the column is 1", "count"),
    ("selected", "1 for the operationalisation kept in the final model", "0/1"),
    ("coef", "final-model coefficient (log relative risk); NULL when not kept", "log ratio"),
    ("se", "its standard error", "log ratio"),
    ("p_value", "two-sided Wald p-value", "probability"),
    ("rrv", "relative risk value exp(coef): the risk in a cell with the factor relative to one "
            "without; < 1 protective", "ratio"),
    ("protective", "1 when rrv < 1 (a resilience factor)", "0/1"),
    ("lasso_coef", "standardised coefficient at the cross-validated penalty (0 = dropped)",
     "log ratio per SD"),
)


@dataclass
class FactorLayer:
    """A candidate factor: geometries, and the operationalisations to test."""

    name: str
    geometries: np.ndarray
    distances: Sequence[float] = ()
    bandwidths: Sequence[float] = ()


@dataclass
class RiskTerrainResult:
    """Result of :func:`risk_terrain`.

    Attributes
    ----------
    risk : ndarray (rows, cols)
        Relative risk per cell; NaN outside the study area.
    x0, y0, cell_size : float
        Top-left corner and cell size of the grid (metres).
    factors : DataFrame
        One row per operationalisation (fields of :data:`FACTOR_FIELDS`).
    pai : float
        Predictive accuracy index of the top cells on the held-out incidents.
    summary : dict
        Counts and choices (cells, incidents, penalty, folds, model, alpha, ...).
    neighbourhoods : DataFrame or None
        ``id``, ``rr_mean``, ``rr_max``, ``cells`` per neighbourhood.
    design, training_counts : ndarray
        The kept factor columns and the training counts per study cell (row-major
        order of the study cells): the final model's exact input.
    """

    risk: np.ndarray
    x0: float
    y0: float
    cell_size: float
    factors: pd.DataFrame
    pai: float
    summary: Dict[str, object]
    neighbourhoods: Optional[pd.DataFrame] = None
    notes: Notes = field(default_factory=Notes)
    design: Optional[np.ndarray] = None
    training_counts: Optional[np.ndarray] = None


def _grid(area_geoms, cell_size):
    import shapely

    area = shapely.union_all(area_geoms)
    x_min, y_min, x_max, y_max = area.bounds
    # A millionth of a cell of slack: an extent of exactly n cells, reprojected and back,
    # comes out a hair wider and must not add a row and a column of cells.
    cols = max(int(math.ceil((x_max - x_min) / cell_size - 1e-6)), 1)
    rows = max(int(math.ceil((y_max - y_min) / cell_size - 1e-6)), 1)
    if rows * cols > MAX_CELLS:
        raise InputError(f"{rows} x {cols} cells of {cell_size:g} m exceed {MAX_CELLS:,}; use a "
                         "larger cell size")
    cx = x_min + (np.arange(cols) + 0.5) * cell_size
    cy = y_max - (np.arange(rows) + 0.5) * cell_size
    gx, gy = np.meshgrid(cx, cy)
    inside = shapely.contains_xy(area, gx.ravel(), gy.ravel()).reshape(rows, cols)
    return x_min, y_max, rows, cols, gx, gy, inside


def _distance_to(geoms, px, py, cell_size, limit=np.inf):
    """Distance from points to the nearest geometry (points exact; outlines sampled);
    inf beyond ``limit`` (the search stops there, which is what makes it fast)."""
    import shapely
    from scipy.spatial import cKDTree

    types = shapely.get_type_id(geoms)
    if np.isin(types, (0, 4)).all():
        xy = shapely.get_coordinates(geoms)
        inside = np.zeros(len(px), dtype=bool)
    else:
        outline = shapely.boundary(geoms)
        outline = np.where(np.isin(types, (3, 6)), outline, geoms)
        xy = shapely.get_coordinates(shapely.segmentize(outline, cell_size / 4.0))
        inside = np.zeros(len(px), dtype=bool)
        poly = geoms[np.isin(types, (3, 6))]
        if len(poly):
            pi, _ = shapely.STRtree(poly).query(shapely.points(px, py), predicate="within")
            inside[pi] = True
    dist, _ = cKDTree(xy).query(np.column_stack([px, py]),
                                distance_upper_bound=limit * (1 + 1e-12) + 1e-9)
    dist[inside] = 0.0
    return dist


def _density_flags(geoms, inside, x0, y0, cell_size, bandwidth):
    import shapely
    from scipy.signal import fftconvolve

    from ..stats.density import kernel_matrix

    rows, cols = inside.shape
    xy = shapely.get_coordinates(geoms)
    c = np.floor((xy[:, 0] - x0) / cell_size).astype(int)
    r = np.floor((y0 - xy[:, 1]) / cell_size).astype(int)
    ok = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
    counts = np.zeros((rows, cols))
    np.add.at(counts, (r[ok], c[ok]), 1.0)
    dens = fftconvolve(counts, kernel_matrix(bandwidth, cell_size, "quartic"), mode="same")
    values = dens[inside]
    return values > values.mean() + 2 * values.std()


def _columns(factors, inside, gx, gy, x0, y0, cell_size, notes, steps):
    import shapely

    px, py = gx[inside], gy[inside]
    cols, meta = [], []
    for k, factor in enumerate(factors):
        geoms = np.asarray(factor.geometries, dtype=object)
        geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))] if len(geoms) else geoms
        if len(geoms) == 0:
            notes.warn(f"factor {factor.name!r} is empty (no geometry): left out")
            continue
        if factor.distances:
            dist = _distance_to(geoms, px, py, cell_size, max(factor.distances))
            for d in factor.distances:
                cols.append(dist <= d)
                meta.append((factor.name, "proximity", float(d)))
        if factor.bandwidths:
            if not np.isin(shapely.get_type_id(geoms), (0, 4)).all():
                notes.warn(f"factor {factor.name!r}: density needs points; only proximity used")
            else:
                for h in factor.bandwidths:
                    cols.append(_density_flags(geoms, inside, x0, y0, cell_size, h))
                    meta.append((factor.name, "density", float(h)))
        steps.report((k + 1) / len(factors))
    if not cols:
        raise InputError("no usable factor: every factor layer is empty or has no distance or "
                         "bandwidth")
    return np.column_stack(cols).astype(float), meta


def _patterns(X, y, mask=None):
    """Unique rows of the 0/1 matrix X with summed counts and number of cells."""
    if mask is not None:
        X, y = X[mask], y[mask]
    if X.shape[1] <= 62:   # binary rows packed into one integer: a 1-D unique, much faster
        code = X.astype(np.int64) @ (np.int64(1) << np.arange(X.shape[1], dtype=np.int64))
        _, first, inv = np.unique(code, return_index=True, return_inverse=True)
        pat = X[first]
    else:
        pat, inv = np.unique(X, axis=0, return_inverse=True)
    inv = inv.ravel()
    return pat, np.bincount(inv, y, minlength=len(pat)), np.bincount(inv, minlength=len(pat))


def _cross_validate(X, y, fold, lambdas, steps):
    k = int(fold.max()) + 1
    dev = np.zeros((k, len(lambdas)))
    for f in range(k):
        train = fold != f
        pat, cnt, n = _patterns(X, y, train)
        path = poisson_lasso_path(pat, cnt, n, lambdas)
        tp, tc, tn = _patterns(X, y, ~train)
        mu = tn[None, :] * np.exp(path[:, :1] + path[:, 1:] @ tp.T)
        dev[f] = [poisson_deviance(tc, m) / tn.sum() for m in mu]   # per cell: folds differ
        steps.report((f + 1) / k)
    return dev.mean(axis=0), dev.std(axis=0, ddof=1) / np.sqrt(k)


def _split(n, holdout, rng):
    test = np.zeros(n, dtype=bool)
    if holdout > 0:
        test[rng.choice(n, int(round(holdout * n)), replace=False)] = True
    return test


# long: the modelling steps in their order (factor surfaces, lasso path, blocked cross-validation, refit, PAI), each already a helper; splitting further would only pass a dozen arrays around
def risk_terrain(study_area, incidents_xy, factors: Sequence[FactorLayer], *, cell_size: float,
                 model: str = "poisson", folds: int = 5, block_cells: int = 10,
                 holdout: float = 0.3, top_share: float = 0.1, seed: int = 0,
                 neighbourhoods=None, neighbourhood_id: Optional[str] = None,
                 n_lambdas: int = 20, penalty_rule: str = "min", progress=None,
                 should_stop=None) -> RiskTerrainResult:
    """Risk Terrain Modeling on a grid over the study area.

    Parameters
    ----------
    study_area : array of shapely polygons
        Study area (e.g. the city boundary or the neighbourhoods), projected metres.
    incidents_xy : ndarray (n, 2)
    factors : sequence of FactorLayer
    cell_size : float
        Cell side in metres.
    model : {"poisson", "negbin"}
        Final (unpenalised) model.
    folds, block_cells : int
        Spatially blocked cross-validation: folds, and block side in cells.
    holdout : float
        Share of incidents held out for the PAI (0 uses every incident for both).
    top_share : float
        Share of cells (highest risk first) the PAI scores.
    seed : int
        Seed of the holdout split and of the fold assignment.
    penalty_rule : {"min", "1se"}
        Penalty at the smallest cross-validated deviance, or the largest one within
        one standard error of it (fewer factors, slightly less predictive).
    neighbourhoods : GeoDataFrame, optional
        For mean and maximum relative risk per neighbourhood (cells by centre).

    Returns
    -------
    RiskTerrainResult

    References
    ----------
    Caplan, Kennedy & Miller (2011); Kennedy, Caplan & Piza (2016); Chainey et al. (2008).
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if model not in MODELS:
        raise InputError(f"model must be one of {MODELS}, got {model!r}")
    if penalty_rule not in PENALTY_RULES:
        raise InputError(f"penalty_rule must be one of {PENALTY_RULES}, got {penalty_rule!r}")
    if not (cell_size > 0 and np.isfinite(cell_size)):
        raise InputError(f"the cell size must be a positive number of metres, got {cell_size!r}")
    if not 2 <= folds <= 20 or block_cells < 1:
        raise InputError(f"folds must be 2-20 and blocks at least 1 cell, got {folds}, {block_cells}")
    if not 0 <= holdout < 1 or not 0 < top_share < 1:
        raise InputError("holdout must be in [0, 1) and the top share in (0, 1)")
    rng = np.random.default_rng(seed)
    x0, y0, rows, cols, gx, gy, inside = _grid(study_area, cell_size)
    n_cells = int(inside.sum())
    if n_cells < 10:
        raise InputError(f"the study area holds {n_cells} cells of {cell_size:g} m; use smaller cells")
    xy = np.asarray(incidents_xy, dtype=float).reshape(-1, 2)
    c = np.floor((xy[:, 0] - x0) / cell_size).astype(np.int64)
    r = np.floor((y0 - xy[:, 1]) / cell_size).astype(np.int64)
    ok = (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
    ok[ok] = inside[r[ok], c[ok]]
    if (~ok).any():
        notes.warn(f"{int((~ok).sum())} incidents lie outside the study area's cells and were "
                   "left out")
    if ok.sum() < 20:
        raise InputError(f"only {int(ok.sum())} incidents inside the study area; RTM needs more")
    test = _split(int(ok.sum()), holdout, rng)
    index = -np.ones((rows, cols), dtype=np.int64)
    index[inside] = np.arange(n_cells)
    cell = index[r[ok], c[ok]]
    y_train = np.bincount(cell[~test], minlength=n_cells).astype(float)
    y_test = np.bincount(cell[test], minlength=n_cells).astype(float) if holdout > 0 else y_train
    steps.report(0.05)

    X, meta = _columns(factors, inside, gx, gy, x0, y0, cell_size, notes, steps.part(0.05, 0.4))
    var = X.std(axis=0) > 0
    for (name, op, d), v in zip(meta, var):
        if not v:
            notes.warn(f"factor {name!r} {op} {d:g} m is the same in every cell: left out")
    if not var.any():
        raise InputError("every factor column is constant over the study area")
    Xv = X[:, var]
    meta_v = [m for m, v in zip(meta, var) if v]

    # spatially blocked folds
    rr_, cc_ = np.nonzero(inside)
    block = (rr_ // block_cells) * (cols // block_cells + 1) + cc_ // block_cells
    ub, binv = np.unique(block, return_inverse=True)
    fold = rng.permutation(len(ub))[binv.ravel()] % folds
    pat, cnt, ncell = _patterns(Xv, y_train)
    lmax = lambda_max(pat, cnt, ncell)
    lambdas = lmax * np.logspace(0, -2, n_lambdas)
    cv, cv_se = _cross_validate(Xv, y_train, fold, lambdas, steps.part(0.4, 0.8))
    low = int(np.argmin(cv))
    if penalty_rule == "1se":
        # the largest penalty whose deviance is within one standard error of the minimum:
        # a sparser model that predicts about as well (Hastie et al. 2009, 7.10)
        best = int(np.flatnonzero(cv <= cv[low] + cv_se[low])[0])
    else:
        best = low
    if best == len(lambdas) - 1:
        notes.say("the cross-validated penalty is the smallest tried (1% of the largest): "
                  "nearly every candidate column helps prediction")
    path = poisson_lasso_path(pat, cnt, ncell, lambdas[: best + 1])
    slopes = path[-1, 1:]
    sd = Xv.std(axis=0)
    std_coef = slopes * sd
    keep = _one_per_factor(std_coef, meta_v)
    if not keep.any():
        notes.warn("the cross-validated lasso kept no factor: no factor predicts the incidents "
                   "better than a flat risk; the surface is 1 everywhere")
    steps.report(0.85)
    fit, table = _final_model(Xv, y_train, keep, meta_v, std_coef, model, notes)
    steps.report(0.9)
    log_rr = Xv[:, keep] @ fit.coef[1:] if keep.any() else np.zeros(n_cells)
    risk_cells = np.exp(log_rr)
    risk = np.full((rows, cols), np.nan)
    risk[inside] = risk_cells
    pai, n_top = _pai(risk_cells, y_test, top_share)
    summary = {"cells": n_cells, "rows": rows, "cols": cols, "incidents_used": int(ok.sum()),
               "incidents_training": int((~test).sum()), "incidents_held_out": int(test.sum()),
               "penalty": float(lambdas[best]), "penalty_max": float(lmax), "folds": folds,
               "block_cells": block_cells, "model": model, "penalty_rule": penalty_rule, "nb_alpha": float(fit.alpha),
               "pai": pai, "top_cells": n_top, "top_share": top_share, "seed": seed,
               "columns_tested": int(var.sum())}
    notes.say(f"RTM: {n_cells:,} cells of {cell_size:g} m, {int(var.sum())} candidate columns, "
              f"penalty {lambdas[best]:.3g} by {folds}-fold spatially blocked cross-validation "
              f"(blocks of {block_cells} x {block_cells} cells, seed {seed}); "
              f"{int(keep.sum())} factors kept; PAI of the top {100 * top_share:g}% cells on "
              f"{int(test.sum()) if holdout > 0 else int((~test).sum())} "
              f"{'held-out' if holdout > 0 else 'training (no holdout)'} incidents: {pai:.2f}")
    nb_table = None
    if neighbourhoods is not None:
        nb_table = _per_neighbourhood(neighbourhoods, neighbourhood_id, gx[inside], gy[inside],
                                      risk_cells, notes)
    steps.report(1.0)
    return RiskTerrainResult(risk, x0, y0, cell_size, table, pai, summary, nb_table, notes,
                             Xv[:, keep], y_train)


def _one_per_factor(std_coef, meta):
    keep = np.zeros(len(meta), dtype=bool)
    names = [m[0] for m in meta]
    for name in dict.fromkeys(names):
        idx = [i for i, n in enumerate(names) if n == name and std_coef[i] != 0]
        if idx:
            keep[max(idx, key=lambda i: abs(std_coef[i]))] = True
    return keep


def _final_model(X, y, keep, meta, std_coef, model, notes):
    from scipy.stats import norm

    if keep.any():
        fit = negbin_fit(X[:, keep], y) if model == "negbin" else poisson_fit(
            *_patterns(X[:, keep], y))
        if model == "poisson":
            mu = np.exp(fit.coef[0] + X[:, keep] @ fit.coef[1:])
            dispersion = float(np.sum((y - mu) ** 2 / mu) / max(len(y) - keep.sum() - 1, 1))
            if dispersion > 1.5:
                notes.warn(f"the counts are overdispersed (Pearson dispersion {dispersion:.2f}); "
                           "the negative binomial model gives more honest standard errors")
    else:
        fit = poisson_fit(np.zeros((len(y), 0)), y)
    rows = []
    coef = dict(zip(np.flatnonzero(keep), fit.coef[1:]))
    se = dict(zip(np.flatnonzero(keep), fit.se[1:]))
    for i, (name, op, d) in enumerate(meta):
        b = coef.get(i, np.nan)
        s = se.get(i, np.nan)
        p = float(2 * norm.sf(abs(b / s))) if i in coef else np.nan
        rows.append({"factor": name, "operation": op, "distance_m": d,
                     "cells": int(X[:, i].sum()), "selected": int(i in coef), "coef": b, "se": s,
                     "p_value": p, "rrv": float(np.exp(b)) if i in coef else np.nan,
                     "protective": (int(b < 0) if i in coef else np.nan),
                     "lasso_coef": float(std_coef[i])})
    return fit, pd.DataFrame(rows)


def _pai(risk, y_test, top_share):
    n = len(risk)
    k = max(int(math.ceil(top_share * n)), 1)
    order = np.argsort(-risk, kind="stable")
    total = y_test.sum()
    if total <= 0:
        return float("nan"), k
    return float((y_test[order[:k]].sum() / total) / (k / n)), k


def _per_neighbourhood(neighbourhoods, id_field, px, py, risk, notes):
    from ..joins.infrastructure import assign_to_zones, prepare_zones

    zones = prepare_zones(neighbourhoods, id_field, notes)
    owner = np.asarray(assign_to_zones(zones, np.column_stack([px, py])).index, dtype=np.int64)
    n = len(zones)
    ok = owner >= 0
    cells = np.bincount(owner[ok], minlength=n)
    total = np.bincount(owner[ok], risk[ok], minlength=n)
    mx = np.full(n, np.nan)
    np.fmax.at(mx, owner[ok], risk[ok])
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(cells > 0, total / cells, np.nan)
    if (cells == 0).any():
        notes.warn(f"{int((cells == 0).sum())} neighbourhoods hold no cell centre (smaller than a "
                   "cell): their relative risk is NULL")
    return pd.DataFrame({id_field: zones.ids, "rtm_cells": cells, "rr_mean": mean, "rr_max": mx})
