"""What ``extract`` reads from one invented sentence, for the tests that probe it.

Twenty test modules had each written the same two-line reader; one place keeps them reading
the sentence the same way (a whole sentence, at offset 0, in paragraph 0).
"""

from __future__ import annotations

import ast
from pathlib import Path

from generator.extract.figures import figures_in
from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence


def sentence(text: str, start: int = 0) -> Sentence:
    return Sentence(start, start + len(text), text, 0)


def figures(text: str, lang: str = "en") -> list[tuple[float, str]]:
    """The (value, group) of each figure the sentence yields."""
    return [(f.value, f.group) for f in figures_in(sentence(text), lang)]


def source(text: str, near: str) -> str | None:
    """Who the sentence credits for the number written ``near`` (its first occurrence)."""
    found = attribution(sentence(text), near=text.index(near))
    return found.who if found else None


def strings_written(path: Path, name: str) -> str:
    """The strings written in the module-level definition of ``name`` in ``path``, lower case,
    with a pattern's white space (``\\s+``) read as one space: for the tests that guard a rule
    table's readers against a second copy of its words."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [
            node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return " ".join(c.value for c in ast.walk(node.value) if isinstance(
                c, ast.Constant) and isinstance(c.value, str)).replace(r"\s+", " ").lower()
    raise AssertionError(f"{name} is not defined in {path}")


#: An invented page's opening, by language (a headline, then a lede), that the speaker tests put
#: their paragraphs after: a ferry lost off an invented port.
FERRY_HEADS = {
    "en": "Ferry lost off Castelmar\n\nA ferry sank off Castelmar on Sunday night.\n\n",
    "es": "Naufragio en Castelmar\n\nUn ferry se hundió el domingo frente a Castelmar.\n\n",
    "fr": "Naufrage à Castelmar\n\nUn ferry a coulé dimanche au large de Castelmar.\n\n",
    "de": "Fähre gesunken\n\nEine Fähre ist am Sonntag vor Castelmar gesunken.\n\n",
    "it": "Traghetto affondato\n\nUn traghetto è affondato domenica al largo di Castelmar.\n\n",
    "pt": "Naufrágio em Castelmar\n\nUma balsa afundou no domingo ao largo de Castelmar.\n\n",
}
