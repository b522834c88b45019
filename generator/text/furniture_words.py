"""The words page furniture is written in, in every language the cleaner reads.

A page's furniture speaks the site's language ("Lire aussi", "Weiterlesen", "Continua a leggere",
"थप पढ्नुहोस्", "관련기사") and often English as well ("Share", "Watch Now"), whatever the language of
the story. Each table maps an ISO 639-1 code to the phrases of one kind of furniture; the cleaning
rules (:mod:`generator.content.cleaning.rules`) join the phrases of *all* languages into one
alternation, because a rule that only fires on a whole short line ("Share:", "Lesen Sie auch:")
cannot mistake a story sentence in another language for furniture.

Phrases are lower case, as written; a space matches any run of white space. Each list was
collected from sites' own templates (Wordpress, Drupal, newspaper CMSs) in the language named, not
from the pages of the test corpus (Indonesian: from a new-user trial's pages, by their shapes).
"""

from __future__ import annotations

from typing import NamedTuple

from generator.text.agencies import AGENCIES as _AGENCY_TABLE
from generator.text.services import SERVICES

#: "Read more", "Continue reading": the story goes on elsewhere (the copy is an excerpt).
READ_MORE = {
    "en": ("read more", "continue reading", "keep reading", "read the full article",
           "read the full story", "read full story", "read full article", "full story",
           "click here to read more", "click here to continue reading", "read on"),
    "fr": ("lire la suite", "lire plus", "lire l'article", "lire l’article", "la suite",
           "lire l'article complet", "lire l’article complet", "voir la suite"),
    "de": ("weiterlesen", "mehr lesen", "lesen sie weiter", "zum artikel", "ganzen artikel lesen",
           "artikel lesen", "mehr anzeigen"),
    "es": ("leer más", "seguir leyendo", "sigue leyendo", "continuar leyendo", "ver más",
           "leer la nota completa", "leer artículo completo", "lee la nota completa"),
    "it": ("continua a leggere", "leggi tutto", "leggi di più", "leggi l'articolo completo",
           "leggi l’articolo completo", "continua la lettura", "leggi l'articolo",
           "leggi l’articolo"),
    "pt": ("leia mais", "continue lendo", "continuar lendo", "ler mais", "saiba mais",
           "continuar a ler", "leia a matéria completa"),
    "pl": ("czytaj więcej", "czytaj dalej", "czytaj całość", "zobacz więcej"),
    "nl": ("lees meer", "lees verder", "verder lezen", "lees het hele artikel"),
    "cs": ("číst dál", "číst dále", "celý článek", "pokračovat ve čtení"),
    "ar": ("اقرأ المزيد", "تابع القراءة", "إقرأ المزيد", "المزيد"),
    "ne": ("थप पढ्नुहोस्", "पूरा पढ्नुहोस्", "थप पढ्नुस्", "पुरा पढ्नुहोस्"),
    "ko": ("더보기", "기사 전문 보기", "전체 기사 보기", "기사 더보기", "계속 읽기"),
    "id": ("baca selengkapnya", "selengkapnya", "lanjutkan membaca", "baca artikel lengkap"),
}

#: The bare word a page puts in brackets after a teaser's last sentence ("(Continua…)",
#: "(Suite…)", "(Continued…)"), and the pager's words for the next page ("(… nella pagina
#: successiva…)"): the story goes on on another page (round 24 on fresh pages).
CONTINUED = ("continua", "continued", "continues", "suite", "fortsetzung", "sigue", "continúa",
             "continuação", "ciąg dalszy", "vervolg", "pokračování")
NEXT_PAGE = ("next page", "following page", "page suivante", "nächste seite", "nächsten seite",
             "página siguiente", "pagina successiva", "pagina seguente", "próxima página",
             "następnej stronie", "następna strona", "volgende pagina", "další stránka")

#: "Read the whole story (on another site)": the verb and the story's noun of a pointer to the
#: rest of the article elsewhere ("Read more on this story here", "Leer noticia completa en
#: X", "Leggi tutta la notizia su X"); the copy is an excerpt.
READ_VERB = ("read", "lire", "lisez", "leer", "lee", "leggi", "leia", "ler", "czytaj", "lees",
             "lesen sie", "lies")
#: Words between the verb and the noun: "more about this", "the rest of", "la suite de", "tutta la".
READ_WHOLE = ("more about this", "more about the", "more on this", "the rest of this",
              "the rest of the", "la suite de l'", "la suite de l’", "la suite de la",
              "la suite de cet", "tutta la", "tutto l'", "tutto l’", "la", "el", "l'", "l’", "the",
              "this", "a", "o", "das", "den", "het", "de", "il", "la noticia", "toda la")
STORY_NOUN = ("story", "article", "notizia", "articolo", "noticia", "nota", "artículo",
              "notícia", "matéria", "artykuł", "artikel", "nieuws", "bericht")
#: What may follow the noun: "complete", then where ("HERE", "on X", "en X", "su X").
READ_COMPLETE = ("completa", "completo", "complete", "complet", "completo", "intera", "integrale",
                 "entera", "completa aquí")
READ_WHERE = ("here", "on", "at", "in", "en", "su", "sur", "em", "na", "op", "auf", "aquí", "qui",
              "ici")

#: A link to the article's original page, which an aggregator prints under its excerpt ("Go to
#: the original article", "Idź do oryginalnego materiału"): fdev4 fresh pages.
ORIGINAL_POINTER = ("go to the original article", "read the original article",
                    "view the original article", "view original article", "original article",
                    "voir l'article original", "voir l’article original",
                    "lire l'article original", "lire l’article original", "zum originalartikel",
                    "zum original", "ir a la nota original", "ver artículo original",
                    "leer artículo original", "vai all'articolo originale",
                    "leggi l'articolo originale", "ir para a matéria original",
                    "ver matéria original", "idź do oryginalnego materiału",
                    "przejdź do oryginalnego materiału", "przejdź do oryginalnego artykułu",
                    "naar het originele artikel", "lees het originele artikel")

#: The page speaking of itself in a notice of its own change ("This article was updated on …",
#: "Cet article a été mis à jour …", "Dieser Artikel wurde am … aktualisiert"): the article named
#: with a demonstrative, then a word of change within the clause (``rules/bylines.py``
#: ``age-notice``). A story sentence does not call its own text "this article".
THIS_ARTICLE = {
    "en": ("this story", "this article", "this post", "this report", "this piece"),
    "fr": ("cet article", "cette dépêche", "cette publication", "cette information"),
    "de": ("dieser artikel", "dieser beitrag", "dieser text", "diese meldung"),
    "es": ("este artículo", "esta nota", "esta noticia", "esta información", "esta historia"),
    "it": ("questo articolo", "questa notizia"),
    "pt": ("este artigo", "este texto", "esta notícia", "esta matéria", "esta reportagem"),
    "nl": ("dit artikel", "dit bericht"),
    "pl": ("ten artykuł", "ten tekst"),
}
#: The page saying when it appeared or that it stands in an archive ("This article was
#: published 7/7/2013 (1502 days ago), so …", "Cet article fait partie des archives en ligne du
#: …": trial 48, two sites): ``age-notice`` reads the first only before a date, as a story
#: sentence may say "this report, published by the agency, found …".
PUBLISHED = {
    "en": ("published", "first published", "posted"),
    "fr": ("publié", "publiée", "paru"),
    "de": ("veröffentlicht", "erschienen"),
    "es": ("publicado", "publicada"),
    "it": ("pubblicato", "pubblicata"),
    "pt": ("publicado", "publicada"),
    "nl": ("gepubliceerd", "verschenen"),
    "pl": ("opublikowany", "opublikowano"),
}
ARCHIVE = {
    "en": ("archive", "archives"), "fr": ("archive", "archives"), "de": ("archiv",),
    "es": ("archivo",), "it": ("archivio",), "pt": ("arquivo",), "nl": ("archief",),
    "pl": ("archiwum",),
}
CHANGED = {
    "en": ("updated", "corrected", "amended", "edited"),
    "fr": ("mis à jour", "mise à jour", "modifié", "modifiée", "corrigé", "corrigée", "actualisé",
           "actualisée"),
    "de": ("aktualisiert", "korrigiert", "geändert", "ergänzt", "überarbeitet"),
    "es": ("actualizado", "actualizada", "corregido", "corregida", "modificado", "modificada"),
    "it": ("aggiornato", "aggiornata", "corretto", "corretta", "modificato", "modificata"),
    "pt": ("atualizado", "atualizada", "corrigido", "corrigida", "modificado", "modificada"),
    "nl": ("bijgewerkt", "aangepast", "gecorrigeerd"),
}
#: The label of a correction notice, before its colon ("Correction: An earlier version …",
#: "Rectificatif : …", "Berichtigung: …"); the notice is the newsroom's, not the story. Not an
#: editor's note: the corpus keeps one as story (an update's new facts are told in it).
CORRECTION_LABEL = {
    "en": ("correction", "corrections", "clarification"),
    "fr": ("rectificatif", "correctif", "erratum"),
    "de": ("berichtigung", "korrektur", "korrekturhinweis"),
    "es": ("fe de errores", "fe de erratas", "corrección", "aclaración"),
    "it": ("rettifica", "errata corrige"),
    "pt": ("correção", "errata"),
    "nl": ("correctie", "rectificatie"),
}

