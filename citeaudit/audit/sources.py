"""Where the HH-RLHF files are: a local folder laid out like the hh-rlhf repository, or a
download from the public source into the cache (resumable, gzip-verified, checksummed).

Layouts accepted for a local folder: `<subset>/<split>.jsonl.gz` (the GitHub repository and
the Hugging Face hub) and `<subset>-<split>.jsonl.gz` (flat copies).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citeaudit.core.errors import CiteauditError, InputError
from citeaudit.core.files import atomic_write

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

PAIR_SUBSETS = ("harmless-base", "helpful-base", "helpful-online", "helpful-rejection-sampled")
RED_TEAM = "red-team-attempts"
SUBSETS = (*PAIR_SUBSETS, RED_TEAM)
SPLITS = ("train", "test")
RED_TEAM_SPLIT = "all"
RED_TEAM_FILE = "red_team_attempts.jsonl.gz"
HF_HUB_URL = "https://huggingface.co/datasets/Anthropic/hh-rlhf/resolve/main"
CHECKSUM_FILE = "SHA256SUMS"


class DownloadError(CiteauditError):
    """The public source could not deliver a valid file."""


@dataclass(frozen=True)
class HHSource:
    """One file of HH: which subset and split it holds and where it lies on disk."""

    subset: str
    split: str
    path: Path

    @property
    def kind(self) -> str:
        return "red_team" if self.subset == RED_TEAM else "pairs"

    @property
    def label(self) -> str:
        return f"{self.subset}/{self.split}"


def relative_path(subset: str, split: str) -> str:
    """The path of a file inside the hh-rlhf repository."""
    if subset == RED_TEAM:
        return f"{RED_TEAM}/{RED_TEAM_FILE}"
    return f"{subset}/{split}.jsonl.gz"


def all_files() -> list[tuple[str, str]]:
    """Every (subset, split) that HH publishes."""
    return [(s, sp) for s in PAIR_SUBSETS for sp in SPLITS] + [(RED_TEAM, RED_TEAM_SPLIT)]


def parse_selection(subsets: list[str] | None, splits: list[str] | None) -> list[tuple[str, str]]:
    """The (subset, split) pairs a user asked for; unknown names are a clear error."""
    for name in subsets or ():
        if name not in SUBSETS:
            raise InputError(f"unknown subset {name!r}; known: {', '.join(SUBSETS)}")
    for name in splits or ():
        if name not in (*SPLITS, RED_TEAM_SPLIT):
            raise InputError(f"unknown split {name!r}; known: train, test (red-team: all)")
    chosen = []
    for subset, split in all_files():
        if subsets and subset not in subsets:
            continue
        if splits and subset != RED_TEAM and split not in splits:
            continue
        chosen.append((subset, split))
    return chosen


def guess_source(path: Path, subset: str | None = None, split: str | None = None) -> HHSource:
    """Subset and split of a file from its name (`harmless-base-test.jsonl.gz`,
    `harmless-base/test.jsonl.gz`), unless given."""
    name = path.name.removesuffix(".gz").removesuffix(".jsonl").removesuffix(".json")
    parent = path.parent.name
    if subset is None and ("red_team" in name or parent == RED_TEAM):
        subset = RED_TEAM
    if subset is None:
        subset = next((c for c in sorted(SUBSETS, key=len, reverse=True)
                       if name.startswith(c) or parent == c), None)
    if subset is None:
        raise InputError(f"{path}: cannot tell which HH subset this is; pass --subset")
    if subset not in SUBSETS:
        raise InputError(f"unknown subset {subset!r}; known: {', '.join(SUBSETS)}")
    if split is None:
        if subset == RED_TEAM:
            split = RED_TEAM_SPLIT
        else:
            split = next((s for s in SPLITS if name.endswith(s)), None)
            if split is None:
                raise InputError(f"{path}: cannot tell train from test; pass --split")
    return HHSource(subset, split, path)


def find_local(data_dir: Path, subset: str, split: str) -> Path | None:
    """The file for (subset, split) in a local folder, in either layout, or None."""
    candidates = [data_dir / relative_path(subset, split)]
    if subset == RED_TEAM:
        candidates += [data_dir / RED_TEAM_FILE, data_dir / f"{RED_TEAM}.jsonl.gz"]
    else:
        candidates += [data_dir / f"{subset}-{split}.jsonl.gz"]
    return next((p for p in candidates if p.is_file()), None)


def resolve_sources(
    selection: list[tuple[str, str]],
    *,
    data_dir: Path | None,
    cache_dir: Path,
    base_url: str | None,
    download: bool,
    timeout_s: float = 60.0,
    max_retries: int = 3,
    user_agent: str = "citeaudit",
    on_progress: Callable[[str, int, int | None], None] | None = None,
) -> list[HHSource]:
    """Local files first (data_dir, then the cache); download the rest when allowed."""
    sources = []
    missing = []
    download_dir = cache_dir / "hh-rlhf"
    for subset, split in selection:
        path = None
        if data_dir is not None:
            path = find_local(data_dir, subset, split)
        if path is None and (download_dir / relative_path(subset, split)).is_file():
            path = download_dir / relative_path(subset, split)
            verify_recorded_checksum(download_dir, relative_path(subset, split))
        if path is None and download and base_url:
            path = download_file(
                f"{base_url.rstrip('/')}/{relative_path(subset, split)}",
                download_dir, relative_path(subset, split), timeout_s=timeout_s,
                max_retries=max_retries, user_agent=user_agent, on_progress=on_progress,
            )
        if path is None:
            missing.append(relative_path(subset, split))
            continue
        sources.append(HHSource(subset, split, path))
    if missing:
        where = f" in {data_dir}" if data_dir else ""
        raise InputError(
            f"HH files not found{where}: {', '.join(missing)}; pass --data-dir with a copy of "
            f"github.com/anthropics/hh-rlhf, or --download to fetch them"
        )
    return sources


# ---------------------------------------------------------------------------
# Download
# ---------------------------------------------------------------------------
def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_checksums(folder: Path) -> dict[str, str]:
    path = folder / CHECKSUM_FILE
    if not path.exists():
        return {}
    sums = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, _, name = line.partition("  ")
            sums[name.strip()] = digest.strip()
    return sums


def record_checksum(folder: Path, name: str, digest: str) -> None:
    """Add `digest  name` to the folder's SHA256SUMS (sha256sum -c can check it)."""
    sums = read_checksums(folder)
    sums[name] = digest
    text = "".join(f"{d}  {n}\n" for n, d in sorted(sums.items()))
    atomic_write(folder / CHECKSUM_FILE, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def verify_recorded_checksum(folder: Path, name: str) -> str:
    """Check a cached download against the checksum recorded when it was fetched."""
    path = folder / name
    digest = sha256_file(path)
    expected = read_checksums(folder).get(name)
    if expected and expected != digest:
        raise DownloadError(
            f"{path}: SHA-256 {digest[:12]}... differs from {expected[:12]}... recorded at "
            f"download (file changed or damaged); delete it to download again"
        )
    return digest


def download_file(
    url: str,
    folder: Path,
    name: str,
    *,
    expected_sha256: str | None = None,
    timeout_s: float = 60.0,
    max_retries: int = 3,
    user_agent: str = "citeaudit",
    on_progress: Callable[[str, int, int | None], None] | None = None,
    session: requests.Session | None = None,
    check: Callable[[Path], str | None] | None = None,
) -> Path:
    """Fetch `url` to folder/name: resumes a `.part` file with a Range request, checks the
    length, the content (`check(path)` says what is wrong, or None; default: a complete gzip
    stream), and the SHA-256 (given, or recorded in SHA256SUMS on first download); renames
    into place only when all pass."""
    import requests  # here, not at the top: an audit of local files does without it

    target = folder / name
    part = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    http = session or requests.Session()
    attempt = 0
    while True:
        try:
            _fetch_into(http, url, part, timeout_s, user_agent, on_progress, name)
            break
        except (requests.ConnectionError, requests.Timeout, _Incomplete,
                requests.exceptions.ChunkedEncodingError) as exc:
            attempt += 1
            if attempt > max_retries:
                have = part.stat().st_size if part.exists() else 0
                raise DownloadError(
                    f"{url}: download failed after {attempt} tries ({exc}); rerun to resume "
                    f"from byte {have}, or use local copies (`audit run --data-dir DIR` or "
                    "FILES; `hh_dir` in a training recipe)") from exc
            log.warning("%s: %s; resuming (retry %d of %d)", url, exc, attempt, max_retries)
            time.sleep(min(2.0 ** attempt * 0.1, 10.0))
    problem = (check or gzip_problem)(part)
    if problem:
        part.unlink()
        what = "not a complete gzip file" if check is None else "not what was expected"
        raise DownloadError(f"{url}: downloaded file is {what} ({problem})")
    digest = sha256_file(part)
    expected = expected_sha256 or read_checksums(folder).get(name)
    if expected and digest != expected:
        part.unlink()
        raise DownloadError(f"{url}: SHA-256 {digest} differs from the expected {expected}")
    os.replace(part, target)
    record_checksum(folder, name, digest)
    return target


class _Incomplete(Exception):
    """The server closed the connection before sending every byte."""


def _fetch_into(http, url, part: Path, timeout_s, user_agent, on_progress, name) -> None:
    import requests

    have = part.stat().st_size if part.exists() else 0
    headers = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
    if have:
        headers["Range"] = f"bytes={have}-"
    with http.get(url, headers=headers, stream=True, timeout=timeout_s) as response:
        if response.status_code == 416 and have:
            return  # nothing left to send: the part file is whole (verified next)
        if response.status_code in (429,) or response.status_code >= 500:
            raise requests.ConnectionError(f"HTTP {response.status_code}")
        if response.status_code not in (200, 206):
            raise DownloadError(f"{url}: HTTP {response.status_code}")
        if response.status_code == 200:
            have = 0  # server ignored the range: start again
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        done = have
        with open(part, "ab" if have else "wb") as fh:
            for chunk in response.iter_content(1 << 16):
                fh.write(chunk)
                done += len(chunk)
                if on_progress:
                    on_progress(name, done, total)
        if total is not None and done < total:
            raise _Incomplete(f"got {done} of {total} bytes")


def gzip_problem(path: Path) -> str | None:
    """None if `path` is a complete gzip stream, else what is wrong (Git LFS pointer, cut off)."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    if head.startswith(b"version https://git-lfs"):
        return "a Git LFS pointer, not the data; use the Hugging Face hub URL"
    if not head.startswith(b"\x1f\x8b"):
        return f"does not start with the gzip magic bytes (starts {head[:16]!r})"
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc) or type(exc).__name__
    return None
