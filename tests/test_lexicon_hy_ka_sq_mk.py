"""The chrome vocabulary and the dates of four languages: Armenian (Armenia and the diaspora, in the reformed and the
classical spelling), Georgian, Albanian (Albania, Kosovo, North Macedonia) and Macedonian: `lexicons/{hy,ka,sq,mk}/*.txt`
and their `dates.toml`.

Each language has lines of chrome its files must label (menus, share buttons, related and most-read headings, inline
teasers, photo credits, comment sections and forms, cookie banners, tags, footers...), bylines its prefixes open, and,
the other half that matters as much, sentences and subheadings of the text that use the same words and are no chrome
("Գլխավոր դատախազը ...", "მთავარი პრობლემა ...", "Lajmet e fundit tregojnë ...", "Владата ќе ги сподели ...").
A related heading ends the article, so a sentence taken for one would cut it.

Armenian imperatives carry a stress mark inside the word ("Կարդացե՛ք", "Հետևե՛ք"), "և" folds to "եւ" and its
capitals "ԵՎ" to "եվ"; pages write the label's mark as "՝", ":" or a backtick ("Լուսանկարը` Photolure"). Georgian
has no capitals and writes its postpositions onto the word ("Facebook-ზე"). Albanian pages drop the diacritics now and
then ("te ngjashme"). Macedonian shares Serbian's and Bulgarian's Cyrillic: the entries those lexicons already hold
("Коментари", "Фото:", "Почетна", "Сподели") are theirs, and label Macedonian lines too.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # Armenian (Armenpress, news.am, Azatutyun, Aravot, 168.am, CivilNet; the diaspora's classical spelling)
    ("Առնչվող նորություններ", "related"),
    ("Ամենաընթերցված", "related"),
    ("Վերջին նորություններ", "related"),
    ("Կարդացե՛ք նաև՝ Կառավարությունը հաստատեց նոր ծրագիրը", "read-also"),
    ("ԿԱՐԴԱՑԵՔ ՆԱԵՎ", "read-also"),
    ("Նույն թեմայով՝ Երևանում նոր այգի է բացվել", "read-also"),
    ("Մեկնաբանություններ (3)", "comments"),
    ("Թողնել մեկնաբանություն", "comments"),
    ("Մեկնաբանութիւններ", "comments"),
    ("Կիսվել", "share"),
    ("Կիսվել Facebook-ում", "share"),
    ("Պատճենել հղումը", "share"),
    ("Գլխավոր", "navigation"),
    ("Գլխավոր » Լուրեր » Քաղաքականություն", "navigation"),
    ("Հաջորդ նորությունը", "navigation"),
    ("Լուսանկարը՝ Photolure", "caption-credit"),
    ("Լուսանկարը` Արմենպրես", "caption-credit"),
    ("Արխիվային լուսանկար", "caption-credit"),
    ("Այս կայքը օգտագործում է քուքիներ՝ ձեր փորձառությունը բարելավելու համար։", "cookie"),
    ("Կայքից օգտվելը շարունակելով՝ դուք համաձայնում եք cookie-ների օգտագործմանը։", "cookie"),
    ("Անուն *", "form"),
    ("Ձեր էլ-փոստի հասցեն չի հրապարակվելու։", "form"),
    ("Թեգեր՝ Երևան, մետրո", "tags"),
    ("Բանալի բառեր", "tags"),
    ("© 2025 Արմենպրես. Բոլոր իրավունքները պաշտպանված են։", "footer"),
    ("Մեր մասին | Կապ | Գաղտնիության քաղաքականություն", "footer-links"),
    ("Հետևե՛ք մեզ Telegram-ում", "newsletter"),
    ("Բաժանորդագրվեք մեր տեղեկագրին", "newsletter"),
    ("ՇՏԱՊ: Երկրաշարժ Գյումրիում", "ticker"),
    ("Գովազդ", "advertisement"),
    ("Հովանավորված նյութ", "advertisement"),
    ("Ընթերցման ժամանակը՝ 3 րոպե", "reading-time"),
    ("1204 դիտում", "reading-time"),
    ("Դիտել տեսանյութը", "player"),
    ("Ուղիղ եթեր", "player"),
    ("Քվեարկել", "poll"),
    ("Կիսվել՝ Երևանում նոր այգի է բացվել", "share-lead"),
    ("Աջակցե՛ք մեզ", "donation"),
    ("Աջակցեք անկախ լրագրությանը", "donation"),
    ("Լուրը լրամշակվում է", "notice"),
    ("Միայն բաժանորդների համար", "paywall"),
    # Georgian (Interpressnews, Netgazeti, Publika, Radio Tavisupleba, 1tv.ge, Imedi, Formula)
    ("მსგავსი სიახლეები", "related"),
    ("ყველაზე კითხვადი", "related"),
    ("ბოლო სიახლეები", "related"),
    ("ასევე წაიკითხეთ: მთავრობამ ახალი პროგრამა დაამტკიცა", "read-also"),
    ("იხილეთ ასევე", "read-also"),
    ("კომენტარები (3)", "comments"),
    ("დატოვეთ კომენტარი", "comments"),
    ("გაზიარება", "share"),
    ("ბმულის კოპირება", "share"),
    ("Facebook-ზე გაზიარება", "share"),
    ("მთავარი", "navigation"),
    ("მთავარი » სიახლეები » პოლიტიკა", "navigation"),
    ("შემდეგი სტატია", "navigation"),
    ("ფოტო: Interpressnews", "caption-credit"),
    ("ფოტო: ნინო ალავიძე/ნეტგაზეთი", "caption-credit"),
    ("საარქივო ფოტო", "caption-credit"),
    ("ეს ვებგვერდი იყენებს ქუქი-ფაილებს თქვენი გამოცდილების გასაუმჯობესებლად.", "cookie"),
    ("საიტის გამოყენების გაგრძელებით თქვენ ეთანხმებით ქუქი-ფაილების გამოყენებას.", "cookie"),
    ("სახელი *", "form"),
    ("თქვენი ელფოსტის მისამართი გამოქვეყნებული არ იყო.", "form"),
    ("თეგები: თბილისი, მეტრო", "tags"),
    ("საკვანძო სიტყვები", "tags"),
    ("© 2025 ყველა უფლება დაცულია.", "footer"),
    ("ჩვენს შესახებ | კონტაქტი | კონფიდენციალურობის პოლიტიკა", "footer-links"),
    ("გამოგვყევით Facebook-ზე", "newsletter"),
    ("გამოიწერეთ ჩვენი სიახლეები", "newsletter"),
    ("ცხელი ამბავი: თბილისში მიწისძვრა მოხდა", "ticker"),
    ("რეკლამა", "advertisement"),
    ("სპონსორირებული კონტენტი", "advertisement"),
    ("წაკითხვის დრო: 3 წუთი", "reading-time"),
    ("1204 ნახვა", "reading-time"),
    ("უყურეთ ვიდეოს", "player"),
    ("პირდაპირი ეთერი", "player"),
    ("ხმის მიცემა", "poll"),
    ("გაზიარება: თბილისში ახალი პარკი გაიხსნა", "share-lead"),
    ("მხარი დაგვიჭირეთ", "donation"),
    ("ინფორმაცია ზუსტდება", "notice"),
    ("მედიის წყარო ამჟამად მიუწვდომელია", "notice"),
    ("მხოლოდ გამომწერებისთვის", "paywall"),
    # Albanian (Top Channel, Panorama, Gazeta Shqiptare, Koha Ditore, Telegrafi, Balkanweb, Zëri i Amerikës, REL)
    ("Lajme të ngjashme", "related"),
    ("Më të lexuarat", "related"),
    ("Te ngjashme", "related"),
    ("Më shumë nga Politika", "related"),
    ("Lexo edhe: Qeveria miraton paketën e re fiskale", "read-also"),
    ("LEXO PO ASHTU: Kurti takon ambasadorin amerikan", "read-also"),
    ("Shih gjithashtu", "read-also"),
    ("Komente (3)", "comments"),
    ("Lini një koment", "comments"),
    ("Komentet", "comments"),
    ("Shpërndaje", "share"),
    ("Shpërndaje në Facebook", "share"),
    ("Kopjo linkun", "share"),
    ("Ballina", "navigation"),
    ("Ballina » Lajme » Politikë", "navigation"),
    ("Lajmi i radhës", "navigation"),
    ("Foto: ATA", "caption-credit"),
    ("Foto ilustruese", "caption-credit"),
    ("Fotoja: Arben Hoxha/Koha Ditore", "caption-credit"),
    ("Pamje nga videoja", "caption-credit"),
    ("Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë.", "cookie"),
    ("Duke vazhduar të përdorni faqen, ju pranoni përdorimin e cookies.", "cookie"),
    ("Emri *", "form"),
    ("Adresa juaj email s’do të bëhet publike.", "form"),
    ("Fushat e domosdoshme janë shënuar me *", "form"),
    ("Etiketa: Tirana, Kuvendi", "tags"),
    ("Fjalë kyçe", "tags"),
    ("© 2025 Telegrafi. Të gjitha të drejtat e rezervuara.", "footer"),
    ("Rreth nesh | Kontakt | Politika e privatësisë", "footer-links"),
    ("Na ndiqni në Facebook dhe Instagram", "newsletter"),
    ("Abonohu në buletinin tonë", "newsletter"),
    ("E FUNDIT: Tërmet në Durrës", "ticker"),
    ("Lajm i fundit", "ticker"),
    ("Reklamë", "advertisement"),
    ("Përmbajtje e sponsorizuar", "advertisement"),
    ("Koha e leximit: 3 minuta", "reading-time"),
    ("1.204 shikime", "reading-time"),
    ("Shiko videon", "player"),
    ("Dëgjo lajmin", "player"),
    ("Votoni", "poll"),
    ("Shiko rezultatet", "poll"),
    ("Shpërndaje: Qeveria miraton buxhetin", "share-lead"),
    ("Mbështetni gazetarinë e pavarur", "donation"),
    ("Dhuro", "donation"),
    ("Shfletuesi juaj nuk e mbështet videon.", "notice"),
    ("Lajmi po përditësohet", "notice"),
    ("Ky artikull është vetëm për abonentët.", "paywall"),
    # Macedonian (MIA, Sloboden pečat, Nova Makedonija, Fokus, Sitel, Kanal 5, Telma)
    ("Поврзани вести", "related"),
    ("Најчитани", "related"),
    ("Најнови вести", "related"),
    ("Прочитајте повеќе: Владата ги усвои новите мерки", "read-also"),
    ("Поврзана вест: Нов мост преку Вардар", "read-also"),
    ("Нема коментари", "comments"),
    ("Коментирај", "comments"),
    ("Остави одговор", "comments"),
    ("Сподели на Фејсбук", "share"),
    ("Линкот е копиран", "share"),
    ("Испечати", "share"),
    ("Почетна » Вести » Македонија", "navigation"),
    ("Следна вест", "navigation"),
    ("Пребарај", "navigation"),
    ("Фото: МИА", "caption-credit"),
    ("Фото илустрација", "caption-credit"),
    ("Кадар од видео", "caption-credit"),
    ("Оваа веб-страница користи колачиња за подобро корисничко искуство.", "cookie"),
    ("Со продолжување на користењето на страницата, се согласувате со употребата на колачиња.", "cookie"),
    ("Вашето име *", "form"),
    ("Вашата адреса за е-пошта нема да биде објавена.", "form"),
    ("Клучни зборови: Скопје, Влада", "tags"),
    ("Клучни зборови", "tags"),
    ("Сите права се задржани © МИА", "footer"),
    ("Политика за приватност | Услови за користење | Контакт", "footer-links"),
    ("Следете нè на Фејсбук и Инстаграм", "newsletter"),
    ("Претплатете се на нашиот билтен", "newsletter"),
    ("ИТНО: Земјотрес во Струмица", "ticker"),
    ("Спонзорирана содржина", "advertisement"),
    ("Текстот продолжува под рекламата", "advertisement"),
    ("Време за читање: 3 минути", "reading-time"),
    ("1.204 прегледи", "reading-time"),
    ("Погледнете го видеото", "player"),
    ("Во живо", "player"),
    ("Гласај", "poll"),
    ("Сподели ја веста: Нов парк во Скопје", "share-lead"),
    ("Поддржете ја независната журналистика", "donation"),
    ("Веста се ажурира", "notice"),
    ("Вашиот прелистувач не го поддржува видео тагот.", "notice"),
    ("Само за претплатници", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("Հեղինակի մասին", "author-box"),
    ("Աղբյուրը՝ Ազատություն", "end-note"),
    ("Հեղինակի կարծիքը կարող է չհամընկնել խմբագրության տեսակետի հետ։", "end-note"),
    ("ავტორის შესახებ", "author-box"),
    ("წყარო: რადიო თავისუფლება და Reuters", "end-note"),
    ("სტატია მომზადებულია ევროკავშირის ფინანსური მხარდაჭერით.", "end-note"),
    ("Rreth autorit", "author-box"),
    ("Burimi: Reuters", "end-note"),
    ("Mendimet e shprehura në këtë artikull janë të autorit dhe nuk përfaqësojnë qëndrimin e redaksisë.", "end-note"),
    ("За авторот", "author-box"),
    ("Извор: МИА", "end-note"),
    ("Ставовите изразени во овој текст се лични ставови на авторот.", "end-note"),
    ("Ана Стојановска е новинарка и колумнистка.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Armenian: "Գլխավոր" is "main, chief", "Կապ" a tie, "Կիսվել" sharing an experience, "Մուտք" an entrance
    "Գլխավոր դատախազը հայտարարություն է տարածել։",
    "Վերջին նորությունները ցույց են տալիս, որ իրավիճակը կայուն է։",
    "Մեկնաբանություններ չեն տրվել։",
    "«Մեկնաբանություններ չկան», ասաց նախարարը։",
    "Նա որոշել է կիսվել իր փորձով։",
    "Կապ չունի, թե ով է մեղավոր։",
    "Մուտքը դեպի քաղաք փակ է։",
    "Որոնողական աշխատանքները շարունակվում են։",
    "Լուսանկարներ են ցուցադրվել թանգարանում։",
    "Տեսանյութը տարածվել է սոցցանցերում։",
    "Գովազդի շուկան աճել է։",
    "Կարդացեք այս գիրքը արձակուրդից առաջ։",
    "Նմանատիպ նորություններ հաճախ են լինում։",
    "Լավագույնները",
    # a headline's kicker: "VIDEO:", "PHOTOS:"
    "ՏԵՍԱՆՅՈՒԹ: Ոստիկանները բերման են ենթարկել ցուցարարներին",
    "Լուսանկարներ: Երևանը ձյան տակ",
    # Georgian: "მთავარი" is "main", "გაზიარება" sharing, "ძებნა" a search, "შესვლა" an entry
    "მთავარი პრობლემა ფასებია.",
    "ბოლო სიახლეების მიხედვით, მინისტრი გადადგა.",
    "გამოცდილების გაზიარება მნიშვნელოვანია.",
    "კომენტარები არ გაუკეთებია.",
    "„კომენტარები არ არის“, თქვა მინისტრმა.",
    "ძებნა გრძელდება.",
    "კონტაქტი დამყარდა.",
    "რეკლამა ტელევიზიაში ძვირდება.",
    "შესვლა აკრძალულია.",
    "ფოტო გამოფენა გაიხსნა.",
    "წაიკითხეთ ეს წიგნი არდადეგებამდე.",
    "მსგავსი სიახლეები მალე გამოქვეყნდება.",
    "ყველა კომენტარი წაიშალა.",
    "ხმის მიცემა დასრულდა.",
    "შენახვა",
    "ფოტო: თბილისი თოვლში",
    "ვიდეო: პოლიციამ აქციის მონაწილეები დააკავა",
    # Albanian: "Kreu" the head of, "Ballina" a front, "Ndaj" against, "Lajmet e fundit" in a sentence
    "Lajmet e fundit tregojnë se situata është e qetë.",
    "Komentet e ministrit shkaktuan reagime.",
    "Kreu i qeverisë foli për buxhetin.",
    "Ballina e ndërtesës u rikonstruktua.",
    "Nga ana tjetër, opozita kundërshtoi vendimin.",
    "Më shumë se 300 persona u evakuuan.",
    "Të fundit që mbërritën ishin mjekët.",
    "Reklama e re e kompanisë u shfaq në televizion.",
    "Ndaj tij u ngrit aktakuzë.",
    "Politika e privatësisë së kompanisë u kritikua nga ekspertët.",
    "Përgatiti një plan të ri për rrugët.",
    "Ai do të shpërndajë ndihmat në fshat.",
    "Mbështet reformën në drejtësi.",
    "Lajme të ngjashme vijnë nga Shkodra.",
    "Të gjitha komentet u fshinë.",
    "Më shumë nga kjo",
    "FOTOT: Protesta para Kuvendit",
    # Dutch: half-time in a live report ("Pauze" without its "ë")
    "Pauze",
    # Macedonian: "Почетна" an opening price, "сподели" the government shares its plans, "во живо" in a sentence
    "Поврзани вести за граничниот премин стигнаа доцна.",
    "Најновите податоци покажуваат пораст.",
    "Владата ќе ги сподели плановите со јавноста.",
    "Почетна цена на станот е 50.000 евра.",
    "„Нема коментари“, рече министерот.",
    "Пребарувањето на исчезнатите продолжува.",
    "Следна средба ќе се одржи во мај.",
    "Фото документацијата е доставена до судот.",
    "Во живо ќе бидат пренесени сите натпревари.",
    "Гласањето заврши во 19 часот.",
    "Поддржете ги предлозите, побара министерот од пратениците.",
    "Поврзани вести стигнаа доцна.",
    "Сите коментари беа избришани.",
    # Russian, Bulgarian and Serbian words alone: "light", "grief", "seals", "a career"
    "Свет",
    "Горе",
    "Печати",
    "Кариера",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Հեղինակ՝ Անի Սարգսյան", "Անի Սարգսյան"),
        ("Զրուցեց` Արամ Պետրոսյան", "Արամ Պետրոսյան"),
        ("Պատրաստեց: Լիլիթ Հակոբյան", "Լիլիթ Հակոբյան"),
        ("ავტორი: ნინო გოგუა", "ნინო გოგუა"),
        ("მოამზადა: გიორგი ბერიძე", "გიორგი ბერიძე"),
        ("Shkruar nga Arben Hoxha", "Arben Hoxha"),
        ("Përgatiti: Blerta Gashi", "Blerta Gashi"),
        ("Intervistoi: Elira Canga, gazetare", "Elira Canga"),
        ("Пишува: Ана Стојановска", "Ана Стојановска"),
        ("Подготви: Марко Петровски, новинар", "Марко Петровски"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "Հեղինակը նշում է, որ բարեփոխումները կշարունակվեն։",
        "ავტორი აღნიშნავს, რომ რეფორმა გაგრძელდება.",
        "Përgatiti një plan të ri për rrugët.",
        "Nga ana tjetër, opozita kundërshtoi vendimin.",
        "Пишува во писмото дека реформата ќе продолжи.",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


def test_albanian_nga_names_the_writer_on_albanian_pages_only() -> None:
    line = "Nga Arben Hoxha"
    assert byline.own_language_author(fold(line), line, "sq") == "Arben Hoxha"
    assert byline.own_language_author(fold(line), line, "en") is None


DATES = [
    # Armenian: the genitive, the agencies' capitals, RFE/RL's month first, the classical spelling
    ("4 հուլիսի 2025, 14:30", "2025-07-04"),
    ("4 ՀՈՒԼԻՍԻ 2025, 14:30", "2025-07-04"),
    ("հուլիսի 04, 2025", "2025-07-04"),
    ("Հրապարակվել է՝ 12 մարտի 2025", "2025-03-12"),
    ("15 Յունուար 2025", "2025-01-15"),
    # Georgian: the nominative, the year first with its "წლის" and the dative, a stamp word
    ("17 სექტემბერი 2025, 14:30", "2025-09-17"),
    ("2025 წლის 17 სექტემბერს", "2025-09-17"),
    ("გამოქვეყნდა: 5 დეკემბერი 2024", "2024-12-05"),
    # Albanian, with a weekday, the stamp's words, without diacritics
    ("12 mars 2025, 14:30", "2025-03-12"),
    ("E mërkurë, 12 nëntor 2024", "2024-11-12"),
    ("Publikuar më 3 qershor 2025, ora 09:15", "2025-06-03"),
    ("5 dhjetor 2024 | 18:40", "2024-12-05"),
    ("12 nentor 2024", "2024-11-12"),
    # Macedonian
    ("12 март 2025, 14:30", "2025-03-12"),
    ("Објавено: 5 декември 2024 во 09:15", "2024-12-05"),
    ("среда, 3 септември 2025", "2025-09-03"),
    ("20 јуни 2025", "2025-06-20"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    ["5 րոպե առաջ", "5 წუთის წინ", "5 minuta më parë", "2 orë më parë", "пред 5 минути", "вчера во 18:40"],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "name",
    ["հուլիսի", "Յունուար", "ՀՈՒԼԻՍԻ", "სექტემბერს", "თებერვლის", "nëntor", "janarit", "Korrik", "јуни", "октомври"],
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)
