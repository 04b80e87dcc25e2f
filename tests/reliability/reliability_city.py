"""A small synthetic city, written as GeoPackages in tmp_path, and a valid run of every algorithm.

The reliability tests start from :func:`base_parameters` (a run of each registered algorithm
that succeeds on the clean city) and replace one input by a bad one.  Layers are written
with GDAL's OGR (not pyogrio), which can write what QGIS users meet and pyogrio cannot:
curved geometries, Z/M, no CRS, tables without geometry.

The city lies in Los Angeles (UTM zone 11N, EPSG:32611), so that the same layers can be
written in a US-feet State Plane CRS (EPSG:2229, California zone 5) and in degrees
(EPSG:4326), whose analysis CRS is that same UTM zone: results must then equal the
metre run.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

METRE_CRS = "EPSG:32611"
X0, Y0 = 380000.0, 3760000.0
SIDE = 400.0           # neighbourhood side, metres
N = 5                  # N x N neighbourhoods
#: Every registered algorithm (tests/reliability/test_every_algorithm.py checks this against
#: the provider's registry, so a new algorithm fails here until base_parameters has a run of it).
ALGORITHMS = ("aggregateincidents", "interpolatecensus", "jointable", "aggregatesurvey",
              "spatialweightsreport", "hotspots", "localmoran", "globalmoran",
              "infrastructureindicators", "populationcoverage", "sdgindicators",
              "kerneldensity", "optimizedhotspots", "emerginghotspots",
              "typologies", "projecttargets", "compositeindex", "compareperiods",
              "targettrajectory", "riskresilience", "smoothrates",
              "streetsegmentaudit", "crimeconcentration", "incidentsvsenvironment",
              "riskterrain", "nearrepeat",
              "fulldiagnosis", "neighbourhoodprofiles", "publicrelease", "batchmonitor")
STREET_SPACING = 100.0  # metres between the city's parallel streets


# ------------------------------------------------------------------------------ writing layers
def _ogr_type(values):
    from osgeo import ogr

    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (bool, int, np.integer)) for v in present):
        return ogr.OFTInteger64
    if present and all(isinstance(v, (int, float, np.integer, np.floating)) for v in present):
        return ogr.OFTReal
    return ogr.OFTString


def write_layer(path, layer, geometries, attributes=None, crs=METRE_CRS, geometry_type=None):
    """Write one layer with OGR.  ``geometries``: WKT strings, shapely geometries or None
    (``geometries=None`` for a table without geometry); ``crs``: "EPSG:n", WKT or None (no
    CRS: GDAL writes its "Undefined geographic SRS").  Returns "path|layername=layer"."""
    from osgeo import ogr, osr

    path = str(path)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    srs = None
    if crs is not None and geometries is not None:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if geometries is None:
        kind = ogr.wkbNone
    elif geometry_type is not None:
        kind = geometry_type
    else:
        kind = ogr.wkbUnknown
    out = dataset.CreateLayer(layer, srs, kind, ["OVERWRITE=YES"])
    attributes = attributes or {}
    n = len(geometries) if geometries is not None else len(next(iter(attributes.values())))
    for name, values in attributes.items():
        out.CreateField(ogr.FieldDefn(name, _ogr_type(values)))
    out.StartTransaction()
    for i in range(n):
        feature = ogr.Feature(out.GetLayerDefn())
        for name, values in attributes.items():
            value = values[i]
            if value is None:
                feature.SetFieldNull(name)
            elif isinstance(value, (np.integer, bool)):
                feature.SetField(name, int(value))
            elif isinstance(value, np.floating):
                feature.SetField(name, float(value))
            else:
                feature.SetField(name, value)
        if geometries is not None and isinstance(geometries[i], tuple):
            geometry = ogr.Geometry(ogr.wkbPoint)   # (x, y) that WKT cannot carry: NaN, inf
            geometry.AddPoint_2D(float(geometries[i][0]), float(geometries[i][1]))
            feature.SetGeometry(geometry)
        elif geometries is not None and geometries[i] is not None:
            wkt = geometries[i] if isinstance(geometries[i], str) else geometries[i].wkt
            geometry = ogr.CreateGeometryFromWkt(wkt)
            assert geometry is not None, wkt
            feature.SetGeometry(geometry)
        out.CreateFeature(feature)
    out.CommitTransaction()
    dataset = None
    return f"{path}|layername={layer}"


def to_crs(geometries, crs):
    """Shapely geometries from the metre CRS to ``crs`` (None: unchanged)."""
    import shapely
    from pyproj import Transformer

    if crs in (None, METRE_CRS):
        return list(geometries)
    transformer = Transformer.from_crs(METRE_CRS, crs, always_xy=True)
    return list(shapely.transform(np.asarray(geometries, dtype=object),
                                  lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))))


# ------------------------------------------------------------------------------ the city
def grid_polygons(n=N, side=SIDE, x0=X0, y0=Y0):
    from shapely.geometry import box

    return [box(x0 + c * side, y0 + r * side, x0 + (c + 1) * side, y0 + (r + 1) * side)
            for r in range(n) for c in range(n)]


class City:
    """Clean layers of the synthetic city (in ``crs``), written under ``folder``."""

    def __init__(self, folder: Path, crs=METRE_CRS, layer_crs=None):
        from shapely.geometry import Point

        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.crs = crs
        rng = np.random.default_rng(42)
        hoods = grid_polygons()
        self.n_hoods = len(hoods)
        self.ids = [f"N{i:02d}" for i in range(self.n_hoods)]
        rows = np.arange(self.n_hoods) // N
        cols = np.arange(self.n_hoods) % N
        self.hood_attributes = {
            "nbhd_id": list(self.ids),
            "population": [int(800 + 150 * r + 90 * c) for r, c in zip(rows, cols)],
            "value": [float(v) for v in (rows + cols + rng.normal(0, 0.7, self.n_hoods))],
        }
        self.hood_geometries = hoods
        # Incidents: well inside the neighbourhoods (never on an edge), dated over two years.
        n_inc = 300
        self.incident_xy = np.column_stack([
            X0 + 10 + rng.random(n_inc) * (N * SIDE - 20), Y0 + 10 + rng.random(n_inc) * (N * SIDE - 20)])
        on_edge = np.isclose(np.mod(self.incident_xy - [X0, Y0], SIDE), 0, atol=1e-3).any(axis=1)
        self.incident_xy[on_edge] += 2.5
        months = rng.integers(0, 24, n_inc)
        self.incident_attributes = {
            "category": [["theft", "assault", "burglary"][i] for i in rng.integers(0, 3, n_inc)],
            "occurred": [f"{2022 + m // 12}-{m % 12 + 1:02d}-{d:02d}"
                         for m, d in zip(months, rng.integers(1, 28, n_inc))],
            "severity": [int(v) for v in rng.integers(1, 10, n_inc)],
        }
        self.incident_geometries = [Point(x, y) for x, y in self.incident_xy]
        self.n_incidents = n_inc
        # Census: 2 x 2 units covering the city.
        big = N * SIDE / 2
        self.census_geometries = grid_polygons(2, big)
        self.census_attributes = {"cid": ["C1", "C2", "C3", "C4"],
                                  "population": [4000, 5000, 6000, 7000],
                                  "income": [20000.0, 25000.0, 30000.0, 28000.0]}
        n_resp = 150
        self.respondent_geometries = [Point(X0 + 5 + rng.random() * (N * SIDE - 10),
                                            Y0 + 5 + rng.random() * (N * SIDE - 10))
                                      for _ in range(n_resp)]
        self.respondent_attributes = {"feels_unsafe": [int(v) for v in rng.integers(0, 2, n_resp)]}
        n_lights = 80
        self.light_geometries = [Point(X0 + 7 + rng.random() * (N * SIDE - 14),
                                       Y0 + 7 + rng.random() * (N * SIDE - 14))
                                 for _ in range(n_lights)]
        self.light_attributes = {"working": [int(v) for v in rng.integers(0, 2, n_lights)]}
        self.facility_geometries = [Point(X0 + 300, Y0 + 300), Point(X0 + 1500, Y0 + 1100),
                                    Point(X0 + 900, Y0 + 1700)]
        self.stop_geometries = [Point(X0 + 100 + 350 * i, Y0 + 150 + 330 * (i % 5))
                                for i in range(6)]
        self.stop_attributes = {"kind": ["bus", "metro", "bus", "tram", "rail", "bus"]}
        self.table_attributes = {"code": list(self.ids),
                                 "score": [float(i % 7) for i in range(self.n_hoods)]}
        # Neighbourhood indicators (the inputs of the monitor, typology and release algorithms):
        # the same polygons with census-like shares, two years of counts and two indices.
        counts = np.bincount(self._hood_of(self.incident_xy), minlength=self.n_hoods)
        early = np.array([m < 12 for m in months])
        n_2022 = np.bincount(self._hood_of(self.incident_xy[early]), minlength=self.n_hoods)
        informal = np.clip(0.1 + 0.12 * rows + rng.normal(0, 0.05, self.n_hoods), 0.01, 0.95)
        self.indicator_attributes = {
            "nbhd_id": list(self.ids),
            "population": list(self.hood_attributes["population"]),
            "income": [float(v) for v in 30000 - 3000 * rows + rng.normal(0, 1500, self.n_hoods)],
            "unemployment": [float(v) for v in 0.05 + 0.03 * rows + rng.normal(0, 0.01, self.n_hoods)],
            "informal": [float(v) for v in informal],
            "youth": [float(v) for v in 0.2 + 0.02 * cols + rng.normal(0, 0.02, self.n_hoods)],
            "n_2022": [int(v) for v in n_2022],
            "n_2023": [int(v) for v in counts - n_2022],
            "risk": [float(v) for v in rows + rng.normal(0, 0.5, self.n_hoods)],
            "resilience": [float(v) for v in cols + rng.normal(0, 0.5, self.n_hoods)],
            "type_id": [int(1 + r // 2) for r in rows],
        }
        # Streets: a noded grid (one feature per block side, as street data comes) every
        # STREET_SPACING metres, 30 m off the neighbourhood edges: no street runs along a
        # neighbourhood boundary or is cut by one into equal halves (no ties to round off).
        from shapely.geometry import LineString

        steps = np.arange(30.0, N * SIDE, STREET_SPACING)
        self.street_geometries = (
            [LineString([(X0 + a, Y0 + s), (X0 + b, Y0 + s)]) for s in steps
             for a, b in zip(steps[:-1], steps[1:])]
            + [LineString([(X0 + s, Y0 + a), (X0 + s, Y0 + b)]) for s in steps
               for a, b in zip(steps[:-1], steps[1:])])
        self.street_attributes = {"name": [f"street {i}" for i in range(len(self.street_geometries))]}
        self.paths = {}
        self.write_all()

    def _hood_of(self, xy):
        """Index of the grid neighbourhood holding each point (points are never on an edge)."""
        col = np.floor((xy[:, 0] - X0) / SIDE).astype(int)
        row = np.floor((xy[:, 1] - Y0) / SIDE).astype(int)
        return row * N + col

    def layers(self):
        """Every role's (geometries, attributes)."""
        return {"hoods": (self.hood_geometries, self.hood_attributes),
                "incidents": (self.incident_geometries, self.incident_attributes),
                "census": (self.census_geometries, self.census_attributes),
                "respondents": (self.respondent_geometries, self.respondent_attributes),
                "lights": (self.light_geometries, self.light_attributes),
                "facilities": (self.facility_geometries, {"name": ["a", "b", "c"]}),
                "stops": (self.stop_geometries, self.stop_attributes),
                "indicators": (self.hood_geometries, self.indicator_attributes),
                "streets": (self.street_geometries, self.street_attributes)}

    # each layer in its own GeoPackage, so a test can swap one for a bad copy
    def write(self, name, geometries, attributes, crs="same", **kw):
        crs = self.crs if crs == "same" else crs
        if geometries is not None and crs not in (None, METRE_CRS):
            geometries = [g if g is None or isinstance(g, (str, tuple)) else to_crs([g], crs)[0]
                          for g in geometries]
        return write_layer(self.folder / f"{name}.gpkg", name, geometries, attributes, crs=crs, **kw)

    def write_all(self):
        self.paths = {
            "hoods": self.write("hoods", self.hood_geometries, self.hood_attributes),
            "incidents": self.write("incidents", self.incident_geometries, self.incident_attributes),
            "census": self.write("census", self.census_geometries, self.census_attributes),
            "respondents": self.write("respondents", self.respondent_geometries,
                                      self.respondent_attributes),
            "lights": self.write("lights", self.light_geometries, self.light_attributes),
            "facilities": self.write("facilities", self.facility_geometries,
                                     {"name": ["a", "b", "c"]}),
            "stops": self.write("stops", self.stop_geometries, self.stop_attributes),
            "table": self.write("table", None, self.table_attributes),
            "indicators": self.write("indicators", self.hood_geometries, self.indicator_attributes),
            "streets": self.write("streets", self.street_geometries, self.street_attributes),
        }
        self.paths["config"] = self.write_batch_config(self.folder / "batch.toml")

    def write_batch_config(self, path, **overrides):
        """A batch-monitor configuration of this city for 2022 and 2023; returns its path."""
        settings = {"neighbourhoods": self.paths["hoods"].split("|")[0],
                    "neighbourhoods_layer": "hoods",
                    "incidents": self.paths["incidents"].split("|")[0],
                    "incidents_layer": "incidents", "id_field": "nbhd_id",
                    "population_field": "population", "category_field": "category",
                    "date_field": "occurred"}
        settings.update(overrides)
        lines = ["[[cities]]", 'name = "Reliability city"', "years = [2022, 2023]"]
        lines += [f'{key} = "{value}"' for key, value in settings.items()]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    def variant(self, name, role, geometries=None, attributes=None, crs="same", **kw):
        """A modified copy of layer ``role`` written as a new file ``name``; returns its uri."""
        base = self.layers()[role]
        geometries = base[0] if geometries is None else geometries
        attributes = base[1] if attributes is None else attributes
        return self.write(name, geometries, attributes, crs=crs, **kw)


