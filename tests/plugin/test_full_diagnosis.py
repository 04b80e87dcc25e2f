"""usm:fulldiagnosis on the demo city: every step's layer, styled, in one GeoPackage."""

import json
import os

import pytest


@pytest.fixture(scope="module")
def diagnosis(qgis_app, demo_gpkg, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("diagnosis")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run("usm:fulldiagnosis", {
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods", "NEIGHBOURHOOD_ID": "nbhd_id",
        "INCIDENTS": f"{demo_gpkg}|layername=incidents", "CATEGORY_FIELD": "category",
        "DATE_FIELD": "occurred_at", "CENSUS": f"{demo_gpkg}|layername=census_units",
        "CENSUS_ID": "census_id", "CENSUS_COUNTS": ["population", "households"],
        "CENSUS_RATES": ["income_mean"], "POPULATION_FIELD": "population",
        "STOPS": f"{demo_gpkg}|layername=transit_stops", "CAPACITY_FIELD": "capacity",
        "PUBLIC_SPACE": f"{demo_gpkg}|layername=public_space", "OPEN_FIELD": "open_public",
        "PERMUTATIONS": 99,
        "OUTPUT_GPKG": str(folder / "diagnosis.gpkg"), "OUTPUT_FOLDER": str(folder / "reports")},
        context=context, feedback=QgsProcessingFeedback())
    return results, folder


def test_every_layer_is_written_and_opens_styled(diagnosis):
    from qgis.core import QgsVectorLayer

    results, folder = diagnosis
    layers = ["neighbourhoods_census", "incident_counts", "hot_spots", "clusters_outliers",
              "emerging_hot_spots", "sdg_indicators"]
    for name in layers:
        layer = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        assert layer.featureCount() == 250, name
        assert layer.renderer().type() in ("categorizedSymbol", "graduatedSymbol",
                                           "RuleRenderer"), (name, layer.renderer().type())
    reports = folder / "reports"
    for name in ("incident_density.tif", "incident_density.qml", "incident_accounting.csv",
                 "census_totals.csv", "sdg_city_summary.csv", "provenance_chain.json"):
        assert (reports / name).exists(), name
    chain = json.loads((reports / "provenance_chain.json").read_text())
    assert [r["algorithm"] for r in chain["steps"]][:2] == ["usm:interpolatecensus",
                                                             "usm:aggregateincidents"]
    assert not [f for f in os.listdir(folder) if "usm_part" in f or "usm-part" in f]


def test_hot_spots_use_the_smoothed_rate(diagnosis):
    from qgis.core import QgsVectorLayer

    results, _ = diagnosis
    counts = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername=incident_counts", "c", "ogr")
    assert "eb_rate_total" in counts.fields().names()
    hot = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername=hot_spots", "h", "ogr")
    bins = {f["Gi_Bin"] for f in hot.getFeatures()}
    assert 3 in bins  # the demo city's planted hot spots
