"""Customer records at scale: 100,000 stored submissions (by default) aggregated
by one real Celery worker, against the rate at which the same rows are merely
bulk-inserted into PostgreSQL in the same run; then the full rebuild, its memory
sampled as it goes. Goals: the aggregation at least a quarter of the bulk
insert's rows per second; the rebuild in constant memory (its peak RSS at the
end under 30 MB above its peak at a tenth of the way).

    python -m bench.crm [--count 100000] [--keep]

The submissions are a realistic mix: feedback of every kind (60 %), service
requests of three types (25 %) and answers to a questionnaire with an NPS and a
rating question (15 %), from about 0.6 x count people who write their e-mail
in different case and spacing, their phone as +7 or 8, some with a company,
and some anonymous submissions. The generator knows who is who, so the records
are checked too: one customer per person with an e-mail or phone, one timeline
event per identified submission, the cases expected, nothing left unaggregated.

It creates (and drops, unless --keep) its own database, portal_bench_crm, and
uses its own Redis database (BENCH_CRM_REDIS_URL, default
redis://127.0.0.1:6379/13) so that no other benchmark's worker takes its task.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import redis

from bench.harness import (
    POSTGRES_URL,
    ROOT,
    create_database,
    environment,
    manage,
    record,
)
from tests.commands import WORKER

DATABASE = "portal_bench_crm"
URL = f"{POSTGRES_URL}/{DATABASE}"
REDIS_URL = os.environ.get("BENCH_CRM_REDIS_URL", "redis://127.0.0.1:6379/13")
GOAL_RATIO = 0.25
GOAL_RSS_GROWTH_MB = 30
BATCH = 1000  # rows per bulk_create, as the aggregation takes them

SHARES = [("feedback", 0.60), ("request", 0.25), ("response", 0.15)]
PEOPLE_SHARE = 0.6  # distinct people per submission
ANONYMOUS_SHARE = 0.08  # submissions without an e-mail or a phone
# Who people are: both an e-mail and a phone, an e-mail only, a phone only.
PERSONAS = [("both", 0.45), ("email", 0.40), ("phone", 0.15)]
COMPANY_SHARE = 0.2  # of the people with an e-mail: at a company's own domain
FEEDBACK_KINDS = [("complaint", 0.25), ("wish", 0.2), ("question", 0.3)]
FEEDBACK_KINDS += [("praise", 0.25)]
CHANNELS = [("web", 0.8), ("phone", 0.1), ("email", 0.07), ("in_person", 0.03)]
REQUEST_TYPES = ["Request a quote", "Order a callback", "Book a service visit"]
CONSENT = "I agree that my answers and contact details are processed."

FIRST = "ivan anna sergey olga dmitry elena alexey maria pavel natalia".split()
FIRST += "john emily michael sarah david laura peter kate".split()
LAST = "petrov ivanova smirnov kuznetsova popov sokolova lebedev kozlova".split()
LAST += "novikov morozova smith jones brown taylor wilson evans".split()
PUBLIC_DOMAINS = ["gmail.com", "mail.ru", "yandex.ru", "outlook.com", "bk.ru"]
STEMS = "Techno Stroy Agro Energo Neft Tele Med Avto Gidro Termo Elektro Metall"
ENDINGS = "prom mash servis invest trade logistik soft snab kran montazh"
REGIONS = ["", " Yug", " Sever", " Ural", " Sibir"]
LEGAL = ["ООО «{}»", "{}", "{} LLC", 'OOO "{}"', "АО {}"]
PRODUCTS = ["overhead crane", "gantry crane", "jib crane", "hoist", "spare parts"]
WORDS = """the crane delivery arrived on time late broken service engineer call
    please thank you quote price warranty parts repair installation manual order
    contract invoice site visit hoist rope brake remote control noise""".split()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    return parser.parse_args()


def weighted(rng, choices):
    return rng.choices([c for c, _w in choices], [w for _c, w in choices])[0]


def text(rng, low, high):
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high))).capitalize() + "."


class People:
    """The people behind the submissions, and their details spelled as people
    type them: the same person is one customer however they wrote it."""

    def __init__(self, rng, count):
        self.rng = rng
        companies = [
            s + e + r for s in STEMS.split() for e in ENDINGS.split() for r in REGIONS
        ]
        rng.shuffle(companies)
        self.people = []
        for n in range(count):
            persona = weighted(rng, PERSONAS)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            company = domain = ""
            if persona != "phone" and rng.random() < COMPANY_SHARE:
                company = rng.choice(companies[:300])
                domain = company.lower().replace(" ", "-") + ".ru"
            # The number after "_" keeps every address distinct once normalised
            # (Gmail's dots and case folded).
            email = f"{first}.{last}_{n}@{domain or rng.choice(PUBLIC_DOMAINS)}"
            self.people.append(
                {
                    "name": f"{first.capitalize()} {last.capitalize()}",
                    "email": email if persona != "phone" else "",
                    "phone": f"9{n:09d}" if persona != "email" else "",
                    "company": company,
                    "locale": "ru" if rng.random() < 0.7 else "en",
                }
            )

    def contact(self, n):
        """(name, email, phone, company, locale) as person n writes them this time."""
        person, rng = self.people[n], self.rng
        email, phone = person["email"], person["phone"]
        if email:
            email = self.spell_email(email)
            if phone and rng.random() < 0.3:
                phone = ""  # people with an e-mail often leave the phone out
        if phone:
            phone = self.spell_phone(phone)
        company = ""
        if person["company"] and rng.random() < 0.7:
            company = rng.choice(LEGAL).format(person["company"])
        name = person["name"] if rng.random() < 0.9 else ""
        return name, email, phone, company, person["locale"]

    def spell_email(self, email):
        rng = self.rng
        local, _, domain = email.partition("@")
        how = rng.random()
        if how < 0.5:
            return email
        if how < 0.65:
            return email.upper()
        if how < 0.8:
            return f"  {local.title()}@{domain.capitalize()} "
        if domain == "gmail.com":
            tag = rng.choice(["", "+shop", "+crm"])
            return f"{local.replace('.', '')}{tag}@{rng.choice(['gmail.com', 'googlemail.com'])}"
        return f" {email} "

    def spell_phone(self, digits):
        a, b, c, d = digits[:3], digits[3:6], digits[6:8], digits[8:]
        return self.rng.choice(
            [
                f"+7 ({a}) {b}-{c}-{d}",
                f"8 {a} {b} {c} {d}",
                f"8{digits}",
                f"+7{digits}",
                f"7 {a} {b}{c}{d}",
                f"8-{a}-{b}-{c}-{d}",
            ]
        )


def prepare():
    create_database(DATABASE, fresh=True)
    redis.Redis.from_url(REDIS_URL).flushdb()
    print("Migrating...", flush=True)
    manage("migrate", "--noinput", "-v0", DATABASE_URL=URL, REDIS_URL=REDIS_URL)


def drop():
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def questionnaire():
    """A published questionnaire with an NPS, a rating and a comment question;
    returns the page and the answers' keys."""
    from wagtail.models import Page

    from surveys.models import Question, QuestionnairePage

    page = QuestionnairePage(title="How did we do?", slug="how-did-we-do")
    page.identified = True
    page.questions = [
        Question(label="How likely are you to recommend us?", field_type="nps"),
        Question(label="How satisfied are you with the service?", field_type="rating"),
        Question(label="What could we do better?", field_type="multiline"),
    ]
    Page.get_first_root_node().add_child(instance=page)
    page.save_revision().publish()
    nps, rating, comment = (q.clean_name for q in page.questions.all())
    return page, nps, rating, comment


