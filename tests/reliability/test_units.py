"""RELIABILITY rows 2 and 3 and the CRS cases of issue 8: every distance and area means metres
whatever the input CRS, and the choice of measuring CRS is stated.

The same city is written in metres (EPSG:32611), in US survey feet (EPSG:2229, California
State Plane zone 5), in degrees (EPSG:4326) and in Web Mercator (EPSG:3857); every
algorithm must give the metre run's numbers (to 1e-6 relative: only the coordinate
round trip through PROJ differs) and say in the log that it measured in metres elsewhere.
"""

import numpy as np
import pytest

from reliability_city import (ALGORITHMS, METRE_CRS, POINT_INPUT, POLYGON_INPUT, City,
                              base_parameters, output_files, read_output)

OTHER_CRS = ("EPSG:2229", "EPSG:4326", "EPSG:3857")
#: Algorithms that measure no distance or area (attributes only, or joins by code/location);
#: the batch monitor converts the CRS unit in the core without a QGIS log line -- its
#: values are still compared below.
MEASURES_NOTHING = ("jointable", "aggregatesurvey", "typologies", "projecttargets",
                    "compositeindex", "compareperiods", "targettrajectory", "riskresilience",
                    "smoothrates", "crimeconcentration", "incidentsvsenvironment",
                    "publicrelease", "neighbourhoodprofiles")


@pytest.fixture(scope="module")
def cities(tmp_path_factory):
    return {crs: City(tmp_path_factory.mktemp(crs.replace(":", "_")), crs=crs)
            for crs in (METRE_CRS,) + OTHER_CRS}


@pytest.fixture(scope="module")
def metre_results(cities, tmp_path_factory, qgis_app):
    """Outputs of every algorithm on the metre city (computed once)."""
    import processing

    out = tmp_path_factory.mktemp("metre_runs")
    results = {}
    for algorithm in ALGORITHMS:
        parameters = base_parameters(algorithm, cities[METRE_CRS], out / algorithm)
        if algorithm == "spatialweightsreport":
            parameters.update(WEIGHTS=3, DISTANCE=450)     # a distance band, in metres
        values = processing.run(f"usm:{algorithm}", parameters)
        results[algorithm] = (values, [read_output(p) for p in output_files(parameters)])
    return results


def _compare(expected, got, algorithm, rtol=1e-6):
    if isinstance(expected, np.ndarray):
        assert expected.shape == got.shape, algorithm
        np.testing.assert_allclose(got, expected, rtol=rtol, atol=1e-6 * np.nanmax(expected),
                                   err_msg=algorithm)
        return
    assert list(expected.columns) == list(got.columns), algorithm
    numeric = expected.select_dtypes("number").abs().to_numpy(float)
    scale = max(1.0, float(np.nanmax(numeric))) if numeric.size and np.isfinite(numeric).any() else 1.0
    for column in expected.columns:
        if expected[column].dtype.kind in "fiu":
            np.testing.assert_allclose(got[column].to_numpy(float), expected[column].to_numpy(float),
                                       rtol=rtol, atol=1e-9 * scale, err_msg=f"{algorithm} {column}")
        elif algorithm == "batchmonitor" and column == "message":
            continue   # says which CRS measured the areas
        elif column not in ("source_crs", "crs", "value") or algorithm != "optimizedhotspots":
            assert got[column].astype(str).tolist() == expected[column].astype(str).tolist(), \
                (algorithm, column)


@pytest.mark.parametrize("crs", OTHER_CRS)
@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_row03_measures_are_metres_in_every_crs(algorithm, crs, cities, metre_results,
                                                run_algorithm, tmp_path):
    parameters = base_parameters(algorithm, cities[crs], tmp_path)
    if algorithm == "spatialweightsreport":
        parameters.update(WEIGHTS=3, DISTANCE=450)
    values, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    if algorithm not in MEASURES_NOTHING + ("batchmonitor",):
        assert "not metres" in feedback.log and "in metres" in feedback.log, feedback.log
        assert "EPSG:32611" in feedback.log, feedback.log    # the local UTM zone, named
    expected_values, expected_outputs = metre_results[algorithm]
    for expected, path in zip(expected_outputs, output_files(parameters)):
        got = read_output(path)
        if path.suffix == ".csv" and algorithm in ("optimizedhotspots",):
            continue   # the choices table quotes the CRS by name
        if algorithm == "streetsegmentaudit" and "seg_id" in got.columns:
            expected, got = _segments_in_order(expected), _segments_in_order(got)
        _compare(expected, got, algorithm)


