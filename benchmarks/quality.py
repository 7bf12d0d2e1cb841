"""Body quality on the benchmark's dev split, newsclean side by side with the baselines.

    python benchmarks/quality.py            # full table → docs/benchmarks.md (quality section)
    python benchmarks/quality.py --only newsclean --no-write   # quick loop while developing

Score: bag-of-words F1 of the body against the human gold text per page (newsclean.evaluate.bag_f1),
averaged per set, then over sets. Baselines run on the same plain text: no cleaning; the one-line
rule "keep lines of 8 words or more"; jusText and trafilatura with each line wrapped in <p>.
Baseline scores are cached in benchmarks/.cache/ (they do not change when newsclean does).
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BenchPage, find_shared, load_bench, machine, progress, replace_section  # noqa: E402

import newsclean  # noqa: E402
from newsclean.evaluate import bag_f1  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "quality-baselines.json"


def wrap_paragraphs(text: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def no_cleaning(page: BenchPage) -> str:
    return page.text


def eight_words(page: BenchPage) -> str:
    return "\n".join(line for line in page.text.splitlines() if len(line.split()) >= 8)


def justext_text(page: BenchPage) -> str:
    import justext

    paragraphs = justext.justext(wrap_paragraphs(page.text), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def trafilatura_text(page: BenchPage) -> str:
    import trafilatura

    return trafilatura.extract(wrap_paragraphs(page.text)) or ""


def run_newsclean(page: BenchPage) -> str:
    return newsclean.clean(page.text, url=page.url).body


BASELINES: dict[str, Callable[[BenchPage], str]] = {
    "no cleaning": no_cleaning,
    "keep lines ≥ 8 words": eight_words,
    "jusText (text as <p>)": justext_text,
    "trafilatura (text as <p>)": trafilatura_text,
}


def score_all(pages: list[BenchPage], system: Callable[[BenchPage], str], name: str) -> dict[str, list[float]]:
    scores: dict[str, list[float]] = {}
    for page in progress(pages, desc=name, unit="page"):
        score = bag_f1(system(page), page.gold)
        scores[page.id + "@" + page.set] = [score.precision, score.recall, score.f1]
    return scores


def by_set(pages: list[BenchPage], scores: dict[str, list[float]], column: int = 2) -> dict[str, float]:
    groups: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        groups[page.set].append(scores[page.id + "@" + page.set][column])
    return {name: statistics.fmean(values) for name, values in sorted(groups.items())}


def mean_of_sets(per_set: dict[str, float]) -> float:
    return statistics.fmean(per_set.values())


def table(pages: list[BenchPage], results: dict[str, dict[str, list[float]]]) -> str:
    sets = sorted({page.set for page in pages})
    counts = {name: sum(1 for page in pages if page.set == name) for name in sets}
    lines = [
        "| system | " + " | ".join(f"{name} ({counts[name]})" for name in sets) + " | **mean of sets** |",
        "|---|" + "---:|" * (len(sets) + 1),
    ]
    for system, scores in results.items():
        per_set = by_set(pages, scores)
        cells = " | ".join(f"{per_set[name]:.3f}" for name in sets)
        lines.append(f"| {system} | {cells} | **{mean_of_sets(per_set):.3f}** |")
    if "newsclean" in results:
        for column, label in ((0, "newsclean precision"), (1, "newsclean recall")):
            per_set = by_set(pages, results["newsclean"], column)
            cells = " | ".join(f"{per_set[name]:.3f}" for name in sets)
            lines.append(f"| *{label}* | {cells} | *{mean_of_sets(per_set):.3f}* |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["newsclean"], help="score newsclean only (baselines from cache)")
    parser.add_argument("--no-write", action="store_true", help="print the table, do not update docs/benchmarks.md")
    parser.add_argument("--dump", type=Path, help="write per-page newsclean scores (JSON) here")
    parser.add_argument("--set", dest="only_set", help="only pages of this set")
    args = parser.parse_args(argv)

    if find_shared() is None:
        print("quality: ../shared/bench not found; nothing to measure", file=sys.stderr)
        return 0
    pages = load_bench("dev")
    if args.only_set:
        pages = [page for page in pages if page.set == args.only_set]

    cached = json.loads(CACHE.read_text(encoding="utf-8")) if CACHE.exists() else {}
    results: dict[str, dict[str, list[float]]] = {}
    for name, system in BASELINES.items():
        if args.only and name not in cached:
            continue
        if name not in cached or any(page.id + "@" + page.set not in cached[name] for page in pages):
            cached[name] = {**cached.get(name, {}), **score_all(pages, system, name)}
            CACHE.parent.mkdir(exist_ok=True)
            CACHE.write_text(json.dumps(cached), encoding="utf-8")
        results[name] = cached[name]
    started = time.perf_counter()
    results["newsclean"] = score_all(pages, run_newsclean, "newsclean")
    elapsed = time.perf_counter() - started

    report = (
        "## Body quality from text (issue 3)\n\n"
        f"Body F1 on bench/dev ({len(pages)} pages), per set then mean of sets. "
        f"Command: `python benchmarks/quality.py`. {machine()}.\n\n" + table(pages, results)
    )
    print(report)
    print(f"\nnewsclean: {elapsed:.1f} s for {len(pages)} pages", file=sys.stderr)
    if args.dump:
        args.dump.write_text(json.dumps(results["newsclean"], indent=0), encoding="utf-8")
    if not args.no_write and not args.only_set:
        replace_section("quality", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
