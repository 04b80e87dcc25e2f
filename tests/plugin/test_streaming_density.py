"""usm:kerneldensity reading a large layer in chunks (MEMORY_LIMIT_MB): the same raster,
cell for cell, as the whole read, on the file path and the QGIS feature path."""

import numpy as np
import pytest

ALG = "usm:kerneldensity"


def _raster(path):
    import rasterio

    with rasterio.open(str(path)) as raster:
        return raster.read(1), tuple(raster.transform)


@pytest.fixture
def small_chunks(monkeypatch):
    from urban_safety_monitor.usm_plugin import bridge

    def use(rows):
        monkeypatch.setattr(bridge, "MIN_CHUNK_ROWS", rows)
    return use


@pytest.mark.parametrize("weight", [None, "severity"])
def test_chunked_density_is_the_whole_density(run_algorithm, demo_gpkg, tmp_path, small_chunks,
                                              weight):
    params = {"INPUT": f"{demo_gpkg}|layername=incidents", "CELL_SIZE": 0, "RADIUS": 0}
    if weight:
        params["WEIGHT_FIELD"] = weight
    whole, whole_log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "whole.tif")))
    small_chunks(7001)
    chunked, log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "chunks.tif"),
                                           MEMORY_LIMIT_MB=1))
    assert "in chunks of 7,001" in log.log and "in chunks" not in whole_log.log
    # an automatic radius no longer keeps every coordinate: sums and a histogram of distances
    assert "three or four times" in log.log and "automatic radius" in log.log
    a, ta = _raster(tmp_path / "whole.tif")
    b, tb = _raster(tmp_path / "chunks.tif")
    assert ta == tb and a.shape == b.shape and a.max() > 0
    # binned sums added chunk by chunk: equal up to round-off (float32 output)
    np.testing.assert_allclose(b, a, rtol=1e-6, atol=1e-6 * float(a.max()))
    assert chunked["RADIUS_USED"] == pytest.approx(whole["RADIUS_USED"], rel=1e-9)
    assert chunked["RADIUS_RULE"] == whole["RADIUS_RULE"]
    assert chunked["RADIUS_RULE"].startswith("automatic")
    assert chunked["TOTAL"] == pytest.approx(whole["TOTAL"], rel=1e-12)


def test_an_automatic_radius_with_a_small_median_budget_is_the_same(
        run_algorithm, demo_gpkg, tmp_path, small_chunks, monkeypatch):
    """Forces the median distance through two histogram reads (few distances kept)."""
    from urban_safety_monitor.usm_plugin.core.stats import density

    params = {"INPUT": f"{demo_gpkg}|layername=incidents", "CELL_SIZE": 50,
              "WEIGHT_FIELD": "severity"}
    whole, _ = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "whole.tif")))
    small_chunks(2500)
    monkeypatch.setattr(density, "MAX_KEPT_DISTANCES", 5)
    monkeypatch.setattr(density, "MEDIAN_BINS", 64)
    chunked, log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "chunks.tif"),
                                           MEMORY_LIMIT_MB=1))
    assert "in chunks of 2,500" in log.log
    a, ta = _raster(tmp_path / "whole.tif")
    b, tb = _raster(tmp_path / "chunks.tif")
    assert ta == tb and a.max() > 0
    np.testing.assert_allclose(b, a, rtol=1e-6, atol=1e-6 * float(a.max()))
    assert chunked["RADIUS_USED"] == pytest.approx(whole["RADIUS_USED"], rel=1e-9)


def test_memory_layer_in_chunks(run_algorithm, demo_gpkg, tmp_path, small_chunks, qgis_app):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

    source = QgsVectorLayer(f"{demo_gpkg}|layername=incidents", "inc", "ogr")
    memory = source.materialize(QgsFeatureRequest().setFilterExpression(
        '"category" = \'robbery\''))
    QgsProject.instance().addMapLayer(memory)
    try:
        params = {"INPUT": memory.id(), "CELL_SIZE": 50, "RADIUS": 400}
        run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "whole.tif")))
        small_chunks(999)
        _, log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "chunks.tif"),
                                         MEMORY_LIMIT_MB=1))
        assert "in chunks of 999" in log.log
        np.testing.assert_array_equal(_raster(tmp_path / "whole.tif")[0],
                                      _raster(tmp_path / "chunks.tif")[0])
    finally:
        QgsProject.instance().removeMapLayer(memory.id())


def test_a_limit_that_is_not_positive_is_a_clear_error(run_algorithm, demo_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Memory limit .MB. must be a positive"):
        run_algorithm(ALG, {"INPUT": f"{demo_gpkg}|layername=incidents", "MEMORY_LIMIT_MB": 0,
                            "OUTPUT": str(tmp_path / "d.tif")})
    assert not (tmp_path / "d.tif").exists()


@pytest.mark.parametrize("weight", [None, "severity"])
def test_a_given_radius_reads_twice_and_keeps_only_the_grid(run_algorithm, demo_gpkg, tmp_path,
                                                            small_chunks, weight):
    params = {"INPUT": f"{demo_gpkg}|layername=incidents", "CELL_SIZE": 0, "RADIUS": 350}
    if weight:
        params["WEIGHT_FIELD"] = weight
    whole, whole_log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "whole.tif")))
    small_chunks(3001)
    chunked, log = run_algorithm(ALG, dict(params, OUTPUT=str(tmp_path / "chunks.tif"),
                                           MEMORY_LIMIT_MB=1))
    assert "twice in chunks of 3,001" in log.log and "in chunks" not in whole_log.log
    a, ta = _raster(tmp_path / "whole.tif")
    b, tb = _raster(tmp_path / "chunks.tif")
    assert ta == tb and a.shape == b.shape and a.max() > 0
    # binned sums added chunk by chunk: equal up to round-off (float32 output)
    np.testing.assert_allclose(b, a, rtol=1e-6, atol=1e-6 * float(a.max()))
    assert whole["RADIUS_USED"] == chunked["RADIUS_USED"] == 350
    assert chunked["TOTAL"] == pytest.approx(whole["TOTAL"], rel=1e-12)

    def told(text):  # what the user is told about the incidents, in order
        keys = ("left out", "MultiPoint", "share their exact", "treated as missing",
                "kernel, radius")
        return [line for line in text.splitlines() if any(k in line for k in keys)]
    assert told(log.log) == told(whole_log.log)
    assert any("kernel, radius" in line for line in told(log.log))
