"""The writer named after the text: an agency item's signature, a writer's box with its bio, and
the name said again in the text's last lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .. import lexicon
from ..lines import Line
from ..metadata import byline, dates
from ..normalize import fold
from ..page import Page
from ..types import Label
from .names import _CASELESS_NAME, _name_alone, _name_words, _opens_like_bio, _opens_with_role, _role_line


SIGNATURE_REACH = 3  # lines after the last paragraph where an agency item's signature may stand
SIGNATURE_WORDS = 8  # a byline kept as the text's last line: "تقرير: عبدالرحمن الشرعبي"


def _signature(page: Page, content: Sequence[Line]) -> str | None:
    """An agency item signed after its text: the reporter's name alone on the last line ("رنا
    الأحمد"), or a byline a few lines below the last paragraph ("متابعة: زينب الموسوي")."""
    kept = [line for line in content if not line.removed]
    if len(kept) < 2 or page.region is None:
        return None
    last = kept[-1]
    after = [line for line in content if line.index > last.index and not line.blank][:SIGNATURE_REACH]
    # The name is the text's last kept line, or the line right under it (cut with the chrome).
    for paragraph, name_line in ((kept[-2], last), (last, after[0] if after else None)):
        if name_line is None or not paragraph.ends_sentence:
            continue
        if name_line is not last and _tag_list(after):
            continue  # "مهرجان اللوز" / "تافراوت" / "تيزنيت": a list of tags, the first no signature
        if name_line.rule.startswith("html.cls-") and name_line.label is not Label.BYLINE:
            continue  # the page's markup names the box: its tags ("مياه", "طاقة شمسية", "الرياض" run together)
        if _signed_name(name_line):  # (a prefix the name-shape test lets by, "ዘጋቢ፦", is no part of the name)
            name = byline.byline_author(name_line.key, name_line.text, name_line.words) or name_line.text.strip()
        elif name_line is not last and _capitalised_signature(page, name_line):
            name = name_line.text.strip()
        else:
            name = _name_and_agency(name_line) or _bracketed_name(name_line)
        if name:
            name_line.decide(Label.BYLINE, "segment.signature", "the reporter's name under the last paragraph")
            return name
    # The text's last kept line is a byline under the last paragraph ("تقرير: عبدالرحمن الشرعبي").
    # (no date on it: "Posted by Admin on Friday, January 14, 2005" is a post's footer)
    signed = kept[-2].ends_sentence and last.words <= SIGNATURE_WORDS and not any(char.isdigit() for char in last.text)
    # (the other credits of the sign-off, "Editor: Dewi Anggraini" over "Penulis: Rizky Ramadhan", count no line)
    credited = [line for line in content if line.index > last.index and not line.blank and not _other_credit(line)][:SIGNATURE_REACH]
    for line in ([last] if signed else []) + credited:
        name = byline.byline_author(line.key, line.text, line.words)
        if name and byline.names_outlet(fold(name)):
            return None  # "تحرير: هيئة التحرير": the desk signs, no person
        if name:
            line.decide(Label.BYLINE, "segment.signature", name)
            return name
    return None


LEAD_BYLINE_CHARS = 30  # inside the brackets that open a lead: "記者林奕辰／嘉義報導", a reporter and a place


def _lead_writer(content: Sequence[Line]) -> str | None:
    """The writer named in brackets at the head of the first paragraph, as the Chinese press opens
    its stories ("〔記者林奕辰／嘉義報導〕阿里山…", "（记者 王小明 北京报道）…"): the reporter and where
    the story was filed from."""
    first = next((line for line in content if not line.removed), None)
    found = _LEAD_BRACKETS.match(first.text) if first is not None else None
    if found is None:
        return None
    inside = found.group("inside").strip()
    return byline.byline_author(fold(inside), inside, len(inside.split()))


_LEAD_BRACKETS = regex.compile(rf"^\s*[〔（(【\[](?P<inside>[^〔〕（）()【】\[\]]{{2,{LEAD_BYLINE_CHARS}}})[〕）)】\]]")