#: A sentence sending the reader to the outlet's own coverage ("You can follow the latest in our
#: live blog.", "Alle Ergebnisse finden Sie hier."): the reader's verb in each language, and the
#: outlet's pages it points at after "our". Not a bare "here": "the water rose two metres here",
#: "trovate nel fiume, a pochi metri da qui" are story (review 21); German's formal "finden Sie
#: hier" alone is the reader's (the rule in ``cleaning/rules/links.py``).
OWN_COVERAGE_VERB = {
    "en": ("you can follow", "you can read", "you can find", "you can see", "you can watch"),
    "de": ("finden sie", "lesen sie", "sehen sie", "verfolgen sie", "können sie",
           "gibt es"),
    "fr": ("retrouvez", "suivez", "lisez", "vous pouvez suivre", "vous pouvez retrouver"),
    "es": ("puede seguir", "pueden seguir", "puedes seguir", "puede consultar",
           "puede leer", "consulte"),
    "it": ("potete seguire", "puoi seguire", "potete leggere", "qui trovate", "trovate"),
}
OWN_COVERAGE_PAGE = {
    "en": ("our live blog", "our liveblog", "our live coverage", "our live page",
           "our live updates", "our ticker"),
    "de": ("unserem liveblog", "unserem newsblog", "unserem live-ticker",
           "unserem liveticker", "unserem ticker", "unserem dossier", "unserer übersicht",
           # "… lesen Sie hier im Liveblog" (round 27 on fresh pages)
           "im liveblog", "im live-blog", "im newsblog", "im liveticker", "im live-ticker"),
    "fr": ("notre direct", "notre live", "notre dossier", "notre article"),
    "es": ("nuestro directo", "nuestra última hora", "nuestro especial"),
    "it": ("nostro live", "nostra diretta", "nostro speciale", "nostro liveblog"),
}

