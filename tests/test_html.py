"""clean_html and JSONL records on pages composed here (no benchmark page is copied into the project)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import newsclean
from newsclean import Label
from newsclean.html import class_hints, decode_html, prepare, render_html
from newsclean.records import clean_jsonl, clean_record, iter_jsonl

FIXTURES = Path(__file__).parent / "fixtures"

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the tram line to the northern districts, a project "
    "that residents have been asking for since the first line opened more than ten years ago.",
    "The new section will add eleven stations and should carry about forty thousand passengers a day "
    "when it opens, according to the study that the council published along with its decision.",
    "Work is expected to start next spring and to last about three years, the mayor said, adding that "
    "the cost would be shared between the city, the region and a loan from the national bank.",
    "Some shop owners along the route worry about the years of building work, and the council said it "
    "would set up a fund to help the businesses that lose customers while the streets are closed.",
]

NEWS = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council approves tram extension | The Daily Example</title>
<meta property="og:title" content="Council approves tram extension">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://daily.example.com/city/tram-extension">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves tram extension",
  "author": {{"@type": "Person", "name": "Jane Roe"}}, "datePublished": "2024-03-05T09:30:00+01:00"}}
</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
<header class="site-header"><a href="/">The Daily Example</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/city">City</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Council approves tram extension</h1>
  <p class="byline">By Jane Roe</p>
  <time datetime="2024-03-05">5 March 2024</time>
  <p>{PARAGRAPHS[0]}</p>
  <figure><img src="tram.jpg" alt=""><figcaption>A tram at the central station <span class="credit">(AFP)</span></figcaption></figure>
  <p>{PARAGRAPHS[1]}</p>
  <div class="ad-slot">Advertisement</div>
  <p>{PARAGRAPHS[2]}</p>
  <p>{PARAGRAPHS[3]}</p>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<aside class="related-articles"><h2>Related articles</h2>
  <ul><li><a href="/a">Bus fares to rise in June</a></li><li><a href="/b">New bridge opens to traffic</a></li>
  <li><a href="/c">Mayor presents the budget for next year</a></li></ul></aside>
<section id="comments" class="comments"><h3>2 comments</h3>
  <div class="comment"><p class="comment-author">Sam</p><p>About time! I have been waiting for this tram for years and years now.</p></div>
  <div class="comment"><p class="comment-author">Alex</p><p>Three years of road works in front of my shop, great news for nobody.</p></div>
</section>
</main>
<footer><p>© 2024 The Daily Example. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
<script>var tracking = "never shown";</script>
</body></html>
"""

AR_PARAGRAPHS = [
    "أعلنت وزارة المياه يوم الثلاثاء عن خطة جديدة لتوزيع المياه على أحياء العاصمة خلال أشهر الصيف، "
    "وذلك بعد تراجع منسوب السدود إلى أدنى مستوى له منذ عشر سنوات.",
    "وقال المتحدث باسم الوزارة إن الخطة تقوم على تزويد كل حي بالمياه ثلاثة أيام في الأسبوع، "
    "مع إعطاء الأولوية للمستشفيات والمدارس والمخابز في جميع المناطق.",
    "ودعت الوزارة المواطنين إلى ترشيد الاستهلاك وإصلاح التسربات في المنازل، مؤكدة أن فرقها الفنية "
    "ستعمل على مدار الساعة لمعالجة الأعطال في الشبكة العامة.",
]

