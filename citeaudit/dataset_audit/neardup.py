"""Near-duplicate prompts by MinHash with LSH banding, kept in the store so memory stays flat.

Each prompt becomes a MinHash signature over word 3-gram shingles (lower-cased, split at
whitespace and ASCII punctuation; shorter texts use their tokens). The signature is cut
into `bands` bands of `rows` values, the (bands, rows) that datasketch's `MinHashLSH`
chooses for the Jaccard `threshold`; prompts sharing a band bucket are candidates and are
confirmed when their estimated Jaccard similarity reaches the threshold. Buckets live in
SQLite, not in RAM.
"""

from __future__ import annotations

import hashlib
import string
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHashLSH

# ASCII punctuation becomes a space; bytes.translate and bytes.split run in C.
_PUNCT_TO_SPACE = bytes(
    32 if (chr(i) in string.punctuation) else i for i in range(256)
)
_MAX_HASH = np.uint64((1 << 32) - 1)


@dataclass(frozen=True)
class LshParams:
    threshold: float
    num_perm: int
    bands: int
    rows: int
    shingle_words: int = 3

    def describe(self) -> str:
        return (f"MinHash LSH, Jaccard >= {self.threshold} over word {self.shingle_words}-grams, "
                f"{self.num_perm} permutations, {self.bands} bands x {self.rows} rows")


def lsh_params(threshold: float = 0.8, num_perm: int = 64) -> LshParams:
    """Band layout minimising false positives and negatives at `threshold` (datasketch's)."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"near-duplicate threshold must be between 0 and 1, got {threshold}")
    index = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return LshParams(threshold, num_perm, index.b, index.r)


class Signer:
    """MinHash signatures and band keys for texts, with fixed seeded permutations."""

    def __init__(self, params: LshParams, seed: int = 1):
        self.params = params
        # multiply-shift hashing: (a*x + b) mod 2^64, top 32 bits; a odd
        rng = np.random.default_rng(seed)
        self._a = rng.integers(0, 1 << 63, size=params.num_perm, dtype=np.uint64) * 2 + 1
        self._b = rng.integers(0, 1 << 63, size=params.num_perm, dtype=np.uint64)
        width = params.rows * 4  # bytes of one band of uint32 values
        self._bands = [(band * width, (band + 1) * width, band.to_bytes(2, "big"))
                       for band in range(params.bands)]

    def shingle_hashes(self, text: str) -> np.ndarray:
        """32-bit hashes of the word k-grams (a polynomial of the words' CRC-32s)."""
        tokens = text.lower().encode("utf-8", "replace").translate(_PUNCT_TO_SPACE).split()
        hashes = np.fromiter(map(zlib.crc32, tokens), dtype=np.uint64, count=len(tokens))
        k = self.params.shingle_words
        if len(tokens) < k:
            return np.array([zlib.crc32(b" ".join(tokens))], dtype=np.uint64)
        n = len(tokens) - k + 1
        combined = hashes[:n].copy()
        for offset in range(1, k):
            combined = (combined * np.uint64(1_000_003) + hashes[offset:offset + n]) & _MAX_HASH
        return combined

    def signature(self, text: str) -> np.ndarray:
        hashes = self.shingle_hashes(text)
        permuted = (np.outer(hashes, self._a) + self._b) >> np.uint64(32)
        return permuted.min(axis=0).astype(np.uint32)

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One signed 64-bit key per band (fits an SQLite INTEGER)."""
        raw = signature.tobytes()
        return [int.from_bytes(hashlib.blake2b(raw[start:end], digest_size=8,
                                               person=person).digest(), "big", signed=True)
                for start, end, person in self._bands]


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    if sig_a == sig_b:
        return 1.0
    a = np.frombuffer(sig_a, dtype=np.uint32)
    b = np.frombuffer(sig_b, dtype=np.uint32)
    return np.count_nonzero(a == b) / len(a)
