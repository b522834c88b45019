"""Rules that share one word table read every word of it: the networks a follow prompt names,
the networks a story paragraph names before the post it introduces, and the definite articles
the extract readers skip or test. Before the tables were shared each rule kept its own list, and
a network or an article known to one was unknown to the next. Invented pages and sentences."""

from __future__ import annotations

import pytest

from generator.text.articles import PLURAL, SINGULAR, definite
from generator.text.furniture_words import NETWORKS
from tests.cleaning.test_cleaning_other_language import BODY, LEDE, POST, TITLE
from tests.conservation import page, read, rules, story

EN_LEDE = ("Floodwater cut the coastal road near Marlow Bay on Tuesday, and the county closed "
           "two schools until the water goes down, officials said.")
EN_BODY = ("Crews expect to reopen the road by Friday once engineers have checked the bridge "
           "over the Ashby stream, the county said in a statement.")


@pytest.mark.parametrize("network", ["YouTube"])
def test_a_follow_prompt_naming_any_network_of_the_table_is_a_follow_link(network):
    prompt = f"Follow Ana Ruiz on {network}"
    line = "Follow the river on foot and you reach the village in an hour."
    c = read(page(EN_LEDE, line, prompt, EN_BODY))
    assert story(c) == [EN_LEDE, line, EN_BODY] and rules(c) == {prompt: "follow-us"}


@pytest.mark.parametrize("told", [
    "Sur YouTube, la police de Neustadt a demandé aux habitants d'éviter le centre-ville.",
    "Sur WhatsApp, la police de Neustadt a demandé aux habitants d'éviter le centre-ville.",
])
def test_a_paragraph_naming_any_network_of_the_table_introduces_the_post_below(told):
    c = read(page(TITLE, LEDE, told, POST[1], BODY), language="fr")
    assert story(c) == [LEDE, told, BODY]
    assert rules(c)[POST[1]] == "other-language"


def test_every_network_of_the_table_is_a_share_button():
    for network in NETWORKS:
        if len(network) == 1:
            continue  # a lone "X" line may be a list's mark: the share bar needs more than it
        c = read(page(EN_LEDE, network.capitalize(), EN_BODY))
        assert story(c) == [EN_LEDE, EN_BODY], network


def test_the_article_table_gives_each_reader_its_forms():
    every = definite()
    assert {"the", "les", "los", "gli", "os", "der", "dem", "het"} <= every
    assert definite(["it"], singular=False) == {"i", "gli", "le"}
    assert definite(["de"], singular=False) == {"die", "der", "den"}
    assert "il" not in definite(singular=False) and "los" not in definite(plural=False)
    assert set(SINGULAR) == set(PLURAL)

