"""`newsclean learn`: learn site rules from pages of a site and write them as a rules file.

    newsclean learn --site example.com pages/*.txt -o rules/example.com.toml
    newsclean learn --site example.com pages/ -o rules/            # → rules/example.com.toml
    newsclean learn crawl.jsonl -o rules/                          # one file per domain

PAGES are page files, directories of them, or JSONL files of records with "text" and "url" (an
optional "domain" overrides the URL's). A page `x.txt` with a corrected body beside it in
`x.expected.txt` is used as a supervised example. Files are written atomically (temp + rename).
Errors are one line on stderr; exit status 0 = written, 1 = error, 2 = bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from .errors import NewscleanError
from .siterules import SiteRules, registered_domain, write_atomic

PROG = "newsclean learn"
EXPECTED = ".expected.txt"


class _Usage(Exception):
    """Bad command line: exit status 2."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse printed its message
        return 0 if exc.code == 0 else 2
    try:
        return _run(args)
    except _Usage as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except NewscleanError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Learn a site's chrome (menus, footers, recurring headings, date stamps) from its pages.",
        epilog="A page x.txt with x.expected.txt beside it is used as a corrected example.",
    )
    parser.add_argument("pages", nargs="+", metavar="PAGES", help="page files, directories, or JSONL files (url, text)")
    parser.add_argument("--site", help="the site's domain or name (required unless the pages come as JSONL)")
    parser.add_argument("-o", "--output", help="rules file (.toml or .json), or a directory; default: print TOML")
    parser.add_argument("--format", choices=["toml", "json"], help="file format in an output directory (default toml)")
    parser.add_argument("--min-support", type=int, default=2, metavar="N", help="a line must recur on N pages (default 2)")
    return parser


def _run(args: argparse.Namespace) -> int:
    from .learn import learn

    if args.min_support < 2:
        raise _Usage("--min-support must be at least 2")
    pages, pairs, records = _collect(args.pages)
    if records:  # JSONL: one site per domain
        if pages or pairs:
            raise _Usage("give either page files or JSONL files, not both")
        groups = _group(records, args.site)
        if not args.output:
            raise _Usage("JSONL input writes one rules file per domain: give an output directory with -o")
        out_dir = Path(args.output)
        if out_dir.suffix.lower() in (".toml", ".json") and len(groups) != 1:
            raise _Usage(f"-o {out_dir}: JSONL input with several domains needs a directory")
        written = 0
        for domain, items in sorted(groups.items()):
            if len(items) < 2:
                print(f"{PROG}: skipped {domain}: only 1 page", file=sys.stderr)
                continue
            rules = learn([text for _, text in items], site=domain, urls=[url for url, _ in items],
                          min_support=args.min_support)
            _write(rules, out_dir, args.format)
            written += 1
        if not written:
            raise NewscleanError("no domain has 2 or more pages: nothing learned")
        return 0
    if not args.site:
        raise _Usage("--site is required for page files (the domain or name of the site)")
    if len(pages) + len(pairs) < 2:
        raise NewscleanError(f"need at least 2 pages of {args.site}, found {len(pages) + len(pairs)}")
    rules = learn(pages, site=args.site, pairs=pairs, min_support=args.min_support)
    if args.output:
        _write(rules, Path(args.output), args.format)
    else:
        sys.stdout.write(rules.to_toml())
    return 0


def _collect(inputs: list[str]) -> tuple[list[str], list[tuple[str, str]], list[dict]]:
    """Page texts, (page, expected body) pairs and JSONL records from the command line's PAGES."""
    from .io import read_text

    files: list[Path] = []
    records: list[dict] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            raise NewscleanError(f"{path}: no such file or directory")
    pages: list[str] = []
    pairs: list[tuple[str, str]] = []
    for path in files:
        if path.suffix.lower() == ".jsonl":
            records += _read_jsonl(path)
        elif path.name.endswith(EXPECTED) or path.suffix.lower() in (".toml", ".json"):
            continue
        else:
            expected = path.with_name(path.stem + EXPECTED)
            if expected.is_file():
                pairs.append((read_text(path), read_text(expected)))
            else:
                pages.append(read_text(path))
    return pages, pairs, records


def _read_jsonl(path: Path) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise NewscleanError(f"{path}: line {number}: invalid JSON: {exc.msg}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise NewscleanError(f"{path}: line {number}: a record needs a \"text\" string")
            records.append(record)
    return records


def _group(records: list[dict], site: str | None) -> dict[str, list[tuple[str | None, str]]]:
    groups: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    unknown = 0
    for record in records:
        url = record.get("url") if isinstance(record.get("url"), str) else None
        domain = record.get("domain") if isinstance(record.get("domain"), str) else None
        domain = domain or (registered_domain(url) if url else None)
        if site and (domain is None or domain == site or domain.endswith("." + site) or site.endswith("." + domain)):
            domain = site
        elif site:
            continue
        if domain is None:
            unknown += 1
            continue
        groups[domain].append((url, record["text"]))
    if unknown:
        print(f"{PROG}: skipped {unknown} records without url or domain", file=sys.stderr)
    if not groups:
        raise NewscleanError("no JSONL record names its site (url or domain)" + (f" {site}" if site else ""))
    return groups


def _write(rules: SiteRules, output: Path, fmt: str | None) -> None:
    if output.is_dir() or str(output).endswith(("/", "\\")) or output.suffix.lower() not in (".toml", ".json"):
        safe = "".join(char if char.isalnum() or char in "._-" else "_" for char in rules.site)
        output = output / f"{safe}.{fmt or 'toml'}"
    elif fmt and output.suffix.lower() != f".{fmt}":
        raise _Usage(f"-o {output}: the extension says {output.suffix[1:]}, --format says {fmt}")
    text = rules.to_json() if output.suffix.lower() == ".json" else rules.to_toml()
    write_atomic(output, text)
    print(f"{PROG}: wrote {output} ({len(rules.rules)} rules from {rules.pages} pages)", file=sys.stderr)
