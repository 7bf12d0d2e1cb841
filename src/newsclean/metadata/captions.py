"""Captions and their credits: "(أ.ب)", "(رويترز)", "Photo: Jane Doe/AFP", "... - أرشيفية".

A caption is found by its credit: in brackets at the end of the line, after a credit word ("Photo:",
"صورة:", "©"), after the caption's own sentence ("... Photo Name/Agency"), or naming the site itself
after a dash. A credit alone on its line names the picture of the short line above it. Agency names
come from the caption-credit lexicon (`lexicons/<lang>/caption-credit.txt`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

import regex

from .. import lexicon
from . import byline, dates
from ..lines import COLONS, SENTENCE_BREAK, WORD, Line, barred_menu, table_row
from ..normalize import fold
from ..page import Page
from ..types import Caption, Label

CAPTION_MAX_WORDS = 40
DECLARED_LONG_CAPTION_WORDS = 70  # ... longer when its credit is labelled: "(Photo: ...)", "(تصوير: ...)"
_NOT_THE_ARTICLES = (Label.NEXT_ARTICLE, Label.RELATED, Label.COMMENTS)

# A caption ends with its credit in brackets: "(أ.ب)", "(رويترز)", "(AFP)", "(Getty Images)",
# "[Photo: Reuters]"; or names it after a label: "Photo: Jane Doe/AFP".
_CREDIT_TAIL = regex.compile(r"[(\[（](?P<credit>[^()\[\]（）]{1,90})[)\]）]\s*$")  # (full-width brackets: "（攝影／張家豪）")
CREDIT_TAIL_CHARS = 60  # longer brackets are credits only when they say so: "(Photo X/Agency pour « Le Journal »)"
_AGENCY_LIKE = regex.compile(r"^(?:\p{L}{1,3}\.\s?){1,4}\p{L}{0,3}\.?$")  # "أ.ف.ب", "A.P."; names come from the lexicon


def _credit_words() -> str:
    """Every language's credit labels ("photo", "foto", "تصوير", "攝影": `lexicons/<lang>/credit-label.txt`)
    as one alternation, longest first; `re:` entries as written. Matched case-insensitively on the
    raw line."""
    words = set(lexicon.data_phrases("credit-label.txt"))
    literal = sorted((word for word in words if not word.startswith("re:")), key=lambda word: (-len(word), word))
    patterns = sorted(word[3:].strip() for word in words if word.startswith("re:"))
    return "(?:" + "|".join([regex.escape(word, special_only=True) for word in literal] + patterns) + ")"


_CREDIT_WORDS = _credit_words()
_CAPITAL = regex.compile(r"\p{Lu}")
# "PHOTO | CHRIS OMOLLO | NATION"; "fot. Tomasz Klimczak / Dziennik Górnośląski" (an abbreviated label);
# "사진=부산시" (Korean papers write the label, "=", the source)
_CREDIT_LABEL = regex.compile(
    rf"(?:^|\s)(?:{_CREDIT_WORDS}\s*(?:[:/：／=፡፦៖]|\|(?=\s*\p{{Lu}}))|(?:fot|ph)\.\s+(?=(?-i:\p{{Lu}})))", regex.IGNORECASE
)
# A credit's label alone on its line ("Photo credit", "Crédit photo :"): the credit is the next line.
_LABEL_ALONE = regex.compile(rf"^\W*{_CREDIT_WORDS}(?:\s+{_CREDIT_WORDS})*\s*[:：፦៖]?\s*$", regex.IGNORECASE)
_LABELLED = regex.compile(rf"^{_CREDIT_WORDS}\s*[:：፦៖]", regex.IGNORECASE)  # "تصوير: فلان", "Photo: AFP", "CREDIT: ...": a label, its colon
_LABEL_MARKS = frozenset(":/|.=፡፦")  # a line without any of these has no credit label (a cheap test first)
# "(Photo by Jane Doe / The Gazette)", "(Crédit photo AFP)": a bracketed credit that says it is one.
_CREDIT_INSIDE = regex.compile(rf"^{_CREDIT_WORDS}(?!\w)", regex.IGNORECASE)
# "... dans la dalle. Photo L'Écho du Vivarais/C.R.", "... on Friday. — Photo by Imran Soomro": a credit word
# after the caption's sentence.
_CREDIT_AFTER_SENTENCE = regex.compile(
    rf"(?<=[.!?؟»”\"]\s+(?:[-–—]\s+)?)(?:{_CREDIT_WORDS}(?:\s+(?:by|de|par))?|©)\s+\p{{Lu}}[^!?؟]{{1,60}}$", regex.IGNORECASE
)
# "... 전경. 대전시 제공", "...。市政府提供": one to three words after the caption's sentence, then "provided by".
_PROVIDED_TAIL = regex.compile(r"(?<=[.!?。]\s*)\S+(?:\s\S+){0,2}\s?(?:제공|提供)$")
# The reporter who shot it, after the caption's sentence: "... 采摘春茶。 通讯员 何建平 摄", "...。新华社记者 李明 摄"
_SHOT_BY_TAIL = regex.compile(
    r"(?<=。\s*)(?:(?:新华社|新華社|中新社|本报|本報)\s*)?(?:记者|記者|通讯员|通訊員|摄影记者|攝影記者)\s*\p{Han}{2,4}"
    r"(?:\s*[、,，]\s*\p{Han}{2,4})*\s*(?:摄影|攝影|摄|攝)$"
)
# "... in a port city, March 3, 2025. AGENCY/Jane Doe/File Photo": agency and photographer joined by "/".
_SLASHED_CREDIT = regex.compile(r"(?<=[.!?؟»”\"]\s+)\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,2}\s?/\s?\p{Lu}[^!?؟]{1,80}$")
# A credit in capitals after a long caption's last sentence: "... 2025. PHOTO | CHRIS OMOLLO | NATION".
# (the outlet's name in capitals may come first: "... on Oct 21. ST PHOTO: LIM YAOHUI")
_CAPITAL_LABEL_TAIL = regex.compile(
    r"(?<=[.!?]\s+)(?:\p{Lu}[\p{Lu}&.'’-]{1,19}\s+){0,2}(?:PHOTO|PHOTOS|FOTO|PICTURE|IMAGE)\s*[|:/]\s*[\p{Lu}\s|/.,'’&-]{3,60}$"
)
# A credit's label left at the end of the caption's sentence once the credit is cut off: "... Winogradach. Fot."
# (an abbreviated label needs no sentence before it: "... w stołecznym ratuszu Fot." over "Marek Zieliński/PAP")
_LABEL_LEFT = regex.compile(rf"(?<=[.!?؟»”\"])\s+(?:{_CREDIT_WORDS}|fot|ph)\.?\s*[:/|：／=]?$|\s+(?:fot|phot|ph)\.\s*$", regex.IGNORECASE)
# What goes before the name in a credit: "Photo by ", "Photo: ", "Crédit photo ", "© ".
_CREDIT_LEAD = regex.compile(  # "Photo courtesy of the City", "Courtesy of the family", "تصوير - فلان"
    rf"^(?:{_CREDIT_WORDS}(?!\w)(?:\s+(?:by|de|par|di|von|of|na|ni|mula\s+sa|courtesy(?:\s+of)?))?\s*(?:[:/|：／=・፡፦៖՝]|[-–—](?=\s))?|©)\s*", regex.IGNORECASE
)
# "تصوير - كريم نبيل": a photographer's label (not "صور - ...", "فيديو - ...", a gallery's headline), a dash, a name
_DASHED_LABEL = regex.compile(r"^(?:تصوير|عدس[ةه]|photo|foto|crédit photo|photo credit)\s+[-–—]\s+(?P<name>\S+(?:\s+\S+){1,3})$", regex.IGNORECASE)
# "Picture by Tom Barrett", "Foto de Ana Ruiz", "Photo par Léa Morel", Swahili "Picha na ...", Tagalog
# "Kuha ni ...": a picture's word, "by", a name.
_CREDIT_BY = regex.compile(rf"^{_CREDIT_WORDS}\s+(?:by|de|par|von|di|na|ni)\s+", regex.IGNORECASE)
# "Dana Ruiz / The Lakeshore Ledger", "Kabar Nusantara/Rizky Pratama", "صدى الشمال/ محمد الأحمد": a
# photographer and an outlet.
_NAME_SLASH_NAME = regex.compile(
    r"^\p{Lu}[\p{L}.'’&-]*(?:\s[\p{Lu}\p{Ll}][\p{L}.'’&-]*){0,4}\s?/\s?\p{Lu}[\p{L}.'’&-]*(?:\s[\p{L}.'’&-]+){0,4}$"
    r"|^[\p{Arabic}\p{Hebrew}\p{Mn}]+(?:\s[\p{Arabic}\p{Hebrew}\p{Mn}]+){0,3}\s?/\s?[\p{Arabic}\p{Hebrew}\p{Mn}]+(?:\s[\p{Arabic}\p{Hebrew}\p{Mn}]+){0,3}$"
)
# "(ANB News: Jesse Marrawal)", "(Reuters: Jane Doe)": the outlet, a colon, the photographer.
_OUTLET_COLON_NAME = regex.compile(r"^\p{Lu}[\p{L}.'’&-]*(?:\s[\p{L}.'’&-]+){0,3}:\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}$")


def _picture_labels(file_name: str) -> str:
    """Every language's words of one data file (`lexicons/<lang>/picture-source.txt`,
    `picture-caption.txt`) as one alternation, longest first."""
    words = sorted(set(lexicon.data_phrases(file_name)), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in words)


# What screen readers are told before a picture's source and its caption, and some scrapers keep:
# "Image source, Getty Images" / "Image caption, ...", "صدر الصورة، ..." / "التعليق على الصورة، ...",
# "منبع تصویر، ..." / "توضیح تصویر، ..." (data per language), and "Image | ...".
_PICTURE_LABEL = regex.compile(
    rf"^(?:(?P<source>{_picture_labels('picture-source.txt')})\s*[,،，:：]"
    rf"|(?P<caption>(?:{_picture_labels('picture-caption.txt')})\s*[,،，:：]|image\s*\|))\s*",
    regex.IGNORECASE,
)
CAPTION_MIN_WORDS = 6  # a caption before its credit describes a picture ("Tous droits réservés. ©" does not)
SENTENCE_CAPTION_MIN_WORDS = 4  # ... unless it is a sentence: "Qikiqtani General Hospital in Iqaluit. (Emma Tranter/MPB)"
# A caption that ends by naming the site after a dash: "جانب من أعمال التشجير - صحيفة الأفق".
_SITE_TAIL = regex.compile(r"\s[-–—|]\s*(?P<credit>[^-–—|]{2,40})$")
# "Acadie Presse: Mélanie Thériault", "Reuters/Jane Doe": an outlet and its photographer, capitalised.
# A photographer and an agency the lexicon knows, run on after the caption's last word in lower case (a
# figcaption's credit element, inline): "... tem alojamento local Tiago Mendonça/Lusa".
_NAME_SLASH_AGENCY_TAIL = regex.compile(
    r"(?<=(?:^|\s)\p{Ll}[\p{Ll}\p{M}]*[.,;]?\s)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2}\s?/\s?(?P<agency>\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,2})$"
)
_AGENCY_AND_NAME = regex.compile(r"^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,2}\s?[:/]\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$")
# "أرشيف بيشوا نيوز", "Archivo El Litoral": a picture from a site's archive, after the caption's dash;
# the same for a picture's lens or photographer: "عدسة الساحل اليوم", "بعدسة بدر العنزي", "تصوير محمد علي"; a still from a
# channel's video: "فيديو تلفزيون الساحل".
_ARCHIVE_OF = regex.compile(
    r"^(?:(?:أرشيف|ارشيف|archive|archives|archivo|archivio|arquivo|archiv|ب?عدس[ةه]|تصوير)(?:\s+\S|$)|فيديو\s+\S)", regex.IGNORECASE
)


def archive_credit(text: str) -> bool:
    """ "أرشيف", "Archivo El Litoral", "تصوير محمد علي": a picture's archive, lens or photographer."""
    return _ARCHIVE_OF.match(text.strip()) is not None