ARABIC = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{{charset}}">
<title>خطة جديدة لتوزيع المياه في العاصمة</title>
<meta property="article:published_time" content="2023-07-18T08:00:00+03:00">
</head><body>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li>
<li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
<div class="article-body">
<h1>خطة جديدة لتوزيع المياه في العاصمة</h1>
<p>{AR_PARAGRAPHS[0]}</p>
<p>{AR_PARAGRAPHS[1]}</p>
<p>{AR_PARAGRAPHS[2]}</p>
</div>
<div class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">ارتفاع أسعار الخضار في الأسواق</a></li>
<li><a href="/y">افتتاح مدرسة جديدة في الحي الشرقي</a></li></ul></div>
<footer>جميع الحقوق محفوظة © 2023</footer>
</body></html>
"""


def body_of(article: newsclean.Article) -> str:
    return article.body


# ---------------------------------------------------------------------------------------------------
# Rendering and hints


def test_render_blocks_inline_and_dropped_elements() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<p>One <b>bold</b> <a href='#'>link</a>s</p><div>Two<br>Three</div>"
        "<script>x()</script><noscript>no</noscript><div hidden>secret</div><!-- comment -->"
        "<pre>a\n  b</pre><ul><li>x</li><li>y\u00a0 z\u200b</li></ul></body></html>"
    )
    rendered = render_html(LexborHTMLParser(html))
    assert rendered.lines == ["One bold links", "Two", "Three", "a", "b", "x", "y z"]
    assert len(rendered.hints) == len(rendered.lines)
    assert "li" in rendered.hints[-1].split()


def test_a_time_element_is_a_field_of_its_own() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = (
        "<div class='meta'><span>By <a>Ben Tallchief</a></span><time datetime='2025-02-24'>February 24, 2025</time>"
        "<span>Updated on: </span><time datetime='2025-02-25'>February 25, 2025</time></div>"
    )
    rendered = render_html(LexborHTMLParser(html))
    assert rendered.lines == ["By Ben Tallchief February 24, 2025 Updated on: February 25, 2025"]


def test_a_table_row_is_one_line_of_cells() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = (
        "<table><tr><th>Region</th><th>Deals</th></tr><tr><td>Muwaileh</td><td>412</td></tr>"
        "<tr><td><p>A layout cell's paragraph.</p></td><td><div>Side <a href='#'>link</a></div></td></tr>"
        "<tr><td>Home</td><td>|</td><td>News</td><td> </td><td>Sport</td></tr></table>"
    )
    rendered = render_html(LexborHTMLParser(html))
    assert rendered.lines == ["Region | Deals", "Muwaileh | 412", "A layout cell's paragraph.", "Side link", "Home | News | Sport"]
    assert all("td" in hint.split() for hint in rendered.hints)


def test_a_table_of_figures_in_the_article_is_kept_row_by_row() -> None:
    text = [
        "Sales of commercial plots in Sharjah rose by 18 percent in the third quarter, the land department said on Tuesday.",
        "The department said demand was strongest in the industrial districts close to the new ring road.",
    ]
    rows = [("Region", "Deals", "Value (million)"), ("Muwaileh", "412", "586"), ("Al Khan", "297", "441"), ("Al Tay", "254", "318")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) + "</table>"
    html = (
        "<html><head><title>Plot sales rise | Gulf Daily</title></head><body><nav><a href='/'>Home</a> <a href='/b'>Business</a></nav>"
        f"<article><h1>Plot sales rise</h1><p>{text[0]}</p>{table}<p>{text[1]}</p></article>"
        "<footer>© 2025 Gulf Daily</footer></body></html>"
    )
    article = newsclean.clean_html(html)
    assert list(article.paragraphs) == [text[0], *(" | ".join(row) for row in rows), text[1]]


def test_hints_name_structure_links_and_classes() -> None:
    page = prepare(NEWS, cross_check=False)
    hints = dict(zip(page.rendered.lines, page.hints))
    assert {"nav", "header", "li", "link"} <= set(hints["World"].split())
    assert "h1" in hints["Council approves tram extension"].split()
    assert "figcaption" in hints["A tram at the central station (AFP)"].split()
    assert "cls:related" in hints["Bus fares to rise in June"].split()
    assert "cls:comment" in hints["2 comments"].split()
    assert "footer" in hints["© 2024 The Daily Example. All rights reserved."].split()
    assert "cls:ad" in hints["Advertisement"].split()


def test_class_hints_match_words_not_substrings() -> None:
    assert class_hints("post-comments") == {"comment"}
    assert class_hints("relatedPosts") == {"related"}
    assert "ad" in class_hints("ad-slot")
    assert "ad" not in class_hints("header-shadow")  # "ad" inside a word is not an ad
    assert class_hints("breadcrumbs") == {"nav"}
    # "hidden" hides the element only as a word of its own: Drupal's body field hides its label
    assert class_hints("is-hidden") == {"hidden"} and class_hints("visually-hidden") == {"hidden"}
    assert class_hints("field field--name-body field--label-hidden field__item") == set()
    assert "hidden" not in class_hints("hidden-xs")  # hidden on phones only
    assert class_hints("field field-name-body field-type-text-with-summary field-label-hidden") == set()  # Drupal 7


def test_drupal_body_field_is_the_text() -> None:
    paragraphs = [f"Paragraph {n} of the council story says what the council decided about the old bridge today." for n in range(4)]
    html = (
        "<html><body><header><nav><a href='/'>Home</a> <a href='/city'>City</a></nav></header>"
        "<h1>Council votes to repair the old bridge</h1>"
        "<div class='field field--name-body field--type-text-with-summary field--label-hidden field__item'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div><footer>© 2025 City Daily. All rights reserved.</footer></body></html>"
    )
    article = newsclean.clean_html(html)
    assert list(article.paragraphs) == paragraphs
    assert not article.warnings


# ---------------------------------------------------------------------------------------------------
# A composed news page


def test_news_page_body_and_chrome() -> None:
    article = newsclean.clean_html(NEWS)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.paragraphs
    body = article.body
    for chrome in ("World", "Related articles", "Bus fares", "About time", "All rights reserved", "Advertisement",
                   "Share on Facebook", "never shown", "body {"):
        assert chrome not in body
    assert article.title == "Council approves tram extension"
    assert article.author == "Jane Roe"
    assert article.date == "2024-03-05"
    assert article.url == "https://daily.example.com/city/tram-extension"  # the canonical URL
    assert article.site == "The Daily Example"  # og:site_name: the page's own name beats the URL's host
    assert any(caption.text.startswith("A tram at the central station") for caption in article.captions)
    labels = {line.text: line for line in article.lines}
    assert labels["World"].label is Label.NAVIGATION
    assert labels["Bus fares to rise in June"].label is Label.RELATED
    assert labels["About time! I have been waiting for this tram for years and years now."].label is Label.COMMENTS
    assert labels["A tram at the central station (AFP)"].label in (Label.CAPTION, Label.CREDIT)
    # every line says which rule set its label
    assert all(line.rule for line in article.lines)
    assert any(line.rule.startswith("html.") for line in article.lines)


def test_news_page_without_cross_check() -> None:
    article = newsclean.clean_html(NEWS.encode("utf-8"), url="https://daily.example.com/x")
    fast = __import__("newsclean.html", fromlist=["clean_html"]).clean_html(NEWS, cross_check=False)
    for paragraph in PARAGRAPHS:
        assert paragraph in fast.paragraphs
    assert "Bus fares to rise in June" not in fast.body
    assert "World" not in fast.body.splitlines()
    assert article.site == "The Daily Example"


def test_title_comes_from_h1_confirmed_by_metadata() -> None:
    article = newsclean.clean_html(NEWS)
    assert article.title == "Council approves tram extension"
    assert "Council approves tram extension" not in article.paragraphs


def test_a_logos_h1_that_the_page_title_holds_beside_the_headline_is_no_title() -> None:
    headline = "Council approves tram extension to the airport"
    page = (
        "<html><head><title>Harbour Gazette | " + headline + "</title>"
        '<meta property="og:title" content="' + headline + '"></head><body>'
        '<header><h1 class="logo"><a href="/">Harbour Gazette</a></h1></header>'
        '<div class="post"><h2 class="post-title">' + headline + "</h2>"
        "<p>The city council voted on Tuesday to extend the tram line to the airport, a project of eleven kilometres.</p>"
        "<p>Work is due to start next spring and to last three years, the council said in a statement after the vote.</p>"
        "</div></body></html>"
    )
    assert newsclean.clean_html(page).title == headline


def test_the_visible_h1_wins_over_a_json_ld_headline_written_for_search() -> None:
    h1 = "Parents' committees reject school fee rise and threaten to take it to the ministry"
    seo = "School fee rise opposed by parents' committees"
    page = (
        "<html><head><title>" + seo + " | Harbour Gazette</title>"
        '<meta property="og:title" content="' + seo + '"><meta property="og:site_name" content="Harbour Gazette">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + seo + '"}</script></head><body>'
        '<header><a class="logo" href="/">Harbour Gazette</a></header>'
        '<article><h1 class="headline">' + h1 + "</h1>"
        "<p>Parents' committees at a dozen private schools said on Monday that they would not accept the fee rise announced for next year.</p>"
        "<p>The schools say the rise covers higher salaries, but the committees want to see the accounts before any vote on it.</p>"
        "<p>The ministry said it would meet both sides next week and asked the schools to freeze the rise until then.</p>"
        "</article></body></html>"
    )
    article = newsclean.clean_html(page)
    assert article.title == h1
    assert h1 not in article.paragraphs


def test_a_label_glued_to_its_link_is_read_as_two_words() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = (
        '<p class="body-link"><span>Lire aussi</span><a href="/x">Comté : la filière face à la sécheresse</a></p>'
        '<p><span class="dropcap">L</span>es paysans du <a href="/y">Haut-Doubs</a> attendent.</p>'
    )
    rendered = render_html(LexborHTMLParser(html))
    assert rendered.lines == ["Lire aussi Comté : la filière face à la sécheresse", "Les paysans du Haut-Doubs attendent."]


def test_a_caption_in_a_span_under_its_picture_is_no_paragraph() -> None:
    caption = "The governor visits the new dialysis unit of the district hospital"
    page = (
        "<html><head><title>New dialysis unit opens</title></head><body><h1>New dialysis unit opens at the district hospital</h1>"
        '<div class="article-body"><img src="a.jpg"><span class="caption">' + caption + "</span><br><br>"
        "The governor opened on Sunday the new dialysis unit of the district hospital, after eight months of works on the old building.<br><br>"
        "The unit has eighteen machines instead of ten, a water treatment plant and an isolation room, the hospital's director said.<br><br>"
        "It will work in three shifts a day, so that patients from the nearby villages no longer wait for a place.</div>"
        "</body></html>"
    )
    article = newsclean.clean_html(page)
    assert caption not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_a_long_site_map_line_of_links_goes_even_when_trafilatura_keeps_it() -> None:
    items = " | ".join(["main", "news", "sports", "money", "entertainment", "arizona moms", "travel guide", "health", "food & home", "style", "photos", "video", "shopping", "weather", "classified", "jobs", "autos", "real estate"])
    page = (
        "<html><head><title>Council approves tram extension</title></head><body><h1>Council approves tram extension</h1>"
        "<p>The city council voted on Tuesday to extend the tram line to the airport, a project of eleven kilometres.</p>"
        "<p>Work is due to start next spring and to last three years, the council said in a statement after the vote.</p>"
        '<p>SITE MAP <a href="/">' + items.replace(" | ", '</a> | <a href="/">') + "</a></p>"
        "</body></html>"
    )
    article = newsclean.clean_html(page)
    assert "SITE MAP" not in article.body
    assert len(article.paragraphs) == 2
    site_map = next(line for line in article.lines if line.text.startswith("SITE MAP"))
    assert site_map.label is not Label.CAPTION  # a menu ("Video" among its items is no credit's label)
    assert not article.captions


def test_the_datelines_place_in_its_own_markup_is_no_paragraph() -> None:
    page = (
        "<html><head><title>Publisher launches bilingual books for children</title></head><body>"
        "<h1>Publisher launches bilingual books for children</h1>"
        '<div class="meta"><span class="byline">By Noura Al-Marri</span> <time datetime="2024-02-07">February 7, 2024</time></div>'
        '<div class="article-body"><span class="location">Doha</span>'
        "<p>A Doha publisher launched on Tuesday a series of bilingual books for young children, with twenty titles in its first year.</p>"
        "<p>The director said the books would be sold at half price in schools, and that libraries would receive them for free.</p>"
        "<p>Each book is translated by two people, one of whom works with children every day, the director added.</p>"
        "</div></body></html>"
    )
    article = newsclean.clean_html(page)
    assert "Doha" not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_an_entrys_heading_that_the_key_events_box_lists_is_no_repeat() -> None:
    from newsclean import pipeline

    heading = "Thirty-seven families evacuated near the river"
    lines = [
        ("Live: heavy rain across the county", "h1"),
        ("Key events", "h2"),
        (heading, "li"),
        ("Schools closed in twelve districts", "li"),
        ("The education office closed schools in twelve districts for the day, and said classes would resume on Wednesday.", "p article tf"),
        ("More details will follow as the county's crisis cell meets again this evening, a spokesman said.", "p article tf"),
        (heading, "h3 article tf"),
        ("Civil protection teams evacuated thirty-seven families from houses near the river after the water rose in the streets.", "p article tf"),
        ("The families were taken to a sports hall in the town centre, where they were given blankets and food.", "p article tf"),
    ]
    article = pipeline.run("\n".join(text for text, _ in lines), hints=[hint for _, hint in lines])
    assert all(rule != "repetition.duplicate" for _, rule, _ in article.lines[6].decisions)


# ---------------------------------------------------------------------------------------------------
# Arabic and encodings


def test_arabic_rtl_page() -> None:
    article = newsclean.clean_html(ARABIC.replace("{charset}", "utf-8"))
    for paragraph in AR_PARAGRAPHS:
        assert paragraph in article.paragraphs
    assert "الرئيسية" not in article.body
    assert "ارتفاع أسعار الخضار" not in article.body
    assert "جميع الحقوق محفوظة" not in article.body
    assert article.title == "خطة جديدة لتوزيع المياه في العاصمة"
    assert article.date == "2023-07-18"
    assert article.lang == "ar"


def test_cp1256_bytes_declared_as_utf8() -> None:
    data = ARABIC.replace("{charset}", "utf-8").encode("cp1256")
    text = decode_html(data)
    assert AR_PARAGRAPHS[0] in text
    article = newsclean.clean_html(data)
    assert AR_PARAGRAPHS[1] in article.paragraphs


def test_utf8_bytes_declared_as_cp1256() -> None:
    data = ARABIC.replace("{charset}", "windows-1256").encode("utf-8")
    article = newsclean.clean_html(data)
    assert AR_PARAGRAPHS[0] in article.paragraphs


def test_declared_cp1256_is_used_when_bytes_are_cp1256() -> None:
    data = ARABIC.replace("{charset}", "windows-1256").encode("cp1256")
    assert AR_PARAGRAPHS[2] in decode_html(data)


def test_latin1_declared_page() -> None:
    text = "<html><head><meta charset='iso-8859-1'></head><body><p>Le président a été élu à Genève.</p></body></html>"
    assert "président a été élu à Genève" in decode_html(text.encode("latin-1"))


# ---------------------------------------------------------------------------------------------------
# Bad HTML


def test_truncated_html() -> None:
    cut = NEWS[: NEWS.index(PARAGRAPHS[2][:40]) + 20]
    article = newsclean.clean_html(cut)
    assert PARAGRAPHS[0] in article.paragraphs
    assert PARAGRAPHS[1] in article.paragraphs


def test_no_body() -> None:
    article = newsclean.clean_html("<html><head><title>Only a title</title></head></html>")
    assert article.body == ""
    assert article.title == "Only a title"
    assert any("no visible text" in warning for warning in article.warnings)


def test_fragment_without_html_or_body_tags() -> None:
    article = newsclean.clean_html("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert article.paragraphs == tuple(PARAGRAPHS)


@pytest.mark.parametrize("empty", ["", b"", "   \n  "])
def test_empty_input(empty: str | bytes) -> None:
    article = newsclean.clean_html(empty)
    assert article.body == ""
    assert article.lines == ()


def test_binary_input_is_an_input_error() -> None:
    with pytest.raises(newsclean.InputError):
        newsclean.clean_html(bytes(range(256)) * 64)


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        newsclean.clean_html(42)  # type: ignore[arg-type]


def test_deeply_nested_markup() -> None:
    html = "<div>" * 50_000 + "<p>" + PARAGRAPHS[0] + "</p>" + "</div>" * 10
    article = newsclean.clean_html(html)
    assert PARAGRAPHS[0] in article.body


def test_twenty_megabyte_page_in_reasonable_time() -> None:
    # an archive of 400 000 links after the article (a sitemap-like page)
    filler = "".join(f"<li><a href='/archive/{i}'>Story number {i} in the archive</a></li>\n" for i in range(400_000))
    html = NEWS.replace("</main>", f"<ul class='archive'>{filler}</ul></main>")
    assert len(html) > 20_000_000
    started = time.perf_counter()
    article = newsclean.clean_html(html)
    elapsed = time.perf_counter() - started
    # A guard against a hang (a quadratic step takes hours here), not a speed measure: speed is
    # benchmarks/speed.py's (docs/benchmarks.md). On a quiet machine this takes about a minute.
    assert elapsed < 600, f"20 MB page took {elapsed:.0f} s"
    assert any("no trafilatura cross-check" in warning for warning in article.warnings)
    assert PARAGRAPHS[0] in article.paragraphs
    assert "Story number 12 in the archive" not in article.body


# ---------------------------------------------------------------------------------------------------
# JSONL records


def test_clean_record_html_and_text() -> None:
    html = clean_record({"id": 1, "url": "https://daily.example.com/a", "html": NEWS})
    assert html["id"] == 1 and html["html"] == NEWS  # input fields kept
    assert PARAGRAPHS[0] in html["newsclean"]["body"]
    assert html["newsclean"]["title"] == "Council approves tram extension"
    assert "error" not in html
    text = clean_record({"url": "https://daily.example.com/b", "text": "\n".join(["Home | News | Sport", *PARAGRAPHS])})
    assert PARAGRAPHS[0] in text["newsclean"]["body"]
    json.dumps(html), json.dumps(text)  # JSON-ready


def test_clean_record_errors_are_recorded() -> None:
    missing = clean_record({"url": "https://x.example"})
    assert missing["url"] == "https://x.example" and "neither" in missing["error"] and "newsclean" not in missing
    wrong = clean_record({"text": 12})
    assert "error" in wrong
    binary = clean_record({"html": "\x00\x01"})
    assert "error" in binary or "newsclean" in binary


def test_iter_jsonl_keeps_going_after_bad_lines() -> None:
    lines = [
        json.dumps({"url": "https://daily.example.com/a", "html": NEWS}),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"text": "\n".join(PARAGRAPHS)}),
        json.dumps({"url": "u"}),
    ]
    out = list(iter_jsonl(lines))
    assert len(out) == 5
    assert "newsclean" in out[0]
    assert out[1]["line"] == 2 and "invalid JSON" in out[1]["error"]
    assert out[2]["line"] == 4
    assert "newsclean" in out[3]
    assert "error" in out[4]


def test_clean_jsonl_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    target = tmp_path / "out.jsonl"
    records = [{"id": "a", "html": NEWS}, {"id": "b", "text": "\n".join(PARAGRAPHS)}]
    source.write_bytes(
        ("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{oops\n").encode("utf-8") + b"\xff\n"
    )
    summary = clean_jsonl(source, target)
    assert summary.records == 4 and summary.errors == 2
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [record.get("id") for record in out[:2]] == ["a", "b"]
    assert out[2]["line"] == 3
    with pytest.raises(newsclean.InputError):
        clean_jsonl(tmp_path / "missing.jsonl", target)


def test_heading_above_a_paragraph_trafilatura_kept_is_a_subheading() -> None:
    # A live page as clean_html hands it to the pipeline: trafilatura kept the posts' paragraphs
    # ("tf") but dropped their headings.
    from newsclean.pipeline import run

    lines = [
        ("Storm live: thousands without power as flood warnings spread", "h1 main"),
        ("11.20 GMT", "article main time cls:date"),
        ("Power restored to thousands of homes", "h2 article main cls:title"),
        (PARAGRAPHS[0], "p article main tf"),
        (PARAGRAPHS[1], "p article main tf"),
        ("09.15 GMT", "article main time cls:date"),
        ("Rail services suspended in the north", "h2 article main cls:title"),
        (PARAGRAPHS[2], "p article main tf"),
        (PARAGRAPHS[3], "p article main tf"),
        ("Most viewed", "h2 main"),
        ("Ferry fares to rise in April", "li main link"),
    ]
    article = run("\n".join(text for text, _ in lines), hints=[hint for _, hint in lines])
    assert list(article.paragraphs) == [
        "Power restored to thousands of homes", *PARAGRAPHS[:2], "Rail services suspended in the north", *PARAGRAPHS[2:]
    ]


STANDFIRST = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Declaran la emergencia hídrica en el puerto | Diario Ejemplo</title>
<meta property="og:title" content="Declaran la emergencia hídrica en el puerto"></head>
<body><div class="masthead">Diario Ejemplo</div>
<div class="nota"><h1>Declaran la emergencia hídrica en el puerto</h1>
<div class="copete">El concejo aprobó por unanimidad la medida por 180 días mientras el río sigue bajando.</div>
<div class="autor">Por Lucía Ferreyra | 27 de febrero de 2024 - 18:45</div>
<div class="cuerpo"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>
<p>📲 Sumate al canal de WhatsApp de Diario Ejemplo y recibí las noticias en tu celular</p></div>
</body></html>"""


