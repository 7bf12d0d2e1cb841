"""The text path on pages a naive scraper flattened: every HTML fixture page (tests/fixtures/html and
tests/fixtures/gaps/html, each with its expected body and metadata written by hand) rendered to plain
text the way the benchmark's renderer does (`../shared/bench/README.md`), then read with
`newsclean.clean`, and with `newsclean.clean_html` from its HTML beside it.

This is the input newsclean gets most often (a scraper's text, chrome included) on pages the text
rules were not tuned on in that form, many of them Arabic. It needs no `../shared`.

    python benchmarks/text_of_html.py [--no-write] [--jobs N] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from multiprocessing import Pool
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, replace_section  # noqa: E402

import newsclean  # noqa: E402
from newsclean.evaluate import bag_f1  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FIELDS = ("title", "author", "date")

# The benchmark renderer's rules: dropped with their content, the blocks that make a line (table
# cells too: each is a line of its own there), the elements that break a line.
DROP = frozenset("head title script style noscript template svg iframe object embed canvas math audio video".split())
BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup html legend li main menu
    nav ol optgroup option p pre section summary table tbody tfoot thead tr td th ul select textarea""".split()
)
BREAK = frozenset({"br", "hr"})
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def decode(data: bytes) -> str:
    """UTF-8 when valid, else the declared charset (latin-1 read as cp1252), else charset-normalizer."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = "cp1252" if name in ("iso-8859-1", "latin-1", "latin1") else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")


def render(html: str) -> str:
    """The page as the naive renderer gives it: one line per block, inline text joined as written."""
    lines: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", _ZERO_WIDTH.sub("", "".join(pending)).replace("\xa0", " ")).strip()
        if text:
            lines.append(text)
        pending.clear()

    def walk(node, pre: bool) -> None:  # type: ignore[no-untyped-def]
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                for number, part in enumerate(text.split("\n") if pre else [text]):
                    if number:
                        flush()
                    pending.append(part)
            elif tag in DROP or tag.startswith(("-", "!", "_")) or (child.attributes and "hidden" in child.attributes):
                pass
            elif tag in BREAK:
                flush()
            elif tag in BLOCK:
                flush()
                walk(child, pre or tag == "pre")
                flush()
            else:
                walk(child, pre)
            child = child.next

    root = LexborHTMLParser(html).root
    if root is not None:
        walk(root, False)
    flush()
    return "\n".join(lines) + "\n"


def _score(path: Path) -> dict[str, object]:
    data = path.read_bytes()
    expected = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8").strip("\n")
    meta_path = path.with_name(path.stem + ".expected.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    as_text = newsclean.clean(render(decode(data)))
    as_html = newsclean.clean_html(data)
    got = as_text.to_dict()
    return {
        "page": str(path.relative_to(FIXTURES)),
        "text": bag_f1(as_text.body, expected).f1,
        "html": bag_f1(as_html.body, expected).f1,
        "fields": {field: (field in meta, field in meta and got.get(field) == meta[field]) for field in FIELDS},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--show", type=int, default=10, help="worst pages listed (default 10)")
    parser.add_argument("--no-write", action="store_true", help="print, do not update docs/benchmarks.md")
    args = parser.parse_args()
    pages = sorted([*(FIXTURES / "html").glob("*.html"), *(FIXTURES / "gaps" / "html").glob("*.html")])
    if not pages:
        sys.exit("no HTML fixture pages found under tests/fixtures")
    with Pool(max(1, args.jobs)) as pool:
        results = pool.map(_score, pages, chunksize=4)
    text = [float(result["text"]) for result in results]  # type: ignore[arg-type]
    html = [float(result["html"]) for result in results]  # type: ignore[arg-type]
    rows = [
        f"| `clean` on the rendered text | {statistics.mean(text):.4f} | {sum(score < 0.9 for score in text)} |",
        f"| `clean_html` on the HTML | {statistics.mean(html):.4f} | {sum(score < 0.9 for score in html)} |",
    ]
    fields = []
    for field in FIELDS:
        stated = sum(result["fields"][field][0] for result in results)  # type: ignore[index]
        right = sum(result["fields"][field][1] for result in results)  # type: ignore[index]
        fields.append(f"{field} {right} of {stated}")
    worst = sorted(results, key=lambda result: float(result["text"]) - float(result["html"]))[: args.show]  # type: ignore[arg-type]
    report = "\n".join(
        [
            "## The text path on the HTML fixtures, rendered as a naive scraper renders them",
            "",
            f"{len(pages)} HTML fixture pages rendered to text as the benchmark's renderer does (`../shared/bench/README.md`),"
            " read with `newsclean.clean`; body bag F1 against the expected files, mean over pages."
            f" Command: `python benchmarks/text_of_html.py`. {machine()}.",
            "",
            "| input | body F1 | pages below 0.9 |",
            "|---|---:|---:|",
            *rows,
            "",
            "Metadata of `clean` on the rendered text, where the expected file states it: " + ", ".join(fields) + ".",
            "",
            "Furthest below `clean_html` (text F1, HTML F1, page): "
            + "; ".join(f"{float(r['text']):.3f} / {float(r['html']):.3f} `{r['page']}`" for r in worst) + ".",  # type: ignore[arg-type]
        ]
    )
    print(report)
    if not args.no_write:
        replace_section("text-of-html", report)


if __name__ == "__main__":
    main()
