"""The batch monitor in one process: planted truth, the core run directly, failures, exit codes."""

import numpy as np
import pandas as pd
import pytest

from urban_safety_monitor.usm_plugin.batch.__main__ import main
from urban_safety_monitor.usm_plugin.batch.config import load_config
from urban_safety_monitor.usm_plugin.batch.runner import SUMMARY_COLUMNS, run_batch
from urban_safety_monitor.usm_plugin.core.runtime import Cancelled, InputError


def _read(path, layer="neighbourhoods"):
    import pyogrio

    return pyogrio.read_dataframe(str(path), layer=layer)


@pytest.fixture(scope="module")
def single_run(tmp_path_factory, two_cities):
    from urban_safety_monitor.usm_plugin.batch.config import parse_config

    folder = tmp_path_factory.mktemp("single")
    raw = {"output_folder": str(folder / "out"),
           "defaults": {"id_field": "nbhd_id", "population_field": "population",
                        "category_field": "category", "date_field": "occurred_at",
                        "years": [2022, 2023]},
           "cities": [{"name": c.name, "neighbourhoods": str(c.neighbourhoods),
                       "neighbourhoods_layer": "neighbourhoods", "incidents": str(c.incidents),
                       **({"incidents_layer": c.incidents_layer} if c.incidents_layer else {})}
                      for c in two_cities]}
    config = parse_config(raw, base=folder)
    lines = []
    result = run_batch(config, log=lines.append)
    return config, result, lines


def test_counts_and_accounting_match_the_planted_truth(single_run, two_cities):
    config, result, _ = single_run
    summary = result.summary.set_index(["city", "year"])
    assert list(result.summary.columns) == list(SUMMARY_COLUMNS)
    assert result.failed == 0 and len(summary) == 4
    for city in two_cities:
        for year, truth in city.truth.items():
            row = summary.loc[(city.name, year)]
            planted = sum(truth.values())
            assert (row["read"], row["assigned"], row["outside"], row["dropped"]) == \
                (planted + 5, planted, 3, 2)
            assert row["undated"] == 5
            assert row["rate"] == pytest.approx(planted / (64 * 1000) * 100_000, rel=1e-12)
            out = _read(config.output_folder + "/" + row["output"]).set_index("nbhd_id")
            assert out["n_total"].to_dict() == truth
            assert (out["district"].notna()).all()  # the input fields are kept
            accounting = _read(config.output_folder + "/" + row["output"], "accounting")
            assert dict(zip(accounting["item"], accounting["count"]))["assigned"] == planted


def test_hot_spots_are_the_planted_block(single_run, two_cities):
    config, result, _ = single_run
    for city in two_cities:
        out = _read(f"{config.output_folder}/{city.name.lower().replace(' ', '_')}_2023.gpkg")
        hot = set(out.loc[out["Gi_Bin"] > 0, "nbhd_id"])
        assert city.hot_ids <= hot, hot
        assert hot - city.hot_ids <= {f"{city.ids[0][0]}{i:02d}" for i in
                                      (3, 11, 19, 24, 25, 26, 27)}  # the block's queen ring
        row = result.summary.set_index(["city", "year"]).loc[(city.name, 2023)]
        assert row["hot_spots"] == len(hot)


def test_figures_equal_the_core_run_directly(single_run, two_cities):
    """aggregate_incidents and LocalGetisOrd called by hand on the year's incidents."""
    import geopandas as gpd

    from urban_safety_monitor.usm_plugin.core.dates import parse_dates
    from urban_safety_monitor.usm_plugin.core.indices.change import compare_periods
    from urban_safety_monitor.usm_plugin.core.joins.aggregation import aggregate_incidents
    from urban_safety_monitor.usm_plugin.core.stats.autocorrelation import LocalGetisOrd
    from urban_safety_monitor.usm_plugin.core.stats.weights import build_weights

    config, _, _ = single_run
    city = two_cities[1]  # GeoParquet incidents in EPSG:4326
    areas = gpd.read_file(city.neighbourhoods, layer="neighbourhoods")
    incidents = gpd.read_parquet(city.incidents).to_crs(areas.crs)
    years = parse_dates(incidents["occurred_at"])[0].dt.year
    tables = {}
    for year in (2022, 2023):
        agg = aggregate_incidents(incidents[(years == year).to_numpy()],
                                  areas[["nbhd_id", "population", "geometry"]], "nbhd_id",
                                  category_field="category", population_field="population")
        tables[year] = agg.table
        out = _read(f"{config.output_folder}/city_b_{year}.gpkg")
        for column in ("n_total", "n_cat_theft", "n_cat_assault", "rate_total", "eb_rate_total",
                       "area_km2", "dens_total"):
            np.testing.assert_array_equal(out[column].to_numpy(float),
                                          agg.table[column].to_numpy(float), err_msg=column)
        gi = LocalGetisOrd(agg.table["eb_rate_total"].to_numpy(float),
                           build_weights(areas, "queen", ids=areas["nbhd_id"].to_numpy()),
                           transform="binary", permutations=0, inference="norm", fdr=True)
        np.testing.assert_array_equal(out["GiZ"].to_numpy(float), gi.z)
        np.testing.assert_array_equal(out["Gi_Bin"].to_numpy(float), gi.bins)
    change = compare_periods(pd.DataFrame({"a": tables[2022]["n_total"],
                                           "b": tables[2023]["n_total"]}), ["a", "b"])
    out = _read(f"{config.output_folder}/city_b_2023.gpkg")
    np.testing.assert_array_equal(out["p_value"].to_numpy(float),
                                  change.table["p_value"].to_numpy(float))
    assert list(out["change_class"]) == list(change.table["change_class"])
    assert "p_value" not in _read(f"{config.output_folder}/city_b_2022.gpkg").columns


