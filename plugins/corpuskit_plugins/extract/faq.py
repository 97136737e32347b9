"""A closing FAQ: questions and their answers right below the article's last line.

A public notice, an explainer or a product page closes with "Frequently asked questions" in
an accordion of its own (``details > summary``, ``dl``, a CMS's ``accordion__item``), outside
the element that holds the article, so it went by its position as the page's footer. What
tells it from a footer is its shape, not a phrase: two or more questions, each a short line
ending with a question mark and no link, each followed by an answer written in sentences;
right after the article, with nothing between but its closing date or sign-off, and under
no element that says it is a box (``aside``, ``nav``, ``footer``, ``form``, a comment
thread), and about the article's subject: it shares words with the text above it. trafilatura
keeps such a section, and so do the review sets' gold bodies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuskit import Block
from corpuskit.html import Element
from corpuskit_plugins.extract.evidence import BOX_KINDS, HEADINGS, SENTENCE, element_kind

_PAIRS = 2
"""Questions with an answer each that make a FAQ (one is a subheading and its paragraph)."""
_QUESTION_CHARS = 200
_ANSWER_CHARS = 40
_POSITIONAL = frozenset({"footer", "navigation"})
"""The kinds a block takes by where it stands, outside the article's element: the only ones
a FAQ's shape may overrule (a box named for comments or related links keeps its kind)."""
_CLOSING = frozenset({"dateline", "byline"})
_BOX_TAGS = frozenset({"aside", "nav", "footer", "form", "header"})
_QUESTION_MARKS = ("?", "？", "؟")
_SHARED_WORDS = 3
"""Words of five letters or more (or pairs of Chinese, Japanese or Korean signs) the FAQ must
share with the article: its questions are the article's subject's, where a site's own
("How do I cancel my subscription?") share nothing with the story above them."""
_WORD = re.compile(r"[^\W\d_]{5,}")
_SIGNS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def closing_faq(blocks: Sequence[Block], elements: Sequence[Element], kinds: list[str]) -> None:
    """Label a FAQ right below the article's last body block ``body``, heading included."""
    last = max((index for index, kind in enumerate(kinds) if kind == "body"), default=-1)
    if last < 0:
        return
    start = last + 1
    while start < len(blocks) and kinds[start] in _CLOSING:
        start += 1  # the notice's place and date, its sign-off: the article's last lines
    at = start
    if at < len(blocks) and _heading(blocks[at]) and not _question(blocks[at]):
        at += 1  # "Frequently asked questions", "Häufige Fragen"
    pairs = 0
    end = at
    while at + 1 < len(blocks) and _question(blocks[at]) and _answer(blocks[at + 1]):
        at += 2
        while at < len(blocks) and _answer(blocks[at]) and not _question(blocks[at]):
            at += 1  # an answer of several paragraphs
        pairs += 1
        end = at
    if pairs < _PAIRS:
        return
    if any(kinds[index] not in _POSITIONAL for index in range(start, end)):
        return
    if any(_boxed(blocks[index], elements) for index in range(start, end)):
        return
    article = " ".join(blocks[index].text for index in range(start) if kinds[index] == "body")
    faq = " ".join(blocks[index].text for index in range(start, end))
    if len(_words(article) & _words(faq)) < _SHARED_WORDS:
        return
    kinds[start:end] = ["body"] * (end - start)


def _words(text: str) -> set[str]:
    """The words a topic is told by: of five letters or more, and every pair of signs in a
    run of Chinese, Japanese or Korean."""
    low = text.lower()
    found = set(_WORD.findall(low))
    for run in _SIGNS.findall(low):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return found


def _heading(block: Block) -> bool:
    structure = block.structure
    return structure is not None and structure.tag in HEADINGS and not structure.links


def _question(block: Block) -> bool:
    structure = block.structure
    text = block.text.rstrip()
    return (
        structure is not None
        and not structure.links
        and len(text) <= _QUESTION_CHARS
        and text.endswith(_QUESTION_MARKS)
    )


def _answer(block: Block) -> bool:
    structure = block.structure
    text = block.text
    return (
        structure is not None
        and structure.tag not in HEADINGS
        and len(text) >= _ANSWER_CHARS
        and structure.links * 5 < len(text)
        and SENTENCE.search(text) is not None
    )


def _boxed(block: Block, elements: Sequence[Element]) -> bool:
    """Whether an element around the block says by its tag or class that it is a box."""
    structure = block.structure
    at = structure.node if structure is not None else -1
    while at >= 0:
        element = elements[at]
        if element.tag in _BOX_TAGS or element_kind(element) in BOX_KINDS:
            return True
        at = element.parent
    return False
