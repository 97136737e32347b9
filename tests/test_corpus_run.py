"""Corpus runs: order, determinism for any --jobs, formats, time limits, crashes, resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit import CorpuskitError, Document
from corpuskit.corpus import Fields, ResumeError, RunOptions, run
from corpuskit.corpus.local import Pool, Serial, chunks
from corpuskit.corpus.progress import Progress
from corpuskit.corpus.work import Job, Work, time_limit_reason
from corpuskit.io.compression import open_input
from corpuskit.io.records import Record
from corpuskit.pipeline import Parser
from corpuskit.testing.corpora import records, write_jsonl
from counting import CPU_LIMIT, LINEAR_LIMIT, call_growth, cpu
from misbehaving import PLUGIN, install


@pytest.fixture
def misbehaving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return install(tmp_path, monkeypatch, "misbehaving_plugin")


def _jsonl(path: Path, texts: list[str]) -> Path:
    write_jsonl(path, ({"id": f"r{i}", "text": t} for i, t in enumerate(texts)))
    return path


def _lines(path: Path) -> list[dict[str, object]]:
    with open_input(path) as stream:
        return [orjson.loads(line) for line in stream.read().splitlines()]


def test_output_is_the_same_bytes_for_any_number_of_jobs(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, records(300, size=900))
    outputs = {}
    for jobs in (1, 2, 3):
        out = tmp_path / f"out{jobs}.jsonl.zst"
        report = run(RunOptions([str(corpus)], output=str(out), jobs=jobs, chunk_size=7))
        assert (report.documents, report.errors) == (300, 0)
        outputs[jobs] = out.read_bytes()
    assert outputs[1] == outputs[2] == outputs[3]
    ids = [d["id"] for d in _lines(tmp_path / "out2.jsonl.zst")]
    assert ids == [f"doc-{n:07d}" for n in range(300)]


def test_every_record_is_one_document_or_one_error_in_input_order(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    good = {"id": "ok", "text": "A headline\n\nA body paragraph of plain prose.\n"}
    corpus.write_bytes(
        b"\n".join(
            [
                orjson.dumps(good),
                b"{broken",
                orjson.dumps({"id": "empty", "text": ""}),
                orjson.dumps({**good, "id": "ok2"}),
            ]
        )
    )
    errors = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    report = run(RunOptions([str(corpus)], output=str(out), errors=str(errors), jobs=2))
    assert (report.documents, report.errors) == (2, 2)
    assert [d["id"] for d in _lines(out)] == ["ok", "ok2"]
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(e["id"], e["input"]) for e in failed] == [
        ("mixed:2", f"{corpus}:2"),
        ("empty", f"{corpus}:3"),
    ]
    assert failed[1]["reason"] == "empty input"


def test_parquet_rows_are_the_jsonl_documents(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from corpuskit.io.parquet import document, schema

    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, records(30, size=900))
    run(RunOptions([str(corpus)], output=str(tmp_path / "o.jsonl")))
    run(RunOptions([str(corpus)], output=str(tmp_path / "o.parquet"), fmt="parquet", jobs=2))
    table = pq.read_table(tmp_path / "o.parquet")
    assert table.schema.names == schema().names
    assert table.schema.metadata == schema().metadata
    from_parquet = [document(row) for row in table.to_pylist()]
    from_jsonl = [Document.from_dict(d) for d in _lines(tmp_path / "o.jsonl")]
    assert from_parquet == from_jsonl
    assert [d.meta for d in from_parquet] == [d.meta for d in from_jsonl]


COUNTING_PLUGIN = '''
"""Writes the first line of every page a parse reaches, so a test can count the parses."""
from corpuskit import hookimpl


@hookimpl(tryfirst=True)
def corpuskit_label(page, blocks, source):
    with open({log!r}, "a", encoding="utf-8") as log:
        log.write(page.text.partition("\\n")[0] + "\\n")
'''


def test_a_document_stuck_in_c_code_becomes_an_error_and_its_worker_is_replaced(
    tmp_path: Path, misbehaving: str
) -> None:
    texts = [f"Paragraph {i} of an ordinary article.\n" for i in range(6)]
    texts[2] = "Paragraph 2 HANG-IN-C never finishes.\n"
    texts[4] = "Paragraph 4 CRASH-THE-WORKER kills its process.\n"
    corpus = _jsonl(tmp_path / "c.jsonl", texts)
    errors = tmp_path / "e.jsonl"
    parses = tmp_path / "parses.log"
    (tmp_path / "counting_plugin.py").write_text(COUNTING_PLUGIN.format(log=str(parses)))
    report = run(
        RunOptions(
            [str(corpus)],
            output=str(tmp_path / "o.jsonl"),
            errors=str(errors),
            jobs=2,
            timeout=1.0,
            plugins=[misbehaving, "counting_plugin"],
            chunk_size=3,
        )
    )
    assert (report.documents, report.errors) == (4, 2)
    failed = {e["id"]: e["reason"] for e in map(json.loads, errors.read_text().splitlines())}
    assert set(failed) == {"r2", "r4"}
    assert failed["r2"] == time_limit_reason(1.0)  # the run's limit, not the default's
    assert "worker process died" in failed["r4"]
    # Counted, not timed: each bad document costs one attempt and one worker, never a retry;
    # the good ones of a replaced worker's chunk are parsed again, once.
    assert report.replaced_workers == 2
    attempts = Counter(line.split()[1] for line in parses.read_text().splitlines())
    assert attempts["2"] == attempts["4"] == 1
    assert set(attempts) == {str(i) for i in range(6)}
    assert max(attempts.values()) <= 2
    assert [d["id"] for d in _lines(tmp_path / "o.jsonl")] == ["r0", "r1", "r3", "r5"]


def test_in_one_process_a_python_hang_is_stopped_by_the_time_limit(
    tmp_path: Path, misbehaving: str
) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", ["HANG-IN-PYTHON\n", "A plain paragraph of text.\n"])
    errors: list[dict[str, object]] = []
    report = run(
        RunOptions(
            [str(corpus)], output=str(tmp_path / "o.jsonl"), timeout=0.5, plugins=[misbehaving]
        ),
        on_error=errors.append,
    )
    assert (report.documents, report.errors) == (1, 1)
    assert errors[0]["id"] == "r0"
    assert "time limit" in str(errors[0]["reason"])


def test_the_time_limit_handler_is_installed_for_the_run_and_put_back_after_it(
    tmp_path: Path, misbehaving: str
) -> None:
    def mine(signum: int, frame: object) -> None:
        raise AssertionError("the run's own handler should be the one called")

    before = signal.signal(signal.SIGALRM, mine)
    try:
        work = Work(Job(timeout=0.5, plugins=(misbehaving,)))
        texts = ["A plain paragraph.\n", "HANG-IN-PYTHON\n", "Another plain paragraph.\n"]
        batch = [
            Record(f"r{i}", f"r{i}", data=orjson.dumps({"text": t}), json=True)
            for i, t in enumerate(texts)
        ]
        seen = []
        for outcome in work.timed(batch):
            # Between records the handler stays installed and no timer runs.
            assert signal.getsignal(signal.SIGALRM) is not mine
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
            seen.append(outcome.ok)
        assert seen == [True, False, True]
        assert signal.getsignal(signal.SIGALRM) is mine
        assert work.process_timed(batch[1]).ok is False
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, before)


def test_no_time_limit_and_other_threads_leave_the_signal_handler_alone() -> None:
    import threading

    record = Record("r", "r", data=b"A plain paragraph of text.\n")
    before = signal.getsignal(signal.SIGALRM)
    assert [o.ok for o in Work(Job(timeout=0)).timed([record])] == [True]
    assert signal.getsignal(signal.SIGALRM) is before
    results: list[bool] = []
    thread = threading.Thread(
        target=lambda: results.extend(o.ok for o in Work(Job(timeout=5)).timed([record]))
    )
    thread.start()
    thread.join()
    assert results == [True]
    assert signal.getsignal(signal.SIGALRM) is before


def test_a_broken_plugin_module_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", ["Text.\n"])
    with pytest.raises(Exception, match="cannot import plugin module 'no_such_plugin_here'"):
        run(
            RunOptions(
                [str(corpus)], output=str(tmp_path / "o.jsonl"), plugins=["no_such_plugin_here"]
            )
        )


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "corpuskit", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool]) -> None:
    """SIGKILL the run (its whole process group) as soon as ``ready()`` holds."""
    deadline = time.monotonic() + 60
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _state(path: Path) -> dict[str, object]:
    try:
        data: dict[str, object] = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A corpus that takes seconds to parse, and its output from an uninterrupted run."""
    folder = tmp_path_factory.mktemp("big")
    corpus = folder / "c.jsonl"
    write_jsonl(corpus, records(9000, size=700))
    reference = folder / "reference.jsonl.gz"
    run(RunOptions([str(corpus)], output=str(reference)))
    return corpus, reference.read_bytes()


