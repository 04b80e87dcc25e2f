"""Every algorithm runs on the clean synthetic city: the baseline every bad-input test changes."""

import pytest

from reliability_city import ALGORITHMS, base_parameters


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_clean_city_runs(algorithm, city, run_algorithm, tmp_path):
    parameters = base_parameters(algorithm, city, tmp_path)
    results, feedback = run_algorithm(f"usm:{algorithm}", parameters)
    print(algorithm, results)
    print(feedback.log)
