"""Article Extraction Benchmark on text: corpuskit as a cleaner after two HTML-to-text routes.

For every page of the AEB development set (``ground-truth.json`` + ``html/<id>.html.gz``):

* input A: readability-lxml's main content (``Document(html).summary()``) turned into text by
  html-text (``extract_text(..., guess_layout=True)``): an extractor's output, mostly clean;
* input B: html-text of the whole page: what a crawler keeps when it stores the page's text
  (menus, cookie notices, footers and all), like Common Crawl WET;
* input C: the gold body itself, a precision check: corpuskit should leave it whole, so its
  recall there is the share of clean article text the cleaner keeps.

Both development sets are read (``aeb-dev`` and ``mozilla-dev``, in ``../shared``), each split
once into a tuning and a checking half as :mod:`html_quality` splits it (even positions in the
sorted names tune, odd ones check); figures are given per half, and page names for the tuning
half only.

Each input is scored against the gold ``articleBody`` with :mod:`corpuskit.scoring`, then parsed
with :func:`corpuskit.parse` and ``Document.body`` is scored the same way (gold bodies leave out
titles, so the body is what is compared). The extracted inputs are cached in
``benchmarks/results/`` so reruns only pay for the parse.

Usage::

    python benchmarks/aeb_text.py [--shared ../shared] [--set aeb-dev] [--refresh] [--worst N]

Peers (readability-lxml, html-text, lxml_html_clean) are the ``bench`` extra; the library
never imports them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import corpuskit
from corpuskit.scoring import score_corpus, score_page

HALVES = ("tuning", "checking")
"""The split of every set, as in html_quality: even positions tune, odd ones check."""

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_SHARED = Path(os.environ.get("CORPUSKIT_SHARED", HERE.parent.parent / "shared"))
SETS = ("aeb-dev", "mozilla-dev")
REPORT = RESULTS / "aeb_text.json"
INPUTS = {
    "A": "readability + html-text",
    "B": "html-text, whole page",
    "C": "gold body (nothing to remove)",
}


def decode(raw: bytes) -> str:
    """The page as text: UTF-8 when it is, else the charset lxml finds, else Windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = raw[:4096].lower()
    marker = head.find(b"charset=")
    if marker >= 0:
        name = head[marker + 8 : marker + 40].strip(b"\"' ").split(b'"')[0].split(b";")[0]
        try:
            return raw.decode(name.decode("ascii", "ignore").strip() or "cp1252", "replace")
        except LookupError:
            pass
    return raw.decode("cp1252", "replace")


def extract(html: str) -> dict[str, str]:
    """Both inputs for one page."""
    import html_text
    from readability import Document as Readability  # type: ignore[import-untyped]

    try:
        summary = Readability(html).summary()
        a = html_text.extract_text(summary, guess_layout=True)
    except Exception as exc:  # a peer failing on a page scores as empty input
        print(f"  readability failed: {exc}", file=sys.stderr)
        a = ""
    b = html_text.extract_text(html, guess_layout=True)
    return {"A": a, "B": b}


def load_inputs(aeb: Path, refresh: bool) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The cached inputs (extracting them on first use) and the gold bodies, by page id."""
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {key: truth[key]["articleBody"] for key in sorted(truth)}
    cache = RESULTS / f"{aeb.name}_text_inputs.json.gz"
    cached: dict[str, dict[str, str]] = {}
    if cache.exists() and not refresh:
        cached = json.loads(gzip.decompress(cache.read_bytes()))
    missing = [key for key in gold if key not in cached]
    if missing:
        started = time.perf_counter()
        for key in missing:
            raw = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes())
            cached[key] = extract(decode(raw))
        print(f"extracted {len(missing)} pages in {time.perf_counter() - started:.1f} s")
        RESULTS.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(gzip.compress(json.dumps(cached).encode("utf-8")))
    # Input C is the gold body itself: a clean article, so whatever corpuskit removes from it is
    # a false positive. Its recall is the share of clean text the cleaner leaves alone.
    return {key: {**cached[key], "C": gold[key]} for key in gold}, gold


def body(text: str) -> str:
    """corpuskit's clean body for one input (empty input stays empty)."""
    if not text.strip():
        return ""
    return corpuskit.parse(text).body


def run(aeb: Path, refresh: bool, worst: int) -> dict[str, Any]:
    inputs, gold = load_inputs(aeb, refresh)
    corpuskit.default_parser()  # load plugins before timing
    halves = {key: HALVES[i % 2] for i, key in enumerate(gold)}
    report: dict[str, Any] = {"pages": len(gold), "inputs": {}}
    rows = []
    for name, label in INPUTS.items():
        started = time.perf_counter()
        bodies = {key: body(inputs[key][name]) for key in gold}
        seconds = time.perf_counter() - started
        speed = len(gold) / seconds if seconds else 0.0
        report["inputs"][name] = {"description": label, "parse_pages_per_s": speed}
        for half in HALVES:
            keys = [key for key in gold if halves[key] == half]
            before = {key: score_page(inputs[key][name], gold[key]) for key in keys}
            after = {key: score_page(bodies[key], gold[key]) for key in keys}
            raw, kit = score_corpus(before.values()), score_corpus(after.values())
            rows.append((f"{name}: {label}", half, raw, kit, speed))
            report["inputs"][name][half] = {
                "input": {"precision": raw.precision, "recall": raw.recall, "f1": raw.f1},
                "corpuskit": {"precision": kit.precision, "recall": kit.recall, "f1": kit.f1},
            }
            if worst and half == "tuning":
                print(f"\n{aeb.name} {name} (tuning half): recall dropped most, lowest precision")
                by_loss = sorted(keys, key=lambda k: after[k].recall - before[k].recall)
                for key in by_loss[:worst]:
                    was, now = before[key].recall, after[key].recall
                    print(f"  {key[:16]:16} recall {was:.3f} -> {now:.3f}")
                for key in sorted(keys, key=lambda k: after[k].precision)[:worst]:
                    print(
                        f"  {key[:16]:16} precision {before[key].precision:.3f}"
                        f" -> {after[key].precision:.3f}"
                    )
    print(f"\n{aeb.name}: {len(gold)} pages")
    print(f"{'input':34} {'half':9} {'':10} {'P':>6} {'R':>6} {'F1':>6}   parse pages/s")
    for label, half, raw, kit, speed in rows:
        print(
            f"{label:34} {half:9} {'as given':10} {raw.precision:6.3f} {raw.recall:6.3f}"
            f" {raw.f1:6.3f}"
        )
        print(
            f"{'':34} {'':9} {'corpuskit':10} {kit.precision:6.3f} {kit.recall:6.3f}"
            f" {kit.f1:6.3f}   {speed:8.0f}"
        )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--set", choices=SETS, action="append", help="default: both")
    parser.add_argument("--refresh", action="store_true", help="re-extract the cached inputs")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst tuning pages")
    args = parser.parse_args()
    report = {name: run(args.shared / name, args.refresh, args.worst) for name in args.set or SETS}
    if not args.set:
        RESULTS.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(json.dumps(report, indent=1), encoding="utf-8")
        print(f"\nwrote {REPORT.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
