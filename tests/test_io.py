"""newsclean.io: decoding scraped pages (UTF-8, BOMs, UTF-16, cp1256, latin-1), read errors as one
clear line, and atomic writes that never leave half a file or a stray temporary file behind."""

from __future__ import annotations

import codecs
import io
import os
import random
import sys
import time
from pathlib import Path

import pytest

import newsclean
import newsclean.io as nio
from newsclean.errors import InputError, NewscleanError
from newsclean.io import atomic_open, decode_bytes, read_text, write_atomic

ARABIC = (
    "بوتين يؤكد للشرع هاتفياً دعم «سيادة» سوريا\n\n"
    "أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية، بحسب ما أعلن الكرملين، "
    "اليوم (الأربعاء)، في أول تواصل بينهما منذ سقوط نظام بشار الأسد، العام الماضي.\n"
    "وتأمل موسكو الاحتفاظ بقاعدتيها العسكريتين في سوريا رغم فرار الأسد إلى موسكو في ديسمبر الفائت.\n"
)
FRENCH = (
    "Grève à la SNCF : les élèves ont dû rentrer chez eux\n\n"
    "Le président a déclaré mercredi que la réforme serait « appliquée dès l'été », malgré la grève.\n"
    "Selon l'AFP, le gouvernement prévoit une hausse des prix de l'énergie dès janvier ; ça coûte très cher.\n"
)
FRENCH_CP1252 = "Noël à Paris – l’été coûtera 5 € de plus, a déclaré le maire… « C’est ainsi ».\n"


# --- decode_bytes -----------------------------------------------------------------------------------


def test_plain_utf8() -> None:
    assert decode_bytes(ARABIC.encode("utf-8"), source="p") == ARABIC


def test_utf8_bom_is_removed() -> None:
    text = decode_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), source="p")
    assert text == FRENCH
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    data = bom + ARABIC.encode(encoding)  # "utf-16"/"utf-32" write their own BOM
    assert decode_bytes(data, source="p") == ARABIC


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_not_binary(encoding: str) -> None:
    assert decode_bytes(ARABIC.encode(encoding), source="p") == ARABIC
    assert decode_bytes(FRENCH.encode(encoding), source="p") == FRENCH


@pytest.mark.parametrize("text", [ARABIC, ARABIC.splitlines()[2], "بوتين يؤكد للشرع هاتفياً"], ids=["page", "line", "short"])
def test_cp1256_arabic(text: str) -> None:
    assert decode_bytes(text.encode("cp1256"), source="p") == text


@pytest.mark.parametrize("text", [FRENCH, FRENCH.splitlines()[2], "Le café était fermé à cause de la grève."], ids=["page", "line", "short"])
def test_latin1_french(text: str) -> None:
    assert decode_bytes(text.encode("latin-1"), source="p") == text


def test_a_short_latin1_word_is_not_taken_for_chinese() -> None:
    assert decode_bytes("Élève".encode("latin-1"), source="p") == "Élève"  # charset-normalizer says Big5


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Dziś rząd ogłosił nowy plan. Minister powiedział, że zmiany wejdą w życie w przyszłym roku.", "cp1250"),
        ("Bugün hükümet yeni bir plan açıkladı. Bakan, değişikliklerin gelecek yıl yürürlüğe gireceğini söyledi.", "cp1254"),
        ("Правительство объявило сегодня новый план. Министр сказал, что изменения вступят в силу.", "cp1251"),
        ("Η κυβέρνηση ανακοίνωσε σήμερα νέο σχέδιο για την εκπαίδευση και την υγεία.", "cp1253"),
    ],
    ids=["polish", "turkish", "russian", "greek"],
)
def test_other_windows_code_pages(text: str, encoding: str) -> None:
    # charset-normalizer alone picks windows-1252 for this Polish and windows-1250 for this Turkish
    assert decode_bytes(text.encode(encoding), source="p") == text


def test_cp1252_french_with_euro_and_quotes() -> None:
    assert decode_bytes(FRENCH_CP1252.encode("cp1252"), source="p") == FRENCH_CP1252


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    data = ARABIC.encode("utf-8")[:-3]  # cut inside the last Arabic letter (2 bytes each) and "\n"
    text = decode_bytes(data, source="p")
    assert text.startswith(ARABIC[:100])
    assert text.endswith("\ufffd")


def test_line_breaks_are_kept_as_decoded() -> None:
    assert decode_bytes("a\r\nb\rc\n".encode(), source="p") == "a\r\nb\rc\n"
    crlf = FRENCH.replace("\n", "\r\n")
    assert decode_bytes(crlf.encode("latin-1"), source="p") == crlf


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"", source="p") == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        bytes(range(1, 9)) * 200,  # no NUL, mostly control characters
        random.Random(0).randbytes(4096),
        codecs.BOM_UTF8 + b"\x01\x02\x03\x04\x05\x06" * 50,
    ],
    ids=["png", "zip", "controls", "random", "bom-then-controls"],
)
def test_binary_data_is_rejected(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, source="page.bin")
    assert str(info.value) == "page.bin: looks like binary data, not text"


