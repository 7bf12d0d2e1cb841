"""Swedish, Danish, Norwegian (bokmål) and Finnish news pages (composed for this test, in the layout
of the region's news sites: a local paper's masthead and menu, a byline and a stamp, a share bar, a
credited picture, a "read also" teaser, an ad label, a paywall offer cut into the text, comments,
related lists, a cookie banner, a footer with the publisher's legal line). The lexicons of
`lexicons/sv`, `lexicons/da`, `lexicons/nb` and `lexicons/fi` take the chrome; the paragraphs stay,
in order; the stamp gives the date (`dates.toml`), the byline the author (`byline.txt`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, parse_date
from newsclean.normalize import fold


@dataclass(frozen=True)
class Story:
    lang: str
    masthead: str
    menu: tuple[str, ...]
    title: str
    byline: str
    author: str
    stamp: str
    updated: str
    date: str
    share: tuple[str, ...]
    caption: str
    credit: str
    paragraphs: tuple[str, ...]  # six: the teaser, the ad, a picture and the paywall go between them
    read_also: str
    advertisement: str
    inner_caption: str
    inner_credit: str
    paywall: tuple[str, ...]
    tags: tuple[str, ...]
    comments: tuple[str, ...]
    related: tuple[str, ...]
    most_read: tuple[str, ...]
    cookie: str
    footer: tuple[str, ...]

    def page(self) -> str:
        p = self.paragraphs
        return "\n".join(
            [
                self.masthead,
                *self.menu,
                self.title,
                self.byline,
                self.stamp,
                self.updated,
                *self.share,
                self.caption,
                self.credit,
                p[0],
                p[1],
                self.read_also,
                p[2],
                self.advertisement,
                p[3],
                self.inner_caption,
                self.inner_credit,
                p[4],
                *self.paywall,
                p[5],
                *self.tags,
                self.share[0],
                *self.comments,
                *self.related,
                *self.most_read,
                self.cookie,
                *self.footer,
            ]
        )


SWEDISH = Story(
    lang="sv",
    masthead="Norrlandskuriren",
    menu=("Hoppa till innehåll", "Meny", "Sök", "Logga in", "Prenumerera", "Nyheter", "Sundsvall", "Sport", "Kultur", "Nöje", "Debatt", "Ledare"),
    title="Färjelinjen till Alnö läggs ner – pendlarna rasar mot beslutet",
    byline="Av Karin Holmström",
    author="Karin Holmström",
    stamp="Publicerad 14 oktober 2024 kl. 06.00",
    updated="Uppdaterad i dag 11:42",
    date="2024-10-14",
    share=("Dela", "Dela på Facebook", "Kopiera länk", "Kommentarer (12)"),
    caption="Färjan Alnösund vid kajen i Sundsvall en tidig morgon i oktober.",
    credit="Foto: Mikael Berg",
    paragraphs=(
        "Trafikverket har beslutat att färjelinjen mellan Sundsvall och Alnö ska läggas ner vid årsskiftet. "
        "Beskedet kom på måndagen och har redan väckt starka reaktioner bland de boende på ön.",
        "Enligt myndigheten reser i genomsnitt färre än sjuttio personer per dag med färjan, och kostnaderna för att "
        "hålla båten i trafik har ökat kraftigt de senaste åren.",
        "– Vi förstår att det här är tungt för dem som använder linjen varje dag, men vi måste prioritera de pengar "
        "vi har, säger Anders Ek, regionchef på Trafikverket.",
        "Bland pendlarna är besvikelsen stor. Många av dem som arbetar i centrala Sundsvall har valt färjan för att "
        "slippa köerna över bron under rusningstid.",
        "– Det känns som att ingen har frågat oss. Jag har åkt färjan i femton år och den sparar mig nästan en timme "
        "om dagen, säger Lena Sjöberg som bor på Alnö.",
        "Kommunen har nu bett Trafikverket att ompröva beslutet och vill att linjen åtminstone ska gå under "
        "sommarmånaderna, när turisterna är många. Frågan tas upp med regionen i november.",
    ),
    read_also="Läs också: Alnöbron stängs för reparation i tre veckor i november",
    advertisement="Annons",
    inner_caption="Lena Sjöberg väntar på färjan vid Alnö brygga.",
    inner_credit="Mikael Berg/TT",  # a photographer and the agency the lexicon knows
    paywall=("Du läser en Plus-artikel", "Redan prenumerant? Logga in", "Prova 1 månad för 1 kr"),
    tags=("Ämnen i artikeln", "Alnö", "Trafik"),
    comments=("Kommentarer", "Skriv en kommentar"),
    related=("Relaterade artiklar", "Alnöbron stängs för reparation i tre veckor i november", "Busstrafiken till Alnö utökas från januari"),
    most_read=("Mest läst", "Polisen: Inbrott i skola i Skönsberg under natten"),
    cookie=(
        "Vi använder cookies för att ge dig en bättre upplevelse av våra tjänster. Genom att fortsätta godkänner "
        "du att vi använder cookies. Godkänn alla"
    ),
    footer=(
        "Om oss | Kontakta oss | Kundservice | Integritetspolicy",
        "Ansvarig utgivare: Per Nyström",
        "© 2024 Norrlandskuriren. Alla rättigheter förbehållna.",
    ),
)

DANISH = Story(
    lang="da",
    masthead="Vestjyllands Dagblad",
    menu=("Gå til indhold", "Menu", "Søg", "Log ind", "Abonnér", "Nyheder", "Lokalt", "Sport", "Kultur", "Debat"),
    title="Havnebadet i Ringkøbing åbner først til sommer – byggeriet er forsinket igen",
    byline="Af Mette Kjær Sørensen",
    author="Mette Kjær Sørensen",
    stamp="Publiceret 3. marts 2025 kl. 07.30",
    updated="Opdateret 3. marts 2025 kl. 12.15",
    date="2025-03-03",
    share=("Del artiklen", "Del på Facebook", "Kopiér link"),
    caption="Det nye havnebad skulle have været klar til vinterbadere allerede i januar. Nu lyder prognosen på juni.",
    credit="Foto: Henrik Bjerre/Ritzau Scanpix",
    paragraphs=(
        "Byggeriet af det nye havnebad i Ringkøbing er endnu en gang blevet forsinket. Det oplyser kommunen i en "
        "pressemeddelelse mandag eftermiddag.",
        "Ifølge kommunen skyldes forsinkelsen, at en af entreprenørerne er gået konkurs, og at der har manglet "
        "materialer til de flydende platforme.",
        "– Vi havde selvfølgelig håbet, at vinterbaderne kunne tage badet i brug i januar, men vi vil hellere gøre "
        "det ordentligt end hurtigt, siger formand for teknik- og miljøudvalget Peter Lund.",
        "Vinterbadeklubben Isbjørnene har i dag over 300 medlemmer, og mange af dem har ventet længe på det nye bad.",
        "– Det er ærgerligt, men vi klarer os med stranden indtil videre. Vi glæder os bare til at komme i gang, "
        "siger klubbens formand, Birgit Holm.",
        "Havnebadet kommer til at koste omkring 14 millioner kroner, hvoraf fonde betaler halvdelen. Kommunen "
        "forventer at kunne holde indvielse i begyndelsen af juni.",
    ),
    read_also="Læs også: Vinterbaderne fik nyt saunahus på stranden i Hvide Sande",
    advertisement="Annonce",
    inner_caption="Medlemmer af Isbjørnene bader fra stranden, mens de venter på havnebadet.",
    inner_credit="Billede: Henrik Bjerre",  # "Billede:" is no credit label of metadata/captions.py: the lexicon's
    paywall=("Denne artikel er kun for abonnenter", "Er du allerede abonnent? Log ind", "Prøv 1 måned for 1 kr."),
    tags=("Emner", "Ringkøbing", "Vinterbadning"),
    comments=("Kommentarer", "Skriv en kommentar"),
    related=("Relaterede artikler", "Vinterbaderne fik nyt saunahus på stranden i Hvide Sande", "Ny cykelsti langs fjorden er klar til påske"),
    most_read=("Mest læste", "Brand i landbrugsbygning ved Tarm: Ingen kom til skade"),
    cookie=(
        "Vi bruger cookies for at forbedre din oplevelse og til statistik og markedsføring. Du kan altid trække dit "
        "samtykke tilbage. Accepter alle"
    ),
    footer=(
        "Om os | Kontakt | Kundeservice | Privatlivspolitik",
        "Ansvarshavende chefredaktør: Lars Møller",
        "© 2025 Vestjyllands Dagblad. Alle rettigheder forbeholdes.",
    ),
)

NORWEGIAN = Story(
    lang="nb",
    masthead="Hardanger Folkeblad",
    menu=("Hopp til innhold", "Meny", "Søk", "Logg inn", "Abonner", "Nyheter", "Sport", "Kultur", "Meninger"),
    title="Ferjesambandet over Hardangerfjorden får ny elektrisk ferje til neste sommer",
    byline="Av Ingrid Haugen",
    author="Ingrid Haugen",
    stamp="Publisert 12. februar 2025 kl. 08.15",
    updated="Oppdatert 12. februar 2025 kl. 13.40",
    date="2025-02-12",
    share=("Del saken", "Del på Facebook", "Kopier lenke"),
    caption="Den gamle ferja har gått i sambandet siden 2006 og skal nå erstattes.",
    credit="Foto: Ole Kristian Bakke / NTB",
    paragraphs=(
        "Fylkeskommunen har signert kontrakt med et verft i Vestnes om bygging av en ny elektrisk ferje til sambandet "
        "mellom Utne og Kvanndal. Ferja skal etter planen være i drift fra juni neste år.",
        "Den nye ferja får plass til 80 biler og skal lades ved kaiene i begge ender av sambandet. Dermed vil "
        "utslippene fra sambandet gå ned med nesten nitti prosent.",
        "– Dette er en stor dag for alle som bruker sambandet hver dag, sier fylkesordfører Marit Lunde.",
        "Ordføreren i Ullensvang mener at det nye fartøyet også vil gi bedre regularitet om vinteren, når det gamle "
        "fartøyet ofte har hatt tekniske problemer.",
        "– Pendlerne har ventet lenge på dette. Nå håper vi at fylket også ser på hyppigere avganger om kvelden, "
        "sier hun.",
        "Kontrakten har en verdi på rundt 180 millioner kroner, og staten dekker en del av kostnaden gjennom Enova. "
        "Den gamle ferja skal selges når den nye er satt i drift.",
    ),
    read_also="Les også: Kvanndal-kaien stenges i to uker i april",
    advertisement="Annonse",
    inner_caption="Bilkøen ved ferjekaien i Kvanndal en fredag ettermiddag i januar.",
    inner_credit="Bilde: Ole Kristian Bakke",  # "Bilde:" is no credit label of metadata/captions.py: the lexicon's
    paywall=("Denne saken er for abonnenter", "Er du allerede abonnent? Logg inn", "Alt innhold for kun 1 kr"),
    tags=("Emner", "Hardanger", "Ferjer"),
    comments=("Kommentarer", "Skriv en kommentar"),
    related=("Relaterte saker", "Kvanndal-kaien stenges i to uker i april", "Nye bussruter i Odda fra august"),
    most_read=("Mest lest", "Bilist kjørte av veien ved Granvin: Ingen skadd"),
    cookie=(
        "Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse og for å vise relevant innhold. "
        "Godta alle"
    ),
    footer=(
        "Om oss | Kontakt oss | Kundeservice | Personvern",
        "Ansvarlig redaktør: Knut Solheim",
        "© 2025 Hardanger Folkeblad. Alle rettigheter forbeholdt.",
    ),
)

FINNISH = Story(
    lang="fi",
    masthead="Satakunnan Viikko",
    menu=("Siirry sisältöön", "Valikko", "Haku", "Kirjaudu sisään", "Tilaa", "Uutiset", "Kotimaa", "Urheilu", "Kulttuuri", "Mielipide"),
    title="Porin uimahalli suljetaan remontin ajaksi puoleksitoista vuodeksi",
    byline="Teksti: Anna Virtanen",
    author="Anna Virtanen",
    stamp="Julkaistu 7.11.2024 klo 6.00",
    updated="Päivitetty 7.11.2024 klo 10.45",
    date="2024-11-07",
    share=("Jaa", "Jaa Facebookissa", "Kopioi linkki"),
    caption="Porin uimahalli on palvellut kaupunkilaisia vuodesta 1975 lähtien.",
    credit="Kuva: Mikko Lehtonen",
    paragraphs=(
        "Porin kaupunki sulkee keskustan uimahallin ensi vuoden alussa laajan peruskorjauksen ajaksi. Halli on "
        "kiinni arviolta puolitoista vuotta.",
        "Kaupungin mukaan rakennuksen ilmanvaihto ja altaiden tekniikka ovat tulleet käyttöikänsä päähän, eikä "
        "korjauksia voi enää siirtää.",
        "– Ymmärrämme, että tauko on monelle uimarille hankala, mutta remontti on välttämätön, sanoo "
        "liikuntapalvelujen johtaja Jari Salonen.",
        "Uimahallin sulkeminen koskee myös koululaisia, sillä kaikki kaupungin kolmasluokkalaiset käyvät siellä "
        "uimakoulussa.",
        "Kaupunki selvittää parhaillaan, voisiko uimaopetusta järjestää naapurikuntien halleissa remontin aikana.",
        "Peruskorjauksen kustannusarvio on noin 22 miljoonaa euroa. Uimahallin on määrä avautua uudelleen kesällä 2026.",
    ),
    read_also="Lue myös: Kaupunki harkitsee uutta maauimalaa Kirjurinluotoon",
    advertisement="Mainos",
    inner_caption="Uimahallin altaat tyhjennetään tammikuussa.",
    inner_credit="Kuva: Lehtikuva",  # "Kuva:" is no credit label of metadata/captions.py: the lexicon's
    paywall=("Tämä artikkeli on vain tilaajille", "Oletko jo tilaaja? Kirjaudu sisään", "Kokeile 1 kk 1 €"),
    tags=("Aiheet", "Pori", "Liikunta"),
    comments=("Kommentit", "Kirjoita kommentti"),
    related=("Aiheeseen liittyvät", "Kaupunki harkitsee uutta maauimalaa Kirjurinluotoon", "Yyterin leirintäalue saa uuden omistajan"),
    most_read=("Luetuimmat", "Poliisi tutkii murtoa Porin keskustassa"),
    cookie="Käytämme evästeitä parantaaksemme käyttökokemustasi ja kohdentaaksemme mainontaa. Hyväksy kaikki",
    footer=(
        "Tietoa meistä | Yhteystiedot | Asiakaspalvelu | Tietosuojaseloste",
        "Vastaava päätoimittaja: Pekka Laine",
        "© 2024 Satakunnan Viikko. Kaikki oikeudet pidätetään.",
    ),
)

STORIES = [SWEDISH, DANISH, NORWEGIAN, FINNISH]
LANGS = [story.lang for story in STORIES]


def rule_of(article: newsclean.Article, text: str) -> str:
    return next(line.rule for line in article.lines if line.text == text)


@pytest.mark.parametrize("story", STORIES, ids=LANGS)
def test_the_body_is_the_paragraphs(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert list(article.paragraphs) == list(story.paragraphs)


@pytest.mark.parametrize("story", STORIES, ids=LANGS)
def test_the_header(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert article.title == story.title
    assert article.date == story.date
    assert article.author == story.author
    assert article.lang == story.lang


def test_the_language_of_a_norwegian_page() -> None:
    """jusText's "Norwegian_Bokmal" stoplist is "nb", the lexicons' folder."""
    assert newsclean.clean(NORWEGIAN.page()).lang == "nb"


@pytest.mark.parametrize("story", STORIES, ids=LANGS)
def test_the_picture_inside_the_text_is_a_caption(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert story.inner_caption in [caption.text for caption in article.captions]
    assert rule_of(article, story.inner_caption) == "segment.caption-above-credit"


@pytest.mark.parametrize("story", STORIES, ids=LANGS)
def test_the_chrome_goes_by_the_lexicon(story: Story) -> None:
    article = newsclean.clean(story.page())
    assert rule_of(article, story.menu[0]) == "lexicon.navigation"
    assert rule_of(article, story.menu[4]) == "lexicon.paywall"  # "Prenumerera", "Abonnér", "Tilaa" alone
    assert rule_of(article, story.share[0]) == "lexicon.share"
    assert rule_of(article, story.read_also) == "lexicon.read-also"
    assert rule_of(article, story.advertisement) == "lexicon.advertisement"
    assert rule_of(article, story.paywall[0]) == "lexicon.paywall"
    assert rule_of(article, story.paywall[2]) == "lexicon.paywall"
    assert rule_of(article, story.tags[0]) == "lexicon.tags"
    assert rule_of(article, story.comments[0]) == "lexicon.comments"
    assert rule_of(article, story.comments[1]) == "lexicon.comments"
    assert rule_of(article, story.related[0]) == "lexicon.related"
    assert rule_of(article, story.most_read[0]) == "lexicon.related"
    assert rule_of(article, story.cookie) == "lexicon.cookie"
    assert rule_of(article, story.footer[0]) == "lexicon.footer-links"
    assert rule_of(article, story.footer[1]) == "lexicon.footer"
    assert rule_of(article, story.footer[2]) == "lexicon.footer"


@pytest.mark.parametrize(
    ("story", "read_also"),
    [
        # the phrase alone on its line, in capitals, the linked headline on the next one
        (SWEDISH, "LÄS MER\nAlnöbron stängs för reparation i tre veckor i november"),
        (SWEDISH, "Läs även: Alnöbron stängs för reparation i tre veckor i november"),
        (DANISH, "LÆS OGSÅ\nVinterbaderne fik nyt saunahus på stranden i Hvide Sande"),
        (DANISH, "Læs mere: Vinterbaderne fik nyt saunahus på stranden i Hvide Sande"),
        (NORWEGIAN, "LES OGSÅ\nKvanndal-kaien stenges i to uker i april"),
        (NORWEGIAN, "Les mer: Kvanndal-kaien stenges i to uker i april"),
        (FINNISH, "LUE MYÖS\nKaupunki harkitsee uutta maauimalaa Kirjurinluotoon"),
        (FINNISH, "Lue lisää: Kaupunki harkitsee uutta maauimalaa Kirjurinluotoon"),
    ],
)
def test_read_also_in_the_text(story: Story, read_also: str) -> None:
    article = newsclean.clean(replace(story, read_also=read_also).page())
    assert list(article.paragraphs) == list(story.paragraphs)


@pytest.mark.parametrize(
    ("story", "line", "author"),
    [
        (SWEDISH, "Text: Karin Holmström", "Karin Holmström"),
        (SWEDISH, "Skrivet av Karin Holmström", "Karin Holmström"),
        (SWEDISH, "Av Karin Holmström, reporter", "Karin Holmström"),
        (DANISH, "Tekst: Mette Kjær Sørensen", "Mette Kjær Sørensen"),
        (DANISH, "Af Mette Kjær Sørensen, journalist", "Mette Kjær Sørensen"),
        (NORWEGIAN, "Tekst: Ingrid Haugen", "Ingrid Haugen"),
        (NORWEGIAN, "Av Ingrid Haugen, journalist", "Ingrid Haugen"),
        (FINNISH, "Teksti Anna Virtanen", "Anna Virtanen"),  # the label without its colon, as HS prints it
        (FINNISH, "Kirjoittaja: Anna Virtanen", "Anna Virtanen"),
        (FINNISH, "Teksti: Anna Virtanen, toimittaja", "Anna Virtanen"),
        # the writer's role run into the name (two spans of the byline joined): writer-role.txt
        (SWEDISH, "Av Karin Holmström Ledarskribent", "Karin Holmström"),
        (DANISH, "Af Mette Kjær Sørensen Klummeskribent", "Mette Kjær Sørensen"),
        (NORWEGIAN, "Av Ingrid Haugen Spaltist", "Ingrid Haugen"),
        (FINNISH, "Teksti Anna Virtanen Toimittaja", "Anna Virtanen"),
    ],
)
def test_labelled_bylines(story: Story, line: str, author: str) -> None:
    article = newsclean.clean(replace(story, byline=line).page())
    assert article.author == author
    assert article.date == story.date
    assert list(article.paragraphs) == list(story.paragraphs)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Swedish
        ("Läs också", "read-also"),
        ("LÄS MER: Alnöbron stängs i tre veckor", "read-also"),
        ("Relaterat", "related"),
        ("Mest lästa", "related"),
        ("Du kanske också gillar", "related"),
        ("Dela", "share"),
        ("Dela artikeln", "share"),
        ("Länken är kopierad", "share"),
        ("Dela: Färjelinjen till Alnö läggs ner", "share-lead"),
        ("Arkivbild", "caption-credit"),
        ("Foto: TT Nyhetsbyrån", "caption-credit"),
        ("Kommentarer", "comments"),
        ("Lämna en kommentar", "comments"),
        ("Visa alla kommentarer", "comments"),
        ("Annons", "advertisement"),
        ("Artikeln fortsätter under annonsen", "advertisement"),
        ("Du läser en Plus-artikel", "paywall"),
        ("Prova DN i 3 månader för 1 kr", "paywall"),
        ("Vi använder kakor för att förbättra din upplevelse.", "cookie"),
        ("Prenumerera på vårt nyhetsbrev", "newsletter"),
        ("Följ oss på Instagram", "newsletter"),
        ("Stöd vår journalistik", "donation"),
        ("Hoppa till innehåll", "navigation"),
        ("Integritetspolicy", "footer-links"),
        ("Org.nr 556000-1234", "footer"),
        ("Din e-postadress kommer inte att publiceras.", "form"),
        ("Lyssna på artikeln", "player"),
        ("Lästid: 4 min", "reading-time"),
        ("Ämnen: Sundsvall, Trafik", "tags"),
        ("Din webbläsare stöder inte videouppspelning.", "notice"),
        # Danish
        ("Læs også", "read-also"),
        ("Relaterede nyheder", "related"),
        ("Mest læste", "related"),
        ("Del", "share"),
        ("Link kopieret", "share"),
        ("Del artiklen: Havnebadet i Ringkøbing åbner først til sommer", "share-lead"),
        ("Vis kommentarer", "comments"),
        ("Kommentarsporet", "comments"),
        ("Annoncørbetalt indhold", "advertisement"),
        ("Artiklen fortsætter under annoncen", "advertisement"),
        ("Artiklen er forbeholdt abonnenter", "paywall"),
        ("Denne hjemmeside bruger cookies til statistik.", "cookie"),
        ("Tilmeld dig vores nyhedsbrev", "newsletter"),
        ("Støt vores journalistik", "donation"),
        ("Log ind", "navigation"),
        ("Privatlivspolitik", "footer-links"),
        ("CVR-nr. 12345678", "footer"),
        ("Din e-mailadresse vil ikke blive publiceret.", "form"),
        ("Lyt til artiklen", "player"),
        ("Læsetid: 4 min.", "reading-time"),
        ("Nøgleord: Ringkøbing, vinterbadning", "tags"),
        ("Denne artikel er mere end et år gammel", "notice"),
        # Norwegian
        ("Les også", "read-also"),
        ("Relaterte saker", "related"),
        ("Mest lest", "related"),
        ("Del", "share"),
        ("Kopier lenke", "share"),
        ("Del saken: Ferjesambandet over Hardangerfjorden får ny elektrisk ferje", "share-lead"),
        ("Kommentarfeltet", "comments"),
        ("Annonsørinnhold", "advertisement"),
        ("Saken fortsetter under annonsen", "advertisement"),
        ("Kjøp abonnement", "paywall"),
        ("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "cookie"),
        ("Takk for påmeldingen!", "newsletter"),
        ("Støtt vår journalistikk", "donation"),
        ("Logg inn", "navigation"),
        ("Personvernerklæring", "footer-links"),
        ("Hardanger Folkeblad arbeider etter Vær Varsom-plakatens regler for god presseskikk.", "footer"),
        ("Din e-postadresse vil ikke bli publisert.", "form"),
        ("Lytt til saken", "player"),
        ("Lesetid: 3 minutter", "reading-time"),
        ("Stikkord: Hardanger, Ferjer", "tags"),
        ("Denne saken er over ett år gammel.", "notice"),
        # Finnish
        ("Lue myös", "read-also"),
        ("Katso myös: Uimahallin remontti viivästyy", "read-also"),
        ("Luetuimmat", "related"),
        ("Aiheesta lisää", "related"),
        ("Jaa", "share"),
        ("Tulosta", "share"),
        ("Kopioi linkki", "share"),
        ("Jaa: Porin uimahalli suljetaan", "share-lead"),
        ("Kommentit", "comments"),
        ("Kommentoi", "comments"),
        ("12 kommenttia", "comments"),
        ("Mainos", "advertisement"),
        ("Kaupallinen yhteistyö", "advertisement"),
        ("Juttu jatkuu mainoksen jälkeen", "advertisement"),
        ("Tämä juttu on vain tilaajille", "paywall"),
        ("Tilaa HS Digi", "paywall"),
        ("Tämä sivusto käyttää evästeitä.", "cookie"),
        ("Tilaa uutiskirje", "newsletter"),
        ("Tue journalismiamme", "donation"),
        ("Siirry sisältöön", "navigation"),
        ("Talous", "navigation"),
        ("Tietosuojaseloste", "footer-links"),
        ("Y-tunnus 1234567-8", "footer"),
        ("Sähköpostiosoitettasi ei julkaista.", "form"),
        ("Kuuntele artikkeli", "player"),
        ("Lukuaika 4 min", "reading-time"),
        ("Avainsanat: Pori, Liikunta", "tags"),
        ("Voit keskustella aiheesta 14.11. klo 23:een saakka.", "notice"),
        ("Kuva: Antti Kolppo", "caption-credit"),
    ],
)
def test_nordic_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Karin Holmström är reporter på Norrlandskuriren.", "end-note"),
        ("Har du tips? Mejla oss på tips@kuriren.se", "end-note"),
        ("Om krönikören", "author-box"),
        ("Mette Kjær Sørensen er journalist og forfatter.", "end-note"),
        ("Kronikken er udtryk for skribentens holdning.", "end-note"),
        ("Om klummeskribenten", "author-box"),
        ("Ingrid Haugen er kommentator i Hardanger Folkeblad.", "end-note"),
        ("Tips oss! Send en e-post til tips@hf.no", "end-note"),
        ("Om kommentatoren", "author-box"),
        ("Kirjoittaja on Satakunnan Viikon toimittaja.", "end-note"),
        ("Kirjoittajasta", "author-box"),
    ],
)
def test_nordic_lines_after_the_text(text: str, category: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None or lexicon.match(split_lines(text)[0]).category.name != category
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    "text",
    [
        # Swedish: the verbs of buttons and the words of banners in sentences and sub-headings
        "Spara pengar",
        "Hon vill dela ut priserna själv.",
        "Av alla som sökte fick bara tre plats.",
        "Många vill prenumerera på tidningen igen efter förändringen.",
        "Vi kan inte acceptera alla förslag som kommit in.",
        "Kommunen skickar ut ett nytt nyhetsbrev till de boende i dag.",
        "Så hanterar du kakor i ugnen",
        "Han var ansvarig utgivare för tidningen i tio år.",
        "Priset höjs för prenumeranter från den första januari.",
        "Kommentar",  # an opinion piece's kicker, not the comments
        "Het debatt",  # a section's name in a sub-heading
        "Audi TT",  # "TT", the agency, only as a whole credit
        # Danish
        "Del 1",
        "Af samme grund blev mødet udsat.",
        "Vi kan ikke acceptere alle forslag.",
        "Gem ikke kvitteringen",
        "Svar fra ministeren kom i går.",
        # Norwegian
        "Del 2: Veien videre",
        "Lagre strøm",
        "Delte meninger",
        "De vil godta alle vilkårene.",
        "Av de 300 som søkte, fikk bare tre plass.",
        # Finnish
        "Kaupunki tarvitsee lisää tilaa kouluille.",
        "Ministeri vastaa",
        "Poliisi kommentoi",
        "Haku käynnissä",
        "Yhtiö teki tulosta",  # "tulosta": print, and the partitive of "tulos" (result, profit)
        "Toista kertaa",  # "toista": play, and "second"
        "Talous kasvaa",
        "Lehti tarjoaa tilaajille uuden palvelun.",
        "Keskustelu jatkuu",
        "Teksti on kirjoitettu selkokielellä.",
        "Hyväksy kaikki ehdot ennen kuin jatkat.",
        # English: the Nordic words that are English words too
        "A hidden gem",
        "Pause for thought",
    ],
)
def test_nordic_sentences_and_headlines_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Av Karin Holmström", "Karin Holmström"),
        ("Af Mette Kjær Sørensen", "Mette Kjær Sørensen"),
        ("Skrevet av Ingrid Haugen", "Ingrid Haugen"),
        ("Teksti Anna Virtanen", "Anna Virtanen"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


# "Av", "Af" and "Teksti" open sentences too: a paragraph that starts with them stays in the text, and
# the author is still the byline's (metadata/byline.py takes a name after the prefix, every word
# capitalised).
@pytest.mark.parametrize(
    ("story", "paragraph"),
    [
        (SWEDISH, "Av de sjuttio resenärerna per dag är de flesta pendlare som arbetar i centrala Sundsvall."),
        (DANISH, "Af de 300 medlemmer bader omkring halvdelen hele vinteren, oplyser klubben."),
        (NORWEGIAN, "Av de 80 plassene på ferja skal fire være forbeholdt utrykningskjøretøy."),
        (FINNISH, "Teksti on lähetetty myös kaikille kaupungin koululle tiedotteena vanhemmille."),
    ],
)
def test_a_paragraph_that_opens_with_a_byline_word(story: Story, paragraph: str) -> None:
    paragraphs = (paragraph, *story.paragraphs[1:])
    article = newsclean.clean(replace(story, paragraphs=paragraphs).page())
    assert list(article.paragraphs) == list(paragraphs)
    assert article.author == story.author


@pytest.mark.parametrize("outlet", ["Sundsvalls Tidning", "Fyens Stiftstidende", "Romerikes Blad", "Helsingin Sanomat"])
def test_outlet_names(outlet: str) -> None:
    assert byline.names_outlet(fold(outlet))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publicerad 2024-10-14 06:00", "2024-10-14"),
        ("Publicerad 14 oktober 2024 kl. 06.00", "2024-10-14"),
        ("måndag 14 oktober 2024", "2024-10-14"),
        ("Publiceret 3. marts 2025 kl. 07.30", "2025-03-03"),
        ("mandag d. 3. marts 2025", "2025-03-03"),
        ("Publisert 12.02.2025 08:15", "2025-02-12"),
        ("Sist oppdatert 13. feb. 2025", "2025-02-13"),
        ("Julkaistu 7.11.2024 klo 6.00", "2024-11-07"),
        ("7. marraskuuta 2024", "2024-11-07"),
        ("torstaina 7.11.2024", "2024-11-07"),
    ],
)
def test_nordic_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uppdaterad i dag 11:42",
        "2 veckor sedan",
        "Opdateret i dag kl. 11.42",
        "2 uger siden",
        "2 timer siden",
        "2 uker siden",
        "3 tuntia sitten",
        "Muokattu klo 10:45",
    ],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


# The Nordic languages write the time with a dot after the clock's word ("kl. 11.42", "klo 10.45").
@pytest.mark.parametrize("text", ["Uppdaterad kl. 11.42", "Opdateret kl. 12.15", "Oppdatert kl. 13.40", "Päivitetty klo 10.45"])
def test_a_stamp_with_a_dotted_time_alone(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Uppdaterad 2024-10-15 10:00 | Publicerad 2024-10-14 06:00", "2024-10-14"),
        ("Päivitetty 8.11.2024 10:00, julkaistu 7.11.2024 6:00", "2024-11-07"),
        ("Muokattu 8.11.2024 10:00, julkaistu 7.11.2024 6:00", "2024-11-07"),
    ],
)
def test_the_publication_date_before_the_update(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
