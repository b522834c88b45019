"""A sentence that opens on a month with no day and no year looks back on another time: a
report tells its own event by its days (figures round 20, fresh bus-crash pages: an earlier
crash recalled by its month, with its toll). A day of the event's own in the sentence keeps
its numbers, and so does a month with its day. Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans
from generator.text.written_dates import opens_on_month


def _found(text: str, lang: str) -> list[float]:
    return [f.value for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("En mars dernier, un autre car avait fait 17 victimes près de Varno. Le 3 mai, 12 "
     "personnes sont mortes à Varno.", "fr", [12]),
    ("En avril, une crue avait fait 14 morts à Varno. Ce lundi, 30 personnes sont mortes à "
     "Varno.", "fr", [30]),
    ("Last March, a storm killed 12 people in Varno. May 12 saw 40 people die there.", "en",
     [40]),
    ("El pasado mayo, otra riada dejó 14 muertos en Varno. El lunes murieron 20 personas.", "es",
     [20]),
    ("In maart kwamen bij een brand al 26 mensen om. Op maandag stierven 30 mensen in Varno.",
     "nl", [30]),
    # a day of the event's own in the sentence keeps its toll
    ("Im Juni starben 14 Menschen. Im Juni sind am Montag 30 Menschen in Varno gestorben.", "de",
     [30]),
])
def test_a_toll_after_a_month_alone_is_another_time(text, lang, expected):
    assert opens_on_month(text, lang)
    assert _found(text, lang) == expected
