"""Site rules: learning from pages of one site, applying to a new page, the rules file, the CLI.

The fixture sites (tests/fixtures/sites/<site>/pageN.txt, with the article body in pageN.expected.txt)
are invented: an English, an Arabic and a French local paper, four pages each, with the chrome such
sites have (menus, a date stamp, a promo line inside the text, "read also" teasers, a footer). Each
page is cleaned with rules learned from the other three (leave-one-out).
"""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Label, NewscleanError, RuleSet, SiteRules
from newsclean.cli_learn import main as learn_main
from newsclean.normalize import fold
from newsclean.siterules import Rule, load_rules_dir, page_keys, resolve_rules, template

SITES_DIR = Path(__file__).parent / "fixtures" / "sites"
SITES = sorted(path for path in SITES_DIR.iterdir() if path.is_dir())


def _pages(site: Path) -> list[Path]:
    return sorted(path for path in site.glob("page*.txt") if not path.name.endswith(".expected.txt"))


def _body(page: Path) -> list[str]:
    return page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8").splitlines()


def _learn_without(site: Path, held: Path) -> SiteRules:
    return newsclean.learn([page for page in _pages(site) if page != held], site=site.name)


def _site_rule(line: newsclean.LabelledLine) -> bool:
    return any(rule.startswith("site.") for _, rule, _ in line.decisions)


# ---------------------------------------------------------------------------------------------------
# Learning and applying on the fixture sites


def test_there_are_fixture_sites() -> None:
    assert len(SITES) >= 3
    assert all(len(_pages(site)) >= 4 for site in SITES)


@pytest.mark.parametrize("held", range(4))
@pytest.mark.parametrize("site", SITES, ids=lambda path: path.name)
def test_leave_one_out_gives_the_exact_body(site: Path, held: int) -> None:
    page = _pages(site)[held]
    rules = _learn_without(site, page)
    article = newsclean.clean(page.read_text(encoding="utf-8"), rules=rules)
    expected = _body(page)
    missing = [line for line in expected if line not in article.paragraphs]
    extra = [line for line in article.paragraphs if line not in expected]
    assert not missing and not extra, f"missing {missing}\nextra {extra}"


@pytest.mark.parametrize("site", SITES, ids=lambda path: path.name)
def test_recurring_chrome_is_labelled_by_a_site_rule(site: Path) -> None:
    pages = _pages(site)
    held = pages[-1]
    rules = _learn_without(site, held)
    others = [set(page_keys(page.read_text(encoding="utf-8"))) for page in pages[:-1]]
    body = set(_body(held))
    article = newsclean.clean(held.read_text(encoding="utf-8"), rules=rules)
    for line in article.lines:
        key = fold(line.text)
        own_headline = line.text == article.title  # other pages list it as a teaser; here it is the title
        if line.text and line.text not in body and not own_headline and sum(key in keys for keys in others) >= 2:
            assert _site_rule(line), f"recurring chrome without a site rule: {line.text!r} {line.decisions}"
    for line in article.lines:  # and a site rule never touched the article's text
        if line.text in body:
            assert not _site_rule(line), line


def test_the_rule_name_and_support_are_explained() -> None:
    site = SITES_DIR / "dailyharbor.example"
    held = _pages(site)[0]
    article = newsclean.clean(held.read_text(encoding="utf-8"), rules=_learn_without(site, held))
    promo = next(line for line in article.lines if line.text.startswith("Support local journalism"))
    label, rule, detail = next(d for d in promo.decisions if d[1].startswith("site."))
    assert rule == "site.exact" and "3/3 pages" in detail and label is not Label.BODY


def test_date_stamps_become_one_template() -> None:
    site = SITES_DIR / "akhbar-alwadi.example"
    rules = newsclean.learn(_pages(site), site=site.name)
    stamp = template(fold("GMT 00:22:46 آخر تحديث: الثلاثاء 12 مارس 2024"))
    assert stamp == "gmt # اخر تحديث: <day> # <month> #"
    found = [rule for rule in rules.rules if rule.kind == "template" and rule.pattern == stamp]
    assert found and found[0].support == (4, 4) and found[0].label is Label.DATE
    # its instances are not kept as lines of their own
    assert not any(rule.kind == "exact" and "gmt" in rule.pattern for rule in rules.rules)


