"""HTML quality on the two development sets, each split once into a tuning and a checking half.

The sets are ``aeb-dev`` (hand-made gold bodies) and ``mozilla-dev`` (readability's reviewed
bodies, plus title, byline and date gold) from ``../shared``. Every page goes to one half by
its position in the sorted list of names: even positions tune, odd positions check. The split
is fixed here, once, so no change can pick its pages.

The discipline this enforces (``docs/benchmarks.md``): a change is judged on the tuning half,
page by page if need be, and on the checking half only as totals. A change that gains on tuning
and loses on checking fits pages, not a class of failure, and is reverted. Page names are
printed for the tuning half only.

Measured for corpuskit and trafilatura in the same process, on each half:

* body F1, precision and recall (:mod:`corpuskit.scoring`, the AEB method);
* ``lost``: pages whose recall is under 0.5 while trafilatura's is at least 0.5 (an article
  deleted where a peer keeps it: the failure the issue tracker names first);
* on mozilla-dev, metadata hit rates as its README scores them: title exact after white-space
  folding and lower-casing; byline against the authors joined with ``"; "`` after dropping a
  leading "By "; date on its first ten characters; each over the pages whose gold has it.

Usage::

    python benchmarks/html_quality.py [--shared ../shared] [--show N] [--only corpuskit]

Results go to ``benchmarks/results/html_quality.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpuskit.scoring import PageScore, score_corpus, score_page

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_SHARED = Path(os.environ.get("CORPUSKIT_SHARED", HERE.parent.parent / "shared"))
SETS = ("aeb-dev", "mozilla-dev")
HALVES = ("tuning", "checking")
_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def half_of(position: int) -> str:
    """The fixed split: even positions in the sorted names tune, odd ones check."""
    return HALVES[position % 2]


def load(folder: Path) -> dict[str, tuple[bytes, dict[str, Any]]]:
    """Raw page bytes and gold record by name, names sorted."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for name in sorted(truth):
        path = folder / "html" / f"{name}.html.gz"
        if path.exists():
            pages[name] = (gzip.decompress(path.read_bytes()), truth[name])
    return pages


Extracted = tuple[str, str | None, list[str], str | None]
"""Body, title, authors, date (ISO)."""


def corpuskit_extractor() -> Callable[[bytes], Extracted]:
    from corpuskit.errors import CorpuskitError
    from corpuskit.pipeline import Parser

    parser = Parser()

    def run(raw: bytes) -> Extracted:
        try:
            doc = parser.parse(raw)
        except CorpuskitError as exc:
            print(f"  corpuskit failed: {exc}", file=sys.stderr)
            return "", None, [], None
        published = doc.published.isoformat() if doc.published else None
        return doc.body, doc.title, list(doc.authors), published

    return run


def trafilatura_extractor() -> Callable[..., Extracted]:
    import trafilatura

    def run(raw: bytes, url: str | None = None) -> Extracted:
        doc: Any = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
        if doc is None:
            return "", None, [], None
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return doc.text or "", doc.title, authors, doc.date

    return run


