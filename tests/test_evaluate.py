"""``corpuskit eval``: gold loading, field comparison, scores, reports and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import corpuskit
from corpuskit import Document, Removed
from corpuskit.cli import main
from corpuskit.evaluate import (
    FIELDS,
    Gold,
    GoldError,
    GoldSet,
    KindCounts,
    RemovalCounts,
    canonical_body,
    compare,
    false_chars,
    false_removals,
    load_gold,
    removed_counts,
    render_table,
    short_diff,
    summarise,
)

ARTICLE = (
    "The harbour reopened on Tuesday after a week of repairs to the old sea wall.\n"
    "\n"
    "Fishing boats came back before noon, the port office said in a short statement.\n"
    "\n"
    "Repairs to the lighthouse will start next month and last until the spring.\n"
)

DOCUMENT = Document(
    id="harbour",
    source="example.org",
    title="Harbour reopens",
    subtitle="Boats are back",
    authors=("Ann Lee", "Bo Park"),
    published=dt.date(2021, 3, 4),
    paragraphs=("The harbour reopened on Tuesday.", "Fishing boats came back before noon."),
    removed=(
        Removed("caption", "A boat in the harbour. Photo: Ann Lee", 0, 10),
        Removed("footer", "Sign up for our newsletter\nFollow us", 20, 40),
    ),
)


def gold_of(document: Document) -> dict[str, Any]:
    """Document-style gold saying exactly what ``document`` holds."""
    return {
        "id": document.id,
        "site": document.source,
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": list(document.authors),
        "published": None if document.published is None else document.published.isoformat(),
        "paragraphs": list(document.paragraphs),
        "removed": [{"kind": r.kind, "text": r.text} for r in document.removed],
    }


def write_json(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def gold_set(tmp_path: Path, *golds: dict[str, Any]) -> GoldSet:
    folder = tmp_path / "gold"
    for gold in golds:
        write_json(folder / f"{gold['id']}.json", gold)
    return load_gold(folder)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder with one invented article and a gold folder that matches its parse."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    parsed = corpuskit.parse(ARTICLE, id="harbour")
    gold = tmp_path / "gold"
    write_json(gold / "harbour.json", gold_of(parsed))
    return inputs, gold


# -- comparing one document ---------------------------------------------------------------


def test_exact_match(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_of(DOCUMENT))
    result = compare(DOCUMENT, gold.documents["harbour"], id="harbour", input="harbour.txt")
    assert result.status == "ok"
    assert result.exact
    assert result.compared == FIELDS[:-1]  # every document field, not the AEB body
    assert result.exact_fields == 7
    assert result.mismatches == ()
    assert result.body is not None
    assert (result.body.precision, result.body.recall, result.body_f1) == (1.0, 1.0, 1.0)
    assert result.removed == {"caption": KindCounts(1, 0, 0), "footer": KindCounts(1, 0, 0)}


def test_wrong_title_is_reported(tmp_path: Path) -> None:
    gold = gold_of(DOCUMENT) | {"title": "Harbour closes"}
    result = compare(
        DOCUMENT, gold_set(tmp_path, gold).documents["harbour"], id="harbour", input="x"
    )
    assert not result.exact
    assert result.mismatches == ("title",)
    (title,) = [f for f in result.fields if not f.exact]
    assert (title.expected, title.got) == ("Harbour closes", "Harbour reopens")
    assert title.diff() == "expected 'Harbour closes' got 'Harbour reopens'"
    assert result.exact_fields == 6


def test_fields_the_gold_lacks_are_not_compared(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    write_json(folder / "harbour.json", {"title": "Harbour reopens", "authors": ["Nobody"]})
    gold = load_gold(folder).documents["harbour"]  # keyed by file name: no "id" in the file
    result = compare(DOCUMENT, gold, id="harbour", input="x")
    assert result.compared == ("title", "authors")
    assert result.mismatches == ("authors",)
    assert result.body is None  # no paragraphs, no body to score
    assert result.removed is None


def test_published_is_compared_as_iso_string(tmp_path: Path) -> None:
    moment = dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=dt.timezone.utc)
    document = Document(id="d", published=moment)
    gold = gold_set(tmp_path, {"id": "d", "published": "2021-03-04T05:06:07Z"}).documents["d"]
    assert compare(document, gold, id="d", input="x").exact
    as_date = gold_set(tmp_path / "2", {"id": "d", "published": "2021-03-04"}).documents["d"]
    assert compare(document, as_date, id="d", input="x").mismatches == ("published",)


def test_removed_is_an_ordered_list_of_kind_and_text(tmp_path: Path) -> None:
    gold = gold_of(DOCUMENT)
    gold["removed"] = list(reversed(gold["removed"]))
    result = compare(DOCUMENT, gold_set(tmp_path, gold).documents["harbour"], id="h", input="x")
    assert result.mismatches == ("removed",)
    # order does not matter to the per-kind counts
    assert result.removed == {"caption": KindCounts(1, 0, 0), "footer": KindCounts(1, 0, 0)}


def test_failed_parse_scores_as_empty_document(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_of(DOCUMENT)).documents["harbour"]
    result = compare(None, gold, id="harbour", input="x", error="empty input")
    assert result.status == "failed"
    assert not result.exact
    assert result.mismatches == result.compared
    assert result.body is not None
    assert (result.body.precision, result.body.recall) == (0.0, 0.0)
    assert result.removed == {"caption": KindCounts(0, 0, 1), "footer": KindCounts(0, 0, 1)}


# -- per-kind removed counts ------------------------------------------------------------------


def test_per_kind_precision_and_recall_by_hand(tmp_path: Path) -> None:
    one_pred = [
        ("caption", "A  cat\non a mat"),  # same text as the gold caption once white space is normal
        ("caption", "A dog"),
        ("credit", "Photo: X"),
        ("tags", "x y"),
        ("related", "Sign up"),  # right text, wrong kind: no credit for it
    ]
    one_gold = [
        ("caption", "A cat on a mat"),
        ("caption", "A cat on a mat"),
        ("credit", "Photo: X"),
        ("footer", "Sign up"),
    ]
    one = removed_counts(one_pred, one_gold)
    assert one == {
        "caption": KindCounts(tp=1, fp=1, fn=1),
        "credit": KindCounts(tp=1, fp=0, fn=0),
        "footer": KindCounts(tp=0, fp=0, fn=1),
        "related": KindCounts(tp=0, fp=1, fn=0),
        "tags": KindCounts(tp=0, fp=1, fn=0),
    }
    assert one["footer"].precision is None  # nothing removed as footer
    assert one["footer"].recall == 0.0
    assert one["tags"].recall is None  # the gold has no tags

    # A second document, then the sums over both through the summary.
    def doc(key: str, items: list[tuple[str, str]]) -> Document:
        return Document(id=key, removed=[Removed(k, t, 0, 1) for k, t in items])

    def gold(key: str, items: list[tuple[str, str]]) -> dict[str, Any]:
        return {"id": key, "removed": [{"kind": k, "text": t} for k, t in items]}

    two_pred = [("caption", "B")]
    two_gold = [("caption", "B"), ("caption", "C")]
    golds = gold_set(tmp_path, gold("one", one_gold), gold("two", two_gold))
    results = [
        compare(doc("one", one_pred), golds.documents["one"], id="one", input="one"),
        compare(doc("two", two_pred), golds.documents["two"], id="two", input="two"),
    ]
    summary = summarise(results, golds).summary
    caption = summary.removed["caption"]
    assert caption == KindCounts(tp=2, fp=1, fn=2)
    assert caption.precision == pytest.approx(2 / 3)
    assert caption.recall == pytest.approx(2 / 4)
    total = summary.removed_total
    # 6 removed in all (5 + 1), 6 in the gold (4 + 2), 3 of them shared
    assert total == KindCounts(tp=3, fp=3, fn=3)
    assert total.precision == pytest.approx(3 / 6)
    assert total.recall == pytest.approx(3 / 6)
    assert summary.fields["removed"].exact == 0


# -- false removals: gold body that ended up in removed ----------------------------------------

# Invented text: a story of four paragraphs, and debris that shares no four-word run with it.
STORY = (
    "The ferry to the island ran again on Friday after the winter storms.",
    "Its captain said the crossing took forty minutes in a calm sea.",
    "Islanders had waited three weeks for fresh bread and the post.",
    "The council will pay for a second boat next year.",
)
MENU = "Home\nNews\nSport\nWeather\nContact the newsroom today"


def test_false_removals_by_hand() -> None:
    gold = "\n\n".join(STORY)
    document = Document(
        paragraphs=(STORY[0], STORY[3]),
        removed=(
            Removed("navigation", MENU, 0, 10, "extract"),
            # A whole paragraph taken as a related box: all of it is gold body.
            Removed("related", STORY[1], 10, 20, "extract"),
            # Half a paragraph glued to a promo line: only the gold half counts, from its
            # first word to its last, not the promo's words nor the space between them.
            Removed("promo", "Subscribe for more. " + STORY[2][:30], 20, 30, "generic"),
            # A teaser repeating the first paragraph, which the body kept: rightly removed.
            Removed("related", STORY[0], 30, 40, "extract"),
            # Under four tokens: never judged, though "the post" is in the gold.
            Removed("share", "the post", 40, 50, "extract"),
        ),
    )
    counts = false_removals(document.removed, document.body, gold)
    promo = document.removed[2].text
    assert counts == {
        ("navigation", "extract"): RemovalCounts(1, len(MENU), 0, 1, 0),
        # "Islanders had waited three" is a gold shingle; "... three wee" is not.
        ("promo", "generic"): RemovalCounts(1, len(promo), len("Islanders had waited three"), 1, 1),
        # The whole paragraph but its full stop; the teaser adds characters and no false ones.
        ("related", "extract"): RemovalCounts(
            2, len(STORY[1]) + len(STORY[0]), len(STORY[1]) - 1, 1, 1
        ),
        ("share", "extract"): RemovalCounts(1, len("the post"), 0, 1, 0),
    }


def test_gold_text_removed_twice_counts_once() -> None:
    """A paragraph the body lost and two boxes repeat: the first box took it, the second is a
    copy the parse was right to remove, or the gold body would count more than once."""
    removed = [
        Removed("caption", STORY[1], 0, 1, "extract"),
        Removed("related", STORY[1], 1, 2, "extract"),
    ]
    counts = false_removals(removed, STORY[0], "\n\n".join(STORY[:2]))
    assert counts[("caption", "extract")].false_chars == len(STORY[1]) - 1
    assert counts[("related", "extract")].false_chars == 0


def test_false_removals_in_the_summary_table_and_json(tmp_path: Path) -> None:
    gold = "\n\n".join(STORY)
    truth = {key: {"articleBody": gold} for key in ("one", "two", "three")}
    golds = load_gold(write_json(tmp_path / "aeb.json", truth))
    one = Document(
        paragraphs=(STORY[0], STORY[3]),
        removed=(
            Removed("related", STORY[1], 0, 1, "extract"),
            Removed("related", STORY[2], 1, 2, "generic"),  # same kind, another plugin
        ),
    )
    two = Document(paragraphs=STORY, removed=(Removed("navigation", MENU, 0, 1, "extract"),))
    results = [
        compare(one, golds.documents["one"], id="one", input="one"),
        compare(two, golds.documents["two"], id="two", input="two"),
        compare(None, golds.documents["three"], id="three", input="3", error="broken"),
    ]
    assert results[2].false_removals == {}  # a failed parse removed nothing
    assert results[2].gold_chars == len(canonical_body(gold))
    summary = summarise(results, golds).summary
    false_one = len(STORY[1]) - 1 + len(STORY[2]) - 1
    assert summary.false_documents == 3
    assert summary.gold_chars == 3 * len(canonical_body(gold))
    related = summary.false_by_kind["related"]
    # One page, though two plugins removed related boxes on it.
    assert (related.items, related.false_chars, related.pages, related.false_pages) == (
        2,
        false_one,
        1,
        1,
    )
    assert summary.false_by_plugin["extract"] == RemovalCounts(
        2, len(STORY[1]) + len(MENU), len(STORY[1]) - 1, 2, 1
    )
    assert summary.false_total.false_chars == false_one
    assert summary.false_total.pages == 2
    assert summary.share_of_gold(related) == pytest.approx(false_one / summary.gold_chars)
    assert results[0].false_share == pytest.approx(false_one / len(canonical_body(gold)))

    table = render_table(summarise(results, golds))
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in table.splitlines()}
    assert rows[("related", "generic")] == [
        "1",
        str(len(STORY[2])),
        str(len(STORY[2]) - 1),
        "98.4%",
        "1",
        "1",
        f"{(len(STORY[2]) - 1) / summary.gold_chars:.1%}",
    ]
    assert rows[("related", "*")][:3] == ["2", str(len(STORY[1]) + len(STORY[2])), str(false_one)]
    assert rows[("*", "extract")][0] == "2"
    assert rows[("all", "*")][2] == str(false_one)
    assert rows[("navigation", "extract")][2:4] == ["0", "0.0%"]
    assert rows[("one", "0/1")][1] == f"{results[0].false_share:.1%}"

    data = summarise(results, golds).to_dict()["summary"]["false_removals"]
    assert data["gold_chars"] == summary.gold_chars
    assert data["total"]["false_chars"] == false_one
    by_kind = {row["kind"]: row for row in data["by_kind"]}
    assert by_kind["related"]["share_of_gold"] == pytest.approx(false_one / summary.gold_chars)
    assert by_kind["navigation"]["false_share"] == 0.0
    assert {(row["kind"], row["plugin"]) for row in data["by_kind_and_plugin"]} == {
        ("navigation", "extract"),
        ("related", "extract"),
        ("related", "generic"),
    }
    document = results[0].to_dict()["false_removals"]
    assert document["false_chars"] == false_one
    assert document["groups"][1] == {
        "kind": "related",
        "plugin": "generic",
        "items": 1,
        "chars": len(STORY[2]),
        "false_chars": len(STORY[2]) - 1,
        "false_share": (len(STORY[2]) - 1) / len(STORY[2]),
        "pages": 1,
        "false_pages": 1,
    }


def test_false_removals_with_document_gold(tmp_path: Path) -> None:
    """Per-document gold's paragraphs are its body: the measure reads both gold styles."""
    entry = gold_of(DOCUMENT) | {"paragraphs": [*DOCUMENT.paragraphs, STORY[1]]}
    gold = gold_set(tmp_path, entry).documents["harbour"]
    removed = (*DOCUMENT.removed, Removed("promo", STORY[1], 50, 60, "extract"))
    result = compare(
        Document(paragraphs=DOCUMENT.paragraphs, removed=removed), gold, id="h", input=""
    )
    assert result.false_chars == len(STORY[1]) - 1
    assert result.false_removals is not None
    assert result.false_removals[("caption", None)].false_chars == 0