def test_standfirst_between_the_headline_and_the_byline() -> None:
    article = newsclean.clean_html(STANDFIRST)
    assert article.subtitle == "El concejo aprobó por unanimidad la medida por 180 días mientras el río sigue bajando."
    assert article.author == "Lucía Ferreyra"
    assert list(article.paragraphs) == PARAGRAPHS[:3]  # the WhatsApp appeal goes too


def test_headline_and_breadcrumb_inside_the_article_trafilatura_keeps() -> None:
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le tram ira jusqu'aux quartiers nord | Le Quotidien</title></head><body>
<article class="post"><div class="breadcrumb">Accueil &gt; Ville &gt; Le tram ira jusqu'aux quartiers nord</div>
<h1>Le tram ira jusqu'aux quartiers nord</h1>
<div class="meta"><span class="author">Par <a href="/a/claire">Claire Lemoine</a></span> <span class="date">Publié le <time datetime="2025-02-04T18:02">4 février 2025 à 18h02</time></span></div>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article>
<footer><p>© 2025 Le Quotidien</p></footer></body></html>"""
    article = newsclean.clean_html(page)
    assert article.title == "Le tram ira jusqu'aux quartiers nord"
    assert article.author == "Claire Lemoine"
    assert list(article.paragraphs) == PARAGRAPHS[:3]


def test_menu_line_trafilatura_keeps_is_no_breadcrumb_unless_it_ends_with_the_headline() -> None:
    # A blog's "« previous | Main | next »" line inside a nav-classed block stays with trafilatura's
    # text; "Accueil > Ville > <headline>" does not (see the test above).
    from newsclean.pipeline import run

    lines = [
        ("Storm closes the coastal road for a week", "h1 main"),
        ("« Older post | Main | Newer post »", "main cls:nav tf"),
        (PARAGRAPHS[0], "p main tf"),
        (PARAGRAPHS[1], "p main tf"),
    ]
    article = run("\n".join(text for text, _ in lines), hints=[hint for _, hint in lines])
    assert [line.rule for line in article.lines][1] == "html.trafilatura-agrees"


def test_long_heading_right_under_the_headline_is_the_standfirst() -> None:
    standfirst = "The new section will add eleven stations in the northern districts and open in three years."
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = f"""<html><head><title>Council approves tram extension | The Daily Example</title></head><body>
    <nav><a href="/">Home</a> <a href="/city">City</a></nav>
    <article><h1>Council approves tram extension</h1><h2>{standfirst}</h2>
    <div class="firma"><span>Lucía Ferrán</span><span>Valencia</span></div>{body}
    <h2>What happens next</h2><p>{PARAGRAPHS[0]}</p></article>
    <footer>© 2024 The Daily Example</footer></body></html>"""
    article = newsclean.clean_html(page)
    assert article.title == "Council approves tram extension"
    assert article.subtitle == standfirst
    assert standfirst not in article.paragraphs
    assert "What happens next" in article.paragraphs  # a section's heading, short, stays


def test_a_subheading_that_quotes_the_text_is_no_pull_quote() -> None:
    from newsclean.pipeline import run

    quote = "« On va accoucher sur le bord de la route »"
    paragraph = (
        "La fermeture de la maternité inquiète les familles du canton : « On va accoucher sur le bord de la route », "
        "résume une habitante, enceinte de sept mois, qui devra désormais faire une heure de trajet."
    )
    lines = [
        ("La maternité de Valbrenne fermera ses portes en juin", "h1 main"),
        (PARAGRAPHS[0], "p article main tf"),
        (PARAGRAPHS[1], "p article main tf"),
        (quote, "h2 article main tf"),
        (paragraph, "p article main tf"),
        (PARAGRAPHS[2], "p article main tf"),
    ]
    article = run("\n".join(text for text, _ in lines), hints=[hint for _, hint in lines])
    assert quote in article.paragraphs


def test_a_content_systems_default_account_is_no_author() -> None:
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="author" content="Super User">
<title>Harbour budget approved | Example</title></head><body><article><h1>Harbour budget approved</h1>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></article></body></html>"""
    assert newsclean.clean_html(page).author is None


