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
