"""The ground floor's shared vocabulary: what every stage may read and no stage owns.

Each module turns one kind of written value into its canonical form or matches it in text:
numbers (:mod:`~baocao.vocab.numbers`), money and its units (:mod:`~baocao.vocab.money`),
periods, places and the two administrative maps (:mod:`~baocao.vocab.places`,
:mod:`~baocao.vocab.gazetteer`), the national criteria sets and their series
(:mod:`~baocao.vocab.criteria`, :mod:`~baocao.vocab.series`), funding sources, schemes, and
the cue lexicons of the text patterns (:mod:`~baocao.vocab.patterns`). It imports only the
other ground-floor modules (``model``, ``errors``, ``data``), never a stage.
"""
