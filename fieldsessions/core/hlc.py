"""Hybrid logical clock: orders changes across devices whose wall clocks disagree.

An HLC is one integer: wall-clock milliseconds shifted left 16 bits, plus a 16-bit counter. It
never goes backwards on a device, even when the system clock does, and it ties causally later
changes above earlier ones received from other devices (see SYNC.md's conflict rule).
"""

from __future__ import annotations

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def next_hlc(last: int, now_ms: int) -> int:
    """The HLC for a new local event, given the device's last HLC and its clock in ms."""
    last_physical = last >> COUNTER_BITS
    if now_ms > last_physical:
        return now_ms << COUNTER_BITS
    counter = (last & _COUNTER_MASK) + 1
    if counter > _COUNTER_MASK:
        return (last_physical + 1) << COUNTER_BITS
    return (last_physical << COUNTER_BITS) | counter


def receive_hlc(last: int, remote: int, now_ms: int) -> int:
    """The device's HLC after seeing a remote HLC (pull): later than both."""
    return next_hlc(max(last, remote), now_ms)


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS
