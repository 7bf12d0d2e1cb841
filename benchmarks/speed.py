"""Speed of newsclean next to a floor, trafilatura and jusText, on the same inputs in one run.

    python benchmarks/speed.py                  # full run → docs/benchmarks.md (speed section)
    python benchmarks/speed.py --no-write       # print only
    python benchmarks/speed.py --smoke          # tiny input, 1 repeat, no doc writing (CI)
    python benchmarks/speed.py --limit 100      # fewer bench pages; --all for the whole dev split

Inputs: the seed pages plus a deterministic (seeded) sample of bench/dev pages from ../shared
(synthetic pages when ../shared is absent). Every tool gets the same inputs: newsclean and the
floor the plain text, trafilatura and jusText the same text with each non-blank line wrapped as
<p>…</p> in a minimal html/body (built once, outside the timing). MB/s always counts the UTF-8 MB
of the plain input text. Within each repeat the tools run one after the other over all pages
(interleaved), after one untimed warm-up pass each; the report gives medians over repeats.

Also: tracemalloc peak of one newsclean pass (separate from the timed runs), the process's maxrss,
and the cost per KB on synthetic pages of 1 KB … 10 MB plus a 5 MB single line (linearity).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import html
import logging
import random
import resource
import shlex
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import find_shared, load_bench, load_seeds, machine, progress, replace_section  # noqa: E402

import newsclean  # noqa: E402
import newsclean.lexicon  # noqa: E402

SAMPLE_SEED = 20240601  # the bench sample is the same from run to run
DEFAULT_LIMIT = 300
KB = 1024
MB = 1024 * 1024
GROWTH_SIZES = [KB, 10 * KB, 100 * KB, MB, 10 * MB]
SMOKE_GROWTH_SIZES = [KB, 10 * KB, 100 * KB]
SINGLE_LINE = 5 * MB
SMOKE_SINGLE_LINE = 100 * KB


# --------------------------------------------------------------------------- inputs


@dataclass
class Doc:
    name: str
    text: str
    url: str | None = None
    html: str = field(default="", repr=False)
    nbytes: int = 0

    def __post_init__(self) -> None:
        self.html = wrap_paragraphs(self.text)
        self.nbytes = len(self.text.encode("utf-8"))


def wrap_paragraphs(text: str) -> str:
    """The same wrapping as benchmarks/quality.py: each non-blank line as an escaped <p>."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


_WORDS = (
    "the government said on tuesday that its new budget would raise spending on schools and hospitals "
    "while cutting taxes for small businesses officials in the capital expect the measure to pass "
    "parliament before the summer recess despite opposition from regional leaders who say the plan "
    "ignores rural areas analysts warned that inflation remains high and the central bank may lift "
    "interest rates again later this year residents interviewed near the market described rising "
    "prices for bread fuel and rent over the past twelve months"
).split()
_CHROME = [
    "Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Menu", "Search",
    "Share on Facebook", "Share on Twitter", "Email", "Print", "Subscribe", "Sign in", "Advertisement",
    "Related articles", "Most read", "Read more", "Cookie settings", "Privacy policy", "Terms of use",
    "Follow us", "Newsletter", "Back to top", "© 2024 Example News",
]


def synthetic_page(target_bytes: int, seed: int = 0) -> str:
    """A deterministic page of about `target_bytes` UTF-8 bytes: a header, then a mix of prose
    paragraphs and chrome-like short lines. Some lines carry a counter (so most lines are unique),
    some chrome blocks repeat verbatim (about a fifth of the lines are repeats)."""
    rng = random.Random(seed)
    lines = [
        "Budget plan to raise school spending, cut small-business taxes",
        "By Jane Example, Staff Reporter",
        "Published 12 March 2024",
        "",
    ]
    size = sum(len(line) + 1 for line in lines)
    counter = 0
    while size < target_bytes:
        roll = rng.random()
        if roll < 0.45:  # a prose paragraph, 1-4 sentences
            sentences = []
            for _ in range(rng.randint(1, 4)):
                words = rng.choices(_WORDS, k=rng.randint(8, 28))
                sentences.append(" ".join(words).capitalize() + ".")
            line = " ".join(sentences)
        elif roll < 0.65:  # a repeated chrome line (exact repeat)
            line = rng.choice(_CHROME)
        elif roll < 0.85:  # a unique-ish chrome line (counter)
            counter += 1
            line = f"{rng.choice(_CHROME)} {counter}"
        elif roll < 0.95:  # a short headline-like link with a counter
            counter += 1
            line = " ".join(rng.choices(_WORDS, k=rng.randint(3, 7))).capitalize() + f" ({counter})"
        else:
            line = ""
        lines.append(line)
        size += len(line) + 1
    text = "\n".join(lines) + "\n"
    return text[:target_bytes] if len(text) > target_bytes else text


