"""Street-segment CPTED audit: lighting, permeability, land-use mix, activity, incidents.

The street layer becomes a graph (:func:`..network.street_network.build_street_graph`:
vertices within ``node_tolerance`` merged, street ends joined to nearby streets,
disconnected pieces reported), the graph is cut into segments between
intersections (:mod:`.segments`), optionally into units of at most
``max_length``, and every unit gets the measures of the CPTED literature:

* **lighting** (natural surveillance after dark): lights snapped to their
  nearest unit within ``light_radius`` (counted once), the *lit share* (share of
  the unit's length within ``light_radius`` of any light, a light at a corner
  lighting every street it reaches) and the *longest dark gap* (metres of the
  unit farther than ``light_radius`` from every light, in one stretch);
* **permeability** (access and movement): node degree at both ends, dead-end
  (cul-de-sac) flag, intersection density (intersections, nodes of degree >= 3,
  within ``density_radius`` of the unit's midpoint, per km²);
* **land-use mix** (activity support): normalised Shannon entropy of the
  land-use shares within ``land_use_buffer`` of the unit;
* **activity generators**: distance from the unit to the nearest point of any
  generator layer (transit stops, schools, shops) and to each layer;
* **frontage** (optional buildings): share of the unit's length within
  ``frontage_distance`` of a building;
* **maintenance** (optional complaint or vacancy points): counts per 100 m;
* **incidents** snapped to the nearest unit within ``snap_tolerance`` (the others
  counted and reported), in total, at night (an hour window on the incident's
  time) and per category.

Per neighbourhood (a unit belongs to the neighbourhood holding its midpoint),
the measures are rolled up length-weighted.

References
----------
Cozens, P., Saville, G., Hillier, D. (2005). Crime prevention through environmental
design (CPTED): a review and modern bibliography. *Property Management*, 23(5), 328-356.

Welsh, B. C., Farrington, D. P. (2008). Effects of improved street lighting on crime.
*Campbell Systematic Reviews*, 4(1), 1-51.

Weisburd, D., Groff, E. R., Yang, S.-M. (2012). *The Criminology of Place: Street
Segments and Our Understanding of the Crime Problem*. Oxford University Press.

Frank, L. D., Schmid, T. L., Sallis, J. F., Chapman, J., Saelens, B. E. (2005). Linking
objectively measured physical activity with objectively measured urban form.
*American Journal of Preventive Medicine*, 28(2S2), 117-125 (land-use mix entropy).

Johnson, S. D., Bowers, K. J. (2010). Permeability and burglary risk: are cul-de-sacs
safer? *Journal of Quantitative Criminology*, 26(1), 89-111.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..geometry.crs import require_projected, same_crs
from ..runtime import InputError, Notes, as_steps
from .segments import street_segments, union_intervals

#: Documented output fields of the segment layer: (name, meaning, unit).
SEGMENT_FIELDS = (
    ("seg_id", "unit id (1..n)", "id"),
    ("parent_id", "segment between intersections the unit belongs to (1..m)", "id"),
    ("piece", "piece number of the unit inside its segment (1..pieces), 1 when not cut", "count"),
    ("pieces", "number of units its segment was cut into (MAX_LENGTH)", "count"),
    ("length_m", "length of the unit", "m"),
    ("component", "connected piece of the network (0 = the largest); > 0 flags streets cut "
                  "off from the main network", "id"),
    ("n_lights", "street lights whose nearest street unit is this one, within the light radius "
                 "(each light counted once)", "count"),
    ("lights_100m", "n_lights per 100 m of the unit", "per 100 m"),
    ("lit_share", "share of the unit's length within the light radius of at least one light",
     "0-1"),
    ("max_dark_gap_m", "longest stretch of the unit farther than the light radius from every "
                       "light", "m"),
    ("dark_m", "length of the unit not lit (length_m x (1 - lit_share))", "m"),
    ("dark", "1 when lit_share is below the dark threshold (DARK_THRESHOLD), else 0", "0/1"),
    ("deg_start", "node degree at the unit's start (1 dead end, 2 a bend or a cut, >= 3 an "
                  "intersection)", "count"),
    ("deg_end", "node degree at the unit's end", "count"),
    ("dead_end", "1 when its segment ends at a node of degree 1 (cul-de-sac or dead end; "
                 "inherited by every piece of the segment)", "0/1"),
    ("int_density", "intersections (nodes of degree >= 3) within the density radius of the "
                    "unit's midpoint, per km²", "1/km²"),
    ("lu_mix", "land-use mix: Shannon entropy of the land-use area shares within the land-use "
               "buffer, divided by ln(number of land-use classes in the layer); 0 one use, 1 all "
               "uses in equal shares; NULL without land use in the buffer", "0-1"),
    ("lu_main", "land use with the largest area in the buffer", "text"),
    ("gen_dist_m", "straight-line distance from the unit to the nearest activity generator of "
                   "any layer", "m"),
    ("gen_<layer>_m", "distance from the unit to the nearest point of that generator layer", "m"),
    ("front_share", "share of the unit's length within the frontage distance of a building",
     "0-1"),
    ("maint_n", "maintenance / vacancy points snapped to the unit (all layers)", "count"),
    ("maint_100m", "maint_n per 100 m of the unit", "per 100 m"),
    ("m_<layer>_n", "points of that maintenance layer snapped to the unit", "count"),
    ("n_incidents", "incidents snapped to the unit (nearest unit within the snap tolerance)",
     "count"),
    ("inc_100m", "n_incidents per 100 m of the unit", "per 100 m"),
    ("n_night", "incidents in the night window (NIGHT_START to NIGHT_END); NULL without a date "
                "field", "count"),
    ("n_no_time", "incidents snapped to the unit whose time of day is unknown (not in n_night)",
     "count"),
    ("n_cat_<category>", "incidents of that category snapped to the unit", "count"),
    ("<neighbourhood id>", "the neighbourhood holding the unit's midpoint", "id"),
)

NEIGHBOURHOOD_FIELDS = (
    ("seg_n", "street units whose midpoint lies in the neighbourhood", "count"),
    ("street_km", "their length", "km"),
    ("lit_share", "length-weighted mean lit share", "0-1"),
    ("dark_km", "unlit street length", "km"),
    ("dark_len_share", "share of the street length in dark units (dark = 1)", "0-1"),
    ("max_dark_gap_m", "longest dark gap of any unit", "m"),
    ("lights_km", "street lights per km of street", "per km"),
    ("dead_end_share", "share of the street length in dead-end segments", "0-1"),
    ("int_density", "length-weighted mean intersection density", "1/km²"),
    ("lu_mix", "length-weighted mean land-use mix", "0-1"),
    ("gen_dist_m", "length-weighted mean distance to the nearest generator", "m"),
    ("front_share", "length-weighted mean frontage share", "0-1"),
    ("maint_km", "maintenance / vacancy points per km of street", "per km"),
    ("n_incidents", "incidents snapped to its street units", "count"),
    ("n_night", "night-time incidents snapped to its street units", "count"),
    ("night_dark_share", "share of its night-time incidents on dark units", "0-1"),
    ("inc_km", "incidents per km of street", "per km"),
)


@dataclass
class PointInput:
    """A point layer for the audit: coordinates, source row of each, attributes.

    ``x``, ``y`` and ``row`` are what :func:`..stats.density.points_xy` returns
    (null geometries left out, MultiPoints exploded); ``frame`` holds the
    attributes, indexed by position (``row``).  ``n_read`` is the number of
    features read.
    """

    x: np.ndarray
    y: np.ndarray
    row: np.ndarray
    frame: Optional[pd.DataFrame] = None
    n_read: int = 0
    notes: Notes = field(default_factory=Notes)

    @property
    def xy(self) -> np.ndarray:
        return np.column_stack([self.x, self.y])


def point_input(layer, xy=None, what: str = "the point layer") -> PointInput:
    """A :class:`PointInput` from a GeoDataFrame (and optional ready (x, y, row, notes))."""
    from ..stats.density import points_xy

    if layer is None:
        return None
    require_projected(getattr(layer, "crs", None), what)
    if xy is None:
        x, y, row, notes = points_xy(layer.geometry)
    else:
        x, y, row, notes = xy
    frame = pd.DataFrame(layer.drop(columns=layer.geometry.name)).reset_index(drop=True) \
        if hasattr(layer, "geometry") else None
    return PointInput(np.asarray(x, float), np.asarray(y, float), np.asarray(row, np.int64),
                      frame, len(layer), notes)


@dataclass
class AuditResult:
    """Result of :func:`street_segment_audit`.

    Attributes
    ----------
    segments : GeoDataFrame
        One row per unit with the fields of :data:`SEGMENT_FIELDS`.
    neighbourhoods : DataFrame or None
        One row per neighbourhood (id + :data:`NEIGHBOURHOOD_FIELDS`).
    accounting : DataFrame
        ``item``, ``count``, ``note``: what was read, used, snapped and left out.
    notes : Notes
    """

    segments: object
    neighbourhoods: Optional[pd.DataFrame]
    accounting: pd.DataFrame
    notes: Notes
    graph: object = None
    field_names: Dict[str, str] = field(default_factory=dict)


def _check_option(value, name, minimum=0.0, strict=True):
    ok = np.isfinite(value) and (value > minimum if strict else value >= minimum)
    if not ok:
        rel = ">" if strict else ">="
        raise InputError(f"{name} must be a number {rel} {minimum:g} metres, got {value!r}")


def _snap_units(graph, segs, xy, tolerance):
    """Unit of each point (nearest street within ``tolerance``), -1 beyond it."""
    from .snapping import nearest_edges

    if len(xy) == 0:
        return np.zeros(0, dtype=np.int64)
    edge, t, _ = nearest_edges(graph.node_xy, graph.edge_u, graph.edge_v, xy, tolerance)
    unit = np.full(len(xy), -1, dtype=np.int64)
    ok = edge >= 0
    e = edge[ok]
    m = segs.measure(e, t[ok] * graph.edge_length[e])
    unit[ok] = segs.unit_at(segs.edge_segment[e], m)
    return unit


def _lit_intervals(graph, segs, xy, radius):
    """Intervals of every unit within ``radius`` of the lights (unit, lo, hi)."""
    import shapely

    if len(xy) == 0:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    li, ei = graph.edge_tree().query(shapely.points(xy), predicate="dwithin", distance=radius)
    a = graph.node_xy[graph.edge_u[ei]]
    d = graph.node_xy[graph.edge_v[ei]] - a
    length = graph.edge_length[ei]
    rel = xy[li] - a
    s = np.einsum("ij,ij->i", rel, d) / length
    h2 = np.maximum(np.einsum("ij,ij->i", rel, rel) - s * s, 0.0)
    half = np.sqrt(np.maximum(radius * radius - h2, 0.0))
    lo = np.clip(s - half, 0.0, length)
    hi = np.clip(s + half, 0.0, length)
    return _edge_intervals_to_units(segs, ei, lo, hi)


def _edge_intervals_to_units(segs, edge, lo, hi):
    m_lo = segs.measure(edge, lo)
    m_hi = segs.measure(edge, hi)
    a, b = np.minimum(m_lo, m_hi), np.maximum(m_lo, m_hi)
    return segs.unit_intervals(segs.edge_segment[edge], a, b)


def _frontage_intervals(graph, segs, buildings, distance):
    """Intervals of every unit within ``distance`` of a building (unit, lo, hi)."""
    import shapely

    zones = shapely.buffer(buildings, distance, quad_segs=4)
    ei, bi = shapely.STRtree(zones).query(graph.edge_geometries(), predicate="intersects")
    if len(ei) == 0:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    cut = shapely.intersection(graph.edge_geometries()[ei], zones[bi])
    parts, owner = shapely.get_parts(cut, return_index=True)
    coords, pidx = shapely.get_coordinates(parts, return_index=True)
    e = ei[owner[pidx]]
    a = graph.node_xy[graph.edge_u[e]]
    d = graph.node_xy[graph.edge_v[e]] - a
    s = np.einsum("ij,ij->i", coords - a, d) / graph.edge_length[e]
    n_p = len(parts)
    lo = np.full(n_p, np.inf)
    hi = np.full(n_p, -np.inf)
    np.minimum.at(lo, pidx, s)
    np.maximum.at(hi, pidx, s)
    pe = ei[owner]
    length = graph.edge_length[pe]
    ok = hi > lo
    return _edge_intervals_to_units(segs, pe[ok], np.clip(lo[ok], 0, length[ok]),
                                    np.clip(hi[ok], 0, length[ok]))


def _land_use_mix(unit_geoms, land_use, class_field, buffer_m, steps):
    """Normalised entropy and dominant class of land use within ``buffer_m`` of each unit."""
    import shapely

    n_u = len(unit_geoms)
    geoms = np.asarray(land_use.geometry.values, dtype=object)
    classes = land_use[class_field]
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) & classes.notna().to_numpy()
    codes, levels = pd.factorize(classes[keep].astype(str))
    geoms = geoms[keep]
    k = len(levels)
    mix = np.full(n_u, np.nan)
    main = np.full(n_u, None, dtype=object)
    if k == 0:
        return mix, main, 0
    tree = shapely.STRtree(geoms)
    for lo in range(0, n_u, 20000):  # blocks: bounded memory, progress and cancel
        hi = min(lo + 20000, n_u)
        buffers = shapely.buffer(unit_geoms[lo:hi], buffer_m, quad_segs=4)
        ui, pi = tree.query(buffers, predicate="intersects")
        area = shapely.area(shapely.intersection(buffers[ui], geoms[pi]))
        table = np.zeros((hi - lo, k))
        np.add.at(table, (ui, codes[pi]), area)
        total = table.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            p = table / total[:, None]
            ent = -np.nansum(np.where(p > 0, p * np.log(p), 0.0), axis=1)
        has = total > 0
        mix[lo:hi][has] = ent[has] / np.log(k) if k > 1 else 0.0
        main[lo:hi][has] = np.asarray(levels, dtype=object)[np.argmax(table[has], axis=1)]
        steps.report(hi / n_u)
    return mix, main, k


def _generator_distances(unit_geoms, generators: Dict[str, np.ndarray]):
    import shapely

    out = {}
    for name, xy in generators.items():
        dist = np.full(len(unit_geoms), np.nan)
        if len(xy):
            tree = shapely.STRtree(shapely.points(xy))
            (ui, _), d = tree.query_nearest(unit_geoms, return_distance=True, all_matches=False)
            dist[ui] = d
        out[name] = dist
    return out


def _night_mask(dates: pd.Series, has_time: np.ndarray, start_hour: float, end_hour: float):
    """True for times in the night window [start_hour, end_hour) (wrapping past midnight)."""
    hours = (dates.dt.hour + dates.dt.minute / 60.0 + dates.dt.second / 3600.0).to_numpy(float)
    if start_hour > end_hour:
        night = (hours >= start_hour) | (hours < end_hour)
    else:
        night = (hours >= start_hour) & (hours < end_hour)
    return night & has_time


def _incident_counts(incidents: PointInput, unit, n_u, date_field, category_field,
                     night_hours, notes, accounting):
    """Per-unit incident columns (dict name -> array) and the accounting lines."""
    from ..joins.aggregation import _Names, _value_names, parse_dates

    cols = {}
    ok = unit >= 0
    cols["n_incidents"] = np.bincount(unit[ok], minlength=n_u)
    frame = incidents.frame
    if date_field:
        if frame is None or date_field not in frame.columns:
            raise InputError(f"the incident layer has no field {date_field!r}")
        column = frame[date_field].reset_index(drop=True)
        if len(column) == 0:   # an empty layer: nothing to parse (its column type is arbitrary)
            column = pd.Series([], dtype="datetime64[ns]")
        dates, has_time, missing = parse_dates(column)
        undated = dates.isna().to_numpy()[incidents.row]
        dates, has_time = dates.iloc[incidents.row].reset_index(drop=True), has_time[incidents.row]
        night = _night_mask(dates, has_time, *night_hours)
        cols["n_night"] = np.bincount(unit[ok & night], minlength=n_u)
        cols["n_no_time"] = np.bincount(unit[ok & ~has_time], minlength=n_u)
        no_time = int((ok & ~has_time).sum())
        accounting.append(("incidents_time_unknown", no_time,
                           "snapped incidents without a time of day (missing, unparsable or a "
                           "date only): not in n_night"))
        accounting.append(("incidents_night", int((ok & night).sum()),
                           f"snapped incidents from {night_hours[0]:g}:00 to {night_hours[1]:g}:00"))
        n_undated = int((ok & undated).sum())
        accounting.append(("incidents_date_unreadable", n_undated,
                           "snapped incidents whose date is missing or unreadable (counted in "
                           "incidents_time_unknown too)"))
        if n_undated:
            notes.warn(f"{n_undated} snapped incidents have a missing or unreadable date in "
                       f"{date_field!r}; they count in n_incidents, not in n_night")
        if no_time:
            notes.warn(f"{no_time} snapped incidents have no time of day (missing, unparsable or a "
                       "date only); they count in n_incidents but not in n_night (n_no_time)")
        if len(has_time) and not has_time.any():
            notes.warn(f"no incident has a time of day in {date_field!r}: the night analysis is "
                       "empty (n_night is 0 everywhere because no time is known)")
    else:   # no time known: the night count is missing, not 0
        cols["n_night"] = np.full(n_u, np.nan)
        cols["n_no_time"] = np.full(n_u, np.nan)
    names = {}
    if category_field:
        if frame is None or category_field not in frame.columns:
            raise InputError(f"the incident layer has no field {category_field!r}")
        values = frame[category_field].iloc[incidents.row].reset_index(drop=True)
        codes, levels = pd.factorize(values.astype(object).where(values.notna(), None))
        levels = [str(v) for v in levels]
        field_names = _value_names(_Names([c[0] for c in SEGMENT_FIELDS]), "n_cat_", levels)
        for j, (name, level) in enumerate(zip(field_names, levels)):
            cols[name] = np.bincount(unit[ok & (codes == j)], minlength=n_u)
            names[name] = level
        if (codes < 0).any():
            notes.warn(f"{int((codes < 0).sum())} incidents have no {category_field!r} value; "
                       "they count in n_incidents only")
    return cols, names


def _check_inputs(streets, layers, notes):
    require_projected(getattr(streets, "crs", None), "the street layer")
    for what, layer in layers.items():
        if layer is None:
            continue
        crs = getattr(layer, "crs", None)
        require_projected(crs, what)
        if not same_crs(streets.crs, crs):
            raise InputError(f"{what} is in a different CRS from the streets; reproject it "
                             "first (the QGIS algorithm does this for you)")


def street_segment_audit(
    streets,
    *,
    lights: Optional[PointInput] = None,
    incidents: Optional[PointInput] = None,
    neighbourhoods=None,
    neighbourhood_id: Optional[str] = None,
    land_use=None,
    land_use_field: Optional[str] = None,
    generators: Optional[Dict[str, np.ndarray]] = None,
    buildings=None,
    maintenance: Optional[Dict[str, np.ndarray]] = None,
    date_field: Optional[str] = None,
    category_field: Optional[str] = None,
    night_hours: Sequence[float] = (19, 6),
    light_radius: float = 30.0,
    snap_tolerance: float = 30.0,
    node_tolerance: float = 1.0,
    max_length: float = 0.0,
    density_radius: float = 400.0,
    land_use_buffer: float = 100.0,
    frontage_distance: float = 15.0,
    dark_threshold: float = 0.5,
    street_fields: Sequence[str] = (),
    progress=None,
    should_stop=None,
) -> AuditResult:
    """Audit a street network segment by segment for CPTED factors and incidents.

    Parameters
    ----------
    streets : GeoDataFrame
        (Multi)LineStrings in a projected CRS in metres.
    lights, incidents : PointInput, optional
        Street lights (only the working ones, if the caller filtered them) and
        incidents, built with :func:`point_input`.
    neighbourhoods : GeoDataFrame, optional
        Polygons with a unique ``neighbourhood_id`` for the roll-up.
    land_use : GeoDataFrame, optional
        Land-use polygons with a class in ``land_use_field``.
    generators, maintenance : dict of name -> (n, 2) array, optional
        Activity generators (transit stops, schools, shops) and maintenance /
        vacancy points, one entry per layer.
    buildings : array of shapely polygons, optional
        Building footprints for the frontage share.
    date_field, category_field : str, optional
        Incident fields: date-time (for the night window) and category.
    night_hours : (start, end)
        Night window in hours of the local clock, [start, end); wraps past
        midnight when start > end (default 19:00-05:59).
    light_radius : float
        Metres a light illuminates (lit share, dark gaps) and within which it is
        snapped to a street for the count.
    snap_tolerance : float
        Incidents and maintenance points farther than this from every street are
        not assigned (counted and reported).
    node_tolerance : float
        Street vertices closer than this are one node; street ends this close
        to another street are joined to it.
    max_length : float
        Cut segments into units of at most this length (0: no cut).
    density_radius, land_use_buffer, frontage_distance : float
        Radius of the intersection density, buffer of the land-use mix,
        distance of a building front (metres).
    dark_threshold : float
        A unit is dark when its lit share is below this.
    street_fields : sequence of str
        Street attributes copied to each unit from the street feature nearest
        its midpoint.

    Returns
    -------
    AuditResult

    References
    ----------
    See the module docstring (Cozens et al. 2005; Welsh & Farrington 2008;
    Weisburd et al. 2012; Frank et al. 2005; Johnson & Bowers 2010).
    """
    import geopandas as gpd
    import shapely

    from ..network.street_network import build_street_graph

    steps = as_steps(progress, should_stop)
    notes = Notes()
    for value, name in ((light_radius, "the light radius"), (snap_tolerance, "the snap tolerance"),
                        (density_radius, "the density radius"),
                        (land_use_buffer, "the land-use buffer"),
                        (frontage_distance, "the frontage distance")):
        _check_option(value, name)
    _check_option(node_tolerance, "the node tolerance", strict=False)
    if not 0 <= dark_threshold <= 1:
        raise InputError(f"the dark threshold is a share between 0 and 1, got {dark_threshold!r}")
    start_h, end_h = (float(h) for h in night_hours)
    if not (0 <= start_h <= 24 and 0 <= end_h <= 24) or start_h == end_h:
        raise InputError(f"the night window must be two different hours in 0-24, got {night_hours!r}")
    _check_inputs(streets, {"the neighbourhood layer": neighbourhoods,
                            "the land-use layer": land_use}, notes)
    missing_fields = [f for f in street_fields if f not in streets.columns]
    if missing_fields:
        raise InputError(f"the street layer has no field(s) {missing_fields}")
    if land_use is not None and (not land_use_field or land_use_field not in land_use.columns):
        raise InputError(f"the land-use layer needs a class field; {land_use_field!r} is not one "
                         f"of {list(land_use.columns)}")

    graph = build_street_graph(streets, snap_tolerance=node_tolerance, **_part(steps, 0.0, 0.15))
    notes.extend(graph.notes)
    segs = street_segments(graph, max_length=max_length)
    steps.report(0.2)
    res = _measure_units(graph, segs, lights, incidents, generators, maintenance, buildings,
                         light_radius, snap_tolerance, density_radius, frontage_distance,
                         dark_threshold, date_field, category_field, (start_h, end_h), notes,
                         steps.part(0.2, 0.65))
    cols, accounting, names = res
    unit_geoms = segs.geometry
    if land_use is not None:
        mix, main, k = _land_use_mix(unit_geoms, land_use, land_use_field, land_use_buffer,
                                     steps.part(0.65, 0.85))
        cols["lu_mix"], cols["lu_main"] = mix, main
        notes.say(f"land-use mix: entropy of {k} classes within {land_use_buffer:g} m of each unit")
        if np.isnan(mix).any():
            notes.warn(f"{int(np.isnan(mix).sum())} units have no land use within "
                       f"{land_use_buffer:g} m (lu_mix NULL)")
    mid = shapely.line_interpolate_point(unit_geoms, 0.5, normalized=True)
    if street_fields:
        nearest = shapely.STRtree(np.asarray(streets.geometry.values)).query_nearest(
            mid, all_matches=False)[1]
        for name in street_fields:
            cols[name] = streets[name].to_numpy()[nearest]
    table = gpd.GeoDataFrame(pd.DataFrame(cols), geometry=unit_geoms, crs=streets.crs)
    nb_table = None
    if neighbourhoods is not None:
        nb_table, owner = _rollup(table, neighbourhoods, neighbourhood_id, mid, notes,
                                  steps.part(0.85, 0.98))
        table[neighbourhood_id] = owner
        accounting.append(("units_outside_neighbourhoods", int(pd.isna(owner).sum()),
                           "units whose midpoint lies in no neighbourhood"))
    steps.report(1.0)
    acc = pd.DataFrame(accounting, columns=["item", "count", "note"])
    return AuditResult(table, nb_table, acc, notes, graph, names)


def _part(steps, a, b):
    inner = steps.part(a, b)
    return {"progress": inner.report, "should_stop": None}


def _measure_units(graph, segs, lights, incidents, generators, maintenance, buildings,
                   light_radius, snap_tolerance, density_radius, frontage_distance,
                   dark_threshold, date_field, category_field, night_hours, notes, steps):
    """Every per-unit column except land use and street attributes."""
    import shapely
    from scipy.spatial import cKDTree

    n_u = segs.n_units
    length = segs.unit_length
    per100 = np.where(length > 0, 100.0 / np.where(length > 0, length, 1.0), np.nan)
    acc = [("street_features", graph.n_input_features, "street features read"),
           ("segments", segs.n_segments, "segments between intersections and dead ends"),
           ("units", n_u, "output units (segments cut at the maximum length)"),
           ("network_pieces", graph.n_components, "connected pieces of the street network")]
    comp_rank = np.argsort(np.argsort(-graph.component_length_m, kind="stable"), kind="stable")
    first_edge = np.zeros(segs.n_segments, dtype=np.int64)
    first_edge[segs.edge_segment] = np.arange(graph.n_edges)
    cols = {
        "seg_id": np.arange(1, n_u + 1),
        "parent_id": segs.unit_segment + 1,
        "piece": segs.unit_piece + 1,
        "pieces": segs.unit_pieces,
        "length_m": length,
        "component": comp_rank[graph.component[graph.edge_u[first_edge[segs.unit_segment]]]],
    }
    if lights is not None:
        _light_columns(graph, segs, lights, light_radius, dark_threshold, per100, cols, acc, notes)
    steps.report(0.3)
    d_start, d_end = segs.unit_degrees()
    seg_dead = (segs.node_degree[segs.seg_start_node] == 1) | (segs.node_degree[segs.seg_end_node] == 1)
    cols["deg_start"], cols["deg_end"] = d_start, d_end
    cols["dead_end"] = seg_dead[segs.unit_segment].astype(np.int64)
    acc.append(("dead_end_segments", int(seg_dead.sum()), "segments ending at a node of degree 1"))
    mid = shapely.get_coordinates(shapely.line_interpolate_point(segs.geometry, 0.5,
                                                                 normalized=True))
    inter = graph.node_xy[segs.node_degree >= 3]
    if len(inter):
        count = cKDTree(inter).query_ball_point(mid, density_radius, return_length=True)
    else:
        count = np.zeros(n_u)
    cols["int_density"] = count / (np.pi * density_radius ** 2 / 1e6)
    _gap_report(graph, segs, notes)
    steps.report(0.45)
    if generators:
        dists = _generator_distances(segs.geometry, generators)
        from ..joins.aggregation import _Names, _value_names
        gen_names = _value_names(_Names(list(cols)), "gen_", list(dists))
        stack = np.vstack([d for d in dists.values()])
        cols["gen_dist_m"] = np.nan if np.isnan(stack).all() else np.nanmin(stack, axis=0)
        for name, d in zip(gen_names, dists.values()):
            cols[name + "_m"] = d
    if buildings is not None:
        u, lo, hi = _frontage_intervals(graph, segs, np.asarray(buildings, dtype=object),
                                        frontage_distance)
        covered, _ = union_intervals(u, lo, hi, length)
        cols["front_share"] = np.clip(covered * per100 / 100.0, 0.0, 1.0)
    steps.report(0.6)
    if maintenance:
        from ..joins.aggregation import _Names, _value_names
        m_names = _value_names(_Names(list(cols)), "m_", list(maintenance))
        total = np.zeros(n_u, dtype=np.int64)
        for name, (layer, xy) in zip(m_names, maintenance.items()):
            unit = _snap_units(graph, segs, np.asarray(xy, float).reshape(-1, 2), snap_tolerance)
            cols[name + "_n"] = np.bincount(unit[unit >= 0], minlength=n_u)
            total += cols[name + "_n"]
            far = int((unit < 0).sum())
            acc.append((f"maintenance_{layer}_beyond_tolerance", far,
                        f"points of {layer} farther than {snap_tolerance:g} m from every street"))
        cols["maint_n"] = total
        cols["maint_100m"] = total * per100
    names = {}
    if incidents is not None:
        unit = _snap_units(graph, segs, incidents.xy, snap_tolerance)
        n_ok = int((unit >= 0).sum())
        acc += [("incidents_read", incidents.n_read, "incident features read"),
                ("incidents_dropped_no_geometry", incidents.n_read - _n_distinct(incidents.row),
                 "null or empty geometry"),
                ("incidents_snapped", n_ok, f"within {snap_tolerance:g} m of a street unit"),
                ("incidents_beyond_tolerance", len(unit) - n_ok,
                 f"farther than {snap_tolerance:g} m from every street: not on any unit")]
        notes.extend(incidents.notes)
        if len(unit) - n_ok:
            notes.warn(f"{len(unit) - n_ok} of {len(unit)} incidents are farther than "
                       f"{snap_tolerance:g} m from every street and were not assigned to a "
                       "segment (raise SNAP_TOLERANCE to include them)")
        inc_cols, names = _incident_counts(incidents, unit, n_u, date_field, category_field,
                                           night_hours, notes, acc)
        cols["n_incidents"] = inc_cols.pop("n_incidents")
        cols["inc_100m"] = cols["n_incidents"] * per100
        cols.update(inc_cols)
    steps.report(1.0)
    return cols, acc, names


def _n_distinct(rows):
    """Distinct source rows (rows come sorted from points_xy; MultiPoints repeat theirs)."""
    rows = np.asarray(rows)
    if len(rows) == 0:
        return 0
    if (np.diff(rows) >= 0).all():
        return int(np.count_nonzero(np.diff(rows))) + 1
    return len(np.unique(rows))


def _light_columns(graph, segs, lights, radius, dark_threshold, per100, cols, acc, notes):
    n_u = segs.n_units
    xy = lights.xy
    unit = _snap_units(graph, segs, xy, radius)
    cols["n_lights"] = np.bincount(unit[unit >= 0], minlength=n_u)
    cols["lights_100m"] = cols["n_lights"] * per100
    u, lo, hi = _lit_intervals(graph, segs, xy, radius)
    covered, gap = union_intervals(u, lo, hi, segs.unit_length)
    lit = np.clip(covered * per100 / 100.0, 0.0, 1.0)   # rounding must not give 1.0000000000000002
    cols["lit_share"] = lit
    cols["max_dark_gap_m"] = gap
    cols["dark_m"] = segs.unit_length - covered
    cols["dark"] = (lit < dark_threshold).astype(np.int64)
    far = int((unit < 0).sum())
    acc += [("lights_read", lights.n_read, "street-light features read"),
            ("lights_used", len(xy), "lights with a geometry (and a working flag of 1 when "
                                     "a flag field is given)"),
            ("lights_near_street", len(xy) - far, f"within {radius:g} m of a street"),
            ("lights_far_from_streets", far, f"farther than {radius:g} m from every street: "
                                             "counted on no unit, light nothing")]
    notes.extend(lights.notes)
    if far:
        notes.warn(f"{far} street lights are farther than {radius:g} m from every street; "
                   "they light no street and are counted on no segment")


def _gap_report(graph, segs, notes, gap_limit: float = 10.0):
    """Warn about dead ends that stop just short of another street (digitising gaps)."""
    import shapely

    ends = np.flatnonzero(segs.node_degree == 1)
    if len(ends) == 0:
        return
    pts = shapely.points(graph.node_xy[ends])
    pi, ei = graph.edge_tree().query(pts, predicate="dwithin", distance=gap_limit)
    own = (graph.edge_u[ei] == ends[pi]) | (graph.edge_v[ei] == ends[pi])
    # an edge of the same segment is not a gap partner
    node_seg = np.full(graph.n_nodes, -1)
    node_seg[graph.edge_u] = segs.edge_segment
    node_seg[graph.edge_v] = segs.edge_segment
    same = segs.edge_segment[ei] == node_seg[ends[pi]]
    near = np.unique(pi[~own & ~same])
    if len(near):
        xy = graph.node_xy[ends[near]][:5]
        where = "; ".join(f"({x:.0f}, {y:.0f})" for x, y in xy)
        notes.warn(f"{len(near)} dead ends lie within {gap_limit:g} m of another street without "
                   f"touching it (digitising gaps?), e.g. at {where}; they count as dead ends. "
                   "Raise NODE_TOLERANCE to join them")


def _wmean(values, weights, owner, n):
    v = np.asarray(values, dtype=float)
    ok = ~np.isnan(v) & (owner >= 0)
    num = np.bincount(owner[ok], v[ok] * weights[ok], minlength=n)
    den = np.bincount(owner[ok], weights[ok], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / den, np.nan)


def _rollup(table, neighbourhoods, id_field, mid, notes, steps):
    """Length-weighted neighbourhood values of the unit measures."""
    import shapely

    from ..joins.infrastructure import assign_to_zones, prepare_zones

    zones = prepare_zones(neighbourhoods, id_field, notes)
    n = len(zones)
    xy = shapely.get_coordinates(mid)
    owner = np.asarray(assign_to_zones(zones, xy, progress=steps.report).index, dtype=np.int64)
    L = table["length_m"].to_numpy(float)
    ok = owner >= 0
    out = {id_field: zones.ids,
           "seg_n": np.bincount(owner[ok], minlength=n),
           "street_km": np.bincount(owner[ok], L[ok], minlength=n) / 1000.0}
    km = out["street_km"]
    with np.errstate(invalid="ignore", divide="ignore"):
        def per_km(values):
            s = np.bincount(owner[ok], np.asarray(values, float)[ok], minlength=n)
            return np.where(km > 0, s / km, np.nan)

        def share(flag):
            s = np.bincount(owner[ok], (L * np.asarray(flag, float))[ok], minlength=n)
            return np.where(km > 0, s / (km * 1000.0), np.nan)

        if "lit_share" in table:
            out["lit_share"] = _wmean(table["lit_share"], L, owner, n)
            out["dark_km"] = np.bincount(owner[ok], table["dark_m"].to_numpy()[ok], minlength=n) / 1000
            out["dark_len_share"] = share(table["dark"])
            gap = np.full(n, np.nan)
            np.fmax.at(gap, owner[ok], table["max_dark_gap_m"].to_numpy()[ok])
            out["max_dark_gap_m"] = gap
            out["lights_km"] = per_km(table["n_lights"])
        out["dead_end_share"] = share(table["dead_end"])
        for name in ("int_density", "lu_mix", "gen_dist_m", "front_share"):
            if name in table:
                out[name] = _wmean(table[name], L, owner, n)
        if "maint_n" in table:
            out["maint_km"] = per_km(table["maint_n"])
        if "n_incidents" in table:
            out["n_incidents"] = np.bincount(owner[ok], table["n_incidents"].to_numpy()[ok],
                                             minlength=n)
            out["inc_km"] = per_km(table["n_incidents"])
        if "n_night" in table and table["n_night"].notna().any():
            night = table["n_night"].to_numpy(float)
            out["n_night"] = np.bincount(owner[ok], night[ok], minlength=n).astype(np.int64)
            if "dark" in table:
                dn = np.bincount(owner[ok], (night * table["dark"].to_numpy())[ok], minlength=n)
                out["night_dark_share"] = np.where(out["n_night"] > 0, dn / out["n_night"], np.nan)
    frame = pd.DataFrame(out)
    empty = ~zones.valid
    frame.loc[empty, [c for c in frame.columns if c != id_field]] = np.nan
    ids = np.asarray(zones.ids, dtype=object)
    return frame, np.where(ok, ids[np.maximum(owner, 0)], None)
