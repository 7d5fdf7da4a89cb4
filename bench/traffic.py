"""A realistic mix of visitors against a running stack, each request recorded.

Clients run closed loops (no pause between requests): most read news and the
corporate pages, some vote in the home page's poll, answer the questionnaire,
write feedback or ask for a quote (each after viewing the form's page), the
pages' script sends engagement events, and one client is a marketer who keeps
refreshing the audience and customer reports.

Every client is a stream of new visitors: each flow comes from its own address
(through the trusted proxy header) and without cookies, as the spam checks
expect of distinct people. Whatever a submission stores carries a marker the
generator remembers (an e-mail, an attempt id, the visitor id the vote cookie
names, an engagement event's target and measures), so that accounting can find
the one row each answered request must have left.
"""

import asyncio
import json
import random
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
TIMEOUT = 30  # gunicorn's own worker timeout
# Flows and their weights; the marketer is a client of its own.
MIX = {
    "news": 45,
    "page": 20,
    "beacon": 15,
    "vote": 8,
    "questionnaire": 4,
    "feedback": 4,
    "request": 4,
}
KINDS = (*MIX, "report")
MARKETER_PAUSE = 1.0  # seconds between two refreshes of the reports

# What the load needs to know of the site, printed as JSON by `manage.py shell`.
SETUP = """
import json
from django.contrib.auth.models import Group, User
from django.urls import reverse
from cms.models import HomePage, NewsIndexPage, NewsPage
from surveys.models import FeedbackPage, Feedback, QuestionnairePage, ServiceRequestPage
from surveys.spam import form_timestamp
from wagtail.models import Page

def path(page):
    return page.get_url_parts()[2]

pages = [p.specific for p in Page.objects.live().filter(depth__gt=1)]
corporate = [path(p) for p in pages if not isinstance(p, (NewsPage, NewsIndexPage))]
news = [path(p) for p in pages if isinstance(p, (NewsPage, NewsIndexPage))]
polls = []
for home in HomePage.objects.live().filter(featured_poll__isnull=False):
    poll = home.featured_poll
    polls.append({"id": poll.id, "choices": list(poll.choices.values_list("id", flat=True)),
                  "page": home.id, "path": path(home),
                  "lang": home.locale.language_code})
survey = QuestionnairePage.objects.live().filter(locale__language_code="en").first()
questions = [{"name": q.clean_name, "type": q.field_type, "required": q.required,
              "choices": [c.strip() for c in q.choices.splitlines() if c.strip()],
              "show_if": q.show_if_question}
             for q in survey.questions.all()]
feedback = FeedbackPage.objects.live().filter(locale__language_code="en").first()
quote = ServiceRequestPage.objects.live().filter(locale__language_code="en").first()
request_fields = [
    {"name": f"field_{i}", **{k: b.value.get(k) for k in ("field_type", "required", "choices")}}
    for i, b in enumerate(quote.request_type.fields)
]
marketer, _ = User.objects.get_or_create(username="load-marketer")
marketer.set_password("load-marketer-password")
marketer.save()
marketer.groups.add(Group.objects.get(name="Marketers"))
print(json.dumps({
    "news": news, "corporate": corporate, "polls": polls,
    "questionnaire": {"id": survey.id, "path": path(survey), "questions": questions,
                      "identified": survey.identified},
    "feedback": {"id": feedback.id, "path": path(feedback),
                 "kinds": [k for k, _ in Feedback.Kind.choices]},
    "request": {"type": quote.request_type_id, "page": quote.id, "path": path(quote),
                "fields": request_fields},
    "marketer": ["load-marketer", "load-marketer-password"],
    "reports": [reverse("analytics_reports:data") + "?days=7",
                reverse("analytics_reports:realtime"), reverse("crm_dashboard:index")],
    "rendered": form_timestamp(),
}))
"""


@dataclass
class Response:
    status: int  # 0: no answer (refused, reset, timed out)
    headers: dict
    body: bytes
    error: str = ""

    def cookie(self, name):
        for value in self.headers.get("set-cookie", []):
            if value.startswith(name + "="):
                return value[len(name) + 1 :].split(";", 1)[0]
        return None

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return {}


async def fetch(port, method, path, headers=None, body=b""):
    """One HTTP/1.1 request on a new connection (gunicorn's sync workers close
    every connection anyway)."""
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        "Connection: close",
        f"User-Agent: {USER_AGENT}",
    ]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
    writer = None
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", port), TIMEOUT
        )
        writer.write(data)
        raw = await asyncio.wait_for(reader.read(), TIMEOUT)
    except (OSError, TimeoutError) as error:
        return Response(0, {}, b"", error=type(error).__name__)
    finally:
        if writer is not None:
            writer.close()
    return parse(raw)


