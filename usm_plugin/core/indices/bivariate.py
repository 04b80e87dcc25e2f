"""Risk x resilience: bivariate classes of two indices (3 x 3).

The Urban Safety Monitor looks at "the interplay between urban risk and
resilience (social capital) factors": a neighbourhood of high risk and low
resilience needs something else than one of high risk and high resilience.
Each index is cut into low / medium / high (terciles, or the user's breaks) and
the nine combinations get the standard bivariate choropleth colours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes

__all__ = ["BIVARIATE_COLOURS", "BivariateResult", "bivariate_classes", "class_breaks"]

LEVELS = ("low", "medium", "high")
#: Joshua Stevens' 3 x 3 bivariate palette: (risk class, resilience class) -> colour.
BIVARIATE_COLOURS = {
    (1, 1): "#e8e8e8", (2, 1): "#e4acac", (3, 1): "#c85a5a",
    (1, 2): "#b0d5df", (2, 2): "#ad9ea5", (3, 2): "#985356",
    (1, 3): "#64acbe", (2, 3): "#627f8c", (3, 3): "#574249",
}


def class_breaks(values: np.ndarray, breaks: Optional[Sequence[float]] = None):
    """The two breaks (low|medium, medium|high): terciles of the values, or the given ones."""
    finite = values[np.isfinite(values)]
    if breaks is None:
        if finite.size < 3:
            raise InputError("terciles need at least 3 neighbourhoods with a value")
        return tuple(float(v) for v in np.quantile(finite, [1 / 3, 2 / 3]))
    breaks = tuple(float(v) for v in breaks)
    if len(breaks) != 2 or not breaks[0] < breaks[1]:
        raise InputError(f"give two increasing breaks (low|medium, medium|high); got {breaks}")
    return breaks


def _classify(values, breaks) -> np.ndarray:
    out = np.where(values <= breaks[0], 1, np.where(values <= breaks[1], 2, 3)).astype(float)
    out[~np.isfinite(values)] = np.nan
    return out


@dataclass
class BivariateResult:
    """Classes per neighbourhood.

    Attributes
    ----------
    table : pandas.DataFrame
        ``risk_class`` and ``res_class`` (1 low, 2 medium, 3 high), ``biv_code``
        (10 x risk class + resilience class: 11 ... 33), ``biv_class`` (e.g. "high
        risk, low resilience"), ``priority`` (1 for high risk and low resilience).
    risk_breaks, resilience_breaks : tuple of float
    notes : Notes
    """

    table: pd.DataFrame
    risk_breaks: tuple
    resilience_breaks: tuple
    notes: Notes = field(default_factory=Notes)


def bivariate_classes(risk, resilience, *, risk_breaks=None, resilience_breaks=None,
                      ids=None) -> BivariateResult:
    """Cross a risk index with a resilience index in 3 x 3 classes.

    Parameters
    ----------
    risk, resilience : array_like
        Higher = more risk; higher = more resilience.  NaN gives no class.
    risk_breaks, resilience_breaks : (float, float), optional
        Upper limits of "low" and "medium"; terciles when omitted (a value on
        a break goes to the lower class).
    ids : sequence, optional
        Neighbourhood ids for the log.

    References
    ----------
    Stevens, J. (2015). Bivariate choropleth maps: a how-to guide.
    UN-Habitat (2020). Expert Group Meeting on the Urban Safety Monitor, Madrid.
    """
    risk = np.asarray(pd.to_numeric(pd.Series(risk), errors="coerce"), dtype=float)
    resilience = np.asarray(pd.to_numeric(pd.Series(resilience), errors="coerce"), dtype=float)
    for name, values in (("risk", risk), ("resilience", resilience)):
        if not np.isfinite(values).any():
            raise InputError(f"The {name} index has no value in any neighbourhood.")
        if np.ptp(values[np.isfinite(values)]) == 0:
            raise InputError(f"The {name} index has no variation: it cannot be cut into classes.")
    notes = Notes()
    rb = class_breaks(risk, risk_breaks)
    sb = class_breaks(resilience, resilience_breaks)
    r, s = _classify(risk, rb), _classify(resilience, sb)
    ok = np.isfinite(r) & np.isfinite(s)
    code = np.where(ok, 10 * np.nan_to_num(r) + np.nan_to_num(s), np.nan)
    labels = np.array([f"{LEVELS[int(a) - 1]} risk, {LEVELS[int(b) - 1]} resilience" if k else None
                       for a, b, k in zip(np.nan_to_num(r, nan=1), np.nan_to_num(s, nan=1), ok)],
                      dtype=object)
    priority = np.where(ok, ((r == 3) & (s == 1)).astype(float), np.nan)
    table = pd.DataFrame({
        "risk_class": pd.array(r, dtype="Float64").astype("Int64"),
        "res_class": pd.array(s, dtype="Float64").astype("Int64"),
        "biv_code": pd.array(code, dtype="Float64").astype("Int64"),
        "biv_class": labels,
        "priority": pd.array(priority, dtype="Float64").astype("Int64")})
    if (~ok).any():
        notes.warn(f"{int((~ok).sum())} neighbourhood(s) without a risk or resilience value get no "
                   "class.")
    notes.say(f"Risk breaks {rb[0]:.4g} / {rb[1]:.4g}, resilience breaks {sb[0]:.4g} / "
              f"{sb[1]:.4g} ({'terciles' if risk_breaks is None else 'given'}).")
    flagged = np.flatnonzero(priority == 1)
    names = [str(ids[k]) for k in flagged] if ids is not None else [str(k) for k in flagged]
    notes.say(f"High risk, low resilience: {len(flagged)} neighbourhood(s)"
              + (f": {', '.join(names)}" if names else ""))
    return BivariateResult(table, rb, sb, notes)