CREDIT_MAX_WORDS = 5  # a credit names an agency or a person or two
# "Priya Natarajan, CC BY-ND", "Wikimedia Commons, CC BY-SA 4.0", "فرانشيسكا لوري/منصة المعرفة، CC BY":
# a picture's owner, then the Creative Commons licence it is shared under.
_LICENSED_CREDIT = regex.compile(r"^[^,،]{2,80}[,،]\s*CC[\s-]?(?:BY|0)(?:-(?:SA|ND|NC)){0,2}(?:\s\d\.\d)?$")
SOURCE_CAPTION_MIN_WORDS = 3  # "<picture described> - المصدر: <source>": the label says it is a credit
# "... - المصدر: الهلال الأحمر الليبي": a picture's source after a dash, in Arabic ("Source:" is a
# credit word, but "المصدر:" opens quotes in sentences too: "وقال المصدر: ...").
_DASHED_SOURCE = regex.compile(r"\s[-–—]\s*(?P<credit>المصدر\s*[:：]\s*[^.!?؟:«»\"]{2,80})$")
# A credit line in capitals, as Quebec and some French pages print it: "PHOTO JEAN-FRANÇOIS ROY, LE QUOTIDIEN".
# "... le 12 mars 2025. PIERRE COLOMBAT POUR « L'HORIZON »": the photographer in capitals, working for
# the paper (Le Monde's way, and its imitators in other languages).
_CAPITALS_FOR_OUTLET = regex.compile(
    r"(?<=[.!?»”]\s+)\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:\s\p{Lu}[\p{Lu}\p{M}.'’/-]*){1,3}\s(?:POUR|FOR|PARA|PER|FÜR)\s[«\"“]?[^«»\"“”]{2,40}[»\"”]?$"
)
# The same in title case, after the caption's last sentence: "... au-dessus de Bruson. Mathieu Favre pour L'Écho romand".
_NAME_FOR_OUTLET = regex.compile(
    r"(?<=[.!?»”]\s+)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}\s(?:pour|for|para|per|für)\s[«\"“]?[^«»\"“”.!?]{2,40}[»\"”]?$"
)
_CAPITAL_CREDIT = regex.compile(r"^(?:PHOTOS?|ILLUSTRATION|FOTOS?|IMAGE)\s+\p{Lu}[\p{Lu}\s.,'’&/-]{2,80}$")
# A known credit after the caption's sentence, without brackets: "... في مطار دمشق الدولي. أرشيفية".
# A photographer's name in capitals after the caption's sentence: "MÒNICA TORRES", "J. M. LÓPEZ (EFE)".
_CAPITALS_NAME = regex.compile(r"^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]*){1,3}(?:\s\(\p{Lu}[^()]{1,15}\))?$")
# "ح.م" (حقوق محفوظة, rights reserved) after a caption, bracketed or not: how Algerian papers credit a picture.
_RIGHTS_RESERVED_TAIL = regex.compile(r"\s[(\[]?ح\s?[.\s]\s?م\.?[)\]]?\s*$")
_COPYRIGHT_TAIL = regex.compile(r"\s©\s?(?P<owner>[^\d©|]{3,40})$")  # "... in 2009 © Fathi Belhaj"
_INITIALS_TAIL = regex.compile(r"(?<=\S[.!]\s+)(?P<credit>\p{Lu}\.(?:\s?\p{Lu}\.){1,3})$")  # "... desde 2009. L. A. S."
_AFTER_FULL_STOP = regex.compile(r"(?<=\S[.!]\s+)(?:[-–—]\s*)?(?P<credit>[^.!?]{2,30})$")  # "... secretariat. — PPI"
SOURCE_DESCRIPTION_WORDS = (4, 20)  # a picture described before a bracketed source ("فهد الحربي (جدة)" is a byline)
_SENTENCE_MARK = regex.compile(r"[.!?؟:;؛]")
_LATIN = regex.compile(r"\p{Latin}")
CAPTION_ABOVE_MAX_WORDS = 30
CREDIT_LINE_WORDS = 16  # a line of credits alone: a map's source and its designer
_SOURCE_LEAD = regex.compile(r"^\W*(?:source|المصدر)\s*:", regex.IGNORECASE)
DECLARED_CAPTION_WORDS = 20  # a sentence over "Photo: ..." alone on its line is its caption up to this length
CELL_WORDS = 3  # an item this short is a table's cell or a list's entry, not a caption
# (matched on the folded line: "صورة" is "صوره" there)
_GALLERY_COUNTER = regex.compile(
    r"^\W*(?:(?:bild|foto|photo|image|picture|imagen|immagine|(?:ال)?صوره)\s+)?\d{1,3}\s*(?:/|of|de|sur|di|von|من)\s*\d{1,3}\W*$"
)
HEADER_AFTER_CREDIT = 3
_COUNT = regex.compile(r"^\p{N}+\s+\p{L}+$")  # a number and what it counts, in brackets


