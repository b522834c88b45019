"""The speeds that are figures of their event (issue #16, figures rounds ffig6 and spfig4): a
tropical cyclone's wind and an avalanche's run.

A page on a hurricane or a typhoon gives the storm's wind as its measure beside the toll ("the
hurricane came ashore with winds of up to 140 mph", "o furacão chegou à costa com ventos de 250
km/h", "140mph winds"): outlets compare it, and :func:`.measures.speed` dropped it with every
other speed. A speed is kept as the cyclone's only when its sentence names a tropical cyclone or
its landfall (:data:`generator.text.event_kinds.CYCLONE`) and is the wind's, a word of the wind
right before or after it (:func:`generator.text.quantities.wind.of_the_wind`: not a train's
speed in a sentence that tells of the hurricane's winds too).

An avalanche's speed is its measure as a cyclone's wind is ("the avalanche crashed into the
valley at 90 mph", "die Lawine donnerte mit 200 km/h ins Tal": spent28, every page on an
avalanche labels it a figure): kept when its sentence names an avalanche
(:data:`generator.text.event_kinds.KINDS`, its kind ``avalanche``) and the speed is not a
wind's (the storm that loaded the slope: no storm is named in the sentence). Any other speed
stays dropped: a train's, a ship's, and the wind of a thunderstorm or a gale beside a flood
(rain and thunder with winds of 90 km/h, which the corpus labels weather, no figure).

Either is no forecast, normal or old record (:func:`.rain.not_the_events`, shared with rain and
temperatures) and its clause does not look ahead ("is expected to bring winds of":
:func:`generator.text.future.in_future_clause`)."""

from __future__ import annotations

from generator.extract.measures import speed
from generator.extract.rain import not_the_events
from generator.text.event_kinds import kinds_in, tells_of_cyclone
from generator.text.future import in_future_clause
from generator.text.quantities.wind import of_the_wind


def cyclone_wind(q, text: str, lang: str) -> bool:
    """Whether the speed ``q`` of the sentence ``text`` is a tropical cyclone's wind (module
    docstring)."""
    return speed(q) and tells_of_cyclone(text, lang) and of_the_wind(q, text) \
        and _of_the_event(q, text, lang)


def avalanche_speed(q, text: str, lang: str) -> bool:
    """Whether the speed ``q`` of the sentence ``text`` is an avalanche's (module docstring):
    the sentence names one and the speed is no wind's, nor said where a storm is told of too."""
    kinds = kinds_in(text, lang)
    return speed(q) and "avalanche" in kinds and "storm" not in kinds \
        and not of_the_wind(q, text) and _of_the_event(q, text, lang)


def events_speed(q, text: str, lang: str) -> bool:
    """Whether the speed ``q`` is a figure of its event: a cyclone's wind or an avalanche's run."""
    return cyclone_wind(q, text, lang) or avalanche_speed(q, text, lang)


def _of_the_event(q, text: str, lang: str) -> bool:
    """Not a forecast, a normal or an old record, and not in a clause that looks ahead."""
    start = q.span[0] if q.span[1] else q.start
    return not not_the_events(q, text, lang) and not in_future_clause(text[:start])
