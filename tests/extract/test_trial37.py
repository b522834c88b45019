"""The lead's mends of trial 37 (a blackout over two countries, read from one page: the power
lost in gigawatts, the share of a country restored, substations back out of all of them), on
invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from generator.content.measured import measure_of
from generator.content.units import unit_name
from generator.text.quantities import quantities
from tests.probes import figures


def test_a_share_of_a_country_is_a_share_not_its_people():
    assert figures("By Monday night power was back for 61% of Norland, the grid said.") == [
        (61, "percent")]
    assert figures("Some 40 from Portugal were hurt in Tarvik.") == [(40, "national")]


def test_gigawatts_are_power():
    found = [(q.value, q.unit) for q in quantities(
        "The grid lost about 12 gigawatts (GW) in five seconds; 300 megawatts came back.", "en")]
    assert (12, "gigawatt") in found and (300, "megawatt") in found, found
    assert unit_name("GW") == "gigawatts"
    assert measure_of("gigawatt") == "power"


def test_the_moment_magnitude_sign_stays_a_magnitude():
    assert [q.unit for q in quantities("A 6.1 Mw quake struck at dawn.", "en")] != ["megawatt"]


def test_a_part_out_of_a_whole_counts_the_same_things():
    assert figures("The operator said 70 out of its 75 substations were running again.") == [
        (70, "substation"), (75, "substation")]
    assert figures("Five out of the 40 passengers were injured.") == [
        (5, "wounded"), (40, "passenger")]


def test_a_places_population_is_no_count_in_any_language():
    assert figures("En Ostra, un país de unos 8,2 millones de personas, el corte duró horas.",
                   "es") == []
    assert figures("Tarvik, une ville de quelque 40 000 personnes, a été privée de courant.",
                   "fr") == []
    assert figures("In Tarvik, einer Stadt mit rund 40.000 Menschen, fiel der Strom aus.",
                   "de") == []
    # people the event befell in a named place are its count
    assert figures("En el pueblo de Tarvik murieron 12 personas.", "es") == [(12, "dead")]


def _kinds(tmp_path, pages: dict[str, tuple[str, str]]) -> dict[str, str]:
    from tests.conftest import draft_of_pages
    draft = draft_of_pages(tmp_path, pages)
    return {f.label: f.kind for f in draft.figures}


def test_a_share_restored_is_a_running_count(tmp_path):
    kinds = _kinds(tmp_path, {
        "grid-a": ("en", "Blackout in Norland. By Monday night power had been restored for 55% of "
                         "Norland, the grid operator said."),
        "grid-b": ("es", "Apagón en Norland. Hacia las seis del martes se había restablecido "
                         "el 90 % de la demanda en Norland, informó el operador.")})
    assert [k for label, k in kinds.items() if "cent" in label.lower()] == ["running"], kinds


def test_a_share_of_something_else_stays_fixed(tmp_path):
    kinds = _kinds(tmp_path, {
        "dam-a": ("en", "Flood in Norland. The reservoir was 55% full on Monday, the agency "
                        "said."),
        "dam-b": ("en", "Flood in Norland. The reservoir stood at 60% of its capacity, "
                        "engineers said.")})
    assert set(k for label, k in kinds.items() if "cent" in label.lower()) == {"fixed"}, kinds
