"""Figures of the comparison questions, made with matplotlib and readable without colour.

Each figure tells its series apart by hatching (bars) or marker and line style (lines) as
well as by colour, and writes its values and labels on the figure itself, so it survives a
black-and-white printout. :func:`plot` picks the figure for a question's DataFrame and writes
it to ``path`` (the suffix decides the format: ``.png`` or ``.svg``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: The suffixes :func:`plot` writes.
PLOT_SUFFIXES: tuple[str, ...] = (".png", ".svg")
HATCHES = ("", "///", "...", "xxx", "\\\\\\", "ooo", "---", "+++", "***", "|||", "OO")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "<", ">")
LINESTYLES = ("-", "--", "-.", ":")
#: The axis label of a figure with a break in a line.
BREAK_NOTE = (
    "year (end of the period)\n"
    "a line is cut at a dotted rule: a new criteria set changed the {what}"
)
#: A palette that stays distinct in grey (light to dark), for those who do see colour.
GREYS = ("#f0f0f0", "#bdbdbd", "#969696", "#737373", "#525252", "#252525")


def _figure(rows: int, title: str) -> tuple[Figure, Axes]:
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    height = min(2.0 + 0.38 * max(rows, 1), 40.0)
    figure, axes = plt.subplots(figsize=(10, height), layout="constrained")
    axes.set_title(title, loc="left", fontsize=12)
    return figure, axes


def _label(row: Any) -> str:
    scheme = "" if row.get("scheme") in (None, "NTM") else f" [{row['scheme']}]"
    return f"{row['province'] or '?'} · {row['region']} · {row['period'] or '?'}{scheme}"


def coverage_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """Horizontal bars, one per statement with a total (province · region · period), the
    percent written at the bar's end with K/N; hatching tells the level of the region."""
    data = frame[frame["units_total"].notna() & (frame["units_total"] > 0)]
    data = data.sort_values(["province", "period", "region"], ascending=False)
    figure, axes = _figure(len(data), title)
    levels = list(dict.fromkeys(data["level"].fillna("?")))
    for position, (_, row) in enumerate(data.iterrows()):
        level = row["level"] if isinstance(row["level"], str) else "?"
        index = levels.index(level)
        axes.barh(
            position,
            row["percent"],
            color=GREYS[(index + 1) % len(GREYS)],
            hatch=HATCHES[index % len(HATCHES)],
            edgecolor="black",
            label=level if level not in axes.get_legend_handles_labels()[1] else None,
        )
        kind = row["unit_kind"] or ""
        axes.text(
            row["percent"] + 1,
            position,
            f"{row['percent']:.1f}%  ({int(row['units_met'])}/{int(row['units_total'])} {kind})",
            va="center",
            fontsize=8,
        )
    axes.set_yticks(range(len(data)), [_label(row) for _, row in data.iterrows()], fontsize=8)
    axes.set_xlim(0, 140)
    axes.set_xticks(range(0, 101, 20))
    axes.set_xlabel("% of units meeting it")
    if len(data):
        axes.legend(title="level of the region", loc="upper left", bbox_to_anchor=(1.0, 1.0),
                    fontsize=8)  # fmt: skip
    else:
        axes.text(0.5, 0.5, "no statement with a total", ha="center", transform=axes.transAxes)
    return figure


