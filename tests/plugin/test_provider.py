"""The provider in a real headless QGIS: registration and the house compliance rules."""

import re



def _usm_algorithms():
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("usm")
    assert provider is not None, "provider usm is not registered"
    return provider.algorithms()


def test_provider_registers_every_algorithm_module(qgis_app):
    """Every module of processing_algorithms/ is in the provider's list, and loads."""
    import pkgutil
    from pathlib import Path

    import urban_safety_monitor.processing_algorithms as package
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    classes = algorithm_classes()  # raises if one algorithm module cannot be imported
    modules = {m.name for m in pkgutil.iter_modules([str(Path(package.__file__).parent)])
               if not m.ispkg}
    registered_modules = {c.__module__.rsplit(".", 1)[-1] for c in classes}
    assert modules == registered_modules, (
        f"not registered: {sorted(modules - registered_modules)}")
    names = {alg.name() for alg in _usm_algorithms()}
    assert names == {c.ALGORITHM_ID for c in classes}
    assert len(classes) == len(names)


def test_no_algorithm_module_imports_another():
    """Algorithms share only processing_algorithms/base/, never each other's modules."""
    import ast
    from pathlib import Path

    import urban_safety_monitor.processing_algorithms as package

    folder = Path(package.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__"}
    offenders = []
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                target = (node.module or "").split(".")[0]
                names = [a.name for a in node.names] if not node.module else []
                if target in modules or set(names) & modules:
                    offenders.append(f"{path.name} imports {node.module or names}")
    assert not offenders, offenders


def test_every_algorithm_is_compliant(qgis_app):
    """Help for every parameter, a short description, tags, ids in the house form."""
    problems = []
    for alg in _usm_algorithms():
        label = alg.id()
        if not re.fullmatch(r"[a-z]+", alg.name()):
            problems.append(f"{label}: id must be short lowercase words")
        if not alg.displayName() or alg.displayName()[0].islower():
            problems.append(f"{label}: display name should start with a capital")
        description = alg.shortDescription()
        if not description or not description.endswith("."):
            problems.append(f"{label}: short description missing or not a sentence")
        if len(alg.tags()) < 4:
            problems.append(f"{label}: too few tags")
        if not alg.group() or not alg.groupId():
            problems.append(f"{label}: no group")
        help_text = alg.shortHelpString()
        for parameter in alg.parameterDefinitions():
            if not parameter.help():
                problems.append(f"{label}: parameter {parameter.name()} has no help")
            if parameter.name() not in help_text:
                problems.append(f"{label}: parameter {parameter.name()} missing from the help page")
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", parameter.name()):
                problems.append(f"{label}: parameter key {parameter.name()} not UPPER_CASE")
        if "References" not in help_text and "<h3>References" not in help_text:
            problems.append(f"{label}: help cites no reference")
        ok, message = alg.canExecute()
        if not ok:
            problems.append(f"{label}: cannot execute here: {message}")
    assert not problems, "\n".join(problems)


def test_every_documented_output_field_is_in_the_help_page(qgis_app):
    """The help page lists each OUTPUT_FIELDS entry with its meaning and unit.

    That the fields an algorithm really writes are the documented ones is checked on
    its runs in test_cases.py (test_written_fields_are_documented and
    test_documented_fields_are_written).
    """
    import html

    problems = []
    for alg in _usm_algorithms():
        if not alg.OUTPUT_FIELDS:
            if alg.parameterDefinition("OUTPUT") is not None or not alg.OUTPUT_TABLES:
                problems.append(f"{alg.id()}: no OUTPUT_FIELDS")
            # a chain (fulldiagnosis) documents its outputs as OUTPUT_TABLES instead
            continue
        help_text = alg.shortHelpString()
        for name, meaning, unit in alg.OUTPUT_FIELDS:
            for part in (name, meaning, unit):
                if part and html.escape(part) not in help_text:
                    problems.append(f"{alg.id()}: {part!r} of field {name} is not in the help")
    assert not problems, "\n".join(problems)


def test_plugin_entry_point_loads_and_unloads(qgis_app):
    """classFactory works without an interface object, as with qgis_process."""
    from qgis.core import QgsApplication

    import urban_safety_monitor

    plugin = urban_safety_monitor.classFactory(None)
    registry = QgsApplication.processingRegistry()
    before = len(registry.providers())
    existing = registry.providerById("usm")
    if existing is not None:
        registry.removeProvider(existing)
    plugin.initProcessing()
    assert registry.providerById("usm") is not None
    plugin.unload()
    assert registry.providerById("usm") is None
    # put the session's provider back for other tests
    from urban_safety_monitor.usm_plugin.provider import UsmProvider

    registry.addProvider(UsmProvider())
    assert len(registry.providers()) == before
