"""Shared helpers for the benchmark scripts: find ../shared, load the bench pages, update docs/benchmarks.md.

The benchmark pages are third-party pages: they are read from ../shared/bench and never copied into
the project. Every script works (and says so) when ../shared is absent.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"


def find_shared() -> Path | None:
    """The shared material directory: $NEWSCLEAN_SHARED, else ../shared next to the checkout."""
    candidates = [os.environ.get("NEWSCLEAN_SHARED"), ROOT.parent / "shared", ROOT / "../shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "bench").is_dir():
            return Path(candidate).resolve()
    return None


@dataclass(frozen=True)
class BenchPage:
    id: str
    set: str
    url: str | None
    domain: str | None
    lang: str | None
    text_path: Path
    gold_path: Path
    html_path: Path | None

    @property
    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    @property
    def gold(self) -> str:
        return self.gold_path.read_text(encoding="utf-8")

    @property
    def html(self) -> str | None:
        if self.html_path is None or not self.html_path.exists():
            return None
        with gzip.open(self.html_path, "rt", encoding="utf-8", errors="replace") as handle:
            return handle.read()


def load_bench(split: str = "dev", *, shared: Path | None = None) -> list[BenchPage]:
    """Every page of a bench split, in index order (empty when ../shared is absent)."""
    shared = shared or find_shared()
    if shared is None:
        return []
    base = shared / "bench" / split
    pages = []
    with open(base / "index.jsonl", encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            folder = base / record["set"]
            html = folder / f"{record['id']}.html.gz"
            pages.append(
                BenchPage(
                    id=record["id"],
                    set=record["set"],
                    url=record.get("url"),
                    domain=record.get("domain"),
                    lang=record.get("lang"),
                    text_path=folder / f"{record['id']}.txt",
                    gold_path=folder / f"{record['id']}.gold.txt",
                    html_path=html if html.exists() else None,
                )
            )
    return pages


def load_seeds(shared: Path | None = None) -> list[Path]:
    shared = shared or find_shared()
    return sorted((shared / "seeds").glob("*.txt")) if shared else []


def machine() -> str:
    """One line naming the machine and versions, for the report."""
    from importlib.metadata import version

    versions = []
    for name in ("newsclean", "trafilatura", "jusText", "regex", "selectolax"):
        try:
            versions.append(f"{name} {version(name)}")
        except Exception:  # noqa: BLE001 - an absent optional package is simply not listed
            pass
    return (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores; " + ", ".join(versions)
    )


def replace_section(name: str, content: str, path: Path = DOC) -> None:
    """Replace the text between `<!-- name:begin -->` and `<!-- name:end -->` in docs/benchmarks.md
    (appending the section when it is missing), written atomically."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{begin}\n{content.strip()}\n{end}"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def progress(iterable, **kwargs):  # type: ignore[no-untyped-def]
    """tqdm on a terminal, the plain iterable otherwise (logs stay clean)."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(iterable, **kwargs)
    return iterable