@pytest.mark.parametrize(
    ("site", "name"),
    [("dailyharbor.example", "Daily Harbor"), ("akhbar-alwadi.example", "أخبار الوادي"),
     ("lecho-des-collines.example", "L'Écho des collines")],
)
def test_site_names_are_found(site: str, name: str) -> None:
    rules = newsclean.learn(_pages(SITES_DIR / site), site=site)
    assert rules.names[0] == site and name in rules.names
    assert any(rule.label is Label.SITE_NAME and rule.pattern == fold(name) for rule in rules.rules)


def test_footer_marker_and_labels() -> None:
    site = SITES_DIR / "dailyharbor.example"
    rules = newsclean.learn(_pages(site), site=site.name)
    kinds = {(rule.kind, rule.pattern): rule for rule in rules.rules}
    assert kinds[("after", "share this article")].label is Label.FOOTER
    assert kinds[("exact", "skip to content")].where == "before"
    assert kinds[("exact", "registered office: 1 quay street, portsmouth po1 2ab")].where == "after"


def test_a_teaser_of_this_page_is_its_headline_not_chrome() -> None:
    """Other pages list this page's headline under "Most read": on this page it stays the title."""
    site = SITES_DIR / "dailyharbor.example"
    held = _pages(site)[0]
    article = newsclean.clean(held.read_text(encoding="utf-8"), rules=_learn_without(site, held))
    headline = next(line for line in article.lines if line.text.startswith("Harbour pilots warn"))
    assert not _site_rule(headline)


def test_supervised_pairs() -> None:
    site = SITES_DIR / "dailyharbor.example"
    pages = _pages(site)
    promo = "Support local journalism and become a Daily Harbor member from £5 a month"
    pairs = [(page.read_text(encoding="utf-8"), "\n".join(_body(page))) for page in pages[:3]]
    rules = newsclean.learn(pairs=pairs, site=site.name)
    assert any(fold(promo) == rule.pattern for rule in rules.rules)  # recurring and not in the bodies
    article = newsclean.clean(pages[3].read_text(encoding="utf-8"), rules=rules)
    assert list(article.paragraphs) == _body(pages[3])
    # a line the corrected bodies keep is never chrome, however often it recurs
    kept = [(raw, body + "\n" + promo) for raw, body in pairs]
    rules = newsclean.learn(pairs=kept, site=site.name)
    assert not any(fold(promo) == rule.pattern for rule in rules.rules)


def test_learn_reads_paths_and_needs_two_pages(tmp_path: Path) -> None:
    site = SITES_DIR / "lecho-des-collines.example"
    from_paths = newsclean.learn(_pages(site), site=site.name)
    from_strings = newsclean.learn([str(page) for page in _pages(site)], site=site.name)
    from_texts = newsclean.learn([page.read_text(encoding="utf-8") for page in _pages(site)], site=site.name)
    assert from_paths == from_strings == from_texts
    with pytest.raises(NewscleanError, match="at least two pages"):
        newsclean.learn([_pages(site)[0]], site=site.name)


def test_good_lines_need_a_strong_rule() -> None:
    sentence = "The minister said on Tuesday that the new law would be passed before the summer recess."
    rules = SiteRules("x.example", rules=(Rule("exact", fold(sentence), Label.BOILERPLATE, (2, 10)),))
    page = "\n".join(["Home", sentence, "Another long sentence of the article follows here with more words in it."])
    assert sentence in newsclean.clean(page, rules=rules).paragraphs
    strong = SiteRules("x.example", rules=(Rule("exact", fold(sentence), Label.BOILERPLATE, (8, 10)),))
    assert sentence not in newsclean.clean(page, rules=strong).paragraphs


# ---------------------------------------------------------------------------------------------------
# Properties

WORDS_A = "harbour ferry quay tide pilot cargo crane dock mooring buoy anchor keel".split()
WORDS_B = "سوق نهر قمح نخيل حصاد قرية مزارع صومعة ساقية بستان طريق جسر".split()


def _site_pages(words: list[str]) -> st.SearchStrategy[list[str]]:
    line = st.lists(st.sampled_from(words), min_size=1, max_size=14).map(" ".join)
    chrome = st.lists(line, min_size=3, max_size=8)
    page = st.lists(st.one_of(line, line.map(lambda text: text + ".")), min_size=1, max_size=12)
    return st.tuples(chrome, st.lists(page, min_size=2, max_size=5)).map(
        lambda parts: ["\n".join([*parts[0][:2], *body, *parts[0][2:]]) for body in parts[1]]
    )


