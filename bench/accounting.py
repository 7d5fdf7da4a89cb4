"""After a load run: let the stack drain, then prove that every answered request
left exactly one trace in each place it must.

A request answered 2xx must have exactly one stored row (found by the marker
the generator put in it), be counted once in the poll counters, the raw hits
and the daily rollups, and (when it names a person) once in the customer
records: one aggregation mark and one timeline event per submission, one
customer per e-mail address, one case where a case is due. A request that got
no answer or a 5xx may or may not have been stored: it is never counted as lost,
and a row it left is not counted as a duplicate either.
"""

import datetime
import re
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Moscow")  # the portal's TIME_ZONE: rollups are per local day
SERVER_EVENTS = {
    "vote": "poll_voted",
    "questionnaire": "questionnaire_completed",
    "feedback": "feedback_sent",
    "request": "request_sent",
}


def answered(record):
    return 200 <= record.status < 300


def unsure(record):
    """No answer or a server error: stored or not, nobody can tell."""
    return record.status == 0 or record.status >= 500


@dataclass
class Check:
    name: str
    expected: int
    found: int
    lost: int = 0
    duplicated: int = 0
    note: str = ""


@dataclass
class Accounts:
    checks: list = field(default_factory=list)

    def add(self, name, expected, found, lost, duplicated, note=""):
        self.checks.append(Check(name, expected, found, lost, duplicated, note))

    def compare(self, name, expected, found, slack=None, note=""):
        """expected, found: Counters by key; slack: by key, how many unsure
        requests might have been stored too."""
        slack = slack or Counter()
        lost = duplicated = 0
        for key in set(expected) | set(found):
            lost += max(0, expected[key] - found[key])
            duplicated += max(0, found[key] - expected[key] - slack[key])
        self.add(
            name, sum(expected.values()), sum(found.values()), lost, duplicated, note
        )

    @property
    def lost(self):
        return sum(check.lost for check in self.checks)

    @property
    def duplicated(self):
        return sum(check.duplicated for check in self.checks)

    def format(self):
        lines = [f"{'what':<44}{'expected':>9}{'found':>9}{'lost':>6}{'dup':>5}"]
        for c in self.checks:
            lines.append(
                f"{c.name:<44}{c.expected:>9}{c.found:>9}{c.lost:>6}{c.duplicated:>5}"
                + (f"  {c.note}" if c.note else "")
            )
        return "\n".join(lines)


def rows(connection, sql, params=()):
    return connection.execute(sql, params).fetchall()


def counted(connection, sql, params=()):
    return Counter({key: count for key, count in rows(connection, sql, params)})


# Before the run


def snapshot(stack):
    """What accounting compares against: the poll counters and the rollups of
    the days the run may touch."""
    with stack.connect() as connection:
        tallies = counted(
            connection,
            "SELECT poll_id::text || ':' || coalesce(choice_id::text, 'voters'), votes"
            " FROM surveys_polltally",
        )
        rollups = rollup_totals(connection, local_day(time.time()))
    return {"tallies": tallies, "rollups": rollups, "time": time.time()}


def local_day(timestamp):
    return datetime.datetime.fromtimestamp(timestamp, ZONE).date()


def rollup_totals(connection, since_day):
    """Page views and each event's count in the rollups from since_day on."""
    totals = counted(
        connection,
        "SELECT 'pageviews', coalesce(sum(pageviews), 0) FROM analytics_dailyrollup"
        " WHERE dimension = 'page' AND day >= %s",
        [since_day],
    )
    totals.update(
        counted(
            connection,
            "SELECT key, sum(events) FROM analytics_dailyrollup"
            " WHERE dimension = 'event' AND day >= %s GROUP BY key",
            [since_day],
        )
    )
    return totals


# Draining


def settle(stack, timeout=120, quiet=2.0):
    """Wait until the worker has emptied the task queue and the drain the hit
    buffers (in Redis and in the database), then count what the stack has still
    not done by itself (hits not drained, submissions not in the customer
    records) and, if anything, do it as beat would (the drain and the sweep)."""
    started = time.monotonic()
    idle_since = None
    while time.monotonic() - started < timeout:
        backlog = stack.backlog()
        if backlog["tasks"] == 0 and backlog["hits"] == 0 and not backlog["hits_in_db"]:
            # Queued is not done: the last tasks may still be running.
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since >= quiet:
                break
        else:
            idle_since = None
        time.sleep(0.25)
    waited = time.monotonic() - started
    backlog = stack.backlog()
    hits_left = (backlog["hits"] or 0) + (backlog["hits_in_db"] or 0)
    submissions_left = not_aggregated(stack)
    if hits_left:
        stack.manage("analytics_flush", capture=True)
    if submissions_left:
        for attempt in range(5):
            try:
                stack.manage("crm_sweep", capture=True)
                break
            except subprocess.CalledProcessError:
                # A task taking the same submission at that moment won the
                # unique e-mail: the sweep is simply run again.
                if attempt == 4:
                    raise
                time.sleep(1)
    return {
        "waited_s": round(waited, 1),
        "settled": waited < timeout,
        "final_drain_hits": hits_left,
        "final_sweep_submissions": submissions_left,
    }


