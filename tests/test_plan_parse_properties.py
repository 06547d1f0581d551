"""Any text, however broken, parses without an exception, with sane spans, in linear time."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_desktop.planimport.output import plan_json
from kehoach_desktop.planimport.parser import parse_text

# Pieces of real plans, so that random text often looks like an indicator list.
_TOKENS = [
    "(1)", "(12", "(2) ", "1.", "2.1 ", "a)", "II.", "- ", "+ ", "* ", "\n", "\n\n", " ", "  ", ";", ":", ".",
    ",", "(", ")", "/", "%", "≥", "≤", ">", "<", "-", "–", "Các chỉ tiêu chủ yếu", "Chỉ tiêu kinh tế",
    "Về Văn hóa - Xã hội:", "NHIỆM VỤ", "Tỷ lệ hộ nghèo", "Sản lượng", "dưới", "trên", "đạt", "trở lên",
    "duy trì", "thành lập mới", "và", "trong đó:", "tăng bình quân hằng năm", "so với năm 2025", "giảm",
    "7.000", "19,655", "2,528,008", "0,5", "41/41", "35 - 40", "16/6/2025", "năm 2030", "2026-2030",
    "tấn", "ha", "100ha", "triệu đồng", "tỷ.đ", "nghìn", "triệu", "con", "thôn", "HTX", "lần", "điểm",
    "xã Na Dương", "phường", "12", "3", "\u0301", "\x00", "\t", "\r\n",
]
_TEXT = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=6)), max_size=120).map("".join)


def _check(text: str) -> None:
    parsed = parse_text(text)
    for ind in parsed.all_indicators():
        start, end = ind.span
        assert 0 <= start <= end <= len(text)
        assert ind.code and ind.group
    json.dumps(plan_json(parsed))  # every value serialises (decimals as plain strings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_plan_like_text_parses(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_parses(text: str) -> None:
    _check(text)


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - start)
    return best


# Shapes that would expose quadratic work: one endless paragraph, endless "và", unclosed
# brackets, dates, inline markers, a name that never ends, lines that never break.
_ADVERSARIAL = [
    "Các chỉ tiêu chủ yếu:\n(1) Thành lập mới " + "20 doanh nghiệp và " * 10 + "\n",
    "Các chỉ tiêu chủ yếu:\n(1) Sản lượng (ghi chú " + "16/6/2025 số 12/NQ-HĐND " * 10 + "\n",
    "(1) Tổng thu 9.450 triệu đồng. " + "".join(f"({i}) Sản lượng {i}00 tấn. " for i in range(2, 12)),
    "UBND xã " + "Nadương" * 20 + " ",
    "Tỷ lệ hộ nghèo giảm còn dưới " + "a " * 50 + "\n",
]


@pytest.mark.slow
def test_parse_time_grows_linearly_with_the_text() -> None:
    for unit in _ADVERSARIAL:
        small = unit * 40
        large = unit * 320  # eight times longer
        ratio = _seconds(large) / max(_seconds(small), 1e-4)
        # Linear work gives about 8; quadratic would give about 64. The margin absorbs noise.
        assert ratio < 24, (unit[:40], ratio)


# Issue 20: lists written in the many ways real resolutions write them read item for item.

_NAMES = ["Sản lượng lương thực", "Tổng thu ngân sách trên địa bàn", "Tỷ lệ hộ nghèo", "Diện tích trồng rừng mới",
          "Số doanh nghiệp thành lập mới", "Tỷ lệ dân số tham gia BHYT", "Tổng đàn gia súc"]
_UNITS = [("tấn", "tấn"), ("tỷ đồng", "tỷ đồng"), ("tỷđ", "tỷ đồng"), ("%", "%"), ("ha", "ha"), ("con", "con"),
          ("trđ", "triệu đồng"), ("‰", "‰"), ("%0", "‰")]
_OPS = [("", "equal"), ("đạt ", "equal"), ("đạt trên ", "at_least"), ("dưới ", "at_most"), ("tối thiểu ", "at_least"),
        ("đạt và vượt ", "at_least")]
_JOINS = ["\n", " ", "  ", ".\n", "; ", ". ", "\n\n"]
_ITEM = st.tuples(st.sampled_from(_NAMES), st.sampled_from(_OPS), st.integers(1, 99_999), st.integers(0, 9),
                  st.sampled_from(_UNITS), st.sampled_from([": ", " "]))


def _vn(whole: int, tenth: int) -> str:
    grouped = f"{whole:,}".replace(",", ".")
    return grouped + (f",{tenth}" if tenth else "")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ITEM, min_size=2, max_size=8), st.lists(st.sampled_from(_JOINS), min_size=8, max_size=8),
       st.sampled_from(["Các chỉ tiêu chủ yếu năm 2026:\n", "2. Các chỉ tiêu chủ yếu đến năm 2030\n* Về KT:\n"]))
def test_numbered_items_read_one_by_one_whatever_joins_them(items, joins, head) -> None:
    from decimal import Decimal

    body = "".join(
        f"{joins[k] if k else ''}({k + 1}) {name}{colon}{op}{_vn(whole, tenth)} {unit}"
        for k, (name, (op, _), whole, tenth, (unit, _), colon) in enumerate(items)
    )
    parsed = plan_json(parse_text(head + body + ".\n"))
    got = {i["code"]: i for i in parsed["indicators"]}
    assert sorted(got, key=int) == [str(k + 1) for k in range(len(items))], body
    for k, (_name, (_op, kind), whole, tenth, (_unit, unit), _colon) in enumerate(items):
        ind = got[str(k + 1)]
        assert ind["children"] == [] and ind["unit"] == unit, (body, ind)
        assert Decimal(ind["target"]["value"]) == Decimal(whole) + Decimal(tenth) / 10, (body, ind)
        assert ind["target"]["kind"] == kind or (kind == "equal" and ind["target"]["kind"] in ("cumulative", "reduction")), (body, ind)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab (),", max_size=60))
def test_brackets_mask_only_what_they_close(text: str) -> None:
    from kehoach_desktop.planimport.figures import inside_brackets, mask_brackets

    masked = mask_brackets(text)
    assert len(masked) == len(text)
    depth_open: list[int] = []
    closed = [False] * len(text)
    for i, c in enumerate(text):
        if c == "(":
            depth_open.append(i)
        elif c == ")" and depth_open:
            start = depth_open.pop()
            for j in range(start, i + 1):
                closed[j] = True
    for i, c in enumerate(text):
        assert masked[i] == (" " if closed[i] else c)
    assert len(inside_brackets(text).replace(" ", "")) <= len(text)
