"""The chrome vocabulary, the dates and the stopwords of four African languages written in the Latin script: Somali
(Somalia, Somaliland, Djibouti, the diaspora; southern and northern spellings, "la xiriira" and "la xidhiidha"), Hausa
(Nigeria and Niger; the hooked letters ɓ ɗ ƙ ƴ, which many Nigerian sites write as plain b d k y), Kinyarwanda
(Rwanda) and Oromo (Afaan Oromoo, Qubee: Ethiopia): `lexicons/{so,ha,rw,om}/*.txt`, their `dates.toml` and their
`stopwords.txt`.

Each language has lines of chrome its files must label (menus, share buttons, related and most-read headings, inline
teasers, photo credits, comment sections and forms, cookie banners, tags, footers...), bylines its prefixes open, and,
the other half that matters as much, sentences and subheadings of the text that use the same words and are no chrome
("Wararka la xiriira doorashada ayaa ...", "Gwamnati za ta raba kayan abinci", "Umva uko byagenze", "Oduu haaraa
akka ibsutti ..."). A related heading ends the article, so a sentence taken for one would cut it. The lexicons apply
to every page whatever its language, so single words that English, French, Swahili or Indonesian pages print
("Aika", Finnish for time; "Kina", Polish cinemas) are left out or anchored to the whole line.

Hausa dates put "ga" (of) between the day and the month ("15 ga Fabrairu, 2025"), and Somali ones the article after
the day's hyphen ("13-ka Maarso 2025"): the date patterns read neither, so the months are listed with those words
before them in `dates.toml`.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline, captions
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # Somali (BBC Somali, VOA Somali, Hiiraan Online, Goobjoog, SONNA, Caasimada; Somaliland's spellings)
    ("Wararka la xiriira", "related"),
    ("Warar La Xidhiidha", "related"),
    ("Ugu Badan La Akhriyey", "related"),
    ("Wararkii ugu dambeeyay", "related"),
    ("Akhri sidoo kale: Madaxweynaha oo gaaray Muqdisho", "read-also"),
    ("Fiiri: Roob culus oo ka da'ay Hargeysa", "read-also"),
    ("Faallooyin (3)", "comments"),
    ("Ka tag jawaab", "comments"),
    ("La wadaag", "share"),
    ("Ku wadaag Facebook", "share"),
    ("Bogga Hore", "navigation"),
    ("Guriga » Wararka » Siyaasadda", "navigation"),
    ("Sawir: SONNA", "caption-credit"),
    ("Sawir kayd ah", "caption-credit"),
    ("Xigashada sawirka, Getty Images", "caption-credit"),
    ("Boggan wuxuu isticmaalaa cookies si uu u wanaajiyo adeegga.", "cookie"),
    ("Waxaan isticmaalnaa kukiyada si aan u hagaajino khibradaada.", "cookie"),
    ("Magaca *", "form"),
    ("Iimaylkaaga lama daabici doono.", "form"),
    ("Ereyada muhiimka ah: Muqdisho, doorashada", "tags"),
    ("Mawduucyada la xiriira", "tags"),
    ("Xuquuqda oo dhan way dhowran tahay.", "footer"),
    ("Nagu saabsan | Nala soo xiriir | Siyaasadda asturnaanta", "footer-links"),
    ("Nagala soco Facebook iyo YouTube", "newsletter"),
    ("Ku biir kanaalkeena Telegram", "newsletter"),
    ("WAR DEGDEG AH: Qarax ka dhacay Muqdisho", "ticker"),
    ("Xayeysiis", "advertisement"),
    ("Waqtiga akhriska: 3 daqiiqo", "reading-time"),
    ("La akhriyay 1,204 jeer", "reading-time"),
    ("Dhageyso", "player"),
    ("Daawo muuqaalka", "player"),
    ("Codee", "poll"),
    ("La wadaag: Madaxweynaha oo gaaray Muqdisho", "share-lead"),
    ("Na taageer", "donation"),
    ("Warkan waa la cusboonaysiinayaa", "notice"),
    ("Nala xiriir", "footer-links"),
    # Hausa (BBC Hausa, VOA Hausa, DW Hausa, RFI Hausa, Aminiya, Leadership Hausa, Legit Hausa), with the hooked
    # letters and without
    ("Labarai masu alaƙa", "related"),
    ("Labarai Masu Alaka", "related"),
    ("Labaran da aka fi karantawa", "related"),
    ("Labarai Masu Nasaba", "related"),
    ("Karanta kuma: Gwamnati ta amince da sabon kasafin kudi", "read-also"),
    ("Karanta wannan: An kama 'yan bindiga a Zamfara", "read-also"),
    ("Sharhohi", "comments"),
    ("Bar sharhi", "comments"),
    ("Sharhi (3)", "comments"),
    ("Raba", "share"),
    ("Raba a WhatsApp", "share"),
    ("Kwafi mahaɗi", "share"),
    ("Shafin farko", "navigation"),
    ("Gida » Labarai » Siyasa", "navigation"),
    ("Labari na gaba", "navigation"),
    ("Hoto: Fadar Shugaban Kasa", "caption-credit"),
    ("Hoton ajiya", "caption-credit"),
    ("Asalin hoton, Getty Images", "caption-credit"),
    ("Wannan shafin yana amfani da kukis domin inganta ayyukanmu.", "cookie"),
    ("Muna amfani da cookies a wannan shafin.", "cookie"),
    ("Suna *", "form"),
    ("Ba za a wallafa adireshin imel ɗinka ba.", "form"),
    ("Alamomi: Kano, Zabe", "tags"),
    ("Batutuwa masu alaƙa", "tags"),
    ("Duk haƙƙoƙi an kiyaye su.", "footer"),
    ("Dukkan hakkoki mallakar Aminiya ne © 2025", "footer"),
    ("Game da mu | Tuntuɓe mu | Manufar sirri", "footer-links"),
    ("Ku biyo mu a Facebook", "newsletter"),
    ("Shiga tasharmu ta WhatsApp", "newsletter"),
    ("DA ƊUMI-ƊUMI: An sako daliban da aka sace", "ticker"),
    ("Yanzu-Yanzu: Majalisa ta amince da kasafin kudi", "ticker"),
    ("Talla", "advertisement"),
    ("Lokacin karatu: minti 3", "reading-time"),
    ("Saurari wannan labari", "player"),
    ("Kalli bidiyo", "player"),
    ("Kaɗa ƙuri'a", "poll"),
    ("Raba: Gwamnati ta amince da sabon kasafin kudi", "share-lead"),
    ("Ku tallafa mana", "donation"),
    ("Wannan labari na ci gaba da sabuntawa", "notice"),
    # Kinyarwanda (Igihe, Kigali Today, Imvaho Nshya, RBA, Umuseke, BBC Gahuza)
    ("Izindi nkuru", "related"),
    ("Inkuru zisomwa cyane", "related"),
    ("Inkuru bijyanye", "related"),
    ("Soma nanone: Perezida yakiriye abashyitsi", "read-also"),
    ("Inkuru bifitanye isano: Imvura yangije imyaka", "read-also"),
    ("Ibitekerezo (12)", "comments"),
    ("Tanga igitekerezo", "comments"),
    ("Sangiza", "share"),
    ("Sangiza kuri WhatsApp", "share"),
    ("Ahabanza", "navigation"),
    ("Ahabanza » Amakuru » Politiki", "navigation"),
    ("Inkuru ikurikira", "navigation"),
    ("Ifoto: Igihe", "caption-credit"),
    ("Ifoto y'ububiko", "caption-credit"),
    ("Inkomoko y’ifoto, Getty Images", "caption-credit"),
    ("Uru rubuga rukoresha cookies kugira ngo rukorere neza.", "cookie"),
    ("Dukoresha cookies kugira ngo tunoze serivisi zacu.", "cookie"),
    ("Izina *", "form"),
    ("Imeyili yawe ntizatangazwa.", "form"),
    ("Amagambo y'ingenzi: Kigali, Amatora", "tags"),
    ("Insanganyamatsiko", "tags"),
    ("© 2025 IGIHE. Uburenganzira bwose burabitswe.", "footer"),
    ("Abo turi bo | Twandikire | Politiki y'ibanga", "footer-links"),
    ("Dukurikire kuri Facebook na X", "newsletter"),
    ("Dukurikire", "newsletter"),
    ("Inkuru ishyushye: Inkongi yibasiye isoko", "ticker"),
    ("Kwamamaza", "advertisement"),
    ("Iminota 3 yo gusoma", "reading-time"),
    ("Yasomwe inshuro 1,204", "reading-time"),
    ("Umva iyi nkuru", "player"),
    ("Reba amashusho", "player"),
    ("Tora", "poll"),
    ("Sangiza: Perezida yakiriye abashyitsi", "share-lead"),
    ("Dutere inkunga", "donation"),
    ("Iyi nkuru turacyayikurikirana", "notice"),
    # Oromo (BBC Afaan Oromoo, VOA Afaan Oromoo, OBN, Fana, ENA), with the apostrophe written ' or ’
    ("Oduu walqabatan", "related"),
    ("Baay'ee kan dubbifame", "related"),
    ("Oduuwwan Haaraa", "related"),
    ("Dabalataan dubbisaa: Roobni cimaan Finfinnee rukute", "read-also"),
    ("Oduu walqabatu: Mootummaan karoora haaraa baase", "read-also"),
    ("Yaadota (3)", "comments"),
    ("Yaada keessan barreessaa", "comments"),
    ("Qoodi", "share"),
    ("Facebook irratti qoodi", "share"),
    ("Fuula Jalqabaa", "navigation"),
    ("Mana » Oduu » Siyaasa", "navigation"),
    ("Oduu itti aanu", "navigation"),
    ("Suuraa: OBN", "caption-credit"),
    ("Suuraa kuusaa", "caption-credit"),
    ("Madda suuraa, Getty Images", "caption-credit"),
    ("Weebsaayitiin kun kuukii ni fayyadama.", "cookie"),
    ("Nuti kuukii itti fayyadamna.", "cookie"),
    ("Maqaa *", "form"),
    ("Teessoon imeelii keessanii hin maxxanfamu.", "form"),
    ("Jechoota ijoo: Finfinnee, Filannoo", "tags"),
    ("Mata-dureewwan walqabatan", "tags"),
    ("Mirgi hundi seeraan kan eegame dha.", "footer"),
    ("Waa'ee keenya | Nu qunnamaa | Imaammata dhuunfaa", "footer-links"),
    ("Facebook irratti nu hordofaa", "newsletter"),
    ("Oduu Hatattamaa: Lafti Adaamaa raafame", "ticker"),
    ("Beeksisa", "advertisement"),
    ("Yeroo dubbisuu: daqiiqaa 3", "reading-time"),
    ("Oduu kana dhaggeeffadhaa", "player"),
    ("Sagalee kenni", "poll"),
    ("Qoodi: Mootummaan karoora haaraa baase", "share-lead"),
    ("Nu deeggaraa", "donation"),
    ("Oduun kun haaromfamaa jira", "notice"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("Ku saabsan qoraaga", "author-box"),
    ("Xigasho: BBC Somali", "end-note"),
    ("Qoraaga waa falanqeeye siyaasadeed oo ku nool Nairobi.", "end-note"),
    ("Aragtida maqaalkan ku qoran waxay ka turjumaysaa aragtida qoraaga.", "end-note"),
    ("Game da marubuci", "author-box"),
    ("Majiya: BBC Hausa", "end-note"),
    ("Marubucin malami ne a Jami'ar Bayero, Kano.", "end-note"),
    ("Ibyerekeye umwanditsi", "author-box"),
    ("Inkomoko: BBC Gahuza", "end-note"),
    ("Umwanditsi ni umusesenguzi mu bya politiki.", "end-note"),
    ("Waa'ee barreessaa", "author-box"),
    ("Madda: BBC Afaan Oromoo", "end-note"),
    ("Yaadni barruu kana keessatti ibsame kan barreessaa ti.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Somali: the lists' words in prose, "wadaag" (share) and "daabac" (print, publish) as verbs, "faallo" (a
    # commentary), "guriga" (the house), the northern spelling
    "Wararka la xiriira doorashada ayaa sheegaya in la dib u dhigay.",
    "Wararkii ugu dambeeyay ee ka yimid Baydhabo ayaa sheegay in xaaladdu degan tahay.",
    "Madaxweynaha ayaa warbixinta la wadaagay xildhibaannada.",
    "Dowladda ayaa go'aankaas la wadaagtay shacabka.",
    "Wasaaradda ayaa daabacday buug cusub.",
    "Faallo ka bixinta arrintan waa lagama maarmaan.",
    "Guriga ayaa gubtay habeennimadii.",
    "Ciidamada ayaa baadi goob ugu jira dadka la waayay.",
    "Akhri buugga ka hor intaadan imtixaanka gelin.",
    "Sawirka uu qaaday ayaa caan noqday.",
    "Xayeysiis badan ayaa lagu soo bandhigay telefishanka.",
    "Waxaan isticmaalnaa biyaha si taxaddar leh.",
    "Dagaalka ka socda gobolka ayaa sababay barakac.",
    # Hausa: "raba" (to share out, divide), "tura" (to send), "buga" (to print, hit), "labarai masu alaƙa" in prose
    "Labarai masu alaƙa da zaɓen sun nuna cewa jam'iyyar ta yi nasara.",
    "Gwamnati za ta raba kayan abinci ga mutanen da ambaliya ta shafa.",
    "An tura sojoji zuwa yankin.",
    "Jaridar ta buga labarin a shafin farko na jiya.",
    "Ya yi sharhi kan halin da tattalin arziki ke ciki.",
    "Gida ya rushe sakamakon ruwan sama.",
    "Shiga makaranta ya zama wajibi ga kowane yaro.",
    "Karanta littattafai yana da muhimmanci.",
    "Hoton ya nuna yadda ambaliyar ta lalata gidaje.",
    "Talla ta zama babbar hanyar samun kudi ga kafafen yada labarai.",
    "Yanzu-yanzu aka sanar da sakamakon zaben.",
    "Daga karshe an kama wadanda ake zargi.",
    "Suna jiran amincewar majalisa.",
    # Kinyarwanda: "sangiza" (let others share), "umva" (listen), "reba" (see), "amakuru mashya" in prose
    "Izindi nkuru zivuga ko imvura izakomeza kugwa.",
    "Amakuru mashya avuga ko abantu batatu bapfuye.",
    "Yasabye abaturage gusangiza abandi ubumenyi bafite.",
    "Umva uko byagenze mu nama y'abaminisitiri.",
    "Reba uko abaturage bitabiriye amatora.",
    "Ibitekerezo by'abaturage byahawe agaciro.",
    "Yagize ati: tanga igitekerezo cyawe ku mushinga.",
    "Shakisha akazi ni ikibazo gikomeye ku rubyiruko.",
    "Ifoto yafashwe ku wa mbere yerekana umuhanda wangiritse cyane.",
    "Umwanditsi w'igitabo yavuze ko azasohora ikindi.",
    # Oromo: "oduu haaraa" (new news) and "qoodi" (share out) in prose, "mana" (a house), "yaada" (an idea)
    "Oduu haaraa akka ibsutti roobni cimaan ni roobe.",
    "Oduu walqabatan keessatti mootummaan ibsa kenne.",
    "Qonnaan bultoonni lafa isaanii qooduu barbaadu.",
    "Manni isaa guutummaatti gubate.",
    "Yaada keessan nuuf ergaa jedhan hoggantoonni.",
    "Dubbisaa kitaaba kana hunda.",
    "Suuraan kun bara darbe kaafame.",
    "Beeksisa mootummaan baase keessatti jijjiiramni jira.",
    "Barreessaan kitaabichaa yeroo dheeraaf barreesse.",
    "Fuula duraa gaazexaa irratti maxxanfame.",
    # Lines of other languages with the same letters: Swahili "sauti ya wananchi", "Tanga" (a town); Indonesian
    # "Daftar isi"; Finnish "aika"; Polish "kina"
    "Sauti ya wananchi ni muhimu katika uchaguzi.",
    "Tanga",
    "Daftar isi",
    "Isi",
    "Aika",
    "Kina",
    "Kopi",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Qoraa: Maxamed Cabdi Nuur", "Maxamed Cabdi Nuur"),
        ("Qalinkii: Cabdiraxmaan Cali Xasan", "Cabdiraxmaan Cali Xasan"),
        ("Waxaa qoray Xasan Nuur Axmed", "Xasan Nuur Axmed"),
        ("Daga: Bashir Ibrahim Idris", "Bashir Ibrahim Idris"),
        ("Marubuci: Aisha Musa Abubakar", "Aisha Musa Abubakar"),
        ("Yanditswe na Jean Paul Nshimiyimana", "Jean Paul Nshimiyimana"),
        ("Umwanditsi: Marie Claire Uwase", "Marie Claire Uwase"),
        ("Barreessaa: Caalaa Dabalaa", "Caalaa Dabalaa"),
        ("Gabaasaa: Lataa Guddataa, gabaasaa BBC", "Lataa Guddataa"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "Qoraa caan ah ayaa geeriyooday.",
        "Daga Kano zuwa Abuja akwai nisa.",
        "Daga Karshe An Kama Shi",
        "Yanditswe na benshi ko imvura izagwa.",
        "Barreessaan kitaabichaa yeroo dheeraaf barreesse.",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


# Kinyarwanda's April, "Mata", is a Spanish and Portuguese surname: metadata/byline.py drops a month's name that ends
# a byline of three words or more only before the stamp's figures ("By Jane Doe March 25"), so the surname stays.
def test_a_surname_that_is_a_month_name() -> None:
    line = "Por José Luis Mata"
    assert byline.byline_author(fold(line), line, len(line.split())) == "José Luis Mata"


def test_a_writer_role_after_the_name() -> None:
    assert byline.without_role("Xasan Cali, wariyaha BBC") == "Xasan Cali"
    assert byline.without_role("Mansur Abubakar, wakilin BBC") == "Mansur Abubakar"
    assert byline.without_role("Jean Paul Nshimiyimana, umunyamakuru") == "Jean Paul Nshimiyimana"
    assert byline.without_role("Caalaa Dabalaa, gabaasaa BBC") == "Caalaa Dabalaa"


@pytest.mark.parametrize(
    ("line", "name"),
    [("Sawir: SONNA", "SONNA"), ("Hoto: Fadar Shugaban Kasa", "Fadar Shugaban Kasa"), ("Ifoto: Igihe", "Igihe"), ("Suuraa: OBN", "OBN")],
)
def test_credit_labels(line: str, name: str) -> None:
    assert captions.starts_with_credit(line)
    assert captions.credit_name(line) == name


@pytest.mark.parametrize("line", ["Hoton ya nuna yadda ambaliyar ta lalata gidaje.", "Sawirka uu qaaday ayaa caan noqday."])
def test_sentences_that_open_with_the_picture_are_no_credit(line: str) -> None:
    assert not captions.starts_with_credit(line)


DATES = [
    # Somali: the day with its article ("13-ka"), the month first, a weekday
    ("13 Maarso 2025", "2025-03-13"),
    ("Maarso 13, 2025", "2025-03-13"),
    ("Khamiis, 13-ka Maarso 2025", "2025-03-13"),
    ("La daabacay: 5 Luulyo 2024, 10:30", "2024-07-05"),
    ("Isniin, 1 Sebtembar 2025", "2025-09-01"),
    # Hausa: "ga" (and "ga watan") between the day and the month
    ("15 Fabrairu 2025", "2025-02-15"),
    ("15 ga Fabrairu, 2025", "2025-02-15"),
    ("Asabar, 15 ga Fabrairu 2025", "2025-02-15"),
    ("ranar 3 ga watan Maris, 2025", "2025-03-03"),
    ("Jumma'a, 7 ga Nuwamba 2025", "2025-11-07"),
    # Kinyarwanda: "ku wa" before the day, the numbered weekdays
    ("25 Ugushyingo 2025", "2025-11-25"),
    ("Ku wa Kabiri, 25 Ugushyingo 2025", "2025-11-25"),
    ("ku wa 4 Nyakanga 2024", "2024-07-04"),
    ("Yatangajwe: 12 Werurwe 2025, saa 10:30", "2025-03-12"),
    # Oromo
    ("13 Bitootessa 2025", "2025-03-13"),
    ("Kamiisa, Bitootessa 13, 2025", "2025-03-13"),
    ("Maxxanfame: 2 Adoolessa 2024", "2024-07-02"),
    ("Guyyaa: 5 Muddee 2024", "2024-12-05"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


def test_a_date_inside_a_sentence() -> None:
    found = parse_date("Taron zai gudana ranar 15 ga watan Fabrairu, 2025 a Abuja.")
    assert found is not None and found.iso == "2025-02-15"


@pytest.mark.parametrize(
    "text", ["2 saacadood kahor", "5 daqiiqo kahor", "Sa'o'i 2 da suka wuce", "Minti 5 da suka gabata", "iminota 5 ishize", "daqiiqaa 5 dura"]
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "name",
    ["Maarso", "Luulyo", "Febraayo", "Fabrairu", "Satumba", "Disamba", "Ugushyingo", "Gashyantare", "Nzeri", "Bitootessa", "Onkoloolessa", "Muddee"],
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)


# The stopword lists (`lexicons/<code>/stopwords.txt`): the share of a line's words that are function words tells
# prose from chrome.
PROSE = {
    "so": (
        "Wasiirka arrimaha gudaha ayaa sheegay in ciidamada amniga ay xalay howlgal ka sameeyeen xaafadaha qaar, "
        "balse weli ma jiraan faahfaahin dheeraad ah oo laga helay dadka la qabtay iyo sababta loo qabtay."
    ),
    "ha": (
        "Ministan harkokin cikin gida ya ce jami'an tsaro sun kama wasu mutane da ake zargi a cikin makon da ya gabata, "
        "amma har yanzu ana ci gaba da bincike kuma za a bayyana karin bayani nan ba da jimawa ba."
    ),
    "rw": (
        "Minisitiri w'umutekano yavuze ko inzego z'umutekano zafashe abantu benshi bakekwaho ubujura muri iki cyumweru, "
        "ariko ko iperereza rigikomeje kandi ko amakuru arambuye azatangazwa nyuma."
    ),
    "om": (
        "Ministirri dhimma keessoo akka jedhetti humnoonni nageenyaa torban darbe namoota shakkaman hedduu qabaniiru, "
        "garuu qorannoon ammas itti fufee jira kanaafuu odeeffannoon dabalataa booda ni kennama."
    ),
}


def _stopwords(code: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.data_phrases("stopwords.txt", (code,)))


@pytest.mark.parametrize("code", sorted(PROSE))
def test_stopwords_measure_prose(code: str) -> None:
    words = _stopwords(code)
    assert 150 <= len(words) <= 300
    tokens = split_lines(PROSE[code])[0].tokens
    assert sum(map(words.__contains__, tokens)) / len(tokens) >= 0.25


@pytest.mark.parametrize("code", sorted(PROSE))
def test_stopwords_are_single_words_and_hold_no_topic_nouns(code: str) -> None:
    words = _stopwords(code)
    assert all(len(word.split()) == 1 for word in words)
    topics = {"muqdisho", "soomaaliya", "dowladda", "gwamnati", "najeriya", "kano", "leta", "rwanda", "kigali", "mootummaa", "oromiyaa", "finfinnee"}
    assert not words & topics
