"""Bylines ("By Jane Doe", "بقلم: فلان", "Par Jeanne Dupont") and datelines ("PARIS (AFP) -",
"موسكو - المغرب اليوم"). Prefixes are data: `lexicons/<lang>/byline.txt`; a writer's role after the
name ("Tom Ridley, Staff Writer") is data too: `lexicons/<lang>/writer-role.txt`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..lexicon import LANGUAGES, credit_phrase, data_phrases
from ..normalize import fold, without_browser_marks
from . import dates

MAX_BYLINE_WORDS = 10
MAX_DATELINE_WORDS = 6
MAX_NAME_WORDS = 8
MAX_ROLE_WORDS = 6  # "Staff Writer", "مراسل الجزيرة في دمشق"
OUTLET_WORDS = 4  # an outlet's name: "بوابة فزان" before a correspondent's name, "NPB News" after a writer's


def _alternation(*file_names: str, languages: Sequence[str] = LANGUAGES) -> str:
    """The phrases of these data files (every language's, or the given ones'), folded, as one regex
    alternation (longest first)."""
    phrases = [fold(phrase) for lang in languages for file_name in file_names for phrase in data_phrases(file_name, (lang,))]
    phrases.sort(key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@lru_cache(maxsize=1)
def _prefixes() -> str:
    """Every language's byline prefixes ("by", "par", "كتب", and a translator's "ترجمة") as one regex alternation."""
    return _alternation("byline.txt", "translator.txt")


@lru_cache(maxsize=1)
def _role_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{_alternation('writer-role.txt')})(?!\w)")


@lru_cache(maxsize=1)
def _role_anywhere() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{_alternation('writer-role.txt')})(?!\w)")


_LETTER_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}]*")  # the words of a byline, its date's digits left out
# What ends a writer's name on a byline line: "Jane Doe | AP", "Tom Ridley, Staff Writer", "X - Reuters".
# "Beatriz Fontes, Rafael Souza e Camila Yamamoto": three writers or more, the last after a conjunction.
# The words that join two writers' names: "A and B", "A y B", "A en B", "A ve B", "A и B".
JOINING_WORDS = "and|y|et|und|e|i|en|ve|и|ja|og"  # ("ja": Estonian, Finnish; "og": Icelandic, Danish, Norwegian)
_WRITERS_JOINED = regex.compile(rf"\s*[,،]\s*|\s+(?:{JOINING_WORDS}|&|و)\s+")
_LAST_WRITER = regex.compile(rf"\s(?:{JOINING_WORDS}|&|و)\s+[^,،]+$")


def _plain_name(name: str, most: int = 4) -> bool:
    """Two to `most` words shaped like a name, without a digit: one writer among several."""
    return 2 <= len(name.split()) <= most and name_shaped(name) and not any(char.isdigit() for char in name)


_ARABIC = regex.compile(r"\p{Arabic}")
# A byline's label in the plural: the commas after it join writers, not a writer and an outlet.
_PLURAL_LABEL = regex.compile(r"^\W*(?:authors|autorzy|autoren|autores|auteurs|autori|yazarlar)\s*:")


def _several_writers(text: str) -> bool:
    names = _WRITERS_JOINED.split(text)
    return len(names) >= 3 and _LAST_WRITER.search(text) is not None and all(_plain_name(name) for name in names)


def _plural_writers(key: str, name: str) -> bool:
    """ "Autorzy: Katarzyna Zielińska, Paweł Nowicki": under a plural label, commas join names."""
    return _PLURAL_LABEL.match(key) is not None and all(_plain_name(part) for part in _WRITERS_JOINED.split(name))


def _two_writers(text: str) -> bool:
    """ "Rina Marlina, Dimas Prasetyo | Editor: ...": two names of a cased script joined by a comma, in
    a line of labelled fields (after "By Jane Doe, " may come an outlet: "Daily Mail"). Not "Jane Doe,
    Staff Writer", "Jane Doe, Reuters" or "Jane Doe, BBC News": a role, an agency, an outlet in capitals."""
    parts = _FIELD_END.split(text, maxsplit=1)
    if len(parts) < 2 or ":" not in parts[1]:
        return False
    head = parts[0]
    names = [name.strip() for name in regex.split(r"\s*,\s*", head)]
    if len(names) != 2 or not _CASED.search(head):
        return False
    for name in names:
        words = name.split()
        if not _plain_name(name, most=3):
            return False
        if any(word.isupper() and len(word) > 1 for word in words) or words[0].lower() in _ARTICLES:
            return False  # "BBC News", "The Guardian"
        if _role_anywhere().search(fold(name)):
            return False  # "Chief Political Correspondent"
    return credit_phrase(names[1]) is None


_FIELD_END = regex.compile(r"\s*\|\s*|\s+[-–—·•]\s+")  # "Name, Name | Editor: ...", "Name, Name - Agency"
_ARTICLES = frozenset("the a an le la les el los las der die das il lo os".split())


# "Name · Outlet", "(à Lyon)", "(Montvalon, envoyés spéciaux)", "(@pnat_writes)" after the name
_AFTER_NAME = regex.compile(r"\s*[|,،]\s*|\s+[-–—·•]\s+|\s+\((?=[^)]*$|[^)]*\)$)|\s+\(?(?=@\w)")
# "at" before a time of day, in the languages whose bylines give one: "Posted by Jane Doe at 9:00 PM",
# "Publicado por Julián Prieto en 19:42".
_AT = r"(?:at|en|à|a las|às|um|alle|om|op)"
_CLOCK = r"\d{1,2}[:.h]\d{2}"
# A blog post's footer: the writer, then the time it was posted, and no date.
POSTED_AT = regex.compile(rf"\s{_AT}\s+{_CLOCK}(?:\s*[ap]\.?\s?m\.?)?\s*$", regex.IGNORECASE)
# "Submitted by Daniel Osei on Tue, 03/12/2024 - 14:27", "Par X le 3 mars 2025": the date after the name.
# (a name's particle before the rest of the name is no "on": "Par Erwan Le Goff Publié le 5 novembre")
_ON_DATE = regex.compile(
    r"\s+(?:(?:on|am|em|(?:le|el|il)(?!\s+\p{Lu}\p{Ll}))\s+(?=[^|]{0,25}\d)|(?=(?:publié|mis à jour|published|updated|posted|veröffentlicht|publicado)\b)"
    rf"|{_AT}\s+(?={_CLOCK}\b)"  # "Publicado por Julián Prieto en 19:42"
    r"|(?=(?:نشر|نُشر|نشرت|تاريخ النشر|آخر تحديث|اخر تحديث)(?:\s|:)))",  # "حاورته: رنا الخطيب نشر بتاريخ: 2024-07-02"
    regex.IGNORECASE,
)
# "Par Julien Massart avec Belga", "By Jane Doe with AP": an agency or a helper after the writer.
_WITH = regex.compile(r"\s+\(?(?:avec|with|con|mit|com|ile)\s+[^\s()]+(?:\s+[^\s()]+)?\)?$")
# "By TOM ASHWORTH FOR MAILONLINE", "Por Ana Paz para EL PAÍS": the outlet the writer files for, after the name
_FOR_OUTLET = regex.compile(r"(?<=\S\s+\S+)\s+(?i:for|pour|para|für)\s+(?:(?i:the)\s+)?\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$")
# The writer's e-mail address after the name, with no separator: "Dana Kowalczyk dkowalczyk@gvrecord.com".
_EMAIL_AFTER = regex.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")


