"""Composite index: hand-computed scores, invariants and bad input."""

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from urban_safety_monitor.usm_plugin.core.indices.catalogue import (
    catalogue_from_fields, parse_catalogue)
from urban_safety_monitor.usm_plugin.core.indices.composite import IndexOptions, composite_index
from urban_safety_monitor.usm_plugin.core.runtime import InputError


def _two_facets(aggregation="arithmetic"):
    return parse_catalogue({
        "format": "usm-indicator-catalogue", "schema_version": 1,
        "aggregation": {"facet": aggregation, "index": aggregation},
        "groups": [{"id": "F1", "level": "facet", "parent": None, "weight": 2},
                   {"id": "F2", "level": "facet", "parent": None, "weight": 1}],
        "indicators": [
            {"id": "ia", "parent": "F1", "direction": "risk", "field": "a", "weight": 1},
            {"id": "ib", "parent": "F1", "direction": "protective", "field": "b", "weight": 3},
            {"id": "ic", "parent": "F2", "direction": "risk", "field": "c"},
        ]}, source="two.json")


FRAME = pd.DataFrame({"id": ["n1", "n2", "n3", "n4"], "a": [1.0, 3.0, 5.0, 2.0],
                      "b": [10.0, 20.0, 40.0, 30.0], "c": [0.0, 4.0, 8.0, 2.0]})
NA = 100 * (5 - FRAME.a) / 4
NB = 100 * (FRAME.b - 10) / 30
NC = 100 * (8 - FRAME.c) / 8


def test_equal_weights_arithmetic_minmax_is_the_plain_formula():
    cat = catalogue_from_fields(["a", "b"], protective=["b"])
    result = composite_index(FRAME, cat)
    assert_allclose(result.scores["norm_a"], NA)
    assert_allclose(result.scores["norm_b"], NB)
    assert_allclose(result.scores["index"], (NA + NB) / 2)
    assert list(result.rank) == [2, 4, 2, 1]  # n1 and n3 tie at 50


def test_weighted_hierarchy_by_hand():
    result = composite_index(FRAME, _two_facets())
    f1 = (1 * NA + 3 * NB) / 4
    assert_allclose(result.scores["F1"], f1)
    assert_allclose(result.scores["F2"], NC)
    assert_allclose(result.scores["index"], (2 * f1 + NC) / 3)
    nodes = result.nodes.set_index("node")
    assert nodes.loc["ib", "weight"] == pytest.approx(0.75)
    assert nodes.loc["F1", "weight"] == pytest.approx(2 / 3)


def test_geometric_aggregation_with_the_documented_shift():
    result = composite_index(FRAME, _two_facets("geometric"))
    f1 = np.exp((np.log(NA + 1) + 3 * np.log(NB + 1)) / 4) - 1
    f2 = NC
    index = np.exp((2 * np.log(f1 + 1) + np.log(f2 + 1)) / 3) - 1
    assert_allclose(result.scores["F1"], f1, rtol=1e-12)
    assert_allclose(result.scores["index"], index, rtol=1e-12)
    # geometric <= arithmetic (AM-GM), equal only where the children agree
    arithmetic = composite_index(FRAME, _two_facets("arithmetic")).scores["index"]
    assert np.all(result.scores["index"] <= arithmetic + 1e-9)


def test_geometric_rejects_zeros_without_a_shift_and_negative_z_scores():
    with pytest.raises(InputError, match="score of 0"):
        composite_index(FRAME, _two_facets("geometric"),
                        options=IndexOptions(geometric_shift=0.0))
    with pytest.raises(InputError, match="z-scores are negative"):
        composite_index(FRAME, _two_facets("geometric"), options=IndexOptions(normalisation="zscore"))


def test_orientation_risk_is_the_mirror_of_safety_for_minmax():
    safety = composite_index(FRAME, _two_facets()).scores
    risk = composite_index(FRAME, _two_facets(), options=IndexOptions(orientation="risk")).scores
    assert_allclose(risk["index"], 100 - safety["index"])


