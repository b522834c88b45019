"""The words right before a capitalised run that make it a place or a body, not a person: read
by the speaker resolver when it looks back for the person a pronoun or a verb without a subject
stands for (:mod:`generator.extract.speakers.coreference`)."""

from __future__ import annotations

import re

from generator.text.furniture_words import NETWORKS_IN_TEXT
from generator.text.number_words import qualifier_words
from generator.text.speech_words import ARTICLES

#: Prepositions, alone or joined with an article, after which a capitalised run is a place or
#: a body, not a person a pronoun or a verb without a subject may stand for ("desde Puerto
#: Viejo", "aus dem Hotel Miramar", "all'Hotel Miramare", "del Consejo Escolar", "no Bairro
#: Alto"): read by the speaker resolver (``extract/speakers/coreference``) when it looks back for
#: the person named last (extract round 25: a hotel or a harbour named in passing blocked that
#: fallback, or became the speaker). Not "de", "di", "da", "von", "of": "la hija de Ana Ruiz".
BEFORE_A_PLACE = frozenset({
    "no", "na", "nos", "nas", "do", "dos", "das", "em", "del", "al", "en", "nel", "nella", "sul",
    "dal", "au", "aux", "du", "des", "im", "am", "vom", "zum", "zur", "para", "por", "pela",
    "pelo", "per", "par", "pour",
    "desde", "hacia", "hasta", "sobre", "frente", "junto", "cerca", "dentro", "fuera", "ante",
    "aus", "dem", "den", "beim", "ins", "ans", "nach", "über", "unter", "vor", "hinter", "neben",
    "gegenüber", "durch", "nahe", "depuis", "vers", "chez", "sous", "devant", "derrière",
    "près", "dalla", "dallo", "dai", "dagli", "dalle", "nello", "negli", "nelle", "sulla",
    "sullo", "sui", "sugli", "sulle", "alla", "allo", "ai", "agli", "alle", "verso", "presso",
    "fino", "all'", "all’", "dall'", "dall’", "nell'", "nell’", "sull'", "sull’", "dell'",
    "dell’", "l'", "l’", "pelos", "pelas",
})


def before_a_place(word: str) -> bool:
    """Whether ``word``, the word right before a capitalised run, makes the run a place or a
    body (:data:`BEFORE_A_PLACE`; an elided one keeps its apostrophe: "all'Hotel Miramare")."""
    return word.lower().lstrip("(«“\"") in BEFORE_A_PLACE


#: The plain "at"/"in" words before a place, besides :data:`BEFORE_A_PLACE`.
_AT = frozenset({"à", "a", "en", "in", "at", "em", "di", "bei", "w"})


def place_tail(words: list[str]) -> bool:
    """Whether ``words`` are "at" and a place of one to three capitalised words, the place of
    the office a role describes ("un porte-parole de la mairie à Lurcy", "il sindaco di
    Brenna")."""
    return 2 <= len(words) <= 4 and (words[0].lower() in _AT or before_a_place(words[0])) and \
        all(w[:1].isupper() for w in words[1:])


#: The articles (and possessives) of the languages whose copy puts the subject after a speech
#: verb, as alternatives (longest first; not an elided one, which a word follows unspaced).
_INVERTED_ARTICLES = "|".join(sorted({re.escape(a) for lang in ("fr", "es", "it", "pt", "de")
                                      for a in ARTICLES[lang] if a[-1] not in "'’"},
                                     key=len, reverse=True))
#: Words of :data:`BEFORE_A_PLACE` that are also an article or a number ("dos vecinos").
_NOT_WHERE = frozenset({"dos", "des", "den", "dem", "das", "du", "del", "do"})
#: The prepositions of :data:`BEFORE_A_PLACE` whole, and those that may also name a person's
#: side ("à", "in", "bei", "sur"): after a speech verb, before the subject, they say where.
_WHERE = "|".join(sorted({w for w in BEFORE_A_PLACE if w[-1] not in "'’" and w not in _NOT_WHERE}
                         | {"sur", "dans", "à", "in", "an", "auf", "bei"}, key=len, reverse=True))
#: Where the words were said, between an inverted speech verb and the article that opens its
#: subject: a preposition, perhaps an article, one word, perhaps its complement (the shortest:
#: German "der" is a genitive and an article), perhaps between commas ("», a déclaré sur place
#: le directeur", "dijo en Valdecruz el director", "sagte vor Ort der Direktor", ", sur les
#: lieux, son directeur"; s19: the place was read as the subject, or none).
#: Or the network the words were posted on ("ha annunciato su Facebook il municipio",
#: "anunciou no Telegram a prefeitura", "a écrit sur Telegram le maire"; trial 38: the
#: network's name was read with the subject, or no subject was read).
_ON_NETWORK = (r"(?:su|sul|sur|no|na|en|em|auf|op|on)\s+(?:{})\b"
               .format("|".join(re.escape(n) for n in NETWORKS_IN_TEXT)))
