"""gunicorn's settings for this project, read from the working directory by every `gunicorn` started in the
project root (the production start command in docs/deploy.md, and the pages benchmark).

Command-line options still override anything here; workers, bind address and timeouts stay on the command line,
where each deployment sizes them.
"""

import gc


def post_worker_init(worker):
    # Django, Wagtail and the project's modules make some 200,000 long-lived objects that no request frees. Moved
    # out of the collector's reach once the application is loaded, they are no longer walked by every full
    # collection during requests: about 13% less CPU for a rendered lesson page on the development machine.
    gc.freeze()
