"""The examples in the core's docstrings run and give what they show.

Every module under usm_plugin/core is imported under the package name the plugin has
(``urban_safety_monitor.usm_plugin.core...``, so relative imports work) and its doctests
run with ``doctest``'s usual rules plus NORMALIZE_WHITESPACE and ELLIPSIS.
"""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "usm_plugin" / "core"
PACKAGE = "urban_safety_monitor.usm_plugin.core"


def _core_modules():
    names = []
    for info in pkgutil.walk_packages([str(CORE)], prefix=PACKAGE + "."):
        names.append(info.name)
    return sorted(names)


FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


def _doctests(module_name):
    module = importlib.import_module(module_name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    return [t for t in finder.find(module, module_name) if t.examples]


MODULES = _core_modules()
WITH_EXAMPLES = [m for m in MODULES if _doctests(m)]


def test_core_modules_are_found_and_some_have_examples():
    assert len(MODULES) >= 15, MODULES
    # guards against the test quietly finding nothing (e.g. a broken import path)
    assert len(WITH_EXAMPLES) >= 4, WITH_EXAMPLES


@pytest.mark.parametrize("module_name", WITH_EXAMPLES,
                         ids=[m[len(PACKAGE) + 1:] for m in WITH_EXAMPLES])
def test_docstring_examples(module_name):
    tests = _doctests(module_name)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    failures = []
    for test in tests:
        result = runner.run(test, out=failures.append)
        assert result.attempted == len(test.examples)
    assert not failures, "".join(failures)
