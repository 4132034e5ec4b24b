from drills.models.pages import DrillLibraryPage, ScenarioIndexPage, ScenarioPage
from drills.models.types import ScenarioType

__all__ = ["DrillLibraryPage", "ScenarioIndexPage", "ScenarioPage", "ScenarioType"]
