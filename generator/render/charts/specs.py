"""Chart specifications: each chart's data, title, alt text and table, before any drawing.

:func:`chart_specs` is cheap and imports no plotting library. For each chart it gives the
docs-relative path, title, alt text (one sentence with the chart's main finding), the table of the
plotted data and a canonical JSON *payload*: everything the drawing depends on (the data, the style
version, the matplotlib version). ``spec.digest`` is the SHA-256 of that payload, the key of the
chart cache (:mod:`.cache`); :mod:`.drawing` reads only the payload.

Labels come from YAML and articles and are untrusted: they are cleaned of control characters here,
and drawn with mathtext off and escaped by matplotlib's SVG writer.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from generator.analyse.model import CITED, KIND_LABEL, Analysis, FigureAnalysis, VariantUse
from generator.content.units import converted_text
from generator.render.charts.chart import ChartSpec, clean, make_spec, short_time
from generator.render.charts.specs_running import progression_spec
from generator.render.charts.style import (
    CHARTS_DIR,
    HATCHES,
    PALETTE,
    UNKNOWN,
)
from generator.text.numbers import number as num


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, plural: str = "") -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _short(x: float) -> str:
    """A bound as a reader wants it: 194, not 194.46 km/h converted from knots (three
    significant digits once a value has more than one decimal: 6.35 stays)."""
    if math.isfinite(x) and round(x, 1) != round(x, 6):
        return converted_text(x, 3)
    return num(x)


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


class _Colours:
    """One colour (and hatch) per outlet, the same in every chart."""

    def __init__(self, analysis: Analysis) -> None:
        self.order = list(analysis.content.outlets)

    def __call__(self, outlet_id: str) -> list[str]:
        if outlet_id not in self.order:
            return [UNKNOWN, ""]
        i = self.order.index(outlet_id)
        return [PALETTE[i % len(PALETTE)], HATCHES[(i // len(PALETTE)) % len(HATCHES)]]


def _outlet_name(analysis: Analysis, outlet_id: str) -> str:
    outlet = analysis.content.outlets.get(outlet_id)
    return clean(outlet.name if outlet else (outlet_id or "unknown outlet"))


# --------------------------------------------------------------------------- specs

#: Marks a report that is a copy of another's text. The site's ⧉ is in no chart font.
COPY_MARK = "‡"


def _copy_family(fa: FigureAnalysis, row) -> str:
    """The label of the copy family ``row`` belongs to, when the family has more than one report
    of this figure (then its reports count once); "" otherwise."""
    family = row.source.family
    if fa.independence is None or family is None or family not in fa.independence.families:
        return ""
    return clean(family.label)


def _figure_spec(fa: FigureAnalysis, analysis: Analysis, colours: _Colours) -> ChartSpec:
    if fa.running and len(fa.rows) > 1:
        return progression_spec(fa, colours)
    figure = fa.figure
    title = clean(figure.label)
    names = [clean(r.source.outlet_name) for r in fa.rows]
    counts = Counter(names)
    series, table = [], []
    los, his = [], []
    for row, name in zip(fa.rows, names, strict=True):
        value = row.value
        lo, hi = value.interval()
        los.append(lo)
        his.append(hi)
        label = name
        if counts[name] > 1:  # the same outlet twice: tell the articles apart by their time
            label += f" ({short_time(row.as_of)})" if row.as_of else f" ({row.source.article.id})"
        family = _copy_family(fa, row)
        if family:  # as on the figures page: one text, counted once (‡: the chart fonts' mark)
            label += f" {COPY_MARK}"
        approx = value.approx or ""
        shape = ("point" if lo == hi else "open-up" if hi == math.inf
                 else "open-down" if approx in ("fewer-than", "up-to") else "bar")
        start = value.high if approx == "more-than" else lo
        end = value.low if approx == "fewer-than" else hi
        series.append({
            "label": label, "text": clean(value.converted_text()),
            "shape": shape, "approx": approx, "nominal": [value.low, value.high],
            "start": start, "end": None if end == math.inf else end,
            "colour": colours(row.source.outlet_id), "copy": family,
        })
        table.append((label + (f" ({family})" if family else ""), clean(row.shown),
                      value.read_as(), clean(row.attribution)))
    low, high = max(los), min(his)
    independence = fa.independence
    if fa.status == "single":
        band = None
        finding = f"only {names[0]} reports it"
    elif independence is not None and independence.one_copy:
        band = None
        finding = (f"all {len(fa.rows)} reports are copies of one text "
                   f"({clean(independence.families[0].label)}), not agreement between sources")
    elif fa.status == "by-counter":  # police against organisers: no outlet contradicts another
        band = None
        finding = (f"the counts differ by who counted ({clean(fa.range_text)}); "
                   "outlets agree on each")
    elif fa.status == "disagree" and fa.counts:  # not the gap between police and organisers
        band = None
        finding = (f"outlets differ on what one counter gave "
                   f"({', '.join(clean(w) for w, _r, st in fa.counts if st == 'disagree')}); "
                   f"by who counted: {clean(fa.range_text)}")
    elif fa.status == "disagree":
        band = {"kind": "gap", "from": high, "to": low}
        finding = (f"the sources disagree: no single value fits every report "
                   f"(nothing fits between {_short(high)} and {_short(low)})")
    else:
        band = {"kind": "overlap", "from": low, "to": None if high == math.inf else high}
        if fa.status == "agree":
            every = "both" if len(fa.rows) == 2 else f"all {len(fa.rows)}"
            finding = f"{every} sources give the same value, {series[0]['text']}"
        else:
            fits = f"above {_short(low)}" if high == math.inf else (
                _short(low) if low == high else f"{_short(low)} to {_short(high)}")
            finding = f"the reports are consistent: {fits} fits every report"
    unit = clean(fa.unit)
    values = "; ".join(
        f"{s['label']} {text}" + (f" (read as {read})" if read != text else "")
        for s, (_, text, read, _) in zip(series, table, strict=True))
    alt = f"{title}{f' ({unit})' if unit else ''}, as each source reports it: {values}; {finding}."
    if independence is not None and independence.families:
        families = ", ".join(clean(f.label) for f in independence.families)
        alt += f" {COPY_MARK} marks copies of one text ({families}): {independence.text}."
    data = {"series": series, "band": band, "unit": unit, "subtitle": finding[:1].upper()
            + finding[1:] + "."}
    return make_spec(f"{CHARTS_DIR}/figure-{figure.id}.svg", "figure", title, alt,
                 ("Outlet", "Value", "Read as", "Attributed to"), table, data)


def _timeline_spec(analysis: Analysis) -> ChartSpec | None:
    if not analysis.timeline:
        return None
    events, table = [], []
    for entry in analysis.timeline:
        when = entry.date
        label = clean(entry.event.title)
        display = clean(when.heading())
        full = clean(when.display())
        events.append({
            "label": label, "text": display, "first": when.first.isoformat(),
            "last": when.last.isoformat(), "precision": when.precision.value,
            "range": when.is_range, "approximate": when.approximate,
            "conflict": bool(entry.conflict),
            # the time of day on the event's own clock, as a fraction of its day
            "hour": (when.time.hour + when.time.minute / 60) / 24 if when.time else None,
        })
        note = (f"sources' dates or times conflict: {clean(entry.conflict)}" if entry.conflict
                else "")
        table.append((label, full, when.precision_label(), note))
    eras = []
    for era in sorted(analysis.content.eras.values(), key=lambda e: (e.start.first, e.id)):
        label, when = clean(era.title), f"{_day(era.start.first)} – {_day(era.end.last)}"
        eras.append({"label": label, "first": era.start.first.isoformat(),
                     "last": era.end.last.isoformat()})
        table.append((f"Phase: {label}", when, "shaded band", ""))
    first = min(e.date.first for e in analysis.timeline)
    last = max(e.date.last for e in analysis.timeline)
    notes = []
    fuzzy = sum(1 for e in analysis.timeline if e.date.approximate)
    coarse = sum(1 for e in analysis.timeline if e.date.precision.value != "day")
    conflicts = sum(1 for e in analysis.timeline if e.conflict)
    if fuzzy:
        notes.append(f"{_plural(fuzzy, 'date')} approximate")
    if coarse:
        notes.append(f"{_plural(coarse, 'date')} known only to the month or year")
    if conflicts:
        notes.append(f"{_plural(conflicts, 'event')} with conflicting dates in the sources")
    span = _day(first) if first == last else f"{_day(first)} to {_day(last)}"
    n = len(events)
    listed = "; ".join(f"{e['label']} ({e['text']})" for e in events) if n <= 12 else (
        "the table lists them all")
    phases = ("; shaded phases: " + "; ".join(f"{row[0][7:]} ({row[1]})" for row in table[n:])
              if eras else "")
    alt = (f"Timeline of {_plural(n, 'event')} from {span}: {listed}{phases}"
           + (f"; {_list(notes)}" if notes else "") + ".")
    subtitle = f"{_plural(n, 'event')}, {span}" + (f"; {_list(notes)}" if notes else "")
    data = {"events": events, "eras": eras, "subtitle": subtitle + "."}
    return make_spec(f"{CHARTS_DIR}/timeline.svg", "timeline", "Timeline of events", alt,
                 ("Event", "Date", "Precision", "Note"), table, data)


def _coverage_spec(analysis: Analysis) -> ChartSpec | None:
    outlets = analysis.covered_outlets
    if not analysis.claims or not outlets:
        return None
    names = [clean(o.name) for o in outlets]
    claims, table = [], []
    for claim in analysis.claims:
        label = f"{KIND_LABEL.get(claim.kind, claim.kind.title())}: {clean(claim.label)}"
        states = [claim.outlets.get(o.id, "silent") for o in outlets]
        claims.append({"label": label, "states": states})
        table.append((label, *states))
    per_outlet = []
    for i, name in enumerate(names):
        n = sum(1 for c in claims if c["states"][i] in CITED)
        per_outlet.append(f"{name} {n}")
    everyone = sum(1 for c in claims if all(s in CITED for s in c["states"]))
    disputed = sum(1 for c in claims if "disagrees" in c["states"])
    uncited = sum(1 for c in claims for s in c["states"] if s == "mentions")
    silences = {name: sum(1 for c in claims if c["states"][i] == "silent")
                for i, name in enumerate(names)}
    most = max(silences.values())
    finding = [f"{_plural(everyone, 'claim')} {'is' if everyone == 1 else 'are'} cited from "
               f"every outlet"]
    if disputed:
        finding.append(f"{_plural(disputed, 'figure')} in dispute")
    if uncited:
        finding.append(f"{_plural(uncited, 'mention')} in the articles not yet cited")
    if most:
        quiet = [n for n, k in silences.items() if k == most]
        finding.append(f"{_list(quiet)} {'is' if len(quiet) == 1 else 'are'} silent on the most "
                       f"({most} of {len(claims)})")
    alt = (f"Coverage matrix of {_plural(len(claims), 'claim')} across "
           f"{_plural(len(names), 'outlet')}, claims cited per outlet: "
           f"{'; '.join(per_outlet)}; {_list(finding)}.")
    subtitle = _list(finding)
    data = {"outlets": names, "claims": claims,
            "subtitle": subtitle[:1].upper() + subtitle[1:] + "."}
    return make_spec(f"{CHARTS_DIR}/coverage.svg", "coverage", "Who reports what", alt,
                 ("Claim", *names), table, data)


def _terms_spec(use: VariantUse, analysis: Analysis) -> ChartSpec | None:
    names = [n for n in use.names() if use.total(n) > 0]
    if len(names) < 2:
        return None
    order = [o.id for o in analysis.content.outlets.values()]
    outlet_ids = sorted(use.counts, key=lambda o: (o not in order, order.index(o)
                                                   if o in order else 0, o))
    rows, table, prefers = [], [], {}
    for oid in outlet_ids:
        counter = use.counts[oid]
        counts = [counter[n] for n in names]
        total = sum(counts)
        if not total:
            continue
        label = _outlet_name(analysis, oid)
        rows.append({"label": label, "counts": counts})
        table.append((label, *(f"{c} ({round(100 * c / total)} %)" if c else "0"
                               for c in counts), str(total)))
        top = max(counts)
        prefers[label] = [clean(n) for n, c in zip(names, counts, strict=True) if c == top]
    entity = clean(use.entity.name)
    shown = [clean(n) for n in names]
    described = "; ".join(
        f"{row['label']}: " + ", ".join(f"“{n}” {c}" for n, c in zip(shown, row["counts"],
                                                                      strict=True) if c)
        for row in rows)
    groups: dict[str, list[str]] = {}
    for label, top_names in prefers.items():
        groups.setdefault(" / ".join(f"“{n}”" for n in top_names), []).append(label)
    if len(rows) == 1:
        finding = f"{rows[0]['label']} mostly writes {next(iter(groups))}"
    elif len(groups) == 1:
        finding = f"every outlet mostly writes {next(iter(groups))}"
    else:
        finding = "outlets prefer different names: " + "; ".join(
            f"{name} ({', '.join(labels)})" for name, labels in groups.items())
    alt = (f"Stacked bars of how often each outlet uses each name for {entity} "
           f"(mentions): {described}; {finding}.")
    data = {"names": shown, "rows": rows, "subtitle": finding[:1].upper() + finding[1:] + "."}
    return make_spec(f"{CHARTS_DIR}/terms-{use.kind}-{use.entity.id}.svg", "terms",
                 f"Names used for {entity}", alt, ("Outlet", *shown, "Total"), table, data)


def _published_day(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return value.astimezone(UTC).date()
    return value


def _articles_spec(analysis: Analysis, colours: _Colours) -> ChartSpec | None:
    dated: dict[str, Counter] = {}
    undated: Counter = Counter()
    names: dict[str, str] = {}
    for summary in analysis.outlets:
        for article in summary.articles:
            oid = summary.outlet.id
            names[oid] = clean(summary.outlet.name)
            if article.published is None:
                undated[oid] += 1
            else:
                dated.setdefault(oid, Counter())[_published_day(article.published)] += 1
    if not dated:
        return None
    days = sorted({d for c in dated.values() for d in c})
    first, last = days[0], days[-1]
    span = (last - first).days + 1
    if span <= 62:
        unit, key = "day", lambda d: d
        bins = [first + timedelta(days=i) for i in range(span)]
    elif span <= 62 * 7:
        unit, key = "week", lambda d: d - timedelta(days=d.weekday())
        bins = [key(first) + timedelta(weeks=i)
                for i in range((key(last) - key(first)).days // 7 + 1)]
    else:
        unit, key = "month", lambda d: d.replace(day=1)
        bins = []
        b = key(first)
        while b <= last:
            bins.append(b)
            b = (b + timedelta(days=32)).replace(day=1)

    def bin_label(b: date) -> str:
        return {"day": f"{b.day} {b:%b %Y}", "week": f"week of {b.day} {b:%b %Y}",
                "month": f"{b:%b %Y}"}[unit]

    series = []
    for summary in analysis.outlets:
        oid = summary.outlet.id
        if oid not in dated:
            continue
        per_bin = Counter(key(d) for d in dated[oid].elements())
        series.append({"label": names[oid], "colour": colours(oid),
                       "counts": [per_bin[b] for b in bins]})
    table = []
    for i, b in enumerate(bins):
        counts = [s["counts"][i] for s in series]
        if sum(counts):
            table.append((bin_label(b), *map(str, counts), str(sum(counts))))
    total = sum(sum(s["counts"]) for s in series)
    busiest = max(table, key=lambda r: int(r[-1]))
    by_outlet = "; ".join(
        f"{bin_label(b)}: " + ", ".join(f"{s['label']} {s['counts'][i]}" for s in series
                                        if s["counts"][i])
        for i, b in enumerate(bins) if any(s["counts"][i] for s in series))
    no_date = sum(undated.values())
    if no_date:
        table.append(("no date", *(str(undated.get(oid, 0)) for oid in dated), str(no_date)))
    when = bin_label(first) if first == last else f"{_day(first)} to {_day(last)}"
    extra = f"; {_plural(no_date, 'article')} without a date not shown" if no_date else ""
    alt = (f"Stacked bars of articles per outlet and {unit} (UTC), {_plural(total, 'article')} "
           f"from {when}: {by_outlet}; the busiest {unit} is {busiest[0]} with "
           f"{busiest[-1]}{extra}.")
    data = {"unit": unit, "bins": [b.isoformat() for b in bins], "series": series,
            "subtitle": f"{_plural(total, 'article')} from {_plural(len(series), 'outlet')}, "
                        f"by {unit} of publication (UTC){extra}."}
    return make_spec(f"{CHARTS_DIR}/articles.svg", "articles", f"Articles per {unit} and outlet",
                 alt, ("Day" if unit == "day" else unit.title(), *(names[o] for o in dated),
                       "Total"), table, data)


def chart_specs(analysis: Analysis) -> list[ChartSpec]:
    """Every chart of the briefing, undrawn (cheap; imports no plotting library)."""
    colours = _Colours(analysis)
    specs: list[ChartSpec | None] = [_figure_spec(fa, analysis, colours)
                                     for fa in analysis.figures]
    specs.append(_timeline_spec(analysis))
    specs.append(_coverage_spec(analysis))
    specs.extend(_terms_spec(use, analysis) for use in analysis.variants)
    specs.append(_articles_spec(analysis, colours))
    return [s for s in specs if s is not None]
