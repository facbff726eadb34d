"""IEEE lists linted whole: a correct one draws nothing at warning; a faulty one draws the faults
a copy editor fixes in that style (RL829, RL830, and the other rules on IEEE's readings); lists
in other styles draw neither rule."""

from __future__ import annotations

import datetime as dt

from refslint.api import Severity

TODAY = dt.date(2026, 12, 6)  # the day the lists' access notes were written

CLEAN = """\
References

[1] K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition," in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Las Vegas, NV, USA, Jun. 2016, pp. 770–778.
[2] A. Vaswani et al., "Attention is all you need," in Proc. Adv. Neural Inf. Process. Syst., Long Beach, CA, USA, Dec. 2017, pp. 5998–6008.
[3] Y. LeCun, Y. Bengio, and G. Hinton, "Deep learning," Nature, vol. 521, no. 7553, pp. 436–444, May 2015, doi: 10.1038/nature14539.
[4] D. P. Kingma and J. Ba, "Adam: A method for stochastic optimization," 2014, arXiv:1412.6980.
[5] S. Haykin, Neural Networks and Learning Machines, 3rd ed. Upper Saddle River, NJ, USA: Pearson, 2009.
[6] R. E. Blahut, Algebraic Codes for Data Transmission. Cambridge, U.K.: Cambridge Univ. Press, 2003.
[7] J. Smith, "Channel coding for wireless links," in Wireless Communications Handbook, A. Editor, Ed. New York, NY, USA: Springer, 2010, pp. 1–29.
[8] L. Chen, "Robust control of power converters," Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA, USA, 2019.
[9] M. Brown, "Low-power sensor nodes," M.S. thesis, Dept. Comput. Sci., Univ. of Toronto, Toronto, ON, Canada, 2018.
[10] P. Diament, "Wave transmission in plasmas," Columbia Univ., New York, NY, USA, Tech. Rep. TR-0123, 2020.
[11] Wireless LAN Medium Access Control (MAC) and Physical Layer (PHY) Specifications, IEEE Std 802.11-2016, 2016.
[12] J. P. Wilkinson, "Nonlinear resonant circuit devices," U.S. Patent 3 624 125, Jul. 16, 1990.
[13] The MathWorks, "MATLAB documentation," 2015. [Online]. Available: https://www.mathworks.com/help/matlab/ (accessed Dec. 1, 2026).
[14] G. Hinton et al., "Deep neural networks for acoustic modeling in speech recognition," IEEE Signal Process. Mag., vol. 29, no. 6, pp. 82–97, Nov. 2012.
[15] T. Mikolov, K. Chen, G. Corrado, and J. Dean, "Efficient estimation of word representations in vector space," 2013, arXiv:1301.3781.
[16] Python Software Foundation, "Python language reference, version 3.12." Accessed: Dec. 6, 2026. [Online]. Available: https://docs.python.org/3/reference/
[17] I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA, USA: MIT Press, 2016.
[18] J. Long, E. Shelhamer, and T. Darrell, "Fully convolutional networks for semantic segmentation," in Proc. IEEE Conf. Comput. Vis. Pattern Recognit., 2015, pp. 3431–3440.
[19] W. Stallings, Cryptography and Network Security, 7th ed. Harlow, U.K.: Pearson, 2017.
[20] R. Sutton and A. Barto, Reinforcement Learning: An Introduction, 2nd ed. Cambridge, MA, USA: MIT Press, 2018.
[21] E. Tanaka, "A survey of graph neural networks," IEEE Trans. Neural Netw. Learn. Syst., vol. 32, no. 1, pp. 4–24, Jan. 2021, doi: 10.1109/TNNLS.2020.2978386.
[22] S. Ioffe and C. Szegedy, "Batch normalization: Accelerating deep network training by reducing internal covariate shift," in Proc. 32nd Int. Conf. Mach. Learn. (ICML), Lille, France, Jul. 2015, pp. 448–456.
[23] A. Krizhevsky, "Learning multiple layers of features from tiny images," Univ. Toronto, Toronto, ON, Canada, Tech. Rep., 2009.
[24] IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.
[25] H. Zhou, "Edge caching in 6G networks," IEEE Access, vol. 9, pp. 11203–11215, 2021.
[26] N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, and R. Salakhutdinov, "Dropout: A simple way to prevent neural networks from overfitting," J. Mach. Learn. Res., vol. 15, no. 1, pp. 1929–1958, Sep. 2014.
[27] O. Ronneberger, P. Fischer, and T. Brox, "U-Net: Convolutional networks for biomedical image segmentation," in Proc. Med. Image Comput. Comput.-Assist. Intervent. (MICCAI), Munich, Germany, Oct. 2015, pp. 234–241.
"""