def generate(count, seed):
    """Bulk-insert `count` submissions in batches of BATCH (no signals fire, so
    nothing is queued); returns the seconds spent in bulk_create and what the
    records must come to."""
    from surveys.models import (
        Feedback,
        QuestionnaireResponse,
        RequestType,
        ServiceRequest,
    )

    rng = random.Random(seed)
    people = People(rng, round(count * PEOPLE_SHARE))
    page, nps_key, rating_key, comment_key = questionnaire()
    types = [RequestType.objects.create(name=name) for name in REQUEST_TYPES]

    # Every person submits at least once; the rest are repeat visitors, a few
    # of them often.
    identified = count - round(count * ANONYMOUS_SHARE)
    total = len(people.people)
    who = list(range(total))
    who += [int(total * rng.random() ** 2) for _ in range(identified - total)]
    who += [None] * (count - identified)
    rng.shuffle(who)

    expected = {"events": 0, "cases": 0, "anonymous": 0}
    buffers = {Feedback: [], ServiceRequest: [], QuestionnaireResponse: []}
    seconds = 0.0

    def flush(model):
        nonlocal seconds
        began = time.perf_counter()
        model.objects.bulk_create(buffers[model])
        seconds += time.perf_counter() - began
        buffers[model].clear()

    for n, person in enumerate(who):
        if person is None:
            name = email = phone = company = ""
            locale = rng.choice(["ru", "en"])
            expected["anonymous"] += 1
        else:
            name, email, phone, company, locale = people.contact(person)
            expected["events"] += 1
        consent = CONSENT if person is not None else ""
        kind = weighted(rng, SHARES)
        if kind == "feedback":
            feedback_kind = weighted(rng, FEEDBACK_KINDS)
            expected["cases"] += feedback_kind != "praise"
            row = Feedback(
                kind=feedback_kind,
                message=text(rng, 8, 80),
                channel=weighted(rng, CHANNELS),
                name=name,
                email=email,
                phone=phone,
                company=company,
                consent_text=consent,
                locale=locale,
            )
        elif kind == "request":
            expected["cases"] += 1
            row = ServiceRequest(
                request_type=rng.choice(types),
                reference=f"B-{n:07d}",  # save() derives it; bulk_create does not
                data={
                    "Product": rng.choice(PRODUCTS),
                    "Quantity": rng.randint(1, 5),
                    "Comment": text(rng, 3, 30),
                },
                name=name,
                email=email,
                phone=phone,
                company=company,
                consent_text=consent,
                locale=locale,
            )
        else:
            nps, rating = rng.randint(0, 10), rng.randint(1, 5)
            expected["cases"] += nps <= 6 or rating <= 2
            row = QuestionnaireResponse(
                page=page,
                form_data={
                    nps_key: str(nps),
                    rating_key: str(rating),
                    comment_key: text(rng, 0, 25) if rng.random() < 0.4 else "",
                },
                respondent_name=name,
                respondent_email=email,
                respondent_phone=phone,
                respondent_company=company,
                consent_text=consent if person is not None else "",
                locale=locale,
            )
        buffers[type(row)].append(row)
        if len(buffers[type(row)]) == BATCH:
            flush(type(row))
        if n % 20_000 == 19_999:
            print(f"  {n + 1:,} of {count:,} ({seconds:.1f} s inserting)", flush=True)
    for model, rows in buffers.items():
        if rows:
            flush(model)

    from django.db import connection

    with connection.cursor() as cursor:
        for model in buffers:
            cursor.execute(f"VACUUM (ANALYZE) {model._meta.db_table}")
    seen = {n for n in who if n is not None}
    expected["customers"] = sum(
        1 for n in seen if people.people[n]["email"] or people.people[n]["phone"]
    )
    expected["submissions"] = count
    return seconds, expected


