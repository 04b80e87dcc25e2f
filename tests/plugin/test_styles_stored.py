"""Outputs open styled anywhere: the style is stored with the file (GeoPackage layer_styles,
or a .qml beside a raster), not only applied when the toolbox loads the layer."""



def test_hot_spots_geopackage_opens_styled_in_a_fresh_layer(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    counts = str(tmp_path / "counts.gpkg")
    run_algorithm("usm:aggregateincidents", {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "OUTPUT": counts, "ACCOUNTING": "TEMPORARY_OUTPUT"})
    out = str(tmp_path / "hot.gpkg")
    run_algorithm("usm:hotspots", {"INPUT": counts, "ID_FIELD": "nbhd_id", "FIELD": "n_total",
                                   "PERMUTATIONS": 99, "OUTPUT": out})
    layer = QgsVectorLayer(out, "fresh", "ogr")  # not loaded by Processing: a fresh open
    assert layer.isValid()
    assert layer.renderer().type() == "categorizedSymbol"
    labels = [c.label() for c in layer.renderer().categories()]
    assert any("Hot spot" in label for label in labels)
    counts_layer = QgsVectorLayer(counts, "fresh", "ogr")
    assert counts_layer.renderer().type() == "graduatedSymbol"


def test_density_raster_opens_styled(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsRasterLayer

    out = str(tmp_path / "density.tif")
    run_algorithm("usm:kerneldensity", {"INPUT": f"{demo_gpkg}|layername=incidents",
                                        "CELL_SIZE": 200, "RADIUS": 600, "OUTPUT": out})
    assert (tmp_path / "density.qml").exists()
    layer = QgsRasterLayer(out, "fresh")
    assert layer.renderer().type() == "singlebandpseudocolor"
    assert layer.renderer().classificationMax() > 0
