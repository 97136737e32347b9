"""Whole corpora for tests and benchmarks: seed-like articles as JSON Lines, WARC or WET files.

Deterministic (a seed gives the same bytes every time) and made of invented text, so tests,
benchmarks and users' own pipelines can exercise corpus runs at any size without third-party
articles. Each article is shaped like the seeds: headline, standfirst, byline, date line, a
dozen paragraphs, a captioned photo with an agency credit, a related link and a sign-up footer.
"""

from __future__ import annotations

import gzip
import random
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from corpuskit.io.compression import Sink

WORDS = [
    "the",
    "council",
    "said",
    "on",
    "monday",
    "that",
    "its",
    "plan",
    "for",
    "the",
    "harbour",
    "district",
    "would",
    "go",
    "ahead",
    "after",
    "months",
    "of",
    "talks",
    "with",
    "residents",
    "who",
    "had",
    "asked",
    "for",
    "more",
    "housing",
    "and",
    "fewer",
    "offices",
    "while",
    "officials",
    "in",
    "the",
    "ministry",
    "argued",
    "that",
    "the",
    "budget",
    "could",
    "not",
    "stretch",
    "that",
    "far",
    "before",
    "the",
    "next",
    "election",
    "and",
    "a",
    "review",
    "of",
    "the",
    "tender",
    "would",
    "be",
    "heard",
    "at",
    "an",
    "open",
    "meeting",
]
NAMES = ("Mara Ellison", "Tomas Reyl", "Ines Okafor", "Lev Adamsky", "Hana Bertrand")
PLACES = ("Eastport", "Valmora", "Northgate", "Lindqvist Bay", "Caldera Springs")
AGENCIES = ("AP Photo", "AFP", "Reuters", "Getty Images", "Flash90")


def sentence(rng: random.Random, low: int = 12, high: int = 28) -> str:
    """A sentence of ``low``..``high`` words, sometimes naming a place."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.4:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(PLACES))
    return " ".join(words) + "."


def article(rng: random.Random, size: int = 2500) -> str:
    """One seed-like article of about ``size`` characters, debris included."""
    agency = rng.choice(AGENCIES)
    photographer = rng.choice(NAMES)
    head = [
        f"{rng.choice(PLACES)} {sentence(rng, 5, 9).rstrip('.').lower()}",
        sentence(rng, 14, 22),
        f"By {rng.choice(NAMES)}, {rng.choice(PLACES)} Herald",
        f"Published: March {rng.randint(1, 28)}, 20{rng.randint(10, 24)}",
    ]
    body: list[str] = []
    while sum(len(p) for p in body) < size - 900:
        body.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))))
    caption = f"{sentence(rng, 10, 16)} ({agency}/{photographer})"
    body.insert(min(3, len(body)), caption)
    body.insert(min(6, len(body)), f"Read more: {sentence(rng, 6, 9).rstrip('.').title()}")
    tail = ["Sign up for our daily newsletter", "Follow us on Twitter and Facebook"]
    return "\n\n".join(head + body) + "\n\n" + "\n".join(tail) + "\n"


def as_html(text: str, title: str = "") -> str:
    """An article's text as a plain HTML page, one ``<p>`` per paragraph."""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f"<html><head><title>{title}</title></head>"
        f"<body><article>{paragraphs}</article></body></html>"
    )


def records(count: int, *, seed: int = 20191120, size: int = 2500) -> Iterator[dict[str, Any]]:
    """``count`` JSON Lines records: ``id``, ``url`` and ``text`` of a seed-like article."""
    rng = random.Random(seed)
    for number in range(count):
        yield {
            "id": f"doc-{number:07d}",
            "url": f"https://herald.example/news/{number}",
            "text": article(rng, size),
        }


