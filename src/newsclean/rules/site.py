"""Apply a site's learned rules (see siterules.py and learn.py): what the site shows on many of its
pages — menus, footers, "read also" headings, date stamps — is chrome on this page too.

A matching line gets the rule's label with a rule name "site.<kind>" (so `--explain` says a site rule
removed it, and on how many pages it was seen) and a negative score, so that the main-text search
(rules/region.py) routes around it. A section heading makes the lines under it chrome; a footer
marker ("after" rule) ends the article: it becomes a terminator and every line below it is chrome.

Safety, because a rule learned elsewhere must not cost this page its text:
- a line that reads like prose here (`cls == "good"`) is removed only by a rule seen on most
  learning pages (`Rule.strong`);
- a teaser learned after the main text does not fire above this page's text (it is this page's own
  headline), nor on a sentence between two prose lines no rule knows (this page's own lead), nor on
  the first of two copies with such prose between them (the page's own list quotes it again below);
- sections are bounded (`Rule.extent`, one heading per page) and zones may not hold most of the
  prose that no rule knows;
- the rules may trim the main text, never move it: if the main text found with them loses much of
  the prose of the one found without them, the page is not like the learning pages and no rule is
  applied to it.
"""

from __future__ import annotations

import copy
import dataclasses
import warnings
from collections import Counter
from typing import Any

from ..lines import Line
from ..page import Page
from ..siterules import Rule, RuleSet, SiteRules, templates
from . import headers, hints, region
from . import lexicon as lexicon_pass

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
        # the words of prose no rule knows, line by line (the lines a rule matches are chrome anyway)
        unknown = [line.words if line.cls in ("good", "near") and rule is None else 0 for line, rule in zip(content, own)]
        terminator = _zones(content, tkeys, own, matcher, zone, unknown)
        zoned = sum(words for words, z in zip(unknown, zone) if z is not None)
        prose = sum(unknown)
        if zoned > MAX_ZONE_PROSE * prose:  # this page is not laid out like the learning pages
            zone, terminator = [None] * len(content), None
    known = [rule is not None or z is not None for rule, z in zip(own, zone)]
    quoted = _quoted_below(content, own, known)
    first_prose = next((position for position, line in enumerate(content) if line.cls == "good"), len(content))
    proposals: list[tuple[int, Rule, str, str]] = []
    for position, (line, rule, in_zone) in enumerate(zip(content, own, zone)):
        if rule is not None:
            if rule.where == "after" and position < first_prose and line.words >= SANDWICH_WORDS:
                continue  # another page's teaser, above this page's text: this page's own headline
            if position in quoted:
                continue  # a list below the text quotes this line again: here it is this page's own
            if _safe(line, rule) and not _inside_own_text(content, known, position, rule):
                proposals.append((position, rule, f"site.{rule.kind}", rule.describe()))
        elif in_zone is not None and _safe(line, in_zone[0]):
            proposals.append((position, in_zone[0], f"site.{in_zone[0].kind}", in_zone[1]))
    if not proposals:
        return
    # The rules may trim the main text, not move it: run the next passes (lexicon, main text) on two
    # copies of the page, without and with the rules, and compare what is left as body.
    without = _body_after_region(page, (), None)
    with_rules = _body_after_region(page, proposals, terminator)
    removed = {content[position].index for position, *_ in proposals}
    prose = sum(line.words for line in content if line.index in without and line.index not in removed)
    lost = sum(line.words for line in content if line.index in without - with_rules - removed)
    if prose and lost > MAX_MOVED_PROSE * prose:
        return  # this page is not laid out like the learning pages
    for position, rule, name, detail in proposals:
        line = content[position]
        line.decide(rule.label, name, detail)
        _score(line, rule)
    if terminator is not None:
        page.terminators.append(terminator)


def _quoted_below(content: list[Line], own: list[Rule | None], known: list[bool]) -> set[int]:
    """Lines a teaser rule ("after") matches twice on this page with prose no rule knows in between:
    the first copy. A site's list of recent articles quotes each article's headline and first
    sentence; on the learning pages those were teasers after the text, on the quoted article's own
    page the copy above its text is the text."""
    first: dict[str, tuple[int, int]] = {}  # key -> (position, prose lines seen before it)
    prose = 0
    quoted: set[int] = set()
    for position, (line, rule) in enumerate(zip(content, own)):
        if rule is not None and rule.where == "after" and line.words >= SANDWICH_WORDS:
            where, before = first.setdefault(line.key, (position, prose))
            if before < prose:
                quoted.add(where)
        elif not known[position] and line.cls == "good":
            prose += 1
    return quoted


def _body_after_region(page: Page, proposals: Any, terminator: int | None) -> set[int]:
    """Indices of the lines still body after the passes that follow this one, on a copy of the page
    with the proposed decisions applied."""
    lines = []
    for line in page.lines:
        twin = copy.copy(line)
        twin.decisions = list(line.decisions)
        lines.append(twin)
    state = {field.name: getattr(page, field.name) for field in dataclasses.fields(page)}
    copies = {name: list(value) for name, value in state.items() if isinstance(value, list)}  # own lists
    twin_page = dataclasses.replace(page, **{**copies, "lines": lines})
    content = twin_page.content
    for position, rule, name, detail in proposals:
        content[position].decide(rule.label, name, detail)
        _score(content[position], rule)
    if terminator is not None:
        twin_page.terminators.append(terminator)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for step in _next_passes():
            step(twin_page)
    return {line.index for line in content if not line.removed}


def _next_passes() -> list[Any]:
    """The passes the pipeline runs after this one, up to the main-text search: the pipeline's own list
    (`pipeline.AFTER_SITE`) when it has one, else its order as written today."""
    from .. import pipeline  # imported late: the pipeline imports this module

    steps = getattr(pipeline, "AFTER_SITE", None)
    return list(steps) if steps is not None else [_hints, lexicon_pass.apply, headers.apply, region.apply]


def _hints(page: Page) -> None:
    if page.hints:
        hints.apply(page)


def _score(line: Line, rule: Rule) -> None:
    line.score = min(line.score, -(INSIDE_COST if rule.where == "inside" else EDGE_COST))


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


def _zones(
    content: list[Line],
    tkeys: list[Any],
    own: list[Rule | None],
    matcher: Any,
    zone: list[tuple[Rule, str] | None],
    prose: list[int],
) -> int | None:
    """Mark the lines of learned sections (up to the next known line) and of the footer zone;
    return the index of the footer marker line, if any. `prose`: each line's words of prose that no
    rule knows."""
    marker = None
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
        limit = position + 1 + rule.extent if rule.extent else len(content)
        while end < len(content) and not known[end]:
            end += 1
        if end > limit:  # longer than on any learning page: this page holds something else here
            continue
        if end == position + 1 or sum(prose[position + 1 : end]) > MAX_ZONE_PROSE * total:
            continue
        detail = f"under line {content[position].index + 1}: {rule.describe()}"
        for inside in range(position + 1, end):
            if zone[inside] is None:
                zone[inside] = (rule, detail)
    return marker
