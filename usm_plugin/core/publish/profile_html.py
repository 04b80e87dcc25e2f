"""HTML pages of the neighbourhood profiles: one self-contained page each and an index.

Each page is one string of HTML with inline CSS and inline SVG drawn here (map,
position bars, trend chart, survey intervals): no script, no web font, no link to
the internet, so the pages open offline and print as they are.  Every text taken
from the data is escaped.  Every figure sits in an element carrying
``data-field`` (the layer's field) and ``data-value`` (the exact number, empty for
no data), so that a page can be checked against the layer it came from.

The module only builds strings; the bridge writes them.
"""

from __future__ import annotations

import html
import math
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..runtime import as_steps
from .profiles import HOTSPOT_LABELS, ProfilesResult

__all__ = ["render_pages", "index_pages", "format_value", "HOTSPOT_COLOURS"]

#: Fill colours of the Gi* bins (as resources/styles/hot_spot_bins.qml) and Local Moran types.
HOTSPOT_COLOURS = {3: "#d7191c", 2: "#f07c4a", 1: "#fdbf6f", 0: "#f2f2f2", -1: "#abd9e9",
                   -2: "#74add1", -3: "#2c7bb6", "High-High": "#d7191c", "Low-Low": "#2c7bb6",
                   "High-Low": "#fdae61", "Low-High": "#abd9e9"}
NO_VALUE_COLOUR = "#cccccc"
DENSITY_COLOURS = ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000")

_CSS = ("body{font-family:sans-serif;margin:1.2em auto;max-width:1100px;color:#222;"
        "padding:0 1em}h1{margin-bottom:.1em}h2{border-bottom:1px solid #ccc;margin-top:1.4em}"
        "table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid #ccc;"
        "padding:3px 6px;font-size:13px}th{background:#f4f4f4;text-align:left}"
        "td.num{text-align:right}.nodata{color:#a33;font-style:italic}.muted{color:#666}"
        ".badge{display:inline-block;padding:2px 8px;border-radius:3px;border:1px solid #888}"
        ".sw{display:inline-block;width:12px;height:12px;border:1px solid #555;"
        "margin-right:4px;vertical-align:middle}.row{display:flex;flex-wrap:wrap;gap:1.5em}"
        "nav a{margin-right:1em}@media print{nav{display:none}}")


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return not math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def format_value(value, unit: str = "") -> str:
    """A figure for reading: thousands separated, 2-3 significant decimals; "no data" for
    a missing value (never 0)."""
    if _missing(value):
        return "no data"
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    if "share" in unit or (abs(number) < 1 and unit in ("", "0-1")):
        return f"{number:.3f}"
    if abs(number) >= 100:
        return f"{number:,.0f}"
    return f"{number:.2f}"


def _data_value(value) -> str:
    return "" if _missing(value) else repr(float(value))


def _cell(field: str, value, unit: str = "", role: str = "value") -> str:
    text = format_value(value, unit) if role != "percentile" or _missing(value) else \
        f"{float(value):.0f}"
    css = "num nodata" if text == "no data" else "num"
    return (f"<td class='{css}' data-role='{_e(role)}' data-field='{_e(field)}' "
            f"data-value='{_data_value(value)}'>{_e(text)}</td>")


# --------------------------------------------------------------------------- geometry to SVG


def _ring_path(coords: np.ndarray) -> str:
    xy = np.round(coords, 1)
    head = f"M{xy[0, 0]:g} {-xy[0, 1]:g}"
    return head + "".join(f"L{x:g} {-y:g}" for x, y in xy[1:]) + "Z"


def svg_paths(geometries: Sequence) -> List[Optional[str]]:
    """SVG path data (x, -y: SVG's y axis points down) of each polygon; None when missing."""
    import shapely

    out: List[Optional[str]] = []
    for geometry in geometries:
        if geometry is None or shapely.is_empty(geometry):
            out.append(None)
            continue
        parts = []
        for polygon in shapely.get_parts(geometry):
            parts.append(_ring_path(shapely.get_coordinates(polygon.exterior)))
            parts.extend(_ring_path(shapely.get_coordinates(r)) for r in polygon.interiors)
        out.append("".join(parts))
    return out


