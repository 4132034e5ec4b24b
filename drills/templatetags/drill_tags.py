from django import template

from drills.blocks import FilledBy
from drills.validation import format_offset

register = template.Library()


@register.filter
def offset(seconds) -> str:
    """Seconds after the alarm as minutes:seconds."""
    return format_offset(int(seconds or 0))


@register.filter
def filled_by_label(code: str) -> str:
    return FilledBy.label(code)
