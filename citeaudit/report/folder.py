"""Where a report goes: reports/<name>, the name derived from the target by default."""

from __future__ import annotations

from pathlib import Path

from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError


def report_name(config: Config) -> str:
    """A file-system-safe folder name derived from the target, e.g. `arxiv-2204.05862`."""
    slug = "".join(ch if ch.isalnum() or ch in ".-_" else "-" for ch in config.target.lower())
    slug = "-".join(part for part in slug.split("-") if part)
    return slug.strip(".") or "report"


def report_folder(config: Config, name: str | None = None) -> Path:
    """reports/<name>; `name` must be one plain folder name (default: from the target)."""
    if name is None:
        return config.reports_dir / report_name(config)
    if name in ("", ".", "..") or any(ch in name for ch in "/\\\0"):
        raise CiteauditError(
            f"report name {name!r}: must be one folder name inside {config.reports_dir}, "
            "without '/', '\\' or '..' (e.g. hh-2025); for a folder elsewhere use --out")
    return config.reports_dir / name
