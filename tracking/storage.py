from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, storages


def private_storage():
    """Where evidence photos live: never under MEDIA_URL (see the "private" entry of STORAGES)."""
    return storages["private"]


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no URL at all. Django's FileSystemStorage falls back to MEDIA_URL when it is given no base_url,
    which would put a public-looking address on every photo; here asking for one is an error, and the only way to
    a file is a view that checks who is asking. Files and folders are readable by the server's own user only."""

    def __init__(
        self, location=None, base_url=None, file_permissions_mode=0o600, directory_permissions_mode=0o700, **kw
    ):
        super().__init__(
            location=location,
            base_url=None,
            file_permissions_mode=file_permissions_mode,
            directory_permissions_mode=directory_permissions_mode,
            **kw,
        )

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a view that checks permissions.")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@checks.register(checks.Tags.security)
def check_private_storage(app_configs=None, **kwargs):
    """The private folder must not sit under a folder the web server or Django publishes."""
    errors = []
    storage = private_storage()
    if not isinstance(storage, FileSystemStorage):
        return errors  # object storage: its bucket policy keeps it private (docs/deploy.md)
    location = Path(storage.location).resolve()
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = getattr(settings, setting, None)
        if public and (_inside(location, Path(public).resolve()) or _inside(Path(public).resolve(), location)):
            errors.append(
                checks.Error(
                    f"STORAGES['private'] ({location}) overlaps {setting} ({public}), so evidence photos could be "
                    "served publicly.",
                    hint="Set PRIVATE_MEDIA_ROOT to a folder outside MEDIA_ROOT and STATIC_ROOT.",
                    id="tracking.E001",
                )
            )
    return errors
