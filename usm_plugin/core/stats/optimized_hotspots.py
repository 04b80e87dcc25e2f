"""Optimized hot spot analysis of incident points: grid, scale and Gi* chosen from the data.

The workflow follows the logic of ESRI's Optimized Hot Spot Analysis for
incident points aggregated to a fishnet or hexagon grid; every choice is
recorded (``result.choices``) with its value and the reason, so the user can
rerun the analysis with full control.

1. **Incidents.** Points with NaN coordinates are refused; points outside
   the study area (the polygons "where incidents are possible") are left
   out and counted. At least :data:`MIN_INCIDENTS` incidents are needed.
2. **Locational outliers.** Over the distinct incident locations, a location
   whose nearest-neighbour distance exceeds the mean nearest-neighbour
   distance by more than three standard deviations is a locational outlier.
   Outliers are reported and do not influence the cell size (they are still
   counted in their cells).
3. **Cell size** (when not given): twice the mean nearest-neighbour distance
   between the distinct non-outlier incident locations, so a typical cell
   holds a few incidents; then bounded so that the study area holds at most
   :data:`MAX_AUTO_CELLS` cells (beyond that most cells hold no incident
   and the analysis gets slow) and at least :data:`MIN_CELLS` (Gi* needs
   enough features). ``cell_size`` is the side of the square of equal area
   (see :mod:`.grids`).
4. **Scale of analysis** (when no distance band is given): incremental
   spatial autocorrelation. Global Moran's I (row-standardised, normal
   z-score) of the cell counts is computed for :data:`N_BANDS` distance
   bands ``d0 + k * spacing`` where ``d0`` is the smallest distance at which
   every cell has a neighbour and ``spacing`` the distance between centres of
   neighbouring cells. The band of the first peak (a z-score higher than at
   both adjacent bands) with a significant z (> 1.96) is used. Without such
   a peak (typically a z-score still rising at the last band: the city-wide
   density gradient dominates), ESRI's fallback: the average distance at
   which a cell has ``K`` neighbours, ``K = 0.05 * n`` cells bounded to 3..30,
   i.e. the mean over cells of the distance to their K-th nearest cell.
5. **Hot spots**: Getis-Ord Gi* of the counts with binary distance-band
   weights (the cell included in its own neighbourhood), analytical or
   permutation p-values, Benjamini-Hochberg FDR correction of the -3..3
   confidence bins (ArcGIS's Gi_Bin).

References
----------
.. [1] ESRI. "How Optimized Hot Spot Analysis works", ArcGIS Pro tool
   reference, Spatial Statistics toolbox.
.. [2] ESRI. "Incremental Spatial Autocorrelation", ArcGIS Pro tool reference.
.. [3] Getis, A. and Ord, J. K. (1992). The analysis of spatial association
   by use of distance statistics. *Geographical Analysis* 24(3), 189-206.
.. [4] Ord, J. K. and Getis, A. (1995). Local spatial autocorrelation
   statistics: distributional issues and an application. *Geographical
   Analysis* 27(4), 286-306.
.. [5] Benjamini, Y. and Hochberg, Y. (1995). Controlling the false
   discovery rate. *J. R. Stat. Soc. B* 57(1), 289-300.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from ..runtime import InputError, Notes, as_steps

MIN_INCIDENTS = 30
MIN_CELLS = 30
MAX_AUTO_CELLS = 5000
N_BANDS = 10
FALLBACK_NEIGHBOURS = 30
PEAK_Z = 1.96


@dataclass
class OptimizedHotSpotResult:
    """Result of :func:`optimized_hot_spots`.

    Attributes
    ----------
    cells : geopandas.GeoDataFrame
        One row per grid cell: ``cell_id``, ``count`` (incidents), ``gi_z``
        (Gi* z-score), ``gi_p`` (p-value used), ``gi_bin`` (-3..3, FDR-adjusted
        when chosen), ``label`` ("Hot spot 99%" ... "Not significant"),
        ``n_neighbours`` (cells within the band, the cell itself excluded),
        ``geometry``.
    choices : list of dict
        Every choice made: ``{"step", "value", "reason"}``.
    isa : pandas.DataFrame or None
        The incremental spatial autocorrelation table (``band_m``,
        ``moran_i``, ``z``, ``p``) when the band was chosen automatically.
    cell_size, distance_band : float
    n_incidents, n_outside, n_outliers : int
    notes : Notes
    """

    cells: object
    choices: List[dict]
    isa: object
    cell_size: float
    distance_band: float
    n_incidents: int
    n_outside: int
    n_outliers: int
    notes: Notes = field(default_factory=Notes)

    def choices_table(self):
        import pandas as pd

        return pd.DataFrame(self.choices, columns=["step", "value", "reason"])


def _locational_outliers(xy: np.ndarray):
    """(mask over distinct locations, nn distances, distinct xy)."""
    from scipy.spatial import cKDTree

    uniq = np.unique(xy, axis=0)
    if len(uniq) < 3:
        return np.zeros(len(uniq), bool), np.full(len(uniq), np.nan), uniq
    d, _ = cKDTree(uniq).query(uniq, k=2)
    nn = d[:, 1]
    cut = nn.mean() + 3.0 * nn.std()
    return nn > cut, nn, uniq


def incremental_moran(values, xy, bands, *, progress=None, should_stop=None):
    """Global Moran's I (row-standardised, normal z) at each distance band.

    Returns a DataFrame with ``band_m``, ``moran_i``, ``z``, ``p``.

    References
    ----------
    .. [1] ESRI. "Incremental Spatial Autocorrelation", ArcGIS Pro tool reference.
    .. [2] Cliff, A. D. and Ord, J. K. (1981). *Spatial Processes*. Pion.
    """
    import pandas as pd

    from .autocorrelation import GlobalMoran
    from .weights import SpatialWeights

    steps = as_steps(progress, should_stop)
    rows = []
    for k, band in enumerate(bands):
        w = SpatialWeights.distance_band(xy, float(band))
        m = GlobalMoran(values, w, transform="row", permutations=0)
        rows.append((float(band), m.I, float(m.z_norm), float(m.p_norm)))
        steps.report((k + 1) / len(bands))
    return pd.DataFrame(rows, columns=["band_m", "moran_i", "z", "p"])


def pick_peak(z) -> tuple:
    """(position, rule) of the band to use from incremental Moran z-scores.

    The first local maximum (higher than both adjacent bands) with
    ``z > 1.96``; ``(None, reason)`` when there is none.
    """
    z = np.asarray(z, dtype=float)
    for k in range(1, len(z) - 1):
        if z[k] > z[k - 1] and z[k] > z[k + 1] and z[k] > PEAK_Z:
            return k, "first peak of the Moran's I z-score"
    if len(z) and np.nanmax(z) > PEAK_Z:
        return None, "no peak of the Moran's I z-score (it rises over every band)"
    return None, "no band shows significant clustering (all z <= 1.96)"


def fallback_neighbours(n_cells: int) -> int:
    """ESRI's K for the fallback band: 5 % of the features, at least 3 and at most 30."""
    return int(min(max(round(0.05 * n_cells), 3), FALLBACK_NEIGHBOURS, n_cells - 1))


