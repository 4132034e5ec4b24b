"""Wagtail admin strings that Wagtail's own Chinese catalogue leaves untranslated.

Nothing imports this module: it exists so that `makemessages` puts these msgids in the project's catalogue, which
LOCALE_PATHS ranks above Wagtail's, and the admin's phone header reads in Chinese."""

from django.utils.translation import gettext_noop

UNTRANSLATED_BY_WAGTAIL = [
    gettext_noop("New: %(model_name)s"),
]
