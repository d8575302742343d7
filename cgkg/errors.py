"""Errors a user can cause, each with the exit code the CLI reports for it."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # the data violates the shapes or the quality checks
    USAGE = 2  # unreadable input, unknown query or parameter, bad value, syntax error
    ENDPOINT = 3  # the SPARQL endpoint could not be reached or answered badly


class CgkgError(Exception):
    """A user-facing error: its message is one clear sentence."""

    exit_code = ExitCode.USAGE


class InputError(CgkgError):
    """A data file or query file could not be read or parsed."""


class QueryError(CgkgError):
    """A query is unknown, malformed, or of a refused form."""


class ParameterError(CgkgError):
    """A query parameter is unknown, missing or has a bad value."""


class OutputFormatError(CgkgError):
    """An answer holds something the output format asked for cannot represent."""


class EndpointError(CgkgError):
    """A remote SPARQL endpoint failed."""

    exit_code = ExitCode.ENDPOINT
