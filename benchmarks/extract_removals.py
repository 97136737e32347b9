"""Where the HTML extractor's false removals come from: gold body text removed, by evidence.

``corpuskit eval`` counts false removals per removed kind and plugin; on HTML pages nearly all
come from one plugin (``extract``), and the kind alone does not say which rule to look at:
a ``footer`` may come from a ``<footer>`` tag, a class word, or only from lying after the
container with nothing around it saying anything. This script sorts every removed block of
the two development sets by what the page says around it:

* ``where``: inside the container, or before, between or after its parts;
* ``evidence``: the first telling element between the block and the article's own wrappers
  (``tag:nav``, ``class:related``...), or ``default`` where nothing tells (the block went for
  where it lies);
* ``prose``: ``strict`` (running prose beyond doubt), ``prose`` or ``short``.

For each group it gives the characters of gold body removed (a block whose 4-token shingles
are mostly gold) and of other text removed, with page counts. A group with much gold and
little else is a rule that over-reaches; one with both is a class the two golds disagree on
or a rule that needs better evidence. Groups are listed for the tuning halves; the checking
halves print their totals only, as the discipline asks (``docs/benchmarks.md``): a group
found there and then fixed would have its checking gain measured on the pages that showed it.

Usage::

    python benchmarks/extract_removals.py [--shared ../shared] [--set mozilla-dev] [--top 15]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from html_quality import DEFAULT_SHARED, HALVES, SETS, half_of, load

from corpuskit.html import Element, read_html, tokenize
from corpuskit.model import Hint
from corpuskit.scoring import shingles
from corpuskit_plugins.extract.classifier import article_wrappers, chain_to, classify
from corpuskit_plugins.extract.container import find_container
from corpuskit_plugins.extract.evidence import (
    OUTSIDE_TAG_KINDS,
    element_kind,
    is_prose,
    strict_prose,
)

_KEPT = ("body", "title", "subtitle", "byline", "dateline")
Group = tuple[str, str, str, str]
"""Removed kind, where, evidence, prose."""


def _evidence(chain: Sequence[int], around: set[int], elements: Sequence[Element]) -> str:
    for index in chain:
        if index in around:
            break  # a wrapper of the article too: says nothing about the block
        element = elements[index]
        if element.tag in OUTSIDE_TAG_KINDS:
            return f"tag:{element.tag}"
        kind = element_kind(element)
        if kind is not None:
            return f"class:{kind}"
    return "default"


def groups(raw: bytes, gold: str) -> list[tuple[Group, int, bool]]:
    """Every removed block of one page: its group, its length, and whether it is gold."""
    page = read_html(raw, Hint(kind="html"))
    if page is None:
        return []
    doc = tokenize(page.text)
    blocks, elements = doc.blocks, doc.elements
    kinds = classify(blocks, elements, doc.times, "", doc.title)
    chosen = find_container(blocks, elements)
    if not chosen:
        return []
    around = article_wrappers(chosen, elements)
    first = min(elements[i].start for i in chosen)
    last = max(elements[i].end for i in chosen)
    wanted = shingles(gold)
    found = []
    for block, kind in zip(blocks, kinds, strict=True):
        structure = block.structure
        if kind in _KEPT or structure is None:
            continue
        own = shingles(block.text)
        if not own:
            continue
        chain, inside = chain_to(structure.node, chosen, elements)
        where = (
            "inside"
            if inside
            else "after"
            if block.start >= last
            else "before"
            if block.end <= first
            else "between"
        )
        prose = (
            "strict"
            if strict_prose(block.text, structure.links)
            else "prose"
            if is_prose(block.text, structure.links)
            else "short"
        )
        is_gold = sum(count for gram, count in own.items() if gram in wanted) * 2 >= sum(
            own.values()
        )
        found.append(
            ((kind, where, _evidence(chain, around, elements), prose), len(block.text), is_gold)
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--set", choices=SETS, action="append", help="default: both")
    parser.add_argument("--top", type=int, default=15, help="groups listed per half")
    args = parser.parse_args(argv)
    for name in args.set or SETS:
        pages = load(args.shared / name)
        for half in HALVES:
            gold_chars: Counter[Group] = Counter()
            other_chars: Counter[Group] = Counter()
            gold_pages: defaultdict[Group, set[str]] = defaultdict(set)
            other_pages: defaultdict[Group, set[str]] = defaultdict(set)
            for position, (key, (raw, truth)) in enumerate(pages.items()):
                if half_of(position) != half:
                    continue
                for group, length, is_gold in groups(raw, truth["articleBody"]):
                    if is_gold:
                        gold_chars[group] += length
                        gold_pages[group].add(key)
                    else:
                        other_chars[group] += length
                        other_pages[group].add(key)
            print(f"\n{name}, {half} half: removed blocks by what the page says around them")
            print(
                f"{'gold':>7} {'pages':>5} {'other':>7} {'pages':>5}  kind, where, evidence, prose"
            )
            # Most gold removed first: the rules that over-reach most.
            ranked = sorted(gold_chars, key=lambda g: (-gold_chars[g], -other_chars[g]))
            shown = ranked[: args.top] if half == "tuning" else []
            for group in shown:
                print(
                    f"{gold_chars[group]:7d} {len(gold_pages[group]):5d} {other_chars[group]:7d}"
                    f" {len(other_pages[group]):5d}  {', '.join(group)}"
                )
            total_gold = sum(gold_chars.values())
            total_other = sum(other_chars.values())
            print(f"{total_gold:7d} {'':5} {total_other:7d} {'':5}  all removed blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
