"""Quality gate on the benchmark's dev split (../shared/bench/dev; skipped when it is absent).

The pages are third-party and never copied into the project: this test reads them in place. It fails
when the mean-of-sets body F1 drops below the pinned floor, when a set drops more than a point below
its pinned score, or when newsclean falls behind the one-line baseline ("keep lines of 8 words or
more") on a set where it is ahead today. The full side-by-side table with jusText and trafilatura is
produced by `python benchmarks/quality.py` (docs/benchmarks.md).

Known gap: on cleaneval newsclean is behind the 8-word rule (0.89 against 0.91). Its gold keeps
reader comments, link lists and every post of a blog's front page, which a news cleaner removes by
design; the set is pinned, not excused: it may not get worse.
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

import pytest

import newsclean
from newsclean.evaluate import bag_f1

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _common import find_shared, load_bench  # noqa: E402

FLOOR = 0.885  # pinned: raise it when the cleaner improves, never lower it to make a change pass
# Per-set scores pinned one point below the measured ones (python benchmarks/quality.py, see
# docs/benchmarks.md); a change that loses more than that on any set fails.
PINNED = {
    "big9": 0.940, "chaos": 0.905, "cleaneval": 0.875, "cleanportaleval": 0.934, "dragnet": 0.855,
    "l3s-gn1": 0.917, "readability": 0.857, "scrapinghub": 0.883, "wcxb": 0.778,
}
BEHIND_THE_8_WORD_RULE = {"cleaneval"}  # see the module docstring

pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(find_shared() is None, reason="../shared/bench not available"),
]


def _eight_words(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if len(line.split()) >= 8)


def test_dev_split_quality() -> None:
    ours: dict[str, list[float]] = defaultdict(list)
    baseline: dict[str, list[float]] = defaultdict(list)
    for page in load_bench("dev"):
        text, gold = page.text, page.gold
        ours[page.set].append(bag_f1(newsclean.clean(text, url=page.url).body, gold).f1)
        baseline[page.set].append(bag_f1(_eight_words(text), gold).f1)
    per_set = {name: statistics.fmean(scores) for name, scores in ours.items()}
    per_set_baseline = {name: statistics.fmean(scores) for name, scores in baseline.items()}
    mean = statistics.fmean(per_set.values())
    report = ", ".join(f"{name} {per_set[name]:.3f} (8-word {per_set_baseline[name]:.3f})" for name in sorted(per_set))
    assert mean >= FLOOR, f"mean of sets {mean:.4f} < floor {FLOOR}: {report}"
    dropped = [name for name, floor in PINNED.items() if name in per_set and per_set[name] < floor]
    assert not dropped, f"below the pinned score on {dropped}: {report}"
    behind = [
        name for name in per_set if per_set[name] < per_set_baseline[name] and name not in BEHIND_THE_8_WORD_RULE
    ]
    assert not behind, f"behind the 8-word rule on {behind}: {report}"
