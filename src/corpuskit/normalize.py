"""White-space normalisation, the one transformation applied to kept and removed text, and
the composition every reader applies to a page before anything reads it.

Scraped text carries NBSP, tabs, runs of spaces and control characters that no reader wants.
Every run of Unicode white space (and any C0 control character) becomes one space; nothing
else about the text changes, so normalised text can always be found again in the (composed)
input.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def compose(text: str) -> str:
    """The page's text composed to Unicode NFC, as both readers take it.

    Pages written on macOS or pasted from PDFs spell "ü" as "u" plus a combining mark: the
    same word in two spellings never matches a search, a gold or a dedup shingle. A page is
    composed once, when read, so every offset refers to the composed text. ASCII text is told
    by a flag on the string; ``normalize`` returns any other text as it is when its quick
    check passes (most pages), where asking ``is_normalized`` first composed a page whose
    check was not conclusive twice (six of the 138 dev pages, 25 -> 16 ms).
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def normalize_space(text: str) -> str:
    """Collapse every white-space run to one space and trim the ends."""
    if text.isprintable():
        # The only white space printable text can hold is the ASCII space, and it holds no
        # control character: most lines (already normalised) are returned as they are, and
        # none needs the control-character pass. One C scan instead of a split and a join.
        if "  " not in text and text[:1] != " " and text[-1:] != " " and type(text) is str:
            return text
        return " ".join(text.split())
    out = " ".join(text.split())
    if not out.isprintable() and _CONTROLS.search(out):  # rare: only then pay for the regex
        out = " ".join(_CONTROLS.sub(" ", out).split())
    return out


def normalize_lines(text: str) -> str:
    """Normalise each line on its own and keep the non-blank ones apart with ``\\n``.

    Used for removed spans, where a multi-line footer should still read as lines.
    """
    if "\n" not in text and "\r" not in text:
        return normalize_space(text)
    # map() and filter() over C-level calls: no generator frames per line.
    return "\n".join(filter(None, map(normalize_space, text.splitlines())))
