"""Chrome set between the text's paragraphs or around them: a ticker's strip shown above and under
the article, an embedded post signed over two lines, a chart drawn as text, a gallery's pictures
credited "© Agency", an episode's chapters, a blog post's title under its bare date, and pictures'
credits written inline in their captions' markup."""

from __future__ import annotations

from pathlib import Path

import newsclean
from newsclean.lines import Line
from newsclean.types import Caption

PARAGRAPHS = [
    "The council voted on Tuesday to extend the night bus service on three routes through the winter, after a pilot drew more riders than the transport office had expected.",
    "Officials said the extension would cost about 1.2 million over six months, paid from the parking fund, and that drivers had already been hired for the new shifts.",
    "Residents of the eastern districts, where the last regular bus leaves before eleven, had asked for the service for years, the council's transport committee said.",
]


def _body(article: newsclean.Article) -> list[str]:
    return list(article.paragraphs)


def test_a_ticker_strip_shown_above_and_under_the_article_is_no_text() -> None:
    flashes = [
        "وزير الأشغال: أعمال تأهيل الطريق الدولي ستنتهي قبل نهاية الشهر الجاري.",
        "الصليب الأحمر: نقل ثلاثة جرحى إثر حادث سير على الأوتوستراد الساحلي.",
        "المصرف المركزي يصدر تعميماً جديداً يرفع سقف السحوبات الشهرية بالدولار.",
        "الدفاع المدني يعمل على إخماد حريق اندلع في أحراج إحدى البلدات الشمالية.",
        "مجلس الوزراء يعقد جلسته الأسبوعية الثلاثاء المقبل وعلى جدول أعمالها 40 بنداً.",
    ]
    text = [
        "أخبار المدينة", "الرئيسية", "سياسة", "اقتصاد", "رياضة", "عاجل", *flashes,
        "تقنين قاسٍ في العاصمة حتى وصول باخرة الفيول",
        "السبت ١٥ شباط ٢٠٢٥",
        "أعلنت مؤسسة الكهرباء، اليوم السبت، خفض ساعات التغذية في العاصمة وضواحيها إلى ما بين ساعتين وأربع ساعات يومياً بسبب تأخر وصول شحنة الفيول.",
        "وأوضحت المؤسسة في بيان أنّ المعملين الرئيسيين سيعملان بالحد الأدنى من قدرتهما الإنتاجية لتأمين التغذية للمرافق الحيوية كالمستشفيات والمطار.",
        "ولفتت إلى أنّ التغذية ستعود تدريجياً إلى معدلاتها السابقة فور تفريغ الحمولة وإجراء الفحوص المخبرية عليها خلال الأسبوع المقبل.",
        "شارك", "فيسبوك", "عاجل", *flashes, "من نحن", "جميع الحقوق محفوظة © أخبار المدينة",
    ]
    article = newsclean.clean("\n".join(text))
    assert [paragraph[:20] for paragraph in article.paragraphs] == [line[:20] for line in text[13:16]]
    assert article.title == "تقنين قاسٍ في العاصمة حتى وصول باخرة الفيول"


def test_an_embedded_post_signed_over_two_lines_keeps_the_text_going() -> None:
    text = [
        "Weather service warns of flash floods", "March 3, 2025",
        PARAGRAPHS[0],
        "The weather service posted the warning on its account on Monday afternoon:",
        "Heavy rain with thunderstorms tonight and tomorrow morning, with a risk of flash floods in the valleys. #weather",
        "— National Weather Desk (@WeatherDesk)",
        "March 3, 2025",
        PARAGRAPHS[1],
        "Share", "Facebook", "About us",
    ]
    body = _body(newsclean.clean("\n".join(text)))
    assert body == [PARAGRAPHS[0], text[3], text[4], PARAGRAPHS[1]]


