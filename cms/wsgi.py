import os

from django.core.wsgi import get_wsgi_application

from cms.startup import report_database_checks

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()
report_database_checks()
