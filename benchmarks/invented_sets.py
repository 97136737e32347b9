"""The invented page sets (``benchmarks/invented``): corpuskit against trafilatura, in halves.

Each set was written for the team in markup of real site shells with invented text, around
one kind of difficulty (bylines and dates, titles, bodies that are easy to lose, and a blind
end check kept afterwards); its ``README.md`` gives the gold conventions. Every set is split
once, as the development sets are: even positions of the sorted names tune, odd ones check,
and only the tuning half's pages are ever listed (``--show``).

Measured for each tool on each half, over the pages whose gold has the field:

* body F1, precision and recall (:mod:`corpuskit.scoring`), and ``lost``: pages whose recall
  is under 0.5 while the other tool's is at least 0.5;
* title hits against the gold ``title`` or ``headline``, and against ``page_title`` where a
  set has one: equal after white-space folding, lower-casing and outer quotes stripped;
* author hits (the set of names, case-folded, equal to the gold's, over pages naming someone)
  and date hits (the first ten characters).

``--text`` scores the text path the same way: each page's whole text as a crawler keeps it
(html-text, ``aeb_text.py``'s input B, like Common Crawl WET) as given, after C4-style line
rules (``heldout_text.py``) and after ``corpuskit.parse(text, kind="text")``, with the
title, authors and date it reads (a title hit on the headline or on the page title). These
sets' gold drops what corpuskit's kinds drop (bylines, captions, related links), which
mozilla-dev's readability gold keeps, so they judge the text path by the project's own
conventions. ``--show-text NAME`` lists the tuning half's pages where corpuskit's body falls
under 0.8 precision or recall.

Usage::

    python benchmarks/invented_sets.py [--set NAME] [--only corpuskit] [--show NAME]
    python benchmarks/invented_sets.py --text [--set NAME] [--show-text NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from html_quality import trafilatura_extractor

from corpuskit import Parser
from corpuskit.scoring import PageScore, score_corpus, score_page

HERE = Path(__file__).resolve().parent
SETS = HERE / "invented"
HALVES = ("tuning", "checking")
_SPACE = re.compile(r"\s+")

Output = tuple[str, str | None, list[str], str | None]
"""Body, title, authors and date (ISO) as a tool gives them."""


def load(folder: Path) -> dict[str, tuple[bytes, dict[str, Any]]]:
    """Raw page bytes and gold record by name, names sorted."""
    pages = {}
    for gold in sorted((folder / "gold").glob("*.json")):
        raw = gzip.decompress((folder / "pages" / f"{gold.stem}.html.gz").read_bytes())
        pages[gold.stem] = (raw, json.loads(gold.read_text(encoding="utf-8")))
    return pages


def corpuskit_tool() -> Callable[[bytes, str | None], Output]:
    parser = Parser()

    def run(raw: bytes, url: str | None) -> Output:
        doc = parser.parse(raw, url=url, kind="html")
        date = doc.published.isoformat() if doc.published else None
        return "\n".join(doc.paragraphs), doc.title, list(doc.authors), date

    return run


def trafilatura_tool() -> Callable[[bytes, str | None], Output]:
    """trafilatura as the development sets' benchmark runs it, a failure an empty result."""
    run = trafilatura_extractor()

    def forgiving(raw: bytes, url: str | None) -> Output:
        try:
            return run(raw, url)
        except Exception:  # a peer's failure on one page is an empty result, not a stop
            return "", None, [], None

    return forgiving


