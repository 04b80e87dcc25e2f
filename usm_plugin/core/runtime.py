"""Plumbing shared by every core function: errors, progress, cancellation, warnings.

The core never talks to QGIS.  Callers (the bridge, a batch script, a test) pass
two plain callables, ``progress(fraction)`` with a fraction in [0, 1] and
``should_stop()`` returning True when the user asked to cancel, and read the
warnings a function collected from the result it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Optional


class UsmError(Exception):
    """Base class of every error the core raises on purpose."""


class InputError(UsmError, ValueError):
    """The input cannot be processed; the message says what was given and what is expected."""


class Cancelled(UsmError):
    """The caller asked to stop; no partial result is returned."""


ProgressCallback = Callable[[float], None]
StopCallback = Callable[[], bool]


class Steps:
    """Progress and cancellation for one call of a core function.

    Parameters
    ----------
    progress : callable, optional
        ``progress(fraction)`` with ``fraction`` in [0, 1].
    should_stop : callable, optional
        Returns True when the caller wants the work to stop.
    start, end : float
        The part of the caller's progress bar this object reports into, so a
        function can hand a slice of its bar to a function it calls.

    Examples
    --------
    >>> steps = Steps()
    >>> steps.check()          # raises Cancelled when should_stop() is True
    >>> inner = steps.part(0.5, 1.0)
    >>> inner.report(0.5)      # reports 0.75 to the outer progress callable
    """

    def __init__(
        self,
        progress: Optional[ProgressCallback] = None,
        should_stop: Optional[StopCallback] = None,
        start: float = 0.0,
        end: float = 1.0,
    ):
        self._progress = progress
        self._should_stop = should_stop
        self._start = start
        self._end = end

    def check(self) -> None:
        """Raise :class:`Cancelled` when the caller asked to stop."""
        if self._should_stop is not None and self._should_stop():
            raise Cancelled("cancelled by the user")

    def report(self, fraction: float) -> None:
        """Report progress (``fraction`` of this part) and check for cancellation."""
        if self._progress is not None:
            fraction = min(max(float(fraction), 0.0), 1.0)
            self._progress(self._start + (self._end - self._start) * fraction)
        self.check()

    def part(self, start: float, end: float) -> "Steps":
        """A :class:`Steps` covering ``[start, end]`` of this one."""
        width = self._end - self._start
        return Steps(
            self._progress,
            self._should_stop,
            self._start + width * start,
            self._start + width * end,
        )


@dataclass
class Notes:
    """Warnings and informational lines a core function collected for the user.

    Warnings are things the user must know (values set to missing, points
    dropped, a statistic that may mislead); info lines report choices made.
    """

    warnings: List[str] = field(default_factory=list)
    info: List[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def say(self, message: str) -> None:
        self.info.append(message)

    def extend(self, other: "Notes") -> None:
        self.warnings.extend(other.warnings)
        self.info.extend(other.info)


def as_steps(progress: Optional[ProgressCallback] = None,
             should_stop: Optional[StopCallback] = None) -> Steps:
    """The usual first line of a core function: wrap the two callables."""
    return Steps(progress, should_stop)
