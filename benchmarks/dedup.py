"""corpuskit dedup: same-story precision and recall on a syndicated corpus; seeds; speed; memory.

    python benchmarks/dedup.py                 # the full run: 2,000 stories (a few minutes)
    python benchmarks/dedup.py --stories 200   # a quick look

1. **Syndicated corpus** (made up with :mod:`corpuskit.testing.corpora`'s word lists): each of
   ``--stories`` stories is published on 1 to 8 of 12 made-up sites, each in its own HTML chrome
   (masthead and section menu, a captioned photo, a related-stories box, a newsletter box, a long
   site footer of ~150-250 words that every page of the site carries); 10 % of pages are
   re-crawled with small edits (a word changed, an update line added), 5 % of stories have a
   partial copy on another site (the first half, or the whole plus two paragraphs of its own).
   Stories are short to long (3 to 14 paragraphs), so on short ones the site chrome outweighs
   the article. Every page is parsed by corpuskit (HTML input), then deduplicated twice with
   the same MinHash, threshold and bands: on the clean body, and on the raw page text (every
   text node of the page, as a dedup without an extractor sees it). Pairwise "same story"
   precision and recall count a pair as found when both pages are in one cluster or linked as a
   partial copy.
2. **Seeds** (``../shared/seeds``, skipped when absent): no seed is a copy of another, and each
   seed's body wrapped in another seed site's chrome (that seed's head and debris) is found.
3. **Speed**: signing a seed body against parsing the seed, same process, best of 200 each;
   datasketch's MinHash on the same shingles when installed.
4. **Memory**: peak traced memory of signing and clustering n and 4n documents, per document.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from corpuskit import Document
from corpuskit.dedup import SignatureStore, sign
from corpuskit.dedup.cluster import Clusters, posix_time
from corpuskit.dedup.minhash import shingle_hashes
from corpuskit.normalize import normalize_space
from corpuskit.pipeline import Parser
from corpuskit.testing.corpora import AGENCIES, NAMES, PLACES, WORDS, sentence
from corpuskit.testing.sites import PAPERS, STEMS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SECTIONS = ("News", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "World")


# -- the syndicated corpus ------------------------------------------------------------------


class Site:
    """A made-up site: its masthead, its chrome's markup style and its long footer."""

    def __init__(self, number: int, rng: random.Random) -> None:
        self.masthead = f"The {STEMS[number % len(STEMS)]} {PAPERS[number % len(PAPERS)]}"
        self.domain = self.masthead.lower().replace("the ", "").replace(" ", "") + ".example"
        self.semantic = number % 2 == 0  # <header>/<footer>/<aside> or classed <div>s
        self.related = number % 3 != 0
        self.promo = number % 4 != 1
        footer_words = rng.randint(150, 250)
        footer: list[str] = []
        while sum(len(s.split()) for s in footer) < footer_words:
            footer.append(sentence(rng, 10, 20))
        self.footer = footer

    def page(self, story: Story, body: list[str], others: list[str], rng: random.Random) -> str:
        tag = (lambda name, cls: name) if self.semantic else (lambda name, cls: "div")
        menu = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
        head = (
            f'<{tag("header", "")} class="site-header"><a class="logo" href="/">{self.masthead}'
            f'</a><{tag("nav", "")} class="menu"><ul>{menu}</ul></{tag("nav", "")}>'
            f"</{tag('header', '')}>"
        )
        paragraphs = [f"<p>{p}</p>" for p in body]
        caption = f"{sentence(rng, 8, 14)} ({rng.choice(AGENCIES)}/{rng.choice(NAMES)})"
        figure = (
            f'<figure><img src="/p/{story.number}.jpg" alt="">'
            f"<figcaption>{caption}</figcaption></figure>"
        )
        paragraphs.insert(min(2, len(paragraphs)), figure)
        if self.promo:
            promo = (
                f'<div class="newsletter"><p>Get {self.masthead} in your inbox every morning.</p>'
                "<p>Sign up</p></div>"
            )
            paragraphs.insert(min(5, len(paragraphs)), promo)
        article = (
            f'<article><h1>{story.title}</h1><p class="standfirst">{story.standfirst}</p>'
            f'<p class="byline">By {story.author}</p>'
            f'<time datetime="{story.date}">{story.date}</time>{"".join(paragraphs)}</article>'
        )
        related = ""
        if self.related:
            items = "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(others))
            related = (
                f'<{tag("aside", "")} class="related"><h3>More from {self.masthead}</h3>'
                f"<ul>{items}</ul></{tag('aside', '')}>"
            )
        footer = "".join(f"<p>{s}</p>" for s in self.footer)
        foot = (
            f'<{tag("footer", "")} class="site-footer">{footer}'
            f"<p>© {self.masthead}. All rights reserved.</p></{tag('footer', '')}>"
        )
        return (
            f"<!DOCTYPE html><html><head><title>{story.title} | {self.masthead}</title></head>"
            f"<body>{head}<main>{article}{related}</main>{foot}</body></html>"
        )


