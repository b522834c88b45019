# ruff: noqa: E501  (the held-out articles are paragraphs on one line, as scraped text is)
"""What a careful analyst would extract by hand: the gold lists `tests/extract/test_extract.py` measures
`briefing extract` against, for the example briefing (content/articles) and for the three real
scraped pages in ../shared/seeds.

The lists were made by reading the articles, not by copying the program's output. The seeds'
sentences belong to their outlets, so their items are named by short values only: a number and
the noun group it counts, a speaker and two to four words of the quotation, a date wording and
which occurrence of it in the article it is, and the spellings of a name.

What counts (the conventions the lists follow):

- **Figures**: every number that counts people or things, with its qualifier ("more than 40"),
  including vague counts ("hundreds of" = at least 200, "tens of thousands" = at least 20,000,
  "a few hundred" = at least 200: the smallest value the words allow). Not figures: durations and
  ages ("six-year war"), dates, "one"/"an" ("the body of an Iranian adviser"), quantities
  without a number ("several Lebanese army soldiers"). ``noun`` is the counted noun's group
  (see ``generator.extract.figures.NOUN_GROUPS``); ``by`` a word of the attribution the sentence
  gives ("" when it gives none), checked separately from recall.
- **Quotes**: direct quotations (between quotation marks) of a statement by a named or
  identifiable speaker, partial ones included ("a “great victory”"); not one-word scare quotes
  by anonymous people ("selfish", "betrayal"), nor words painted on a bus.
- **Dates**: every wording that dates an event, resolved against the publication date; ``iso``
  is the date ``briefing check`` would resolve it to, None for a wording relative to another
  event ("hours before the strike"), which an analyst lists but must date by hand, named by its
first words (where such a wording ends is a matter of taste). ``nth`` tells
  apart repeated wordings: the n-th occurrence (0-based, case-insensitive) in the cleaned text.
- **Names**: spelling-variant clusters (transliterations, hyphenation and case, an article
  "Al", a person's surname used alone). Different names for one thing (Daesh / ISIS / Islamic
  State) are not spelling variants and are not listed. ``NAMES_ACCEPTABLE`` are clusters a
  reviewer would accept without requiring them (word-order variants of a border, nationality +
  name): proposing them is not counted as a mistake, missing them is not counted either.
- **Groups**: which reports from different articles are one figure or one statement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoldFigure:
    article: str
    value: float  # the lower bound for vague counts
    noun: str  # noun group
    approx: str | None = None
    by: str = ""
    key: str = ""  # a name for GROUPS


@dataclass(frozen=True)
class GoldQuote:
    article: str
    words: str  # a few words of the quotation
    speaker: str  # a word of the speaker (after resolving "he")
    key: str = ""


@dataclass(frozen=True)
class GoldDate:
    article: str
    expression: str
    iso: str | None  # None: relative to another event
    nth: int = 0


# ---------------------------------------------------------------------------- the example

LW, GD, FJ, DD = ("levant-wire-convoy", "gulf-daily-relocation", "frontline-journal-airstrike",
                  "desert-aggregator-roundup")
#: The republished copy of the wire story (issue 15's copy family): the same figures and quote.
CP = "cedar-post-convoy"

EXAMPLE_FIGURES = [
    GoldFigure(LW, 308, "fighter", None, "hezbollah", "fighters"),
    GoldFigure(LW, 331, "civilian", None, "hezbollah", "civilians"),
    GoldFigure(CP, 308, "fighter", None, "hezbollah", "fighters"),
    GoldFigure(CP, 331, "civilian", None, "hezbollah", "civilians"),
    GoldFigure(GD, 310, "fighter", None, "", "fighters"),
    GoldFigure(GD, 300, "civilian", "about", "dillon", "civilians"),
    GoldFigure(GD, 200, "fighter", "at-least", "nasrallah", "fighters"),  # a few hundred
    GoldFigure(FJ, 300, "fighter", "about", "press reports", "fighters"),
    GoldFigure(FJ, 40, "militiaman", "more-than", "militia commander", "militiamen"),
    GoldFigure(FJ, 7, "operative", None, "militia commander", "operatives"),
    GoldFigure(DD, 200, "fighter", "at-least", "levant wire", "fighters"),  # hundreds of
    GoldFigure(DD, 40, "militiaman", "more-than", "militia commander", "militiamen"),
]

EXAMPLE_QUOTES = [
    GoldQuote(LW, "road is cratered", "dillon", "road"),
    GoldQuote(CP, "road is cratered", "dillon", "road"),
    GoldQuote(GD, "threatens the whole world", "spokesman", "threat"),
    GoldQuote(FJ, "threatens the whole world", "coalition", "threat"),
]

EXAMPLE_DATES = [
    GoldDate(LW, "on Wednesday", "2017-08-30"),
    GoldDate(LW, "Wednesday’s", "2017-08-30"),
    GoldDate(LW, "this year", "2017"),
    GoldDate(GD, "on Wednesday", "2017-08-30", 0),
    GoldDate(GD, "over the weekend", "~2017-08-26/2017-08-27"),
    GoldDate(GD, "on Wednesday morning", "2017-08-30"),
    GoldDate(GD, "earlier in the week", "2017-08-28/2017-08-31"),
    GoldDate(GD, "on Wednesday", "2017-08-30", 2),  # Nasrallah's statement (1 is "… morning")
    GoldDate(GD, "on Tuesday night", "2017-08-29"),
    GoldDate(GD, "in 2014", "2014"),
    GoldDate(FJ, "Earlier today", "2017-08-30"),
    GoldDate(FJ, "earlier this month", "2017-08"),
    GoldDate(FJ, "Hours before the strike", None),
    GoldDate(DD, "on Wednesday", "2017-08-30", 0),
    GoldDate(DD, "A few hours before the strikes", None),
    GoldDate(DD, "earlier this month", "2017-08"),
    GoldDate(DD, "on Wednesday", "2017-08-30", 1),
]

EXAMPLE_NAMES = [
    {"Humaymah", "Humeima"},
    {"Haider al-Abadi", "Haider Al Abadi", "Hayder al Abadi"},
    {"Al Bukamal", "Bukamal", "Abul Kamal"},
    {"Deir al-Zor", "Deir Al Zor"},
    {"Ryan Dillon", "Dillon", "Col. Ryan Dillon"},
]

EXAMPLE_NAMES_ACCEPTABLE = [
    {"Lebanon-Syria", "Lebanese-Syrian", "Syrian-Lebanese"},
    {"Hezbollah", "Lebanese Hezbollah"},
    {"Hassan Nasrallah", "Nasrallah"},
    {"Brett McGurk", "McGurk"},
]

# figures and statements that are one thing across outlets (by key)
EXAMPLE_GROUPS = {"figures": ["fighters", "civilians", "militiamen"],
                  "quotes": ["threat", "road"]}

# ---------------------------------------------------------------------------- the seeds

SEED_META = {
    # article id: (outlet, published) — the wire story of Wednesday evening, the Gulf daily of
    # Thursday morning, the think tank's journal of Wednesday night (Beirut time, +03:00)
    "000_be35d0caae762d2a": ("seed-wire", "2017-08-30T21:00:00+03:00"),
    "002_f83229b6cdd36157": ("seed-daily", "2017-08-31T06:00:00+03:00"),
    "004_0f459908db9c0e5d": ("seed-journal", "2017-08-30T23:00:00+03:00"),
}
W, D, J = SEED_META

SEED_FIGURES = [
    GoldFigure(W, 308, "fighter", None, "hezbollah", "fighters"),
    GoldFigure(W, 331, "civilian", None, "hezbollah", "civilians"),
    GoldFigure(D, 200, "fighter", "at-least", "", "fighters"),  # hundreds of
    GoldFigure(D, 310, "fighter", None, "", "fighters"),
    GoldFigure(D, 300, "civilian", "about", "dillon", "civilians"),
    GoldFigure(D, 310, "fighter", None, "nasrallah", "fighters"),  # in Nasrallah's statement
    GoldFigure(D, 20000, "fighter", "at-least", "nasrallah", "deir-fighters"),  # tens of thousands
    GoldFigure(D, 2000, "fighter", "at-least", "", "hezbollah-sent"),  # thousands of
    GoldFigure(D, 9, "soldier", None, "", "soldiers"),
    GoldFigure(D, 3, "fighter", None, "", "bodies"),
    GoldFigure(J, 2, "fighter", None, "officials", "bodies"),
    GoldFigure(J, 300, "fighter", "about", "press reports", "fighters"),
    GoldFigure(J, 7, "operative", None, "militia chief", "operatives"),
    GoldFigure(J, 40, "militiaman", "more-than", "militia chief", "militiamen"),
]

SEED_QUOTES = [
    GoldQuote(W, "crater the road", "dillon", "crater"),
    GoldQuote(D, "global threat", "dillon", "threat"),
    GoldQuote(D, "our goal is", "dillon", "goal"),
    GoldQuote(D, "clearly identified", "statement", "identified"),
    GoldQuote(D, "great victory", "nasrallah", "victory"),
    GoldQuote(D, "those transferred", "nasrallah", "transferred"),
    GoldQuote(D, "fighting terrorists", "abadi", "fighting"),
    GoldQuote(D, "why would one", "abadi", "negotiate"),
    GoldQuote(D, "could have negotiated", "amiri", "mosul"),
    GoldQuote(D, "better than putting", "amiri", "better"),
    GoldQuote(J, "not a party", "coalition", "party"),
    GoldQuote(J, "ring hollow", "coalition", "hollow"),
    GoldQuote(J, "not struck", "coalition", "struck"),
    GoldQuote(J, "armed conflict", "coalition", "identified"),
    GoldQuote(J, "global threat", "coalition", "threat"),
    GoldQuote(J, "further evidence", "coalition", "evidence"),
    GoldQuote(J, "irreconcilable", "mcgurk", "irreconcilable"),
    GoldQuote(J, "never enter", "mcgurk", "never"),
    GoldQuote(J, "unacceptable to iraq", "abadi", "unacceptable"),
]

SEED_DATES = [
    GoldDate(W, "on Wednesday", "2017-08-30"),
    GoldDate(W, "last week", "~2017-08-21/2017-08-27"),
    GoldDate(W, "this year", "2017"),
    GoldDate(D, "on Wednesday", "2017-08-30", 0),
    GoldDate(D, "three years ago", "~2014"),
    GoldDate(D, "On Wednesday morning", "2017-08-30"),
    GoldDate(D, "on Monday", "2017-08-28"),
    GoldDate(D, "on Wednesday", "2017-08-30", 2),  # Nasrallah's statement
    GoldDate(D, "on Tuesday night", "2017-08-29"),
    GoldDate(D, "on Tuesday", "2017-08-29", 1),  # 0 is "… night"
    GoldDate(D, "over the weekend", "~2017-08-26/2017-08-27"),
    GoldDate(D, "in 2014", "2014"),
    GoldDate(D, "earlier this month", "2017-08"),
    GoldDate(J, "earlier this month", "2017-08"),
    GoldDate(J, "Several hours prior", None),
    GoldDate(J, "Earlier today", "2017-08-30"),
]

SEED_NAMES = [
    {"Humaymah", "Humeima"},
    {"Haider Al Abadi", "Hayder al Abadi"},
    {"Al Bukamal", "Bukamal", "Abul Kamal"},
    {"Deir al-Zor", "Deir Al Zor"},
    {"Ryan Dillon", "Dillon", "Col. Ryan Dillon"},
    {"Hassan Nasrallah", "Nasrallah"},
    {"Mohsen Hojjaji", "Hojjaji"},
]

SEED_NAMES_ACCEPTABLE = [
    {"Lebanon-Syria", "Lebanese-Syrian", "Syrian-Lebanese"},
    {"Iraqi-Syrian", "Syrian-Iraqi"},
    {"Hezbollah", "Lebanese Hezbollah", "Shiite Hezbollah"},
    {"Shi’ite", "Shiite"},
    {"US-led", "U.S.-led"},
    {"Lebanese Army", "Lebanese army"},
    {"Brett McGurk", "McGurk"},
    {"Islamic Revolutionary Guards Corp", "IRGC"},
]

SEED_GROUPS = {
    "figures": ["fighters", "civilians", "bodies", "operatives", "militiamen"],
    "quotes": ["threat", "identified"],
}

# ---------------------------------------------------------------------------- held out
# Three short articles written for this test about an invented flood, in wordings the rules
# were not developed on; the list below was written before the extractor first ran on them.
# First run: recall 84.8 %, precision 93.3 %. The rules were then adjusted on this batch, so
# the 100 % the test prints now is in-sample; the first-run figures are the honest ones.
# Relative-to-event wordings are named by their first words (their end is a matter of taste).

HELD_OUT_ARTICLES = {
    "wire-floods": ("levant-wire", "2017-09-08T18:00:00+03:00", """Floods cut off villages near Tal Afar

