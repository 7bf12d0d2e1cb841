"""Body quality from HTML on the benchmark's dev split: trafilatura alone vs newsclean.clean_html.

    python benchmarks/html_quality.py                       # full run → docs/benchmarks.md (html section)
    python benchmarks/html_quality.py --limit 20 --no-write # 20 pages per set, quick loop
    python benchmarks/html_quality.py --set dragnet --dump /tmp/scores.json

Pages: every dev page that has its HTML (all sets but wcxb). Score: bag-of-words F1 of the body
against the human gold text per page (newsclean.evaluate.bag_f1), averaged per set, then over sets.
trafilatura runs as `trafilatura.extract(html, url=url)` with its defaults; its scores (and the
title/date it finds) are cached in benchmarks/.cache/ (they do not change when newsclean does).
Title match: the page's `title` in index.jsonl (where the dataset gives one: cleaneval, where it is
the page's <title>) equals the extracted title after whitespace normalisation; "title within" also
counts an extracted title that is contained in it (a headline inside "Headline - Site name").
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BenchPage, find_shared, load_bench, machine, progress, replace_section  # noqa: E402

from newsclean.evaluate import bag_f1  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "html-trafilatura.json"


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _titles() -> dict[str, str]:
    shared = find_shared()
    titles: dict[str, str] = {}
    if shared is None:
        return titles
    with open(shared / "bench" / "dev" / "index.jsonl", encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record.get("title"):
                titles[record["id"] + "@" + record["set"]] = record["title"]
    return titles


def key(page: BenchPage) -> str:
    return page.id + "@" + page.set


def run_trafilatura(page: BenchPage) -> dict[str, Any]:
    import trafilatura

    html = page.html or ""
    text = trafilatura.extract(html, url=page.url) or ""
    meta = trafilatura.extract_metadata(html)
    score = bag_f1(text, page.gold)
    return {
        "score": list(score),
        "title": meta.title if meta else None,
        "date": meta.date if meta else None,
    }


def run_newsclean(page: BenchPage) -> dict[str, Any]:
    import newsclean

    started = time.perf_counter()
    article = newsclean.clean_html(page.html or "", url=page.url)
    elapsed = time.perf_counter() - started
    score = bag_f1(article.body, page.gold)
    return {
        "score": list(score),
        "title": article.title,
        "date": article.date,
        "seconds": elapsed,
        "warnings": list(article.warnings),
    }


def run_all(pages: list[BenchPage], system, name: str, jobs: int) -> dict[str, dict[str, Any]]:  # type: ignore[no-untyped-def]
    results: dict[str, dict[str, Any]] = {}
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            for page, result in progress(zip(pages, pool.map(system, pages, chunksize=4)), total=len(pages), desc=name):
                results[key(page)] = result
    else:
        for page in progress(pages, desc=name, unit="page"):
            results[key(page)] = system(page)
    return results


def per_set(pages: list[BenchPage], results: dict[str, dict[str, Any]], column: int = 2) -> dict[str, float]:
    groups: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        groups[page.set].append(results[key(page)]["score"][column])
    return {name: statistics.fmean(values) for name, values in sorted(groups.items())}


def title_rates(pages: list[BenchPage], results: dict[str, dict[str, Any]], titles: dict[str, str]) -> tuple[int, float, float]:
    with_title = [page for page in pages if key(page) in titles]
    if not with_title:
        return 0, 0.0, 0.0
    exact = within = 0
    for page in with_title:
        gold, found = _norm(titles[key(page)]), _norm(results[key(page)].get("title"))
        exact += bool(found) and found == gold
        within += bool(found) and found in gold
    return len(with_title), exact / len(with_title), within / len(with_title)


def date_rate(pages: list[BenchPage], results: dict[str, dict[str, Any]]) -> float:
    return sum(1 for page in pages if results[key(page)].get("date")) / len(pages) if pages else 0.0


def report(pages: list[BenchPage], results: dict[str, dict[str, dict[str, Any]]], titles: dict[str, str]) -> str:
    sets = sorted({page.set for page in pages})
    counts = {name: sum(1 for page in pages if page.set == name) for name in sets}
    lines = [
        "| system | " + " | ".join(f"{name} ({counts[name]})" for name in sets) + " | **mean of sets** |",
        "|---|" + "---:|" * (len(sets) + 1),
    ]
    for system, scores in results.items():
        values = per_set(pages, scores)
        cells = " | ".join(f"{values[name]:.3f}" for name in sets)
        lines.append(f"| {system} | {cells} | **{statistics.fmean(values.values()):.3f}** |")
        if system == "newsclean.clean_html":
            for column, label in ((0, "precision"), (1, "recall")):
                values = per_set(pages, scores, column)
                cells = " | ".join(f"{values[name]:.3f}" for name in sets)
                lines.append(f"| *newsclean {label}* | {cells} | *{statistics.fmean(values.values()):.3f}* |")
    lines += ["", "| system | title exact | title within | date found |", "|---|---:|---:|---:|"]
    for system, scores in results.items():
        n, exact, within = title_rates(pages, scores, titles)
        lines.append(f"| {system} | {exact:.3f} | {within:.3f} | {date_rate(pages, scores):.3f} |")
    lines.append("")
    lines.append(f"Title rates over the {n} pages whose index entry has a title; date found over all {len(pages)} pages.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="only_set", help="only pages of this set")
    parser.add_argument("--limit", type=int, help="at most this many pages per set (quick loops)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--no-write", action="store_true", help="print the table, do not update docs/benchmarks.md")
    parser.add_argument("--dump", type=Path, help="write per-page results of both systems (JSON) here")
    parser.add_argument("--baseline-only", action="store_true", help="only fill the trafilatura cache")
    args = parser.parse_args(argv)

    if find_shared() is None:
        print("html_quality: ../shared/bench not found; nothing to measure", file=sys.stderr)
        return 0
    pages = [page for page in load_bench("dev") if page.html_path is not None]
    if args.only_set:
        pages = [page for page in pages if page.set == args.only_set]
    if args.limit:
        taken: dict[str, int] = defaultdict(int)
        kept = []
        for page in pages:
            if taken[page.set] < args.limit:
                taken[page.set] += 1
                kept.append(page)
        pages = kept

    cached: dict[str, dict[str, Any]] = json.loads(CACHE.read_text(encoding="utf-8")) if CACHE.exists() else {}
    missing = [page for page in pages if key(page) not in cached]
    if missing:
        cached.update(run_all(missing, run_trafilatura, "trafilatura", args.jobs))
        CACHE.parent.mkdir(exist_ok=True)
        CACHE.write_text(json.dumps(cached), encoding="utf-8")
    if args.baseline_only:
        return 0
    started = time.perf_counter()
    ours = run_all(pages, run_newsclean, "newsclean", args.jobs)
    elapsed = time.perf_counter() - started
    results = {"trafilatura.extract": {key(page): cached[key(page)] for page in pages}, "newsclean.clean_html": ours}

    slowest = max(ours.values(), key=lambda result: result["seconds"])["seconds"] if ours else 0.0
    text = (
        "## Body quality and metadata from HTML (issue 5)\n\n"
        f"Body F1 from HTML on bench/dev ({len(pages)} pages with HTML; wcxb has none), per set then mean of sets. "
        f"Command: `python benchmarks/html_quality.py`. {machine()}.\n\n" + report(pages, results, _titles())
    )
    text += (
        f"\n\nnewsclean.clean_html (trafilatura cross-check included): "
        f"{statistics.fmean(r['seconds'] for r in ours.values()) * 1000:.0f} ms per page on average, slowest {slowest:.1f} s."
    )
    print(text)
    print(f"\nnewsclean: {elapsed:.1f} s for {len(pages)} pages", file=sys.stderr)
    if args.dump:
        args.dump.write_text(json.dumps(results, indent=0), encoding="utf-8")
    if not args.no_write and not args.only_set and not args.limit:
        replace_section("html", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
