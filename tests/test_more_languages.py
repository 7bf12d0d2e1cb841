"""Czech, Slovak, Ukrainian, Greek, Hungarian and Bulgarian news pages (composed for this test: the
stories, people and sites are invented, in the layout of the region's news portals: a menu, a byline
and a stamp, a share bar, a "read also" teaser and an ad label cut into the text, tags, a related
list, comments with their form, a cookie banner, a footer). The lexicons of `lexicons/cs`, `sk`,
`uk`, `el`, `hu` and `bg` take the chrome; the five paragraphs stay, in order; the stamp gives the
date (`dates.toml`), the byline the author (`byline.txt`)."""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

from composed_story import Story, assert_byline_read, assert_read_also_goes


CZECH = Story(
    lang="cs",
    menu=("Domů", "Zprávy", "Domácí", "Zahraničí", "Sport", "Kultura", "Hledat", "Přihlásit se"),
    title="Písek postaví novou lávku přes Otavu, stavba začne už v létě",
    byline="Autor: Jana Dvořáková",
    author="Jana Dvořáková",
    stamp="20. března 2025 6:00",
    date="2025-03-20",
    share=("Sdílet", "Sdílet na Facebooku", "Kopírovat odkaz"),
    paragraphs=(
        "Zastupitelé Písku ve středu schválili stavbu nové lávky pro pěší a cyklisty přes řeku Otavu. Lávka spojí "
        "sídliště Portyč s historickým centrem a ušetří obyvatelům zhruba deset minut chůze.",
        "Podle radnice vyjde stavba na necelých osmdesát milionů korun, z nichž většinu pokryje dotace z evropských "
        "fondů. Zbytek zaplatí město ze svého rozpočtu na příští dva roky.",
        "„Lidé o lávku žádali už patnáct let. Jsem rád, že se konečně dočkají,“ řekl starosta Tomáš Kratochvíl. "
        "Podle něj by stavební práce neměly omezit lodní dopravu ani vodáky.",
        "Proti projektu se v minulosti ozývali rybáři, kteří se obávali zásahu do břehů. Město proto slíbilo, že "
        "na obou březích vysadí nové stromy a upraví přístupová místa k vodě.",
        "Stavba by měla začít v červenci a skončit na jaře příštího roku. Během prací bude jedna cyklostezka podél "
        "řeky na několik týdnů uzavřena a cyklisté pojedou po objížďce.",
    ),
    read_also="Čtěte také: Oprava Kamenného mostu v Písku skončí až na podzim",
    advertisement="Reklama",
    tags="Štítky: Písek, Otava, doprava",
    related=(
        "Související články",
        "Oprava Kamenného mostu v Písku skončí až na podzim",
        "Na Otavě začíná vodácká sezona, jezy jsou opravené",
    ),
    comments=("Diskuse (12)", "Přidat komentář", "Jméno *", "E-mail *", "Odeslat komentář"),
    cookie=(
        "Tento web používá soubory cookie k poskytování služeb, personalizaci reklam a analýze návštěvnosti. "
        "Používáním webu s tím souhlasíte. Přijmout vše"
    ),
    footer=(
        "Ochrana osobních údajů | Podmínky užívání | Kontakt | O nás",
        "© 2025 Otavský kurýr. Všechna práva vyhrazena.",
    ),
)

