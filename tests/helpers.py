"""Helpers shared by the tests."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hang_guard(seconds: int = 5) -> Iterator[None]:
    """Fail instead of hanging if the block runs away (a guard, not a speed test)."""

    def _alarm(signum, frame):  # pragma: no cover - only on a hang
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
