"""Signatures: the evidence that identifies a page's source when no URL does.

Identification asks every source's layout about every page with no URL, so the checks here are
C-speed substring scans first and rule runs only when a scan lets one through.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from attrs import Factory, field, frozen

from corpuskit.layout._line_rules import LineRule
from corpuskit.layout._lines import Lines
from corpuskit.model import Block, Identification, Page
from corpuskit.sources import SourceInfo


def _compile(signature: Signature) -> re.Pattern[str] | None:
    return re.compile(signature.text) if signature.regex else None


@frozen
class Signature:
    """Evidence that a page is from this source, with a weight (the confidence it gives).

    The evidence is a lower-case substring of the page, a regex searched in the lower-cased
    page (``regex=True``), or a ``check`` on the page's lines (see :func:`rule_signature`).
    """

    text: str
    weight: float
    regex: bool = False
    check: Callable[[Lines], bool] | None = field(default=None, eq=False)
    needle: str = ""
    """For a regex: a lower-case substring it cannot match without, checked first (fast)."""
    compiled: re.Pattern[str] | None = field(
        init=False, eq=False, repr=False, default=Factory(_compile, takes_self=True)
    )
    """The regex compiled once, not looked up in ``re``'s cache on every page."""

    def found(self, lower_page: str) -> bool:
        return _found(self.text, self.compiled, self.needle, lower_page)


def _found(text: str, compiled: re.Pattern[str] | None, needle: str, lower_page: str) -> bool:
    """Whether a phrase or regex signature is on the lower-cased page (its needle first)."""
    if compiled is not None:
        if needle and needle not in lower_page:
            return False
        return compiled.search(lower_page) is not None
    return text in lower_page


def rule_signature(rule: LineRule, weight: float, *kinds: str) -> Signature:
    """Evidence that ``rule`` labels something on the page (every one of ``kinds`` if given).

    For layouts no phrase gives away, such as an image's keyword line over its caption.
    """
    wanted = frozenset(kinds or (rule.kind,))

    def check(lines: Lines) -> bool:
        if not rule.may_match(lines):  # most pages: a scan or two, no rule run
            return False
        seen = {m.kind for m in rule.matches(lines, [False] * len(lines))}
        return wanted <= seen

    return Signature(rule.describe or rule.kind, weight, check=check)


def ranked(value: Iterable[Signature | tuple[str, float]]) -> tuple[Signature, ...]:
    """Signatures (or ``(phrase, weight)`` pairs) strongest first, as :func:`strongest` needs."""
    signatures = (s if isinstance(s, Signature) else Signature(s[0], s[1]) for s in value)
    # Strongest first, so identification stops looking once it has found one.
    return tuple(sorted(signatures, key=lambda s: -s.weight))


Step = tuple[float, str, re.Pattern[str] | None, str, Callable[[Lines], bool] | None, str]
"""One signature as identification runs it: weight, phrase, compiled regex, needle, check,
mark (see :func:`plan`)."""


def plan(signatures: Iterable[Signature]) -> tuple[Step, ...]:
    """Signatures as plain tuples, in the order given, for :func:`strongest` to run.

    Made once per layout: reading five attributes of an attrs instance on every page cost a
    third of identification, where unpacking a tuple costs next to nothing.

    A phrase gets a needle too when its first word opens another phrase of the layout
    (``newsweek is committed ...``, ``newsweek has contacted``): a page without the word has
    none of them, which one scan for the word tells where each phrase would cost a scan of
    its own (about as much: a scan costs by the page's length, not the phrase's).

    A phrase or a regex's needle holding a character few pages hold (``&``, ``'``, a no-break
    space, any non-ASCII character) gets it as its mark: a page without the mark has no match,
    which a ``memchr``-speed search for one character tells, where a phrase costs a scan.
    """
    signatures = tuple(signatures)
    firsts = [s.text.split(" ", 1)[0] for s in signatures if s.compiled is None and s.check is None]
    shared = {word for word in firsts if firsts.count(word) > 1 and len(word) >= MIN_GATE}
    return tuple(
        (s.weight, s.text, s.compiled, _gate(s, shared), s.check, _mark(s)) for s in signatures
    )


COMMON_MARKS = frozenset(' .,;:!?-()/"')
"""ASCII characters too common on pages for a search for them to turn many pages away."""


def _mark(signature: Signature) -> str:
    """The first character of a phrase (or of a regex's needle) that is not a letter, a digit
    or one of :data:`COMMON_MARKS`; '' when there is none (a check has none either)."""
    if signature.check is not None:
        return ""
    evidence = signature.text if signature.compiled is None else signature.needle
    for char in evidence:
        if not char.isascii() or not (char.isalnum() or char in COMMON_MARKS):
            return char
    return ""


MIN_GATE = 5
"""The shortest first word worth a scan of its own: a shorter one ('the') is on every page."""


def _gate(signature: Signature, shared: set[str]) -> str:
    """A phrase's needle: its first word when another phrase shares it (else none)."""
    if signature.compiled is not None or signature.check is not None:
        return signature.needle
    word = signature.text.split(" ", 1)[0]
    return word if word in shared and word != signature.text else ""


def strongest(steps: Iterable[Step], lines: Lines) -> float:
    """The largest weight among the signatures found on the page (0.0 when none is).

    ``steps``: signatures strongest first (:func:`ranked`), then :func:`plan`-ned; the first
    found is the answer.
    """
    # On HTML, the visible text: a phrase is in what readers see, and the markup around it is
    # several times longer to lower-case and scan.
    page_lower: str | None = None
    absent: list[str] = []  # the phrases' needles not on the page (see plan)
    for weight, text, compiled, needle, check, mark in steps:
        if check is not None:
            found = check(lines)
        else:
            if page_lower is None:
                page_lower = lines.page_lower if lines.page.kind == "text" else lines.joined
            if mark and mark not in page_lower:
                found = False
            elif compiled is None:  # a phrase: most signatures, tested inline
                if not needle:
                    found = text in page_lower
                elif needle in absent:
                    found = False
                elif needle in page_lower:
                    found = text in page_lower
                else:
                    absent.append(needle)
                    found = False
            else:
                found = _found(text, compiled, needle, page_lower)
        if found:
            return weight
    return 0.0


def confidence(steps: Sequence[Step], page: Page, blocks: Sequence[Block]) -> float:
    """The weight of the strongest signature found on the page, or 0.0 (``steps`` as above)."""
    if not steps:  # a layout with none: no page's lines to build
        return 0.0
    return strongest(steps, Lines.of(page, blocks))


def identify(
    steps: Sequence[Step], source: SourceInfo, page: Page, blocks: Sequence[Block]
) -> Identification | None:
    """A layout's claim on a page: its source, at the weight of its strongest signature found.

    What :meth:`corpuskit.layout.Layout.corpuskit_identify` does, kept beside the signatures it
    weighs; every layout is asked about every page that comes without a URL.
    """
    # confidence() in line: every layout is asked about every page, a frame each saved.
    weight = strongest(steps, Lines.of(page, blocks)) if steps else 0.0
    if weight <= 0:
        return None
    return Identification(source.name, weight, plugin=source.plugin, reason="layout")
