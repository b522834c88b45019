"""Who speaks, the shapes a fresh round of quotation-rich pages in Dutch, Italian, Polish,
Portuguese and Spanish misread (round fspk5, issue 16), as a checklist of invented sentences
(names, places, wording made up), each beside a neighbour that must keep its reading:

1. speech verbs the table lacked: a closing remark ("besluit X", "chiosa X"), a retort
   ("ribatte X"), "falou X" with no complement, a loud "grzmiał X", "acotó X"; and Dutch
   separable verbs around their subject ("'…', zo lieten de bonden weten"), as German's were;
2. a straight single mark opening a quotation after a sentence's end ("… zegt Ana Smit. 'Maar
   …'"): the two sentences were one, and the first speaker's words became the second
   quotation's speaker;
3. Polish and Czech offices declined before a surname ("z wiceministrem Kowalskim"), a leader
   ("lider związku Jan Kowal") and an epithet alone ("– … – mówił polityk", Dutch "de
   burgervader"): no person was named, so the verb went to a place or stayed unresolved;
4. dialogue dashes around words that hold the speaker's own spaced dash, or end on a question
   or an exclamation before the closing dash: the quotation was missed;
5. a name opening the clause before a colon, its verb and object after it ("Karel Smit
   verwacht geen problemen: '…'"): the whole clause was named as the speaker;
6. Italian "«…». A dirlo all'agenzia, X, …" and "A spiegarlo è X": the infinitive with its
   clitic credits the name after it;
7. a speech verb in the gerund, or in the infinitive after "al" / "ao", in the clause after
   the main verb ("X negó …, señalando que «…»", "en soulignant que", "sottolineando che",
   "ao afirmar que"): the main verb's subject speaks, or the person named last when the
   sentence leaves it out.

Same table format as :mod:`test_speaker_checklist`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker, speaker_params

#: (language, shape, page text, the quotation's first words, the speaker expected)
CASES = [
    # ------------------------------------------ 1. speech verbs the table lacked
    ("nl", "closing-remark", "De dijk houdt het. 'Daar ben ik erg tevreden over, dat zeg ik "
     "eerlijk', besluit wethouder Karel Smit.", "Daar ben ik", "Karel Smit"),
    ("nl", "separable-plural", "De dijk houdt het. 'Als het water stijgt, sluiten we de "
     "sluizen', zo lieten de waterschappen eerder weten.", "Als het water", "de waterschappen"),
    ("nl", "separable-added", "De dijk houdt het. 'We controleren de dijk morgen nog een keer', "
     "voegde wethouder Karel Smit eraan toe.", "We controleren", "Karel Smit"),
    ("it", "retort", "«Siamo sempre stati aperti al confronto – ribatte Marco Neri -. "
     "Continueremo così, ma nelle sedi giuste».", "Siamo sempre", "Marco Neri"),
    ("it", "closing-remark", "«Il ponte resterà chiuso fino a marzo, non ci sono alternative», "
     "chiosa il sindaco Marco Neri.", "Il ponte resterà", "Marco Neri"),
    ("pt", "spoke", "“Vamos votar o documento antes de abrir o debate”, falou o vereador Rui "
     "Tavares, sob vaias.", "Vamos votar", "Rui Tavares"),
    ("pl", "thundered", "Rolnicy czekali. – Przez dziesięć lat nikt nic nie zrobił, a teraz co? "
     "– grzmiał burmistrz Adam Wrona.", "Przez dziesięć lat", "Adam Wrona"),
    ("es", "put-in", "«Parar es nuestro deber con quienes representamos», acotó el dirigente "
     "Luis Barrio.", "Parar es", "Luis Barrio"),
    ("nl", "separable-let-know", "De dijk houdt het. 'Als het water stijgt, sluiten we de "
     "sluizen', liet wethouder Karel Smit weten.", "Als het water", "Karel Smit"),
    # its neighbours: the verbs the table had, German's separable verb
    ("nl", "said", "De dijk houdt het. 'Daar ben ik erg tevreden over, dat zeg ik eerlijk', "
     "zegt wethouder Karel Smit.", "Daar ben ik", "Karel Smit"),
    ("de", "separable-de", "Der Deich hält. „Wir prüfen den Deich morgen noch einmal“, fügte "
     "Bürgermeister Karl Brandt hinzu.", "Wir prüfen", "Karl Brandt"),
    ("es", "added", "«Parar es nuestro deber con quienes representamos», agregó el dirigente "
     "Luis Barrio.", "Parar es", "Luis Barrio"),
    # ------------------------------------------ 2. a straight single mark after a sentence
    ("nl", "straight-second", "'Actievoeren is een goed recht van iedereen', zegt burgemeester "
     "Ana Smit. 'Alleen vind ik de timing van deze actie ongelukkig.'", "Alleen vind ik",
     "Ana Smit"),
    ("en", "straight-second", "'The right to strike is a precious thing,' said Mayor Ellen "
     "Harlow. 'But I have trouble with the timing of this one.'", "But I have",
     "Ellen Harlow"),
    ("it", "straight-second", "'Il diritto di sciopero è sacro', dice il sindaco Marco Neri. "
     "'Ma ho qualche dubbio sul momento scelto per questa protesta.'", "Ma ho qualche",
     "Marco Neri"),
    # its neighbour: curly marks, read so already (and Italian's straight marks, whose verb
    # before the name kept the two sentences apart)
    ("nl", "curly-second", "“Actievoeren is een goed recht van iedereen”, zegt burgemeester Ana "
     "Smit. “Alleen vind ik de timing van deze actie ongelukkig.”", "Alleen vind ik",
     "Ana Smit"),
    # ------------------------------------------ 3. declined offices, leaders and epithets
    ("pl", "office-instrumental", "Rolnicy sprzeciwiają się Zielonemu Ładowi.\n\nRozmowa z "
     "wiceministrem Kowalskim przebiegła w nerwowym nastroju. – Zdaję sobie sprawę, że "
     "sytuacja jest ciężka – mówił.", "Zdaję sobie", "Kowalskim"),
    ("cs", "office-instrumental", "Zemědělci protestovali u Brna.\n\nSetkání se starostou "
     "Dvořákem proběhlo ve vypjaté atmosféře. „Vím, že situace je velmi těžká,“ řekl.",
     "Vím, že", "Dvořákem"),
    ("pl", "leader", "– Odbyłem już trzy spotkania z protestującymi, nic z nich nie wynika – "
     "powiedział Jan Nowak, minister zdrowia. Odpowiedział mu lider związku Michał Kowal. – "
     "Nie będę tego rozpamiętywał, mam ważniejsze sprawy na głowie – ocenił w rozmowie z "
     "radiem.", "Nie będę tego", "Michał Kowal"),
    ("pl", "epithet-alone", "– Wiem, że jest trudno i nie będzie łatwo – mówił Michał Kowal."
     "\n\n– Nie zamierzam nikogo długo namawiać do zmiany zdania – mówił polityk.",
     "Nie zamierzam", "Michał Kowal"),
    ("nl", "epithet-mayor", "'Actievoeren is een goed recht van iedereen', zegt burgemeester "
     "Ana Smit.\n\nDe burgervader zegt: 'Misschien verandert het plan morgen nog.'",
     "Misschien verandert", "Ana Smit"),
    # its neighbours: a declined office with the full name, and Russian's bare epithet
    ("pl", "office-full-name", "Rolnicy protestowali.\n\nRozmowa z wiceministrem Janem "
     "Kowalem przebiegła w nerwowym nastroju. – Zdaję sobie sprawę, że sytuacja jest ciężka – "
     "mówił.", "Zdaję sobie", "Janem Kowalem"),
    ("ru", "epithet-alone", "«Мост откроют в мае, работы идут по плану», — сказал мэр Иван "
     "Петров.\n\n«Денег на ремонт хватит на всё», — добавил политик.", "Денег на ремонт",
     "Иван Петров"),
    # ------------------------------------------ 4. dialogue dashes: an aside, a question
    ("pl", "inner-dash", "Minister podszedł do rolników. – Jedno panu powiem: zastanawia mnie "
     "jedno – przez dziesięć lat nikt nie protestował – wskazał burmistrz Adam Wrona.",
     "Jedno panu", "Adam Wrona"),
    ("pl", "question-end", "Rolnicy czekali.\n\n– Wcześniej nikomu to nie przeszkadzało, "
     "prawda?! A co wtedy zrobiono? – powiedział burmistrz Adam Wrona.", "Wcześniej nikomu",
     "Adam Wrona"),
    ("cs", "question-end", "Zemědělci čekali.\n\n– Dřív to všem vyhovovalo, ne?! A co tehdy "
     "udělali? – řekl starosta Jan Novák.", "Dřív to", "Jan Novák"),
    ("pt", "inner-dash", "O prefeito falou aos moradores. – Vou dizer uma coisa: o problema – e "
     "todos sabem disso – é antigo – afirmou o prefeito Rui Tavares.", "Vou dizer",
     "Rui Tavares"),
    # its neighbour: the words with neither
    ("pl", "plain-dash", "Rolnicy czekali.\n\n– Wcześniej nikomu to nie przeszkadzało i nikt "
     "nie blokował dróg – powiedział burmistrz Adam Wrona.", "Wcześniej nikomu",
     "Adam Wrona"),
    # ------------------------------------------ 5. a name opening the clause before a colon
    ("nl", "name-clause-colon", "Wethouder Karel Smit is tevreden. Karel Smit rekent echter "
     "niet op grote moeilijkheden: 'De dijken worden overal goed bewaakt, dat weet ik.'",
     "De dijken worden", "Karel Smit"),
    ("de", "name-clause-colon", "Karl Brandt erwartet aber keine großen Probleme: „Die Deiche "
     "werden überall gut bewacht.“", "Die Deiche", "Karl Brandt"),
    ("it", "name-clause-colon", "Marco Neri non si aspetta grossi problemi: «Gli argini sono "
     "ben sorvegliati ovunque».", "Gli argini", "Marco Neri"),
    ("en", "name-clause-colon", "Ellen Harlow expects no serious trouble: “The levees are well "
     "watched everywhere.”", "The levees", "Ellen Harlow"),
    # its neighbours: the same in French and Spanish, read so already
    ("fr", "name-clause-colon", "Paul Roux ne s'attend pas à de gros problèmes : « Les digues "
     "sont bien surveillées partout. »", "Les digues", "Paul Roux"),
    ("es", "name-clause-colon", "Luis Gil no espera grandes problemas: «Los diques están bien "
     "vigilados en todas partes».", "Los diques", "Luis Gil"),
    # ------------------------------------------ 6. Italian "A dirlo … X"
    ("it", "to-say-it", "”Chi sciopera oggi rinuncia a una giornata di stipendio”. A dirlo "
     "alla radio locale, durante il presidio di Ostuni, Marco Neri, dirigente regionale del "
     "sindacato.", "Chi sciopera", "Marco Neri"),
    ("it", "to-explain-it-is", "«Il ponte resterà chiuso fino a marzo, non ci sono "
     "alternative». A spiegarlo è il sindaco Marco Neri.", "Il ponte resterà", "Marco Neri"),
    ("it", "to-confirm-it-was", "«Il ponte resterà chiuso fino a marzo, non ci sono "
     "alternative». A confermarlo è stato Marco Neri, sindaco di Ostuni.", "Il ponte resterà",
     "Marco Neri"),
    # its neighbours: the finite verb after the words, in four languages
    ("it", "said", "«Il ponte resterà chiuso fino a marzo, non ci sono alternative», ha detto "
     "il sindaco Marco Neri.", "Il ponte resterà", "Marco Neri"),
    ("es", "said", "«El puente seguirá cerrado hasta marzo, no hay alternativas», dijo el "
     "alcalde Luis Gil.", "El puente seguirá", "Luis Gil"),
    ("fr", "said", "« Le pont restera fermé jusqu'en mars, il n'y a pas d'autre choix », a "
     "déclaré le maire Paul Roux.", "Le pont restera", "Paul Roux"),
    ("pt", "said", "“A ponte ficará fechada até março, não há alternativas”, disse o prefeito "
     "Rui Tavares.", "A ponte ficará", "Rui Tavares"),
    # ------------------------------------------ 7. a gerund or "al" + infinitive
    ("es", "gerund", "El dirigente Luis Barrio rechazó que el paro tuviera fines partidarios, "
     "señalando que «las promesas oficiales siguen sin cumplirse».", "las promesas",
     "Luis Barrio"),
    ("es", "al-infinitive", "El dirigente Luis Barrio habló con la radio.\n\nEn declaraciones "
     "a la emisora, rechazó que el paro tuviera fines partidarios al señalar que «las promesas "
     "oficiales siguen sin cumplirse».", "las promesas", "Luis Barrio"),
    ("fr", "gerund", "Le syndicaliste Paul Roux a rejeté tout motif partisan, en soulignant que "
     "« les promesses officielles restent lettre morte ».", "les promesses", "Paul Roux"),
    ("it", "gerund", "Il sindacalista Marco Neri ha respinto ogni motivo di parte, sottolineando "
     "che «le promesse ufficiali restano sulla carta».", "le promesse", "Marco Neri"),
    ("pt", "ao-infinitive", "O sindicalista Rui Tavares rejeitou qualquer motivo partidário, ao "
     "afirmar que “as promessas oficiais continuam no papel”.", "as promessas", "Rui Tavares"),
    # its neighbours: the finite speech verb
    ("es", "finite", "El dirigente Luis Barrio señaló que «las promesas oficiales siguen sin "
     "cumplirse».", "las promesas", "Luis Barrio"),
    ("it", "finite", "Il sindacalista Marco Neri ha sottolineato che «le promesse ufficiali "
     "restano sulla carta».", "le promesse", "Marco Neri"),
    ("pt", "finite", "O sindicalista Rui Tavares afirmou que “as promessas oficiais continuam no "
     "papel”.", "as promessas", "Rui Tavares"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "opening", "who"), list(speaker_params(CASES, {})))
def test_the_speaker_of_each_shape(tmp_path: Path, lang: str, text: str, opening: str,
                                   who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


@pytest.mark.parametrize("word, stem", [
    ("wiceministrem", "wiceministr"), ("wójtowi", "wojt"), ("hejtmanovi", "hejtman"),
    # near shapes (the review of this stop): a first name and an adjective that begin like an
    # office are no case form of it
    ("Wojtek", None), ("wojewódzki", None),
])
def test_only_a_case_ending_makes_a_polish_or_czech_office(word, stem):
    from generator.text.names import office_stem
    assert office_stem(word) == stem


def test_a_writers_aside_before_a_dialogue_line_is_no_quotation():
    """The review's near shape: a paragraph opening without a dash, whose first sentence holds
    the writer's aside between dashes, is narration; only words a dash opened may hold one."""
    from generator.extract.speech.dialogue import dialogue_quotes
    told = ("Most – zbudowany w 1920 roku – runął w nocy pod naporem wody. Musimy go "
            "odbudować – powiedział burmistrz Jan Kowal.")
    assert dialogue_quotes(told, "pl") == []
    aside = ("– Zastanawia mnie jedno – przez ile lat nikt tego nie sprawdzał? – powiedział "
             "burmistrz Jan Kowal.")
    assert [speaker for *_, speaker, _how in dialogue_quotes(aside, "pl")] == \
        ["burmistrz Jan Kowal"]


@pytest.mark.parametrize("lang, before, speaker", [
    ("es", "El alcalde Pedro Ruiz negó las acusaciones, afirmando que ", "Pedro Ruiz"),
    ("fr", "Le maire Jean Dupont a rejeté les critiques, en soulignant que ", "Jean Dupont"),
    # near shapes (the review): the name is the main verb's object, not who speaks
    ("es", "Los vecinos criticaron con dureza al alcalde Pedro Ruiz, afirmando que ", ""),
    ("fr", "Les habitants ont interpellé le maire Jean Dupont, en soulignant que ", ""),
])
def test_a_gerunds_speaker_is_the_main_verbs_subject_not_its_object(lang, before, speaker):
    from generator.extract.speakers.told_by_noun import non_finite_speaker
    assert non_finite_speaker(before, lang)[0] == speaker
