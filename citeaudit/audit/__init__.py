"""The HH-RLHF dataset audit: loaders (local copy or public download), pair and turn
parsing, streaming measures stored per subset and split, a stratified sample for manual
labelling through the coding round-trip, and filtered variants in HH's own format.

Modules: `sources` (where files are, download), `parse` (streaming readers, pairs, turns),
`refusal` (built-in refusal/evasion classifier and the hook to swap in another),
`measures` (accumulators), `neardup` (MinHash LSH banding kept in the store), `topics`
(TF-IDF + NMF harm topics of red-team prompts), `audit` (the `run` stage), `sample`,
`filter`, `harm` (the harm signal behind automatic 'harmful' labels), `score` (automatic
labels vs hand labels), `tables` (each table's rows, built once from the stored run),
rendered by `report` (the report section) and `show` (`audit show`'s terminal tables).
"""

