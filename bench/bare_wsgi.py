"""WSGI entry point of the bare Django view (bench/bare_settings.py): `gunicorn bench.bare_wsgi:application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.bare_settings"

application = get_wsgi_application()
