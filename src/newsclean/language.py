"""Language of a page, and stopword density of a line.

The share of a line's words that are function words ("the", "في", "les") is the best single sign that
a line is running prose rather than a menu item, a name or a headline (jusText's insight). We reuse
jusText's stoplists for 100 languages (jusText comes with trafilatura, so this costs no extra
dependency), and lists of our own for languages it lacks (Sorani, Pashto: `lexicons/<code>/stopwords.txt`):
the page's language is the stoplist its words hit most, and each line is then measured against that
one list; a list that fits the page's prose too badly is dropped (`fits`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

import justext
import regex

from . import lexicon
from .normalize import fold

# ISO 639-1 codes of jusText's stoplist names that newsclean reports; others are reported by name.
_ISO = {
    "Arabic": "ar", "English": "en", "French": "fr", "German": "de", "Spanish": "es", "Italian": "it",
    "Portuguese": "pt", "Dutch": "nl", "Russian": "ru", "Turkish": "tr", "Persian": "fa", "Urdu": "ur",
    "Polish": "pl", "Korean": "ko", "Hebrew": "he", "Greek": "el", "Swedish": "sv", "Danish": "da",
    "Norwegian_Bokmal": "nb", "Finnish": "fi", "Czech": "cs", "Romanian": "ro", "Hungarian": "hu",
    "Indonesian": "id", "Malay": "ms", "Vietnamese": "vi", "Ukrainian": "uk", "Catalan": "ca",
    "Hindi": "hi", "Bengali": "bn", "Swahili": "sw", "Tagalog": "tl", "Croatian": "hr", "Serbian": "sr",
    "Bulgarian": "bg", "Slovak": "sk", "Slovenian": "sl", "Lithuanian": "lt", "Latvian": "lv",
    "Estonian": "et", "Galician": "gl", "Basque": "eu", "Welsh": "cy", "Irish": "ga", "Icelandic": "is",
    # (by script: jusText has no stoplist for them)
    "Chinese": "zh", "Japanese": "ja", "Thai": "th", "Khmer": "km", "Lao": "lo", "Burmese": "my",
}
# Languages with smaller Wikipedias, whose jusText lists hold English words (see _own_words).
_SMALLER = {
    "Azerbaijani": "az", "Kazakh": "kk", "Kyrgyz": "ky", "Uzbek": "uz", "Turkmen": "tk", "Kurdish": "ku",
    "Armenian": "hy", "Georgian": "ka", "Albanian": "sq", "Macedonian": "mk", "Belarusian": "be",
    "Bosnian": "bs", "Afrikaans": "af", "Maltese": "mt", "Nepali": "ne", "Marathi": "mr", "Tamil": "ta",
    "Telugu": "te", "Gujarati": "gu", "Kannada": "kn", "Malayalam": "ml", "Yoruba": "yo", "Western_Panjabi": "pa",
}
_ISO.update(_SMALLER)
# Languages jusText has no stoplist for, with one of our own (`lexicons/<code>/stopwords.txt`): without
# it a Sorani or Sindhi page reads as Arabic for a few shared words, a Pashto one as Arabic or Persian,
# a Hausa or Kinyarwanda one as Yoruba, a Somali one as Estonian; a Sinhala one was named nothing.
_OWN = {
    "Sorani": "ckb", "Pashto": "ps", "Sindhi": "sd", "Uyghur": "ug", "Somali": "so", "Hausa": "ha",
    "Kinyarwanda": "rw", "Oromo": "om", "Amharic": "am", "Tigrinya": "ti", "Sinhala": "si",
}
_ISO.update(_OWN)
_NAME = {code: name for name, code in _ISO.items()}
# Languages that write their commonest function words ("و", "ب", "ل", "ال"; "ו", "ה", "ב") as prefixes
# of the next word, or Sinhala its case endings to the noun ("-ට", "-ගේ", "-ෙන්"): a line of their prose
# has fewer free-standing stopwords than an English one.
ATTACHED_FUNCTION_WORDS = frozenset({"ar", "he", "fa", "ur", "si"})
# Languages whose stoplist names the page but cannot measure its prose: Amharic and Tigrinya write
# their prepositions and conjunctions onto the next word ("የ", "በ", "ለ", "ከ", "-ና"), so a paragraph
# holds a tenth of stopwords or less; there, sentence punctuation ("።") tells prose.
NAMING_ONLY_STOPLISTS = frozenset({"am", "ti"})
# Languages whose prose ends its sentences with no mark at all (Thai and Lao leave a space): there,
# only a line's length tells a paragraph from a heading.
UNMARKED_SENTENCES = frozenset({"th", "lo"})
# Languages the detector considers: the ones above (wiki-dialects and tiny languages only add noise).
_SCRIPT_ONLY = ("Chinese", "Japanese", "Thai", "Khmer", "Lao", "Burmese")
_CANDIDATES = tuple(name for name in _ISO if name not in _SCRIPT_ONLY)


@lru_cache(maxsize=None)
def stopwords(name: str) -> frozenset[str]:
    """Folded stopwords of one jusText stoplist ("English", "Arabic", ...), or of one of ours ("Sorani")."""
    words = lexicon.data_phrases("stopwords.txt", (_OWN[name],)) if name in _OWN else justext.get_stoplist(name)
    return frozenset(fold(word).strip(".,;:!?\"'()") for word in words)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, ...]]:
    """Stopword → the candidate languages that list it. Words that start with a digit are left out:
    some stoplists list years and numbers, which say nothing of the language."""
    index: dict[str, list[int]] = {}
    for number, name in enumerate(_CANDIDATES):
        for word in _own_words(name):
            if not word[:1].isdigit():
                index.setdefault(word, []).append(number)
    return {word: tuple(langs) for word, langs in index.items()}


_LATIN = regex.compile(r"^\p{Latin}")


def _own_words(name: str) -> frozenset[str]:
    """The words of a stoplist that tell its language. Lists drawn from Wikipedia hold English words
    ("the", "about", "american" in Marathi's and Uzbek's), which would make an English page read as
    Marathi: a list in another script loses its Latin words, and the lists of the languages with
    smaller Wikipedias lose the English list's words."""
    words = stopwords(name)
    latin = {word for word in words if _LATIN.match(word)}
    if 2 * len(latin) < len(words):
        words = words - latin
    return words - stopwords("English") if name in _SMALLER else words


