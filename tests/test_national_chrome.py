"""Chrome that one country's news sites are known for (holdout rounds 317 and 318's theme: twenty-four
languages, plain text and HTML, on pages composed here): a Russian advertiser's disclosure, a
Turkish related heading over the next article's headline, a match's fact sheet with each team in
brackets, a photographer's initials after a Spanish caption, a Nordic summary box under the
standfirst, a Romanian Facebook embed's signature, a desk as the markup's author, a Vietnamese
signature at the end of the text."""

from __future__ import annotations

import json

import newsclean

RUSSIAN = [
    "Премьера спектакля «Балкон» прошла в субботу в небольшом зале на окраине города, куда пришли почти двести зрителей.",
    "Декорацией стала фанерная копия подъезда в натуральную величину: зрители сидят по обе стороны лестницы и видят актёров вблизи.",
    "Следующие показы пройдут 23 и 24 ноября и 7 декабря, билеты стоят от 800 до 1500 рублей, для жителей района есть скидка.",
]


def test_an_ads_copy_over_the_advertisers_disclosure_goes() -> None:
    ad = ["Реклама", "Квартиры с отделкой в новом квартале у Камы. Ипотека от 6%", "Реклама. ООО «Уралстройинвест», ИНН 5902123456, erid: 2VtzqwXhJ3f"]
    page = ["Камская волна", "В Перми показали спектакль о жильцах одного подъезда", "15 ноября 2024", *RUSSIAN[:2], *ad, RUSSIAN[2], "#театр"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == RUSSIAN


def test_a_read_also_box_keeps_its_last_link_when_only_one_link_opens_with_a_topic() -> None:
    box = [
        "Читайте также",
        "В Перми откроют новую сцену в бывшем доме культуры на Парковом",
        "«Это был театр, а не кружок»: история самодеятельной студии с Гайвы",
        "В Перми пройдёт фестиваль независимых театров «Кулисы»",
    ]
    page = ["Камская волна", "В Перми показали спектакль о жильцах одного подъезда", "15 ноября 2024", RUSSIAN[0], *box, *RUSSIAN[1:], "#театр"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == RUSSIAN


TURKISH = [
    "Bölgesel Amatör Lig 7. Grup'un 10. haftasında Kaleiçi Gençlerbirliği, deplasmanda Çınarlıspor'u 3-1 mağlup ederek liderliğini sürdürdü.",
    "Stat: Çınarlı İlçe Stadı",
    "Hakemler: Onur Selvi, Burak Tekin, Yusuf Akdağ",
    "Çınarlıspor: Tolga Aydın, Furkan Eren, Samet Koç, İlyas Durmaz, Berkay Öztürk (Dk. 70 Ozan Kılıç), Cemal Ay, Umut Kara, Sinan Yavuz, Alper Günay (Dk. 62 Kaan Aslan), Eren Bulut, Yiğit Doğru",
    "Kaleiçi Gençlerbirliği: Emre Toprak, Hakan Yazıcı, Volkan Akın, Mustafa Er, Ramazan Çiftçi, Onur Kaplan, Serdar Yalın (Dk. 85 Batuhan Sarı), Oğuz Tan, İsmail Gök, Anıl Esen (Dk. 78 Kerem Uçar), Bora Demirci",
    "Goller: Dk. 17 Anıl Esen, Dk. 55 Bora Demirci, Dk. 90+2 Kerem Uçar (Kaleiçi Gençlerbirliği), Dk. 38 Eren Bulut (Çınarlıspor)",
    "Sarı kartlar: Samet Koç, Umut Kara (Çınarlıspor), Oğuz Tan (Kaleiçi Gençlerbirliği)",
    "Karşılaşmaya etkili başlayan konuk ekip, 17. dakikada Anıl Esen'in ceza sahası dışından yaptığı şutla öne geçti.",
    "İkinci yarıda oyunun kontrolünü ele alan Kaleiçi Gençlerbirliği, 55. dakikada Bora Demirci'nin golüyle farkı ikiye çıkardı.",
]


def test_a_match_sheets_rows_with_teams_in_brackets_are_no_captions() -> None:
    # (the tags name the teams: short lines the page removes, as a site's name is)
    page = ["Pamukkale Manşet", "Kaleiçi Gençlerbirliği deplasmanda hata yapmadı: 3-1", "23.11.2024 - 21:14", *TURKISH, "Etiketler:", "Kaleiçi Gençlerbirliği", "Çınarlıspor"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == TURKISH
    assert not article.captions


def test_the_next_article_under_the_comments_is_found_when_the_related_box_lists_its_headline() -> None:
    next_headline = "Gençlik Haftası masa tenisi turnuvasında dereceye girenler ödüllerini aldı"
    next_text = [
        "Denizli'de düzenlenen Gençlik Haftası Masa Tenisi Turnuvası'nda dereceye giren sporcular ödüllerini il müdürlüğünde düzenlenen törenle aldı.",
        "Yıldız kızlarda Elif Naz Coşkun, yıldız erkeklerde ise Yiğit Alp Şahin birinci oldu. Dereceye giren sporculara madalya verildi.",
    ]
    page = [
        "Pamukkale Manşet",
        "Kaleiçi Gençlerbirliği deplasmanda hata yapmadı: 3-1",
        "Yayınlanma: 23.11.2024 - 21:14",
        TURKISH[0],
        *TURKISH[7:],
        "Bu Haberlere de Göz Atın",
        "Denizli Amatör Küme'de haftanın toplu sonuçları",
        next_headline,
        "Yorumlar",
        "Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.",
        "Sıradaki Haber",
        next_headline,
        "Yayınlanma: 23.11.2024 - 18:40",
        *next_text,
        "© 2024 Pamukkale Manşet - Tüm hakları saklıdır.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [TURKISH[0], *TURKISH[7:]]
    assert len(article.extra_articles) == 1


def test_a_photographers_initials_after_the_captions_sentence_are_its_credit() -> None:
    text = [
        "El pleno del Ayuntamiento aprobó este jueves la modificación del plan general que permitirá construir viviendas en los terrenos del cuartel.",
        "La oposición votó en contra y anunció que recurrirá el acuerdo ante los tribunales en las próximas semanas.",
        "Las obras de urbanización no comenzarán antes de 2026, según el calendario que presentó el concejal de Urbanismo.",
    ]
    caption = "Vista aérea de los terrenos del antiguo cuartel, cerrados desde 2009."
    page = ["La Rioja Hoy", "El pleno aprueba las viviendas del antiguo cuartel", "14/11/2024", text[0], f"{caption} L. A. S.", *text[1:], "Temas"]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "L. A. S.")]
    assert list(article.paragraphs) == text


def _html(head: str, body: str, lang: str) -> bytes:
    return f"<!doctype html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>".encode()


NORWEGIAN = [
    "Et steinras gikk over fylkesvegen ved Nesbøvik i Sogn natt til mandag. Ingen personer ble skadd, men vegen er stengt på ubestemt tid.",
    "Rundt 300 innbyggere i Nesbøvik og Ytre Li har nå ingen vegforbindelse til resten av kommunen. Den eneste andre vegen er stengt for tunge kjøretøy.",
    "Kommunen setter inn en hurtigbåt som skal gå mellom Nesbøvik og kommunesenteret fire ganger om dagen fra tirsdag morgen.",
]


def test_a_summary_box_under_the_standfirst_and_the_header_goes() -> None:
    title = "Steinras stengte vegen til Nesbøvik"
    lead = "Raset gikk natt til mandag. Ingen ble skadd, men vegen blir stengt i minst tre uker, opplyser kommunen."
    box = (
        "<aside class='summary'><h2>Kort fortalt</h2><ul><li>Et steinras stengte fylkesvegen til Nesbøvik natt til mandag.</li>"
        "<li>Rundt 300 innbyggere er uten vegforbindelse til resten av kommunen.</li><li>Kommunen setter inn hurtigbåt fra tirsdag.</li></ul></aside>"
    )
    body = (
        f"<article><header><h1>{title}</h1><p class='lead'>{lead}</p><div class='byline'>Ingrid Solheim</div>"
        f"<time datetime='2024-11-18'>18. november 2024 kl. 07.45</time></header>{box}"
        + "".join(f"<p>{text}</p>" for text in NORWEGIAN)
        + "</article>"
    )
    article = newsclean.clean_html(_html(f"<title>{title}</title>", body, "no"))
    assert list(article.paragraphs) == NORWEGIAN
    assert article.key_points


ROMANIAN = [
    "Elevii unui colegiu tehnic din Beiuș au construit în atelierul școlii o mașină electrică cu care vor concura în iunie la Strasbourg.",
    "Mașina, botezată „Ciocârlia”, cântărește 42 de kilograme și a fost făcută aproape în întregime din piese recuperate.",
    "Profesorul care a coordonat proiectul spune că elevii au lucrat la ea în fiecare după-amiază timp de aproape doi ani.",
]


def test_a_desk_as_the_markups_author_and_a_facebook_embeds_signature() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Elevii din Beiuș au construit o mașină electrică",
          "datePublished": "2025-05-22T13:47:00+03:00", "author": {"@type": "Person", "name": "Redacția"}}
    embed = (
        "<blockquote class='fb-xfbml-parse-ignore'><p>Suntem mândri de echipa noastră! „Ciocârlia” a trecut toate testele tehnice și pleacă în iunie la Strasbourg.</p>"
        "Publicată de <a href='https://www.facebook.com/ctcn'>Colegiul Tehnic Crișul Negru Beiuș</a> pe <a href='#'>Marți, 20 mai 2025</a></blockquote>"
    )
    body = (
        "<article><h1>Elevii din Beiuș au construit o mașină electrică</h1>"
        "<div class='td-post-author-name'><span>De</span> <a href='/author/ioana'>Ioana Sălăjan</a> <span>-</span></div>"
        f"<p>{ROMANIAN[0]}</p><p>{ROMANIAN[1]}</p>{embed}<p>{ROMANIAN[2]}</p></article>"
    )
    head = f"<title>Elevii din Beiuș</title><meta name='author' content='Redacția'><script type='application/ld+json'>{json.dumps(ld)}</script>"
    article = newsclean.clean_html(_html(head, body, "ro"))
    assert article.author == "Ioana Sălăjan"
    assert list(article.paragraphs) == ROMANIAN


def test_the_writer_the_markup_names_signs_the_texts_last_line() -> None:
    text = [
        "Những ngày này, trên các cánh đồng ở xã Phước Thạnh, nông dân đang tất bật thu hoạch lúa ST25 vụ đông xuân.",
        "Ông Lâm Văn Tư, thành viên hợp tác xã, cho biết gia đình ông gieo sạ 4 hécta và thu về hơn 7 tấn mỗi hécta.",
        "Dù trúng mùa, nông dân vẫn chưa hết lo vì đỉnh xâm nhập mặn năm nay có thể xuất hiện vào cuối tháng 4.",
    ]
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Nông dân trúng mùa lúa ST25", "datePublished": "2025-04-10T08:00:00+07:00",
          "author": {"@type": "Person", "name": "Minh Khang"}}
    body = (
        "<article><h1>Nông dân trúng mùa lúa ST25</h1>" + "".join(f"<p class='Normal'>{paragraph}</p>" for paragraph in text)
        + "<p class='Normal' style='text-align:right;'><strong>Minh Khang</strong></p></article>"
    )
    head = f"<title>Nông dân trúng mùa lúa ST25</title><script type='application/ld+json'>{json.dumps(ld)}</script>"
    article = newsclean.clean_html(_html(head, body, "vi"))
    assert article.author == "Minh Khang"
    assert list(article.paragraphs) == text