def test_a_form_around_the_whole_page_is_no_form() -> None:
    """ASP.NET WebForms wraps the page in <form id="aspnetForm">: its lines are the page's, not a
    form's; a search box inside it is still a form."""
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (
        '<html><body><form id="aspnetForm" method="post"><div id="header">'
        '<form action="/search"><label>Search the site</label><input name="q"></form></div>'
        f"<h1>Council approves tram extension</h1>{body}</form></body></html>"
    )
    page = prepare(html, cross_check=False)
    hints = dict(zip(page.rendered.lines, page.hints))
    assert "form" not in hints[PARAGRAPHS[0]].split()
    assert "form" in hints["Search the site"].split()


NEXT = [
    "The ferry company said on Wednesday that it would add a second daily crossing to the islands from "
    "June, after a summer in which hundreds of passengers were turned away at the harbour.",
    "The new timetable will run until the end of September, and tickets go on sale next week on the "
    "company's website and at the harbour office, a spokesperson said.",
]


def _scrolled(headline_markup: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    nxt = "".join(f"<p>{text}</p>" for text in NEXT)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council approves tram extension</title></head><body>"
        f"<main><article><h1>Council approves tram extension</h1><p class='byline'>By Ann Lee</p>{body}</article>"
        "<div class='related'><h3>More news</h3><a href='/a'>Harbour fees rise</a></div>"
        f"<div class='next-label'>Next article</div><article class='article--next'>{headline_markup}"
        f"<p class='byline'>By Tom Ray</p>{nxt}</article></main></body></html>"
    )


def test_the_next_article_an_infinite_scroll_appended_is_returned_apart() -> None:
    article = newsclean.clean_html(_scrolled("<h1>Ferry company adds a second daily crossing to the islands</h1>"))
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.extra_articles == ("\n".join(NEXT),)
    assert {line.rule for line in article.lines if line.text in NEXT} == {"html.appended-article"}


