"""Which unit the document is about, one module per kind of evidence.

* **unit** — the place after "ỦY BAN NHÂN DÂN"/"UBND" in the header
  (:func:`~baocao.nlp.metadata.header._header_unit`); else the first place of the title
  ("trên địa bàn thành phố Đồng Hới"); else the body: the level the report speaks of as
  itself ("trên địa bàn huyện", "toàn xã", "UBND xã"), then that level's most mentioned named
  place (the one named in the date line first) (:mod:`.body`).
* A news text's unit is read from its headline (:mod:`.headline`; a tag or a level word that
  hands it to the body, :mod:`.level_words`), the body's own subject (:mod:`.reported`, counted
  by :mod:`.refs`), its lead (:mod:`.lead`), the communes or districts it reports on one by one
  (:mod:`.communes`, :mod:`.districts`), the site it was posted on and the names it lists bare
  (:mod:`.fallbacks`); a lower unit a province's text opens with is an example
  (:mod:`.examples`); a text about the whole country is
  :mod:`~baocao.nlp.metadata.national`'s. :mod:`.common` holds what they share.

:func:`~baocao.nlp.metadata.read_metadata` calls the rules in order; the package holds them and
imports none of them here.
"""
