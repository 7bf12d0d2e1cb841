"""What newsclean does not get right yet, written as tests that are expected to fail (strict: when
one starts passing, pytest says so, and it moves to the fixture's expected.json).

Each case is a composed fixture page and a field a careful reader extracts from it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.types import Caption

FIXTURES = Path(__file__).parent / "fixtures"

GAPS = [
    # Rounds 411-426 (entertainment, games, municipal services, pilgrimage, exams, aviation, elections,
    # lifestyle): a masthead that carries its tagline on the same line ("جزائر برس 24 - أخبار الجزائر
    # لحظة بلحظة") and a footer line "<site> © 2025 - ..." name no site the rules take; "<writer> –
    # <site>" where the site's name is another site's word for word ("صدى الأطلس") is read as neither;
    # a cased script's dateline written in lower case after the place ("Gqeberha — ...", "Dabou – ...").
    ("ar/r423_dz_local_elections", "site", 'جزائر برس 24'),  # got None
    ("ar/r423_ma_by_election", "author", 'سعيد أمزيان'),  # got None
    ("html/r424_en_za_coalition", "dateline", 'Gqeberha'),  # got None
    ("gaps/html/r426_fr_ci_attieke", "dateline", 'Dabou'),  # got None
    # Rounds 395-402 (labour, defence, banking, energy): the site's name with or without the outlet's
    # word the copyright line adds ("شبكة", "جريدة"), where the page shows both.
    ("ar/r397_iq_border_security", "site", 'شبكة الجسر نيوز'),  # got 'الجسر نيوز'
    ("html/r398_ar_kw_coast_guard", "site", 'الصباحية'),  # got 'جريدة الصباحية'
    # Rounds 403-410 (migration, telecoms, housing, consumer protection): a masthead whose copyright
    # line names the company in other words ("The Daily Meridian", "© 2025 Meridian News Media Ltd.");
    # a credit whose label names the site's lens ("عدسة الرابية: محمد الشوبكي").
    ("en/r403_en_uk_asylum_hotels", "site", 'The Daily Meridian'),  # got None
    ("ar/r407_jo_apartment_prices", "captions", (Caption('أبنية سكنية قيد الإنشاء في منطقة الجبيهة', 'محمد الشوبكي'),)),
    # Rounds 383-394 (motoring, weather, courts, travel, science, farming), in HTML: a dateline in lower
    # case, "Jérémie – ..." (a cased script's place, not in the gazetteer); a writer's name alone in the
    # byline element, or after "Writer:" there, where trafilatura's guess runs the role in; a gallery's
    # counter run into each credit's line ("تصوير: حمد السويدي 3 / 3"); a credit in capitals run into
    # the caption it opens ("PHOTO MARTIN TREMBLAY, ARCHIVES LE PHARE Selon l'étude, ...").
    ("html/r386_fr_ht_seisme", "dateline", 'Jérémie'),  # got None
    ("html/r388_fr_ca_commission_enquete", "author", 'Émilie Tremblay-Roy'),  # got None
    ("html/r390_en_th_visa_rules", "author", 'Kanokwan Theerasak'),  # got 'Writer Kanokwan Theerasak'
    ("html/r392_ar_ae_moon_rover", "captions", (Caption('المستكشف «سهيل-1» على سطح القمر في صورة التقطتها الكاميرا الخلفية لمركبة الهبوط', 'المركز الوطني لاستكشاف الفضاء'), Caption('آثار عجلات المستكشف على حافة حفرة صغيرة قطرها نحو أربعة أمتار', 'المركز الوطني لاستكشاف الفضاء'), Caption('أعضاء فريق العمليات يتابعون بيانات المستكشف في غرفة التحكم بدبي', 'حمد السويدي'),)),
    ("html/r392_fr_ca_etude_sommeil", "author", 'Émilie Gagnon'),  # got 'Émilie Gagnon Journaliste; Santé Et Éducation'
    ("html/r392_fr_ca_etude_sommeil", "captions", (Caption('Selon l’étude, seulement 22 % des adolescents dorment les 8 heures recommandées.', 'MARTIN TREMBLAY, ARCHIVES LE PHARE'),)),
    # Rounds 365-370 (environment, crime, markets): one credit line under a gallery of two captions
    # that credits both.
    ("html/r370_ar_tn_olive_oil", "captions", (Caption('جني الزيتون بإحدى الضيعات بولاية صفاقس', 'كمال الجلاصي'), Caption('معصرة زيتون بمنطقة الحنشة', 'كمال الجلاصي'),)),
    # Rounds 359-364 (health, city services, travel): a kicker over a two-sentence headline ending
    # with a full stop; "بغداد – الجسر" as the first field of a header line split by bars; a site
    # named only in the masthead and in the footer's tagline.
    ("en/r359_heart_drug_price_pharmacies", "title", "A decades-old heart drug's price jumped sixfold. Small-town pharmacies are absorbing the cost."),  # got 'Drug Prices'
    ("html/r360_ar_cholera_outbreak", "dateline", 'بغداد'),  # got None
    ("ar/r363_oman_resort", "site", 'المرسى'),  # got None
    # Rounds 347-352 (obituaries and weather, elections, opinion columns), in HTML: a "place: writer"
    # byline ("قسنطينة: كريم بوعلام") whose writer the markup's byline field gives, the place left out.
    ("html/r350_ar_constantine_local", "dateline", 'قسنطينة'),  # got None
    # Rounds 341-346 (economy and markets pages, court reports, interviews): a dateline alone on its
    # line that the gazetteer does not know ("الصويرة"), in the byline's line ("دبي" in "سلطان الحربي -
    # دبي"), or read from the site's name
    # ("ضفاف" for "عمّان 29 نيسان (ضفاف) –"); sites named in the masthead only; captions whose credit sits in a span of its
    # own the markup flattens ("... المرقاب سعود الشمري"), after a "▲" icon, or under a second picture;
    # a caption whose credit is "© <name>" (the site's footer reads the same way).
    ("fr/r341_interview_energie", "captions", (Caption("Hélène Lambotte, économiste de l'énergie à l'Université de Liège.", 'Pierre Gillard'),)),
    ("html/r342_ar_biztv_oil", "dateline", 'دبي'),  # got None
    ("html/r342_ar_biztv_oil", "captions", (Caption('مضخة لاستخراج النفط في أحد الحقول عند الغروب', 'رويترز'), Caption('أداء خام برنت خلال الأشهر الثلاثة الماضية (دولار للبرميل)', 'بلومبرغ'),)),
    ("html/r342_ar_kuwait_budget", "captions", (Caption('مبنى وزارة المالية في منطقة المرقاب', 'سعود الشمري'),)),
    ("html/r342_ar_lebanon_lira", "captions", (Caption('صرّاف يعدّ أوراقاً نقدية من فئة 100 ألف ليرة في أحد محال الصيرفة في بيروت', 'AFP'),)),
    ("html/r344_en_harborledger_verdict", "captions", (Caption('Rosalind Tetreault leaves the federal courthouse in Portland on Thursday after a jury found her guilty of health care fraud.', 'Derek Ouellette/Harbor Ledger'), Caption('A billing chart prosecutors displayed during closing arguments shows visits logged for a caregiver who had moved to Florida.', 'U.S. District Court exhibit'),)),
    ("ar/r345_morocco_portal_gnawa", "dateline", 'الصويرة'),  # got None
    ("ar/r345_panarab_channel_economist", "site", 'المدار'),  # got None
    ("gaps/fr/r345_fr_carnet_cineaste", "site", 'Le Carnet des scènes'),  # got None
    ("gaps/html/r346_ar_gulf_housing", "dateline", 'مسقط'),  # got None
    ("gaps/html/r346_ar_jo_novelist", "captions", (Caption('الروائية سهى الطراونة في أحد مقاهي جبل اللويبدة', 'ليث عبيدات'),)),
    ("html/r346_en_runner", "captions", (Caption('Hollie Brannagh on a training run along the seafront at Roker.', 'Mark Dunleavy/The Northern Courier'), Caption('Brannagh crosses the line at the 2023 national championships.', 'Ian Pettigrew'),)),
    # Rounds 335-340 (culture reviews, religion pages, health and technology explainers): sites named
    # in their masthead or footer only; a dateline alone on its line over the lead ("الشارقة", "Lyon"
    # under the section's label) or opening it in capitals with no agency ("DHAKA —", "Jakarta,
    # <site> —"); credits above their caption ("PHOTO <NAME>, <OUTLET>"), under a poster's caption after
    # "المصدر:", or in a gallery's slides only the markup's data attributes hold.
    ("fr/r335_projecteur_serie", "title", '« Les Heures creuses » sur Lumen : un polar de province qui prend son temps, parfois trop'),  # a header of seventeen lines (share bar, rating, caption, a "where to watch" box): the headline is out of reach
    ("html/r336_ar_sahel_exhibition", "captions", (Caption('الفنانة مريم الحوسني أمام عملها التركيبي «شباك» في غاليري المرفأ', 'سالم الكتبي'), Caption('بلورات ملح جمعتها الفنانة من سبخات الساحل الغربي', 'سالم الكتبي'), Caption('جرار فخارية تبث تسجيلات صوتية لجدة الفنانة', 'سالم الكتبي'), Caption('صورة من سلسلة «أيدٍ» لنساء يطرّزن التلي', 'سالم الكتبي'), Caption('زوار يتأملون عملاً نسيجياً في القاعة الثالثة', 'سالم الكتبي'), Caption('جانب من القاعة الثانية خلال الافتتاح', 'سالم الكتبي'),)),
    ("html/r336_fr_courrierrhone_expo", "dateline", 'Lyon'),  # got 'Faits divers'
    ("en/r337_uk_foodbank_ramadan", "site", 'The Minaret Gazette'),  # got None
    ("id/r337_sidang_isbat_ramadan", "dateline", 'Jakarta'),  # got None
    ("fr/r339_science_fr", "captions", (Caption("Une tique à pattes noires adulte, à peine plus grosse qu'une graine de sésame.", 'CATHERINE LAVOIE, LE RIVERAIN'),)),
    ("gaps/html/r340_ar_ofoq_autumn_leaves", "captions", (Caption('أشجار القيقب في ذروة تلونها الخريفي', 'كريم داوود'), Caption('رسم توضيحي: كيف تختفي صبغة الكلوروفيل لتظهر الكاروتينات', 'أفق العلوم'),)),
    # Rounds 333-334 (sports: match reports, transfer stories, previews, live pages): a score or
    # fixture ticker's line taken for the headline ("مباراة اليوم: <team> 3 - 1 <team> (انتهت)"), and a
    # standfirst under "عاجل" over the headline; sites named in their masthead only; credits that are
    # only an outlet's or a photographer's name in an element of their own, or "أرشيف <site>" under a
    # caption the markup names.
    ("ar/r333_iq_sikak_report", "title", 'سكك بغداد يكتسح نجوم الفرات ويستعيد الصدارة بفارق الأهداف'),
    ("ar/r333_ma_tanger_live", "site", 'مدار البطولة'),
    ("ar/r333_panarab_gulf_live", "site", 'المدار الرياضية'),
    ("ar/r333_sa_monteiro_transfer", "title", 'الصقور يقترب من ضم البرازيلي مونتيرو في صفقة قياسية'),
    ("gaps/html/r334_ar_channel_live", "captions", (Caption('سيكو كامارا يحتفل بهدف التعادل المتأخر للريم', 'وكالة الخليج للصور'),)),
    ("html/r334_ar_dz_cup_preview", "captions", (Caption('لاعبو أولمبي الهضاب خلال الحصة التدريبية الأخيرة قبل التنقل إلى عنابة', 'أرشيف المرمى'),)),
    ("html/r334_en_usl_preview", "captions", (Caption('Chidi Okafor has scored 14 goals in 15 league games for El Paso this season.', 'El Paso Sun City'),)),
    ("gaps/html/r334_es_fichaje_arangurin", "captions", (Caption('Mateo Arangurin celebra un gol con el Alborán la pasada temporada.', 'Carlos Montilla'),)),
    # Rounds 329-332 (translated and republished pieces, press reviews; Arabic news from Sudan, Yemen,
    # Iraq, Libya, Mauritania, Somalia, Palestine, Oman, Djibouti, Bahrain): a credit that is only the
    # original outlet's name; a translated academic piece's headline over "name" / "role, university"
    # (the standfirst taken instead, the translator as the writer); The Conversation's "Name,
    # University" under the headline; a site named only in its masthead and a different footer; the
    # writer of a translated op-ed behind its translator in the markup; the dateline of a lead under
    # a correction note, and of "السليمانية - چرا: <name> <date>" (place, site and writer on one line).
    ("ar/r329_aqlam_muqallada_tahqiq", "captions", (Caption('أقلام حقن مقلدة اشتراها فريق التحقيق عبر الإنترنت', 'ذا كوستال ريبورتر'),)),
    ("ar/r329_harr_fusul_dirasiya", "title", 'حين يصبح الفصل الدراسي فرناً: ماذا تفعل موجات الحر بقدرة الأطفال على التعلم؟'),
    ("ar/r329_harr_fusul_dirasiya", "author", 'كلير بنسون'),
    ("en/r329_estuary_seagrass_republished", "author", 'Priya Natarajan'),
    ("en/r329_estuary_seagrass_republished", "site", 'Harbour Valley Times'),
    ("html/r330_ar_tarjama_opinion", "author", 'دانيال كروفورد'),
    ("html/r332_ar_kurdistan_dukan_lake", "dateline", 'السليمانية'),
    # Rounds 327-328 (pages of the older web, 2004-2015): a blog post's title under the platform's
    # bar and the blog's name, and its "نشر بواسطة <name> في <time>" footer; a paper's date only in its
    # masthead's issue line ("... 16 أكتوبر 2004 م - العدد 3312 - ..."), or misread from its archive
    # form; "ت: <name>" (the photographer, abbreviated) and "(site - name)" credits; a dateline before
    # a byline on one line ("إربد - كتب: ...", "صحار - <name>:"), or with a US state and no agency
    # ("KNOXVILLE, Iowa —"); a SPIP signature after the text; a forum's breadcrumb over the post read
    # as its dateline.
    ("gaps/ar/r327_blog", "title", 'إغلاق مكتبة رأس التين العامة للترميم منذ عامين والأهالي يسألون: متى تعود؟'),
    ("gaps/ar/r327_blog", "author", 'سلمى الشاذلي'),
    ("html/r328_ar_blog_mansoura_fire", "title", 'حريق سوق الخضار في المنصورة.. ليلة لم ينم فيها أحد'),
    ("html/r328_ar_blog_mansoura_fire", "author", 'عمرو الشاذلي'),
    ("ar/r327_jarida", "date", '2004-10-16'),
    ("html/r328_ar_marfa_palm_weevil", "date", '2004-10-02'),
    ("gaps/html/r328_ar_phpbb_nouakchott_fish", "date", '2006-04-11'),
    ("ar/r327_mahali", "captions", (Caption('رقية أوبلا في مقر التعاونية بجماعة تافراوت', 'إدريس أمزيان'),)),
    ("ar/r327_riyada", "captions", (Caption('لقطة من مباراة صور ومطرح على شاطئ العيجة', 'ملاعب عمان - ناصر الفارسي'),)),
    ("ar/r327_vb_akhbar", "dateline", 'إربد'),
    ("html/r328_ar_aljisr_tv_fustat", "dateline", 'القاهرة'),
    ("html/r328_ar_aljisr_tv_fustat", "author", 'هشام عبد الباقي'),
    ("html/r328_ar_marfa_palm_weevil", "dateline", 'صحار'),
    ("html/r328_ar_marfa_palm_weevil", "author", 'سالم بن حمد الحجري'),
    ("gaps/html/r328_ar_phpbb_nouakchott_fish", "dateline", 'نواكشوط'),
    ("gaps/html/r328_en_elmstead_mill_closing", "dateline", 'ELMSTEAD'),
    ("fr/r327_portail", "author", 'Aminata Sawadogo'),
    # Rounds 321-326 (wire copy and official portals; aggregators, apps and portals that republish a
    # story; TV and radio pages around players). A credit on its own line under the caption that is
    # the agency and "archive" ("جونا - أرشيف") or the site's bare name ("الرصيف"), a "<agency> Photo"
    # suffix, a figcaption credited with "© <agency>" in a span, or "name - outlet": not paired. A
    # text page names its site only in its masthead ("وكالة مجان للأنباء", "بوابة القصبة"): not read.
    ("ar/r321_kw_cold_wave", "captions", (Caption('مخيمات ربيعية في منطقة الصبية شمال البلاد', 'جونا - أرشيف'),)),
    ("en/r321_pna_jamuna_erosion", "captions", (Caption('Residents dismantle their houses ahead of erosion at Khas Kaulia in Chauhali upazila of Sirajganj.', 'PNA'),)),
    ("ar/r321_tn_harvest_council", "site", 'بوابة القصبة'),
    ("ar/r323_madar_fusayfisaa", "captions", (Caption('جزء من أرضية الفسيفساء بعد إزالة طبقة التراب عنها في موقع الأشغال قرب بلدة سوف', 'عمر الزعبي'), Caption('أعضاء فريق التنقيب يوثّقون النقش اليوناني في الطرف الغربي من الأرضية', 'الرصيف'),)),
    ("gaps/ar/r325_balqa_radio_school_fees", "site", 'إذاعة صوت البلقاء'),
    # A dateline alone on its line under the caption, set as a caption's credit ("الرباط - و.أ.ن"); the
    # place of a dateline element ("صفاقس - شرفات") below the header's reach; a press release's "Paris,
    # le 9 décembre 2025" under the standfirst; "كفر الشيخ -" opening a TV page's text: not read.
    ("html/r322_ar_atlas_desalination", "dateline", 'الرباط'),
    ("html/r322_fr_ministere_loire_digues", "dateline", 'Paris'),
    # A Telegram post's bold first line under the channel's "name | عاجل"; a radio episode's headline
    # under the programme's description and its presenter; a bulletin's dated title set as a series'
    # item; a TV page's headline shown twice above the player, its standfirst right over the byline.
    ("gaps/html/r324_ar_telegram_post", "title", 'إنقاذ 11 صيادا بعد تعطل قاربهم قبالة سواحل صور لأكثر من 30 ساعة'),
    ("gaps/ar/r325_balqa_radio_school_fees", "title", 'أقساط المدارس الخاصة ترتفع مجددا والأهالي يسألون: من يراقب؟'),
    ("ar/r325_atlas_tv_midday_bulletin", "title", 'نشرة الظهيرة ليوم الإثنين 20 يناير 2025'),
    ("ar/r325_delta_tv_burullus", "title", 'بدء تطهير بحيرة البرلس لإنقاذ موسم الصيد الشتوي'),
    # Round 320 (Arabic portals' service widgets in HTML): a byline, a date and a read count in one
    # table cell ("نوال بوزيد - 2025/03/04 16:20 | قرئ 1187 مرة") names no writer; a caption whose
    # source sits in its own span ("أرشيف") and a credit "عدسة <site>" (the site's lens) read without
    # their pairing or with the label cut.
    ("gaps/html/r320_dz_water_php", "author", "نوال بوزيد"),
    ("gaps/html/r320_dz_water_php", "captions", (Caption("عمال يعاينون تسربا في قناة المياه الرئيسية بمنطقة عين الباي", "أرشيف"),)),
    ("html/r320_iq_dollar_aspnetcore", "captions", (Caption("صرّاف يعد أوراقا نقدية من فئة 100 دولار في شارع الكفاح ببغداد", "عدسة الرافدين نت"),)),
    # Round 318 (HTML in twelve more languages): a Norwegian page that declares <html lang="no"> is
    # reported as "nb" (Bokmål, what its words are), not the macrolanguage's code the page gives.
    ("html/r318_no_steinras_nesbovik", "lang", "no"),
    # Round 315 (readers' comments that read like the article): a Moroccan byline of seven words, the
    # site, a dash, the writer and the writer's town after "من" ("صدى الأطلس - عبد الكريم أمزيان من
    # أزيلال"), is longer than a dateline's and is taken for the standfirst.
    ("ar/r315_ar_ma_sada", "author", "عبد الكريم أمزيان"),
    # Round 312 (HTML, widgets inside the article's container): a figure whose credit is printed before
    # its caption, in two inline spans with no space between them ("Sam Ridley/ECN" + "The dunes ..."),
    # is read as one caption glued together.
    ("html/r312_uk_ecn", "captions", (Caption("The dunes in front of Marram Way lost up to four metres overnight", "Sam Ridley/ECN"),)),
    # Round 309 (teasers that read like the article's paragraphs): a caption whose credit is the
    # photographer's name alone in brackets ("(Carla Benning)") is not read.
    ("gaps/en/r309_en_rivercountry6_ice_storm_live", "captions", (Caption('Ice coats power lines along State Highway 51 near Harlow on Thursday morning.', 'Carla Benning'),)),
    # Round 308 (explainers whose body looks like chrome): a recall notice's picture credited in brackets
    # to the company, with no label ("... six-count box. (Pinecrest Pantry)"), stays in the text.
    ("en/r308_en_snack_recall_notice", "captions", (Caption('The recalled Honey Oat Granola Bars come in a green six-count box.', 'Pinecrest Pantry'),)),
    # Round 307 (long Arabic opinion and analysis pieces): a caption whose source follows its sentence
    # ("... جنوب دبي. المصدر: مؤشر بزنس / ياسر الحمادي") stays as the text's first paragraph; a chart's
    # caption ("جدول: ...", its credit under it) is not read.
    ("ar/r307_investigative_tunis_medicines", "captions", (Caption('صيدلية في إحدى مدن الوسط الغربي، رفوف قسم أدوية السكري شبه فارغة.', 'سبر / هادي القلعي'), Caption('جدول: الفارق الزمني بين وصول الشحنات إلى العاصمة وإلى صيدليات الداخل (بالأيام).', 'سبر / إيناس بن يوسف'),)),
    # Round 306 (HTML in scripts other than Latin's): a Japanese caption's place and day after "＝" and
    # its photographer's "撮影", a Chinese caption's credit run in ("东禾日报记者 周扬 摄") or given as the
    # name alone ("記者 黃志朗攝"); a Korean broadcaster's byline glued to its button ("정다은 기자기자 정보");
    # a Vietnamese portal's right-aligned sign-off "Thanh Hương - Trung tâm VH-TT&TT huyện".
    ("html/r306_ja_toho", "captions", (Caption('教室を改装した客室。黒板はそのまま残した＝長野県天沢村で2024年11月19日', '川端真澄撮影'),)),
    ("html/r306_ko_hbn", "author", '정다은'),
    ("html/r306_vi_lamtuyen", "author", 'Thanh Hương'),
    ("html/r306_zh_cn_donghe", "captions", (Caption('5月13日晚，乘客在青溪县汽车站登上“夜归1号线”首班车。', '东禾日报记者 周扬 摄'),)),
    ("html/r306_zh_hk_mingyuen", "captions", (Caption('松嶺閣居民張伯每日要扶着欄杆行落十四樓。', '記者 黃志朗攝'),)),
    # Round 304 (scripts other than Latin's): a credit that says "provided by" or "photographed by"
    # ("영도해녀문화보존회 제공", "記者林奕辰攝", "山嵐茶業產銷班提供") is given as the name alone, where the
    # page's reader keeps the whole credit.
    ("ko/r304_ko_agency", "captions", (Caption('영도 해녀학교 1기 수료생들이 3일 동삼동 앞바다에서 물질 실습을 하고 있다.', '영도해녀문화보존회 제공'),)),
    ("zh/r304_zh_tw_daily", "captions", (Caption('山嵐茶業產銷班班長張秀鳳操作無人機巡視茶園。', '記者林奕辰攝'), Caption('系統以紅、黃兩色標示疑似蟲害區塊。', '山嵐茶業產銷班提供'))),
    # Round 301: html2text's "****** headline ******" is not read as the headline (the image's alt text in
    # brackets above the caption is taken). Round 302: archive.today's flattened spans glue the writer's
    # name to the stamp after it ("عمر الزعبينشر بتاريخ").
    ("ar/r301_dz_sawtelhidab_html2text_cp1256", "title", "قسنطينة: برنامج جديد لتوزيع المياه يوماً بعد يوم حتى نهاية أوت"),
    ("html/r302_jo_archivetoday_irbid", "author", "عمر الزعبي"),
    # Round 300: a caption over its credit, the writer's name alone on its line ("Javier Ochoa", no
    # label), and a caption shown twice, the second with " - RIPRODUZIONE RISERVATA" over "© AGR".
    ("es/r300_es_diario_moncayo", "captions", (Caption('El embalse de Valdelasierpe, al 31% de su capacidad, este lunes por la mañana.', 'Javier Ochoa'),)),
    ("it/r300_it_agenzia_agr", "captions", (Caption('Gli archeologi al lavoro sulla fornace emersa lungo il tracciato della ciclovia', 'AGR'),)),
    # Round 298: the headline sits over its standfirst, byline, role and date, then a header toolbar of
    # twenty lines (text size, dark mode, listen, save, "Follow topic" over the topic's name, gift): the
    # topic's name under "Follow topic" is taken for the headline, past the header's reach.
    ("gaps/en/r298_en_ledgerpoint_kestrel_takeover", "title", "Kestrel Freight agrees £410m takeover by Dutch rival Vandermolen Logistiek"),
    ("gaps/en/r298_en_ledgerpoint_kestrel_takeover", "author", "Anjali Sethi"),
    # Round 295 (clippings from e-papers' PDF text): a headline printed over two lines, narrower than
    # the column, is not joined. Round 296 (syndication portals' HTML): a caption whose credit the
    # portal sets in a sibling element (MSN's "© name - publisher", Yahoo's, BLOX's photo credit) is
    # not paired.
    ('en/r295_en_in_konkan_fish_market', 'title', 'Mapusa fish vendors refuse to shift to new market complex'),
    ('html/r296_msn_ar_ferry_creek', 'captions', (Caption('إحدى العبّارات الكهربائية الثلاث خلال رحلة تجريبية في خور رأس الخيمة', 'خالد المهيري - المرصد اليومي'),)),
    ('html/r296_regional_wire_grocery_coops', 'captions', (Caption('Darla Kinney restocks canned goods at Kinney’s Market in Ord. The store is one of 11 that have joined the Sandhills Grocery Alliance.', 'Jonah Reyes/Nebraska Field Report'),)),
    ('html/r296_yahoo_water_coop_rates', 'captions', (Caption('Crews with the Commencement Bay Water Cooperative replace a section of 1950s cast-iron main on North Proctor Street in February.', 'Maya Okonkwo/The Narrows Ledger'),)),
    # Round 294 (HTML of newsletter and blogging platforms): a WordPress.com author box's heading
    # "Auteur : Gwenaëlle Tanguy" under the text names the writer the header shows only in a hidden span.
    ("html/r294_wpcom_kerbrat", "author", "Gwenaëlle Tanguy"),
    # Round 293 (right-to-left languages and Arabic-script ones): a Shahmukhi Punjabi page's headline over
    # its standfirst and a desk's byline ("ویہڑا نمائندہ، قصور") loses the title to the standfirst; Yiddish is read as
    # Hebrew (no stoplist), its "פֿון" byline, its month names and its caption's credit on the line
    # under it are not read, and its headline in „...“ quotes loses to the caption.
    ('pa/r293_pa_vehra', 'title', 'قصور: کماد دے کاشتکاراں نوں مل ولوں ادائیگی نہ ہون تے احتجاج'),
    ('yi/r293_yi_divokh', 'title', '„דער לעצטער טראַמווײַ“: אַ נײַע ייִדישע פּיעסע האָט פּרעמיערע אויף דער לאָוער איסט־סײַד'),
    ('yi/r293_yi_divokh', 'lang', 'yi'),
    ('yi/r293_yi_divokh', 'date', '2025-12-04'),
    ('yi/r293_yi_divokh', 'author', 'חנה גאָלדבערג'),
    ('yi/r293_yi_divokh', 'captions', (Caption('רבקה שניידער (אין צענטער) ווי זלמן דער קאָנדוקטאָר', 'דוד ראָזען'),)),
    # Rounds 279-282: a Facebook post's link preview, after the post's text, holds the title (the page's
    # name is taken); a caption's credit after its sentence with no label, as Pakistani ("... area. —
    # APP") and Jamaican ("... on Saturday. Contributed") papers write it, or in the Lithuanian genitive
    # ("... prospekte. Mindaugo Kazlausko / Neris24 nuotr."); a print view's "<place> - <writer>" and the
    # date in one line (HTML).
    ("ar/r279_facebook_post", "title", 'بلدية نابلس تشغّل أول محطة طاقة شمسية لضخ مياه آبار الباذان'),
    ("en/r280_jm_stelizabeth_t20_final", "captions", (Caption('Lacovia captain Kemar Bryan (centre) lifts the trophy with his teammates at Black River on Saturday.', 'Contributed'),)),
    ("en/r280_karachi_shc_tanker_rates", "captions", (Caption("Tankers queue outside a hydrant in Karachi's Sakhi Hasan area.", 'APP'),)),
    ("lt/r281_bilietu_kainos", "captions", (Caption('Troleibusas Konstitucijos prospekte.', 'Mindaugo Kazlausko / Neris24'),)),
    # Round 290 (HTML): a React page's caption glued to its credit ("... صباح اليومخالد الحمادي / المدار"),
    # the credit's element named by a hashed class.
    ("html/r290_madar_react", "captions", (Caption("ضباب كثيف يغطي أحد الطرق الرئيسية في أبوظبي صباح اليوم", "خالد الحمادي / المدار"),)),
    # The byline stands in the page's second copy (AMP first), which is taken for an appended article.
    ("ar/r8_syrian_amp", "author", "رامي الخطيب"),
    # A section tag before the headline ("اقتصاد | ...") is kept in the title.
    ("ar/r8_kuwaiti_section", "title", "تراجع أسعار العقار الاستثماري في حولي 4% خلال الربع الثالث"),
    # A place name alone on its line between the writer's name and the date is taken for the headline.
    ("es/old_town_traffic_inline_related", "title", "El ayuntamiento cerrará al tráfico el casco antiguo los fines de semana"),
    ("es/old_town_traffic_inline_related", "author", "Lucía Herrera"),
    # "لندن - القاهرة: ماجد العتيبي ونهى سليمان": two places, then two writers.
    ("ar/r19_uk_panarab", "author", "ماجد العتيبي ونهى سليمان"),
    # A writer's name under the headline of a blog post, with no date beside it, is taken for the title.
    ("en/r20_blog_async", "author", "Marta Kowalczyk"),
    ("en/r20_blog_async", "title", "We replaced daily standups with written check-ins for six months. Here’s what happened."),
    # Section, headline, byline, date, reading time and widgets flattened into one " | " line: the
    # headline is found (the one long item), the byline item not.
    ("gaps/ar/r24_panarab_opinion", "author", "د. سامي الحكيم"),
    # Section, headline, dateline, date and reading time flattened into one " - " line: the headline
    # is found (the one long item), the date not.
    ("ar/r24_saudi_business", "date", "2024-11-10"),
    # A radio page: the show's name, shown four times around the episode's title, wins the title.
    ("fr/r22_franceondes_reparation", "title", "Lave-linge, smartphones, vélos : la réparation peut-elle devenir un métier d'avenir ?"),
    # A series' name under the headline, right above the byline, is taken for the headline.
    ("fr/r53_liban_reconstruction", "title", "À Khiam, les habitants reconstruisent sans attendre l'État"),
    # A bare name under the headline, with an initial ("م. بن عيسى"), is taken for a standfirst.
    ("ar/r34_dz_flood_bulletin", "author", "م. بن عيسى"),
    # The headline glued between breadcrumb and date ends with "اليوم", which goes with the date.
    ("ar/r34_sd_exchange_rates", "title", "الدولار يقفز إلى ٢٦٤٠ جنيهاً في السوق الموازية.. تعرّف على أسعار العملات اليوم"),
    # A republishing partner's name under the byline is taken for the title.
    ("en/r38_us_ballot", "title", "As rural hospitals close, a ballot measure promises relief. Its math doesn't add up, experts say."),
    # Two writers joined by a comma keep only the first.
    ("en/r65_oklahoma_ice_live", "author", "Dana Whitfield, Marcus Lee-Tallchief"),
    # "Name, City" without a prefix, under an "L'essentiel" box, is taken for the headline.
    ("fr/r65_suisse_eboulement", "author", "Léa Zufferey"),
    # "Name en Belga" without "Door" becomes the subtitle.
    ("nl/r65_assisen_hasselt", "author", "Sofie Van den Broeck en Belga"),
    # "Por A e B, Outlet — City": the outlet and the city after the writers are not cut off.
    ("pt/r65_gasolina_precos", "author", "Fernanda Lopes e Rafael Cunha"),
    # An opinion page: a menu flattened on one line wins the title; the writer stands alone above the
    # headline (under the "رأي" label) and is not taken.
    ("ar/r70_mor_film_festival", "title", "مهرجاناتنا السينمائية: بريق السجاد الأحمر وقاعات بلا جمهور"),
    ("ar/r70_mor_film_festival", "author", "عبد الرحيم الوزاني"),
    # "Par A, B" without a field after it: a comma between two capitalised names is as often a name
    # and a role ("Dan Friedman, Product Manager"), so only the first is taken.
    ("fr/r71_paris_budget_2026", "author", "Claire Vasseur, Romain Duhamel"),
    # "كتب - A - B": a second name after a dash reads as the place the first writer filed from.
    ("ar/r73_egtabloid", "author", "محمود عبد الحميد - أحمد سامي"),
    # A club site's next-match banner ("المباراة القادمة: ...") above the section label wins the title.
    ("ar/r79_delta_club", "title", "طلائع الدلتا يقلب الطاولة على النصر السويسي ويحقق فوزه الثالث على التوالي"),
    # A live page's headline "مباشر | ..." reads as a menu of items set apart by a bar.
    # A masthead's slogan at the page's top wins the title.
    ("fr/r80_fr_echo_petite_cote", "title", "Mbour : les transformatrices de poisson réclament un nouveau site de séchage"),
    # A weekly's kicker over its headline ("Landflucht in der Uckermark" / "Die letzte Klasse") wins.
    ("de/r84_de_wochenpost", "title", "Die letzte Klasse"),
    # The standfirst wins the title over the headline above it (a video block repeats the headline).
    ("ar/r85_danatv", "title", "مزارعون في الشمال القطري يراهنون على الزراعة المائية لمواجهة شح المياه"),
    # A broadcaster's show name in the menu wins the title; the only date, "Publiziert am ...", stands
    # after the text under the desk's initials.
    ("de/r86_de_lawine", "title", "Lawine im Stubaital: Tourengeher schwer verletzt"),
    ("de/r86_de_lawine", "date", "2025-02-08"),
    # An agency item signed at its end "--(بترا) هديل الشرع/ م ق": the signature is not read.
    ("ar/r91_petra", "author", "هديل الشرع"),
    # A gallery between the headline and the byline: its last link, "Ver galería completa", wins the title.
    ("es/r88_es_el_vigia", "title", "Fiesta de la Vendimia 2025: Ica celebra con récord de visitantes y concurso de pisa de uva"),
    # A live page's headline above the key events box is out of the header's reach; the writers'
    # line wins the title.
    ("en/r94_en_uk_liveblog", "title", "Storm Imogen live: rail lines shut across northern England as 94mph gusts recorded in Cumbria"),
    # The publication date stands only after the text ("FIRST PUBLISHED: ..."); the header's update wins.
    ("en/r100_en_india", "date", "2025-03-03"),
    # "Rina Andriani - WartaKini.id" under the headline reads as a photo credit.
    ("id/r104_id_wartakini", "author", "Rina Andriani"),
    # A bare name over "Transport Correspondent", below the standfirst and a caption, is not read.
    ("en/r110_en_sg_broadsheet", "author", "Ng Hui Min"),
    # "Interview: Jonas Riedel" names the interviewer, but "Interview: X" may name the one interviewed.
    # A match card (teams, score, scorers, venue) between the header and the text pushes the headline
    # and its byline out of the header's reach; the venue wins the title.
    ("ar/r115_ar_egypt_football", "title", "الأهلي يتخطى الاتحاد السكندري بهدفين لهدف ويستعيد الصدارة مؤقتا"),
    ("ar/r115_ar_egypt_football", "author", "محمد عبد الحليم"),
    # The writer's name over "Text", the photographer's over "Foto", each on its own line.
    ("sv/r116_sv_klaralv", "author", "Lina Berglöf"),
    # The headline opens with the ticker's label ("عاجـــل | ...") and is shown in the ticker above too.
    ("ar/r117_ar_algeria_breaking", "title", "عاجـــل | تسجيل هزة أرضية بقوة 4.6 درجات بولاية البويرة"),
    # The writer's bare name under the headline is not read, nor her name after the details box.
    ("ar/r117_ar_lebanon_play_review", "author", "زينة حداد"),
    # A headline of two sentences with full stops ("... starts Monday. Here's what to know.") is no headline.
    ("gaps/en/r118_en_us_explainer", "title", "Cleveland's curbside compost pilot starts Monday. Here's what to know."),
    # Two writers' names over "Journalister" (their role, plural) win the title; the headline is read as a dateline.
    ("gaps/nb/r120_nb_akn", "title", "Fergeavganger innstilles igjen – mangler mannskap"),
    ("gaps/nb/r120_nb_akn", "author", "Ingrid Solheim og Kristoffer Aas"),
    # A scoreboard above the headline (goal scorers, stadium, "الحكم: <name>") wins the title, and the
    # referee's line reads as "place: writer".
    ("ar/r121_ar_saudi_match", "title", "النخيل يتجاوز الهضبة بهدفين ويقترب من مراكز الصعود"),
    ("ar/r121_ar_saudi_match", "author", "فهد العتيبي"),
    # A radio host's bare name under "Heard on <programme>", two lines under the date.
    ("en/r122_en_pubradio", "author", "Tom Brekke"),
    # An overline over the headline ("بعد إدانته باختلاس ..."): the first of two headed lines wins.
    ("ar/r125_ar_kuwait_court", "title", "«التمييز» تؤيد حبس موظف سابق في جمعية تعاونية ٥ سنوات لاستيلائه على ٣٢٠ ألف دينار"),
    # A tabloid's kicker of five words ("Unglaublicher Fund an der Elbe") over the headline wins the title.
    ("de/r128_de_blitz", "title", "Rentner findet Flaschenpost – nach 41 Jahren!"),
    # A match card between the headline and the byline (teams, score, scorers, stadium): its last line wins.
    ("ar/r129_ar_iraq_sports", "title", "الشرطة يقلب الطاولة على الزوراء ويعزز صـدارة دوري النجوم"),
    # A kicker of five words over the headline: the first of two headed lines wins, as in r125_ar_kuwait_court.
    ("ar/r129_ar_palestine_report", "title", 'مزارعو عصيرة الشمالية يقطفون زيتونهم وحدهم: "الشجرة لا تنتظر"'),
    # An <h1> of two spans, the kicker over the headline: the markup's og:title joins them with a colon.
    ("html/r140_de_wochenecho", "title", "Zwölf Quadratmeter für 690 Euro"),
    # The byline's place in a span of its own after the names ("By A and B" "Great Southern") joins the last name.
    ("html/r140_en_au_scn", "author", "Liam Fraser and Priya Natarajan"),
    # A byline of a name, a slash and the city, then the stamp ("Ayşe Demirtaş / İzmir Yayınlanma: …").
    ("html/r142_tr_ulusal", "author", "Ayşe Demirtaş"),
    # The writer's bare name under the standfirst, two lines under the headline, is not read.
    ("ar/r143_ar_lebanon_review", "author", "ريما عوّاد"),
    # A columnist's block over the headline (his picture's caption, name, bio): the bio, a long line, wins the title.
    ("ar/r145_ar_kuwait_opinion", "title", "حين يصبح الدوام المرن ضرورة لا رفاهية"),
    # "site - writer" ("أطلس بريس - عبد الرحيم الإدريسي"): the site's name is taken for the writer.
    # An agency's span beside the stamp's ("PTI" "Published: May 24, 2024"): no writer, but the two join.
    ("html/r146_en_india_news", "author", None),
    # A match card over the headline; "بغداد - حيدر الساعدي" under it is read as the subtitle.
    ("ar/r157_ar_iq_sports", "author", "حيدر الساعدي"),
    # Section, headline, byline and date flattened into one " | " line (see r24_panarab_opinion).
    ("ar/r170_ar_lebanon_judiciary", "author", "جورج عقيقي"),
    # "Rizky Firmansyah - detakJabar": a name and the site's name under the headline, no prefix (see r104).
    ("id/r168_id_bus_listrik_bandung", "author", "Rizky Firmansyah"),
    # A TV station's "Watch live" strip over the header: the stream's title ("KVRN 24 News at 5 - Streaming
    # now") stands over the headline, an advertisement's label between them, and wins (a player's label
    # over the headline is as often an article's "Listen" control).
    ("en/r165_en_kvrn_groundwater", "title", "State board puts Central Valley groundwater basin on probation, clearing way for pumping fees"),
    # The header says "Posted 2h ago, updated 1h ago"; the full stamp ("Posted Tue 14 Oct 2025 at 9:05pm,
    # updated ...") stands only after the text.
    ("en/r165_en_apb_maffra_floods", "date", "2025-10-14"),
    # HTML: a key-points item "مصلحة الأرصاد: العاصفة تستمر حتى الخميس" read as "place: writer"
    # (the box is found on the second look, after the header is read).
    ("html/r160_ar_beirut", "author", None),
    # HTML: names, place and a <time> on one line with no prefix ("Inés Montoro y Álvaro Quiles
    # Valencia 22 sept 2025 - 07:00"): read as a date line (see BODY_GAPS).
    ("gaps/html/r160_es_gaceta", "author", "Inés Montoro y Álvaro Quiles"),
    # "مغرب بريس 24 - سعيد أوبلا": the site, then the writer; a number in the site's name reads as a
    # stamp's, so the line is no "site - writer" (see test_the_sites_name_then_the_writer_after_a_dash).
    ("ar/r176_ar_morocco_tomatoes", "author", "سعيد أوبلا"),
    # A header flattened with " | ": the writer stands only in its "الكويت - علي العنزي" item.
    ("ar/r193_ar_kuwait_court", "author", "علي العنزي"),
    # "<Outlet> Prénom NOM": the outlet's name before the writer's is kept with it.
    ("fr/r194_fr_passerelle", "author", "Gwenaëlle LE GOFF"),
    # A bare name under the date, over the reading time and the views, is not read.
    ("ru/r194_ru_tramvai", "author", "Екатерина Шилова"),
    # "<Name> <Outlet>" (see r194_fr_passerelle).
    ("gaps/fr/r203_fr_deneigement_rimouski", "author", "Catherine Lévesque-Roy"),
    # "الحلة - عادل كاظم الجبوري" in a table cell: the place is read as the writer.
    ("html/r204_ar_cp1256_hilla", "author", "عادل كاظم الجبوري"),
    # A correspondent's signature after the text ("Serge Kouadio" over "Correspondant régional"), with
    # comments' headings under it, is not read as the writer.
    ("fr/r209_fr_bouake_marche", "author", "Serge Kouadio"),
    # A Zeit-like <h1>: a kicker span, a visually hidden ": ", the headline span; the kicker is kept
    # with the headline (as <title> has it).
    ("html/r210_de_holzhochhaus", "title", "Genossenschaft plant Leipzigs erstes Holzhochhaus"),
    # Vietnamese: the writer's name alone after the text ("Hoài Thương") is not read when the page
    # credits no picture to the same person (in a script with capitals a name alone there may be a
    # button, "Learn More", or a desk).
    ("vi/r218_vi_xebuyt", "author", "Hoài Thương"),
    # A live blog's writers over the date ("Helen Aske (now) and Daniel Ferris (earlier)") are taken
    # for the headline, which stands two lines above them over its standfirst.
    # A windows-1256 page whose crawler left the date's Arabic-Indic digits as character references
    # ("&#1633;&#1636;/&#1632;&#1636;/...": the encoding has no such digits): not decoded, not read.
    ("ar/r223_ar_byblos_parking_plan", "date", "2025-04-14"),
    # An opinion blog's author box above the headline (the name, a bio, a handle, "Ver todas sus
    # columnas"): the name alone there is not read as the writer.
    ("es/r227_es_columna_opinion", "author", "Rodrigo Salcedo Ibarra"),
    # A header a crawler flattened into one line with the menu ("Home | News | Counties  By Wambui
    # Ndung'u  4 Sep 2025 07:45 EAT"): the byline inside it is not read.
    ("en/r230_en_ke_water", "author", "Wambui Ndung'u"),
    # Galician: the standfirst under the headline (no full stop), then "Redacción" and the place over
    # the date: the standfirst, nearer the date, is taken for the headline.
    ("gl/r233_gl_ourense_termas", "title", "Ourense amplía o horario das pozas termais do Miño durante o verán"),
    # Japanese: a bare name under the headline ("村井健太"): in a script without capitals or spaces a
    # name alone is not told from a word.
    ("ja/r233_ja_himi_taxi", "author", "村井健太"),
    # Lithuanian: the credit after the caption's full stop opens with "Nuotr." (a dot, no colon): the
    # caption is not split from it.
    ("lt/r233_lt_klaipeda_ferry", "captions", (Caption("Naujasis keltas „Kuršė“ Klaipėdos uoste.", "Darius Jankauskas"),)),
    # ... and "Justino Vaitkaus nuotr." (the photographer's name in the genitive, then the label).
    ("lt/r235_lt_siauliai_stotis", "captions", (Caption("Šiaulių autobusų stoties pastatas laukia rekonstrukcijos.", "Justino Vaitkaus"),)),
    # Japanese: the writer only in the author box after the text ("この記事を書いた人" / "森田彩" / "氷見支局").
    ("ja/r235_ja_himi_kakoujo", "author", "森田彩"),
    # Japanese: a caption opening with the "【写真】" label keeps the label in its text.
    ("ja/r235_ja_himi_kakoujo", "captions", (Caption("完成した加工場で作業の流れを確認する関係者＝3日、氷見市宇波", "森田彩"),)),
    # Serbian in Latin script is reported as Croatian (tests/test_languages_slavic_baltic.py: KNOWN_GAPS).
    ("sr/r235_sr_kadeti_memorijal", "lang", "sr"),
    # Thai: "โดย <name>" (by) is not read: a name in a script without capitals is not told from words.
    ("th/r235_th_coconut_export", "author", "ณัฐธิดา วงศ์ประเสริฐ"),
    # HTML, Thai: the byline's span runs into the view count ("<name> อ่าน 2,418 ครั้ง"); its first word
    # is kept with the name.
    ("html/r237_th_portal", "author", "กิตติพงษ์ ศรีวงศ์"),
    # HTML, Russian agency: the lead picture's caption ("... Архивное фото") has its credit in a
    # separate "©" span, which is not paired with it.
    ("html/r240_sevvector_ru", "captions", (Caption("Ледовая переправа через Северную Двину. Архивное фото", "Северный вектор / Андрей Шмаков"),)),
    # A caption credited after a dash, "... - الصورة من Shutterstock", is not read as one.
    ("ar/r241_gulf_mag_list", "captions", (Caption("العناية بالبشرة في الصيف تبدأ من الترطيب والحماية من الشمس", "Shutterstock"),)),
    # "- سعيد بن خلفان المعمري": a writer's name after a dash, alone under the headline, is not read.
    ("ar/r241_oman_daily_gallery", "author", "سعيد بن خلفان المعمري"),
    # A columnist's name under his picture's caption, above the headline, is not read.
    ("ar/r241_yemen_column", "author", "عبدالكريم حسن الشرعبي"),
    # A caption over its credit "Sanne de Boer / NLO" (a name and the outlet) is not paired.
    ("nl/r242_nlo_veenweide", "captions", (Caption("Weilanden bij Kamerik, waar het waterpeil al bij wijze van proef is verhoogd", "Sanne de Boer / NLO"),)),
    # "（圖由北市公園處提供）" (picture provided by ...) after a caption is not read as its credit.
    ("zh/r242_daoyu_chongwu", "captions", (Caption("大安森林公園既有的寵物活動區，假日常見飼主帶狗散步。", "林佳穎"), Caption("北市規劃新設寵物友善區的示意圖。", "圖由北市公園處提供"),)),
    # HTML: a caption ending with the site's short name after a dash ("... بدمشق - الياسمين", the site
    # "الياسمين نيوز") keeps it in its text, uncredited.
    ("html/r248_sy_yasmin", "captions", (Caption("أوراق نقدية سورية في أحد محال الصرافة بدمشق", "الياسمين"),)),
    # A live blog's byline "Tom Ashby at the Quayside Stadium" names no writer alone. (Its headline,
    # more than 16 lines above the text past a scoreboard and a key-events list, is read since rounds
    # 335-340: the key events, a table of contents of the updates, use none of the header's reach.)
    ("en/r249_live_cup_final", "author", "Tom Ashby"),
    # An obituary page: the name in the breadcrumb ("Margaret Hollis") takes the title from the full
    # name under it, and the death date under the name is taken for the publication's.
    ("en/r249_obituary_hollis", "title", "Margaret Ellen Hollis"),
    ("en/r249_obituary_hollis", "date", "2025-11-01"),
    # A caption credited in brackets with an outlet and a photographer joined by a dash ("... (الأرز 24 -
    # جو شمعون)") is not read: it stays in the text.
    ("ar/r251_lb_kashida", "captions", (Caption('مولدات خاصة في أحد أحياء جديدة المتن', 'الأرز 24 - جو شمعون'),)),
    # A headline the scraper split over two lines: only its first half is the title.
    ("ar/r251_om_split_headline", "title", 'افتتاح أول مركز متخصص لتدريب الشباب على صناعة الفخار التقليدي في ولاية بهلاء بتمويل أهلي تجاوز 180 ألف ريال عُماني ومشاركة 40 حرفيًا من محافظة الداخلية'),
    # Vietnamese: the writer's name alone in bold under the last paragraph ("Hoàng Nam") is not read (a
    # name-shaped line after the text in a script with capitals is as often a box's heading: "Related Topics").
    ("vi/r253_han_man_ben_tre", "author", "Hoàng Nam"),
    # A mobile app's export with labelled fields ("العنوان: ..."): the title keeps its field's label.
    ("ar/r254_bahrain_appapi", "title", 'إطلاق برنامج لتدريب 200 صياد بحريني على تقنيات الصيد المستدام'),
    # Hausa: "Daga <name>" ("from"), without a colon, is no byline (a bare "daga" opens title-case headlines:
    # "Daga Kano Zuwa Abuja"); the next article the page appends after the comments is not told from them.
    ("ha/r256_kano_farashin_tumatir", "author", 'Usman Ibrahim Dambatta'),
    ("ha/r256_kano_farashin_tumatir", "extra_articles", ("Hukumar KAROTA ta kama motoci 60 saboda ajiye su a wuraren da aka hana a Kano\nHukumar kula da zirga-zirgar ababen hawa ta Jihar Kano, KAROTA, ta ce ta kama motoci 60 da babura masu kafa uku 35 a cikin kwanaki uku saboda ajiye su a wuraren da aka hana a cikin birnin Kano.\nKakakin hukumar, Malam Nabil Sani Gezawa, ya shaida wa Tauraruwa Online cewa aikin ya fi mayar da hankali ne kan titunan Zoo Road, Murtala Muhammad da kuma kewayen kasuwar Sabon Gari, inda cunkoso ya yi kamari.\nYa ce masu motocin za su biya tarar Naira 15,000 kafin a sake su, yayin da masu baburan za su biya Naira 5,000.\n“Ba mu yi hakan don mu takura wa jama'a ba, sai don mu rage cunkoson da ke hana motocin asibiti da na kashe gobara wucewa,” in ji shi.\nWasu direbobi sun koka cewa babu isassun wuraren ajiye motoci a cikin birnin, suna masu kira ga gwamnati da ta gina wuraren ajiye motoci na zamani kafin ta rika kama su.",)),
    # Uyghur: the reporter signs at the end in a sentence ("مۇخبىرىمىز <name> ئىستانبۇلدىن تەييارلىدى.", "our
    # reporter <name> prepared it from Istanbul"), which stays in the text; a caption whose credit is "<outlet>/<name>"
    # after a sentence with a place and a date is not split.
    ("ug/r256_istanbul_ana_til_mektep", "author", 'ئەركىن تۇرسۇن'),
    # A share bar's eight buttons and a subscription box between the header and the text (a US local paper), a
    # sign-up box between them (a UK regional): the header's reach, sixteen lines over the text, ends under the
    # headline, and the standfirst or a line of the box is taken for it. (Counting those widgets out of the reach
    # found the headline here, and dates on BBC pages, but lost 20 dev pages' headlines to menus and promos.)
    ("gaps/en/r259_blox_local", "title", 'Commissioners OK $4.8 million to pipe Pomona Ditch after years of seepage complaints'),
    ("en/r259_uk_regional", "title", "Hartcliffe residents 'left stranded' as evening buses axed with three weeks' notice"),
    ("en/r259_uk_regional", "author", 'Hollie Marsden'),
    # (see BODY_GAPS: a caption of 34 words over a bare credit is read as the text's)
    ("gaps/en/r259_blox_local", "captions", (Caption('Water from the Pomona Ditch pools in a pasture along South Broadway on the Redlands on Monday. The ditch loses an estimated 30% of its flow to seepage before it reaches its last headgate.', 'Marco Ruiz/The Grand Valley Record'),)),
    # Round 260 (Arabic services of international broadcasters): a credit line that names the photographer and
    # the site ("سالم باحميد - المدار", "فيستنيك / أنطون فولكوف") or an agency the lexicon does not know
    # ("بانوراما فوتو") under its caption is not read; "(صورة رمزية)" (a symbolic picture) at the caption's end
    # is taken for its credit; "... 2025. © محمد الهادي، ميريديان 24": an owner with a comma and a figure is no name.
    # "حقوق النشر  نيكوس باباداكيس/كونتيننت نيوز" (copyright, no colon) goes as a credit line but is not paired.
    ("ar/r260_continent_greek_desal", "captions", (Caption('بارجة التحلية العائمة راسية في ميناء لاكي بجزيرة ليروس اليونانية', 'نيكوس باباداكيس/كونتيننت نيوز'),)),
    ("ar/r260_almadar_hadramout_live", "captions", (Caption('سيول جارفة تغمر طريقا رئيسيا قرب مدينة سيئون في وادي حضرموت', 'سالم باحميد - المدار'),)),
    ("ar/r260_alwaha_water_taxi", "captions", (Caption('جانب من الواجهة البحرية لجزيرة ياس في أبوظبي (أرشيفية)', 'بانوراما فوتو'),)),
    ("ar/r260_marmara_hazelnut", "captions", (Caption('عمال موسميون يجمعون البندق في بستان بقضاء بولانجاق التابع لولاية غيرسون شمالي تركيا.', 'سليم دوغان - مرمرة'), Caption('مزارعة تفرز ثمار البندق بعد تجفيفها تحت أشعة الشمس في قرية بولاية أوردو.', 'سليم دوغان - مرمرة'), Caption('شاحنات محملة بأكياس البندق تصطف أمام مستودع للتخزين في مدينة غيرسون.', 'سليم دوغان - مرمرة'),)),
    ("ar/r260_meridien24_sfax_olive", "captions", (Caption('مزارع يجمع الزيتون في ضيعة بولاية صفاقس، تونس، في 6 نوفمبر 2025.', 'محمد الهادي، ميريديان 24'),)),
    ("ar/r260_rheinwelle_saxony_nurses", "captions", (Caption('ممرضة تتابع حالة مريض في قسم العناية المركزة بأحد مستشفيات لايبزيغ (صورة رمزية)', 'Jana Richter/Rheinbild'),)),
    ("ar/r260_vestnik_kazan_forum", "captions", (Caption('حقول قمح في جمهورية تتارستان الروسية', 'فيستنيك / أنطون فولكوف'),)),
    # HTML: "Chart: <name>" at the end of a chart's caption is not read as its credit ("chart" as a
    # credit label took "BTC Price Chart" and "Site map" lines on dev pages).
    ("html/r245_medium_calgary", "captions", (Caption("A cyclist on the 12th Avenue cycle track on Feb. 12, 2025.", "Priya Nandakumar"), Caption("Average daily trips across 14 downtown counters during cold snaps, 2023–2025.", "Priya Nandakumar"))),
    # Round 262 (English publications of the 2020s): a blog platform's headline closed with a full stop over
    # its standfirst; the standfirst, which has no full stop, is taken for the headline, and the writer's name
    # under it (then "·", "Follow") for no byline. (A closed headline right over the byline is read.)
    # Round 278: a Portuguese caption ending with its photographer's bare name is not read.
    ("pt/r278_entrevista_hidrogeologo", "captions", (Caption('Rui Pimentel no seu gabinete em Faro, com mapas dos aquíferos da região ao fundo.', 'Tiago Serrão'),)),
    # Rounds 273-276: "حاوره: <name>" after a long interview is not read as its writer (another name
    # signs the page's header); a newsletter issue's subject line wins the title over its lead
    # story's; a reader view's bare name is not read; a
    # caption credited "Name | Paper" on a line of its own is not paired.
    ("ar/r273_ma_water_interview", "author", 'يونس الإدريسي'),
    ("gaps/en/r274_newsletter_polling", "title", 'County board delays vote on closing two rural polling places'),
    ("en/r274_pocket_levy", "author", 'Alana Pruitt'),
    ("en/r274_wayback_lighthouse", "captions", (Caption('The Port Alder North Breakwater Light has been closed to visitors since 2011.', 'Dana Whitcomb | Lakeshore Tribune'),)),
    # Rounds 269-272: a caption credited on a line of its own under a bare-label element, and one credited "Photo : ..."
    # on the line above it, are not paired; a Thai headline under its section's name loses to the name,
    # its writer ("โดย ...") is not read; a Vietnamese writer's name alone under the text is not read.
    ("fr/r271_ch_piscine_chronologie", "captions", (Caption("Le chantier de la future piscine, à l'arrêt depuis lundi matin.", 'Héloïse Maret'),)),
    ("fr/r271_quebec_moisissures", "captions", (Caption("L'école primaire du Ruisseau-Doré, dans le quartier Lemoyne, est fermée depuis lundi.", 'Boréal Info / Mathieu Gagnon'),)),
    ("th/r272_chaophraya_khutlok", "title", 'กทม. เร่งขุดลอกคลอง 120 สาย รับมือฝนต้นฤดู คาดเสร็จก่อนสิ้นเม.ย.'),
    ("th/r272_chaophraya_khutlok", "author", 'ธนพล ศรีวงศ์'),
    ("gaps/vi/r272_hathanh_phanloairac", "author", 'Thanh Hà'),
    # Round 267 (English pages in the style of the web of 2005-2013): a press release's section label or
    # a forum topic's "Post subject:" wins the title over the post's own headline (a blog's post title
    # under its bare date is read); a Tumblr post's date, and a sports photo's caption that opens with its date and place
    # ("Oct 2, 2011; Norfolk, VA, USA; ..."), are not read.
    ("en/r267_fanblog_tidewater_clinch", "captions", (Caption('Oct 2, 2011; Norfolk, VA, USA; Tidewater FC forward Marcus Adeyemi (9) celebrates his second goal against the Richmond Ironclads at Lafayette River Stadium.', 'Kirsten Vale-Coastal Sports Images'),)),
    ("en/r267_gov_release_water_grants", "title", 'RWAA Awards $48.6 Million in Recovery Act Grants to 31 Small Communities for Drinking Water Upgrades'),
    ("en/r267_phpbb_waterpump_howto", "title", 'HOWTO: Water pump swap on the 4.0 OHV (94-97 Ranger), step by step'),
    ("en/r267_tumblr_library_hours", "date", '2012-03-08'),
    ("en/r267_univ_release_smoke_grapes", "title", 'Smoke from 2010 fires cut southern Oregon grape harvest by up to a fifth, SCU study finds'),
    # Round 268: a Persian agency's section label ("کشاورزی و دام") over its kicker wins the title; a Hebrew
    # gallery's captions credited "צילום:" / "הדמיה:" on lines of their own are not paired.
    ("gaps/fa/r268_tehran_agency_saffron", "title", 'کاهش ۳۰ درصدی برداشت زعفران در تربت حیدریه؛ کشاورزان از خشکسالی می\u200cگویند'),
    ("he/r268_telaviv_carmel_market", "captions", (Caption('דוכני הפירות בחלקו הדרומי של שוק הכרמל, הבוקר', 'אורי בן שושן'), Caption('הדמיית השוק לאחר השלמת העבודות', 'עיריית תל אביב-יפו'),)),
    # Round 265 (French): a WordPress test's headline is taken from the product's name in its box ("Nimbio
    # Vortex Aéro 3" under the breadcrumb), and its writer, named only in the author box after the text,
    # is not read.
    ("fr/r265_test_robot", "title", "Test Nimbio Vortex Aéro 3 : un robot laveur convaincant, à un prix (presque) raisonnable"),
    ("fr/r265_test_robot", "author", "Thibault Maréchal"),
    # Round 264 (languages of South Asia and the Caucasus): a Nepali page dated by the Bikram Sambat
    # calendar only ("चैत १५, २०८१", not read): with no date under it, its headline loses to the
    # standfirst, and the writer's name over the place gives no byline; a Telugu stamp's two-digit year
    # ("Tue - 23 September 25") is not read.
    ("ne/r264_ktm_portal", "title", "बन्चरेडाँडामा फेरि अवरोध, काठमाडौंका सडकमा फोहोरको थुप्रो"),
    ("ne/r264_ktm_portal", "author", "सन्तोष अधिकारी"),
    ("te/r264_hyd_channel", "date", "2025-09-23"),
    # Korean: the headline shares a shape of words and figures ("1200억", "2030년까지") with a most-read
    # list's items and goes with them as a template series (the lead, a sentence, no longer does).
    ("ko/r247_daejeon_sandan", "title", "대전시, 노후 산단 재생에 1200억 투입…2030년까지 '청년이 일하고 싶은 산단'으로"),
    ("en/r262_medium_streetlights", "title", "I Logged Every Dark Streetlight in My Neighborhood for Six Months. The City’s Repair Data Didn’t Match."),
    ("en/r262_medium_streetlights", "author", "Dana Okafor"),
]


# Pages whose body newsclean gets wrong by more than the fixtures' bar (0.97), kept apart in
# fixtures/gaps/ so that test_fixtures.py does not walk them.
BODY_GAPS = [
    # Round 426: an interview's answer that mentions a newsletter in its last sentence ("Elle a même
    # proposé de lancer une lettre d'information pour nos clients") reads as the site's appeal ("nos").
    "html/r426_fr_ci_attieke",
    # Round 362: K2's bold intro (itemIntroText, a <p> of its own) that trafilatura drops is the lead
    # paragraph, not a standfirst.
    "html/r362_ar_tunisia_water_cuts",
    # Rounds 347-352: a live page's key-points box ("أبرز ما في التغطية") between its header and the
    # first entry in HTML, under a "مباشر" kicker the markup sets over the headline.
    "html/r348_ar_marfa_storm_live",
    # Rounds 341-346: the timeline of a case's earlier hearings set between paragraphs ("مسار القضية",
    # "Les dates clés de l'affaire" over dated items), which the helpers left out and a reader may keep;
    # a newswire's summary bullets with no heading; a ruling's summary table ("ملخص الطعن"); a pull
    # quote that rephrases an answer; an interview's series box in HTML ("حلقات الحوار" over its
    # parts), a guest's bio callout of one paragraph, a programme's box, a film's credits as one line,
    # a republishing licence and a vote count trafilatura keeps; a breadcrumb that holds the headline.
    "html/r342_en_fx_wrap",
    "ar/r343_kw_courts",
    "fr/r343_fr_assises",
    "html/r344_ar_difaf_constitutional",
    "fr/r345_fr_carnet_cineaste",
    "html/r346_ar_eg_painter",
    "html/r346_ar_gulf_housing",
    "html/r346_ar_jo_novelist",
    # Rounds 335-340: boxes a review, a fatwa page or an explainer sets in its markup's text block,
    # which trafilatura keeps: a festival's programme and ticket prices, a book's callout and its
    # "Buy the book" card, an imsakiya table and a site's visitor counter, a glossary box, a product's
    # price box, specification table and comparison widget; a booking widget's field ("Votre ville
    # ou code postal") and an explainer's "Sources" (English and French pages keep a "References" or
    # "Sources" list: the benchmarks' gold keeps a paper's); a visit-information box under the text.
    "ar/r335_gulf_exhibition",
    "html/r336_ar_balqa_jerash",
    "html/r336_ar_shasha_film",
    "html/r336_en_harbourstreet_novel",
    "html/r338_ar_fatwa_insulin",
    "fr/r339_sante_fr",
    "html/r340_ar_ofoq_autumn_leaves",
    "html/r340_ar_raqami_watch_review",
    "html/r340_en_homewired_faster_wifi",
    # Rounds 333-334 (sports pages): the helpers left a match's facts box out of the text (line-ups,
    # "Ficha del partido", "Le match en chiffres", "تفاصيل المباراة", a player's card), which the
    # fixtures keep as the text's own list (tests/test_lists.py: a match sheet under its heading is
    # kept); a removal of such boxes under their headings broke nineteen earlier fixtures and was
    # reverted. Also left: a scoreboard's scorers ("د 49: <name>"), a live page's bare minutes ("'1",
    # "HT"), a poll and its odds, a membership appeal inside the text.
    "ar/r333_qa_cup_final",
    "en/r333_en_witherford_live",
    "es/r333_es_derbi_bahia",
    "fr/r333_fr_montbrison_direct",
    "html/r334_ar_botola_live",
    "html/r334_ar_channel_live",
    "html/r334_ar_qa_stars_report",
    "html/r334_ar_riyadh_transfer",
    "html/r334_es_fichaje_arangurin",
    "html/r334_fr_direct_ligue2",
    # Rounds 327-328 (the older web): a forum thread's replies after the first post (the story) stay,
    # with their members' names and the thread's footer; a blog post's title and "posted by" footer
    # stay; an embedded tweet that nothing introduces stays; a contributor's note and a paper's
    # "Sound Off" call after the text stay.
    "ar/r327_blog",
    "html/r328_ar_dafatain_nile_flood",
    "html/r328_ar_phpbb_nouakchott_fish",
    "html/r328_ar_vb_ajloun_library",
    "html/r328_en_elmstead_mill_closing",
    # Rounds 323-326: a newsletter read in the browser keeps its other items after the lead story
    # ("EN BREF", "باختصار", "LE CHIFFRE", the agenda, the weather) and its greeting; a podcast's
    # chapter list in its show notes ("00:00 Introducción") goes with the player's, which the pages'
    # readers keep; a Facebook post's link card repeats the standfirst; a radio episode's presenter
    # bio stays and a guest's line goes; a podcast's call for feedback stays; a live page's
    # "L'essentiel" box under its first paragraph stays; a Telegram post's bold first line (its
    # headline) stays in the text.
    "ar/r323_awal_daw_kahraba",
    "es/r323_fb_pescadores_guaymas",
    "fr/r323_fil_matin_fromagerie",
    "html/r324_ar_newsletter_digest",
    "html/r324_ar_telegram_post",
    "html/r324_fr_lettre_librairie",
    "ar/r325_alwaha_podcast_early_resign",
    "ar/r325_balqa_radio_school_fees",
    "es/r325_pampasur_podcast_tambos",
    "html/r326_de_albdonau_dorfladen_podcast",
    "html/r326_fr_canalgaronne_tempete_direct",
    # Round 320 (Arabic portals' service widgets in HTML): a widget's table set between the text's
    # paragraphs and kept by trafilatura (fuel prices, the dollar's rate), not introduced by the text,
    # stays; so do a live match's scoreboard over the entries and a comment thread in the same table
    # cell as the text.
    "html/r320_ae_fuel_nextjs",
    "html/r320_dz_water_php",
    "html/r320_lb_fuel_jnews",
    "html/r320_om_live_nextapp",
    # Round 319 (the same widgets in text scrapes): an embedded X post under its logo, name and handle,
    # in English on an Arabic page, keeps its text (newsclean keeps a post's text in that form, as the
    # bench's gold does; the round's writer drops it).
    "ar/r319_ae_sahel_heat",
    # Round 310: an embedded X post's text set between two paragraphs, not quoted by the text, stays
    # (newsclean keeps a post's text under its account, as the bench's gold does; the round's writer
    # drops it); a Facebook post shown as its page's name, its text, its date and "عرض المنشور على
    # فيسبوك" (view the post on Facebook) stays whole.
    "ar/r310_eg_delta_gate_library",
    "ar/r310_tn_sada_sahel_olive",
    # Round 309: two teasers run together on one line each with their kicker, headline and summary
    # ("ANALYSE Sécheresse : ... Les arrêtés ..."), under "Sur le même sujet", stay; a live page's
    # key-points box under a caption the page credits in brackets stays over the entries, and so do
    # promotional cards between the entries. (Its single teaser cards with a kicker, a caption credited
    # "Name / Outlet" on the next line, and an interview under its sidebar's teasers now pass: those
    # pages left the gaps.)
    "en/r309_en_rivercountry6_ice_storm_live",
    "fr/r309_fr_lhorizon_forages_enquete",
    # Round 307: a think-tank's paper keeps its summary box ("ملخص", the summary, "النقاط الرئيسية" and
    # three bullets) over the text, which the page's reader counts as its header.
    "ar/r307_thinktank_water_analysis",
    # Round 304: a Vietnamese standfirst (sapo) that opens with the site's name in brackets and a dash,
    # "(VietNgày) - ...", under the listen button, is kept as the text's first paragraph.
    "vi/r304_vi_enews",
    # Round 303 (naive scrapes with boxes set inside the text): a US paper's newsletter box ("The Morning
    # Ledger", its pitch) and a comments promo ("17 readers are discussing this story") stay, and the
    # text's last paragraph under them goes.
    "en/r303_en_us_mill",
    # Round 302 (HTML saved by a reader's browser or an archiving tool): a newsletter edition forwarded
    # from Gmail or Outlook keeps its other items ("Also in the news", "Les autres titres") and takes the
    # e-mail's date. (A Wayback capture of a live page whose standfirst stayed as the first entry left
    # the gaps: the standfirst in its lead class is one now.)
    "html/r302_en_gmail_repair_cafe",
    "html/r302_fr_outlook_sardine",
    # Round 301 (Arabic text of every age and encoding): Apache Tika's text of an Omani page keeps the
    # company's "نبذة عن الشركة" box under a press release.
    "ar/r301_om_alluban_tika",
    # Round 300 (a desktop browser's select-all copy, twelve languages): a Swahili "Kwa ufupi" box of
    # one line stays.
    "sw/r300_sw_mwangaza",
    # Round 299 (HTML of 2024-2026 CMSs with their widgets): a corrections box ("تصويب" and its note)
    # after the text stays, and a Ghost callout's summary points set apart by <br> inside the text.
    "html/r299_ar_jo_drupal10",
    "html/r299_en_ghost",
    # Round 298 (widgets news sites added in 2024-2026, naive text scrapes): a newsletter box inside an
    # interview ("mail" / the newsletter's name / its pitch over the e-mail field) and an editor's note on
    # AI use stay; so do a quiz's heading and questions and a stock quote's change ("+65.90 (+31.07%)")
    # inside the text.
    "en/r298_en_circuitcell_battery_qa",
    "en/r298_en_ledgerpoint_kestrel_takeover",
    "en/r298_en_touchline_promotion_scroll",
    # Round 295 (clippings from newspapers' PDF editions, pdftotext and the like): columns 25 to 45
    # characters wide are joined back (unwrap.py), but the page's other items (briefs, boxes, ads, a
    # jumbled column of another story) and the headline's furniture stay in the text on ten pages.
    "ar/r295_ar_eg_mirat_minya_ferry",
    "ar/r295_ar_jo_jisr_valley_coop",
    "ar/r295_ar_lb_marfaa_theatre",
    "ar/r295_ar_ma_nabd_khenifra_water",
    "ar/r295_ar_om_luban_nursery",
    "en/r295_en_ke_coastline_cold_storage",
    "en/r295_en_uk_swale_bus_route",
    "fr/r295_fr_be_sambre_piscine",
    "fr/r295_fr_fr_eveil_cantine",
    "fr/r295_fr_qc_voixfjord_deneigement",
    # Round 296: a live page's partner notice and an "L'essentiel" box on an aggregator's page stay.
    "html/r296_orange_fr_direct_crues_yonne",
    # Round 294: a Beehiiv edition's sponsor text and poll under "Together with ..." stay; so does a
    # Google Sites bulletin's contact line.
    "html/r294_beehiiv_sandhill",
    "html/r294_gsites_passerelle",
    # Round 292 (Arabic HTML with messy body markup): a "أسئلة شائعة" (FAQ) box after the text, in
    # <details>, and the "مصدر: ..." line closing it stay.
    "html/r292_sa_madar_dates",
    # Rounds 285-286: a Flemish page's lead paragraph over its picture, under the writer's name, stays in
    # the text (Markdown); a last one-sentence paragraph after a newsletter line goes with it.
    "nl/r285_dijleland_nieuws_markdownify",
    "ar/r286_taqweem_madrasi",
    # Round 288 (HTML): a live page's "L'essentiel" box (its heading and three items, kept by
    # trafilatura) stays in the text, as round 276's "Key events" does.
    "html/r288_re_pei_actu_live",
    # Round 290 (HTML): an AMP page's highlights list (three items in a <ul>, no heading) over the text stays.
    "html/r290_deera_amp",
    # Round 278: an Italian match report's player marks under "Le pagelle" and its line-ups go.
    "it/r278_pagelle_serie_d",
    # Rounds 273-276: an AMP page's "More from <site>" list stays; a newsletter issue's other items stay
    # beside its lead story; a live page's "Key events" list and its stamp line stay (HTML).
    "en/r274_amp_ferry",
    "en/r274_newsletter_polling",
    "html/r276_live_baydispatch",
    # Rounds 269-272: a WordPress post's meta line ("نشر هذا الخبر يوم ...") and a live page's key-points
    # box stay (HTML); a fact-check's sources list goes; a letters page keeps a letter's signature and
    # loses a letter's headline; a podcast page keeps its show notes over the transcript; a Japanese
    # caption ("...＝12日、松本市...") stays (a Thai "read also" teaser on one line now goes); a Vietnamese list of
    # "- " items goes and the standfirst stays.
    "html/r270_mr_wp_measles",
    "html/r270_ly_live_floods",
    "en/r271_factcheck_mower",
    "en/r271_letters_capeann",
    "en/r271_podcast_grocery",
    "ja/r272_shinshuchuo_bus",
    "vi/r272_hathanh_phanloairac",
    # Round 268: a Persian agency's lead (over the text, under its kicker) stays; a Swahili fare table's
    # rows ("Katikati ya Jiji – Rongai: Sh120 (awali Sh100)") go as a template series.
    "fa/r268_tehran_agency_saffron",
    "sw/r268_nairobi_matatu_fares",
    # A review's verdict box after the text ("Verdict", its one-line summary, "Pros" and "Cons" with their
    # items): its writer left the box out; the pros and cons under their headings are now kept as the
    # review's lists (20 dev pages' gold keeps them: +0.57 F1 sum), and the verdict with them.
    "en/r227_en_au_espresso_review",
    # Round 265: a live page's summary box ("Résumé" / "Les informations à retenir" and its items, over the
    # live feed's tabs) stays in the text.
    "fr/r265_direct_tempete",
    # Round 264: a Georgian portal's donation appeal (one long sentence, no button word in it) and a
    # Malayalam daily's disclaimer over its comments stay in the text.
    "ka/r264_tbilisi_portal",
    "ml/r264_kochi_daily",
    # Round 261 (Arabic): a paid condolence notice under its "إعلان" label, the last paragraph before the
    # page's services, stays in an obituary's text.
    "ar/r261_ae_obituary",
    # Round 262: a member box's pitch ("Members get our weekly briefing, ...") over "Become a member" stays,
    # and the first "Read more" card's excerpt; a blog post's code line goes, its previous/next links and a
    # webmention stay.
    "en/r262_ghost_harborlight",
    "en/r262_hugo_backups",
    # A caption of 34 words at the top of the text, over its credit alone ("Marco Ruiz/The Grand Valley
    # Record", no agency the lexicon knows) and a reprint shop's "Buy Now": longer than a caption over a
    # bare credit may be (30 words), it stays in the text with them.
    "en/r259_blox_local",
    # A match report's minute-by-minute events ("د 52: إنذار لـ...", one short line each) go as a
    # template series; the line-ups above them stay.
    "ar/r241_egypt_match_report",
    # A Dari donation appeal's pitch (a long sentence under its heading) stays in the text.
    "fa/r242_sedaye_harewa_zafaran",
    # An Austrian broadcaster's live-ticker box inside the text (its heading, "13.32 Uhr", two items'
    # headlines, "Zum Liveticker") stays in the text.
    "de/r247_oelr_sturm",
    # HTML, an old Moroccan table layout: the text's cell holds the headline, the byline and the
    # dateline with the text, a prayer-times widget stands over them; the header is not read.
    "html/r248_ma_sadatadla",
    # A fact-check's verdict box over the text ("Claim: ..." / "Rating: False" / "Our ruling: ...") and
    # its "Our sources" list after it stay in the text.
    "en/r249_factcheck_leaf_fine",
    # A podcast page's episode notes (a standfirst over the player) stay in the transcript's text.
    "en/r249_podcast_maple",
    # A list the text announces ("... quatro pontos extras vão funcionar com horário estendido:")
    # whose items share their shape ("<place> – das 8h às 20h") with a related headline further down:
    # two of them go as a template series.
    "pt/r239_conexaosul_vacina_gripe",
    # A related box inside the text whose items carry spaced dates ("8. 1. 2025"); the text's closing
    # fact list ("Trať v číslech:" and three short items) goes with the tags under it.
    "cs/r203_cs_tramvaj_brno",
    # A CBC-like page: a "WATCH |" video's description stays in the text (see r165).
    "en/r203_en_island_ferry",
    # A caption credited "(Le Riverain, Julien Caron)" (outlet, then photographer) inside the text is kept.
    "fr/r203_fr_deneigement_rimouski",
    # HTML: a results table in <div class="entry">: its header row and first rows go with the chrome
    # around them; the rows kept come with " | " between cells (the expected file joins with spaces).
    "html/r201_ar_entry_league",
    # trafilatura's output with its metadata header: the standfirst, the header's "description:", stands
    # again over the lead's picture, but the headline is not in the text to find it under.
    "fi/r218_fi_uimahalli",
    # An AP game recap's "UP NEXT" section (its heading a lexicon's "Up next", its lines scored low for
    # their figures) goes with the box score after it.
    "en/r221_en_recap_mariners",
    # An events listing: each event's "Friday, March 7, 6 p.m. • <place> • Free" line goes as a
    # dated item (the article is the list), and the site's call for events stays.
    "en/r227_en_ca_events_weekend",
    # An uncredited picture's caption between two paragraphs, a short line without a full stop, is
    # kept as the text's subheading.
    "ar/r229_ar_sham_aleppo",
    # HTML: trafilatura reads the paywall's box after three paragraphs as the text (its own body shares
    # too little with newsclean's, so newsclean falls back to trafilatura's lines).
    "html/r231_de_blickpunkt_wohnheim",
    # A match's statistics after its last paragraph, a label over each pair of figures ("الاستحواذ" /
    # "55% - 45%"): read as a table of the text and kept.
    "ar/r232_ar_sports_match",
    # HTML: the text's first two paragraphs in <div class="lead"> (a class that names a standfirst),
    # apart from the rest by a newsletter box: taken for the header.
    "html/r222_ar_lead_muscat",
    # Vietnamese: the standfirst under the headline stays in the text.
    "vi/r206_vi_danang_xebuyt",
    # A match's scorers after the report under "أهداف المباراة:" ("<scorer> (<team>) د 9"): cut with the
    # tags under them (a match sheet is the text's on some pages and not on others).
    "ar/r193_ar_masry_match",
    # An embedded Facebook post between paragraphs (innerText: the page's name, "5 أيلول ·", the post,
    # its counters and buttons): its header and counters go, its text stays (the fixtures' convention
    # drops it); an uncredited caption over the text is kept.
    "ar/r190_ar_palestine_grapes",
    # HTML: an old table layout's readers' comments in a cell beside the article's (a bold name, the
    # comment, <br>) under "تعليقات الزوار (2)" are kept.
    "html/r189_ar_oldtable_khans",
    # A chart's labels and values one per line inside the text ("الربع الأول" / "71.2" / ...) are kept.
    "ar/r170_ar_saudi_exports",
    # HTML: a table layout (ASP.NET) whose cells around the text (most read, a poll, the title cell,
    # the byline and the dateline cells) are kept with it.
    "html/r172_ar_aspnet",
    # A "Did you know?" box between paragraphs (its heading and its one fact) is kept.
    "en/r171_en_council_roadworks",
    # A basketball recap's box score after the text (its heading, a quarter-by-quarter table, the
    # scorers): cut as a run of fragments (the page's expected text keeps it; a match sheet is the
    # text's on some pages and not on others, see r164_ar_saudi_match).
    "en/r171_en_us_hoops_boxscore",
    # A match card after the report (line-ups, goals, cards, one per line, the scorers with their
    # minutes): the lines after the first line-up are cut with the tags under them.
    "tr/r180_tr_galatasaray_kasimpasa",
    # HTML: an ASP table layout's "أخبار ذات صلة" links with their dates and two readers' comments
    # in tables under the text are kept (trafilatura keeps them; see r172_ar_aspnet).
    "html/r181_ar_asp_portal",
    # A match's minute-by-minute strip after the report ("أحداث المباراة", "د 12: هدف - <scorer> (<team>)"):
    # kept as a list the text goes on with (a match sheet there is the text's on other pages).
    "ar/r164_ar_saudi_match",
    # A schedule table one cell per line, cut as a run of fragments.
    "ar/r159_ar_muscat_gallery",
    # Two agency briefs, the first closed by its initials, a stamp and a picture: the second brief's
    # headline and paragraphs are kept as the first's.
    "ar/r157_ar_jo_petra",
    # HTML: a reader-tip appeal between a live page's entries ("Heb jij schade door de storm? Stuur je
    # foto's ... via WhatsApp") is kept.
    "html/r158_nl_regional",
    # A pull quote that repeats the text, a feedback note's neighbours, a "References" list after the
    # text (the page's expected text leaves it out) and an author box's "About <name>" heading.
    "en/r156_en_us_fieldlab",
    # A list of diversions announced by a sentence ending with a colon, then a newsletter box: the
    # items (nine words each) and the box make one run of fragments.
    "en/r151_en_humberchronicle",
    # A "Related" box inside the text whose headlines end with full stops (they read as sentences).
    "en/r151_en_singaporecourier",
    # A live page: its "Punti chiave" box after the opening paragraph is kept, and two items of a list
    # of timetables inside an update take the shape of one of the box's items (a template series).
    "it/r144_it_econazionale",
    # A match's statistics and the league table's first row after the last paragraph are kept.
    "ar/r145_ar_iraq_sports",
    # HTML: an update note at the end of the text ("Aktualisiert am …: Angaben zu den Kosten ergänzt.").
    "html/r146_de_regional",
    # An embedded Facebook post's own text is kept (the page's expected text drops it).
    "ar/r93_syria_fb",
    # A match sheet of labels over long values ("Local" / "Estádio ..., em ...") after the text is cut.
    "pt/r94_pt_br_futebol_ficha",
    # A caption credited at its end ("... Dale Fenwick photo") and a Local Journalism Initiative
    # funding note are kept.
    "en/r92_en_courier",
    # An embedded X post's text, its stamp ("7:48 PM · Mar 10, 2025") and its view count are kept.
    "en/r92_en_wavefm",
    # A columnist's bio after the text ("Marta Ferrandi insegna economia ...") is kept.
    "it/r92_it_vocecivica",
    # An embedded Facebook post inside the text: its own text is kept (the page's expected text
    # drops it as a repeat of the paragraph above).
    "ar/r89_morocco_fb",
    # A numbered "Most Read" box (a rank over each headline) inside the text, then a pull quote and
    # its speaker: the text ends at the box.
    "en/r90_en_belfast",
    # A league table one cell per line: the goals column ("٤٩/٢١") reads as a gallery's counters,
    # and the points beside them as captions.
    "ar/r87_riyadhsport",
    # A standfirst under the date over a share bar, and a caption credited to the site after a dash.
    "ar/r87_sudanews",
    # A video's transcript in capitals (">> TONIGHT A BOIL ADVISORY ...") under "Transcript" is kept.
    "en/r88_en_kxmt9",
    # A "Key takeaways" box, a stock chart's widget text, a disclaimer and a print-edition note are
    # kept; a subheading under the chart's range buttons goes with them.
    "en/r86_en_halvorsen",
    # An embedded video's description and transcript are kept.
    "en/r86_en_nlwashout",
    # An infographic's block ("INFOGRAFÍA", its heading, six "Región: hectáreas" items, its source)
    # is kept.
    "es/r86_es_incendios",
    # Credits printed above captions on one page only twice, the first not under a share bar.
    "en/r82_en_irishdaily",
    # A "most watched videos" box inside the text, its items reading like headlines.
    "pt/r80_pt_portal_agreste",
    # A "Las claves" box's items, a credit above its caption, an "Actualizar" button.
    "es/r78_es_diarioribera",
    # A standfirst under the date line (kept by design), a caption whose credit names the paper and
    # the photographer in brackets.
    "fr/r78_fr_pharesaguenay",
    # An interview's introduction under the byline and the stamps reads as the first paragraph.
    "ar/r73_algdaily",
    # A live page's pinned summary ("أبرز ما حصل حتى الآن: ...") above the first update is kept.
    "ar/r73_lebanonlive",
    # Credits printed above their captions ("Getty Images" / caption), a key-points box's items taken
    # as a caption's line.
    "en/r74_en_explainer",
    # A key-points box ("أبرز المعلومات" and four marked items) under the lead is kept.
    "ar/r75_eg_state",
    # A sidebar's table of prices after the text (" | " rows under its own heading) is kept.
    "ar/r75_sa_realestate",
    # The writer's bio after the text, opening with the name and a colon, is kept.
    "ar/r70_mor_film_festival",
    # A "Datos clave" box of figures after the last paragraph goes with the tail.
    "es/r71_co_calamidad_santander",
    # A live page's oldest updates, after a second "Baca Juga:" link and a list of street names, go
    # with the tail; two of five update times are read as date lines.
    "id/r71_live_banjir_jakarta",
    # Results after the last paragraph ("Halvorsen (Nor) b. Marchal (Fra) 6-3 7-5") go with the tail.
    "it/r71_tennis_ferrandi_varga",
    # A standfirst printed under the date line reads as the first paragraph (the Polish convention
    # keeps it; the page's writer excluded it), and a short bio after the text is kept.
    "pl/r68_most_wroclaw",
    # One sentence between a "Lire aussi" box and the paywall's cut is dropped with them.
    "fr/r10_regional_tram_tours",
    # "Referee: …", "Attendance: …" after the line-ups are cut; a call to the live-scores page is kept.
    "en/r12_match_report",
    # A live page: entry headlines repeated in the "Key events" list at the top are removed as repeats.
    "en/r15_uk_live",
    # Science news: a figure caption "Figure 2: … Credit: …", a newsletter box's description, the
    # "References" list (a cleaneval page keeps its references: not cut by a lexicon heading).
    "en/r15_science_news",
    # A video teaser's one-sentence description ("Watch | ...:", title, running time, description).
    "en/r20_cbn_ferry",
    # An opinion column's end: "Sign up to ..." box lines, a writer's bio without the outlet's name,
    # a letters appeal.
    "en/r20_sentinel_fourday",
    # A print view's footer: "URL de l'article : ...", a reproduction notice.
    "fr/r20_marochorizon_entretien",
    # A standfirst under the date line, in a scrape of title, writer, date and text: read as the
    # first paragraph (nothing in the text sets it apart).
    "ar/r21_rhein_doctors",
    # The league table after the last paragraph ("Top of the table", "1. Leeds United - 38 pts") is
    # cut with the newsletter box and the most-read list below it.
    "en/r22_beacon_championship_results",
    # The writer's bio box joined into one " | " line after the text ("نبذة عن الكاتب | ...").
    "ar/r24_panarab_opinion",
    # A recipe's "Ce qu'il vous faut" and its first items go in a fragment run; a caption after its
    # credit (Quebec style) and a newsletter box's description are kept.
    "fr/r25_gazette_tire_erable",
    # A weather notice's "label: value" lines (start and end of the alert's validity) between
    # paragraphs take the shape of the date stamps above and go as a template series.
    "ar/r28_dz_weather_notice",
    # The text goes on after an inline "Mehr zum Thema" box with a subheading and one paragraph
    # (too little prose to count) before a newsletter box: both are cut.
    "de/r29_nordheide_gesamtschule",
    # An interview's introduction between the date lines and the first question reads as a paragraph.
    "ar/r34_qa_interview_astana",
    # An unlabelled next article after share and cookie lines, headed by its title and "date source".
    "ar/r37_cn_chinatoday_phosphate",
    # A photo-heavy page: captions over credits of many shapes ("Foto: picture alliance/dpa | ...").
    "de/r38_unwetter",
    # A match report's "Il tabellino" (line-ups, referee, scorers) after the last paragraph is cut.
    "it/r35_match_minute",
    # A caption "Kraków, ul. Karmelicka. Fot. X / Agencja GK"; a "Zobacz również" link that ends with "r.".
    "pl/r35_comments_section",
    # A video's "Transcript" label and the transcript under the player are kept.
    "en/r50_us_health",
    # A video's transcript ("Transcrição: ...") under the player is kept.
    "pt/r50_incendios",
    # A "في أرقام" box of figures after the last paragraph ("12 رافعة جسرية مؤتمتة"): the writer counts it
    # as the article's; it goes with what follows the text (its lines are no "label: value" pairs).
    "ar/r52_ae_port",
    # A "Claves de la nota" box's three items above the text are kept (its heading goes).
    "es/r53_reclamo_factura_luz",
    # The standfirst under the picture's caption is kept, and the interviewer's closing "Dziękuję za
    # rozmowę." goes with the tags after the text.
    "pl/r53_wywiad_smog",
    # A summary between the date lines and the picture's credit (title, date, summary, picture) is kept.
    "ar/r64_rt_wheat",
    # A setlist after the last paragraph ("Die Setlist (Auszug)", "1. Vorboten", ...) goes with the chrome.
    "de/r65_konzert_kritik",
    # A YouTube embed's caption, title and subscriber count, and a bio naming the writer by his first
    # name only, are kept.
    "fr/r65_tech_esim",
    # A helpline box ("Heb je zelf te maken met ...? Praat erover via ...") is kept.
    "nl/r65_assisen_hasselt",
    # A live page's "Lo que tenés que saber" box of key points above the entries is kept.
    "es/r96_es_argentinalive",
    # A standfirst below the share and comment widgets reads as the first paragraph.
    "pl/r100_pl_portal",
    # A TV station's video transcript in capitals under "Video Transcript" is kept.
    "en/r106_en_wkdx_dayton",
    # A column's headline under the writer's name and the date stays in the body, with a pull quote.
    "ar/r107_ar_saudi_opinion",
    # A stock-quote widget after a list ("NVM-T", the company, "+0.49 (+4.12%)", "Updated ... Delayed
    # by at least 15 minutes.") is kept.
    "en/r108_en_canbiz",
    # A box score in rows ("Team 1 2 3 4 T"), "Game leaders" and the "Up next" section (a related
    # heading in the lexicon) after the text are cut.
    "en/r108_en_collegesports",
    # A live page's standfirst above the entries is kept, with a "Laad nieuwe berichten" button variant.
    "nl/r108_nl_vlaams",
    # An exchange-rate widget ("دمشق: 11,250 ليرة") right after a list of prices in the same shape.
    "ar/r115_ar_syria_prices",
    # A newsletter box's heading and pitch inside the text, and the paper's "Our reporting" note.
    "en/r118_en_us_explainer",
    # After a live page's last entry: "Avec les informations de ..." and an "Écoutez aussi" show promo.
    "fr/r120_fr_rpq",
    # A "FAKTA:" box inside the text, its source line "Kilde: ..." (a sidebar by the fixture's reading).
    "nb/r120_nb_akn",
    # A spec table of two columns, one cell per line, its values not figures: cut as fragments.
    "en/r126_en_us_tech",
    # A gallery's title and uncredited captions between "FOTOGALLERY" and "Vedi tutte le foto".
    "it/r126_it_napoli_daily",
    # A match report's line-ups after its last paragraph ("التشكيلة", each team's formation, 22 names): cut with the tail.
    "ar/r127_ar_saudi_sports",
]


@pytest.mark.xfail(strict=True, reason="known gap, see the comments in BODY_GAPS")
@pytest.mark.parametrize("page", BODY_GAPS)
def test_known_gap_body(page: str) -> None:
    from newsclean.evaluate import bag_f1

    suffix = ".html" if page.startswith("html/") else ".txt"
    path = FIXTURES / "gaps" / f"{page}{suffix}"
    expected = path.with_suffix(".expected.txt").read_text(encoding="utf-8")
    assert bag_f1(newsclean.clean_file(path).body, expected).f1 >= 0.97


# An article appended after a short banner whose headline the page shows twice, as short repeated
# lines, with no byline or date under it: it is dropped with the chrome, not returned apart.
APPENDED = [
    # Round 354: K2's next item under its 'الخبر التالي' label, its date over its headline.
    ("html/r354_ar_wizari_iraq", 1),
    # Round 345: the next article an infinite scroll appends under a comment form.
    ("ar/r345_morocco_portal_gnawa", 1),
    # Round 337: a Moroccan portal's next article under "المقال التالي" after the comment form (its
    # headline, byline, date and three paragraphs): dropped with the tail, not returned.
    ("ar/r337_maroc_qoffa", 1),
    # Round 329: a Gulf e-paper's next press review under "المقال التالي" (headline, Hijri and Gregorian
    # day, "الدمام - <site>", three paragraphs): dropped with the chrome, not returned.
    ("ar/r329_ard_suhuf_mahalliya", 1),
    # Round 328: a Drupal 7 paper's "Next story" block (headline, byline, caption, four paragraphs):
    # dropped, not returned.
    ("html/r328_en_ledger_bike_lanes", 1),
    # Round 322: a Jordanian paper's next article by infinite scroll (its headline, agency credit,
    # caption and three paragraphs under a loader): dropped, not returned.
    ("html/r322_ar_rabia_dams_storage", 1),
    # Round 306: a Hindi portal's next story under "अगली खबर", its <h2> headline, byline and date in a
    # second block: kept apart from the text but not returned.
    ("html/r306_hi_jansamvad", 1),
    # Round 272: a Romanian infinite scroll's next article (headline, byline, date, caption, four
    # paragraphs) under the comment form: dropped with the tail, not returned.
    ("ro/r272_cronica_apacalda", 1),
    # Round 266: the start of a third article (headline, byline, date, one paragraph, "جاري تحميل المزيد...")
    # under the second appended one is too short to be read as one.
    ("ar/r266_infinite_scroll", 2),
    ("gaps/ar/r157_ar_jo_petra", 1),  # (see BODY_GAPS)
    # A second agency brief after the share bar (breadcrumb, headline, stamp, two paragraphs, initials):
    # too short to be read as an article; dropped with the tail.
    ("ar/r150_ar_palestine_wafa", 1),
    # A next article after "Sonraki Haber", signed by a desk with its date: removed, not returned.
    ("tr/r94_tr_findik_sonraki", 1),
    # A next article after an advertisement's label, with its section, byline and both calendars'
    # dates: removed with the tail, not returned.
    ("ar/r79_qassim_paper", 1),
    ("ar/solar_desalination_colon_byline_next_article", 1),
    # A short next article whose header is its headline twice and a desk name ("Kültür Servisi").
    ("gaps/tr/r12_yerel_haber", 1),
    # A post after the comment form headed "Posted on March 7, 2024 by Staff"; a two-paragraph
    # article after "Articles similaires" (too short, and its header is taken for teasers).
    ("en/r15_council_blog", 1),
    ("fr/r15_ma_magazine", 1),
    # An article appended right after a most-read list: dropped with the list.
    ("ar/r21_mahrousa_tiktok", 1),
    # Two next articles after "المقال التالي", each a section, a headline, "site date" and paragraphs.
    ("ar/r31_morocco_appended", 2),
    # A next article after the most-read list, with its headline, date and byline: removed with
    # the chrome, not returned.
    ("ar/r26_eg_private_water", 1),
    # An unlabelled next article (title, "date المصدر: agency", paragraphs) after share and cookie lines.
    ("gaps/ar/r37_cn_chinatoday_phosphate", 1),
    # A Turkish next story after "Sonraki Haber" (headline, date, paragraphs): removed, not returned.
    ("tr/r44_istanbul_lodos", 1),
    # A TV station's next story (headline, byline, stamp, paragraphs, its own copyright line) whose
    # headline the "Latest News" list just above shows too: removed with the tail, not returned.
    ("en/r128_en_wphn6", 1),
    # HTML: the next story after a "Sıradaki haber" divider, in plain <div>s: removed, not returned.
    ("html/r142_tr_ulusal", 1),
    # HTML: an infinite scroll's next story in a second <div class="article" data-infinity="true">
    # under the first: dropped (the first's body is right), not returned.
    ("html/r225_ru_ria_like", 1),
    # Round 311: an infinite scroll's next article under the "most read" list (its section's label,
    # headline, "كتبت ...", a date the list's items share in shape): dropped with the list.
    ("ar/r311_eg_governor_decisions", 1),
]


@pytest.mark.xfail(strict=True, reason="known gap: the appended article is dropped, not returned")
@pytest.mark.parametrize(("page", "count"), APPENDED, ids=[p for p, _ in APPENDED])
def test_known_gap_appended(page: str, count: int) -> None:
    suffix = ".html" if page.startswith("html/") else ".txt"
    assert len(newsclean.clean_file(FIXTURES / f"{page}{suffix}").extra_articles) == count


@pytest.mark.xfail(strict=True, reason="known gap, see the comments in GAPS")
@pytest.mark.parametrize(("page", "field", "expected"), GAPS, ids=[f"{p}:{f}" for p, f, _ in GAPS])
def test_known_gap(page: str, field: str, expected: str) -> None:
    suffix = ".html" if page.startswith(("html/", "gaps/html/")) else ".txt"
    article = newsclean.clean_file(FIXTURES / f"{page}{suffix}")
    assert getattr(article, field) == expected
