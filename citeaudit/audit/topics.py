"""Harm topics of red-team prompts: TF-IDF + NMF fitted on a seeded reservoir sample.

The reservoir (default 20,000 texts) bounds memory whatever the input size; with HH's
38,961 attempts it holds about half of them. Topics are reported with their top terms,
the share of sampled texts whose strongest topic they are, and a few example prompts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


class Reservoir:
    """Algorithm R: a uniform sample of at most `size` items from a stream."""

    def __init__(self, size: int, seed: int):
        self.size = size
        self.items: list[str] = []
        self.seen = 0
        self._rng = random.Random(seed)

    def add(self, item: str) -> None:
        self.seen += 1
        if len(self.items) < self.size:
            self.items.append(item)
        else:
            slot = self._rng.randrange(self.seen)
            if slot < self.size:
                self.items[slot] = item


@dataclass(frozen=True)
class Topic:
    topic: int
    top_terms: list[str]
    n_docs: int
    share: float
    examples: list[str]


def fit_topics(texts: list[str], n_topics: int = 10, n_terms: int = 12, seed: int = 0,
               n_examples: int = 3) -> list[Topic]:
    """NMF topics of `texts`; empty when there are too few texts to fit."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [t for t in texts if t.strip()]
    if len(texts) < max(2 * n_topics, 20):
        return []
    vectorizer = TfidfVectorizer(stop_words="english", max_df=0.5,
                                 min_df=2 if len(texts) < 1000 else 5, max_features=20000,
                                 ngram_range=(1, 2), sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every term pruned: texts too few or too alike to have topics
        return []
    if matrix.shape[1] < 2:
        return []
    n_topics = min(n_topics, matrix.shape[1] - 1, len(texts) - 1)
    model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=400)
    weights = model.fit_transform(matrix)
    vocabulary = vectorizer.get_feature_names_out()
    strongest = weights.argmax(axis=1)
    topics = []
    for k in range(n_topics):
        members = (strongest == k) & (weights.max(axis=1) > 0)
        order = weights[:, k].argsort()[::-1][:n_examples]
        topics.append(Topic(
            topic=k,
            top_terms=[str(vocabulary[i]) for i in model.components_[k].argsort()[::-1][:n_terms]],
            n_docs=int(members.sum()),
            share=round(float(members.sum()) / len(texts), 4),
            examples=[texts[i][:300] for i in order],
        ))
    return topics
