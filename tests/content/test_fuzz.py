"""Property tests (hypothesis) over the stages that read untrusted input.

The promise under test: whatever the content folder holds, Briefing reports *content problems*
(a file, a line where there is one, a message on one line) and never crashes. Each property names
the only exception its function may raise.

Number of cases: ``BRIEFING_FUZZ_EXAMPLES`` per property (default 200, the normal test run, with a
fixed seed so CI is stable). ``scripts/fuzz`` runs a long randomised campaign (10,000 per property
by default) and records every input tried when ``BRIEFING_FUZZ_LOG`` names a file. Every crash a
campaign finds becomes a regression test (the ``@example`` lines and the tests at the end).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import string
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from generator.content import schema
from generator.content.blocks import normalise_newlines
from generator.content.cleaner import KINDS, clean_text
from generator.content.files import UnreadableFile, decode_bytes
from generator.content.load import load
from generator.content.problems import ContentError, Problems
from generator.content.readers import clean_source, read_source
from generator.content.validation import validate
from generator.content.yamlsource import YamlDoc, parse_yaml
from generator.render.charts.specs import chart_specs
from generator.render.escaping import md_attr, md_text
from generator.render.print import document
from generator.site.frontmatter import FrontMatterError, read
from generator.site.navigation import with_title
from generator.site.pipeline import generate
from generator.text.characters import UNCARRIABLE, carriable, isolate_bidi
from generator.text.dates import parse_fuzzy_date, parse_published
from generator.text.relative_dates import UnresolvableDate, resolve
from tests.conservation import faults

pytestmark = [pytest.mark.slow, pytest.mark.fuzz]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "200"))
#: The whole-pipeline properties run the example briefing end to end (about 0.3 s a case); a
#: long campaign gives them fewer cases than the readers (scripts/fuzz: a tenth).
PIPELINE_EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_PIPELINE_EXAMPLES", str(EXAMPLES)))
RANDOM = os.environ.get("BRIEFING_FUZZ_RANDOM") == "1"
LOG = os.environ.get("BRIEFING_FUZZ_LOG")

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # first calls import dateparser, trafilatura...; time is checked elsewhere
    derandomize=not RANDOM,
    database=None if not RANDOM else settings.default.database,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much, HealthCheck.large_base_example],
)

FUZZ_PIPELINE = settings(FUZZ, max_examples=PIPELINE_EXAMPLES)


@contextmanager
def case(prop: str, **inputs: Any) -> Iterator[None]:
    """Run one case; with BRIEFING_FUZZ_LOG set, append the input and its outcome to the log."""
    outcome = "ok"
    try:
        yield
    except BaseException as exc:
        outcome = f"exception {type(exc).__name__}: {str(exc)[:200]}"
        raise
    finally:
        if LOG:
            record = {"property": prop, "outcome": outcome,
                      **{k: repr(v)[:400] for k, v in inputs.items()}}
            with open(LOG, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def assert_reportable(problems: Problems, text: str | None = None, offset: int = 0) -> None:
    """Every problem names a file, has a one-line message, and a line inside the text."""
    for p in problems.items:
        assert p.path and p.message and "\n" not in p.message + p.hint, p
        assert p.line >= 0 and p.col >= 0, p
        if text is not None:  # YAML also breaks lines at \r, NEL and U+2028/9
            breaks = len(re.findall(r"\r\n|[\n\r\x85\u2028\u2029]", text))
            assert 1 + offset <= p.line <= breaks + 2 + offset, (p, text[:200])


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------

#: Pieces of YAML syntax, combined at random with short text.
YAML_PIECES = [
    "\n", "\n  ", "\n    ", "- ", ": ", "? ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ", "*b",
    "<<: ", "!!python/object/apply:os.system ", "!!str ", "!tag ", "!!binary ", "'", '"', "#",
    "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "|\n  ", ">-\n  ", "\t", "\\",
    "\x00", "\x07", "\ufeff", "\u2028", "\x85", "~", "null", "true", "yes", "1e400", "0x1F",
    "0o17", "017", "1_000", ".inf", ".nan", "2017-08-30", "9" * 5000, "1" + "0" * 400, "-1e400",
    "id", "title", "events", "reports", "article", "quote", "date", "value", "outlets", "name",
    "~2017-08", "é", "حميمة",
]
yaml_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=8)), max_size=60)
    .map("".join),
)

#: Values as the YAML builder produces them: text, numbers (inf from 1e400), bools, None.
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=False), st.text(max_size=40),
    st.sampled_from(["2017-08-30", "~2017-08", "2017-08-26/2017-08-27", "2017-02-30", "0000",
                     "about 2017", "levant-wire-convoy", "../../etc/passwd", "about", "up-to",
                     "Asia/Beirut", "2017-08-30T21:10:00+03:00", "", " ", "\x00"]),
)
ALL_MODELS = (schema.Briefing, schema.Outlet, schema.Lean, schema.ArticleMeta, schema.Event,
              schema.EventReport, schema.Figure, schema.FigureReport, schema.Quote,
              schema.QuoteReport, schema.Entity, schema.Era, schema.FactSheet, schema.OutletsFile)
#: Numbers as a fact sheet may write them, within and far beyond what a float holds.
numbers = st.one_of(
    st.integers(-10**400, 10**400).map(str),
    st.floats().map(repr),
    st.sampled_from(["1e400", "-1e400", "1e308", "-0.0", ".inf", "[1, 1e400]", "[5, 1]",
                     "[1, 2, 3]", "[]", "[-1e400, 1e400]", "0x7fffffffffffffff", "1_0e3"]),
)
FIELD_NAMES = sorted({name for model in ALL_MODELS for name in model.model_fields})
keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10))
data_trees = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(keys, children, max_size=8)),
    max_leaves=40,
)
MODELS = [schema.Briefing, schema.Outlet, schema.OutletsFile, schema.ArticleMeta, schema.Event,
          schema.Figure, schema.Quote, schema.Entity, schema.Era, schema.FactSheet]


# --------------------------------------------------------------------------------------------
# YAML loader and schema
# --------------------------------------------------------------------------------------------


@FUZZ
@given(text=yaml_texts, offset=st.sampled_from([0, 1]))
@example(text="a: &a [*a]", offset=0)  # recursive alias: RecursionError (fixed)
@example(text="[" * 30_000, offset=0)  # deep nesting: crashed the C composer (fixed)
@example(text="a: \ud800", offset=0)  # lone surrogate: UnicodeEncodeError (fixed)
@example(text="a: b\nc: \x00", offset=1)  # reader error: two-line message at 1:1 (fixed)
def test_parse_yaml_never_raises(text: str, offset: int) -> None:
    problems = Problems()
    with case("parse_yaml", text=text):
        doc = parse_yaml(text, Path("facts/x.yaml"), problems, line_offset=offset)
    assert doc is not None or problems.errors, "refused without saying why"
    assert_reportable(problems, text, offset)


@FUZZ
@given(data=st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(),
              st.floats(allow_nan=False, allow_infinity=False), st.text()),
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(st.text(), children, max_size=5)),
    max_leaves=30))
def test_parse_yaml_reads_json_back_as_the_same_data(data: Any) -> None:
    """JSON is YAML: what json.dumps wrote, parse_yaml must read back unchanged."""
    text = json.dumps(data, ensure_ascii=False)  # C0 controls come out as \u escapes
    # YAML itself refuses these characters (reported, see above) or reads them as line breaks.
    assume(not re.search(r"[\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]", text))
    # C0 controls, which json.dumps escapes, are read and replaced with a warning (no page, YAML
    # or PDF can carry them): test_carriable_text_is_valid_yaml_xml_and_utf8 covers them
    # (and so are the two json.dumps writes in short: \b and \f, a backspace and a form feed)
    assume(not re.search(r"\\u00[01][0-9a-fA-F]|\\[bf]", text))
    problems = Problems()
    with case("parse_yaml_json", text=text):
        doc = parse_yaml(text, Path("x.yaml"), problems)
    assert doc is not None and not problems.items, [p.format() for p in problems.items]
    assert doc.data == data


@FUZZ
@given(model=st.sampled_from(MODELS), data=data_trees)
@example(model=schema.Figure, data={"id": "f", "label": "x", "reports": [
    {"article": "a", "quote": "q", "value": [3, 1]}]})
@example(model=schema.Briefing, data={"[": None})  # IndexError in validation._message (fixed)
@example(model=schema.Figure, data={"id": "f", "label": "x", "reports": [
    {"article": "a", "quote": "q", "value": [1, "x"], "int": 3}]})
def test_validate_never_raises(model: type, data: Any) -> None:
    problems = Problems()
    doc = YamlDoc(path=Path("facts/x.yaml"), data=data)
    with case("validate", model=model.__name__, data=data):
        record = validate(model, data, doc, (), problems)
    assert record is not None or problems.errors, "refused without saying why"
    assert_reportable(problems)


@FUZZ
@given(model=st.sampled_from(MODELS), text=yaml_texts)
def test_validate_of_parsed_yaml_never_raises(model: type, text: str) -> None:
    problems = Problems()
    with case("parse_and_validate", model=model.__name__, text=text):
        doc = parse_yaml(text, Path("facts/x.yaml"), problems)
        if doc is not None:
            validate(model, doc.data, doc, (), problems)
    assert_reportable(problems, text)


# --------------------------------------------------------------------------------------------
# Whole content folders
# --------------------------------------------------------------------------------------------

FILE_NAMES = ["briefing.yaml", "outlets.yaml", "articles/a.txt", "articles/a.yaml",
              "articles/b.md", "articles/c.html", "articles/c.yaml", "articles/d.htm",
              "articles/B.txt", "articles/e.pdf", "facts/f.yaml", "facts/g.yml", "facts/h.txt"]
SAMPLE_FILES = sorted(p for p in (REPO / "content").rglob("*") if p.is_file())
file_bytes = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=300).map(lambda t: t.encode("utf-16")),
    yaml_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(SAMPLE_FILES).map(lambda p: p.read_bytes()),
)


@FUZZ
@given(files=st.dictionaries(st.sampled_from(FILE_NAMES), file_bytes, max_size=8))
def test_load_and_check_never_raise_on_random_files(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp, case("load", files=files):
        root = Path(tmp) / "content"
        for name, data in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
        root.mkdir(exist_ok=True)
        problems = Problems(root)
        content = load(root, problems)
        from generator.check.checks import check

        check(content, problems)
    assert_reportable(problems)


def _mutate(text: str, where: int, how: int, junk: str) -> str:
    """One edit to a file: replace, insert or delete a line, replace a value, or truncate."""
    lines = text.split("\n")
    i = where % max(len(lines), 1)
    if how == 0:
        lines[i] = junk
    elif how == 1:
        lines.insert(i, junk)
    elif how == 2:
        del lines[i]
    elif how == 3:  # the value of a key: the likeliest edit, and the most varied
        keyed = [j for j, line in enumerate(lines) if re.match(r"\s*(-\s+)?[\w-]+:\s*\S", line)]
        if not keyed:
            return text
        j = keyed[where % len(keyed)]
        lines[j] = lines[j].split(":", 1)[0] + ": " + junk
    else:
        return text[: where % (len(text) + 1)]
    return "\n".join(lines)


#: The example's files, fact sheets three times over: most of the schema is there.
EDITABLE = [p.relative_to(REPO / "content").as_posix()
            for p in SAMPLE_FILES for _ in range(3 if p.parent.name == "facts" else 1)]


@pytest.fixture(scope="module")
def example_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("fuzz-example") / "content"
    shutil.copytree(REPO / "content", dest)
    return dest


def _run_pipeline(example_content: Path, edits: list[tuple[str, int, int, str]]) -> None:
    """The example with a few edits: load, check, analyse and render either succeed or raise
    ContentError, whose problems each name a file."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        shutil.copytree(example_content, root)
        for name, where, how, junk in edits:
            path = root / name
            path.write_text(_mutate(path.read_text(encoding="utf-8"), where, how, junk),
                            encoding="utf-8", errors="surrogatepass")
        try:
            result = generate(root)
        except ContentError as exc:
            assert exc.problems
            for p in exc.problems:
                assert p.path and p.message and "\n" not in p.message, p
            return
        # What else is made from the same analysis: chart data, the PDF's HTML (not drawn).
        chart_specs(result.analysis)
        document.render_pdf_html(result.analysis)


