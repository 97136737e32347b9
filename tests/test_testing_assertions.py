"""The testing kit's assertions when they fail: plugin authors read these messages, so each
must say which field or span differs, and how.
"""

from __future__ import annotations

import pytest

from corpuskit.model import Document, Removed
from corpuskit.pipeline import Parser
from corpuskit.report import render_report
from corpuskit.testing import ExpectedPage, assert_parses_to, assert_spans_hold

TEXT = "Pier lamps lit\n\nThe lamps were lit.\n\nShare this\n"


def _expected(**fields: object) -> ExpectedPage:
    page = ExpectedPage(site=None, text=TEXT, title="Pier lamps lit")
    page.paragraphs = ["The lamps were lit."]
    page.removed = [("share", "Share this")]
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def _document(**fields: object) -> Document:
    values: dict[str, object] = {
        "title": "Pier lamps lit",
        "paragraphs": ["The lamps were lit."],
        "removed": [Removed("share", "Share this", 37, 47)],
    }
    values.update(fields)
    return Document(**values)  # type: ignore[arg-type]


def test_a_document_matching_its_page_passes() -> None:
    assert_parses_to(_document(), _expected())
    assert_spans_hold(TEXT, _document())


def test_a_differing_field_is_named_with_both_values() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_parses_to(_document(title="Pier lamps"), _expected())
    message = str(caught.value)
    assert message.startswith("the page does not parse back to itself:\n")
    assert "title: expected 'Pier lamps lit', got 'Pier lamps'" in message
    assert message.endswith(f"page text:\n{TEXT!r}")


def test_list_fields_say_what_is_missing_and_what_is_extra() -> None:
    document = _document(paragraphs=["The lamps were lit.", "Share this"], removed=[])
    with pytest.raises(AssertionError) as caught:
        assert_parses_to(document, _expected())
    message = str(caught.value)
    assert "paragraphs: unexpected ['Share this']" in message
    assert "removed: missing [('share', 'Share this')]" in message


def test_the_same_items_in_another_order_are_reported_as_such() -> None:
    expected = _expected(paragraphs=["B.", "A."])
    with pytest.raises(AssertionError, match=r"paragraphs: expected \['B.', 'A.'\], got"):
        assert_parses_to(_document(paragraphs=["A.", "B."]), expected)


def test_spans_that_do_not_hold_are_each_described() -> None:
    removed = [
        Removed("share", "Share that", 37, 47),
        Removed("promo", "lamps", 42, 47),
        Removed("footer", "gone", 40, 90),
    ]
    with pytest.raises(AssertionError) as caught:
        assert_spans_hold(TEXT, _document(removed=removed))
    assert str(caught.value).splitlines() == [
        "removed share [37:47] is 'Share this' in the page, but its text is 'Share that'",
        "removed promo [42:47] is 'this' in the page, but its text is 'lamps'",
        "removed promo [42:47] overlaps the one before",
        "removed footer [40:90] is outside the page",
    ]


def test_a_report_of_a_page_with_nothing_removed_says_so() -> None:
    trace = Parser().trace("Only a paragraph of plain body text.\n")
    page = render_report(trace, title="plain.txt")
    assert "<em>nothing was removed</em>" in page
