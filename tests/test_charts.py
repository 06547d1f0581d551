"""Chart builders: figure content read back from the matplotlib objects, all rule kinds."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from decimal import Decimal as D

import pytest

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from kehoach_desktop.charts import labels as L  # noqa: E402
from kehoach_desktop.charts.detail import detail_figure  # noqa: E402
from kehoach_desktop.charts.orient import oriented_percent  # noqa: E402
from kehoach_desktop.charts.overview import (  # noqa: E402
    REFERENCE_GID,
    layout_rows,
    overview_figure,
    status_counts,
    status_counts_figure,
)
from kehoach_desktop.charts.path import path_figure, path_points  # noqa: E402
from kehoach_desktop.charts.style import STATUS_COLORS, STATUS_HATCHES, font_path  # noqa: E402
from kehoach_desktop.domain.evaluation import evaluate  # noqa: E402
from kehoach_desktop.domain.model import (  # noqa: E402
    Aggregation,
    Direction,
    Group,
    Indicator,
    IndicatorData,
    MonthlyValue,
    Plan,
    PlanKind,
    RuleKind,
    Status,
    TargetRule,
)
from kehoach_desktop.domain.periods import Period  # noqa: E402
from kehoach_desktop.domain.targets import year_target  # noqa: E402

PLAN = Plan(PlanKind.FIVE_YEAR, 2026, 2030)
P = Period(2026, 10)
GROUPS = [Group("economy", "Chỉ tiêu kinh tế"), Group("society", "Chỉ tiêu văn hóa - xã hội")]


def _values(year: int, figures: list[str], note: dict[int, str] | None = None) -> tuple[MonthlyValue, ...]:
    note = note or {}
    return tuple(MonthlyValue(year, m, D(v), note=note.get(m)) for m, v in enumerate(figures, start=1))


def make(code: str, rule: TargetRule, *, unit: str = "tấn", flow: bool = False, lower: bool = False,
         last: list[str] | None = None, this: list[str] | None = None, base: str | None = None,
         group: str = "economy", notes: dict[int, str] | None = None) -> IndicatorData:
    ind = Indicator(code, f"Chỉ tiêu thử {code}", unit, group,
                    direction=Direction.LOWER if lower else Direction.HIGHER,
                    aggregation=Aggregation.FLOW if flow else Aggregation.STOCK,
                    baseline_value=None if base is None else D(base), baseline_year=None if base is None else 2025)
    values = (_values(2025, last) if last else ()) + (_values(2026, this, notes) if this else ())
    return IndicatorData(ind, PLAN, (rule,), values)


def R(kind: RuleKind, value: str | None = None, low: str | None = None, high: str | None = None, **kw) -> TargetRule:  # noqa: N802
    num = lambda t: None if t is None else D(t)  # noqa: E731
    return TargetRule(kind, num(value), num(low), num(high), **kw)


# One indicator per rule kind, both directions, flows and stocks.
ALL_KINDS: dict[str, IndicatorData] = {
    "at_least": make("1", R(RuleKind.AT_LEAST, "7000", per_year=True), flow=True,
                     last=["600"] * 12, this=["650"] * 10, notes={9: "Mưa lũ làm giảm sản lượng"}),
    "more_than": make("2", R(RuleKind.MORE_THAN, "95", per_year=True), unit="%", this=["94"] * 10),
    "at_most": make("3", R(RuleKind.AT_MOST, "4", per_year=True), unit="vụ", flow=True, lower=True,
                    last=["1", "0"] * 6, this=["0"] * 10),
    "less_than": make("4", R(RuleKind.LESS_THAN, "12"), unit="%", lower=True, base="14.5",
                      last=["14.5"] * 12, this=["14.3"] * 10, group="society"),
    "range": make("5", R(RuleKind.RANGE, None, "35", "40"), unit="%", base="30", last=["30"] * 12,
                  this=["31.5"] * 10, group="society"),
    "equal": make("6", R(RuleKind.EQUAL, "9450", year=2026), unit="triệu đồng", flow=True,
                  this=["700"] * 10),
    "maintain": make("7", R(RuleKind.MAINTAIN, "50.03"), unit="%", this=["50.03"] * 10),
    "ratio": make("8", R(RuleKind.RATIO, "16", "16", "18", per_year=True), unit="thôn", this=["16"] * 10),
    "growth": make("9", R(RuleKind.GROWTH_VS_BASELINE, "42", baseline_year=2025), unit="triệu đồng/người/năm",
                   base="52", last=["52"] * 12, this=["55"] * 10),
    "avg_growth": make("10", R(RuleKind.AVG_ANNUAL_GROWTH, "10", per_year=True, baseline_year=2025),
                       unit="triệu đồng", flow=True, base="8620", last=["718.34"] * 12, this=["780"] * 10),
    "reduction": make("11", R(RuleKind.REDUCTION, "1.5", per_year=True, points=True, baseline_year=2025),
                      unit="%", lower=True, base="7.9", last=["7.9"] * 12, this=["6.6"] * 10, group="society"),
    "reduction_pct": make("12", R(RuleKind.REDUCTION, "5", per_year=True, baseline_year=2025), unit="vụ",
                          flow=True, lower=True, base="20", last=["2"] * 10 + ["0", "0"], this=["1"] * 10),
    "cumulative": make("13", R(RuleKind.CUMULATIVE, "20"), unit="doanh nghiệp", flow=True,
                       last=["0"] * 12, this=["0", "1"] * 5),
    "multiple": make("14", R(RuleKind.MULTIPLE_OF_BASELINE, "0.5", baseline_year=2025,
                             text="tăng 0,5 lần so với năm 2025"), unit="lượt người", flow=True,
                     base="7400", last=["600"] * 12, this=["700"] * 10),
    "qualitative": make("15", R(RuleKind.QUALITATIVE, per_year=True), unit="", this=["1"] * 10),
    "no_data": make("16", R(RuleKind.AT_LEAST, "95", per_year=True), unit="%", group="society"),
    "no_year_target": make("17", R(RuleKind.GROWTH_VS_BASELINE, "10"), unit="tấn", this=["100"] * 10),
}


def _bars(fig: Figure) -> list[Rectangle]:
    ax = fig.axes[0]
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid()]


def _texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in out if t]


def _render(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=60)
    data = buf.getvalue()
    assert data.startswith(b"\x89PNG")
    return data


# --- import hygiene -------------------------------------------------------------------------

def test_package_does_not_import_matplotlib() -> None:
    code = "import sys, kehoach_desktop.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_builders_leave_global_rcparams_alone() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    evs = [evaluate(d, P) for d in ALL_KINDS.values()]
    overview_figure(evs, GROUPS)
    detail_figure(ALL_KINDS["at_least"], P)
    path_figure(ALL_KINDS["growth"], P)
    assert dict(matplotlib.rcParams) == before


# --- font -----------------------------------------------------------------------------------

VIETNAMESE = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
PANGRAM = "Chỉ tiêu Tỷ lệ hộ nghèo giảm; Đạt, Vượt, Chậm tiến độ, Có nguy cơ không đạt, Chưa có số liệu ≥ ≤ … » ↓"


def test_font_has_every_vietnamese_glyph() -> None:
    from matplotlib.ft2font import FT2Font

    letters = VIETNAMESE + VIETNAMESE.upper()
    assert len(set(VIETNAMESE)) == 89  # 67 accented + 22 plain letters used in Vietnamese
    for path in (font_path(), font_path().with_name("DejaVuSans-Bold.ttf")):
        face = FT2Font(str(path))
        charmap = face.get_charmap()
        text = letters + PANGRAM + "".join(s.label for s in Status) + "".join(
            v for k, v in vars(L).items() if k.isupper() and isinstance(v, str)
        )
        missing = sorted({c for c in unicodedata.normalize("NFC", text) if not c.isspace() and ord(c) not in charmap})
        assert not missing, f"{path.name} lacks {missing}"


def test_every_text_uses_the_chart_font() -> None:
    evs = [evaluate(d, P) for d in ALL_KINDS.values()]
    fig = overview_figure(evs, GROUPS)
    _render(fig)
    texts = fig.findobj(lambda a: hasattr(a, "get_fontproperties") and hasattr(a, "get_text"))
    files = {t.get_fontproperties().get_file() for t in texts if t.get_text()}
    assert files and all(f and "DejaVuSans" in str(f) for f in files)


# --- overview -------------------------------------------------------------------------------

def test_overview_bars_colours_gids_and_reference_line() -> None:
    evs = [evaluate(d, P) for d in ALL_KINDS.values()]
    fig = overview_figure(evs, GROUPS)
    bars = _bars(fig)
    ordered = [r.evaluation for r in layout_rows(evs, GROUPS) if r.evaluation is not None]
    with_percent = [e for e in ordered if oriented_percent(e) is not None]
    assert len(bars) == len(with_percent)
    assert [b.get_gid() for b in bars] == [e.indicator.code for e in with_percent]
    by_code = {e.indicator.code: e for e in evs}
    for bar in bars:
        status = by_code[bar.get_gid()].status
        assert to_hex(bar.get_facecolor()) == STATUS_COLORS[status].lower()
        assert (bar.get_hatch() or "") == STATUS_HATCHES[status]
        assert bar.get_picker() is True
    ax = fig.axes[0]
    refs = [ln for ln in ax.lines if ln.get_gid() == REFERENCE_GID]
    assert len(refs) == 1 and list(refs[0].get_xdata()) == [100, 100]
    # Every indicator, with or without a percent, has a row label and a status word.
    status_texts = {t.get_gid(): t.get_text() for t in ax.texts if (t.get_gid() or "").startswith("status:")}
    assert len(status_texts) == len(evs)
    for ev in evs:
        assert ev.status_label in status_texts["status:" + ev.indicator.code]
    assert status_texts["status:15"] == "Đạt"
    assert status_texts["status:16"] == "Chưa có số liệu"
    assert status_texts["status:17"] == ""  # a growth with no baseline level: nothing judged, no word
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert "Chỉ tiêu kinh tế" in ticks and "Chỉ tiêu văn hóa - xã hội" in ticks
    # groups in document order: the economy title comes before the society title
    assert ticks.index("Chỉ tiêu kinh tế") < ticks.index("Chỉ tiêu văn hóa - xã hội")
    _render(fig)
    xt = [t.get_text() for t in ax.get_xticklabels()]
    assert "100%" in xt and "50%" in xt
    assert "Vượt" in _texts(fig) or any("Vượt" in t for t in _texts(fig))


def test_overview_vietnamese_percent_text() -> None:
    ev = evaluate(ALL_KINDS["more_than"], P)  # 94 / 95
    fig = overview_figure([ev], GROUPS)
    text = next(t.get_text() for t in fig.axes[0].texts if t.get_gid() == "status:2")
    assert ev.percent_of_target == D("98.95") and text.startswith("99,0%")
    assert "Chậm tiến độ" in text or "Đúng tiến độ" in text


def test_overview_redraws_into_the_same_figure_and_grows_with_rows() -> None:
    evs = [evaluate(d, P) for d in ALL_KINDS.values()]
    fig = overview_figure(evs[:3], GROUPS)
    small = fig.get_figheight()
    again = overview_figure(evs, GROUPS, fig=fig)
    assert again is fig and len(fig.axes) == 1
    assert fig.get_figheight() > small
    assert len(_bars(fig)) == sum(1 for e in evs if oriented_percent(e) is not None)
    forty = [evaluate(ALL_KINDS["at_least"], P)] * 40
    overview_figure(forty, GROUPS, fig=fig)
    assert fig.get_figheight() >= 40 * 0.28


def test_overview_empty_plan_renders() -> None:
    _render(overview_figure([], []))


def test_overview_unknown_group_kept() -> None:
    data = make("99", R(RuleKind.AT_LEAST, "10", per_year=True), this=["5"] * 10, group="politics")
    fig = overview_figure([evaluate(data, P)], GROUPS)
    assert "politics" in [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_lower_is_better_orientation() -> None:
    # 14,3% against this year's step to "dưới 12%" (< 14): behind it, so the bar is shorter than 100%.
    ev = evaluate(ALL_KINDS["less_than"], P)
    assert ev.percent_of_target is not None and ev.percent_of_target < 100  # oriented: not there yet
    share = oriented_percent(ev)
    assert share is not None and share < 100
    assert share == (ev.target.meet * 100 / ev.actual).quantize(D("0.01"))
    # 6,6% against a reduction path at 6,4%: nearly there
    red = evaluate(ALL_KINDS["reduction"], P)
    assert red.target.direction is Direction.LOWER and oriented_percent(red) < 100
    # Zero accidents against "không quá 4": best possible, drawn at the clip.
    zero = evaluate(ALL_KINDS["at_most"], P)
    assert oriented_percent(zero).is_infinite()
    fig = overview_figure([ev, red, zero], GROUPS)
    bars = {b.get_gid(): b for b in _bars(fig)}
    assert bars["4"].get_width() == pytest.approx(float(share))
    assert bars["3"].get_width() >= bars["4"].get_width()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(lbl.strip().startswith("4.") and lbl.endswith("↓") for lbl in labels)


def test_status_counts() -> None:
    evs = [evaluate(d, P) for d in ALL_KINDS.values()]
    table = dict(status_counts(evs, GROUPS))
    # Indicators that could not be judged (no year target, no path) are not counted as a status.
    assert sum(table["Chỉ tiêu kinh tế"].values()) == sum(1 for e in evs if e.indicator.group == "economy" and e.judged)
    assert any(not e.judged for e in evs)
    fig = status_counts_figure(evs, GROUPS)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1] == L.COUNTS_TOTAL
    total_width = sum(p.get_width() for p in fig.axes[0].patches if p.get_y() + p.get_height() / 2 == pytest.approx(len(ticks) - 1))
    assert total_width == sum(1 for e in evs if e.judged)
    _render(fig)


# --- detail and path ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(ALL_KINDS))
def test_every_kind_draws_detail_and_path(kind: str) -> None:
    data = ALL_KINDS[kind]
    for builder in (detail_figure, path_figure):
        fig = builder(data, P)
        assert isinstance(fig, Figure)
        _render(fig)
        again = builder(data, P, fig=fig)
        assert again is fig and len(fig.axes) == 1


def _gids(fig: Figure) -> set[str]:
    return {a.get_gid() for a in fig.axes[0].get_children() if a.get_gid()}


def test_detail_flow() -> None:
    data = ALL_KINDS["at_least"]
    fig = detail_figure(data, P)
    ax = fig.axes[0]
    months = [p for p in ax.patches if (p.get_gid() or "").startswith("month:")]
    assert len(months) == 10
    gids = _gids(fig)
    assert {"actual", "last-year", "pace", "target", "forecast", "notes"} <= gids
    ytd = next(ln for ln in ax.lines if ln.get_gid() == "actual")
    assert list(ytd.get_ydata())[-1] == pytest.approx(6500)
    pace = next(ln for ln in ax.lines if ln.get_gid() == "pace")
    assert list(pace.get_ydata())[6] == pytest.approx(3500)
    _render(fig)
    texts = _texts(fig)
    assert any("≥ 7.000" in t for t in texts)
    assert any(t.startswith("Ghi chú T9: Mưa lũ") for t in texts)
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["T1", "T2"]
    assert "6.000" in [t.get_text() for t in ax.get_yticklabels()]


def test_detail_stock_pace_from_last_year() -> None:
    data = ALL_KINDS["growth"]
    fig = detail_figure(data, P)
    ax = fig.axes[0]
    assert not [p for p in ax.patches if (p.get_gid() or "").startswith("month:")]
    pace = next(ln for ln in ax.lines if ln.get_gid() == "pace")
    target = year_target(data, 2026)
    assert list(pace.get_ydata()) == pytest.approx([52.0, float(target.meet)])
    assert {"actual", "last-year", "target", "forecast"} <= _gids(fig)


def test_detail_lower_better_says_so() -> None:
    fig = detail_figure(ALL_KINDS["reduction"], P)
    assert any(L.LOWER_BETTER in t for t in _texts(fig))


def test_path_growth_reduction_cumulative() -> None:
    growth = path_points(ALL_KINDS["growth"], P)
    assert growth["baseline"] == (2025, D(52))
    assert float(growth["required"][2030]) == pytest.approx(52 * 1.42, rel=1e-3)
    assert growth["results"] == {2026: D(55)} and growth["partial_month"] == 10
    red = path_points(ALL_KINDS["reduction"], P)
    assert [float(red["required"][y]) for y in range(2026, 2031)] == pytest.approx([6.4, 4.9, 3.4, 1.9, 0.4])
    cum = path_points(ALL_KINDS["cumulative"], P)
    assert cum["cumulative"] and float(cum["required"][2026]) == 4 and float(cum["required"][2030]) == 20
    assert cum["results"][2026] == D(5)
    rng = path_points(ALL_KINDS["range"], P)
    assert rng["required_far"] and rng["required"][2030] == D(35) and rng["required_far"][2030] == D(40)
    fig = path_figure(ALL_KINDS["reduction"], P)
    assert {"required", "final", "results", "baseline", "forecast", "partial"} <= _gids(fig)
    _render(fig)
    texts = _texts(fig)
    assert any("≤ 0,4" in t for t in texts) and any("7,9" in t for t in texts)
    fig = path_figure(ALL_KINDS["cumulative"], P)
    assert any(L.PATH_CUMULATIVE == t for t in _texts(fig))


def test_path_past_years_are_full_years() -> None:
    data = ALL_KINDS["avg_growth"]
    values = data.values + _values(2027, ["800"] * 12)
    data = IndicatorData(data.indicator, data.plan, data.rules, values)
    pts = path_points(data, Period(2027, 12))
    assert set(pts["results"]) == {2026, 2027} and pts["partial_month"] is None


# --- demo plan ------------------------------------------------------------------------------

@pytest.mark.slow
def test_demo_plan_charts(demo_db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.queries import groups, load_plan_data

    db, plan_id = demo_db
    with db.read() as s:
        data = load_plan_data(s, plan_id)
        gs = groups(s, plan_id)
    evs = [evaluate(d, P) for d in data]
    fig = overview_figure(evs, gs)
    bars = _bars(fig)
    assert len(bars) == sum(1 for e in evs if oriented_percent(e) is not None)
    assert {b.get_gid() for b in bars} <= {d.indicator.code for d in data}
    _render(fig)
    for d in data:
        _render(detail_figure(d, P))
        _render(path_figure(d, P))
