"""`one_slip` is the optimal-string-alignment distance of 1 that RL538 and the journal words used
to ask a distance library for; the library stays a dependency and is the yardstick here."""

import itertools

from rapidfuzz.distance import OSA

from refslint.slips import one_slip


def test_one_slip_agrees_with_the_distance_library_on_every_short_pair():
    words = ["".join(p) for n in range(5) for p in itertools.product("abc", repeat=n)]
    for a, b in itertools.product(words, repeat=2):
        assert one_slip(a, b) == (OSA.distance(a, b) == 1), (a, b)


def test_one_slip_on_names():
    assert one_slip("brennan", "brenan")  # dropped
    assert one_slip("brenan", "brennan")  # added
    assert one_slip("hansen", "hanson")  # changed
    assert one_slip("gonzalez", "gonzlaez")  # two neighbours swapped
    assert not one_slip("smith", "smith")
    assert not one_slip("gonzalez", "gnozlaez")  # two swaps
    assert not one_slip("abc", "cba")  # not neighbours
    assert not one_slip("brennan", "brenn")
