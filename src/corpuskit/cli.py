"""The ``corpuskit`` command: argument handling and reporting only; the work is in the library.

Every input ends up as exactly one document or one error record; errors never stop a batch, and
no traceback reaches the user unless ``--debug`` is given. The exit code is 1 when any input
failed, 2 for usage errors.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click
import orjson

from corpuskit._version import __version__
from corpuskit.corpus.runner import EngineName, RunOptions
from corpuskit.corpus.runner import run as run_corpus
from corpuskit.errors import CorpuskitError
from corpuskit.evaluate import GoldError, evaluate_paths, load_gold, render_table
from corpuskit.io.outputs import FORMATS
from corpuskit.io.readers import INPUT_FORMATS, InputFormat
from corpuskit.io.records import Fields
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager, list_plugins

report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json for programs.",
)
source_option = click.option(
    "--source", help="Parse every input as this source (name, domain or plugin)."
)
rules_option = click.option(
    "--rules",
    "rules",
    multiple=True,
    metavar="FILE.toml",
    type=click.Path(exists=True, dir_okay=False),
    help="Also load this rules file as a source plugin (repeatable); see docs/rules.md.",
)


def _parser(rules: tuple[str, ...]) -> Parser:
    """The installed plugins plus the rules files; a bad file is a usage error."""
    if not rules:
        return Parser()
    from corpuskit.rules import register_rules

    manager = create_manager()
    try:
        register_rules(manager, rules)
    except CorpuskitError as exc:
        raise click.BadParameter(str(exc), param_hint="--rules") from exc
    return Parser(manager)


def _resolve(parser: Parser, source: str | None) -> str | None:
    if not source:
        return None
    try:
        return parser.resolve_source(source)
    except CorpuskitError as exc:
        raise click.BadParameter(str(exc), param_hint="--source") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="corpuskit")
def main() -> None:
    """Turn scraped news articles into clean Documents, keeping a labelled record of the debris."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    help="Where to write documents; '-' is stdout. A name ending in .gz or .zst is compressed.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one document per line; json: one array; text: clean text, documents "
    "separated by a form-feed line; parquet: one row per document (needs -o and the "
    "parquet extra).",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="auto: JSON Lines and WARC by name or content, other files one article each (text or "
    "HTML judged by content); text/html: every file is one article of that kind.",
)
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: article text.")
@click.option("--html-field", help="JSON Lines: article HTML, used instead of the text when set.")
@click.option("--id-field", default="id", show_default=True, help="JSON Lines: document id.")
@click.option("--url-field", default="url", show_default=True, help="JSON Lines: page URL.")
@source_option
@click.option(
    "--errors",
    "errors_path",
    help="Write one JSON line per failed input (id, input, error, reason).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (or Ray CPUs). Output is the same bytes for any number.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; ray: Ray tasks (the ray extra).",
)
@click.option("--address", help="Ray cluster address; default: start a local one with --jobs CPUs.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds one document may take before it becomes an error record (0: no limit).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Carry on an interrupted run writing the same -o file (no duplicates, no torn lines).",
)
@click.option(
    "--checkpoint-every",
    type=click.FloatRange(min=0),
    default=2.0,
    show_default=True,
    help="Least seconds between durable checkpoints of -o/--errors (what --resume starts from).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress on stderr; default: when stderr is a terminal.",
)
@click.option(
    "--plugin",
    "plugins",
    multiple=True,
    metavar="MODULE",
    help="Also load this plugin module by import name (repeatable), installed or not.",
)
@rules_option
@click.option(
    "--learn",
    "learn",
    metavar="DIR",
    help="First learn each site's recurring lines from these inputs (sites with 8 or more "
    "pages), write them to DIR as rules files, then parse with them.",
)
@click.option("--debug", is_flag=True, help="Let exceptions propagate with their traceback.")
def parse(
    paths: tuple[str, ...],
    output: str,
    fmt: str,
    input_format: InputFormat,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    source: str | None,
    errors_path: str | None,
    jobs: int,
    engine: EngineName,
    address: str | None,
    timeout: float,
    resume: bool,
    checkpoint_every: float,
    progress: bool | None,
    plugins: tuple[str, ...],
    rules: tuple[str, ...],
    learn: str | None,
    debug: bool,
) -> None:
    """Parse articles: files, folders (recursively), globs, JSON Lines, WARC/WET, or '-' (stdin).

    Plain, gzip and zstd inputs are read alike. Each input record becomes one document or one
    error record, in input order (folders sorted), so the same inputs always give the same
    bytes. A file's document id is its name without extensions; a JSON Lines record's is its
    id field (else FILE:LINE); a WARC record's is its WARC-Record-ID.
    """
    parser = _parser(rules)
    source = _resolve(parser, source)
    fields = Fields(text=text_field, html=html_field, id=id_field, url=url_field)
    if learn:
        if "-" in paths:
            raise click.BadParameter(
                "needs inputs it can read twice, not '-'", param_hint="--learn"
            )
        from corpuskit.learn import learn_rules

        learning = learn_rules(
            paths, learn, parser=parser, fields=fields, input_format=input_format
        )
        click.echo(
            f"corpuskit: learnt {learning.rules} rules for {len(learning.files)} of "
            f"{learning.hosts} sites from {learning.documents} records into {learn}",
            err=True,
        )
    options = RunOptions(
        paths=paths,
        output=output,
        fmt=fmt,
        input_format=input_format,
        fields=fields,
        source=source,
        errors=errors_path,
        jobs=jobs,
        engine=engine,
        address=address,
        timeout=timeout,
        resume=resume,
        checkpoint_seconds=checkpoint_every,
        progress=progress,
        plugins=plugins,
        rules=rules,
        learned=learn,
    )

    def report(record: dict[str, Any]) -> None:
        if errors_path is None:
            click.echo(f"corpuskit: error: {record['input']}: {record['reason']}", err=True)

    try:
        result = run_corpus(options, on_error=report)
    except CorpuskitError as exc:
        if debug:
            raise
        raise click.UsageError(str(exc)) from exc
    where = f" (see {errors_path})" if errors_path and result.errors else ""
    resumed = f", {result.resumed} done before" if result.resumed else ""
    click.echo(
        f"corpuskit: {result.documents} parsed, {result.errors} failed{where}{resumed}", err=True
    )
    if result.errors:
        sys.exit(1)