def parse(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return Response(0, {}, raw, error="bad response")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    if "chunked" in headers.get("transfer-encoding", [""])[0]:
        body = unchunk(body)
    return Response(status, headers, body)


def unchunk(body):
    out = bytearray()
    while body:
        size, _, rest = body.partition(b"\r\n")
        length = int(size.split(b";")[0] or b"0", 16)
        if not length:
            break
        out += rest[:length]
        body = rest[length + 2 :]
    return bytes(out)


def is_clean_error_page(response):
    """A server error page a visitor may see: the site's own page (or JSON), no
    traceback, no bare server message."""
    text = response.body[:200_000]
    kind = response.headers.get("content-type", [""])[0]
    return b"Traceback" not in text and (
        ("html" in kind and b"<html" in text.lower()) or "json" in kind
    )


@dataclass
class Record:
    kind: str
    status: int
    ms: float
    start: float  # seconds since the run began
    path: str = ""
    marker: object = None
    error: str = ""
    clean: bool = True  # for 5xx: whether the page was the site's own


@dataclass
class Run:
    """Everything one load run did and saw."""

    tag: str
    clients: int
    seconds: float
    started_at: float = 0.0  # time.time() at the start
    records: list = field(default_factory=list)

    def of(self, kind):
        return [r for r in self.records if r.kind == kind]


class Generator:
    """Runs `clients` closed-loop clients for `seconds` in a thread of its own, so
    that the caller can break things meanwhile (start(), then join())."""

    def __init__(self, port, site, tag, clients, seconds, seed=1, first_address=0):
        self.port = port
        self.site = site
        self.run = Run(tag=tag, clients=clients, seconds=seconds)
        self.rng = random.Random(seed)
        self.next_address = first_address
        self.sequence = 0
        self.thread = None
        self.error = None
        self.origin = f"http://127.0.0.1:{port}"

    def start(self):
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._main, daemon=True)
        self.thread.start()
        self.ready.wait()
        return self

    def join(self):
        self.thread.join()
        if self.error:
            raise self.error
        return self.run

    def _main(self):
        try:
            asyncio.run(self.main())
        except BaseException as error:  # handed to join()
            self.error = error
            self.ready.set()

    def elapsed(self):
        return time.time() - self.run.started_at

    async def main(self):
        self.run.started_at = time.time()
        self.deadline = time.monotonic() + self.run.seconds
        self.ready.set()
        tasks = [self.marketer()] + [
            self.visitor(index) for index in range(1, self.run.clients)
        ]
        await asyncio.gather(*tasks)

    # Requests

    def address(self):
        """A new visitor's address: 10.x.y.z, never the same twice in a stack."""
        self.next_address += 1
        n = self.next_address
        return f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"

    async def send(self, kind, method, path, headers=None, body=b"", marker=None):
        started = time.monotonic()
        start = self.elapsed()
        response = await fetch(self.port, method, path, headers, body)
        record = Record(
            kind,
            response.status,
            (time.monotonic() - started) * 1000,
            start,
            path=path,
            marker=marker,
            error=response.error,
        )
        if response.status >= 500:
            record.clean = is_clean_error_page(response)
        self.run.records.append(record)
        return response, record

    def post_headers(self, address, referer):
        return {
            "X-Forwarded-For": address,
            "Origin": self.origin,
            "Referer": self.origin + referer,
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }

    # Flows

    async def visitor(self, index):
        rng = random.Random(self.rng.random())
        flows = list(MIX)
        weights = [MIX[name] for name in flows]
        while time.monotonic() < self.deadline:
            flow = rng.choices(flows, weights)[0]
            await getattr(self, flow)(rng, index)

    async def view(self, kind, path, address):
        return await self.send(kind, "GET", path, {"X-Forwarded-For": address})

    async def news(self, rng, index):
        await self.view("news", rng.choice(self.site["news"]), self.address())

    async def page(self, rng, index):
        await self.view("page", rng.choice(self.site["corporate"]), self.address())

    async def beacon(self, rng, index):
        """The page script's engagement event, told apart by its target (the
        client) and its measures (the client's sequence number)."""
        self.sequence += 1
        number = self.sequence
        target = f"{self.run.tag}-{index}"
        seconds, depth = number % 30000, (number // 30000) % 101
        body = json.dumps(
            {
                "n": "engagement",
                "u": self.origin + rng.choice(self.site["news"]),
                "es": seconds,
                "sd": depth,
                "t": target,
            }
        ).encode()
        headers = {
            "X-Forwarded-For": self.address(),
            "Content-Type": "text/plain;charset=UTF-8",
        }
        await self.send(
            "beacon",
            "POST",
            "/analytics/event/",
            headers,
            body,
            marker=(target, seconds, depth),
        )

    async def vote(self, rng, index):
        poll = rng.choice(self.site["polls"])
        address = self.address()
        await self.view("page", poll["path"], address)
        choice = rng.choice(poll["choices"])
        body = urlencode(
            {
                "choice": choice,
                "website": "",
                "rendered": self.site["rendered"],
                "next": poll["path"],
                "page": poll["page"],
            }
        ).encode()
        response, record = await self.send(
            "vote",
            "POST",
            f"/{poll['lang']}/surveys/polls/{poll['id']}/vote/",
            self.post_headers(address, poll["path"]),
            body,
        )
        cookie = response.cookie("portal_visitor") or ""
        # The signed cookie is "<visitor id>:<signature>": the id is stored.
        record.marker = (poll["id"], choice, cookie.split(":")[0] or None)

    async def questionnaire(self, rng, index):
        survey = self.site["questionnaire"]
        address = self.address()
        await self.view("page", survey["path"], address)
        attempt = str(uuid.uuid4())
        data = {"attempt": attempt, "website": "", "rendered": self.site["rendered"]}
        for question in survey["questions"]:
            value = answer(rng, question, attempt)
            if value is not None:
                data[question["name"]] = value
        if survey["identified"]:
            data.update(contact(self.run.tag, "q", attempt))
        await self.send(
            "questionnaire",
            "POST",
            f"/en/surveys/questionnaires/{survey['id']}/",
            self.post_headers(address, survey["path"]),
            urlencode(data, doseq=True).encode(),
            marker=attempt,
        )

    async def feedback(self, rng, index):
        page = self.site["feedback"]
        address = self.address()
        await self.view("page", page["path"], address)
        marker = uuid.uuid4().hex[:12]
        data = {
            "kind": rng.choice(page["kinds"]),
            "message": f"Load test message {marker}: the crane hums.",
            "website": "",
            "rendered": self.site["rendered"],
            "page": page["id"],
            **contact(self.run.tag, "f", marker),
        }
        await self.send(
            "feedback",
            "POST",
            "/en/surveys/feedback/",
            self.post_headers(address, page["path"]),
            urlencode(data).encode(),
            marker=(data["email"], data["kind"]),
        )

    async def request(self, rng, index):
        spec = self.site["request"]
        address = self.address()
        await self.view("page", spec["path"], address)
        marker = uuid.uuid4().hex[:12]
        data = {
            "website": "",
            "rendered": self.site["rendered"],
            "page": spec["page"],
            **contact(self.run.tag, "r", marker),
        }
        for spec_field in spec["fields"]:
            data[spec_field["name"]] = request_answer(rng, spec_field, marker)
        response, record = await self.send(
            "request",
            "POST",
            f"/en/surveys/requests/{spec['type']}/",
            self.post_headers(address, spec["path"]),
            urlencode(data).encode(),
        )
        record.marker = (data["email"], response.json().get("reference"))

    async def marketer(self):
        """Refreshes the reports until the run ends (signed in by sign_in())."""
        while time.monotonic() < self.deadline:
            for path in self.site["reports"]:
                headers = {"Cookie": self.site["marketer_cookies"]}
                await self.send("report", "GET", path, headers)
            await asyncio.sleep(MARKETER_PAUSE)


def sign_in(port, site):
    """The marketer's session cookies, from the admin's login form."""

    async def steps():
        origin = f"http://127.0.0.1:{port}"
        login = "/admin/login/"
        response = await fetch(port, "GET", login)
        csrf = response.cookie("csrftoken") or ""
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.body)
        username, password = site["marketer"]
        body = urlencode(
            {
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": token.group(1).decode() if token else "",
                "next": "/admin/",
            }
        ).encode()
        response = await fetch(
            port,
            "POST",
            login,
            {
                "Cookie": f"csrftoken={csrf}",
                "Origin": origin,
                "Referer": origin + login,
                "Content-Type": "application/x-www-form-urlencoded",
            },
            body,
        )
        session = response.cookie("sessionid")
        if response.status != 302 or not session:
            raise RuntimeError(f"the marketer could not sign in ({response.status})")
        return f"csrftoken={csrf}; sessionid={session}"

    site["marketer_cookies"] = asyncio.run(steps())


