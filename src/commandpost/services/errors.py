"""The refusals every service shares: a request refused, a thing not found, a step not allowed.

They live apart from the services so that any service, and the permission check they all call,
can raise them without importing one another.

A refusal is raised with a :class:`~commandpost.messages.Message` (a translatable template and
its params): ``str(error)`` is the English sentence (the command line and the log show it), and
``error.message`` lets a window say it in the user's language. A plain string is still accepted
for a sentence nobody translates; its ``message`` is then None.
"""

from __future__ import annotations

from commandpost.messages import Message


class PlanLibraryError(Exception):
    """A request the library refuses; the message says why in plain words."""

    def __init__(self, message: Message | str = "") -> None:
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(str(message))


class NotFoundError(PlanLibraryError):
    pass


class TransitionError(PlanLibraryError):
    pass
