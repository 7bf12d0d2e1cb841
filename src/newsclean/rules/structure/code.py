"""Code listings in the text (a tech blog's schema, a shell session, a config file): lines only code
writes, with the short lines between them, ride with the text instead of breaking it as fragments,
and the lexicons leave them alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ...lines import Line
from ...types import Label


CODE_MIN_MARKED = 3  # a code listing has at least this many lines that only code writes...
CODE_MARKED_SHARE = 0.25  # ...and they are at least a quarter of its lines (a schema: "type User {", six fields, "}")
CODE_LINE_WORDS = 8  # the other lines are short ("id: ID!", "else", "end")
CODE_MAX_WORDS = 25
CODE_ASCII_SHARE = 0.95
# What only code writes: a line ending in "{" or "(", closing brackets alone, a comment's mark,
# a shell prompt or command, an assignment, a call or an object's field filling the line, a keyword
# that opens a statement, a tag.
_CODE = regex.compile(
    r"""(?x)
    (?: [{(\[\\] | =>) \s*$
    | ^\s*[})\]]+[;,)]*\s*$
    | ^\s*(?: // | /\* | \*/ | \#\s[A-Za-z] | \$\s | >>>\s )
    | ^\s*[\w.$\[\]'"]+\s*(?:[-+*/|&]?=|:=)\s*\S
    | ^\s*[\w.$]+\(
    | ^\s*(?:git|cd|sudo|apt|apt-get|pip|pip3|npm|npx|yarn|composer|php|python|python3|node|docker|kubectl|curl|wget|make|mkdir|chmod|export|brew)\s\S
    | ^\s*[\w'"]+\s*:\s*\S.*,\s*$
    | ^\s*(?: import\s[\w.]+ | from\s[\w.]+\simport\b | def\s\w+\( | class\s\w+ | function\b | const\s\w | let\s\w
             | var\s\w | return\b | fn\s\w | pub\s | \#include | package\s\w | SELECT\s | INSERT\sINTO | CREATE\sTABLE )
    | ^\s*</?[a-zA-Z][\w-]*(?:\s[^>]*)?/?>\s*$
    """
)


def code_line(line: Line) -> bool:
    """A line only a program's source writes: "type User {", "}", "x = fetch(url)", "# comment"."""
    text = line.text
    if line.words > CODE_MAX_WORDS:
        return False
    if not text.isascii() and sum(char.isascii() for char in text) < CODE_ASCII_SHARE * len(text):
        return False
    if _CODE.search(text) is not None:
        return True
    # A statement's ";" after code's signs, or after a word or two ("SAVEPOINT s;"); the items of a
    # list end so in prose too ("domenica 22 giugno, visite guidate (gratuite);"): three words in a row are prose.
    return _STATEMENT.search(text) is not None and _PROSE_RUN.search(text) is None


_STATEMENT = regex.compile(r"[=(){}\[\]<>$].*;\s*$|^\s*\S+(?:\s\S+)?;\s*$")
_PROSE_RUN = regex.compile(r"\p{L}+(?: \p{L}+){2}")


def _code_listings(content: Sequence[Line]) -> frozenset[int]:
    """A listing of code in the text (a tech blog's schema, a shell session): lines that only code
    writes, the short lines between them riding along. They cost nothing, so the text goes on past
    a long listing (its fragments would end the main text); the lexicons leave them alone
    ("email: String!" is a field, not a share button)."""
    found: list[int] = []
    run: list[tuple[Line, bool]] = []  # the listing's lines so far, each with whether only code writes it
    for line in [*content, None]:
        coded = line is not None and code_line(line)
        if line is not None and (coded or run and line.words <= CODE_LINE_WORDS and line.text.isascii()):
            run.append((line, coded))
            continue
        while run and not run[-1][1]:  # short lines after the listing are not its own
            run.pop()
        marked = sum(coded for _, coded in run)
        if marked >= CODE_MIN_MARKED and marked >= CODE_MARKED_SHARE * len(run):
            for member, _ in run:
                member.cls, member.score = "item", 0.0
                member.decide(Label.BODY, "structure.code-listing", "a line of a code listing in the text")
                found.append(member.index)
        run = []
    return frozenset(found)
