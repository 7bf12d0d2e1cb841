"""Labour, defence, banking and energy pages (holdout rounds 395-402): the page's <title> printed over
its headline ("<site> | <headline>"); a most-read heading whose first item the classifier found too
short for prose; the site's name and the writer in one line ("<site> - <writer>") when the text
quotes the site; a gallery's credited captions under an inline "read also" teaser; a sign-up box's
small print; an ad slot's pitch with its sales number; a place alone over the byline or under a
counter of readers; "حرر بواسطة:" as a byline's label; a numbered list of figures whose first items
read as prose; a donation box's pitch of independence. Rounds 403-410 (migration, telecoms, housing,
consumer protection): a recall's batches under a short lead-in; the text's last words quoted under
their lead-in; a clip's labelled title over its controls run together on one line; a poll's and a
sign-up box's thanks; a reaction widget with its counts; "المزيد: <headline>"; a short link; the
site's "exclusive" mark under a place alone. (The page's <title> printed over its
headline, "<site> | <headline>" right over "<headline>", is fixtures/ar/r399_eg_interest_rates and
fixtures/ar/r399_sa_digital_banks.)

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import newsclean

WAGES = [
    "أعلن مجلس الوزراء اليوم رفع الحد الأدنى لأجور العاملين في الجهاز الإداري للدولة اعتبارا من أول الشهر المقبل، في خطوة قال إنها تستهدف تخفيف أعباء المعيشة.",
    "وقال المتحدث باسم المجلس إن الزيادة تشمل نحو خمسة ملايين موظف، وإن تكلفتها ستدرج في الموازنة الجديدة دون اللجوء إلى اقتراض إضافي.",
    "من جانبه، رحب اتحاد النقابات العمالية بالقرار، لكنه طالب بربط الأجور بمعدل التضخم بشكل سنوي حتى لا تتآكل الزيادة خلال أشهر قليلة.",
    "ويُذكر أن الحكومة رفعت الحد الأدنى للأجور ثلاث مرات خلال العامين الماضيين وسط ارتفاع متواصل في أسعار السلع الغذائية.",
]

EN = [
    "Rail workers walked out on Tuesday in the first of three planned strikes over pay, leaving most commuter lines in the region without a single train.",
    "The union said its members had rejected the latest offer because it did not keep pace with the rise in living costs over the past two years.",
    "Operators ran a reduced timetable on the main intercity routes, and advised passengers to travel only if their journey was absolutely necessary.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean("\n".join(lines) + "\n")


# --- the header ------------------------------------------------------------------------------------


def test_guard_a_headline_with_a_pictures_alt_text_after_a_dash_stays():
    # the words after the dash stand nowhere else on the page: no site's name
    headline = "Rail workers begin the first of three strikes over pay"
    lines = ["Home", "News", f"{headline} - Picket Line Photo Full view", "Picket Line Photo", headline, *EN]
    assert _clean(lines).title == f"{headline} - Picket Line Photo Full view"


def test_the_site_and_the_writer_in_one_line_are_no_dateline():
    # "<site> - <writer>": the text quotes the site, so its name is not the footer's alone
    lines = [
        "نبض عمّان",
        "البطالة تتراجع إلى 19 بالمئة في الربع الثالث",
        "نبض عمّان - ليث الزعبي",
        "عمّان - " + WAGES[0],
        "وقال خبير اقتصادي لـ«نبض عمّان» إن الانخفاض يعود إلى موسم التوظيف في القطاع العام ولا يعكس تحسنا حقيقيا في سوق العمل.",
        *WAGES[1:],
        "جميع الحقوق محفوظة لموقع نبض عمّان الإخباري 2025 ©",
    ]
    article = _clean(lines)
    assert article.author == "ليث الزعبي"
    assert article.dateline == "عمّان"


def test_a_written_by_label_is_no_place():
    lines = ["المغرب يقتني دفعة جديدة من الطائرات المسيرة", "حرر بواسطة: يوسف أمزيان", "الخميس 19 شتنبر 2024 - 11:02", *WAGES]
    article = _clean(lines)
    assert article.author == "يوسف أمزيان"
    assert article.dateline is None


def test_a_place_alone_under_the_readers_counter_over_the_byline():
    lines = ["تراجع إمدادات الغاز المستورد يخفض إنتاج الكهرباء", "2025/11/03 | 09:47", "عدد القراءات: 1,284", "بغداد", "تقرير: علي حسن الجبوري", *WAGES]
    assert _clean(lines).dateline == "بغداد"


def test_an_iraqi_governorate_alone_is_a_dateline():
    lines = ["خريجون يواصلون اعتصامهم أمام مبنى المحافظة", "تقرير: مصطفى الركابي", "2025/11/09 - 08:40 م", "ذي قار", *WAGES]
    assert _clean(lines).dateline == "ذي قار"


# --- lists and boxes -------------------------------------------------------------------------------


def test_a_most_read_list_of_sentences_under_the_share_line_goes():
    items = [
        "المالية تعلن موعد صرف رواتب المتقاعدين لشهر آذار.",
        "الأنواء الجوية تتوقع أمطاراً رعدية في المحافظات الوسطى والجنوبية غداً.",
        "التربية تقرر تأجيل امتحانات نصف السنة في ثلاث محافظات بسبب الأمطار.",
        "ارتفاع أسعار صرف الدولار في بورصة الكفاح مع الإغلاق.",
        "مجلس الوزراء يوافق على إطلاق درجات وظيفية جديدة لخريجي كليات الطب.",
    ]
    closing = "ولم يحدد المحتجون موعداً لإنهاء احتجاجهم."
    lines = ["عمال العقود يتظاهرون للمطالبة بالتثبيت", *WAGES, closing, "تابعونا على تلغرام", "الأكثر قراءة", *items, "فيديوهات", "من نحن", "اتصل بنا", "© 2026 منصة نخيل"]
    body = _clean(lines).body
    assert not any(item in body for item in items)
    assert closing in body


def test_guard_text_going_on_under_a_read_also_box_stays():
    lines = ["عمال العقود يتظاهرون للمطالبة بالتثبيت", *WAGES[:2], "اقرأ أيضا", "الحكومة تعلن موعد صرف رواتب الموظفين", *WAGES[2:], "© 2026 منصة نخيل"]
    assert WAGES[-1] in _clean(lines).body


def test_a_numbered_list_of_figures_whose_first_items_read_as_prose_stays():
    facts = [
        "1. 420 جهة عارضة من 38 دولة",
        "2. 65 ألف متر مربع مساحة العرض الداخلية والخارجية",
        "3. 140 وفدًا رسميًا مدعوًا",
        "4. 25 ندوة وجلسة حوارية",
        "5. 3 مناطق للعروض الحية",
    ]
    lines = ["افتتاح معرض الصناعات الدفاعية بمشاركة دولية واسعة", *WAGES[:2], "المعرض في أرقام", *facts, *WAGES[2:]]
    body = _clean(lines).body.splitlines()
    assert all(fact in body for fact in facts)


def test_gallery_captions_with_their_credit_under_a_read_also_teaser():
    lines = [
        "رفع الحد الأدنى للأجور إلى 7 آلاف جنيه",
        "كتب: محمود عبد الستار",
        *WAGES,
        "اقرأ أيضًا: بالأسماء.. حركة تنقلات جديدة في مديريات العمل",
        "ألبوم الصور",
        "جانب من اجتماع مجلس الوزراء بمقر الحكومة في العاصمة الإدارية - تصوير: كريم عبد العزيز",
        "الكلمات المتعلقة",
        "الحد الأدنى للأجور",
    ]
    captions = [caption.text for caption in _clean(lines).captions]
    assert "جانب من اجتماع مجلس الوزراء بمقر الحكومة في العاصمة الإدارية" in captions


def test_a_sign_up_boxs_small_print_goes():
    small_print = "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties."
    lines = ["Rail strike leaves commuter lines without trains", *EN[:2], "Sign up to First Edition", "Enter your email address", "Sign up", small_print, EN[2]]
    body = _clean(lines).body
    assert small_print not in body
    assert EN[2] in body


def test_an_ad_slots_pitch_with_its_sales_number_goes():
    lines = ["تعديلات جديدة على أذونات عمل الوافدين", *WAGES[:2], "إعلان", "مساحة إعلانية - اتصل على 22451700", *WAGES[2:]]
    body = _clean(lines).body
    assert "22451700" not in body
    assert WAGES[-1] in body


def test_a_donation_boxs_pitch_of_independence_goes():
    pitch = "الواحة الليبية مؤسسة إعلامية مستقلة لا تتلقى تمويلا من أي جهة سياسية أو عسكرية."
    lines = ["إعادة فتح حقلين نفطيين في الجنوب", *WAGES, "شارك المقال", pitch, "ساهم في استمرار الصحافة المستقلة في ليبيا، ولو بمبلغ بسيط كل شهر.", "تبرّع الآن"]
    assert pitch not in _clean(lines).body


def test_guard_a_sentence_about_an_ngos_funding_stays():
    said = "وقالت الجمعية في بيانها إنها لا تتلقى تمويلا من أي جهة حكومية، وإن نشاطها يعتمد على اشتراكات أعضائها وتبرعات المواطنين."
    lines = ["جمعية خيرية توزع سلالا غذائية على الأسر المحتاجة", *WAGES[:2], said, *WAGES[2:]]
    assert said in _clean(lines).body


# --- rounds 403-410 --------------------------------------------------------------------------------


def test_a_recalls_batches_under_a_short_lead_in_stay():
    batches = [
        "Vegetable Spring Rolls 500g – batch L25193, best before 12/07/2026",
        "Vegetable Spring Rolls 500g – batch L25201, best before 20/07/2026",
        "Mini Samosas 300g – batch L25198, best before 17/07/2026",
        "Mini Samosas 300g – batch L25204, best before 23/07/2026",
    ]
    lines = ["Frozen snacks recalled over possible plastic pieces", *EN[:2], "The affected batches are:", *batches, EN[2]]
    body = _clean(lines).body.splitlines()
    assert all(batch in body for batch in batches)


def test_the_texts_last_words_quoted_under_their_lead_in_stay():
    lead, quote = "ويختم المحامي بنصيحة للطرفين:", '"التسوية تبقى أقل كلفة وأسرع من أي دعوى".'
    lines = ["قانون الإيجارات القديمة: ما الذي يتغير للمالكين والمستأجرين؟", *WAGES, lead, quote, "شارك هذا المقال", "فيسبوك | واتساب | X | تلغرام"]
    body = _clean(lines).body.splitlines()
    assert lead in body and quote in body


def test_a_poll_and_a_sign_up_box_say_thanks_and_go():
    lines = [
        "مخصصات الخبز الجديدة تثير جدلا في الأفران",
        *WAGES[:2],
        "هل تكفي مخصصات الخبز الجديدة حاجة عائلتك؟",
        "نعم",
        "لا",
        "صوّت",
        "شكراً، تم تسجيل صوتك",
        *WAGES[2:],
        "النشرة البريدية",
        "اشترك الآن",
        "شكراً لاشتراكك، ستصلك أول نشرة صباح الغد",
        "هل أعجبك هذا المقال؟ 👍 ٣١٢ 👎 ٤٨",
    ]
    body = _clean(lines).body
    assert "تم تسجيل صوتك" not in body and "شكراً لاشتراكك" not in body and "هل أعجبك" not in body
    assert WAGES[-1] in body


def test_a_teasers_label_run_into_its_headline_goes():
    teaser = "المزيد: وزير التربية يتفقد مدارس لواء البادية الشمالية الغربية"
    lines = ["مدارس المخيم تستقبل آلاف الطلبة مع بداية العام الدراسي", *WAGES[:2], teaser, *WAGES[2:]]
    body = _clean(lines).body
    assert teaser not in body
    assert WAGES[-1] in body


def test_a_clips_labelled_title_over_its_controls_on_one_line_goes():
    title = "فيديو | لحظة وصول الكابل إلى ساحل الفاو"
    lines = ["وصول كابل بحري جديد إلى الفاو يربط العراق بأوروبا", *WAGES[:2], title, "تشغيل 00:00 / 02:41 كتم الصوت ملء الشاشة", *WAGES[2:]]
    body = _clean(lines).body
    assert title not in body and "كتم الصوت" not in body


def test_a_short_link_and_a_sections_list_heading_go():
    lines = ["وصول كابل بحري جديد إلى الفاو يربط العراق بأوروبا", *WAGES, "رابط مختصر: http://example-news.iq/n/74512", "أخبار من نفس القسم", "هيئة الإعلام تمدد مهلة تسجيل الشرائح", "جميع الحقوق محفوظة"]
    # (both stand past the text's end here: the labels say why they go, which --explain shows)
    labels = {line.text: (line.label.value, line.rule) for line in _clean(lines).lines}
    assert labels["رابط مختصر: http://example-news.iq/n/74512"] == ("share", "lexicon.share")
    assert labels["أخبار من نفس القسم"] == ("related", "lexicon.related")


def test_a_place_alone_over_the_sites_exclusive_mark_is_the_dateline():
    lines = [
        "وصول كابل بحري جديد إلى الفاو يربط العراق بأوروبا",
        "2025/10/19 - 06:35 م",
        "سفينة مد الكابلات قبالة سواحل الفاو (تصوير: عمار الحلفي)",
        "البصرة",
        "دجلة برس - خاص",
        *WAGES,
        "جميع الحقوق محفوظة لوكالة دجلة برس",
    ]
    article = _clean(lines)
    assert article.dateline == "البصرة"
    assert "دجلة برس - خاص" not in article.body