# --------------------------------------------------------------------------- the runs
#: For each algorithm: its polygon input (the neighbourhoods or areas it reads) and its
#: point input, by parameter name and City layer role.
POLYGON_INPUT = {
    "aggregateincidents": ("NEIGHBOURHOODS", "hoods"), "interpolatecensus": ("NEIGHBOURHOODS", "hoods"),
    "jointable": ("NEIGHBOURHOODS", "hoods"), "aggregatesurvey": ("NEIGHBOURHOODS", "hoods"),
    "spatialweightsreport": ("INPUT", "hoods"), "hotspots": ("INPUT", "hoods"),
    "localmoran": ("INPUT", "hoods"), "globalmoran": ("INPUT", "hoods"),
    "infrastructureindicators": ("NEIGHBOURHOODS", "hoods"),
    "populationcoverage": ("NEIGHBOURHOODS", "hoods"), "sdgindicators": ("NEIGHBOURHOODS", "hoods"),
    "optimizedhotspots": ("STUDY_AREA", "hoods"), "emerginghotspots": ("LOCATIONS", "hoods"),
    **{a: ("INPUT", "indicators") for a in (
        "typologies", "projecttargets", "compositeindex", "compareperiods", "targettrajectory",
        "riskresilience", "smoothrates", "neighbourhoodprofiles", "publicrelease")},
    "riskterrain": ("STUDY_AREA", "hoods"), "fulldiagnosis": ("NEIGHBOURHOODS", "hoods"),
}
POINT_INPUT = {
    "aggregateincidents": ("INCIDENTS", "incidents"), "aggregatesurvey": ("RESPONDENTS", "respondents"),
    "infrastructureindicators": ("LAYER", "lights"), "populationcoverage": ("FACILITIES", "facilities"),
    "sdgindicators": ("STOPS", "stops"), "kerneldensity": ("INPUT", "incidents"),
    "optimizedhotspots": ("INPUT", "incidents"), "emerginghotspots": ("INPUT", "incidents"),
    "streetsegmentaudit": ("INCIDENTS", "incidents"), "riskterrain": ("INCIDENTS", "incidents"),
    "nearrepeat": ("INPUT", "incidents"), "fulldiagnosis": ("INCIDENTS", "incidents"),
}
#: Inputs read as attribute tables only (any layer or table, geometry and CRS unused).
TABLE_INPUT = {"crimeconcentration": ("INPUT", "indicators"),
               "incidentsvsenvironment": ("INPUT", "indicators")}
