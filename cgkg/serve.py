"""A local read-only SPARQL endpoint over the bundled graph, served by the real Oxigraph server.

The graph is parsed with pyoxigraph into an on-disk store in a temporary directory (pyoxigraph
and the ``oxigraph`` server of the same 0.5 series share the storage format), then
``oxigraph serve-read-only`` serves it. Ctrl-C stops the server and removes the directory.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import EndpointError

STARTUP_SECONDS = 30.0


class ServeError(EndpointError):
    """The local server could not be started or died (exit code 3)."""


def find_oxigraph() -> str:
    """The oxigraph server executable: beside this Python's executable (a venv's bin/), else on PATH."""
    names = ("oxigraph.exe", "oxigraph") if os.name == "nt" else ("oxigraph",)
    for directory in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for name in names:
            candidate = directory / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError(
        "the oxigraph server executable was not found beside Python or on PATH: "
        "install it with 'pip install \"oxigraph>=0.5,<0.6\"'"
    )


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def build_store(directory: Path, extra_files: list[Path] | tuple[Path, ...] = ()) -> int:
    """Write the bundled graph plus EXTRA_FILES into an Oxigraph store at DIRECTORY; return its size."""
    import gc

    import pyoxigraph as ox

    from . import paths
    from .rdffiles import load_files

    store = ox.Store(str(directory))
    try:
        triples = load_files(store, paths.graph_files() + [Path(p) for p in extra_files])
        store.flush()
    finally:
        del store
        gc.collect()  # release RocksDB's lock before the server opens the directory
    return triples


class Server:
    """``oxigraph serve-read-only`` over a store of its own in a temporary directory."""

    def __init__(self, host: str = "127.0.0.1", port: int = 7878, extra_files=(), executable: str | None = None):
        self.host, self.port = host, port
        self.extra_files = list(extra_files)
        self.executable = executable or find_oxigraph()
        self.workdir: Path | None = None
        self.process: subprocess.Popen | None = None
        self.triples = 0

    @property
    def url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}/query"

    def start(self) -> None:
        self._check_port_free()
        self.workdir = Path(tempfile.mkdtemp(prefix="cgkg-serve-"))
        location = self.workdir / "store"
        self.triples = build_store(location, self.extra_files)
        self._log = (self.workdir / "server.log").open("wb")
        bind = f"{url_host(self.host)}:{self.port}"
        try:
            self.process = subprocess.Popen(
                [self.executable, "serve-read-only", "--location", str(location), "--bind", bind],
                stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                # Its own process group: a terminal's Ctrl-C reaches us, and we stop it in order.
                start_new_session=True,
            )
        except OSError as exc:
            raise ServeError(f"cannot run {self.executable}: {exc.strerror or exc}") from None
        self._wait_until_listening()

    def _check_port_free(self) -> None:
        host = self.host.strip("[]")
        try:
            infos = socket.getaddrinfo(host, self.port, type=socket.SOCK_STREAM)
        except socket.gaierror:
            raise ServeError(f"cannot serve on {self.host}: unknown host") from None
        family, _, _, _, address = infos[0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            if os.name != "nt":  # as the server does: a port in TIME_WAIT is free, a listening one is not
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise ServeError(f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from None
            if self.port == 0:
                # Port 0 asks for any free port: the one the system gave the probe, free again once the
                # probe closes (another program could take it in between, and the start then fails).
                self.port = probe.getsockname()[1]

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServeError(f"the oxigraph server stopped at once: {self._last_log_line()}")
            try:
                with socket.create_connection((self.host.strip("[]"), self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise ServeError(f"the oxigraph server did not listen on {self.host}:{self.port} within {STARTUP_SECONDS:g} s")

    def _last_log_line(self) -> str:
        try:
            self._log.flush()
            lines = [l for l in (self.workdir / "server.log").read_text("utf-8", "replace").splitlines() if l.strip()]
        except OSError:
            lines = []
        return lines[-1].strip()[:300] if lines else f"exit code {self.process.returncode}"

    def wait(self) -> int:
        return self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "_log", None) is not None:
            self._log.close()
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


def serve(host: str, port: int, extra_files=(), announce=print) -> None:
    """Run the server until Ctrl-C (or SIGTERM); always stop the child and remove the store."""
    server = Server(host, port, extra_files)  # finds the executable before building anything

    def stop_on_signal(signum, frame):
        raise KeyboardInterrupt

    # SIGINT explicitly too: a shell starts background jobs with SIGINT ignored, and Python then
    # would not turn it into KeyboardInterrupt.
    stop_signals = [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, stop_on_signal) for signum in stop_signals}
    try:
        server.start()
        announce(f"Serving cgkg at {server.url} (Ctrl-C to stop)")
        code = server.wait()
        raise ServeError(f"the oxigraph server stopped unexpectedly (exit code {code}): {server._last_log_line()}")
    except KeyboardInterrupt:
        pass
    finally:
        # A second Ctrl-C while stopping must not leave the server or its directory behind.
        for signum in stop_signals:
            signal.signal(signum, signal.SIG_IGN)
        try:
            server.stop()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