class _MapData:
    """Geometries of every neighbourhood as SVG paths, their colours and a spatial index."""

    def __init__(self, result: ProfilesResult, geometries: Sequence):
        import shapely

        table = result.neighbourhoods
        self.geometries = np.asarray(list(geometries), dtype=object)
        self.paths = svg_paths(self.geometries)
        self.tree = shapely.STRtree(self.geometries)
        self.pages = table["page"].tolist()
        self.ids = table["id"].tolist()
        self.names = table["name"].tolist()
        #: (fills, legend, title) per map theme: hot-spot classes (with a hot-spot field),
        #: then incident density quintiles.
        self.themes = ([_hotspot_fills(table, result.fields.hotspot_field)]
                       if result.fields.hotspot_field else []) + [_density_fills(table)]
        self.fills = self.themes[0][0]

    def view(self, bounds, margin: float = 0.35):
        minx, miny, maxx, maxy = bounds
        size = max(maxx - minx, maxy - miny, 1.0)
        pad = size * margin
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        half = size / 2 + pad
        return cx - half, cy - half, cx + half, cy + half

    def svg(self, focus: Optional[int], bounds, width: int = 440, link: bool = True,
            theme: int = 0) -> str:
        """The map: an outer SVG in pixels (scale bar, text) around an inner SVG whose
        viewBox is the map extent in metres (y flipped), so text keeps its size."""
        import shapely

        minx, miny, maxx, maxy = bounds
        w, h = maxx - minx, maxy - miny
        height = int(round(width * h / w)) if w > 0 else width
        rows = self.tree.query(shapely.box(minx, miny, maxx, maxy))
        fills = self.themes[theme][0]
        parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
                 "role='img' aria-label='map' style='border:1px solid #999'>",
                 f"<rect width='{width}' height='{height}' fill='#eef3f7'/>",
                 f"<svg x='0' y='0' width='{width}' height='{height}' "
                 f"viewBox='{minx:.1f} {-maxy:.1f} {w:.1f} {h:.1f}'>"]
        for row in sorted(int(r) for r in rows):
            if self.paths[row] is None or row == focus:
                continue
            shape = (f"<path d='{self.paths[row]}' fill='{fills[row]}' stroke='#666' "
                     "stroke-width='0.6' vector-effect='non-scaling-stroke' fill-rule='evenodd'>"
                     f"<title>{_e(self._name(row))}</title></path>")
            parts.append(f"<a href='{_e(self.pages[row])}'>{shape}</a>" if link else shape)
        if focus is not None and self.paths[focus] is not None:
            parts.append(f"<path d='{self.paths[focus]}' fill='{fills[focus]}' "
                         "stroke='#000' stroke-width='3' vector-effect='non-scaling-stroke' "
                         f"fill-rule='evenodd'><title>{_e(self._name(focus))}</title></path>")
        parts.append("</svg>")
        parts.append(_scale_bar(w, width, height))
        parts.append("</svg>")
        return "".join(parts)

    def _name(self, row: int) -> str:
        name = self.names[row]
        return f"{self.ids[row]} {name}" if name is not None else str(self.ids[row])

    def legend_html(self, theme: int = 0) -> str:
        _, legend, title = self.themes[theme]
        items = "".join(f"<div><span class='sw' style='background:{c}'></span>{_e(t)}</div>"
                        for t, c in legend)
        return f"<div><b>{_e(title)}</b>{items}</div>"


def _hotspot_fills(table: pd.DataFrame, hotspot_field: str):
    """Fill colour of every neighbourhood by hot-spot class, the legend and its title."""
    fills, seen = [], {}
    for value, label in zip(table["hotspot"], table["hotspot_label"]):
        key = value
        if not _missing(value):
            try:
                key = int(float(value))
            except (TypeError, ValueError):
                key = str(value)
        colour = HOTSPOT_COLOURS.get(key, NO_VALUE_COLOUR) if not _missing(value) \
            else NO_VALUE_COLOUR
        fills.append(colour)
        seen.setdefault(label, colour)
    order = list(HOTSPOT_LABELS.values())
    legend = sorted(seen.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order
                    else len(order))
    return fills, legend, f"Hot-spot class ({hotspot_field})"