class Story:
    """One story: what every copy of it shares."""

    def __init__(self, number: int, rng: random.Random) -> None:
        self.number = number
        self.title = f"{rng.choice(PLACES)} {sentence(rng, 5, 9).rstrip('.').lower()}"
        self.standfirst = sentence(rng, 12, 20)
        self.author = rng.choice(NAMES)
        self.date = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        count = rng.randint(3, 14)
        self.paragraphs = [
            " ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(count)
        ]


def edited(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A re-crawl: one to three words changed, and sometimes an update line at the end."""
    out = list(paragraphs)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(out))
        words = out[at].split()
        words[rng.randrange(len(words))] = rng.choice(["revised", "updated", "corrected"])
        out[at] = " ".join(words)
    if rng.random() < 0.5:
        out.append(f"Update: {sentence(rng, 8, 14)}")
    return out


def corpus(stories: int, seed: int = 17) -> Iterator[tuple[str, int, str, str]]:
    """``(id, story, site, html)`` for every page of the syndicated corpus."""
    rng = random.Random(seed)
    sites = [Site(n, rng) for n in range(12)]
    all_stories = [Story(n, rng) for n in range(stories)]
    titles = [s.title for s in all_stories]
    page = 0
    for story in all_stories:
        chosen = rng.sample(sites, rng.randint(1, 8))
        for site in chosen:
            others = rng.sample(titles, 4)
            yield (
                f"p{page:06d}",
                story.number,
                site.domain,
                site.page(story, story.paragraphs, others, rng),
            )
            page += 1
            if rng.random() < 0.10:
                body = edited(story.paragraphs, rng)
                yield f"p{page:06d}", story.number, site.domain, site.page(story, body, others, rng)
                page += 1
        if rng.random() < 0.05 and len(story.paragraphs) >= 4:
            site = rng.choice([s for s in sites if s not in chosen] or sites)
            if rng.random() < 0.5:
                body = story.paragraphs[: len(story.paragraphs) // 2 + 1]
            else:
                body = [*story.paragraphs, sentence(rng, 14, 24), sentence(rng, 14, 24)]
            others = rng.sample(titles, 4)
            yield f"p{page:06d}", story.number, site.domain, site.page(story, body, others, rng)
            page += 1


def raw_text(page: str) -> str:
    """Every text node of the page: what a dedup without an extractor hashes."""
    return " ".join(lxml_html.fromstring(page).xpath("//body//text()"))


def cluster_texts(texts: list[str], dates: list[float]) -> Clusters:
    store = SignatureStore()
    for text, date in zip(texts, dates, strict=True):
        signature, shingles = sign(text)
        store.add(signature, shingles, len(text), date)
    return store.cluster()


def pair_scores(truth: list[int], clusters: Clusters) -> dict[str, float]:
    """Pairwise precision and recall of "same story": one cluster, or a partial-copy link."""
    parent = {int(r): int(r) for r in clusters.root}

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for index, overlaps in clusters.overlaps.items():
        for overlap in overlaps:
            a, b = find(int(clusters.root[index])), find(overlap.cluster)
            if a != b:
                parent[max(a, b)] = min(a, b)
    predicted = [find(int(r)) for r in clusters.root]
    return {
        "linked": _scores(truth, predicted),
        "clusters": _scores(truth, [int(r) for r in clusters.root]),
    }  # type: ignore[return-value]


def _scores(truth: list[int], predicted: list[int]) -> dict[str, float]:
    def pairs(labels: list[int]) -> set[tuple[int, int]]:
        groups: dict[int, list[int]] = {}
        for i, label in enumerate(labels):
            groups.setdefault(label, []).append(i)
        return {(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :]}

    true, found = pairs(truth), pairs(predicted)
    hit = len(true & found)
    return {
        "precision": hit / len(found) if found else 1.0,
        "recall": hit / len(true) if true else 1.0,
        "true_pairs": len(true),
        "found_pairs": len(found),
    }


def syndicated(stories: int) -> dict[str, Any]:
    parser = Parser()
    truth: list[int] = []
    bodies: list[str] = []
    raws: list[str] = []
    dates: list[float] = []
    start = time.perf_counter()
    for page_id, story, site, page in corpus(stories):
        document: Document = parser.parse(page, id=page_id, url=f"https://{site}/{page_id}")
        truth.append(story)
        bodies.append("\n".join(document.paragraphs))
        raws.append(raw_text(page))
        dates.append(posix_time(document.published))
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    clean = cluster_texts(bodies, dates)
    clean_seconds = time.perf_counter() - start
    raw = cluster_texts(raws, dates)
    return {
        "pages": len(truth),
        "stories": stories,
        "parse_seconds": parsed,
        "dedup_seconds": clean_seconds,
        "body": pair_scores(truth, clean),
        "raw": pair_scores(truth, raw),
        "partial_docs": len(clean.overlaps),
    }


# -- the seeds ------------------------------------------------------------------------------


def wrapped(host: str, guest: Document, parser: Parser) -> str:
    """``guest``'s body in ``host``'s chrome: the host page with its body paragraphs replaced."""
    document = parser.parse(host)
    lines = host.split("\n")
    body = set(document.paragraphs)
    out: list[str] = []
    placed = False
    for line in lines:
        if normalize_space(line) in body:
            if not placed:
                out.append("\n\n".join(guest.paragraphs))
                placed = True
            continue
        out.append(line)
    return "\n".join(out)


def seeds() -> dict[str, Any] | None:
    if not SEEDS.is_dir():
        return None
    parser = Parser()
    raws = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    documents = [parser.parse(r) for r in raws]
    texts = ["\n".join(d.paragraphs) for d in documents]
    n = len(texts)
    copies = []
    for i, document in enumerate(documents):
        # the next seed from another site: its head, captions, promos and footer
        j = next(k % n for k in range(i + 1, i + n) if documents[k % n].source != document.source)
        host = raws[j]
        copy = parser.parse(wrapped(host, document, parser))
        copies.append("\n".join(copy.paragraphs))
    clusters = cluster_texts(texts + copies, [float("nan")] * (2 * len(texts)))
    root = clusters.root.tolist()
    return {
        "seeds": n,
        "distinct": len({root[i] for i in range(n)}) == n,
        "copies_found": sum(root[n + i] == root[i] for i in range(n)),
        "partial_links_between_seeds": sum(1 for i in range(n) if i in clusters.overlaps),
    }


# -- speed and memory -----------------------------------------------------------------------


def best(fn: Any, repeat: int = 200) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def speed() -> list[dict[str, Any]]:
    parser = Parser()
    if SEEDS.is_dir():
        raws = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    else:
        from corpuskit.testing.corpora import article

        raws = [article(random.Random(n), 3000) for n in range(5)]
    try:
        from datasketch import MinHash
    except ImportError:
        MinHash = None
    rows = []
    for raw in raws:
        document = parser.parse(raw)
        parse = best(lambda raw=raw: parser.parse(raw))
        signing = best(lambda document=document: sign(document.paragraphs))
        row = {"chars": len(raw), "parse_ms": parse * 1e3, "sign_ms": signing * 1e3}
        row["ratio"] = signing / parse
        if MinHash is not None:
            words = " ".join(document.paragraphs).lower().split()
            shingles = [" ".join(words[i : i + 5]).encode() for i in range(len(words) - 4)]

            def datasketch_sign(shingles: list[bytes] = shingles) -> None:
                MinHash(num_perm=128).update_batch(shingles)

            row["datasketch_ms"] = best(datasketch_sign, 50) * 1e3
        rows.append(row)
    return rows


def speed_unseen(articles: int = 2000, rounds: int = 5) -> list[float]:
    """Signing against parsing over seed-sized articles no parser in the process has seen.

    The way ``speed_text.py`` measures a parse: a seed parsed 200 times is answered from the
    line classifiers' caches from the second time on, which flatters the parse and not the
    signing. Each round parses fresh generated articles, then signs their bodies; the figure
    is the time ratio of the two, one per round.
    """
    from corpuskit.testing.corpora import article

    parser = Parser()
    ratios = []
    for round_ in range(rounds):
        rng = random.Random(1000 + round_)
        texts = [article(rng) for _ in range(articles)]
        began = time.perf_counter()
        documents = [parser.parse(text) for text in texts]
        parsed = time.perf_counter()
        for document in documents:
            sign(document.paragraphs)
        ratios.append((time.perf_counter() - parsed) / (parsed - began))
    return ratios


def memory(n: int) -> dict[str, float]:
    """Peak traced memory of signing and clustering n and 4n generated bodies (1 in 10 copied)."""

    def run(count: int) -> int:
        tracemalloc.start()
        store = SignatureStore()
        local = random.Random(count)
        text = ""
        for i in range(count):
            if i % 10 or not text:
                text = " ".join(local.choices(WORDS, k=300))
            signature, shingles = sign(text)
            store.add(signature, shingles, len(text), float(i))
        store.cluster()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, large = run(n), run(4 * n)
    return {
        "n": n,
        "peak_n_mb": small / 2**20,
        "peak_4n_mb": large / 2**20,
        "bytes_per_document": (large - small) / (3 * n),
        "signature_bytes": SignatureStore.bytes_per_document(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--memory-docs", type=int, default=5000)
    args = parser.parse_args(argv)
    # warm the word table and the power tables before anything is timed
    shingle_hashes("warm up " * 10)
    print("== speed: signing a seed body vs parsing the seed (best of 200, one process)")
    for row in speed():
        extra = f"  datasketch {row['datasketch_ms']:.3f} ms" if "datasketch_ms" in row else ""
        print(
            f"  {row['chars']:5} chars: parse {row['parse_ms']:.3f} ms, sign {row['sign_ms']:.3f}"
            f" ms, ratio {row['ratio']:.2f}{extra}"
        )
    ratios = speed_unseen()
    print(
        "== speed: signing vs parsing over 2,000 unseen seed-sized articles, five rounds: "
        + ", ".join(f"{r:.3f}" for r in ratios)
        + f" (median {sorted(ratios)[len(ratios) // 2]:.3f})"
    )
    print("== seeds")
    result = seeds()
    print(f"  {result}" if result else "  ../shared/seeds not found: skipped")
    print(f"== syndicated corpus: {args.stories} stories")
    found = syndicated(args.stories)
    print(
        f"  {found['pages']} pages; parse {found['parse_seconds']:.1f} s, "
        f"dedup {found['dedup_seconds']:.2f} s; "
        f"{found['partial_docs']} documents with partial links"
    )
    for name in ("body", "raw"):
        for kind in ("linked", "clusters"):
            s = found[name][kind]
            print(
                f"  {name:4} {kind:8} precision {s['precision']:.4f} recall {s['recall']:.4f}"
                f"  ({s['found_pairs']} pairs found, {s['true_pairs']} true)"
            )
    print("== memory")
    mem = memory(args.memory_docs)
    print(
        f"  peak {mem['peak_n_mb']:.1f} MB for {mem['n']} documents, {mem['peak_4n_mb']:.1f} MB "
        f"for {4 * mem['n']}: {mem['bytes_per_document']:.0f} bytes a document "
        f"(signature and its numbers: {mem['signature_bytes']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
