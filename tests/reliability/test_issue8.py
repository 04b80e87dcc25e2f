"""The cases of issue 8 not already covered row by row: what the user sees is what is counted
(unsaved edits, filters, selections), a locked file, skipped neighbourhoods accounted for,
cancellation while writing, a new layer in an input GeoPackage."""

import numpy as np
import pytest

from reliability_city import (N, SIDE, X0, Y0, accounting, base_parameters, file_hashes,
                              output_files, read_output)


def _layer(uri):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "layer", "ogr")
    assert layer.isValid(), uri
    return layer


# ---------------------------------------------------------------- unsaved edits, filter, selection
POINT_CASES = {
    "aggregateincidents": ("INCIDENTS", "incidents"),
    "kerneldensity": ("INPUT", "incidents"),
    "optimizedhotspots": ("INPUT", "incidents"),
    "emerginghotspots": ("INPUT", "incidents"),
    "aggregatesurvey": ("RESPONDENTS", "respondents"),
    "infrastructureindicators": ("LAYER", "lights"),
}


def _count_seen(algorithm, parameters, results, log):
    """How many point features the run saw, from its outputs."""
    if algorithm in ("aggregateincidents", "aggregatesurvey"):
        return accounting(parameters["ACCOUNTING"])["read"]
    if algorithm == "kerneldensity":
        return int(round(results["TOTAL"]))
    if algorithm == "optimizedhotspots":
        return int(log.split("incidents read: ")[1].split()[0])
    if algorithm == "emerginghotspots":
        return int(log.split("Incidents: ")[1].split()[0])
    return int(log.split(" of ")[1].split()[0])   # infrastructure: "k of n features have ..."


