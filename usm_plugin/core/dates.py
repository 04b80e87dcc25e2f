"""Dates as incident data carries them: datetime columns, or text in mixed formats.

One parser for every algorithm that reads dates (aggregation by period and hour,
emerging hot spots), so a date means the same thing everywhere: the local wall-clock
time as written; missing and unreadable dates are told apart and counted by the
caller, never silently dropped.  Dates outside 1678-2261 (what a nanosecond
timestamp holds, e.g. a placeholder 9999-12-31) are unreadable, not an error.
"""

from __future__ import annotations

import re
from typing import List, NamedTuple, Tuple

import numpy as np
import pandas as pd

from .runtime import InputError

_FIRST = pd.Timestamp("1678-01-01")
_LAST = pd.Timestamp("2261-12-31")
_TZ_SUFFIX = re.compile(
    r"(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$",
    re.IGNORECASE,
)
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


def _is_blank(series: pd.Series) -> np.ndarray:
    """Missing values and blank text."""
    missing = series.isna().to_numpy()
    codes, uniques = pd.factorize(series.astype(object).where(~missing, None),
                                  use_na_sentinel=True)
    blank_unique = np.array([isinstance(v, str) and v.strip() == "" for v in uniques], dtype=bool)
    blank = np.zeros(len(series), dtype=bool)
    if blank_unique.any():
        blank = (codes >= 0) & blank_unique[np.maximum(codes, 0)]
    return missing | blank




def _formats(dayfirst: bool) -> List[str]:
    dm = ("%d", "%m") if dayfirst else ("%m", "%d")
    out = []
    for sep in ("/", "-", "."):
        day_month = f"{dm[0]}{sep}{dm[1]}{sep}%Y"
        out += [day_month + " %H:%M:%S", day_month + " %H:%M", day_month]
    for sep in ("/", "."):
        ymd = f"%Y{sep}%m{sep}%d"
        out += [ymd + " %H:%M:%S", ymd + " %H:%M", ymd]
    out += ["%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d %b %Y %H:%M", "%d %B %Y %H:%M"]
    return out


def parse_dates(values, *, dayfirst: bool = True) -> Tuple[pd.Series, np.ndarray, np.ndarray]:
    """Parse a column of dates given as datetimes or as text in mixed formats.

    Text is tried first as ISO 8601 (``2023-05-17``, ``2023-05-17T21:30``,
    ``20230517``...), then in common formats: day/month/year with ``/``,
    ``-`` or ``.`` (month/day/year when ``dayfirst`` is False), year/month/day
    with ``/`` or ``.``, and ``17 May 2023`` style, each with an optional
    ``HH:MM[:SS]``.  A time-zone suffix (``Z``, ``+02:00``) is ignored: the
    local wall-clock time as written is used, so hour bands mean the hour on
    the street.  Time-zone-aware datetime columns likewise keep their wall
    time.

    Parameters
    ----------
    values : pandas.Series or array_like
        Datetimes, dates, text or missing values.
    dayfirst : bool
        Read ``03/04/2021`` as 3 April (True, the default) or March 4.

    Returns
    -------
    dates : pandas.Series of datetime64[ns]
        NaT where missing or unparsable.
    has_time : numpy.ndarray of bool
        True where the value carried a time of day.  A datetime column whose
        values are all exactly midnight is taken to carry no time of day.
    missing : numpy.ndarray of bool
        True where the input was missing (None, NaN, NaT or blank text), as
        opposed to present but unparsable.

    Raises
    ------
    InputError
        For a numeric column (a number is not a date: the unit is unknown).
    """
    chunk = parse_date_chunk(values, dayfirst=dayfirst)
    has_time = chunk.has_time
    if only_midnight(chunk.time_rows, chunk.time_not_midnight, chunk.time_all_text):
        has_time = np.zeros(len(has_time), dtype=bool)
    return chunk.dates, has_time, chunk.missing


class DateChunk(NamedTuple):
    """:func:`parse_date_chunk`'s answer: the dates of one piece of a column.

    ``has_time`` is True where the value carried a time of day, before the
    rule that a column whose times are all midnight carries none (which needs
    the whole column: :func:`only_midnight` on the three counters summed over
    the pieces).
    """

    dates: pd.Series
    has_time: np.ndarray
    missing: np.ndarray
    time_rows: int  # values with a time of day
    time_not_midnight: int  # of those, how many are not exactly midnight
    time_all_text: bool  # every value with a time of day was text