#: "Read also", "Related": a heading over links to other stories, or a link line itself.
RELATED = {
    "en": ("read also", "also read", "see also", "also see", "related", "related stories",
           "related articles", "related news", "related posts", "related content",
           "more must-reads", "must-reads", "must read", "more stories", "more news",
           "you may also like", "you might also like", "recommended", "recommended for you",
           "trending", "trending now", "most read", "most popular", "top stories",
           "most viewed", "most shared", "most commented", "popular now", "editor's picks",
           "editors' picks", "explore more on these topics", "more on these topics",
           "more on this topic",
           "latest news", "more from", "read next", "up next", "don't miss", "don’t miss",
           "also on", "more on this story", "more on this"),
    "fr": ("lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
           "voir aussi", "sur le même sujet", "à voir aussi", "dans la même rubrique",
           "articles similaires", "les plus lus", "à la une", "vous aimerez aussi",
           "notre sélection", "à découvrir", "sur ce sujet", "autres vidéos",
           "d'autres vidéos", "plus de vidéos", "autres actualités", "d'autres actualités",
           "autres articles", "dernières actualités", "dernières infos", "à ne pas manquer"),
    "de": ("mehr aus dem ressort", "lesen sie auch", "auch interessant", "mehr zum thema",
           "weitere artikel",
           "das könnte sie auch interessieren", "das könnte sie interessieren", "meistgelesen",
           "ähnliche artikel", "verwandte artikel", "zum thema", "mehr dazu", "empfehlungen",
           "mehr nachrichten aus", "weitere nachrichten", "weitere meldungen", "weitere themen",
           "weitere beiträge", "weitere berichte", "neueste nachrichten", "neueste artikel"),
    "es": ("más información", "lea también", "lee también", "leer también",
           "te puede interesar",
           "también te puede interesar", "noticias relacionadas", "relacionado", "relacionadas",
           "lo más leído", "más noticias", "otras noticias", "te recomendamos", "puede interesarte",
           "ver también", "últimas noticias", "no te lo pierdas", "no te pierdas",
           "popular en", "lo más popular", "más populares"),
    "it": ("leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
           "notizie correlate", "i più letti", "più letti", "vedi anche", "correlati",
           "correlate", "foto correlate", "fotogallery correlate", "gallerie correlate",
           "video correlati", "altre notizie", "altri articoli", "ultime notizie",
           "da non perdere"),
    "pt": ("leia também", "veja também", "notícias relacionadas", "relacionadas",
           "mais lidas", "recomendado", "você pode gostar", "mais notícias", "outras notícias",
           "últimas notícias", "mais populares"),
    "pl": ("czytaj też", "czytaj także", "zobacz też", "zobacz także", "polecamy",
           "najczęściej czytane", "powiązane", "więcej wiadomości", "inne wiadomości"),
    "nl": ("lees ook", "zie ook", "gerelateerd", "gerelateerde artikelen", "meest gelezen",
           "ook interessant", "meer nieuws", "ander nieuws"),
    "cs": ("čtěte také", "čtěte též", "související články", "související", "nejčtenější"),
    "ar": ("اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "مواضيع ذات صلة",
           "أخبار ذات صلة", "الأكثر قراءة", "اقرأ ايضا", "شاهد أيضا"),
    "ne": ("सम्बन्धित खबर", "यो पनि पढ्नुहोस्", "यो पनि", "सम्बन्धित समाचार", "धेरै पढिएको"),
    "ko": ("관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "함께 볼 기사"),
    "id": ("baca juga", "simak juga", "lihat juga", "berita terkait", "artikel terkait",
           "berita lainnya", "terpopuler", "berita populer", "rekomendasi"),
}

#: The label of an outlet's live coverage (a live blog, a ticker, "The Latest"): before a colon
#: or a bar and a title, the line is a link to that coverage ("🔴 Última hora de <event> | <title>",
#: "The Latest on Sunday: <title>"; fdev3 on fresh pages). Alone, or before a sentence ending with
#: its full stop, the same words are a crosshead or prose ("Última hora de la riada en Tarfa").
LIVE_LABEL = {
    "en": ("the latest", "latest updates", "live updates", "live", "live blog", "breaking",
           "breaking news"),
    "fr": ("en direct", "direct", "dernière minute", "dernière heure"),
    "de": ("liveticker", "live-ticker", "liveblog", "live-blog", "newsticker", "news-ticker",
           "eilmeldung", "live"),
    "es": ("última hora", "ultima hora", "en directo", "directo", "en vivo"),
    "it": ("in diretta", "diretta", "ultim'ora", "ultim’ora", "ultima ora", "live"),
    "pt": ("ao vivo", "última hora", "urgente", "plantão"),
    "pl": ("na żywo", "relacja na żywo", "pilne", "z ostatniej chwili"),
    "nl": ("live", "liveblog", "net binnen"),
}

#: The bare "read"/"see" that points to another article when a colon and that article's title
#: follow ("Read: <title>", "Zobacz: <title>"): the related-link rule's lead word like "Read
#: also". Imperatives only, and only forms that are no first name or word of another language
#: (Spanish "Lea", German "Lies", French "Lis" are left out: "Lea:" opens an interview's answer).
#: Spanish "Vea:", "Véase:" (see) open a daily's teaser of another story (trial 23).
POINTER = {
    "en": ("read", "see"),
    "fr": ("lisez", "lire", "voir"),
    "de": ("lesen sie",),
    "es": ("leer", "vea", "véase"),
    "it": ("leggi", "vedi"),
    "pt": ("leia", "veja"),
    "pl": ("czytaj", "przeczytaj", "zobacz"),
    "nl": ("lees",),
    "cs": ("čtěte", "přečtěte"),
}

#: The social networks a page's buttons and prompts name, and a story names when it introduces
#: an embedded post. "x" is the letter as often as the network: readers that search running
#: text use :data:`NETWORKS_IN_TEXT`, which spells it "x.com".
NETWORKS = ("twitter", "x", "facebook", "instagram", "telegram", "tiktok", "threads", "bluesky",
            "linkedin", "mastodon", "whatsapp", "youtube")
NETWORKS_IN_TEXT = tuple("x.com" if n == "x" else n for n in NETWORKS)
#: "Social media" in the languages of the pages: a story paragraph that names them introduces
#: the post below it as a network's name does.
SOCIAL_MEDIA = ("social media", "social network", "social networks", "redes sociales",
                "réseaux sociaux", "sozialen medien", "sozialen netzwerken", "redes sociais",
                "media społecznościowe", "sociale media")

#: Share, print and e-mail buttons and the networks they post to.
SHARE = {
    "en": ("share", "shares", "share this", "share this post", "share this story",
           "share this article", "tweet", "email", "e-mail", "mail", "print", "embed",
           "print friendly", "printer friendly", "printer-friendly", "printer-friendly version",
           "print-friendly", "pdf", "copy link", "copy", "save", "comment",
           *NETWORKS, "pinterest", "reddit", "messenger", "tumblr", "flipboard", "pocket",
           "sms", "viber", "vk", "line", "kakaotalk", "google+", "pin it",
           "follow", "like", "link", "share full article", "share article", "gift this article",
           "gift article", "link copied", "link copied!", "reuse this content",
           "spread the love", "share on", "share via",
           # a network's abbreviation on a bar ("FB", "TW"), the link button once clicked
           "fb", "tw", "copied",
           # the bar's button for telling the newsroom of a mistake (round 24 on fresh pages)
           "report an error", "report a typo", "report a correction", "suggest a correction",
           "report an issue",
           # a follow bar's button alone on its line (spent s30: with pool37's French button to
           # reuse the content, held on spfur7-held, two sites of a bar's lone button)
           "click to follow"),
    "fr": ("ajouter à mes favoris", "partager", "partagez", "imprimer", "envoyer", "courriel",
           "copier le lien", "copié",
           "partager l'article", "partager l’article", "partager cet article", "partagez sur",
           "partager sur", "signaler une erreur", "signaler un problème", "signaler une faute",
           # the bar's button to license the article, as "reuse this content" (pool37, held on
           # spfur7-held until spent s30 showed another bar's lone button)
           "réutiliser ce contenu"),
    "de": ("teilen", "drucken", "versenden", "link kopieren", "kopiert", "merken", "teilen sie",
           "artikel teilen", "beitrag teilen", "seite teilen", "teilen auf", "teilen mit",
           "fehler melden", "fehler gefunden?", "fehler entdeckt?"),
    "es": ("compartir", "comparte", "imprimir", "enviar", "copiar enlace", "copiado", "guardar",
           "compartir noticia", "compartir artículo", "compartir esta noticia", "compartir en",
           "enviar noticia por correo electrónico", "enviar por correo electrónico",
           "enviar por correo", "reportar un error", "reportar error", "notificar un error",
           "comunicar un error"),
    "it": ("condividi", "stampa", "invia", "copia link", "copiato", "salva",
           "condividi l'articolo",
           "condividi l’articolo", "condividi articolo", "condividi su", "segnala un errore",
           "segnala errore", "segnala un refuso"),
    "pt": ("compartilhar", "compartilhe", "partilhar", "imprimir", "enviar", "copiar link",
           "copiado",
           "compartilhar notícia", "partilhar artigo", "compartilhe no", "compartilhar no",
           "compartilhe na", "compartilhar na", "partilhar no", "partilhar na", "partilhe",
           "enviar por e-mail", "reportar erro", "comunicar erro"),
    "pl": ("udostępnij", "drukuj", "wyślij", "skopiuj link", "kopiuj link",
           "udostępnij artykuł"),
    "nl": ("delen", "deel", "afdrukken", "printen", "kopieer link", "deel dit artikel",
           "deel artikel"),
    "cs": ("sdílet", "tisk", "tisknout", "poslat", "zkopírovat odkaz", "sdílet článek"),
    "ar": ("شارك", "مشاركة", "طباعة", "أرسل", "انسخ الرابط", "تغريد"),
    "ne": ("सेयर", "शेयर", "प्रिन्ट", "इमेल"),
    "ko": ("공유", "공유하기", "인쇄", "스크랩", "카카오톡", "페이스북", "트위터", "url복사",
           "url 복사", "링크 복사"),
    "id": ("bagikan", "bagikan artikel", "salin tautan", "cetak"),
}

#: Labels of a source or credit line ("Source: BBC", "Quelle: dpa").
SOURCE_LABEL = {
    "en": ("source", "sources", "via", "courtesy of", "courtesy", "credit", "credits", "from"),
    "fr": ("source", "sources", "crédit", "crédits", "avec"),
    "de": ("quelle", "quellen", "mit material von"),
    "es": ("fuente", "fuentes", "con información de"),
    "it": ("fonte", "fonti"),
    "pt": ("fonte", "fontes", "com informações de"),
    "pl": ("źródło", "źródła"),
    "nl": ("bron", "bronnen"),
    "cs": ("zdroj", "zdroje"),
    "ar": ("المصدر", "المصادر", "مصدر"),
    "ne": ("स्रोत",),
    "ko": ("출처", "자료"),
    "id": ("sumber",),
}

#: A copy's credit to the page it copies, as a blog or an aggregator writes it over or under the
#: text ("Copied from the Valley Times", "Originally published at …", "Publicado originalmente
#: en …"): the copy's source, never a sentence of the story (round 27 on fresh pages).
COPY_CREDIT = {
    "en": ("copied from", "reposted from", "re-posted from", "cross-posted from",
           "crossposted from", "originally published at", "originally published on",
           "originally published in", "originally published by", "originally published here",
           "republished from", "republished with permission from"),
    "fr": ("publié initialement sur", "publié initialement par", "publié à l'origine sur",
           "publié à l’origine sur", "article initialement publié sur"),
    "de": ("ursprünglich veröffentlicht auf", "ursprünglich veröffentlicht bei",
           "zuerst erschienen auf", "zuerst erschienen bei", "zuerst veröffentlicht auf"),
    "es": ("publicado originalmente en", "publicado originalmente por"),
    "it": ("pubblicato originariamente su", "pubblicato originariamente da",
           "pubblicato originalmente su"),
    "pt": ("publicado originalmente em", "publicado originalmente no",
           "publicado originalmente na", "publicado originalmente por"),
    "nl": ("oorspronkelijk gepubliceerd op", "eerder verschenen op", "eerder gepubliceerd op"),
}

#: Labels of a picture's caption and its credit ("Photo: RSS Nepal", "Foto: dpa"). Not "Video:"
#: or "Watch:": those introduce a video the story goes on about, and are read as story.
PICTURE_LABEL = {
    "en": ("photo", "photos", "photograph", "image", "images", "picture", "pictures",
           "file photo", "illustration", "graphic", "photo credit", "image credit",
           "screenshot", "screengrab", "illustrative image", "illustrative photo",
           "stock image", "file image",
           "image source", "caption", "image caption", "media caption", "video caption",
           # a translated "image caption" (trial 42: "picture description," kept as story)
           "picture description", "image description"),
    "fr": ("photo", "photos", "image", "illustration", "crédit photo", "légende",
           "photo d'illustration", "photo d’illustration", "image d'illustration",
           "image d’illustration", "capture d'écran", "capture d’écran", "photo archives",
           # a picture's note that it only illustrates ("Pour illustration": fdev2)
           "pour illustration", "à titre d'illustration", "à titre d’illustration"),
    "de": ("foto", "fotos", "bild", "bilder", "symbolbild", "archivbild", "bildquelle", "grafik",
           "bildschirmfoto", "archivfoto", "symbolfoto", "archivaufnahme"),
    "es": ("foto", "fotos", "imagen", "imágenes", "fotografía", "foto de archivo", "ilustración",
           "imagen de archivo", "captura de pantalla", "imagen ilustrativa", "foto ilustrativa",
           "imagen de referencia"),
    "it": ("foto", "immagine", "immagini", "fotografia", "foto d'archivio", "foto d’archivio",
           "foto di repertorio", "immagine di repertorio", "foto di archivio",
           "foto illustrativa", "immagine illustrativa", "immagine d'archivio"),
    "pt": ("foto", "fotos", "imagem", "imagens", "fotografia", "foto de arquivo",
           "imagem ilustrativa", "foto ilustrativa", "imagem de arquivo"),
    "pl": ("zdjęcie", "zdjęcia", "fot.", "fot", "foto", "ilustracja", "zdjęcie ilustracyjne",
           "zrzut ekranu"),
    "nl": ("foto", "foto's", "foto’s", "beeld", "afbeelding"),
    "cs": ("foto", "fotografie", "obrázek", "ilustrační foto", "ilustrační fotografie",
           "ilustrační snímek", "snímek", "archivní snímek"),
    "ar": ("صورة", "الصورة", "صور", "تصوير", "أرشيفية", "صورة أرشيفية"),
    "ne": ("तस्वीर", "तस्बिर", "फोटो", "फाइल तस्वीर"),
    "ko": ("사진", "이미지", "그래픽", "자료사진", "사진 제공"),
    "id": ("foto", "ilustrasi", "dok.", "dokumentasi", "tangkapan layar"),
}

#: "Published", "Updated": the label of a date stamp.
DATE_LABEL = {
    "en": ("published", "updated", "update", "posted", "last updated", "first published",
           "modified", "last modified", "published on", "updated on", "posted on", "date",
           "created"),
    "fr": ("publié le", "publié", "mis à jour le", "mis à jour", "modifié le", "créé le",
           "mise à jour", "dernière mise à jour", "dernière modification", "modifié",
           "actualisé", "actualisée", "mis en ligne", "mis en ligne le"),
    "de": ("veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am",
           "erstellt", "stand", "zuletzt aktualisiert", "letzte aktualisierung", "datum", "zeit"),
    "es": ("publicado", "publicado el", "actualizado", "actualizado el", "fecha",
           "actualización", "modificado"),
    "it": ("pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "data",
           "ultima modifica", "ultimo aggiornamento", "modificato il", "modificato",
           "aggiornamento"),
    "pt": ("publicado", "publicado em", "atualizado", "atualizado em", "data", "atualização",
           "modificado"),
    "pl": ("opublikowano", "aktualizacja", "data publikacji", "zaktualizowano"),
    "nl": ("gepubliceerd", "gepubliceerd op", "bijgewerkt", "bijgewerkt op", "geplaatst",
           "laatst bijgewerkt"),
    "cs": ("publikováno", "aktualizováno", "vydáno"),
    "ar": ("نشر في", "نشر", "تاريخ النشر", "آخر تحديث", "تحديث", "بتاريخ"),
    "ne": ("प्रकाशित", "प्रकाशित मिति", "अपडेट"),
    "ko": ("입력", "수정", "발행", "등록", "업데이트", "기사입력", "최종수정"),
}

#: Units of time in "3 hours ago" and its translations; each entry is (before, units, after):
#: the words around the number.
AGO = {
    "en": ("", ("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
                "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
                "years", "h", "m", "d"), "ago"),
    "fr": ("il y a", ("seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h",
                      "jour", "jours", "semaine", "semaines", "mois", "an", "ans"), ""),
    "de": ("vor", ("sekunde", "sekunden", "minute", "minuten", "min", "stunde", "stunden",
                   "std", "std.", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr",
                   "jahren"), ""),
    "es": ("hace", ("segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h",
                    "día", "días", "semana", "semanas", "mes", "meses", "año", "años"), ""),
    "it": ("", ("secondo", "secondi", "minuto", "minuti", "min", "ora", "ore", "giorno",
                "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni"), "fa"),
    "pt": ("há", ("segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h",
                  "dia", "dias", "semana", "semanas", "mês", "meses", "ano", "anos"), ""),
    "pl": ("", ("sekundę", "sekundy", "sekund", "minutę", "minuty", "minut", "min", "godzinę",
                "godziny", "godzin", "godz.", "dzień", "dni", "tydzień", "tygodnie", "tygodni",
                "miesiąc", "miesiące", "miesięcy", "rok", "lata", "lat"), "temu"),
    "nl": ("", ("seconde", "seconden", "minuut", "minuten", "min", "uur", "dag", "dagen",
                "week", "weken", "maand", "maanden", "jaar"), "geleden"),
    "cs": ("před", ("sekundou", "sekundami", "minutou", "minutami", "hodinou", "hodinami",
                    "dnem", "dny", "týdnem", "týdny", "měsícem", "měsíci", "rokem", "lety"), ""),
    "ar": ("منذ", ("ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "أيام", "أسبوع",
                   "أسابيع", "شهر", "أشهر", "سنة", "سنوات"), ""),
    "ne": ("", ("सेकेन्ड", "मिनेट", "घण्टा", "घन्टा", "दिन", "हप्ता", "महिना", "वर्ष"), "अघि"),
    "ko": ("", ("초", "분", "시간", "일", "주", "개월", "달", "년"), "전"),
}

#: Headings that open a reader-comments section whatever follows them ("Reader comments",
#: "Kommentare", "댓글"): words no story line is made of alone.
COMMENTS_SURE = {
    "en": ("comments", "comment", "reader comments", "readers' comments", "readers’ comments",
           "have your say", "what readers say", "what our readers say", "disqus comments",
           "speak your mind", "join the conversation", "join the discussion", "show comments",
           "view comments", "load comments", "comments are closed", "powered by disqus",
           "no comments", "no comments yet", "be the first to comment"),
    # (the form's button for a new comment, "publier un nouveau commentaire": spent s34, with
    # pool37's "contribuer" held on spfur7-held, two sites of a comment area's lone button)
    "fr": ("commentaires", "laisser un commentaire", "publier un commentaire",
           "publier un nouveau commentaire", "écrire un nouveau commentaire",
           "ajouter un nouveau commentaire",
           "écrire un commentaire", "poster un commentaire", "ajouter un commentaire", "réagir",
           "réagissez", "aucun commentaire", "enregistrer un commentaire"),
    "de": ("kommentare", "kommentar schreiben", "leserkommentare", "kommentar verfassen",
           "schreibe einen kommentar", "hinterlasse einen kommentar", "keine kommentare",
           "kommentar veröffentlichen"),
    "es": ("comentarios", "deja un comentario", "deja tu comentario", "escribir un comentario",
           "publicar un comentario", "dejar un comentario", "sin comentarios",
           "deja una respuesta", "no hay comentarios"),
    "it": ("commenti", "lascia un commento", "scrivi un commento", "lascia una risposta",
           "nessun commento", "posta un commento"),
    "pt": ("comentários", "escreva um comentário", "postar um comentário",
           "publicar um comentário", "deixar um comentário", "deixe um comentário",
           "nenhum comentário", "deixe uma resposta"),
    "pl": ("komentarze", "napisz komentarz", "dodaj komentarz", "zostaw komentarz",
           "brak komentarzy"),
    "nl": ("reacties", "schrijf een reactie", "plaats een reactie", "geef een reactie",
           "laat een reactie achter", "geen reacties"),
    "cs": ("komentáře", "napsat komentář", "přidat komentář", "diskuse k článku",
           "diskuze k článku"),
    "id": ("komentar", "tulis komentar", "kirim komentar", "tinggalkan balasan",
           "tinggalkan komentar"),
    "ar": ("التعليقات", "أضف تعليق", "اترك تعليقا"),
    "ne": ("प्रतिक्रियाहरू",),
    "ko": ("댓글", "댓글쓰기"),
}

#: The buttons that open the comments or the form, printed in a bar with the share buttons
#: as often as over the comments ("Commenter", "Kommentieren", "Ver comentarios"): a button, so
#: it claims nothing after it, unlike a heading of the comments (``rules/comments.py``).
COMMENT_BUTTON = {
    "en": ("comment on this article", "comment on this story", "see comments",
           "show comments", "view comments", "read comments"),
    "fr": ("commenter", "commenter cet article", "réagir à cet article", "contribuer",
           "réagissez à cet article", "voir les commentaires",
           "afficher les commentaires", "lire les commentaires"),
    "de": ("kommentieren", "artikel kommentieren", "kommentare anzeigen", "kommentare lesen",
           "zu den kommentaren"),
    "es": ("comentar", "ver comentarios", "ver los comentarios", "comentar esta noticia",
           "leer comentarios"),
    "it": ("commenta", "mostra i commenti", "vedi i commenti", "leggi i commenti",
           "commenta la notizia"),
    "pt": ("comentar", "comente", "ver comentários", "comentar esta notícia",
           "ler comentários"),
}

#: Headings and prompts of a reader-comments section that a story line may also be ("Discussion",
#: "Meinung", "Reactions"): furniture only when comments follow them. The sure headings above
#: count here too.
COMMENTS = {
    "en": ("conversation", "the conversation", "discussion", "reader reactions",
           "readers' reactions", "reactions", "leave a reply", "leave a comment",
           "post a comment", "add a comment", "write a comment", "your comment",
           "what do you think?", "tell us what you think", "add your comment"),
    "fr": ("commentaire", "vos réactions", "réactions", "les commentaires", "donnez votre avis",
           "votre avis"),
    "de": ("kommentar", "diskutieren sie mit", "ihre meinung", "meinung", "diskussion",
           "kommentieren"),
    "es": ("comentario", "escribe un comentario", "opina", "tu opinión", "participa"),
    "it": ("commento", "commenta", "la tua opinione"),
    "pt": ("comentário", "deixe seu comentário", "comente", "comentar", "nenhum comentário:"),
    "pl": ("komentarz", "skomentuj", "opinie czytelników"),
    "nl": ("reactie", "reageer", "discussie"),
    "cs": ("komentář", "diskuse", "diskuze"),
    "ar": ("تعليقات", "أضف تعليقك", "تعليقك"),
    "ne": ("प्रतिक्रिया", "प्रतिक्रिया दिनुहोस्", "तपाईंको प्रतिक्रिया"),
    "ko": ("댓글 쓰기", "독자 의견", "의견", "댓글 보기"),
}

#: "How are you feeling after reading this?" and the mood buttons under it.
REACTION_PROMPT = {
    "en": ("how are you feeling after reading this", "how do you feel about this",
           "how did this article make you feel", "what's your reaction", "what’s your reaction",
           "your reaction", "did you find this article helpful", "was this article helpful",
           "rate this article", "happy", "sad", "angry", "surprised", "excited", "inspired",
           "funny", "love", "wow"),
    "fr": ("comment vous sentez-vous après avoir lu cet article", "votre réaction",
           "cet article vous a-t-il été utile", "vous avez aimé cet article",
           "cet article vous a plu"),
    "de": ("wie gefällt ihnen dieser artikel", "war dieser artikel hilfreich",
           "wie fanden sie diesen artikel", "ihre reaktion"),
    "es": ("¿qué te pareció esta noticia", "qué te pareció esta noticia", "¿te gustó",
           "tu reacción", "¿te fue útil este artículo"),
    "it": ("come ti senti dopo aver letto questo articolo", "ti è piaciuto questo articolo",
           "la tua reazione"),
    "pt": ("como você se sente depois de ler esta notícia", "sua reação",
           "gostou desta notícia"),
    "pl": ("jak się czujesz po przeczytaniu", "twoja reakcja", "czy artykuł był pomocny"),
    "nl": ("hoe voel je je na het lezen", "jouw reactie"),
    "cs": ("jak se cítíte po přečtení", "vaše reakce"),
    "ar": ("ما رأيك", "ما شعورك بعد قراءة هذا", "تفاعلك"),
    "ne": ("यो खबर पढेर तपाईंलाई कस्तो महसुस भयो", "यो समाचार पढेर तपाईंलाई कस्तो महसुस भयो",
           "खुसी", "दुःखी", "अचम्मित", "उत्साहित", "आक्रोशित"),
    "ko": ("이 기사를 추천합니다", "기사 추천", "좋아요", "슬퍼요", "화나요", "놀랐어요",
           "후속기사 원해요"),
}

#: "1,234 views", "3 min read", "Reading time": counters of readers and reading time.
COUNTER_WORDS = {
    "en": ("views", "view", "reads", "read", "visits", "visitors", "hits", "min read",
           "minute read", "minutes read", "reading time", "length", "duration", "times read",
           "second read", "seconds read"),
    "fr": ("vues", "lectures", "temps de lecture", "min de lecture", "durée", "lu", "lecture",
           "minutes de lecture", "minute de lecture", "secondes de lecture"),
    "de": ("aufrufe", "mal gelesen", "lesezeit", "min lesezeit", "länge", "dauer", "lesedauer",
           "minuten lesezeit", "sekunden lesezeit"),
    "es": ("vistas", "visitas", "lecturas", "tiempo de lectura", "min de lectura", "duración",
           "minutos de lectura", "minuto de lectura", "segundos de lectura"),
    "it": ("visualizzazioni", "letture", "tempo di lettura", "min di lettura", "durata",
           "minuti di lettura", "minuto di lettura", "secondi di lettura"),
    "pt": ("visualizações", "leituras", "tempo de leitura", "min de leitura", "duração",
           "minutos de leitura", "minuto de leitura", "segundos de leitura"),
    "pl": ("wyświetleń", "odsłon", "czas czytania", "min czytania"),
    "nl": ("weergaven", "keer gelezen", "leestijd", "min leestijd"),
    "cs": ("zobrazení", "přečtení", "doba čtení"),
    "ar": ("مشاهدة", "مشاهدات", "قراءة", "زيارة", "وقت القراءة"),
    "ne": ("पटक पढिएको", "पटक हेरिएको", "पढिएको"),
    "ko": ("조회", "조회수", "읽음"),
}

#: Section names and menu entries a page prints above or around the story.
#: Buttons and labels of a page's pictures, videos and galleries ("Toggle caption", "Zur
#: Bildergalerie", "Guarda il video"), and the messages a player or an embedded post prints while
#: it loads or when its code is copied (round 15: three sites, three languages), and a gallery's
#: full-screen button (fdev4 fresh pages): whole lines only, so a sentence about a video is story.
MEDIA_CONTROLS = {
    "en": ("toggle caption", "hide caption", "show caption", "enlarge this image",
           "enlarge image", "open image in gallery", "view gallery", "view image", "view photo",
           "view photos", "play video", "watch video", "watch the video", "click to expand",
           "click to enlarge", "load more", "show more", "article continues below",
           "story continues below", "photo gallery", "image gallery", "replay video",
           "media playback is unsupported on your device", "watch the video above",
           "watch the video below", "continue reading the main story",
           "getting your trinity audio player ready", "full screen", "fullscreen",
           "exit full screen", "loading video", "video loading"),
    "fr": ("voir la vidéo", "regarder la vidéo", "lire la vidéo", "agrandir l'image",
           "agrandir l’image", "agrandir la photo", "voir la galerie", "voir le diaporama",
           "diaporama", "voir plus", "afficher plus", "voir les photos", "plein écran",
           "chargement de la vidéo", "vidéo en cours de chargement"),
    "de": ("bildergalerie", "zur bildergalerie", "video abspielen", "zum video", "video ansehen",
           "bild vergrößern", "fotostrecke", "zur fotostrecke", "mehr laden", "audio abspielen",
           "alle bilder", "zur galerie", "vollbild", "video wird geladen"),
    "es": ("ver galería", "ver video", "ver vídeo", "ampliar imagen", "cargar más",
           "galería de fotos", "reproducir video", "reproducir vídeo", "ver fotos",
           "pantalla completa", "cargando video", "cargando vídeo"),
    "it": ("guarda il video", "apri la galleria", "guarda la gallery", "fotogallery",
           "ingrandisci", "carica altro", "mostra altro", "vedi foto", "guarda le foto",
           "schermo intero", "caricamento video", "video in caricamento"),
    "pt": ("ver vídeo", "assista ao vídeo", "ver galeria", "ampliar imagem", "carregar mais",
           "ver fotos", "galeria de fotos", "tela cheia", "ecrã inteiro", "carregando vídeo",
           "a carregar vídeo"),
    "pl": ("zobacz galerię", "zobacz wideo", "zobacz zdjęcia", "powiększ", "pokaż więcej",
           "załaduj więcej", "galeria zdjęć", "trwa ładowanie wpisu", "pełny ekran"),
    "nl": ("bekijk de video", "bekijk video", "bekijk de foto's", "fotoserie",
           "vergroot afbeelding", "toon meer", "laad meer", "volledig scherm"),
    "cs": ("zobrazit galerii", "přehrát video", "fotogalerie", "zvětšit", "zobrazit více",
           "načíst další", "celá obrazovka"),
    "ar": ("شاهد الفيديو", "معرض الصور", "عرض المزيد"),
    "ne": ("भिडियो हेर्नुहोस्", "थप तस्वीरहरू"),
    "ko": ("사진 확대", "영상 보기", "사진 보기"),
}

#: A line that sends the reader to the page's video or pictures ("Veja os vídeos:", "Clique
#: abaixo e assista ao vídeo do resgate", "Incluye galería de fotos"): it opens with one of these
#: verbs (to watch, to see, to click, to include) and names one of :data:`MEDIA_NOUN`; round 17
#: found it on three sites in two languages, worded by each site. A sentence about a video ends
#: with its full stop and is story (``media-pointer`` in the rule table). Imperatives only: an
#: infinitive ("Voir", "Ver") opens titles and crossheads too.
MEDIA_INVITE = {
    "en": ("watch", "see", "view", "click", "includes", "check out"),
    "fr": ("regardez", "découvrez", "cliquez", "retrouvez", "revoir"),
    "de": ("sehen sie", "schauen sie", "klicken sie"),
    "es": ("mira", "mire", "vea", "incluye", "haz clic", "pincha", "consulta"),
    "it": ("guarda", "clicca", "vedi", "include", "ecco"),
    "pt": ("veja", "confira", "assista", "clique", "inclui", "acompanhe"),
    "pl": ("zobacz", "obejrzyj", "kliknij"),
    "nl": ("bekijk", "kijk", "klik"),
}
MEDIA_NOUN = {
    "en": ("video", "videos", "photo", "photos", "pictures", "gallery", "footage", "clip", "audio",
           "podcast"),
    "fr": ("vidéo", "vidéos", "photos", "diaporama", "galerie", "images"),
    "de": ("video", "videos", "foto", "bilder", "fotos", "galerie", "bildergalerie",
           "fotostrecke"),
    "es": ("vídeo", "video", "vídeos", "videos", "fotos", "galería", "imágenes", "fotogalería"),
    "it": ("video", "foto", "galleria", "gallery", "immagini", "fotogallery"),
    "pt": ("vídeo", "vídeos", "fotos", "galeria", "imagens"),
    "pl": ("wideo", "film", "zdjęcia", "galerię"),
    "nl": ("video", "video's", "foto's", "beelden"),
}

#: A call for the reader's pictures or tips, between paragraphs ("Do you have photos of the
#: storm? Send them to us"): the question or the request of it, beside a MEDIA_NOUN (fdev4
#: fresh pages). A story's sentence names who sent pictures, not "you".
READER_CALL = {
    "en": ("do you have", "have you got", "send us", "send them to us", "share your"),
    "fr": ("vous avez des", "avez-vous des", "envoyez-nous", "envoyez-les-nous", "partagez vos"),
    "de": ("haben sie", "hast du", "schicken sie uns", "schick uns", "senden sie uns"),
    "es": ("tienes", "tiene usted", "envíanos", "envíenos", "mándanos", "comparte tus"),
    "it": ("hai delle", "hai foto", "hai video", "inviaci", "mandaci", "inviateci"),
    "pt": ("você tem", "tem fotos", "mande para a gente", "envie para a gente", "envie suas",
           "mande suas", "compartilhe suas"),
    "pl": ("masz zdjęcia", "masz nagranie", "wyślij nam", "przyślij nam"),
    "nl": ("heb je", "heeft u", "stuur ons", "stuur ze naar ons"),
}

#: A skip link, the heading of a blog template's side widget (its search box, its page-view
#: counter), or the marker a word processor leaves where a web form began or ended ("Bottom of
#: Form", round 23): the page's chrome, never a line of a story whatever sits around it.
CHROME = {
    # (each language's label of a table of contents over the crossheads, too: "Sommaire du
    # contenu" under a standfirst, round 24 on fresh pages)
    "en": ("skip to content", "skip to main content", "skip to article", "jump to content",
           "bottom of page", "search this blog",
           "total pageviews", "top of form", "bottom of form", "table of contents",
           "article contents", "jump to section"),
    "fr": ("aller au contenu", "aller au contenu principal", "passer au contenu",
           "rechercher dans ce blog", "nombre total de pages vues", "haut du formulaire",
           "bas du formulaire", "sommaire du contenu", "table des matières",
           "sommaire de l'article", "sommaire de l’article"),
    "de": ("zum inhalt", "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt",
           "diesen blog durchsuchen", "seitenaufrufe insgesamt", "formularbeginn",
           "formularende", "inhaltsverzeichnis", "inhalt des artikels"),
    "es": ("saltar al contenido", "ir al contenido", "ir al contenido principal",
           "buscar en este blog", "número total de visualizaciones de página",
           "parte superior del formulario", "parte inferior del formulario",
           "tabla de contenidos", "tabla de contenido", "índice de contenidos",
           "contenidos del artículo"),
    "it": ("vai al contenuto", "salta al contenuto", "vai al contenuto principale",
           "cerca nel blog", "cerca in questo blog", "visualizzazioni totali", "inizio modulo",
           "fine modulo", "indice dei contenuti", "sommario dell'articolo",
           "sommario dell’articolo"),
    "pt": ("pular para o conteúdo", "ir para o conteúdo", "saltar para o conteúdo",
           "pesquisar este blog", "visualizações de página", "total de visualizações de página",
           "parte superior do formulário", "parte inferior do formulário", "índice de conteúdo",
           "tabela de conteúdos", "índice do artigo"),
    "pl": ("przejdź do treści", "przejdź do zawartości", "przejdź do menu", "spis treści"),
    "nl": ("naar de inhoud", "spring naar de inhoud", "ga naar de inhoud",
           "direct naar de inhoud", "direct naar artikelinhoud", "naar artikelinhoud",
           "inhoudsopgave"),
    "cs": ("přejít na obsah", "přeskočit na obsah", "obsah článku"),
    "ar": ("أعلى النموذج", "أسفل النموذج"),
}

#: A path segment of a site's listing page, in its address ("/tag/floods/2", "/temas/incendios",
#: "/themen/hochwasser"): a page of other articles' titles and teasers, not an article (round 27;
#: read with :func:`generator.content.headline_address.listing_address`).
LISTING_PATH = frozenset({
    "tag", "tags", "topic", "topics", "category", "categories", "label",  # en, blogs
    "tema", "temas", "etiqueta", "etiquetas", "categoria", "categorias",  # es, pt
    "temi", "argomenti", "argomento", "etichetta", "categorie",  # it
    "sujet", "sujets", "theme", "themes", "rubrique", "mot-cle", "mots-cles",  # fr
    "thema", "themen", "schlagwort", "schlagworte", "stichwort", "stichworte",  # de
    "onderwerp", "onderwerpen", "trefwoord", "tagi", "temat", "tematy",  # nl, pl
})

#: The notice over a blog's label page, as the blog template words it: how it opens, and the
#: link after the label's name ("Showing posts with label Floods. Show all posts").
LABEL_PAGE = {
    "en": ("showing posts with label", "show all posts"),
    "fr": ("affichage des articles dont le libellé est", "afficher tous les articles"),
    "de": ("es werden posts für das label", "alle posts anzeigen"),
    "es": ("mostrando entradas con la etiqueta", "mostrar todas las entradas"),
    "it": ("visualizzazione dei post con etichetta", "mostra tutti i post"),
    "pt": ("mostrando postagens com marcador", "mostrar todas as postagens"),
}

NAVIGATION = {
    "en": ("home", "menu", "search", "news", "latest", "live", "watch now", "watch live",
           "listen", "listen now", "main menu", "toggle navigation", "back to top", "top",
           "sections", "world", "local", "video", "videos", "opinion", "sport", "sports",
           "business", "politics", "weather", "featured", "world news",
           # (the newsroom's desks above a title, round 24 on fresh pages: "Nacional")
           "national", "nation", "us news", "uk news", "crime", "local news", "metro",
           "environment", "science"),
    "fr": ("accueil", "rechercher", "actualités", "en direct", "monde", "vidéos", "retour en haut",
           "à la une", "faits divers", "faits-divers", "société", "france", "régions",
           "international", "planète", "environnement"),
    "de": ("startseite", "suche", "nachrichten", "aktuell", "welt", "panorama", "politik",
           "nach oben", "zur startseite", "vermischtes", "deutschland", "lokales", "regionales",
           "gesellschaft", "ausland", "inland", "wissenschaft"),
    "es": ("inicio", "portada", "buscar", "noticias", "internacional", "mundo", "en vivo",
           "volver arriba", "nacional", "sucesos", "sociedad", "locales", "estados",
           "policiales", "regionales", "nación"),
    "it": ("home page", "pagina iniziale", "cerca", "notizie", "cronaca", "esteri", "mondo",
           "torna su",
           "attualità", "italia", "cronache", "cronaca nera", "interni", "regioni"),
    "pt": ("início", "página inicial", "buscar", "notícias", "mundo", "voltar ao topo",
           "nacional", "brasil", "cotidiano", "país", "sociedade", "internacional"),
    "pl": ("strona główna", "szukaj", "wiadomości", "świat", "kraj", "wyszukaj w serwisie",
           "informacje"),
    "nl": ("nieuws", "zoeken", "binnenland", "buitenland"),
    "cs": ("úvod", "hledat", "zprávy", "svět", "domácí"),
    "ar": ("الرئيسية", "بحث", "أخبار", "عاجل", "العالم", "العنوان"),
    "ne": ("गृहपृष्ठ", "समाचार", "मुख्य समाचार", "प्रदेश", "विश्व"),
    "ko": ("홈", "전체메뉴", "검색", "뉴스", "정치", "사회", "국제", "경제"),
    "id": ("beranda", "berita utama", "kabar utama", "terkini"),
}

#: An empty advertising slot offering itself to advertisers ("Your ad here"), in the words of each
#: language: the house ad a template prints where no advertiser has bought the space.
AD_SLOT = {
    "en": ("your ad here", "your advert here", "advertise here", "your advertisement here"),
    "fr": ("votre publicité ici", "votre pub ici", "votre annonce ici"),
    "de": ("ihre werbung hier", "ihre anzeige hier", "hier könnte ihre werbung stehen",
           "hier werben"),
    "es": ("su publicidad aquí", "su publicidad aqui", "tu publicidad aquí", "tu anuncio aquí",
           "su anuncio aquí", "anúnciese aquí", "anúnciate aquí"),
    "it": ("la tua pubblicità qui", "la vostra pubblicità qui", "pubblicizza qui"),
    "pt": ("sua publicidade aqui", "seu anúncio aqui", "anuncie aqui"),
    "pl": ("twoja reklama tutaj", "twoja reklama tu", "tu może być twoja reklama"),
    "nl": ("uw advertentie hier", "jouw advertentie hier", "adverteren hier"),
    "cs": ("vaše reklama zde", "zde může být vaše reklama"),
}

#: "All rights reserved" and its translations.
RIGHTS_RESERVED = {
    "en": ("all rights reserved",),
    "fr": ("toute reproduction interdite", "tous droits réservés"),
    "de": ("alle rechte vorbehalten",),
    "es": ("todos los derechos reservados",),
    "it": ("tutti i diritti riservati", "riproduzione riservata"),
    "pt": ("todos os direitos reservados",),
    "pl": ("wszelkie prawa zastrzeżone",),
    "nl": ("alle rechten voorbehouden",),
    "cs": ("všechna práva vyhrazena",),
    "ar": ("جميع الحقوق محفوظة",),
    "ne": ("सर्वाधिकार सुरक्षित",),
    "ko": ("무단전재 및 재배포 금지", "무단 전재 및 재배포 금지", "무단전재-재배포 금지",
           "저작권자"),
}

#: The writer's role as a byline prints it after the name or on the line under it ("Jane Roe,
#: Senior Reporter", "Jeanne Roux, correspondante à Lyon", "Korrespondentin"): the trade's nouns
#: in both genders (``rules/bylines.py`` reads them with the English adjectives that may open
#: them: "Senior Reporter", "Chief Correspondent"); a broadcaster's presenter among them (spent25).
WRITER_ROLE = {
    "en": ("reporter", "correspondent", "writer", "editor", "journalist", "columnist",
           "contributor", "presenter"),
    "fr": ("rédacteur", "rédactrice", "journaliste", "envoyé spécial", "envoyée spéciale",
           "correspondant", "correspondante", "reporter", "grand reporter", "chroniqueur",
           "chroniqueuse", "présentateur", "présentatrice"),
    "de": ("korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporter",
           "reporterin", "autor", "autorin", "moderator", "moderatorin"),
    "es": ("periodista", "corresponsal", "redactor", "redactora", "enviado especial",
           "enviada especial", "reportero", "reportera", "columnista", "presentador",
           "presentadora"),
    "it": ("giornalista", "inviato", "inviata", "inviato speciale", "inviata speciale",
           "corrispondente", "redattore", "redattrice", "presentatore",
           "presentatrice"),
    "pt": ("jornalista", "repórter", "correspondente", "enviado especial", "enviada especial",
           "redator", "redatora", "colunista", "apresentador",
           "apresentadora"),
    "pl": ("dziennikarz", "dziennikarka", "reporterka", "korespondent", "korespondentka"),
    "nl": ("verslaggever", "correspondent", "redacteur"),
    "cs": ("novinář", "novinářka", "redaktor", "redaktorka", "zpravodaj", "zpravodajka"),
}

#: A block paid for by an advertiser, as the page labels it ("Sponsored content", "Contenu
#: sponsorisé", "Anzeige"'s cousin "Gesponserter Inhalt"): the label alone on its line.
SPONSORED = {
    "en": ("sponsored", "sponsored content", "sponsored links", "sponsored link",
           "sponsored stories", "promoted content", "promoted stories", "promoted links",
           "paid content", "paid post", "paid partner content", "partner content"),
    "fr": ("contenu sponsorisé", "contenus sponsorisés", "sponsorisé", "contenu partenaire",
           "contenus partenaires", "publireportage"),
    "de": ("gesponsert", "gesponserter inhalt", "gesponserte inhalte", "sponsored",
           "werbliche inhalte", "partnerinhalt"),
    "es": ("contenido patrocinado", "contenidos patrocinados", "patrocinado",
           "contenido de marca", "publirreportaje"),
    "it": ("contenuto sponsorizzato", "contenuti sponsorizzati", "sponsorizzato"),
    "pt": ("conteúdo patrocinado", "conteúdos patrocinados", "patrocinado",
           "conteúdo de marca", "publieditorial"),
    "nl": ("gesponsorde inhoud", "gesponsord"),
    "pl": ("artykuł sponsorowany", "materiał sponsorowany", "sponsorowane"),
}

#: How the page's age notice says "more than" before its number of years ("This article is
#: more than 9 years old", "Esta noticia tiene más de 9 años"), and the label an
#: archive prints over it ("Nota de archivo"): ``age-notice`` (rules/bylines.py), fdev4 fresh
#: pages.
AGE_MORE_THAN = ("more than", "over", "plus de", "mehr als", "älter als", "más de", "più di",
                 "oltre", "mais de", "ponad", "meer dan", "ouder dan")
AGE_YEARS = ("years", "year", "ans", "an", "jahren", "jahre", "años", "año", "anni", "anno",
             "anos", "ano", "lat", "jaar")
ARCHIVE_LABEL = {
    "en": ("from the archive", "from the archives", "archive note", "archived article"),
    "es": ("nota de archivo", "artículo de archivo"),
    "fr": ("article d'archive", "article d’archive", "tiré des archives"),
    "de": ("aus dem archiv", "archivartikel"),
    "it": ("dall'archivio", "articolo d'archivio"),
    "pt": ("nota de arquivo", "do arquivo"),
    "pl": ("z archiwum",),
    "nl": ("uit het archief",),
}

#: A notice that the page cannot be shown in the reader's browser: the browser named as the
#: reader's or "this" one, and what the notice asks or says of it (fdev4 fresh pages). Both
#: must stand in one short line; a sentence about a browser update names no "your browser".
BROWSER_NOUN = {
    "en": ("your browser", "this browser", "these browsers", "your web browser",
           "a supported browser", "a different browser", "a modern browser"),
    "es": ("tu navegador", "su navegador", "este navegador", "estos navegadores",
           "otro navegador"),
    "fr": ("votre navigateur", "ce navigateur", "ces navigateurs", "un autre navigateur"),
    "de": ("ihr browser", "ihren browser", "ihrem browser", "diesem browser", "diesen browser",
           "einen anderen browser"),
    "it": ("il tuo browser", "il vostro browser", "questo browser", "questi browser",
           "un altro browser"),
    "pt": ("seu navegador", "este navegador", "esse navegador", "estes navegadores",
           "outro navegador"),
    "pl": ("twoja przeglądarka", "twojej przeglądarce", "tej przeglądarce",
           "twoją przeglądarkę", "innej przeglądarki"),
    "nl": ("je browser", "uw browser", "deze browser"),
}
BROWSER_ACTION = {
    "en": ("not supported", "not visible", "out of date", "outdated", "update", "upgrade",
           "download", "switch to", "enable javascript", "please use"),
    "es": ("no es visible", "no es compatible", "no soporta", "descargar", "actualizar",
           "actualiza", "te invitamos", "utiliza"),
    "fr": ("n'est pas", "n’est pas", "mettre à jour", "télécharger", "utilisez"),
    "de": ("nicht", "aktualisieren", "herunterladen", "verwenden sie"),
    "it": ("non è", "non supporta", "aggiorna", "scarica", "utilizza"),
    "pt": ("não é", "não suporta", "atualize", "baixe", "utilize"),
    "pl": ("nie jest", "nie obsługuje", "zaktualizuj", "pobierz"),
    "nl": ("niet", "update", "download"),
}

#: "By Jane Roe" and its translations (the word before the writer's name).
BY = {
    "en": ("by", "written by", "reported by", "story by", "words by", "text by", "author",
           # (a local station's print of a network's wire: "Posted By: Network Wire"; spent s33)
           "posted by"),
    "fr": ("par", "auteur", "écrit par", "rédigé par"),
    "de": ("von", "autor", "autorin", "geschrieben von"),
    "es": ("por", "autor", "autora", "escrito por", "redactado por", "edición"),
    "it": ("di", "autore", "scritto da", "a cura di"),
    "pt": ("por", "autor", "autora", "escrito por", "edição"),
    "pl": ("autor", "autorka"),
    "nl": ("door", "auteur", "geschreven door"),
    "cs": ("autor", "autorka"),
    "ar": ("بقلم", "كتب", "الكاتب"),
    "ne": ("लेखक",),
    "ko": ("기자",),
    "id": ("oleh", "penulis", "pewarta", "editor", "penyunting", "reporter"),
}

#: Names whose name alone, or in brackets, credits the copy ("—PTI", "(AFP)", "IANS"): every
#: spelling of the news agencies (:data:`generator.text.agencies.AGENCIES`, the one table of
#: them), and credits that are no agency's story (a newspaper, a feed, two agencies at once, a
#: generic "the news agency").
AGENCIES = tuple(sorted({s.lower() for spellings in _AGENCY_TABLE.values() for s in spellings}
                        | {"aa", "tt", "afp-jiji", "ap/afp", "reuters/ap", "kathimerini",
                           "menafn", "ips", "sns", "nepal news agency", "وكالة الأنباء",
                           # Reuters as a German broadcaster's desk abbreviates it among the
                           # agencies of its sign-off ("ab/cd (afp, ap, rtr, dpa)"; spent s31)
                           "rtr"}))


#: The same tables for Chinese, Japanese, Russian, Ukrainian, Bulgarian, Turkish, Romanian and
#: Greek (the tables above had none of them: a "来源:" line, a "Читайте также" heading, a
#: "Πηγή:" credit or an "Articole similare" heading was read as story).
_MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "zh": {"READ_MORE": ("阅读全文", "閱讀全文", "查看全文", "展开全文"),
           "RELATED": ("相关阅读", "相關閱讀", "相关新闻", "相關新聞", "延伸阅读", "延伸閱讀",
                       "热门跟贴", "热门推荐", "熱門推薦", "推荐阅读", "推薦閱讀"),
           "SOURCE_LABEL": ("来源", "來源", "出处", "稿源"),
           "RIGHTS_RESERVED": ("版权所有", "版權所有", "未经许可，请勿转载", "未經許可，請勿轉載"),
           "BY": ("记者", "記者", "作者", "编辑", "編輯", "责任编辑", "責任編輯")},
    "ja": {"READ_MORE": ("続きを読む", "全文を読む", "もっと見る"),
           "RELATED": ("関連記事", "関連ニュース", "あわせて読みたい", "おすすめ記事"),
           "SOURCE_LABEL": ("出典", "出所", "提供"),
           "RIGHTS_RESERVED": ("無断転載を禁じます", "無断転載禁止"),
           "BY": ("記者", "文")},
    "ru": {"READ_MORE": ("читать далее", "подробнее", "читать полностью"),
           "RELATED": ("читайте также", "по теме", "похожие новости", "другие новости",
                       "самое читаемое", "последние новости"),
           "SOURCE_LABEL": ("источник", "фото", "источники"),
           "RIGHTS_RESERVED": ("все права защищены",),
           "BY": ("автор",),
           "NAVIGATION": ("главная", "новости", "поиск", "происшествия", "в мире"),
           "COMMENTS_SURE": ("комментарии", "добавить комментарий", "оставить комментарий",
                             "оставьте комментарий"),
           "PICTURE_LABEL": ("фото", "фотография", "иллюстрация", "скриншот"),
           "DATE_LABEL": ("опубликовано", "обновлено", "дата публикации"),
           "SHARE": ("поделиться", "печать", "отправить"),
           "COUNTER_WORDS": ("просмотров", "просмотры", "просмотра"),
           "POINTER": ("читайте", "смотрите", "также")},
    "uk": {"READ_MORE": ("читати далі", "детальніше"),
           "RELATED": ("читайте також", "по темі", "схожі новини", "дивіться також",
                       "інші новини", "найпопулярніше", "останні новини"),
           "COMMENTS_SURE": ("коментарі", "залишити відповідь", "залишити коментар",
                             "додати коментар"),
           "PICTURE_LABEL": ("фото", "фотографія", "ілюстрація", "скриншот"),
           "DATE_LABEL": ("опубліковано", "оновлено", "дата публікації"),
           "SHARE": ("поділитися", "друк", "надіслати"),
           "COUNTER_WORDS": ("переглядів", "перегляди", "перегляду"),
           "POINTER": ("читайте", "дивіться", "також"),
           "SOURCE_LABEL": ("джерело",),
           "RIGHTS_RESERVED": ("всі права захищені", "усі права захищені"),
           "BY": ("автор",),
           "NAVIGATION": ("головна", "новини", "пошук", "події", "надзвичайні події")},
    "bg": {"READ_MORE": ("прочетете повече", "виж още"),
           "RELATED": ("още по темата", "прочетете също", "свързани новини", "още от"),
           "COMMENTS_SURE": ("коментари",),
           "PICTURE_LABEL": ("снимка", "снимки", "фото"),
           "DATE_LABEL": ("публикувано", "обновено"),
           "SHARE": ("сподели", "принтирай"),
           "COUNTER_WORDS": ("прегледа", "преглеждания"),
           "SOURCE_LABEL": ("източник",),
           "RIGHTS_RESERVED": ("всички права запазени",),
           "BY": ("автор",)},
    "tr": {"READ_MORE": ("devamını oku", "haberin devamı", "devamı için tıklayın"),
           "RELATED": ("ilgili haberler", "benzer haberler", "bunlar da ilginizi çekebilir",
                       "çok okunanlar"),
           "SOURCE_LABEL": ("kaynak",),
           "RIGHTS_RESERVED": ("tüm hakları saklıdır",),
           "BY": ("muhabir", "editör", "haber merkezi"),
           "NAVIGATION": ("ana sayfa", "anasayfa", "gündem", "haberler", "arama"),
           "COMMENTS_SURE": ("yorumlar", "bir yanıt yazın", "yorum yazın", "yorum yap"),
           "PICTURE_LABEL": ("fotoğraf", "foto", "görsel", "arşiv fotoğrafı"),
           "DATE_LABEL": ("yayınlanma", "yayınlanma tarihi", "güncelleme", "son güncelleme",
                          "güncellenme", "yayın tarihi"),
           "SHARE": ("paylaş", "yazdır", "bağlantıyı kopyala"),
           "COUNTER_WORDS": ("okunma", "görüntülenme", "okuma süresi")},
    "ro": {"READ_MORE": ("citește mai mult", "citeste mai mult", "citește continuarea",
                         "citeste continuarea", "citește tot articolul"),
           "RELATED": ("citește și", "citeste si", "citește şi", "vezi și", "vezi si",
                       "articole similare", "articole asemănătoare", "știri similare",
                       "cele mai citite"),
           "SOURCE_LABEL": ("sursa", "sursă", "surse"),
           "RIGHTS_RESERVED": ("toate drepturile rezervate",),
           "BY": ("autor",),
           "NAVIGATION": ("acasă", "știri", "stiri", "actualitate", "căutare"),
           "COMMENTS_SURE": ("comentarii", "lasă un răspuns", "lasă un comentariu"),
           "PICTURE_LABEL": ("foto", "fotografie", "imagine", "captură"),
           "DATE_LABEL": ("publicat", "actualizat", "data publicării", "ultima actualizare"),
           "SHARE": ("distribuie", "trimite", "printează", "trimite pe whatsapp",
                     "distribuie pe facebook"),
           "COUNTER_WORDS": ("vizualizări", "afișări", "citiri"),
           "MEDIA_CONTROLS": ("codul embed a fost copiat",),
           # the skip link, with the comma below, the cedilla and none ("Sari direct la
           # conținut"), and a table of contents
           "CHROME": ("sari la conținut", "sari direct la conținut", "sari la conţinut",
                      "sari direct la conţinut", "sari la continut", "sari direct la continut",
                      "salt la conținut", "mergi la conținut", "cuprins")},
    # Catalan, the Spanish table's labels in Catalan (issues 13 and 16)
    "ca": {"READ_MORE": ("llegeix més", "llegir més", "continua llegint", "segueix llegint",
                         "llegeix l'article complet", "llegeix l’article complet",
                         "llegeix la notícia completa", "veure més"),
           "RELATED": ("més informació", "llegeix també", "també et pot interessar",
                       "et pot interessar", "notícies relacionades", "relacionat", "relacionades",
                       "el més llegit", "més notícies", "altres notícies", "et recomanem"),
           "SOURCE_LABEL": ("font", "fonts", "amb informació de"),
           "RIGHTS_RESERVED": ("tots els drets reservats",),
           "BY": ("autor", "autora", "escrit per", "redactat per"),
           "NAVIGATION": ("inici", "portada", "cerca", "notícies", "internacional", "món",
                          "en directe", "tornar a dalt", "successos", "societat"),
           "COMMENTS_SURE": ("comentaris", "deixa un comentari", "escriu un comentari",
                             "deixa una resposta", "no hi ha comentaris", "sense comentaris"),
           "PICTURE_LABEL": ("foto", "fotos", "imatge", "imatges", "fotografia", "foto d'arxiu",
                             "foto d’arxiu", "imatge d'arxiu", "imatge d’arxiu",
                             "captura de pantalla"),
           "DATE_LABEL": ("publicat", "publicat el", "actualitzat", "actualitzat el",
                          "actualització", "modificat"),
           "SHARE": ("comparteix", "compartir", "imprimir", "imprimeix", "envia", "enviar",
                     "copia l'enllaç", "copia l’enllaç", "comparteix a"),
           "COUNTER_WORDS": ("lectures", "visites", "temps de lectura", "min de lectura",
                             "minuts de lectura", "minut de lectura"),
           "CHROME": ("salta al contingut", "saltar al contingut", "vés al contingut",
                      "ves al contingut", "anar al contingut", "taula de continguts",
                      "índex de continguts")},
    "el": {"READ_MORE": ("διαβάστε περισσότερα", "διαβάστε ολόκληρο το άρθρο"),
           "RELATED": ("διαβάστε επίσης", "διαβάστε ακόμα", "διαβάστε ακόμη", "δείτε επίσης",
                       "σχετικά άρθρα", "σχετικές ειδήσεις", "δημοφιλή"),
           "SOURCE_LABEL": ("πηγή", "πηγές"),
           "RIGHTS_RESERVED": ("με την επιφύλαξη παντός δικαιώματος",),
           "BY": ("συντάκτης",),
           "NAVIGATION": ("αρχική", "ειδήσεις", "αναζήτηση", "ελλάδα", "κόσμος", "πολιτική"),
           "COMMENTS_SURE": ("σχόλια", "αφήστε μια απάντηση", "αφήστε ένα σχόλιο"),
           "PICTURE_LABEL": ("φωτογραφία", "φωτογραφίες", "φωτ.", "εικόνα"),
           "DATE_LABEL": ("δημοσίευση", "ενημέρωση", "τελευταία ενημέρωση", "δημοσιεύθηκε"),
           "SHARE": ("κοινοποίηση", "μοιραστείτε", "εκτύπωση"),
           "COUNTER_WORDS": ("προβολές", "αναγνώσεις")},
}
for _lang, _tables in _MORE.items():
    for _name, _words in _tables.items():
        globals()[_name][_lang] = _words

