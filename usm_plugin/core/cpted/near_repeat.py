"""Knox test for repeat and near-repeat victimisation, with exactly labelled bands.

Every pair of incidents is put in one cell of a table of spatial bands (rows)
by temporal bands (columns).  Bands include their upper limit and exclude the
lower one, and the labels say so:

* spatial: ``same location`` (distance <= ``same_location`` metres, default 0,
  i.e. identical coordinates), then ``(same_location, d1]``, ``(d1, d2]``, ...,
  and ``> d_last`` (the reference band, not reported);
* temporal (days between the two incidents, fractional when times are known):
  ``[0, t1]``, ``(t1, t2]``, ..., and ``> t_last``.

The classic Near Repeat Calculator labels bands "1 to 100 m", "101 to 200 m" /
"0 to 7 days", "8 to 14 days" while its rules put a pair at exactly 100 m or 7.5
days elsewhere than the label says; here a label is the interval itself.

Observed: the number of pairs in each cell.  Expected: the exact mean of that
count when the incidents' times are randomly permuted among their locations,
``E = R_i C_j / N`` (pairs in the spatial band times pairs in the temporal
band over all pairs).  Knox ratio: observed / expected.  p-value: one-sided
Monte Carlo, ``(1 + #{simulated >= observed}) / (1 + permutations)``, with
``permutations`` random permutations of the times drawn from
``np.random.default_rng(seed)``.  Only the pairs within the largest distance
band change cell under a permutation, so each permutation re-bins those pairs
only.

References
----------
Knox, E. G. (1964). The detection of space-time interactions. *Journal of the Royal
Statistical Society C*, 13(1), 25-30.

Johnson, S. D., Bernasco, W., Bowers, K. J., et al. (2007). Space-time patterns of risk:
a cross national assessment of residential burglary victimization. *Journal of
Quantitative Criminology*, 23, 201-219.

Ratcliffe, J. H. (2009). *Near Repeat Calculator* (version 1.3). Temple University,
Philadelphia, and the National Institute of Justice, Washington DC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

METRICS = ("euclidean", "manhattan")

TABLE_FIELDS = (
    ("distance_band", "spatial band, the interval written out (e.g. '0 < d <= 100 m')", "text"),
    ("time_band", "temporal band, the interval written out (e.g. '7 < t <= 14 days')", "text"),
    ("d_low", "lower limit of the spatial band (excluded; NULL for the same-location band)", "m"),
    ("d_high", "upper limit of the spatial band (included)", "m"),
    ("t_low", "lower limit of the temporal band (excluded; NULL for the first band, which "
              "includes 0)", "days"),
    ("t_high", "upper limit of the temporal band (included)", "days"),
    ("observed", "pairs of incidents in the band pair", "count"),
    ("expected", "exact expected number of pairs when times are permuted among locations",
     "count"),
    ("knox_ratio", "observed / expected; > 1 more pairs than chance", "ratio"),
    ("sim_mean", "mean of the permutation counts (checks expected)", "count"),
    ("p_value", "one-sided Monte Carlo p-value of an excess of pairs", "probability"),
    ("signif", "1 when p_value < 0.05", "0/1"),
)

CLASS_FIELDS = (
    ("nr_class", "originator (starts a chain), repeat (same location as an earlier incident in "
                 "the chain window), near_repeat (close to an earlier one), isolated", "text"),
    ("chain_id", "id of the chain of linked incidents (0 = not in a chain)", "id"),
    ("chain_size", "incidents in the chain", "count"),
)


def _fmt(v):
    return f"{v:g}"


def band_labels(distances: Sequence[float], days: Sequence[float], same_location: Optional[float]):
    """Labels and limits of the reported spatial and temporal bands."""
    d_rows = []
    low = None
    if same_location is not None:
        d_rows.append((f"same location (d <= {_fmt(same_location)} m)", None, same_location))
        low = same_location
    for d in distances:
        lo = 0.0 if low is None else low
        d_rows.append((f"{_fmt(lo)} < d <= {_fmt(d)} m" if low is not None
                       else f"0 <= d <= {_fmt(d)} m", low, d))
        low = d
    t_rows = []
    low = None
    for t in days:
        t_rows.append((f"0 <= t <= {_fmt(t)} days" if low is None
                       else f"{_fmt(low)} < t <= {_fmt(t)} days", low, t))
        low = t
    return d_rows, t_rows


def _check_bands(values, what):
    v = np.asarray(values, dtype=float)
    if v.size == 0 or not np.isfinite(v).all() or (v <= 0).any() or (np.diff(v) <= 0).any():
        raise InputError(f"{what} must be increasing positive numbers, got {list(values)}")
    return v


def _band_index(values, edges):
    """Band of each value for bands (prev, edge]; len(edges) = beyond the last."""
    return np.searchsorted(edges, values, side="left")


@dataclass
class KnoxResult:
    """Result of :func:`knox_test`.

    Attributes
    ----------
    table : DataFrame
        One row per reported band pair (fields of :data:`TABLE_FIELDS`).
    n_events, n_pairs : int
    permutations, seed : int
    classes : DataFrame or None
        Per incident (in input order): nr_class, chain_id, chain_size.
    """

    table: pd.DataFrame
    n_events: int
    n_pairs: int
    permutations: int
    seed: Optional[int]
    classes: Optional[pd.DataFrame] = None
    notes: Notes = field(default_factory=Notes)


def _close_pairs(xy, radius, metric):
    from scipy.spatial import cKDTree

    p = 2 if metric == "euclidean" else 1
    pairs = cKDTree(xy).query_pairs(radius, p=p, output_type="ndarray")
    diff = np.abs(xy[pairs[:, 0]] - xy[pairs[:, 1]])
    dist = np.hypot(diff[:, 0], diff[:, 1]) if p == 2 else diff.sum(axis=1)
    keep = dist <= radius
    return pairs[keep], dist[keep]


def _time_band_totals(t, edges):
    """Pairs with |dt| in each temporal band (prev, edge], from sorted times."""
    ts = np.sort(t)
    n = len(ts)
    totals = []
    for e in edges:
        # pairs with dt <= e: for each i, events j > i with ts[j] <= ts[i] + e
        upto = np.searchsorted(ts, ts + e, side="right")
        totals.append(int(np.sum(upto - np.arange(n) - 1)))
    cum = np.array(totals, dtype=np.int64)
    return np.diff(np.concatenate([[0], cum]))


def knox_test(xy, days, *, distance_bands: Sequence[float], time_bands: Sequence[float],
              same_location: Optional[float] = 0.0, metric: str = "euclidean",
              permutations: int = 999, seed: Optional[int] = 0, classify: bool = False,
              progress=None, should_stop=None) -> KnoxResult:
    """Knox test over spatial x temporal bands with a seeded Monte Carlo.

    Parameters
    ----------
    xy : ndarray (n, 2)
        Incident coordinates in metres.
    days : ndarray (n,)
        Incident times in days (any origin; fractions for times of day).
    distance_bands, time_bands : sequences of float
        Increasing upper limits in metres and days.
    same_location : float or None
        Distance (m) up to which two incidents are at the same location (a band
        of its own); None for no such band.
    metric : {"euclidean", "manhattan"}
    permutations : int
        Monte Carlo permutations of the times (0 = none, no p-values).
    seed : int or None
    classify : bool
        Also label every incident (originator, repeat, near repeat, isolated)
        and its chain, with the first distance band and the last time band.

    Returns
    -------
    KnoxResult

    References
    ----------
    Knox (1964); Johnson et al. (2007); Ratcliffe (2009).
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if metric not in METRICS:
        raise InputError(f"metric must be one of {METRICS}, got {metric!r}")
    d_edges = _check_bands(distance_bands, "the distance bands")
    t_edges = _check_bands(time_bands, "the time bands")
    if permutations < 0 or (0 < permutations < 99):
        if permutations < 0:
            raise InputError(f"permutations must be >= 0, got {permutations}")
        notes.warn(f"only {permutations} permutations: the smallest possible p-value is "
                   f"{1 / (permutations + 1):.3f}; use 999")
    if same_location is not None and not (0 <= same_location < d_edges[0]):
        raise InputError("the same-location distance must be >= 0 and below the first distance band")
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    t = np.asarray(days, dtype=float).ravel()
    if len(xy) != len(t):
        raise InputError(f"{len(xy)} locations for {len(t)} times")
    if not (np.isfinite(xy).all() and np.isfinite(t).all()):
        raise InputError("locations and times must be finite (drop incidents without a date first)")
    n = len(t)
    if n < 3:
        raise InputError(f"the Knox test needs at least 3 incidents, got {n}")
    n_pairs = n * (n - 1) // 2
    s_edges = np.concatenate([[same_location], d_edges]) if same_location is not None else d_edges
    pairs, dist = _close_pairs(xy, float(d_edges[-1]), metric)
    s_band = _band_index(dist, s_edges)                    # all < len(s_edges) here
    steps.report(0.1)
    n_s, n_t = len(s_edges), len(t_edges)
    R = np.bincount(s_band, minlength=n_s).astype(np.int64)           # pairs per spatial band
    C = _time_band_totals(t, t_edges)                                 # pairs per temporal band
    i, j = pairs[:, 0], pairs[:, 1]

    def joint(times):
        dt = np.abs(times[i] - times[j])
        tb = np.searchsorted(t_edges, dt, side="left")
        inside = tb < n_t
        return np.bincount(s_band[inside] * n_t + tb[inside], minlength=n_s * n_t)

    observed = joint(t)
    expected = np.outer(R, C).ravel() / n_pairs
    exceed = np.zeros(n_s * n_t, dtype=np.int64)
    sim_sum = np.zeros(n_s * n_t)
    rng = np.random.default_rng(seed)
    for k in range(permutations):
        sim = joint(t[rng.permutation(n)])
        exceed += sim >= observed
        sim_sum += sim
        if k % 25 == 0:
            steps.report(0.1 + 0.8 * k / max(permutations, 1))
    d_rows, t_rows = band_labels(d_edges, t_edges, same_location)
    rows = []
    for a, (dl, dlo, dhi) in enumerate(d_rows):
        for b, (tl, tlo, thi) in enumerate(t_rows):
            c = a * n_t + b
            with np.errstate(invalid="ignore", divide="ignore"):
                ratio = observed[c] / expected[c] if expected[c] > 0 else np.nan
            p = (1 + exceed[c]) / (1 + permutations) if permutations else np.nan
            rows.append({"distance_band": dl, "time_band": tl, "d_low": dlo, "d_high": dhi,
                         "t_low": tlo, "t_high": thi, "observed": int(observed[c]),
                         "expected": float(expected[c]), "knox_ratio": float(ratio),
                         "sim_mean": float(sim_sum[c] / permutations) if permutations else np.nan,
                         "p_value": float(p), "signif": int(p < 0.05) if permutations else np.nan})
    table = pd.DataFrame(rows)
    notes.say(f"Knox test: {n:,} incidents, {n_pairs:,} pairs, {len(pairs):,} within "
              f"{d_edges[-1]:g} m ({metric}); {permutations} permutations, seed {seed}")
    classes = _classify(pairs, dist, t, s_edges, same_location, t_edges, n) if classify else None
    steps.report(1.0)
    return KnoxResult(table, n, n_pairs, permutations, seed, classes, notes)


