"""Adversarial inputs: does extraction (and ingestion) time stay linear?

Feeds long runs that stress the rules and patterns (10^3 .. 10^5 characters
of repeated title characters with no punctuation, unit words, a surname,
commas, one long quoted string, nested parentheses, and an ordinary
article repeated without a break) and prints, for each input and size, the
time of ``read_article_text`` and of ``extract_article``, and the ratio
time(10x input) / time(input): about 10 is linear, about 100 quadratic.
Every input ends with "。". Not a test.

    .venv/bin/python benchmarks/adversarial.py                     # the table
    .venv/bin/python benchmarks/adversarial.py --sizes 1000 10000  # smaller
    .venv/bin/python benchmarks/adversarial.py --profile article   # cProfile top functions
    .venv/bin/python benchmarks/adversarial.py --only commas,paren

A size is skipped (marked ``skip``) when the previous size's time times the
previous ratio predicts more than ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from collections.abc import Callable
from importlib import resources

from zhkg.extract import extract_article
from zhkg.ingest import read_article_text
from zhkg.model import Article


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _example_article() -> str:
    folder = resources.files("zhkg").joinpath("examples")
    texts = sorted(p.read_text("utf-8") for p in folder.iterdir() if p.name.endswith(".txt"))
    return "\n".join(texts)


#: name -> (what it is, text of about n characters)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "title-chars": ("长 repeated (title character, no punctuation)", lambda n: _repeat("长", n)),
    "titles": ("局长 repeated, no punctuation", lambda n: _repeat("局长", n)),
    "title-mods": ("副校长助理 repeated", lambda n: _repeat("常务副校长助理", n)),
    "unit-words": ("学院 repeated", lambda n: _repeat("学院", n)),
    "unit-chain": ("青州市教育局 repeated", lambda n: _repeat("青州市教育局", n)),
    "surname": ("王 repeated (a surname)", lambda n: _repeat("王", n)),
    "name-title": ("局长王明 repeated, no punctuation", lambda n: _repeat("局长王明", n)),
    "commas": ("， repeated", lambda n: _repeat("，", n)),
    "enum-commas": ("学院、 repeated (an enumeration)", lambda n: _repeat("学院、", n)),
    "quoted": ("one long “…” string of 学院", lambda n: "“" + _repeat("学院", n - 2) + "”"),
    "open-quotes": ("“ repeated, never closed", lambda n: _repeat("“学", n)),
    "book-title": ("one long 《…》 title", lambda n: "《" + _repeat("职教联盟", n - 2) + "》"),
    "paren": ("nested （（…学院…））", lambda n: "（" * (n // 2 - 1) + "学院" + "）" * (n // 2 - 1)),
    "latin": ("a Latin run after a title", lambda n: "局长" + _repeat("Ab", n - 2)),
    "digits": ("digits and 年月日 without a break", lambda n: _repeat("2024年5月8日", n)),
    "event-verbs": ("出席签署揭牌 repeated", lambda n: _repeat("出席签署揭牌主持", n)),
    "sentence": ("one real sentence repeated, no punctuation",
                 lambda n: _repeat("青州市教育局局长岑望舒出席青州职教联盟成立大会并讲话", n)),
    "byline-labels": ("来源：作者：编辑： repeated (ingestion's byline patterns)", lambda n: _repeat("来源：作者：编辑：", n)),
    "short-lines": ("学院\\n repeated (many lines)", lambda n: _repeat("学院\n", n)),
    "dateline": ("a wire dateline repeated", lambda n: _repeat("新华社北京5月8日电（记者", n)),
    "article": ("the bundled example articles repeated (real prose)",
                lambda n: _repeat(_example_article() + "\n", n)),
}


def _time(fn: Callable[[], object]) -> float:
    gc.collect()
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def measure(text: str) -> tuple[float, float]:
    """Seconds for ingestion and for extraction of ``text``."""
    t_ingest = _time(lambda: read_article_text(text, "bench.txt"))
    t_extract = _time(lambda: extract_article(Article("bench.txt", text)))
    return t_ingest, t_extract


def make_text(name: str, n: int) -> str:
    """The input ``name`` of about ``n`` characters, ending with "。" (so that a
    run cut mid-word at the very end does not hit the end-of-text title bug)."""
    return CASES[name][1](n - 1) + "。"


def run(cases: list[str], sizes: list[int], max_seconds: float) -> list[dict]:
    extract_article(Article("warm.txt", "青州市教育局局长岑望舒出席会议。"))  # load lexicons, jieba
    rows = []
    print(f"{'case':<12} {'size':>8} {'ingest s':>9} {'extract s':>10} {'ratio':>7}  note")
    for name in cases:
        prev: tuple[int, float] | None = None
        ratio = None
        for n in sizes:
            if prev is not None and ratio is not None and prev[1] * ratio * n / prev[0] / 10 > max_seconds:
                print(f"{name:<12} {n:>8} {'':>9} {'skip':>10} {'':>7}  predicted over {max_seconds:.0f} s")
                break
            try:
                t_in, t_ex = measure(make_text(name, n))
            except Exception as e:  # report and go on: a crash is a finding too
                print(f"{name:<12} {n:>8} {'':>9} {'CRASH':>10} {'':>7}  {type(e).__name__}: {e}")
                break
            ratio_s = ""
            if prev is not None and prev[1] > 0:
                ratio = t_ex / prev[1] * (prev[0] * 10 / n)  # normalised to a 10x step
                ratio_s = f"{ratio:7.1f}"
            note = "SUPER-LINEAR" if ratio is not None and ratio > 25 and t_ex > 0.5 else ""
            print(f"{name:<12} {n:>8} {t_in:9.3f} {t_ex:10.3f} {ratio_s:>7}  {note}", flush=True)
            rows.append({"case": name, "size": n, "ingest": t_in, "extract": t_ex, "ratio": ratio})
            prev = (n, t_ex)
    return rows


def profile(name: str, n: int, top: int = 15) -> None:
    text = make_text(name, n)
    extract_article(Article("warm.txt", "青州市教育局局长岑望舒出席会议。"))
    prof = cProfile.Profile()
    prof.enable()
    extract_article(Article("bench.txt", text))
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--only", help="comma-separated case names (default: all)")
    ap.add_argument("--max-seconds", type=float, default=120.0,
                    help="skip a size predicted to take longer than this")
    ap.add_argument("--profile", metavar="CASE", help="cProfile one case instead")
    ap.add_argument("--profile-size", type=int, default=20000)
    ap.add_argument("--list", action="store_true", help="list the cases")
    args = ap.parse_args(argv)
    if args.list:
        for k, (what, _) in CASES.items():
            print(f"{k:<12} {what}")
        return
    if args.profile:
        profile(args.profile, args.profile_size)
        return
    cases = args.only.split(",") if args.only else list(CASES)
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        ap.error(f"unknown case(s): {', '.join(unknown)}; see --list")
    run(cases, sorted(args.sizes), args.max_seconds)


if __name__ == "__main__":
    main()
