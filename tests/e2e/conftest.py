import os
from pathlib import Path

import pytest

from tests.conftest import require_system

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser():
    require_system("Debian's chromium", CHROMIUM.exists())
    # Playwright's sync API runs an event loop in this thread; the ORM work is done before it starts.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
        # While Playwright's loop runs, the ORM sees another context and opens its own connection; close it
        # here, or PostgreSQL refuses to drop the test database at the end of the run.
        from django.db import connections

        connections.close_all()


@pytest.fixture
def browser_page(browser):
    """A phone-sized page, as most visitors have."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="zh-CN")
    yield context.new_page()
    context.close()


@pytest.fixture
def live_demo(transactional_db, django_db_serialized_rollback, live_server):
    """The demo site served by a live server; the browser sees only committed data, hence a transactional test."""
    return live_server