def _fold(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip().casefold()


def _gold(value: Any) -> str | None:
    """A gold field, or None where the set has none (mozilla-dev writes "None")."""
    if value is None or value in ("None", "null", ""):
        return None
    return str(value)


def metadata_hits(got: Extracted, gold: dict[str, Any]) -> dict[str, bool]:
    """Which of title, byline and date match the gold, for the fields the gold has."""
    _, title, authors, date = got
    hits: dict[str, bool] = {}
    if (want := _gold(gold.get("title"))) is not None:
        hits["title"] = _fold(title) == _fold(want)
    if (want := _gold(gold.get("byline"))) is not None:
        hits["byline"] = _fold("; ".join(authors)) == _fold(_BY.sub("", want))
    if (want := _gold(gold.get("published"))) is not None:
        hits["date"] = (date or "")[:10] == want[:10]
    return hits


def run_tools(
    pages: dict[str, tuple[bytes, Any]], tools: dict[str, Callable[[bytes], Extracted]]
) -> tuple[dict[str, dict[str, Extracted]], dict[str, float]]:
    """Every tool's output for every page, and each tool's pages per second over them all."""
    outputs: dict[str, dict[str, Extracted]] = {}
    speeds: dict[str, float] = {}
    for tool, run in tools.items():
        began = time.perf_counter()
        outputs[tool] = {key: run(raw) for key, (raw, _) in pages.items()}
        speeds[tool] = len(pages) / (time.perf_counter() - began)
    return outputs, speeds


def run_set(
    name: str,
    pages: dict[str, tuple[bytes, dict[str, Any]]],
    extractors: dict[str, Callable[[bytes], Extracted]],
    show: int,
) -> dict[str, Any]:
    outputs, speeds = run_tools(pages, extractors)
    report: dict[str, Any] = {}
    halves = {key: half_of(i) for i, key in enumerate(pages)}
    print(f"\n{name}: {len(pages)} pages")
    print(
        f"{'half':9} {'extractor':12} {'F1':>6} {'P':>6} {'R':>6} {'lost':>5}"
        f" {'title':>6} {'byline':>6} {'date':>6} {'pages/s':>8}"
    )
    for half in HALVES:
        keys = [key for key in pages if halves[key] == half]
        scores: dict[str, dict[str, PageScore]] = {}
        for tool in extractors:
            scores[tool] = {
                k: score_page(outputs[tool][k][0], pages[k][1]["articleBody"]) for k in keys
            }
        for tool in extractors:
            total = score_corpus(scores[tool].values())
            lost = [
                k
                for k in keys
                if scores[tool][k].recall < 0.5
                and all(s[k].recall >= 0.5 for t, s in scores.items() if t != tool)
            ]
            rates: dict[str, float] = {}
            for field in ("title", "byline", "date"):
                hits = [metadata_hits(outputs[tool][k], pages[k][1]).get(field) for k in keys]
                counted = [h for h in hits if h is not None]
                if counted:
                    rates[field] = sum(counted) / len(counted)
            cells = " ".join(
                f"{rates[f]:6.3f}" if f in rates else f"{'-':>6}"
                for f in ("title", "byline", "date")
            )
            print(
                f"{half:9} {tool:12} {total.f1:6.3f} {total.precision:6.3f} {total.recall:6.3f}"
                f" {len(lost):5d} {cells} {speeds[tool]:8.1f}"
            )
            report.setdefault(half, {})[tool] = {
                "f1": round(total.f1, 4),
                "precision": round(total.precision, 4),
                "recall": round(total.recall, 4),
                "lost_pages": len(lost),
                **{field: round(rate, 4) for field, rate in rates.items()},
                "pages": len(keys),
            }
            if half == "tuning" and tool == "corpuskit" and show:
                mine = scores[tool]
                other = scores.get("trafilatura", {})
                worst = sorted(keys, key=lambda k: min(mine[k].precision, mine[k].recall))
                for key in worst[:show]:
                    theirs = (
                        f" | traf P {other[key].precision:.2f} R {other[key].recall:.2f}"
                        if key in other
                        else ""
                    )
                    ours = f"P {mine[key].precision:.2f} R {mine[key].recall:.2f}"
                    print(f"    {key[:16]:16} {ours}{theirs}")
    report["pages_per_s"] = {tool: round(speed, 1) for tool, speed in speeds.items()}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--show", type=int, default=0, help="N worst tuning pages of corpuskit")
    parser.add_argument("--only", choices=["corpuskit"])
    parser.add_argument("--set", choices=SETS, action="append", help="default: both")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    extractors = {"corpuskit": corpuskit_extractor()}
    if args.only is None:
        extractors["trafilatura"] = trafilatura_extractor()
    report: dict[str, Any] = {}
    for name in args.set or SETS:
        report[name] = run_set(name, load(args.shared / name), extractors, args.show)
    if not args.no_save and args.only is None and not args.set:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / "html_quality.json"
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
