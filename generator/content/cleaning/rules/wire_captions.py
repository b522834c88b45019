"""A wire picture's caption told by its opening formula: the caption points at the picture and
says who gave or took it ("In this photo provided by Jo Roe, cars sit …", "En esta imagen
tomada de un video …", "Sur cette photo fournie par …"). A story names a picture the other way
round ("Police released a photo of the truck"), so a block opening with the formula is the
caption, however long the agency made it (fcopy5: the same wire's picture on two sites, one
caption of 21 words, one of 64). Read after the credits' rules, before the bylines'.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Rule, ci

#: "in this" and its cousins, then up to two words ("undated file"), the picture's noun, and the
#: participle of who gave, took or made it, in the languages wire pictures are captioned in.
_POINTING = (r"^\s*(?:in\s+this|this|en\s+esta|sur\s+cette|in\s+questa|nesta|nessa)\s+"
             r"(?:[\pL-]+\s+){0,2}?(?:photo(?:graph)?|image|picture|frame\s+grab|foto"
             r"|fotografía|fotografia|imagen|imagem|immagine)\s+"
             r"(?:provided|released|taken|made|distributed|obtained|proporcionada|difundida"
             r"|tomada|facilitada|distribuida|fournie|diffusée|prise|transmise|fornita|diffusa"
             r"|scattata|divulgada|fornecida|tirada|cedida)\b")

RULES: tuple[Rule, ...] = (
    Rule("pointing-caption", "caption", "a wire picture's caption (\"In this photo provided "
         "by …\")", ci(_POINTING), max_words=150),
)
