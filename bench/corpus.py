"""A synthetic briefing of any size, deterministic from a seed, shaped like real scraped input.

N articles spread over K outlets, each a .txt with page furniture (consent banners, share links,
tag lists, comments, bios) and a sidecar; fact sheets with about one report per two articles whose
evidence quotes are planted in the article text; events with relative date wordings; quotes
rendered differently by different outlets; places and actors spelt differently per outlet.

    python bench/corpus.py OUT_DIR --articles 1000 [--outlets 20] [--seed 7]

OUT_DIR becomes a complete briefing project (content/, docs/, mkdocs.yml) ready for
``briefing build``.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PLACES = [
    ("humaymah", "Humaymah", ["Humeima", "Humaima"]),
    ("al-bukamal", "Al Bukamal", ["Abu Kamal", "Bukamal"]),
    ("deir-ez-zor", "Deir ez-Zor", ["Deir al-Zor", "Deir Ezzor"]),
    ("qalamoun", "Qalamoun", ["Qalamun"]),
    ("arsal", "Arsal", ["Ersal"]),
    ("palmyra", "Palmyra", ["Tadmur"]),
]
ACTORS = [
    ("islamic-state", "Islamic State", ["ISIS", "IS", "Daesh"]),
    ("coalition", "US-led coalition", ["the coalition"]),
    ("hezbollah", "Hezbollah", ["Hizbollah"]),
    ("syrian-army", "Syrian army", ["Syrian troops"]),
    ("abadi", "Haider al-Abadi", ["Hayder al Abadi", "Haider Al Abadi"]),
    ("dillon", "Ryan Dillon", ["Col. Ryan Dillon"]),
]
NOUNS = ["fighters", "civilians", "buses", "vehicles", "families", "soldiers", "prisoners"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "Officials in the region described the situation as fluid and said more details would follow.",
    "The road through the desert has changed hands several times since the spring.",
    "Aid groups asked all sides to let water and medicine reach the stranded travellers.",
    "Local residents reported hearing aircraft overhead for much of the afternoon.",
    "Analysts said the episode showed how fragile such arrangements remain.",
    "Neither side gave a timetable for what would happen next.",
    "The statement did not say how many people were affected by the decision.",
    "Commanders on the ground said the situation had been quiet overnight.",
]
#: Story sentences are drawn from these words, so that articles share no run of words by
#: accident (a corpus whose articles all repeat the same sentences would be one big copy family);
#: the syndicated copies below share theirs on purpose.
WORDS = (  # noqa: SIM905 - a paragraph of words reads better than a list of them
    "officials residents workers drivers engineers farmers traders guards elders volunteers "
    "doctors nurses pilots teachers reporters commanders ministers villagers families children "
    "said reported described disputed questioned welcomed criticised confirmed denied counted "
    "recorded mapped feared expected promised demanded refused accepted noticed repaired the "
    "road bridge river crossing market camp hospital generator convoy checkpoint village town "
    "plain valley hills border airfield depot well pipeline school mosque church clinic water "
    "bread fuel medicine tents blankets trucks buses aircraft shelling curfew ceasefire talks "
    "delegation statement meeting rumours damage shortage queue price closure repairs after "
    "before during while near beyond across along behind under over between among quiet busy "
    "closed open damaged crowded empty dusty cold hot late early slow sudden new old eastern "
    "western northern southern first second third last several few many most"
).split()
FURNITURE_TOP = [
    "This website uses cookies to improve your experience. By continuing to browse the site you "
    "agree to our use of cookies. Accept all",
    "",
]
FURNITURE_BOTTOM = [
    "Share this:\n\nFacebook\n\nTwitter\n\nEmail",
    "Tags: , , , ,",
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
    "2 Comments\n\nreader1 says:\n\nThis is a comment from a reader about the story.",
    "Related posts\n\nOn Top",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randrange(12, 22))]
    return " ".join(words).capitalize() + "."


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(out: Path, articles: int, outlets: int = 20, seed: int = 7) -> Path:
    rng = random.Random(seed)
    content = out / "content"
    if out.exists():
        shutil.rmtree(out)
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    shutil.copytree(REPO / "docs", out / "docs")
    # The site is measured without the PDF (bench/run.py times the PDF on its own).
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - briefing:\n", "  - briefing:\n      pdf: false\n")
    (out / "mkdocs.yml").write_text(config, encoding="utf-8")
    (content / "briefing.yaml").write_text(
        f"title: Synthetic briefing of {articles} articles\nlabel: Benchmark corpus, seed {seed}\n"
        "summary: |\n  A generated corpus used to measure Briefing's build time and size.\n",
        encoding="utf-8")
    outlet_ids = [f"outlet-{i:03d}" for i in range(outlets)]
    kinds = ["wire", "daily", "weekly", "think-tank", "aggregator", "broadcaster"]
    lines = ["outlets:"]
    for i, oid in enumerate(outlet_ids):
        lines += [f"  - id: {oid}", f"    name: Outlet {i:03d} News", f"    kind: {kinds[i % 6]}",
                  f"    url: https://outlet{i:03d}.example.org/"]
    (content / "outlets.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    start = date(2017, 8, 1)
    n_events = max(4, articles // 10)
    n_figures = max(2, articles // 20)
    n_quotes = max(2, articles // 40)
    events = {i: [] for i in range(n_events)}
    figures = {i: [] for i in range(n_figures)}
    quotes = {i: [] for i in range(n_quotes)}
    event_days = [start + timedelta(days=rng.randrange(0, 60)) for _ in range(n_events)]
    figure_values = [rng.randrange(50, 900) for _ in range(n_figures)]
    stories: list[list[str]] = []  # each article's paragraphs, for the copies
    for a in range(articles):
        aid = f"a{a:05d}"
        outlet = outlet_ids[a % outlets]
        pub_day = start + timedelta(days=rng.randrange(0, 61))
        published = datetime(pub_day.year, pub_day.month, pub_day.day, rng.randrange(6, 23),
                             rng.randrange(60), tzinfo=timezone(timedelta(hours=3)))
        place = PLACES[a % len(PLACES)]
        actor = ACTORS[a % len(ACTORS)]
        spelling = place[2][a % len(place[2])] if (a // outlets) % 2 else place[1]
        actor_name = actor[2][a % len(actor[2])] if a % 3 else actor[1]
        words = [rng.choice(WORDS) for _ in range(14)]
        paras = [f"{' '.join(words[:4]).capitalize()} {actor_name} {' '.join(words[4:9])} "
                 f"{spelling} {' '.join(words[9:])} on {WEEKDAYS[pub_day.weekday()]}."]
        paras += [_sentence(rng) for _ in range(3)]
        # about one article in seven is a syndicated copy of an earlier one (another outlet's
        # text, cut, with a paragraph of its own), so that copy detection has families to find
        if a % 7 == 3 and a >= 14:
            original = stories[a - 13]
            paras = original[:max(3, len(original) - 2)] + [_sentence(rng)]
        # about one report per two articles: alternate events, figures and quotes
        if a % 2 == 0:
            which = (a // 2) % 3
            if which == 0:
                e = rng.randrange(n_events)
                sent = (f"Event {e} unfolded near {spelling}, "
                        f"{' '.join(rng.choice(WORDS) for _ in range(6))}, moment number {a}.")
                paras.append(sent)
                events[e].append((aid, sent, WEEKDAYS[pub_day.weekday()]))
            elif which == 1:
                f = rng.randrange(n_figures)
                value = figure_values[f] + rng.choice([0, 0, 0, 2, -2, 10])
                noun = NOUNS[f % len(NOUNS)]
                sent = (f"The count for measure {f} stood at {value} {noun}, "
                        f"{' '.join(rng.choice(WORDS) for _ in range(4))} said.")
                paras.append(sent)
                figures[f].append((aid, sent, value))
            else:
                q = rng.randrange(n_quotes)
                words = "the arrangement cannot stand and must be reviewed at once"
                if a % 4 == 0:
                    words = "the arrangement cannot stand and it must be reviewed at once"
                sent = f"Statement {q}: {words}"
                paras.append(f"“{sent},” a spokesman said.")
                quotes[q].append((aid, sent))
        paras += [_sentence(rng) for _ in range(3)]
        stories.append(paras)
        top = rng.choice(FURNITURE_TOP)
        bottom = rng.sample(FURNITURE_BOTTOM, 2)
        text = "\n\n".join(x for x in [top, f"Headline {a}: {actor[1]} near {place[1]}",
                                          *paras, *bottom] if x)
        (content / "articles" / f"{aid}.txt").write_text(text + "\n", encoding="utf-8")
        (content / "articles" / f"{aid}.yaml").write_text(
            f"outlet: {outlet}\npublished: {published.isoformat()}\n"
            f"url: https://{outlet}.example.org/{aid}\n", encoding="utf-8")
    write_facts(content / "facts", events, event_days, figures, quotes)
    return out


def write_facts(folder: Path, events, event_days, figures, quotes) -> None:
    out = ["events:"]
    for e, reports in events.items():
        if not reports:
            continue
        out += [f"  - id: event-{e}", f"    title: Synthetic event {e}",
                f"    date: {event_days[e].isoformat()}", "    reports:"]
        for aid, sent, _weekday in reports:
            out += [f"      - article: {aid}", f"        quote: {_yaml_str(sent)}"]
    out.append("figures:")
    for f, reports in figures.items():
        if not reports:
            continue
        out += [f"  - id: figure-{f}", f"    label: Measure {f}", "    reports:"]
        for aid, sent, value in reports:
            out += [f"      - article: {aid}", f"        value: {value}",
                    f"        quote: {_yaml_str(sent)}"]
    out.append("quotes:")
    for q, reports in quotes.items():
        if not reports:
            continue
        out += [f"  - id: quote-{q}", f"    label: Statement {q}", "    reports:"]
        for aid, sent in reports:
            out += [f"      - article: {aid}", f"        text: {_yaml_str(sent)}",
                    "        speaker: a spokesman"]
    (folder / "facts.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    ents = ["actors:"]
    for eid, name, variants in ACTORS:
        ents += [f"  - id: {eid}", f"    name: {name}", f"    variants: {variants!r}"]
    ents.append("places:")
    for eid, name, variants in PLACES:
        ents += [f"  - id: {eid}", f"    name: {name}", f"    variants: {variants!r}"]
    (folder / "entities.yaml").write_text("\n".join(ents).replace("'", '"') + "\n",
                                          encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--outlets", type=int, default=20)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    generate(args.out, args.articles, args.outlets, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
