"""Fixtures of the reliability tests (helpers in reliability_city.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reliability_city import City, output_files  # noqa: E402

try:  # property-based tests: reproducible in CI, a few examples each (each is a QGIS run)
    from hypothesis import HealthCheck, settings

    settings.register_profile("usm", max_examples=12, derandomize=True, deadline=None,
                              database=None, print_blob=True,
                              suppress_health_check=[HealthCheck.too_slow,
                                                     HealthCheck.function_scoped_fixture])
    settings.load_profile("usm")
except ImportError:  # pragma: no cover - hypothesis is in requirements-dev.txt
    pass


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return City(tmp_path_factory.mktemp("city"))


def _input_hashes(parameters):
    """sha256 of every input file named in ``parameters`` (not the outputs)."""
    import hashlib

    outputs = {str(p) for p in output_files(parameters)}
    hashes = {}
    for value in parameters.values():
        if isinstance(value, str) and value.split("|")[0] not in outputs:
            path = Path(value.split("|")[0])
            if path.is_file():
                hashes[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


@pytest.fixture
def expect_error(run_algorithm):
    """Run and expect a QgsProcessingException whose message contains every ``needle``
    (case-insensitive); never a raw Python exception.  Returns the message."""
    from qgis.core import QgsProcessingException

    def check(algorithm, parameters, *needles, context=None):
        before = [p for p in output_files(parameters)]
        inputs = _input_hashes(parameters)
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(f"usm:{algorithm}", parameters, context=context)
        assert _input_hashes(parameters) == inputs, "an input file changed"
        message = str(raised.value)
        assert "Traceback" not in message
        for needle in needles:
            options = needle if isinstance(needle, tuple) else (needle,)
            assert any(o.lower() in message.lower() for o in options), (algorithm, needle, message)
        for path in before:   # no output presented as written
            assert not path.exists(), (algorithm, path)
        leftovers = [p for path in before if path.parent.is_dir()
                     for p in path.parent.iterdir() if ".usm-part" in p.name or ".part" in p.name]
        assert not leftovers, leftovers
        return message

    return check


@pytest.fixture
def run_with(qgis_app):
    """Run with a given feedback object; returns (results, feedback)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    def run(algorithm, parameters, feedback, context=None):
        context = context or QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"usm:{algorithm}", parameters, context=context,
                              feedback=feedback), feedback

    return run


@pytest.fixture(scope="module")
def clean_outputs(city, tmp_path_factory, qgis_app):
    """Outputs of a clean run of an algorithm on the city, computed once per module."""
    import processing

    from reliability_city import base_parameters, read_output

    cache = {}
    folder = tmp_path_factory.mktemp("clean_runs")

    def get(algorithm):
        if algorithm not in cache:
            parameters = base_parameters(algorithm, city, folder / algorithm)
            processing.run(f"usm:{algorithm}", parameters)
            cache[algorithm] = [read_output(p) for p in output_files(parameters)]
        return cache[algorithm]

    return get
