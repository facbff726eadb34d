"""Damaged addresses (RL420) and addresses behind a login (RL421), on small lists written here in
Vancouver, APA, ABNT and IEEE styles, with the right addresses that must pass."""

from __future__ import annotations

DAMAGED = (
    "1. Sigma-Aldrich. Lipase from Candida rugosa [Internet]. [cited 2021 Mar 1]. Available "
    "from: https://www.sigmaaldrich.com/catalog/product/sigma/l1754?lang=pt®ion=BR\n"
    "2. Mészáros C. Stochastic LP test sets. Technical report, Hungarian Academy of Sciences. "
    "url, www.sztaki.hu/˜meszaros/publicftp/lptestset/stochlp.\n"
    "3. BRASIL. Ministério da Saúde. Portaria nº 2.436, de 21 de setembro de 2017. Disponível "
    "em: https://bvsms.saude.gov.br/bvs/saudelegis/gm/2017/prt2436¬-_22_09_2017.html. Acesso "
    "em: 20 mar. 2020.\n"
    "4. Wang, R., & Tian, B. (2018). PolyA-DB 3 catalogs cleavage sites. Nucleic Acids "
    "Research, 46, D315–D319. https://doi.org/10.1093/nar/gk×1000\n"
    '5. J. Doe, "Shell tools," 2020. [Online]. Available: '
    "https://example.org/guide?page=2©=full\n"
)


def test_a_sign_no_address_holds_is_flagged_in_every_style(lint):
    found = lint(DAMAGED, select=["RL420"])
    assert [(d.entry, str(d.severity)) for d in found] == [(n, "error") for n in range(1, 6)]
    reasons = [d.message.split(" is damaged: ")[1] for d in found]
    assert reasons == [
        "`®` where `&region=` stood (read as the HTML entity `&reg;`)",
        "`˜` for `~`",
        "a stray `¬`, the mark of a line break in a word (remove it)",
        "`×` for `x`",
        "`©` where `&copy=` stood (read as the HTML entity `&copy;`)",
    ]
    text = DAMAGED.splitlines()[0]
    assert found[0].column == text.index("®") + 1


RIGHT = (
    "1. Sigma-Aldrich. Lipase [Internet]. Available from: "
    "https://www.sigmaaldrich.com/catalog/product/sigma/l1754?lang=pt&region=BR\n"
    "2. Mészáros C. LP test sets. url, http://www.sztaki.hu/~meszaros/public_ftp/lptestset/.\n"
    "3. BRASIL. Lei nº 8.080, de 19 de setembro de 1990. Disponível em: "
    "http://www.planalto.gov.br/ccivil_03/leis/l8080.htm. Acesso em: 10 jan. 2020.\n"
    "4. Müller, K. (2021). Über Städte. https://de.wikipedia.org/wiki/Städtebau\n"
    "5. Smith J. Tiles. https://example.org/img/800x600/tile.png\n"
    '6. R. Mull, "login-service," GitHub, 2022. [Online]. Available: '
    "https://github.com/rmull/login-service\n"
    # a page about logging in, and a host merely named proxy (computing lists cite both)
    "7. Auth0. Log in. https://auth0.com/docs/login (accessed 2023-01-02).\n"
    "8. Go Team. Module proxy protocol. https://proxy.golang.org/ (accessed 2023-01-02).\n"
)


def test_right_addresses_pass(lint):
    assert lint(RIGHT, select=["RL420", "RL421"]) == []


BEHIND_LOGIN = (
    "1. Rodriguez C, Mathew S. Time to change. Can J Crit Care Nurs. 2016;27(2):42. Disponível "
    "em: https://web.a.ebscohost.com/abstract?direct=true&resultLocal=ErrCrlNotAuth"
    "&crlhashurl=login.aspx%3fdirect%3dtrue\n"
    "2. Lee, A. (2019). Sleep and memory. Nature, 570, 1–5. "
    "https://www-nature-com.ezproxy.library.example.edu/articles/s41586-019-1234-5\n"
    '3. K. Tan, "Edge caching," IEEE Access, vol. 8, pp. 1–9, 2020. [Online]. Available: '
    "https://ieeexplore-ieee-org.example.idm.oclc.org/document/9000000\n"
    "4. Kay, L. (2018). Rivers. Geology, 46(2), 99–102. "
    "https://pubs.example.org/login?returnUrl=%2Fdoi%2F10.1130%2FG39600.1\n"
)


def test_an_address_behind_a_login_is_flagged(lint):
    found = lint(BEHIND_LOGIN, select=["RL421"])
    assert [(d.entry, str(d.severity)) for d in found] == [(n, "warning") for n in (1, 2, 3, 4)]
    assert found[0].message.startswith("address is a login page's address")
    assert "library proxy's address (www-nature-com.ezproxy.library.example.edu)" in (
        found[1].message
    )
