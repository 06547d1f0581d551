"""Tests for kehoach_desktop.domain.numbers: Vietnamese/English number reading and display."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_desktop.domain.numbers import (
    NumberError,
    ParsedNumber,
    Quantity,
    find_numbers,
    format_number,
    format_percent,
    parse_decimal,
    parse_number,
    parse_quantity,
    to_plain,
)

D = Decimal

# --------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,5", "1234.5"),
        ("4.500", "4500"),
        ("109,91", "109.91"),
        ("1.874.300", "1874300"),
        ("2,528,008", "2528008"),
        ("2,528,008.5", "2528008.5"),
        ("1,234.5", "1234.5"),
        ("1.000.000,25", "1000000.25"),
        ("7.5", "7.5"),
        ("0.3", "0.3"),
        ("12.25", "12.25"),
        ("0,125", "0.125"),
        ("0.125", "0.125"),
        ("05", "5"),
        ("0", "0"),
        ("7000", "7000"),
        ("1234.567", "1234.567"),  # first group too long for grouping: a decimal point
        ("12345,678", "12345.678"),
        ("05,500", "5.5"),  # a group never starts with 0
        ("1.234,567", "1234.567"),
        ("1,234.567", "1234.567"),
        ("-5", "-5"),
        ("\u22123,5", "-3.5"),
        ("+7", "7"),
        ("-1.234,5", "-1234.5"),
        ("  4.500  ", "4500"),
        ("\u00a04.500\u00a0", "4500"),
        ("12345678901234567890123456789012,5", "12345678901234567890123456789012.5"),
    ],
)
def test_parse_number_values(text: str, value: str) -> None:
    parsed = parse_number(text)
    assert parsed.value == D(value)
    assert not parsed.ambiguous
    assert parsed.alternative is None
    assert parsed.text == text.strip()


@pytest.mark.parametrize(
    ("text", "value", "alternative"),
    [
        ("19,655", "19.655", "19655"),
        ("1,000", "1", "1000"),
        ("-19,655", "-19.655", "-19655"),
        ("\u2212999,999", "-999.999", "-999999"),
    ],
)
def test_parse_number_ambiguous_comma(text: str, value: str, alternative: str) -> None:
    parsed = parse_number(text)
    assert parsed == ParsedNumber(D(value), True, D(alternative), text)


def test_parse_number_nfc_normalizes() -> None:
    # A decomposed character before the digits is not a number either way, but the text is
    # normalized before it appears in the message.
    with pytest.raises(NumberError) as err:
        parse_number("a\u0301 5")
    assert '"á 5"' in str(err.value)


BAD_NUMBERS = [
    "",
    "   ",
    "abc",
    "1,2,3",
    "1..2",
    "--5",
    "+-5",
    "5-",
    "1.23.4",
    "12,34,567",
    "1.234,5,6",
    "1,2.5",
    "0.125.000",
    "1234.567.890",
    "5.",
    ",5",
    ".5",
    "1 234",
    "1e3",
    "NaN",
    "Infinity",
    "06/08",
    "100ha",
    "\u0663",  # Arabic-Indic digit three
]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(NumberError) as err:
        parse_number(text)
    message = str(err.value)
    assert message.startswith("Không đọc được số")
    assert f'"{text.strip()}"' in message
    assert "1.234,5" in message or "1.234.567" in message


def test_number_error_is_value_error() -> None:
    assert issubclass(NumberError, ValueError)


# --------------------------------------------------------------------------- parse_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.234,5", "1234.5"), ("4.500", "4500"), ("0,125", "0.125"), ("19655", "19655")],
)
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == D(value)


@pytest.mark.parametrize(
    ("text", "hints"),
    [("19,655", ["19655", "19,6550", "19 phẩy 655"]), ("-1,500", ["-1500", "-1,5000"])],
)
def test_parse_decimal_refuses_ambiguous(text: str, hints: list[str]) -> None:
    with pytest.raises(NumberError) as err:
        parse_decimal(text)
    message = str(err.value)
    assert f'"{text}"' in message and "không rõ nghĩa" in message
    for hint in hints:
        assert hint in message


@pytest.mark.parametrize("text", ["", "abc", "1,2,3"])
def test_parse_decimal_rejects(text: str) -> None:
    with pytest.raises(NumberError, match="Không đọc được số"):
        parse_decimal(text)


# --------------------------------------------------------------------------- find_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("abc", []),
        ("100ha", [("100", "100", 0, 3)]),
        ("50tạ/ha", [("50", "50", 0, 2)]),
        ("≥76", [("76", "76", 1, 3)]),
        ("≥ 7.000 tấn, tăng 5,2%.", [("7000", "7.000", 2, 7), ("5.2", "5,2", 18, 21)]),
        ("35-40%", [("35", "35", 0, 2), ("40", "40", 3, 5)]),
        ("35 - 40%", [("35", "35", 0, 2), ("40", "40", 5, 7)]),
        ("giảm −3%", [("-3", "−3", 5, 7)]),
        ("x = -5", [("-5", "-5", 4, 6)]),
        ("06/08 trường", [("6", "06", 0, 2), ("8", "08", 3, 5)]),
        ("41/41 thôn", [("41", "41", 0, 2), ("41", "41", 3, 5)]),
        ("ngày 1.5.2025", [("1", "1", 5, 6), ("5", "5", 7, 8), ("2025", "2025", 9, 13)]),
        ("-1,2,3", [("-1", "-1", 0, 2), ("2", "2", 3, 4), ("3", "3", 5, 6)]),
        ("năm 2025.", [("2025", "2025", 4, 8)]),
        ("1.000.000,25 đồng", [("1000000.25", "1.000.000,25", 0, 12)]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    found = find_numbers(text)
    assert [(p.value, p.text, s, e) for p, s, e in found] == [
        (D(v), t, s, e) for v, t, s, e in expected
    ]
    for parsed, start, end in found:
        assert text[start:end] == parsed.text


def test_find_numbers_flags_ambiguous() -> None:
    [(parsed, start, end)] = find_numbers("thu 19,655 tấn")
    assert (start, end) == (4, 10)
    assert parsed == ParsedNumber(D("19.655"), True, D("19655"), "19,655")


# --------------------------------------------------------------------------- parse_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥ 7.000 tấn", Quantity(">=", D(7000), unit="tấn")),
        ("≥ 7.000", Quantity(">=", D(7000))),
        (">= 7000", Quantity(">=", D(7000))),
        ("⩾7000", Quantity(">=", D(7000))),
        ("> 10%", Quantity(">", D(10), unit="%")),
        ("≤ 3%", Quantity("<=", D(3), unit="%")),
        ("<= 3,5 %", Quantity("<=", D("3.5"), unit="%")),
        ("< 5", Quantity("<", D(5))),
        ("= 9.450 triệu đồng", Quantity("=", D(9450), unit="triệu đồng")),
        ("7.000", Quantity("=", D(7000))),
        ("100ha", Quantity("=", D(100), unit="ha")),
        ("50tạ/ha", Quantity("=", D(50), unit="tạ/ha")),
        ("≥76", Quantity(">=", D(76))),
        ("-5", Quantity("=", D(-5))),
        ("  45,38%  ", Quantity("=", D("45.38"), unit="%")),
        ("35 - 40%", Quantity("range", None, D(35), D(40), "%")),
        ("35 - 40", Quantity("range", None, D(35), D(40))),
        ("0,5- 1%", Quantity("range", None, D("0.5"), D(1), "%")),
        ("35–40", Quantity("range", None, D(35), D(40))),
        ("35% - 40%", Quantity("range", None, D(35), D(40), "%")),
        ("35% – 40", Quantity("range", None, D(35), D(40), "%")),
        ("1.000 ÷ 1.200 tấn", Quantity("range", None, D(1000), D(1200), "tấn")),
        ("41/41 thôn", Quantity("ratio", D(41), D(41), D(41), "thôn")),
        ("41/41", Quantity("ratio", D(41), D(41), D(41))),
        ("06/08 trường", Quantity("ratio", D(6), D(6), D(8), "trường")),
        ("3 / 4", Quantity("ratio", D(3), D(3), D(4))),
        ("19,655 tấn", Quantity("=", D("19.655"), unit="tấn", ambiguous=True)),
        ("1 - 19,655", Quantity("range", None, D(1), D("19.655"), ambiguous=True)),
    ],
)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "", "abc", "tấn", "≥", "≥ tấn", "trên 96%", "ít nhất 5",
        "1,2,3 tấn", "1..2", "≥ 35 - 40%", "> 1/2",
    ],
)
def test_parse_quantity_rejects(text: str) -> None:
    with pytest.raises(NumberError, match="Không đọc được"):
        parse_quantity(text)


# --------------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("value", "places", "group", "expected"),
    [
        (D("1234.5"), None, True, "1.234,5"),
        (D("1234.5"), 2, True, "1.234,50"),
        (D("2.5"), 0, True, "3"),
        (D("-2.5"), 0, True, "-3"),
        (D("1.005"), 2, True, "1,01"),
        (D("109.910"), None, True, "109,91"),
        (D("4500"), None, True, "4.500"),
        (D("1E+3"), None, True, "1.000"),
        (D("1E+3"), 1, True, "1.000,0"),
        (D("-1234.5"), None, True, "-1.234,5"),
        (D("1234.5"), None, False, "1234,5"),
        (D("1874300"), None, True, "1.874.300"),
        (D("1000000.25"), None, True, "1.000.000,25"),
        (D("0.3"), None, True, "0,3"),
        (D("1.23E-7"), None, True, "0,000000123"),
        (D("0"), None, True, "0"),
        (D("-0"), None, True, "0"),
        (D("-0.001"), 2, True, "0,00"),
        (D("999.995"), 2, True, "1.000,00"),
        (D("12345678901234567890123456789012.5"), 0, True,
         "12.345.678.901.234.567.890.123.456.789.013"),
        (1234, None, True, "1.234"),
        (-7, 1, True, "-7,0"),
        (0, None, True, "0"),
        (123, None, True, "123"),
    ],
)
def test_format_number(
    value: Decimal | int, places: int | None, group: bool, expected: str
) -> None:
    assert format_number(value, places, group=group) == expected


def test_format_number_none_and_bad() -> None:
    assert format_number(None) == ""
    assert format_number(None, 2, empty="—") == "—"
    with pytest.raises(ValueError):
        format_number(D(1), -1)
    with pytest.raises(NumberError):
        format_number(D("NaN"))


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (D("94.2"), 1, "94,2%"),
        (D("94.25"), 1, "94,3%"),
        (D("100"), 1, "100,0%"),
        (D("3"), 0, "3%"),
        (D("1234.5"), 2, "1.234,50%"),
    ],
)
def test_format_percent(value: Decimal, places: int, expected: str) -> None:
    assert format_percent(value, places) == expected


def test_format_percent_none() -> None:
    assert format_percent(None) == ""
    assert format_percent(None, empty="-") == "-"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("7000"), "7000"),
        (D("7E+3"), "7000"),
        (D("9.90"), "9.9"),
        (D("0.3"), "0.3"),
        (D("-12.50"), "-12.5"),
        (D("0"), "0"),
        (D("-0"), "0"),
        (D("-0.000"), "0"),
        (D("0E+5"), "0"),
        (D("1.23E-7"), "0.000000123"),
        (D("100"), "100"),
    ],
)
def test_to_plain(value: Decimal, expected: str) -> None:
    assert to_plain(value) == expected


@pytest.mark.parametrize("value", [D("NaN"), D("Infinity"), D("-Infinity")])
def test_to_plain_rejects_non_finite(value: Decimal) -> None:
    with pytest.raises(NumberError):
        to_plain(value)


# --------------------------------------------------------------------------- properties

decimals = st.decimals(
    min_value=D(-(10**12)) + D("0.000001"),
    max_value=D(10**12) - D("0.000001"),
    places=6,
    allow_nan=False,
    allow_infinity=False,
)


@given(decimals, st.booleans())
def test_format_then_parse_round_trips(value: Decimal, group: bool) -> None:
    text = format_number(value, group=group)
    parsed = parse_number(text)
    assert parsed.value == value
    if parsed.ambiguous:  # only "1,234"-style: three decimals and no thousands group
        assert "." not in text and len(text.split(",")[1]) == 3


@given(decimals, st.integers(min_value=0, max_value=8))
def test_format_with_places_parses_back_rounded(value: Decimal, places: int) -> None:
    text = format_number(value, places)
    rounded = value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert parse_number(text).value == rounded


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_to_plain_round_trips(value: Decimal) -> None:
    text = to_plain(value)
    assert "E" not in text.upper()
    assert D(text) == value
    assert to_plain(D(text)) == text


number_text = st.text(alphabet="0123456789.,-+\u2212 /%≥a", max_size=30)


@given(st.one_of(st.text(), number_text))
def test_find_numbers_is_tolerant(text: str) -> None:
    found = find_numbers(text)
    previous_end = 0
    for parsed, start, end in found:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == parsed.text
        assert parse_number(parsed.text) == parsed
        previous_end = end


@given(st.one_of(st.text(), number_text))
def test_parse_functions_raise_only_number_error(text: str) -> None:
    for function in (parse_number, parse_quantity):
        try:
            function(text)
        except NumberError:
            pass
