from drills.models.pages import DrillLibraryPage, ScenarioIndexPage, ScenarioPage
from drills.models.review import DrillReviewTask
from drills.models.types import ScenarioType

__all__ = ["DrillLibraryPage", "DrillReviewTask", "ScenarioIndexPage", "ScenarioPage", "ScenarioType"]
