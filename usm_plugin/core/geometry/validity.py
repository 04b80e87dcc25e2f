"""Repairing invalid polygons, and saying exactly what the repair changed.

Invalid polygons (self-intersections, bow-ties, rings touching holes) make point
in polygon tests and areas unreliable.  Processing's invalid-geometry setting stops
or skips them; the plugin's repair option mends them with GEOS's ``make_valid``
instead and reports every repaired feature with its reason and area change, so a
repair is never silent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Repair:
    """What :func:`repair_polygons` did.

    Attributes
    ----------
    geometries : ndarray of shapely geometries
        All input geometries, the invalid ones replaced by their repaired polygonal part.
    repaired : ndarray of int
        Positions of the repaired geometries.
    reasons : list of str
        GEOS's reason for each repaired geometry's invalidity.
    area_change : ndarray of float
        Relative area change of each repaired geometry (0.02 = 2% larger).
    """

    geometries: np.ndarray
    repaired: np.ndarray
    reasons: list
    area_change: np.ndarray

    def describe(self, ids, limit: int = 10) -> str:
        """One log line naming the repaired features, why, and how much area changed."""
        items = [f"{ids[i]} ({reason}; area {change:+.1%})"
                 for i, reason, change in zip(self.repaired[:limit], self.reasons[:limit],
                                              self.area_change[:limit])]
        more = f" and {len(self.repaired) - limit} more" if len(self.repaired) > limit else ""
        return "; ".join(items) + more


def polygonal_part(geometry):
    """The polygons of a repaired geometry (``make_valid`` may add lines or points).

    Examples
    --------
    >>> import shapely
    >>> mixed = shapely.GeometryCollection([shapely.box(0, 0, 1, 1), shapely.LineString([(2, 2), (3, 3)])])
    >>> polygonal_part(mixed).area
    1.0
    """
    import shapely

    if geometry is None or shapely.get_type_id(geometry) in (3, 6):
        return geometry
    parts = shapely.get_parts(geometry)
    polygons = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.multipolygons(shapely.get_parts(polygons)) if len(polygons) else shapely.Polygon()


def repair_polygons(geometries) -> Repair:
    """Repair the invalid polygons of an array with ``make_valid``, keeping polygonal parts.

    Valid, null and empty geometries are returned unchanged; the input is not modified.

    References
    ----------
    GEOS ``GEOSMakeValid`` (linework method), as exposed by shapely 2
    (``shapely.make_valid``) and by QGIS's "Fix geometries".
    """
    import shapely

    geoms = np.array(geometries, dtype=object, copy=True)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    invalid = np.flatnonzero(present & ~shapely.is_valid(geoms))
    if len(invalid) == 0:
        return Repair(geoms, invalid, [], np.empty(0))
    reasons = [str(r) for r in shapely.is_valid_reason(geoms[invalid])]
    before = shapely.area(geoms[invalid])
    fixed = np.array([polygonal_part(g) for g in shapely.make_valid(geoms[invalid])], dtype=object)
    after = shapely.area(fixed)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(before > 0, after / before - 1.0, np.nan)
    geoms[invalid] = fixed
    return Repair(geoms, invalid, reasons, change)
