"""RELIABILITY.md's bad-input table, row by row, against every algorithm each row applies to.

Rows 1, 4, 12, 15 (missing fields), 23 and 24 (shapefiles) apply to every algorithm and live
in test_every_algorithm.py; CRS and units (rows 2, 3) in test_units.py.  Each test here
builds the bad layer in tmp_path, runs the algorithm in the real headless QGIS and checks
the documented outcome: the error names the problem, the warning carries the count and the
ids, the accounting balances, values are NULL (never 0) where they cannot be computed.
"""

import math

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, box

from reliability_city import (ID_PARAMETER, N, POLYGON_INPUT, SIDE, X0, Y0, accounting,
                              base_parameters, read_output)

#: Algorithms whose polygon input is a set of neighbourhoods joined to something.
NEIGHBOURHOOD_ALGORITHMS = ("aggregateincidents", "interpolatecensus", "aggregatesurvey",
                            "infrastructureindicators", "populationcoverage", "sdgindicators")
WEIGHTS_ALGORITHMS = ("spatialweightsreport", "hotspots", "localmoran", "globalmoran")
INFERENCE_ALGORITHMS = ("hotspots", "localmoran", "globalmoran")
#: Algorithms that analyse the neighbourhood polygons and so offer REPAIR_GEOMETRY (not
#: jointable and kerneldensity; not the algorithms on neighbourhood indicators, which
#: analyse attributes and write the geometry back as it is).
POLYGON_ALGORITHMS = tuple(a for a in POLYGON_INPUT
                           if a != "jointable" and POLYGON_INPUT[a][1] == "hoods")
#: What each neighbourhood algorithm adds per neighbourhood: a field that must be NULL
#: where a neighbourhood cannot be measured.
MEASURE_FIELD = {"aggregateincidents": "n_total", "interpolatecensus": "population_interp",
                 "aggregatesurvey": "n_resp", "infrastructureindicators": "light_count",
                 "populationcoverage": "cov_pop", "sdgindicators": "sdg_pop",
                 "hotspots": "GiZ", "localmoran": "LMI_I", "spatialweightsreport": "w_nbrs"}


def _hood_variant(city, name, replace=None, extra=(), attributes=None):
    """The neighbourhoods with some geometries replaced ({index: geometry or None}) and extra
    features ([(geometry, {field: value})]) appended."""
    geometries = list(city.hood_geometries)
    for i, geometry in (replace or {}).items():
        geometries[i] = geometry
    attrs = {k: list(v) for k, v in (attributes or city.hood_attributes).items()}
    for geometry, values in extra:
        geometries.append(geometry)
        for key in attrs:
            attrs[key].append(values.get(key))
    return city.variant(name, "hoods", geometries=geometries, attributes=attrs)


def _with_hoods(algorithm, city, out, uri):
    parameters = base_parameters(algorithm, city, out)
    parameters[POLYGON_INPUT[algorithm][0]] = uri
    return parameters


def _balanced(table):
    dropped = sum(v for k, v in table.items() if k.startswith("dropped"))
    return table["read"] == table["assigned"] + table["outside"] + \
        table.get("in_skipped_neighbourhood", 0) + dropped


# ---------------------------------------------------------------- row 5: null / empty neighbourhood
@pytest.mark.parametrize("kind", ["null", "empty"])
@pytest.mark.parametrize("algorithm", NEIGHBOURHOOD_ALGORITHMS + ("hotspots", "localmoran"))
def test_row05_null_or_empty_neighbourhood_gets_null_values_and_is_listed(algorithm, kind, city,
                                                                         run_algorithm, tmp_path):
    geometry = None if kind == "null" else "POLYGON EMPTY"
    uri = _hood_variant(city, f"hole_{kind}", replace={7: geometry})
    parameters = _with_hoods(algorithm, city, tmp_path, uri)
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
    assert len(table) == city.n_hoods, "the neighbourhood stays in the output"
    field = MEASURE_FIELD[algorithm]
    assert math.isnan(float(table.loc["N07", field])), (algorithm, table.loc["N07"].to_dict())
    assert table.drop(index="N07")[field].notna().any()
    assert "N07" in feedback.log, feedback.log