def find(page: Page, content: Sequence[Line]) -> list[Caption]:
    """Lines that end with a photo credit (not those of related teasers or an appended article); a
    credit alone on its line ("(رويترز)") names the picture of the short line above it; a line that
    starts "Photo:" / "صورة:" with a description after it is a caption without a credit."""
    found: list[Caption] = []
    site_names = _chrome_names(page)
    previous: Line | None = None
    uncredited: Caption | None = None  # a caption just found without its credit
    kept = [line for line in content if not line.removed]
    last = kept[-1] if kept else None
    # each line's credit, read once (none in a metadata header's fields: "Top image: https://...")
    credits = [None if line.rule == "structure.front-matter" else _credit(line, site_names) for line in content]
    # (nor in the rows of a fact sheet, each under its label: "Goller: Dk. 17 Anıl Esen (Kaleiçi)" under
    # "Hakemler: ...", over "Sarı kartlar: ...": a match's facts, each team in brackets)
    credits = [None if credit is not None and _sheet_row(content, position) else credit for position, credit in enumerate(credits)]
    # (nor in an item of a list whose items each end with a note in brackets: "المدافع أيوب الشرقاوي
    # (إصابة في الكاحل)", "لاعب الوسط حمزة بلخياط (إيقاف بسبب تراكم الإنذارات)")
    credits = [None if credit is not None and _noted_item(content, credits, position, site_names) else credit for position, credit in enumerate(credits)]
    credit_first = _credits_over_captions(content, credits)
    # "Image source, Jane Doe" right over "Image caption, The school gates": the credit over the
    # labelled caption of its picture
    labelled = {
        position: content[position + 1]
        for position, (credit, below) in enumerate(zip(credits, credits[1:]))
        if _alone(credit, content[position]) and not _prefix_caption(credit, credit_name(credit))
        and below is not None and _prefix_caption(below, credit_name(below))
    }
    credit_first.update(labelled)
    for position, line in enumerate(content):
        # A paragraph that ends the text with its source, "... السوريين. (سانا)", signs it off.
        credit = credits[position]
        # (not when the page credits another picture alike: "... (خاص)", a gallery's "... (رويترز)" twice)
        # (nor under a gallery's counter, "4 / 6": the picture's caption)
        if credit is not None and line is last and line.cls == "good" and not _declared_credit(credit) and not _in_gallery(content, position):
            if not any(credits[n] == credit and content[n].label is Label.CAPTION for n in range(position)):
                credit = None
        if credit is not None and _signed_off(line.text, credit):
            credit = None
        owner_below = position + 1 < len(content) and _owner_alone(content[position + 1])
        if credit is None and (line.rule == "lexicon.caption-lead" or line.rule == "html.caption" and owner_below):
            # "جانب من إطلاق البرنامج" (or a <figcaption>) without a credit, or with one on the next line
            caption = Caption(line.text)
            uncredited = caption if caption not in found else None
            if uncredited is not None:
                found.append(caption)
            previous = line
            continue
        if credit is None and under_player(content, position):
            caption = Caption(line.text)
            if caption not in found:
                found.append(caption)
            line.decide(Label.CAPTION, "segment.video-caption", "under a player's label (\"فيديو\", \"Video\", its length)")
            length = content[position - 1]
            if not length.removed:  # "01:47": the clip's length, between its label and its title
                length.decide(Label.BOILERPLATE, "segment.video-length", "a player's length over the clip's title")
            previous, uncredited = line, None
            continue
        if credit is None and _in_gallery(content, position):
            caption = Caption(line.text)
            if caption not in found:
                found.append(caption)
            line.decide(Label.CAPTION, "segment.gallery-caption", "beside a gallery counter (\"2 / 6\")")
            previous, uncredited = line, caption if found[-1] is caption else None
            continue
        if credit is None and uncredited is not None and found and found[-1] is uncredited and (_owner_alone(line) or _archive_alone(line)):
            # the caption, then "© Agency" or "أرشيف المرقاب"
            found[-1] = uncredited = Caption(uncredited.text, line.text.lstrip("©").strip())
            line.decide(Label.CREDIT, "segment.caption-credit", "a picture's owner under its caption")
            previous, uncredited = line, None
            continue
        if credit is None and previous is not None and _owner_inside_text(content, position):
            # "Un maraîcher ... le 13 janvier." / "© Radio Estuaire - Julien Fabre" / the text goes on
            caption = Caption(previous.text, line.text[1:].strip())
            if caption not in found:
                found.append(caption)
            previous.decide(Label.CAPTION, "segment.caption-above-credit", line.text)
            line.decide(Label.CREDIT, "segment.caption-credit", "a picture's owner under its caption, inside the text")
            previous, uncredited = line, None
            continue
        text = line.text[: line.text.rfind(credit)].rstrip(" -–—|:/©;؛") if credit is not None else ""
        text = _LABEL_LEFT.sub("", text)  # "... na Winogradach. Fot." over "PAP/Marek Zawadzki": the label goes too
        label = _PICTURE_LABEL.match(text)
        text = text[label.end() :] if label is not None and label.group("caption") else text  # "Legende: ..."
        in_table = not text and previous is not None and previous.cls == "item"  # "Source: ...", "Fotografía: ..." under a table's rows, in a fact box
        # "في السوق الموازية في دمشق (بالليرة السورية)" over a table's header row: the table's title
        following = content[position + 1] if position + 1 < len(content) else None
        in_table = in_table or (
            credit is not None and credit.lstrip()[:1] == "(" and not _declared_credit(credit) and following is not None
            and following.cls == "item" and following.index not in page.live_stamps  # (a live update's time is no table's row)
            and not _is_credit_phrase(credit.strip(" ()"))  # "(واس)" over a key-points box: an agency's picture
        )
        in_table = in_table or credit is not None and _in_list(content, credits, position, credit)
        # "Montants en milliards de dirhams. Source : ..." under a table's last row: the table's note
        in_table = in_table or credit is not None and _SOURCE_LABEL.match(credit) is not None and _under_rows(page, content, position)
        # (a tags line, "الوسوم: A - B - الدوري الممتاز", ends with a topic, not with a picture's source)
        tags = line.rule == "lexicon.tags"
        if credit is None or line.label in _NOT_THE_ARTICLES or tags or in_table or _not_a_caption(page, line, credit, text):
            previous, uncredited = line, None
            continue
        if credit == line.text and _unlabelled_credit(line, site_names) and (previous is None or previous.words < CAPTION_MIN_WORDS):
            previous, uncredited = line, None
            continue
        name = credit_name(credit)
        if line.rule == "segment.caption-below-credit":
            previous, uncredited = line, None  # taken with the credit above it
            continue
        # "المصدر: بلومبرغ", "Source: INSEE": a figure's source credits the title right above it, nothing else
        sourced = credit == line.text and _SOURCE_LABEL.match(line.text) is not None
        if position in credit_first and not sourced:  # "Picture by Tom Barrett" / "Livestock agent Brendan Coyle at ..."
            below = credit_first[position]
            described = credit_name(credits[position + 1]) if position in labelled else below.text  # (its label aside)
            caption, label, rule = Caption(described, name), Label.CREDIT, "segment.caption-credit"
            below.decide(Label.CAPTION, "segment.caption-below-credit", credit)
        elif not text and _prefix_caption(credit, name):
            # ("Header image: ... on Friday. — Photo by Imran Soomro": the credit after the caption's sentence)
            own = _CREDIT_AFTER_SENTENCE.search(name)
            described = name[: own.start()].rstrip(" -–—") if own else name
            caption, label, rule = Caption(described, credit_name(own.group()) if own else None), Label.CAPTION, "segment.caption-prefix"
        elif text:
            caption, label, rule = Caption(text, name), Label.CAPTION, "segment.caption-credit"
        elif uncredited is not None and found and found[-1] is uncredited and not sourced:  # "صورة: ..." then "(أ ف ب)"
            caption, label, rule = Caption(found.pop().text, name), Label.CREDIT, "segment.caption-credit"
        elif (
            previous is not None
            and _caption_above(
                previous,
                lead_below=_lead_below(content, position) or _under_widget(content, position - 1),
                shot_by=_photographer_and_outlet(name),
                # "Foto: APA/Lukas Brandner", "Keystone-ATS/Marc Delessert": a picture's credit alone
                declared=credit == line.text and (
                    _photo_credit_line(line.text) or _agency_and_name(credit)
                    or ":" not in line.text and _credit_pattern_spans(line.text)  # "Courtesy of the Pruitt family" (not "Kaynak: AA", a source)
                    or _CAPITAL_CREDIT.match(line.text) is not None and line.words >= 3  # not "FOTO GALERİ"
                    or _same_credit_above(content, position)  # a gallery's "© Belga" under each caption
                    or _photographer_and_outlet(name)  # "Marcus Lee / River City 9": who shot it, for whom
                    or _LICENSED_CREDIT.match(line.text) is not None  # "Priya Natarajan, CC BY-ND"
                ),
            )
            and not _header_follows(content[position + 1 :])
            # "المصدر: الوكالة الوطنية للإعلام" under a sentence of the text: the story's source, not a chart's
            and not (sourced and previous.text.rstrip()[-1:] in ".!?؟…" and not previous.removed)
            # "Keystone/Anthony Anex" credits the sentence above it, not a headline ("Gore Urges ...")
            and (previous.ends_sentence or not (credit == line.text and _agency_and_name(credit)))
        ):
            caption, label, rule = Caption(previous.text, name), Label.CREDIT, "segment.caption-credit"
            previous.decide(Label.CAPTION, "segment.caption-above-credit", credit)
        elif not _worded(text) and not sourced and (below := _caption_below(content, credits, position)) is not None:
            caption, label, rule = Caption(below.text, name), Label.CREDIT, "segment.caption-credit"
            below.decide(Label.CAPTION, "segment.caption-below-credit", credit)
        elif _over_stamp(content, position) and credit == line.text:
            previous, uncredited = line, None  # "Emre Yazıcı / Trabzon" over the date: the writer's byline
            continue
        elif name == line.text and following is not None and _headline(page, following):
            previous, uncredited = line, None  # "رياضة / ألعاب أخرى" over the headline: the section's path, no credit
            continue
        elif sourced:
            # "Source: Business.com" under a paragraph (a figure scraped without its title), "المصدر: وكالات"
            # under the text: a source, which describes no picture of its own (no caption)
            line.decide(Label.CREDIT, "segment.caption-credit", credit)
            previous, uncredited = line, None
            continue
        else:
            caption, label, rule = Caption(line.text, name), Label.CREDIT, "segment.caption-credit"
        if caption not in found:  # pages repeat captions (thumbnail, lightbox)
            found.append(caption)
        line.decide(label, rule, credit)
        if label is Label.CAPTION and position > 0:
            _alt_text_above(content[position - 1], caption.text)
        previous, uncredited = line, caption if caption.credit is None else None
    _captions_again(content, found)
    _gallery_headings(content)
    _counters_over_captions(content)
    return found


def _captions_again(content: Sequence[Line], found: Sequence[Caption]) -> None:
    """A gallery under the text shows the pictures' captions again, without their credits ("صور
    الخبر" / "المضبوطات التي عُثر عليها ..." / "المركبة التي ..."): two or more in a row go."""
    described = {fold(caption.text).strip() for caption in found}
    again = [not line.removed and line.key in described for line in content]
    for position, line in enumerate(content):
        run = again[position] and (position and again[position - 1] or position + 1 < len(content) and again[position + 1])
        if run:
            line.decide(Label.CAPTION, "segment.caption-again", "a caption shown again, in a gallery")


GALLERY_HEADING_WORDS = 8
_PICTURES_COUNTED = regex.compile(r"\(\p{N}{1,3}\)\s*$")
_PICTURED = frozenset({Label.CAPTION, Label.CREDIT})


def _gallery_headings(content: Sequence[Line]) -> None:
    """A short line over two captions in a row (their counters between them) heads their gallery
    ("صور من مراكز الإيواء في كسلا", "In pictures: ...", "Galerija" / "1 / 4"): the pictures', not a
    subheading of the text."""
    pictured = [line for line in content if not gallery_counter(line)]  # (a counter, "1 / 4", over each picture)
    for line, first, second in zip(pictured, pictured[1:], pictured[2:]):
        counted = _PICTURES_COUNTED.search(line.text) is not None  # "صور التجربة (٨)": the heading and its pictures' count
        if line.removed or line.words > GALLERY_HEADING_WORDS or line.ends_sentence and not counted or line.text.rstrip()[-1:] in ":：":
            continue
        if first.rule == "segment.caption-above-credit":
            continue  # one picture: its caption over its credit
        if first.label in _PICTURED and second.label in _PICTURED and first.label is Label.CAPTION:
            line.decide(Label.CAPTION, "segment.gallery-heading", "a short line over two captions in a row")


GALLERY_COUNTER_WORDS = 4  # "الصورة 2 / 12", "Photo 3 of 8"


def _counters_over_captions(content: Sequence[Line]) -> None:
    """A gallery's counter ("الصورة 2 / 12") right over a picture's caption inside the text: the
    picture's furniture, not a line of the text."""
    for line, below in zip(content, content[1:]):
        if not line.removed and line.words <= GALLERY_COUNTER_WORDS and below.label is Label.CAPTION and gallery_counter(line):
            line.decide(Label.CAPTION, "segment.gallery-counter", "a gallery's counter over a picture's caption")


SIGN_OFF_WORDS = 20
_SLASHED_SIGN_OFF = regex.compile(r"\s/\s?[^/\s][^/]{1,24}\s?/\s*$")  # " /العمانية/", " / بنا /"


def _signed_off(text: str, credit: str) -> bool:
    """A paragraph of two sentences or more that ends with its source in brackets, "... en août. (ATS)":
    the text signs off with its agency; a caption describes one picture in a sentence or so. So does a
    long paragraph that ends with the agency between slashes, the Gulf agencies' way ("... فيها. /العمانية/")."""
    slashed = _SLASHED_SIGN_OFF.search(text)
    if slashed is not None and len(text[: slashed.start()].split()) >= SIGN_OFF_WORDS and text[: slashed.start()].rstrip()[-1:] in ".!?؟":
        return True
    before = text[: text.rfind(credit)].rstrip()
    inner = credit.strip().strip("()[]").strip()
    return (
        credit.lstrip()[:1] in "(["
        and "/" not in inner
        and not _CREDIT_LEAD.match(inner)  # "(AP Photo/Jane Doe)", "(Image: © Shutterstock)" credit a picture
        and before[-1:] in (".", "!", "?", "؟")
        and len(before.split()) >= SIGN_OFF_WORDS
        and SENTENCE_BREAK.search(before) is not None
    )


def starts_with_credit(text: str) -> bool:
    """ "Source: John Koetsier", "Photo: AFP", "صورة: ...": a credit, not the label of a list item."""
    return _CREDIT_LEAD.match(text.lstrip()) is not None


LIST_ITEM_WORDS = 8


