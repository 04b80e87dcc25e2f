"""usm:infrastructureindicators, usm:populationcoverage and usm:sdgindicators in a real
headless QGIS on the demo city.

References: the QGIS-free core run on the same layers read with geopandas (the
algorithms must only move data, not change results), the demo city's planted
truth (dark areas), and hand-made layers for the bad-input cases.
"""

from pathlib import Path

import numpy as np
import pytest

RASTER = str(Path(__file__).resolve().parents[2] / "sample_layers" / "population_100m.tif")


def _layer(gpkg, name):
    return f"{gpkg}|layername={name}"


def _values(output, id_field, fields):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(output, "o", "ogr") if isinstance(output, str) else output
    assert layer.isValid()
    rows = {}
    for f in layer.getFeatures():
        rows[f[id_field]] = [None if f[k] is None or str(f[k]) == "NULL" else f[k] for k in fields]
    return rows


@pytest.fixture(scope="module")
def demo_frames(demo_gpkg):
    import geopandas as gpd

    return {name: gpd.read_file(demo_gpkg, layer=name)
            for name in ("neighbourhoods", "street_lights", "streets", "police_posts",
                         "transit_stops", "public_space", "planted_truth")}


def test_points_with_flag_dark_areas_and_accounting(run_algorithm, demo_gpkg, demo_frames, tmp_path):
    results, feedback = run_algorithm("usm:infrastructureindicators", {
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "LAYER": _layer(demo_gpkg, "street_lights"), "FLAG_FIELD": "working",
        "POPULATION_RASTER": RASTER, "PREFIX": "light",
        "OUTPUT": str(tmp_path / "lights.gpkg")})
    rows = _values(results["OUTPUT"], "nbhd_id",
                   ["light_count", "light_per_km2", "light_near_m", "light_centre", "name"])
    assert len(rows) == len(demo_frames["neighbourhoods"])
    assert all(r[4] is not None for r in rows.values())  # the user's own fields are kept
    lights = demo_frames["street_lights"]
    working = int((lights["working"] == 1).sum())
    outside = working - int(sum(r[0] for r in rows.values()))
    assert f"city outside: {outside}\n" in feedback.log
    truth = demo_frames["planted_truth"].set_index("nbhd_id")["dark_area"]
    dark = [rows[k][1] for k in rows if truth.get(k) == 1]
    lit = [rows[k][1] for k in rows if truth.get(k) == 0]
    assert np.median(dark) < 0.5 * np.median(lit)
    assert {r[3] for r in rows.values()} <= {"population", "centroid"}
    assert "population" in {r[3] for r in rows.values()}


def test_lines_match_the_core(run_algorithm, demo_gpkg, demo_frames, tmp_path):
    from urban_safety_monitor.usm_plugin.core.joins.infrastructure import line_indicators

    results, _ = run_algorithm("usm:infrastructureindicators", {
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "LAYER": _layer(demo_gpkg, "streets"), "FLAG_FIELD": "lit", "PREFIX": "street",
        "OUTPUT": str(tmp_path / "streets.gpkg")})
    rows = _values(results["OUTPUT"], "nbhd_id", ["street_km", "street_flag_share"])
    core = line_indicators(demo_frames["neighbourhoods"], "nbhd_id", demo_frames["streets"],
                           flag_field="lit").table.set_index("nbhd_id")
    got = np.array([rows[k][0] for k in core.index])
    np.testing.assert_allclose(got, core["length_km"].to_numpy(), rtol=1e-9)
    share = np.array([np.nan if rows[k][1] is None else rows[k][1] for k in core.index])
    np.testing.assert_allclose(share, core["lit_share"].to_numpy(), rtol=1e-9)


def test_network_coverage_matches_the_core(run_algorithm, demo_gpkg, demo_frames, tmp_path):
    from urban_safety_monitor.usm_plugin.core.joins.infrastructure import population_from_raster
    from urban_safety_monitor.usm_plugin.core.network.coverage import population_coverage
    from urban_safety_monitor.usm_plugin.core.network.street_network import build_street_graph

    results, feedback = run_algorithm("usm:populationcoverage", {
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "FACILITIES": _layer(demo_gpkg, "police_posts"), "DISTANCE": 1000.0, "METHOD": 1,
        "STREETS": _layer(demo_gpkg, "streets"), "POPULATION_RASTER": RASTER,
        "OUTPUT": str(tmp_path / "cov.gpkg")})
    rows = _values(results["OUTPUT"], "nbhd_id", ["cov_pop", "cov_covered", "cov_share"])
    graph = build_street_graph(demo_frames["streets"])
    core = population_coverage(demo_frames["neighbourhoods"], "nbhd_id",
                               population_from_raster(RASTER), demo_frames["police_posts"],
                               distance=1000.0, method="network", graph=graph)
    table = core.table.set_index("nbhd_id")
    for key in table.index:
        want = table.loc[key, "share"]
        got = rows[key][2]
        assert (got is None) == bool(np.isnan(want))
        if got is not None:
            assert got == pytest.approx(want, rel=1e-9)
            assert 0.0 <= got <= 1.0
    assert "disconnected pieces" in feedback.log
    assert "no residents" in feedback.log
    assert f"share {core.city_share:.3f}" in feedback.log