# ---------------------------------------------------------------- row 6: null, empty, NaN incidents
POINT_ALGORITHMS = ("aggregateincidents", "aggregatesurvey", "infrastructureindicators",
                    "kerneldensity", "optimizedhotspots", "emerginghotspots")
POINT_ROLE = {"aggregateincidents": ("INCIDENTS", "incidents"),
              "aggregatesurvey": ("RESPONDENTS", "respondents"),
              "infrastructureindicators": ("LAYER", "lights"), "kerneldensity": ("INPUT", "incidents"),
              "optimizedhotspots": ("INPUT", "incidents"), "emerginghotspots": ("INPUT", "incidents")}


def _points_of(city, role):
    return {"incidents": city.incident_geometries, "respondents": city.respondent_geometries,
            "lights": city.light_geometries}[role]


@pytest.mark.parametrize("algorithm", POINT_ALGORITHMS)
def test_row06_null_and_empty_points_are_dropped_and_counted(algorithm, city, run_algorithm,
                                                             tmp_path):
    parameter, role = POINT_ROLE[algorithm]
    points = list(_points_of(city, role))
    for i in range(3):
        points[i] = None
    for i in range(3, 5):
        points[i] = "POINT EMPTY"
    attributes = None
    if role == "lights":   # only working lights are used: make the dropped ones count
        attributes = {"working": [1] * 5 + list(city.light_attributes["working"][5:])}
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters[parameter] = city.variant(f"nullpts_{role}", role, geometries=points,
                                         attributes=attributes)
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    log = feedback.log
    if algorithm in ("aggregateincidents", "aggregatesurvey"):
        table = accounting(parameters["ACCOUNTING"])
        assert table["dropped_null_geometry"] == 3 and table["dropped_empty_geometry"] == 2, table
        assert _balanced(table) and table["read"] == len(points)
    else:
        assert any(s in log for s in ("5 feature(s) with a null or empty geometry", "5 features",
                                      "5 without a location", "5 incidents without")), log