def optimized_hot_spots(
    x,
    y,
    study_area=None,
    *,
    cell_shape: str = "hexagon",
    cell_size: Optional[float] = None,
    distance_band: Optional[float] = None,
    permutations: int = 0,
    seed: int = 12345,
    fdr: bool = True,
    alpha: float = 0.05,
    crs=None,
    progress=None,
    should_stop=None,
) -> OptimizedHotSpotResult:
    """Hot spots of incident points on a grid whose size and scale come from the data.

    Parameters
    ----------
    x, y : array_like
        Incident coordinates in a projected CRS (metres).
    study_area : shapely polygon, GeoSeries or GeoDataFrame, optional
        Where incidents are possible (e.g. the city boundary or the
        neighbourhoods). Default: the convex hull of the incidents without
        locational outliers.
    cell_shape : {"hexagon", "square"}
    cell_size : float, optional
        Side of the square of equal cell area in metres; automatic when None.
    distance_band : float, optional
        Gi* neighbourhood radius in metres; automatic when None.
    permutations : int
        0: analytical p-values (ArcGIS's choice); otherwise conditional
        permutations (e.g. 999) with ``seed``.
    seed : int
    fdr : bool
        Benjamini-Hochberg FDR correction of the confidence bins.
    alpha : float
        Level of significance used in the summary counts.
    crs : optional
        CRS of the output cells (default: the study area's).
    progress, should_stop : callable, optional

    Returns
    -------
    OptimizedHotSpotResult

    References
    ----------
    .. [1] ESRI. "How Optimized Hot Spot Analysis works", ArcGIS Pro tool reference.
    .. [2] Ord, J. K. and Getis, A. (1995). *Geographical Analysis* 27(4), 286-306.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    choose = _Choices(notes)
    x, y = _checked_points(x, y, cell_shape)
    choose("incidents read", int(x.size), "points with a location")
    outlier_mask, nn, uniq = _locational_outliers(np.column_stack([x, y]))
    n_outliers = int(outlier_mask.sum())
    choose("locational outliers", n_outliers,
           "distinct locations whose nearest-neighbour distance exceeds the mean by more than "
           "3 standard deviations; they do not influence the cell size")
    steps.report(0.05)

    area, area_crs = _study_area(study_area, uniq, outlier_mask, choose)
    inside, n_outside = _incidents_inside(area, x, y, notes, choose)
    n_in = int(inside.sum())
    if n_in < MIN_INCIDENTS:
        raise InputError(f"only {n_in} incidents lie in the study area; at least "
                         f"{MIN_INCIDENTS} are needed")
    cell_size = _cell_size(cell_size, nn, outlier_mask, area, choose)
    steps.report(0.1)
    grid, counts, n_off_grid = _grid_counts(area, cell_shape, cell_size,
                                            crs if crs is not None else area_crs,
                                            x[inside], y[inside], should_stop, notes, choose)
    n_outside += n_off_grid
    n_in -= n_off_grid
    steps.report(0.2)

    centres = grid.centroids()
    distance_band, isa = _distance_band(distance_band, counts, centres, grid, steps,
                                        should_stop, notes, choose)
    steps.report(0.65)
    cells = _gi_cells(grid, counts, centres, distance_band, permutations, seed, alpha, fdr,
                      steps, should_stop, notes, choose)
    steps.report(1.0)
    return OptimizedHotSpotResult(
        cells=cells, choices=choose.choices, isa=isa, cell_size=float(cell_size),
        distance_band=float(distance_band), n_incidents=n_in, n_outside=n_outside,
        n_outliers=n_outliers, notes=notes,
    )


# --------------------------------------------------------------------------- steps of
# optimized_hot_spots, in the order it calls them


class _Choices:
    """The record of every choice made, each also said in the notes."""

    def __init__(self, notes: Notes):
        self.choices: List[dict] = []
        self.notes = notes

    def __call__(self, step, value, reason):
        self.choices.append({"step": step, "value": value, "reason": reason})
        self.notes.say(f"{step}: {value} ({reason})")


def _checked_points(x, y, cell_shape):
    """Coordinates as flat float arrays; refuses NaN, too few incidents, unknown shapes."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise InputError(f"x and y differ in length: {x.size} and {y.size}")
    bad = ~(np.isfinite(x) & np.isfinite(y))
    if bad.any():
        raise InputError(f"{int(bad.sum())} incident(s) have NaN or infinite coordinates; "
                         "drop them first")
    if x.size < MIN_INCIDENTS:
        raise InputError(f"optimized hot spot analysis needs at least {MIN_INCIDENTS} "
                         f"incidents; got {x.size}")
    if cell_shape not in ("hexagon", "square"):
        raise InputError(f"cell shape must be 'hexagon' or 'square'; got {cell_shape!r}")
    return x, y