@FUZZ_PIPELINE
@given(edits=st.lists(st.tuples(
    st.sampled_from(EDITABLE), st.integers(0, 10_000), st.sampled_from([0, 1, 2, 3, 3, 3, 4]),
    st.one_of(st.sampled_from(YAML_PIECES), scalars.map(str), scalars.map(json.dumps),
              numbers, yaml_texts)),
    min_size=1, max_size=3))
def test_the_pipeline_reports_only_content_errors(example_content: Path,
                                                  edits: list[tuple[str, int, int, str]]) -> None:
    with case("pipeline", edits=edits):
        _run_pipeline(example_content, edits)


YAML_FILES = [name for name in EDITABLE if name.endswith(".yaml")]


@FUZZ_PIPELINE
@given(edits=st.lists(st.tuples(
    st.sampled_from(YAML_FILES), st.integers(0, 10_000), st.just(3),
    st.one_of(numbers, scalars.map(json.dumps), st.sampled_from(YAML_PIECES))),
    min_size=1, max_size=4))
@example(edits=[("facts/figures.yaml", 4, 3, "1" + "0" * 400)])  # OverflowError in analyse
@example(edits=[("facts/figures.yaml", 4, 3, "1e400")])  # inf: ValueError in the chart data
def test_the_pipeline_survives_any_value_in_any_field(example_content: Path,
                                                      edits: list[tuple[str, int, int, str]],
                                                      ) -> None:
    """Every key of every YAML file of the example, given any value a YAML scalar can hold."""
    with case("pipeline_values", edits=edits):
        _run_pipeline(example_content, edits)


