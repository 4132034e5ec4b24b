from django.db import migrations

CODES = ["kindergarten", "primary", "junior_secondary", "senior_secondary"]


def create_levels(apps, schema_editor):
    SchoolLevel = apps.get_model("cms", "SchoolLevel")
    for order, code in enumerate(CODES):
        SchoolLevel.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("cms", "0002_schoollevel")]

    operations = [migrations.RunPython(create_levels, migrations.RunPython.noop)]
