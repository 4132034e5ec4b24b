"""The production install (requirements.lock) carries no test or development tool: with factory-boy, Faker,
wagtail-factories, pytest, Playwright and moto made unimportable, the production settings start, every runtime
module of every app imports, the database migrates, static files collect, `check --deploy` finds no error and pages
are served; `load_demo`, which lives on the development side, says which install it needs."""

import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["cms", "certificates", "courses", "drills", "tracking"]
# What requirements-dev.lock adds and requirements.lock must never be needed for.
DEV_ONLY = [
    "factory",
    "faker",
    "wagtail_factories",
    "pytest",
    "_pytest",
    "pytest_django",
    "xdist",
    "playwright",
    "moto",
]

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    DEV_ONLY, APPS = json.loads(sys.argv[1]), json.loads(sys.argv[2])
    for name in DEV_ONLY:
        sys.modules[name] = None  # `import name` now fails as if the package were not installed

    import django
    django.setup()
    from django.core.management import call_command
    from django.core.management.base import CommandError
    from django.test import Client

    def dev_side(name):
        last = name.rsplit(".", 1)[-1]
        # The demo builders and the factories; load_demo itself is a runtime command that refuses politely.
        return last == "factories" or ("demo" in last and ".management.commands." not in name)

    imported, dev = [], []
    for app in APPS:
        package = importlib.import_module(app)
        for info in pkgutil.walk_packages(package.__path__, app + "."):
            if dev_side(info.name) or info.name.startswith("cms.settings."):
                dev.append(info.name)
                continue
            importlib.import_module(info.name)
            imported.append(info.name)

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("check", deploy=True, fail_level="ERROR")

    client = Client()
    pages = {path: client.get(path, secure=True).status_code for path in ["/healthz/", "/admin/login/", "/"]}
    try:
        call_command("load_demo", allow_production=True)
        demo = "ran"
    except CommandError as error:
        demo = str(error)
    print(json.dumps({
        "imported": imported,
        "dev": dev,
        "pages": pages,
        "demo": demo,
        "dev_loaded": [name for name in DEV_ONLY if sys.modules.get(name) is not None],
    }))
    """
)


def test_the_production_install_runs_without_the_development_tools(tmp_path):
    (tmp_path / "runtime_settings.py").write_text(
        f"from cms.settings.production import *  # noqa: F403\nSTATIC_ROOT = {str(tmp_path / 'static')!r}\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AWS_", "TASK_", "DB_", "REDIS_URL", "DATABASE_URL", "DJANGO_", "PYTEST", "RQ_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="runtime_settings",
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        WAGTAILADMIN_BASE_URL="https://safecampus.example.org",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(DEV_ONLY), json.dumps(APPS)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])

    imported = set(result["imported"])
    for app in APPS:
        for kind in ("models", "wagtail_hooks", "apps"):
            assert any(name.startswith(f"{app}.{kind}") for name in imported), (app, kind)
    assert {"cms.urls", "tracking.urls", "certificates.urls", "tracking.tasks"} <= imported
    assert {
        "tracking.management.commands.tracking_rollups",
        "tracking.management.commands.tracking_reminders",
        "courses.management.commands.purge_completion_certificates",
        "cms.management.commands.load_demo",
    } <= imported
    # Only the demo builders and the factories are left to the development install.
    assert {"cms.factories", "courses.factories", "drills.factories", "tracking.factories", "cms.demo"} <= set(
        result["dev"]
    )
    assert all(name.startswith("cms.settings.") or "demo" in name or "factories" in name for name in result["dev"])
    assert result["dev_loaded"] == []

    assert result["pages"]["/healthz/"] == 200
    assert result["pages"]["/admin/login/"] == 200
    assert result["pages"]["/"] < 500, result["pages"]
    assert "requirements-dev.lock" in result["demo"] and "factory-boy" in result["demo"]
