"""Where newsclean.clean spends its time: cProfile over the seeds + a sample of bench/dev pages.

    python benchmarks/profile_clean.py                 # seeds + 200 dev pages, top 25 tables
    python benchmarks/profile_clean.py --limit 50 --top 40 --out /tmp/newsclean.prof   # (snakeviz, pstats)

Prints the top functions by cumulative time, by own (total) time, newsclean's own functions by
own time with their share of the whole run, and the costliest C functions (regex methods, builtins)
split by the newsclean function that calls them. One untimed clean() call first, so that loading the
lexicons and stoplists (once per process) does not dominate the profile. The sample is the same
seeded one as benchmarks/speed.py uses (its first N pages).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from pathlib import Path

import cProfile
import pstats

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE))
from _common import find_shared, load_bench, load_seeds  # noqa: E402

import newsclean  # noqa: E402

SAMPLE_SEED = 20240601  # same as benchmarks/speed.py
PACKAGE_DIR = str(Path(newsclean.__file__).resolve().parent)


def inputs(limit: int) -> list[tuple[str, str | None]]:
    shared = find_shared()
    docs: list[tuple[str, str | None]] = [(path.read_text(encoding="utf-8"), None) for path in load_seeds(shared)]
    pages = load_bench("dev", shared=shared)
    if pages:
        sample = sorted(random.Random(SAMPLE_SEED).sample(pages, min(300, len(pages))), key=lambda p: (p.set, p.id))
        docs += [(page.text, page.url) for page in sample[:limit]]
    else:
        print("profile: ../shared/bench not found; profiling the seeds only", file=sys.stderr)
    return docs


def newsclean_own_time(stats: pstats.Stats, top: int) -> str:
    total = stats.total_tt or 1e-12  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename.startswith(PACKAGE_DIR):
            rows.append((tottime, cumtime, ncalls, f"{Path(filename).relative_to(PACKAGE_DIR)}:{line}({name})"))
    rows.sort(reverse=True)
    out = [f"{'own %':>6} {'own s':>8} {'cum %':>6} {'cum s':>8} {'calls':>9}  function"]
    for tottime, cumtime, ncalls, where in rows[:top]:
        out.append(
            f"{100 * tottime / total:6.1f} {tottime:8.3f} {100 * cumtime / total:6.1f} {cumtime:8.3f} {ncalls:9d}  {where}"
        )
    return "\n".join(out)


def builtin_callers(stats: pstats.Stats, top: int = 8) -> str:
    """The C functions (regex methods, builtins) with the most own time, split by newsclean caller:
    the own-time table above cannot show which newsclean line pays for them."""
    total = stats.total_tt or 1e-12  # type: ignore[attr-defined]
    entries = [
        (tottime, func, callers)
        for func, (_cc, _nc, tottime, _ct, callers) in stats.stats.items()  # type: ignore[attr-defined]
        if func[0] == "~"
    ]
    entries.sort(key=lambda entry: entry[0], reverse=True)
    out = [f"{'own %':>6} {'own s':>8} {'calls':>9}  C function  <-  caller"]
    for tottime, func, callers in entries[:top]:
        out.append(f"{100 * tottime / total:6.1f} {tottime:8.3f} {'':>9}  {func[2]}")
        ranked = sorted(callers.items(), key=lambda item: item[1][2], reverse=True)
        for (filename, line, name), (_cc, ncalls, caller_tt, _ct) in ranked[:4]:
            where = f"{Path(filename).relative_to(PACKAGE_DIR)}:{line}({name})" if filename.startswith(PACKAGE_DIR) else f"{Path(filename).name}:{line}({name})"
            out.append(f"{100 * caller_tt / total:6.1f} {caller_tt:8.3f} {ncalls:9d}      <-  {where}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=200, help="bench/dev pages after the seeds (default 200)")
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--out", type=Path, help="also dump the raw profile here (pstats format)")
    args = parser.parse_args(argv)

    docs = inputs(args.limit)
    if not docs:
        print("profile: no input (no ../shared)", file=sys.stderr)
        return 0
    newsclean.clean(docs[0][0], url=docs[0][1])  # warm-up: lexicons, stoplists, compiled patterns

    profiler = cProfile.Profile()
    profiler.enable()
    for text, url in docs:
        newsclean.clean(text, url=url)
    profiler.disable()

    if args.out:
        profiler.dump_stats(args.out)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"profile: {len(docs)} documents, {total:.2f} s under cProfile ({1e3 * total / len(docs):.2f} ms/doc)\n")
    for key, title in (("cumulative", "by cumulative time"), ("tottime", "by own (total) time")):
        stream.seek(0)
        stream.truncate()
        stats.sort_stats(key).print_stats(args.top)
        body = stream.getvalue()
        body = body[body.find("   ncalls") :] if "   ncalls" in body else body
        print(f"=== top {args.top} {title} ===\n{body.rstrip()}\n")
    print(f"=== newsclean functions by own time (% of the whole run) ===\n{newsclean_own_time(stats, args.top)}\n")
    print(f"=== C functions by own time, split by caller ===\n{builtin_callers(stats)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
