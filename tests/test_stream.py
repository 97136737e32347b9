"""corpuskit.parse_many: one outcome per record, in order, lazily, on corpuskit parse's engine."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpuskit import Document, Failure, parse_many
from corpuskit.corpus import RunOptions, run
from corpuskit.corpus.work import time_limit_reason
from corpuskit.testing.corpora import as_html, records, write_jsonl
from misbehaving import install


@pytest.fixture
def misbehaving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return install(tmp_path / "plugins", monkeypatch, "misbehaving_stream_plugin")


def test_the_same_documents_as_corpuskit_parse_for_any_jobs(tmp_path: Path) -> None:
    rows = list(records(40, size=700))
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, rows)
    out = tmp_path / "out.jsonl"
    run(RunOptions([str(corpus)], output=str(out)))
    want = [Document.from_json(line) for line in out.read_bytes().splitlines()]
    for jobs in (1, 2):
        got = list(parse_many(rows, jobs=jobs, chunk_size=3))
        assert got == want
        assert [d.meta for d in got if isinstance(d, Document)] == [d.meta for d in want]


def test_pages_as_str_bytes_and_mappings() -> None:
    text = "The council voted on Tuesday to keep the library open.\n"
    html = as_html(text, "Library")
    out = list(
        parse_many(
            [
                text,
                text.encode(),
                {"id": "m", "url": "https://x.example/m", "html": html},
                {"text": html, "kind": None},
            ]
        )
    )
    assert all(isinstance(o, Document) for o in out)
    docs = [o for o in out if isinstance(o, Document)]
    assert docs[0].paragraphs == docs[1].paragraphs == (text.strip(),)
    assert (docs[2].id, docs[2].url, docs[2].title) == ("m", "https://x.example/m", "Library")
    assert docs[3].title == "Library"  # judged by content: HTML
    assert docs[2].paragraphs == docs[3].paragraphs


BAD = [
    ("", "empty input"),
    (b"\x00\x01\x02\x03" * 40, "looks binary"),
    ("\ud800 a lone surrogate", "lone surrogate"),
    (None, "must be str, bytes or a mapping"),
    ({"id": "no-text"}, "has no 'text' or 'html' field"),
    ({"id": "number", "text": 5}, "is int, not a string"),
]


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_records_are_failures_naming_the_record_and_the_reason(jobs: int) -> None:
    good = "A paragraph about the harbour.\n"
    pages = [good] + [page for page, _ in BAD] + [good]
    out = list(parse_many(pages, jobs=jobs))  # type: ignore[arg-type]
    assert isinstance(out[0], Document)
    assert isinstance(out[-1], Document)
    failures = out[1:-1]
    for index, (failure, (_, reason)) in enumerate(zip(failures, BAD, strict=True), 1):
        assert isinstance(failure, Failure)
        assert failure.index == index
        assert reason in failure.reason
    assert [f.id for f in failures if isinstance(f, Failure)][-2:] == ["no-text", "number"]
    assert str(failures[-1]).startswith("record 6 (number): ")


@pytest.mark.parametrize(("jobs", "hang"), [(1, "HANG-IN-PYTHON"), (2, "HANG-IN-C")])
def test_a_hanging_page_is_a_time_limit_failure(misbehaving: str, jobs: int, hang: str) -> None:
    pages = ["First paragraph.\n", f"{hang} here.\n", "Last paragraph.\n"]
    out = list(parse_many(pages, jobs=jobs, timeout=1.0, plugins=[misbehaving]))
    assert isinstance(out[0], Document)
    assert isinstance(out[2], Document)
    assert out[1] == Failure(1, None, time_limit_reason(1.0))


@pytest.mark.parametrize("jobs", [1, 2])
def test_it_reads_the_input_lazily_and_stops_its_workers_when_closed(jobs: int) -> None:
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        for n in itertools.count():
            next(pulled)
            yield f"Paragraph number {n} of an endless feed.\n"

    stream = parse_many(endless(), jobs=jobs, chunk_size=4)
    first = list(itertools.islice(stream, 10))
    assert len(first) == 10
    # At most 2 * jobs + 1 chunks out at once, plus the one being cut.
    assert next(pulled) <= 10 + (2 * jobs + 2) * 4 + 1
    stream.close()  # type: ignore[attr-defined]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="jobs"):
        parse_many(["x"], jobs=0)
    with pytest.raises(ValueError, match="timeout"):
        parse_many(["x"], timeout=-1)


PAGE = st.one_of(
    st.text(alphabet="ab .\n\x00é", max_size=40),
    st.binary(max_size=20),
    st.none(),
    st.fixed_dictionaries({"id": st.sampled_from(["a", "b"]), "text": st.text(max_size=20)}),
)


@given(pages=st.lists(PAGE, max_size=12), jobs=st.sampled_from([1, 2, 3]))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_one_outcome_per_record_in_input_order(pages: list[object], jobs: int) -> None:
    out = list(parse_many(pages, jobs=jobs, chunk_size=2))  # type: ignore[arg-type]
    assert len(out) == len(pages)
    for index, (page, outcome) in enumerate(zip(pages, out, strict=True)):
        if isinstance(outcome, Failure):
            assert outcome.index == index
        elif isinstance(page, dict):
            assert outcome.id == page["id"]


def test_importing_corpuskit_needs_neither_integration() -> None:
    code = (
        "import sys\n"
        "for name in ('datatrove', 'datasets', 'pyarrow', 'ray'): sys.modules[name] = None\n"
        "import corpuskit, corpuskit.corpus, corpuskit.stream, corpuskit.extras\n"
        "print(sum(1 for o in corpuskit.parse_many(['One paragraph.']) if o.paragraphs))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