TAL AFAR (Levant Wire) – Flash floods swept through villages west of Tal Afar on Friday, killing at least 15 people and forcing an estimated 1,200 families from their homes, the provincial health directorate said.

“The water came at night and took everything with it,” said Umm Khalid, a farmer in the village of Abu Maria.

Provincial governor Najm al-Jubouri told reporters that nearly two dozen rescue boats had been sent, and asked Baghdad for more.

Heavy rain began on Wednesday night, and the river rose by two metres in six hours, according to the irrigation ministry.

Last year, similar floods killed 9 people in the same district.
"""),
    "daily-floods": ("gulf-daily-courier", "2017-09-09T07:30:00+03:00", """Iraq floods: death toll rises

The death toll from floods around Tel Afar rose to 21 on Saturday, officials said, a day after torrential rain hit the district.

Governor Najm Al Jubouri said more than 1,000 families had been moved to schools and mosques, and that 30 boats were searching for the missing.

“We are racing against time,” Al Jubouri told the Gulf Daily Courier by telephone. “Every hour counts.”

Residents of Abu Mariya said the water rose on Thursday evening, hours before the main bridge collapsed.

The UN said on Saturday that 3,500 people needed emergency shelter, up from 2,000 two days ago.
"""),
    "journal-floods": ("frontline-journal", "2017-09-09T12:00:00-04:00", """Floods in a district just back from war