def test_index_is_monotone_in_each_indicators_direction():
    rng = np.random.default_rng(4)
    frame = pd.DataFrame(rng.uniform(1, 2, size=(30, 3)), columns=["a", "b", "c"])
    cat = _two_facets()
    base = composite_index(frame, cat).scores["index"].to_numpy()
    for column, sign in (("a", -1), ("b", +1), ("c", -1)):
        changed = frame.copy()
        k = int(np.argsort(changed[column].to_numpy())[15])  # a middle value: min and max stay
        changed.loc[k, column] += 0.01
        after = composite_index(changed, cat).scores["index"].to_numpy()
        assert np.sign(after[k] - base[k]) == sign, column
        assert_allclose(np.delete(after, k), np.delete(base, k))


def test_missing_values_available_case_and_imputation_with_availability():
    frame = FRAME.copy()
    frame.loc[0, "b"] = np.nan
    frame.loc[1, ["a", "b", "c"]] = np.nan
    result = composite_index(frame, _two_facets(), id_field="id")
    scores = result.scores
    na = 100 * (5 - frame.a) / 4  # min-max over the units that have a (1..5)
    assert scores.loc[0, "F1"] == pytest.approx(na[0])  # only a left: weights rescaled
    assert np.isnan(scores.loc[1, "index"]) and np.isnan(result.rank[1])
    assert len(scores) == 4  # never dropped
    assert any("n2" in w and "no indicator value" in w for w in result.notes.warnings)
    assert_allclose(result.availability["avail"], [2 / 3, 0, 1, 1])
    assert_allclose(result.availability["avail_F1"], [0.5, 0, 1, 1])
    imputed = composite_index(frame, _two_facets(), options=IndexOptions(imputation="mean"))
    mean_b = frame.b.mean()  # 35, over n3 and n4; b after imputation: 35, 35, 40, 30
    assert imputed.scores.loc[0, "norm_ib"] == pytest.approx(100 * (mean_b - 30) / 10)
    assert_allclose(imputed.availability["avail"], [2 / 3, 0, 1, 1])  # before imputation


def test_goalposts_and_target_need_their_values_from_the_catalogue():
    with pytest.raises(InputError, match=r"'ia' \(line \d+ of two.json\)|'ia'.*goalposts"):
        composite_index(FRAME, _two_facets(), options=IndexOptions(normalisation="goalposts"))


def test_unknown_field_names_the_indicator_and_the_field():
    frame = FRAME.drop(columns=["c"])
    with pytest.raises(InputError) as error:
        composite_index(frame, _two_facets())
    assert "indicator 'ic'" in str(error.value) and "field 'c'" in str(error.value)
    result = composite_index(frame, _two_facets(), skip_missing_fields=True)
    assert "F2" not in result.scores.columns
    assert any("ic (c)" in w for w in result.notes.warnings)


def test_non_numeric_and_all_missing_and_constant_indicators():
    text = FRAME.assign(a=["x", "y", "z", "w"])
    with pytest.raises(InputError, match="'a' of indicator 'ia' is not numeric"):
        composite_index(text, _two_facets())
    partly = FRAME.assign(a=["1", "oops", "5", "2"])
    result = composite_index(partly, _two_facets(), id_field="id")
    assert any("not numbers treated as missing (ids n2)" in w for w in result.notes.warnings)
    empty = FRAME.assign(c=np.nan)
    with pytest.raises(InputError, match=r"no value in any neighbourhood: ic \(field c\)"):
        composite_index(empty, _two_facets())
    constant = FRAME.assign(a=7.0)
    result = composite_index(constant, _two_facets())
    assert any("ia (a) has the same value (7)" in w for w in result.notes.warnings)
    assert_allclose(result.scores["F1"], NB)  # its weight went to its sibling
    assert result.nodes.set_index("node").loc["ia", "status"] == "left out: no variation"
    infinite = FRAME.assign(b=[10.0, np.inf, 40.0, 30.0])
    result = composite_index(infinite, _two_facets())
    assert any("infinite" in w for w in result.notes.warnings)
    assert np.isnan(result.scores.loc[1, "norm_ib"])


