"""Versioned lexicons and patterns (``*.toml``) and their loader, :mod:`baocao.data.lexicon`."""
