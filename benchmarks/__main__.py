"""`make bench`: run every benchmarks/bench_*.py module's main(), printing figures (no pass/fail)."""

import importlib
import pkgutil
import sys
import time

import benchmarks


def main():
    wanted = sys.argv[1:]
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (wanted and info.name not in wanted):
            continue
        print(f"\n== {info.name} ==", flush=True)
        started = time.perf_counter()
        importlib.import_module(f"benchmarks.{info.name}").main()
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)


main()
