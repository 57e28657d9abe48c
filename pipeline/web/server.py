"""Run the app with uvicorn in a background thread: for the browser tests and the benchmark."""
from __future__ import annotations

import contextlib
import socket
import threading
import time


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(app, host: str = "127.0.0.1", port: int | None = None, timeout: float = 30.0):
    """Serve ``app`` on ``host:port`` (a free port by default) until the block ends; yields the
    base URL.  The server runs its lifespan (the warm-up) before the block starts."""
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="zhpolicy-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
