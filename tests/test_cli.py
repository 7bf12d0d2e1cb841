"""The `newsclean` command: outputs, -o files and directories, errors as one line, exit codes.

The cleaner itself is tuned elsewhere, so these tests compare the CLI with the library
(`newsclean.clean` on the same text) instead of with hand-written bodies.
"""

from __future__ import annotations

import importlib.machinery
import io
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import newsclean
import newsclean.cli as cli
from newsclean import __version__
from newsclean.cli import main
from newsclean.render import render_explain, render_json, render_jsonl, render_text

PAGE_EN = """Home | World | Business | Sport | Culture
Minister announces new water plan for the capital
By Jane Doe
12 March 2024

The minister of water said on Tuesday that the capital would receive a new supply plan next year, after months of shortages in several districts.

Officials told reporters that the plan would cost about 200 million dollars and that work on the main pipeline would begin in the spring.

Residents in the eastern districts have complained for months that water arrives only twice a week, and many families buy water from private tankers.

"We know that people are tired of waiting, and we are working as fast as we can," the minister said at a press conference.

Related articles
Water prices rise again
Drought hits farmers in the south

Share on Facebook
Share on Twitter
© 2024 Daily News. All rights reserved.
"""

PAGE_AR = """الرئيسية | سياسة | اقتصاد | رياضة
بوتين يؤكد للشرع هاتفياً دعم «سيادة» سوريا

الرئيس الروسي فلاديمير بوتين (أ.ب)

أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية، بحسب ما أعلن الكرملين، اليوم (الأربعاء)، في أول تواصل بينهما منذ سقوط نظام بشار الأسد، العام الماضي.

ووفقاً لـ«وكالة الصحافة الفرنسية»، قال الكرملين في بيان إن بوتين تمنى لأحمد الشرع النجاح في خوض المهمات التي تواجه القيادة الجديدة للبلاد لصالح الشعب السوري.

وتأمل موسكو الاحتفاظ بقاعدتيها العسكريتين في سوريا رغم فرار الأسد إلى موسكو في ديسمبر (كانون الأول) الفائت بعد إسقاط نظامه.

اقرأ أيضاً
روسيا وسوريا: علاقات جديدة
"""

PAGE_FR = """Accueil | France | Monde | Économie
Grève à la SNCF : les élèves ont dû rentrer chez eux

Le président a déclaré mercredi que la réforme serait « appliquée dès l'été », malgré la grève qui paralyse le pays depuis une semaine.

Selon l'AFP, le gouvernement prévoit une hausse des prix de l'énergie dès janvier, ce qui inquiète les ménages les plus modestes.

Les syndicats dénoncent une réforme « injuste » et appellent à manifester jeudi dans toutes les grandes villes de France.

À lire aussi
Les prix de l'énergie flambent
"""

JSON_KEYS = {
    "source", "title", "subtitle", "body", "paragraphs", "date", "date_text", "author", "dateline",
    "site", "url", "lang", "captions", "key_points", "extra_articles", "warnings",
}
LINE_KEYS = {"index", "text", "label", "rule", "detail"}
EXPLAIN_LINE = re.compile(r"^\s*(\d+) ([✓✗]) (\S+)\s+(\S+)")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def write(directory: Path, name: str, text: str = PAGE_EN, encoding: str = "utf-8") -> Path:
    path = directory / name
    path.write_bytes(text.encode(encoding))
    return path


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert 'File "' not in err


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSCLEAN_DEBUG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "400")


# --- the body, one input ----------------------------------------------------------------------------


def test_prints_the_clean_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    code, out, err = run(capsys, page)
    assert code == 0
    assert err == ""
    assert out == newsclean.clean(PAGE_EN).body + "\n"
    assert "Share on Facebook" not in out  # whatever the tuning, the body is not the page
    assert out != PAGE_EN


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(PAGE_AR, "cp1256"), (PAGE_FR, "latin-1"), (PAGE_FR, "cp1252"), (PAGE_AR, "utf-16"), (PAGE_EN, "utf-8-sig")],
)
def test_encodings(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, encoding: str) -> None:
    page = write(tmp_path, "page.txt", text, encoding)
    code, out, err = run(capsys, page)
    assert (code, err) == (0, "")
    assert out == newsclean.clean(text).body + "\n"
    assert not out.startswith("\ufeff")


