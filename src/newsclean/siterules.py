"""Learned site rules: the record (`SiteRules`), its file format, and fast matching.

Heuristics cannot know what is peculiar to one site: its menus, its footer, its "read also" heading,
its date stamps. What a site shows on many of its pages is chrome, so `newsclean.learn` collects
those lines into a `SiteRules` value, and the site pass (rules/site.py) labels them on new pages.

A rules file is meant to be read, reviewed and diffed by people: TOML (written here by hand, one
rule per line, read with tomllib) or JSON, chosen by the file extension. Every value is checked on
load and an invalid file raises `NewscleanError` naming the file and the rule's line.

Matching is O(1) per line: exact keys and templates are dict look-ups, regexes run as one compiled
alternation (with the `regex` module's `timeout=`, so a pathological user pattern cannot hang a
batch). A `RuleSet` holds the rules of many sites and picks one by a dict look-up on the domain.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

from .errors import NewscleanError
from .normalize import fold_lines
from .types import Label

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FORMAT_VERSION = 1
KINDS = ("exact", "template", "regex", "section", "after")
WHERE = ("", "before", "inside", "after")  # where the learning pages showed the line, around the main text
MAX_KEY = 160  # keys are compared on their first MAX_KEY characters: long lines stay short in the file
REGEX_TIMEOUT = 0.05  # seconds per line for user-written regexes...
MAX_STRIKES = 3  # ...and a pattern that times out this often is disabled
STRONG_SHARE = 0.5  # a rule seen on at least this share of pages...
STRONG_PAGES = 3  # ...and on at least this many may remove even a line that reads like prose
_NOT_CHROME = (Label.BODY, Label.BLANK)

# ---------------------------------------------------------------------------------------------------
# Templates: one key for the many instances of a line that differs only by its numbers and dates.

_MONTHS = (
    # English, French, Spanish, Italian, Portuguese, German (full and short forms), folded
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre decembre décembre "
    "janv févr fevr avr juil déc "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "janeiro fevereiro março abril maio junho julho setembro outubro novembro dezembro "
    "januar februar märz juni juli oktober dezember "
    # Arabic: Egyptian/Gulf and Levantine month names, folded (أ/إ/آ → ا, ة → ه, ى → ي)
    "يناير فبراير مارس ابريل مايو يونيو يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر "
    "كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين"
).split()
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "الاثنين الاتنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد"
).split()
_HIJRI = "محرم صفر ربيع جمادي جماد رجب شعبان رمضان شوال القعده الحجه".split()


def _words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Stdlib `re` here, not `regex`: these run over the lines of every learning page, and `re` is twice
# as fast on them. Only lines with a digit are templated (a date stamp has numbers), which spares the
# month-name search on most lines; three plain substitutions, no Python callback per match.
_MONTH = re.compile(rf"\b(?:{_words(_MONTHS + _HIJRI)})\b\.?")
_DAY = re.compile(rf"\b(?:{_words(_DAYS)})\b\.?")
_NUMBER = re.compile(r"\d+(?:[.,:/h-]\d+)*(?:st|nd|rd|th|er|e|ème|eme)?(?!\w)")  # "14h05": a French time
_DIGIT = re.compile(r"\d")


def template(key: str) -> str:
    """A folded key with numbers, and the month and weekday names of a line with numbers, replaced:
    one key for the many instances of a template.

    >>> template("gmt 00:22:46 اخر تحديث")
    'gmt # اخر تحديث'
    >>> template("posted on tuesday, april 7th, 2017")
    'posted on <day>, <month> #, #'
    """
    return templates([key])[0]


def page_keys(text: str) -> list[str]:
    """The folded key of every line of `text`, as `lines.split_lines` computes them (blank lines → "")."""
    raw = text.splitlines()
    keys = fold_lines("\n".join(raw)).split("\n")
    if len(keys) != len(raw):
        keys = [fold_lines(line.replace("\n", " ")) for line in raw]
    return [key.strip() for key in keys]


def templates(keys: Sequence[str]) -> list[str]:
    """`template` of many keys (keys never contain a line break), in three regex passes."""
    out = list(keys)
    dated = [number for number, key in enumerate(keys) if _DIGIT.search(key)]
    if dated:
        text = _NUMBER.sub("#", "\n".join(keys[number] for number in dated))
        text = _DAY.sub("<day>", _MONTH.sub("<month>", text))
        for number, key in zip(dated, text.split("\n")):
            out[number] = key
    return out


_ALNUM = re.compile(r"[^\W_]+")


def squash(text: str, *, folded: bool = False) -> str:
    """Letters and digits only, folded: "BBC  News" and "bbc-news" both read "bbcnews"."""
    return "".join(_ALNUM.findall(text if folded else fold_lines(text).strip()))


# ---------------------------------------------------------------------------------------------------
# Domains


_SECOND_LEVEL = frozenset("co com org net ac gov edu ne or go gob nic mil ltd plc sch".split())


def host_of(url: str) -> str | None:
    """The host of a URL (or of a bare "example.com/path"), lower case, without "www."."""
    url = url.strip()
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def registered_domain(url_or_host: str) -> str | None:
    """A cheap registered domain ("news.bbc.co.uk" → "bbc.co.uk"): two labels, three under a known
    second level of a country code ("co.uk", "com.au"). Good enough to group pages by site."""
    host = host_of(url_or_host)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _suffixes(host: str) -> Iterable[str]:
    """"a.b.example.com" → itself, "b.example.com", "example.com", "com" (most specific first)."""
    labels = host.split(".")
    for start in range(len(labels)):
        yield ".".join(labels[start:])


# ---------------------------------------------------------------------------------------------------
# The record


@dataclass(frozen=True)
class Rule:
    """One learned (or hand-written) rule.

    kind      "exact": the folded line; "template": the folded line with numbers, month and day names
              as placeholders (see `template`); "regex": a `regex` pattern matched at the start of
              the folded line; "section": the lines after this one (compared as a template), up to
              the next line a rule knows, are chrome (a "Most popular" heading and its list);
              "after": this line (as a template) starts a zone that runs to the end of the page (a
              footer): it and every line after it are chrome.
    label     what a matching line is (navigation, footer, related, site-name, boilerplate, form...).
    support   (pages that had it, pages learned from).
    where     where the learning pages showed it: "before", "inside" or "after" the main text ("" unknown).
    extent    for a section: how many lines it may cover at most (0: up to the next known line).
    """

    kind: str
    pattern: str
    label: Label
    support: tuple[int, int]
    where: str = ""
    extent: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise NewscleanError(f"unknown rule kind {self.kind!r} (expected one of: {', '.join(KINDS)})")
        if not isinstance(self.label, Label) or self.label in _NOT_CHROME:
            raise NewscleanError(f"a rule's label is a chrome Label, not {self.label!r}")

    @property
    def strong(self) -> bool:
        """Seen on most pages: strong enough to remove a line that reads like prose."""
        seen, total = self.support
        return seen >= STRONG_PAGES and seen >= STRONG_SHARE * total

    def describe(self) -> str:
        seen, total = self.support
        return f"{self.pattern[:60]!r} on {seen}/{total} pages"


@dataclass(frozen=True)
class SiteRules:
    """What newsclean learned about one site: its names, URL patterns and chrome rules."""

    site: str
    names: tuple[str, ...] = ()
    url_patterns: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    pages: int = 0
    version: int = FORMAT_VERSION

    # -- matching -----------------------------------------------------------------------------------

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    # -- files --------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "site": self.site,
            "names": list(self.names),
            "url_patterns": list(self.url_patterns),
            "pages": self.pages,
            "rules": [
                {
                    "kind": rule.kind,
                    "label": rule.label.value,
                    "support": list(rule.support),
                    **({"where": rule.where} if rule.where else {}),
                    **({"extent": rule.extent} if rule.extent else {}),
                    "pattern": rule.pattern,
                }
                for rule in self.rules
            ],
        }

    def to_toml(self) -> str:
        return _to_toml(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the rules to `path`: JSON when it ends in ".json", else TOML. Atomic (temp + rename)."""
        path = Path(path)
        text = self.to_json() if path.suffix.lower() == ".json" else self.to_toml()
        write_atomic(path, text)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SiteRules:
        """Read a rules file (TOML or JSON by extension); `NewscleanError` names what is wrong."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise NewscleanError(f"{path}: cannot read rules file: {exc}") from exc
        return cls.loads(text, name=str(path), json_format=path.suffix.lower() == ".json")

    @classmethod
    def loads(cls, text: str, *, name: str = "<rules>", json_format: bool = False) -> SiteRules:
        """Parse the text of a rules file (TOML unless `json_format`)."""
        try:
            data = json.loads(text) if json_format else tomllib.loads(text)
        except json.JSONDecodeError as exc:
            raise NewscleanError(f"{name}: line {exc.lineno}: invalid JSON: {exc.msg}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise NewscleanError(f"{name}: invalid TOML: {exc}") from exc
        return from_dict(data, name=name, text=text)


def from_dict(data: Any, *, name: str = "<rules>", text: str = "") -> SiteRules:
    """Validate parsed file data into a `SiteRules`; errors name the file, the rule and its line."""
    if not isinstance(data, dict):
        raise NewscleanError(f"{name}: a rules file is a table of keys (version, site, rules, ...)")
    known = {"version", "site", "names", "url_patterns", "pages", "rules"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise NewscleanError(f"{name}: unknown key {unknown[0]!r} (expected: {', '.join(sorted(known))})")
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise NewscleanError(
            f"{name}: unsupported version {version!r}; this newsclean reads version {FORMAT_VERSION}"
        )
    site = data.get("site")
    if not isinstance(site, str) or not site.strip():
        raise NewscleanError(f"{name}: 'site' must be a non-empty string")
    names = _string_list(data.get("names", []), "names", name)
    url_patterns = _string_list(data.get("url_patterns", []), "url_patterns", name)
    pages = data.get("pages", 0)
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 0:
        raise NewscleanError(f"{name}: 'pages' must be a whole number ≥ 0")
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise NewscleanError(f"{name}: 'rules' must be a list of rules")
    lines = _rule_lines(text)
    rules = [_rule(raw, number, lines, name) for number, raw in enumerate(raw_rules, 1)]
    return SiteRules(
        site=site,
        names=tuple(names),
        url_patterns=tuple(url_patterns),
        rules=tuple(rules),
        pages=pages,
        version=version,
    )


def _string_list(value: Any, key: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise NewscleanError(f"{name}: {key!r} must be a list of strings")
    return list(value)


_KIND_KEY = regex.compile(r'(?<![\w"\'])kind\s*=|"kind"\s*:')


def _rule_lines(text: str) -> list[int]:
    """Line numbers (1-based) of the rules in the file's text, in order: where each `kind` key is."""
    numbers = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.lstrip().startswith("#"):
            numbers += [number] * len(_KIND_KEY.findall(line))
    return numbers