def test_cli_shows_false_removals(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, _ = corpus
    parsed = corpuskit.parse(ARTICLE)
    # Gold that says the whole input is body: whatever the parse removed is a false removal.
    truth = write_json(tmp_path / "aeb.json", {"harbour": {"articleBody": ARTICLE}})
    code, out, _ = run("eval", "--gold", str(truth), str(inputs))
    assert code == 0
    assert "false removals: gold body in removed text (1 documents" in out
    code, out, _ = run("eval", "--gold", str(truth), "--format", "json", str(inputs))
    data = json.loads(out)["summary"]["false_removals"]
    assert data["total"]["items"] == len(parsed.removed)
    assert data["documents"] == 1


WORD = st.text(alphabet="abcdefgh", min_size=1, max_size=3)
OTHER = st.text(alphabet="stuvwxyz", min_size=1, max_size=3)


@given(st.lists(st.lists(WORD, min_size=4, max_size=12).map(" ".join), min_size=1, max_size=5))
def test_a_body_removed_whole_is_all_false_removal(paragraphs: list[str]) -> None:
    """Every gold paragraph (of four words or more) in removed and none in the body: every
    character of every item is gold body, however the paragraphs repeat one another."""
    removed = [Removed("related", text, 0, 1, "p") for text in paragraphs]
    counts = false_removals(removed, "", "\n\n".join(paragraphs))
    assert counts[("related", "p")].false_chars == sum(len(text) for text in paragraphs)


@given(
    st.lists(st.lists(WORD, min_size=1).map(" ".join), max_size=5),
    st.lists(st.lists(WORD, min_size=1).map(" ".join), max_size=5),
    st.lists(
        st.tuples(
            st.sampled_from(["caption", "related"]),
            st.lists(st.one_of(WORD, OTHER), max_size=10).map(" ".join),
        ),
        max_size=6,
    ),
)
def test_false_removals_never_exceed_what_was_removed(
    gold: list[str], body: list[str], items: list[tuple[str, str]]
) -> None:
    removed = [Removed(kind, text, 0, 1, None) for kind, text in items]
    counts = false_removals(removed, "\n\n".join(body), "\n\n".join(gold))
    assert sum(c.items for c in counts.values()) == len(items)
    for c in counts.values():
        assert 0 <= c.false_chars <= c.chars
        assert c.false_pages <= c.pages == 1


@given(st.lists(OTHER, max_size=12).map(" ".join), st.lists(WORD, max_size=30).map(" ".join))
def test_false_chars_is_zero_without_shared_words(text: str, gold: str) -> None:
    from corpuskit.scoring import shingles

    assert false_chars(text, shingles(gold)) == 0


# -- gold loading -------------------------------------------------------------------------------


def test_aeb_gold_compares_only_the_body(tmp_path: Path) -> None:
    body = "First paragraph of the story.\n\nSecond   paragraph, with more words in it."
    truth = {"harbour": {"articleBody": body, "url": "https://example.org/a"}}
    file = write_json(tmp_path / "aeb" / "ground-truth.json", truth)
    (tmp_path / "aeb" / "README.md").write_text("not gold", encoding="utf-8")
    for where in (file, file.parent):  # the file, or the folder holding it
        gold = load_gold(where)
        assert gold.styles == ("aeb",)
        entry = gold.documents["harbour"]
        # One line per paragraph in the document: exact once white space is normalised.
        document = Document(
            paragraphs=["First paragraph of the story.", "Second paragraph, with more words in it."]
        )
        result = compare(document, entry, id="harbour", input="x")
        assert result.compared == ("body",)
        assert result.exact
        assert result.body is not None
        assert result.body_f1 == 1.0
        assert result.removed is None

    half = compare(Document(paragraphs=["First paragraph of the story."]), entry, id="h", input="")
    assert half.mismatches == ("body",)
    assert half.body is not None
    # predicted: 5 tokens, 2 shingles, both in the gold; gold: 12 tokens, 9 shingles
    assert (half.body.tp, half.body.fp, half.body.fn) == (2, 0, 7)
    assert half.body.precision == 1.0


def test_canonical_body() -> None:
    assert canonical_body("  a  b \n\n\n c\r\nd  ") == "a b\nc\nd"


def test_gold_id_wins_over_file_name(tmp_path: Path) -> None:
    write_json(tmp_path / "g" / "file-name.json", {"id": "real-id", "title": "T"})
    assert list(load_gold(tmp_path / "g").documents) == ["real-id"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no gold"),
        ({"a.json": "[1, 2]"}, "non-empty JSON object"),
        ({"a.json": "{nope"}, "not valid JSON"),
        ({"a.json": '{"id": "x"}', "b.json": '{"id": "x"}'}, "appears twice"),
        ({"a.json": '{"authors": "Ann"}'}, "authors must be a list of strings"),
        ({"a.json": '{"removed": [{"kind": "caption"}]}'}, "removed[0]"),
        ({"a.json": '{"title": 3}'}, "title must be a string or null"),
    ],
)
def test_bad_gold_is_a_gold_error(tmp_path: Path, files: dict[str, str], message: str) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(GoldError, match=message.replace("[", r"\[")):
        load_gold(folder)


