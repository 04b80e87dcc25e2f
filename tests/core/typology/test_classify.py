"""The whole typology run on planted cities, bad inputs, naming, stability, report and targets."""

import json

import numpy as np
import pandas as pd
import pytest
import shapely

from urban_safety_monitor.usm_plugin.core.runtime import InputError
from urban_safety_monitor.usm_plugin.core.typology.classify import (
    K_RULE, choose_k, classify_neighbourhoods)
from urban_safety_monitor.usm_plugin.core.typology.naming import load_rules, name_types
from urban_safety_monitor.usm_plugin.core.typology.report import typology_html
from urban_safety_monitor.usm_plugin.core.typology.synthetic import planted_city
from urban_safety_monitor.usm_plugin.core.typology.targets import project_targets


def ari(a, b):
    """Adjusted Rand index (Hubert and Arabie 1985), written out so the test needs no sklearn."""
    a = np.unique(a, return_inverse=True)[1]
    b = np.unique(b, return_inverse=True)[1]
    table = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(table, (a, b), 1)

    def pairs(x):
        return (x * (x - 1) / 2).sum()

    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * cols / pairs(np.array([len(a)]))
    return (index - expected) / (0.5 * (rows + cols) - expected)


FIELDS = [f"x{j}" for j in range(6)]


@pytest.mark.parametrize("method", ["kmeans", "ward", "gmm", "kmedoids", "ward_contiguity",
                                    "skater"])
@pytest.mark.parametrize("k,noise", [(3, 0.6), (5, 0.8)])
def test_planted_types_recovered_with_k_chosen(method, k, noise):
    city = planted_city(16, 16, k=k, p=6, noise=noise, separation=3.0, border_share=0.0,
                        seed=k)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, method=method, k=0,
                                     k_max=8, seed=1, stability_runs=0, min_region_size=5)
    if method == "skater":
        # SKATER's greedy tree cuts can split a planted area before separating two others:
        # one extra region at worst here.
        assert result.k in (k, k + 1)
        assert ari(city.truth, result.labels) > 0.8
    else:
        assert result.k == k
        assert ari(city.truth, result.labels) > 0.9
    assert list(result.table.columns[:8]) == ["nbhd_id", "type_id", "type_name", "silhouette",
                                              "stability", "dist_to_centre",
                                              "is_representative", "rep_rank"]
    assert result.k_table["chosen"].sum() == 1
    assert len(result.k_table) == 7


@pytest.mark.parametrize("noise,minimum", [(0.5, 0.95), (1.5, 0.6)])
def test_recovery_degrades_with_noise_as_expected(noise, minimum):
    city = planted_city(20, 20, k=4, p=6, noise=noise, separation=2.0, border_share=0.0, seed=9)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=4, seed=3, stability_runs=0)
    assert ari(city.truth, result.labels) >= minimum


def test_stability_higher_for_planted_members_than_border_cases():
    city = planted_city(20, 20, k=4, p=6, noise=0.7, separation=2.5, border_share=0.08, seed=4)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=4, seed=5,
                                     stability_runs=60)
    stab = result.table["stability"].to_numpy()
    assert np.isfinite(stab).all() and (stab <= 1).all() and (stab > 0).all()
    member, border = stab[~city.border], stab[city.border]
    assert member.mean() > border.mean() + 0.05
    # probability that a planted member is more stable than a border case
    assert (member[:, None] > border[None, :]).mean() > 0.75
    assert "Jaccard" in result.stability_scheme


def test_same_seed_same_result_and_types_numbered_by_size():
    city = planted_city(12, 12, k=3, seed=4)
    a = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, seed=7, stability_runs=10)
    b = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, seed=7, stability_runs=10)
    pd.testing.assert_frame_equal(a.table, b.table)
    sizes = a.table["type_id"].value_counts().sort_index().to_numpy()
    assert (np.diff(sizes) <= 0).all()


def test_representatives_are_nearest_to_centre_and_medoid_first():
    city = planted_city(12, 12, k=3, seed=4)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=3, method="kmedoids",
                                     n_representatives=2, stability_runs=0)
    t = result.table
    assert (t.groupby("type_id")["is_representative"].sum() == 2).all()
    firsts = t[t["rep_rank"] == 1]
    assert (firsts["dist_to_centre"] == 0).all()  # the medoid itself
    for _, group in t.groupby("type_id"):
        reps = group[group["is_representative"] == 1]["dist_to_centre"].max()
        assert (group[group["is_representative"] == 0]["dist_to_centre"] >= reps).all()


