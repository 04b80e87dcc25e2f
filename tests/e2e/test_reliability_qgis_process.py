"""Bad inputs through the real ``qgis_process`` command line, as a batch user meets them:
the run fails with exit code 1, the message names the problem, no Python traceback is
printed, no output file is left, the input files are unchanged."""

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from reliability_city import City  # noqa: E402


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return City(tmp_path_factory.mktemp("city_e2e"))


def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).iterdir()) if p.is_file()}


def _fails_cleanly(qgis_process, algorithm, arguments, *needles):
    done = qgis_process("run", f"usm:{algorithm}", "--",
                        *[f"{k}={v}" for k, v in arguments.items()], check=False)
    text = done.stdout + done.stderr
    assert done.returncode != 0, text
    assert "Traceback" not in text, text
    for needle in needles:
        assert needle in text, (needle, text)
    return text


def test_layer_without_crs(qgis_process, city, tmp_path):
    before = _hashes(city.folder)
    out = tmp_path / "counts.gpkg"
    _fails_cleanly(qgis_process, "aggregateincidents",
                   {"INCIDENTS": city.variant("nocrs_pts", "incidents", crs=None),
                    "NEIGHBOURHOODS": city.paths["hoods"], "NEIGHBOURHOOD_ID": "nbhd_id",
                    "OUTPUT": out, "ACCOUNTING": tmp_path / "acc.csv"},
                   "has no coordinate reference system")
    assert not out.exists() and not (tmp_path / "acc.csv").exists()
    assert {k: v for k, v in _hashes(city.folder).items() if k in before} == before


def test_output_over_the_input_geopackage(qgis_process, city, tmp_path):
    before = _hashes(city.folder)
    _fails_cleanly(qgis_process, "hotspots",
                   {"INPUT": city.paths["hoods"], "ID_FIELD": "nbhd_id", "FIELD": "value",
                    "PERMUTATIONS": 99, "OUTPUT": city.paths["hoods"].split("|")[0]},
                   "is the file that INPUT is read from")
    assert _hashes(city.folder) == before


def test_unwritable_table_output_and_mistyped_field(qgis_process, city, tmp_path):
    blocker = tmp_path / "file_not_folder"
    blocker.write_text("x")
    _fails_cleanly(qgis_process, "globalmoran",
                   {"INPUT": city.paths["hoods"], "ID_FIELD": "nbhd_id", "FIELD": "value",
                    "PERMUTATIONS": 99, "OUTPUT": blocker / "moran.csv"},
                   "Cannot write the output OUTPUT")
    _fails_cleanly(qgis_process, "globalmoran",
                   {"INPUT": city.paths["hoods"], "ID_FIELD": "nbhd_id", "FIELD": "valeu",
                    "PERMUTATIONS": 99, "OUTPUT": tmp_path / "moran.csv"},
                   "'valeu' is not in the layer")
    assert not (tmp_path / "moran.csv").exists()