#: One wording of a note that the story goes on past something put into it (:data:`GOES_ON`):
#: the story's noun, its verb of going on ("" for a noun that needs none: "Fortsetzung nach
#: der Anzeige", "La suite après la publicité"), where, then what was put in (one of
#: :data:`PUT_IN`, needed when ``put_in`` is set: "Article suivant la publicité", where
#: "Article suivant" alone is a link to the next article) and the words that close the clause
#: after it (German's verb at the end: "Lesen Sie nach der Anzeige weiter", "Der Artikel wird
#: nach der Anzeige fortgesetzt").
class GoesOn(NamedTuple):
    nouns: tuple[str, ...]
    verbs: tuple[str, ...]
    where: tuple[str, ...]
    closing: tuple[str, ...] = ()
    put_in: bool = False


#: A note that the story goes on past something put into it ("Article continues below",
#: "El artículo continúa abajo", "(continua dopo la foto)", "Dalsza część artykułu pod
#: reklamą", "Weiter nach der Anzeige"): words, not whole phrases, for s37 and s38 each had a
#: wording no phrase list held. Read by :mod:`generator.content.cleaning.rules.goes_on`, the one
#: rule of these notes (the advertisement rule's list of whole phrases, ``AFTER_AD``, was folded
#: in here: every one of its phrases is a wording of these).
GOES_ON: dict[str, tuple[GoesOn, ...]] = {
    "en": (GoesOn(("the story", "story", "the article", "article", "the text", "text", "report"),
                  ("continues", "continued", "resumes", "continue reading",
                   "continue reading the main story"),
                  ("below", "after", "under", "beneath", "further down")),),
    "fr": (GoesOn(("l'article", "l’article", "la suite", "le texte", "l'info", "l’info", "suite"),
                  ("continue", "se poursuit"), ("ci-dessous", "après", "sous", "plus bas")),
           GoesOn(("la suite", "suite"), ("",), ("après", "ci-dessous", "plus bas")),
           GoesOn(("article",), ("",), ("suivant",), put_in=True)),
    "es": (GoesOn(("el artículo", "la nota", "la noticia", "el texto", "la información"),
                  ("continúa", "sigue", "continua", "sigue leyendo", "continúa leyendo"),
                  ("abajo", "debajo", "después", "tras", "más abajo", "luego")),),
    "it": (GoesOn(("l'articolo", "l’articolo", "il testo", "la notizia"),
                  ("continua", "prosegue", "continua a leggere"),
                  ("sotto", "dopo", "più in basso", "in basso", "più sotto")),),
    "pt": (GoesOn(("a matéria", "o texto", "a reportagem", "o artigo", "a notícia"),
                  ("continua", "segue", "continue lendo"), ("abaixo", "após", "depois")),),
    "de": (GoesOn(("der artikel", "artikel", "der text", "text"),
                  ("geht weiter", "weiter", "weiterlesen"), ("unten", "nach", "unter")),
           GoesOn(("der artikel", "artikel", "der text", "text"), ("wird", "lesen sie"),
                  ("unten", "nach", "unter"), closing=("fortgesetzt", "weiter")),
           GoesOn(("fortsetzung",), ("",), ("unten", "nach", "unter"))),
    "nl": (GoesOn(("het artikel", "het verhaal", "de tekst", "artikel"),
                  ("gaat verder", "loopt door"), ("onder", "na", "hieronder")),),
    "pl": (GoesOn(("dalsza część artykułu", "dalsza część tekstu", "dalsza część", "artykuł"),
                  ("", "czytaj dalej"), ("pod", "poniżej", "po")),),
}
#: What the note says was put into the story (after a preposition and an article): an
#: advertisement, a picture, a video.
PUT_IN = ("advertisement", "advert", "ad", "ads", "photo", "picture", "image", "video",
          "gallery", "publicité", "pub", "photo", "vidéo", "image", "anzeige", "werbung", "bild",
          "foto", "video", "publicidad", "anuncio", "foto", "imagen", "vídeo", "galería",
          "pubblicità", "immagine", "galleria", "publicidade", "anúncio", "imagem", "reklamą",
          "reklama", "zdjęciem", "materiałem", "wideo", "advertentie", "reclame", "afbeelding")