def starts_with_role(key: str) -> bool:
    """Whether a (folded) line starts with a writer's role: "مراسل شبكة الرأي - دمشق", "Staff Writer"."""
    return _role_pattern().match(key) is not None


def without_helper(name: str) -> str:
    """ "Rita Sampaio com Lusa" → "Rita Sampaio": the agency or helper after a writer's name."""
    return _WITH.sub("", name).strip()


def has_role(key: str) -> bool:
    """Whether a (folded) line names a writer's role anywhere: "Legal Affairs Correspondent"."""
    return role_span(key) is not None


def role_span(key: str) -> tuple[int, int] | None:
    """Where a (folded) line names a writer's role, if it does."""
    found = _role_anywhere().search(key)
    return found.span() if found is not None else None


def without_role(text: str) -> str:
    """A writer's name without the role or agency written after it: "Tom Ridley, Staff Writer" → "Tom Ridley",
    "Mairéad Quinlan, Courts Correspondent" → "Mairéad Quinlan", "سامر الخطيب - مراسل الجزيرة" →
    "سامر الخطيب"; any other text as it is."""
    parts = _AFTER_NAME.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and len(parts[1].split()) <= MAX_ROLE_WORDS:
        if _role_anywhere().search(fold(parts[1])) or is_agency(parts[1]):
            return parts[0].strip()  # a role, or the agency the writer works for ("THE ASSOCIATED PRESS")
    # "Odane McLaren/Chronicle Writer": a role after a slash, as Caribbean dailies write it ("Jane Doe/AP"
    # is a picture's credit)
    parts = _SLASH.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and len(parts[1].split()) <= MAX_ROLE_WORDS and _role_anywhere().search(fold(parts[1])):
        return parts[0].strip()
    return text.strip()


_SLASH = regex.compile(r"\s*/\s*")
_COMMA = regex.compile(r"\s*[,،]\s*")
ROLE_TAIL_WORDS = 8  # "مراسل «نخيل برس» في البصرة"


def without_role_tail(text: str) -> str:
    """The line without the writer's role after a comma at its end: "البصرة – حيدر الساعدي، مراسل «نخيل
    برس» في البصرة" → "البصرة – حيدر الساعدي" (a place and a writer, then the writer's role)."""
    parts = _COMMA.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and len(parts[1].split()) <= ROLE_TAIL_WORDS and _role_pattern().match(fold(parts[1])):
        return parts[0].strip()
    return text.strip()


_GLUED = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")  # "PughLocal", "KassiPublié"; not "DeSantis", "McDonald"


def unglued(text: str) -> str:
    """The line with a space where a scraper glued the writer's name to the role or the stamp after it
    ("Harriet PughLocal Democracy Reporter", "Par Affoué KassiPublié le 13 mars 2025", "Priya
    AshworthTransport correspondent": a beat's word, then the role); else as it is."""
    for found in _GLUED.finditer(text):
        rest = text[found.start() :]
        beat = rest.split(maxsplit=1)[1] if len(rest.split()) > 1 else ""
        if starts_with_role(fold(rest)) or beat and starts_with_role(fold(beat)) or dates.is_date_line(rest):
            return f"{text[: found.start()]} {rest}"
    return text


def name_before_role(text: str, stopwords: frozenset[str] = frozenset()) -> str | None:
    """The name of a writer whose role follows it without a separator ("Priya Ramanathan Mining
    Reporter", "Jane Doe Staff Writer"): two or three cased words, none of them a function word of
    the page's language ("The Hollywood Reporter" names a paper), then a role of two or three words
    (a beat and a role, or four) that ends with a role word, capitalised or in sentence case ("Social affairs
    correspondent"). None otherwise."""
    words = unglued(text).split()
    if not 4 <= len(words) <= 7:
        return None
    for size in (2, 3):
        name, role = " ".join(words[:size]), " ".join(words[size:])
        # ("Local Democracy Reporting Service": a role of four words)
        if not 2 <= len(words) - size <= 4 or any(fold(word) in stopwords for word in words[:size]):
            continue
        if not all(word[:1].isupper() for word in words[: size + 1]):
            continue
        role_key = fold(role)
        found = list(_role_anywhere().finditer(role_key))
        # "Editorial Staff", "CCE Staff" after a name: a desk's or a group's, not a writer's role
        if found and found[-1].end() == len(role_key) and found[-1].group() != "staff" and bare_name(name):
            return name
    return None


AGENCY_SHARE = 0.66  # "Associated Press Writer": the agency's name is most of what follows the writer's


def is_agency(text: str) -> bool:
    """An agency's name, alone or nearly ("THE ASSOCIATED PRESS", "Reuters"), not a list that holds
    a credit word ("Oregon, Photos", "Photo Essays")."""
    phrase = credit_phrase(text)
    if phrase is None or "," in text:
        return False
    words = [word for word in fold(text).split() if word != "the"]
    return len(phrase.split()) >= AGENCY_SHARE * len(words)


@lru_cache(maxsize=1)
def _byline_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^[\W_]*(?:{_prefixes()})(?:\s*[:：፦៖,،\-–—/]\s*|\s+)(?P<name>\p{{L}}.*)$")


@lru_cache(maxsize=1)
def _prefix_anywhere() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{_prefixes()})(?!\w)")


def prefix_alone(key: str) -> bool:
    """Whether a (folded) line is a byline's prefix and nothing else ("Article rédigé par", "By",
    "بقلم:"): the writer's name stands on the next line."""
    if _byline_pattern().match(key + " x") is None:
        return False
    # (the prefix may hold its colon: "Autor:" is one, "Autor" a word of a sentence's start)
    return any(_prefix_anywhere().fullmatch(key.strip(marks)) is not None for marks in (" :：,،-–—", " ,،-–—"))


@lru_cache(maxsize=1)
def _translator_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^[\W_]*(?:{_alternation('translator.txt')})(?!\w)")


def translator_credit(key: str) -> bool:
    """Whether a (folded) byline credits the translator ("ترجمة: آلان جلال", "Traduit par ..."): the
    writer, when the page names one, is someone else."""
    return _translator_pattern().match(key) is not None


