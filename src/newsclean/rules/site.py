"""Apply a site's learned rules (see siterules.py and learn.py): what the site shows on many of its
pages — menus, footers, "read also" headings, date stamps — is chrome on this page too.

A matching line gets the rule's label with a rule name "site.<kind>" (so `--explain` says a site rule
removed it, and on how many pages it was seen) and a negative score, so that the main-text search
(rules/region.py) routes around it. A footer marker ("after" rule) ends the article: it becomes a
terminator and every line after it is chrome.

Safety: a line that reads like prose on this page (`cls == "good"`) is removed only by a rule seen
on most learning pages (`Rule.strong`): a sentence that happens to equal a menu item of two other
pages is body here.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import lexicon
from ..lines import Line
from ..page import Page
from ..siterules import Rule, RuleSet, SiteRules, templates
from . import region

EDGE_COST = 5.0  # a line the learning pages showed before or after the main text: like a menu line
INSIDE_COST = 1.0  # one they showed inside it ("Advertisement", "Continue reading"): step over it
MIN_WORDS_BEFORE_FOOTER = 20  # a footer marker counts only after some prose (not in a header menu)
MAX_ZONE_PROSE = 0.5  # a section or footer zone may not hold more than this share of the page's prose
MAX_MOVED_PROSE = 0.2  # the rules may trim the main text: if it would lose more of its other prose, they moved it
SANDWICH_WORDS = 4  # a line this long between unknown prose lines is the page's own text


def apply(page: Page, rules: Any) -> None:
    """Label the lines that the site's rules recognise (first pass after the structure classes)."""
    if isinstance(rules, RuleSet):
        rules = rules.pick(page.url, "\n".join(line.text for line in page.lines))
    if not isinstance(rules, SiteRules) or not rules.rules:
        return
    matcher = rules.matcher
    content = page.content
    tkeys: list[Any] = templates([line.key for line in content]) if matcher.needs_template else [None] * len(content)
    own = [matcher.match(line.key, tkey) for line, tkey in zip(content, tkeys)]
    zone: list[tuple[Rule, str] | None] = [None] * len(content)
    terminator = None
    if matcher.section or matcher.after:
        terminator = _zones(content, tkeys, own, matcher, zone)
        prose = sum(line.words for line in content if line.cls in ("good", "near"))
        zoned = sum(line.words for line, z in zip(content, zone) if z is not None and line.cls in ("good", "near"))
        if zoned > MAX_ZONE_PROSE * prose:  # this page is not laid out like the learning pages
            zone, terminator = [None] * len(content), None
    known = [rule is not None or z is not None for rule, z in zip(own, zone)]
    proposals: list[tuple[int, Rule, str, str]] = []
    for position, (line, rule, in_zone) in enumerate(zip(content, own, zone)):
        if rule is not None:
            if _safe(line, rule) and not _inside_own_text(content, known, position, rule):
                proposals.append((position, rule, f"site.{rule.kind}", rule.describe()))
        elif in_zone is not None and _safe(line, in_zone[0]):
            proposals.append((position, in_zone[0], f"site.{in_zone[0].kind}", in_zone[1]))
    if not proposals:
        return
    # The rules may trim the main text, not move it: compare the main text found without and with them,
    # with the lexicon's costs and terminators (the next pass) taken into account.
    saved = [line.score for line in content]
    barriers = _lexicon_preview(page, content)
    before = _main_text(content, barriers)
    for position, rule, _, _ in proposals:
        _score(content[position], rule)
    after = _main_text(content, barriers | ({terminator} if terminator is not None else set()))
    moved = before is not None and _moves_main_text(content, saved, before, after, proposals)
    for line, score in zip(content, saved):
        line.score = score
    if moved:
        return
    for position, rule, name, detail in proposals:
        line = content[position]
        line.decide(rule.label, name, detail)
        _score(line, rule)
    if terminator is not None:
        page.terminators.append(terminator)


def _score(line: Line, rule: Rule) -> None:
    line.score = min(line.score, -(INSIDE_COST if rule.where == "inside" else EDGE_COST))


