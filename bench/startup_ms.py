"""Median wall time, in ms, of running a command to completion (bench/run).

Timed from Python around fork+exec+wait, the way hyperfine does; the old
bash loop put a `date` process inside every interval (about 2 ms here).
Usage: python3 bench/startup_ms.py RUNS COMMAND [ARG...]"""
import statistics
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[2:]
    times = []
    for _ in range(runs + 3):  # 3 warm-up runs, not counted
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    print("%.1f" % (statistics.median(times[3:]) * 1000))


main()
