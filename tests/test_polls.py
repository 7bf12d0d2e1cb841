"""A reader poll set in or under the article: its heading, its question, its answers and its button
go together; the button is the lexicon's (`lexicons/<lang>/poll.txt`), the rest is found by shape."""

from __future__ import annotations

import newsclean

FR = [
    "Les prix des fruits et légumes ont augmenté de près de 12 % depuis le début du mois, selon les relevés de l'association des consommateurs.",
    "Les services de contrôle ont multiplié les visites dans les marchés de gros et relevé une trentaine d'infractions en une semaine.",
    "Les professionnels du secteur s'attendent toutefois à une détente des prix dès la fin du mois, avec l'arrivée des récoltes de printemps.",
]
AR = [
    "ارتفعت أسعار الخضر والفواكه بنحو 12 في المئة منذ بداية الشهر، بحسب أرقام جمعية حماية المستهلك في المدينة.",
    "وكثفت مصالح المراقبة زياراتها إلى أسواق الجملة وسجلت نحو ثلاثين مخالفة خلال أسبوع واحد فقط.",
    "ويتوقع المهنيون تراجع الأسعار مع نهاية الشهر بعد وصول محاصيل الربيع إلى الأسواق المحلية.",
    "ودعت الجمعية المستهلكين إلى الإبلاغ عن أي زيادة غير مبررة عبر الرقم الأخضر المخصص لهذا الغرض طوال الشهر.",
]


def test_a_poll_under_the_text_goes_with_its_heading_and_question() -> None:
    poll = ["Votre avis", "Pensez-vous que les contrôles des prix sont suffisants ?", "Oui, ils sont efficaces", "Non, il faut les renforcer", "Sans opinion", "Voter", "Voir les résultats"]
    article = newsclean.clean("\n".join(["Les prix flambent sur les marchés", "Par Leïla Benali", *FR, *poll, "Les plus lus"]))
    assert list(article.paragraphs) == FR
    assert {line.rule for line in article.removed if line.text in poll[:5]} == {"lexicon.poll-box"}


def test_a_poll_between_paragraphs_in_arabic() -> None:
    poll = ["استطلاع الرأي", "هل تكفي حملات المراقبة لضبط الأسعار؟", "نعم", "لا", "بدون رأي", "صوّت"]
    article = newsclean.clean("\n".join(["الأسعار تشتعل في الأسواق", "كتب: سعيد العلوي", *AR[:2], *poll, *AR[2:]]))
    assert list(article.paragraphs) == AR


def test_a_question_over_a_short_list_without_a_button_is_no_poll() -> None:
    # The text asks and lists its answers, with no poll's button under them: no poll box
    text = [FR[0], "Que faire quand les prix montent ?", "Comparer les étals", "Acheter de saison", "Éviter le gaspillage", FR[1], FR[2]]
    article = newsclean.clean("\n".join(["Les prix flambent sur les marchés", "Par Leïla Benali", *text]))
    assert "Que faire quand les prix montent ?" in article.paragraphs
    assert not any(line.rule == "lexicon.poll-box" for line in article.lines)
