"""Knox near-repeat test: brute-force pair counts, pointpats' Knox, planted near repeats.

References: every pair enumerated by brute force (numpy) for the observed counts and the
marginal totals; pointpats.spacetime.Knox on the same events with one band (d <= delta,
t <= tau: the same interval as our first band) for the statistic, expected count and
permutation p-value (within Monte Carlo error); a generated process with planted near
repeats (and a null process).
"""

import numpy as np
import pytest

from urban_safety_monitor.usm_plugin.core.cpted.near_repeat import (
    band_labels, knox_html, knox_test)
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def _events(n=400, seed=1, near=0.0):
    rng = np.random.default_rng(seed)
    xy = np.round(rng.uniform(0, 3000, (n, 2)))
    t = rng.integers(0, 365, n).astype(float)
    k = int(near * n)
    if k:   # planted: k events 0-60 m and 1-7 days after a random earlier event
        src = rng.integers(0, n - k, k)
        xy[n - k:] = xy[src] + rng.uniform(-40, 40, (k, 2))
        t[n - k:] = t[src] + rng.integers(1, 8, k)
        xy[n - k: n - k + k // 4] = xy[src[: k // 4]]          # a quarter at the same location
    return xy, t


def _brute(xy, t, d_edges, t_edges, same=0.0, p=2):
    i, j = np.triu_indices(len(t), 1)
    diff = np.abs(xy[i] - xy[j])
    d = np.hypot(*diff.T) if p == 2 else diff.sum(axis=1)
    dt = np.abs(t[i] - t[j])
    s_edges = np.concatenate([[same], d_edges])
    sb = np.searchsorted(s_edges, d, side="left")
    tb = np.searchsorted(t_edges, dt, side="left")
    obs = np.zeros((len(s_edges), len(t_edges)))
    R = np.bincount(sb, minlength=len(s_edges) + 1)[:-1]
    C = np.bincount(tb, minlength=len(t_edges) + 1)[:-1]
    for a in range(len(s_edges)):
        for b in range(len(t_edges)):
            obs[a, b] = np.sum((sb == a) & (tb == b))
    return obs, np.outer(R, C) / len(i)


@pytest.mark.parametrize("metric,p", [("euclidean", 2), ("manhattan", 1)])
def test_counts_and_expected_equal_brute_force(metric, p):
    xy, t = _events(near=0.2)
    d_edges, t_edges = [100.0, 200.0, 400.0], [7.0, 14.0, 30.0]
    res = knox_test(xy, t, distance_bands=d_edges, time_bands=t_edges, metric=metric,
                    permutations=0)
    obs, exp = _brute(xy, t, np.array(d_edges), np.array(t_edges), p=p)
    np.testing.assert_array_equal(res.table["observed"].to_numpy(), obs.ravel())
    np.testing.assert_allclose(res.table["expected"].to_numpy(), exp.ravel(), rtol=1e-12)


def test_against_pointpats_knox():
    pointpats = pytest.importorskip("pointpats.spacetime")
    xy, t = _events(n=300, seed=4, near=0.15)
    ours = knox_test(xy, t, distance_bands=[150.0], time_bands=[10.0], same_location=None,
                     permutations=199, seed=7).table.iloc[0]
    np.random.seed(11)   # pointpats draws from numpy's global generator
    ref = pointpats.Knox(xy, t.reshape(-1, 1), delta=150.0, tau=10.0, permutations=199)
    assert ours["observed"] == ref.nst
    assert ours["expected"] == pytest.approx(ref.expected[0, 0], rel=1e-12)
    # Monte Carlo p-values from different random streams: both tiny here
    assert ours["p_value"] == pytest.approx(ref.p_sim, abs=0.01)
    assert ours["sim_mean"] == pytest.approx(ours["expected"], rel=0.05)


def test_planted_near_repeats_found_and_null_not():
    xy, t = _events(n=800, seed=2, near=0.2)
    table = knox_test(xy, t, distance_bands=[100.0, 200.0, 400.0], time_bands=[7.0, 14.0, 28.0],
                      permutations=199, seed=3).table
    first = table.iloc[0]                      # same location, 0-7 days
    assert first["distance_band"].startswith("same location") and first["time_band"] == "0 <= t <= 7 days"
    assert first["knox_ratio"] > 5 and first["p_value"] <= 0.01
    near = table[(table["d_high"] == 100) & (table["t_high"] == 7)].iloc[0]
    assert near["knox_ratio"] > 2 and near["p_value"] <= 0.01
    far = table[(table["d_high"] == 400) & (table["t_high"] == 28)].iloc[0]
    assert far["p_value"] > 0.05
    xy0, t0 = _events(n=800, seed=5)
    null = knox_test(xy0, t0, distance_bands=[100.0, 200.0], time_bands=[7.0, 14.0],
                     permutations=199, seed=3).table
    assert (null["p_value"] > 0.01).all()


def test_seeded_and_labels_exact():
    xy, t = _events(near=0.1)
    a = knox_test(xy, t, distance_bands=[100, 200], time_bands=[7, 14], permutations=99, seed=9)
    b = knox_test(xy, t, distance_bands=[100, 200], time_bands=[7, 14], permutations=99, seed=9)
    assert a.table.equals(b.table)
    d_rows, t_rows = band_labels([100, 200], [7, 14], 0.0)
    assert [r[0] for r in d_rows] == ["same location (d <= 0 m)", "0 < d <= 100 m",
                                      "100 < d <= 200 m"]
    assert [r[0] for r in t_rows] == ["0 <= t <= 7 days", "7 < t <= 14 days"]
    # a pair exactly 100 m and 7 days apart is in the (0, 100] x [0, 7] cell
    res = knox_test([[0, 0], [100, 0], [5000, 5000]], [0, 7, 100], distance_bands=[100, 200],
                    time_bands=[7, 14], permutations=0)
    cell = res.table[(res.table["d_high"] == 100) & (res.table["t_high"] == 7)].iloc[0]
    assert cell["observed"] == 1 and res.table["observed"].sum() == 1
    assert "<table>" in knox_html(a)


def test_classification_by_hand():
    xy = [[0, 0], [0, 0], [30, 0], [5000, 0], [5000, 10]]
    days = [0, 3, 5, 0, 100]
    res = knox_test(xy, days, distance_bands=[50, 100], time_bands=[7, 14], permutations=0,
                    classify=True)
    cls = res.classes
    assert cls["nr_class"].tolist() == ["originator", "repeat", "near_repeat", "isolated",
                                        "isolated"]
    assert cls["chain_id"].tolist()[:3] == [1, 1, 1] and cls["chain_size"].tolist()[:3] == [3, 3, 3]
    assert cls["chain_id"].tolist()[3:] == [0, 0]


def test_bad_inputs():
    with pytest.raises(InputError, match="increasing"):
        knox_test([[0, 0]] * 3, [0, 1, 2], distance_bands=[200, 100], time_bands=[7])
    with pytest.raises(InputError, match="at least 3"):
        knox_test([[0, 0]], [0], distance_bands=[100], time_bands=[7])
    with pytest.raises(InputError, match="finite"):
        knox_test([[0, 0], [1, 1], [2, 2]], [0, np.nan, 2], distance_bands=[100], time_bands=[7])
    res = knox_test([[0, 0], [1, 1], [2, 2]], [0, 1, 2], distance_bands=[100], time_bands=[7],
                    permutations=19)
    assert any("permutations" in w for w in res.notes.warnings)