@pytest.mark.parametrize("algorithm", POINT_ALGORITHMS)
def test_row06_nan_or_infinite_coordinates_are_an_error_or_dropped_and_counted(algorithm, city,
                                                                              run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    parameter, role = POINT_ROLE[algorithm]
    points = list(_points_of(city, role))
    # (a point with NaN coordinates is how GeoPackages store an empty point: use infinities)
    points[0] = (float("-inf"), Y0 + 100)
    points[1] = (X0 + 100, float("inf"))
    attributes = None
    if role == "lights":   # only working lights are used: make the bad ones count
        attributes = {"working": [1] * 2 + list(city.light_attributes["working"][2:])}
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters[parameter] = city.variant(f"nanpts_{role}", role, geometries=points,
                                         attributes=attributes)
    try:
        _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    except QgsProcessingException as error:
        assert "nan" in str(error).lower() or "infinite" in str(error).lower(), str(error)
        return
    if algorithm in ("aggregateincidents", "aggregatesurvey"):
        table = accounting(parameters["ACCOUNTING"])
        assert table["dropped_invalid_coordinates"] == 2 and _balanced(table), table
    else:
        assert any(s in feedback.log for s in ("2 features of the facility layer have null or empty "
                                               "geometry or", "2 point(s) have NaN or infinite")), \
            feedback.log


# ---------------------------------------------------------------- row 7: invalid polygons
def _bow_tie(i):
    x0, y0 = X0 + (i % N) * SIDE, Y0 + (i // N) * SIDE
    x1, y1 = x0 + SIDE, y0 + SIDE
    return f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"


@pytest.mark.parametrize("mode", ["stop", "skip", "repair"])
@pytest.mark.parametrize("algorithm", POLYGON_ALGORITHMS)
def test_row07_invalid_polygons_follow_the_setting(algorithm, mode, city, run_algorithm,
                                                   expect_error, tmp_path):
    from qgis.core import QgsProcessingContext

    from urban_safety_monitor.usm_plugin.qgis_compat import GeometryCheck

    uri = _hood_variant(city, "bowtie", replace={12: _bow_tie(12)})
    parameters = _with_hoods(algorithm, city, tmp_path, uri)
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(GeometryCheck.ABORT_ON_INVALID if mode == "stop"
                                    else GeometryCheck.SKIP_INVALID)
    if mode == "stop":
        expect_error(algorithm, parameters, "invalid", "feature 13", context=context)
        return
    if mode == "repair":
        parameters["REPAIR_GEOMETRY"] = True
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters, context=context)
    if mode == "skip":
        assert "1 neighbourhood(s) with invalid geometry skipped" in feedback.log \
            or ("skipped" in feedback.log and ("N12" in feedback.log or "13" in feedback.log)), \
            feedback.log
        if algorithm in NEIGHBOURHOOD_ALGORITHMS:
            assert "N12" in feedback.log
    else:
        assert "repaired 1 invalid polygon(s)" in feedback.log and "13" in feedback.log, feedback.log


# ---------------------------------------------------------------- rows 8, 9: boundaries and gaps
EDGE_ALGORITHMS = ("aggregateincidents", "aggregatesurvey", "infrastructureindicators")
EDGE_ROLE = {"aggregateincidents": ("INCIDENTS", "incidents", "n_total"),
             "aggregatesurvey": ("RESPONDENTS", "respondents", "n_resp"),
             "infrastructureindicators": ("LAYER", "lights", "light_count")}


def _edge_points():
    """Points on shared edges, on shared vertices (4 neighbourhoods meet), on the outer edge,
    in a gap (outside the city) -- with the number of each."""
    on_edge = [Point(X0 + SIDE, Y0 + 0.5 * SIDE), Point(X0 + 2.5 * SIDE, Y0 + 2 * SIDE)]
    on_vertex = [Point(X0 + SIDE, Y0 + SIDE), Point(X0 + 3 * SIDE, Y0 + 2 * SIDE)]
    outer = [Point(X0, Y0 + 1.5 * SIDE)]
    outside = [Point(X0 - 50, Y0 - 50), Point(X0 + N * SIDE + 10, Y0 + 10)]
    return on_edge, on_vertex, outer, outside


@pytest.mark.parametrize("algorithm", EDGE_ALGORITHMS)
def test_row08_row09_points_on_edges_vertices_and_outside(algorithm, city, run_algorithm, tmp_path):
    parameter, role, field = EDGE_ROLE[algorithm]
    on_edge, on_vertex, outer, outside = _edge_points()
    special = on_edge + on_vertex + outer + outside
    points = special + list(_points_of(city, role))
    base = {"incidents": city.incident_attributes, "respondents": city.respondent_attributes,
            "lights": city.light_attributes}[role]
    attrs = {k: [v[0]] * len(special) + list(v) for k, v in base.items()}
    if role == "lights":
        attrs["working"] = [1] * len(special) + list(base["working"])
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters[parameter] = city.variant(f"edges_{role}", role, geometries=points,
                                         attributes=attrs)
    clean = base_parameters(algorithm, city, tmp_path / "clean")
    run_algorithm(f"usm:{algorithm}", clean)
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
    before = read_output(clean["OUTPUT"]).set_index("nbhd_id")
    gained = (table[field].fillna(0) - before[field].fillna(0))
    assert (gained >= 0).all()
    # every point inside the city (edge, vertex, outer edge) counted exactly once
    assert gained.sum() == len(on_edge) + len(on_vertex) + len(outer), gained[gained > 0]
    if algorithm in ("aggregateincidents", "aggregatesurvey"):
        acc = accounting(parameters["ACCOUNTING"])
        assert acc["on_shared_boundary"] == len(on_edge) + len(on_vertex), acc
        assert acc["outside"] == len(outside) and _balanced(acc), acc
    else:
        assert str(len(outside)) in feedback.log and "outside" in feedback.log, feedback.log


# ---------------------------------------------------------------- row 10: overlapping neighbourhoods
@pytest.mark.parametrize("algorithm", NEIGHBOURHOOD_ALGORITHMS)
def test_row10_overlaps_are_reported_with_area_and_ids(algorithm, city, run_algorithm, tmp_path):
    grown = box(X0 + 2 * SIDE, Y0 + 2 * SIDE, X0 + 3 * SIDE + 100, Y0 + 3 * SIDE)  # N12 into N13
    uri = _hood_variant(city, "overlap", replace={12: grown})
    parameters = _with_hoods(algorithm, city, tmp_path, uri)
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    log = feedback.log
    assert "overlap" in log.lower(), log
    assert "N12" in log and "N13" in log, log
    assert "40,000" in log or "40000" in log or "0.04 km" in log, log  # 100 m x 400 m shared


# ---------------------------------------------------------------- row 11: multipart, MultiPoint
def test_row11_multipart_neighbourhood_counts_points_in_every_part(city, run_algorithm, tmp_path):
    far = box(X0 + N * SIDE + 200, Y0, X0 + N * SIDE + 400, Y0 + 200)
    multi = MultiPolygon([city.hood_geometries[24], far])
    uri = _hood_variant(city, "multipart", replace={24: multi})
    points = list(city.incident_geometries) + [Point(X0 + N * SIDE + 300, Y0 + 100)]
    attrs = {k: list(v) + [v[0]] for k, v in city.incident_attributes.items()}
    parameters = _with_hoods("aggregateincidents", city, tmp_path, uri)
    parameters["INCIDENTS"] = city.variant("inc_far", "incidents", geometries=points, attributes=attrs)
    clean = base_parameters("aggregateincidents", city, tmp_path / "clean")
    run_algorithm("usm:aggregateincidents", clean)
    run_algorithm("usm:aggregateincidents", parameters)
    after = read_output(parameters["OUTPUT"]).set_index("nbhd_id")["n_total"]
    before = read_output(clean["OUTPUT"]).set_index("nbhd_id")["n_total"]
    assert after["N24"] == before["N24"] + 1
    assert accounting(parameters["ACCOUNTING"])["outside"] == 0


@pytest.mark.parametrize("algorithm", ["aggregateincidents", "kerneldensity", "optimizedhotspots",
                                       "emerginghotspots"])
def test_row11_a_multipoint_counts_once_by_one_stated_rule(algorithm, city, run_algorithm, tmp_path):
    points = list(city.incident_geometries)
    a, b = points[0], points[1]
    points[0] = f"MULTIPOINT(({a.x} {a.y}), ({b.x} {b.y}))"
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INCIDENTS" if algorithm == "aggregateincidents" else "INPUT"] = \
        city.variant("multipoint", "incidents", geometries=points)
    results, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "MultiPoint" in feedback.log and "first point" in feedback.log, feedback.log
    if algorithm == "aggregateincidents":
        assert accounting(parameters["ACCOUNTING"])["assigned"] == city.n_incidents
    elif algorithm == "kerneldensity":
        assert results["TOTAL"] == city.n_incidents


# ---------------------------------------------------------------- row 13: duplicate ids
@pytest.mark.parametrize("algorithm", sorted(ID_PARAMETER))
def test_row13_duplicate_neighbourhood_ids_are_an_error(algorithm, city, expect_error, tmp_path):
    key, role = POLYGON_INPUT[algorithm]
    attrs = {k: list(v) for k, v in city.layers()[role][1].items()}
    attrs["nbhd_id"][6] = "N05"
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters[key] = city.variant(f"dupids_{role}", role, attributes=attrs)
    expect_error(algorithm, parameters, ("duplicate", "more than once", "not unique"), "N05")


# ---------------------------------------------------------------- row 14: stacked incidents
@pytest.mark.parametrize("algorithm", ["aggregateincidents", "kerneldensity", "optimizedhotspots",
                                       "emerginghotspots"])
def test_row14_stacked_incidents_are_counted_and_flagged(algorithm, city, run_algorithm, tmp_path):
    spot = Point(X0 + 555.5, Y0 + 777.25)
    points = list(city.incident_geometries) + [spot] * 40
    attrs = {k: list(v) + [v[0]] * 40 for k, v in city.incident_attributes.items()}
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INCIDENTS" if algorithm == "aggregateincidents" else "INPUT"] = \
        city.variant("stacked", "incidents", geometries=points, attributes=attrs)
    results, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "40 incidents share their exact coordinates" in feedback.log \
        or ("40" in feedback.log and "privacy" in feedback.log.lower()), feedback.log
    if algorithm == "aggregateincidents":
        acc = accounting(parameters["ACCOUNTING"])
        assert acc["stacked_for_privacy"] == 40 and acc["assigned"] == city.n_incidents + 40
    elif algorithm == "kerneldensity":
        assert results["TOTAL"] == city.n_incidents + 40


# ---------------------------------------------------------------- rows 15, 17: bad attribute values
BAD_VALUES = ["abc", "inf", None, "-inf", "nan", "1e308"]


def _text_column(values, bad):
    out = [str(v) for v in values]
    for i, v in enumerate(bad):
        out[i] = v
    return out


NUMERIC_FIELD_CASES = [
    ("aggregateincidents", "hoods", "population", "POPULATION_FIELD"),
    ("hotspots", "hoods", "value", "FIELD"), ("localmoran", "hoods", "value", "FIELD"),
    ("globalmoran", "hoods", "value", "FIELD"),
    ("interpolatecensus", "census", "population", "EXTENSIVE_FIELDS"),
    ("kerneldensity", "incidents", "severity", "WEIGHT_FIELD"),
    ("aggregateincidents", "incidents", "severity", "WEIGHT_FIELD"),
]


@pytest.mark.parametrize("algorithm,role,field,parameter", NUMERIC_FIELD_CASES,
                         ids=[f"{a}-{p}" for a, _, _, p in NUMERIC_FIELD_CASES])
def test_row15_row17_text_nan_inf_values_are_missing_with_a_count(algorithm, role, field, parameter,
                                                                 city, run_algorithm, tmp_path):
    """A text field holding numbers and 'abc', 'inf', NULL, 'nan', '1e308': the run never
    crashes; bad values are missing (NULL, never 0) and counted in a warning -- or a clear
    error naming the field (negative or infinite populations)."""
    from qgis.core import QgsProcessingException

    attributes = {"hoods": city.hood_attributes, "census": city.census_attributes,
                  "incidents": city.incident_attributes}[role]
    bad = BAD_VALUES[:3] if role == "census" else BAD_VALUES
    attrs = {k: list(v) for k, v in attributes.items()}
    attrs[field] = _text_column(attrs[field], bad)
    parameters = base_parameters(algorithm, city, tmp_path)
    key = {"hoods": POLYGON_INPUT.get(algorithm, ("NEIGHBOURHOODS",))[0], "census": "CENSUS",
           "incidents": "INCIDENTS" if algorithm == "aggregateincidents" else "INPUT"}[role]
    parameters[key] = city.variant(f"text_{role}_{field}", role, attributes=attrs)
    parameters[parameter] = [field] if parameter.endswith("FIELDS") else field
    try:
        _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    except QgsProcessingException as error:
        message = str(error)
        assert field in message and ("infinite" in message or "non-numeric" in message
                                     or "not a number" in message), message
        return
    log = feedback.log
    assert any(f"{n} " in log for n in range(2, len(bad) + 1)), log
    assert any(w in log for w in ("non-numeric", "missing", "infinite", "not numeric")), log
    if role == "hoods" and algorithm in ("hotspots", "localmoran"):
        table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
        result_field = {"hotspots": "GiZ", "localmoran": "LMI_I"}.get(algorithm)
        if result_field:
            assert table.loc[["N00", "N01", "N02"], result_field].isna().all()
            assert table[result_field].notna().sum() >= city.n_hoods - len(bad)


# ---------------------------------------------------------------- row 16: population 0/NULL/negative
def test_row16_population_zero_null_or_negative(city, run_algorithm, expect_error, tmp_path):
    attrs = {k: list(v) for k, v in city.hood_attributes.items()}
    attrs["population"][0] = 0
    attrs["population"][1] = None
    attrs["population"][2] = 1   # fewer residents than incidents
    parameters = _with_hoods("aggregateincidents", city, tmp_path,
                             city.variant("pop0", "hoods", attributes=attrs))
    _, feedback = run_algorithm("usm:aggregateincidents", parameters)
    table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
    assert table.loc[["N00", "N01"], "rate_total"].isna().all()
    assert table.drop(index=["N00", "N01"])["rate_total"].notna().all()
    assert "2 neighbourhoods have a population of 0 or NULL" in feedback.log, feedback.log
    assert "more incidents than residents" in feedback.log
    attrs["population"][3] = -5
    parameters = _with_hoods("aggregateincidents", city, tmp_path / "neg",
                             city.variant("popneg", "hoods", attributes=attrs))
    expect_error("aggregateincidents", parameters, "negative")


# ---------------------------------------------------------------- row 18: no variation
@pytest.mark.parametrize("kind", ["constant", "numerically_constant"])
@pytest.mark.parametrize("algorithm", INFERENCE_ALGORITHMS)
def test_row18_constant_variable_is_an_error(algorithm, kind, city, expect_error, tmp_path):
    attrs = {k: list(v) for k, v in city.hood_attributes.items()}
    if kind == "constant":
        attrs["value"] = [3.5] * city.n_hoods
    else:
        attrs["value"] = [0.1 + (np.spacing(0.1) if i % 2 else 0.0) for i in range(city.n_hoods)]
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INPUT"] = city.variant(f"const_{kind}", "hoods", attributes=attrs)
    expect_error(algorithm, parameters, "no variation")


# ---------------------------------------------------------------- row 19: islands
@pytest.mark.parametrize("algorithm", WEIGHTS_ALGORITHMS)
def test_row19_islands_are_listed_and_labelled_isolated(algorithm, city, run_algorithm, tmp_path):
    island = box(X0 + 5000, Y0 + 5000, X0 + 5300, Y0 + 5300)
    uri = _hood_variant(city, "island", extra=[(island, {"nbhd_id": "N99", "population": 900,
                                                          "value": 2.0})])
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INPUT"] = uri
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "N99" in feedback.log and "island" in feedback.log.lower(), feedback.log
    if algorithm in ("hotspots", "localmoran"):
        table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
        label = "Gi_Label" if algorithm == "hotspots" else "LMI_Type"
        assert table.loc["N99", label] == "Isolated"
        assert math.isnan(float(table.loc["N99", "GiZ" if algorithm == "hotspots" else "LMI_I"]))
    if algorithm == "spatialweightsreport":
        table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
        assert table.loc["N99", "w_island"] == 1 and table["w_island"].sum() == 1
    # the k-nearest option connects it
    parameters = base_parameters(algorithm, city, tmp_path / "connect")
    parameters.update(INPUT=uri, ISLANDS=1)
    run_algorithm(f"usm:{algorithm}", parameters)
    if algorithm == "hotspots":
        table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
        assert table.loc["N99", "Gi_Label"] != "Isolated"


# ---------------------------------------------------------------- row 20: too few areas, permutations
@pytest.mark.parametrize("algorithm", INFERENCE_ALGORITHMS)
def test_row20_too_few_areas_is_an_error(algorithm, city, expect_error, tmp_path):
    attrs = {k: list(v)[:2] for k, v in city.hood_attributes.items()}
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INPUT"] = city.variant("two", "hoods", geometries=city.hood_geometries[:2],
                                       attributes=attrs)
    expect_error(algorithm, parameters, ("too few", "at least", "only 2"))


