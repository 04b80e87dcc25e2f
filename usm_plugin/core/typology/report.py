"""Self-contained HTML summary of a typology: profile heat table, box plots, k-selection chart.

The page is one string with inline SVG and CSS (no script, no internet); the bridge
writes it to the file the user chose.
"""

from __future__ import annotations

import html
from typing import List, Sequence

import numpy as np

__all__ = ["typology_html", "TYPE_COLOURS"]

#: Categorical palette readable up to 10 types (Okabe-Ito 8 + two); the .qml style uses it too.
TYPE_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442",
                "#8c564b", "#999999", "#000000")


def _e(value) -> str:
    return html.escape(str(value))


def _diverging(z: float) -> str:
    """Blue (low) - white - red (high) for a standardised value, saturating at +-1.5."""
    if z != z:
        return "#eeeeee"
    t = max(-1.0, min(1.0, z / 1.5))
    if t >= 0:
        r, g, b = 255, int(255 - 150 * t), int(255 - 170 * t)
    else:
        r, g, b = int(255 + 170 * t), int(255 + 120 * t), 255
    return f"#{r:02x}{g:02x}{b:02x}"


def _line_chart(title: str, ks: Sequence[int], values: Sequence[float], chosen: int,
                better: str) -> str:
    w, h, pad = 240, 150, 32
    lo, hi = float(np.min(values)), float(np.max(values))
    span = hi - lo or 1.0
    xs = [pad + (w - 2 * pad) * (i / max(len(ks) - 1, 1)) for i in range(len(ks))]
    ys = [h - pad - (h - 2 * pad) * ((v - lo) / span) for v in values]
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys))
    parts = [f'<svg width="{w}" height="{h}" role="img" aria-label="{_e(title)}">',
             f'<text x="{w / 2}" y="14" text-anchor="middle" font-size="12">{_e(title)} '
             f'({_e(better)})</text>',
             f'<polyline fill="none" stroke="#0072b2" stroke-width="2" points="{points}"/>']
    for k, x, y, v in zip(ks, xs, ys, values):
        colour = "#d55e00" if k == chosen else "#0072b2"
        radius = 5 if k == chosen else 3
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}">'
                     f'<title>k = {k}: {v:.4g}</title></circle>')
        parts.append(f'<text x="{x:.1f}" y="{h - pad + 14}" text-anchor="middle" '
                     f'font-size="10">{k}</text>')
    parts.append(f'<text x="{w / 2}" y="{h - 4}" text-anchor="middle" font-size="10">k</text>')
    parts.append("</svg>")
    return "".join(parts)