def _study_area(study_area, uniq, outlier_mask, choose):
    """The study area (default: convex hull of the non-outlier locations) and its CRS."""
    import shapely

    from ..geometry.grids import _as_area

    if study_area is None:
        core = uniq[~outlier_mask]
        study_area = shapely.convex_hull(shapely.multipoints(core))
        if study_area.area <= 0:
            raise InputError("the incidents are collinear or coincident; give a study area")
        choose("study area", "convex hull of the incidents",
               "no study area given; locational outliers excluded")
    return _as_area(study_area)


def _incidents_inside(area, x, y, notes, choose):
    """Which incidents lie in the study area, and how many do not (warned)."""
    import shapely

    shapely.prepare(area)
    inside = shapely.intersects_xy(area, x, y)
    n_outside = int((~inside).sum())
    if n_outside:
        notes.warn(f"{n_outside} incident(s) outside the study area were left out")
    choose("incidents outside the study area", n_outside, "left out of the counts")
    return inside, n_outside


def _cell_size(cell_size, nn, outlier_mask, area, choose):
    """The cell size: given, or twice the mean nearest-neighbour distance within bounds."""
    if cell_size is not None:
        cell_size = float(cell_size)
        choose("cell size (m)", cell_size, "given")
        return cell_size
    mean_nn = float(np.nanmean(nn[~outlier_mask])) if np.isfinite(nn).any() else 0.0
    size = 2.0 * mean_nn
    reason = f"twice the mean nearest-neighbour distance ({mean_nn:.1f} m) between incident locations"
    lower = math.sqrt(area.area / MAX_AUTO_CELLS)
    upper = math.sqrt(area.area / MIN_CELLS)
    if size < lower:
        size = lower
        reason += (f"; raised so the study area holds at most {MAX_AUTO_CELLS} cells "
                   f"(sqrt(area / {MAX_AUTO_CELLS}))")
    elif size > upper:
        size = upper
        reason += f"; lowered so the study area holds at least {MIN_CELLS} cells"
    cell_size = size
    choose("cell size (m)", round(cell_size, 1), reason)
    return cell_size


