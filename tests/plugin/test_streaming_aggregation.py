"""usm:aggregateincidents reading the incidents in chunks (MEMORY_LIMIT_MB): the same output
table and accounting as a whole read, on the file path and the QGIS feature path; bad limits
and a cancelled stream."""

import pytest

ALG = "usm:aggregateincidents"


def _table(path):
    import pyogrio

    return pyogrio.read_dataframe(path, read_geometry=False)


def _params(demo_gpkg, out_dir, **extra):
    parameters = {
        "INCIDENTS": f"{demo_gpkg}|layername=incidents",
        "NEIGHBOURHOODS": f"{demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID": "nbhd_id", "CATEGORY_FIELD": "category", "DATE_FIELD": "occurred_at",
        "PERIODS": [0, 1, 2, 3], "DISAGGREGATE_FIELDS": ["victim_sex", "victim_age_group"],
        "WEIGHT_FIELD": "severity",
        "OUTPUT": str(out_dir / "out.gpkg"), "ACCOUNTING": str(out_dir / "acc.csv"),
        "FIELD_NAMES": str(out_dir / "names.csv")}
    parameters.update(extra)
    return parameters


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of a few thousand incidents whatever the layer (the floor of the chunk size)."""
    from urban_safety_monitor.usm_plugin import bridge

    def use(rows):
        monkeypatch.setattr(bridge, "MIN_CHUNK_ROWS", rows)
    return use


def test_chunked_run_gives_the_whole_result(run_algorithm, demo_gpkg, tmp_path, small_chunks):
    import pandas as pd

    whole_dir, chunk_dir = tmp_path / "whole", tmp_path / "chunks"
    whole_dir.mkdir()
    chunk_dir.mkdir()
    _, whole_log = run_algorithm(ALG, _params(demo_gpkg, whole_dir))
    small_chunks(4999)
    _, chunk_log = run_algorithm(ALG, _params(demo_gpkg, chunk_dir, MEMORY_LIMIT_MB=1))
    assert "in chunks of 4,999 (file path)" in chunk_log.log
    assert "in chunks" not in whole_log.log
    pd.testing.assert_frame_equal(_table(whole_dir / "out.gpkg"), _table(chunk_dir / "out.gpkg"),
                                  check_exact=True)
    assert (whole_dir / "acc.csv").read_text() == (chunk_dir / "acc.csv").read_text()
    assert (whole_dir / "names.csv").read_text() == (chunk_dir / "names.csv").read_text()
    # the warnings too (minus the line saying how the layer was read)
    def warnings(log):
        return [line for line in log.lines if "incidents" in line and "chunks" not in line
                and not line.startswith(("Read ", "Reading ", "Provenance"))]
    assert warnings(whole_log) == warnings(chunk_log)


def test_memory_layer_in_tiny_chunks_through_the_feature_path(run_algorithm, demo_gpkg,
                                                             tmp_path, small_chunks, qgis_app):
    import pandas as pd
    from qgis.core import QgsProject, QgsVectorLayer

    source = QgsVectorLayer(f"{demo_gpkg}|layername=incidents", "inc", "ogr")
    source.selectByExpression('"category" IN (\'homicide\', \'sexual_violence\')')
    memory = source.materialize(_request_selected(source))
    QgsProject.instance().addMapLayer(memory)
    try:
        whole_dir, chunk_dir = tmp_path / "whole", tmp_path / "chunks"
        whole_dir.mkdir()
        chunk_dir.mkdir()
        run_algorithm(ALG, _params(demo_gpkg, whole_dir, INCIDENTS=memory.id()))
        small_chunks(97)
        _, log = run_algorithm(ALG, _params(demo_gpkg, chunk_dir, INCIDENTS=memory.id(),
                                            MEMORY_LIMIT_MB=1))
        assert "in chunks of 97 (features path)" in log.log
        pd.testing.assert_frame_equal(_table(whole_dir / "out.gpkg"),
                                      _table(chunk_dir / "out.gpkg"), check_exact=True)
        assert (whole_dir / "acc.csv").read_text() == (chunk_dir / "acc.csv").read_text()
    finally:
        QgsProject.instance().removeMapLayer(memory.id())


def _request_selected(layer):
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds())


@pytest.mark.parametrize("limit", [0, -100])
def test_a_limit_that_is_not_positive_is_a_clear_error(run_algorithm, demo_gpkg, tmp_path, limit):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Memory limit .MB. must be a positive"):
        run_algorithm(ALG, _params(demo_gpkg, tmp_path, MEMORY_LIMIT_MB=limit))
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "acc.csv").exists()


def test_cancel_in_the_middle_of_the_stream_writes_nothing(qgis_app, demo_gpkg, tmp_path,
                                                           small_chunks):
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeedback, QgsProject)

    class CancelHalfWay(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 30:
                self.cancel()

    small_chunks(4999)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = CancelHalfWay()
    with pytest.raises(QgsProcessingException):
        processing.run(ALG, _params(demo_gpkg, tmp_path, MEMORY_LIMIT_MB=1), context=context,
                       feedback=feedback)
    assert feedback.isCanceled()
    assert not any(tmp_path.iterdir()), list(tmp_path.iterdir())