def _alt_text_above(above: Line, described: str) -> None:
    """The picture's alt text, the caption's words without the credit, right over the caption a scraper
    read from its <figcaption> ("نمایی از غرفه‌ها ..." / "نمایی از غرفه‌ها ... / عکس: مهسا رحیمی")."""
    if not above.removed and above.key and above.key == fold(described).strip():
        above.decide(Label.CAPTION, "segment.caption-alt", "the picture's alt text over its credited caption")


def _in_list(content: Sequence[Line], credits: Sequence[str | None], position: int, credit: str) -> bool:
    """A word in brackets after an item of a list, between two other items (short lines, no sentence,
    no credit): "ملعقة كبيرة من بذور الشيا (اختياري)" is an ingredient, optional, not a picture."""
    if credit.lstrip()[:1] != "(" or _declared_credit(credit) or not 0 < position < len(content) - 1:
        return False
    return all(
        not item.removed and item.words <= LIST_ITEM_WORDS and not item.ends_sentence and credits[n] is None
        for n, item in ((position - 1, content[position - 1]), (position + 1, content[position + 1]))
    )


def _not_a_caption(page: Page, line: Line, credit: str, text: str) -> bool:
    """A byline with its agency ("By Maria Gonzalez | Associated Press"), or the headline with the
    site's name after it (the browser tab's title: "<headline> | <site>"); `text` is the line
    without its credit."""
    described = text.rstrip()[-1:] in "。.!?" and credit.lstrip()[:1] in "(（["  # "...吃力。（圖／記者林宜蓁攝）"
    if not described and byline.byline_author(line.key, line.text, line.words):
        return True
    if text and line.text.endswith(credit) and line.text[len(text) :].lstrip()[:1] in "-–—|" and not _LABELLED.match(credit.strip()) and _above_the_menu(page, line):
        return True  # the masthead's tagline and city: "ماڵپەڕی هەواڵ و ڕاپۆرت - سلێمانی" (not "... - تصوير: فلان")
    if credit.lstrip()[:1] in "([" or _LABELLED.match(credit.strip()):
        return False  # a caption shown twice, once without its credit (the picture's alt text), is still a caption
    return bool(text) and page.key_counts.get(fold(text).strip(), 0) > 0


def _above_the_menu(page: Page, line: Line) -> bool:
    """A line over the site's menu, before the main text: the masthead, where no picture is described."""
    if page.region is None or line.index >= page.region[0]:
        return False
    return any(other.label is Label.NAVIGATION for other in page.lines[line.index + 1 : page.region[0]])


def _in_gallery(content: Sequence[Line], position: int) -> bool:
    """A short line right after a gallery counter ("1 / 6", "2 of 8") is that picture's caption; not
    one that announces a list with a colon (the text going on under the gallery's last counter)."""
    line = content[position]
    if position == 0 or line.text.rstrip().endswith(COLONS) or not gallery_counter(content[position - 1]):
        return False
    if line.removed:  # a gallery after the text, outside the main text: a caption over its owner ("© Agency")
        owned = position + 1 < len(content) and _owner_alone(content[position + 1])
        if not (owned and line.rule.startswith("region.")):
            return False
    if line.words <= CAPTION_ABOVE_MAX_WORDS and not (line.cls == "good" and line.words > 20):
        # (not under the counter that closes a gallery of captions credited on their line, under no
        # counter of their own: "... Foto: X/PIXSELL" / "1/3" / the text's subheading)
        above = content[position - 2] if position >= 2 else None
        closed = above is not None and above.label is Label.CAPTION and above.rule == "segment.caption-credit"
        if closed and _last_of_gallery(content[position - 1]) and _captions_over_counters(content, position - 1):
            return False  # "... (تصوير: ...)" / "٣ / ٣" / the text's subheading: captions over their counters
        return not closed or position >= 3 and gallery_counter(content[position - 3])
    # a longer one over its credit ("© Agency") and the next counter
    if line.words > CAPTION_MAX_WORDS or position + 2 >= len(content) or not _owner_alone(content[position + 1]):
        return False
    return gallery_counter(content[position + 2])


def _captions_over_counters(content: Sequence[Line], last: int) -> bool:
    """The gallery whose last counter stands at `last` sets each caption over its counter: its first
    counter ("1 / 3") has a credited caption right above it, not the text."""
    for position in range(last - 1, 0, -1):
        if gallery_counter(content[position]) and regex.match(r"\W*[1١]\W", content[position].text):
            above = content[position - 1]
            return above.label is Label.CAPTION and above.rule == "segment.caption-credit"
    return False


def _last_of_gallery(counter: Line) -> bool:
    """The counter of a gallery's last picture: "3 / 3", "٦ من ٦"."""
    figures = regex.findall(r"\p{Nd}+", counter.text)
    return len(figures) == 2 and int(figures[0]) == int(figures[1])


def _owner_alone(line: Line, most: int = CREDIT_MAX_WORDS) -> bool:
    """"© Sambre Images" alone under a caption: the picture's owner (a footer's copyright line has its
    year, and follows no caption)."""
    return line.text.startswith("©") and 2 <= line.words <= most and not any(char.isdigit() for char in line.text)


def _archive_alone(line: Line) -> bool:
    """"أرشيف المرقاب", "Archives Ouest Littoral" alone under a caption: the archive the picture comes
    from (a caption's line told it is one; the site may name itself only in its logo)."""
    return 2 <= line.words <= CREDIT_MAX_WORDS and archive_credit(line.text) and line.text[-1:] not in ".:؟?!"


def _owner_inside_text(content: Sequence[Line], position: int) -> bool:
    """ "© Radio Estuaire - Julien Fabre" alone between two lines of the text, under a sentence of a
    caption's length: the picture's owner (the footer's copyright line ends the page, with its year).
    There an owner's name may run longer: "© Direction régionale des douanes du Havre"."""
    if position == 0 or position + 1 >= len(content) or not _owner_alone(content[position], 2 * CREDIT_MAX_WORDS):
        return False
    above, below = content[position - 1], content[position + 1]
    return (
        not above.removed and not below.removed and above.words <= DECLARED_CAPTION_WORDS
        and above.text.rstrip()[-1:] == "." and below.words > above.words
    )


_DURATION = regex.compile(r"^\W*\d{1,2}:\d{2}(?::\d{2})?\W*$")


def under_player(content: Sequence[Line], position: int) -> bool:
    """A short line that is not a sentence, right under a video player's label ("فيديو", "Video",
    "Watch") and its length ("02:15"): the video's title, the caption of its picture."""
    line = content[position]
    if line.removed or line.ends_sentence or line.words > CAPTION_ABOVE_MAX_WORDS or line.cls == "good":
        return False
    if position < 2 or not _DURATION.match(content[position - 1].text):
        return False  # the label alone may be a menu's item ("صور", "فيديو", then the date)
    return player_label(content[position - 2])


PLAYER_LABEL_WORDS = 2


def player_label(line: Line) -> bool:
    """A player's label that a player lexicon knows, a word or two: "فيديو", "Vidéo", "Watch"."""
    if line.words > PLAYER_LABEL_WORDS or not line.rule.startswith("lexicon."):
        return False  # ("Video afspelen": a menu's word and a player's, the menu's category read first)
    return line.rule == "lexicon.player" or lexicon.phrase_in(line.text, "player") is not None


def gallery_counter(line: Line) -> bool:
    """ "1 / 9", "2 of 8", "3 من 9": a photo gallery's counter."""
    return _GALLERY_COUNTER.match(line.key) is not None


def _same_credit_above(content: Sequence[Line], position: int) -> bool:
    """The credit alone on its line is the one two lines up, over the line between them: a gallery's
    captions, each over the same credit ("... lundi soir." / "© Belga" / "Les pompiers ..." / "© Belga")."""
    return position >= 2 and content[position - 2].label is Label.CREDIT and content[position - 2].text == content[position].text


def _caption_above(line: Line, *, lead_below: bool = False, declared: bool = False, shot_by: bool = False) -> bool:
    """A short line that is not a sentence of the text, nor a header line, right above a credit; a
    caption of two sentences when the text's lead, opening with its dateline, comes under the credit
    or a header's widget above it (`lead_below`), as long as captions get when the credit names the
    photographer and the outlet (`shot_by`: "Photo: Dana Kessler / The Courier"); a sentence of a
    caption's length over a credit that says it is one, alone on its line ("PHOTO : MATHIEU GIRARD,
    ARCHIVES", `declared`)."""
    longest = CAPTION_MAX_WORDS if lead_below and shot_by else CAPTION_ABOVE_MAX_WORDS
    if line.label not in (Label.BODY, Label.BOILERPLATE) or line.words > longest:
        return False
    if line.label is Label.BOILERPLATE and line.rule.startswith("lexicon."):
        return False  # "Listen to this article · 4 min": a widget's phrase, no picture described
    if dates.is_date_line(line.text, folded=line.key):
        return False  # the article's date right above the picture's credit
    if _COUNTER.match(line.text):
        return False  # "Прочетена: 2 418", "Views: 1,204": the page's counter, no picture described
    if byline.byline_author(line.key, line.text, line.words):
        return False  # "Текст: Анна Соколова" over "Фото: пресс-служба": the writer's credit, then the picture's
    if byline.has_prefix(line.key) and dates.find_dates(line.text, folded=line.key):
        return False  # "November 10, 2012 By George Ambler 1 Comment": the post's header
    if declared and line.words <= DECLARED_CAPTION_WORDS and line.text.rstrip()[-1:] in ".!?؟":
        return True  # a sentence of its own, not one that leads into the picture ("Such as stock quotes:")
    return not line.ends_sentence or line.words <= 12 or lead_below


_PHOTO_LEAD = regex.compile(
    r"^\W*(?:photo|photograph|photography|photographie|fotografía|fotografia|foto|fotó|fotoğraf|bild|beeld|billede|bilde|kuva|фото|صورة|تصوير|crédit photo|image|picture|pic)\s*[:/|]\s*\w", regex.IGNORECASE
)


# A label and a figure: a page's counter of views, reads or comments, in any language.
_COUNTER = regex.compile(r"^\W*\p{L}+(?:\s\p{L}+)?\s*[:：]\s*\d[\d\s.,]*\W*$")


def _photo_credit_line(text: str) -> bool:
    """ "PHOTO : MATHIEU GIRARD, ARCHIVES", "Foto: APA/Lukas Brandner": a picture's credit by its
    label, with a name after it (not "Source: ...", which names a screenshot's or a figure's origin)."""
    return _PHOTO_LEAD.match(text) is not None


CREDIT_FIRST_PAIRS = 2


def _alone(credit: str | None, line: Line) -> TypeGuard[str]:
    """The credit is the whole line ("Picture by Tom Barrett", "Image source, Jane Doe")."""
    return credit is not None and credit.strip() == line.text.strip()


