"""What a writer's name looks like on a line: the words of a name (in capitals, or in a script
without case), not a role, not a bio's opening, not words no name holds.
"""

from __future__ import annotations

import regex

from .. import lexicon
from ..lines import Line
from ..metadata import byline, dates
from ..normalize import fold
from ..page import Page
from ..types import Label


BARE_NAME_CHARS = 40
# Chrome that names the site: its copyright line, its appeals to follow it, subscribe or give.
_SITE_NAMING = frozenset({Label.FOOTER, Label.NEWSLETTER, Label.DONATION, Label.PAYWALL})
_NOT_A_NAME = regex.compile(r"[\d:|/()«»\"“”!?؟،,;]")
# Words no name holds (a short standfirst or a section label does): "في", "من"... (not "على":
# folded, it is the name "علي").
_FUNCTION_WORDS = frozenset(
    fold(word)
    for word in "في من إلى الى عن مع أن إن هذا هذه التي الذي الذين كان قد لا ما لم بعد قبل بين حول خلال عند أو ثم كل "
    "بعض غير هو هي تم".split()
)

# Words of a script without capitals (Arabic, Persian, Hebrew; the Indic scripts, Sinhala, Georgian,
# Ethiopic), initials with a dot allowed: "ع. بلقاسم", "ச. பிரபாகரன்". Two to four words of a script
# without case; diacritics (a shadda, an Indic vowel sign or virama, a joiner) are marks, not letters.
# (a Hebrew name may carry a geresh, typed as an apostrophe: "נועה ברקוביץ'", "ג'ורג'", and a hyphen
# or a maqaf: "בר-שלום"; a Persian one a zero-width non-joiner: "نجیب‌الله")
_INDIC = r"\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}"
_CASELESS_WORD = (
    r"(?:[\p{Arabic}\p{Mn}\u200c]+|\p{Hebrew}[\p{Hebrew}\p{Mn}'’׳]*(?:[-־]\p{Hebrew}[\p{Hebrew}\p{Mn}'’׳]*)?"
    rf"|[{_INDIC}\p{{Georgian}}\p{{Ethiopic}}][{_INDIC}\p{{Georgian}}\p{{Ethiopic}}\p{{M}}\u200c\u200d]*)"
)
_CASELESS_NAME = regex.compile(rf"^(?:{_CASELESS_WORD}\.?\s){{1,3}}{_CASELESS_WORD}$")


def _role_line(line: Line) -> bool:
    """A short line that names a writer's role: "Transport Correspondent", "Collaboration spéciale",
    "مراسل الجزيرة في دمشق"; the role opens or closes it (in "GridCalc Developers Fork Over Contributor
    Agreement" it is a word of a headline). It closes it only in a script with capitals, where the role
    is written as one: in Arabic the role word closes compounds of headlines ("تعقد ندوة صحفية", a press
    conference)."""
    if line.words > byline.MAX_ROLE_WORDS:
        return False
    found = byline.role_span(line.key)
    if found is None:
        return False
    return found[0] == 0 or byline.cased(line.text) and not line.key[found[1] :].strip(" .,;:)-–—")


def _opens_with_role(line: Line) -> bool:
    """A short line that opens with a writer's role: "Political Editor", "مراسل شبكة الرأي - دمشق"."""
    return 0 < line.words <= byline.MAX_ROLE_WORDS and byline.starts_with_role(line.key)


# "A y B", "A, B", "A et B", "A, B and C": the writers of one article on one line
_NAMES_JOINED = regex.compile(  # "JAVIER MONTOYA Y LUCÍA ESTEBAN" too
    rf"\s*,\s*(?:(?:{byline.JOINING_WORDS})\s+)?|\s+(?:{byline.JOINING_WORDS}|&|و|{byline.JOINING_WORDS.upper()})\s+"
)
MAX_JOINED_NAMES = 3