def funding_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """One stacked bar per report, region and period: each source's share of the parts,
    hatched per source, with the share written inside when there is room."""
    data = frame[frame["source"] != "total"]
    keys = ["province", "region", "period", "report_key"]
    groups = list(data.groupby(keys, dropna=False, sort=True))
    figure, axes = _figure(len(groups), title)
    sources = sorted(dict.fromkeys(data["source"]))
    seen: set[str] = set()
    labels = []
    for position, (key, group) in enumerate(groups):
        left = 0.0
        for _, row in group.sort_values("source").iterrows():
            share = float(row["share"] or 0) * 100
            index = sources.index(row["source"])
            axes.barh(
                position,
                share,
                left=left,
                color=GREYS[index % len(GREYS)],
                hatch=HATCHES[index % len(HATCHES)],
                edgecolor="black",
                label=row["source"] if row["source"] not in seen else None,
            )
            seen.add(row["source"])
            if share >= 7:
                axes.text(left + share / 2, position, f"{share:.0f}", ha="center",
                          va="center", fontsize=7,
                          bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5})  # fmt: skip
            left += share
        total = sum(int(v) for v in group["amount_vnd"]) / 1e9
        labels.append(f"{key[0] or '?'} · {key[1]} · {key[2] or '?'} ({total:,.1f} tỷ)")
    axes.set_yticks(range(len(groups)), labels, fontsize=8)
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of the money mobilised (shares written in the bars)")
    if groups:
        axes.legend(title="source", loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    return figure


def criteria_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """Communes by number of criteria met: one line per province and period, each with its
    own marker and line style, its name written at its last point."""
    figure, axes = _figure(8, title)
    groups = list(frame.groupby(["province", "period", "scheme"], dropna=False, sort=True))
    for index, (key, group) in enumerate(groups):
        group = group.sort_values("criteria_met")
        axes.plot(
            group["criteria_met"],
            group["communes"],
            marker=MARKERS[index % len(MARKERS)],
            linestyle=LINESTYLES[index % len(LINESTYLES)],
            color="black" if index % 2 == 0 else "#666666",
            label=f"{key[0]} {key[1]} ({key[2]})",
        )
        last = group.iloc[-1]
        axes.annotate(f"{key[0]} {key[1]}", (last["criteria_met"], last["communes"]),
                      textcoords="offset points", xytext=(4, 4), fontsize=7)  # fmt: skip
    axes.set_xlabel("criteria met")
    axes.set_ylabel("communes")
    if groups:
        axes.legend(fontsize=7)
    return figure


def _lines_over_years(
    axes: Axes, lines: list[tuple[str, pd.DataFrame]], *, value: str, note: Any = None
) -> list[tuple[float, str]]:
    """One line per ``(label, rows)``, oldest first, each with its own marker and line
    style; a line is cut where ``break_before`` marks a change of meaning (its two sides are
    not comparable: no stroke joins them) and each point's value is written beside it
    (``note(row)`` if given). Returns where lines break, with the set that broke them."""
    breaks: list[tuple[float, str]] = []
    for index, (label, group) in enumerate(lines):
        group = group.sort_values(["_x"])
        cuts = group["break_before"].fillna(False).astype(bool).tolist() if (
            "break_before" in group) else [False] * len(group)  # fmt: skip
        color = "black" if index % 2 == 0 else "#666666"
        style: dict[str, Any] = {
            "marker": MARKERS[index % len(MARKERS)],
            "linestyle": LINESTYLES[index % len(LINESTYLES)],
            "color": color,
            "markersize": 7,
            # Past the tenth line the markers come round again, hollow this time.
            "markerfacecolor": "white" if (index // len(MARKERS)) % 2 else color,
        }
        piece: list[int] = []
        for position in range(len(group)):
            if cuts[position] and piece:
                part = group.iloc[piece]
                axes.plot(part["_x"], part[value], **style, label=label if piece[0] == 0
                          else None)  # fmt: skip
                breaks.append(
                    _break_at(
                        group["_x"].iloc[piece[-1]],
                        group["_x"].iloc[position],
                        group["criteria_set"].iloc[position],
                    )  # fmt: skip
                )
                piece = []
            piece.append(position)
        if piece:
            part = group.iloc[piece]
            axes.plot(part["_x"], part[value], **style,
                      label=label if piece[0] == 0 else None)  # fmt: skip
        for _, row in group.iterrows():
            text = note(row) if note is not None else f"{row[value]:.4g}"
            axes.annotate(text, (row["_x"], row[value]), textcoords="offset points",
                          xytext=(5, 4), fontsize=7)  # fmt: skip
    for at, criteria_set in sorted(set(breaks)):
        # A change of meaning is drawn, not only left as a gap: a dotted rule and its set.
        axes.axvline(at, color="black", linestyle=":", linewidth=1)
        axes.annotate(f"{criteria_set} criteria", (at, 1.0), xycoords=("data", "axes fraction"),
                      xytext=(2, -6), textcoords="offset points", fontsize=7,
                      rotation=90, va="top")  # fmt: skip
    return breaks


def _break_at(before: Any, after: Any, criteria_set: Any) -> tuple[float, str]:
    """Where the rule of a break goes: just before the first year of the set that changed
    the measure, kept between the two points it separates."""
    from baocao.vocab.criteria import CRITERIA_SETS

    known = CRITERIA_SETS.get(criteria_set) if isinstance(criteria_set, str) else None
    at = float(known.years[0]) - 0.5 if known is not None else float(after) - 0.5
    return min(max(at, float(before) + 0.25), float(after) - 0.25), str(criteria_set or "")


def _years_axis(axes: Axes, frame: pd.DataFrame) -> None:
    from matplotlib.ticker import MaxNLocator

    axes.set_xlabel("year (end of the period)")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if len(frame):
        years = frame["_x"].dropna()
        axes.set_xlim(float(years.min()) - 1, float(years.max()) + 1)


def series_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """Lines over the years, one per trend (what stays one measure across criteria sets;
    markers and line styles differ), each point's value written beside it, a line cut where
    a criteria set changed the measure's meaning."""
    figure, axes = _figure(8, title)
    data = frame[frame["value"].notna() & frame["period_end_year"].notna()].copy()
    data["_x"] = data["period_end_year"].astype(int)
    key = "trend" if "trend" in data else "measure"
    lines = [(str(name), group) for name, group in data.groupby(key, sort=True)]
    breaks = _lines_over_years(axes, lines, value="value")
    _years_axis(axes, data)
    if lines:
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if breaks:
        axes.set_xlabel(BREAK_NOTE.format(what="measure"))
    return figure


def trend_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """Coverage over the years: one line per region (and scheme and kind of unit), a marker
    and line style each, every point labelled with its percent and K/N; a line is cut, and
    a dotted rule drawn, where a criteria set changed the criterion's meaning."""
    figure, axes = _figure(10, title)
    data = frame[frame["percent"].notna() & frame["year"].notna()].copy()
    data["_x"] = data["year"].astype(int)
    keys = ["province", "region", "scheme", "unit_kind"]
    lines = []
    for key, group in data.groupby(keys, dropna=False, sort=True):
        province, region, scheme, kind = (k if isinstance(k, str) else "" for k in key)
        extra = ", ".join(x for x in (scheme if scheme != "NTM" else "", kind) if x)
        lines.append((f"{region} ({province})" + (f" — {extra}" if extra else ""), group))

    def note(row: Any) -> str:
        total = row["units_total"]
        counts = (f" ({int(row['units_met'])}/{int(total)})" if total == total and
                  total is not None else "")  # fmt: skip
        return f"{row['percent']:.1f}%{counts}"

    breaks = _lines_over_years(axes, lines, value="percent", note=note)
    _years_axis(axes, data)
    axes.set_ylim(0, 105)
    axes.set_ylabel("% of units meeting it")
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    if lines:
        axes.legend(title="region (province)", fontsize=7, loc="upper left",
                    bbox_to_anchor=(1.0, 1.0))  # fmt: skip
    else:
        axes.text(0.5, 0.5, "no statement", ha="center", transform=axes.transAxes)
    if breaks:
        axes.set_xlabel(BREAK_NOTE.format(what="criterion"))
    return figure


FIGURES = {
    "coverage": coverage_figure,
    "standard": coverage_figure,
    "funding": funding_figure,
    "criteria": criteria_figure,
    "series": series_figure,
    "trend": trend_figure,
}


def plot(question: str, frame: pd.DataFrame, path: Path | str, *, title: str) -> Path:
    """Draw ``question``'s ``frame`` and write it to ``path`` (``.png`` or ``.svg``)."""
    import matplotlib.pyplot as plt

    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ValueError(f"a plot is written as {' or '.join(PLOT_SUFFIXES)}, not {path.name!r}")
    if question not in FIGURES:
        raise ValueError(f"no figure for {question!r}")
    figure = FIGURES[question](frame, title=title)
    try:
        figure.savefig(path, dpi=120)
    finally:
        plt.close(figure)
    return path