def _density_fills(table: pd.DataFrame):
    """Fill colour of every neighbourhood by quintile of the incident density in the city."""
    density = table["density"].to_numpy(dtype=float)
    valid = np.isfinite(density)
    if not valid.any():
        return [NO_VALUE_COLOUR] * len(table), [("no density", NO_VALUE_COLOUR)], \
            "Incidents per km²"
    edges = np.quantile(density[valid], [0.2, 0.4, 0.6, 0.8])
    classes = np.searchsorted(edges, density, side="right")
    fills = [DENSITY_COLOURS[c] if v else NO_VALUE_COLOUR for c, v in zip(classes, valid)]
    bounds = [density[valid].min(), *edges, density[valid].max()]
    legend = [(f"{format_value(bounds[i])} - {format_value(bounds[i + 1])}", DENSITY_COLOURS[i])
              for i in range(5)] + [("no data", NO_VALUE_COLOUR)]
    return fills, legend, "Incidents per km² (city quintiles)"


def _scale_bar(extent_width: float, width: int, height: int) -> str:
    """A scale bar (round length, about a quarter of the map) in the map's pixels."""
    target = extent_width / 4
    length = 10 ** math.floor(math.log10(target)) if target > 0 else 1
    for factor in (5, 2, 1):
        if length * factor <= target:
            length *= factor
            break
    pixels = length / extent_width * width if extent_width > 0 else 0
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    x0, y0 = 10, height - 12
    return (f"<g><rect x='{x0 - 4}' y='{y0 - 18}' width='{pixels + 8:.1f}' height='26' "
            f"fill='#ffffff' fill-opacity='0.75'/><rect x='{x0}' y='{y0}' "
            f"width='{pixels:.1f}' height='4' fill='#000'/><text x='{x0}' y='{y0 - 4}' "
            f"font-size='12' font-family='sans-serif'>{label}</text></g>")


# --------------------------------------------------------------------------- charts


def _position_bar(percentile: float) -> str:
    """A 0-100 bar with the neighbourhood's percentile rank and the city median (50)."""
    if _missing(percentile):
        return "<span class='nodata'>no data</span>"
    x = 4 + 112 * percentile / 100
    return ("<svg width='120' height='14' role='img' aria-label='percentile'>"
            "<rect x='4' y='5' width='112' height='4' fill='#ddd'/>"
            "<line x1='60' x2='60' y1='1' y2='13' stroke='#888'/>"
            f"<circle cx='{x:.1f}' cy='7' r='4' fill='#d55e00'><title>percentile "
            f"{percentile:.0f}</title></circle></svg>")


def _trend_chart(periods: Sequence) -> str:
    labels = [r.period for r in periods]
    own = np.array([r.value for r in periods], dtype=float)
    city = np.array([r.city_mean for r in periods], dtype=float)
    both = np.concatenate([own[np.isfinite(own)], city[np.isfinite(city)]])
    if both.size == 0:
        return "<p class='nodata'>no data for any period</p>"
    w, h, pad = 380, 170, 36
    lo, hi = min(0.0, float(both.min())), float(both.max()) or 1.0
    span = hi - lo or 1.0
    xs = [pad + (w - 2 * pad) * (i / max(len(labels) - 1, 1)) for i in range(len(labels))]

    def y(v):
        return h - pad - (h - 2 * pad) * ((v - lo) / span)

    parts = [f"<svg width='{w}' height='{h}' role='img' aria-label='trend'>",
             f"<line x1='{pad}' x2='{w - pad}' y1='{y(lo):.1f}' y2='{y(lo):.1f}' stroke='#999'/>",
             f"<text x='4' y='{y(hi) + 4:.1f}' font-size='10'>{_e(format_value(hi))}</text>",
             f"<text x='4' y='{y(lo) + 4:.1f}' font-size='10'>{_e(format_value(lo))}</text>"]
    for series, colour, dash, name in ((city, "#777", "5,4", "city mean"),
                                       (own, "#d55e00", "", "this neighbourhood")):
        points = [f"{x:.1f},{y(v):.1f}" for x, v in zip(xs, series) if np.isfinite(v)]
        if len(points) > 1:
            parts.append(f"<polyline fill='none' stroke='{colour}' stroke-width='2' "
                         f"stroke-dasharray='{dash}' points='{' '.join(points)}'/>")
        for x, v, label in zip(xs, series, labels):
            if np.isfinite(v):
                parts.append(f"<circle cx='{x:.1f}' cy='{y(v):.1f}' r='3' fill='{colour}'>"
                             f"<title>{_e(name)} {_e(label)}: {_e(format_value(v))}</title>"
                             "</circle>")
    for x, label in zip(xs, labels):
        parts.append(f"<text x='{x:.1f}' y='{h - pad + 16}' font-size='10' "
                     f"text-anchor='middle'>{_e(label)}</text>")
    parts.append(f"<text x='{w - pad}' y='14' font-size='10' text-anchor='end' fill='#d55e00'>"
                 "this neighbourhood</text><text x='{0}' y='26' font-size='10' "
                 "text-anchor='end' fill='#777'>city mean (dashed)</text></svg>"
                 .format(w - pad))
    return "".join(parts)


