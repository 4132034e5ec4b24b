import pytest
from django.core.cache import cache


@pytest.fixture
def fresh_rate_limits():
    """The per-address submission counts live in the cache: a test that uses this starts and ends without any."""
    cache.clear()
    yield
    cache.clear()
