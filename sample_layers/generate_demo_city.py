#!/usr/bin/env python3
"""Generate the fictional demo city "Villa Segura" (sample_layers/demo_city.gpkg).

Everything in the demo city is invented.  The script builds, from one fixed seed,
a city of about 11 x 9 km in EPSG:32630 with neighbourhoods of every Safer Cities
type, census units, infrastructure, about 55,000 incidents over 2021-2023, a
perception survey, programme budgets and a *planted truth*: the hot spots, the
cold spot, the dark areas and the neighbourhood types that the analyses of the
Urban Safety Monitor are tested against.  Deliberate edge cases (points on shared
boundaries, outside the city, with a null geometry or a null date) are counted
exactly and listed in sample_layers/README.md.

Run it with the project's virtual environment::

    .venv/bin/python sample_layers/generate_demo_city.py [--out-dir DIR]

It writes ``demo_city.gpkg``, ``population_100m.tif`` and
``demo_city_manifest.json`` (layer counts, edge-case counts and a content digest
of every layer) into ``--out-dir`` (default: the folder of this script).
Re-running it gives identical files: randomness comes only from
``numpy.random.default_rng`` streams spawned from ``SEED`` and every timestamp
that GeoPackage stores is fixed.

The script needs numpy, pandas, geopandas, shapely>=2.1, scipy, pyogrio and
rasterio; it does not need QGIS.  QGIS styles are read from
``resources/styles/demo/<layer>.qml`` and stored as default styles in the
GeoPackage's ``layer_styles`` table.  Maintainers who change a style edit
``build_styles`` below and run, with QGIS available::

    QT_QPA_PLATFORM=offscreen .venv/bin/python sample_layers/generate_demo_city.py --build-styles
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20201020  # the Madrid Expert Group Meeting on the Urban Safety Monitor, 20 Oct 2020
CRS = "EPSG:32630"
CITY_NAME = "Villa Segura"
CX, CY = 440000.0, 4473000.0            # city centre (UTM 30N metres)
X0, Y0, X1, Y1 = 434000, 4468000, 446000, 4478000  # raster extent, 100 m aligned
CELL = 100
FIXED_TIMESTAMP = "2024-01-01T00:00:00.000Z"
N_NEIGHBOURHOODS = 250
N_CENSUS = 600
TARGET_POPULATION = 600_000
TARGET_INCIDENTS = 55_000
YEARS = (2021, 2022, 2023)

# Exact edge-case counts (documented in README.md and checked by the tests).
N_BOUNDARY_VERTEX = 80
N_BOUNDARY_MIDPOINT = 70
N_OUTSIDE = 200
N_NULL_GEOMETRY = 40
N_NULL_DATETIME = 25
N_DARK_EXTRA = 2000
N_STREET_GAPS = 5
N_STREET_MULTI = 6

TYPES = ("upper_middle", "normal", "vulnerable", "critical")
CATEGORIES = ("homicide", "assault", "robbery", "burglary", "theft",
              "sexual_violence", "domestic_violence", "harassment")
NIGHT_CATEGORIES = ("assault", "robbery", "harassment", "sexual_violence")
AGE_GROUPS = ("0-14", "15-24", "25-44", "45-64", "65+")
SEXES = ("female", "male", "unknown")

# ---------------------------------------------------------------------------
# Parameters of the invented city
# ---------------------------------------------------------------------------
# net residential density (residents per hectare of residential land) by subtype
DENSITY = {"gated_condominium": 45, "open": 75, "consolidated": 110, "deteriorated": 150,
           "precarious": 165, "informal_settlement": 200, "chronic_violence": 180,
           "historic": 95}
# share of each land use that is inhabited
LAND_USE_RESIDENTS = {"residential": 1.0, "mixed": 0.7, "commercial": 0.25,
                      "institutional": 0.1, "industrial": 0.0, "green": 0.0, "vacant": 0.0}
LAND_USE_ACTIVITY = {"residential": 0.0, "mixed": 0.6, "commercial": 1.0,
                     "institutional": 0.4, "industrial": 0.15, "green": 0.1, "vacant": 0.0}
CATEGORY_SHARE = {"homicide": 0.006, "assault": 0.16, "robbery": 0.18, "burglary": 0.12,
                  "theft": 0.31, "sexual_violence": 0.04, "domestic_violence": 0.11,
                  "harassment": 0.07}
# incidents per resident relative to a "normal" neighbourhood, by type
TYPE_RISK = {
    "homicide":          (0.15, 1.0, 2.6, 7.0),
    "assault":           (0.35, 1.0, 1.8, 3.2),
    "robbery":           (0.6, 1.0, 1.6, 2.4),
    "burglary":          (1.3, 1.0, 1.0, 0.9),
    "theft":             (0.8, 1.0, 1.0, 1.1),
    "sexual_violence":   (0.45, 1.0, 1.6, 2.3),
    "domestic_violence": (0.5, 1.0, 1.6, 2.2),
    "harassment":        (0.6, 1.0, 1.3, 1.6),
}
# share of a category's background incidents drawn from activity (commercial land) not residents
ACTIVITY_SHARE = {"homicide": 0.05, "assault": 0.2, "robbery": 0.25, "burglary": 0.05,
                  "theft": 0.4, "sexual_violence": 0.1, "domestic_violence": 0.0,
                  "harassment": 0.3}
# share of a category's incidents that happen on a street (snapped to the street network)
ON_STREET = {"homicide": 0.6, "assault": 0.75, "robbery": 0.9, "burglary": 0.0,
             "theft": 0.8, "sexual_violence": 0.55, "domestic_violence": 0.0,
             "harassment": 0.9}
YEAR_TREND = (1.0, 0.97, 0.94)           # background decline, about 3 % a year
VICTIM_SEX = {  # female, male, unknown
    "homicide": (0.12, 0.86, 0.02), "assault": (0.30, 0.66, 0.04),
    "robbery": (0.40, 0.55, 0.05), "burglary": (0.35, 0.35, 0.30),
    "theft": (0.47, 0.45, 0.08), "sexual_violence": (0.90, 0.08, 0.02),
    "domestic_violence": (0.82, 0.16, 0.02), "harassment": (0.88, 0.10, 0.02)}
VICTIM_AGE = {  # 0-14, 15-24, 25-44, 45-64, 65+
    "homicide": (0.02, 0.35, 0.43, 0.15, 0.05), "assault": (0.05, 0.33, 0.40, 0.17, 0.05),
    "robbery": (0.04, 0.28, 0.38, 0.20, 0.10), "burglary": (0.00, 0.08, 0.40, 0.35, 0.17),
    "theft": (0.03, 0.22, 0.40, 0.23, 0.12), "sexual_violence": (0.22, 0.40, 0.28, 0.08, 0.02),
    "domestic_violence": (0.06, 0.20, 0.50, 0.19, 0.05),
    "harassment": (0.05, 0.45, 0.38, 0.10, 0.02)}
SEVERITY = {"homicide": 10.0, "sexual_violence": 8.0, "domestic_violence": 6.0,
            "assault": 5.5, "robbery": 5.0, "burglary": 3.5, "harassment": 2.5, "theft": 2.0}
WEEKDAY = {  # Monday .. Sunday
    "homicide": (0.8, 0.8, 0.8, 0.9, 1.2, 1.5, 1.5),
    "assault": (0.8, 0.75, 0.8, 0.9, 1.2, 1.6, 1.45),
    "robbery": (1.0, 1.0, 1.0, 1.0, 1.15, 1.15, 0.9),
    "burglary": (1.15, 1.15, 1.15, 1.15, 1.1, 0.7, 0.6),
    "theft": (1.05, 1.05, 1.05, 1.05, 1.1, 1.0, 0.7),
    "sexual_violence": (0.9, 0.85, 0.9, 0.95, 1.15, 1.3, 1.2),
    "domestic_violence": (0.85, 0.8, 0.8, 0.85, 1.0, 1.4, 1.5),
    "harassment": (1.1, 1.1, 1.1, 1.1, 1.15, 0.8, 0.6)}
HOUR_PEAKS = {  # (hour of the peak, weight, concentration) on a 24 h circle, plus a floor
    "homicide": ([(23.0, 1.0, 2.0)], 0.15),
    "assault": ([(23.5, 1.0, 2.5), (18.0, 0.3, 3.0)], 0.1),
    "robbery": ([(20.5, 1.0, 2.5), (7.5, 0.35, 4.0), (13.0, 0.3, 3.0)], 0.1),
    "burglary": ([(12.0, 1.0, 1.5), (3.0, 0.3, 3.0)], 0.1),
    "theft": ([(13.5, 1.0, 1.5), (18.5, 0.6, 3.0)], 0.05),
    "sexual_violence": ([(0.5, 1.0, 2.5), (17.0, 0.35, 3.0)], 0.1),
    "domestic_violence": ([(21.0, 1.0, 2.0)], 0.2),
    "harassment": ([(8.0, 0.8, 5.0), (18.5, 1.0, 4.0), (23.0, 0.5, 3.0)], 0.05)}
NIGHT_HOURS = (19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5)   # "night" = 19:00-05:59

HOT_SPOTS = [  # planted hot spots: kind, category, radius (m), planted incidents per year
    dict(hotspot_id=1, kind="persistent", category="theft", radius_m=400.0,
         per_year=(520, 500, 510), where="historic"),
    dict(hotspot_id=2, kind="persistent", category="assault", radius_m=350.0,
         per_year=(460, 470, 450), where="critical"),
    dict(hotspot_id=3, kind="new", category="burglary", radius_m=350.0,
         per_year=(0, 0, 650), where="normal"),
    dict(hotspot_id=4, kind="intensifying", category="harassment", radius_m=300.0,
         per_year=(150, 380, 760), where="vulnerable"),
    dict(hotspot_id=5, kind="diminishing", category="robbery", radius_m=350.0,
         per_year=(780, 360, 110), where="critical"),
]
HOTSPOT_OWN_CATEGORY = 0.75   # the rest of a hot spot's incidents follow the city's mix
COLD_SPOT_RADIUS = 800.0
COLD_SPOT_FACTOR = 0.06       # background intensity multiplier inside the cold area

HISTORIC_NAMES = ["Catedral", "La Merced", "San Francisco", "Plaza Mayor", "Santo Domingo",
                  "La Candelaria", "San Agustín"]
PLACE_NAMES = [
    "Los Rosales", "Las Acacias", "El Carmen", "San Miguel", "Santa Rosa", "Los Pinos",
    "La Esperanza", "El Progreso", "Bella Vista", "Monte Verde", "San Isidro", "La Florida",
    "Los Olivos", "El Prado", "Las Palmas", "San Antonio", "La Victoria", "El Mirador",
    "Los Cedros", "Santa Lucía", "San Pedro", "La Paz", "Los Almendros", "El Paraíso",
    "Las Flores", "San Rafael", "La Primavera", "El Bosque", "Los Laureles", "San José",
    "Santa Teresa", "El Rosario", "Los Ángeles", "La Estrella", "San Cristóbal", "Las Lomas",
    "El Porvenir", "La Aurora", "Los Sauces", "San Martín", "Santa Ana", "El Recreo",
    "La Alameda", "Los Naranjos", "San Vicente", "Santa Clara", "El Retiro", "La Libertad",
    "Los Fresnos", "San Lorenzo", "Santa Marta", "El Triunfo", "La Unión", "Los Guayacanes",
    "San Fernando", "Santa Inés", "El Jardín", "La Concordia", "Los Tulipanes", "San Diego",
    "Santa Elena", "El Refugio", "La Pradera", "Los Eucaliptos", "San Gabriel", "Santa Fe",
    "El Manantial", "La Colina", "Los Jazmines", "San Blas", "Santa Cecilia", "El Vergel",
    "La Fuente", "Los Robles", "San Bernardo", "Santa Mónica", "El Edén", "La Loma",
    "Los Nogales", "San Judas", "Santa Bárbara", "El Tesoro", "La Ribera", "Los Cerezos",
    "San Juan", "Santa Isabel", "El Encanto", "La Campiña", "Los Álamos", "San Luis",
    "Santa Catalina", "El Molino", "La Quinta", "Los Arrayanes", "San Nicolás",
    "Santa Sofía", "El Palmar", "La Arboleda", "Los Girasoles", "San Marcos", "Peñalolén",
    "El Dorado", "La Cañada", "Los Pájaros", "San Ignacio", "Santa Rita", "El Campanario",
    "La Huerta", "Los Limoneros", "San Felipe", "Santa Mariana", "El Cortijo", "La Vega",
    "Los Manzanos", "San Benito", "Santa Paula", "El Pinar", "La Gloria", "Los Claveles",
    "San Carlos", "Santa Julia", "El Llano", "La Cumbre", "Los Cipreses", "San Sebastián",
    "Santa Eulalia", "El Mirlo", "La Ceiba", "Los Tamarindos", "San Tomás", "Nueva Ilusión",
    "Cerro Azul", "Villa del Sol", "Buenos Aires", "Nueva Granada", "Altamira", "Miraflores",
    "Valle Hermoso", "Tierra Prometida", "Primero de Mayo", "Veinte de Julio", "Las Brisas",
    "Río Claro", "Puerta del Sol", "Camino Real", "Quebrada Honda", "Piedra Blanca"]
PREFIX = {"gated_condominium": ["Condominio", "Residencial"],
          "open": ["Jardines de", "Lomas de", "Altos de", "Parque"],
          "consolidated": ["Barrio", "Colonia", "Villa", ""],
          "deteriorated": ["Barrio", "Colonia", ""],
          "precarious": ["Población", "Barrio", "Colonia"],
          "informal_settlement": ["Asentamiento", "Campamento"],
          "chronic_violence": ["Población", "Sector", "Barrio"]}
AVENUES = ["Avenida del Libertador", "Avenida Bolívar", "Avenida de los Próceres",
           "Avenida San Martín", "Avenida Colón", "Avenida de la Independencia",
           "Avenida Juárez", "Avenida Sucre", "Avenida Artigas", "Avenida Morelos",
           "Avenida O'Higgins", "Avenida Alfaro", "Avenida Martí", "Avenida Hidalgo",
           "Avenida Mistral", "Avenida Neruda", "Avenida Sarmiento", "Avenida Belgrano",
           "Avenida Santander", "Avenida Nariño", "Avenida Bello", "Avenida Darío"]
DISTRICTS = ["Centro", "Norte", "Noreste", "Este", "Sureste", "Sur", "Suroeste", "Oeste",
             "Noroeste"]
SCHOOL_NAMES = ["Gabriela Mistral", "José Martí", "Simón Bolívar", "Sor Juana", "Benito Juárez",
                "Rubén Darío", "Andrés Bello", "Juana de Ibarbourou", "Eugenio María de Hostos",
                "Domingo Sarmiento", "Teresa de la Parra", "Manuel Belgrano", "Alfonsina Storni",
                "César Vallejo", "Miguel de Cervantes", "Federico García Lorca", "Pablo Neruda",
                "Rosario Castellanos", "Gabriel García Márquez", "Octavio Paz",
                "Juan Rulfo", "Violeta Parra", "Horacio Quiroga", "Alfonso Reyes"]
PROGRAMMES = [("Street lighting upgrade", 60_000, 250_000),
              ("Youth employment and training", 40_000, 180_000),
              ("Community policing", 30_000, 120_000),
              ("Public space recovery", 80_000, 400_000),
              ("Violence against women prevention", 20_000, 90_000),
              ("School-based violence prevention", 15_000, 70_000),
              ("Slum upgrading and tenure", 150_000, 900_000),
              ("Neighbourhood safety audits", 5_000, 25_000)]


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def _streams(seed: int) -> dict:
    """Independent random streams per component, so changing one part of the
    generator does not reshuffle the others."""
    names = ["boundary", "seeds", "types", "landuse", "public_space", "population",
             "census", "streets", "lights", "transit", "facilities", "incidents",
             "edge_cases", "survey", "programmes", "names"]
    children = np.random.SeedSequence(seed).spawn(len(names))
    return {n: np.random.default_rng(s) for n, s in zip(names, children)}


def _shapely():
    import shapely
    import shapely.affinity  # noqa: F401  (used as shapely.affinity / shapely.ops)
    import shapely.ops  # noqa: F401
    return shapely


def locate(points, polygons) -> np.ndarray:
    """Index of the lowest-numbered polygon intersecting each point, -1 for none."""
    shapely = _shapely()
    tree = shapely.STRtree(polygons)
    pi, gi = tree.query(points, predicate="intersects")
    out = np.full(len(points), -1, dtype=np.int64)
    if len(pi):
        order = np.lexsort((gi, pi))
        pi, gi = pi[order], gi[order]
        first = np.r_[True, pi[1:] != pi[:-1]]
        out[pi[first]] = gi[first]
    return out


def hits_per_point(points, polygons) -> np.ndarray:
    """Number of polygons each point intersects."""
    shapely = _shapely()
    pi, _ = shapely.STRtree(polygons).query(points, predicate="intersects")
    return np.bincount(pi, minlength=len(points))


def jittered_seeds(rng, poly, spacing, n_target, inset, extra_centre=0, centre_radius=0.0):
    """Jittered hexagonal grid of seeds inside ``poly``; exactly ``n_target`` of them."""
    shapely = _shapely()
    inner = poly.buffer(-inset)
    ys = np.arange(Y0, Y1 + spacing, spacing)
    xs = np.arange(X0, X1 + spacing, spacing)
    gx, gy = np.meshgrid(xs, ys)
    gx = gx + (np.arange(len(ys))[:, None] % 2) * spacing / 2
    pts = np.c_[gx.ravel(), gy.ravel()] + rng.uniform(-0.33, 0.33, (gx.size, 2)) * spacing
    pts = pts[shapely.contains_xy(inner, pts[:, 0], pts[:, 1])]
    if extra_centre:
        added = 0
        while added < extra_centre:
            r = centre_radius * np.sqrt(rng.uniform())
            a = rng.uniform(0, 2 * np.pi)
            p = np.array([CX + r * np.cos(a), CY + r * np.sin(a)])
            if np.min(np.hypot(*(pts - p).T)) > 0.42 * spacing:
                pts = np.vstack([pts, p])
                added += 1
    d_centre = np.hypot(pts[:, 0] - CX, pts[:, 1] - CY)
    while len(pts) > n_target:
        far = np.flatnonzero(d_centre > max(centre_radius, 1.0) * 1.6)
        drop = rng.choice(far)
        pts = np.delete(pts, drop, axis=0)
        d_centre = np.delete(d_centre, drop)
    minx, miny, maxx, maxy = inner.bounds
    while len(pts) < n_target:
        p = np.array([rng.uniform(minx, maxx), rng.uniform(miny, maxy)])
        if inner.contains(shapely.Point(p)) and np.min(np.hypot(*(pts - p).T)) > 0.5 * spacing:
            pts = np.vstack([pts, p])
    return pts


_PREFIXES = sorted({p for v in PREFIX.values() for p in v if p}, key=len, reverse=True)


def _place(name: str) -> str:
    """A neighbourhood name without its prefix: 'Jardines de Los Pinos' -> 'Los Pinos'."""
    for prefix in _PREFIXES:
        rest = name[len(prefix) + 1:]
        if name.startswith(prefix + " ") and rest[:1].isupper():   # not 'Villa del Sol'
            return rest
    return name


def _unique(names) -> list:
    """Make repeated names unique the way towns do: 'Parque X', 'Parque X II', ..."""
    seen: dict = {}
    out = []
    for name in names:
        k = seen.get(name, 0) + 1
        seen[name] = k
        out.append(name if k == 1 else f"{name} {['II', 'III', 'IV', 'V', 'VI', 'VII'][k - 2]}"
                   if k <= 7 else f"{name} {k}")
    return out


def hour_weights(category: str) -> np.ndarray:
    peaks, floor = HOUR_PEAKS[category]
    h = np.arange(24) + 0.5
    w = np.full(24, floor)
    for mu, weight, kappa in peaks:
        w += weight * np.exp(kappa * (np.cos(2 * np.pi * (h - mu) / 24) - 1))
    return w / w.sum()


def draw_datetimes(rng, category: str, years: np.ndarray, night_only=False) -> np.ndarray:
    """Local date-times (naive, minute resolution) for incidents of one category."""
    out = np.empty(len(years), dtype="datetime64[m]")
    hw = hour_weights(category)
    if night_only:
        mask = np.zeros(24)
        mask[list(NIGHT_HOURS)] = 1
        hw = hw * mask
        hw /= hw.sum()
    wk = np.asarray(WEEKDAY[category])
    for y in np.unique(years):
        idx = np.flatnonzero(years == y)
        days = np.arange(np.datetime64(f"{y}-01-01"), np.datetime64(f"{y + 1}-01-01"))
        dow = (days.astype(np.int64) + 3) % 7        # 1970-01-01 was a Thursday
        doy = np.arange(len(days))
        w = wk[dow] * (1 + 0.08 * np.cos(2 * np.pi * (doy - 200) / len(days)))
        d = rng.choice(days, size=len(idx), p=w / w.sum())
        hours = rng.choice(24, size=len(idx), p=hw)
        minutes = rng.integers(0, 60, len(idx))
        out[idx] = d.astype("datetime64[m]") + (hours * 60 + minutes).astype("timedelta64[m]")
    return out


# ---------------------------------------------------------------------------
# 1. Geography: boundary, neighbourhoods, census units (two exact partitions)
# ---------------------------------------------------------------------------
def make_boundary(rng):
    shapely = _shapely()
    t = np.linspace(0, 2 * np.pi, 144, endpoint=False)
    r = np.ones_like(t)
    for k in range(2, 8):
        r += rng.uniform(0.012, 0.04) * 2 / k * np.cos(k * t + rng.uniform(0, 2 * np.pi))
    x = np.clip(np.round(CX + 5400 * r * np.cos(t)), X0 + 250, X1 - 250)
    y = np.clip(np.round(CY + 4500 * r * np.sin(t)), Y0 + 250, Y1 - 250)
    poly = shapely.Polygon(np.c_[x, y])
    assert poly.is_valid
    return poly


def make_partitions(rng, city):
    """Neighbourhoods and census units as two exact partitions of one city polygon.

    Voronoi edges of both seed sets plus the city ring are noded together with
    snap rounding on a 1 m grid and polygonised into "atoms"; each partition is
    a union of atoms, so shared edges are identical in both neighbours, every
    vertex is an integer metre, and both partitions have the same outer ring.
    """
    shapely = _shapely()
    nb_seeds = jittered_seeds(rng, city, 540.0, N_NEIGHBOURHOODS, 120.0,
                              extra_centre=14, centre_radius=1300.0)
    ce_seeds = jittered_seeds(rng, city, 345.0, N_CENSUS, 60.0)
    extent = shapely.box(X0 - 5000, Y0 - 5000, X1 + 5000, Y1 + 5000)
    nb_cells = shapely.get_parts(shapely.voronoi_polygons(
        shapely.multipoints(nb_seeds), extend_to=extent, ordered=True))
    ce_cells = shapely.get_parts(shapely.voronoi_polygons(
        shapely.multipoints(ce_seeds), extend_to=extent, ordered=True))
    lines = [city.exterior]
    for cells in (nb_cells, ce_cells):
        lines.extend(shapely.get_parts(shapely.intersection(shapely.boundary(cells), city)))
    noded = shapely.union_all(np.asarray(lines, dtype=object), grid_size=1.0)
    atoms = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    atoms = atoms[shapely.area(atoms) > 0]

    def group(cells):
        tree = shapely.STRtree(cells)
        ai, ci = tree.query(atoms, predicate="intersects")
        area = shapely.area(shapely.intersection(atoms[ai], cells[ci]))
        order = np.lexsort((-area, ai))
        ai, ci = ai[order], ci[order]
        first = np.r_[True, ai[1:] != ai[:-1]]
        owner = np.full(len(atoms), -1)
        owner[ai[first]] = ci[first]
        assert (owner >= 0).all()
        polys = _unite(atoms, owner, len(cells))
        return polys

    nb = _reading_order(group(nb_cells), 600.0)
    ce = _reading_order(group(ce_cells), 400.0)
    city_final = shapely.coverage_union_all(atoms)
    return nb, ce, city_final


def _reading_order(polys, band):
    """Number polygons like text: bands from north to south, west to east within a band."""
    shapely = _shapely()
    c = shapely.get_coordinates(shapely.centroid(polys))
    row = np.floor((Y1 - c[:, 1]) / band)
    return polys[np.lexsort((c[:, 0], row))]


def _unite(atoms, owner, n):
    """Union the atoms of each group; a group that falls apart gives its stray
    pieces to the neighbouring group it shares the longest edge with."""
    shapely = _shapely()
    owner = owner.copy()
    for _ in range(10):
        polys = np.array([shapely.coverage_union_all(atoms[owner == k]) for k in range(n)])
        bad = [k for k in range(n) if shapely.get_type_id(polys[k]) != 3]
        if not bad:
            return polys
        for k in bad:
            members = np.flatnonzero(owner == k)
            parts = shapely.get_parts(polys[k])
            main = parts[np.argmax(shapely.area(parts))]
            for a in members:
                if not shapely.intersects(shapely.point_on_surface(atoms[a]), main):
                    shared = shapely.length(shapely.intersection(
                        shapely.boundary(atoms[a]), shapely.boundary(polys)))
                    shared[k] = -1
                    owner[a] = int(np.argmax(shared))
    raise RuntimeError("could not make every neighbourhood a single polygon")


# ---------------------------------------------------------------------------
# 2. Neighbourhood types, names, districts
# ---------------------------------------------------------------------------
def classify_neighbourhoods(rng, nb, names_rng):
    shapely = _shapely()
    c = shapely.get_coordinates(shapely.centroid(nb))
    dx, dy = c[:, 0] - CX, c[:, 1] - CY
    dist = np.hypot(dx, dy)
    # deprivation: a north-west (rich) to south-east (poor) gradient, pockets, noise
    grad = (dx / 5400 - dy / 4500) / 2
    pockets = [(CX + 3300, CY - 2300, 1200, 1.1), (CX - 1200, CY - 3300, 900, 0.9),
               (CX + 3600, CY + 2200, 800, 0.8), (CX - 4300, CY - 400, 700, 0.7)]
    score = grad + rng.normal(0, 0.22, len(nb))
    for px, py, s, a in pockets:
        score += a * np.exp(-((c[:, 0] - px) ** 2 + (c[:, 1] - py) ** 2) / (2 * s ** 2))
    n = len(nb)
    historic = np.zeros(n, bool)
    historic[np.argsort(dist)[:6]] = True
    rank = np.empty(n)
    rank[np.argsort(score)] = np.arange(n) / n
    kind = np.where(rank < 0.17, 0, np.where(rank < 0.60, 1, np.where(rank < 0.85, 2, 3)))
    # the historic centre: consolidated, with two deteriorated blocks
    h_idx = np.flatnonzero(historic)
    kind[h_idx] = 1
    kind[h_idx[np.argsort(score[h_idx])[-2:]]] = 2
    stype = np.array([TYPES[k] for k in kind], dtype=object)
    subtype = np.empty(n, dtype=object)
    subtype[kind == 0] = "open"
    subtype[kind == 1] = "consolidated"
    subtype[kind == 2] = "deteriorated"
    subtype[kind == 3] = "chronic_violence"
    # gated condominiums: upper-middle neighbourhoods away from the centre
    up = np.flatnonzero(kind == 0)
    subtype[up[dist[up] > np.quantile(dist[up], 0.55)]] = "gated_condominium"
    # informal settlements and precarious areas: the poor fringe
    fringe = dist / np.hypot(5400 * np.cos(np.arctan2(dy, dx)), 4500 * np.sin(np.arctan2(dy, dx)))
    vc = np.flatnonzero((kind >= 2) & ~historic & (fringe > 0.72))
    inf = vc[np.argsort(-score[vc])[:12]]
    subtype[inf] = "informal_settlement"
    vul = np.flatnonzero((kind == 2) & ~historic & (subtype != "informal_settlement"))
    subtype[vul[np.argsort(-score[vul])[: len(vul) // 3]]] = "precarious"
    subtype[historic] = np.where(kind[historic] == 2, "deteriorated", "consolidated")

    # districts: a central one and eight sectors
    ang = (np.degrees(np.arctan2(dy, dx)) + 360) % 360
    sector = ((ang + 22.5) // 45).astype(int) % 8   # 0 = east, counter-clockwise
    sector_names = ["Este", "Noreste", "Norte", "Noroeste", "Oeste", "Suroeste", "Sur", "Sureste"]
    district = np.where(dist < 1500, "Centro", np.array(sector_names, dtype=object)[sector])

    # names: unique, plausible, with prefixes following the subtype
    used = set()
    names = np.empty(n, dtype=object)
    hist_names = list(HISTORIC_NAMES)
    pool = list(PLACE_NAMES)
    names_rng.shuffle(pool)
    for i in np.argsort(dist):
        if historic[i]:
            names[i] = hist_names.pop(0)
            used.add(names[i])
            continue
        for _attempt in range(200):
            place = pool[int(names_rng.integers(len(pool)))]
            prefix = PREFIX[subtype[i]][int(names_rng.integers(len(PREFIX[subtype[i]])))]
            if prefix and prefix.split()[0] == place.split()[0]:
                prefix = ""          # no "Villa Villa del Sol"
            cand = f"{prefix} {place}".strip()
            if _attempt > 100:
                cand += " " + ["Norte", "Sur", "Alto", "Bajo", "II", "III"][_attempt % 6]
            if cand not in used:
                break
        names[i] = cand
        used.add(cand)
    return dict(centroid=c, dist=dist, score=score, kind=kind, type=stype, subtype=subtype,
                historic=historic, district=district, name=names)


# ---------------------------------------------------------------------------
# 3. Land use and public space
# ---------------------------------------------------------------------------
def make_land_use(rng, city, nb, info):
    shapely = _shapely()
    seeds = jittered_seeds(rng, city, 230.0, 1500, 20.0)
    extent = shapely.box(X0 - 5000, Y0 - 5000, X1 + 5000, Y1 + 5000)
    cells = shapely.get_parts(shapely.voronoi_polygons(
        shapely.multipoints(seeds), extend_to=extent, ordered=True))
    cells = shapely.intersection(cells, city)
    cc = shapely.get_coordinates(shapely.point_on_surface(cells))
    owner = locate(shapely.points(cc), nb)
    kind = info["kind"][owner]
    sub = info["subtype"][owner]
    hist = info["historic"][owner]
    dist = np.hypot(cc[:, 0] - CX, cc[:, 1] - CY)
    u = rng.uniform(size=len(cells))
    lu = np.full(len(cells), "residential", dtype=object)
    green_p = np.array([0.13, 0.08, 0.04, 0.015])[kind]
    green_p = np.where(sub == "informal_settlement", 0.0, green_p)
    vacant_p = np.where((kind >= 2) & (dist > 3000), 0.10, 0.015)
    inst_p = np.full(len(cells), 0.04)
    comm_p = np.where(hist, 0.45, np.where(dist < 2500, 0.10, 0.03))
    mixed_p = np.where(hist, 0.35, np.where(dist < 2500, 0.25, 0.07))
    edges = np.cumsum(np.c_[green_p, vacant_p, inst_p, comm_p, mixed_p], axis=1)
    labels = ["green", "vacant", "institutional", "commercial", "mixed"]
    for j in range(4, -1, -1):
        lu[u < edges[:, j]] = labels[j]
    # an industrial belt in the east and a pocket in the south-west
    ind = ((cc[:, 0] > CX + 3600) & (np.abs(cc[:, 1] - CY + 300) < 1300)) | \
          (np.hypot(cc[:, 0] - (CX - 3100), cc[:, 1] - (CY - 3000)) < 700)
    lu[ind] = "industrial"
    # a large central park north-west of the centre
    lu[np.hypot(cc[:, 0] - (CX - 1700), cc[:, 1] - (CY + 1400)) < 420] = "green"
    lu[sub == "gated_condominium"] = np.where(u[sub == "gated_condominium"] < 0.08, "green",
                                              "residential")
    # dissolve each class, then cut it along neighbourhood edges (as zoning maps are)
    tree = shapely.STRtree(nb)
    polys, classes, owners = [], [], []
    green_parts = []
    for cls in ["residential", "mixed", "commercial", "industrial", "green", "vacant",
                "institutional"]:
        g = cells[lu == cls]
        if len(g) == 0:
            continue
        merged = shapely.union_all(g, grid_size=0.01)
        if cls == "green":
            green_parts = shapely.get_parts(merged)
        _, ni = tree.query(np.array([merged]), predicate="intersects")
        for n_i in ni:
            for part in shapely.get_parts(shapely.intersection(merged, nb[n_i], grid_size=0.01)):
                if part.geom_type == "Polygon" and part.area > 50.0:
                    polys.append(part)
                    classes.append(cls)
                    owners.append(n_i)
    polys = np.array(polys, dtype=object)
    order = np.lexsort((shapely.get_coordinates(shapely.point_on_surface(polys))[:, 0],
                        np.array(owners)))
    land_use = dict(land_use=np.array(classes, dtype=object)[order], geometry=polys[order])
    return land_use, np.asarray(green_parts, dtype=object)


def make_public_space(rng, nb, info, green):
    shapely = _shapely()
    rows = []
    owner = locate(shapely.point_on_surface(green), nb)
    for g, o in zip(green, owner):
        park = shapely.buffer(g, -8.0, join_style="mitre")
        park = shapely.simplify(park, 2.0)
        if park.is_empty or park.area < 1500:
            continue
        parts = shapely.get_parts(park)
        park = parts[np.argmax(shapely.area(parts))]
        nbname = info["name"][o]
        gated = info["subtype"][o] == "gated_condominium"
        kind = "park" if park.area > 45_000 else "green_area"
        label = "Parque" if kind == "park" else "Área Verde"
        rows.append(dict(name=f"{label} {_place(nbname)}",
                         kind=kind, open_public=0 if gated else 1, geometry=park))
    # plazas: several in the historic centre, one in some other neighbourhoods
    def square(cx, cy, half, ang):
        ca, sa = np.cos(ang), np.sin(ang)
        pts = [(-half, -half), (half, -half), (half, half), (-half, half)]
        return shapely.Polygon([(round(cx + x * ca - y * sa), round(cy + x * sa + y * ca))
                                for x, y in pts])
    for i in np.flatnonzero(info["historic"]):
        cx, cy = info["centroid"][i]
        rows.append(dict(name=f"Plaza {info['name'][i]}" if not info["name"][i].startswith("Plaza")
                         else info["name"][i], kind="plaza", open_public=1,
                         geometry=square(cx, cy, rng.uniform(40, 60), 0.0)))
    cand = np.flatnonzero(~info["historic"] & (info["kind"] <= 1))
    for i in rng.choice(cand, 22, replace=False):
        cx, cy = info["centroid"][i] + rng.uniform(-60, 60, 2)
        rows.append(dict(name=f"Plaza {_place(info['name'][i])}", kind="plaza",
                         open_public=1, geometry=square(cx, cy, rng.uniform(22, 35),
                                                        rng.uniform(0, np.pi / 2))))
    cand = np.flatnonzero(info["kind"] == 3)
    for i in rng.choice(cand, 2, replace=False):
        cx, cy = info["centroid"][i]
        rows.append(dict(name=f"Plaza {_place(info['name'][i])}", kind="plaza",
                         open_public=1, geometry=square(cx, cy, 20, 0.3)))
    # sports grounds, fewer where vulnerability is high
    w = np.array([1.0, 1.0, 0.5, 0.25])[info["kind"]] * ~info["historic"]
    for i in rng.choice(len(nb), 14, replace=False, p=w / w.sum()):
        cx, cy = info["centroid"][i] + rng.uniform(-100, 100, 2)
        a = rng.uniform(0, np.pi)
        rect = shapely.affinity.rotate(shapely.box(cx - 55, cy - 35, cx + 55, cy + 35), a,
                                       use_radians=True)
        rect = shapely.set_precision(rect, 1.0)
        rows.append(dict(name=f"Polideportivo {_place(info['name'][i])}", kind="sports",
                         open_public=int(rng.uniform() < 0.6), geometry=rect))
    df = pd.DataFrame(rows)
    df["name"] = _unique(df["name"])
    return df


# ---------------------------------------------------------------------------
# 4. Population raster and census attributes
# ---------------------------------------------------------------------------
def make_population(rng, city, nb, info, land_use, public_space):
    shapely = _shapely()
    ncol, nrow = (X1 - X0) // CELL, (Y1 - Y0) // CELL
    xs = X0 + CELL / 2 + CELL * np.arange(ncol)
    ys = Y1 - CELL / 2 - CELL * np.arange(nrow)
    gx, gy = np.meshgrid(xs, ys)
    pts = shapely.points(gx.ravel(), gy.ravel())
    inside = shapely.contains_xy(city, gx.ravel(), gy.ravel()) | shapely.intersects(city, pts)
    owner = np.full(pts.shape, -1)
    owner[inside] = locate(pts[inside], nb)
    lu_idx = np.full(pts.shape, -1)
    lu_idx[inside] = locate(pts[inside], land_use["geometry"])
    lu = np.where(lu_idx >= 0, land_use["land_use"][np.maximum(lu_idx, 0)], "residential")
    in_ps = np.zeros(pts.shape, bool)
    in_ps[inside] = locate(pts[inside], public_space["geometry"].to_numpy()) >= 0
    dens = np.zeros(pts.shape)
    sub = info["subtype"][np.maximum(owner, 0)]
    hist = info["historic"][np.maximum(owner, 0)]
    base = np.array([DENSITY["historic"] if h else DENSITY[s] for s, h in zip(sub, hist)])
    resid = np.array([LAND_USE_RESIDENTS[x] for x in lu])
    act = np.array([LAND_USE_ACTIVITY[x] for x in lu])
    noise = np.exp(rng.normal(0, 0.3, pts.shape))
    dens = base * resid * noise * inside * ~in_ps
    dens *= TARGET_POPULATION / dens.sum()
    pop = np.floor(dens)
    pop += rng.uniform(size=pop.shape) < (dens - pop)
    pop = np.where(inside, pop, -9999.0)
    return dict(pop=pop.reshape(nrow, ncol), inside=inside, owner=owner, land_use=lu,
                activity=act * inside, xs=gx.ravel(), ys=gy.ravel(), points=pts,
                ncol=ncol, nrow=nrow)


def make_census(rng, census_polys, grid, info, nb):
    shapely = _shapely()
    pop = np.where(grid["inside"], grid["pop"].ravel(), 0.0)
    cu = np.full(pop.shape, -1)
    cu[grid["inside"]] = locate(grid["points"][grid["inside"]], census_polys)
    n = len(census_polys)
    population = np.bincount(cu[cu >= 0], weights=pop[cu >= 0], minlength=n).astype(np.int64)
    # the dominant neighbourhood kind of each census unit (population weighted; area if empty)
    kind_cells = info["kind"][np.maximum(grid["owner"], 0)]
    inf_cells = (info["subtype"][np.maximum(grid["owner"], 0)] == "informal_settlement")
    ok = cu >= 0
    w = pop[ok] + 0.01
    kmean = np.bincount(cu[ok], weights=kind_cells[ok] * w, minlength=n) / \
        np.maximum(np.bincount(cu[ok], weights=w, minlength=n), 1e-9)
    infshare = np.bincount(cu[ok], weights=inf_cells[ok] * w, minlength=n) / \
        np.maximum(np.bincount(cu[ok], weights=w, minlength=n), 1e-9)
    kmean = np.where(np.bincount(cu[ok], minlength=n) > 0, kmean,
                     info["kind"][locate(shapely.point_on_surface(census_polys), nb)])
    hh_size = np.interp(kmean, [0, 1, 2, 3], [2.6, 3.0, 3.5, 3.9]) + 0.4 * infshare
    households = np.round(population / hh_size).astype(np.int64)
    labour = np.round(population * np.interp(kmean, [0, 3], [0.52, 0.45])).astype(np.int64)
    u_rate = np.clip(np.interp(kmean, [0, 1, 2, 3], [0.04, 0.08, 0.15, 0.26])
                     + 0.04 * infshare + rng.normal(0, 0.015, n), 0.015, 0.6)
    unemployed = np.round(labour * u_rate).astype(np.int64)
    income = np.interp(kmean, [0, 1, 2, 3], [3900, 1950, 1150, 720]) * \
        np.exp(rng.normal(0, 0.12, n)) * (1 - 0.2 * infshare)
    youth = np.clip(np.interp(kmean, [0, 1, 2, 3], [0.12, 0.15, 0.19, 0.23])
                    + rng.normal(0, 0.015, n), 0.05, 0.4)
    informal = np.clip(np.interp(kmean, [0, 1, 2, 3], [0.08, 0.20, 0.40, 0.58])
                       + 0.15 * infshare + rng.normal(0, 0.04, n), 0.01, 0.95)
    empty = population == 0
    df = pd.DataFrame({
        "census_id": [f"C{i + 1:04d}" for i in range(n)],
        "population": population,
        "households": households,
        "labour_force": labour,
        "unemployed": unemployed,
        "income_mean": np.where(empty, np.nan, np.round(income, 2)),
        "unemployment_rate": np.where(labour > 0, np.round(unemployed / np.maximum(labour, 1), 4),
                                      np.nan),
        "youth_share": np.where(empty, np.nan, np.round(youth, 4)),
        "informal_share": np.where(empty, np.nan, np.round(informal, 4)),
    })
    return df


# ---------------------------------------------------------------------------
# 5. Streets, lights, transit, facilities
# ---------------------------------------------------------------------------
CLASS_PRIORITY = {"primary": 0, "secondary": 1, "residential": 2, "alley": 3, "footpath": 4}
CLASS_NAMES = list(CLASS_PRIORITY)


def _grid_lines(poly, angle, spacing, offset, base_no):
    """Two families of parallel lines at ``angle`` clipped to ``poly``."""
    shapely = _shapely()
    c = poly.centroid
    minx, miny, maxx, maxy = poly.bounds
    R = np.hypot(maxx - minx, maxy - miny) / 2 + spacing
    us = np.arange(-R, R, spacing) + offset
    out = []
    for fam in (0, 1):
        a = angle + fam * np.pi / 2
        ca, sa = np.cos(a), np.sin(a)
        for j, u in enumerate(us):
            p0 = (c.x + u * ca - (-R) * sa, c.y + u * sa + (-R) * ca)
            p1 = (c.x + u * ca - R * sa, c.y + u * sa + R * ca)
            line = shapely.intersection(shapely.LineString([p0, p1]), poly)
            for part in shapely.get_parts(line):
                if part.geom_type == "LineString" and part.length > 1:
                    name = f"{'Calle' if fam == 0 else 'Carrera'} {base_no + j}"
                    cls = "secondary" if j % 4 == 0 else "residential"
                    out.append((part, cls, name))
    return out


def make_streets(rng, city, nb, info, public_space):
    shapely = _shapely()
    raw = []   # (geometry, class, name)
    radials = []
    # primary: eight radials and a ring road
    for k in range(8):
        a0 = np.radians(10 + 45 * k)
        r = np.linspace(0, 7000, 60)
        wob = 120 * np.sin(r / 900 + k)
        a = a0 + wob / np.maximum(r, 200) * 0.5
        line = shapely.LineString(np.c_[CX + r * np.cos(a), CY + r * np.sin(a)])
        parts = shapely.get_parts(shapely.intersection(line, city))
        radials.append(parts[np.argmax(shapely.length(parts))])
        for part in parts:
            raw.append((part, "primary", AVENUES[k]))
    t = np.linspace(0, 2 * np.pi, 90, endpoint=False)
    rr = 1 + 0.04 * np.cos(3 * t + 1)
    ring = shapely.LinearRing(np.c_[CX + 3300 * rr * np.cos(t), CY + 2800 * rr * np.sin(t)])
    for part in shapely.get_parts(shapely.intersection(ring, city)):
        raw.append((part, "primary", "Avenida Circunvalar"))
    inner = shapely.LinearRing(np.c_[CX + 950 * np.cos(t), CY + 850 * np.sin(t)])
    raw.append((inner, "secondary", "Ronda del Centro"))
    # districts: each with its own grid; borders are secondary avenues
    districts = {}
    for d in np.unique(info["district"]):
        districts[d] = shapely.coverage_union_all(nb[info["district"] == d])
    informal = np.flatnonzero(info["subtype"] == "informal_settlement")
    informal_union = shapely.union_all(nb[informal])
    for j, (d, poly) in enumerate(sorted(districts.items())):
        spacing = 115.0 if d == "Centro" else rng.uniform(255, 290)
        angle = 0.0 if d == "Centro" else rng.uniform(-0.5, 0.5)
        for g, cls, name in _grid_lines(poly, angle, spacing, rng.uniform(0, spacing), 10 + 20 * j):
            g = shapely.difference(g, informal_union)
            for part in shapely.get_parts(g):
                if part.length > 5:
                    raw.append((part, cls, name))
    borders = shapely.union_all([shapely.boundary(p) for p in districts.values()])
    borders = shapely.difference(borders, shapely.buffer(city.exterior, 1.0))
    for k, part in enumerate(shapely.get_parts(shapely.line_merge(borders))):
        raw.append((part, "secondary", AVENUES[8 + k % (len(AVENUES) - 8)]))
    # informal settlements: organic alleys and footpaths
    for i in informal:
        poly = nb[i]
        minx, miny, maxx, maxy = poly.bounds
        npts = max(6, int(poly.area / 11000))
        pts = np.c_[rng.uniform(minx, maxx, npts * 2), rng.uniform(miny, maxy, npts * 2)]
        pts = pts[shapely.contains_xy(poly, pts[:, 0], pts[:, 1])][:npts]
        if len(pts) < 3:
            continue
        edges = shapely.voronoi_polygons(shapely.multipoints(pts), only_edges=True,
                                         extend_to=poly.buffer(200))
        edges = shapely.intersection(edges, poly)
        edges = shapely.union_all([edges, poly.exterior])
        for part in shapely.get_parts(shapely.line_merge(edges)):
            if part.length > 5:
                cls = "alley" if rng.uniform() < 0.6 else "footpath"
                raw.append((part, cls, f"{'Pasaje' if cls == 'alley' else 'Sendero'} "
                                       f"{_place(info['name'][i])}"))
    # two deliberately disconnected pieces: a gated condominium with private roads
    # and an informal settlement reached only on foot
    prim = shapely.union_all([g for g, c, _ in raw if c == "primary"])
    gated = np.flatnonzero(info["subtype"] == "gated_condominium")
    gated = [i for i in gated[np.argsort(-shapely.area(nb[gated]))]
             if not shapely.intersects(nb[i].buffer(30), prim)]
    g_i = int(gated[0])
    inf_cand = [i for i in informal[np.argsort(-info["dist"][informal])]
                if not shapely.intersects(nb[i].buffer(30), prim)]
    i_i = int(inf_cand[0])
    pieces = {}
    for key, i, inset, cut in (("gated", g_i, 35.0, 20.0), ("informal", i_i, 25.0, 10.0)):
        zone = shapely.buffer(nb[i], -cut)
        core_poly = shapely.buffer(nb[i], -inset)
        parts = shapely.get_parts(core_poly)
        core_poly = parts[np.argmax(shapely.area(parts))]
        pieces[key] = (i, core_poly)
        kept = []
        for g, c, nm in raw:
            g2 = shapely.difference(g, zone)
            for part in shapely.get_parts(g2):
                if part.geom_type == "LineString" and part.length > 5:
                    kept.append((part, c, nm))
        raw = kept
        if key == "gated":
            internal = [(core_poly.exterior, "residential",
                         f"Circuito {_place(info['name'][i])}")]
            internal += [(g, "residential", f"Calle Privada {nm.split(' ')[-1]}")
                         for g, _, nm in _grid_lines(core_poly, 0.5, 80.0, 13.0, 1)]
        else:
            internal = []
            mnx, mny, mxx, mxy = core_poly.bounds
            pts = np.c_[rng.uniform(mnx, mxx, 40), rng.uniform(mny, mxy, 40)]
            pts = pts[shapely.contains_xy(core_poly, pts[:, 0], pts[:, 1])][:15]
            e = shapely.voronoi_polygons(shapely.multipoints(pts), only_edges=True,
                                         extend_to=core_poly.buffer(200))
            e = shapely.union_all([shapely.intersection(e, core_poly), core_poly.exterior])
            internal = [(p, "footpath", f"Sendero {_place(info['name'][i])}")
                        for p in shapely.get_parts(shapely.line_merge(e))]
        raw.extend(internal)

    # node everything on a 1 m grid and give each edge the attributes of its source line
    geoms = np.array([g for g, _, _ in raw], dtype=object)
    prio = np.array([CLASS_PRIORITY[c] for _, c, _ in raw])
    names = np.array([n for _, _, n in raw], dtype=object)
    noded = shapely.union_all(geoms, grid_size=1.0)
    edges = shapely.get_parts(noded)
    edges = edges[shapely.length(edges) > 0.5]
    mids = shapely.line_interpolate_point(edges, 0.5, normalized=True)
    tree = shapely.STRtree(geoms)
    ei, gi = tree.query(mids, predicate="dwithin", distance=1.5)
    order = np.lexsort((gi, prio[gi], ei))
    ei, gi = ei[order], gi[order]
    first = np.r_[True, ei[1:] != ei[:-1]]
    src = np.full(len(edges), -1)
    src[ei[first]] = gi[first]
    miss = np.flatnonzero(src < 0)
    if len(miss):
        src[miss] = tree.query_nearest(mids[miss], return_distance=False)[1]
    cls = np.array([CLASS_NAMES[p] for p in prio[src]], dtype=object)
    name = names[src]
    # edges inside parks are footpaths
    parks = public_space.loc[public_space.kind.isin(["park", "green_area"]), "geometry"].to_numpy()
    in_park = locate(mids, parks) >= 0
    cls = np.where(in_park & (cls != "primary") & (cls != "secondary"), "footpath", cls)

    # keep the main network and the two planted pieces; drop stray clipping fragments
    comp = _components(edges)
    main = np.bincount(comp).argmax()
    keep = comp == main
    for key, (i, core_poly) in pieces.items():
        inside_piece = shapely.within(mids, core_poly.buffer(2.0))
        if inside_piece.any():
            best = np.bincount(comp[inside_piece]).argmax()
            keep |= comp == best
    edges, cls, name, mids = edges[keep], cls[keep], name[keep], mids[keep]
    comp = _components(edges)
    # residential edges in poor neighbourhoods and the historic centre: some are alleys
    owner = locate(mids, nb)
    kind = info["kind"][owner]
    hist = info["historic"][owner]
    u = rng.uniform(size=len(edges))
    alley = (cls == "residential") & (((kind >= 2) & (u < 0.3)) | (hist & (u < 0.2)))
    cls = np.where(alley, "alley", cls)
    name = np.where(alley, np.array(["Callejón " + n.split(" ", 1)[-1] for n in name],
                                    dtype=object), name)
    order = np.lexsort((shapely.get_coordinates(mids)[:, 0], shapely.get_coordinates(mids)[:, 1]))
    return dict(edges=edges[order], cls=cls[order], name=name[order], mids=mids[order],
                owner=owner[order], comp=comp[order], pieces=pieces, nb=nb,
                radials=radials)


def _components(edges):
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    shapely = _shapely()
    start = shapely.get_coordinates(shapely.get_point(edges, 0))
    end = shapely.get_coordinates(shapely.get_point(edges, -1))
    allp = np.round(np.vstack([start, end]), 3)
    _, inv = np.unique(allp, axis=0, return_inverse=True)
    inv = inv.ravel()
    n = len(edges)
    nn = inv.max() + 1
    m = coo_matrix((np.ones(n), (inv[:n], inv[n:])), shape=(nn, nn))
    _, lab = connected_components(m, directed=False)
    return lab[inv[:n]]


def street_flaws(s_rng, streets, lit):
    """The streets layer with its deliberate flaws: N_STREET_GAPS segments stopping 4 m
    short of their intersection (never cutting the network) and N_STREET_MULTI pairs of
    consecutive segments of one street stored as a MultiLineString feature."""
    shapely = _shapely()
    edges = streets["edges"].copy()
    cls, sname = streets["cls"], streets["name"]
    start = shapely.get_coordinates(shapely.get_point(edges, 0))
    end = shapely.get_coordinates(shapely.get_point(edges, -1))
    allp = np.round(np.vstack([start, end]), 3)
    _, inv, deg = np.unique(allp, axis=0, return_inverse=True, return_counts=True)
    inv = inv.ravel()
    n_e = len(edges)
    deg_end = deg[inv[n_e:]]
    length = shapely.length(edges)
    cand = np.flatnonzero((cls == "residential") & (deg_end >= 3) & (length > 80) &
                          (shapely.get_num_coordinates(edges) == 2))
    # a gap must not cut the network in two: only non-bridge edges are shortened
    n_comp = _components(edges).max() + 1
    gaps = []
    for g in s_rng.permutation(cand):
        trial = edges.copy()
        trial[g] = shapely.ops.substring(edges[g], 0, length[g] - 4.0)
        if _components(trial).max() + 1 == n_comp:
            edges = trial
            gaps.append(g)
            if len(gaps) == N_STREET_GAPS:
                break
    gaps = np.sort(np.array(gaps))
    # multi-part: two consecutive edges of the same street, sharing a node, as one feature
    used = set(gaps.tolist())
    multi_pairs = []
    node_edges = {}
    for e in range(n_e):
        for nd in (inv[e], inv[n_e + e]):
            node_edges.setdefault(nd, []).append(e)
    order = s_rng.permutation(n_e)
    for e in order:
        if len(multi_pairs) == N_STREET_MULTI:
            break
        if cls[e] != "residential" or e in used:
            continue
        for f in node_edges[inv[n_e + e]]:
            if f != e and f not in used and sname[f] == sname[e] and cls[f] == cls[e]:
                multi_pairs.append((e, f))
                used.update((e, f))
                break
    drop = []
    geoms = list(edges)
    for e, f in multi_pairs:
        geoms[e] = shapely.MultiLineString([edges[e], edges[f]])
        drop.append(f)
    keep = np.setdiff1d(np.arange(n_e), drop)
    streets_df = pd.DataFrame({
        "street_id": np.arange(1, len(keep) + 1, dtype=np.int64),
        "name": sname[keep], "road_class": cls[keep], "lit": lit[keep].astype(np.int32),
        "geometry": np.array(geoms, dtype=object)[keep]})
    n_multi = int((shapely.get_type_id(streets_df.geometry.to_numpy()) == 5).sum())
    comp = _components(shapely.get_parts(streets_df.geometry.to_numpy()))
    return streets_df, gaps, keep, n_multi, comp


def street_lighting(rng, streets, info, dark):
    """Decide ``lit`` per street and place the street lights."""
    shapely = _shapely()
    edges, cls, owner = streets["edges"], streets["cls"], streets["owner"]
    kind = info["kind"][owner]
    sub = info["subtype"][owner]
    p_lit = np.array([{"primary": 0.99, "secondary": 0.97, "residential": 0.92,
                       "alley": 0.55, "footpath": 0.45}[c] for c in cls])
    p_lit = np.where(sub == "informal_settlement", p_lit * 0.35, p_lit)
    p_lit = np.where(kind == 3, p_lit * 0.85, p_lit)
    lit = (rng.uniform(size=len(edges)) < p_lit).astype(np.int32)
    # a street in, or on the edge of, a dark neighbourhood is dark
    dark_zone = shapely.buffer(shapely.union_all(streets["nb"][dark]), 1.0)
    in_dark = shapely.intersects(dark_zone, streets["mids"])
    lit[in_dark] = 0
    spacing = np.array([{"primary": 45.0, "secondary": 50.0, "residential": 65.0,
                         "alley": 60.0, "footpath": 75.0}[c] for c in cls])
    spacing = np.where(in_dark, 120.0, spacing)
    has_lights = (lit == 1) | in_dark
    lengths = shapely.length(edges)
    n_per = np.where(has_lights, np.floor(lengths / spacing).astype(int), 0)
    idx = np.repeat(np.arange(len(edges)), n_per)
    pos = np.concatenate([(np.arange(k) + 0.5) / k for k in n_per if k > 0]) if n_per.sum() else []
    # lights stand at the kerb, 5 m off the axis on alternating sides; a light that
    # would fall outside the city or onto a neighbourhood edge goes to the other side
    lines = edges[idx]
    d = pos * lengths[idx]
    ahead = shapely.get_coordinates(shapely.line_interpolate_point(lines, d + 1.0))
    behind = shapely.get_coordinates(shapely.line_interpolate_point(lines, d - 1.0))
    t = ahead - behind
    t /= np.maximum(np.hypot(t[:, 0], t[:, 1]), 1e-9)[:, None]
    normal = np.c_[-t[:, 1], t[:, 0]]
    on = shapely.get_coordinates(shapely.line_interpolate_point(lines, d))
    side = np.where(np.arange(len(idx)) % 2 == 0, 1.0, -1.0)
    xy = np.round(on + 5.0 * side[:, None] * normal, 1)
    for offset in (-5.0, 8.0, -8.0, 12.0):
        bad = hits_per_point(shapely.points(xy), streets["nb"]) != 1
        if not bad.any():
            break
        xy[bad] = np.round(on[bad] + offset * side[bad, None] * normal[bad], 1)
    assert (hits_per_point(shapely.points(xy), streets["nb"]) == 1).all()
    pts = shapely.points(xy)
    p_work = np.array([0.97, 0.94, 0.88, 0.8])[kind[idx]]
    p_work = np.where(in_dark[idx], 0.12, p_work)
    working = (rng.uniform(size=len(idx)) < p_work).astype(np.int32)
    return lit, pts, working, idx


def make_transit(rng, city, streets, nb, info):
    shapely = _shapely()
    rows = []

    def along(line, step, start=0.0):
        d = np.arange(start, line.length, step)
        return shapely.line_interpolate_point(line, d)

    # metro: two lines through the centre
    metro_lines = [
        shapely.LineString([(CX - 5200, CY - 600), (CX - 2500, CY - 150), (CX, CY),
                            (CX + 2500, CY + 350), (CX + 5200, CY + 900)]),
        shapely.LineString([(CX - 900, CY + 4400), (CX - 300, CY + 2000), (CX, CY),
                            (CX + 700, CY - 2200), (CX + 1900, CY - 4300)])]
    for li, line in enumerate(metro_lines, 1):
        line = shapely.intersection(line, city.buffer(-150))
        for s, p in enumerate(along(line, 850.0, 100.0), 1):
            o = locate(np.array([p]), nb)[0]
            rows.append(dict(stop_id=f"M{li}-{s:02d}", name=f"Estación {info['name'][o]}",
                             mode="metro", capacity="high", geometry=p))
    # BRT along the south-east radial (towards the poorest districts)
    brt = streets["radials"][7]
    for s, p in enumerate(along(brt, 550.0, 300.0), 1):
        o = locate(np.array([p]), nb)[0]
        rows.append(dict(stop_id=f"BRT-{s:02d}", name=f"BRT {info['name'][o]}",
                         mode="brt", capacity="high",
                         geometry=shapely.Point(p.x + 6, p.y + 6)))
    # tram loop in the historic centre
    t = np.linspace(0, 2 * np.pi, 60)
    loop = shapely.LineString(np.c_[CX + 650 * np.cos(t), CY + 550 * np.sin(t)])
    for s, p in enumerate(along(loop, 330.0), 1):
        o = locate(np.array([p]), nb)[0]
        rows.append(dict(stop_id=f"T-{s:02d}", name=f"Tranvía {info['name'][o]}",
                         mode="tram", capacity="low", geometry=p))
    # buses along primary and secondary streets; sparse in informal settlements
    main = np.isin(streets["cls"], ["primary", "secondary"])
    merged = shapely.get_parts(shapely.line_merge(shapely.union_all(streets["edges"][main])))
    k = 0
    for line in merged:
        for p in along(line, 420.0, rng.uniform(50, 300)):
            o = locate(np.array([p]), nb)[0]
            if o < 0:
                continue
            keep = {"informal_settlement": 0.3, "gated_condominium": 0.2}.get(info["subtype"][o], 1.0)
            if rng.uniform() > keep * (0.75 if info["kind"][o] == 3 else 1.0):
                continue
            k += 1
            rows.append(dict(stop_id=f"B{k:04d}", name=f"Parada {_place(info['name'][o])}",
                             mode="bus", capacity="low",
                             geometry=shapely.Point(round(p.x + 5, 1), round(p.y - 5, 1))))
    df = pd.DataFrame(rows)
    return df


def make_facilities(rng, grid, nb, info):
    shapely = _shapely()
    pop = np.where(grid["inside"], grid["pop"].ravel(), 0.0)
    owner = grid["owner"]
    kind = info["kind"][np.maximum(owner, 0)]
    sub = info["subtype"][np.maximum(owner, 0)]
    factor = np.array([1.2, 1.0, 0.55, 0.3])[kind]
    factor = np.where(sub == "informal_settlement", 0.2, factor)
    factor = np.where(sub == "gated_condominium", 0.6, factor)
    w = pop * factor
    w = w / w.sum()

    def place(n, label_fn):
        # stratified by type (largest remainder), so that "fewer" never becomes "none"
        share = np.bincount(kind, weights=w, minlength=4) * n
        per_kind = np.floor(share).astype(int)
        per_kind[np.argsort(per_kind - share)[: n - per_kind.sum()]] += 1
        cells = np.concatenate([
            rng.choice(len(w), k, replace=False, p=np.where(kind == t, w, 0) / w[kind == t].sum())
            for t, k in enumerate(per_kind) if k > 0])
        cells = cells[rng.permutation(n)]
        x = grid["xs"][cells] + rng.uniform(-40, 40, n)
        y = grid["ys"][cells] + rng.uniform(-40, 40, n)
        o = locate(shapely.points(x, y), nb)
        x, y = np.where(o >= 0, x, grid["xs"][cells]), np.where(o >= 0, y, grid["ys"][cells])
        o = locate(shapely.points(x, y), nb)
        return [dict(name=label_fn(j, int(oi)), geometry=shapely.Point(round(xi, 1), round(yi, 1)))
                for j, (xi, yi, oi) in enumerate(zip(x, y, o))]

    school_kinds = ["Escuela", "Colegio", "Liceo", "Instituto"]
    schools = place(150, lambda j, o: f"{school_kinds[j % 4]} {SCHOOL_NAMES[j]}"
                    if j < len(SCHOOL_NAMES) else
                    f"{school_kinds[j % 4]} N.º {j + 1} {_place(info['name'][o])}")
    health = place(36, lambda j, o: ("Hospital " if j < 3 else "Centro de Salud ")
                   + _place(info["name"][o]))
    police = place(22, lambda j, o: ("Comisaría " if j < 9 else "Puesto Policial ")
                   + _place(info["name"][o]))
    frames = []
    for rows in (schools, health, police):
        df = pd.DataFrame(rows)
        df["name"] = _unique(df["name"])
        frames.append(df)
    return tuple(frames)


# ---------------------------------------------------------------------------
# 6. Planted truth: hot spots, cold spot, dark areas
# ---------------------------------------------------------------------------
def plant(info, nb, grid):
    c = info["centroid"]
    n = len(nb)
    pop_nb = np.bincount(grid["owner"][grid["inside"]],
                         weights=grid["pop"].ravel()[grid["inside"]], minlength=n)
    centres = []
    hot = []
    for hs in HOT_SPOTS:
        if hs["where"] == "historic":
            cand = np.flatnonzero(info["historic"])
            cand = cand[np.argsort(info["dist"][cand])]
        else:
            k = TYPES.index(hs["where"])
            cand = np.flatnonzero((info["kind"] == k) & ~info["historic"] &
                                  (info["subtype"] != "informal_settlement") &
                                  (pop_nb > np.median(pop_nb)))
            cand = cand[np.argsort(-info["score"][cand] if k >= 2 else info["dist"][cand])]
            if hs["where"] == "normal":
                cand = cand[(info["dist"][cand] > 1800)]
        for i in cand:
            if all(np.hypot(*(c[i] - c[j])) > 2200 for j in centres):
                centres.append(i)
                hot.append(dict(hs, nbhd_index=int(i), x=float(c[i, 0]), y=float(c[i, 1])))
                break
        else:
            raise RuntimeError(f"no place for hot spot {hs['hotspot_id']}")
    # cold spot: a populated normal area far from every hot spot
    cand = np.flatnonzero((info["kind"] == 1) & ~info["historic"] & (pop_nb > np.median(pop_nb)))
    cand = [i for i in cand[np.argsort(info["dist"][cand])]
            if all(np.hypot(*(c[i] - c[j])) > 3000 for j in centres)]
    cold_i = int(cand[0])
    cold = dict(coldspot_id=1, nbhd_index=cold_i, x=float(c[cold_i, 0]), y=float(c[cold_i, 1]),
                radius_m=COLD_SPOT_RADIUS, factor=COLD_SPOT_FACTOR)
    # dark areas: away from hot and cold spots; mostly critical and vulnerable
    far = np.array([all(np.hypot(*(c[i] - np.array([h["x"], h["y"]]))) > h["radius_m"] + 900
                        for h in hot) and np.hypot(*(c[i] - c[cold_i])) > COLD_SPOT_RADIUS + 900
                    for i in range(n)])
    dark = np.zeros(n, bool)
    chosen = []
    wanted = [("chronic_violence", 3), ("informal_settlement", 1), ("precarious", 1),
              ("consolidated", 1)]
    for sub, k in wanted:
        cand = np.flatnonzero((info["subtype"] == sub) & far & ~info["historic"] &
                              (pop_nb > 0.5 * np.median(pop_nb)))
        cand = cand[np.argsort(-pop_nb[cand])]
        got = 0
        for i in cand:
            if all(np.hypot(*(c[i] - c[j])) > 1500 for j in chosen):
                chosen.append(i)
                got += 1
                if got == k:
                    break
    dark[chosen] = True
    hot_flag = np.zeros(n, np.int32)
    pattern = np.full(n, "none", dtype=object)
    hot_id = np.zeros(n, np.int32)
    for h in hot:
        within = np.hypot(c[:, 0] - h["x"], c[:, 1] - h["y"]) <= h["radius_m"]
        hot_flag[within] = 1
        pattern[within] = h["kind"]
        hot_id[within] = h["hotspot_id"]
    cold_flag = (np.hypot(c[:, 0] - cold["x"], c[:, 1] - cold["y"]) <= cold["radius_m"])
    return dict(hot=hot, cold=cold, dark=dark, hot_flag=hot_flag, pattern=pattern,
                hot_id=hot_id, cold_flag=cold_flag.astype(np.int32), pop_nb=pop_nb)


# ---------------------------------------------------------------------------
# 7. Incidents
# ---------------------------------------------------------------------------
def _attributes(rng, cats):
    n = len(cats)
    sex = np.empty(n, dtype=object)
    age = np.empty(n, dtype=object)
    sev = np.empty(n)
    for cat in CATEGORIES:
        m = np.flatnonzero(cats == cat)
        sex[m] = rng.choice(SEXES, size=len(m), p=VICTIM_SEX[cat])
        age[m] = rng.choice(AGE_GROUPS, size=len(m), p=VICTIM_AGE[cat])
        s = SEVERITY[cat] + rng.normal(0, 0.8, len(m))
        # a whole-number harm score 1-10 (SQLite stores whole REALs compactly)
        sev[m] = 10.0 if cat == "homicide" else np.clip(np.round(s), 1.0, 9.0)
    return sex, age, sev


def _snap_to_streets(rng, xy, streets, mask):
    """Move the points in ``mask`` to the nearest street, a few metres off its axis."""
    shapely = _shapely()
    if not mask.any():
        return xy
    edges = streets["edges"]
    pts = shapely.points(xy[mask])
    tree = shapely.STRtree(edges)
    _, ei = tree.query_nearest(pts, return_distance=False, all_matches=False)
    return _point_on(rng, xy, mask, edges[ei], pts)


def _point_on(rng, xy, mask, lines, pts=None, positions=None):
    shapely = _shapely()
    if positions is None:
        positions = shapely.line_locate_point(lines, pts)
    on = shapely.line_interpolate_point(lines, positions)
    ahead = shapely.line_interpolate_point(lines, positions + 1.0)
    behind = shapely.line_interpolate_point(lines, positions - 1.0)
    t = shapely.get_coordinates(ahead) - shapely.get_coordinates(behind)
    t /= np.maximum(np.hypot(t[:, 0], t[:, 1]), 1e-9)[:, None]
    normal = np.c_[-t[:, 1], t[:, 0]]
    off = rng.uniform(-6, 6, len(positions))
    out = xy.copy()
    out[mask] = shapely.get_coordinates(on) + normal * off[:, None]
    return out


def make_incidents(rng, erng, grid, nb, city, info, truth, streets, lit):
    shapely = _shapely()
    pop = np.where(grid["inside"], grid["pop"].ravel(), 0.0)
    owner = np.maximum(grid["owner"], 0)
    kind = info["kind"][owner]
    cold = truth["cold"]
    cold_cell = np.hypot(grid["xs"] - cold["x"], grid["ys"] - cold["y"]) <= cold["radius_m"] + 150
    hot_total = sum(sum(h["per_year"]) for h in truth["hot"])
    n_edge = N_BOUNDARY_VERTEX + N_BOUNDARY_MIDPOINT + N_OUTSIDE + N_NULL_GEOMETRY
    n_bg = TARGET_INCIDENTS - hot_total - N_DARK_EXTRA - n_edge
    share = np.array([CATEGORY_SHARE[c] for c in CATEGORIES])
    share /= share.sum()
    n_cat = np.round(share * n_bg).astype(int)
    n_cat[CATEGORIES.index("theft")] += n_bg - n_cat.sum()
    trend = np.asarray(YEAR_TREND) / np.sum(YEAR_TREND)
    parts = []
    for cat, nc in zip(CATEGORIES, n_cat):
        w_res = pop * np.asarray(TYPE_RISK[cat])[kind]
        w_act = grid["activity"]
        w = (1 - ACTIVITY_SHARE[cat]) * w_res / w_res.sum() + ACTIVITY_SHARE[cat] * w_act / w_act.sum()
        w = np.where(cold_cell, w * COLD_SPOT_FACTOR, w)
        cells = rng.choice(len(w), nc, p=w / w.sum())
        xy = np.c_[grid["xs"][cells], grid["ys"][cells]] + rng.uniform(-CELL / 2, CELL / 2, (nc, 2))
        years = rng.choice(YEARS, nc, p=trend)
        parts.append(pd.DataFrame({"category": cat, "x": xy[:, 0], "y": xy[:, 1], "year": years,
                                   "ax": grid["xs"][cells], "ay": grid["ys"][cells],
                                   "origin": "background",
                                   "street": rng.uniform(size=nc) < ON_STREET[cat]}))
    for h in truth["hot"]:
        sigma = h["radius_m"] / 2.0
        for y, nh in zip(YEARS, h["per_year"]):
            if nh == 0:
                continue
            own = rng.uniform(size=nh) < HOTSPOT_OWN_CATEGORY
            cats = np.where(own, h["category"], rng.choice(CATEGORIES, nh, p=share))
            xy = np.c_[h["x"], h["y"]] + rng.normal(0, sigma, (nh, 2))
            parts.append(pd.DataFrame({"category": cats, "x": xy[:, 0], "y": xy[:, 1],
                                       "ax": h["x"], "ay": h["y"],
                                       "year": y, "origin": f"hotspot_{h['hotspot_id']}",
                                       "street": [rng.uniform() < ON_STREET[c] for c in cats]}))
    inc = pd.concat(parts, ignore_index=True)
    # keep background and hot-spot points inside the city (redraw those that fall out)
    xy = inc[["x", "y"]].to_numpy(copy=True)
    anchor = inc[["ax", "ay"]].to_numpy()   # cell centre or hot-spot centre, inside the city
    for _ in range(30):
        out = ~shapely.contains_xy(city, xy[:, 0], xy[:, 1])
        if not out.any():
            break
        xy[out] = anchor[out] + 0.5 * (xy[out] - anchor[out])
    street_mask = inc["street"].to_numpy()
    xy = _snap_to_streets(rng, xy, streets, street_mask)
    inc["x"], inc["y"] = xy[:, 0], xy[:, 1]
    # dates and times
    dt = np.empty(len(inc), dtype="datetime64[m]")
    cats = inc["category"].to_numpy()
    yrs = inc["year"].to_numpy()
    for cat in CATEGORIES:
        m = np.flatnonzero(cats == cat)
        dt[m] = draw_datetimes(rng, cat, yrs[m])
    inc["occurred_at"] = dt
    # night-time incidents on dark streets (assault, robbery, harassment, sexual violence)
    dark_nb = truth["dark"][streets["owner"]]
    unlit = lit == 0
    lengths = shapely.length(streets["edges"])
    n_in = int(round(N_DARK_EXTRA * 0.75))
    pools = [(np.flatnonzero(unlit & dark_nb), n_in),
             (np.flatnonzero(unlit & ~dark_nb), N_DARK_EXTRA - n_in)]
    dparts = []
    dshare = np.array([0.35, 0.35, 0.2, 0.1])
    for pool, nd in pools:
        seg = rng.choice(pool, nd, p=lengths[pool] / lengths[pool].sum())
        pos = rng.uniform(0, 1, nd) * lengths[seg]
        xyd = _point_on(rng, np.zeros((nd, 2)), np.ones(nd, bool), streets["edges"][seg],
                        positions=pos)
        cats_d = rng.choice(NIGHT_CATEGORIES, nd, p=dshare)
        yrs_d = rng.choice(YEARS, nd)
        dtd = np.empty(nd, dtype="datetime64[m]")
        for cat in NIGHT_CATEGORIES:
            m = np.flatnonzero(cats_d == cat)
            dtd[m] = draw_datetimes(rng, cat, yrs_d[m], night_only=True)
        dparts.append(pd.DataFrame({"category": cats_d, "x": xyd[:, 0], "y": xyd[:, 1],
                                    "year": yrs_d, "origin": "dark_street", "street": True,
                                    "occurred_at": dtd}))
    inc = pd.concat([inc] + dparts, ignore_index=True)

    # every regular point lies strictly inside exactly one neighbourhood
    pts = shapely.points(inc[["x", "y"]].to_numpy())
    for _ in range(50):
        hits = hits_per_point(pts, nb)
        bad = np.flatnonzero(hits != 1)
        if not len(bad):
            break
        xy = shapely.get_coordinates(pts[bad])
        c = np.c_[CX, CY]
        step = (c - xy) / np.maximum(np.hypot(*(c - xy).T), 1)[:, None] * 3.0
        pts[bad] = shapely.points(xy + step + erng.uniform(-0.5, 0.5, xy.shape))
    assert (hits_per_point(pts, nb) == 1).all()
    xy = shapely.get_coordinates(pts)
    inc["x"], inc["y"] = np.round(xy[:, 0], 2), np.round(xy[:, 1], 2)
    for _ in range(10):   # rounding to centimetres may put a few onto an edge: step off
        bad = np.flatnonzero(hits_per_point(shapely.points(inc[["x", "y"]].to_numpy()), nb) != 1)
        if not len(bad):
            break
        inc.loc[bad, ["x", "y"]] += 0.37
    assert (hits_per_point(shapely.points(inc[["x", "y"]].to_numpy()), nb) == 1).all()

    # edge cases
    edge = _edge_case_points(erng, nb, city)
    e_cats = erng.choice(CATEGORIES, len(edge), p=share)
    e_years = erng.choice(YEARS, len(edge), p=trend)
    e_dt = np.empty(len(edge), dtype="datetime64[m]")
    for cat in CATEGORIES:
        m = np.flatnonzero(e_cats == cat)
        e_dt[m] = draw_datetimes(erng, cat, e_years[m])
    edge["category"] = e_cats
    edge["year"] = e_years
    edge["occurred_at"] = e_dt
    edge["street"] = False
    inc = pd.concat([inc, edge], ignore_index=True)
    # null occurred_at on some ordinary background incidents
    bg = np.flatnonzero(inc["origin"].to_numpy() == "background")
    null_dt = erng.choice(bg, N_NULL_DATETIME, replace=False)
    inc["edge_case"] = inc["edge_case"].fillna("") if "edge_case" in inc else ""
    inc.loc[null_dt, "edge_case"] = "null_datetime"
    occurred = inc["occurred_at"].to_numpy().astype("datetime64[s]")
    sort_key = occurred.copy()
    occurred[null_dt] = np.datetime64("NaT")
    inc["occurred_at"] = occurred

    sex, age, sev = _attributes(rng, inc["category"].to_numpy())
    inc["victim_sex"], inc["victim_age_group"], inc["severity"] = sex, age, sev
    # order by time (incidents with no date keep the slot of the date they lost)
    order = np.lexsort((inc["x"].fillna(0).to_numpy(), sort_key.astype(np.int64)))
    inc = inc.iloc[order].reset_index(drop=True)
    inc["incident_id"] = np.arange(1, len(inc) + 1, dtype=np.int64)
    return inc


def _edge_case_points(erng, nb, city):
    """Points on shared boundaries (vertices, edge midpoints), outside, null geometry."""
    shapely = _shapely()
    rings = [shapely.get_coordinates(shapely.get_exterior_ring(p)) for p in nb]
    ext = shapely.buffer(shapely.get_exterior_ring(city), 1.0)
    # shared vertices
    allv = np.vstack([np.unique(r[:-1], axis=0) for r in rings])
    uv, cnt = np.unique(allv, axis=0, return_counts=True)
    shared_v = uv[cnt >= 2]
    shared_v = shared_v[~shapely.intersects_xy(ext, shared_v[:, 0], shared_v[:, 1])]
    # shared edges whose midpoint is an integer point
    segs = np.vstack([np.c_[r[:-1], r[1:]] for r in rings])
    a, b = segs[:, :2], segs[:, 2:]
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    lo = np.where(swap[:, None], b, a)
    hi = np.where(swap[:, None], a, b)
    key = np.c_[lo, hi]
    uk, kcnt = np.unique(key, axis=0, return_counts=True)
    even = ((uk[:, 0] + uk[:, 2]) % 2 == 0) & ((uk[:, 1] + uk[:, 3]) % 2 == 0)
    long_ = np.hypot(uk[:, 2] - uk[:, 0], uk[:, 3] - uk[:, 1]) > 20
    cand_e = uk[(kcnt == 2) & even & long_]
    vsel = shared_v[erng.choice(len(shared_v), N_BOUNDARY_VERTEX, replace=False)]
    esel = cand_e[erng.choice(len(cand_e), N_BOUNDARY_MIDPOINT, replace=False)]
    mid = np.c_[(esel[:, 0] + esel[:, 2]) / 2, (esel[:, 1] + esel[:, 3]) / 2]
    bpts = np.vstack([vsel, mid])
    assert (hits_per_point(shapely.points(bpts), nb) >= 2).all()
    # outside the city: within 1.5 km of the boundary, at least 5 m out
    ring = shapely.difference(city.buffer(1500), city.buffer(5))
    mnx, mny, mxx, mxy = ring.bounds
    out = []
    while len(out) < N_OUTSIDE:
        p = np.round([erng.uniform(mnx, mxx), erng.uniform(mny, mxy)], 2)
        if shapely.contains_xy(ring, p[0], p[1]):
            out.append(p)
    out = np.array(out)
    assert (hits_per_point(shapely.points(out), nb) == 0).all()
    rows = pd.DataFrame({
        "x": np.r_[bpts[:, 0], out[:, 0], np.full(N_NULL_GEOMETRY, np.nan)],
        "y": np.r_[bpts[:, 1], out[:, 1], np.full(N_NULL_GEOMETRY, np.nan)],
        "origin": "edge_case",
        "edge_case": (["boundary_vertex"] * N_BOUNDARY_VERTEX +
                      ["boundary_midpoint"] * N_BOUNDARY_MIDPOINT +
                      ["outside"] * N_OUTSIDE + ["null_geometry"] * N_NULL_GEOMETRY)})
    return rows


# ---------------------------------------------------------------------------
# 8. Survey and programmes
# ---------------------------------------------------------------------------
def make_survey(rng, grid, nb, info, truth):
    shapely = _shapely()
    pop = np.where(grid["inside"], grid["pop"].ravel(), 0.0)
    n = 3000
    cells = rng.choice(len(pop), n, p=pop / pop.sum())
    xy = np.c_[grid["xs"][cells], grid["ys"][cells]] + rng.uniform(-45, 45, (n, 2))
    xy = np.round(xy, 1)
    pts = shapely.points(xy)
    o = locate(pts, nb)
    bad = o < 0
    xy[bad] = np.c_[grid["xs"][cells[bad]], grid["ys"][cells[bad]]] + 0.3
    pts = shapely.points(xy)
    o = locate(pts, nb)
    assert (o >= 0).all()
    kind = info["kind"][o]
    sex = np.where(rng.uniform(size=n) < 0.52, "female", "male")
    age = rng.choice(["15-24", "25-44", "45-64", "65+"], n, p=[0.2, 0.38, 0.27, 0.15])
    dark = truth["dark"][o]
    hot = truth["hot_flag"][o] == 1
    logit = -0.7 + np.array([-1.0, 0.0, 0.7, 1.4])[kind] + 1.4 * dark + 0.6 * (sex == "female") \
        + 0.3 * (age == "65+") + 0.5 * hot
    unsafe = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype(np.int32)
    logit_v = -2.0 + np.array([-0.6, 0.0, 0.5, 1.0])[kind] + 0.6 * hot + 0.3 * dark
    victim = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit_v))).astype(np.int32)
    trust = np.clip(np.round(np.array([3.6, 3.2, 2.6, 2.0])[kind] + rng.normal(0, 0.9, n)),
                    1, 5).astype(np.int32)
    resp = pd.DataFrame({"resp_id": np.arange(1, n + 1, dtype=np.int64), "sex": sex,
                         "age_group": age, "feels_unsafe_night": unsafe,
                         "victim_last_year": victim, "trust_police": trust,
                         "geometry": pts})
    codes = np.array([f"N{i + 1:03d}" for i in range(len(nb))], dtype=object)
    agg = pd.DataFrame({"nbhd_code": codes[o], "u": unsafe, "v": victim}).groupby(
        "nbhd_code", sort=True).agg(respondents=("u", "size"), share_unsafe_night=("u", "mean"),
                                   share_victim=("v", "mean")).reset_index()
    agg["share_unsafe_night"] = agg["share_unsafe_night"].round(3)
    agg["share_victim"] = agg["share_victim"].round(3)
    # deliberate flaws: one code entered twice, two codes that match no neighbourhood
    dup = agg.iloc[[len(agg) // 3]].copy()
    dup["respondents"] = dup["respondents"] + 2
    dup["share_unsafe_night"] = (dup["share_unsafe_night"] * 0.9).round(3)
    extra = pd.DataFrame({"nbhd_code": ["N999", "N251"], "respondents": [14, 9],
                          "share_unsafe_night": [0.429, 0.556], "share_victim": [0.143, 0.222]})
    results = pd.concat([agg, dup, extra], ignore_index=True)
    results["respondents"] = results["respondents"].astype(np.int64)
    return resp, results, dup["nbhd_code"].iloc[0]


def make_programmes(rng, info):
    n = len(info["kind"])
    w = np.array([0.2, 0.6, 1.6, 3.0])[info["kind"]]
    rows = []
    for year in YEARS:
        for j in rng.choice(n, 27, replace=False, p=w / w.sum()):
            name, lo, hi = PROGRAMMES[int(rng.integers(len(PROGRAMMES)))]
            if info["subtype"][j] != "informal_settlement" and name.startswith("Slum"):
                name, lo, hi = PROGRAMMES[0]
            rows.append(dict(nbhd_code=f"N{j + 1:03d}", programme=name,
                             budget_eur=float(round(rng.uniform(lo, hi), -2)), year=int(year)))
    return pd.DataFrame(rows).sort_values(["year", "nbhd_code", "programme"]).reset_index(drop=True)


# ---------------------------------------------------------------------------
# 9. Writing
# ---------------------------------------------------------------------------
def content_digest(df) -> str:
    """SHA-256 of a layer's content: attributes as CSV and geometries as WKB (hex),
    in row order.  Independent of GeoPackage page layout and timestamps."""
    import shapely
    h = hashlib.sha256()
    cols = [c for c in df.columns if c != "geometry"]
    attrs = df[cols].copy()
    for c in cols:
        if pd.api.types.is_datetime64_any_dtype(attrs[c]):
            attrs[c] = attrs[c].dt.strftime("%Y-%m-%dT%H:%M:%S")
        elif pd.api.types.is_float_dtype(attrs[c]):
            attrs[c] = attrs[c].map(lambda v: "" if pd.isna(v) else repr(round(float(v), 6)))
        else:
            attrs[c] = attrs[c].map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v))
                                    else str(v))
    h.update(attrs.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    if "geometry" in df.columns:
        wkb = shapely.to_wkb(np.asarray(df.geometry.values, dtype=object), hex=True,
                             output_dimension=2, byte_order=1)
        h.update("\n".join("" if w is None else w for w in wkb).encode("ascii"))
    return h.hexdigest()


def _style_rows(style_dir: Path, layers: list[tuple[str, str | None]]):
    rows = []
    for name, geom_col in layers:
        qml = style_dir / f"{name}.qml"
        if not qml.exists():
            continue
        rows.append(dict(f_table_catalog="", f_table_schema="", f_table_name=name,
                         f_geometry_column=geom_col or "", styleName=name,
                         styleQML=qml.read_text(encoding="utf-8"), styleSLD="",
                         useAsDefault=True, description=f"Default style of the demo layer {name}",
                         owner="", ui="", update_time=pd.Timestamp(FIXED_TIMESTAMP[:19])))
    return rows


GEOMETRY_TYPES = {"streets": "MultiLineString"}   # a few features are MultiLineString
NO_SPATIAL_INDEX = ("incidents", "street_lights", "survey_respondents")


def write_outputs(out_dir: Path, layers: dict, tables: dict, grid, style_dir: Path):
    import geopandas as gpd
    import pyogrio
    import rasterio
    from rasterio.transform import Affine

    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / "demo_city.gpkg"
    tmp = out_dir / "demo_city.tmp.gpkg"
    for p in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal")):
        if p.exists():
            p.unlink()
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_TIMESTAMP,
                                     "OGR_SQLITE_JOURNAL": "MEMORY"})
    digests = {}
    for name, df in layers.items():
        gdf = gpd.GeoDataFrame(df, geometry="geometry", crs=CRS)
        # no R-tree on the three bulk point layers: it would add ~3.5 MB to a file meant
        # to be committed; QGIS, GDAL and geopandas work without it
        options = {"GEOMETRY_NAME": "geom", "FID": "fid",
                   "SPATIAL_INDEX": "NO" if name in NO_SPATIAL_INDEX else "YES"}
        # GeoPackage 1.2: read without warnings by the older GDAL of QGIS 3.22 LTR
        with warnings.catch_warnings():
            # deliberate: LineString features in the MultiLineString streets layer
            warnings.filterwarnings("ignore", message="A geometry of type LINESTRING",
                                    category=RuntimeWarning)
            pyogrio.write_dataframe(gdf, tmp, layer=name, driver="GPKG", append=tmp.exists(),
                                    dataset_options={"VERSION": "1.2"},
                                    layer_options=options, promote_to_multi=False,
                                    geometry_type=GEOMETRY_TYPES.get(name))
        digests[name] = content_digest(gdf)
    for name, df in tables.items():
        pyogrio.write_dataframe(df, tmp, layer=name, driver="GPKG", append=True)
        digests[name] = content_digest(df)
    styles = _style_rows(style_dir, [(n, "geom") for n in layers])
    if styles:
        sdf = pd.DataFrame(styles)
        pyogrio.write_dataframe(sdf, tmp, layer="layer_styles", driver="GPKG", append=True,
                                layer_options={"FID": "id"})
    # fixed timestamps everywhere GeoPackage keeps one, then compact
    con = sqlite3.connect(tmp)
    con.execute("UPDATE gpkg_contents SET last_change = ?", (FIXED_TIMESTAMP,))
    if styles:
        con.execute("UPDATE layer_styles SET update_time = ?", (FIXED_TIMESTAMP,))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, gpkg)

    tif = out_dir / "population_100m.tif"
    pop = grid["pop"].astype(np.float32)
    profile = dict(driver="GTiff", width=grid["ncol"], height=grid["nrow"], count=1,
                   dtype="float32", crs=CRS, transform=Affine(CELL, 0.0, X0, 0.0, -CELL, Y1),
                   nodata=-9999.0, compress="deflate", predictor=3, tiled=False)
    with rasterio.Env(GDAL_TIFF_INTERNAL_MASK=False):
        with rasterio.open(tif, "w", **profile) as dst:
            dst.write(pop, 1)
            dst.set_band_description(1, "residents per 100 m cell")
            dst.update_tags(AREA_OR_POINT="Area", units="residents",
                            source="Villa Segura demo city (fictional), generate_demo_city.py",
                            seed=str(SEED))
    digests["population_100m.tif"] = hashlib.sha256(pop.tobytes()).hexdigest()
    return digests


# ---------------------------------------------------------------------------
# 10. QGIS styles (maintainer mode --build-styles; the only part that needs PyQGIS)
# ---------------------------------------------------------------------------
STYLED_LAYERS = ["city_boundary", "neighbourhoods", "census_units", "incidents",
                 "street_lights", "police_posts", "schools", "health_centres", "transit_stops",
                 "public_space", "streets", "land_use", "survey_respondents",
                 "planted_hotspots", "planted_coldspots"]
INCIDENT_COLOURS = {
    "homicide": "#000000", "assault": "#e31a1c", "robbery": "#ff7f00", "burglary": "#6a3d9a",
    "theft": "#1f78b4", "sexual_violence": "#c51b7d", "domestic_violence": "#b15928",
    "harassment": "#33a02c"}
LAND_USE_COLOURS = {
    "residential": "#f3e3c3", "mixed": "#f0c08a", "commercial": "#e8896b",
    "industrial": "#b9a6c9", "green": "#9fd08c", "vacant": "#e0e0d1",
    "institutional": "#9ec9e2"}


def build_styles(gpkg: Path, style_dir: Path, log=print) -> None:
    """Write resources/styles/demo/<layer>.qml for every spatial layer of ``gpkg``.

    Only the symbology, labelling and rendering categories are saved, so the files
    load in any QGIS 3 release and in QGIS 4.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_HASH_SEED", "0")    # stable XML attribute order in the .qml
    from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol,
                           QgsGraduatedSymbolRenderer, QgsLineSymbol, QgsMapLayer,
                           QgsMarkerSymbol, QgsPalLayerSettings, QgsProperty,
                           QgsRendererCategory, QgsRendererRange, QgsSingleSymbolRenderer,
                           QgsSymbolLayer, QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes,
                           QgsVectorLayer, QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtGui import QColor, QFont

    def marker(shape, colour, size, outline="#232323", outline_width=0.2):
        return QgsMarkerSymbol.createSimple({
            "name": shape, "color": colour, "size": str(size), "outline_color": outline,
            "outline_width": str(outline_width)})

    def fill(colour, outline="#232323", width=0.26, style="solid"):
        return QgsFillSymbol.createSimple({
            "color": colour, "outline_color": outline, "outline_width": str(width),
            "style": style})

    def line(colour, width, style="solid"):
        return QgsLineSymbol.createSimple({
            "line_color": colour, "line_width": str(width), "line_style": style,
            "capstyle": "round", "joinstyle": "round"})

    def categorized(field, mapping):
        return QgsCategorizedSymbolRenderer(field, [
            QgsRendererCategory(value, symbol, str(label))
            for value, (symbol, label) in mapping.items()])

    def labels(layer, field, size=7.5, min_scale=None):
        settings = QgsPalLayerSettings()
        settings.fieldName = field
        fmt = QgsTextFormat()
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        fmt.setFont(font)
        fmt.setSize(size)
        fmt.setColor(QColor("#303030"))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor(255, 255, 255, 220))
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        if min_scale:
            settings.scaleVisibility = True
            settings.maximumScale = 0
            settings.minimumScale = min_scale
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    def circle_of_radius(colour, fill_alpha):
        """A circle of diameter 2 x radius_m map units: the planted radius on the map."""
        sym = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": colour, "outline_color": colour,
            "outline_width": "0.6", "size": "800"})
        sym.setSizeUnit(QgsUnitTypes.RenderMapUnits)
        c = QColor(colour)
        c.setAlpha(fill_alpha)
        sym.symbolLayer(0).setFillColor(c)
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize, QgsProperty.fromExpression('"radius_m" * 2'))
        return sym

    def style(layer, name):
        if name == "city_boundary":
            layer.setRenderer(QgsSingleSymbolRenderer(fill("#ffffff", "#1a1a1a", 0.8, "no")))
        elif name == "neighbourhoods":
            layer.setRenderer(QgsSingleSymbolRenderer(fill("#ffffff", "#5a5a5a", 0.3, "no")))
            labels(layer, "name", 7.0, min_scale=60000)
        elif name == "census_units":
            colours = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"]
            breaks = [0.0, 0.06, 0.10, 0.15, 0.22, 1.0]
            ranges = [QgsRendererRange(breaks[i], breaks[i + 1], fill(c, "#ffffff", 0.15),
                                       f"unemployment {breaks[i]:.0%} - {breaks[i + 1]:.0%}")
                      for i, c in enumerate(colours)]
            layer.setRenderer(QgsGraduatedSymbolRenderer("unemployment_rate", ranges))
        elif name == "incidents":
            layer.setRenderer(categorized("category", {
                k: (marker("circle", v, 1.2, "#ffffff", 0.05), k.replace("_", " "))
                for k, v in INCIDENT_COLOURS.items()}))
        elif name == "street_lights":
            layer.setRenderer(categorized("working", {
                1: (marker("circle", "#ffd92f", 1.0, "#9a7d00", 0.1), "working"),
                0: (marker("circle", "#8c8c8c", 1.0, "#4d4d4d", 0.1), "not working")}))
        elif name == "police_posts":
            layer.setRenderer(QgsSingleSymbolRenderer(
                marker("square", "#1f4e9e", 3.0, "#ffffff", 0.4)))
        elif name == "schools":
            layer.setRenderer(QgsSingleSymbolRenderer(
                marker("triangle", "#f28e2b", 3.0, "#ffffff", 0.4)))
        elif name == "health_centres":
            layer.setRenderer(QgsSingleSymbolRenderer(
                marker("cross_fill", "#d62728", 3.2, "#ffffff", 0.3)))
        elif name == "transit_stops":
            layer.setRenderer(categorized("mode", {
                "bus": (marker("circle", "#4daf4a", 1.6, "#ffffff", 0.2), "bus (low capacity)"),
                "tram": (marker("diamond", "#984ea3", 2.2, "#ffffff", 0.2),
                         "tram (low capacity)"),
                "brt": (marker("square", "#ff7f00", 2.6, "#ffffff", 0.3), "BRT (high capacity)"),
                "metro": (marker("circle", "#e41a1c", 3.2, "#ffffff", 0.5),
                          "metro (high capacity)")}))
        elif name == "public_space":
            layer.setRenderer(categorized("kind", {
                "park": (fill("#74c476", "#31a354", 0.3), "park"),
                "green_area": (fill("#a1d99b", "#31a354", 0.2), "green area"),
                "plaza": (fill("#d9c9a3", "#8c7a54", 0.3), "plaza"),
                "sports": (fill("#9ecae1", "#3182bd", 0.3), "sports")}))
        elif name == "streets":
            layer.setRenderer(categorized("road_class", {
                "primary": (line("#d7301f", 1.1), "primary"),
                "secondary": (line("#fc8d59", 0.7), "secondary"),
                "residential": (line("#737373", 0.35), "residential"),
                "alley": (line("#969696", 0.25, "dash"), "alley"),
                "footpath": (line("#8c6d31", 0.25, "dot"), "footpath")}))
        elif name == "land_use":
            layer.setRenderer(categorized("land_use", {
                k: (fill(v, v, 0.0), k) for k, v in LAND_USE_COLOURS.items()}))
        elif name == "survey_respondents":
            layer.setRenderer(categorized("feels_unsafe_night", {
                1: (marker("circle", "#d7191c", 1.4, "#ffffff", 0.1), "feels unsafe at night"),
                0: (marker("circle", "#2c7bb6", 1.4, "#ffffff", 0.1), "feels safe at night")}))
        elif name == "planted_hotspots":
            layer.setRenderer(categorized("kind", {
                "persistent": (circle_of_radius("#b2182b", 40), "persistent"),
                "new": (circle_of_radius("#ef8a62", 40), "new"),
                "intensifying": (circle_of_radius("#d6604d", 40), "intensifying"),
                "diminishing": (circle_of_radius("#f4a582", 40), "diminishing")}))
            labels(layer, "kind", 8.0)
        elif name == "planted_coldspots":
            layer.setRenderer(QgsSingleSymbolRenderer(circle_of_radius("#2166ac", 40)))
        else:
            raise KeyError(name)

    app = QgsApplication.instance()
    own_app = app is None
    if own_app:
        app = QgsApplication([], False)
        app.initQgis()
    style_dir.mkdir(parents=True, exist_ok=True)
    categories = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                  | QgsMapLayer.StyleCategory.Rendering)
    for name in STYLED_LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"QGIS cannot open {name} in {gpkg}")
        style(layer, name)
        path = style_dir / f"{name}.qml"
        message, ok = layer.saveNamedStyle(str(path), categories)
        if not ok:
            raise RuntimeError(f"{name}: {message}")
        log(f"wrote {path}")
    # no app.exitQgis(): it can end the process before the GeoPackage is rewritten


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def build(seed: int = SEED, log=print):
    import shapely
    t0 = time.time()
    R = _streams(seed)
    city0 = make_boundary(R["boundary"])
    nb, ce, city = make_partitions(R["seeds"], city0)
    log(f"[{time.time() - t0:5.1f}s] partitions: {len(nb)} neighbourhoods, {len(ce)} census units")
    info = classify_neighbourhoods(R["types"], nb, R["names"])
    land_use, green = make_land_use(R["landuse"], city, nb, info)
    public_space = make_public_space(R["public_space"], nb, info, green)
    grid = make_population(R["population"], city, nb, info, land_use, public_space)
    census = make_census(R["census"], ce, grid, info, nb)
    log(f"[{time.time() - t0:5.1f}s] land use, public space, population "
        f"{int(census.population.sum())}")
    truth = plant(info, nb, grid)
    streets = make_streets(R["streets"], city, nb, info, public_space)
    lit, light_pts, working, _ = street_lighting(R["lights"], streets, info, truth["dark"])
    log(f"[{time.time() - t0:5.1f}s] streets {len(streets['edges'])}, lights {len(light_pts)}")
    transit = make_transit(R["transit"], city, streets, nb, info)
    schools, health, police = make_facilities(R["facilities"], grid, nb, info)
    inc = make_incidents(R["incidents"], R["edge_cases"], grid, nb, city, info, truth, streets, lit)
    log(f"[{time.time() - t0:5.1f}s] incidents {len(inc)}")
    resp, results, dup_code = make_survey(R["survey"], grid, nb, info, truth)
    programmes = make_programmes(R["programmes"], info)

    streets_df, gaps, keep, n_multi, comp = street_flaws(R["streets"], streets, lit)

    codes = np.array([f"N{i + 1:03d}" for i in range(len(nb))], dtype=object)
    hot = truth["hot"]
    cold = truth["cold"]
    hot_df = pd.DataFrame({
        "hotspot_id": [h["hotspot_id"] for h in hot], "kind": [h["kind"] for h in hot],
        "radius_m": [h["radius_m"] for h in hot], "category": [h["category"] for h in hot],
        "nbhd_id": [codes[h["nbhd_index"]] for h in hot],
        "count_2021": [h["per_year"][0] for h in hot], "count_2022": [h["per_year"][1] for h in hot],
        "count_2023": [h["per_year"][2] for h in hot],
        "geometry": [shapely.Point(h["x"], h["y"]) for h in hot]})
    cold_df = pd.DataFrame({"coldspot_id": [1], "radius_m": [cold["radius_m"]],
                            "intensity_factor": [cold["factor"]],
                            "nbhd_id": [codes[cold["nbhd_index"]]],
                            "geometry": [shapely.Point(cold["x"], cold["y"])]})
    truth_df = pd.DataFrame({
        "nbhd_id": codes, "safer_cities_type": info["type"], "subtype": info["subtype"],
        "is_historic_centre": info["historic"].astype(np.int32),
        "planted_hot_spot": truth["hot_flag"].astype(np.int32),
        "planted_cold_spot": truth["cold_flag"].astype(np.int32),
        "dark_area": truth["dark"].astype(np.int32),
        "emerging_pattern": truth["pattern"],
        "hotspot_id": np.where(truth["hot_id"] > 0, truth["hot_id"], 0).astype(np.int32),
        "population": truth["pop_nb"].astype(np.int64)})
    nb_df = pd.DataFrame({"nbhd_id": codes, "name": info["name"], "district": info["district"],
                          "geometry": nb})
    census["geometry"] = ce
    inc_geom = np.array([None if np.isnan(x) else shapely.Point(x, y)
                         for x, y in zip(inc["x"], inc["y"])], dtype=object)
    incidents = pd.DataFrame({
        "incident_id": inc["incident_id"], "occurred_at": inc["occurred_at"].astype("datetime64[s]"),
        "category": inc["category"].astype(object), "victim_sex": inc["victim_sex"],
        "victim_age_group": inc["victim_age_group"], "severity": inc["severity"].astype(float),
        "geometry": inc_geom})
    lights = pd.DataFrame({"light_id": np.arange(1, len(light_pts) + 1, dtype=np.int64),
                           "working": working, "geometry": light_pts})
    land_use_df = pd.DataFrame(land_use)
    layers = {
        "city_boundary": pd.DataFrame({"name": [CITY_NAME], "geometry": [city]}),
        "neighbourhoods": nb_df, "census_units": census, "incidents": incidents,
        "street_lights": lights, "police_posts": police, "schools": schools,
        "health_centres": health, "transit_stops": transit, "public_space": public_space,
        "streets": streets_df, "land_use": land_use_df, "survey_respondents": resp,
        "planted_hotspots": hot_df, "planted_coldspots": cold_df}
    tables = {"survey_results": results, "programmes": programmes, "planted_truth": truth_df}
    meta = dict(
        seed=seed, incidents=len(incidents),
        edge_cases=dict(boundary_vertex=N_BOUNDARY_VERTEX, boundary_midpoint=N_BOUNDARY_MIDPOINT,
                        boundary_total=N_BOUNDARY_VERTEX + N_BOUNDARY_MIDPOINT,
                        outside=N_OUTSIDE, null_geometry=N_NULL_GEOMETRY,
                        null_occurred_at=N_NULL_DATETIME,
                        dark_street_extra=N_DARK_EXTRA,
                        incidents_inside_exactly_one=int(len(incidents) - N_BOUNDARY_VERTEX
                                                         - N_BOUNDARY_MIDPOINT - N_OUTSIDE
                                                         - N_NULL_GEOMETRY)),
        streets=dict(features=len(streets_df), multilinestrings=n_multi, gaps=N_STREET_GAPS,
                     gap_street_ids=[int(x) for x in streets_df.street_id[np.isin(keep, gaps)]],
                     multi_street_ids=[int(x) for x in streets_df.street_id[
                         shapely.get_type_id(streets_df.geometry.to_numpy()) == 5]],
                     components_of_parts=int(comp.max() + 1),
                     disconnected_pieces={k: str(codes[i]) for k, (i, _) in
                                          streets["pieces"].items()}),
        survey_results=dict(duplicated_code=str(dup_code), unmatched_codes=["N999", "N251"]),
        boundary_vertex_incident_ids=[int(x) for x in incidents.incident_id[
            inc["edge_case"].to_numpy() == "boundary_vertex"]],
        boundary_midpoint_incident_ids=[int(x) for x in incidents.incident_id[
            inc["edge_case"].to_numpy() == "boundary_midpoint"]],
        null_occurred_at_incident_ids=[int(x) for x in incidents.incident_id[
            inc["edge_case"].to_numpy() == "null_datetime"]],
        outside_incident_ids=[int(x) for x in incidents.incident_id[
            inc["edge_case"].to_numpy() == "outside"]],
        population_total=int(census.population.sum()),
        census_units_without_population=int((census.population == 0).sum()),
    )
    log(f"[{time.time() - t0:5.1f}s] built all layers")
    return layers, tables, grid, meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = Path(__file__).resolve().parent
    ap.add_argument("--out-dir", type=Path, default=here)
    ap.add_argument("--style-dir", type=Path, default=here.parent / "resources" / "styles" / "demo")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--build-styles", action="store_true",
                    help="maintainers: also rewrite the .qml files in --style-dir with PyQGIS "
                         "(needs QGIS) before storing them in the GeoPackage")
    args = ap.parse_args(argv)
    log = (lambda *a: None) if args.quiet else (lambda *a: print(*a, flush=True))
    t0 = time.time()
    layers, tables, grid, meta = build(args.seed, log)
    digests = write_outputs(args.out_dir, layers, tables, grid, args.style_dir)
    if args.build_styles:
        build_styles(args.out_dir / "demo_city.gpkg", args.style_dir, log)
        digests = write_outputs(args.out_dir, layers, tables, grid, args.style_dir)
    counts = {k: len(v) for k, v in {**layers, **tables}.items()}
    manifest = dict(generator="sample_layers/generate_demo_city.py", city=CITY_NAME, crs=CRS,
                    counts=counts, digests=digests, **meta)
    (args.out_dir / "demo_city_manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"[{time.time() - t0:5.1f}s] wrote {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
