"""The parse's machinery done with less work: held to the plain path it replaced.

Dispatch picks a call's arguments once for every implementation when they all take the same
ones, and goes implementation by implementation otherwise; the pipeline builds a Metadata
only when a metadata hook answers. Each is checked against pluggy or the plain construction,
and the work saved is counted in calls (tests/counting.py), never timed.
"""

from __future__ import annotations

import random
from functools import partial
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpuskit import Page, Parser, hookimpl
from corpuskit import text as text_module
from corpuskit.assemble import assemble
from corpuskit.dispatch import Dispatch
from corpuskit.errors import InputError
from corpuskit.model import make_metadata
from corpuskit.plugins import create_manager
from corpuskit.testing.corpora import article
from corpuskit.text import check_text, segment_lines
from counting import calls

_ARGUMENTS = {
    "page": "def corpuskit_identify(self, page): return self.answer(page)",
    "blocks": "def corpuskit_identify(self, blocks): return self.answer(blocks)",
    "both": "def corpuskit_identify(self, page, blocks): return self.answer(page, blocks)",
    "swapped": "def corpuskit_identify(self, blocks, page): return self.answer(blocks, page)",
}


def _plugin(takes: str, answer: str | None) -> object:
    """A plugin whose identify hook takes the arguments ``takes`` names, in its order."""
    namespace: dict[str, Any] = {}
    exec(_ARGUMENTS[takes], namespace)  # the hook's signature is what varies

    class One:
        def answer(self, *args: Any) -> Any:
            return None if answer is None else (answer, *(type(a).__name__ for a in args))

    One.corpuskit_identify = hookimpl(namespace["corpuskit_identify"])  # type: ignore[attr-defined]
    return One()


@given(
    st.lists(
        st.tuples(st.sampled_from(sorted(_ARGUMENTS)), st.none() | st.sampled_from("abc")),
        max_size=5,
    )
)
def test_implementations_taking_different_arguments_get_what_pluggy_gives(
    plugins: list[tuple[str, str | None]],
) -> None:
    manager = create_manager(load_entry_points=False)
    for number, (takes, answer) in enumerate(plugins):
        manager.register(_plugin(takes, answer), name=f"p{number}")
    asked = {"page": Page("x"), "blocks": ()}
    assert Dispatch(manager).call("corpuskit_identify", asked) == (
        manager.hook.corpuskit_identify(**asked)
    )


def test_a_hook_nobody_implements_asks_for_no_argument() -> None:
    """pluggy returns [] without looking at the arguments; so does the picked-once path."""
    manager = create_manager(load_entry_points=False)
    assert Dispatch(manager).call("corpuskit_identify", {}) == []
    with pytest.warns(UserWarning, match="cannot be found"):  # pluggy's, and no more
        assert manager.hook.corpuskit_identify() == []


def test_the_arguments_are_picked_once_for_every_implementation() -> None:
    """Eight implementations of one signature: the call costs a call per implementation and a
    constant, not a list of arguments built for each."""
    for count in (1, 8):
        manager = create_manager(load_entry_points=False)
        for number in range(count):
            manager.register(_plugin("both", "a"), name=f"p{number}")
        dispatch = Dispatch(manager)
        asked = {"page": Page("x"), "blocks": ()}
        dispatch.call("corpuskit_identify", asked)  # the plan, made once
        made = calls(partial(dispatch.call, "corpuskit_identify"), asked)
        # Each implementation: itself, answer(), two type names' genexpr steps and append.
        per_implementation = 1 + 1 + 3 + 1
        assert made <= per_implementation * count + 4, (count, made)


def test_the_assembly_gives_the_metadata_the_pipeline_merges_into() -> None:
    rng = random.Random(7)
    parser = Parser()
    for _ in range(20):
        trace = parser.trace(article(rng))
        assembly = assemble(trace.page, trace.blocks, trace.labels)
        fields = (assembly.title, assembly.subtitle, assembly.authors, assembly.published)
        assert assembly.metadata == make_metadata(*fields)
        document = trace.document
        assert (document.title, document.subtitle, document.authors, document.published) == (fields)


# -- text segmentation: line breaks looked for only where a text can hold them -----------------

_PIECES = st.sampled_from(
    ["harbour", "council", "café", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\x0b", "\x0c"]
)
"""Words, spaces and line ends, and the other breaks an ASCII text free of control
characters may hold: what the segmenter still looks for in it."""
_RARE = st.sampled_from(["\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\x07"])


@given(st.lists(_PIECES | _RARE, min_size=1, max_size=30))
@example(["harbour", "\x0c", "council", "\r\n"])  # a form feed in a CRLF text
@example(["harbour", "\x0b", "council", "\r\n"])
def test_a_checked_text_is_cut_as_an_unchecked_one(pieces: list[str]) -> None:
    """Once :func:`check_text` has found a text free of control characters, the segmenter
    looks only for the line breaks such a text can hold: the blocks are those it cuts on a
    text it knows nothing about (every break looked for)."""
    text = "".join(pieces)
    try:
        check_text(text)
    except InputError:
        return  # refused (empty, white space alone, binary): never segmented
    checked = segment_lines(text)
    text_module._no_controls = None  # forget the check: the plain path
    assert segment_lines(text) == checked