RESUME = ("--jobs", "2", "--resume")
"""A scheduler's retry: the same command line on every attempt, --resume included."""


def _retry(corpus: Path, out: Path, *extra: str) -> str:
    process = _cli("parse", str(corpus), "-o", str(out), *RESUME, *extra)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return err.decode()


def test_resume_on_a_first_run_starts_fresh(tmp_path: Path, big_corpus: tuple[Path, bytes]) -> None:
    corpus, reference = big_corpus
    out = tmp_path / "out.jsonl.gz"
    err = _retry(corpus, out)
    assert "done before" not in err
    assert out.read_bytes() == reference
    assert _state(Path(f"{out}.resume.json"))["complete"] is True


def test_resume_after_a_kill_before_the_first_checkpoint_starts_over(
    tmp_path: Path, big_corpus: tuple[Path, bytes]
) -> None:
    corpus, reference = big_corpus
    out = tmp_path / "out.jsonl"
    state = Path(f"{out}.resume.json")
    # No checkpoint for an hour: the kill comes once documents are on disk but none counted.
    process = _cli("parse", str(corpus), "-o", str(out), *RESUME, "--checkpoint-every", "3600")
    _kill_when(process, lambda: out.exists() and out.stat().st_size > 0)
    assert out.stat().st_size > 0
    assert _state(state)["records"] == 0
    err = _retry(corpus, out)
    assert "done before" not in err
    assert gzip.decompress(reference) == out.read_bytes()