# What the customer records take in (crm.aggregation.ADAPTERS), by table.
AGGREGATED = {
    "surveys.feedback": "surveys_feedback",
    "surveys.servicerequest": "surveys_servicerequest",
    "surveys.servicerequestevent": "surveys_servicerequestevent",
    "surveys.questionnaireresponse": "surveys_questionnaireresponse",
    "surveys.pollvote": "surveys_pollvote WHERE user_id IS NOT NULL",
    "surveys.invitation": "surveys_invitation WHERE sent_at IS NOT NULL",
}


def not_aggregated(stack):
    """Stored submissions of any kind that the customer records have not taken."""
    total = 0
    with stack.connect() as connection:
        for label, rows in AGGREGATED.items():
            table, _, condition = rows.partition(" WHERE ")
            total += connection.execute(
                f"SELECT count(*) FROM {table} s WHERE NOT EXISTS"
                f" (SELECT 1 FROM crm_aggregated a WHERE a.source = %s || s.id)"
                + (f" AND {condition}" if condition else ""),
                [label + ":"],
            ).fetchone()[0]
    return total


# After the run


def account(stack, run, before):
    accounts = Accounts()
    since = datetime.datetime.fromtimestamp(run.started_at - 1, datetime.UTC)
    with stack.connect() as connection:
        votes(accounts, connection, run, before)
        sources = submissions(accounts, connection, run)
        customers(accounts, connection, run, sources)
        hits(accounts, connection, run, since)
        rollups(accounts, connection, run, before)
        stale = connection.execute(
            "SELECT count(*) FROM analytics_dailyrollup WHERE dimension = 'stale'"
        ).fetchone()[0]
        accounts.add("days left stale in the rollups", 0, stale, 0, stale)
        mail = emails(connection, stack, run)
    return accounts, mail


def votes(accounts, connection, run, before):
    taken = [r for r in run.of("vote") if answered(r)]
    unmarked = sum(1 for r in taken if not r.marker or not r.marker[2])
    expected = Counter(r.marker[2] for r in taken if r.marker and r.marker[2])
    found = counted(
        connection,
        "SELECT visitor, count(*) FROM surveys_pollvote WHERE visitor = ANY(%s)"
        " GROUP BY visitor",
        [list(expected)],
    )
    accounts.compare("votes: rows", expected, found)
    if unmarked:
        accounts.add("votes answered without a visitor cookie", 0, unmarked, 0, 0)
    # The counters moved once per vote answered: voters and each choice.
    moved = counted(
        connection,
        "SELECT poll_id::text || ':' || coalesce(choice_id::text, 'voters'), votes"
        " FROM surveys_polltally",
    )
    moved.subtract(before["tallies"])
    expected, slack = Counter(), Counter()
    for record in run.of("vote"):
        if record.marker and (answered(record) or unsure(record)):
            poll, choice, _visitor = record.marker
            target = expected if answered(record) else slack
            target[f"{poll}:voters"] += 1
            target[f"{poll}:{choice}"] += 1
    accounts.compare("votes: poll counters", expected, +moved, slack)
    # And the counters still agree with the rows, whole polls at a time.
    disagree = rows(
        connection,
        "SELECT t.poll_id, t.votes, (SELECT count(*) FROM surveys_pollvote v"
        " WHERE v.poll_id = t.poll_id) FROM surveys_polltally t"
        " WHERE t.choice_id IS NULL",
    )
    off = sum(abs(votes - stored) for _poll, votes, stored in disagree)
    accounts.add("votes: counters against rows (difference)", 0, off, 0, off)