def _interval_bar(share, low, high, city) -> str:
    """A 0-1 scale with the share, its interval and the city median."""
    def x(v):
        return 4 + 172 * min(max(float(v), 0.0), 1.0)

    parts = ["<svg width='180' height='16' role='img' aria-label='interval'>",
             "<rect x='4' y='7' width='172' height='2' fill='#ddd'/>"]
    if not _missing(city):
        parts.append(f"<line x1='{x(city):.1f}' x2='{x(city):.1f}' y1='1' y2='15' stroke='#888'>"
                     f"<title>city median {float(city):.3f}</title></line>")
    if not _missing(low) and not _missing(high):
        parts.append(f"<line x1='{x(low):.1f}' x2='{x(high):.1f}' y1='8' y2='8' "
                     "stroke='#0072b2' stroke-width='4'/>")
    if not _missing(share):
        parts.append(f"<circle cx='{x(share):.1f}' cy='8' r='4' fill='#d55e00'/>")
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- sections


def _indicator_section(rows: Sequence, has_type: bool) -> List[str]:
    if not rows:
        return []
    out = ["<h2>Indicators against the city" + (" and its type" if has_type else "") + "</h2>",
           "<table><tr><th>indicator</th><th>field</th><th>value</th><th>interval</th>"
           "<th>city median</th><th>city mean</th>"
           + ("<th>mean of its type</th>" if has_type else "")
           + "<th>percentile in the city</th><th>position</th></tr>"]
    for r in rows:
        interval = ("" if _missing(r.low) else
                    f"{format_value(r.low, r.unit)} - {format_value(r.high, r.unit)}")
        unit = f" <span class='muted'>({_e(r.unit)})</span>" if r.unit else ""
        type_cell = (_cell(r.field, r.type_mean, r.unit, "type_mean") if has_type else "")
        out.append(f"<tr><td>{_e(r.label)}{unit}</td><td><code>{_e(r.field)}</code></td>"
                   f"{_cell(r.field, r.value, r.unit)}<td class='num'>{_e(interval)}</td>"
                   f"{_cell(r.field, r.city_median, r.unit, 'city_median')}"
                   f"{_cell(r.field, r.city_mean, r.unit, 'city_mean')}{type_cell}"
                   f"{_cell(r.field, r.percentile, '', 'percentile')}"
                   f"<td>{_position_bar(r.percentile)}</td></tr>")
    out.append("</table><p class='muted'>City figures over the neighbourhoods with a value "
               "(each counts once); percentile: share of them at or below this value.</p>")
    return out


def _trend_section(periods: Sequence, trend) -> List[str]:
    if not periods:
        return []
    out = ["<h2>Trend over the periods</h2><div class='row'>", _trend_chart(periods),
           "<table><tr><th>period</th><th>field</th><th>incidents</th><th>city mean</th></tr>"]
    for r in periods:
        out.append(f"<tr><td>{_e(r.period)}</td><td><code>{_e(r.field)}</code></td>"
                   f"{_cell(r.field, r.value, 'count')}"
                   f"{_cell(r.field, r.city_mean, '', 'city_mean')}</tr>")
    out.append("</table></div>")
    if trend is not None:
        change = "" if _missing(trend.change_pct) else \
            f", {trend.change_pct:+.1f}% from the first to the last period"
        slope = "" if _missing(trend.slope) else f" (fitted slope {trend.slope:+.2f} per period)"
        out.append(f"<p>Direction: <b>{_e(trend.direction)}</b>{_e(change)}{_e(slope)}. "
                   "<span class='muted'>Descriptive: a change within 5% of the mean level is "
                   "called stable; use Compare periods to test a change.</span></p>")
    return out


