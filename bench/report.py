"""The `report` benchmark group (issue 9, point 5)."""


def run(ctx, *, timed, result, log):
    data = ctx.dataset()
    counts = data["counts"]
    yield result(
        "generate_seconds",
        round(data["seconds"], 1),
        "s",
        180,
        sessions=counts["sessions"],
        reused=data["reused"],
        steps={name: round(seconds, 1) for name, seconds in data["steps"].items()},
        counts=counts,
    )
