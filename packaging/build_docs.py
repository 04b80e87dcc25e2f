"""Generate the plugin's HTML documentation from the algorithms themselves.

One page per algorithm of ``algorithm_classes()`` (display name, group, description, every
parameter with its type, default and help, the results, the output fields with their units,
extra output tables, references, the Python packages it needs, an example ``qgis_process``
command) and an index page, plus the changelog, all plain HTML with inline CSS (no
internet, no scripts). The pages are written by instantiating each algorithm in a headless
QGIS, so they cannot drift from the code: a new algorithm registered in the provider gets
its page at the next build.

``make docs`` writes them into ``docs/`` of the source tree (git-ignored), where each
algorithm's Help button finds them when QGIS runs the plugin from the checkout;
``packaging/build_zip.py`` (``make package``) builds them afresh into the zip.

Usage: python packaging/build_docs.py [output folder, default docs/]
"""

from __future__ import annotations

import argparse
import html
import os
import shlex
import sys
from pathlib import Path
from typing import List, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plugin_metadata import METADATA, read_changelog  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "docs"
INDEX = "index.html"
CHANGELOG_PAGE = "changelog.html"

CSS = """
body { font-family: sans-serif; max-width: 60em; margin: 1.5em auto; padding: 0 1em;
       line-height: 1.45; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.6em;
     border-bottom: 1px solid #ccc; } h3 { font-size: 1.05em; }
.id, code { font-family: monospace; background: #f3f3f3; padding: 0 0.2em; }
.lead { font-size: 1.1em; } .muted { color: #666; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; } pre { background: #f3f3f3; padding: 0.6em; overflow-x: auto;
     white-space: pre-wrap; } nav { margin-bottom: 1em; font-size: 0.9em; }
.tag { display: inline-block; background: #eef; border-radius: 3px; padding: 0 0.3em;
       margin: 0.1em; font-size: 0.85em; }
"""

#: Processing's parameter type names -> what a user would call them.
TYPE_LABELS = {
    "source": "vector layer", "vector": "vector layer", "raster": "raster layer",
    "multilayer": "several layers", "field": "field", "enum": "choice", "number": "number",
    "distance": "distance", "boolean": "yes / no", "string": "text", "file": "file",
    "sink": "vector output", "vectorDestination": "vector output",
    "rasterDestination": "raster output", "fileDestination": "file output",
    "folderDestination": "folder output", "crs": "CRS", "extent": "extent", "band": "band",
    "matrix": "table", "expression": "expression", "datetime": "date/time",
}


def page_name(algorithm) -> str:
    """The file name of an algorithm's page (its id without the provider prefix)."""
    return f"{algorithm.name()}.html"


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _page(title: str, body: Sequence[str], *, back: bool = True) -> str:
    nav = (f'<nav><a href="{INDEX}">Urban Safety Monitor documentation</a></nav>'
           if back else "")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>\n{nav}\n"
            + "\n".join(body) + "\n</body></html>\n")


def _flag(parameter, name: str) -> bool:
    from urban_safety_monitor.usm_plugin.qgis_compat import ParameterFlag

    return bool(parameter.flags() & getattr(ParameterFlag, name))


def _default_text(parameter) -> str:
    value = parameter.defaultValue()
    if value is None or value == "":
        return ""
    if parameter.type() == "enum":
        options = parameter.options()
        try:
            indices = [int(v) for v in (value if isinstance(value, list) else [value])]
            return ", ".join(f"{i}: {options[i]}" for i in indices)
        except (TypeError, ValueError, IndexError):
            return str(value)
    if parameter.type() == "boolean":
        return "yes" if value else "no"
    return str(value)


def _parameter_rows(algorithm) -> List[str]:
    rows = []
    for parameter in algorithm.parameterDefinitions():
        kind = TYPE_LABELS.get(parameter.type(), parameter.type())
        extra = []
        if parameter.type() == "enum":
            extra.append("options: " + "; ".join(f"{i}: {o}" for i, o in
                                                 enumerate(parameter.options())))
        if parameter.type() == "field" and parameter.allowMultiple():
            kind = "fields (one or more)"
        if getattr(parameter, "allowMultiple", None) and parameter.type() == "enum" \
                and parameter.allowMultiple():
            kind = "choices (one or more)"
        default = _default_text(parameter)
        status = ("optional" if _flag(parameter, "OPTIONAL")
                  else "required" if not default or parameter.isDestination() else "")
        if _flag(parameter, "ADVANCED"):
            status = ", ".join(filter(None, [status, "advanced"]))
        help_text = parameter.help() or ""
        rows.append(
            f"<tr><td><code>{_e(parameter.name())}</code><br>{_e(parameter.description())}</td>"
            f"<td>{_e(kind)}<br><span class=\"muted\">{_e(status)}</span></td>"
            f"<td>{_e(default)}</td><td>{_e(help_text)}"
            + "".join(f"<br><span class=\"muted\">{_e(x)}</span>" for x in extra)
            + "</td></tr>")
    return rows