def _name_alone(page: Page, text: str) -> bool:
    """A writer's name and nothing else: two to four words, no digits, no punctuation but an
    initial's dot, no function word."""
    if not 2 <= len(text.split()) <= 4 or len(text) > BARE_NAME_CHARS:
        return False
    if byline.has_role(fold(text)):
        return False  # "Senior Reporter", "Jornalista", "Legal Affairs Correspondent": the role under the name
    if byline.names_outlet(fold(text)):
        return False  # "يمن الغد نت", "Gulf News": the site's name under the headline
    if _NOT_A_NAME.search(text) or not _name_words(text):
        return False
    if _CASELESS_NAME.match(text):
        key = fold(text)
        # The site's name, not a writer's: "© 2025 بوابة برقة نيوز. جميع الحقوق محفوظة", "تابعوا قناة
        # الفولغا عربي على تلغرام" (in a script with capitals a blog's copyright line names its writer,
        # so only here).
        if any(key in other.key for other in page.lines if other.label in _SITE_NAMING):
            return False
        words = key.split()
        # "تحديث تلقائي": a live page's refresh switch ("على", a stamp's "at", folds to the name "علي")
        if dates.has_stamp_word(" ".join(word for word in words if word != "علي")):
            return False
        # A name holds one family name with the article at most ("محمود السيد", "عبد الله المطيري");
        # "الفنان الراحل عبدالرحمن المطيري" describes a picture.
        # "عبد الحق", "عبد الرحمن": the article after "عبد" belongs to the given name.
        families = [word for before, word in zip(["", *words], words) if word.startswith("ال") and before != "عبد"]
        # ... or two after a given name without the article: "عثمان الطيب حمد النيل" (a Sudanese name)
        articled = sum(1 for word in families if word != "الله")
        return articled <= 1 or articled == 2 and not words[0].startswith("ال")
    # In a script with capitals a bare name is too easily a heading ("Healthy Skin Makeover", "Recipe
    # Index"): there it must stand right under the headline, by the date, and look like a name.
    words = text.split()
    if not byline.bare_name(text) or text.isupper() or _DOTTED.search(text):  # ("Joyce Lim Hui Wen": four words)
        return False
    if any(_short_function_word(word, page.stopwords) for word in fold(text).split()):
        return False  # "The Rundown", "All News Items", "Все новости"
    # The words of a name are capitalised wherever the page uses them; "Recipe Index", "Staff
    # Clinician" are words the page also writes in lower case.
    return not _written_in_lower_case(page, words)


BIO_OPENING_WORDS = 12


def _opens_like_bio(line: Line) -> bool:
    """A line that opens as a note about the writer does ("كاتبة وباحثة في ...", "Jane Doe is a
    reporter ..."): its first words match the end-note lexicon, which is written for such notes."""
    opening = " ".join(line.text.split()[:BIO_OPENING_WORDS])
    hit = lexicon.match(Line.of(line.index, opening), trailing=True)
    return hit is not None and hit.category.name == "end-note"


def _short_function_word(word: str, stopwords: frozenset[str]) -> bool:
    """A stopword of three letters or fewer ("the", "all", "все"). Longer stopwords are left out:
    frequency stoplists hold first names ("james", "анна"); a name's particles ("de", "van") are
    part of it, but "and" joins two names, not the words of one ("Products and Tools")."""
    return len(word) <= 3 and word in stopwords and (word not in byline.NAME_PARTICLES or word in _AND)


_AND = frozenset("and und et".split())


_DOTTED = regex.compile(r"\.\p{L}")  # "BrookesNews.Com": a domain, not an initial ("Rebecca J. Rosen")


def _written_in_lower_case(page: Page, words: list[str]) -> bool:
    """Whether the page writes one of these words with a lower-case initial somewhere (an e-mail
    address or a link does not count: "ellie.marchetti@courier.com.au")."""
    text = page.words_text
    return any(
        regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word.lower())}(?![\p{{L}}\p{{M}}])", text)
        for word in words
        if word[:1].isupper() and word.lower() not in byline.NAME_PARTICLES  # "Yann Le Goff"
    )


# "Yann Le Goff.": some papers end the byline with a full stop (not after an initial: "John J.";
# no other full stop but an initial's: "Food. Wine. Travel. Life." is a tagline).
_SIGNED_STOP = regex.compile(r"^(?:[^.,]|(?<=\b\p{Lu})\.)+(?<=\p{L}{3})\K\.$")


def _name_like(text: str) -> bool:
    """Capitalised words of a name ("Lucía Herrera"), or words of a script without case ("رنا خليل")."""
    return bool(byline.bare_name(text) or _CASELESS_NAME.match(text))


def _name_words(text: str) -> bool:
    """No function word: "ريما الحاج علي" may be a name, "تصدر من لندن" may not."""
    return not any(word in _FUNCTION_WORDS for word in fold(text).split())


def _bare_name(line: Line) -> bool:
    """A writer's name alone on its line, in a script with capitals ("Lucía Herrera", "Yann Le
    Goff."), or two or three of them ("Lucía Arrieta y Pablo Sanz")."""
    text = byline.without_helper(_SIGNED_STOP.sub("", line.text))  # "Rita Sampaio com Lusa"
    if 2 <= len(text.split()) <= 4 and byline.bare_name(text):
        return True
    names = _NAMES_JOINED.split(text) if line.words <= 4 * MAX_JOINED_NAMES else []
    return 2 <= len(names) <= MAX_JOINED_NAMES and all(2 <= len(name.split()) <= 4 and byline.bare_name(name) for name in names)