def test_k_rule_is_stated_and_applied():
    rows = [{"k": 2, "calinski_harabasz": 10, "silhouette": 0.3, "davies_bouldin": 1.0},
            {"k": 3, "calinski_harabasz": 12, "silhouette": 0.4, "davies_bouldin": 0.9},
            {"k": 4, "calinski_harabasz": 11, "silhouette": 0.5, "davies_bouldin": 0.8}]
    assert choose_k(rows) == 4  # ranks 2.33 vs 1.33 ... 4 wins on two of three
    rows[2]["silhouette"] = 0.35
    assert choose_k(rows) == 3
    assert "Calinski" in K_RULE and "Davies" in K_RULE


# ---------------------------------------------------------------------------- bad inputs


def test_constant_and_all_missing_indicators_are_left_out_with_a_warning():
    city = planted_city(10, 10, k=3, seed=1)
    frame = city.frame.copy()
    frame["const"] = 5.0
    frame["empty"] = np.nan
    result = classify_neighbourhoods(frame, "nbhd_id", FIELDS + ["const", "empty"], k=3,
                                     stability_runs=0)
    assert result.prepared.fields == FIELDS
    text = " ".join(result.notes.warnings)
    assert "const left out: constant" in text and "empty left out: all values missing" in text
    assert not result.profiles.filter(like="const").shape[1]
    with pytest.raises(InputError, match="no usable indicator"):
        classify_neighbourhoods(frame, "nbhd_id", ["const", "empty"], k=2)


def test_missing_values_imputed_and_reported_never_dropped():
    city = planted_city(10, 10, k=3, seed=1)
    frame = city.frame.copy()
    frame.loc[[3, 17, 40], "x1"] = np.nan
    frame["x2"] = frame["x2"].astype(object)
    frame.loc[5, "x2"] = "n/a"
    result = classify_neighbourhoods(frame, "nbhd_id", FIELDS, k=3, stability_runs=0)
    assert len(result.table) == 100 and result.table["type_id"].notna().all()
    text = " ".join(result.notes.warnings)
    assert "x1: 3 missing values imputed with the median" in text
    assert "x2: 1 values are not numbers" in text
    assert result.prepared.imputed.sum() == 4


def test_fewer_neighbourhoods_than_two_k_is_refused():
    city = planted_city(3, 3, k=2, seed=1)
    with pytest.raises(InputError, match="fewer than 2 x k = 10"):
        classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=5)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=0, k_max=10,
                                     stability_runs=0)
    assert result.k_table["k"].max() == 4
    assert any("K_max lowered from 10 to 4" in w for w in result.notes.warnings)


def test_duplicate_ids_are_refused():
    city = planted_city(5, 5, k=2, seed=1)
    frame = city.frame.copy()
    frame.loc[3, "nbhd_id"] = frame.loc[4, "nbhd_id"]
    with pytest.raises(InputError, match="duplicated in nbhd_id: N00004"):
        classify_neighbourhoods(frame, "nbhd_id", FIELDS, k=2)


@pytest.mark.parametrize("method", ["skater", "ward_contiguity"])
def test_islands_attached_to_nearest_neighbour_with_ids_listed(method):
    city = planted_city(10, 10, k=3, seed=1)
    frame = city.frame.copy()
    frame.loc[99, "geometry"] = shapely.box(9000, 9000, 9400, 9400)  # detached
    frame.loc[98, "geometry"] = shapely.box(-3000, 0, -2600, 400)  # detached too
    result = classify_neighbourhoods(frame, "nbhd_id", FIELDS, k=3, method=method,
                                     stability_runs=5)
    warning = [w for w in result.notes.warnings if "islands" in w]
    assert warning and "N00098" in warning[0] and "N00099" in warning[0]
    assert result.table["type_id"].notna().all()


def test_spatial_method_without_polygons_is_a_clear_error():
    city = planted_city(6, 6, k=2, seed=1, geometry=False)
    with pytest.raises(InputError, match="needs the neighbourhood polygons"):
        classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=2, method="skater")


def test_skater_minimum_population_respected():
    city = planted_city(12, 12, k=4, seed=3)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=4, method="skater",
                                     population_field="population",
                                     min_region_population=60000, stability_runs=0)
    assert (result.profiles["population"] >= 60000).all()
    assert (result.profiles["pieces"] == 1).all()


def test_inputs_unchanged():
    city = planted_city(8, 8, k=2, seed=1)
    before = city.frame.copy()
    classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, stability_runs=3)
    pd.testing.assert_frame_equal(before, city.frame)


# ---------------------------------------------------------------------------- seeds and names


def test_named_seeds_fix_k_and_name_their_types():
    city = planted_city(14, 14, k=3, seed=6, border_share=0.0)
    frame = city.frame.copy()
    frame["seed"] = None
    names = ["Historic centre", "Vulnerable", "Normal"]
    for t, name in enumerate(names):
        frame.loc[np.flatnonzero(city.truth == t)[:2], "seed"] = name
    result = classify_neighbourhoods(frame, "nbhd_id", FIELDS, k=0, seeds_field="seed",
                                     stability_runs=0)
    assert result.k == 3
    assert sorted(t.name for t in result.names) == sorted(names)
    for t, name in enumerate(names):
        got = result.table["type_name"][city.truth == t]
        assert (got == name).mean() > 0.9
    assert all(t.rule == "user seed" for t in result.names)


