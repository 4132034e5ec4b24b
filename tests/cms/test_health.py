from unittest import mock

from django.db import OperationalError


def test_healthy_database_answers_200(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_unreachable_database_answers_503(client, db):
    with mock.patch("cms.selectors.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "OperationalError"}
    assert response["Cache-Control"].startswith("max-age=0")
