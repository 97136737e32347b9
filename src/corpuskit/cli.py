"""The ``corpuskit`` command: argument handling and reporting only; the work is in the library.

Every input ends up as exactly one document or one error record; errors never stop a batch, and
no traceback reaches the user unless ``--debug`` is given. The exit code is 1 when any input
failed, 2 for usage errors.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

import click
import orjson

from corpuskit._version import __version__
from corpuskit.errors import CorpuskitError
from corpuskit.evaluate import GoldError, evaluate_paths, load_gold, render_table
from corpuskit.io.inputs import iter_sources
from corpuskit.io.outputs import FORMATS, DocumentWriter, error_record, write_error
from corpuskit.pipeline import Parser
from corpuskit.plugins import list_plugins

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="corpuskit")
def main() -> None:
    """Turn scraped news articles into clean Documents, keeping a labelled record of the debris."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="-",
    show_default=True,
    help="Where to write documents; '-' is stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one document per line; json: one array; text: clean text, documents "
    "separated by a form-feed line.",
)
@source_option
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write one JSON line per failed input (id, input, error, reason).",
)
@click.option("--debug", is_flag=True, help="Let exceptions propagate with their traceback.")
def parse(
    paths: tuple[str, ...],
    output: str,
    fmt: str,
    source: str | None,
    errors_path: str | None,
    debug: bool,
) -> None:
    """Parse articles: files, folders (recursively) or '-' for stdin; gzip is read transparently.

    Each document's id is its file name without extensions. Output order follows the inputs
    (folders in sorted order), so the same inputs always give the same bytes.
    """
    parser = Parser()
    if source:
        try:
            source = parser.resolve_source(source)
        except CorpuskitError as exc:
            raise click.BadParameter(str(exc), param_hint="--source") from exc
    parsed = failed = 0
    with ExitStack() as stack:
        out = _open(stack, output)
        errors_out = stack.enter_context(open(errors_path, "wb")) if errors_path else None
        writer = DocumentWriter(out, fmt)
        for item in iter_sources(paths):
            try:
                raw = item.read()
                document = parser.parse(raw, id=item.id, source=source)
            except CorpuskitError as exc:
                if debug:
                    raise
                error = exc.for_document(item.id)
            else:
                writer.write(document)
                parsed += 1
                continue
            failed += 1
            location = item.location
            record = error_record(error, location)
            if errors_out is not None:
                write_error(errors_out, record)
            else:
                click.echo(f"corpuskit: error: {location}: {error.reason}", err=True)
        writer.close()
    where = f" (see {errors_path})" if errors_path and failed else ""
    click.echo(f"corpuskit: {parsed} parsed, {failed} failed{where}", err=True)
    if failed:
        sys.exit(1)


def _open(stack: ExitStack, output: str) -> BinaryIO:
    if output == "-":
        return sys.stdout.buffer
    return stack.enter_context(open(output, "wb"))


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
    inputs that fail to parse count as failures. Exit code 0 unless --require-exact or
    --min-f1 is not met (1); 2 for usage errors.
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
