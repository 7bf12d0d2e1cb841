"""The chrome vocabulary, the dates and the stopwords of the two languages written in the Ethiopic script: Amharic
(Ethiopia: EBC, Fana, Amhara Media, Reporter, BBC, VOA and DW Amharic, diaspora TV) and Tigrinya (Tigray and
Eritrea: Tigrai TV, Dimtsi Weyane, Shabait, BBC and VOA Tigrinya): `lexicons/{am,ti}/*.txt`, their `dates.toml` and
their `stopwords.txt`.

The script has its own punctuation: "።" ends a sentence, "፣" is a comma, and a label's colon is the wordspace "፡"
or the preface colon "፦" as often as ":" ("ዘጋቢ፡ ...", "ፎቶ፦ ..."). Folding leaves the script alone: letters that
sound alike (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ) are not folded together, so the entries list the spellings pages use.

Each language has lines of chrome its files must label, and, the other half that matters as much, sentences and
subheadings of the text that use the same words and are no chrome ("ዘጋቢ ፊልሙ ተመረቀ", a documentary film; "ሰበር ሰሚ
ችሎቱ ...", the Cassation Bench; "ካልኦት ዜናታት ከም ዘመልክትዎ ..."). A related heading ends the article, so a sentence
taken for one would cut it.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import language, lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, is_weekday, parse_date
from newsclean.normalize import fold

CHROME = [
    # Amharic
    ("ተዛማጅ ዜናዎች", "related"),
    ("በብዛት የተነበቡ", "related"),
    ("የቅርብ ጊዜ ዜናዎች", "related"),
    ("ሊወዱት የሚችሉ ዜናዎች", "related"),
    ("ተጨማሪ ያንብቡ፦ ምክር ቤቱ አዲሱን በጀት አጸደቀ", "read-also"),
    ("ተዛማጅ ዜና፡ በአዲስ አበባ አዲስ የአውቶቡስ መስመር ተከፈተ", "read-also"),
    ("ይህንንም ያንብቡ", "read-also"),
    ("ተጨማሪ ለማንበብ እዚህ ይጫኑ", "read-also"),
    ("አስተያየቶች (3)", "comments"),
    ("አስተያየትዎን ይስጡ", "comments"),
    ("ምላሽ ይተዉ", "comments"),
    ("አጋራ", "share"),
    ("በፌስቡክ ያጋሩ", "share"),
    ("ሊንኩን ይቅዱ", "share"),
    ("ዋና ገጽ", "navigation"),
    ("መነሻ » ዜና » ፖለቲካ", "navigation"),
    ("ቀጣይ ዜና", "navigation"),
    ("ስፖርት", "navigation"),
    ("ወደ ዋናው ይዘት ይለፉ", "navigation"),
    ("ፎቶ፡ ኢቢሲ", "caption-credit"),
    ("ፎቶ: ፋና ብሮድካስቲንግ", "caption-credit"),
    ("ፎቶ፦ ከማህደር", "caption-credit"),
    ("የማህደር ፎቶ", "caption-credit"),
    ("ሮይተርስ", "caption-credit"),
    ("ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል።", "cookie"),
    ("የተሻለ አገልግሎት ለመስጠት ኩኪዎችን እንጠቀማለን።", "cookie"),
    ("ሁሉንም ተቀበል", "cookie"),
    ("ስም *", "form"),
    ("የኢሜይል አድራሻዎ አይታተምም።", "form"),
    ("የሚያስፈልጉ መስኮች ምልክት ተደርጎባቸዋል *", "form"),
    ("መለያዎች፡ ምርጫ, ፓርላማ", "tags"),
    ("ቁልፍ ቃላት", "tags"),
    ("ተዛማጅ ርዕሶች", "tags"),
    ("© 2025 ኢቢሲ። መብቱ በሕግ የተጠበቀ ነው።", "footer"),
    ("መብቱ በሕግ የተጠበቀ ነው።", "footer"),
    ("ስለ እኛ | ያግኙን | የግላዊነት ፖሊሲ | የአጠቃቀም ደንቦች", "footer-links"),
    ("የአጠቃቀም ደንብ | የግል መረጃ ፖሊሲ | ኩኪዎች", "footer-links"),
    ("የቴሌግራም ቻናላችንን ይቀላቀሉ", "newsletter"),
    ("በፌስቡክ ይከተሉን", "newsletter"),
    ("የአሚኮ ዲጂታል ሚዲያ ቤተሰብ ይሁኑ!", "newsletter"),
    ("ወቅታዊ፣ ትኩስ እና የተሟሉ ዜናዎችን ለማግኘት፡-", "newsletter"),
    ("ሰበር ዜና፡ በባሕር ዳር ከተማ ከባድ ዝናብ ጣለ", "ticker"),
    ("ሰበር ዜና", "ticker"),
    ("ማስታወቂያ", "advertisement"),
    ("ስፖንሰር የተደረገ ይዘት", "advertisement"),
    ("የንባብ ጊዜ፡ 3 ደቂቃ", "reading-time"),
    ("1204 ጊዜ ተነቧል", "reading-time"),
    ("ያዳምጡ", "player"),
    ("ቪዲዮውን ይመልከቱ", "player"),
    ("ድምጽ ይስጡ", "poll"),
    ("ውጤቱን ይመልከቱ", "poll"),
    ("አጋራ፡ በአዲስ አበባ አዲስ ፓርክ ተከፈተ", "share-lead"),
    ("ይደግፉን", "donation"),
    ("ነፃ ሚዲያን ይደግፉ", "donation"),
    ("የእርስዎ አሳሽ ይህን ቪዲዮ አይደግፍም።", "notice"),
    ("ይህ ዜና በመሻሻል ላይ ነው", "notice"),
    ("ይህ ጽሑፍ ለደንበኞች ብቻ ነው።", "paywall"),
    # Tigrinya
    ("ተዛመድቲ ዜናታት", "related"),
    ("ብብዝሒ ዝተነበቡ", "related"),
    ("ካልኦት ዜናታት", "related"),
    ("ተወሳኺ ኣንብቡ፦ ባይቶ ሓድሽ በጀት ኣጽዲቑ", "read-also"),
    ("ከምኡ'ውን ኣንብቡ: ኣብ መቐለ ሓድሽ መስመር ኣውቶቡስ ተኸፊቱ", "read-also"),
    ("ተዛማዲ ዜና፡ ኣብ ኣስመራ ሓድሽ ሆስፒታል ተመሪቑ", "read-also"),
    ("ርእይቶታት (5)", "comments"),
    ("ርእይቶኹም ሃቡ", "comments"),
    ("መልሲ ግደፍ", "comments"),
    ("ኣካፍሉ", "share"),
    ("ኣብ ፌስቡክ ኣካፍሉ", "share"),
    ("ሊንክ ቅዳሕ", "share"),
    ("ቀዳማይ ገጽ", "navigation"),
    ("ቀዳማይ ገጽ » ዜና » ፖለቲካ", "navigation"),
    ("ዝቕጽል ዜና", "navigation"),
    ("ስፖርት", "navigation"),
    ("ስእሊ፡ ድምጺ ወያነ", "caption-credit"),
    ("ፎቶ: ሻባይት", "caption-credit"),
    ("ስእሊ ካብ መዝገብ", "caption-credit"),
    ("ኤርና", "caption-credit"),
    ("እዚ መርበብ ሓበሬታ ኩኪታት ይጥቀም።", "cookie"),
    ("ዝበለጸ ኣገልግሎት ንምሃብ ኩኪታት ንጥቀም።", "cookie"),
    ("ሽም *", "form"),
    ("ኢመይል ኣድራሻኹም ኣይሕተምን እዩ።", "form"),
    ("ርእይቶ ስደድ", "form"),
    ("መለለዪታት፡ ምርጫ, ባይቶ", "tags"),
    ("ተዛመድቲ ኣርእስትታት", "tags"),
    ("© 2025 ድምጺ ወያነ። ኩሉ መሰል ዝተሓለወ እዩ።", "footer"),
    ("ኩሉ መሰል ዝተሓለወ እዩ።", "footer"),
    ("ብዛዕባና | ርኸቡና | ፖሊሲ ብሕትውና | ውዕል ኣጠቓቕማ", "footer-links"),
    ("ብዛዕባ ቢቢሲ | ስለምንታይ ንቢቢሲ ክትኣምንዎ ትኽእሉ", "footer-links"),
    ("ቴሌግራም ቻነልና ተጸንበሩ", "newsletter"),
    ("ኣብ ፌስቡክ ሰዓቡና", "newsletter"),
    ("ህጹጽ ዜና፡ ኣብ መቐለ ከቢድ ዝናብ ዘኒቡ", "ticker"),
    ("ህጹጽ ዜና", "ticker"),
    ("መወዓውዒ", "advertisement"),
    ("ስፖንሰር ዝተገበረ ትሕዝቶ", "advertisement"),
    ("ግዜ ንባብ፡ 3 ደቒቕ", "reading-time"),
    ("1204 ግዜ ተነቢቡ", "reading-time"),
    ("ስምዑ", "player"),
    ("ቪድዮ ተዓዘቡ", "player"),
    ("ድምጺ ሃቡ", "poll"),
    ("ውጽኢት ርኣዩ", "poll"),
    ("ኣካፍሉ፡ ኣብ መቐለ ሓድሽ ፓርክ ተኸፊቱ", "share-lead"),
    ("ደግፉና", "donation"),
    ("ናጻ ሚድያ ደግፉ", "donation"),
    ("ብራውዘርኩም ነዚ ቪድዮ ኣይድግፎን እዩ።", "notice"),
    ("እዚ ዜና ይሕደስ ኣሎ", "notice"),
    ("እዚ ጽሑፍ ንኣባላት ጥራይ እዩ።", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("ስለ ጸሐፊው", "author-box"),
    ("ስለ ፀሃፊው", "author-box"),
    ("ምንጭ፡ ኢዜአ", "end-note"),
    ("ዘጋቢ፦ ሰለሞን አሰፋ", "end-note"),  # Amhara Media signs under the text
    ("በዚህ ጽሑፍ የተገለጹት ሐሳቦች የጸሐፊውን ብቻ የሚወክሉ ናቸው።", "end-note"),
    ("ከጽሑፉ ውስጥ የተንፀባረቁት አስተያየቶች የጸሐፊውን አመለካከት ብቻ የሚያንፀባርቁ መሆናቸውን እንገልጻለን።", "end-note"),
    ("ለኅብረተሰብ ለውጥ እንተጋለን!", "end-note"),
    ("ብዛዕባ ጸሓፊ", "author-box"),
    ("ምንጪ፡ ኤርና", "end-note"),
    ("ኣዳላዊ፦ ብርሃነ ተስፋይ", "end-note"),
    ("ኣብዚ ጽሑፍ ዝተገልጸ ርእይቶ ናይ ጸሓፊ ጥራይ እዩ።", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Amharic: the lists' words opening sentences, "ማስታወቂያ" an announcement, "ሰበር" the Cassation Bench, "ዘጋቢ ፊልም" a
    # documentary, the public asked for its comments, rights protected by law, a photo ban, an agency quoted
    "ተዛማጅ ዜናዎች እንደሚያመለክቱት የዋጋ ንረቱ ቀጥሏል።",
    "ሌሎች ዜናዎች እንደሚያሳዩት ግጭቱ ተባብሷል።",
    "በብዛት የተነበቡ መጻሕፍት ዝርዝር ይፋ ሆነ",
    "ህብረተሰቡ በረቂቁ ላይ አስተያየት እንዲሰጥ ተጠየቀ።",
    "ህብረተሰቡ በረቂቁ ላይ አስተያየት ይስጡ ተብሏል።",
    "ሚኒስትሩ ልምዳቸውን ለተማሪዎች አጋርተዋል።",
    "መጽሐፉ በድጋሚ ታትሟል።",
    "ሰበር ሰሚ ችሎቱ ውሳኔውን አጸና።",
    "ዘጋቢ ፊልሙ በብሔራዊ ቴአትር ተመረቀ።",
    "የእያንዳንዱ ዜጋ መብቱ በሕግ የተጠበቀ ነው ብለዋል።",
    "ሁሉም መብቶች የተጠበቁ ናቸው ብለዋል ሚኒስትሩ።",
    "ፎቶ ማንሳት በሙዚየሙ ውስጥ የተከለከለ ነው።",
    "ፎቶ አንሺው ሽልማት አገኘ።",
    "የሥራ ማስታወቂያ ወጣ",
    "ማስታወቂያው ለሁሉም ተወዳዳሪዎች ክፍት ነው።",
    "ጋዜጠኛው በቁጥጥር ስር ዋለ።",
    "ቀጣዩ ምርጫ በሚቀጥለው ዓመት ይካሄዳል።",
    "ሮይተርስ እንደዘገበው ድርድሩ ተቋርጧል።",
    "ለተፈናቃዮች ድጋፍ ያድርጉ ሲሉ ጥሪ አቅርበዋል።",
    "ዜናውን ያዳመጡ ነዋሪዎች ደስታቸውን ገለጹ።",
    "ስለ እኛ የሚወራው ሁሉ እውነት አይደለም ብለዋል።",
    "ኩኪዎችን መመገብ ለጤና ጎጂ ሊሆን ይችላል።",
    "ድምጽ ይስጡ የሚለው መፈክር ተሰማ",
    "ተጨማሪ ገንዘብ ያስፈልጋል ተባለ።",
    "ቀጥታ ስርጭቱ ነገ ይጀምራል።",
    "የስፖርት ማዘውተሪያ ቦታዎች ተገነቡ",
    "ዋና ገጽ ላይ የወጣው ዜና ብዙዎችን አስገርሟል።",
    "ምንጭ ውሃ ለነዋሪዎቹ ተዳረሰ",
    "ቤተሰብ ይሁኑ ብለው መከሩ።",
    # Tigrinya: "ካልኦት ዜናታት" opening a sentence, "ህጹጽ" urgent, a party's secretary ("ጸሓፊ"), a journalist jailed,
    # a right protected by law, "ኣካፊሎም" (they shared) in prose, cookies eaten
    "ካልኦት ዜናታት ከም ዘመልክትዎ ውግእ ቀጺሉ ኣሎ።",
    "ብብዝሒ ዝተነበቡ መጻሕፍቲ ዝርዝር ተዘርጊሑ።",
    "ሕብረተሰብ ኣብቲ ረቂቕ ርእይቶ ክህብ ተሓቲቱ።",
    "ሚኒስተር ተሞክሮኦም ንተማሃሮ ኣካፊሎም።",
    "እቲ መጽሓፍ ደጊሙ ተሓቲሙ።",
    "ህጹጽ ሓገዝ የድሊ ኣሎ ኢሎም።",
    "ጸሓፊ ግንባር ንጋዜጠኛታት መግለጺ ሂቡ።",
    "ጋዜጠኛ ኣብ ቤት ማእሰርቲ ኣሎ።",
    "ሮይተርስ ከም ዝሓበሮ እቲ ዘተ ተቋሪጹ።",
    "ናይ ነፍሲ ወከፍ ዜጋ መሰል ብሕጊ ዝተሓለወ እዩ ኢሎም።",
    "ስእሊ ምልዓል ኣብ ቤተ መዘክር ክልኩል እዩ።",
    "ቀዳማይ ገጽ ናይቲ ጋዜጣ ብዛዕባ ምርጫ ዝዛረብ እዩ።",
    "ዜና ስምዑ ዝብል መደብ ተጀሚሩ።",
    "ሓገዝ ግበሩ ኢሎም ጻውዒት ኣቕሪቦም።",
    "ድምጺ ሃቡ ዝብል ጭርሖ ተሰሚዑ።",
    "ኩሉ መሰል ሰብ ክኽበር ኣለዎ።",
    "ስፖርታዊ ውድድራት ተኻይዶም።",
    "መወዓውዒ ስራሕ ተዘርጊሑ።",
    "ዝቕጽል ዓመት ምርጫ ክካየድ እዩ።",
    "ኩኪታት ምብላዕ ንጥዕና ጎዳኢ ክኸውን ይኽእል።",
    "ብዛዕባና ዝተዛረቡ ሰባት ብዙሓት እዮም።",
    "ምንጪ ማይ ንነበርቲ በጺሑ።",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("ዘጋቢ፡ ሰላማዊት ካሳ", "ሰላማዊት ካሳ"),
        ("ዘጋቢ፦ ሰለሞን አሰፋ", "ሰለሞን አሰፋ"),
        ("አዘጋጅ: ሄኖክ ታደሰ", "ሄኖክ ታደሰ"),
        ("ፀሐፊ: ሀብታሙ ግርማ", "ሀብታሙ ግርማ"),
        ("ዘጋቢ፡ ሰላማዊት ካሳ - ኢቢሲ", "ሰላማዊት ካሳ"),
        ("ጸሓፊ፡ ሰላም ገብረ", "ሰላም ገብረ"),
        ("ኣዳላዊ፦ ብርሃነ ተስፋይ", "ብርሃነ ተስፋይ"),
        ("ሪፖርተር: ሚኪኤል ሃይለ", "ሚኪኤል ሃይለ"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "ዘጋቢ ፊልሙ በብሔራዊ ቴአትር ተመረቀ።",  # a documentary film
        "ዘገባው እንደሚያሳየው የዋጋ ንረቱ ቀጥሏል።",
        "ጸሓፊ ግንባር ንጋዜጠኛታት መግለጺ ሂቡ።",  # a party's secretary
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ሰላማዊት ካሳ - ከፍተኛ ዘጋቢ", "ሰላማዊት ካሳ"),
        ("ኤልያስ መሰረት, ቢቢሲ ኒውስ አማርኛ", "ኤልያስ መሰረት"),
        ("ሰላም ገብረ - ዋና ኣዳላዊ", "ሰላም ገብረ"),
        ("ሚሊዮን ሓይለ, ቢቢሲ ኒውስ ትግርኛ", "ሚሊዮን ሓይለ"),
    ],
)
def test_writer_roles_after_the_name(text: str, name: str) -> None:
    assert byline.without_role(text) == name


@pytest.mark.parametrize(
    "text",
    ["ዘጋቢ ፊልሙ ተመረቀ", "ጋዜጠኛ ተመስገን ደሳለኝ ታሰረ", "ቢቢሲ አማርኛ ያነጋገራቸው ነዋሪዎች", "ጋዜጠኛ ኣብ ቤት ማእሰርቲ ኣሎ", "ጸሓፊ ግንባር ተዛሪቡ"],
)
def test_role_words_opening_a_sentence_are_no_role(text: str) -> None:
    assert not byline.starts_with_role(fold(text))
    assert not byline.has_role(fold(text))


DATES = [
    # Amharic: the Ethiopian calendar, with the weekday and "ቀን" (day), a slash, the stamp's word, the time of day
    ("ረቡዕ፣ መስከረም 28 ቀን 2018 ዓ.ም", "2025-10-08"),
    ("ጥቅምት 25 2018", "2025-11-04"),
    ("የታተመ፡ መስከረም 28/2018 ዓ.ም", "2025-10-08"),
    ("ቅዳሜ ጥር 10 2017 ዓ.ም ከቀኑ 8:30", "2025-01-18"),
    # Amharic: the Gregorian months as loanwords, after "እ.ኤ.አ" or not
    ("ኦክቶበር 8, 2025", "2025-10-08"),
    ("8 ኦክቶበር 2025", "2025-10-08"),
    ("እ.ኤ.አ ጃንዋሪ 15, 2025", "2025-01-15"),
    ("ማክሰኞ 4 ፌብሩዋሪ 2025", "2025-02-04"),
    # Tigrinya: Tigray's Ethiopian dates, the loanword months
    ("ጥቅምቲ 4/2018 ዓ.ም", "2025-10-14"),
    ("ሰሉስ፣ ጥቅምቲ 4/2018 ዓ.ም", "2025-10-14"),
    ("ዝተሓተመ፡ ሕዳር 12 2018 ዓ.ም", "2025-11-21"),
    ("ዕለት 12 ሰነ 2017 ዓ.ም", "2025-06-19"),
    ("ሰኑይ 8 ሰፕተምበር 2025", "2025-09-08"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


@pytest.mark.parametrize(
    ("text", "ethiopian"),
    [("ረቡዕ፣ መስከረም 28 ቀን 2018 ዓ.ም", "2018-01-28"), ("ታኅሳስ 29 2017", "2017-04-29"), ("ነኀሴ 1 2017", "2017-12-01"), ("ጥቅምቲ 4/2018 ዓ.ም", "2018-02-04")],
)
def test_ethiopian_dates_keep_their_reading(text: str, ethiopian: str) -> None:
    found = parse_date(text)
    assert found is not None and (found.calendar, found.ethiopian) == ("ethiopian", ethiopian)


@pytest.mark.parametrize("text", ["ከ 2 ሰዓት በፊት", "ከ5 ደቂቃ በፊት", "ቅድሚ 2 ሰዓት", "ቅድሚ 5 ደቒቕ"])
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize("name", ["ጃንዋሪ", "ጃንዩወሪ", "ፌብሩዋሪ", "ማርች", "ኤፕሪል", "ሜይ", "ጁን", "ጁላይ", "ኦገስት", "ሴፕቴምበር", "ኦክቶበር", "ኖቬምበር", "ዲሴምበር", "ኣፕሪል", "ሰፕተምበር", "ዲሰምበር"])
def test_gregorian_month_names(name: str) -> None:
    assert is_month_name(name)


@pytest.mark.parametrize("name", ["ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ሀሙስ", "ዓርብ", "ቅዳሜ", "እሑድ", "እሁድ", "ሰኑይ", "ሰሉስ", "ሮቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"])
def test_weekday_names(name: str) -> None:
    assert is_weekday(name)


@pytest.mark.parametrize(("text", "iso"), [("15 ጥቅምቲ 2025", "2025-10-15"), ("3 ጥሪ 2026", "2026-01-03"), ("ነሓሰ 12 2025", "2025-08-12")])
def test_an_eritrean_gregorian_date_is_not_read_seven_years_ahead(text: str, iso: str) -> None:
    # Eritrea names the Gregorian months with the Ethiopian names: a year past the Ethiopian calendar's
    # (2020, which is 2028) is Gregorian, the month where the Ethiopian one mostly falls.
    found = parse_date(text)
    assert found is not None and (found.iso, found.calendar) == (iso, "gregorian")


def test_an_ethiopic_comma_between_the_day_and_the_year() -> None:
    found = parse_date("ጥቅምት 4፣ 2018")
    assert found is not None and found.iso == "2025-10-14"


# The stopword lists: the share of a line's words that are function words tells prose from chrome, and which list
# a page's words hit most names its language.
AMHARIC_PROSE = (
    "የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ እንዳስታወቀው በከተማዋ ዋና ዋና መንገዶች ላይ የሚካሄደው የጥገና ሥራ በሚቀጥለው ወር የሚጀመር ሲሆን "
    "ሥራው ለአራት ወራት እንደሚቆይ ተገልጿል። የቢሮው ኃላፊ እንደተናገሩት ፕሮጀክቱ በመንግሥት በጀት የሚሸፈን ሲሆን ነዋሪዎች በዚህ ወቅት "
    "አማራጭ መንገዶችን እንዲጠቀሙ ጠይቀዋል፤ ይሁን እንጂ የአካባቢው ነጋዴዎች ሥራው ገቢያቸውን ሊቀንስ ይችላል የሚል ስጋት እንዳላቸው ገልጸዋል።"
)
TIGRINYA_PROSE = (
    "ምምሕዳር ከተማ መቐለ ከም ዝሓበሮ ኣብ ቀንዲ ጽርግያታት ከተማ ዝካየድ ናይ ምጽጋን ስራሕ ኣብ ዝመጽእ ወርሒ ክጅምር እዩ፣ እቲ ስራሕ ድማ ን ኣርባዕተ ኣዋርሕ "
    "ክቕጽል ምዃኑ ተገሊጹ። ሓላፊ እቲ ቤት ጽሕፈት ከም ዝበሉ እቲ ፕሮጀክት ብበጀት መንግስቲ ዝሽፈን ኮይኑ ነበርቲ ኣብዚ እዋን እዚ ካልእ መንገዲ ክጥቀሙ ሓቲቶም፣ "
    "ይኹን እምበር ነጋዶ ናይቲ ከባቢ እቲ ስራሕ ኣታዊኦም ክንክይ ይኽእል እዩ ዝብል ስግኣት ከም ዘለዎም ገሊጾም።"
)


# Amharic writes its prepositions onto the next word ("በከተማዋ", "የቢሮው", "ለአራት"): fewer of a line's words stand
# free as function words than in Tigrinya, whose "ኣብ", "ናይ", "ከም" stand apart.
@pytest.mark.parametrize(("name", "prose", "share"), [("Amharic", AMHARIC_PROSE, 0.2), ("Tigrinya", TIGRINYA_PROSE, 0.25)])
def test_stopwords_measure_prose(name: str, prose: str, share: float) -> None:
    words = language.stopwords(name)
    assert 150 <= len(words) <= 300
    tokens = split_lines(prose)[0].tokens
    assert sum(map(words.__contains__, tokens)) / len(tokens) >= share


@pytest.mark.parametrize(("name", "prose"), [("Amharic", AMHARIC_PROSE), ("Tigrinya", TIGRINYA_PROSE)])
def test_the_language_of_the_prose(name: str, prose: str) -> None:
    tokens = split_lines(prose)[0].tokens
    assert language.detect(tokens * 3) == name


@pytest.mark.parametrize("name", ["Amharic", "Tigrinya"])
def test_stopwords_hold_no_topic_nouns(name: str) -> None:
    words = language.stopwords(name)
    topics = ("ኢትዮጵያ", "አዲስ አበባ", "መንግሥት", "መንግስት", "ምርጫ", "ትግራይ", "ኤርትራ", "መንግስቲ", "መቐለ", "ኣስመራ", "ዜና", "ሰላም")
    assert not words & {fold(word) for word in topics}


# What BBC Amharic and BBC Tigrinya tell a screen reader before a picture's source and its caption.
LEAD = [
    "Council approves new budget for the harbour district after a long debate",
    "",
    "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours.",
    "Members of the opposition said the plan left too little money for the repair of the old sea wall near the port.",
]
REST = [
    "The mayor said the first works would start in the spring and would last for about two years in all.",
    "Residents will be able to comment on the detailed plans at a public meeting in the town hall next month.",
]


@pytest.mark.parametrize(
    ("source", "caption"),
    [
        ("የፎቶው ባለመብት, Getty Images", "የምስሉ መግለጫ, ገበሬዎች በደረቀው ወንዝ ዳር ተሰበሰቡ"),
        ("ምንጪ ስእሊ, Getty Images", "መግለጺ ስእሊ, ሓረስቶት ኣብ ጥቓ ዝነቐጸ ሩባ ተኣኪቦም"),
    ],
)
def test_screen_reader_picture_labels(source: str, caption: str) -> None:
    article = newsclean.clean("\n".join([*LEAD, source, caption, *REST]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert [c.credit for c in article.captions] == ["Getty Images"]


# Two pages with their menus, stamp, byline, an ad slot, a share bar, a related list and the copyright line.
AMHARIC_TEXT = [
    "የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ እንዳስታወቀው በከተማዋ ዋና ዋና መንገዶች ላይ የሚካሄደው የጥገና ሥራ በሚቀጥለው ወር የሚጀመር ሲሆን ሥራው ለአራት ወራት እንደሚቆይ ተገልጿል።",
    "የቢሮው ኃላፊ እንደተናገሩት ፕሮጀክቱ በመንግሥት በጀት የሚሸፈን ሲሆን ወጪው ወደ ሁለት ቢሊዮን ብር እንደሚጠጋ ተገምቷል።",
    "ነዋሪዎች በዚህ ወቅት አማራጭ መንገዶችን እንዲጠቀሙ የተጠየቁ ሲሆን ለአውቶቡሶች ጊዜያዊ መስመሮች እንደሚዘጋጁም ተነግሯል።",
    "ይሁን እንጂ የአካባቢው ነጋዴዎች ሥራው ገቢያቸውን ሊቀንስ ይችላል የሚል ስጋት እንዳላቸው ገልጸዋል።",
    "ቢሮው በበኩሉ ሥራዎቹ በአብዛኛው በሌሊት እንደሚከናወኑ እና በንግድ እንቅስቃሴ ላይ የሚኖረው ተጽዕኖ አነስተኛ እንደሚሆን አስታውቋል።",
]
AMHARIC_MENU = ["ዋና ገጽ", "ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት"]
AMHARIC_BELOW = ["አጋራ", "ፌስቡክ", "ተዛማጅ ዜናዎች", "በባሕር ዳር አዲስ ድልድይ ተመረቀ", "© 2025 ኢቢሲ። መብቱ በሕግ የተጠበቀ ነው።"]
AMHARIC_PAGE = [
    *AMHARIC_MENU, "የአዲስ አበባ መንገዶች ጥገና በሚቀጥለው ወር ይጀመራል", "ረቡዕ፣ መስከረም 28 ቀን 2018 ዓ.ም", "ዘጋቢ፡ ሰላማዊት ካሳ",
    *AMHARIC_TEXT[:3], "ማስታወቂያ", *AMHARIC_TEXT[3:], *AMHARIC_BELOW,
]
TIGRINYA_TEXT = [
    "ምምሕዳር ከተማ መቐለ ከም ዝሓበሮ ኣብ ቀንዲ ጽርግያታት ከተማ ዝካየድ ናይ ምጽጋን ስራሕ ኣብ ዝመጽእ ወርሒ ክጅምር እዩ፣ እቲ ስራሕ ድማ ንኣርባዕተ ኣዋርሕ ክቕጽል ምዃኑ ተገሊጹ።",
    "ሓላፊ እቲ ቤት ጽሕፈት ከም ዝበልዎ እቲ ፕሮጀክት ብበጀት መንግስቲ ዝሽፈን ኮይኑ ወጻኢታቱ ድማ ናብ ክልተ ቢልዮን ብር ይቐርብ እዩ።",
    "ነበርቲ ኣብዚ እዋን እዚ ካልእ መንገዲ ክጥቀሙ ተሓቲቶም ኣለዉ፣ ንኣውቶቡሳት ድማ ግዝያዊ መስመራት ከም ዝዳለው ተሓቢሩ።",
    "ይኹን እምበር ነጋዶ ናይቲ ከባቢ እቲ ስራሕ ኣታዊኦም ክንክይ ይኽእል እዩ ዝብል ስግኣት ከም ዘለዎም ገሊጾም።",
    "እቲ ቤት ጽሕፈት ብወገኑ እቲ ስራሕ ብዝበዝሐ ብለይቲ ከም ዝካየድን ኣብ ንግዳዊ ንጥፈታት ዘለዎ ጽልዋ ውሑድ ከም ዝኸውንን ኣፍሊጡ።",
]
TIGRINYA_PAGE = [
    "ቀዳማይ ገጽ", "ዜና", "ፖለቲካ", "ቁጠባ", "ስፖርት", "ምጽጋን ጽርግያታት መቐለ ኣብ ዝመጽእ ወርሒ ክጅምር እዩ", "ሰሉስ፣ ጥቅምቲ 4/2018 ዓ.ም",
    "ጸሓፊ፡ ሰላም ገብረ", *TIGRINYA_TEXT[:3], "መወዓውዒ", *TIGRINYA_TEXT[3:], "ኣካፍሉ", "ፌስቡክ", "ተዛመድቲ ዜናታት",
    "ኣብ ዓድዋ ሓድሽ ድልድል ተመሪቑ", "© 2025 ድምጺ ወያነ። ኩሉ መሰል ዝተሓለወ እዩ።",
]


def test_a_tigrinya_page() -> None:
    article = newsclean.clean("\n".join(TIGRINYA_PAGE))
    assert list(article.paragraphs) == TIGRINYA_TEXT
    assert (article.lang, article.date, article.author) == ("ti", "2025-10-14", "ሰላም ገብረ")


def test_an_amharic_page() -> None:
    # (A lead of Amharic prose measures about 0.2 stopwords, its prepositions written onto the next word: under
    # GOOD_DENSITY, the text is found by the lines around it.)
    article = newsclean.clean("\n".join(AMHARIC_PAGE))
    assert list(article.paragraphs) == AMHARIC_TEXT
    assert (article.lang, article.date, article.author) == ("am", "2025-10-08", "ሰላማዊት ካሳ")
    assert article.title == "የአዲስ አበባ መንገዶች ጥገና በሚቀጥለው ወር ይጀመራል"
