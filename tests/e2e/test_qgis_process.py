"""End to end: the packaged plugin installed into a fresh profile and run with qgis_process."""

import csv
import json
from pathlib import Path

# The qgis_process fixture (packaged plugin, throw-away profile) is in tests/e2e/conftest.py.


def test_algorithms_are_listed(qgis_process):
    listing = qgis_process("list").stdout
    assert "usm:aggregateincidents" in listing


def test_help_documents_the_parameters(qgis_process):
    text = qgis_process("help", "usm:aggregateincidents").stdout
    for key in ("INCIDENTS", "NEIGHBOURHOODS", "NEIGHBOURHOOD_ID", "ACCOUNTING"):
        assert key in text


def test_aggregate_incidents_on_demo_city(qgis_process, demo_gpkg, tmp_path):
    output = tmp_path / "counts.gpkg"
    accounting = tmp_path / "accounting.csv"
    done = qgis_process(
        "--json", "run", "usm:aggregateincidents", "--",
        f"INCIDENTS={demo_gpkg}|layername=incidents",
        f"NEIGHBOURHOODS={demo_gpkg}|layername=neighbourhoods",
        "NEIGHBOURHOOD_ID=nbhd_id", "CATEGORY_FIELD=category", "DATE_FIELD=occurred_at",
        "PERIODS=0", f"OUTPUT={output}", f"ACCOUNTING={accounting}")
    result = json.loads(done.stdout)
    assert Path(result["results"]["OUTPUT"].split("|")[0]).exists()
    with open(accounting, newline="", encoding="utf-8") as handle:
        rows = {row["item"]: int(row["count"]) for row in csv.DictReader(handle)}
    dropped = sum(v for k, v in rows.items() if k.startswith("dropped"))
    assert rows["read"] == rows["assigned"] + rows["outside"] + dropped
    assert rows["read"] >= 50000 and rows["outside"] > 0 and dropped > 0
    assert rows["on_shared_boundary"] > 0

    import pyogrio

    counts = pyogrio.read_dataframe(output)
    assert int(counts["n_total"].sum()) == rows["assigned"]
    assert {"n_y2021", "n_y2022", "n_y2023"} <= set(counts.columns)
    assert counts.crs.to_epsg() == 32630
