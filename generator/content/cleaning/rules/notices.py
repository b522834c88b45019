"""Notices the page addresses to its reader: consent banners, paywalls and subscriber boxes,
newsletter pitches, advertisements, and the notices of a cut copy ("Read the full article").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
)
from generator.content.cleaning.rules.patterns import (
    EDGE,
    READ_MORE,
    alternation,
)
from generator.text import furniture_words as F
from generator.text.sentences import sentence_spans

_AD_SLOT = alternation([p for ps in F.AD_SLOT.values() for p in ps])
_SPONSORED = alternation(F.all_phrases(F.SPONSORED))


#: A reporting clause: the line tells what someone said about the channel, it is no pitch.
_BROWSER = alternation(F.all_phrases(F.BROWSER_NOUN))
_BROWSER_NOUN = re.compile(r"(?:^|\W)(?:" + "|".join(
    re.escape(p) for p in F.all_phrases(F.BROWSER_NOUN)) + r")(?:\W|$)", re.I)
_BROWSER_ACTION = re.compile(r"(?:^|\W)(?:" + "|".join(
    re.escape(p) for p in F.all_phrases(F.BROWSER_ACTION)) + r")(?:\W|$)", re.I)


def _asks_of_browser(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The line says what the reader's browser cannot do or should do: not a story sentence
    that names a browser."""
    return _BROWSER_ACTION.search(blocks[i].text) is not None


def _over_browser_notice(blocks: Sequence[Block], i: int, m, page: Page,
                         table: RuleTable) -> bool:
    """"Oops…" alone on its line is the opening of the browser notice right under it."""
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return _BROWSER_NOUN.search(after) is not None and _BROWSER_ACTION.search(after) is not None


_READER_CALL = alternation(F.all_phrases(F.READER_CALL))
_MEDIA_NOUN = re.compile(r"(?:^|\W)(?:" + "|".join(
    re.escape(p) for p in F.all_phrases(F.MEDIA_NOUN)) + r")(?:\W|$)", re.I)


