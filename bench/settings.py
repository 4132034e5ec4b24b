"""Settings for the benchmarks: the development settings with DEBUG off (as in production: no query log kept in
memory, no debug pages), on a PostgreSQL database of the benchmark's own.

bench/run.py sets DATABASE_URL from BENCH_DATABASE_URL (default below) before Django reads it, so a developer's
own DATABASE_URL is never the database the benchmark drops and refills.
"""

from cms.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