def has_prefix(key: str) -> bool:
    """Whether a (folded) line holds a byline prefix somewhere ("... 11:45 par Julie Mertens")."""
    return _prefix_anywhere().search(key) is not None


_GLUED_DIGITS = regex.compile(r"\p{L}\d|\d\p{L}")
_HAN = regex.compile(r"^[\W_]*\p{Han}")
_HANGUL = regex.compile(r"^[\W_]*(?:\S+\s+)?\p{Hangul}")
# "WQRN |", "ANB Blue Mountains /", "بوابة الوادي - " (then the byline: "كتب: محمود فتحي")
_OUTLET_BAR = regex.compile(r"^[^\s|/｜／]+(?:\s[^\s|/｜／]+){0,2}(?:\s*[|/｜／]|\s[-–—](?=\s))\s*")


ROLE_REACH = 4  # words after the comma where a writer's role must stand


def _described_writer(key: str) -> bool:
    """ "By Priya Vasquez-Holt, a senior reporter covering consumer tech ...": the name, a comma, a
    role among the next few words; the description makes the line long, not a sentence."""
    head, comma, rest = key.partition(",")
    if not comma or len(head.split()) > MAX_BYLINE_WORDS // 2:
        return False
    return _role_anywhere().search(" ".join(rest.split()[:ROLE_REACH])) is not None


# A Chinese byline: the prefix, the names (two to four characters each) with no space before them,
# maybe the place the story was filed from: "記者林怡君／台北報導", "记者 王小明 李华", "（記者張家豪／
# 高雄報導）". Chinese writes no spaces, so the word-based reading below does not apply.
_HAN_NAME = r"\p{Han}{2,4}"
_HAN_NAMES_APART = r"[\s、,，]+"  # "林怡君、張家豪", "王小明 李华"
_HAN_FILED = regex.compile(r"\p{Han}{2,6}(?:報導|报道|電|电)")  # "台北報導", "北京电": the place, "reports"


# A field of a Chinese header line: a label of a few characters and a colon, after a space.
_HAN_FIELD = regex.compile(r"\s+(?=\p{Han}{1,4}\s*[:：])")
_HAN_SOURCE = regex.compile(r"^\W*(?:来源|來源|出处|出處|稿源)\s*[:：]")


@lru_cache(maxsize=1)
def _han_byline() -> regex.Pattern[str]:
    return regex.compile(
        rf"^[\W_]*(?:{_prefixes()})[\s:：]*(?P<names>{_HAN_NAME}(?:{_HAN_NAMES_APART}{_HAN_NAME})*)(?:\s*[／/]\s*{_HAN_FILED.pattern})?[\W_]*$"
    )


# A Korean byline: the name (two to four syllables, the family name first, one word), then the role,
# maybe the label before it: "김서연 기자", "기자명 한지우 기자", "김서연·박지훈 기자". A name of one
# word in a script without capitals is read nowhere else (it could be any word).
_HANGUL_NAME = r"\p{Hangul}{2,4}"


@lru_cache(maxsize=1)
def _hangul_byline() -> regex.Pattern[str]:
    return regex.compile(
        rf"^[\W_]*(?:(?:{_prefixes()})[\s:：]*)?(?P<names>{_HANGUL_NAME}(?:\s*[·ㆍ,、]\s*{_HANGUL_NAME})*)\s?"
        rf"(?:{_alternation('writer-role.txt', languages=('ko',))})[\W_]*$"
    )




# "فؤاد القباطي - مراسل يمن الغد في صنعاء", "عبد القادر حسن نور – مراسل بوابة بنادر في ...": a name, a
# dash, the writer's role.
_NAME_DASH = regex.compile(r"^\s*(?P<name>\S+(?:\s\S+){1,3})\s[-–—ـ]\s+(?P<role>\S.*)$")


def _writer_before_role(text: str) -> str | None:
    """The name of a "name - role" line whose role opens with a role's word (not an outlet's name
    before a byline: "بوابة الوادي - كتب: محمود فتحي")."""
    found = _NAME_DASH.match(text)
    if found is None or not starts_with_role(fold(found["role"])) or is_desk(found["role"]):
        return None  # (nor a site over its desk: "منبر الشام - القسم السياسي")
    name = found["name"].strip()
    if names_outlet(fold(name)) or not name_shaped(name) or any(char.isdigit() for char in name):
        return None
    return name


