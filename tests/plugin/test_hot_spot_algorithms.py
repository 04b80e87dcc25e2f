"""usm:hotspots, usm:localmoran, usm:globalmoran and usm:spatialweightsreport in a real
headless QGIS: the planted hot and cold spots of the demo city, styles, bad input."""

import numpy as np
import pytest

HOT = "usm:hotspots"
LMI = "usm:localmoran"
GLOBAL = "usm:globalmoran"
REPORT = "usm:spatialweightsreport"


def _layer(value, name="x"):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(value, name, "ogr") if isinstance(value, str) else value


def _rows(value):
    layer = _layer(value)
    names = [f.name() for f in layer.fields()]
    out = []
    for feature in layer.getFeatures():
        row = {}
        for name in names:
            v = feature[name]
            row[name] = None if v is None or (hasattr(v, "isNull") and v.isNull()) \
                or str(v) == "NULL" else v
        out.append(row)
    return out


@pytest.fixture(scope="module")
def demo_counts(qgis_app, demo_gpkg, tmp_path_factory):
    """Incidents per neighbourhood and category, by the lead's aggregation algorithm."""
    import processing

    out = str(tmp_path_factory.mktemp("hot") / "counts.gpkg")
    results = processing.run("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "CATEGORY_FIELD": "category",
        "OUTPUT": out, "ACCOUNTING": "TEMPORARY_OUTPUT"})
    return results["OUTPUT"]


@pytest.fixture(scope="module")
def truth(demo_gpkg):
    import geopandas as gpd

    return (gpd.read_file(demo_gpkg, layer="planted_truth").set_index("nbhd_id"),
            gpd.read_file(demo_gpkg, layer="planted_hotspots"))


