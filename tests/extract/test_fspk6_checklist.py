"""Who speaks, the shapes a fresh round of quotation-rich pages in German, French, Spanish and
English misread (round fspk6, issue 16), as a checklist of invented sentences (names, places,
wording made up), each beside a neighbour that must keep its reading:

1. a quotation that quotes a name or a phrase in its own curly marks (“… “X” …”), as pages
   print it without the inner single marks: only the inner words were read as a quotation,
   with no speaker, and the speaker's words were lost (a Spanish and an Arabic page);
2. a verb of appraising or reassuring after the words ("„…“, analysiert Trainer X", "« … »,
   a tenu à rassurer X", "tranquilizó", "tranquilizou"): the table lacked
   them, and the quotation took the speaker of the next one in its paragraph, or none.

Same table format as :mod:`test_speaker_checklist`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker, speaker_params

#: (language, shape, page text, the quotation's first words, the speaker expected)
CASES = [
    # ------------------------------------------ 1. a quotation quoting in its own marks
    ("es", "nested", "El alcalde Tomás Rivera habló el martes. Insistió: “Hay vecinos que "
     "saldrán a gritar “Fuera el alcalde” en la plaza. ¿Quién decide en el pueblo?”", "Hay vecinos",
     "Tomás Rivera"),
    ("en", "nested", "“We will rebuild the “Old Mill” footbridge before the winter comes,” said "
     "Mayor Dana Pruitt.", "We will rebuild", "Dana Pruitt"),
    ("pt", "nested", "“Vamos reabrir a ponte “Velho Moinho” antes do inverno, é uma promessa”, "
     "disse o prefeito Rui Tavares.", "Vamos reabrir", "Rui Tavares"),
    ("it", "nested", "“Riapriremo il ponte “Vecchio Mulino” prima dell'inverno, è una promessa”, "
     "ha detto il sindaco Marco Neri.", "Riapriremo il ponte", "Marco Neri"),
    ("fr", "nested", "“Nous rouvrirons le pont “Vieux Moulin” avant l'hiver, c'est promis”, a "
     "déclaré le maire Paul Aubert.", "Nous rouvrirons", "Paul Aubert"),
    # its neighbours: two quotations around their verb, a quotation with an inner single mark,
    # and one opening before a closed quotation of the same marks
    ("en", "two-quotes", "“We will rebuild,” said Mayor Dana Pruitt. “The river won this "
     "time,” she added.", "The river won", "Dana Pruitt"),
    ("en", "inner-single", "“We will rebuild the ‘Old Mill’ footbridge before the winter "
     "comes,” said Mayor Dana Pruitt.", "We will rebuild", "Dana Pruitt"),
    ("es", "two-quotes", "“Vamos a reconstruir el puente”, dijo el alcalde Tomás Rivera. “El "
     "río ganó esta vez”, añadió.", "El río ganó", "Tomás Rivera"),
    # ------------------------------------------ 2. verbs of appraising and reassuring
    ("de", "appraises", "\"Das Spiel war schwer. Diese Fehler, die wir gemacht haben, reichen "
     "nicht für einen Sieg\", analysiert Trainer Karl Mebus. Dann sagte Torwart Olaf Brink: "
     "\"Wir hätten noch lange spielen können.\"", "Das Spiel war", "Karl Mebus"),
    ("de", "reassures", "„Der Deich hält, niemand muss heute Nacht sein Haus verlassen“, "
     "beruhigte Bürgermeister Karl Brandt.", "Der Deich hält", "Karl Brandt"),
    ("fr", "governed-reassure", "« Ce résultat nous soulage, la série noire s'arrête là » , a tenu "
     "à rassurer le technicien lorrain, Paul Verdier, qui reste en poste.", "Ce résultat",
     "Paul Verdier"),
    ("fr", "reassures", "« La digue tient, personne ne doit quitter sa maison cette nuit », "
     "rassure le maire Paul Aubert.", "La digue tient", "Paul Aubert"),
    ("es", "reassured", "«Este empate nos hace bien, corta la racha de derrotas», tranquilizó "
     "el técnico Pablo Ferrer.", "Este empate", "Pablo Ferrer"),
    ("pt", "reassured", "“Este empate nos faz bem e corta a série de derrotas”, tranquilizou o "
     "técnico Paulo Verde.", "Este empate", "Paulo Verde"),
    # its neighbours: the verbs the table had, and the next quotation's own speaker; the
    # Italian perfect was already read before the table had it (by another reading of the
    # words after the quotation), and must stay read
    ("it", "reassured", "«Questo pareggio ci fa bene, interrompe la serie di sconfitte», ha "
     "rassicurato l'allenatore Paolo Verdi.", "Questo pareggio", "Paolo Verdi"),
    ("de", "said", "\"Das Spiel war schwer, diese Fehler reichen nicht für einen Sieg\", sagte "
     "Trainer Karl Mebus. Dann sagte Torwart Olaf Brink: \"Wir hätten noch lange spielen "
     "können.\"", "Wir hätten", "Olaf Brink"),
    ("fr", "governed-say", "« Ce résultat nous soulage, la série noire s'arrête là », a tenu "
     "à préciser le technicien Paul Verdier.", "Ce résultat", "Paul Verdier"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), list(speaker_params(CASES, {})))
def test_the_speaker_of_each_shape(tmp_path: Path, lang: str, text: str, opening: str,
                                   who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)
