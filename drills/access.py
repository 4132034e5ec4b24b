"""Who may read, write and review drill scripts, and the refusals when someone tries otherwise."""

from django.core.exceptions import PermissionDenied

from cms import roles

DRILL_AUTHORS = "Drill authors"
DRILL_REVIEWERS = "Drill reviewers"

# Intruder-response scripts are security procedures: school staff, vice principals and training departments
# (where authors and reviewers work) may read them; nobody else, and never anonymous visitors.
READER_GROUPS = [roles.VICE_PRINCIPALS, roles.SCHOOL_STAFF, roles.TRAINING_DEPARTMENTS, DRILL_AUTHORS, DRILL_REVIEWERS]

REVIEW_WORKFLOW_NAME = "演练审核 (Drill review)"
REVIEW_TASK_NAME = "演练审核员审批 (Drill reviewer approval)"

# Written to the page history whenever a scenario goes live without a second person's approval.
PUBLISH_WITHOUT_REVIEW = "drills.publish_without_review"


class DrillPrivacyError(PermissionDenied):
    """A change that would leave a drill script (or the index holding them) readable outside the reader groups."""


class SelfApprovalRefused(PermissionDenied):
    """An approval by someone who wrote or submitted the version under review."""
