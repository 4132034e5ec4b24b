from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_audiences"),
    ]

    operations = [
        # Attempts stored before browsers were told apart were all counted; they stay counted.
        migrations.AddField(
            model_name="quizattempt",
            name="counted",
            field=models.BooleanField(db_index=True, default=True, verbose_name="counted in statistics"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="quizattempt",
            name="counted",
            field=models.BooleanField(db_index=True, default=False, verbose_name="counted in statistics"),
        ),
    ]
