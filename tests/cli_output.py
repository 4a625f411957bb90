"""Reading what the CLI printed: tests compare words, not how a console laid them out."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios
from pathlib import Path

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def flat(text: str) -> str:
    """`text` with every run of whitespace (a wrapped line, table padding) as one space."""
    return " ".join(text.split())


def in_terminal(args: list[str], columns: int, *, env: dict[str, str], cwd: Path,
                timeout: float = 120) -> tuple[int, str, str]:
    """Run `args` with stdout on a pseudo-terminal `columns` wide (stderr piped): the exit
    code, what the terminal showed (colours and styles removed) and stderr."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in env.items() if k not in ("COLUMNS", "LINES")}  # the pty's size
    with subprocess.Popen(args, stdin=follower, stdout=follower, stderr=subprocess.PIPE,
                          env=env, cwd=cwd) as proc:
        os.close(follower)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        stderr = proc.stderr.read().decode()
        code = proc.wait(timeout=timeout)
    text = ANSI_ESCAPE.sub("", shown.decode()).replace("\r\n", "\n")
    return code, text, stderr