SLOVAK = Story(
    lang="sk",
    menu=("Domov", "Správy", "Domáce", "Zahraničie", "Šport", "Kultúra", "Hľadať", "Prihlásiť sa"),
    title="Prešov opraví krytú plaváreň, verejnosti sa otvorí až o rok",
    byline="Autor: Martin Kováč",
    author="Martin Kováč",
    stamp="Publikované 8. apríla 2025 o 7:30",
    date="2025-04-08",
    share=("Zdieľať", "Zdieľať na Facebooku", "Kopírovať odkaz"),
    paragraphs=(
        "Mestské zastupiteľstvo v Prešove v utorok schválilo rekonštrukciu krytej plavárne na sídlisku. Budova "
        "z osemdesiatych rokov má zatekajúcu strechu a zastaranú technológiu na úpravu vody.",
        "Oprava bude stáť približne dvanásť miliónov eur. Väčšinu peňazí mesto získa z plánu obnovy, zvyšok "
        "zaplatí z úveru, ktorý poslanci schválili ešte na jeseň.",
        "„Plaváreň je jediné miesto, kde sa deti z celého mesta učia plávať. Nemôžeme ju nechať chátrať,“ povedal "
        "primátor Peter Hudák. Podľa neho bude súčasťou opravy aj nová sauna.",
        "Počas prác budú školy chodiť na plavecký výcvik do susedných miest. Mesto im preplatí dopravu autobusom "
        "a s okolitými obcami sa dohodlo na zľavnenom vstupe.",
        "Stavebné práce sa majú začať v júni a potrvať dvanásť mesiacov. Ak sa termín dodrží, plaváreň sa "
        "verejnosti otvorí na budúce leto, ešte pred začiatkom prázdnin.",
    ),
    read_also="Čítajte aj: V Prešove pribudne nové detské ihrisko pri rieke Torysa",
    advertisement="Reklama",
    tags="Témy: Prešov, plaváreň, šport",
    related=(
        "Súvisiace články",
        "V Prešove pribudne nové detské ihrisko pri rieke Torysa",
        "Mestská hromadná doprava bude v lete jazdiť častejšie",
    ),
    comments=("Diskusia (8)", "Pridať komentár", "Meno *", "E-mail *", "Odoslať komentár"),
    cookie=(
        "Táto webová stránka používa súbory cookie na zlepšenie používateľského zážitku a na analýzu návštevnosti. "
        "Prijať všetko"
    ),
    footer=(
        "Ochrana osobných údajov | Podmienky používania | Kontakt | O nás",
        "© 2025 Šarišský hlásnik. Všetky práva vyhradené.",
    ),
)

UKRAINIAN = Story(
    lang="uk",
    menu=("Головна", "Новини", "Політика", "Економіка", "Спорт", "Культура", "Пошук", "Увійти"),
    title="У Вінниці відкрили оновлену набережну Південного Бугу",
    byline="Автор: Олена Коваленко",
    author="Олена Коваленко",
    stamp="14 лютого 2025, 09:15",
    date="2025-02-14",
    share=("Поділитися", "Поділитися у Facebook", "Скопіювати посилання"),
    paragraphs=(
        "У п'ятницю у Вінниці після двох років реконструкції відкрили оновлену набережну Південного Бугу. "
        "Прогулянкова зона завдовжки майже два кілометри з'єднала центр міста з парком.",
        "За словами представників міської ради, роботи коштували близько ста двадцяти мільйонів гривень. "
        "Більшу частину коштів виділили з міського бюджету, решту надали міжнародні партнери.",
        "«Ми хотіли, щоб люди знову повернулися до річки. Тепер тут є велодоріжка, лавки й освітлення на всій "
        "довжині», — розповів заступник міського голови Андрій Ткачук.",
        "Містяни загалом схвалюють зміни, проте частина мешканців скаржиться на брак паркувальних місць поблизу. "
        "У мерії обіцяють облаштувати додатковий майданчик до літа.",
        "Наступним етапом має стати реконструкція пішохідного мосту через річку. Проєкт уже пройшов експертизу, "
        "а тендер на роботи планують оголосити у квітні.",
    ),
    read_also="Читайте також: У Вінниці запустили нові тролейбуси на лівому березі",
    advertisement="Реклама",
    tags="Теги: Вінниця, набережна, благоустрій",
    related=(
        "Новини за темою",
        "У Вінниці запустили нові тролейбуси на лівому березі",
        "Міський парк отримає нові спортивні майданчики",
    ),
    comments=("Коментарі", "Залишити коментар", "Ім'я *", "Email *", "Надіслати коментар"),
    cookie=(
        "Цей сайт використовує файли cookie для покращення роботи та аналізу відвідуваності. Продовжуючи "
        "користуватися сайтом, ви погоджуєтеся з цим. Прийняти всі"
    ),
    footer=(
        "Політика конфіденційності | Умови використання | Контакти | Про нас",
        "© 2025 Подільський кур'єр. Усі права захищені.",
    ),
)

