import json
import uuid

from django.conf import settings
from django.db import migrations

from drills.scenario_types import BUILTIN_TYPES, phase_stream

LANGS = {"zh-hans": "zh", "en": "en"}


def create_types(apps, schema_editor):
    """One row per built-in type in each content language the site has, linked as translations."""
    Locale = apps.get_model("wagtailcore", "Locale")
    ScenarioType = apps.get_model("drills", "ScenarioType")
    content_languages = {code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", [])}
    locales = [
        Locale.objects.get_or_create(language_code=code)[0] for code in LANGS if code in content_languages
    ]
    for spec in BUILTIN_TYPES:
        key = uuid.uuid4()
        for locale in locales:
            text = spec[LANGS[locale.language_code]]
            if ScenarioType.objects.filter(slug=spec["slug"], locale=locale).exists():
                continue
            ScenarioType.objects.create(
                slug=spec["slug"],
                locale=locale,
                translation_key=key,
                name=text["name"],
                description=text["description"],
                default_phases=json.dumps(phase_stream(text["phases"])),
            )


class Migration(migrations.Migration):
    dependencies = [("drills", "0001_initial")]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
