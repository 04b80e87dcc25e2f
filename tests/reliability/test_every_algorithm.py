"""Bad inputs that apply to every algorithm (RELIABILITY.md rows 1, 4, 12, 15, 23, 24 and the
issue-8 cases on outputs), each run in the real headless QGIS against every registered algorithm.

Each test asserts the exact outcome: a QgsProcessingException whose message names the
problem (never a raw Python exception), no output file left behind, inputs unchanged.
"""

from pathlib import Path

import numpy as np
import pytest

from reliability_city import (ALGORITHMS, GEOMETRY_PASSED_THROUGH, LINE_INPUT, MAIN_OUTPUT,
                              OUTPUT_KEYS, POINT_INPUT, POLYGON_INPUT, TABLE_INPUT, accounting, base_parameters, file_hashes,
                              output_files, read_output, recording_feedback)

#: Every (algorithm, layer parameter, city role) that reads geometries.
LAYER_INPUTS = sorted({(a, *POLYGON_INPUT[a]) for a in POLYGON_INPUT}
                      | {(a, *POINT_INPUT[a]) for a in POINT_INPUT}
                      | {(a, *LINE_INPUT[a]) for a in LINE_INPUT}
                      | {("interpolatecensus", "CENSUS", "census"),
                         ("populationcoverage", "POPULATION_POLYGONS", "census"),
                         ("sdgindicators", "POPULATION_POLYGONS", "census")})


def _ids(cases):
    return ["-".join(str(p) for p in c) for c in cases]


def test_every_registered_algorithm_is_held_to_the_table(qgis_app):
    """A new algorithm fails here until reliability_city.base_parameters has a run of it."""
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    registered = {cls.ALGORITHM_ID for cls in algorithm_classes()}
    assert registered == set(ALGORITHMS), sorted(registered ^ set(ALGORITHMS))


# ---------------------------------------------------------------- row 1: layer without a CRS
@pytest.mark.parametrize("algorithm,parameter,role", LAYER_INPUTS, ids=_ids(LAYER_INPUTS))
def test_row01_layer_without_crs_is_an_error(algorithm, parameter, role, city, expect_error,
                                             tmp_path):
    parameters = base_parameters(algorithm, city, tmp_path / "out")
    parameters[parameter] = city.variant(f"nocrs_{role}", role, crs=None)
    before = file_hashes(city.folder)
    expect_error(algorithm, parameters, "no coordinate reference system", parameter)
    assert file_hashes(city.folder) == before


def test_row01_gdal_undefined_srs_is_not_a_crs(city, qgis_app):
    """What GDAL writes for a layer without CRS is seen by QGIS as a (bogus) valid CRS."""
    from qgis.core import QgsVectorLayer

    from urban_safety_monitor.usm_plugin import bridge

    layer = QgsVectorLayer(city.variant("nocrs_check", "hoods", crs=None), "x", "ogr")
    assert layer.isValid()
    assert not bridge.has_usable_crs(layer.crs())
    assert bridge.has_usable_crs(QgsVectorLayer(city.paths["hoods"], "y", "ogr").crs())


@pytest.mark.parametrize("algorithm", sorted(TABLE_INPUT))
def test_row01_table_algorithms_do_not_need_geometry_or_crs(algorithm, city, run_algorithm,
                                                            tmp_path, clean_outputs):
    """An algorithm that reads only attributes gives the same result from a layer without CRS
    and from a table without geometry (the geometry is never used)."""
    parameter, role = TABLE_INPUT[algorithm]
    attributes = city.layers()[role][1]
    uris = {"nocrs": city.variant(f"nocrs_{role}_t", role, crs=None),
            "nogeom": city.write(f"nogeom_{role}_table", None, attributes)}
    for name, uri in uris.items():
        parameters = base_parameters(algorithm, city, tmp_path / name)
        parameters[parameter] = uri
        run_algorithm(f"usm:{algorithm}", parameters)
        _same_outputs(clean_outputs(algorithm)[0], read_output(output_files(parameters)[0]),
                      algorithm)


# ---------------------------------------------------------------- row 4: empty / all-null layers
GEOMETRY_TYPE = {"hoods": 3, "census": 3, "indicators": 3, "streets": 2}


