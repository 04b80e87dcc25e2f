"""The metadata.txt that ships in the plugin zip, made from the repository's metadata.txt,
CHANGELOG.md and the release's contact fields.

Policy (see CONTRIBUTING.md, "Releasing"):

- The repository's metadata.txt leaves ``email``, ``homepage``, ``tracker`` and ``repository``
  empty, with a comment saying they are set when a release is packaged: the project has no
  public address yet, and a made-up one would be shown to users as a link in QGIS's plugin
  manager.
- A build takes them from the environment (``USM_EMAIL``, ``USM_HOMEPAGE``, ``USM_TRACKER``,
  ``USM_REPOSITORY``) or else from ``packaging/release.cfg`` (section ``[release]``). A
  development build with none set ships them empty: QGIS then shows no link at all, which is
  true, rather than a link that goes nowhere. (The homepage cannot point at the documentation
  shipped inside the plugin: QGIS shows it as a plain link and the folder the plugin is
  installed into is not known when the zip is built; each algorithm's Help button opens its
  shipped page instead.)
- A release build (``build_zip.py --release``, ``make release``) refuses to build when email,
  tracker or repository is unset, is not an e-mail address / an http(s) URL, or uses a
  placeholder domain (example.org, *.invalid, localhost...); the homepage defaults to the
  repository. ``--check-urls`` (used by ``make release``) also requires the homepage, tracker
  and repository to answer over HTTP, as plugins.qgis.org does when a plugin is uploaded.
- ``changelog=`` is written from CHANGELOG.md (QGIS shows it in the plugin manager); its first
  version must be the version of metadata.txt.

Plain Python: no QGIS needed.
"""

from __future__ import annotations

import configparser
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
METADATA = ROOT / "metadata.txt"
CHANGELOG = ROOT / "CHANGELOG.md"
RELEASE_CFG = ROOT / "packaging" / "release.cfg"

#: Contact fields set per release: metadata key -> environment variable.
CONTACT_FIELDS = {"email": "USM_EMAIL", "homepage": "USM_HOMEPAGE", "tracker": "USM_TRACKER",
                  "repository": "USM_REPOSITORY"}
#: Fields a release must have (plugins.qgis.org refuses a plugin without them).
RELEASE_REQUIRED = ("email", "tracker", "repository")
#: Fields QGIS's plugin manager and plugins.qgis.org read, which every build must carry.
REQUIRED_FIELDS = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                   "changelog", "tags", "category", "icon", "experimental", "deprecated",
                   "hasProcessingProvider")
#: Order of the keys in the shipped file (others follow in their source order).
KEY_ORDER = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about",
             "version", "author", "email", "homepage", "tracker", "repository", "changelog",
             "tags", "category", "icon", "experimental", "deprecated", "hasProcessingProvider",
             "supportsQt6", "server")

# Domains and words that mark an address as a placeholder, not a real one (RFC 2606 / 6761
# reserved names and the usual fill-ins).
_PLACEHOLDER_HOST = re.compile(
    r"(^|\.)(example|invalid|test|localhost|local)$|(^|\.)example\.(com|org|net|edu)$"
    r"|^(127\.|0\.0\.0\.0|10\.|192\.168\.)", re.IGNORECASE)
