"""RL864: a publisher printed before its place where the list prints `Place: Publisher` (and
back), on lists written here in both orders, and the lists it leaves alone."""

from __future__ import annotations

PLACE_FIRST = [
    "Karge, Henrik. 2014. Schriften. Hildesheim: Olms.",
    "Sahle, Patrick. 2013. Editionsformen. Stuttgart: Steiner.",
    "Schulze, Winfried. 1996. Ego-Dokumente. Berlin: Akademie Verlag.",
    "Ralle, Inga. 2017. Selbstzeugnisse. Hildesheim: Olms.",
]
PUBLISHER_FIRST = [
    "1. WHO. Cannabidiol: critical review. World Health Organization: Geneva, 2018.",
    "2. Jones H. Fatigue and recovery. Springer: Heidelberg, 2020.",
    "3. Michie D. Machine learning. Ellis Horwood: Chichester, 1994.",
    "4. Lee K. Cannabis in food. Elsevier: Amsterdam, 2019.",
]


def found(lint, entries: list[str], heading: str = "References\n"):
    return lint(heading + "".join(e + "\n" for e in entries), select=["RL864"])


def test_a_publisher_before_its_place_among_places_first(lint):
    for odd, swapped in (
        ("Dumont, Stefan. 2020. Annotieren. De Gruyter: Stuttgart.", "Stuttgart: De Gruyter"),
        ("Roth, Eva. 2019. Briefe. Olms: Hildesheim, Zürich.", "Hildesheim, Zürich: Olms"),
    ):
        (finding,) = found(lint, [*PLACE_FIRST, odd])
        assert finding.entry == 5
        assert "prints Publisher: Place; 4 of 5 imprints print Place: Publisher" in finding.message
        assert [e.text for e in finding.edits] == [swapped]


def test_a_place_before_its_publisher_among_publishers_first(lint):
    odd = "5. Kim J. Hemp seeds. Amsterdam: Elsevier, 2021."
    (finding,) = found(lint, [*PUBLISHER_FIRST, odd], heading="")
    assert finding.entry == 5 and "prints Place: Publisher" in finding.message


def test_lists_in_one_order_mixed_or_with_unknown_places_pass(lint):
    assert found(lint, PLACE_FIRST) == []
    assert found(lint, PUBLISHER_FIRST, heading="") == []
    # two each way is no order to hold the list to
    mixed = [
        *PLACE_FIRST[1:3],
        "Roth, E. 2019. Briefe. Olms: Stuttgart.",
        "Li, J. 2018. X. Brill: Stuttgart.",
    ]
    assert found(lint, mixed) == []
    # a title's colon is no imprint, and a place the list does not know is not judged
    titled = "Semper, G. 1860. Der Stil: Die textile Kunst. Frankfurt am Main: Verlag für Kunst."
    unknown = "Maus, D. 2010. Tagebücher. Dyk: Leipzig."
    assert found(lint, [*PLACE_FIRST, titled, unknown]) == []
