"""Texts of the atlas PDF's labels: QGIS expressions on the neighbourhood layer's fields.

The print layout template (``resources/layouts/neighbourhood_atlas.qpt``) has labels
whose text holds markers such as ``[usm:figures]``; the bridge replaces each marker
with the text built here.  The texts are QGIS label texts: plain words with
``[% expression %]`` parts that QGIS evaluates on every atlas page for the page's
neighbourhood, so the figures in the PDF are the layer's own values.  City figures,
which are the same on every page, are written as numbers.  A user who edits the
template can move, restyle or drop the labels, or write their own expressions.
"""

from __future__ import annotations

from typing import Dict, Optional

import numpy as np

from .profile_html import format_value
from .profiles import HOTSPOT_LABELS, KEY_INDICATORS, ProfilesResult

__all__ = ["atlas_texts", "atlas_sort_expression", "MARKERS", "quote_field", "quote_text"]

#: The markers the template's labels may hold.
MARKERS = ("title", "subtitle", "figures", "trend", "survey", "quality", "footer")

#: At most this many indicators fit the figures label of the shipped template.
MAX_FIGURES = 16


def quote_field(name: str) -> str:
    """A field name as a QGIS expression identifier: ``"name"`` with inner quotes doubled."""
    return '"' + str(name).replace('"', '""') + '"'


def quote_text(text: str) -> str:
    """A string literal of the QGIS expression language."""
    return "'" + str(text).replace("'", "''") + "'"


def _number(field: str, decimals: int) -> str:
    return f"[% coalesce(format_number({quote_field(field)}, {decimals}), 'no data') %]"


def _decimals(values: np.ndarray) -> int:
    """Decimals that show the figures of a field: none for whole numbers, 3 for shares."""
    valid = values[np.isfinite(values)]
    if valid.size == 0 or np.all(np.mod(valid, 1) == 0):
        return 0
    scale = np.nanmedian(np.abs(valid))
    return 3 if scale < 1 else 2 if scale < 100 else 0


def _hotspot_expression(field: str) -> str:
    quoted = quote_field(field)
    cases = " ".join(f"WHEN to_string({quoted}) = '{k}' THEN {quote_text(v)}"
                     for k, v in HOTSPOT_LABELS.items())
    return (f"[% CASE WHEN {quoted} IS NULL THEN 'no value (isolated or withheld)' {cases} "
            f"ELSE to_string({quoted}) END %]")


def atlas_indicators(result: ProfilesResult) -> list:
    """The indicators an atlas page lists: the key ones first (``KEY_INDICATORS``), then the
    others in their order, at most :data:`MAX_FIGURES`."""
    chosen = result.fields.indicators
    first = [f for f in KEY_INDICATORS if f in chosen]
    return (first + [f for f in chosen if f not in first])[:MAX_FIGURES]


def _figures(result: ProfilesResult) -> str:
    lines = []
    table = result.indicators
    for name in atlas_indicators(result):
        rows = table[table["field"] == name]
        values = rows["value"].to_numpy(dtype=float)
        label = rows["label"].iloc[0] if len(rows) else name
        decimals = _decimals(values)
        median = float(rows["city_median"].iloc[0]) if len(rows) else float("nan")
        text = f"{label}: {_number(name, decimals)}"
        if name in result.fields.intervals:
            low, high = result.fields.intervals[name]
            text += f" [{_number(low, decimals)} - {_number(high, decimals)}]"
        lines.append(text + f"   (city median {format_value(median)})")
    if len(result.fields.indicators) > MAX_FIGURES:
        lines.append(f"... {len(result.fields.indicators) - MAX_FIGURES} more in the HTML profile")
    density = _density(result)
    lines += [density] if density else []
    return "\n".join(["Indicators (this neighbourhood; city median)"] + lines) if lines else ""


def _density(result: ProfilesResult) -> str:
    """The density line: the core's per-neighbourhood densities (which may come from a raster,
    not from a field) as a QGIS map literal looked up by the page's id."""
    table = result.neighbourhoods
    density = table["density"].to_numpy(dtype=float)
    if not np.isfinite(density).any():
        return ""
    median = float(np.median(density[np.isfinite(density)]))
    return (f"Incident density ({table['density_source'].iloc[0]}): "
            f"{_lookup(result, [format_value(v) for v in density])} per km²   "
            f"(city median {format_value(median)})")


