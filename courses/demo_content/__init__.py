"""Demo lessons, one module a topic, in the format described in SCHEMA.md."""

from importlib import import_module

TOPIC_MODULES = ["anti_bullying", "anti_fraud", "drowning", "drugs", "traffic"]


def topics():
    return [import_module(f"{__name__}.{name}") for name in TOPIC_MODULES]
