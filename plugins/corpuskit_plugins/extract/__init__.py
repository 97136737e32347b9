"""The generic main-content extractor for HTML pages: body blocks in, debris labelled out.

Only HTML pages are its business (``page.kind == "html"``); on text pages it proposes nothing.
This module is the hooks and nothing else; the work lives in rooms of its own:

* :mod:`.container`: which element holds the article (readability's scoring, corrected);
* :mod:`.classifier`: a kind for every block, from the elements around it;
* :mod:`.evidence`: what a tag, class or id says a block is, and what reads as prose;
* :mod:`.floor`: long running prose is deleted only on structural evidence;
* :mod:`.labels`: runs of kinds become labels, at priority 50 (above the text cleaner's line
  rules, below source plugins);
* :mod:`.metadata`: title, description, authors, date and canonical URL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from corpuskit import Block, Label, Metadata, Page, hookimpl
from corpuskit.html import HtmlDoc, parse_page
from corpuskit_plugins.extract import metadata as _metadata
from corpuskit_plugins.extract.classifier import classify
from corpuskit_plugins.extract.container import find_container
from corpuskit_plugins.extract.declared import from_html, title_for
from corpuskit_plugins.extract.floor import FLOOR_STATS
from corpuskit_plugins.extract.labels import NAME, PRIORITY, labels_for
from corpuskit_plugins.extract.marked import markup_text

__all__ = [
    "FLOOR_STATS",
    "NAME",
    "PRIORITY",
    "classify",
    "corpuskit_label",
    "corpuskit_metadata",
    "find_container",
    "labels_for",
]


@hookimpl
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """Body versus debris for HTML pages; nothing for text pages."""
    if page.kind != "html" or not blocks:
        return []
    doc = parse_page(page)
    if len(doc.blocks) != len(blocks) or doc.blocks[0] is not blocks[0]:
        return []  # another segmenter cut this page: its blocks carry no structure we know
    description = doc.meta.get("og:description") or doc.meta.get("description") or ""
    kinds = classify(blocks, doc.elements, doc.times, description, doc.title)
    labels = _declared_bylines(doc, labels_for(blocks, kinds, doc.elements), page.text)
    return [
        evolve(label, value=title_for(doc, label.value))
        if label.kind == "title" and isinstance(label.value, str)
        else label
        for label in labels
    ]


@hookimpl
def corpuskit_metadata(
    page: Page, blocks: Sequence[Block], labels: Sequence[Label], source: str | None
) -> Metadata | None:
    """Title, description, authors, date and canonical URL from the page's head and JSON-LD."""
    if page.kind != "html":
        return None
    return _metadata.from_page(page, blocks, labels, NAME, PRIORITY)


def _declared_bylines(doc: HtmlDoc, labels: list[Label], text: str) -> list[Label]:
    """Bylines held to the authors the page declares (its JSON-LD or meta), when it does.

    * A byline naming a declared author, a full name of two words or more, in more words
      ("LORNE CASTELL Associated Press", "Scritto da Paolo Bernardi", "Dana Whitcomb -")
      gives the name as declared: the page's head spells it without the outlet, the foreign
      "by" or the separator the line carries. Declared means JSON-LD, meta or microdata, not
      a name found by its element's class alone.
    * Of several named bylines, those naming none of the declared authors give no author: a
      column's name or a section sits in the byline slot too ("Deal Professor" above "By
      Steven Davidoff Solomon"), as long as another byline names one.
    * Declared or not, a name sharing a word of the site's own name is its desk ("NBS
      North", "SCB Rural"), no author, wherever a byline names someone besides.

    Asked only when a byline names someone, so most pages without one pay nothing.
    """
    named = [label for label in labels if label.kind == "byline" and label.value]
    if not named:
        return labels
    found = from_html(doc, text, classes=False)["authors"]
    declared = {_words(name): name for name in found}

    def names(label: Label) -> tuple[str, ...]:
        value = label.value
        return tuple(value) if isinstance(value, tuple | list) else (str(value),)

    site = set(_words(str(doc.meta.get("og:site_name") or "")).split()) - _COMMON

    def spelled(label: Label) -> tuple[str, ...]:
        out: list[str] = []
        for at, name in enumerate(names(label)):
            words = _words(name)
            if (
                words not in declared
                and site & set(words.split()[: 99 if declared else 1])
                and (declared or not _person_slot(text, label, at, name, label is named[0]))
            ):
                # The outlet's desk after the reporter: "By Aisha Bello, NBS North". Where the
                # page declares no one, only a name opening with the site's word ("Pieter van
                # Dijk" shares "van" with "Dagblad van het Oosten") and not in a person's
                # place (:func:`_person_slot`).
                continue
            # A full name only: "Marit" or a user name "marit" is in "Marit Solberg" too.
            inside = [
                written
                for key, written in declared.items()
                if (key in words or key in _unglued(name)) and " " in key.strip()
            ]
            out.extend(inside or [name])
        return tuple(dict.fromkeys(out))

    respelled = {id(label): spelled(label) for label in named}
    if not declared and not any(respelled.values()):
        # Nothing declared: a desk beside a person's name names no one, in the same byline
        # ("By Aisha Bello, NBS North") or in a line of its own ("SCB Rural" under "By Tess
        # Hollingworth and Declan Foy"); where no byline names anyone else, they stand (a
        # blog named after its author).
        respelled = {id(label): names(label) for label in named}
    naming = [label for label in named if any(_words(n) in declared for n in respelled[id(label)])]
    drop = len(named) >= 2 and bool(naming)
    said = {word for key in declared for word in key.split()}
    out: list[Label] = []
    for label in labels:
        if id(label) in respelled:
            value = respelled[id(label)]
            weak = bool(declared) and _weak_byline(text[label.start : label.end])
            if (drop and label not in naming) or (
                weak and not any(said & set(_words(name).split()) for name in value)
            ):
                value = ()
            if value != names(label):
                label = evolve(label, value=value)
        out.append(label)
    return out


