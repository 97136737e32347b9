"""Article metadata from an HTML page: meta tags, JSON-LD, ``<title>``, ``<time>``.

Sources, strongest first for each field:

* title: ``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>`` minus the site
  suffix (`` | Site``, `` - Site``); the headline block (``<h1>``) is labelled by the extractor
  and wins over all of these;
* subtitle: ``og:description``, ``description``, JSON-LD ``description``, unless it merely
  repeats the start of the body;
* authors: JSON-LD ``author`` names, ``author``/``article:author``/``parsely-author`` metas
  (not URLs), then the byline block;
* published: ``article:published_time`` and its variants, JSON-LD ``datePublished``, the first
  ``<time datetime>``;
* url: ``<link rel="canonical">``, ``og:url``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from corpuskit import Block, Label, Metadata, Page
from corpuskit.html import HtmlDoc, parse_page

_TITLE_SPLIT = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
# "By", "Written by", "Words and pictures by", "posted 12 April by"; and at the very start,
# "Von", "Par", "Por", "Door" (a name may hold "von" itself: "Karl von Habsburg").
_BY = re.compile(
    r"^\s*(?:(?:[\w,.]+\s+){0,6}?[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)"
    r"[:\s]+"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\|)\s*", re.IGNORECASE)
_NOT_NAME = re.compile(r"https?://|www\.|@|\d{3,}")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "article.published",
    "published_time",
)
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
# Script bodies wrapped for old XHTML parsers: ``<![CDATA[ ... ]]>``, ``<!-- ... -->``.
_JSON_WRAP = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?")


def parse_date(value: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or date-time (offset kept when given), or None."""
    value = value.strip()
    found = _ISO.match(value)
    if not found:
        return None
    year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3))
    try:
        if found.group(4) is None:
            return dt.date(year, month, day)
        text = value[: found.end()]
        rest = value[found.end() :].strip()
        if rest.upper() == "Z":
            rest = "+00:00"
        elif re.fullmatch(r"[+-]\d{4}", rest):
            rest = f"{rest[:3]}:{rest[3:]}"
        elif not re.fullmatch(r"[+-]\d{2}:\d{2}", rest):
            rest = ""
        return dt.datetime.fromisoformat(text.replace(" ", "T") + rest)
    except ValueError:
        return None


def byline_names(text: str) -> tuple[str, ...]:
    """Names from a byline such as "By Jane Roe and John Doe, Reuters" (best effort)."""
    text = _BY.sub("", text.strip())
    text = re.split(r"\s+(?:[-–—|]|on|updated|published)\s+|\d", text, maxsplit=1)[0]
    names = []
    for part in _NAME_SPLIT.split(text):
        part = part.strip(" .:;")
        words = part.split()
        if 2 <= len(words) <= 4 and not _NOT_NAME.search(part) and part[:1].isupper():
            names.append(part)
    return tuple(dict.fromkeys(names))


def _jsonld_objects(doc: HtmlDoc) -> Iterator[dict[str, Any]]:
    for raw in doc.jsonld:
        text = _JSON_WRAP.sub("", raw).strip().rstrip(";")
        try:
            data = json.loads(text, strict=False)  # raw line breaks inside strings are common
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(
                    isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds
                ) or any(k in ("WebPage", "Report", "Blog") for k in kinds):
                    yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() and not _NOT_NAME.search(value) else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _strip_site(title: str, site: str | None) -> str:
    parts = _TITLE_SPLIT.split(title)
    if len(parts) < 2:
        return title
    if site:
        low = site.lower()
        kept = [p for p in parts if p.lower() != low]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    # The site name is the shorter end: drop the last part when it is short.
    if len(parts[-1]) < len(" ".join(parts[:-1])):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


def from_html(doc: HtmlDoc) -> dict[str, Any]:
    """Every field this module can find, as plain values (``site`` included)."""
    meta = doc.meta
    articles = list(_jsonld_objects(doc))
    site = meta.get("og:site_name") or meta.get("application-name")
    title = meta.get("og:title") or meta.get("twitter:title")
    description = (
        meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    )
    authors: list[str] = []
    published: dt.date | dt.datetime | None = None
    for item in articles:
        title = title or (item.get("headline") if isinstance(item.get("headline"), str) else None)
        if not description and isinstance(item.get("description"), str):
            description = item["description"]
        if not authors:
            authors = _names(item.get("author"))
        if published is None and isinstance(item.get("datePublished"), str):
            published = parse_date(item["datePublished"])
        if not site and isinstance(item.get("publisher"), dict):
            name = item["publisher"].get("name")
            site = name if isinstance(name, str) else None
    if not title and doc.title:
        title = _strip_site(doc.title, site)
    if not authors:
        for key in _AUTHOR_KEYS:
            value = meta.get(key)
            if value and not _NOT_NAME.search(value):
                authors = [n.strip() for n in value.split(",") if n.strip()]
                break
    if published is None:
        for key in _DATE_KEYS:
            if key in meta:
                published = parse_date(meta[key])
                if published is not None:
                    break
    if published is None:
        for value, _ in doc.times[:1]:
            published = parse_date(value)
    url = doc.links.get("canonical") or meta.get("og:url")
    return {
        "title": " ".join(title.split()) if title else None,
        "subtitle": " ".join(description.split()) if description else None,
        "authors": tuple(dict.fromkeys(" ".join(a.split()) for a in authors)),
        "published": published,
        "url": url if url and url.startswith(("http://", "https://")) else None,
        "site": site,
    }


def from_page(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], plugin: str, priority: int
) -> Metadata:
    """The metadata hook's answer for an HTML page."""
    found = from_html(parse_page(page))
    subtitle = found["subtitle"]
    if subtitle:
        head = subtitle.rstrip(".…").strip()[:60]
        cut = {(label.start, label.end) for label in labels if label.kind != "body"}
        for block in blocks[:400]:
            if (block.start, block.end) in cut or len(block.text) < 60:
                continue
            if head and head in block.text:
                subtitle = None  # the description is the body's own first lines
                break
    return Metadata(
        title=found["title"],
        subtitle=subtitle,
        authors=found["authors"],
        published=found["published"],
        url=found["url"],
        plugin=plugin,
        priority=priority,
        site_name=found["site"],
    )
