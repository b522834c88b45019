"""How every chart looks: colours, card, sizes, matplotlib settings.

Every chart is drawn on its own opaque, rounded white card with dark text, so it reads the same
in Material's light and dark themes (an ``<img>`` cannot inherit the page's colours). Colours
come from the Okabe–Ito palette, which stays distinguishable with colour-blindness, and no state
is shown by colour alone (symbols in the coverage cells, text beside every mark). Changing the
look means bumping :data:`STYLE_VERSION`, which is part of every chart's cache key.
"""

from __future__ import annotations

#: Bump when the drawing code changes in a way that changes the output (invalidates caches).
STYLE_VERSION = 9
CHARTS_DIR = "charts"

# Okabe & Ito (2008), "Color Universal Design": safe for the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
#: Series colours in order of use (yellow late: weakest contrast on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442",
           "#000000")
#: Series beyond the palette repeat its colours with these hatches.
HATCHES = ("", "//", "..", "xx", "\\\\")
UNKNOWN = "#999999"
INK = "#1A1A1A"
MUTED = "#4D4D4D"
GRID = "#D9D9D9"
CARD = "#FFFFFF"
CARD_EDGE = "#C8C8C8"

STATE_STYLE = {  # coverage: fill, symbol, legend text
    "reports": ("#56B4E9", "✓", "cited"),
    "disagrees": ("#E69F00", "≠", "cited, contradicted"),
    "mentions": ("#D6ECF8", "○", "states it, not yet cited"),
    "excerpt": ("#F7F0DC", "…", "excerpt cut before it could say"),
    "silent": ("#F0F0F0", "–", "silent"),
    "unchecked": ("#FFFFFF", "?", "not looked for: known only when cited"),
}

WIDTH = 8.0  # inches

#: Fonts for text in other scripts, after DejaVu Sans: the SVG names them in this order, so the
#: browser and the PDF draw Nepali, Arabic, Korean, Japanese and Chinese labels with them; the
#: Devanagari and Arabic ones ship with Briefing (generator/fonts, registered with matplotlib by
#: drawing.py), the CJK ones come from the system (Debian's fonts-noto-cjk, see scripts/setup).
SCRIPT_FONTS = ["Noto Serif Devanagari", "Noto Naskh Arabic", "Noto Sans CJK KR",
                "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC"]

RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "briefing-charts",
    "font.family": ["DejaVu Sans", *SCRIPT_FONTS, "sans-serif"],
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "text.parse_math": False,
    "text.usetex": False,
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": "#8C8C8C",
    "axes.linewidth": 0.8,
    "axes.facecolor": CARD,
    "axes.labelsize": 10,
    "xtick.color": INK,
    "ytick.color": INK,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 10,
    "hatch.linewidth": 0.8,
    "legend.fontsize": 9.5,
    "legend.frameon": False,
    "path.simplify": True,
}

LINE = 0.17  # inches per line of 10 pt text
LEFT = 2.55  # inches for row labels
