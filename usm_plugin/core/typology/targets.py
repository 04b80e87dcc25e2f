"""Targets projected by type: from the representative neighbourhoods (or the city) to every member.

The Safer Cities method audits a few representative neighbourhoods of each type in
depth, sets targets for them, and projects "targets adaptable to the other
neighbourhoods of the same category".  :func:`project_targets` does the projection:
the relative change agreed for a type's representatives (sum of their targets over
the sum of their baselines) is applied to every member's own baseline; types without
representative targets take the city-wide change (e.g. -50 % violence by 2030).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

__all__ = ["project_targets", "TargetResult"]


@dataclass
class TargetResult:
    """``table``: per neighbourhood (input order and index) ``baseline``, ``target``,
    ``change_pct``, ``target_source``; ``by_type``: one row per type with the change used."""

    table: pd.DataFrame
    by_type: pd.DataFrame
    notes: Notes = field(default_factory=Notes)


def _numbers(frame, name):
    if name not in frame.columns:
        raise InputError(f"field {name!r} not found; available: {', '.join(map(str, frame.columns))}")
    values = pd.to_numeric(pd.Series(np.asarray(frame[name], dtype=object)), errors="coerce")
    values = np.array(values.to_numpy(dtype=float, na_value=np.nan), dtype=float)
    values[~np.isfinite(values)] = np.nan
    return values


def project_targets(frame, id_field: str, type_field: str, baseline_field: str, *,
                    target_field: Optional[str] = None,
                    representative_field: Optional[str] = None,
                    city_change_pct: Optional[float] = None,
                    progress=None, should_stop=None) -> TargetResult:
    """Per-neighbourhood targets from representatives' targets or a city-wide change.

    Parameters
    ----------
    frame : DataFrame
        One row per neighbourhood (e.g. the typology output).
    id_field, type_field : str
        Neighbourhood id and type (``type_id`` or ``type_name``).
    baseline_field : str
        The indicator's current value (e.g. violent incidents per 100,000).
    target_field : str, optional
        Targets set for some neighbourhoods (normally the representatives after the
        deep-dive audit); empty elsewhere.
    representative_field : str, optional
        0/1 field; when given only the representatives' targets define a type's change.
    city_change_pct : float, optional
        Change in percent for types without representative targets (e.g. -50).

    Returns
    -------
    TargetResult
        ``target = baseline * (1 + change)``; a neighbourhood with its own given target
        keeps it (``target_source = "given"``); a missing baseline gives a missing target
        (counted in the notes), never 0.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    for name in (id_field, type_field):
        if name not in frame.columns:
            raise InputError(f"field {name!r} not found")
    ids = pd.Series(np.asarray(frame[id_field], dtype=object))
    if ids.duplicated().any():
        raise InputError("neighbourhood ids must be unique; duplicated: "
                         + ", ".join(ids[ids.duplicated()].astype(str).unique()[:20]))
    types = pd.Series(np.asarray(frame[type_field], dtype=object)).map(
        lambda v: None if v is None or v != v else str(v))
    if types.isna().any():
        notes.warn(f"{int(types.isna().sum())} neighbourhoods have no type: no target")
    baseline = _numbers(frame, baseline_field)
    given = _numbers(frame, target_field) if target_field else np.full(len(frame), np.nan)
    usable = ~np.isnan(given)
    if representative_field:
        rep = _numbers(frame, representative_field) == 1
        ignored = usable & ~rep
        if ignored.any():
            notes.warn(f"{int(ignored.sum())} targets on non-representative neighbourhoods are "
                       "kept for them but do not set their type's change")
        defining = usable & rep
    else:
        defining = usable
    if city_change_pct is None and not defining.any():
        raise InputError("no target to project: give targets for the representatives or a "
                         "city-wide change")
    rows, change_of, source_of = [], {}, {}
    for t in sorted(types.dropna().unique()):
        member = (types == t).to_numpy()
        use = member & defining & (baseline > 0)
        if use.any():
            change = given[use].sum() / baseline[use].sum() - 1.0
            source = (f"representatives of type {t}: "
                      + ", ".join(map(str, ids[use].tolist()[:10])))
        elif city_change_pct is not None:
            change, source = city_change_pct / 100.0, f"city-wide change {city_change_pct:+g}%"
        else:
            change, source = np.nan, "no target for this type"
            notes.warn(f"type {t}: no representative target and no city-wide change: no target")
        change_of[t], source_of[t] = change, source
        rows.append({"type": t, "n_neighbourhoods": int(member.sum()),
                     "n_defining": int(use.sum()), "change_pct": 100.0 * change,
                     "source": source})
    steps.report(0.5)
    change = types.map(change_of).to_numpy(dtype=float, na_value=np.nan)
    target = baseline * (1.0 + change)
    source = types.map(source_of).to_numpy(dtype=object)
    target[usable] = given[usable]
    source[usable] = "given"
    missing = np.isnan(baseline) & ~usable
    if missing.any():
        notes.warn(f"{int(missing.sum())} neighbourhoods have no baseline value: no target")
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.where(baseline != 0, 100.0 * (target / baseline - 1.0), np.nan)
    table = pd.DataFrame({id_field: ids.to_numpy(), "baseline": baseline, "target": target,
                          "change_pct": pct, "target_source": source}, index=frame.index)
    table["target_source"] = table["target_source"].where(~np.isnan(target), None)
    steps.report(1.0)
    return TargetResult(table, pd.DataFrame(rows), notes)
