"""Benchmark of the plan parser on a generated 1 MB plan-like text."""

from __future__ import annotations

import random
from pathlib import Path

from timing import median_seconds, repeats, result

from kehoach_desktop.planimport.parser import parse_text
from kehoach_desktop.planimport.readers import read_document

_ITEMS = (
    "Sản lượng lương thực có hạt hằng năm ≥ {n}.000 tấn.",
    "Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên {p}%.",
    "Thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng {p}%.",
    "Số km đường xã được rải nhựa {p},4km; số thôn có đường ô tô được cứng hoá {p}/{q} thôn.",
    "Thành lập mới {p} doanh nghiệp và 0{d} hợp tác xã.",
    "Tỷ lệ lao động có bằng cấp, chứng chỉ đạt {p} - {q}%.",
    "Tổng đàn gia súc {n}.400 con, trong đó: đàn lợn {n}.000 con; đàn trâu duy trì 1.{p}0 con.",
    "Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự.",
    "Tổng thu ngân sách trên địa bàn: {n}.{p}0 triệu đồng (trong đó thu nội địa {p},655 tỷ đồng).",
)
_PROSE = (
    "Trong giai đoạn 5 năm vừa qua, mặc dù phải đối mặt với nhiều khó khăn, thách thức, "
    "tổng thu ngân sách trên địa bàn đạt {n}.{p}5 triệu đồng, tăng {p}% so với cùng kỳ. "
)
_GROUPS = ("2.1 Chỉ tiêu kinh tế", "2.2 Chỉ tiêu về văn hóa - xã hội", "2.3 Chỉ tiêu về môi trường")


def plan_like_text(size: int, seed: int = 7) -> str:
    """A document like the corpus (review prose, then a long indicator list), PDF-broken."""
    rng = random.Random(seed)
    parts = ["KẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030\n\n"]
    while sum(map(len, parts)) < size // 5:
        parts.append(_PROSE.format(n=rng.randint(1, 999), p=rng.randint(10, 99)) + "\n\n")
    parts.append("2. Các chỉ tiêu chủ yếu giai đoạn 2026-2030\n\n")
    number = 0
    while sum(map(len, parts)) < size:
        parts.append(_GROUPS[number // 50 % 3] + "\n\n")
        for _ in range(50):
            number += 1
            item = _ITEMS[number % len(_ITEMS)].format(
                n=rng.randint(1, 999), p=rng.randint(10, 99), q=rng.randint(100, 120), d=rng.randint(1, 9))
            cut = item.rfind(" ", 0, len(item) // 2) + 1  # a PDF line break mid-item, page number between
            parts.append(f"({number}) {item[:cut]} \n\n {rng.randint(2, 99)} \n\n{item[cut:]}\n\n")
    return "".join(parts)


def plan_parse(folder: Path) -> dict:
    """Parsing 1 MB (10^6 characters) of plan text vs reading and normalizing the same file."""
    text = plan_like_text(1_000_000)
    path = folder / "plan.txt"
    path.write_text(text, encoding="utf-8")
    source = read_document(path).text
    parse = median_seconds(lambda i: parse_text(source), repeat=repeats(3, 1), warmup=repeats(1, 0))
    floor = median_seconds(lambda i: read_document(path), repeat=repeats(3, 1), warmup=repeats(1, 0))
    count = len(parse_text(source).all_indicators())
    return result(parse * 1000, "ms", floor * 1000, "parse < 2000 ms for 1 MB", chars=len(text), indicators=count)
