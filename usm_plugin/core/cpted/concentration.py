"""Crime concentration at places: Lorenz curve, Gini and generalised Gini, shares of places.

The *law of crime concentration* (Weisburd 2015): a small share of street
segments holds a large share of crime, about 50 % of crime on 4-6 % of the
segments (and 25 % on 0.4-1.6 %) in the cities studied.  Here:

* ``share_units_25`` / ``share_units_50``: the smallest share of units (segments,
  neighbourhoods) that together hold at least 25 % / 50 % of the incidents
  (units ranked from the most incidents down; whole units, so the share is
  k / N for the smallest such k);
* the Lorenz curve: the cumulative share of incidents against the cumulative
  share of units, units ranked from the fewest incidents up;
* the Gini coefficient ``G = sum_i (2 i - N - 1) x_(i) / (N sum x)`` (units
  ascending, the "biased" population form, as DescTools' ``Gini(unbiased =
  FALSE)``);
* the generalised Gini for sparse counts (fewer incidents than units;
  Bernasco & Steenbeek 2017): ``G' = max(1, N / n) (G - 1) + 1`` with n the
  number of incidents.  It compares the counts with *maximal equality given
  the data* (n units with one incident each) instead of perfect equality,
  which sparse counts can never reach.  G' = G when n >= N.

References
----------
Weisburd, D. (2015). The law of crime concentration and the criminology of place.
*Criminology*, 53(2), 133-157.

Bernasco, W., Steenbeek, W. (2017). More places than crimes: implications for
evaluating the law of crime concentration at place. *Journal of Quantitative
Criminology*, 33(3), 451-467.

Lorenz, M. O. (1905). Methods of measuring the concentration of wealth.
*Publications of the American Statistical Association*, 9(70), 209-219.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

#: Weisburd (2015): share of segments holding 50 % of crime in the cities reviewed.
WEISBURD_50 = (0.04, 0.06)
#: Weisburd (2015): share of segments holding 25 % of crime.
WEISBURD_25 = (0.004, 0.016)

TABLE_FIELDS = (
    ("group", "'city' or the group (neighbourhood) id", "text"),
    ("n_units", "units with a valid count (segments or neighbourhoods)", "count"),
    ("n_incidents", "sum of the counts", "count"),
    ("units_with_any", "share of units with at least one incident", "0-1"),
    ("share_units_25", "smallest share of units holding at least 25% of the incidents", "0-1"),
    ("share_units_50", "smallest share of units holding at least 50% of the incidents", "0-1"),
    ("gini", "Gini coefficient of the counts (0 equal, towards 1 concentrated)", "0-1"),
    ("gini_gen", "generalised Gini for sparse counts (Bernasco & Steenbeek 2017); equals gini "
                 "when there are at least as many incidents as units", "0-1"),
    ("sparse", "1 when there are fewer incidents than units (use gini_gen)", "0/1"),
)

LORENZ_FIELDS = (
    ("group", "'city' or the group id", "text"),
    ("rank", "units so far, ranked from the fewest incidents up", "count"),
    ("unit_share", "cumulative share of units", "0-1"),
    ("incident_share", "cumulative share of incidents (the Lorenz curve)", "0-1"),
    ("max_equality", "the line of maximal equality given the data: the Lorenz curve if the "
                     "incidents were spread one per unit over as many units as possible", "0-1"),
)


def gini(counts) -> float:
    """Gini coefficient of non-negative counts (population form); NaN without incidents.

    References
    ----------
    Bernasco & Steenbeek (2017), eq. 1; as DescTools ``Gini(x, unbiased = FALSE)``.
    """
    x = np.sort(_clean(counts))
    n = len(x)
    total = x.sum()
    if n == 0 or total <= 0:
        return float("nan")
    i = np.arange(1, n + 1)
    return float(np.sum((2 * i - n - 1) * x) / (n * total))


def generalized_gini(counts) -> float:
    """Generalised Gini for sparse counts: ``max(1, N / n) (G - 1) + 1``.

    References
    ----------
    Bernasco, W., Steenbeek, W. (2017). More places than crimes. *Journal of
    Quantitative Criminology*, 33(3), 451-467.
    """
    x = _clean(counts)
    total = x.sum()
    if len(x) == 0 or total <= 0:
        return float("nan")
    return float(max(1.0, len(x) / total) * (gini(x) - 1.0) + 1.0)


def share_of_units(counts, share: float) -> float:
    """Smallest share of units (whole units, most incidents first) holding ``share`` of the total."""
    x = np.sort(_clean(counts))[::-1]
    total = x.sum()
    if len(x) == 0 or total <= 0:
        return float("nan")
    k = int(np.searchsorted(np.cumsum(x), share * total * (1 - 1e-12))) + 1
    return k / len(x)


def lorenz_curve(counts):
    """(unit_share, incident_share, max_equality) of the Lorenz curve, starting at (0, 0)."""
    x = np.sort(_clean(counts))
    n = len(x)
    total = x.sum()
    units = np.arange(0, n + 1) / n if n else np.zeros(1)
    if total <= 0:
        nan = np.full(n + 1, np.nan)
        return units, nan, nan
    cum = np.concatenate([[0.0], np.cumsum(x)]) / total
    # maximal equality: min(N, n) units hold the incidents as evenly as integers allow
    ones = min(n, int(round(total)))
    eq = np.clip((np.arange(0, n + 1) - (n - ones)) / max(ones, 1), 0.0, 1.0) \
        if total < n else units.copy()
    return units, cum, eq


def _clean(counts) -> np.ndarray:
    x = np.asarray(counts, dtype=float).ravel()
    x = x[~np.isnan(x)]
    if (x < 0).any() or np.isinf(x).any():
        raise InputError("incident counts must be finite and >= 0; found "
                         f"{int((x < 0).sum())} negative and {int(np.isinf(x).sum())} infinite")
    return x


@dataclass
class ConcentrationResult:
    """Crime concentration city-wide and per group.

    Attributes
    ----------
    table : DataFrame
        One row for the city and one per group (fields of :data:`TABLE_FIELDS`).
    lorenz : DataFrame
        Lorenz curve points per group (fields of :data:`LORENZ_FIELDS`).
    notes : Notes
        Includes where the city stands against Weisburd's (2015) benchmark.
    """

    table: pd.DataFrame
    lorenz: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def _row(name, x):
    total = float(x.sum())
    return {"group": name, "n_units": len(x), "n_incidents": total,
            "units_with_any": float((x > 0).mean()) if len(x) else np.nan,
            "share_units_25": share_of_units(x, 0.25), "share_units_50": share_of_units(x, 0.50),
            "gini": gini(x), "gini_gen": generalized_gini(x), "sparse": int(total < len(x))}


def _lorenz_rows(name, x, max_points):
    units, inc, eq = lorenz_curve(x)
    n = len(units)
    if n > max_points:  # keep the curve's shape with at most max_points rows
        pick = np.unique(np.round(np.linspace(0, n - 1, max_points)).astype(int))
    else:
        pick = np.arange(n)
    return pd.DataFrame({"group": name, "rank": pick, "unit_share": units[pick],
                         "incident_share": inc[pick], "max_equality": eq[pick]})


def crime_concentration(counts, groups=None, *, max_points: int = 1001,
                        progress=None, should_stop=None) -> ConcentrationResult:
    """Lorenz curve, Gini, generalised Gini and shares of units, city-wide and per group.

    Parameters
    ----------
    counts : array_like
        Incidents per unit (segment, neighbourhood); NaN units are left out.
    groups : array_like, optional
        Group of each unit (e.g. its neighbourhood); units without a group count
        city-wide only.
    max_points : int
        At most this many Lorenz points per group (evenly spaced ranks).

    Returns
    -------
    ConcentrationResult

    References
    ----------
    Weisburd (2015); Bernasco & Steenbeek (2017); Lorenz (1905).
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    raw = np.asarray(counts, dtype=float).ravel()
    if raw.size == 0:
        raise InputError("no units: the count layer is empty")
    n_nan = int(np.isnan(raw).sum())
    if n_nan:
        notes.warn(f"{n_nan} units have no count (NULL) and were left out")
    x_all = _clean(raw)
    if x_all.sum() <= 0:
        raise InputError(f"the {len(x_all)} units hold no incident; concentration is undefined")
    if np.any(x_all != np.round(x_all)):
        notes.warn("the counts are not whole numbers; the generalised Gini assumes counts")
    rows = [_row("city", x_all)]
    curves = [_lorenz_rows("city", x_all, max_points)]
    if groups is not None:
        g = pd.Series(np.asarray(groups, dtype=object).ravel())
        if len(g) != len(raw):
            raise InputError(f"{len(g)} group values for {len(raw)} counts")
        keep = ~np.isnan(raw) & g.notna().to_numpy()
        frame = pd.DataFrame({"g": g[keep].astype(str).to_numpy(), "x": raw[keep]})
        names = sorted(frame["g"].unique())
        for j, (name, part) in enumerate(frame.groupby("g", sort=True)):
            x = part["x"].to_numpy()
            rows.append(_row(name, x))
            if x.sum() > 0:
                curves.append(_lorenz_rows(name, x, max_points))
            if j % 50 == 0:
                steps.report(j / max(len(names), 1))
        empty = [r["group"] for r in rows[1:] if r["n_incidents"] == 0]
        if empty:
            notes.warn(f"{len(empty)} groups have no incident; their Gini is NULL "
                       f"(e.g. {', '.join(empty[:5])})")
    city = rows[0]
    lo, hi = WEISBURD_50
    stand = ("within" if lo <= city["share_units_50"] <= hi else
             "below (more concentrated than)" if city["share_units_50"] < lo else
             "above (less concentrated than)")
    notes.say(f"city-wide: 50% of the {city['n_incidents']:,.0f} incidents on "
              f"{100 * city['share_units_50']:.1f}% of the {city['n_units']:,} units, 25% on "
              f"{100 * city['share_units_25']:.1f}%; Gini {city['gini']:.3f}, generalised Gini "
              f"{city['gini_gen']:.3f}. Weisburd (2015) found 50% of crime on about 4-6% of street "
              f"segments: this city is {stand} that range.")
    if city["sparse"]:
        notes.say("there are fewer incidents than units: read the generalised Gini "
                  "(Bernasco & Steenbeek 2017), the standard Gini overstates concentration")
    steps.report(1.0)
    return ConcentrationResult(pd.DataFrame(rows), pd.concat(curves, ignore_index=True), notes)
