from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings
from wagtail import hooks

from cms.indexing import batched_index_updates

# The demo is built with the test factories, which the production install (requirements.lock) leaves out.
DEV_PACKAGES = {"factory": "factory-boy", "faker": "Faker", "wagtail_factories": "wagtail-factories"}


def missing_dev_packages() -> list[str]:
    return [package for module, package in DEV_PACKAGES.items() if find_spec(module) is None]


class Command(BaseCommand):
    help = "Build the demo site: home pages, every app's demo content and one account per role. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument("--allow-production", action="store_true", help="Create demo accounts even with DEBUG off.")

    def handle(self, *args, allow_production=False, **options):
        if missing := missing_dev_packages():
            raise CommandError(
                f"load_demo needs the development install ({', '.join(missing)} missing): "
                "pip install -r requirements-dev.lock"
            )
        if not settings.DEBUG and not allow_production:
            raise CommandError("load_demo creates accounts with a published password; run it with DEBUG on.")
        from cms import demo

        # Demo content goes through real workflows, whose notification e-mails to demo users are noise here.
        # Pages are saved several times while they are built: index each once, at the end.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            batched_index_updates(),
        ):
            homes = demo.home_pages()
            accounts = demo.demo_accounts()
            # Each app builds its content and may add demo accounts of its own, returned for the list below.
            for fn in hooks.get_hooks("cms_load_demo"):
                accounts += fn(homes=homes, stdout=self.stdout) or []
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {demo.DEMO_PASSWORD}) at /admin/:")
        for username, description in accounts:
            self.stdout.write(f"  {username:<10} {description}")