@pytest.mark.parametrize("algorithm", INFERENCE_ALGORITHMS)
def test_row20_fewer_than_99_permutations_is_a_warning(algorithm, city, run_algorithm, tmp_path):
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["PERMUTATIONS"] = 19
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "19" in feedback.log and "permutation" in feedback.log.lower()
    assert any(w in feedback.log for w in ("fewer than 99", "at least 99", "99 or more")), feedback.log


# ---------------------------------------------------------------- row 21: mostly-zero counts for EB
def test_row21_mostly_zero_counts_make_eb_unreliable(city, run_algorithm, tmp_path):
    points = list(city.incident_geometries[:3])
    attrs = {k: list(v)[:3] for k, v in city.incident_attributes.items()}
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["INCIDENTS"] = city.variant("few", "incidents", geometries=points, attributes=attrs)
    _, feedback = run_algorithm("usm:aggregateincidents", parameters)
    assert "Empirical Bayes smoothing is unreliable" in feedback.log, feedback.log


# ---------------------------------------------------------------- row 22: progress, bounded memory
@pytest.mark.parametrize("algorithm", sorted(POLYGON_INPUT.keys() | {"kerneldensity"}))
def test_row22_progress_is_reported_and_reaches_the_end(algorithm, city, run_with, tmp_path):
    from reliability_city import recording_feedback

    feedback = recording_feedback()
    run_with(algorithm, base_parameters(algorithm, city, tmp_path), feedback)
    values = feedback.progress_values
    assert len(values) >= 2 and max(values) == pytest.approx(100.0)
    assert all(0.0 <= v <= 100.0 for v in values)


