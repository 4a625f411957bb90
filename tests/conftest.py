"""Shared fixtures: the real shared data folder, a fake Semantic Scholar API, fast configs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from browser_fixtures import browser  # noqa: E402, F401 (headless Chromium, module scope)
from fake_s2 import FakeS2, make_corpus  # noqa: E402

from citeaudit.core.config import Config  # noqa: E402

# Tests read the CLI's output as a pipe gets it: no colours, whatever the caller's shell forces.
for forcing in ("FORCE_COLOR", "TTY_COMPATIBLE"):
    os.environ.pop(forcing, None)

SHARED_DATA = TESTS.parents[1] / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A path in ../shared/data, or skip the test where that folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared real data not found at {path} (only on the project's machines)")
    return path


@pytest.fixture(scope="module")
def matcher():
    """The sentence matcher with the default aliases, one per test module."""
    from citeaudit.core.config import DEFAULT_ALIASES
    from citeaudit.literature.extract.sentences import SentenceMatcher

    return SentenceMatcher(DEFAULT_ALIASES)


@pytest.fixture
def fake_s2():
    with FakeS2(make_corpus(300, seed=7, twins=5)) as server:
        yield server


def fast_config(tmp_path: Path, api_url: str, **changes) -> Config:
    """A config that talks to a local server without real-world politeness delays."""
    return Config(
        store_path=tmp_path / "store.sqlite",
        cache_dir=tmp_path / "cache",
        reports_dir=tmp_path / "reports",
        pdf_dir=tmp_path / "cache" / "pdfs",
        s2_api_url=api_url,
        s2_min_interval_s=0.0,
        s2_backoff_base_s=0.01,
        s2_backoff_max_s=2.0,
        s2_max_retries=4,
        s2_timeout_s=5.0,
        arxiv_min_interval_s=0.0,
        host_min_interval_s=0.0,
        http_timeout_s=5.0,
    ).replace(**changes)


@pytest.fixture
def s2_config(tmp_path, fake_s2) -> Config:
    return fast_config(tmp_path, fake_s2.url)