def _names_media(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The call names the reader's pictures or videos ("Tem vídeos do temporal? Envie…"), in
    the page's own voice: a quoted appeal or one the story reports ("…, police said") is the
    story's."""
    text = blocks[i].text
    return (_MEDIA_NOUN.search(text) is not None and _REPORTING.search(text) is None
            and not any(q in text for q in "\"“”«»„"))


_REPORTING = re.compile(r"\b(?:said|says|told|asked|wrote|urged|pleaded|added|warned)\b", re.I)


def _no_reporting_clause(blocks: Sequence[Block], i: int, m, page: Page,
                         table: RuleTable) -> bool:
    return not _REPORTING.search(blocks[i].text)


#: The reader, or the content a consent choice hides, in a sentence about cookies ("selon les
#: réglages que vous avez choisis …", "this content is blocked", "ce contenu", "diesen Inhalt").
_READER = re.compile(
    r"\b(?:you|your|vous|votre|vos|usted|ustedes|você|vocês|voi|vostr[oaie]|uw|jij)\b"
    r"|\b(?-i:Sie|Ihre[nmrs]?)\b"
    r"|\b(?:this|ce|diese[nmr]?|este|questo|deze)\s+(?:content|contenu|inhalt|contenido|conteúdo"
    r"|contenuto|inhoud)\b", re.I)
_COOKIE = re.compile(r"\bcookies?\b", re.I)


def cookie_notice(text: str) -> bool:
    """A sentence of the consent notice that stands in for a blocked embed: it names cookies and
    the reader or the content hidden, and reports nobody's words (round 25: the notice glued
    inside a paragraph, in French)."""
    return bool(_COOKIE.search(text) and _READER.search(text) and not _REPORTING.search(text))


def _cookie_notice(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """Every sentence of the block is the notice's (a paragraph it is glued into is story, cut
    apart by ``cleaning.glued_notice``)."""
    text = blocks[i].text
    return all(cookie_notice(text[a:b]) for a, b in sentence_spans(text))


RULES: tuple[Rule, ...] = (
    # ---- consent banners
    Rule("cookie-banner", "consent-banner", "cookie consent banner",
         ci(r"\b(?:this|our)\s+(?:web\s?)?site\s+(?:uses|stores|is\s+using|use|places|sets)\s+"
             r"(?:\w+\s+){0,2}cookies\b"
             r"|^(?:we|this\s+site)\s+(?:use|uses|are\s+using)\s+cookies\b"
             r"|^we\s+(?:value|care\s+about|respect)\s+your\s+privacy\b"
             r"|^we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.{0,300}"
             r"\b(?:cookies|device|personal\s+data|consent)\b"
             r"|^by\s+(?:continuing\s+to\s+(?:use|browse)|using|clicking)\b.{0,200}"
             r"\b(?:cookies?|privacy\s+policy)\b"
             # "by continuing to browse …, you accept cookies" in the corpus' other languages
             r"|^(?:en\s+poursuivant|si\s+contin[uú]as?|continuando|al\s+continuar|proseguendo"
             r"|continuando\s+a|wenn\s+sie\s+(?:weiter|fortfahren)|kontynuuj[aą]c"
             r"|door\s+verder\s+te)\b.{0,200}\bcookie"
             r"|(?:diese|unsere)\s+(?:website|webseite|seite|internetseite)\s+"
             r"(?:verwendet|nutzt|benutzt)\s+cookies"
             r"|wir\s+(?:verwenden|nutzen)\s+cookies"
             # (the site named as "esta web", "este site", "questo sito", with the plain verb
             # "usa" too: "Esta web usa cookies.", fdev2 on fresh pages)
             r"|ce\s+site\s+(?:web\s+)?utilise\s+des\s+cookies|nous\s+utilisons\s+des\s+cookies"
             r"|(?:este\s+(?:sitio|site|portal)(?:\s+web)?|esta\s+(?:web|página(?:\s+web)?))\s+"
             r"(?:utiliza|usa)\s+(?:\w+\s+){0,2}cookies|utilizamos\s+cookies|usamos\s+cookies"
             r"|questo\s+sito\s+(?:web\s+)?(?:utilizza|usa)\s+(?:i\s+)?cookie"
             r"|utilizziamo\s+(?:i\s+)?cookie"
             r"|(?:ta|nasza)\s+strona\s+(?:internetowa\s+)?(?:używa|wykorzystuje)\s+(?:plików\s+)?cookie"
             r"|deze\s+(?:web)?site\s+(?:gebruikt|maakt\s+gebruik\s+van)\s+cookies"
             r"|(?:tento|tyto)\s+(?:web|stránky)\s+(?:používá|používají)\s+(?:soubory\s+)?cookies"
             r"|ملفات\s+تعريف\s+الارتباط|कुकीज|쿠키"),
         max_words=150),
    # A notice in place of an embed: short, or it is a paragraph about cookies, not a notice.
    Rule("cookie-blocked", "consent-banner", "an embed blocked until cookies are accepted",
         ci(r"\b(?:content|video|vidéo|inhalt|contenido|contenuto|conteúdo)\b.{0,40}"
             r"\b(?:blocked|bloqué|blockiert|bloqueado|bloccato)\b.{0,80}\bcookies?\b"
             r"|\b(?:not|pas|nicht|no|non|não)\s+(?:\w+\s+){0,2}"
             r"(?:accepted|accepté|akzeptiert|aceptado|accettato|aceito)\s+(?:\w+\s+){0,2}"
             r"cookies?\b"),
         max_words=40),
    Rule("consent-button", "consent-banner", "cookie consent button",
         ci(r"^(?:(?:accept|reject|decline|allow|deny|refuse)(?:\s+(?:all|necessary|essential|"
             r"selected|optional))?(?:\s+cookies)?|i\s+(?:agree|accept)|got\s+it!?"
             r"|manage\s+(?:cookies|options|preferences|settings|consent|my\s+preferences)"
             r"|(?:cookie|privacy|consent)\s+(?:settings|preferences|options|notice)"
             r"|customi[sz]e\s+(?:settings|cookies)|do\s+not\s+sell\s+my\s+(?:personal\s+)?info"
             r"(?:rmation)?|your\s+privacy\s+choices"
             r"|alle\s+(?:akzeptieren|ablehnen)|akzeptieren|tout\s+accepter|tout\s+refuser"
             r"|j'accepte|accepter|aceptar(?:\s+todo)?|rechazar(?:\s+todo)?|accetta(?:\s+tutti)?"
             r"|rifiuta(?:\s+tutti)?|aceitar(?:\s+todos)?|akceptuję|zgadzam\s+się|accepteren"
             r"|alles\s+accepteren|přijmout\s+vše|souhlasím|أوافق|قبول|동의"
             # the banner's settings button in the other languages ("Impostazioni privacy",
             # "Cookie-Einstellungen", "Gérer les cookies": round 24 on fresh pages)
             # (with the article of the thing set: "Paramètres des cookies", "Gestisci i cookie")
             r"|(?:impostazioni|gestisci|preferenze)\s+(?:(?:della\s+|dei\s+)?privacy"
             r"|(?:dei\s+|i\s+)?cookies?|(?:il\s+)?consenso)"
             r"|(?:datenschutz|cookie|privatsphäre)[\s-]*einstellungen"
             r"|(?:paramètres|préférences|gérer\s+(?:les|mes))\s+(?:de\s+la\s+|de\s+|des\s+|du\s+)?"
             r"(?:confidentialité|cookies|consentement)|(?:configuración|preferencias|gestionar)\s+"
             r"(?:de\s+)?(?:privacidad|(?:las\s+)?cookies)|(?:configurações|definições|gerir"
             r"|gerenciar)\s+(?:de\s+|dos\s+)?(?:privacidade|cookies)|privacy[\s-]*instellingen"
             r"|cookie[\s-]*instellingen"
             # the choice in any of the press's languages, with what it is about and the
             # banner's closing after it ("Accepter et fermer", "Aceptar cookies", "Accetta i
             # cookie", "Akzeptieren und schließen"): only these words may follow the verb
             r"|(?:accept|reject|refuse|accepter|refuser|aceptar|rechazar|accetta|accettare"
             r"|rifiuta|aceitar|recusar|rejeitar|akzeptieren|ablehnen|j['’]accepte|acepto"
             r"|accetto|aceito)(?:\s+(?:all|tout|tous|todo|todas|todos|tutti|alle))?"
             r"(?:\s+(?:(?:the|les|las|los|os|as|i|die)\s+)?cookies?)?"
             r"(?:\s+(?:and|et|y|e|und)\s+(?:close|continue|fermer|continuer|cerrar|continuar"
             r"|chiudi|chiudere|continua|fechar|schließen|weiter|fortfahren))?)$"),
         max_words=6),
    # ---- paywalls first: "Subscribe to continue reading" is a wall, not a newsletter
    Rule("paywall", "paywall", "subscription wall",
         ci(r"^(?:subscribe|sign\s+in|log\s+in|register)\s+to\s+(?:continue\s+)?read(?:ing)?\b"
             # the badge of an article behind the wall, alone on its line ("Plus-Artikel",
             # "Exclusivo para suscriptores", "Premium content")
             rf"|^{EDGE}(?:(?:plus|abo|premium)[\s-]*(?:artikel|inhalt)|exklusiv\s+für\s+abonnenten"
             r"|exclusivo\s+para\s+suscriptores|premium\s+(?:content|article|story)"
             r"|(?:contenu|contenido|contenuto|conteúdo|article|artículo|articolo|artigo)\s+premium)"
             rf"{EDGE}$"
             # the same in the press's other languages ("Abbonati per leggere", "Assine para
             # continuar lendo", "Abonnez-vous pour lire la suite")
             r"|^(?:abonnez-vous|connectez-vous|inscrivez-vous)\s+pour\s+(?:lire|continuer)\b"
             r"|^(?:suscr[ií]bete|suscr[ií]base|reg[ií]strate)\s+para\s+(?:seguir\s+|continuar\s+)?"
             r"le(?:er|yendo)\b|^(?:abbonati|accedi|registrati)\s+per\s+(?:continuare\s+a\s+)?"
             r"leggere\b|^(?:assine|assina|entre|cadastre-se)\s+para\s+(?:continuar\s+)?(?:a\s+)?"
             r"(?:ler|lendo)\b|^jetzt\s+(?:abonnieren|registrieren)\s+und\s+weiterlesen\b"
             # the wall naming the article it closes ("Cet article est réservé aux abonnés.")
             r"|^(?:cet\s+article|ce\s+contenu)\s+est\s+réservé\s+aux\s+abonnés"
             r"|^(?:este|esta)\s+(?:contenido|artículo|noticia)\s+es\s+(?:exclusiv[oa]\s+)?para"
             r"\s+suscriptores|^questo\s+(?:articolo|contenuto)\s+è\s+riservato\s+agli\s+abbonati"
             r"|^este\s+(?:artigo|conteúdo)\s+é\s+(?:exclusivo\s+)?para\s+assinantes"
             r"|^(?:this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?"
             r"(?:for|to)\s+(?:subscribers|members)"
             r"|(?:article|contenu)\s+réservé\s+aux\s+abonnés|réservé\s+aux\s+abonnés"
             r"|(?:dieser\s+artikel\s+ist\s+)?(?:nur\s+)?für\s+abonnenten"
             r"|(?:contenido|artículo)\s+(?:exclusivo\s+)?para\s+suscriptores"
             r"|(?:contenuto\s+)?riservato\s+agli\s+abbonati|esclusiva\s+per\s+gli\s+abbonati"
             r"|(?:conteúdo\s+)?exclusivo\s+para\s+assinantes"
             r"|(?:artykuł\s+)?(?:dostępny\s+)?(?:tylko\s+)?dla\s+subskrybentów"
             r"|(?:alleen\s+)?voor\s+abonnees|pouze\s+pro\s+předplatitele"
             r"|il\s+vous\s+reste\s+\d+\s*%\s+de\s+(?:cet\s+)?article|pour\s+lire\s+la\s+suite"
             r"|(?:jetzt\s+)?weiterlesen\s+mit|lesen\s+sie\s+jetzt\s+weiter"
             r"|der\s+(?:vollständige\s+)?artikel\s+ist\s+nur\s+für"
             r"|per\s+continuare\s+a\s+leggere|continúa\s+leyendo|para\s+seguir\s+leyendo"
             r"|(?:este\s+)?conteúdo\s+é\s+exclusivo|pozostało\s+\d+\s*%"
             r"|already\s+a\s+(?:subscriber|member)|déjà\s+abonné|bereits\s+abonnent"
             r"|sei\s+già\s+abbonato|ya\s+eres\s+suscriptor|já\s+é\s+assinante)(?:\s|$|\W).{0,120}$"),
         max_words=30),
    # a feature or a box the page keeps for its subscribers ("Commenting is exclusive to
    # subscribers", "The rest is reserved for our subscribers"): the subscriber noun after
    # "exclusive", "reserved" or "only", closing a short line: a story's subscribers are
    # someone's ("… only for subscribers of the power company"). "Only" opens the line or
    # follows "is" ("This feature is only for subscribers"): after another verb it tells what
    # happened ("The warning was sent only to subscribers."). A prompt, not a wall: the
    # article is not known to be cut (the paywall rule's phrases say so).
    Rule("subscribers-only", "newsletter", "a box or feature kept for subscribers",
         ci(r"(?:(?:^|\s)(?:exclusiv[aeo]s?|exclusif|esclusiv[aeo]|riservat[aeio]|reservad[ao]s?"
             r"|réservée?s?|reserved)"
             r"|(?:^|\s(?:is|are|es|son|est|sont|è|sono|é|são|ist|sind|jest|są|zijn)\s)\s*"
             r"(?:only|s[oó]lo|somente|apenas|nur|tylko|alleen|uniquement|exclusivement"
             r"|exclusivamente|esclusivamente))\s+(?:[^\s\d]+\s+){0,2}"
             r"(?:suscriptor(?:es)?|subscribers?|abonnée?s?|abbonati|assinantes?|abonnenten"
             r"|subskrybentów|abonnees)\s*[.!…]*\s*$"),
         max_words=12),
    # a prompt to become a paying member, with the site's meter or the perks it unlocks ("You've
    # read 3 stories this month", "unlock 6 perks by joining as a member", "Promos disabled for
    # members"): trial 40, the first story paragraph of a page, drafted as an event
    Rule("membership-pitch", "newsletter", "a prompt to become a paying member",
         ci(r"\bpromos?\s+disabled\s+for\s+members\b"
             r"|^\W*you(?:['’]ve|\s+have)\s+read\s+\d+\s+(?:free\s+)?(?:stories|articles)\s+this"
             r"\s+(?:month|week)\b|\bunlock\s+\d+\s+(?:perks|benefits|rewards)\b.{0,80}\bmember"),
         max_words=45),
    # ---- newsletter sign-up and paywall prompts
    Rule("newsletter-pitch", "newsletter", "newsletter sign-up",
         ci(r"^(?:sign\s*up|subscribe|join|get|receive|never\s+miss|ontvang|erhalten\s+sie"
             r"|recevez|recibe|ricevi|receba|otrzymuj)\b.{0,160}"
             r"\b(?:newsletters?|nieuwsbrief|inbox|mailing\s+list|e-?mail\s+(?:updates|alerts|list)"
             # the reader's own mailbox ("dans votre boîte mail", "en tu correo", "no seu e-mail")
             r"|(?:your|votre|ta|tu|su|tua|sua|seu|ihr(?:em|en)?|deine[mn]?)\s+(?:boîte\s+"
             r"(?:mail|e-mail|aux\s+lettres|de\s+réception)|e-?mail|correo(?:\s+electrónico)?"
             r"|casella(?:\s+di\s+posta|\s+e-?mail)?|caixa\s+de\s+(?:entrada|e-?mail|correio)"
             r"|postfach|posteingang))\b"
             # the pitch asked as a question ("Want the news on your WhatsApp?", "Quer receber
             # as notícias no WhatsApp?": round 24 on fresh pages)
             # (one clause, no comma: "…, she asked the mayor, …?" is someone's question)
             r"|^[¿¡\s]*(?:(?:do\s+you\s+)?want\s+to\s+(?:get|receive)|quer\s+receber"
             r"|queres\s+receber"
             r"|quieres\s+recibir|vuoi\s+ricevere|voulez-vous\s+recevoir|veux-tu\s+recevoir"
             r"|möchten\s+sie|wil\s+je)\b[^.!,;\"“”«»]{0,100}\b(?:whatsapp|telegram"
             r"|newsletters?|inbox|e-?mail|correo|courriel|posta)\b[^.!,;\"“”«»]{0,40}\?$"
             # the invitation closing a pitch that opens on what is sent ("For the day's alerts
             # in your inbox sign up to our free emails"): the page's last words are the emails
             r"|\bsign\s*up\s+(?:to|for)\s+our\b.{0,60}\b(?:e-?mails|newsletters?)\W*$"
             r"|^thanks?\s+(?:you\s+)?for\s+reading\b.{0,200}\bsubscribe"
             # the pitch offering the outlet's updates free ("See what is new in
             # Kelsby for free with the latest updates of the Courier", fdev2): an invitation,
             # the word for free, then the latest news or updates
             r"|^(?:find\s+out|get|stay|keep\s+up|découvrez|restez|recevez|erfahren\s+sie"
             r"|bleiben\s+sie|erhalten\s+sie|descubre|entérate|mantente|recibe|scopri|resta"
             # (the news right after the word for free, in one clause: "Resta aperta la mensa
             # gratuita per gli sfollati, secondo le ultime notizie" is a story's line, review 51)
             r"|ricevi|descubra|fique|receba)\b[^.,;:!?]{0,60}\b(?:free|gratuitement|gratuites?"
             r"|kostenlos|gratis|gratuitamente|de\s+graça)\b[^.,;:!?]{0,16}"
             r"\b(?:latest|dernières|neuesten|aktuellen|últimas|ultime|updates|news|actualités"
             r"|nachrichten|noticias|notizie|notícias)\b[^;:!?]{0,60}$"
             r"|\bsubscribe\s+(?:for\s+free|now|today)\s+to\s+(?:receive|get|support)\b"
             # an app's or a site's alerts offered, the sign-up asked at the end ("Get real-time
             # alerts on your phone, subscribe now.": trial 35)
             r"|^(?:get|receive)\b[^.;:!?]{0,80}\b(?:alerts|updates|notifications)\b[^.;:!?]{0,60}"
             r"\b(?:sign\s*up|subscribe|download|install)\s+(?:now|today|here)\W*$"
             # (after the arrows or bullets a page sets before it: ">> Siga o canal …")
             r"|^[\s>»•·*→➡-]*(?:join|follow|subscribe\s+to|iscriviti\s+al|segui|rejoignez"
             r"|abonnez-vous\s+à"
             r"|suivez|folgen\s+sie|abonniere|únete\s+a|síguenos\s+en|siga|entre\s+no"
             r"|dołącz\s+do|obserwuj)\s.{0,60}\b(?:whatsapp|telegram|google\s+news)\b.{0,80}$"
             # "For more news, follow Outlet on Twitter, Instagram and Facebook.": the lead for
             # more news, then the invitation to the outlet's networks (round 24)
             r"|^\W*(?:for\s+more\s+news|para\s+mais\s+notícias|para\s+más\s+noticias"
             r"|pour\s+plus\s+d['’]?(?:infos|actualités)|per\s+altre\s+notizie"
             r"|für\s+mehr\s+nachrichten),?\s+(?:follow|siga|sigue|síguenos|suivez|segui|seguite"
             r"|folgen\s+sie)\s.{0,60}\b(?:" + "|".join(F.NETWORKS) + r")\b.{0,60}$"

             # the same in Cyrillic and Arabic ("Підписуйтесь на наш телеграм-канал", "لمتابعة
             # … على فيسبوك"), whose letters RE2's \b does not see
             r"|^(?:не\s+забудьте\s+)?(?:підписуйтеся|підписуйтесь|підпишіться|підписатися"
             r"|підписатись|подписывайтесь|подпишитесь|подписаться|приєднуйтеся|приєднуйтесь"
             r"|присоединяйтесь|слідкуйте|следите|لمتابعة|تابعوا|تابعنا|اشترك|انضموا|انضم)\s.{0,60}"
             r"(?:telegram|телеграм|viber|вайбер|whatsapp|youtube|ютуб|facebook|фейсбук|تلغرام"
             r"|تيليجرام|واتساب|فيسبوك|يوتيوب|تيك\s?توك|تويتر|انستغرام).{0,80}$"
             r"|^(?:abonnez-vous|inscrivez-vous|abonnieren\s+sie|melden\s+sie\s+sich|suscríbete"
             r"|suscribete|iscriviti|assine|inscreva-se|zapisz\s+się|subskrybuj|abonneer|"
             r"přihlaste\s+se|schrijf\s+je\s+in|meld\s+je\s+aan|اشترك|सदस्यता|구독)"
             r"(?:\s|$).{0,160}(?:newsletter|nieuwsbrief|lettre|boletín|"
             r"newsletter|e-?mail|courriel|correo|posta|inbox)"),
         max_words=35),
    # a pitch ending on the channel it points to, opening on its invitation ("Don't miss a
    # story: find them all on our Telegram channel", "👉 Get the latest news on our WhatsApp
    # channel.", trial 19 and review 17); a statement that names the channel is no pitch
    Rule("channel-pitch", "newsletter", "an invitation to the outlet's messaging channel",
         ci(r"^\W*(?:(?:click|tap)\s+here\s+to\s+|you\s+can\s+(?:also\s+|now\s+)?|now\s+(?:you\s+"
             r"can\s+)?|also\s+|want\s+more\?\s*)?(?:don['’]t\s+miss|never\s+miss|get|find|read|"
             r"stay|catch|follow|join|for\s+(?:the\s+latest|more|all)|the\s+day['’]s|the\s+latest|"
             r"all\s+the|breaking\s+news)(?:[^\w-]|$)[^\"“”«»]{0,140}\b(?:on|via|in|at)\s+our\s+"
             r"(?:whatsapp|telegram|google\s+news|youtube)\s+(?:channel|group|feed|page)\W*$"),
         max_words=35, check=_no_reporting_clause),
    # what a sign-up box leaves of its form: the other ways to sign in or sign up ("Or with:",
    # "Oder mit:", "Ou continuer avec :", "Or sign up with Google"), the buttons' logos lost: a
    # line of the box and nothing else (fdev3 on fresh pages). It takes the box's name and
    # pitch above it (claims.py); "Or with what?" and "O con: <list>" are prose.
    Rule("sign-in-alternative", "newsletter", "a sign-up form's other ways to sign in",
         ci(r"^\W*(?:or|oder|ou|o|oppure|lub|albo|of|nebo)\s+(?:(?:sign|log)\s*(?:in|up|on)"
             r"|continue|register|connect|continuer|connectez-vous|inscrivez-vous|weiter"
             r"|anmelden|registrieren|continuar|regístrate|registrate|accedi|registrati|continua"
             r"|entre|entrar|zaloguj\s+się|zarejestruj\s+się|kontynuuj|ga\s+verder"
             r"|meld\s+je\s+aan)?\s*(?:with|using|via|mit|über|avec|par|con|com|przez|met)"
             r"(?:\s*:|\s+(?:google|apple|facebook|e-?mail|twitter|x|linkedin|microsoft))\s*$"),
         max_words=7, claims="box"),
    Rule("newsletter-button", "newsletter", "newsletter or subscription prompt",
         ci(r"^(?:jetzt\s+)?(?:subscribe|sign\s*up|newsletter|register|s'abonner|abonnez-vous"
             r"|abonnieren|suscribirse|suscríbete|suscríbase|abónate|iscriviti|abbonati|assine"
             r"|assina|subskrybuj|abonneren|odebírat|اشترك|구독하기"
             # "become a subscriber" ("Devenez abonné", "Hazte suscriptor", "Torne-se assinante")
             r"|(?:devenez|devenir)\s+abonnée?|h[aá]z(?:te|ase)\s+(?:suscriptor|socio)"
             r"|(?:torne-se|seja|vire)\s+assinante|diventa\s+abbonat[oa]"
             r"|(?:werden\s+sie\s+)?abonnent(?:in)?\s+werden)"
             r"(?:\s+(?:now|here|today|for\s+free|free|maintenant|dès\s+maintenant|jetzt"
             r"|ahora|ya|ora|subito|agora|já))?[!.]?$"
             r"|^enter\s+your\s+e-?mail\b.{0,60}$"
             r"|^(?:newsletter|nieuwsbrief)\s+(?:abonnieren|bestellen|abonneren|anmelden)[!.]?$"
             # the box's own label between two paragraphs ("Email newsletter signup", "Daily
             # newsletter sign-up", "Newsletter-Anmeldung": round 24 on fresh pages)
             r"|^(?:(?:free|daily|weekly|e-?mail|our)\s+){0,2}(?:newsletters?|nieuwsbrief)"
             r"[\s-]*(?:sign[\s-]*ups?|subscriptions?|anmeldung|inscription|iscrizione"
             r"|suscripci[oó]n|aanmelden)[!.:]?$"
             # the pitch's button saying yes ("EU QUERO" under "Want the news on WhatsApp?")
             r"|^(?:eu\s+quero|yes,?\s+i\s+want\s+(?:it|in)|s[ií],?\s+quiero|lo\s+quiero"
             r"|je\s+m['’]abonne|oui,?\s+je\s+veux|ja,?\s+ich\s+will|s[iì],?\s+voglio)[!.]?$"
             r"|^(?:already\s+a\s+subscriber|not\s+a\s+subscriber"
             r"|become\s+a\s+(?:member|subscriber)"
             r"|thank\s+you\s+for\s+subscribing|subscribe\s+to\b)\b.{0,80}$"),
         max_words=14),
    # ---- advertisements
    # "Votre publicité ici avec <ad network>": a slot offering itself, the seller's name after it
    Rule("ad-slot", "advertisement", "an empty advertising slot offering itself",
         # (with at most the seller's name after it: "Hier werben Helfer um Spenden" is a
         # sentence; review 10)
         ci(rf"^{EDGE}{_AD_SLOT}(?:[\s,:;|–—-]+[^\s.!?]+(?:\s+[^\s.!?]+){{0,2}})?\s*$"),
         max_words=10),
    Rule("advertisement", "advertisement", "advertisement marker",
         ci(rf"^{EDGE}(?:advertisement|advertising|advert|ads?|anzeige|werbung|publicité"
             r"|skip\s+(?:advertisement|ad)|supported\s+by"
             # a widget's provider over the title ("Powered by", its logo a picture: trial 41)
             r"|powered\s+by(?:\s+[^\s.!?]+){0,3}"
             r"|publicidad|pubblicità|publicidade|reklama|advertentie|إعلان|विज्ञापन|광고"
             r"|anuncio|anúncio|annuncio|annonce|reclame|inzerce"
             # (the sponsor's name may follow: "Sponsored by X", "Sponsorisé par X")
             rf"|{_SPONSORED}(?:\s+(?:by|par|von|por|da|de|di|door|przez)\b.{{0,40}})?"
             # (a note that the story goes on after the ad, "Story continues below
             # advertisement", is the story-goes-on rule's: rules/goes_on.py)
             r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
             rf"|ads?\s+by\s+\w+){EDGE}$"),
         max_words=8),
    # ---- excerpt / truncation notices
    Rule("read-full-article", "truncation-notice", '"Read the full article" link',
         ci(r"^(?:read|view|see|get)\s+(?:the\s+)?(?:full|whole|entire|complete|original|"
             r"rest\s+of\s+(?:the|this))\s+(?:article|story|post|report|piece|text|interview|"
             r"analysis|column)\b.{0,60}$"
             r"|^(?:this\s+(?:is\s+an?|article\s+is\s+an?)\s+(?:excerpt|extract)"
             r"|the\s+full\s+(?:article|story)\s+(?:is\s+)?(?:available|continues))\b.{0,120}$"),
         max_words=25),
    Rule("read-story-elsewhere", "truncation-notice", "a pointer to the whole story elsewhere",
         ci(rf"^{EDGE}{alternation(F.READ_VERB)}\s+(?:{alternation(F.READ_WHOLE)}\s*)?"
             rf"{alternation(F.STORY_NOUN)}(?:\s+{alternation(F.READ_COMPLETE)})?"
             rf"(?:\s+{alternation(F.READ_WHERE)}\b.{{0,40}})?{EDGE}$"),
         max_words=10),
    Rule("original-pointer", "truncation-notice", "a link to the article's original page",
         ci(rf"^{EDGE}{alternation(sorted(F.ORIGINAL_POINTER, key=len, reverse=True))}"
            r"(?:\s+(?:on|at|en|sur|su|auf|na|em|op)\s+.{1,40})?" rf"{EDGE}$"), max_words=10),
    Rule("continue-reading", "truncation-notice", '"Continue reading" link',
         ci(rf"^{EDGE}{READ_MORE}(?:\s+(?:the\s+)?(?:article|story|post))?"
             r"(?:\s+(?:at|on|from|sur|auf|en|su|em|na|op)\s+.{1,40})?"
             rf"{EDGE}$"),
         max_words=10),
    # ---- the page's own state (fdev4 fresh pages): a browser it cannot be shown in, a wall
    # before the rest of the story (its age is the bylines' age-notice)
    Rule("browser-notice", "paywall", "a notice that the page cannot be shown in the "
         "reader's browser", ci(rf"(?:^|\W){_BROWSER}(?:\W|$)"), max_words=25,
         check=_asks_of_browser),
    Rule("browser-oops", "paywall", "the exclamation over a browser notice",
         ci(rf"^{EDGE}(?:oops|ups|oups|ops|hoppla|ojej)[.!…]*{EDGE}$"), max_words=2,
         check=_over_browser_notice),
    # the badge of the Trust Project, the transparency standard many outlets print over their
    # articles ("Este medio sigue los principios de The Trust Project", fdev4 fresh pages)
    Rule("trust-badge", "navigation", "a transparency standard's badge",
         ci(r"\btrust\s+project\b"), max_words=12),
    Rule("reader-call", "reader-address", "a call for the reader's pictures or tips",
         ci(rf"(?:^|\W){_READER_CALL}(?:\W|$)"), max_words=16, check=_names_media),
    # (last of the notices: the banners above keep their own names)
    Rule("cookie-notice", "consent-banner", "a consent notice for content its cookies block",
         ci(r"\bcookies?\b"), max_words=80, check=_cookie_notice),
)
