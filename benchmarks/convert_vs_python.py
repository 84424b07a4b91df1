#!/usr/bin/env python3
"""Side by side, in one run: `archbench convert big.json big.archbench` against a naive
Python import (naive_import.py beside this file: json.load plus the score rows in one
transaction, no checks, no atomic write) on the 500 decisions x 12 criteria x 6 options
synthetic project (benchmarks/syntheticproject.cpp). Runs alternate, so a change of load on
the machine hits both alike; prints the median wall time of each and the ratio.

Build first:
    cmake --preset release && cmake --build build/release --target archbench bench_storage
Usage: benchmarks/convert_vs_python.py [--runs 7] [--build build/release]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=7)
parser.add_argument("--build", default=os.path.join(here, "..", "build", "release"))
args = parser.parse_args()

with tempfile.TemporaryDirectory() as work:
    big = os.path.join(work, "big.json")
    subprocess.run([os.path.join(args.build, "benchmarks", "bench_storage"), "--write-json", big], check=True)
    out_arch = os.path.join(work, "out.archbench")
    out_py = os.path.join(work, "out.sqlite")
    commands = {
        "archbench convert": [os.path.join(args.build, "app", "archbench"), "convert", big, out_arch],
        "naive python": [sys.executable, os.path.join(here, "naive_import.py"), big, out_py],
    }
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            for stale in (out_arch, out_py):
                if os.path.exists(stale):
                    os.remove(stale)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    print(f"input: {os.path.getsize(big) / 1e6:.1f} MB JSON; {args.runs} runs each, median wall time")
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, m in medians.items():
        print(f"{name:18} {m:.3f} s  (best {min(times[name]):.3f} s)")
    print(f"ratio:             {medians['archbench convert'] / medians['naive python']:.2f}")