#: The date labels of :data:`DATE_LABEL` that say the page was changed after it appeared
#: ("Updated", "Mis à jour", "Aktualisiert"): the date after one is the update's, kept apart
#: from the publication's (a live page's "on Monday" may be the update's Monday).
UPDATE_LABEL = {lang: tuple(w for w in words if any(stem in w for stem in (
    "updat", "modif", "mis à jour", "mise à jour", "actualis", "aktualis", "actualiz", "aggiorn",
    "atualiz", "aktualiz", "bijgewerkt", "обнов", "онов", "güncelle", "actualizat", "ενημέρωση",
    "تحديث", "अपडेट", "수정", "업데이트")))
    for lang, words in DATE_LABEL.items()}

def all_phrases(table: dict[str, tuple[str, ...]]) -> list[str]:
    """Every phrase of a table, longest first (so that an alternation prefers the longest)."""
    return sorted({p for phrases in table.values() for p in phrases}, key=len, reverse=True)


#: Words of the names of public bodies and services in the press's other languages, which a
#: run of capitalised words holding one is ("Protección Civil", "Cruz Roja", "Protezione
#: civile", "Croix-Rouge", "Rotes Kreuz"), not a person's name: a sign-off's reporters hold
#: none (review 51).
BODY_WORDS = frozenset({
    "civil", "civile", "roja", "rouge", "rossa", "vermelha", "kreuz", "protección", "protezione",
    "proteção", "protection", "defensa", "défense", "defesa", "guardia", "guarda", "garde",
    *(word for lang, words in SERVICES.items() if lang != "en" for word in words),
})