def test_lang_and_url_are_passed_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt", PAGE_FR)
    code, out, _ = run(capsys, "--format", "json", "--lang", "fr", "--url", "https://example.fr/a/1", page)
    data = json.loads(out)
    assert code == 0
    assert data["url"] == "https://example.fr/a/1"
    assert data == {"source": str(page), **newsclean.clean(PAGE_FR, lang="fr", url="https://example.fr/a/1").to_dict()}


# --- JSON -------------------------------------------------------------------------------------------


def test_json_is_valid_and_has_the_documented_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt", PAGE_AR)
    code, out, err = run(capsys, "--format", "json", page)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == JSON_KEYS
    assert data["source"] == str(page)
    article = newsclean.clean(PAGE_AR)
    assert data["body"] == article.body  # logical order: never reordered for display
    assert data["paragraphs"] == list(article.paragraphs)
    assert "بوتين" in out  # ensure_ascii=False
    assert out.startswith("{\n  ")  # indented


def test_json_lines_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    code, out, _ = run(capsys, "--format", "json", "--lines", page)
    data = json.loads(out)
    assert code == 0
    assert set(data) == JSON_KEYS | {"lines"}
    assert len(data["lines"]) == len(PAGE_EN.splitlines())
    assert all(set(line) == LINE_KEYS for line in data["lines"])
    labels = {label.value for label in newsclean.Label}
    assert {line["label"] for line in data["lines"]} <= labels
    assert [line["index"] for line in data["lines"]] == list(range(len(PAGE_EN.splitlines())))
    code, out, _ = run(capsys, "--format", "json", page)
    assert "lines" not in json.loads(out)


def test_jsonl_one_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    code, out, _ = run(capsys, "--format", "jsonl", "--lines", page)
    assert code == 0
    assert out.endswith("\n") and out.count("\n") == 1
    assert set(json.loads(out)) == JSON_KEYS | {"lines"}


def test_jsonl_escapes_unicode_line_separators() -> None:
    article = newsclean.clean("First line of the article\u2028with a separator.\x85 And more text here.\n")
    line = render_jsonl(article)
    assert line.count("\n") == 1 and len(line.splitlines()) == 1
    assert json.loads(line)["body"] == article.body


def test_many_inputs_json_is_an_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [write(tmp_path, "en.txt"), write(tmp_path, "ar.txt", PAGE_AR)]
    code, out, _ = run(capsys, "--format", "json", *pages)
    data = json.loads(out)
    assert code == 0
    assert [record["source"] for record in data] == [str(p) for p in pages]
    assert data[1]["body"] == newsclean.clean(PAGE_AR).body


def test_many_inputs_jsonl_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [write(tmp_path, "en.txt"), write(tmp_path, "ar.txt", PAGE_AR), write(tmp_path, "fr.txt", PAGE_FR)]
    code, out, _ = run(capsys, "--format", "jsonl", *pages)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["source"] for r in records] == [str(p) for p in pages]


def test_many_inputs_text_bodies_separated_by_an_empty_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [write(tmp_path, "en.txt"), write(tmp_path, "fr.txt", PAGE_FR)]
    code, out, _ = run(capsys, *pages)
    assert code == 0
    assert out == newsclean.clean(PAGE_EN).body + "\n\n" + newsclean.clean(PAGE_FR).body + "\n"


def test_renderers_end_with_a_newline_and_keep_text() -> None:
    article = newsclean.clean(PAGE_AR)
    assert render_text(article) == article.body + "\n"
    assert json.loads(render_json(article, source="x"))["source"] == "x"
    assert "source" not in json.loads(render_json(article))
    assert render_json(article).endswith("}\n")


# --- explain ----------------------------------------------------------------------------------------


