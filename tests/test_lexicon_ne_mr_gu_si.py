"""The chrome vocabulary, the dates and a stopword list of four South Asian languages: Nepali (Devanagari: Kantipur,
Onlinekhabar, Setopati, Ratopati, Nagarik, Gorkhapatra, BBC Nepali), Marathi (Devanagari: Loksatta, Lokmat, Maharashtra
Times, Sakal, Pudhari, ABP Majha, TV9 Marathi, BBC Marathi), Gujarati (Divya Bhaskar, Gujarat Samachar, Sandesh,
Gujarati Mid-day, TV9 Gujarati, BBC Gujarati) and Sinhala (Lankadeepa, Divaina, Mawbima, Ada Derana, Hiru News, BBC
Sinhala): `lexicons/{ne,mr,gu,si}/*.txt`, their `dates.toml`, and the Sinhala stopword list (jusText has lists for
Nepali, Marathi and Gujarati).

Each language has lines of chrome its files must label (related and most-read headings, inline teasers, comment sections
and forms, share bars, menus, photo credits, cookie banners, tags, footers...), bylines its prefixes open and, the half
that matters as much, sentences of the text that use the same words and are no chrome ("ताजा समाचार अनुसार ...",
"संबंधित बातम्या प्रसिद्ध झाल्या", "સરકારે નવી યોજનાની જાહેરાત કરી", "අදාළ පුවත් වාර්තාව ..."). A related heading ends the
article, so a sentence taken for one would cut it. Nepali and Marathi share the Devanagari script with Hindi, whose
lexicons apply to every page: their files hold only what they print differently, and Hindi sentences must stay clear of
them.

Nepali types the colon as the visarga "ः" ("तस्बिरः रासस", "लेखकः ..."), which joins the word it follows; Sinhala joins
"ශ්‍ර", "ක්‍රී" with a zero-width joiner that folding drops. Nepal's own dates are in the Bikram Sambat calendar ("२०८१ चैत
१५ गते"), which metadata/dates.py does not read: its months are stamp words, so such a stamp stays a date line without a
date. Sinhala's year-first order ("2025 මාර්තු 12") is not read either.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline, captions
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # Nepali
    ("सम्बन्धित समाचार", "related"),
    ("धेरै पढिएको", "related"),
    ("सबैभन्दा धेरै पढिएका समाचार", "related"),
    ("छुटाउनुभयो कि ?", "related"),
    ("यो पनि पढ्नुहोस्: संसद बैठक आज बस्दै", "read-also"),
    ("यो पनि हेर्नुहोस्", "read-also"),
    ("पढ्नुहोस्ः काठमाडौंमा नयाँ पार्क खुल्यो", "read-also"),
    ("प्रतिक्रिया दिनुहोस्", "comments"),
    ("प्रतिक्रिया (५)", "comments"),
    ("प्रतिक्रियाहरू", "comments"),
    ("सेयर गर्नुहोस्", "share"),
    ("कपी लिंक", "share"),
    ("फेसबुकमा सेयर गर्नुहोस्", "share"),
    ("गृहपृष्ठ", "navigation"),
    ("गृहपृष्ठ » समाचार » राजनीति", "navigation"),
    ("खेलकुद", "navigation"),
    ("बागमती प्रदेश", "navigation"),
    ("थप हेर्नुहोस्", "navigation"),
    ("तस्बिरः अंगद ढकाल/कान्तिपुर", "caption-credit"),
    ("फाइल तस्बिर", "caption-credit"),
    ("तस्बिरको स्रोत, Getty Images", "caption-credit"),
    ("(रासस)", "caption-credit"),
    ("हामी कुकिज प्रयोग गर्छौं।", "cookie"),
    ("यो वेबसाइटले तपाईंको अनुभव राम्रो बनाउन कुकिज प्रयोग गर्छ।", "cookie"),
    ("नाम *", "form"),
    ("तपाईंको इमेल ठेगाना प्रकाशित गरिने छैन।", "form"),
    ("पठाउनुहोस्", "form"),
    ("ट्यागः काठमाडौं, पार्क", "tags"),
    ("ट्याग्स", "tags"),
    ("सबै अधिकार सुरक्षित", "footer"),
    ("सूचना विभाग दर्ता नं. १२३४/०७६-७७", "footer"),
    ("हाम्रो बारेमा | सम्पर्क | गोपनियता नीति | विज्ञापन", "footer-links"),
    ("हामीलाई फेसबुकमा फलो गर्नुहोस्", "newsletter"),
    ("हाम्रो भाइबर च्यानलमा जोडिनुहोस्", "newsletter"),
    ("ब्रेकिङ न्युज: पोखरामा भूकम्प", "ticker"),
    ("स्पोन्सर्ड", "advertisement"),
    ("पढ्न लाग्ने समय: ३ मिनेट", "reading-time"),
    ("१२०४ पटक पढिएको", "reading-time"),
    ("यो समाचार सुन्नुहोस्", "player"),
    ("मत दिनुहोस्", "poll"),
    ("सेयर गर्नुहोस्: काठमाडौंमा नयाँ पार्क खुल्यो र सयौं मानिस घुम्न पुगे", "share-lead"),
    ("हामीलाई सहयोग गर्नुहोस्", "donation"),
    ("तपाईंको ब्राउजरले यो भिडियो सपोर्ट गर्दैन।", "notice"),
    ("यो समाचार अपडेट भइरहेको छ।", "notice"),
    ("यो लेख सदस्यहरूका लागि मात्र हो।", "paywall"),
    # Marathi
    ("संबंधित बातम्या", "related"),
    ("सर्वाधिक वाचलेल्या बातम्या", "related"),
    ("महत्त्वाच्या बातम्या :", "related"),
    ("हेही वाचा: पुण्यात नवीन उद्यान सुरू", "read-also"),
    ("हे देखील वाचा", "read-also"),
    ("वाचा: मुख्यमंत्र्यांनी नवीन योजना जाहीर केली", "read-also"),
    ("तुमची प्रतिक्रिया नोंदवा", "comments"),
    ("वाचकांच्या प्रतिक्रिया", "comments"),
    ("शेअर करा", "share"),
    ("लिंक कॉपी करा", "share"),
    ("व्हॉट्सॲपवर शेअर करा", "share"),
    ("मुख्य पान", "navigation"),
    ("मुख्य पान » महाराष्ट्र » पुणे", "navigation"),
    ("क्रीडा", "navigation"),
    ("पुढील बातमी", "navigation"),
    ("छायाचित्र: प्रदीप दास", "caption-credit"),
    ("संग्रहित छायाचित्र", "caption-credit"),
    ("प्रातिनिधिक छायाचित्र", "caption-credit"),
    ("फोटो स्रोत, Getty Images", "caption-credit"),
    ("आम्ही कुकीज वापरतो.", "cookie"),
    ("ही वेबसाइट तुमचा अनुभव सुधारण्यासाठी कुकीजचा वापर करते.", "cookie"),
    ("नाव *", "form"),
    ("तुमचा ईमेल पत्ता प्रकाशित केला जाणार नाही.", "form"),
    ("टॅग्स: पुणे, उद्यान", "tags"),
    ("टॅग्स", "tags"),
    ("सर्व हक्क राखीव", "footer"),
    ("© 2025 लोकमत मीडिया प्रा. लि. सर्व हक्क राखीव", "footer"),
    ("आमच्याविषयी | संपर्क | गोपनीयता धोरण | वापराच्या अटी", "footer-links"),
    ("आमच्या व्हॉट्सॲप चॅनेलला फॉलो करा", "newsletter"),
    ("ताज्या बातम्यांसाठी लोकमत ॲप डाउनलोड करा", "newsletter"),
    ("ताजी बातमी: मुंबईत मुसळधार पाऊस", "ticker"),
    ("जाहिरात", "advertisement"),
    ("वाचनाची वेळ: ३ मिनिटे", "reading-time"),
    ("ही बातमी ऐका", "player"),
    ("मत द्या", "poll"),
    ("शेअर करा: पुण्यात नवीन उद्यान सुरू झाले आणि हजारो नागरिकांनी भेट दिली", "share-lead"),
    ("आम्हाला पाठिंबा द्या", "donation"),
    ("तुमचा ब्राउझर व्हिडिओ सपोर्ट करत नाही.", "notice"),
    ("ही ब्रेकिंग न्यूज असून अपडेट होत आहे.", "notice"),
    ("हा लेख केवळ सदस्यांसाठी आहे.", "paywall"),
    # Gujarati
    ("સંબંધિત સમાચાર", "related"),
    ("સૌથી વધુ વંચાયેલા", "related"),
    ("આ પણ વાંચો: અમદાવાદમાં નવો બગીચો ખુલ્યો", "read-also"),
    ("આ પણ વાંચોઃ સુરતમાં ભારે વરસાદ", "read-also"),
    ("તમારો પ્રતિભાવ આપો", "comments"),
    ("કોમેન્ટ્સ (3)", "comments"),
    ("શેર", "share"),
    ("કૉપી લિંક", "share"),
    ("વોટ્સએપ પર શેર કરો", "share"),
    ("હોમ", "navigation"),
    ("હોમ » ગુજરાત » અમદાવાદ", "navigation"),
    ("રમતગમત", "navigation"),
    ("તસવીર: ભાસ્કર", "caption-credit"),
    ("ફાઇલ ફોટો", "caption-credit"),
    ("પ્રતીકાત્મક તસવીર", "caption-credit"),
    ("ઇમેજ સ્રોત, Getty Images", "caption-credit"),
    ("અમે કૂકીઝનો ઉપયોગ કરીએ છીએ.", "cookie"),
    ("આ વેબસાઇટ શ્રેષ્ઠ અનુભવ માટે કૂકીઝનો ઉપયોગ કરે છે.", "cookie"),
    ("નામ *", "form"),
    ("તમારું ઈમેલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં.", "form"),
    ("ટૅગ્સ: અમદાવાદ, બગીચો", "tags"),
    ("ટેગ્સ", "tags"),
    ("સર્વ હક્ક સ્વાધીન", "footer"),
    ("© 2025 સંદેશ લિમિટેડ. સર્વાધિકાર સુરક્ષિત.", "footer"),
    ("અમારા વિશે | સંપર્ક | ગોપનીયતા નીતિ | ઉપયોગની શરતો", "footer-links"),
    ("ગુજરાતી મિડ-ડે વૉટ્સઍપ ચેનલ ફોલો કરો", "newsletter"),
    ("અમારી ટેલિગ્રામ ચેનલ સાથે જોડાઓ", "newsletter"),
    ("બ્રેકિંગ ન્યૂઝ: રાજકોટમાં ભૂકંપ", "ticker"),
    ("જાહેરાત", "advertisement"),
    ("વાંચવાનો સમય: 3 મિનિટ", "reading-time"),
    ("આ સમાચાર સાંભળો", "player"),
    ("મત આપો", "poll"),
    ("શેર કરો: અમદાવાદમાં નવો બગીચો ખુલ્યો અને હજારો લોકો ફરવા આવ્યા", "share-lead"),
    ("અમને સમર્થન આપો", "donation"),
    ("તમારું બ્રાઉઝર આ વીડિયોને સપોર્ટ કરતું નથી.", "notice"),
    ("આ સમાચાર સતત અપડેટ થઈ રહ્યા છે.", "notice"),
    ("આ લેખ ફક્ત સબ્સ્ક્રાઇબર્સ માટે છે.", "paywall"),
    # Sinhala, with and without the zero-width joiner
    ("අදාළ පුවත්", "related"),
    ("වැඩිපුරම කියවූ පුවත්", "related"),
    ("මෙයත් කියවන්න: කොළඹ නව උද්‍යානයක් විවෘත කෙරේ", "read-also"),
    ("තවත් කියවන්න", "read-also"),
    ("අදහස් (3)", "comments"),
    ("ඔබේ අදහස් පළ කරන්න", "comments"),
    ("බෙදාගන්න", "share"),
    ("සබැඳිය පිටපත් කරන්න", "share"),
    ("මුල් පිටුව", "navigation"),
    ("මුල් පිටුව » පුවත් » දේශීය", "navigation"),
    ("ක්‍රීඩා", "navigation"),
    ("ක්රීඩා", "navigation"),
    ("ඡායාරූපය: නිමල් ද සිල්වා", "caption-credit"),
    ("ගොනු ඡායාරූපය", "caption-credit"),
    ("ඡායාරූප මූලාශ්‍රය, Getty Images", "caption-credit"),
    ("අපි කුකීස් භාවිතා කරමු.", "cookie"),
    ("මෙම වෙබ් අඩවිය ඔබේ අත්දැකීම වැඩි දියුණු කිරීමට කුකීස් භාවිතා කරයි.", "cookie"),
    ("නම *", "form"),
    ("ඔබගේ ඊමේල් ලිපිනය ප්‍රසිද්ධ නොකෙරේ.", "form"),
    ("ටැග්: කොළඹ, උද්‍යානය", "tags"),
    ("ටැග්", "tags"),
    ("සියලුම හිමිකම් ඇවිරිණි", "footer"),
    ("© 2025 විජය පුවත්පත් සමාගම. සියළුම හිමිකම් ඇවිරිණි.", "footer"),
    ("අප ගැන | අප අමතන්න | රහස්‍යතා ප්‍රතිපත්තිය", "footer-links"),
    ("අපගේ වට්ස්ඇප් චැනලයට එක්වන්න", "newsletter"),
    ("හදිසි පුවත: මහනුවර නායයෑමක්", "ticker"),
    ("දැන්වීම", "advertisement"),
    ("කියවීමට ගතවන කාලය: විනාඩි 3", "reading-time"),
    ("මෙම පුවතට සවන් දෙන්න", "player"),
    ("ඡන්දය දෙන්න", "poll"),
    ("බෙදාගන්න: කොළඹ නව උද්‍යානයක් විවෘත කෙරේ සහ දහස් ගණනක් ජනතාව පැමිණියහ", "share-lead"),
    ("අපට සහාය වන්න", "donation"),
    ("ඔබගේ බ්‍රවුසරය මෙම වීඩියෝවට සහාය නොදක්වයි.", "notice"),
    ("මෙම පුවත යාවත්කාලීන වෙමින් පවතී.", "notice"),
    ("මෙම ලිපිය දායකයින් සඳහා පමණි.", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("लेखकको बारेमा", "author-box"),
    ("(लेखक त्रिभुवन विश्वविद्यालयका प्राध्यापक हुन् ।)", "end-note"),
    ("स्रोतः बीबीसी नेपाली", "end-note"),
    ("लेखकाविषयी", "author-box"),
    ("(लेखक ज्येष्ठ पत्रकार आहेत.)", "end-note"),
    ("टीप: ही माहिती सामान्य समजुतींवर आधारित आहे.", "end-note"),
    ("લેખક વિશે", "author-box"),
    ("(લેખક જાણીતા પત્રકાર છે.)", "end-note"),
    ("નોંધ: અહીં આપવામાં આવેલી માહિતી માન્યતાઓ પર આધારિત છે.", "end-note"),
    ("ලේඛකයා ගැන", "author-box"),
    ("මූලාශ්‍රය: බීබීසී සිංහල", "end-note"),
    ("මෙහි පළ වන අදහස් ලේඛකයාගේ පෞද්ගලික අදහස් වේ.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Nepali: "सम्बन्धित" (concerned), "ताजा समाचार अनुसार" (according to the latest news), a picture, a share of stock,
    # "सौजन्य भेट" (a courtesy call), "यो पनि" (this too), "अर्को" (another), a reaction refused
    "सम्बन्धित निकायले यस विषयमा छानबिन गरिरहेको छ।",
    "ताजा समाचार अनुसार बाढीमा परी दश जनाको मृत्यु भएको छ।",
    "धेरै पढिएको पुस्तक",
    "उनले फेसबुकमा आफ्नो तस्बिर सेयर गरेका छन्।",
    "प्रधानमन्त्रीसँग सौजन्य भेट",
    "सेयर बजार",
    "यो पनि सत्य हो कि सरकार असफल भयो।",
    "अर्को वर्ष चुनाव हुनेछ।",
    "प्रहरीले घटनाको तस्बिर सार्वजनिक गरेको छ।",
    "उनले प्रतिक्रिया दिन अस्वीकार गरे।",
    "हामी कुकिज बनाउने तरिका सिक्दैछौं।",
    "थप समाचार आउँदैछ।",
    "राससले जनाएको छ।",
    # Marathi: "ताज्या बातम्यांनुसार", related news in a sentence, advertising as a trade, a refused reaction, the stock
    # market, a share in prose, a contact number, "छाया" a given name, a representative
    "ताज्या बातम्यांनुसार मुंबईत पाऊस सुरू आहे.",
    "संबंधित बातम्या प्रसिद्ध झाल्या.",
    "जाहिरात क्षेत्रात काम करणारे अनेक तरुण आहेत.",
    "त्यांनी प्रतिक्रिया द्यायला नकार दिला.",
    "शेअर बाजारात आज मोठी घसरण झाली.",
    "मुख्यमंत्र्यांनी हा फोटो सोशल मीडियावर शेअर केला.",
    "संपर्क क्रमांक जाहीर करण्यात आला.",
    "वाचा आणि विचार करा असे ते म्हणाले.",
    "सर्वाधिक वाचलेले पुस्तक",
    "छाया वर्मा यांनी सांगितले.",
    "सरकारचे प्रतिनिधी उपस्थित होते.",
    "योजनेच्या अटी व शर्ती जाहीर करण्यात आल्या.",
    # Gujarati: "જાહેરાત" an announcement, the stock market, a share in prose, a home loan, "વધુ સમાચાર" and "તાજા સમાચાર"
    # opening sentences, a report, a refused response
    "સરકારે નવી યોજનાની જાહેરાત કરી.",
    "શેર બજારમાં આજે મોટો કડાકો બોલાયો.",
    "મુખ્યમંત્રીએ આ વીડિયો શેર કર્યો છે.",
    "હોમ લોન મોંઘી થઈ",
    "વધુ સમાચાર મળતાં જ અપડેટ કરીશું.",
    "તાજા સમાચાર મુજબ વરસાદ ચાલુ છે.",
    "અહેવાલ મુજબ સરકાર નવી નીતિ લાવશે.",
    "સંપર્ક નંબર જાહેર કરવામાં આવ્યો.",
    "પોલીસે ઘટનાની તસવીર જાહેર કરી.",
    "તેમણે પ્રતિભાવ આપવાનો ઇનકાર કર્યો.",
    "સુરત",
    # Sinhala: related news in a sentence, "the latest news says", an infinitive "to comment", a police notice, "to
    # share", a photo exhibition, a report, a note, a vote, the sports ministry
    "අදාළ පුවත් වාර්තාව පළ විය.",
    "නවතම පුවත් අනුව වර්ෂාව දිගටම පවතී.",
    "ඔහු ඒ පිළිබඳව අදහස් දක්වන්න ප්‍රතික්ෂේප කළේය.",
    "පොලිස් දැන්වීම නිකුත් කෙරිණි.",
    "ඔවුන් තොරතුරු බෙදාගන්න කැමැත්තක් දැක්වූහ.",
    "ඡායාරූප ප්‍රදර්ශනය අද ආරම්භ විය.",
    "වාර්තාව අනුව රජය නව ප්‍රතිපත්තියක් හඳුන්වා දෙනු ඇත.",
    "සටහන ඉදිරිපත් කළේ අමාත්‍යවරයා ය.",
    "ඡන්දය දෙන්න ජනතාව පෙළ ගැසී සිටියහ.",
    "ක්‍රීඩා අමාත්‍යාංශය නව වැඩසටහනක් ආරම්භ කළේය.",
    # Hindi, which shares its script with Nepali and Marathi: the same words in Hindi prose and subheadings
    "संबंधित विभाग ने मामले की जांच शुरू कर दी है।",
    "मई महीने में रिकॉर्ड बारिश हुई और कई प्रदेश प्रभावित हुए।",
    "शिक्षा",
    "महाराष्ट्र",
    "खोज",
    "स्वास्थ्य",
    "उन्होंने कहा कि शेयर बाजार में गिरावट जारी रहेगी।",
    "प्रतिक्रिया",
    "छाया ने बताया कि वह कल दिल्ली जाएगी।",
    "सरकार के प्रतिनिधि बैठक में मौजूद थे।",
    "लेखक ने अपनी नई किताब में गांव की कहानी लिखी है।",
    "विज्ञापन उद्योग तेजी से बढ़ रहा है।",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("लेखकः राम प्रसाद शर्मा", "राम प्रसाद शर्मा"),
        ("रिपोर्टः सीता गुरुङ, पोखरा", "सीता गुरुङ"),
        ("तयारीः हरि बहादुर थापा", "हरि बहादुर थापा"),
        ("शब्दांकन: सुनील पाटील", "सुनील पाटील"),
        ("संकलन: प्रिया देशमुख, पुणे", "प्रिया देशमुख"),
        ("वार्तांकन: अमोल जाधव", "अमोल जाधव"),
        ("લેખક: જય પંડ્યા", "જય પંડ્યા"),
        ("અહેવાલ: રોક્સી ગાગડેકર છારા", "રોક્સી ગાગડેકર છારા"),
        ("આલેખન: નિલેશ પટેલ", "નિલેશ પટેલ"),
        ("ලියන්නේ: සුනිල් පෙරේරා", "සුනිල් පෙරේරා"),
        ("සටහන - නිමල් ද සිල්වා", "නිමල් ද සිල්වා"),
        ("වාර්තාව: කසුන් ජයසිංහ", "කසුන් ජයසිංහ"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "लेखक भन्छन् कि यो पुस्तक महत्त्वपूर्ण छ",
        "संकलन करण्यात आलेली माहिती महत्त्वाची आहे",
        "અહેવાલ મુજબ સરકાર નવી નીતિ લાવશે",
        "සටහන ඉදිරිපත් කළේ අමාත්‍යවරයා ය",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


@pytest.mark.parametrize(
    "text",
    ["सुदीप कैनी, बीबीसी न्यूज नेपाली", "सुनील पाटील, प्रतिनिधी", "जय पंड्या, वार्ताहर", "જય પંડ્યા, સંવાદદાતા", "නිමල් පෙරේරා - ප්‍රාදේශීය වාර්තාකරු"],
)
def test_writer_roles_after_the_name(text: str) -> None:
    assert byline.has_role(fold(text))


@pytest.mark.parametrize("text", ["तस्बिरः रासस", "तस्बिर: अंगद ढकाल", "छायाचित्र: लोकसत्ता", "તસવીર: ભાસ્કર", "ඡායාරූපය: නිමල් ද සිල්වා"])
def test_credit_labels(text: str) -> None:
    assert captions.starts_with_credit(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("तस्बिरको स्रोत, Getty Images", "source"),
        ("तस्बिरको क्याप्शन, काठमाडौंको बजार", "caption"),
        ("फोटो स्रोत, Getty Images", "source"),
        ("फोटो कॅप्शन, पुण्यातील बाजार", "caption"),
        ("ઇમેજ સ્રોત, Getty Images", "source"),
        ("ઇમેજ કૅપ્શન, અમદાવાદનું બજાર", "caption"),
        ("ඡායාරූප මූලාශ්‍රය, Getty Images", "source"),
        ("ඡායාරූප මූලාශ්රය, Getty Images", "source"),
        ("ඡායාරූප ශීර්ෂ පාඨය, කොළඹ වෙළඳපොළ", "caption"),
    ],
)
def test_screen_reader_picture_labels(text: str, kind: str) -> None:
    found = captions._PICTURE_LABEL.match(text)
    assert found is not None and found[kind] is not None


@pytest.mark.parametrize("heading", ["मुख्य बुँदा", "ठळक मुद्दे", "મુખ્ય મુદ્દા", "ප්‍රධාන කරුණු"])
def test_key_points_headings(heading: str) -> None:
    assert lexicon.phrase_in(heading, "key-points") is not None


DATES = [
    # Nepali: the Gregorian months as Nepali writes them, the weekday, a stamp word; Devanagari digits
    ("१२ मार्च २०२५", "2025-03-12"),
    ("बिहीबार, १२ जुन २०२५", "2025-06-12"),
    ("प्रकाशित मिति: ५ अगस्ट २०२४, १०:३०", "2024-08-05"),
    ("सेप्टेम्बर ३, २०२५", "2025-09-03"),
    ("२१ नोभेम्बर २०२४", "2024-11-21"),
    # Marathi
    ("१५ जानेवारी २०२५", "2025-01-15"),
    ("मंगळवार, ३ जुलै २०२५", "2025-07-03"),
    ("अद्ययावत: ५ ऑगस्ट २०२४, १०:३० वाजता", "2024-08-05"),
    ("१२ सप्टें. २०२५", "2025-09-12"),
    ("२८ नोव्हेंबर २०२४", "2024-11-28"),
    # Gujarati, in ASCII and Gujarati digits
    ("12 માર્ચ 2025", "2025-03-12"),
    ("બુધવાર, 12 ઑક્ટોબર 2025", "2025-10-12"),
    ("અપડેટેડ: 5 ઓગસ્ટ 2024, 10:30", "2024-08-05"),
    ("૧૨ ડિસેમ્બર ૨૦૨૪", "2024-12-12"),
    # Sinhala, the month first or the day first, with the zero-width joiner of "අප්‍රේල්"
    ("මාර්තු 12, 2025", "2025-03-12"),
    ("12 මාර්තු 2025", "2025-03-12"),
    ("බදාදා, අප්‍රේල් 9, 2025 - 10.30 පෙ.ව.", "2025-04-09"),
    ("පළ කළේ: 5 අගෝස්තු 2024, 10:30", "2024-08-05"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    ["२ घण्टा अघि", "३ दिनअघि", "२ तासांपूर्वी", "५ मिनिटांपूर्वी", "2 કલાક પહેલા", "5 મિનિટ પહેલાં", "පැය 2කට පෙර"],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["२०८१ चैत १५ गते १३:४०", "बिहीबार, चैत १५, २०८१, १०:३०"])
def test_a_bikram_sambat_stamp_is_a_date_line_without_a_date(text: str) -> None:
    # The Bikram Sambat calendar has no table in metadata/dates.py: its months are stamp words, no month names.
    assert is_date_line(text)
    assert parse_date(text) is None
    assert not is_month_name("चैत")


@pytest.mark.parametrize(
    "name", ["फेब्रुअरी", "जुन", "नोभेम्बर", "जानेवारी", "जुलै", "ऑगस्ट", "डिसेंबर", "જાન્યુઆરી", "ઑગસ્ટ", "નવેમ્બર", "අප්‍රේල්", "සැප්තැම්බර්", "දෙසැම්බර්"]
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)


# The Sinhala stopword list: the share of a line's words that are function words tells prose from chrome.
SINHALA_PROSE = (
    "රජය විසින් ඉදිරිපත් කළ නව අයවැය යෝජනා පිළිබඳව පාර්ලිමේන්තුවේ දී විවාදයක් පැවති අතර, විපක්ෂය එම යෝජනා මගින් සාමාන්‍ය "
    "ජනතාවට සහනයක් නොලැබෙන බව පැවසීය. කෙසේ වෙතත් මුදල් අමාත්‍යවරයා ඒ පිළිබඳව අදහස් දක්වමින් කියා සිටියේ ආර්ථිකය යළි "
    "ස්ථාවර කිරීම සඳහා මෙවැනි පියවර අවශ්‍ය බවයි."
)


def _stopwords(code: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.data_phrases("stopwords.txt", (code,)))


def test_sinhala_stopwords_measure_prose() -> None:
    words = _stopwords("si")
    assert 150 <= len(words) <= 300
    assert all(len(word.split()) == 1 for word in words)
    tokens = split_lines(SINHALA_PROSE)[0].tokens
    assert sum(map(words.__contains__, tokens)) / len(tokens) >= 0.3


def test_sinhala_stopwords_hold_no_topic_nouns() -> None:
    nouns = ("රජය", "ශ්‍රී ලංකාව", "කොළඹ", "පොලිසිය", "ජනාධිපති", "පුවත", "අමාත්‍යවරයා", "පාර්ලිමේන්තුව")
    assert not _stopwords("si") & {fold(word) for word in nouns}


@pytest.mark.parametrize("code", ["ne", "mr", "gu"])
def test_no_stoplist_where_justext_has_one(code: str) -> None:
    assert lexicon.data_phrases("stopwords.txt", (code,)) == []


@pytest.mark.parametrize("code", ["ne", "mr", "gu", "si"])
def test_patterns_are_written_folded(code: str) -> None:
    # `re:` entries are matched on the folded line: no zero-width joiner, no character NFKC would change.
    import unicodedata
    from importlib import resources

    root = resources.files("newsclean") / "lexicons" / code
    for path in root.iterdir():
        if path.name.endswith(".txt"):
            for phrase in lexicon.read_phrases(path.read_text(encoding="utf-8")):
                if phrase.startswith("re:"):
                    assert "\u200c" not in phrase and "\u200d" not in phrase, (path.name, phrase)
                    assert unicodedata.normalize("NFKC", phrase) == phrase, (path.name, phrase)
