"""RL578 (a term in another case than the list writes it) and RL579 (a note of the citing text
printed as the title), on small lists in several styles."""

import pytest


def _found(lint, entries, code):
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    return [(d.entry, d.message) for d in lint(text, select=code)]


NAR = [
    "Chen, Y. and Wang, X. (2020) MiRDB: an online database for prediction of microRNA targets. "
    "Nucleic Acids Res., 48, D127–D131.",
    "Ma, Z.L. and Jin, Y.X. (2015) Up-regulation of miR-32 expression in lung cancer. "
    "Oncotarget, 6, 20111–20120.",
    "Liu, R. and Li, Y. (2019) A miRNA-dependent switch in translation. Nature, 5, 1–9.",
    "Yuan, Y.L. and Li, D.Y. (2019) MiR-26a-5p inhibits cell proliferation in HCC cells. "
    "Technol. Cancer Res. Treat., 18, 1–8.",
]


def test_a_capitalised_first_letter_of_a_lower_case_term_is_found(lint):
    found = _found(lint, NAR, "RL578")
    assert [entry for entry, _ in found] == [1, 4]
    assert found[0][1].startswith("`MiRDB` with a capital first letter; the list writes `miR`")


def test_capitals_inside_a_term_changed_are_found(lint):
    vancouver = [
        "Smith J. Control of eIF4A1 in breast cancer. Nature. 2015;6:1-12.",
        "Jones K. The eIF4A1 helicase and translation. Cell. 2016;7:13-24.",
        "Brown L. eIf4A1-mediated changes in translation. Cell Death Dis. 2015;6:1-12.",
    ]
    found = _found(lint, vancouver, "RL578")
    assert [entry for entry, _ in found] == [3]
    assert "`eIf4A1` where the list writes `eIF4A1` twice" in found[0][1]


@pytest.mark.parametrize(
    "entries",
    [
        # title case: every main word capitalised, the first letter of a term too
        [
            "Chen Y, Wang X. MiRDB: An Online Database for Prediction of Targets. Nucleic Acids "
            "Res. 2020;48:D127-31.",
            "Ma Z. Up-Regulation of miR-32 Expression in Lung Cancer Cells. Oncotarget. "
            "2015;6:1-9.",
            "Liu R. A Switch Controlling Protein Synthesis Across Many Tissues. Nature. "
            "2019;5:1-9.",
            "Li Y. Growth Factors Regulating Cell Division During Early Development. Cell. "
            "2018;4:1-9.",
            "Wu Q. Mechanisms Linking Stress Signalling With Cancer Progression. Cell. 2017;3:1-9.",
            "Xu P. Structural Studies Showing Receptor Binding Across Species. Cell. 2016;2:1-9.",
        ],
        # an all-capital title
        [
            "Chen Y. MIRDB: AN ONLINE DATABASE. Nucleic Acids Res. 2020;48:D127-31.",
            "Ma Z. Up-regulation of miR-32 in lung cancer. Oncotarget. 2015;6:1-9.",
        ],
        # a name with an inner capital, and the term written once only
        [
            "McDonald A. McDonald's menus and obesity. Lancet. 2010;1:1-9.",
            "Smith J. Mcdonald family studies. BMJ. 2011;2:1-9.",
            "Brown L. The eIF4A1 helicase. Cell. 2016;7:13-24.",
            "Black M. EIF4A1 in cancer. Cell. 2016;7:25-34.",
        ],
        # a capitalised word that only begins like a lower-case term (`DNase`, `dNTP`)
        [
            "Smith J. DNase treatment of samples. Cell. 2010;1:1-9.",
            "Jones K. The dNTP pool in yeast. Cell. 2011;2:1-9.",
            "Brown L. Balancing dNTP supply. Cell. 2012;3:1-9.",
            "Black M. Effects of DNase on chromatin. Cell. 2013;4:1-9.",
        ],
        # two forms as common as each other (`mTOR` and `mTor` once each): no usage to learn
        [
            "Smith J. mTOR signalling. Cell. 2010;1:1-9.",
            "Jones K. Targeting mTor in cancer. Cell. 2011;2:1-9.",
        ],
    ],
)
def test_term_case_stays_silent(lint, entries):
    assert _found(lint, entries, "RL578") == []


@pytest.mark.parametrize(
    "entry",
    [
        # IEEE
        "R. G. Booth and S. Sivendran, “For binding protocols see:,” European Journal of "
        "Pharmacology, vol. 1, no. 3, pp. 1–9, 2009.",
        # Vancouver
        "Elvira KS, deMello AJ. For additional applications of flow chemistry see:. Nat Chem. "
        "2013;5:905-15.",
        # author-date
        "Elvira, K.S. and deMello, A.J. (2013) See also the review of flow chemistry. Nat. "
        "Chem., 5, 905–915.",
        # a comma before `see`
        "Elvira KS. For a review, see. Nat Chem. 2013;5:905-15.",
    ],
)
def test_a_note_as_title_is_found(lint, entry):
    found = _found(lint, [entry], "RL579")
    assert [e for e, _ in found] == [1]
    assert "is a note to the reader" in found[0][1]


@pytest.mark.parametrize(
    "entry",
    [
        "Smith J. Things we cannot see. Nature. 2013;5:905-15.",
        "Smith J. For all to see: public health in cities. Lancet. 2013;5:905-15.",
        "Smith, J. (2013) See and be seen: visibility in traffic. Traffic Inj. Prev., 5, 1–9.",
        "J. Smith, “CF patients and lung function,” Chest, vol. 5, pp. 1–9, 2013.",
        "Smith J. Foresee: forecasting floods. J Hydrol. 2013;5:905-15.",
    ],
)
def test_real_titles_are_not_notes(lint, entry):
    assert _found(lint, [entry], "RL579") == []


def test_a_symbols_letter_lowered_before_its_number_is_found(lint):
    """`PD-l1` for `PD-L1`, with no other title to learn from, in Vancouver, APA and IEEE; the
    Greek letters' stand-ins (`TGF-b1`, `IFN-a2`, `IFN-g`) and whole words are left alone."""
    entries = [
        "1. Reck M, Rodríguez-Abreu D. Pembrolizumab versus chemotherapy for PD-l1-positive "
        "non-small-cell lung cancer. N Engl J Med. 2016;375:1823-33.",
        "2. Lee, A. (2019). Blockade of PD-l1 in melanoma. Nature Medicine, 25, 1–9.",
        '3. B. Kim, "The CTLA-4 and PD-L1 axes in tumours," IEEE Access, vol. 7, pp. 1–9, 2019.',
        "4. Ito T. TGF-b1 and IFN-a2 signalling with IFN-g in fibrosis. Cell. 2015;161:1-9.",
        "5. Roy E. HIV-positive adults and MRI-based staging. Lancet. 2018;391:1-9.",
    ]
    hits = lint("\n".join(entries) + "\n", select=["RL578"])
    assert [(d.entry, d.message) for d in hits] == [
        (
            1,
            "`PD-l1`: a symbol's letter in lower case between its capitals and its number; "
            "expected `PD-L1`",
        ),
        (
            2,
            "`PD-l1`: a symbol's letter in lower case between its capitals and its number; "
            "expected `PD-L1`",
        ),
    ]
