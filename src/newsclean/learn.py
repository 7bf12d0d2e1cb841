"""Learn a site's chrome from a few of its pages, unsupervised: what recurs across pages is template.

    rules = newsclean.learn(pages, site="example.com")

1. Recurrence. Every line is folded (normalize.fold) and counted once per page (document frequency):
   a line on at least `min_support` pages (and on 5% of them) is a candidate. Lines with numbers
   that differ only in them and in month and day names share a template ("GMT 00:22:46 آخر تحديث"
   → "gmt # اخر تحديث"); a template seen in several spellings becomes one rule.
2. Position. On a bounded sample of the pages the single-page cleaner finds the main text; each
   candidate is marked as seen before, inside or after it, and takes the cleaner's specific label
   when it has one ("related", "share"...). Recurring lines are the page's skeleton: the lines
   between one candidate and the next form a slot. A slot the cleaner found to be chrome on the
   sample pages ("Most popular" and its list) becomes a "section" rule, bounded by the longest slot
   seen; the first recurring line after the main text, never seen above it, is a footer marker
   ("after" rule: it and everything below it are chrome). Consensus over pages corrects the cleaner
   on the page where it alone went wrong.
3. Labels. A line spelling the site's name (its domain, or the owner its copyright notice names)
   is "site-name"; a lexicon phrase gives its category; a short template with a month, a weekday or
   several numbers is a date stamp ("date"); otherwise the position does (before → navigation,
   after → footer), else "boilerplate".
4. Caution. A sentence the cleaner keeps in the main text and that the site prints on (nearly)
   every page — a disclaimer, a comment policy, an author's note — is not made a rule: whether it
   belongs to the text is a matter of policy. A rotating teaser (on some pages only) is.
5. Supervision (optional). `pairs=[(raw, expected_body), ...]`: the expected body tells where the
   main text is, and its lines are never made chrome.

Only recurring lines are kept, so a rules file never copies an article; long lines are cut to
`siterules.MAX_KEY` characters. Each distinct line is folded once (a long line only when it recurs
verbatim), counting is a few set operations per page, and the cleaner reads at most `SAMPLE` pages:
1,000 pages are learned in about half a second.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NewscleanError
from .lines import SENTENCE_END, Line
from .normalize import fold_lines
from .siterules import (
    FORMAT_VERSION,
    MAX_KEY,
    Rule,
    SiteRules,
    host_of,
    registered_domain,
    squash,
    templates,
)
from .types import Label

MIN_SUPPORT = 2  # a line on at least this many pages...
MIN_SHARE = 0.05  # ...and on at least this share of them (large sites mix templates of many years)
SAMPLE = 16  # pages the single-page cleaner reads to learn positions (bounded: learning stays fast)
SECTION_MAX_BODY = 0.1  # a slot is chrome when the cleaner kept at most this share of its words
PROSE_WORDS = 10  # a recurring line this long that the cleaner keeps in the main text...
STATIC_SHARE = 0.9  # ...and that is on (nearly) every page is left alone; a rotating teaser is not
MAX_RULES = 600
LONG_LINE = 80  # characters: a longer line is folded only if it recurs verbatim (see _fold_many)
UNIQUE = "\x00"  # the key of a long line seen on one page only
MAX_NAMES = 6
MAX_URL_PATTERNS = 10
NAVIGATION_WORDS = 4  # a short recurring line before the main text is navigation
DATE_WORDS = 8  # a short template with a month, a weekday or several numbers is a date stamp
_LETTERS = re.compile(r"[^\W\d_]")
_PLACEHOLDERS = re.compile(r"<month>|<day>")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights|tous droits|droits reserves|droits réservés|حقوق")
SPECIFIC = frozenset(
    {
        Label.RELATED, Label.COMMENTS, Label.SHARE, Label.NAVIGATION, Label.NEWSLETTER, Label.DONATION, Label.PAYWALL,
        Label.COOKIE, Label.FOOTER, Label.FORM, Label.ADVERTISEMENT, Label.SITE_NAME,
    }
)


@dataclass
class _Page:
    """One learning page: folded keys and templates of its lines, and (if known) its main text."""

    text: str
    keys: list[str]
    tkeys: list[str]
    url: str | None = None
    expected: frozenset[str] | None = None  # folded lines of the expected body (supervision)


@dataclass
class _Seen:
    """What the sample pages showed about one candidate line."""

    zones: Counter[str] = field(default_factory=Counter)
    labels: Counter[Label] = field(default_factory=Counter)
    kept: int = 0  # times the cleaner kept it as body
    pages: int = 0  # sample pages that show it
    repeated: int = 0  # sample pages that show it more than once
    slot_pages: int = 0  # pages where lines followed it before the next candidate
    slot_words: int = 0
    slot_body_words: int = 0
    slot_lines: int = 0  # the longest slot, in lines


def learn(
    pages: Iterable[str | os.PathLike[str]] = (),
    *,
    site: str | None = None,
    urls: Sequence[str | None] | None = None,
    pairs: Iterable[tuple[str, str]] | None = None,
    min_support: int = MIN_SUPPORT,
    sample: int = SAMPLE,
) -> SiteRules:
    """Learn `SiteRules` from two or more pages of one site.

    `pages`: page texts, or paths (a `Path`, or a `str` naming an existing file and without line
    breaks) read with encoding detection. `site`: the domain or name (default: the domain of `urls`).
    `urls`: one URL per page (optional), for the domain and the URL patterns. `pairs`: (raw page,
    expected body) examples; their bodies are never made chrome.
    """
    texts = [_read(item) for item in pages]
    page_urls = list(urls or [])
    if page_urls and len(page_urls) != len(texts):
        raise NewscleanError(f"learn(): {len(page_urls)} urls for {len(texts)} pages")
    pair_list = [(_read(raw), _read(expected)) for raw, expected in pairs or ()]
    if len(texts) + len(pair_list) < 2:
        raise NewscleanError("learn() needs at least two pages of the site (recurrence is the signal)")
    all_texts = [*texts, *(raw for raw, _ in pair_list)]
    all_urls = [*page_urls, *[None] * (len(all_texts) - len(page_urls))]
    records = _analyse(all_texts, all_urls, full=range(len(texts), len(all_texts)))
    expected_keys = _fold_many([expected for _, expected in pair_list])
    for record, keys in zip(records[len(texts) :], expected_keys):
        record.expected = frozenset(key for key in keys if key)
    return _learn(records, site=site, min_support=min_support, sample=sample)


def _read(item: str | os.PathLike[str]) -> str:
    if isinstance(item, os.PathLike) or (
        isinstance(item, str) and "\n" not in item and len(item) < 4096 and os.path.isfile(item)
    ):
        try:
            from .io import read_text
        except ImportError:  # pragma: no cover - io.py is another module's work
            return Path(item).read_text(encoding="utf-8", errors="replace")
        return read_text(item)
    if not isinstance(item, str):
        raise NewscleanError(f"learn(): a page is a str or a path, not {type(item).__name__}")
    return item


def _fold_many(texts: Sequence[str], *, full: Iterable[int] | None = None) -> list[list[str]]:
    """Folded keys of every line of every text; each distinct line is folded once, in one C-level pass.

    With `full` given, a long line (an article's paragraph) is folded only when its exact text is on
    two pages or more, or when its page is in `full` (the supervised pages); the others get the key
    `UNIQUE`: folding them is most of the work, and a paragraph of one page is never a rule.
    """
    lines = [[line.strip() for line in text.splitlines()] for text in texts]
    wanted: set[str] | None = None
    if full is not None:
        repeated: Counter[str] = Counter()
        for page in lines:
            repeated.update({line for line in page if len(line) > LONG_LINE})
        wanted = {line for line, count in repeated.items() if count > 1}
        for number in full:
            wanted.update(lines[number])
    distinct = sorted(
        {line for page in lines for line in page if line and (wanted is None or len(line) <= LONG_LINE or line in wanted)}
    )
    folded = fold_lines("\n".join(distinct)).split("\n")
    if len(folded) != len(distinct):  # folding never adds a line break; guard the invariant anyway
        folded = [fold_lines(line.replace("\n", " ")) for line in distinct]
    key_of = {line: key.strip()[:MAX_KEY] for line, key in zip(distinct, folded)}
    key_of[""] = ""
    return [[key_of.get(line, UNIQUE) for line in page] for page in lines]


def _analyse(texts: Sequence[str], urls: Sequence[str | None], *, full: Iterable[int] = ()) -> list[_Page]:
    all_keys = _fold_many(texts, full=full)
    distinct = sorted({key for keys in all_keys for key in keys if key and key is not UNIQUE})
    tkey_of = dict(zip(distinct, (t[:MAX_KEY] for t in templates(distinct))))
    tkey_of[""] = ""
    tkey_of[UNIQUE] = UNIQUE
    return [_Page(text, keys, [tkey_of[key] for key in keys], url) for text, keys, url in zip(texts, all_keys, urls)]


def _learn(records: list[_Page], *, site: str | None, min_support: int, sample: int) -> SiteRules:
    total = len(records)
    need = max(min_support, math.ceil(MIN_SHARE * total))
    exact_df: Counter[str] = Counter()
    template_df: Counter[str] = Counter()
    for record in records:
        exact_df.update(set(record.keys))
        template_df.update(set(record.tkeys))
    for blank in ("", UNIQUE):
        exact_df.pop(blank, None)
        template_df.pop(blank, None)
    protected = frozenset().union(*(r.expected for r in records if r.expected))
    protected_t = frozenset(templates(sorted(protected))) if protected else frozenset()

    # Candidates: recurring exact lines, and templates that several spellings share.
    variants: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for key, tkey in zip(record.keys, record.tkeys):
            if tkey != key and template_df[tkey] >= need:
                variants[tkey].add(key)
    template_rules = {
        tkey: template_df[tkey]
        for tkey, spellings in variants.items()
        if len(spellings) >= 2
        and template_df[tkey] > max(exact_df[key] for key in spellings)
        and tkey not in protected_t
    }
    exact_rules = {
        key: df
        for key, df in exact_df.items()
        if df >= need and key not in protected and not (template_rules and templates([key])[0] in template_rules)
    }

    # Positions, slots and footer markers from the main text of a sample of pages.
    seen: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
    footer_first: Counter[str] = Counter()
    footer_bad: set[str] = set()
    for record in _sample(records, sample) if exact_rules or template_rules else ():
        view = _main_text(record)
        if view is None:
            continue
        first, last, body = view
        lines = record.text.splitlines()
        # candidate → [occurrences, slot words, slot body words, lines of its last slot]
        on_page: dict[tuple[str, str], list[int]] = {}
        current: list[int] | None = None
        marker_found = False
        for index, (key, tkey) in enumerate(zip(record.keys, record.tkeys)):
            if not key:
                continue
            if key in exact_rules:
                candidate: tuple[str, str] | None = ("exact", key)
            elif tkey in template_rules:
                candidate = ("template", tkey)
            else:
                candidate = None
            if candidate is None:  # a line of the slot after the last candidate
                if current is not None:
                    words = len(lines[index].split())
                    current[1] += words
                    current[2] += words if body[index] else 0
                    current[3] += 1
                continue
            current = on_page.setdefault(candidate, [0, 0, 0, 0])
            current[0] += 1
            current[3] = 0
            info = seen[candidate]
            zone = "before" if index < first else "after" if index > last else "inside"
            info.zones[zone] += 1
            info.kept += body[index]
            if record.expected is None and body.labels[index] in SPECIFIC:
                info.labels[body.labels[index]] += 1
            if zone != "after":  # a footer marker is the first recurring line after the main text...
                footer_bad.add(tkey)  # ...and never occurs above it
            elif not marker_found:
                marker_found = True
                footer_first[tkey] += 1
        for candidate, (occurrences, words, body_words, slot_lines) in on_page.items():
            info = seen[candidate]
            info.pages += 1
            info.repeated += occurrences > 1
            if words:
                info.slot_pages += 1
                info.slot_words += words
                info.slot_body_words += body_words
                info.slot_lines = max(info.slot_lines, slot_lines)
    names = _names(records, site, exact_df, need)
    squashed_names = {squash(name) for name in names if len(squash(name)) >= 3}
    rules: list[Rule] = []
    sections: list[Rule] = []
    for kind, table in (("exact", exact_rules), ("template", template_rules)):
        for pattern, df in table.items():
            info = seen.get((kind, pattern)) or _Seen()
            observed = sum(info.zones.values())
            if (
                observed
                and info.kept * 2 >= observed
                and pattern.count(" ") + 1 >= PROSE_WORDS
                and df >= STATIC_SHARE * total
                and (pattern[-1] in SENTENCE_END or len(pattern) >= MAX_KEY)  # a sentence, not a headline
            ):
                continue  # the site's standard paragraph, kept in the text by the cleaner: a matter of policy
            place = _place(info.zones)
            label = _label(pattern, place, info.labels, squashed_names)
            rules.append(Rule(kind, pattern, label, (df, total), place))
            if (
                _distinctive(pattern)
                and info.slot_pages >= max(2, need)
                and info.repeated * 3 <= info.pages  # a heading shows once a page; a list item repeats
                and info.slot_body_words <= SECTION_MAX_BODY * info.slot_words
                and info.kept * 2 < max(observed, 1)
            ):
                key = pattern if kind == "template" else templates([pattern])[0]
                section_label = label if label not in (Label.SITE_NAME, Label.NAVIGATION) else Label.BOILERPLATE
                support = min(df, round(df * info.slot_pages / info.pages))  # the sample's share, scaled up
                extent = info.slot_lines + max(2, info.slot_lines // 2)  # a little longer than ever seen
                sections.append(Rule("section", key, section_label, (support, total), place, extent))
    for tkey, count in footer_first.items():
        if tkey in footer_bad or count < max(2, need) or not _distinctive(tkey):
            continue
        rules.append(Rule("after", tkey, Label.FOOTER, (max(template_df[tkey], exact_df[tkey]), total), "after"))
    return _finish(records, site, rules + _unique(sections), total, names)


def _distinctive(pattern: str) -> bool:
    """Words enough to mark a place on a page: not a bare number, date or symbol."""
    return len(_LETTERS.findall(_PLACEHOLDERS.sub("", pattern))) >= 4


def _unique(rules: list[Rule]) -> list[Rule]:
    """One rule per (kind, pattern): an exact line and its template may both have found a section."""
    chosen: dict[tuple[str, str], Rule] = {}
    for rule in rules:
        old = chosen.get((rule.kind, rule.pattern))
        if old is None or rule.support[0] > old.support[0]:
            chosen[(rule.kind, rule.pattern)] = rule
    return list(chosen.values())


def _sample(records: list[_Page], size: int) -> list[_Page]:
    """The supervised pages, then evenly spaced others, `size` in all (deterministic)."""
    supervised = [record for record in records if record.expected is not None]
    others = [record for record in records if record.expected is None]
    room = max(0, size - len(supervised))
    if len(others) > room:
        step = len(others) / room if room else 0
        others = [others[int(i * step)] for i in range(room)]
    return supervised + others


class _Body(list):
    """Per line: 1 if the line is in the main text's body, else 0; `labels` the cleaner's labels."""

    labels: list[Label]


def _main_text(record: _Page) -> tuple[int, int, _Body] | None:
    """(first, last) line of the page's main text, and which lines are body."""
    if record.expected is not None:
        body = _Body(1 if key and key in record.expected else 0 for key in record.keys)
        body.labels = []
        inside = [i for i, flag in enumerate(body) if flag]
        return (inside[0], inside[-1], body) if inside else None
    view = _cleaner_view(record.text, record.url)
    if view is None:
        return None
    first, last, labels = view
    body = _Body(1 if label is Label.BODY else 0 for label in labels)
    body.labels = labels
    return first, last, body


def _cleaner_view(text: str, url: str | None) -> tuple[int, int, list[Label]] | None:
    """What the single-page cleaner sees: first and last body line, and every line's label."""
    from .pipeline import run  # imported late: the pipeline imports the site pass

    article = run(text, url=url)
    body = [line.index for line in article.lines if line.label is Label.BODY]
    if not body:
        return None
    return body[0], body[-1], [line.label for line in article.lines]


def _place(zones: Counter[str]) -> str:
    """Where a line mostly is: "before", "inside" or "after" the main text (2/3 majority), else ""."""
    seen = sum(zones.values())
    if not seen:
        return ""
    zone, count = zones.most_common(1)[0]
    return zone if count * 3 >= seen * 2 else ""


def _label(pattern: str, place: str, cleaner: Counter[Label], names: set[str]) -> Label:
    squashed = squash(pattern, folded=True)
    if squashed and squashed in names:
        return Label.SITE_NAME
    from . import lexicon

    line = Line(0, pattern, pattern)
    hit = lexicon.match(line)
    if hit is not None and hit.category.label in SPECIFIC:
        return hit.category.label
    if cleaner:
        label, count = cleaner.most_common(1)[0]
        if count * 2 >= sum(cleaner.values()):
            return label
    if ("<month>" in pattern or "<day>" in pattern or pattern.count("#") >= 2) and line.words <= DATE_WORDS:
        return Label.DATE  # a date stamp: "Last updated 10:32 GMT, 4 June 2024", "GMT 00:22:46 آخر تحديث"
    if place == "before" and line.words <= NAVIGATION_WORDS:
        return Label.NAVIGATION
    if place == "after":
        return Label.FOOTER
    return Label.BOILERPLATE


def _names(records: list[_Page], site: str | None, exact_df: Counter[str], need: int) -> list[str]:
    """The domain and the site's name as the pages spell it ("BBC NEWS", "The New York Times")."""
    domain = site.lower() if site and "." in site and " " not in site.strip() else None
    if domain is None:
        domain = _common_domain([record.url for record in records if record.url])
    if domain:
        labels = domain.split(".")
        core = labels[-3] if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else labels[-2]
    else:
        core = site or ""
    core = squash(core)
    found = [domain] if domain else ([site] if site else [])
    recurring = [key for key, df in exact_df.items() if df >= need and len(key) <= 200]
    notices = [key for key in recurring if _COPYRIGHT.search(key)]
    spellings: Counter[str] = Counter()
    for key in recurring:
        if len(key) > 60:
            continue
        if (len(core) >= 2 and _spells(squash(key, folded=True), core)) or _named_in(key, notices):
            spellings[key] = exact_df[key]
    originals: dict[str, str] = {}
    wanted = set(spellings)
    for record in records:  # the name as the page writes it (case kept)
        if not wanted:
            break
        for line, key in zip(record.text.splitlines(), record.keys):
            if key in wanted:
                originals[key] = line.strip()
                wanted.discard(key)
    for key, _ in sorted(spellings.items(), key=lambda item: (-item[1], item[0])):
        name = originals.get(key, key)
        if name not in found and len(found) < MAX_NAMES:
            found.append(name)
    return found


def _named_in(key: str, notices: list[str]) -> bool:
    """Is a short recurring line the owner named in the site's copyright notice ("© 2024 Daily Harbor
    Media Ltd." names "Daily Harbor")? Chrome phrases ("All rights reserved") are not names."""
    if not notices or key.count(" ") > 4 or len(_LETTERS.findall(key)) < 3 or _COPYRIGHT.search(key):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    if not any(pattern.search(notice) for notice in notices if notice != key):
        return False
    from . import lexicon

    return lexicon.match(Line(0, key, key)) is None


def _spells(squashed: str, core: str) -> bool:
    """Does a short line spell the site's core name ("bbc" in "BBC NEWS", "nytimes" ~ "NY Times")?"""
    for article in ("the", "le", "la", "les", "al", "el", "il"):
        if squashed.startswith(article) and not core.startswith(article):
            squashed = squashed[len(article) :]
            break
    if not squashed or len(squashed) > 2 * len(core) + 6 or squashed[0] != core[0]:
        return False
    if squashed.startswith(core):
        return True
    letters = iter(squashed)
    return all(char in letters for char in core) and len(squashed) <= len(core) + 8


def _finish(records: list[_Page], site: str | None, rules: list[Rule], total: int, names: list[str]) -> SiteRules:
    order = {"before": 0, "inside": 1, "after": 2, "": 3}
    kinds = {"exact": 0, "template": 1, "regex": 2, "section": 3, "after": 4}
    if len(rules) > MAX_RULES:
        rules = sorted(rules, key=lambda rule: (-rule.support[0], kinds[rule.kind], rule.pattern))[:MAX_RULES]
    rules.sort(key=lambda rule: (kinds[rule.kind], order[rule.where], rule.pattern))
    urls = [record.url for record in records if record.url]
    name = site or _common_domain(urls) or (names[0] if names else None) or "unknown"
    return SiteRules(
        site=name,
        names=tuple(names),
        url_patterns=tuple(_url_patterns(urls)),
        rules=tuple(rules),
        pages=total,
        version=FORMAT_VERSION,
    )


def _common_domain(urls: list[str]) -> str | None:
    domains = Counter(registered_domain(url) for url in urls)
    domains.pop(None, None)
    return min(domains.items(), key=lambda item: (-item[1], item[0]))[0] if domains else None


def _url_patterns(urls: list[str]) -> list[str]:
    """"host/section/*" for sections seen twice or more, else "host/*"."""
    sections: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    for url in urls:
        host = host_of(url)
        if not host:
            continue
        hosts[host] += 1
        path = url.split(host, 1)[-1].split("?", 1)[0].split("#", 1)[0].strip("/")
        first = path.split("/", 1)[0]
        if first and "/" in path and not first.isdigit():
            sections[f"{host}/{first}/*"] += 1
    patterns = [p for p, n in sorted(sections.items(), key=lambda item: (-item[1], item[0])) if n >= 2]
    patterns = patterns[:MAX_URL_PATTERNS]
    covered = {p.split("/", 1)[0] for p in patterns}
    for host, _ in sorted(hosts.items(), key=lambda item: (-item[1], item[0])):
        if host not in covered and len(patterns) < MAX_URL_PATTERNS:
            patterns.append(f"{host}/*")
    return patterns