def load_inputs(args: argparse.Namespace) -> tuple[list[Doc], str]:
    """The documents and one sentence saying what they are."""
    shared = find_shared()
    seeds = [Doc(f"seed:{path.name}", path.read_text(encoding="utf-8")) for path in load_seeds(shared)]
    if args.smoke:
        synth = [Doc(f"synthetic:{i}", synthetic_page(size, seed=i)) for i, size in enumerate([2_000, 5_000, 9_000, 15_000, 30_000])]
        return seeds + synth, f"smoke input: {len(seeds)} seed pages + {len(synth)} synthetic pages"
    pages = load_bench("dev", shared=shared)
    if not pages:
        synth = [Doc(f"synthetic:{i}", synthetic_page(random.Random(i).randint(2_000, 60_000), seed=i)) for i in range(args.limit or DEFAULT_LIMIT)]
        return seeds + synth, f"../shared/bench not found: {len(seeds)} seed pages + {len(synth)} synthetic pages"
    if args.all:
        chosen = pages
        what = f"all {len(pages)} bench/dev pages"
    else:
        limit = min(args.limit if args.limit is not None else DEFAULT_LIMIT, len(pages))
        chosen = sorted(random.Random(SAMPLE_SEED).sample(pages, limit), key=lambda page: (page.set, page.id))
        what = f"{limit} bench/dev pages (random sample, seed {SAMPLE_SEED}, of {len(pages)})"
    docs = [Doc(f"{page.set}/{page.id}", page.text, page.url) for page in chosen]
    return seeds + docs, f"{len(seeds)} seed pages + {what}"


# --------------------------------------------------------------------------- tools


def _floor(doc: Doc) -> object:
    return [line.strip() for line in doc.text.splitlines()]


def _newsclean(doc: Doc) -> object:
    return newsclean.clean(doc.text, url=doc.url)


def make_tools() -> tuple[dict[str, Callable[[Doc], object]], dict[str, str]]:
    """The tools that can run here, and a note for each one that cannot."""
    tools: dict[str, Callable[[Doc], object]] = {
        "floor (splitlines + strip)": _floor,
        "newsclean": _newsclean,
    }
    missing: dict[str, str] = {}
    try:
        import trafilatura

        for name in ("trafilatura", "htmldate", "courlan"):  # no warning lines in the middle of the report
            logging.getLogger(name).setLevel(logging.ERROR)

        def _trafilatura(doc: Doc) -> object:
            return trafilatura.extract(doc.html, include_comments=False)

        def _trafilatura_fast(doc: Doc) -> object:
            return trafilatura.extract(doc.html, include_comments=False, fast=True)

        tools[TRAFILATURA] = _trafilatura
        tools[TRAFILATURA_FAST] = _trafilatura_fast
    except ImportError:
        missing[TRAFILATURA] = "not installed"
    try:
        import justext

        stoplist = justext.get_stoplist("English")  # loaded once, outside the timing

        def _justext(doc: Doc) -> object:
            return justext.justext(doc.html, stoplist)

        tools[JUSTEXT] = _justext
    except ImportError:
        missing[JUSTEXT] = "not installed"
    return tools, missing


TRAFILATURA = "trafilatura (defaults)"
TRAFILATURA_FAST = "trafilatura (fast=True)"
JUSTEXT = "jusText (English stoplist)"


# --------------------------------------------------------------------------- measurements


def time_corpus(tools: dict[str, Callable[[Doc], object]], docs: list[Doc], repeats: int) -> dict[str, list[list[float]]]:
    """times[tool][repeat][page] in seconds; one untimed warm-up pass per tool first."""
    for name, tool in tools.items():
        for doc in progress(docs, desc=f"warm-up {name}", unit="page", leave=False):
            tool(doc)
    times: dict[str, list[list[float]]] = {name: [] for name in tools}
    clock = time.perf_counter
    for repeat in range(repeats):
        for name, tool in tools.items():
            gc.collect()  # garbage of the previous tool is not billed to this one
            newsclean.lexicon.forget_matches()  # every pass starts cold: it reuses only lines that recur in it
            row = []
            for doc in progress(docs, desc=f"repeat {repeat + 1}/{repeats} {name}", unit="page", leave=False):
                started = clock()
                tool(doc)
                row.append(clock() - started)
            times[name].append(row)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def tracemalloc_peak(docs: list[Doc]) -> tuple[int, str]:
    """Peak traced bytes over one newsclean pass (results dropped as it goes), and the page that set it."""
    gc.collect()
    tracemalloc.start()
    worst, worst_name = 0, ""
    try:
        for doc in docs:
            tracemalloc.reset_peak()
            _newsclean(doc)
            peak = tracemalloc.get_traced_memory()[1]
            if peak > worst:
                worst, worst_name = peak, doc.name
    finally:
        tracemalloc.stop()
    return worst, worst_name


