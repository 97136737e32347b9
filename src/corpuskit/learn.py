"""Learning a run's own boilerplate, host by host, before parsing it (``parse --learn DIR``).

A crawl holds many pages of each site, and a line that one site prints on most of its pages
(its newsletter pitch, its footer, its "more from" heading) is that site's furniture, however
it is worded: the generic plugin knows the furniture of sites in general, and cannot know
every site's own phrasing. :func:`learn_rules` reads the run once, mines each host's pages as
``corpuskit mine`` does (:func:`corpuskit.mine.mine_documents`), and writes one rules file per
host into a folder, for a person to read and for the run to use. :class:`HostRules` is those
files as one plugin, registered beside the installed ones, so a page of a learnt host gets its
host's rules on top of everything else.

Learning is cautious where ``corpuskit mine`` (which a person reviews) is not: a line must be
printed by at least half of a host's sampled pages, and by at least ``min_documents`` of them;
a host that an installed source plugin already claims is left to that plugin; no signature and
no head rule is written, so a learnt file applies only to pages whose URL is on its host.

Cost, bounded: each host's first ``sample`` pages are parsed once more during learning (at most
``sample`` times the number of hosts), and only their lines are held in memory meanwhile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from attrs import frozen

from corpuskit.errors import CorpuskitError
from corpuskit.hookspecs import hookimpl
from corpuskit.io.readers import InputFormat, iter_records
from corpuskit.io.records import Fields, load
from corpuskit.layout import Layout
from corpuskit.mine import MinedDocument, document_lines, mine_documents
from corpuskit.model import Block, Identification, Page
from corpuskit.pipeline import Parser
from corpuskit.rules import RulesPlugin, dump_rules
from corpuskit.sources import host_of

PLUGIN = "learned"
"""The name the learnt rules are registered under, as one plugin."""
MIN_SHARE = 0.5
MIN_DOCUMENTS = 8
SAMPLE = 60
_FILE_NAME = re.compile(r"[^a-z0-9.-]+")


@frozen
class Learning:
    """What :func:`learn_rules` read and wrote."""

    documents: int
    """Records read (all of them; only a sample per host is parsed)."""
    hosts: int
    """Hosts seen in the records' URLs."""
    files: tuple[Path, ...]
    """One rules file per host that had recurring lines, in host order."""
    rules: int
    """Rules written over all files."""
    claimed: tuple[str, ...] = ()
    """Hosts left alone because an installed source plugin already identifies their pages."""


def learn_rules(
    paths: Iterable[str],
    folder: str | Path,
    *,
    parser: Parser | None = None,
    fields: Fields | None = None,
    input_format: InputFormat = "auto",
    min_share: float = MIN_SHARE,
    min_documents: int = MIN_DOCUMENTS,
    sample: int = SAMPLE,
) -> Learning:
    """Mine each host of the records in ``paths`` and write its rules into ``folder``.

    Records that cannot be read or parsed are skipped here (the run itself reports them);
    records without a URL belong to no host and teach nothing.
    """
    parser = parser or Parser()
    fields = fields or Fields()
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.toml"):
        old.unlink()  # a folder of an earlier run: its hosts may not be in this one
    docs: dict[str, list[MinedDocument]] = {}
    claimed: set[str] = set()
    seen = 0
    for record in iter_records(list(paths), input_format):
        seen += 1
        host = host_of(record.url)
        if host is not None and (host in claimed or len(docs.get(host, ())) >= sample):
            continue
        try:
            loaded = load(record, fields)
            host = host_of(loaded.url)
            if host is None or host in claimed or len(docs.get(host, ())) >= sample:
                continue
            trace = parser.trace(loaded.raw, id=loaded.id, url=loaded.url, kind=loaded.kind)
        except CorpuskitError:
            continue
        if trace.identification is not None and trace.identification.plugin != PLUGIN:
            claimed.add(host)
            docs.pop(host, None)
            continue
        docs.setdefault(host, []).append(document_lines(trace, loaded.url))
    files: list[Path] = []
    written = 0
    for host in sorted(docs):
        pages = docs[host]
        if len(pages) < min_documents:
            continue
        mining = mine_documents(
            pages,
            min_share=min_share,
            min_documents=min_documents,
            name=f"learned-{host}",
            domains=(host,),
        )
        rules = [c.rule() for c in mining.candidates]
        if not rules:
            continue
        path = target / f"{_FILE_NAME.sub('-', host)}.toml"
        spec = {
            "version": 1,
            "source": {"name": f"learned-{host}", "domains": [host], "plugin": PLUGIN},
            "rules": rules,
        }
        head = (
            f"# Learnt by corpuskit from {mining.documents} pages of {host} "
            f"(lines in at least {min_share:.0%} of them).\n"
        )
        path.write_text(head + dump_rules(spec), encoding="utf-8")
        files.append(path)
        written += len(rules)
    return Learning(seen, len(docs) + len(claimed), tuple(files), written, tuple(sorted(claimed)))


class HostRules(RulesPlugin):
    """A folder of learnt rules files as one plugin: each page gets its URL's host's rules.

    A :class:`~corpuskit.rules.RulesPlugin` (sources declared, labels by the layout of the
    page's source) that never searches a page for signatures: learnt files have none, and
    their sources carry their hosts as domains, so the parser identifies a learnt host's pages
    by URL, as it does any declared source. However many hosts were learnt, a page costs one
    look-up, not one call per layout.
    """

    def __init__(self, layouts: Iterable[Layout], name: str = PLUGIN) -> None:
        super().__init__(layouts, name)

    @hookimpl
    def corpuskit_identify(self, page: Page, blocks: Sequence[Block]) -> Identification | None:
        """Nothing: learnt hosts are known by their pages' URLs alone."""
        return None


__all__ = ["PLUGIN", "HostRules", "Learning", "learn_rules"]
