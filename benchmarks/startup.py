"""Start-up: wall time of `zhkg extract` on one article, in a new process.

    python benchmarks/startup.py [--runs 5]

Runs the installed ``zhkg`` command (next to this Python) on one generated
article, with the default --jobs (all cores: one article is extracted in
the process anyway) and with --jobs 1. The first run may pay for building
jieba's dictionary cache (once per user); the figure is the median of the
other runs. Target: < 1.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import as_text, make_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    zhkg = Path(sys.executable).parent / "zhkg"
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(as_text(make_article(7, 0)), encoding="utf-8")
        for extra in ([], ["--jobs", "1"]):
            times = []
            for _ in range(args.runs + 1):
                t = time.perf_counter()
                subprocess.run([str(zhkg), "extract", *extra, str(one)], check=True,
                               stdout=subprocess.DEVNULL)
                times.append(time.perf_counter() - t)
            med = statistics.median(times[1:])
            print(f"zhkg extract {' '.join(extra + ['one.txt'])}: first {times[0]:.2f} s, "
                  f"median of {args.runs} {med:.2f} s (target < 1.5 s: "
                  f"{'met' if med < 1.5 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