def _survey_section(rows: Sequence) -> List[str]:
    if not rows:
        return []
    out = ["<h2>Survey results</h2><table><tr><th>question</th><th>share</th><th>interval "
           "low</th><th>interval high</th><th>city median</th><th></th></tr>"]
    for r in rows:
        out.append(f"<tr><td>{_e(r.question)} <code>{_e(r.field)}</code></td>"
                   f"{_cell(r.field, r.share, 'share')}"
                   f"{_cell(r.field, r.ci_low, 'share', 'ci_low')}"
                   f"{_cell(r.field, r.ci_high, 'share', 'ci_high')}"
                   f"{_cell(r.field, r.city_median, 'share', 'city_median')}"
                   f"<td>{_interval_bar(r.share, r.ci_low, r.ci_high, r.city_median)}</td></tr>")
    out.append("</table><p class='muted'>Dot: share of respondents; bar: its confidence "
               "interval; grey tick: city median.</p>")
    return out


def _quality_section(lines: Sequence[str], accounting: Optional[str]) -> List[str]:
    out = ["<h2>Data quality</h2><ul>"]
    out += [f"<li>{_e(line)}</li>" for line in lines] or ["<li>No missing or withheld value "
                                                          "among the figures shown.</li>"]
    if accounting:
        out.append(f"<li>{_e(accounting)}</li>")
    out.append("</ul>")
    return out


def _head(title: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}"
            f"</title><style>{_CSS}</style></head><body>")


def accounting_line(accounting: Optional[pd.DataFrame]) -> Optional[str]:
    """One sentence on the city's incident accounting table (item, count), or None."""
    if accounting is None or accounting.empty or "item" not in accounting.columns:
        return None
    counts = dict(zip(accounting["item"].astype(str),
                      pd.to_numeric(accounting["count"], errors="coerce")))
    if "read" not in counts:
        return None
    dropped = sum(v for k, v in counts.items() if k.startswith("dropped") and v == v)
    parts = [f"{format_value(counts.get(k))} {k.replace('_', ' ')}"
             for k in ("assigned", "outside", "in_skipped_neighbourhood") if k in counts]
    return (f"City incident accounting: {format_value(counts['read'])} read = "
            + " + ".join(parts) + f" + {format_value(dropped)} dropped (see the accounting "
            "table for the reasons).")


# --------------------------------------------------------------------------- pages


def _page(i: int, result: ProfilesResult, maps: _MapData, groups, title: str,
          accounting: Optional[str], footer: str) -> str:
    row = groups["rows"][i]
    nid = row["id"]
    heading = f"{row['name']} ({nid})" if row["name"] is not None else f"Neighbourhood {nid}"
    n = len(groups["rows"])
    prev_page = groups["rows"][(i - 1) % n]["page"]
    next_page = groups["rows"][(i + 1) % n]["page"]
    fields = result.fields
    parts = [_head(f"{heading} - {title}"),
             f"<nav><a href='index.html'>All neighbourhoods</a><a href='{_e(prev_page)}'>"
             f"&larr; previous</a><a href='{_e(next_page)}'>next &rarr;</a></nav>",
             f"<h1 data-field='{_e(fields.id_field)}' data-value='{_e(nid)}'>{_e(heading)}</h1>",
             f"<p class='muted'>{_e(title)}</p><p>"]
    if fields.type_field:
        parts.append(f"Type: <b data-field='{_e(fields.type_field)}'>"
                     f"{_e(row['type'] if row['type'] is not None else 'no type')}</b>. ")
    if fields.hotspot_field:
        colour = maps.fills[i]
        parts.append(f"Hot-spot class: <span class='badge' style='background:{colour}' "
                     f"data-field='{_e(fields.hotspot_field)}' "
                     f"data-value='{_e('' if _missing(row['hotspot']) else row['hotspot'])}'>"
                     f"{_e(row['hotspot_label'])}</span>")
    for label, name in fields.status:
        value = row.get(f"status:{name}")
        parts.append(f"<br>{_e(label)}: <b data-field='{_e(name)}' "
                     f"data-value='{_e('' if value is None else value)}'>"
                     f"{_e('no data' if value is None else value)}</b>")
    parts.append("</p><h2>Map</h2><div class='row'>")
    if maps.paths[i] is None:
        parts.append("<p class='nodata'>No geometry: no map.</p>")
    else:
        view = maps.view(maps.geometries[i].bounds)
        width = 440 if len(maps.themes) == 1 else 340
        for theme in range(len(maps.themes)):
            parts.append("<div>" + maps.svg(i, view, width, theme=theme)
                         + maps.legend_html(theme) + "</div>")
    parts.append("<div>" + _density_text(row, groups["city_density"]) + "</div></div>")
    parts += _indicator_section(groups["indicators"].get(nid, []), bool(fields.type_field))
    trend = groups["trends"].get(nid)
    parts += _trend_section(groups["periods"].get(nid, []), trend)
    parts += _survey_section(groups["survey"].get(nid, []))
    parts += _quality_section(result.quality.get(nid, []), accounting)
    parts.append(f"<hr><p class='muted'>{_e(footer)}</p></body></html>")
    return "".join(parts)


