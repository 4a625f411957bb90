"""From a PDF to usage passages: the sentences that name the dataset or cite the target.

A PDF becomes ordered text blocks (layout: PyMuPDF blocks, two-column reading order,
ligatures expanded, line-end hyphens repaired). Blocks are classed as headings, bibliography
or body text. The target's bibliography entry gives its in-text marker (bibliography): a
number (`[12]`, `[3, 12-14]`) or author and year with the suffix the entry carries
(`Bai et al., 2022a`), which keeps HH apart from Constitutional AI (also Bai et al. 2022);
papers that cite with raised numbers get them as superscripts (superscript). spaCy (sentences:
blank English, rule-based sentences, a PhraseMatcher for the aliases) runs only on paragraphs
that a cheap regular-expression scan marks as candidates (paragraphs), so extraction stays
close to the speed of raw text extraction. Markers are found with regular expressions
(markers) because bracket lists like `[3, 12-14]` need their ranges expanded. pdf reads one
PDF, s2 adds Semantic Scholar's contexts and snippets, stage is the `extract` stage.
"""
