"""A long alternation of `^`-anchored patterns, tried on a line only through the entries that can match it.

A lexicon category holds dozens of `re:` entries anchored at the line's start ("^\\W*comments\\W*$"),
in every language. One alternation of all of them tries every entry on every line: at the start only,
but still entry after entry, and that was a third of the time of a page. Most entries can only match
a line whose first letter is one of a few: "^\\W*(?:comments|commentaires)" needs a "c" where the
line's letters start. So each entry is filed under the characters it can start with (read from the
pattern's syntax tree), and a line is tried against the entries filed under its own first
character, plus those that could start anywhere, in their order in the data: the first entry that
matches is the one the whole alternation would have matched, so the answer does not change.

Entries that may match anywhere in the line ("\\d+ comments", "©") are filed the same way under
substrings every match of them holds ("comment", "©"): a line that holds none of an entry's is not
searched with it (`FactoredAlternation`).

The characters are read with the standard library's parser of regular expressions (the `regex`
module has none that is public). It does not know every syntax of `regex` (`\\p{L}`, POSIX classes);
an entry that uses one, or that it cannot read, is tried on every line, as before.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick
import regex

try:  # the standard library's parser: private, so a Python without it only loses the speed-up
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10 names them apart
    try:
        import sre_constants  # type: ignore[no-redef]
        import sre_parse as sre_parser  # type: ignore[no-redef]
    except ImportError:
        sre_constants = sre_parser = None  # type: ignore[assignment]

DIGIT = "\\d"  # the key of entries that start with any digit ("^\\W*\\d+ comments")
_NONWORD_LEAD = regex.compile(r"\W*")
_WORD_CHAR = regex.compile(r"\w")
_MAX_RANGE = 256  # a class wider than this ("[a-zа-я]") is read as "any character"
# Syntax of `regex` that the standard parser reads otherwise, or not at all.
_FOREIGN = ("[[", "\\X", "\\m", "\\M", "\\G", "\\K", "(?|", "(?r", "(?V", "(?(")

# A Unicode property ("\\p{Han}", "\\P{L}"), which the standard parser does not read, is read as "\\w":
# some character, which neither starts a filed prefix nor makes part of a factor. (Not after an
# escaped backslash: "\\\\p" is a backslash and a "p".)
_PROPERTY = regex.compile(r"(?<!\\)((?:\\\\)*)\\[pP](?:\{[^{}]*\}|[A-Za-z])")

# How the entry starts: at the line's first character, or past its leading non-word characters
# (`^\W*`, the common case). Anything else is tried on every line.
AT_START, PAST_SYMBOLS = "start", "past-symbols"
_MAX_PLANS = 20_000  # the memory of plans by how lines start is emptied when it holds this many


def _parsed(pattern: str) -> list[tuple[object, object]] | None:
    """The pattern's syntax tree by the standard parser, or None where it cannot be read alike."""
    if sre_parser is None or any(marker in pattern for marker in _FOREIGN):
        return None
    try:
        return list(sre_parser.parse(_PROPERTY.sub(r"\1\\w", pattern)))
    except Exception:  # noqa: BLE001 - syntax the standard parser does not know: no index, no harm
        return None


def _anchored(pattern: str) -> tuple[str, list[tuple[object, object]]] | None:
    """How a `^`-anchored pattern starts (`AT_START` or `PAST_SYMBOLS`) and its items after the anchor
    and the leading `\\W*`; None for a pattern that is not anchored or cannot be read."""
    items = _parsed(pattern)
    if not items or items[0] != (sre_constants.AT, sre_constants.AT_BEGINNING):
        return None
    items = items[1:]
    if items and _is_symbols_lead(items[0]):
        return PAST_SYMBOLS, items[1:]
    return AT_START, items


def starts(pattern: str) -> tuple[str, frozenset[str]] | None:
    """Where an anchored pattern starts matching, and the characters it can start with there
    (`DIGIT` for any digit), or None when that cannot be told (tried on every line)."""
    anchored = _anchored(pattern)
    if anchored is None:
        return None
    lead, items = anchored
    chars, nullable = _first(items)
    if chars is None or nullable or not chars:
        return None
    # Past `\W*` the entry starts on the line's first word character, unless it can start with a
    # non-word character itself ("^\W*\(?\d"): then \W* may stop earlier.
    if lead == PAST_SYMBOLS and any(char != DIGIT and not _WORD_CHAR.match(char) for char in chars):
        return None
    return lead, frozenset(chars)


PREFIX = 2  # an entry is filed under the strings of this many characters it can start with, where it can tell
_MAX_PREFIXES = 512  # more than this many: filed by its first character only
_MAX_COUNT = 20  # a repeat that must run more often than this ("\\w{30}") is not expanded


