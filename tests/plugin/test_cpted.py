"""usm:streetsegmentaudit and usm:crimeconcentration in a real headless QGIS.

References: the QGIS-free core run on the same layers read with geopandas (the algorithm
must only move data), the demo city's planted dark areas, and hand-made layers for the
bad-input cases (no CRS, geographic CRS, incidents without a time field, empty layer).
"""

import numpy as np
import pytest

SEG = "usm:streetsegmentaudit"


def _layer(gpkg, name):
    return f"{gpkg}|layername={name}"


def _frame(path):
    import pyogrio

    return pyogrio.read_dataframe(str(path).split("|")[0])


@pytest.fixture(scope="module")
def audit(qgis_app, demo_gpkg, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    out = tmp_path_factory.mktemp("cpted")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {
        "STREETS": _layer(demo_gpkg, "streets"), "STREET_FIELDS": ["lit", "road_class"],
        "LIGHTS": _layer(demo_gpkg, "street_lights"), "LIGHT_FIELD": "working",
        "INCIDENTS": _layer(demo_gpkg, "incidents"), "DATE_FIELD": "occurred_at",
        "CATEGORY_FIELD": "category",
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "LAND_USE": _layer(demo_gpkg, "land_use"), "LAND_USE_FIELD": "land_use",
        "GENERATORS": [_layer(demo_gpkg, "transit_stops"), _layer(demo_gpkg, "schools")],
        "OUTPUT": str(out / "segments.gpkg"), "NEIGHBOURHOOD_OUTPUT": str(out / "hoods.gpkg"),
        "ACCOUNTING": str(out / "accounting.csv")}
    feedback = QgsProcessingFeedback()
    results = processing.run(SEG, params, context=context, feedback=feedback)
    return results, out


def test_demo_audit_outputs_and_planted_dark_areas(audit, demo_gpkg):
    import pyogrio

    results, out = audit
    seg = _frame(results["OUTPUT"])
    for name in ("length_m", "lit_share", "max_dark_gap_m", "dead_end", "n_incidents", "n_night",
                 "int_density", "lu_mix", "gen_dist_m", "gen_transit_stops_m", "gen_schools_m",
                 "nbhd_id", "lit", "road_class"):
        assert name in seg.columns, name
    assert seg.crs.to_epsg() == 32630
    hoods = _frame(results["NEIGHBOURHOOD_OUTPUT"]).set_index("nbhd_id")
    assert len(hoods) == 250 and "name" in hoods.columns     # the user's own fields kept
    truth = pyogrio.read_dataframe(demo_gpkg, layer="planted_truth",
                                   read_geometry=False).set_index("nbhd_id")
    dark = truth.index[truth["dark_area"] == 1]
    assert hoods.loc[dark, "lit_share"].max() < 0.25
    assert hoods.loc[truth.index[truth["dark_area"] == 0], "lit_share"].median() > 0.6
    # night incidents concentrate on dark segments in the dark areas (planted)
    assert hoods.loc[dark, "night_dark_share"].min() > 0.9


def test_algorithm_equals_the_core_on_the_same_layers(audit, demo_gpkg):
    import geopandas as gpd

    from urban_safety_monitor.usm_plugin.core.cpted.audit import point_input, street_segment_audit

    results, _ = audit
    seg = _frame(results["OUTPUT"])
    read = lambda layer: gpd.read_file(demo_gpkg, layer=layer)  # noqa: E731
    lights = read("street_lights")
    incidents = read("incidents")
    core = street_segment_audit(read("streets"), lights=point_input(lights[lights.working == 1]),
                                incidents=point_input(incidents), date_field="occurred_at",
                                category_field="category").segments
    assert len(core) == len(seg)
    np.testing.assert_allclose(np.sort(seg["length_m"]), np.sort(core["length_m"]), rtol=1e-9)
    key = lambda f: f.sort_values(["length_m", "lit_share"]).reset_index(drop=True)  # noqa: E731
    a, b = key(seg), key(core)
    np.testing.assert_allclose(a["lit_share"], b["lit_share"], atol=1e-9)
    assert a["n_incidents"].sum() == b["n_incidents"].sum()
    assert a["n_night"].sum() == b["n_night"].sum()


def test_accounting_adds_up(audit):
    import csv

    _, out = audit
    with open(out / "accounting.csv", newline="", encoding="utf-8") as handle:
        rows = {r["item"]: int(float(r["count"])) for r in csv.DictReader(handle)}
    assert rows["incidents_read"] == 55000
    assert rows["incidents_dropped_no_geometry"] == 40
    assert rows["incidents_snapped"] + rows["incidents_beyond_tolerance"] == 55000 - 40
    assert rows["lights_read"] == 9241 and rows["lights_used"] == 8372


def test_crime_concentration_on_the_audit(audit, run_algorithm, tmp_path):
    results, _ = audit
    conc, feedback = run_algorithm("usm:crimeconcentration", {
        "INPUT": results["OUTPUT"], "COUNT_FIELD": "n_incidents", "GROUP_FIELD": "nbhd_id",
        "OUTPUT": str(tmp_path / "conc.csv"), "LORENZ": str(tmp_path / "lorenz.csv")})
    assert 0 < conc["GINI"] < 1 and 0 < conc["SHARE_UNITS_50"] < 0.5
    assert "Weisburd (2015)" in feedback.log
    import csv
    with open(tmp_path / "conc.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["group"] == "city" and len(rows) > 200


def _memory_lines(crs, lines):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from qgis.core import QgsCoordinateReferenceSystem

    layer = QgsVectorLayer(f"LineString?crs={crs}" if crs else "LineString", "streets", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
        assert not layer.crs().isValid()
    feats = []
    for coords in lines:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*c) for c in coords]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _memory_points(crs, points, fields="", values=()):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    uri = f"Point?crs={crs}" if crs else "Point"
    layer = QgsVectorLayer(uri + fields, "points", "memory")
    feats = []
    for i, xy in enumerate(points):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
        if values:
            f.setAttributes(list(values[i]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_layer_without_crs_is_a_clear_error(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    streets = _memory_lines(None, [[(0, 0), (100, 0)]])
    points = _memory_points("EPSG:32630", [(50, 5)])
    with pytest.raises(QgsProcessingException, match="(?i)CRS|coordinate reference"):
        run_algorithm(SEG, {"STREETS": streets, "LIGHTS": points, "INCIDENTS": points,
                            "OUTPUT": str(tmp_path / "x.gpkg")})


def test_geographic_streets_are_measured_in_metres(run_algorithm, tmp_path):
    # 0.001 degree of longitude at the equator ~ 111.3 m; lights and incidents in UTM 31N
    streets = _memory_lines("EPSG:4326", [[(3.0, 0.001), (3.001, 0.001)]])
    from pyproj import Transformer

    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32631", always_xy=True)
    mid = to_utm.transform(3.0005, 0.001)
    lights = _memory_points("EPSG:32631", [(mid[0], mid[1] + 5)])
    incidents = _memory_points("EPSG:32631", [(mid[0], mid[1] + 2)],
                               "&field=occurred_at:string", [("2023-01-01 23:00",)])
    results, feedback = run_algorithm(SEG, {
        "STREETS": streets, "LIGHTS": lights, "INCIDENTS": incidents, "DATE_FIELD": "occurred_at",
        "OUTPUT": str(tmp_path / "geo.gpkg")})
    seg = _frame(results["OUTPUT"])
    assert seg["length_m"].iloc[0] == pytest.approx(111.3, abs=0.5)
    assert seg["n_night"].iloc[0] == 1
    assert "local projection" in feedback.log


def test_incidents_without_time_and_empty_lights(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    streets = _memory_lines("EPSG:32630", [[(0, 0), (100, 0)]])
    lights = _memory_points("EPSG:32630", [(50, 5)])
    incidents = _memory_points("EPSG:32630", [(10, 1), (20, 1)], "&field=day:string",
                               [("2023-01-01",), (None,)])
    results, feedback = run_algorithm(SEG, {"STREETS": streets, "LIGHTS": lights,
                                            "INCIDENTS": incidents, "DATE_FIELD": "day",
                                            "OUTPUT": str(tmp_path / "t.gpkg")})
    seg = _frame(results["OUTPUT"])
    assert seg["n_incidents"].iloc[0] == 2 and seg["n_no_time"].iloc[0] == 2
    assert "no time of day" in feedback.log
    empty = _memory_lines("EPSG:32630", [])
    with pytest.raises(QgsProcessingException, match="empty"):
        run_algorithm(SEG, {"STREETS": empty, "LIGHTS": lights, "INCIDENTS": incidents,
                            "OUTPUT": str(tmp_path / "e.gpkg")})


def test_segments_are_styled_when_loaded(qgis_app, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    streets = _memory_lines("EPSG:32630", [[(0, 0), (100, 0)], [(100, 0), (100, 100)]])
    lights = _memory_points("EPSG:32630", [(50, 5)])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults(SEG, {"STREETS": streets, "LIGHTS": lights, "INCIDENTS": lights,
                                       "OUTPUT": "TEMPORARY_OUTPUT"}, context=context)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        assert len(added) == 1
        renderer = added[0].renderer()
        assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "lit_share"
        assert len(renderer.ranges()) == 5
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])


def test_night_incidents_on_dark_segments_of_the_demo_city(audit, run_algorithm, tmp_path):
    """Planted: 2,000 extra night incidents on unlit streets -> rate ratio well above 1."""
    import csv

    results, _ = audit
    rr, feedback = run_algorithm("usm:incidentsvsenvironment", {
        "INPUT": results["OUTPUT"], "COUNT_FIELD": "n_night", "CONDITION_FIELD": "dark",
        "OPERATOR": 0, "VALUE": 1, "EXPOSURE_FIELD": "length_m", "GROUP_FIELD": "nbhd_id",
        "OUTPUT": str(tmp_path / "rr.csv")})
    assert rr["RATE_RATIO"] > 1.3 and rr["CI_LOW"] > 1.0 and rr["P_VALUE"] < 1e-6
    with open(tmp_path / "rr.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["group"] == "city" and len(rows) > 200
    assert "rate ratio" in feedback.log


def test_risk_terrain_on_the_demo_city(run_algorithm, demo_gpkg, tmp_path):
    import csv

    import rasterio

    empty = _memory_points("EPSG:32630", [])
    results, feedback = run_algorithm("usm:riskterrain", {
        "STUDY_AREA": _layer(demo_gpkg, "city_boundary"), "INCIDENTS": _layer(demo_gpkg, "incidents"),
        "FACTORS": [_layer(demo_gpkg, "transit_stops"), _layer(demo_gpkg, "police_posts"),
                    _layer(demo_gpkg, "public_space"), empty],
        "DISTANCES": "100,300", "BANDWIDTHS": "500", "CELL_SIZE": 150, "SEED": 3,
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "OUTPUT": str(tmp_path / "risk.tif"), "FACTOR_TABLE": str(tmp_path / "factors.csv"),
        "NEIGHBOURHOOD_OUTPUT": str(tmp_path / "risk_hoods.gpkg")})
    with rasterio.open(results["OUTPUT"]) as src:
        assert src.crs.to_epsg() == 32630 and src.res == (150.0, 150.0)
        band = src.read(1, masked=True)
        assert band.count() > 3000 and float(band.min()) > 0
    with open(tmp_path / "factors.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # 3 usable layers x 2 distances, plus density for the two point layers
    assert len(rows) == 3 * 2 + 2
    assert results["PAI"] > 1.0
    assert "is empty" in feedback.log
    hoods = _frame(results["NEIGHBOURHOOD_OUTPUT"])
    assert {"rr_mean", "rr_max", "rtm_cells", "name"} <= set(hoods.columns)
    assert (hoods["rr_max"].dropna() >= hoods["rr_mean"].dropna() - 1e-12).all()


def test_near_repeat_on_demo_burglaries(run_algorithm, demo_gpkg, tmp_path):
    """Planted: hot spot 3 is 650 burglaries in 2023 within ~350 m -> near repeats in 2023."""
    import csv

    from qgis.core import QgsVectorLayer

    import shutil

    copy = tmp_path / "demo_copy.gpkg"     # a layer opened by QGIS may write to its file
    shutil.copy(demo_gpkg, copy)
    layer = QgsVectorLayer(_layer(copy, "incidents"), "burglary", "ogr")
    layer.setSubsetString("category = 'burglary' AND occurred_at >= '2023-01-01'")
    assert layer.featureCount() > 500
    params = {"INPUT": layer, "DATE_FIELD": "occurred_at", "DISTANCE_BANDS": "100,200,400",
              "TIME_BANDS": "7,14,28", "PERMUTATIONS": 99, "SEED": 5,
              "OUTPUT": str(tmp_path / "knox.csv"), "HTML": str(tmp_path / "knox.html"),
              "CLASSIFIED": str(tmp_path / "classes.gpkg")}
    results, feedback = run_algorithm("usm:nearrepeat", params)
    with open(tmp_path / "knox.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 * 3
    assert rows[0]["distance_band"] == "same location (d <= 0 m)"
    assert rows[1]["time_band"] == "7 < t <= 14 days"
    near = [r for r in rows if r["distance_band"] == "0 < d <= 100 m" and r["time_band"] == "0 <= t <= 7 days"][0]
    assert float(near["knox_ratio"]) > 1.0
    assert "<table>" in (tmp_path / "knox.html").read_text(encoding="utf-8")
    classes = _frame(results["CLASSIFIED"])
    assert set(classes["nr_class"]) <= {"originator", "repeat", "near_repeat", "isolated"}
    assert "occurred_at" in classes.columns
    again, _ = run_algorithm("usm:nearrepeat", dict(params, OUTPUT=str(tmp_path / "k2.csv"),
                                                    HTML=None, CLASSIFIED=None))
    assert (tmp_path / "k2.csv").read_text() == (tmp_path / "knox.csv").read_text()