def _example_value(parameter) -> str:
    """A value for the example command: defaults where the algorithm has one, file names that
    say what goes there otherwise."""
    kind = parameter.type()
    stem = parameter.name().lower()
    if kind in ("source", "vector"):
        return f"{stem}.gpkg"
    if kind == "raster":
        return f"{stem}.tif"
    if kind == "multilayer":
        return f"{stem}.gpkg"
    if kind in ("sink", "vectorDestination"):
        return f"{stem}.gpkg"
    if kind == "rasterDestination":
        return f"{stem}.tif"
    if kind == "fileDestination":
        extension = parameter.defaultFileExtension() or "txt"
        return f"{stem}.{extension}"
    if kind == "folderDestination":
        return stem
    default = parameter.defaultValue()
    if kind == "field":
        if default not in (None, ""):
            return ";".join(default) if isinstance(default, list) else str(default)
        return "field_a;field_b" if parameter.allowMultiple() else "field_name"
    if kind == "enum":
        if isinstance(default, list):
            return ",".join(str(int(v)) for v in default) if default else "0"
        return str(int(default)) if default not in (None, "") else "0"
    if kind == "boolean":
        return "true" if default else "false"
    if default not in (None, ""):
        return str(default)
    return "1" if kind in ("number", "distance") else "text"


def example_command(algorithm) -> str:
    """``qgis_process run`` with every parameter that needs a value (required, no default)
    and every output created by default; optional ones and those with defaults are left out."""
    parts = [f"qgis_process run usm:{algorithm.name()} --"]
    for parameter in algorithm.parameterDefinitions():
        if parameter.isDestination():
            if _flag(parameter, "OPTIONAL") and not parameter.createByDefault():
                continue
        elif _flag(parameter, "OPTIONAL") or parameter.defaultValue() not in (None, ""):
            continue
        parts.append(shlex.quote(f"{parameter.name()}={_example_value(parameter)}"))
    return " \\\n    ".join(parts)


def _fields_table(rows) -> List[str]:
    out = ["<table><tr><th>Field</th><th>Meaning</th><th>Unit</th></tr>"]
    out.extend(f"<tr><td><code>{_e(n)}</code></td><td>{_e(m)}</td><td>{_e(u)}</td></tr>"
               for n, m, u in rows)
    out.append("</table>")
    return out


def render_algorithm(algorithm, version: str) -> str:
    """The page of one algorithm (initialised: its parameters defined)."""
    body = [f"<h1>{_e(algorithm.displayName())}</h1>",
            f"<p class=\"muted\">Algorithm id <span class=\"id\">usm:{_e(algorithm.name())}</span>"
            f" &middot; group <i>{_e(algorithm.group())}</i> &middot; Urban Safety Monitor "
            f"{_e(version)}</p>",
            f"<p class=\"lead\">{_e(algorithm.shortDescription())}</p>"]
    for paragraph in (algorithm.DESCRIPTION or "").strip().split("\n\n"):
        if paragraph.strip():
            body.append(f"<p>{_e(algorithm.tr(' '.join(paragraph.split())))}</p>")
    body += ["<h2>Parameters</h2>",
             "<table><tr><th>Parameter</th><th>Type</th><th>Default</th><th>Help</th></tr>"]
    body += _parameter_rows(algorithm)
    body.append("</table>")
    outputs = algorithm.outputDefinitions()
    if outputs:
        body += ["<h2>Results</h2>", "<table><tr><th>Result</th><th>What it is</th></tr>"]
        body += [f"<tr><td><code>{_e(o.name())}</code></td><td>{_e(o.description())}</td></tr>"
                 for o in outputs]
        body.append("</table>")
    if algorithm.OUTPUT_FIELDS:
        body += ["<h2>Output fields</h2>"] + _fields_table(algorithm.OUTPUT_FIELDS)
    for title, rows in algorithm.OUTPUT_TABLES:
        body += [f"<h2>{_e(title)}</h2>"] + _fields_table(rows)
    if algorithm.REFERENCES:
        body += ["<h2>References</h2>", "<ul>"]
        body += [f"<li>{_e(reference)}</li>" for reference in algorithm.REFERENCES]
        body.append("</ul>")
    body += ["<h2>Python packages</h2>",
             f"<p>{_e(', '.join(algorithm.required_modules()))}. A missing one is named, with "
             "how to install it, when the algorithm is opened.</p>"]
    body += ["<h2>Example</h2>",
             "<p>From a shell, with the plugin enabled (<code>qgis_process plugins enable "
             "urban_safety_monitor</code>), the parameters that have no default; replace the "
             "file and field names with yours, and add any other parameter as "
             "<code>NAME=value</code> (a choice by its number):</p>",
             f"<pre>{_e(example_command(algorithm))}</pre>"]
    tags = [t for t in algorithm.tags() if t not in ("urban safety monitor", "usm")]
    if tags:
        body.append("<p>" + "".join(f"<span class=\"tag\">{_e(t)}</span>" for t in tags)
                    + "</p>")
    return _page(f"{algorithm.displayName()} - Urban Safety Monitor", body)


