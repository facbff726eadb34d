"""refslint on the held-out sets of published lists (tests/data/unseen-lists*), each judged by
hand and committed before refslint first ran on it.

A set is added so that its first figures say how refslint does on lists it has never seen; the
general faults it shows are then fixed, and the next set measures again. The floors below are
the figures of today, per list, with what each set measured the day it was added beside them:
faults found may only grow, false alarms and rejected readable entries may only shrink. Raising
them is the work; lowering them is a regression. Each set's table is `python
evaluation/real_lists.py --lists tests/data/unseen-lists-N` (printed here with `pytest -s`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from refslint.registry import load_rules

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


@dataclass(frozen=True)
class HeldOut:
    """One held-out set: per list (faults found at least, false alarms at most, readable
    entries rejected at most), and the whole set's entries, judged faults and floors."""

    folder: str
    floors: dict[str, tuple[int, int, int]]
    entries: int
    faults: int
    found: int
    alarms: int
    rejected: int = 0

    @property
    def path(self) -> Path:
        return DATA / self.folder


SETS = {
    # the day it was added: recall 0.00, 96.0 false alarms per 100, 73 readable entries rejected;
    # IOP's numbered Harvard then came to be read, and its journal endings (RL816, RL817); RL304
    # no longer takes a thesis with a link for a web page
    "unseen-lists": HeldOut(
        "unseen-lists",
        {
            "bmc-phage-lysis": (1, 0, 0),
            "degruyter-sky-screen": (2, 0, 0),
            "iop-aluminium-refining": (24, 0, 0),
            "mdpi-galaxies-manga": (6, 0, 0),
        },
        entries=176,
        faults=49,
        found=33,  # recall 0.47, with RL580's journal names; 0.55 after RL556 (element symbols)
        alarms=0,  # none since RL538 leaves a name's accents to the author (`Göde C`)
    ),
    # the day it was added: recall 0.06, 7.3 false alarms per 100; now 0.49 (0.89 where a rule
    # exists), after RL575-RL579, RL811's ISO 4 forms and IEEE's `vol.`/`no.`; 0.63 (0.91) after
    # RL586 and RL580 knew numbered journals by their DOIs and names; 0.65 (0.94) once APA's
    # `Journal, 20, 599–614.` read as a journal article (RL811 then sees two journal names)
    "unseen-lists-2": HeldOut(
        "unseen-lists-2",
        {
            "biorxiv-aurora-translation": (41, 0, 0),
            "f1000-drylands-distribution": (26, 0, 0),
            "f1000-hemp-cannabidiol": (8, 0, 0),
            "hindawi-pellizzari-flow": (6, 0, 0),
        },
        entries=179,
        faults=98,
        found=81,  # 0.70 (0.97) after RL501, RL530 and RL601 read more of their faults; 0.72 (1.00)
        # after APA journal articles came to be read; 0.78 after RL524 and RL525 (publishers' and
        # places' names) and RL501's access note with no address; 0.81 after RL420 (`gk×1000`)
        # and RL418 (`nbt0102-87` gives page 87); 0.83 after RL839 (`Development- Commission`)
        alarms=0,
    ),
    # the day it was added: recall 0.04 (2 of 48), 16.5 false alarms per 100 (37), 2 rejected;
    # per list (0, 3, 1), (0, 14, 0), (1, 6, 1), (1, 18, 0). Now 0.56, after Wiley's numbered
    # Chicago and Frontiers' `Journal. (Year) Volume` came to be read, and RL576, RL581-RL584,
    # RL818 and RL819; 0.60 after RL587; 0.62 after RL590; 0.71 after RL591-RL595; 0.75 after
    # RL554 held titles to a list in title case
    "unseen-lists-3": HeldOut(
        "unseen-lists-3",
        {
            "frontiers-adoptive-cell-therapy": (23, 0, 0),
            "wiley-clinteach-pelvic-exam": (5, 0, 0),
            "wiley-rcm-aquaculture-offflavour": (13, 0, 0),
            "wiley-vetophth-fundus-imaging": (3, 0, 0),
        },
        entries=224,
        faults=48,
        found=44,  # RL598's database supplement (`37(15_suppl)`); RL418 and RL419 (a DOI's
        # article number, a chapter's DOI for the book)
        alarms=0,
    ),
    # the day it was added: recall 0.09 (3 of 33), 5.1 false alarms per 100 (9); per list
    # (0, 0, 0), (0, 7, 0), (3, 0, 0), (0, 2, 0). Now 0.24, after Nature's tail came to be read,
    # RL585 written and RL811 taught NLM's cuts and lost periods; 0.36 after RL587 and RL588;
    # 0.39 after RL590; 0.42 after RL811 knew NLM's own forms' lost periods; 0.45 after RL576
    # knew numbered symbols (`anti-pd-1`)
    "unseen-lists-4": HeldOut(
        "unseen-lists-4",
        {
            "elsevier-apsb-metallic-nanomedicine": (3, 0, 0),
            "nature-sttt-immune-evasion": (6, 0, 0),
            "tandf-gut-mycobiome": (7, 0, 0),
            "techscience-cd47-therapy": (8, 0, 0),
        },
        entries=175,
        faults=33,
        found=24,  # RL596's page suffix split off (`2051–65. e6`); RL419's preprint and
        # meeting-abstract DOIs on journal articles
        alarms=0,
    ),
    # the day it was added: recall 0.03 (2 of 64), 54.9 false alarms per 100 (100), 2 rejected;
    # per list (1, 1, 0), (0, 0, 0), (1, 98, 1), (0, 1, 1). Now 0.22, after an article cited by
    # its DOI before its issue, a year inside a title, ASM's year after the names and more; 0.33
    # after RL587 and RL588; 0.53 after RL589 and RL590; 0.59 after RL591-RL595; 0.69 after RL811
    # learnt the journal form per journal and knew renamed titles and acronyms; 0.72 after the name
    # rules' misses were found; 0.81 after RL578 knew inner capitals lost and epithets
    # capitalised, RL576 names of several words and RL550 words opened by capitals; 0.83 after
    # RL576 read a name beside its acronym (`TTD: therapeutic Target Database`); 0.84 after RL538
    # read two neighbouring letters garbled (`Yardkly L`, `Yardley L`)
    "unseen-lists-5": HeldOut(
        "unseen-lists-5",
        {
            "asm-mbio-lactic-bioluminescence": (17, 0, 0),
            "mjhid-hiv-lymphoma-filgrastim": (3, 0, 0),
            "oup-nar-database-issue": (26, 0, 0),
            "springer-ijbm-ehealth-interventions": (8, 0, 0),
        },
        entries=182,
        faults=64,
        found=54,
        alarms=0,
    ),
    # the day it was added: recall 0.24 (4 of 17; 0.31 where a rule exists), 7.9 false alarms per
    # 100 (15), none rejected; per list (0, 3, 0), (0, 6, 0), (1, 5, 0), (3, 1, 0). Then 4.7 false
    # alarms per 100, after RL811 knew PubMed's sectioned full titles (`JACC. Cardiovascular Imaging`);
    # 4.2 after RL550 knew drug names' stems (`Statins`); 0.5 after APA's `(pp. 97–102)` chapters and
    # proceedings and `Online ahead of print` came to be read, and RL304 left works with a DOI alone;
    # recall 0.35 after RL810 paired a journal with and without PubMed's qualifier; 0.41 after the
    # name rules' misses were found; 0.59 after RL576 knew names of several words and RL811 a
    # journal's inner capitals in full titles
    "unseen-lists-6": HeldOut(
        "unseen-lists-6",
        {
            "imr-hsf-urgent-aortic-valve": (0, 0, 0),
            "imr-jin-eeg-mental-fatigue": (2, 0, 0),
            "imr-rcm-coronary-calcification": (7, 1, 0),
            "imr-rcm-mitral-interventions": (5, 0, 0),
        },
        entries=191,
        faults=17,
        found=14,  # 0.65 once a title's opening year (`et al. 2021 ESC/EACTS`) was no date;
        # 0.82 once RL593 read the one spaced hyphen of a list that prints dashes
        alarms=1,
    ),
    # the day it was added: recall 0.13 (11 of 86; 0.27 where a rule exists), 33.1 false alarms
    # per 100 (60), 30 readable entries rejected; per list (6, 10, 0), (2, 4, 1), (0, 6, 2),
    # (0, 27, 26), (0, 5, 0), (3, 8, 1). Six lists, not four: SciELO's society journals print
    # short lists, and 181 entries needed six of them. 0.22 after RL554, RL555 and RL587's year
    "unseen-lists-7": HeldOut(
        "unseen-lists-7",
        {
            "aben-reben-breastfeeding": (21, 7, 0),
            "apesb-pboci-child-oral-health": (16, 1, 0),
            "iesc-csc-gestational-diabetes": (9, 3, 0),
            "sbq-jbcs-lipase-resolution": (1, 0, 0),
            "svsa-ess-technology-transfer": (12, 4, 0),
            "ufrj-ean-sibling-visits": (12, 0, 0),
        },
        entries=181,
        faults=86,
        found=71,  # 0.44, after RL596-RL598, RL820 (the apparatus' spacing and marks), RL807's language, RL546 both ways
        # (66: RL809 tells `https://doi.org/` from `http://dx.doi.org/`); 71 once RL593 read an
        # untitled entry's spaced hyphen (`Epidemiology - Face-to-face`) in a list with no dash
        alarms=15,
        rejected=0,
    ),
    # the day it was added: recall 0.28 (21 of 76; 0.43 where a rule exists), 30.9 false alarms
    # per 100 (58), 38 readable entries rejected; per list (0, 36, 36), (7, 2, 0), (14, 2, 1),
    # (0, 18, 1). AJTMH's `Surname AB, Surname CD, Year. Title.` is not read at all, and the Royal
    # Society's `Journal Volume, first–last` after an abbreviation is read as a date. Then recall
    # 0.49 (37 of 76) and 28.7 false alarms per 100 (54), after RL821-RL823 learnt the lists' own
    # forms (an issue, the mark before the DOI, a mark after the journal), RL802 asked `p.` only
    # of lists with Citing Medicine's marks, RL550 knew `sorbent`, and RL519's and RL815's
    # findings were seen to name judged faults. Then 0.54 (41), after RL557 (`Version4.0`, `nsPl`
    # beside `nsP3`), RL575's `western pacific` and RL593's lone spaced hyphen, read in the
    # entries' text though AJTMH's are not parsed. Then 0.66 (50) and no false alarm, after the
    # name rules read a place ending a group author (RL539, `Manila P.`), `Program` as a group's
    # head noun (RL540), a capital lost after `Mc` (RL538), a vowel and a particle run together
    # (RL531, `Husman Ade R`) and a surname's first word printed as an initial (RL577, `Yahia
    # SB`), and RL577 took initials joined by a hyphen for one given name (`Chen T-H`)
    "unseen-lists-8": HeldOut(
        "unseen-lists-8",
        {
            "astmh-ajtmh-chikungunya-vectors": (3, 0, 0),
            "jstm-tmh-micronesia-climate": (19, 0, 0),
            "plosntd-conjunctivitis-traveller": (35, 0, 0),
            "royalsoc-rsos-panda-colostrum": (6, 0, 0),
        },
        entries=188,
        faults=76,
        found=63,  # 0.80, after RL821 read an issue before one page, RL803 and RL813 settled a
        # longer list's habit at 70%, and RL826 a month between the journal and its volume
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.10 (3 of 30; 0.14 where a rule exists), 5.3 false alarms
    # per 100 (10), 1 readable entry rejected; per list (1, 3, 1), (0, 1, 0), (1, 4, 0),
    # (1, 2, 0). The first set from the physical sciences: RSC, APS, AVS (AIP) and ACS styles.
    # Then recall 0.20 (6 of 30) and 1.6 false alarms per 100 (3), after RL304 learnt from the
    # list whether its style gives access dates, the journal table kept the journals ISO 4
    # prints whole (`Soft Matter`), RL810 flagged the odd one of a qualified pair, RL547 left a
    # repository without a title alone, RL550 knew `phonons`, RL206 read RSC's preprint year
    # and RL534 a lone PMID. Then 0.40 (12), after RL558 (a parenthesis never closed), RL559 (a
    # repository cited by its host alone), RL567 (a volume's leading zero, a section letter cut
    # off by a comma), RL501's bare proceedings paper and RL521 reading ACS's books by their end.
    # Then 0.73 (22), after RL589 read a last name run into the title in lists that set names off
    # with a comma (`D. Sasselov The Life`), RL577 a surname's first word printed as an initial
    # (`S. K. Natarajan`) and an initial misread for a letter of like shape (`O. Sasselov`), and
    # RL590 part of a Korean given name written out (`W. Jong Yoo`). Then 0.87 (26), after the
    # untitled articles of APS and AVS were read with the whole journal (`Phys. Earth Planet
    # Inter.`, `Accounts Chem. Res.` and `Prog. Nat. Sci. Mater.` now reach RL811 and RL816)
    "unseen-lists-9": HeldOut(
        "unseen-lists-9",
        {
            "acs-biomac-cellulose-aerogels": (6, 1, 0),
            "aps-prresearch-iron-melt": (5, 0, 0),
            "avs-jvsta-hfo2-etching": (7, 1, 0),
            "rsc-digdisc-interatomic-potentials": (8, 0, 0),
        },
        entries=187,
        faults=30,
        found=26,  # 0.87 with RL828 (`accessed 11.01.2024` reads two ways)
        alarms=2,
        rejected=0,
    ),
    # the day it was added: recall 0.11 (6 of 54; 0.19 where a rule exists), 29.2 false alarms
    # per 100 (59), 5 readable entries rejected; per list (1, 4, 3), (1, 49, 0), (4, 6, 2),
    # (0, 0, 0). PNAS and Science Advances (climate economics, oceanography), AMA's Global
    # Health: Science and Practice and Cambridge's Public Health Nutrition, whose `A & B (Year)`
    # is read as Vancouver. Since then recall 0.22 (0.38 where a rule exists), 8.4 false alarms
    # per 100, none rejected: AGU's DOI suffix after the volume (`32, 2004GL021450`, RL407) and
    # compact names run into the title (`Chan P, Wijaya SY Report`, RL589) are read, AMA's page
    # with its access date alone passes RL520, `advective` RL550, and Cambridge's articles are
    # read (RL811 finds `Crop Protect`, `Rev Econom Stat`). What remains: RL515 on Cambridge's
    # `et al` with no period (16), which other lists' judges call a fault, and RL808 on 14.
    # names10 found 7 more: Science Advances' compound particles capitalised (`Von Der
    # Heydt`, RL526) and its two entries of names printed with the given name as the surname
    # (RL527), AMA's `Van Der Haar F` (RL526) and its lone names run into the title (`Hemenway D
    # Monitoring`, RL589)
    "unseen-lists-10": HeldOut(
        "unseen-lists-10",
        {
            "aaas-sciadv-amoc-tipping": (17, 0, 0),
            "cup-phn-malawi-undernutrition": (4, 16, 0),
            "ghsp-grain-fortification-law": (13, 0, 0),
            "pnas-amoc-social-cost-carbon": (4, 0, 0),
        },
        entries=202,
        faults=54,
        found=38,  # 0.67 measured with names10 merged: RL526, RL527 and RL589's lone names;
        # 0.69 after RL836 (`J. Geophys. Res. [Oceans]`); 0.70 after RL580 knew the
        # Communications journals (`Commun. Earth Environ. 1, 1–8`)
        alarms=16,  # RL808 leaves an entry ending on a bare DOI alone, as one ending on a link
        rejected=0,
    ),
    # the day it was added: recall 0.22 (22 of 102; 0.31 where a rule exists), 45.3 false alarms
    # per 100 (77), 4 readable entries rejected; per list (4, 52, 1), (1, 3, 1), (6, 7, 0),
    # (11, 15, 2). Brazilian society journals with a Portuguese or mixed apparatus: TEMA's
    # mathematics style, a physics style with `e` and `acessado em`, BJMBR's author-year style of
    # 2004 (`&` before the last author, `et al.` with no comma) and RSP's Citing Medicine. Since
    # then recall 0.37 (0.53 where a rule exists), 6.5 false alarms per 100 (RL301's access
    # dates, 9, and RL811 on `Cienc Saude Colet`, 3, are what remain), none rejected: the
    # author-year list keeps its `&` and `et al.` (RL512, RL530), TEMA's `55 (1991), 115119` and
    # `(1985), 1012` are read and their lost dashes found (RL518), `Quim. Nova 23, 664`, `Novel
    # 45-kilodalton`, `Pereira JdA` and `Dell’ Agnolo CM` are read. Then 0.62 (63), 4.7 false
    # alarms per 100 (8), TEMA's `J. Res. Nat. Bureau Standards` read whole among them (RL811)
    "unseen-lists-11": HeldOut(
        "unseen-lists-11",
        {
            "abdc-bjmbr-leptospira-genome": (10, 0, 0),
            "sbf-rbef-quartz-microbalance": (13, 0, 0),
            "sbmac-tema-interior-point": (24, 0, 0),
            "usp-rsp-mortality-inequalities": (24, 8, 0),
        },
        entries=170,
        faults=102,
        found=71,  # 0.62 (0.44 at 45, after RL806 took three and `et al.` past six, RL821
        # `(Part 7)`, RL827 a date and an ordinal split by a space and RL809 a JSTOR page for a DOI);
        # 0.69 after RL520 held RBEF's undated pages to its one dated page (a physics list's year
        # in brackets) and `IS1500` in a title stopped hiding BJMBR's `141 (Part 9)` from RL821
        alarms=8,
        rejected=0,
    ),
    # the day it was added: recall 0.21 (13 of 63; 0.30 where a rule exists), 3.3 false alarms
    # per 100 (8), 3 readable entries rejected; per list (4, 0, 0), (7, 6, 3), (1, 1, 0),
    # (1, 1, 0). Four publishers new to the sets: EDP's SICOT-J (`Surname AB, et al. (Year)
    # Title. Journal Volume, first–last.`), LWW's Exercise and Sport Sciences Reviews, Liebert's
    # Vancouver with no final period and Medicina Oral's dental journal. What fails: journal forms
    # (16 missed: Scopus's `J Bone Jt Surg Am`, `Mol Genet Genomic`), an access date whose month
    # is a number (`accessed 1 2018`, rejected), names and product names lower-cased in titles.
    # Then 0.24 (15), 0.4 false alarms per 100 (1), none rejected, after `(accessed 1 2018)` is
    # read, NLM's `Plant Breed` (listed after a former title) passes RL811, RL810 flags the form
    # of `J. Histochem. Cytochem.` that lost a period, RL587 leaves `M-Wire` and RL802 a
    # variant's lone `pp.` whose `In:` names editors `(ed)`. Then 0.32 (20) after RL838 finds the
    # five dotless `ı` for `i` in English words; then 0.35 (22) after RL811 reads an undotted
    # name by NLM's record where the ISO 4 one beside it has the same form (`Mol Genet Genomic`),
    # and 0.37 (23) after RL538 carries a capital lost that co-authors show (`Elattrache NS`) to
    # the entry sharing none; then 0.41 (26) after RL810 pairs Scopus's `J Bone Jt Surg Am` with
    # `J Bone Joint Surg Am` (a two-letter contraction of an English word that is no name);
    # then 0.51 (32) after RL839, RL841, RL843 and RL845 and RL550's tripled letters and terms
    # of the list (`Nickel- titanium`, `C604–c11`, `: TEM.`, `threedimensional`, `Zuccchini`,
    # `Identiication`)
    "unseen-lists-12": HeldOut(
        "unseen-lists-12",
        {
            "edp-sicotj-rotator-cuff": (14, 0, 0),
            "liebert-biopreserv-genebanks": (17, 0, 0),
            "lww-essr-mtor-muscle": (5, 0, 0),
            "medoral-jced-niti-fatigue": (4, 0, 0),
        },
        entries=241,
        faults=63,
        found=40,  # 0.59 after RL511's `HH. . The`, RL810's `J Bone Jt Surg Ser Am` and RL811's
        # unknown `Acta Agronomica Sinica` in full; 0.62 after RL822 held a list with few DOIs
        # to the stop after its articles' numbers (`10(1) doi:`) and RL538 took two letters
        # swapped in a long surname with two initials (`Hijamns RJ`) without a co-author;
        # 40 (0.63) once RL550's `marker-assested` was judged under its code
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.51 (45 of 89; 0.64 where a rule exists), 24.5 false alarms
    # per 100 (47), 38 readable entries rejected; per list (0, 40, 37), (0, 3, 0), (2, 1, 0),
    # (43, 3, 1). The first author-date (unnumbered) set, each list after a `References`
    # heading: AOSIS's Harvard (`Abramovitz, J., 2001, Title, ...`), which the grammar does not
    # read at all, SAGE's Harvard, whose `et al` with no period is most of what is found,
    # Pensoft's and PeerJ's. Then 0.52 (46), 5.2 false alarms per 100 (10), none rejected, after
    # the grammar read AOSIS's Harvard (the year between commas after the names, a quoted title
    # with its journal and numbers, an organisation as author, `viewed 10 March 2016, from`: its
    # remaining alarms are RL301's access dates over a year old) and SAGE's `et al (eds)`. Then
    # 0.57 (51) after RL840, RL842 and RL844 and RL550's tripled letters (`gen. nov,`,
    # `Journal of Environmental Economics Management`, `j.1539.6924`, `hyp6847`, `milllets`)
    "unseen-lists-13": HeldOut(
        "unseen-lists-13",
        {
            "aosis-jamba-flooding-poverty": (11, 4, 0),
            "peerj-table-tennis-serve": (2, 0, 0),
            "pensoft-mycokeys-anaerobic-fungus": (5, 0, 0),
            "sage-holocene-broomcorn-millet": (46, 0, 0),
        },
        entries=192,
        faults=89,
        found=64,  # 0.71 after RL587's `A Serum bottle`; its `Structure` beside `STRUCTURE` passes;
        # 0.72 after RL501 asked the volume of `Mycologia: 655–677.`
        alarms=4,
        rejected=0,
    ),
    # the day it was added: recall 0.17 (11 of 65; 0.24 where a rule exists), 12.0 false alarms
    # per 100 (18), 5 readable entries rejected; per list (0, 5, 5), (1, 0, 0), (7, 5, 0), (3, 8,
    # 0). Physical and environmental sciences in four new styles: IUCr's author-date with no
    # titles (its one fault found), Copernicus' author-date with the year last (`Surname, A.,
    # and Surname, B.: Title, ...`, which the grammar rejects where it has `and`), Citing
    # Medicine's online form (Journal of Health and Pollution) and Food & Nutrition Research's
    # Vancouver with spaces after the semicolon and the colon.
    # Then Copernicus' names closed by a colon and its year-last body read, Citing Medicine's
    # online tails (`;1017–18:211–20`, `;2010:1–8`, `;2(1) Available from:`) and `[date unknown;
    # cited ...]` read, RL523 quiet on a newspaper, RL803 learning where ranges are cut, RL861
    # (a tail's spaces): recall 0.32 (21 of 65), 4.7 false alarms per 100 (7), none rejected.
    # Then a house named on after its `Co.`, Vancouver names closed by a period (`Obilana AO.,`,
    # `Ali MaM.`) read, the right side of a pair told (RL538, RL577, RL810), a place read as the
    # publisher RL501's, rare words NLM keeps whole let pass (RL811), RL856-RL858 (a tail's
    # semicolon, stops and bare DOIs before and after `Available from:`), RL512, RL575, RL584,
    # RL805 and RL811 widened: recall 0.58 (38 of 65), no false alarm, none rejected
    "unseen-lists-14": HeldOut(
        "unseen-lists-14",
        {
            "copernicus-asr-soil-temperature": (4, 0, 0),
            "iucr-actad-coronavirus-fusion-core": (1, 0, 0),
            "openacademia-fnr-pearl-millet-beverage": (30, 0, 0),
            "pureearth-jhp-pesticides-nigeria": (18, 0, 0),
        },
        entries=150,
        faults=65,
        # RL811: `World Journal of Dairy & Food Sciences` in full; 40 once RL587 read a common
        # word between words in lower case (`of Alfalfa protein`) and a title's case without
        # its places' names (`Organochlorine`); 52 once RL820 read `Geneva, World Health
        # Organization` among `Place: Publisher`; 53 once RL811 read `Pakistan` printed whole
        found=53,
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.06 (8 of 140; 0.12 where a rule exists), 29.3 false alarms
    # per 100 (51), 2 readable entries rejected; per list (6, 5, 0), (1, 17, 0), (0, 2, 1),
    # (1, 27, 1). The humanities and social sciences, author-date, two lists in Portuguese and
    # Spanish: Amsterdam University Press's APA 7 (Computational Communication Research) and
    # three lists in ABNT, Brazil's national style (`SURNAME, I. Title. Journal, v. 20, n. 40,
    # p. 147-162, 2010. Disponível em: URL. Acesso em: 10 nov. 2021.`), with its apparatus in
    # Portuguese (Bakhtiniana), Spanish (Trans/Form/Ação) and English (Economia e Sociedade).
    # What fails: the English ABNT list's `Last access:` is no access note to RL304 (25), RL301
    # on access dates over a year old (19), RL501 on ABNT chapters whose `Place: Publisher,
    # Year.` it misses (5), and a particle or a bare given name in an ABNT author list (`TEN
    # BRINK, T.`, `BRACHT BRANHAM`, rejected); most faults have no rule (a reference manager's
    # `[Publisher: ...]` notes, accents lost, spaces before commas, damaged addresses). Then
    # RL846-RL851 (a manager's field, a comma's spaces, a mark after a sign, an address broken by
    # a space, names joined by `&` or `/` among `;`, a volume and issue out of the list's order):
    # found 14 -> 43
    "unseen-lists-15": HeldOut(
        "unseen-lists-15",
        {
            "aup-ccr-mask-advertising": (26, 5, 0),
            "pucsp-bakhtiniana-feminicide": (22, 14, 0),
            "unesp-transformacao-cynicism": (14, 0, 0),
            "unicamp-ecosoc-china-economy": (23, 0, 0),
        },
        entries=174,
        faults=140,
        found=85,  # 81, then RL881 (`2024` beside `2024a`), RL807 (APA's `Retrieved from:`), RL882;
        # then RL578 `Citylab` where the entry itself names the site `CityLab`
        alarms=19,
        rejected=0,
    ),
    # the day it was added: recall 0.28 (14 of 50; 0.37 where a rule exists), 4.6 false alarms
    # per 100 (11), none rejected; per list as below. Four publishers new to the sets: Impact
    # Journals (Aging, `Eur J Neurol. 2018; 25:24–34. 10.1111/...`), the ASBMB's numbered
    # author-year style (Mol Cell Proteomics, `Aebersold, R., and Mann, M. (2003) Title. Nature
    # 422, 198–207`), Ivyspring (J Cancer, `Linxweiler J. et al.`) and eLife (author-date,
    # journals written out). What fails: RL803 on Aging's ranges cut to two digits at least
    # (`1303–09`, 6), RL304 on eLife's software (3); most misses are journal abbreviations that
    # lost a period (`Nat. Commun`, `Mol. Syst Biol.`), common words capitalised and names
    # lower-cased in sentence-case titles, and dashes typed as hyphens (`BLAT--the`). Its false
    # alarms then fixed at their cause (RL803, RL304, RL538, RL811): 0.0 per 100; two hyphens
    # for a dash (RL593) and a closing period lost (`Nat. Commun`, RL811) read: recall 0.36.
    # Then ASBMB's journals read whole (`Stat Appl Genet Mol. Biol. 3`), RL587, RL811, RL593,
    # RL557, RL563 and RL419 widened, RL868 (`Github`) and RL869 (`Jr FEH`): recall 0.60
    "unseen-lists-16": HeldOut(
        "unseen-lists-16",
        {
            "asbmb-mcp-deqms-variance": (9, 0, 0),
            "elife-polyadenylation-primates": (12, 0, 0),
            "impact-aging-bdnf-huntington": (3, 0, 0),
            "ivyspring-jca-tongue-cancer": (7, 0, 0),
        },
        entries=237,
        faults=50,
        found=31,  # 30, then RL811 on Web of Science's `Ser. B-Stat. Methodol.`
        alarms=0,
        rejected=0,
    ),
    # the day it was added: the first four lists (71 entries: the RIDE reviews of the Tagebücher
    # and of Semper, the Programming Historian lessons in Spanish and French) recall 0.04 (3 of 85),
    # 23.9 false alarms per 100 (17), none rejected; 0.15 (13) and 7.1 (1) once RL304 was put in
    # front of the French list's undated web sources, judged 'no year or date of access'. With the
    # four RIDE reviews added to reach 150 entries (Jean Paul, Der Sturm, Schopenhauer, Spängler),
    # recall 0.13 (19 of 141; 0.25 where a rule exists), 34.4 false alarms per 100 (52), none
    # rejected; 30.5 (46) once the reviews' published day was the month's last, not its first,
    # which had put their own access dates in the future (RL302, 6). The humanities in Chicago's
    # styles: author-date in German (`„Title.“ In Book, hrsg. von ...`, `Zugriff am 13. Februar
    # 2025.`) and English, notes-bibliography in Spanish and French. What fails: RL304 (36) on
    # RIDE's archived addresses, which stand for access dates, and on addresses followed by
    # `Zugriff am ...`, which it does not read as an access note; RL204 on `Februar` (4); RL519 on
    # a Spanish double surname (`Losada Palenzuela`, 3); RL501 on a reprint's note read as a place
    # (`(2. Auflage: 1878, München: ...)`, 2); RL601 on two pages of one exhibition (Schirn 2015a, b)
    # Then its misses: a title's period outside its quotation marks or none (RL862), English
    # apparatus in German and French lists (RL863), Chicago's comma after an inverted first name
    # (RL818), a comma before Chicago's volume (RL823), publisher and place reversed (RL864),
    # `et. al` (RL515), a day padded with a zero (RL812): found 20 -> 52
    "unseen-lists-17": HeldOut(
        "unseen-lists-17",
        {
            "proghist-es-redes-teatro": (8, 0, 0),
            "proghist-fr-edition-continue": (12, 0, 0),
            "ride-jean-paul-briefe": (5, 0, 0),
            "ride-schopenhauer-library": (9, 0, 0),
            "ride-semper-edition": (8, 0, 0),
            "ride-spaengler-account-books": (8, 0, 0),
            "ride-sturm-edition": (5, 0, 0),
            "ride-tagebuecher-christian-ii": (6, 0, 0),
        },
        entries=151,
        faults=141,
        found=61,  # 52, then RL880 (`Verl.`, `Friedr.`, `Olms-Weidman`, `Open Book Publisher`);
        # then RL501 `Revista de Humanidades Digitales, 116–131.` without its volume; then RL812
        # `Zugriff am 10 September 2024` among `14. September 2024` (German's day read); then
        # RL809 a `dx.doi.org` link among `https://doi.org/` ones, RL808 an address left open
        # where the list's others close theirs with a period
        alarms=0,  # RL304 leaves a release kept at a code host (`Version 1.3.3`, GitHub), and
        # the pages of a humanities list that dates none of them
        rejected=0,
    ),
    # the day it was added: recall 0.09 (19 of 211; 0.18 where a rule exists), 9.6 false alarms per
    # 100 (15), 6 readable entries rejected. Statistics, machine learning, mathematics and astronomy
    # in the styles of their own typesetting: BibTeX's natbib output (The R Journal, `Title in lower
    # case. Journal, 10(2):74–83, 7 2012. ISSN 21731268. doi: ...`), biblatex's numeric style
    # (ReScience C), a labelled list (`[AG93] E.L. Allgower and K. Georg. ...`, EuroSciPy) and APA
    # as Open Journals print it. What fails: the grammar on APA's ellipsis before the last author, a
    # contributor's lone given name (`Michał,`), `Ford, Jr., W. K.`, a given name written out among
    # initials, `Commun. ACM 61.5 (Apr. 2018)` and garbled initials (`C. .-.-. J. Kuo`); RL501 on
    # preprints and proceedings set out as chapters (4); RL304 on R packages (3), the CRAN ones
    # cited with their version, and on a proceedings paper and an article with an address (2). Most
    # misses have no rule: months as bare numbers and ISSNs (70 of the R Journal's 120),
    # presentations and magazine pages set out as books. 5.7 (9) and 2 rejected once APA's author
    # lists were read with their ellipsis, lone names and `Ford, Jr., W. K.`, and RL304 took an R
    # package's release (`R package version 1.2`) for a fixed version; 5.1 (8) once initials with
    # an accent were read before a family name (`É. Gaussier`). Then 0.42 (89; 0.51 where a rule
    # exists) after RL874 (a month's bare number before the year, 33) and
    # RL875 (an ISSN printed, 37) were written for the R Journal's kinds of fault; 0.44 (92; 0.52)
    # after RL408 also flags a DOI printed twice in one entry (3); 3.2 (5) once biblatex's
    # `In: Journal 9.8 (1997), pp.` was read as an article and `In: arXiv preprint` as a preprint.
    # Then 0.53 (111; 0.61) / 1.9 (3) / 0 once biblatex's `(Apr. 2018)` and `C. .-.-. J. Kuo`
    # were read (RL511 says the damage), BibTeX's alpha labels (`[AG93]`) were set apart, plainnat's
    # `Journal, 47(2):577–605, 1992.` was read as an article (RL810, RL535), RL576 kept an acronym
    # a title spells out (`(PIN)`), and RL877 (an ordinal's wrong suffix, `22th`) was written; codes
    # put in front of two judged faults the rules now report (RL554, RL877). Then 0.55 (116) /
    # 0.6 (1) / 0 once a meeting named by its acronym alone (`In: AAAI. 2018.`) was read as a
    # proceedings (RL830 now finds its missing pages, its code put in front) and RL304 asked no
    # access date of a list set in natbib's style (`Journal, 10(2):74–83, 2012.`). Then 0.55 (116) /
    # 0.0 (0) / 0 once RL501 asked no publisher of a paper in a serial the journal tables know
    # (`In: Advances in neural information processing systems`)
    "unseen-lists-18": HeldOut(
        "unseen-lists-18",
        {
            "euroscipy-phcpy-polynomial-homotopy": (14, 0, 0),
            "jose-dark-matter-galactic-rotation": (13, 0, 0),
            "rescience-mlrc-embedkgqa": (8, 0, 0),
            "rjournal-pinstimation-informed-trading": (96, 0, 0),
        },
        entries=157,
        faults=211,
        found=131,  # 94, then RL531 (`Naray, R. K. de`, `Zee, L. van`), RL590 (`Noordermeer, Edo`);
        # 123 once RL576 read `nasdaq`, `nyse`, `Infotrad` (SCOWL's and the list's capitals),
        # RL593 `PHoM -- a` in entries with no title read, RL590 `Vititoe, Francis` read as two;
        # then RL555 read `bayesian` as the name it is; then RL593 `Binder 2.0 - Reproducible`;
        # then RL576 `A lite bert` (`BERT` twice) and `in r using futures` (the language R);
        # then 131: RL593 `MPI - The` in an entry with no title read, RL540 groups inverted in
        # APA's `Family, Given` (`Jupyter, Project`, `team, J. development.`, `Technology, S. U.
        # of.`)
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.08 (10 of 125; 0.13 where a rule exists), 19.3 false alarms
    # per 100 (29), 6 readable entries rejected; 0.11 (14 of 128; 0.18) and 16.7 (25) once a judging
    # slip was corrected (an article with no article number, judged in one list, judged in all,
    # RL501) and codes put in front of two judged faults the rules report (RL550, RL809). Education,
    # geography and psychology: the Journal of Open Source Education's APA-based style as its
    # typesetting prints the authors' BibTeX (four papers), and BibTeX's `vancouver` style as a Kyiv
    # journal's typesetting prints it (`[1] ... Available from: 7987511.`), one article in
    # Ukrainian. What fails: names out of the list's form (a particle after the initials, a given
    # name written out, contributors' user names as authors), missed (RL531, RL590) or rejected
    # (RL001, 6); `& Ndousse, K. et al.`, `URL:` before a link and DOIs cut at their parenthesis,
    # which no rule covers; RL301 (4) and RL304 (3) on an APA list's retrieval dates and undated
    # pages; RL550 on `Millman`, `Jupyter` (3); RL535 (3) on sentence-case transliterated Russian
    # journals and a journal's own subtitle; RL839 (2) on Russian suspended hyphens (`Korotko-`).
    # 0.12 (15) / 7.3 (11) / 0 once APA's author lists were read (user names, lone initials, the
    # ellipsis) and RL550, RL535, RL839 and RL408 were mended at their cause. Then 0.20 (26; 0.29
    # where a rule exists) after RL876 (`&` before the last name shown and `et al.` after it, 12)
    "unseen-lists-19": HeldOut(
        "unseen-lists-19",
        {
            "jose-deep-learning-lesson": (9, 4, 0),
            "jose-geospatial-datacubes": (12, 0, 0),
            "jose-reinforcement-learning-course": (22, 0, 0),
            "jose-spatial-econometrics-r": (1, 0, 0),
            "pmgp-cbt-anxiety-uk": (12, 0, 0),
            "pmgp-evoked-potentials-sight": (10, 2, 0),
        },
        entries=150,
        faults=128,
        # 28, then 53 (0.41; 0.54 where a rule exists) after RL531 (particles after APA's
        # initials), RL590 (`McKinney, Wes`), RL844 (DOIs cut at their parenthesis), RL534
        # (`Available from: 7987511.`), RL529 (`D‘Zurilla`) and RL807 (`URL:` among bare links);
        # 55 (0.43; 0.56) after RL501 read APA's `Journal, 7.` as an article without its pages
        # and RL535 measured a known serial read as a book (`Advances in neural ... systems 32`);
        # then RL576 `pytorch` where another title prints `PyTorch`; then RL877 `5 ed.`; then
        # RL593 three spaced hyphens beside a title's spaced dash (`Tutorial - Basics`);
        # then RL524 `W. W. Norton Company` (the house's `&` lost); then RL533 `IGARSS 2018 - ...
        # Symposium, 7407–7410.` where the list's other papers in proceedings print `In` (and
        # two more once `In` before a known serial, NeurIPS's, counted among them); then RL524
        # `O’Reilly Media, Incorporated` (a catalogue's company form) and RL810 `Nat.` beside
        # `Nature`
        found=66,
        alarms=6,  # 11 before RL304 left APA's dated pages, RL535 a journal's subtitle and
        # RL501 a package named by its archive's DOI
        rejected=0,
    ),
    # the day it was added: recall 0.09 (13 of 142; 0.11 where a rule exists), 13.9 false alarms
    # per 100 (23), 1 readable entry rejected; per list (2, 7, 0), (1, 3, 1), (5, 7, 0), (5, 6, 0).
    # Computer security, control and aerospace engineering, data science: four IEEE Access lists,
    # one as the journal prints it, three as the authors' BibTeX made them (IEEEtran, unsrt). What
    # fails: RL533 asks Vancouver's `In:` of IEEE's `in` before proceedings (10) and of
    # `Proceedings of the IEEE`; RL519 (3) and RL553 on names given first with bare initials
    # (`George W Noblit`, `Wo L Chang`); RL501 on books whose lower-case publisher reads as a
    # journal (`sage`); RL001 on `Jan./Feb. 2018`. Most misses are BibTeX's lower-cased acronyms
    # and names (`prisma`, `nist`, `local ltl`, RL576, 24), works without container or year (RL501,
    # 16), lower-case journals (RL535, 11), an organisation printed twice (RL568, 8) and months
    # without their period (RL812, 7). Then tuned on: IEEE's `in` and `Tech. Rep.`, `Jan./Feb.`,
    # BibTeX's unsrt read by its shape, RL810 and RL535 on journals' case, RL568 on a meeting's
    # sponsor printed again as its publisher, RL538 on a spell checker's word for a surname: 0.23
    # (33), 1.8 (3), 0. Then 0.31 (44; 0.37 where a rule exists), 1.2 (2), 0: RL812 holds an IEEE
    # list to IEEE's months (`Nov 2012`, `Sept 2004` among `Mar.`), RL524 flags a publisher
    # that lost its capitals (`sage`, `Ieee`), RL501 asks no volume of a report series (`NIST
    # Special Publication, 2015.`)
    "unseen-lists-20": HeldOut(
        "unseen-lists-20",
        {
            "ieee-access-adaptive-output-feedback": (11, 0, 0),
            "ieee-access-android-permission-pairs": (2, 1, 0),
            "ieee-access-big-data-reference-architectures": (36, 1, 0),
            "ieee-access-uav-fire-allocation": (14, 0, 0),
        },
        entries=165,
        faults=142,
        found=63,  # RL576 `jbi`, `Nist` twice (the list prints `JBI`, `NIST`), `(casp)`; RL882 (3);
        # RL593 `simulator - model development`, the one spaced hyphen of a list of dashes;
        # RL524 the ACM Digital Library's `Addison-Wesley Longman Publishing Co., Inc.`; then
        # 59: RL804 a spaced dash, RL535 journals in lower case whose own titles are capitalised
        # (3), RL805 dotted initials among bare ones (2); then 61: RL811 `Bmj` (a journal's
        # acronym printed as a word), RL524 `Berlin, Heidelberg: Springer Berlin Heidelberg`;
        # and RL540 `ISO Iso` (2), an acronym doubled as a person's name
        alarms=2,
        rejected=0,
    ),
    # the day it was added: recall 0.12 (12 of 98; 0.18 where a rule exists), 6.6 false alarms per
    # 100 (12), 1 readable entry rejected; 0.16 (16 of 100; 0.21) and 4.4 (8) once codes were put in
    # front of judged faults the rules report (RL590, RL831, RL813). Psychology in Polish: three
    # chapters' lists of OpenStax's Polish textbook Psychologia, APA's sixth edition adapted to
    # Polish (`W: ... (red.)`, `Pobrane z:`, `(b.r.)`, dates in Polish, names joined by commas
    # alone). What fails: the Polish apparatus (`Retrieved from:`, `In`, `eds.`, English months
    # among Polish ones: RL807, RL801, RL863, RL812 see none), titles in title case (RL587, 9),
    # hyphens among en dashes (RL804, 6), closed initials (RL590, 6), misspelt places (RL525, 3),
    # and `&` or a missing comma between names, which no rule covers; false alarms from `(b.r.)`
    # not read as undated (RL520, 2), a Polish ordinal's period (RL511), `Texting` (RL550), a book
    # title's first word (RL587), places not seen (RL521, 2); a group author after a semicolon is
    # rejected (RL001). Then tuned on: all of these read right, and Polish chapters (`W:`, `(s.
    # 17–36)`) read as chapters: 0.18 (18), 0.0 (0), 0.
    "unseen-lists-21": HeldOut(
        "unseen-lists-21",
        {
            "openstax-psychologia-myslenie": (12, 0, 0),
            "openstax-psychologia-praca": (16, 0, 0),
            "openstax-psychologia-wstep": (7, 0, 0),
        },
        entries=181,
        faults=100,
        found=35,  # 23, then RL593 `behawioralne - prezentacja` beside `człowiek – organizacja`;
        # then 28: RL804 hyphens among nine en dashes of twelve ranges (3), RL538 `Gilford` for
        # `Guilford` in one work cited twice; then 31: RL587 on books in title case among an APA
        # list's sentence-case books (`Genie: A Scientific Tragedy`, 3); RL848 `delay?.`; then 34:
        # RL521 on `Title, McGraw-Hill.` and `SAGE.` read as publishers without their place;
        # then RL808 an address left open where the list closes its others with a period
        alarms=0,
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.41 (35 of 86; 0.52 where a rule exists),
    # 16.3 false alarms per 100 (42), no readable entry rejected, once codes were put in front of
    # judged faults the rules report (RL811, RL810, RL809, RL408, RL538); before that 0.29 and
    # 22.5. Cardiology, epigenetics and phytochemistry: Global Heart's Vancouver with full dates,
    # `[cited ...]` and `DOI:`, the Journal of Global Health's with bare DOIs, EXCLI Journal's
    # (rendered from element citations). What fails: RL537 misses the Journal of Global Health's
    # initials run into the title (`Kwon YW.The Key`, 24), RL593 hyphens for a title's dash,
    # RL845 `rhinitisrelated`; RL301 (14) and RL812 (15) fire on Global
    # Heart's own `[cited 2025 ...]` dates and `June`/`July` months. Then tuned on: 0.70 (60; 0.90
    # where a rule exists), 8.5 (22), none rejected: RL537 reads the names' period run into the
    # title, RL589 a year in a group's name, RL812 spares short months a list only writes whole,
    # RL811, RL553, RL550 and RL571 false alarms fixed at their cause; RL301 (14) on old
    # `[cited ...]` dates is left as policy. Then 6.6 (17): RL535 leaves NLM's qualifier its case
    # (`BMJ (Clinical research ed)`), RL501 a meeting printed in a journal (`Acta Hortic.
    # 1996;426:419–26.`), RL520 a site named with the body that keeps it, RL304 a book's house
    # and year before a shop's link
    "unseen-lists-22": HeldOut(
        "unseen-lists-22",
        {
            "ifado-excli-salvia-essential-oil": (3, 1, 0),
            "isgh-jogh-air-pollution-epigenetics": (30, 0, 0),
            "ubiquity-globalheart-air-pollution-cvd": (28, 16, 0),
        },
        entries=258,
        faults=86,
        found=61,  # 60, then RL593 `mitochondrial DNA - relevance`
        alarms=17,
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.16 (16 of 102; 0.21 where a rule exists),
    # 12.4 false alarms per 100 (23), 1 readable entry rejected, once codes were put in front of
    # judged faults the rules report (RL408, RL810); before that 0.12 and 14.5. Quantum physics,
    # logic and software engineering, all set by BibTeX: `plainurl` under Quantum's class,
    # SciPost's own `.bst`, `alphaurl` (labelled) under LMCS's. What fails: RL805 misses all twelve
    # initials without periods in written-out names (`Volkher B Scholz`), RL555 six of eleven names
    # the styles lower-cased (`klein-gordon`, `hamiltonians`), RL811 `J. Magnet. Res.`, and
    # volumes of a series printed without it (`volume 10319,`), which no rule covers; RL304 fires
    # on web pages and software dated by month (12), RL204, RL203 and RL202 on `Autom. Rem. Contr.
    # 60, 1427` and `SIAM J. Sci. Comput. 16, 1190`, RL587 on `Jupyter Notebooks`, RL550 on
    # `qubits`; `V. Shah, Julia: A fresh approach` is rejected (RL001). Then 0.32 (33; 0.38
    # where a rule exists) / 7.5 (14) / 0 once SciPost's titled physics form, plainurl's links
    # after the year and a title led by `Julia:` were read, RL555 read names from their form
    # (`non-markovian`, `klein-gordon`), RL578 and RL550 mended, and RL870 written (8); then
    # 0.40 (41) / 7.5 / 0 once RL811 read `J. Magnet. Res.` (7) as no variant of its journal
    "unseen-lists-23": HeldOut(
        "unseen-lists-23",
        {
            "lmcs-bpmn-graph-transformation": (12, 0, 0),
            "quantum-walk-curved-spacetime": (16, 0, 0),
            "scipost-krotov-optimal-control": (17, 2, 0),
        },
        entries=186,
        faults=102,
        found=45,  # 41, then RL811 on `Nature Commun.` (a first word whole before cut ones),
        # then RL524 on `Addison-Wesley Longman Publishing Co., Inc., USA`; then RL804 on a
        # spaced dash (`645 – 661`); then RL811 `Autom. Rem. Contr.` (two words cut that the
        # standard forms keep whole)
        alarms=2,
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.37 (27 of 73; 0.48 where a rule exists),
    # 13.8 false alarms per 100 (26), 2 readable entries rejected, once codes were put in front of
    # judged faults the rules report (RL501, RL815), JAMA Network Open's entry 6 was given the
    # stop after its names that the taking of the text had dropped, and Future Science OA's 51
    # was judged for the range judged on 32; before that 0.28 (20 of 72), 18.1 (34), 2.
    # Education and medicine: eJRIEPS's APA 7 in French, JAMA Network Open's AMA style, the Pan
    # African Medical Journal's and Future Science OA's Vancouver (rendered from element
    # citations). What fails: nothing is found on the French list (RL865 `Education`, RL805
    # `L. A.`, RL849 `https://doi. org/`, RL533 without `Dans`, RL501 a journal without volume
    # are missed); RL803 page ranges cut short, RL811 journals out of their abbreviation
    # (`ArMed.`, `Anti.`, `IOSR-JESTFT`, `MBio`), RL601 a duplicate with written-out names;
    # RL578 takes `Salmonella Typhi` for a mis-cased epithet (12), RL815 `J Allergy Clin Immunol
    # Pract` (3), RL880 a journal's `World Health Organ.` for a publisher (2); a group author cut
    # to an initial (`Sciences E, and Medicine`) and names with bare given names (`Balasubramanian
    # S, Rajeswari, Sailakshmi`) are rejected (RL001). Tuned since: those alarms and rejections
    # fixed at their cause, French APA's `et` read, RL865, RL849, RL803, RL567, RL562 widened;
    # then 0.47 (34) once RL540 knew a body's nouns (`Organization WH`)
    "unseen-lists-24": HeldOut(
        "unseen-lists-24",
        {
            "afenet-pamj-childhood-diarrhea": (13, 0, 0),
            "ama-jamanetopen-food-allergy": (4, 0, 0),
            "fsg-fsoa-typhoid-management": (18, 4, 0),
            "pufc-ejrieps-recherche-formation-eps": (3, 0, 0),
        },
        entries=188,
        faults=73,
        found=38,  # RL575's `in asia` once a list's own capitals were evidence; RL811 `Anti.`,
        # `Pharma.` (periods after words ISO 4 keeps whole)
        alarms=4,
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.30 (15 of 50; 0.48 where a rule exists),
    # 4.8 false alarms per 100 (8), 1 readable entry rejected, once codes were put in front of
    # judged faults the rules report (RL820, RL810, RL576, RL501, RL808); before that 0.20 (10),
    # 7.2 (12), 1. Psycholinguistics, pharmacognosy, food microbiology and genetics: Glossa
    # Psycholinguistics' APA 6 (mixed citations) and three Vancouver patterns rendered from
    # element citations (the IJPR's ISO abbreviations with cut ranges, the Journal of Medicine and
    # Life's journals written out, microPublication Biology's NLM). What fails: RL811 misses
    # `J. Essent. Oil. Res.`, `Oil. Bear Pl.`, `Flavour Fragrance J.`, `Rev. Bras Farmacogn.` and
    # a `Food Microbiol` among journals written out, RL554 a lost first letter (`hemical`) and
    # subtitles begun in lower case, RL575 `german` beside `German`, RL550 `reanalyis`, RL593 a
    # spaced hyphen for a dash, RL830 a proceedings paper's pages; authorities without their
    # period (`L`, `Boiss`), spaced locants and editions as bare numerals have no rule. RL815
    # takes `Flavour and Fragrance Journal` and `Romanian Biotechnological Letters` for misspelt
    # (5), RL587 the authority `Vent`, RL803 the two-figure range `10–14`; `M′bark` is rejected
    # (RL001). Tuned since: the alarms mended at their cause (RL815 weighs the table's own slips,
    # RL587 an authority, RL803 a two-figure cut), `M′bark` read and RL852 naming the prime;
    # RL554, RL575, RL550, RL593 widened, RL877 `3 ed.`, RL853 `officinalis L`, `subsp`, codes put in
    # front of the judged faults RL852, RL877 and RL853 report: 0.56 (28; 0.74), 0.0, 0
    "unseen-lists-25": HeldOut(
        "unseen-lists-25",
        {
            "caltech-micropub-mitoq-chemosensory": (6, 0, 0),
            "cdup-jml-thyme-essential-oil": (3, 0, 0),
            "escholarship-glossapx-selective-reanalysis": (8, 0, 0),
            "sbmu-ijpr-oliveria-essential-oil": (16, 0, 0),
        },
        entries=167,
        faults=50,
        found=33,  # RL811 `Oil.` (3) and `Bras` (periods after whole words, and none after a cut);
        # then RL811 `Food Microbiol.` among full titles
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.10 (8 of 78), 17.2 false alarms per 100 (26), 1 rejected;
    # nine lists first (7 found, 24 alarms), then a tenth (franz: 1, 2) to reach 150 entries; two
    # codes since put in front of faults rules report (RL590 `Taube, Dr.`, RL801 `In.`). Missed:
    # German titles' capitals, `edited by` and `und` in German Chicago, places left out; alarms:
    # RL304 on archived (perma.cc) links, RL501 on web magazines' articles read as chapters.
    # Tuned on: 0.22 (17 of 78; 0.44 where a rule exists), no false alarm, none rejected, after
    # RL304's archived copies, RL501's and RL521's readings of chapters, RL535, RL839 and RL511
    # in German, the grammar's dates inside titles and RL854 (`und` in English titles)
    "unseen-lists-26": HeldOut(
        "unseen-lists-26",
        {
            "libreas-euler-vg-wort": (1, 0, 0),
            "libreas-footprint-data-tracking": (1, 0, 0),
            "libreas-franz-oa-atlas": (1, 0, 0),
            "libreas-goehring-roboter-bibliotheken": (0, 0, 0),
            "libreas-schuldt-automatisierung-1960er": (3, 0, 0),
            "libreas-schuldt-automatisierung-erzaehlen": (0, 0, 0),
            "libreas-strecker-dataset-retrieval": (12, 0, 0),
            "libreas-themel-sound-of-libraries": (0, 0, 0),
            "libreas-urech-soziale-roboter": (0, 0, 0),
            "libreas-winkler-deutsches-museum": (0, 0, 0),
        },
        entries=151,
        faults=78,
        found=18,  # 17, then RL524 `DE GRUYTER SAUR` (a house's name in capitals)
        alarms=0,
        rejected=0,
    ),
    # the day it was added: recall 0.10 (14 of 139; 0.12 where a rule exists), 5.2 false alarms
    # per 100 (8), 1 rejected, after RL567 stopped crashing on an issue printed `(0)`. Missed:
    # Chicago headline-style titles left in sentence case, initials without periods and given
    # names against the list's form, proceedings and chapters set out as journal articles, journal
    # articles without a volume, conference papers without pages; alarms: RL808 on titles closed
    # inside their quotation marks (`estimation.”`), RL521 on a chapter, RL586 on a PDF's span
    "unseen-lists-27": HeldOut(
        "unseen-lists-27",
        {
            "computo-cleynen-local-trees": (13, 0, 0),
            "computo-sanou-multiscale-glasso": (47, 1, 0),
            "ismir-laroche-genre-dictionaries": (24, 0, 0),
            "scipy-carroll-econ-ark": (2, 0, 0),
        },
        entries=155,
        faults=139,
        found=86,  # 0.25 with RL805 and RL590 on Chicago's names, RL562, RL563, RL564, RL512;
        # 0.38 after BibTeX's `Journal, pages 51–60, 2007.` was read with dotted initials (RL501
        # the volume, 10), RL533 asked `In` of proceedings set out as journals where the list's
        # others print it (2) and RL501 read a quoted title closing an entry, or a journal and
        # its pages alone after it (5); RL805 reads Chicago past its citation keys (2), RL590
        # entries all in initials against a firm habit of names written out (2); RL576 `in r`; RL806 once
        # initials without their periods are read in Chicago's names; then RL524 `Berlin,
        # Heidelberg: Springer Berlin, Heidelberg` (2, the place repeated in a catalogue's imprint);
        # then RL811 on two dotted abbreviations among full titles once author-date reads a
        # dotted journal whole (`Found. Trends Mach. Learn. 3 (1)`);
        # then RL554 held Computo's headline-style titles to one in five in sentence case, a
        # name's capital kept and main words left in lower case (12);
        # then RL830 took two papers in three with pages as ISMIR's habit in a list of twelve or
        # more (7), BibTeX's `Language Processing., pages` was read as a journal (RL501, 2) and
        # `Taylor & Francis.` as a house (RL521)
        alarms=1,  # RL586 on a PDF's span; RL808, RL521 and the rejected `JC. Brown` gone
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.10 (13 of 128; 0.17 where a rule exists),
    # 16.5 false alarms per 100 (26), 8 readable entries rejected. Six lists first (10 found, 25
    # alarms; 11 and 24 once a code was put in front of a judged fault RL501 reports), then four
    # more of the Russian site's to reach 150 entries. German APA 7 (Böhlau), Chicago in German
    # set by a reference manager (Berlin Universities Publishing), GOST R 7.0.5 set by one (a
    # Russian scholar's site). Missed: short titles printed again after the subtitle or among the
    # apparatus (RL563, 36), `„„` and `!’“` (RL529), DOI links with two resolvers (RL401), GOST's
    # bare editions and `in 3 т.`; alarms: RL001 on APA's `URL (30. 7. 2023)` (8, the rejected),
    # RL301 (8), RL202 on GOST pages read as years (3), RL501 and RL521 on the handbook (5)
    # Tuned on: 0.56 (72 of 128; 0.80 where a rule exists), 8.2 (13, RL301's 8 and the handbook's
    # RL501 and RL521), 0 rejected, once German APA's `URL (30. 7. 2023)`, a group after `&` and
    # GOST's `Сс.` pages were read, RL563 found the short titles printed again, RL859 and RL860
    # GOST's bare editions and `in 3 т.`, and RL529, RL420, RL809 and RL847 were widened
    "unseen-lists-28": HeldOut(
        "unseen-lists-28",
        {
            "berlinup-handbuch-it-bibliotheken": (14, 3, 0),
            "boehlau-kurz-ausgabeseite": (1, 0, 0),
            "boehlau-kurz-eingabeseite": (0, 0, 0),
            "kulyabov-author-ethics": (8, 0, 0),
            "kulyabov-books": (25, 8, 0),
            "kulyabov-cayley-klein": (3, 0, 0),
            "kulyabov-computer-science-programme": (12, 0, 0),
            "kulyabov-constitutive-tensor": (8, 0, 0),
            "kulyabov-networks-emulation": (10, 0, 0),
            "kulyabov-vanet-research": (1, 0, 0),
        },
        entries=158,
        faults=128,
        found=82,  # 75, then RL521 on `De Gruyter Saur.` printed elsewhere with its place (2),
        # RL501 on GOST's books whose publication area is their year alone (`– 2001.`, 3) and on
        # works given by their author and title alone (`Hyde, A. An Initial ... Taxonomy.`, 2)
        alarms=11,  # 13, then a chapter's publisher before its DOI read as its publisher
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.14 (7 of 51; 0.28 where a rule exists),
    # 41.6 false alarms per 100 (72), none rejected (6 found at first, 7 once a code was put in
    # front of a judged fault RL501 reports). Linguistics in English: the Unified Style Sheet as
    # Language Science Press's LaTeX prints it, and as Glossa (Open Library of Humanities) sets
    # its authors' typed lists. Missed: a series' number run into the book's title, pages set off
    # by a period, series in brackets, a period and a colon in a row (RL511), places missing
    # (RL521); alarms: RL501 on articles `Journal 13(4). 613–635.` read without pages (44) and on
    # theses `Title: University dissertation.` read as books without a publisher (6), RL301 (5),
    # RL304 (3), RL503 and RL880 on inverted editors' names, RL587 on names of theories (3).
    # Tuned on: 0.18 (9 of 51; 0.36 where a rule exists), 5.8 (10: RL301's policy on old access
    # dates 5, RL535 2, RL882, RL501 on a corpus, RL418 on a late issue's DOI), the style read
    # as it is (pages after a period, theses after the title's colon, inverted editors)
    "unseen-lists-29": HeldOut(
        "unseen-lists-29",
        {
            "glossa-differential-place-marking": (0, 1, 0),
            "glossa-japanese-relatives": (2, 0, 0),
            "glossa-romance-possessives": (8, 1, 0),
            "langsci-muller-argument-structure": (0, 7, 0),
        },
        entries=173,
        faults=51,
        found=10,  # 9, then RL524 `DeGruyter` (a house's words run together)
        alarms=9,
        rejected=0,
    ),
    # the day it was added (7 December 2026): recall 0.10 (15 of 155; 0.20 where a rule exists),
    # 19.6 false alarms per 100 (32), 1 readable entry rejected. Four lists first (7 found, 19
    # alarms; 11 and 15 once codes were put in front of four judged faults RL501, RL591 and RL401
    # report), then the handbook's to reach 150 entries. An APA-like style in Spanish typed by
    # hand, APA 7 in Spanish and a Spanish humanities style (the HD CAICYT Lab's sites), a German
    # literary-studies bibliography (Sappho Digital), Chicago as Zotero prints it (the Open
    # Science Training Handbook). Missed: English `In`, `and`, `edited by`, `with` in Spanish
    # lists (RL863, 11), title case in Spanish and sentence case in English titles (RL554, 5),
    # commas missing between surnames and initials, chapters with no editors, pages or book, an
    # article listed twice (RL601); alarms: RL519 on Chicago's given-name-first names (8), RL304
    # on addresses without a date of access (8), RL501 on chapters, books and a bulletin read as
    # articles (5), RL863 on `and` inside English titles of a German list (4), RL202 on
    # sixteenth-century years (2), RL520 on Spanish `s/f`; rejected: `Mitre, B (ed. y anot.)`
    # (RL001). Then tuned on: 0.24 (37 found; 0.47 where a rule exists) / 5.5 (9) / 0, after
    # RL863 read Spanish lists (11), Chicago's bibliography as Zotero prints it was read (given
    # names, `‘Title’.`, `(18 April 2017)`, initials without periods: RL519's 8 alarms gone,
    # RL601, RL805, RL810, RL590 and RL501 found), RL304 followed a list that dates none of its
    # pages and read short DOIs, RL202 left early printed books, RL520 read `s/f`, RL596 and
    # RL848 read `desde:http` and `?.`, RL849 `http://dx. doi.org`, and two roles in parentheses
    # were read (`(ed. y anot.)`); then 38: RL540 a group inverted with its little words inside
    # (`Union, Publications Office of the European.`); 39: RL590 `Pelliza, Mariano A.` among
    # APA's initials, double surnames counted; 40: RL593 the lone `Principles - FINAL`; RL805 reading
    # `Mitre, B` before the year's space, with set 31's tuning
    "unseen-lists-30": HeldOut(
        "unseen-lists-30",
        {
            "foster-osth-es-bibliografia": (14, 3, 0),
            "hdcaicyt-infraestructuras": (16, 4, 0),
            "hdcaicyt-relacion-hernandez": (3, 0, 0),
            "hdcaicyt-viaje-schmidel": (6, 0, 0),
            "sappho-digital-bibliographie": (3, 2, 0),
        },
        entries=163,
        faults=155,
        found=42,  # then RL809 a `dx.doi.org` link among `https://doi.org/` ones
        alarms=9,
        rejected=0,
    ),
    # the day it was added (8 December 2026): recall 0.11 (16 of 143; 0.19 where a rule exists),
    # 7.6 false alarms per 100 (13), 1 readable entry rejected; 0.10 / 9.4 / 1 (14 found, 16
    # alarms) before codes were put in front of two judged faults RL420 and RL862 report and the
    # module's published day was taken from its own access date. Social sciences and humanities
    # in English: Chicago author-date from BibTeX (the World Bank's DIME Analytics Data Handbook,
    # development economics), Chicago notes-bibliography typed by hand with APA and Harvard
    # entries among it (Startwords, Princeton CDH), an author-date style typed by hand
    # (DARIAH-Campus, lexicography). Found: works with nothing after the title (RL501, 6), years
    # and entries not closed (RL813, RL808), a name two ways (RL538|RL865), RL590, RL806, RL420,
    # RL862, RL529; missed: `Stata Journal` beside `The Stata Journal` (RL810, 5), ranges in full
    # (RL803, 4), initials with periods (RL805, 5), hyphens among en dashes (RL804, 7), the year
    # after the names in APA and Harvard entries (RL547, 3), handbook chapters and AEA Papers and
    # Proceedings set as the wrong kind of work, page counts and SSRN notes left in; alarms:
    # RL304 on undated web documents of a Chicago list (4), RL803 on Chicago's full ranges (2),
    # RL535 on a bilingual journal's French half (2), RL533, RL806, RL501, RL301; rejected:
    # `Vries, M, de,` (RL001). After the day's general work, written without sight of it: 18
    # found (RL554's one title in five in sentence case, two in Startwords), alarms unchanged.
    # Tuned on: 0.30 (43 found; 0.51 where a rule exists) / 0.6 (1: RL301's policy on a four-year-old access date) / 0, the styles read as they are: Chicago's
    # whole ranges (RL803) and ten-and-seven et al. rule (RL806), bare initials from BibTeX
    # records (RL805), `The Stata Journal` read past a page count `964–988(25)` (RL810, 5), `The`
    # before the list's publisher (RL880), a bilingual journal's other half (RL535), PNAS's
    # volume and issue (RL533); a notes-bibliography list that dates one web page in four at
    # most (RL304), closes its addresses with a period (RL808) and dates its years after the
    # title (RL547 on Harvard's `Durkin, P., 2017.`), a site's article dated by its day (RL501);
    # a particle after the initial and its comma read (`Vries, M, de,`, RL805 found); and
    # `2867–67` (RL585), Chicago's `1st ed.` (RL866), a publisher named twice (RL568), `Say
    # ’Usually Not’` (RL529), `côte d’ivoire` (RL575), works after `———.` with nothing after
    # the title and quoted titles followed by their journal alone (RL501, 4), `Rundell. (2008).`
    # (RL813), `Continuum Press23–40` (RL557)
    "unseen-lists-31": HeldOut(
        "unseen-lists-31",
        {
            "dariah-campus-corpus-lexicography": (6, 0, 0),
            "dime-data-handbook-bibliography": (31, 1, 0),
            "startwords-datas-destinations": (8, 0, 0),
        },
        entries=170,
        faults=143,
        found=45,
        alarms=1,
        rejected=0,
    ),
    # the day it was added (8 December 2026): recall 0.13 (13 of 100; 0.15 where a rule exists),
    # 43.1 false alarms per 100 (69), no readable entry rejected; 0.12 / 43.8 before a code was put
    # in front of a judged fault RL550 reports (`Sanjary` for `Sanjay`). Lists in the languages the
    # sets lack under a licence the source states were not found in time, so the set is in English
    # from two publishers new to the sets: NIST's SP 800-63-3 (three volumes' labelled lists typed
    # by hand, public domain) and The Architecture of Open Source Applications (two volumes'
    # labelled bibliographies, CC BY 3.0). Found: a DOI printed twice (RL408, 7), an edition's bare
    # number (RL877), journal articles without pages (RL501), a `dx.doi.org` link (RL809, once of
    # 13); missed: the other `dx.doi.org` links (RL809, 12), `October, 2016` and `Mar 2004` (RL812,
    # 7), no final period (RL808, 4), `International Standards Organization` (RL524, 10), `herley,
    # cormac` (RL576), proceedings papers without pages (RL830, 7), `Michelle L Mazurek` (RL805), a
    # title in capitals (RL819); alarms: RL304 on the web pages of lists that date none (60), RL880
    # on `Biometric` in ISO titles (4), RL501 on a thesis and a law, RL502 and RL804 on
    # `12-1–12-55`, RL511 on `!%@::`.
    # Tuned on: 0.55 (55 of 100; 0.65 where a rule exists), 1.9 (3: RL304 on the book's three
    # web pages, one or two a list, too few to tell its style), none rejected. RL304 follows a
    # list that dates its web sources by their dates of issue alone (none read on a day, most
    # with a month and year, no mark of a style that dates every page: 60 alarms gone); RL880
    # leaves a word a letter short running on into another; RL501 leaves a law cited by its code
    # and a thesis whose school follows its mark; pages numbered by section read as one range;
    # RL511 leaves a word of marks. Found: `dx.doi.org` among `https://doi.org/` links (RL809,
    # 12), `October, 2016` among `June 2017` read as printed (RL812, 6), `International Standards
    # Organization` (RL524, 10), addresses left open among closed ones (RL808, 4), `RFC 7525,DOI`
    # (RL847, 3), `available at` without its colon (RL807), the book's articles closed as BibTeX
    # closes them but for their pages (`ACM Computing Surveys, 6(4), 1974.`; RL501, 6)
    "unseen-lists-32": HeldOut(
        "unseen-lists-32",
        {
            "aosa-v1-bibliography": (11, 1, 0),
            "aosa-v2-bibliography": (0, 2, 0),
            "nist-sp800-63-3-references": (9, 0, 0),
            "nist-sp800-63a-references": (2, 0, 0),
            "nist-sp800-63b-references": (33, 0, 0),
        },
        entries=160,
        faults=100,
        found=55,
        alarms=3,
        rejected=0,
    ),
}
LISTS = [(key, name) for key, held in SETS.items() for name in sorted(held.floors)]


@pytest.fixture(scope="module")
def results(real_lists):
    """Every held-out list's result, each set evaluated once."""
    found = {}
    for key, held in SETS.items():
        evaluated = real_lists.evaluate(folder=held.path)
        print()
        print(real_lists.table(evaluated))
        found[key] = {r.judged.name: r for r in evaluated}
    return found


def _entry_lines(text: str) -> list[str]:
    """A list's entry lines: an unnumbered list's `References` heading is not an entry."""
    lines = text.splitlines()
    return lines[1:] if lines and lines[0] == "References" else lines


def _lines(real_lists, folder: Path) -> set[str]:
    """Every entry's text without its number (an unnumbered entry: without its first word),
    over all lists of a folder."""
    return {
        line.split(" ", 1)[1]
        for name in real_lists.names(folder)
        for line in _entry_lines(real_lists.load(name, folder).text)
        if " " in line
    }


@pytest.mark.parametrize("key", sorted(SETS))
def test_each_set_is_judged_in_full_and_apart_from_every_other(real_lists, key):
    held = SETS[key]
    others = [real_lists.LISTS] + [h.path for k, h in SETS.items() if k != key]
    names = real_lists.names(held.path)
    assert set(names) == set(held.floors)
    assert not set(names) & {n for folder in others for n in real_lists.names(folder)}
    seen_lines = set().union(*(_lines(real_lists, folder) for folder in others))
    known = {rule.code for rule in load_rules()}
    sources = (held.path / "SOURCES.md").read_text(encoding="utf-8")
    total = 0
    for name in names:
        judged = real_lists.load(name, held.path)
        lines = _entry_lines(judged.text)
        assert sorted(judged.entries) == list(range(1, len(lines) + 1)), name  # every entry
        assert all(
            code in known for faults in judged.entries.values() for f in faults for code in f.codes
        ), name
        assert name in sources
        assert not {line.split(" ", 1)[1] for line in lines} & seen_lines, name
        total += len(lines)
    assert total == held.entries >= 150


@pytest.mark.slow
@pytest.mark.parametrize(("key", "name"), LISTS)
def test_no_held_out_list_does_worse_than_its_floor(results, key, name):
    result = results[key][name]
    found, alarms, rejected = SETS[key].floors[name]
    assert len(result.found) >= found, [f.text for _, f in result.missed]
    assert len(result.alarms) <= alarms, [(a.entry, a.code, a.message) for a in result.alarms]
    assert len(result.rejected) <= rejected, result.rejected


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(SETS))
def test_over_each_set_the_figures_hold(results, key):
    held, every = SETS[key], list(results[key].values())
    assert sum(r.entries for r in every) == held.entries
    assert sum(r.judged.faults for r in every) == held.faults
    assert sum(len(r.found) for r in every) >= held.found
    assert sum(len(r.alarms) for r in every) <= held.alarms
    assert sum(len(r.rejected) for r in every) <= held.rejected


@pytest.mark.parametrize("key", sorted(SETS))
def test_the_evaluation_prints_each_set_from_its_folder(real_lists, capsys, key):
    held = SETS[key]
    assert real_lists.main(["--lists", str(held.path)]) == 0
    out = capsys.readouterr().out
    assert f"| **all {len(held.floors)} lists** | {held.entries} | {held.faults} |" in out
    assert all(f"| {name} |" in out for name in held.floors)
    others = {n for k, h in SETS.items() if k != key for n in h.floors}
    assert not any(f"| {name} |" in out for name in others)  # no other set is in it
    assert "plos-" not in out and "scielo-" not in out  # nor the tuned-on lists


def test_the_first_held_out_set_is_printed_on_request(real_lists, capsys):
    assert real_lists.main(["--unseen"]) == 0
    assert "| **all 4 lists** | 176 | 49 |" in capsys.readouterr().out


def test_a_folder_with_no_judged_lists_is_a_one_line_error(real_lists, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        real_lists.main(["--lists", str(tmp_path)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith(f"no judged lists (NAME.yaml beside NAME.txt) in {tmp_path}")
