"""Who may write lessons and read quiz statistics."""

LESSON_EDITORS = "Lesson editors"

# Editors write and publish lessons anywhere below a lesson library, and read the anonymous quiz statistics.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
EDITOR_MODEL_PERMISSIONS = [("courses", "view_quizattempt")]
