"""usm:riskresilience and usm:smoothrates in headless QGIS on the demo city."""

import numpy as np
import pytest


def _rows(path):
    import pyogrio

    return pyogrio.read_dataframe(str(path), read_geometry=False)


@pytest.fixture(scope="module")
def counts(qgis_app, demo_gpkg, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = tmp_path_factory.mktemp("rr")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("usm:interpolatecensus", {
        "CENSUS": f"{demo_gpkg}|layername=census_units", "CENSUS_ID": "census_id",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods", "NEIGHBOURHOOD_ID": "nbhd_id",
        "EXTENSIVE_FIELDS": ["population"], "INTENSIVE_FIELDS": ["income_mean"],
        "INTENSIVE_WEIGHT": 1, "POPULATION_FIELD": "population",
        "OUTPUT": str(out / "census.gpkg"), "TOTALS": str(out / "totals.gpkg"),
        "DIAGNOSTICS": str(out / "diag.gpkg")}, context=context, feedback=QgsProcessingFeedback())
    processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents", "NEIGHBOURHOODS": str(out / "census.gpkg"),
        "NEIGHBOURHOOD_ID": "nbhd_id", "POPULATION_FIELD": "population", "RATE_PER": 1,
        "SMOOTH_RATES": True, "OUTPUT": str(out / "counts.gpkg"),
        "ACCOUNTING": str(out / "accounting.gpkg")}, context=context,
        feedback=QgsProcessingFeedback())
    return str(out / "counts.gpkg")


def test_global_smoothing_equals_the_aggregation_and_spatial_equals_esda(
        run_algorithm, counts, tmp_path):
    results, feedback = run_algorithm("usm:smoothrates", {
        "INPUT": counts, "COUNT_FIELD": "n_total", "POPULATION_FIELD": "population",
        "OUTPUT": str(tmp_path / "global.gpkg")})
    out = _rows(results["OUTPUT"])
    ok = out.population > 0
    assert np.allclose(out.eb_rate[ok], out.eb_rate_total[ok], rtol=1e-9)
    assert out.eb_rate[~ok].isna().all() and "population of 0 or NULL" in feedback.log
    esda = pytest.importorskip("esda")
    libpysal = pytest.importorskip("libpysal")
    import pyogrio

    results, feedback = run_algorithm("usm:smoothrates", {
        "INPUT": counts, "COUNT_FIELD": "n_total", "POPULATION_FIELD": "population",
        "METHOD": 1, "OUTPUT": str(tmp_path / "spatial.gpkg")})
    spatial = _rows(results["OUTPUT"])
    frame = pyogrio.read_dataframe(counts)
    used = frame[frame.population > 0].reset_index(drop=True)
    w = libpysal.weights.Queen.from_dataframe(used, use_index=False)
    w.id_order = w.id_order  # marks the order as the rows' order, which esda requires
    reference = esda.smoothing.Spatial_Empirical_Bayes(
        used.n_total.to_numpy(float), used.population.to_numpy(float), w).r.ravel() * 1e5
    ours = spatial.eb_rate[spatial.population > 0].to_numpy()
    # neighbours without residents are left out of our local priors, as they are of esda's input
    assert np.allclose(ours, reference, rtol=1e-9)
    assert "Spatial Empirical Bayes with queen contiguity" in feedback.log


def test_risk_resilience_classes_priority_and_planted_types(
        run_algorithm, counts, demo_gpkg, tmp_path):
    import pyogrio

    results, feedback = run_algorithm("usm:riskresilience", {
        "INPUT": counts, "ID_FIELD": "nbhd_id", "RISK_FIELD": "eb_rate_total",
        "RESILIENCE_FIELD": "income_mean", "OUTPUT": str(tmp_path / "rr.gpkg"),
        "PRIORITY": str(tmp_path / "priority.gpkg")})
    out = _rows(results["OUTPUT"])
    classified = out.dropna(subset=["biv_code"])
    assert set(classified.biv_code.astype(int)) <= {11, 12, 13, 21, 22, 23, 31, 32, 33}
    assert (classified.risk_class.value_counts() >= 70).all()  # terciles
    priority = _rows(results["PRIORITY"])
    assert set(priority.nbhd_id) == set(out.nbhd_id[out.priority == 1])
    assert "High risk, low resilience:" in feedback.log
    truth = pyogrio.read_dataframe(demo_gpkg, layer="planted_truth", read_geometry=False)
    merged = out.merge(truth, on="nbhd_id")
    share = merged.groupby("safer_cities_type").priority.mean()
    assert share["critical"] > 0.3 > share["upper_middle"]


def test_user_breaks_and_bad_breaks(run_algorithm, counts, tmp_path):
    from qgis.core import QgsProcessingException

    results, _ = run_algorithm("usm:riskresilience", {
        "INPUT": counts, "ID_FIELD": "nbhd_id", "RISK_FIELD": "eb_rate_total",
        "RESILIENCE_FIELD": "income_mean", "BREAKS": 1, "RISK_BREAKS": "5000,10000",
        "RESILIENCE_BREAKS": "1000;2000", "OUTPUT": str(tmp_path / "rr.gpkg"),
        "PRIORITY": None})
    out = _rows(results["OUTPUT"])
    assert (out.risk_class[out.eb_rate_total <= 5000] == 1).all()
    with pytest.raises(QgsProcessingException, match="two numbers"):
        run_algorithm("usm:riskresilience", {
            "INPUT": counts, "ID_FIELD": "nbhd_id", "RISK_FIELD": "eb_rate_total",
            "RESILIENCE_FIELD": "income_mean", "BREAKS": 1, "RISK_BREAKS": "high",
            "RESILIENCE_BREAKS": "1,2", "OUTPUT": str(tmp_path / "x.gpkg")})