def tracemalloc_one(text: str) -> int:
    newsclean.lexicon.forget_matches()
    gc.collect()
    tracemalloc.start()
    try:
        newsclean.clean(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB, macOS bytes


def time_call(text: str, repeats: int, min_sample: float = 0.02) -> tuple[float, int]:
    """Median seconds per newsclean.clean(text); small inputs are looped so each sample lasts ≥ min_sample."""
    loops = 1
    if len(text) < MB:  # big inputs need no calibration call (and no loop): each call lasts long enough
        started = time.perf_counter()
        newsclean.clean(text)
        first = time.perf_counter() - started
        loops = max(1, int(min_sample / first) if first > 0 else 1000)
    samples = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        for _ in range(loops):
            newsclean.lexicon.forget_matches()  # a page cleaned alone: no answers remembered from the last loop
            newsclean.clean(text)
        samples.append((time.perf_counter() - started) / loops)
    return statistics.median(samples), loops


@dataclass
class GrowthRow:
    label: str
    nbytes: int
    lines: int
    seconds: float
    repeats: int
    loops: int
    peak: int | None


def growth(sizes: list[int], single_line: int, repeats: int, *, memory: bool) -> list[GrowthRow]:
    rows = []
    for size in sizes:
        text = synthetic_page(size, seed=size)
        reps = repeats if size < MB else (max(1, min(repeats, 3)) if size < 10 * MB else max(1, min(repeats, 2)))
        seconds, loops = time_call(text, reps)
        peak = tracemalloc_one(text) if memory else None
        rows.append(GrowthRow(_size(size), len(text.encode()), text.count("\n"), seconds, reps, loops, peak))
        print(f"  growth {_size(size)}: {seconds * 1e3:.1f} ms", file=sys.stderr)
    line = ("Residents near the market described rising prices for bread fuel and rent " * (single_line // 70 + 1))[:single_line]
    reps = max(1, min(repeats, 3))
    seconds, loops = time_call(line, reps)
    peak = tracemalloc_one(line) if memory else None
    rows.append(GrowthRow(f"{_size(single_line)} single line", len(line.encode()), 1, seconds, reps, loops, peak))
    print(f"  single line {_size(single_line)}: {seconds * 1e3:.1f} ms", file=sys.stderr)
    return rows


def _size(nbytes: int) -> str:
    if nbytes >= MB:
        return f"{nbytes / MB:g} MB"
    return f"{nbytes / KB:g} KB"


def _mib(nbytes: int) -> str:
    return f"{nbytes / MB:.1f} MiB"


# --------------------------------------------------------------------------- report


def corpus_table(docs: list[Doc], times: dict[str, list[list[float]]], missing: dict[str, str]) -> tuple[str, dict[str, float]]:
    total_mb = sum(doc.nbytes for doc in docs) / 1e6
    n = len(docs)
    totals = {name: statistics.median(sum(row) for row in rows) for name, rows in times.items()}
    lines = [
        "| tool | docs/s | MB/s | ms/page p50 | ms/page p95 | ms/page max | newsclean speed-up |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    ours = totals.get("newsclean")
    for name, rows in times.items():
        per_page = [statistics.median(column) for column in zip(*rows)]
        total = totals[name]
        ratio = "—" if name == "newsclean" or ours is None else f"{total / ours:.2f}×"
        lines.append(
            f"| {name} | {n / total:,.0f} | {total_mb / total:.2f} | {percentile(per_page, 0.5) * 1e3:.2f} | "
            f"{percentile(per_page, 0.95) * 1e3:.2f} | {max(per_page) * 1e3:.2f} | {ratio} |"
        )
    for name, why in missing.items():
        lines.append(f"| {name} | {why} | | | | | |")
    return "\n".join(lines), totals


def growth_table(rows: list[GrowthRow]) -> tuple[str, str]:
    with_memory = any(row.peak is not None for row in rows)
    lines = [
        "| input | bytes | lines | ms per call | µs per KB | MB/s | repeats × loops"
        + (" | tracemalloc peak | peak / input |" if with_memory else " |"),
        "|---|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if with_memory else ""),
    ]
    for row in rows:
        per_kb = row.seconds * 1e6 / (row.nbytes / KB)
        cells = (
            f"| {row.label} | {row.nbytes:,} | {row.lines:,} | {row.seconds * 1e3:.2f} | {per_kb:.1f} | "
            f"{row.nbytes / 1e6 / row.seconds:.2f} | {row.repeats} × {row.loops} |"
        )
        if with_memory:
            cells += f" {_mib(row.peak or 0)} | {(row.peak or 0) / row.nbytes:.1f}× |"
        lines.append(cells)
    pages = [row for row in rows if "single" not in row.label]
    base = next((row for row in pages if row.nbytes >= 100 * KB), None)
    top = pages[-1] if pages else None
    if base is None or top is None or top is base:
        verdict = "Linearity check (100 KB → 10 MB) not run at this size range."
    else:
        growth_factor = (top.seconds / top.nbytes) / (base.seconds / base.nbytes)
        if growth_factor > 2:
            verdict = (
                f"**⚠ NOT LINEAR: cost per KB grows {growth_factor:.2f}× from {base.label} to {top.label}** "
                "(threshold 2×)."
            )
        else:
            verdict = f"Linear: cost per KB changes {growth_factor:.2f}× from {base.label} to {top.label} (threshold 2×)."
    return "\n".join(lines), verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5, help="timed passes per tool (median reported; default 5)")
    parser.add_argument("--limit", type=int, help=f"bench/dev pages in the sample (default {DEFAULT_LIMIT})")
    parser.add_argument("--all", action="store_true", help="every bench/dev page instead of a sample")
    parser.add_argument("--smoke", action="store_true", help="tiny input, 1 repeat, no doc writing (a few seconds)")
    parser.add_argument("--no-write", action="store_true", help="print the report, do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    command = shlex.join(["python", "benchmarks/speed.py", *(sys.argv[1:] if argv is None else argv)])
    if args.smoke:
        args.repeats = 1
    if args.repeats < 1:
        parser.error("--repeats must be ≥ 1")

    docs, what = load_inputs(args)
    tools, missing = make_tools()
    print(f"speed: {what}; tools: {', '.join(tools)}; {args.repeats} repeats", file=sys.stderr)

    times = time_corpus(tools, docs, args.repeats)
    rss_corpus = maxrss_bytes()
    peak, peak_doc = tracemalloc_peak(docs)
    sizes = SMOKE_GROWTH_SIZES if args.smoke else GROWTH_SIZES
    rows = growth(sizes, SMOKE_SINGLE_LINE if args.smoke else SINGLE_LINE, args.repeats, memory=True)
    rss_end = maxrss_bytes()

    table, totals = corpus_table(docs, times, missing)
    ratios = []
    for name in (TRAFILATURA, JUSTEXT):
        if name in totals:
            ratios.append(f"newsclean / {name.split(' ')[0]} = **{totals[name] / totals['newsclean']:.2f}×**")
    grow, verdict = growth_table(rows)
    total_mb = sum(doc.nbytes for doc in docs) / 1e6
    report = f"""\
## Speed

{dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}. Command: `{command}`.
{machine()}.

Inputs: {what}; {len(docs)} documents, {total_mb:.2f} MB of UTF-8 text. All tools get the same
pages in the same run: newsclean (`newsclean.clean(text, url=...)`) and the floor (splitlines +
strip of every line) the plain text; trafilatura and jusText the same text with each non-blank line
html-escaped and wrapped as `<p>…</p>` in a minimal `<html><body>` (built once, not timed).
trafilatura: `trafilatura.extract(html, include_comments=False)`, every other option at its default
(`fast=False`: the readability/jusText fallbacks run when trafilatura judges its own result too
short; `favor_precision/favor_recall=False`, `deduplicate=False`, text output); the `fast=True` row
is for reference only. jusText: `justext.justext(html, justext.get_stoplist("English"))`.
MB/s counts MB of plain input text for every tool. One untimed warm-up pass per tool, then
{args.repeats} timed repeat(s), the tools interleaved within each repeat; medians over repeats
(per page: median over repeats, then p50/p95/max over pages). Speed-up = tool's time / newsclean's.
newsclean's memory of lexicon answers is emptied before each timed pass (and before each call in
the growth table), so a pass reuses only the lines that recur within it.

{table}

Ratios (same run): {'; '.join(ratios) if ratios else 'n/a'}. Issue target: newsclean ≥ 30× trafilatura.

Memory: tracemalloc peak over one newsclean pass (results dropped as it goes, measured apart from
the timed runs) = {_mib(peak)} (page `{peak_doc}`); process maxrss = {_mib(rss_corpus)} after the
corpus runs (all tools loaded), {_mib(rss_end)} at the end (after the growth runs).

### Growth (synthetic pages, newsclean.clean only)

Deterministic pages built from prose paragraphs and chrome-like short lines (most lines unique
through a counter, about a fifth exact repeats), plus one single line without newlines.
Small inputs are looped so each sample lasts ≥ 20 ms; median over the repeats shown.

{grow}

{verdict}
"""
    print(report)
    if not args.no_write and not args.smoke:
        replace_section("speed", report)
        print("speed: docs/benchmarks.md updated (speed section)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