# -- the command --------------------------------------------------------------------------------


def test_cli_exact_match(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    code, out, err = run("eval", "--gold", str(gold), "--require-exact", str(inputs))
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("harbour"))
    assert row.split()[1:3] == ["7/7", "1.000"]
    assert "documents 1, exact 1, failed 0" in out
    assert err == ""


def test_cli_reports_a_wrong_title(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    data = json.loads((gold / "harbour.json").read_text(encoding="utf-8"))
    data["title"] = "A title nobody wrote"
    write_json(gold / "harbour.json", data)
    code, out, _ = run("eval", "--gold", str(gold), "--show-diffs", str(inputs))
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("harbour"))
    assert row.split()[1] == "6/7"
    assert row.endswith("title")
    assert "  title: expected 'A title nobody wrote' got " in out
    assert "documents 1, exact 0" in out

    code, _, err = run("eval", "--gold", str(gold), "--require-exact", str(inputs))
    assert code == 1
    assert "1 of 1 documents not exact: harbour (title)" in err


def test_cli_input_without_gold(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    (inputs / "stray.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run("eval", "--gold", str(gold), str(inputs))
    assert code == 0
    assert any(line.split() == ["stray", "-", "-", "-", "no", "gold"] for line in out.splitlines())
    assert "inputs without gold 1" in out
    code, _, err = run("eval", "--gold", str(gold), "--require-exact", str(inputs))
    assert code == 1
    assert "inputs without gold: stray" in err


def test_cli_parse_failure_is_counted_not_raised(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    (inputs / "harbour.txt").write_text("", encoding="utf-8")  # empty input cannot parse
    code, out, _ = run("eval", "--gold", str(gold), "--format", "json", str(inputs))
    assert code == 0
    data = json.loads(out)
    (doc,) = data["documents"]
    assert doc["status"] == "failed"
    assert doc["error"] == "empty input"
    assert data["summary"]["failed"] == 1
    assert data["summary"]["body"]["f1"] == 0.0


def test_cli_missing_input_is_a_failure(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    _, gold = corpus
    missing = str(tmp_path / "harbour.txt")
    code, out, _ = run("eval", "--gold", str(gold), missing)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("harbour"))
    assert row.split()[1:3] == ["0/7", "0.000"]
    assert "parse failed: no such file or folder" in row
    code, _, err = run("eval", "--gold", str(gold), "--require-exact", missing)
    assert code == 1
    assert "failed to parse: harbour" in err


def test_cli_json_shape(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    code, out, _ = run("eval", "--gold", str(gold), "--format", "json", str(inputs))
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"gold", "gold_styles", "documents", "summary"}
    assert data["gold_styles"] == ["document"]
    (doc,) = data["documents"]
    assert set(doc) == {
        "id",
        "input",
        "status",
        "gold",
        "error",
        "exact",
        "exact_fields",
        "compared_fields",
        "mismatches",
        "fields",
        "body",
        "removed",
        "false_removals",
    }
    assert (doc["id"], doc["status"], doc["exact"]) == ("harbour", "ok", True)
    assert list(doc["fields"]) == list(FIELDS[:-1])
    assert doc["fields"]["title"] == {"exact": True}
    assert set(doc["body"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    summary = data["summary"]
    assert set(summary) == {
        "inputs",
        "documents",
        "exact_documents",
        "failed",
        "without_gold",
        "gold_without_input",
        "fields",
        "body",
        "removed",
        "removed_total",
        "false_removals",
    }
    assert summary["fields"]["title"] == {"compared": 1, "exact": 1, "rate": 1.0}
    assert summary["body"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "documents": 1}
    assert set(summary["removed_total"]) == {"tp", "fp", "fn", "precision", "recall"}


def test_cli_json_mismatch_carries_expected_and_got(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    data = json.loads((gold / "harbour.json").read_text(encoding="utf-8"))
    data["removed"] = [{"kind": "footer", "text": "Share this story"}]
    write_json(gold / "harbour.json", data)
    _, out, _ = run("eval", "--gold", str(gold), "--format", "json", str(inputs))
    removed = json.loads(out)["documents"][0]["fields"]["removed"]
    assert removed["exact"] is False
    assert removed["expected"] == [{"kind": "footer", "text": "Share this story"}]
    assert isinstance(removed["got"], list)
    assert removed["diff"].startswith("[0] expected footer: 'Share this story'")


def test_cli_min_f1(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    code, _, _ = run("eval", "--gold", str(gold), "--min-f1", "1", str(inputs))
    assert code == 0
    data = json.loads((gold / "harbour.json").read_text(encoding="utf-8"))
    data["paragraphs"] = [*data["paragraphs"], "A paragraph the parser never saw, four words."]
    write_json(gold / "harbour.json", data)
    code, _, err = run("eval", "--gold", str(gold), "--min-f1", "0.99", str(inputs))
    assert code == 1
    assert "is below --min-f1 0.99" in err
    code, _, _ = run("eval", "--gold", str(gold), "--min-f1", "0.5", str(inputs))
    assert code == 0


def test_cli_aeb_gold(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    inputs, _ = corpus
    body = corpuskit.parse(ARTICLE).body
    truth = write_json(tmp_path / "aeb.json", {"harbour": {"articleBody": body, "url": ""}})
    code, out, _ = run(
        "eval", "--gold", str(truth), "--require-exact", "--min-f1", "1", str(inputs)
    )
    assert code == 0
    assert next(line for line in out.splitlines() if line.startswith("harbour")).split()[1] == "1/1"


def test_cli_require_exact_with_no_documents_fails(corpus: tuple[Path, Path]) -> None:
    inputs, gold = corpus
    (gold / "harbour.json").unlink()
    write_json(gold / "other.json", {"id": "other", "title": None})
    code, out, err = run("eval", "--gold", str(gold), "--require-exact", str(inputs))
    assert code == 1
    assert "no input has gold" in err
    assert "gold without input 1" in out


@pytest.mark.parametrize(
    "args",
    [
        ["eval", "x.txt"],  # --gold is required
        ["eval", "--gold", "does-not-exist", "x.txt"],
        ["eval", "--gold", "GOLD"],  # no inputs
        ["eval", "--gold", "GOLD", "--min-f1", "1.5", "x.txt"],
        ["eval", "--gold", "GOLD", "--format", "xml", "x.txt"],
        ["eval", "--gold", "BAD", "x.txt"],
    ],
)
def test_cli_usage_errors(corpus: tuple[Path, Path], tmp_path: Path, args: list[str]) -> None:
    _, gold = corpus
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    args = [str(gold) if a == "GOLD" else str(bad) if a == "BAD" else a for a in args]
    assert CliRunner().invoke(main, args).exit_code == 2


# -- reports ------------------------------------------------------------------------------------


def test_short_diff() -> None:
    assert short_diff(None, "x") == "expected null got 'x'"
    assert short_diff(("a", "b"), ("a",)) == "[1] expected 'b' got (none) (2 vs 1 items)"
    assert short_diff((("caption", "c"),), (("credit", "c"),)) == (
        "[0] expected caption: 'c' got credit: 'c'"
    )
    long = "word " * 30
    diff = short_diff(long + "end", long + "fin", width=20)
    assert diff.startswith("expected '…")
    assert "(from char 150)" in diff
    assert len(diff) < 80


def test_table_shows_missing_and_failed(tmp_path: Path) -> None:
    golds = gold_set(tmp_path, gold_of(DOCUMENT))
    results = [
        compare(DOCUMENT, golds.documents["harbour"], id="harbour", input="a"),
        compare(None, None, id="lost", input="b", error="no such file or folder"),
    ]
    table = render_table(summarise(results, golds))
    assert "parse failed: no such file or folder; no gold" in table
    assert "documents 1, exact 1, failed 1, inputs without gold 1" in table
    assert "all" in table.splitlines()[-1]


# -- properties ---------------------------------------------------------------------------------

WORDS = st.sampled_from(["harbour", "boat", "storm", "wall", "Port", "noon"])
PARAGRAPHS = st.lists(st.lists(WORDS, min_size=1).map(" ".join), max_size=6)
ITEMS = st.lists(
    st.tuples(st.sampled_from(["caption", "credit", "footer"]), st.sampled_from(["a", "b", "c"])),
    max_size=8,
)


@given(PARAGRAPHS)
def test_a_body_scored_against_itself_is_perfect(paragraphs: list[str]) -> None:
    body = "\n\n".join(paragraphs)
    entry = Gold("d", "aeb", "mem", {"body": canonical_body(body)}, body=body)
    result = compare(Document(paragraphs=paragraphs), entry, id="d", input="")
    assert result.exact
    assert result.body is not None
    assert (result.body.precision, result.body.recall, result.body_f1) == (1.0, 1.0, 1.0)


@given(ITEMS, ITEMS)
def test_removed_counts_swap_fp_and_fn(
    predicted: list[tuple[str, str]], gold: list[tuple[str, str]]
) -> None:
    forward, backward = removed_counts(predicted, gold), removed_counts(gold, predicted)
    assert forward.keys() == backward.keys()
    for kind, counts in forward.items():
        assert backward[kind] == KindCounts(counts.tp, counts.fn, counts.fp)
        assert counts.precision == backward[kind].recall
    assert sum(c.tp + c.fp for c in forward.values()) == len(predicted)
    assert sum(c.tp + c.fn for c in forward.values()) == len(gold)
