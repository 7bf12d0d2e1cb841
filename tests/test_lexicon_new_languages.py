"""The chrome vocabulary and the dates of six languages: Azerbaijani (Azerbaijan), Kazakh (Cyrillic, and the Latin
alphabet some sites print), Kyrgyz, Uzbek (Latin, its apostrophes written ʻ ʼ ' ’, and Cyrillic), Northern Kurdish
(Kurmanji: the sites of Turkey, Syria and Iraqi Kurdistan) and Pashto (Afghanistan and Pakistan):
`lexicons/{az,kk,ky,uz,ku,ps}/*.txt` and their `dates.toml`.

Each language has lines of chrome its files must label (menus, share buttons, related and most-read headings,
inline teasers, photo credits, comment sections and forms, cookie banners, tags, footers...), bylines its prefixes
open, and, the other half that matters as much, sentences and subheadings of the text that use the same words and
are no chrome ("Son xəbərlərə görə ...", "Тәжірибе бөлісу", "Kitob chop etildi.", "Nûçeyên dawî nîşan didin ku
...", "اړوند خبرونه یې رد کړل."). A related heading ends the article, so a sentence taken for one would cut it.

Pashto imperatives end in "ئ", which folds to "ي": "نظر ورکړئ" (give your opinion) reads as "نظر ورکړي" (they give
their opinion), so those buttons are matched alone on their line only.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

TRAILING = {"author-box", "end-note"}

CHROME = [
    # Azerbaijani (APA, Report, Oxu.az, Qafqazinfo, Azadlıq Radiosu, BBC Azərbaycanca)
    ("Oxşar xəbərlər", "related"),
    ("Ən çox oxunanlar", "related"),
    ("Həmçinin oxuyun: Bakıda yeni metro stansiyası açılır", "read-also"),
    ("Oxu: Prezident yeni fərman imzaladı", "read-also"),
    ("Şərhlər (3)", "comments"),
    ("Bir cavab yazın", "comments"),
    ("Paylaş", "share"),
    ("Linki kopyala", "share"),
    ("Ana səhifə", "navigation"),
    ("Ana səhifə » Xəbərlər » Siyasət", "navigation"),
    ("Foto: APA", "caption-credit"),
    ("Arxiv fotosu", "caption-credit"),
    ("Bu sayt kukilərdən istifadə edir.", "cookie"),
    ("Saytdan istifadəyə davam etməklə siz kuki fayllarının istifadəsinə razılıq verirsiniz.", "cookie"),
    ("Adınız *", "form"),
    ("E-poçt ünvanınız dərc edilməyəcək.", "form"),
    ("Teqlər: Bakı, metro", "tags"),
    ("Açar sözlər", "tags"),
    ("Bütün hüquqlar qorunur.", "footer"),
    ("Haqqımızda | Əlaqə | Reklam | Məxfilik siyasəti", "footer-links"),
    ("Telegram kanalımıza abunə olun", "newsletter"),
    ("Xəbərləri Telegram-da izləyin", "newsletter"),
    ("TƏCİLİ: Bakıda güclü külək əsir", "ticker"),
    ("Son dəqiqə", "ticker"),
    ("Sponsorlu məzmun", "advertisement"),
    ("Oxunma müddəti: 3 dəqiqə", "reading-time"),
    ("1204 baxış", "reading-time"),
    ("Videonu izləyin", "player"),
    ("Səs ver", "poll"),
    ("Paylaş: Bakıda yeni park açıldı", "share-lead"),
    ("Müstəqil jurnalistikaya dəstək olun", "donation"),
    ("Brauzeriniz video teqini dəstəkləmir.", "notice"),
    ("Bu material yalnız abunəçilər üçündür.", "paywall"),
    ("Premium məzmun", "paywall"),
    ("Sponsorlu material", "advertisement"),
    ("Nəticələrə bax", "poll"),
    ("Dinlə", "player"),
    ("Xəbəri paylaş: Gəncədə yeni körpü açıldı", "share-lead"),
    ("İanə et", "donation"),
    ("Xəbəriniz var? WhatsApp: +994 50 000 00 00", "notice"),
    ("Oxucu şərhləri", "comments"),
    # Kazakh (Kazinform, Egemen Qazaqstan, Abai.kz, Azattyq, Khabar), Cyrillic and Latin
    ("Ұқсас жаңалықтар", "related"),
    ("Көп оқылғандар", "related"),
    ("Uqsas jañalyqtar", "related"),
    ("Тағы оқыңыз: Астанада жаңа саябақ ашылды", "read-also"),
    ("Оқи отырыңыз", "read-also"),
    ("Пікірлер (3)", "comments"),
    ("Пікір қалдырыңыз", "comments"),
    ("Бөлісу", "share"),
    ("Сілтемені көшіру", "share"),
    ("Басты бет", "navigation"),
    ("Басты бет » Жаңалықтар » Қоғам", "navigation"),
    ("Сурет: Ақорда баспасөз қызметі", "caption-credit"),
    ("Фото ашық дереккөздерден", "caption-credit"),
    ("Біз cookie файлдарын пайдаланамыз.", "cookie"),
    ("Сайтты пайдалануды жалғастыра отырып, сіз cookie файлдарын пайдалануға келісесіз.", "cookie"),
    ("Атыңыз *", "form"),
    ("Электрондық пошта мекенжайыңыз жарияланбайды.", "form"),
    ("Тегтер: Астана, саябақ", "tags"),
    ("Кілт сөздер", "tags"),
    ("Барлық құқықтар қорғалған.", "footer"),
    ("Біз туралы | Байланыс | Жарнама | Құпиялылық саясаты", "footer-links"),
    ("Kazinform-ның Telegram арнасына жазылыңыз", "newsletter"),
    ("ШҰҒЫЛ: Алматыда жер сілкінісі болды", "ticker"),
    ("Жарнама", "advertisement"),
    ("Оқу уақыты: 3 минут", "reading-time"),
    ("1204 рет қаралды", "reading-time"),
    ("Бейнені көру", "player"),
    ("Бөлісу: Астанада жаңа саябақ ашылды", "share-lead"),
    ("Тәуелсіз журналистиканы қолдаңыз", "donation"),
    ("Браузеріңіз бейнені қолдамайды.", "notice"),
    ("Бұл материал тек жазылушыларға арналған.", "paywall"),
    ("Бізді әлеуметтік желілерде оқыңыз", "newsletter"),
    ("Жедел хабар", "ticker"),
    ("Жарнама құқығында", "advertisement"),
    ("Дауыс беріңіз", "poll"),
    ("Нәтижелерді көру", "poll"),
    ("Тәуелсіз баспасөзді қолдаңыз", "donation"),
    ("Жаңалық толықтырылуда", "notice"),
    ("Бізбен байланыс | Пайдалану шарттары | Сайт картасы", "footer-links"),
    ("Сайт материалдарын пайдаланғанда сілтеме жасау міндетті.", "footer"),
    # Kyrgyz (Kabar, Azattyk, Sputnik Кыргызстан, Kyrgyz Tuusu, BBC Кыргыз)
    ("Окшош жаңылыктар", "related"),
    ("Эң көп окулгандар", "related"),
    ("Дагы окуңуз: Бишкекте жаңы парк ачылды", "read-also"),
    ("Тема боюнча: Өкмөт жаңы программаны бекитти", "read-also"),
    ("Пикирлер (5)", "comments"),
    ("Пикир калтырыңыз", "comments"),
    ("Бөлүшүү", "share"),
    ("Шилтемени көчүрүү", "share"),
    ("Башкы бет", "navigation"),
    ("Башкы бет » Жаңылыктар » Коом", "navigation"),
    ("Сүрөт: Президенттин басма сөз кызматы", "caption-credit"),
    ("Архивдик сүрөт", "caption-credit"),
    ("Биз cookie файлдарын колдонобуз.", "cookie"),
    ("Сайтты колдонууну улантуу менен сиз cookie файлдарын колдонууга макул болосуз.", "cookie"),
    ("Атыңыз *", "form"),
    ("Электрондук почтаңыз жарыяланбайт.", "form"),
    ("Тегдер: Бишкек, парк", "tags"),
    ("Ачкыч сөздөр", "tags"),
    ("Бардык укуктар корголгон.", "footer"),
    ("Биз жөнүндө | Байланыш | Жарнама | Купуялык саясаты", "footer-links"),
    ("Биздин Telegram каналыбызга жазылыңыз", "newsletter"),
    ("ШАШЫЛЫШ: Ошто жер титиреди", "ticker"),
    ("Жарнама укугунда", "advertisement"),
    ("Окуу убактысы: 3 мүнөт", "reading-time"),
    ("1204 жолу окулду", "reading-time"),
    ("Видеону көрүңүз", "player"),
    ("Добуш бериңиз", "poll"),
    ("Бөлүшүү: Бишкекте жаңы парк ачылды", "share-lead"),
    ("Көз карандысыз журналистиканы колдоңуз", "donation"),
    ("Браузериңиз видеону колдобойт.", "notice"),
    ("Жаңылык толукталууда", "notice"),
    ("Бизди социалдык тармактарда ээрчиңиз", "newsletter"),
    ("Шашылыш кабар", "ticker"),
    ("Жарнама", "advertisement"),
    ("Жыйынтыктарды көрүү", "poll"),
    ("Бизди колдоңуз", "donation"),
    ("Колдонуу шарттары | Сайттын картасы | Байланыш", "footer-links"),
    ("Материалдарды колдонууда шилтеме берүү милдеттүү.", "footer"),
    ("Макаланы угуу", "player"),
    ("Бул материал жазылуучулар үчүн гана.", "paywall"),
    # Uzbek (Kun.uz, Daryo, Gazeta.uz, UzA, Ozodlik, BBC O'zbek): Latin with every apostrophe, and Cyrillic
    ("Oʻxshash yangiliklar", "related"),
    ("Ko‘p o‘qilganlar", "related"),
    ("O'xshash yangiliklar", "related"),
    ("Кўп ўқилганлар", "related"),
    ("Yana oʻqing: Toshkentda yangi metro bekati ochildi", "read-also"),
    ("Mavzuga oid: Hukumat yangi dasturni tasdiqladi", "read-also"),
    ("Шунингдек ўқинг: Тошкентда янги боғ очилди", "read-also"),
    ("Izohlar (3)", "comments"),
    ("Izoh qoldiring", "comments"),
    ("Изоҳлар", "comments"),
    ("Ulashish", "share"),
    ("Havolani nusxalash", "share"),
    ("Bosh sahifa", "navigation"),
    ("Bosh sahifa » Yangiliklar » Jamiyat", "navigation"),
    ("Бош саҳифа", "navigation"),
    ("Foto: Prezident matbuot xizmati", "caption-credit"),
    ("Arxiv surati", "caption-credit"),
    ("Biz cookie fayllaridan foydalanamiz.", "cookie"),
    ("Saytdan foydalanishni davom ettirib, siz cookie fayllaridan foydalanishga rozilik bildirasiz.", "cookie"),
    ("Ismingiz *", "form"),
    ("Elektron pochta manzilingiz chop etilmaydi.", "form"),
    ("Teglar: Toshkent, metro", "tags"),
    ("Kalit soʻzlar", "tags"),
    ("Barcha huquqlar himoyalangan.", "footer"),
    ("Барча ҳуқуқлар ҳимояланган.", "footer"),
    ("Biz haqimizda | Aloqa | Reklama | Maxfiylik siyosati", "footer-links"),
    ("Kun.uz'ni Telegram'da kuzatib boring", "newsletter"),
    ("Telegram kanalimizga obuna boʻling", "newsletter"),
    ("SHOSHILINCH: Toshkentda kuchli shamol", "ticker"),
    ("Reklama huquqi asosida", "advertisement"),
    ("Oʻqish vaqti: 3 daqiqa", "reading-time"),
    ("1204 marta koʻrildi", "reading-time"),
    ("Videoni koʻring", "player"),
    ("Ulashish: Toshkentda yangi park ochildi", "share-lead"),
    ("Mustaqil jurnalistikani qoʻllab-quvvatlang", "donation"),
    ("Brauzeringiz videoni qoʻllab-quvvatlamaydi.", "notice"),
    ("Xabar yangilanmoqda", "notice"),
    ("Ovoz bering", "poll"),
    ("Reklama", "advertisement"),
    ("Ushbu material faqat obunachilar uchun.", "paywall"),
    # Northern Kurdish, Kurmanji (Rudaw, ANF, Kurdistan24, Mezopotamya Ajansı, VOA Kurdî)
    ("Nûçeyên têkildar", "related"),
    ("Yên herî zêde hatine xwendin", "related"),
    ("Bixwîne: Li Amedê parka nû hat vekirin", "read-also"),
    ("Herwiha bixwînin: Hikûmetê bernameya nû pejirand", "read-also"),
    ("Şîrove (3)", "comments"),
    ("Şîroveyek binivîse", "comments"),
    ("Parve bike", "share"),
    ("Lînkê kopî bike", "share"),
    ("Rûpela sereke", "navigation"),
    ("Destpêk » Nûçe » Civak", "navigation"),
    ("Wêne: ANF", "caption-credit"),
    ("Wêneya arşîvê", "caption-credit"),
    ("Em çerezan bi kar tînin.", "cookie"),
    ("Ev malper cookie bi kar tîne da ku ezmûna te baştir bike.", "cookie"),
    ("Navê te *", "form"),
    ("Navnîşana e-nameya te nayê weşandin.", "form"),
    ("Etîket: Amed, park", "tags"),
    ("Peyvên sereke", "tags"),
    ("Hemû maf parastî ne.", "footer"),
    ("Derbarê me de | Têkilî | Reklam | Polîtîkaya nepeniyê", "footer-links"),
    ("Me li Telegramê bişopînin", "newsletter"),
    ("LEZGÎN: Li Hewlêrê erdhej çêbû", "ticker"),
    ("Naveroka sponsorkirî", "advertisement"),
    ("Dema xwendinê: 3 deqîqe", "reading-time"),
    ("1204 caran hat xwendin", "reading-time"),
    ("Vîdyoyê temaşe bikin", "player"),
    ("Deng bide", "poll"),
    ("Parve bike: Li Amedê parka nû hat vekirin", "share-lead"),
    ("Piştgiriya rojnamegeriya azad bikin", "donation"),
    ("Geroka we piştgiriya vîdyoyê nake.", "notice"),
    ("Ev nûçe tê nûkirin", "notice"),
    ("Bibe abone", "newsletter"),
    ("Nûçeya lezgîn", "ticker"),
    ("Reklam", "advertisement"),
    ("Encaman bibîne", "poll"),
    ("Piştgiriyê bide me", "donation"),
    ("Mercên bikaranînê | Nexşeya malperê", "footer-links"),
    ("Hemû mafên wê ji bo Rudawê parastî ne.", "footer"),
    ("Nûçeyê guhdarî bike", "player"),
    ("Ev naverok tenê ji bo aboneyan e.", "paywall"),
    # Pashto (BBC Pashto, Azadi Radio, VOA Deewa, Tolo News, Pajhwok, Mashaal), with ی and ي, ې and ی alike
    ("اړوند خبرونه", "related"),
    ("ډېر لوستل شوي", "related"),
    ("تر ټولو ډیر لوستل شوي خبرونه", "related"),
    ("دا هم ولولئ: په کابل کې نوی پارک پرانیستل شو", "read-also"),
    ("اړوند: حکومت نوی پروګرام تصویب کړ", "read-also"),
    ("نظرونه", "comments"),
    ("خپل نظر ولیکئ", "comments"),
    ("شریکول", "share"),
    ("په فیسبوک کې شریک کړئ", "share"),
    ("کور پاڼه", "navigation"),
    ("کور » خبرونه » ټولنه", "navigation"),
    ("انځور: بي بي سي", "caption-credit"),
    ("د انځور سرچینه، Getty Images", "caption-credit"),
    ("آرشیفي انځور", "caption-credit"),
    ("موږ کوکیز کاروو", "cookie"),
    ("دا ویب پاڼه د ښه تجربې لپاره کوکیز کاروي.", "cookie"),
    ("نوم *", "form"),
    ("ستاسو برېښنالیک به نه خپرېږي", "form"),
    ("ټګونه: کابل، پارک", "tags"),
    ("اړوندې موضوعګانې", "tags"),
    ("ټول حقوق خوندي دي", "footer"),
    ("زموږ په اړه | اړیکه | اعلانونه | د محرمیت پالیسي", "footer-links"),
    ("زموږ د ټیلیګرام چینل سره یوځای شئ", "newsletter"),
    ("عاجل: په هرات کې زلزله", "ticker"),
    ("سپانسر شوې منځپانګه", "advertisement"),
    ("د لوستلو وخت: ۳ دقیقې", "reading-time"),
    ("۱۲۰۴ ځله لیدل شوی", "reading-time"),
    ("دا خبر واورئ", "player"),
    ("ویډیو وګورئ", "player"),
    ("د راپور اوریدل", "player"),
    ("اوریدل", "player"),
    ("فوټو: پژواک", "caption-credit"),
    ("رایه ورکړئ", "poll"),
    ("شریکول: په کابل کې نوی پارک پرانیستل شو", "share-lead"),
    ("زموږ ملاتړ وکړئ", "donation"),
    ("ستاسو براوزر دا ویډیو نه شي چلولی", "notice"),
    ("دا خبر بشپړېږي", "notice"),
    ("خبرپاڼه", "newsletter"),
    ("تازه خبر", "ticker"),
    ("اعلان", "advertisement"),
    ("پایلې وګورئ", "poll"),
    ("بسپنه ورکړئ", "donation"),
    ("د کارونې شرطونه | د سایټ نقشه", "footer-links"),
    ("دا مطلب یوازې د ګډون کوونکو لپاره دی", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("Müəllif haqqında", "author-box"),
    ("MÜƏLLİF HAQQINDA", "author-box"),
    ("Mənbə: APA", "end-note"),
    ("Müəllifin fikirləri redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər.", "end-note"),
    ("Автор туралы", "author-box"),
    ("Дайындаған: Айгүл Серікқызы", "end-note"),
    ("Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін.", "end-note"),
    ("Автор жөнүндө", "author-box"),
    ("Булак: Kabar", "end-note"),
    ("Автордун пикири редакциянын көз карашына дал келбеши мүмкүн.", "end-note"),
    ("Muallif haqida", "author-box"),
    ("Manba: Kun.uz", "end-note"),
    ("Muallif fikri tahririyat nuqtai nazariga mos kelmasligi mumkin.", "end-note"),
    ("Derbarê nivîskar de", "author-box"),
    ("Çavkanî: Rudaw", "end-note"),
    ("Nêrînên di vê gotarê de yên nivîskar in û ne helwesta Rudawê ne.", "end-note"),
    ("د لیکوال په اړه", "author-box"),
    ("سرچینه: پژواک", "end-note"),
    ("په دې لیکنه کې څرګند شوي نظرونه د لیکوال خپل دي.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Azerbaijani: "son xəbərlərə görə" (according to the latest news), a comment, a share, print, a contact in prose
    "Son xəbərlərə görə, nazir istefa verib.",
    "Ekspert şərhləri fərqlidir.",
    "Prezident sənədi imzalayıb və sosial şəbəkələrdə paylaşıb.",
    "Kitab çap olunub.",
    "Mövzu ilə bağlı açıqlama verən nazir bildirib ki, layihə başa çatıb.",
    "Nazirlik əlaqə saxlamağa çalışıb.",
    "Reklam bazarı böyüyür",
    "Yeni xidmət abunəçilər üçün pulsuzdur.",
    "Ən çox oxunan kitablar",
    "Müəllif qeyd edir ki, islahatlar davam edəcək.",
    "Sayt kukilərdən istifadə barədə qanunu pozub.",
    "Səs verənlərin sayı artıb.",
    # Kazakh: "share experience", an opinion, "the main problem", a search, the ad market
    "Соңғы жаңалықтар бойынша, министр отставкаға кетті.",
    "Сарапшылар пікірі екіге бөлінді.",
    "Мұғалімдер тәжірибе бөлісу үшін жиналды.",
    "Тәжірибе бөлісу",
    "Басты мәселе — баға.",
    "Іздеу жұмыстары жалғасуда.",
    "Жарнама нарығы өсті",
    "Ең көп оқылған кітаптар",
    "Автор атап өткендей, реформа жалғасады.",
    "Табиғатты сақтау маңызды.",
    "Жаңа қызмет жазылушыларға тегін.",
    # Kyrgyz
    "Акыркы жаңылыктарга караганда, министр кызматтан кетти.",
    "Эксперттердин пикири экиге бөлүндү.",
    "Мугалимдер тажрыйба бөлүшүү үчүн чогулушту.",
    "Издөө иштери уланууда.",
    "Башкы маселе — баа.",
    "Байланыш түзүлдү",
    "Эң көп окулган китептер",
    "Автор белгилегендей, реформа уланат.",
    "Жаратылышты сактоо маанилүү.",
    "Добуш берүү аяктады.",
    # Uzbek: "chop etildi" (was published), "Kirish" (an introduction), "ulashish" in prose
    "Soʻnggi yangiliklarga koʻra, vazir isteʼfoga chiqdi.",
    "Сўнгги янгиликларга кўра, вазир истеъфога чиқди.",
    "Mutaxassislar izohlari turlicha.",
    "Oʻqituvchilar tajriba ulashish uchun yigʻildi.",
    "Tajriba ulashish",
    "Kitob chop etildi.",
    "Qidiruv ishlari davom etmoqda.",
    "Reklama bozori oʻsdi",
    "Aloqa oʻrnatildi",
    "Eng koʻp oʻqilgan kitoblar",
    "Muallif taʼkidlaganidek, islohotlar davom etadi.",
    "Yangi xizmat obunachilar uchun bepul.",
    "Kirish qismida muallif muammoni tushuntiradi.",
    # Kurmanji: "Şîrove" (a commentary), "destpêk" (a beginning), "têkilî" (relations), "parve kirin" in prose
    "Nûçeyên dawî nîşan didin ku şer berdewam e.",
    "Şîroveya wezîr li ser rewşê balkêş bû.",
    "Parvekirin û hevkarî girîng in.",
    "Destpêka salê baran barî.",
    "Têkiliyên herdu welatan xurt bûn.",
    "Civak li ser vê mijarê nîqaş dike.",
    "Nivîskar got ku reform dê berdewam bike.",
    "Ev xizmeta nû ji bo aboneyan belaş e.",
    "Hevalên wî rewş li ser torên civakî parve kirin.",
    "Lêgerîna kesên winda berdewam dike.",
    # Pashto: the folded imperatives as third persons ("خپل نظر ورکړي", "ملاتړ وکړي"), "کور" a house, "اعلان" an
    # announcement, "اړوند" (concerned) in prose
    "اړوند خبرونه یې رد کړل.",
    "ولسمشر وویل چې د اړوند وزارت نظر به واخلي.",
    "هغوی به خپل نظر ورکړي.",
    "خلک دې خپل نظر ورکړي چې څه باید وشي.",
    "کور یې ړنګ شو",
    "نړیواله ټولنه باید له خپلواکو رسنیو ملاتړ وکړي.",
    "طالبانو دا خبر شریک کړ",
    "اعلان وشو چې ټاکنې به وځنډول شي.",
    "دا خبر واوره چې سبا رخصتي ده.",
    "نور خبرونه به وروسته خپاره شي.",
    "د خلکو د غږ اوریدل د حکومت دنده ده.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Müəllif: Aynur Həsənova", "Aynur Həsənova"),
        ("Hazırladı: Elvin Məmmədov, müxbir", "Elvin Məmmədov"),
        ("Автор: Айгүл Серікқызы, тілші", "Айгүл Серікқызы"),
        ("Дайындаған: Ерлан Қасымов", "Ерлан Қасымов"),
        ("Даярдаган: Айгерим Асанова", "Айгерим Асанова"),
        ("Автор: Бакыт Токтогулов, кабарчы", "Бакыт Токтогулов"),
        ("Muallif: Dilnoza Karimova, muxbir", "Dilnoza Karimova"),
        ("Тайёрлади: Жасур Алиев", "Жасур Алиев"),
        ("Nûçe: Rojda Ekinci", "Rojda Ekinci"),
        ("Amadekar: Şêrko Ehmed, nûçegihan", "Şêrko Ehmed"),
        ("لیکوال: احمد شاه ولي، خبریال", "احمد شاه ولي"),
        ("راپور: مریم احمدي", "مریم احمدي"),
        ("رپورټ: نعمان علي خان، مردان", "نعمان علي خان"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "Müəllif qeyd edir ki, islahatlar davam edəcək.",
        "Автор атап өткендей, реформа жалғасады.",
        "Muallif taʼkidlaganidek, islohotlar davom etadi.",
        "Nûçe li ser torên civakî belav bû.",
        "راپور وايي چې جګړه روانه ده",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


DATES = [
    # Azerbaijani
    ("12 mart 2025, 14:30", "2025-03-12"),
    ("Yayımlanıb: 3 avqust 2024-cü il", "2024-08-03"),
    ("Çərşənbə, 5 fevral 2025", "2025-02-05"),
    # Kazakh, Cyrillic and Latin
    ("12 наурыз 2025, 14:30", "2025-03-12"),
    ("Жарияланды: 5 желтоқсан 2024, 09:15", "2024-12-05"),
    ("3 naýryz 2025", "2025-03-03"),
    # Kyrgyz: the day, a hyphen, the month
    ("12-март, 2025", "2025-03-12"),
    ("Жарыяланды: 5-декабрь, 2024, 09:15", "2024-12-05"),
    # Uzbek, Latin and Cyrillic
    ("12-mart, 2025", "2025-03-12"),
    ("Seshanba, 3 sentabr 2024", "2024-09-03"),
    ("12 март 2025 йил", "2025-03-12"),
    # Kurmanji, with the izafe and the Arabic-derived names
    ("21 Adar 2025", "2025-03-21"),
    ("Hat weşandin: 3 Nîsana 2025, 14:30", "2025-04-03"),
    ("5 Çiriya Pêşîn 2024", "2024-10-05"),
    # Pashto, the Gregorian months
    ("۱۱ مارچ ۲۰۲۵", "2025-03-11"),
    ("درېشنبه ۳ اپرېل ۲۰۲۵", "2025-04-03"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


# Afghanistan's Pashto pages: the Solar Hijri calendar with the Pashto months, or the zodiac names Dari uses.
@pytest.mark.parametrize(
    ("text", "jalali", "iso"),
    [
        ("۲۱ کب ۱۴۰۳", "1403-12-21", "2025-03-11"),
        ("خپور شوی: ۲۰ غویی ۱۴۰۴", "1404-02-20", "2025-05-10"),
        ("۱ وری ۱۴۰۴", "1404-01-01", "2025-03-21"),
        ("۱۵ لړم ۱۴۰۳", "1403-08-15", "2024-11-05"),
    ],
)
def test_solar_hijri_dates_in_pashto(text: str, jalali: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and (found.calendar, found.jalali, found.iso) == ("jalali", jalali, iso)
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    ["5 dəqiqə əvvəl", "5 минут бұрын", "5 мүнөт мурун", "5 daqiqa oldin", "5 deqîqe berê", "۵ دقیقې مخکې"],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "name",
    ["mart", "avqust", "наурыз", "наурызда", "желтоқсан", "мартта", "sentabr", "Nîsan", "Adarê", "Kanûna Paşîn", "کب", "لیندۍ", "اپرېل"],
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)
