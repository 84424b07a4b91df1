#!/usr/bin/env python3
"""Start-up to a painted window: `archbench --screenshot OUT.png FILE` against
bench_startup_baseline (a bare Qt window with a chart and the same SQLite file open), both
offscreen, alternating, median wall time of each and the ratio (issue 13 section 5: under 2).

Build first:
    cmake --preset release && cmake --build build/release --target archbench bench_startup_baseline
Usage: benchmarks/startup_vs_baseline.py [--runs 11] [--build build/release] [FILE.archbench]
(default FILE: the sample project converted to .archbench)
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=11)
parser.add_argument("--build", default=os.path.join(here, "..", "build", "release"))
parser.add_argument("file", nargs="?")
args = parser.parse_args()
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ARCHBENCH_LOG="warn")
archbench = os.path.join(args.build, "app", "archbench")

with tempfile.TemporaryDirectory() as work:
    project = args.file
    if not project:
        project = os.path.join(work, "sample.archbench")
        subprocess.run([archbench, "convert", os.path.join(here, "..", "resources", "sample", "checkout-platform.json"),
                        project], check=True, env=env, stdout=subprocess.DEVNULL)
    png = os.path.join(work, "out.png")
    commands = {
        "archbench --screenshot": [archbench, "--screenshot", png, project],
        "bare Qt baseline": [os.path.join(args.build, "benchmarks", "bench_startup_baseline"), project, png],
    }
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"{args.runs} runs each, median wall time to a painted window (offscreen)")
    for name, m in medians.items():
        print(f"{name:24} {m:.3f} s  (best {min(times[name]):.3f} s)")
    print(f"ratio: {medians['archbench --screenshot'] / medians['bare Qt baseline']:.2f}")
