"""Form helpers shared by the apps' admin views."""

from collections.abc import Callable

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def apply_service_errors(
    form: forms.Form, error: ValidationError, *, field_for: Callable[[str, str], str | None] | None = None
) -> None:
    """Put a service's ValidationError on the form: each message beside its field where the form has it, the rest
    at the top, none twice. `field_for(field, message)` may name another of the form's fields for a message (or
    None for the top), for services whose keys are not the form's field names."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for field, messages in error.message_dict.items():
        for message in messages:
            target = field if field in form.fields else None
            if field_for is not None:
                target = field_for(field, message) or target
            if target is not None and target in form.errors and message in form.errors[target]:
                continue
            form.add_error(target if target != NON_FIELD_ERRORS else None, message)
