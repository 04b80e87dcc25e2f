"""Provenance: every algorithm can write how its outputs were made, and the record reruns."""

import json


def test_record_reruns_to_identical_outputs(run_algorithm, demo_gpkg, tmp_path):
    import geopandas as gpd
    import processing

    counts = str(tmp_path / "counts.gpkg")
    run_algorithm("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "OUTPUT": counts, "ACCOUNTING": "TEMPORARY_OUTPUT"})
    record_path = tmp_path / "hot.json"
    first = str(tmp_path / "hot.gpkg")
    results, feedback = run_algorithm("usm:hotspots", {
        "INPUT": counts, "ID_FIELD": "nbhd_id", "FIELD": "n_total", "PERMUTATIONS": 199,
        "SEED": 7, "OUTPUT": first, "PROVENANCE": str(record_path)})
    record = json.loads(record_path.read_text())
    assert record["algorithm"] == "usm:hotspots" and record["parameters"]["SEED"] == 7
    assert record["inputs"][0]["features"] == 250 and len(record["inputs"][0]["sha256"]) == 64
    assert {"numpy", "shapely", "geos", "python"} <= set(record["libraries"])
    assert "Provenance:" in feedback.log
    again = dict(record["parameters"], OUTPUT=str(tmp_path / "again.gpkg"))
    processing.run(record["algorithm"], again)
    a = gpd.read_file(first).drop(columns="geometry")
    b = gpd.read_file(again["OUTPUT"]).drop(columns="geometry")
    assert a.equals(b), "a rerun from the provenance record differs"


def test_record_is_stored_in_the_geopackage_metadata(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "census.gpkg")
    run_algorithm("usm:interpolatecensus", {
        "CENSUS": f"{demo_gpkg}|layername=census_units", "CENSUS_ID": "census_id",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "EXTENSIVE_FIELDS": ["population"], "OUTPUT": out,
        "TOTALS": "TEMPORARY_OUTPUT", "DIAGNOSTICS": "TEMPORARY_OUTPUT"})
    layer = QgsVectorLayer(out, "fresh", "ogr")
    assert "usm:interpolatecensus" in layer.metadata().abstract()
