"""The burned, whom a blast or a fire hurts: the words after a count of people that make them
injured ("suffered burns", "sufrieron quemaduras", "erlitten Verbrennungen", "grièvement
brûlés": trial 23), joined to the injured's words in :mod:`.counted_words` (apart for its
length). A bare participle is not here: "quemadas vivas", "brûlées vives" are the dead."""

from __future__ import annotations

BURN: dict[str, tuple[str, ...]] = {
    "en": ("suffered burns", "suffered severe burns", "sustained burns", "with burns",
           "with severe burns", "seriously burned", "badly burned", "severely burned",
           "critically burned", "seriously burnt", "badly burnt"),
    "fr": ("souffrent de brûlures", "souffrent de graves brûlures", "grièvement brûlé",
           "gravement brûlé"),
    "es": ("con quemaduras", "sufrieron quemaduras", "sufrió quemaduras"),
    "de": ("brandverletzt", "erlitten verbrennungen", "mit verbrennungen"),
}