@pytest.mark.parametrize("kind", ["empty", "all_null"])
@pytest.mark.parametrize("algorithm,parameter,role", LAYER_INPUTS, ids=_ids(LAYER_INPUTS))
def test_row04_empty_layer_or_all_null_geometries_is_an_error(algorithm, parameter, role, kind,
                                                              city, expect_error, tmp_path):
    base = {"hoods": city.hood_attributes, "incidents": city.incident_attributes,
            "census": city.census_attributes, "respondents": city.respondent_attributes,
            "lights": city.light_attributes, "facilities": {"name": ["a", "b", "c"]},
            "stops": city.stop_attributes, "indicators": city.indicator_attributes,
            "streets": city.street_attributes}[role]
    n = len(next(iter(base.values())))
    if kind == "empty":
        geometries, attributes = [], {k: [] for k in base}
        geometries_type = GEOMETRY_TYPE.get(role, 1)  # ogr.wkbPolygon / wkbLineString / wkbPoint
        uri = city.variant(f"empty_{role}", role, geometries=geometries, attributes=attributes,
                           geometry_type=geometries_type)
    else:
        uri = city.variant(f"null_{role}", role, geometries=[None] * n, attributes=base,
                           geometry_type=GEOMETRY_TYPE.get(role, 1))
    parameters = base_parameters(algorithm, city, tmp_path / "out")
    parameters[parameter] = uri
    expect_error(algorithm, parameters, ("empty", "no feature", "null", "no geometr", "nothing",
                                         "no point", "no incident", "no location", "no polygon",
                                         "no street", "no line", "no neighbourhood"))


# ---------------------------------------------------------------- row 12: curved and Z/M geometries
def _curved(polygon):
    """The same square as a CURVEPOLYGON made of a COMPOUNDCURVE (straight parts)."""
    coords = ", ".join(f"{x} {y}" for x, y in polygon.exterior.coords)
    return f"CURVEPOLYGON(COMPOUNDCURVE(({coords})))"


def _zm_point(point):
    return f"POINT ZM ({point.x} {point.y} 12.5 3)"


def _curved_line(line):
    coords = ", ".join(f"{x} {y}" for x, y in line.coords)
    return f"COMPOUNDCURVE(({coords}))"


def _same_outputs(a, b, algorithm):
    if isinstance(a, np.ndarray):
        np.testing.assert_allclose(a, b, rtol=1e-7, atol=1e-9, err_msg=algorithm)
        return
    assert list(a.columns) == list(b.columns), algorithm
    for column in a.columns:
        if a[column].dtype.kind in "fiu":
            np.testing.assert_allclose(a[column].to_numpy(float), b[column].to_numpy(float),
                                       rtol=1e-7, atol=1e-9, err_msg=f"{algorithm} {column}")
        else:
            assert a[column].astype(str).tolist() == b[column].astype(str).tolist(), (algorithm, column)


@pytest.mark.parametrize("algorithm,parameter,role", LAYER_INPUTS, ids=_ids(LAYER_INPUTS))
def test_row12_curved_and_zm_geometries_are_segmentised_and_reported(algorithm, parameter, role,
                                                                     city, run_algorithm, tmp_path,
                                                                     clean_outputs):
    geometries = {"hoods": city.hood_geometries, "census": city.census_geometries,
                  "indicators": city.hood_geometries}.get(role)
    if role == "streets":
        uri = city.variant(f"curved_{role}", role,
                           geometries=[_curved_line(g) for g in city.street_geometries])
        needle = f"{len(city.street_geometries)} curved geometries"
    elif geometries is not None:
        # curves are written in the layer's CRS as given (metres)
        uri = city.variant(f"curved_{role}", role, geometries=[_curved(g) for g in geometries])
        needle = f"{len(geometries)} curved geometries"
    else:
        points = {"incidents": city.incident_geometries, "respondents": city.respondent_geometries,
                  "lights": city.light_geometries, "facilities": city.facility_geometries,
                  "stops": city.stop_geometries}[role]
        uri = city.variant(f"zm_{role}", role, geometries=[_zm_point(p) for p in points])
        needle = f"{len(points)} geometries had Z"
    parameters = base_parameters(algorithm, city, tmp_path / "bad")
    parameters[parameter] = uri
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    if algorithm not in GEOMETRY_PASSED_THROUGH:
        assert needle in feedback.log, feedback.log
    _same_outputs(clean_outputs(algorithm)[0], read_output(output_files(parameters)[0]), algorithm)