def test_input_frame_is_not_modified():
    frame = FRAME.copy()
    frame.loc[2, "a"] = np.nan
    before = frame.copy()
    composite_index(frame, _two_facets(), options=IndexOptions(imputation="median"))
    pd.testing.assert_frame_equal(frame, before)


def test_pca_weighting_and_outlier_report():
    rng = np.random.default_rng(8)
    frame = pd.DataFrame(rng.normal(size=(80, 3)), columns=["a", "b", "c"])
    frame.loc[3, "a"] = 40  # planted outlier
    result = composite_index(frame, _two_facets(), options=IndexOptions(weighting="pca"))
    nodes = result.nodes.set_index("node")
    assert nodes.loc[["ia", "ib"], "weight"].sum() == pytest.approx(1.0)
    assert nodes.loc["ia", "winsorised_high"] == 1
    assert any("ia winsorised" in line for line in result.notes.info)


def test_rank_normalisation_is_invariant_to_monotone_transforms():
    cat = catalogue_from_fields(["a", "b"], protective=["b"])
    options = IndexOptions(normalisation="rank", winsorise=False)
    one = composite_index(FRAME, cat, options=options).scores["index"]
    two = composite_index(FRAME.assign(a=np.exp(FRAME.a), b=FRAME.b ** 3), cat,
                          options=options).scores["index"]
    assert_allclose(one, two)


def test_a_score_made_only_of_imputed_values_is_null():
    frame = FRAME.copy()
    frame.loc[1, ["a", "b", "c"]] = np.nan
    frame.loc[2, "c"] = np.nan
    result = composite_index(frame, _two_facets(), options=IndexOptions(imputation="mean"))
    assert np.isnan(result.scores.loc[1, "index"]) and np.isnan(result.scores.loc[1, "F1"])
    assert np.isnan(result.scores.loc[2, "F2"])  # its only indicator was imputed
    assert np.isfinite(result.scores.loc[2, "index"])
    assert np.isfinite(result.scores.loc[2, "norm_ic"])  # the imputed score itself is kept


def test_a_unit_missing_every_indicator_of_a_large_group_gets_null_in_float32_runs():
    rng = np.random.default_rng(12)
    fields = [f"x{k}" for k in range(25)]
    frame = pd.DataFrame(rng.uniform(1, 2, size=(12, 25)), columns=fields)
    frame.loc[4, fields] = np.nan
    frame.loc[5, fields[:24]] = np.nan
    result = composite_index(frame, catalogue_from_fields(fields))
    model = result.model
    weights = model.base_weights * rng.uniform(0.75, 1.25, model.base_weights.shape)
    for dtype in (np.float64, np.float32):
        index = model.aggregate_groups(model.variant("none", "minmax", dtype), weights,
                                       model.aggregation_methods(None))[:, -1]
        assert np.isnan(index[4]) and np.isfinite(index[5])
        assert index[5] == pytest.approx(model.variant("none", "minmax")["z"][5, 24], rel=1e-5)


def _mixed_catalogue():
    """Groups listed out of level order, indicators at several levels, methods per group."""
    groups = [{"id": "S2", "level": "subdimension", "parent": "D2", "aggregation": "geometric"},
              {"id": "F1", "level": "facet", "parent": None},
              {"id": "D1", "level": "dimension", "parent": "F1", "aggregation": "geometric"},
              {"id": "S1", "level": "subdimension", "parent": "D1", "weight": 2},
              {"id": "F2", "level": "facet", "parent": None, "aggregation": "geometric"},
              {"id": "D2", "level": "dimension", "parent": "F2"},
              {"id": "S3", "level": "subdimension", "parent": "D1"},
              {"id": "S4", "level": "subdimension", "parent": "F2", "aggregation": "geometric"}]
    parents = ["S1", "S1", "S2", "S2", "S2", "S3", "S3", "D1", "F1", "D2", "F2", "S1", "S4",
               "S4"]
    indicators = [{"id": f"i{k}", "parent": p, "field": f"x{k}", "weight": 1 + k % 3,
                   "direction": "risk" if k % 2 else "protective"}
                  for k, p in enumerate(parents)]
    return parse_catalogue({"format": "usm-indicator-catalogue", "schema_version": 1,
                            "groups": groups, "indicators": indicators})


