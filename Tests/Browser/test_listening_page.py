"""The listening page (index.html) of each seed, driven in headless Chromium.

Nothing here depends on one document's numbers: every check walks the manifest (every
utterance, every part, every span in another language).
"""

import base64
import json

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains

from conftest import TIMEOUT, open_page, wait

# Ten milliseconds, as the issue allows; the page seeks to frame / sampleRate exactly.
SEEK_TOLERANCE = 0.010


def utterances(manifest):
    return [u for part in manifest["parts"] for u in part["utterances"]]


def same_language(a, b):
    return a.split("-")[0].lower() == b.split("-")[0].lower()


def page_language(driver):
    return driver.execute_script("return document.documentElement.lang")


def file_url(folder):
    return (folder / "index.html").as_uri()


@pytest.fixture
def page(browser, document):
    """The document's page opened from disk, as (driver, logs, name, folder, manifest)."""
    name, folder, manifest = document
    logs = open_page(browser, file_url(folder))
    yield browser, logs, name, folder, manifest
    logs.collect()
    # After whatever the test did: no console error, and nothing but the page's own files.
    assert logs.errors() == [], f"console errors: {logs.errors()}"
    outside = [url for url in logs.requests if not url.startswith(("file:", "data:", "blob:"))]
    assert outside == [], f"network requests: {outside}"


def current_time(driver):
    return driver.execute_script("return document.getElementById('audio').currentTime")


def test_opens_offline_with_no_console_error_and_no_request_but_its_audio(page):
    driver, logs, _, folder, manifest = page
    logs.collect()
    assert logs.errors() == [], f"console errors: {logs.errors()}"
    # The log does see the page's requests: its audio file, from disk.
    assert (folder / manifest["file"]).as_uri() in logs.requests
    outside = [url for url in logs.requests if not url.startswith(("file:", "data:", "blob:"))]
    assert outside == [], f"network requests: {outside}"
    assert driver.execute_script("return document.querySelector('track').readyState") in (1, 2)


