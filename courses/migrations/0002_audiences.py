from django.db import migrations

CODES = [
    "kindergarten",
    "lower_primary",
    "upper_primary",
    "junior_secondary",
    "senior_secondary",
    "parents",
    "teachers",
]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    for order, code in enumerate(CODES):
        Audience.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
