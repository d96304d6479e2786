"""Fixtures of the listening-page tests: rendered pages, a headless Chromium, its logs.

The pages are rendered by the built `lectern` binary (`swift build` first) from every
document in seeds/, into a temporary folder, without the synthesis cache. Screenshots, axe
reports and a PDF print go to the test output folder: $LECTERN_TEST_OUTPUT, by default
.build/test-output/browser.
"""

import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
LECTERN = ROOT / ".build" / "debug" / "lectern"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Generous: a fresh CI machine is slow to start a browser, and the machine is shared.
TIMEOUT = 60


def chromium_binary():
    """Debian's browser binary itself (its /usr/bin/chromium wrapper adds nothing here)."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/lib/chromium/chromium", "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("chromium is not installed; run scripts/setup")


def chromedriver_binary():
    path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.access(path, os.X_OK):
        pytest.fail("chromedriver is not installed (Debian: chromium-driver); run scripts/setup")
    return path


@pytest.fixture(scope="session")
def output_folder():
    folder = pathlib.Path(
        os.environ.get("LECTERN_TEST_OUTPUT", ROOT / ".build" / "test-output" / "browser"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def rendered():
    """{document name: folder} of a render of every seed (removed after the tests)."""
    if not LECTERN.exists():
        pytest.fail(f"{LECTERN} is missing; run swift build first")
    assert SEEDS, "no documents in seeds/"
    folder = pathlib.Path(tempfile.mkdtemp(prefix="lectern-page-test-"))
    try:
        yield render(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def render(folder):
    # --no-cache: the test neither reads nor writes the user's cache.
    result = subprocess.run(
        [str(LECTERN), "render", *map(str, SEEDS), "--output", str(folder), "--no-cache",
         "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"lectern render failed ({result.returncode}): {result.stderr}"
    return {seed.stem: folder / seed.stem for seed in SEEDS}


@pytest.fixture(scope="session")
def browser():
    profile = tempfile.mkdtemp(prefix="lectern-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
        "--window-size=1280,800", "--force-color-profile=srgb", "--hide-scrollbars",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # An explicit driver path: Selenium must not try to download one.
    driver = webdriver.Chrome(options=options, service=Service(chromedriver_binary()))
    driver.set_page_load_timeout(TIMEOUT)
    driver.set_script_timeout(TIMEOUT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Logs:
    """What the browser logged since the last page load: console entries and requests."""

    def __init__(self, driver):
        self.driver = driver
        self.console = []
        self.requests = []

    def collect(self):
        self.console += self.driver.get_log("browser")
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        return self

    def errors(self):
        return [entry for entry in self.console if entry["level"] == "SEVERE"]


def wait(driver, condition, message):
    return WebDriverWait(driver, TIMEOUT, poll_frequency=0.05).until(condition, message)


def open_page(driver, url, width=1280, height=800, mobile=False):
    """Loads `url` at a viewport of exactly width × height; returns its Logs."""
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    driver.get(url)
    wait(driver, lambda d: d.execute_script(
        "return document.documentElement.classList.contains('ready')"),
        "the page script did not finish")
    wait(driver, lambda d: d.execute_script(
        "return document.getElementById('audio').readyState >= 1"),
        "the audio's metadata did not load")
    return Logs(driver)


@pytest.fixture(scope="session")
def manifests(rendered):
    return {name: json.loads((folder / "manifest.json").read_text("utf-8"))
            for name, folder in rendered.items()}


@pytest.fixture(params=[seed.stem for seed in SEEDS])
def document(request, rendered, manifests):
    """(name, folder, manifest) of each rendered seed."""
    return request.param, rendered[request.param], manifests[request.param]


@pytest.fixture(scope="session")
def static_server(rendered):
    """A static HTTP server on loopback over the render's folder; its base URL."""
    folder = next(iter(rendered.values())).parent
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass
