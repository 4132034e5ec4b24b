"""Settings for the benchmarks: the development settings with DEBUG off (as in production: no query log kept in
memory, no debug pages), on a PostgreSQL database of the benchmark's own.

bench/run.py sets DATABASE_URL from --database (BENCH_DATABASE_URL) before Django reads it, so a developer's
own DATABASE_URL is never the database the benchmark drops and refills.
"""

import warnings

from cms.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Static files are never collected for the benchmark; WhiteNoise's warning about the missing folder is noise.
warnings.filterwarnings("ignore", message="No directory at")
# The benchmarks load the demo and change sessions in-process and read the results at once: tasks run as they are
# queued, as in the tests (TASK_BACKEND still chooses another, as the bulk-issue group does).
TASKS = tasks_setting(TASK_BACKEND_NAMES["immediate"])  # noqa: F405
