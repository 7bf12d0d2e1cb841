"""The page's language: the stoplist its words hit most; for scripts written without spaces (no
stoplist can count their function words), the script itself."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("台北市政府都市發展局昨日宣布，老舊公寓增設電梯的補助上限將提高。新制自四月一日起受理申請。", "zh"),
        ("東京都は二十日、新しい自転車専用道路の計画を発表した。工事は来年の春に始まる予定だ。", "ja"),
        ("กรุงเทพมหานครประกาศแผนสร้างทางจักรยานใหม่ในใจกลางเมือง โดยจะเริ่มก่อสร้างในปีหน้า", "th"),
        ("أعلنت بلدية المدينة أن أعمال الصيانة في الشارع الرئيسي ستبدأ في الأسبوع المقبل وتستمر شهرين.", "ar"),
        ("The city council said on Tuesday that the works on the main street would start next week.", "en"),
    ],
)
def test_the_language_of_a_page(text: str, lang: str) -> None:
    assert newsclean.clean(text).lang == lang


def test_a_few_han_characters_in_a_latin_page_do_not_make_it_chinese() -> None:
    words = "The mayor of the city said that the new museum 博物館 would open in the spring of next year".split()
    assert language.detect(words) == "English"


def test_no_language_for_digits_and_symbols() -> None:
    assert language.detect(["2025", "—", "12:30"]) is None
    assert language.detect([]) is None