def contact(tag, kind, marker):
    return {
        "name": "Load Tester",
        "email": f"{tag}-{kind}-{marker}@load.example",
        "consent": "on",
    }


def answer(rng, question, marker):
    """A plausible answer to a questionnaire question; None to leave it out."""
    kind = question["type"]
    if question["show_if"]:
        return None  # hidden unless an earlier answer shows it; "No" keeps it so
    if kind == "nps":
        return str(rng.randint(0, 10))
    if kind == "rating":
        return str(rng.randint(1, 5))
    if kind == "radio" and question["choices"]:
        return question["choices"][-1]
    if kind == "checkboxes" and question["choices"]:
        return [question["choices"][0]]
    if kind == "dropdown" and question["choices"]:
        return question["choices"][0]
    if kind in ("multiline", "singleline"):
        return f"Load test answer {marker}"
    if kind == "checkbox":
        return "on"
    if kind == "email":
        return f"{marker}@load.example"
    if question["required"]:
        return {"number": "3", "date": "2026-11-01", "phone": "+7 900 000-00-00"}.get(
            kind, "yes"
        )
    return None


def request_answer(rng, spec, marker):
    kind = spec["field_type"]
    if kind == "choice":
        raw = spec.get("choices") or ""
        separator = "\n" if "\n" in raw else ","
        values = [value.strip() for value in raw.split(separator) if value.strip()]
        return rng.choice(values) if values else ""
    if kind == "number":
        return str(rng.randint(1, 20))
    if kind == "date":
        return "2026-12-15"
    return f"Load test request {marker}"


