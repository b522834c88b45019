"""The PDF export: the example's PDF and synthetic briefings, built and read back with pypdf."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from generator.analyse.model import Analysis
from generator.content import files
from generator.render.print import document, pdf
from generator.site.pipeline import generate
from generator.text.dates import display_published

pytestmark = [pytest.mark.slow, pytest.mark.pdf]

REPO = Path(__file__).resolve().parents[2]
EPOCH = "1504051200"  # 2017-08-30T00:00:00Z


# --- helpers ------------------------------------------------------------------------------------


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Text with the line breaks and runs of spaces of PDF extraction made single spaces."""
    return " ".join(text.split())


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) of every bookmark, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return out


def destinations(reader: PdfReader) -> dict[str, int]:
    """Named destination (an element id) -> 1-based page."""
    return {name: reader.get_destination_page_number(dest) + 1
            for name, dest in reader.named_destinations.items()}


def with_epoch(epoch: str = EPOCH):
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", epoch)
    return mp


def write_briefing(root: Path, *, articles: int = 100, outlets: int = 8, events: int = 60,
                   figures: int = 10, quotes: int = 5, title: str = "Synthetic convoy briefing",
                   place: tuple[str, list[str]] = ("Humaymah", ["Humeima"])) -> Path:
    """A content folder that checks: ``articles`` articles from ``outlets`` outlets, with events,
    figures and quotes whose evidence is copied from the article text."""
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    place_name, place_variants = place
    (content / "briefing.yaml").write_text(
        f"title: {title}\n"
        "subtitle: A generated briefing for testing the PDF export\n"
        "label: Test data — not a real briefing\n"
        "summary: |\n  A convoy crossed the desert.\n\n  Outlets disagree about numbers.\n"
        "author: Briefing tests\nkeywords: [convoy, test]\n", encoding="utf-8")
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: outlet-{o}\n    name: Outlet {o} News\n    kind: daily\n    country: LB\n"
        f"    url: https://outlet{o}.example.com/\n" for o in range(outlets)), encoding="utf-8")
    event_reports: dict[int, list[tuple[str, str]]] = {}
    figure_reports: dict[int, list[tuple[str, int, str]]] = {}
    quote_reports: dict[int, list[tuple[str, str]]] = {}
    for i in range(articles):
        art = f"report-{i:03d}"
        paras = [
            f"The convoy of buses moved slowly through the desert near {place_name} on day "
            f"{i + 1} of the journey, according to people who watched it pass the town.",
        ]
        for k in range(events):
            if i % events == k:
                sentence = f"Event {k:02d} took place at the crossing of sector {k} that morning."
                paras.append(f"{sentence} Witnesses described long queues of vehicles and "
                             f"soldiers checking papers at the roadside.")
                event_reports.setdefault(k, []).append((art, sentence))
        j = i % figures
        count = 100 + 10 * j + i % 3
        sentence = f"At stage {j} the count was {count} fighters, officials said."
        paras.append(f"{sentence} The figure could not be verified independently by reporters "
                     f"travelling with the convoy.")
        figure_reports.setdefault(j, []).append((art, count, sentence))
        if i % 20 < quotes:
            q = i % 20
            verb = "Relocating" if i % 40 < 20 else "Moving"
            text = f"{verb} fighters to stage {q} is not acceptable to the coalition"
            paras.append(f"A spokesman said: “{text}.” He gave no further details about the "
                         f"strikes or the route.")
            quote_reports.setdefault(q, []).append((art, text))
        paras.append("Hezbollah and the Syrian government agreed the evacuation deal last week, "
                     "and the Islamic State fighters boarded the buses with their families. "
                     f"The outlet's correspondent in {place_variants[0]} said the road was "
                     "cratered and a small bridge had been destroyed.")
        paras.append("Aid agencies said the civilians on board needed water and medical care, "
                     "and called on all parties to let supplies through without delay.")
        headline = f"Convoy report {i:03d}: buses stuck near {place_name}"
        (content / "articles" / f"{art}.txt").write_text(
            headline + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
        (content / "articles" / f"{art}.yaml").write_text(
            f"outlet: outlet-{i % outlets}\n"
            f"published: 2017-08-{1 + i % 28:02d}T{8 + i % 12:02d}:00:00+03:00\n"
            f"url: https://outlet{i % outlets}.example.com/2017/08/report-{i:03d}\n",
            encoding="utf-8")

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    facts = ["events:"]
    for k, reports in sorted(event_reports.items()):
        facts += [f"  - id: event-{k:02d}", f"    title: Convoy passes sector {k}",
                  f"    date: 2017-08-{1 + k % 28:02d}", "    place: the-place",
                  "    actors: [hezbollah]", "    reports:"]
        facts += [f"      - article: {a}\n        quote: {q(s)}" for a, s in reports]
    facts.append("figures:")
    for j, reports in sorted(figure_reports.items()):
        facts += [f"  - id: stage-{j}", f"    label: Fighters counted at stage {j}",
                  "    unit: fighters", "    reports:"]
        facts += [f"      - article: {a}\n        value: {v}\n        quote: {q(s)}"
                  for a, v, s in reports[:6]]
    facts.append("quotes:")
    for n, reports in sorted(quote_reports.items()):
        facts += [f"  - id: not-acceptable-{n}", f"    label: Coalition rejects stage {n}",
                  "    speaker: coalition", "    reports:"]
        facts += [f"      - article: {a}\n        text: {q(t)}\n        speaker: a spokesman"
                  for a, t in reports]
    facts += ["actors:", "  - id: hezbollah", "    name: Hezbollah", "    kind: group",
              "  - id: coalition", "    name: US-led coalition", "    variants: [coalition]",
              "places:", "  - id: the-place", f"    name: {q(place_name)}",
              f"    variants: [{', '.join(q(v) for v in place_variants)}]"]
    (content / "facts" / "facts.yaml").write_text("\n".join(facts) + "\n", encoding="utf-8")
    return content


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return generate(REPO / "content").analysis


@pytest.fixture(scope="module")
def example_pdf(analysis: Analysis, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mp = with_epoch()
    try:
        start = time.perf_counter()
        out = pdf.build_pdf(analysis, tmp_path_factory.mktemp("pdf") / "briefing.pdf")
        print(f"\nexample PDF: {time.perf_counter() - start:.2f} s")
        yield out
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def example(example_pdf: Path) -> PdfReader:
    return PdfReader(example_pdf)


@pytest.fixture(scope="module")
def example_html(analysis: Analysis) -> BeautifulSoup:
    return BeautifulSoup(document.render_pdf_html(analysis), "html.parser")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analysis, PdfReader, float]:
    """A 100-article briefing (60 events, 10 figures, 5 statements), built once."""
    root = tmp_path_factory.mktemp("synthetic")
    analysis = generate(write_briefing(root)).analysis
    assert len(analysis.content.articles) == 100
    start = time.perf_counter()
    out = pdf.build_pdf(analysis, root / "briefing.pdf")
    seconds = time.perf_counter() - start
    print(f"\nsynthetic 100-article PDF: {seconds:.2f} s, {len(PdfReader(out).pages)} pages")
    return analysis, PdfReader(out), seconds


# --- the example's PDF ----------------------------------------------------------------------------


def test_pages_outline_and_metadata(example: PdfReader, analysis: Analysis) -> None:
    pages = len(example.pages)
    assert 10 <= pages <= 80
    meta = analysis.content.meta
    info = example.metadata
    assert info.title == meta.title
    assert info.author == meta.author
    assert info.subject == meta.subtitle
    assert [k.strip() for k in info["/Keywords"].split(",")] == meta.keywords
    assert info["/CreationDate"] == "D:20170830000000Z"
    marks = outline(example)
    top = [title for depth, title, _ in marks if depth == 0]
    assert top == [meta.title, "Contents", "Overview", "Timeline", "Source comparison",
                   "Actors and places", "Outlets", "Notes", "Appendix: the articles"]
    titles = [title for _, title, _ in marks]
    for entry in analysis.timeline:
        assert f"{entry.date.display()} {entry.event.title}" in titles
    for f in analysis.figures:
        assert f.figure.label in titles
    for article in analysis.content.articles.values():
        assert article.headline in titles
    assert [p for _, _, p in marks] == sorted(p for _, _, p in marks)  # in page order


def test_cover_and_running_header_and_footer(example: PdfReader, analysis: Analysis) -> None:
    meta = analysis.content.meta
    texts = page_texts(example)
    cover = flat(texts[0])
    for expected in (meta.title, meta.label, document.date_range(analysis), "Aug 2017",
                     "Generated 30 Aug 2017, 00:00 UTC", "5 articles from 5 outlets"):
        assert expected in cover, expected
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {total}" in text
        assert meta.label in flat(text)  # the handling caveat is on every page
        if number > 1:  # the running header (the appendix pages do not name it otherwise)
            assert meta.title in flat(text)


def test_toc_page_numbers_are_where_sections_start(example: PdfReader,
                                                   example_html: BeautifulSoup) -> None:
    texts = page_texts(example)
    dests = destinations(example)
    toc_page = dests["contents"]
    toc_lines = [flat(line) for line in texts[toc_page - 1].splitlines()]
    entries = [(a.get_text(), a["href"][1:]) for a in example_html.select("nav.toc a")]
    parts = {s["id"] for s in example_html.select("section.part")}
    assert len(entries) >= 10 and len(parts) >= 7
    for label, target in entries:
        line = next(line for line in toc_lines if line.startswith(label + " ."))
        number = int(re.search(r"(\d+)$", line).group(1))
        assert number == dests[target], (label, number, dests[target])
        assert label in flat(texts[number - 1]), label  # the heading is on that page
        if target in parts:  # a part starts a page: its heading is the page's first text
            assert flat(texts[number - 1]).startswith(label), label


def test_every_figure_value_appears(example: PdfReader, analysis: Analysis) -> None:
    texts = page_texts(example)
    dests = destinations(example)
    everywhere = flat(" ".join(texts))
    assert analysis.figures
    for f in analysis.figures:
        page = dests[f"figure-{f.figure.id}"]
        section = flat(" ".join(texts[page - 1:page + 1]))  # its section, maybe run over a page
        for row in f.rows:
            value = row.shown
            assert value in section, (f.figure.id, value)
            assert row.source.outlet_name in section
        assert f.range_text in everywhere  # the overview's "across sources" column


def test_every_note_resolves_to_a_source(example: PdfReader, example_html: BeautifulSoup,
                                         analysis: Analysis) -> None:
    articles = list(analysis.content.articles.values())
    calls = example_html.select("a.note-call")
    reports = (sum(len(f.rows) for f in analysis.figures)
               + sum(len(q.renderings) for q in analysis.quotes)
               + sum(len(e.sources) for e in analysis.timeline))
    assert len(calls) == reports  # a note for every figure value, rendering and event report
    assert [c.get_text() for c in calls] == [str(n) for n in range(1, reports + 1)]
    for call in calls:
        note = example_html.find(id=call["href"][1:])
        assert note is not None and note.name == "li", call
        text = " ".join(note.get_text(" ").split())
        source = [a for a in articles if a.headline in text and a.url in text]
        assert len(source) == 1, text
        outlet = analysis.content.outlets[source[0].outlet]
        assert outlet.name in text
        assert display_published(source[0].published) in text
    # In the PDF: every note is a destination, every call a link to it, every URL printed.
    dests = destinations(example)
    links = set()
    for page in example.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                links.add(str(annot["/Dest"]))
    notes_text = flat(" ".join(page_texts(example)[dests["notes"] - 1:dests["appendix"] - 1]))
    for n in range(1, reports + 1):
        assert f"note-{n}" in dests and f"note-{n}" in links
    for article in articles:  # long URLs wrap, so compare without the spaces
        assert article.url in notes_text.replace(" ", "")


def test_appendix_has_each_articles_text_and_is_optional(
        example: PdfReader, analysis: Analysis, tmp_path: Path) -> None:
    dests = destinations(example)
    text = flat(" ".join(page_texts(example)[dests["appendix"] - 1:]))
    for article in analysis.content.articles.values():
        assert f"article-{article.id}" in dests
        last = flat(article.paragraphs[-1].text)
        assert last[:30] in text.replace("- ", "")
    mp = with_epoch()
    try:
        out = pdf.build_pdf(analysis, tmp_path / "short.pdf", appendix=False)
    finally:
        mp.undo()
    short = PdfReader(out)
    assert len(short.pages) < len(example.pages)
    assert "Appendix: the articles" not in [t for d, t, _ in outline(short) if d == 0]
    assert not any(name.startswith("article-") for name in short.named_destinations)


def test_same_bytes_with_source_date_epoch(example_pdf: Path, analysis: Analysis,
                                           tmp_path: Path) -> None:
    mp = with_epoch()
    try:
        again = pdf.build_pdf(analysis, tmp_path / "again.pdf")
    finally:
        mp.undo()
    assert again.read_bytes() == example_pdf.read_bytes()
    # and from another process, with another string hash seed
    script = ("import sys; from pathlib import Path; from generator.render.print import pdf; "
              "from generator.site.pipeline import generate; "
              "pdf.build_pdf(generate(Path('content')).analysis, Path(sys.argv[1]))")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "other.pdf")], cwd=REPO,
                   env=env, check=True)
    assert (tmp_path / "other.pdf").read_bytes() == example_pdf.read_bytes()
    mp = with_epoch("1600000000")
    try:
        later = pdf.build_pdf(analysis, tmp_path / "later.pdf")
    finally:
        mp.undo()
    assert later.read_bytes() != example_pdf.read_bytes()
    assert PdfReader(later).metadata["/CreationDate"] == "D:20200913122640Z"


