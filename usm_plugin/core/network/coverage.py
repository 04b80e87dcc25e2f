"""Population coverage: the share of residents within a distance of a facility.

Straight-line or walking distance (along a :class:`~.street_network.StreetGraph`),
per neighbourhood and for the city; the building block of SDG 11.2.1 and 11.7.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..geometry.crs import require_projected, same_crs
from ..joins.infrastructure import as_population, assign_to_zones, point_xy, prepare_zones
from ..runtime import InputError, Notes, as_steps
from .street_network import METHODS, StreetGraph, _as_xy, distance_to_nearest


# ---------------------------------------------------------------------------
# population coverage
# ---------------------------------------------------------------------------

@dataclass
class CoverageResult:
    """Share of residents within a distance of a facility, per neighbourhood and city.

    Attributes
    ----------
    table : DataFrame
        One row per neighbourhood (input order): id, ``population``,
        ``covered`` (residents within the distance), ``share`` (0-1; missing
        where the neighbourhood has no residents or no geometry).
    city_population, city_covered, city_share : float
        The same for all residents inside the neighbourhoods.
    distance : ndarray
        Distance (m) of every population point to its nearest facility
        (``inf`` beyond the search limit).
    point_zone : ndarray of int
        Neighbourhood position of every population point (-1 outside).
    method : str
    limit_m : float
    notes : Notes
    """

    table: pd.DataFrame
    city_population: float
    city_covered: float
    city_share: float
    distance: np.ndarray
    point_zone: np.ndarray
    method: str
    limit_m: float
    notes: Notes = field(default_factory=Notes)


def facility_xy(facilities, crs, what: str, notes: Notes) -> np.ndarray:
    """Coordinates of a facility layer (GeoDataFrame, checked CRS) or an (n, 2) array."""
    if hasattr(facilities, "geometry"):
        fcrs = getattr(facilities, "crs", None)
        require_projected(fcrs, what)
        if crs is not None and not same_crs(fcrs, crs):
            raise InputError(f"{what} is in a different CRS from the neighbourhoods; reproject first")
        return point_xy(facilities, what, notes)
    return _as_xy(facilities, what)


def share_by_zone(zones, weight: np.ndarray, zone_index: np.ndarray, covered: np.ndarray,
                  notes: Notes, what: str = "coverage share"):
    """Residents, covered residents and their share per zone (+ city), NaN share at 0 residents."""
    n = len(zones)
    inz = zone_index >= 0
    pop = np.bincount(zone_index[inz], weight[inz], minlength=n).astype(float)
    cov = np.bincount(zone_index[inz], weight[inz] * covered[inz], minlength=n).astype(float)
    pop[~zones.valid] = np.nan
    cov[~zones.valid] = np.nan
    share = np.full(n, np.nan)
    good = np.isfinite(pop) & (pop > 0)
    share[good] = cov[good] / pop[good]
    empty = zones.valid & ~good
    if empty.any():
        notes.warn(f"{int(empty.sum())} neighbourhoods have no residents in the population data; "
                   f"their {what} is missing (ids {list(map(str, zones.ids[empty]))[:10]})")
    city_pop = float(np.nansum(pop))
    city_cov = float(np.nansum(cov))
    city_share = city_cov / city_pop if city_pop > 0 else np.nan
    if not city_pop > 0:
        notes.warn(f"there are no residents inside the neighbourhoods; the city {what} is missing")
    return pop, cov, share, city_pop, city_cov, city_share


def population_coverage(neighbourhoods, id_field: str, population, facilities, *,
                        distance: float, method: str = "euclidean",
                        graph: Optional[StreetGraph] = None,
                        population_weight_field: Optional[str] = None,
                        progress=None, should_stop=None) -> CoverageResult:
    """Share of each neighbourhood's residents within ``distance`` of a facility.

    Parameters
    ----------
    neighbourhoods : GeoDataFrame
        Polygons in a projected CRS (metres) with a unique ``id_field``.
    id_field : str
    population : PopulationPoints or GeoDataFrame
        Residents as weighted points (see :mod:`.infrastructure`); a point layer
        needs ``population_weight_field``.  Each point counts for the
        neighbourhood it lies in (boundary rule of
        :func:`.point_in_polygon.assign_points`).
    facilities : GeoDataFrame or array_like (n, 2)
        Facilities, inside or outside the city (all of them serve).
    distance : float
        Threshold in metres (a resident at exactly ``distance`` is covered).
    method : {"euclidean", "network"}
        Straight line, or walking distance along ``graph`` (see
        :func:`network_distance_to_nearest` for the snapping rule).
    graph : StreetGraph, optional
        Required for ``method="network"``.

    Returns
    -------
    CoverageResult

    References
    ----------
    UN-Habitat (2018). *SDG Indicator 11.2.1 Training Module: Public Transport
    System*. Nairobi (population within a walking distance of a facility).
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if not (np.isfinite(distance) and distance > 0):
        raise InputError(f"distance must be a positive number of metres, got {distance!r}")
    if method not in METHODS:
        raise InputError(f"method must be one of {METHODS}, got {method!r}")
    zones = prepare_zones(neighbourhoods, id_field, notes)
    pop = as_population(population, population_weight_field)
    if pop is None:
        raise InputError("population coverage needs population points")
    if not same_crs(pop.crs, zones.crs):
        raise InputError("the population data are in a different CRS from the neighbourhoods; "
                         "reproject first")
    notes.extend(pop.notes)
    fxy = facility_xy(facilities, zones.crs, "the facility layer", notes)
    if method == "network":
        if graph is None:
            raise InputError("method='network' needs a street graph (build_street_graph)")
        if not same_crs(graph.crs, zones.crs):
            raise InputError("the street graph is in a different CRS from the neighbourhoods")
    steps.report(0.05)
    zone_index = assign_to_zones(zones, pop.xy, progress=steps.part(0.05, 0.25).report).index
    n_out = int((zone_index < 0).sum())
    if n_out:
        notes.warn(f"{n_out} population points ({pop.weight[zone_index < 0].sum():.0f} residents) "
                   "lie outside every neighbourhood and are not in any share")
    near = distance_to_nearest(pop.xy, fxy, method=method, graph=graph, max_distance=distance,
                               progress=steps.part(0.25, 0.95).report)
    notes.extend(near.notes)
    covered = np.isfinite(near.distance)  # inf beyond the threshold (max_distance)
    popz, cov, share, cp, cc, cs = share_by_zone(zones, pop.weight, zone_index,
                                                 covered.astype(float), notes)
    table = pd.DataFrame({id_field: zones.ids, "population": popz, "covered": cov, "share": share})
    notes.say(f"{method} distance {distance:g} m; population from {pop.source}; "
              f"{len(fxy)} facilities")
    steps.report(1.0)
    return CoverageResult(table, cp, cc, cs, near.distance, zone_index, method, float(distance),
                          notes)