def test_an_embedded_post_over_two_lines_of_a_text_browsers_dump_goes_whole() -> None:
    # elinks sets the blockquote apart with blank lines and wraps its text; its link numbers stay
    text = [
        "Weather service warns of flash floods", "", "March 3, 2025", "", PARAGRAPHS[0], "",
        "Heavy rain with thunderstorms tonight and tomorrow morning, with a risk",
        "of flash floods in the valleys. [24]pic.twitter.com/Qm7rTz",
        "— National Weather Desk (@WeatherDesk) [25]March 3, 2025", "",
        PARAGRAPHS[1], "", "Share", "Facebook", "About us",
    ]
    assert _body(newsclean.clean("\n".join(text))) == [PARAGRAPHS[0], PARAGRAPHS[1]]


def test_a_chart_drawn_as_text_goes_and_the_text_goes_on_under_it() -> None:
    chart = ["Births and deaths, 2010-2024", "In thousands", "900", "800", "700", "600", "2010", "2014", "2018", "2022",
             "Births", "Deaths", "Source: national statistics office", "Chart: Lea Martin"]
    text = ["Births fall to a post-war low", "By Tom Vernon", "March 10, 2025", PARAGRAPHS[0], *chart, PARAGRAPHS[1], PARAGRAPHS[2], "Related", "Newsletter"]
    article = newsclean.clean("\n".join(text))
    assert _body(article) == PARAGRAPHS
    assert {line.rule for line in article.lines if line.text in chart[2:10]} == {"structure.chart"}


def test_a_calendar_s_days_are_no_chart() -> None:
    days = [f"{day:02d}" for day in range(1, 15)]
    text = ["Archive", *days, "Night buses extended", "March 10, 2025", *PARAGRAPHS]
    article = newsclean.clean("\n".join(text))
    assert not any(line.rule == "structure.chart" for line in article.lines)


def test_a_gallery_s_long_captions_take_their_copyright_credit() -> None:
    long_caption = (
        "Monday, 7.30 a.m. The brewer opens the door of the brewing room, as he has done every morning since 1987, "
        "and checks the temperature of the mash tun before anyone else arrives."
    )
    text = [
        "The last brews of the Delvaux brewery", "By Celine Dewandre", "March 8, 2025", *PARAGRAPHS,
        "1 / 3", long_caption, "© Sambre Images",
        "2 / 3", "The copper mash tun, installed in 1931.", "© Sambre Images",
        "3 / 3", "The family in front of the brewery, around 1935.", "© Collection famille Delvaux",
        "See also", "Most read",
    ]
    article = newsclean.clean("\n".join(text))
    assert _body(article) == PARAGRAPHS
    assert Caption(long_caption, "Sambre Images") in article.captions
    assert Caption("The family in front of the brewery, around 1935.", "Collection famille Delvaux") in article.captions


def test_a_closing_corner_bracket_ends_a_sentence() -> None:
    line = Line(0, "陳姓婦人說，「如果真的能裝電梯，我們就不用再麻煩孩子了。」", "陳姓婦人說，「如果真的能裝電梯，我們就不用再麻煩孩子了。」")
    assert line.ends_sentence


def test_an_episode_s_chapters_under_the_player_s_label_go() -> None:
    chapters = ["00:00 Introduction", "02:45 The day the shelves went empty", "09:30 Why the city stepped in"]
    text = ["Ep. 142: The town that bought its own grocery store", "March 12, 2025", "Chapters", *chapters, *PARAGRAPHS]
    article = newsclean.clean("\n".join(text))
    assert {line.rule for line in article.lines if line.text in chapters} == {"lexicon.player-box"}
    assert _body(article) == PARAGRAPHS


def test_a_blog_post_s_title_stands_under_its_bare_date() -> None:
    text = [
        "Notes from Harrow Creek", "Small-town news and the occasional pie, from a retired schoolteacher.",
        "Tuesday, March 16, 2010", "Goodbye to the Elm Street footbridge", *PARAGRAPHS,
        "Posted by Margaret Tolliver at 10:32 PM", "2 comments:",
        "Blog Archive", "▼ 2010 (38)", "Goodbye to the Elm Street footbridge", "Town Meeting day, by the numbers",
        "A word about the school budget",
    ]
    assert newsclean.clean("\n".join(text)).title == "Goodbye to the Elm Street footbridge"


