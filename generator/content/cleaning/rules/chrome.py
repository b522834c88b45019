"""The page's chrome: player controls and pointers to its video, navigation, web addresses, title
bars and breadcrumbs, template leftovers, pictures saved as file names, separators, tags and
categories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import WEB_ADDRESS, Block, ends_sentence
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
    compile_re2,
    group,
    group_text,
    list_items_ok,
    words,
)
from generator.content.cleaning.rules.patterns import (
    AGENCY,
    EDGE,
    ON,
    PICTURE,
    alternation,
)
from generator.content.headline_address import DOMAIN_END
from generator.text import furniture_words as F
from generator.text.languages import fold


def _items_ok(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    return list_items_ok(group(m, "items") or "")


#: A picture's label opening a line ("Photo : Agency/Name |"): a credit a bar closes is still
#: the picture's, not the page's title bar (fdev4 fresh pages).
_PICTURE_OPENING = compile_re2(ci(rf"^{EDGE}(?:{PICTURE})\s*[:：]"))


def _not_picture_label(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    return _PICTURE_OPENING.search(fold(blocks[i].text)) is None


_NAVIGATION_WORD = alternation([p for ps in F.NAVIGATION.values() for p in ps])


def _breadcrumb(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A breadcrumb's steps are short: "Accueil | Actualités | <the page's title>" (only the
    last step, the page itself, may be long), and none ends a sentence before the last."""
    steps = [s.strip() for s in re.split(r">>?|»|›|\||/|::|→", blocks[i].text) if s.strip()]
    return len(steps) >= 2 and all(words(s) <= 4 and not ends_sentence(s) for s in steps[:-1])


#: One step of a breadcrumb printed as a numbered list ("1. Site", "2. >", "3. Section").
_NUMBERED_STEP = re.compile(r"^\s*(\d{1,2})\.(?:\s+(\S.*?))?\s*$")
_TRAIL_MARK = re.compile(r"^(?:>>?|»|›|/|\||→)$")


def _step(blocks: Sequence[Block], j: int) -> tuple[int, str] | None:
    m = _NUMBERED_STEP.match(blocks[j].text) if 0 <= j < len(blocks) else None
    return (int(m.group(1)), m.group(2) or "") if m else None