#: Algorithms that analyse attributes only and write the input geometry back unchanged
#: (curves kept as they are: nothing to segmentise or report).
GEOMETRY_PASSED_THROUGH = ("projecttargets", "compareperiods", "targettrajectory",
                           "riskresilience", "smoothrates")
#: Line inputs (streets).
LINE_INPUT = {"streetsegmentaudit": ("STREETS", "streets")}
#: The id field parameter of the polygon input, where the algorithm has one.
ID_PARAMETER = {a: "NEIGHBOURHOOD_ID" for a in (
    "aggregateincidents", "interpolatecensus", "jointable", "aggregatesurvey",
    "infrastructureindicators", "populationcoverage", "sdgindicators")}
ID_PARAMETER.update({a: "ID_FIELD" for a in ("spatialweightsreport", "hotspots", "localmoran",
                                              "globalmoran")})
ID_PARAMETER["emerginghotspots"] = "LOCATION_ID"
ID_PARAMETER.update({a: "ID_FIELD" for a in (
    "typologies", "projecttargets", "compositeindex", "compareperiods", "targettrajectory",
    "riskresilience", "neighbourhoodprofiles", "publicrelease")})
ID_PARAMETER["fulldiagnosis"] = "NEIGHBOURHOOD_ID"
#: The output a run is judged by where it is not OUTPUT.
MAIN_OUTPUT = {"fulldiagnosis": "OUTPUT_GPKG", "neighbourhoodprofiles": "OUTPUT_FOLDER",
               "batchmonitor": "SUMMARY"}


