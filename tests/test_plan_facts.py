"""Facts right and items invented, counted by ``tests/plan_facts.py`` (issue 20's measure)."""

from __future__ import annotations

from pathlib import Path

from tests.plan_facts import HERE, score_blind, score_corpus, score_folder

BLIND = HERE / "fixtures" / "blind"


def test_the_held_out_rounds_read_at_98_percent_inventing_nothing() -> None:
    for prefix in ("r11_", "r12_", "r13_", "r14_", "r15_", "r16_", "r17_"):
        score = score_folder(BLIND, prefix)
        assert score.total > 0, prefix
        assert score.percent >= 98.0, (prefix, score.misses)
        assert score.invented == 0, (prefix, score.misses)


def test_the_corpus_reads_completely(corpus: Path) -> None:
    score = score_corpus(corpus)
    assert (score.percent, score.invented) == (100.0, 0), score.misses


def test_a_wrong_expectation_is_counted(tmp_path: Path) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("Các chỉ tiêu chủ yếu năm 2026:\n(1) Sản lượng 500 tấn.\n(2) Tỷ lệ hộ nghèo dưới 2%.\n(3) Thu 5 tỷ đồng.\n",
                   encoding="utf-8")
    (tmp_path / "x.expected.txt").write_text(
        "#plan kind=annual start=2026 end=2026 commune=X\n#groups general\n"
        "1 | general | tấn | equal | 400 | | | | | 500 tấn\n"
        "2 | general | % | at_most | 2 | | | | | dưới 2%\n", encoding="utf-8")
    score = score_blind(doc)
    assert score.invented == 1  # item 3
    assert any("1 values" in m for m in score.misses) and any("commune" not in m for m in score.misses)
    assert score.right < score.total
