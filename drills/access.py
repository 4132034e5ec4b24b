"""Who may read, write and review drill scripts."""

from cms import roles

DRILL_AUTHORS = "Drill authors"
DRILL_REVIEWERS = "Drill reviewers"

# Intruder-response scripts are security procedures: school staff, vice principals and training departments
# (where authors and reviewers work) may read them; nobody else, and never anonymous visitors.
READER_GROUPS = [roles.VICE_PRINCIPALS, roles.SCHOOL_STAFF, roles.TRAINING_DEPARTMENTS, DRILL_AUTHORS, DRILL_REVIEWERS]

REVIEW_WORKFLOW_NAME = "演练审核 (Drill review)"
REVIEW_TASK_NAME = "演练审核员审批 (Drill reviewer approval)"