def test_planted_hot_and_cold_spots_found(demo_counts, truth, run_algorithm):
    planted, hotspots = truth
    cold = set(planted.index[planted["planted_cold_spot"] == 1])
    hot_ids = planted["hotspot_id"]
    found = missed = 0
    for spot in hotspots.itertuples():
        results, feedback = run_algorithm(HOT, {
            "INPUT": demo_counts, "ID_FIELD": "nbhd_id", "FIELD": f"n_cat_{spot.category}",
            "WEIGHTS": 0, "PERMUTATIONS": 999, "SEED": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
        rows = {r["nbhd_id"]: r for r in _rows(results["OUTPUT"])}
        assert len(rows) == 250
        members = hot_ids.index[hot_ids == spot.hotspot_id]
        assert len(members) >= 1
        for code in members:
            if rows[code]["Gi_Bin"] >= 2:
                found += 1
            else:
                missed += 1
        # no neighbourhood of the planted cold spot comes out hot, for any category
        assert all(rows[c]["Gi_Bin"] <= 0 for c in cold), spot.category
        assert "999 conditional permutations, seed 1" in feedback.log
    assert found >= 0.8 * (found + missed), (found, missed)


def test_output_fields_and_values(demo_counts, run_algorithm):
    results, feedback = run_algorithm(HOT, {
        "INPUT": demo_counts, "ID_FIELD": "nbhd_id", "FIELD": "n_total", "WEIGHTS": 0,
        "PERMUTATIONS": 199, "FDR": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = _rows(results["OUTPUT"])
    fields = {"GiZ", "Gi_P", "Gi_PSim", "Gi_ZSim", "Gi_G", "Gi_Bin", "Gi_Label", "Gi_NNbr"}
    assert fields <= set(rows[0])
    assert "nbhd_id" in rows[0] and "n_total" in rows[0]       # input fields kept
    for r in rows:
        assert r["Gi_Bin"] in (-3, -2, -1, 0, 1, 2, 3)
        assert 0 < r["Gi_PSim"] <= 1 and 0 <= r["Gi_P"] <= 1
        assert (r["Gi_Bin"] > 0) == (r["Gi_Label"].startswith("Hot"))
        assert r["Gi_NNbr"] >= 1
    assert "FDR" in feedback.log


def test_same_seed_same_output(demo_counts, run_algorithm):
    params = {"INPUT": demo_counts, "ID_FIELD": "nbhd_id", "FIELD": "n_cat_theft",
              "WEIGHTS": 2, "K": 6, "PERMUTATIONS": 99, "SEED": 5, "OUTPUT": "TEMPORARY_OUTPUT"}
    a = _rows(run_algorithm(LMI, params)[0]["OUTPUT"])
    b = _rows(run_algorithm(LMI, params)[0]["OUTPUT"])
    assert [r["LMI_PSim"] for r in a] == [r["LMI_PSim"] for r in b]
    assert {r["LMI_Type"] for r in a} <= {"High-High", "Low-Low", "High-Low", "Low-High",
                                          "Not significant", "Undefined"}
    assert {r["LMI_NNbr"] for r in a} == {6}


def test_local_moran_matches_core(demo_counts, run_algorithm):
    import geopandas as gpd

    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalMoran
    from urban_safety_monitor.usm_plugin.core.stats.weights import SpatialWeights

    results, _ = run_algorithm(LMI, {
        "INPUT": demo_counts, "ID_FIELD": "nbhd_id", "FIELD": "n_total", "WEIGHTS": 1,
        "PERMUTATIONS": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {r["nbhd_id"]: r for r in _rows(results["OUTPUT"])}
    frame = gpd.read_file(demo_counts)
    core = LocalMoran(frame["n_total"].to_numpy(float),
                      SpatialWeights.from_polygons(frame.geometry, rule="rook"), permutations=0)
    for code, value, label in zip(frame["nbhd_id"], core.Is, core.labels):
        assert rows[code]["LMI_I"] == pytest.approx(value, rel=1e-12)
        assert rows[code]["LMI_Type"] == label


def test_global_moran_table_and_outputs(demo_counts, run_algorithm):
    results, feedback = run_algorithm(GLOBAL, {
        "INPUT": demo_counts, "ID_FIELD": "nbhd_id", "FIELD": "n_total", "PERMUTATIONS": 199,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    (row,) = _rows(results["OUTPUT"])
    assert row["I"] == pytest.approx(results["MORANS_I"])
    assert row["n"] == 250 and row["permutations"] == 199
    assert row["EI"] == pytest.approx(-1 / 249)
    assert row["p_sim"] == pytest.approx(results["P_VALUE"])
    assert "Moran's I:" in feedback.log


def test_weights_report_lists_islands_and_components(tmp_path, qgis_app, run_algorithm):
    import geopandas as gpd
    import shapely

    cells = [shapely.box(x, y, x + 100, y + 100) for x in (0, 100, 200) for y in (0, 100)]
    cells += [shapely.box(1000, 1000, 1100, 1100), shapely.box(2000, 0, 2100, 100),
              shapely.box(2100, 0, 2200, 100)]
    frame = gpd.GeoDataFrame({"code": [f"C{i}" for i in range(len(cells))],
                              "value": np.arange(len(cells), dtype=float)},
                             geometry=cells, crs="EPSG:32630")
    path = tmp_path / "cells.gpkg"
    frame.to_file(path, layer="cells")
    results, feedback = run_algorithm(REPORT, {"INPUT": str(path), "ID_FIELD": "code",
                                               "WEIGHTS": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {r["code"]: r for r in _rows(results["OUTPUT"])}
    assert rows["C6"]["w_island"] == 1 and rows["C6"]["w_nbrs"] == 0
    assert rows["C7"]["w_single"] == 1 and rows["C8"]["w_single"] == 1
    assert rows["C0"]["w_comp"] == 0 and rows["C0"]["w_compsz"] == 6
    assert "islands" in feedback.log and "C6" in feedback.log
    assert "disconnected" in feedback.log

    # Gi*: the island is Isolated (NULL bin), or linked to its nearest cell on request
    results, feedback = run_algorithm(HOT, {"INPUT": str(path), "ID_FIELD": "code",
                                            "FIELD": "value", "WEIGHTS": 1, "PERMUTATIONS": 99,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {r["code"]: r for r in _rows(results["OUTPUT"])}
    assert rows["C6"]["Gi_Bin"] is None and rows["C6"]["Gi_Label"] == "Isolated"
    assert "fewer than 30" in feedback.log
    results, _ = run_algorithm(HOT, {"INPUT": str(path), "ID_FIELD": "code", "FIELD": "value",
                                     "WEIGHTS": 1, "ISLANDS": 1, "PERMUTATIONS": 99,
                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {r["code"]: r for r in _rows(results["OUTPUT"])}
    assert rows["C6"]["Gi_NNbr"] == 1 and rows["C6"]["Gi_Bin"] is not None


def test_bad_input(tmp_path, qgis_app, run_algorithm):
    import geopandas as gpd
    import shapely
    from qgis.core import QgsProcessingException

    cells = [shapely.box(x, y, x + 100, y + 100) for x in range(0, 800, 100) for y in (0, 100)]
    population = np.where(np.arange(16) % 2 == 0, 100.0, 5000.0)
    frame = gpd.GeoDataFrame({"code": [f"C{i}" for i in range(16)], "flat": 4.0,
                              "count": np.arange(16) % 5, "population": population,
                              "withnull": [None] + list(np.arange(15.0))},
                             geometry=cells, crs="EPSG:32630")
    path = tmp_path / "bad.gpkg"
    frame.to_file(path, layer="bad")
    with pytest.raises(QgsProcessingException, match="no variation"):
        run_algorithm(HOT, {"INPUT": str(path), "FIELD": "flat", "OUTPUT": "TEMPORARY_OUTPUT"})
    results, feedback = run_algorithm(HOT, {
        "INPUT": str(path), "ID_FIELD": "code", "FIELD": "count",
        "POPULATION_FIELD": "population", "PERMUTATIONS": 50, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "raw counts" in feedback.log and "Empirical Bayes" in feedback.log
    assert "permutations give pseudo p-values" in feedback.log
    results, feedback = run_algorithm(LMI, {
        "INPUT": str(path), "ID_FIELD": "code", "FIELD": "withnull", "PERMUTATIONS": 99,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {r["code"]: r for r in _rows(results["OUTPUT"])}
    assert rows["C0"]["LMI_I"] is None and rows["C0"]["LMI_Type"] is None   # NULL, not 0
    assert rows["C1"]["LMI_I"] is not None
    assert "no value of withnull" in feedback.log and "C0" in feedback.log


def test_geographic_layer_uses_local_projection(tmp_path, qgis_app, run_algorithm):
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(3)
    pts = gpd.GeoDataFrame({"value": rng.poisson(5, 60).astype(float)},
                           geometry=shapely.points(rng.uniform(-3.8, -3.6, (60, 2)) + [0, 44]),
                           crs="EPSG:32630").set_crs("EPSG:4326", allow_override=True)
    path = tmp_path / "pts.gpkg"
    pts.to_file(path, layer="pts")
    results, feedback = run_algorithm(HOT, {"INPUT": str(path), "FIELD": "value", "WEIGHTS": 3,
                                            "PERMUTATIONS": 99, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "local projection EPSG:32630" in feedback.log
    assert "threshold not given" in feedback.log
    layer = _layer(results["OUTPUT"])
    assert layer.featureCount() == 60 and layer.crs().authid() == "EPSG:4326"