def only_midnight(time_rows: int, time_not_midnight: int, time_all_text: bool) -> bool:
    """True when a column's times of day are all midnight: it then holds dates only.

    Text states its time explicitly, so a column of text keeps its midnights.
    """
    return bool(time_rows) and not time_not_midnight and not time_all_text


def parse_date_chunk(values, *, dayfirst: bool = True) -> DateChunk:
    """:func:`parse_dates` of one piece of a column (see :class:`DateChunk`).

    Every value is parsed on its own, so the pieces of a column parsed one by
    one give what the whole column gives; only the midnight rule looks at the
    whole column, through the counters returned.
    """
    series = pd.Series(values).reset_index(drop=True)
    n = len(series)
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
        raise InputError(
            f"the date field is numeric (dtype {series.dtype}); expected dates, date-times "
            "or text such as 2023-05-17 or 17/05/2023 21:30"
        )
    if pd.api.types.is_datetime64_any_dtype(series):
        dates = series
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_localize(None)
        # a column in ms or s (pyogrio) may hold years that do not fit nanoseconds
        dates = dates.where((dates >= _FIRST) & (dates <= _LAST)).astype("datetime64[ns]")
        missing = dates.isna().to_numpy()
        has_time = ~missing
    else:
        missing = _is_blank(series)
        dates = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
        has_time = np.zeros(n, dtype=bool)
        objects = series.astype(object)
        is_text = np.array([isinstance(v, str) for v in objects], dtype=bool) & ~missing
        others = ~is_text & ~missing
        if others.any():
            # datetime / date / Timestamp objects (e.g. from QGIS date fields).
            import datetime as _dt

            sub = objects[others]
            stamps = []
            for v in sub:
                try:
                    stamp = pd.Timestamp(v)
                    if stamp.tzinfo is not None:
                        stamp = stamp.tz_localize(None)
                    # years outside 1678-2261 do not fit nanoseconds: unreadable, not a crash
                    stamps.append(stamp if _FIRST <= stamp <= _LAST else pd.NaT)
                except (TypeError, ValueError, OverflowError):
                    stamps.append(pd.NaT)
            dates[others] = pd.Series(stamps, index=sub.index, dtype="datetime64[ns]")
            has_time[others] = np.array(
                [isinstance(v, (_dt.datetime, pd.Timestamp)) for v in sub], dtype=bool)
        if is_text.any():
            text = objects[is_text].str.strip()
            text = text.str.replace(_TZ_SUFFIX, r"\1", regex=True)
            parsed = pd.to_datetime(text, format="ISO8601", errors="coerce")
            todo = parsed.isna()
            for fmt in _formats(dayfirst):
                if not todo.any():
                    break
                again = pd.to_datetime(text[todo], format=fmt, errors="coerce")
                parsed[todo] = again
                todo = parsed.isna()
            # pandas >= 2 may parse far years (1500, 9999) at a coarser unit: those do not
            # fit nanoseconds and are unreadable here, not an OutOfBoundsDatetime crash
            parsed = parsed.where((parsed >= _FIRST) & (parsed <= _LAST))
            dates[is_text] = parsed.astype("datetime64[ns]")
            has_time[is_text] = text.str.contains(_HAS_TIME).to_numpy(dtype=bool)
    valid = dates.notna().to_numpy()
    has_time &= valid
    not_midnight = 0
    all_text = True
    if has_time.any():
        stamps = dates[has_time]
        at_midnight = (stamps.dt.hour == 0) & (stamps.dt.minute == 0) & (stamps.dt.second == 0)
        not_midnight = int((~at_midnight).sum())
        all_text = _all_text(series, has_time)
    return DateChunk(dates.reset_index(drop=True), has_time, missing, int(has_time.sum()),
                     not_midnight, all_text)




def _all_text(series: pd.Series, mask: np.ndarray) -> bool:
    """True when the masked values are all text (text states its time explicitly)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return False
    sub = series.astype(object).to_numpy()[mask]
    return all(isinstance(v, str) for v in sub)