def warm_up(port, site, pages=0, parallel=6):
    """View every page of the mix once (filling the page cache, as production
    traffic would have long before); pages that do not answer 200 are left out.
    With `pages`, the mix keeps only that many news and corporate pages."""
    if pages:
        for key in ("news", "corporate"):
            site[key] = sorted(site[key])[:pages]
    for poll in site["polls"]:
        site["corporate"] = sorted({*site["corporate"], poll["path"]})
    for key in ("questionnaire", "feedback", "request"):
        site["corporate"] = sorted({*site["corporate"], site[key]["path"]})

    async def view_all():
        paths = sorted(set(site["news"] + site["corporate"]))
        queue = asyncio.Queue()
        for path in paths:
            queue.put_nowait(path)
        found = {}

        async def viewer():
            while not queue.empty():
                path = queue.get_nowait()
                headers = {"X-Forwarded-For": "192.0.2.1"}
                found[path] = (await fetch(port, "GET", path, headers)).status

        await asyncio.gather(*[viewer() for _ in range(parallel)])
        return found

    statuses = asyncio.run(view_all())
    for key in ("news", "corporate"):
        site[key] = [path for path in site[key] if statuses[path] == 200]
    return {path: status for path, status in statuses.items() if status != 200}


def quote_paths(site):
    """Page paths as a browser sends them (percent-encoded, as the hits store them)."""
    for key in ("news", "corporate"):
        site[key] = [quote(path, safe="/%") for path in site[key]]
    for poll in site["polls"]:
        poll["path"] = quote(poll["path"], safe="/%")
    for key in ("questionnaire", "feedback", "request"):
        site[key]["path"] = quote(site[key]["path"], safe="/%")
    return site


def percentile(values, share):
    if not values:
        return 0.0
    values = sorted(values)
    index = min(len(values) - 1, max(0, round(share * (len(values) - 1))))
    return values[index]


def summary(run, kinds=KINDS):
    """Per kind: requests, per second, 2xx, 3xx, 4xx, 5xx, no answer, p50/95/99."""
    rows = {}
    for kind in kinds:
        records = run.of(kind)
        latencies = [r.ms for r in records]
        rows[kind] = {
            "requests": len(records),
            "rps": len(records) / run.seconds,
            "2xx": sum(200 <= r.status < 300 for r in records),
            "3xx": sum(300 <= r.status < 400 for r in records),
            "4xx": sum(400 <= r.status < 500 for r in records),
            "5xx": sum(r.status >= 500 for r in records),
            "no_answer": sum(r.status == 0 for r in records),
            "p50": percentile(latencies, 0.50),
            "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99),
        }
    everything = [r.ms for r in run.records]
    rows["all"] = {
        "requests": len(run.records),
        "rps": len(run.records) / run.seconds,
        **{
            name: sum(row[name] for row in rows.values())
            for name in ("2xx", "3xx", "4xx", "5xx", "no_answer")
        },
        "p50": percentile(everything, 0.50),
        "p95": percentile(everything, 0.95),
        "p99": percentile(everything, 0.99),
    }
    return rows


def format_summary(rows):
    lines = [
        f"{'kind':<14}{'requests':>9}{'req/s':>8}{'2xx':>7}{'4xx':>6}{'5xx':>6}"
        f"{'none':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    ]
    for kind, row in rows.items():
        lines.append(
            f"{kind:<14}{row['requests']:>9}{row['rps']:>8.1f}{row['2xx']:>7}"
            f"{row['4xx']:>6}{row['5xx']:>6}{row['no_answer']:>6}"
            f"{row['p50']:>9.0f}{row['p95']:>9.0f}{row['p99']:>9.0f}"
        )
    return "\n".join(lines)