def _fold(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip().strip("\"'“”«»").casefold()


def hits(got: Output, gold: dict[str, Any]) -> dict[str, bool]:
    """Which fields the output gets right, for the fields the gold has."""
    _, title, authors, date = got
    found: dict[str, bool] = {}
    want = gold.get("title") or gold.get("headline")
    if want:
        found["title"] = _fold(title) == _fold(want)
    if gold.get("page_title"):
        found["page_title"] = _fold(title) == _fold(gold["page_title"])
    if gold.get("authors"):
        found["authors"] = {_fold(a) for a in authors} == {_fold(a) for a in gold["authors"]}
    if gold.get("date"):
        found["date"] = (date or "")[:10] == gold["date"][:10]
    return found


def score_set(
    pages: dict[str, tuple[bytes, dict[str, Any]]], tools: dict[str, Callable[..., Output]]
) -> tuple[dict[str, dict[str, Output]], dict[str, dict[str, PageScore]]]:
    outputs: dict[str, dict[str, Output]] = {t: {} for t in tools}
    scores: dict[str, dict[str, PageScore]] = {t: {} for t in tools}
    for name, (raw, gold) in pages.items():
        for tool, run in tools.items():
            got = run(raw, gold.get("url"))
            outputs[tool][name] = got
            scores[tool][name] = score_page(got[0], "\n".join(gold["paragraphs"]))
    return outputs, scores


def report(
    name: str,
    pages: dict[str, tuple[bytes, dict[str, Any]]],
    outputs: dict[str, dict[str, Output]],
    scores: dict[str, dict[str, PageScore]],
) -> dict[str, Any]:
    names = list(pages)
    halves = {"tuning": names[0::2], "checking": names[1::2]}
    fields = ("title", "page_title", "authors", "date")
    print(f"\n{name}: {len(names)} pages")
    print(
        f"{'half':9} {'tool':12} {'F1':>6} {'P':>6} {'R':>6} {'lost':>5}"
        + "".join(f" {f:>10}" for f in fields)
    )
    rows: dict[str, Any] = {}
    for half, keys in halves.items():
        for tool in outputs:
            total = score_corpus(scores[tool][k] for k in keys)
            others = [t for t in outputs if t != tool]
            lost = sum(
                scores[tool][k].recall < 0.5 and all(scores[o][k].recall >= 0.5 for o in others)
                for k in keys
            )
            marks: dict[str, list[bool]] = {f: [] for f in fields}
            for key in keys:
                for field, hit in hits(outputs[tool][key], pages[key][1]).items():
                    marks[field].append(hit)
            cells = [f"{sum(m)}/{len(m)}" if m else "-" for m in marks.values()]
            print(
                f"{half:9} {tool:12} {total.f1:6.3f} {total.precision:6.3f} {total.recall:6.3f}"
                f" {lost if others else '-':>5}" + "".join(f" {c:>10}" for c in cells)
            )
            rows.setdefault(half, {})[tool] = {
                "f1": round(total.f1, 4),
                "lost": lost if others else None,
                **{f: [sum(m), len(m)] for f, m in marks.items() if m},
            }
    return rows


def show(
    pages: dict[str, tuple[bytes, dict[str, Any]]],
    outputs: dict[str, Output],
    scores: dict[str, PageScore],
) -> None:
    """corpuskit's misses on the tuning half, page by page."""
    for name in list(pages)[0::2]:
        gold, got, score = pages[name][1], outputs[name], scores[name]
        missed = [field for field, hit in hits(got, gold).items() if not hit]
        if score.recall < 0.8 or score.precision < 0.8 or missed:
            print(f"  {name}: P {score.precision:.2f} R {score.recall:.2f}", end="")
            for field in missed:
                value = {"title": got[1], "page_title": got[1], "authors": got[2], "date": got[3]}
                want = gold.get(field) or (gold.get("headline") if field == "title" else None)
                print(f" | {field} {value[field]!r} gold {want!r}", end="")
            print()


TextOutput = Output
"""Body, title, authors and date as a text cleaner gives them (none but the body for the
peers)."""


def text_tools() -> dict[str, Callable[[str], TextOutput]]:
    """The text path's contenders, each from a page's whole text."""
    from heldout_text import c4_rules

    parser = Parser()

    def clean(text: str) -> TextOutput:
        if not text.strip():
            return "", None, [], None
        doc = parser.parse(text, kind="text")
        date = doc.published.isoformat() if doc.published else None
        return "\n".join(doc.paragraphs), doc.title, list(doc.authors), date

    return {
        "as given": lambda text: (text, None, [], None),
        "C4 rules": lambda text: (c4_rules(text), None, [], None),
        "corpuskit": clean,
    }


def text_set(
    name: str, pages: dict[str, tuple[bytes, dict[str, Any]]], show: bool
) -> dict[str, Any]:
    """Body F1 and title hits of each text contender on each half, from html-text of the
    whole page."""
    from heldout_text import whole_page_text

    tools = text_tools()
    texts = {key: whole_page_text(raw) for key, (raw, _) in pages.items()}
    outputs = {tool: {key: run(texts[key]) for key in pages} for tool, run in tools.items()}
    scores = {
        tool: {
            key: score_page(got[0], "\n".join(pages[key][1]["paragraphs"]))
            for key, got in outputs[tool].items()
        }
        for tool in tools
    }
    names = list(pages)
    print(f"\n{name}: {len(names)} pages, whole-page text (html-text)")
    fields = ("title", "authors", "date")
    print(
        f"{'half':9} {'cleaner':12} {'F1':>6} {'P':>6} {'R':>6}"
        + "".join(f" {f:>8}" for f in fields)
    )
    rows: dict[str, Any] = {}
    for half, keys in {"tuning": names[0::2], "checking": names[1::2]}.items():
        for tool in tools:
            total = score_corpus(scores[tool][k] for k in keys)
            marks: dict[str, list[bool]] = {f: [] for f in fields}
            for key in keys:
                found = hits(outputs[tool][key], pages[key][1])
                if "title" in found:
                    marks["title"].append(found["title"] or found.get("page_title", False))
                for field in ("authors", "date"):
                    if field in found:
                        marks[field].append(found[field])
            cells = [
                f"{sum(m)}/{len(m)}" if m and tool == "corpuskit" else "-" for m in marks.values()
            ]
            print(
                f"{half:9} {tool:12} {total.f1:6.3f} {total.precision:6.3f} {total.recall:6.3f}"
                + "".join(f" {c:>8}" for c in cells)
            )
            rows.setdefault(half, {})[tool] = round(total.f1, 4)
    if show:
        for key in names[0::2]:
            got = scores["corpuskit"][key]
            if got.precision < 0.8 or got.recall < 0.8:
                print(f"  {key}: P {got.precision:.2f} R {got.recall:.2f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", help="a folder of benchmarks/invented")
    parser.add_argument("--only", choices=["corpuskit"])
    parser.add_argument("--show", help="list corpuskit's tuning-half misses of this set")
    parser.add_argument("--text", action="store_true", help="score the text path instead")
    parser.add_argument("--show-text", help="list the text path's tuning-half misses of a set")
    args = parser.parse_args(argv)
    if args.text or args.show_text:
        for name in args.set or sorted(p.name for p in SETS.iterdir() if (p / "gold").is_dir()):
            text_set(name, load(SETS / name), name == args.show_text)
        return 0
    tools: dict[str, Callable[..., Output]] = {"corpuskit": corpuskit_tool()}
    if args.only is None:
        try:
            tools["trafilatura"] = trafilatura_tool()
        except ImportError:
            print("trafilatura not installed (pip install corpuskit[bench])", file=sys.stderr)
    names = args.set or sorted(p.name for p in SETS.iterdir() if (p / "gold").is_dir())
    for name in names:
        pages = load(SETS / name)
        outputs, scores = score_set(pages, tools)
        report(name, pages, outputs, scores)
        if args.show == name:
            show(pages, outputs["corpuskit"], scores["corpuskit"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