def test_row22_row25_one_far_date_cannot_blow_up_the_space_time_cube(city, run_algorithm, tmp_path):
    """A single date in 1500 or 9999 would make millions of monthly steps: the cube is bounded
    and the run ends with a clear message or leaves the date out, never MemoryError."""
    from qgis.core import QgsProcessingException

    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    attrs["occurred"][0] = "1500-06-01"
    attrs["occurred"][1] = "9999-12-31"
    parameters = base_parameters("emerginghotspots", city, tmp_path)
    parameters["INPUT"] = city.variant("fardates", "incidents", attributes=attrs)
    parameters["TIME_STEP"] = 0
    try:
        _, feedback = run_algorithm("usm:emerginghotspots", parameters)
    except QgsProcessingException as error:
        assert "step" in str(error).lower() and "memory" not in str(error).lower(), str(error)
        return
    assert "2 with an unreadable date" in feedback.log or "unreadable" in feedback.log, feedback.log


# ---------------------------------------------------------------- row 24: names
def test_row24_non_ascii_and_reserved_category_values_get_safe_names_and_a_mapping(city,
                                                                                    run_algorithm,
                                                                                    tmp_path):
    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    odd = ["niño/ñandú", "select", "Straßenraub", "a" * 80, "violencia de género", "0 start"]
    for i in range(len(attrs["category"])):
        attrs["category"][i] = odd[i % len(odd)]
    attrs["catégorie"] = attrs.pop("category")
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["INCIDENTS"] = city.variant("names", "incidents", attributes=attrs)
    parameters["CATEGORY_FIELD"] = "catégorie"
    parameters["FIELD_NAMES"] = str(tmp_path / "names.csv")
    run_algorithm("usm:aggregateincidents", parameters)
    table = read_output(parameters["OUTPUT"])
    names = read_output(parameters["FIELD_NAMES"])
    category_fields = [c for c in table.columns if c.startswith("n_cat_")]
    assert len(category_fields) == len(odd) and len(set(category_fields)) == len(odd)
    assert all(c.isascii() and len(c) <= 63 for c in category_fields)
    mapped = dict(zip(names["field"], names["value"]))
    assert sorted(mapped[c] for c in category_fields) == sorted(odd)
    assert table[category_fields].sum(axis=1).tolist() == table["n_total"].tolist()


