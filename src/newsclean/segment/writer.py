"""The writer's name alone on a line near the headline: under it beside the date, over it above a
role or a date, in an author box, or a correspondent's "From <name>, <place>".
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .. import lexicon
from ..lines import Line
from ..metadata import byline, captions, dates
from ..normalize import fold
from ..page import Page
from ..rules.lexicon import _lines_above
from ..types import Label
from .common import _lexicon_chrome, _next_in, _ruled
from .names import MAX_JOINED_NAMES, _CASELESS_NAME, _FUNCTION_WORDS, _INDIC, _NAMES_JOINED, _SIGNED_STOP, _bare_name, _name_alone, _opens_like_bio, _opens_with_role, _role_line


BARE_NAME_BELOW = 3  # lines under the headline where the writer's name may stand alone
DATED_LINE_WORDS = 12


def _writer_over_role(page: Page, zone: Sequence[Line], line: Line) -> bool:
    """A writer's name over the role ("Aileen MacLeod" / "Transport Correspondent", "عبدالله بن فهد
    الشمري" / "كاتب وصحفي سعودي"), or the role line itself: header lines, not headlines."""
    if _role_line(line):
        return True
    below = _next_in(zone, line)
    if below is None or not _role_line(below):
        return False
    return _bare_name(line) or not byline.cased(line.text) and _name_alone(page, line.text)


ROLE_ABOVE_REACH = 3  # lines over the headline where a column's writer may stand over the role
COLUMN_NAME_WORDS = 4


def _writer_over_role_above(page: Page, zone: Sequence[Line], position: int, headline: Line) -> Line | None:
    """A column's writer over the role, above the headline ("هشام الدسوقي" / "كاتب صحفي" / headline);
    labelled."""
    for number in range(max(0, position - ROLE_ABOVE_REACH), position):
        line, below = zone[number], _next_in(zone, zone[number])
        between = zone[number + 2 : position]  # the column's name may stand over the headline ("على الطاولة")
        if below is None or len(between) > 1 or any(other.words > COLUMN_NAME_WORDS for other in between):
            continue  # the role right over the headline, not a menu's "Member Services" / "Correspondents"
        if between and below.words < 2:
            continue  # over a column's name, the role says more than one word ("كاتب وأكاديمي كويتي")
        above = zone[number - 1] if number else None
        if above is not None and byline.prefix_alone(above.key):
            continue  # "Fact Checked By" / the name / the role: a reviewer, not the writer
        if _writer_over_role_line(page, line, below, headline):
            line.decide(Label.BYLINE, "segment.name-over-role", "a name over the writer's role, above the headline")
            return line
    return None


def _writer_over_role_line(page: Page, line: Line, below: Line, headline: Line) -> bool:
    """`line` names the column's writer alone, and `below` is (or opens with) the writer's role."""
    return (_role_line(below) or _opens_with_role(below)) and not _role_line(line) and _writer_alone(page, line, headline.key)


ROLE_BELOW_REACH = 4  # lines under the headline where a column's writer may stand over the role


def _writer_over_role_under(page: Page, zone: Sequence[Line], position: int, headline: Line) -> Line | None:
    """A column's writer over the role, a few lines under the headline (headline / "عبدالله الشمري"
    under the writer's picture / "عبدالله بن فهد الشمري" / "كاتب وصحفي سعودي"), before the text; labelled."""
    for line in zone[position + 1 : position + 1 + ROLE_BELOW_REACH]:
        if line.cls == "good":
            return None  # the text has begun
        below = _next_in(zone, line)
        if below is None:
            return None
        if _writer_over_role_line(page, line, below, headline):
            line.decide(Label.BYLINE, "segment.name-over-role", "a name over the writer's role, under the headline")
            _label_role_under(zone, line)
            return line
    return None


def _writer_over_date(page: Page, zone: Sequence[Line], line: Line) -> bool:
    """The writer's name alone right over the date: the header's byline, not its headline (a column
    shows the name again over the writer's bio)."""
    below = _next_in(zone, line)
    return below is not None and below.label is Label.DATE and _writer_alone(page, line, line.key)


