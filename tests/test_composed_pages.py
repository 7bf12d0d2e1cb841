"""Every language group's composed page (tests/composed_story.py), through the same four checks: the
body is the story's five paragraphs in order; the header gives the headline, the language and the
writer, and its byline, menu and share bar go by their rules; the stamp gives the date; each chrome
part (teaser, ad label, tags, related box, comments, cookie banner, footer) goes by its lexicon
category. The groups' own files test what is particular to their languages (more stamp and byline
forms, lines that must stay)."""

from __future__ import annotations

import pytest

import newsclean
import test_languages_asia_africa
import test_languages_asia_more
import test_languages_north_west
import test_languages_slavic_baltic
import test_more_languages
from composed_story import Story, assert_chrome_taken_by_lexicon, rule_of

GROUPS = (test_more_languages, test_languages_asia_more, test_languages_asia_africa, test_languages_slavic_baltic, test_languages_north_west)


def _params(check: str) -> list[object]:
    """One case per story; a group may mark one story's check as a known gap (`KNOWN_GAPS`)."""
    params = []
    for group in GROUPS:
        ids = getattr(group, "IDS", [story.lang for story in group.STORIES])
        gaps = getattr(group, "KNOWN_GAPS", {})
        for story, name in zip(group.STORIES, ids):
            reason = gaps.get((name, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(story, id=name, marks=marks))
    return params


@pytest.mark.parametrize("story", _params("body"))
def test_the_body_is_the_paragraphs(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert list(article.paragraphs) == list(story.paragraphs)


@pytest.mark.parametrize("story", _params("header"))
def test_the_header(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert article.title == story.title
    assert article.lang == story.lang
    assert article.author == story.author
    assert rule_of(article, story.byline) == "segment.byline"
    assert rule_of(article, story.menu[0]) == "lexicon.navigation"
    assert rule_of(article, story.share[0]) == "lexicon.share"


@pytest.mark.parametrize("story", _params("date"))
def test_the_date(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert article.date == story.date
    assert rule_of(article, story.stamp) == "segment.date-line"


@pytest.mark.parametrize("story", _params("chrome"))
def test_the_chrome_goes_by_the_lexicon(story: Story) -> None:
    assert_chrome_taken_by_lexicon(newsclean.clean(story.page()), story)