@settings(max_examples=25, deadline=None)
@given(_site_pages(WORDS_A))
def test_learning_and_applying_are_deterministic(pages: list[str]) -> None:
    first, second = newsclean.learn(pages, site="a.example"), newsclean.learn(list(pages), site="a.example")
    assert first == second and first.to_toml() == second.to_toml()
    one = newsclean.clean(pages[0], rules=first)
    two = newsclean.clean(pages[0], rules=second)
    assert [line.decisions for line in one.lines] == [line.decisions for line in two.lines]


@settings(max_examples=25, deadline=None)
@given(_site_pages(WORDS_A), _site_pages(WORDS_B))
def test_rules_of_one_site_never_fire_on_another(pages_a: list[str], pages_b: list[str]) -> None:
    rules = newsclean.learn(pages_a, site="a.example")
    for page in pages_b:
        assert not any(_site_rule(line) for line in newsclean.clean(page, rules=rules).lines)


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)
_rules = st.builds(
    Rule,
    kind=st.sampled_from(["exact", "template", "section", "after"]),
    pattern=_text,
    label=st.sampled_from([label for label in Label if label not in (Label.BODY, Label.BLANK)]),
    support=st.tuples(st.integers(0, 50), st.integers(50, 100)),
    where=st.sampled_from(["", "before", "inside", "after"]),
    extent=st.integers(0, 30),
)
_site_rules = st.builds(
    SiteRules,
    site=_text.map(str.strip),
    names=st.lists(_text, max_size=3).map(tuple),
    url_patterns=st.lists(_text, max_size=2).map(tuple),
    rules=st.lists(_rules, max_size=8).map(tuple),
    pages=st.integers(0, 100),
)


@settings(max_examples=60, deadline=None)
@given(_site_rules)
def test_save_then_load_round_trips_exactly(tmp_path_factory: pytest.TempPathFactory, rules: SiteRules) -> None:
    folder = tmp_path_factory.mktemp("rules")
    for name in ("rules.toml", "rules.json"):
        path = rules.save(folder / name)
        assert SiteRules.load(path) == rules


# ---------------------------------------------------------------------------------------------------
# The file format: readable, and every mistake named


def test_the_toml_file_reads_well(tmp_path: Path) -> None:
    rules = newsclean.learn(_pages(SITES_DIR / "dailyharbor.example"), site="dailyharbor.example")
    text = rules.save(tmp_path / "dailyharbor.example.toml").read_text(encoding="utf-8")
    assert "version = 1" in text and "site = 'dailyharbor.example'" in text
    assert "{ kind = 'exact', label = 'navigation', support = [4, 4], where = 'before', pattern = 'skip to content' }," in text
    assert "We published" not in text and "pilots said the narrow approach channel" not in text  # no article text
    assert len(text.splitlines()) == len(rules.rules) + 13  # a header, then one line per rule


