"""Per-token rate limiting: a token bucket in memory (one per server process).

Each token gets `burst` requests at once and `rate` more per second; past that the caller gets
429 with Retry-After saying when the next request will be let in. Behind a load balancer each
worker limits on its own, which bounds the total at workers x rate.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Attributes:
    rate: requests added per second.
    burst: the bucket's size.
    """

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 100_000) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> float:
        """Take one request from `key`'s bucket: 0 when allowed, else seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, stamp = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - stamp) * self.rate)
            if tokens >= 1.0:
                self._remember(key, (tokens - 1.0, now))
                return 0.0
            self._remember(key, (tokens, now))
            return (1.0 - tokens) / self.rate

    def _remember(self, key: str, value: tuple[float, float]) -> None:
        if key not in self._buckets and len(self._buckets) >= self._max_keys:
            self._buckets.clear()  # a flood of keys: start again rather than grow forever
        self._buckets[key] = value


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))
