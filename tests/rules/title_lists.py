"""Sentence-case lists in three styles, set around the entry a title test writes, so that the
list has a case to learn. Lists written here."""

VANCOUVER = """\
2. Weber L, Ortiz M. Habitat loss and the decline of pollinators in farmland. J Ecol. 2001;89:1-12.
3. Adams RT. Regional variation in hospital admissions for childhood asthma. BMJ. 2002;324:3-4.
4. Kim H, Lee S. Natural killer cells in the control of solid tumours. Cancer Res. 2016;76:112-20.
5. Ruiz A, Diaz B. Checkpoint blockade and the response of the tumour microenvironment. Nat Med. \
2019;25:44-52.
6. Park J, Cho K. Antigen escape after chimeric antigen receptor therapy in children. Blood. \
2020;135:10-19.
"""
APA = """\
2. Adams, R. T. (2002). Regional variation in hospital admissions for childhood asthma. BMJ, \
324, 3-4.
3. Kim, H., & Lee, S. (2016). Natural killer cells in the control of solid tumours. Cancer \
Research, 76, 112-120.
4. Park, J., & Cho, K. (2020). Antigen escape after chimeric antigen receptor therapy in \
children. Blood, 135, 10-19.
5. Ruiz, A., & Diaz, B. (2019). Checkpoint blockade and the response of the tumour \
microenvironment. Nature Medicine, 25, 44-52.
6. Weber, L., & Ortiz, M. (2001). Habitat loss and the decline of pollinators in farmland. \
Journal of Ecology, 89, 1-12.
"""
IEEE = """\
[2] L. Weber and M. Ortiz, "Habitat loss and the decline of pollinators in farmland," J. Ecol., \
vol. 89, pp. 1-12, 2001.
[3] R. T. Adams, "Regional variation in hospital admissions for childhood asthma," BMJ, vol. 324, \
pp. 3-4, 2002.
[4] H. Kim and S. Lee, "Natural killer cells in the control of solid tumours," Cancer Res., vol. \
76, pp. 112-120, 2016.
[5] A. Ruiz and B. Diaz, "Checkpoint blockade and the response of the tumour microenvironment," \
Nat. Med., vol. 25, pp. 44-52, 2019.
[6] J. Park and K. Cho, "Antigen escape after chimeric antigen receptor therapy in children," \
Blood, vol. 135, pp. 10-19, 2020.
"""
