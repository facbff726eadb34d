"""Signs lost or doubled inside titles (RL528 degree signs, RL529 quotation marks), in lists written
here in several styles: each rule finds its fault, and stays silent on the right titles that look
like it (newtons, watts, grades, LaTeX's quotes, German and Swedish marks, inches)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from refslint.fixes import apply_edits
from tests.timing import assert_linear


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {entry}\n" for n, entry in enumerate(entries, 1))


# --- RL528: a degree sign lost --------------------------------------------------------------------

SCIENCE = numbered(
    "W. E. Johns, M. O. Baringer, Continuous, array-based estimates of Atlantic Ocean heat "
    "transport at 26.5 N. J. Climate 24, 2429–2449 (2011).",
    "D. I. Armstrong McKay, A. Staal, Exceeding 1.5 C global warming could trigger multiple "
    "climate tipping points. Science 377, eabn7950 (2022).",
    "H. L. Bryden, B. A. King, South Atlantic overturning circulation at 24 S. J. Mar. Res. 69, "
    "38–55 (2011).",
    "C. S. Meinen, S. Speich, Meridional overturning circulation transport variability at "
    "34.5°S during 2009–2017. Geophys. Res. Lett. 45, 4180–4188 (2018).",
    "M. Lozier, F. Li, A sea change in our view of overturning in the subpolar North Atlantic. "
    "Science 363, 516–521 (2019).",
)


def test_a_lost_degree_sign_is_flagged_in_a_latitude_and_a_warming(lint):
    hits = lint(SCIENCE, select=["RL528"])
    assert [(d.entry, str(d.severity)) for d in hits] == [
        (1, "warning"),
        (2, "warning"),
        (3, "warning"),
    ]
    assert hits[0].message == "degree sign lost in the title (`26.5 N`); expected `26.5°N`"
    assert hits[1].message == "degree sign lost in the title (`1.5 C`); expected `1.5°C`"
    fixed = apply_edits(SCIENCE, [e for d in hits for e in d.edits])
    assert "at 26.5°N. J. Climate" in fixed
    assert "Exceeding 1.5°C global" in fixed and "at 24°S. J. Mar." in fixed


APA = numbered(
    "Hughes, T. P., & Kerry, J. T. (2018). Spatial and temporal patterns of mass bleaching of "
    "corals in a 2 C world. Science, 359(6371), 80–83.",
    "Rahmstorf, S. (2019). Global warming of 1.5 C and the ocean. Nature Climate Change, 9, 1–3.",
    "Smith, A. B., & Lee, C. (2017). Moored observations of the Kuroshio off the coast of Japan "
    "at 32 N, 135 E. Journal of Physical Oceanography, 47(3), 12–30.",
    "Zhou, Q. (2020). Friction and wear of steel at 10 N and 20 N loads. Wear, 450, 203–210.",
)


def test_author_date_lists_are_read_the_same_way(lint):
    hits = lint(APA, select=["RL528"])
    assert sorted((d.entry, d.message) for d in hits) == [
        (1, "degree sign lost in the title (`2 C`); expected `2°C`"),
        (2, "degree sign lost in the title (`1.5 C`); expected `1.5°C`"),
        (3, "degree sign lost in the title (`135 E`); expected `135°E`"),
        (3, "degree sign lost in the title (`32 N`); expected `32°N`"),
    ]


# numbers before `N`, `S`, `W`, `E` and `C` that are no latitude nor temperature
NOT_DEGREES = numbered(
    "Zhou Q, Li H. Friction and wear of steel at 10 N under dry sliding. Wear. 2020;450:203-10.",
    "Park J. Tensile strength of fibres loaded to 50 N. Compos Sci Technol. 2019;170:1-8.",
    "Roy E. A laser diode at 30 W for tissue ablation. Lasers Surg Med. 2018;50:12-9.",
    "Kim S. Grade 1.5 C tumours: outcomes in a cohort. Br J Surg. 2017;104:44-50.",
    "Ito T. Vitamin C and 2 C classes of antioxidants. Free Radic Biol Med. 2016;95:1-9.",
    "Lee A. Ocean heat transport at 26.5°N and 26.5° N compared. J Clim. 2015;28:1-10.",
    "Diaz M. Island populations of 24 S strains of bacteria. Microbiology. 2014;160:9-19.",
    "Shaw B. Warming of the Atlantic Ocean along section 24 S.A. J Mar Res. 2013;71:1-9.",
    "Wu Z. Coastal erosion at 250 N sites along the Atlantic. Geomorphology. 2012;150:1-9.",
)


def test_newtons_watts_grades_and_printed_signs_are_left_alone(lint):
    assert lint(NOT_DEGREES, select=["RL528"]) == []


# --- RL529: quotation marks damaged ---------------------------------------------------------------

PNAS = numbered(
    "Z. Hausfather, G. P. Peters, Emissions—The “business as usual’’ story is misleading. "
    "Nature 577, 618–620 (2020).",
    "K. S. Hacker, M. G. Garzon, ““I’m Getting Violated … for my Health”: Experiences of Pelvic "
    "Exams Among Women With Low Incomes,” Women's Reproductive Health 9, no. 3 (2022): 161–182.",
    'R. N. Kumawat, Managing rangelands: promoting the tree "prosopis cineraria": A wonder tree '
    'for agroforestry in arid areas". 2016.',
    "W. H. R. Rivers, ““The Genealogical Method of Anthropological Inquiry.” Sociological "
    "Review 3 (1910): 1–12.",
    "M. G. Garzon, ‘I Would Never Call It a Good Time.’ A Mixed-Methods Study (PhD diss., The "
    "New School, 2021).",
    "D. Gautam, Floods and need assessment, Lutheran World Federation, Nepal, in ‘We Know What "
    "We Need: South Asian women speak out on climate change adaptation, Action Aid/IDS, "
    "Johannesburg, 2007.",
)


def test_damaged_quotation_marks_are_flagged(lint):
    hits = lint(PNAS, select=["RL529"])
    assert [(d.entry, d.message) for d in hits] == [
        (1, "closing quotation mark printed as two apostrophes (`’’`); expected `”`"),
        (
            2,
            "quotation inside a quotation printed with the same marks (`““`); expected `“‘`",
        ),
        (3, 'quotation marks do not pair in the entry: a `"` is left open or closed twice'),
        (4, "quotation mark printed twice (`““`); expected `“`"),
        (6, "quotation marks do not pair in the entry: a `‘` is left open or closed twice"),
    ]
    assert all(str(d.severity) == "warning" for d in hits)
    fixed = apply_edits(PNAS, [e for d in hits for e in d.edits])
    assert "“business as usual” story" in fixed
    assert "Garzon, “‘I’m Getting" in fixed
    assert "Rivers, “The Genealogical" in fixed


# right marks in several styles: IEEE's `“Title,”`, Chicago's nested quotation, British single
# marks, German, French and Swedish marks, LaTeX's, an inch and a double prime
RIGHT_MARKS = numbered(
    "A. Kallis and D. Klappholz, “Reaching definitions analysis on code,” in Proc. LCPC, 1991, "
    "pp. 1–9.",
    "K. S. Hacker, “‘I’m Getting Violated … for my Health’: Experiences of Pelvic Exams,” Women's "
    "Reproductive Health 9, no. 3 (2022): 161–182.",
    "Smith J. ‘A “good” death’: views of nurses. BMJ. 2019;365:l1-9.",
    "Müller K. „Gute Pflege“ im Alltag. Pflege. 2018;31:1-9.",
    "Durand P. « La santé » en France. Rev Prat. 2017;67:1-9.",
    "Lindqvist A. ”Att vara sjuk” i Sverige. Lakartidningen. 2016;113:1-9.",
    "Rosene C. ``Incremental dependence analysis,'' Ph.D. thesis, Rice University, 1990.",
    'Jones K. Imaging of 3.5" floppy disks. J Appl Phys. 2015;117:1-9.',
    "Misumi K. The beta'' precipitate in Al-Mg-Si alloy. J Alloys Compd. 2014;600:29-33.",
    'Young B. "The Business of Law before 1861", Proc Missisquoi Hist Soc. 1990;20:10-24.',
    "Max-Neef M. ‘Development and human needs’. In: Ekins P, editor. Real-life economics. "
    "London: Routledge; 1992.",
    "O‘Brien K. Music of the ‘90s. J Pop Cult. 2001;12:1-9.",
)


def test_right_marks_in_any_style_are_left_alone(lint):
    assert lint(RIGHT_MARKS, select=["RL529"]) == []


# --- RL563: a title's words printed twice, or a space lost after a suspended hyphen ---------------

DOUBLED = numbered(
    "S.E. Lyshevski, Mems and Nems. Mems and Nems (CRC Press, Boca Raton, 2018), p. 61.",
    "Ezzati M, Pearson-Stuttard J. Acting on non-communicable diseases in low-and middle-income "
    "tropical countries. Nature. 2018;559(7715):507-16.",
    "Fontana F, Ricotti L. Ultrasound suppresses inflammation inin vitro models of neuropathy. "
    "J Neural Eng. (2023) 20(2):1741.",
    "Maxie AJ, Hussey KF. A comparison of land cover maps and field surveys for wildlife surveys "
    "for wildlife habitat. For Ecol Manage. 2010;259:1-9.",
    "Roy E, Sato C. The role of of the gut microbiome in obesity. Gut. 2016;65:1-9.",
    "Kim S. Outcomes of pre-and postnatal care in rural clinics. BMJ. 2017;356:j1-9.",
)


def test_doubled_words_and_lost_spaces_are_flagged(lint):
    hits = lint(DOUBLED, select=["RL563"])
    assert [(d.entry, d.message) for d in hits] == [
        (1, "title printed twice (`Mems and Nems. Mems and Nems`); expected `Mems and Nems`"),
        (
            2,
            "space lost after a suspended hyphen in the title (`low-and middle-income`); "
            "expected `low- and middle-income`",
        ),
        (3, "words run together in the title (`inin`); expected `in in`"),
        (
            4,
            "words printed twice in the title (`surveys for wildlife surveys for wildlife`); "
            "expected `surveys for wildlife`",
        ),
        (5, "word printed twice in the title (`of of`); expected `of`"),
        (
            6,
            "space lost after a suspended hyphen in the title (`pre-and postnatal`); "
            "expected `pre- and postnatal`",
        ),
    ]
    fixed = apply_edits(DOUBLED, [e for d in hits for e in d.edits])
    assert "Lyshevski, Mems and Nems (CRC Press" in fixed
    assert "in low- and middle-income tropical" in fixed
    assert "inflammation in in vitro models" in fixed and "role of the gut" in fixed


@pytest.mark.parametrize(
    "entry",
    [
        "Moore AE, Schneider RJ. 2014. Physiological networks and disease functions of "
        "RNA-binding protein AUF1: rna-binding protein AUF1. WIREs RNA 5:549–564.",
        "Moore, A. E. (2014). Disease functions of RNA-binding protein AUF1. RNA-Binding Protein "
        "AUF1. WIREs RNA, 5, 549–564.",
    ],
)
def test_a_run_printed_again_in_another_case(lint, entry):
    (hit,) = lint(numbered(entry), select=["RL563"])
    assert "`RNA-binding protein AUF1`" in hit.message.rsplit("expected", 1)[1]


def test_a_meetings_short_name_printed_twice(lint):
    entry = (
        "Tsymbal, A., and M. Pechenizkiy. 2006. “Dynamic Integration.” In Machine Learning: ECML "
        "2006. ECML 2006. Lecture Notes in Computer Science, 801–8. Berlin: Springer."
    )
    (hit,) = lint(numbered(entry), select=["RL563"])
    assert (
        hit.message
        == "meeting's short name printed twice (`ECML 2006. ECML 2006`); expected `ECML 2006`"
    )
    once = entry.replace("2006. ECML 2006.", "2006.")
    assert lint(numbered(once), select=["RL563"]) == []
    # two meetings of one year, or one meeting in two years, are no doubling
    two = entry.replace("ECML 2006. ECML 2006.", "ECML 2006. PKDD 2006.")
    assert lint(numbered(two), select=["RL563"]) == []


# right titles that look like it, in several styles: `in in vitro`, a repeated phrase of few
# letters, compounds joined with `and`, a group author printed again as publisher, and `to`
# before a compound, which a judged list left as it is (`eight-to ten-year-old`)
NOT_DOUBLED = numbered(
    "Fontana F, Ricotti L. Ultrasound suppresses inflammation in in vitro models of neuropathy. "
    "J Neural Eng. 2023;20:1741.",
    "Lee, A. (2019). Again and again and again: repetition in speech. Cognition, 180, 1–9.",
    "Jokovic A, Locker D. Oral health in eight-to ten-year-old children. Pediatr Dent. "
    "2004;26:512-8.",
    "World Health Organization. Global tuberculosis report. Geneva: World Health Organization; "
    "2020.",
    "Smith J. A rock-and-roll history of the hide-and-seek game. J Pop Cult. 2015;48:1-9.",
    "B. Park, The brain-and-body connection in stress, Stress 12, 1–9 (2014).",
)


def test_right_titles_that_look_doubled_are_left_alone(lint):
    assert lint(NOT_DOUBLED, select=["RL563"]) == []


# --- cost ------------------------------------------------------------------------------------------


def test_each_pattern_grows_linearly_with_what_it_looks_for():
    """Long runs of what each pattern looks for (place words and numbers, apostrophes, repeated
    words, suspended hyphens): twice the text costs about twice the time, not four times."""
    from refslint_rules import title_signs as rules

    shapes = {
        "RL528 coordinate": (rules._COORDINATE, "at 26.5 ", "N."),
        "RL528 pair": (rules._PAIR, "26 N, ", "80 W"),
        "RL528 temperature": (rules._TEMPERATURE, "warming of 1.5 ", "C"),
        "RL529 apostrophes": (rules._TWO_APOSTROPHES, "a’’ ", "x"),
        "RL529 doubled": (rules._DOUBLED, "“““ ", "x"),
        "RL563 twice": (rules._TWICE, "ab cd ", "ef"),
        "RL563 word": (rules._DOUBLED_WORD, "of of ", "x"),
        "RL563 suspended": (rules._SUSPENDED, "low-and ", "x"),
    }
    for name, (found, unit, end) in shapes.items():

        def scan(n: int, found=found, unit=unit, end=end) -> Callable[[], object]:
            text = unit * n + end
            return lambda: list(found.finditer(text))

        assert_linear(scan(2000), scan(4000), bound=3, what=name)


def test_the_rules_grow_linearly_with_the_list(lint):
    """A list twice as long costs the three rules about twice as much (parsing included)."""
    entries = [line for line in (SCIENCE + PNAS + DOUBLED + NOT_DEGREES).splitlines()]
    bodies = [line.split(". ", 1)[1] for line in entries]

    def run(n: int) -> Callable[[], object]:
        text = numbered(*(bodies * (n // len(bodies) + 1))[:n])
        return lambda: lint(text, select=["RL528", "RL529", "RL563"])

    assert_linear(run(100), run(200), bound=3.0, what="RL528, RL529 and RL563 on 100 and 200")


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        (
            "11. D‘Zurilla TJ, Nezu AM. Problem-solving therapy. New York: Springer; 2010.",
            "D’Zurilla TJ",
        ),
        (
            "12. Leahy RL. Treatment plans: the Therapist‘s guide. New York: Guilford; 2012.",
            "the Therapist’s guide",
        ),
        ("3. Smith A. Why we don‘t sleep. Sleep. 2010;33:1-9.", "don’t sleep"),
    ],
)
def test_an_apostrophe_printed_as_an_opening_mark_is_flagged(lint, entry, wanted):
    text = f"{entry}\n"
    [found] = lint(text, select=["RL529"])
    assert "apostrophe printed as an opening quotation mark" in found.message
    assert wanted in (apply_edits(text, found.edits) or "")


@pytest.mark.parametrize(
    "entry",
    [
        "1. Kahananui K. Language revival on Hawai‘i. Pac Sci. 2010;64:1-9.",  # the ʻokina
        "2. Rahman A. Al-Mas‘udi and his world. J Hist. 2011;5:1-9.",  # the ʿayn
        "3. Smith A. The ‘new normal’ of work. Work. 2012;5:1-9.",  # a quotation's marks
        "4. M‘Intosh W. The clans of the north. Scott Hist Rev. 1910;7:1-9.",  # Gaelic's form
    ],
)
def test_marks_between_other_letters_and_paired_quotes_pass(lint, entry):
    assert lint(f"{entry}\n", select=["RL529"]) == []
