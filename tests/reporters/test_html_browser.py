"""The HTML report in a real headless Chromium: filters, hover, keys, the record comparison,
escaping, printing, a screenshot, and neither console errors nor network requests.

The report comes from the command itself, with lookups answered by the local test registry on
127.0.0.1, over two files, one of them holding an entry with a script tag, quotes and `&`.
"""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.reporters.html import BAR_COLOUR
from tests.lookup.registry import Registry, Server, crossref_work, pointing_at
from tests.lookup.test_lookup import SREP, SREP_TITLE
from tests.reporters.browser import (
    chromium,
    console_problems,
    missing,
    open_page,
    requested_urls,
    require_browser,
)

FIRST = f"""References

1. Tosatto L, Horrocks MH, Dear AJ. {SREP_TITLE}. Sci Rep. 2014;6:16696. doi:10.1038/srep16696
2. Smith J, O'Brien Q. Notes on <script>window.__pwned=1</script> & "quoted" things. J Test. 2019 Noc;3:1-9.
3. Doe J. A third entry. J Test. 2019;3:1-9
"""
SECOND = "1. Roe R. Another file's entry. J Test. 2031;4:5-6.\n"
HOSTILE = '<script>window.__pwned=1</script> & "quoted"'
ERROR_RED = (0xC6, 0x28, 0x28)  # --error in html.css: the error badge


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    first, second = folder / "first.txt", folder / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    out = folder / "report.html"
    registry = Registry()
    registry.add_work(crossref_work(SREP))
    with Server(registry) as running, pytest.MonkeyPatch.context() as env:
        for name, value in pointing_at(running.url).items():
            env.setenv(name, value)
        env.setenv("REFSLINT_CACHE_DIR", str(folder / "cache"))
        status = main(
            [str(first), str(second), "--today", "2025-01-01", "--format", "html", "-o", str(out)]
        )
    assert status == 1 and out.exists()
    return out


@pytest.fixture(scope="module")
def browser():
    if missing():
        require_browser()
    with chromium() as driver:
        yield driver


@pytest.fixture
def page(browser, report):
    """The report freshly opened, with the console and network logs read up to that point."""
    require_browser()
    browser.get("about:blank")
    browser.get_log("browser")
    browser.get_log("performance")
    open_page(browser, report)
    return browser


def by(css: str):
    from selenium.webdriver.common.by import By

    return (By.CSS_SELECTOR, css)


def items(driver, selector: str = "#panel li.finding"):
    return driver.find_elements(*by(selector))


def test_opens_without_console_errors_or_network_requests(page, report):
    from selenium.webdriver.common.action_chains import ActionChains

    assert page.title.startswith("refslint report")
    for span in page.find_elements(*by("#text .u"))[:4]:  # interaction fetches nothing either
        ActionChains(page).move_to_element(span).perform()
    page.find_element(*by("body")).send_keys("jjk")
    assert console_problems(page) == []
    assert requested_urls(page) == [report.resolve().as_uri()]


def test_a_filter_hides_findings_and_their_underlines(page):
    from selenium.webdriver.common.by import By

    assert len(items(page)) == 7 and all(li.is_displayed() for li in items(page))
    warnings = [li for li in items(page) if li.get_attribute("data-sev") == "warning"]
    errors = [li for li in items(page) if li.get_attribute("data-sev") == "error"]
    assert len(warnings) == 5 and len(errors) == 2
    page.find_element(*by('#filters input[data-kind="sev"][value="warning"]')).click()
    assert not any(li.is_displayed() for li in warnings)
    assert all(li.is_displayed() for li in errors)
    assert page.find_element(By.ID, "shown").text == "2 of 7 findings shown"
    year = page.find_element(*by('#text .u[data-f="0"]'))  # RL402 year: a warning alone
    month = page.find_element(*by('#text .u[data-s="3"]'))  # RL204 'Noc': an error
    decoration = "return getComputedStyle(arguments[0]).textDecorationLine"
    assert page.execute_script(decoration, year) == "none"
    assert page.execute_script(decoration, month) == "underline"

    page.find_element(*by('#filters input[data-kind="rule"][value="RL204"]')).click()
    assert [li.get_attribute("data-rule") for li in items(page) if li.is_displayed()] == ["RL201"]
    page.find_element(By.ID, "show-all").click()
    assert all(li.is_displayed() for li in items(page))
    assert page.execute_script(decoration, year) == "underline"

    page.find_element(*by('#filters input[data-kind="cat"][value="identifier"]')).click()
    shown = {li.get_attribute("data-cat") for li in items(page) if li.is_displayed()}
    assert shown == {"date"}


