"""usm:batchmonitor in a real headless QGIS: bad configuration, cancellation, Dask from QGIS.

The successful run with planted truth is the case tests/cases/batchmonitor_two_cities.yaml;
the figures against the core and a Dask run are in tests/batch.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "cases" / "data" / "batch_monitor.toml"


def _run(parameters, feedback=None):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("usm:batchmonitor", parameters, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def test_bad_configuration_is_a_clear_error(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "bad.toml"
    bad.write_text('output_folder = "o"\n[defaults]\nyaers = [2023]\n')
    with pytest.raises(QgsProcessingException) as caught:
        _run({"CONFIG": str(bad), "SUMMARY": str(tmp_path / "s.csv")})
    message = str(caught.value)
    assert "did you mean 'years'?" in message and "Traceback" not in message
    assert not (tmp_path / "s.csv").exists()


def test_cancelled_run_says_what_is_complete(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="no summary table was written"):
        _run({"CONFIG": str(CONFIG), "OUTPUT_FOLDER": str(tmp_path / "out"),
              "SUMMARY": str(tmp_path / "s.csv")}, feedback)
    assert not (tmp_path / "s.csv").exists()
    assert not list((tmp_path / "out").glob("*.gpkg"))


def test_dask_from_qgis_gives_the_same_summary(qgis_app, tmp_path):
    pytest.importorskip("distributed")
    import pandas as pd

    single = _run({"CONFIG": str(CONFIG), "OUTPUT_FOLDER": str(tmp_path / "a"),
                   "SUMMARY": str(tmp_path / "a.csv")})
    on_dask = _run({"CONFIG": str(CONFIG), "OUTPUT_FOLDER": str(tmp_path / "b"),
                    "SUMMARY": str(tmp_path / "b.csv"), "DASK_SCHEDULER": "local:1"})
    assert (single["CITY_YEARS"], single["FAILED"]) == (on_dask["CITY_YEARS"],
                                                        on_dask["FAILED"]) == (4, 2)
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "a.csv"), pd.read_csv(tmp_path / "b.csv"))


def test_bad_scheduler_is_a_clear_error(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="is not a Dask scheduler"):
        _run({"CONFIG": str(CONFIG), "OUTPUT_FOLDER": str(tmp_path / "o"),
              "SUMMARY": str(tmp_path / "s.csv"), "DASK_SCHEDULER": "my cluster"})
