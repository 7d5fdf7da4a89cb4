"""Load and faults: the production setup under a realistic mix, then broken on
purpose, with every answered request accounted for.

    python -m bench.load                      # make load: the full length
    python -m bench.load --short              # what `make test` runs
    python -m bench.load --scenarios load,worker-kill --clients 32 --seconds 20

It starts its own stack (bench/stack.py: PostgreSQL, Redis, gunicorn, a Celery
worker and beat on loopback; never the machine's shared services), then runs:

load              the mix (bench/traffic.py) at N clients for T seconds
redis-restart     Redis stopped and started again in the middle of the load
worker-kill       the Celery worker SIGKILLed while the drain holds a batch,
                  started again a moment later
postgres-restart  PostgreSQL stopped for a few seconds in the middle of the
                  load: requests meanwhile must get a clean 503 page, and the
                  site must recover by itself
beat-gap          beat and the worker down while the load runs, the queued
                  tasks lost, then an hour of beat's time skipped: the sweeps
                  must catch up by themselves

After each: the stack drains (bench/accounting.py), and the scenario prints
`lost=0 duplicated=0` or fails (non-zero exit). Figures go to
bench/results/load.json and the headline ones to bench/results/latest.json.
"""

import argparse
import datetime
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import accounting, traffic
from bench.stack import ROOT, Stack

RESULTS = ROOT / "bench" / "results" / "load.json"
SCENARIOS = ("load", "redis-restart", "worker-kill", "postgres-restart", "beat-gap")
# After PostgreSQL is back, how long requests may still fail (each gunicorn
# worker finds its old connection broken once) before the site counts as down.
RECOVERY_GRACE = 5.0
# A process's memory after warm-up may grow by this much before it is a leak.
MEMORY_GROWTH_MB = 20


@dataclass
class Plan:
    clients: int
    seconds: float  # of the plain load
    fault_seconds: float  # of each fault scenario's load
    downtime: float  # of Redis and PostgreSQL
    catch_up_timeout: float = 120
    pages: int = 0  # of each kind (news, corporate) in the mix; 0: all


FULL = Plan(clients=64, seconds=60, fault_seconds=30, downtime=10)
SHORT = Plan(
    clients=12, seconds=5, fault_seconds=6, downtime=2, catch_up_timeout=60, pages=8
)


@dataclass
class Result:
    name: str
    lost: int = 0
    duplicated: int = 0
    failures: dict = field(default_factory=dict)  # what: why
    figures: dict = field(default_factory=dict)
    report: str = ""

    @property
    def passed(self):
        return not self.failures and not self.lost and not self.duplicated


class Sampler:
    """Every second: the worker's backlog and the memory of web and worker."""

    def __init__(self, stack, interval=1.0):
        self.stack = stack
        self.interval = interval
        self.samples = []
        self.stopped = threading.Event()
        self.started = time.time()
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while not self.stopped.is_set():
            sample = {"t": round(time.time() - self.started, 1)}
            sample.update(self.stack.backlog())
            for role, by_pid in self.stack.memory().items():
                sample[role] = {pid: round(mb, 1) for pid, mb in by_pid.items()}
            self.samples.append(sample)
            self.stopped.wait(self.interval)

    def stop(self):
        self.stopped.set()
        self.thread.join()
        return self.samples