# Each entry with its fault, and the code that must flag it
FAULTY = {
    3: "Nature, vol. 521, no. 7553, 436–444, May 2015.",  # `pp.` lost
    14: "IEEE Signal Process. Mag., 29, no. 6, pp. 82–97, Nov. 2012.",  # `vol.` lost
    18: "in Proc. IEEE Conf. Comput. Vis. Pattern Recognit., 2015.",  # the pages lost
    21: "IEEE Trans. Neural Netw. Learn. Syst., vol. 32, no. 1, pp. 4–24, January 2021.",
}
EXPECTED = {(3, "RL829"), (14, "RL829"), (18, "RL830"), (21, "RL812")}


def _faulty() -> str:
    lines = CLEAN.splitlines()
    for number, tail in FAULTY.items():
        at = next(i for i, line in enumerate(lines) if line.startswith(f"[{number}] "))
        quoted = lines[at].rindex('," ') + 3
        lines[at] = lines[at][:quoted] + tail
    return "\n".join(lines) + "\n"


def _entry(text: str, line: int) -> int:
    return int(text.splitlines()[line - 1].split("]")[0].lstrip("["))


def test_a_correct_ieee_list_draws_nothing_at_warning(lint):
    found = [
        d for d in lint(CLEAN, today=TODAY) if d.severity in (Severity.WARNING, Severity.ERROR)
    ]
    assert [(d.code, d.line, d.message) for d in found] == []


def test_a_faulty_ieee_list_draws_each_fault(lint):
    text = _faulty()
    found = {
        (_entry(text, d.line), d.code)
        for d in lint(text, today=TODAY)
        if d.severity != Severity.INFO
    }
    assert found == EXPECTED


def test_a_web_source_without_its_access_date_is_told_ieee_s_note(lint):
    text = CLEAN.replace(" (accessed Dec. 1, 2026)", "")
    found = [d for d in lint(text, today=TODAY, select=["RL304"])]
    assert len(found) == 1
    assert "Accessed: " in found[0].message and "[cited" not in found[0].message


VANCOUVER = """\
1. Smith J, Doe A. A title. Nature. 2015;521:436-44.
2. Brown B. Another title. Cell. 2016;165:10-9.
3. Green C. A third title. Lancet. 2017;389:100-9.
4. White D. A fourth title. BMJ. 2018;360:k1.
5. Black E. A fifth title. JAMA. 2019;321:20-9.
6. Gray F. A sixth title. Science. 2020;368:50-9.
"""


def test_a_list_in_another_style_draws_neither_rule(lint):
    assert lint(VANCOUVER, select=["RL829", "RL830"]) == []


def test_a_list_whose_elements_go_unlabelled_is_left_alone(lint):
    bare = "\n".join(
        f'[{n}] A. Author, "Title {n}," IEEE Trans. Commun., {n}, {n}, {n}–{n + 9}, 2020.'
        for n in range(1, 7)
    )
    assert lint(bare + "\n", select=["RL829"]) == []


def test_a_list_whose_papers_give_no_pages_is_left_alone(lint):
    papers = "\n".join(
        f'[{n}] A. Author, "Paper {n}," in Proc. Int. Conf. Mach. Learn., 20{10 + n}.'
        for n in range(1, 6)
    )
    extra = '\n[6] B. Author, "Paper 6," in Proc. Int. Conf. Mach. Learn., 2019, pp. 1–9.\n'
    assert lint(papers + extra, select=["RL830"]) == []


def _papers(with_pages: int, without: int) -> str:
    """A list in BibTeX's form whose first papers give their pages and the rest none."""
    lines = []
    for n in range(1, with_pages + without + 1):
        pages = f", pages {n}1–{n}9" if n <= with_pages else ""
        lines.append(
            f"[{n}] A. Author and B. Author. Paper {n}. In Proc. of ICASSP{pages}, 20{n:02}."
        )
    return "\n".join(lines) + "\n"


def test_a_long_list_where_two_papers_in_three_give_pages_asks_the_third(lint):
    text = _papers(with_pages=14, without=7)  # 14 of 21: a habit, and seven that lost theirs
    found = lint(text, select=["RL830"])
    assert sorted(_entry(text, d.line) for d in found) == list(range(15, 22))
    assert all("14 of 21 conference papers give theirs" in d.message for d in found)


def test_a_short_list_where_two_papers_in_three_give_pages_is_left_alone(lint):
    assert lint(_papers(with_pages=6, without=3), select=["RL830"]) == []  # 9 papers: too few


def test_a_long_list_split_half_and_half_is_left_alone(lint):
    assert lint(_papers(with_pages=8, without=6), select=["RL830"]) == []  # 8 of 14: no habit
