"""A small, realistic store for report tests: a target, twelve selected papers (one with a
hostile title), references among them, S2 contexts, and providers standing in for the
PDF, passage, coding, and audit stages with records in the documented shapes."""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go

from citeaudit.report.data import ExternalSection, TableData
from citeaudit.store import Store

TARGET = "T0"
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
SCRIPT_BREAKOUT = "</script><script>alert(2)</script>"
ROLES = ["policy-training", "reward-model", "evaluation", "mention-only"]
# labels as long as the real codebook's, so legends and ticks must find room for them
ROLE_LABELS = {"policy-training": "Policy training (SFT, RLHF or DPO-style)",
               "reward-model": "Reward / preference model training",
               "evaluation": "Evaluation or benchmark",
               "mention-only": "Mention only, the data not used"}
SUBSETS = ["helpful", "harmless", "red-team", "unspecified"]
LONG_TABLE_ROWS = 60  # more than a page of the report's pager (25)


def paper_ids() -> list[str]:
    return [f"P{i:02d}" for i in range(1, 13)]


def titles() -> dict[str, str]:
    out = {pid: f"Aligning models, part {i}" for i, pid in enumerate(paper_ids(), 1)}
    out["P03"] = HOSTILE_TITLE
    out["P05"] = "=HYPERLINK(\"http://evil.example\",\"click\")"
    return out


def build_store(path: Path) -> Store:
    store = Store(path)
    ids = paper_ids()
    names = titles()
    store.literature.upsert_papers([{
        "paperId": TARGET, "title": "Training a Helpful and Harmless Assistant with RLHF",
        "year": 2022, "citationCount": 2000, "externalIds": {"ArXiv": "2204.05862"},
    }])
    page = [{
        "citingPaper": {
            "paperId": pid, "title": names[pid], "year": 2022 + i % 3,
            "venue": ["NeurIPS", "ICLR", "ACL", "", "<b>Venue</b>"][i % 5],
            "citationCount": 500 - 10 * i, "influentialCitationCount": 50 - i,
            "authors": [{"name": f"Author {i}"}, {"name": "<script>x</script>"}],
            "externalIds": {"ArXiv": f"2301.{i:05d}"} if i % 2 else {"DOI": f"10.1/x{i}"},
        },
        "isInfluential": i % 2 == 0,
        "contexts": [f"We train on HH-RLHF (Bai et al., 2022) in experiment {i}."],
        "intents": ["methodology"],
    } for i, pid in enumerate(ids)]
    store.literature.upsert_citation_page(TARGET, "", 0, 1000, page, None)
    store.literature.insert_selection(TARGET, "citations", 12, None, 12, 0, [
        (pid, [pid], {"citation_count": 500 - 10 * i, "influential_citation_count": 50 - i,
                      "is_influential": i % 2 == 0})
        for i, pid in enumerate(ids)])
    for i, pid in enumerate(ids):
        refs = [{"paperId": TARGET}, {"paperId": "EXT1"}]
        refs += [{"paperId": ids[j]} for j in range(i) if (i + j) % 3 == 0]
        store.literature.upsert_references(pid, refs)
    return store


def pdf_outcomes(store, ids):
    states = ["ok"] * 9 + ["http-403", "no-open-access", "not-a-pdf"]
    return [{"paper_id": pid, "state": state, "reason": f"because {state}"}
            for pid, state in zip(ids, states, strict=False)]


def passages(store, ids):
    out = []
    for i, pid in enumerate(ids[:9]):
        out.append({"paper_id": pid, "text": f"We fine-tune on the HH-RLHF helpful-base split "
                    f"({i}).", "page": i + 2, "section": "Experiments", "source": "pdf",
                    "matched": "HH-RLHF"})
    out.append({"paper_id": ids[0], "text": SCRIPT_BREAKOUT, "page": 1, "section": "Intro",
                "source": "pdf", "matched": "HH"})
    return out


def codebook(store, ids):
    return [
        {"id": "role", "label": "Role of the dataset", "multiple": True, "version": "1.0",
         "codes": [{"id": c, "label": ROLE_LABELS[c]} for c in ROLES]},
        {"id": "subset", "label": "Subset used", "multiple": True, "version": "1.0",
         "codes": [{"id": c, "label": c} for c in SUBSETS]},
        {"id": "critical", "label": "Critical engagement", "version": "1.0",
         "codes": [{"id": "yes", "label": "acknowledges limitations"},
                   {"id": "no", "label": "does not"}]},
    ]


def codes(store, ids):
    out = []
    for i, pid in enumerate(ids):
        role = ROLES[i % 4]
        out.append({"paper_id": pid, "dimension": "role", "code": role, "coder": "auto",
                    "kind": "auto", "codebook_version": "1.0"})
        out.append({"paper_id": pid, "dimension": "subset", "code": SUBSETS[i % 4],
                    "coder": "auto", "kind": "auto", "codebook_version": "1.0"})
        if i < 8:  # two humans code the first eight; they disagree on P02's role
            human_role = ROLES[(i + 1) % 4] if pid == "P02" else role
            out.append({"paper_id": pid, "dimension": "role", "code": role, "coder": "ann",
                        "kind": "human", "codebook_version": "1.0"})
            out.append({"paper_id": pid, "dimension": "role", "code": human_role,
                        "coder": "bo", "kind": "human", "codebook_version": "1.0"})
            out.append({"paper_id": pid, "dimension": "critical", "code": "yes" if i % 3 == 0
                        else "no", "coder": "ann", "kind": "human", "codebook_version": "1.0"})
    out.append({"paper_id": "P03", "dimension": "role", "code": "evaluation",
                "coder": "ann", "kind": "adjudicated", "codebook_version": "1.0"})
    return out


def agreement(store, ids):
    return [
        {"dimension": "role", "coders": "ann vs bo", "statistic": "cohen_kappa",
         "value": 0.83, "n_units": 8},
        {"dimension": "role", "coders": "all humans", "statistic": "krippendorff_alpha",
         "value": 0.81, "low": 0.55, "high": 1.0, "n_units": 8},
        {"dimension": "role: reward-model", "coders": "all humans",
         "statistic": "krippendorff_alpha", "value": 1.3877787807814457e-17, "n_units": 8},
        {"dimension": "critical", "coders": "all humans", "statistic": "krippendorff_alpha",
         "value": 0.4166666666666667, "low": 0.05, "high": 0.8, "n_units": 8},
        {"dimension": "role", "coders": "auto vs adjudicated", "statistic": "cohen_kappa",
         "value": 0.62, "n_units": 8},
    ]


def audit_section(store, ids):
    fig = go.Figure(go.Bar(x=["exact duplicates", "empty responses"], y=[12, 3]))
    return ExternalSection(
        id="audit", title="Dataset audit", intro=["Checks over the HH-RLHF files."],
        figures=[fig],
        figure_captions=["Figure A2. Checks that failed (Table A3 lists them)."],
        tables=[TableData("Table A3. Findings", ["check", "pairs"],
                          [["duplicates", 12], [HOSTILE_TITLE, 3]]),
                TableData("Table A5. Share per record", ["record", "share", "pairs"],
                          [[f"record {i}", i / 7 if i % 10 else 1.3877787807814457e-17, i]
                           for i in range(LONG_TABLE_ROWS)])],
        facts=[("Pairs audited", "2,312")],
    )


PROVIDERS = {
    "pdf_outcomes": pdf_outcomes, "passages": passages, "codebook": codebook, "codes": codes,
    "agreement": agreement, "audit": audit_section,
}