# ---------------------------------------------------------------- row 25: dates
def test_row25_dates_in_mixed_formats_are_parsed_or_reported(city, run_algorithm, tmp_path):
    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    readable = {0: "2023-03-04", 1: "2023-03-04T10:15:00", 2: "2023/03/04", 3: "04/03/2023"}
    unreadable = {4: "not a date", 5: "9999-12-31", 6: "1500-06-01", 7: "2023-02-30"}
    missing = {8: None, 9: ""}
    for i, value in {**readable, **unreadable, **missing}.items():
        attrs["occurred"][i] = value
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["INCIDENTS"] = city.variant("dates", "incidents", attributes=attrs)
    parameters["PERIODS"] = [0]
    _, feedback = run_algorithm("usm:aggregateincidents", parameters)
    acc = accounting(parameters["ACCOUNTING"])
    assert acc["date_missing_or_unparsable"] == len(unreadable) + len(missing), (acc, feedback.log)
    table = read_output(parameters["OUTPUT"])
    years = [c for c in table.columns if c.startswith("n_y")]
    assert table[years].to_numpy().sum() == city.n_incidents - len(unreadable) - len(missing)
    assert _balanced(acc)


@pytest.mark.parametrize("algorithm", ["aggregateincidents", "emerginghotspots"])
def test_row25_dates_in_the_future_are_counted_and_reported(algorithm, city, run_algorithm, tmp_path):
    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    attrs["occurred"][0] = "2099-01-01"
    parameters = base_parameters(algorithm, city, tmp_path)
    parameters["INCIDENTS" if algorithm == "aggregateincidents" else "INPUT"] = \
        city.variant("future", "incidents", attributes=attrs)
    if algorithm == "emerginghotspots":
        parameters["TIME_STEP"] = 2
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "future" in feedback.log.lower() or "after" in feedback.log.lower(), feedback.log