# --------------------------------------------------------------------------------------------
# Files, the cleaner, dates
# --------------------------------------------------------------------------------------------


@FUZZ
@given(data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=200).map(lambda t: t.encode("utf-16")),
                      st.text(max_size=200).map(lambda t: t.encode("cp1252", "ignore"))))
def test_decode_bytes_decodes_or_refuses(data: bytes) -> None:
    with case("decode_bytes", data=data):
        try:
            text, _note = decode_bytes(data)
        except UnreadableFile as exc:
            assert str(exc)
            return
    assert isinstance(text, str)


#: Lines a scraped page is made of, in several languages: story, furniture, names, dates, markup,
#: and the shapes that once made a rule slow (bench/adversarial.py has them at scale).
PAGE_LINES = [
    "Aircraft of the coalition bombed a desert road in eastern Syria on Wednesday, officials said.",
    "BEIRUT (Reuters) - The convoy stopped.", "WASHINGTON — The convoy stopped.", "Share",
    "Tweet", "Email", "Print", "Tags: a, b, c", "Tags", "Categories", "Related posts",
    "3 Comments", "Leave a Reply", "John says:", "August 30, 2017 at 9:10 pm", "Jane Doe",
    "By Jane Doe", "By Jane Doe, Reuters", "Source: Levant Wire", "© 2017 Example",
    "About the author", "Jane Doe is a journalist who writes about Syria.", "Read more…",
    "This website uses cookies.", "Home", "About us", "Contact", "Advertisement", "…", "...",
    "the story continues in lower case", "", " ", "\t", "\r", "\x0c", "\u2028", "\x85",
    " date 2023-11-04 The death toll rose to 40 on Saturday.", "• Fri Dec 1 2023",
    "Outlet Name |", "Saturday November 4, 2023, 08:18:21 PM |", "Photo: RSS Nepal",
    "pic.twitter.com/abc", "— Jane Roe (@jroe) March 23, 2021", "{{#rendered}}", "![]() ![]()",
    "How are you feeling after reading this ?", "More Must-Reads", "—PTI", "IANS",
    "(MENAFN- Gulf Times) The ministry said on Monday.", "Associated Press",
    "The post Floods in the valley first appeared on Levant Wire.", "Staff Reporter Nov 04, 2023",
    "Jane D. · 2 hours ago", "Have your say", "Lesen Sie auch:", "Continua a leggere",
    "Quelle: dpa", "vor 7 Stunden < > Embed Quelle: DPA - Länge: 00:53s - Veröffentlicht:",
    "La tormenta dejó al menos 2.000 muertos, según la Media Luna Roja.", "[Reuters/AP]",
    "काठमाडौंमा बिहीबार राति भारी वर्षा भयो।", "यो खबर पढेर तपाईंलाई कस्तो महसुस भयो ?",
    "서울에 폭우가 내렸다.", "관련기사", "قال مسؤولون إن الطريق مغلق.", "# Heading", "#",
    "1," * 60 + "!", "Al-" * 40, " " * 200 + "x", "(" * 80, "| " * 40, "A.B." * 30,
    "The storm is expected to continue until Thursday evening. [Reuters/AP/Kathimerini]",
    # round 4 of the cleaning (content/cleaning/margins.py and the pieces it added)
    "Tags:", "Nessun commento:", "Posta un commento", "26 ottobre 2011 11:030 commentiDi:",
    "world3 days ago", "A", "<![CDATA[", "Hot Line /RMF FM", "In brief",
    "- The storm is expected to continue until Thursday evening.", "See more...",
    "Articolo correlato: Nubifragio in Liguria, cinque morti", "‘D",
    "At #ValleyBeach a swimmer was rescued. @ValleyRescue", "Foto’s Site.nl/Jan Jong Boten",
    "The storm is expected to continue. TV1 | Reportage J. Roe, A. Doe.",
    # round 5 (bare labels, notes in brackets, pointers, captions ending on a slashed credit)
    "storms", "Archive Desk", "COASTLANDS", "The river rose again.(Di martedì 4 novembre 2023)",
    "The storm is expected to continue. (Ed/ Desk) 10:15 04-11-23", "(Photo www.x.example)",
    "See all the pictures of the rescue here:", "Our earlier report on the storm:",
    "Boats on the square — Jane Roe/AP/DESK", "The fire started at 3 a.m. (0100 GMT)",
    # round 6 (sentences addressed to the reader after the story)
    "Please type your comment", "Fehler entdeckt? Melden Sie sich gern bei uns.",
    "IconoTu cuenta está abierta en otra pantalla", "Si la lectura sigue aquí, se cierra.",
    "“You have to leave now,” the officer said.", "21u36",
]
page_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PAGE_LINES), st.text(max_size=30)), max_size=40)
    .map("\n".join),
    st.lists(st.sampled_from(PAGE_LINES), max_size=40).map("\n\n".join),
    st.lists(st.sampled_from(PAGE_LINES), max_size=30).flatmap(
        lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n \n"]).map(
            lambda sep: sep.join(lines))),
)
page_urls = st.one_of(
    st.just(""), st.text(max_size=60),
    st.sampled_from(["https://example.org/2023/11/04/the-death-toll-rose-to-forty/",
                     "https://www.pressreader.com/uae/gulf-news/20200806/2815608",
                     "https://example.org/?p=1", "https://ex.org/%D8%A7%D9%84-x-y-z",
                     "http://[::1", "https://a.example/" + "x-" * 500]),
)


