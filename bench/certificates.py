"""The certificate PDF (issue 10, point 5): one certificate in ≤ 20 ms median on one core, with embedded fonts and
the QR code; 1,000 certificates in ≤ 20 s with memory under 300 MB.

Needs no database: the certificates are unsaved Certificate objects (with a primary key set, for the serial), so
the figures are those of certificates.render alone. The measurements run in a fresh Python process pinned to one
core, so that its peak memory is the certificates' own (Django included) and not what other groups left behind.
"""

import datetime
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SINGLE_TARGET_MS = 20
THOUSAND_TARGET_S = 20
MEMORY_TARGET_MB = 300
SINGLE_RUNS = 200
BULK = 1000

# Names as they come: common ones, rare characters, Extension B, minority names with the middle dot, Latin.
NAMES = [
    "张伟",
    "王小明",
    "欧阳娜娜",
    "𠮷田",
    "龘",
    "李堃",
    "陈昇",
    "阿卜杜·热合曼",
    "买买提·艾力",
    "Zhang Wei",
    "赵𠮷祥",
    "刘德华",
]
SCHOOLS = ["北京市东城区东华门小学", "北京市东城区史家胡同小学", "北京市西城区实验小学", "北京市海淀区中关村第一小学"]


def certificates(count: int):
    from django.utils import timezone

    from certificates.codes import new_code
    from certificates.models import Certificate

    issued = timezone.now()
    for n in range(count):
        school = SCHOOLS[n % len(SCHOOLS)]
        english = n % 5 == 4
        annual = n % 3 == 0
        if english:
            fields = {
                "title": "Annual service certificate" if annual else "Session certificate",
                "statement": "Served as rule-of-law vice principal in the school year 2025–2026 and gave 9 class-hours "
                "of law education."
                if annual
                else "Gave a 1 class-hour lecture on drowning prevention at Donghuamen Primary School.",
                "issuer": "Dongcheng Branch, Beijing Public Security Bureau",
                "language": "en",
            }
        else:
            fields = {
                "title": "年度履职证明" if annual else "授课证明",
                "statement": "于2025—2026学年担任法治副校长，开展法治教育共计9课时，履职达标。"
                if annual
                else f"于2025年10月{n % 28 + 1}日在{school}讲授防溺水1课时。",
                "issuer": "北京市公安局东城分局",
                "language": "zh-hans",
            }
        yield Certificate(
            pk=n + 1,
            kind="annual" if annual else "session",
            code=new_code(),
            subject_key=f"bench:{n}",
            holder_key=f"bench.holder:{n}",
            holder_name=NAMES[n % len(NAMES)],
            details=[[school, "5课时"], [SCHOOLS[(n + 1) % len(SCHOOLS)], "4课时"]] if annual else [],
            issued_at=issued,
            expires_on=datetime.date(2027, 8, 31) if annual else None,
            **fields,
        )


def run(ctx, *, result, log):
    """bench/run.py's `certificates` group: the measurements in a child process, whose lines are passed on."""
    from bench.child import relay

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    yield from relay(ctx, group="certificates", script=Path(__file__).resolve(), args=[], env=env, cwd=ROOT, log=log)


class _Failures:
    """Collects what failed in the child process (it has no Context)."""

    def __init__(self):
        self.failed = []

    def fail(self, name: str) -> None:
        self.failed.append(name)


def measure(ctx, *, result, log):
    from bench.memory import peak_rss_mb
    from certificates import fonts
    from certificates.render import certificate_pdf, font_set

    paths = fonts.configured_fonts()
    if not paths:
        log("certificates: no certificate font installed (fonts-wqy-zenhei, fonts-hanazono)")
        ctx.fail("certificate_fonts")
        return
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})  # one core
    try:
        started = time.perf_counter()
        font_set()
        yield result(
            "certificate_fonts_load",
            round((time.perf_counter() - started) * 1000, 1),
            "ms",
            None,
            fonts=[path.name for path in paths],
            note="once per process",
        )
        first = time.perf_counter()
        certificate_pdf(certificate=next(certificates(1)))
        yield result("certificate_pdf_first", round((time.perf_counter() - first) * 1000, 1), "ms", None)

        log(f"certificates: {SINGLE_RUNS} single renders")
        samples, sizes = [], []
        for certificate in certificates(SINGLE_RUNS):
            began = time.perf_counter()
            pdf = certificate_pdf(certificate=certificate)
            samples.append((time.perf_counter() - began) * 1000)
            sizes.append(len(pdf))
        single = round(statistics.median(samples), 2)
        yield result(
            "certificate_pdf_median",
            single,
            "ms",
            SINGLE_TARGET_MS,
            runs=SINGLE_RUNS,
            p90=round(statistics.quantiles(samples, n=10)[-1], 2),
            pdf_kb=round(statistics.median(sizes) / 1024, 1),
        )
        if single > SINGLE_TARGET_MS:
            ctx.fail("certificate_pdf_median")

        log(f"certificates: {BULK} renders")
        began = time.perf_counter()
        total = 0
        for certificate in certificates(BULK):
            pdf = certificate_pdf(certificate=certificate)
            if not pdf.startswith(b"%PDF"):
                log("certificates: a render did not give a PDF")
                ctx.fail("certificate_pdf_output")
            total += len(pdf)
        wall = round(time.perf_counter() - began, 2)
        yield result("certificate_pdf_1000", wall, "s", THOUSAND_TARGET_S, megabytes=round(total / 2**20, 1))
        if wall > THOUSAND_TARGET_S:
            ctx.fail("certificate_pdf_1000")
        memory = peak_rss_mb()
        yield result("certificate_peak_rss", memory, "MB", MEMORY_TARGET_MB, note="whole process, Django included")
        if memory > MEMORY_TARGET_MB:
            ctx.fail("certificate_peak_rss")
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from bench.run import log, result

    failures = _Failures()
    for figure in measure(failures, result=result, log=log):
        print(json.dumps(figure, ensure_ascii=False), flush=True)
    for name in failures.failed:
        print(json.dumps({"name": name, "failed": True}), flush=True)
    sys.exit(1 if failures.failed else 0)
