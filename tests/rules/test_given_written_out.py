"""RL590 on an inverted name with its given name written out (`McKinney, Wes`) in an APA list
whose inverted names give initials; lists written here."""

from __future__ import annotations

NAMES = ["Smith, J.", "Lee, K. M.", "Okafor, C.", "Ruiz, E.", "Jones, B. A.", "Kim, H."]


def _list(last: str, given_written: bool = False) -> str:
    entries = []
    for n in range(6):
        a, b = NAMES[n], NAMES[(n + 1) % 6]
        if given_written:
            a, b = a.split(",")[0] + ", John", b.split(",")[0] + ", Karen"
        entries.append(f"{a}, & {b} ({2000 + n}). Work number {n}. Journal, {n + 1}, 1–9.")
    return "References\n" + "\n".join([*entries, last]) + "\n"


def test_a_given_name_written_out_among_initials_is_flagged(lint):
    text = _list("McKinney, Wes. (2010). Data structures in Python. SciPy, 56–61.")
    [found] = lint(text, select=["RL590"])
    assert found.entry == 7
    assert "`McKinney, Wes`" in found.message and "`McKinney, W.`" in found.message


def test_lists_that_write_given_names_out_and_suffixes_pass(lint):
    chicago = _list("McKinney, Wes. (2010). Data structures in Python. SciPy, 56–61.", True)
    assert lint(chicago, select=["RL590"]) == []
    suffix = _list("Ford, Jr. (2010). Data structures in Python. SciPy, 56–61.")
    assert lint(suffix, select=["RL590"]) == []


def test_a_given_name_written_out_and_read_as_a_second_name(lint):
    """`Harris, K., Vititoe, Francis, & Johnston, J.` reads as four names, `Vititoe` and
    `Francis` apart: the list's `Vititoe, F.` elsewhere says they are one, given name written
    out; without that printing, two names are left alone."""
    first = "Harris, K., Vititoe, F., & Johnston, J. (2021). Dark matter. Journal, 3, 1–9."
    second = "Harris, K., Vititoe, Francis, & Johnston, J. (2022). Dark data. Journal, 4, 1–9."
    text = _list(second).replace("References\n", f"References\n{first}\n")
    [found] = lint(text, select=["RL590"])
    assert found.entry == 8 and "`Vititoe, Francis`" in found.message
    assert "`Vititoe, F.`" in found.message
    alone = _list(second.replace("Francis", "Francis, Lee, K."))
    assert lint(alone, select=["RL590"]) == []


SPANISH = [
    "Sanabria Fernández, H.",
    "Lafone Quevedo, S.",
    "González Torres, D.",
    "Arze Aguirre, R. D.",
    "Quiroga Salcedo, C. E.",
    "Vergara Martin, G. M.",
]


def test_a_given_name_with_a_middle_initial_among_double_surnames(lint):
    """A list of double surnames (Spanish), initials given: the one given name written out,
    a middle initial after it (`Mariano A.`), is found; where the list writes given names
    out, it is left alone."""
    entries = [
        f"{a}, & {b} ({1970 + n}). Obra número {n}. Revista, {n + 1}, 1–9."
        for n, (a, b) in enumerate(zip(SPANISH, [*SPANISH[1:], SPANISH[0]], strict=True))
    ]
    last = "Pelliza, Mariano A. (1881). Historia del Río de la Plata. Imprenta, 1–9."
    text = "References\n" + "\n".join([*entries, last]) + "\n"
    [found] = lint(text, select=["RL590"])
    assert found.entry == 7 and "`Pelliza, Mariano A`" in found.message
    assert "given name `Mariano`" in found.message and "`Pelliza, M.`" in found.message
    written = [e.replace(", H.", ", Hernán").replace(", S.", ", Samuel") for e in entries]
    written = [e.replace(", D.", ", Diego").replace(", R. D.", ", Raúl") for e in written]
    written = [e.replace(", C. E.", ", Carlos").replace(", G. M.", ", Gonzalo") for e in written]
    text = "References\n" + "\n".join([*written, last]) + "\n"
    assert lint(text, select=["RL590"]) == []