def _capitalised_signature(page: Page, line: Line) -> bool:
    """A writer's name in a script with capitals, alone right under the last paragraph and cut with
    the chrome ("Trần Thu Hà" over "Từ khóa:"), as the Vietnamese press signs, when the page credits
    the same person for a picture ("Ảnh: Trần Thu Hà"): alone, "Learn More" or "Bureau Report" there
    is a button or a desk."""
    if not 2 <= line.words <= 4 or line.ends_sentence or line.label is not Label.BOILERPLATE:
        return False
    if _ruled_out(line):
        return False
    if not _name_alone(page, line.text.strip()):
        return False
    key = line.key.strip()
    return any(other.label is Label.CAPTION and other.key.rstrip(" .").endswith(key) for other in page.lines)


def _other_credit(line: Line) -> bool:
    """A credit line after the text that names no writer: an editor's, a photographer's."""
    if line.words > SIGNATURE_WORDS:
        return False
    hit = lexicon.match(line, trailing=True)
    return hit is not None and hit.category.name == "end-note" and byline.byline_author(line.key, line.text, line.words) is None


TAG_WORDS = 3


BOX_ROLE_WORDS = 3  # "Muhabir", "Staff Reporter", "Senior Political Correspondent"
BOX_BIO_WORDS = 6  # the bio under the role: a sentence about the writer


def _writer_box_after(page: Page, content: Sequence[Line]) -> str | None:
    """The writer's box after the text: a name alone over the writer's role and a bio ("Selin Aydoğan"
    / "Muhabir" / "İzmir'de yerel yönetimler ... haberler yapıyor."). Only when the page's tail holds
    one such box (a list of teasers, each with its writer and role, names no author)."""
    if page.region is None:
        return None
    tail = [line for line in content if line.index > page.region[1]]
    pairs = [  # (the name's test, which reads the whole page, last)
        (line, below, bio) for line, below, bio in zip(tail, tail[1:], tail[2:])
        if line.words <= 4 and below.words <= BOX_ROLE_WORDS and _opens_with_role(below)
        and bio.ends_sentence and bio.words >= BOX_BIO_WORDS and not bio.text.strip().endswith("?")
        and not _role_line(line) and _name_alone(page, line.text.strip())
    ]
    if len(pairs) != 1:
        return None
    name = pairs[0][0]
    name.decide(Label.BYLINE, "segment.writer-box-after", "a name over the writer's role after the text")
    return name.text.strip()


def _tag_list(after: Sequence[Line]) -> bool:
    """Short lines in a row under the text, none a lexicon's (a share bar's "شارك"), none a date: tags."""
    tags = after[:2]
    return len(tags) == 2 and all(
        line.words <= TAG_WORDS and not line.ends_sentence and not line.rule.startswith("lexicon.")
        and not dates.is_date_line(line.text, folded=line.key)
        for line in tags
    )


AGENCY_WORDS = 2  # "ats", "dpa/afp" after the reporter's name


def _name_and_agency(line: Line) -> str | None:
    """ "Camille Berthoud/ats": the reporter's name, a slash, the agency that shares the item."""
    name, slash, agency = line.text.strip().partition("/")
    name = name.strip()
    if not slash or "/" in agency or not 1 <= len(agency.split()) <= AGENCY_WORDS or not 2 <= len(name.split()) <= 4:
        return None
    return name if byline.bare_name(name) and not byline.has_prefix(fold(name)) else None


# A name in a script written without spaces, in brackets: "（森川拓也）", "（记者 王晓明）".
# (Han or Hangul only: "（おわり）", "（ロイター）" are no names.)
_BRACKETED_NAME = regex.compile(r"^[(（]\s*(?:(?:記者|记者|기자)\s*)?(?P<name>[\p{Han}々]{2,6}|\p{Hangul}{2,4})\s*[)）]$")


@lru_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    return frozenset(lexicon.data_phrases("credit-label.txt", ("ja", "zh", "ko")))