_PLACEHOLDER_WORD = re.compile(r"to[-_ ]?be[-_ ]?set|\btodo\b|changeme|your[-_ ]?(name|org|"
                               r"email|project)|xxx|placeholder|@USM_", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
_URL = re.compile(r"^https?://([A-Za-z0-9.-]+)(:\d+)?(/\S*)?$")


class ReleaseError(ValueError):
    """The release's metadata is incomplete or holds placeholders."""


# ---- changelog ---------------------------------------------------------------------------

@dataclass
class Release:
    """One version of CHANGELOG.md: its heading's version and date, and its bullets by group."""

    version: str
    date: str
    groups: List[Tuple[str, List[str]]] = field(default_factory=list)


_VERSION_HEADING = re.compile(r"^##\s+(\d+\.\d+\.\d+)\s*(?:[-\u2013\u2014]\s*(\S.*))?$")


def read_changelog(path: Path = CHANGELOG) -> List[Release]:
    """The versions of a CHANGELOG.md, newest first, as written.

    Format: ``## 0.2.0 - 2026-12-02`` per version, ``### Group`` headings, ``- item`` bullets
    (continuation lines indented). Text before the first version is an introduction.
    """
    releases: List[Release] = []
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        heading = _VERSION_HEADING.match(line)
        if heading:
            releases.append(Release(heading.group(1), (heading.group(2) or "").strip()))
        elif line.startswith("## "):
            raise ValueError(f"{path}:{number}: a version heading must read '## X.Y.Z - date', "
                             f"got {line!r}")
        elif not releases:
            continue
        elif line.startswith("### "):
            releases[-1].groups.append((line[4:].strip(), []))
        elif line.lstrip().startswith("- "):
            if not releases[-1].groups:
                releases[-1].groups.append(("", []))
            releases[-1].groups[-1][1].append(line.lstrip()[2:].strip())
        elif line.strip() and releases[-1].groups and releases[-1].groups[-1][1]:
            items = releases[-1].groups[-1][1]
            items[-1] = f"{items[-1]} {line.strip()}"
    if not releases:
        raise ValueError(f"{path}: no version heading ('## X.Y.Z - date')")
    return releases


def changelog_text(releases: Sequence[Release]) -> str:
    """The changelog as QGIS's plugin manager shows it (each line break becomes a line):
    the version and date, then each capability followed by its changes as "- " lines."""
    lines = []
    for release in releases:
        lines.append(f"{release.version}" + (f" ({release.date})" if release.date else ""))
        for group, items in release.groups:
            if group:
                lines.append(f"{group}:")
            for item in items:
                text = re.sub(r"`([^`]*)`", r"\1", item)      # markdown code marks
                text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)       # bold
                text = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", text)  # italics, not Gi*
                lines.append(f"- {text}")
    return "\n".join(lines)


# ---- contact fields ----------------------------------------------------------------------

def contact_fields(environ: Optional[Mapping[str, str]] = None,
                   config: Optional[Path] = None) -> Dict[str, str]:
    """email/homepage/tracker/repository from the environment (``USM_*``), else from
    ``packaging/release.cfg``'s ``[release]`` section, else empty."""
    environ = os.environ if environ is None else environ
    config = RELEASE_CFG if config is None else Path(config)
    from_file: Dict[str, str] = {}
    if config.exists():
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(config, encoding="utf-8")
        if parser.has_section("release"):
            from_file = {k: v.strip() for k, v in parser["release"].items()}
    fields = {}
    for key, variable in CONTACT_FIELDS.items():
        value = (environ.get(variable) or "").strip() or from_file.get(key, "")
        fields[key] = value
    return fields


def placeholder_problem(key: str, value: str) -> Optional[str]:
    """Why ``value`` of ``key`` is not a real contact field (None when it looks real)."""
    if not value:
        return None
    if _PLACEHOLDER_WORD.search(value):
        return f"{key}={value!r} is a placeholder"
    if key == "email":
        match = _EMAIL.match(value)
        if not match:
            return f"email={value!r} is not an e-mail address"
        host = match.group(1)
    else:
        match = _URL.match(value)
        if not match:
            return f"{key}={value!r} is not an http(s) URL"
        host = match.group(1)
    if _PLACEHOLDER_HOST.search(host.rstrip(".")):
        return f"{key}={value!r} uses the placeholder domain {host!r}"
    return None


def contact_problems(fields: Mapping[str, str], *, release: bool) -> List[str]:
    """Every problem with the contact fields: placeholders always; unset fields for a release."""
    problems = []
    for key, variable in CONTACT_FIELDS.items():
        value = fields.get(key, "")
        problem = placeholder_problem(key, value)
        if problem:
            problems.append(problem)
        elif release and not value and key in RELEASE_REQUIRED:
            problems.append(f"{key} is not set: set {variable} or '{key} =' in "
                            f"packaging/release.cfg's [release] section")
    return problems


def _http_status(url: str) -> int:
    """HTTP status of a HEAD request to ``url`` (GET when HEAD is refused)."""
    import urllib.error
    import urllib.request

    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method,
                                         headers={"User-Agent": "usm-release-check"})
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return response.status
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return error.code
    return 0


