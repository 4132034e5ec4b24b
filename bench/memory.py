"""Peak memory of the measuring process, for the benchmark groups that have a memory target."""

import resource


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: the kernel's high-water mark of the process image (VmHWM), which
    starts afresh at exec. getrusage's ru_maxrss does not: Linux keeps it across fork and exec, so a child started
    by a parent that had grown larger (after building the template, say) would report the parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    return maxrss_mb()


def maxrss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: kilobytes
