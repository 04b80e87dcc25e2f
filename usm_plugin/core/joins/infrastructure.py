"""Infrastructure indicators per neighbourhood: facilities, streets, public space.

One function per layer kind:

* :func:`point_indicators` -- facilities (police posts, schools, health centres,
  transit stops, street lights): count, density per km2, per 10,000 residents,
  distance from the neighbourhood's population-weighted centre to the nearest
  facility and the population-weighted mean distance of residents to it;
* :func:`line_indicators` -- streets (optionally a flagged subset such as lit
  streets): length in km and km per km2;
* :func:`polygon_indicators` -- parks and public space: area, share of the
  neighbourhood's area, m2 per resident.

Population enters as :class:`PopulationPoints` (coordinates + weights): raster
cell centres (:func:`population_from_raster`), census-unit pieces
(:func:`population_from_polygons`) or any weighted points
(:func:`population_from_points`).

Counting rule: facilities are assigned with
:func:`.point_in_polygon.assign_points` (each point to exactly one
neighbourhood; a point on a shared edge to the one whose id sorts first, ties
counted).
Facilities outside every neighbourhood are not counted anywhere but are
reported, and they *are* used as nearest facilities: a police post just
beyond the city limit still serves the people next to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps
from ..geometry.crs import require_projected, same_crs

# ---------------------------------------------------------------------------
# shared input handling
# ---------------------------------------------------------------------------


@dataclass
class Zones:
    """Neighbourhoods checked and ready: ids, geometries, areas (NaN where missing)."""

    ids: np.ndarray
    geoms: np.ndarray
    valid: np.ndarray
    area_m2: np.ndarray
    crs: object
    id_field: str

    def __len__(self) -> int:
        return len(self.ids)


def prepare_zones(neighbourhoods, id_field: str, notes: Notes) -> Zones:
    """Check a neighbourhood layer (RELIABILITY.md rows 1, 3, 4, 5, 7, 13).

    Null or empty geometries are kept with missing values and listed; invalid
    polygons, duplicate or missing ids are errors.
    """
    import shapely
    if neighbourhoods is None or len(neighbourhoods) == 0:
        raise InputError("the neighbourhood layer is empty")
    require_projected(getattr(neighbourhoods, "crs", None), "the neighbourhood layer")
    if id_field not in neighbourhoods.columns:
        raise InputError(f"the neighbourhood layer has no field {id_field!r}; "
                         f"fields are {list(neighbourhoods.columns)}")
    ids = neighbourhoods[id_field]
    if ids.isna().any():
        raise InputError(f"{int(ids.isna().sum())} neighbourhoods have no {id_field!r} value")
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        raise InputError(f"duplicate neighbourhood ids in {id_field!r}: "
                         f"{sorted(set(map(str, dup)))[:10]}")
    geoms = np.asarray(neighbourhoods.geometry.values, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.all():
        raise InputError("all neighbourhood geometries are null or empty")
    present = ~missing
    kinds = shapely.get_type_id(geoms[present])
    if not np.isin(kinds, (3, 6)).all():
        raise InputError("the neighbourhood layer must hold polygons; found geometry types "
                         f"{sorted(set(kinds.tolist()))}")
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[present] = ~shapely.is_valid(geoms[present])
    if invalid.any():
        raise InputError(
            f"{int(invalid.sum())} neighbourhood polygons are invalid (ids "
            f"{list(map(str, ids[invalid].tolist()))[:10]}); repair them (Fix geometries) or "
            "let QGIS skip them with its invalid-geometry setting")
    if missing.any():
        notes.warn(f"{int(missing.sum())} neighbourhoods have null or empty geometry; their "
                   f"values are missing (ids {list(map(str, ids[missing].tolist()))[:10]})")
    area = np.full(len(geoms), np.nan)
    area[present] = shapely.area(geoms[present])
    return Zones(ids=ids.to_numpy(), geoms=geoms, valid=present, area_m2=area,
                 crs=neighbourhoods.crs, id_field=id_field)


def _check_same_crs(zones: Zones, other, what: str) -> None:
    crs = getattr(other, "crs", None)
    require_projected(crs, what)
    if not same_crs(zones.crs, crs):
        raise InputError(f"{what} is in a different CRS from the neighbourhoods; "
                         "reproject it first (the QGIS algorithms do this for you)")


def point_xy(layer, what: str, notes: Notes) -> np.ndarray:
    """x, y of a point layer: null geometries dropped and counted, MultiPoints
    exploded and reported, lines/polygons replaced by an interior point (reported)."""
    import shapely
    geoms = np.asarray(layer.geometry.values if hasattr(layer, "geometry") else layer,
                       dtype=object)
    if len(geoms) == 0:
        return np.zeros((0, 2))
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        notes.warn(f"{int(missing.sum())} features of {what} have null or empty geometry "
                   "and were dropped")
    geoms = geoms[~missing]
    kinds = shapely.get_type_id(geoms)
    multi = kinds == 4
    if multi.any():
        notes.warn(f"{int(multi.sum())} MultiPoint features of {what} were exploded into "
                   f"{int(shapely.get_num_geometries(geoms[multi]).sum())} points")
    other = ~np.isin(kinds, (0, 4))
    if other.any():
        notes.warn(f"{int(other.sum())} non-point features of {what} are represented by a "
                   "point on their surface")
        geoms = geoms.copy()
        geoms[other] = shapely.point_on_surface(geoms[other])
    xy = shapely.get_coordinates(shapely.get_parts(geoms))
    if not np.isfinite(xy).all():
        raise InputError(f"{what} has NaN or infinite coordinates")
    return xy


@dataclass
class PopulationPoints:
    """Residents as weighted points (raster cell centres, census pieces, ...).

    Attributes
    ----------
    xy : ndarray, shape (n, 2)
    weight : ndarray, shape (n,)
        Residents at each point (>= 0, finite).
    crs : object
    source : str
        Where the points came from, for reports.
    notes : Notes
    """

    xy: np.ndarray
    weight: np.ndarray
    crs: object
    source: str
    notes: Notes = field(default_factory=Notes)

    @property
    def total(self) -> float:
        return float(self.weight.sum())


def _clean_weights(values, what: str, notes: Notes):
    w = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(w)
    if bad.all() and len(w):
        raise InputError(f"{what} has no numeric value")
    if (w[~bad] < 0).any():
        raise InputError(f"{what} has {int((w[~bad] < 0).sum())} negative values; "
                         "population cannot be negative")
    if bad.any():
        notes.warn(f"{int(bad.sum())} {what} values are missing or not numeric; those "
                   "features were left out (not counted as 0)")
    return w, ~bad


def population_from_points(points, weight_field: str) -> PopulationPoints:
    """Population as weighted points from a point layer.

    Parameters
    ----------
    points : GeoDataFrame
        Point layer (projected CRS).
    weight_field : str
        Residents at each point.

    Returns
    -------
    PopulationPoints
    """
    import shapely
    notes = Notes()
    require_projected(getattr(points, "crs", None), "the population layer")
    if weight_field not in points.columns:
        raise InputError(f"the population layer has no field {weight_field!r}; "
                         f"fields are {list(points.columns)}")
    geoms = np.asarray(points.geometry.values, dtype=object)
    ok_geom = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if (~ok_geom).any():
        notes.warn(f"{int((~ok_geom).sum())} population points with null geometry were dropped")
    if not np.isin(shapely.get_type_id(geoms[ok_geom]), (0,)).all():
        raise InputError("population points must be single Points")
    w, ok = _clean_weights(points[weight_field].to_numpy(), f"population field {weight_field!r}",
                           notes)
    keep = ok & ok_geom
    xy = shapely.get_coordinates(geoms[keep])
    return PopulationPoints(xy, w[keep], points.crs, f"points ({weight_field})", notes)


def population_from_polygons(census, population_field: str, neighbourhoods=None,
                             ) -> PopulationPoints:
    """Population as one weighted point per census unit (or census x neighbourhood piece).

    Each census unit's population is spread over its area uniformly (areal
    weighting); when ``neighbourhoods`` is given the unit is first cut by the
    neighbourhoods so that every piece lands in its own neighbourhood.  The
    point is a point on the piece's surface (always inside it, unlike the
    centroid of a concave piece).  Coverage computed from these points is
    all-or-nothing per piece: use a population raster for finer results.

    Parameters
    ----------
    census : GeoDataFrame
        Census polygons in a projected CRS.
    population_field : str
    neighbourhoods : GeoDataFrame, optional
        Cut the census units by these polygons first.

    Returns
    -------
    PopulationPoints

    References
    ----------
    Goodchild, M. F., & Lam, N. S.-N. (1980). Areal interpolation: a variant of
    the traditional spatial problem. *Geo-Processing*, 1, 297-312.
    """
    import shapely
    notes = Notes()
    require_projected(getattr(census, "crs", None), "the census layer")
    if population_field not in census.columns:
        raise InputError(f"the census layer has no field {population_field!r}; "
                         f"fields are {list(census.columns)}")
    geoms = np.asarray(census.geometry.values, dtype=object)
    ok_geom = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if (~ok_geom).any():
        notes.warn(f"{int((~ok_geom).sum())} census units with null geometry were dropped "
                   "(their population is not counted)")
    w, ok = _clean_weights(census[population_field].to_numpy(),
                           f"census field {population_field!r}", notes)
    keep = ok & ok_geom
    geoms, w = geoms[keep], w[keep]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        notes.warn(f"{int(invalid.sum())} invalid census polygons were repaired (make_valid)")
    if neighbourhoods is None:
        pts = shapely.point_on_surface(geoms)
        return PopulationPoints(shapely.get_coordinates(pts), w, census.crs,
                                f"census units ({population_field})", notes)
    if not same_crs(census.crs, neighbourhoods.crs):
        raise InputError("the census layer and the neighbourhoods are in different CRSs; "
                         "reproject first")
    nb = np.asarray(neighbourhoods.geometry.values, dtype=object)
    nb = nb[~(shapely.is_missing(nb) | shapely.is_empty(nb))]
    tree = shapely.STRtree(nb)
    ci, ni = tree.query(geoms, predicate="intersects")
    pieces = shapely.intersection(geoms[ci], nb[ni])
    area = shapely.area(pieces)
    unit_area = shapely.area(geoms)
    good = area > 0
    ci, pieces, area = ci[good], pieces[good], area[good]
    share = area / unit_area[ci]
    covered = np.bincount(ci, share, minlength=len(geoms))
    lost = w * np.clip(1 - covered, 0, 1)
    if lost.sum() > 1e-6 * max(w.sum(), 1):
        notes.warn(f"{lost.sum():.0f} residents live in parts of census units outside every "
                   "neighbourhood and were left out")
    pts = shapely.point_on_surface(pieces)
    return PopulationPoints(shapely.get_coordinates(pts), w[ci] * share, census.crs,
                            f"census pieces ({population_field}, area-weighted)", notes)


def population_from_raster(raster, *, to_crs=None) -> PopulationPoints:
    """Population as raster cell centres weighted by the cell value.

    Cells that are nodata, NaN or 0 are skipped; negative cells are an error.

    Parameters
    ----------
    raster : RasterGrid or str
        Residents per cell: a :class:`..geometry.raster.RasterGrid` (what the
        plugin's bridge hands over) or a raster file path (read with rasterio).
    to_crs : optional
        Transform the cell centres into this CRS (which must be projected, in
        metres); without it the raster's own CRS must be projected.

    Returns
    -------
    PopulationPoints
    """
    from ..geometry.raster import as_raster_grid

    notes = Notes()
    grid = as_raster_grid(raster)
    path = grid.name
    r_crs = grid.crs
    if r_crs is None:
        raise InputError(f"{path} has no CRS")
    require_projected(to_crs if to_crs is not None else r_crs, path)
    values = np.asarray(grid.values, dtype=float)
    if (values[np.isfinite(values)] < 0).any():
        raise InputError(f"{path} has negative cells")
    rows, cols = np.nonzero(np.isfinite(values) & (values > 0))
    x, y = grid.cell_centres(rows, cols)
    crs_out = r_crs
    if to_crs is not None and not same_crs(crs_out, to_crs):
        from pyproj import CRS, Transformer
        transformer = Transformer.from_crs(CRS.from_user_input(crs_out),
                                           CRS.from_user_input(to_crs), always_xy=True)
        x, y = transformer.transform(x, y)
        notes.say(f"population raster cell centres reprojected to {CRS.from_user_input(to_crs).name}")
        crs_out = to_crs
    return PopulationPoints(np.column_stack([x, y]), values[rows, cols], crs_out,
                            f"raster cells ({path})", notes)


def as_population(population, weight_field: Optional[str] = None) -> PopulationPoints:
    """Accept :class:`PopulationPoints` or a point GeoDataFrame with ``weight_field``."""
    if population is None or isinstance(population, PopulationPoints):
        return population
    if weight_field is None:
        raise InputError("a population point layer needs the name of its population field")
    return population_from_points(population, weight_field)


def assign_to_zones(zones: Zones, xy: np.ndarray, progress=None, should_stop=None):
    """Assignment of points to neighbourhoods by the plugin's boundary rule."""
    from ..geometry.point_in_polygon import assign_points
    geoms = zones.geoms.copy()
    geoms[~zones.valid] = None
    # ties go to the neighbourhood whose id sorts first, as in the incident aggregation
    order = np.argsort(np.asarray([str(v) for v in zones.ids]), kind="stable")
    priority = np.empty(len(order), dtype=np.int64)
    priority[order] = np.arange(len(order))
    return assign_points(xy[:, 0], xy[:, 1], geoms, priority=priority, progress=progress,
                         should_stop=should_stop)


def zone_population(zones: Zones, neighbourhoods, population_field: Optional[str],
                    pop: Optional[PopulationPoints], pop_index: Optional[np.ndarray],
                    notes: Notes) -> np.ndarray:
    """Residents per neighbourhood: the field when given, else the population points' sum."""
    n = len(zones)
    if population_field is not None:
        if population_field not in neighbourhoods.columns:
            raise InputError(f"the neighbourhood layer has no field {population_field!r}")
        p, ok = _clean_weights(neighbourhoods[population_field].to_numpy(),
                               f"neighbourhood population field {population_field!r}", Notes())
        if (~ok).any():
            notes.warn(f"{int((~ok).sum())} neighbourhoods have no usable population in "
                       f"{population_field!r}; their per-resident values are missing")
        return np.where(ok & zones.valid, p, np.nan)
    if pop is not None:
        inside = pop_index >= 0
        p = np.bincount(pop_index[inside], pop.weight[inside], minlength=n).astype(float)
        p[~zones.valid] = np.nan
        return p
    return np.full(n, np.nan)


def per_resident(values: np.ndarray, population: np.ndarray, scale: float, notes: Notes,
                 what: str) -> np.ndarray:
    """values / population * scale; missing (NaN) where population is 0 or missing."""
    out = np.full(len(values), np.nan)
    good = np.isfinite(population) & (population > 0)
    out[good] = values[good] / population[good] * scale
    zero = np.isfinite(population) & (population == 0)
    if zero.any():
        notes.warn(f"{int(zero.sum())} neighbourhoods have zero population; {what} is missing there")
    return out


@dataclass
class IndicatorResult:
    """Per-neighbourhood indicators.

    Attributes
    ----------
    table : DataFrame
        One row per neighbourhood in input order; the id column first.
    city : dict
        City-wide values of the same indicators.
    notes : Notes
    """

    table: pd.DataFrame
    city: dict
    notes: Notes = field(default_factory=Notes)


def _km2(zones: Zones) -> np.ndarray:
    return zones.area_m2 / 1e6


# ---------------------------------------------------------------------------
# facilities
# ---------------------------------------------------------------------------

def point_indicators(neighbourhoods, id_field: str, facilities, *,
                     population_field: Optional[str] = None,
                     population=None, population_weight_field: Optional[str] = None,
                     progress=None, should_stop=None) -> IndicatorResult:
    """Facility indicators per neighbourhood.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons (projected CRS in metres) with a unique ``id_field``.
    id_field : str
    facilities : GeoDataFrame
        Facility points in the same CRS (MultiPoints exploded, null geometries
        dropped; both reported).
    population_field : str, optional
        Residents per neighbourhood, a field of ``neighbourhoods``.  Without it
        the sum of ``population`` points in each neighbourhood is used.
    population : PopulationPoints or GeoDataFrame, optional
        Residents as weighted points, for the population-weighted centre and the
        residents' mean distance.  Without it the centre is the polygon centroid
        (``centre`` column says which).
    population_weight_field : str, optional
        Weight field when ``population`` is a GeoDataFrame.

    Returns
    -------
    IndicatorResult
        ``table`` columns: id, ``count``, ``density_km2`` (facilities per km2),
        ``per_10k`` (facilities per 10,000 residents), ``population``,
        ``nearest_m`` (straight-line metres from the centre to the nearest
        facility anywhere, inside or outside the city), ``centre``
        (``population`` or ``centroid``), ``mean_nearest_m`` (population-weighted
        mean straight-line distance of residents to their nearest facility).
        ``city`` has ``count``, ``outside``, ``ties``, ``dropped``, ``density_km2``,
        ``per_10k``, ``mean_nearest_m``.

    Notes
    -----
    The population-weighted centre is the weighted mean of the residents'
    coordinates; it can fall outside a strongly concave neighbourhood.

    """
    from scipy.spatial import cKDTree
    steps = as_steps(progress, should_stop)
    notes = Notes()
    zones = prepare_zones(neighbourhoods, id_field, notes)
    _check_same_crs(zones, facilities, "the facility layer")
    import shapely
    n_read = len(facilities)
    fg = np.asarray(facilities.geometry.values, dtype=object)
    n_null = int((shapely.is_missing(fg) | shapely.is_empty(fg)).sum())
    fxy = point_xy(facilities, "the facility layer", notes)
    if len(fxy) == 0:
        raise InputError("the facility layer has no usable point")
    steps.report(0.1)
    a = assign_to_zones(zones, fxy, progress=steps.part(0.1, 0.4).report)
    inside = a.index >= 0
    count = np.bincount(a.index[inside], minlength=len(zones)).astype(float)
    count[~zones.valid] = np.nan
    n_out = int((~inside).sum())
    if n_out:
        notes.warn(f"{n_out} facilities lie outside every neighbourhood; they are not counted "
                   "in any neighbourhood but are used as nearest facilities")
    if a.n_ties:
        notes.say(f"{a.n_ties} facilities on a shared neighbourhood boundary were each counted "
                  "once (in the neighbourhood whose id sorts first)")

    pop = as_population(population, population_weight_field)
    pop_index = None
    if pop is not None:
        if not same_crs(pop.crs, zones.crs):
            raise InputError("the population points are in a different CRS from the "
                             "neighbourhoods; reproject first")
        notes.extend(pop.notes)
        pop_index = assign_to_zones(zones, pop.xy, progress=steps.part(0.4, 0.7).report).index
    residents = zone_population(zones, neighbourhoods, population_field, pop, pop_index, notes)
    steps.report(0.7)

    centre = np.full((len(zones), 2), np.nan)
    cen = shapely.get_coordinates(shapely.centroid(zones.geoms[zones.valid]))
    centre[zones.valid] = cen
    kind = np.where(zones.valid, "centroid", None).astype(object)
    tree = cKDTree(fxy)
    mean_near = np.full(len(zones), np.nan)
    city_mean = np.nan
    if pop is not None:
        inz = pop_index >= 0
        wsum = np.bincount(pop_index[inz], pop.weight[inz], minlength=len(zones))
        has = (wsum > 0) & zones.valid
        wx = np.bincount(pop_index[inz], pop.weight[inz] * pop.xy[inz, 0], minlength=len(zones))
        wy = np.bincount(pop_index[inz], pop.weight[inz] * pop.xy[inz, 1], minlength=len(zones))
        centre[has, 0] = wx[has] / wsum[has]
        centre[has, 1] = wy[has] / wsum[has]
        kind[has] = "population"
        fallback = zones.valid & ~has
        if fallback.any():
            notes.warn(f"{int(fallback.sum())} neighbourhoods have no residents in the population "
                       "data; their centre is the polygon centroid")
        if len(pop.xy):
            d_pop, _ = tree.query(pop.xy, k=1)
            dsum = np.bincount(pop_index[inz], pop.weight[inz] * d_pop[inz], minlength=len(zones))
            mean_near[has] = dsum[has] / wsum[has]
            if pop.weight[inz].sum() > 0:
                city_mean = float((pop.weight[inz] * d_pop[inz]).sum() / pop.weight[inz].sum())
    else:
        notes.say("no population data given: distances are measured from neighbourhood centroids")
    nearest = np.full(len(zones), np.nan)
    nearest[zones.valid], _ = tree.query(centre[zones.valid], k=1)
    steps.report(0.9)

    km2 = _km2(zones)
    table = pd.DataFrame({
        id_field: zones.ids,
        "count": count,
        "density_km2": count / km2,
        "population": residents,
        "per_10k": per_resident(count, residents, 1e4, notes, "facilities per 10,000 residents"),
        "nearest_m": nearest,
        "centre": kind,
        "mean_nearest_m": mean_near,
    })
    total = float(np.nansum(count))
    city_pop = float(np.nansum(residents)) if np.isfinite(residents).any() else np.nan
    city = {
        "read": n_read, "count": total, "outside": n_out, "ties": a.n_ties,
        "dropped": n_null,
        "density_km2": total / np.nansum(km2),
        "per_10k": total / city_pop * 1e4 if city_pop and city_pop > 0 else np.nan,
        "mean_nearest_m": city_mean,
    }
    steps.report(1.0)
    return IndicatorResult(table, city, notes)


# ---------------------------------------------------------------------------
# lines
# ---------------------------------------------------------------------------

def _line_lengths_per_zone(zones: Zones, lines: np.ndarray, steps) -> tuple:
    """Length (m) of each line inside each zone: (zone idx, line idx, metres).

    A piece running along a boundary shared by two neighbourhoods is counted
    half in each; along the outer edge of the study area it is counted in full.
    """
    import shapely
    polys = zones.geoms[zones.valid]
    zpos = np.flatnonzero(zones.valid)
    shapely.prepare(polys)
    tree = shapely.STRtree(lines)
    pi, li = tree.query(polys, predicate="intersects")
    steps.report(0.2)
    inner = shapely.contains_properly(polys[pi], lines[li])
    out = np.empty(len(pi))
    out[inner] = shapely.length(lines[li[inner]])
    cut = ~inner
    if cut.any():
        cpi, cli = pi[cut], li[cut]
        pieces = shapely.intersection(lines[cli], polys[cpi])
        plen = shapely.length(pieces)
        boundary = shapely.boundary(polys)
        outline = shapely.boundary(shapely.union_all(polys))
        outer = shapely.intersection(boundary, outline)
        steps.report(0.5)
        touch = plen > 0
        on_bnd = np.zeros(len(cpi))
        on_out = np.zeros(len(cpi))
        on_bnd[touch] = shapely.length(shapely.intersection(pieces[touch], boundary[cpi[touch]]))
        t2 = touch & (on_bnd > 0)
        on_out[t2] = shapely.length(shapely.intersection(pieces[t2], outer[cpi[t2]]))
        out[cut] = plen - 0.5 * np.clip(on_bnd - on_out, 0, None)
    return zpos[pi], li, out


def line_indicators(neighbourhoods, id_field: str, lines, *, flag_field: Optional[str] = None,
                    progress=None, should_stop=None) -> IndicatorResult:
    """Street length and length density per neighbourhood.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons (projected CRS) with a unique ``id_field``.
    id_field : str
    lines : GeoDataFrame
        (Multi)LineStrings in the same CRS.
    flag_field : str, optional
        A 0/1 field (e.g. ``lit``); adds the flagged length and its share of the
        length whose flag is known.

    Returns
    -------
    IndicatorResult
        ``table`` columns: id, ``length_km``, ``density_km_km2``; with a flag also
        ``<flag>_km`` and ``<flag>_share`` (0-1).  ``city`` has the same totals and
        ``outside_km`` (length outside every neighbourhood).

    Notes
    -----
    Lines are clipped to each neighbourhood with shapely's vectorised
    intersection.  Length lying exactly on a boundary shared by two
    neighbourhoods (streets often form boundaries) is split half and half, so
    the lengths add up to the city total; this assumes the neighbourhoods
    partition the city without overlaps.

    References
    ----------
    UN-Habitat (2013). *Streets as Public Spaces and Drivers of Urban
    Prosperity*. Nairobi (street density in km per km2).
    """
    import shapely
    steps = as_steps(progress, should_stop)
    notes = Notes()
    zones = prepare_zones(neighbourhoods, id_field, notes)
    _check_same_crs(zones, lines, "the line layer")
    geoms = np.asarray(lines.geometry.values, dtype=object)
    if len(geoms) == 0:
        raise InputError("the line layer is empty")
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.all():
        raise InputError("all line geometries are null or empty")
    if missing.any():
        notes.warn(f"{int(missing.sum())} line features with null or empty geometry were skipped")
    kinds = shapely.get_type_id(geoms[~missing])
    if not np.isin(kinds, (1, 2, 5)).all():
        raise InputError("the line layer must hold (Multi)LineStrings; found geometry types "
                         f"{sorted(set(kinds.tolist()))}")
    keep = np.flatnonzero(~missing)
    g = geoms[keep]
    flag = None
    if flag_field is not None:
        if flag_field not in lines.columns:
            raise InputError(f"the line layer has no field {flag_field!r}")
        fv = pd.to_numeric(lines[flag_field], errors="coerce").to_numpy(dtype=float)[keep]
        unknown = ~np.isfinite(fv)
        if unknown.any():
            notes.warn(f"{int(unknown.sum())} lines have no usable {flag_field!r} value; they "
                       f"count in the total length but not in the {flag_field} share")
        odd = ~unknown & ~np.isin(fv, (0, 1))
        if odd.any():
            notes.warn(f"{int(odd.sum())} lines have {flag_field!r} values other than 0/1; "
                       "non-zero values were read as 1")
        flag = np.where(unknown, np.nan, (fv != 0).astype(float))

    zi, li, metres = _line_lengths_per_zone(zones, g, steps.part(0.0, 0.9))
    n = len(zones)
    length = np.bincount(zi, metres, minlength=n) / 1000.0
    length[~zones.valid] = np.nan
    km2 = _km2(zones)
    table = pd.DataFrame({id_field: zones.ids, "length_km": length,
                          "density_km_km2": length / km2})
    total_len = float(shapely.length(g).sum()) / 1000.0
    city = {"length_km": float(np.nansum(length)),
            "density_km_km2": float(np.nansum(length) / np.nansum(km2)),
            "outside_km": max(total_len - float(np.nansum(length)), 0.0)}
    if city["outside_km"] > 1e-6 * max(total_len, 1e-9):
        notes.warn(f"{city['outside_km']:.2f} km of lines lie outside every neighbourhood")
    if flag is not None:
        fz = flag[li]
        known = np.isfinite(fz)
        flagged = np.bincount(zi[known], metres[known] * fz[known], minlength=n) / 1000.0
        known_len = np.bincount(zi[known], metres[known], minlength=n) / 1000.0
        share = np.full(n, np.nan)
        ok = known_len > 0
        share[ok] = flagged[ok] / known_len[ok]
        flagged[~zones.valid] = np.nan
        table[f"{flag_field}_km"] = flagged
        table[f"{flag_field}_share"] = share
        city[f"{flag_field}_km"] = float(np.nansum(flagged))
        city[f"{flag_field}_share"] = (float(np.nansum(flagged) / known_len.sum())
                                       if known_len.sum() > 0 else np.nan)
    steps.report(1.0)
    return IndicatorResult(table, city, notes)


# ---------------------------------------------------------------------------
# polygons
# ---------------------------------------------------------------------------

def clean_polygons(layer, what: str, notes: Notes) -> np.ndarray:
    """Usable polygons of a layer: null dropped, invalid repaired (both reported)."""
    import shapely
    geoms = np.asarray(layer.geometry.values, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        notes.warn(f"{int(missing.sum())} features of {what} with null or empty geometry were skipped")
    g = geoms[~missing]
    if len(g) == 0:
        return g
    kinds = shapely.get_type_id(g)
    if not np.isin(kinds, (3, 6)).all():
        raise InputError(f"{what} must hold polygons; found geometry types "
                         f"{sorted(set(kinds.tolist()))}")
    invalid = ~shapely.is_valid(g)
    if invalid.any():
        g = g.copy()
        g[invalid] = shapely.make_valid(g[invalid])
        notes.warn(f"{int(invalid.sum())} invalid polygons of {what} were repaired (make_valid)")
    return g


def polygon_indicators(neighbourhoods, id_field: str, polygons, *,
                       population_field: Optional[str] = None, population=None,
                       population_weight_field: Optional[str] = None,
                       progress=None, should_stop=None) -> IndicatorResult:
    """Area of parks / public space per neighbourhood.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons (projected CRS) with a unique ``id_field``.
    id_field : str
    polygons : GeoDataFrame
        Parks, plazas, public space (same CRS).  Overlapping polygons are
        dissolved first, so shared area counts once.
    population_field : str, optional
        Residents per neighbourhood (field of ``neighbourhoods``).
    population : PopulationPoints or GeoDataFrame, optional
        Used for residents when ``population_field`` is not given.

    Returns
    -------
    IndicatorResult
        ``table`` columns: id, ``count`` (polygons whose interior point lies in
        the neighbourhood), ``area_m2``, ``share`` (0-1 of the neighbourhood area),
        ``population``, ``m2_per_resident``.

    References
    ----------
    UN-Habitat (2018). *SDG Indicator 11.7.1 Training Module: Public Space*.
    United Nations Human Settlements Programme, Nairobi.
    """
    import shapely
    steps = as_steps(progress, should_stop)
    notes = Notes()
    zones = prepare_zones(neighbourhoods, id_field, notes)
    _check_same_crs(zones, polygons, "the polygon layer")
    g = clean_polygons(polygons, "the polygon layer", notes)
    if len(g) == 0:
        raise InputError("the polygon layer has no usable polygon")
    n = len(zones)
    a = assign_to_zones(zones, shapely.get_coordinates(shapely.point_on_surface(g)))
    inside = a.index >= 0
    count = np.bincount(a.index[inside], minlength=n).astype(float)
    count[~zones.valid] = np.nan
    steps.report(0.2)
    area = area_in_zones(zones, g)
    steps.report(0.8)
    pop = as_population(population, population_weight_field)
    pop_index = None
    if pop is not None and population_field is None:
        if not same_crs(pop.crs, zones.crs):
            raise InputError("the population points are in a different CRS from the neighbourhoods")
        notes.extend(pop.notes)
        pop_index = assign_to_zones(zones, pop.xy).index
    residents = zone_population(zones, neighbourhoods, population_field, pop, pop_index, notes)
    table = pd.DataFrame({
        id_field: zones.ids,
        "count": count,
        "area_m2": area,
        "share": area / zones.area_m2,
        "population": residents,
        "m2_per_resident": per_resident(area, residents, 1.0, notes, "m2 per resident"),
    })
    city_pop = float(np.nansum(residents)) if np.isfinite(residents).any() else np.nan
    city = {"count": float(np.nansum(count)), "outside": int((~inside).sum()),
            "area_m2": float(np.nansum(area)),
            "share": float(np.nansum(area) / np.nansum(zones.area_m2)),
            "m2_per_resident": (float(np.nansum(area)) / city_pop
                                if city_pop and city_pop > 0 else np.nan)}
    steps.report(1.0)
    return IndicatorResult(table, city, notes)


def area_in_zones(zones: Zones, polygons: np.ndarray) -> np.ndarray:
    """Area (m2) of the union of ``polygons`` inside each zone (NaN for missing zones)."""
    import shapely
    area = np.full(len(zones), np.nan)
    if len(polygons) == 0:
        area[zones.valid] = 0.0
        return area
    tree = shapely.STRtree(polygons)
    zpos = np.flatnonzero(zones.valid)
    zi, pi = tree.query(zones.geoms[zpos], predicate="intersects")
    area[zpos] = 0.0
    if len(zi) == 0:
        return area
    # dissolve the polygons touching each zone, then clip: overlaps count once
    frame = pd.DataFrame({"z": zi, "p": pi})
    for z, grp in frame.groupby("z", sort=False):
        union = shapely.union_all(polygons[grp["p"].to_numpy()])
        area[zpos[z]] = shapely.area(shapely.intersection(zones.geoms[zpos[z]], union))
    return area


# ---------------------------------------------------------------------------
# what kind of infrastructure layer this is
# ---------------------------------------------------------------------------

def geometry_kind(geometries) -> str:
    """"points", "lines" or "polygons": which indicators a layer's geometries call for.

    Null and empty geometries are ignored; a layer mixing kinds is refused, since
    counts, lengths and areas cannot be added up.

    Examples
    --------
    >>> import shapely
    >>> geometry_kind([shapely.Point(0, 0), None, shapely.MultiPoint([(1, 1)])])
    'points'
    """
    import shapely

    geoms = np.asarray(geometries, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        raise InputError("the infrastructure layer is empty or all its geometries are null")
    kinds = set(shapely.get_type_id(geoms[present]).tolist())
    for name, ids in (("points", {0, 4}), ("lines", {1, 2, 5}), ("polygons", {3, 6})):
        if kinds <= ids:
            return name
    raise InputError(f"the infrastructure layer mixes geometry types {sorted(kinds)}; "
                     "use one layer per kind")


def keep_flagged(frame, flag_field: str, notes: Notes):
    """The rows whose ``flag_field`` is 1 (working lights, open spaces); others reported.

    Values that are not numbers or are missing do not count as 1 and are reported
    apart, so a text flag column is noticed rather than silently emptied.
    """
    numeric = pd.to_numeric(frame[flag_field].astype(object).where(frame[flag_field].notna()),
                            errors="coerce")
    keep = (numeric == 1).to_numpy()
    notes.say(f"{int(keep.sum())} of {len(frame)} features have {flag_field} = 1 and are used")
    if numeric.isna().any():
        notes.warn(f"{int(numeric.isna().sum())} features have no usable {flag_field} value "
                   "and were left out")
    return frame[keep]
