"""The document readers: encodings, legacy Vietnamese fonts, .docx tables, .pdf text, bad files."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.planimport import legacy, readers
from kehoach_desktop.planimport.readers import SourceDocument, decode_text, normalize_text, read_document

SAMPLE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026\n"
    "(4) Sản lượng lương thực có hạt hằng năm đạt 7.000 tấn trở lên.\n"
    "(5) Tỷ lệ hộ nghèo giảm bình quân 1,5 điểm phần trăm mỗi năm.\n"
    "Ủy ban nhân dân xã tổ chức thực hiện, khuyến khích người dân giữ gìn đường làng, thuỷ lợi, "
    "hoá học, khoẻ mạnh.\n"
)
ENGLISH = (
    "Annual report 2025. The café on Main Street served a naïve résumé to Mr. Müller from São Paulo.\n"
    "© 2024 Example Ltd. All rights reserved. Crème brûlée, façade, coöperate, Zürich, Ångström.\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letter (with hat) + separate tone mark."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return out


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- normalisation ----------------------------------------------------------------------------


def test_normalize_text_cleans_line_ends_controls_and_spaces() -> None:
    raw = "a\r\nb\rc\x0cd\x00e\x07f\tg\u00a0h" + unicodedata.normalize("NFD", "Việt")
    assert normalize_text(raw) == "a\nb\nc\nde" + "f\tg h" + "Việt"
    assert normalize_text(raw) == normalize_text(normalize_text(raw))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decode_text_never_fails_and_always_gives_clean_text(data: bytes) -> None:
    text, encoding, _ = decode_text(data)
    assert encoding
    assert "\r" not in text and "\x00" not in text
    assert text == unicodedata.normalize("NFC", text)


# --- plain text encodings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-32"), "utf-32"),
        (unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), "utf-8"),
        (cp1258_bytes(SAMPLE), "cp1258"),
    ],
    ids=["utf8", "utf8-bom", "utf8-crlf", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32",
         "nfd", "cp1258"],
)
def test_text_encodings_decode_to_the_nfc_sample(data: bytes, encoding: str) -> None:
    text, found, legacy_scheme = decode_text(data)
    assert text == SAMPLE
    assert found == encoding
    assert legacy_scheme is None


def test_cp1258_sample_really_uses_combining_tone_marks() -> None:
    data = cp1258_bytes(SAMPLE)
    assert b"\xf2" in data and b"\xec" in data  # combining dot below and acute, as Windows-1258 has
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_read_document_reports_how_a_text_file_was_read(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "nghi-quyet.txt", cp1258_bytes(SAMPLE)))
    assert isinstance(doc, SourceDocument)
    assert (doc.text, doc.format, doc.encoding, doc.legacy, doc.name) == (SAMPLE, "txt", "cp1258", None, "nghi-quyet.txt")
    assert any("1258" in w for w in doc.warnings)
    utf8 = read_document(write(tmp_path, "ke hoach", SAMPLE.encode()))  # no extension: text
    assert (utf8.text, utf8.encoding, utf8.warnings) == (SAMPLE, "utf-8", ())


# --- legacy Vietnamese encodings --------------------------------------------------------------

# Hand-written, independent of the module's tables: the 67 lowercase letters in one order, then
# the same letters as .VnTime (TCVN3) bytes and as VNI-Times sequences.
LETTERS = (
    "á à ả ã ạ â ấ ầ ẩ ẫ ậ ă ắ ằ ẳ ẵ ặ é è ẻ ẽ ẹ ê ế ề ể ễ ệ í ì ỉ ĩ ị ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ "
    "ơ ớ ờ ở ỡ ợ ú ù ủ ũ ụ ư ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ đ"
).split()
TCVN3_LETTERS = (
    "¸ µ ¶ · ¹ © Ê Ç È É Ë ¨ ¾ » ¼ ½ Æ Ð Ì Î Ï Ñ ª Õ Ò Ó Ô Ö Ý × Ø Ü Þ ã ß á â ä « è å æ ç é "
    "¬ í ê ë ì î ó ï ñ ò ô \u00ad ø õ ö ÷ ù ý ú û ü þ ®"
).split(" ")
VNI_LETTERS = (
    "aù aø aû aõ aï aâ aá aà aå aã aä aê aé aè aú aü aë eù eø eû eõ eï eâ eá eà eå eã eä í ì æ ó ò "
    "où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï uù uø uû uõ uï ö öù öø öû öõ öï yù yø yû yõ î ñ"
).split()


def test_hand_written_tables_agree_with_the_module() -> None:
    assert len(LETTERS) == len(TCVN3_LETTERS) == len(VNI_LETTERS) == 67
    for letter, tcvn3, vni in zip(LETTERS, TCVN3_LETTERS, VNI_LETTERS):
        assert legacy.convert(f"n{tcvn3}m", legacy.TCVN3) == f"n{letter}m"
        assert legacy.convert(f"n{vni}m", legacy.VNI) == f"n{letter}m"
        assert legacy.unicode_to_tcvn3(letter) == tcvn3
        assert legacy.unicode_to_vni(letter) == vni
        capital = letter.upper()
        assert legacy.convert("N" + legacy.unicode_to_vni(capital) + "M", legacy.VNI) == f"N{capital}M"


def test_all_134_letters_round_trip_through_both_tables() -> None:
    letters = sorted(legacy.VIETNAMESE_LETTERS)
    assert len(letters) == 134
    for letter in letters:
        # TCVN3 capitals share the lowercase slot (.VnTimeH): the word's case tells them apart.
        word = f"N{letter}M" if letter.isupper() else f"n{letter}m"
        assert legacy.convert(legacy.unicode_to_tcvn3(word), legacy.TCVN3) == word
        assert legacy.convert(legacy.unicode_to_vni(word), legacy.VNI) == word
        assert legacy.convert(legacy.unicode_to_vni(letter), legacy.VNI) == letter
    assert len({legacy.unicode_to_vni(c) for c in letters}) == 134  # VNI keeps case itself


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv is not installed")
def test_tcvn3_table_matches_glibc() -> None:
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a", capture_output=True)
    if probe.returncode:
        pytest.skip("this iconv has no TCVN5712-1")
    for char, letter in legacy.TCVN3_TABLE.items():
        out = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=char.encode("latin-1"), capture_output=True, check=True
        ).stdout.decode()
        assert unicodedata.normalize("NFC", out) == letter, hex(ord(char))


@pytest.mark.parametrize(
    ("garbage", "scheme", "expected"),
    [
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "TCVN3", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "TCVN3", "Độc lập - Tự do - Hạnh phúc"),
        ("Ng©n s¸ch nhµ n\u00adíc; Kinh tÕ", "TCVN3", "Ngân sách nhà nước; Kinh tế"),
        ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "TCVN3", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Kinh tÕ", "TCVN3", "Kinh tế"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "VNI", "Độc lập - Tự do - Hạnh phúc"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "VNI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Vieät Nam, kinh teá", "VNI", "Việt Nam, kinh tế"),
    ],
)
def test_literal_legacy_strings_are_detected_and_converted(
    tmp_path: Path, garbage: str, scheme: str, expected: str
) -> None:
    for data in (garbage.encode("cp1252"), garbage.encode("utf-8")):  # 8-bit, and re-saved as UTF-8
        doc = read_document(write(tmp_path, "cu.txt", data))
        assert (doc.text, doc.legacy) == (expected, scheme)
        assert any(scheme in w and "Unicode" in w and "đối chiếu" in w for w in doc.warnings)


@pytest.mark.parametrize("scheme", ["TCVN3", "VNI"])
@pytest.mark.parametrize("case", ["as typed", "upper"])
def test_whole_documents_built_with_the_inverse_tables_come_back(scheme: str, case: str) -> None:
    text = SAMPLE.upper() if case == "upper" else SAMPLE
    encode = legacy.unicode_to_tcvn3 if scheme == "TCVN3" else legacy.unicode_to_vni
    for data in (encode(text).encode("cp1252"), encode(text).encode("utf-8"), encode(text).encode("utf-16")):
        decoded, _, found = decode_text(data)
        assert found == scheme
        assert decoded == text


def test_unconvertible_leftovers_tell_the_officer_to_use_unikey(tmp_path: Path) -> None:
    data = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam; oâng Müller".encode("cp1252")
    doc = read_document(write(tmp_path, "vni.txt", data))
    assert doc.legacy == "VNI"
    assert doc.text.startswith("Cộng hòa xã hội chủ nghĩa Việt Nam; ông")
    assert any("Unikey" in w and "Ctrl+Shift+F6" in w and "Müller" in w for w in doc.warnings)


@pytest.mark.parametrize("text", [SAMPLE, SAMPLE.upper(), ENGLISH, SAMPLE + ENGLISH, "Hello, world.\n"])
def test_unicode_and_english_text_is_not_flagged(text: str) -> None:
    assert legacy.analyse(text).scheme is None
    for data in (text.encode("utf-8"), text.encode("utf-16")):
        decoded, _, found = decode_text(data)
        assert (decoded, found) == (text, None)


def test_english_in_windows_1252_is_not_flagged() -> None:
    decoded, encoding, found = decode_text(ENGLISH.encode("cp1252"))
    assert found is None and encoding == "cp1258"
    assert "naïve résumé" in decoded


def test_a_unicode_paragraph_in_a_legacy_document_is_left_alone() -> None:
    mixed = legacy.unicode_to_tcvn3(SAMPLE) + "Đoạn này đã gõ bằng Unicode: được, người, quá.\n"
    decoded, _, found = decode_text(mixed.encode("utf-8"))
    assert found == "TCVN3"
    assert decoded == SAMPLE + "Đoạn này đã gõ bằng Unicode: được, người, quá.\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SAMPLE.replace("\n", " ").split()), min_size=6, max_size=40))
def test_any_run_of_vietnamese_words_survives_both_legacy_round_trips(words: list[str]) -> None:
    text = " ".join(words)
    assert legacy.analyse(text).scheme is None
    for scheme, other, encode in (("TCVN3", "VNI", legacy.unicode_to_tcvn3), ("VNI", "TCVN3", legacy.unicode_to_vni)):
        garbage = encode(text)
        right, wrong = legacy.votes(garbage, scheme)[0], legacy.votes(garbage, other)[0]
        # A few words can read well both ways ("khuyÕn": TCVN3 "khuyến", VNI "khuỹn"); whenever
        # the true scheme has more evidence, it must win and convert exactly.
        if right >= 2 and right > wrong:
            fixed = legacy.fix_legacy(garbage)
            assert fixed.scheme == scheme
            assert fixed.text.casefold() == text.casefold()  # TCVN3 may lose a capital's case


# --- .docx ------------------------------------------------------------------------------------


def make_docx(path: Path, encode=lambda s: s) -> Path:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_heading(encode("NGHỊ QUYẾT về kế hoạch phát triển kinh tế - xã hội năm 2026"), level=1)
    document.add_paragraph(encode("Điều 1. Các chỉ tiêu chủ yếu"))
    rows = [
        ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2030"),
        ("I", "Chỉ tiêu kinh tế", "", ""),
        ("4", "Sản lượng lương thực có hạt", "tấn", "≥ 7.000"),
        ("5", "Tỷ lệ che phủ rừng", "%", "≥ 65%"),
        ("6", "Tổng đàn gia súc", "con", ""),
        ("6.1", "Đàn trâu", "con", "duy trì 1.150"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = encode(value)
    note = table.add_row().cells
    note[0].merge(note[3]).text = encode("Ghi chú: số liệu sơ bộ")
    nested = table.cell(2, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = encode("Lúa"), encode("Ngô")
    document.add_paragraph(encode("Điều 2. Tổ chức thực hiện"))
    plain = document.add_table(rows=2, cols=3)
    plain.cell(0, 0).merge(plain.cell(0, 1)).text = encode("Ủy ban nhân dân xã")
    plain.cell(0, 2).text = encode("Chủ trì")
    plain.cell(1, 0).text, plain.cell(1, 2).text = encode("Các thôn"), encode("Phối hợp")
    document.save(str(path))
    return path


DOCX_LINES = [
    "NGHỊ QUYẾT về kế hoạch phát triển kinh tế - xã hội năm 2026",
    "Điều 1. Các chỉ tiêu chủ yếu",
    "I. Chỉ tiêu kinh tế",
    "(4) Sản lượng lương thực có hạt: ≥ 7.000 tấn",
    "Lúa Ngô",
    "(5) Tỷ lệ che phủ rừng: ≥ 65%",
    "6. Tổng đàn gia súc",
    "(6.1) Đàn trâu: duy trì 1.150 con",
    "Ghi chú: số liệu sơ bộ",
    "Điều 2. Tổ chức thực hiện",
    "Ủy ban nhân dân xã Chủ trì",
    "Các thôn Phối hợp",
]


def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "nghi quyet.docx"))
    assert (doc.format, doc.encoding, doc.legacy, doc.warnings, doc.name) == ("docx", None, None, (), "nghi quyet.docx")
    assert [line for line in doc.text.split("\n") if line] == DOCX_LINES
    assert doc.text.count("Lúa") == 1  # the nested table is read once


def test_docx_two_row_header_picks_the_latest_target_and_shares_merged_units(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=8, cols=6)

    def put(r: int, c: int, value: str) -> None:
        table.cell(r, c).text = value

    table.cell(0, 0).merge(table.cell(0, 5)).text = "BIỂU CHỈ TIÊU KẾ HOẠCH 2026-2030"
    for c, value in enumerate(["STT", "Nội dung", "Đơn vị tính", "Ước TH 2025"]):
        put(1, c, value)
        table.cell(1, c).merge(table.cell(2, c))
    table.cell(1, 4).merge(table.cell(1, 5)).text = "Kế hoạch"
    put(2, 4, "Năm 2026")
    put(2, 5, "Giai đoạn 2026-2030")
    for c in range(6):
        put(3, c, f"({c + 1})")
    put(4, 0, "A")
    table.cell(4, 1).merge(table.cell(4, 5)).text = "CHỈ TIÊU KINH TẾ"
    put(5, 0, "1")
    put(5, 1, "Sản lượng lương thực có hạt")
    table.cell(5, 2).merge(table.cell(6, 2)).text = "tấn"
    put(5, 3, "6.800")
    put(5, 4, "7.000")
    put(5, 5, "≥ 7.000")
    put(6, 0, "2")
    put(6, 1, "Sản lượng ngô")
    put(6, 5, "2.200 tấn")
    put(7, 0, "3.")
    put(7, 1, "Tỷ lệ hộ nghèo")
    put(7, 2, "%")
    put(7, 5, "< 3%")
    path = tmp_path / "bieu.docx"
    document.save(str(path))
    assert [line for line in read_document(path).text.split("\n") if line] == [
        "BIỂU CHỈ TIÊU KẾ HOẠCH 2026-2030",
        "A. CHỈ TIÊU KINH TẾ",
        "(1) Sản lượng lương thực có hạt: ≥ 7.000 tấn",
        "(2) Sản lượng ngô: 2.200 tấn",
        "(3) Tỷ lệ hộ nghèo: < 3%",
    ]


@pytest.mark.parametrize("scheme", ["TCVN3", "VNI"])
def test_docx_in_a_legacy_font_is_converted_before_tables_are_read(tmp_path: Path, scheme: str) -> None:
    encode = legacy.unicode_to_tcvn3 if scheme == "TCVN3" else legacy.unicode_to_vni
    doc = read_document(make_docx(tmp_path / "cu.docx", encode))
    assert doc.legacy == scheme
    assert [line for line in doc.text.split("\n") if line] == DOCX_LINES
    assert any(scheme in w for w in doc.warnings)


# --- .pdf -------------------------------------------------------------------------------------

PDF_LINES = [
    "NGHỊ QUYẾT về kế hoạch phát triển kinh tế - xã hội năm 2026",
    "(4) Sản lượng lương thực có hạt hằng năm ≥ 7.000 tấn.",
    "(5) Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm; thu nhập đạt 70 triệu đồng/người.",
]


def make_pdf(path: Path, lines: list[str], blank_pages: int = 0):  # type: ignore[no-untyped-def]
    import matplotlib
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=12)
    if lines:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    for _ in range(blank_pages):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60)  # a drawing, as a scanned page would be an image: no text
    return pdf


def test_text_pdf_reads_back_its_vietnamese_lines(tmp_path: Path) -> None:
    path = tmp_path / "nq.pdf"
    make_pdf(path, PDF_LINES).output(str(path))
    doc = read_document(path)
    assert (doc.format, doc.encoding, doc.legacy, doc.warnings) == ("pdf", None, None, ())
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    got = [" ".join(line.split()) for line in doc.text.split("\n") if line.strip()]
    assert got == PDF_LINES


def test_pdf_pages_without_text_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "nq.pdf"
    make_pdf(path, PDF_LINES, blank_pages=1).output(str(path))
    doc = read_document(path)
    assert "7.000 tấn" in doc.text
    assert any("Trang 2" in w and "scan" in w for w in doc.warnings)


def test_pdf_with_an_empty_owner_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "khoa.pdf"
    pdf = make_pdf(path, PDF_LINES[:1])
    pdf.set_encryption(owner_password="chu")
    pdf.output(str(path))
    assert read_document(path).text.strip() == PDF_LINES[0]


# --- files the officer must fix ---------------------------------------------------------------


def assert_user_error(path: Path, *words: str) -> UserError:
    with pytest.raises(UserError) as caught:
        read_document(path)
    message = str(caught.value)
    assert caught.value.field == "file"
    assert path.name in message
    assert any(c in message for c in "ệếạảờữ")  # a Vietnamese sentence
    for word in words:
        assert word in message, message
    return caught.value


def test_scanned_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    make_pdf(path, [], blank_pages=2).output(str(path))
    assert_user_error(path, "scan", "OCR", ".docx")


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mat-khau.pdf"
    pdf = make_pdf(path, PDF_LINES[:1])
    pdf.set_encryption(owner_password="a", user_password="b")
    pdf.output(str(path))
    assert_user_error(path, "mật khẩu")


def test_corrupt_files_are_refused(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(5000)
    assert_user_error(write(tmp_path, "hong.docx", noise), ".docx")
    assert_user_error(write(tmp_path, "hong.pdf", noise), "PDF")
    good_pdf = tmp_path / "good.pdf"
    make_pdf(good_pdf, PDF_LINES).output(str(good_pdf))
    assert_user_error(write(tmp_path, "cut.pdf", good_pdf.read_bytes()[:400]), "PDF")
    good_docx = make_docx(tmp_path / "good.docx")
    assert_user_error(write(tmp_path, "cut.docx", good_docx.read_bytes()[:3000]), ".docx")
    with zipfile.ZipFile(tmp_path / "zip.docx", "w") as archive:
        archive.writestr("readme.txt", "not a Word document")
    assert_user_error(tmp_path / "zip.docx", ".docx")


def test_a_renamed_docx_is_still_read(tmp_path: Path) -> None:
    docx_bytes = make_docx(tmp_path / "good.docx").read_bytes()
    assert read_document(write(tmp_path, "renamed.txt", docx_bytes)).format == "docx"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), [".docx", "Lưu thành", ".txt", ".pdf"]),
        ("cu.doc", b"anything at all", [".docx", "import-xlsx"]),
        ("bang.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), [".xlsx", "import-xlsx"]),
        ("bang.xlsx", b"PK\x03\x04 not really", ["Excel", "import-xlsx"]),
        ("anh.png", b"\x89PNG\r\n\x1a\n" + bytes(100), ["ảnh", "OCR"]),
        ("anh.jpg", b"\xff\xd8\xff\xe0" + bytes(100), ["ảnh"]),
        ("vanban.rtf", b"{\\rtf1\\ansi hello}", [".docx"]),
        ("nhi-phan.dat", bytes(range(256)) * 8, [".txt", ".docx", ".pdf"]),
    ],
)
def test_unsupported_formats_are_refused_with_the_accepted_ones(
    tmp_path: Path, name: str, data: bytes, words: list[str]
) -> None:
    assert_user_error(write(tmp_path, name, data), *words)


def test_missing_empty_directory_and_oversized_files_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_user_error(tmp_path / "khong-co.txt", "Không tìm thấy")
    assert_user_error(write(tmp_path, "rong.txt", b""), "rỗng")
    assert_user_error(write(tmp_path, "trang.txt", b" \r\n\t\n"), "không có nội dung")
    (tmp_path / "thu-muc.docx").mkdir()
    assert_user_error(tmp_path / "thu-muc.docx", "thư mục")
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    assert_user_error(write(tmp_path, "lon.txt", SAMPLE.encode() * 20), "quá lớn")
