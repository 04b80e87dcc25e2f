"""Which Python packages the plugin needs, which are missing, and how to install them.

Nothing here runs when QGIS loads the plugin: the checks run when an algorithm is
about to execute (``UsmAlgorithm.canExecute``), so a broken or missing geopandas
never stops QGIS from loading the plugin; the algorithms stay listed and explain
what is missing.

The version of a package is read from the imported module's ``__version__``
first and from the package metadata only when the module has none: metadata can
be stale or wrong (Debian's python3-shapely 2.2.0 installs metadata saying
``0+unknown``).  A version that cannot be read never makes us refuse to run; it
becomes a warning (:func:`version_warnings`) shown in the algorithm's log.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import re
import sys
from functools import lru_cache
from typing import Iterable, List, NamedTuple, Optional, Tuple

# module name -> (distribution name on PyPI, minimum version)
PACKAGES = {
    "numpy": ("numpy", "1.22"),
    "scipy": ("scipy", "1.8"),
    "pandas": ("pandas", "1.4"),
    "shapely": ("shapely", "2.0"),
    "pyproj": ("pyproj", "3.3"),
    "geopandas": ("geopandas", "0.12"),
    "pyogrio": ("pyogrio", "0.6"),
    "rasterio": ("rasterio", "1.3"),
    "sklearn": ("scikit-learn", "1.1"),
}

#: What every algorithm needs.
CORE_MODULES = ("numpy", "scipy", "pandas", "shapely", "pyproj", "geopandas")

_RELEASE = re.compile(r"^\s*v?(\d+)((?:\.\d+)*)")


class MissingPackage(NamedTuple):
    module: str
    distribution: str
    minimum: str
    found: Optional[str]  # installed version when too old, None when absent
    error: Optional[str] = None  # why an installed package could not be imported


class _Status(NamedTuple):
    missing: Optional[MissingPackage]
    warning: Optional[str]


def parse_version(text) -> Optional[Tuple[int, ...]]:
    """The release numbers of a version string, or None when it says nothing usable.

    ``"2.0.6"`` -> (2, 0, 6); ``"1.26.4+ds"`` -> (1, 26, 4); ``"0+unknown"``, ``"0.0.0"``,
    ``""``, ``"unknown"`` or a non-string -> None (no real release is numbered 0).
    """
    if not isinstance(text, str):
        return None
    match = _RELEASE.match(text)
    if match is None:
        return None
    numbers = (int(match.group(1)),) + tuple(int(p) for p in match.group(2).split(".") if p)
    if not any(numbers):
        return None
    return numbers


def _at_least(found: Tuple[int, ...], minimum: Tuple[int, ...]) -> bool:
    width = max(len(found), len(minimum))
    return found + (0,) * (width - len(found)) >= minimum + (0,) * (width - len(minimum))


def _metadata_version(distribution: str) -> Optional[str]:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _installed_version(module: str, distribution: str) -> Tuple[Optional[str], Optional[str]]:
    """(version text, None) or (None, import error). The module's ``__version__`` wins."""
    try:
        imported = sys.modules.get(module) or importlib.import_module(module)
    except Exception as error:  # a broken installation: report it, never crash QGIS
        return None, f"{type(error).__name__}: {error}"
    own = getattr(imported, "__version__", None)
    if parse_version(own) is not None:
        return own, None
    from_metadata = _metadata_version(distribution)
    if parse_version(from_metadata) is not None:
        return from_metadata, None
    return (own if isinstance(own, str) else from_metadata), None


def tr(text: str) -> str:
    """The plugin's translation (usm_plugin/i18n.py); the text itself without Qt (this module
    is imported by QGIS-free tests too)."""
    try:
        from .i18n import tr as translate
    except ImportError:
        return text
    return translate(text)


@lru_cache(maxsize=None)
def _check(module: str) -> _Status:
    distribution, minimum = PACKAGES[module]
    if importlib.util.find_spec(module) is None:
        return _Status(MissingPackage(module, distribution, minimum, None), None)
    found, error = _installed_version(module, distribution)
    if error is not None:
        return _Status(MissingPackage(module, distribution, minimum, None, error), None)
    numbers = parse_version(found)
    if numbers is None:
        shown = tr("no version") if found is None else tr("version {found}").format(
            found=repr(found))
        return _Status(None, tr("{package}: the installed package reports {shown}, which cannot "
                                "be compared with the minimum {minimum}; assuming it is recent "
                                "enough (if an algorithm fails, install {package}>={minimum})"
                                ).format(package=distribution, shown=shown, minimum=minimum))
    if not _at_least(numbers, parse_version(minimum)):
        return _Status(MissingPackage(module, distribution, minimum, found), None)
    return _Status(None, None)


def missing_packages(modules: Iterable[str] = CORE_MODULES) -> List[MissingPackage]:
    """The packages among ``modules`` that are absent, broken or older than required.

    A package whose version cannot be read is not listed (see :func:`version_warnings`).
    """
    return [s.missing for s in (_check(name) for name in modules) if s.missing is not None]


def version_warnings(modules: Iterable[str] = CORE_MODULES) -> List[str]:
    """One warning per package among ``modules`` whose installed version cannot be read."""
    return [s.warning for s in (_check(name) for name in modules) if s.warning is not None]


def explain_missing(missing: List[MissingPackage]) -> str:
    """A message for the user: what is missing and how to install it in QGIS's Python."""
    if not missing:
        return ""
    lines = [tr("The Urban Safety Monitor needs Python packages that this QGIS does not have:")]
    for item in missing:
        if item.error is not None:
            line = tr("installed but cannot be imported ({error})").format(error=item.error)
        elif item.found is None:
            line = tr("not installed")
        else:
            line = tr("version {found} is too old").format(found=item.found)
        lines.append(f"  - {item.distribution} (>= {item.minimum}): {line}")
    names = " ".join(f'"{m.distribution}>={m.minimum}"' for m in missing)
    lines += [
        tr("How to install them into the Python that QGIS uses:"),
        "  " + tr("Windows (OSGeo4W Shell, run as administrator): {command}").format(
            command=f"python -m pip install {names}"),
        f"  macOS (QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {names}",
        "  Debian/Ubuntu: sudo apt install python3-geopandas python3-scipy python3-rasterio "
        f"python3-sklearn  ({tr('or:')} python3 -m pip install --user {names})",
        tr("Then restart QGIS."),
    ]
    return "\n".join(lines)