def byline_author(key: str, text: str, words: int) -> str | None:
    """The author's name when the (folded) line is a byline, else None."""
    text = without_browser_marks(text)  # "بقلم: [16]سالم الهنائي" (lynx -dump); the folded key reads without them
    if (separated := unglued(text)) != text:
        text, key, words = separated, fold(separated), words + 1
    if _HANGUL.match(key):
        hangul = _hangul_byline().match(key)
        if hangul is not None:
            return ", ".join(regex.split(r"\s*[·ㆍ,、]\s*", hangul.group("names")))
    if _HAN.match(key):
        fields = _HAN_FIELD.split(text.strip())
        if len(fields) > 1:  # "来源：蓉城日报 作者：记者 周雨桐": the source's field, then the writer's
            # (the writer's field before the source's, which names the paper: "来源：新华社" alone still does)
            for field in sorted(fields, key=lambda field: _HAN_SOURCE.match(field) is not None):
                if _han_byline().match(fold(field)) is not None:
                    return byline_author(fold(field), field, len(field.split()))
            return None
        han = _han_byline().match(key)
        if han is not None:  # ("记者王小明 北京电": the place's "reports" is no name; nor is "记者" alone, a role)
            names = [
                name for name in regex.split(_HAN_NAMES_APART, han.group("names"))
                if not _HAN_FILED.fullmatch(name) and not _role_pattern().fullmatch(fold(name))
            ]
            return "、".join(names) or None
    if words < 2:
        return None
    found = _byline_pattern().match(key)
    if found is None and (writer := _writer_before_role(text)) is not None:
        return writer
    if found is None:
        outlet = _OUTLET_BAR.match(key)  # "WQRN | By Marisol Bentley": the station, a bar, the byline
        if outlet is None or "|" in key[outlet.end() :]:
            return None
        prefixed = _byline_pattern().match(key[outlet.end() :])
        if "/" in (key[outlet.end() + prefixed.start("name") :] if prefixed else key[outlet.end() :]):
            return None  # more bars ("A / B / C": a menu), but "شبام نت - كتب/ فلان": the prefix's own slash
        in_text = _OUTLET_BAR.match(text)  # (the key is folded: "／" there is "/")
        if in_text is None:
            return None
        rest = text[in_text.end() :].strip()
        return byline_author(fold(rest), rest, len(rest.split()))
    prefix = key[: found.start("name")].strip(" ,،-–—/")
    if ":" not in key and "：" not in key and _outlet_words().fullmatch(prefix):
        return None  # "Redacción El Rímac", "Redação Folha": the outlet's desk, no writer ("Redacción: Ana Paz" names one)
    if words > MAX_BYLINE_WORDS and len(_LETTER_WORDS.findall(_ON_DATE.split(key, maxsplit=1)[0])) > MAX_BYLINE_WORDS:
        if not _described_writer(key):
            return None  # the digits of a date after the name, or the stamp itself, do not make a byline long
    # The folded key and the original differ only inside words; cut the original at the same word.
    skipped = len(found.group().split()) - len(found.group("name").split())
    name = " ".join(text.split()[skipped:]).strip(" :-–—")
    name = _ON_DATE.split(name, maxsplit=1)[0].rstrip(" -–—|,:")  # "كتب فلان: نشر في: ..."
    if _two_writers(name):  # "Rina Marlina, Dimas Prasetyo | Editor: ..."
        name = _FIELD_END.split(name, maxsplit=1)[0]
    elif not _several_writers(name) and not _plural_writers(key, name):
        # "A, B e C" stays whole, and so does "Autorzy: A, B"; "Jane Doe, Reuters" loses the agency
        head, comma, tail = name.partition(",")
        if comma and head.split() and _role_pattern().fullmatch(fold(head.split()[0])) and name_shaped(tail.strip()):
            name = tail.strip()  # "Kontributor Yogyakarta, Dian Maharani": the role and its place, then the name
        name = _AFTER_NAME.split(name, maxsplit=1)[0]
    name = _FOR_OUTLET.sub("", _WITH.split(name, maxsplit=1)[0])
    name = _EMAIL_AFTER.sub("", name)  # "By Dana Kowalczyk dkowalczyk@gvrecord.com": the writer's address goes
    if name and _GLUED_DIGITS.search(name.split()[0]):
        return None  # "Par SénéInfo24 avec APS": a site's name, letters and digits in one word
    before_digits = _DIGITS_ON.split(name, maxsplit=1)[0]
    if before_digits != name and not _CASED.search(name) and len(name.split()) > MAX_NAME_WORDS:
        if not dates.is_date_line(name[len(before_digits) :]):
            return None  # "تقرير: تراجع إنتاج الزيت بنسبة 42% هذا الموسم": a headline's figures, no date after a name
    dated = before_digits != name  # (a month's name ends a name only before the stamp's figures: "José Luis Mata")
    name = before_digits.strip()  # "عثمان الطيب بابكر 9 فبراير 2025": the date goes
    words = name.split()
    if dated and words and len(words[-1]) == 1 and name[-1:].isalpha():
        return None  # "• تحرير سلحفاتين و٦٠ سمكة": a figure glued to its "and", inside a list's sentence
    if len(words) > 2 and dated and dates.is_month_name(words[-1].rstrip(".,")):
        name = " ".join(words[:-1]).rstrip(" ,|•·/-–—")  # "By Jane Doe March 25, 2017", "Sarah Moore • Nov 3": the stamp's month goes
        words = name.split()
    if len(words) > 2 and dates.is_weekday(words[-1]):
        name = " ".join(words[:-1])  # "كتب: محمود عبد الحميد الإثنين، 26 فبراير 2024": the stamp's weekday goes
    name = _without_outlet(_without_trailing_role(_without_leading_role(name)))
    if ":" in name:  # "مراسل الساحل اليوم في سيلبابي: سيدي محمد": the outlet and the place, then the name
        before, after = (part.strip() for part in name.rsplit(":", 1))
        outlet = (  # "مراسل بوابة فزان: سالم الفيتوري"; not "متابعة مباشرة: <headline>" (live coverage)
            not _CASED.search(name) and len(before.split()) <= OUTLET_WORDS and 2 <= len(after.split()) <= 4
            and fold(before) not in _HEADLINE_LABELS
        )
        if (_IN_PLACE.search(before) or outlet) and after and name_shaped(after) and not any(char.isdigit() for char in after):
            name = after
        elif not _CASED.search(name):  # "متابعة مباشرة: انطلاق امتحان ...": a live page's label, no writer
            return None
    if _ARABIC.search(name) and not any(len(word) >= 3 for word in regex.split(r"[\s.]+", name)):
        return None  # "تحرير: م.ع": an editor's initials, no writer's name
    separated = any(char in ":：,،-–—/" for char in key[: found.start("name")])
    if not separated and len(name.split()) == 1 and not _CASED.search(name):
        return None  # "تقرير ميداني", "تقرير خاص": a kicker (a field report, a special one), no writer
    if name and is_desk(name):
        return None  # "Par La Rédaction", "By The Editorial Board": a desk signs, no person
    if name and name.split()[0] in _PREPOSITIONS:
        return None  # "مراسلنا في السليمانية": the correspondent's place, no name
    if not separated and not _CASED.search(name) and _WITH_WORDS.intersection(name.split()[1:]):
        return None  # "حوار قصير مع المدير العام": an interview's subheading, "with" someone; no writer
    return name if name and name_shaped(name) else None


@lru_cache(maxsize=None)
def _own_prefixes(lang: str) -> regex.Pattern[str] | None:
    """The byline prefixes that hold only on pages of this language (`lexicons/<lang>/byline-own.txt`):
    Romanian "de Ana Popescu", where "De" elsewhere is Dutch's article ("De Telegraaf")."""
    alternation = _alternation("byline-own.txt", languages=(lang,)) if lang in LANGUAGES else ""
    return regex.compile(rf"^[\W_]*(?:{alternation})\s+(?P<name>\p{{L}}.*)$") if alternation else None


def own_language_author(key: str, text: str, lang: str | None) -> str | None:
    """The writer of a byline whose prefix holds only in the page's language ("de Ioana Mureșan" on a
    Romanian page): a bare name must follow."""
    pattern = _own_prefixes(lang) if lang and len(key) <= 80 else None
    found = pattern.match(key) if pattern is not None else None
    if found is None:
        return None
    name = " ".join(text.split()[len(found.group().split()) - len(found.group("name").split()) :])
    head, comma, place = name.partition(",")
    if comma and 1 <= len(place.split()) <= 2:
        name = head.strip()  # "Na Amina Mwakalinga, Dodoma": the place the writer filed from
    return name if bare_name(name) and not is_desk(name) else None  # "Na Mwandishi Wetu": our correspondent


def desk_byline(text: str) -> bool:
    """A byline whose prefix names a desk, no person: "Par La Rédaction", "By The Editorial Board"."""
    words = _after_prefix(text)
    return words is not None and is_desk(" ".join(words))


def desk_outlet(text: str) -> str | None:
    """The outlet a desk byline may name before its staff: "Lakeshore 12 News" of "by Lakeshore 12
    News Staff" (not "by Darla Pruitt Sentinel Staff Writer": a writer, then her role); None for any
    other line. (The caller tells it from a writer's name before the outlet's: the outlet stands
    alone elsewhere on the page, its masthead.)"""
    words = _after_prefix(text)
    folded = fold(" ".join(words)).split() if words else []
    staff = len(folded) >= 2 and _role_pattern().fullmatch(folded[-1]) is not None and outlet_word(folded[-2])
    return " ".join(words[:-1]) if words and staff else None


