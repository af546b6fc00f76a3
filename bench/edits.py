"""The first render after an edit, measured as it happens: an editor saves a change to an
incident of the story, and the story page and the incident list are then asked for at once.
Prints the median milliseconds of each: "story_ms list_ms".

Usage: edits.py BASE_URL ADMIN_PASSWORD STORY_PATH ROUNDS"""

import html
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser

base, password, story, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def get(path):
    with opener.open(base + path) as response:
        return response.read().decode("utf-8")


def post(path, fields):
    """The status of the answer, and for a refused form the problems it names."""
    data = urllib.parse.urlencode([tuple(f) for f in fields]).encode()
    try:
        with opener.open(base + path, data) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        problems = re.findall(r'<p class="field-error"[^>]*>([^<]*)</p>', body)
        return error.code, "; ".join(html.unescape(p) for p in problems)


class Form(HTMLParser):
    """The fields a browser would submit for the form posting to one action."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.select, self.text = action, False, [], None, None
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "form":
            self.inside = a.get("action") == self.action
            return
        if not self.inside:
            return
        if tag == "input" and "name" in a:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button"):
                self.fields.append([a["name"], a.get("value", "")])
        elif tag == "select" and "name" in a:
            self.select = [a["name"], None, None]
        elif tag == "option" and self.select is not None:
            if self.select[2] is None:
                self.select[2] = a.get("value", "")
            if "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea" and "name" in a:
            self.text = [a["name"], ""]

    def handle_data(self, data):
        if self.text is not None:
            self.text[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self.select is not None:
            value = self.select[1] if self.select[1] is not None else self.select[2]
            if value is not None:
                self.fields.append([self.select[0], value])
            self.select = None
        elif tag == "textarea" and self.text is not None:
            self.fields.append(self.text)
            self.text = None
        elif tag == "form":
            self.inside = False


def form(page, action):
    parser = Form(action)
    parser.feed(get(page))
    return parser


login = form("/admin/login", "/admin/login")
fields = [f for f in login.fields if f[0] not in ("username", "password")]
fields += [["username", "admin"], ["password", password]]
assert post("/admin/login", fields)[0] == 303, "could not sign in"

public = form(story, None)
incident = next(link for link in public.links if link.startswith("/incidents/"))
title = html.unescape(get(incident).split("<h1>", 1)[1].split("</h1>", 1)[0])
listing = form("/admin/incidents?" + urllib.parse.urlencode({"q": title}), None)
edit = next(link for link in listing.links if link.endswith("/edit"))
action = edit[: -len("/edit")]

story_times, list_times = [], []
for n in range(rounds):
    parsed = form(edit, action)
    fields = [[k, v] for k, v in parsed.fields]
    for field in fields:
        if field[0] == "summary":
            field[1] = field[1].split(" (edit ")[0] + f" (edit {n})"
    fields.append(["note", f"Benchmark edit {n}"])
    status, problems = post(action, fields)
    assert status == 303, f"the save of {action} answered {status}: {problems}"
    started = time.perf_counter()
    get(story)
    story_times.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    get("/incidents")
    list_times.append((time.perf_counter() - started) * 1000)
print(f"{statistics.median(story_times):.2f} {statistics.median(list_times):.2f}")
