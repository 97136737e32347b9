"""A list of phrases as one regex alternation factored by shared prefixes (a trie).

``re`` tries the alternatives of ``a|b|c`` one after another wherever it attempts a match: a
list of two hundred month names costs two hundred attempts at every word of a line, which made
the date regex the costliest step of a date header's verdict. Factored by shared prefixes
(``ma(?:i|r(?:ch|s|zo)?|...)``), each alternative opens with a literal that ``re`` rejects in a
few instructions, and an attempt ends at the first character no phrase goes on with.

The factored form matches exactly the strings of the plain alternation. Where several phrases
match at one position, it tries the longer first at every branch, where the plain form tries
them in list order: use it where what follows a phrase leaves one of them at most (a month
name followed by a space, a comma or a full stop, which no name holds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
"""The key marking, in a node of the trie, that a phrase ends there."""

_Node = dict[str, "_Node"]
"""A node of the trie: the node after each character that may follow."""


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex (no group of its own) matching exactly the given non-empty phrases."""
    root: _Node = {}
    for phrase in phrases:
        if not phrase:
            raise ValueError("an empty phrase would match anywhere")
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(root)


def _node_pattern(node: _Node) -> str:
    """The pattern of what may follow a node: its branches, optional if a phrase ends there."""
    branches = []
    for char in sorted(node):
        if char == _END:
            continue
        # A chain of nodes with one child each is one literal run.
        run, child = re.escape(char), node[char]
        while len(child) == 1 and _END not in child:
            ((char, child),) = child.items()
            run += re.escape(char)
        branches.append(run + _node_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body
