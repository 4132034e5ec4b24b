"""gunicorn.conf.py, which every gunicorn started in the project root reads."""

import gc
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_freezes_what_loading_the_application_made():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_gunicorn_reads_it_from_the_project_root():
    from gunicorn.config import Config

    # The default config file gunicorn looks for, relative to where it is started.
    assert Config().settings["config"].default == "./gunicorn.conf.py"