def _bracketed_name(line: Line) -> str | None:
    """The reporter's name in brackets under the text, as Japanese and Chinese papers sign:
    "（森川拓也）"; an agency's ("（共同）", "（新华社）") names no person."""
    found = _BRACKETED_NAME.match(line.text.strip())
    if found is None:
        return None
    name = found["name"]
    if byline.ends_like_outlet(fold(name)) or lexicon.credit_phrase(name) or name in _credit_labels():
        return None
    return name


def _ruled_out(line: Line) -> bool:
    """Whether a rule other than the main-text search's (or the markup's) took the line: a lexicon's
    heading, a caption, a date is no signature."""
    return any(not rule.startswith(("region.", "html.")) for _, rule, _ in line.decisions)


def _signed_name(line: Line) -> bool:
    """Two or three words of a script without capitals, no function word, no agency: "رنا الأحمد"."""
    text = line.text.strip()
    if not 2 <= line.words <= 3 or line.ends_sentence or not _CASELESS_NAME.match(text):
        return False
    if _ruled_out(line):
        return False  # "أخبار ذات صلة": a heading a lexicon knows
    if byline.starts_with_role(line.key):
        return False  # "كاتب وصحافي سوري": the writer's bio after the column, no name
    return _name_words(text) and lexicon.credit_phrase(text) is None


def _author_again(content: Sequence[Line], author: str) -> None:
    """The writer's name alone on a kept line past the header is the author's box ("د. عائشة جاسم
    المري" over the bio at the end of a column): a paragraph is never a bare name."""
    key = fold(author).strip()
    for position, line in enumerate(content):
        if line.key.strip(" .:-–—") != key and not _signed_in_brackets(line, key) and not _name_with_note(line, key):
            continue
        if not line.removed:
            line.decide(Label.BYLINE, "segment.author-again", "the writer's name, shown again")
        _bio_under(content, position, key)


def _signed_in_brackets(line: Line, key: str) -> bool:
    """ "(Katharina Wallner, 5.3.2025)" after the text: the writer's name in brackets, with the day."""
    inner = line.key.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return False
    inner = inner[1:-1].strip()
    rest = inner[len(key) :].strip(" ,;/-–—") if inner.startswith(key + ",") or inner == key else None
    return rest is not None and (not rest or dates.is_date_line(rest, folded=rest))


NOTE_WORDS = 5


def _name_with_note(line: Line, key: str) -> bool:
    """ "Mathilde Carrel (Brest, envoyée spéciale)" after the text: the writer's name, then where and
    as what the writer wrote, in brackets."""
    text = line.key.strip()
    if not (text.startswith(key + " (") and text.endswith(")")):
        return False
    note = text[len(key) + 2 : -1]
    return 0 < len(note.split()) <= NOTE_WORDS and "(" not in note and not any(char.isdigit() for char in note)


BIO_MAX_WORDS = 60


def _bio_under(content: Sequence[Line], position: int, key: str) -> None:
    """The writer's bio under the name shown again after the text (and the role under it): "Fiona
    MacLeod" / "Political Editor" / "Fiona has covered Holyrood since 2011 ...". It opens with one of
    the name's words and is the last line kept: a paragraph of the text below a name is not a bio."""
    following = [line for line in content[position + 1 :] if not line.blank]
    role = following[0] if following and _opens_with_role(following[0]) else None
    if role is not None:
        following = following[1:]  # "Political Editor", "Redakteur Digital"
    if not following:
        return
    bio = following[0]
    if bio.removed or bio.words > BIO_MAX_WORDS or any(not line.removed for line in following[1:]):
        return
    if bio.tokens[:1] and bio.tokens[0] in key.split() or _opens_like_bio(bio):
        if role is not None and not role.removed:
            role.decide(Label.BYLINE, "segment.author-bio", "the writer's role, over the bio")
        bio.decide(Label.BYLINE, "segment.author-bio", "the last paragraph, under the writer's name, about the writer")
