"""Demo drill scenarios, one module each, in the format described in SCHEMA.md."""

from importlib import import_module

SCENARIO_MODULES = [
    "violent_intrusion",
    "fire_evacuation",
    "earthquake_evacuation",
    "drowning_rescue",
    "food_poisoning",
]


def scenarios():
    return [import_module(f"{__name__}.{name}").SCENARIO for name in SCENARIO_MODULES]