@FUZZ
@given(text=page_texts, find_headline=st.booleans(), url=page_urls,
       language=st.sampled_from(["en", "de", "ne", "ko", "ar", "xx", ""]),
       headline=st.one_of(st.none(), st.sampled_from(PAGE_LINES), st.text(max_size=20)))
@example(text="1," * 60 + "!", find_headline=True, url="", language="en", headline=None)
def test_clean_text_loses_no_character(text: str, find_headline: bool, url: str, language: str,
                                       headline: str | None) -> None:
    """Conservation: every character of the text is in exactly one place (headline, story or
    a removed block that names its rule), each piece is its source span, in order."""
    with case("clean_text", text=text, find_headline=find_headline, url=url,
              language=language, headline=headline):
        cleaned = clean_text(text, find_headline=find_headline, url=url, language=language,
                             headline=headline)
    source = normalise_newlines(text)
    assert faults(source, cleaned) == []
    assert all(r.rule and r.kind in KINDS for r in cleaned.removed)
    pieces = [b.start for b in cleaned.paragraphs] + [r.start for r in cleaned.removed]
    assert len(set(pieces)) == len(pieces)


article_files = st.one_of(
    st.tuples(st.just(".txt"), page_texts),
    st.tuples(st.just(".md"),
              page_texts.map(lambda t: "---\nurl: https://ex.org/a-b-c\n---\n" + t)),
    st.tuples(st.just(".md"), page_texts.map(lambda t: "# " + t)),
    st.tuples(st.just(".html"), st.lists(st.sampled_from(PAGE_LINES), max_size=20).map(
        lambda lines: "<html><head><title>T</title></head><body>" + "".join(
            f"<p>{html.escape(x)}</p><div><a href='#'>{html.escape(x[:9])}</a></div>"
            for x in lines) + "</body></html>")),
)