def _classify(pairs, dist, t, s_edges, same_location, t_edges, n):
    """Originators, repeats and near repeats linked within the first distance band and the
    last time band; chains are connected groups of linked incidents."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    near = s_edges[1] if same_location is not None else s_edges[0]
    dt = t[pairs[:, 1]] - t[pairs[:, 0]]
    link = (dist <= near) & (np.abs(dt) <= t_edges[-1])
    a, b, d, dtl = pairs[link, 0], pairs[link, 1], dist[link], dt[link]
    # orient each link from the earlier to the later incident (ties: lower index first)
    later = np.where((dtl > 0) | ((dtl == 0) & (b > a)), b, a)
    same = d <= (same_location if same_location is not None else -1.0)
    has_earlier_same = np.zeros(n, dtype=bool)
    has_earlier_near = np.zeros(n, dtype=bool)
    has_later = np.zeros(n, dtype=bool)
    has_earlier_same[later[same]] = True
    has_earlier_near[later[~same]] = True
    earlier = np.where(later == b, a, b)
    has_later[earlier] = True
    cls = np.full(n, "isolated", dtype=object)
    cls[has_later] = "originator"
    cls[has_earlier_near] = "near_repeat"
    cls[has_earlier_same] = "repeat"
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    size = np.bincount(comp)
    in_chain = size[comp] > 1
    ids = np.zeros(n, dtype=np.int64)
    labels = np.unique(comp[in_chain])
    remap = np.zeros(comp.max() + 1, dtype=np.int64)
    remap[labels] = np.arange(1, len(labels) + 1)
    ids[in_chain] = remap[comp[in_chain]]
    return pd.DataFrame({"nr_class": cls, "chain_id": ids,
                         "chain_size": np.where(in_chain, size[comp], 1)})


def knox_html(result: KnoxResult, title: str = "Knox test (near repeat)") -> str:
    """A self-contained HTML page: the Knox ratio heat map with p-values per band pair."""
    import html

    table = result.table
    d_labels = list(dict.fromkeys(table["distance_band"]))
    t_labels = list(dict.fromkeys(table["time_band"]))
    cells = table.set_index(["distance_band", "time_band"])

    def colour(ratio, p):
        if not np.isfinite(ratio):
            return "#eeeeee"
        if p < 0.05 and ratio > 1:
            strength = min((ratio - 1) / 2.0, 1.0)
            return f"rgb(255,{int(230 - 150 * strength)},{int(200 - 170 * strength)})"
        if p < 0.05:
            return "#cfe3ff"
        return "#ffffff"

    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
           "<style>body{font-family:sans-serif}td,th{border:1px solid #999;padding:4px 8px;"
           "text-align:center}table{border-collapse:collapse}</style></head><body>",
           f"<h2>{html.escape(title)}</h2>",
           f"<p>{result.n_events:,} incidents, {result.n_pairs:,} pairs; {result.permutations} "
           f"permutations, seed {result.seed}. Each cell: Knox ratio (observed / expected pairs) "
           "and the one-sided Monte Carlo p-value; shaded red where the ratio is above 1 with "
           "p &lt; 0.05. Bands include their upper limit; the labels are the exact intervals.</p>",
           "<table><tr><th>distance \\ time</th>"]
    out += [f"<th>{html.escape(t)}</th>" for t in t_labels]
    out.append("</tr>")
    for d in d_labels:
        out.append(f"<tr><th>{html.escape(d)}</th>")
        for t in t_labels:
            row = cells.loc[(d, t)]
            ratio, p = float(row["knox_ratio"]), float(row["p_value"])
            out.append(f"<td style='background:{colour(ratio, p)}'>{ratio:.2f}<br>"
                       f"<small>obs {int(row['observed'])}, exp {float(row['expected']):.1f}, "
                       f"p = {p:.3f}</small></td>")
        out.append("</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)