def _rule(raw: Any, number: int, lines: list[int], name: str) -> Rule:
    where_in_file = f"line {lines[number - 1]}, " if number <= len(lines) else ""
    place = f"{name}: {where_in_file}rule {number}"
    if not isinstance(raw, dict):
        raise NewscleanError(f"{place}: a rule is a table with kind, pattern, label and support")
    unknown = sorted(set(raw) - {"kind", "pattern", "label", "support", "where", "extent"})
    if unknown:
        raise NewscleanError(f"{place}: unknown key {unknown[0]!r}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise NewscleanError(f"{place}: unknown kind {kind!r} (expected one of: {', '.join(KINDS)})")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise NewscleanError(f"{place}: 'pattern' must be a non-empty string")
    if kind == "regex":
        try:
            regex.compile(pattern)
        except (regex.error, ValueError, OverflowError) as exc:
            raise NewscleanError(f"{place}: invalid regex {pattern!r}: {exc}") from exc
    label_name = raw.get("label", "boilerplate")
    try:
        label = Label(label_name)
    except ValueError:
        label = None
    if label is None or label in _NOT_CHROME:
        choices = ", ".join(item.value for item in Label if item not in _NOT_CHROME)
        raise NewscleanError(f"{place}: unknown label {label_name!r} (expected one of: {choices})")
    support = raw.get("support", [1, 1])
    if (
        not isinstance(support, list)
        or len(support) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in support)
        or not 0 <= support[0] <= support[1]
    ):
        raise NewscleanError(f"{place}: 'support' must be [pages that had it, pages learned from]")
    where = raw.get("where", "")
    if where not in WHERE:
        raise NewscleanError(f"{place}: 'where' must be one of: before, inside, after")
    extent = raw.get("extent", 0)
    if not isinstance(extent, int) or isinstance(extent, bool) or extent < 0:
        raise NewscleanError(f"{place}: 'extent' must be a whole number of lines ≥ 0")
    return Rule(kind=kind, pattern=pattern, label=label, support=(support[0], support[1]), where=where, extent=extent)