SAID_WHERE = re.compile(
    rf"\s*,?\s*(?:{_ON_NETWORK}|(?:{_WHERE})\s+(?:(?:{_INVERTED_ARTICLES})\s+|l['’])?[\w’'-]+"
    rf"(?:\s+(?:de|di|da|do|du|del|des)\s+(?:(?:{_INVERTED_ARTICLES})\s+)?[\w’'-]+)??)"
    rf"\s*,?(?=\s+(?:{_INVERTED_ARTICLES})\s)", re.I)


#: A height above the sea written after it ("3.343 m a.s.l.", "m ü. M.", "m n.p.m.", "metri sul
#: livello del mare", "m sobre el nivel del mar", "Metern Meereshöhe"): where a peak, a pass or
#: a village stands, the place described, not a length of the event (round ffig5: a glacier's
#: summit was proposed as a figure in German and Polish).
ABOVE_SEA = re.compile(
    r"\s*(?:a\.\s?s\.\s?l\.|\basl\b|\bamsl\b|above\s+(?:mean\s+)?sea[\s-]+level|"
    # (a sentence may end at the abbreviation's first stop: "3343 m ü.")
    # (or glued to the unit's letter by a stop: "1420 m.ü.M.")
    r"\.?ü\.\s?(?:d\.\s?)?(?:M\.|M?$)|über\s+(?:dem\s+)?Meer(?:esspiegel)?|"
    r"(?:über\s+)?Meereshöhe|ü\.\s?NN\b|"
    r"n\.\s?p\.\s?m\.|nad\s+poziomem\s+morza|s\.\s?l\.\s?m\.|sul\s+livello\s+del\s+mare|"
    r"s\.\s?n\.\s?m\.|sobre\s+el\s+nivel\s+del\s+mar|au-dessus\s+du\s+niveau\s+de\s+la\s+mer|"
    r"acima\s+do\s+n[íi]vel\s+do\s+mar|boven\s+(?:de\s+)?zeespiegel|boven\s+zeeniveau)", re.I)


#: A mountain, a peak or a volcano, in the corpus languages (a plural ending allowed): a height
#: given as its size is where a place stands, as a height above the sea is (:data:`ABOVE_SEA`).
#: Not a glacier, a cliff or a slope: a piece of those that fell is a size of the event; nor a
#: peak ("pic", "pico", "picco", "szczyt"), the word for a river's crest too ("un pic de 6,2 m").
_LANDFORM = (r"(?:mountain|mount|summit|peak|volcano|montagne|mont|sommet|pic|volcan|montaña|"
             # a peak (s40, read after its score: "un pico de 1.895 metros", a 12,633-foot
             # peak, on three sites of two events)
             r"pico|picco|szczyt|Spitze|cerro|"
             r"cumbre|monte|volcán|montagna|vetta|pizzo|piz|vulcano|vulcão|vulcões|montanha|"
             r"cume|Berg|Gipfel|Vulkan|vulkaan|góra|wulkan|"
             # a range of mountains (spfig2: a range's height and extent in pt)
             r"sierra|cordillera|cordilheira|massif|massiccio|macizo|maciço|Massiv|Gebirge)"
             r"(?:s|es|e|i|en|u|y)?")
#: A name of a few capitalised words, perhaps after "de", "of" ("Cerro de Vargo", "Mount Vargo").
_NAME = r"(?:\s+(?:(?:de|del|di|du|do|da|of)\s+)?(?-i:[A-ZÀ-Þ])[\w’'-]*){0,3}"
#: A landform's height written after its noun, the number next: "un cerro de 2950 metros",
#: "o monte, de 2.950 m", "le mont Vargo, haut de 2950 m", "la montagna, alta 2.950 m", "Mount
#: Vargo, 2,950 metres high", "le sommet culmine à 2950 m" (round ffig7: a volcano's height was
#: proposed as a figure of its eruption in es, fr and pt). Only these words between, so that
#: "the ash rose over the mountain to 6,000 metres" or "si è staccata dalla vetta a 3.200
#: metri" (where the event happened) stay.
_HEIGHT_WORD = (r"(?:hauts?|hautes?|alt[oa]s?|high|tall|hoch|culmin\w*\s+(?:à|a|em|at)|"
                r"rising\s+to|rises\s+to)")
#: A landform's extent said by a verb of stretching after a relative pronoun ("the hills, which
#: stretch for 40 km", "os montes, que se estendem por 40 km", "die Berge, die sich
#: über 40 km erstrecken" is not caught: its verb comes last).
_EXTENT_WORD = (r"(?:(?:se\s+|si\s+|s['’])?(?:stretch\w*|extend\w*|estend\w*|extiend\w*|"
                r"étend\w*)\s+(?:for|over|along|ao\s+longo\s+de|a\s+lo\s+largo\s+de|sur|per|"
                r"por|su))")