def test_rule_file_names_types_and_explains_why():
    rules = load_rules()
    assert rules["version"] and rules["rules"][0]["name"] == "historic_centre"
    fields = ["income_mean", "informal_share", "unemployment_rate", "youth_share",
              "eb_rate_total", "is_historic_centre"]
    z = [dict(zip(fields, v)) for v in ([1.2, -0.9, -0.8, -0.3, -0.6, 0.0],
                                         [-0.7, 1.1, 0.9, 0.8, 1.4, 0.0],
                                         [-0.6, 0.9, 0.7, 0.6, 0.1, 0.0],
                                         [0.1, -0.2, 0.0, 0.1, 0.2, 0.0],
                                         [0.0, 0.0, 0.0, 0.0, 2.0, 3.0],
                                         [-0.3, 0.7, -0.7, 0.0, 0.2, 0.0])]
    shares = [dict(zip(fields, [0, 0, 0, 0, 0, s])) for s in (0, 0, 0, 0, 0.8, 0)]
    names = name_types(z, shares, rules, fields)
    assert [t.rule for t in names] == ["upper_middle", "critical", "vulnerable", "normal",
                                      "historic_centre", ""]
    assert names[1].name == "High complexity / critical"
    assert "eb_rate_total +1.40 sd (high)" in names[1].reason
    assert names[5].name == "Type 6" and "no rule fits" in names[5].reason


def test_user_rule_file_is_data(tmp_path):
    rules = {"version": "test-1", "neutral_name": "Group {type_id}",
             "thresholds": {"high": 0.5, "low": -0.5},
             "roles": {"a": ["x0"]},
             "rules": [{"name": "high_a", "label": "High A", "when": [{"role": "a", "is": "high"}]}]}
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules))
    city = planted_city(10, 10, k=3, seed=1)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=3, rules=str(path),
                                     stability_runs=0)
    labels = {t.name.split(" (")[0] for t in result.names}
    assert labels <= {"High A", "Group 1", "Group 2", "Group 3"}
    assert "test-1" in result.rules_version
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=3, rules=str(bad))


def test_profiles_have_r2_pieces_and_population():
    city = planted_city(12, 12, k=3, seed=8, border_share=0.0)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, k=3,
                                     population_field="population", stability_runs=0)
    prof = result.profiles
    assert prof["n_neighbourhoods"].sum() == 144
    assert prof["population"].sum() == pytest.approx(city.frame["population"].sum())
    assert ((prof["r2_x0"] > 0) & (prof["r2_x0"] <= 1)).all()
    assert (prof["pieces"] >= 1).all()
    # R^2 by hand for x0
    x = city.frame["x0"].to_numpy()
    within = sum(((x[result.labels == t] - x[result.labels == t].mean()) ** 2).sum()
                 for t in range(3))
    assert prof["r2_x0"].iloc[0] == pytest.approx(1 - within / ((x - x.mean()) ** 2).sum())


def test_html_summary_is_self_contained():
    city = planted_city(10, 10, k=3, seed=1)
    result = classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, stability_runs=5)
    page = typology_html(result)
    assert page.count("<svg") >= len(FIELDS) + 3
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "<script" not in page


# ---------------------------------------------------------------------------- targets


def test_targets_from_representatives_scaled_to_each_baseline():
    frame = pd.DataFrame({"id": list("abcdef"), "type": [1, 1, 1, 2, 2, 2],
                          "rate": [100.0, 200.0, 50.0, 10.0, np.nan, 30.0],
                          "rep": [1, 0, 0, 0, 0, 0],
                          "goal": [70.0, np.nan, np.nan, np.nan, np.nan, np.nan]})
    result = project_targets(frame, "id", "type", "rate", target_field="goal",
                             representative_field="rep", city_change_pct=-50)
    t = result.table
    np.testing.assert_allclose(t["target"], [70, 140, 35, 5, np.nan, 15])
    assert t["target_source"].tolist()[:3] == ["given", "representatives of type 1: a",
                                               "representatives of type 1: a"]
    assert pd.isna(t["target_source"][4])
    assert any("no baseline" in w for w in result.notes.warnings)
    with pytest.raises(InputError, match="no target to project"):
        project_targets(frame, "id", "type", "rate")


def test_cancellation_raises_and_returns_nothing():
    from urban_safety_monitor.usm_plugin.core.runtime import Cancelled

    city = planted_city(10, 10, k=3, seed=1)
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        classify_neighbourhoods(city.frame, "nbhd_id", FIELDS, stability_runs=20,
                                should_stop=stop)