def test_log_has_a_line_per_city_year(single_run):
    _, _, lines = single_run
    assert any(line.startswith("City A 2022:") and "-> city_a_2022.gpkg" in line
               for line in lines)
    assert "4 of 4 city-years written" in lines[-1]


def test_one_failing_city_is_reported_and_the_others_written(tmp_path, two_cities, make_config,
                                                             capsys):
    broken = ('[[cities]]\nname = "Broken"\nid_field = "no_such_id"\n'
              f'neighbourhoods = "{two_cities[0].neighbourhoods}"\n'
              'neighbourhoods_layer = "neighbourhoods"\n'
              f'incidents = "{two_cities[0].incidents}"\nincidents_layer = "incidents"\n'
              '[[cities]]\nname = "No 2030"\nyears = [2023, 2030]\n'
              f'neighbourhoods = "{two_cities[0].neighbourhoods}"\n'
              'neighbourhoods_layer = "neighbourhoods"\n'
              f'incidents = "{two_cities[0].incidents}"\nincidents_layer = "incidents"\n')
    path = make_config(tmp_path / "m.toml", two_cities[:1], extra_cities=broken)
    assert main([str(path), "--quiet"]) == 1
    summary = pd.read_csv(tmp_path / "out" / "summary.csv")
    status = dict(zip(summary["city"] + " " + summary["year"].astype(str), summary["status"]))
    assert status == {"City A 2022": "warning", "City A 2023": "warning",
                      "Broken 2022": "failed", "Broken 2023": "failed",
                      "No 2030 2023": "warning", "No 2030 2030": "failed"}
    messages = summary.set_index(summary["city"] + " " + summary["year"].astype(str))["message"]
    assert "'no_such_id' not found" in messages["Broken 2022"]
    assert "no incident of No 2030 is dated in this year" in messages["No 2030 2030"]
    written = sorted(p.name for p in (tmp_path / "out").glob("*.gpkg"))
    assert written == ["city_a_2022.gpkg", "city_a_2023.gpkg", "no_2030_2023.gpkg"]
    assert "FAILED" in capsys.readouterr().out


def test_exit_codes_and_bad_configuration(tmp_path, config_file, capsys):
    assert main([str(config_file), "--quiet"]) == 0
    (tmp_path / "bad.toml").write_text('output_folder = "o"\n[[cities]]\nnmae = "x"\n')
    assert main([str(tmp_path / "bad.toml")]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'name'?" in err and "Traceback" not in err
    assert main([str(config_file), "--partitions", "-1"]) == 2


def test_unwritable_output_folder(tmp_path, config_file):
    blocker = tmp_path / "file"
    blocker.write_text("")
    config = load_config(config_file, output_folder=str(blocker / "sub"))
    with pytest.raises(InputError, match="cannot be written"):
        run_batch(config)


def test_cancel_between_city_years_writes_no_summary(tmp_path, config_file):
    config = load_config(config_file, output_folder=str(tmp_path / "cancelled"))
    calls = []

    def should_stop():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        run_batch(config, should_stop=should_stop)
    assert not (tmp_path / "cancelled" / "summary.csv").exists()
    assert not list((tmp_path / "cancelled").glob(".*partial*"))


def test_inputs_are_not_modified(tmp_path, two_cities, config_file):
    import hashlib

    def digest(path):
        return hashlib.sha256(path.read_bytes()).hexdigest()

    before = {p: digest(p) for c in two_cities for p in (c.neighbourhoods, c.incidents)}
    run_batch(load_config(config_file, output_folder=str(tmp_path / "again")))
    assert before == {p: digest(p) for p in before}
