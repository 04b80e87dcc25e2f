"""Progress against a target: target path, observed path, on track / off track.

The Durban Declaration of the Global Parliament of Mayors (2019) commits cities
to reduce all forms of violence by 50% by 2030, about 7% a year.
:func:`target_trajectory` turns such a target into a path from the baseline
period and asks, for each neighbourhood and the city, whether the last observed
period is on it, taking the Poisson noise of small counts into account: the
exact interval of the rate ratio (last / baseline) is compared with the ratio
the path asks for by then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps
from .change import binomial_two_sided, count_matrix, rate_ratio_interval

__all__ = ["TRACK_CLASSES", "TrajectoryResult", "target_factor", "target_trajectory",
           "years_of"]

TRACK_CLASSES = {"off track": -1, "uncertain": 0, "on track": 1, "too few incidents to say": 9}
TYPE_CLASSES = {"worse than its type": -1, "like its type": 0, "better than its type": 1,
                "too few incidents to say": 9}
PATHS = ("geometric", "linear")


def years_of(fields: Sequence[str]) -> Optional[List[int]]:
    """Years read from field names such as n_y2021 (None when not every name has one)."""
    years = []
    for name in fields:
        found = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
        if len(found) != 1:
            return None
        years.append(int(found[0]))
    return years


def target_factor(years, base_year: int, target_year: int, reduction: float,
                  path: str = "geometric") -> np.ndarray:
    """Share of the baseline level the target path allows in each year.

    ``geometric``: a constant yearly reduction, ``(1 - reduction) ** ((y - y0) /
    (Y - y0))`` (50% in 10 years = 6.7% a year); ``linear``: the same absolute
    step each year, ``1 - reduction (y - y0) / (Y - y0)``.  After the target year
    the path stays at the target.
    """
    years = np.asarray(years, dtype=float)
    span = float(target_year - base_year)
    progress = np.clip((years - base_year) / span, 0.0, 1.0)
    if path == "geometric":
        return (1.0 - reduction) ** progress
    if path == "linear":
        return 1.0 - reduction * progress
    raise InputError(f"path must be geometric or linear; got {path!r}")


@dataclass
class TrajectoryResult:
    """Per neighbourhood and city: paths, status and the reduction still needed.

    Attributes
    ----------
    table : pandas.DataFrame
        ``target_<year>`` (incidents the path allows), ``target_ratio``,
        ``rate_ratio``, ``rr_lo``, ``rr_hi``, ``track`` (on track / uncertain /
        off track / too few incidents to say), ``track_code``,
        ``reduction_needed`` (% a year from the last period to the target), and
        with a type field ``type_ratio``, ``vs_type``, ``type_p``, ``type_class``.
    city_path : pandas.DataFrame
        One row per year: ``year``, ``observed``, ``target`` (city counts).
    city : pandas.DataFrame
        The per-neighbourhood fields for the whole city (one row).
    notes : Notes
    """

    table: pd.DataFrame
    city_path: pd.DataFrame
    city: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def target_trajectory(frame: pd.DataFrame, count_fields: Sequence[str], *,
                      years: Optional[Sequence[int]] = None, reduction: float = 0.5,
                      target_year: int = 2030, path: str = "geometric",
                      confidence: float = 0.90, type_field: Optional[str] = None,
                      progress=None, should_stop=None) -> TrajectoryResult:
    """Track neighbourhoods and the city against a target path.

    Parameters
    ----------
    frame : pandas.DataFrame
    count_fields : sequence of str
        Incident counts per period, oldest first; the first is the baseline.
    years : sequence of int, optional
        Year of each count field (read from the names, e.g. n_y2021, when omitted).
    reduction : float
        Reduction by the target year, as a share of the baseline (0.5 = -50%).
    target_year : int
    path : {"geometric", "linear"}
    confidence : float
        Level of the exact interval of the rate ratio (0.90: each side 5%).
    type_field : str, optional
        Neighbourhood type (e.g. ``type_id`` from the typology): each
        neighbourhood's change is compared with the pooled change of its type.

    Returns
    -------
    TrajectoryResult

    Notes
    -----
    ``track``: *on track* when the upper bound of the rate ratio's interval is at
    or below the path's ratio for the last observed year (confidently on the
    path or below), *off track* when the lower bound is above it, *uncertain*
    otherwise; *too few incidents to say* when the baseline and last counts
    together could not give a significant result.  ``reduction_needed`` is
    ``1 - (target level / current level) ** (1 / years left)``, 0 when the
    current level is already at or below the target level.

    References
    ----------
    Global Parliament of Mayors (2019). Durban Declaration: reducing all forms of
    violence by 50% within our jurisdictions by 2030.
    Clopper, C. J. and Pearson, E. S. (1934). Biometrika 26(4), 404-413.
    """
    steps = as_steps(progress, should_stop)
    count_fields = list(count_fields)
    if len(count_fields) < 2:
        raise InputError("Give at least two count fields: the baseline and an observed period.")
    if not 0 < reduction < 1:
        raise InputError(f"The reduction must be between 0 and 1 (e.g. 0.5 for -50%); got "
                         f"{reduction}")
    years = list(years) if years is not None else years_of(count_fields)
    if years is None:
        raise InputError("Cannot read the year of every count field from its name; give the "
                         "first year.")
    if len(years) != len(count_fields) or any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(f"The periods' years must increase: got {years}.")
    if target_year <= years[0]:
        raise InputError(f"The target year {target_year} must come after the baseline "
                         f"{years[0]}.")
    notes = Notes()
    counts = count_matrix(frame, count_fields, notes)
    steps.report(0.2)
    all_years = list(range(years[0], max(target_year, years[-1]) + 1))
    factors = target_factor(all_years, years[0], target_year, reduction, path)
    factor_last = float(target_factor([years[-1]], years[0], target_year, reduction, path)[0])
    table = _track(counts[:, 0], counts[:, -1], factor_last, confidence, target_year - years[-1],
                   reduction)
    table.index = frame.index
    for year, share in zip(all_years, factors):
        table[f"target_{year}"] = counts[:, 0] * share
    if type_field:
        _versus_type(table, frame, type_field, counts, confidence, notes)
    city_counts = np.nansum(counts, axis=0)
    city = _track(city_counts[:1], city_counts[-1:], factor_last, confidence,
                  target_year - years[-1], reduction)
    observed = dict(zip(years, city_counts))
    city_path = pd.DataFrame({"year": all_years,
                              "observed": [observed.get(y, np.nan) for y in all_years],
                              "target": city_counts[0] * factors})
    notes.say(f"Target: -{reduction:.0%} from {years[0]} to {target_year} ({path} path, "
              f"{1 - (1 - reduction) ** (1 / (target_year - years[0])):.1%} a year); by "
              f"{years[-1]} the path allows {factor_last:.1%} of the baseline.")
    counts_by_class = table["track"].value_counts()
    notes.say("Neighbourhoods: " + ", ".join(f"{c} {int(counts_by_class.get(c, 0))}"
                                             for c in TRACK_CLASSES))
    row = city.iloc[0]
    notes.say(f"City: {row.rate_ratio:.3f} of the baseline ({row.rr_lo:.3f} - {row.rr_hi:.3f}) "
              f"against {factor_last:.3f} on the path: {row.track}; reduction still needed "
              f"{row.reduction_needed:.1f}% a year.")
    steps.report(1.0)
    return TrajectoryResult(table, city_path, city, notes)


def _track(y0, y1, factor, confidence, years_left, reduction) -> pd.DataFrame:
    ok = np.isfinite(y0) & np.isfinite(y1)
    n = np.where(ok, y0 + y1, 0).astype(np.int64)
    lo, hi = rate_ratio_interval(y1, 1.0, y0, 1.0, confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(ok & (y0 > 0), y1 / y0, np.nan)
    alpha = 1 - confidence
    best = np.minimum(binomial_two_sided(np.zeros_like(n), n, 0.5),
                      binomial_two_sided(n, n, 0.5))
    powerless = ok & (best > alpha)
    track = np.where(hi <= factor, "on track", np.where(lo > factor, "off track", "uncertain"))
    track = np.where(powerless, "too few incidents to say", track).astype(object)
    track[~ok] = None
    target_level = (1 - reduction)
    with np.errstate(divide="ignore", invalid="ignore"):
        current = y1 / y0
        needed = np.where(current > target_level,
                          1 - (target_level / current) ** (1 / max(years_left, 1)), 0.0)
    needed = np.where(ok & (y0 > 0), 100 * needed, np.nan)
    return pd.DataFrame({
        "target_ratio": np.full(y0.shape, factor), "rate_ratio": ratio,
        "rr_lo": np.where(ok, lo, np.nan), "rr_hi": np.where(ok, hi, np.nan), "track": track,
        "track_code": pd.array([TRACK_CLASSES.get(t) if t is not None else None for t in track],
                               dtype="Int64"),
        "reduction_needed": needed})


def _versus_type(table, frame, type_field, counts, confidence, notes) -> None:
    """Each neighbourhood's change against the pooled change of its type (conditional test)."""
    if type_field not in frame.columns:
        raise InputError(f"Type field {type_field!r} not found.")
    types = frame[type_field].astype(object).where(frame[type_field].notna(), None).to_numpy()
    y0, y1 = counts[:, 0], counts[:, -1]
    ratio = np.full(len(frame), np.nan)
    for value in {t for t in types if t is not None}:
        members = (types == value) & np.isfinite(y0) & np.isfinite(y1)
        base = np.nansum(y0[members])
        ratio[members] = np.nansum(y1[members]) / base if base > 0 else np.nan
    ok = np.isfinite(ratio) & np.isfinite(y0) & np.isfinite(y1)
    n = np.where(ok, y0 + y1, 0).astype(np.int64)
    share = np.where(ok, ratio / (1 + ratio), 0.5)
    p = np.full(len(frame), np.nan)
    p[ok] = binomial_two_sided(y1[ok].astype(np.int64), n[ok], share[ok])
    with np.errstate(divide="ignore", invalid="ignore"):
        own = np.where(y0 > 0, y1 / y0, np.nan)
        relative = own / ratio
    alpha = 1 - confidence
    best = np.minimum(binomial_two_sided(np.zeros_like(n), n, share),
                      binomial_two_sided(n, n, share))
    classes = np.where(p <= alpha, np.where(y1 < share * n, "better than its type",
                                            "worse than its type"), "like its type")
    classes = np.where(ok & (best > alpha), "too few incidents to say", classes).astype(object)
    classes[~ok] = None
    table["type_ratio"] = ratio
    table["vs_type"] = relative
    table["type_p"] = p
    table["type_class"] = classes
    if (~ok).any():
        notes.warn(f"{int((~ok).sum())} neighbourhood(s) without a type, counts or a type "
                   "baseline get no comparison with their type.")