GOOD = """version = 1
site = "x.example"
rules = [
  { kind = "exact", label = "navigation", support = [3, 3], pattern = "home" },
  { kind = "regex", label = "footer", support = [3, 3], pattern = "^© \\\\d{4}" },
]
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"regex", label = "footer", support = [3, 3], pattern = "^© \\\\d{4}"',
          '"regex", label = "footer", support = [3, 3], pattern = "(unclosed"'), r"line 5, rule 2: invalid regex"),
        (('kind = "exact"', 'kind = "fuzzy"'), r"line 4, rule 1: unknown kind 'fuzzy'"),
        (('label = "navigation"', 'label = "menu"'), r"line 4, rule 1: unknown label 'menu'"),
        (('label = "navigation"', 'label = "body"'), r"rule 1: unknown label 'body'"),
        (("version = 1", "version = 2"), r"unsupported version 2"),
        (("support = [3, 3], pattern = \"home\"", "support = [4, 3], pattern = \"home\""), r"rule 1: 'support'"),
        (('pattern = "home"', 'pattern = "home", colour = "red"'), r"rule 1: unknown key 'colour'"),
        (("rules = [", "rules = [[["), r"invalid TOML"),
    ],
)
def test_invalid_files_name_the_file_and_the_rule(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert SiteRules.loads(GOOD).rules[1].pattern == "^© \\d{4}"
    path = tmp_path / "bad.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(NewscleanError, match=message) as caught:
        SiteRules.load(path)
    assert str(path) in str(caught.value)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n "version": 1,\n "site": "x.example",\n "rules": [\n  {"kind": "exact", "pattern": "a", "label": "nav"}\n ]\n}', encoding="utf-8")
    with pytest.raises(NewscleanError, match=r"bad.json: line 5, rule 1: unknown label 'nav'"):
        SiteRules.load(path)
    path.write_text('{"version": 1,', encoding="utf-8")
    with pytest.raises(NewscleanError, match=r"bad.json: line 1: invalid JSON"):
        SiteRules.load(path)


def test_a_catastrophic_regex_times_out_and_is_disabled() -> None:
    rules = SiteRules(
        "x.example",
        rules=(
            Rule("regex", r"(a|aa)+$", Label.BOILERPLATE, (3, 3)),
            Rule("regex", r"subscribe to", Label.NEWSLETTER, (3, 3)),
        ),
    )
    page = "\n".join(["a" * 40 + "!"] * 200 + ["Subscribe to our newsletter", "The minister said on Tuesday that the law would pass."])
    started = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = newsclean.clean(page, rules=rules)
    assert time.perf_counter() - started < 5
    assert any("timed out" in str(warning.message) for warning in caught)
    subscribe = next(line for line in article.lines if line.text.startswith("Subscribe"))
    assert any(rule == "site.regex" for _, rule, _ in subscribe.decisions)


# ---------------------------------------------------------------------------------------------------
# Many sites: picking by URL or by name, rules directories


def _rules_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    for site in SITES:
        newsclean.learn(_pages(site), site=site.name).save(folder / f"{site.name}.toml")
    return folder


def test_pick_by_url_and_by_name(tmp_path: Path) -> None:
    folder = _rules_dir(tmp_path)
    rule_set = load_rules_dir(folder)
    assert isinstance(rule_set, RuleSet) and len(rule_set) == 3
    assert load_rules_dir(folder) is rule_set  # cached
    assert rule_set.for_url("https://www.dailyharbor.example/news/2024/06/x").site == "dailyharbor.example"
    assert rule_set.for_url("http://sport.akhbar-alwadi.example/a/1").site == "akhbar-alwadi.example"
    assert rule_set.for_url("https://elsewhere.example/") is None
    text = (SITES_DIR / "lecho-des-collines.example" / "page2.txt").read_text(encoding="utf-8")
    assert rule_set.for_text(text).site == "lecho-des-collines.example"
    assert resolve_rules(folder, None, text).site == "lecho-des-collines.example"
    assert rule_set.for_text("Nothing to see here.\nJust a line.") is None


def test_clean_with_a_rules_dir(tmp_path: Path) -> None:
    folder = _rules_dir(tmp_path)
    page = SITES_DIR / "dailyharbor.example" / "page2.txt"
    by_url = newsclean.clean(page.read_text(encoding="utf-8"), url="https://dailyharbor.example/a", rules_dir=folder)
    by_name = newsclean.clean(page.read_text(encoding="utf-8"), rules_dir=folder)
    assert list(by_url.paragraphs) == list(by_name.paragraphs) == _body(page)
    assert any(_site_rule(line) for line in by_name.lines)
    with pytest.raises(NewscleanError, match="rules directory not found"):
        newsclean.clean("x", rules_dir=tmp_path / "missing")


def test_picking_among_many_sites_is_a_lookup(tmp_path: Path) -> None:
    many = RuleSet([SiteRules(f"site{number}.example", rules=(Rule("exact", f"menu {number}", Label.NAVIGATION, (3, 3)),))
                    for number in range(1000)])
    started = time.perf_counter()
    for number in range(0, 1000, 7):
        assert many.for_url(f"https://www.site{number}.example/x").site == f"site{number}.example"
    assert time.perf_counter() - started < 0.5


# ---------------------------------------------------------------------------------------------------
# The command line


def test_cli_learns_a_site_from_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rules" / "dailyharbor.example.toml"
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in _pages(SITES_DIR / "dailyharbor.example"):
        (pages / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    assert learn_main(["--site", "dailyharbor.example", str(pages), "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    assert SiteRules.load(out) == newsclean.learn(sorted(pages.iterdir()), site="dailyharbor.example")
    # into a directory, as JSON
    assert learn_main(["--site", "dailyharbor.example", str(pages), "-o", str(tmp_path / "out") + "/", "--format", "json"]) == 0
    assert json.loads((tmp_path / "out" / "dailyharbor.example.json").read_text(encoding="utf-8"))["version"] == 1


def test_cli_uses_expected_bodies_as_examples(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in _pages(SITES_DIR / "dailyharbor.example")[:3]:
        (pages / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
        (pages / f"{page.stem}.expected.txt").write_text("\n".join(_body(page)), encoding="utf-8")
    out = tmp_path / "x.toml"
    assert learn_main(["--site", "dailyharbor.example", str(pages), "-o", str(out)]) == 0
    assert SiteRules.load(out).pages == 3


def test_cli_jsonl_writes_one_file_per_domain(tmp_path: Path) -> None:
    records = []
    for site in SITES:
        for number, page in enumerate(_pages(site)):
            records.append({"url": f"https://www.{site.name}/article/{number}", "text": page.read_text(encoding="utf-8")})
    records.append({"url": "https://lonely.example/1", "text": "one page only"})
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records), encoding="utf-8")
    out = tmp_path / "rules"
    assert learn_main([str(crawl), "-o", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{site.name}.toml" for site in SITES)
    loaded = SiteRules.load(out / "dailyharbor.example.toml")
    assert loaded.url_patterns == ("dailyharbor.example/article/*",)


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["page.txt"], 2, "--site is required"),
        (["--site", "x.example", "missing-dir"], 1, "no such file or directory"),
        (["--site", "x.example", "one.txt"], 1, "need at least 2 pages"),
        (["crawl.jsonl"], 2, "give an output directory"),
        (["--site", "x.example", "one.txt", "--min-support", "1"], 2, "--min-support must be at least 2"),
        (["--bogus"], 2, ""),
    ],
)
def test_cli_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    argv: list[str], code: int, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("a page", encoding="utf-8")
    (tmp_path / "one.txt").write_text("a page", encoding="utf-8")
    (tmp_path / "crawl.jsonl").write_text('{"url": "https://a.example/1", "text": "x"}\n', encoding="utf-8")
    assert learn_main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    if code == 1:
        assert err.count("\n") == 1 and "Traceback" not in err


# ---------------------------------------------------------------------------------------------------
# Benchmark smoke (skipped without ../shared)


def test_benchmark_smoke() -> None:
    import sys

    bench = Path(__file__).resolve().parent.parent / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        from _common import find_shared
    finally:
        sys.path.remove(str(bench))
    if find_shared() is None:
        pytest.skip("../shared/bench not found")
    import subprocess

    result = subprocess.run([sys.executable, str(bench / "sites.py"), "--smoke", "--jobs", "1"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "mean F1 with rules" in result.stdout


def _blog_page(own: int) -> str:
    """A page of an invented blog whose "Recently published" list, under every page, quotes each
    article's headline and first sentence, this page's own included."""
    stories = [
        ("Night buses return to the valley after two years",
         ["The council voted on Monday to bring back the three night routes that were cut in the spring of last year.",
          "Drivers will start at eleven and the last bus leaves the square at half past three in the morning.",
          "Shop owners in the old town had asked for the routes since the pubs reopened their late licences."]),
        ("A bakery on Mill Lane wins the county's bread prize",
         ["The judges tasted forty loaves before they gave the prize to a sourdough made with flour from the mill.",
          "The baker, who opened the shop four years ago, said she would keep the price at three pounds a loaf.",
          "The prize comes with a week of lessons for two apprentices at the college in the county town."]),
        ("Flooded footpath by the river will be raised by a metre",
         ["Walkers have waded through the lower path every winter since the embankment was moved upstream.",
          "The works will close the path for six weeks, and a diversion will follow the road past the school.",
          "The parish paid a third of the cost, and a grant from the national park covers the rest of it."]),
        ("The library's reading club turns twenty this month",
         ["Twelve readers met in the back room of the library in the first year, and sixty came to the last meeting.",
          "The club reads one novel a month and one book of poems each summer, chosen by a vote of the members.",
          "A party with the writers who visited the club over the years will be held on the last Friday."]),
    ]
    title, paragraphs = stories[own]
    lines = ["Valley Notes", "Home", "Archive", "About", title, "March 4, 2025", "By Ann Carver", *paragraphs,
             "View Comments", "Add yours »", "Recently published"]
    for other_title, other_paragraphs in stories:
        lines += [other_title, other_paragraphs[0], "Read more »"]
    lines += ["Copyright 2025 Valley Notes. All rights reserved."]
    return "\n".join(lines) + "\n"


def test_a_page_quoted_by_the_sites_recent_list_keeps_its_lead() -> None:
    """The other pages show this page's headline and first sentence in their list under the text, so
    the rules learn them as teasers; on this page, above the text, they are its title and lead."""
    for own in range(4):
        rules = newsclean.learn([_blog_page(other) for other in range(4) if other != own], site="valleynotes.example")
        article = newsclean.clean(_blog_page(own), rules=rules)
        page = _blog_page(own).splitlines()
        assert article.title == page[4]
        assert list(article.paragraphs) == page[7:10]
        assert list(newsclean.clean(_blog_page(own)).paragraphs) == page[7:10]  # without rules too


_POSTS = [
    ("Tip of the Week: Steady That Phone Camera Shot", "November 12",
     "Bracing your elbows against your chest keeps a phone steady enough for sharp pictures in dim light."),
    ("A Free Lesson in Lighting Your Photos", "November 09",
     "A photographer's online course shows how a desk lamp and a white sheet can replace the lights of a studio."),
    ("Q&A: Removing a Browser Add-on", "November 08",
     "If you suspect that a browser add-on is slowing your computer down, you can disable it in the settings menu."),
    ("An Audio Dock That Joins Two Old Brands", "November 07",
     "A new speaker dock pairs a phone maker's connector with the amplifier of a company that was founded in 1949."),
    ("How I Got That Shot: A Night Market", "November 06",
     "Shooting at a slow shutter speed let the lanterns trail across the frame while the stalls stayed sharp and still."),
    ("Q&A: Filtering Videos for Children", "November 05",
     "The video site has its own safety mode that hides most offensive clips, but other programs can do more for parents."),
    ("A Password That Is a Lie Can Be Safer", "November 02",
     "Answering the security questions with an unrelated answer makes for passwords that are easy to remember and hard to guess."),
    ("The Many Flavors of a Phone System", "November 01",
     "Two tablets from rival makers run the same operating system underneath, but each company adds its own shops and menus."),
    ("Charging a Dead Phone by the Campfire", "October 31",
     "A small pot that turns the heat of a fire into electricity can charge a phone in about two hours on a camping trip."),
    ("Better Pictures With a Clip-On Light", "October 30",
     "A ring of small lights that clips onto the phone's edge softens the shadows on faces in pictures taken indoors at night."),
]


def _gadget_blog_page(own: int) -> str:
    """A blog's post with, under it, "Related Posts" and a "Recent Posts" sidebar that gives four other
    posts each with its date, headline and summary (different ones on each page)."""
    title, _, lead = _POSTS[own]
    text = [lead, "The first thing to check is the exposure, which most phones set for the brightest part of the scene.",
            "Then hold the button down rather than tapping it, so that the phone does not move as it fires."]
    count = len(_POSTS)
    lines = ["Gadget Notes", "Home", "Apps", "Photography", title, "By Ann Carver", *text, "Related Posts", "From Gadget Notes",
             _POSTS[(own + 5) % count][0], _POSTS[(own + 6) % count][0], "Recent Posts"]
    for step in range(1, 5):
        headline, date, summary = _POSTS[(own + step) % count]
        lines += [date, headline, summary]
    lines += ["Archive", "Follow This Blog", "© 2012 Gadget Notes"]
    return "\n".join(lines) + "\n"


def test_a_sidebars_teaser_summaries_stay_out_with_rules() -> None:
    """The rules remove the sidebar's dates and headlines (each summary recurs on too few pages for a
    rule on prose); the summaries left are no paragraphs in a row (the text going on under a box):
    they stay outside the text."""
    count = len(_POSTS)
    for own in range(count):
        page = _gadget_blog_page(own)
        rules = newsclean.learn([_gadget_blog_page(other) for other in range(count) if other != own], site="gadgetnotes.example")
        assert list(newsclean.clean(page, rules=rules).paragraphs) == list(newsclean.clean(page).paragraphs) == page.splitlines()[6:9]
