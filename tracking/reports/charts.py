"""Small server-rendered SVG charts for the reports: no JavaScript and nothing fetched from elsewhere, so they work
inside closed networks and print as they show.

Both functions return a `SafeString` of one ``<svg>`` element that scales to its container's width (a viewBox and
``width="100%"``). Every piece of text that comes from outside (titles, labels, units) goes through
`format_html`/`escape`, so a label such as ``<b>`` shows as typed. The chart is ``role="img"`` with a ``<title>``
and a ``<desc>`` that says what it shows in words; a page should still put a data table beside it (the same
figures, for screen readers, copying and exports), as the reports here do.

Colours come from CSS classes (``sc-chart__bar``, ``sc-chart__bar--below``, ``sc-chart__line``,
``sc-chart__point--fail``, ``sc-chart__target`` …) with inline defaults, so a page may restyle them; meaning is
never carried by colour alone: values are written on the bars and points, and the target is a dashed line, named in a
key above the plot.

    bar_chart(title="Drills per month", labels=["Sep", "Oct"], values=[2, 0], unit="", target=1)
    line_chart(title="Evacuation time", points=[("3 Sep", 110), ("8 Oct", 130)], target=120, unit="s")
"""

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

Number = int | float | Decimal

WIDTH = 560
HEIGHT = 300
MARGIN_LEFT = 48
MARGIN_RIGHT = 16
MARGIN_TOP = 28
MARGIN_BOTTOM = 56

COLOURS = {
    "bar": "#2e6dab",
    "below": "#b0b0b0",
    "line": "#2e6dab",
    "fail": "#b3261e",
    "target": "#b3261e",
    "axis": "#555555",
    "grid": "#dddddd",
    "text": "#222222",
}