def _numbered_trail(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A breadcrumb printed as a numbered list, one step a line: "1. Site", "2. >", "3. Section",
    "4. >", "5. <the title>". The steps count from one without a gap, every second one is a
    separator alone (which no list of the story holds), and the steps between are labels; only
    the last, the page itself, may be long."""
    first = last = i
    while (_step(blocks, first) and _step(blocks, first - 1)
           and _step(blocks, first)[0] == _step(blocks, first - 1)[0] + 1):
        first -= 1
    while (_step(blocks, last) and _step(blocks, last + 1)
           and _step(blocks, last + 1)[0] == _step(blocks, last)[0] + 1):
        last += 1
    steps = [_step(blocks, j) for j in range(first, last + 1)]
    if None in steps or len(steps) < 3 or steps[0][0] != 1:
        return False
    texts = [t for _, t in steps]
    return (all(_TRAIL_MARK.match(t) for t in texts[1::2])
            and all(words(t) <= 4 and not ends_sentence(t) for t in texts[:-1:2]))


def _doubled_label(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A label of two or three words printed twice in a row ("Go premium Go premium"): a
    button's text and its accessible name, as a template writes both. A story line never is one
    phrase twice with no punctuation between."""
    ws = blocks[i].text.split()
    half = len(ws) // 2
    return len(ws) % 2 == 0 and 2 <= half <= 3 and ws[:half] == ws[half:]




def _site_breadcrumb(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The first step is the site's name (its domain ending aside) and the rest is a trail."""
    site = DOMAIN_END.sub("", (group_text(m, "site", blocks[i].text) or "").strip()).lower()
    words_of_site = re.findall(r"[^\W_]+", site)
    return (bool(words_of_site) and ("".join(words_of_site) in page.site_words
                                     or all(w in page.site_words for w in words_of_site))
            and _breadcrumb(blocks, i, m, page, table))


def _pipe_row(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """Every item between the bars is a label (at most four words, five in a row of three or
    more; no sentence): a footer menu ("About | Advertising | Contact"), a tool bar ("| 31
    views | Add to favourites")."""
    items = [s.strip() for s in blocks[i].text.split("|") if s.strip()]
    longest = 5 if len(items) >= 3 else 4  # "| AFP | 765 | Aucun vote sur cette news"
    return len(items) >= 2 and all(words(s) <= longest and not ends_sentence(s) for s in items)


def _dash_bar(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """"Outlet - - Section -": a title bar ends with a dash and holds a second separator (a
    story line does not end on a dash; a crosshead set between dashes starts with one)."""
    text = blocks[i].text.strip()
    return len(re.findall(r"\s[-–—](?=\s|$)", text)) >= 2


#: One picture file name or more on a line, or a theme's cropped copy with its size.
FILE_NAMES = (r"^\s*(?:[^\s/\\]{1,120}\.(?:jpe?g|png|gif|webp|avif|heic)(?:\s+|$))+$"
              r"|^\s*cropped[\s-][^.!?]{1,80}?\d{2,4}x\d{2,4}\s*$")


_FILE_NAMES_RX = compile_re2(ci(FILE_NAMES))


#: A caption short enough to need no other sign of its shape.
CAPTION_WORDS = 12


def _under_a_file_name(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The line right under a picture's file name is its caption; a list of names is not, nor
    the page's last block when the copy stops inside it (that is where the excerpt was cut).
    It has a caption's shape: short, or with no full stop closing it, or with its credit
    ("Foto: …", "(AP)"); a paragraph of prose with more story under it is the lede or a body
    paragraph the picture stands above, credit ("CITY (AP) —") or not."""
    if i == 0 or blocks[i].line != blocks[i - 1].line + 1 or (
            i == len(blocks) - 1 and not ends_sentence(blocks[i].text)):
        return False  # (the caption is printed on the very next line, no blank line between)
    if _FILE_NAMES_RX.search(fold(blocks[i - 1].text)) is None \
            or _FILE_NAMES_RX.search(fold(blocks[i].text)) is not None:
        return False
    text = blocks[i].text
    n = words(text)
    if n <= CAPTION_WORDS:
        return True
    prose = n >= 25 or ends_sentence(text)
    if prose and any(words(b.text) >= 8 and ends_sentence(b.text) for b in blocks[i + 1:i + 4]):
        return False
    return not ends_sentence(text) or _CAPTION_CREDIT_RX.search(fold(text)) is not None


def _ends_the_text(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """Nothing of the story's length follows (an ellipsis mid-story is a scene break)."""
    return all(words(b.text) < 8 for b in blocks[i + 1:i + 30])


def _pointer_in_place(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A pointer to the page's video under a title or a paragraph, not the page's first line
    ("Watch the moment the bridge falls in new footage" may be the headline); and not a line
    ending with a colon that closes the text: the copy may have been cut under it (the pointer
    pass judges such lines by their neighbours)."""
    if not any(words(b.text) >= MIN_TITLE_ABOVE_POINTER for b in blocks[max(0, i - 12):i]):
        return False
    return not (blocks[i].text.rstrip().endswith(":") and _ends_the_text(blocks, i, m, page, table))


#: A line of this many words above a pointer to the video: a title or a paragraph, so the
#: pointer is no headline.
MIN_TITLE_ABOVE_POINTER = 6


_MEDIA = alternation([p for ps in F.MEDIA_CONTROLS.values() for p in ps])


_CHROME = alternation([p for ps in F.CHROME.values() for p in ps])


_MEDIA_INVITE = alternation([p for ps in F.MEDIA_INVITE.values() for p in ps])


_MEDIA_NOUN = alternation([p for ps in F.MEDIA_NOUN.values() for p in ps])
#: The media nouns that are no picture's label: alone on a line, a picture's word is read by
#: the caption rules ("picture-word"), which the line under it then follows as its caption.
_MEDIA_NOT_PICTURE = alternation(sorted(
    {p for ps in F.MEDIA_NOUN.values() for p in ps}
    - {p.casefold() for ps in F.PICTURE_LABEL.values() for p in ps}))


_LABEL_PAGE = "(?:" + "|".join(
    rf"{alternation([opening])}\s.{{1,120}}?[.:]\s*{alternation([link])}"
    for opening, link in F.LABEL_PAGE.values()) + ")"


#: A picture's credit in its caption: "Photo: …", "Foto: …", "(AP)", "©".
_CAPTION_CREDIT_RX = compile_re2(ci(
    rf"(?:^|[\s(\[|•·–—-])(?:{PICTURE}|credits?|crédits?|créditos?)\s*[:：]"
    rf"|\(\s*(?:{AGENCY})(?:\s*/\s*[^()]{{1,40}})?\s*\)|©"))


#: A clip's length as a player prints it: "2:26", "02:44", "2 mn 26", "2 min 26 s".
_CLIP_LENGTH = (r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|s)?"
                r"|\d{1,3}\s*(?:mn|min)\.?\s*\d{1,2}(?:\s*(?:s|sec)\.?)?)")

#: The words that put a time of day, not a clip's length, before "02:44": the prepositions of
#: :data:`.patterns.ON` and those of a span ("from 02:44", "bis 02:44", "desde las 02:44").
_CLOCK_WORDS = frozenset(w for w in re.findall(r"[^\W\d_]+", ON)) | {
    "from", "to", "until", "till", "by", "since", "before", "after", "around", "about",
    "bis", "ab", "gegen", "seit", "vor", "nach", "vers", "depuis", "dès", "jusqu", "avant",
    "après", "desde", "hasta", "hacia", "sobre", "dalle", "verso", "fino", "dopo", "prima",
    "até", "das", "as", "o", "godz", "van", "tot", "om", "rond", "uur", "h"}


#: Words between a clock preposition and the time ("at exactly 02:44", "um genau 02:44";
#: review 51: a story line ending on a time was read as a clip's title).
_EXACTLY = frozenset({"exactly", "precisely", "just", "shortly", "genau", "exactement",
                      "exactamente", "esattamente", "exatamente", "pünktlich"})


def _clip_length(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """No time of day before the length: a clock preposition ("The sirens sounded at
    02:44"), perhaps with "exactly" after it, or "the hours of" ("in the early hours of
    02:44")."""
    last = re.findall(r"[^\W\d_]+", blocks[i].text.casefold())[-2:]  # (the length ends it)
    if last and last[-1] in _CLOCK_WORDS:
        return False
    return not (len(last) == 2 and ((last[0] in _CLOCK_WORDS and last[1] in _EXACTLY)
                                    or last == ["hours", "of"]))


RULES: tuple[Rule, ...] = (
    # ---- navigation
    Rule("media-control", "navigation", "a picture's, video's or gallery's button",
         # (a video's or gallery's word alone: the label of an embed the scraper dropped)
         ci(rf"^{EDGE}(?:{_MEDIA}|{_MEDIA_NOT_PICTURE}"
             r"|(?:image|photo|picture|bild|foto|immagine|imagen|imagem)\s+"
             rf"\d{{1,3}}\s*(?:of|von|sur|de|di|z|van|/)\s*\d{{1,3}}){EDGE}$"),
         max_words=8),
    # "Veja os vídeos:", "Clique abaixo e assista ao vídeo do resgate": a line that opens with a
    # verb of watching or clicking and names the page's video or pictures, with no full stop
    Rule("media-pointer", "embed", "a line sending the reader to the page's video or pictures",
         ci(rf"^{EDGE}{_MEDIA_INVITE}\s(?:[^.!?]{{0,80}}[^\pL])?{_MEDIA_NOUN}"
             r"(?:[^\pL][^.!?]{0,80})?$"),
         max_words=12, check=_pointer_in_place),
    # "Il video del crollo", "The video of the collapse": a player's title between
    # paragraphs, the medium and "of" opening a phrase with no sentence end (round 24 on fresh
    # pages; a crosshead names what the story tells, not a video of it; an adjective before the
    # medium, "Aerial footage of the dam …", "Le immagini di …": fur5, two sites, en and it)
    Rule("media-title", "embed", "a video's or gallery's title",
         ci(r"^\W*(?:(?:the|le|la|les|il|lo|el|los|das|die|o|a|os|as|het|de)\s+|\pL+\s+)"
            r"(?:video|vidéo|vídeo|videos|vidéos|vídeos|photos|fotos|foto|immagini|images|footage"
            r"|imágenes|imagens|bilder|beelden|galerie|galleria|gallery|pictures)\s+(?:of|from|de"
            r"|du|des|della|del|dello|dei|degli|delle|di|dal|dalla|von|vom|der|do|da|dos|das"
            r"|van)\s+[^.!?:;\"“”«»]{3,120}$"),
         max_words=16),
    # a video player's box as text: its length, then the clip's title ("Duration 0:34 min Fire
    # at the depot"); a story line never opens with a clip's length
    # (the length also as minutes and seconds, "Time : 2 mn 26", with the clip's number in the
    # player's list after it, "/ [1]", and no title: fdev2 on fresh pages)
    Rule("player-length", "embed", "a video player's length and title",
         ci(r"^\s*(?:duration|length|time|dauer|länge|laufzeit|durée|temps|duración|durata"
             r"|duração|duur)\s*:?\s*"
             rf"{_CLIP_LENGTH}(?:\s*/\s*\[\d{{1,2}}\])?(?:\s+\S.{{0,120}})?$"),
         max_words=20),
    # a clip's title with its length after it, as a player's playlist prints it ("Crews clear
    # the depot after the blast 02:44"): no sentence end before the length, and no word that
    # puts a time of day before it ("at 02:44", "um 02:44 Uhr" are a time, not a length)
    Rule("player-title-length", "embed", "a video's title and its length",
         ci(r"^[^.!?:;]{8,160}[\s'’](?P<before>\pL+)\s+\d{1,2}:\d{2}$"),
         max_words=24, check=_clip_length),
    Rule("back-to-top", "link-list", "back-to-top link",
         # (the button's own name before it, and "of the page" in the page's language after
         # it: "Bouton retour en haut de la page")
         ci(r"^(?:[↑⬆▲^]\s*)?(?:(?:button|bouton|botón|botão|pulsante|knop)\s+)?"
             r"(?:(?:back|go|return|scroll|jump|skip)\s+(?:to\s+)?(?:the\s+)?"
             r"top|on\s+top|top|nach\s+oben|retour\s+en\s+haut|volver\s+arriba|torna\s+su"
             r"|voltar\s+ao\s+topo|terug\s+naar\s+boven)(?:\s+(?:of\s+(?:the\s+)?page|de\s+la\s+page"
             r"|de\s+la\s+página|della\s+pagina|da\s+página|der\s+seite|van\s+de\s+pagina))?"
             r"\s*[↑⬆▲^]?$"),
         max_words=8),
    Rule("navigation", "link-list", "navigation link",
         # (skip links, numbered: "1. Skip to content", or glued: "…contentSkip to…", trial 40)
         ci(rf"^{EDGE}{_CHROME}{EDGE}$" r"|^(?:(?:(?:\d{1,2}[.)]\s+)?(?:skip|jump)\s+to\s+"
             r"(?:the\s+)?(?:main\s+|more\s+[\w-]+\s+)?(?:content|navigation|menu|search|sites?"
             r"|footer)[\s|•·]*)+|toggle\s+navigation|main\s+menu|menu|search|home|watch\s+now|watch\s+live"
             r"|listen\s+now|listen|startseite|accueil|inicio|portada|home\s+page"
             r"|log\s*in|sign\s*in|login|register|my\s+account|se\s+connecter|anmelden"
             r"|iniciar\s+sesión|accedi|entrar|zaloguj\s+się|inloggen|přihlásit\s+se"
             r"|(?:open|read)\s+in\s+(?:the\s+)?app|(?:download|get)\s+the\s+app|app\s+öffnen"
             r"|in\s+der\s+app\s+lesen|ouvrir\s+dans\s+l['’]application|abrir\s+en\s+la\s+app"
             r"|apri\s+nell['’]app"
             # the player's button: the verb of listening, a determiner, the story's noun
             # ("Écouter l'article", "Escuchar noticia", "Ascolta la notizia", "Ouvir notícia")
             r"|(?:listen\s+to|écouter|escuchar|escucha|ascolta|ascoltare|ouvir|ouça|oiça"
             r"|posłuchaj|beluister)\s+(?:(?:this|the|cet|cette|l['’]|la|le|este|esta|el"
             r"|questo|questa|o|a|dit|het|de)\s*)?(?:article|story|artículo|noticia|nota"
             r"|articolo|notizia|artigo|notícia|matéria|reportagem|texto|artykułu|artikel)"
             r"|(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:anhören|vorlesen))$"),
         max_words=12),
    # ---- a web address alone on its line: no story sentence is only an address. The first
    # line of a saved page is often the page's own (a scraper's or a reader's habit): it gives
    # the article's url when the metadata has none (content/cleaner.py)
    Rule("bare-address", "link-list", "a web address on a line of its own",
         ci(WEB_ADDRESS), max_words=1,
         yields=("url",)),
    # ---- title bars ("Valley News |", "Title | Outlet")
    Rule("title-bar", "title-bar", "a page title bar", r"^[^|]{1,80}\|\s*$", max_words=12,
         check=_not_picture_label),
    Rule("title-bar-dash", "title-bar", "a page title bar (outlet and section, ending with a dash)",
         r"^[\pL\pN][^.!?:;|]{0,80}\s[-–—]\s*$", max_words=8, check=_dash_bar),
    # "You are here: News > World": a breadcrumb that says it is one, in the templates' words
    Rule("you-are-here", "navigation", "breadcrumb trail (\"you are here: …\")",
         ci(rf"^{EDGE}(?:you\s+are\s+(?:here|in)|vous\s+[êe]tes\s+ici|sie\s+sind\s+hier|"
             r"usted\s+est[áa]\s+aqu[íi]|est[áa]s\s+aqu[íi]|sei\s+qui|voc[êe]\s+est[áa]\s+aqui|"
             r"jeste[śs]\s+tutaj|u\s+bent\s+hier|nach[áa]z[íi]te\s+se)\s*:\s*\S.{0,300}$"),
         max_words=40),
    Rule("breadcrumb", "navigation", "breadcrumb trail (home > section > page)",
         ci(rf"^{EDGE}{_NAVIGATION_WORD}\s*(?:>>?|»|›|\||/|::|→)\s*\S.{{0,240}}$"),
         max_words=30, check=_breadcrumb),
    Rule("doubled-label", "navigation", "a button's label printed twice in a row",
         r"^\s*\pL+(?:\s+\pL+){3,5}\s*$", max_words=6, check=_doubled_label),
    # "1. Site" "2. >" "3. Section" "4. >" "5. <the title>": the trail as a numbered list
    Rule("numbered-trail", "navigation", "breadcrumb trail printed as a numbered list",
         r"^\s*\d{1,2}\.(?:\s|$)", max_words=30, check=_numbered_trail),
    # "Valley.com > News > <the title>": the trail starts at the site itself
    Rule("site-breadcrumb", "navigation", "breadcrumb trail from the site's name",
         r"^\s*(?P<site>[\pL\pN][\pL\pN.-]{0,40}?)\s*(?:>>?|»|›|→)\s*\S.{0,240}$",
         max_words=30, check=_site_breadcrumb),
    Rule("pipe-row", "link-list", "a row of short links or labels between bars",
         r"^\s*\|?[^|]{1,60}(?:\|[^|]{0,60}){2,}\|?\s*$|^\s*\|[^|]{1,60}\|[^|]{1,60}\|?\s*$",
         max_words=30, check=_pipe_row),
    # ---- template leftovers
    # (a shortcode's attributes run long, "[gallery_images source=… order_by=… …]": a
    # gallery plugin's, round 24 on fresh pages; only its key=value shape may run past 200)
    Rule("template", "template", "template placeholder",
         r"^(?:\s*(?:\{\{[^}]{0,200}\}\}|\{%[^%]{0,200}%\}|!\[[^\]]{0,200}\]\([^)]{0,500}\)"
         r"|\[/?[a-z_]+[^\]]{0,200}\]|\[[a-z_]+(?:\s+[a-z_]+=[^\s\]]+)+\s*/?\]"
         r"|<[^>]{0,300}>|undefined|null|NaN"
         # a placeholder a template left between hash or percent signs ("##RELATED##")
         r"|##[A-Za-z_]{2,40}##|%%[A-Za-z_]{2,40}%%))+\s*$",
         max_words=60),
    # a picture saved as its file's name ("TREE-DOWN.jpg", an agency's number, hashes), or a
    # theme's cropped copy of one ("cropped Name 300x300"); the line under it is its caption
    Rule("file-name", "embed", "a picture's file name on a line of its own",
         ci(FILE_NAMES), max_words=8),
    Rule("file-name-caption", "caption", "the caption under a picture's file name",
         r"\S", max_words=35, check=_under_a_file_name),
    # the AP's slug over its top pictures ("APTOPIX Country Topic"), printed with the photo
    Rule("ap-photo-slug", "caption", "the AP's slug of a top picture (APTOPIX …)",
         r"^\s*APTOPIX\b[^.!?]{0,120}$", max_words=12),
    # a gallery's label: a word with the picture's number glued on ("Floods3"), no title
    Rule("gallery-label", "caption", "a gallery label (a word and the picture's number)",
         r"^\s*\p{Lu}\p{Ll}{2,}\d{1,2}\s*$", max_words=1),
    # "![](…) Fans gathered outside the stadium": a picture (a Markdown image) and its caption, no
    # sentence; a paragraph of prose after a picture stays story, picture and all
    Rule("image-caption", "caption", "a picture and its caption",
         r"^\s*!\[[^\]]{0,200}\]\([^)]{0,500}\)\s*[\pL\pN\p{Pi}\p{Ps}][^.!?…]{0,250}$",
         max_words=30),
    Rule("ellipsis-mark", "truncation-notice", "an ellipsis closing the text (the copy is cut)",
         r"^\s*[\[(]?\s*(?:…|\.\.\.)\s*[\])]?\s*$", max_words=2, check=_ends_the_text),
    # ---- separators
    Rule("separator", "separator", "a line of punctuation only",
         r"^[\s\p{P}\p{S}]+$", max_words=20),
    # ---- tags and categories
    Rule("tag-list", "tag-list", "tag list",
         ci(r"^(?:(?:related\s+|verwandte\s+)?(?:tags?|keywords|topics|hashtags|schlagwörter"
             r"|schlagworte|stichwörter|étiquettes|mots-clés|mots\s+clés|etiquetas|temas"
             r"|argomenti|etichette|tagi|tematy|trefwoorden|štítky|témata|sujets|themen"
             r"|الكلمات\s+المفتاحية|وسوم|ट्याग|태그|키워드)"
             # the heading's word for related after the tag word ("Temas relacionados",
             # "Argomenti correlati", "Sujets associés": round 24 on fresh pages)
             r"(?:\s+(?:relacionad[oa]s|correlat[ie]|associés|liés|"
             r"gerelateerd|powiązane|související))?\s*(?::|$)"
             r"|tagged(?:\s+(?:with|in|as|under))?\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
    Rule("archive-label", "navigation", "the heading of a tag's archive page (\"Tag Archiv: X\")",
         # one term after a tag word and a colon or bar: the page lists every post under it
         ci(r"^(?:tag|schlagwort|stichwort|tópicos?|etiqueta|étiquette)"
             r"(?:[\s-]*archiv(?:e|es|o)?)?\s*[:|]\s*[^.!?:|]{1,60}$"),
         max_words=6),
    Rule("label-page", "navigation", "a blog's notice over the posts of one label",
         ci(rf"^{EDGE}{_LABEL_PAGE}{EDGE}$"), max_words=30),
    Rule("category-list", "category-list", "category list",
         # (a blog's archive page of one category or tag says so over the posts: "Category
         # Archives: Storms", "Archives de catégorie : Orages", "Archivo de la categoría: …")
         ci(r"^(?:(?:(?:category|tag)\s+archives?|archiv(?:es?|o)\s+(?:de\s+(?:la\s+)?)?"
             r"(?:catégorie|categoría|categoria|étiquette|etiqueta)|archivio\s+della\s+categoria"
             r"|arquivos?\s+da\s+categoria|kategorie-archiv"
             r"|categor(?:y|ies)|sections?|catégories?|kategorien?|rubriken?|rubrik"
             r"|categorías?|sección|categorie|categoria|kategorie|kategoria|rubriek|rubrika"
             r"|التصنيف|القسم|श्रेणी|분류)\s*(?::|$)|(?:filed|posted|listed|published)\s+"
             r"(?:in|under)\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
)
