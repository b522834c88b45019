"""Articles in Nepali and Korean: read, cleaned and shown legibly on the site and in the PDF.

The two articles are written by the project for this test. The PDF must carry the paragraphs
as text in a font that has their script (Noto Serif Devanagari ships with Briefing; Noto CJK is
installed by scripts/setup), and the site must mark the article's language. Screenshots of the
PDF page and the site pages are kept in test-artifacts/scripts/ for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import REPO, copy_example, run_briefing, serve

pytestmark = pytest.mark.slow  # builds a site and its PDF

ARTIFACTS = REPO / "test-artifacts" / "scripts"

NEPALI = {
    "headline": "काठमाडौंमा बाढीले दुई सय घर डुबायो",
    "paragraphs": [
        "काठमाडौंमा बिहीबार राति परेको भारी वर्षाले बागमती नदीमा बाढी आयो। प्रहरीका अनुसार तीन "
        "जना बेपत्ता छन् र दुई सय घरमा पानी पसेको छ।",
        "नगरपालिकाले विस्थापित परिवारका लागि विद्यालयहरूमा अस्थायी आश्रय खोलेको जनाएको छ।",
    ],
}
KOREAN = {
    "headline": "서울 폭우로 주택 이백 채 침수",
    "paragraphs": [
        "목요일 밤 서울에 내린 폭우로 한강 수위가 크게 올랐다. 경찰에 따르면 세 명이 실종됐고 "
        "주택 이백 채가 물에 잠겼다.",
        "구청은 이재민을 위해 학교 체육관에 임시 대피소를 마련했다고 밝혔다.",
    ],
}
ARTICLES = {"kathmandu-flood": ("+05:45", NEPALI), "seoul-flood": ("+09:00", KOREAN)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_example(tmp_path_factory.mktemp("scripts") / "briefing")
    articles = project / "content" / "articles"
    for name, (offset, article) in ARTICLES.items():
        text = "\n\n".join([article["headline"], *article["paragraphs"]]) + "\n"
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
        (articles / f"{name}.yaml").write_text(
            f"outlet: levant-wire\npublished: 2017-08-31T09:00:00{offset}\n", encoding="utf-8")
    done = run_briefing(project, "build")
    assert done.returncode == 0, done.stdout + done.stderr
    return project


def _fonts(reader: PdfReader, page: int) -> set[str]:
    resources = reader.pages[page].get("/Resources", {}).get_object()
    return {str(f.get_object()["/BaseFont"]) for f in (resources.get("/Font") or {}).values()}


@pytest.mark.pdf
def test_nepali_and_korean_in_the_pdf(built: Path) -> None:
    reader = PdfReader(built / "site" / "briefing.pdf")
    texts = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    korean = next(i for i, t in enumerate(texts) if KOREAN["paragraphs"][1] in t)
    assert KOREAN["headline"] in texts[korean]
    assert any(font.endswith("CJK-KR") or "CJK" in font for font in _fonts(reader, korean))
    # Devanagari vowel signs come back from the PDF's text layer reordered; whole words without
    # them come back as written.
    nepali = next(i for i, t in enumerate(texts) if "बाढी" in t and "बेपत्ता" in t)
    assert all(word in texts[nepali] for word in ("बाढी", "दुई", "सय", "बेपत्ता", "जना", "घर"))
    assert any("Briefing-Devanagari" in font for font in _fonts(reader, nepali))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for index in sorted({korean, nepali}):
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-f", str(index + 1), "-l", str(index + 1), "-r", "80",
                            "-png", str(built / "site" / "briefing.pdf"),
                            str(ARTIFACTS / f"pdf-page-{index + 1}")], check=True)


def test_nepali_and_korean_articles_on_the_site(built: Path) -> None:
    for name, (_offset, article) in ARTICLES.items():
        html = (built / "site" / "articles" / name / "index.html").read_text(encoding="utf-8")
        language = "ne" if article is NEPALI else "ko"
        assert f'<div class="bf-article" dir="ltr" lang="{language}">' in html
        assert article["headline"] in html
        assert all(p in html for p in article["paragraphs"])
        assert "detected" in html


@pytest.mark.browser
def test_screenshots_of_the_two_article_pages(built: Path, chromium) -> None:
    """The browser shows the paragraphs; whether their glyphs are legible is for a person to
    see in the screenshots (test-artifacts/scripts/site-*.png)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve(built / "site", "") as base:
        for name, (_offset, article) in ARTICLES.items():
            chromium.get(f"{base}articles/{name}/")
            body = chromium.find_element("css selector", ".bf-article").text
            assert article["paragraphs"][0] in " ".join(body.split())
            chromium.save_screenshot(str(ARTIFACTS / f"site-{name}.png"))
