"""The indicator catalogue: the shipped file, its mapping to our algorithms, and clear errors."""

import ast
import copy
import json
import re
from pathlib import Path

import pytest

from urban_safety_monitor.usm_plugin.core.indices.catalogue import (
    DEFAULT_CATALOGUE, CatalogueError, catalogue_from_fields, load_catalogue, parse_catalogue)
from urban_safety_monitor.usm_plugin.core.runtime import InputError

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "resources" / "catalogue" / "catalogue.schema.json"


def _shipped():
    return json.loads(Path(DEFAULT_CATALOGUE).read_text(encoding="utf-8"))


def _write(tmp_path, data, name="city.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return str(path)


def _small():
    return {
        "format": "usm-indicator-catalogue", "schema_version": 1, "catalogue_version": "t",
        "groups": [
            {"id": "crime", "level": "facet", "parent": None},
            {"id": "violent", "level": "dimension", "parent": "crime"},
            {"id": "assault", "level": "subdimension", "parent": "violent"},
        ],
        "indicators": [
            {"id": "a", "parent": "assault", "direction": "risk", "field": "x"},
            {"id": "b", "parent": "violent", "direction": "protective", "field": "y"},
        ],
    }


# --------------------------------------------------------------------------- the shipped file


def test_shipped_catalogue_has_the_safer_cities_facets_and_ten_dimensions():
    cat = load_catalogue()
    facets = [g for g in cat.groups if g.level == "facet"]
    names = [f.name.lower() for f in facets]
    assert len(facets) == 4
    for words in (("crime", "violence", "objective", "subjective"),
                  ("socio-economic", "risk", "root causes"),
                  ("community", "city", "resilience", "infrastructure", "services", "assets"),
                  ("enabling environment", "governance", "legislation", "policies", "programmes",
                   "financing")):
        assert any(all(w in n for w in words) for n in names), words
    assert sum(g.level == "dimension" for g in cat.groups) == 10
    raw = _shipped()
    assert raw["catalogue_version"]
    assert "179" in raw["framework"]["structure"] and "81" in raw["framework"]["structure"]
    # placeholders are present but not selected, so the default selection is computable
    placeholders = [i for i in raw["indicators"] if i["source"]["algorithm"] is None]
    assert placeholders and all(not i["selected"] and i["field"] is None for i in placeholders)
    selected = cat.selected()
    assert len(selected.indicators) >= 15
    assert all(i.field for i in selected.indicators)


def test_shipped_catalogue_matches_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(_shipped(), json.loads(SCHEMA.read_text(encoding="utf-8")))


def _algorithm_fields():
    """ALGORITHM_ID -> output field names/patterns, read from the algorithm files (no QGIS)."""
    from urban_safety_monitor.usm_plugin.core.joins.aggregation import FIELD_DOCS

    found = {}
    for path in (ROOT / "processing_algorithms").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        algorithm_id, fields = None, []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                name = getattr(node.targets[0], "id", None)
                if name == "ALGORITHM_ID":
                    algorithm_id = ast.literal_eval(node.value)
                elif name == "OUTPUT_FIELDS":
                    try:
                        fields = [row[0] for row in ast.literal_eval(node.value)]
                    except ValueError:
                        fields = []
        if algorithm_id:
            found[algorithm_id] = fields
    found["aggregateincidents"] = [row[0] for row in FIELD_DOCS]
    return found


def _matches(field, patterns):
    for pattern in patterns:
        for part in pattern.split(","):
            regex = re.escape(part.strip())
            regex = re.sub(r"\\<[^>]*\\>|<[^>]*>", "[A-Za-z0-9_]+", regex)
            if re.fullmatch(regex, field):
                return True
    return False


def test_every_computable_indicator_is_an_output_field_of_its_algorithm():
    outputs = _algorithm_fields()
    checked = 0
    for ind in _shipped()["indicators"]:
        algorithm = ind["source"]["algorithm"]
        if algorithm is None:
            continue
        assert algorithm.startswith("usm:"), ind["id"]
        name = algorithm.split(":", 1)[1]
        assert name in outputs, f"{ind['id']}: no algorithm {algorithm}"
        assert _matches(ind["source"]["field"], outputs[name]), (ind["id"], outputs[name])
        checked += 1
    assert checked >= 20


# --------------------------------------------------------------------------- clear errors


def test_invalid_json_gives_line_and_column(tmp_path):
    text = json.dumps(_small(), indent=2).replace('"risk",', '"risk"', 1)
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken.json: not valid JSON at line \d+, column"):
        load_catalogue(str(path))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogueError, match="Cannot read the catalogue file"):
        load_catalogue(str(tmp_path / "nope.json"))


