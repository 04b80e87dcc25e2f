"""Incidents against an environmental condition: a rate ratio with an exact interval and test.

Places (street segments) are split by a condition (dark, dead end, lit share
below a threshold, ...).  With ``a`` incidents on an exposure ``E1`` (street
length, or any exposure) under the condition and ``b`` on ``E0`` elsewhere, the
rate ratio is ``RR = (a / E1) / (b / E0)``.  Inference is exact and conditional
on the total ``n = a + b``: under ``RR = 1`` the number under the condition is
binomial with ``p0 = E1 / (E1 + E0)``, the share of exposure under the
condition.  The two-sided p-value is the binomial test's (the sum of the
probabilities not larger than the observed one), and the confidence interval of
RR is the Clopper-Pearson interval of the binomial proportion ``a / n``
mapped by ``RR = p / (1 - p) * E0 / E1`` (Fay 2010; R's ``rateratio.test``).
It needs no large-sample approximation and handles zero counts (a = 0 gives a
lower bound of 0, b = 0 an upper bound of infinity).

So "36 % of night-time incidents on dark streets against 20 % of the street
length being dark" becomes a rate ratio of about 2.2 with its interval.

References
----------
Fay, M. P. (2010). Two-sided exact tests and matching confidence intervals for
discrete data. *The R Journal*, 2(1), 53-58.

Clopper, C. J., Pearson, E. S. (1934). The use of confidence or fiducial limits
illustrated in the case of the binomial. *Biometrika*, 26(4), 404-413.

Breslow, N. E., Day, N. E. (1987). *Statistical Methods in Cancer Research, Vol.
II: The Design and Analysis of Cohort Studies*. IARC, Lyon (comparison of two rates).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

OPERATORS = ("=", "!=", "<", "<=", ">", ">=")

TABLE_FIELDS = (
    ("group", "'city' or the group (neighbourhood) id", "text"),
    ("n_units", "places with a count, an exposure > 0 and a known condition", "count"),
    ("n_cond", "places meeting the condition", "count"),
    ("events_cond", "incidents on places meeting the condition", "count"),
    ("events_other", "incidents on the other places", "count"),
    ("expo_cond", "exposure (e.g. street length) meeting the condition", "exposure unit"),
    ("expo_other", "exposure of the other places", "exposure unit"),
    ("share_events", "share of the incidents on places meeting the condition", "0-1"),
    ("share_expo", "share of the exposure meeting the condition", "0-1"),
    ("rate_cond", "incidents per unit of exposure under the condition (per km when the exposure "
                  "is a length in metres x 1000)", "per exposure unit"),
    ("rate_other", "incidents per unit of exposure elsewhere", "per exposure unit"),
    ("rate_ratio", "rate_cond / rate_other; > 1 more incidents than the exposure predicts", "ratio"),
    ("ci_low", "lower bound of the exact confidence interval of the rate ratio", "ratio"),
    ("ci_high", "upper bound (infinite when no incident is elsewhere)", "ratio"),
    ("p_value", "exact two-sided p-value of rate ratio = 1 (binomial test conditional on the "
                "total)", "probability"),
    ("signif", "1 when the interval excludes 1 (p_value < 1 - confidence)", "0/1"),
)


def condition_mask(values, operator: str, threshold) -> np.ndarray:
    """Places meeting ``value <operator> threshold``; NaN where the value is missing."""
    if operator not in OPERATORS:
        raise InputError(f"the operator must be one of {OPERATORS}, got {operator!r}")
    v = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(float)
    with np.errstate(invalid="ignore"):
        out = {"=": v == threshold, "!=": v != threshold, "<": v < threshold,
               "<=": v <= threshold, ">": v > threshold, ">=": v >= threshold}[operator]
    return np.where(np.isnan(v), np.nan, out.astype(float))


def rate_ratio_exact(a: float, expo_a: float, b: float, expo_b: float, confidence: float = 0.95):
    """Rate ratio, exact conditional interval and two-sided p-value.

    Returns (rr, low, high, p_value).  See the module docstring and Fay (2010).
    """
    from scipy.stats import beta, binomtest

    n = int(round(a + b))
    a = int(round(a))
    if expo_a <= 0 or expo_b <= 0:
        return np.nan, np.nan, np.nan, np.nan
    if n == 0:
        return np.nan, np.nan, np.nan, np.nan
    p0 = expo_a / (expo_a + expo_b)
    alpha = 1.0 - confidence
    p_lo = 0.0 if a == 0 else beta.ppf(alpha / 2, a, n - a + 1)
    p_hi = 1.0 if a == n else beta.ppf(1 - alpha / 2, a + 1, n - a)
    odds = expo_b / expo_a

    def to_rr(p):
        return np.inf if p >= 1 else p / (1 - p) * odds

    rr = np.inf if a == n else (a / expo_a) / (b / expo_b)
    p_value = binomtest(a, n, p0, alternative="two-sided").pvalue
    return float(rr), float(to_rr(p_lo)), float(to_rr(p_hi)), float(p_value)


@dataclass
class EnvironmentResult:
    """Rate ratios city-wide and per group (fields of :data:`TABLE_FIELDS`)."""

    table: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def _group_row(name, cond, events, exposure, confidence, rate_scale):
    c = cond == 1
    a, b = float(events[c].sum()), float(events[~c].sum())
    ea, eb = float(exposure[c].sum()), float(exposure[~c].sum())
    rr, lo, hi, p = rate_ratio_exact(a, ea, b, eb, confidence)
    n = a + b
    with np.errstate(invalid="ignore", divide="ignore"):
        return {"group": name, "n_units": int(len(cond)), "n_cond": int(c.sum()),
                "events_cond": a, "events_other": b, "expo_cond": ea, "expo_other": eb,
                "share_events": a / n if n > 0 else np.nan,
                "share_expo": ea / (ea + eb) if ea + eb > 0 else np.nan,
                "rate_cond": a / ea * rate_scale if ea > 0 else np.nan,
                "rate_other": b / eb * rate_scale if eb > 0 else np.nan,
                "rate_ratio": rr, "ci_low": lo, "ci_high": hi, "p_value": p,
                "signif": (int(lo > 1 or hi < 1) if np.isfinite(lo) and not np.isnan(hi)
                           else np.nan)}


def incidents_vs_environment(events, condition, exposure, groups=None, *, confidence: float = 0.95,
                             rate_scale: float = 1.0, progress=None,
                             should_stop=None) -> EnvironmentResult:
    """Rate ratio of incidents on places meeting a condition against the other places.

    Parameters
    ----------
    events : array_like
        Incidents per place (e.g. ``n_night`` of the street-segment audit).
    condition : array_like of {0, 1, NaN}
        1 where the place meets the condition (see :func:`condition_mask`).
    exposure : array_like
        Exposure per place (street length in metres, footfall, hours lit...).
    groups : array_like, optional
        Group per place (neighbourhood id): one row per group besides the city.
    confidence : float
        Level of the intervals (0.5-0.999).
    rate_scale : float
        Multiplier of the rates (e.g. 1000 for incidents per km with lengths in metres).

    Returns
    -------
    EnvironmentResult

    References
    ----------
    Fay (2010); Clopper & Pearson (1934); Breslow & Day (1987).
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    if not 0.5 <= confidence <= 0.999:
        raise InputError(f"the confidence level must be between 0.5 and 0.999, got {confidence!r}")
    ev = pd.to_numeric(pd.Series(events), errors="coerce").to_numpy(float)
    cond = np.asarray(condition, dtype=float)
    ex = pd.to_numeric(pd.Series(exposure), errors="coerce").to_numpy(float)
    if not (len(ev) == len(cond) == len(ex)):
        raise InputError(f"events ({len(ev)}), condition ({len(cond)}) and exposure ({len(ex)}) "
                         "must have one value per place")
    if len(ev) == 0:
        raise InputError("no places: the layer is empty")
    if (ev < 0).any() or (ex < 0).any():
        raise InputError("incident counts and exposures must be >= 0; found "
                         f"{int((ev < 0).sum())} negative counts, {int((ex < 0).sum())} negative "
                         "exposures")
    keep = ~np.isnan(ev) & ~np.isnan(cond) & ~np.isnan(ex) & (ex > 0)
    if (~keep).any():
        notes.warn(f"{int((~keep).sum())} places were left out: missing count, condition or "
                   "exposure, or exposure 0")
    if not keep.any():
        raise InputError("no place has a count, a known condition and an exposure > 0")
    if (cond[keep] == 1).all() or (cond[keep] == 0).all():
        raise InputError("every place is on the same side of the condition; a rate ratio needs "
                         "places meeting it and places not meeting it")
    rows = [_group_row("city", cond[keep], ev[keep], ex[keep], confidence, rate_scale)]
    if groups is not None:
        g = pd.Series(np.asarray(groups, dtype=object))
        ok = keep & g.notna().to_numpy()
        frame = pd.DataFrame({"g": g[ok].astype(str).to_numpy(), "c": cond[ok], "e": ev[ok],
                              "x": ex[ok]})
        parts = list(frame.groupby("g", sort=True))
        for j, (name, part) in enumerate(parts):
            rows.append(_group_row(name, part["c"].to_numpy(), part["e"].to_numpy(),
                                   part["x"].to_numpy(), confidence, rate_scale))
            if j % 50 == 0:
                steps.report(j / len(parts))
        undefined = sum(1 for r in rows[1:] if np.isnan(r["rate_ratio"]))
        if undefined:
            notes.warn(f"{undefined} groups have no rate ratio (no incident, or no exposure on "
                       "one side of the condition): NULL")
    city = rows[0]
    notes.say(f"city-wide: {100 * city['share_events']:.1f}% of the incidents on places meeting "
              f"the condition, which hold {100 * city['share_expo']:.1f}% of the exposure: rate "
              f"ratio {city['rate_ratio']:.2f} ({100 * confidence:g}% CI {city['ci_low']:.2f}-"
              f"{city['ci_high']:.2f}), exact p "
              f"{'< 1e-300' if city['p_value'] == 0 else '= ' + format(city['p_value'], '.3g')}")
    steps.report(1.0)
    return EnvironmentResult(pd.DataFrame(rows), notes)
