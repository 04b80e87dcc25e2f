"""The batch configuration: every problem of a file reported at once, clearly."""

import json

import pytest

from urban_safety_monitor.usm_plugin.batch.config import ConfigError, load_config, parse_config


def _city(tmp_path, **extra):
    gpkg = tmp_path / "x.gpkg"
    gpkg.write_bytes(b"")  # exists; the configuration does not open files
    city = {"name": "Town", "neighbourhoods": str(gpkg), "incidents": str(gpkg),
            "id_field": "id", "date_field": "when", "years": [2022, 2023]}
    city.update(extra)
    return city


def _problems(raw, tmp_path):
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, base=tmp_path)
    return str(caught.value)


def test_a_good_configuration_with_defaults_and_overrides(tmp_path):
    raw = {"output_folder": "out", "defaults": {"rate_per": 1000, "years": [2021]},
           "cities": [_city(tmp_path, years=[2023, 2022]), _city(tmp_path, name="Other")]}
    del raw["cities"][1]["years"]  # from the defaults
    config = parse_config(raw, base=tmp_path)
    town, other = config.cities
    assert town.years == (2022, 2023) and other.years == (2021,)
    assert town.rate_per == other.rate_per == 1000.0
    assert town.slug == "town" and town.output_name(2022) == "town_2022.gpkg"
    assert config.output_folder == str(tmp_path / "out")
    assert [(c.name, y) for c, y in config.city_years] == [("Town", 2022), ("Town", 2023),
                                                           ("Other", 2021)]
    assert config.with_partitions(4).cities[0].partitions == 4


def test_unknown_keys_suggest_the_nearest(tmp_path):
    raw = {"output_folder": "o", "defualts": {},
           "cities": [_city(tmp_path, popluation_field="pop")]}
    message = _problems(raw, tmp_path)
    assert "unknown key 'defualts'; did you mean 'defaults'?" in message
    assert "unknown key 'popluation_field'; did you mean 'population_field'?" in message
    assert "cities[0] ('Town')" in message


def test_missing_keys_files_and_bad_years_are_all_listed(tmp_path):
    bad_years = _city(tmp_path, name="B", years=[2022, "2023", 1850])
    missing = _city(tmp_path, name="C")
    del missing["id_field"]
    no_file = _city(tmp_path, name="D", incidents=str(tmp_path / "nowhere.gpkg"))
    message = _problems({"cities": [bad_years, missing, no_file]}, tmp_path)
    assert "4 problem(s)" in message
    assert "output_folder: missing" in message
    assert "years must be whole numbers from 1900 to 2100; got '2023', 1850" in message
    assert "cities[1] ('C'): missing key 'id_field'" in message
    assert "nowhere.gpkg' not found" in message


@pytest.mark.parametrize("change, text", [
    ({"years": []}, "years is empty"),
    ({"years": [2022, 2022]}, "years [2022] given more than once"),
    ({"years": 2022.5}, "'years' must be list or int"),
    ({"rate_per": 0}, "rate_per must be positive"),
    ({"weights": "queens"}, "weights must be one of queen"),
    ({"smooth_rates": "yes"}, "'smooth_rates' must be bool"),
    ({"permutations": -1}, "permutations must be at least 0"),
    ({"periods": ["year"]}, "unknown period(s) ['year']"),
    ({"name": " "}, "name is empty"),
])
def test_bad_values(tmp_path, change, text):
    message = _problems({"output_folder": "o", "cities": [_city(tmp_path, **change)]}, tmp_path)
    assert text in message


def test_duplicate_city_names_and_no_cities(tmp_path):
    twice = [_city(tmp_path, name="Villa Segura"), _city(tmp_path, name="villa  segura")]
    assert "give the cities distinct names" in _problems({"output_folder": "o", "cities": twice},
                                                          tmp_path)
    assert "expected a list of at least one city" in _problems({"output_folder": "o"}, tmp_path)


def test_files_toml_json_and_unreadable(tmp_path):
    city = _city(tmp_path)
    (tmp_path / "c.json").write_text(json.dumps({"output_folder": "o", "cities": [city]}))
    assert load_config(tmp_path / "c.json").cities[0].name == "Town"
    (tmp_path / "bad.toml").write_text("output_folder = \n")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(tmp_path / "bad.toml")
    (tmp_path / "c.yaml").write_text("x: 1")
    with pytest.raises(ConfigError, match="expected a .toml or .json file"):
        load_config(tmp_path / "c.yaml")
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")
    # the command line's folder wins over the file's
    assert load_config(tmp_path / "c.json", output_folder=str(tmp_path / "x")).output_folder \
        == str(tmp_path / "x")
