"""usm:aggregateincidents in a real headless QGIS: accounting, boundary rule, CRS, selection, errors."""

import numpy as np
import pytest

ALG = "usm:aggregateincidents"


def _grid_layers(tmp_path, crs="EPSG:32630", points_crs=None, with_null_polygon=False):
    """A 3 x 3 grid of 1 km squares and points: interior ones, on edges, on vertices, outside, null."""
    import geopandas as gpd
    import shapely

    squares, ids = [], []
    for row in range(3):
        for col in range(3):
            x0, y0 = 440000 + col * 1000, 4470000 + row * 1000
            squares.append(shapely.box(x0, y0, x0 + 1000, y0 + 1000))
            ids.append(f"Q{row}{col}")
    if with_null_polygon:
        squares.append(None)
        ids.append("QNULL")
    polygons = gpd.GeoDataFrame({"code": ids, "population": [1000.0] * len(ids)},
                                geometry=squares, crs=crs)
    rng = np.random.default_rng(7)
    xy = np.column_stack([rng.uniform(440010, 442990, 300), rng.uniform(4470010, 4472990, 300)])
    xy = xy[(np.abs((xy[:, 0] - 440000) % 1000) > 1) & (np.abs((xy[:, 1] - 4470000) % 1000) > 1)]
    on_edges = np.array([[441000, 4470500], [441000, 4471500], [440500, 4471000], [442000, 4472500]])
    on_vertices = np.array([[441000, 4471000], [442000, 4472000]])
    outside = np.array([[439000, 4470000], [445000, 4475000]])
    geometry = list(shapely.points(np.vstack([xy, on_edges, on_vertices, outside]))) + [None, None]
    categories = rng.choice(["theft", "assault"], len(geometry))
    points = gpd.GeoDataFrame({"category": categories,
                               "occurred_at": ["2022-05-01 22:10"] * len(geometry)},
                              geometry=geometry, crs=crs)
    if points_crs:
        points = points.to_crs(points_crs)
    polygons_path, points_path = tmp_path / "areas.gpkg", tmp_path / "points.gpkg"
    polygons.to_file(polygons_path, layer="areas")
    points.to_file(points_path, layer="points")
    return str(polygons_path), str(points_path), len(xy)


def _accounting(results):
    from qgis.core import QgsVectorLayer

    table = QgsVectorLayer(results["ACCOUNTING"], "a", "ogr") if isinstance(results["ACCOUNTING"], str) \
        else results["ACCOUNTING"]
    return {f["item"]: int(f["count"]) for f in table.getFeatures()}


def _counts(results, field="n_total"):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["OUTPUT"], "o", "ogr") if isinstance(results["OUTPUT"], str) \
        else results["OUTPUT"]
    return {f["code"]: (None if f[field] is None or str(f[field]) == "NULL" else f[field])
            for f in layer.getFeatures()}


def _run(run_algorithm, polygons, points, tmp_path, context=None, **extra):
    parameters = {"INCIDENTS": points, "NEIGHBOURHOODS": polygons, "NEIGHBOURHOOD_ID": "code",
                  "CATEGORY_FIELD": "category", "DATE_FIELD": "occurred_at",
                  "OUTPUT": str(tmp_path / "out.gpkg"), "ACCOUNTING": str(tmp_path / "acc.gpkg")}
    parameters.update(extra)
    return run_algorithm(ALG, parameters, context=context)


def test_every_incident_accounted_and_boundary_points_counted_once(run_algorithm, tmp_path):
    polygons, points, n_interior = _grid_layers(tmp_path)
    results, feedback = _run(run_algorithm, polygons, points, tmp_path)
    accounting = _accounting(results)
    assert accounting["read"] == n_interior + 4 + 2 + 2 + 2
    assert accounting["outside"] == 2
    assert accounting["dropped_null_geometry"] == 2
    assert accounting["assigned"] == n_interior + 6
    assert accounting["on_shared_boundary"] == 6
    counts = _counts(results)
    assert sum(counts.values()) == accounting["assigned"]
    assert "read" in feedback.log and "on_shared_boundary" in feedback.log


