"""A configured certificate font that is not on disk is left out silently when a name is checked and drawn, so a
mistyped path would only show as names refused at issue time. Say so at start-up instead."""

from pathlib import Path

from django.conf import settings
from django.core import checks

from certificates.fonts import DEFAULT_FONTS

HINT = (
    "Install Debian's fonts-wqy-zenhei and fonts-hanazono, or set CERTIFICATE_FONTS to TrueType files that exist "
    "(docs/deploy.md, Certificate fonts)."
)


@checks.register("certificates")
def check_fonts(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    paths = getattr(settings, "CERTIFICATE_FONTS", None) or DEFAULT_FONTS
    missing = [path for path in paths if not Path(path).is_file()]
    if len(missing) == len(paths):
        return [
            checks.Warning(
                "No certificate font is installed: certificates cannot be issued.",
                hint=HINT,
                id="certificates.W001",
            )
        ]
    return [
        checks.Warning(
            f"The certificate font {path} is not installed and is skipped.", hint=HINT, id="certificates.W002"
        )
        for path in missing
    ]
