"""Join a table (survey results, programmes, budgets) to neighbourhoods by code.

Codes typed by hand in spreadsheets rarely match the GIS ids exactly:
``' N001'``, ``'n001'``, ``7``, ``'007'`` and ``7.0`` can all mean the same
neighbourhood.  :func:`join_table` matches them by one documented rule (see
:func:`normalise_code`) and reports every code it could not match, every
neighbourhood without a row and every duplicated code with what was done
about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from ..runtime import InputError, Notes, as_steps

__all__ = ["JoinResult", "join_table", "normalise_code", "DUPLICATE_POLICIES"]

DUPLICATE_POLICIES = ("error", "first", "mean", "sum")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")
_MAX_IN_MESSAGE = 10
REPORT_COLUMNS = ["issue", "code", "neighbourhood_id", "rows", "handling"]


@dataclass
class JoinResult:
    """What :func:`join_table` returns.

    Attributes
    ----------
    table : geopandas.GeoDataFrame
        A copy of the neighbourhoods with the joined fields and ``join_rows``
        (number of table rows joined to the neighbourhood; 0 = none, its joined
        fields are NULL).
    report : pandas.DataFrame
        ``issue`` (``unmatched_code``, ``missing_code``,
        ``neighbourhood_without_row``, ``duplicate_code``), ``code`` (as written
        in the table), ``neighbourhood_id``, ``rows`` (table rows concerned)
        and ``handling`` (what was done).
    notes : Notes
    matched_rows : int
        Table rows joined to a neighbourhood.
    """

    table: "object"
    report: pd.DataFrame
    notes: Notes
    matched_rows: int


def normalise_code(value, *, case_sensitive: bool = True, numeric_codes: bool = True):
    """The key a code is matched by, or None for a missing code.

    The rule, applied to table codes and neighbourhood ids alike:

    1. missing values (None, NaN) and codes that are blank after trimming are
       missing;
    2. text is trimmed of leading and trailing whitespace;
    3. with ``numeric_codes`` (default), a code that looks like a decimal number
       (``'7'``, ``'007'``, ``'7.0'``, ``7``, ``7.0``, ``'+7'``) is compared by its
       numeric value: ``'007'``, ``7`` and ``7.0`` all become ``'7'``, and
       ``'7.50'`` becomes ``'7.5'``; other codes (``'N001'``) are compared as
       text, so ``'N001'`` and ``'N1'`` stay different;
    4. without ``case_sensitive``, text is compared case-insensitively
       (Unicode case folding).

    Examples
    --------
    >>> normalise_code(" 007 "), normalise_code(7.0), normalise_code("N001")
    ('7', '7', 'N001')
    """
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return None
        text = repr(float(value))
    elif isinstance(value, (bool, np.bool_)):
        text = str(bool(value))
    elif isinstance(value, (int, np.integer)):
        text = str(int(value))
    else:
        if value is pd.NA or value is pd.NaT:
            return None
        text = str(value)
    text = text.strip()
    if not text:
        return None
    if numeric_codes and _NUMBER.match(text):
        text = _canonical_number(text)
    if not case_sensitive:
        text = text.casefold()
    return text


def _canonical_number(text):
    sign = "-" if text.startswith("-") else ""
    body = text.lstrip("+-")
    whole, _, frac = body.partition(".")
    whole = whole.lstrip("0") or "0"
    frac = frac.rstrip("0")
    if whole == "0" and not frac:
        sign = ""
    return sign + whole + ("." + frac if frac else "")


def join_table(
    neighbourhoods,
    id_field: str,
    table: pd.DataFrame,
    code_field: str,
    *,
    fields: Optional[Sequence[str]] = None,
    duplicate_policy: str = "error",
    case_sensitive: bool = True,
    numeric_codes: bool = True,
    progress=None,
    should_stop=None,
) -> JoinResult:
    """Join table rows to neighbourhoods by code, reporting everything that does not match.

    Parameters
    ----------
    neighbourhoods : geopandas.GeoDataFrame
        Neighbourhood polygons (any geometry; the geometry is only carried).
    id_field : str
        Neighbourhood column with a unique code.
    table : pandas.DataFrame
        The attribute table (no geometry needed).
    code_field : str
        Table column with the neighbourhood code.
    fields : sequence of str, optional
        Table columns to join (default: all except ``code_field``).
    duplicate_policy : {"error", "first", "mean", "sum"}
        What to do when several rows share a code: refuse (default); keep the
        first row; average (``mean``) or add up (``sum``) numeric fields, where
        missing values are skipped and a code whose values are all missing
        stays missing.  With ``mean``/``sum``, text fields get the distinct
        values of the rows joined with ``"; "``.
    case_sensitive : bool
        Compare text codes case-sensitively (default) or not.
    numeric_codes : bool
        Compare number-like codes by value (see :func:`normalise_code`).
    progress, should_stop : callable, optional
        See :mod:`.runtime`.

    Returns
    -------
    JoinResult

    Raises
    ------
    InputError
        Missing columns, an unknown policy, missing or duplicate neighbourhood
        ids (also ids that become equal under the matching rule), or duplicate
        codes with ``duplicate_policy="error"``.
    """
    steps = as_steps(progress, should_stop)
    notes = Notes()
    fields = _check_inputs(neighbourhoods, id_field, table, code_field, fields, duplicate_policy)

    def key(value):
        return normalise_code(value, case_sensitive=case_sensitive, numeric_codes=numeric_codes)

    ids = neighbourhoods[id_field]
    id_keys, seen = _id_keys(ids, id_field, key, case_sensitive, numeric_codes)
    steps.report(0.2)
    report = []
    rows = _matching_rows(table, code_field, fields, key, set(id_keys), report, notes)
    steps.report(0.5)
    counts = rows.groupby("_key", sort=False).size()
    _report_duplicates(rows, counts, code_field, duplicate_policy, seen, report, notes)
    joined = _collapse(rows, fields, duplicate_policy)
    steps.report(0.8)

    out = neighbourhoods.copy()
    used = set(map(str, out.columns))
    key_series = pd.Series(id_keys, index=out.index)
    for name in fields:
        out[_free_name(name, used, notes)] = _aligned(joined[name], key_series)
    n_rows = counts.reindex(key_series.to_numpy()).fillna(0).astype("int64").to_numpy()
    out["join_rows" if "join_rows" not in used else "join_rows_1"] = n_rows
    without = np.flatnonzero(n_rows == 0)
    for pos in without:
        report.append(["neighbourhood_without_row", None, ids.iloc[pos], 0,
                       "joined fields are NULL"])
    if len(without):
        notes.warn(f"{len(without)} neighbourhood(s) have no row in the table; their joined "
                   f"fields are NULL: {_listing([str(ids.iloc[p]) for p in without])}")
    matched = int(counts.sum())
    notes.say(f"{matched} of {len(table)} table row(s) joined to {int((n_rows > 0).sum())} of "
              f"{len(out)} neighbourhood(s)")
    steps.report(1.0)
    return JoinResult(out, pd.DataFrame(report, columns=REPORT_COLUMNS), notes, matched)


# --------------------------------------------------------------------------- steps of
# join_table, in the order it calls them


def _check_inputs(neighbourhoods, id_field, table, code_field, fields, duplicate_policy):
    """Refuse bad options and columns; returns the fields to join."""
    if duplicate_policy not in DUPLICATE_POLICIES:
        raise InputError(f"duplicate_policy must be one of {DUPLICATE_POLICIES}, "
                         f"got {duplicate_policy!r}")
    if id_field not in neighbourhoods.columns:
        raise InputError(f"the neighbourhood layer has no id field {id_field!r}")
    if code_field not in table.columns:
        raise InputError(f"the table has no code field {code_field!r}; fields are "
                         f"{[str(c) for c in table.columns]}")
    if fields is None:
        fields = [c for c in table.columns if c != code_field]
    fields = list(dict.fromkeys(fields))
    missing = [f for f in fields if f not in table.columns]
    if missing:
        raise InputError(f"the table has no field(s) {missing}")
    if code_field in fields:
        fields.remove(code_field)
    return fields


def _id_keys(ids, id_field, key, case_sensitive, numeric_codes):
    """The matching key of every neighbourhood id (refusing missing and clashing ids).

    Returns the keys and, for each key, the id it came from.
    """
    id_keys = [key(v) for v in ids]
    if any(k is None for k in id_keys):
        raise InputError(f"{sum(k is None for k in id_keys)} neighbourhood(s) have no "
                         f"{id_field}; every neighbourhood needs an id")
    seen = {}
    clashes = []
    for raw, k in zip(ids, id_keys):
        if k in seen:
            clashes.append(f"{seen[k]!r} and {raw!r}")
        else:
            seen[k] = raw
    if clashes:
        raise InputError(
            f"neighbourhood ids in {id_field} are not unique under the matching rule "
            f"(trimmed{'' if case_sensitive else ', case-insensitive'}"
            f"{', numbers by value' if numeric_codes else ''}): {', '.join(clashes[:5])}"
        )
    return id_keys, seen


def _matching_rows(table, code_field, fields, key, known, report, notes):
    """The table rows whose code matches a neighbourhood, with their key in ``_key``.

    Rows without a code and codes matching no neighbourhood are reported.
    """
    rows = table[[code_field] + fields].copy()
    rows["_key"] = [key(v) for v in rows[code_field]]
    no_code = rows["_key"].isna()
    if no_code.any():
        report.append(["missing_code", None, None, int(no_code.sum()), "rows not joined"])
        notes.warn(f"{int(no_code.sum())} table row(s) have no {code_field} and are not joined")
    rows = rows[~no_code]
    unmatched = ~rows["_key"].isin(known)
    if unmatched.any():
        groups = rows[unmatched].groupby("_key", sort=False)[code_field]
        for _, codes in groups:
            report.append(["unmatched_code", str(codes.iloc[0]), None, len(codes),
                           "no neighbourhood has this code; rows not joined"])
        names = [repr(str(c.iloc[0])) for _, c in groups]
        notes.warn(f"{len(names)} table code(s) match no neighbourhood ({int(unmatched.sum())} "
                   f"row(s) not joined): {_listing(names)}")
    return rows[~unmatched]


def _report_duplicates(rows, counts, code_field, duplicate_policy, seen, report, notes):
    """Codes in several rows: refused with the "error" policy, otherwise reported."""
    dup_keys = counts[counts > 1]
    if not len(dup_keys):
        return
    shown = [f"{rows.loc[rows._key == k, code_field].iloc[0]!r} ({n} rows)"
             for k, n in dup_keys.items()]
    if duplicate_policy == "error":
        raise InputError(f"{len(dup_keys)} code(s) appear in several table rows: "
                         f"{_listing(shown)}; choose a duplicate policy (first, mean or sum)")
    handling = {"first": "first row kept, others ignored",
                "mean": "numeric fields averaged, text values listed",
                "sum": "numeric fields added up, text values listed"}[duplicate_policy]
    for k, n in dup_keys.items():
        report.append(["duplicate_code", str(rows.loc[rows._key == k, code_field].iloc[0]),
                       seen[k], int(n), handling])
    notes.warn(f"{len(dup_keys)} code(s) appear in several rows ({handling}): "
               f"{_listing(shown)}")


def _free_name(name, used, notes):
    """``name``, or ``name_1``, ``name_2``... when the neighbourhoods already have it."""
    target = name
    if target in used:
        target = f"{name}_1"
        k = 2
        while target in used:
            target = f"{name}_{k}"
            k += 1
        notes.warn(f"the neighbourhoods already have a field {name!r}; the joined values "
                   f"are in {target!r}")
    used.add(target)
    return target


def _collapse(rows, fields, policy):
    """One row per code."""
    grouped = rows.groupby("_key", sort=False)
    if policy in ("error", "first"):
        return grouped[fields].first() if fields else pd.DataFrame(index=grouped.size().index)
    result = {}
    for name in fields:
        column = rows[name]
        if pd.api.types.is_bool_dtype(column.dtype):
            column = column.astype(float)
        if pd.api.types.is_numeric_dtype(column.dtype):
            values = column.astype("float64")
            g = values.groupby(rows["_key"], sort=False)
            result[name] = g.mean() if policy == "mean" else g.sum(min_count=1)
        else:
            result[name] = column.groupby(rows["_key"], sort=False).agg(_distinct_text)
    return pd.DataFrame(result, index=grouped.size().index)


def _distinct_text(values):
    present = [str(v) for v in values if not pd.isna(v)]
    return "; ".join(dict.fromkeys(present)) if present else None


def _aligned(column, key_series):
    """Values for each neighbourhood; integer columns stay integers (nullable)."""
    values = column.reindex(key_series.to_numpy())
    values.index = key_series.index
    if pd.api.types.is_integer_dtype(column.dtype):
        values = values.astype("Int64")
    return values


def _listing(items):
    items = list(items)
    text = ", ".join(items[:_MAX_IN_MESSAGE])
    return text + (f" and {len(items) - _MAX_IN_MESSAGE} more" if len(items) > _MAX_IN_MESSAGE
                   else "")