WRITER_ABOVE_REACH = 3  # lines above the headline where a column's writer may stand over the date


def _writer_over_date_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A column's writer alone over the date, right above the headline ("نايف المطيري" / date / headline):
    a name in a script without capitals (in Latin script, "Premier League" or "EDB Team" over a date
    are a section's or a desk's)."""
    for line in zone[max(0, position - WRITER_ABOVE_REACH) : position]:
        if not _CASELESS_NAME.match(line.text.strip()) or any(word in _FUNCTION_WORDS for word in line.key.split()):
            continue
        if not line.removed or line.label is Label.BOILERPLATE:
            if _writer_over_date(page, zone, line):
                line.decide(Label.BYLINE, "segment.writer-over-date", "a writer's name alone over the date, above the headline")
                return line
    return None


def _boxed_writer_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A column's writer alone right above the headline, in a script without capitals, the same name
    heading the writer's box after the text (over a bio, a role or an e-mail address): the box says
    who the name is; labelled."""
    for line in reversed(zone[max(0, position - WRITER_ABOVE_REACH) : position]):
        text = line.text.strip()
        if not _CASELESS_NAME.match(text) or line.words < 2:  # (in Latin script, "Car Insurances" over a box's "Car insurance ...")
            continue
        if any(word in _FUNCTION_WORDS for word in line.key.split()) or page.key_counts[line.key] < 2:
            continue
        if _in_author_box(page, line):
            line.decide(Label.BYLINE, "segment.boxed-writer-above", "a name over the headline that heads the writer's box after the text")
            return line
    return None


def _opinion_writer_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A columnist's name alone right above the headline, under the opinion section's label ("رأي" /
    "نادين خوري" / headline): the label says the name is the writer's, not a kicker's."""
    above = zone[max(0, position - WRITER_ABOVE_REACH) : position]
    for number, line in enumerate(above):
        if number == 0 or not _opinion_label(above[number - 1]):
            continue
        text = line.text.strip()
        if _ruled(line) or not _name_alone(page, text):
            continue
        if lexicon.match(line) is not None:
            continue  # "تواصل معنا": the menu's next item
        line.decide(Label.BYLINE, "segment.opinion-writer-above", "a name under an opinion page's label, over the headline")
        return line
    return None


def _labelled_name(zone: Sequence[Line], line: Line) -> bool:
    """The writer's name next to the picture's label that names the same writer ("صورة الكاتب <name>"),
    under it or over it, or under a picture credited to the same name."""
    position = zone.index(line)
    for neighbour in (position - 1, position + 1):
        found = _WRITER_WORD.match(zone[neighbour].key) if 0 <= neighbour < len(zone) else None
        if found is not None and found.group("name").strip() == line.key.strip():
            return True
    # A picture credited to the same name right above it: the writer's portrait ("صورة: <name>" / <name>)
    above = zone[position - 1] if position else None
    return above is not None and above.label is Label.CREDIT and fold(captions.credit_name(above.text)) == line.key.strip()


def _labelled_writer_above(zone: Sequence[Line], position: int) -> Line | None:
    """A columnist's name above the headline, over the picture's label that names the same writer
    ("عبدالله السبيعي" / "صورة الكاتب عبدالله السبيعي" / headline): the label says it is the writer."""
    above = zone[max(0, position - WRITER_ABOVE_REACH) : position]
    for line in above:
        if _labelled_name(zone, line) and not _ruled(line):
            line.decide(Label.BYLINE, "segment.labelled-writer-above", "a name over its picture's label naming the writer")
            _next_in(zone, line).decide(Label.CAPTION, "segment.writer-picture", "the writer's picture's label")
            return line
    return None


BIO_EXTRA_WORDS = 4  # "Helena Marsh is a health policy columnist ...": the name and a sentence after it


def _bioed(page: Page, zone: Sequence[Line], name: Line) -> bool:
    """A writer's name alone on its line, and a line of the header that opens with it and goes on
    about the writer ("Helena Marsh is a health policy columnist and ..."): the name is the byline."""
    opened = any(  # (the name's test, which reads the whole page, last)
        other.key.startswith(name.key + " ") and other.words >= name.words + BIO_EXTRA_WORDS and _opens_like_bio(other)
        for other in zone
    )
    return opened and _bare_name(name) and _name_alone(page, name.text.strip())


def _under_bioed_name(page: Page, zone: Sequence[Line], line: Line, candidates: Sequence[Line]) -> bool:
    """A headline-shaped line right under a writer's name that itself stands under another headline:
    the standfirst, the name being the byline between them (see `_bioed`)."""
    position = zone.index(line)
    return position >= 2 and zone[position - 2] in candidates and _bioed(page, zone, zone[position - 1])


def _writers_bio(page: Page, zone: Sequence[Line], line: Line) -> bool:
    """The bio under a writer's name alone on its line: it opens with the name (see `_bioed`)."""
    return any(
        other is not line and line.key.startswith(other.key + " ") and _bioed(page, zone, other) for other in zone if other.words <= 4
    )