def _after_prefix(text: str) -> list[str] | None:
    """The words of a byline after its prefix ("by", "Par", "كتب:"), as written; None for a line
    that is no byline."""
    key = fold(text)
    found = _byline_pattern().match(key)
    return None if found is None else text.split()[len(key[: found.start("name")].split()) :]


def is_desk(name: str) -> bool:
    """The name is a role alone, no person's: "La Rédaction", "Redação", "Haber Merkezi"; or, in a
    script with capitals, a desk's or an outlet's word first: "Redação Serra Azul", "Redactie
    Peelbericht" (a writer's name comes before the outlet: "Helen Briggs BBC News")."""
    key = fold(name).strip()
    found = _role_pattern().match(key)
    if found is not None and found.end() == len(key):
        return True
    words = key.split()
    return cased(name) and 2 <= len(words) <= OUTLET_WORDS and _outlet_words().fullmatch(words[0]) is not None


@lru_cache(maxsize=1)
def _field_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{_alternation('byline-field.txt')})\s*[:：]\s*(?P<names>.+)$")


def field_writers(key: str, text: str) -> str | None:
    """ "Author: Jordan Pike, Hannah Cole" → "Jordan Pike, Hannah Cole": a field's label, then one to
    three names (each two to four capitalised words), joined by commas or a conjunction. The label
    also heads the fields of listings ("Author: H.G. Parry" over "Released: ..."), so the caller
    takes it only over the article's own stamp."""
    if _field_pattern().match(key) is None:
        return None
    names = text.split(":", 1)[1].strip() if ":" in text else text.split("：", 1)[1].strip()
    parts = [part.strip() for part in _WRITERS_JOINED.split(names)]
    if not 1 <= len(parts) <= 3 or not _CASED.search(names):
        return None
    for part in parts:
        if not _plain_name(part) or _role_anywhere().search(fold(part)) or credit_phrase(part) is not None:
            return None
    return names


ROLE_BEFORE_WORDS = 3


def _without_leading_role(name: str) -> str:
    """ "science reporter Tamsin Wu" → "Tamsin Wu": a role in lower case before the name."""
    words = name.split()
    for size in range(1, min(ROLE_BEFORE_WORDS, len(words) - 2) + 1):
        head = words[:size]
        if all(word.islower() for word in head) and _role_pattern().match(fold(head[-1])):
            return " ".join(words[size:])
    return name


def _without_trailing_role(name: str) -> str:
    """ "Tom Heald Local Democracy Reporter" → "Tom Heald", "Mark Kinver Environment reporter" → "Mark
    Kinver": a role after the name with no comma between them (an HTML byline's two <span>s run
    together)."""
    if not _CASED.search(name) or len(name.split()) < 3:
        return name
    key = fold(name)
    roles = list(_role_anywhere().finditer(key))
    found = roles[-1] if roles else None
    if found is None or found.end() != len(key.rstrip()):
        return name
    kept = len(key[: found.start()].split())
    words = name.split()
    if kept > 2 and words[kept][:1].islower():
        kept -= 1  # "Mark Kinver Environment reporter": the beat goes with its role
    return " ".join(words[:kept]) if kept >= 2 else name


def _without_outlet(name: str) -> str:
    """ "HOLLIS GRANT Continental Press" → "HOLLIS GRANT": a wire byline writes the name in capitals
    and the agency after it."""
    words = name.split()
    capitals = 0
    while capitals < len(words) and _CAPITALS.match(words[capitals]):
        capitals += 1
    if 2 <= capitals < len(words) and words[capitals][:1].isupper():
        return " ".join(words[:capitals])
    return name


_CAPITALS = regex.compile(r"^\p{Lu}[\p{Lu}.'’-]+$")


def clean_author(name: str) -> str | None:
    """An author's name from page metadata, without a byline's prefix or a date after it
    ("بواسطة فهد الشرعبي" → "فهد الشرعبي", "By Jane Doe" → "Jane Doe")."""
    name = " ".join(name.split())
    if not name or fold(name) in _CMS_ACCOUNTS:
        return None  # Joomla's "Super User", WordPress's "admin": the account, not a writer
    stripped = byline_author(fold(name), name, len(name.split()))
    if stripped:
        return stripped
    label, colon, rest = name.partition(":")
    if colon and rest.strip() and _role_pattern().fullmatch(fold(label).strip()):
        name = rest.strip()  # "Writer: Kanokwan Theerasak": the role's label, then the name
    if desk_byline(name):
        return None  # "Door Redactie Peelbericht": the desk signs
    return _DIGITS_ON.split(name, maxsplit=1)[0].strip(" -–—|,") or None


_DIGITS_ON = regex.compile(r"\s*\p{Nd}")
# The default accounts content systems put in <meta name="author">.
_CMS_ACCOUNTS = frozenset({"super user", "superuser", "admin", "administrator", "administrateur", "webmaster", "root", "user", "editor"})
# "Correspondent in Kyiv: Jane Doe", "مراسلتنا بالقيروان", "من موفدنا إلى بيليم" (our envoy to ...)
_IN_PLACE = regex.compile(r"\s(?:في|إلى|الى|in|à|en|em|a|di|aus|в)\s|\sب(?=\S)")


# Words a Latin-script name may hold in lower case: "Jean de La Fontaine", "Ludwig van Beethoven", and
# the "and" between two names ("Sanne de Wit en Joris Bakker", "Ayşe Kaya ve Mert Can").
NAME_PARTICLES = frozenset("de del della der di da do dos du la le van von den ten ter zu y e et and und en ve i dan и ja og bin ibn al el".split())
# Scripts with capitals, where a name is written with them: "Lucía Herrera", "Анна Белоусова".
_CASED = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")


def cased(text: str) -> bool:
    """Whether `text` is written in a script with capitals (Latin, Cyrillic, Greek)."""
    return _CASED.search(text) is not None


# Words of lineage that lengthen a name: "محمد المختار ولد أحمد سالم" (Mauritania), "فاطمة بنت علي".
_LINEAGE = frozenset(fold(word) for word in "ولد بنت بن ابن".split())
LINEAGE_NAME_WORDS = 6


def _name_length(name: str) -> bool:
    """Two to four words, or up to six with a word of lineage among them."""
    words = name.split()
    if 2 <= len(words) <= 4:
        return True
    return len(words) <= LINEAGE_NAME_WORDS and any(fold(word) in _LINEAGE for word in words[1:-1])


