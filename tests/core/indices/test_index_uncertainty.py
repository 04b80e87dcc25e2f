"""Monte Carlo uncertainty and variance-based sensitivity: seeds, intervals, brute force."""

import itertools

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.indices.catalogue import parse_catalogue
from urban_safety_monitor.usm_plugin.core.indices.composite import (
    composite_index, rank_descending)
from urban_safety_monitor.usm_plugin.core.indices.uncertainty import (
    UncertaintyOptions, uncertainty_analysis)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def _catalogue():
    return parse_catalogue({
        "format": "usm-indicator-catalogue", "schema_version": 1,
        "groups": [{"id": "F1", "level": "facet", "parent": None},
                   {"id": "D1", "level": "dimension", "parent": "F1"},
                   {"id": "F2", "level": "facet", "parent": None}],
        "indicators": [
            {"id": "a", "parent": "D1", "direction": "risk", "field": "a"},
            {"id": "b", "parent": "D1", "direction": "protective", "field": "b", "weight": 2},
            {"id": "c", "parent": "F1", "direction": "risk", "field": "c"},
            {"id": "d", "parent": "F2", "direction": "risk", "field": "d"},
            {"id": "e", "parent": "F2", "direction": "protective", "field": "e"},
        ]})


def _frame(n=25, seed=0):
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(rng.lognormal(0, 0.6, size=(n, 5)), columns=list("abcde"))
    frame.iloc[rng.choice(n, 4, replace=False), 1] = np.nan
    frame.iloc[rng.choice(n, 3, replace=False), 3] = np.nan
    return frame


def _model():
    result = composite_index(_frame(), _catalogue())
    return result


def test_seeded_runs_are_identical_and_seeds_matter():
    result = _model()
    options = UncertaintyOptions(runs=120, seed=42)
    one = uncertainty_analysis(result.model, result.rank, options)
    two = uncertainty_analysis(result.model, result.rank, options)
    assert np.array_equal(one.index_runs, two.index_runs)
    pd.testing.assert_frame_equal(one.sensitivity, two.sensitivity)
    other = uncertainty_analysis(result.model, result.rank, UncertaintyOptions(runs=120, seed=43))
    assert not np.array_equal(one.index_runs, other.index_runs)


def test_intervals_are_ordered_and_contain_the_median():
    result = _model()
    unc = uncertainty_analysis(result.model, result.rank, UncertaintyOptions(runs=300, seed=1))
    assert unc.runs == 300 // 6 * 6
    assert np.all(unc.index_lo <= unc.index_median) and np.all(unc.index_median <= unc.index_hi)
    assert np.all(unc.rank_lo <= unc.rank_median) and np.all(unc.rank_median <= unc.rank_hi)
    assert np.all((unc.rank_lo >= 1) & (unc.rank_hi <= 25))
    # the 90% interval holds about 90% of each unit's runs
    inside = (unc.index_runs >= unc.index_lo - 1e-4) & (unc.index_runs <= unc.index_hi + 1e-4)
    assert 0.88 <= inside.mean() <= 0.97
    assert set(unc.sensitivity.factor) == {"normalisation", "aggregation", "imputation", "weights"}


def _exact_indices(model, factors):
    """Exact first-order and total indices of the pooled ranks by enumerating every choice."""
    levels = [alts for _, alts in factors]
    combos = list(itertools.product(*[range(len(a)) for a in levels]))
    ranks = {}
    for combo in combos:
        norm, agg, imp = (levels[i][c] for i, c in enumerate(combo))
        forms = model.variant(imp, norm, np.float32)
        index = model.aggregate_groups(forms, model.base_weights,
                                       model.aggregation_methods(agg))[:, -1]
        ranks[combo] = rank_descending(index)
    y = np.array([ranks[c] for c in combos])  # combos x units
    variance = y.var(axis=0)
    first, total = [], []
    for i in range(len(factors)):
        key = np.array([c[i] for c in combos])
        conditional = np.array([y[key == v].mean(axis=0) for v in np.unique(key)])
        first.append(conditional.var(axis=0).sum() / variance.sum())
        others = [tuple(c[j] for j in range(len(factors)) if j != i) for c in combos]
        groups = {}
        for o, row in zip(others, y):
            groups.setdefault(o, []).append(row)
        within = np.mean([np.var(np.array(g), axis=0) for g in groups.values()], axis=0)
        total.append(within.sum() / variance.sum())
    return np.array(first), np.array(total)


def test_sensitivity_indices_agree_with_brute_force_enumeration():
    result = _model()
    factors = [("normalisation", ["minmax", "rank"]), ("aggregation", [None, "geometric"]),
               ("imputation", ["none", "mean"])]
    exact_first, exact_total = _exact_indices(result.model, factors)
    options = UncertaintyOptions(runs=5 * 800, seed=7, normalisations=["minmax", "rank"],
                                 aggregations=[None, "geometric"], imputations=["none", "mean"],
                                 weight_noise=0.0)
    unc = uncertainty_analysis(result.model, result.rank, options)
    table = unc.sensitivity.set_index("factor").loc[["normalisation", "aggregation", "imputation"]]
    assert_allclose(table.first_order_rank, exact_first, atol=0.06)
    assert_allclose(table.total_rank, exact_total, atol=0.06)
    assert exact_first.max() > 0.1  # the check is not trivially 0 = 0


def test_bad_uncertainty_settings_are_refused():
    result = _model()
    with pytest.raises(InputError, match="needs at least 12 runs"):
        uncertainty_analysis(result.model, result.rank, UncertaintyOptions(runs=10))
    with pytest.raises(InputError, match="z-scores"):
        uncertainty_analysis(result.model, result.rank,
                             UncertaintyOptions(normalisations=["minmax", "zscore"]))
    with pytest.raises(InputError, match="Nothing varies"):
        uncertainty_analysis(result.model, result.rank,
                             UncertaintyOptions(normalisations=["minmax"], aggregations=[None],
                                                imputations=["none"], weight_noise=0))
    with pytest.raises(InputError, match="interval"):
        uncertainty_analysis(result.model, result.rank, UncertaintyOptions(interval=1.5))


def test_cancellation_stops_the_runs():
    from urban_safety_monitor.usm_plugin.core.runtime import Cancelled

    result = _model()
    calls = []

    def should_stop():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        uncertainty_analysis(result.model, result.rank, UncertaintyOptions(runs=600),
                             should_stop=should_stop)
    assert len(calls) == 3  # stopped at the third check, long before 600 runs


def test_run_ranks_equal_scipy_rankdata_min_with_ties_and_nan():
    from scipy.stats import rankdata

    from urban_safety_monitor.usm_plugin.core.indices.uncertainty import _ranks

    rng = np.random.default_rng(5)
    runs = rng.integers(0, 6, size=(40, 30)).astype(float)  # many ties
    runs[:, 7] = np.nan
    expected = np.vstack([rankdata(-np.where(np.isnan(r), -np.inf, r), method="min")
                          for r in runs]).astype(float)
    expected[:, 7] = np.nan
    assert_allclose(_ranks(runs), expected)