#: A relative pronoun between the landform's comma and its word of height ("le mont Vargo, qui
#: culmine à 2950 m", "o monte Vargo, que culmina a quase 2.950 metros": spent s31, pt).
_RELATIVE = r"(?:que|qui|che|which|that|der|die|das|który|która|które|dat)"
#: A preposition of having between a landform and its height ("uma montanha com 2.950 metros",
#: "una montaña con", "a mountain with", "ein Berg mit": spent s34, pt).
_WITH = r"(?:com|con|with|avec|mit|met)"
#: (A comma, "de" or a word of height must stand between: "s'élèvent du mont jusqu'à 2100 m"
#: is how high the ash rose, the qualifier read with the number.)
LANDFORM_BEFORE = re.compile(
    rf"\b{_LANDFORM}{_NAME}(?:\s*,\s*(?:{_HEIGHT_WORD}\s+)?(?:(?:de|di|of|d['’])\s+)?|"
    rf"\s*,\s*{_RELATIVE}\s+(?:{_HEIGHT_WORD}|{_EXTENT_WORD})\s+|"
    rf"\s+(?:{_HEIGHT_WORD}\s+)?(?:de|di|of|d['’]|{_WITH})\s+|\s+{_HEIGHT_WORD}\s+)"
    rf"(?:(?:{qualifier_words('about', 'nearly', 'more-than')})\s+)?$", re.I)
#: A landform's height written as an attribute before its noun: "the 2,950-metre summit", "the
#: 2,950-metre Vargo mountain", "ein 2950 Meter hoher Berg", "de 2950 meter hoge vulkaan" (no
#: comma nor preposition between: "6,000 metres above the summit" stays). The same height in
#: another unit may stand in brackets between ("the 2,950m (9,678ft) Vargo mountain": spent s34).
LANDFORM_AFTER = re.compile(
    rf"\)?(?:-?\s*(?:high|tall|hoh\w*|hoog|hoge)\b)?(?:\s*\([^()]{{1,25}}\))?"
    rf"(?:\s+(?-i:[A-ZÀ-Þ])[\w’'-]*){{0,3}}\s+"
    rf"{_LANDFORM}\b", re.I)


#: A dimension's word right after a length that is no height: "8 km long", "300 metres wide",
#: "8 Kilometer lang", "de 300 m de large" (round ffig5 and review 26).
_NO_HEIGHT = (r"wide|long|deep|across|in\s+(?:width|length|diameter)|"
              r"de\s+(?:manga|ancho|anchura|largo|longitud|profundidad|diámetro|large|largeur|long|"
              r"longueur|profondeur|diamètre|comprimento|largura|profundidade|diâmetro)|"
              r"di\s+(?:larghezza|lunghezza|profondità|diametro)|breit|lang|tief|breed|diep")
_HEIGHT = (r"high|tall|in\s+height|de\s+(?:alto|altura|haut|hauteur)|di\s+altezza|hoch|hoog")
#: A dimension's word right after a bare number, the unit said with the dimension before it:
#: "250 metres long and 32 wide", "250 metros de eslora y 32 de manga", "300 mètres de long et
#: 40 de large", "300 Meter lang und 40 breit" (round ffig5): the number is in that unit.
DIMENSION_AFTER = re.compile(rf"\s*(?:{_NO_HEIGHT}|{_HEIGHT})\b", re.I)
#: A length said to be one of a dimension other than height ("Lava from the volcano, 8 km long"):
#: the size of something the event made, never a landform's height (review 26: the lava's length
#: and a landslide's width after "the volcano," were read as the volcano's height).
NO_HEIGHT_AFTER = re.compile(rf"\s*(?:{_NO_HEIGHT})\b", re.I)


#: Islands, by the dictionary form a count of them is read with, in the corpus languages: a
#: count of them that nothing befalls describes a land ("an archipelago of more than 17,000
#: islands", "un pays aux 17 000 îles", "zwischen den 17.000 Inseln"), the background a page on
#: a ferry gives, not a figure of its event (spent28: four sites); islands the event struck or
#: cut off keep their count (:func:`generator.extract.counts.counted.not_counted_here`).
ISLANDS = frozenset({"island", "isle", "islet", "île", "îlot", "isla", "islote", "isola",
                     "isolotto", "ilha", "ilhéu", "insel", "eiland", "wyspa", "ostrov"})


#: A verb of where a place stands, in the present, with its preposition of place right before a
#: height that an altitude's word follows ("the pass lies at 2,100 metres of altitude", "que
#: está a 2.950 metros de altura", "se trouve à 2950 m d'altitude", "si trova a 2.950 metri di
#: quota", "fica a 2.950 metros de altitude", "liegt auf 2950 Meter Höhe"; spent s34, es): the
#: place described. Not a past tense ("se encontraba a 300 metros de altura", said of what was
#: flying when the event happened, stays an altitude).
LIES_AT = re.compile(
    r"\b(?:lies|sits|stands|is\s+located|is\s+situated|está|están|se\s+encuentra|se\s+ubica|"
    r"se\s+sitúa|se\s+halla|se\s+trouve|se\s+situe|culmine|si\s+trova|sorge|fica|ficam|"
    r"se\s+situa|situa-se|localiza-se|liegt|liegen|ligt|liggen|leży|leżą)\s+"
    rf"(?:at|à|a|em|auf|in|op|na)\s+(?:(?:{qualifier_words('about', 'nearly', 'more-than')})\s+)?$",
    re.I)