def _trend(result: ProfilesResult) -> str:
    if not result.fields.periods:
        return ""
    lines = [f"{label}: {_number(field, 0)}" for label, field in result.fields.periods]
    trends = result.trends.set_index("id").reindex(result.neighbourhoods["id"])
    words = [d if c != c else f"{d} ({c:+.0f}%)"
             for d, c in zip(trends["direction"], trends["change_pct"])]
    return "\n".join(["Incidents by period"] + lines + [f"Direction: {_lookup(result, words)}"])


def _survey(result: ProfilesResult) -> str:
    lines = []
    for question, share, low, high in result.fields.survey:
        text = f"{question}: {_number(share, 3)}"
        if low and high:
            text += f" [{_number(low, 3)} - {_number(high, 3)}]"
        lines.append(text)
    return "\n".join(["Survey (share answering yes, confidence interval)"] + lines) if lines else ""


def _quality(result: ProfilesResult) -> str:
    """One expression: the page's withheld, suppressed and missing values, or a line saying
    there are none."""
    q = result.fields.quality
    parts = []
    if "withheld" in q:
        parts.append(f"CASE WHEN {quote_field(q['withheld'])} = 1 THEN 'Withheld by the public "
                     "release. ' END")
    if "n_suppressed" in q:
        field = quote_field(q["n_suppressed"])
        parts.append(f"CASE WHEN {field} > 0 THEN to_string({field}) || ' value(s) suppressed "
                     "for disclosure control. ' END")
    if "small_sample" in q:
        parts.append(f"CASE WHEN {quote_field(q['small_sample'])} = 1 THEN 'Survey sample "
                     "below the minimum. ' END")
    shown = atlas_indicators(result) + [f for _, f in result.fields.periods]
    if shown:
        missing = ", ".join(f"CASE WHEN {quote_field(f)} IS NULL THEN {quote_text(f + ' ')} END"
                            for f in shown)
        parts.append(f"CASE WHEN length(concat({missing})) > 0 THEN 'No data (NULL, not 0): ' "
                     f"|| concat({missing}) END")
    if not parts:
        return "Data quality: no field to check."
    everything = f"concat({', '.join(parts)})"
    return (f"Data quality: [% CASE WHEN length({everything}) > 0 THEN {everything} ELSE "
            "'no missing or withheld value among the figures shown.' END %]")


def _lookup(result: ProfilesResult, values) -> str:
    """A QGIS expression giving the page's entry of ``values`` (text per neighbourhood, in the
    order of ``result.neighbourhoods``): figures the core computed, not the layer's fields."""
    pairs = ", ".join(f"{quote_text(i)}, {quote_text(v)}"
                      for i, v in zip(result.neighbourhoods["id"], values))
    return (f"[% coalesce(map_get(map({pairs}), to_string("
            f"{quote_field(result.fields.id_field)})), 'no data') %]")


def atlas_sort_expression(result: ProfilesResult) -> str:
    """The atlas's sort expression: the pages in the order of the HTML index (ids as numbers
    when every id is a number, else as text)."""
    field = quote_field(result.fields.id_field)
    try:
        [float(i) for i in result.neighbourhoods["id"]]
    except ValueError:
        return field
    return f"to_real({field})"


def atlas_texts(result: ProfilesResult, *, title: str = "", footer: str = "",
                accounting: Optional[str] = None) -> Dict[str, str]:
    """Marker -> label text for the atlas template (see :data:`MARKERS`).

    Parameters
    ----------
    result : ProfilesResult
        The profiles' figures (the fields chosen and the city figures).
    title, footer : str
        The report's title (shown under each page's title) and a footer line.
    accounting : str, optional
        The city's incident accounting sentence, added to the data-quality label.
    """
    fields = result.fields
    name = (f"[% coalesce({quote_field(fields.name_field)}, '') %] " if fields.name_field else
            "Neighbourhood ")
    subtitle = [title] if title else []
    if fields.type_field:
        subtitle.append(f"Type: [% coalesce(to_string({quote_field(fields.type_field)}), "
                        "'no type') %]")
    if fields.hotspot_field:
        subtitle.append(f"Hot-spot class: {_hotspot_expression(fields.hotspot_field)}")
    for label, name in fields.status[:1]:
        subtitle.append(f"{label}: [% coalesce(to_string({quote_field(name)}), 'no data') %]")
    quality = _quality(result)
    if accounting:
        quality = (quality + "\n" if quality else "") + accounting
    return {
        "title": f"{name}([% {quote_field(fields.id_field)} %])",
        "subtitle": "   |   ".join(subtitle),
        "figures": _figures(result),
        "trend": _trend(result),
        "survey": _survey(result),
        "quality": quality,
        "footer": footer,
    }