# ---------------------------------------------------------------- row 15: a field that is not there
def _field_cases():
    class _Paths:
        paths = {k: "x" for k in ("hoods", "incidents", "census", "respondents", "lights",
                                  "facilities", "stops", "table", "indicators", "streets",
                                  "config")}

    cases = []
    for algorithm in ALGORITHMS:
        parameters = base_parameters(algorithm, _Paths, Path("/tmp/usm-unused"))
        for key in sorted(parameters):
            if key.endswith(("FIELD", "FIELDS", "_ID")) or key == "FIELD":
                cases.append((algorithm, key))
    return cases


@pytest.mark.parametrize("algorithm,parameter", _field_cases(), ids=_ids(_field_cases()))
def test_row15_missing_field_is_an_error_naming_it(algorithm, parameter, city, expect_error,
                                                   tmp_path):
    parameters = base_parameters(algorithm, city, tmp_path / "out")
    parameters[parameter] = ["no_such_field"] if isinstance(parameters[parameter], list) \
        else "no_such_field"
    expect_error(algorithm, parameters, "no_such_field", parameter)


# ---------------------------------------------------------------- row 23: cancellation mid-run
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_row23_cancellation_never_leaves_a_partial_output(algorithm, city, run_with, tmp_path):
    """Cancel after 1, half and all but one of the progress reports of a clean
    run: either the run ends with 'Cancelled' and no output file (nor a temporary one) exists,
    or it completes and every output is there and readable."""
    from qgis.core import QgsProcessingException

    clean = base_parameters(algorithm, city, tmp_path / "clean")
    _, feedback = run_with(algorithm, clean, recording_feedback())
    total = len(feedback.progress_values)
    assert total >= 2, f"{algorithm} reports no progress"
    cancelled = 0
    for n in sorted({1, max(1, total // 2), max(1, total - 1)}):
        out = tmp_path / f"cancel_{n}"
        parameters = base_parameters(algorithm, city, out)
        try:
            run_with(algorithm, parameters, recording_feedback(cancel_after=n))
        except QgsProcessingException as error:
            assert "cancel" in str(error).lower(), (algorithm, n, str(error))
            cancelled += 1
            left = sorted(p for p in out.rglob("*") if p.is_file())
            if algorithm == "batchmonitor":   # city-years finished before the cancel stay,
                for path in left:              # complete and named in the message
                    assert path.name in str(error), (path, str(error))
                    read_output(path)
            else:
                assert left == [], (algorithm, n, left)
            continue
        for path in output_files(parameters):
            read_output(path)   # complete and readable
        assert not [p for p in out.iterdir() if "part" in p.name], (algorithm, n)
    assert cancelled >= 1, f"{algorithm}: cancelling after the first progress report had no effect"


# ---------------------------------------------------------------- issue 8: OUTPUT = an input file
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_output_over_an_input_file_is_refused(algorithm, city, expect_error, tmp_path):
    parameters = base_parameters(algorithm, city, tmp_path / "out")
    if algorithm == "batchmonitor":   # its input is the configuration file
        target = parameters["CONFIG"]
    else:
        key, role = (POLYGON_INPUT.get(algorithm) or POINT_INPUT.get(algorithm)
                     or TABLE_INPUT[algorithm])
        target = parameters[key].split("|")[0]
    output = MAIN_OUTPUT.get(algorithm, "OUTPUT")
    if output == "OUTPUT_FOLDER":   # a folder output cannot be a file: the atlas PDF over it
        output = "ATLAS_PDF"
    parameters[output] = target   # (a raster, table or GeoPackage over the input's file)
    before = file_hashes(city.folder)
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        from qgis.core import QgsProcessingContext, QgsProject
        import processing

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run(f"usm:{algorithm}", parameters, context=context)
    message = str(raised.value)
    assert "is the file that" in message and "read from" in message, message
    assert file_hashes(city.folder) == before


# ---------------------------------------------------------------- issue 8: unwritable outputs
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_unwritable_output_location_is_an_error(algorithm, city, expect_error, tmp_path):
    """Every file output in turn goes under a path whose 'folder' is a regular file
    (the tests run as root, for whom chmod'ed folders stay writable)."""
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    keys = [k for k in OUTPUT_KEYS if k in base_parameters(algorithm, city, tmp_path / "probe")]
    for key in keys:
        parameters = base_parameters(algorithm, city, tmp_path / f"out_{key}")
        name = Path(parameters[key]).name
        parameters[key] = str(blocker / name)
        expect_error(algorithm, parameters, ("cannot write", "could not create", "not writable",
                                             "does not exist"), str(blocker))
        # nothing else presented as written either
        written = [p for p in (tmp_path / f"out_{key}").glob("*")] \
            if (tmp_path / f"out_{key}").exists() else []
        assert written == [], (algorithm, key, written)


# ---------------------------------------------------------------- row 24: shapefile 10-char names
#: Algorithms whose OUTPUT is not a vector layer (a raster, a CSV, no OUTPUT at all).
NOT_VECTOR_OUTPUT = ("kerneldensity", "globalmoran", "riskterrain", "fulldiagnosis",
                     "neighbourhoodprofiles", "batchmonitor")


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a not in NOT_VECTOR_OUTPUT])
def test_row24_shapefile_that_would_cut_field_names_is_refused_or_exact(algorithm, city,
                                                                          run_algorithm, tmp_path):
    """A .shp OUTPUT either keeps every field name exactly, or is refused with the names."""
    from qgis.core import QgsProcessingException

    parameters = base_parameters(algorithm, city, tmp_path / "out")
    parameters["OUTPUT"] = str(tmp_path / "out" / "result.shp")
    try:
        run_algorithm(f"usm:{algorithm}", parameters)
    except QgsProcessingException as error:
        assert "shapefile" in str(error).lower() and "10 characters" in str(error), str(error)
        assert not list((tmp_path / "out").glob("result.*"))
        return
    import pyogrio

    names = pyogrio.read_info(str(tmp_path / "out" / "result.shp"))["fields"]
    assert all(len(n.encode()) <= 10 for n in names)
    reference = base_parameters(algorithm, city, tmp_path / "ref")
    run_algorithm(f"usm:{algorithm}", reference)
    assert [n for n in names if n != "fid"] == list(read_output(reference["OUTPUT"]).columns)


# ---------------------------------------------------------------- issue 8: SEED=-7
SEEDED = ("hotspots", "localmoran", "globalmoran", "optimizedhotspots", "typologies",
          "compositeindex", "riskterrain", "nearrepeat", "fulldiagnosis", "publicrelease")


@pytest.mark.parametrize("algorithm", SEEDED)
def test_negative_seed_is_refused_before_the_run(algorithm, city, tmp_path, qgis_app):
    import processing
    from qgis.core import QgsProcessingException

    parameters = base_parameters(algorithm, city, tmp_path / "out")
    parameters["SEED"] = -7
    with pytest.raises(QgsProcessingException, match="SEED"):
        processing.run(f"usm:{algorithm}", parameters)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_row12_curves_are_reported_on_the_qgis_feature_path_too(city, run_algorithm, tmp_path):
    """A layer that is not a plain file (here a memory layer, which keeps curves exactly) is
    read through QGIS's features, not the file reader: same segmentising, same report."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"CurvePolygon?crs={city.crs}&field=nbhd_id:string"
                           "&field=population:integer&field=value:double", "curved", "memory")
    features = []
    for i, polygon in enumerate(city.hood_geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([city.hood_attributes["nbhd_id"][i],
                               city.hood_attributes["population"][i],
                               city.hood_attributes["value"][i]])
        feature.setGeometry(QgsGeometry.fromWkt(_curved(polygon)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    parameters = base_parameters("aggregateincidents", city, tmp_path)
    parameters["NEIGHBOURHOODS"] = layer
    _, feedback = run_algorithm("usm:aggregateincidents", parameters)
    assert "25 curved geometries" in feedback.log, feedback.log
    assert accounting(parameters["ACCOUNTING"])["assigned"] == city.n_incidents
