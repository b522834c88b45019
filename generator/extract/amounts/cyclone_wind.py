"""A tropical cyclone's wind, the one speed that is a figure of its event (issue #16, figures round
ffig6). A page on a hurricane or a typhoon gives the storm's wind as its measure beside the
toll ("the hurricane came ashore with winds of up to 140 mph", "o furacão chegou à costa com
ventos de 250 km/h", "140mph winds"): outlets compare it, and :func:`.measures.speed` dropped it
with every other speed. Any other speed stays dropped: a train's, a ship's, an avalanche's, and
the wind of a thunderstorm or a gale beside a flood (rain and thunder with winds of 90 km/h,
which the corpus labels weather, no figure). So a speed is kept only when its sentence names a
tropical cyclone or its landfall (:data:`generator.text.event_kinds.CYCLONE`) and is the wind's,
a word of the wind right before or after it (:func:`generator.text.quantities.wind.of_the_wind`:
not a train's speed in a sentence that tells of the hurricane's winds too), and it is no
forecast, normal or old record (:func:`.rain.not_the_events`, shared with rain and temperatures)
and its clause does not look ahead ("is expected to bring winds of":
:func:`generator.text.future.in_future_clause`)."""

from __future__ import annotations

from generator.extract.amounts.measures import speed
from generator.extract.amounts.rain import not_the_events
from generator.text.event_kinds import tells_of_cyclone
from generator.text.future import in_future_clause
from generator.text.quantities.wind import of_the_wind


def cyclone_wind(q, text: str, lang: str) -> bool:
    """Whether the speed ``q`` of the sentence ``text`` is a tropical cyclone's wind (module
    docstring)."""
    start = q.written_start
    return speed(q) and tells_of_cyclone(text, lang) and of_the_wind(q, text) \
        and not not_the_events(q, text, lang) and not in_future_clause(text[:start])
