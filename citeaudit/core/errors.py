"""Exceptions with messages a user can act on; the CLI prints them as one line."""


class CiteauditError(Exception):
    """Base class: anything the CLI reports as a clear one-line error."""


class ConfigError(CiteauditError):
    """A setting in citeaudit.toml or the environment is wrong."""


class StoreError(CiteauditError):
    """The store cannot be opened or is from an incompatible version."""


class InProgressError(CiteauditError):
    """Another process is doing the same work on the same store right now."""


class S2Error(CiteauditError):
    """Semantic Scholar answered with an error that retrying will not fix."""


class S2NotFound(S2Error):
    """The id does not name a paper Semantic Scholar knows."""


class S2Unavailable(S2Error):
    """Semantic Scholar could not be reached or kept failing after retries."""


class S2ResponseTooLarge(S2Error):
    """The API refused a page as too large; ask for a smaller one."""


class InputError(CiteauditError):
    """A user-supplied file or cell is malformed; the message names where."""


class WouldOverwriteError(CiteauditError):
    """An output file holds work that writing over it would lose; it was left as it is."""