def _plain_index(model, scores, weights, agg_methods, shift):
    """The index by the definition, node by node: weighted (geometric) mean of the children
    with a value, weights rescaled over them."""
    m = len(model.indicator_ids)
    values = {k: scores[:, k] for k in range(m)}
    for node in sorted(range(m, len(model.node_ids)), key=lambda k: model.height[k]):
        kids = model.children(node)
        x = np.column_stack([values[k] for k in kids])
        geometric = agg_methods[node] == "geometric"
        if geometric:
            x = np.log(x + shift)
        ok = np.isfinite(x)
        numerator = np.where(ok, x, 0.0) @ weights[kids]
        denominator = ok @ weights[kids]
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(denominator > 0, numerator / denominator, np.nan)
        values[node] = np.exp(mean) - shift if geometric else mean
    return values[len(model.node_ids) - 1]


def test_fast_aggregation_equals_the_plain_definition_and_its_monte_carlo_form():
    rng = np.random.default_rng(21)
    frame = pd.DataFrame(np.exp(rng.normal(size=(60, 14))), columns=[f"x{k}" for k in range(14)])
    frame = frame.mask(rng.random(frame.shape) < 0.3)  # every level meets missing children
    frame.iloc[0] = np.nan  # no data at all
    result = composite_index(frame, _mixed_catalogue())
    model = result.model
    assert not all(isinstance(plan["rows"], slice)  # the copy paths are exercised too
                   for steps in [model._plan(tuple(model.aggregation_methods(None)))[0]]
                   for _, _, plan in steps)
    for aggregation in (None, "arithmetic", "geometric"):
        agg_methods = model.aggregation_methods(aggregation)
        for shift in (1.0, 0.5, 1.0):
            weights = model.base_weights * rng.uniform(0.75, 1.25, model.base_weights.shape)
            for imputation, dtype, rtol in (("none", np.float64, 1e-12),
                                            ("mean", np.float32, 2e-5)):
                forms = model.variant(imputation, "minmax", dtype)
                plain = _plain_index(model, forms["z"].astype(float), weights, agg_methods, shift)
                full = model.aggregate_groups(forms, weights, agg_methods, shift)[:, -1]
                fast = model.aggregate_groups(forms, weights, agg_methods, shift,
                                              index_only=True)[:, -1]
                assert np.array_equal(fast, full, equal_nan=True)  # bit for bit
                assert np.array_equal(np.isnan(full), np.isnan(plain))
                assert_allclose(full, plain, rtol=rtol, atol=rtol * 100)


def test_weight_matrix_products_and_sums_are_scipys_bit_for_bit():
    from scipy import sparse

    from urban_safety_monitor.usm_plugin.core.indices.composite import _WeightMatrix

    rng = np.random.default_rng(3)
    rows = np.array([0, 0, 0, 2, 2, 3])  # row 1 has no entries
    cols = np.array([4, 1, 0, 3, 2, 5])
    matrix = _WeightMatrix(rows, cols, np.arange(6), (4, 6))
    for dtype in (np.float32, np.float64):
        weights = rng.uniform(0.1, 3, 6).astype(dtype)
        dense = rng.normal(size=(6, 50)).astype(dtype)
        built = matrix(weights)
        reference = sparse.csr_matrix((weights, (rows, cols)), shape=(4, 6))
        assert np.array_equal(built.toarray(), reference.toarray())
        assert np.array_equal(matrix.row_sums(), np.asarray(built.sum(axis=1)).ravel())
        assert np.array_equal(matrix.product(dense), reference @ dense)
        assert np.array_equal(matrix.product(dense), reference @ dense)  # reused buffer
        assert np.array_equal(matrix.product(np.asfortranarray(dense)), reference @ dense)
        into = np.full((4, 50), np.nan, dtype=dtype)
        assert matrix.product(dense, into) is into
        assert np.array_equal(into, reference @ dense)