def submissions(accounts, connection, run):
    """Each answered submission's row, once; returns the source keys of the
    stored rows for the customer records."""
    sources = {}
    taken = [r for r in run.of("questionnaire") if answered(r)]
    expected = Counter(r.marker for r in taken)
    found = rows(
        connection,
        "SELECT attempt::text, id FROM surveys_questionnaireresponse"
        " WHERE attempt = ANY(%s::uuid[])",
        [list(expected)],
    )
    accounts.compare("questionnaires: rows", expected, Counter(a for a, _ in found))
    sources["questionnaire"] = [
        f"surveys.questionnaireresponse:{pk}" for _a, pk in found if _a in expected
    ]

    taken = [r for r in run.of("feedback") if answered(r)]
    kinds = dict(r.marker for r in taken)
    expected = Counter(list(kinds))
    found = rows(
        connection,
        "SELECT email, id FROM surveys_feedback WHERE email = ANY(%s)",
        [list(expected)],
    )
    accounts.compare("feedback: rows", expected, Counter(e for e, _ in found))
    sources["feedback"] = [(f"surveys.feedback:{pk}", kinds[e], e) for e, pk in found]

    taken = [r for r in run.of("request") if answered(r)]
    expected = Counter(r.marker[0] for r in taken)
    found = rows(
        connection,
        "SELECT email, id FROM surveys_servicerequest WHERE email = ANY(%s)",
        [list(expected)],
    )
    accounts.compare("service requests: rows", expected, Counter(e for e, _ in found))
    ids = [pk for _e, pk in found]
    statuses = rows(
        connection,
        "SELECT id, request_id FROM surveys_servicerequestevent"
        " WHERE request_id = ANY(%s)",
        [ids],
    )
    accounts.compare(
        "service requests: first status",
        Counter(ids),
        Counter(request for _id, request in statuses),
    )
    sources["request"] = [(f"surveys.servicerequest:{pk}", e) for e, pk in found]
    sources["status"] = [f"surveys.servicerequestevent:{pk}" for pk, _r in statuses]
    stored_despite_errors(accounts, connection, run)
    return sources


def stored_despite_errors(accounts, connection, run):
    """Submissions answered with an error (or not at all) that were stored all
    the same: not lost, but a visitor who sends again makes a second row."""
    unanswered = {
        kind: [r.marker for r in run.of(kind) if unsure(r) and r.marker]
        for kind in ("questionnaire", "feedback", "request")
    }
    stored = connection.execute(
        "SELECT (SELECT count(*) FROM surveys_questionnaireresponse"
        "  WHERE attempt = ANY(%s::uuid[]))"
        " + (SELECT count(*) FROM surveys_feedback WHERE email = ANY(%s))"
        " + (SELECT count(*) FROM surveys_servicerequest WHERE email = ANY(%s))",
        [
            unanswered["questionnaire"],
            [email for email, _kind in unanswered["feedback"]],
            [email for email, _reference in unanswered["request"]],
        ],
    ).fetchone()[0]
    if any(unanswered.values()):
        accounts.add(
            "submissions stored though answered 5xx",
            0,
            stored,
            0,
            0,
            f"of {sum(map(len, unanswered.values()))} unanswered",
        )


def customers(accounts, connection, run, sources):
    keys = (
        sources["questionnaire"]
        + [key for key, _kind, _email in sources["feedback"]]
        + [key for key, _email in sources["request"]]
        + sources["status"]
    )
    found = counted(
        connection,
        "SELECT source, count(*) FROM crm_aggregated WHERE source = ANY(%s)"
        " GROUP BY source",
        [keys],
    )
    accounts.compare("customer records: submissions taken", Counter(keys), found)
    # Anonymous questionnaires tell about nobody: no event.
    identified = [key for key in keys if "questionnaireresponse" not in key]
    found = counted(
        connection,
        "SELECT source, count(*) FROM crm_timelineevent WHERE source = ANY(%s)"
        " GROUP BY source",
        [identified],
    )
    accounts.compare("customer records: timeline events", Counter(identified), found)
    emails = [e for _k, _kind, e in sources["feedback"]]
    emails += [e for _k, e in sources["request"]]
    found = counted(
        connection,
        "SELECT email, count(*) FROM crm_customer WHERE email = ANY(%s)"
        " AND merged_into_id IS NULL GROUP BY email",
        [emails],
    )
    accounts.compare(
        "customer records: one customer per e-mail", Counter(emails), found
    )
    due = [key for key, kind, _e in sources["feedback"] if kind != "praise"]
    due += [key for key, _e in sources["request"]]
    found = counted(
        connection,
        "SELECT source, count(*) FROM crm_case WHERE source = ANY(%s) GROUP BY source",
        [due],
    )
    accounts.compare("customer records: cases", Counter(due), found)


