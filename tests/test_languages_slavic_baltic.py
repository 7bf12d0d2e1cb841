"""Serbian (in Cyrillic and in Latin script), Slovenian, Lithuanian and Latvian news pages (composed for
this test: the stories, people and sites are invented, in the layout of the region's news portals: a
menu, a byline and a stamp, a share bar, a "read also" teaser and an ad label cut into the text, tags,
a related list, comments with their form, a cookie banner, a footer). The lexicons of `lexicons/sr`,
`sl`, `lt` and `lv` take the chrome; the five paragraphs stay, in order; the stamp gives the date
(`dates.toml`), the byline the author (`byline.txt`). Then more of each language's stamps, bylines and
chrome lines, and the sentences and headlines that carry the same words and are no chrome."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, is_weekday, parse_date
from newsclean.normalize import fold

from composed_story import Story, assert_byline_read, assert_read_also_goes, rule_of


SERBIAN = Story(
    lang="sr",
    menu=("Насловна", "Вести", "Србија", "Свет", "Спорт", "Култура", "Претрага", "Пријава"),
    title="Крагујевац гради нови затворени базен, радови почињу у јуну",
    byline="Пише: Јелена Милошевић",
    author="Јелена Милошевић",
    stamp="14. мај 2025. у 10:30",
    date="2025-05-14",
    share=("Подели", "Копирај линк"),
    paragraphs=(
        "Градско веће Крагујевца у понедељак је одобрило изградњу новог затвореног базена у насељу Аеродром, "
        "који ће током целе године моћи да користе школе, спортски клубови и грађани свих узраста, од најмлађих "
        "до пензионера.",
        "Према процени градске управе, базен ће коштати око дванаест милиона евра. Већи део новца обезбеђен је из "
        "републичког буџета, а остатак ће град платити из сопствених средстава у наредне две године.",
        "„Деца из нашег града годинама путују у друге градове на часове пливања. Овим пројектом испуњавамо једно "
        "од најважнијих обећања које смо дали родитељима“, рекао је заменик градоначелника за питања спорта "
        "Никола Стевановић.",
        "Удружења грађана затражила су да се током радова сачува дрвеће у оближњем парку и да се уреди довољно "
        "паркинг места, како нови објекат не би додатно оптеретио саобраћај у том делу града.",
        "Радови би требало да почну у јуну и да трају осамнаест месеци. За то време део улице поред парка биће "
        "повремено затворен, а градски превоз ће саобраћати измењеним трасама, о чему ће грађани бити "
        "благовремено обавештени.",
    ),
    read_also="Прочитајте још: Крагујевац добија нове аутобусе на линији према Станову",
    advertisement="Оглас",
    tags="Тагови: Крагујевац, базен, спорт",
    related=(
        "Повезане вести",
        "Крагујевац добија нове аутобусе на линији према Станову",
        "Уређена стаза поред језера Шумарице отворена за грађане",
    ),
    comments=("Коментари (5)", "Оставите коментар", "Име *", "Имејл *"),
    cookie=(
        "Овај сајт користи колачиће како би вам пружио боље корисничко искуство и за анализу посећености. "
        "Прихвати све"
    ),
    footer=(
        "Услови коришћења | Политика приватности | Импресум | Контакт",
        "© 2025 Лепенички весник. Сва права задржана.",
    ),
)

# The same language in Latin script, as many Serbian portals print it (Ekavian: "vesti", "podeli").
SERBIAN_LATIN = Story(
    lang="sr",
    menu=("Naslovna", "Vesti", "Srbija", "Region", "Svet", "Sport", "Pretraga", "Prijava"),
    title="Niš gradi novi pešački most preko Nišave, radovi kreću na jesen",
    byline="Autor: Milica Đorđević",
    author="Milica Đorđević",
    stamp="14.05.2025. 10:30",
    date="2025-05-14",
    share=("Podeli", "Kopiraj link"),
    paragraphs=(
        "Skupština grada Niša u sredu je usvojila plan izgradnje novog pešačkog i biciklističkog mosta preko "
        "Nišave, koji će povezati Tvrđavu sa šetalištem na suprotnoj obali reke i skratiti put do centra grada.",
        "Prema proceni gradske uprave, most će koštati oko šest miliona evra. Veći deo novca obezbeđen je iz "
        "evropskih fondova, a ostatak će grad platiti iz svog budžeta tokom naredne dve godine.",
        "„Građani godinama traže bezbedniji prelaz preko reke. Ovim projektom ispunjavamo jedno od važnijih "
        "obećanja koje smo dali stanovnicima ovog dela grada“, rekao je zamenik gradonačelnika Dragan Stojanović na konferenciji za "
        "novinare u Gradskoj kući.",
        "Udruženja za zaštitu prirode zatražila su da se radovi izvode van sezone gnežđenja ptica i da se sačuva "
        "što više stabala uz obalu, kao i da se posle radova posadi novo drveće.",
        "Radovi bi trebalo da počnu na jesen i da traju petnaest meseci. Za to vreme deo šetališta uz Nišavu biće "
        "povremeno zatvoren, a pešaci i biciklisti će koristiti obilaznu stazu kroz park.",
    ),
    read_also="Pročitajte i: Niš dobija nove električne autobuse na liniji prema Niškoj Banji",
    advertisement="Reklama",
    tags="Tagovi: Niš, Nišava, most",
    related=(
        "Povezane vesti",
        "Niš dobija nove električne autobuse na liniji prema Niškoj Banji",
        "Uređeno šetalište kod Tvrđave otvoreno za građane",
    ),
    comments=("Komentari (3)", "Ostavite komentar", "Ime *", "Email *"),
    cookie=(
        "Ovaj sajt koristi kolačiće kako bismo vam obezbedili bolje korisničko iskustvo i analizirali posećenost. "
        "Prihvati sve"
    ),
    footer=(
        "Uslovi korišćenja | Politika privatnosti | Impresum | Marketing | Kontakt",
        "© 2025 Nišavski kurir. Sva prava zadržana.",
    ),
)

SLOVENIAN = Story(
    lang="sl",
    menu=("Domov", "Novice", "Slovenija", "Svet", "Šport", "Kultura", "Iskanje", "Prijava"),
    title="Kranj bo zgradil novo brv čez Savo, dela se začnejo poleti",
    byline="Avtorica: Nina Kovačič",
    author="Nina Kovačič",
    stamp="14. maj 2025 ob 10.30",
    date="2025-05-14",
    share=("Deli", "Kopiraj povezavo"),
    paragraphs=(
        "Mestni svet Kranja je v ponedeljek potrdil gradnjo nove brvi za pešce in kolesarje čez Savo, ki bo "
        "povezala staro mestno jedro z naseljem na drugi strani reke in skrajšala pot do železniške postaje.",
        "Po ocenah občinske uprave bo brv stala približno pet milijonov evrov. Večino denarja bodo zagotovili "
        "evropski skladi, preostanek pa bo občina plačala iz proračuna v naslednjih dveh letih, ko naj bi bila "
        "končana tudi prenova bližnjih ulic.",
        "»Prebivalci že vrsto let opozarjajo, da je sedanji prehod čez reko nevaren. S tem projektom izpolnjujemo "
        "eno najpomembnejših obljub, ki smo jih dali meščanom,« je povedal podžupan Andrej Mlakar na seji mestnega sveta.",
        "Naravovarstveniki so zahtevali, da se dela ne izvajajo v času gnezdenja ptic in da se ob bregu ohrani "
        "čim več dreves, občina pa je obljubila, da bo po koncu del zasadila nova drevesa.",
        "Dela naj bi se začela poleti in trajala približno leto dni. V tem času bo del sprehajalne poti ob Savi "
        "občasno zaprt, pešci in kolesarji pa bodo uporabljali obvoz skozi bližnji park.",
    ),
    read_also="Preberite tudi: Kranj podaljšuje kolesarsko stezo ob Savi do Brega",
    advertisement="Oglasno sporočilo",
    tags="Oznake: Kranj, Sava, brv",
    related=(
        "Povezane novice",
        "Kranj podaljšuje kolesarsko stezo ob Savi do Brega",
        "Prenovljeni park pod gradom odprt za obiskovalce",
    ),
    comments=("Komentarji (4)", "Napišite komentar", "Vzdevek *", "E-pošta *"),
    cookie=(
        "Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo in analizo obiska. Z nadaljnjo "
        "uporabo strani se strinjate z uporabo piškotkov. Sprejmi vse"
    ),
    footer=(
        "Pogoji uporabe | Politika zasebnosti | Kolofon | Kontakt",
        "© 2025 Gorenjski obzornik. Vse pravice pridržane.",
    ),
)

LITHUANIAN = Story(
    lang="lt",
    menu=("Pradžia", "Naujienos", "Lietuvoje", "Pasaulyje", "Sportas", "Kultūra", "Paieška", "Prisijungti"),
    title="Šiauliuose bus statomas naujas baseinas, darbai prasidės birželį",
    byline="Autorius: Tomas Žukauskas",
    author="Tomas Žukauskas",
    stamp="2025-05-14 10:30",
    date="2025-05-14",
    share=("Dalintis", "Kopijuoti nuorodą"),
    paragraphs=(
        "Šiaulių miesto savivaldybės taryba pirmadienį pritarė naujo uždaro baseino statybai Dainų mikrorajone. "
        "Juo ištisus metus galės naudotis mokyklos, sporto klubai ir visų amžiaus grupių miestiečiai, nuo mažiausių "
        "vaikų iki senjorų, kuriems baseinas bus ypač patogiai pritaikytas.",
        "Savivaldybės administracijos skaičiavimais, baseino statyba kainuos apie dvylika milijonų eurų. Didžiąją "
        "dalį lėšų skirs valstybė, o likusią sumą miestas sumokės iš savo biudžeto per artimiausius dvejus metus. Sutartį su rangovu "
        "planuojama pasirašyti dar šį mėnesį.",
        "„Mūsų vaikai jau daugelį metų važinėja į kitus miestus mokytis plaukti, o treneriai nuolat "
        "skundžiasi vandens takelių trūkumu. Šiuo projektu įgyvendiname vieną "
        "svarbiausių pažadų, kuriuos davėme tėvams“, sakė mero pavaduotojas Mindaugas Jankauskas.",
        "Bendruomenės atstovai paprašė, kad statybų metu būtų išsaugoti šalia esančio parko medžiai ir įrengta "
        "pakankamai automobilių stovėjimo vietų, kad naujas pastatas neapkrautų mikrorajono gatvių. Savivaldybė "
        "pažadėjo į šiuos prašymus atsižvelgti rengiant galutinį projektą.",
        "Darbai turėtų prasidėti birželį ir truks maždaug pusantrų metų. Tuo metu dalis gatvės prie parko bus "
        "laikinai uždaryta, o viešasis transportas važiuos pakeistais maršrutais, apie kuriuos gyventojai bus "
        "informuoti iš anksto.",
    ),
    read_also="Taip pat skaitykite: Šiauliuose atnaujinta Talšos ežero pakrantė",
    advertisement="Reklama",
    tags="Žymės: Šiauliai, baseinas, sportas",
    related=(
        "Susiję straipsniai",
        "Šiauliuose atnaujinta Talšos ežero pakrantė",
        "Miesto autobusai vasarą kursuos dažniau",
    ),
    comments=("Komentarai (6)", "Parašykite komentarą", "Vardas *", "El. paštas *"),
    cookie=(
        "Ši svetainė naudoja slapukus, kad pagerintų naršymo patirtį ir analizuotų lankomumą. Naršydami toliau "
        "sutinkate su slapukų naudojimu. Priimti visus"
    ),
    footer=(
        "Privatumo politika | Naudojimosi taisyklės | Kontaktai | Apie mus",
        "© 2025 Saulės miesto žinios. Visos teisės saugomos.",
    ),
)

LATVIAN = Story(
    lang="lv",
    menu=("Sākums", "Ziņas", "Latvijā", "Pasaulē", "Sports", "Kultūra", "Meklēt", "Ieiet"),
    title="Valmierā būvēs jaunu gājēju tiltu pār Gauju, darbi sāksies vasarā",
    byline="Autore: Ilze Ozoliņa",
    author="Ilze Ozoliņa",
    stamp="14. maijs, 2025, 10:30",
    date="2025-05-14",
    share=("Dalīties", "Kopēt saiti"),
    paragraphs=(
        "Valmieras novada dome pirmdien apstiprināja jauna gājēju un velosipēdistu tilta būvniecību pār Gauju, "
        "kas savienos pilsētas centru ar dzīvojamo rajonu upes otrā krastā un saīsinās ceļu uz skolām un sporta centru, ko ikdienā "
        "izmanto tūkstošiem iedzīvotāju.",
        "Pēc pašvaldības aprēķiniem tilta būvniecība izmaksās aptuveni sešus miljonus eiro. Lielāko daļu naudas "
        "piešķirs Eiropas fondi, bet atlikušo summu novads samaksās no sava budžeta nākamo divu gadu laikā. Līgumu ar būvnieku plānots "
        "noslēgt jau šomēnes.",
        "„Iedzīvotāji jau daudzus gadus lūdz drošāku pāreju pār upi. Ar šo projektu mēs izpildām vienu no "
        "svarīgākajiem solījumiem, ko devām pilsētas iedzīvotājiem,“ sacīja domes priekšsēdētāja vietnieks "
        "Mārtiņš Kalniņš preses konferencē pirmdienas pēcpusdienā.",
        "Dabas aizsardzības biedrības lūdza, lai darbi netiktu veikti putnu ligzdošanas laikā un lai krastā tiktu "
        "saglabāts pēc iespējas vairāk koku, un pašvaldība apsolīja pēc darbu beigām jau nākamajā pavasarī iestādīt "
        "jaunus kokus.",
        "Darbi varētu sākties vasarā un ilgt aptuveni pusotru gadu. Šajā laikā daļa pastaigu takas gar Gauju "
        "periodiski būs slēgta, bet gājēji un velosipēdisti varēs izmantot apvedceļu caur tuvējo parku, kas tiks īpaši "
        "apgaismots.",
    ),
    read_also="Iesakām izlasīt: Valmierā pagarinās veloceliņu gar Gaujas krastu",
    advertisement="Reklāma",
    tags="Tagi: Valmiera, Gauja, tilts",
    related=(
        "Saistītie raksti",
        "Valmierā pagarinās veloceliņu gar Gaujas krastu",
        "Atjaunotais parks pie pilsdrupām atvērts apmeklētājiem",
    ),
    comments=("Komentāri (7)", "Pievienot komentāru", "Vārds *", "E-pasts *"),
    cookie=(
        "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi un analizētu apmeklējumu. Turpinot "
        "lietot vietni, jūs piekrītat sīkdatņu izmantošanai. Pieņemt visas"
    ),
    footer=(
        "Privātuma politika | Lietošanas noteikumi | Kontakti | Par mums",
        "© 2025 Vidzemes Rīts. Visas tiesības aizsargātas.",
    ),
)

STORIES = [SERBIAN, SERBIAN_LATIN, SLOVENIAN, LITHUANIAN, LATVIAN]
IDS = ["sr-Cyrl", "sr-Latn", "sl", "lt", "lv"]


def test_the_paragraphs_are_prose_of_thirty_words_or_more() -> None:
    for story in STORIES:
        assert len(story.paragraphs) == 5
        assert all(len(paragraph.split()) >= 30 for paragraph in story.paragraphs), story.lang


# Serbian in Latin script reads as Croatian: jusText's Serbian stoplist (language.py) is drawn from
# the Cyrillic Wikipedia, and Croatian's holds the Latin function words both languages share. The
# lexicons serve every language at once, so only the reported language is wrong (the composed page's
# header check, tests/test_composed_pages.py, is a strict xfail for it).
KNOWN_GAPS = {("sr-Latn", "header"): "language.py: Serbian in Latin script is detected as 'hr'"}


def test_the_latin_serbian_header_but_its_language() -> None:
    # The header's parts but the reported language (see KNOWN_GAPS).
    article = newsclean.clean(SERBIAN_LATIN.page())
    assert article.title == SERBIAN_LATIN.title
    assert rule_of(article, SERBIAN_LATIN.byline) == "segment.byline"
    assert rule_of(article, SERBIAN_LATIN.menu[0]) == "lexicon.navigation"
    assert rule_of(article, SERBIAN_LATIN.share[0]) == "lexicon.share"


@pytest.mark.parametrize("story", STORIES, ids=IDS)
def test_the_author(story: Story) -> None:
    assert newsclean.clean(story.page()).author == story.author


@pytest.mark.parametrize(
    ("story", "read_also"),
    [
        # the phrase alone on its line (in capitals, as many sites print it), the linked headline on the next one
        (SERBIAN, "ПРОЧИТАЈТЕ И\nКрагујевац добија нове аутобусе на линији према Станову"),
        (SERBIAN, "Погледајте и: Крагујевац добија нове аутобусе на линији према Станову"),
        (SERBIAN_LATIN, "PROČITAJTE JOŠ\nNiš dobija nove električne autobuse na liniji prema Niškoj Banji"),
        (SERBIAN_LATIN, "Vezane vesti: Niš dobija nove električne autobuse na liniji prema Niškoj Banji"),
        (SLOVENIAN, "PREBERITE TUDI\nKranj podaljšuje kolesarsko stezo ob Savi do Brega"),
        (SLOVENIAN, "Več o tem: Kranj podaljšuje kolesarsko stezo ob Savi do Brega"),
        (LITHUANIAN, "TAIP PAT SKAITYKITE\nŠiauliuose atnaujinta Talšos ežero pakrantė"),
        (LITHUANIAN, "Skaitykite: Šiauliuose atnaujinta Talšos ežero pakrantė"),
        (LATVIAN, "LASI ARĪ\nValmierā pagarinās veloceliņu gar Gaujas krastu"),
        (LATVIAN, "Lasiet arī: Valmierā pagarinās veloceliņu gar Gaujas krastu"),
    ],
)
def test_read_also_in_the_text(story: Story, read_also: str) -> None:
    assert_read_also_goes(story, read_also)


# More of each language's stamps: the forms its portals print (numeric with the Serbian year's dot,
# Cyrillic and Latin month names in the nominative and the genitive, a weekday first, the stamp's
# words "Објављено", "Posodobljeno", "Paskelbta", "Publicēts"; Slovenian "ob 10.30" with its dot).
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Serbian
        ("Објављено: 14.05.2025. у 10:30", "2025-05-14"),
        ("среда, 14. маја 2025. 10:30", "2025-05-14"),
        ("14. maj 2025. u 10:30", "2025-05-14"),
        ("Ažurirano: 3. decembra 2024. 18:05", "2024-12-03"),
        ("Понедељак, 7. октобар 2024. у 09.15 часова", "2024-10-07"),
        # Slovenian
        ("sreda, 14. maja 2025", "2025-05-14"),
        ("Objavljeno: 14.05.2025 10:30", "2025-05-14"),
        ("Posodobljeno 3. decembra 2024 ob 9.00", "2024-12-03"),
        ("14. marec 2025 ob 18.40", "2025-03-14"),
        # Lithuanian
        ("Paskelbta: 2025-05-14 10:30", "2025-05-14"),
        ("2025-05-14 10:30 val.", "2025-05-14"),
        ("Atnaujinta 2024-12-03, 18:05", "2024-12-03"),
        # Latvian
        ("Publicēts: 14.05.2025. 10:30", "2025-05-14"),
        ("trešdiena, 14. maijs, 2025", "2025-05-14"),
        ("Atjaunots: 3. decembris, 2024, plkst. 18:05", "2024-12-03"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Ажурирано 15. маја 2025. у 12:00 | Објављено 14. маја 2025. у 10:30", "2025-05-14"),
        ("Posodobljeno 15. maja 2025 ob 12.00 | Objavljeno 14. maja 2025 ob 10.30", "2025-05-14"),
        ("Atnaujinta 2025-05-15 12:00 | Paskelbta 2025-05-14 10:30", "2025-05-14"),
        ("Atjaunots 15.05.2025. 12:00 | Publicēts 14.05.2025. 10:30", "2025-05-14"),
    ],
)
def test_the_publication_date_before_the_update(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "text",
    ["пре 5 минута", "pre 2 sata", "pred 5 minutami", "pred 3 urami", "prieš 5 min.", "prieš 2 valandas", "pirms 5 minūtēm",
     "pirms 2 stundām"],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


# Lithuanian stamps write the year first, then the month's genitive and the day with their words
# ("2025 m. gegužės 14 d."); Latvian text dates too ("2025. gada 14. maijā"): metadata/dates.py reads
# the order, the month names come from the tables (lexicons/lt, lv).
def test_a_lithuanian_year_first_date() -> None:
    found = parse_date("2025 m. gegužės 14 d. 10:30")
    assert found is not None and found.iso == "2025-05-14"


def test_a_latvian_year_first_date() -> None:
    found = parse_date("2025. gada 14. maijā")
    assert found is not None and found.iso == "2025-05-14"


@pytest.mark.parametrize(
    "name",
    ["мај", "маја", "јануар", "avgusta", "decembar", "marec", "junija", "gegužės", "sausio", "lapkričio", "maijs", "maijā",
     "janvāra", "septembrī"],
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)


@pytest.mark.parametrize(
    "name",
    ["среда", "недеља", "ponedeljak", "četrtek", "nedeljo", "trečiadienis", "sekmadienį", "trešdiena", "svētdien"],
)
def test_weekday_names(name: str) -> None:
    assert is_weekday(name)


# Bylines: the label and the name, a role after the name, two writers.
@pytest.mark.parametrize(
    ("story", "line", "author"),
    [
        (SERBIAN, "Аутор: Јелена Милошевић", "Јелена Милошевић"),
        (SERBIAN, "Ауторка: Јелена Милошевић, новинарка", "Јелена Милошевић"),
        (SERBIAN_LATIN, "Piše: Milica Đorđević", "Milica Đorđević"),
        (SERBIAN_LATIN, "Autorka: Milica Đorđević, dopisnica", "Milica Đorđević"),
        (SLOVENIAN, "Piše: Nina Kovačič", "Nina Kovačič"),
        (SLOVENIAN, "Avtor: Nina Kovačič, novinarka", "Nina Kovačič"),
        (LITHUANIAN, "Parengė: Tomas Žukauskas", "Tomas Žukauskas"),
        (LITHUANIAN, "Autorius: Tomas Žukauskas, žurnalistas", "Tomas Žukauskas"),
        (LATVIAN, "Teksts: Ilze Ozoliņa", "Ilze Ozoliņa"),
        (LATVIAN, "Autors: Ilze Ozoliņa, žurnāliste", "Ilze Ozoliņa"),
    ],
)
def test_labelled_bylines(story: Story, line: str, author: str) -> None:
    assert_byline_read(story, line, author)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Пише: Марко Петровић", "Марко Петровић"),
        ("Autor: Ana Jovanović", "Ana Jovanović"),
        ("Приредила: Ана Јовановић", "Ана Јовановић"),
        ("Avtor: Janez Novak", "Janez Novak"),
        ("Avtorica: Maja Kos", "Maja Kos"),
        ("Autorius: Jonas Petrauskas", "Jonas Petrauskas"),
        ("Autorė: Rūta Kazlauskienė", "Rūta Kazlauskienė"),
        ("Autors: Jānis Bērziņš", "Jānis Bērziņš"),
        ("Sagatavoja: Anna Kalniņa", "Anna Kalniņa"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


# Without the label's colon these words open sentences: no byline.
@pytest.mark.parametrize(
    "line",
    [
        "Пише се нова историја српског спорта",
        "Napisao je pismo predsedniku opštine.",
        "Piše se leto 1991 in vse se spreminja.",
        "Parengė naują planą ir pateikė jį tarybai.",
        "Sagatavoja jaunu likumprojektu par nodokļiem.",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Serbian, Cyrillic
        ("Најчитаније", "related"),
        ("Можда вас занима", "related"),
        ("Још вести", "related"),
        ("Подели: Крагујевац гради нови затворени базен", "share-lead"),
        ("Линк је копиран", "share"),
        ("Коментари", "comments"),
        ("12 коментара", "comments"),
        ("Ваша адреса е-поште неће бити објављена.", "form"),
        ("Откажи одговор", "form"),
        ("Користимо колачиће како бисмо побољшали ваше искуство.", "cookie"),
        ("Пријавите се на њузлетер", "newsletter"),
        ("Пратите нас на Фејсбуку", "newsletter"),
        ("Подржите независно новинарство", "donation"),
        ("Овај текст је доступан само претплатницима", "paywall"),
        ("Прескочи на садржај", "navigation"),
        ("Спонзорисани садржај", "advertisement"),
        ("Наставак текста испод огласа", "advertisement"),
        ("Фото: Илустрација", "caption-credit"),
        ("Извор: архива", "caption-credit"),
        ("Послушајте текст", "player"),
        ("Време читања: 4 минута", "reading-time"),
        ("Ваш претраживач не подржава видео.", "notice"),
        # Serbian, Latin
        ("Najčitanije", "related"),
        ("Slične vesti", "related"),
        ("Podeli: Niš gradi novi pešački most", "share-lead"),
        ("Podeli na Fejsbuku", "share"),
        ("12 komentara", "comments"),
        ("Budite prvi koji će komentarisati", "comments"),
        ("Vaša email adresa neće biti objavljena.", "form"),
        ("Ovaj veb-sajt koristi kolačiće.", "cookie"),
        ("Pridružite se našoj Viber zajednici", "newsletter"),
        ("Pratite nas na Instagramu", "newsletter"),
        ("Sponzorisani tekst", "advertisement"),
        ("Foto: Printscreen", "caption-credit"),
        ("Zabranjeno je preuzimanje sadržaja bez pisane dozvole redakcije.", "footer"),
        # Slovenian
        ("Najbolj brano", "related"),
        ("Sorodne novice", "related"),
        ("Deli: Kranj bo zgradil novo brv čez Savo", "share-lead"),
        ("Povezava kopirana", "share"),
        ("Komentarji", "comments"),
        ("12 komentarjev", "comments"),
        ("Vaš e-naslov ne bo objavljen.", "form"),
        ("Prekliči odgovor", "form"),
        ("Piškotki", "cookie"),
        ("Uporabljamo piškotke za boljšo uporabniško izkušnjo.", "cookie"),
        ("Naročite se na e-novice", "newsletter"),
        ("Spremljajte nas na Facebooku", "newsletter"),
        ("Podprite neodvisno novinarstvo", "donation"),
        ("Članek je na voljo samo naročnikom", "paywall"),
        ("Skoči na vsebino", "navigation"),
        ("Plačana objava", "advertisement"),
        ("Fotografija je simbolična", "caption-credit"),
        ("Foto: posnetek zaslona", "caption-credit"),
        ("Poslušajte članek", "player"),
        ("Čas branja: 4 minute", "reading-time"),
        # Lithuanian
        ("Skaitomiausi", "related"),
        ("Daugiau šia tema", "related"),
        ("Dalintis: Šiauliuose bus statomas naujas baseinas", "share-lead"),
        ("Nuoroda nukopijuota", "share"),
        ("Komentarai", "comments"),
        ("12 komentarų", "comments"),
        ("Jūsų el. pašto adresas nebus skelbiamas.", "form"),
        ("Atšaukti atsakymą", "form"),
        ("Mes naudojame slapukus, kad pagerintume jūsų patirtį.", "cookie"),
        ("Užsiprenumeruokite naujienlaiškį", "newsletter"),
        ("Sekite mus socialiniuose tinkluose", "newsletter"),
        ("Sekite Saulės miesto žinias „Facebook“ paskyroje", "newsletter"),
        ("Paremkite nepriklausomą žurnalistiką", "donation"),
        ("Šis straipsnis prieinamas tik prenumeratoriams", "paywall"),
        ("Pereiti prie turinio", "navigation"),
        ("Užsakomasis turinys", "advertisement"),
        ("Nuotr. Jonas Petrauskas", "caption-credit"),
        ("Jono Petrausko nuotr.", "caption-credit"),
        ("Asociatyvi nuotr.", "caption-credit"),
        ("Stop kadras", "caption-credit"),
        ("Klausytis straipsnio", "player"),
        ("Skaitymo laikas: 4 min.", "reading-time"),
        ("Draudžiama kopijuoti, platinti ar kitaip naudoti šio portalo turinį be raštiško bendrovės sutikimo.", "footer"),
        # Latvian
        ("Lasītākie", "related"),
        ("Vairāk par šo tēmu", "related"),
        ("Dalīties: Valmierā būvēs jaunu gājēju tiltu", "share-lead"),
        ("Saite nokopēta", "share"),
        ("Komentāri", "comments"),
        ("12 komentāri", "comments"),
        ("Jūsu e-pasta adrese netiks publicēta.", "form"),
        ("Atcelt atbildi", "form"),
        ("Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi.", "cookie"),
        ("Piesakies jaunumiem", "newsletter"),
        ("Seko mums arī Facebook un Instagram", "newsletter"),
        ("Atbalsti neatkarīgu žurnālistiku", "donation"),
        ("Raksts pieejams tikai abonentiem", "paywall"),
        ("Pāriet uz saturu", "navigation"),
        ("Sadarbības materiāls", "advertisement"),
        ("Ilustratīvs foto", "caption-credit"),
        ("Foto: ekrānšāviņš", "caption-credit"),
        ("Klausīties rakstu", "player"),
        ("Lasīšanas laiks: 4 min", "reading-time"),
    ],
)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Марко Петровић је новинар и публициста.", "end-note"),
        ("Ставови изнети у овом тексту не одражавају нужно ставове редакције.", "end-note"),
        ("О аутору", "author-box"),
        ("Ana Jovanović je ekonomista i profesorka na fakultetu.", "end-note"),
        ("O autorki", "author-box"),
        ("Janez Novak je novinar in publicist.", "end-note"),
        ("Mnenja avtorjev ne odražajo nujno stališč uredništva.", "end-note"),
        ("O avtorju", "author-box"),
        ("Jonas Petrauskas yra žurnalistas ir publicistas.", "end-note"),
        ("Autoriaus nuomonė nebūtinai sutampa su redakcijos pozicija.", "end-note"),
        ("Parengta pagal užsienio žiniasklaidą.", "end-note"),
        ("Apie autorių", "author-box"),
        ("Jānis Bērziņš ir žurnālists un publicists.", "end-note"),
        ("Raksta autora viedoklis var nesakrist ar redakcijas viedokli.", "end-note"),
        ("Par autoru", "author-box"),
    ],
)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


@pytest.mark.parametrize(
    "text",
    [
        # Serbian: the buttons' words in short sentences and headlines
        "Подели па владај",
        "Коментари стручњака",
        "„Без коментара“, рекао је.",
        "Пријава пореза",
        "Најновије вести са фронта у Украјини",
        "Тражи се нови директор",
        "Одговори на питања грађана",
        "Podeli pa vladaj",
        "Komentari stručnjaka",
        "Reklama za pivo zabranjena",
        "Najnovije vesti sa fronta u Ukrajini",
        "Marketing u digitalnom dobu",
        "Сви коментари су били позитивни.",
        "Прочитајте и писмо које смо добили.",
        "Stan je prodat bez pisane saglasnosti vlasnika.",
        # Slovenian
        "Deli in vladaj",
        "Komentarji strokovnjakov",
        "Oglas za delo v vrtcu",
        "Priporočamo, da vzamete s seboj dežnik.",
        "Najnovejše novice z bojišča v Ukrajini",
        "Piškotki in pecivo za praznike",
        "Vsi komentarji so bili pozitivni.",
        "Preberite tudi pismo bralke.",
        # Lithuanian
        "Reikia dalintis patirtimi",
        "Komentarai socialiniuose tinkluose",
        "Reklamos rinka sparčiai auga",
        "Rekomenduojame pasiimti skėtį.",
        "Naujausios naujienos iš fronto Ukrainoje",
        "Paieška tęsiama",
        "Visi komentarai buvo teigiami.",
        "Taip pat skaitykite knygas vaikams.",
        "Darbdaviui draudžiama be raštiško darbuotojo sutikimo keisti darbo sąlygas.",
        # Latvian
        "Jādalās pieredzē ar kolēģiem",
        "Komentāri sociālajos tīklos",
        "Reklāma internetā",
        "Iesakām paņemt līdzi lietussargu.",
        "Jaunākās ziņas no frontes Ukrainā",
        "Meklēt risinājumu kopā",
        "Visi komentāri bija pozitīvi.",
        "Lasi arī grāmatas.",
    ],
)
def test_sentences_and_headlines_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None
