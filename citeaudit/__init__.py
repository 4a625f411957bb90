"""citeaudit: audit a safety dataset, the literature that cites it, and the models trained on it."""

__version__ = "0.1.0"