def test_census_coverage_and_bad_inputs(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    base = {"NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
            "FACILITIES": _layer(demo_gpkg, "schools"), "DISTANCE": 800.0,
            "OUTPUT": str(tmp_path / "c.gpkg")}
    results, _ = run_algorithm("usm:populationcoverage", {
        **base, "METHOD": 0, "POPULATION_POLYGONS": _layer(demo_gpkg, "census_units"),
        "POPULATION_POLYGON_FIELD": "population"})
    rows = _values(results["OUTPUT"], "nbhd_id", ["cov_pop", "cov_share"])
    # census units partition the city: all their residents land in some neighbourhood
    import geopandas as gpd
    census_total = gpd.read_file(demo_gpkg, layer="census_units")["population"].sum()
    assert sum(r[0] for r in rows.values()) == pytest.approx(census_total, rel=1e-9)
    shares = [r[1] for r in rows.values() if r[1] is not None]
    assert shares and all(0.0 <= v <= 1.0 for v in shares)
    with pytest.raises(QgsProcessingException, match="street network"):
        run_algorithm("usm:populationcoverage", {**base, "METHOD": 1, "POPULATION_RASTER": RASTER})
    with pytest.raises(QgsProcessingException, match="population"):
        run_algorithm("usm:populationcoverage", {**base, "METHOD": 0})


def test_geographic_neighbourhoods_are_measured_in_utm(run_algorithm, demo_gpkg, demo_frames,
                                                       tmp_path):
    wgs = demo_frames["neighbourhoods"].to_crs("EPSG:4326")
    path = tmp_path / "nb_wgs84.gpkg"
    wgs.to_file(path, layer="nb")
    params = {"NEIGHBOURHOOD_ID": "nbhd_id", "LAYER": _layer(demo_gpkg, "police_posts"),
              "PREFIX": "pol"}
    geo, feedback = run_algorithm("usm:infrastructureindicators", {
        **params, "NEIGHBOURHOODS": f"{path}|layername=nb", "OUTPUT": str(tmp_path / "g.gpkg")})
    assert "local projection EPSG:32630" in feedback.log
    proj, _ = run_algorithm("usm:infrastructureindicators", {
        **params, "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"),
        "OUTPUT": str(tmp_path / "p.gpkg")})
    a = _values(geo["OUTPUT"], "nbhd_id", ["pol_count", "pol_per_km2", "pol_near_m"])
    b = _values(proj["OUTPUT"], "nbhd_id", ["pol_count", "pol_per_km2", "pol_near_m"])
    for key in b:
        assert a[key][0] == b[key][0]
        assert a[key][1] == pytest.approx(b[key][1], rel=1e-4)
        assert a[key][2] == pytest.approx(b[key][2], rel=1e-4, abs=0.5)


def test_sdg_indicators_match_the_core(run_algorithm, demo_gpkg, demo_frames, tmp_path):
    from qgis.core import QgsVectorLayer

    from urban_safety_monitor.usm_plugin.core.network import sdg
    from urban_safety_monitor.usm_plugin.core.joins.infrastructure import population_from_raster
    from urban_safety_monitor.usm_plugin.core.network.street_network import build_street_graph

    results, feedback = run_algorithm("usm:sdgindicators", {
        "NEIGHBOURHOODS": _layer(demo_gpkg, "neighbourhoods"), "NEIGHBOURHOOD_ID": "nbhd_id",
        "POPULATION_RASTER": RASTER, "STOPS": _layer(demo_gpkg, "transit_stops"),
        "CAPACITY_FIELD": "capacity", "PUBLIC_SPACE": _layer(demo_gpkg, "public_space"),
        "OPEN_FIELD": "open_public", "STREETS": _layer(demo_gpkg, "streets"),
        "OUTPUT": str(tmp_path / "sdg.gpkg"), "CITY": str(tmp_path / "city.gpkg")})
    rows = _values(results["OUTPUT"], "nbhd_id", ["sdg1121", "sdg1171_space", "sdg1171_access"])
    pop = population_from_raster(RASTER)
    graph = build_street_graph(demo_frames["streets"])
    nb = demo_frames["neighbourhoods"]
    t = sdg.sdg_11_2_1(nb, "nbhd_id", pop, demo_frames["transit_stops"], capacity_field="capacity",
                       graph=graph)
    s = sdg.sdg_11_7_1(nb, "nbhd_id", pop, demo_frames["public_space"], open_field="open_public",
                       graph=graph)
    for k, key in enumerate(t.table["nbhd_id"]):
        for got, want in ((rows[key][0], t.table["sdg_11_2_1"][k]),
                          (rows[key][1], s.table["space_share"][k]),
                          (rows[key][2], s.table["access_share"][k])):
            if np.isnan(want):
                assert got is None
            else:
                assert got == pytest.approx(want, rel=1e-9)
    city_layer = QgsVectorLayer(results["CITY"], "c", "ogr")
    city = {f["indicator"]: f["value"] for f in city_layer.getFeatures()}
    assert city["sdg_11_2_1"] == pytest.approx(t.city["sdg_11_2_1"], rel=1e-9)
    assert city["sdg_11_7_1_access_share"] == pytest.approx(s.city["access_share"], rel=1e-9)
    assert "approximation" in feedback.log


def test_help_documents_every_output_field(qgis_app):
    from qgis.core import QgsApplication

    for alg_id, fields in (("usm:infrastructureindicators", ["<prefix>_near_m"]),
                           ("usm:populationcoverage", ["cov_share"]),
                           ("usm:sdgindicators", ["sdg1121", "sdg1171_access"])):
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        assert alg is not None, alg_id
        text = alg.shortHelpString()
        for name in fields:
            assert name.replace("<", "&lt;").replace(">", "&gt;") in text