def test_row22_a_readable_but_far_date_is_refused_with_the_date_range(city, expect_error,
                                                                      tmp_path):
    """1700-01-01 parses, but makes 3,900 monthly steps: a clear error naming the dates."""
    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    attrs["occurred"][0] = "1700-01-01"
    parameters = base_parameters("emerginghotspots", city, tmp_path)
    parameters["INPUT"] = city.variant("date1700", "incidents", attributes=attrs)
    parameters["TIME_STEP"] = 0
    expect_error("emerginghotspots", parameters, "1700-01-01", "too many for a space-time cube")


@pytest.mark.parametrize("algorithm", ["nearrepeat", "streetsegmentaudit", "fulldiagnosis",
                                       "batchmonitor"])
def test_row25_bad_dates_in_the_newer_date_tools_are_reported_not_fatal(algorithm, city,
                                                                        run_algorithm, tmp_path):
    """Mixed formats parse; impossible, far-off and missing dates are counted and said; the
    far dates never size a time axis (Knox time bands, night hours, years)."""
    attrs = {k: list(v) for k, v in city.incident_attributes.items()}
    bad = {4: "not a date", 5: "9999-12-31", 6: "1500-06-01", 7: "2023-02-30", 8: None, 9: ""}
    for i, value in {0: "2023/03/04", 1: "04/03/2023", **bad}.items():
        attrs["occurred"][i] = value
    uri = city.variant(f"dates_{algorithm}", "incidents", attributes=attrs)
    parameters = base_parameters(algorithm, city, tmp_path)
    if algorithm == "batchmonitor":
        parameters["CONFIG"] = city.write_batch_config(
            tmp_path / "dates.toml", incidents=uri.split("|")[0], incidents_layer=f"dates_{algorithm}")
    else:
        parameters["INCIDENTS" if "INCIDENTS" in parameters else "INPUT"] = uri
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    log = feedback.log.lower()
    import re

    counted = [line for line in log.splitlines() if "date" in line
               and re.search(rf"(^|: ){len(bad)} (snapped )?incidents", line)]
    assert counted, feedback.log