Iraqi officials say floods in the Tal Afar district have killed 21 people since Friday, and aid agencies warn the number could rise.

Mohammed Saleh, a spokesman for the Iraqi Red Crescent, said: “Thousands of people have lost everything.”

The district was retaken from Islamic State in August, and many of its 200,000 residents had only just returned.

Muhammad Saleh added that the Red Crescent had sent 40 tonnes of food.
"""),
}
HA, HB, HC = HELD_OUT_ARTICLES

HELD_OUT_FIGURES = [
    GoldFigure(HA, 15, "dead", "at-least", "health directorate", "deaths"),  # "killing … 15 people"
    GoldFigure(HA, 1200, "civilian", "about", "health directorate", "families"),
    GoldFigure(HA, 24, "boat", "nearly", "jubouri", "boats"),  # "nearly two dozen"
    GoldFigure(HA, 2, "m", None, "irrigation ministry", "river"),
    GoldFigure(HA, 9, "dead", None, "", "deaths-2016"),  # "killed 9 people"
    GoldFigure(HB, 21, "dead", None, "officials", "deaths"),  # "the death toll … rose to 21"
    GoldFigure(HB, 1000, "civilian", "more-than", "jubouri", "families"),
    GoldFigure(HB, 30, "boat", None, "jubouri", "boats"),
    GoldFigure(HB, 3500, "person", None, "un", "shelter"),
    GoldFigure(HB, 2000, "person", None, "un", "shelter-before"),  # "up from 2,000"
    GoldFigure(HC, 21, "dead", None, "officials", "deaths"),  # "have killed 21 people"
    GoldFigure(HC, 2000, "person", "at-least", "saleh", "lost-everything"),
    GoldFigure(HC, 200000, "resident", None, "", "residents"),
    GoldFigure(HC, 40, "metric_ton", None, "saleh", "food"),
]
HELD_OUT_QUOTES = [
    GoldQuote(HA, "water came at night", "umm khalid", "water"),
    GoldQuote(HB, "racing against time", "jubouri", "racing"),
    GoldQuote(HB, "every hour counts", "jubouri", "hour"),
    GoldQuote(HC, "lost everything", "saleh", "lost"),
]
HELD_OUT_DATES = [
    GoldDate(HA, "on Friday", "2017-09-08"),
    GoldDate(HA, "on Wednesday night", "2017-09-06"),
    GoldDate(HA, "Last year", "2016"),
    GoldDate(HB, "on Saturday", "2017-09-09", 0),
    GoldDate(HB, "a day after", None),
    GoldDate(HB, "on Thursday evening", "2017-09-07"),
    GoldDate(HB, "hours before the", None),
    GoldDate(HB, "on Saturday", "2017-09-09", 1),
    GoldDate(HB, "two days ago", "2017-09-07"),
    GoldDate(HC, "since Friday", "2017-09-08"),
    GoldDate(HC, "in August", "2017-08"),
]
HELD_OUT_NAMES = [
    {"Tal Afar", "Tel Afar"},
    {"Najm al-Jubouri", "Najm Al Jubouri", "Al Jubouri"},
    {"Abu Maria", "Abu Mariya"},
    {"Mohammed Saleh", "Muhammad Saleh"},
]
HELD_OUT_NAMES_ACCEPTABLE = [{"Iraqi Red Crescent", "Red Crescent"}]
HELD_OUT_GROUPS = {"figures": ["deaths", "families", "boats"], "quotes": []}

# A second held-out batch (an invented prisoner exchange), written after the rules were adjusted
# on the first; its first run is the honest measure of what the rules do on unseen copy:
# recall 73.1 %, precision 90.5 %. The rules were adjusted on it too (now in-sample as well);
# a new measure of unseen copy needs a third batch written before the next run.
HELD_OUT_2_ARTICLES = {
    "wire-swap": ("levant-wire", "2017-09-12T10:15:00+03:00", """Seven soldiers freed in Arsal exchange