def _listing_rows(out: str) -> dict[int, tuple[str, str, str]]:
    rows = {}
    for line in out.splitlines():
        match = EXPLAIN_LINE.match(line)
        if match:
            rows[int(match.group(1))] = (match.group(2), match.group(3), match.group(4))
    return rows


def test_explain_shows_every_line_label_and_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    code, out, err = run(capsys, "--explain", page)
    assert (code, err) == (0, "")
    article = newsclean.clean(PAGE_EN)
    rows = _listing_rows(out)
    content = [line for line in article.lines if line.text]
    assert sorted(rows) == [line.index for line in content]
    for line in content:
        mark, label, rule = rows[line.index]
        assert mark == ("✓" if line.label is newsclean.Label.BODY else "✗")
        assert label == line.label.value
        assert rule == line.rule[:30] or line.rule.startswith(rule.rstrip("…"))
    head = out.split("\n\n", 1)[0]
    for field in ("title", "date", "author", "lang", "lines"):
        assert re.search(rf"^{field}\s", head, re.M), field
    counts = f"{sum(1 for line in article.lines if line.label is newsclean.Label.BODY)} kept"
    assert counts in head
    assert "\x1b[" not in out  # captured stdout is not a terminal: no colours


def test_explain_shows_overridden_decisions() -> None:
    article = newsclean.clean(PAGE_EN)
    listing = render_explain(article, color=False, width=0)
    overridden = [line for line in article.lines if len(line.decisions) > 1]
    assert listing.count("↳ was ") == sum(len(line.decisions) - 1 for line in overridden)


class _Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


def test_explain_reorders_arabic_on_a_terminal_only(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = write(tmp_path, "ar.txt", PAGE_AR)
    article = newsclean.clean(PAGE_AR)
    body_line = next(line for line in article.lines if line.label is newsclean.Label.BODY)
    visual = (body_line.text[:20][::-1], body_line.text[:12][::-1])
    code, out, _ = run(capsys, "--explain", page)  # a pipe: logical order, for grep, files and programs
    assert code == 0 and body_line.text[:40] in out and not any(part in out for part in visual)
    code, out, _ = run(capsys, "--explain", "--rtl", "visual", page)  # a pager on a terminal without bidi
    assert code == 0 and body_line.text[:40] not in out and any(part in out for part in visual)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--explain", str(page)]) == 0
    assert body_line.text[:40] not in terminal.getvalue() and any(part in terminal.getvalue() for part in visual)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--explain", "--rtl", "logical", str(page)]) == 0  # a terminal that lays out RTL itself
    assert body_line.text[:40] in terminal.getvalue()
    monkeypatch.undo()
    code, out, _ = run(capsys, "--format", "json", page)
    assert body_line.text in json.loads(out)["body"]  # JSON keeps logical order
    code, out, _ = run(capsys, page)
    assert body_line.text in out  # text keeps logical order


def test_explain_to_a_file_is_plain_and_logical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "ar.txt", PAGE_AR)
    target = tmp_path / "explain.txt"
    code, out, _ = run(capsys, "--explain", page, "-o", target)
    listing = target.read_text(encoding="utf-8")
    assert (code, out) == (0, "")
    body_line = next(line for line in newsclean.clean(PAGE_AR).lines if line.label is newsclean.Label.BODY)
    assert body_line.text in listing
    assert "\x1b[" not in listing


def test_explain_colors_and_truncation() -> None:
    article = newsclean.clean(PAGE_EN + "x" * 5000 + "\n")
    colored = render_explain(article, color=True, width=80)
    plain = render_explain(article, color=False, width=80)
    assert "\x1b[32m" in colored and "\x1b[" not in plain
    assert re.sub(r"\x1b\[\d+m", "", colored) == plain
    assert all(len(line) <= 80 for line in plain.splitlines())
    assert "x" * 100 not in plain and "…" in plain
    assert "x" * 5000 in render_explain(article, color=False, width=0)


def test_explain_neutralises_terminal_escapes() -> None:
    article = newsclean.clean(PAGE_EN.replace("Drought hits", "Drought \x1b]0;pwned\x07hits"))
    assert "\x1b]0;" not in render_explain(article, color=False, width=200)


