from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from drills.validation import stream_problems


def _stream_errors(problems: dict[int, dict[str, str]]) -> StreamBlockValidationError:
    """Attach each message to its field inside the right block, where the editor shows it."""
    return StreamBlockValidationError(
        block_errors={
            index: StructBlockValidationError(
                block_errors={name: ValidationError(message) for name, message in fields.items()}
            )
            for index, fields in problems.items()
        }
    )


class ScenarioPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        script_fields = ("roles", "phases", "timeline")
        if any(name in self.errors for name in script_fields):
            # One problem at a time: the blocks' own errors come first.
            return cleaned

        phases = cleaned.get("phases")
        scenario_type = cleaned.get("scenario_type")
        if phases is not None and not len(phases) and scenario_type is not None:
            defaults = scenario_type.localized.default_phases
            cleaned["phases"] = self.fields["phases"].block.to_python(defaults.get_prep_value())
            phases = cleaned["phases"]

        problems = stream_problems(
            roles=cleaned.get("roles"),
            phases=phases,
            timeline=cleaned.get("timeline"),
            # Drafts may still have no steps; TimelineBlock asks for them on submit and publish.
            require_timeline=False,
        )
        for name, group in (("roles", problems.roles), ("phases", problems.phases), ("timeline", problems.steps)):
            if group:
                self.add_error(name, _stream_errors(group))
        return cleaned