@main.command()
@report_format
def plugins(fmt: str) -> None:
    """List installed plugins: name, version, distribution, hooks and the sites each handles."""
    infos = list_plugins(Parser().manager)
    if fmt == "json":
        data = [
            {
                "name": i.name,
                "status": i.status,
                "version": i.version,
                "distribution": i.distribution,
                "module": i.module,
                "hooks": list(i.hooks),
                "sources": list(i.sources),
                "error": i.error,
            }
            for i in infos
        ]
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    for i in infos:
        head = f"{i.name} {i.version or ''}".strip()
        dist = f" ({i.distribution})" if i.distribution else ""
        click.echo(f"{head}{dist} [{i.status}]")
        if i.sources:
            click.echo(f"  sites: {', '.join(i.sources)}")
        if i.hooks:
            click.echo(f"  hooks: {', '.join(i.hooks)}")
        if i.error:
            click.echo(f"  error: {i.error}")


@main.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="Gold: a folder of per-document JSON files (keyed by their id or file name), or an "
    "AEB-style JSON file {id: {articleBody}} or a folder holding one.",
)
@report_format
@source_option
@click.option(
    "--require-exact",
    is_flag=True,
    help="Exit 1 unless every input has gold, parses, and matches every field exactly.",
)
@click.option(
    "--min-f1",
    type=click.FloatRange(0.0, 1.0),
    help="Exit 1 if the body F1 (4-token shingles, macro) is below this.",
)
@click.option(
    "--show-diffs", is_flag=True, help="Under the table, expected vs got per mismatching field."
)
def eval_command(
    paths: tuple[str, ...],
    gold_path: Path,
    fmt: str,
    source: str | None,
    require_exact: bool,
    min_f1: float | None,
    show_diffs: bool,
) -> None:
    """Compare parse results with gold: exact fields, body shingle P/R/F1, removed per kind.

    Inputs are files, folders or '-', as for 'parse'; each is matched to gold by its id (the
    file name without extensions). Inputs without gold are reported and left out of the scores;
    inputs that fail to parse count as failures. Where the gold has a body, false removals are
    reported too: how much gold body ended up in removed items, per page and per removed kind
    and plugin (characters, pages, share of all gold body). Exit code 0 unless
    --require-exact or --min-f1 is not met (1); 2 for usage errors.
    """
    try:
        gold = load_gold(gold_path)
    except GoldError as exc:
        raise click.BadParameter(exc.reason, param_hint="--gold") from exc
    parser = Parser()
    if source:
        try:
            source = parser.resolve_source(source)
        except CorpuskitError as exc:
            raise click.BadParameter(str(exc), param_hint="--source") from exc
    evaluation = evaluate_paths(paths, gold, parser=parser, source=source)
    if fmt == "json":
        click.echo(orjson.dumps(evaluation.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(render_table(evaluation, show_diffs=show_diffs), nl=False)
    problems = evaluation.problems(require_exact=require_exact, min_f1=min_f1)
    for problem in problems:
        click.echo(f"corpuskit: eval: {problem}", err=True)
    if problems:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--min-share",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=0.3,
    show_default=True,
    help="Propose lines printed in at least this share of the documents.",
)
@report_format
@click.option(
    "--write-rules",
    "write_rules",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the candidates as a rules file (for parse --rules) to this path.",
)
@click.option("--domain", help="Only the records whose URL is on this domain (WARC, JSON Lines).")
@click.option("--name", help="The source's name in the rules file (default: the URL host).")
@click.option(
    "--background",
    multiple=True,
    type=click.Path(exists=True),
    help="Other sources' articles (repeatable): a signature is proposed only from a line no "
    "background page prints.",
)
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: article text.")
@click.option("--html-field", help="JSON Lines: article HTML, used instead of the text when set.")
def mine(
    paths: tuple[str, ...],
    min_share: float,
    fmt: str,
    write_rules: str | None,
    domain: str | None,
    name: str | None,
    background: tuple[str, ...],
    text_field: str,
    html_field: str | None,
) -> None:
    """Find the boilerplate of one source: lines that recur across many of its articles.

    Inputs are a folder, JSON Lines or WARC files as for 'parse' (--domain keeps one site's
    records). Dates, numbers and rare capitalised words (names) are normalised so that variants
    are one pattern. Each candidate is shown with its share of documents and a guessed kind;
    --write-rules writes them as a rules file to review and pass to 'parse --rules'. Its
    signatures come only from lines specific to the source: printed by no page of the other
    sources in the input (with --domain), of --background, or of a built-in sample of lines
    many sites print.
    """
    from corpuskit.mine import mine as mine_documents

    fields = Fields(text=text_field, html=html_field)
    mining = mine_documents(
        paths, min_share=min_share, domain=domain, name=name, fields=fields, background=background
    )
    if fmt == "json":
        click.echo(orjson.dumps(mining.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(f"{mining.documents} documents of {mining.source}", err=True)
        for c in mining.candidates:
            click.echo(f"{c.share:6.1%}  {c.kind:11} {c.pattern}")
    if write_rules:
        Path(write_rules).write_text(mining.rules(), encoding="utf-8")
        click.echo(f"corpuskit: {len(mining.candidates)} rules written to {write_rules}", err=True)
    if mining.documents == 0:
        click.echo("corpuskit: mine: no documents to mine", err=True)
        sys.exit(1)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@rules_option
@source_option
@click.option(
    "-o", "--output", default="-", show_default=True, help="Where to write the HTML page."
)
@click.option("--open", "open_page", is_flag=True, help="Open the page in a web browser.")
@click.option(
    "--markup",
    is_flag=True,
    help="HTML inputs: show the page's source with the removed spans marked, instead of its "
    "text blocks.",
)
def show(
    path: str,
    rules: tuple[str, ...],
    source: str | None,
    output: str,
    open_page: bool,
    markup: bool,
) -> None:
    """Show what a parse kept and removed: an HTML page labelling each removed part by kind.

    The page is self-contained (no script, no network): the extracted title, subtitle,
    authors and date, a legend, and the input. A text input is shown as it is, each removed
    span labelled with its kind and the plugin that removed it. An HTML input is shown as its
    visible text blocks in reading order: body blocks plainly, each removed item a box labelled
    with kind and plugin (long ones folded); --markup shows its source instead. With --open
    and no -o, it goes to a temporary file.
    """
    import tempfile
    import webbrowser

    from corpuskit.report import report_file

    parser = _parser(rules)
    try:
        page = report_file(path, parser, source=_resolve(parser, source), markup=markup)
    except CorpuskitError as exc:
        raise click.UsageError(str(exc)) from exc
    if output == "-" and open_page:
        handle, output = tempfile.mkstemp(prefix="corpuskit-", suffix=".html")
        os.close(handle)
    if output == "-":
        click.echo(page, nl=False)
    else:
        Path(output).write_text(page, encoding="utf-8")
        click.echo(f"corpuskit: report written to {output}", err=True)
    if open_page:
        webbrowser.open(Path(output).resolve().as_uri())


@main.command("dedup")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    help="Where to write; '-' is stdout. A name ending in .gz or .zst is compressed.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet", "clusters"]),
    default="jsonl",
    show_default=True,
    help="jsonl/parquet: the documents, each with meta.dedup (cluster, representative, size, "
    "similarity, containment, partial copies); clusters: only those facts, one line each.",
)
@click.option(
    "--keep",
    type=click.Choice(["all", "first"]),
    default="all",
    show_default=True,
    help="all: every document; first: only each cluster's representative (earliest published, "
    "then longest body, then first seen).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=0.8,
    show_default=True,
    help="Estimated Jaccard similarity of word shingles from which two bodies are one cluster.",
)
@click.option(
    "--shingle",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Words per shingle.",
)
@click.option(
    "--min-containment",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=0.7,
    show_default=True,
    help="Report a partial copy when this share of one body is found in another cluster.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for reading and signing. Output is the same for any number.",
)
@click.option(
    "--report",
    "report_path",
    help="Also write the run report here (JSON when the name ends in .json, else text).",
)
@click.option(
    "--errors",
    "errors_path",
    help="Write one JSON line per record that is not a document (input, reason).",
)
def dedup_command(
    paths: tuple[str, ...],
    output: str,
    fmt: str,
    keep: str,
    threshold: float,
    shingle: int,
    min_containment: float,
    jobs: int,
    report_path: str | None,
    errors_path: str | None,
) -> None:
    """Find copies and near-copies in corpuskit's output (JSON Lines or Parquet) by their body.

    Documents are compared on their clean paragraphs only, so two copies of one story in
    different site chrome match and two stories sharing a long site footer do not: MinHash of
    word shingles, candidates from LSH bands, each candidate pair checked on its signatures.
    Partial copies (one body holding most of another) are reported with the share of shared
    text, not merged. The run report goes to stderr. Exit code 1 when a record was not a
    document (each is reported with its FILE:LINE); the rest are deduplicated all the same.
    See docs/dedup.md.
    """
    try:
        from corpuskit.dedup import DedupOptions, dedup
    except ImportError as exc:  # numpy, from the dedup extra
        raise click.UsageError(
            f"dedup needs numpy: pip install 'corpuskit[dedup]' ({exc})"
        ) from exc
    from corpuskit.dedup.run import Failure

    errors = open(errors_path, "wb") if errors_path else None  # noqa: SIM115 - closed below

    def report(failure: Failure) -> None:
        if errors is not None:
            errors.write(orjson.dumps(failure.record()) + b"\n")
        else:
            click.echo(f"corpuskit: error: {failure.location}: {failure.reason}", err=True)

    options = DedupOptions(
        paths=paths,
        output=output,
        fmt=fmt,  # type: ignore[arg-type]
        keep=keep,  # type: ignore[arg-type]
        threshold=threshold,
        shingle=shingle,
        min_containment=min_containment,
        jobs=jobs,
    )
    try:
        result = dedup(options, on_error=report)
    except CorpuskitError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        if errors is not None:
            errors.close()
    text = result.render()
    click.echo(text, err=True, nl=False)
    if report_path:
        if report_path.endswith(".json"):
            body = orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2)
            Path(report_path).write_bytes(body + b"\n")
        else:
            Path(report_path).write_text(text, encoding="utf-8")
    if result.failures:
        sys.exit(1)
