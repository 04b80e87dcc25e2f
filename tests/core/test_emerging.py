"""Emerging hot spots: Mann-Kendall, space-time weights and Gi*, pattern rules, time bins."""

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from scipy import sparse
from scipy.stats import kendalltau, norm

from urban_safety_monitor.usm_plugin.core.stats.emerging import (
    CATEGORIES,
    bin_by_time,
    classify_patterns,
    emerging_hot_spots,
    mann_kendall,
    space_time_weights,
)
from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights


# ------------------------------------------------------------ Mann-Kendall
def test_mann_kendall_equals_kendalltau_without_ties():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(20, 15)) + np.linspace(0, 1.5, 15)
    mk = mann_kendall(x, continuity=False)
    for k in range(20):
        ref = kendalltau(np.arange(15), x[k], method="asymptotic")
        assert_allclose(mk.tau[k], ref.statistic, rtol=1e-12)
        assert_allclose(mk.p[k], ref.pvalue, rtol=1e-10)


def test_mann_kendall_hand_case_with_ties_and_continuity():
    # x = 1, 2, 2, 3: pairs (i<j) signs: +,+,+, 0,+, + -> S = 5.
    # var S = [4*3*13 - 2*1*9] / 18 = (156 - 18) / 18 = 7.6667.
    mk = mann_kendall([1.0, 2.0, 2.0, 3.0])
    assert mk.s[0] == 5
    assert_allclose(mk.var_s[0], 138 / 18)
    assert_allclose(mk.z[0], 4 / np.sqrt(138 / 18))
    assert_allclose(mk.p[0], 2 * norm.sf(4 / np.sqrt(138 / 18)))
    assert_allclose(mk.tau[0], 5 / 6)


def test_mann_kendall_decreasing_nan_and_constant():
    mk = mann_kendall([[5.0, 4.0, np.nan, 2.0, 1.0], [3.0, 3.0, 3.0, 3.0, 3.0]])
    assert mk.n[0] == 4 and mk.s[0] == -6
    assert_allclose(mk.z[0], -5 / np.sqrt(4 * 3 * 13 / 18))
    assert np.isnan(mk.z[1]) and np.isnan(mk.p[1])


# ----------------------------------------------------------- space-time Gi*
def _line_weights(n):
    """Locations on a line, each the neighbour of the next."""
    i = np.arange(n - 1)
    m = sparse.csr_matrix((np.ones(2 * (n - 1)), (np.r_[i, i + 1], np.r_[i + 1, i])), shape=(n, n))
    return SpatialWeights(m)


def test_space_time_weights_structure():
    w = space_time_weights(_line_weights(3).matrix, 3, time_window=1).toarray()
    assert w.shape == (9, 9)
    assert np.all(np.diag(w) == 0)
    # Bin (1, t=1) at row 4: neighbours (0,1), (2,1) and (0,0), (1,0), (2,0).
    assert set(np.flatnonzero(w[4])) == {3, 5, 0, 1, 2}
    # First step: only spatial neighbours; no look-ahead.
    assert set(np.flatnonzero(w[1])) == {0, 2}
    assert w[1, 4] == 0


def test_space_time_gi_star_matches_the_formula():
    """Independent reference: Ord and Getis (1995) z of Gi* with binary weights, by hand."""
    rng = np.random.default_rng(3)
    n, t = 6, 5
    y = rng.poisson(4, (n, t)).astype(float)
    res = emerging_hot_spots(y, _line_weights(n), time_window=1, fdr=False)
    x = y.T.ravel()            # bin (i, t) at t * n + i
    N = x.size
    xbar = x.mean()
    s = np.sqrt((x ** 2).mean() - xbar ** 2)
    for ti in range(t):
        for i in range(n):
            nb = []
            for tt in range(max(0, ti - 1), ti + 1):
                for j in range(n):
                    if abs(i - j) <= 1:
                        nb.append(tt * n + j)
            wsum = len(nb)
            num = x[nb].sum() - xbar * wsum
            den = s * np.sqrt((N * wsum - wsum ** 2) / (N - 1))
            assert_allclose(res.gi_z[i, ti], num / den, rtol=1e-10)
    assert_allclose(res.gi_p, 2 * norm.sf(np.abs(res.gi_z)), rtol=1e-10)


# ------------------------------------------------------------ pattern rules
H, C, O = 1, -1, 0


def _classify(rows, trend_z=None, trend_p=None):
    a = np.array(rows)
    n = a.shape[0]
    tz = np.zeros(n) if trend_z is None else np.asarray(trend_z, float)
    tp = np.ones(n) if trend_p is None else np.asarray(trend_p, float)
    return list(classify_patterns(a == H, a == C, tz, tp))


def test_pattern_rules_on_constructed_series():
    rows = [
        [O] * 9 + [H],                   # new
        [O] * 7 + [H, H, H],             # consecutive
        [H] * 10,                        # intensifying (trend up)
        [H] * 10,                        # persistent (no trend)
        [H] * 10,                        # diminishing (trend down)
        [O, H, O, O, H, O, O, O, O, H],  # sporadic
        [C, O, O, O, O, O, O, O, H, H],  # oscillating
        [H] * 9 + [O],                   # historical
        [O] * 10,                        # no pattern
        [O, O, H, O, O, O, O, H, H, H],  # hot before the final run: sporadic
        [O] * 9 + [C],                   # new cold
        [C] * 10,                        # intensifying cold (trend down)
        [H] * 9 + [C],                   # final cold after hot: oscillating cold
        [O, H, H, O, O, O, O, O, O, O],  # hot in the past only, < 90 %: no pattern
    ]
    z = [0, 0, 3, 0.5, -3, 0, 0, 0, 0, 0, 0, -3, 0, 0]
    p = [1, 1, 0.001, 0.6, 0.001, 1, 1, 1, 1, 1, 1, 0.001, 1, 1]
    got = _classify(rows, z, p)
    assert got == [
        "New Hot Spot", "Consecutive Hot Spot", "Intensifying Hot Spot", "Persistent Hot Spot",
        "Diminishing Hot Spot", "Sporadic Hot Spot", "Oscillating Hot Spot",
        "Historical Hot Spot", "No Pattern Detected", "Sporadic Hot Spot", "New Cold Spot",
        "Intensifying Cold Spot", "Oscillating Cold Spot", "No Pattern Detected",
    ]
    assert set(got) <= set(CATEGORIES)