def render_index(algorithms, version: str, description: str) -> str:
    body = [f"<h1>Urban Safety Monitor {_e(version)}</h1>", f"<p class=\"lead\">{_e(description)}</p>",
            "<p>Every algorithm is in the Processing toolbox under <i>Urban Safety Monitor</i>, "
            "runs in batch mode, in the graphical modeler and with <code>qgis_process</code>. "
            f"What changed in each version: <a href=\"{CHANGELOG_PAGE}\">changelog</a>.</p>"]
    groups = {}
    for algorithm in algorithms:
        groups.setdefault(algorithm.group(), []).append(algorithm)
    for group, members in groups.items():
        body += [f"<h2>{_e(group)}</h2>",
                 "<table><tr><th>Algorithm</th><th>Id</th><th>What it does</th></tr>"]
        for algorithm in members:
            body.append(f"<tr><td><a href=\"{_e(page_name(algorithm))}\">"
                        f"{_e(algorithm.displayName())}</a></td>"
                        f"<td><code>usm:{_e(algorithm.name())}</code></td>"
                        f"<td>{_e(algorithm.shortDescription())}</td></tr>")
        body.append("</table>")
    return _page(f"Urban Safety Monitor {version}", body, back=False)


def render_changelog(releases) -> str:
    body = ["<h1>Changelog</h1>"]
    for release in releases:
        body.append(f"<h2>{_e(release.version)}"
                    + (f" <span class=\"muted\">{_e(release.date)}</span>" if release.date else "")
                    + "</h2>")
        for group, items in release.groups:
            if group:
                body.append(f"<h3>{_e(group)}</h3>")
            body.append("<ul>" + "".join(f"<li>{_e(item.replace('`', ''))}</li>" for item in items)
                        + "</ul>")
    return _page("Urban Safety Monitor changelog", body)


def _metadata_value(key: str) -> str:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser["general"].get(key, "")


def write_docs(output: Path, algorithms) -> List[Path]:
    """Write the index, the changelog and one page per algorithm into ``output`` (pages of
    algorithms that no longer exist are removed); returns the files written."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    version = _metadata_value("version")
    pages = {INDEX: render_index(algorithms, version, _metadata_value("description")),
             CHANGELOG_PAGE: render_changelog(read_changelog())}
    for algorithm in algorithms:
        pages[page_name(algorithm)] = render_algorithm(algorithm, version)
    for stale in output.glob("*.html"):
        if stale.name not in pages:
            stale.unlink()
    written = []
    for name, text in pages.items():
        path = output / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def initialised_algorithms():
    """An initialised instance of every class of algorithm_classes(), in toolbox order."""
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    algorithms = []
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        algorithm.initAlgorithm({})
        algorithms.append(algorithm)
    return algorithms


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate the plugin's HTML documentation.")
    parser.add_argument("output", nargs="?", default=str(DEFAULT_OUTPUT),
                        help="folder to write into (default: docs/ of the source tree)")
    output = Path(parser.parse_args(argv).output)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from algorithm_table import _start_qgis

    app, _provider = _start_qgis()
    written = write_docs(output, initialised_algorithms())
    app.exitQgis()
    print(f"{len(written)} pages written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
