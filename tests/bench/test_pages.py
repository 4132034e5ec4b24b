"""The `pages` benchmark's parts that run without wrk or gunicorn: reading wrk's output (real output, captured from
wrk 4.1 on this machine: a lesson page, the bare view, a 404 and a deliberately faulty server), the bare Django view
used as the ceiling, the pages it picks from the demo and their query counts, and when the group runs at all."""

import re
import subprocess
import sys
from pathlib import Path

import django
import pytest

from bench import bare_settings
from bench.pages import cpu_ms, figures, page_queries, parse_wrk, public_pages, run, wrk_command
from bench.run import ROOT, Context, parse_args, result, selected_groups

SAMPLES = Path(__file__).resolve().parent / "wrk_output"


def test_wrk_output_of_a_lesson_page():
    measured = parse_wrk((SAMPLES / "lesson_uncached.txt").read_text())
    assert measured.requests_per_second == 37.36
    assert measured.p99_ms == 660.83
    assert measured.latency_ms == {"50": 423.79, "75": 445.10, "90": 499.60, "99": 660.83}
    assert (measured.requests, measured.seconds) == (188, 5.03)
    assert measured.errors == 0


def test_wrk_output_of_the_bare_view():
    measured = parse_wrk((SAMPLES / "bare.txt").read_text())
    assert measured.requests_per_second == 1349.78
    assert measured.latency_ms["50"] == 6.54
    assert measured.p99_ms == 139.78
    assert measured.requests == 2763


def test_wrk_output_with_errors_is_read_as_errors():
    measured = parse_wrk((SAMPLES / "errors.txt").read_text())
    assert measured.socket_errors == {"connect": 0, "read": 43, "write": 0, "timeout": 15}
    assert measured.non_2xx_3xx == 20
    assert measured.errors == 78
    not_found = parse_wrk((SAMPLES / "not_found.txt").read_text())
    assert not_found.non_2xx_3xx == not_found.requests == 2218


def test_wrk_time_units():
    text = (SAMPLES / "bare.txt").read_text()
    slow = text.replace("139.78ms", "1.96s").replace("6.54ms", "812.50us")
    measured = parse_wrk(slow)
    assert measured.p99_ms == 1960.0
    assert measured.latency_ms["50"] == 0.81


def test_output_that_is_not_wrk_latency_is_refused():
    without_distribution = re.sub(r"(?s)  Latency Distribution.*?99%[^\n]*\n", "", (SAMPLES / "bare.txt").read_text())
    with pytest.raises(ValueError):
        parse_wrk(without_distribution)
    with pytest.raises(ValueError):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused\n")


def test_wrk_is_run_as_the_issue_measured():
    command = wrk_command("http://127.0.0.1:8000/", seconds=7)
    assert command[0] == "wrk"
    assert {"-t2", "-c16", "-d7s", "--latency"} <= set(command)
    assert command[-1] == "http://127.0.0.1:8000/"


def test_requests_per_second_meet_a_target_from_above():
    assert result("x", 2100, "requests/s", 2000, at_least=True)["met"] is True
    assert result("x", 1999, "requests/s", 2000, at_least=True)["met"] is False
    assert result("x", 21, "ms", 20)["met"] is False


def _figures(sample: str, *, page="lesson", mode="cached", cache="hit"):
    ctx = Context(parse_args(["pages"]))
    messages = []
    lines = list(
        figures(
            parse_wrk((SAMPLES / sample).read_text()),
            page=page,
            mode=mode,
            path="/zh-hans/lessons/x/",
            seconds=10,
            cache=cache,
            cookies=[],
            size=1000,
            result=result,
            log=messages.append,
            ctx=ctx,
        )
    )
    return {line["name"]: line for line in lines}, ctx.failed, messages


def test_a_slow_cached_lesson_misses_both_targets():
    lines, failed, _ = _figures("lesson_uncached.txt", cache="absent")
    rps, p99 = lines["pages_lesson_cached_rps"], lines["pages_lesson_cached_p99"]
    assert (rps["value"], rps["target"], rps["met"], rps["x_page_cache"]) == (37, 2000, False, "absent")
    assert (p99["value"], p99["target"], p99["met"]) == (660.83, 20, False)
    assert failed == ["pages_lesson_cached_rps", "pages_lesson_cached_p99"]


