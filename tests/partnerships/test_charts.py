"""The indicator chart: an SVG drawn on the server that screen readers can read (role, title,
description with the numbers), in the reader's number format, with nothing to run or fetch,
whatever the data (none yet, flat, late, negative)."""

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.utils import translation

from partnerships.charts import BOTTOM, HEIGHT, RIGHT, TOP, WIDTH, indicator_chart
from partnerships.models import Indicator, Measurement
from partnerships.selectors import IndicatorProgress

SVG = "{http://www.w3.org/2000/svg}"
D = datetime.date


BASELINE_ON, TARGET_ON = D(2024, 1, 15), D(2026, 6, 30)


def _progress(baseline="30", target="15", measurements=(), *, name="Non-revenue water",
              unit="%", baseline_on=BASELINE_ON, target_on=TARGET_ON):
    indicator = Indicator(
        pk=7, name_en=name, unit_en=unit, baseline=Decimal(baseline), baseline_on=baseline_on,
        target=Decimal(target), target_on=target_on,
    )
    return IndicatorProgress(
        indicator,
        [Measurement(measured_on=day, value=Decimal(value)) for day, value in measurements],
    )


def _chart(progress, language="en"):
    with translation.override(language):
        svg = str(indicator_chart(progress, chart_id="chart-7"))
    return svg, ET.fromstring(svg)


def _text(root, tag):
    return root.find(f"{SVG}{tag}").text


def _coordinates(root):
    """Every x and y the chart draws at."""
    xs, ys = [], []
    for element in root.iter():
        for name, value in element.attrib.items():
            if name in ("x", "x1", "x2", "cx"):
                xs.append(float(value))
            elif name in ("y", "y1", "y2", "cy"):
                ys.append(float(value))
            elif name == "points":
                for pair in value.split():
                    x, y = pair.split(",")
                    xs.append(float(x))
                    ys.append(float(y))
            elif name == "d":
                numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", value)]
                xs.append(numbers[0])
                ys.append(numbers[1])
    return xs, ys


def _inside(root):
    xs, ys = _coordinates(root)
    assert all(0 <= x <= WIDTH for x in xs), xs
    assert all(0 <= y <= HEIGHT for y in ys), ys
    return xs, ys


def _plotted(root, css_class):
    return [e for e in root.iter() if css_class in (e.get("class") or "").split()]


def test_chart_is_an_accessible_image_with_the_numbers_in_words():
    progress = _progress(measurements=[(D(2024, 9, 1), "27"), (D(2025, 3, 1), "25.5")])
    svg, root = _chart(progress)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-7-title chart-7-desc"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title.get("id") == "chart-7-title" and desc.get("id") == "chart-7-desc"
    assert title.text == "Non-revenue water (%)"
    assert "Baseline 30 %" in desc.text
    assert "Target 15 %" in desc.text
    assert "Latest measurement 25.5 %" in desc.text
    assert "30% of the way from the baseline to the target" in desc.text
    assert len(_plotted(root, "point")) == 2
    assert len(_plotted(root, "measured")) == 1
    _inside(root)


def test_chart_without_measurements():
    svg, root = _chart(_progress())
    desc = _text(root, "desc")
    assert "No measurement yet." in desc
    assert "Baseline 30 %" in desc and "Target 15 %" in desc
    assert not _plotted(root, "point") and not _plotted(root, "measured")
    assert _plotted(root, "baseline") and _plotted(root, "target")
    _inside(root)


def test_chart_with_baseline_equal_to_target():
    progress = _progress("20", "20", [(D(2025, 1, 1), "20")])
    assert progress.percent_of_target is None
    svg, root = _chart(progress)
    desc = _text(root, "desc")
    assert "Baseline 20 %" in desc and "Target 20 %" in desc
    assert "Latest measurement 20 %" in desc
    assert "of the way" not in desc
    assert "nan" not in svg.lower() and "inf" not in svg.lower()
    _inside(root)
    # Zero everywhere too.
    _inside(_chart(_progress("0", "0"))[1])


def test_chart_with_a_measurement_after_the_target_date():
    late = D(2027, 3, 1)
    progress = _progress(measurements=[(D(2025, 1, 1), "22"), (late, "14")])
    svg, root = _chart(progress)
    xs, _ys = _inside(root)
    points = _plotted(root, "point")
    assert float(points[-1].get("cx")) == pytest.approx(WIDTH - RIGHT)
    assert float(points[0].get("cx")) < float(points[-1].get("cx"))
    assert "Latest measurement 14 %" in _text(root, "desc")
    assert "107% of the way" in _text(root, "desc")


