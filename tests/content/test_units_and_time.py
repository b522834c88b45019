"""Units (pint), "about" by the precision written, figure keys, and dates with a time of day."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from generator.content.figure_value import FigureValue, Tolerance, agreement, report_value
from generator.content.schema import Event, Figure
from generator.content.units import COUNT, MEASURE, SCALE, unit
from generator.site.pipeline import generate
from generator.text.dates import moment_text, parse_fuzzy_date

CYCLONE = Path(__file__).parents[1] / "fixtures" / "cyclone"


# --- units ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "key", "kind"), [
    ("miles", "mile", MEASURE), ("km", "kilometer", MEASURE), ("kilometres", "kilometer", MEASURE),
    ("feet", "foot", MEASURE), ("metres", "meter", MEASURE), ("km/h", "kilometer / hour", MEASURE),
    ("kph", "kilometer / hour", MEASURE), ("knots", "knot", MEASURE), ("tonnes", "metric_ton",
                                                                        MEASURE),
    ("percent", "percent", MEASURE), ("%", "percent", MEASURE), ("hPa", "hectopascal", MEASURE),
    ("MW", "megawatt", MEASURE), ("magnitude", "magnitude", SCALE), ("Mw", "magnitude", SCALE),
    ("usd", "usd", SCALE), ("$", "usd", SCALE), ("fighters", "fighters", COUNT),
    ("people", "people", COUNT), ("points", "points", COUNT),
])
def test_units_resolve(written, key, kind):
    found = unit(written)
    assert (found.key, found.kind) == (key, kind)


def test_units_convert_within_a_kind_only():
    assert unit("miles").factor_to(unit("km")) == pytest.approx(1.609344)
    assert unit("knots").factor_to(unit("km/h")) == pytest.approx(1.852)
    assert unit("fighters").convertible(unit("militants"))
    assert not unit("magnitude").convertible(unit("km"))
    assert not unit("usd").convertible(unit("eur"))
    assert not unit("degC").convertible(unit("degF"))  # an offset, not a factor
    with pytest.raises(ValueError, match="cannot be converted"):
        unit("km").factor_to(unit("people"))
    assert unit("") is None and unit(None) is None


# --- "about" and conversions ------------------------------------------------------------------

def test_about_reaches_as_far_as_the_precision_written():
    assert FigureValue(300, "about").interval() == pytest.approx((285, 315))
    assert FigureValue(6.4, "about").interval() == pytest.approx((6.35, 6.45))
    assert FigureValue(6, "about").interval() == pytest.approx((5.5, 6.5))
    assert FigureValue(300.0, "about").interval() == pytest.approx((299.95, 300.05))
    assert FigureValue((300, 400), "about").interval() == pytest.approx((285, 420))


def test_a_figure_may_set_its_own_tolerance():
    assert FigureValue(300, "about", tolerance=Tolerance(relative=0.1)).interval() == \
        pytest.approx((270, 330))
    # absolute, in the figure's unit (km), for a report in miles
    miles = FigureValue(6, "about", factor=1.609344, tolerance=Tolerance(absolute=1.0))
    assert miles.interval() == pytest.approx((9.656 - 1, 9.656 + 1), abs=1e-3)


def test_reports_in_other_units_are_compared_and_shown_converted():
    km = unit("km")
    six_miles = report_value(6, None, "miles", km)
    assert six_miles.converted_text() == "9.7" and six_miles.text() == "6"
    assert agreement([report_value(9.7, "about", "", km), six_miles]) == "consistent"
    assert agreement([report_value(10, None, "", km), six_miles]) == "disagree"
    assert agreement([report_value(6, None, "miles", km), six_miles]) == "agree"


def test_figure_keys_are_validated():
    report = {"article": "a", "quote": "q", "value": 3}
    figure = Figure.model_validate({"id": "f", "label": "Deaths", "kind": "Running",
                                    "tolerance": "10%", "terms": ["killed"],
                                    "reports": [{**report, "as_of": "2023-11-04T17:00+06:00",
                                                 "correction": True, "unit": "people"}]})
    assert figure.kind == "running" and figure.tolerance == Tolerance(relative=0.1)
    assert figure.reports[0].as_of == datetime(2023, 11, 4, 11, tzinfo=UTC)
    for bad, message in (({"kind": "rolling"}, "'fixed' or 'running'"),
                         ({"tolerance": "lots"}, "is not a tolerance"),
                         ({"reports": [{**report, "as_of": "2023-11-04T17:00"}]},
                          "is not a moment with its zone")):
        with pytest.raises(ValidationError, match=message):
            Figure.model_validate({"id": "f", "label": "x", "reports": [report], **bad})


# --- dates with a time of day -----------------------------------------------------------------

def test_a_moment_needs_its_zone():
    with pytest.raises(ValueError, match="has a time but no time zone"):
        parse_fuzzy_date("2023-11-04T02:30")
    with pytest.raises(ValueError, match=r"hour must be in 0\.\.23"):
        parse_fuzzy_date("2023-11-04T25:00+06:00")
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_fuzzy_date("2023-11-04T14:00+06:00/2023-11-04T10:00+06:00")


def test_local_time_and_utc_when_they_fall_on_different_days():
    landfall = parse_fuzzy_date("2023-11-04T02:30+06:00")
    assert landfall.first.isoformat() == "2023-11-04"  # the day on the event's own clock
    assert landfall.display() == ("4 Nov 2023, 02:30 local time (UTC+06:00); "
                                  "3 Nov 2023, 20:30 UTC")
    assert landfall.heading() == "4 Nov 2023, 02:30 (3 Nov, 20:30 UTC)"
    assert landfall.precision_label() == "time of day" and landfall.iso() == \
        "2023-11-04T02:30+06:00"
    same_day = parse_fuzzy_date("2023-11-04T14:00+06:00")
    assert same_day.display() == "4 Nov 2023, 14:00 (UTC+06:00)"
    assert parse_fuzzy_date("2023-11-04T14:00Z").display() == "4 Nov 2023, 14:00 UTC"
    assert moment_text(datetime(2023, 11, 4).date()) == "4 Nov 2023"  # no invented 00:00


def test_events_sort_by_time_within_their_day():
    dates = [parse_fuzzy_date(t) for t in ("2023-11-04T20:00+06:00", "2023-11-04",
                                           "2023-11-04T02:30+06:00", "2023-11-03T18:00+06:00")]
    order = sorted(dates, key=lambda d: d.sort_key())
    assert [d.iso() for d in order] == ["2023-11-03T18:00+06:00", "2023-11-04",
                                        "2023-11-04T02:30+06:00", "2023-11-04T20:00+06:00"]
    event = Event.model_validate({"id": "e", "title": "t", "date": "2023-11-04T02:30+06:00",
                                  "reports": [{"article": "a", "quote": "q"}]})
    assert event.date.time.hour == 2


# --- running counts: what cannot be an update --------------------------------------------------

def _cyclone(tmp_path: Path, *edits: tuple[str, str]):
    project = tmp_path / "cyclone"
    shutil.copytree(CYCLONE / "content", project / "content")
    figures = project / "content/facts/figures.yaml"
    text = figures.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    figures.write_text(text, encoding="utf-8")
    return {f.figure.id: f for f in generate(project / "content").analysis.figures}


def test_a_stated_correction_is_an_update(tmp_path):
    figures = _cyclone(tmp_path, ("        value: 22\n",
                                  "        value: 22\n        correction: true\n"))
    assert figures["missing-fishermen"].flags == []
    assert figures["missing-fishermen"].status == "single"


def test_reports_of_about_the_same_time_that_cannot_both_hold(tmp_path):
    # the wire copy carries the wire's 41: it is "of" 16:45 only when as_of says so
    edit = ("        value: 41\n        attributed_to: disaster-ministry\n"
            "        quote: \"The death toll from Cyclone Hessa rose to 41 on Saturday\"\n",
            "        value: 41\n        attributed_to: disaster-ministry\n"
            "        as_of: 2023-11-04T16:45+06:00\n"
            "        quote: \"The death toll from Cyclone Hessa rose to 41 on Saturday\"\n")
    deaths = _cyclone(tmp_path, edit)["deaths"]
    (flag,) = deaths.flags
    assert flag.kind == "same-time" and deaths.status == "conflict"
    assert {flag.earlier.text, flag.later.text} == {"41", "69"}
