"""Pin the Python packages Debian installed, for pip in a --system-site-packages venv.

Usage (with the venv's python): python packaging/debian_pins.py OUTPUT.txt

Writes one ``name==version`` line per Python distribution under
/usr/lib/python3/dist-packages, for ``pip install -c OUTPUT.txt``: pip then only adds
what Debian lacks (the tests' references such as esda or tobler) and never replaces
Debian's numpy, shapely, pyproj, rasterio... by wheels, which carry their own GEOS, PROJ
and GDAL and clash with QGIS's copies in one process.

Some Debian packages install metadata whose version cannot be read (python3-shapely
2.2.0 on Debian sid says ``0+unknown``): pip would then think ``shapely>=2`` is not
installed and fetch an ancient or a binary release. For those, a metadata-only
``*.dist-info`` carrying the Debian package's version is written into the venv's
site-packages (first on sys.path), so pip sees the true version. The module itself is
untouched (the plugin reads ``__version__`` and only warns about an unreadable one).
"""

import importlib.metadata as metadata
import os
import re
import subprocess
import sys
import sysconfig

DIST_PACKAGES = "/usr/lib/python3/dist-packages"


def _readable(version):
    match = re.match(r"^\s*(\d+(?:\.\d+)*)", version or "")
    return bool(match) and any(int(p) for p in match.group(1).split("."))


def _debian_version(dist):
    """Upstream version of the Debian package owning ``dist``'s metadata, or None."""
    path = str(dist._path) if hasattr(dist, "_path") else None
    if not path:
        return None
    owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
    if owner.returncode != 0:
        return None
    package = owner.stdout.split(":", 1)[0].strip()
    full = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                          capture_output=True, text=True).stdout.strip()
    upstream = full.split(":", 1)[-1].rsplit("-", 1)[0]          # no epoch, no revision
    match = re.match(r"^\d+(?:\.\d+)*", upstream)
    return match.group(0) if match else None


def _write_metadata_shim(name, version):
    site = sysconfig.get_paths()["purelib"]
    folder = os.path.join(site, f"{name.replace('-', '_')}-{version}.dist-info")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "METADATA"), "w", encoding="utf-8") as handle:
        handle.write(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    with open(os.path.join(folder, "INSTALLER"), "w", encoding="utf-8") as handle:
        handle.write("debian_pins.py (metadata only; the package is Debian's)\n")


def main(output):
    if sys.prefix == sys.base_prefix:
        sys.exit("debian_pins.py: run it with a virtualenv's python (it writes into the venv)")
    pins = {}
    for dist in metadata.distributions(path=[DIST_PACKAGES]):
        name = dist.metadata["Name"]
        if not name:
            continue
        version = dist.version
        if not _readable(version):
            version = _debian_version(dist)
            if version is None:
                print(f"debian_pins: {name} reports version {dist.version!r}; not pinned")
                continue
            _write_metadata_shim(name, version)
            print(f"debian_pins: {name} reports {dist.version!r}; Debian's version is {version}")
        pins[name.lower()] = f"{name}=={version}"
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("# Written by packaging/debian_pins.py: Debian's Python packages, never replaced\n")
        handle.write("\n".join(pins[key] for key in sorted(pins)) + "\n")
    shown = [pins[k] for k in ("numpy", "pandas", "geopandas", "shapely", "pyproj", "pyogrio",
                                "rasterio", "scipy", "scikit-learn") if k in pins]
    print(f"debian_pins: {len(pins)} Debian packages pinned ({', '.join(shown)})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "debian-pins.txt")