def _credits_over_captions(content: Sequence[Line], credits: Sequence[str | None]) -> dict[int, Line]:
    """Where the page prints each credit alone above its caption ("Picture by Tom Barrett" / "Livestock
    agent Brendan Coyle at the saleyards on Thursday." / the text goes on): the credit's position →
    its caption. A page does it for all its pictures or for none: twice at least, once at least right
    under the header's widgets (a share bar), where nothing above the credit is a caption; each a
    sentence of a caption's length over a longer paragraph or the page's chrome. {} otherwise."""
    pairs: dict[int, Line] = {}
    sure = 0
    for position, line in enumerate(content):
        if line.removed and not line.rule.startswith(("lexicon.caption-credit", "region.")) or line.cls == "item":
            continue  # chrome a lexicon knows; the credit may stand above the text, or be repeated
        credit = credits[position]
        if not _alone(credit, line) or position + 1 >= len(content):
            continue  # a credit alone on its line
        below = content[position + 1]
        if below.removed or not CAPTION_MIN_WORDS <= below.words <= CAPTION_ABOVE_MAX_WORDS or below.text.rstrip()[-1:] != ".":
            continue
        if dates.is_date_line(below.text, folded=below.key) or byline.byline_author(below.key, below.text, below.words):
            continue
        after = content[position + 2] if position + 2 < len(content) else None
        if after is not None and not after.removed and not (after.cls == "good" and after.words > below.words):
            continue
        above = content[position - 1] if position else None
        pairs[position] = below
        # Under the share bar or the byline, where nothing above the credit is a caption
        sure += above is None or above.removed and (above.rule.startswith("lexicon.") or header_line(above))
    return pairs if len(pairs) >= CREDIT_FIRST_PAIRS and sure else {}


def _over_stamp(content: Sequence[Line], position: int) -> bool:
    """The line stands right over a date line: in the article's header, as a byline does."""
    below = content[position + 1] if position + 1 < len(content) else None
    return below is not None and dates.is_date_line(below.text, folded=below.key)


def _worded(text: str) -> bool:
    return regex.search(r"\p{L}", text) is not None


def _caption_below(content: Sequence[Line], credits: Sequence[str | None], position: int) -> Line | None:
    """A lone credit under the header's chrome (a share bar, a channel's appeal) with nothing above
    it to caption: its picture's caption is the line under it ("© Agency / Name" / "The minister
    and his guest in Moscow" / the text), a description of a caption's length that is no paragraph,
    no stamp and no byline, with the text or more chrome under it."""
    if position == 0 or position + 2 >= len(content):
        return None
    above, below, after = content[position - 1], content[position + 1], content[position + 2]
    if not above.removed and not _between_paragraphs(above, below, after):
        return None
    if below.removed and not below.rule.startswith("region.") or below.cls == "good" or credits[position + 1] is not None:
        return None  # (the header's lines are outside the main text: the region pass took them)
    if not CAPTION_MIN_WORDS <= below.words <= CAPTION_ABOVE_MAX_WORDS or below.text.rstrip()[-1:] in ":：":
        return None
    if header_line(below) or _header_follows(content[position + 2 :]):
        return None
    if any(other.key == below.key for other in content[:position]):
        return None  # the headline shown again under the picture, not its caption
    return below if after.cls == "good" or after.removed or after.cls in ("short", "bad") else None


def _between_paragraphs(above: Line, below: Line, after: Line) -> bool:
    """A credit inside the text under a paragraph too long for a caption, over a line of a
    caption's length and the page's chrome (a related box): the credit tops the caption under it
    ("Foto: Východný denník/Jana Kertésová" / "Fontána na Hlavnej ulici bez vody, pondelok 14. apríla.")."""
    return (
        above.cls == "good" and above.ends_sentence and above.words > DECLARED_CAPTION_WORDS
        and below.words <= DECLARED_CAPTION_WORDS and after.removed and after.rule.startswith("lexicon.")
    )


def _under_widget(content: Sequence[Line], position: int) -> bool:
    """The line stands right under a widget a lexicon took (a share bar's "Imprimer", a player's
    "Écouter l'article"): the picture under the article's header, not a sentence of the text."""
    return position > 0 and content[position - 1].removed and content[position - 1].rule in _WIDGET_RULES


_WIDGET_RULES = frozenset({"lexicon.share", "lexicon.player", "lexicon.reading-time", "lexicon.share-lead"})


def _lead_below(content: Sequence[Line], position: int) -> bool:
    """The line under a credit is a paragraph that opens with its dateline ("Immenstadt – Lange
    wurde ..."), or the dateline alone over it ("Katowice"): the text starts there, so the lines
    above the credit are the picture's."""
    below = [line for line in content[position + 1 : position + 4] if not line.blank][:2]
    if not below:
        return False
    if below[0].cls == "good":
        return byline.dateline_head(below[0].text) is not None
    place = below[0].text
    return len(below) == 2 and below[1].cls == "good" and below[0].words <= 2 and place[:1].isupper() and place[-1:].isalpha()


def _under_rows(page: Page, content: Sequence[Line], position: int) -> bool:
    """Right under two rows of a table (one row alone may be a layout table's strip: "<date> | Home | ...")."""
    return position >= 2 and all(page.in_table(line.index) for line in content[position - 2 : position])


def _headline(page: Page, line: Line) -> bool:
    """The page's headline: labelled so, or the markup's <h1>."""
    return line.label is Label.TITLE or "h1" in page.hint_tokens(line.index)


def _header_follows(following: Sequence[Line]) -> bool:
    """A byline or a date right after a lone credit: the picture sits inside the article's header
    (headline, picture, byline), and the line above the credit is the headline, not a caption."""
    return any(
        line.words <= HEADER_LINE_WORDS and line.rule != "region.live-stamp" and header_line(line)  # not "14:31" over a live entry
        for line in following[:HEADER_AFTER_CREDIT]
    )


HEADER_LINE_WORDS = 12


def header_line(line: Line) -> bool:
    """A byline (it may carry its date: "By: Name - Reporter / Outlet / 05:42 AM June 18, 2025") or a date line."""
    return dates.is_date_line(line.text, folded=line.key) or byline.byline_author(line.key, line.text, line.words) is not None


# A figure's or a table's source under its title: "المصدر: بلومبرغ", "Source: INSEE" (source-label.txt).
_SOURCE_LABEL = regex.compile(
    rf"^\W*(?:{_picture_labels('source-label.txt')})\s*[:：]", regex.IGNORECASE
)


def _prefix_caption(credit: str, name: str) -> bool:
    """ "صورة: عائلات تنتظر المساعدات في مدرسة" is a described picture, not a credit line."""
    label = _PICTURE_LABEL.match(credit)
    if label is not None:
        return label.group("caption") is not None
    # (a photographer and the outlet, "Photo: Dana Kessler / Miami Valley Courier", "Image: Kofi Mensah-Barnes
    # for Circuit & Cell", is a credit however long)
    return (
        _CREDIT_LABEL.match(credit) is not None
        and len(name.split()) > CREDIT_MAX_WORDS
        and not _photographer_and_outlet(name)
        and not _shot_for(name)
        and _CREDIT_LABEL.search(name) is None  # "المصدر: الهيئة العامة ... / تصميم: فلان": credits, one after another
    )


_ROW_LABEL = regex.compile(r"^\s*\p{L}[\p{L}\p{M}.'’-]*(?:\s\p{L}[\p{L}\p{M}.'’-]*)?\s*[:：]\s+\S")  # "Goller: ...", "Sarı kartlar: ..."


def _sheet_row(content: Sequence[Line], position: int) -> bool:
    """The line is a row of a fact sheet: it opens with a label of a word or two and a colon, and so
    does the line above or below it (a credit's label, "Photo:", says what the line is instead). Only
    a row with the credit in brackets at its end is asked."""
    labelled = lambda line: _ROW_LABEL.match(line.text) is not None and not _credit_labelled(line.text)  # noqa: E731
    line = content[position]
    if not line.text.rstrip().endswith(")") or not labelled(line):
        return False
    return any(0 <= near < len(content) and labelled(content[near]) for near in (position - 1, position + 1))


NOTE_WORDS = 4  # a list item's note in brackets: "(إصابة في الكاحل)"


def _noted_item(content: Sequence[Line], credits: Sequence[str | None], position: int, site_names: frozenset[str]) -> bool:
    """The line's credit in brackets is an item's note: the line above or below is a short item that
    ends with a note of its own, which reads as no credit, and nothing says this one is a credit (no
    label, no agency or site the lexicons know)."""
    credit = credits[position]
    if credit is None or not credit.startswith("(") or _declared_credit(credit):
        return False
    if len(content[position].text.rstrip()[: -len(credit)].split()) < 2:
        return False  # a credit alone in brackets under its caption: "(Tim de Waele/TDWSport.com)"
    name = credit_name(credit)
    if lexicon.credit_phrase(name) or fold(name) in site_names:
        return False
    for near in (position - 1, position + 1):
        if 0 <= near < len(content) and credits[near] is None and not content[near].removed:
            other = content[near]  # (a kept item: "تحميل الصورة (45 ك.ب)" is a button)
            tail = _CREDIT_TAIL.search(other.text) if other.text.rstrip().endswith(")") else None
            item = other.text[: tail.start()].split() if tail is not None else []
            if tail is not None and len(item) >= 2 and other.words <= CAPTION_MAX_WORDS and len(tail.group("credit").split()) <= NOTE_WORDS:
                return True  # its sibling: "المدافع أيوب الشرقاوي (إصابة في الكاحل)"
    return False


def _credit_labelled(text: str) -> bool:
    return _PICTURE_LABEL.match(text) is not None or credit_label(text)


def _chrome_names(page: Page) -> frozenset[str]:
    """Short lines the page repeats and removes (its name in the masthead and footer): a credit in
    a caption that names the site itself ("... - صحيفة الأفق", "(الشرفة نيوز)") is one of them."""
    names = set()
    for line in page.lines:
        if 1 <= line.words <= CREDIT_MAX_WORDS and line.removed and line.label is not Label.TITLE:
            names.add(line.key.strip(" -–—ـ|:©"))
    return frozenset(names)


# "... since 2021.Credit...Marisa Quintero for The Ledger": a credit's label and its ellipsis glued to the
# caption by a scraper that dropped the markup between them.
_GLUED_CREDIT = regex.compile(r"(?<=\S)(?:Credit|Crédit|Crédito|Credito)\s?(?:\.{3}|…)\s?\p{Lu}.{0,80}$")


# "سحب ركامية فوق ولاية بوشرتصوير: غيث البلوشي": the caption and its credit in two <span>s, their texts
# run together, the credit's label glued to the caption's last word.
_GLUED_LABEL = regex.compile(rf"(?<=\p{{L}}\p{{M}}*)(?:{_CREDIT_WORDS})\s*[:：]\s*(?P<name>\S[^:：]{{0,60}})$", regex.IGNORECASE)