def base_parameters(algorithm, city: City, out: Path) -> dict:
    """Parameters of a run of ``algorithm`` that succeeds on the clean city."""
    p = city.paths
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    hood = {"NEIGHBOURHOODS": p["hoods"], "NEIGHBOURHOOD_ID": "nbhd_id"}
    weights = {"INPUT": p["hoods"], "ID_FIELD": "nbhd_id", "PERMUTATIONS": 99, "SEED": 1}
    indicators = {"INPUT": p["indicators"], "ID_FIELD": "nbhd_id"}
    census_pop = {"POPULATION_POLYGONS": p["census"], "POPULATION_POLYGON_FIELD": "population"}
    table = {
        "aggregateincidents": {**hood, "INCIDENTS": p["incidents"], "CATEGORY_FIELD": "category",
                               "DATE_FIELD": "occurred", "POPULATION_FIELD": "population",
                               "OUTPUT": str(out / "counts.gpkg"),
                               "ACCOUNTING": str(out / "accounting.csv")},
        "interpolatecensus": {**hood, "CENSUS": p["census"], "CENSUS_ID": "cid",
                              "EXTENSIVE_FIELDS": ["population"], "INTENSIVE_FIELDS": ["income"],
                              "OUTPUT": str(out / "census.gpkg"), "TOTALS": str(out / "totals.csv"),
                              "DIAGNOSTICS": str(out / "diagnostics.csv")},
        "jointable": {**hood, "TABLE": p["table"], "CODE_FIELD": "code", "FIELDS": ["score"],
                      "OUTPUT": str(out / "joined.gpkg"), "REPORT": str(out / "report.csv")},
        "aggregatesurvey": {**hood, "RESPONDENTS": p["respondents"],
                            "INDICATOR_FIELDS": ["feels_unsafe"], "MIN_RESPONDENTS": 2,
                            "OUTPUT": str(out / "survey.gpkg"),
                            "ACCOUNTING": str(out / "survey_accounting.csv")},
        "spatialweightsreport": {"INPUT": p["hoods"], "ID_FIELD": "nbhd_id",
                                 "OUTPUT": str(out / "weights.gpkg")},
        "hotspots": {**weights, "FIELD": "value", "OUTPUT": str(out / "gi.gpkg")},
        "localmoran": {**weights, "FIELD": "value", "OUTPUT": str(out / "lisa.gpkg")},
        "globalmoran": {**weights, "FIELD": "value", "OUTPUT": str(out / "moran.csv")},
        "infrastructureindicators": {**hood, "LAYER": p["lights"], "FLAG_FIELD": "working",
                                     "PREFIX": "light", "OUTPUT": str(out / "lights.gpkg")},
        "populationcoverage": {**hood, **census_pop, "FACILITIES": p["facilities"],
                               "DISTANCE": 500, "METHOD": 0, "OUTPUT": str(out / "coverage.gpkg")},
        "sdgindicators": {**hood, **census_pop, "STOPS": p["stops"], "CAPACITY_FIELD": "kind",
                          "OUTPUT": str(out / "sdg.gpkg"), "CITY": str(out / "sdg_city.csv")},
        "kerneldensity": {"INPUT": p["incidents"], "CELL_SIZE": 50, "RADIUS": 300,
                          "OUTPUT": str(out / "density.tif")},
        "optimizedhotspots": {"INPUT": p["incidents"], "STUDY_AREA": p["hoods"], "CELL_SIZE": 200,
                              "OUTPUT": str(out / "ohs.gpkg"), "CHOICES": str(out / "choices.csv")},
        "emerginghotspots": {"INPUT": p["incidents"], "DATE_FIELD": "occurred", "CELL_SIZE": 500,
                             "LOCATIONS": p["hoods"], "LOCATION_ID": "nbhd_id",
                             "TIME_STEP": 1, "OUTPUT": str(out / "ehs.gpkg")},
        # ---- typologies and the monitor, on the neighbourhood indicators
        "typologies": {**indicators, "FIELDS": ["income", "unemployment", "informal", "youth"],
                       "K": 3, "STABILITY_RUNS": 10, "OUTPUT": str(out / "types.gpkg"),
                       "K_TABLE": str(out / "k_table.csv"), "PROFILES": str(out / "profiles.csv"),
                       "HTML": str(out / "typology.html")},
        "projecttargets": {**indicators, "TYPE_FIELD": "type_id", "BASELINE_FIELD": "n_2023",
                           "CITY_CHANGE": -50, "OUTPUT": str(out / "targets.gpkg"),
                           "BY_TYPE": str(out / "by_type.csv")},
        "compositeindex": {**indicators, "FIELDS": ["unemployment", "informal", "income"],
                           "PROTECTIVE_FIELDS": ["income"], "RUNS": 40,
                           "OUTPUT": str(out / "index.gpkg"),
                           "SENSITIVITY": str(out / "sensitivity.csv"),
                           "REPORT": str(out / "index_report.csv")},
        "compareperiods": {**indicators, "COUNT_FIELDS": ["n_2022", "n_2023"],
                           "POPULATION_FIELD": "population", "OUTPUT": str(out / "change.gpkg"),
                           "CITY": str(out / "change_city.csv")},
        "targettrajectory": {**indicators, "COUNT_FIELDS": ["n_2022", "n_2023"],
                             "FIRST_YEAR": 2022, "OUTPUT": str(out / "trajectory.gpkg"),
                             "CITY_PATH": str(out / "city_path.csv")},
        "riskresilience": {**indicators, "RISK_FIELD": "risk", "RESILIENCE_FIELD": "resilience",
                           "OUTPUT": str(out / "bivariate.gpkg"),
                           "PRIORITY": str(out / "priority.csv")},
        "smoothrates": {"INPUT": p["indicators"], "COUNT_FIELD": "n_2023",
                        "POPULATION_FIELD": "population", "OUTPUT": str(out / "eb.gpkg")},
        # ---- CPTED and environment
        "streetsegmentaudit": {"STREETS": p["streets"], "LIGHTS": p["lights"],
                               "INCIDENTS": p["incidents"], "DATE_FIELD": "occurred",
                               "CATEGORY_FIELD": "category", "SNAP_TOLERANCE": 100,
                               "DENSITY_RADIUS": 385,   # no node exactly at the radius
                               **hood, "OUTPUT": str(out / "segments.gpkg"),
                               "NEIGHBOURHOOD_OUTPUT": str(out / "segment_hoods.gpkg"),
                               "ACCOUNTING": str(out / "segment_accounting.csv")},
        "crimeconcentration": {"INPUT": p["indicators"], "COUNT_FIELD": "n_2023",
                               "OUTPUT": str(out / "concentration.csv"),
                               "LORENZ": str(out / "lorenz.csv")},
        "incidentsvsenvironment": {"INPUT": p["indicators"], "COUNT_FIELD": "n_2023",
                                   "CONDITION_FIELD": "informal", "OPERATOR": 4, "VALUE": 0.3,
                                   "EXPOSURE_FIELD": "population",
                                   "OUTPUT": str(out / "rate_ratio.csv")},
        "riskterrain": {"STUDY_AREA": p["hoods"], "INCIDENTS": p["incidents"],
                        # random points: no cell centre exactly at a tested distance
                        "FACTORS": [p["lights"], p["respondents"]],
                        "DISTANCES": "100,300", "CELL_SIZE": 100, "FOLDS": 3, "BLOCK_CELLS": 4,
                        **hood, "OUTPUT": str(out / "risk.tif"),
                        "FACTOR_TABLE": str(out / "factors.csv"),
                        "NEIGHBOURHOOD_OUTPUT": str(out / "risk_hoods.gpkg")},
        "nearrepeat": {"INPUT": p["incidents"], "DATE_FIELD": "occurred",
                       "DISTANCE_BANDS": "200,400", "TIME_BANDS": "14,28", "PERMUTATIONS": 99,
                       "OUTPUT": str(out / "knox.csv"), "HTML": str(out / "knox.html"),
                       "CLASSIFIED": str(out / "chains.gpkg")},
        # ---- reports and release
        "fulldiagnosis": {**hood, "INCIDENTS": p["incidents"], "CATEGORY_FIELD": "category",
                          "DATE_FIELD": "occurred", "PERMUTATIONS": 99,
                          "OUTPUT_GPKG": str(out / "diagnosis.gpkg"),
                          "OUTPUT_FOLDER": str(out / "diagnosis")},
        "neighbourhoodprofiles": {**indicators, "INDICATOR_FIELDS": ["income", "informal"],
                                  "PERIOD_FIELDS": ["n_2022", "n_2023"],
                                  "OUTPUT_FOLDER": str(out / "profiles"),
                                  "ATLAS_PDF": str(out / "atlas.pdf")},
        "publicrelease": {**indicators, "COUNT_FIELDS": ["n_2022", "n_2023"],
                          "POPULATION_FIELD": "population", "OUTPUT": str(out / "public.gpkg"),
                          "REPORT": str(out / "disclosure.csv")},
        "batchmonitor": {"CONFIG": p["config"], "OUTPUT_FOLDER": str(out / "batch"),
                         "SUMMARY": str(out / "summary.csv")},
    }
    return dict(table[algorithm])


