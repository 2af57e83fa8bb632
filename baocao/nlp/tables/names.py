"""What a name cell names: a subject place (as written), or a criterion (by number or by
name, in the document's criteria set)."""

from __future__ import annotations

import re

from baocao.data.lexicon import fold_words
from baocao.vocab import criteria as criteria_norm

#: The largest criterion number of any national set (19 criteria in 2010-2025).
MAX_CRITERION = criteria_norm.LARGEST_SET
#: "3. ", "II) ", "1.2. ", "a) ", "- ": the ordinal or bullet a row's name cell starts with.
LEADING_ORDINAL = re.compile(
    r"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,5}|[a-zđ])[.)]|[-–—+•*])\s*"
)


def subject_written(text: str) -> str:
    """A row's name cell as the subject it names, its ordinal dropped ("1. Xã Phú Thành" →
    "Xã Phú Thành"); the normalise stage resolves it to a place."""
    return LEADING_ORDINAL.sub("", text).strip()


def criterion_in(text: str, criteria_set: str | None, *, strict: bool = False) -> int | None:
    """The criterion a cell names: "Tiêu chí số 3", "3. Thủy lợi", "Thủy lợi"; ``strict``
    wants the words "tiêu chí" (an indicator's label is not a criterion's name)."""
    folded = fold_words(text)
    m = re.match(r"^(?:tieu chi|tc)\s*(?:so\s*)?(\d{1,2})\b", folded)
    if m:
        return int(m.group(1))
    if strict:
        return None
    m = re.match(r"^(\d{1,2})\s*[.:)\-–]?\s", folded + " ")
    if m and 1 <= int(m.group(1)) <= MAX_CRITERION:
        return int(m.group(1))
    return criteria_norm.criterion_number(LEADING_ORDINAL.sub("", text), criteria_set)
