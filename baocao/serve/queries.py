"""Datasette's canned queries: the comparison questions, with parameters.

The questions' SQL is the ``q_*`` views (migration 0006), which PostgreSQL users query
directly; a canned query only selects from its view and filters on the parameters a user
fills in (an empty field is no filter). When a view carries the unit's province in the 2025
map (``province_2025``), the query also takes ``map``: ``2025`` groups and filters by the
province after the July 2025 merger instead of the one of the report's time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: The column holding the province in the 2025 map, when the views have it.
PROVINCE_2025 = "province_2025"


@dataclass(frozen=True)
class Question:
    """One canned query: ``name`` (its URL), the ``view`` it reads, the parameters it takes
    among ``FILTERS`` and ``unit``, and the order of its rows."""

    name: str
    view: str
    title: str
    description: str
    params: tuple[str, ...]
    order_by: str


QUESTIONS: tuple[Question, ...] = (
    Question(
        "criterion_coverage",
        "q_criterion_coverage",
        "Criterion coverage by province and period",
        "Units meeting one criterion (fill in its number), with the rate computed from the "
        "counts beside the one the report states. Achievements only.",
        ("criterion", "province", "period"),
        "province, period_end_year, period, criterion, region",
    ),
    Question(
        "ntm_standard",
        "q_ntm_standard",
        "The NTM standard by province and period",
        "Units meeting the whole New Rural standard, per scheme (NTM, nâng cao, kiểu mẫu).",
        ("province", "period"),
        "province, period_end_year, period, scheme, region",
    ),
    Question(
        "funding_mix",
        "q_funding_mix",
        "Funding mix by source",
        "Each source's amount and share of the money of a region, period and flow "
        "(mobilised, allocated, disbursed, planned).",
        ("province", "period", "flow"),
        "province, period_end_year, period, region, flow, source",
    ),
    Question(
        "criteria_met",
        "q_criteria_met",
        "Criteria met per commune",
        "How many communes meet how many criteria, by province, period and scheme.",
        ("province", "period"),
        "province, period_end_year, period, scheme, criteria_met DESC",
    ),
    Question(
        "unit_series",
        "q_unit_series",
        "Time series for one unit",
        "Everything the reports state about one unit (its code, or part of its name) over the "
        "years; narrow it with kind (verdict, criteria_count, coverage, funding, percentage) "
        "and criterion.",
        ("unit", "kind", "criterion"),
        "period_end_year, period, kind, criterion, measure",
    ),
)

#: How each parameter filters (an empty value matches every row). Datasette passes text:
#: criterion is cast so that '2' matches the integer 2 on every backend.
FILTERS: Mapping[str, str] = {
    "criterion": "(:criterion = '' OR criterion = CAST(:criterion AS INTEGER))",
    "province": "(:province = '' OR {province} = :province)",
    "period": "(:period = '' OR period = :period)",
    "flow": "(:flow = '' OR flow = :flow)",
    "kind": "(:kind = '' OR kind = :kind)",
    "unit": "(unit_code = :unit OR unit LIKE '%' || :unit || '%')",
}

_IN_MAP = f"CASE WHEN :map = '2025' THEN {PROVINCE_2025} ELSE province END"


def question_sql(question: Question, columns: Sequence[str]) -> str:
    """The canned query's SQL over the view whose columns are ``columns``."""
    with_map = PROVINCE_2025 in columns and "province" in question.params
    province = _IN_MAP if with_map else "province"
    conditions = [FILTERS[p].format(province=province) for p in question.params]
    select = f"{_IN_MAP} AS map_province, *" if with_map else "*"
    order = question.order_by
    if with_map:
        order = order.replace("province,", "map_province,", 1)
    where = "\n  AND ".join(conditions)
    return f"SELECT {select}\nFROM {question.view}\nWHERE {where}\nORDER BY {order}"


def canned_queries(schema: Mapping[str, Sequence[str]]) -> dict[str, dict[str, Any]]:
    """Datasette's ``queries`` metadata for the questions whose view ``schema`` holds."""
    queries: dict[str, dict[str, Any]] = {}
    for question in QUESTIONS:
        columns = schema.get(question.view)
        if columns is None:
            continue
        queries[question.name] = {
            "sql": question_sql(question, columns),
            "title": question.title,
            "description": question.description + f" (SQL view: {question.view})",
        }
    return queries
