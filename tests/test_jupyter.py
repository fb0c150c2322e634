"""JupyterLab set-up: a Jupyter server lists the notebooks through its REST API."""

from __future__ import annotations

import json
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_lists_notebooks(tmp_path):
    token = secrets.token_hex(16)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter_server", "--no-browser", "--ip=127.0.0.1",
         f"--port={port}", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={NOTEBOOKS}", "--ServerApp.port_retries=0", "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**__import__("os").environ, "JUPYTER_RUNTIME_DIR": str(tmp_path)},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api/contents"
    try:
        listing = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    listing = json.load(response)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        assert listing is not None, "server did not answer within 60 s"
        names = {item["name"] for item in listing["content"]}
        assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} <= names
        try:
            urllib.request.urlopen(url, timeout=5)
        except urllib.error.HTTPError as err:
            assert err.code == 403  # the token is required
        else:  # pragma: no cover
            raise AssertionError("server answered without a token")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
