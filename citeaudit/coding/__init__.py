"""Coding: codebooks, automatic suggestions, spreadsheet round-trip, reliability, adjudication.

Shared by the three parts of citeaudit; the unit type is data (`paper`, `hh_pair`,
`response`, ...), so the same calls serve every kind of unit.

Public API (all take an open `citeaudit.store.Store`)::

    from citeaudit import coding

    book = coding.load_codebook("hh_usage")          # name in coding_scheme/ or a path
    # -> Codebook(name, version, unit_type, dimensions=(Dimension(name, multiple, codes), ...))
    #    invalid YAML or schema -> CodebookError listing every problem with its place

    coding.register_units(store, "hh_pair", [
        coding.Unit("pair-17", display={"prompt": "...", "chosen": "..."},
                    evidence=[{"turn": 1, "text": "..."}], position=1),
    ])                                               # idempotent; refreshes display/evidence
    #    the first display field among title, conversation (one "Human: ..." / "Assistant:
    #    ..." turn a line), prompt, text, name leads the row, frozen beside the id; a URL
    #    (http, https, file: a local PDF with #page=N) becomes a link; suggestions name an
    #    evidence row by its "..._id" and show it as "p. N: first words" or "Role: words"

    coding.store_auto_codes(store, book, [
        coding.Suggestion("pair-17", "label", ["harmful"], confidence=0.8, evidence=["t1"]),
    ], coder="auto")                                 # only 'auto' / 'auto-...'; history kept

    coding.export_xlsx(store, book, "alice", "alice.xlsx")   # or export_csv(...)
    #    a file already there is replaced only if importing it would change nothing (else
    #    WouldOverwriteError naming its unimported codes), or with overwrite=True;
    #    coding.check_export_target(store, path) makes that check alone
    report = coding.import_file(store, "alice.xlsx")         # .xlsx or .csv -> ImportReport
    #    any problem -> CodingImportError(.problems: [Problem(where="Units!F7", message)]);
    #    nothing stored. Re-importing the same file is a no-op (report.already_imported).
    #    Three-way merge against the export's snapshot: untouched cells never overwrite newer
    #    codes; a cell changed both in the file and in the store is a conflict (an error,
    #    unless prefer_file=True).

    coding.code_table(store, book)        # {coder: {unit_id: {dimension: [codes]}}}
    coding.final_codes(store, book)       # {unit_id: {dimension: [codes]}} adjudicated/unanimous
    coding.agreement(store, book)         # AgreementReport: alphas (per dimension, per code for
                                          # multi-label), pairs (Cohen's kappa, accuracy, n)
    coding.export_adjudication(store, book, "adjudicate.xlsx")  # disagreements only
    coding.import_file(store, "adjudicate.xlsx")                # stores coder 'adjudicated'

Codebook YAML (coding_scheme/*.yaml): name, version, unit_type, optional title, description,
instructions, unit_sheet ("Papers"), evidence_sheet ("Passages"), and dimensions, each with
name, label, question, multiple (bool), optional default / when_several (for the automatic
coder), and codes, each with code, label, definition, include, exclude, examples and
patterns (phrases or spaCy Matcher token patterns). Codes store the codebook version; a
codebook version whose text changed is refused by the store (bump the version).

Stored per (unit_type, unit_id, codebook, version, dimension, coder): the current value (a
list of code ids), confidence, evidence ids, source and time; every change is appended to
`code_history`, so no code is ever lost. Notes are stored as dimension `_notes`.
"""

from citeaudit.coding.adjudication import export_adjudication
from citeaudit.coding.codebook import (
    Code,
    Codebook,
    CodebookError,
    Dimension,
    load_codebook,
    parse_codebook,
)
from citeaudit.coding.export import ExportSummary, check_export_target, export_csv, export_xlsx
from citeaudit.coding.importing import (
    ImportReport,
    Unimported,
    import_csv,
    import_file,
    import_xlsx,
    unimported,
)
from citeaudit.coding.reliability import (
    AgreementReport,
    agreement,
    cohen_kappa,
    krippendorff_alpha_nominal,
)
from citeaudit.coding.report import report_agreement, report_codebook, report_codes
from citeaudit.coding.units import (
    ADJUDICATED,
    AUTO_CODER,
    Suggestion,
    Unit,
    code_table,
    final_codes,
    is_auto,
    notes_of,
    register_codebook,
    register_units,
    store_auto_codes,
    suggestions_of,
    units,
)
from citeaudit.coding.validate import CodingImportError, Problem, parse_codes

__all__ = [
    "ADJUDICATED", "AUTO_CODER", "AgreementReport", "Code", "Codebook", "CodebookError",
    "CodingImportError", "Dimension", "ExportSummary", "ImportReport", "Problem", "Suggestion",
    "Unimported", "Unit", "agreement", "check_export_target", "code_table", "cohen_kappa",
    "export_adjudication", "export_csv",
    "export_xlsx", "final_codes", "import_csv", "import_file", "import_xlsx", "is_auto",
    "krippendorff_alpha_nominal", "load_codebook", "notes_of", "parse_codebook", "parse_codes",
    "register_codebook", "register_units", "report_agreement", "report_codebook", "report_codes",
    "store_auto_codes", "suggestions_of", "unimported", "units",
]