def name_shaped(name: str) -> bool:
    """A name in a script with capitals is a few capitalised words ("Von Montag an gelten neue
    Tarife." is not); scripts without case (Arabic) are taken as they come."""
    words = name.split()
    if not _CASED.search(name):  # a sentence is longer: "تقرير: ثلث سكان كردفان يواجهون الجوع مع ..."
        return len(words) <= MAX_NAME_WORDS or _WRITERS_JOINED.search(name) is not None
    if len(words) > MAX_NAME_WORDS or name[-1] in "!?;:" or not words[0][:1].isupper():
        return False
    return all(word[:1].isupper() or word.lower() in NAME_PARTICLES or not word[:1].isalpha() for word in words)


# "PARIS (AFP) -", "LONDON —", "BELPRE, Ohio (AP) —", "MERRITON, Neb. —" (a place in capitals, its state), "BEIJING, March 9 (Xinhua) --", "عمان 11 شباط (بترا) -", "نواكشوط، 9 مارس 2025 (ساحل) -", "موسكو - المغرب اليوم", "Beyrouth (AFP) –", "القاهرة ـ «الشرق الأوسط»".
# A hyphen joined to words on both sides is part of the place ("Saint-Nazaire (AFP) -"); a place
# stretched with tatweel ("الريـاض") is one too (U+0640 is no letter of the Arabic script's).
_DATELINE = regex.compile(
    r"^(?P<dateline>(?:\p{Lu}[\p{Lu}.'’ -]{1,30}?,\s\p{Lu}[\p{L}.'’ ]{1,20}?(?=\s*[–—])|\p{Lu}[\p{Lu}\p{Ll}.'’ -]{1,30}?(?:,\s\p{Lu}[\p{L}.'’ ]{1,20}?(?:\s\d{1,2})?(?=\s*\())?|[\p{Arabic}\p{Mn}\u0640 ]{2,30}?،?(?:\s[\d\p{Nd}]{1,2}\s\p{Arabic}+(?:\s[\d\p{Nd}]{4})?)?)"
    r"\s*(?:\([^)]{1,40}\))?)"  # (an agency's whole name: "(الوكالة الموريتانية للأنباء)")
    r"(?:\s*[–—]|\s+[-ـ]|[-ـ](?=\s))\s*"
)
# What follows the place on a short dateline line: a name of two to four words, no digits.
_NAME = regex.compile(r"^\p{L}[\p{L}\p{M}.'’ ]{1,40}$")


# "حماة-سانا": a place and an agency joined by a hyphen, alone on their line.
_JOINED_DATELINE = regex.compile(r"^\s*(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+)?)-[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+)?\s*$")


# "دمشق 3 سبتمبر 2024 (شينخوا) أعلنت ...": place, date and agency in brackets, the text right after (wire style, no dash).
_DATED_DATELINE = regex.compile(
    r"^(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2}\s[\d\p{Nd}]{1,2}\s\p{Arabic}+(?:\s\p{Arabic}+)?(?:\s[\d\p{Nd}]{4})?\s?\([^)]{2,30}\))\s+\S"
)


# "نابلس 14-10-2025 وفا- ", "رام الله 3/5/2025 (وفا) -": a place, the day in figures, the agency, a dash (WAFA's way).
_NUMERIC_DATED_DATELINE = regex.compile(
    r"^(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2}\s[\d\p{Nd}]{1,2}[-/.][\d\p{Nd}]{1,2}[-/.][\d\p{Nd}]{2,4}"
    r"\s+(?:\(\s?[\p{Arabic}\p{Mn}]{2,12}\s?\)|[\p{Arabic}\p{Mn}]{2,12}))\s?[-ـ–—]\s*\S"
)


# "MANAMA: ...", "ISLAMABAD: ...", "NEW DELHI: ...": a place in capitals and a colon, opening the text
# (Gulf, Pakistani and Indian papers). A label in capitals ("UPDATE:", "WATCH:") is a kicker of the lexicon's.
_COLON_CAPITALS_DATELINE = regex.compile(r"^(?P<dateline>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}):\s+[\p{Lu}\d\"“‘']")
COLON_DATELINE_MIN_WORDS = 12  # a paragraph's worth after it, not a label over a line ("NOTE: Closed today")


def _colon_capitals_dateline(text: str) -> regex.Match[str] | None:
    """"KOCHI: The first batch ...", or a city the gazetteer knows in any case ("Kochi: The first ...",
    "عمّان: ..."), a paragraph's worth after the colon."""
    found = _COLON_CAPITALS_DATELINE.match(text) or _COLON_PLACE_DATELINE.match(text)
    if found is None or len(text.split()) < COLON_DATELINE_MIN_WORDS:
        return None
    key = fold(found["dateline"]).strip()
    if _not_a_place(key) or found.re is _COLON_PLACE_DATELINE and key not in gazetteer():
        return None
    return found


_COLON_PLACE_DATELINE = regex.compile(r"^(?P<dateline>[^\W\d](?:[^:\d]{0,24}?\w)?)\s?:\s+\S")


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """The gazetteer's places, folded (`lexicons/<lang>/place.txt`: capitals and large cities): a
    dateline alone on its line, or before a colon in any case, names one."""
    return frozenset(fold(place).strip() for place in data_phrases("place.txt"))


@lru_cache(maxsize=1)
def _labels_in_capitals() -> frozenset[str]:
    """Words that open a line in capitals before a colon and are no place: a story's genre ("ANALYSIS"),
    a notice ("UPDATE", "CORRECTION"), a player's ("WATCH")."""
    return frozenset(
        fold(phrase) for name in ("capitals-label.txt", "kicker.txt", "card-badge.txt", "opinion-label.txt")
        for phrase in data_phrases(name) if not phrase.startswith("re:")
    )


def _not_a_place(key: str) -> bool:
    return key in _labels_in_capitals()


# "المنامة في 12 أكتوبر /بنا/", "الدوحة في 5 مايو / قنا /": a Gulf agency's place, day and month, and
# its name between slashes, alone on its line or over the text.
_SLASHED_AGENCY_DATELINE = regex.compile(
    r"^(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2}\s[\d\p{Nd}]{1,2}\s\p{Arabic}+(?:\s[\d\p{Nd}]{4})?"
    r"\s?/\s?[\p{Arabic}\p{Mn}]{2,12}(?:\s[\p{Arabic}\p{Mn}]{2,12})?\s?/)(?:\s+\S|\s*$)"
)


# "البصرة/ الجسر – أعلنت ...", "الموصل / نخيل - قال ...", "البصرة/ نبض الجنوب: تظاهر ...": the place, a
# slash, the outlet or the agency, a dash or a colon, then the text (Iraqi sites sign their reports so).
_PLACE_SLASH_OUTLET_DATELINE = regex.compile(
    r"^(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+)?\s?/\s?[\p{Arabic}\p{Mn}\d]{2,15}(?:\s[\p{Arabic}\p{Mn}\d]{2,15}){0,2})"
    r"(?:\s+[-–—ـ]|:)\s+\S+(?:\s+\S+){3}"
)