def _segments_in_order(table):
    """Segments sorted by what they are, not by their ids: node order (and so the segment
    numbering) follows the coordinates' last bits, which a reprojection changes."""
    values = table.drop(columns=["seg_id", "parent_id"])
    ends = np.sort(values[["deg_start", "deg_end"]].to_numpy(), axis=1)   # direction too
    values = values.assign(deg_start=ends[:, 0], deg_end=ends[:, 1])
    key = values.select_dtypes("number").round(6).astype(str).agg("|".join, axis=1) \
        + values.select_dtypes(exclude="number").astype(str).agg("|".join, axis=1)
    return values.assign(_key=key.values).sort_values("_key").drop(columns="_key") \
        .reset_index(drop=True)
    for key, value in expected_values.items():
        if isinstance(value, float):
            assert values[key] == pytest.approx(value, rel=1e-6), (algorithm, key)


TWO_LAYER = sorted(set(POLYGON_INPUT) & set(POINT_INPUT))


@pytest.mark.parametrize("algorithm", TWO_LAYER)
def test_row02_layers_in_different_crss_are_reprojected(algorithm, cities, metre_results,
                                                        run_algorithm, tmp_path):
    """Points in degrees, polygons in metres: reprojected (said in the log), same numbers."""
    parameters = base_parameters(algorithm, cities[METRE_CRS], tmp_path)
    key, role = POINT_INPUT[algorithm]
    parameters[key] = cities["EPSG:4326"].paths[role]
    _, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    assert "reprojected from EPSG:4326" in feedback.log, feedback.log
    expected = metre_results[algorithm][1]
    for exp, path in zip(expected, output_files(parameters)):
        if path.suffix == ".csv" and algorithm == "optimizedhotspots":
            continue
        _compare(exp, read_output(path), algorithm)


def test_row03_a_layer_spanning_50_degrees_is_measured_in_an_equal_area_projection(
        tmp_path, run_algorithm):
    """Neighbourhoods in EPSG:4326 from 10 W to 40 E: areas equal the ellipsoidal (geodesic)
    areas to 0.1 %, where a single UTM zone is off by several per cent; the log says which
    projection measured them."""
    from pyproj import Geod
    from shapely.geometry import Point, Polygon

    from reliability_city import write_layer

    def cell(lon0, lat0, size=10.0, step=0.25):
        # densified edges, so straight lines in degrees and in the projection agree
        n = int(size / step)
        ring = ([(lon0 + i * step, lat0) for i in range(n)]
                + [(lon0 + size, lat0 + i * step) for i in range(n)]
                + [(lon0 + size - i * step, lat0 + size) for i in range(n)]
                + [(lon0, lat0 + size - i * step) for i in range(n)])
        return Polygon(ring)

    polygons = [cell(lon, lat) for lat in (40.0, 50.0) for lon in (-10.0, 0.0, 10.0, 20.0, 30.0)]
    ids = [f"W{i}" for i in range(len(polygons))]
    hoods = write_layer(tmp_path / "wide.gpkg", "hoods", polygons, {"nbhd_id": ids}, crs="EPSG:4326")
    points = write_layer(tmp_path / "wide_pts.gpkg", "pts",
                         [Point(p.centroid.x, p.centroid.y) for p in polygons],
                         {"k": list(range(len(polygons)))}, crs="EPSG:4326")
    parameters = {"INCIDENTS": points, "NEIGHBOURHOODS": hoods, "NEIGHBOURHOOD_ID": "nbhd_id",
                  "OUTPUT": str(tmp_path / "wide_out.gpkg"), "ACCOUNTING": str(tmp_path / "acc.csv")}
    _, feedback = run_algorithm("usm:aggregateincidents", parameters)
    assert "Lambert azimuthal equal-area" in feedback.log, feedback.log
    table = read_output(parameters["OUTPUT"]).set_index("nbhd_id")
    geod = Geod(ellps="WGS84")
    for nbhd_id, polygon in zip(ids, polygons):
        geodesic_km2 = abs(geod.geometry_area_perimeter(polygon)[0]) / 1e6
        assert table.loc[nbhd_id, "area_km2"] == pytest.approx(geodesic_km2, rel=1e-3), nbhd_id
