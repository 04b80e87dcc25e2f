"""Areal interpolation: census variables from source units to target polygons.

Census units rarely follow neighbourhood boundaries.  This module moves their
variables onto neighbourhoods (or any other target polygons):

* **extensive** variables (counts: residents, households, unemployed) are split
  by the share of each source unit that falls in each target -- by area share
  (areal weighting) or, with a population / built-up raster, by the share of
  the raster's mass (dasymetric allocation);
* **intensive** variables (rates, means, shares) are averaged with weights equal
  to the intersection area or to the interpolated population.

For source unit *i*, target *j* and their intersection piece *i∩j*:

    extensive_j = Σ_i x_i · s_ij          s_ij = area(i∩j) / area(i)            (areal)
                                          s_ij = m(i∩j) / m(i)                  (dasymetric)
    intensive_j = Σ_i w_ij · x_i / Σ_i w_ij
                                          w_ij = area(i∩j)                      ("area")
                                          w_ij = p_i · s_ij  or  m(i∩j)         ("population")

where ``m(·)`` is the raster mass in a polygon and ``p_i`` the population of
unit *i*.  Because ``Σ_j s_ij = 1`` whenever the targets cover unit *i* without
overlapping, the sum of an extensive variable over the targets equals its sum
over the sources; :attr:`InterpolationResult.totals` checks that for every
extensive variable and explains any difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Iterable, Optional

import numpy as np
import pandas as pd

from ..geometry.overlaps import overlapping_pairs
from ..geometry.raster import as_raster_grid
from ..geometry.validity import repair_polygons
from ..runtime import InputError, Notes, as_steps

__all__ = ["InterpolationResult", "interpolate_areal"]

# A gap, an outside part or a missing raster mass smaller than this share of a
# polygon's area is floating-point noise from intersecting two digitisations of
# the same line, not a real gap.
_REL_TOL = 1e-7
# Pairs of polygons intersected per vectorised call: bounds memory, keeps
# cancellation responsive.
_CHUNK = 20_000
_MAX_IDS_IN_MESSAGE = 10

_DIAGNOSTIC_COLUMNS = ["issue", "source_id", "target_id", "other_id", "area_m2", "share", "detail"]


@dataclass
class InterpolationResult:
    """What :func:`interpolate_areal` returns.

    Attributes
    ----------
    table : geopandas.GeoDataFrame
        A copy of the targets with one column per interpolated variable, plus
        ``src_units`` (number of source units that overlap the target by more
        than a sliver) and ``src_cover`` (share of the target's area covered by
        source units, 0-1; NaN for a target without geometry).
    totals : pandas.DataFrame
        One row per extensive variable: ``variable``, ``source_total`` (sum over
        every source unit with a value), ``target_total``, ``difference``
        (target - source), ``difference_pct``, ``outside_total`` (value that
        falls outside every target), ``dropped_total`` (value of units dropped
        for a null or empty geometry), ``missing_units`` (units with no value)
        and ``note`` (why the totals differ, or "preserved").
    diagnostics : pandas.DataFrame
        One row per finding: ``issue``, ``source_id``, ``target_id``,
        ``other_id``, ``area_m2``, ``share``, ``detail``.  Issues:
        ``source_overlap`` / ``duplicate_source_geometry`` (pairs of source units
        and their shared area; ``share`` = shared area / area of ``source_id``),
        ``target_overlap``, ``gap_in_target`` (area of the target not covered by
        any source; ``share`` of the target's area), ``target_without_sources``,
        ``target_null_geometry``, ``source_null_geometry``,
        ``source_partly_outside`` and ``source_outside_targets`` (``area_m2``
        outside every target, ``share`` = share of the unit's value allocated
        outside), ``source_no_raster_mass`` (allocated by area instead),
        ``source_zero_population`` (weight 0 for population-weighted means).
    notes : Notes
        Warnings and information for the user.
    pieces : pandas.DataFrame
        The intersection pieces: ``source_index`` and ``target_index``
        (positions in the inputs), ``area_m2``, ``share`` (``s_ij``) and, with a
        raster, ``raster_mass``.
    """

    table: "object"
    totals: pd.DataFrame
    diagnostics: pd.DataFrame
    notes: Notes
    pieces: pd.DataFrame = field(repr=False)


def interpolate_areal(
    source,
    target,
    target_id: str,
    *,
    extensive: Iterable[str] = (),
    intensive: Iterable[str] = (),
    intensive_weight: str = "area",
    population_field: Optional[str] = None,
    raster=None,
    source_id: Optional[str] = None,
    repair: bool = False,
    progress=None,
    should_stop=None,
) -> InterpolationResult:
    """Interpolate source-unit variables onto target polygons.

    Parameters
    ----------
    source : geopandas.GeoDataFrame
        Census units (polygons) carrying the variables.  Must share the
        target's projected CRS; the QGIS bridge reprojects before calling.
    target : geopandas.GeoDataFrame
        Target polygons, e.g. neighbourhoods.
    target_id : str
        Target column with a unique, non-null id.
    extensive : sequence of str
        Count variables, allocated by area share (or raster share).  Negative
        values are an error.
    intensive : sequence of str
        Rates, means or shares, interpolated as weighted means.
    intensive_weight : {"area", "population"}
        Weight of each piece in the intensive means: its area, or its
        interpolated population (``population_field`` split like an extensive
        variable; without ``population_field`` the raster mass of the piece).
    population_field : str, optional
        Source column with the population used by
        ``intensive_weight="population"``.  A unit with population 0 gets
        weight 0 (reported); a unit with a missing population is left out of
        the intensive means (reported).
    raster : RasterGrid, str or path-like, optional
        Residents or built-up share per cell, in the same CRS: a
        :class:`..geometry.raster.RasterGrid` (what the plugin's bridge hands
        over) or a raster file path (read with rasterio, for scripts).  Enables dasymetric allocation: each source unit's
        value is split in proportion to the raster mass in each piece.  The
        raster is sampled by exact fractional coverage: a cell's value is
        assumed spread evenly over the cell, and a piece receives
        ``value * area(cell ∩ piece) / area(cell)`` from every cell it touches,
        so no mass is lost or counted twice at piece boundaries.  Nodata cells
        count as zero mass (reported).  A unit whose raster mass is zero falls
        back to area shares (reported).
    source_id : str, optional
        Source column used to name units in diagnostics (default: the index).
    repair : bool
        Repair invalid polygons with ``make_valid`` and report them, instead of
        raising :class:`InputError`.
    progress, should_stop : callable, optional
        See :mod:`.runtime`.

    Returns
    -------
    InterpolationResult

    Raises
    ------
    InputError
        Missing columns, no CRS, different or geographic CRSs, duplicate or
        null target ids, non-polygon or (without ``repair``) invalid geometries,
        negative counts or population, a raster in another CRS, no usable
        source units.

    Notes
    -----
    Bad input is handled so that nothing is lost silently:

    * overlapping source units are **allowed with a warning**: each unit is
      still split by the share of its own area, so the overlapping area
      receives value from every unit covering it (double counting there, and
      correspondingly less elsewhere; each unit's total is still allocated
      once, so the totals do not reveal it).  The warning gives the number of
      pairs and the overlap area and ``diagnostics`` lists the pairs.  Exact
      duplicates are listed as ``duplicate_source_geometry`` (their values
      are in the source total twice);
    * a missing value (NULL, NaN, infinite, empty or unparsable text) makes
      the unit contribute nothing to that variable; the number of such units
      is reported, and a target whose only sources are missing gets NaN;
    * text in numeric columns is converted where it parses as a number; the
      number of values that do not parse is reported;
    * parts of source units outside every target are not allocated (the
      outside value is reported per unit and in the totals); a target with no
      source coverage gets NaN, not 0;
    * a target with a null or empty geometry keeps its row with NaN values.

    The pairs of intersecting polygons come from an STR-tree query and are
    intersected with vectorised shapely 2 operations in chunks; a source unit
    lying entirely inside a target skips the overlay, and when the targets form
    an overlap-free coverage (checked with GEOS's coverage validator) the last
    piece of a unit inside their union is its area minus its other pieces.
    Overlaps among units are found the same way: the coverage validator first,
    exact pairwise tests only for units with a suspicious edge.

    References
    ----------
    .. [1] Goodchild, M. F. and Lam, N. S.-N. (1980). Areal interpolation: a
       variant of the traditional spatial problem. Geo-Processing 1, 297-312.
    .. [2] Mennis, J. (2003). Generating surface models of population using
       dasymetric mapping. The Professional Geographer 55(1), 31-42.
    .. [3] Flowerdew, R. and Green, M. (1994). Areal interpolation and types
       of data. In Fotheringham, S. and Rogerson, P. (eds), Spatial Analysis
       and GIS, 121-145. Taylor & Francis.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    extensive, intensive, crs = _check_inputs(source, target, target_id, extensive, intensive,
                                              intensive_weight, population_field, source_id,
                                              raster, notes)
    tgt_ids = _target_ids(target, target_id)
    src_ids = (source[source_id] if source_id else source.index.to_series()).to_numpy(object)
    values, pop = _variables(source, extensive, intensive, intensive_weight, population_field,
                             src_ids, notes)
    diag_rows = []
    src, tgt = _units(source, target, src_ids, tgt_ids, repair, diag_rows, notes)
    steps.report(0.05)

    pieces = _intersection_pieces(src, tgt, diag_rows, notes, steps)
    steps.report(0.75)
    if raster is not None:
        _dasymetric_shares(pieces, src, tgt, raster, crs, diag_rows, notes, steps.part(0.75, 0.9))
        notes.say("dasymetric allocation: shares of raster mass (exact fractional cell coverage)")
    else:
        notes.say("areal weighting: shares of source-unit area")
    steps.report(0.9)
    out_share = _report_outside(pieces, src, diag_rows, notes)
    gap, src_units, no_cover = _report_gaps(pieces, src, tgt, diag_rows, notes)

    table = target.copy()
    used_names = set(map(str, table.columns))
    totals_rows = _add_extensive(table, used_names, extensive, values, pieces, src, tgt,
                                 out_share, notes)
    if intensive:
        weight = _intensive_weights(intensive_weight, pop, pieces.mass, pieces.src, pieces.area,
                                    pieces.share, src.ok, src.ids, diag_rows, notes)
        _add_intensive(table, used_names, intensive, values, weight, pieces, tgt, no_cover,
                       notes)
    table[_free_name("src_units", used_names, notes)] = np.where(tgt.ok, src_units, 0)
    table[_free_name("src_cover", used_names, notes)] = np.where(
        tgt.ok, np.clip(1.0 - gap / np.where(tgt.ok, tgt.area, 1.0), 0.0, 1.0), np.nan)

    totals = pd.DataFrame(totals_rows, columns=[
        "variable", "source_total", "target_total", "difference", "difference_pct",
        "outside_total", "dropped_total", "missing_units", "note"])
    diagnostics = pd.DataFrame(diag_rows, columns=_DIAGNOSTIC_COLUMNS)
    table_pieces = pd.DataFrame({"source_index": pieces.src, "target_index": pieces.tgt,
                                 "area_m2": pieces.area, "share": pieces.share})
    if pieces.mass is not None:
        table_pieces["raster_mass"] = pieces.mass
    steps.report(1.0)
    return InterpolationResult(table, totals, diagnostics, notes, table_pieces)


# ---------------------------------------------------------------------------
# steps of interpolate_areal, in the order it calls them


@dataclass
class _Units:
    """One layer's polygons: geometry, usable mask, area (NaN unusable), ids, usable rows."""

    geom: np.ndarray
    ok: np.ndarray
    area: np.ndarray
    ids: np.ndarray
    pos: np.ndarray


@dataclass
class _Pieces:
    """The source∩target pieces with positive area, sorted by source then target."""

    src: np.ndarray  # source row of each piece
    tgt: np.ndarray  # target row of each piece
    area: np.ndarray
    share: np.ndarray  # s_ij: share of the source unit's value the piece receives
    covered_src: np.ndarray  # area of each source unit inside some target
    covered_tgt: np.ndarray  # area of each target inside some source unit
    t_ov: np.ndarray  # first target of each overlapping pair of targets
    s_a: np.ndarray  # overlapping pairs of source units
    s_b: np.ndarray
    mass: Optional[np.ndarray] = None  # raster mass of each piece (dasymetric)


def _check_inputs(source, target, target_id, extensive, intensive, intensive_weight,
                  population_field, source_id, raster, notes):
    """Refuse bad arguments, layers and CRSs; returns the variable lists and the CRS."""
    extensive = _names(extensive, "extensive")
    intensive = _names(intensive, "intensive")
    if intensive_weight not in ("area", "population"):
        raise InputError(
            f"intensive_weight must be 'area' or 'population', got {intensive_weight!r}"
        )
    _check_columns(source, target, target_id, extensive, intensive, population_field,
                   source_id, intensive_weight, raster)
    crs = _check_crs(source, target, notes)
    return extensive, intensive, crs


def _variables(source, extensive, intensive, intensive_weight, population_field, src_ids,
               notes):
    """Numeric values of every variable and, for population-weighted means, the population."""
    values = {name: _numeric(source[name], name, src_ids, notes) for name in extensive + intensive}
    for name in extensive:
        _refuse_negative(values[name], name, src_ids, "a count (extensive variable)")
    pop = None
    if population_field and intensive and intensive_weight == "population":
        pop = _numeric(source[population_field], population_field, src_ids, notes)
        _refuse_negative(pop, population_field, src_ids, "a population")
    return values, pop


def _units(source, target, src_ids, tgt_ids, repair, diag_rows, notes):
    """Both layers' polygons; units without geometry are listed in the diagnostics."""
    import shapely

    src_geom, src_ok = _polygons(source, "source", src_ids, repair, notes)
    tgt_geom, tgt_ok = _polygons(target, "target", tgt_ids, repair, notes)
    for pos in np.flatnonzero(~src_ok):
        diag_rows.append(_diag("source_null_geometry", source_id=src_ids[pos],
                               detail="null or empty geometry; unit dropped"))
    for pos in np.flatnonzero(~tgt_ok):
        diag_rows.append(_diag("target_null_geometry", target_id=tgt_ids[pos],
                               detail="null or empty geometry; values NULL"))
    if not src_ok.any():
        raise InputError("the source layer has no usable polygon (all geometries null or empty)")
    if not tgt_ok.any():
        raise InputError("the target layer has no usable polygon (all geometries null or empty)")
    src = _Units(src_geom, src_ok, np.where(src_ok, shapely.area(src_geom), np.nan), src_ids,
                 np.flatnonzero(src_ok))
    tgt = _Units(tgt_geom, tgt_ok, np.where(tgt_ok, shapely.area(tgt_geom), np.nan), tgt_ids,
                 np.flatnonzero(tgt_ok))
    return src, tgt


def _intersection_pieces(src: _Units, tgt: _Units, diag_rows, notes, steps) -> _Pieces:
    """Every source∩target piece with its area and area share; overlaps reported."""
    import shapely

    t_a, t_b, t_ov, tgt_is_coverage = overlapping_pairs(tgt.geom, tgt.pos)
    _report_overlaps(t_a, t_b, t_ov, tgt.geom, tgt.area, tgt.ids, "target", diag_rows, notes)
    tree = shapely.STRtree(tgt.geom[tgt.pos])
    q_src, q_tgt = tree.query(src.geom[src.pos], predicate="intersects")
    p_src = src.pos[q_src]
    p_tgt = tgt.pos[q_tgt]
    order = np.lexsort((p_tgt, p_src))
    p_src, p_tgt = p_src[order], p_tgt[order]
    steps.report(0.1)
    # Where the targets tile the plane without overlaps, a source unit lying inside their
    # union is split exactly, so its last piece is its area minus the others: one overlay
    # fewer per boundary unit.
    union = shapely.coverage_union_all(tgt.geom[tgt.pos]) if tgt_is_coverage else None
    p_area = _piece_areas(src.geom, tgt.geom, p_src, p_tgt, src.area, union,
                          steps.part(0.1, 0.6))
    positive = p_area > 0  # pairs that only touch along an edge carry nothing
    p_src, p_tgt, p_area = p_src[positive], p_tgt[positive], p_area[positive]
    covered_src = np.bincount(p_src, p_area, minlength=len(src.geom))
    covered_tgt = np.bincount(p_tgt, p_area, minlength=len(tgt.geom))
    share = p_area / src.area[p_src]
    s_a, s_b, s_ov, _ = overlapping_pairs(src.geom, src.pos)
    _report_overlaps(s_a, s_b, s_ov, src.geom, src.area, src.ids, "source", diag_rows, notes)
    return _Pieces(p_src, p_tgt, p_area, share, covered_src, covered_tgt, t_ov, s_a, s_b)


def _dasymetric_shares(pieces: _Pieces, src: _Units, tgt: _Units, raster, crs, diag_rows, notes,
                       steps) -> None:
    """Replace the area shares by raster-mass shares (units without mass keep area shares)."""
    p_src = pieces.src
    piece_geom = _piece_geometries(src.geom, tgt.geom, p_src, pieces.tgt, pieces.area, src.area)
    masses = _raster_mass(raster, np.concatenate([piece_geom, src.geom[src.pos]]), crs,
                          steps, notes)
    pieces.mass = masses[: len(piece_geom)]
    src_mass = np.zeros(len(src.geom))
    src_mass[src.pos] = masses[len(piece_geom):]
    # A unit with (practically) no raster mass cannot be split by mass.
    no_mass = src.ok & ~(src_mass > 0)
    use_mass = ~no_mass[p_src]
    pieces.share = np.where(
        use_mass, pieces.mass / np.where(src_mass[p_src] > 0, src_mass[p_src], 1.0),
        pieces.share)
    if no_mass.any():
        ids = src.ids[no_mass]
        notes.warn(
            f"{int(no_mass.sum())} source unit(s) have no raster mass and were split by "
            f"area instead: {_id_list(ids)}"
        )
        for pos in np.flatnonzero(no_mass):
            diag_rows.append(_diag("source_no_raster_mass", source_id=src.ids[pos],
                                   area_m2=src.area[pos], detail="allocated by area share"))


def _report_outside(pieces: _Pieces, src: _Units, diag_rows, notes) -> np.ndarray:
    """Source units partly or wholly outside every target; returns each unit's share outside."""
    n_src = len(src.geom)
    alloc_src = np.bincount(pieces.src, pieces.share, minlength=n_src)
    out_share = np.where(src.ok, np.clip(1.0 - alloc_src, 0.0, 1.0), np.nan)
    out_area = np.where(src.ok, np.clip(src.area - pieces.covered_src, 0.0, None), np.nan)
    outside = src.ok & (out_area > _REL_TOL * src.area) & (out_share > _REL_TOL)
    for pos in np.flatnonzero(outside):
        whole = pieces.covered_src[pos] <= _REL_TOL * src.area[pos]
        diag_rows.append(_diag(
            "source_outside_targets" if whole else "source_partly_outside",
            source_id=src.ids[pos], area_m2=out_area[pos], share=out_share[pos],
            detail="share of the unit's value allocated to no target"))
    if outside.any():
        notes.warn(
            f"{int(outside.sum())} source unit(s) lie partly or wholly outside every target; "
            f"{np.nansum(out_area[outside]):,.0f} m2 of them is not allocated (see the "
            f"outside_total column of the totals)"
        )
    return out_share


def _report_gaps(pieces: _Pieces, src: _Units, tgt: _Units, diag_rows, notes):
    """Targets not (fully) covered by source units.

    Returns the uncovered area of each target, the number of source units
    overlapping it by more than a sliver, and which targets have none.
    """
    gap = _target_gaps(tgt.geom, tgt.area, pieces.covered_tgt, pieces.src, pieces.tgt,
                       pieces.s_a, pieces.s_b, src.geom)
    src_units = np.bincount(pieces.tgt[pieces.share > 1e-6], minlength=len(tgt.geom))
    no_cover = tgt.ok & (src_units == 0)
    for pos in np.flatnonzero(tgt.ok):
        if no_cover[pos]:
            diag_rows.append(_diag("target_without_sources", target_id=tgt.ids[pos],
                                   area_m2=tgt.area[pos], share=1.0,
                                   detail="no source unit overlaps it; values NULL"))
        elif gap[pos] > _REL_TOL * tgt.area[pos]:
            diag_rows.append(_diag("gap_in_target", target_id=tgt.ids[pos], area_m2=gap[pos],
                                   share=gap[pos] / tgt.area[pos],
                                   detail="area not covered by any source unit"))
    if no_cover.any():
        notes.warn(f"{int(no_cover.sum())} target(s) overlap no source unit and get NULL "
                   f"values: {_id_list(tgt.ids[no_cover])}")
    gapped = tgt.ok & ~no_cover & (gap > _REL_TOL * np.nan_to_num(tgt.area))
    if gapped.any():
        notes.warn(
            f"{int(gapped.sum())} target(s) are not fully covered by source units "
            f"(gap {np.nansum(gap[gapped]):,.0f} m2 in total); their extensive values count "
            f"only the covered part"
        )
    return gap, src_units, no_cover


def _add_extensive(table, used_names, extensive, values, pieces: _Pieces, src: _Units,
                   tgt: _Units, out_share, notes):
    """One column per extensive variable; returns the rows of the totals table."""
    totals_rows = []
    for name in extensive:
        x = values[name]
        est, undercount = _extensive(x, pieces.src, pieces.tgt, pieces.share, len(tgt.geom))
        out_name = _free_name(name, used_names, notes)
        table[out_name] = est
        totals_rows.append(_totals_row(name, x, src.ok, est, out_share, pieces.t_ov))
        if undercount.any():
            notes.warn(
                f"{name}: {int(undercount.sum())} target(s) receive part of a source unit whose "
                f"{name} is missing; their value covers only the units with a value"
            )
    return totals_rows


def _add_intensive(table, used_names, intensive, values, weight, pieces: _Pieces, tgt: _Units,
                   no_cover, notes) -> None:
    """One column per intensive variable (weighted means)."""
    for name in intensive:
        est = _intensive(values[name], weight, pieces.src, pieces.tgt, len(tgt.geom))
        n_null = int((tgt.ok & ~no_cover & np.isnan(est)).sum())
        if n_null:
            notes.warn(f"{name}: {n_null} covered target(s) have no source unit with both "
                       f"a value and a positive weight; their {name} is NULL")
        table[_free_name(name, used_names, notes)] = est


# ---------------------------------------------------------------------------
# checks


def _names(names, role):
    if isinstance(names, str):
        names = [names]
    names = [str(n) for n in names]
    if len(set(names)) != len(names):
        raise InputError(f"{role} variables list a field twice: {names}")
    return names


def _check_columns(source, target, target_id, extensive, intensive, population_field,
                   source_id, intensive_weight, raster):
    for frame, role in ((source, "source"), (target, "target")):
        if not hasattr(frame, "geometry") or not hasattr(frame, "crs"):
            raise InputError(f"the {role} must be a GeoDataFrame, got {type(frame).__name__}")
        if len(frame) == 0:
            raise InputError(f"the {role} layer is empty")
    if not extensive and not intensive:
        raise InputError("give at least one extensive or intensive variable to interpolate")
    both = set(extensive) & set(intensive)
    if both:
        raise InputError(f"a variable cannot be both extensive and intensive: {sorted(both)}")
    missing = [n for n in extensive + intensive if n not in source.columns]
    if missing:
        raise InputError(f"the source layer has no field(s) {missing}; "
                         f"fields are {[str(c) for c in source.columns]}")
    if target_id not in target.columns:
        raise InputError(f"the target layer has no id field {target_id!r}")
    if source_id is not None and source_id not in source.columns:
        raise InputError(f"the source layer has no id field {source_id!r}")
    if population_field is not None and population_field not in source.columns:
        raise InputError(f"the source layer has no population field {population_field!r}")
    if intensive and intensive_weight == "population" and population_field is None \
            and raster is None:
        raise InputError("intensive_weight='population' needs a population_field or a raster")


def _check_crs(source, target, notes):
    from pyproj import CRS

    if source.crs is None or target.crs is None:
        which = "source" if source.crs is None else "target"
        raise InputError(f"the {which} layer has no CRS; areas need a projected CRS in metres")
    s, t = CRS.from_user_input(source.crs), CRS.from_user_input(target.crs)
    if not s.equals(t, ignore_axis_order=True):
        raise InputError(
            f"source and target CRSs differ ({s.to_string()} vs {t.to_string()}); "
            f"reproject one of them first"
        )
    if s.is_geographic or not s.is_projected:
        raise InputError(
            f"the layers are in {s.to_string()}, which is not a projected CRS; areas in degrees "
            f"are meaningless -- reproject to a local projected CRS in metres"
        )
    if s.to_epsg() in (3857, 900913):
        notes.warn("the layers are in Web Mercator (EPSG:3857): area shares inside a unit are "
                   "barely affected, but areas in m2 are inflated away from the equator")
    return s


def _target_ids(target, target_id):
    ids = target[target_id]
    if ids.isna().any():
        raise InputError(f"{int(ids.isna().sum())} target(s) have no {target_id}; every target "
                         f"needs an id")
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        raise InputError(f"duplicate target ids in {target_id}: "
                         f"{_id_list(pd.unique(dup.to_numpy(object)))}")
    return ids.to_numpy(object)


def _numeric(series, name, ids, notes):
    """Float values with NaN for every missing, unparsable or infinite entry (counted)."""
    if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype):
        x = series.to_numpy(dtype=float, na_value=np.nan, copy=True)
    else:
        text = series.astype("string").str.strip()
        num = pd.to_numeric(text, errors="coerce")
        bad = text.notna() & (text != "") & num.isna()
        if bad.any():
            examples = ", ".join(repr(v) for v in pd.unique(text[bad].to_numpy(object))[:5])
            notes.warn(f"{name}: {int(bad.sum())} value(s) are not numbers (e.g. {examples}) "
                       f"and are treated as missing")
        x = num.to_numpy(dtype=float, na_value=np.nan, copy=True)
    inf = np.isinf(x)
    if inf.any():
        notes.warn(f"{name}: {int(inf.sum())} infinite value(s) treated as missing")
        x = np.where(inf, np.nan, x)
    n_missing = int(np.isnan(x).sum())
    if n_missing:
        notes.warn(f"{name}: {n_missing} source unit(s) have no value and contribute nothing "
                   f"to {name}")
    return x


def _refuse_negative(x, name, ids, what):
    neg = x < 0
    if neg.any():
        raise InputError(f"{name} is {what} but {int(neg.sum())} unit(s) have negative values: "
                         f"{_id_list(ids[neg])}")


def _polygons(frame, role, ids, repair, notes):
    """The polygon array and a mask of usable rows; refuses other types and invalid shapes.

    With ``repair``, invalid polygons are mended by
    :func:`..geometry.validity.repair_polygons` (``make_valid``, polygonal
    part kept) and reported; one that becomes empty is no longer usable.
    """
    import shapely

    geom = np.array(frame.geometry.array, dtype=object, copy=True)  # never modify the input
    usable = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    if (~usable).any():
        notes.warn(f"{int((~usable).sum())} {role} feature(s) have a null or empty geometry: "
                   f"{_id_list(ids[~usable])}")
    kinds = shapely.get_type_id(geom[usable])
    wrong = ~np.isin(kinds, (3, 6))  # Polygon, MultiPolygon
    if wrong.any():
        names = sorted(set(shapely.get_type_id(geom[usable][wrong]).tolist()))
        raise InputError(f"the {role} layer must contain polygons; {int(wrong.sum())} feature(s) "
                         f"have geometry type ids {names} (e.g. {_id_list(ids[usable][wrong])})")
    if repair:
        repaired = repair_polygons(geom)
        bad = repaired.repaired
        if len(bad):
            geom = repaired.geometries
            notes.warn(f"repaired {len(bad)} invalid {role} polygon(s) with make_valid: "
                       f"{_id_list(ids[bad])}")
            usable &= ~(shapely.is_empty(geom) & usable)
        return geom, usable
    bad = np.flatnonzero(usable)[~shapely.is_valid(geom[usable])]
    if len(bad):
        reasons = shapely.is_valid_reason(geom[bad[:3]])
        raise InputError(
            f"{len(bad)} {role} polygon(s) are invalid ({_id_list(ids[bad])}; e.g. "
            f"{'; '.join(reasons)}); repair them (QGIS 'Fix geometries') or allow repair"
        )
    return geom, usable


def _id_list(ids):
    ids = list(ids)
    text = ", ".join(str(i) for i in ids[:_MAX_IDS_IN_MESSAGE])
    return text + (f" and {len(ids) - _MAX_IDS_IN_MESSAGE} more" if len(ids) > _MAX_IDS_IN_MESSAGE
                   else "")


def _diag(issue, source_id=None, target_id=None, other_id=None, area_m2=np.nan, share=np.nan,
          detail=""):
    return [issue, source_id, target_id, other_id, float(area_m2), float(share), detail]


def _free_name(name, used, notes):
    out = name
    if out in used:
        out = f"{name}_interp"
        k = 2
        while out in used:
            out = f"{name}_interp{k}"
            k += 1
        notes.warn(f"the target already has a field {name!r}; the interpolated values are in "
                   f"{out!r}")
    used.add(out)
    return out


# ---------------------------------------------------------------------------
# geometry work


def _piece_areas(src_geom, tgt_geom, p_src, p_tgt, src_area, union, steps):
    """Area of each source∩target pair (pairs sorted by source).

    A source inside its target needs no overlay.  With ``union`` (the union of
    targets known to form an overlap-free coverage), the last piece of a source
    unit inside the union is its area minus its other pieces.
    """
    import shapely

    n = len(p_src)
    areas = np.full(n, np.nan)
    tgt_prepared = tgt_geom.copy()
    shapely.prepare(tgt_prepared[np.unique(p_tgt)])
    inside = shapely.contains_properly(tgt_prepared[p_tgt], src_geom[p_src])
    shapely.destroy_prepared(tgt_prepared)
    areas[inside] = src_area[p_src[inside]]
    derive = np.zeros(n, dtype=bool)
    if union is not None and n:
        shapely.prepare(union)
        in_union = np.zeros(len(src_geom), dtype=bool)
        srcs = np.unique(p_src)
        in_union[srcs] = shapely.covers(union, src_geom[srcs])
        last = np.r_[p_src[1:] != p_src[:-1], True]
        derive = last & ~inside & in_union[p_src]
    todo = np.flatnonzero(~inside & ~derive)
    for start in range(0, len(todo), _CHUNK):
        k = todo[start:start + _CHUNK]
        areas[k] = shapely.area(shapely.intersection(src_geom[p_src[k]], tgt_geom[p_tgt[k]]))
        steps.report((start + len(k)) / len(todo))
    if derive.any():
        known = np.where(derive, 0.0, areas)
        rest = src_area - np.bincount(p_src, known, minlength=len(src_geom))
        d = p_src[derive]
        # a target that merely touches the unit gets rounding noise, not area
        areas[derive] = np.where(rest[d] > 1e-12 * src_area[d], rest[d], 0.0)
    steps.report(1.0)
    return areas


def _piece_geometries(src_geom, tgt_geom, p_src, p_tgt, p_area, src_area):
    import shapely

    inside = np.isclose(p_area, src_area[p_src], rtol=0, atol=0)
    geoms = np.empty(len(p_src), dtype=object)
    geoms[inside] = src_geom[p_src[inside]]
    rest = ~inside
    geoms[rest] = shapely.intersection(src_geom[p_src[rest]], tgt_geom[p_tgt[rest]])
    return geoms


def _report_overlaps(a, b, area, geom, own_area, ids, role, diag_rows, notes):
    import shapely

    if len(a) == 0:
        return
    dup = shapely.equals(geom[a], geom[b])
    for k in range(len(a)):
        issue = f"duplicate_{role}_geometry" if dup[k] else f"{role}_overlap"
        row = _diag(issue, area_m2=area[k], share=area[k] / own_area[a[k]], other_id=ids[b[k]],
                    detail="the shared area is counted once for each polygon")
        row[1 if role == "source" else 2] = ids[a[k]]
        diag_rows.append(row)
    n_dup = int(dup.sum())
    what = ("each unit is still split by the share of its own area, so the shared area "
            "receives value from both units (double counting there; each unit's total is "
            "still allocated once)" if role == "source" else
            "targets each receive the shared area, so extensive values there are counted twice")
    notes.warn(
        f"{len(a)} pair(s) of {role} polygons overlap ({area.sum():,.0f} m2 shared"
        + (f", {n_dup} exact duplicate pair(s)" if n_dup else "") + f"): {what}"
    )


def _target_gaps(tgt_geom, tgt_area, covered_tgt, p_src, p_tgt, s_a, s_b, src_geom):
    """Area of each target that no source unit covers."""
    import shapely

    gap = np.where(np.isnan(tgt_area), np.nan, np.clip(tgt_area - covered_tgt, 0.0, None))
    if len(s_a):
        # Overlapping sources cover some ground twice; measure those targets by a union.
        overlapping = np.zeros(len(src_geom), dtype=bool)
        overlapping[s_a] = True
        overlapping[s_b] = True
        affected = np.unique(p_tgt[overlapping[p_src]])
        for t in affected:
            members = p_src[p_tgt == t]
            covered = shapely.area(shapely.intersection(
                shapely.union_all(src_geom[members]), tgt_geom[t]))
            gap[t] = max(tgt_area[t] - covered, 0.0)
    return gap


def _raster_mass(raster, geoms, crs, steps, notes):
    """Raster mass in each polygon by exact fractional cell coverage."""
    import shapely
    from pyproj import CRS

    grid = as_raster_grid(raster)
    if grid.crs is None:
        raise InputError(f"{grid.name} has no CRS")
    rcrs = CRS.from_user_input(grid.crs)
    if not rcrs.equals(crs, ignore_axis_order=True):
        raise InputError(f"the raster is in {rcrs.to_string()} but the layers are in "
                         f"{crs.to_string()}; warp the raster or reproject the layers")
    grid.require_north_up()
    a, _, tc, _, e, tf = grid.transform
    height, width = grid.shape
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    cols = sorted(((minx - tc) / a, (maxx - tc) / a))
    rows = sorted(((miny - tf) / e, (maxy - tf) / e))
    c0, c1 = max(int(np.floor(cols[0])), 0), min(int(np.ceil(cols[1])), width)
    r0, r1 = max(int(np.floor(rows[0])), 0), min(int(np.ceil(rows[1])), height)
    mass = np.zeros(len(geoms))
    if c1 <= c0 or r1 <= r0:
        notes.warn("the raster does not overlap the source units; no raster mass found")
        return mass
    data = np.asarray(grid.values[r0:r1, c0:c1], dtype=float)
    extent = shapely.box(*grid.bounds)
    t = SimpleNamespace(a=a, c=tc, e=e, f=tf)  # affine coefficients, GDAL's names
    outside_raster = ~shapely.covers(extent, geoms)
    rr, cc = np.nonzero(~np.isnan(data) & (data != 0))
    val = data[rr, cc]
    if (val < 0).any():
        raise InputError(f"the raster has {int((val < 0).sum())} negative cell value(s) in the "
                         f"area; a population or built-up raster must be >= 0")
    x0 = t.c + (cc + c0) * t.a
    y0 = t.f + (rr + r0) * t.e
    cells = shapely.box(np.minimum(x0, x0 + t.a), np.minimum(y0, y0 + t.e),
                        np.maximum(x0, x0 + t.a), np.maximum(y0, y0 + t.e))
    cell_area = abs(t.a * t.e)
    tree = shapely.STRtree(geoms)
    prepared = geoms.copy()
    shapely.prepare(prepared)
    n = len(cells)
    for start in range(0, n, _CHUNK):
        stop = min(start + _CHUNK, n)
        ci, gi = tree.query(cells[start:stop], predicate="intersects")
        ci = ci + start
        full = shapely.covers(prepared[gi], cells[ci])
        frac = np.ones(len(ci))
        rest = ~full
        if rest.any():
            frac[rest] = shapely.area(shapely.intersection(cells[ci[rest]], geoms[gi[rest]])) \
                / cell_area
        mass += np.bincount(gi, val[ci] * frac, minlength=len(geoms))
        steps.report(stop / max(n, 1))
    shapely.destroy_prepared(prepared)
    rn, cn = np.nonzero(np.isnan(data))
    if len(rn):
        centres = shapely.points(t.c + (cn + c0 + 0.5) * t.a, t.f + (rn + r0 + 0.5) * t.e)
        hit = np.unique(tree.query(centres, predicate="intersects")[0])
        if len(hit):
            notes.warn(f"{len(hit)} nodata raster cell(s) lie in the source units and count as "
                       f"zero mass")
    if outside_raster.any():
        notes.warn(f"{int(outside_raster.sum())} polygon piece(s) extend beyond the raster; the "
                   f"part outside has zero mass")
    return mass


# ---------------------------------------------------------------------------
# estimates


def _extensive(x, p_src, p_tgt, share, n_tgt):
    xv = x[p_src]
    ok = ~np.isnan(xv)
    est = np.bincount(p_tgt[ok], xv[ok] * share[ok], minlength=n_tgt)
    has = np.bincount(p_tgt[ok], minlength=n_tgt) > 0
    est[~has] = np.nan
    undercount = np.bincount(p_tgt[~ok], minlength=n_tgt) > 0
    return est, undercount & has


def _intensive_weights(mode, pop, p_mass, p_src, p_area, share, src_ok, src_ids, diag_rows,
                       notes):
    if mode == "area":
        notes.say("intensive variables: means weighted by intersection area")
        return p_area
    if pop is None:
        notes.say("intensive variables: means weighted by the raster mass of each piece")
        return p_mass
    notes.say("intensive variables: means weighted by interpolated population")
    zero = src_ok & (pop == 0)
    if zero.any():
        notes.warn(f"{int(zero.sum())} source unit(s) have population 0 and get weight 0 in the "
                   f"population-weighted means: {_id_list(src_ids[zero])}")
        for pos in np.flatnonzero(zero):
            diag_rows.append(_diag("source_zero_population", source_id=src_ids[pos],
                                   detail="weight 0 in population-weighted means"))
    return pop[p_src] * share


def _intensive(x, weight, p_src, p_tgt, n_tgt):
    xv = x[p_src]
    ok = ~np.isnan(xv) & ~np.isnan(weight)
    num = np.bincount(p_tgt[ok], weight[ok] * xv[ok], minlength=n_tgt)
    den = np.bincount(p_tgt[ok], weight[ok], minlength=n_tgt)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def _totals_row(name, x, src_ok, est, out_share, t_ov):
    valid = ~np.isnan(x)
    source_total = float(x[valid].sum())
    target_total = float(np.nansum(est))
    used = valid & src_ok
    outside_total = float(np.nansum(x[used] * out_share[used]))
    dropped_total = float(x[valid & ~src_ok].sum())
    diff = target_total - source_total
    pct = 100.0 * diff / source_total if source_total else np.nan
    scale = max(abs(source_total), 1.0)
    reasons = []
    if abs(diff) <= 1e-9 * scale:
        reasons.append("preserved")
    else:
        if outside_total > 1e-9 * scale:
            reasons.append(f"{outside_total:,.6g} falls outside every target")
        if dropped_total > 0:
            reasons.append(f"{dropped_total:,.6g} in units without geometry")
        if len(t_ov):
            reasons.append("overlapping targets count the shared area twice")
        if not reasons:
            reasons.append("floating-point rounding")
    return [name, source_total, target_total, diff, pct, outside_total, dropped_total,
            int((~valid).sum()), "; ".join(reasons)]