def test_a_headline_over_its_date_keeps_its_place_over_a_subheading() -> None:
    text = [
        "Home", "Pricing", "SEO Pricing Guide: How Much Do SEO Services Cost in 2023?", "Published: January 3, 2023",
        "How Much do SEO Services Cost?", *PARAGRAPHS, "How Much do SEO Services Cost?",
    ]
    assert newsclean.clean("\n".join(text)).title == "SEO Pricing Guide: How Much Do SEO Services Cost in 2023?"


def _html(figure: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        "<html><head><title>Night buses</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Night buses extended through the winter</h1><p class='byline'>By Dana Kowalczyk</p>{figure}{paragraphs}"
        "</article><footer>© 2025 The Dispatch</footer></body></html>"
    )


def test_a_credit_span_glued_to_its_caption_is_its_credit() -> None:
    figure = "<figure><img src='a.jpg'><figcaption><span>A night bus at the depot</span><span class='credit'>Amr Sayed</span></figcaption></figure>"
    article = newsclean.clean_html(_html(figure))
    assert Caption("A night bus at the depot", "Amr Sayed") in article.captions


def test_a_credit_element_after_its_caption_s_words_is_its_credit() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>A night bus at the depot on Monday <em class='credit'>Marc Nasr</em></figcaption></figure>"
    article = newsclean.clean_html(_html(figure))
    assert Caption("A night bus at the depot on Monday", "Marc Nasr") in article.captions


def test_a_lead_in_a_standfirst_s_class_that_opens_with_its_dateline_is_the_text() -> None:
    lead = "جبيل - بدأت البلدية، بالتعاون مع المديرية العامة للآثار، ورشة ترميم واسعة في السوق القديم الذي تضرر من العاصفة الأخيرة."
    html = (
        "<html><body><article><h1>ورشة ترميم واسعة في السوق القديم</h1>"
        f"<p class='lead'>{lead}</p>"
        "<p>وتشمل الأعمال في مرحلتها الأولى إعادة تأهيل نحو أربعين محلاً وترميم الأرصفة الحجرية وإعادة تركيب الأسقف الخشبية المتضررة في الأزقة الضيقة.</p>"
        "<p>وقال رئيس البلدية إن الأعمال ستستمر حتى نهاية الصيف، على أن يبقى السوق مفتوحاً أمام الزوار والتجار طوال فترة الترميم بحسب الخطة الموضوعة.</p>"
        "</article></body></html>"
    )
    article = newsclean.clean_html(html)
    assert article.paragraphs[0] == lead
    assert article.subtitle != lead


def test_a_printed_page_s_running_header_heads_no_appended_article() -> None:
    url = "https://www.tidewatersentinel.com/news/business/shipyard-apprentice-program"
    running = ["9/24/24, 8:14 AM", "Shipyard apprentice program doubles class size | The Tidewater Sentinel"]
    text = [
        running[0], running[1], url, "Print this page", "Close window",
        "Shipyard apprentice program doubles class size", "By Marcus Delacroix", "Sep 22, 2024",
        PARAGRAPHS[0], PARAGRAPHS[1], url, "Page 1 of 2", *running, PARAGRAPHS[2], url, "Page 2 of 2",
    ]
    article = newsclean.clean("\n".join(text))
    assert _body(article) == PARAGRAPHS
    assert article.extra_articles == ()


def test_a_role_word_inside_a_headline_does_not_make_it_a_writer_s_role() -> None:
    text = ["Journals", "Hall of Fame", "GridCalc Developers Fork Over Contributor Agreement",
            "Posted by ScuttleZoom on Tuesday March 14, @09:12AM", *PARAGRAPHS]
    assert newsclean.clean("\n".join(text)).title == "GridCalc Developers Fork Over Contributor Agreement"


def test_a_credit_under_its_label_s_own_line_is_the_caption_s_credit() -> None:
    figure = (
        "<div class='media__caption'><div class='field--name-field-caption'>Crews repair a break in the water main at Third Street.</div>"
        "<div class='field--name-field-photo-credit'><div class='field__label'>Photo credit</div>"
        "<div class='field__item'>City Public Works</div></div></div>"
    )
    article = newsclean.clean_html(_html(figure))
    assert article.captions == (Caption("Crews repair a break in the water main at Third Street.", "City Public Works"),)


