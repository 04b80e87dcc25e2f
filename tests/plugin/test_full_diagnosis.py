"""usm:fulldiagnosis on the demo city: every step's layer, styled, in one GeoPackage, a
neighbourhood summary equal to the step layers, and a rerun from the provenance record
that reproduces every layer."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

LAYERS = ["neighbourhoods_census", "incident_counts", "hot_spots", "clusters_outliers",
          "emerging_hot_spots", "sdg_indicators", "typologies", "risk_index", "change_periods",
          "target_path", "survey_shares", "street_segments", "street_audit_neighbourhoods",
          "infrastructure_police_posts", "infrastructure_schools", "neighbourhood_summary"]


def _parameters(demo_gpkg, folder, name):
    layer = f"{demo_gpkg}|layername="
    return {
        "NEIGHBOURHOODS": f"{layer}neighbourhoods", "NEIGHBOURHOOD_ID": "nbhd_id",
        "INCIDENTS": f"{layer}incidents", "CATEGORY_FIELD": "category",
        "DATE_FIELD": "occurred_at", "CENSUS": f"{layer}census_units",
        "CENSUS_ID": "census_id", "CENSUS_COUNTS": ["population", "households"],
        "CENSUS_RATES": ["income_mean", "unemployment_rate"], "POPULATION_FIELD": "population",
        "STOPS": f"{layer}transit_stops", "CAPACITY_FIELD": "capacity",
        "PUBLIC_SPACE": f"{layer}public_space", "OPEN_FIELD": "open_public",
        "STREETS": f"{layer}streets", "LIGHTS": f"{layer}street_lights",
        "LIGHT_FIELD": "working", "LAND_USE": f"{layer}land_use", "LAND_USE_FIELD": "land_use",
        "SURVEY": f"{layer}survey_respondents", "SURVEY_FIELDS": ["feels_unsafe_night"],
        "FACILITIES": [f"{layer}police_posts", f"{layer}schools"],
        "PERMUTATIONS": 99, "TYPOLOGY_RUNS": 5, "INDEX_RUNS": 20,
        "OUTPUT_GPKG": str(folder / f"{name}.gpkg"), "OUTPUT_FOLDER": str(folder / name)}


@pytest.fixture(scope="module")
def diagnosis(qgis_app, demo_gpkg, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("diagnosis")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = dict(_parameters(demo_gpkg, folder, "diagnosis"),
                      PROVENANCE=str(folder / "diagnosis.json"))
    results = processing.run("usm:fulldiagnosis", parameters, context=context,
                             feedback=QgsProcessingFeedback())
    return results, folder


def _frame(path, layer):
    import geopandas as gpd

    return gpd.read_file(path, layer=layer)


def test_every_layer_is_written_and_opens_styled(diagnosis):
    from qgis.core import QgsVectorLayer

    results, folder = diagnosis
    for name in LAYERS:
        layer = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        if name != "street_segments":
            assert layer.featureCount() == 250, name
        assert layer.renderer().type() in ("categorizedSymbol", "graduatedSymbol",
                                           "RuleRenderer"), (name, layer.renderer().type())
    reports = folder / "diagnosis"
    for name in ("incident_density.tif", "incident_density.qml", "incident_accounting.csv",
                 "census_totals.csv", "sdg_city_summary.csv", "typology_summary.html",
                 "index_report.csv", "change_city.csv", "target_city_path.csv",
                 "survey_accounting.csv", "street_audit_accounting.csv",
                 "provenance_chain.json"):
        assert (reports / name).stat().st_size > 0, name
    chain = json.loads((reports / "provenance_chain.json").read_text())
    assert [r["algorithm"] for r in chain["steps"]][:2] == ["usm:interpolatecensus",
                                                             "usm:aggregateincidents"]
    assert chain["skipped"] == []
    assert not [f for f in os.listdir(folder) if "usm_part" in f or "usm-part" in f]


def test_hot_spots_use_the_smoothed_rate(diagnosis):
    from qgis.core import QgsVectorLayer

    results, _ = diagnosis
    counts = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername=incident_counts", "c", "ogr")
    assert "eb_rate_total" in counts.fields().names()
    hot = QgsVectorLayer(f"{results['OUTPUT_GPKG']}|layername=hot_spots", "h", "ogr")
    bins = {f["Gi_Bin"] for f in hot.getFeatures()}
    assert 3 in bins  # the demo city's planted hot spots


def test_summary_equals_the_step_layers(diagnosis):
    """Each summary field holds the value of the step layer that made it, row by row
    (joined here independently, by id, with pandas)."""
    results, _ = diagnosis
    gpkg = results["OUTPUT_GPKG"]
    summary = _frame(gpkg, "neighbourhood_summary").set_index("nbhd_id")
    assert len(summary) == 250 and summary.index.is_unique
    checks = {"incident_counts": ["n_total", "n_y2021", "n_y2023", "rate_total", "eb_rate_total",
                                  "n_cat_homicide", "population"],
              "hot_spots": ["GiZ", "Gi_Bin"], "clusters_outliers": ["LMI_Type"],
              "emerging_hot_spots": ["pattern"], "typologies": ["type_id", "type_name"],
              "risk_index": ["index", "rank", "index_lo", "index_hi"],
              "change_periods": ["pct_change", "change_code"], "target_path": ["track_code"],
              "sdg_indicators": ["sdg1121", "sdg1171_access"],
              "survey_shares": ["share_feels_unsafe_night", "ci_low_feels_unsafe_night",
                                "ci_high_feels_unsafe_night", "n_resp"],
              "street_audit_neighbourhoods": ["lit_share", "max_dark_gap_m", "night_dark_share"],
              "infrastructure_police_posts": ["police_posts_count", "police_posts_near_m"]}
    for layer, fields in checks.items():
        step = _frame(gpkg, layer).set_index("nbhd_id").reindex(summary.index)
        for field in fields:
            a, b = summary[field], step[field]
            if a.dtype.kind in "fi" or b.dtype.kind in "fi":
                np.testing.assert_allclose(a.astype(float), b.astype(float), equal_nan=True,
                                           err_msg=f"{layer}.{field}")
            else:
                assert a.fillna("<null>").tolist() == b.fillna("<null>").tolist(), field
    # the planted structure shows through the summary
    assert summary.loc["N146", "n_y2023"] > 3 * summary.loc["N146", "n_y2021"]
    assert summary["n_resp"].sum() > 2900 and summary["type_id"].notna().all()
    assert "src_units" not in summary.columns  # census diagnostics stay in their own layer


FRESH_QGIS = r"""
import sys
from qgis.core import QgsApplication, QgsRasterLayer, QgsVectorLayer
from osgeo import ogr
app = QgsApplication([], False)
app.setPrefixPath("/usr", True)
app.initQgis()
gpkg, tif = sys.argv[1], sys.argv[2]
dataset = ogr.Open(gpkg)
names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
for name in names:
    if name == "layer_styles":
        continue
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    print(name, layer.isValid(), layer.renderer().type() if layer.renderer() else None)
raster = QgsRasterLayer(tif, "density")
print("incident_density.tif", raster.isValid(), raster.renderer().type())
"""


def test_a_fresh_qgis_opens_every_layer_styled(diagnosis, tmp_path):
    """A new headless QGIS process (no plugin, no post-processor) opens every layer of the
    package with a non-default renderer: the styles travel inside the GeoPackage."""
    results, folder = diagnosis
    script = tmp_path / "fresh.py"
    script.write_text(FRESH_QGIS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    done = subprocess.run([sys.executable, str(script), results["OUTPUT_GPKG"],
                           str(folder / "diagnosis" / "incident_density.tif")],
                          capture_output=True, text=True, env=env, timeout=120)
    lines = [l.split() for l in done.stdout.splitlines() if l.strip()]
    seen = {name: (valid, renderer) for name, valid, renderer in lines}
    assert set(LAYERS) <= set(seen), done.stdout + done.stderr
    for name, (valid, renderer) in seen.items():
        assert valid == "True", name
        assert renderer not in ("singleSymbol", "singlebandgray", "None"), (name, renderer)


def test_rerun_from_the_provenance_record_reproduces_every_layer(diagnosis, tmp_path):
    import processing
    import rasterio

    results, folder = diagnosis
    record = json.loads((folder / "diagnosis.json").read_text())
    assert record["algorithm"] == "usm:fulldiagnosis" and record["parameters"]["SEED"] == 12345
    again = dict(record["parameters"], OUTPUT_GPKG=str(tmp_path / "again.gpkg"),
                 OUTPUT_FOLDER=str(tmp_path / "again"))
    processing.run(record["algorithm"], again)
    for name in LAYERS:
        a, b = _frame(results["OUTPUT_GPKG"], name), _frame(again["OUTPUT_GPKG"], name)
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry")), name
        assert (a.geometry.to_wkb() == b.geometry.to_wkb()).all(), name
    with rasterio.open(folder / "diagnosis" / "incident_density.tif") as first, \
            rasterio.open(tmp_path / "again" / "incident_density.tif") as second:
        assert np.array_equal(first.read(), second.read())
    for table in ("typology_profiles.csv", "index_sensitivity.csv", "change_city.csv"):
        assert (folder / "diagnosis" / table).read_bytes() == \
            (tmp_path / "again" / table).read_bytes(), table


def test_cancel_in_a_late_step_leaves_no_package(qgis_app, demo_gpkg, tmp_path):
    """Cancelled when the typology step starts (after eight steps wrote their layers): no
    GeoPackage, no staged part file."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeedback, QgsProject)

    class CancelAtTypologies(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            if info.startswith("== typologies"):
                self.cancel()
            super().pushInfo(info)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = _parameters(demo_gpkg, tmp_path, "cancelled")
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        processing.run("usm:fulldiagnosis", parameters, context=context,
                       feedback=CancelAtTypologies())
    assert not (tmp_path / "cancelled.gpkg").exists()
    assert not [f for f in os.listdir(tmp_path) if "usm_part" in f or "usm-part" in f]