def glued_credit(text: str) -> str | None:
    """The credit glued to the end of a caption ("...2021.Credit...Jane Doe for The Ledger", "...
    بوشرتصوير: غيث البلوشي"), if any."""
    found = _GLUED_CREDIT.search(text)
    if found:
        return found.group()
    glued = _GLUED_LABEL.search(text) if ":" in text or "：" in text else None
    if glued is None or len(glued["name"].split()) > CREDIT_MAX_WORDS or len(text[: glued.start()].split()) < CAPTION_MIN_WORDS:
        return None
    word = text[: glued.start("name")].rstrip(" :：").split()[-1].lstrip("([{«\"'")  # "Photograph:" is one label ("ph" is one too), not "Photogra" + "ph:"
    return None if _CREDIT_INSIDE.match(word) else glued.group()


# A match's event: its minute first ("الدقيقة 23:", "23'", "45+2’", "Min. 71").
_MATCH_EVENT = regex.compile(r"^\W*(?:(?:الدقيقه|دقيقه|min\.?|minute|minuto)\s*[\d\p{Nd}]{1,3}\b|[\d\p{Nd}]{1,3}(?:\+[\d\p{Nd}])?['’′])")


_SHOT_FOR = regex.compile(r"^(?P<name>[^,;:]{3,60}?) for (?P<outlet>(?:the )?\p{Lu}[^,;:.]{0,50})$", regex.IGNORECASE)
OUTLET_WORDS = 5


def _shot_for(inner: str) -> bool:
    """ "Kofi Mensah-Barnes for Circuit & Cell", "Marisa Quintero for The Ledger": a photographer and the
    outlet that sent them."""
    found = _SHOT_FOR.match(inner.strip())
    return (
        found is not None
        and 2 <= len(found["name"].split()) <= 4
        and byline.bare_name(found["name"])
        and len(found["outlet"].split()) <= OUTLET_WORDS
        and found["outlet"][:1].isupper()
    )


def _photographer_and_outlet(inner: str) -> bool:
    """ "Wanjiru Kamau, The Sentinel" (in square brackets after a caption's last sentence), "Marianne
    Tessier/CBC" (in round ones): a name, a comma or a slash, an outlet of a few words."""
    parts = [part.strip() for part in regex.split(r",|/", inner)]
    return len(parts) == 2 and 2 <= len(parts[0].split()) <= 4 and byline.bare_name(parts[0]) and 1 <= len(parts[1].split()) <= 4


def label_alone(text: str) -> bool:
    """A credit's label alone on its line ("Photo credit", "Crédit photo :"), the credit under it."""
    return _LABEL_ALONE.match(text) is not None


_SOURCE_TAIL = regex.compile(r"\s(?P<credit>(?:المصدر|مصدر الصورة|source|fuente|fonte|quelle)\s*[:：]\s*[^:：.!?؟]{2,40})$", regex.IGNORECASE)


def split_credit(text: str) -> Caption:
    """A caption's line as its description and the credit at its end, if any ("... سبها الطبي المصدر: وال"
    → the description, "وال")."""
    credit = _credit(Line.of(0, text))
    if credit is None and (source := _SOURCE_TAIL.search(text)) is not None:
        credit = source["credit"]  # (a caption the markup names may end with its source's label: no sentence of the text)
    if credit is None or not text.rstrip().endswith(credit.strip()):
        return Caption(text, None)
    described = text[: text.rfind(credit.strip())].rstrip(" -–—|:/©;؛")
    return Caption(described, credit_name(credit)) if described else Caption(text, None)


def credited(line: Line) -> bool:
    """Whether the line reads as a picture's caption with its credit ("... - تصوير: كريم عادل", "(Photo: AFP)")."""
    return _credit(line) is not None