def test_every_utterance_is_on_the_page_by_part_in_order(page):
    driver, _, _, _, manifest = page
    shown = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.part')).map(section => ({
          id: section.id,
          sentences: Array.from(section.querySelectorAll('a.sentence')).map(link => {
            const copy = link.cloneNode(true);
            copy.querySelectorAll('.note').forEach(note => note.remove());
            return [link.dataset.utterance, copy.textContent];
          }),
        }));""")
    assert [section["id"] for section in shown] == [f"part-{p['id']}" for p in manifest["parts"]]
    assert manifest["parts"][0]["kind"] == "intro", "the intro comes first"
    for section, part in zip(shown, manifest["parts"]):
        assert section["sentences"] == [[u["id"], u["text"]] for u in part["utterances"]]
    text = driver.find_element(By.ID, "transcript").text
    for utterance in utterances(manifest):
        # What a reader sees (innerText), not only what the DOM holds.
        assert all(word in text for word in utterance["text"].split()), utterance["id"]


def test_spans_in_another_language_carry_lang_and_a_visible_label(page):
    driver, _, _, _, manifest = page
    language = page_language(driver)
    foreign = [(u, span) for u in utterances(manifest) for span in u["spans"]
               if not same_language(span["lang"], language)]
    for utterance, span in foreign:
        found = driver.execute_script("""
            const link = document.querySelector(`a.sentence[data-utterance="${arguments[0]}"]`);
            return Array.from(link.querySelectorAll('[lang]')).map(node => ({
              lang: node.lang, text: node.textContent,
              label: getComputedStyle(node, '::after').content,
              shown: getComputedStyle(node, '::after').display,
            }));""", utterance["id"])
        matches = [node for node in found if node["lang"] == span["lang"]
                   and span["text"] in node["text"]]
        assert matches, f"{utterance['id']}: no lang={span['lang']} element holds {span['text']!r}"
        assert span["lang"] in matches[0]["label"] and matches[0]["shown"] != "none"
    # Only foreign spans are marked: the rest reads in the page's language.
    marked = driver.execute_script(
        "return document.querySelectorAll('#transcript-body .foreign').length")
    assert marked <= len(foreign)


def test_the_seeds_speak_another_language_somewhere(manifests):
    """The checks above are not vacuous: some seed switches language (the Russian close)."""
    spans = [(m, s) for m in manifests.values() for u in utterances(m) for s in u["spans"]]
    languages = {s["lang"] for _, s in spans}
    assert len(languages) > 1, f"every span of every seed is in {languages}"


def test_click_and_enter_on_a_sentence_seek_to_its_exact_start(page):
    driver, _, _, _, manifest = page
    rate = manifest["sampleRate"]
    for utterance in utterances(manifest):
        start = utterance["startFrame"] / rate
        link = driver.find_element(By.CSS_SELECTOR, f'a.sentence[data-utterance="{utterance["id"]}"]')
        driver.execute_script("document.getElementById('audio').currentTime = arguments[0]",
                              manifest["duration"] / 2 if start < manifest["duration"] / 4 else 0)
        link.click()
        assert abs(current_time(driver) - start) <= SEEK_TOLERANCE, f"click on {utterance['id']}"
        driver.execute_script("document.getElementById('audio').currentTime = 0")
        link.send_keys(Keys.ENTER)
        assert abs(current_time(driver) - start) <= SEEK_TOLERANCE, f"Enter on {utterance['id']}"
        assert driver.execute_script("return location.hash") == "", "seeking does not navigate"


def test_the_sentence_sounding_is_highlighted(page):
    driver, _, _, _, manifest = page
    rate = manifest["sampleRate"]
    for utterance in utterances(manifest):
        middle = (utterance["startFrame"] + utterance["endFrame"]) / 2 / rate
        driver.execute_script("document.getElementById('audio').currentTime = arguments[0]", middle)
        wait(driver, lambda d: d.execute_script(
            "return Array.from(document.querySelectorAll('a.sentence.current'))"
            ".map(n => n.dataset.utterance + ':' + n.getAttribute('aria-current'))")
            == [f"{utterance['id']}:true"], f"{utterance['id']} is not highlighted")


def test_the_current_sentence_is_kept_in_view_while_playing(page):
    driver, _, _, _, manifest = page
    last = utterances(manifest)[-1]
    driver.execute_script("window.scrollTo(0, 0)")
    driver.execute_script("""
        const audio = document.getElementById('audio');
        audio.currentTime = arguments[0];
        audio.play();""", last["startFrame"] / manifest["sampleRate"])
    wait(driver, lambda d: d.execute_script("""
        const node = document.querySelector('a.sentence.current');
        if (!node) return false;
        const box = node.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;"""),
         "the playing sentence was not scrolled into view")
    driver.execute_script("document.getElementById('audio').pause()")


def test_overview_has_one_boundary_per_part_and_seeks(page):
    driver, _, _, _, manifest = page
    boundaries = driver.execute_script("""
        return Array.from(document.querySelectorAll('#envelope svg .boundary'))
          .map(line => [line.dataset.part, Number(line.getAttribute('x1'))]);""")
    assert [part for part, _ in boundaries] == [p["id"] for p in manifest["parts"]]
    xs = [x for _, x in boundaries]
    assert xs == sorted(xs)
    # The envelope was drawn from the samples: speech is louder than the pauses.
    hexadecimal = json.loads(driver.execute_script(
        "return document.getElementById('lectern-page').textContent"))["envelope"]["values"]
    levels = [int(hexadecimal[i:i + 2], 16) for i in range(0, len(hexadecimal), 2)]
    assert max(levels) > 0 and min(levels) == 0
    # A click at a boundary seeks to (within a pixel of) its part's start.
    box = driver.find_element(By.ID, "envelope")
    width = box.rect["width"]
    seconds_per_pixel = manifest["duration"] / width
    for part, x in boundaries[len(boundaries) // 2:len(boundaries) // 2 + 1]:
        ActionChains(driver).move_to_element_with_offset(box, int(x) - width / 2 + 1, 0).click().perform()
        start = next(p["start"] for p in manifest["parts"] if p["id"] == part)
        assert abs(current_time(driver) - start) <= 2 * seconds_per_pixel, part
    # Keyboard: PageDown goes to the next part's start, exactly.
    driver.execute_script("document.getElementById('audio').currentTime = 0")
    box.send_keys(Keys.PAGE_DOWN)
    second = manifest["parts"][1]["startFrame"] / manifest["sampleRate"]
    assert abs(current_time(driver) - second) <= SEEK_TOLERANCE


def test_space_plays_and_pauses(page):
    driver, _, _, _, _ = page
    driver.find_element(By.TAG_NAME, "h1").click()
    paused = "return document.getElementById('audio').paused"
    assert driver.execute_script(paused)
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    wait(driver, lambda d: not d.execute_script(paused), "Space did not start playing")
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    wait(driver, lambda d: d.execute_script(paused), "Space did not pause")
    assert driver.execute_script("return window.scrollY") == 0, "Space must not scroll the page"


def test_tab_reaches_every_control_with_a_visible_focus(page):
    driver, _, _, _, manifest = page
    controls = driver.execute_script("""
        return Array.from(document.querySelectorAll(
          'a[href], audio[controls], [tabindex="0"], button'))
          // Fallback content inside <audio> is for browsers without it: never shown.
          .filter(node => node.tagName === 'AUDIO' || !node.closest('audio'))
          .map(node => node.outerHTML.slice(0, 80));""")
    driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    reached = []
    outlines = []
    for _ in range(len(controls) * 4 + 20):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script("""
            const node = document.activeElement;
            const style = getComputedStyle(node);
            return [node.outerHTML.slice(0, 80), style.outlineStyle, parseFloat(style.outlineWidth),
                    node.tagName];""")
        if focused[3] == "BODY" or (reached and focused[0] == reached[0]):
            break  # past the last control, or round to the first again
        if focused[0] not in reached:
            reached.append(focused[0])
            if focused[3] != "AUDIO":  # the browser draws focus inside its own controls
                outlines.append(focused)
    missing = [control for control in controls if control not in reached]
    assert missing == [], f"Tab never reaches: {missing}"
    invisible = [o[0] for o in outlines if o[1] == "none" or o[2] < 2]
    assert invisible == [], f"no visible focus on: {invisible}"
    assert len(reached) >= len(utterances(manifest)) + len(manifest["parts"])


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_axe_finds_no_serious_or_critical_violation(browser, document, output_folder, width, height):
    name, folder, _ = document
    logs = open_page(browser, file_url(folder), width, height, mobile=width < 600)
    axe = Axe(browser)
    axe.inject()
    results = axe.run(options='{"resultTypes": ["violations"]}')
    report = output_folder / f"{name}-axe-{width}x{height}.json"
    report.write_text(json.dumps(results["violations"], indent=2), "utf-8")
    serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], axe.report(serious)
    assert logs.collect().errors() == []


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_screenshot_and_layout_at_width(browser, document, output_folder, width, height):
    name, folder, _ = document
    logs = open_page(browser, file_url(folder), width, height, mobile=width < 600)
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a {width}px screen"
    size = browser.execute_script("""
        return parseFloat(getComputedStyle(document.querySelector('.transcript section.part p')).fontSize)""")
    assert size >= 16, "transcript text is at least 16 px"
    path = output_folder / f"{name}-{width}x{height}.png"
    browser.get_screenshot_as_file(str(path))
    assert path.stat().st_size > 10_000
    assert logs.collect().errors() == []


def test_print_shows_the_transcript_only(browser, document, output_folder):
    name, folder, manifest = document
    open_page(browser, file_url(folder))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("""
            const visible = selector => Array.from(document.querySelectorAll(selector))
              .some(node => node.getClientRects().length > 0);
            return {player: visible('.player'), overview: visible('.overview'),
                    parts: visible('.parts'), transcript: visible('a.sentence'),
                    title: visible('h1')};""")
        assert shown == {"player": False, "overview": False, "parts": False,
                         "transcript": True, "title": True}
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        (output_folder / f"{name}-print.pdf").write_bytes(base64.b64decode(pdf["data"]))
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_works_from_a_static_server_with_no_other_request(browser, document, static_server):
    name, _, manifest = document
    logs = open_page(browser, f"{static_server}/{name}/index.html")
    browser.find_element(By.CSS_SELECTOR, "a.sentence").click()
    logs.collect()
    assert logs.errors() == [], f"console errors: {logs.errors()}"
    outside = [url for url in logs.requests
               if not url.startswith((static_server + "/", "data:", "blob:"))]
    assert outside == [], f"requests beyond the server: {outside}"
    assert f"{static_server}/{name}/{manifest['file']}" in logs.requests
    # The captions track loaded (from the page itself).
    wait(browser, lambda d: d.execute_script(
        "return document.querySelector('track').readyState") == 2, "the captions did not load")