def test_explain_color_follows_tty_and_no_color(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = write(tmp_path, "page.txt")

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--explain", str(page)]) == 0
    assert "\x1b[" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--explain", str(page)]) == 0
    assert "\x1b[" not in terminal.getvalue() and "✓ body" in terminal.getvalue()


def test_explain_many_inputs_have_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [write(tmp_path, "a.txt"), write(tmp_path, "b.txt", PAGE_FR)]
    code, out, _ = run(capsys, "--explain", *pages)
    assert code == 0
    assert f"==> {pages[0]} <==" in out and f"==> {pages[1]} <==" in out


# --- stdin ------------------------------------------------------------------------------------------


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE_AR.encode("cp1256"))))
    code, out, err = run(capsys, "--format", "json", "-")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["source"] == "<stdin>"
    assert data["body"] == newsclean.clean(PAGE_AR).body


def test_stdin_dash_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "-"], input=PAGE_FR.encode("latin-1"), capture_output=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == newsclean.clean(PAGE_FR).body + "\n"


def test_stdin_empty(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, out, err = run(capsys, "-")
    assert (code, out, err) == (1, "", "newsclean: error: <stdin>: empty file\n")


# --- -o ---------------------------------------------------------------------------------------------


def test_output_file_for_one_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt", PAGE_AR)
    target = tmp_path / "clean.txt"
    code, out, err = run(capsys, page, "-o", target)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == newsclean.clean(PAGE_AR).body + "\n"
    assert sorted(os.listdir(tmp_path)) == ["clean.txt", "page.txt"]


def test_output_directory_for_many_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = {"en": PAGE_EN, "ar": PAGE_AR, "fr": PAGE_FR}
    paths = [write(tmp_path, f"{name}.page.txt" if name == "fr" else f"{name}.txt", text) for name, text in pages.items()]
    out_dir = tmp_path / "out" / "nested"  # created, parents too
    code, out, err = run(capsys, *paths, "-o", out_dir)
    assert (code, out, err) == (0, "", "")
    assert sorted(os.listdir(out_dir)) == ["ar.txt", "en.txt", "fr.page.txt"]
    for name, text in pages.items():
        stem = "fr.page" if name == "fr" else name
        assert (out_dir / f"{stem}.txt").read_text(encoding="utf-8") == newsclean.clean(text).body + "\n"


def test_output_directory_json_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write(tmp_path, "a.txt"), write(tmp_path, "b.txt", PAGE_FR)]
    out_dir = tmp_path / "json"
    code, _, _ = run(capsys, "--format", "json", *paths, "-o", out_dir)
    assert code == 0
    assert sorted(os.listdir(out_dir)) == ["a.json", "b.json"]
    assert set(json.loads((out_dir / "b.json").read_text(encoding="utf-8"))) == JSON_KEYS


def test_output_existing_directory_with_one_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, _ = run(capsys, page, "-o", out_dir)
    assert code == 0
    assert (out_dir / "page.txt").read_text(encoding="utf-8") == newsclean.clean(PAGE_EN).body + "\n"


def test_output_directory_keeps_going_after_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.txt")
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, missing, binary, good, "-o", out_dir)
    assert code == 1
    assert err.splitlines() == [
        f"newsclean: error: {missing}: no such file",
        f"newsclean: error: {binary}: looks like binary data, not text",
    ]
    assert sorted(os.listdir(out_dir)) == ["good.txt"]


def test_jsonl_many_inputs_to_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write(tmp_path, "en.txt"), write(tmp_path, "ar.txt", PAGE_AR), tmp_path / "missing.txt"]
    target = tmp_path / "corpus.jsonl"
    code, out, err = run(capsys, "--format", "jsonl", *paths, "-o", target)
    assert code == 1
    assert err == f"newsclean: error: {paths[2]}: no such file\n"
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(paths[0]), str(paths[1])]
    assert records[1]["body"] == newsclean.clean(PAGE_AR).body
    assert sorted(os.listdir(tmp_path)) == ["ar.txt", "corpus.jsonl", "en.txt"]