def database():
    return psycopg.connect(URL, autocommit=True)


def aggregated():
    with database() as connection:
        return connection.execute("SELECT count(*) FROM crm_aggregated").fetchone()[0]


def start_worker():
    """One production worker process: one task at a time, no beat."""
    return subprocess.Popen(
        [*WORKER, "--concurrency", "1", "--pool", "solo", "-Q", "celery"]
        + ["--loglevel", "warning", "--without-heartbeat", "--without-gossip"],
        cwd=ROOT,
        env=environment(DATABASE_URL=URL, REDIS_URL=REDIS_URL),
        executable=shutil.which("celery", path=str(Path(sys.executable).parent)),
    )


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until_ready(app, worker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError("the Celery worker exited while starting")
        if app.control.ping(timeout=0.5):
            return
    raise RuntimeError(f"the Celery worker did not answer within {timeout} s")


def aggregate_with_worker(count):
    """Seconds from queueing crm.sweep_submissions once until every submission
    is aggregated, with one worker process."""
    from crm.tasks import sweep_submissions
    from portal.celery import app

    worker = start_worker()
    try:
        wait_until_ready(app, worker)
        print(f"Aggregating with one worker (pid {worker.pid})...", flush=True)
        began = time.monotonic()
        sweep_submissions.delay()
        done, shown = 0, began
        while done < count:
            if worker.poll() is not None:
                raise RuntimeError("the Celery worker exited while aggregating")
            if time.monotonic() - began > max(900, count / 20):
                raise RuntimeError(f"only {done:,} of {count:,} aggregated in time")
            time.sleep(0.25)
            done = aggregated()
            if time.monotonic() - shown >= 15:
                shown = time.monotonic()
                print(
                    f"  {done:,} of {count:,} ({shown - began:.0f} s)",
                    flush=True,
                )
        return time.monotonic() - began
    finally:
        stop(worker)


REBUILD = """
import time
from crm import aggregation

def rss():
    status = open("/proc/self/status").read()
    return {k: int(v.split()[0]) for k, v in
            (line.split(":", 1) for line in status.splitlines())
            if k in ("VmRSS", "VmHWM")}

began = time.monotonic()
taken = aggregation.rebuild(progress=lambda n: print("taken", n, flush=True))
memory = rss()
print("done", taken, time.monotonic() - began, memory["VmHWM"], flush=True)
"""


def memory_kb(pid):
    """(VmRSS, VmHWM) of a process in kB; None once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    values = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    try:
        return int(values["VmRSS"].split()[0]), int(values["VmHWM"].split()[0])
    except KeyError:  # a zombie has no memory lines
        return None


def rebuild(count):
    """The full rebuild (crm.aggregation.rebuild) in its own process, its RSS
    read every 0.2 s: the peak by a tenth of the way and the peak at the end."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-c", REBUILD],
        cwd=ROOT,
        env=environment(DATABASE_URL=URL, REDIS_URL=REDIS_URL),
        stdout=subprocess.PIPE,
        text=True,
    )
    state = {"taken": 0, "done": None}

    def read():
        for line in process.stdout:
            words = line.split()
            if words[:1] == ["taken"]:
                state["taken"] = int(words[1])
            elif words[:1] == ["done"]:
                state["done"] = (int(words[1]), float(words[2]), int(words[3]))
            else:
                print(line, end="")

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    peak = at_tenth = 0
    shown = time.monotonic()
    while process.poll() is None:
        memory = memory_kb(process.pid)
        if memory:
            peak = max(peak, memory[0])
            if state["taken"] < count / 10:
                at_tenth = peak
        if time.monotonic() - shown >= 15:
            shown = time.monotonic()
            print(
                f"  {state['taken']:,} of {count:,}, RSS {peak / 1024:.0f} MB",
                flush=True,
            )
        time.sleep(0.2)
    reader.join(timeout=10)
    if process.returncode or state["done"] is None:
        raise RuntimeError(f"the rebuild failed (exit code {process.returncode})")
    taken, seconds, high_water = state["done"]
    return {
        "taken": taken,
        "seconds": seconds,
        "rss_at_tenth_mb": at_tenth / 1024,
        "rss_peak_mb": max(peak, high_water) / 1024,
    }