@pytest.mark.parametrize("algorithm", sorted(POINT_CASES))
def test_unsaved_edits_are_what_is_counted(algorithm, city, run_algorithm, tmp_path):
    import pyogrio

    key, role = POINT_CASES[algorithm]
    path = city.paths[role].split("|")[0]
    on_disk = pyogrio.read_dataframe(path)
    others = {k: v for k, v in file_hashes(city.folder).items() if not k.startswith(path)}
    layer = _layer(city.paths[role])
    total = layer.featureCount()
    assert layer.startEditing()
    doomed = [f.id() for f in layer.getFeatures()][: total // 2]
    assert layer.deleteFeatures(doomed)
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters[key] = layer
    results, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    layer.rollBack()
    assert _count_seen(algorithm, parameters, results, feedback.log) == total - len(doomed)
    # the file itself: same features (QGIS's editing session may switch its journal mode)
    assert pyogrio.read_dataframe(path).equals(on_disk)
    assert {k: v for k, v in file_hashes(city.folder).items() if not k.startswith(path)} == others


def test_unsaved_edits_on_the_neighbourhoods_are_what_is_written(city, run_algorithm, tmp_path):
    layer = _layer(city.paths["hoods"])
    assert layer.startEditing()
    first = next(layer.getFeatures()).id()
    assert layer.deleteFeature(first)
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["NEIGHBOURHOODS"] = layer
    run_algorithm("usm:aggregateincidents", parameters)
    layer.rollBack()
    table = read_output(parameters["OUTPUT"])
    assert len(table) == city.n_hoods - 1 and "N00" not in set(table["nbhd_id"])
    assert accounting(parameters["ACCOUNTING"])["outside"] > 0   # N00's incidents now outside


def test_filtered_and_selected_layers_are_what_is_counted(city, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition

    parameters = base_parameters("aggregateincidents", city, tmp_path / "filter")
    parameters["INCIDENTS"] = city.paths["incidents"] + "|subset=\"category\" = 'theft'"
    run_algorithm("usm:aggregateincidents", parameters)
    thefts = city.incident_attributes["category"].count("theft")
    assert accounting(parameters["ACCOUNTING"])["read"] == thefts

    layer = _layer(city.paths["incidents"])
    layer.selectByIds([f.id() for f in layer.getFeatures()][:17])
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer)
    try:
        parameters = base_parameters("aggregateincidents", city, tmp_path / "selection")
        parameters["INCIDENTS"] = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        run_algorithm("usm:aggregateincidents", parameters)
        assert accounting(parameters["ACCOUNTING"])["read"] == 17
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# ---------------------------------------------------------------- a locked file
@pytest.mark.parametrize("algorithm", ["aggregateincidents", "kerneldensity", "hotspots"])
def test_a_file_the_fast_reader_cannot_open_is_read_through_qgis(algorithm, city, run_algorithm,
                                                                 tmp_path, monkeypatch):
    """A GeoPackage locked by another program makes pyogrio fail: the run says so, reads
    through QGIS, and gives the same numbers."""
    from urban_safety_monitor.usm_plugin import bridge

    clean = base_parameters(algorithm, city, tmp_path / "clean")
    run_algorithm(f"usm:{algorithm}", clean)

    def locked(*args, **kwargs):
        raise OSError("database is locked")

    monkeypatch.setattr(bridge, "_read_columns_arrow", locked)
    monkeypatch.setattr(bridge, "_read_columns_raw", locked)
    parameters = base_parameters(algorithm, city, tmp_path / "locked")
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "database is locked" in feedback.log and "reading through QGIS instead" in feedback.log
    for a, b in zip(output_files(clean), output_files(parameters)):
        x, y = read_output(a), read_output(b)
        if isinstance(x, np.ndarray):
            np.testing.assert_allclose(x, y)
        else:
            assert x.equals(y), algorithm


# ---------------------------------------------------------------- skipped neighbourhoods
def test_incidents_in_skipped_neighbourhoods_are_accounted_for(city, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingContext

    from urban_safety_monitor.usm_plugin.qgis_compat import GeometryCheck

    x0, y0 = X0 + 2 * SIDE, Y0 + 2 * SIDE       # N12
    x1, y1 = x0 + SIDE, y0 + SIDE
    geometries = list(city.hood_geometries)
    geometries[12] = f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["NEIGHBOURHOODS"] = city.variant("bowtie_skip", "hoods", geometries=geometries)
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(GeometryCheck.SKIP_INVALID)
    _, feedback = run_algorithm("usm:aggregateincidents", parameters, context=context)
    import shapely

    xy = city.incident_xy
    in_square = (xy[:, 0] > x0) & (xy[:, 0] < x1) & (xy[:, 1] > y0) & (xy[:, 1] < y1)
    # the bow-tie covers two of the square's four triangles; the other two are in no polygon
    bow_tie = shapely.make_valid(shapely.from_wkt(geometries[12]))
    in_bow_tie = shapely.contains_xy(bow_tie, xy[:, 0], xy[:, 1])
    acc = accounting(parameters["ACCOUNTING"])
    assert in_bow_tie.sum() > 0
    assert acc["in_skipped_neighbourhood"] == int(in_bow_tie.sum()), acc
    assert acc["outside"] == int((in_square & ~in_bow_tie).sum()), acc
    assert acc["assigned"] + acc["in_skipped_neighbourhood"] + acc["outside"] == acc["read"]
    assert "N12" in feedback.log
    table = read_output(parameters["OUTPUT"])
    assert "N12" not in set(table["nbhd_id"]) and len(table) == N * N - 1


# ---------------------------------------------------------------- cancellation while writing
def test_cancelling_at_any_check_leaves_all_outputs_or_none(city, run_with, tmp_path):
    """Cancel at the k-th cancellation check, for every k of a clean run, including the
    checks made while writing the two outputs of the aggregation."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CountingFeedback(QgsProcessingFeedback):
        def __init__(self, cancel_at=None):
            super().__init__()
            self.checks, self.cancel_at = 0, cancel_at

        def isCanceled(self):  # noqa: N802
            self.checks += 1
            if self.cancel_at is not None and self.checks >= self.cancel_at:
                self.cancel()
            return super().isCanceled()

    counting = CountingFeedback()
    run_with("aggregateincidents", base_parameters("aggregateincidents", city, tmp_path / "c"),
             counting)
    assert counting.checks >= 3
    outcomes = set()
    for k in range(1, counting.checks + 1):
        out = tmp_path / f"k{k}"
        parameters = base_parameters("aggregateincidents", city, out)
        try:
            run_with("aggregateincidents", parameters, CountingFeedback(cancel_at=k))
        except QgsProcessingException as error:
            assert "Cancelled" in str(error)
            assert list(out.iterdir()) == [], (k, list(out.iterdir()))
            outcomes.add("cancelled")
            continue
        outcomes.add("complete")
        assert sorted(p.name for p in out.iterdir()) == ["accounting.csv", "counts.gpkg"], k
        assert accounting(parameters["ACCOUNTING"])["read"] == city.n_incidents
    assert "cancelled" in outcomes


# ---------------------------------------------------------------- a new layer in an input file
def test_a_new_layer_may_be_added_to_an_input_geopackage_without_touching_its_layers(
        city, run_algorithm, tmp_path):
    import pyogrio

    from reliability_city import write_layer

    gpkg = tmp_path / "both.gpkg"
    hoods = write_layer(gpkg, "hoods", city.hood_geometries, city.hood_attributes)
    incidents = write_layer(gpkg, "incidents", city.incident_geometries, city.incident_attributes)
    parameters = base_parameters("aggregateincidents", city, tmp_path / "out")
    parameters.update(NEIGHBOURHOODS=hoods, INCIDENTS=incidents,
                      OUTPUT=f"ogr:dbname='{gpkg}' table=\"counts\" (geom)")
    run_algorithm("usm:aggregateincidents", parameters)
    layers = {name for name, _ in pyogrio.list_layers(str(gpkg))}
    # the new layer, and its style in the layer_styles table; the input layers untouched
    assert layers - {"layer_styles"} == {"hoods", "incidents", "counts"}
    assert len(pyogrio.read_dataframe(str(gpkg), layer="incidents")) == city.n_incidents
    assert len(pyogrio.read_dataframe(str(gpkg), layer="counts")) == city.n_hoods