def test_output_file_is_atomic(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = write(tmp_path, "page.txt")
    target = tmp_path / "clean.txt"

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    code, out, err = run(capsys, page, "-o", target)
    assert code == 1
    assert err == f"newsclean: error: {target}: cannot write: No space left on device\n"
    assert sorted(os.listdir(tmp_path)) == ["page.txt"]  # no partial output, no temporary file


def test_output_existing_file_untouched_on_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = write(tmp_path, "page.txt")
    target = tmp_path / "clean.txt"
    target.write_text("previous complete output\n", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    code, _, err = run(capsys, page, "-o", target)
    assert code == 1 and "cannot write" in err
    assert target.read_text(encoding="utf-8") == "previous complete output\n"
    assert sorted(os.listdir(tmp_path)) == ["clean.txt", "page.txt"]


def test_jsonl_file_interrupted_leaves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write(tmp_path, "a.txt"), write(tmp_path, "b.txt"), write(tmp_path, "c.txt")]
    real_clean = newsclean.clean
    calls = []

    def clean_then_interrupt(text: str, **kwargs: object) -> newsclean.Article:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_clean(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsclean, "clean", clean_then_interrupt)
    target = tmp_path / "corpus.jsonl"
    code, _, err = run(capsys, "--format", "jsonl", *paths, "-o", target)
    assert code == 130
    no_traceback(err)
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt", "c.txt"]


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    code, _, err = run(capsys, page, "-o", blocker / "out.txt")
    assert code == 1
    assert err.startswith(f"newsclean: error: {blocker / 'out.txt'}: cannot write: ") and err.count("\n") == 1
    code, _, err = run(capsys, page, page.with_name("page2.txt"), "-o", blocker / "dir" / "")
    assert code == 1
    assert err.startswith(f"newsclean: error: {blocker / 'dir'}") and "cannot create the directory" in err
    no_traceback(err)


def test_output_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = write(tmp_path, "page.txt")
    code, _, err = run(capsys, page, "-o", page)
    assert code == 2 and "would overwrite the input" in err
    assert page.read_text(encoding="utf-8") == PAGE_EN
    code, _, err = run(capsys, page, write(tmp_path, "other.txt"), "-o", tmp_path)
    assert code == 2 and "would overwrite the input" in err
    assert page.read_text(encoding="utf-8") == PAGE_EN


def test_output_names_must_not_collide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = write(tmp_path / "a", "x.txt"), write(tmp_path / "b", "x.txt")
    code, _, err = run(capsys, first, second, "-o", tmp_path / "out")
    assert code == 2 and "would both be written to" in err
    assert not (tmp_path / "out").exists()


def test_many_inputs_and_an_existing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write(tmp_path, "a.txt"), write(tmp_path, "b.txt")]
    target = write(tmp_path, "existing.out", "keep me")
    code, _, err = run(capsys, *paths, "-o", target)
    assert code == 2 and "need a directory" in err
    assert target.read_text(encoding="utf-8") == "keep me"


# --- errors and exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: write(d, "empty.txt", ""), "empty file"),
        (lambda d: (d / "bin.txt", (d / "bin.txt").write_bytes(bytes(range(256)) * 4))[0], "looks like binary data, not text"),
    ],
    ids=["missing", "directory", "empty", "binary"],
)
def test_input_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    code, out, err = run(capsys, path)
    assert code == 1
    assert out == ""
    assert err == f"newsclean: error: {path}: {reason}\n"


def test_failures_do_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.txt")
    code, out, err = run(capsys, tmp_path / "missing.txt", good)
    assert code == 1
    assert out == newsclean.clean(PAGE_EN).body + "\n"
    assert err == f"newsclean: error: {tmp_path / 'missing.txt'}: no such file\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--no-such-option", "x"],
        ["--format", "xml", "x"],
        ["--explain", "--format", "json", "x"],
        ["--lines", "x"],
        ["--rtl", "visual", "x"],
        ["--explain", "--rtl", "mirror", "x"],
        ["-", "-"],
    ],
    ids=["no-files", "unknown-option", "bad-format", "explain-json", "lines-text", "rtl-text", "bad-rtl", "stdin-twice"],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: newsclean" in err and "newsclean: error: " in err
    no_traceback(err)


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"newsclean {__version__}\n")
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "--explain" in out and "--format" in out