# ---------------------------------------------------------------------------------------------------
# TOML, written by hand: one rule per line, so a re-learned file diffs line by line.


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # not allowed raw in a TOML comment


def _toml_string(value: str) -> str:
    """A TOML string: a literal '...' when it needs no escape (regexes stay readable), else "..."."""
    if "'" not in value and not regex.search(r"[\x00-\x1f\x7f]", value):
        return f"'{value}'"
    out = []
    for char in value:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char in "\b\t\n\f\r":
            out.append({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _toml_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_string(value) for value in values) + "]"


def _to_toml(rules: SiteRules) -> str:
    out = [
        f"# newsclean site rules for {_CONTROL.sub('?', rules.site)}, learned from {rules.pages} pages.",
        "# kind: exact (folded line) | template (numbers → #, <month>, <day>) | regex (matched at the start",
        "#       of the folded line) | section (the lines after this one, up to the next known line)",
        "#       | after (this line and every line after it).",
        "# support: [pages that had it, pages learned from]; where: before / inside / after the main text;",
        "# extent: the most lines a section covers.",
        f"version = {rules.version}",
        f"site = {_toml_string(rules.site)}",
        f"names = {_toml_list(rules.names)}",
        f"url_patterns = {_toml_list(rules.url_patterns)}",
        f"pages = {rules.pages}",
        "rules = [",
    ]
    for rule in rules.rules:
        fields = [
            f"kind = {_toml_string(rule.kind)}",
            f"label = {_toml_string(rule.label.value)}",
            f"support = [{rule.support[0]}, {rule.support[1]}]",
        ]
        if rule.where:
            fields.append(f"where = {_toml_string(rule.where)}")
        if rule.extent:
            fields.append(f"extent = {rule.extent}")
        fields.append(f"pattern = {_toml_string(rule.pattern)}")
        out.append("  { " + ", ".join(fields) + " },")
    out.append("]")
    return "\n".join(out) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same directory and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------------------------------------
# Matching


class Matcher:
    """The rules of one site compiled for look-up: dicts of keys, one alternation of regexes."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.exact: dict[str, Rule] = {}
        self.template: dict[str, Rule] = {}
        self.after: dict[str, Rule] = {}
        self.section: dict[str, Rule] = {}
        regex_rules: list[Rule] = []
        for rule in rules:
            if rule.kind == "exact":
                self.exact.setdefault(rule.pattern[:MAX_KEY], rule)
            elif rule.kind == "template":
                self.template.setdefault(rule.pattern[:MAX_KEY], rule)
            elif rule.kind == "after":
                self.after.setdefault(rule.pattern[:MAX_KEY], rule)
            elif rule.kind == "section":
                self.section.setdefault(rule.pattern[:MAX_KEY], rule)
            else:
                regex_rules.append(rule)
        self.needs_template = bool(self.template or self.after or self.section)
        self.regex_rules = [(regex.compile(rule.pattern), rule) for rule in regex_rules]
        self.strikes: Counter[str] = Counter()  # timeouts per pattern
        self._combine()

    def _combine(self) -> None:
        """One alternation of every live regex, so a line is scanned once (none when one cannot join)."""
        self.alternation: regex.Pattern[str] | None = None
        if len(self.regex_rules) > 1:
            try:
                self.alternation = regex.compile("|".join(f"(?:{rule.pattern})" for _, rule in self.regex_rules))
            except (regex.error, ValueError):  # e.g. inline flags in the middle: match one by one
                self.alternation = None

    def match(self, key: str, tkey: str | None = None) -> Rule | None:
        """The rule for a folded line `key` (`tkey`: its template, when the caller has it)."""
        rule = self.exact.get(key[:MAX_KEY])
        if rule is not None:
            return rule
        if self.template:
            rule = self.template.get((template(key) if tkey is None else tkey)[:MAX_KEY])
            if rule is not None:
                return rule
        if self.regex_rules:
            return self.match_regex(key)
        return None

    def match_regex(self, key: str) -> Rule | None:
        """The first regex rule matching at the start of `key`. Each match runs with a timeout; a
        pattern that times out MAX_STRIKES times is dropped (with a warning), so a pathological
        hand-written pattern costs a batch at most a fraction of a second."""
        if self.alternation is not None:
            try:
                if self.alternation.match(key, timeout=REGEX_TIMEOUT) is None:
                    return None
            except TimeoutError:
                pass  # find the culprit below, pattern by pattern
        found = None
        for compiled, rule in list(self.regex_rules):
            try:
                if compiled.match(key, timeout=REGEX_TIMEOUT) is not None:
                    found = rule
                    break
            except TimeoutError:
                self._strike(rule)
        return found

    def _strike(self, rule: Rule) -> None:
        self.strikes[rule.pattern] += 1
        if self.strikes[rule.pattern] >= MAX_STRIKES:
            warnings.warn(
                f"site rule regex {rule.pattern!r} timed out {MAX_STRIKES} times; it is disabled",
                RuntimeWarning,
                stacklevel=4,
            )
            self.regex_rules = [(c, r) for c, r in self.regex_rules if r is not rule]
            self._combine()

    def after_rule(self, tkey: str) -> Rule | None:
        return self.after.get(tkey[:MAX_KEY])


# ---------------------------------------------------------------------------------------------------
# Many sites: pick the rules for a page by its URL's domain or by the site names it shows.


@dataclass
class RuleSet:
    """The rules of many sites, indexed by domain (a dict look-up per page) and by spelled name."""

    sites: list[SiteRules] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_domain: dict[str, list[int]] = {}
        self.by_name: dict[str, set[int]] = {}
        self.by_key: dict[str, set[int]] = {}
        for number, rules in enumerate(self.sites):
            for domain in {host_of(rules.site) or rules.site.lower(), *_pattern_hosts(rules.url_patterns)}:
                self.by_domain.setdefault(domain, []).append(number)
            for name in (rules.site, *rules.names):
                squashed = squash(name)
                if len(squashed) >= 3:
                    self.by_name.setdefault(squashed, set()).add(number)
            for rule in rules.rules:
                if rule.kind == "exact":
                    self.by_key.setdefault(rule.pattern[:MAX_KEY], set()).add(number)

    def __len__(self) -> int:
        return len(self.sites)

    def for_url(self, url: str) -> SiteRules | None:
        """The site whose domain is the URL's host or a suffix of it ("news.bbc.co.uk" → "bbc.co.uk")."""
        host = host_of(url)
        if not host:
            return None
        for suffix in _suffixes(host):
            found = self.by_domain.get(suffix)
            if found:
                if len(found) > 1:  # several files claim the domain: the one whose URL pattern fits
                    address = host + (urlsplit(url if "//" in url else f"//{url}").path or "/")
                    for number in found:
                        if any(fnmatchcase(address, p) for p in self.sites[number].url_patterns):
                            return self.sites[number]
                return self.sites[found[0]]
        return None

    def for_text(self, text: str) -> SiteRules | None:
        """The site a page shows by name or domain, else the one whose learned lines it shows most."""
        keys = page_keys(text)
        votes: Counter[int] = Counter()
        for key in keys:
            if key and len(key) <= 80:
                for number in self.by_name.get(squash(key, folded=True), ()):
                    votes[number] += 10
                for host in regex.findall(r"(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-])", key):
                    host = host[4:] if host.startswith("www.") else host
                    for suffix in _suffixes(host):
                        for number in self.by_domain.get(suffix, ()):
                            votes[number] += 10
            for number in self.by_key.get(key[:MAX_KEY], ()):
                votes[number] += 1
        if not votes:
            return None
        number, score = min(votes.items(), key=lambda item: (-item[1], item[0]))
        return self.sites[number] if score >= 3 else None

    def pick(self, url: str | None = None, text: str | None = None) -> SiteRules | None:
        """By URL when one is given and known, else by what the text shows."""
        if url:
            found = self.for_url(url)
            if found is not None:
                return found
        return self.for_text(text) if text else None


def _pattern_hosts(patterns: Iterable[str]) -> set[str]:
    hosts = set()
    for pattern in patterns:
        host = pattern.split("/", 1)[0]
        if host and not any(char in host for char in "*?["):
            hosts.add(host.lower().removeprefix("www."))
    return hosts


def load_rules_dir(path: str | os.PathLike[str]) -> RuleSet:
    """Every `*.toml` and `*.json` rules file of a directory, as a `RuleSet` (cached per directory
    until a file is added, removed or replaced: rules are written by atomic rename)."""
    folder = Path(path)
    if not folder.is_dir():
        raise NewscleanError(f"{folder}: rules directory not found")
    stamp = folder.stat().st_mtime_ns
    return _load_dir(str(folder.resolve()), stamp)


@lru_cache(maxsize=16)
def _load_dir(folder: str, stamp: int) -> RuleSet:
    files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in (".toml", ".json") and p.is_file())
    return RuleSet([SiteRules.load(p) for p in files])


def resolve_rules(rules_dir: str | os.PathLike[str] | None, url: str | None, text: str | None) -> SiteRules | None:
    """The rules for one page from a directory of rules files (for `--rules DIR`): by the URL's
    domain, else by a site name or domain the page text shows; None when no site fits."""
    if rules_dir is None:
        return None
    return load_rules_dir(rules_dir).pick(url, text)