def hits(accounts, connection, run, since):
    views = [r for r in run.records if r.kind in ("news", "page")]
    expected = Counter(r.path for r in views if answered(r))
    slack = Counter(r.path for r in views if unsure(r))
    found = counted(
        connection,
        "SELECT l.text, count(*) FROM analytics_hit h"
        " JOIN analytics_label l ON l.id = h.path_id"
        " WHERE h.event_id IS NULL AND h.time >= %s AND h.device <> 3 GROUP BY l.text",
        [since],
    )
    accounts.compare("page views: raw hits", expected, found, slack)

    events = counted(
        connection,
        "SELECT l.text, count(*) FROM analytics_hit h"
        " JOIN analytics_label l ON l.id = h.event_id"
        " WHERE h.time >= %s AND l.text = ANY(%s) GROUP BY l.text",
        [since, list(SERVER_EVENTS.values())],
    )
    for kind, event in SERVER_EVENTS.items():
        records = run.of(kind)
        accounts.compare(
            f"{kind}: {event} events",
            Counter({event: sum(answered(r) for r in records)}),
            Counter({event: events[event]}),
            Counter({event: sum(unsure(r) for r in records)}),
        )

    beacons = run.of("beacon")
    expected = Counter(r.marker for r in beacons if answered(r))
    slack = Counter(r.marker for r in beacons if unsure(r))
    found = Counter()
    for target, seconds, depth, count in rows(
        connection,
        "SELECT t.text, h.engaged_seconds, h.scroll_depth, count(*)"
        " FROM analytics_hit h JOIN analytics_label e ON e.id = h.event_id"
        " JOIN analytics_label t ON t.id = h.target_id"
        " WHERE e.text = 'engagement' AND h.time >= %s AND t.text LIKE %s"
        " GROUP BY 1, 2, 3",
        [since, run.tag + "-%"],
    ):
        found[(target, seconds, depth)] = count
    accounts.compare("beacon events: raw hits", expected, found, slack)


def rollups(accounts, connection, run, before):
    totals = rollup_totals(connection, local_day(before["time"]))
    totals.subtract(before["rollups"])
    views = [r for r in run.records if r.kind in ("news", "page")]
    accounts.compare(
        "page views: daily rollups",
        Counter({"pageviews": sum(answered(r) for r in views)}),
        Counter({"pageviews": totals["pageviews"]}),
        Counter({"pageviews": sum(unsure(r) for r in views)}),
    )
    expected, slack = Counter(), Counter()
    for kind, event in {**SERVER_EVENTS, "beacon": "engagement"}.items():
        records = run.of(kind)
        expected[event] = sum(answered(r) for r in records)
        slack[event] = sum(unsure(r) for r in records)
    found = Counter({event: totals[event] for event in expected})
    accounts.compare("events: daily rollups", expected, found, slack)


def emails(connection, stack, run):
    """Managers' e-mails about the run's service requests: one each."""
    references = [r.marker[1] for r in run.of("request") if answered(r) and r.marker[1]]
    subjects = stack.mail_subjects()
    sent = Counter()
    for subject in subjects:
        match = re.search(r"R-\d+-\d+", subject)
        if match:
            sent[match.group()] += 1
    waiting = rows(
        connection,
        "SELECT count(*) FROM surveys_servicerequest WHERE reference = ANY(%s)"
        " AND managers_notified_at IS NULL",
        [references],
    )[0][0]
    return {
        "requests": len(references),
        "sent": sum(sent[r] for r in references),
        "missing": sum(1 for r in references if not sent[r]),
        "twice": sum(1 for r in references if sent[r] > 1),
        "not_marked_sent": waiting,
    }


def emails_waiting(stack, run):
    """How many of the run's service requests the managers were not told of yet."""
    with stack.connect() as connection:
        return connection.execute(
            "SELECT count(*) FROM surveys_servicerequest WHERE email LIKE %s"
            " AND managers_notified_at IS NULL",
            [run.tag + "-%"],
        ).fetchone()[0]


def pending_submissions(stack, run):
    """How many of the run's stored submissions the customer records lack."""
    emails = [r.marker[0] for r in run.of("feedback") if answered(r)]
    emails += [r.marker[0] for r in run.of("request") if answered(r)]
    with stack.connect() as connection:
        return connection.execute(
            "SELECT (SELECT count(*) FROM surveys_feedback f WHERE f.email = ANY(%s)"
            "  AND NOT EXISTS (SELECT 1 FROM crm_aggregated a"
            "  WHERE a.source = 'surveys.feedback:' || f.id))"
            " + (SELECT count(*) FROM surveys_servicerequest r WHERE r.email = ANY(%s)"
            "  AND NOT EXISTS (SELECT 1 FROM crm_aggregated a"
            "  WHERE a.source = 'surveys.servicerequest:' || r.id))",
            [emails, emails],
        ).fetchone()[0]