def test_an_old_theme_s_logo_in_h1_is_not_the_title_even_when_the_text_takes_it() -> None:
    # <title>Site &raquo; Headline</title>, the site's name in <h1>, the headline in <h2> (a Kubrick-like
    # WordPress theme); the text's own header makes the site's name its title.
    page = Path(__file__).parent / "fixtures" / "gaps" / "html" / "r270_mr_wp_measles.html"
    assert newsclean.clean_file(page).title == "انطلاق حملة للتلقيح ضد الحصبة تستهدف 300 ألف طفل في الحوضين"


def test_an_interview_s_writer_and_a_german_picture_source_lose_their_labels() -> None:
    from newsclean.metadata import captions

    assert captions.credit_name("Bildquelle: Nordfunk/Tobias Rehm") == "Nordfunk/Tobias Rehm"
    text = [
        "«A água dos aquíferos não é infinita»", "Entrevista de Inês Morgado", "12 de março de 2025",
        "O hidrogeólogo Rui Pimentel estuda há trinta anos os aquíferos do Algarve e diz que a seca mudou a forma como a região olha para a água.",
        "Nesta conversa, explica porque é que as reservas subterrâneas da região não recuperaram depois das chuvas do inverno passado.",
        "O investigador defende um plano de gestão que junte agricultores, autarquias e a empresa regional de águas à mesma mesa.",
    ]
    assert newsclean.clean("\n".join(text)).author == "Inês Morgado"



def test_the_counter_that_closes_a_gallery_of_credited_captions_heads_no_caption() -> None:
    # "<caption> Photo: <name>/<agency>" twice, then "1/3" and the text's subheading: the gallery ended over
    # its counter, the subheading and the text go on
    text = [
        "Night buses extended through the winter", "By Dana Kowalczyk", "March 4, 2025", PARAGRAPHS[0],
        "A night bus leaves the central depot on Monday evening. Photo: Filip Horvat/PIXSELL",
        "Drivers wait for the last shift of the day. Photo: Filip Horvat/PIXSELL",
        "1/3", "Who pays for it", PARAGRAPHS[1], PARAGRAPHS[2],
    ]
    article = newsclean.clean("\n".join(text))
    assert _body(article) == [PARAGRAPHS[0], "Who pays for it", PARAGRAPHS[1], PARAGRAPHS[2]]
    assert all(caption.text != "Who pays for it" for caption in article.captions)


def test_a_credit_classed_as_the_image_s_source_is_its_credit() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>A night bus at the depot on Monday <span class='img-source'>Marc Nasr</span></figcaption></figure>"
    article = newsclean.clean_html(_html(figure))
    assert Caption("A night bus at the depot on Monday", "Marc Nasr") in article.captions


def test_a_picture_s_credit_with_no_caption_is_no_caption() -> None:
    figure = "<div class='hero'><img src='a.jpg'><em class='image-source'><a href='https://stock.example.com/1'>Adobe Stock</a></em></div>"
    article = newsclean.clean_html(_html(figure))
    assert all(caption.text != "Adobe Stock" for caption in article.captions)


def test_a_page_its_script_writes_is_read_from_its_json_ld_article_body() -> None:
    import json

    body = "\n\n".join([PARAGRAPHS[0], "A second winter", PARAGRAPHS[1], PARAGRAPHS[2]])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Night buses extended through the winter",
          "datePublished": "2025-02-05T08:30:00+02:00", "articleBody": body}
    html = (
        f"<html><head><title>Night buses | The Dispatch</title><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        "<body><div id='app'><div class='skeleton'></div></div>"
        "<noscript>Please enable JavaScript to read this article.</noscript>"
        "<script type='application/json' id='state'>{\"blocks\": []}</script></body></html>"
    )
    article = newsclean.clean_html(html)
    assert article.title == "Night buses extended through the winter"
    assert _body(article) == [PARAGRAPHS[0], "A second winter", PARAGRAPHS[1], PARAGRAPHS[2]]
