"""Scaling: wall time and peak memory of whole builds, by corpus size and --jobs.

    python benchmarks/scaling.py [--sizes 1000 10000 100000] [--jobs 1 2]
                                 [--modes extract store memory] [--work DIR]

For each size N a corpus is generated once (benchmarks/make_corpus.py, kept
in --work), then for each mode and --jobs value a fresh ``zhkg`` process runs:

* ``extract``: ``zhkg extract --no-text CORPUS > /dev/null`` (the stream);
* ``store``:   ``zhkg build CORPUS --store DIR`` (a new store);
* ``memory``:  ``zhkg build CORPUS -o DIR --no-html`` (the in-memory graph,
  written as Turtle, JSON-LD and TriG).

Printed per run: wall seconds, milliseconds per article, peak memory of
the process tree (PSS of the zhkg process plus its workers, summed, so
forked pages shared by the workers count once; sampled every 0.2 s) and the speed-up of each --jobs over --jobs 1. Before the runs, a
pure-Python CPU burn in 1 and 2 processes gives the machine's own 2-process
ceiling (on a shared or hyper-threaded VM it can be far below 2).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402


def _burn(n: int) -> float:
    t = time.perf_counter()
    s = 0
    for i in range(n):
        s += i * i
    return time.perf_counter() - t


def cpu_ceiling(n: int = 2 * 10**7) -> float:
    """Speed-up of two processes over one on a pure CPU loop."""
    one = _burn(n)
    with ProcessPoolExecutor(2) as pool:
        t = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        two = time.perf_counter() - t
    return 2 * one / two


def _pss(pid: int) -> int:
    """Proportional set size (bytes): pages shared by forked workers counted
    once over the tree, not once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _tree_rss(pid: int) -> int:
    """Summed PSS (bytes) of ``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _pss(p)
        todo.extend(children.get(p, ()))
    return total


def run(cmd: list[str], stdout) -> tuple[float, int, float]:
    """Wall seconds, peak process-tree memory and CPU seconds (user + system
    of the whole process tree, threads included) of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE,
                            env={**os.environ, "CI": "true"})
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    done.set()
    th.join()
    if proc.returncode not in (0, 1) or b"Traceback" in err:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--modes", nargs="+", default=["extract", "store", "memory"],
                    choices=["extract", "store", "memory"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/zhkg-scaling"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    zhkg = str(Path(sys.executable).parent / "zhkg")
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB; "
          f"pure-CPU 2-process speed-up here: {cpu_ceiling():.2f}x")
    rows = []
    for n in args.sizes:
        corpus = args.work / f"corpus-{n}"
        if not (corpus / ".done").exists():
            shutil.rmtree(corpus, ignore_errors=True)
            counts = write_corpus(n, corpus, args.seed)
            (corpus / ".done").write_text(json.dumps(counts))
        mb = json.loads((corpus / ".done").read_text())["bytes"] / 1e6
        for mode in args.modes:
            base = None
            for jobs in args.jobs:
                out = args.work / f"out-{mode}-{n}-{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                j = ["--jobs", str(jobs), "--no-progress"]
                if mode == "extract":
                    cmd = [zhkg, "extract", "--no-text", *j, str(corpus)]
                elif mode == "store":
                    cmd = [zhkg, "build", str(corpus), "--store", str(out), *j]
                else:
                    cmd = [zhkg, "build", str(corpus), "-o", str(out), "--no-html", *j]
                with open(os.devnull, "wb") as devnull:
                    wall, peak, cpu = run(cmd, devnull)
                shutil.rmtree(out, ignore_errors=True)
                base = base or wall
                # the best --jobs 2 could do: the same CPU seconds spread evenly
                # over 2 cores; a run that already keeps more than one core busy
                # (cpu > wall) leaves less to gain
                ceiling = wall / max(cpu / 2, wall / 2, 1e-9) if jobs == 1 else None
                row = {"articles": n, "MB": round(mb, 1), "mode": mode, "jobs": jobs,
                       "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                       "ms_per_article": round(1000 * wall / n, 3),
                       "peak_rss_MB": round(peak / 2**20), "speedup": round(base / wall, 2)}
                rows.append(row)
                print(f"{n:>7} articles ({mb:6.1f} MB)  {mode:<7} --jobs {jobs}: {wall:8.1f} s  "
                      f"cpu {cpu:8.1f} s  {row['ms_per_article']:7.2f} ms/article  "
                      f"peak {row['peak_rss_MB']:6d} MB  speed-up {row['speedup']:.2f}x"
                      + (f"  (2-core ceiling from its CPU time: {ceiling:.2f}x)" if ceiling else ""),
                      flush=True)
    if len(args.sizes) > 1:
        lo, hi = min(args.sizes), max(args.sizes)
        for mode in args.modes:
            for jobs in args.jobs:
                a = next(r for r in rows if (r["articles"], r["mode"], r["jobs"]) == (lo, mode, jobs))
                b = next(r for r in rows if (r["articles"], r["mode"], r["jobs"]) == (hi, mode, jobs))
                print(f"per-article time {hi} vs {lo}, {mode} --jobs {jobs}: "
                      f"{b['ms_per_article'] / a['ms_per_article']:.2f}x (target <= 1.2x)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
