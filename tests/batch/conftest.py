"""Two generated cities with planted truth for the batch monitor's tests.

Each city is an 8 x 8 grid of 100 m square neighbourhoods (ids A00..A63 / B00..B63,
1,000 residents each).  Per year, every neighbourhood gets a planted number of
incidents strictly inside it (30 in the 3 x 3 corner block, 3..7 elsewhere), plus 3
incidents outside the city and 2 with a null geometry; the city also has 5 incidents
without a usable date (4 missing, 1 unparsable).  Dates are text in mixed formats.

City A: neighbourhoods and incidents in one GeoPackage (EPSG:32630).
City B: neighbourhoods in a GeoPackage, incidents in GeoParquet in EPSG:4326
(reprojected by the batch to the neighbourhoods' CRS).
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

GRID, SIDE, YEARS = 8, 100.0, (2022, 2023)
HOT = 3  # the hot block is HOT x HOT squares in the lower-left corner


@dataclass
class City:
    name: str
    neighbourhoods: Path
    incidents: Path
    incidents_layer: object
    truth: dict  # year -> {id: count}
    ids: list
    hot_ids: set


def _neighbourhoods(prefix, origin):
    import geopandas as gpd
    import shapely

    ids, geoms = [], []
    for row in range(GRID):
        for col in range(GRID):
            x0, y0 = origin[0] + col * SIDE, origin[1] + row * SIDE
            ids.append(f"{prefix}{row * GRID + col:02d}")
            geoms.append(shapely.box(x0, y0, x0 + SIDE, y0 + SIDE))
    return gpd.GeoDataFrame({"nbhd_id": ids, "population": np.full(len(ids), 1000.0),
                             "district": [f"d{i % 3}" for i in range(len(ids))]},
                            geometry=geoms, crs="EPSG:32630")


def _incidents(areas, rng):
    import geopandas as gpd
    import shapely

    truth, rows = {}, []
    formats = ("{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y} 21:30", "{y}-{m:02d}-{d:02d}T08:15")
    for year in YEARS:
        truth[year] = {}
        for i, (nid, geom) in enumerate(zip(areas.nbhd_id, areas.geometry)):
            row, col = divmod(i, GRID)
            n = 30 if (row < HOT and col < HOT) else int(rng.integers(3, 8))
            truth[year][nid] = n
            x0, y0, x1, y1 = geom.bounds
            for _ in range(n):
                point = shapely.Point(rng.uniform(x0 + 5, x1 - 5), rng.uniform(y0 + 5, y1 - 5))
                fmt = formats[int(rng.integers(0, 3))]
                date = fmt.format(y=year, m=int(rng.integers(1, 13)), d=int(rng.integers(1, 29)))
                rows.append((point, date, ["theft", "assault"][int(rng.integers(0, 2))]))
        x_min, y_min = areas.total_bounds[:2]
        for k in range(3):  # outside the city
            rows.append((shapely.Point(x_min - 50 - k, y_min - 50), f"{year}-06-0{k + 1}",
                         "theft"))
        for k in range(2):  # no geometry
            rows.append((None, f"{year}-07-0{k + 1}", "assault"))
    inside = areas.geometry.iloc[10].centroid
    for date in (None, None, None, "", "not a date"):  # undated: in no year
        rows.append((inside, date, "theft"))
    return gpd.GeoDataFrame({"occurred_at": [r[1] for r in rows],
                             "category": [r[2] for r in rows]},
                            geometry=[r[0] for r in rows], crs=areas.crs), truth


def _hot_ids(areas):
    return {nid for i, nid in enumerate(areas.nbhd_id) if divmod(i, GRID)[0] < HOT
            and divmod(i, GRID)[1] < HOT}


@pytest.fixture(scope="session")
def two_cities(tmp_path_factory):
    """City A (GeoPackage) and city B (GeoParquet incidents in EPSG:4326)."""
    folder = tmp_path_factory.mktemp("batch_cities")
    rng = np.random.default_rng(7)
    cities = []
    areas_a = _neighbourhoods("A", (500_000.0, 4_400_000.0))
    incidents_a, truth_a = _incidents(areas_a, rng)
    gpkg = folder / "city_a.gpkg"
    areas_a.to_file(gpkg, layer="neighbourhoods", engine="pyogrio")
    incidents_a.to_file(gpkg, layer="incidents", engine="pyogrio")
    cities.append(City("City A", gpkg, gpkg, "incidents", truth_a, list(areas_a.nbhd_id),
                       _hot_ids(areas_a)))
    areas_b = _neighbourhoods("B", (520_000.0, 4_420_000.0))
    incidents_b, truth_b = _incidents(areas_b, rng)
    areas_b.to_file(folder / "city_b.gpkg", layer="neighbourhoods", engine="pyogrio")
    incidents_b.to_crs("EPSG:4326").to_parquet(folder / "city_b_incidents.parquet")
    cities.append(City("City B", folder / "city_b.gpkg", folder / "city_b_incidents.parquet",
                       None, truth_b, list(areas_b.nbhd_id), _hot_ids(areas_b)))
    return cities


def write_config(path: Path, cities, *, output="out", extra_defaults="", extra_cities=""):
    """A TOML configuration for ``cities`` (City objects) written to ``path``."""
    lines = [f'output_folder = "{output}"', "", "[defaults]", 'id_field = "nbhd_id"',
             'population_field = "population"', 'category_field = "category"',
             'date_field = "occurred_at"', f"years = {list(YEARS)}", extra_defaults, ""]
    for city in cities:
        lines += ["[[cities]]", f'name = "{city.name}"',
                  f'neighbourhoods = "{city.neighbourhoods}"',
                  'neighbourhoods_layer = "neighbourhoods"',
                  f'incidents = "{city.incidents}"']
        if city.incidents_layer:
            lines.append(f'incidents_layer = "{city.incidents_layer}"')
        lines.append("")
    path.write_text("\n".join(lines) + "\n" + extra_cities, encoding="utf-8")
    return path


@pytest.fixture
def config_file(tmp_path, two_cities):
    return write_config(tmp_path / "monitor.toml", two_cities)


@pytest.fixture
def make_config():
    """``make_config(path, cities, **options)`` writes a configuration (see write_config)."""
    return write_config


@pytest.fixture(scope="session")
def config_writer():
    """:func:`write_config` for session- and module-scoped fixtures."""
    return write_config
