"""E-mail about sessions. Called after a change commits; the sending itself runs as a background task."""


def session_status_changed(*, session_id: int, previous: str | None) -> None:
    """Tell whoever the session's new status concerns (implemented with the e-mail tasks)."""
