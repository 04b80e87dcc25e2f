"""Which Python packages the plugin needs, which are missing, and how to install them.

Checked without importing the packages (``importlib.util.find_spec`` and
``importlib.metadata``), so a broken or missing geopandas never stops QGIS from
loading the plugin: the algorithms stay listed and explain what is missing.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
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


class MissingPackage(NamedTuple):
    module: str
    distribution: str
    minimum: str
    found: Optional[str]  # installed version when too old, None when absent


def _version_tuple(text: str) -> Tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


@lru_cache(maxsize=None)
def _check(module: str) -> Optional[MissingPackage]:
    distribution, minimum = PACKAGES[module]
    if importlib.util.find_spec(module) is None:
        return MissingPackage(module, distribution, minimum, None)
    try:
        found = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        # Installed without metadata (some Linux distributions): trust it.
        return None
    if _version_tuple(found) < _version_tuple(minimum):
        return MissingPackage(module, distribution, minimum, found)
    return None


def missing_packages(modules: Iterable[str] = CORE_MODULES) -> List[MissingPackage]:
    """The packages among ``modules`` that are absent or older than required."""
    return [m for m in (_check(name) for name in modules) if m is not None]


def explain_missing(missing: List[MissingPackage]) -> str:
    """A message for the user: what is missing and how to install it in QGIS's Python."""
    if not missing:
        return ""
    lines = ["The Urban Safety Monitor needs Python packages that this QGIS does not have:"]
    for item in missing:
        if item.found is None:
            lines.append(f"  - {item.distribution} (>= {item.minimum}): not installed")
        else:
            lines.append(f"  - {item.distribution} (>= {item.minimum}): version {item.found} is too old")
    names = " ".join(f'"{m.distribution}>={m.minimum}"' for m in missing)
    lines += [
        "How to install them into the Python that QGIS uses:",
        f"  Windows (OSGeo4W Shell, run as administrator): python -m pip install {names}",
        f"  macOS (QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {names}",
        "  Debian/Ubuntu: sudo apt install python3-geopandas python3-scipy python3-rasterio "
        f"python3-sklearn  (or: python3 -m pip install --user {names})",
        "Then restart QGIS.",
    ]
    return "\n".join(lines)
