from django.core.files.storage import storages


def private_storage():
    """Where evidence photos live: never under MEDIA_URL (see the "private" entry of STORAGES)."""
    return storages["private"]