ARSAL, Lebanon (Levant Wire) – Militants freed seven Lebanese soldiers near the border town of Arsal late on Monday in exchange for 12 prisoners held in Roumieh jail, security sources said.

The exchange, mediated by Qatar, ended a standoff that began in August 2014, when gunmen seized 29 soldiers and policemen from the town.

“They are home, and that is what matters,” General Abbas Ibrahim told reporters at the crossing.

Around 150 relatives waited at the checkpoint for more than five hours, a Levant Wire correspondent saw.

The militants, thought to number about 120, were given safe passage to Idlib province, Ibrahim said.
"""),
    "daily-swap": ("gulf-daily-courier", "2017-09-12T06:00:00+03:00", """Lebanon welcomes home soldiers held for three years

Seven Lebanese servicemen held by militants since 2014 returned home on Monday night after a Qatari-brokered swap near Ersal.

Lebanon's security chief, Maj. Gen. Abbas Ibrahim, said 13 detainees had been released in return, not 12 as first reported.

Families of the soldiers had camped outside the government palace in Beirut for 1,100 days, he added.

"This is a day for the families," Prime Minister Saad Hariri wrote on Twitter.

The deal was first discussed in Doha three weeks ago, a Qatari official said.
"""),
    "journal-swap": ("frontline-journal", "2017-09-11T20:00:00-04:00", """Lebanon swaps prisoners for soldiers

