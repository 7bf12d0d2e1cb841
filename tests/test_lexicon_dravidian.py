"""The chrome vocabulary and the dates of four Dravidian languages: Tamil (India's Tamil Nadu and Puducherry, Sri Lanka,
Singapore, Malaysia), Telugu (Andhra Pradesh, Telangana), Malayalam (Kerala) and Kannada (Karnataka):
`lexicons/{ta,te,ml,kn}/*.txt` and their `dates.toml`.

Each language has lines of chrome its files must label (menus and breadcrumbs, share buttons, related and most-read
headings, inline teasers such as Eenadu's "ఇవీ చదవండి" and Prajavani's "ಇದನ್ನೂ ಓದಿ", picture credits such as
"கோப்புப் படம்", "ప్రతీకాత్మక చిత్రం", "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", comment sections and forms, cookie banners, tags,
footers...), bylines its prefixes open, and, the other half that matters as much, sentences and subheadings of the text
that use the same words and are no chrome. These languages join their suffixes to the word ("செய்திகளை", "వార్తల",
"ವಾರ್ತೆಗಳ"), so a sentence rarely repeats a heading word for word; but "தொடர்புடைய செய்திகள்" (related news),
"మంత్రి వ్యాఖ్యలు" (the minister's remarks), "ഷെയർ വിപണി" (the share market) and "ಈ ಚಿತ್ರ" (this film) open
sentences and subheadings too. A related heading ends the article, so a sentence taken for one would cut it.

Malayalam pages write the chillu letters two ways, the atomic letter ("ർ") and the older letter, virama and zero-width
joiner ("ര്‍", folded "ര്"): both are read.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # Tamil (Dinamalar, Dinamani, Dinathanthi, Hindu Tamil Thisai, Vikatan, Virakesari, BBC Tamil)
    ("தொடர்புடைய செய்திகள்", "related"),
    ("அதிகம் படிக்கப்பட்டவை", "related"),
    ("மேலும் செய்திகள்", "related"),
    ("இதையும் படிக்க: சென்னையில் புதிய மேம்பாலம் திறப்பு", "read-also"),
    ("இதையும் படிங்க: தங்கம் விலை சரிவு", "read-also"),
    ("வாசகர் கருத்து (12)", "comments"),
    ("உங்கள் கருத்தைப் பதிவு செய்யுங்கள்", "comments"),
    ("பகிர்", "share"),
    ("இணைப்பை நகலெடு", "share"),
    ("முகப்பு » செய்திகள் » தமிழகம்", "navigation"),
    ("முகப்பு", "navigation"),
    ("படம்: ம. பிரபு", "caption-credit"),
    ("கோப்புப் படம்", "caption-credit"),
    ("பட மூலாதாரம், Getty Images", "caption-credit"),
    ("நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம்.", "cookie"),
    ("இந்த இணையதளத்தைத் தொடர்ந்து பயன்படுத்துவதன் மூலம் குக்கீகளின் பயன்பாட்டை ஒப்புக்கொள்கிறீர்கள்.", "cookie"),
    ("பெயர் *", "form"),
    ("உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்பட மாட்டாது.", "form"),
    ("குறிச்சொற்கள்: சென்னை, மேம்பாலம்", "tags"),
    ("தொடர்புடைய தலைப்புகள்", "tags"),
    ("அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", "footer"),
    ("எங்களைப் பற்றி | தனியுரிமைக் கொள்கை | பயன்பாட்டு விதிமுறைகள்", "footer-links"),
    ("எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்", "newsletter"),
    ("பிரேக்கிங் நியூஸ்: சென்னையில் கனமழை", "ticker"),
    ("விளம்பரம்", "advertisement"),
    ("வாசிப்பு நேரம்: 3 நிமிடங்கள்", "reading-time"),
    ("1,204 பார்வைகள்", "reading-time"),
    ("காணொளி", "player"),
    ("இந்தச் செய்தியைக் கேளுங்கள்", "player"),
    ("வாக்களியுங்கள்", "poll"),
    ("பகிர்: சென்னையில் புதிய மேம்பாலம் திறப்பு", "share-lead"),
    ("எங்களை ஆதரியுங்கள்", "donation"),
    ("உங்கள் உலாவி இந்த வீடியோவை ஆதரிக்கவில்லை.", "notice"),
    ("இந்தக் கட்டுரை சந்தாதாரர்களுக்கு மட்டும்", "paywall"),
    # Telugu (Eenadu, Sakshi, Andhra Jyothy, Namasthe Telangana, TV9 Telugu, NTV, BBC Telugu)
    ("సంబంధిత వార్తలు", "related"),
    ("ఎక్కువ మంది చదివినవి", "related"),
    ("ఇవీ చదవండి: హైదరాబాద్‌లో భారీ వర్షం", "read-also"),
    ("చదవండి: మెట్రో రెండో దశకు ఆమోదం", "read-also"),
    ("మరిన్ని తెలుగు వార్తల కోసం ఇక్కడ క్లిక్ చేయండి", "read-also"),
    ("వ్యాఖ్యలు (4)", "comments"),
    ("మీ అభిప్రాయం తెలపండి", "comments"),
    ("షేర్ చేయండి", "share"),
    ("లింక్ కాపీ చేయండి", "share"),
    ("వాట్సాప్‌లో షేర్ చేయండి", "share"),
    ("హోమ్ » తెలంగాణ » హైదరాబాద్", "navigation"),
    ("తెలంగాణ", "navigation"),
    ("ఫొటో: పీటీఐ", "caption-credit"),
    ("ప్రతీకాత్మక చిత్రం", "caption-credit"),
    ("ఫొటో సోర్స్, Getty Images", "caption-credit"),
    ("మేము కుకీలను ఉపయోగిస్తాము.", "cookie"),
    ("కుకీ విధానం", "cookie"),
    ("పేరు *", "form"),
    ("మీ ఈమెయిలు చిరునామా ప్రచురించబడదు.", "form"),
    ("ట్యాగ్స్: హైదరాబాద్, మెట్రో", "tags"),
    ("సంబంధిత అంశాలు", "tags"),
    ("సర్వ హక్కులు ప్రత్యేకించబడ్డాయి.", "footer"),
    ("మా గురించి | గోప్యతా విధానం | వినియోగ నిబంధనలు", "footer-links"),
    ("మా వాట్సాప్ ఛానెల్‌లో చేరండి", "newsletter"),
    ("బీబీసీ తెలుగును ఫేస్‌బుక్, ఇన్‌స్టాగ్రామ్‌, ట్విటర్‌లో ఫాలో అవ్వండి. యూట్యూబ్‌లో సబ్‌స్క్రైబ్ చేయండి.", "newsletter"),
    ("బ్రేకింగ్ న్యూస్: హైదరాబాద్‌లో భారీ వర్షం", "ticker"),
    ("ప్రకటన", "advertisement"),
    ("1,204 వ్యూస్", "reading-time"),
    ("ఈ వార్తను వినండి", "player"),
    ("వీడియో చూడండి", "player"),
    ("ఓటు వేయండి", "poll"),
    ("షేర్ చేయండి: హైదరాబాద్‌లో భారీ వర్షం", "share-lead"),
    ("మాకు మద్దతు ఇవ్వండి", "donation"),
    ("మీ బ్రౌజర్ ఈ వీడియోను సపోర్ట్ చేయదు.", "notice"),
    ("YouTube పోస్ట్ స్కిప్ చేయండి, 1", "notice"),
    ("ఈ కథనం సబ్‌స్క్రైబర్లకు మాత్రమే", "paywall"),
    # Malayalam (Malayala Manorama, Mathrubhumi, Madhyamam, Deshabhimani, Asianet News), both chillu spellings
    ("ബന്ധപ്പെട്ട വാർത്തകൾ", "related"),
    ("ബന്ധപ്പെട്ട വാര്‍ത്തകള്‍", "related"),
    ("ഏറ്റവും കൂടുതൽ വായിച്ചത്", "related"),
    ("ഇതുകൂടി വായിക്കാം: കൊച്ചിയിൽ പുതിയ മെട്രോ പാത", "read-also"),
    ("ഇതും വായിക്കൂ", "read-also"),
    ("അഭിപ്രായങ്ങൾ (8)", "comments"),
    ("നിങ്ങളുടെ അഭിപ്രായം രേഖപ്പെടുത്തുക", "comments"),
    ("ഷെയർ ചെയ്യുക", "share"),
    ("ലിങ്ക് കോപ്പി ചെയ്യുക", "share"),
    ("ഹോം » വാർത്ത » കേരളം", "navigation"),
    ("കേരളം", "navigation"),
    ("ചിത്രം: ജോസ്കുട്ടി പനയ്ക്കൽ / മനോരമ", "caption-credit"),
    ("പ്രതീകാത്മക ചിത്രം", "caption-credit"),
    ("ഫയൽ ചിത്രം", "caption-credit"),
    ("ഞങ്ങൾ കുക്കികൾ ഉപയോഗിക്കുന്നു.", "cookie"),
    ("ഈ വെബ്സൈറ്റ് ഉപയോഗിക്കുന്നതിലൂടെ നിങ്ങൾ കുക്കികളുടെ ഉപയോഗം അംഗീകരിക്കുന്നു.", "cookie"),
    ("പേര് *", "form"),
    ("നിങ്ങളുടെ ഇമെയിൽ വിലാസം പ്രസിദ്ധീകരിക്കുകയില്ല.", "form"),
    ("ടാഗുകൾ: കൊച്ചി, മെട്രോ", "tags"),
    ("ബന്ധപ്പെട്ട വിഷയങ്ങൾ", "tags"),
    ("എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.", "footer"),
    ("ഞങ്ങളെക്കുറിച്ച് | സ്വകാര്യതാ നയം | ഉപയോഗ നിബന്ധനകൾ", "footer-links"),
    ("ഞങ്ങളുടെ വാട്സാപ്പ് ചാനലിൽ ചേരൂ", "newsletter"),
    ("ഏഷ്യാനെറ്റ് ന്യൂസ് ലൈവ് യൂട്യൂബിൽ കാണാം", "newsletter"),
    ("ബ്രേക്കിങ് ന്യൂസ്: സംസ്ഥാനത്ത് കനത്ത മഴ", "ticker"),
    ("പരസ്യം", "advertisement"),
    ("വായനാസമയം: 3 മിനിറ്റ്", "reading-time"),
    ("വാർത്ത കേൾക്കാം", "player"),
    ("വിഡിയോ", "player"),
    ("വോട്ട് ചെയ്യുക", "poll"),
    ("ഷെയർ ചെയ്യുക: കൊച്ചിയിൽ പുതിയ മെട്രോ പാത", "share-lead"),
    ("ഞങ്ങളെ പിന്തുണയ്ക്കുക", "donation"),
    ("നിങ്ങളുടെ ബ്രൗസർ ഈ വീഡിയോ പിന്തുണയ്ക്കുന്നില്ല.", "notice"),
    (
        "ഇവിടെ പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ മലയാള മനോരമയുടേതല്ല. അഭിപ്രായങ്ങളുടെ പൂർണ ഉത്തരവാദിത്തം രചയിതാവിനു മാത്രമായിരിക്കും.",
        "notice",
    ),
    ("ഈ ലേഖനം വരിക്കാർക്ക് മാത്രം", "paywall"),
    # Kannada (Prajavani, Vijay Karnataka, Udayavani, Kannada Prabha, Public TV)
    ("ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು", "related"),
    ("ಹೆಚ್ಚು ಓದಿದ", "related"),
    ("ಇತ್ತೀಚಿನ ಸುದ್ದಿ", "related"),
    ("ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರಿ ಮಳೆ", "read-also"),
    ("ಇದನ್ನೂ ಓದಿ", "read-also"),
    ("ಪ್ರತಿಕ್ರಿಯೆಗಳು (3)", "comments"),
    ("ನಿಮ್ಮ ಪ್ರತಿಕ್ರಿಯೆ ಬರೆಯಿರಿ", "comments"),
    ("ನಿಮ್ಮದೊಂದು ಉತ್ತರ", "comments"),
    ("ಹಂಚಿಕೊಳ್ಳಿ", "share"),
    ("ಲಿಂಕ್ ನಕಲಿಸಿ", "share"),
    ("ಮುಖಪುಟ » ರಾಜ್ಯ » ಬೆಂಗಳೂರು", "navigation"),
    ("ಮುಖಪುಟ", "navigation"),
    ("ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ: ರಂಜು ಪಿ.", "caption-credit"),
    ("ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", "caption-credit"),
    ("ಪಿಟಿಐ ಚಿತ್ರ", "caption-credit"),
    ("ನಾವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತೇವೆ.", "cookie"),
    ("ಕುಕೀ ನೀತಿ", "cookie"),
    ("ಹೆಸರು *", "form"),
    ("ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ಪ್ರಕಟಿಸಲಾಗುವುದಿಲ್ಲ.", "form"),
    ("ಟ್ಯಾಗ್‌ಗಳು: ಬೆಂಗಳೂರು, ಮಳೆ", "tags"),
    ("ಕೀವರ್ಡ್ಸ್", "tags"),
    ("ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.", "footer"),
    ("ನಮ್ಮ ಬಗ್ಗೆ | ಗೌಪ್ಯತಾ ನೀತಿ | ಬಳಕೆಯ ನಿಯಮಗಳು", "footer-links"),
    ("ಪ್ರಜಾವಾಣಿ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ: ಆಂಡ್ರಾಯ್ಡ್ | ಐಒಎಸ್ | ನಮ್ಮ ಫೇಸ್‌ಬುಕ್ ಪುಟ ಫಾಲೋ ಮಾಡಿ.", "newsletter"),
    ("ಬ್ರೇಕಿಂಗ್ ನ್ಯೂಸ್: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರಿ ಮಳೆ", "ticker"),
    ("ಜಾಹೀರಾತು", "advertisement"),
    ("ಓದುವ ಸಮಯ: 3 ನಿಮಿಷ", "reading-time"),
    ("ಈ ಸುದ್ದಿಯನ್ನು ಆಲಿಸಿ", "player"),
    ("ಮತ ಚಲಾಯಿಸಿ", "poll"),
    ("ಹಂಚಿಕೊಳ್ಳಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರಿ ಮಳೆ", "share-lead"),
    ("ನಮ್ಮನ್ನು ಬೆಂಬಲಿಸಿ", "donation"),
    ("ನಿಮ್ಮ ಬ್ರೌಸರ್ ಈ ವಿಡಿಯೊವನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ.", "notice"),
    ("ಹೆಚ್ಚಿನ ಮಾಹಿತಿ ನಿರೀಕ್ಷಿಸಲಾಗಿದೆ.", "notice"),
    ("ಈ ಲೇಖನ ಚಂದಾದಾರರಿಗೆ ಮಾತ್ರ", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("கட்டுரையாளர் பற்றி", "author-box"),
    ("மூலம்: பிடிஐ", "end-note"),
    ("இந்தக் கட்டுரையில் உள்ள கருத்துகள் கட்டுரையாளரின் சொந்தக் கருத்துகள்.", "end-note"),
    ("రచయిత గురించి", "author-box"),
    ("గమనిక: ఈ కథనంలోని సమాచారం అవగాహన కోసం మాత్రమే. నిపుణుల సలహా తీసుకోండి.", "end-note"),
    ("(ఏజెన్సీల సమాచారంతో)", "end-note"),
    ("ലേഖകനെക്കുറിച്ച്", "author-box"),
    ("കടപ്പാട്: പിടിഐ", "end-note"),
    ("(ലേഖനത്തിലെ അഭിപ്രായങ്ങൾ ലേഖകന്റെ വ്യക്തിപരമായ അഭിപ്രായങ്ങളാണ്)", "end-note"),
    ("ಲೇಖಕರ ಬಗ್ಗೆ", "author-box"),
    ("ಲೇಖಕ: ಪ್ರಾಧ್ಯಾಪಕ, ಮೈಸೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ", "end-note"),
    ("ಗಮನಿಸಿ: ಈ ಲೇಖನದಲ್ಲಿರುವ ಮಾಹಿತಿ ಸಾಮಾನ್ಯ ತಿಳಿವಳಿಕೆಗಾಗಿ ಮಾತ್ರ.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Tamil: "related news spread", "more news soon", "shared his views", "this film", "must read this too", the share
    # market, a front's lights, "could not contact him", the world, a government ad, voters in line
    "தொடர்புடைய செய்திகள் வேகமாகப் பரவின.",
    "மேலும் செய்திகள் விரைவில் வெளியாகும் என அவர் கூறினார்.",
    "அவர் தனது கருத்துகளைப் பகிர்ந்து கொண்டார்.",
    "இந்தப் படம் வசூல் சாதனை படைத்தது.",
    "இதையும் படிக்க வேண்டும் என்று ஆசிரியர் கூறினார்.",
    "ஷேர் மார்க்கெட் இன்று சரிவு",
    "முகப்பு விளக்குகள் எரிந்தன",
    "அவரைத் தொடர்பு கொள்ள முடியவில்லை.",
    "உலகம் முழுவதும் பரவியது",
    "அரசு விளம்பரம் வெளியானது",
    "வாக்களிக்க மக்கள் வரிசையில் நின்றனர்.",
    "செய்தியாளர்களிடம் அவர் பேசினார்.",
    # Telugu: "according to the latest news", "related news came to light", the minister's remarks, a government
    # announcement, the share market, a quote asking to share, "this film", Telangana's government, "about us" in prose
    "తాజా వార్తల ప్రకారం వర్షాలు కొనసాగుతాయి.",
    "సంబంధిత వార్తలు వెలుగులోకి వచ్చాయి.",
    "మంత్రి వ్యాఖ్యలు దుమారం రేపాయి.",
    "ప్రభుత్వ ప్రకటన విడుదలైంది",
    "షేర్ మార్కెట్ నష్టాల్లో ముగిసింది",
    "ఈ వీడియోను అందరూ షేర్ చేయండి అని ఆయన కోరారు.",
    "చదవండి అంటూ ఆయన పుస్తకం ఇచ్చారు.",
    "ఈ చిత్రం భారీ విజయం సాధించింది.",
    "తెలంగాణ ప్రభుత్వం కొత్త పథకం ప్రకటించింది.",
    "మా గురించి ఆయన తప్పుగా మాట్లాడారు.",
    # Malayalam: "more news came out", "the minister denied the related reports", the minister's opinions, a
    # government ad withdrawn, the share market, "this film", rain over Kerala, reading as a habit
    "കൂടുതൽ വാർത്തകൾ പുറത്തുവന്നു.",
    "ബന്ധപ്പെട്ട വാർത്തകൾ മന്ത്രി നിഷേധിച്ചു.",
    "മന്ത്രിയുടെ അഭിപ്രായങ്ങൾ വിവാദമായി.",
    "സർക്കാർ പരസ്യം പിൻവലിച്ചു",
    "ഷെയർ വിപണി ഇടിഞ്ഞു",
    "ഈ ചിത്രം വലിയ വിജയമായി.",
    "കേരളം മുഴുവൻ മഴ",
    "വായിക്കുക എന്നത് നല്ല ശീലമാണ്.",
    # Kannada: "according to the latest news", "related news are going round", political reactions, a government ad
    # row, "this film", a film's name and a colon in a subheading, the state government, "after reading this too",
    # "having read this, they were surprised" ("ಓದಿ" is the participle as well as the imperative)
    "ಇತ್ತೀಚಿನ ಸುದ್ದಿಗಳ ಪ್ರಕಾರ ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ.",
    "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು ಹರಿದಾಡುತ್ತಿವೆ.",
    "ರಾಜಕೀಯ ಪ್ರತಿಕ್ರಿಯೆಗಳು ಜೋರಾಗಿವೆ.",
    "ಸರ್ಕಾರಿ ಜಾಹೀರಾತು ವಿವಾದ",
    "ಈ ಚಿತ್ರ ಭಾರಿ ಯಶಸ್ಸು ಕಂಡಿತು.",
    "ಕಾಂತಾರ ಚಿತ್ರ: ಬಾಕ್ಸ್ ಆಫೀಸ್ ದಾಖಲೆ",
    "ರಾಜ್ಯ ಸರ್ಕಾರ ಹೊಸ ಯೋಜನೆ ಘೋಷಿಸಿದೆ.",
    "ಇದನ್ನೂ ಓದಿದ ಬಳಿಕ ಅವರು ಪ್ರತಿಕ್ರಿಯಿಸಿದರು.",
    "ಇದನ್ನು ಓದಿ ಅವರು ಆಶ್ಚರ್ಯಪಟ್ಟರು.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("எழுதியவர், ஜோ. மகேஸ்வரன்", "ஜோ. மகேஸ்வரன்"),
        ("செய்தியாளர்: ம. சுரேஷ், பிபிசி தமிழுக்காக", "ம. சுரேஷ்"),
        ("தொகுப்பு: பா. ஜீவசுந்தரி", "பா. ஜீவசுந்தரி"),
        ("రచయిత, గొర్లె వెంకటేశ్", "గొర్లె వెంకటేశ్"),
        ("రచయిత: సురేశ్ కుమార్, బీబీసీ ప్రతినిధి", "సురేశ్ కుమార్"),
        ("రిపోర్టర్: కె. శ్రీనివాస్", "కె. శ్రీనివాస్"),
        ("എഴുതിയത്: അനിൽ കുമാർ", "അനിൽ കുമാർ"),
        ("തയ്യാറാക്കിയത്: ശ്രീജിത്ത് കെ.", "ശ്രീജിത്ത് കെ."),
        ("ಲೇಖಕರು: ಸುಧಾ ಮೂರ್ತಿ", "ಸುಧಾ ಮೂರ್ತಿ"),
        ("ವರದಿ: ರವಿ ಕುಮಾರ್", "ರವಿ ಕುಮಾರ್"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "செய்தியாளர்களிடம் அவர் பேசினார்",
        "రచయిత మాట్లాడుతూ కొత్త పుస్తకం గురించి చెప్పారు",
        "റിപ്പോർട്ട് പ്രകാരം മഴ തുടരും",
        "ವರದಿ ಪ್ರಕಾರ ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


DATES = [
    # Tamil: India's and Sri Lanka's spellings, Dinamalar's abbreviation
    ("12 மார்ச் 2025, 10:30", "2025-03-12"),
    ("பதிவு செய்த நாள்: மார் 12, 2025 10:30", "2025-03-12"),
    ("புதன்கிழமை, 5 பிப்ரவரி 2025", "2025-02-05"),
    ("3 ஓகஸ்ட் 2024", "2024-08-03"),
    # Telugu
    ("12 మార్చి 2025, 10:30", "2025-03-12"),
    ("ప్రచురణ: 5 ఆగస్టు 2024", "2024-08-05"),
    ("బుధవారం, మార్చి 12, 2025", "2025-03-12"),
    # Malayalam, both chillu spellings
    ("12 മാർച്ച് 2025, 10:30", "2025-03-12"),
    ("12 മാര്‍ച്ച് 2025", "2025-03-12"),
    ("ബുധനാഴ്ച, ഓഗസ്റ്റ് 5, 2025", "2025-08-05"),
    ("പ്രസിദ്ധീകരിച്ചത്: 3 സെപ്റ്റംബർ 2024", "2024-09-03"),
    # Kannada
    ("12 ಮಾರ್ಚ್ 2025, 10:30", "2025-03-12"),
    ("ಪ್ರಕಟವಾದ 12 ಮಾರ್ಚ್ 2025, 10:30 IST", "2025-03-12"),
    ("ಬುಧವಾರ, ಆಗಸ್ಟ್ 5, 2025", "2025-08-05"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    ["2 மணி நேரம் முன்பு", "5 நிமிடங்களுக்கு முன்பு", "2 గంటల క్రితం", "5 నిమిషాల క్రితం", "2 മണിക്കൂർ മുമ്പ്", "2 ಗಂಟೆಗಳ ಹಿಂದೆ"],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "name",
    ["மார்ச்", "ஓகஸ்ட்", "டிச", "ఫిబ్రవరి", "జులై", "ഏപ്രിൽ", "ഏപ്രില്‍", "സെപ്തംബർ", "ಫೆಬ್ರುವರಿ", "ಆಗಸ್ಟ್"],
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)
