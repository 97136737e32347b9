"""Article Extraction Benchmark on HTML: corpuskit's extractor against trafilatura, one run.

For every page of the AEB development set (``ground-truth.json`` + ``html/<id>.html.gz``), each
extractor gets the page's raw bytes (it decodes them itself) and its body text is scored
against the gold ``articleBody`` with :mod:`corpuskit.scoring` (4-token shingles, per-page P
and R averaged, F1 their harmonic mean: the benchmark's own method).

* corpuskit: ``Parser().parse(raw)``; the body is ``Document.body`` (the title is a field,
  not body, as in the gold);
* trafilatura: ``trafilatura.extract(raw)`` with its defaults (the ``bench`` extra).

Both run in this one process, pages in the same order, each timed over ``--repeat`` passes
(best pass kept; the default, one pass, is what a corpus of unseen pages gets: both tools
keep caches that make repeated passes over the same pages faster); gunzipping is done before
timing. Results go to ``benchmarks/results/aeb_html.json``.

Usage::

    python benchmarks/aeb_html.py [--aeb /work/shared/aeb-dev] [--repeat 1] [--worst N]
        [--only corpuskit] [--disable generic]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpuskit.scoring import PageScore, score_corpus, score_page

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_AEB = Path(os.environ.get("CORPUSKIT_AEB", "/work/shared/aeb-dev"))
REPORT = RESULTS / "aeb_html.json"


def load(aeb: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Raw pages and gold bodies by id."""
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in sorted(truth):
        path = aeb / "html" / f"{key}.html.gz"
        if path.exists():
            pages[key] = gzip.decompress(path.read_bytes())
    return pages, {key: truth[key]["articleBody"] for key in pages}


def corpuskit_extractor(disabled: list[str]) -> Callable[[bytes], str]:
    from corpuskit.errors import CorpuskitError
    from corpuskit.pipeline import Parser
    from corpuskit.plugins import create_manager

    parser = Parser(create_manager(disabled=disabled))

    def run(raw: bytes) -> str:
        try:
            return parser.parse(raw).body
        except CorpuskitError as exc:
            print(f"  corpuskit failed: {exc}", file=sys.stderr)
            return ""

    return run


def trafilatura_extractor() -> Callable[[bytes], str]:
    import trafilatura

    def run(raw: bytes) -> str:
        return trafilatura.extract(raw) or ""

    return run


def measure(
    name: str, run: Callable[[bytes], str], pages: dict[str, bytes], repeat: int
) -> tuple[dict[str, str], float]:
    """Outputs by id and the best pages/s over ``repeat`` passes."""
    outputs: dict[str, str] = {}
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for key, raw in pages.items():
            outputs[key] = run(raw)
        best = min(best, time.perf_counter() - began)
    return outputs, len(pages) / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--worst", type=int, default=0, help="show the N worst corpuskit pages")
    parser.add_argument("--only", choices=["corpuskit", "trafilatura"])
    parser.add_argument("--disable", action="append", default=[], help="corpuskit plugin to block")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    pages, gold = load(args.aeb)
    extractors: dict[str, Callable[[bytes], str]] = {}
    if args.only != "trafilatura":
        extractors["corpuskit"] = corpuskit_extractor(args.disable)
    if args.only != "corpuskit":
        try:
            extractors["trafilatura"] = trafilatura_extractor()
        except ImportError:
            print("trafilatura not installed (pip install corpuskit[bench])", file=sys.stderr)
    report: dict[str, Any] = {"pages": len(pages), "repeat": args.repeat, "results": {}}
    print(f"{len(pages)} pages from {args.aeb}")
    print(f"{'extractor':12} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}")
    per_page: dict[str, dict[str, PageScore]] = {}
    for name, run in extractors.items():
        outputs, speed = measure(name, run, pages, args.repeat)
        scores = {key: score_page(outputs[key], gold[key]) for key in pages}
        per_page[name] = scores
        total = score_corpus(scores.values())
        print(f"{name:12} {total.f1:6.3f} {total.precision:6.3f} {total.recall:6.3f} {speed:8.1f}")
        report["results"][name] = {
            "f1": round(total.f1, 4),
            "precision": round(total.precision, 4),
            "recall": round(total.recall, 4),
            "pages_per_s": round(speed, 1),
        }
    if args.worst and "corpuskit" in per_page:
        mine = per_page["corpuskit"]
        worst = sorted(mine, key=lambda k: min(mine[k].precision, mine[k].recall))[: args.worst]
        for key in worst:
            other = per_page.get("trafilatura", {}).get(key)
            theirs = f" | traf P {other.precision:.2f} R {other.recall:.2f}" if other else ""
            print(f"  {key[:12]} P {mine[key].precision:.2f} R {mine[key].recall:.2f}{theirs}")
    if not args.no_save and args.only is None and not args.disable:
        RESULTS.mkdir(exist_ok=True)
        REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