GREEK = Story(
    lang="el",
    menu=("Αρχική", "Ειδήσεις", "Πολιτική", "Οικονομία", "Αθλητισμός", "Πολιτισμός", "Αναζήτηση"),
    title="Νέος ποδηλατόδρομος θα ενώσει την παραλία της Καλαμαριάς με το κέντρο",
    byline="Του Γιώργου Παπαδάκη",
    author="Γιώργου Παπαδάκη",
    stamp="06 Μαΐου 2025, 08:45",
    date="2025-05-06",
    share=("Κοινοποίηση", "Κοινοποίηση στο Facebook", "Αντιγραφή συνδέσμου"),
    paragraphs=(
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή νέου ποδηλατόδρομου μήκους τεσσάρων χιλιομέτρων, "
        "ο οποίος θα συνδέει την παραλία της Καλαμαριάς με το κέντρο της πόλης.",
        "Σύμφωνα με τη δημοτική αρχή, το έργο θα κοστίσει περίπου έξι εκατομμύρια ευρώ και θα χρηματοδοτηθεί "
        "κυρίως από ευρωπαϊκά κονδύλια. Ο διαγωνισμός αναμένεται να προκηρυχθεί μέσα στο καλοκαίρι.",
        "«Οι πολίτες ζητούν εδώ και χρόνια ασφαλείς διαδρομές για το ποδήλατο. Με το νέο έργο κάνουμε ένα "
        "μεγάλο βήμα», δήλωσε ο αντιδήμαρχος Κώστας Λαμπρίδης.",
        "Οι σύλλογοι ποδηλατών χαιρετίζουν την απόφαση, ζητούν όμως να υπάρξει φυσικός διαχωρισμός από τα "
        "αυτοκίνητα σε όλο το μήκος της διαδρομής και όχι μόνο σε ορισμένα σημεία.",
        "Οι εργασίες εκτιμάται ότι θα ξεκινήσουν στις αρχές του επόμενου έτους και θα διαρκέσουν δεκαοκτώ μήνες. "
        "Κατά τη διάρκειά τους θα γίνουν προσωρινές αλλαγές στην κυκλοφορία.",
    ),
    read_also="Διαβάστε επίσης: Αλλάζουν τα δρομολόγια των λεωφορείων στην ανατολική Θεσσαλονίκη",
    advertisement="ΔΙΑΦΗΜΙΣΗ",
    tags="Ετικέτες: Θεσσαλονίκη, ποδήλατο, συγκοινωνίες",
    related=(
        "Σχετικά άρθρα",
        "Αλλάζουν τα δρομολόγια των λεωφορείων στην ανατολική Θεσσαλονίκη",
        "Ανακαινίζεται η παιδική χαρά στο πάρκο της Νέας Παραλίας",
    ),
    comments=("Σχόλια", "Αφήστε ένα σχόλιο", "Όνομα *", "Email *", "Υποβολή σχολίου"),
    cookie=(
        "Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας και για στατιστικούς σκοπούς. "
        "Αποδοχή όλων"
    ),
    footer=(
        "Πολιτική απορρήτου | Όροι χρήσης | Επικοινωνία",
        "© 2025 Θερμαϊκός Παλμός. Με την επιφύλαξη παντός δικαιώματος.",
    ),
)

HUNGARIAN = Story(
    lang="hu",
    menu=("Címlap", "Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Keresés", "Bejelentkezés"),
    title="Új kerékpárút épül Szeged és Algyő között, jövő tavasszal adják át",
    byline="Szerző: Kovács Eszter",
    author="Kovács Eszter",
    stamp="2025. január 22. 06:00",
    date="2025-01-22",
    share=("Megosztás", "Megosztás a Facebookon", "Link másolása"),
    paragraphs=(
        "Szeged közgyűlése szerdán jóváhagyta a Szegedet Algyővel összekötő kerékpárút építését. A csaknem "
        "kilenc kilométeres szakasz a Tisza-gát mellett halad majd, távol a forgalmas főúttól.",
        "A beruházás mintegy kétmilliárd forintba kerül, amelynek nagy részét uniós pályázatból fedezik. A "
        "fennmaradó összeget a két település közösen állja a következő két évben.",
        "– Évek óta kérik a környékbeliek, hogy biztonságosan tudjanak kerékpárral bejárni a városba – mondta "
        "Horváth Gábor alpolgármester, aki szerint a munkák a nyár elején kezdődhetnek.",
        "A helyi kerékpáros egyesület üdvözölte a döntést, ugyanakkor azt kérik, hogy az út mentén pihenőhelyeket "
        "és megfelelő közvilágítást is kialakítsanak.",
        "A tervek szerint a kerékpárutat jövő tavasszal adják át. Az építkezés idején a gát egyes szakaszait "
        "néhány hétre lezárják a gyalogosok és a kerékpárosok elől.",
    ),
    read_also="Olvassa el ezt is: Felújítják a szegedi villamosvonal Tisza-hídi szakaszát",
    advertisement="Hirdetés",
    tags="Címkék: Szeged, Algyő, kerékpárút",
    related=(
        "Kapcsolódó cikkek",
        "Felújítják a szegedi villamosvonal Tisza-hídi szakaszát",
        "Megújul a Dóm tér burkolata a nyári játékok előtt",
    ),
    comments=("Hozzászólások (5)", "Szóljon hozzá!", "Név *", "E-mail *", "Hozzászólás küldése"),
    cookie=(
        "Ez a weboldal sütiket használ a felhasználói élmény javítása és a látogatottság mérése érdekében. "
        "Az összes elfogadása"
    ),
    footer=(
        "Adatvédelmi tájékoztató | Impresszum | Kapcsolat | Médiaajánlat",
        "© 2025 Tiszamenti Hírmondó. Minden jog fenntartva.",
    ),
)

