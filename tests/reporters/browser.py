"""A real headless Chromium for the HTML report's tests and benchmark, driven through chromedriver.

The system's browser and driver are used (Debian's `chromium` and `chromium-driver`; `.ci/run`
installs them). Where they are missing the tests are skipped with the reason, except under CI
(`CI=true`), where a missing browser fails the run instead of passing it by skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 1400, 1000


def missing() -> str:
    """Why the browser cannot run here, or "" when it can."""
    absent = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    how = ["apt-get install chromium chromium-driver"] if absent else []
    try:
        import selenium  # noqa: F401
    except ImportError:
        absent.append("the selenium package")
        how.append("pip install -e '.[test]'")
    if not absent:
        return ""
    return f"{' and '.join(absent)} not installed ({'; '.join(how)})"


def require_browser() -> None:
    """Skip the calling test where no browser can run, but fail under CI."""
    import pytest

    reason = missing()
    if not reason:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must test the HTML report in a browser: {reason}")
    pytest.skip(reason)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium whose console and network activity can be read back."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="refslint-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_window_size(WIDTH, HEIGHT)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: Any, path: Path) -> None:
    driver.get(path.resolve().as_uri())


def console_problems(driver: Any) -> list[str]:
    """Console messages at warning level or above since the last call."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry.get("level") in ("WARNING", "SEVERE")
    ]


def requested_urls(driver: Any) -> list[str]:
    """Every URL the page asked for since the last call (from the DevTools network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls
