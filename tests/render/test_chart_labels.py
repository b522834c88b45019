"""The values of a running chart's reports never cover each other: reports of one day sit a few
points apart, and a fixed offset wrote their values over each other. Invented reports."""

from __future__ import annotations

import itertools

import pytest

from generator.render.charts.drawing_running import draw_progression

REPORTS = [  # outlet, time (UTC), value, timed
    (0, "2031-03-02T12:00", 40, False), (1, "2031-03-02T12:00", 44, False),
    (2, "2031-03-02T12:00", 61, False), (3, "2031-03-02T13:00", 42, True),
    (4, "2031-03-02T12:00", 44, False), (5, "2031-03-03T08:00", 60, True),
    (0, "2031-03-03T09:00", 63, True), (1, "2031-03-03T09:30", 64, True),
    (2, "2031-03-04T12:00", 125, False), (3, "2031-03-04T12:00", 127, False),
    (4, "2031-03-04T14:00", 130, True), (5, "2031-03-09T10:00", 152, True),
]


@pytest.fixture(scope="module")
def labels():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Annotation

    points = [{"t": t, "timed": timed, "value": v, "high": v, "lo": v, "hi": v, "approx": "",
               "outlet": f"o{o}", "label": f"Outlet {o}", "colour": ["#0072B2"], "copy": False,
               "flagged": False, "text": f"at least {v}" if v > 100 else str(v)}
              for o, t, v, timed in REPORTS]
    fig = draw_progression({"title": "Deaths", "data": {
        "points": points, "unit": "people", "subtitle": "", "outlets": []}})
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    return [(a.get_text(), a.get_window_extent(renderer))
            for a in fig.axes[0].texts if isinstance(a, Annotation) and a.get_text()]


def test_no_two_values_overlap(labels):
    for (text_a, a), (text_b, b) in itertools.combinations(labels, 2):
        assert not a.overlaps(b), f"{text_a!r} covers {text_b!r}"


def test_one_value_at_one_spot_is_written_once(labels):
    texts = [text for text, _box in labels]
    assert texts.count("44") == 1  # two outlets, one value, one time
    assert sorted(set(texts)) == sorted({"at least 125", "at least 127", "at least 130",
                                         "at least 152", "40", "42", "44", "60", "61", "63",
                                         "64"})