def test_resume_after_sigkill_completes_the_output_exactly(
    tmp_path: Path, big_corpus: tuple[Path, bytes]
) -> None:
    corpus, reference = big_corpus
    out = tmp_path / "out.jsonl.gz"
    state = Path(f"{out}.resume.json")
    process = _cli("parse", str(corpus), "-o", str(out), *RESUME, "--checkpoint-every", "0")
    _kill_when(process, lambda: int(str(_state(state).get("records", 0))) > 0)
    done = _state(state)
    assert 0 < int(str(done["records"])) < 9000
    assert not done["complete"]
    err = _retry(corpus, out)
    assert f"{done['records']} done before" in err
    assert out.read_bytes() == reference


def test_resume_after_a_complete_run_does_nothing(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", ["One paragraph.\n", "", "Another paragraph.\n"])
    out = tmp_path / "o.jsonl"
    errors = tmp_path / "errors.jsonl"
    first = run(RunOptions([str(corpus)], output=str(out), errors=str(errors), resume=True))
    assert (first.documents, first.errors, first.resumed) == (2, 1, 0)
    written = out.read_bytes(), errors.read_bytes(), out.stat().st_mtime_ns
    again = run(RunOptions([str(corpus)], output=str(out), errors=str(errors), resume=True))
    assert (again.documents, again.errors, again.resumed, again.complete) == (0, 0, 3, True)
    assert (out.read_bytes(), errors.read_bytes(), out.stat().st_mtime_ns) == written


def test_resume_refuses_another_runs_state_or_a_file_without_one(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", ["One paragraph.\n", "Another paragraph.\n"])
    other = _jsonl(tmp_path / "d.jsonl", ["Different input.\n"])
    out = tmp_path / "o.jsonl"
    run(RunOptions([str(corpus)], output=str(out)))
    with pytest.raises(ResumeError, match="other inputs or settings"):
        run(RunOptions([str(other)], output=str(out), resume=True))
    Path(f"{out}.resume.json").unlink()
    with pytest.raises(ResumeError, match="does not"):
        run(RunOptions([str(corpus)], output=str(out), resume=True))


def test_resume_needs_a_resumable_output(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", ["One paragraph.\n"])
    with pytest.raises(Exception, match="needs an output file"):
        run(RunOptions([str(corpus)], resume=True))
    with pytest.raises(Exception, match="cannot be appended"):
        run(
            RunOptions(
                [str(corpus)], output=str(tmp_path / "o.parquet"), fmt="parquet", resume=True
            )
        )


def test_progress_line_counts_rates_and_eta() -> None:
    progress = Progress(enabled=True, total_bytes=4000)
    progress.started -= 2.0
    for ok in (True, True, False):
        progress.update(ok, 1000)
    line = progress.line()
    assert "3 records" in line
    assert "1 errors" in line
    assert "docs/s" in line
    assert "MB/s" in line
    assert "ETA 0:00:0" in line


def test_cli_progress_is_drawn_when_forced(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_jsonl(corpus, records(400, size=500))
    process = _cli("parse", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--progress")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0
    assert b"docs/s" in err or b"400 parsed" in err  # a fast run may finish before the first redraw
    quiet = _cli("parse", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--no-progress")
    _, err = quiet.communicate(timeout=120)
    assert b"docs/s" not in err


HOSTILE_SECRET = "the-secret-nobody-may-read-3141"


def _hostile_batch(root: Path) -> dict[str, bytes]:
    import gzip

    secret = root.parent / "secret.txt"
    secret.write_text(HOSTILE_SECRET)
    article = "A headline\n\nA paragraph of ordinary prose for the article body.\n"
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY a{i} "{("&a;" if i == 0 else f"&a{i - 1};") * 10}">' for i in range(8))
        + "]><html><body><p>&a7;</p><p>Body text after the bomb.</p></body></html>"
    )
    return {
        "empty.txt": b"",
        "blank.txt": b"   \n\n \t\n",
        "junk.bin": os.urandom(4096),
        "nul.txt": b"Para one\x00 with NUL bytes.\n\nAnother\x00 line.\n",
        "latin1.txt": "Caf\u00e9 society in M\u00fcnchen: an article.\n".encode("latin-1"),
        "utf16.txt": ("\ufeff" + article).encode("utf-16-le"),
        "invalid.txt": b"Valid start \xff\xfe\xfd then garbage \xc3\x28.\n",
        "long-line.txt": b"word " * 4_000_000,
        "many-lines.txt": b"x y\n" * 2_000_000,
        "deep.html": b"<html><body>" + b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000,
        "bomb.html": bomb.encode(),
        "xxe.html": (
            f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<html><body><p>&x;</p><p>Paragraph after the entity reference.</p></body></html>"
        ).encode(),
        "truncated.txt.gz": gzip.compress(article.encode() * 50)[:-20],
        "unclosed.html": b"<html><body><p>An unclosed paragraph <div><b>bold <i>italic",
        "good.txt": article.encode(),
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hostile_batch_gives_a_document_or_an_error_for_each_input(
    tmp_path: Path, jobs: int
) -> None:
    root = tmp_path / "batch"
    root.mkdir()
    inputs = _hostile_batch(root)
    for name, data in inputs.items():
        (root / name).write_bytes(data)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    process = _cli(
        "parse",
        str(root),
        "-o",
        str(out),
        "--errors",
        str(errors),
        "--jobs",
        str(jobs),
        "--timeout",
        "20",
    )
    # The batch takes a second or two. The time limit only keeps a hung run from stalling the
    # suite: how the largest inputs' work grows is counted in the next test.
    try:
        _, err = process.communicate(timeout=600)
    finally:
        process.kill()
    assert b"Traceback" not in err
    assert process.returncode == 1  # some inputs failed, and that is reported
    documents = [json.loads(line) for line in out.read_text().splitlines()]
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    seen = [d["id"] for d in documents] + [f["id"] for f in failures]
    expected = {
        Path(name).name.split(".")[0] if not name.endswith(".bin") else name for name in inputs
    }
    assert sorted(seen) == sorted(expected)
    assert all(f["reason"] for f in failures)
    assert HOSTILE_SECRET not in out.read_text()
    by_id = {d["id"]: d for d in documents}
    assert "A paragraph of ordinary prose for the article body." in by_id["good"]["paragraphs"]
    assert "Caf\u00e9 society in M\u00fcnchen: an article." in by_id["latin1"]["paragraphs"]


@pytest.mark.parametrize(
    ("article", "size"),
    [
        pytest.param(lambda n: "word " * n, 200_000, id="one-long-line"),
        # Below text.MAX_LINES, where a page is parsed rather than refused.
        pytest.param(lambda n: "x y\n" * n, 50_000, id="many-short-lines"),
    ],
)
def test_the_largest_hostile_inputs_cost_linear_work(
    article: Callable[[int], str], size: int
) -> None:
    # The batch above holds inputs like these at 8-20 MB; 4 times the input must cost about 4
    # times the work, counted (tests/counting.py) whatever the time limit or the machine's load.
    parser = Parser()
    small, large = article(size // 4), article(size)
    assert call_growth(parser.parse, small, large) < LINEAR_LIMIT
    assert cpu(parser.parse, small, large) < CPU_LIMIT


@given(st.lists(st.integers(min_value=0, max_value=50_000), max_size=60), st.integers(1, 9))
def test_chunks_keep_every_record_in_order(sizes: list[int], size: int) -> None:
    items = [Record(f"r{i}", f"r{i}", data=b"", size=s) for i, s in enumerate(sizes)]
    grouped = list(chunks(items, size))
    assert [r for chunk in grouped for r in chunk] == items
    assert all(0 < len(chunk) <= size for chunk in grouped)


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=200).map(lambda t: orjson.dumps({"text": t})),
            st.binary(max_size=40).filter(lambda b: b"\n" not in b and b.strip()),
        ),
        max_size=12,
    )
)
def test_serial_and_pool_agree_and_lose_nothing(lines: list[bytes]) -> None:
    """Any JSON Lines input: one outcome per record, in order, the same in both engines."""
    items = [Record(f"f:{n}", f"f:{n}", data=line, json=True) for n, line in enumerate(lines, 1)]
    job = Job(fields=Fields())
    serial = list(Serial(Work(job)).run(items))
    assert len(serial) == len(items)
    assert all(o.ok or o.item["input"] == r.location for o, r in zip(serial, items, strict=True))
    if lines:
        pooled = list(Pool(job, 2, chunk_size=3).run(items))
        assert pooled == serial


def test_spawned_workers_give_the_same_outcomes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where fork is unsafe or missing (threads running, macOS, Windows) workers are spawned."""
    import multiprocessing

    from corpuskit.corpus import local

    monkeypatch.setattr(local, "_context", lambda: multiprocessing.get_context("spawn"))
    items = [
        Record(f"r{i}", f"r{i}", data=f"Paragraph number {i} of the text.\n".encode())
        for i in range(12)
    ]
    job = Job()
    assert list(Pool(job, 2, chunk_size=5).run(items)) == list(Serial(Work(job)).run(items))


def test_workers_that_cannot_start_stop_the_run_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not an endless loop of replacements, and no record blamed for it."""
    (tmp_path / "main_only_plugin.py").write_text(
        "import os\n"
        "if os.getpid() != int(os.environ['MAIN_PID']):\n"
        "    raise ImportError('this plugin imports only in the main process')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("MAIN_PID", str(os.getpid()))
    import multiprocessing

    from corpuskit.corpus import local

    # Spawned workers import plugins afresh (forked ones inherit the parent's parser).
    monkeypatch.setattr(local, "_context", lambda: multiprocessing.get_context("spawn"))
    items = [Record(f"r{i}", f"r{i}", data=b"Some text.\n") for i in range(10)]
    pool = Pool(Job(plugins=["main_only_plugin"]), 2, chunk_size=3)
    with pytest.raises(CorpuskitError, match="die before they can parse anything"):
        list(pool.run(items))


def test_pool_stops_its_workers_when_the_consumer_stops() -> None:
    items = [Record(f"r{i}", f"r{i}", data=b"Some text.\n") for i in range(200)]
    pool = Pool(Job(), 2, chunk_size=4)
    outcomes: Iterator[object] = pool.run(items)
    next(outcomes)
    outcomes.close()  # type: ignore[attr-defined]
    import multiprocessing

    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_cli_reads_jsonl_fields(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        orjson.dumps({"key": "k1", "link": "https://x.example/a", "body": "Para one.\n"}) + b"\n"
    )
    process = _cli(
        "parse", str(corpus), "--text-field", "body", "--id-field", "key", "--url-field", "link"
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    doc = Document.from_json(out)
    assert (doc.id, doc.url, doc.paragraphs) == ("k1", "https://x.example/a", ("Para one.",))


def test_misbehaving_plugin_source_is_valid_python() -> None:
    compile(textwrap.dedent(PLUGIN), "plugin", "exec")
