"""One row per neighbourhood with the key figures of several analyses, joined by id.

The full diagnosis runs many steps, each writing its own neighbourhood layer. A planner
(and the neighbourhood profiles) wants them side by side: :func:`neighbourhood_summary`
takes a base layer (the neighbourhoods with their incident counts) and, for each step,
its table and the field-name patterns to keep, and joins them by the neighbourhood id.
Fields keep the names the steps gave them; a field name taken by an earlier part is not
overwritten (the first step that made it wins) and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

__all__ = ["SummaryResult", "neighbourhood_summary", "matching_columns"]


@dataclass
class SummaryResult:
    """What :func:`neighbourhood_summary` returns.

    Attributes
    ----------
    table : geopandas.GeoDataFrame
        The base rows (same order, same geometry) with the selected fields of every part.
    sources : dict
        Field name -> name of the part it came from ("base" for the base layer's fields).
    notes : Notes
        Parts without some neighbourhoods, ids a part has that the base lacks, fields
        skipped because an earlier part already gave them.
    """

    table: gpd.GeoDataFrame
    sources: Dict[str, str] = field(default_factory=dict)
    notes: Notes = field(default_factory=Notes)


def matching_columns(columns: Sequence[str], patterns: Sequence[str]) -> List[str]:
    """The columns whose whole name matches one of the regular expressions, in the order of
    ``columns``.

    >>> matching_columns(["n_total", "n_y2021", "GiZ", "name"], [r"n_y\\d{4}", "GiZ"])
    ['n_y2021', 'GiZ']
    """
    compiled = [re.compile(p) for p in patterns]
    return [c for c in columns if any(p.fullmatch(str(c)) for p in compiled)]


def _key(values: pd.Series) -> pd.Series:
    """Ids compared as text (a code read as 1 in one layer and '1' in another still matches)."""
    return values.map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v))
                      else str(v))


def _check_ids(frame: pd.DataFrame, id_field: str, what: str) -> pd.Series:
    if id_field not in frame.columns:
        raise InputError(f"{what} has no field {id_field!r} to join on (its fields: "
                         f"{', '.join(map(str, frame.columns[:20]))})")
    keys = _key(frame[id_field])
    duplicated = keys[keys.duplicated() & keys.notna()].unique()
    if len(duplicated):
        raise InputError(f"{what} has duplicate ids in {id_field!r}, e.g. "
                         f"{', '.join(map(str, duplicated[:5]))}; ids must be unique to join")
    return keys


def neighbourhood_summary(base: gpd.GeoDataFrame, id_field: str,
                          parts: Sequence[Tuple[str, pd.DataFrame, Sequence[str]]], *,
                          base_patterns: Sequence[str] = (r".*",),
                          base_exclude: Sequence[str] = (),
                          progress=None, should_stop=None) -> SummaryResult:
    """Join the selected fields of several per-neighbourhood tables onto a base layer.

    Parameters
    ----------
    base : geopandas.GeoDataFrame
        One row per neighbourhood (the id field unique); its rows, order and geometry
        make the summary.
    id_field : str
        The neighbourhood id field, present in the base and in every part.
    parts : sequence of (name, DataFrame, patterns)
        Each analysis step's table and the regular expressions (whole-name matches) of
        the fields to keep from it. Rows whose id is not in the base are left out
        (reported); base rows missing from a part get missing values (NaN / None), never 0.
    base_patterns, base_exclude : sequence of str
        Fields of the base to keep (the id and the geometry are always kept) and to leave out.

    Returns
    -------
    SummaryResult

    Examples
    --------
    >>> import geopandas as gpd, pandas as pd
    >>> from shapely.geometry import Point
    >>> base = gpd.GeoDataFrame({"id": ["a", "b"], "n_total": [3, 5]},
    ...                         geometry=[Point(0, 0), Point(1, 1)])
    >>> hot = pd.DataFrame({"id": ["b", "a"], "Gi_Bin": [3, 0], "GiZ": [2.9, 0.1]})
    >>> out = neighbourhood_summary(base, "id", [("hotspots", hot, ["Gi_Bin"])]).table
    >>> out[["id", "n_total", "Gi_Bin"]].values.tolist()
    [['a', 3, 0], ['b', 5, 3]]
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    keys = _check_ids(base, id_field, "The base layer")
    geometry = base.geometry.name
    keep = [c for c in matching_columns([c for c in base.columns if c != geometry],
                                        base_patterns) if c not in set(base_exclude)]
    if id_field not in keep:
        keep.insert(0, id_field)
    table = pd.DataFrame({c: base[c].to_numpy() for c in keep}, index=base.index)
    sources = {c: "base" for c in keep}
    for number, (name, frame, patterns) in enumerate(parts):
        steps.report(number / max(len(parts), 1))
        part_keys = _check_ids(frame, id_field, f"The {name} table")
        wanted = [c for c in matching_columns(frame.columns, patterns) if c != id_field]
        taken = [c for c in wanted if c in sources]
        if taken:
            notes.warn(f"{name}: field(s) {', '.join(taken)} already come from "
                       f"{sources[taken[0]]}; the {name} values are left out of the summary")
        wanted = [c for c in wanted if c not in sources]
        extra = set(part_keys.dropna()) - set(keys.dropna())
        if extra:
            notes.warn(f"{name}: {len(extra)} id(s) not among the neighbourhoods were left "
                       f"out, e.g. {', '.join(sorted(extra)[:5])}")
        lookup = pd.Series(np.arange(len(frame)), index=part_keys.to_numpy())
        lookup = lookup[lookup.index.notna()]
        rows = keys.map(lookup)
        missing = int(rows.isna().sum())
        if missing and wanted:
            notes.warn(f"{name}: {missing} neighbourhood(s) have no row; their {name} fields "
                       "are missing (NULL)")
        for column in wanted:
            table[column] = _take(frame[column], rows)
            sources[column] = name
    steps.report(1.0)
    result = gpd.GeoDataFrame(table, geometry=base.geometry.to_numpy(), crs=base.crs)
    return SummaryResult(result, sources, notes)


def _take(values: pd.Series, rows: pd.Series) -> pd.Series:
    """``values`` at the positions ``rows`` (NaN where a row is missing), keeping integer
    columns integer where nothing is missing."""
    present = rows.notna().to_numpy()
    positions = rows.fillna(0).astype(int).to_numpy()
    taken = values.iloc[positions].reset_index(drop=True)
    taken.index = rows.index
    if present.all():
        return taken
    if pd.api.types.is_integer_dtype(taken) or pd.api.types.is_bool_dtype(taken):
        taken = taken.astype("Int64")
    else:
        taken = taken.astype(object) if not pd.api.types.is_float_dtype(taken) else taken
    taken[~present] = None if taken.dtype == object else pd.NA
    if pd.api.types.is_float_dtype(taken):
        taken = taken.astype(float)
    return taken
