#!/usr/bin/env python3
"""Start-up cost of one document: `duizhao-cli align` on a one-sentence pair, run many times.

Prints the median wall time and the median CPU time (user + system) of the runs: process start,
dictionary and OpenCC tables, alignment and output, everything a chapter-per-process user pays.
usage: bench-startup.py CLI [RUNS]
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    cli = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    with tempfile.TemporaryDirectory() as folder:
        document = os.path.join(folder, "one.txt")
        with open(document, "w", encoding="utf-8") as out:
            out.write("天氣很好。\n\nThe weather is fine.\n")
        walls, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([cli, "align", document], check=True, stdout=subprocess.DEVNULL)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"start-up (duizhao-cli align, one sentence, median of {runs}): "
          f"{statistics.median(walls) * 1000:.0f} ms wall, "
          f"{statistics.median(cpus) * 1000:.0f} ms CPU; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