# Scripts that say the language by themselves, for the languages whose words carry no spaces (no
# stoplist can count their function words): kana is Japanese, Thai letters Thai, Han alone Chinese;
# Khmer, Lao and Burmese letters each name their language (Khmer letters also write Cambodia's minority
# languages, rarely its press).
_SCRIPTS = (
    ("Japanese", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("Thai", regex.compile(r"\p{Thai}")),
    ("Khmer", regex.compile(r"\p{Khmer}")),
    ("Lao", regex.compile(r"\p{Lao}")),
    ("Burmese", regex.compile(r"\p{Myanmar}")),
    ("Chinese", regex.compile(r"\p{Han}")),
)
SCRIPT_SHARE = 0.3  # of the sample's characters


def detect(words: Iterable[str]) -> str | None:
    """The jusText stoplist name that the (folded) words hit most; else the language a script of its
    own names ("Chinese", "Japanese", "Thai", "Khmer", ...); else None."""
    words = list(words)
    found = _stoplist_language(words)
    return found if found is not None else _script_language(words)


def _script_language(words: list[str]) -> str | None:
    text = "".join(words)
    if not text:
        return None
    for name, letters in _SCRIPTS:
        if len(letters.findall(text)) >= SCRIPT_SHARE * len(text):
            return name
    return None


def _stoplist_language(words: list[str]) -> str | None:
    index = _index()
    hits: dict[int, float] = {}  # language number → weighted hits, in the order languages were first hit
    for word, count in Counter(words).items():  # distinct words only: pages repeat their function words
        langs = index.get(word)
        if langs is None:
            continue
        for number in langs:
            # A word many stoplists share says little (jusText's lists, drawn from Wikipedia, hold
            # English words in many languages): it counts for each in proportion.
            hits[number] = hits.get(number, 0) + count / len(langs)
    if not hits:
        return None
    number, count = max(hits.items(), key=itemgetter(1))  # the first of equals wins, as Counter.most_common
    if count < 3:
        return None
    return _kin_language(_CANDIDATES[number], count, hits, words)


# Languages that share a script and much vocabulary: Nepali's list, drawn from Wikipedia, holds 1,490
# words, many of them the Sanskrit nouns a Hindi page uses ("योजना", "सुरक्षा"), so a Hindi page can hit
# it more than Hindi's 353. Between kin that come out close, the page's function words decide (the verb
# "to be" and the postpositions: `lexicons/<code>/markers.txt`).
_KIN = (frozenset({"Hindi", "Nepali", "Marathi"}),)
KIN_MARGIN = 0.5  # a kin language's hits, at least this share of the winner's, make it a rival


def _kin_language(name: str, count: float, hits: dict[int, float], words: list[str]) -> str:
    group = next((group for group in _KIN if name in group), None)
    if group is None:
        return name
    rivals = [_CANDIDATES[number] for number, hit in hits.items() if _CANDIDATES[number] in group and hit >= KIN_MARGIN * count]
    if len(rivals) < 2:
        return name
    present = set(words)
    marked = {rival: len(_markers(rival) & present) for rival in rivals}
    best = max(marked.values())
    return name if marked[name] == best else max(rivals, key=lambda rival: marked[rival])


@lru_cache(maxsize=None)
def _markers(name: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.data_phrases("markers.txt", (_ISO[name],)))


FIT_LINE_WORDS = 10  # the lines that may be prose
MIN_FIT = 0.08  # of their words, the stoplist's at least (prose: 0.3 and more; Sorani under Arabic's: 0.04)
FIT_SAMPLE = 100  # words of such lines, at least, to judge by (a shop's page has a few long lines of names)


def fits(stopwords: frozenset[str], token_lines: Iterable[list[str]]) -> bool:
    """Whether a stoplist describes a page's prose. The detector names the closest list even for a
    language it has none for: a Sorani page shares a few words with Arabic's ("و", "لە"), but its
    paragraphs then measure 0.03 stopwords, and every one would read as a heading."""
    words = hits = 0
    for tokens in token_lines:
        if len(tokens) >= FIT_LINE_WORDS:
            words += len(tokens)
            hits += sum(map(stopwords.__contains__, tokens))
    return words < FIT_SAMPLE or hits >= MIN_FIT * words


def iso_code(name: str | None) -> str | None:
    """"Arabic" → "ar"; unknown names are returned lower-cased."""
    if name is None:
        return None
    return _ISO.get(name, name.lower())


def stoplist_for(code_or_name: str | None) -> frozenset[str]:
    """The stopwords that measure a page's prose, for an ISO code ("ar") or a jusText name ("Arabic");
    empty when unknown, and for a language whose list only names it (NAMING_ONLY_STOPLISTS)."""
    if not code_or_name:
        return frozenset()
    name = _NAME.get(code_or_name.lower(), code_or_name)
    if _ISO.get(name) in NAMING_ONLY_STOPLISTS:
        return frozenset()
    try:
        return stopwords(name)
    except (ValueError, KeyError, OSError):
        return frozenset()


def normalise(code: str) -> str | None:
    """ "ar", "AR", "ar-EG", "ar_EG" → "ar"; "Arabic" → "ar"; a language newsclean has no stoplist
    for (or no language at all) → None."""
    base = code.strip().replace("_", "-").split("-")[0]
    if base.lower() in _NAME:
        return base.lower()
    name = base[:1].upper() + base[1:].lower()
    return _ISO.get(name)
