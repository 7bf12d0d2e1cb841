"""A Romanian news page (composed for this test, in the layout of Romanian news portals): the Romanian
lexicon (`lexicons/ro/`) takes the menu, the "Citește și" teaser, the share bar, the comments, the
cookie banner and the footer; the paragraphs stay, in order; the stamp ("Publicat: 15 octombrie 2024,
09:30") gives the date (`lexicons/ro/dates.toml`), a labelled byline ("Autor: Ana Popescu", "Scris de
Ana Popescu") the author (`lexicons/ro/byline.txt`)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata.dates import is_date_line, parse_date

TITLE = "Primăria Clujului pregătește o rețea de piste pentru biciclete de 40 de kilometri până în 2026"
PARAGRAPHS = [
    "Primăria municipiului Cluj-Napoca a anunțat marți că va construi o rețea de piste pentru biciclete "
    "de aproximativ 40 de kilometri, care va lega cartierele mari de centrul orașului până la sfârșitul anului 2026.",
    "Potrivit reprezentanților administrației locale, proiectul va fi finanțat în mare parte din fonduri europene, "
    "iar licitația pentru primul tronson, între Mănăștur și Piața Unirii, va fi lansată în luna decembrie.",
    "Viceprimarul orașului a explicat că traseele au fost stabilite după o consultare publică la care au participat "
    "peste trei mii de clujeni. Cele mai multe propuneri au cerut piste separate fizic de carosabil.",
    "Asociațiile de bicicliști salută inițiativa, dar avertizează că lucrările trebuie corelate cu modernizarea "
    "transportului public, pentru ca noile piste să nu îngusteze benzile dedicate autobuzelor.",
    "Primele lucrări ar urma să înceapă în primăvara anului viitor, iar administrația promite că fiecare tronson "
    "finalizat va fi dat imediat în folosință, fără să se aștepte încheierea întregului proiect.",
]
MENU = ["Acasă", "Actualitate", "Politică", "Economie", "Externe", "Sport", "Opinii", "Caută"]
BREADCRUMB = "Acasă › Actualitate › Cluj"
BYLINE = "de Ana Popescu"
STAMP = "Publicat: 15 octombrie 2024, 09:30"
READ_ALSO = "Citește și: Tramvaiele noi ajung la Cluj în primăvară. Primele teste încep pe linia 101"
SHARE = ["Distribuie pe Facebook", "Trimite", "Copiază linkul"]
TAGS = "Etichete: Cluj-Napoca, biciclete, transport public"
RELATED = [
    "Articole similare",
    "Parcările din centrul Clujului se scumpesc de la 1 ianuarie",
    "Cum arată noul pod peste Someș după primele teste de rezistență",
]
COMMENTS = [
    "Comentarii",
    "Lasă un comentariu",
    "Nume *",
    "Email *",
    "Trimite comentariul",
]
COOKIE = (
    "Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună. Continuarea navigării "
    "implică acceptarea lor. Acceptă toate"
)
FOOTER = [
    "Politica de confidențialitate | Termeni și condiții | Contact | Despre noi",
    "© 2024 Știri de Cluj. Toate drepturile rezervate.",
    "Înapoi sus",
]


def page(read_also: str = READ_ALSO, byline: str = BYLINE, stamp: str = STAMP) -> str:
    return "\n".join(
        [
            *MENU,
            BREADCRUMB,
            TITLE,
            byline,
            stamp,
            *SHARE,
            PARAGRAPHS[0],
            PARAGRAPHS[1],
            read_also,
            "Publicitate",
            PARAGRAPHS[2],
            PARAGRAPHS[3],
            PARAGRAPHS[4],
            TAGS,
            *SHARE,
            *RELATED,
            *COMMENTS,
            COOKIE,
            *FOOTER,
        ]
    )


def rule_of(article: newsclean.Article, text: str) -> str:
    return next(line.rule for line in article.lines if line.text == text)


def test_the_body_is_the_paragraphs() -> None:
    article = newsclean.clean(page())
    assert article.lang == "ro"
    assert list(article.paragraphs) == PARAGRAPHS


def test_the_header() -> None:
    article = newsclean.clean(page())
    assert article.title == TITLE
    assert article.date == "2024-10-15"


# The bare "de" is a byline prefix on Romanian pages only (`lexicons/ro/byline-own.txt`): elsewhere
# "De" is the Dutch article ("De Dag Erna", a podcast's name, would become the author of
# tests/fixtures/nl/r59_podcast_woningbouw).
def test_the_author_of_a_bare_de_byline() -> None:
    article = newsclean.clean(page())
    assert article.author == "Ana Popescu"
    assert newsclean.clean(page(), lang="nl").author is None  # the prefix holds on Romanian pages only


def test_the_chrome_goes_by_the_romanian_lexicon() -> None:
    article = newsclean.clean(page())
    assert rule_of(article, READ_ALSO) == "lexicon.read-also"
    assert rule_of(article, "Publicitate") == "lexicon.advertisement"
    assert rule_of(article, TAGS) == "lexicon.tags"
    assert rule_of(article, "Articole similare") == "lexicon.related"
    assert rule_of(article, "Comentarii") == "lexicon.comments"
    assert rule_of(article, COOKIE) == "lexicon.cookie"
    assert rule_of(article, FOOTER[0]) == "lexicon.footer-links"
    assert rule_of(article, FOOTER[1]) == "lexicon.footer"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Citește și:", "read-also"),
        ("Citiți și: Tramvaiele noi ajung la Cluj", "read-also"),
        ("Vezi și", "read-also"),
        ("Citeste si: Tramvaiele noi ajung la Cluj", "read-also"),  # written without diacritics
        ("Citeşte şi: Tramvaiele noi ajung la Cluj", "read-also"),  # s and t with a cedilla
        ("Recomandări", "read-also"),
        ("Articole asemănătoare", "related"),
        ("Cele mai citite", "related"),
        ("Știri similare", "related"),
        ("Din aceeași categorie", "related"),
        ("Distribuie", "share"),
        ("Copiază linkul", "share"),
        ("Distribuie pe Facebook", "share"),
        ("Adaugă un comentariu", "comments"),
        ("Scrie un comentariu", "comments"),
        ("12 comentarii", "comments"),
        ("Abonează-te la newsletter", "newsletter"),
        ("Toate drepturile rezervate", "footer"),
        ("Termeni și condiții", "footer-links"),
        ("Înapoi sus", "navigation"),
        ("Tag-uri: Cluj, transport", "tags"),
        ("Reclamă", "advertisement"),
        ("Articol susținut de Banca Transilvania", "advertisement"),
        ("Trimite comentariul", "form"),
    ],
)
def test_romanian_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    "text",
    [
        "Guvernul trimite ajutoare umanitare în zonele afectate de inundații",
        "Recomandări pentru părinții care își trimit copiii în tabără",  # a cross-heading, not a teaser box
        "Cele mai citite cărți ale anului",
        "Ministerul distribuie gratuit manuale elevilor din clasa a cincea.",
        "Contactul cu publicul a fost redus la minimum în timpul pandemiei.",
        "Autoritatea a amendat un operator pentru folosirea cookie-urilor fără acordul utilizatorilor.",
    ],
)
def test_romanian_sentences_and_headlines_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 martie 2025", "2025-03-12"),
        ("Actualizat: 3 ian. 2025", "2025-01-03"),
        ("Publicat: 15 octombrie 2024, 09:30", "2024-10-15"),
        ("miercuri, 12 martie 2025", "2025-03-12"),
        ("Ultima actualizare: 7 noiembrie 2024, ora 14:05", "2024-11-07"),
        ("sâmbătă, 1 febr. 2025", "2025-02-01"),
    ],
)
def test_romanian_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


def test_the_publication_date_before_the_update() -> None:
    found = parse_date("Actualizat: 16 octombrie 2024, 10:00 | Publicat: 15 octombrie 2024, 09:30")
    assert found is not None and found.iso == "2024-10-15"


def test_a_relative_stamp_is_a_date_line_without_a_date() -> None:
    assert is_date_line("acum 5 minute")
    assert parse_date("acum 5 minute") is None


@pytest.mark.parametrize(
    "byline", ["Autor: Ana Popescu", "Scris de Ana Popescu", "Scris de Ana Popescu, jurnalistă", "Un articol de Ana Popescu"]
)
def test_labelled_bylines(byline: str) -> None:
    article = newsclean.clean(page(byline=byline))
    assert article.author == "Ana Popescu"
    assert article.date == "2024-10-15"
    assert list(article.paragraphs) == PARAGRAPHS


@pytest.mark.parametrize(
    "read_also",
    [
        # the phrase alone on its line, the linked headline on the next one
        "Citește și\nTramvaiele noi ajung la Cluj în primăvară. Primele teste încep pe linia 101",
        # s and t with a cedilla, as many pages write them
        "Citeşte şi: Tramvaiele noi ajung la Cluj în primăvară",
        "Vezi și: Tramvaiele noi ajung la Cluj în primăvară",
    ],
)
def test_read_also_in_the_text(read_also: str) -> None:
    article = newsclean.clean(page(read_also=read_also))
    assert list(article.paragraphs) == PARAGRAPHS
