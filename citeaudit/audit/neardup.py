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

# ASCII punctuation becomes a space; bytes.translate and bytes.split run in C.
_PUNCT_TO_SPACE = bytes(
    32 if (chr(i) in string.punctuation) else i for i in range(256)
)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHORT = np.uint64(1 << 63)  # marks a text with fewer than k words (no CRC-32 reaches it)


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
    """Band layout minimising false positives and negatives at `threshold`: the (bands, rows)
    that datasketch's `MinHashLSH` chooses (equal weights), computed here so that the audit
    need not import datasketch and scipy (half a second). Each probability is the integral
    of a polynomial of degree at most `num_perm`, which Gauss-Legendre quadrature with
    num_perm // 2 + 1 nodes integrates exactly."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"near-duplicate threshold must be between 0 and 1, got {threshold}")
    if num_perm < 2:
        raise ValueError(f"near duplicates need at least 2 permutations, got {num_perm}")
    layouts = np.array([(b, r) for b in range(1, num_perm + 1)
                        for r in range(1, num_perm // b + 1)], dtype=float)
    bands, rows = layouts[:, :1], layouts[:, 1:]
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(missed: bool, low: float, high: float) -> np.ndarray:
        s = (high - low) / 2 * nodes + (high + low) / 2
        none_equal = (1 - s ** rows) ** bands  # no band of the pair's signatures agrees
        probability = none_equal if missed else 1 - none_equal
        return (high - low) / 2 * (probability @ weights)

    error = (0.5 * integral(False, 0.0, threshold)      # false positives below it
             + 0.5 * integral(True, threshold, 1.0))    # false negatives above it
    best = int(np.argmin(error))  # the first of equal minima, as datasketch's scan
    bands_best, rows_best = int(layouts[best, 0]), int(layouts[best, 1])
    if bands_best < 2:
        raise ValueError(f"near-duplicate threshold {threshold} with {num_perm} permutations "
                         "gives a single LSH band; use more permutations or a lower threshold")
    return LshParams(threshold, num_perm, bands_best, rows_best)


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
        """The MinHash signature of one text (the plain definition; `signatures` computes
        the same values for many texts at once)."""
        hashes = self.shingle_hashes(text)
        permuted = (np.outer(hashes, self._a) + self._b) >> np.uint64(32)
        return permuted.min(axis=0).astype(np.uint32)

    def signatures(self, texts: list[str], max_shingles: int = 4096) -> np.ndarray:
        """Signatures of many texts, one row each, equal to `signature` of each text.

        The word hashes of all texts are combined into k-gram hashes and permuted in a few
        large numpy operations instead of several small ones per text; texts are taken in
        groups of at most `max_shingles` shingles so the permuted matrix stays small."""
        out = np.empty((len(texts), self.params.num_perm), dtype=np.uint32)
        group: list[np.ndarray] = []
        first = size = 0
        for i, text in enumerate(texts):
            hashes = self._word_hashes(text)
            if size and size + len(hashes) > max_shingles:
                out[first:i] = self._min_permuted(group)
                group, first, size = [], i, 0
            group.append(hashes)
            size += len(hashes)
        if group:
            out[first:] = self._min_permuted(group)
        return out

    def _word_hashes(self, text: str) -> np.ndarray:
        """The CRC-32s of the text's words, or for a text shorter than k words the one
        shingle hash `shingle_hashes` gives it, marked by a leading sentinel."""
        tokens = text.lower().encode("utf-8", "replace").translate(_PUNCT_TO_SPACE).split()
        if len(tokens) < self.params.shingle_words:
            return np.array([_SHORT, zlib.crc32(b" ".join(tokens))], dtype=np.uint64)
        return np.fromiter(map(zlib.crc32, tokens), dtype=np.uint64, count=len(tokens))

    def _min_permuted(self, group: list[np.ndarray]) -> np.ndarray:
        """Signatures of a group of `_word_hashes` arrays (see `signatures`)."""
        k = self.params.shingle_words
        lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        hashes = np.concatenate(group)
        combined = hashes.copy()
        for offset in range(1, k):  # the k-gram starting at each word, across text ends too
            combined[:-offset] = (combined[:-offset] * np.uint64(1_000_003)
                                  + hashes[offset:]) & _MAX_HASH
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        short = hashes[starts] == _SHORT
        # keep the k-grams that end inside their own text; a short text keeps its one hash
        counts = np.where(short, 1, lengths - k + 1)
        owner = np.repeat(np.arange(len(group)), counts)
        first_kept = np.zeros(len(group), dtype=np.int64)
        np.cumsum(counts[:-1], out=first_kept[1:])
        index = np.arange(counts.sum()) - np.repeat(first_kept, counts) + starts[owner]
        index[first_kept[short]] += 1
        shingles = np.where(short[owner], hashes[index], combined[index])
        permuted = np.multiply.outer(self._a, shingles)  # one row per permutation
        permuted += self._b[:, None]
        # the top 32 bits of the smallest value are the smallest top 32 bits
        smallest = np.minimum.reduceat(permuted, first_kept, axis=1)
        return (smallest.T >> np.uint64(32)).astype(np.uint32)

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
