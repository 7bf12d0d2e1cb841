"""A long piece in parts on one page: the title and byline shown again over "Part II" start the next
part of the same article, not an appended one (region._headline_again)."""

from __future__ import annotations

import newsclean

TITLE = "The river towns that learned to live with the flood: a history in two parts"
PART_ONE = [
    "For three centuries the towns along the lower Arden rebuilt after every great flood, each time a little higher on the bank, and each time with fewer of the old families willing to stay.",
    "Parish records show that the flood of 1740 carried away the mill, the bridge and most of the houses by the water, and that the town council met for a month in the church tower.",
    "The rebuilding was slow because the timber had to come down the river from the hills, and the river itself was the one road that no one could use for most of that spring.",
    "By the end of the century the first stone embankments stood along the market quay, paid for by a tax on every barrel that passed through the town on its way to the coast.",
]
PART_TWO = [
    "The second part of this history begins with the railway, which reached the valley in 1851 and changed the way the towns thought about the river and about their own safety.",
    "Engineers from the railway company raised the line on an embankment that doubled as a dike, and for the first time the lower streets stayed dry through a winter of heavy rain.",
    "Not everyone welcomed the change, because the embankment cut the farms from the river meadows, and the farmers complained for years that their fields had lost their best soil.",
    "Today the old flood marks are painted on the walls of the market hall, and the children of the town learn to read them before they learn the names of the streets around them.",
]


def _page() -> str:
    header = [TITLE, "by Marion Hale"]
    return "\n".join(
        ["Home | History | Places | About", *header, "Part I", *PART_ONE, "-" * 60, *header, "Part II", *PART_TWO,
         "Related articles", "The mills of the upper valley", "© 2025 Valley Histories. All rights reserved."]
    )


def test_the_second_part_is_the_same_article() -> None:
    article = newsclean.clean(_page())
    assert article.title == TITLE and article.author == "Marion Hale"
    assert [p for p in article.paragraphs if p in PART_ONE + PART_TWO] == PART_ONE + PART_TWO
    assert article.extra_articles == ()


def test_another_headline_over_the_same_byline_is_still_another_article() -> None:
    page = _page().replace(f"{TITLE}\nby Marion Hale\nPart II", "The mills of the upper valley, and the men who built them\nby Marion Hale\nPart II")
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PART_ONE
