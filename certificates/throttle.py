"""How many certificate lookups one client may make: a fixed window counted in Django's cache (Redis in production,
shared by every web process), with atomic add and incr so two requests at once both count."""

import hashlib
import logging
import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from cms.selectors import client_ip_address

logger = logging.getLogger(__name__)

DEFAULT_RATE = "20/m"
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def parse_rate(rate: str) -> tuple[int, int]:
    """ "20/m" → (20, 60); "100/5m" → (100, 300)."""
    match = _RATE.match(rate or "")
    if not match or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"CERTIFICATE_VERIFY_RATE must look like '20/m', not {rate!r}.")
    return int(match.group(1)), int(match.group(2) or 1) * UNITS[match.group(3)]


def client_key(request) -> str:
    """The client: REMOTE_ADDR, or the address the trusted proxies saw (TRUSTED_PROXY_COUNT, see
    cms.selectors.client_ip_address). Hashed, so any address makes a valid cache key."""
    address = client_ip_address(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def verify_lookup_throttle(request) -> int | None:
    """Count one lookup by this client. None while within CERTIFICATE_VERIFY_RATE; once over it, the seconds until
    the window ends (for Retry-After). If the cache cannot be reached, the lookup is let through and logged: the
    codes' 99 bits, not this limit, are what keep certificates from being guessed."""
    limit, period = parse_rate(getattr(settings, "CERTIFICATE_VERIFY_RATE", DEFAULT_RATE))
    now = time.time()
    window = int(now // period)
    key = f"certificates.verify:{client_key(request)}:{period}:{window}"
    try:
        cache.add(key, 0, timeout=period + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=period + 1)
            count = 1
    except Exception:  # noqa: BLE001 — any cache backend's connection error
        logger.warning("Certificate lookup limit not counted: the cache is unavailable", exc_info=True)
        return None
    if count <= limit:
        return None
    return max(1, math.ceil((window + 1) * period - now))
