"""Overlapping polygons: which pairs share area, and how much.

Neighbourhoods and census units should tile the city; where they overlap, a point
or an area in the overlap belongs to two units.  Every algorithm reports overlaps
the same way, with the pairs' ids and the shared area.
"""

from __future__ import annotations

import numpy as np


def overlapping_pairs(geom, pos=None):
    """Pairs (a, b), a < b, of polygons whose interiors intersect, the shared area, and
    whether the polygons form a valid coverage (no overlaps, matching edges).

    A polygon coverage without overlaps is recognised first with GEOS's
    coverage validator, which is much cheaper than testing every pair; only
    polygons with a suspicious edge (overlap, or an unmatched vertex that is not
    an overlap) are then tested exactly.
    """
    import shapely

    geom = np.asarray(geom, dtype=object)
    if pos is None:
        pos = np.flatnonzero(~(shapely.is_missing(geom) | shapely.is_empty(geom)))
    # The coverage validator needs shapely >= 2.1 *and* GEOS >= 3.12; QGIS 3.22 ships GEOS 3.11.
    validator = hasattr(shapely, "coverage_is_valid") and shapely.geos_version >= (3, 12, 0)
    empty = (np.empty(0, int), np.empty(0, int), np.empty(0))
    if len(pos) < 2:
        return empty + (validator,)
    g = geom[pos]
    if validator:
        if shapely.coverage_is_valid(g):
            return empty + (True,)
        edges = shapely.coverage_invalid_edges(g)
        cand = np.flatnonzero(~shapely.is_empty(edges))
    else:  # older shapely or GEOS: test every intersecting pair
        cand = np.arange(len(g))
    if len(cand) == 0:
        return empty + (False,)
    tree = shapely.STRtree(g)
    qi, qj = tree.query(g[cand], predicate="intersects")
    i, j = cand[qi], qj
    keep = i != j
    a, b = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
    key = np.unique(a.astype(np.int64) * len(g) + b)
    a, b = key // len(g), key % len(g)
    interior = shapely.relate_pattern(g[a], g[b], "T********")
    a, b = a[interior], b[interior]
    area = shapely.area(shapely.intersection(g[a], g[b]))
    real = area > 0
    return pos[a[real]], pos[b[real]], area[real], False


def describe_overlaps(geom, ids, what: str = "neighbourhoods", consequence: str = ""):
    """One warning line naming the overlapping pairs by id with their shared area (m2 in
    a metre CRS), or None when nothing overlaps.  RELIABILITY.md row 10."""
    a, b, area, _ = overlapping_pairs(geom)
    if len(a) == 0:
        return None
    ids = np.asarray(ids, dtype=object)
    pairs = ", ".join(f"{ids[i]}/{ids[j]} ({s:,.0f} m2)" for i, j, s in
                      list(zip(a, b, area))[:10]) + (" ..." if len(a) > 10 else "")
    return (f"{len(a)} pair(s) of {what} overlap ({area.sum():,.0f} m2 shared in all): "
            f"{pairs}." + (f" {consequence}" if consequence else ""))