def test_counts_equal_qgis_native_count_where_no_point_is_on_a_boundary(run_algorithm, tmp_path):
    import processing

    polygons, points, _ = _grid_layers(tmp_path)
    results, _ = _run(run_algorithm, polygons, points, tmp_path)
    ours = _counts(results)
    native = processing.run("native:countpointsinpolygon", {
        "POLYGONS": polygons, "POINTS": points, "FIELD": "native_n", "OUTPUT": "memory:"})["OUTPUT"]
    theirs = {f["code"]: f["native_n"] for f in native.getFeatures()}
    # Boundary points in the grid touch these squares only; elsewhere the counts must agree.
    touched = {"Q00", "Q01", "Q10", "Q11", "Q12", "Q21", "Q22", "Q02", "Q20"}
    untouched = set(ours) - touched
    for code in untouched:
        assert ours[code] == theirs[code], code
    # Native drops every boundary point: ours has exactly those 6 more.
    assert sum(ours.values()) - sum(theirs.values()) == 6


def test_incidents_in_another_crs_are_reprojected(run_algorithm, tmp_path):
    polygons, points, _ = _grid_layers(tmp_path)
    same, _ = _run(run_algorithm, polygons, points, tmp_path)
    (tmp_path / "wgs").mkdir()
    polygons84, points84, _ = _grid_layers(tmp_path / "wgs", points_crs="EPSG:4326")
    moved, feedback = _run(run_algorithm, polygons84, points84, tmp_path / "wgs")
    a, b = _counts(same), _counts(moved)
    # Reprojection moves boundary points off the boundary by ~1e-9 m: only their side may change.
    assert sum(a.values()) == sum(b.values())
    assert sum(abs(a[k] - b[k]) for k in a) <= 2 * 6
    assert "reprojected" in feedback.log


