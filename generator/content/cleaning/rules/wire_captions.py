"""A wire picture's caption told by its opening formula: the caption points at the picture and
says who gave or took it ("In this photo provided by Jo Roe, cars sit …", "En esta imagen
tomada de un video …", "Sur cette photo fournie par …"). A story names a picture the other way
round ("Police released a photo of the truck"), so a block opening with the formula is the
caption, however long the agency made it (fcopy5: the same wire's picture on two sites, one
caption of 21 words, one of 64). Read after the credits' rules, before the bylines'.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Rule, ci

#: The picture's noun after up to two words ("undated file"), and the participle of who gave,
#: took or made it, in the languages wire pictures are captioned in.
_PICTURE = (r"(?:[\pL-]+\s+){0,2}?(?:photo(?:graph)?|image|picture|frame\s+grab|foto"
            r"|fotografía|fotografia|imagen|imagem|immagine)\s+"
            r"(?:provided|released|taken|made|distributed|obtained|proporcionada|difundida"
            r"|tomada|facilitada|distribuida|fournie|diffusée|prise|transmise|fornita|diffusa"
            r"|scattata|divulgada|fornecida|tirada|cedida)")
#: After "in this" and its cousins the participle can be nothing else. After a bare "This" it
#: may be a finite verb with its object ("This image made headlines …": story), so there it is
#: the caption's only before its agent, its source, its time or a comma ("This photo released
#: by police", "taken from video", "taken on May 3", "taken Sunday"; the review of stop 28).
_POINTING = (r"^\s*(?:(?:in\s+this|en\s+esta|sur\s+cette|in\s+questa|nesta|nessa)\s+"
             + _PICTURE + r"\b|this\s+" + _PICTURE
             + r"(?:\s*,|\s+(?:by|from|on|in|at|via|with|during|through|last|earlier|yesterday"
             r"|today)\b|\s+(?-i:\p{Lu})|\s+\d))")

RULES: tuple[Rule, ...] = (
    Rule("pointing-caption", "caption", "a wire picture's caption (\"In this photo provided "
         "by …\")", ci(_POINTING), max_words=150),
)