def test_hovering_a_finding_shows_its_message_and_its_panel_entry(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    tip = page.find_element(By.ID, "tip")
    assert not tip.is_displayed()
    month = page.find_element(*by('#text .u[data-s="3"]'))
    assert month.text == "Noc"
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", month)
    ActionChains(page).move_to_element(month).perform()
    assert tip.is_displayed()
    assert "RL204" in tip.text and "'Noc' is not a month" in tip.text
    [item] = [li for li in items(page) if li.get_attribute("data-rule") == "RL204"]
    assert "hover" in item.get_attribute("class").split()
    top, bottom = page.execute_script(
        "const box = arguments[0].getBoundingClientRect(); return [box.top, box.bottom]", item
    )
    assert 0 <= top < bottom <= page.execute_script("return window.innerHeight")
    ActionChains(page).move_to_element(page.find_element(By.TAG_NAME, "h1")).perform()
    assert not tip.is_displayed()


def test_lookup_finding_shows_the_record_beside_the_entry(page):
    item = items(page)[0]
    assert item.get_attribute("data-rule") == "RL402"
    table = item.find_element(*by("table.record"))
    rows = {
        row.find_element(*by("th")).text: (
            [cell.text for cell in row.find_elements(*by("td"))],
            row.get_attribute("class"),
        )
        for row in table.find_elements(*by("tbody tr"))
    }
    assert rows["year"] == (["2014", "2015"], "differs")
    assert rows["volume"] == (["6", "5"], "differs")
    assert rows["journal"][1] == rows["page"][1] == rows["title"][1] == "agrees"
    background = "return getComputedStyle(arguments[0]).backgroundColor"
    differs = table.find_element(*by("tr.differs td"))
    agrees = table.find_element(*by("tr.agrees td"))
    assert page.execute_script(background, differs) == "rgb(253, 226, 225)"
    assert page.execute_script(background, agrees) == "rgba(0, 0, 0, 0)"
    link = table.find_element(*by("caption a.doi"))
    assert link.text == "10.1038/srep16696"
    assert link.get_attribute("href") == "https://doi.org/10.1038/srep16696"
    before = item.find_element(*by("dd.before del")).text
    after = item.find_element(*by("dd.after ins")).text
    assert (before, after) == ("2014", "2015")


def test_keys_move_between_findings(page):
    from selenium.webdriver.common.by import By

    body = page.find_element(By.TAG_NAME, "body")

    def current() -> list[str]:
        return [li.get_attribute("id") for li in items(page, "#panel li.finding.current")]

    body.send_keys("j")
    assert current() == ["d0"]
    assert page.find_element(*by('#text .u[data-f="0"]')).get_attribute("class") == "u current"
    body.send_keys("n")
    body.send_keys("j")
    assert current() == ["d2"]
    body.send_keys("k")
    assert current() == ["d1"]
    body.send_keys("p")
    body.send_keys("p")
    assert current() == ["d6"]  # wraps round to the last
    page.find_element(*by('#filters input[data-kind="sev"][value="warning"]')).click()
    body.send_keys("j")
    assert current() == ["d3"]  # the first error: warnings are filtered out
    body.send_keys("\ue00c")  # Escape
    assert current() == []


def test_numbered_jump_links_reach_entries(page):
    from selenium.webdriver.common.by import By

    links = page.find_elements(*by("#file-0 nav.entries a"))
    assert [a.text for a in links] == ["1", "2", "3"]
    links[1].click()
    assert page.execute_script("return document.querySelector(':target').id") == "f0-e2"
    entry = page.find_element(By.ID, "f0-e2")
    assert entry.get_attribute("data-n") == "2"
    assert page.find_elements(*by("#file-1 .entry"))[0].get_attribute("id") == "f1-e1"
    headings = [h.text for h in page.find_elements(*by(".file h2"))]
    assert [Path(h).name for h in headings] == ["first.txt", "second.txt"]


def test_a_script_in_an_entry_is_shown_as_text_and_never_runs(page):
    from selenium.webdriver.common.by import By

    assert page.execute_script("return typeof window.__pwned") == "undefined"
    entry = page.find_element(By.ID, "f0-e2")
    assert HOSTILE in entry.text
    assert entry.find_elements(By.TAG_NAME, "script") == []
    assert len(page.find_elements(By.TAG_NAME, "script")) == 1
    assert console_problems(page) == []


def test_print_layout_drops_the_controls_and_keeps_the_findings(page):
    from selenium.webdriver.common.by import By

    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not page.find_element(By.ID, "filters").is_displayed()
        assert not page.find_element(*by(".keys")).is_displayed()
        panel = page.find_element(By.ID, "panel")
        assert page.execute_script("return getComputedStyle(arguments[0]).position", panel) == (
            "static"
        )
        assert all(li.is_displayed() for li in items(page))
        assert page.find_element(By.ID, "chart").is_displayed()
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(page.print_page())
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 1


def test_screenshot_has_the_chart_and_badge_colours(page, tmp_path):
    from PIL import Image
    from selenium.webdriver.common.by import By

    page.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    assert page.save_screenshot(str(shot))
    image = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB")
    width, height = page.execute_script("return [window.innerWidth, window.innerHeight]")
    assert image.size == (width, height) and width >= 1000 and height >= 700
    bar = page.find_element(*by("rect.bar")).rect
    centre = (int(bar["x"] + bar["width"] / 2), int(bar["y"] + bar["height"] / 2))
    expected = tuple(int(BAR_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    assert close(image.getpixel(centre), expected)
    badge = page.find_element(*by("#summary .badge.sev-error")).rect
    inside = (int(badge["x"] + 3), int(badge["y"] + badge["height"] / 2))
    assert close(image.getpixel(inside), ERROR_RED)
    assert close(image.getpixel((width - 3, height - 3)), (255, 255, 255))
    entry = page.find_element(By.ID, "f0-e1").rect  # its number, drawn in its left margin
    assert entry["y"] + 20 < height
    gutter = image.crop(
        (int(entry["x"]), int(entry["y"]), int(entry["x"] + 40), int(entry["y"] + 18))
    )
    darkest, _ = gutter.convert("L").getextrema()
    assert darkest < 200
    assert page.find_element(By.ID, "summary").is_displayed()


def close(pixel, expected, tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


def test_without_scripts_the_list_and_findings_still_show(page, report):
    from selenium.webdriver.common.by import By

    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        page.get("about:blank")
        open_page(page, report)
        main = page.find_element(By.TAG_NAME, "main")
        assert "pending" in main.get_attribute("class").split()  # the script did not run
        assert main.is_displayed()
        assert HOSTILE in page.find_element(By.ID, "f0-e2").text
        assert all(li.is_displayed() for li in items(page))
        assert page.find_element(*by("#panel table.record")).is_displayed()
    finally:
        page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert console_problems(page) == []


def test_a_clean_list_opens_without_errors(browser, tmp_path):
    from selenium.webdriver.common.by import By

    require_browser()
    refs = tmp_path / "clean.txt"
    refs.write_text("1. Doe J. A title. J Test. 2019;3:1-9.\n", encoding="utf-8")
    out = tmp_path / "clean.html"
    assert (
        main([str(refs), "--offline", "--today", "2025-01-01", "--format", "html", "-o", str(out)])
        == 0
    )
    browser.get("about:blank")
    browser.get_log("browser")
    open_page(browser, out)
    assert "No findings." in browser.find_element(By.ID, "summary").text
    assert browser.find_element(By.ID, "f0-e1").is_displayed()
    browser.find_element(By.TAG_NAME, "body").send_keys("jk")
    assert console_problems(browser) == []


def test_one_record_per_entry_follows_the_filters(browser, tmp_path):
    """Three findings about one entry's record show one table, in the first finding shown; when
    a filter hides that finding, the table moves to the next one shown."""
    from selenium.webdriver.common.by import By

    from refslint.reporters import RunSummary, Source
    from refslint.reporters.html import render
    from tests.reporters.test_html import SHARED_TEXT, shared_record_findings

    require_browser()
    run = RunSummary(files=1, entries=2, sources=(Source("refs.txt", SHARED_TEXT),))
    out = tmp_path / "shared.html"
    out.write_text(render(shared_record_findings(), run), encoding="utf-8")
    browser.get("about:blank")
    browser.get_log("browser")
    open_page(browser, out)

    def holding() -> list[str]:
        return [
            table.find_element(By.XPATH, "./ancestor::li").get_attribute("data-rule")
            for table in browser.find_elements(*by("#panel table.record"))
        ]

    def references() -> list[bool]:
        return [p.is_displayed() for p in browser.find_elements(*by("#panel .see-record"))]

    assert holding() == ["RL403", "RL402"]  # entry 1's record in its first finding; entry 2's
    assert references() == [False, True, True, False]
    table = browser.find_element(By.ID, "rec-0")
    differing = [
        row.find_element(By.TAG_NAME, "th").text for row in table.find_elements(*by("tr.differs"))
    ]
    assert differing == ["year", "volume"]
    link = browser.find_elements(*by("#panel .see-record a"))[1]
    assert link.get_attribute("href").endswith("#rec-0") and link.text == "10.1038/srep16696"

    browser.find_element(*by('#filters input[data-kind="rule"][value="RL403"]')).click()
    assert holding() == ["RL402", "RL402"]  # moved to the first RL402 of entry 1
    assert browser.find_element(By.ID, "rec-0").is_displayed()
    assert references() == [False, False, True, False]
    browser.find_element(By.ID, "show-all").click()
    assert len(browser.find_elements(*by("#panel table.record"))) == 2  # never copied
    assert browser.find_element(By.ID, "rec-0").is_displayed()
    assert console_problems(browser) == []


def word_or_pdf(kind: str, folder: Path) -> Path:
    from tests.word import build

    document = build.word_document(folder / "list.docx")
    if kind == "docx":
        return document
    return build.soffice(document, "pdf", folder / "pdf", folder / "profile")


@pytest.mark.parametrize(
    ("kind", "where", "numbers"),
    [
        ("docx", "entry 1, paragraph 3, character 119", ["1", "2", "4", "5", "6", "7"]),
        pytest.param(
            "pdf",
            "entry 1, page 1, line 4, character 43",
            ["1", "2", "4", "5", "6", "7"],
            marks=[
                pytest.mark.slow,
                pytest.mark.skipif(
                    shutil.which("soffice") is None, reason="LibreOffice is not installed"
                ),
            ],
        ),
    ],
)
def test_a_word_or_pdf_report_says_paragraphs_or_pages(browser, tmp_path, kind, where, numbers):
    """Findings in a Word file are placed by paragraph and character, in a PDF by page, line and
    character; the entries are the reader's (Word's own numbering), each with its jump link."""
    from selenium.webdriver.common.by import By

    require_browser()
    source = word_or_pdf(kind, tmp_path)
    out = tmp_path / f"{kind}.html"
    status = main(
        [str(source), "--offline", "--today", "2026-11-26", "--format", "html", "-o", str(out)]
    )
    assert status == 1
    browser.get("about:blank")
    browser.get_log("browser")
    open_page(browser, out)
    [month] = [li for li in items(browser) if li.get_attribute("data-rule") == "RL204"]
    assert month.find_element(*by(".where")).text == where
    wheres = [li.find_element(*by(".where")).text for li in items(browser)]
    unit = "paragraph" if kind == "docx" else "page"
    assert all(f", {unit} " in w and "column" not in w for w in wheres), wheres
    links = browser.find_elements(*by("#file-0 nav.entries a"))
    assert [a.text for a in links] == numbers
    month.find_element(*by("a.go")).click()  # to the entry, its finding selected
    entry = browser.find_element(By.ID, "f0-e1")
    assert entry.get_attribute("data-n") == "1"
    assert "Noc" in entry.text and "current" in month.get_attribute("class").split()
    assert console_problems(browser) == []
