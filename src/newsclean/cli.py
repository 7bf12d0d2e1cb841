"""The `newsclean` command: clean scraped pages, print or save the body, JSON, or the explanation.

    newsclean page.txt                      the clean body on stdout
    newsclean --format json page.txt        body and metadata as JSON
    newsclean --explain page.txt            every line with its label and the rule that set it
    newsclean pages/*.txt -o clean/         one clean/<name>.txt per page
    newsclean pages/*.txt --format jsonl -o corpus.jsonl
    newsclean learn ...                     (reserved: dispatched to newsclean.cli_learn)

Exit status: 0 all inputs cleaned; 1 some inputs failed (the others are still processed, and each
failure is one line "newsclean: error: <path>: <reason>" on stderr); 2 usage error; 130 interrupted;
141 stdout closed early (e.g. piped into `head`). A mistake in the input never shows a traceback; an
internal error shows one line and, with NEWSCLEAN_DEBUG=1, the traceback.
"""

from __future__ import annotations

import argparse
import json
import importlib
import importlib.util
import os
import shutil
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import __version__, clean_file
from .errors import NewscleanError
from .io import atomic_open, write_atomic
from .siterules import load_rules_dir
from .render import render_explain, render_json, render_jsonl, render_text
from .types import Article

PROG = "newsclean"
STDIN = "-"
PROGRESS_MIN = 20  # a progress bar for more inputs than this (and only when stderr is a terminal)
_EXTENSIONS = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "explain": ".explain.txt"}
_DEBUG_HINT = f"{PROG}: run with NEWSCLEAN_DEBUG=1 for the traceback"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with `argv` (default: sys.argv[1:]) and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    previous = _on_sigterm()
    try:
        if args and args[0] == "learn":  # a file named "learn" can be given as "./learn"
            return _learn(args[1:])
        return _run(args)
    except KeyboardInterrupt:
        _stderr(f"{PROG}: interrupted")
        return 130
    except _Terminated:
        _stderr(f"{PROG}: terminated")
        return 143
    except BrokenPipeError:  # the reader went away (`newsclean *.txt | head`): stop quietly
        _silence_stdout()
        return 141
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback by default
        _stderr(f"{PROG}: error: internal error: {type(exc).__name__}: {exc}")
        if _debug():
            traceback.print_exc()
        else:
            _stderr(_DEBUG_HINT)
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM (a batch scheduler stopping the job): unwinds like Ctrl-C, so that no half-written
    output file or temporary file is left behind."""


def _on_sigterm() -> Any:
    def terminate(signum: int, frame: Any) -> None:
        raise _Terminated

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (newsclean.cli.main called from a worker thread)
        return None


def _learn(argv: list[str]) -> int:
    if importlib.util.find_spec("newsclean.cli_learn") is None:
        _stderr(f"{PROG} learn: not available")
        return 2
    module = importlib.import_module("newsclean.cli_learn")
    return int(module.main(argv) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn plain-text scrapes of news pages into the clean article body plus metadata.",
        epilog=(
            'Exit status: 0 ok, 1 some inputs (or JSON Lines records) failed, 2 usage error, 130 interrupted, '
            '141 the reader of stdout went away, 143 terminated. '
            'A file named "learn" must be given as ./learn ("newsclean learn" is a subcommand).'
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE",
        help='a page as plain text, HTML (.html/.htm, or text starting with <html/<!doctype) or Markdown (.md, or '
        'text written like it: Jina Reader, Firecrawl...), or a JSON Lines file of {"url", "text"|"markdown"|"html"} '
        'records (.jsonl, needs --format jsonl); "-" reads standard input',
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "json", "jsonl"), default=None,
        help="text: the body (default); json: body and metadata; jsonl: one JSON record a line",
    )
    parser.add_argument("--explain", action="store_true", help="list every line with its label and the rule that set it")
    parser.add_argument(
        "--rtl", choices=("auto", "visual", "logical"), default="auto",
        help="--explain on standard output: right-to-left lines (Arabic, Hebrew) in visual order for terminals that "
        "do no bidirectional layout, or in logical order (pipes, files, terminals that lay them out); "
        "auto: visual on a terminal (default)",
    )
    parser.add_argument("--lines", action="store_true", help="json/jsonl: include every line with its label and rule")
    parser.add_argument("--lang", metavar="CODE", help='the pages\' language ("ar", "en", "fr"...) instead of detecting it')
    parser.add_argument("--url", metavar="URL", help="the page's URL (helps name the site)")
    parser.add_argument(
        "--rules", metavar="DIR",
        help="a directory of learned site rules (newsclean learn); the site is picked by URL or by the page's text",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT",
        help="write to OUT: a file for one input, a directory (created if missing) for several; "
        "with --format jsonl several inputs can go to one file",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no warnings, no progress bar (errors are still shown)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


@dataclass
class _Options:
    files: list[str]
    mode: str  # "text", "json", "jsonl", "explain"
    with_lines: bool
    lang: str | None
    url: str | None
    quiet: bool
    rules: str | None
    output: str | None
    layout: str  # "stdout", "file" (one input, one file), "jsonl-file" (many inputs, one file), "dir"
    rtl: str  # --explain on stdout: "auto", "visual", "logical"


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> _Options:
    ns = parser.parse_intermixed_args(argv)  # "a.txt -o out b.txt" works too
    files: list[str] = ns.files
    if files.count(STDIN) > 1:
        parser.error('standard input ("-") can be read only once')
    if ns.explain and ns.format not in (None, "text"):
        parser.error(f"--explain cannot be combined with --format {ns.format}")
    mode = "explain" if ns.explain else ns.format or "text"
    if ns.lines and mode not in ("json", "jsonl"):
        parser.error("--lines needs --format json or --format jsonl")
    if ns.rtl != "auto" and mode != "explain":
        parser.error("--rtl needs --explain")
    layout = "stdout"
    if ns.output is not None:
        out: str = ns.output
        if not out:
            parser.error("-o needs a file or directory name")
        as_dir = os.path.isdir(out) or out.endswith(("/", os.sep))
        if as_dir:
            layout = "dir"
        elif len(files) == 1:
            layout = "file"
        elif mode == "jsonl":
            layout = "jsonl-file"
        elif os.path.exists(out):
            parser.error(f"-o {out}: is a file, but {len(files)} inputs need a directory (or --format jsonl)")
        else:
            layout = "dir"
    if any(_is_jsonl(path) for path in files):
        if mode != "jsonl":
            parser.error("JSON Lines input gives JSON Lines output: add --format jsonl")
        if layout == "jsonl-file":
            parser.error("-o FILE with several inputs cannot hold .jsonl inputs: give -o a directory")
    if ns.rules is not None and not os.path.isdir(ns.rules):
        parser.error(f"--rules {ns.rules}: not a directory")
    if ns.lang is not None:
        from .language import normalise

        if normalise(ns.lang) is None:
            parser.error(f'--lang {ns.lang}: unknown language (give an ISO 639-1 code such as "ar", "en" or "fr")')
    return _Options(files, mode, ns.lines, ns.lang, ns.url, ns.quiet, ns.rules, ns.output, layout, ns.rtl)


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(".jsonl")


def _targets(parser: argparse.ArgumentParser, opts: _Options) -> dict[str, str]:
    """Input → output path; a usage error when an output would overwrite an input or another output."""
    assert opts.output is not None
    if opts.layout == "dir":
        ext = _EXTENSIONS[opts.mode]
        targets = {
            path: os.path.join(opts.output, ("stdin" if path == STDIN else Path(path).stem) + ext)
            for path in opts.files
        }
    else:
        targets = {path: opts.output for path in opts.files}
    inputs = {os.path.realpath(path): path for path in opts.files if path != STDIN}
    seen: dict[str, str] = {}
    for path in opts.files:
        target = os.path.realpath(targets[path])
        if target in inputs:
            parser.error(f"output {targets[path]} would overwrite the input {inputs[target]}")
        if opts.layout == "dir":
            if target in seen and seen[target] != path:
                parser.error(f"{seen[target]} and {path} would both be written to {targets[path]}")
            seen[target] = path
    return targets


def _run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        opts = _parse(parser, argv)
    except SystemExit as exc:  # argparse: usage error (2), --help or --version (0)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    targets: dict[str, str] = {}
    if opts.output is not None:
        try:
            targets = _targets(parser, opts)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 2
    _utf8_stdout()
    if opts.layout == "dir":
        assert opts.output is not None
        try:
            os.makedirs(opts.output, exist_ok=True)
        except OSError as exc:
            _stderr(f"{PROG}: error: {opts.output}: cannot create the directory: {exc.strerror or exc}")
            return 1
    return _Runner(opts, targets).run()


class _OutputBroken(Exception):
    """The one output file cannot be written: stop processing (raised through `_one`)."""


class _Runner:
    """Clean every input, send each result where `opts` says, count the failures."""

    def __init__(self, opts: _Options, targets: dict[str, str]) -> None:
        self.opts = opts
        self.targets = targets
        self.failures = 0
        self.internal = False
        self.written = 0  # records written to stdout or to the one jsonl file
        self.progress: Any = None
        self.explain_tty = sys.stdout.isatty() if _has_isatty(sys.stdout) else False
        self.rule_set: Any = None

    def run(self) -> int:
        files = self.opts.files
        if len(files) > PROGRESS_MIN and not self.opts.quiet and _has_isatty(sys.stderr) and sys.stderr.isatty():
            from tqdm import tqdm

            self.progress = tqdm(total=len(files), file=sys.stderr, unit="page", dynamic_ncols=True)
        try:
            if self.opts.layout == "jsonl-file":
                self._run_jsonl_file()
            else:
                for path in files:
                    if _is_jsonl(path):
                        self._records(path)
                    else:
                        self._one(path, self._emit)
                if self.opts.layout == "stdout" and self.opts.mode == "json" and len(files) > 1:
                    self._stdout("[]\n" if not self.written else "\n]\n")
                sys.stdout.flush()
        finally:
            if self.progress is not None:
                self.progress.close()
        if self.internal and not _debug():
            _stderr(_DEBUG_HINT)
        return 1 if self.failures else 0

    def _run_jsonl_file(self) -> None:
        target = self.opts.output
        assert target is not None

        def write(path: str, article: Article) -> None:
            try:
                handle.write(self._render(path, article))
            except OSError as exc:  # e.g. disk full: stop, and leave no half-written file behind
                raise _OutputBroken(f"{target}: cannot write: {exc.strerror or exc}") from None

        try:
            with atomic_open(target) as handle:  # the file appears complete, or not at all
                for path in self.opts.files:
                    self._one(path, write)
        except (NewscleanError, _OutputBroken) as exc:  # the output itself cannot be written
            self._fail(str(exc))

    def _one(self, path: str, emit: Callable[[str, Article], object]) -> None:
        source = "<stdin>" if path == STDIN else path
        try:
            article = self._clean(path)
            if not self.opts.quiet:
                for warning in article.warnings:
                    self._message(f"{PROG}: warning: {source}: {warning}")
            emit(path, article)
        except NewscleanError as exc:  # the input or the output: a user's problem, one line
            self._fail(str(exc))
        except (KeyboardInterrupt, BrokenPipeError, _OutputBroken):
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in newsclean: report, go on with the others
            self._internal_failure(source, exc)
        finally:
            if self.progress is not None:
                self.progress.update(1)

    def _clean(self, path: str) -> Article:
        """Plain text through `clean`, HTML through `clean_html`, Markdown through `clean_markdown` (see
        `newsclean.clean_file`)."""
        return clean_file(path, url=self.opts.url, lang=self.opts.lang, rules=self._rule_set())

    def _rule_set(self) -> Any:
        if self.opts.rules is None:
            return None
        if self.rule_set is None:
            self.rule_set = load_rules_dir(self.opts.rules)
        return self.rule_set

    def _records(self, path: str) -> None:
        """A JSON Lines file: one output record per input record (errors recorded in the record)."""
        from .records import clean_jsonl, iter_jsonl

        options: dict[str, Any] = {"rules": self._rule_set(), "with_lines": self.opts.with_lines}
        try:
            if self.opts.layout == "stdout":
                records = errors = 0
                with open(path, encoding="utf-8", errors="replace") as handle:
                    for record in iter_jsonl(handle, **options):
                        self._stdout(json.dumps(record, ensure_ascii=False) + "\n")
                        self.written += 1
                        records += 1
                        errors += "error" in record
                if errors:
                    self._fail(f"{path}: {errors} of {records} records failed (see their \"error\" field)")
            else:
                summary = clean_jsonl(path, self.targets[path], **options)
                if summary.errors:  # recorded in the output records; the batch went on, the exit status says so
                    self._fail(f"{path}: {summary.errors} of {summary.records} records failed (see their \"error\" field)")
        except OSError as exc:
            self._fail(f"{path}: cannot read: {exc.strerror or exc}")
        except NewscleanError as exc:
            self._fail(str(exc))
        finally:
            if self.progress is not None:
                self.progress.update(1)

    def _render(self, path: str, article: Article) -> str:
        source = "<stdin>" if path == STDIN else path
        mode = self.opts.mode
        if mode == "text":
            return render_text(article)
        if mode == "json":
            return render_json(article, with_lines=self.opts.with_lines, source=source)
        if mode == "jsonl":
            return render_jsonl(article, with_lines=self.opts.with_lines, source=source)
        if self.opts.layout == "stdout":  # explain for a reader: cut to width, RTL in display order on a terminal
            color = self.explain_tty and not os.environ.get("NO_COLOR")
            width = shutil.get_terminal_size((120, 24)).columns
            visual = self.opts.rtl == "visual" or (self.opts.rtl == "auto" and self.explain_tty)
            return render_explain(article, color=color, width=width, bidi=visual)
        return render_explain(article, color=False, width=0, bidi=False)  # a file: full lines, logical order

    def _emit(self, path: str, article: Article) -> None:
        text = self._render(path, article)
        if self.opts.layout != "stdout":
            write_atomic(self.targets[path], text)
            return
        many = len(self.opts.files) > 1
        if many and self.opts.mode == "json":  # several JSON documents: one array, streamed
            text = ("[\n" if not self.written else ",\n") + _indent(text.rstrip("\n"))
        elif many and self.opts.mode == "explain":
            source = "<stdin>" if path == STDIN else path
            text = ("\n" if self.written else "") + f"==> {source} <==\n" + text
        elif many and self.opts.mode == "text" and self.written:
            text = "\n" + text  # bodies separated by one empty line
        self._stdout(text)
        self.written += 1

    def _stdout(self, text: str) -> None:
        try:
            sys.stdout.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise NewscleanError(f"<stdout>: cannot write: {exc.strerror or exc}") from None

    def _fail(self, message: str) -> None:
        self.failures += 1
        self._message(f"{PROG}: error: {message}")

    def _internal_failure(self, source: str, exc: BaseException) -> None:
        self.failures += 1
        self.internal = True
        self._message(f"{PROG}: error: {source}: internal error: {type(exc).__name__}: {exc}")
        if _debug():
            traceback.print_exc()

    def _message(self, line: str) -> None:
        if self.progress is not None:
            self.progress.write(line, file=sys.stderr)
        else:
            _stderr(line)


def _indent(text: str) -> str:
    # JSON strings never hold a raw line break, so indenting every line cannot change a value.
    return "\n".join("  " + line for line in text.split("\n"))


def _debug() -> bool:
    return os.environ.get("NEWSCLEAN_DEBUG", "") not in ("", "0")


def _stderr(line: str) -> None:
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed: nothing left to tell
        pass


def _has_isatty(stream: IO[str] | None) -> bool:
    return stream is not None and hasattr(stream, "isatty")


def _utf8_stdout() -> None:
    """Output is UTF-8 whatever the locale says (a pipe under LANG=C, a Windows console)."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(encoding="utf-8")
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot change encoding
            pass


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