def test_duplicate_id_names_the_node_and_its_line(tmp_path):
    data = _small()
    data["indicators"].append({"id": "a", "parent": "violent", "direction": "risk", "field": "z"})
    with pytest.raises(CatalogueError) as error:
        load_catalogue(_write(tmp_path, data))
    message = str(error.value)
    assert "indicator 'a'" in message and "duplicate id" in message
    assert "line" in message


def test_cycle_names_the_nodes(tmp_path):
    data = _small()
    data["groups"][0]["parent"] = "assault"
    data["groups"][0]["level"] = "facet"
    with pytest.raises(CatalogueError) as error:
        load_catalogue(_write(tmp_path, data))
    message = str(error.value)
    assert "cycle" in message
    assert "crime -> assault -> violent -> crime" in message


def test_unknown_parent_suggests_the_close_id(tmp_path):
    data = _small()
    data["indicators"][0]["parent"] = "asault"
    with pytest.raises(CatalogueError, match=r"indicator 'a'.*parent 'asault' is not a group id.*"
                                             r"did you mean 'assault'"):
        load_catalogue(_write(tmp_path, data))


def test_every_problem_is_listed_at_once_with_positions(tmp_path):
    data = _small()
    data["indicators"][0]["direction"] = "bad"
    data["indicators"][1]["wieght"] = 2
    data["groups"][2]["level"] = "facet-ish"
    data["indicators"][1]["goalposts"] = [5, 1]
    with pytest.raises(CatalogueError) as error:
        load_catalogue(_write(tmp_path, data))
    message = str(error.value)
    assert "4 problems" in message
    assert "indicator 'a' (indicators[0], line" in message
    assert "direction must be 'risk' or 'protective'; got 'bad'" in message
    assert "unknown key 'wieght' (did you mean 'weight'?)" in message
    assert "level must be one of facet, dimension, subdimension" in message
    assert "goalposts must be [low, high] with low < high" in message


def test_level_order_and_reserved_id():
    data = _small()
    data["groups"][1]["parent"] = "assault"  # a dimension under a subdimension
    data["groups"][2]["parent"] = "crime"
    data["indicators"][0]["id"] = "index"
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(data)
    assert "cannot sit under the subdimension 'assault'" in str(error.value)
    assert "'index' is reserved" in str(error.value)


def test_wrong_format_and_version():
    data = _small()
    data["format"] = "something-else"
    data["schema_version"] = 7
    with pytest.raises(CatalogueError, match="(?s)format.*schema_version"):
        parse_catalogue(data)


def test_selected_but_unbound_indicator_is_named():
    data = _small()
    data["indicators"][1]["field"] = None
    data["indicators"][1]["selected"] = True
    cat = parse_catalogue(data)
    with pytest.raises(CatalogueError, match="indicator.*b are selected but not bound"):
        cat.selected()


def test_selection_by_node_ids_keeps_the_subtree():
    cat = parse_catalogue(_small())
    sub = cat.selected(["assault"])
    assert [i.id for i in sub.indicators] == ["a"]
    assert {g.id for g in sub.groups} == {"crime", "violent", "assault"}
    with pytest.raises(CatalogueError, match="unknown node id"):
        cat.selected(["nothing"])
    shipped = load_catalogue().selected(["socioeconomic_risk"])
    assert "poverty_rate" in shipped.unbound_skipped  # a placeholder under the facet
    assert "unemployment_rate" in [i.id for i in shipped.indicators]
    with pytest.raises(CatalogueError, match="poverty_rate are selected but not bound"):
        load_catalogue().selected(["poverty_rate"])


def test_shipped_file_is_not_modified_by_loading():
    before = Path(DEFAULT_CATALOGUE).read_bytes()
    cat = load_catalogue()
    cat.selected()
    assert Path(DEFAULT_CATALOGUE).read_bytes() == before


def test_catalogue_from_fields():
    cat = catalogue_from_fields(["rate total", "lights"], protective=["lights"])
    assert [(i.id, i.field, i.direction) for i in cat.indicators] == [
        ("rate_total", "rate total", "risk"), ("lights", "lights", "protective")]
    with pytest.raises(InputError, match="not among the indicator fields"):
        catalogue_from_fields(["a"], protective=["b"])
    with pytest.raises(InputError, match="at least one indicator field"):
        catalogue_from_fields([])
    with pytest.raises(InputError, match="given twice"):
        catalogue_from_fields(["a", "a"])


def test_a_city_copy_with_its_own_bindings_validates(tmp_path):
    data = copy.deepcopy(_shipped())
    for ind in data["indicators"]:
        if ind["id"] == "trust_police":
            ind["field"] = "share_trust"
            ind["selected"] = True
    cat = load_catalogue(_write(tmp_path, data))
    assert "trust_police" in [i.id for i in cat.selected().indicators]