def test_written_atomically(analysis: Analysis, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The write fails after the whole new PDF is in its temporary file: the old PDF stays and
    the temporary file goes."""
    out = tmp_path / "briefing.pdf"
    out.write_bytes(b"previous")
    written: list[bytes] = []

    def broken_replace(src: str, dst: object) -> None:
        written.append(Path(src).read_bytes())
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        pdf.build_pdf(analysis, out)
    assert written and written[0].startswith(b"%PDF-")  # the failure came after the data
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]  # no temporary file left


def test_pages_render_to_png(example_pdf: Path, tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "3", str(example_pdf),
                    str(tmp_path / "page")], check=True)
    shots = sorted(tmp_path.glob("page-*.png"))
    assert len(shots) == 3
    assert all(p.stat().st_size > 1000 for p in shots)


def test_a_new_briefing_builds(tmp_path: Path) -> None:
    from generator.site.scaffold import scaffold

    root = scaffold(tmp_path / "new")
    reader = PdfReader(pdf.build_pdf(generate(root / "content").analysis, tmp_path / "new.pdf"))
    cover = flat(reader.pages[0].extract_text())
    assert "1 article from 1 outlet" in cover
    assert f"Page 1 of {len(reader.pages)}" in cover


# --- untrusted text, scripts, charts --------------------------------------------------------------


def test_markup_in_content_is_printed_as_text(tmp_path: Path) -> None:
    content = write_briefing(tmp_path, articles=4, outlets=2, events=2, figures=1, quotes=1,
                             title="'<script>alert(1)</script> and <b>bold</b>'")
    story = content / "articles/report-000.txt"
    story.write_text(story.read_text(encoding="utf-8").replace(
        "Aid agencies said", "An <img src=\"http://example.invalid/x.png\"> tag and "
        "<i>italics</i> appear here, and aid agencies said", 1), encoding="utf-8")
    meta = content / "articles/report-001.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        "url: https://", "url: javascript:alert(1)//"), encoding="utf-8")
    analysis = generate(content).analysis
    html = document.render_pdf_html(analysis)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "b", "i", "img"])
    assert not [a for a in soup.find_all("a") if a["href"].startswith("javascript")]
    reader = PdfReader(pdf.build_pdf(analysis, tmp_path / "b.pdf"))
    text = flat(" ".join(page_texts(reader)))
    assert "<script>alert(1)</script> and <b>bold</b>" in text
    assert 'An <img src="http://example.invalid/x.png"> tag and <i>italics</i>' in text
    assert "javascript:alert(1)//" in text  # shown as text ...
    for page in reader.pages:  # ... but never a link, and nothing was fetched or embedded
        for annot in page.get("/Annots", []):
            uri = annot.get_object().get("/A", {}).get("/URI", "")
            assert not str(uri).startswith("javascript")
        assert not _images(page)


def _images(page) -> list[str]:
    """Names of image XObjects drawn on a page, also inside form XObjects (SVG groups)."""
    found = []

    def scan(resources) -> None:
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        for name, obj in (resources or {}).get("/XObject", {}).items():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(name)
            elif obj.get("/Subtype") == "/Form":
                scan(obj.get("/Resources"))

    scan(page.get("/Resources"))
    return found


SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120">
<rect x="10" y="10" width="180" height="100" fill="#123456"/>
<path d="M 200 110 L 260 20 L 320 80 L 390 15" stroke="#c0392b" stroke-width="4" fill="none"/>
<text x="210" y="110" font-size="14">Test chart label</text>
</svg>"""


def _content_streams(page) -> bytes:
    """The page's content plus that of the form XObjects it draws."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""

    def forms(resources) -> bytes:
        out = b""
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        for obj in (resources or {}).get("/XObject", {}).values():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Form":
                out += obj.get_data() + forms(obj.get("/Resources"))
        return out

    return data + forms(page.get("/Resources"))


def test_charts_are_embedded_as_vector_graphics(analysis: Analysis, tmp_path: Path) -> None:
    charts = {"charts/timeline.svg": SVG,
              f"charts/figure-{analysis.figures[0].figure.id}.svg": SVG}
    html = document.render_pdf_html(analysis, charts=charts)
    assert html.count("data:image/svg+xml;base64,") == 2
    reader = PdfReader(pdf.build_pdf(analysis, tmp_path / "charts.pdf", charts=charts))
    dests = destinations(reader)
    for target in ("timeline", f"figure-{analysis.figures[0].figure.id}"):
        page = reader.pages[dests[target] - 1]
        assert not _images(page), "the SVG was rasterised"
        stream = _content_streams(page)
        # #123456 as an RGB fill and a filled rectangle / stroked path, i.e. vector drawing.
        assert re.search(rb"0\.07\d* 0\.20\d* 0\.33\d* rg", stream), "no #123456 fill"
        assert re.search(rb"\bre\b", stream) and re.search(rb"\bl\b", stream)
        assert "Test chart label" in page.extract_text()
    without = PdfReader(pdf.build_pdf(analysis, tmp_path / "plain.pdf"))
    assert not re.search(rb"0\.07\d* 0\.20\d* 0\.33\d* rg",
                         b"".join(_content_streams(p) for p in without.pages))


def test_the_sites_charts_are_vector_graphics(analysis: Analysis, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    files = generate(REPO / "content", chart_cache=tmp_path / "cache").rendered.files
    charts = {p: d for p, d in files.items() if p.startswith("charts/") and p.endswith(".svg")}
    assert "charts/timeline.svg" in charts and "charts/coverage.svg" in charts
    html = document.render_pdf_html(analysis, charts=charts)
    assert html.count("data:image/svg+xml;base64,") == len(charts)  # every chart is placed
    reader = PdfReader(pdf.build_pdf(analysis, tmp_path / "charts.pdf", charts=charts))
    assert not any(_images(page) for page in reader.pages)
    assert "Who reports what" in flat(" ".join(page_texts(reader)))  # chart text stays text


# --- scripts and fonts ----------------------------------------------------------------------------


def _fonts(reader: PdfReader) -> dict[str, set[str]]:
    """Embedded font name -> the characters its ToUnicode map gives."""
    fonts: dict[str, set[str]] = {}
    for page in reader.pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            descendant = font.get("/DescendantFonts")
            if descendant:
                assert "/FontFile2" in descendant[0].get_object()["/FontDescriptor"], name
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            chars = fonts.setdefault(name, set())
            for hexes in re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", cmap):
                chars.update(bytes.fromhex(hexes).decode("utf-16-be"))
    return fonts


def test_arabic_script_and_diacritics(tmp_path: Path) -> None:
    content = write_briefing(tmp_path, articles=3, outlets=2, events=2, figures=1, quotes=1,
                             title="Ḥumayma (حميمة) briefing",
                             place=("Ḥumayma", ["حميمة", "Humeima"]))
    reader = PdfReader(pdf.build_pdf(generate(content).analysis, tmp_path / "ar.pdf"))
    text = " ".join(page_texts(reader))
    assert "Ḥumayma" in text
    assert "حميمة" in text
    fonts = _fonts(reader)
    arabic = [name for name in fonts if "Arabic" in name]
    assert arabic and set("حميمة") <= set().union(*(fonts[n] for n in arabic))
    assert "Ḥ" in fonts["Briefing-Serif"]
    assert all(name.startswith("Briefing-") for name in fonts), fonts.keys()  # shipped fonts only


# --- a large briefing -----------------------------------------------------------------------------


def test_large_briefing_tables_repeat_their_header(synthetic) -> None:
    analysis, reader, seconds = synthetic
    assert seconds < 180
    texts = page_texts(reader)
    dests = destinations(reader)
    first_article = min(dests[f"article-{a.id}"] for a in analysis.content.articles.values())
    for start, end, header in (
        # (the coverage table comes in groups of outlets, each headed by its first outlet)
        (dests["coverage"], dests["single-source"], "Claim Kind Indep. Outlet "),
        (dests["appendix"], first_article, "Outlet Published Headline Page"),
    ):
        assert end > start, "the table fits on one page; make the synthetic briefing longer"
        for number in range(start, end + 1):
            assert header in flat(texts[number - 1]), (header, number)
    assert len(outline(reader)) > 100 + 60
    for n in range(1, 30):
        assert f"Page {n} of {len(texts)}" in texts[n - 1]


def test_generated_date(analysis: Analysis) -> None:
    when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    soup = BeautifulSoup(document.render_pdf_html(analysis, generated=when), "html.parser")
    assert "02 Jan 2020, 03:04 UTC" in soup.select_one(".cover").get_text()
    assert soup.find("meta", attrs={"name": "dcterms.created"})["content"] == "2020-01-02T03:04:05Z"
    mp = pytest.MonkeyPatch()
    mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    try:
        before = datetime.now(UTC).replace(microsecond=0)
        soup = BeautifulSoup(document.render_pdf_html(analysis), "html.parser")
    finally:
        mp.undo()
    created = soup.find("meta", attrs={"name": "dcterms.created"})["content"]
    assert datetime.fromisoformat(created) - before < timedelta(minutes=1)


def test_tagged_with_key_findings_first_and_no_lone_note(example: PdfReader) -> None:
    root = example.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert root["/Lang"] == "en"
    pages = page_texts(example)
    first = flat(pages[0])
    assert "Key findings" in first and "discrepancies between the sources" in first
    assert "Fighters in the convoy: 300 to 310 fighters" in first
    notes = [i for i, text in enumerate(pages) if re.search(r"(?m)^\s*Notes\s*$", text)]
    assert notes
    last = pages[max(i for i, text in enumerate(pages) if re.search(r"(?m)^\d+\.\s", text))]
    assert len(re.findall(r"(?m)^\d+\.\s", last)) >= 2, last