BULGARIAN = Story(
    lang="bg",
    menu=("Начало", "Новини", "България", "Свят", "Икономика", "Спорт", "Търсене", "Вход"),
    title="Пловдив обновява Гребната база, ремонтът ще продължи две години",
    byline="Автор: Мария Георгиева",
    author="Мария Георгиева",
    stamp="Публикувана: 19 ноември 2024, 08:30 ч.",
    date="2024-11-19",
    share=("Сподели", "Сподели във Facebook", "Копирай линка"),
    paragraphs=(
        "Общинският съвет в Пловдив одобри във вторник цялостен ремонт на Гребната база. Съоръжението, "
        "построено преди повече от половин век, се нуждае от нови брегове и осветление.",
        "Според общината ремонтът ще струва около двадесет милиона лева, като голяма част от средствата ще "
        "дойдат от европейски програми. Останалите ще бъдат осигурени от местния бюджет.",
        "„Гребната база е любимо място за разходка на хиляди пловдивчани. Искаме да я запазим и за следващите "
        "поколения“, каза заместник-кметът Стефан Николов.",
        "Спортните клубове приветстват решението, но настояват тренировките да не бъдат прекъсвани по време на "
        "ремонта. Общината обещава работите да се извършват на етапи.",
        "Строителството трябва да започне през пролетта и да приключи до две години. Част от алеите около "
        "канала ще бъдат временно затворени за посетители.",
    ),
    read_also="Прочетете още: Нови велоалеи свързват Тракия с центъра на Пловдив",
    advertisement="Реклама",
    tags="Етикети: Пловдив, Гребна база, ремонт",
    related=(
        "Свързани новини",
        "Нови велоалеи свързват Тракия с центъра на Пловдив",
        "Градският транспорт в Пловдив минава на електронни билети",
    ),
    comments=("Коментари (4)", "Добави коментар", "Име *", "Имейл *", "Изпрати коментар"),
    cookie=(
        "Този сайт използва бисквитки, за да подобри вашето преживяване и да анализира посещаемостта. "
        "Приемам всички"
    ),
    footer=(
        "Политика за поверителност | Общи условия | Контакти | За нас",
        "© 2024 Марицин вестник. Всички права запазени.",
    ),
)

STORIES = [CZECH, SLOVAK, UKRAINIAN, GREEK, HUNGARIAN, BULGARIAN]
LANGS = [story.lang for story in STORIES]


