"""An indicator's progress as an SVG chart drawn on the server: no script, nothing loaded from
elsewhere, readable by screen readers (``role="img"`` with a title and a description; the
template adds the same numbers as a table).

The chart shows the baseline (dashed line), the planned path to the target (dotted line ending
in a diamond) and the measurements (solid line with dots): shapes and patterns tell them apart,
not only colours."""

from __future__ import annotations

import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from .selectors import IndicatorProgress

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 20, 40
MAX_YEAR_TICKS = 8  # more years than this: every second (third…) year is labelled


def _number(value: Decimal) -> str:
    """A value in the current language's number format, without trailing zeros."""
    value = Decimal(value)
    if value == 0:
        value = Decimal(0)  # never "-0"
    places = (
        0 if value == value.to_integral_value() else min(4, -value.normalize().as_tuple().exponent)
    )
    return formats.number_format(value, places, use_l10n=True)


def _value_ticks(low: Decimal, high: Decimal) -> tuple[Decimal, Decimal, list[Decimal]]:
    """Round values for the value axis (a step of 1, 2 or 5 times a power of ten, about four
    steps from ``low`` to ``high``), and the axis' ends widened to the nearest ticks: every
    label says exactly where its grid line is."""
    raw = (high - low) / 4
    magnitude = Decimal(1).scaleb(raw.adjusted())
    step = next(magnitude * factor for factor in (1, 2, 5, 10) if magnitude * factor >= raw)
    first = (low / step).to_integral_value(rounding=ROUND_FLOOR) * step
    last = (high / step).to_integral_value(rounding=ROUND_CEILING) * step
    ticks = []
    tick = first
    while tick <= last:
        ticks.append(tick)
        tick += step
    return first, last, ticks


def _day(value: datetime.date) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def chart_description(progress: IndicatorProgress) -> str:
    """The chart in words (its accessible description)."""
    indicator = progress.indicator
    unit = indicator.unit
    parts = [
        _("Baseline %(value)s %(unit)s on %(date)s.")
        % {"value": _number(indicator.baseline), "unit": unit, "date": _day(indicator.baseline_on)},
        _("Target %(value)s %(unit)s by %(date)s.")
        % {"value": _number(indicator.target), "unit": unit, "date": _day(indicator.target_on)},
    ]
    latest = progress.latest
    if latest is None:
        parts.append(_("No measurement yet."))
    else:
        parts.append(
            _("Latest measurement %(value)s %(unit)s on %(date)s.")
            % {"value": _number(latest.value), "unit": unit, "date": _day(latest.measured_on)}
        )
        if progress.percent_of_target is not None:
            parts.append(
                _("%(percent)s%% of the way from the baseline to the target.")
                % {"percent": progress.percent_of_target}
            )
    return " ".join(parts)


def indicator_chart(progress: IndicatorProgress, *, chart_id: str) -> SafeString:
    indicator = progress.indicator
    points = [(m.measured_on, m.value) for m in progress.measurements]
    first_day = min([indicator.baseline_on, *(day for day, _v in points)])
    last_day = max([indicator.target_on, *(day for day, _v in points)])
    span_days = max((last_day - first_day).days, 1)
    values = [indicator.baseline, indicator.target, *(value for _d, value in points)]
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    padding = (high - low) / 10
    low, high = low - padding, high + padding
    if min(values) >= 0 and low < 0:
        low = Decimal(0)
    low, high, y_ticks = _value_ticks(low, high)

    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM

    def x(day: datetime.date) -> float:
        return round(LEFT + plot_width * (day - first_day).days / span_days, 1)

    def y(value: Decimal) -> float:
        return round(TOP + plot_height * float((high - value) / (high - low)), 1)

    years = list(
        range(first_day.year + (first_day.month > 1 or first_day.day > 1), last_day.year + 1)
    )
    years = years[:: -(-len(years) // MAX_YEAR_TICKS)] if years else years
    if years:
        x_ticks = [(x(datetime.date(year, 1, 1)), "middle", year) for year in years]
    else:  # less than a year, no new year's day inside: the first and the last day
        x_ticks = [(x(first_day), "start", _day(first_day)), (x(last_day), "end", _day(last_day))]

    grid = format_html_join(
        "",
        '<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
        '<text class="tick value-tick" x="{}" y="{}" text-anchor="end">{}</text>',
        (
            (LEFT, WIDTH - RIGHT, y(tick), y(tick), LEFT - 6, y(tick) + 4, _number(tick))
            for tick in y_ticks
        ),
    )
    axis = format_html_join(
        "",
        '<text class="tick day-tick" x="{}" y="{}" text-anchor="{}">{}</text>',
        ((position, HEIGHT - BOTTOM + 18, anchor, label) for position, anchor, label in x_ticks),
    )
    baseline = format_html(
        '<line class="baseline" x1="{}" x2="{}" y1="{}" y2="{}"/>'
        '<text class="label" x="{}" y="{}">{}</text>',
        x(first_day),
        WIDTH - RIGHT,
        y(indicator.baseline),
        y(indicator.baseline),
        LEFT + 4,
        y(indicator.baseline) - 6,
        _("Baseline"),
    )
    tx, ty = x(indicator.target_on), y(indicator.target)
    # The target's label on the side the lines do not come from: below the diamond when the
    # values should fall, above it when they should rise (the axis' padding leaves room).
    label_y = ty - 12 if indicator.higher_is_better else ty + 20
    target = format_html(
        '<line class="plan" x1="{}" y1="{}" x2="{}" y2="{}"/>'
        '<path class="target" d="M{} {}l7 7l-7 7l-7 -7z"/>'
        '<text class="label" x="{}" y="{}" text-anchor="end">{}</text>',
        x(indicator.baseline_on),
        y(indicator.baseline),
        tx,
        ty,
        tx,
        ty - 7,
        tx - 10,
        label_y,
        _("Target"),
    )
    measured = SafeString("")
    if points:
        line = " ".join(f"{x(day)},{y(value)}" for day, value in points)
        measured = format_html(
            '<polyline class="measured" points="{}"/>{}',
            line,
            format_html_join(
                "",
                '<circle class="point" cx="{}" cy="{}" r="4"/>',
                ((x(day), y(value)) for day, value in points),
            ),
        )
    return format_html(
        '<svg class="indicator-chart" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-title {}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>'
        "{}{}{}{}{}</svg>",
        WIDTH,
        HEIGHT,
        chart_id,
        chart_id,
        chart_id,
        f"{indicator.name} ({indicator.unit})",
        chart_id,
        chart_description(progress),
        grid,
        axis,
        baseline,
        target,
        measured,
    )