class Harness:
    """One stack, the site's facts, and the scenarios run against them."""

    def __init__(self, stack, plan, log=print):
        self.stack = stack
        self.plan = plan
        self.log = log
        site = stack.setup_data(traffic.SETUP)
        rendered = time.monotonic()  # the forms' timestamp
        self.site = traffic.quote_paths(site)
        self.unusable = traffic.warm_up(stack.web_port, self.site, plan.pages)
        traffic.sign_in(stack.web_port, self.site)
        # The warm-up's page views, drained before the first snapshot.
        accounting.settle(stack)
        self.addresses = 0  # every visitor of every scenario has its own address
        self.runs = 0
        self.results = {}
        # Forms rendered less than SURVEYS_MIN_FILL_SECONDS ago are refused.
        time.sleep(max(0, rendered + 2 - time.monotonic()))

    def generator(self, name, seconds):
        self.runs += 1
        tag = f"{name}-{os.getpid()}-{self.runs}".replace("-", "")[:24]
        generator = traffic.Generator(
            self.stack.web_port,
            self.site,
            tag,
            self.plan.clients,
            seconds,
            seed=self.runs,
            first_address=self.addresses,
        )
        return generator

    def result(self, name):
        """The scenario's Result, run the first time it is asked for."""
        if name not in self.results:
            self.results[name] = self.run(name)
        return self.results[name]

    def run(self, name):
        """Run one scenario; returns its Result (it does not raise on failure)."""
        self.log(f"\n== {name} ==")
        before = accounting.snapshot(self.stack)
        sampler = Sampler(self.stack)
        result = Result(name)
        restarts = dict(self.stack.restarts)
        try:
            run, notes = getattr(self, "scenario_" + name.replace("-", "_"))()
            result.figures["load_ended_s"] = round(time.time() - sampler.started, 1)
            settled = accounting.settle(self.stack, self.plan.catch_up_timeout)
        finally:
            samples = sampler.stop()
        restarted = {
            k: v - restarts[k]
            for k, v in self.stack.restarts.items()
            if v > restarts[k]
        }
        if restarted:
            notes["restarted_by_supervisor"] = restarted
        accounts, mail = accounting.account(self.stack, run, before)
        self.addresses += len(run.records) + 1
        result.lost, result.duplicated = accounts.lost, accounts.duplicated
        rows = traffic.summary(run)
        result.figures.update(
            {
                "clients": run.clients,
                "seconds": run.seconds,
                "kinds": rows,
                "notes": notes,
                "drain": settled,
                "emails": mail,
                "backlog": backlog_figures(samples),
                "memory": memory_figures(samples, result.figures["load_ended_s"]),
                "samples": samples,
                "checks": [check.__dict__ for check in accounts.checks],
            }
        )
        self.judge(result, run, notes, settled)
        result.report = "\n".join(
            [
                traffic.format_summary(rows),
                format_backlog(result.figures["backlog"]),
                format_memory(result.figures["memory"]),
                f"drain: {settled}",
                f"e-mails to managers: {mail}",
                f"notes: {json.dumps(notes)}",
                accounts.format(),
                *[f"FAILED ({key}): {why}" for key, why in result.failures.items()],
                f"{name}: lost={result.lost} duplicated={result.duplicated}",
            ]
        )
        self.log(result.report)
        return result

    def judge(self, result, run, notes, settled):
        failures = result.failures
        if not settled["settled"]:
            failures["drain"] = "the backlog did not drain in time"
        errors = [r for r in run.records if r.status >= 500 or r.status == 0]
        result.figures["errors"] = {
            "server_errors": sum(r.status >= 500 for r in errors),
            "no_answer": sum(r.status == 0 for r in errors),
            "clean_503": sum(r.status == 503 and r.clean for r in errors),
        }
        if result.name == "postgres-restart":
            start, end = notes["outage"]
            late = [r for r in errors if r.start > end + RECOVERY_GRACE]
            unclean = [r for r in errors if r.status != 503 or not r.clean]
            result.figures["errors"]["after_outage"] = sum(
                r.start > end for r in errors
            )
            if late:
                failures["recovery"] = (
                    f"{len(late)} errors more than {RECOVERY_GRACE:.0f} s after"
                    " PostgreSQL was back: the site did not recover by itself"
                )
            if unclean:
                statuses = sorted({(r.status, r.clean, r.error) for r in unclean})
                failures["unclean_errors"] = (
                    f"{len(unclean)} errors during the outage were not a clean 503"
                    f" page (status, clean page, error): {statuses}"
                )
        elif errors:
            statuses = sorted({(r.kind, r.status, r.error) for r in errors})
            failures["server_errors"] = (
                f"{len(errors)} errors (5xx or no answer): {statuses}"
            )
        if result.name == "beat-gap":
            left = settled["final_drain_hits"] + settled["final_sweep_submissions"]
            if left or not notes.get("caught_up"):
                failures["catch_up"] = (
                    "beat did not catch up by itself: the final drain and sweep"
                    f" still found {left} hits and submissions"
                )
            if result.figures["emails"]["missing"] or result.figures["emails"]["twice"]:
                failures["emails"] = f"e-mails to managers: {result.figures['emails']}"
        if result.name == "load" and run.seconds >= 30:
            growth = result.figures["memory"]["growth_mb"]
            if max(growth.values(), default=0) > MEMORY_GROWTH_MB:
                failures["memory"] = f"memory grew after warm-up: {growth}"

    # Scenarios: each returns (run, notes about what was done when)

    def scenario_load(self):
        run = self.generator("load", self.plan.seconds).start().join()
        return run, {}

    def in_the_middle(self, name, fault):
        """Run the load and do fault(generator) a third of the way through."""
        generator = self.generator(name, self.plan.fault_seconds).start()
        time.sleep(self.plan.fault_seconds / 3)
        notes = fault(generator)
        return generator.join(), notes

    def scenario_redis_restart(self):
        def fault(generator):
            start = generator.elapsed()
            self.stack.restart_redis(downtime=self.plan.downtime)
            return {"outage": [round(start, 2), round(generator.elapsed(), 2)]}

        return self.in_the_middle("redis-restart", fault)

    def scenario_worker_kill(self):
        def fault(generator):
            # The drain holds its lock while a batch is stored and trimmed.
            redis = self.stack.redis()
            deadline = time.monotonic() + 30
            while not redis.exists("analytics:drain") and time.monotonic() < deadline:
                time.sleep(0.005)
            mid_batch = bool(redis.exists("analytics:drain"))
            killed = generator.elapsed()
            self.stack.kill_worker()
            time.sleep(1)
            self.stack.start_worker()
            return {
                "killed_at": round(killed, 2),
                "mid_drain_batch": mid_batch,
                "back_at": round(generator.elapsed(), 2),
            }

        return self.in_the_middle("worker-kill", fault)

    def scenario_postgres_restart(self):
        def fault(generator):
            start = generator.elapsed()
            self.stack.stop_postgres()
            time.sleep(self.plan.downtime)
            self.stack.start_postgres()
            return {"outage": [round(start, 2), round(generator.elapsed(), 2)]}

        return self.in_the_middle("postgres-restart", fault)

    def scenario_beat_gap(self):
        """Beat and the worker down while visitors keep coming; the queued tasks
        are lost (as with a broker that keeps nothing); an hour of beat's time
        passes. Back up, beat finds every periodic task overdue and the sweeps
        must take in everything."""
        stack = self.stack
        stack.stop_beat()
        stack.stop_worker()
        run = self.generator("beat-gap", self.plan.fault_seconds).start().join()
        lost_tasks = stack.redis().llen("celery")
        stack.redis().delete("celery")
        hits_waiting = stack.redis().llen("analytics:hits")
        # The hour, for the rows too: the e-mail sweep leaves requests younger
        # than five minutes to their own task.
        with stack.connect() as connection:
            backdated = connection.execute(
                "UPDATE surveys_servicerequest SET created_at = created_at"
                " - interval '1 hour' WHERE email LIKE %s",
                [run.tag + "-%"],
            ).rowcount
        stack.start_worker()
        stack.rewind_beat(3600)
        started = time.monotonic()
        stack.start_beat()
        caught_up = False
        while time.monotonic() - started < self.plan.catch_up_timeout:
            backlog = stack.backlog()
            mail = accounting.emails_waiting(stack, run)
            if (
                backlog["hits"] == 0
                and backlog["tasks"] == 0
                and accounting.pending_submissions(stack, run) == 0
                and mail == 0
            ):
                caught_up = True
                break
            time.sleep(0.5)
        return run, {
            "tasks_lost": lost_tasks,
            "hits_waiting": hits_waiting,
            "requests_backdated": backdated,
            "caught_up": caught_up,
            "catch_up_s": round(time.monotonic() - started, 1),
        }