def _num(value: Number) -> str:
    """A number as SVG wants it: at most two decimals, no exponent."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def format_value(value: Number | None, unit: str = "") -> str:
    """How a value is written on a chart and in its description: `1.5 h`, `120 s`, `3`; `—` for none."""
    if value is None:
        return "—"
    text = _num(value)
    return f"{text} {unit}" if unit else text


def _nice_max(highest: float) -> float:
    """A round top for the value axis at or above `highest` (1, 1.2, 1.5, 2, 2.5 … 8 × a power of ten)."""
    if highest <= 0:
        return 1.0
    power = 1.0
    while power * 10 <= highest:
        power *= 10
    while power > highest:
        power /= 10
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= highest:
            return step * power
    return 10 * power  # pragma: no cover


def _join(pieces) -> SafeString:
    """Already-safe pieces (each from format_html) as one string."""
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def _svg(*, title: str, desc: str, body: SafeString, css_class: str) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="sc-chart {}" role="img" viewBox="0 0 {} {}" width="100%" '
        'preserveAspectRatio="xMidYMid meet" font-family="sans-serif" font-size="13">'
        "<title>{}</title><desc>{}</desc>{}</svg>",
        css_class,
        WIDTH,
        HEIGHT,
        title,
        desc,
        body,
    )


def _axes(*, top: float, unit: str) -> SafeString:
    """The value axis with four grid lines from 0 to `top`."""
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    lines = []
    for step in range(5):
        value = top * step / 4
        y = MARGIN_TOP + plot_h - plot_h * step / 4
        lines.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}" aria-hidden="true">{}</text>',
                MARGIN_LEFT,
                _num(y),
                WIDTH - MARGIN_RIGHT,
                _num(y),
                COLOURS["grid"],
                MARGIN_LEFT - 6,
                _num(y + 4),
                COLOURS["axis"],
                _num(value),
            )
        )
    axis = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>',
        MARGIN_LEFT,
        MARGIN_TOP + plot_h,
        WIDTH - MARGIN_RIGHT,
        MARGIN_TOP + plot_h,
        COLOURS["axis"],
    )
    unit_label = (
        format_html('<text x="4" y="{}" fill="{}" aria-hidden="true">{}</text>', MARGIN_TOP - 4, COLOURS["axis"], unit)
        if unit
        else ""
    )
    return format_html("{}{}{}", _join(lines), axis, unit_label)


def _target_line(*, target: Number | None, top: float, unit: str) -> SafeString:
    if target is None:
        return SafeString("")
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    y = MARGIN_TOP + plot_h - plot_h * float(target) / top
    return format_html(
        '<g class="sc-chart__target"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2" '
        'stroke-dasharray="6 4"/><line x1="{}" y1="12" x2="{}" y2="12" stroke="{}" stroke-width="2" '
        'stroke-dasharray="6 4"/><text x="{}" y="16" fill="{}">{}</text></g>',
        MARGIN_LEFT,
        _num(y),
        WIDTH - MARGIN_RIGHT,
        _num(y),
        COLOURS["target"],
        WIDTH - MARGIN_RIGHT - 150,
        WIDTH - MARGIN_RIGHT - 126,
        COLOURS["target"],
        WIDTH - MARGIN_RIGHT - 120,
        COLOURS["target"],
        _("Target %(value)s") % {"value": format_value(target, unit)},
    )


def _x_label(*, x: float, label: str, many: bool) -> SafeString:
    y = HEIGHT - MARGIN_BOTTOM + 16
    if many:  # slanted so that a dozen dates fit on a phone
        return format_html(
            '<text x="{}" y="{}" text-anchor="end" fill="{}" transform="rotate(-35 {} {})">{}</text>',
            _num(x),
            y,
            COLOURS["text"],
            _num(x),
            y,
            label,
        )
    return format_html(
        '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>', _num(x), y, COLOURS["text"], label
    )


def _description(*, labels: Sequence[str], values: Sequence[Number | None], unit: str, target) -> str:
    parts = [f"{label}: {format_value(value, unit)}" for label, value in zip(labels, values, strict=True)]
    text = "; ".join(parts) if parts else _("No data.")
    if target is not None:
        text = _("%(values)s. Target: %(target)s.") % {"values": text, "target": format_value(target, unit)}
    return text


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    values: Sequence[Number | None],
    unit: str = "",
    target: Number | None = None,
) -> SafeString:
    """A vertical bar chart: one bar per label (months, topics …), its value written above it.

    `values` may hold None for "no figure" (drawn as no bar and written as —). With a `target`, a dashed line marks
    it and bars below it get the class ``sc-chart__bar--below`` (lighter), their value still written."""
    if len(labels) != len(values):
        raise ValueError("bar_chart needs one value per label")
    numbers = [float(v) for v in values if v is not None]
    top = _nice_max(max([*numbers, float(target) if target is not None else 0.0, 0.0]))
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_w / max(len(labels), 1)
    bar_w = max(min(slot * 0.7, 60), 2)
    many = len(labels) > 8
    bars = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        centre = MARGIN_LEFT + slot * index + slot / 2
        if value is not None:
            height = plot_h * float(value) / top
            below = target is not None and float(value) < float(target)
            bars.append(
                format_html(
                    '<rect class="sc-chart__bar{}" x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}</title></rect>"
                    '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>',
                    " sc-chart__bar--below" if below else "",
                    _num(centre - bar_w / 2),
                    _num(MARGIN_TOP + plot_h - height),
                    _num(bar_w),
                    _num(height),
                    COLOURS["below"] if below else COLOURS["bar"],
                    f"{label}: {format_value(value, unit)}",
                    _num(centre),
                    _num(MARGIN_TOP + plot_h - height - 4),
                    COLOURS["text"],
                    format_value(value),
                )
            )
        else:
            bars.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" fill="{}">—</text>',
                    _num(centre),
                    _num(MARGIN_TOP + plot_h - 4),
                    COLOURS["axis"],
                )
            )
        bars.append(_x_label(x=centre, label=label, many=many))
    body = format_html(
        "{}{}{}",
        _axes(top=top, unit=unit),
        _join(bars),
        _target_line(target=target, top=top, unit=unit),
    )
    desc = _description(labels=labels, values=values, unit=unit, target=target)
    return _svg(title=title, desc=desc, body=body, css_class="sc-chart--bar")


def line_chart(
    *,
    title: str,
    points: Sequence[tuple[str, Number | None]],
    target: Number | None = None,
    unit: str = "",
) -> SafeString:
    """A line through `points` (label, value) in order, e.g. one per drill or per month.

    A None value leaves a gap in the line (written as —). With a `target` (an upper limit, such as a drill's time),
    points above it are drawn as a larger red square with the class ``sc-chart__point--fail`` instead of a circle,
    so a reader without colour still tells them apart; every value is written beside its point."""
    labels = [str(label) for label, _value in points]
    values = [value for _label, value in points]
    numbers = [float(v) for v in values if v is not None]
    top = _nice_max(max([*numbers, float(target) if target is not None else 0.0, 0.0]) * 1.1)
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_w / max(len(points), 1)
    many = len(points) > 8

    def position(index: int, value: Number) -> tuple[float, float]:
        return MARGIN_LEFT + slot * index + slot / 2, MARGIN_TOP + plot_h - plot_h * float(value) / top

    segments: list[list[tuple[float, float]]] = [[]]
    marks = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        centre = MARGIN_LEFT + slot * index + slot / 2
        marks.append(_x_label(x=centre, label=label, many=many))
        if value is None:
            if segments[-1]:
                segments.append([])
            marks.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" fill="{}">—</text>',
                    _num(centre),
                    _num(MARGIN_TOP + plot_h - 4),
                    COLOURS["axis"],
                )
            )
            continue
        x, y = position(index, value)
        segments[-1].append((x, y))
        over = target is not None and float(value) > float(target)
        tooltip = f"{label}: {format_value(value, unit)}"
        if over:
            marks.append(
                format_html(
                    '<rect class="sc-chart__point sc-chart__point--fail" x="{}" y="{}" width="10" height="10" '
                    'fill="{}"><title>{}</title></rect>',
                    _num(x - 5),
                    _num(y - 5),
                    COLOURS["fail"],
                    tooltip,
                )
            )
        else:
            marks.append(
                format_html(
                    '<circle class="sc-chart__point" cx="{}" cy="{}" r="4" fill="{}"><title>{}</title></circle>',
                    _num(x),
                    _num(y),
                    COLOURS["line"],
                    tooltip,
                )
            )
        marks.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>',
                _num(x),
                _num(y - 9),
                COLOURS["text"],
                format_value(value),
            )
        )
    lines = format_html_join(
        "",
        '<polyline class="sc-chart__line" points="{}" fill="none" stroke="{}" stroke-width="2"/>',
        (
            (" ".join(f"{_num(x)},{_num(y)}" for x, y in segment), COLOURS["line"])
            for segment in segments
            if len(segment) > 1
        ),
    )
    body = format_html(
        "{}{}{}{}",
        _axes(top=top, unit=unit),
        _target_line(target=target, top=top, unit=unit),
        lines,
        _join(marks),
    )
    desc = _description(labels=labels, values=values, unit=unit, target=target)
    return _svg(title=title, desc=desc, body=body, css_class="sc-chart--line")