@FUZZ
@given(file=article_files, language=st.sampled_from(["en", "de", "ne"]))
@example(file=(".md", "---\nurl: https://ex.org/a-b-c\n---\n#\na"), language="en")  # (fixed)
# (fixed: a run of inline fields took the dash that ends the line before, "Al-", as its separator)
@example(file=(".html", "<html><body><p>" + "Al-" * 40 + "</p><p>vor 7 Stunden &lt; &gt; Embed "
                        "Quelle: DPA - Länge: 00:53s - Veröffentlicht:</p></body></html>"),
         language="en")
def test_read_article_loses_no_character(tmp_path_factory, file: tuple[str, str],
                                         language: str) -> None:
    """Conservation through the readers: a .txt or .md file is conserved (its front matter is
    metadata, its heading marks markup); every word of an HTML page's text is in a piece."""
    suffix, text = file
    folder = tmp_path_factory.mktemp("article")
    path = folder / f"a{suffix}"
    path.write_text(text, encoding="utf-8", newline="")
    with case("read_article", suffix=suffix, text=text, language=language):
        source = read_source(path, Problems(folder))
        if source is None:
            return
        cleaned = clean_source(source, language=language)
    if suffix == ".html":
        pieces = " ".join([cleaned.headline or ""] + [b.text for b in cleaned.paragraphs]
                          + [r.text for r in cleaned.removed])
        page = BeautifulSoup(text, "html.parser").get_text(" ")
        assert set(page.split()) <= set(pieces.split())
        return
    body_at = source.blocks[0].start if source.blocks else len(source.text)
    assert faults(source.text, cleaned, start=body_at) == []


DATE_WORDS = [
    "on", "in", "last", "this", "next", "early", "late", "earlier", "later", "mid", "the",
    "weekend", "week", "month", "year", "ago", "day", "days", "weeks", "months", "years",
    "yesterday", "today", "tonight", "night", "morning", "wednesday", "Wednesday", "aug.",
    "August", "sept", "29", "30", "31", "29th", "0", "00", "999", "2017", "0001", "9999",
    "three", "a", "an", "about", "over", "-", "–", "/", "to", "and", "from", "between", ",",
    "29/08/2017", "3/4/2017", "2017-08-30", "~2017-08", "2017-08-26/2017-08-27", "hours",
    "before", "the strike", "29 أغسطس", "le 29 août 2017", "Feb. 29", "Feb. 30",
]
date_texts = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=6).map(" ".join),
)
published_values = st.one_of(
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=14)),
                                            timezone(timedelta(hours=-12))])),
    st.sampled_from([date.min, date.max, datetime.min, datetime.max, date(1, 1, 7),
                     date(9999, 12, 25), date(2017, 8, 30)]),
)


@FUZZ
@given(expression=date_texts, published=published_values,
       languages=st.sampled_from([None, ("en",), ("en", "fr"), ("ar",)]))
@example(expression="yesterday", published=date.min, languages=None)  # OverflowError (fixed)
@example(expression="three years ago", published=date(1, 6, 1), languages=None)  # ValueError
@example(expression="next week", published=date.max, languages=None)
def test_resolve_raises_only_unresolvable_date(expression: str, published: date,
                                               languages: tuple[str, ...] | None) -> None:
    with case("resolve", expression=expression, published=published, languages=languages):
        try:
            resolved = resolve(expression, published, languages=languages)
        except UnresolvableDate as exc:
            assert str(exc) and "\n" not in str(exc)
            return
    assert resolved.date.first <= resolved.date.last


@FUZZ
@given(value=st.one_of(scalars, date_texts, st.lists(scalars, max_size=2)))
def test_parse_fuzzy_date_raises_only_value_error(value: Any) -> None:
    with case("parse_fuzzy_date", value=value):
        try:
            parsed = parse_fuzzy_date(value)
        except ValueError as exc:
            assert str(exc)
            return
    assert parsed.first <= parsed.last