def test_a_few_control_characters_are_still_text() -> None:
    text = "Le café\x0c est fermé.\x1b\n" + "Une phrase ordinaire sur la ville. " * 20
    assert decode_bytes(text.encode("utf-8"), source="p") == text


def test_fifty_megabyte_single_line_is_linear(tmp_path: Path) -> None:
    unit = "وتأمل موسكو الاحتفاظ بقاعدتيها العسكريتين في سوريا "
    for encoding in ("utf-8", "cp1256"):
        data = (unit * (50_000_000 // len(unit.encode(encoding)))).encode(encoding)
        assert len(data) > 49_000_000 and b"\n" not in data
        path = tmp_path / f"big-{encoding}.txt"
        path.write_bytes(data)
        start = time.perf_counter()
        text = read_text(path)
        elapsed = time.perf_counter() - start
        assert len(text) == len(data.decode(encoding))
        assert text.startswith(unit)
        assert elapsed < 15, f"{encoding}: {elapsed:.1f} s to read 50 MB"  # quadratic work would take hours
        del data, text


# --- read_text --------------------------------------------------------------------------------------


def test_read_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}: no such file"


def test_read_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_text(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory"


def test_read_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}: empty file"


def test_read_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(nio, "open", denied, raising=False)  # works as root too
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}: permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_read_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_text(path)
    finally:
        path.chmod(0o644)


def test_read_errors_are_value_errors_and_newsclean_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        read_text(tmp_path / "missing")
    with pytest.raises(NewscleanError):
        read_text(tmp_path / "missing")


def test_read_cp1256_and_latin1_files(tmp_path: Path) -> None:
    (tmp_path / "ar.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "fr.txt").write_bytes(FRENCH.encode("latin-1"))
    assert read_text(tmp_path / "ar.txt") == ARABIC
    assert read_text(str(tmp_path / "fr.txt")) == FRENCH


def test_read_bom_file_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    assert read_text(path) == ARABIC


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARABIC.encode("cp1256"))))
    assert read_text("-") == ARABIC


def test_read_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^<stdin>: empty file$"):
        read_text("-")


def test_clean_file_uses_read_text(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    assert newsclean.clean_file(path).body == newsclean.clean(FRENCH).body
    with pytest.raises(InputError, match="no such file"):
        newsclean.clean_file(tmp_path / "missing.txt")


# --- write_atomic -----------------------------------------------------------------------------------


def _leftovers(directory: Path, keep: set[str]) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name not in keep)


def test_write_atomic_writes_utf8_and_keeps_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    write_atomic(path, ARABIC + "a\r\nb")
    assert path.read_bytes() == (ARABIC + "a\r\nb").encode("utf-8")
    write_atomic(path, "second")
    assert path.read_text(encoding="utf-8") == "second"
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_write_atomic_gives_the_usual_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    write_atomic(path, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_write_atomic_failing_replace_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.txt"

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(NewscleanError, match=r"out\.txt: cannot write: No space left on device"):
        write_atomic(path, "body\n" * 1000)
    assert not path.exists()
    assert _leftovers(tmp_path, set()) == []


def test_write_atomic_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old complete output\n", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(NewscleanError):
        write_atomic(path, "new output that never lands\n")
    assert path.read_text(encoding="utf-8") == "old complete output\n"
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_write_atomic_failure_while_writing(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "half a line then a lone surrogate \ud800")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_atomic_open_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(path) as handle:
            handle.write('{"record": 1}\n')
            raise KeyboardInterrupt
    assert _leftovers(tmp_path, set()) == []


def test_write_atomic_into_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "out.txt"
    with pytest.raises(NewscleanError, match=r"out\.txt: cannot write: "):
        write_atomic(path, "x")


def test_write_atomic_bare_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", "x\n")
    assert (tmp_path / "plain.txt").read_text(encoding="utf-8") == "x\n"


def test_options_of_the_wrong_kind_get_clear_errors() -> None:
    import newsclean
    from newsclean.errors import InputError

    with pytest.raises(TypeError, match="lang must be"):
        newsclean.clean("Some text.", lang=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url must be"):
        newsclean.clean("Some text.", url=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects a path"):
        newsclean.clean_file(None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="unknown language"):
        newsclean.clean("Some text.", lang="xx")
    assert newsclean.clean("Some text.", lang="ar-EG").lang == "ar"


HTML_PAGE = """<!doctype html><html><head><meta charset="windows-1256"><title>الرئيسية</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
<article><h1>افتتاح محطة جديدة لتحلية المياه في ميناء البصرة</h1>
<p>افتتحت الحكومة المحلية في البصرة اليوم محطة جديدة لتحلية مياه البحر بطاقة خمسين ألف متر مكعب يومياً.</p>
<p>وقال المحافظ في كلمة خلال الافتتاح إن المحطة ستغطي حاجة نحو ثلاثمئة ألف نسمة في الأقضية الجنوبية.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved-page.txt"])
def test_clean_file_reads_an_html_page_as_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HTML_PAGE.encode("cp1256"))
    article = newsclean.clean_file(path)
    assert article.title == "افتتاح محطة جديدة لتحلية المياه في ميناء البصرة"
    assert not any("<" in paragraph for paragraph in article.paragraphs)
    assert len(article.paragraphs) == 2
