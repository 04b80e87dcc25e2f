"""The batch monitor on a local Dask cluster gives exactly the outputs of a run in one process.

Skipped when dask, distributed or dask-geopandas are not installed (they are optional).
"""

import sys

import pandas as pd
import pytest

pytest.importorskip("distributed")
try:
    import dask_geopandas  # noqa: F401
except ImportError as error:  # not installed, or refusing to load (Debian sid's shapely reports 0+unknown)
    pytest.skip(f"dask-geopandas is not usable here: {error}", allow_module_level=True)

from urban_safety_monitor.usm_plugin.batch.__main__ import main  # noqa: E402
from urban_safety_monitor.usm_plugin.batch.config import load_config  # noqa: E402
from urban_safety_monitor.usm_plugin.batch.distributed import (  # noqa: E402
    DaskEngine, parse_scheduler, require_dask)
from urban_safety_monitor.usm_plugin.batch.runner import run_batch  # noqa: E402
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError  # noqa: E402


@pytest.fixture(scope="module")
def engine():
    """Two workers as threads of this process: starts in a second."""
    with DaskEngine("local:2", processes=False) as engine:
        yield engine


@pytest.fixture(scope="module")
def reference(tmp_path_factory, two_cities, config_writer):
    """The one-process run of the two cities (the outputs every Dask run must equal)."""
    folder = tmp_path_factory.mktemp("reference")
    config = load_config(config_writer(folder / "monitor.toml", two_cities))
    return config, run_batch(config, output_folder=str(folder / "single"))


def _layers(path):
    import pyogrio

    return {name: pyogrio.read_dataframe(str(path), layer=name) for name, _ in
            pyogrio.list_layers(str(path))}


def assert_same_outputs(first, second):
    """Summaries equal, and every city-year's layers equal, geometry included."""
    pd.testing.assert_frame_equal(first.summary, second.summary)
    written = first.summary["output"].dropna()
    assert len(written) == 4
    for name in written:
        a, b = _layers(f"{first.output_folder}/{name}"), _layers(f"{second.output_folder}/{name}")
        assert a.keys() == b.keys() == {"neighbourhoods", "accounting"}
        for layer in a:
            pd.testing.assert_frame_equal(a[layer], b[layer], check_exact=True, obj=f"{name}:{layer}")


def test_one_task_per_city_year_is_identical(reference, engine, tmp_path):
    config, single = reference
    lines = []
    on_dask = run_batch(config, output_folder=str(tmp_path), engine=engine, log=lines.append)
    assert_same_outputs(single, on_dask)
    assert any(line.startswith("City B 2023:") for line in lines)


@pytest.mark.parametrize("shuffle", [True, False])
def test_spatial_partitions_are_identical(reference, engine, tmp_path, shuffle):
    from dataclasses import replace

    config, single = reference
    config = config.with_partitions(3)
    config = replace(config, cities=tuple(replace(c, spatial_shuffle=shuffle)
                                          for c in config.cities))
    on_dask = run_batch(config, output_folder=str(tmp_path), engine=engine)
    assert_same_outputs(single, on_dask)


def test_failures_are_reported_the_same_way(tmp_path, engine, two_cities, make_config):
    extra = ('[[cities]]\nname = "No 2030"\nyears = [2023, 2030]\npartitions = 2\n'
             f'neighbourhoods = "{two_cities[0].neighbourhoods}"\n'
             'neighbourhoods_layer = "neighbourhoods"\n'
             f'incidents = "{two_cities[0].incidents}"\nincidents_layer = "incidents"\n'
             '[[cities]]\nname = "Bad field"\ncategory_field = "kind"\n'
             f'neighbourhoods = "{two_cities[1].neighbourhoods}"\n'
             'neighbourhoods_layer = "neighbourhoods"\n'
             f'incidents = "{two_cities[1].incidents}"\n')
    config = load_config(make_config(tmp_path / "m.toml", [], extra_cities=extra))
    single = run_batch(config, output_folder=str(tmp_path / "single"))
    on_dask = run_batch(config, output_folder=str(tmp_path / "dask"), engine=engine)
    pd.testing.assert_frame_equal(single.summary, on_dask.summary)
    assert list(on_dask.summary["status"]) == ["warning", "failed", "failed", "failed"]
    assert "'kind' not found" in on_dask.summary["message"].iloc[2]