@FUZZ
@given(value=st.one_of(scalars, date_texts), tz=st.one_of(
    st.none(), st.sampled_from(["Asia/Beirut", "UTC", "Nowhere/City", "../../etc/passwd", "",
                                "/etc/localtime", "Asia/../Asia/Beirut"]), st.text(max_size=12)))
def test_parse_published_raises_only_value_error(value: Any, tz: str | None) -> None:
    with case("parse_published", value=value, tz=tz):
        try:
            parse_published(value, tz)
        except ValueError as exc:
            assert str(exc)


# --------------------------------------------------------------------------------------------
# Escaping: untrusted text as inert Markdown
# --------------------------------------------------------------------------------------------

MD_PIECES = [
    "<", ">", "[", "]", "(", ")", "{", "}", "`", "*", "_", "#", "!", "|", "~", "=", "^", ":", "&",
    "-", "+", ".", "/", "?", "'", '"', "\\", "$", "%", "@", ";", ",", "\n", "    ", "\t", "1. ",
    "!!! note", "??? note", "/// note", "--8<-- ", '"secret.txt"', "{{ ", " }}", "{% ", " %}",
    "<script>", "</title>", "javascript:", "www.", "http://", "&lt;", "&#60;", "&amp;", "\x02",
    "\x03", "wzxhzdk:0", "klzzwxh:0000", "{: #x .y onclick=z }", "[^1]", "*[HTML]", "==", "^^",
    "~~", "++", "{++", "++}", ":smile:", "(c)", "-->", "<!--", "a@b.org", "\u00a0", "\u2028",
]
md_inputs = st.one_of(
    st.text(max_size=120),
    st.text(alphabet=st.one_of(  # all of Unicode, surrogates and noncharacters included
        st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        st.sampled_from(["\uffff", "\ufffe", "\u202e", "\u2069", "\x90", "\ud800"])),
        max_size=60),
    st.lists(st.one_of(st.sampled_from(MD_PIECES), st.text(string.ascii_letters, max_size=4)),
             max_size=30).map("".join),
)
_ENTITY = re.compile(r"&(?:#\d+|amp|lt|gt|quot);")
_NEVER_RAW = set("\\`*_{}[]()<>#+-!|~=^:&$@")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")  # dropped by md_text


@FUZZ
@given(value=md_inputs)
def test_md_text_leaves_no_syntax_and_loses_nothing(value: str) -> None:
    with case("md_text", value=value):
        out = str(md_text(value))
    assert "\n" not in out and "\r" not in out
    raw = _ENTITY.sub("", out)
    assert not _NEVER_RAW & set(raw), (value, out)
    assert not out[:1] or out[:1] not in "?/.,;'\"%", (value, out)
    assert html.unescape(out) == isolate_bidi(" ".join(_CONTROL.sub("", value).split()))
    assert '"' not in _ENTITY.sub("", str(md_attr(value)))


#: The site's Markdown extensions plus others a briefing might enable.
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "footnotes", "abbr",
              "def_list", "pymdownx.details", "pymdownx.magiclink", "pymdownx.critic",
              "pymdownx.caret", "pymdownx.mark", "pymdownx.tilde", "pymdownx.keys",
              "pymdownx.superfences", "pymdownx.inlinehilite", "pymdownx.smartsymbols",
              "pymdownx.tabbed", "pymdownx.emoji", "pymdownx.snippets",
              "pymdownx.blocks.admonition", "pymdownx.blocks.details"]
SECRET = "FUZZ-SNIPPET-SECRET"


@pytest.fixture(scope="module")
def markdown_converter(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], str]:
    base = tmp_path_factory.mktemp("snippets")
    (base / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs={
        "pymdownx.snippets": {"base_path": [str(base)], "check_paths": False}})

    def convert(text: str) -> str:
        md.reset()
        return md.convert(text)

    return convert


CONTEXTS = {  # where templates put escaped values
    "paragraph": "{}",
    "heading": "# {}",
    "table cell": "| a | b |\n|---|---|\n| {} | x |",
    "admonition body": '!!! note "Note"\n    {}',
    "link text": "[{}](page.md)",
}


@FUZZ
@given(value=md_inputs, where=st.sampled_from(sorted(CONTEXTS)))
@example(value='??? quote "x"', where="paragraph")  # became a <details> block (fixed)
@example(value="/// details | x", where="paragraph")  # a pymdownx.blocks block (fixed)
@example(value="see www.example.org", where="paragraph")  # became a link (fixed)
@example(value="\x04", where="admonition body")  # lost to pymdownx.critic's marker (fixed)
def test_md_text_renders_as_exactly_its_text(markdown_converter, value: str, where: str) -> None:
    """Through Python-Markdown with every extension above, an escaped value is its own text,
    in every context the templates use, and creates no element of its own."""
    with case("md_text_render", value=value, where=where):
        page = markdown_converter(CONTEXTS[where].format(md_text(value)))
    soup = BeautifulSoup(page, "html.parser")
    allowed = {"p", "h1", "table", "thead", "tbody", "tr", "th", "td", "div", "a", "span"}
    tags = {t.name for t in soup.find_all(True)} - allowed
    assert not tags, (value, page)
    assert SECRET not in page
    expected = isolate_bidi(" ".join(_CONTROL.sub("", value).split()))
    shown = " ".join(soup.get_text(" ").split())
    assert expected in shown, (expected, shown, page)


