"""The production setup on loopback, with processes of its own that may be broken
on purpose: a private PostgreSQL cluster and Redis (never the machine's shared
ones, which CI uses), gunicorn under production settings, a Celery worker and
beat, and a small SMTP sink that counts the e-mails they send.

    with Stack() as stack:          # started, migrated, demo content loaded
        stack.restart_redis(downtime=2)
        stack.kill_worker(); stack.start_worker()

Everything lives in one temporary folder and is stopped when the block ends,
at exit, or (each process asks the kernel) when the process that started it dies.
"""

import atexit
import contextlib
import ctypes
import hashlib
import json
import os
import pwd
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import psycopg
import redis

from tests.commands import GUNICORN, WORKER

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POSTGRES_BIN = Path(os.environ.get("LOAD_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = os.environ.get("LOAD_REDIS_SERVER", "redis-server")
# Collected once and reused: collectstatic then only checks what changed.
STATIC_ROOT = Path(tempfile.gettempdir()) / "portal-load-static"
# A prepared cluster (migrated, with the demo content) and its media, reused
# while the migrations and the demo content stay the same.
CACHE = Path(tempfile.gettempdir()) / "portal-load-cache"
DATABASE = "portal"
SECRET_KEY = "load-" + "k" * 60


def missing_tools():
    """What this machine lacks to build a stack, as one line (None if nothing)."""
    missing = [
        str(path)
        for path in (POSTGRES_BIN / "initdb", POSTGRES_BIN / "postgres")
        if not path.exists()
    ]
    if shutil.which(REDIS_SERVER) is None:
        missing.append(REDIS_SERVER)
    return f"missing {', '.join(missing)}" if missing else None


def fingerprint():
    """What the prepared database depends on, as a short hash."""
    digest = hashlib.sha1(str(POSTGRES_BIN).encode())
    files = [
        *ROOT.glob("*/migrations/*.py"),
        *ROOT.glob("cms/demo/*.py"),
        *ROOT.glob("*/management/commands/load_demo_content.py"),
        *ROOT.glob("requirements/*.txt"),
    ]
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Looked up here, not in the child: between fork and exec the less it does the
# better (the harness has threads).
_prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)  # Linux only


def die_with_parent():
    """Run in the child before exec: the kernel kills it if the parent dies, so a
    harness killed outright leaves nothing running."""
    if _prctl is not None:
        _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def rss_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    """The pids of a process's direct children."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(p) for p in (task / "children").read_text().split()]
    return found


class Process:
    """A child process in its own process group, logging to a file."""

    def __init__(self, name, command, log, env=None, user=None, cwd=ROOT):
        self.name = name
        self.log_path = log
        with open(log, "ab") as output:
            self.popen = subprocess.Popen(
                command,
                cwd=cwd,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                user=user,
                preexec_fn=die_with_parent,
            )

    @property
    def pid(self):
        return self.popen.pid

    def alive(self):
        return self.popen.poll() is None

    def signal_group(self, signum):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signum)

    def stop(self, signum=signal.SIGTERM, timeout=30):
        """Signal the whole group, wait, then SIGKILL whatever is left."""
        if self.alive():
            self.signal_group(signum)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        self.signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(10)

    def kill(self):
        """SIGKILL to the whole group at once: nothing gets to clean up."""
        self.signal_group(signal.SIGKILL)
        self.popen.wait(10)


class MailSink(socketserver.ThreadingTCPServer):
    """Just enough SMTP to take every message and keep its subject line."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SmtpHandler)
        self.subjects = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self):
        return self.server_address[1]

    def close(self):
        self.shutdown()
        self.server_close()


