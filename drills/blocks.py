"""Blocks of a drill script: roles, equipment, timed phases and the timeline of steps."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError

from drills.validation import empty_timeline_message, format_offset

_OFFSET_RE = re.compile(r"^\s*(-?)\s*(\d{1,5})(?:\s*[:：]\s*(\d{1,2}))?\s*$")


class FilledBy(blocks.ChoiceBlock):
    """Who usually fills a role; the choices are the posts the campus security rules name."""

    choices = [
        ("duty_guard", _("Duty guard")),
        ("security_team", _("Security team")),
        ("class_teacher", _("Class teacher")),
        ("school_leader", _("School leader")),
        ("school_doctor", _("School doctor")),
        ("police_liaison", _("Police liaison")),
        ("other", _("Other staff")),
    ]

    @classmethod
    def label(cls, code: str) -> str:
        return str(dict(cls.choices).get(code, code))


class OffsetField(forms.CharField):
    """Time after the alarm, typed as minutes:seconds (1:30) or plain seconds (90), stored as seconds."""

    default_error_messages = {
        "invalid": _("Write the time after the alarm as minutes:seconds (e.g. 1:30) or as seconds (e.g. 90)."),
    }

    def prepare_value(self, value):
        if isinstance(value, int):
            return ("-" + format_offset(-value)) if value < 0 else format_offset(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        match = _OFFSET_RE.match(value)
        if not match:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        sign, first, second = match.groups()
        if second is None:
            seconds = int(first)
        else:
            if int(second) >= 60:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            seconds = int(first) * 60 + int(second)
        return -seconds if sign else seconds


class OffsetBlock(blocks.FieldBlock):
    def __init__(self, required=True, help_text=None, **kwargs):
        self.field_options = {"required": required, "help_text": help_text}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return OffsetField(**self.field_options)

    def to_python(self, value):
        return int(value) if value is not None else None

    def get_prep_value(self, value):
        return value

    class Meta:
        icon = "time"
        default = 0


class RoleBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=60, label=_("Role"), help_text=_("Steps refer to the role by this name."))
    filled_by = FilledBy(label=_("Filled by"))
    responsibilities = blocks.TextBlock(label=_("Responsibilities"))

    class Meta:
        icon = "user"
        template = "drills/blocks/role.html"
        label = _("Role")
        description = _("A person or team in the drill and what they answer for.")
        preview_value = {
            "name": "门卫",
            "filled_by": "duty_guard",
            "responsibilities": "发现可疑人员立即一键报警，关闭校门，用钢叉阻隔。",
        }


class EquipmentBlock(blocks.StructBlock):
    item = blocks.CharBlock(max_length=120, label=_("Item"))
    quantity = blocks.CharBlock(max_length=40, required=False, label=_("Quantity"))
    location = blocks.CharBlock(max_length=120, required=False, label=_("Kept at"))

    class Meta:
        icon = "tasks"
        template = "drills/blocks/equipment.html"
        label = _("Equipment")
        description = _("One item of the equipment checklist; printed with a tick box.")
        preview_value = {"item": "钢叉", "quantity": "2 把", "location": "门卫室"}


class PhaseBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=60, label=_("Phase"), help_text=_("Steps refer to the phase by this name."))
    target_seconds = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label=_("Target (seconds after the alarm)"),
        help_text=_("The phase must be complete by then, e.g. 60 for self-rescue. Leave empty if it is not timed."),
    )
    goal = blocks.CharBlock(max_length=200, required=False, label=_("Done when"))

    class Meta:
        icon = "time"
        template = "drills/blocks/phase.html"
        label = _("Phase")
        description = _("A timed phase of the response and its target, measured from the alarm.")
        preview_value = {"name": "自救", "target_seconds": 60, "goal": "学生就近躲避，门卫完成一键报警"}


class StepBlock(blocks.StructBlock):
    offset = OffsetBlock(label=_("Time after alarm"), help_text=_("minutes:seconds, e.g. 1:30"))
    phase = blocks.CharBlock(max_length=60, label=_("Phase"))
    role = blocks.CharBlock(max_length=60, label=_("Responsible role"))
    action = blocks.TextBlock(label=_("Action"))
    inject = blocks.TextBlock(
        required=False, label=_("Inject or message"), help_text=_("What the drill controller says or does.")
    )
    expected = blocks.TextBlock(required=False, label=_("Expected response"))
    success = blocks.CharBlock(max_length=200, required=False, label=_("Success criterion"))

    class Meta:
        icon = "order"
        template = "drills/blocks/step.html"
        label = _("Step")
        description = _("One timed step: who does what, the inject, and how success is judged.")
        preview_value = {
            "offset": 0,
            "phase": "自救",
            "role": "门卫",
            "action": "发现持械人员，按下一键报警。",
            "inject": "演练导调：一名“可疑人员”持道具刀走向校门。",
            "expected": "报警信号发出，校门关闭。",
            "success": "10 秒内完成报警",
        }


class RolesBlock(blocks.StreamBlock):
    role = RoleBlock()


class EquipmentListBlock(blocks.StreamBlock):
    item = EquipmentBlock()


class PhasesBlock(blocks.StreamBlock):
    phase = PhaseBlock()


class TimelineBlock(blocks.StreamBlock):
    step = StepBlock()

    def clean(self, value):
        value = super().clean(value)
        # Drafts may be saved half-written; submitting or publishing needs at least one step.
        if not value and not self.is_deferred_validation:
            raise StreamBlockValidationError(non_block_errors=[ValidationError(empty_timeline_message())])
        return value