# --------------------------------------------------------------------------------------------
# All of Unicode in every field (issue 19): noncharacters, lone surrogates, C0 and C1 controls,
# bidi controls and line separators in every field of every file, each followed by markup.
# --------------------------------------------------------------------------------------------

#: Characters the red team used, drawn often; the rest of Unicode (surrogates included) too.
SPECIAL_CHARACTERS = [
    "\uffff", "\ufffe", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x90", "\x9f", "\u202e", "\u2066", "\u2069",
    "\u2028", "\u2029", "\ufeff", "\x0c", "\r", "\n", "\t", "\u00a0", "³", "½", "‮",
]
any_character = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
    st.sampled_from(SPECIAL_CHARACTERS))
any_text = st.text(alphabet=any_character, max_size=40)
#: Markup that must stay text, marked "pwned" so that test_hostile.offences finds it alive.
FIELD_PAYLOADS = [
    "![p](x){: onerror=alert(document.domain) }", "[t](javascript:window.__pwned=1)",
    "![pwned](https://pwned.example.org/i.png)", "<script>window.__pwned=1</script>",
    "<img src=x onerror=window.__pwned=1>", "{{ config }}", '!!! note "pwned"', "# pwned",
    "--8<-- \"secret.txt\"", "{: .pwned-class }", "",
]

#: One minimal briefing, every text field a placeholder ({name}); the fuzzed field gets the
#: random text, the others a plain word. EVIDENCE goes into the article and into a quote.
BRIEFING_TEMPLATE = {
    "briefing.yaml": "title: {title}\nsubtitle: {subtitle}\nlabel: {label}\nsummary: {summary}\n"
                     "author: {author}\nkeywords: [{keyword}]\n",
    "outlets.yaml": "outlets:\n  - id: wire\n    name: {outlet_name}\n    country: {country}\n"
                    "    url: {outlet_url}\n    notes: {notes}\n    lean:\n"
                    "      rating: {rating}\n      source: {rating_source}\n",
    "articles/a.yaml": "outlet: wire\npublished: 2017-08-30T21:10:00+03:00\n"
                       "author: {article_author}\nvia: {via}\nretrieved: {retrieved}\n"
                       "url: {article_url}\n",
    "facts/f.yaml": "events:\n  - id: e\n    title: {event_title}\n    date: 2017-08-30\n"
                    "    group: {group}\n    summary: {event_summary}\n    reports:\n"
                    "      - article: a\n        quote: {evidence_quote}\n"
                    "        date_text: {date_text}\n"
                    "figures:\n  - id: f\n    label: {figure_label}\n    unit: {unit}\n"
                    "    reports:\n      - article: a\n        value: 308\n"
                    "        quote: \"308 militants\"\n        attributed_to: {attributed}\n"
                    "quotes:\n  - id: q\n    label: {quote_label}\n    reports:\n"
                    "      - article: a\n        text: \"We stay\"\n        speaker: {speaker}\n"
                    "actors:\n  - id: x\n    name: {actor}\n    variants: [{variant}]\n"
                    "    description: {description}\n"
                    "places:\n  - id: p\n    name: {place}\n"
                    "terms:\n  - id: t\n    name: {term}\n",
}
ARTICLE_TEMPLATE = ("{headline}\n\nThe buses carry 308 militants, Hezbollah said on Wednesday. "
                    "“We stay,” he said. {evidence}\n\n{paragraph}\n")
FIELDS = sorted(set(re.findall(r"\{(\w+)\}", "".join(BRIEFING_TEMPLATE.values())
                               + ARTICLE_TEMPLATE)))


def live_markup(html: str) -> list[str]:
    """What of FIELD_PAYLOADS came alive in ``html``: handlers, script or javascript: URLs,
    images of the payloads, their class, an admonition or heading they made. (The templates'
    own headings and admonitions hold the fields' text: only the payloads' shapes count.)"""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            text = value if isinstance(value, str) else " ".join(value)
            if name.lower().startswith("on"):
                found.append(f"handler {name}= on <{tag.name}>")
            if name in ("href", "src") and (text.lower().startswith(("javascript:", "data:"))
                                            or "pwned" in text or text == "x"):
                found.append(f"<{tag.name} {name}={text[:60]!r}>")
            if name == "class" and "pwned" in text:
                found.append(f"class {text!r}")
        if tag.name in ("script", "style", "iframe") and "pwned" in tag.get_text():
            found.append(f"<{tag.name}>")
        if tag.name in ("h1", "h2", "h3", "p") and tag.get_text().strip() == "pwned":
            found.append(f"<{tag.name}> of a payload")
    return found


