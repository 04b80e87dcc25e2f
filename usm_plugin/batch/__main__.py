"""Command line of the batch monitor.

From the repository (or the installed plugin folder's parent on ``PYTHONPATH``)::

    PYTHONPATH=build/importroot .venv/bin/python -m urban_safety_monitor.usm_plugin.batch \\
        monitor.toml [--output FOLDER] [--summary FILE.csv] \\
        [--dask local | local:4 | tcp://host:8786] [--partitions N]

Exit status: 0 when every city-year was written, 1 when some failed (see the
summary), 2 for a bad configuration or command line, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m urban_safety_monitor.usm_plugin.batch",
        description="Urban Safety Monitor for many cities and years: one GeoPackage per "
                    "city-year (counts, rates, Empirical Bayes rates, Gi* hot spots, change "
                    "from the previous year) and a summary table.")
    parser.add_argument("config", help="configuration file (.toml or .json)")
    parser.add_argument("--output", help="output folder (overrides output_folder in the file)")
    parser.add_argument("--summary", help="summary CSV (default: <output folder>/summary.csv)")
    parser.add_argument("--dask", metavar="SCHEDULER",
                        help="run on Dask: 'local', 'local:<workers>' or a scheduler address "
                             "(tcp://host:8786); default: this process")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="with --dask: count every city's incidents in N partitions "
                             "(overrides 'partitions' in the file; 0 = one task per city-year)")
    parser.add_argument("--quiet", action="store_true", help="print only failures")
    return parser


def main(argv=None) -> int:
    from ..core.runtime import InputError
    from .config import load_config
    from .runner import run_batch

    args = build_parser().parse_args(argv)

    def log(line: str) -> None:
        if not args.quiet or "FAILED" in line:
            print(line, flush=True)

    try:
        config = load_config(args.config, output_folder=args.output)
        if args.partitions is not None:
            if args.partitions < 0:
                raise InputError(f"--partitions must be 0 or more; got {args.partitions}")
            config = config.with_partitions(args.partitions)
        if any(c.partitions for c in config.cities) and not args.dask:
            log("note: 'partitions' only applies with --dask; running in this process")
        if args.dask:
            from .distributed import DaskEngine

            partitioned = any(c.partitions for c in config.cities)
            with DaskEngine(args.dask, log=log, partitioned=partitioned) as engine:
                result = run_batch(config, summary_path=args.summary, engine=engine, log=log)
        else:
            result = run_batch(config, summary_path=args.summary, log=log)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the city-years already written are complete; no summary written",
              file=sys.stderr)
        return 130
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
