"""Generation backends behind one interface: `generate(prompts, params, seeds) -> texts`.

- `hf`: a local transformers causal LM, batched with left padding; the tokenizer's chat
  template when it has one, HH's "\\n\\nHuman: ...\\n\\nAssistant:" format otherwise.
  Sampling uses one random generator per row, so each (prompt, seed) is reproducible whatever
  the batch it lands in.
- `openai`: any OpenAI-compatible server (vLLM, TGI, Ollama, hosted APIs), chat or completions,
  up to `concurrency` requests at once (a thread pool: the work is waiting, see
  benchmarks/bench_generation.py), timeouts and retries on 429/5xx honouring Retry-After;
  several base URLs (servers of the same model) take requests in turn.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from citeaudit.core.errors import CiteauditError
from citeaudit.core.redaction import redact, redacted_json

log = logging.getLogger(__name__)
BACKENDS = ("hf", "openai")
HH_TEMPLATE = "\n\nHuman: {prompt}\n\nAssistant:"


class BackendError(CiteauditError):
    """A model server or local model failed in a way retrying does not fix."""


@dataclass(frozen=True)
class GenerationParams:
    """Sampling settings; recorded with every generation and part of its cache key."""

    max_new_tokens: int = 256
    temperature: float = 0.0  # 0: greedy
    top_p: float = 1.0
    seed: int = 0  # sample k of a prompt uses seed + k
    system_prompt: str | None = None
    prompt_format: str = "auto"  # auto | chat | hh | raw (hf); chat | completion (openai)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Backend(Protocol):
    name: str
    model: str
    revision: str

    def generate(self, prompts: Sequence[str], params: GenerationParams,
                 seeds: Sequence[int] | None = None) -> list[str]: ...


# ---------------------------------------------------------------------------
# transformers
# ---------------------------------------------------------------------------
class HFBackend:
    """A local transformers model. Pass a name/path, or a ready model and tokenizer (tests)."""

    name = "hf"

    def __init__(self, model: str | Any, tokenizer: Any = None, revision: str | None = None,
                 batch_size: int = 8, device: str | None = None):
        try:
            import torch  # noqa: F401
            import transformers
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise BackendError("the hf backend needs the models extra: "
                               "in the citeaudit folder, pip install -e '.[models]'") from exc
        if isinstance(model, str):
            self.model = model
            self.revision = revision or ""
            try:
                tokenizer = tokenizer or transformers.AutoTokenizer.from_pretrained(
                    model, revision=revision)
                self._lm = transformers.AutoModelForCausalLM.from_pretrained(
                    model, revision=revision)
            except (OSError, ValueError) as exc:
                raise BackendError(f"cannot load the model {model!r}: {exc}") from exc
        else:
            self._lm = model
            self.model = getattr(model.config, "name_or_path", "") or type(model).__name__
            self.revision = revision or getattr(model.config, "_commit_hash", None) or ""
            if tokenizer is None:
                raise BackendError("pass the tokenizer together with a model object")
        self.tokenizer = tokenizer
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.batch_size = batch_size
        if device:
            self._lm.to(device)
        self._lm.eval()

    def format_prompt(self, prompt: str, params: GenerationParams) -> str:
        fmt = params.prompt_format
        has_template = bool(getattr(self.tokenizer, "chat_template", None))
        if fmt == "chat" or (fmt == "auto" and has_template):
            if not has_template:
                raise BackendError(f"{self.model}: the tokenizer has no chat template; "
                                   "use prompt_format hh or raw")
            messages = ([{"role": "system", "content": params.system_prompt}]
                        if params.system_prompt else [])
            messages.append({"role": "user", "content": prompt})
            return self.tokenizer.apply_chat_template(messages, tokenize=False,
                                                      add_generation_prompt=True)
        if fmt in ("hh", "auto"):
            system = f"{params.system_prompt}\n" if params.system_prompt else ""
            return system + HH_TEMPLATE.format(prompt=prompt)
        if fmt == "raw":
            return prompt
        raise BackendError(f"unknown prompt format {fmt!r} for hf (auto, chat, hh, raw)")

    def generate(self, prompts: Sequence[str], params: GenerationParams,
                 seeds: Sequence[int] | None = None) -> list[str]:
        """Texts for `prompts`; with temperature > 0, row i is sampled with `seeds[i]`.

        Sampling draws each row's randomness from its own generator (see SeededSampling),
        so a (prompt, seed) pair gives the same text whatever else is in its batch, as
        greedy decoding does. Both hold up to floating-point differences that left padding
        can cause in the logits (none seen on CPU in the tests).
        """
        import torch

        seeds = list(seeds) if seeds is not None else [params.seed] * len(prompts)
        if len(seeds) != len(prompts):
            raise BackendError(f"{len(seeds)} seeds for {len(prompts)} prompts")
        texts: list[str] = []
        for start in range(0, len(prompts), self.batch_size):
            batch = [self.format_prompt(p, params) for p in prompts[start:start + self.batch_size]]
            encoded = self.tokenizer(batch, return_tensors="pt", padding=True,
                                     add_special_tokens=False)
            encoded = {k: v.to(self._lm.device) for k, v in encoded.items()}
            # always transformers' greedy loop: sampling is argmax over logits plus per-row
            # Gumbel noise, which draws exactly from the temperature/top-p distribution
            options: dict[str, Any] = {
                "max_new_tokens": params.max_new_tokens, "do_sample": False,
                "pad_token_id": self.tokenizer.pad_token_id,
            }
            if params.temperature > 0:
                options["logits_processor"] = [SeededSampling(
                    seeds[start:start + len(batch)], params.temperature, params.top_p)]
            with torch.no_grad():
                output = self._lm.generate(**encoded, **options)
            new_tokens = output[:, encoded["input_ids"].shape[1]:]
            texts += [t.strip() for t in
                      self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]
        return texts


class SeededSampling:
    """A transformers logits processor that turns greedy decoding into sampling with one
    random generator per row: it applies temperature and top-p, then adds Gumbel noise drawn
    from the row's own generator (seeded with the row's seed), so the argmax is a sample from
    the row's distribution and step t of a row always uses that row's t-th draw. Unlike
    `do_sample=True`, which draws every row from one global generator, the outcome of a
    (prompt, seed) pair does not depend on the other rows of the batch.
    """

    def __init__(self, seeds: Sequence[int], temperature: float, top_p: float = 1.0):
        if temperature <= 0:
            raise BackendError("SeededSampling needs temperature > 0 (0 means greedy)")
        self.seeds = [int(s) for s in seeds]
        self.temperature = float(temperature)
        self.top_p = float(top_p)
        self._generators: list[Any] | None = None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        if self._generators is None:
            self._generators = [torch.Generator(device=scores.device).manual_seed(s)
                                for s in self.seeds]
        if scores.shape[0] != len(self._generators):
            raise BackendError(f"{scores.shape[0]} rows but {len(self._generators)} seeds")
        scores = scores.float() / self.temperature
        if self.top_p < 1.0:
            ordered, order = torch.sort(scores, descending=True, dim=-1)
            before = torch.softmax(ordered, dim=-1).cumsum(dim=-1) - torch.softmax(ordered,
                                                                                   dim=-1)
            drop = before >= self.top_p  # keep the smallest set whose mass reaches top_p
            drop[..., 0] = False
            scores = scores.masked_fill(drop.scatter(-1, order, drop), float("-inf"))
        uniform = torch.stack([
            torch.rand(scores.shape[-1], generator=g, device=scores.device)
            for g in self._generators])
        gumbel = -torch.log(-torch.log(uniform.clamp(min=1e-20, max=1 - 1e-7)))
        return scores + gumbel


# ---------------------------------------------------------------------------
# OpenAI-compatible HTTP
# ---------------------------------------------------------------------------
def base_urls(urls: str | Sequence[str]) -> list[str]:
    """A list of base URLs from one URL, a comma-separated list, or a sequence of either."""
    parts = [urls] if isinstance(urls, str) else list(urls)
    found = [u.strip().rstrip("/") for part in parts for u in part.split(",") if u.strip()]
    if not found:
        raise BackendError("no base URL given for the openai backend (--base-url, or "
                           "openai_base_url in citeaudit.toml)")
    return found


class OpenAIBackend:
    """Chat or completions on OpenAI-compatible servers, `concurrency` requests at a time.

    `base_url` may list several servers of the same model (comma-separated, or a sequence):
    requests go to each in turn, and a retried request goes to the next one.
    """

    name = "openai"

    def __init__(self, base_url: str | Sequence[str], model: str, api_key: str | None = None,
                 revision: str | None = None, concurrency: int = 4, timeout_s: float = 60.0,
                 max_retries: int = 6, backoff_base_s: float = 1.0, backoff_max_s: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep):
        import httpx

        self.base_urls = base_urls(base_url)
        self.base_url = self.base_urls[0]
        self._turns = itertools.cycle(self.base_urls)
        self.model = model
        self.revision = revision or ""
        self.concurrency = max(1, concurrency)
        self.max_retries = max_retries
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self._sleep = sleep
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._secrets = [api_key]  # redacted from every text a server sends back
        self._client = httpx.Client(timeout=timeout_s, headers=headers,
                                    limits=httpx.Limits(max_connections=self.concurrency))
        self.requests = 0
        self.retries = 0
        self._count_lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> OpenAIBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _payload(self, prompt: str, params: GenerationParams, seed: int) -> tuple[str, dict]:
        body: dict[str, Any] = {"model": self.model, "max_tokens": params.max_new_tokens,
                                "temperature": params.temperature, "top_p": params.top_p,
                                "seed": seed}
        if params.prompt_format in ("chat", "auto"):
            messages = ([{"role": "system", "content": params.system_prompt}]
                        if params.system_prompt else [])
            body["messages"] = [*messages, {"role": "user", "content": prompt}]
            return "/chat/completions", body
        if params.prompt_format in ("completion", "hh", "raw"):
            text = HH_TEMPLATE.format(prompt=prompt) if params.prompt_format == "hh" else prompt
            body["prompt"] = text
            return "/completions", body
        raise BackendError(f"unknown prompt format {params.prompt_format!r} for openai "
                           "(chat, completion, hh, raw)")

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.backoff_max_s)
            except ValueError:
                pass  # an HTTP date: fall back to backoff
        return min(self.backoff_base_s * 2 ** attempt, self.backoff_max_s)

    def _one(self, prompt: str, params: GenerationParams, seed: int) -> str:
        return self._post(*self._payload(prompt, params, seed))

    def chat(self, messages: Sequence[dict[str, str]], max_tokens: int = 256,
             temperature: float = 0.0, seed: int = 0) -> str:
        """One chat completion for a whole conversation (e.g. an LLM judge and its retry),
        with the same retries, timeouts and request counting as `generate`."""
        return self._post("/chat/completions", {
            "model": self.model, "messages": list(messages), "max_tokens": max_tokens,
            "temperature": temperature, "seed": seed})

    def _post(self, path: str, body: dict[str, Any]) -> str:
        import httpx

        for attempt in range(self.max_retries + 1):
            with self._count_lock:
                self.requests += 1
                url = next(self._turns) + path
            retry_after = None
            try:
                response = self._client.post(url, json=body)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                problem = f"{type(exc).__name__}: {exc}"
                if isinstance(exc, httpx.ConnectError):
                    problem += ("; is an OpenAI-compatible server running there? (--base-url, "
                                "or openai_base_url in citeaudit.toml)")
            else:
                answer = redact(response.text, self._secrets)
                if response.status_code == 200:
                    return _response_text(answer, url)
                if response.status_code != 429 and response.status_code < 500:
                    raise BackendError(f"{url}: HTTP {response.status_code}: {answer[:300]}")
                problem = f"HTTP {response.status_code}"
                retry_after = response.headers.get("retry-after")
            if attempt == self.max_retries:
                raise BackendError(f"{url}: still failing after {self.max_retries} retries "
                                   f"({problem})")
            delay = self._delay(attempt, retry_after)
            log.info("%s: %s; retrying in %.1f s", url, problem, delay)
            with self._count_lock:
                self.retries += 1
            self._sleep(delay)
        raise AssertionError("unreachable")

    def generate(self, prompts: Sequence[str], params: GenerationParams,
                 seeds: Sequence[int] | None = None) -> list[str]:
        seeds = list(seeds) if seeds is not None else [params.seed] * len(prompts)
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(lambda args: self._one(*args),
                                 [(p, params, s) for p, s in zip(prompts, seeds, strict=True)]))


def _response_text(answer: str, url: str) -> str:
    """The generated text of an OpenAI-style JSON answer (already redacted)."""
    try:
        choice = redacted_json(answer)["choices"][0]
        text = choice["message"]["content"] if "message" in choice else choice["text"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise BackendError(f"{url}: not an OpenAI-style answer ({answer[:200]!r})") from exc
    return (text or "").strip()


def make_backend(name: str, model: str, **options: Any) -> Backend:
    """A backend by name: hf (model name or path) or openai (needs base_url)."""
    if name == "hf":
        return HFBackend(model, **options)
    if name == "openai":
        return OpenAIBackend(model=model, **options)
    raise BackendError(f"unknown backend {name!r}; choose from {', '.join(BACKENDS)}")