_AND_BEFORE = re.compile(
    r"(?:^|\s)(?:and|und|y|e|i|et|en|og|och|ja|и|і|та|và|dan|ve|&|و)\s*$", re.IGNORECASE
)


def _person_slot(text: str, label: Label, at: int, name: str, first: bool) -> bool:
    """Whether a byline's name (the ``at``-th of its label) stands where a person's does: the
    first of the page's first byline ("Por Paulo Silva e …" at a "Folha de S.Paulo", "By Dawn
    Carter" at a "Dawn"), or joined to the name before by "and". A desk follows a person after
    a comma, or on a line of its own ("By Aisha Bello, NBS North", "SCB Rural"): session 29's
    review."""
    if first and at == 0:
        return True
    line = markup_text(text[label.start : label.end])
    where = line.find(name)
    return where > 0 and _AND_BEFORE.search(line[:where]) is not None


_WEAK_BY = re.compile(r"\s*(?:av|af|eftir)\s", re.IGNORECASE)


def _weak_byline(markup: str) -> bool:
    """Whether a byline reads so only by a word that means more than "by": the Nordic "Av",
    "Af" and Icelandic "Eftir" also open a picture's credit ("Av Trond Berg / NTB scanpix")
    or a poem's kicker ("of", "after"). Where the page declares its authors, such a line
    naming none of them gives none (session 28's review)."""
    return bool(_WEAK_BY.match(markup_text(markup)))


_NOT_WORD = re.compile(r"[\W_]+")
_COMMON = frozenset({"the", "news", "daily", "times", "post", "online", "magazine"})
"""Words of a site's name that name no site in particular ("NBS News": "news")."""


_GLUED_BY = ("By", "Por", "Par", "Von", "Door", "Av", "Af")
"""Words for "by" a theme writes in an element of its own before the name's link, with the
space drawn in CSS: ``<span>Por</span><a>Rita Moniz</a>`` reads "PorRita Moniz"."""
_SEAM = "\x00"
"""What marks a word that began at a seam, where no declared name may begin."""


def _unglued(name: str) -> str:
    """A byline's words as :func:`_words` gives them, with a word opened wherever a capital
    follows a small letter, or "" where none does. A theme writes the byline's parts in
    elements of their own and draws the spaces in CSS: ``<a>Aušra Jankauskienė</a><span>
    Vėtrungė</span>`` reads "Aušra JankauskienėVėtrungė", ``<span>Por</span><a>Rita Moniz
    </a>`` "PorRita Moniz". A seam may end a declared name; one may begin at a seam only
    after a glued word for "by" opening the byline: "DeShawn Carter" names no declared
    "Shawn Carter", nor "Ola NordmannKari Holm" the desk editor "Kari Holm" a page declares
    beside its reporter (session 28's review)."""
    seams = [i for i in range(1, len(name)) if name[i].isupper() and name[i - 1].islower()]
    if not seams:
        return ""
    cut = [name[a:b] for a, b in zip([0, *seams], [*seams, len(name)], strict=True)]
    words = [_words(cut[0]).strip()]
    for at, piece in enumerate(cut[1:], 1):
        mark = "" if at == 1 and cut[0] in _GLUED_BY else _SEAM
        words.append(mark + _words(piece).strip())
    return f" {' '.join(words)} "


def _words(name: str) -> str:
    """A name's words, case-folded, between spaces: " lorne castell "."""
    return f" {_NOT_WORD.sub(' ', name.casefold()).strip()} "
