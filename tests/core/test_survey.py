"""Survey aggregation: Wilson/Kish against published values and statsmodels, accounting."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.joins.survey import (aggregate_survey, kish_effective_n,
                                                          parse_indicator, wilson_interval)

CRS = "EPSG:32630"


@pytest.mark.parametrize("x, n, low, high", [
    # Newcombe (1998), Statistics in Medicine 17, Table II, method 3 (Wilson score, no correction)
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0000, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_matches_newcombe_1998(x, n, low, high):
    lo, hi = wilson_interval(x, n)
    assert lo == pytest.approx(low, abs=5e-5)
    assert hi == pytest.approx(high, abs=5e-5)


def test_wilson_matches_statsmodels():
    from statsmodels.stats.proportion import proportion_confint

    rng = np.random.default_rng(4)
    n = rng.integers(1, 400, 50)
    x = rng.binomial(n, rng.uniform(0, 1, 50))
    for conf in (0.9, 0.95, 0.99):
        lo, hi = wilson_interval(x, n, conf)
        ref_lo, ref_hi = proportion_confint(x, n, alpha=1 - conf, method="wilson")
        assert_allclose(lo, ref_lo, atol=1e-12)
        assert_allclose(hi, ref_hi, atol=1e-12)
    lo, hi = wilson_interval([0], [0])
    assert np.isnan(lo[0]) and np.isnan(hi[0])


def test_kish_effective_n():
    assert kish_effective_n(4.0, 4.0) == pytest.approx(4.0)  # four weights of 1
    w = np.array([1.0, 1.0, 2.0, 2.0])
    assert kish_effective_n(w.sum(), (w ** 2).sum()) == pytest.approx(3.6)
    assert np.isnan(kish_effective_n(0.0, 0.0))


def test_parse_indicator():
    answers, bad = parse_indicator(pd.Series(["Yes", " no", "TRUE", "f", "1", "0", "maybe",
                                              None, "", "sí"], dtype=object))
    assert_allclose(answers, [1, 0, 1, 0, 1, 0, np.nan, np.nan, np.nan, 1])
    assert bad.tolist() == [False] * 6 + [True, False, False, False]
    answers, bad = parse_indicator(pd.Series([0, 1, 2, np.nan]))
    assert_allclose(answers, [0, 1, np.nan, np.nan])
    assert bad.tolist() == [False, False, True, False]


def two_hoods():
    return gpd.GeoDataFrame({"nid": ["B", "A"]},
                            geometry=[shapely.box(10, 0, 20, 10), shapely.box(0, 0, 10, 10)],
                            crs=CRS)


def respondents(points, **fields):
    geoms = [None if p is None else shapely.Point(p) for p in points]
    return gpd.GeoDataFrame(fields, geometry=geoms, crs=CRS)


def test_shares_intervals_boundary_and_accounting():
    pts = [(2, 2), (3, 3), (4, 4), (5, 5), (15, 5), (16, 5), (10, 5), (50, 50), None]
    unsafe = [1, 1, 0, "maybe", 1, 0, 1, 1, 1]
    r = respondents(pts, unsafe=pd.Series(unsafe, dtype=object))
    res = aggregate_survey(r, two_hoods(), "nid", indicator_fields=["unsafe"], min_respondents=4)
    t = res.table.set_index("nid")
    # (10, 5) is on the shared edge: it goes to "A", the id that sorts first
    assert t.loc["A", "n_resp"] == 5 and t.loc["B", "n_resp"] == 2
    assert t.loc["A", "n_unsafe"] == 4  # 'maybe' is missing, not 0
    assert t.loc["A", "share_unsafe"] == pytest.approx(3 / 4)
    lo, hi = wilson_interval(3, 4)
    assert t.loc["A", "ci_low_unsafe"] == pytest.approx(float(lo))
    assert t.loc["A", "ci_high_unsafe"] == pytest.approx(float(hi))
    assert t.loc["B", "share_unsafe"] == pytest.approx(0.5)
    assert t.small_sample.to_dict() == {"B": 1, "A": 0}
    acc = res.accounting.set_index("item")["count"]
    assert acc["read"] == 9 and acc["assigned"] == 7 and acc["outside"] == 1
    assert acc["on_shared_boundary"] == 1 and acc["dropped_null_geometry"] == 1
    assert acc["read"] == acc["assigned"] + acc["outside"] + acc["dropped_null_geometry"] \
        + acc["dropped_empty_geometry"] + acc["dropped_invalid_coordinates"]
    assert acc["unsafe: missing_or_not_yes_no"] == 1
    assert any("not yes/no" in w for w in res.notes.warnings)


def test_weighted_share_equals_replicated_sample():
    rng = np.random.default_rng(2)
    n = 60
    pts = list(zip(rng.uniform(0.5, 9.5, n), rng.uniform(0.5, 9.5, n)))
    y = rng.integers(0, 2, n)
    w = rng.integers(1, 4, n)
    weighted = aggregate_survey(respondents(pts, y=y, w=w.astype(float)), two_hoods(), "nid",
                                indicator_fields=["y"], weight_field="w")
    rep_pts = [p for p, k in zip(pts, w) for _ in range(k)]
    replicated = aggregate_survey(respondents(rep_pts, y=np.repeat(y, w)), two_hoods(), "nid",
                                  indicator_fields=["y"])
    a = weighted.table.set_index("nid").loc["A"]
    b = replicated.table.set_index("nid").loc["A"]
    assert a.share_y == pytest.approx(b.share_y)
    assert a.neff_y == pytest.approx(w.sum() ** 2 / (w ** 2).sum())
    lo, hi = wilson_interval(a.share_y * a.neff_y, a.neff_y)
    assert a.ci_low_y == pytest.approx(float(lo)) and a.ci_high_y == pytest.approx(float(hi))
    # unequal weights widen the interval compared with treating the rows as n respondents
    plain = aggregate_survey(respondents(pts, y=y), two_hoods(), "nid", indicator_fields=["y"])
    p = plain.table.set_index("nid").loc["A"]
    assert (a.ci_high_y - a.ci_low_y) > (p.ci_high_y - p.ci_low_y) * 0.99
    assert np.isnan(weighted.table.set_index("nid").loc["B", "share_y"])  # nobody there


def test_bad_inputs():
    r = respondents([(1, 1)], y=[1], w=[-1.0])
    with pytest.raises(InputError, match="negative"):
        aggregate_survey(r, two_hoods(), "nid", indicator_fields=["y"], weight_field="w")
    with pytest.raises(InputError, match="no field"):
        aggregate_survey(r, two_hoods(), "nid", indicator_fields=["z"])
    with pytest.raises(InputError, match="different CRSs"):
        aggregate_survey(r.to_crs("EPSG:32631"), two_hoods(), "nid", indicator_fields=["y"])
    dup = two_hoods().assign(nid=["A", "A"])
    with pytest.raises(InputError, match="duplicate"):
        aggregate_survey(r, dup, "nid", indicator_fields=["y"])
    with pytest.raises(InputError, match="at least 1"):
        aggregate_survey(r, two_hoods(), "nid", indicator_fields=["y"], min_respondents=0)
    missing_w = respondents([(1, 1), (2, 2)], y=[1, 0], w=[1.0, np.nan])
    res = aggregate_survey(missing_w, two_hoods(), "nid", indicator_fields=["y"],
                           weight_field="w")
    assert res.table.set_index("nid").loc["A", "share_y"] == 1.0
    assert any("missing or non-numeric weight" in w for w in res.notes.warnings)