def test_ninety_percent_threshold():
    # 9 of 10 hot including the final one: >= 90 %, persistent; 8 of 10: sporadic.
    assert _classify([[O, H, H, H, H, H, H, H, H, H]]) == ["Persistent Hot Spot"]
    assert _classify([[O, O, H, H, H, H, H, H, H, H]]) == ["Consecutive Hot Spot"]
    assert _classify([[O, H, O, H, H, H, H, H, H, H]]) == ["Sporadic Hot Spot"]


def test_classify_refuses_contradictory_bins():
    a = np.zeros((1, 3), bool)
    a[0, 1] = True
    with pytest.raises(InputError):
        classify_patterns(a, a, [0.0], [1.0])


# ------------------------------------------------------------ whole analysis
def test_planted_new_and_intensifying_hot_spots_on_a_lattice():
    rng = np.random.default_rng(11)
    side, t = 12, 24
    n = side * side
    xy = np.array([(i % side, i // side) for i in range(n)], float)
    w = SpatialWeights.distance_band(xy, 1.5)  # queen-like: 8 neighbours
    y = rng.poisson(3.0, (n, t)).astype(float)
    centre = lambda cx, cy: [cy * side + cx + d for d in (0, 1, side, side + 1)]
    new_cells = centre(2, 2)
    y[new_cells, -3:] += 15                               # appears in the last 3 steps
    int_cells = centre(8, 8)
    y[int_cells] += 8 + np.linspace(0, 24, t)             # hot throughout, growing
    res = emerging_hot_spots(y, w, time_window=1)
    cats = dict(zip(range(n), res.category))
    assert all(cats[c] in ("New Hot Spot", "Consecutive Hot Spot") for c in new_cells)
    assert all(cats[c] == "Intensifying Hot Spot" for c in int_cells)
    assert (res.trend_z[int_cells] > 0).all()
    far = [c for c in range(n) if abs(xy[c, 0] - 5) + abs(xy[c, 1] - 5) <= 1]
    assert all(cats[c] in ("No Pattern Detected",) or "Cold" in cats[c] or "Sporadic" in cats[c]
               for c in far)
    table = res.table()
    assert list(table.columns[:2]) == ["location_id", "category"]
    assert len(table) == n


def test_emerging_bad_input():
    w = _line_weights(4)
    with pytest.raises(InputError, match="at least 3 time steps"):
        emerging_hot_spots(np.ones((4, 2)), w)
    with pytest.raises(InputError, match="missing"):
        emerging_hot_spots(np.array([[1, 2, np.nan]] * 4, float), w)
    with pytest.raises(InputError, match="no variation"):
        emerging_hot_spots(np.ones((4, 5)), w)
    with pytest.raises(InputError, match="for 3 locations"):
        emerging_hot_spots(np.ones((3, 5)), w)
    res = emerging_hot_spots(np.arange(20, dtype=float).reshape(4, 5), w)
    assert any("time steps" in m for m in res.notes.warnings)


# ------------------------------------------------------------- time binning
def test_bin_by_time_months_gaps_and_drops():
    times = pd.Series(["2021-01-15", "2021-01-20", "2021-03-02", None, "not a date",
                       "2021-03-31T23:00:00", "2021-02-10"])
    loc = np.array([0, 1, 1, 0, 0, -1, 0])
    b = bin_by_time(loc, times, n_locations=2, step="month")
    assert b.labels == ["2021-01", "2021-02", "2021-03"]
    assert_allclose(b.counts, [[1, 1, 0], [1, 0, 1]])
    assert (b.n_used, b.n_no_time, b.n_bad_time, b.n_no_location) == (4, 1, 1, 1)
    text = " ".join(b.notes.warnings)
    assert "without a date" in text and "unreadable date" in text and "no location" in text


def test_bin_by_time_quarters_years_and_partial_last_period():
    t = pd.to_datetime(["2021-01-05", "2021-05-05", "2022-11-30", "2023-01-10"])
    q = bin_by_time(np.zeros(4, int), t, n_locations=1, step="quarter")
    assert q.labels[0] == "2021Q1" and q.labels[-1] == "2023Q1" and len(q.labels) == 9
    assert q.counts.sum() == 4
    assert any("last period (2023Q1)" in m for m in q.notes.warnings)
    y = bin_by_time(np.zeros(4, int), t, n_locations=1, step="year")
    assert y.labels == ["2021", "2022", "2023"]
    assert_allclose(y.counts, [[2, 1, 1]])


def test_bin_by_time_future_dates_and_bad_step():
    t = pd.to_datetime(["2021-01-05", "2031-05-05"])
    b = bin_by_time(np.zeros(2, int), t, n_locations=1, step="year", now="2026-01-01")
    assert any("future" in m for m in b.notes.warnings)
    with pytest.raises(InputError, match="time step"):
        bin_by_time(np.zeros(2, int), t, n_locations=1, step="week")
    with pytest.raises(InputError, match="no incident"):
        bin_by_time(np.array([-1, -1]), t, n_locations=1)