# "بريدة 13 رجب 1446 هـ الموافق 13 يناير 2025 م (واس) --": a Saudi or Gulf agency's place, its Hijri day
# and the Gregorian one, the agency in brackets (or its code glued after, "م ونا"), then the text.
_DUAL_DATED_DATELINE = regex.compile(
    r"^(?P<dateline>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2}\s[\d\p{Nd}]{1,2}\s\p{Arabic}+(?:\s\p{Arabic}+)?\s[\d\p{Nd}]{4}\s?هـ?"
    r"\s+الموافق\s+[\d\p{Nd}]{1,2}\s\p{Arabic}+\s[\d\p{Nd}]{4}\s?م?(?:\s?\([^)]{2,30}\))?)\s*(?:--?|–|—|ـ)?\s*\S"
)


# "WINDHOEK, 3 June 2025 –", "Kaolack, 14 nov (ATP) –", "SIRAJGANJ, Aug 19, 2025 (PNA) -", "Québec, le 24
# avril 2025. –": a place, a comma, the day (a month's name in it), the agency in brackets, a dash.
_DATED_CASED_DATELINE = regex.compile(
    r"^(?P<dateline>\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?,\s(?P<day>[^()–—\n]{3,30}?)(?:\s?\([^)]{2,25}\))?)\.?\s(?:--?|–|—)\s+\S"
)
_MONTH_WORD = regex.compile(r"\p{L}+")


def _names_a_month(day: str) -> bool:
    """A word of the day is a month's name ("3 June 2025", "14 nov", "22 أفريل 2025"), not only figures."""
    return any(dates.is_month_name(word) for word in _MONTH_WORD.findall(day))


def dated_cased_dateline(text: str) -> regex.Match[str] | None:
    """The match of "WINDHOEK, 3 June 2025 –" opening a line (a month's name in its day), or None."""
    found = _DATED_CASED_DATELINE.match(text)
    if found is None or not regex.search(r"\d", found["day"]):
        return None
    if not _names_a_month(found["day"]):
        return None  # "However, in 2024 — ...": a sentence's comma, no day
    return found


def _slashed_agency_dateline(text: str) -> regex.Match[str] | None:
    found = _SLASHED_AGENCY_DATELINE.match(text)
    if found is None or dates.is_month_name(found.group("dateline").rstrip("/ ").rsplit("/", 1)[-1]):
        return None  # "في 5 مايو / أيار /": the month's two names, not an agency
    return found


_DATE_AND_SOURCE = regex.compile(r"\([^)]*\)|\s[\d\p{Nd}]{1,4}(?=\s|$)")


def dateline_head(text: str) -> str | None:
    """The place (and agency) a line starts with: "PARIS (AFP)" for "PARIS (AFP) - Le ..."."""
    found = _DATELINE.match(text)
    if found is None:
        joined = (
            _JOINED_DATELINE.match(text) or _DATED_DATELINE.match(text) or _slashed_agency_dateline(text)
            or _DUAL_DATED_DATELINE.match(text) or dated_cased_dateline(text) or _NUMERIC_DATED_DATELINE.match(text)
            or _colon_capitals_dateline(text) or _PLACE_SLASH_OUTLET_DATELINE.match(text)
        )
        return joined.group("dateline") if joined else None
    head = found.group("dateline").strip()
    place = _DATE_AND_SOURCE.sub(" ", head)  # "نواكشوط، 9 مارس 2025 (ساحل)": the place's words, not the date's
    rest = text[found.end() :].strip(" -–—ـ")
    if len(place.split()) > 4 or not rest:
        return None  # "المغرب اليوم -" alone: a site name left over from a title, not a place
    if dates.is_date_line(text):
        return None  # "الإثنين، 03 فبراير 2025 - 11:05 ص": a stamp
    if is_desk(place):
        return None  # "القسم السياسي - نخيل برس": the site's desk, no place
    if "(" not in head and regex.search(r"[\d\p{Nd}]", head):
        return None  # a date before the dash comes with the agency in brackets; "ليلى الخطيب 11 مارس 2024 - 09:30" is a stamp
    return head


# What follows the place in a dateline: the agency in brackets or between slashes ("(AFP)", "/مجان/"),
# the day ("13 رجب 1446 هـ", "Dec. 9", "12 - 2"), a dash (a hyphen with a space before it: not
# "Saint-Nazaire"), or the Arabic "في" and the French ", le" before the day.
_AFTER_PLACE = regex.compile(r"\s*(?:[(/]|[–—]|(?<=\s)[-ـ]|(?<=\s)في\s+[\d\p{Nd}]|,\s*le\s+\d|[,،]?\s*[\d\p{Nd}]).*$")
_TRAILING_PUNCTUATION = " ,،:;-–—ـ|"


def place_of(dateline: str | None) -> str | None:
    """The dateline's place alone, what `Article.dateline` holds: "PARIS" for "PARIS (AFP)",
    "TASHKENT" for "TASHKENT, Dec. 9 (TSNA)", "صلالة" for "صلالة في 4 نوفمبر /مجان/", "YAKIMA" for
    "YAKIMA (River City 9)". A state after the town stays ("GLASGOW, Mont.")."""
    if not dateline:
        return dateline
    place = _AFTER_PLACE.sub("", dateline).strip(_TRAILING_PUNCTUATION)
    words = place.split()
    while len(words) > 1 and dates.is_month_name(words[-1].strip(".,")):
        words.pop()  # "TASHKENT, Dec." once the day went
    place = regex.sub(r",\s*le$", "", " ".join(words)).strip(_TRAILING_PUNCTUATION)  # "Québec, le" once the day went
    return place if regex.search(r"\p{L}", place) else dateline


# "Paris, le 9 décembre 2025", "Gaborone, 15 December 2025", "تونس في 22 أفريل 2025": a press release's or
# a letter's place and day, alone on their line.
_PLACED_DAY = regex.compile(
    r"^\s*(?P<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{L}[\p{L}\p{M}.'’-]*){0,2}|[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2})"
    r"(?:,\s*(?:le\s+)?|\s+في\s+)(?P<day>[\d\p{Nd}].{4,40}?)\.?\s*$"
)


def placed_day(text: str) -> tuple[str, dates.DateMatch] | None:
    """The place and the date of a line that holds only them ("Paris, le 9 décembre 2025"), or None."""
    found = _PLACED_DAY.match(text)
    if found is None or not _names_a_month(found["day"]):
        return None  # (a day in figures follows a source as well as a place: "China Radio International, 2012-08-06")
    if not dates.is_date_line(found["day"]) or dates.is_date_line(f"{found['place']} {found['day']}"):
        return None  # (a weekday is no place: "الثلاثاء في 4 نوفمبر 2025" is a stamp)
    day = dates.parse_date(found["day"])
    return (found["place"], day) if day is not None and day.iso else None


