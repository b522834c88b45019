"""A behavioural checklist of how each language writes a number (issues #16, #13).

The one number reader reads most numbers of the pages it was fitted on and fewer of the pages
set aside: rounds fitted on pages fix the shapes those pages show. This table works from the
grammar instead (as the speaker checklist did, ``tests/test_speaker_checklist.py``): for each
language the press writes in (en, fr, de, es, it, pt) and each way it writes a quantity —
grouping, decimals, a unit glued by a hyphen, scale words, number words, approximate nouns,
ranges, qualifiers, percentages, money, clock times, dates, years, ordinals, ages, ids — one
invented sentence (names, places and numbers made up) with the number as written between
``⟨`` and ``⟩``, and the reading expected. Rows whose shape starts with "keep" are the
neighbours that must not change ("ein" as an article, "5.600" as a thousand next to "5,6").

The judge is the corpus score's (``tests/fidelity.score_numbers``): the first reading that
overlaps the marked span, of the kind expected (a date's day and its year may be one reading),
with the value (both ends of a range), the unit when one is expected and the qualifier. A
vague amount is judged by the least value its words allow. ``NONE`` expects no amount there.

A case still misread is kept with ``xfail(strict=True)`` and the gap named.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.text.quantities import QUANTITY, VAGUE, read

NONE = "none"
NB, NNB = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Case:
    """One invented sentence and the reading expected of its marked number."""

    lang: str
    shape: str
    text: str
    kind: str
    value: float | tuple[float, float] | None = None
    approx: str | None = "exact"  # None: not judged
    unit: str | None = None  # None: not judged


def _gap(case: Case, reason: str):
    return pytest.param(case, id=f"{case.lang}-{case.shape}",
                        marks=pytest.mark.xfail(strict=True, reason=f"gap: {reason}"))


C = Case
CASES: list = [
    # ---------------------------------------------------------------- English
    C("en", "group-comma", "The storm cut power to ⟨1,200⟩ homes in Dunmore.", QUANTITY, 1200),
    C("en", "group-space", "The new hall at Kelby holds ⟨1 200⟩ seats.", QUANTITY, 1200),
    C("en", "group-nbsp", f"The new hall at Kelby holds ⟨1{NB}200⟩ seats.", QUANTITY, 1200),
    C("en", "group-nnbsp", f"The new hall at Kelby holds ⟨1{NNB}200⟩ seats.", QUANTITY, 1200),
    C("en", "decimal-point", "The river at Kelby rose ⟨5.6⟩ metres overnight.", QUANTITY, 5.6,
      unit="m"),
    C("en", "glued-magnitude", "A ⟨5.6⟩-magnitude tremor shook Kelby.", QUANTITY, 5.6,
      unit="magnitude"),
    C("en", "glued-metre", "Workers built a ⟨12⟩-metre wall along the quay.", QUANTITY, 12,
      unit="m"),
    C("en", "scale-million", "The floods displaced ⟨1.2 million⟩ people in the delta.",
      QUANTITY, 1_200_000),
    C("en", "scale-bn", "Repairs will cost $⟨3bn⟩, the ministry said.", QUANTITY, 3e9,
      unit="usd"),
    C("en", "money-euro-bn", "The bank lent Kelby €⟨1.2bn⟩ for the port.", QUANTITY, 1.2e9,
      unit="eur"),
    C("en", "words-small", "⟨Seven⟩ boats left the harbour at dawn.", QUANTITY, 7),
    C("en", "words-compound", "⟨Twenty-three⟩ firefighters fought the blaze.", QUANTITY, 23),
    C("en", "words-hundreds", "The list named ⟨one hundred and five⟩ streets.", QUANTITY, 105),
    C("en", "vague-dozens", "⟨Dozens⟩ of homes were flooded in Kelby.", VAGUE, 24),
    C("en", "vague-hundreds", "⟨Hundreds⟩ of people queued for water.", VAGUE, 200),
    C("en", "range-to", "⟨20 to 30⟩ people were trapped in the hall.", QUANTITY, (20, 30)),
    C("en", "range-between", "Between ⟨20 and 30⟩ people were trapped.", QUANTITY, (20, 30)),
    C("en", "range-dash", "The blast damaged ⟨20-30⟩ buildings.", QUANTITY, (20, 30)),
    C("en", "at-least", "At least ⟨12⟩ people died in Kelby.", QUANTITY, 12, "at-least"),
    C("en", "more-than", "More than ⟨40⟩ homes burned.", QUANTITY, 40, "more-than"),
    C("en", "about", "About ⟨50⟩ workers were on site.", QUANTITY, 50, "about"),
    C("en", "nearly", "Nearly ⟨60⟩ families were moved.", QUANTITY, 60, "nearly"),
    C("en", "up-to", "Up to ⟨70⟩ lorries wait at the border.", QUANTITY, 70, "up-to"),
    C("en", "percent-sign", "Prices rose by ⟨15⟩% in Kelby.", QUANTITY, 15, unit="percent"),
    C("en", "percent-words", "Turnout fell to ⟨42⟩ per cent.", QUANTITY, 42, unit="percent"),
    C("en", "time", "The alarm sounded at ⟨6:30 p.m.⟩ on Sunday.", "time"),
    C("en", "time-oclock", "The alarm sounded at ⟨6 p.m.⟩ on Sunday.", "time"),
    C("en", "date-day-month", "The dam broke on ⟨3⟩ March after heavy rain.", "date"),
    C("en", "date-month-day", "The dam broke on March ⟨3⟩ after heavy rain.", "date"),
    C("en", "year", "The bridge was built in ⟨1967⟩ by a local firm.", "year"),
    C("en", "keep-count-2000", "In 1998, ⟨2,000⟩ people lived in the valley.", QUANTITY, 2000),
    C("en", "ordinal-word", "The fire started on the ⟨third⟩ floor.", "ordinal"),
    C("en", "ordinal-digits", "The fire started on the ⟨3rd⟩ floor.", "ordinal"),
    C("en", "age-hyphen", "A ⟨54⟩-year-old driver was arrested.", QUANTITY, 54),
    C("en", "age-aged", "The driver, aged ⟨54⟩, was arrested.", QUANTITY, 54),
    C("en", "id-road", "Police closed Route ⟨66⟩ near Kelby.", "id"),
    C("en", "id-flight", "Flight KX⟨117⟩ landed safely.", "id"),
    C("en", "id-phone", "Families can call ⟨0800 123 456⟩ for news.", "id"),
    C("en", "keep-article", "⟨A⟩ man was rescued from the roof.", NONE),
    C("en", "keep-one-of", "⟨One⟩ of the pilots was injured.", NONE),
    # ---------------------------------------------------------------- French
    C("fr", "group-space", "La tempête a privé ⟨1 200⟩ foyers d'électricité.", QUANTITY, 1200),
    C("fr", "group-nbsp", f"La tempête a privé ⟨1{NB}200⟩ foyers d'électricité.", QUANTITY,
      1200),
    C("fr", "group-nnbsp", f"La tempête a privé ⟨1{NNB}200⟩ foyers d'électricité.", QUANTITY,
      1200),
    C("fr", "group-dot", "La tempête a privé ⟨1.200⟩ foyers d'électricité.", QUANTITY, 1200),
    C("fr", "decimal-comma", "La rivière est montée de ⟨5,6⟩ mètres à Valmont.", QUANTITY, 5.6,
      unit="m"),
    C("fr", "magnitude", "Un séisme de magnitude ⟨5,6⟩ a frappé Valmont.", QUANTITY, 5.6,
      unit="magnitude"),
    C("fr", "scale-million", "Les crues ont touché ⟨1,2 million⟩ de personnes.", QUANTITY,
      1_200_000),
    C("fr", "money-milliard", "Les travaux coûteront ⟨1,2 milliard⟩ d'euros.", QUANTITY, 1.2e9,
      unit="eur"),
    C("fr", "words-small", "⟨Trois⟩ bateaux ont quitté le port.", QUANTITY, 3),
    C("fr", "words-compound", "⟨Vingt-trois⟩ pompiers ont combattu le feu.", QUANTITY, 23),
    C("fr", "words-quatre-vingt", "On compte ⟨quatre-vingt-dix⟩ sinistrés à Valmont.", QUANTITY,
      90),
    C("fr", "approx-vingtaine", "Une ⟨vingtaine⟩ de maisons ont brûlé.", QUANTITY, 20, None),
    C("fr", "approx-centaine", "Une ⟨centaine⟩ de pompiers sont mobilisés.", QUANTITY, 100, None),
    C("fr", "vague-centaines", "Des ⟨centaines⟩ d'habitants ont fui.", VAGUE, 200),
    C("fr", "range-a", "⟨20 à 30⟩ personnes étaient bloquées.", QUANTITY, (20, 30)),
    C("fr", "range-entre", "Entre ⟨20 et 30⟩ personnes étaient bloquées.", QUANTITY, (20, 30)),
    C("fr", "at-least", "Au moins ⟨12⟩ personnes sont mortes.", QUANTITY, 12, "at-least"),
    C("fr", "more-than", "Plus de ⟨40⟩ maisons ont brûlé.", QUANTITY, 40, "more-than"),
    C("fr", "about", "Environ ⟨50⟩ ouvriers étaient sur le chantier.", QUANTITY, 50, "about"),
    C("fr", "nearly", "Près de ⟨60⟩ familles ont été relogées.", QUANTITY, 60, "nearly"),
    C("fr", "up-to", "Jusqu'à ⟨70⟩ camions attendent à la frontière.", QUANTITY, 70, "up-to"),
    C("fr", "percent", f"Les prix ont augmenté de ⟨15⟩{NB}% à Valmont.", QUANTITY, 15,
      unit="percent"),
    C("fr", "time-h", "L'alerte a été donnée à ⟨18h30⟩ dimanche.", "time"),
    C("fr", "time-heures", "L'alerte a été donnée à ⟨18 heures⟩ dimanche.", "time"),
    C("fr", "date", "La digue a cédé le ⟨3⟩ mars après de fortes pluies.", "date"),
    C("fr", "year", "Le pont a été construit en ⟨1967⟩.", "year"),
    C("fr", "ordinal-e", "Le feu a pris au ⟨3e⟩ étage.", "ordinal"),
    C("fr", "ordinal-word", "Le feu a pris au ⟨troisième⟩ étage.", "ordinal"),
    C("fr", "age-ans", "Un homme de ⟨54⟩ ans a été arrêté.", QUANTITY, 54),
    C("fr", "id-road", "La police a fermé l'autoroute A⟨7⟩ près de Valmont.", "id"),
    C("fr", "id-flight", "Le vol KX⟨117⟩ s'est posé sans encombre.", "id"),
    C("fr", "id-phone", "Les familles peuvent appeler le ⟨01 23 45 67 89⟩.", "id"),
    C("fr", "keep-article", "⟨Un⟩ homme a été secouru sur le toit.", NONE),
    C("fr", "keep-one-of", "L'⟨un⟩ des pilotes a été blessé.", NONE),
    # ---------------------------------------------------------------- German
    C("de", "group-dot", "Der Sturm ließ ⟨1.200⟩ Haushalte ohne Strom.", QUANTITY, 1200),
    C("de", "group-space", "Der Sturm ließ ⟨1 200⟩ Haushalte ohne Strom.", QUANTITY, 1200),
    C("de", "group-apostrophe", "Der Sturm ließ ⟨1'200⟩ Haushalte ohne Strom.", QUANTITY, 1200),
    C("de", "group-apostrophe-typo", "Der Sturm ließ ⟨1’200⟩ Haushalte ohne Strom.", QUANTITY,
      1200),
    C("de", "decimal-comma", "Der Fluss stieg bei Lindau um ⟨5,6⟩ Meter.", QUANTITY, 5.6,
      unit="m"),
    C("de", "keep-thousand-dot", "In Lindau leben ⟨5.600⟩ Menschen.", QUANTITY, 5600),
    C("de", "magnitude", "Ein Beben der Stärke ⟨5,6⟩ erschütterte Lindau.", QUANTITY, 5.6,
      unit="magnitude"),
    C("de", "glued-tonnen", "Ein ⟨40⟩-Tonnen-Lastwagen stürzte um.", QUANTITY, 40,
      unit="metric_ton"),
    C("de", "glued-meter", "Arbeiter bauten eine ⟨12⟩-Meter-Mauer am Kai.", QUANTITY, 12,
      unit="m"),
    C("de", "scale-millionen", "Die Flut traf ⟨1,2 Millionen⟩ Menschen.", QUANTITY, 1_200_000),
    C("de", "scale-mio", "Die Reparatur kostet ⟨1,2 Mio.⟩ Euro.", QUANTITY, 1_200_000,
      unit="eur"),
    C("de", "money-mrd", "Die Reparatur kostet ⟨2 Mrd.⟩ Euro.", QUANTITY, 2e9, unit="eur"),
    C("de", "words-small", "⟨Zwölf⟩ Boote verließen den Hafen.", QUANTITY, 12),
    C("de", "words-compound", "⟨Dreiundzwanzig⟩ Feuerwehrleute kämpften gegen das Feuer.",
      QUANTITY, 23),
    C("de", "words-hundred", "⟨Zweihundert⟩ Helfer waren im Einsatz.", QUANTITY, 200),
    C("de", "approx-dutzend", "⟨Zwei Dutzend⟩ Häuser wurden zerstört.", QUANTITY, 24, None),
    C("de", "vague-hunderte", "⟨Hunderte⟩ Menschen standen Schlange.", VAGUE, 200),
    C("de", "range-zwischen", "Zwischen ⟨20 und 30⟩ Menschen saßen fest.", QUANTITY, (20, 30)),
    C("de", "range-bis", "⟨20 bis 30⟩ Menschen saßen fest.", QUANTITY, (20, 30)),
    C("de", "at-least", "Mindestens ⟨12⟩ Menschen starben.", QUANTITY, 12, "at-least"),
    C("de", "more-than", "Mehr als ⟨40⟩ Häuser brannten.", QUANTITY, 40, "more-than"),
    C("de", "about", "Rund ⟨50⟩ Arbeiter waren vor Ort.", QUANTITY, 50, "about"),
    C("de", "nearly", "Fast ⟨60⟩ Familien wurden umgesiedelt.", QUANTITY, 60, "nearly"),
    C("de", "up-to", "Bis zu ⟨70⟩ Lastwagen warten an der Grenze.", QUANTITY, 70, "up-to"),
    C("de", "percent", "Die Preise stiegen um ⟨15⟩ Prozent.", QUANTITY, 15, unit="percent"),
    C("de", "time-uhr", "Der Alarm ging um ⟨18.30 Uhr⟩ los.", "time"),
    C("de", "time-uhr-hour", "Der Alarm ging um ⟨18 Uhr⟩ los.", "time"),
    C("de", "date", "Der Damm brach am ⟨3.⟩ März nach starkem Regen.", "date"),
    _gap(C("de", "year", "Die Brücke wurde ⟨1967⟩ gebaut.", "year"),
         "a bare year before a participle at the clause's end ('wurde 1967 gebaut') reads as a "
         "count, as 'wurden 1500 evakuiert' does rightly"),
    C("de", "ordinal-dot", "Das Feuer brach im ⟨3.⟩ Stock aus.", "ordinal"),
    C("de", "ordinal-word", "Das Feuer brach im ⟨dritten⟩ Stock aus.", "ordinal"),
    C("de", "age-jaehriger", "Ein ⟨54⟩-Jähriger wurde festgenommen.", QUANTITY, 54),
    C("de", "age-jahre-alt", "Der ⟨54⟩ Jahre alte Fahrer wurde festgenommen.", QUANTITY, 54),
    C("de", "id-road", "Die Polizei sperrte die A⟨7⟩ bei Lindau.", "id"),
    C("de", "id-flight", "Flug KX⟨117⟩ landete sicher.", "id"),
    C("de", "id-phone", "Angehörige erreichen die Polizei unter ⟨030 1234567⟩.", "id"),
    C("de", "keep-article", "⟨Ein⟩ Mann wurde vom Dach gerettet.", NONE),
    C("de", "keep-article-eine", "Die Retter fanden ⟨eine⟩ Frau im Keller.", NONE),
    # ---------------------------------------------------------------- Spanish
    C("es", "group-dot", "La tormenta dejó sin luz a ⟨1.200⟩ viviendas.", QUANTITY, 1200),
    C("es", "group-space", "La tormenta dejó sin luz a ⟨1 200⟩ viviendas.", QUANTITY, 1200),
    C("es", "decimal-comma", "El río subió ⟨5,6⟩ metros en Villalba.", QUANTITY, 5.6, unit="m"),
    C("es", "magnitude", "Un terremoto de magnitud ⟨5,6⟩ sacudió Villalba.", QUANTITY, 5.6,
      unit="magnitude"),
    C("es", "scale-millones", "Las inundaciones afectaron a ⟨2 millones⟩ de personas.",
      QUANTITY, 2_000_000),
    C("es", "money-millones", "La reparación costará ⟨3 millones⟩ de dólares.", QUANTITY, 3e6,
      unit="usd"),
    C("es", "scale-mil", "Unas ⟨3 mil⟩ personas fueron evacuadas.", QUANTITY, 3000, "about"),
    C("es", "words-small", "⟨Doce⟩ barcos salieron del puerto.", QUANTITY, 12),
    C("es", "words-compound", "⟨Veintitrés⟩ bomberos combatieron el fuego.", QUANTITY, 23),
    C("es", "words-y", "⟨Cuarenta y cinco⟩ familias perdieron su casa.", QUANTITY, 45),
    C("es", "vague-decenas", "⟨Decenas⟩ de casas quedaron inundadas.", VAGUE, 20),
    C("es", "vague-cientos", "⟨Cientos⟩ de vecinos hicieron cola.", VAGUE, 200),
    C("es", "range-entre", "Entre ⟨20 y 30⟩ personas quedaron atrapadas.", QUANTITY, (20, 30)),
    C("es", "range-de-a", "De ⟨20 a 30⟩ personas quedaron atrapadas.", QUANTITY, (20, 30)),
    C("es", "at-least", "Al menos ⟨12⟩ personas murieron.", QUANTITY, 12, "at-least"),
    C("es", "more-than", "Más de ⟨40⟩ casas ardieron.", QUANTITY, 40, "more-than"),
    C("es", "about", "Unos ⟨50⟩ obreros estaban en la obra.", QUANTITY, 50, "about"),
    C("es", "nearly", "Casi ⟨60⟩ familias fueron realojadas.", QUANTITY, 60, "nearly"),
    C("es", "up-to", "Hasta ⟨70⟩ camiones esperan en la frontera.", QUANTITY, 70, "up-to"),
    C("es", "percent", "Los precios subieron un ⟨15⟩ %.", QUANTITY, 15, unit="percent"),
    C("es", "percent-words", "Los precios subieron un ⟨15⟩ por ciento.", QUANTITY, 15,
      unit="percent"),
    C("es", "time-las", "La alarma sonó a las ⟨18.30⟩ del domingo.", "time"),
    C("es", "time-colon", "La alarma sonó a las ⟨18:30⟩ del domingo.", "time"),
    C("es", "date", "La presa cedió el ⟨3⟩ de marzo tras fuertes lluvias.", "date"),
    C("es", "year", "El puente se construyó en ⟨1967⟩.", "year"),
    C("es", "ordinal-o", "El fuego empezó en el ⟨3º⟩ piso.", "ordinal"),
    C("es", "ordinal-a", "El fuego empezó en la ⟨3ª⟩ planta.", "ordinal"),
    C("es", "ordinal-word", "El fuego empezó en el ⟨tercer⟩ piso.", "ordinal"),
    C("es", "age-anos", "Un hombre de ⟨54⟩ años fue detenido.", QUANTITY, 54),
    C("es", "id-road", "La policía cortó la autovía A-⟨7⟩ cerca de Villalba.", "id"),
    C("es", "id-flight", "El vuelo KX⟨117⟩ aterrizó sin problemas.", "id"),
    C("es", "id-phone", "Las familias pueden llamar al ⟨91 123 45 67⟩.", "id"),
    C("es", "keep-article", "⟨Un⟩ hombre fue rescatado del tejado.", NONE),
    C("es", "keep-one-of", "⟨Uno⟩ de los pilotos resultó herido.", NONE),
    # ---------------------------------------------------------------- Italian
    C("it", "group-dot", "La tempesta ha lasciato al buio ⟨1.200⟩ case.", QUANTITY, 1200),
    C("it", "decimal-comma", "Il fiume è salito di ⟨5,6⟩ metri a Borgonuovo.", QUANTITY, 5.6,
      unit="m"),
    C("it", "magnitude", "Una scossa di magnitudo ⟨5,6⟩ ha colpito Borgonuovo.", QUANTITY, 5.6,
      unit="magnitude"),
    C("it", "scale-milioni", "I lavori costeranno ⟨1,5 milioni⟩ di euro.", QUANTITY, 1.5e6,
      unit="eur"),
    C("it", "scale-miliardi", "Il governo ha stanziato ⟨2 miliardi⟩ di euro.", QUANTITY, 2e9,
      unit="eur"),
    C("it", "words-small", "⟨Dodici⟩ barche hanno lasciato il porto.", QUANTITY, 12),
    C("it", "words-compound", "⟨Ventitré⟩ vigili del fuoco hanno spento l'incendio.", QUANTITY,
      23),
    C("it", "words-compound-2", "⟨Trentacinque⟩ famiglie sono state evacuate.", QUANTITY, 35),
    C("it", "approx-ventina", "Una ⟨ventina⟩ di case sono bruciate.", QUANTITY, 20, None),
    C("it", "vague-centinaia", "⟨Centinaia⟩ di persone hanno fatto la fila.", VAGUE, 200),
    C("it", "vague-decine", "⟨Decine⟩ di case sono state allagate.", VAGUE, 20),
    C("it", "range-tra", "Tra ⟨20 e 30⟩ persone sono rimaste bloccate.", QUANTITY, (20, 30)),
    C("it", "range-da-a", "Da ⟨20 a 30⟩ persone sono rimaste bloccate.", QUANTITY, (20, 30)),
    C("it", "at-least", "Almeno ⟨12⟩ persone sono morte.", QUANTITY, 12, "at-least"),
    C("it", "more-than", "Oltre ⟨40⟩ case sono bruciate.", QUANTITY, 40, "more-than"),
    C("it", "about", "Circa ⟨50⟩ operai erano nel cantiere.", QUANTITY, 50, "about"),
    C("it", "nearly", "Quasi ⟨60⟩ famiglie sono state trasferite.", QUANTITY, 60, "nearly"),
    C("it", "up-to", "Fino a ⟨70⟩ camion attendono al confine.", QUANTITY, 70, "up-to"),
    C("it", "percent", "I prezzi sono saliti del ⟨15⟩ per cento.", QUANTITY, 15,
      unit="percent"),
    C("it", "time-alle", "L'allarme è scattato alle ⟨18⟩ di domenica.", "time"),
    C("it", "time-alle-dot", "L'allarme è scattato alle ⟨18.30⟩ di domenica.", "time"),
    C("it", "date", "La diga ha ceduto il ⟨3⟩ marzo dopo forti piogge.", "date"),
    C("it", "year", "Il ponte è stato costruito nel ⟨1967⟩.", "year"),
    C("it", "ordinal-o", "L'incendio è partito dal ⟨3º⟩ piano.", "ordinal"),
    C("it", "ordinal-word", "L'incendio è partito dal ⟨terzo⟩ piano.", "ordinal"),
    C("it", "age-anni", "Un uomo di ⟨54⟩ anni è stato arrestato.", QUANTITY, 54),
    C("it", "id-road", "La polizia ha chiuso l'autostrada A⟨14⟩ vicino a Borgonuovo.", "id"),
    C("it", "id-flight", "Il volo KX⟨117⟩ è atterrato senza problemi.", "id"),
    C("it", "id-phone", "Le famiglie possono chiamare lo ⟨06 1234 5678⟩.", "id"),
    C("it", "keep-article", "⟨Un⟩ uomo è stato salvato dal tetto.", NONE),
    C("it", "keep-one-of", "⟨Uno⟩ dei piloti è rimasto ferito.", NONE),
    # ---------------------------------------------------------------- Portuguese
    C("pt", "group-dot", "A tempestade deixou ⟨1.200⟩ casas sem luz.", QUANTITY, 1200),
    C("pt", "decimal-comma", "O rio subiu ⟨5,6⟩ metros em Vila Serrana.", QUANTITY, 5.6,
      unit="m"),
    C("pt", "magnitude", "Um sismo de magnitude ⟨5,6⟩ atingiu Vila Serrana.", QUANTITY, 5.6,
      unit="magnitude"),
    C("pt", "scale-milhao", "As cheias atingiram ⟨1,2 milhão⟩ de pessoas.", QUANTITY,
      1_200_000),
    C("pt", "scale-mil", "Cerca de ⟨3 mil⟩ pessoas foram retiradas.", QUANTITY, 3000, "about"),
    C("pt", "money-milhoes", "A obra vai custar ⟨3 milhões⟩ de euros.", QUANTITY, 3e6,
      unit="eur"),
    C("pt", "words-small", "⟨Doze⟩ barcos deixaram o porto.", QUANTITY, 12),
    C("pt", "words-e", "⟨Vinte e três⟩ bombeiros combateram o fogo.", QUANTITY, 23),
    C("pt", "vague-dezenas", "⟨Dezenas⟩ de casas ficaram alagadas.", VAGUE, 20),
    C("pt", "vague-centenas", "⟨Centenas⟩ de moradores fizeram fila.", VAGUE, 200),
    C("pt", "range-entre", "Entre ⟨20 e 30⟩ pessoas ficaram presas.", QUANTITY, (20, 30)),
    C("pt", "range-de-a", "De ⟨20 a 30⟩ pessoas ficaram presas.", QUANTITY, (20, 30)),
    C("pt", "at-least", "Pelo menos ⟨12⟩ pessoas morreram.", QUANTITY, 12, "at-least"),
    C("pt", "more-than", "Mais de ⟨40⟩ casas arderam.", QUANTITY, 40, "more-than"),
    C("pt", "about", "Cerca de ⟨50⟩ operários estavam na obra.", QUANTITY, 50, "about"),
    C("pt", "nearly", "Quase ⟨60⟩ famílias foram realojadas.", QUANTITY, 60, "nearly"),
    C("pt", "up-to", "Até ⟨70⟩ camiões esperam na fronteira.", QUANTITY, 70, "up-to"),
    C("pt", "percent", "Os preços subiram ⟨15⟩%.", QUANTITY, 15, unit="percent"),
    C("pt", "time-h", "O alarme soou às ⟨18h⟩ de domingo.", "time"),
    C("pt", "time-h-min", "O alarme soou às ⟨18h30⟩ de domingo.", "time"),
    C("pt", "date", "A barragem cedeu em ⟨3⟩ de março após chuvas fortes.", "date"),
    C("pt", "year", "A ponte foi construída em ⟨1967⟩.", "year"),
    C("pt", "ordinal-o", "O fogo começou no ⟨3º⟩ andar.", "ordinal"),
    C("pt", "ordinal-a", "A ⟨3ª⟩ equipa chegou ao local.", "ordinal"),
    C("pt", "ordinal-word", "O fogo começou no ⟨terceiro⟩ andar.", "ordinal"),
    C("pt", "age-anos", "Um homem de ⟨54⟩ anos foi detido.", QUANTITY, 54),
    C("pt", "id-road", "A polícia fechou a rodovia BR-⟨116⟩ perto de Vila Serrana.", "id"),
    C("pt", "id-flight", "O voo KX⟨117⟩ aterrou sem problemas.", "id"),
    C("pt", "id-phone", "As famílias podem ligar para o ⟨21 345 6789⟩.", "id"),
    C("pt", "keep-article", "⟨Um⟩ homem foi resgatado do telhado.", NONE),
    C("pt", "keep-article-uma", "Os bombeiros encontraram ⟨uma⟩ mulher na cave.", NONE),
    # ---------------------------------------------------------------- more shapes, every language
    C("en", "words-teen", "⟨Seventeen⟩ crew members were rescued.", QUANTITY, 17),
    C("en", "words-a-dozen", "⟨A dozen⟩ houses were destroyed.", QUANTITY, 12, None),
    C("en", "words-a-hundred", "⟨A hundred⟩ soldiers were sent to Kelby.", QUANTITY, 100),
    C("en", "words-half-million", "⟨Half a million⟩ people lost power.", QUANTITY, 500_000),
    C("en", "vague-thousands", "⟨Tens of thousands⟩ of people fled.", VAGUE, 20_000),
    C("en", "range-endash", "The blast damaged ⟨20–30⟩ buildings.", QUANTITY, (20, 30)),
    C("en", "range-scale", "Between ⟨1.2 and 1.5 million⟩ people were affected.", QUANTITY,
      (1.2e6, 1.5e6)),
    C("en", "fewer-than", "Fewer than ⟨10⟩ people remain missing.", QUANTITY, 10, "fewer-than"),
    C("en", "almost", "Almost ⟨80⟩ homes were lost.", QUANTITY, 80, "nearly"),
    C("en", "around", "Around ⟨90⟩ people attended.", QUANTITY, 90, "about"),
    C("en", "money-m", "The council set aside £⟨5m⟩ for repairs.", QUANTITY, 5e6, unit="gbp"),
    C("en", "money-million-usd", "Donors pledged $⟨3 million⟩ in aid.", QUANTITY, 3e6,
      unit="usd"),
    C("en", "date-year", "The dam broke on March 3, ⟨2024⟩, after rain.", "year"),
    C("en", "ordinal-21st", "It was the ⟨21st⟩ storm of the season.", "ordinal"),
    C("en", "id-number", "Platform No. ⟨5⟩ was closed.", "id"),
    _gap(C("en", "id-road-letter", "Police closed the M⟨6⟩ near Kelby.", "id"),
         "a motorway's 'M6' is an earthquake's magnitude 'M6' to the glued-letter rule"),
    C("en", "id-phone-plus", "Call ⟨+44 20 7946 0958⟩ for news.", "id"),
    C("fr", "words-teen", "⟨Dix-sept⟩ marins ont été secourus.", QUANTITY, 17),
    C("fr", "words-soixante-dix", "⟨Soixante-dix⟩ maisons ont été évacuées.", QUANTITY, 70),
    C("fr", "words-cents", "⟨Trois cents⟩ soldats ont été envoyés.", QUANTITY, 300),
    C("fr", "words-mille", "⟨Deux mille⟩ habitants ont été évacués.", QUANTITY, 2000),
    C("fr", "approx-millier", "Un ⟨millier⟩ de personnes ont fui.", QUANTITY, 1000, None),
    C("fr", "vague-milliers", "Des ⟨milliers⟩ de personnes ont fui.", VAGUE, 2000),
    C("fr", "vague-dizaines", "Des ⟨dizaines⟩ de maisons sont inondées.", VAGUE, 20),
    C("fr", "approx-douzaine", "Une ⟨douzaine⟩ de bateaux ont coulé.", QUANTITY, 12, None),
    C("fr", "less-than", "Moins de ⟨10⟩ personnes sont portées disparues.", QUANTITY, 10,
      "fewer-than"),
    C("fr", "about-quelque", "Quelque ⟨90⟩ personnes étaient présentes.", QUANTITY, 90, "about"),
    C("fr", "money-millions", "L'État a débloqué ⟨2 millions⟩ d'euros.", QUANTITY, 2e6,
      unit="eur"),
    C("fr", "money-euro-sign", f"La facture atteint ⟨1,5 million⟩{NB}€.", QUANTITY, 1.5e6,
      unit="eur"),
    C("fr", "time-h-spaced", "L'alerte a été donnée à ⟨18 h 30⟩ dimanche.", "time"),
    C("fr", "date-1er", "La digue a cédé le ⟨1er⟩ mars.", "date"),
    C("fr", "date-year", "La digue a cédé le 3 mars ⟨2024⟩.", "year"),
    C("fr", "ordinal-1er", "Il habitait au ⟨1er⟩ étage.", "ordinal"),
    C("fr", "range-de-a", "De ⟨20 à 30⟩ maisons ont été touchées.", QUANTITY, (20, 30)),
    C("fr", "id-nationale", "La police a fermé la RN ⟨7⟩ près de Valmont.", "id"),
    C("fr", "id-numero", "Le bâtiment n° ⟨12⟩ a été évacué.", "id"),
    C("de", "words-teen", "⟨Siebzehn⟩ Seeleute wurden gerettet.", QUANTITY, 17),
    C("de", "words-einund", "⟨Einundzwanzig⟩ Häuser wurden geräumt.", QUANTITY, 21),
    C("de", "words-tausend", "⟨Zweitausend⟩ Menschen wurden evakuiert.", QUANTITY, 2000),
    C("de", "vague-tausende", "⟨Tausende⟩ Menschen flohen.", VAGUE, 2000),
    C("de", "vague-dutzende", "⟨Dutzende⟩ Häuser wurden überflutet.", VAGUE, 24),
    C("de", "scale-milliarden", "Der Bund gibt ⟨1,5 Milliarden⟩ Euro.", QUANTITY, 1.5e9,
      unit="eur"),
    C("de", "scale-mio-no-dot", "Die Reparatur kostet ⟨3 Mio⟩ Euro.", QUANTITY, 3e6,
      unit="eur"),
    C("de", "money-euro-sign", "Der Schaden beträgt ⟨2,5 Millionen⟩ €.", QUANTITY, 2.5e6,
      unit="eur"),
    C("de", "more-than-ueber", "Über ⟨40⟩ Häuser brannten.", QUANTITY, 40, "more-than"),
    C("de", "less-than", "Weniger als ⟨10⟩ Menschen werden vermisst.", QUANTITY, 10,
      "fewer-than"),
    C("de", "about-etwa", "Etwa ⟨90⟩ Menschen waren anwesend.", QUANTITY, 90, "about"),
    C("de", "nearly-knapp", "Knapp ⟨80⟩ Häuser wurden zerstört.", QUANTITY, 80, "nearly"),
    C("de", "percent-sign", "Die Preise stiegen um ⟨15⟩ %.", QUANTITY, 15, unit="percent"),
    C("de", "time-colon-uhr", "Der Alarm ging um ⟨18:30 Uhr⟩ los.", "time"),
    C("de", "range-uhr", "Die Straße war von ⟨12⟩ bis 18 Uhr gesperrt.", "time"),
    C("de", "date-year", "Der Damm brach am 3. März ⟨2024⟩.", "year"),
    C("de", "date-numeric", "Der Damm brach am ⟨3.3.2024⟩.", "date"),
    C("de", "year-im-jahr", "Die Brücke wurde im Jahr ⟨1967⟩ gebaut.", "year"),
    C("de", "ordinal-word-erste", "Der ⟨erste⟩ Zug fuhr um sechs.", "ordinal"),
    C("de", "age-brackets", "Der Fahrer Tom K. (⟨54⟩) wurde festgenommen.", QUANTITY, 54),
    C("de", "id-bundesstrasse", "Die B⟨27⟩ bleibt gesperrt.", "id"),
    C("de", "id-nr", "Das Haus Nr. ⟨12⟩ wurde geräumt.", "id"),
    C("de", "id-road-space", "Die Polizei sperrte die A ⟨7⟩ bei Lindau.", "id"),
    C("es", "group-nbsp", f"La tormenta dejó sin luz a ⟨1{NB}200⟩ viviendas.", QUANTITY, 1200),
    C("es", "words-teen", "⟨Dieciséis⟩ marineros fueron rescatados.", QUANTITY, 16),
    C("es", "words-cientos", "⟨Doscientos cincuenta⟩ soldados llegaron.", QUANTITY, 250),
    C("es", "words-mil", "⟨Dos mil⟩ vecinos fueron evacuados.", QUANTITY, 2000),
    C("es", "scale-medio-millon", "⟨Medio millón⟩ de personas se quedó sin luz.", QUANTITY,
      500_000),
    C("es", "vague-miles", "⟨Miles⟩ de personas huyeron.", VAGUE, 2000),
    C("es", "approx-docena", "Una ⟨docena⟩ de barcos se hundieron.", QUANTITY, 12, None),
    C("es", "approx-centenar", "Un ⟨centenar⟩ de bomberos trabajan.", QUANTITY, 100, None),
    C("es", "less-than", "Menos de ⟨10⟩ personas siguen desaparecidas.", QUANTITY, 10,
      "fewer-than"),
    C("es", "about-alrededor", "Alrededor de ⟨90⟩ personas asistieron.", QUANTITY, 90, "about"),
    C("es", "about-cerca", "Cerca de ⟨80⟩ casas se perdieron.", QUANTITY, 80, None),
    C("es", "money-euros", "El Gobierno aprobó ⟨2 millones⟩ de euros.", QUANTITY, 2e6,
      unit="eur"),
    C("es", "range-entre-los", "Entre los ⟨20 y 30⟩ heridos, varios niños.", QUANTITY, (20, 30)),
    C("es", "time-horas", "La alarma sonó a las ⟨18.30 horas⟩.", "time"),
    C("es", "date-year", "La presa cedió el 3 de marzo de ⟨2024⟩.", "year"),
    C("es", "ordinal-primer", "El ⟨primer⟩ tren salió a las seis.", "ordinal"),
    C("es", "age-edad", "Un hombre de ⟨54⟩ años de edad fue detenido.", QUANTITY, 54),
    C("es", "id-road-n", "La Guardia Civil cortó la N-⟨340⟩.", "id"),
    C("es", "id-numero", "El edificio número ⟨12⟩ fue desalojado.", "id"),
    C("it", "group-space", "La tempesta ha lasciato al buio ⟨1 200⟩ case.", QUANTITY, 1200),
    C("it", "words-teen", "⟨Diciassette⟩ marinai sono stati salvati.", QUANTITY, 17),
    C("it", "words-cento", "⟨Duecentocinquanta⟩ soldati sono arrivati.", QUANTITY, 250),
    C("it", "words-mila", "⟨Duemila⟩ abitanti sono stati evacuati.", QUANTITY, 2000),
    C("it", "scale-mezzo-milione", "⟨Mezzo milione⟩ di persone è rimasto al buio.", QUANTITY,
      500_000),
    C("it", "vague-migliaia", "⟨Migliaia⟩ di persone sono fuggite.", VAGUE, 2000),
    C("it", "approx-centinaio", "Un ⟨centinaio⟩ di vigili sono al lavoro.", QUANTITY, 100,
      None),
    C("it", "approx-dozzina", "Una ⟨dozzina⟩ di barche sono affondate.", QUANTITY, 12, None),
    C("it", "less-than", "Meno di ⟨10⟩ persone risultano disperse.", QUANTITY, 10,
      "fewer-than"),
    C("it", "more-than-piu", "Più di ⟨40⟩ case sono bruciate.", QUANTITY, 40, "more-than"),
    C("it", "range-tra-i", "Tra i ⟨20 e i 30⟩ feriti.", QUANTITY, (20, 30)),
    C("it", "percent-sign", "I prezzi sono saliti del ⟨15⟩%.", QUANTITY, 15, unit="percent"),
    C("it", "time-ore", "L'allarme è scattato alle ore ⟨18⟩.", "time"),
    C("it", "time-colon", "L'allarme è scattato alle ⟨18:30⟩.", "time"),
    C("it", "date-1o", "La diga ha ceduto il ⟨1°⟩ marzo.", "date"),
    C("it", "date-year", "La diga ha ceduto il 3 marzo ⟨2024⟩.", "year"),
    C("it", "ordinal-primo", "Il ⟨primo⟩ treno è partito alle sei.", "ordinal"),
    C("it", "id-statale", "L'Anas ha chiuso la statale ⟨16⟩.", "id"),
    C("it", "id-ss", "L'Anas ha chiuso la SS⟨16⟩.", "id"),
    C("pt", "group-space", "A tempestade deixou ⟨1 200⟩ casas sem luz.", QUANTITY, 1200),
    C("pt", "words-teen", "⟨Dezassete⟩ marinheiros foram resgatados.", QUANTITY, 17),
    C("pt", "words-teen-br", "⟨Dezessete⟩ marinheiros foram resgatados.", QUANTITY, 17),
    C("pt", "words-cento-e", "⟨Cento e cinquenta⟩ soldados chegaram.", QUANTITY, 150),
    C("pt", "words-mil", "⟨Dois mil⟩ moradores foram retirados.", QUANTITY, 2000),
    C("pt", "scale-milhoes", "As cheias atingiram ⟨2,5 milhões⟩ de pessoas.", QUANTITY, 2.5e6),
    C("pt", "scale-bilhoes", "O governo liberou ⟨2 bilhões⟩ de reais.", QUANTITY, 2e9),
    C("pt", "money-real-sign", "O governo liberou R$ ⟨2 bilhões⟩.", QUANTITY, 2e9),
    C("pt", "vague-milhares", "⟨Milhares⟩ de pessoas fugiram.", VAGUE, 2000),
    C("pt", "approx-dezena", "Uma ⟨dezena⟩ de barcos afundou.", QUANTITY, 10, None),
    C("pt", "less-than", "Menos de ⟨10⟩ pessoas continuam desaparecidas.", QUANTITY, 10,
      "fewer-than"),
    C("pt", "about-aproximadamente", "Aproximadamente ⟨90⟩ pessoas assistiram.", QUANTITY, 90,
      "about"),
    C("pt", "percent-words", "Os preços subiram ⟨15⟩ por cento.", QUANTITY, 15, unit="percent"),
    C("pt", "time-horas", "O alarme soou às ⟨18 horas⟩.", "time"),
    C("pt", "time-colon", "O alarme soou às ⟨18:30⟩.", "time"),
    C("pt", "date-year", "A barragem cedeu em 3 de março de ⟨2024⟩.", "year"),
    C("pt", "ordinal-primeiro", "O ⟨primeiro⟩ comboio partiu às seis.", "ordinal"),
    C("pt", "id-numero", "O prédio número ⟨12⟩ foi evacuado.", "id"),
    # ---------------------------------------------------------------- neighbours of the mechanisms
    # telephone numbers: groups of three after a short first group are thousands; a year may
    # open the run of a count
    C("fr", "keep-million-spaced", "La région compte ⟨1 200 000⟩ habitants.", QUANTITY,
      1_200_000),
    C("es", "keep-year-then-count", "En 2019 ⟨12 345⟩ personas visitaron Villalba.", QUANTITY,
      12345),
    C("de", "keep-thousands-spaced", "Das Lager fasst ⟨12 500 000⟩ Liter.", QUANTITY, 12.5e6,
      unit="liter"),
    # number words joined by "e": two numbers that make no one number stay two
    C("pt", "keep-two-numbers-e", "Morreram ⟨doze⟩ e três ficaram feridos.", QUANTITY, 12),
    C("it", "words-e-compound", "Ne sono arrivati ⟨cento e venti⟩.", QUANTITY, 120),
    # the euro sign after the number; a metre with no sign after it
    C("fr", "money-sign-after", f"Le billet coûte ⟨15⟩{NB}€.", QUANTITY, 15, unit="eur"),
    C("it", "money-sign-after", "Il biglietto costa ⟨15⟩ €.", QUANTITY, 15, unit="eur"),
    C("fr", "money-m-euro", "Le chantier coûtera ⟨3 M⟩€.", QUANTITY, 3e6, unit="eur"),
    C("fr", "keep-metre", "La vague a atteint ⟨5⟩ m à Valmont.", QUANTITY, 5, unit="m"),
    # an article repeated after "e"/"y" in a range only after "between"
    C("es", "range-entre-los-los", "Tenían entre los ⟨20 y los 30⟩ años.", QUANTITY, (20, 30)),
    C("it", "keep-no-between", "Sono morti in ⟨20⟩ e i 30 feriti sono in ospedale.", QUANTITY,
      20),
    # "ore" names the hour only after "alle"/"dalle"
    C("it", "keep-ore-count", "Dopo ⟨18⟩ ore di ricerche è stato trovato.", QUANTITY, 18,
      unit="hour"),
    # "1°" before a month is a day; before a floor an ordinal
    C("it", "keep-ordinal-degree", "L'incendio è partito dal ⟨1°⟩ piano.", "ordinal"),
    # a road's number; a count or a unit after the road's noun stays an amount
    C("fr", "id-departementale", "La départementale ⟨7⟩ est coupée.", "id"),
    C("es", "id-carretera", "La carretera ⟨340⟩ sigue cortada.", "id"),
    C("pt", "id-rodovia", "A rodovia ⟨101⟩ continua interditada.", "id"),
    C("de", "id-bundesstrasse-word", "Die Bundesstraße ⟨27⟩ bleibt gesperrt.", "id"),
    C("fr", "keep-route-count", "Sur la route ⟨20⟩ personnes attendaient.", QUANTITY, 20),
    C("de", "keep-autobahn-unit", "Auf der Autobahn ⟨40⟩ Kilometer Stau.", QUANTITY, 40,
      unit="km"),
    C("en", "keep-highway-unit", "The highway ⟨20⟩ miles north was shut.", QUANTITY, 20,
      unit="mile"),
]


def _param(case):
    if isinstance(case, Case):
        return pytest.param(case, id=f"{case.lang}-{case.shape}")
    return case


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def reading_of(case: Case) -> str | None:
    """What is wrong with the reader's reading of the marked number; None when it is right."""
    start = case.text.index("⟨")
    end = case.text.index("⟩") - 1
    text = case.text.replace("⟨", "").replace("⟩", "")
    hits = [q for q in read(text, case.lang) if q.start < end and start < q.end]
    amounts = [q for q in hits if q.kind in (QUANTITY, VAGUE)]
    if case.kind == NONE:
        return f"read an amount: {amounts[0]}" if amounts else None
    if not hits:
        return "missed"
    q = hits[0]
    kinds = {case.kind} | ({"date", "year"} if case.kind in ("date", "year") else set())
    if q.kind not in kinds:
        return f"kind {q.kind}, value {q.value}"
    if case.kind == VAGUE and case.value is not None and not _close(q.floor, case.value):
        return f"floor {q.floor}"
    if case.kind == QUANTITY:
        low, high = case.value if isinstance(case.value, tuple) else (case.value, None)
        if not _close(q.value, low) or (high is None) != (q.high is None) or (
                high is not None and not _close(q.high, high)):
            return f"value {q.value}-{q.high}"
    if case.kind in (QUANTITY, VAGUE):
        if case.unit is not None and q.unit != case.unit:
            return f"unit {q.unit}"
        if case.approx is not None and q.approx != case.approx:
            return f"approx {q.approx}"
    return None


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_number_checklist(case: Case) -> None:
    assert reading_of(case) is None, case.text
