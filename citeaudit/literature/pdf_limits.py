"""Read PDFs in a worker process under a memory and a time limit.

A few KB of PDF can make MuPDF allocate without bound (form XObjects that each draw the
next one twice, 40 levels deep): read in the CLI's own process it eats all memory and
stops the whole run. A `PdfWorker` runs the reading in a child process whose address space
is capped (RLIMIT_AS) and whose answer is awaited at most `time_s`; a PDF over either
limit raises `TooComplex`, the child is replaced, and the caller records the paper as
`too-complex` and goes on. The memory limit counts from the worker at rest (Python,
PyMuPDF and, for extraction, spaCy already loaded), so it means the same on every machine.
"""

from __future__ import annotations

import multiprocessing
import re
import resource
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOO_COMPLEX = "too-complex"
# What workers run, imported once in the fork server so that a new worker starts in
# milliseconds rather than seconds (a fresh interpreter importing PyMuPDF and spaCy)
PRELOAD = ["citeaudit.literature.extract.pdf", "citeaudit.literature.pdfs", "spacy"]
_ALLOCATION_FAILED = re.compile(r"\b(m|c|re)alloc\b.*\bfailed\b|out of memory", re.I)


@dataclass(frozen=True)
class PdfLimits:
    """What reading one PDF may take: memory beyond the worker at rest, and time."""

    memory_mb: int = 2048
    time_s: float = 120.0

    @classmethod
    def from_config(cls, config: Any) -> PdfLimits:
        return cls(config.pdf_memory_limit_mb, config.pdf_time_limit_s)


class TooComplex(Exception):
    """Reading a PDF went over a limit; str() is the reason to record."""


def memory_reason(limits: PdfLimits) -> str:
    return (f"needs more than the memory limit of {limits.memory_mb} MB "
            "(pdf_memory_limit_mb)")


def time_reason(limits: PdfLimits) -> str:
    return f"not read within the time limit of {limits.time_s:g} s (pdf_time_limit_s)"


def limits_raised(reason: str | None, limits: PdfLimits) -> bool:
    """Whether the limit a recorded `too-complex` reason names is lower than `limits`."""
    memory = re.search(r"memory limit of (\d+) MB", reason or "")
    if memory:
        return limits.memory_mb > int(memory.group(1))
    time = re.search(r"time limit of ([\d.]+) s", reason or "")
    return bool(time) and limits.time_s > float(time.group(1))


def raise_if_out_of_memory(exc: BaseException) -> None:
    """MuPDF reports a failed allocation as a RuntimeError; code that skips a damaged page
    must not skip this one, so it becomes a MemoryError."""
    if _ALLOCATION_FAILED.search(str(exc)):
        raise MemoryError(str(exc)) from exc


def _address_space_bytes() -> int:
    statm = Path("/proc/self/statm")
    if not statm.exists():  # not Linux: the limit alone
        return 0
    return int(statm.read_text().split()[0]) * resource.getpagesize()


def _serve(conn: Any, memory_mb: int, setup: Callable[..., None] | None,
           setup_args: tuple) -> None:
    """The worker's loop: set up, cap the address space, then answer (func, args) tasks."""
    try:
        if setup is not None:
            setup(*setup_args)
    except Exception as exc:  # noqa: BLE001 - e.g. a spaCy model that is not installed
        _send_error(conn, exc)
        return
    cap = _address_space_bytes() + memory_mb * 2**20
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY
                                            else min(cap, hard), hard))
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        func, args = task
        try:
            conn.send(("ok", func(*args)))
        except MemoryError:
            conn.send(("memory", None))
            return  # a worker that ran out of memory is not trusted again
        except Exception as exc:  # noqa: BLE001 - handed to the caller to raise
            _send_error(conn, exc)


def _send_error(conn: Any, exc: Exception) -> None:
    try:
        conn.send(("error", exc))
    except Exception:  # noqa: BLE001 - an exception that does not pickle
        conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


class PdfWorker:
    """One child process reading PDFs under `limits`; replaced after a PDF over a limit.

    `setup(*setup_args)` runs in each new child before the memory cap (to load what every
    PDF needs, e.g. the sentence matcher). The child starts on the first `call`.
    """

    def __init__(self, limits: PdfLimits, setup: Callable[..., None] | None = None,
                 setup_args: tuple = ()):
        self.limits = limits
        self._setup, self._setup_args = setup, setup_args
        self._process: Any = None
        self._conn: Any = None

    def __enter__(self) -> PdfWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, func: Callable[..., Any], *args: Any) -> Any:
        """func(*args) in the child (both picklable); raises TooComplex over a limit."""
        if self._process is None:
            self._start()
        self._conn.send((func, args))
        if not self._conn.poll(self.limits.time_s):
            self._stop()
            raise TooComplex(time_reason(self.limits))
        try:
            status, value = self._conn.recv()
        except EOFError:  # killed outright (an allocation the C++ side did not survive)
            code = self._process.exitcode
            self._stop()
            raise TooComplex(f"{memory_reason(self.limits)}; the reader stopped "
                             f"(exit code {code})") from None
        if status == "memory":
            self._stop()
            raise TooComplex(memory_reason(self.limits))
        if status == "error":
            raise value
        return value

    def _start(self) -> None:
        # forkserver: children of a small clean process, so the cap is not eaten by what
        # this process holds (and no threads of this one are copied mid-lock, as with fork)
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child, self.limits.memory_mb, self._setup, self._setup_args),
            daemon=True, name="citeaudit-pdf-reader")
        self._process.start()
        child.close()
        try:
            status, value = self._conn.recv()
        except EOFError:
            status, value = "error", RuntimeError("the PDF reader process did not start")
        if status == "error":
            self._stop()
            raise value

    def _stop(self) -> None:
        if self._process is None:
            return
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()
        self._process = self._conn = None

    def close(self) -> None:
        """Let the child finish, or end it if it does not."""
        if self._process is None:
            return
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._process.join(timeout=5)
        self._stop()