class SmtpHandler(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.send("220 sink")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.send("250 sink")
            elif verb == b"DATA":
                self.send("354 go on")
                subject = ""
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    if data.lower().startswith(b"subject:") and not subject:
                        subject = data[8:].decode(errors="replace").strip()
                with self.server.lock:
                    self.server.subjects.append(subject)
                self.send("250 kept")
            elif verb == b"QUIT":
                self.send("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.send("250 ok")


class Stack:
    """PostgreSQL, Redis, gunicorn, a Celery worker and beat, all on loopback."""

    def __init__(self, web_workers=3, log=print, keep=False):
        self.web_workers = web_workers
        self.log = log
        self.keep = keep
        self.dir = Path(tempfile.mkdtemp(prefix="portal-load-"))
        self.dir.chmod(0o755)  # the postgres user reaches its data folder
        for name in ("logs", "redis", "media", "var", "beat"):
            (self.dir / name).mkdir()
        self.pg_port, self.redis_port = free_port(), free_port()
        self.web_port = free_port()
        self.base_url = f"http://127.0.0.1:{self.web_port}"
        self.database_url = f"postgres://postgres@127.0.0.1:{self.pg_port}/{DATABASE}"
        self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        self.processes = {}
        self.mail = None
        self.pg_user = None
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            self.pg_user = os.environ.get("LOAD_POSTGRES_USER", "postgres")
            pwd.getpwnam(self.pg_user)
        self._redis = None
        # As docker/compose.yaml's `restart: unless-stopped`: the worker and beat
        # are started again when they exit without being asked to.
        self.restarts = {"worker": 0, "beat": 0}
        self.stopping = False
        self.supervisor = threading.Thread(target=self.supervise, daemon=True)
        atexit.register(self.stop)

    # The whole stack

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        started = time.monotonic()
        self.mail = MailSink()
        self.start_redis()
        cached = CACHE / fingerprint()
        if (cached / "complete").exists():
            for name in ("postgres", "media"):
                shutil.rmtree(self.dir / name, ignore_errors=True)
                subprocess.run(["cp", "-a", cached / name, self.dir / name], check=True)
            self.start_postgres()
        else:
            self.start_postgres(initdb=True, durable=False)
            self.prepare()
            self.stop_postgres()
            self.save_prepared(cached)
            self.start_postgres()
        self.manage("collectstatic", "--noinput", "-v0")
        self.start_web()
        self.start_worker()
        self.start_beat()
        self.supervisor.start()
        self.log(f"stack up in {time.monotonic() - started:.0f} s: {self.describe()}")

    def describe(self):
        return (
            f"web {self.base_url} ({self.web_workers} gunicorn workers), "
            f"PostgreSQL :{self.pg_port}, Redis :{self.redis_port}, files {self.dir}"
        )

    def supervise(self):
        """Start the worker or beat again when it exits by itself. Processes are
        started from this one long-lived thread or the main one: a child dies
        with the thread that started it (die_with_parent)."""
        while not self.stopping:
            for name, start in (
                ("worker", self.start_worker),
                ("beat", self.start_beat),
            ):
                process = self.processes.get(name)
                if process is not None and not process.alive():
                    self.log(
                        f"{name} exited by itself ({process.popen.returncode}):"
                        " started again"
                    )
                    self.restarts[name] += 1
                    with contextlib.suppress(RuntimeError):
                        start()
            time.sleep(0.5)

    def stop(self):
        self.stopping = True
        if self.supervisor.is_alive():
            self.supervisor.join(10)
        for name in ("beat", "worker", "web", "redis", "postgres"):
            process = self.processes.pop(name, None)
            if process is not None:
                # PostgreSQL's fast shutdown is SIGINT; the rest take SIGTERM.
                process.stop(signal.SIGINT if name == "postgres" else signal.SIGTERM)
        if self.mail is not None:
            self.mail.close()
            self.mail = None
        if not self.keep and self.dir.exists():
            shutil.rmtree(self.dir, ignore_errors=True)
        atexit.unregister(self.stop)

    def env(self, **extra):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            # Every load client is its own set of visitors, told apart by address.
            "TRUSTED_PROXIES": "127.0.0.1",
            "STATIC_ROOT": str(STATIC_ROOT),
            "MEDIA_ROOT": str(self.dir / "media"),
            "PORTAL_VAR_DIR": str(self.dir / "var"),
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.mail.port if self.mail else 25),
            "WAGTAILADMIN_BASE_URL": self.base_url,
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            **extra,
        }

    def manage(self, *args, capture=False, **env):
        """python manage.py ... under the stack's settings (and env); its output
        if captured."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(**env),
            capture_output=capture,
            text=True,
        )
        if result.returncode:
            raise subprocess.CalledProcessError(
                result.returncode, ["manage.py", args[0]], result.stdout, result.stderr
            )
        return result.stdout if capture else None

    def prepare(self):
        started = time.monotonic()
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        self.manage("migrate", "--noinput", "-v0")
        self.manage("load_demo_content")
        # Demo content queued its submissions' tasks: take them in now, so that the
        # load starts with an empty queue.
        self.manage("crm_sweep", capture=True)
        self.redis().delete("celery")
        self.log(f"database ready in {time.monotonic() - started:.0f} s")

    def save_prepared(self, cached):
        """Keep the stopped cluster and the media for the next stack; older
        versions go."""
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.iterdir():
            if old != cached:
                shutil.rmtree(old, ignore_errors=True)
        partial = Path(tempfile.mkdtemp(prefix="partial-", dir=CACHE))
        for name in ("postgres", "media"):
            subprocess.run(["cp", "-a", self.dir / name, partial / name], check=True)
        (partial / "complete").touch()
        try:
            partial.rename(cached)
        except OSError:  # another stack saved it meanwhile
            shutil.rmtree(partial, ignore_errors=True)

    def process(self, name, command, **options):
        log = self.dir / "logs" / f"{name}.log"
        self.processes[name] = Process(name, command, log, **options)
        return self.processes[name]

    # PostgreSQL

    @property
    def admin_url(self):
        return f"postgres://postgres@127.0.0.1:{self.pg_port}/postgres"

    def start_postgres(self, initdb=False, durable=True):
        """durable=False: no fsync, for loading the database (a crash of the
        machine would lose it, which is nothing while preparing)."""
        data = self.dir / "postgres"
        if initdb:
            data.mkdir()
            if self.pg_user:
                shutil.chown(data, self.pg_user)
            subprocess.run(
                [
                    str(POSTGRES_BIN / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ],
                user=self.pg_user,
                check=True,
                capture_output=True,
            )
        self.process(
            "postgres",
            [
                str(POSTGRES_BIN / "postgres"),
                "-D",
                str(data),
                "-p",
                str(self.pg_port),
                "-k",
                str(data),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "max_connections=200",
                *(
                    []
                    if durable
                    else ["-c", "fsync=off", "-c", "synchronous_commit=off"]
                ),
            ],
            user=self.pg_user,
        )
        self.wait_for_postgres()

    def wait_for_postgres(self, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.admin_url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop_postgres(self, mode="fast"):
        """Stop PostgreSQL: "fast" (SIGINT) disconnects everyone and shuts down
        cleanly; "immediate" (SIGQUIT) is a crash, recovered from the WAL."""
        signum = signal.SIGQUIT if mode == "immediate" else signal.SIGINT
        process = self.processes.pop("postgres")
        process.popen.send_signal(signum)
        process.popen.wait(60)

    def restart_postgres(self, downtime=0.0, mode="fast"):
        self.stop_postgres(mode)
        time.sleep(downtime)
        self.start_postgres()

    def connect(self, **options):
        """A psycopg connection to the portal's database."""
        return psycopg.connect(self.database_url, autocommit=True, **options)

    # Redis

    def start_redis(self):
        # As in docker/compose.yaml: an append-only file, so a restart keeps what
        # was queued (the Celery queue and the audience buffer).
        self.process(
            "redis",
            [
                shutil.which(REDIS_SERVER),
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir / "redis"),
                "--appendonly",
                "yes",
                "--save",
                "",
            ],
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                self.redis().ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def redis(self):
        if self._redis is None:
            self._redis = redis.Redis.from_url(
                self.redis_url, socket_timeout=2, socket_connect_timeout=2
            )
        return self._redis

    def restart_redis(self, downtime=0.0, signum=signal.SIGTERM):
        """Stop Redis (SIGTERM: it writes its file and exits; SIGKILL: the last
        second may be lost), wait, and start it again on the same port."""
        process = self.processes.pop("redis")
        process.popen.send_signal(signum)
        process.popen.wait(30)
        time.sleep(downtime)
        self.start_redis()

    # gunicorn, Celery

    def start_web(self):
        self.process(
            "web",
            [
                str(BIN / GUNICORN[0]),
                *GUNICORN[1:],
                "--bind",
                f"127.0.0.1:{self.web_port}",
                "--workers",
                str(self.web_workers),
                "--log-level",
                "warning",
            ],
            env=self.env(),
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz/", timeout=2):
                    return
            except OSError:
                if time.monotonic() > deadline or not self.processes["web"].alive():
                    raise RuntimeError(
                        f"gunicorn did not start: see {self.dir}/logs/web.log"
                    ) from None
                time.sleep(0.2)

    def start_worker(self):
        """The worker as production runs it (prefork, a child per core)."""
        command = [sys.executable, "-m", *WORKER]  # python -m celery -A portal worker
        self.process("worker", [*command, "--loglevel", "info"], env=self.env())
        self.wait_for_worker()

    def wait_for_worker(self, timeout=60):
        """Until the worker has asked Redis for work (its pool is up)."""
        deadline = time.monotonic() + timeout
        log = self.dir / "logs" / "worker.log"
        mark = log.read_text().count(" ready.") if log.exists() else 0
        while log.read_text().count(" ready.") <= mark:
            if time.monotonic() > deadline or not self.processes["worker"].alive():
                raise RuntimeError(f"the worker did not start: see {log}")
            time.sleep(0.2)

    def kill_worker(self):
        """SIGKILL the worker and its pool at once, as the OOM killer would (and
        leave it down until start_worker())."""
        self.processes.pop("worker").kill()

    def stop_worker(self):
        self.processes.pop("worker").stop()

    @property
    def beat_schedule(self):
        return self.dir / "beat" / "celerybeat-schedule"

    def start_beat(self):
        self.process(
            "beat",
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "beat",
                "--loglevel",
                "info",
                "--schedule",
                str(self.beat_schedule),
            ],
            env=self.env(),
        )

    def stop_beat(self):
        self.processes.pop("beat").stop()

    def rewind_beat(self, seconds):
        """Make beat's stored schedule `seconds` older, as if beat had been down
        that long: started again, it finds every periodic task overdue."""
        script = (
            "import datetime, shelve, sys\n"
            "with shelve.open(sys.argv[1], writeback=True) as db:\n"
            "    for entry in db['entries'].values():\n"
            "        if entry.last_run_at:\n"
            "            entry.last_run_at -= datetime.timedelta(seconds=float(sys.argv[2]))\n"
            "    print(len(db['entries']))\n"
        )
        subprocess.run(
            [sys.executable, "-c", script, str(self.beat_schedule), str(seconds)],
            cwd=ROOT,
            env=self.env(),
            check=True,
            capture_output=True,
        )

    # What the load reports

    def web_pids(self):
        web = self.processes.get("web")
        return children(web.pid) if web and web.alive() else []

    def worker_pids(self):
        worker = self.processes.get("worker")
        if not worker or not worker.alive():
            return []
        return [worker.pid, *children(worker.pid)]

    def memory(self):
        """RSS in MB by pid: each gunicorn worker, the Celery worker and its pool."""
        return {
            "web": {pid: rss_kb(pid) / 1024 for pid in self.web_pids()},
            "worker": {pid: rss_kb(pid) / 1024 for pid in self.worker_pids()},
        }

    def backlog(self):
        """Queued tasks, buffered hits (in Redis and, when it was unreachable, in
        the database). None where the service does not answer."""
        figures = {"tasks": None, "hits": None, "hits_in_db": None}
        with contextlib.suppress(redis.RedisError):
            pipe = self.redis().pipeline()
            pipe.llen("celery")
            pipe.llen("analytics:hits")
            figures["tasks"], figures["hits"] = pipe.execute()
        with contextlib.suppress(psycopg.Error):
            with self.connect(connect_timeout=1) as connection:
                figures["hits_in_db"] = connection.execute(
                    "SELECT count(*) FROM analytics_pendinghit"
                ).fetchone()[0]
        return figures

    def mail_subjects(self):
        with self.mail.lock:
            return list(self.mail.subjects)

    def setup_data(self, script):
        """Run a shell script under the stack's settings; its last line as JSON."""
        try:
            output = self.manage("shell", "-c", script, capture=True)
        except subprocess.CalledProcessError as error:
            raise RuntimeError(f"the setup script failed:\n{error.stderr}") from None
        return json.loads(output.strip().splitlines()[-1])