def _yaml_value(text: str, raw: bool) -> str:
    """``text`` as a YAML double-quoted scalar: escaped (every character that is not printable
    ASCII as \\u / \\U), or raw (only quote and backslash escaped: the reader meets the
    characters themselves)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif (raw and ch not in "\n\r\x85\u2028\u2029") or 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def _briefing_with(folder: Path, field: str, value: str, raw: bool) -> None:
    values = {name: _yaml_value(f"plain {name}", False) for name in FIELDS}
    values["evidence_quote"] = _yaml_value("the evidence", False)
    values["date_text"] = _yaml_value("on Wednesday", False)
    evidence = "the evidence"
    if field == "evidence":  # into the article and, the same, into an evidence quote
        evidence = "the evidence " + value
        values["evidence_quote"] = _yaml_value(evidence, raw)
    elif field not in ("headline", "paragraph"):
        values[field] = _yaml_value(value, raw)
    for name, template in BRIEFING_TEMPLATE.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(template.format(**values).encode("utf-8", "surrogatepass"))
    article = ARTICLE_TEMPLATE.format(
        headline=value if field == "headline" else "A plain headline",
        paragraph=value if field == "paragraph" else "A plain paragraph.", evidence=evidence)
    (folder / "articles/a.txt").write_bytes(article.encode("utf-8", "surrogatepass"))


@FUZZ  # a small briefing, about 30 ms a case: as many cases as the readers get
@given(field=st.sampled_from(FIELDS), text=any_text, payload=st.sampled_from(FIELD_PAYLOADS),
       raw=st.booleans())
@example(field="title", text="News \uffff", payload=FIELD_PAYLOADS[0], raw=False)  # issue 19
@example(field="headline", text="News \uffff", payload=FIELD_PAYLOADS[0], raw=False)
@example(field="outlet_name", text="\ufffe", payload=FIELD_PAYLOADS[1], raw=True)
@example(field="evidence", text="\x90", payload="", raw=False)
def test_any_unicode_in_any_field_gives_problems_or_inert_pages(
        markdown_converter, field: str, text: str, payload: str, raw: bool) -> None:
    """Whatever characters a field holds: problems on one line each, or pages whose front
    matter reads back as written, that hold no character YAML or XML cannot carry, and whose
    payloads stay text through Python-Markdown with the site's extensions."""
    value = f"{field}-field {text} pwned {payload}"  # the templates make headings of names
    with tempfile.TemporaryDirectory() as tmp, case("any_field", field=field, text=text,
                                                     payload=payload, raw=raw):
        root = Path(tmp) / "content"
        _briefing_with(root, field, value, raw)
        try:
            result = generate(root)
        except ContentError as exc:
            for p in exc.problems:
                assert p.path and p.message and "\n" not in p.message + p.hint, p
            return
        for path, page in result.rendered.pages.items():
            assert not UNCARRIABLE.search(page), (path, page[:300])
            body, data = read(page)
            if page.startswith("---\n"):
                assert list(data) == ["title"] and body.startswith("#"), (path, page[:300])
            if "pwned" in page:
                html = markdown_converter(body)
                assert not live_markup(html), (path, live_markup(html), body[:500])
        timeline = result.rendered.files["timeline.json"]
        assert not UNCARRIABLE.search(timeline) and json.loads(timeline)


@FUZZ
@given(title=any_text)
@example(title="x\uffff![p](x){: onerror=alert(1) }")
@example(title="\ud800")
def test_front_matter_reads_back_or_is_refused(title: str) -> None:
    """A title reaches a page carriable (the model) and escaped (the templates): its front
    matter then always reads back. Raw, it reads back or the page is refused: never written
    wrong."""
    with case("front_matter", title=title):
        page = with_title(f"# {md_text(carriable(title)[0])}\n\nbody\n")
        body, data = read(page)
        assert body == page.split("---\n", 2)[2].lstrip("\n") and "title" in data
        try:
            raw = with_title(f"# {title}x\n\nbody\n")
        except FrontMatterError:
            return
        assert read(raw)[1].get("title") is not None


@FUZZ
@given(text=any_text)
@example(text="\r\n")  # found by the all-Unicode campaign of 30 November 2026 (the oracle's fault)
def test_carriable_text_is_valid_yaml_xml_and_utf8(text: str) -> None:
    with case("carriable", text=text):
        clean, found = carriable(text)
    assert len(clean) == len(text) and not UNCARRIABLE.search(clean)
    assert (found is None) == (clean == text)
    clean.encode("utf-8")
    assert yaml.safe_load(yaml.safe_dump({"v": clean}, allow_unicode=True)) == {"v": clean}
    escaped = clean.replace("&", "&amp;").replace("<", "&lt;")
    # XML reads every line end (CR LF, or CR alone) as LF: the text is otherwise unchanged
    lines = re.sub("\r\n?", "\n", clean)
    assert etree.fromstring(f"<a>{escaped}</a>".encode()).text in (None, lines)
