"""Text input: decoding with a record of the encoding used, refusal of non-text, segmentation."""

from __future__ import annotations

import codecs
import contextlib
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpuskit
from corpuskit import InputError
from corpuskit.model import Block
from corpuskit.text import decode, segment_lines

SAMPLE = "Le café “Noël” — שלום\nSecond line."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_provable_encodings_decode_exactly(raw: bytes, encoding: str) -> None:
    assert decode(raw) == (SAMPLE, encoding)


def test_legacy_bytes_fall_back_to_windows_1252_and_say_so() -> None:
    raw = "Café “quoted” – naïve".encode("cp1252")
    text, encoding = decode(raw)
    assert (text, encoding) == ("Café “quoted” – naïve", "cp1252")
    doc = corpuskit.parse(raw + b"\n\nMore text.")
    assert doc.meta["encoding"] == "cp1252"


def test_bytes_undefined_in_1252_fall_back_to_latin_1() -> None:
    assert decode(b"caf\xe9 \x81")[1] == "latin-1"


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1))
def test_utf8_always_decodes_to_itself(text: str) -> None:
    assert decode(text.encode("utf-8"))[0] == text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t \r\n", "only white space"),
        (bytes(range(32)) * 10, "looks binary"),
        (b"\x00\x00\x00\x01\x02\x03\x04" * 50, "looks binary"),
        ("lone \ud800 surrogate", "lone surrogate"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not: "),
    ],
)
def test_non_text_is_refused_with_a_reason(raw: bytes | str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        corpuskit.parse(raw, id="bad-doc")


def test_errors_name_the_document() -> None:
    with pytest.raises(InputError) as caught:
        corpuskit.parse(b"", id="empty-one")
    assert str(caught.value) == "empty-one: empty input"
    assert caught.value.document == "empty-one"


def test_non_text_types_are_refused() -> None:
    with pytest.raises(InputError, match="expected bytes or str"):
        corpuskit.parse(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_segmentation_handles_every_line_ending(newline: str) -> None:
    text = f"  Title{newline}{newline}First line\u00a0{newline}second line{newline}"
    blocks = segment_lines(text)
    assert [b.text for b in blocks] == ["Title", "First line", "second line"]
    assert [b.para for b in blocks] == [0, 1, 1]
    for b in blocks:
        assert text[b.start : b.end] == b.text


@given(st.text(alphabet="ab \u00a0\t\r\n\u2028", max_size=80))
def test_blocks_cover_all_non_space_text(text: str) -> None:
    blocks = segment_lines(text)
    covered: set[int] = set()
    for b in blocks:
        assert text[b.start : b.end] == b.text == b.text.strip()
        covered.update(range(b.start, b.end))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert all(x.end <= y.start for x, y in itertools.pairwise(blocks))


def test_a_few_nuls_in_short_utf8_are_not_taken_for_utf16() -> None:
    assert decode(b"000\x00") == ("000\x00", "utf-8")


def test_segmented_blocks_equal_blocks_built_by_their_constructor() -> None:
    text = "Title\n\n  A line\u00a0 with  odd space \nnext\n"
    for block in segment_lines(text):
        assert block == Block(*block)
        assert block == Block(
            block.index, block.start, block.end, block.text, block.para, block.norm
        )


_ODD_TEXT = st.text(
    alphabet="ab  \t\x00\x01\x0b\x0c\x1c\x1f\x7f\x85\xa0\u2003\u2028\u3000\r\n", max_size=60
)


@given(_ODD_TEXT)
def test_each_block_carries_its_text_normalised(text: str) -> None:
    """The segmenter's shortcut for plain pages gives what normalising each line gives."""
    from corpuskit.normalize import normalize_space

    for block in segment_lines(text):
        assert block.norm == normalize_space(block.text)


def test_the_odd_characters_are_every_character_normalising_changes() -> None:
    """``_plain`` looks for every ASCII character other than a space that normalising changes."""
    from corpuskit.text import _ODD_ASCII

    ascii_odd = {chr(c) for c in range(128) if chr(c).isspace() or not chr(c).isprintable()}
    assert set(_ODD_ASCII) == ascii_odd - {" ", "\n", "\r"}


def test_a_text_page_with_too_many_lines_is_refused() -> None:
    from corpuskit.text import MAX_LINES

    with pytest.raises(InputError, match="MAX_LINES"):
        corpuskit.parse("x y\n" * (MAX_LINES + 1))
    assert corpuskit.parse("x y\n" * 1000).paragraphs == ("x y",)


def test_paragraph_bounds_take_linear_work_on_one_long_paragraph() -> None:
    """Asked for every line of a 5,000-line paragraph, the bounds cost a few reads per line
    (walking the paragraph each time made pages like this quadratic: 40 s for 20,000 lines)."""
    from corpuskit.layout import Lines
    from corpuskit.model import Page

    text = "Line of a very long paragraph.\n" * 5000
    page = Page(text)

    class Counted(list[Block]):
        reads = 0

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            Counted.reads += 1
            return super().__getitem__(index)

        def __iter__(self):  # type: ignore[no-untyped-def]
            for block in list.__iter__(self):
                Counted.reads += 1
                yield block

    lines = Lines(page, Counted(segment_lines(text)))
    assert [lines.para_size(i) for i in range(len(lines))] == [5000] * 5000
    assert Counted.reads <= 3 * 5000


def _segment_lines_reference(text: str) -> list[Block]:
    """segment_lines as it was before its fast path for ``\\n``-only text, kept to compare."""
    import re

    from corpuskit.normalize import normalize_space

    breaks = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
    if any(ch in text for ch in breaks):
        lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+", text)
    else:
        lines = text.splitlines(keepends=True)
    blocks = []
    para = position = count = 0
    blank = False
    for line in lines:
        stripped = line.strip()
        if stripped:
            start = position + line.find(stripped[0])
            if blank and count:
                para += 1
            blank = False
            blocks.append(
                Block(
                    count, start, start + len(stripped), stripped, para, normalize_space(stripped)
                )
            )
            count += 1
        elif count:
            blank = True
        position += len(line)
    return blocks


_SEGMENT_TEXT = st.one_of(
    _ODD_TEXT,
    st.text(alphabet="ab .\n", max_size=80),
    st.text(alphabet="ab  \t\n\x01é\u00a0", max_size=80),
    st.text(max_size=40),
)


@given(_SEGMENT_TEXT)
def test_segmentation_gives_the_blocks_it_always_gave(text: str) -> None:
    """Whichever path it takes, and whether or not the reader checked the text first."""
    from corpuskit import text as module

    expected = _segment_lines_reference(text)
    assert list(segment_lines(text)) == expected
    with contextlib.suppress(InputError):
        module.check_text(text)  # may mark the text as free of control characters
    assert list(segment_lines(text)) == expected
    assert [type(b) for b in segment_lines(text)] == [Block] * len(expected)


def test_a_text_checked_by_the_reader_still_has_its_tabs_normalised() -> None:
    from corpuskit import text as module

    text = "A\tline  here\nNext line\n"
    module.check_text(text)
    assert module._no_controls is text
    assert [b.norm for b in segment_lines(text)] == ["A line here", "Next line"]


def _normalize_space_reference(text: str) -> str:
    """normalize_space as it was before its shortcut for normalised text, kept to compare."""
    import re

    out = " ".join(text.split())
    if not out.isprintable() and re.search(r"[\x00-\x08\x0e-\x1f\x7f]", out):
        out = " ".join(re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", " ", out).split())
    return out


@given(st.one_of(_SEGMENT_TEXT, st.text(alphabet="ab .\x00\x7f\u200b\xa0\u3000", max_size=30)))
def test_normalising_gives_what_it_always_gave(text: str) -> None:
    from corpuskit.normalize import normalize_lines, normalize_space

    assert normalize_space(text) == _normalize_space_reference(text)
    assert type(normalize_space(text)) is str
    lines = (_normalize_space_reference(line) for line in text.splitlines())
    expected = "\n".join(line for line in lines if line)
    if "\n" not in text and "\r" not in text:
        expected = _normalize_space_reference(text)
    assert normalize_lines(text) == expected
