"""The speed benchmark must keep running: a tiny run, no timing assertions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_speed_smoke_runs_and_prints_tables() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/speed.py", "--smoke", "--no-write"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "| tool | docs/s | MB/s |" in out
    assert "| floor (splitlines + strip) |" in out
    assert "| newsclean |" in out
    assert "| input | bytes | lines | ms per call | µs per KB |" in out
    assert "tracemalloc peak" in out


def test_the_naive_renderer_of_text_of_html_follows_the_bench_readme() -> None:
    """One line per block and per table cell, inline links glued as written, scripts and hidden
    elements dropped, whitespace collapsed, zero-width characters removed."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from text_of_html import decode, render
    finally:
        sys.path.pop(0)
    html = (
        "<html><head><title>T</title></head><body><nav><a href=/>Home</a><a href=/w>World</a></nav>"
        "<h1>Head\u200bline</h1><p>One  <b>bold</b>\n word.<br>Next</p><script>x()</script>"
        "<div hidden>gone</div><table><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    assert render(html) == "HomeWorld\nHeadline\nOne bold word.\nNext\na\nb\n"
    assert decode('<meta charset="windows-1256"><p>\xe3\xd1\xcd\xc8\xc7</p>'.encode("latin-1")).endswith("<p>مرحبا</p>")