def _density_text(row, city: float) -> str:
    return (f"<p>Incident density ({_e(row['density_source'])}): "
            f"<b data-role='density' data-value='{_data_value(row['density'])}'>"
            f"{_e(format_value(row['density']))}</b> per km²<br>city median "
            f"{_e(format_value(city))} per km²<br>area "
            f"<span data-role='area_km2' data-value='{_data_value(row['area_km2'])}'>"
            f"{_e(format_value(row['area_km2']))}</span> km²</p>")


def _groups(result: ProfilesResult) -> Dict[str, object]:
    """The result's tables as plain rows per neighbourhood id (pandas row access per page
    would cost more than drawing the pages)."""
    def split(frame):
        out: Dict[str, list] = {}
        for row in frame.itertuples(index=False):
            out.setdefault(row.id, []).append(row)
        return out

    density = result.neighbourhoods["density"].to_numpy(dtype=float)
    valid = density[np.isfinite(density)]
    rows = result.neighbourhoods.astype(object).where(result.neighbourhoods.notna(), None)
    return {"indicators": split(result.indicators), "periods": split(result.periods),
            "survey": split(result.survey),
            "trends": {r.id: r for r in result.trends.itertuples(index=False)},
            "rows": rows.to_dict("records"),
            "city_density": float(np.median(valid)) if valid.size else float("nan")}


def render_pages(result: ProfilesResult, geometries: Sequence, *, title: str = "Neighbourhood "
                 "profile", accounting: Optional[pd.DataFrame] = None, footer: str = "",
                 progress=None, should_stop=None) -> Iterator[Tuple[str, str]]:
    """(file name, HTML) of every neighbourhood's page, in id order.

    Parameters
    ----------
    result : ProfilesResult
        From :func:`.profiles.neighbourhood_profiles`.
    geometries : sequence of shapely geometries
        The neighbourhoods in the order of the frame given to ``neighbourhood_profiles``
        (``result.neighbourhoods["row"]`` points into it), in a projected CRS.
    title, footer : str
        The report's title and a footer line (e.g. the plugin version and the source layer).
    accounting : DataFrame, optional
        The incident accounting table (``item``, ``count``) to quote on every page.

    Yields
    ------
    (str, str)
        Page file name and its HTML.  Cancellation is checked between pages.
    """
    steps = as_steps(progress, should_stop)
    maps = _map_data(result, geometries)
    groups = _groups(result)
    line = accounting_line(accounting)
    total = len(result.neighbourhoods)
    for i in range(total):
        steps.report(i / max(total, 1))
        yield result.neighbourhoods["page"].iloc[i], _page(i, result, maps, groups, title, line,
                                                           footer)
    steps.report(1.0)