def test_memory_layer_and_selection_go_through_the_feature_path(run_algorithm, tmp_path, qgis_app):
    from qgis.core import (QgsFeatureRequest, QgsProcessingFeatureSourceDefinition, QgsProject,
                           QgsVectorLayer)

    polygons, points, _ = _grid_layers(tmp_path)
    layer = QgsVectorLayer(points, "points", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        ids = sorted(f.id() for f in layer.getFeatures())[:50]
        layer.selectByIds(ids)
        definition = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        results, _ = _run(run_algorithm, polygons, definition, tmp_path)
        accounting = _accounting(results)
        assert accounting["read"] == 50
        memory = layer.materialize(QgsFeatureRequest())
        (tmp_path / "mem").mkdir()
        from_memory, _ = _run(run_algorithm, polygons, memory, tmp_path / "mem")
        assert _accounting(from_memory)["read"] == layer.featureCount()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_null_neighbourhood_geometry_gives_null_values_not_zero(run_algorithm, tmp_path):
    polygons, points, _ = _grid_layers(tmp_path, with_null_polygon=True)
    results, feedback = _run(run_algorithm, polygons, points, tmp_path)
    counts = _counts(results)
    assert counts["QNULL"] is None
    assert "QNULL" in feedback.log


def test_layer_without_crs_is_a_clear_error(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    polygons, _, _ = _grid_layers(tmp_path)
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

    points = QgsVectorLayer("Point?field=category:string&field=occurred_at:string", "nocrs", "memory")
    points.setCrs(QgsCoordinateReferenceSystem())
    feature = QgsFeature(points.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(440500, 4470500)))
    points.dataProvider().addFeatures([feature])
    assert not points.crs().isValid()
    with pytest.raises(QgsProcessingException, match="(?i)CRS|coordinate reference"):
        _run(run_algorithm, polygons, points, tmp_path)


def test_rates_per_resident_and_smoothed_rates(run_algorithm, tmp_path):
    polygons, points, _ = _grid_layers(tmp_path)
    results, _ = _run(run_algorithm, polygons, points, tmp_path, POPULATION_FIELD="population",
                      RATE_PER=0)
    counts, rates = _counts(results), _counts(results, "rate_total")
    smoothed, density = _counts(results, "eb_rate_total"), _counts(results, "dens_total")
    for code, n in counts.items():
        assert rates[code] == pytest.approx(n * 1000 / 1000)  # 1,000 residents, per 1,000
        assert density[code] == pytest.approx(n / 1.0)  # 1 km2 squares
        assert smoothed[code] is not None


def test_demo_city_through_the_file_path(run_algorithm, demo_gpkg, tmp_path):
    results, feedback = run_algorithm(ALG, {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "CATEGORY_FIELD": "category", "DATE_FIELD": "occurred_at",
        "PERIODS": [0, 1, 2, 3], "DISAGGREGATE_FIELDS": ["victim_sex"],
        "OUTPUT": str(tmp_path / "demo.gpkg"), "ACCOUNTING": str(tmp_path / "demo_acc.csv")})
    accounting = _accounting(results)
    dropped = sum(v for k, v in accounting.items() if k.startswith("dropped"))
    assert accounting["read"] == accounting["assigned"] + accounting["outside"] + dropped
    assert "file path" in feedback.log or "(file path)" in feedback.log


def test_invalid_neighbourhood_follows_the_processing_setting(run_algorithm, tmp_path):
    """A bow-tie polygon: 'stop' is an error naming it, 'skip' drops and reports it."""
    import geopandas as gpd
    import shapely
    from qgis.core import QgsProcessingContext, QgsProcessingException

    from urban_safety_monitor.usm_plugin.qgis_compat import GeometryCheck

    polygons, points, _ = _grid_layers(tmp_path)
    frame = gpd.read_file(polygons)
    bow_tie = shapely.Polygon([(443500, 4470000), (444500, 4471000), (444500, 4470000),
                               (443500, 4471000)])
    frame.loc[len(frame)] = {"code": "BOWTIE", "population": 10.0, "geometry": bow_tie}
    frame = frame.set_crs("EPSG:32630", allow_override=True)
    invalid_path = str(tmp_path / "invalid.gpkg")
    frame.to_file(invalid_path, layer="areas")

    stop = QgsProcessingContext()
    stop.setInvalidGeometryCheck(GeometryCheck.ABORT_ON_INVALID)
    with pytest.raises(QgsProcessingException, match="invalid geometr"):
        _run(run_algorithm, invalid_path, points, tmp_path, context=stop)

    skip = QgsProcessingContext()
    skip.setInvalidGeometryCheck(GeometryCheck.SKIP_INVALID)
    results, feedback = _run(run_algorithm, invalid_path, points, tmp_path, context=skip)
    assert "BOWTIE" not in _counts(results)
    assert "invalid geometry skipped" in feedback.log


def test_output_is_styled_when_loaded_into_the_project(qgis_app, tmp_path):
    """Run as the toolbox does (results loaded into the project): the layer gets its style."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    polygons, points, _ = _grid_layers(tmp_path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults(ALG, {
        "INCIDENTS": points, "NEIGHBOURHOODS": polygons, "NEIGHBOURHOOD_ID": "code",
        "POPULATION_FIELD": "population", "OUTPUT": "TEMPORARY_OUTPUT",
        "ACCOUNTING": "TEMPORARY_OUTPUT"}, context=context)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        styled = [layer for layer in added if layer.type() == layer.VectorLayer and layer.isSpatial()]
        assert len(styled) == 1
        renderer = styled[0].renderer()
        assert renderer.type() == "graduatedSymbol"
        assert renderer.classAttribute() == "eb_rate_total"
        assert len(renderer.ranges()) >= 3
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])


def test_reading_without_pyarrow_gives_the_same_result(run_algorithm, tmp_path, monkeypatch):
    """pyarrow only speeds reading up: the plain pyogrio path must agree exactly."""
    from urban_safety_monitor.usm_plugin import bridge

    polygons, points, _ = _grid_layers(tmp_path)
    with_arrow, _ = _run(run_algorithm, polygons, points, tmp_path, DISAGGREGATE_FIELDS=["category"])
    monkeypatch.setattr(bridge, "_arrow_available", lambda: False)
    (tmp_path / "plain").mkdir()
    without, _ = _run(run_algorithm, polygons, points, tmp_path / "plain",
                      DISAGGREGATE_FIELDS=["category"])
    assert _accounting(with_arrow) == _accounting(without)
    for field in ("n_total", "n_cat_theft", "n_cat_assault"):
        assert _counts(with_arrow, field) == _counts(without, field)
