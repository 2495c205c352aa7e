"""The refusals every service shares: a request refused, a thing not found, a step not allowed.

They live apart from the services so that any service, and the permission check they all call,
can raise them without importing one another.
"""

from __future__ import annotations


class PlanLibraryError(Exception):
    """A request the library refuses; the message says why in plain words."""


class NotFoundError(PlanLibraryError):
    pass


class TransitionError(PlanLibraryError):
    pass
