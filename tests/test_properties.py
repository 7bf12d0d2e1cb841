"""Properties that must hold for any input: no crash, no invented or reordered text, idempotence,
determinism. Hypothesis generates the pages; the strategies mix arbitrary Unicode with page-like
lines (prose, menus, Arabic, duplicates) so that the interesting code paths run."""

from __future__ import annotations

import os


from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Label
from newsclean.unwrap import unwrap

WORDS_EN = ["the", "minister", "said", "on", "Tuesday", "that", "a", "new", "law", "would", "be", "passed", "in", "of"]
WORDS_AR = ["قال", "الرئيس", "في", "بيان", "إن", "الحكومة", "على", "من", "سوريا", "موسكو", "اليوم", "٢٠٢٥"]
CHROME = ["Home | News | Sport", "Share", "Related articles", "مقالات ذات صلة", "© 2024 All rights reserved", "Reply", "TT"]


def _sentence(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=1, max_size=40).map(lambda w: " ".join(w) + ".")


page_lines = st.one_of(
    _sentence(WORDS_EN),
    _sentence(WORDS_AR),
    st.sampled_from(CHROME),
    st.text(max_size=60),
    st.just(""),
)
pages = st.one_of(st.text(max_size=2000), st.lists(page_lines, max_size=60).map("\n".join))

# CI runs the same examples every time (derandomize): a red build then means a change broke something,
# not that the dice found an old case. Set NEWSCLEAN_EXAMPLES for a longer, random exploration.
settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "150")),
    derandomize="NEWSCLEAN_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(item == candidate for candidate in it) for item in small)


@given(pages)
def test_never_crashes_and_explains_every_line(text: str) -> None:
    article = newsclean.clean(text)
    assert len(article.lines) == len(unwrap(text).splitlines())  # (a hard-wrapped page: one line a block)
    assert all(isinstance(line.label, Label) and line.rule for line in article.lines)
    assert article.body == "\n".join(article.paragraphs)


@given(pages)
def test_body_is_an_ordered_subsequence_of_the_input(text: str) -> None:
    article = newsclean.clean(text)
    stripped = [line.strip() for line in unwrap(text).splitlines()]
    assert _subsequence(list(article.paragraphs), stripped)
    assert all(paragraph for paragraph in article.paragraphs)


@given(pages)
@example("0|0|0\ra\ra:0:0:0:0:0.")  # a menu line once joined the hard-wrapped paragraph below it
@example("SHARE\ra:0:0:0:0:0:0:0:0.\r0\r0:0:0:0:0:0:0:0:0:0.")  # ...and a share button
@example("0\t0:0:0©0¸¸\ra:0:0.")
@example("0\tA:0:0©A¸¸\ra:0:0.")
@example("0/0/0/0/0/0/0/0/0/0/a/a/a/a/a/a/a/a/a/a.\r0\r1\r000.\r2\r000.\r0/0/0/0/0/0/0/0/0/0(r\"r\"r\"r\"r.")
@example("0\r0:0¸:A\ra:0:0:0:0:0.\r1\r0:0:0:0:0:A:A:A:A:A.")  # a known gap until stop 20 (digits and colons)
def test_idempotent(text: str) -> None:
    # The language is a property of the page, detected from all of it; a body of a few words may be
    # too short to detect again, so the second pass is told the language the first one found.
    once = newsclean.clean(text)
    twice = newsclean.clean(once.body, lang=once.lang)
    assert twice.body == once.body


def test_idempotent_on_a_real_page_without_hints() -> None:
    page = (
        "Home | World | Sport | Culture\n"
        "Council approves new budget\n"
        "By Jane Doe\n"
        "The city council approved on Tuesday a budget that raises spending on schools and roads.\n"
        "Members said the plan would be reviewed in the spring, after the first quarter results.\n"
        "Related articles\n"
        "Mayor opens new library in the north of the city\n"
    )
    once = newsclean.clean(page)
    assert once.paragraphs and once.title == "Council approves new budget"
    assert newsclean.clean(once.body).body == once.body


@given(pages)
def test_deterministic(text: str) -> None:
    assert newsclean.clean(text).to_dict(with_lines=True) == newsclean.clean(text).to_dict(with_lines=True)
