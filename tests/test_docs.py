"""The documentation: relative links lead somewhere, and the pages made from benchmark results are what the
committed results make (so that no figure is edited by hand, or left behind when a bench runs again)."""

import json
import re
from pathlib import Path

import pytest

from benchmarks import pages, results

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md")),
             *sorted((ROOT / "presets" / "models").glob("*/README.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def anchors(markdown: str) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"```.*?```", "", markdown, flags=re.S), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_to_files_and_headings(document):
    broken = []
    for target in LINK.findall(document.read_text()):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        path, _, anchor = target.partition("#")
        file = (document.parent / path).resolve() if path else document
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file.read_text()):
            broken.append(target)
    assert not broken, f"{document.relative_to(ROOT)}: broken links {broken}"


def test_the_readme_is_a_guide_not_a_reference():
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) <= 200, "move reference material to docs/ and link it"
    assert next(i for i, line in enumerate(lines) if line == "## Install") < 30


def test_generated_pages_are_what_the_committed_results_make():
    stale = [str(path.relative_to(ROOT)) for path, text in pages.pages().items() if path.read_text() != text]
    assert not stale, f"regenerate them: python -m benchmarks.pages ({stale})"


def test_bundled_cards_have_a_generated_score_table_and_knob_table():
    for card in (ROOT / "presets" / "models").glob("*/README.md"):
        assert pages.SCORES.search(card.read_text()), f"{card} lacks its <!-- scores --> lines"
        assert pages.KNOB_TABLE.search(card.read_text()), f"{card} lacks its <!-- knobs --> lines"


def test_a_results_file_says_when_where_and_at_which_commit(tmp_path):
    path = results.record("bench_train", {"cpu": {"with": {"peak_mib": 1.5, "s_per_step": 2.0}}}, tmp_path)
    saved = json.loads(path.read_text())
    assert saved["module"] == "bench_train" and saved["date"][:2] == "20"
    assert saved["machine"]["cores"] >= 1 and saved["machine"]["torch"]
    assert saved["commit"] is None or re.fullmatch(r"[0-9a-f]{12}(\+changes)?", saved["commit"])
    assert saved["figures"]["cpu"]["with"]["peak_mib"] == 1.5  # numbers stay numbers
    assert "| cpu | with | 2 | 2.00 |" in pages.section("bench_train", saved)


def test_a_bench_that_could_not_run_shows_as_not_measured(tmp_path):
    results.record("bench_quality", results.not_measured("no real files installed"), tmp_path)
    assert "Not measured: no real files installed." in pages.section("bench_quality",
                                                                     results.load("bench_quality", tmp_path))
    card = pages.card("# card\n<!-- scores -->\nold figures\n<!-- /scores -->\n<!-- knobs -->\nold\n<!-- /knobs -->\n",
                      "kick", tmp_path)
    assert "old figures" not in card and "Not measured: no real files installed." in card
    assert "Not measured yet: no bench_knobs results." in card
    assert "Not measured yet" in pages.section("bench_fairness", None)
