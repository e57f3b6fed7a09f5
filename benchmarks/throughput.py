"""Extraction throughput against jieba, single process, start-up excluded.

    python benchmarks/throughput.py [--n 300] [--seed 7] [--repeat 3]

On the same generated pages (benchmarks/make_corpus.py, as .txt pages with
their furniture), after every library has loaded its dictionaries, times:

* ``zhkg``: what `zhkg extract` does per article after the file is read:
  read_article_text (headline, byline, furniture), extract_article, and the
  JSON line;
* ``jieba.lcut`` and ``jieba.posseg.lcut`` of the same page text.

Prints KB/s (UTF-8 input) of each (best of ``--repeat``) and the ratios
zhkg/posseg (target >= 1.0) and zhkg/lcut (target >= 0.5). With ``--calls``,
also the number of Python calls of one zhkg pass under ``cProfile``: the same
on every run for the same code and pages, so two commits can be compared on a
machine whose timings move by 30 %.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import as_text, make_article  # noqa: E402


def best(fn, texts: list[str], repeat: int) -> float:
    """Best wall time of ``repeat`` passes of ``fn`` over ``texts``."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for x in texts:
            fn(x)
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="articles [300]")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--calls", action="store_true", help="also count the calls of one zhkg pass (cProfile)")
    args = ap.parse_args(argv)

    import jieba
    import jieba.posseg

    from zhkg.extract import extract_article
    from zhkg.ingest import read_article_text

    texts = [as_text(make_article(args.seed, i)) for i in range(args.n)]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024

    def zhkg_extract(text: str) -> None:
        a = extract_article(read_article_text(text, path="x.txt"))
        json.dumps(a.to_json(), ensure_ascii=False)

    # start-up excluded: every dictionary and model loaded before timing
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.lcut(texts[0])
    zhkg_extract(texts[0])

    t_zhkg = best(zhkg_extract, texts, args.repeat)
    t_lcut = best(jieba.lcut, texts, args.repeat)
    t_pos = best(jieba.posseg.lcut, texts, args.repeat)
    rate = {name: kb / t for name, t in (("zhkg extract", t_zhkg), ("jieba.lcut", t_lcut),
                                         ("jieba.posseg.lcut", t_pos))}
    print(f"{args.n} articles, {kb:.0f} KB of UTF-8 text, best of {args.repeat}")
    for name, r in rate.items():
        print(f"  {name:<18} {r:8.1f} KB/s")
    r_pos = rate["zhkg extract"] / rate["jieba.posseg.lcut"]
    r_lcut = rate["zhkg extract"] / rate["jieba.lcut"]
    print(f"ratio zhkg/posseg = {r_pos:.2f}  (target >= 1.0: {'met' if r_pos >= 1.0 else 'NOT met'})")
    print(f"ratio zhkg/lcut   = {r_lcut:.2f}  (target >= 0.5: {'met' if r_lcut >= 0.5 else 'NOT met'})")
    if args.calls:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            zhkg_extract(text)
        prof.disable()
        print(f"calls of one zhkg pass (cProfile, deterministic): {pstats.Stats(prof).total_calls:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
