"""README.md's algorithm table is the one packaging/algorithm_table.py writes from the registry."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("usm_algorithm_table",
                                               ROOT / "packaging" / "algorithm_table.py")
table = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(table)


def test_readme_table_is_current(qgis_app):
    algorithms = table.registered_algorithms()
    readme = table.README.read_text(encoding="utf-8")
    expected = table.replace_block(readme, table.render_table(algorithms))
    assert readme == expected, (
        "README.md's algorithm table is stale: run "
        "`QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/algorithm_table.py`")


def test_table_has_one_row_per_registered_algorithm(qgis_app):
    algorithms = table.registered_algorithms()
    rendered = table.render_table(algorithms)
    assert len(rendered.strip().splitlines()) == 2 + len(algorithms)
    for alg in algorithms:
        assert f"(`{alg.id()}`)" in rendered


def test_markers_are_required():
    with pytest.raises(ValueError, match="exactly once"):
        table.replace_block("no markers here", "| table |\n")
    start, end = table.MARKER, table.END_MARKER
    text = f"intro\n{start}\nold\n{end}\noutro\n"
    assert table.replace_block(text, "new\n") == f"intro\n{start}\nnew\n{end}\noutro\n"
    # a table without its end marker ends at the first blank line
    text = f"intro\n{start}\n| old |\n| rows |\n\noutro\n"
    assert table.replace_block(text, "new\n") == f"intro\n{start}\nnew\n{end}\n\noutro\n"
