"""The therapist's flow in real headless Chromium (Debian's chromium, driven by Playwright).

Starts `homestretch serve` on a free port, fills the form as a therapist would, makes a
mistake and sees its message beside the field, fixes it, sees the plan, removes an item
and adds one back, downloads the PDF and checks it with pdftotext. Screenshots of each
page go to output/. The server is always stopped, whatever happens.
"""

import os
import queue
import re
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "output"
PROGRAM = Path(os.environ.get("HOMESTRETCH", ROOT / ".build" / "debug" / "homestretch"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server():
    """The server on a free port; stopped (and waited for) even when the test fails."""
    port = free_port()
    process = subprocess.Popen(
        [str(PROGRAM), "serve", "--port", str(port), "--data", str(ROOT / "examples")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795478400"},
    )
    lines = queue.Queue()
    output = []

    def read():
        for line in process.stdout:
            output.append(line)
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.time() + 60
        address = None
        while address is None and time.time() < deadline:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.time()))
            except queue.Empty:
                break
            if line is None:
                break
            match = re.search(r"Open (http://127\.0\.0\.1:\d+/)", line)
            if match:
                address = match.group(1)
        assert address, "the server did not print its address within 60 s: " + "".join(output)
        assert address == f"http://127.0.0.1:{port}/"
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # Nothing of the patient in what the server printed (its log).
    reader.join(timeout=10)
    log = "".join(output)
    assert "Maria" not in log and "Lopez" not in log and "cushion" not in log, log


def shot(page, name):
    page.screenshot(path=str(OUTPUT / f"browser-{name}.png"), full_page=True)


def test_form_mistake_fix_plan_change_and_pdf(server):
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            page.goto(server)
            expect(page.locator("h1")).to_have_text("New home program")

            # The keyboard alone reaches the first field (after the header's links and Open a
            # profile file), and its focus is visible.
            for _ in range(10):
                page.keyboard.press("Tab")
                if page.evaluate("document.activeElement.name") == "name":
                    break
            assert page.evaluate("document.activeElement.name") == "name"
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline == "solid", outline
            page.keyboard.type("Maria Lopez")
            page.screenshot(path=str(OUTPUT / "browser-1-form-focus.png"))
            shot(page, "1-form")

            # Every input is reachable by its label.
            page.get_by_label("Condition").select_option("piriformis_syndrome")
            page.get_by_label("right", exact=True).check()
            page.get_by_label("Pain today (0-10)").fill("14")  # the mistake
            page.get_by_label("Can get down to the floor and back up safely").check()
            page.locator("input[name=equipment][value=strap]").check()
            page.locator("input[name=equipment][value=wall]").uncheck()
            page.locator("input[name=equipment][value=pillow]").uncheck()
            page.get_by_label("Sits for work").check()
            page.locator("input[name=numbness][value=right_leg]").check()
            page.locator("input[name=health][value=osteoporosis]").check()
            page.get_by_label("Weeks of the program").fill("4")
            page.get_by_label("First day").fill("2026-11-23")
            page.get_by_label("Notes for the patient").fill("Sit on a cushion at work.")
            page.get_by_label("Your name").fill("Dana Whitfield")
            page.get_by_label("Clinic").fill("Riverside Physical Therapy")
            page.get_by_label("Phone").fill("555-0142")
            page.get_by_role("button", name="Make the plan").click()

            # The message is beside the field, and what was typed is kept.
            error = page.locator("#field-pain-error")
            expect(error).to_contain_text("14 is out of range; allowed: a whole number from 0 to 10")
            expect(page.locator("#problems")).to_contain_text("One thing to fix")
            expect(page.get_by_label("Patient's name")).to_have_value("Maria Lopez")
            expect(page.get_by_label("Clinic")).to_have_value("Riverside Physical Therapy")
            shot(page, "2-mistake")
            page.locator("#field-pain").scroll_into_view_if_needed()
            page.screenshot(path=str(OUTPUT / "browser-2-mistake-field.png"))

            page.get_by_label("Pain today (0-10)").fill("6")
            page.get_by_role("button", name="Make the plan").click()
            expect(page.locator("h1")).to_have_text("Home program for Maria Lopez")
            items = page.locator("li.item h3").evaluate_all(
                "hs => hs.map(h => h.childNodes[0].textContent.trim())")
            assert len(items) >= 3, items
            shot(page, "3-plan")

            # Remove the first item; add the first item that may come back.
            removed = items[0]
            page.get_by_role("button", name=f"Remove {removed}").click()
            expect(page.locator("h1")).to_have_text("Home program for Maria Lopez")
            after_remove = page.locator("li.item h3").evaluate_all(
                "hs => hs.map(h => h.childNodes[0].textContent.trim())")
            assert removed not in after_remove
            page.locator("details.excluded summary").click()
            add = page.locator("details.excluded button[name=add]").first
            added_id = add.get_attribute("value")
            add.click()
            expect(page.locator(f"#item-{added_id}")).to_be_visible()
            items = page.locator("li.item h3").evaluate_all(
                "hs => hs.map(h => h.childNodes[0].textContent.trim())")
            assert removed not in items
            page.locator("details.excluded").evaluate("d => d.open = true")
            shot(page, "4-changed")
            page.locator("details.excluded summary").scroll_into_view_if_needed()
            page.evaluate("window.scrollBy(0, document.querySelector('details.excluded').getBoundingClientRect().top - 10)")
            page.screenshot(path=str(OUTPUT / "browser-4-excluded.png"))
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(OUTPUT / "browser-3-plan-top.png"))

            with page.expect_download() as info:
                page.get_by_role("button", name="Download PDF").first.click()
            download = info.value
            assert download.suggested_filename == "maria-lopez.pdf"
            pdf = OUTPUT / "browser-maria-lopez.pdf"
            download.save_as(str(pdf))
        finally:
            browser.close()

    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Maria Lopez" in flat
    for name in items:
        assert " ".join(name.split()) in flat, f"{name} is in the handout"
    assert " ".join(removed.split()) not in flat or removed in items
    pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) >= 3