def prefixes(pattern: str) -> tuple[str, frozenset[str]] | None:
    """Where an anchored pattern starts matching, and the strings of `PREFIX` characters it can start
    with there, or None when that cannot be told (then `starts` files it by its first character).

    One character says little in a language's alphabet ("p": "photo", "print", "privacy", "por",
    ...); two say much more ("ph", "pr", "po"), and the entries a line is tried against are fewer."""
    anchored = _anchored(pattern)
    if anchored is None:
        return None
    lead, items = anchored
    found = _strings(items, PREFIX)
    if not found or any(len(string) < PREFIX for string in found):
        return None
    if lead == PAST_SYMBOLS and any(not _WORD_CHAR.match(string[0]) for string in found):
        return None  # it may start on a non-word character, which \W* could have taken
    return lead, frozenset(found)


def _strings(items: Iterable[tuple[object, object]], size: int) -> set[str] | None:
    """The strings of `size` characters a sequence of pattern items can start with, and the shorter
    whole strings it can match; None when that cannot be told or they are too many."""
    found = {""}
    for op, value in items:
        done = {string for string in found if len(string) >= size}
        if len(done) == len(found):
            break
        item = _item_strings(op, value, size)
        if item is None:
            return None
        found = done | {(string + more)[:size] for string in found - done for more in item}
        if len(found) > _MAX_PREFIXES:
            return None
    return found


def _item_strings(op: object, value: object, size: int) -> set[str] | None:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(value)}  # type: ignore[arg-type]
    if op is c.IN:
        chars = _class_chars(value)  # type: ignore[arg-type]
        return None if chars is None or DIGIT in chars else chars
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in value[1]:  # type: ignore[index]
            each = _strings(branch, size)
            if each is None:
                return None
            found |= each
        return found
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, body = value  # type: ignore[misc]
        return None if add_flags or del_flags else _strings(body, size)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, body = value  # type: ignore[misc]
        once = _strings(body, size)
        if once is None or low > _MAX_COUNT:
            return None
        found, current, count = set(), {""}, 0
        while True:
            if count >= low:
                found |= current
            if count >= high or count >= max(low, size):
                return found
            current = {(string + more)[:size] if len(string) < size else string for string in current for more in once}
            if len(current) > _MAX_PREFIXES:
                return None
            count += 1
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: consumes nothing
        return {""}
    return None  # any character, a back-reference, ...: cannot tell


def _is_symbols_lead(item: tuple[object, object]) -> bool:
    """`\\W*`: any run of non-word characters."""
    op, value = item
    if op is not sre_constants.MAX_REPEAT:
        return False
    low, _high, body = value  # type: ignore[misc]
    return low == 0 and list(body) == [(sre_constants.IN, [(sre_constants.CATEGORY, sre_constants.CATEGORY_NOT_WORD)])]


