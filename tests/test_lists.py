"""Lists inside the text: short lines that a sentence ending with a colon announces are items of the
article (songs, prices, results), however fragment-like they look."""

from __future__ import annotations

import newsclean

INTRO = [
    "Rovers climb to second after a busy afternoon in the league",
    "By Sam Reed",
    "Rovers moved up to second in the table on Saturday after a late winner against the league leaders at home.",
    "The visitors had led for most of the second half before two goals in the last ten minutes turned the game round.",
    "Here's how Saturday's games finished:",
    "League results",
]
RESULTS = [
    "Rovers 2-1 United",
    "Harbour Town 0-0 Millbrook",
    "Castle Athletic 3-2 Riverside",
    "Northgate 1-4 Westfield Wanderers",
    "Valley P-P Eastbridge",
]
OUTRO = [
    "The game at Valley was called off on Friday evening after heavy rain left the pitch under water in places.",
    "Rovers travel to Westfield next Saturday, when a win would take them level on points with the leaders.",
]


def test_results_announced_by_a_colon_sentence_and_a_heading_are_kept() -> None:
    article = newsclean.clean("\n".join([*INTRO, *RESULTS, *OUTRO]))
    assert list(article.paragraphs) == [*INTRO[2:], *RESULTS, *OUTRO]



def test_match_sheet_after_the_last_paragraph_is_kept() -> None:
    sheet = [
        "Match details:",
        "Venue: Harbour Park",
        "Referee: Tom Baker",
        "Goals: Reed (34), Okafor (87) for Rovers; Hale (61) for United",
        "Rovers: Dunn, Price, Cole, Amos, Ware, Reed, Lane, Okafor, Moss, Hale, Shaw.",
        "Coach: Sam Ford",
    ]
    page = [*INTRO[:4], *OUTRO, *sheet, "Share this article", "Facebook", "WhatsApp", "Most read", "Ferry fares to rise in April"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*INTRO[2:4], *OUTRO, *sheet]