_SITE_WORDS = ("Lantern", "Tidewater", "Heron", "Millrace", "Quarry", "Bellwether", "Cobble")
_SITE_KINDS = ("Courier", "Ledger", "Gazette", "Dispatch", "Review", "Almanac", "Post")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _site_furniture(rng: random.Random, name: str) -> dict[str, Any]:
    """One invented site's own furniture: worded its own way, so no generic rule knows it."""
    place, other = rng.sample(PLACES, 2)
    club = rng.choice(("lantern club", "readers' circle", "supper society", "walking group"))
    return {
        "menu": f"{name} {rng.choice(('Home', 'Front page'))} {place} {other} Sport Letters",
        "pitch": (
            f"The {name} {club} meets every {rng.choice(_WEEKDAYS)} at the {place} boathouse, "
            "and members get the weekend edition a day early."
        ),
        "more": f"Elsewhere in the {name.split()[-1]}:",
        "footer": [
            f"{name}, {rng.randint(2, 99)} {other} Street, {place}",
            f"Letters for the {name} go to the desk on the second floor, weekdays only.",
        ],
    }


def site_corpus(
    sites: int = 6, pages: int = 30, *, seed: int = 20260601
) -> Iterator[dict[str, Any]]:
    """Whole-page text of several invented sites, many pages each, with the body to expect.

    The crawl a user runs: every site prints its own menu, a prose-shaped pitch for its
    readers' club, a "more from" line with another headline, and a footer of its address and
    a letters note, all worded its own way, around an article of invented sentences. Records
    carry ``id``, ``url``, ``text`` and ``body`` (the article's paragraphs, one a line), so a
    run's clean body can be scored against what it should be. Sites alternate page by page,
    as a crawl's records do.
    """
    rng = random.Random(seed)
    distinct = min(sites, len(_SITE_WORDS))  # then numbered names for the sites beyond
    names = [
        f"{word} {kind}"
        for word, kind in zip(
            rng.sample(_SITE_WORDS, distinct), rng.sample(_SITE_KINDS, distinct), strict=True
        )
    ]
    while len(names) < sites:
        names.append(f"{rng.choice(_SITE_WORDS)} {rng.choice(_SITE_KINDS)} {len(names)}")
    furniture = [_site_furniture(rng, name) for name in names]
    for number in range(pages):
        for site, (name, own) in enumerate(zip(names, furniture, strict=True)):
            body = [
                " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
                for _ in range(rng.randint(5, 10))
            ]
            lines = [own["menu"], "", sentence(rng, 5, 9).rstrip("."), ""]
            lines += [f"By {rng.choice(NAMES)}", ""]
            pitch_at = rng.randint(2, len(body) - 1)
            for index, paragraph in enumerate(body):
                if index == pitch_at:
                    lines += [own["pitch"], ""]
                lines += [paragraph, ""]
            headline = sentence(rng, 6, 9).rstrip(".").title()
            lines += [own["more"], headline, "", *own["footer"]]
            host = name.lower().replace(" ", "") + ".example"
            yield {
                "id": f"site{site}-{number:04d}",
                "url": f"https://{host}/news/{number}",
                "text": "\n".join(lines) + "\n",
                "body": "\n".join(body),
            }


def write_jsonl(path: str | Path, items: Iterable[dict[str, Any]]) -> int:
    """Write records as JSON Lines (``.gz``/``.zst`` compressed by name); returns the count."""
    sink = Sink(path)
    count = 0
    try:
        for item in items:
            sink.write(orjson.dumps(item) + b"\n")
            count += 1
    finally:
        sink.close()
    return count


def warc_record(
    body: bytes,
    *,
    url: str,
    number: int,
    kind: str = "response",
    content_type: str = "text/html; charset=utf-8",
) -> bytes:
    """One WARC/1.1 record: an HTTP ``response`` around ``body``, or a WET ``conversion``."""
    if kind == "response":
        http = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        block = http + body
        block_type = "application/http; msgtype=response"
    else:
        block = body
        block_type = "text/plain"
    record_id = uuid.UUID(int=number)
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n"
        f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: str | Path, blocks: Iterable[bytes], *, compress: bool = True) -> int:
    """Write WARC records; with ``compress``, one gzip member each (the usual ``.warc.gz``)."""
    count = 0
    with open(path, "wb") as out:
        for block in blocks:
            out.write(gzip.compress(block, mtime=0) if compress else block)
            count += 1
    return count


def warcinfo(number: int = 0) -> bytes:
    """A ``warcinfo`` record, as crawlers start their files with (not an article)."""
    body = b"software: corpuskit-testing\r\nformat: WARC File Format 1.1\r\n"
    record_id = uuid.UUID(int=number)
    head = (
        f"WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"Content-Type: application/warc-fields\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("ascii")
    return head + body + b"\r\n\r\n"
