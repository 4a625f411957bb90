"""What every part uses and none owns.

`config` (defaults + citeaudit.toml + environment: one Config), `errors` (CiteauditError and
its kinds: the CLI prints one line and exits 1), `files` (the one atomic write, CSVs people
open, output folders replaced only when citeaudit wrote them), `redaction` (API keys never
stored, logged or printed), `lexicon` (identity terms, for the audit and the evaluation),
`stats` (Wilson, Newcombe, two-proportion z, CMH, Holm/BH), `text` (percent, shorten).
"""
