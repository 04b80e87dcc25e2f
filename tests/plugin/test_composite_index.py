"""usm:compositeindex in headless QGIS on the demo city: planted truth, uncertainty, bad input."""

import json
from pathlib import Path

import numpy as np
import pytest

ALG = "usm:compositeindex"
ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "catalogue" / "usm_catalogue.json"


def _rows(path):
    import pyogrio

    return pyogrio.read_dataframe(str(path), read_geometry=False)


@pytest.fixture(scope="module")
def indicators(qgis_app, demo_gpkg, tmp_path_factory):
    """The demo chain's neighbourhood layer: census variables + incident rates (as make demo)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = tmp_path_factory.mktemp("monitor")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    processing.run("usm:interpolatecensus", {
        "CENSUS": f"{demo_gpkg}|layername=census_units", "CENSUS_ID": "census_id",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods", "NEIGHBOURHOOD_ID": "nbhd_id",
        "EXTENSIVE_FIELDS": ["population", "unemployed"],
        "INTENSIVE_FIELDS": ["income_mean", "unemployment_rate", "youth_share", "informal_share"],
        "INTENSIVE_WEIGHT": 1, "POPULATION_FIELD": "population",
        "OUTPUT": str(out / "census.gpkg"), "TOTALS": str(out / "totals.gpkg"),
        "DIAGNOSTICS": str(out / "diag.gpkg")}, context=context, feedback=feedback)
    processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents", "NEIGHBOURHOODS": str(out / "census.gpkg"),
        "NEIGHBOURHOOD_ID": "nbhd_id", "CATEGORY_FIELD": "category", "DATE_FIELD": "occurred_at",
        "PERIODS": [0], "POPULATION_FIELD": "population", "RATE_PER": 1, "SMOOTH_RATES": True,
        "OUTPUT": str(out / "counts.gpkg"), "ACCOUNTING": str(out / "accounting.gpkg"),
        "FIELD_NAMES": str(out / "names.gpkg")}, context=context, feedback=feedback)
    return str(out / "counts.gpkg")


def _run(run_algorithm, tmp_path, **parameters):
    base = {"INPUT": parameters.pop("INPUT"), "ID_FIELD": "nbhd_id", "SKIP_MISSING": True,
            "RUNS": 60, "SEED": 3, "OUTPUT": str(tmp_path / "index.gpkg"),
            "SENSITIVITY": str(tmp_path / "sensitivity.gpkg"),
            "REPORT": str(tmp_path / "report.gpkg")}
    base.update(parameters)
    return run_algorithm(ALG, base)


def test_risk_facets_of_the_shipped_catalogue_find_the_planted_types(
        run_algorithm, indicators, demo_gpkg, tmp_path):
    import pyogrio

    results, feedback = _run(run_algorithm, tmp_path, INPUT=indicators)
    out = _rows(results["OUTPUT"])
    assert len(out) == 250
    for field in ("index", "index_med", "index_lo", "index_hi", "rank", "rank_lo", "rank_hi",
                  "crime_violence", "socioeconomic_risk", "recorded_violence", "avail",
                  "avail_crime_violence", "norm_homicide_rate", "nbhd_id", "eb_rate_total"):
        assert field in out.columns, field
    # neighbourhoods without residents have no rate and no census value: NULL, never dropped
    empty = out.avail == 0
    assert 0 < empty.sum() < 10 and (out.population[empty] == 0).all()
    assert out["index"][empty].isna().all() and out["index_lo"][empty].isna().all()
    assert "no indicator value at all and get no index (NULL)" in feedback.log
    scored = out[~empty]
    assert scored["index"].between(0, 100).all()
    assert (scored.index_lo <= scored.index_med + 1e-4).all()
    assert (scored.index_med <= scored.index_hi + 1e-4).all()
    assert (scored.rank_lo <= scored.rank_hi).all()
    # the demo city has no survey or infrastructure fields here: left out, said so
    assert "left out because their field is not in the layer" in feedback.log
    assert "usm_catalogue.json (version 1.0.0)" in feedback.log and "seed 3" in feedback.log
    # planted truth: critical neighbourhoods are less safe than upper-middle ones
    truth = pyogrio.read_dataframe(demo_gpkg, layer="planted_truth", read_geometry=False)
    merged = out.merge(truth, on="nbhd_id")
    means = merged.groupby("safer_cities_type")["index"].mean()
    assert means["upper_middle"] > means["normal"] > means["vulnerable"] > means["critical"]
    sensitivity = _rows(results["SENSITIVITY"])
    assert set(sensitivity.factor) == {"normalisation", "aggregation", "imputation", "weights"}
    assert sensitivity.first_order_rank.between(-0.2, 1.2).all()
    report = _rows(results["REPORT"]).set_index("node")
    assert report.loc["unsafe_at_night", "status"] == "left out: field not in the layer"
    assert report.loc["homicide_rate", "status"] == "used"


def test_same_seed_same_intervals(run_algorithm, indicators, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, _ = _run(run_algorithm, tmp_path / "a", INPUT=indicators, RUNS=30, REPORT=None,
                  SENSITIVITY=None)
    two, _ = _run(run_algorithm, tmp_path / "b", INPUT=indicators, RUNS=30, REPORT=None,
                  SENSITIVITY=None)
    a, b = _rows(one["OUTPUT"]), _rows(two["OUTPUT"])
    assert np.array_equal(a.index_lo.to_numpy(), b.index_lo.to_numpy(), equal_nan=True)
    assert np.array_equal(a.rank_hi.to_numpy(), b.rank_hi.to_numpy(), equal_nan=True)


def test_field_list_mode_and_risk_orientation(run_algorithm, indicators, tmp_path):
    results, _ = _run(run_algorithm, tmp_path, INPUT=indicators, RUNS=0,
                      FIELDS=["eb_rate_total", "unemployment_rate", "income_mean"],
                      PROTECTIVE_FIELDS=["income_mean"], ORIENTATION=1, REPORT=None,
                      SENSITIVITY=None)
    out = _rows(results["OUTPUT"])
    expected = np.zeros(len(out))
    for field, sign in (("eb_rate_total", 1), ("unemployment_rate", 1), ("income_mean", -1)):
        x = out[field].to_numpy(dtype=float)
        expected += 100 * ((x - np.nanmin(x)) if sign > 0 else (np.nanmax(x) - x)) / (
            np.nanmax(x) - np.nanmin(x))
    ok = np.isfinite(out["index"]) & np.isfinite(expected)
    # the plain formula, up to the winsorised outliers (the eb rate of the hot spots)
    assert np.corrcoef(out["index"][ok], expected[ok] / 3)[0, 1] > 0.95
    assert "index_lo" not in out.columns


def test_bad_catalogue_file_names_the_problem(run_algorithm, indicators, tmp_path):
    from qgis.core import QgsProcessingException

    broken = tmp_path / "broken.json"
    broken.write_text(CATALOGUE.read_text(encoding="utf-8").replace('"risk",', '"risk"', 1),
                      encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"broken.json: not valid JSON at line \d+"):
        _run(run_algorithm, tmp_path, INPUT=indicators, CATALOGUE=str(broken))
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    data["indicators"][1]["id"] = data["indicators"][0]["id"]
    duplicate = tmp_path / "duplicate.json"
    duplicate.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="homicide_rate.*duplicate id"):
        _run(run_algorithm, tmp_path, INPUT=indicators, CATALOGUE=str(duplicate))


def test_unknown_field_without_leave_out_is_an_error_naming_the_indicator(
        run_algorithm, indicators, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException,
                       match=r"indicator 'unsafe_at_night' \(line \d+ of usm_catalogue.json\) is "
                             r"bound to field 'share_feels_unsafe_night'"):
        _run(run_algorithm, tmp_path, INPUT=indicators, SKIP_MISSING=False)


def test_bad_fields_all_missing_constant_non_numeric_duplicate_ids(
        run_algorithm, indicators, tmp_path):
    import pyogrio
    from qgis.core import QgsProcessingException

    frame = pyogrio.read_dataframe(indicators)
    frame["empty"] = np.nan
    frame["same"] = 5.0
    path = tmp_path / "bad.gpkg"
    pyogrio.write_dataframe(frame, path)
    before = path.read_bytes()
    with pytest.raises(QgsProcessingException, match=r"no value in any neighbourhood: empty"):
        _run(run_algorithm, tmp_path, INPUT=str(path), FIELDS=["eb_rate_total", "empty"])
    with pytest.raises(QgsProcessingException, match="'name' of indicator 'name' is not numeric"):
        _run(run_algorithm, tmp_path, INPUT=str(path), FIELDS=["eb_rate_total", "name"])
    results, feedback = _run(run_algorithm, tmp_path, INPUT=str(path), RUNS=0,
                             FIELDS=["eb_rate_total", "same", "unemployment_rate"])
    assert "Indicator same (same) has the same value (5) in every neighbourhood" in feedback.log
    assert path.read_bytes() == before  # input unchanged
    frame.loc[3, "nbhd_id"] = frame.loc[2, "nbhd_id"]
    dup = tmp_path / "dup.gpkg"
    pyogrio.write_dataframe(frame, dup)
    with pytest.raises(QgsProcessingException, match="duplicated values: N003"):
        _run(run_algorithm, tmp_path, INPUT=str(dup), FIELDS=["eb_rate_total"])


def test_output_is_styled_with_score_and_uncertainty(qgis_app, indicators, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults(ALG, {
        "INPUT": indicators, "ID_FIELD": "nbhd_id", "SKIP_MISSING": True, "RUNS": 24,
        "OUTPUT": "TEMPORARY_OUTPUT", "SENSITIVITY": "TEMPORARY_OUTPUT",
        "REPORT": "TEMPORARY_OUTPUT"}, context=context)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        spatial = [layer for layer in added if layer.type() == layer.VectorLayer and layer.isSpatial()]
        assert len(spatial) == 1
        renderer = spatial[0].renderer()
        assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "index"
        ranges = renderer.ranges()  # keep the list alive: its symbols belong to it
        assert len(ranges) == 5
        symbol = ranges[0].symbol()
        assert symbol.symbolLayerCount() == 2  # fill + hatching where the rank is uncertain
        properties = symbol.symbolLayer(1).dataDefinedProperties()
        assert "rank_hi" in properties.property(_enabled_key()).expressionString()
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])


def _enabled_key():
    from qgis.core import QgsSymbolLayer

    return getattr(QgsSymbolLayer, "PropertyLayerEnabled", None) or QgsSymbolLayer.Property.LayerEnabled
