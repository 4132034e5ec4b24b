"""Sites set up before the four-eyes rule: the review task becomes a DrillReviewTask in place (same row, so a
review in progress carries on under the new rule) and drill reviewers lose the publish permission they had on
the scenario indexes (approving is now how a scenario goes live)."""

from django.db import migrations

# The names drills.access uses; repeated here because a migration must not change when the code does.
REVIEW_TASK_NAME = "演练审核员审批 (Drill reviewer approval)"
DRILL_REVIEWERS = "Drill reviewers"


def upgrade(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    DrillReviewTask = apps.get_model("drills", "DrillReviewTask")
    review_type = ContentType.objects.get_for_model(DrillReviewTask)
    for plain in GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME):
        if not DrillReviewTask.objects.filter(pk=plain.pk).exists():
            task = DrillReviewTask(groupapprovaltask_ptr_id=plain.pk)
            task.save_base(raw=True)  # the Task and GroupApprovalTask rows exist: add only the new one
        Task.objects.filter(pk=plain.pk).update(content_type=review_type)
    index_types = ContentType.objects.filter(app_label="drills", model__in=["scenarioindexpage", "scenariopage"])
    GroupPagePermission.objects.filter(
        group__name=DRILL_REVIEWERS, permission__codename="publish_page", page__content_type__in=index_types
    ).delete()


def downgrade(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    DrillReviewTask = apps.get_model("drills", "DrillReviewTask")
    Page = apps.get_model("wagtailcore", "Page")
    plain_type = ContentType.objects.get_for_model(GroupApprovalTask)
    for task in DrillReviewTask.objects.all():
        Task.objects.filter(pk=task.pk).update(content_type=plain_type)
        DrillReviewTask.objects.filter(pk=task.pk)._raw_delete(schema_editor.connection.alias)
    publish = Permission.objects.filter(content_type__app_label="wagtailcore", codename="publish_page").first()
    reviewers = Group.objects.filter(name=DRILL_REVIEWERS).first()
    if publish and reviewers:
        for page in Page.objects.filter(content_type__app_label="drills", content_type__model="scenarioindexpage"):
            GroupPagePermission.objects.get_or_create(group=reviewers, page=page, permission=publish)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("drills", "0003_drill_review_task"),
    ]

    operations = [migrations.RunPython(upgrade, downgrade)]