def _main_text(content: list[Line], barriers: set[int]) -> tuple[float, int, int] | None:
    """The main text as the region pass will choose it (its own function, so the two never differ)."""
    choose = getattr(region, "main_segment", region.best_segment)
    return choose(content, barriers)


def _lexicon_preview(page: Page, content: list[Line]) -> set[int]:
    """Lower the scores of lexicon lines as the lexicon pass will; return the terminators it will set."""
    terminators = set(page.terminators)
    for line in content:
        hit = lexicon.match(line)
        if hit is not None:
            line.score = min(line.score, -3.0)
            if hit.category.ends_body and page.key_counts[line.key] <= 2:
                terminators.add(line.index)
    return terminators


def _safe(line: Line, rule: Rule) -> bool:
    """A line that reads like prose here is removed only by a rule seen on most learning pages."""
    return line.cls != "good" or rule.strong


def _inside_own_text(content: list[Line], known: list[bool], position: int, rule: Rule) -> bool:
    """A sentence-long line between two prose lines the rules do not know is this page's own text
    (another page's teaser of this very article), unless the rule expects it inside the text."""
    if rule.where == "inside" or content[position].words < SANDWICH_WORDS:
        return False
    return _prose_neighbour(content, known, position, -1) and _prose_neighbour(content, known, position, 1)


def _prose_neighbour(content: list[Line], known: list[bool], position: int, step: int) -> bool:
    other = position + step
    return 0 <= other < len(content) and not known[other] and content[other].cls in ("good", "near")


def _moves_main_text(
    content: list[Line], scores: list[float], before: tuple[float, int, int],
    after: tuple[float, int, int] | None, proposals: list[tuple[int, Rule, str, str]],
) -> bool:
    """Would most of the prose of the main text found without the rules fall outside the one found
    with them, other than the lines the rules themselves remove?"""
    _, first, last = before
    removed = {position for position, *_ in proposals}
    prose = lost = 0
    for position in range(first, last + 1):
        line = content[position]
        if scores[position] <= 0 or position in removed:
            continue
        prose += line.words
        if after is None or not after[1] <= position <= after[2]:
            lost += line.words
    return prose > 0 and lost > MAX_MOVED_PROSE * prose


def _zones(
    content: list[Line], tkeys: list[Any], own: list[Rule | None], matcher: Any, zone: list[tuple[Rule, str] | None]
) -> int | None:
    """Mark the lines of learned sections (up to the next known line) and of the footer zone;
    return the index of the footer marker line, if any."""
    marker = None
    prose = [line.words if line.cls in ("good", "near") else 0 for line in content]
    total = sum(prose)
    known = [rule is not None or tkey in matcher.section or tkey in matcher.after for rule, tkey in zip(own, tkeys)]
    # The footer: from the first marker that follows some prose, unless most of the prose is below it.
    seen = 0
    for position, tkey in enumerate(tkeys):
        rule = matcher.after.get(tkey) if tkey is not None and seen >= MIN_WORDS_BEFORE_FOOTER else None
        if rule is not None and total - seen <= MAX_ZONE_PROSE * total:
            detail = f"after line {content[position].index + 1}: {rule.describe()}"
            for later in range(position, len(content)):
                zone[later] = (rule, detail)
            marker = content[position].index
            break
        seen += prose[position]
    # Sections: the lines after a section heading, up to the next line a rule knows. A heading shows
    # once; a line the page repeats is an item of a list (a product card), not a section heading.
    headings = Counter(tkey for tkey in tkeys if tkey in matcher.section)
    for position, tkey in enumerate(tkeys):
        rule = matcher.section.get(tkey) if tkey is not None else None
        if rule is None or headings[tkey] > 1:
            continue
        end = position + 1
        while end < len(content) and not known[end]:
            end += 1
        if end == position + 1 or sum(prose[position + 1 : end]) > MAX_ZONE_PROSE * total:
            continue
        detail = f"under line {content[position].index + 1}: {rule.describe()}"
        for inside in range(position + 1, end):
            if zone[inside] is None:
                zone[inside] = (rule, detail)
    return marker