def _credit(line: Line, site_names: frozenset[str] = frozenset()) -> str | None:
    if CAPTION_MAX_WORDS < line.words <= DECLARED_LONG_CAPTION_WORDS and line.text[-1] in ")]）":
        tail = _CREDIT_TAIL.search(line.text)  # a long caption that says where its credit is: "... (تصوير: فلان)"
        return tail.group() if tail and _declared_credit(tail.group()) else None
    if line.words > CAPTION_MAX_WORDS or line.cls == "item" and (table_row(line) or line.words <= CELL_WORDS):
        # a table's row, its cells joined with tabs: "العطلة	بداية العطلة (مساءً)	..."; a table's cell
        # scraped alone on its line, its unit in brackets: "الشراء (ل.ل.)"
        return None
    if barred_menu(line.text):
        return None  # a menu's items ("... | Video | E-Paper"): "Video" is a label of credits too
    if _MATCH_EVENT.match(line.key):
        return None  # "الدقيقة 23: ماتيوس ريبيرو (نجوم الشرقية)", "45+2' Salah (Liverpool)": a goal and its team
    glued = glued_credit(line.text)
    if glued is not None:
        return glued
    slashed = _SLASHED_TAIL.search(line.text)
    described = slashed is not None and len(line.text[: slashed.start()].split()) >= SENTENCE_CAPTION_MIN_WORDS  # not "St. Helena / SHP"
    if slashed is not None and described and _slashed_credit(slashed["credit"], site_names):
        return slashed["credit"]  # "... scheduled to close June 30. Marcus Dill/Port Adair Sentinel"
    tail = _CREDIT_TAIL.search(line.text) if line.text[-1] in ")]）" else None
    inner = tail.group("credit").strip() if tail else ""
    if _COUNT.match(inner):
        return None  # "Gallery (14 photos)", "Comments (3 new)": a count, no credit
    if tail and _declared_credit(tail.group()):
        return tail.group()  # "(Photo: AFP)", "(أرشيف - تصوير: فلان)": says it is a credit, however long the caption
    if line.cls in ("good", "near") and line.words > 25:
        if tail and (line.text.endswith("]") or "/" in inner) and _photographer_and_outlet(inner):
            return tail.group()  # "... on March 10, 2025. [Wanjiru Kamau, The Sentinel]", "... again. (Marianne Tessier/CBC)"
        tail = _CAPITAL_LABEL_TAIL.search(line.text)  # "... on March 16, 2025. PHOTO | CHRIS OMOLLO | NATION"
        if tail or line.cls == "good":
            return tail.group().strip() if tail else None
    lone = line.words <= CREDIT_MAX_WORDS and line.rule == "lexicon.caption-credit"
    if lone and _LABEL_ALONE.match(line.text):
        return None  # "Photo credit" alone: the label of the credit on the next line, no credit itself
    if lone and _is_credit_phrase(line.text):
        return line.text  # "أ.ف.ب", "أ ف ب" alone on the line, without brackets
    lead = _CREDIT_BY.match(line.text) if lone else None
    photographer = line.text[lead.end() :].strip() if lead is not None else ""
    if 2 <= len(photographer.split()) <= 4 and byline.bare_name(photographer):
        return line.text  # "Picture by Tom Barrett"
    label = _PICTURE_LABEL.match(line.text)
    if label is not None:
        rest = line.text[label.end() :]
        own = _credit(Line.of(line.index, rest)) if label.group("caption") and rest else None
        if own is not None and own != rest and _PICTURE_LABEL.match(own) is None:
            return own  # "Legende: Heute parkieren ... Das soll sich ändern. Keystone/Marco Zanetti": its own credit
        return line.text
    if tail and _SHOT_BY.match(inner):
        return tail.group()  # "（記者林怡君攝）": the reporter who took the picture
    if tail and _AGENCY_LIKE.match(inner) and not any(char.islower() for char in inner):
        return tail.group()  # "(A.P.)", "(أ.ف.ب)"; not "(cap.)" after a team's captain
    if tail and not line.text[: tail.start()].strip() and (_NAME_SLASH_NAME.match(inner) or _site_dash_name(inner, site_names)):
        return tail.group()  # "(J. Prévost/Arène Sport)", "(ليرة برس - علي حمدان)" alone under its caption
    if tail and len(inner) <= CREDIT_TAIL_CHARS:
        before = line.text[: tail.start()].rstrip()
        described = len(before.split()) >= (SENTENCE_CAPTION_MIN_WORDS if before[-1:] == "." else CAPTION_MIN_WORDS)
        if (_NAME_SLASH_NAME.match(inner) or _OUTLET_COLON_NAME.match(inner)) and described:
            return tail.group()  # "... on Thursday. (Dana Ruiz / The Lakeshore Ledger)", "(ANB News: Jesse Marrawal)"
        if any(d[1] == "lexicon.caption-credit" for d in line.decisions):
            return tail.group()
        described = len(line.text[: tail.start()].split()) >= SOURCE_DESCRIPTION_WORDS[0]  # not "Name (City)"
        if (fold(inner) in site_names or _site_dash_name(inner, site_names)) and described:
            return tail.group()  # "(الشرفة نيوز)", "(المرفأ نيوز - حسن شعبان)"
        probe = lexicon.credit_phrase(inner)
        if probe:
            return tail.group()
        if _described_picture(line.text[: tail.start()], inner):
            return tail.group()
    if "/" in line.text and (
        line.words <= CREDIT_MAX_WORDS and _agency_and_name(line.text)
        or _site_and_name(line.text, site_names) and (line.words <= CREDIT_MAX_WORDS or _outlet_and_name(line.text))
        or _outlet_and_name(line.text) and byline.role_span(line.key) is None  # (not "Odane McLaren/Chronicle Writer", a byline)
    ):
        # "Keystone/Anthony Anex", "Ruben Oyelaran / The Alder Valley Ledger", "خالد المومني/بوابة المشرق
        # اليوم" under the caption it credits
        return line.text
    if line.words <= CREDIT_LINE_WORDS and _LICENSED_CREDIT.match(line.text):
        return line.text  # "Priya Natarajan, CC BY-ND": a picture's owner and the licence it is shared under
    if _site_archive(line, site_names):
        return line.text  # "أرشيف بوابة المشرق اليوم", "Archives Le Courrier": a picture from the site's own archive
    owned = _COPYRIGHT_TAIL.search(line.text) if "©" in line.text and line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if owned is not None and _described_and_owned(line.text[: owned.start()], owned["owner"].strip()):
        return owned.group().strip()  # "... بمهرجان قرطاج سنة 2009 © فتحي بلحاج": a picture described, its owner
    reserved = _RIGHTS_RESERVED_TAIL.search(line.text) if line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if reserved is not None and len(line.text[: reserved.start()].split()) >= CAPTION_MIN_WORDS:
        return reserved.group().strip()  # "... بمدينة شيربروك الكندية ح.م": all rights reserved, as Algerian papers credit
    if line.text.startswith("©") and line.words <= 2 * CREDIT_MAX_WORDS:
        owner = line.text[1:].strip()
        if _NAME_SLASH_NAME.match(owner):
            # "© Sputnik / Ivan Petrov", "© Yann Le Goff / Le Courrier du Bocage": an outlet's picture and
            # its photographer, each named in a few words (no year: no footer)
            return line.text
        if owner and line.words <= CREDIT_MAX_WORDS and lexicon.credit_phrase(owner) == fold(owner).strip():
            return line.text  # "© ANP", "© Belga": an agency the lexicon knows, alone: a picture's, not the site's footer
        if owner and any(rule == "html.caption" for _, rule, _ in line.decisions) and _person(owner):
            return line.text  # "© إيلي عون" in the markup's credit element: the photographer
    outlet = _CAPITALS_FOR_OUTLET.search(line.text) if line.text[-1] in "»\"”" or line.text[-1].isupper() else None
    if outlet is None and line.words <= CAPTION_ABOVE_MAX_WORDS:
        outlet = _NAME_FOR_OUTLET.search(line.text)
    if outlet is not None and len(line.text[: outlet.start()].split()) >= CAPTION_MIN_WORDS:
        return outlet.group()  # "... PIERRE COLOMBAT POUR « L'HORIZON »", "... Mathieu Favre pour L'Écho romand"
    if _CAPITAL_CREDIT.match(line.text):
        return line.text  # "PHOTO JEAN-FRANÇOIS ROY, LE QUOTIDIEN LAURENTIEN"
    barred = _BARRED_CREDIT.search(line.text) if line.words <= CAPTION_ABOVE_MAX_WORDS and ("|" in line.text or "/" in line.text) else None
    if barred and len(line.text[: barred.start()].split()) >= CAPTION_MIN_WORDS and _credit_shaped(barred["credit"].strip()):
        return barred["credit"].strip()  # "... charpente entièrement reprise. | OUEST-INFO", "... de archivo. / Marta Lasheras"
    slashed = _NAME_SLASH_AGENCY_TAIL.search(line.text) if "/" in line.text and line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if slashed and len(line.text[: slashed.start()].split()) >= CAPTION_MIN_WORDS and lexicon.credit_phrase(slashed["agency"]) == fold(slashed["agency"]):
        return slashed.group()  # "... onde um em cada dois prédios tem alojamento local Tiago Mendonça/Lusa"
    dashed = _DASHED_TAIL.search(line.text) if "/" in line.text and line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if dashed and len(line.text[: dashed.start()].split()) >= CAPTION_MIN_WORDS and _agency_and_name(dashed["credit"]):
        return dashed["credit"]  # "Passageiros embarcam no Terminal Central de Campinas - Ricardo Lemos/FIP"
    sentence_tail = _AFTER_FULL_STOP.search(line.text) if line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if sentence_tail and _is_credit_phrase(sentence_tail.group("credit")):
        return sentence_tail.group("credit")  # "صالة المغادرة في مطار دمشق الدولي. أرشيفية"
    if (
        sentence_tail
        and _NAME_SLASH_NAME.match(sentence_tail.group("credit"))
        and len(line.text[: sentence_tail.start()].split()) >= CAPTION_MIN_WORDS
    ):
        return sentence_tail.group("credit")  # "... à Chippis. Lecteur reporter/Valais Matin"
    if (
        sentence_tail
        and _CAPITALS_NAME.match(sentence_tail.group("credit"))
        and len(line.text[: sentence_tail.start()].split()) >= CAPTION_MIN_WORDS
    ):
        return sentence_tail.group("credit")  # "... en Benifaraig, al norte de Valencia. MÒNICA TORRES"
    initials = _INITIALS_TAIL.search(line.text) if line.words <= CAPTION_ABOVE_MAX_WORDS else None
    if initials and len(line.text[: initials.start()].split()) >= CAPTION_MIN_WORDS:
        return initials.group("credit")  # "... cerrados desde 2009. L. A. S.": the photographer's initials
    source = _DASHED_SOURCE.search(line.text) if ":" in line.text else None
    if source and len(line.text[: source.start()].split()) >= SOURCE_CAPTION_MIN_WORDS and not line.ends_sentence:
        return source.group("credit")  # "منجم للفوسفات في ريف حمص الشرقي - المصدر: وكالة سانا"
    dashed_label = _DASHED_LABEL.match(line.text) if line.words <= CREDIT_MAX_WORDS else None
    if dashed_label and _person(dashed_label["name"]):
        return line.text  # "تصوير - كريم نبيل": the label, a dash, the photographer
    label = _CREDIT_LABEL.search(line.text) if not _LABEL_MARKS.isdisjoint(line.text) else None
    if label:
        before = line.text[: label.start()].rstrip()
        if before and _SOURCE_LEAD.match(before) and line.words <= CREDIT_LINE_WORDS:
            return line.text  # "المصدر: مديرية الطرق / تصميم: زاگروس نيوز": a map's source and its designer
        # "Photo: AFP" alone, or a caption whose sentence ends before its credit ("... Kansas. Photo: ...");
        # in a script without capitals, one word right before the label makes a phrase of them ("صيّادو صور:
        # ...", Tyre's fishermen: a headline); a capital tells a credit's own words ("AP Photo:", "Mandatory Credit:")
        phrase = (
            bool(before) and len(before.split()) == 1 and before[-1].isalpha()
            and _CAPITAL.search(before) is None and _CREDIT_INSIDE.match(before) is None
        )
        if not phrase and (not before or line.words <= 20 or before[-1] in ".!?؟|-–—"):
            return line.text[label.start() :].strip()
    after = _CREDIT_AFTER_SENTENCE.search(line.text) if line.words <= CAPTION_MAX_WORDS else None
    if after and len(after.group().split()) <= CREDIT_MAX_WORDS + 4:  # "Photograph by Tomas Reyes for The Lake Review"
        if len(line.text[: after.start()].split()) >= SENTENCE_CAPTION_MIN_WORDS:
            return after.group()
    provided = _PROVIDED_TAIL.search(line.text) if line.text.endswith(("제공", "提供")) and line.words <= CAPTION_MAX_WORDS else None
    if provided and len(line.text[: provided.start()].split()) >= CAPTION_MIN_WORDS:
        return provided.group()  # "... 대덕산업단지 전경. 대전시 제공": the picture "provided by" the city
    shot = _SHOT_BY_TAIL.search(line.text) if line.text.endswith(("摄", "攝", "摄影", "攝影")) and line.words <= CAPTION_MAX_WORDS else None
    if shot:
        return shot.group()
    slashed = _SLASHED_CREDIT.search(line.text) if "/" in line.text and line.words <= CAPTION_MAX_WORDS else None
    if slashed and len(line.text[: slashed.start()].split()) >= CAPTION_MIN_WORDS:
        return slashed.group()
    dash = _SITE_TAIL.search(line.text) if not line.ends_sentence else None
    before_dash = line.text[: dash.start()].rstrip() if dash else ""
    # "Where is it? | York": a table row's label and value, not a picture described and its source
    if dash and line.words - len(dash.group("credit").split()) >= 3 and before_dash[-1:] not in ("?", "؟", ":", "："):
        name = dash.group("credit").strip()
        if not any(char.isalpha() for char in name):
            return None  # "آخر تحديث: 18/11/2025 - 16:40": a time, not a source
        if _named_site(name, site_names) or _is_credit_phrase(name):  # "... - صحيفة الأفق", "... - أرشيفية"
            return dash.group().lstrip(" -–—")
        if (_ARCHIVE_OF.match(name) or _credit_led(name)) and len(name.split()) <= CREDIT_MAX_WORDS:
            return dash.group().lstrip(" -–—")  # "... - أرشيف بيشوا نيوز", "... - عدسة الساحل اليوم"
        labelled = _CREDIT_INSIDE.match(name)  # "... par le test. - Photo Vincent Lambotte": a credit's word, then a name
        if before_dash[-1:] == "." and labelled and byline.bare_name(name[labelled.end() :].strip()) and len(name.split()) <= CREDIT_MAX_WORDS:
            return dash.group().lstrip(" -–—")
        if before_dash[-1:] in ".!" and _AGENCY_AND_NAME.match(name) and len(name.split()) <= CREDIT_MAX_WORDS:
            return dash.group().lstrip(" -–—")  # "... au quai de Caraquet, jeudi. - Acadie Presse: Mélanie Thériault"
        if before_dash[-1:] == "." and dash.group().lstrip()[:1] == "|" and line.words <= CAPTION_ABOVE_MAX_WORDS and byline.bare_name(name):
            return dash.group().lstrip(" |")  # "Peatones en la calle Uría, en una imagen de archivo. | Ana Paz Soto"
    return None


OWNED_CAPTION_MIN_WORDS = 3  # "بهو مجلس النواب بالرباط © ياسين التازي": a place shown, its photographer
PORTRAIT_WORDS = 2


def _described_and_owned(before: str, owner: str) -> bool:
    """A picture described, then "© Name": a name of two to four words, or an agency the credit lexicon
    knows, after a description that says nothing of rights (a footer's "All rights reserved ... ©
    Company" does)."""
    agency = len(owner.split()) <= CREDIT_MAX_WORDS and _is_credit_phrase(owner)  # "© واج", "© AFP"
    if len(before.split()) < (PORTRAIT_WORDS if agency and byline.name_shaped(before) else OWNED_CAPTION_MIN_WORDS):
        return False  # (a portrait's caption is the person's name: "Mathieu Provencher © Courtoisie")
    # (an outlet and its photographer: "... عند الغروب © سراب لايف / ريم المهيري")
    if not agency and not _NAME_SLASH_NAME.match(owner) and (not 2 <= len(owner.split()) <= 4 or not byline.name_shaped(owner)):
        return False
    return lexicon.phrase_in(before, "footer") is None and lexicon.phrase_in(owner, "footer") is None


def _declared_credit(credit: str) -> bool:
    """A bracketed credit that says it is one: "(Photo: AFP)", "(Submitted by the family)", "(أرشيف -
    تصوير: فلان)". Never a paragraph's source signing it off."""
    if credit.lstrip()[:1] not in "([（":
        return False
    inner = credit.strip().strip("()[]（）").strip()
    if _SOURCE.match(inner):
        return False  # "(Source: Ministry of Health)" under a paragraph of figures names the data's source
    return _CREDIT_INSIDE.match(inner) is not None or _CREDIT_LABEL.search(inner) is not None


_SOURCE = regex.compile(r"\W*source\b", regex.IGNORECASE)