def backlog_figures(samples):
    def peak(name):
        values = [s[name] for s in samples if s[name] is not None]
        return max(values, default=0)

    return {
        "max_tasks": peak("tasks"),
        "max_hits": peak("hits"),
        "max_hits_in_db": peak("hits_in_db"),
        # Every fifth second: (t, queued tasks, buffered hits, hits kept in the db)
        "series": [
            (s["t"], s["tasks"], s["hits"], s["hits_in_db"]) for s in samples[::5]
        ],
    }


def memory_figures(samples, load_ended):
    """RSS per role (MB, each process) after warm-up (a quarter of the load) and
    at the load's end, and the growth of each process that lived through both."""
    during = [s for s in samples if s["t"] <= load_ended]
    if not during:
        return {"warm_mb": {}, "end_mb": {}, "growth_mb": {}}
    warm, end = during[len(during) // 4], during[-1]
    growth = {
        f"{role}:{pid}": round(end[role][pid] - mb, 1)
        for role in ("web", "worker")
        for pid, mb in warm[role].items()
        if pid in end[role]
    }
    return {
        "warm_mb": {role: sorted(warm[role].values()) for role in ("web", "worker")},
        "end_mb": {role: sorted(end[role].values()) for role in ("web", "worker")},
        "growth_mb": growth,
    }


def format_backlog(figures):
    series = " ".join(f"{t:.0f}s:{q}/{h}/{d}" for t, q, h, d in figures["series"])
    return (
        f"backlog peak: {figures['max_tasks']} tasks, {figures['max_hits']} hits"
        f" in Redis, {figures['max_hits_in_db']} in the database;"
        f" every 5 s (tasks/hits/db): {series}"
    )


def format_memory(figures):
    return (
        f"memory MB after warm-up {figures['warm_mb']}, at the end"
        f" {figures['end_mb']}, growth {figures['growth_mb']}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="a few seconds each")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--clients", type=int)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--fault-seconds", type=float)
    parser.add_argument("--downtime", type=float)
    parser.add_argument("--keep", action="store_true", help="keep the stack's files")
    parser.add_argument("--no-results", action="store_true")
    args = parser.parse_args(argv)
    plan = SHORT if args.short else FULL
    for name in ("clients", "seconds", "fault_seconds", "downtime"):
        if getattr(args, name) is not None:
            plan = Plan(**{**plan.__dict__, name: getattr(args, name)})
    names = [name for name in args.scenarios.split(",") if name]
    unknown = set(names) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    results = []
    with Stack(keep=args.keep) as stack:
        harness = Harness(stack, plan)
        if harness.unusable:
            print(f"pages left out of the mix (not 200): {harness.unusable}")
        for name in names:
            results.append(harness.run(name))
    print()
    for result in results:
        verdict = "ok" if result.passed else "FAILED"
        print(
            f"{result.name:<18} lost={result.lost} duplicated={result.duplicated}"
            f"  {verdict}"
        )
    if not args.no_results and not args.short:
        save(results, plan)
    if not all(result.passed for result in results):
        sys.exit(1)


def save(results, plan):
    from bench.harness import record

    data = {
        "measured": datetime.datetime.now().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "plan": plan.__dict__,
        "scenarios": {
            result.name: {
                "lost": result.lost,
                "duplicated": result.duplicated,
                "failures": result.failures,
                **result.figures,
            }
            for result in results
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=1, default=str) + "\n")
    figures = {}
    for result in results:
        rows = result.figures["kinds"]
        prefix = f"load.{result.name}"
        figures[f"{prefix}.rps"] = (rows["all"]["rps"], "req/s")
        figures[f"{prefix}.p95"] = (rows["all"]["p95"], "ms")
        figures[f"{prefix}.lost"] = (result.lost, "requests")
        figures[f"{prefix}.duplicated"] = (result.duplicated, "requests")
    record(figures)
    print(f"figures written to {Path(RESULTS).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
