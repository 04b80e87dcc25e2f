"""Uncertainty and sensitivity of a composite index (Monte Carlo, variance-based).

The index depends on choices that are reasonable but not unique: the
normalisation, the weights, the aggregation, the imputation.  Following
Saisana, Saltelli and Tarantola (2005) and the OECD/JRC Handbook (2008,
chapter 7), :func:`uncertainty_analysis` draws these choices at random (each
alternative equally likely; every weight multiplied by a uniform factor in
``[1 - noise, 1 + noise]``), recomputes the index for each draw, and reports per
neighbourhood the median score and a central interval of its score and of its
rank.

The draws follow Saltelli's design (Saltelli et al. 2010): two independent
samples ``A`` and ``B`` of ``N`` draws and, for each factor ``i``, the sample
``A_B^i`` (``A`` with factor ``i`` taken from ``B``), ``N (k + 2)`` runs for
``k`` factors.  Every run is a valid draw of the choices, so all of them feed
the intervals; the structure gives the first-order and total sensitivity
indices of each factor:

``V_i = 1/N sum_j f(B)_j (f(A_B^i)_j - f(A)_j)``  (first order, Saltelli 2010)
``E_i = 1/(2N) sum_j (f(A)_j - f(A_B^i)_j)^2``    (total, Jansen 1999)

divided by the variance of the output.  Two outputs are analysed: the rank of
every neighbourhood (indices pooled over neighbourhoods: ``sum_u V_i(u) /
sum_u Var(u)``), and the mean absolute shift of the ranks from the main
index's ranks (Saisana et al. 2005's ``R_S``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps
from .catalogue import AGGREGATIONS
from .composite import IMPUTATIONS, IndexModel

__all__ = ["UncertaintyOptions", "UncertaintyResult", "uncertainty_analysis"]

#: Normalisations whose scores share the 0-100 scale, so scores can be compared across runs.
COMMON_SCALE = ("minmax", "rank", "goalposts", "target")


@dataclass
class UncertaintyOptions:
    """What varies in the Monte Carlo analysis.

    Attributes
    ----------
    runs : int
        Total number of index computations (the Saltelli design uses
        ``N = runs // (k + 2)`` base draws for ``k`` varying factors).
    seed : int
        Seed of ``numpy.random.default_rng``; same seed, same result.
    normalisations : sequence of str, optional
        Alternatives (default: the main one, min-max and rank).  All must be on
        the 0-100 scale (min-max, rank, goalposts, target), so scores compare.
    aggregations : sequence of str or None, optional
        Alternatives; None stands for "per level as in the catalogue"
        (default: the main choice, arithmetic and geometric).
    imputations : sequence of str, optional
        Alternatives (default: the main one and mean imputation, or none when
        the main one is mean).
    weight_noise : float
        Each weight is multiplied by a uniform draw in [1 - noise, 1 + noise]
        (0 = weights fixed).
    interval : float
        Central interval of scores and ranks (0.9: 5th to 95th percentile).
    """

    runs: int = 1000
    seed: int = 1
    normalisations: Optional[Sequence[str]] = None
    aggregations: Optional[Sequence[Optional[str]]] = None
    imputations: Optional[Sequence[str]] = None
    weight_noise: float = 0.25
    interval: float = 0.90


@dataclass
class UncertaintyResult:
    """Per neighbourhood intervals and the sensitivity table.

    Attributes
    ----------
    index_median, index_lo, index_hi : numpy.ndarray
        Median and interval bounds of the index over the runs.
    rank_median, rank_lo, rank_hi : numpy.ndarray
        Same for the rank (1 = highest index).
    sensitivity : pandas.DataFrame
        One row per factor: ``factor``, ``alternatives``, ``first_order_rank``,
        ``total_rank``, ``first_order_shift``, ``total_shift``, ``base_runs``.
    runs : int
        Runs made (``base_runs * (k + 2)``).
    notes : Notes
    """

    index_median: np.ndarray
    index_lo: np.ndarray
    index_hi: np.ndarray
    rank_median: np.ndarray
    rank_lo: np.ndarray
    rank_hi: np.ndarray
    sensitivity: pd.DataFrame
    runs: int
    notes: Notes = field(default_factory=Notes)
    index_runs: Optional[np.ndarray] = None


def _factors(model: IndexModel, options: UncertaintyOptions) -> List[Tuple[str, list]]:
    main = model.options
    norms = list(dict.fromkeys(options.normalisations
                               or [main.normalisation, "minmax", "rank"]))
    aggs = list(dict.fromkeys(options.aggregations
                              or [main.aggregation, "arithmetic", "geometric"]))
    imps = list(dict.fromkeys(options.imputations
                              or [main.imputation, "mean" if main.imputation != "mean" else "none"]))
    bad = [n for n in norms if n not in COMMON_SCALE]
    if bad:
        raise InputError(
            f"The uncertainty analysis compares scores on one 0-100 scale; {', '.join(bad)} "
            "normalisation has none (z-scores). Use min-max, rank, goalposts or distance to "
            "target for the index, or turn the uncertainty analysis off (0 runs).")
    for name, values, allowed in (("aggregation", aggs, (None, *AGGREGATIONS)),
                                  ("imputation", imps, IMPUTATIONS)):
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise InputError(f"Unknown {name} alternative(s): {unknown}")
    factors = [("normalisation", norms), ("aggregation", aggs), ("imputation", imps)]
    factors = [f for f in factors if len(f[1]) > 1]
    if options.weight_noise > 0:
        factors.append(("weights", [f"x U({1 - options.weight_noise:g}, "
                                    f"{1 + options.weight_noise:g})"]))
    return factors


def _design(factors, n_base: int, n_nodes: int, noise: float, rng) -> List[dict]:
    """Rows of A, B and each A_B^i: dicts factor -> choice index (or weight multipliers)."""
    def sample():
        draw = {}
        for name, alternatives in factors:
            if name == "weights":
                draw[name] = rng.uniform(1 - noise, 1 + noise, size=(n_base, n_nodes))
            else:
                draw[name] = rng.integers(0, len(alternatives), size=n_base)
        return draw
    a, b = sample(), sample()
    blocks = [a, b]
    for name, _ in factors:
        mixed = dict(a)
        mixed[name] = b[name]
        blocks.append(mixed)
    return blocks


def uncertainty_analysis(model: IndexModel, main_rank: np.ndarray,
                         options: Optional[UncertaintyOptions] = None, *,
                         progress=None, should_stop=None) -> UncertaintyResult:
    """Monte Carlo uncertainty and variance-based sensitivity of a composite index.

    Parameters
    ----------
    model : IndexModel
        From :func:`composite.composite_index` (``result.model``).
    main_rank : numpy.ndarray
        Ranks of the main index (``result.rank``), the reference of the rank shifts.
    options : UncertaintyOptions

    Returns
    -------
    UncertaintyResult

    Raises
    ------
    InputError
        Nothing varies, too few runs for the design (at least ``2 (k + 2)``), a
        z-score alternative, or an interval outside (0, 1).

    References
    ----------
    Saisana, M., Saltelli, A., Tarantola, S. (2005). Uncertainty and sensitivity
    analysis techniques as tools for the quality assessment of composite
    indicators. Journal of the Royal Statistical Society A 168(2), 307-323.
    Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M., Tarantola,
    S. (2010). Variance based sensitivity analysis of model output. Design and
    estimator for the total sensitivity index. Computer Physics Communications
    181(2), 259-270.
    Jansen, M. J. W. (1999). Analysis of variance designs for model output.
    Computer Physics Communications 117(1-2), 35-43.
    OECD/JRC (2008). Handbook on Constructing Composite Indicators, chapter 7.
    """
    steps = as_steps(progress, should_stop)
    options = options or UncertaintyOptions()
    if not 0 < options.interval < 1:
        raise InputError(f"the interval must be between 0 and 1; got {options.interval}")
    if options.weight_noise < 0 or options.weight_noise >= 1:
        raise InputError(f"the weight noise must be in [0, 1); got {options.weight_noise}")
    factors = _factors(model, options)
    if not factors:
        raise InputError("Nothing varies in the uncertainty analysis: give at least two "
                         "alternatives of one choice, or a weight noise above 0.")
    k = len(factors)
    n_base = int(options.runs) // (k + 2)
    if n_base < 2:
        raise InputError(f"The uncertainty analysis of {k} factors needs at least {2 * (k + 2)} "
                         f"runs (N (k + 2) with N >= 2); got {options.runs}.")
    rng = np.random.default_rng(options.seed)
    blocks = _design(factors, n_base, len(model.node_ids), options.weight_noise, rng)
    index_runs = _run_blocks(model, factors, blocks, n_base, steps.part(0.0, 0.9))
    ranks = _ranks(index_runs)
    result = _summarise(index_runs, ranks, options.interval)
    table = _sensitivity(factors, ranks, main_rank, n_base)
    notes = Notes()
    notes.say(f"Uncertainty analysis: {n_base * (k + 2)} runs ({n_base} base draws x "
              f"{k + 2}), seed {options.seed}; factors: "
              + "; ".join(f"{name} ({', '.join(map(_label, alts))})" for name, alts in factors))
    steps.report(1.0)
    return UncertaintyResult(*result, sensitivity=table, runs=n_base * (k + 2), notes=notes,
                             index_runs=index_runs)


def _label(value) -> str:
    return "as in the catalogue" if value is None else str(value)


def _run_blocks(model, factors, blocks, n_base, steps) -> np.ndarray:
    names = [name for name, _ in factors]
    alternatives = dict(factors)
    main = model.options
    n_units = model.raw.shape[0]
    out = np.empty((len(blocks) * n_base, n_units))
    # units without any observed indicator get no index in any run (only imputed values)
    no_data = ~np.isfinite(model.raw).any(axis=1)
    methods_cache = {}
    total = len(blocks) * n_base
    for b, block in enumerate(blocks):
        for j in range(n_base):
            def pick(name, default):
                return alternatives[name][block[name][j]] if name in names else default
            norm = pick("normalisation", main.normalisation)
            agg = pick("aggregation", main.aggregation)
            imp = pick("imputation", main.imputation)
            weights = model.base_weights
            if "weights" in names:
                weights = weights * block["weights"][j]
            if agg not in methods_cache:
                methods_cache[agg] = model.aggregation_methods(agg)
            forms = model.variant(imp, norm, np.float32)
            row = b * n_base + j
            out[row] = model.aggregate_groups(forms, weights, methods_cache[agg],
                                              index_only=True)[:, -1]
            out[row, no_data] = np.nan
            if row % 16 == 0:
                steps.report(row / total)
    return out


def _ranks(index_runs: np.ndarray) -> np.ndarray:
    """Rank of every unit in every run (1 = highest, ties share the best; NaN stays NaN).

    The same as ``scipy.stats.rankdata(-x, method="min", axis=1)`` (scipy's
    axis version is several times slower here).  Tied values share the rank of
    the first of them in the sorted run, whatever their order among themselves,
    so the sort need not be stable (numpy's default sort is much faster, and
    faster still without NaN: missing values sort last as +inf); one run at a
    time, so each run's arrays stay in the processor's cache.
    """
    n_runs, n_units = index_runs.shape
    missing = np.isnan(index_runs)
    gaps = missing.any(axis=1)
    ranks = np.empty(index_runs.shape)
    positions = np.arange(1.0, n_units + 1.0)
    starts = np.ones(n_units, dtype=bool)
    first = np.empty(n_units)
    for run in range(n_runs):
        values = -index_runs[run]
        if gaps[run]:
            values[missing[run]] = np.inf
        order = np.argsort(values)
        ordered = values[order]
        np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
        np.multiply(positions, starts, out=first)
        np.maximum.accumulate(first, out=first)
        ranks[run][order] = first
    ranks[missing] = np.nan
    return ranks


def _summarise(index_runs, ranks, interval):
    lo_q, hi_q = 50 * (1 - interval), 50 * (1 + interval)
    out = []
    for values in (index_runs, ranks):
        if np.isnan(values).any():
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                q = np.nanpercentile(values, [50, lo_q, hi_q], axis=0)
        else:  # the vectorised path: much faster than nanpercentile's column loop
            q = np.percentile(values, [50, lo_q, hi_q], axis=0)
        out.extend(q)
    return tuple(out)


def _sobol(f_a, f_b, f_ab):
    """First-order and total effects (numerators) per output column."""
    import warnings

    with warnings.catch_warnings():  # neighbourhoods without an index: all-NaN columns
        warnings.simplefilter("ignore", RuntimeWarning)
        first = np.nanmean(f_b * (f_ab - f_a), axis=0)
        total = 0.5 * np.nanmean((f_a - f_ab) ** 2, axis=0)
    return first, total


def _pooled_variance(f_a, f_b) -> float:
    """Sum over the output columns of their variance in the runs of A and B."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.nansum(np.nanvar(np.concatenate([f_a, f_b]), axis=0))


def _sensitivity(factors, ranks, main_rank, n_base) -> pd.DataFrame:
    shift = np.nanmean(np.abs(ranks - main_rank[None, :]), axis=1)[:, None] \
        if np.isfinite(main_rank).any() else np.full((ranks.shape[0], 1), np.nan)
    a, b = slice(0, n_base), slice(n_base, 2 * n_base)
    outputs = {"rank": ranks, "shift": shift}
    pooled = {label: _pooled_variance(values[a], values[b]) for label, values in outputs.items()}
    rows = []
    for i, (name, alternatives) in enumerate(factors):
        ab = slice((2 + i) * n_base, (3 + i) * n_base)
        row = {"factor": name, "alternatives": "; ".join(map(_label, alternatives))}
        for label, values in outputs.items():
            first, total = _sobol(values[a], values[b], values[ab])
            share = pooled[label]
            row[f"first_order_{label}"] = float(np.nansum(first) / share) if share > 0 else np.nan
            row[f"total_{label}"] = float(np.nansum(total) / share) if share > 0 else np.nan
        row["base_runs"] = n_base
        rows.append(row)
    return pd.DataFrame(rows)
