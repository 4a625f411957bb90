"""One Config object: defaults, then `citeaudit.toml`, then the environment, then CLI flags."""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from citeaudit.core.errors import ConfigError


def _scheme_dir() -> Path:
    """coding_scheme/: the repository's folder in a checkout (editable install), else the copy
    a built wheel ships inside the package (pyproject.toml maps it to citeaudit/coding_scheme)."""
    package = Path(__file__).resolve().parents[1]  # citeaudit/, above core/
    checkout = package.parent / "coding_scheme"
    return checkout if checkout.is_dir() else package / "coding_scheme"


SCHEME_DIR = _scheme_dir()
DEFAULT_TARGET = "ARXIV:2204.05862"
S2_API_URL = "https://api.semanticscholar.org"

DEFAULT_ALIASES = (
    "HH-RLHF",
    "hh-rlhf",
    "HH RLHF",
    "Anthropic/hh-rlhf",
    "Anthropic HH",
    "Anthropic-HH",
    "Anthropic Helpful-Harmless",
    "Anthropic Helpful and Harmless",
    "Helpful and Harmless (HH)",
    "HH dataset",
    "helpful-base",
    "harmless-base",
    "helpful-online",
    "helpful-rejection-sampled",
    "red-team-attempts",
    "Dahoas/rm-static",  # hub copies of HH, named in footnote URLs
    "Dahoas/full-hh-rlhf",
    "Dahoas/static-hh",
    "2204.05862",
)


@dataclass
class Config:
    """Every setting a stage reads. Secrets are kept out of repr()."""

    store_path: Path = Path("cache/citeaudit.sqlite")
    cache_dir: Path = Path("cache")
    reports_dir: Path = Path("reports")
    target: str = DEFAULT_TARGET

    # Semantic Scholar
    s2_api_url: str = S2_API_URL
    s2_api_key: str | None = field(default=None, repr=False)
    s2_min_interval_s: float | None = None  # None: 1.0 s with a key, 3.0 s without
    s2_timeout_s: float = 30.0
    s2_max_retries: int = 6
    s2_backoff_base_s: float = 2.0
    s2_backoff_max_s: float = 120.0
    s2_page_limit: int = 1000

    # selection
    top_n: int = 100
    rank_rule: str = "citations"
    as_of: str | None = None

    # PDFs
    pdf_dir: Path = Path("cache/pdfs")
    arxiv_pdf_url: str = "https://arxiv.org/pdf"
    acl_pdf_url: str = "https://aclanthology.org"
    http_timeout_s: float = 60.0
    http_max_retries: int = 3
    arxiv_min_interval_s: float = 3.0
    host_min_interval_s: float = 1.0
    pdf_download: bool = True  # False: `run` takes PDFs only from pdf_dir, asks no server
    # reading one PDF (validation, extraction) happens in a worker process under these limits
    pdf_memory_limit_mb: int = 2048  # beyond the worker at rest
    pdf_time_limit_s: float = 120.0
    user_agent: str = "citeaudit/0.1 (+https://github.com/citeaudit/citeaudit; research use)"

    # passages
    aliases: tuple[str, ...] = DEFAULT_ALIASES
    spacy_model: str | None = None  # a trained pipeline name; None: blank English + rules

    # OpenAI-compatible endpoints (LLM coder, judge, generation backend)
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str | None = None
    openai_api_key: str | None = field(default=None, repr=False)

    # dataset audit (HH-RLHF)
    identity_lexicon: Path | None = None  # None: coding_scheme/identity_terms.yaml
    hh_source_url: str = "https://raw.githubusercontent.com/anthropics/hh-rlhf/master"
    hh_data_dir: Path | None = None  # a local copy laid out like the hh-rlhf repository
    audit_classifier: str = "builtin"  # or "package.module:name" (see audit.refusal)

    @property
    def s2_interval(self) -> float:
        """Seconds between S2 requests: 1 request/s with a key, slower without."""
        if self.s2_min_interval_s is not None:
            return self.s2_min_interval_s
        return 1.0 if self.s2_api_key else 3.0

    def replace(self, **changes: Any) -> Config:
        """A copy with some settings changed; None values are ignored (unset CLI flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_PATH_FIELDS = {
    f.name for f in dataclasses.fields(Config) if f.type in ("Path", Path, "Path | None")
}
_ENV = {
    "S2_API_KEY": "s2_api_key",
    "CITEAUDIT_S2_API_URL": "s2_api_url",
    "CITEAUDIT_STORE": "store_path",
    "OPENAI_API_KEY": "openai_api_key",
    "CITEAUDIT_OPENAI_BASE_URL": "openai_base_url",
    "CITEAUDIT_OPENAI_MODEL": "openai_model",
}


def _coerce(name: str, value: Any, source: str) -> Any:
    known = {f.name: f for f in dataclasses.fields(Config)}
    if name not in known:
        raise ConfigError(f"{source}: unknown setting {name!r}; known: {', '.join(sorted(known))}")
    if name in _PATH_FIELDS:
        return Path(value)
    if name == "aliases":
        if not isinstance(value, (list, tuple)) or not all(isinstance(a, str) for a in value):
            raise ConfigError(f"{source}: 'aliases' must be a list of strings")
        return tuple(value)
    default = getattr(Config(), name)
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, int) and not isinstance(value, int):
        raise ConfigError(f"{source}: {name!r} must be an integer, got {value!r}")
    if isinstance(default, float) and not isinstance(value, (int, float)):
        raise ConfigError(f"{source}: {name!r} must be a number, got {value!r}")
    return value


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Defaults, then the TOML file (given, or ./citeaudit.toml if present), then environment."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    toml_path = path if path is not None else Path("citeaudit.toml")
    if path is not None and not path.exists():
        raise ConfigError(f"{path}: config file not found")
    if toml_path.exists():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{toml_path}: not valid TOML ({exc})") from exc
        section = data.get("citeaudit", data)
        for key, value in section.items():
            values[key.replace("-", "_")] = _coerce(key.replace("-", "_"), value, str(toml_path))
    for env_name, attr in _ENV.items():
        if environ.get(env_name):
            values[attr] = _coerce(attr, environ[env_name], f"environment {env_name}")
    return Config(**values)