def _box_plot(field: str, values: np.ndarray, labels: np.ndarray, k: int) -> str:
    w, h, pad = 60 + 36 * k, 170, 28
    lo, hi = float(np.min(values)), float(np.max(values))
    span = hi - lo or 1.0

    def y(v):
        return h - pad - (h - 2 * pad) * ((v - lo) / span)

    parts = [f'<svg width="{w}" height="{h}" role="img" aria-label="{_e(field)}">',
             f'<text x="{w / 2}" y="14" text-anchor="middle" font-size="12">{_e(field)}</text>',
             f'<line x1="20" x2="{w - 8}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#bbbbbb" '
             'stroke-dasharray="3,3"/>']
    for t in range(k):
        v = values[labels == t]
        if v.size == 0:
            continue
        q1, med, q3 = np.percentile(v, [25, 50, 75])
        iqr = q3 - q1
        low = v[v >= q1 - 1.5 * iqr].min()
        high = v[v <= q3 + 1.5 * iqr].max()
        x = 36 + 36 * t
        colour = TYPE_COLOURS[t % len(TYPE_COLOURS)]
        parts.append(f'<line x1="{x}" x2="{x}" y1="{y(low):.1f}" y2="{y(high):.1f}" '
                     'stroke="#333333"/>')
        parts.append(f'<rect x="{x - 11}" y="{y(q3):.1f}" width="22" '
                     f'height="{max(y(q1) - y(q3), 1):.1f}" fill="{colour}" fill-opacity="0.75" '
                     f'stroke="#333333"><title>type {t + 1}: median {med:.2f}</title></rect>')
        parts.append(f'<line x1="{x - 11}" x2="{x + 11}" y1="{y(med):.1f}" y2="{y(med):.1f}" '
                     'stroke="#000000" stroke-width="2"/>')
        parts.append(f'<text x="{x}" y="{h - 8}" text-anchor="middle" font-size="10">{t + 1}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _heat_table(result) -> List[str]:
    prof = result.profiles
    fields = result.prepared.fields
    head = "".join(f"<th>{_e(f)}</th>" for f in fields)
    has_pop = "population" in prof.columns
    out = ["<table class='heat'><tr><th>type</th><th>name</th><th>neighbourhoods</th>"
           + ("<th>residents</th>" if has_pop else "") + "<th>pieces</th>" + head + "</tr>"]
    for i, row in prof.iterrows():
        colour = TYPE_COLOURS[i % len(TYPE_COLOURS)]
        cells = "".join(
            f"<td style='background:{_diverging(row[f'z_{f}'])}' title='z = {row[f'z_{f}']:+.2f}'>"
            f"{row[f'mean_{f}']:.4g}<br><small>{row[f'z_{f}']:+.2f} sd</small></td>" for f in fields)
        pieces = "" if row["pieces"] != row["pieces"] else f"{int(row['pieces'])}"
        pop = f"<td>{row['population']:,.0f}</td>" if has_pop else ""
        out.append(f"<tr><td><span class='sw' style='background:{colour}'></span>"
                   f"{int(row['type_id'])}</td><td>{_e(row['type_name'])}</td>"
                   f"<td>{int(row['n_neighbourhoods'])}</td>{pop}<td>{pieces}</td>{cells}</tr>")
    r2 = "".join(f"<td>{prof[f'r2_{f}'].iloc[0]:.2f}</td>" for f in fields)
    span = 5 if has_pop else 4
    out.append(f"<tr><td colspan='{span}'><b>R² (share of variance between types)</b></td>"
               f"{r2}</tr></table>")
    return out


def typology_html(result, title: str = "Neighbourhood typology") -> str:
    """The HTML summary of a :class:`~.classify.TypologyResult` (one self-contained page)."""
    kt = result.k_table
    ks = kt["k"].tolist()
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
             f"<title>{_e(title)}</title><style>",
             "body{font-family:sans-serif;margin:1.5em;color:#222}"
             "table{border-collapse:collapse;margin:.5em 0}"
             "td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:right}"
             "th{background:#f4f4f4}.sw{display:inline-block;width:12px;height:12px;"
             "margin-right:4px;border:1px solid #333}.warn{color:#a33}",
             "</style></head><body>", f"<h1>{_e(title)}</h1>",
             f"<p>Method <b>{_e(result.method)}</b>, <b>{result.k}</b> types, "
             f"{len(result.labels)} neighbourhoods, indicators: "
             f"{_e(', '.join(result.prepared.fields))} ({_e(result.prepared.standardisation)} "
             f"standardisation, missing values imputed with the "
             f"{_e(result.prepared.imputation)}).</p>",
             f"<p>Stability: {_e(result.stability_scheme)}. Naming rules: "
             f"{_e(result.rules_version)}.</p>", "<h2>Type profiles</h2>",
             "<p>Cell: mean of the indicator in the type; below, its standardised median (type "
             "median minus the median of all neighbourhoods, in robust sd = IQR / 1.349); "
             "colour from blue (low) to red (high).</p>"]
    parts += _heat_table(result)
    parts.append("<h2>Why each type has its name</h2><ul>")
    parts += [f"<li><b>{t.type_id} {_e(t.name)}</b>: {_e(t.reason)}</li>" for t in result.names]
    parts.append("</ul><h2>Standardised indicators by type</h2><div>")
    Z = result.prepared.Z
    parts += [_box_plot(f, Z[:, j], result.labels, result.k)
              for j, f in enumerate(result.prepared.fields)]
    parts.append("</div>")
    if len(ks) > 1:
        parts.append("<h2>Choosing the number of types</h2><div>")
        parts.append(_line_chart("Calinski-Harabasz", ks, kt["calinski_harabasz"], result.k,
                                 "higher is better"))
        parts.append(_line_chart("Silhouette", ks, kt["silhouette"], result.k, "higher is better"))
        parts.append(_line_chart("Davies-Bouldin", ks, kt["davies_bouldin"], result.k,
                                 "lower is better"))
        parts.append("</div>")
    parts.append("<table><tr><th>k</th><th>Calinski-Harabasz</th><th>silhouette</th>"
                 "<th>Davies-Bouldin</th><th>within SS</th><th>mean rank</th><th>chosen</th></tr>")
    for _, r in kt.iterrows():
        parts.append(f"<tr><td>{int(r['k'])}</td><td>{r['calinski_harabasz']:.2f}</td>"
                     f"<td>{r['silhouette']:.4f}</td><td>{r['davies_bouldin']:.4f}</td>"
                     f"<td>{r['within_ss']:.1f}</td><td>{r['mean_rank']:.2f}</td>"
                     f"<td>{'yes' if r['chosen'] else ''}</td></tr>")
    parts.append("</table>")
    if result.notes.warnings:
        parts.append("<h2>Warnings</h2><ul>")
        parts += [f"<li class='warn'>{_e(w)}</li>" for w in result.notes.warnings]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
