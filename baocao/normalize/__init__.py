"""The normalise stage: a :class:`~baocao.nlp.Reading` → a Report and its facts.

Entry point: :func:`reading_to_facts` (:mod:`baocao.normalize.facts`). The helper modules
(numbers, money, criteria, sources, periods, schemes, places) turn one raw string each into a
canonical value.
"""

from __future__ import annotations

from baocao.normalize.facts import reading_to_facts

__all__ = ["reading_to_facts"]