def unreachable_urls(fields: Mapping[str, str], fetch=None) -> List[str]:
    """The homepage, tracker and repository that do not answer (plugins.qgis.org refuses a
    plugin whose links fail the same way); ``fetch(url) -> HTTP status`` for tests."""
    fetch = fetch or _http_status
    problems = []
    for key in ("homepage", "tracker", "repository"):
        url = fields.get(key, "")
        if not url:
            continue
        try:
            status = fetch(url)
        except OSError as error:
            problems.append(f"{key}={url!r} cannot be reached ({error})")
            continue
        if not 200 <= status < 400:
            problems.append(f"{key}={url!r} answers HTTP {status}")
    return problems


# ---- the shipped metadata.txt ------------------------------------------------------------

def _parse(text: str) -> configparser.ConfigParser:
    """metadata.txt read as QGIS reads it (configparser, section [general])."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str   # keys keep their case in the output (QGIS matches any case)
    parser.read_string(text)
    if not parser.has_section("general"):
        raise ValueError("metadata.txt has no [general] section")
    return parser


def _format(key: str, value: str) -> str:
    lines = value.split("\n")
    return "\n".join([f"{key}={lines[0]}"] + [f"    {line}" for line in lines[1:]])


def render_metadata(source_text: str, fields: Mapping[str, str], releases: Sequence[Release],
                    *, release: bool = False, check_urls: bool = False, fetch=None) -> str:
    """The metadata.txt to ship: ``source_text`` with the contact fields and the changelog set.

    Raises ReleaseError listing every problem: placeholders (always), unset contact fields
    (``release``), links that do not answer (``check_urls``), a changelog whose first
    version is not the metadata's version, a required field missing.
    """
    general = dict(_parse(source_text)["general"])
    fields = dict(fields)
    if release and not fields.get("homepage"):
        fields["homepage"] = fields.get("repository", "")
    problems = contact_problems(fields, release=release)
    if check_urls and not problems:
        problems += unreachable_urls(fields, fetch)
    # QGIS reads metadata.txt with configparser's default interpolation: a literal % is %%.
    for key in CONTACT_FIELDS:
        general[key] = fields.get(key, "").replace("%", "%%")
    version = general.get("version", "").strip()
    if not releases or releases[0].version != version:
        problems.append(f"CHANGELOG.md's first version ({releases[0].version if releases else 'none'})"
                        f" is not metadata.txt's version {version!r}")
    general["changelog"] = changelog_text(releases).replace("%", "%%")
    for key in REQUIRED_FIELDS:
        if not general.get(key, "").strip():
            problems.append(f"metadata.txt: {key} is missing or empty")
    if problems:
        raise ReleaseError("; ".join(problems))
    keys = [k for k in KEY_ORDER if k in general] + [k for k in general if k not in KEY_ORDER]
    header = ("# Written by packaging/build_zip.py from the repository's metadata.txt and "
              "CHANGELOG.md.\n")
    text = header + "[general]\n" + "\n".join(_format(k, general[k]) for k in keys) + "\n"
    _check_as_qgis_reads_it(text)
    return text


def _check_as_qgis_reads_it(text: str) -> None:
    """Every value readable by QGIS's parser (configparser with interpolation: a lone % in
    metadata.txt makes QGIS show that field empty)."""
    parser = configparser.ConfigParser()
    parser.read_string(text)
    problems = []
    for key in parser["general"]:
        try:
            parser.get("general", key)
        except configparser.Error as error:
            problems.append(f"metadata.txt: {key} cannot be read by QGIS ({error.__class__.__name__}"
                            f"; write a literal % as %%)")
    if problems:
        raise ReleaseError("; ".join(problems))


def build_metadata(*, release: bool = False, check_urls: bool = False,
                   environ: Optional[Mapping[str, str]] = None,
                   config: Optional[Path] = None) -> str:
    """The shipped metadata.txt from the repository's files (see the module docstring)."""
    return render_metadata(METADATA.read_text(encoding="utf-8"),
                           contact_fields(environ, config), read_changelog(CHANGELOG),
                           release=release, check_urls=check_urls)
