"""Benchmark: the full diagnosis of the demo city through qgis_process (issue 13 target:
under 60 s end to end on a 2-core machine), against the same steps run one by one as
separate qgis_process runs (the route of the Makefile demo), timed in the same run.

Both routes run the installed plugin from build/plugins (``make
build/plugins/urban_safety_monitor/metadata.txt``) with the same settings: 999
permutations, 30 typology re-runs, 200 Monte Carlo runs of the index (the full diagnosis's
defaults). Wall time and peak memory (max resident set size of the qgis_process
processes) are printed with the load average before and after.

Run:  .venv/bin/python benchmarks/bench_full_diagnosis.py [--repeat 1] [--keep DIR]
"""

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEMO = os.path.join(ROOT, "sample_layers", "demo_city.gpkg")
RASTER = os.path.join(ROOT, "sample_layers", "population_100m.tif")
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def layer(name):
    return f"{DEMO}|layername={name}"


def environment(profile):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.path.join(ROOT, "build", "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=profile, PATH="/usr/local/bin:/usr/bin:/bin",
               PYTHONPATH=sysconfig.get_paths()["purelib"])
    return env


def qgis_process(args, env):
    """Run one qgis_process; (wall seconds, peak RSS in MB). Fails loudly on an error."""
    start = time.perf_counter()
    process = subprocess.Popen([QGIS_PROCESS, *args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.stderr.write(output.decode(errors="replace")[-4000:])
        raise SystemExit(f"qgis_process {' '.join(args[:2])} failed ({process.returncode})")
    return wall, usage.ru_maxrss / 1024.0


def run(algorithm, env, **parameters):
    args = ["run", algorithm, "--"]
    for key, value in parameters.items():
        for item in (value if isinstance(value, list) else [value]):
            args.append(f"{key}={item}")
    return qgis_process(args, env)


def diagnosis(out, env):
    return run("usm:fulldiagnosis", env,
               NEIGHBOURHOODS=layer("neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
               INCIDENTS=layer("incidents"), CATEGORY_FIELD="category", DATE_FIELD="occurred_at",
               CENSUS=layer("census_units"), CENSUS_ID="census_id",
               CENSUS_COUNTS="population;households;unemployed",
               CENSUS_RATES="income_mean;unemployment_rate;youth_share;informal_share",
               POPULATION_FIELD="population", POPULATION_RASTER=RASTER,
               STOPS=layer("transit_stops"), CAPACITY_FIELD="capacity",
               PUBLIC_SPACE=layer("public_space"), OPEN_FIELD="open_public",
               STREETS=layer("streets"), LIGHTS=layer("street_lights"), LIGHT_FIELD="working",
               LAND_USE=layer("land_use"), LAND_USE_FIELD="land_use",
               SURVEY=layer("survey_respondents"),
               SURVEY_FIELDS="feels_unsafe_night;victim_last_year",
               FACILITIES=[layer("police_posts"), layer("schools"), layer("health_centres")],
               OUTPUT_GPKG=os.path.join(out, "full_diagnosis.gpkg"),
               OUTPUT_FOLDER=os.path.join(out, "full_diagnosis"))


def separate_steps(out, env):  # long: one call per step, as the Makefile demo writes them
    """The same steps as separate qgis_process runs; [(step, wall, peak MB)]."""
    o = lambda name: os.path.join(out, name)  # noqa: E731
    census, counts = o("neighbourhoods_census.gpkg"), o("incident_counts.gpkg")
    population = {"POPULATION_RASTER": RASTER}
    steps = [
        ("census", "usm:interpolatecensus", dict(
            CENSUS=layer("census_units"), CENSUS_ID="census_id",
            NEIGHBOURHOODS=layer("neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
            EXTENSIVE_FIELDS="population;households;unemployed",
            INTENSIVE_FIELDS="income_mean;unemployment_rate;youth_share;informal_share",
            INTENSIVE_WEIGHT=1, POPULATION_FIELD="population", POPULATION_RASTER=RASTER,
            OUTPUT=census, TOTALS=o("census_totals.csv"), DIAGNOSTICS=o("census_diag.csv"))),
        ("incidents", "usm:aggregateincidents", dict(
            INCIDENTS=layer("incidents"), NEIGHBOURHOODS=census, NEIGHBOURHOOD_ID="nbhd_id",
            CATEGORY_FIELD="category", DATE_FIELD="occurred_at", PERIODS=0,
            POPULATION_FIELD="population", RATE_PER=1, SMOOTH_RATES=1, OUTPUT=counts,
            ACCOUNTING=o("accounting.csv"), FIELD_NAMES=o("field_names.csv"))),
        ("hotspots", "usm:hotspots", dict(
            INPUT=counts, ID_FIELD="nbhd_id", FIELD="eb_rate_total", PERMUTATIONS=999, SEED=1,
            FDR=1, INFERENCE=1, OUTPUT=o("hot_spots.gpkg"))),
        ("clusters", "usm:localmoran", dict(
            INPUT=counts, ID_FIELD="nbhd_id", FIELD="eb_rate_total", PERMUTATIONS=999, SEED=1,
            FDR=1, INFERENCE=0, OUTPUT=o("clusters.gpkg"))),
        ("emerging", "usm:emerginghotspots", dict(
            INPUT=layer("incidents"), DATE_FIELD="occurred_at", LOCATIONS=census,
            LOCATION_ID="nbhd_id", OUTPUT=o("emerging.gpkg"))),
        ("density", "usm:kerneldensity", dict(INPUT=layer("incidents"),
                                              OUTPUT=o("density.tif"))),
        ("sdg", "usm:sdgindicators", dict(
            NEIGHBOURHOODS=census, NEIGHBOURHOOD_ID="nbhd_id", **population,
            STOPS=layer("transit_stops"), CAPACITY_FIELD="capacity",
            PUBLIC_SPACE=layer("public_space"), OPEN_FIELD="open_public",
            STREETS=layer("streets"), OUTPUT=o("sdg.gpkg"), CITY=o("sdg_city.csv"))),
        ("typologies", "usm:typologies", dict(
            INPUT=counts, ID_FIELD="nbhd_id",
            FIELDS="income_mean;unemployment_rate;youth_share;informal_share;eb_rate_total",
            METHOD=0, K=0, SEED=1, POPULATION_FIELD="population", STABILITY_RUNS=30,
            OUTPUT=o("typologies.gpkg"), K_TABLE=o("k.csv"), PROFILES=o("profiles.csv"),
            HTML=o("typologies.html"))),
        ("index", "usm:compositeindex", dict(
            INPUT=counts, ID_FIELD="nbhd_id", SELECT="crime_violence,socioeconomic_risk",
            SKIP_MISSING=1, ORIENTATION=1, RUNS=200, SEED=1, OUTPUT=o("index.gpkg"),
            SENSITIVITY=o("sensitivity.csv"), REPORT=o("index_report.csv"))),
        ("change", "usm:compareperiods", dict(
            INPUT=counts, ID_FIELD="nbhd_id", COUNT_FIELDS="n_y2021;n_y2022;n_y2023",
            POPULATION_FIELD="population", OUTPUT=o("change.gpkg"), CITY=o("change.csv"))),
        ("target", "usm:targettrajectory", dict(
            INPUT=o("typologies.gpkg"), ID_FIELD="nbhd_id",
            COUNT_FIELDS="n_y2021;n_y2022;n_y2023", REDUCTION=50, TARGET_YEAR=2030,
            TYPE_FIELD="type_id", OUTPUT=o("target.gpkg"), CITY_PATH=o("target.csv"))),
        ("survey", "usm:aggregatesurvey", dict(
            RESPONDENTS=layer("survey_respondents"), NEIGHBOURHOODS=layer("neighbourhoods"),
            NEIGHBOURHOOD_ID="nbhd_id", INDICATOR_FIELDS="feels_unsafe_night;victim_last_year",
            OUTPUT=o("survey.gpkg"), ACCOUNTING=o("survey.csv"))),
        ("streets", "usm:streetsegmentaudit", dict(
            STREETS=layer("streets"), LIGHTS=layer("street_lights"), LIGHT_FIELD="working",
            INCIDENTS=layer("incidents"), DATE_FIELD="occurred_at", CATEGORY_FIELD="category",
            NEIGHBOURHOODS=layer("neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
            LAND_USE=layer("land_use"), LAND_USE_FIELD="land_use",
            GENERATORS=[layer("transit_stops"), layer("police_posts"), layer("schools"),
                        layer("health_centres")],
            OUTPUT=o("segments.gpkg"), NEIGHBOURHOOD_OUTPUT=o("segments_nbhd.gpkg"),
            ACCOUNTING=o("segments.csv"))),
    ]
    for name in ("police_posts", "schools", "health_centres"):
        steps.append((f"infrastructure {name}", "usm:infrastructureindicators", dict(
            NEIGHBOURHOODS=layer("neighbourhoods"), NEIGHBOURHOOD_ID="nbhd_id",
            LAYER=layer(name), PREFIX=name, **population, OUTPUT=o(f"infra_{name}.gpkg"))))
    return [(step, *run(algorithm, env, **parameters)) for step, algorithm, parameters in steps]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", help="keep the outputs in this folder")
    args = parser.parse_args()
    if not os.path.exists(os.path.join(ROOT, "build", "plugins", "urban_safety_monitor",
                                       "metadata.txt")):
        raise SystemExit("build the plugin first: make build/plugins/urban_safety_monitor/"
                         "metadata.txt")
    work = args.keep or tempfile.mkdtemp(prefix="usm-bench-diagnosis-")
    env = environment(os.path.join(work, "profile"))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "urban_safety_monitor"], env=env,
                   capture_output=True)
    load_before = os.getloadavg()
    print(f"Full diagnosis of the demo city through qgis_process "
          f"(load average before: {load_before[0]:.2f} {load_before[1]:.2f}, "
          f"{os.cpu_count()} cores)")
    ours, peers = [], []
    for repeat in range(args.repeat):
        out = os.path.join(work, f"run{repeat}")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        ours.append(diagnosis(out, env))
        print(f"  usm:fulldiagnosis (one qgis_process)      {ours[-1][0]:7.2f} s  "
              f"peak {ours[-1][1]:6.0f} MB", flush=True)
        steps = separate_steps(out, env)
        for step, wall, peak in steps:
            print(f"    {step:<38s} {wall:7.2f} s  peak {peak:6.0f} MB", flush=True)
        peers.append((sum(s[1] for s in steps), max(s[2] for s in steps), len(steps)))
        print(f"  the same steps, {len(steps)} qgis_process runs  {peers[-1][0]:7.2f} s  "
              f"peak {peers[-1][1]:6.0f} MB", flush=True)
    best, peer = min(o[0] for o in ours), min(p[0] for p in peers)
    load_after = os.getloadavg()
    print(f"Result: full diagnosis {best:.1f} s (peak {max(o[1] for o in ours):.0f} MB), "
          f"separate runs {peer:.1f} s; ratio separate / diagnosis = {peer / best:.2f}x; "
          f"target < 60 s: {'met' if best < 60 else 'NOT met'}; load average after "
          f"{load_after[0]:.2f} {load_after[1]:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