@pytest.mark.parametrize(
    ("story", "read_also"),
    [
        # the phrase alone on its line (in capitals, as many sites print it), the linked headline on the next one
        (CZECH, "ČTĚTE TAKÉ\nOprava Kamenného mostu v Písku skončí až na podzim"),
        (CZECH, "Přečtěte si také: Oprava Kamenného mostu v Písku skončí až na podzim"),
        (SLOVAK, "ČÍTAJTE AJ\nV Prešove pribudne nové detské ihrisko pri rieke Torysa"),
        (SLOVAK, "Prečítajte si aj: V Prešove pribudne nové detské ihrisko pri rieke Torysa"),
        (UKRAINIAN, "ЧИТАЙТЕ ТАКОЖ\nУ Вінниці запустили нові тролейбуси на лівому березі"),
        (UKRAINIAN, "Дивіться також: У Вінниці запустили нові тролейбуси на лівому березі"),
        (GREEK, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ\nΑλλάζουν τα δρομολόγια των λεωφορείων στην ανατολική Θεσσαλονίκη"),
        (GREEK, "Διαβάστε ακόμη: Αλλάζουν τα δρομολόγια των λεωφορείων στην ανατολική Θεσσαλονίκη"),
        (HUNGARIAN, "EZT IS OLVASSA EL\nFelújítják a szegedi villamosvonal Tisza-hídi szakaszát"),
        (HUNGARIAN, "Kapcsolódó cikk: Felújítják a szegedi villamosvonal Tisza-hídi szakaszát"),
        (BULGARIAN, "ВИЖТЕ ОЩЕ\nНови велоалеи свързват Тракия с центъра на Пловдив"),
        (BULGARIAN, "Още по темата: Нови велоалеи свързват Тракия с центъра на Пловдив"),
    ],
)
def test_read_also_in_the_text(story: Story, read_also: str) -> None:
    assert_read_also_goes(story, read_also)


@pytest.mark.parametrize(
    ("story", "line", "author"),
    [
        (CZECH, "Napsala Jana Dvořáková", "Jana Dvořáková"),
        (CZECH, "Autor: Jana Dvořáková, redaktorka", "Jana Dvořáková"),
        (SLOVAK, "Napísal Martin Kováč", "Martin Kováč"),
        (SLOVAK, "Autor: Martin Kováč, redaktor", "Martin Kováč"),
        (UKRAINIAN, "Авторка: Олена Коваленко", "Олена Коваленко"),
        (UKRAINIAN, "Автор: Олена Коваленко, кореспондентка", "Олена Коваленко"),
        (GREEK, "Γράφει ο Γιώργος Παπαδάκης", "Γιώργος Παπαδάκης"),
        (GREEK, "ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΑΚΗ", "ΓΙΩΡΓΟΥ ΠΑΠΑΔΑΚΗ"),
        (GREEK, "Της Ελένης Μαυρίδου", "Ελένης Μαυρίδου"),
        (HUNGARIAN, "Írta: Kovács Eszter", "Kovács Eszter"),
        (HUNGARIAN, "Szerző: Kovács Eszter, újságíró", "Kovács Eszter"),
        (BULGARIAN, "Автор: Мария Георгиева, репортер", "Мария Георгиева"),
        (BULGARIAN, "Публикувано от Мария Георгиева", "Мария Георгиева"),
        (BULGARIAN, "от Мария Георгиева", "Мария Георгиева"),  # lexicons/bg/byline-own.txt
    ],
)
def test_labelled_bylines(story: Story, line: str, author: str) -> None:
    assert_byline_read(story, line, author)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Autor: Jana Dvořáková", "Jana Dvořáková"),
        ("Napsal Tomáš Kratochvíl", "Tomáš Kratochvíl"),
        ("Autorka: Zuzana Horváthová", "Zuzana Horváthová"),
        ("Автор: Олена Коваленко", "Олена Коваленко"),
        ("Γράφει η Μαρία Καλλέργη", "Μαρία Καλλέργη"),
        ("Szerző: Kovács Eszter", "Kovács Eszter"),
        ("Автор: Мария Георгиева", "Мария Георгиева"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


# The genitive article before a Greek writer's name ("Του Νίκου Αλεξίου") and the Bulgarian "от" are
# prefixes on their own language's pages only (`lexicons/el/byline-own.txt`, `lexicons/bg/byline-own.txt`).
@pytest.mark.parametrize(
    ("line", "lang", "author"),
    [
        ("Του Νίκου Αλεξίου", "el", "Νίκου Αλεξίου"),
        ("Της Μαρίας Καλλέργη", "el", "Μαρίας Καλλέργη"),
        ("ΤΟΥ ΝΙΚΟΥ ΑΛΕΞΙΟΥ", "el", "ΝΙΚΟΥ ΑΛΕΞΙΟΥ"),
        ("от Мария Георгиева", "bg", "Мария Георгиева"),
    ],
)
def test_own_language_byline_prefixes(line: str, lang: str, author: str) -> None:
    assert byline.own_language_author(fold(line), line, lang) == author
    assert byline.byline_author(fold(line), line, len(line.split())) is None  # not on other pages
    assert byline.own_language_author(fold(line), line, "ru" if lang == "bg" else "en") is None


# "Του", "Της", "Των", "от" open headlines and sentences too: only a name after them, every word
# capitalised, makes a byline (metadata/byline.py).
@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Της Ελλάδας η φωνή ακούστηκε στις Βρυξέλλες", "el"),
        ("Των εργαζομένων οι απεργίες συνεχίζονται", "el"),
        ("Του έδωσαν προθεσμία μέχρι την Παρασκευή.", "el"),
        ("Autor knihy převzal cenu.", "cs"),
        ("Автор законопроєкту пояснив зміни.", "uk"),
        ("Публикувано от министерството на финансите", "bg"),
        ("От 1 януари таксата се увеличава", "bg"),
        ("От София до Варна", "bg"),
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str, lang: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None
    assert byline.own_language_author(fold(line), line, lang) is None


# Two writers joined by the Greek "και" ("Των Νίκου Αλεξίου και Μαρίας Καλλέργη"): metadata/byline.py
# knows the joining words of other languages only (JOINING_WORDS, NAME_PARTICLES), a change of Python code.
@pytest.mark.xfail(strict=True, reason="'και' is no joining word of metadata/byline.py")
def test_two_greek_writers() -> None:
    line = "Των Νίκου Αλεξίου και Μαρίας Καλλέργη"
    assert byline.own_language_author(fold(line), line, "el") == "Νίκου Αλεξίου και Μαρίας Καλλέργη"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Czech
        ("Čtěte také:", "read-also"),
        ("Přečtěte si také: Oprava mostu skončí na podzim", "read-also"),
        ("Související články", "related"),
        ("Nejčtenější", "related"),
        ("Mohlo by vás zajímat", "related"),
        ("Sdílet", "share"),
        ("Odkaz byl zkopírován", "share"),
        ("Sdílet: Písek postaví novou lávku přes Otavu", "share-lead"),
        ("Diskuse", "comments"),
        ("12 komentářů", "comments"),
        ("Vstoupit do diskuse", "comments"),
        ("Zobrazit dalších 9 příspěvků", "comments"),
        ("Vaše e-mailová adresa nebude zveřejněna.", "form"),
        ("Používáme soubory cookie.", "cookie"),
        ("Přihlaste se k odběru newsletteru", "newsletter"),
        ("Sledujte nás na Facebooku", "newsletter"),
        ("Podpořte nezávislou žurnalistiku", "donation"),
        ("Článek je dostupný pouze pro předplatitele", "paywall"),
        ("Všechna práva vyhrazena", "footer"),
        ("Podmínky užívání", "footer-links"),
        ("Přeskočit na obsah", "navigation"),
        ("Komerční sdělení", "advertisement"),
        ("Článek pokračuje pod reklamou", "advertisement"),
        ("Ilustrační foto", "caption-credit"),
        ("Klíčová slova: Písek, doprava", "tags"),
        ("Poslechněte si článek", "player"),
        ("Doba čtení: 4 minuty", "reading-time"),
        # Slovak
        ("Čítajte aj", "read-also"),
        ("Najčítanejšie", "related"),
        ("Zdieľať článok", "share"),
        ("Pridať komentár", "comments"),
        ("Zobraziť ďalších 12 komentárov", "comments"),
        ("Vaša e-mailová adresa nebude zverejnená.", "form"),
        ("Táto stránka používa cookies.", "cookie"),
        ("Všetky práva vyhradené", "footer"),
        ("Ochrana osobných údajov", "footer-links"),
        ("Späť hore", "navigation"),
        ("Článok pokračuje pod reklamou", "advertisement"),
        ("Kľúčové slová: Prešov", "tags"),
        ("Podporte nezávislú žurnalistiku", "donation"),
        ("Čas čítania: 3 min", "reading-time"),
        # Ukrainian
        ("Читайте також", "read-also"),
        ("Читайте також: У Вінниці запустили тролейбуси", "read-also"),
        ("Новини за темою", "related"),
        ("Найпопулярніше", "related"),
        ("Поділитися", "share"),
        ("Посилання скопійовано", "share"),
        ("12 коментарів", "comments"),
        ("Щоб залишити коментар, увійдіть через Facebook або Google.", "notice"),
        ("Ми використовуємо файли cookie.", "cookie"),
        ("Усі права захищені", "footer"),
        ("Політика конфіденційності", "footer-links"),
        ("Партнерський матеріал", "advertisement"),
        ("Підписуйтесь на наш Telegram-канал", "newsletter"),
        ("Підтримайте незалежну журналістику", "donation"),
        ("Фото ілюстративне", "caption-credit"),
        ("Теги:", "tags"),
        ("Час читання: 4 хв", "reading-time"),
        # Greek
        ("Διαβάστε επίσης:", "read-also"),
        ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Αλλάζουν τα δρομολόγια", "read-also"),
        ("Δείτε ακόμα: Αλλάζουν τα δρομολόγια", "read-also"),
        ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "related"),
        ("Μπορεί να σας ενδιαφέρει", "related"),
        ("Αντιγραφή συνδέσμου", "share"),
        ("ΣΧΟΛΙΑ", "comments"),
        ("Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "cookie"),
        ("Ακολουθήστε μας στο Google News", "newsletter"),
        ("Ακολουθήστε το Θερμαϊκός Παλμός στο Google News", "newsletter"),
        ("Διαφήμιση", "advertisement"),
        ("ΔΙΑΦΗΜΙΣΗ", "advertisement"),
        ("Όροι χρήσης", "footer-links"),
        ("Με την επιφύλαξη παντός δικαιώματος", "footer"),
        ("Επιστροφή στην αρχή", "navigation"),
        ("Φωτογραφία αρχείου", "caption-credit"),
        ("Ετικέτες:", "tags"),
        ("Ακούστε το άρθρο", "player"),
        # Hungarian
        ("Olvassa el ezt is!", "read-also"),
        ("Legolvasottabb", "related"),
        ("Ezek is érdekelhetik", "related"),
        ("Link másolása", "share"),
        ("12 hozzászólás", "comments"),
        ("Sütiket használunk a weboldal működéséhez.", "cookie"),
        ("Iratkozzon fel hírlevelünkre!", "newsletter"),
        ("Kövessen minket a Facebookon!", "newsletter"),
        ("Támogassa a független újságírást!", "donation"),
        ("A cikk csak előfizetőknek érhető el.", "paywall"),
        ("Minden jog fenntartva", "footer"),
        ("Impresszum", "footer-links"),
        ("Ugrás a tartalomra", "navigation"),
        ("Szponzorált tartalom", "advertisement"),
        ("Fotó: illusztráció", "caption-credit"),
        ("Kulcsszavak: Szeged", "tags"),
        ("Olvasási idő: 4 perc", "reading-time"),
        # Bulgarian
        ("Прочетете още:", "read-also"),
        ("Вижте още: Нови велоалеи в Пловдив", "read-also"),
        ("Най-четени", "related"),
        ("Още по темата", "related"),
        ("Сподели", "share"),
        ("Линкът е копиран", "share"),
        ("12 коментара", "comments"),
        ("Използваме бисквитки, за да подобрим услугите си.", "cookie"),
        ("Абонирайте се за нашия бюлетин", "newsletter"),
        ("Всички права запазени", "footer"),
        ("Общи условия", "footer-links"),
        ("Платена публикация", "advertisement"),
        ("Снимка: архив", "caption-credit"),
        ("Ключови думи: Пловдив", "tags"),
        ("Време за четене: 3 мин", "reading-time"),
    ],
)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jana Dvořáková je redaktorka zpravodajství.", "end-note"),
        ("O autorovi", "author-box"),
        ("Martin Kováč je novinár a spisovateľ.", "end-note"),
        ("Про автора", "author-box"),
        ("Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter", "end-note"),
        ("Ο Νίκος Αλεξίου είναι δημοσιογράφος και συγγραφέας.", "end-note"),
        ("A szerző közgazdász, egyetemi oktató.", "end-note"),
        ("Мария Георгиева е журналист и писател.", "end-note"),
        ("За автора", "author-box"),
    ],
)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    "text",
    [
        # Czech and Slovak: the words of buttons and banners in sentences and sub-headings
        "Vláda chce sdílet data o dopravě s kraji a obcemi.",
        "Diskuse o rozpočtu pokračovala až do večera.",
        "Související náklady",
        "Nejčtenější knihy roku",
        "Doporučujeme vám přijít včas, řekl ředitel.",
        "Firma musí přijmout vše, co úřad nařídí.",
        "Služba bude dostupná jen pro předplatitele a firmy.",
        "Diskusia o zákone sa skončila.",
        "Domov dôchodcov",
        "Celá obrazovka byla černá.",
        "Nejnovější zprávy z Ukrajiny",  # a cross-heading: a related list's heading would end the text
        "Další zprávy přinese odpoledne.",
        "Registrace vozidel",
        # Ukrainian and Bulgarian
        "Місто хоче поділитися досвідом з іншими громадами.",
        "Коментарі експертів розділилися.",
        "Популярне вино",
        "Вход свободен",
        "Още новини следват.",
        "Останні новини з фронту",
        "Промо акція",
        "Кметът ще сподели плановете си на сесията.",
        # Greek
        "Η κοινοποίηση των στοιχείων έγινε την Τρίτη.",
        "Σχόλια του υπουργού για την οικονομία",
        "Ψηφιακή ταυτότητα",
        "Δείτε επίσης τι είπε ο υπουργός.",
        # Hungarian
        "A megosztás szabályai változnak",
        "A hozzászólások szerint a döntés elhamarkodott volt.",
        "Szünet után folytatták a tárgyalást.",
        "Kapcsolat Oroszországgal",
        "További hírek szerint a döntés csúszik.",
        "Nemzeti Galéria",
        "Ez is érdekelheti az olvasókat.",
        "Mohlo by vás zajímat, kolik to stojí.",
        "Μπορεί να σας ενδιαφέρει ότι το έργο καθυστερεί.",
    ],
)
def test_sentences_and_headlines_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("20. března 2025 6:00", "2025-03-20"),
        ("Publikováno 20. března 2025 v 6:00", "2025-03-20"),
        ("Aktualizováno: 3. října 2024, 14:05", "2024-10-03"),
        ("čtvrtek 20. března 2025", "2025-03-20"),
        ("Publikované 8. apríla 2025 o 7:30", "2025-04-08"),
        ("utorok, 8. apríla 2025", "2025-04-08"),
        ("Aktualizované 12. decembra 2024, 18:20", "2024-12-12"),
        ("20 березня 2025, 06:00", "2025-03-20"),
        ("14 лютого 2025 о 09:15", "2025-02-14"),
        ("Оновлено: 3 травня 2024, 12:40", "2024-05-03"),
        ("п'ятниця, 14 лютого 2025", "2025-02-14"),
        ("06 Μαΐου 2025, 08:45", "2025-05-06"),
        ("Τρίτη, 20 Μαρτίου 2025 στις 10:00", "2025-03-20"),
        ("ΕΝΗΜΕΡΩΘΗΚΕ: 20 ΜΑΡΤΙΟΥ 2025, 10:00", "2025-03-20"),
        ("Δημοσίευση: 3 Οκτ 2024 | 14:05", "2024-10-03"),
        ("Публикувана: 19 ноември 2024, 08:30 ч.", "2024-11-19"),
        ("Обновена: 20 март 2025 г., 10:15", "2025-03-20"),
        ("вторник, 19 ноември 2024", "2024-11-19"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "před 5 minutami",
        "pred 2 hodinami",
        "5 хвилин тому",
        "πριν από 3 ώρες",
        "2 órája",
        "преди 3 часа",
    ],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Aktualizováno 21. března 2025 10:00, publikováno 20. března 2025 6:00", "2025-03-20"),
        ("Оновлено 15 лютого 2025, 10:00 | Опубліковано 14 лютого 2025, 09:15", "2025-02-14"),
        ("Ενημερώθηκε 7 Μαΐου 2025, 10:00 | Δημοσιεύθηκε 6 Μαΐου 2025, 08:45", "2025-05-06"),
        ("Обновена 20 ноември 2024, 10:00 | Публикувана 19 ноември 2024, 08:30", "2024-11-19"),
    ],
)
def test_the_publication_date_before_the_update(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "name",
    ["března", "září", "apríla", "októbra", "березня", "лютий", "Μαΐου", "ΜΑΡΤΙΟΥ", "Μάρτιος", "március", "márc", "ноември", "юни"],
)
def test_month_names(name: str) -> None:
    # (a byline's trailing month goes too, metadata/byline.py)
    assert is_month_name(name)
