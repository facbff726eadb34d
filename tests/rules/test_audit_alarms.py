"""False alarms of the newer rules found on lists no rule was tuned on, each kept as a case: the
entry that drew the alarm, in a list written here in the style it came from, and beside it the
fault the rule must still find. Styles: Chicago author-date and notes-bibliography, MLA, Harvard,
APA in English and Spanish, German, French, Polish, Italian and Vancouver lists."""

from __future__ import annotations

import pytest

CHICAGO = """\
1. Bailyn, Bernard. 1967. The Ideological Origins of the American Revolution. Cambridge, MA: Belknap Press.
2. Cronon, William. 1991. Nature's Metropolis: Chicago and the Great West. New York: W. W. Norton.
3. Darnton, Robert. 1984. The Great Cat Massacre and Other Episodes in French Cultural History. New York: Basic Books.
4. Hobsbawm, Eric. 1994. The Age of Extremes: The Short Twentieth Century. London: Michael Joseph.
5. Kuhn, Thomas S. 1970. The Structure of Scientific Revolutions. Chicago: University of Chicago Press.
6. White, Hayden. 1973. Metahistory: The Historical Imagination in Nineteenth-Century Europe. Baltimore: Johns Hopkins University Press.
"""


def entries(lint, text: str, code: str) -> list[int | None]:
    return [d.entry for d in lint(text, select=[code])]


# --- RL554: a title opening in lower case -------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        # Chicago's second author, given name first, joined by `and`
        "7. Cohen, Kalman J. and Richard M. Cyert. 1965. Theory of the Firm. Englewood Cliffs: Prentice-Hall.",
        "7. Power, Timothy J. and Matthew M. Taylor. 2011. Corruption and Democracy in Brazil. Notre Dame, IN: University of Notre Dame Press.",
        # Indonesian `dan` for `and`
        "7. Rahman, M. M., Shuaibu, A. dan Setiyanto, H. 2019. Density Functional Study of Vanadium Adsorption. Jakarta: Penerbit ITB.",
        # a date not yet fixed
        "7. Robson, E. (forthcoming) Ancient Knowledge Networks: A Social Geography of Cuneiform Scholarship. Princeton: Princeton University Press.",
    ],
)
def test_rl554_names_and_dates_cut_short_are_not_titles(lint, entry):
    assert entries(lint, CHICAGO + entry + "\n", "RL554") == []


def test_rl554_still_finds_a_title_opening_in_lower_case(lint):
    entry = "7. Li, Shan. 2006. radio frequency identification technology: applications and challenges. London: Springer.\n"
    assert entries(lint, CHICAGO + entry, "RL554") == [7]
