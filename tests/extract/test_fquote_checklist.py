"""Who speaks, the shapes a fresh round of quotation-rich pages misread (round fquote, issue 16),
as a checklist of invented sentences (names, places, wording made up), each with a neighbour
that must keep its speaker:

1. an office written with a long complement before the name in apposition ("O ministro do
   Mar e das Pescas, Rui Tavares, …"): the name was no person, so the office alone, later the
   subject of a speech verb, was given as the speaker;
2. an office alone as the subject in a language without articles ("dodał rzecznik", "řekl
   mluvčí"): it refers back to the person given that office, as Russian and Greek already did;
3. a phrase a preposition opens and one comma closes before a speech verb whose subject is left
   out ("Con relación a si …, aclaró que"): its last noun was named as the speaker;
4. an office English copy abbreviates before the name and writes in full when it refers back
   ("Gov. Ana Ruiz" … "The governor reflected that “…”"), then "she added" after it: the role
   stayed unresolved and the pronoun went to a name given as a source in between. English
   only: the other languages write the office in full;
5. a dialogue dash after a colon, opening words that run to the paragraph's end ("rzecznik
   rozmawiał z reporterami: - …"): the quotation was missed.

Same table format as :mod:`test_speaker_checklist`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker, speaker_params

#: (language, shape, page text, the quotation's first words, the speaker expected)
CASES = [
    # ------------------------------------------ 1. an office with a long complement
    ("pt", "office-long", "Faro – O ministro do Mar e das Pescas, Rui Tavares, classificou a "
     "paragem como grave. O ministro acusou os armadores de bloqueio. “Eles querem apenas "
     "atrasar as obras no porto”, afirmou.", "Eles querem", "Rui Tavares"),
    ("es", "office-long", "El ministro de Pesca y Asuntos Marinos, Pedro Olmo, calificó la "
     "parada de grave. El ministro acusó a los armadores de bloqueo. «Quieren retrasar las obras "
     "del puerto», afirmó.", "Quieren retrasar", "Pedro Olmo"),
    ("it", "office-long", "Il ministro della Pesca e del Mare, Marco Neri, ha definito grave il "
     "blocco. Il ministro ha accusato gli armatori. «Vogliono solo ritardare i lavori del "
     "porto», ha affermato.", "Vogliono solo", "Marco Neri"),
    ("fr", "office-long", "Le ministre de la Pêche et de la Mer, Paul Morvan, a jugé le blocage "
     "grave. Le ministre a accusé les armateurs. « Ils veulent seulement retarder les travaux du "
     "port », a-t-il affirmé.", "Ils veulent", "Paul Morvan"),
    # its neighbour: a short complement, read before
    ("pt", "office-short", "Faro – O ministro do Mar, Rui Tavares, classificou a paragem como "
     "grave. O ministro acusou os armadores de bloqueio. “Eles querem apenas atrasar as obras no "
     "porto”, afirmou.", "Eles querem", "Rui Tavares"),
    # ------------------------------------------ 2. an office alone, no article
    ("pl", "office-alone", "- Nie mamy jeszcze decyzji w sprawie portu - powiedział rano w "
     "radiu rzecznik wojewody Jan Kowal.\n\n- Czekamy na wyniki kontroli, potem zdecydujemy - "
     "dodał rzecznik.", "Czekamy na", "Jan Kowal"),
    ("pl", "office-alone-quoted", "Burmistrz Ewa Lis mówiła o szkodach. „Woda zalała dwie "
     "ulice” - powiedział rzecznik wojewody Jan Kowal.\n\n„Czekamy na wyniki kontroli” - "
     "dodał rzecznik.", "Czekamy na", "Jan Kowal"),
    ("cs", "office-alone", "„Zatím nemáme rozhodnutí o přístavu,“ řekl ráno v rozhlase mluvčí "
     "hejtmana Jan Novák.\n\n„Čekáme na výsledky kontroly,“ dodal mluvčí.", "Čekáme na",
     "Jan Novák"),
    # its neighbour: the office named with the speech verb, a name after it
    ("pl", "office-named", "- Nie mamy jeszcze decyzji - powiedział rzecznik wojewody Jan "
     "Kowal.\n\n- Czekamy na wyniki kontroli - dodał burmistrz Adam Wrona.", "Czekamy na",
     "Adam Wrona"),
    # ------------------------------------------ 3. a fronted phrase, one comma, no subject
    ("es", "fronted-phrase", "El ministro de Pesca, Pedro Olmo, visitó el puerto ayer. Con "
     "relación a si cabe hablar de un fracaso del plan, aclaró que «no vamos a rendirnos "
     "ahora».", "no vamos", "Pedro Olmo"),
    ("pt", "fronted-phrase", "O ministro do Mar, Rui Tavares, visitou o porto ontem. Sobre a "
     "paragem dos estivadores, afirmou que “ninguém vai desistir agora”.", "ninguém vai",
     "Rui Tavares"),
    ("it", "fronted-phrase", "Il ministro del Mare, Marco Neri, ha visitato il porto ieri. "
     "Riguardo alla protesta dei portuali, ha precisato che «nessuno si arrenderà adesso».",
     "nessuno si", "Marco Neri"),
    ("es", "fronted-phrase-com", "El ministro de Pesca, Pedro Olmo, visitó el puerto ayer. Con "
     "la voz quebrada, dijo que «nadie se rendirá ahora».", "nadie se", "Pedro Olmo"),
    # ------------------------------------------ 4. an abbreviated office, then the role
    ("en", "abbreviated-gov", "Gov. Ana Ruiz warned that “we are not safe yet.” So far 2,000 "
     "people have left, according to Police Chief Tom Hale.\n\nThe governor reflected that "
     "“the dry months never end now.”\n\n“We must stay alert all night,” she added.",
     "We must stay", "Ana Ruiz"),
    ("en", "abbreviated-reflected", "Gov. Ana Ruiz warned that “we are not safe yet.” So far "
     "2,000 people have left, according to Police Chief Tom Hale.\n\nThe governor reflected "
     "that “the dry months never end now.”", "the dry months", "Ana Ruiz"),
    ("en", "abbreviated-sen", "Sen. Mark Dole toured the levee on Monday. Mayor Lia Park "
     "joined him.\n\nThe senator said “the repairs cannot wait for spring.”",
     "the repairs", "Mark Dole"),
    ("en", "abbreviated-supt", "Supt. Karen Voss said the school would stay shut. Parents met "
     "Principal Joe Lund.\n\nThe superintendent said “we will reopen when the water is "
     "safe.”", "we will reopen", "Karen Voss"),
    # its neighbour: the role written in full before the name, read before
    ("en", "full-title", "Governor Ana Ruiz warned that “we are not safe yet.” So far 2,000 "
     "people have left, according to Police Chief Tom Hale.\n\nThe governor said “the dry "
     "months never end now.”", "the dry months", "Ana Ruiz"),
    # ------------------------------------------ 5. a dash after a colon, to the paragraph's end
    ("pl", "colon-dash", "- Nie mamy jeszcze decyzji - powiedział rzecznik wojewody Jan Kowal."
     "\n\nWieczorem rzecznik rozmawiał z reporterami: - Najpierw trzeba sprawdzić wyniki "
     "kontroli.", "Najpierw trzeba", "Jan Kowal"),
    ("cs", "colon-dash", "- Zatím nemáme rozhodnutí - řekl mluvčí hejtmana Jan Novák.\n\n"
     "Odpoledne se mluvčí sešel s novináři: - Nejdřív musíme zkontrolovat výsledky kontroly.",
     "Nejdřív musíme", "Jan Novák"),
    ("pt", "colon-dash", "– A ponte estava segura – afirmou o prefeito Rui Tavares.\n\nÀ tarde, "
     "o prefeito falou com os jornalistas: – Primeiro temos de ver os resultados da vistoria.",
     "Primeiro temos", "Rui Tavares"),
    ("ru", "colon-dash", "— Решения пока нет, — сказал мэр Иван Петров.\n\nВечером мэр "
     "встретился с журналистами: — Сначала нужно проверить результаты проверки.",
     "Сначала нужно", "Иван Петров"),
    # its neighbour: the dash and a speech verb after the words, read before
    ("pl", "dash-verb", "- Nie mamy jeszcze decyzji - powiedział rzecznik wojewody Jan Kowal."
     "\n\n- Wyniki kontroli będą jutro - dodał burmistrz Adam Wrona.", "Wyniki kontroli",
     "Adam Wrona"),
    # its neighbour: an apposition (two commas) before the verb names the speaker
    ("es", "apposition", "La alcaldesa habló primero. El ministro de Pesca, Pedro Olmo, aclaró "
     "que «no vamos a rendirnos ahora».", "no vamos", "Pedro Olmo"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "opening", "who"), list(speaker_params(CASES, {})))
def test_the_speaker_of_each_shape(tmp_path: Path, lang: str, text: str, opening: str,
                                   who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)