def dateline_of(text: str, words: int) -> str | None:
    """The dateline when a line starts with one ("PARIS (AFP) - ..."), or is one ("موسكو - المغرب اليوم")."""
    head = dateline_head(text)
    if head is None:
        return None
    return text.strip(" -–—ـ") if words <= MAX_DATELINE_WORDS else head


PLACE_AFTER_WORDS = 2  # "المدار - الرياض", "الأنباء - المدينة المنورة"


def split_dateline(text: str) -> tuple[str, str] | None:
    """("صيدا", "ريما الحاج علي") for a short "place - name" line, also written "name - place" or
    "place: name"; None for anything else. Whether the name is the writer's or the site's is for the
    caller to tell (segment: a site's name comes back elsewhere on the page)."""
    found = _DATELINE.match(text)
    if found is not None:
        place, rest = found.group("dateline").strip(), text[found.end() :].strip(" -–—ـ:")
        if "(" in place:
            return None
        if fold(rest).strip() in gazetteer() and fold(place).strip() not in gazetteer() and len(rest.split()) <= PLACE_AFTER_WORDS:
            return rest, place  # "المدار - الرياض": the site's name, then the place the gazetteer knows
        if _NAME.match(rest) and _name_length(rest) and name_shaped(rest):
            return place, rest
        if len(rest.split()) == 1 and _NAME.match(place) and 2 <= len(place.split()) <= 4 and name_shaped(place):
            return rest, place  # "علي جبار السعدي - البصرة"
        inner = split_dateline(rest) if _DATELINE.match(rest) else None  # "البلقاء - المفرق - محمد الخوالدة": the site, the place, the writer
        if inner is not None and rest.endswith(inner[1]):
            return f"{place} - {inner[0]}", inner[1]
        return None
    found = _SLASHED_LINE.match(text)
    if found is not None:
        name = found.group("name").strip()
        if 2 <= len(name.split()) <= 4 and fold(found.group("place")) not in _NOT_PLACES:
            return found.group("place").strip(), name
        return None
    found = _COLON_LINE.match(text)
    if found is None or fold(found.group("place")) in _NOT_PLACES or not _ARABIC.search(text):
        return None  # "Editor: Jane Doe", "字号：大 中 小" are labels, not a place and a writer
    name = found.group("name").strip()
    return (found.group("place"), name) if 2 <= len(name.split()) <= 4 and name_shaped(name) else None


# "الكويت: هاني الدوسري": one or two words of place, a colon, the name.
_COLON_LINE = regex.compile(r"^(?P<place>\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?)\s*[:：]\s*(?P<name>\p{L}[\p{L}\p{M}.'’ ]{1,40})$")
# "مرسين/ مراد قايا/ الأناضول": place, writer and agency, Anadolu's way (Arabic script: a Latin
# "Home / World News / Politics" is a breadcrumb).
_ARABIC_WORDS = r"[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+)"
_SLASHED_LINE = regex.compile(rf"^(?P<place>{_ARABIC_WORDS}{{0,2}})\s*/\s*(?P<name>{_ARABIC_WORDS}{{1,3}})\s*/\s*{_ARABIC_WORDS}{{0,2}}$")
# "أنقرة/ الأناضول", "موسكو/ تركيا الدولية": a place and an agency (or the site) joined by a slash.
_PLACE_SLASH_SOURCE = regex.compile(rf"^(?P<place>{_ARABIC_WORDS}{{0,1}})\s*/\s*(?P<source>{_ARABIC_WORDS}{{0,2}})$")


def place_and_source(text: str) -> tuple[str, str] | None:
    """("أنقرة", "الأناضول") for a "place/ source" line, else None; whether the source is an agency
    or the site is for the caller to tell."""
    found = _PLACE_SLASH_SOURCE.match(text.strip())
    if found is None or fold(found.group("place")) in _NOT_PLACES or is_desk(found.group("place")):
        return None  # (nor a desk: "القسم السياسي - نخيل برس")
    return found.group("place").strip(), found.group("source").strip()


# Prepositions that open no name: "مراسلنا في السليمانية" (our correspondent in ...). As written, not
# folded: folded, "على" (on) reads "علي", the name Ali ("كتب: علي حسن").
_PREPOSITIONS = frozenset("في من إلى الى إلي الي على عن لدى لدي".split())
_WITH_WORDS = frozenset(("مع", *_PREPOSITIONS))  # inside a phrase, not a name
# Labels of a headline that a byline's word may precede ("متابعة مباشرة: ..."): no outlet's name.
_HEADLINE_LABELS = frozenset(fold(word) for word in "مباشرة مباشر عاجل حصري".split())
# Labels written the same way that do not name a place.
_NOT_PLACES = frozenset(
    fold(word) for word in "المصدر مصدر تصوير صورة الصورة فيديو إعداد تحرير ترجمة متابعة تقرير عاجل الرئيسية source photo video".split()
)


@lru_cache(maxsize=1)
def _outlet_words() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{_alternation('outlet-word.txt')})(?!\w)")


def outlet_word(word: str) -> bool:
    """A (folded) word that names a kind of outlet: "موقع", "صحيفه", "نيوز"."""
    return _outlet_words().fullmatch(word) is not None


@lru_cache(maxsize=1)
def _outlet_ending() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation('outlet-word.txt', languages=('ja', 'zh'))})$")


def ends_like_outlet(key: str) -> bool:
    """Whether a name in a script written without spaces ends with an outlet's word: "南方日报", "北日本新聞"."""
    return _outlet_ending().search(key) is not None


def source_field(key: str) -> bool:
    """A Chinese source field: "来源：新华社" (the paper or agency the item comes from)."""
    return _HAN_SOURCE.match(key) is not None


def names_outlet(key: str) -> bool:
    """Whether a (folded) short line holds a word of outlets' names: "يمن الغد نت", "Gulf News"."""
    return _outlet_words().search(key) is not None


MAX_NAMES = 3


def names_alone(text: str) -> bool:
    """One to three writers' names and nothing else: "Vivian Lok and Marcus Yip", "Lucía Herrera"."""
    names = _WRITERS_JOINED.split(text.strip())
    return 1 <= len(names) <= MAX_NAMES and all(2 <= len(name.split()) <= 4 and bare_name(name) for name in names)


def bare_name(text: str) -> bool:
    """A name in a script with capitals and nothing else ("Lucía Herrera", "Анна Белоусова"): no
    digits, no final punctuation."""
    if not _CASED.search(text) or any(char.isdigit() for char in text) or not text[-1:].isalpha():
        return False
    words = text.split()  # "Accueil > Régions > Liège" is a breadcrumb: every word of a name has letters
    if len(words[-1]) < 2 and any(len(word) > 1 for word in words):
        return False  # "Serie C", "Group B": a name ends with a word, not a letter alone
    return all(any(char.isalpha() for char in word) for word in words) and name_shaped(text)
