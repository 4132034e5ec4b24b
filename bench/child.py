"""Groups that measure in a child process of their own (so its peak memory and one-core timing are its own) pass
the child's JSON lines on through this."""

import json
import subprocess
import sys


def relay(ctx, *, group: str, script, args: list[str], env: dict, cwd, log):
    """Run `script` with `args`, yield each figure it prints, and mark failures (a figure flagged `failed`, or a
    non-zero exit) on `ctx`."""
    child = subprocess.Popen([sys.executable, str(script), *args], cwd=cwd, env=env, stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        figure = json.loads(line)
        if figure.get("failed"):
            ctx.fail(figure["name"])
        else:
            yield figure
    if child.wait() != 0:
        log(f"{group}: the measuring process exited with status {child.returncode}")
        ctx.fail(group)