def test_keyboard_interrupt_exits_130(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = write(tmp_path, "page.txt")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(newsclean, "clean", interrupted)
    code, _, err = run(capsys, page)
    assert code == 130
    assert err == "newsclean: interrupted\n"


def test_internal_error_is_one_line_with_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page, good = write(tmp_path, "page.txt"), write(tmp_path, "good.txt", PAGE_FR)
    real_clean = newsclean.clean

    def buggy(text: str, **kwargs: object) -> newsclean.Article:
        if text == PAGE_EN:
            raise RuntimeError("index out of range in region pass")
        return real_clean(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsclean, "clean", buggy)  # what the command line's clean_file calls
    code, out, err = run(capsys, page, good)
    assert code == 1
    assert out == newsclean.clean(PAGE_FR).body + "\n"  # the other input is still cleaned
    assert err.splitlines() == [
        f"newsclean: error: {page}: internal error: RuntimeError: index out of range in region pass",
        "newsclean: run with NEWSCLEAN_DEBUG=1 for the traceback",
    ]
    monkeypatch.setenv("NEWSCLEAN_DEBUG", "1")
    code, _, err = run(capsys, page)
    assert code == 1
    assert "Traceback (most recent call last)" in err and "RuntimeError" in err


def test_python_dash_m_and_exit_codes_in_a_subprocess(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt")
    ok = subprocess.run([sys.executable, "-m", "newsclean", str(good)], capture_output=True, timeout=120)
    assert ok.returncode == 0 and ok.stdout.decode() == newsclean.clean(PAGE_EN).body + "\n"
    failed = subprocess.run([sys.executable, "-m", "newsclean", str(tmp_path / "nope")], capture_output=True, timeout=120)
    assert failed.returncode == 1
    assert failed.stderr.decode() == f"newsclean: error: {tmp_path / 'nope'}: no such file\n"
    usage = subprocess.run([sys.executable, "-m", "newsclean", "--bogus"], capture_output=True, timeout=120)
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr


# --- learn ------------------------------------------------------------------------------------------


def test_learn_not_available(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "newsclean.cli_learn" else real_find_spec(name, *a)
    )
    code, out, err = run(capsys, "learn", "pages/")
    assert (code, out, err) == (2, "", "newsclean learn: not available\n")


def test_learn_dispatches_to_cli_learn(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("newsclean.cli_learn")
    module.__spec__ = importlib.machinery.ModuleSpec("newsclean.cli_learn", None)
    seen: list[list[str]] = []
    module.main = lambda argv: seen.append(list(argv)) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsclean.cli_learn", module)
    assert main(["learn", "--site", "x", "a.txt"]) == 7
    assert seen == [["--site", "x", "a.txt"]]


def test_a_file_named_learn(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "learn")
    code, out, _ = run(capsys, "./learn")
    assert code == 0 and out == newsclean.clean(PAGE_EN).body + "\n"


# --- progress ---------------------------------------------------------------------------------------


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("count", "quiet", "shown"), [(25, False, True), (25, True, False), (cli.PROGRESS_MIN, False, False)])
def test_progress_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, count: int, quiet: bool, shown: bool) -> None:
    paths = [write(tmp_path, f"p{i:02}.txt", PAGE_FR) for i in range(count)]
    stderr = _TTY()
    monkeypatch.setattr(sys, "stderr", stderr)
    code = main([*(["--quiet"] if quiet else []), *map(str, paths), "-o", str(tmp_path / "out")])
    assert code == 0
    assert (f"{count}/{count}" in stderr.getvalue()) is shown
    assert len(os.listdir(tmp_path / "out")) == count


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write(tmp_path, f"p{i:02}.txt", PAGE_FR) for i in range(25)]
    code, _, err = run(capsys, *paths, "-o", tmp_path / "out")
    assert (code, err) == (0, "")


