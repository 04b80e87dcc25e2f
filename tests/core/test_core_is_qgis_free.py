"""The analytics core runs in a plain Python without QGIS (a batch script's view of it),
and its domain subpackages depend on each other in one direction only."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "usm_plugin" / "core"


def _core_modules():
    """Dotted names of every core module, subpackages included (e.g. 'joins.aggregation')."""
    return sorted(".".join(path.relative_to(CORE).with_suffix("").parts)
                  for path in CORE.rglob("*.py") if path.name != "__init__.py")


def test_every_core_module_imports_with_qgis_unavailable():
    modules = _core_modules()
    assert {"joins.aggregation", "stats.autocorrelation", "joins.areal_interpolation",
            "network.street_network", "geometry.crs", "runtime", "dates"} <= set(modules)
    code = (
        "import sys; sys.modules['qgis'] = None\n"  # any `import qgis` now raises ImportError
        f"sys.path.insert(0, {str(ROOT / 'build' / 'importroot')!r})\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('urban_safety_monitor.usm_plugin.core.' + name)\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr


def _subpackage_edges():
    """(from, to) pairs of core subpackages, from every relative import in the core."""
    edges = set()
    for path in CORE.rglob("*.py"):
        parts = path.relative_to(CORE).parts
        if len(parts) < 2:
            continue  # top-level modules (runtime, dates) are shared by all
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module:
                target = node.module.split(".")[0]
                if (CORE / target).is_dir() and target != parts[0]:
                    edges.add((parts[0], target))
            if isinstance(node, ast.ImportFrom) and node.level >= 3:
                edges.add((parts[0], "<outside the core>"))
    return edges


def test_core_subpackages_have_no_import_cycle():
    edges = _subpackage_edges()
    assert not [e for e in edges if e[1] == "<outside the core>"], edges
    graph = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)

    def reaches(start, goal, seen=()):
        return any(n == goal or (n not in seen and reaches(n, goal, seen + (n,)))
                   for n in graph.get(start, ()))

    cycles = [a for a in graph if reaches(a, a)]
    assert not cycles, f"import cycle through {cycles}: {sorted(edges)}"


def test_the_cycle_check_can_fail():
    """The cycle test reads real imports: the known edge joins -> stats (rates) is seen."""
    assert ("joins", "stats") in _subpackage_edges()
