"""Code listings inside the text (a tech blog's schema, a shell session, a config file): lines only a
program's source writes ride with the text around them, and the lexicons leave them alone."""

from __future__ import annotations

import newsclean
from newsclean.lines import split_lines
from newsclean.rules.structure.code import code_line

MENU = ["Home", "Blog", "Docs", "Pricing", "Sign in"]
HEADER = ["Designing a GraphQL schema that lasts", "By Dana Whitfield", "March 3, 2025"]
BEFORE = [
    "A schema is the contract between your API and the people who use it, and it is much harder to change later.",
    "We start with the object types, which describe the data the API exposes and how the pieces relate.",
    "Here is the type for a user and the one for a post:",
]
LISTING = [
    "# The account of someone who writes posts",
    "type User {",
    "id: ID!",
    "email: String!",
    "name: String!",
    "tags: [Tag!]!",
    "comments: [Comment!]!",
    "}",
    "# A post with its author",
    "type Post {",
    "id: ID!",
    "title: String!",
    "author: User!",
    "share: Boolean",
    "}",
    "# Labels that group posts",
    "type Tag {",
    "id: ID!",
    "name: String!",
    "}",
]
AFTER = [
    "The exclamation mark says that a field is never null, so clients can rely on it being there every time.",
    "Keep the names of the fields close to the words your users already say about the data they work with.",
    "In the next part we will look at pagination, which is where most schemas start to go wrong in practice.",
]
FOOTER = ["Share this article", "© 2025 Example Labs. All rights reserved."]


def test_a_long_listing_between_paragraphs_is_kept_with_its_fields() -> None:
    article = newsclean.clean("\n".join([*MENU, *HEADER, *BEFORE, *LISTING, *AFTER, *FOOTER]))
    assert list(article.paragraphs) == [*BEFORE, *LISTING, *AFTER]


def test_a_shell_session_between_steps_is_kept() -> None:
    steps = [
        "To install the extension, clone it into the extensions folder of your wiki and load it from the settings file.",
        "cd /var/www/html/wiki/extensions",
        "git clone https://example.org/r/mediawiki/extensions/Maps.git",
        "cd Maps",
        "composer install --no-dev",
        "php maintenance/update.php",
        "When the update script has finished, open the special version page to check that the extension is listed there.",
    ]
    article = newsclean.clean("\n".join([*MENU, "Installing the Maps extension", *steps, *FOOTER]))
    assert list(article.paragraphs) == steps


def test_code_lines_are_recognised_by_their_shape() -> None:
    code = ["type User {", "}", "});", "x = fetch(url)", "// the client's value", "const a = 1", "enableSemantics( 'example.org' );", "<div class=\"box\">", "$ npm install", "name: 'DateTime',"]
    prose = ["Home", "Sign in", "The minister said the plan would cost more than expected.", "Name: Laura", "Price (USD)", "# 1 in the charts"]
    assert [code_line(line) for line in split_lines("\n".join(code))] == [True] * len(code)
    assert [code_line(line) for line in split_lines("\n".join(prose))] == [False] * len(prose)


def test_a_menu_with_a_stray_code_line_is_no_listing() -> None:
    """Two code-shaped lines among a menu's items make no listing: the menu still goes."""
    menu = ["Home", "News", "window.dataLayer = window.dataLayer || [];", "Sport", "Business", "Culture", "Weather"]
    article = newsclean.clean("\n".join([*menu, *HEADER, *BEFORE[:2], *AFTER, *FOOTER]))
    assert list(article.paragraphs) == [*BEFORE[:2], *AFTER]


def test_list_items_ending_in_semicolons_are_no_code() -> None:
    items = [
        "domenica 22 giugno, visite guidate gratuite al teatro e al sottotetto;",
        "mercoledì 25 giugno, spettacolo delle scuole di danza del territorio;",
        "venerdì 27 giugno, concerto della banda cittadina in piazza;",
        "sabato 28 giugno, cena sociale nel chiostro del municipio.",
    ]
    assert not any(code_line(line) for line in split_lines("\n".join(items)))
    assert code_line(split_lines("SAVEPOINT s;")[0]) and code_line(split_lines("x.close();")[0])
    assert not code_line(split_lines("giovedì 26 giugno, il Teatro Comunale (ex Cinema Roma) apre le porte;")[0])