def test_cancel_while_waiting_for_the_cluster(reference, tmp_path):
    config, _ = reference
    with DaskEngine("local:1", processes=False) as engine:
        with pytest.raises(Cancelled):
            run_batch(config, output_folder=str(tmp_path), engine=engine,
                      should_stop=lambda: True)
        assert engine.client is None  # the cluster was shut down, its tasks cancelled


def test_command_line_with_a_worker_process(reference, tmp_path, two_cities, make_config):
    """A real worker process (it imports the plugin by name; shuffled partitions come back
    as geometries) through the command line."""
    _, single = reference
    path = make_config(tmp_path / "one.toml", two_cities[1:], extra_defaults="years = [2023]")
    path.write_text(path.read_text().replace("years = [2022, 2023]\n", ""))
    assert main([str(path), "--dask", "local:1", "--partitions", "2", "--output", str(tmp_path),
                 "--quiet"]) == 0
    summary = pd.read_csv(tmp_path / "summary.csv")
    expected = pd.read_csv(f"{single.output_folder}/summary.csv")
    expected = expected[(expected["city"] == "City B") & (expected["year"] == 2023)]
    expected["compared_with"] = float("nan")  # one year run: nothing to compare with
    pd.testing.assert_frame_equal(summary, expected.reset_index(drop=True), check_dtype=False)


def test_scheduler_text():
    assert parse_scheduler("local") == ("local", None)
    assert parse_scheduler(" local:4 ") == ("local", 4)
    assert parse_scheduler("10.0.0.5:8786") == ("tcp://10.0.0.5:8786", None)
    for bad, text in (("", "is empty"), ("local:0", "at least 1"), ("local:x", "whole number"),
                      ("cluster", "is not a Dask scheduler")):
        with pytest.raises(InputError, match=text):
            parse_scheduler(bad)


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskEngine("tcp://127.0.0.1:9", connect_timeout="1s")


def test_missing_dask_explains_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask_geopandas", None)  # import fails
    with pytest.raises(InputError) as caught:
        require_dask(partitioned=True)
    assert "missing: dask_geopandas" in str(caught.value)
    assert "pip install" in str(caught.value) and "dask-geopandas" in str(caught.value)
    require_dask(partitioned=False)  # tasks per city-year need no dask-geopandas


def test_partitions_are_spatially_compact_and_keep_every_incident(reference, engine,
                                                                  two_cities):
    from dataclasses import replace

    import dask
    import shapely

    from urban_safety_monitor.usm_plugin.batch.monitor import read_neighbourhoods
    from urban_safety_monitor.usm_plugin.batch.partitioned import incident_frame

    config, _ = reference
    city = replace(config.with_partitions(4).cities[0], spatial_shuffle=True)
    crs = read_neighbourhoods(city).analysis.crs
    with engine.client.as_current():
        parts = dask.compute(*incident_frame(city, crs).to_delayed())
    assert len(parts) == 4
    # every incident once: per year the planted ones, 3 outside and 2 null; 5 undated
    truth = two_cities[0].truth
    assert sum(len(p) for p in parts) == sum(sum(t.values()) + 5 for t in truth.values()) + 5
    assert sum(int(p.geometry.isna().sum()) for p in parts) == 4
    located = [p.geometry.dropna().values for p in parts]
    city_area = shapely.box(*shapely.total_bounds(shapely.union_all(
        [shapely.multipoints(g) for g in located]))).area
    for points in located:  # a Hilbert segment covers part of the city, not all of it
        assert shapely.box(*shapely.total_bounds(points)).area < 0.6 * city_area