def check(expected, stage):
    """What the records must be: one customer per person, one event per
    identified submission, the cases, every submission marked. Returns the
    problems found."""
    with database() as connection:
        found = dict(
            zip(
                ["customers", "events", "cases", "submissions"],
                connection.execute(
                    """
                    SELECT
                        (SELECT count(*) FROM crm_customer
                         WHERE merged_into_id IS NULL),
                        (SELECT count(*) FROM crm_timelineevent),
                        (SELECT count(*) FROM crm_case),
                        (SELECT count(*) FROM crm_aggregated)
                    """
                ).fetchone(),
                strict=True,
            )
        )
    problems = [
        f"{stage}: {found[name]:,} {name}, expected {expected[name]:,}"
        for name in found
        if found[name] != expected[name]
    ]
    print(
        f"  {stage}: "
        + ", ".join(f"{found[n]:,} {n}" for n in found)
        + (" (as expected)" if not problems else "")
    )
    return problems


def main():
    args = parse_args()
    os.environ.update(environment(DATABASE_URL=URL, REDIS_URL=REDIS_URL))
    prepare()
    import django

    django.setup()

    print(f"Bulk-inserting {args.count:,} submissions...", flush=True)
    began = time.monotonic()
    insert_seconds, expected = generate(args.count, args.seed)
    insert_rate = args.count / insert_seconds
    print(
        f"  {insert_seconds:.1f} s in bulk_create ({time.monotonic() - began:.0f} s "
        f"with generating): {insert_rate:,.0f} rows/s; "
        f"{expected['customers']:,} people, {expected['anonymous']:,} anonymous",
        flush=True,
    )

    aggregate_seconds = aggregate_with_worker(args.count)
    aggregate_rate = args.count / aggregate_seconds
    ratio = aggregate_rate / insert_rate
    problems = check(expected, "after the sweep")

    print("Rebuilding every customer record (crm.aggregation.rebuild)...", flush=True)
    rebuilt = rebuild(args.count)
    rebuild_rate = rebuilt["taken"] / rebuilt["seconds"]
    growth = rebuilt["rss_peak_mb"] - rebuilt["rss_at_tenth_mb"]
    problems += check(expected, "after the rebuild")
    if rebuilt["taken"] != args.count:
        problems.append(f"the rebuild took {rebuilt['taken']:,} of {args.count:,}")

    rows = [
        ("bulk insert (baseline)", f"{insert_rate:,.0f} rows/s", ""),
        (
            "aggregation, one worker",
            f"{aggregate_rate:,.0f} rows/s",
            f"{ratio:.2f} of the baseline (goal ≥ {GOAL_RATIO})",
        ),
        ("full rebuild", f"{rebuild_rate:,.0f} rows/s", f"{rebuilt['seconds']:.0f} s"),
        (
            "rebuild RSS",
            f"{rebuilt['rss_at_tenth_mb']:.0f} → {rebuilt['rss_peak_mb']:.0f} MB",
            f"+{growth:.1f} MB from 10 % to the end (goal < {GOAL_RSS_GROWTH_MB})",
        ),
    ]
    print(f"\n{args.count:,} submissions, {expected['customers']:,} customers:")
    for name, value, note in rows:
        print(f"  {name:<26}{value:>22}   {note}")

    record(
        {
            "crm.submissions": (args.count, "rows"),
            "crm.customers": (expected["customers"], "customers"),
            "crm.bulk_insert.rows_per_second": (insert_rate, "rows/s"),
            "crm.aggregate.rows_per_second": (aggregate_rate, "rows/s"),
            "crm.aggregate.seconds": (aggregate_seconds, "s"),
            "crm.aggregate.ratio": (ratio, "ratio to bulk insert"),
            "crm.rebuild.rows_per_second": (rebuild_rate, "rows/s"),
            "crm.rebuild.seconds": (rebuilt["seconds"], "s"),
            "crm.rebuild.rss_at_tenth_mb": (rebuilt["rss_at_tenth_mb"], "MB"),
            "crm.rebuild.rss_peak_mb": (rebuilt["rss_peak_mb"], "MB"),
            "crm.rebuild.rss_growth_mb": (growth, "MB"),
        }
    )
    for problem in problems:
        print(f"WRONG: {problem}")
    failed = bool(problems) or ratio < GOAL_RATIO or growth >= GOAL_RSS_GROWTH_MB
    print(
        f"\nGoals (aggregation ≥ {GOAL_RATIO} of the bulk insert, the rebuild's "
        f"RSS growing under {GOAL_RSS_GROWTH_MB} MB, the records right): "
        + ("NOT MET" if failed else "met")
    )
    if not args.keep:
        drop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