def _map_data(result: ProfilesResult, geometries: Sequence) -> _MapData:
    """The map geometries in id order (the order of ``result.neighbourhoods``)."""
    ordered = np.asarray(list(geometries), dtype=object)[result.neighbourhoods["row"].to_numpy()]
    return _MapData(result, ordered)


#: Columns of the index table: (key, header).
_INDEX_BASE = (("id", "id"), ("name", "name"), ("type", "type"), ("hotspot_label", "hot-spot class"),
               ("density", "incidents per km²"))


def _index_columns(result: ProfilesResult) -> List[Tuple[str, str]]:
    columns = [c for c in _INDEX_BASE if c[0] != "type" or result.fields.type_field]
    if not result.fields.hotspot_field:
        columns = [c for c in columns if c[0] != "hotspot_label"]
    wanted = [f for f in ("population", "n_total", "eb_rate_total", "rate_total", "index")
              if f in result.fields.indicators][:4] or result.fields.indicators[:3]
    return columns + [(f"field:{f}", f) for f in wanted]


def index_pages(result: ProfilesResult, geometries: Sequence, *, title: str = "Neighbourhood "
                "profiles", accounting: Optional[pd.DataFrame] = None, warnings: Sequence[str] = (),
                footer: str = "") -> List[Tuple[str, str]]:
    """(file name, HTML) of the index (``index.html``: an overview map linking every page and
    the table of all neighbourhoods) and of the same table sorted by each column
    (``index_by_<column>.html``): sortable without a script."""
    maps = _map_data(result, geometries)
    table = result.neighbourhoods.copy()
    for f in result.fields.indicators:
        values = result.indicators.loc[result.indicators["field"] == f, ["id", "value"]]
        table[f"field:{f}"] = table["id"].map(dict(zip(values["id"], values["value"])))
    columns = _index_columns(result)
    pages = []
    for number, (key, header) in enumerate([("id", "id")] + columns):
        name = "index.html" if number == 0 else f"index_by_{number}.html"
        ordered = table if key == "id" else _sorted(table, key)
        parts = [_head(title), f"<h1>{_e(title)}</h1>",
                 f"<p>{len(table)} neighbourhoods. Click a neighbourhood on the map or in the "
                 "table to open its profile; click a column header to sort by it.</p>"]
        if number == 0:
            present = [g for g in maps.geometries if g is not None and not g.is_empty]
            bounds = _union_bounds(present)
            parts.append("<div class='row'>" + maps.svg(None, maps.view(bounds, 0.02), 640)
                         + maps.legend_html() + "</div>")
        parts.append(_index_table(ordered, columns, result))
        line = accounting_line(accounting)
        if line or warnings:
            parts.append("<h2>Data quality</h2><ul>" + (f"<li>{_e(line)}</li>" if line else "")
                         + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>")
        parts.append(f"<hr><p class='muted'>{_e(footer)}</p></body></html>")
        if number == 0 or key != "id":
            pages.append((name, "".join(parts)))
    return pages


def _union_bounds(geometries) -> Tuple[float, float, float, float]:
    boxes = np.array([g.bounds for g in geometries])
    return boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()


def _sorted(table: pd.DataFrame, key: str) -> pd.DataFrame:
    column = table[key]
    numeric = pd.to_numeric(column, errors="coerce")
    if numeric.notna().sum() >= column.notna().sum() and column.notna().any():
        return table.assign(_k=numeric).sort_values("_k", kind="stable", na_position="last")
    return table.assign(_k=column.astype(str)).sort_values("_k", kind="stable")


def _index_table(table: pd.DataFrame, columns, result: ProfilesResult) -> str:
    head = "".join(
        f"<th><a href='{'index.html' if k == 'id' else f'index_by_{n + 1}.html'}'>{_e(h)}</a></th>"
        for n, (k, h) in enumerate(columns))
    rows = []
    for _, r in table.iterrows():
        cells = []
        for key, _header in columns:
            value = r[key]
            if key == "id":
                cells.append(f"<td><a href='{_e(r['page'])}'>{_e(value)}</a></td>")
            elif key.startswith("field:") or key == "density":
                cells.append(_cell(key.split(":", 1)[-1], value))
            else:
                cells.append(f"<td>{_e('' if value is None else value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table><tr>" + head + "</tr>" + "".join(rows) + "</table>"
