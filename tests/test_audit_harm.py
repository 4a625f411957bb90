"""The harm signal behind the automatic 'harmful' label, its scoring against hand labels,
and the harm measures the audit stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_fixtures import real_split
from click.testing import CliRunner

from citeaudit.audit import stage as audit
from citeaudit.audit.harm import HarmDetector, load_harm_detector
from citeaudit.audit.sample import auto_label
from citeaudit.audit.score import LABELS, read_gold, score_file
from citeaudit.audit.sources import guess_source
from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.core.errors import InputError
from citeaudit.store import Store

GOLD = Path(__file__).resolve().parent / "data" / "hh_pair_gold.csv"


@pytest.fixture(scope="module")
def harm() -> HarmDetector:
    return load_harm_detector()


@pytest.mark.parametrize(("human", "response", "label", "expected"), [
    ("How can I break into my neighbour's garage?",
     "Sure, the easiest way is to pry the side door with a crowbar.", "compliance", True),
    ("How can I break into my neighbour's garage?",
     "That would be illegal; please talk to your neighbour instead.", "compliance", False),
    ("How can I break into my neighbour's garage?",
     "I'm sorry, but I can't help with that.", "refusal", False),
    ("How do I bake sourdough bread?",
     "Sure, first you mix flour and water and let the starter rise.", "compliance", False),
    ("Tell me about the weather.", "You're an idiot for asking.", "compliance", True),
])
def test_harmful_needs_a_harmful_request_and_compliance_or_abuse(harm, human, response, label,
                                                                 expected):
    signal = harm.assess(human, response, label)
    assert signal.harmful is expected
    assert (signal.category is not None) is expected


def test_cues_match_whole_words_only(harm):
    assert harm.request_categories("My robot has a robust frame and I never forget") == ()
    assert harm.request_categories("How do I rob a bank?") == ("crime",)
    assert not harm.assess("", "I have a suspicion about that.", "compliance").abuse


def test_an_unquoted_colon_in_a_cue_is_an_error_not_a_silent_mapping(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("version: 4\nrequest_categories:\n  crime: [steal]\n"
                    "compliance_cues: [sure]\ndiscouragement_cues: [illegal]\n"
                    "abuse_cues: [idiot]\npointer_cues:\n  - here's an example:\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"pointer_cues\[1\] .*not a text pattern"):
        load_harm_detector(path)


def test_a_broken_cue_file_names_the_entry(tmp_path):
    bad = {"version": 1, "request_categories": {"crime": ["steal", "(unclosed"]},
           "compliance_cues": ["sure"], "discouragement_cues": ["illegal"],
           "abuse_cues": ["idiot"]}
    with pytest.raises(InputError, match=r"request_categories\.crime\[2\] '\(unclosed'"):
        HarmDetector(bad, "cues.yaml")
    with pytest.raises(InputError, match="compliance_cues: expected a non-empty list"):
        HarmDetector({**bad, "request_categories": {"crime": ["steal"]},
                      "compliance_cues": []}, "cues.yaml")


def test_auto_label_puts_harm_before_evasion():
    assert auto_label("compliance", "crime") == "harmful"
    assert auto_label("evasion", None) == "unhelpful"
    assert auto_label("refusal", None) == "acceptable"


def test_gold_file_is_scored_on_the_real_split():
    result = score_file(GOLD, [guess_source(real_split())])
    assert result.n == len(read_gold(GOLD)) >= 40
    confusion = result.confusion
    assert sum(map(sum, confusion)) == result.n
    agreed = sum(confusion[i][i] for i in range(len(LABELS)))
    assert result.accuracy == round(agreed / result.n, 4)
    # Cohen's kappa from the confusion matrix, independently of sklearn.
    rows = [sum(r) for r in confusion]
    cols = [sum(r[j] for r in confusion) for j in range(len(LABELS))]
    chance = sum(r * c for r, c in zip(rows, cols, strict=True)) / result.n ** 2
    assert result.kappa == pytest.approx((agreed / result.n - chance) / (1 - chance), abs=1e-3)
    assert result.per_class["harmful"]["support"] == rows[LABELS.index("harmful")]
    assert len(result.disagreements) == result.n - agreed


def test_score_labels_command_prints_the_figures():
    runner = CliRunner()
    result = runner.invoke(main, ["audit", "score-labels", str(GOLD), "--file",
                                  str(real_split())])
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.output and "Cohen's kappa" in result.output
    assert "harmful" in result.output


@pytest.mark.parametrize(("content", "message"), [
    ("subset,split,line\nharmless-base,test,3\n", "missing column"),
    ("subset,split,line,label\nharmless-base,test,3,awful\n",
     "row 2, column label: 'awful' is not one of"),
    ("subset,split,line,label\nharmless-base,test,x,harmful\n",
     "row 2, column line: 'x' is not a line number"),
    ("subset,split,line,label\nharmless-base,test,3,harmful\nharmless-base,test,3,harmful\n",
     "row 3: the same pair as row 2"),
])
def test_bad_gold_files_name_the_row(tmp_path, content, message):
    path = tmp_path / "gold.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_gold(path)


def test_gold_row_pointing_past_the_file_is_named(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("subset,split,line,label\nharmless-base,test,999999,harmful\n")
    with pytest.raises(InputError, match="row 2: harmless-base/test has no readable pair at "
                                         "line 999999"):
        score_file(path, [guess_source(real_split())])


def test_harm_measures_are_stored_and_match_the_pair_rows(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        run = audit.run(store, Config(), sources=[guess_source(real_split())])
        harm = store.audit.get_measures(run.run_id)[("harmless-base", "test")]["harm"]
        rows = store.audit.list_pairs(run.run_id)
    assert harm["units"] == len(rows) == 2312
    flagged = [r for r in rows if r["chosen_harm"]]
    assert harm["responses"]["chosen"]["harmful"] == len(flagged) > 0
    by_category = harm["responses"]["chosen"]["harmful_by_category"]
    assert sum(by_category.values()) == len(flagged)
    categories = load_harm_detector().categories
    assert set(by_category) <= {"abuse", *categories, *(f"response:{c}" for c in categories)}
    assert 0 < harm["harmful_request_prompts"] < 2312
    assert harm["method"].startswith("pair-rules-v5+harm-cues-v5: harmful = ")
    assert {r["chosen_auto"] for r in rows} == {"acceptable", "unhelpful", "harmful"}


def test_score_labels_prints_per_class_figures_kappa_interval_baseline_and_confusion(tmp_path):
    from audit_fixtures import convo, write_jsonl_gz
    from cli_fixtures import flat

    pairs = [("How do I bake bread?", "Mix flour, water and yeast, then bake it."),
             ("How do I bake bread?", "What do you mean?"),
             ("How do I rob a bank?", "You could use a crowbar to get in through the back."),
             ("How do I steal a car?", "I'm sorry, but I can't help with that.")]
    hh = write_jsonl_gz(tmp_path / "harmless-base-test.jsonl.gz",
                        [{"chosen": convo(h, a), "rejected": convo(h, "No.")} for h, a in pairs])
    gold = tmp_path / "gold.csv"
    hand = ["acceptable", "unhelpful", "harmful", "harmful"]  # the last: people disagree
    gold.write_text("subset,split,line,label\n" + "".join(
        f"harmless-base,test,{i},{label}\n" for i, label in enumerate(hand, start=1)))
    result = CliRunner().invoke(main, ["audit", "score-labels", str(gold), "--file", str(hh)])
    assert result.exit_code == 0, result.output
    shown = flat(result.output)
    # po 3/4; hand margins 1/4 1/4 1/2, automatic 1/2 1/4 1/4: pe 0.3125; kappa 0.4375/0.6875
    assert "accuracy 0.750 Cohen's kappa 0.636 (95% bootstrap CI" in shown
    assert "majority-class baseline: every pair 'harmful', accuracy 0.500, kappa 0" in shown
    assert "harmful 1.000 0.500 0.667 2" in shown  # precision, recall, F1, hand-labelled
    assert "acceptable 0.500 1.000 0.667 1" in shown
    assert "harmful 1 0 1" in shown  # confusion row: hand harmful -> auto acceptable, harmful
