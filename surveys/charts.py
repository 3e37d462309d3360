"""Horizontal bar charts drawn on the server as SVG: no script, nothing loaded from elsewhere,
readable by screen readers (``role="img"`` with a title and a description in words; the
templates add the same numbers as a table). A marker (a dark diamond on a line) shows a
comparison value such as the peers' median: shape, not colour, tells it apart."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW_GAP = 14
LEFT, RIGHT, TOP = 8, 64, 8
AXIS = 18  # the scale's labels under the bars


@dataclass
class Bar:
    label: str
    value: Decimal | int | None
    marker: Decimal | int | None = None


def _number(value) -> str:
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 1
    return formats.number_format(value, places, use_l10n=True)


def shown(value, unit: str) -> str:
    """A value as the reader writes it: "70%" in English, "70 %" in Slovak."""
    if unit == "%":
        return _("%(number)s%%") % {"number": _number(value)}
    return _number(value)


def bar_chart(
    *,
    bars: list[Bar],
    chart_id: str,
    title: str,
    description: str,
    maximum: int = 100,
    unit: str = "%",
    marker_label: str = "",
) -> SafeString:
    """Bars from 0 to ``maximum``, one per row with its label above it and its value after
    it; a bar without a value says "no answer"."""
    row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    legend = 22 if marker_label and any(b.marker is not None for b in bars) else 0
    height = TOP + row * len(bars) + AXIS + legend
    span = WIDTH - LEFT - RIGHT

    def x(value) -> float:
        return LEFT + span * min(max(float(value), 0.0), float(maximum)) / maximum

    parts = [
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-grid"/>',
            x(tick),
            TOP,
            x(tick),
            TOP + row * len(bars) - ROW_GAP,
        )
        for tick in (0, maximum / 2, maximum)
    ]
    for index, bar in enumerate(bars):
        top = TOP + index * row
        parts.append(
            format_html(
                '<text x="{}" y="{}" class="chart-label">{}</text>', LEFT, top + 13, bar.label
            )
        )
        bar_top = top + LABEL_HEIGHT
        if bar.value is None:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" class="chart-value">{}</text>',
                    LEFT,
                    bar_top + 12,
                    _("no answer"),
                )
            )
        else:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"/>'
                    '<text x="{}" y="{}" class="chart-value">{}</text>',
                    LEFT,
                    bar_top,
                    max(x(bar.value) - LEFT, 1),
                    BAR_HEIGHT,
                    WIDTH - RIGHT + 10,
                    bar_top + 12,
                    shown(bar.value, unit),
                )
            )
        if bar.marker is not None:
            mx, my = x(bar.marker), bar_top + BAR_HEIGHT / 2
            parts.append(
                format_html(
                    '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-marker-line"/>'
                    '<path d="M{} {} l6 6 l-6 6 l-6 -6 z" class="chart-marker"/>',
                    mx,
                    bar_top - 3,
                    mx,
                    bar_top + BAR_HEIGHT + 3,
                    mx,
                    my - 6,
                )
            )
    bottom = TOP + row * len(bars) - ROW_GAP
    parts.extend(
        format_html(
            '<text x="{}" y="{}" class="chart-tick" text-anchor="middle">{}</text>',
            x(tick),
            bottom + 14,
            shown(tick, unit),
        )
        for tick in (0, maximum // 2, maximum)
    )
    if legend:
        ly = TOP + row * len(bars) + AXIS + 4
        parts.append(
            format_html(
                '<path d="M{} {} l6 6 l-6 6 l-6 -6 z" class="chart-marker"/>'
                '<text x="{}" y="{}" class="chart-label">{}</text>',
                LEFT + 6,
                ly,
                LEFT + 18,
                ly + 11,
                marker_label,
            )
        )
    return format_html(
        '<svg class="chart chart-bars" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-title {}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        SafeString("".join(parts)),  # every part built by format_html above
    )


def describe(bars: list[Bar], *, unit: str = "%", marker_name: str = "") -> str:
    """The chart in words, one clause per bar."""
    clauses = []
    for bar in bars:
        if bar.value is None:
            clauses.append(_("%(label)s: no answer") % {"label": bar.label})
        elif bar.marker is not None and marker_name:
            clauses.append(
                _("%(label)s: %(value)s (%(marker_name)s: %(marker)s)")
                % {
                    "label": bar.label,
                    "value": shown(bar.value, unit),
                    "marker_name": marker_name,
                    "marker": shown(bar.marker, unit),
                }
            )
        else:
            clauses.append(
                _("%(label)s: %(value)s") % {"label": bar.label, "value": shown(bar.value, unit)}
            )
    return "; ".join(clauses) + "."
