"""SDG 11.2.1 (convenient access to public transport) and 11.7.1 (open public space).

Both are computed per neighbourhood and for the whole city from residents
given as weighted points (raster cell centres or census pieces, see
:mod:`.infrastructure`).

SDG 11.2.1 -- *Proportion of population that has convenient access to public
transport*.  A resident has convenient access when a low-capacity stop (bus,
tram) lies within 500 m or a high-capacity stop (BRT, metro, rail, ferry)
within 1,000 m of walking along the street network (UN-Habitat metadata).
Without a street graph the straight-line distance is used instead and the
result is flagged: it overstates access.

SDG 11.7.1 -- *Average share of the built-up area of cities that is open space
for public use for all*.  Computed here as (a) the area of open public space
divided by the built-up area when a built-up layer is given, otherwise by the
neighbourhood/city area (an approximation, stated in the notes, that lowers
the share where there is much undeveloped land); the land allocated to streets,
which UN-Habitat's full indicator adds, is not included because street
layers carry no widths; and (b) the share of residents within 400 m walking
distance of an open public space, the access measure of the UN-Habitat
training module.  Open public spaces are entered at *access points*: the
vertices of their boundary densified every ``spacing`` metres (default 50 m),
so a park can be entered anywhere along its edge; residents inside a public
space have distance 0.

References
----------
United Nations Statistics Division, SDG Indicators Metadata Repository:
indicator 11.2.1 (custodian UN-Habitat), https://unstats.un.org/sdgs/metadata/
(metadata last updated 2021).

United Nations Statistics Division, SDG Indicators Metadata Repository:
indicator 11.7.1 (custodian UN-Habitat), https://unstats.un.org/sdgs/metadata/.

UN-Habitat (2018). *SDG Indicator 11.2.1 Training Module: Public Transport
System*. United Nations Human Settlements Programme, Nairobi.

UN-Habitat (2018). *SDG Indicator 11.7.1 Training Module: Public Space*.
United Nations Human Settlements Programme, Nairobi.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..joins.infrastructure import (area_in_zones, as_population, assign_to_zones,
                                    clean_polygons, point_xy, prepare_zones)
from ..runtime import InputError, Notes, as_steps
from ..geometry.crs import require_projected, same_crs
from .coverage import share_by_zone
from .street_network import StreetGraph, distance_to_nearest


@dataclass
class SdgResult:
    """An SDG indicator per neighbourhood and for the city.

    Attributes
    ----------
    table : DataFrame
        One row per neighbourhood (input order), id column first.
    city : dict
        City-wide values (same names as the table's columns).
    method : str
        ``"network"`` or ``"euclidean"`` distances.
    distance : ndarray
        Per population point, metres: for 11.2.1 the distance to the nearest stop
        of either kind, for 11.7.1 to the nearest public space (``inf`` when
        none lies within the threshold).
    notes : Notes
    """

    table: pd.DataFrame
    city: dict
    method: str
    distance: np.ndarray
    notes: Notes = field(default_factory=Notes)


def _common(neighbourhoods, id_field, population, weight_field, graph, notes):
    zones = prepare_zones(neighbourhoods, id_field, notes)
    pop = as_population(population, weight_field)
    if pop is None:
        raise InputError("the SDG indicators need population (raster cells or census units)")
    if not same_crs(pop.crs, zones.crs):
        raise InputError("the population data are in a different CRS from the neighbourhoods; "
                         "reproject first")
    notes.extend(pop.notes)
    if graph is not None:
        if not isinstance(graph, StreetGraph):
            raise InputError("graph must be a StreetGraph (build_street_graph)")
        if not same_crs(graph.crs, zones.crs):
            raise InputError("the street graph is in a different CRS from the neighbourhoods")
    method = "network" if graph is not None else "euclidean"
    return zones, pop, method


def _nearest(pop, targets_xy, method, graph, limit, steps, notes, what):
    """Distance of every resident to the nearest target (inf beyond ``limit``), notes kept."""
    if len(targets_xy) == 0:
        return np.full(len(pop.xy), np.inf)
    near = distance_to_nearest(pop.xy, targets_xy, method=method, graph=graph,
                               max_distance=limit, progress=steps.report)
    for line in near.notes.warnings:
        notes.warn(f"{what}: {line}")
    return near.distance


def _check_layer(layer, zones, what):
    crs = getattr(layer, "crs", None)
    require_projected(crs, what)
    if not same_crs(crs, zones.crs):
        raise InputError(f"{what} is in a different CRS from the neighbourhoods; reproject first")


def sdg_11_2_1(neighbourhoods, id_field: str, population, stops, *,
               capacity_field: str, low_values: Sequence[str] = ("low",),
               high_values: Sequence[str] = ("high",), low_distance: float = 500.0,
               high_distance: float = 1000.0, graph: Optional[StreetGraph] = None,
               population_weight_field: Optional[str] = None,
               progress=None, should_stop=None) -> SdgResult:
    """SDG 11.2.1: share of residents with convenient access to public transport.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons, projected CRS in metres, unique ``id_field``.
    id_field : str
    population : PopulationPoints or GeoDataFrame
        Residents as weighted points (a GeoDataFrame needs ``population_weight_field``).
    stops : GeoDataFrame
        Public transport stops (inside or outside the city).
    capacity_field : str
        Field of ``stops`` telling low- from high-capacity stops.
    low_values, high_values : sequence of str
        Values of ``capacity_field`` (case-insensitive) meaning low capacity (bus,
        tram) and high capacity (BRT, metro, rail, ferry).  Stops with other or
        missing values are left out and counted.
    low_distance, high_distance : float, default 500 and 1000
        Walking thresholds in metres.
    graph : StreetGraph, optional
        Street network for walking distances (the official method).  Without
        it straight-line distances are used and a warning says so.

    Returns
    -------
    SdgResult
        ``table`` columns: id, ``population``, ``served_low`` and ``served_high``
        (residents within reach of each kind), ``served`` (either),
        ``sdg_11_2_1`` (share 0-1).  ``city`` holds the same plus stop counts.

    References
    ----------
    UN-Habitat (2018). *SDG Indicator 11.2.1 Training Module: Public Transport
    System*. Nairobi.

    United Nations Statistics Division. SDG Indicators Metadata Repository,
    indicator 11.2.1. https://unstats.un.org/sdgs/metadata/
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    for name, d in (("low_distance", low_distance), ("high_distance", high_distance)):
        if not (np.isfinite(d) and d > 0):
            raise InputError(f"{name} must be a positive number of metres, got {d!r}")
    zones, pop, method = _common(neighbourhoods, id_field, population, population_weight_field,
                                 graph, notes)
    _check_layer(stops, zones, "the transit stop layer")
    if capacity_field not in stops.columns:
        raise InputError(f"the transit stop layer has no field {capacity_field!r}; "
                         f"fields are {list(stops.columns)}")
    low = {str(v).strip().lower() for v in low_values}
    high = {str(v).strip().lower() for v in high_values}
    if low & high:
        raise InputError(f"values {sorted(low & high)} are listed as both low and high capacity")
    cap = stops[capacity_field].astype("string").str.strip().str.lower()
    is_low = cap.isin(low).fillna(False).to_numpy(dtype=bool)
    is_high = cap.isin(high).fillna(False).to_numpy(dtype=bool)
    other = ~(is_low | is_high)
    if other.any():
        seen = sorted(set(cap[other].dropna().tolist()))[:10]
        notes.warn(f"{int(other.sum())} stops have a {capacity_field!r} value that is neither low "
                   f"({sorted(low)}) nor high ({sorted(high)}) capacity and were left out "
                   f"(values seen: {seen}{', and missing' if cap[other].isna().any() else ''})")
    low_xy = point_xy(stops[is_low], "the low-capacity stops", notes)
    high_xy = point_xy(stops[is_high], "the high-capacity stops", notes)
    if len(low_xy) + len(high_xy) == 0:
        raise InputError("no transit stop is marked low or high capacity; check the capacity "
                         f"field {capacity_field!r} and its values")
    if method == "euclidean":
        notes.warn("no street network given: straight-line distances were used, which "
                   "overstate access compared with UN-Habitat's walking-distance method")
    steps.report(0.05)
    zone_index = assign_to_zones(zones, pop.xy, progress=steps.part(0.05, 0.2).report).index
    if (zone_index < 0).any():
        notes.warn(f"{int((zone_index < 0).sum())} population points lie outside every "
                   "neighbourhood and are not counted")
    d_low = _nearest(pop, low_xy, method, graph, low_distance, steps.part(0.2, 0.55), notes,
                     "low-capacity stops")
    d_high = _nearest(pop, high_xy, method, graph, high_distance, steps.part(0.55, 0.9), notes,
                      "high-capacity stops")
    served_low = np.isfinite(d_low)  # inf beyond the threshold
    served_high = np.isfinite(d_high)
    served = served_low | served_high
    popz, cov, share, cp, cc, cs = share_by_zone(zones, pop.weight, zone_index,
                                                 served.astype(float), notes, "SDG 11.2.1 share")
    _, cov_low, _, _, cl, _ = share_by_zone(zones, pop.weight, zone_index,
                                            served_low.astype(float), Notes())
    _, cov_high, _, _, ch, _ = share_by_zone(zones, pop.weight, zone_index,
                                             served_high.astype(float), Notes())
    table = pd.DataFrame({id_field: zones.ids, "population": popz, "served_low": cov_low,
                          "served_high": cov_high, "served": cov, "sdg_11_2_1": share})
    city = {"population": cp, "served_low": cl, "served_high": ch, "served": cc,
            "sdg_11_2_1": cs, "low_stops": int(len(low_xy)), "high_stops": int(len(high_xy)),
            "stops_left_out": int(other.sum())}
    notes.say(f"SDG 11.2.1 by {method} distance: {low_distance:g} m to {len(low_xy)} low-capacity "
              f"and {high_distance:g} m to {len(high_xy)} high-capacity stops; population from "
              f"{pop.source}")
    steps.report(1.0)
    return SdgResult(table, city, method, np.minimum(d_low, d_high), notes)


def access_points(polygons: np.ndarray, spacing: float) -> np.ndarray:
    """Points along polygon boundaries: every vertex, plus one at least every ``spacing`` m.

    Parameters
    ----------
    polygons : ndarray of shapely polygons
    spacing : float
        Largest gap between consecutive points along a boundary (metres).

    Returns
    -------
    ndarray, shape (n, 2)
        Unique coordinates.
    """
    import shapely
    if not (np.isfinite(spacing) and spacing > 0):
        raise InputError(f"spacing must be a positive number of metres, got {spacing!r}")
    if len(polygons) == 0:
        return np.zeros((0, 2))
    rings = shapely.segmentize(shapely.boundary(polygons), spacing)
    return np.unique(shapely.get_coordinates(rings), axis=0)


def sdg_11_7_1(neighbourhoods, id_field: str, population, public_space, *,
               open_field: Optional[str] = None, built_up=None,
               graph: Optional[StreetGraph] = None, distance: float = 400.0,
               spacing: float = 50.0, population_weight_field: Optional[str] = None,
               progress=None, should_stop=None) -> SdgResult:
    """SDG 11.7.1: open public space share and residents within walking distance of it.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons, projected CRS in metres, unique ``id_field``.
    id_field : str
    population : PopulationPoints or GeoDataFrame
        Residents as weighted points.
    public_space : GeoDataFrame
        Public space polygons (parks, plazas, ...).
    open_field : str, optional
        A 0/1 field; only features with 1 (open to the public for all) count.
        Missing values count as not open and are reported.
    built_up : GeoDataFrame, optional
        Built-up area polygons, the denominator of the area share.  Without it the
        neighbourhood (city) area is used, and a note says so.
    graph : StreetGraph, optional
        Street network for walking distances; without it straight-line distances
        are used (flagged).
    distance : float, default 400
        Walking distance threshold in metres.
    spacing : float, default 50
        Spacing of access points along public space boundaries (metres).

    Returns
    -------
    SdgResult
        ``table`` columns: id, ``public_space_m2``, ``reference_m2`` (built-up or
        total area), ``space_share`` (0-1), ``population``, ``within_400m``
        (residents; the name follows ``distance``), ``access_share`` (0-1).

    References
    ----------
    UN-Habitat (2018). *SDG Indicator 11.7.1 Training Module: Public Space*.
    Nairobi.

    United Nations Statistics Division. SDG Indicators Metadata Repository,
    indicator 11.7.1. https://unstats.un.org/sdgs/metadata/
    """
    import shapely
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if not (np.isfinite(distance) and distance > 0):
        raise InputError(f"distance must be a positive number of metres, got {distance!r}")
    zones, pop, method = _common(neighbourhoods, id_field, population, population_weight_field,
                                 graph, notes)
    _check_layer(public_space, zones, "the public space layer")
    layer = public_space
    if open_field is not None:
        if open_field not in public_space.columns:
            raise InputError(f"the public space layer has no field {open_field!r}")
        flag = pd.to_numeric(public_space[open_field], errors="coerce")
        if flag.isna().any():
            notes.warn(f"{int(flag.isna().sum())} public spaces have no {open_field!r} value and "
                       "were treated as not open to the public")
        closed = int((flag.fillna(0) == 0).sum())
        if closed:
            notes.say(f"{closed} public spaces not open to the public were left out")
        layer = public_space[(flag.fillna(0) != 0).to_numpy()]
    spaces = clean_polygons(layer, "the public space layer", notes)
    if len(spaces) == 0:
        notes.warn("there is no open public space; shares are 0 where residents exist")
    steps.report(0.1)

    space_area = area_in_zones(zones, spaces)
    if built_up is not None:
        _check_layer(built_up, zones, "the built-up layer")
        ref = area_in_zones(zones, clean_polygons(built_up, "the built-up layer", notes))
        ref_name = "built-up area"
    else:
        ref = zones.area_m2.copy()
        ref_name = "neighbourhood area"
        notes.warn("no built-up layer given: the public space share is taken of the whole "
                   "neighbourhood/city area, an approximation of UN-Habitat's built-up area "
                   "that lowers the share where land is undeveloped")
    space_share = np.full(len(zones), np.nan)
    ok = np.isfinite(ref) & (ref > 0)
    space_share[ok] = space_area[ok] / ref[ok]
    no_ref = zones.valid & ~ok
    if no_ref.any():
        notes.warn(f"{int(no_ref.sum())} neighbourhoods have no {ref_name}; their space share "
                   "is missing")
    steps.report(0.3)

    if method == "euclidean":
        notes.warn("no street network given: straight-line distances to public space were "
                   "used, which overstate access compared with walking distance")
    zone_index = assign_to_zones(zones, pop.xy, progress=steps.part(0.3, 0.45).report).index
    if (zone_index < 0).any():
        notes.warn(f"{int((zone_index < 0).sum())} population points lie outside every "
                   "neighbourhood and are not counted")
    pts = access_points(spaces, spacing)
    dist = _nearest(pop, pts, method, graph, distance, steps.part(0.45, 0.95), notes,
                    "public space")
    if len(spaces) and len(pop.xy):
        # residents inside a public space are at distance 0
        pi, _ = shapely.STRtree(spaces).query(shapely.points(pop.xy), predicate="intersects")
        dist[np.unique(pi)] = 0.0
    within = np.isfinite(dist)  # inf beyond the threshold
    popz, cov, share, cp, cc, cs = share_by_zone(zones, pop.weight, zone_index,
                                                 within.astype(float), notes,
                                                 "public space access share")
    col = f"within_{distance:g}m"
    table = pd.DataFrame({id_field: zones.ids, "public_space_m2": space_area,
                          "reference_m2": ref, "space_share": space_share,
                          "population": popz, col: cov, "access_share": share})
    ref_total = float(np.nansum(ref))
    city = {"public_space_m2": float(np.nansum(space_area)), "reference_m2": ref_total,
            "space_share": float(np.nansum(space_area)) / ref_total if ref_total > 0 else np.nan,
            "population": cp, col: cc, "access_share": cs, "spaces": int(len(spaces)),
            "access_points": int(len(pts))}
    notes.say(f"SDG 11.7.1: space share of {ref_name}; access by {method} distance "
              f"{distance:g} m to {len(pts)} access points (boundary every {spacing:g} m) of "
              f"{len(spaces)} open public spaces; population from {pop.source}")
    steps.report(1.0)
    return SdgResult(table, city, method, dist, notes)
