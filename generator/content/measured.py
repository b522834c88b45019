"""What a figure measures: the one word an analyst compares outlets' figures by.

A figure's label says what is counted in the outlets' words ("Number of pompiers", "Tonnes");
its *measure* says which of a small, fixed set of things it is (the dead, the injured, the
responders, a length, a mass, money, a share …), so that a reviewer of ``briefing extract``'s
draft, the site and the fidelity scorers read one word per figure instead of guessing it from a
noun in one of eleven languages. Counted groups map to a measure by this one table; units map by
their physical dimension (pint's dimensionality, :mod:`.units`), so a unit the reader learns
later needs no entry here.

Some measures are coarser than an analyst's: a mass may be the weight of a ship, the cargo it
carried or the material that blew up, and the words beside a number rarely say which.
:data:`COVERS` lists, per measure, the finer names it stands for (the corpus labels' vocabulary,
``tests/corpus/README.md``): that is what a "mass" claims, and no more.
"""

from __future__ import annotations

from generator.content.units import SCALE, registry, unit, unit_name
from generator.text.counted_words import EMERGENCY_VEHICLES, RESCUE_TEAMS, counted_group

#: Counted groups (:data:`generator.text.lexicon.NOUN_GROUPS`, the outcome and status groups of
#: :mod:`generator.text.counted_words`) -> what they measure. A group not listed counts things or
#: people with no outcome read: a ``count``.
_OF_GROUP = {
    "dead": "dead", "presumed dead": "dead", "dead and presumed dead": "dead",
    # a rise of the toll is kept apart from it (extract/counts/increment.py) but counts the dead
    "more dead": "dead",
    "dead beside named": "dead",  # "the gunman and two hostages died" (extract/counts/beside_toll)
    "wounded": "injured", "injury": "injured", "missing": "missing", "evacuee": "displaced",
    "rescued": "rescued", "survivor": "rescued", "from rubble": "rescued",
    # people trapped (in a mine, under rubble) whose fate is not yet known: the missing, as two
    # labellers of fresh pages wrote them on their own (s39: five sites, four languages; pool
    # spfig3: "quedaron atrapadas bajo escombros"), and as outlets give the one count both ways
    "trapped": "missing", "pinned": "affected", "affected": "affected", "arrested": "arrested",
    # who was there when it struck, on board or by a verb of being and a place
    # (extract/counts/present_there): the people the event put at risk (the labels' convention
    # since the thirty-eighth stop; s38: fourteen such counts read `count`)
    "on board": "affected", "there": "affected", "passenger": "affected", "crew": "affected",
    # the injured sent home from hospital: a group of their own, who are the injured
    "discharged": "injured",
    # who came to help, the police and the troops sent (corpus labels: "responders")
    "responder": "responders", "police": "responders", "soldier": "responders",
    "vessel": "vessels", "container": "cargo",
    # extract's own groups of lengths (extract/amounts/reach.py, extract/amounts/measures.py)
    "distance": "length", "altitude": "length",
    # the event's own length, after a verb of lasting (extract/amounts/measures)
    "duration": "duration",
}
#: The beginning of the group of a distance that locates the event, measured from a named place
#: ("distance from Tesmar (km)": :mod:`generator.extract.amounts.locating`): a length, in the
#: labels' finer vocabulary a ``distance``.
LOCATING = "distance from "
#: pint's dimensionality of a unit -> the measure.
_OF_DIMENSION = {
    "[length]": "length", "[mass]": "mass", "[length] ** 3": "volume", "[length] ** 2": "area",
    "[length] / [time]": "speed", "[time]": "duration", "[temperature]": "temperature",
    "dimensionless": "share", "[mass] * [length] ** 2 / [time] ** 3": "power",
}
#: Scales pint does not convert (:data:`.units.SCALES`) that are no currency.
_OF_SCALE = {"magnitude": "magnitude", "kiloton": "energy"}

