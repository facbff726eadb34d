"""A Dutch or German compound particle capitalised against the list's habit (RL526)."""

from __future__ import annotations

VANCOUVER = [
    "van den Wijngaart A, Codling K. Regulatory monitoring of salt. Food Nutr Bull. 2013;34:102-11.",
    "de Benoist B, Allen L. Guidelines on food fortification. Nutr Rev. 2006;64:1-9.",
    "Pena-Rosas JP, Van Der Haar F, Chapel TJ. Monitoring flour fortification. Nutr Rev. "
    "2008;66(3):148-62.",
    "Hurrell RF. Fortification of cereal flours. Food Nutr Bull. 2010;31:7-21.",
]
IEEE = [
    "E. H. van Nes, M. van den Berg, Slow recovery from perturbations. Am. Nat. 169, 738-747 (2007).",
    "R. M. van Westen, H. A. Dijkstra, Ocean eddies. Geophys. Res. Lett. 48, 1-9 (2021).",
    "M. Huber, A. S. Von Der Heydt, The Eocene climate. Clim. Past 16, 2573-2597 (2020).",
    "M. Den Toom, H. A. Dijkstra, Multiple equilibria. J. Phys. Oceanogr. 44, 1141-1157 (2014).",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))


def codes(found) -> list[tuple[int | None, str, str]]:
    return [(d.entry, d.code, str(d.severity)) for d in found]


def test_a_compound_capitalised_in_a_vancouver_list_is_a_warning(lint):
    (d,) = lint(numbered(VANCOUVER), select=["RL526"])
    assert (d.entry, d.code, str(d.severity)) == (3, "RL526", "warning")
    assert "`Van Der`" in d.message and "`van den Wijngaart`" in d.message
    assert [e.text for e in d.edits] == ["van der"]


def test_initials_first_compound_warns_and_a_single_capital_is_left_alone(lint):
    # `M. Den Toom`: many bearers write a single particle's capital (`C. F. Van Loan`)
    found = lint(numbered(IEEE), select=["RL526"])
    assert codes(found) == [(3, "RL526", "warning")]


def test_an_apa_list_is_read_the_same_way(lint):
    apa = [
        "van der Veen, A., & Smith, J. (2010). Salt iodisation. Food Policy, 35, 10-19.",
        "Brown, K., & Van Den Broeck, J. (2012). Flour fortification. Nutr Rev, 70, 1-8.",
        "Jones, P. (2013). Cereal policy. Food Policy, 38, 20-29.",
    ]
    found = lint(numbered(apa), select=["RL526"])
    assert codes(found) == [(2, "RL526", "warning")]


def test_no_lower_case_compound_elsewhere_leaves_the_warning_out(lint):
    # the list prints single particles in lower case, no compound
    entries = [
        "van Swaay C, Warren M. Butterflies. J Insect Conserv. 2008;12:1-9.",
        "van Strien AJ, Termaat T. Occupancy models. Ecol Indic. 2013;31:1-9.",
        "de Kroon H, Jongejans E. Elasticity. Ecology. 2000;81:607-18.",
        "Carlin BP, Van Der Linde A. Bayesian measures of fit. J R Stat Soc B. 2002;64:583-639.",
    ]
    assert lint(numbered(entries), select=["RL526"]) == []


def test_a_list_that_capitalises_particles_is_left_alone(lint):
    belgian = [
        "Van Den Broeck J, Peeters M. Growth monitoring. Eur J Pediatr. 2011;170:1-9.",
        "Van Der Haar F, De Smet S. Iodine in Belgium. Eur J Nutr. 2012;51:10-9.",
        "Van Damme P, Janssens L. Hepatitis vaccines. Vaccine. 2013;31:20-9.",
    ]
    assert lint(numbered(belgian), select=["RL526"]) == []


def test_romance_particles_and_surname_first_singles_are_never_reported(lint):
    entries = [
        "van der Veen A, de Souza MF. Zinc in maize. Nutrients. 2015;7:1-9.",
        "van den Berg M, da Costa JP. Anaemia. Nutrients. 2016;8:1-9.",
        "De La Cruz M, Di Matteo T, Da Silva JA, Le Roux IM. Networks. PLoS One. 2014;9:e1.",
        "Van Loan CF, Du Bois WEB, De Luca G. Matrix computations. SIAM J Sci. 2001;2:1-9.",
        "C. F. Van Loan, Matrix computations. SIAM J. Sci. 2, 1-9 (2001).",
    ]
    # entry 5's single capital after the initials is no hint either: the list prints no particle
    # in lower case after the initials (each of its lower-case particles opens the name)
    assert lint(numbered(entries), select=["RL526"]) == []


def test_names_in_capitals_are_left_alone(lint):
    entries = [*VANCOUVER[:2], "Pena-Rosas JP, VAN DER HAAR F. Monitoring. Nutr Rev. 2008;66:1-9."]
    assert lint(numbered(entries), select=["RL526"]) == []


def test_a_van_compound_in_a_list_with_belgian_capitals_is_left_alone(lint):
    # the list prints `De Smet` and `Van den Broecke`: a registered `Van De Velde` may be right
    entries = [
        "Struys MM, De Smet T, Van De Velde S, Mortier EP. Closed-loop propofol. "
        "Anesthesiology. 2001;95:6-17.",
        "Van den Broecke R, Peeters M. Propofol infusion. Anesth Analg. 2002;94:1-9.",
        "van den Broek L, van Haastregt JC. Falls in the elderly. BMJ. 2003;326:1-9.",
        "de Vries OJ, van der Veen A. Hip fracture. Lancet. 2004;363:1-9.",
    ]
    assert lint(numbered(entries), select=["RL526"]) == []


def test_a_german_compound_is_a_warning_beside_belgian_capitals(lint):
    entries = [
        "Struys MM, De Smet T, Mortier EP. Closed-loop propofol. Anesthesiology. 2001;95:6-17.",
        "van den Broek L, Von Der Heydt AS. Falls in the elderly. BMJ. 2003;326:1-9.",
        "de Vries OJ, van der Veen A. Hip fracture. Lancet. 2004;363:1-9.",
    ]
    found = lint(numbered(entries), select=["RL526"])
    assert codes(found) == [(2, "RL526", "warning")]


def test_reading_the_list_s_particles_grows_linearly(lint):
    """Four times the entries, each with a capitalised compound and lower-case ones: well under
    sixteen times the time (the list's habit is read once, not once per finding)."""
    from functools import partial

    from tests.timing import assert_linear

    def many(n: int) -> str:
        return "".join(
            f"{i}. E. H. Van Nes{i}, M. van den Berg{i}, A. S. Von Der Heydt{i}, Title {i}. "
            f"J. Phys. {i}, 1 (2010).\n"
            for i in range(1, n + 1)
        )

    codes = ["RL526"]
    small, large = many(150), many(600)
    assert_linear(partial(lint, small, select=codes), partial(lint, large, select=codes), bound=8)