#: Every file or folder output parameter of the algorithms, the main ones first.
OUTPUT_KEYS = ("OUTPUT", "OUTPUT_GPKG", "SUMMARY", "OUTPUT_FOLDER", "ACCOUNTING", "TOTALS",
               "DIAGNOSTICS", "REPORT", "CITY", "CHOICES", "BINS", "FIELD_NAMES", "K_TABLE",
               "PROFILES", "HTML", "BY_TYPE", "SENSITIVITY", "CITY_PATH", "PRIORITY",
               "NEIGHBOURHOOD_OUTPUT", "LORENZ", "FACTOR_TABLE", "CLASSIFIED", "ATLAS_PDF",
               "POINTS_OUTPUT")


def output_files(parameters: dict):
    """Every file output named in ``parameters`` (by the usual output names)."""
    return [Path(str(parameters[k])) for k in OUTPUT_KEYS if k in parameters and parameters[k]]


def file_hashes(folder) -> dict:
    """sha256 of every file under ``folder`` (inputs must not change)."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file()}




def read_output(path):
    """An output as a DataFrame (GeoPackage: attributes; CSV) or a numpy array (GeoTIFF)."""
    import pandas as pd

    path = str(path).split("|")[0]
    if Path(path).is_dir():   # a folder output: its files' names
        return pd.DataFrame({"file": [str(f.relative_to(path))
                                      for f in sorted(Path(path).rglob("*")) if f.is_file()]})
    if path.endswith(".pdf"):   # its pages (the bytes hold a date and rendered maps)
        import re

        return pd.DataFrame({"pages": [len(re.findall(rb"/Type\s*/Page(?![s\w])",
                                                      Path(path).read_bytes()))]})
    if path.endswith((".html", ".json")):
        return pd.DataFrame({"bytes": [len(Path(path).read_bytes())]})
    if path.endswith(".tif"):
        from osgeo import gdal

        dataset = gdal.Open(path)
        band = dataset.GetRasterBand(1)
        raw = band.ReadRaster(0, 0, band.XSize, band.YSize, buf_type=gdal.GDT_Float64)
        return np.frombuffer(raw, dtype=float).reshape(band.YSize, band.XSize)
    if path.endswith(".csv"):
        return pd.read_csv(path)
    import pyogrio

    return pyogrio.read_dataframe(path, read_geometry=False)


def accounting(path) -> dict:
    table = read_output(path)
    return {str(k): int(v) for k, v in zip(table["item"], table["count"])}


def recording_feedback(cancel_after=None):
    """A QgsProcessingFeedback that keeps its log and progress values, and cancels itself
    after ``cancel_after`` progress reports (None: never)."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        # Progress is heard on the progressChanged signal: a multi-step feedback (the full
        # diagnosis, the profiles) sets its parent's progress from C++, past a Python override.
        def __init__(self):
            super().__init__()
            self.lines, self.progress_values = [], []
            self.progressChanged.connect(self._heard)

        def _heard(self, value):
            self.progress_values.append(value)
            if cancel_after is not None and len(self.progress_values) >= cancel_after:
                self.cancel()

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.lines.append(error)

        @property
        def log(self):
            return "\n".join(self.lines)

    return Feedback()
