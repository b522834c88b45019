"""Characters no page can carry, and generated files that read back as written (issue 19, 1).

The red team's critical find: U+FFFF in a headline made a page's front matter invalid YAML,
MkDocs kept it as Markdown, and an attribute list on the same line became a live ``onerror``
handler. The class fix has two ends, both tested here: such characters never enter the model
(replaced where text is read, with a warning at their place), and every front matter the
generator writes is produced by a serializer and read back as MkDocs reads it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.content.load import load
from generator.content.problems import Problems
from generator.content.yamlsource import parse_yaml
from generator.site.frontmatter import FrontMatterError, read, verify, with_front_matter
from generator.site.navigation import with_title
from generator.site.pipeline import generate
from generator.text.characters import UNCARRIABLE, carriable, describe, isolate_bidi
from tests.conftest import briefing_here, run_briefing, yq

NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x80", "\x90", "\x9f"]
PAYLOAD = "![p](x){: onerror=alert(document.domain) } [t](javascript:alert(1)) ![](https://e.org/i.png)"


@pytest.mark.parametrize("char", NONCHARACTERS + CONTROLS + ["\ud800", "\udfff"])
def test_every_uncarriable_character_is_replaced_in_place(char: str) -> None:
    text, found = carriable(f"News {char} here")
    assert text == "News \ufffd here"
    assert found is not None and found.offset == 5 and found.char == char and found.count == 1
    assert "U+" in describe(char)


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1c", "\x1f", "\x85"])
def test_white_space_controls_become_spaces(char: str) -> None:
    assert carriable(f"a{char}b")[0] == "a b"


def test_what_yaml_and_xml_carry_is_left_alone() -> None:
    text = "Tab\tnew\nline é 中文 🙂 \u2028 \ufeff \ufffd \U0001f600 \u202e"
    assert carriable(text) == (text, None)
    for code in range(0x110000):
        ch = chr(code)
        if UNCARRIABLE.match(ch):
            continue
        try:
            ch.encode("utf-8")
        except UnicodeEncodeError:  # pragma: no cover - only surrogates, which are matched
            pytest.fail(f"U+{code:04X} kept but not encodable")


def test_yaml_escapes_of_noncharacters_are_replaced_with_a_warning_at_the_value() -> None:
    problems = Problems()
    doc = parse_yaml('title: ok\nlabel: "News \\uffff ![p](x)"\n', Path("briefing.yaml"),
                     problems)
    assert doc is not None and doc.data["label"] == "News \ufffd ![p](x)"
    assert [p.format() for p in problems.items] == [
        "briefing.yaml:2:8: warning: character U+FFFF (a noncharacter) in this value cannot be "
        "published; replaced by U+FFFD (hint: delete it from the file: pages, YAML and the PDF "
        "cannot carry it)"]


def test_raw_noncharacters_in_yaml_are_replaced_at_their_exact_place() -> None:
    problems = Problems()
    doc = parse_yaml("title: a\nlabel: b\ufffec\n", Path("x.yaml"), problems)
    assert doc is not None and doc.data == {"title": "a", "label": "b\ufffdc"}
    assert problems.items[0].line == 2 and problems.items[0].col == 9
    assert problems.items[0].severity.value == "warning"


def _project_with(example: Path, char: str) -> None:
    """The red team's reproduction: the character in a headline, an outlet name, a sidecar
    headline and the briefing title, each followed by live-looking Markdown."""
    content = example / "content"
    briefing = content / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "title: The stranded convoy", f"title: {yq('Title ' + char + ' ' + PAYLOAD)}"),
        encoding="utf-8")
    outlets = content / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace(
        "name: Levant Wire", f"name: {yq('Levant ' + char + ' ' + PAYLOAD)}", 1),
        encoding="utf-8")
    sidecar = content / "articles/gulf-daily-relocation.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8")
                       + f"headline: {yq('Sidecar ' + char + ' ' + PAYLOAD)}\n",
                       encoding="utf-8")
    article = content / "articles/levant-wire-convoy.txt"
    text = article.read_text(encoding="utf-8")
    _first, rest = text.split("\n", 1)
    article.write_text(f"News {char} {PAYLOAD}\n{rest}", encoding="utf-8")


@pytest.mark.parametrize("char", ["\uffff", "\ufffe", "\U0001ffff", "\x90"])
@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_the_reproduction_gives_warnings_and_pages_whose_front_matter_reads_back(
        example: Path, char: str) -> None:
    _project_with(example, char)
    result = generate(example / "content")
    warnings = [w.format() for w in result.warnings if "cannot be published" in w.message]
    where = {w.split(": warning")[0] for w in warnings}
    assert "content/briefing.yaml:1:8" in where, warnings
    assert any(w.startswith("content/outlets.yaml:") for w in where), warnings
    assert any(w.startswith("content/articles/gulf-daily-relocation.yaml:") for w in where)
    assert "content/articles/levant-wire-convoy.txt:1:6" in where, warnings
    for path, page in result.rendered.pages.items():
        body, data = read(page)
        assert char not in page, path
        if page.startswith("---\n"):
            # exactly what MkDocs will read: the title, and the page without its front matter
            assert set(data) == {"title"} and "\n---\n" not in data["title"], path
            assert body.startswith("#"), path
    assert "Title \ufffd" in result.rendered.pages["index.md"]


def test_check_reports_the_replacement_and_still_passes(example: Path) -> None:
    _project_with(example, "\uffff")
    proc = briefing_here(example, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "content/articles/levant-wire-convoy.txt:1:6: warning: character U+FFFF (a " \
           "noncharacter) in the article cannot be published" in proc.stdout + proc.stderr


def test_front_matter_is_written_by_a_serializer_and_read_back_as_mkdocs_reads_it() -> None:
    for title in ["plain", "a: b", "---", "\"'\\", "#x", "é 中 🙂", "\u2028 \x85", "\ufeffbom",
                  "x\uffffy", "[a](b){: c }", "- list", "? key", "... end",
                  "true", "2017-08-30", "null", "1e3", "*alias", "&anchor", "!tag"]:
        page = with_front_matter({"title": title}, f"# {title}\n")
        body, data = read(page)
        assert data == {"title": title}, (title, page)
        assert body == f"# {title}\n"
        # PyYAML, what MkDocs uses, on the front matter alone
        assert yaml.safe_load(page.split("---\n")[1]) == {"title": title}


def test_a_page_that_would_not_read_back_is_refused() -> None:
    with pytest.raises(FrontMatterError):  # libyaml refuses a lone surrogate, even escaped
        with_front_matter({"title": "x\ud800"}, "# x\n")
    with pytest.raises(FrontMatterError):
        verify("---\ntitle: \"x\n---\n\n# x\n", {"title": "x"}, "# x\n")
    # without delimiters MkDocs reads leading "key: value" lines as metadata
    with pytest.raises(FrontMatterError):
        with_title("title: not a heading\n\nbody\n")
    assert with_title("# Heading\n").startswith('---\n"title": "Heading"\n---\n')


def test_bidi_controls_are_isolated_and_unmatched_closers_dropped() -> None:
    assert isolate_bidi("plain") == "plain"
    assert isolate_bidi("a\u202eb") == "\u2068a\u202eb\u2069"
    assert isolate_bidi("\u2069\u202eevil") == "\u2068\u202eevil\u2069"
    assert isolate_bidi("\u2067x") == "\u2068\u2067x\u2069\u2069"


def test_a_right_to_left_override_stays_inside_the_name_on_every_page(example: Path) -> None:
    outlets = example / "content/outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace(
        "name: Levant Wire", 'name: "Levant \\u202eeriW"', 1), encoding="utf-8")
    result = generate(example / "content")
    pages = [p for p in result.rendered.pages.values() if "\u202e" in p]
    assert pages, "the outlet name is on no page"
    for page in pages:
        for line in page.splitlines():
            if "\u202e" in line:  # the override is closed right after the name, every time
                assert line.count("\u202e") == line.count("Levant \u202eeriW\u2069"), line
    nav = json.dumps(result.rendered.nav, ensure_ascii=False)
    assert "\u2068Levant \u202eeriW\u2069" in nav


def test_generated_yaml_and_json_read_back(example: Path) -> None:
    _project_with(example, "\uffff")
    result = generate(example / "content")
    data = json.loads(result.rendered.files["timeline.json"])
    assert "\uffff" not in json.dumps(data, ensure_ascii=False)


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_an_extract_draft_from_a_latin1_page_with_byte_0x90_passes_check(example: Path) -> None:
    """Regression: byte 0x90 decodes to U+0090 (Latin-1 fallback), extract copied it into the
    draft, and check refused the draft."""
    articles = example / "content/articles"
    (articles / "odd-c1.txt").write_bytes(
        b"Convoy halted\n\nThe buses carry 308 militants\x90 and 331 civilians, according to "
        b"Hezbollah, officials said on Wednesday.\n")
    (articles / "odd-c1.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T21:10:00+03:00\n", encoding="utf-8")
    draft = example / "content/drafts/odd.yaml"
    proc = run_briefing(example, "extract", "odd-c1", "-o", str(draft))
    assert proc.returncode == 0, proc.stderr
    assert "militants\ufffd and" in draft.read_text(encoding="utf-8")
    (example / "content/facts/odd.yaml").write_text(draft.read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    proc = briefing_here(example, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "content/articles/odd-c1.txt:3:30: warning: character U+0090" in proc.stderr


def test_load_keeps_positions_when_replacing(example: Path) -> None:
    article = example / "content/articles/levant-wire-convoy.txt"
    lines = article.read_text(encoding="utf-8").split("\n")
    lines[8] = lines[8][:10] + "\ufdd0" + lines[8][10:]
    article.write_text("\n".join(lines), encoding="utf-8")
    problems = Problems(example / "content")
    content = load(example / "content", problems)
    assert "\ufdd0" not in content.articles["levant-wire-convoy"].text
    where = [p.format().split(": warning")[0] for p in problems.items
             if "cannot be published" in p.message]
    assert where == ["content/articles/levant-wire-convoy.txt:9:11"]