def _bioed_name_under(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """The writer's name right under the headline, confirmed by the bio that opens with it; labelled."""
    if position + 1 >= len(zone) or not _bioed(page, zone, zone[position + 1]):
        return None
    name = zone[position + 1]
    if _ruled(name):
        return None
    name.decide(Label.BYLINE, "segment.bare-name", "a name alone under the headline, a bio opening with it below")
    return name


def _opinion_label(line: Line) -> bool:
    """ "رأي", "Opinion", "Tribune": an opinion section's label, the whole line."""
    return lexicon.phrase_in(line.text, "opinion-label") == line.key.strip(" :|-–—")


_WRITER_WORD = regex.compile(r"^(?:صوره )?(?:الكاتب|الكاتبه|بقلم الكاتب|بقلم الكاتبه)\s+(?P<name>.+)$")


def _writer_label(line: Line) -> bool:
    """ "الكاتبة هالة عبدالله القحطاني": the writer's word and a name, a picture's label, no headline."""
    found = _WRITER_WORD.match(line.key)
    return found is not None and _CASELESS_NAME.match(found.group("name")) is not None


def _bare_name_under(page: Page, zone: Sequence[Line], after: Sequence[Line], headline: Line) -> Line | None:
    """The writer's name alone on a line a few lines under the headline, next to a date; labelled."""
    # A picture between the headline and the name does not count (its credit, the caption above it),
    # nor a player's or a share bar's controls, nor a key-points box.
    credited = {line.index for line in after if line.label is Label.CREDIT}
    unpictured = [
        line
        for line in after
        if line.label not in (Label.CAPTION, Label.CREDIT, Label.KEY_POINTS) and line.index + 1 not in credited and not _lexicon_chrome(line)
    ]
    # Beside the date, a share bar aside: "14 February 2025" / "Share" / "Save" / "Priya Lansdowne"
    unshared = [line for line in after if line.label is not Label.SHARE]
    # ...or right under the headline, the date right above it: "العدد 6021 - الأحد 18 مايو 2025" /
    # the headline / "يوسف عبدالرحمن المناعي".
    # (not a picture's button over its caption: "تحميل الصورة" / "جانب من حملة ... - وام")
    above = zone[: zone.index(headline)] if headline in zone else []
    first = unpictured[0] if unpictured and above and _dated(above[-1]) else None
    below = page.lines[first.index + 1] if first is not None and first.index + 1 < len(page.lines) else None
    if below is not None and below.label in (Label.CAPTION, Label.CREDIT):
        first = None
    name_line = next(
        (
            line
            for line in _below_headline(unpictured)
            if _writer_alone(page, line, headline.key) and (line is first or _next_to_date(unshared, unshared.index(line)))
        ),
        None,
    )
    if name_line is not None:
        name_line.decide(Label.BYLINE, "segment.bare-name", "a name alone under the headline")
        _label_role_under(zone, name_line)  # "Kayla Nguyen" over "Senior Reporter"
    return name_line


def _below_headline(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines under the headline where the writer's name may stand alone; in a script with
    capitals, where a name shows, the stamps between do not count ("Publié le ..." / "Mis à jour le
    ..." / "Marc-Olivier Gendron")."""
    near = list(lines[:BARE_NAME_BELOW])
    stamps_aside = [line for line in lines if line.label is not Label.DATE][:BARE_NAME_BELOW]
    return near + [line for line in stamps_aside if line not in near and byline.cased(line.text)]


def _next_to_date(lines: Sequence[Line], number: int) -> bool:
    """The writer's name stands beside the date line: a short label under a headline ("Local
    Government", "أخبار محلية") does not."""
    around = lines[max(0, number - 1) : number + 3]  # "Name", "The Daily Courier", "March 3, 2025"
    if number >= 2 and not regex.search(r"\p{L}", lines[number - 1].text):
        around = lines[number - 2 : number + 3]  # "14 ноября 2025, 10:15" / "👁 1 234" / "Ирина Шестакова"
    return any(_dated(line) for line in around if line is not lines[number])


def _dated(line: Line) -> bool:
    """A date line, or a short line with a date in it ("Valencia - 22 ene 2025 - 13:45 CET")."""
    if line.label in (Label.DATE, Label.DATELINE):
        return True
    return line.words <= DATED_LINE_WORDS and dates.parse_date(line.text) is not None


def _writer_alone(page: Page, line: Line, title_key: str) -> bool:
    """A writer's name alone on its line under the headline, beside the date ("رنا خليل", "د. مازن
    الخطيب", "Lucía Ferrer"), or two or three such names ("Lucía Arrieta y Pablo Sanz", "Marta
    Wójcik, Piotr Zieliński"): shown no more often than the headline, and no other rule has a say
    about it. The writer's city may follow in brackets: "فهد الحربي (المدينة المنورة)"."""
    text, _ = _name_and_place(line.text)
    text = byline.without_helper(text)  # "Rita Sampaio com Lusa": the writer, with the agency
    below = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    over_role = below is not None and _opens_with_role(below)
    # A page rendered twice shows both twice; a name over its role, or one an author box shows again
    # ("Sobre la firma" / "Lucía Ferrández"), may come back in the writer's bio.
    if page.key_counts[line.key] > max(1, page.key_counts[title_key]) and not over_role and not _in_author_box(page, line):
        shown_again = (_signs_the_next_article, _twice_in_a_row, _signs_teasers, _in_writer_field, _replies_in_thread)
        if not any(again(page, line) for again in shown_again) and not _around_headline(page, line, title_key):
            return False
    if _ruled(line):
        return False
    if _name_alone(page, text) or _bare_name(line) and _in_author_box(page, line):
        return True  # (the box says it is a name, even one the text writes in lower case: "Deniz", "sea")
    names = _NAMES_JOINED.split(text)
    if text.isupper():  # "JAVIER MONTOYA Y LUCÍA ESTEBAN": two names in capitals (one alone may be a heading)
        names = [name.title() for name in names]
    return 2 <= len(names) <= MAX_JOINED_NAMES and all(_name_alone(page, name) for name in names)


def _twice_in_a_row(page: Page, line: Line) -> bool:
    """A columnist's name over his picture, whose caption is the name again ("عامر الخصاونة" twice):
    the page shows it only there."""
    if page.key_counts[line.key] != 2:
        return False
    nearby = [other for other in page.lines[max(0, line.index - 1) : line.index + 2] if other is not line]
    return any(other.key == line.key for other in nearby)


NEXT_HEADER_REACH = 2  # lines under an appended article's headline where its writer's name stands


def _signs_the_next_article(page: Page, line: Line) -> bool:
    """Every other copy of the name stands right under the headline of an article appended below:
    the same writer signs the next article too."""
    others = [other.index for other in _copies(page, line)]
    headed = {header + step for header in page.headers for step in range(1, NEXT_HEADER_REACH + 1)}
    return bool(others) and all(index > line.index and index in headed for index in others)


def _copies(page: Page, line: Line) -> list[Line]:
    """The line's other copies on the page."""
    return [other for other in page.lines if other.key == line.key and other is not line]


def _signs_teasers(page: Page, line: Line) -> bool:
    """Every other copy of the name, below, signs a teaser beside its date: the writer's other posts
    listed under the text ("The harbor dredging fight, explained" / "Feb 23" / "Daniel Whitcombe")."""
    others = [other.index for other in _copies(page, line)]
    return bool(others) and all(
        index > line.index and any(_stamp(page.lines[near]) for near in (index - 1, index + 1) if 0 <= near < len(page.lines))
        for index in others
    )


def _replies_in_thread(page: Page, line: Line) -> bool:
    """Every other copy of the name stands under the comments' heading below: the writer answering
    readers in the thread ("Renee Okafor" / "8 hours ago" / "Thanks, the figure is from ...")."""
    text_end = page.region[1] if page.region is not None else line.index  # (a comments heading under the text)
    heading = next((other.index for other in page.lines[line.index + 1 :] if other.label is Label.COMMENTS and other.index > text_end), None)
    others = [other.index for other in _copies(page, line)]
    return heading is not None and bool(others) and all(index > heading for index in others)


FRAMING_REACH = 3  # lines from a column's writer's name over its headline to the name's copy under it


def framing_copy(lines: Sequence[Line], position: int) -> Line | None:
    """The copy of line `position` at most FRAMING_REACH lines under it, with a line between them: a
    column's writer named over its headline and again under it (over the picture, then in the byline:
    "هشام رضوان" / headline / date / "هشام رضوان")."""
    line = lines[position]
    return next((other for other in lines[position + 2 : position + 2 + FRAMING_REACH - 1] if other.key == line.key), None)


def _around_headline(page: Page, line: Line, title_key: str) -> bool:
    """The name's two copies stand around the headline (`framing_copy`)."""
    if page.key_counts[line.key] != 2:
        return False
    near = [other for other in page.lines[max(0, line.index - FRAMING_REACH - 1) : line.index + FRAMING_REACH + 2] if not other.blank]
    for position, other in enumerate(near):
        copy = framing_copy(near, position) if other.key == line.key else None
        if copy is not None:
            return any(between.key == title_key for between in near[position + 1 : near.index(copy)])
    return False


def _in_writer_field(page: Page, line: Line) -> bool:
    """Every other copy of the name, below, fills a writer field after the text: under its label alone
    ("Published By:" / "Ananya Kulkarni")."""
    others = [other.index for other in _copies(page, line)]
    return bool(others) and all(
        index > line.index and any(byline.prefix_alone(above.key) for above in _lines_above(page, index, 1)) for index in others
    )


TEASER_STAMP_WORDS = 3


def _stamp(line: Line) -> bool:
    """A date line, or a teaser's short stamp without its year: "Feb 23", "12 mars"."""
    if _dated(line) or dates.is_date_line(line.text, folded=line.key):
        return True
    words = line.text.split()
    return len(words) <= TEASER_STAMP_WORDS and any(word.isdigit() for word in words) and any(dates.is_month_name(word.strip(".,")) for word in words)


def _in_author_box(page: Page, line: Line) -> bool:
    """Whether every other copy of the line heads the writer's box after the text: right under the
    box's heading ("About the author", "Sobre la firma"), or over the writer's role, a bio that
    names the writer ("Orla Brennan" / "Orla Brennan is Legal Affairs Correspondent of ...") or the
    writer's e-mail address."""
    copies = _copies(page, line)
    first_name = line.key.split()[0] if line.key else ""
    boxes = 0
    for copy in copies:
        if copy.index < line.index:
            if all(other.removed or other.blank for other in page.lines[copy.index + 1 : line.index]):
                continue  # a column's writer over the headline as well as under it
            return False
        above = next((other for other in reversed(page.lines[: copy.index]) if not other.blank), None)
        below = next((other for other in page.lines[copy.index + 1 :] if not other.blank), None)
        boxed = above is not None and above.rule == "lexicon.author-box"
        bio = below is not None and (
            byline.starts_with_role(below.key)
            or _role_line(below)  # "İzmir Muhabiri": the desk's place, then the role
            or below.key.split()[:1] == [first_name]
            or _opens_like_bio(below)
            or _EMAIL.match(below.text) is not None  # "elin.sandberg@morgonposten.se" under the name
        )
        if not (boxed or bio):
            return False
        boxes += 1
    return boxes > 0


_EMAIL = regex.compile(r"^\S+@[\w-]+(?:\.[\w-]+)+$")
# "فهد الحربي (المدينة المنورة)"; "فهد العتيبي من الرياض" (the writer "from" the city, one or two words)
# (the Indian and Bangladeshi press sign "Name, Place": "শাহনাজ পারভীন, খুলনা", "राजेश कुमार, वाराणसी";
# one word after the comma, as two would be a second writer's name)
_PLACE_AFTER = regex.compile(
    r"\s*\((?P<place>[^()\d]{2,30})\)$|(?<=\p{Arabic}{2})\s+من\s+(?P<place>\p{Arabic}+(?:\s\p{Arabic}+)?)$"
    rf"|(?<=[{_INDIC}]\p{{M}}*),\s*(?P<place>[{_INDIC}][{_INDIC}\p{{M}}\u200c\u200d]*)$"
)


# "From Abdulrahman Ibrahim, Lokoja": a correspondent's byline under the headline (Nigerian papers),
# the writer's name, then where the story was filed.
_FROM_CORRESPONDENT = regex.compile(
    r"^From\s+(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$"
)
CORRESPONDENT_REACH = 2  # lines under the headline


def _correspondent_from(after: Sequence[Line]) -> tuple[Line, str, str] | None:
    """A "From <name>, <place>" line right under the headline: the writer and the dateline; labelled."""
    for line in after[:CORRESPONDENT_REACH]:
        found = _FROM_CORRESPONDENT.match(line.text.strip())
        if found is not None and byline.bare_name(found.group("name")):
            line.decide(Label.BYLINE, "segment.correspondent-from", "a correspondent's name and place under the headline")
            return line, found.group("name"), found.group("place")
    return None


def _name_and_place(text: str) -> tuple[str, str | None]:
    """ "فهد الحربي (المدينة المنورة)" → ("فهد الحربي", "المدينة المنورة"), "فهد العتيبي من الرياض" →
    ("فهد العتيبي", "الرياض"), "(جدة) فهد الغامدي" → ("فهد الغامدي", "جدة"); a role after the name goes
    ("Tom Ridley, Staff Writer" → ("Tom Ridley", None)), and so do a city or a desk after a slash
    ("Emre Yazıcı / Trabzon" → ("Emre Yazıcı", None)) and the comma before a role run on to the next
    line ("Daniel Okafor," over "TownLedger Staff")."""
    text = _SIGNED_STOP.sub("", byline.without_role(text))
    text = _SLASHED_TAIL.sub("", text).rstrip(" ,")
    before = _PLACE_BEFORE.match(text)  # "(جدة) فهد الغامدي": the city in brackets first
    if before is not None:
        return text[before.end() :].strip(), before.group("place").strip()
    found = _PLACE_AFTER.search(text)
    if found is None:
        return text.strip(), None
    return text[: found.start()].strip(), found.group("place").strip()


_PLACE_BEFORE = regex.compile(r"^\((?P<place>[^()\d]{2,25})\)\s+(?=\S)")
_SLASHED_TAIL = regex.compile(r"(?<=\p{L})\s+/\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?$")


def _label_role_under(zone: Sequence[Line], line: Line) -> None:
    """The line right under a writer's line, when it starts with the writer's role ("المنصب، مراسل -
    بغداد", "Staff Writer"), belongs to the byline."""
    below = _next_in(zone, line)
    if below is None or below.index != line.index + 1 or below.words > byline.MAX_BYLINE_WORDS:
        return
    if byline.starts_with_role(below.key):
        below.decide(Label.BYLINE, "segment.writer-role", below.text)
