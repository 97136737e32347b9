"""An evaluation as a text table, for the command line: fields, bodies, removed kinds.

Only presentation: every figure comes from :mod:`.results`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from corpuskit.evaluate.removals import RemovalCounts
from corpuskit.evaluate.results import Evaluation, Summary


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _grid(rows: Sequence[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    right = set(right)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_table(evaluation: Evaluation, *, show_diffs: bool = False) -> str:
    """The evaluation as plain text: one row per input, then the summary."""
    out: list[str] = []
    rows: list[list[str]] = [["id", "exact", "body F1", "gold removed", "mismatches"]]
    diffs: dict[str, list[str]] = {}
    for result in evaluation.documents:
        if result.status == "no_gold":
            rows.append([result.id, "-", "-", "-", "no gold"])
            continue
        if result.gold is None:
            rows.append([result.id, "-", "-", "-", f"parse failed: {result.error}; no gold"])
            continue
        score = f"{result.exact_fields}/{len(result.compared)}"
        note = ", ".join(result.mismatches)
        if result.status == "failed":
            note = f"parse failed: {result.error}"
        lost = _percent(result.false_share) if result.false_chars else "-"
        rows.append([result.id, score, _number(result.body_f1), lost, note])
        if show_diffs and result.status == "ok":
            diffs[result.id] = [f"  {f.name}: {f.diff()}" for f in result.fields if not f.exact]
    if len(rows) > 1:
        out.extend(_grid(rows, right=(1, 2, 3)))
    else:
        out.append("no inputs")
    for key, lines in diffs.items():
        if lines:
            out.append("")
            out.append(f"{key}:")
            out.extend(lines)

    summary = evaluation.summary
    out.append("")
    out.append(
        f"documents {summary.documents}, exact {summary.exact_documents}, "
        f"failed {summary.failed}, inputs without gold {len(summary.without_gold)}, "
        f"gold without input {len(summary.gold_without_input)}  (gold: {evaluation.gold})"
    )
    if summary.fields:
        out.append("")
        field_rows = [["field", "exact", "rate"]]
        for name, rate in summary.fields.items():
            field_rows.append([name, f"{rate.exact}/{rate.compared}", _number(rate.rate)])
        out.extend(_grid(field_rows, right=(1, 2)))
    out.append("")
    body = summary.body
    if body.pages:
        out.append(
            f"body  P {body.precision:.3f}  R {body.recall:.3f}  F1 {body.f1:.3f}  "
            f"({body.pages} documents, 4-token shingles, macro)"
        )
    else:
        out.append("body  not scored (no gold body)")
    if summary.removed:
        out.append("")
        kind_rows = [["removed", "tp", "fp", "fn", "P", "R"]]
        for kind, counts in [*summary.removed.items(), ("all", summary.removed_total)]:
            kind_rows.append(
                [
                    kind,
                    str(counts.tp),
                    str(counts.fp),
                    str(counts.fn),
                    _number(counts.precision),
                    _number(counts.recall),
                ]
            )
        out.extend(_grid(kind_rows, right=(1, 2, 3, 4, 5)))
    if summary.false_documents:
        out.append("")
        out.extend(_false_removal_table(summary))
    return "\n".join(out) + "\n"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}" if value >= 0.001 or not value else "<0.1%"


def _false_removal_table(summary: Summary) -> list[str]:
    """Rows per kind and plugin, the culprits first; per kind and per plugin when either has
    several rows; then all together. ``*`` stands for any kind or any plugin."""
    out = [
        f"false removals: gold body in removed text ({summary.false_documents} documents, "
        f"{summary.gold_chars} gold body chars)",
        "  (text whose 4-token shingles are gold the body lacks; items under 4 tokens not judged)",
    ]
    if not summary.false_total.items:
        out.append("nothing removed")
        return out
    header = ["removed", "plugin", "items", "chars", "false", "false %", "pages", "false pages"]
    rows: list[list[str]] = [[*header, "of gold"]]

    def row(kind: str, plugin: str, c: RemovalCounts) -> list[str]:
        return [
            kind,
            plugin,
            str(c.items),
            str(c.chars),
            str(c.false_chars),
            _percent(c.false_share),
            str(c.pages),
            str(c.false_pages),
            _percent(summary.share_of_gold(c)),
        ]

    def culprits_first(entry: tuple[Any, RemovalCounts]) -> tuple[int, int]:
        return -entry[1].false_chars, -entry[1].chars

    groups = sorted(summary.false_removals.items(), key=culprits_first)
    rows.extend(row(kind, plugin or "-", c) for (kind, plugin), c in groups)
    if len(summary.false_by_kind) < len(summary.false_removals):
        # Some kind comes from several plugins: the kind's own total answers "how much
        # gold body do captions take", whoever labelled them.
        kinds = sorted(summary.false_by_kind.items(), key=culprits_first)
        rows.extend(row(kind, "*", c) for kind, c in kinds)
    if len(summary.false_by_plugin) > 1:
        plugins = sorted(summary.false_by_plugin.items(), key=culprits_first)
        rows.extend(row("*", plugin or "-", c) for plugin, c in plugins)
    rows.append(row("all", "*", summary.false_total))
    out.extend(_grid(rows, right=range(2, 9)))
    return out