def test_options_may_come_between_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = write(tmp_path, "a.txt"), write(tmp_path, "b.txt", PAGE_FR)
    code, out, err = run(capsys, first, "-o", tmp_path / "out", second)
    assert (code, out, err) == (0, "", "")
    assert sorted(os.listdir(tmp_path / "out")) == ["a.txt", "b.txt"]

# --- a 50 MB page -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_megabyte_single_line(tmp_path: Path) -> None:
    sentence = "The minister said on Tuesday that the plan would start next year in the capital. "
    big = tmp_path / "big.txt"
    big.write_bytes((sentence * (50_000_000 // len(sentence))).encode("ascii"))
    target = tmp_path / "big.clean.txt"
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", str(big), "-o", str(target)], capture_output=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert b"Traceback" not in result.stderr
    assert target.exists()
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []



# --- HTML, JSON Lines and site rules on the command line -------------------------------------------

_HTML_PAGE = (
    "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<h1>Council approves budget</h1>"
    "<p>The city council approved on Tuesday a budget that raises spending on schools and roads.</p>"
    "<p>Members said the plan would be reviewed in the spring, after the first quarter results.</p>"
    "<footer>© 2024 City Paper. All rights reserved.</footer></body></html>"
)


def test_html_file_goes_through_clean_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(_HTML_PAGE, encoding="utf-8")
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert "approved on Tuesday a budget" in out
    assert "All rights reserved" not in out and "Home" not in out


def test_jsonl_records_keep_their_fields_and_record_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "batch.jsonl"
    good = {"id": 7, "url": "https://example.com/a", "text": "Menu\nThe city council approved on Tuesday a budget that raises spending on schools and roads.\n"}
    records.write_text(json.dumps(good) + "\nnot json\n" + json.dumps({"id": 8}) + "\n", encoding="utf-8")
    # The batch goes on past bad records; the exit status says some failed (1), stderr says how many.
    assert main([str(records), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert len(out) == 3
    assert out[0]["id"] == 7 and "approved on Tuesday" in out[0]["newsclean"]["body"]
    assert "error" in out[1] and "error" in out[2]
    assert out[1]["error"].startswith("line 2, column 1: invalid JSON")
    assert "2 of 3 records failed" in captured.err


def test_jsonl_empty_text_is_an_error_in_its_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "batch.jsonl"
    records.write_text(json.dumps({"id": 1, "text": "  "}) + "\n", encoding="utf-8")
    assert main([str(records), "--format", "jsonl"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == '"text" is empty'


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("The city council approved on Tuesday a budget that raises spending on schools.\n", encoding="utf-8")
    assert main(["--lang", "xx", str(page)]) == 2
    assert main(["--lang", "ar-EG", str(page)]) == 0


def test_a_saved_web_page_is_read_as_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "saved.txt"
    body = "The city council approved on Tuesday a budget that raises spending on schools and roads."
    page.write_text(
        "<!-- saved from url=(0026)https://example.com/news -->\n<html><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Budget approved</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert body in out and "<" not in out


def test_sigterm_unwinds_like_an_interrupt(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    records = tmp_path / "batch.jsonl"
    line = json.dumps({"text": "The city council approved on Tuesday a budget that raises spending. " * 20})
    records.write_text((line + "\n") * 20000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(records), "--format", "jsonl", "-o", str(out), "-q"],
        stderr=subprocess.PIPE,
    )
    time.sleep(3)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the batch finished before the signal")
    assert process.returncode == 143, err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_jsonl_input_needs_jsonl_output(tmp_path: Path) -> None:
    records = tmp_path / "batch.jsonl"
    records.write_text("{}\n", encoding="utf-8")
    assert main([str(records)]) == 2


def test_rules_must_be_a_directory(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("The city council approved on Tuesday a budget that raises spending on schools.\n", encoding="utf-8")
    assert main(["--rules", str(tmp_path / "missing"), str(page)]) == 2