def test_a_linked_headline_in_a_feed_is_no_appended_article() -> None:
    # Two posts whose titles link to them, each over its byline: a feed of teasers, not appended articles
    post = "<h1><a href='/ferry'>Ferry company adds a second daily crossing to the islands</a></h1>"
    second = "</article><article><h1><a href='/bus'>Bus fares to rise by ten cents across the region in June</a></h1><p class='byline'>By Ann Lee</p><p>{}</p>"
    page = _scrolled(post).replace("</article></main>", second.format(NEXT[0]) + "</article></main>")
    article = newsclean.clean_html(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.extra_articles == ()
    # One such post after the text is the next article (WordPress links its titles to their posts)
    assert newsclean.clean_html(_scrolled(post)).extra_articles == ("\n".join(NEXT),)


def _scrolled_in_divs(byline: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    nxt = "".join(f"<p>{text}</p>" for text in NEXT)
    wrapper = "<div class='articleWrapper'><h1 class='title'>{}</h1>{}<div class='content'>{}</div></div>"
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council approves tram extension</title></head><body>"
        + wrapper.format("Council approves tram extension", "<div class='byline'>By Ann Lee</div>", body)
        + "<div class='related'><h4>More news</h4><ul><li><a href='/a'>Harbour fees rise</a></li></ul></div>"
        + "<div class='loader'>Loading the next article...</div>"
        + wrapper.format("Ferry company adds a second daily crossing to the islands", byline, nxt)
        + "</body></html>"
    )


def test_a_next_article_in_a_cms_without_article_elements_comes_with_its_byline() -> None:
    article = newsclean.clean_html(_scrolled_in_divs("<div class='byline'>By Tom Ray, March 3, 2025</div>"))
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.extra_articles == ("\n".join(NEXT),)
    # Without <article> and without a byline under it, a second <h1> is no article's headline.
    assert newsclean.clean_html(_scrolled_in_divs("")).extra_articles == ()


def test_a_breadcrumb_of_links_in_a_plain_table_cell_is_chrome() -> None:
    body = "".join(f"<tr><td><p>{text}</p></td></tr>" for text in PARAGRAPHS)
    page = (
        "<html><head><meta charset='utf-8'><title>Council approves tram extension</title></head><body><table>"
        "<tr><td><a href='/'>Home</a> &gt; <a href='/local'>Local</a> &gt; <a href='/tram'>Tram extension</a></td></tr>"
        f"<tr><td><h1>Council approves tram extension</h1></td></tr>{body}</table></body></html>"
    )
    article = newsclean.clean_html(page)
    assert list(article.paragraphs) == PARAGRAPHS
    crumb = next(line for line in article.lines if line.text.startswith("Home >"))
    assert crumb.label is not Label.BODY



def test_markup_keeps_a_subheading_and_an_announced_list_that_trafilatura_dropped() -> None:
    # No <article>: an <h2> under text trafilatura kept, over text it kept, is a subheading; the <li>
    # items under "... include:" (not links) are the text's list
    from newsclean.pipeline import run

    rows = [
        ("Council approves tram extension to the northern districts", "h1 cls:title"),
        (PARAGRAPHS[0], "p tf"),
        (PARAGRAPHS[1], "p tf"),
        ("What the works include", "h2"),
        ("The plans published with the decision include:", "p tf"),
        ("eleven new stations along the northern avenue", "li"),
        ("a depot for twenty new trams", "li"),
        ("a park-and-ride by the ring road", "li"),
        (PARAGRAPHS[2], "p tf"),
        (PARAGRAPHS[3], "p tf"),
    ]
    article = run("\n".join(text for text, _ in rows), hints=[hint for _, hint in rows])
    assert list(article.paragraphs) == [text for text, _ in rows[1:]]
    rules = {line.text: line.rule for line in article.lines}
    assert rules["What the works include"] == "html.subheading"
    assert rules["a depot for twenty new trams"] == "html.announced-item"


def test_linked_items_under_a_colon_are_no_announced_list() -> None:
    from newsclean.pipeline import run

    rows = [
        ("Council approves tram extension to the northern districts", "h1 cls:title"),
        (PARAGRAPHS[0], "p tf"),
        (PARAGRAPHS[1], "p tf"),
        ("Read our earlier coverage of the tram:", "p tf"),
        ("Tram line one opens after ten years of debate", "li link"),
        ("Residents vote for a northern route", "li link"),
        (PARAGRAPHS[2], "p tf"),
    ]
    article = run("\n".join(text for text, _ in rows), hints=[hint for _, hint in rows])
    assert "Residents vote for a northern route" not in article.paragraphs


def test_the_markups_names_are_written_as_the_byline_joins_them() -> None:
    # <meta name="author" content="A, B"> and the header's stamp "A and B Valencia 05/03/2024 09:30"
    page = NEWS.replace('<meta name="author" content="Jane Roe">', '<meta name="author" content="Jane Roe, John Doe">')
    page = page.replace('"author": {"@type": "Person", "name": "Jane Roe"}, ', "")
    page = page.replace('<p class="byline">By Jane Roe</p>', "")
    stamp = '<p class="meta"><time datetime="2024-03-05">Jane Roe and John Doe Valencia 05/03/2024 09:30</time></p>'
    page = page.replace('<time datetime="2024-03-05">5 March 2024</time>', stamp)
    article = newsclean.clean_html(page)
    assert article.author == "Jane Roe and John Doe"


def test_an_appended_article_under_an_h2_the_site_calls_a_title() -> None:
    # A CMS without <article> that keeps <h1> for the first story: the next one, appended by an
    # infinite scroll, opens with <h2 class="news-title"> over its byline
    second = [
        "Bus fares will rise by ten cents in June, the transport authority said on Wednesday after its board meeting.",
        "The authority said the rise was needed to pay for the new electric buses that it ordered for the northern lines.",
        "Passengers with a monthly pass will not pay more until the end of the year, a spokeswoman for the authority said.",
    ]
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tram extension</title></head><body>
<div class="news-content"><h1 class="news-title">Council approves tram extension</h1>
<div class="byline">By Jane Roe, 5 March 2024</div>
{"".join(f"<p>{text}</p>" for text in PARAGRAPHS)}</div>
<div class="news-content next-news"><h2 class="news-title">Bus fares to rise by ten cents in June</h2>
<div class="byline">By John Doe, 5 March 2024</div>
{"".join(f"<p>{text}</p>" for text in second)}</div>
<footer>© 2024 The Daily Example</footer></body></html>"""
    article = newsclean.clean_html(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert len(article.extra_articles) == 1 and second[0] in article.extra_articles[0]


def test_a_desk_the_markup_names_as_author_is_no_writer() -> None:
    page = NEWS.replace('<meta name="author" content="Jane Roe">', '<meta name="author" content="فريق التحرير">')
    page = page.replace('"author": {"@type": "Person", "name": "Jane Roe"}, ', "").replace('<p class="byline">By Jane Roe</p>', "")
    assert newsclean.clean_html(page).author is None


def test_the_day_the_page_shows_beats_the_markups_utc_day_before_it() -> None:
    # published_time in UTC the evening before; the page shows the local day
    page = NEWS.replace("2024-03-05T09:30:00+01:00", "2024-03-04T23:30:00Z")
    assert newsclean.clean_html(page).date == "2024-03-05"
    page = NEWS.replace("2024-03-05T09:30:00+01:00", "2024-03-04T23:30:00+01:00")  # not UTC: the markup's day
    assert newsclean.clean_html(page).date == "2024-03-04"


def test_a_second_article_whose_linked_title_heads_its_byline_is_appended() -> None:
    # WordPress: <article><h2 class="entry-title"><a href=...>title</a></h2> over "By ..." and its paragraphs
    second = [
        "Bus fares will rise by ten cents in June, the transport authority said on Wednesday after its board meeting.",
        "The authority said the rise was needed to pay for the new electric buses that it ordered for the northern lines.",
        "Passengers with a monthly pass will not pay more until the end of the year, a spokeswoman for the authority said.",
    ]
    appended = f"""<div class="next-article-divider">Next article</div>
<article class="post infinite-post"><header><h2 class="entry-title"><a href="/bus-fares">Bus fares to rise by ten cents in June</a></h2>
<div class="entry-meta"><span class="author">By <a href="/author/john">John Doe</a></span> <time datetime="2024-03-05">5 March 2024</time></div></header>
{"".join(f"<p>{text}</p>" for text in second)}</article>"""
    page = NEWS.replace("</main>", appended + "</main>")
    article = newsclean.clean_html(page)
    assert len(article.extra_articles) == 1 and second[0] in article.extra_articles[0]
    assert not any(text in article.paragraphs for text in second)


def test_a_key_points_box_under_the_header_of_an_html_page() -> None:
    # Trafilatura keeps the headline and the box: the box under the header is found once the header is read
    items = ["The line gets eleven new stations.", "Work starts next spring.", "The city, the region and a loan share the cost."]
    box = "<section class='keypoints'><h2>Key points</h2><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></section>"
    page = NEWS.replace('<time datetime="2024-03-05">5 March 2024</time>', '<time datetime="2024-03-05">5 March 2024</time>' + box)
    article = newsclean.clean_html(page)
    assert article.key_points == tuple(items)
    assert list(article.paragraphs) == PARAGRAPHS


@pytest.mark.parametrize("cls", ["article-lead", "chapo", "c-dek", "story__standfirst", "id-Story-lead"])
def test_first_paragraph_in_a_standfirsts_class_is_the_subtitle(cls: str) -> None:
    standfirst = "The new section adds eleven stations in the northern districts and should open in three years."
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = f"""<html><head><title>Council approves tram extension | The Daily Example</title></head><body>
    <nav><a href="/">Home</a> <a href="/city">City</a></nav>
    <article><h1>Council approves tram extension</h1>
    <div class="meta"><span class="author">By Jane Porter</span> <time datetime="2025-03-04">4 March 2025</time></div>
    <p class="{cls}">{standfirst}</p>{body}</article>
    <footer>© 2025 The Daily Example</footer></body></html>"""
    article = newsclean.clean_html(page)
    assert article.subtitle == standfirst
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_leaderboard_is_no_standfirsts_class() -> None:
    # "lead" matches as a word only: an ad slot's "leaderboard" is no standfirst.
    assert "lead" in class_hints("fr-lead")
    assert "lead" not in class_hints("leaderboard")


def test_question_subheadings_trafilatura_drops_stay() -> None:
    # Sections headed by questions ("Hangi ilçeler etkilenecek?") in <h3>s trafilatura dropped: a
    # question ends with its mark, yet it is a heading of the text, not a sentence of a widget.
    from newsclean.pipeline import run

    questions = ["Which districts are affected?", "How long will the cuts last?"]
    lines = [
        ("Water cuts in the city: which districts, how long?", "h1"),
        (PARAGRAPHS[0], "p tf"),
        (questions[0], "h3"),
        (PARAGRAPHS[1], "p tf"),
        (questions[1], "h3"),
        (PARAGRAPHS[2], "p tf"),
        (PARAGRAPHS[3], "p tf"),
    ]
    article = run("\n".join(text for text, _ in lines), hints=[hint for _, hint in lines])
    assert list(article.paragraphs) == [PARAGRAPHS[0], questions[0], PARAGRAPHS[1], questions[1], *PARAGRAPHS[2:]]


def test_next_article_under_its_own_h1_after_the_text_is_not_taken_back() -> None:
    # An infinite scroll's next article ("Próxima notícia") in a second block of the article's class:
    # trafilatura keeps it, headline and all; the region search cut it; the second <h1>, kept with its
    # text, says it is another article, so the rescue leaves it out.
    page = FIXTURES / "html" / "r146_pt_portal.html"
    article = newsclean.clean_file(page)
    assert article.title == "Recife inaugura primeira linha de ônibus elétricos com tarifa integrada ao metrô"
    assert not any("Olinda" in paragraph for paragraph in article.paragraphs)
    assert any("ônibus elétricos" in paragraph for paragraph in article.paragraphs)


def test_trafilaturas_guess_of_a_writers_bio_is_no_author() -> None:
    from newsclean.metadata.byline import name_shaped

    assert name_shaped("Jana Körner")
    assert not name_shaped("Jana Körner ist Redakteurin im Ressort Wirtschaft des Wochenboten")
    # "Interview: <a href="/autoren/jana-koerner">Jana Körner</a>": no byline's prefix, trafilatura
    # guesses the bio under the text; the link to her writer's page names her
    article = newsclean.clean_file(FIXTURES / "html" / "r149_de_weekly.html")
    assert article.author == "Jana Körner"


def test_names_linked_to_writers_pages_in_the_header_are_the_author() -> None:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    byline = '<a href="/autor/lucia-ferrer">Lucía Ferrer</a> y <a href="/autor/daniel-olivan">Daniel Oliván</a>'
    page = f"""<html><head><title>Council approves tram extension | The Daily Example</title></head><body>
    <article><h1>Council approves tram extension</h1>
    <div class="firma"><span>{byline}</span> <span>Valencia</span> <span>27/07/2025 - 08:45h</span></div>
    {body}</article>
    <aside><h3>Opinion</h3><a href="/author/jane-porter">Jane Porter</a></aside>
    <footer>© 2025 The Daily Example</footer></body></html>"""
    assert newsclean.clean_html(page).author == "Lucía Ferrer y Daniel Oliván"
    # A writer's page linked only from a sidebar after the text names no writer of this article.
    sidebar_only = page.replace(byline, "").replace('href="/autor/', 'href="/tag/')
    assert newsclean.clean_html(sidebar_only).author is None
    # A desk's page ("Redacción", "NFL.com Staff") is no writer's.
    desk = page.replace(byline, '<a href="/author/staff">Daily Example Staff</a>')
    assert newsclean.clean_html(desk).author is None


def test_without_h1_the_headline_is_the_line_the_title_holds_without_the_sites_name() -> None:
    """An old agency page: no <h1>, no og:title; <title> is "<site> :: <headline>" and the headline
    is a line of the page (a <font> in bold). A sidebar's teaser that the text took for the headline
    goes back out of the text, not into the body."""
    headline = "Council approves the tram extension to the northern districts"
    body = "<br><br>".join(PARAGRAPHS)
    page = f"""<html><head><meta charset="utf-8"><title>The Official News Agency :: {headline}</title></head><body>
    <table><tr><td class="menu"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/world">World</a></td></tr>
    <tr><td width="25%"><b>Other news</b><br><a href="/n/1">Red Crescent answers 430 calls in the region within a single week</a><br>
    <a href="/n/2">University hosts the third scientific research forum</a></td>
    <td><font size="2">Wednesday 12/03/2025</font><br><font size="4"><b>{headline}</b></font><br><br>
    <font size="3">{body}</font></td></tr>
    <tr><td class="footer">All rights reserved to the Official News Agency © 2025</td></tr></table></body></html>"""
    article = newsclean.clean_html(page)
    assert article.title == headline
    assert headline not in article.paragraphs
    assert not any("Red Crescent" in paragraph for paragraph in article.paragraphs)



RELATED_TABLE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hospital opens a children's dialysis unit - The Northern Herald</title></head>
<body><table width="100%"><tr><td class="menu"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/health">Health</a></td></tr>
<tr><td class="ArticleTitle"><h1>Hospital opens a children's dialysis unit</h1></td></tr>
<tr><td class="ArticleBody">{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}<br><br>{PARAGRAPHS[2]}<br><br>{PARAGRAPHS[3]}</td></tr>
<tr><td class="RelatedTitle">Related news</td></tr>
<tr><td class="RelatedItem">» <a href="/n/1">University launches nursing training programme across rural northern clinics</a> (16/03/2025)</td></tr>
<tr><td class="RelatedItem">» <a href="/n/2">City council approves record 2025 roads budget worth 38 million dinars</a> (15/03/2025)</td></tr>
<tr><td class="RelatedItem">» <a href="/n/3">Health ministry plans twelve new primary care centres northern governorates</a> (14/03/2025)</td></tr>
<tr><td class="Comments">Comments</td></tr><tr><td>No comments yet</td></tr>
<tr><td class="footer">© 2025 The Northern Herald. All rights reserved.</td></tr></table></body></html>"""


def test_related_headlines_trafilatura_keeps_after_the_text_are_not_taken_back() -> None:
    """A table layout's "Related news" box under the text, each headline with its date in brackets:
    trafilatura keeps them as text; they end no sentence, so the rescue of its lines leaves them."""
    article = newsclean.clean_html(RELATED_TABLE)
    assert list(article.paragraphs) == PARAGRAPHS[:4]


CARDS_IN_TEXT = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves tram extension - The Daily Example</title></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main><article><h1>Council approves tram extension</h1>
<div class="a_c"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>
<section class="a_r"><h3 class="a_r_t">See also</h3>
<article class="c"><header><h2 class="c_t"><a href="/city/2024-11-02/bus-lanes-on-the-ring-road.html">Bus lanes on the ring road cut journey times by a quarter</a></h2></header></article>
<article class="c"><header><h2 class="c_t"><a href="/city/2024-09-14/the-old-depot.html">The old tram depot becomes a market hall</a></h2></header></article>
</section>
<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div></article></main>
<footer><p>© 2024 The Daily Example</p></footer></body></html>"""


def test_linked_card_headlines_under_a_box_heading_in_the_text_go_whatever_trafilatura_kept() -> None:
    """A "See also" box between paragraphs, each card a linked <h2>: trafilatura keeps the
    headlines as text, but a heading that is a link and nothing else, under the box's heading, is a
    card's (a subheading of the text links nowhere)."""
    article = newsclean.clean_html(CARDS_IN_TEXT)
    assert list(article.paragraphs) == PARAGRAPHS


def test_trafilatura_reading_a_paywall_box_as_the_text_is_no_evidence() -> None:
    """Kept: the headline and a paywall's pitch; dropped: the open paragraphs above the box. The
    reference took the wrong block; comments it dropped, or a text it kept, do not say so."""
    from newsclean.html import _wrong_block

    lines = [
        "Council approves tram extension",
        *PARAGRAPHS[:3],
        "Want to know how it goes on?",
        "Read on with Example+: subscribe now.",
        "Already a subscriber? Log in",
    ]
    hints = ["h1 article", *["p article main"] * 3, "p article main", "p article main", "p article main"]
    kept = [True, False, False, False, True, True, True]
    assert _wrong_block(lines, hints, kept)
    assert not _wrong_block(lines, ["h1 article", *["p cls:comment"] * 3, "p", "p", "p"], kept)  # comments dropped
    assert not _wrong_block(lines, hints, [True, True, False, False, True, True, True])  # it kept a paragraph


def test_zero_width_non_joiner_of_persian_spelling_is_kept() -> None:
    """ZWNJ spells Persian ("می‌شود"): rendering keeps it (and the joiner); zero-width spaces go."""
    from newsclean.html import prepare

    page = "<html><body><p>آب زاینده\u200cرود از فردا رها می\u200cشود\u200b.</p><p>a\u200db</p></body></html>"
    text = prepare(page, cross_check=False).text
    assert text.splitlines() == ["آب زاینده\u200cرود از فردا رها می\u200cشود.", "a\u200db"]


TRAM_PARAGRAPHS = [
    "عادت أولى عربات ترام الرمل المطورة إلى العمل ظهر الثلاثاء على المسافة بين محطتي فيكتوريا وسيدي جابر بعد توقف دام ثمانية عشر شهرا من أعمال التطوير.",
    "وقال رئيس هيئة النقل العام إن التشغيل الجزئي يشمل اثنتي عشرة عربة من أصل ثمان وثلاثين، وإن بقية الخط ستفتح على مراحل خلال الصيف المقبل.",
    "وأضاف أن متوسط زمن الانتظار في المحطات لن يتجاوز ثماني دقائق في ساعات الذروة، مقارنة بنحو عشرين دقيقة قبل بدء أعمال التطوير في الخط.",
]


def _portal_page(head_of_text: str, over_title: str = "") -> str:
    """An Arabic portal's article page: a menu, a breadcrumb, the headline, the byline, the picture,
    then the text in itemprop="articleBody" opening with `head_of_text` (and, when given, a section's
    label over the headline inside the text's container)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in TRAM_PARAGRAPHS)
    label = f"<p>{over_title}</p>" if over_title else ""
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>عودة ترام الرمل إلى العمل جزئيا | بوابة الثغر</title><meta property="og:site_name" content="بوابة الثغر"></head>
<body><nav class="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/alex">الإسكندرية</a></li>
<li><a href="/egypt">مصر</a></li><li><a href="/sports">رياضة</a></li></ul></nav>
<main><ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/alex">الإسكندرية</a></li></ol>
<article><div class="article-text" itemprop="articleBody">{label}<h1>عودة ترام الرمل إلى العمل جزئيا بعد 18 شهرا من التطوير</h1>
<p class="byline">كتبت: منة الله الشاذلي</p><time datetime="2025-04-22">الثلاثاء، 22 أبريل 2025</time>
<p>{head_of_text}</p>{paragraphs}</div></article></main>
<footer><p>تابعوا بوابة الثغر على واتساب</p><p>© 2025 بوابة الثغر. جميع الحقوق محفوظة</p></footer></body></html>"""


def test_a_place_the_menu_names_and_the_site_over_the_text_is_its_dateline() -> None:
    """ "الإسكندرية - بوابة الثغر" as the text's first paragraph: the city (a section of the menu too)
    and the site the page names elsewhere. The dateline, not a paragraph, though trafilatura keeps it."""
    article = newsclean.clean_html(_portal_page("الإسكندرية - بوابة الثغر"))
    assert article.dateline == "الإسكندرية"
    assert list(article.paragraphs) == TRAM_PARAGRAPHS


def test_a_sections_label_over_the_headline_in_the_text_goes() -> None:
    """The section's label over the headline inside the text's container ("محليات"): no paragraph.
    A writer's name there stays the page's to read."""
    article = newsclean.clean_html(_portal_page("الإسكندرية - بوابة الثغر", over_title="محليات"))
    assert list(article.paragraphs) == TRAM_PARAGRAPHS


def test_the_text_a_page_keeps_in_noscript_when_its_script_writes_nothing() -> None:
    """The body is written by a script ("جاري التحميل..." where it goes) and kept in <noscript> for
    browsers without one: that copy is the page's text."""
    paragraphs = "".join(f"<p>{text}</p>" for text in TRAM_PARAGRAPHS)
    page = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>عودة ترام الرمل | بوابة الثغر</title>
<meta property="og:title" content="عودة ترام الرمل إلى العمل جزئيا"></head><body><nav><a href="/">الرئيسية</a> <a href="/alex">الإسكندرية</a></nav>
<div id="root">جاري التحميل...</div><noscript><article><h1>عودة ترام الرمل إلى العمل جزئيا</h1>{paragraphs}</article></noscript>
<footer>© 2025 بوابة الثغر</footer></body></html>"""
    article = newsclean.clean_html(page)
    assert list(article.paragraphs) == TRAM_PARAGRAPHS
    assert article.title == "عودة ترام الرمل إلى العمل جزئيا"


def test_an_embedded_x_post_goes_though_trafilatura_keeps_it() -> None:
    """A blockquote.twitter-tweet inside the article that no sentence introduces: its text and its
    signature go, as from plain text (trafilatura keeps the blockquote; that does not bring it back)."""
    paragraphs = [
        "Heavy rain flooded several streets in the lower town on Tuesday morning, and the fire brigade pumped out dozens of cellars.",
        "The weather office said the rain would ease by the afternoon, but warned of more storms in the mountains overnight.",
        "Shop owners on the market square said the water rose within minutes and ruined stock worth thousands of euros.",
    ]
    tweet = "Stay away from rivers and streams today, and call 112 only in an emergency pic.twitter.com/kq8Ld2Xz0P"
    html = (
        "<html><head><title>Floods in the lower town</title></head><body><article><h1>Floods hit the lower town</h1>"
        f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
        f'<blockquote class="twitter-tweet"><p>{tweet}</p>&mdash; Civil Protection (@civprot) <a href="#">January 28, 2025</a></blockquote>'
        f"<p>{paragraphs[2]}</p></article></body></html>"
    )
    article = newsclean.clean_html(html)
    assert list(article.paragraphs) == paragraphs


def test_a_credit_in_an_element_of_its_own_under_its_caption() -> None:
    # Drupal's fields: the caption and the credit each in a <div> of the <figcaption>.
    text = [
        "للمرة الأولى منذ سنوات، يجد أصحاب المولدات الخاصة في طرابلس أنفسهم مضطرين إلى خفض التسعيرة بدل رفعها بعد تراجع عدد المشتركين.",
        "ولا تتوافر أرقام رسمية دقيقة عن عدد الأنظمة الشمسية المركّبة في المدينة، لكن تقديرات التجار تشير إلى أن ثلث الأبنية باتت تعتمد عليها.",
    ]
    page = (
        '<html lang="ar"><head><title>أصحاب المولدات في طرابلس يخفضون التسعيرة | الساحل</title></head><body>'
        '<nav><a href="/">الرئيسية</a> <a href="/lb">لبنان</a></nav><article><h1>أصحاب المولدات في طرابلس يخفضون التسعيرة</h1>'
        '<div class="author">كتبت: ريما الحاج علي</div><time datetime="2025-02-11">11 شباط 2025</time><figure><img src="a.jpg">'
        '<figcaption><div class="field field--name-field-caption">ألواح شمسية تغطي أسطح أبنية سكنية في منطقة الزاهرية</div>'
        '<div class="field field--name-field-credit">عمر ضنّاوي</div></figcaption></figure>'
        + "".join(f"<p>{paragraph}</p>" for paragraph in text) + "</article></body></html>"
    )
    article = newsclean.clean_html(page)
    assert [(c.text, c.credit) for c in article.captions] == [("ألواح شمسية تغطي أسطح أبنية سكنية في منطقة الزاهرية", "عمر ضنّاوي")]
    assert list(article.paragraphs) == text


def test_a_breadcrumb_ending_with_the_headline_cut_short_is_no_text() -> None:
    # "Accueil » Culture » Jacmel : à trois semaines du carnaval...": its last item is the headline cut
    # with an ellipsis; trafilatura kept it ("tf"), the markup says it is a breadcrumb ("cls:nav")
    from newsclean.pipeline import run

    crumb = "Accueil » Culture » Council approves tram..."
    lines = [crumb, "Council approves tram extension", *PARAGRAPHS]
    article = run("\n".join(lines), hints=["p cls:nav tf", "h1 tf", *["p tf"] * len(PARAGRAPHS)])
    assert crumb not in article.paragraphs


def test_a_masthead_strip_and_a_breadcrumb_trafilatura_kept_over_the_headline_go() -> None:
    # An old table layout: trafilatura keeps the cells over the headline, the markup names neither.
    from newsclean.pipeline import run

    strip = "Monday 3 February 2025 | Home | Politics | Society | Economy | Sport"
    crumb = "Home > Society > Council approves tram extension"
    lines = [strip, crumb, "Council approves tram extension", *PARAGRAPHS]
    article = run("\n".join(lines), hints=["td tf", "td tf", "td h1 tf", *["td tf"] * len(PARAGRAPHS)])
    assert list(article.paragraphs) == PARAGRAPHS


INTRO_PARAS = [
    "Residents of the hill village of Carrow Vale spent their first winter in years with steady electric light after a cooperative finished its own solar network last month.",
    "The cooperative's chairman, Owen Pritchard, said the idea was born three years ago when the bills of the private generators grew beyond what most families could pay.",
    "Members raised the money in instalments from residents and from relatives abroad, and each household now owns a share of the network in proportion to what it put in.",
    "The panels stand on the roof of the old school and on common land above the village, and a bank of batteries carries the houses through the evening hours.",
    "The engineer who designed the network, Tara Quinlan, said the hardest months are December and January, when short days mean rationing the stored power.",
    "The cooperative is now seeking a soft loan to buy more batteries, which would let it supply the village's clinic and its two small bakeries through the night.",
]
def _k2_page(intro_box: bool) -> str:
    """A Joomla K2 article: its first paragraph in "itemIntroText" (a box of its own, which trafilatura
    leaves out), the rest in "itemFullText"; or all of it in the full text."""
    first = f'<div class="itemIntroText"><div dir="ltr">{INTRO_PARAS[0]}</div></div><div class="itemFullText">' if intro_box else f'<div class="itemFullText"><p>{INTRO_PARAS[0]}</p>'
    rest = "".join(f"<p>{p}</p>" for p in INTRO_PARAS[1:])
    return f"""<!doctype html><html><head><title>Village lights up with its own solar network - Vale Courier</title></head><body>
<div class="topbar">Monday 3 February 2025 | Home | Politics | Society | Economy | Regions | Sport | Contact</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/society">Society</a></li></ul></nav>
<main><div class="itemHeader"><span class="itemDateCreated">Monday, 03 February 2025 14:20</span>
<h2 class="itemTitle">Village lights up with its own solar network after years of darkness</h2>
<span class="itemAuthor">Written by <a rel="author" href="/author/rhian">Rhian Morgan</a></span></div>
<div class="itemToolbar"><ul><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li>Read 412 times</li></ul></div>
<div class="itemBody">{first}{rest}</div></div>
<div class="itemTags">Tagged under <a href="/t/solar">solar</a></div></main>
<footer><p>© 2025 Vale Courier. All rights reserved.</p></footer></body></html>"""


def test_the_texts_first_part_in_a_box_of_its_own_stays() -> None:
    for intro_box in (False, True):
        article = newsclean.clean_html(_k2_page(intro_box))
        assert list(article.paragraphs) == INTRO_PARAS, intro_box
        assert article.author == "Rhian Morgan" and article.date == "2025-02-03"


def test_a_writer_signing_in_the_text_beats_the_sites_own_account() -> None:
    # The CMS posts under the site's account ("By Tigris Banks" in the header, the same name as
    # og:site_name and the JSON-LD author); the writer signs in a byline over the text.
    page = f"""<!doctype html><html><head><title>Palm campaign - Tigris Banks</title>
<meta property="og:site_name" content="Tigris Banks"><meta name="author" content="Tigris Banks">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council approves tram extension",
"author": {{"@type": "Person", "name": "Tigris Banks"}}, "datePublished": "2025-01-21T10:05:44+00:00"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article>
<h1>Council approves tram extension</h1><div class="meta">By <a rel="author" href="/author/admin">Tigris Banks</a></div>
<p class="byline">Text: Haidar Saadi</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article><footer>© 2025 Tigris Banks</footer></body></html>"""
    article = newsclean.clean_html(page)
    assert article.author == "Haidar Saadi"
    assert list(article.paragraphs) == PARAGRAPHS
