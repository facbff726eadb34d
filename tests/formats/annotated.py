"""One reference list with planted faults, each entry annotated with the codes it must raise.

Written for the tests (no third-party text). Entry numbers are as printed: 11 is missing on
purpose (RL101 on 12). The list is linted with `TODAY`, so 2027 is in the future.
"""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 1, 1)

# (printed number, entry text, codes expected on that entry)
ENTRIES: list[tuple[int, str, list[str]]] = [
    (
        1,
        "Smith AB, Jones CD. Effects of sleep on memory consolidation. J Neurosci. 2019;39(4):123-30. doi:10.1523/JNEUROSCI.1234-18.2019",
        [],
    ),
    (
        2,
        "Brown T, Green P. Nursing workload and patient outcomes. Int J Nurs Stud. 2018 Noc;12(3):45-51.",
        ["RL204"],
    ),
    (
        3,
        "Lee K, Park S. Gut microbiota in infancy. Pediatr Res. 2019 Feb 30;85(2):210-6.",
        ["RL203"],
    ),
    (
        4,
        "Novak J, Horvat M. Screening for colorectal cancer. Lancet Oncol. 2027;28(1):10-8.",
        ["RL201"],
    ),
    (
        5,
        "Rossi L, Bianchi F. Cardiac output in septic shock. Crit Care Med. 2017;45(6):951-45.",
        ["RL502"],
    ),
    (
        6,
        "Kim H, Cho Y. Antibiotic stewardship in primary care. BMJ Open. 2020;10(2):e031234. doi:10.123/bmjopen-2019-031234",
        ["RL401"],
    ),
    (
        7,
        "World Health Organization. Global tuberculosis report 2019 [Internet]. Geneva: WHO; 2019 [cited 2020 Jan 5]. Available from: https://www.who.int/tb/publications/global_report/en/",
        ["RL301"],
    ),
    (
        8,
        "National Cancer Institute. Cancer stat facts [Internet]. Bethesda (MD): NCI; 2021 [cited 2027 Mar 1]. Available from: https://seer.cancer.gov/statfacts/",
        ["RL302"],
    ),
    (9, "Garcia M.. Vaccine hesitancy among parents. Vaccine. 2016;34(52):6700-6.", ["RL511"]),
    (
        10,
        "Ahmed S, Khan R. Diabetes prevalence in South Asia. Diabetes Res Clin Pract. 2015;108(2):305-12.",
        [],
    ),
    (
        12,
        "Meyer U, Weber L. Hip fracture surgery timing. J Bone Joint Surg Am. 2014;96(3):e20.",
        ["RL101"],
    ),
    (
        13,
        "Olsen P, Berg K. Physical activity in older adults. Scand J Public Health. 2013;41(6):594-601. doi:10.1177/1403494813487449",
        [],
    ),
    (
        14,
        "Dubois A, Martin C. Sleep apnoea and stroke. Sleep Med. 2012;13(2):141-8. doi:10.1177/1403494813487449",
        ["RL408"],
    ),
    (
        15,
        "Chen X, Wang Y. Deep learning for retinal images. arXiv:1901.0123 [Preprint]. 2019.",
        ["RL406"],
    ),
    (16, "Taylor R. Statistics for clinicians. 3rd ed. Oxford: Oxford University Press; 2018.", []),
    (
        17,
        "Centers for Disease Control and Prevention. Flu season overview [Internet]. Atlanta (GA): CDC; 2023. Available from: https://www.cdc.gov/flu/season/",
        ["RL304"],
    ),
]


def expected() -> set[tuple[int, str]]:
    return {(number, code) for number, _, codes in ENTRIES for code in codes}
