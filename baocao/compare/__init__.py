"""Compare provinces and years: one function per question, each returning a pandas DataFrame.

Every function reads the store's comparison views (revision 0005), so the numbers are those a
SQL user gets, and behaves the same on SQLite and PostgreSQL. ``source`` is an open
:class:`~baocao.store.Store` or a database URL (a SQLite path, ``postgresql://…``), opened
read-only for the call.

The questions (``QUESTIONS`` maps the CLI's names to them)::

    coverage(source, *, criterion: int | None = None, map: Map = "period",
             include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        Units meeting one criterion (all numbered criteria when ``criterion`` is None), one
        row per statement: province, period, region and its level, criterion, units met of
        units total, the percent computed and the percent stated.
    standard(source, *, map: Map = "period", include_goals: bool = False,
             include_flagged: bool = False) -> DataFrame
        The same for the NTM standard as a whole (coverage statements naming no criterion).
    funding_mix(source, *, flow: str = "mobilised", map: Map = "period",
                include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        Money by source, one row per region, period and source, with ``amount_vnd`` (exact
        Python ints), ``amount_bn`` (tỷ đồng, float) and ``share`` of the parts (every source
        but ``total``, joined ones such as ``district+commune`` and ``other`` included: the
        shares of a region and period add up to 1).
    criteria_met(source, *, map: Map = "period", include_goals: bool = False,
                 include_flagged: bool = False) -> DataFrame
        The distribution of criteria met per commune: one row per province, period and number
        of criteria met, with how many communes (and which) met that many.
    time_series(source, unit: str, *, criterion: int | None = None, map: Map = "period",
                include_goals: bool = False, include_flagged: bool = False) -> DataFrame
        One unit (a code, or a name as written, with or without its prefix) across its
        reports: one row per period and measure (criteria met, coverage of each criterion,
        communes meeting the standard, money mobilised), oldest first.
    summary(source, *, criterion: int | None = None, map: Map = "period") -> dict[str, DataFrame]
        Every question at once (``time_series`` excepted), keyed by question name.

Common rules:

- ``map="period"`` groups by the province of the report's time (``province``);
  ``map="2025"`` by the province holding it after 1 July 2025 (``province_2025``, from the
  ``places`` crosswalk; the ``province`` column then holds that name).
- A report is counted once whatever files hold it (the copies in other formats are left out;
  an appendix adds only the statements its report does not make): views carry ``counted``.
- Goals (``target``; funding of flow ``planned``) are left out unless ``include_goals``.
- Facts the auditor flagged as implausible (``unit_implausible`` findings, column
  ``flagged``) are left out unless ``include_flagged``; run ``baocao audit`` first.
- ``period`` is the statement's canonical period: the report's, unless the fact describes
  another time (see migration 0005).
"""