def test_chart_with_negative_values():
    progress = _progress("-5", "-20", [(D(2025, 1, 1), "-12.5")], unit="°C")
    svg, root = _chart(progress)
    desc = _text(root, "desc")
    assert "Baseline -5 °C" in desc and "Target -20 °C" in desc
    assert "Latest measurement -12.5 °C" in desc
    _xs, ys = _inside(root)
    point = _plotted(root, "point")[0]
    baseline_y = float(_plotted(root, "baseline")[0].get("y1"))
    # Lower values lower on the chart.
    assert TOP <= baseline_y < float(point.get("cy")) <= HEIGHT - BOTTOM
    # Crossing zero.
    _inside(_chart(_progress("-3", "4", [(D(2025, 1, 1), "1")]))[1])


@pytest.mark.parametrize(
    "language, expected", [("sk", "12,5"), ("es", "12,5"), ("zh-hans", "12.5"), ("en", "12.5")]
)
def test_values_are_in_the_readers_number_format(language, expected):
    progress = _progress("12.5", "30.25", [(D(2025, 1, 1), "20.75")])
    svg, root = _chart(progress, language)
    desc = _text(root, "desc")
    assert expected in desc
    decimal = expected[2]
    assert f"30{decimal}25" in desc and f"20{decimal}75" in desc
    if decimal == ",":
        assert "12.5" not in desc


def test_slovak_description_is_slovak():
    with translation.override("sk"):
        from django.utils.translation import gettext

        baseline = gettext("Baseline %(value)s %(unit)s on %(date)s.")
    svg, root = _chart(_progress("12.5", "20"), "sk")
    assert baseline.split("%")[0] in _text(root, "desc")


def test_nothing_runs_and_nothing_is_fetched():
    progress = _progress(
        measurements=[(D(2025, 1, 1), "25")], name='<script>alert("x")</script>', unit="<b>"
    )
    svg, root = _chart(progress)
    lowered = svg.lower()
    assert "<script" not in lowered
    assert "&lt;script&gt;" in svg  # the name is text, not markup
    assert "href" not in lowered and "url(" not in lowered and "style=" not in lowered
    assert not [name for e in root.iter() for name in e.attrib if name.lower().startswith("on")]
    assert re.findall(r"https?://[^\"]+", svg) == ["http://www.w3.org/2000/svg"]
    assert not any(e.tag.endswith(("script", "image", "use", "foreignObject"))
                   for e in root.iter())


def test_axis_labels_stay_few_and_distinct():
    # Thirty years: no more than a handful of year labels.
    progress = _progress(baseline_on=D(1995, 1, 1), target_on=D(2025, 1, 1))
    _svg, root = _chart(progress)
    years = [e.text for e in _plotted(root, "day-tick")]
    assert 2 <= len(years) <= 9, years
    # Less than a year without a new year's day: the first and the last day.
    _svg, root = _chart(_progress(baseline_on=D(2025, 2, 1), target_on=D(2025, 11, 30)))
    assert len(_plotted(root, "day-tick")) == 2
    _inside(root)


@pytest.mark.parametrize(
    "baseline, target, measured",
    [("0.1", "0.15", "0.12"), ("30", "15", "25.5"), ("0", "0", "0"), ("-0.3", "-0.2", "-0.25"),
     ("999999999999", "0", "5"), ("10.01", "10.02", "10.01")],
)
def test_value_labels_are_round_distinct_and_on_their_lines(baseline, target, measured):
    progress = _progress(baseline, target, [(D(2025, 1, 1), measured)])
    _svg, root = _chart(progress)
    labels = [e.text for e in _plotted(root, "value-tick")]
    assert 3 <= len(labels) <= 7 and len(set(labels)) == len(labels), labels
    assert not any(label.startswith("-0") and label.strip("-0,.") == "" for label in labels)
    lines = [float(e.get("y1")) for e in _plotted(root, "grid")]
    assert lines == sorted(lines, reverse=True)  # from the lowest value up
    assert lines[0] == HEIGHT - BOTTOM and lines[-1] == TOP  # the axis ends on ticks
    _inside(root)


@pytest.mark.parametrize("baseline, target", [("30", "15"), ("15", "30"), ("0", "0")])
def test_target_label_stays_clear_of_the_lines(baseline, target):
    """The lines come to the target from the baseline's side: its label is on the other."""
    progress = _progress(baseline, target, [(D(2026, 6, 1), str((int(baseline) + int(target)) / 2))])
    _svg, root = _chart(progress)
    diamond_top = float(re.findall(r"-?\d+(?:\.\d+)?", _plotted(root, "target")[0].get("d"))[1])
    diamond_y = diamond_top + 7
    label = [e for e in _plotted(root, "label") if e.get("text-anchor") == "end"][0]
    label_y = float(label.get("y"))
    if Decimal(target) < Decimal(baseline):
        assert label_y - 12 > diamond_y  # the text (12 px high) below the diamond's centre
    else:
        assert label_y < diamond_y - 7
    assert 12 <= label_y <= HEIGHT - BOTTOM + 4
