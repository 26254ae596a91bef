"""Extraction: from a cleaned ``Document`` to the mentions and claims it carries.

One module per job: ``quantities`` (numbers, units, bounds), ``dates`` (time references),
``sentences``/``attribution``/``modality`` (who says what, how firmly), ``entities`` (names,
roles, places, the profile's watchlist), ``measures`` (what a quantity measures, from the
profile's triggers) and ``claims`` (assembling all of these into ``records.Claim``).
The profile of measures and watched entities is loaded by ``profile``.
"""