def test_red_flag_shows_the_referral_first(server):
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(server)
            page.get_by_label("Patient's name").fill("Sam Doe")
            page.get_by_label("left", exact=True).check()
            page.get_by_label("Pain today (0-10)").fill("7")
            page.get_by_label("bladder bowel change").check()
            page.get_by_role("button", name="Make the plan").click()
            referral = page.locator("section.referral")
            expect(referral).to_be_visible()
            expect(referral.locator("h1")).to_have_text("Refer: no exercise plan for Sam Doe")
            expect(referral).to_contain_text("emergency: now")
            assert page.locator("main > form > *:not(input)").first.evaluate("e => e.className") == "referral"
            assert page.locator("li.item").count() == 0
            page.screenshot(path=str(OUTPUT / "browser-5-referral.png"))
        finally:
            browser.close()


def test_the_live_server_keeps_its_security_rules(server):
    """The same rules as the handler tests, over a real socket (where HTTP/1's Host header
    becomes the request's authority)."""
    import http.client
    from urllib.parse import urlparse

    port = urlparse(server).port

    def request(method, path, host, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.putrequest(method, path, skip_host=True)
            connection.putheader("Host", host)
            for name, value in (headers or {}).items():
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        status, headers, page = request("GET", "/", host)
        assert status == 200, host
        assert headers["Content-Security-Policy"].startswith("default-src 'self'; frame-ancestors 'none'")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Cache-Control"] == "no-store"
    for host in ("evil.example", f"evil.example:{port}", f"localhost:{port + 1}", f"127.0.0.1.nip.io:{port}"):
        status, _, page = request("GET", "/", host)
        assert status == 403, host
        assert "This server answers only to 127.0.0.1:" in page

    form = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, page = request("POST", "/plan", f"127.0.0.1:{port}", b"name=Maria&side=right&pain=6", form)
    assert status == 403 and "security token is missing or old" in page
    big = b"notes=" + b"a" * 1_000_001
    status, _, page = request("POST", "/plan", f"127.0.0.1:{port}", big, form)
    assert status == 413 and "1,000,000 bytes" in page


def test_class_roster_upload_summary_and_downloads(server):
    """A therapist prints a whole class: the roster page from the header, the messy example
    roster uploaded, every row's outcome seen (bad rows with their row and field), all.pdf,
    the zip and summary.csv downloaded and checked."""
    import csv
    import io
    import zipfile

    OUTPUT.mkdir(exist_ok=True)
    roster = ROOT / "examples" / "class-roster-with-errors.csv"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            page.goto(server)
            page.get_by_role("link", name="Class roster").click()
            expect(page.locator("h1")).to_have_text("Class roster")
            file_input = page.get_by_label("Roster file (.csv or .yaml)")
            file_input.focus()
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline == "solid", outline
            file_input.set_input_files(str(roster))
            shot(page, "6-roster-upload")
            page.get_by_role("button", name="Print the class").click()
            expect(page.locator("h1")).to_have_text("Class roster: class-roster-with-errors.csv", timeout=240_000)

            rows = page.locator("#rows tbody tr")
            expect(rows).to_have_count(34)
            failed = page.locator("#rows tbody tr.failed")
            expect(failed).to_have_count(4)
            expect(page.locator("#rows")).to_contain_text(
                "class-roster-with-errors.csv:34: pain: 14 is out of range")
            expect(page.locator("#rows")).to_contain_text("class-roster-with-errors.csv:32: name: is required")
            printed = page.locator("#rows tbody tr.written td:nth-child(2), #rows tbody tr.referral td:nth-child(2)")
            names = [" ".join(name.split()) for name in printed.all_inner_texts()]
            assert len(names) == 30, names
            shot(page, "7-roster-summary")
            page.screenshot(path=str(OUTPUT / "browser-7-roster-summary-top.png"))

            with page.expect_download() as info:
                page.get_by_role("link", name="Download all.pdf").click()
            assert info.value.suggested_filename == "all.pdf"
            pdf = OUTPUT / "browser-roster-all.pdf"
            info.value.save_as(str(pdf))
            with page.expect_download() as info:
                page.get_by_role("link", name="Download handouts.zip").click()
            assert info.value.suggested_filename == "handouts.zip"
            archive = zipfile.ZipFile(info.value.path())
            with page.expect_download() as info:
                page.get_by_role("link", name="Download summary.csv").click()
            summary = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
        finally:
            browser.close()

    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for name in names:
        assert name in flat, f"{name} is in all.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages % 2 == 0 and pages >= 2 * len(names)
    assert summary[0] == ["row", "name", "outcome", "file", "pages", "message"]
    assert len(summary) == 1 + 34
    files = [row[3] for row in summary[1:] if row[2] in ("written", "referral")]
    assert sorted(archive.namelist()) == sorted(files)
    for name in archive.namelist():
        assert archive.read(name).startswith(b"%PDF-"), name


def form_values(page):
    """Every named input of the patient form as a therapist sees it: text as typed, the
    chosen option, the ticked boxes."""
    return page.evaluate(
        """() => {
            const form = document.querySelector('form[action="/plan"]');
            const values = {};
            for (const el of form.elements) {
                if (!el.name || el.name === 'csrf' || el.type === 'submit') continue;
                if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
                (values[el.name] = values[el.name] || []).push(el.value);
            }
            return values;
        }"""
    )


def test_profile_download_and_open_fill_the_form_the_same(server, tmp_path):
    """Download the form as a profile file, open it again in a fresh form, and see the
    same form; a broken file shows its problems with their lines. The JSON API answers
    over the real socket too."""
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            page.goto(server)
            # A partly filled form: the required fields and a few more.
            page.get_by_label("Patient's name").fill("Maria Lopez")
            page.get_by_label("Condition").select_option("lumbar_stenosis")
            page.get_by_label("both", exact=True).check()
            page.get_by_label("Pain today (0-10)").fill("5")
            page.locator("input[name=health][value=diabetes_neuropathy]").check()
            page.locator("input[name=equipment][value=wall]").uncheck()
            page.get_by_label("Notes for the patient").fill('Walk after meals.\nCall "Dana" if worse.')
            page.get_by_label("Your name").fill("Dana Whitfield")
            typed = form_values(page)
            page.get_by_role("button", name="Download profile (YAML)").focus()
            shot(page, "6-profile-form")

            with page.expect_download() as info:
                page.get_by_role("button", name="Download profile (YAML)").click()
            download = info.value
            assert download.suggested_filename == "maria-lopez.yaml"
            saved = tmp_path / "maria-lopez.yaml"
            download.save_as(str(saved))
            text = saved.read_text(encoding="utf-8")
            assert 'name: "Maria Lopez"' in text and "condition: lumbar_stenosis" in text

            # The command line reads the same file.
            plan = subprocess.run([str(PROGRAM), "plan", str(saved)], cwd=ROOT, capture_output=True, text=True)
            assert plan.returncode == 0, plan.stderr
            assert "Maria Lopez" in plan.stdout

            # A fresh form (only the therapist's own details are remembered), then Open.
            page.goto(server)
            expect(page.get_by_label("Patient's name")).to_have_value("")
            page.get_by_label("Open a profile file").set_input_files(str(saved))
            page.get_by_role("button", name="Open", exact=True).click()
            expect(page.locator("p.notice")).to_contain_text("Opened maria-lopez.yaml")
            assert form_values(page) == typed
            expect(page.get_by_label("Notes for the patient")).to_have_value('Walk after meals.\nCall "Dana" if worse.')
            shot(page, "7-profile-opened")

            # A broken file: its problems beside the fields, with their lines.
            broken = tmp_path / "broken.yaml"
            broken.write_text("name: Tom Becker\ncondition: sciatica\nside: left\npain: 14\n", encoding="utf-8")
            page.get_by_label("Open a profile file").set_input_files(str(broken))
            page.get_by_role("button", name="Open", exact=True).click()
            expect(page.locator("#problems")).to_contain_text("2 things to fix")
            expect(page.locator("#field-pain-error")).to_contain_text("broken.yaml, line 4: 14 is out of range")
            expect(page.locator("#field-condition-error")).to_contain_text("broken.yaml, line 2: 'sciatica' is not known")
            expect(page.get_by_label("Pain today (0-10)")).to_have_value("14")
            expect(page.get_by_label("Patient's name")).to_have_value("Tom Becker")
            page.screenshot(path=str(OUTPUT / "browser-8-profile-problems.png"))
            page.locator("#field-pain").scroll_into_view_if_needed()
            page.screenshot(path=str(OUTPUT / "browser-8-profile-problems-field.png"))
        finally:
            browser.close()

    # The JSON API over the real socket: the plan as JSON; a form's content type refused.
    import http.client
    import json
    from urllib.parse import urlparse

    port = urlparse(server).port

    def post(path, content_type, body):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("POST", path, body=body, headers={"Content-Type": content_type})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    status, headers, body = post("/api/plan", "application/yaml", saved.read_bytes())
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(body)["patient"]["name"] == "Maria Lopez"
    assert headers["Cache-Control"] == "no-store"
    status, headers, body = post("/api/plan", "text/plain", saved.read_bytes())
    assert status == 415 and "error" in json.loads(body)
    status, headers, body = post("/api/handout", "application/yaml", saved.read_bytes())
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-")


NETWORK_HOST = "127.0.0.2"  # Linux routes all of 127/8 to loopback: a "network" address here
PASSWORD = "correct horse battery"


def free_port_on(host) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@pytest.fixture
def network_server(tmp_path):
    """`serve --host 127.0.0.2` with an account made by `homestretch therapist add`; the
    server is stopped (and waited for) whatever happens."""
    data = tmp_path / "data"
    data.mkdir()
    made = subprocess.run(
        [str(PROGRAM), "therapist", "add", "dana", "--data", str(data), "--password-stdin"],
        input=PASSWORD + "\n", cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    port = free_port_on(NETWORK_HOST)
    process = subprocess.Popen(
        [str(PROGRAM), "serve", "--host", NETWORK_HOST, "--port", str(port), "--data", str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795478400"},
    )
    output = []
    found = queue.Queue()

    def read():
        for line in process.stdout:
            output.append(line)
            match = re.search(r"Therapists open (http://127\.0\.0\.2:\d+/)", line)
            if match:
                found.put(match.group(1))
        found.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        try:
            address = found.get(timeout=60)
        except queue.Empty:
            address = None
        assert address == f"http://{NETWORK_HOST}:{port}/", "".join(output)
        yield address, output
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    reader.join(timeout=10)
    log = "".join(output)
    assert "UNENCRYPTED" in log, log
    assert PASSWORD not in log and "dana" not in log, log


def test_on_the_network_a_therapist_signs_in_with_the_keyboard_and_out(network_server):
    address, _ = network_server
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(address)
            assert page.url == address + "login"
            expect(page.locator("h1")).to_have_text("Sign in")
            shot(page, "6-login")

            # The user name has the focus; the keyboard alone signs in.
            assert page.evaluate("document.activeElement.id") == "login-name"
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline == "solid", outline
            page.keyboard.type("dana")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.id") == "login-password"
            page.keyboard.type("not the password")
            page.keyboard.press("Enter")
            expect(page.locator("#login-error")).to_contain_text(
                "That user name and password do not match an account")
            expect(page.get_by_label("User name")).to_have_value("dana")
            assert page.evaluate("document.activeElement.id") == "login-password"
            shot(page, "7-login-wrong")

            page.keyboard.type(PASSWORD)
            page.keyboard.press("Enter")
            expect(page.locator("h1")).to_have_text("New home program")
            assert page.url == address
            expect(page.locator("header.top")).to_contain_text("signed in as dana")
            cookie = [c for c in page.context.cookies() if c["name"] == "homestretch_session"][0]
            assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
            assert page.evaluate("document.cookie") == "", "no script can read the session"
            shot(page, "8-signed-in")

            # The form works as on loopback.
            page.get_by_label("Patient's name").fill("Maria Lopez")
            page.get_by_label("right", exact=True).check()
            page.get_by_label("Pain today (0-10)").fill("6")
            page.get_by_role("button", name="Make the plan").click()
            expect(page.locator("h1")).to_have_text("Home program for Maria Lopez")

            # Sign out with the keyboard: the button is in the header, reached by Tab.
            page.evaluate("window.scrollTo(0, 0)")
            page.locator("a.brand").focus()
            visited = []
            for _ in range(4):
                page.keyboard.press("Tab")
                visited.append(page.evaluate("document.activeElement.textContent"))
                if visited[-1] == "Sign out":
                    break
            assert visited == ["New patient", "Class roster", "Sign out"], visited
            page.keyboard.press("Enter")
            expect(page.locator("p.notice")).to_have_text("You are signed out.")
            page.goto(address)
            expect(page.locator("h1")).to_have_text("Sign in")
            assert page.url == address + "login", "the form needs a sign-in again"
        finally:
            browser.close()


def test_preview_shows_every_page_and_opens_one(server):
    """The handout beside the plan on a 1366x768 laptop: a thumbnail per page of the PDF,
    about 150-200 px wide, each opening larger with a click or with the keyboard (Enter),
    and the health-literacy check."""
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
            page = context.new_page()
            page.goto(server)
            page.get_by_label("Start from a profile of the data folder").select_option("maria-lopez.yaml")
            page.get_by_role("button", name="Load", exact=True).click()
            expect(page.get_by_label("Patient's name")).to_have_value("Maria Lopez")
            started = time.perf_counter()
            page.get_by_role("button", name="Make the plan").click()
            expect(page.locator("h1")).to_have_text("Home program for Maria Lopez")
            print(f"preview with thumbnails in the browser: {(time.perf_counter() - started) * 1000:.0f} ms")

            thumbs = page.locator("ol.thumbs li.thumb")
            count = thumbs.count()
            assert count >= 3
            expect(page.locator("#handout-title")).to_have_text(f"The handout: {count} pages")
            # Beside the plan, not below it, on a laptop screen.
            aside = page.locator("aside.handout").bounding_box()
            plan = page.locator("#program-title").bounding_box()
            assert aside["x"] > plan["x"] + plan["width"], (aside, plan)
            assert aside["x"] + aside["width"] <= 1366
            for index in range(count):
                image = thumbs.nth(index).locator("img.small")
                expect(image).to_have_attribute("alt", re.compile(rf"^Page {index + 1} of {count}: .+"))
                expect(thumbs.nth(index).locator("figcaption strong")).to_have_text(f"Page {index + 1}")
                box = image.bounding_box()
                assert 150 <= box["width"] <= 200, box
                image.scroll_into_view_if_needed()
                page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=image.element_handle())
                assert image.evaluate("i => i.naturalWidth") == 350
            literacy = page.locator("details.literacy")
            expect(literacy.locator("summary")).to_contain_text("Health-literacy check")
            expect(literacy.locator("li.criterion").first).to_be_attached()
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(OUTPUT / "browser-6-preview-laptop.png"))
            shot(page, "6-preview")

            # A click opens page 2 larger, over the page; its links go on and back.
            thumbs.nth(1).locator("a.open").click()
            second = page.locator("#page-2")
            assert second.evaluate("e => getComputedStyle(e).position") == "fixed"
            large = second.locator("img.large")
            page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=large.element_handle())
            assert large.evaluate("i => i.naturalWidth") == 816
            big = large.bounding_box()
            assert big["width"] > 600, big
            assert second.locator("img.small").bounding_box() is None, "the small one hidden"
            page.screenshot(path=str(OUTPUT / "browser-7-page-larger.png"))
            second.get_by_role("link", name="Next page").click()
            assert page.locator("#page-3").evaluate("e => getComputedStyle(e).position") == "fixed"
            page.locator("#page-3").get_by_role("link", name="Back to the pages").click()
            assert page.locator("#page-3").evaluate("e => getComputedStyle(e).position") == "static"
            assert page.locator("#page-2").evaluate("e => getComputedStyle(e).position") == "static"

            # The keyboard alone: focus the first page's link, Enter opens it, with a visible focus.
            first = thumbs.nth(0).locator("a.open")
            first.focus()
            outline = first.evaluate("a => getComputedStyle(a).outlineStyle")
            assert outline == "solid", outline
            page.keyboard.press("Enter")
            assert page.locator("#page-1").evaluate("e => getComputedStyle(e).position") == "fixed"
            # Tab goes on to the large page's own links (never to a page hidden behind it).
            for _ in range(2):
                page.keyboard.press("Tab")
                assert page.evaluate("document.activeElement.closest('li.thumb').id") == "page-1"
                if page.evaluate("document.activeElement.textContent") == "Back to the pages":
                    break
            assert page.evaluate("document.activeElement.textContent") == "Back to the pages"
            page.screenshot(path=str(OUTPUT / "browser-8-page-keyboard.png"))
            page.keyboard.press("Enter")
            assert page.locator("#page-1").evaluate("e => getComputedStyle(e).position") == "static"

            with page.expect_download() as info:
                page.locator("aside.handout").get_by_role("button", name="Download PDF").click()
            pdf = OUTPUT / "browser-preview.pdf"
            info.value.save_as(str(pdf))
        finally:
            browser.close()
    pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) == count