def _grid_counts(area, cell_shape, cell_size, crs, x, y, should_stop, notes, choose):
    """The grid over the study area, the incidents per cell, and the incidents in no cell."""
    from ..geometry.grids import count_points, make_grid

    grid = make_grid(area, shape=cell_shape, cell_size=cell_size, keep="intersects", crs=crs,
                     should_stop=should_stop)
    counted = count_points(grid, x, y)
    counts = counted.counts
    if counted.n_outside:
        # Points on the outer boundary of the area whose cell lies outside it.
        notes.warn(f"{counted.n_outside} incident(s) on the study area's outer boundary fall in "
                   "no grid cell and were left out")
    choose("grid", f"{grid.n} {cell_shape} cells",
           f"cells touching the study area; centre spacing {grid.spacing:.1f} m")
    if grid.n < MIN_CELLS:
        raise InputError(f"the grid has only {grid.n} cells; use a smaller cell size "
                         f"(at least {MIN_CELLS} cells are needed)")
    if np.ptp(counts) == 0:
        raise InputError("every cell has the same number of incidents: the counts have no "
                         "variation, so there are no hot or cold spots to find")
    return grid, counts, counted.n_outside


def _distance_band(distance_band, counts, centres, grid, steps, should_stop, notes, choose):
    """The distance band: given, or the peak of incremental spatial autocorrelation.

    Returns the band and the incremental table (None when the band was given).
    """
    from scipy.spatial import cKDTree

    if distance_band is not None:
        distance_band = float(distance_band)
        if not (np.isfinite(distance_band) and distance_band > 0):
            raise InputError(f"distance band must be a positive number of metres; got "
                             f"{distance_band!r}")
        choose("distance band (m)", distance_band, "given")
        return distance_band, None
    d, _ = cKDTree(centres).query(centres, k=2)
    d0 = float(d[:, 1].max()) * (1 + 1e-9)
    bands = d0 + np.arange(N_BANDS) * grid.spacing
    isa = incremental_moran(counts, centres, bands,
                            progress=steps.part(0.2, 0.6).report, should_stop=should_stop)
    steps.report(0.6)
    k, rule = pick_peak(isa["z"].to_numpy())
    if k is None:
        kk = fallback_neighbours(grid.n)
        dk, _ = cKDTree(centres).query(centres, k=kk + 1)
        distance_band = float(dk[:, kk].mean()) * (1 + 1e-9)
        notes.warn(f"incremental spatial autocorrelation found no peak ({rule}); the band is "
                   f"the mean distance at which a cell has {kk} neighbours")
        choose("distance band (m)", round(distance_band, 1),
               f"{rule}; fallback: mean distance of a cell to its {kk}th nearest cell "
               "(K = 5 % of the cells, 3 to 30)")
    else:
        distance_band = float(bands[k])
        choose("distance band (m)", round(distance_band, 1),
               f"incremental spatial autocorrelation over {N_BANDS} bands from "
               f"{bands[0]:.0f} m in steps of {grid.spacing:.0f} m: {rule} "
               f"(z = {isa['z'].iloc[k]:.2f})")
    return distance_band, isa


def _gi_cells(grid, counts, centres, distance_band, permutations, seed, alpha, fdr, steps,
              should_stop, notes, choose):
    """Getis-Ord Gi* of the counts in the distance band: the output cells."""
    from .autocorrelation import LocalGetisOrd
    from .weights import SpatialWeights

    w = SpatialWeights.distance_band(centres, distance_band, ids=grid.cells["cell_id"].to_numpy())
    if len(w.islands):
        notes.warn(f"{len(w.islands)} cell(s) have no other cell within {distance_band:.0f} m and "
                   "are labelled 'Isolated'")
    gi = LocalGetisOrd(counts, w, star=True, transform="binary", permutations=int(permutations),
                       seed=seed, alpha=alpha, fdr=fdr,
                       progress=steps.part(0.65, 0.98).report, should_stop=should_stop)
    for m in gi.notes.warnings:
        notes.warn(m)
    choose("inference", "permutations" if permutations else "analytical (normal) z-scores",
           f"{int(permutations)} conditional permutations, seed {seed}" if permutations
           else "as ArcGIS Optimized Hot Spot Analysis")
    choose("multiple testing", "FDR (Benjamini-Hochberg)" if fdr else "none",
           "applied to each confidence level of the bins" if fdr else "not requested")
    cells = grid.cells.copy()
    cells["count"] = counts
    cells["gi_z"] = gi.z
    cells["gi_p"] = gi.p
    cells["gi_bin"] = gi.bins
    cells["label"] = gi.labels
    cells["n_neighbours"] = w.cardinalities
    cells = cells[["cell_id", "row", "col", "count", "gi_z", "gi_p", "gi_bin", "label",
                   "n_neighbours", "geometry"]]
    n_hot = int((gi.bins > 0).sum())
    n_cold = int((gi.bins < 0).sum())
    notes.say(f"{n_hot} hot and {n_cold} cold cells (90 % confidence or more) of {grid.n}")
    return cells