_DASHED_TAIL = regex.compile(r"\s[-–—]\s(?P<credit>[^-–—]{3,60})$")  # "... de Campinas - Ricardo Lemos/FIP"
# The caption's sentence, then a bar or a slash and its credit: "... reprise. | OUEST-INFO".
_BARRED_CREDIT = regex.compile(r"(?<=\S[.!][\"”’»]?\s+)[|/]\s*(?P<credit>[^.!?|]{2,40})$")
_CAPITALS_CREDIT = regex.compile(r"^\p{Lu}[\p{Lu}\p{M}'’.&-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.&-]*){0,3}$")


def _credit_shaped(credit: str) -> bool:
    """A credit after a bar: a name in capitals ("OUEST-INFO", "MARTA LASHERAS"), a person's name
    ("Marta Lasheras"), or a credit the lexicon knows."""
    return bool(_CAPITALS_CREDIT.match(credit) or byline.bare_name(credit) or _is_credit_phrase(credit))


def _agency_and_name(text: str) -> bool:
    """ "Keystone/Anthony Anex", "Jane Doe / AFP": a photographer and an agency the lexicon knows; or a
    photographer and the paper's initials ("Annick Ramp / NZZ")."""
    if _NAME_SLASH_NAME.match(text) is None:
        return False
    parts = [part.strip() for part in text.split("/")]
    if any(_is_credit_phrase(part) for part in parts):
        return True
    return len(parts) == 2 and bool(byline.bare_name(parts[0])) and _INITIALS.match(parts[1]) is not None


def _site_and_name(text: str, site_names: frozenset[str]) -> bool:
    """ "Léman Minute/Yannick Bovet": the site's own name (its masthead's) and a photographer's."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) != 2:
        return False
    return any(
        _own_name(site, site_names) and _person(name) and fold(name).strip() not in site_names  # (not "الرئيسية / الحج والعمرة", a menu's path)
        for site, name in (parts, parts[::-1])
    )


def _own_name(text: str, site_names: frozenset[str]) -> bool:
    """The site's name, or its archive's ("Archives Ouest Littoral", "أرشيف الصباح")."""
    if fold(text).strip() in site_names:
        return True
    return len(text.split()) >= 2 and archive_credit(text) and fold(text.split(maxsplit=1)[-1]).strip() in site_names


def _site_archive(line: Line, site_names: frozenset[str]) -> bool:
    """"أرشيف بوابة المشرق اليوم": the archive of the site the masthead names (of two words at least:
    "Archive search" is a menu's)."""
    return 3 <= line.words <= CREDIT_MAX_WORDS and _own_name(line.text, site_names) and fold(line.text).strip() not in site_names


def _unlabelled_credit(line: Line, site_names: frozenset[str]) -> bool:
    """A credit that only its shape tells ("Ewan Baird / The Clydeside Review", "أرشيف <site>"): it
    needs a caption of a picture described above it, not a menu's item ("Press / Public Speaking")."""
    if "/" in line.text and not _agency_and_name(line.text) and not _site_and_name(line.text, site_names):
        return _outlet_and_name(line.text)
    return _site_archive(line, site_names)


def _person(name: str) -> bool:
    """A person's name alone: "Yannick Bovet"; in a script without capitals, two to four words of
    letters ("خالد المومني"), which the site's name beside it makes a photographer's."""
    if byline.bare_name(name):
        return True
    words = name.split()
    return not _CAPITAL.search(name) and 2 <= len(words) <= 4 and all(word.isalpha() for word in words)


# A photographer and an outlet after a caption's last sentence, no brackets: "... June 30. Marcus
# Dill/Port Adair Sentinel" (a paper's picture credit in its own <span>, run in by the scraper).
_SLASHED_TAIL = regex.compile(r"(?<=[.!?]\s)(?P<credit>\p{Lu}[^.!?/]{2,40}\s?/\s?\p{Lu}[^.!?/]{1,40})$")


def _slashed_credit(credit: str, site_names: frozenset[str]) -> bool:
    return _agency_and_name(credit) or _site_and_name(credit, site_names) or _outlet_and_name(credit)


def _named_site(name: str, site_names: frozenset[str]) -> bool:
    """The site's name as the page shows it, or its last words when they name an outlet ("دجلة برس"
    of "وكالة دجلة برس")."""
    key = fold(name).strip()
    if key in site_names:
        return True
    return len(key.split()) >= 2 and byline.names_outlet(key) and any(site.endswith(" " + key) for site in site_names)


def _site_dash_name(inner: str, site_names: frozenset[str]) -> bool:
    """ "المرفأ نيوز - حسن شعبان", "نبض البلقاء/ رامي القيسي": the site and its photographer, a dash or
    (not in Latin script, where "Nintendo eShop/Nintendo DSiWare" names two stores) a slash between them."""
    parts = [part.strip() for part in regex.split(r"\s[-–—]\s" if _LATIN.search(inner) else r"\s[-–—]\s|\s?/\s?", inner)]
    return len(parts) == 2 and any(_named_site(site, site_names) and 2 <= len(person.split()) <= 4 for site, person in (parts, parts[::-1]))


def _outlet_and_name(text: str) -> bool:
    """ "Ruben Oyelaran / The Alder Valley Ledger": longer than a credit's usual few words, one side
    names an outlet by its word ("Ledger", "Times", "News"), the other a person."""
    parts = [part.strip() for part in text.split("/")]
    return len(parts) == 2 and len(text.split()) <= 2 * CREDIT_MAX_WORDS and any(
        byline.names_outlet(fold(outlet)) and 2 <= len(name.split()) <= 3 and byline.bare_name(name)
        for outlet, name in (parts, parts[::-1])
    )


_INITIALS = regex.compile(r"^\p{Lu}{2,6}$")  # "NZZ", "ZTB", "EFE": an outlet's or an agency's initials


def _unit_pattern() -> regex.Pattern[str]:
    """A unit in a chart's or a table's brackets ("دولار للبرميل", "مليون ريال", "بالليرة السورية",
    "$ million"): `lexicons/<lang>/unit-word.txt`, whole folded words, a clitic "ب"/"بال"/"لل" allowed."""
    words = lexicon.data_alternation("unit-word.txt")
    return regex.compile(rf"(?<!\w)(?:بال|لل|ب|ال)?{words}(?!\w)|[%$€£]")


_UNIT = _unit_pattern()


def _described_picture(before: str, inner: str) -> bool:
    """ "مهندسون يتفقدون وحدات الأغشية داخل المحطة (وزارة الكهرباء والماء)": a description without a
    sentence of its own, then a short source in brackets (a ministry, a site, "social media")."""
    words = before.split()
    if not SOURCE_DESCRIPTION_WORDS[0] <= len(words) <= SOURCE_DESCRIPTION_WORDS[1] or len(inner.split()) > 4:
        return False
    if _SENTENCE_MARK.search(before) or "|" in before or any(char.isdigit() or char in "./@" for char in inner):
        return False  # "(signoz.io)" after a headline names a link's site, not a picture's source
    if not any(char.isalpha() for char in inner) or _UNIT.search(fold(inner)):
        return False  # "التغير (%)", "أداء خام برنت (دولار للبرميل)": a unit, not a source
    # In Latin script a bracket after a few words is as often a note ("Air Fryer Salmon (Stovetop
    # Option)", a list of items): there only known credits count (the lexicon, the site's name).
    return not _LATIN.search(before + inner) and not before.lstrip()[:1] in "-•*·"


def credit_label(text: str) -> bool:
    """`text` opens with a picture's credit word: "تصوير ومونتاج", "Photo", "Foto"."""
    return _CREDIT_INSIDE.match(text.strip()) is not None


def _credit_led(text: str) -> bool:
    """`text` opens with a known credit that makes at least half of it: "المكتب الإعلامي لبلدية سبها"
    (a town's press office)."""
    phrase = lexicon.credit_phrase(text)
    return phrase is not None and fold(text).startswith(phrase) and 2 * len(phrase.split()) >= len(WORD.findall(fold(text)))


def _is_credit_phrase(text: str) -> bool:
    """The whole of `text` is a known credit ("أ.ف.ب" counts its three letters as words, as the lexicon
    does), or a credit's pattern spans it ("Courtesy of the Pruitt family")."""
    phrase = lexicon.credit_phrase(text)
    return phrase is not None and len(phrase.split()) == len(WORD.findall(fold(text))) or _credit_pattern_spans(text)


def _credit_pattern_spans(text: str) -> bool:
    """A credit's pattern spans the whole of `text`: "Courtesy of the Pruitt family", "Photographs by
    Aileen Voss" (a credit that says it is one, as a label does)."""
    spanned = lexicon.pattern_in(text, "caption-credit")
    return spanned is not None and len(WORD.findall(spanned)) == len(WORD.findall(fold(text)))


# A Chinese credit: the reporter who took the picture, "記者林怡君攝" (reporter, name, "shot").
_SHOT_BY = regex.compile(r"^(?:記者|记者|特派員|特派员)?\s*(?P<name>\p{Han}{2,4}(?:[、,，]\p{Han}{2,4})*)\s*(?:攝影|摄影|攝|摄)$")
_PROVIDED_AFTER = regex.compile(r"\s*(?:提供|제공)$")  # "provided by" written after the name (Chinese, Korean)


# A wire's link after the photographer, scraped into the credit: "... Purchase Licensing Rights".
_LICENSING_LINK = regex.compile(r"\s*,?\s*purchase licen[cs]ing rights\W*$", regex.IGNORECASE)


def credit_name(credit: str) -> str:
    """The name a credit gives, its label and brackets aside: "(أ.ب)" → "أ.ب"; "Photo: Jane Doe/AFP" →
    "Jane Doe/AFP"; "(Photo by Jane Doe)" → "Jane Doe"."""
    credit = credit.strip().strip("()[]（）").strip().lstrip("|｜").strip()  # "... | OUEST ANJOU / CLAIRE MAUPIN"
    credit = _LICENSING_LINK.sub("", credit) or credit  # "Harbourline/Daniel Okafor Purchase Licensing Rights"
    if credit.startswith("©") and _CREDIT_LEAD.match(credit[1:].lstrip()) is not None:
        credit = credit[1:].lstrip()  # "© Photo : Julien Maury": the label after the copyright sign
    shot = _SHOT_BY.match(credit)
    if shot is not None:
        return shot["name"]  # "記者林怡君攝" → "林怡君"
    label = _PICTURE_LABEL.match(credit)
    # "مصدر الصورة: تصوير: أحمد عيسى", "PHOTO CREDIT: Adebayo Ogunleye": a second label may follow the first.
    name = _CREDIT_LEAD.sub("", credit[label.end() :] if label else credit, count=1).strip()
    name = _CREDIT_LEAD.sub("", name, count=1).strip() if _LABELLED.match(name) else name
    if name != credit:  # "圖／北市都發局提供", "사진 제공=부산시 제공": the label's "provided by" after the name
        name = _PROVIDED_AFTER.sub("", name).strip() or name
    return name or credit
