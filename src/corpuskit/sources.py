"""Sources (news sites) that plugins declare, and finding one from a URL or a name.

Identification by URL is done here, once, for every plugin: a source plugin only lists its
domains, and a page from ``https://www.example.com/...`` is matched to ``example.com`` (or any
subdomain) with confidence 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from attrs import field, frozen


def _domains(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(d.lower().strip(".") for d in value)


def _squashed(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


@lru_cache(maxsize=1024)
def _own_names(name: str, domains: tuple[str, ...]) -> frozenset[str]:
    """A site's name as bylines print it, squashed to lower-case letters and digits: the
    source name and each domain, also without its suffix (``riversidechronicle.example``
    gives ``riversidechronicle``, which ``Riverside Chronicle`` squashes to)."""
    keys = set()
    for text in (name, *domains):
        text = text.lower().removeprefix("www.")
        keys.add(_squashed(text))
        if "." in text:
            keys.add(_squashed(text.rsplit(".", 1)[0]))
    keys.discard("")
    return frozenset(keys)


@frozen
class SourceInfo:
    """A site a plugin parses: its name (used in ``Document.source``) and its domains."""

    name: str
    domains: tuple[str, ...] = field(converter=_domains)
    description: str = ""
    plugin: str = ""

    def is_own_name(self, text: str) -> bool:
        """Whether ``text`` is this site's own name (``Riverside Chronicle`` for
        ``riversidechronicle.example``): a byline part naming it is the outlet, not an author."""
        return _squashed(text) in _own_names(self.name, self.domains)


class SourceRegistry:
    """Every declared source, looked up by URL host, name, domain or plugin name."""

    def __init__(self, sources: Iterable[SourceInfo]) -> None:
        self.sources: dict[str, SourceInfo] = {}
        self._by_domain: dict[str, str] = {}
        self._aliases: dict[str, str] = {}
        for info in sorted(sources, key=lambda s: s.name):
            self.sources[info.name] = info
            for domain in info.domains:
                self._by_domain[domain] = info.name
            for alias in (info.name, info.plugin, *info.domains):
                if alias:
                    self._aliases.setdefault(alias.lower(), info.name)

    def from_url(self, url: str | None) -> str | None:
        """The source whose domain the URL's host is, or is a subdomain of."""
        host = host_of(url, keep_www=True) or ""
        while host:
            name = self._by_domain.get(host)
            if name:
                return name
            _, _, host = host.partition(".")
        return None

    def resolve(self, name: str) -> str | None:
        """Canonical source name for a name, domain or plugin name a user typed."""
        return self._aliases.get(name.lower().strip())


def host_of(url: str | None, *, keep_www: bool = False) -> str | None:
    """A URL's host, lower-cased (without ``www.`` unless asked); ``None`` when it has none.

    What :func:`urllib.parse.urlsplit` gives as ``hostname`` (of ``//`` + the URL when it has
    no ``//``). A URL of plain ASCII ``scheme://host...`` (or a bare ``host/...``) is read
    with one regex match: ``urlsplit`` caches only 128 URLs, and a corpus's are all
    different, so each one cost a full parse (several microseconds) on every page.
    """
    if not url:
        return None
    found = (_NETLOC if "//" in url else _BARE_NETLOC).match(url)
    if found is None:  # anything unusual: let urlsplit decide, exactly as it always did
        return _split_host(url, keep_www=keep_www)
    host = found[1].rpartition("@")[2].partition(":")[0].lower()
    return (host if keep_www else host.removeprefix("www.")) or None


_PLAIN = r"([^\x00-\x20\x7f-\U0010ffff/?#\[\]]*)(?=[/?#]|\Z)"
"""A netloc of printable ASCII up to the path, query or fragment: nothing that ``urlsplit``
strips, removes (tabs, line breaks) or checks (IPv6 brackets, non-ASCII under NFKC)."""
_NETLOC = re.compile(rf"(?:[A-Za-z]+:)?//{_PLAIN}")
_BARE_NETLOC = re.compile(_PLAIN)


def _split_host(url: str, *, keep_www: bool = False) -> str | None:
    """:func:`host_of` by :func:`urllib.parse.urlsplit`, for the URLs its fast path leaves."""
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    return (host if keep_www else host.removeprefix("www.")) or None