def test_pages_without_targets_only_fail_on_errors():
    lines, failed, _ = _figures("bare.txt", page="bare_django", mode=None, cache="absent")
    assert lines["pages_bare_django_rps"]["value"] == 1350
    assert "met" not in lines["pages_bare_django_rps"]
    assert failed == []
    _, failed, messages = _figures("errors.txt", page="home", cache="absent")
    assert failed == ["pages_home_cached_errors"]
    assert "socket errors" in messages[0]


def test_no_request_back_is_no_latency():
    lines, failed, _ = _figures("nothing_back.txt")
    assert lines["pages_lesson_cached_p99"]["value"] is None
    assert lines["pages_lesson_cached_p99"]["met"] is False
    assert "pages_lesson_cached_no_requests" in failed


def test_a_cache_hit_with_the_cache_off_fails_the_uncached_figures():
    _, failed, messages = _figures("bare.txt", page="topic", mode="uncached", cache="hit,miss")
    assert failed == ["pages_topic_uncached_cache_off"]
    assert "PAGE_CACHE_ENABLED=0" in messages[0]


def test_bare_view_has_djangos_default_middleware():
    """The ceiling is Django's own default, not the project's middleware list."""
    template = Path(django.__file__).parent / "conf/project_template/project_name/settings.py-tpl"
    block = re.search(r"MIDDLEWARE = \[(.*?)\]", template.read_text(), re.S).group(1)
    assert bare_settings.MIDDLEWARE == re.findall(r"'([\w.]+)'", block)


def test_bare_wsgi_app_answers():
    """Imported and called as gunicorn would, in a process of its own (it configures Django with its own
    settings); the default middleware's headers are on the answer."""
    script = """
import io, sys
from wsgiref.util import setup_testing_defaults
from bench.bare_wsgi import application
environ = {"HTTP_HOST": "127.0.0.1", "wsgi.input": io.BytesIO()}
setup_testing_defaults(environ)
seen = {}
def start_response(status, headers, exc_info=None):
    seen["status"], seen["headers"] = status, dict(headers)
body = b"".join(application(environ, start_response))
print(seen["status"])
print(seen["headers"].get("X-Frame-Options"), seen["headers"].get("X-Content-Type-Options"))
print("Set-Cookie" in seen["headers"])
print(body.decode())
"""
    env = {"PATH": "/usr/bin:/bin", "BARE_SECRET_KEY": "x" * 50}
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    status, security, cookie, body = completed.stdout.split("\n", 3)
    assert status == "200 OK"
    assert security == "DENY nosniff"
    assert cookie == "False"
    assert body.strip() == bare_settings.BODY


@pytest.mark.django_db
def test_pages_of_the_demo_answer_and_their_queries_are_counted(demo):
    pages = public_pages()
    assert set(pages) == {"lesson", "topic", "home", "search"}
    assert pages["lesson"].startswith(pages["topic"])
    for path in pages.values():
        status, first, warm, after_a_change = page_queries(path)
        assert status == 200, path
        assert first >= warm > 0
        # Right after a page change the site, the menu and related lessons are read again.
        assert after_a_change > warm, path
    assert cpu_ms(pages["lesson"], runs=2) > 0
    assert cpu_ms(pages["lesson"], runs=2, cold=True) > 0


def test_pages_group_runs_only_when_named():
    assert "pages" not in selected_groups(parse_args([]))
    assert selected_groups(parse_args(["pages"])) == ["pages"]


def test_without_wrk_the_group_fails_and_says_how_to_install_it(monkeypatch):
    import bench.pages

    monkeypatch.setattr(bench.pages.shutil, "which", lambda name: None)
    messages = []
    ctx = Context(parse_args(["pages"]))
    assert list(run(ctx, result=result, log=messages.append)) == []
    assert ctx.failed == ["pages_wrk"]
    assert "apt-get install wrk" in messages[0]
