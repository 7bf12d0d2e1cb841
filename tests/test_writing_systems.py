"""How the press of scripts other than Latin's writes what the rules read: colons that announce a list
("፦" Ethiopic, "៖" Khmer), a stamp's word glued to its date ("송고2025-06-03"), a weekday that holds a
relative word (Vietnamese "Thứ Năm": "năm" is a year), the writer named in brackets at the head of the
lead (Chinese "〔記者林奕辰／嘉義報導〕"), "Name, Place" bylines (the Indian and Bangladeshi press), a
signature under the text with its Ethiopic colon, a Japanese link to the story's pictures."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label
from newsclean.metadata import dates
from newsclean.normalize import fold


def label_of(article: newsclean.Article, text: str) -> Label:
    return next(line.label for line in article.lines if line.text == text)


AMHARIC_HEAD = ["መነሻ » ዜና » ማኅበራዊ", "በጣና ሐይቅ ዳርቻ የእምቦጭ አረም ወደ ቅርጫት እየተቀየረ ነው", "ጥቅምት 5, 2018 ዓ.ም | October 15, 2025"]
AMHARIC_TEXT = [
    "በባሕር ዳር ከተማ ዙሪያ የሚኖሩ 45 ሴቶች ጣና ሐይቅን እያሰጋ ያለውን የእምቦጭ አረም ወደ ቅርጫትና ማዳበሪያ እየቀየሩ ነው። ሥራው ለብዙዎች የገቢ ምንጭ ሆኗል።",
    "ሴቶቹ ከሁለት ዓመት በፊት ማኅበር መሥርተዋል። ማኅበሩ በወር በአማካይ 12 ቶን አረም ከሐይቁ ዳርቻ ያወጣል ሲሉ አባላቱ ተናግረዋል።",
    "ማኅበሩ ለቀጣዩ ዓመት የሚከተሉትን ዕቅዶች አስቀምጧል፦",
    "1. የአባላትን ቁጥር ወደ 80 ማሳደግ",
    "2. የራሱ የሆነ የመሸጫ ሱቅ መክፈት",
    "3. የማዳበሪያ ምርቱን በእጥፍ ማሳደግ",
    "የማኅበሩ ምርቶች በከተማዋ በሚካሄዱ የንግድ ትርዒቶች ላይ እየቀረቡ ሲሆን፣ ከአዲስ አበባ ነጋዴዎችም ትዕዛዝ መቀበል መጀመራቸውን አባላቱ ተናግረዋል።",
]


def test_a_list_announced_with_the_ethiopic_colon_and_the_text_after_it_stay() -> None:
    """The list's last item over the last paragraph and the signature ("ዘጋቢ፦ ...") heads no appended
    article; the signature names the writer without its label."""
    article = newsclean.clean("\n".join([*AMHARIC_HEAD, *AMHARIC_TEXT, "ዘጋቢ፦ ሰላማዊት ታደሰ", "መለያዎች፦", "ጣና ሐይቅ"]) + "\n")
    assert list(article.paragraphs) == AMHARIC_TEXT
    assert article.author == "ሰላማዊት ታደሰ"
    assert not article.extra_articles


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("송고2025-06-03 14:27", "2025-06-03"),  # a stamp's word glued to the date by a scraper
        ("Published2025-06-03", "2025-06-03"),
        ("입력2025.06.03 14:27", "2025-06-03"),
    ],
)
def test_a_year_first_date_glued_to_its_word(text: str, iso: str) -> None:
    found = dates.find_dates(text, folded=fold(text))
    assert found and found[0].iso == iso


def test_a_weekday_that_holds_a_relative_word_is_a_date_line() -> None:
    """Vietnamese "Thứ Năm" (Thursday): "năm" alone is a year ("1 năm trước", a year ago)."""
    assert dates.is_date_line("Thứ Năm, 09/10/2025 - 06:30 (GMT+7)")
    assert not dates.is_date_line("Thứ Năm, 09/10/2025 - 06:30 ông Lộc mở xưởng")


CHINESE_PAGE = """首頁 > 地方 > 嘉義縣
阿里山茶農用無人機找小綠葉蟬 省下一半農藥
2025/05/20 05:30
〔記者林奕辰／嘉義報導〕阿里山茶區今年春茶採收後，山嵐茶業產銷班引進無人機巡視茶園，以影像辨識找出小綠葉蟬聚集的區塊，只在需要的地方噴藥。
產銷班班長張秀鳳說，過去整片茶園都要噴灑，現在用藥量減少將近一半，茶葉的農藥殘留檢驗也全數合格。
縣府農業處表示，若試辦成效良好，明年將協助更多產銷班導入相同系統。
相關新聞
"""


def test_the_writer_named_in_brackets_at_the_head_of_the_lead() -> None:
    article = newsclean.clean(CHINESE_PAGE)
    assert article.author == "林奕辰"
    assert article.paragraphs[0].startswith("〔記者林奕辰／嘉義報導〕")  # the lead keeps its opening


BENGALI_HEAD = "সুন্দরবনে মধু আহরণ মৌসুম শেষ, এবার গতবারের চেয়ে বেশি মধু পেলেন মৌয়ালরা"
BENGALI_TEXT = [
    "সুন্দরবনে এবারের মধু আহরণ মৌসুম শেষ হয়েছে গত শনিবার। দুই মাসের এই মৌসুমে খুলনার কয়রা উপজেলার মৌয়ালরা গতবারের চেয়ে বেশি মধু সংগ্রহ করেছেন।",
    "পরিষদের হিসাব অনুযায়ী, এবার কয়রার প্রায় ৪৫০ জন মৌয়াল মোট ১ হাজার ১৮০ মণ মধু ও ৩২০ মণ মোম সংগ্রহ করেছেন।",
    "পরিষদের সভাপতি বলেন, এবার মৌসুমের শুরুতে বৃষ্টি কম হওয়ায় খলিশা ও গরান ফুলে প্রচুর মধু এসেছে।",
]


@pytest.mark.parametrize(
    ("signed", "author"),
    [("শাহনাজ পারভীন, খুলনা", "শাহনাজ পারভীন"), ("শাহনাজ পারভীন", "শাহনাজ পারভীন")],
    ids=["with-place", "alone"],
)
def test_a_name_and_the_place_it_was_filed_from(signed: str, author: str) -> None:
    page = "\n".join([BENGALI_HEAD, signed, "প্রকাশ: ০২ জুন ২০২৫, ২১:৩০", *BENGALI_TEXT]) + "\n"
    article = newsclean.clean(page)
    assert article.author == author
    assert list(article.paragraphs) == BENGALI_TEXT


JAPANESE_TEXT = [
    "【石巻】三陸の夏の味覚、ホヤの養殖現場を船で巡るツアーが今季、石巻市荻浜で始まった。企画したのは地元の漁業者らでつくる研究会。",
    "参加者は午前8時に荻浜漁港を出発した。",
    "約10分で沖合の養殖いかだに着くと、会長がロープを引き上げ、鈴なりになった赤いホヤを見せた。",
    "仙台市から家族で参加した会社員の女性は「とれたては全然違う」と笑顔を見せた。",
]


def test_a_link_to_the_storys_pictures_goes() -> None:
    link = "【写真】ホヤの殻むきに挑戦する参加者たち（全4枚）"
    page = ["ホヤ養殖の現場を船で巡るツアー始まる　石巻・荻浜", "2025年6月12日 6:00", *JAPANESE_TEXT[:2], link, *JAPANESE_TEXT[2:]]
    article = newsclean.clean("\n".join(page) + "\n")
    assert label_of(article, link) is Label.RELATED
    assert list(article.paragraphs) == JAPANESE_TEXT


VIETNAMESE_TEXT = [
    "Mỗi sáng, chị Nguyễn Thị Mỹ Duyên lại đạp xe một vòng qua các tiệm may đo trong phố cổ để gom vải vụn về xưởng.",
    "Chủ xưởng, ông Võ Đình Lộc, cho biết ý tưởng bắt đầu từ năm 2023, khi giá lụa tăng mạnh còn vải vụn bị bỏ đi.",
    "Mỗi tháng xưởng bán được khoảng 600 chiếc đèn, phần lớn cho khách nước ngoài đến phố cổ.",
]


@pytest.mark.parametrize(("credited", "author"), [(True, "Trần Thu Hà"), (False, None)], ids=["credited", "alone"])
def test_a_name_signed_under_the_text_when_the_page_credits_the_same_person(credited: bool, author: str | None) -> None:
    """In a script with capitals a name alone under the text may be a button ("Learn More") or a desk:
    it is the writer's when the page credits a picture to the same person."""
    caption = ["Ông Võ Đình Lộc kiểm tra khung tre của một chiếc đèn lồng. Ảnh: Trần Thu Hà"] if credited else []
    page = ["Du lịch › Điểm đến", "Nghệ nhân Hội An làm đèn lồng từ vải vụn của tiệm may", "Thứ Năm, 09/10/2025 - 07:15 (GMT+7)",
            VIETNAMESE_TEXT[0], *caption, *VIETNAMESE_TEXT[1:], "Trần Thu Hà", "Từ khóa:", "Hội An", "Tin liên quan"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.author == author
    assert list(article.paragraphs) == VIETNAMESE_TEXT


HINDI_TEXT = (
    "कानपुर। नगर निगम ने शहर की बीस बस्तियों में पीने के पानी की नई योजना शुरू की है। सरकारी अभियान के तहत महिला समूहों को "
    "सुरक्षा और सुविधा की जिम्मेदारी दी गई है। स्थानीय नीति के अनुसार मासिक शुल्क नहीं लिया जाएगा और निजी टैंकरों पर रोक रहेगी। "
    "अधिकारियों ने कहा कि आर्थिक सहायता की पहली किस्त मार्च में जारी की गई थी और योजना का दूसरा चरण अगले महीने शुरू होगा।"
)


def test_a_hindi_page_full_of_words_the_nepali_list_holds_is_hindi() -> None:
    """Nepali's stoplist holds many nouns a Hindi page uses ("योजना", "सुरक्षा", "नीति"): between the
    two, the page's function words ("है", "में", "और" against "छ", "मा", "र") decide."""
    article = newsclean.clean("नगर निगम की नई जल योजना शुरू\n" + HINDI_TEXT + "\n")
    assert article.lang == "hi"


@pytest.mark.parametrize(
    ("text", "category", "trailing"),
    [
        ("[앵커]", "navigation", False),  # a broadcast script's labels
        ("[리포트]", "navigation", False),
        ("HBN 뉴스 정다은입니다.", "end-note", True),  # the reporter's sign-off
        ("촬영기자:이승훈/영상편집:오세린", "end-note", True),  # the crew
        ("HBN은 여러분의 소중한 제보를 기다립니다.", "end-note", True),  # a tip-off box
        ("전화 : 02-6710-5500", "end-note", True),
    ],
)
def test_a_korean_broadcasters_script_labels_and_sign_off(text: str, category: str, trailing: bool) -> None:
    from newsclean import lexicon
    from newsclean.lines import split_lines

    hit = lexicon.match(split_lines(text)[0], trailing=trailing)
    assert hit is not None and hit.category.name == category
