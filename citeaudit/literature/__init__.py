"""The literature part: who cites the target and how they use its data.

Stages, in pipeline order: fetch (scholar: Semantic Scholar / OpenAlex client; select: ranking),
pdfs (download and check, under pdf_limits), extract (PDF -> usage passages, see extract/),
code auto (rulecode + llmcode, run by autocode), network; gold scores the rule coder against
hand-coded papers. pipeline runs them in order for `citeaudit run`.
"""
