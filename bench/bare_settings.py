"""The ceiling for the `pages` group: one bare Django view behind Django's default middleware (the list
`django-admin startproject` writes), served by gunicorn exactly like the site (bench/bare_wsgi.py). Nothing of the
project's own: no Wagtail, no database, no templates. Whatever the site serves slower than this is its own cost.
"""

import os
import secrets

from django.http import HttpResponse
from django.urls import path

DEBUG = False
# The key signs nothing here (no session, no form is ever issued); a fresh one per process keeps it out of the code.
SECRET_KEY = os.environ.get("BARE_SECRET_KEY") or secrets.token_urlsafe(50)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = __name__
WSGI_APPLICATION = "bench.bare_wsgi.application"

# What startproject installs, so that its middleware finds what it needs. An anonymous request without cookies
# never reaches the (absent) database: the session and the user are only loaded when something asks for them.
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
DATABASES = {}

# Django's default middleware, as in django/conf/project_template/project_name/settings.py-tpl (Django 5.2).
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

USE_TZ = True
LOGGING_CONFIG = None

BODY = "<!doctype html><html lang=en><title>bare</title><p>Hello from a bare Django view.</p></html>"


def bare_view(request):
    return HttpResponse(BODY)


urlpatterns = [path("", bare_view, name="bare")]
