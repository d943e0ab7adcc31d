"""`make bench`: run every benchmarks/bench_*.py module's main() (or those named), printing its figures and
recording them in benchmarks/results/<module>.json, then regenerate the pages made from the results."""

import importlib
import pkgutil
import sys
import time

import benchmarks
from benchmarks import pages, results


def main():
    wanted = sys.argv[1:]
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (wanted and info.name not in wanted):
            continue
        print(f"\n== {info.name} ==", flush=True)
        started = time.perf_counter()
        figures = importlib.import_module(f"benchmarks.{info.name}").main()
        print(f"({time.perf_counter() - started:.0f} s; {results.record(info.name, figures)})", flush=True)
    for path in pages.write():
        print(f"wrote {path}")


main()