Lebanese authorities on Monday handed over a dozen prisoners to an al-Qaeda-linked group in return for seven soldiers captured in the 2014 Arsal raid, according to Lebanese media.

The group had once held more than two dozen security personnel; four were killed in captivity.

Analysts said the swap, the second since December 2015, showed Qatar's growing role. "Doha is the indispensable broker now," said Randa Slim, a researcher at a Washington institute.

Some 120 fighters left for Idlib, Syria, on board 10 buses, the militants' media arm claimed.
"""),
}
HD, HE, HF = HELD_OUT_2_ARTICLES

HELD_OUT_2_FIGURES = [
    GoldFigure(HD, 7, "soldier", None, "security sources", "freed"),
    GoldFigure(HD, 12, "prisoner", None, "security sources", "prisoners"),
    GoldFigure(HD, 29, "soldier", None, "", "seized"),
    # (the 150 relatives who waited at the checkpoint are no figure since the fortieth stop: kin
    # who gather after the event, as the corpus labels leave onlookers out; extract/counts/crowd)
    GoldFigure(HD, 120, "fighter", "about", "ibrahim", "left"),  # "thought to number about 120"
    GoldFigure(HE, 7, "soldier", None, "", "freed"),
    GoldFigure(HE, 13, "prisoner", None, "ibrahim", "prisoners"),  # "13 detainees"
    GoldFigure(HF, 12, "prisoner", None, "lebanese media", "prisoners"),  # "a dozen prisoners"
    GoldFigure(HF, 7, "soldier", None, "lebanese media", "freed"),
    GoldFigure(HF, 24, "personnel", "more-than", "", "held"),
    GoldFigure(HF, 4, "dead", None, "", "died"),  # "four were killed"
    GoldFigure(HF, 120, "fighter", "about", "media arm", "left"),
    GoldFigure(HF, 10, "bus", None, "media arm", "buses"),
]
HELD_OUT_2_QUOTES = [
    GoldQuote(HD, "they are home", "ibrahim", "home"),
    GoldQuote(HE, "a day for the families", "hariri", "families"),
    GoldQuote(HF, "indispensable broker", "slim", "broker"),
]
HELD_OUT_2_DATES = [
    GoldDate(HD, "late on Monday", "2017-09-11"),
    GoldDate(HD, "in August 2014", "2014-08"),
    GoldDate(HE, "since 2014", "2014"),
    GoldDate(HE, "on Monday night", "2017-09-11"),
    GoldDate(HE, "three weeks ago", "~2017-08-19/2017-08-25"),
    GoldDate(HF, "on Monday", "2017-09-11"),
    GoldDate(HF, "2014", "2014"),  # "the 2014 Arsal raid"
    GoldDate(HF, "since December 2015", "2015-12"),
]
HELD_OUT_2_NAMES = [
    {"Arsal", "Ersal"},
    {"Abbas Ibrahim", "Ibrahim"},
]
HELD_OUT_2_NAMES_ACCEPTABLE: list[set[str]] = []
HELD_OUT_2_GROUPS = {"figures": ["freed", "prisoners", "left"], "quotes": []}
