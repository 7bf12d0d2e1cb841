"""Walk tests/fixtures/<lang>/<name>.txt and compare with the expected files written by hand.

<name>.expected.txt is the body, one paragraph per line; <name>.expected.json holds the metadata a
careful reader extracts (only the keys present are checked). Body quality is checked two ways: the
bag-of-words F1 (the benchmark's measure) must reach 0.97, and every expected paragraph the cleaner
drops or every extra line it keeps is listed in the failure message, so a regression is readable.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean.evaluate import bag_f1
from newsclean.io import read_text
from newsclean.markdown import looks_like_markdown, render_markdown
from newsclean.unwrap import unwrap

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.glob("*/*.txt") if not p.name.endswith(".expected.txt"))
HTML_PAGES = sorted(FIXTURES.glob("html/*.html"))
MIN_F1 = 0.97


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_there_are_fixtures() -> None:
    assert len(PAGES) >= 18, "the seeds plus at least 15 composed pages"
    assert {p.parent.name for p in PAGES} >= {"ar", "en", "fr"}


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_body(page: Path) -> None:
    expected_path = page.with_suffix(".expected.txt")
    if not expected_path.exists():
        pytest.skip("no expected body for this page")
    expected = expected_path.read_text(encoding="utf-8").strip("\n")
    article = newsclean.clean_file(page)
    score = bag_f1(article.body, expected)
    got, want = article.paragraphs, expected.splitlines()
    missing = [line for line in want if line not in got]
    extra = [line for line in got if line not in want]
    assert score.f1 >= MIN_F1, (
        f"F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f})\n"
        f"missing: {missing[:5]}\nextra: {extra[:5]}"
    )


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_metadata(page: Path) -> None:
    expected_path = page.with_suffix(".expected.json")
    if not expected_path.exists():
        pytest.skip("no expected metadata for this page")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = newsclean.clean_file(page)
    got = article.to_dict()
    for key in ("title", "date", "author", "lang", "dateline", "site"):
        if key in expected:
            assert got[key] == expected[key], f"{key}: got {got[key]!r}, expected {expected[key]!r}"
    if "captions" in expected:
        _check_captions(got["captions"], expected["captions"])
    if "extra_articles" in expected:
        assert len(got["extra_articles"]) == len(expected["extra_articles"]), got["extra_articles"]


def _check_captions(got: list[dict[str, str | None]], expected: list[dict[str, str]]) -> None:
    """Every expected caption is found; its credit, when the expected file names one, goes with it."""
    texts = [caption["text"] for caption in got]
    for caption in expected:
        assert caption["text"] in texts, f"caption {caption['text']!r} not found in {texts}"
        if "credit" in caption:
            found = next(c for c in got if c["text"] == caption["text"])
            assert found["credit"] == caption["credit"], f"credit of {caption['text']!r}: {found['credit']!r}"


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_every_line_is_explained(page: Path) -> None:
    article = newsclean.clean_file(page)
    raw = read_text(page)  # as clean_file reads it (a page may be windows-1256)
    # Markdown: its blocks; a hard-wrapped page: its wrapped lines joined
    raw_lines = render_markdown(raw).lines if looks_like_markdown(raw) else unwrap(raw).splitlines()
    assert [line.index for line in article.lines] == list(range(len(raw_lines)))
    for line in article.lines:
        assert line.rule, f"line {line.index} has no rule"
        assert (line.label is newsclean.Label.BODY) == (line.text in article.paragraphs) or line.label is not newsclean.Label.BODY


@pytest.mark.parametrize("page", HTML_PAGES, ids=_id)
def test_html_page(page: Path) -> None:
    """HTML pages go through clean_html: the same bar for the body, and the metadata in expected.json."""
    expected = page.with_suffix(".expected.txt").read_text(encoding="utf-8").strip("\n")
    article = newsclean.clean_html(page.read_bytes())  # bytes: a page may declare another charset
    score = bag_f1(article.body, expected)
    extra = [line for line in article.paragraphs if line not in expected.splitlines()]
    assert score.f1 >= MIN_F1, f"F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f})\nextra: {extra[:5]}"
    meta = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    for key, value in meta.items():
        if key == "extra_articles":  # how many; each one's first line in the expected file, for a reader
            assert len(article.extra_articles) == len(value), article.extra_articles
            continue
        if key == "captions":
            _check_captions(article.to_dict()["captions"], value)
            continue
        assert getattr(article, key) == value, f"{key}: got {getattr(article, key)!r}, expected {value!r}"
