"""The completion certificate form: the name to print, and whether a parent or guardian must agree.

The age line is courses.completion.GUARDIAN_AGE, written out in the text so it translates as one sentence."""

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.services import NAME_MAX, name_problems
from courses import completion

YES, NO = "yes", "no"


class CompletionCertificateForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    # The version of the privacy notice shown with the form: the one the learner (and guardian) agreed to. Not
    # required, so a form from before the field existed is answered like one whose notice has changed since.
    notice_version = forms.CharField(widget=forms.HiddenInput, required=False, max_length=20)
    holder_name = forms.CharField(
        label=_("Name to print on the certificate"),
        max_length=NAME_MAX,
        help_text=_("As it should appear, in Chinese or English. Only this name is kept."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    under_14 = forms.ChoiceField(
        label=_("Are you under 14?"),
        choices=[(YES, _("Yes")), (NO, _("No"))],
        widget=forms.RadioSelect,
    )
    guardian_consent = forms.BooleanField(
        required=False,
        label=_(
            "My parent or guardian agrees that my name is kept to print and verify this certificate, "
            "as the notice below says."
        ),
        help_text=_("Needed only if you are under 14."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "completion-%s")
        super().__init__(*args, **kwargs)
        self.fields["notice_version"].initial = completion.COMPLETION_NOTICE_VERSION

    @classmethod
    def with_current_notice(cls, data) -> "CompletionCertificateForm":
        """The form sent back, to be shown again with the notice in force: what was typed is kept, but the
        consent was given to the notice shown before, so it is asked again."""
        data = data.copy()
        data["notice_version"] = completion.COMPLETION_NOTICE_VERSION
        data.pop("guardian_consent", None)
        return cls(data)

    def clean_holder_name(self):
        name = self.cleaned_data["holder_name"].strip()
        problem = name_problems(name)
        if problem:
            raise forms.ValidationError(problem)
        return name

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("under_14") == YES and not cleaned.get("guardian_consent"):
            self.add_error("guardian_consent", _("Under 14, a parent or guardian must agree first."))
        return cleaned

    @property
    def is_under_14(self) -> bool:
        return self.cleaned_data.get("under_14") == YES
