"""A Hindi news page (composed for this test, in the layout of Indian Hindi portals): the Hindi lexicon
(`lexicons/hi/`) takes the menu, the "ये भी पढ़ें" teaser, "विज्ञापन", the "ताज़ा ख़बरें" list and the
footer; the five paragraphs stay, in order."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import split_lines

TITLE = "राजस्थान के सीमावर्ती गांवों में सौर ऊर्जा से चलेगा पेयजल संयंत्र, 40 हजार लोगों को मिलेगा साफ पानी"
PARAGRAPHS = [
    "राज्य सरकार ने बाड़मेर जिले के बारह सीमावर्ती गांवों के लिए सौर ऊर्जा से चलने वाले पेयजल संयंत्र की "
    "आधारशिला रखी है। अधिकारियों के अनुसार यह संयंत्र अगले साल मार्च तक काम करना शुरू कर देगा।",
    "जल संसाधन विभाग के मुख्य अभियंता ने बताया कि संयंत्र की क्षमता रोज़ाना पांच लाख लीटर पानी साफ करने की "
    "होगी और इसे पूरी तरह सौर पैनलों से बिजली मिलेगी। उन्होंने कहा कि इससे डीजल पंपों पर होने वाला खर्च भी बचेगा।",
    "गांव के लोगों का कहना है कि गर्मियों में उन्हें पानी के लिए कई किलोमीटर दूर जाना पड़ता था। स्थानीय सरपंच "
    "कमला देवी ने बताया कि महिलाओं और बच्चों का आधा दिन पानी ढोने में ही निकल जाता था।",
    "परियोजना पर करीब अट्ठाईस करोड़ रुपये खर्च होंगे, जिसमें से आधी राशि केंद्र सरकार की जल जीवन मिशन योजना "
    "से आएगी। बाकी खर्च राज्य सरकार उठाएगी और रखरखाव की ज़िम्मेदारी पंचायतों को दी जाएगी।",
    "विशेषज्ञों का मानना है कि अगर यह प्रयोग सफल रहा तो रेगिस्तानी इलाकों के दूसरे जिलों में भी ऐसे संयंत्र "
    "लगाए जा सकते हैं। विभाग ने अगले दो साल में ऐसे दस और संयंत्र लगाने का प्रस्ताव तैयार किया है।",
]
MENU = ["होम", "देश", "दुनिया", "मनोरंजन", "खेल", "बिज़नेस", "वेब स्टोरीज", "लाइव टीवी"]
TICKER = "ब्रेकिंग न्यूज़: मुंबई में भारी बारिश के बाद लोकल ट्रेन सेवाएं रुकीं"
READ_ALSO = ["ये भी पढ़ें", "जैसलमेर में नहर का पानी पहुंचने से किसानों के चेहरे खिले, रबी की बुवाई शुरू"]
CAPTION = "बाड़मेर में संयंत्र की आधारशिला रखते जल संसाधन मंत्री (फोटो: PTI)"
LATEST = [
    "ताज़ा ख़बरें",
    "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, कई इलाकों में एक्यूआई 400 के पार",
    "राजधानी में लगातार चौथे दिन हवा की गुणवत्ता बेहद खराब श्रेणी में दर्ज की गई और स्कूलों को ऑनलाइन कक्षाएं "
    "चलाने को कहा गया है।",
    "शेयर बाजार में लगातार तीसरे दिन तेजी, सेंसेक्स 600 अंक चढ़ा",
    "क्रिकेट: भारत ने दूसरे टेस्ट में दक्षिण अफ्रीका को सात विकेट से हराया",
]
FOOTER = [
    "हमें फॉलो करें",
    "गोपनीयता नीति | उपयोग की शर्तें | हमसे संपर्क करें | हमारे बारे में",
    "© 2025 समाचार दर्पण डिजिटल। सभी अधिकार सुरक्षित।",
]


def page(latest: str = "ताज़ा ख़बरें", read_also: tuple[str, ...] = tuple(READ_ALSO)) -> str:
    return "\n".join(
        [
            *MENU,
            TICKER,
            "होम › राज्य › राजस्थान",
            TITLE,
            "Written By: अंकित वर्मा",
            "Edited By: नेहा सिंह",
            "अपडेटेड: 12 नवंबर 2025, 10:30 AM IST",
            "शेयर करें",
            PARAGRAPHS[0],
            PARAGRAPHS[1],
            *read_also,
            "विज्ञापन",
            PARAGRAPHS[2],
            CAPTION,
            PARAGRAPHS[3],
            PARAGRAPHS[4],
            "टैग्स: राजस्थान, बाड़मेर, पेयजल",
            latest,
            *LATEST[1:],
            *FOOTER,
        ]
    )


def rule_of(article: newsclean.Article, text: str) -> str:
    return next(line.rule for line in article.lines if line.text == text)


def test_the_body_is_the_five_paragraphs() -> None:
    article = newsclean.clean(page())
    assert article.lang == "hi"
    assert list(article.paragraphs) == PARAGRAPHS


def test_the_chrome_goes_by_the_hindi_lexicon() -> None:
    article = newsclean.clean(page())
    for chrome in [*MENU, TICKER, *READ_ALSO, "विज्ञापन", "शेयर करें", *LATEST, *FOOTER]:
        assert chrome not in article.paragraphs
    assert all(rule_of(article, item) == "lexicon.navigation" for item in MENU)
    assert rule_of(article, TICKER) == "lexicon.ticker"
    assert rule_of(article, "ये भी पढ़ें") == "lexicon.read-also"
    assert rule_of(article, READ_ALSO[1]) == "lexicon.read-also-link"
    assert rule_of(article, "विज्ञापन") == "lexicon.advertisement"
    assert rule_of(article, "ताज़ा ख़बरें") == "lexicon.related"
    assert rule_of(article, "टैग्स: राजस्थान, बाड़मेर, पेयजल") == "lexicon.tags"
    assert rule_of(article, FOOTER[1]) == "lexicon.footer-links"
    assert rule_of(article, FOOTER[2]) == "lexicon.footer"


def test_the_header() -> None:
    article = newsclean.clean(page())
    assert article.title == TITLE
    assert article.author == "अंकित वर्मा"
    assert article.date == "2025-11-12"
    captions = article.to_dict()["captions"]
    assert {"text": "बाड़मेर में संयंत्र की आधारशिला रखते जल संसाधन मंत्री", "credit": "PTI"} in captions  # (the label goes: lexicons/hi/credit-label.txt)


# "ताज़ा ख़बरें" with and without nukta, and with the precomposed letters (U+095B, U+0959).
@pytest.mark.parametrize("heading", ["ताज़ा ख़बरें", "ताजा खबरें", "ताज़ा खबरें", "ता\u095bा \u0959बरें", "संबंधित खबरें"])
def test_latest_news_heading_in_every_spelling(heading: str) -> None:
    article = newsclean.clean(page(latest=heading))
    assert list(article.paragraphs) == PARAGRAPHS
    assert rule_of(article, heading) == "lexicon.related"


@pytest.mark.parametrize(
    "teaser",
    [
        "यह भी पढ़ें: जैसलमेर में नहर का पानी पहुंचने से किसानों के चेहरे खिले",
        "इसे भी पढ़ें - जैसलमेर में नहर का पानी पहुंचने से किसानों के चेहरे खिले",
        "ये भी पढें: जैसलमेर में नहर का पानी पहुंचने से किसानों के चेहरे खिले",
    ],
)
def test_read_also_with_its_headline_on_the_line(teaser: str) -> None:
    article = newsclean.clean(page(read_also=(teaser,)))
    assert list(article.paragraphs) == PARAGRAPHS
    assert rule_of(article, teaser) == "lexicon.read-also"


@pytest.mark.parametrize(
    "text",
    [
        "शेयर बाजार में तेजी",  # the stock market, not a share button
        "आज की ताजा खबरें और बड़े अपडेट",  # a bulletin's headline, not the latest-news heading alone
        "कंपनी ने नया व्हाट्सएप चैनल शुरू किया।",
        "प्रिंट मीडिया पर नई रिपोर्ट",
        "वजन घटाने के लिए ये टिप्स फॉलो करें",
    ],
)
def test_hindi_sentences_and_headlines_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None


def test_the_danda_ends_a_sentence() -> None:
    assert split_lines(PARAGRAPHS[0])[0].ends_sentence
