"""A news page composed for a language's tests: the story's parts, laid out as a portal shows them
(a menu, a byline and a stamp, a share bar, a "read also" teaser and an ad label cut into the text,
tags, a related list, comments with their form, a cookie banner, a footer). Each language group's
file (`test_more_languages.py`, `test_languages_*.py`) composes its `STORIES` and tests what is
particular to its languages; `test_composed_pages.py` runs the checks every page shares."""

from __future__ import annotations

from dataclasses import dataclass, replace

import newsclean


@dataclass(frozen=True)
class Story:
    lang: str
    menu: tuple[str, ...]
    title: str
    byline: str
    author: str
    stamp: str
    date: str
    share: tuple[str, ...]
    paragraphs: tuple[str, ...]  # five: the teaser goes after the second, the ad after the third
    read_also: str
    advertisement: str
    tags: str
    related: tuple[str, ...]
    comments: tuple[str, ...]  # the comments' heading, then the form
    cookie: str
    footer: tuple[str, ...]  # the legal links, the copyright

    def page(self) -> str:
        p = self.paragraphs
        return "\n".join(
            [
                *self.menu,
                self.title,
                self.byline,
                self.stamp,
                *self.share,
                p[0],
                p[1],
                self.read_also,
                p[2],
                self.advertisement,
                p[3],
                p[4],
                self.tags,
                *self.share,
                *self.related,
                *self.comments,
                self.cookie,
                *self.footer,
            ]
        )



def rule_of(article: newsclean.Article, text: str) -> str:
    """The rule that decided the line `text` of the cleaned page."""
    return next(line.rule for line in article.lines if line.text == text)


def assert_chrome_taken_by_lexicon(article: newsclean.Article, story: Story) -> None:
    """Each chrome part of the page went by its lexicon category."""
    assert rule_of(article, story.read_also) == "lexicon.read-also"
    assert rule_of(article, story.advertisement) == "lexicon.advertisement"
    assert rule_of(article, story.tags) == "lexicon.tags"
    assert rule_of(article, story.related[0]) == "lexicon.related"
    assert rule_of(article, story.comments[0]) == "lexicon.comments"
    assert rule_of(article, story.cookie) == "lexicon.cookie"
    assert rule_of(article, story.footer[0]) == "lexicon.footer-links"
    assert rule_of(article, story.footer[1]) == "lexicon.footer"


def assert_read_also_goes(story: Story, read_also: str) -> None:
    """The story's page with this "read also" insert in the text: the insert goes, the text stays."""
    article = newsclean.clean(replace(story, read_also=read_also).page())
    assert list(article.paragraphs) == list(story.paragraphs)


def assert_byline_read(story: Story, line: str, author: str | None) -> None:
    """The story's page with this byline: the writer is read, the text stays."""
    article = newsclean.clean(replace(story, byline=line).page())
    assert article.author == author
    assert list(article.paragraphs) == list(story.paragraphs)
