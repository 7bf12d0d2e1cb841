"""The chrome vocabulary and the dates of three languages written without spaces between words, named by
their script alone: Khmer (Cambodia), Lao and Burmese (Unicode, not Zawgyi): `lexicons/{km,lo,my}/*.txt` and their
`dates.toml`.

A "word" of these scripts is a run of up to four letters (rules look at a line's length in words), so the
phrases are patterns of the whole line where a word of chrome is also a word of the text (Khmer
"ពាណិជ្ជកម្ម" is an advertisement's label alone, commerce in a sentence). Each language has lines of chrome its
files must label, and sentences of the text that use the same words and are no chrome.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import parse_date
from newsclean.normalize import fold

CHROME = [
    ('ពាណិជ្ជកម្ម', 'advertisement'),
    ('ព័ត៌មានទាក់ទង', 'related'),
    ('ព័ត៍មានទាក់ទង', 'related'),
    ('អត្ថបទទាក់ទង', 'related'),
    ('ព័ត៌មានថ្មីៗ', 'related'),
    ('ព័ត៌មានពេញនិយម', 'related'),
    ('អានបន្ថែម៖ ក្រសួងសុខាភិបាលប្រកាសរកឃើញករណីថ្មី', 'read-also'),
    ('សូមអានផងដែរ៖ រដ្ឋាភិបាលអនុម័តថវិកាឆ្នាំ២០២៦', 'read-also'),
    ('ចែករំលែក', 'share'),
    ('ចម្លងតំណ', 'share'),
    ('បោះពុម្ព | ចែករំលែក', 'share'),
    ('ទំព័រដើម', 'navigation'),
    ('ស្វែងរក', 'navigation'),
    ('ទំព័រដើម » ព័ត៌មានជាតិ', 'navigation'),
    ('កីឡា', 'navigation'),
    ('រូបភាព៖ AFP', 'caption-credit'),
    ('រូបថត ៖ ហ្វេសប៊ុក', 'caption-credit'),
    ('(រូបភាពតំណាង)', 'caption-credit'),
    ('ស្លាក៖ កីឡា, ស៊ីហ្គេម', 'tags'),
    ('ពាក្យគន្លឹះ', 'tags'),
    ('© 2025 កាសែតថ្មី។ រក្សាសិទ្ធិគ្រប់យ៉ាង។', 'footer'),
    ('អំពីយើង | ទំនាក់ទំនងយើង | គោលការណ៍ឯកជនភាព', 'footer-links'),
    ('តាមដានយើងខ្ញុំតាមរយៈ Telegram', 'newsletter'),
    ('3 មតិយោបល់', 'comments'),
    ('បញ្ចេញមតិ', 'comments'),
    ('អ្នកមើល៖ ១,២០៤', 'reading-time'),
    ('ឈ្មោះ *', 'form'),
    ('ស្ដាប់អត្ថបទនេះ', 'player'),
    ('ໂຄສະນາ', 'advertisement'),
    ('ຂ່າວທີ່ກ່ຽວຂ້ອງ', 'related'),
    ('ຂ່າວລ່າສຸດ', 'related'),
    ('ອ່ານເພີ່ມເຕີມ: ລັດຖະບານອະນຸມັດແຜນການໃໝ່', 'read-also'),
    ('ແບ່ງປັນ', 'share'),
    ('ສຳເນົາລິ້ງ', 'share'),
    ('ໜ້າຫຼັກ', 'navigation'),
    ('ໜ້າຫລັກ', 'navigation'),
    ('ຄົ້ນຫາ', 'navigation'),
    ('ພາບ: ຂປລ', 'caption-credit'),
    ('ພາບປະກອບ', 'caption-credit'),
    ('ໝວດໝູ່: ການເມືອງ', 'tags'),
    ('© 2025 ສະຫງວນລິຂະສິດ', 'footer'),
    ('ກ່ຽວກັບພວກເຮົາ | ຕິດຕໍ່ພວກເຮົາ', 'footer-links'),
    ('ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ | ເງື່ອນໄຂການນຳໃຊ້', 'footer-links'),
    ('ຕິດຕາມພວກເຮົາໄດ້ທີ່ Facebook', 'newsletter'),
    ('ຄຳເຫັນ', 'comments'),
    ('3 ຄຳເຫັນ', 'comments'),
    ('ເຂົ້າຊົມ 1,204 ຄັ້ງ', 'reading-time'),
    ('ຫຼິ້ນ', 'player'),
    ('ကြော်ငြာ', 'advertisement'),
    ('ဆက်စပ်သတင်းများ', 'related'),
    ('လူဖတ်အများဆုံး', 'related'),
    ('ဆက်စပ်သတင်း - စစ်ကောင်စီက ရွေးကောက်ပွဲကျင်းပမည်', 'read-also'),
    ('မျှဝေရန်', 'share'),
    ('Facebook တွင် မျှဝေရန်', 'share'),
    ('ပင်မစာမျက်နှာ', 'navigation'),
    ('ရှာဖွေရန်', 'navigation'),
    ('ဓာတ်ပုံ - Reuters', 'caption-credit'),
    ('(မှတ်တမ်းဓာတ်ပုံ)', 'caption-credit'),
    ('သော့ချက်စကားလုံး - ရွေးကောက်ပွဲ', 'tags'),
    ('© 2025 မူပိုင်ခွင့်ရှိသည်', 'footer'),
    ('ကျွန်ုပ်တို့အကြောင်း | ဆက်သွယ်ရန် | ကြော်ငြာရန်', 'footer-links'),
    ('ကျွန်ုပ်တို့၏ Telegram Channel ကို Join ပါ', 'newsletter'),
    ('မှတ်ချက်များ', 'comments'),
    ('ကြည့်ရှုသူ ၁,၂၀၄', 'reading-time'),
    ('နားထောင်ရန်', 'player'),
    ('ພິມ | ແບ່ງປັນ', 'share'),
    ('မျှဝေရန် | ပရင့်ထုတ်ရန်', 'share'),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


AFTER_THE_TEXT = [
    ('ប្រភព៖ Reuters', 'end-note'),
    ('អំពីអ្នកនិពន្ធ', 'author-box'),
    ('ທີ່ມາ: ຂປລ', 'end-note'),
    ('ရင်းမြစ် - BBC', 'end-note'),
    ('ဆက်လက်ဖော်ပြပါမည်', 'end-note'),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    'ក្រសួងពាណិជ្ជកម្មបានប្រកាសថា ការនាំចេញអង្ករបានកើនឡើងក្នុងឆមាសទីមួយ។',
    'លោកនាយករដ្ឋមន្ត្រីបានថ្លែងថា ព័ត៌មានទាក់ទងនឹងគម្រោងនេះនឹងត្រូវប្រកាសនៅសប្តាហ៍ក្រោយ។',
    'ប្រជាពលរដ្ឋជាច្រើនបានចែករំលែកបទពិសោធន៍របស់ខ្លួនក្នុងពេលទឹកជំនន់។',
    'កីឡាករកម្ពុជាឈ្នះមេដាយមាសនៅស៊ីហ្គេម។',
    'ដោយសារភ្លៀងធ្លាក់ខ្លាំង ផ្លូវជាច្រើនត្រូវបានបិទ។',
    'ລັດຖະບານ ສປປ ລາວ ໄດ້ຮັບຮອງເອົາແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມ ໃນກອງປະຊຸມຄັ້ງນີ້.',
    'ກົມໂຄສະນາ ແລະ ເຜີຍແຜ່ ໄດ້ຈັດກອງປະຊຸມໃນວັນທີ 14 ພຶດສະພາ 2025.',
    'ປະຊາຊົນໄດ້ແບ່ງປັນປະສົບການຂອງຕົນໃນການປູກເຂົ້າ.',
    'ရန်ကုန်မြို့တွင် ယနေ့ မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ပြီး လမ်းများ ရေလွှမ်းမိုးခဲ့သည်။',
    'ကြော်ငြာစာ ထုတ်ပြန်ခဲ့ပြီးနောက် ပြည်သူများ စိတ်ဝင်စားမှု မြင့်တက်လာသည်။',
    'သတင်းထောက် ၃ ဦး ဖမ်းဆီးခံရ',
    'ဆက်စပ်သတင်းများကို ဖတ်ရှုသူများက စိတ်ဝင်စားကြသည်။',
    'ចែករំលែក ព័ត៌មានមិនពិតនៅលើបណ្តាញសង្គមត្រូវបានហាមឃាត់',
    'ຄຳເຫັນຂອງລັດຖະມົນຕີກ່ຽວກັບບັນຫານີ້ໄດ້ຮັບຄວາມສົນໃຈ.',
    'ຂ່າວລ່າສຸດລາຍງານວ່າ ມີຝົນຕົກໜັກໃນແຂວງຫຼວງພະບາງ.',
    'မှတ်ချက် - ဤသတင်းကို ပြင်ဆင်ထားသည်။',
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


@pytest.mark.parametrize("text", ['ប្រភព ដដែលបានឲ្យដឹងថា ការចរចានឹងបន្តនៅខែក្រោយ។'])
def test_a_last_sentence_is_no_note(text: str) -> None:
    assert lexicon.match(split_lines(text)[0], trailing=True) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ថ្ងៃសៅរ៍ ទី១៥ ខែវិច្ឆិកា ឆ្នាំ២០២៥ ម៉ោង ៩:៣០ ព្រឹក", "2025-11-15"),  # each number after its word, written on
        ("ចុះផ្សាយ៖ ១៤ ឧសភា ២០២៥", "2025-05-14"),
        ("14 ខែកុម្ភៈ 2025", "2025-02-14"),
        ("ເຜີຍແຜ່: 14 ພຶດສະພາ 2025 ເວລາ 10:30", "2025-05-14"),
        ("ဗုဒ္ဓဟူးနေ့ ၁၄ မေလ ၂၀၂၅", "2025-05-14"),
        ("မေ ၁၄၊ ၂၀၂၅", "2025-05-14"),  # Burmese's comma between the day and the year
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("text", "name"),
    [("ដោយ៖ សុខ ចាន់ធី", "សុខ ចាន់ធី"), ("សរសេរដោយ សុខ ចាន់ធី", "សុខ ចាន់ធី"), ("ຂຽນໂດຍ ສົມພອນ ໄຊຍະວົງ", "ສົມພອນ ໄຊຍະວົງ")],
)
def test_bylines(text: str, name: str) -> None:
    assert byline.byline_author(fold(text), text, len(split_lines(text)[0].tokens)) == name


KHMER_PAGE = """ទំព័រដើម | ព័ត៌មានជាតិ | អន្តរជាតិ | កីឡា
ស្វែងរក
ក្រសួងកសិកម្មដាក់ចេញផែនការថ្មី ដើម្បីជំរុញការនាំចេញអង្ករ
ដោយ៖ សុខ ចាន់ធី
ថ្ងៃពុធ ទី១៤ ខែឧសភា ឆ្នាំ២០២៥ ម៉ោង ១០:៣០
ចែករំលែក
កសិករកំពុងច្រូតស្រូវនៅខេត្តបាត់ដំបង។ (រូបភាព៖ កែវ សុភា)
ភ្នំពេញ៖ ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ បានដាក់ចេញនូវផែនការថ្មីមួយ ដើម្បីជំរុញការនាំចេញអង្ករទៅកាន់ទីផ្សារអន្តរជាតិ ក្នុងឆ្នាំ២០២៥នេះ។ ផែនការនេះផ្តោតលើការបង្កើនគុណភាព និងការកាត់បន្ថយថ្លៃដើមផលិតកម្ម។
លោករដ្ឋមន្ត្រីបានថ្លែងថា កសិករនឹងទទួលបានការគាំទ្របច្ចេកទេស និងឥណទានដែលមានការប្រាក់ទាប ដើម្បីពង្រីកផ្ទៃដីដាំដុះ និងកែលម្អប្រព័ន្ធធារាសាស្ត្រ នៅតាមខេត្តសំខាន់ៗ។
អានបន្ថែម៖ តម្លៃអង្ករនៅលើទីផ្សារពិភពលោកកើនឡើង
យោងតាមរបាយការណ៍របស់ក្រសួង ការនាំចេញអង្ករក្នុងឆមាសទីមួយបានកើនឡើងជាង ១០ ភាគរយ បើធៀបនឹងរយៈពេលដូចគ្នាកាលពីឆ្នាំមុន ដែលបង្ហាញពីសក្តានុពលដ៏ធំរបស់វិស័យកសិកម្មកម្ពុជា៕
ស្លាក៖ អង្ករ, កសិកម្ម
ព័ត៌មានទាក់ទង
តម្លៃស្រូវនៅខេត្តបាត់ដំបងធ្លាក់ចុះ
កសិករខេត្តតាកែវចាប់ផ្តើមច្រូតស្រូវ
© 2025 កាសែតថ្មី។ រក្សាសិទ្ធិគ្រប់យ៉ាង។
"""


def test_a_khmer_page() -> None:
    """Named Khmer by its script; the headline over the byline ("ដោយ៖"), the date with its words
    written on, the caption's credit after "រូបភាព៖" in brackets; the last paragraph ends with "៕"."""
    article = newsclean.clean(KHMER_PAGE)
    assert article.lang == "km"
    assert article.title == "ក្រសួងកសិកម្មដាក់ចេញផែនការថ្មី ដើម្បីជំរុញការនាំចេញអង្ករ"
    assert article.author == "សុខ ចាន់ធី"
    assert article.date == "2025-05-14"
    assert [caption.credit for caption in article.captions] == ["កែវ សុភា"]
    assert len(article.paragraphs) == 3 and article.paragraphs[-1].endswith("៕")