def _first(items: Iterable[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The characters a sequence of pattern items can start with (None: any), and whether it can
    match the empty string."""
    chars: set[str] = set()
    for op, value in items:
        found, nullable = _first_of(op, value)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op: object, value: object) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(value)}, False  # type: ignore[arg-type]
    if op is c.IN:
        return _class_chars(value), False  # type: ignore[arg-type]
    if op is c.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in value[1]:  # type: ignore[index]
            found, empty = _first(branch)
            if found is None:
                return None, False
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, body = value  # type: ignore[misc]
        if add_flags or del_flags:  # (?i:...) would change what a character matches
            return None, False
        return _first(body)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = value  # type: ignore[misc]
        found, empty = _first(body)
        return found, empty or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: consumes nothing, constrains (ignored)
        return set(), True
    return None, False  # any character, a back-reference, ...: cannot tell


def _class_chars(members: list[tuple[object, object]]) -> set[str] | None:
    c = sre_constants
    chars: set[str] = set()
    for op, value in members:
        if op is c.LITERAL:
            chars.add(chr(value))  # type: ignore[arg-type]
        elif op is c.RANGE:
            low, high = value  # type: ignore[misc]
            if high - low >= _MAX_RANGE:
                return None
            chars.update(chr(code) for code in range(low, high + 1))
        elif op is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:  # a negated class, \w, \s, ...
            return None
    return chars


def start_of(key: str) -> tuple[str, str]:
    """How a line starts, as the index files it: its first `PREFIX` characters, and its first past
    the leading non-word characters."""
    past = _NONWORD_LEAD.match(key).end()  # type: ignore[union-attr]
    return key[:PREFIX], key[past : past + PREFIX]


class AnchoredAlternation:
    """`regex.compile("|".join(alternatives))` for `^`-anchored alternatives, used with `.match()`:
    the same answers, but a line is tried only against the alternatives that can start where it does.

    At a fixed start, an alternation's match is its first alternative (in order) that matches. So the
    alternatives are tried in their order, each alone, skipping those filed under other characters;
    a run of alternatives that are tried on every line is one compiled alternation.
    """

    def __init__(self, alternatives: list[str]) -> None:
        self.pattern = regex.compile("|".join(alternatives))  # checks the syntax; the reference
        self.alternatives = alternatives
        # Each unit (an alternative alone, or a run of those tried on every line as one alternation)
        # by the index of its first alternative.
        self._units: dict[int, regex.Pattern[str]] = {}
        self._always: list[int] = []  # the units tried on every line
        self._filed: dict[tuple[str, str], list[int]] = {}  # by (lead, first character)
        self._filed_prefix: dict[tuple[str, str], list[int]] = {}  # by (lead, first PREFIX characters)
        run: list[int] = []

        def close_run() -> None:
            if run:
                self._units[run[0]] = regex.compile("|".join(alternatives[i] for i in run))
                self._always.append(run[0])
                run.clear()

        for index, alternative in enumerate(alternatives):
            start = prefixes(alternative)
            filed = self._filed_prefix
            if start is None:
                start, filed = starts(alternative), self._filed
            if start is None:
                run.append(index)
                continue
            close_run()
            self._units[index] = regex.compile(alternative)
            lead, strings = start
            for string in strings:
                filed.setdefault((lead, string), []).append(index)
        close_run()
        self._plans: dict[tuple[str, str], tuple[regex.Pattern[str], ...]] = {}

    def match(self, key: str, start: tuple[str, str] | None = None) -> regex.Match[str] | None:
        """The alternation's match at the start of `key`; `start` is `start_of(key)`, when the caller
        tries several alternations on one line."""
        first, word = start if start is not None else start_of(key)
        try:
            plan = self._plans[first, word]
        except KeyError:
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            plan = self._plans[first, word] = self._plan(first, word)
        for pattern in plan:
            hit = pattern.match(key)
            if hit is not None:
                return hit
        return None

    def _plan(self, first: str, word: str) -> tuple[regex.Pattern[str], ...]:
        """The patterns to try, in order, on a line that starts with `first` and whose first word
        characters are `word` (`PREFIX` characters each, or fewer at the line's end)."""
        indices = set(self._always)
        for lead, string in ((AT_START, first), (PAST_SYMBOLS, word)):
            char = string[:1]
            indices.update(self._filed.get((lead, char), ()))
            indices.update(self._filed_prefix.get((lead, string), ()))
            if char.isdecimal():
                indices.update(self._filed.get((lead, DIGIT), ()))
        return tuple(self._units[index] for index in sorted(indices))


def factors(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains one ("copyright", or one of "©" and "(c)"),
    or None when that cannot be told."""
    items = _parsed(pattern)
    found = _factors(items) if items else None
    return frozenset(found) if found else None


def _factors(items: list[tuple[object, object]]) -> set[str] | None:
    """The best factor set of a sequence: of its mandatory parts (a run of literal characters, a
    group, a branch, a repeat of at least one), the one whose shortest string is longest."""
    c = sre_constants
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, value in items + [(None, None)]:
        if op is c.LITERAL:
            run.append(chr(value))  # type: ignore[arg-type]
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, body = value  # type: ignore[misc]
            found = None if add_flags or del_flags else _factors(list(body))
        elif op is c.BRANCH:
            found = set()
            for branch in value[1]:  # type: ignore[index]
                each = _factors(list(branch))
                if each is None:
                    found = None
                    break
                found |= each
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, body = value  # type: ignore[misc]
            found = _factors(list(body)) if low >= 1 else None
        if found:
            candidates.append(found)
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


class FactoredAlternation:
    """`regex.compile("|".join(alternatives))` used with `.search()`: the same answers, but an
    alternative is tried only on a line that holds one of its factors (a plain substring test).

    An alternation's search finds the leftmost position where an alternative matches, and there the
    first alternative in order; so each alternative searched alone, the leftmost hit winning and the
    first alternative among equals, gives the same match.
    """

    def __init__(self, alternatives: list[str]) -> None:
        self.pattern = regex.compile("|".join(alternatives))  # checks the syntax; the reference
        self.alternatives = alternatives
        self._always: list[int] = []
        self._by_factor: dict[str, list[int]] = {}
        self._patterns = [regex.compile(alternative) for alternative in alternatives]
        for index, alternative in enumerate(alternatives):
            found = factors(alternative)
            if found is None:
                self._always.append(index)
            else:
                for factor in found:
                    self._by_factor.setdefault(factor, []).append(index)
        # Every factor a line holds, found in one pass over the line (Aho-Corasick), not one substring
        # test per factor: the categories hold thousands, in every language.
        self._automaton = ahocorasick.Automaton()
        for factor, filed in self._by_factor.items():
            self._automaton.add_word(factor, filed)
        if self._by_factor:
            self._automaton.make_automaton()

    def search(self, key: str) -> regex.Match[str] | None:
        indices = set(self._always)
        if self._by_factor:
            for _end, filed in self._automaton.iter(key):
                indices.update(filed)
        best: regex.Match[str] | None = None
        for index in sorted(indices):
            hit = self._patterns[index].search(key)
            if hit is not None and (best is None or hit.start() < best.start()):
                best = hit
        return best