#: Each measure and the finer names it stands for.
COVERS: dict[str, frozenset[str]] = {
    "dead": frozenset({"dead"}), "injured": frozenset({"injured"}),
    "missing": frozenset({"missing"}), "rescued": frozenset({"rescued"}),
    "displaced": frozenset({"displaced", "evacuated", "homeless"}),
    "affected": frozenset({"affected"}), "arrested": frozenset({"arrested"}),
    "responders": frozenset({"responders"}), "vessels": frozenset({"vessels"}),
    "cargo": frozenset({"cargo"}),
    "length": frozenset({"length", "height", "width", "depth", "distance"}),
    "mass": frozenset({"weight", "material", "cargo"}),
    "volume": frozenset({"volume", "material"}), "area": frozenset({"area"}),
    "speed": frozenset({"speed"}), "duration": frozenset({"duration"}),
    "temperature": frozenset({"temperature"}), "share": frozenset({"share"}),
    "money": frozenset({"damage", "aid", "cost"}), "magnitude": frozenset({"magnitude"}),
    "energy": frozenset({"energy"}), "power": frozenset({"power"}),
    "count": frozenset({"count"}),
}
MEASURES = tuple(COVERS)
#: Running counts that go down as well as up: the missing are found, the trapped freed, the
#: displaced go home. A lower count beside a higher one may be the later of the two, so no
#: rule may presume it the earlier (:func:`generator.analyse.figures.recalled`).
FALLING = frozenset({"missing", "affected", "displaced"})


def measure_of(group: str, noun: str = "", lang: str = "en") -> str:
    """The measure of a figure whose reports are grouped as ``group``: a counted group, or a
    unit in any of the reader's or pint's spellings. A noun the noun groups do not know is
    looked up, by its last word as written, in the language's tables of counted words
    ("barcos", "tugboats": vessels), which know more words than the groups do."""
    if group in _OF_GROUP:
        return _OF_GROUP[group]
    if group.startswith(LOCATING):
        return "length"
    found = unit(group) if unit_name(group) else None  # the reader's units: "dam" is no decametre
    if found is None:
        words = noun.split()
        named = counted_group(words[-1] + " ", lang) if words else None
        links = [i for i, w in enumerate(words[:-1]) if w.lower() in LINKS]
        if named is None and links:  # "autobotti dei vigili del fuoco": the service's name
            named = counted_group(" ".join(words[links[0] + 1:]) + " ", lang)
        return _OF_GROUP.get(named or "", "responders" if _rescue_means(noun, lang) else "count")
    if found.kind == SCALE:
        return _OF_SCALE.get(found.key, "money")
    try:
        dimension = str(registry().Unit(found.key).dimensionality)
    except Exception:  # a bare "degrees" is no pint unit: a temperature, as units.py reads it
        return "temperature" if found.temperature else "count"
    return _OF_DIMENSION.get(dimension, "count")


#: Links between a thing counted and whose it is ("camions de pompiers", "mezzi dei vigili del
#: fuoco"): the words after the first are the owner's name, which may be several words.
LINKS = frozenset({"de", "des", "dei", "degli", "del", "di", "dos", "das", "da", "der", "of"})

#: Emergency vehicles whose word alone may be any vehicle's ("Fifteen trucks … distributing
#: water", corpus dev): a means of rescue only with a word of fire or rescue in the noun.
_ANY_VEHICLE = frozenset({"trucks", "engines", "appliances", "boats"})
_RESCUE_WORD = ("fire", "rescue", "emergency")


def _rescue_means(noun: str, lang: str) -> bool:
    """Whether a counted noun is a means sent to the rescue, an emergency vehicle or a rescue
    team ("helicopters", "cinco ambulancias", "firefighting teams", "fire trucks"): its count
    measures the responders."""
    low = noun.lower()
    words = low.split()
    if not words:
        return False
    if words[-1] in EMERGENCY_VEHICLES.get(lang, ()):
        return words[-1] not in _ANY_VEHICLE or any(w.startswith(_RESCUE_WORD) for w in words)
    return any(low.startswith(b) or f" {b}" in f" {low}" for b in RESCUE_TEAMS.get(lang, ()))
