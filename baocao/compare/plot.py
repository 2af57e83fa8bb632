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


def series_figure(frame: pd.DataFrame, *, title: str) -> Figure:
    """Lines over the years, one per measure (markers and line styles differ), each point's
    value written beside it."""
    figure, axes = _figure(8, title)
    for index, (measure, group) in enumerate(frame.groupby("measure", sort=True)):
        group = group.sort_values("period_end_year")
        axes.plot(
            group["period_end_year"],
            group["value"],
            marker=MARKERS[index % len(MARKERS)],
            linestyle=LINESTYLES[index % len(LINESTYLES)],
            color="black" if index % 2 == 0 else "#666666",
            label=measure,
        )
        for x, y in zip(group["period_end_year"], group["value"], strict=True):
            axes.annotate(f"{y:.4g}", (x, y), textcoords="offset points", xytext=(3, 3),
                          fontsize=7)  # fmt: skip
    axes.set_xlabel("year (end of the period)")
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if len(frame):
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


FIGURES = {
    "coverage": coverage_figure,
    "standard": coverage_figure,
    "funding": funding_figure,
    "criteria": criteria_figure,
    "series": series_figure,
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
