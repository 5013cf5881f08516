"""The machine: System info (and its former name Get system info), Current
machine, Current system user.

Stage: stdlib commands, on psutil and the standard library. System info
follows docs/commands-legacy/system-info.md with what Linux tells: the OS
release name, the processor model from /proc/cpuinfo, memory in kilobytes,
active non-loopback network interfaces and mounted volumes.
"""

from __future__ import annotations

import getpass
import locale
import os
import platform
import pwd
import socket
import time

import psutil

from runtime.registry import command
from runtime.values import Coll, Obj


def _user() -> tuple[str, str]:
    """(account name, display name) of the user running the program."""
    try:
        entry = pwd.getpwuid(os.getuid())
        account = entry.pw_name
        display = entry.pw_gecos.split(",")[0] or account
    except KeyError:
        account = getpass.getuser()
        display = account
    return account, display


def _processor() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _os_version() -> str:
    try:
        name = platform.freedesktop_os_release().get("PRETTY_NAME", "Linux")
    except OSError:
        name = "Linux"
    return f"{name} ({platform.release()})"


def _language() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    code = lang.split(".")[0].split("_")[0]
    return code if code and code not in ("C", "POSIX") else "en"


def _model() -> str:
    for path in ("/sys/devices/virtual/dmi/id/product_name", "/sys/devices/virtual/dmi/id/sys_vendor"):
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read().strip()
                if text:
                    return text
        except OSError:
            continue
    return platform.machine()


def _interfaces() -> Coll:
    out = Coll()
    stats = psutil.net_if_stats()
    for name, addrs in sorted(psutil.net_if_addrs().items()):
        st = stats.get(name)
        if name == "lo" or st is None or not st.isup:
            continue
        ips = Coll()
        for a in addrs:
            if a.family == socket.AF_INET:
                ips.append(Obj(type="ipv4", ip=a.address))
            elif a.family == socket.AF_INET6:
                ips.append(Obj(type="ipv6", ip=a.address.split("%")[0]))
        if ips:
            kind = "wifi" if name.startswith(("wl", "wifi")) else "ethernet"
            out.append(Obj(type=kind, name=name, ipAddresses=ips))
    return out


def _volumes() -> Coll:
    out = Coll()
    for part in psutil.disk_partitions(all=False):
        try:
            usage = psutil.disk_usage(part.mountpoint)
        except OSError:
            continue
        out.append(Obj(mountPoint=part.mountpoint, fileSystem=part.fstype,
                       capacity=float(usage.total // 1024), available=float(usage.free // 1024),
                       disk=Obj(identifier=part.device, description=part.device, interface="",
                                size=float(usage.total // 1024))))
    return out


@command("System info", returns="object")
def system_info():
    """Information about the machine: OS, processor, memory, network interfaces, volumes, user."""
    account, display = _user()
    return Obj(
        accountName=account,
        cores=float(psutil.cpu_count(logical=False) or psutil.cpu_count() or 1),
        cpuThreads=float(psutil.cpu_count() or 1),
        machineName=socket.gethostname(),
        macRosetta=False,
        model=_model(),
        networkInterfaces=_interfaces(),
        osVersion=_os_version(),
        osLanguage=_language(),
        physicalMemory=float(psutil.virtual_memory().total // 1024),
        processor=_processor(),
        uptime=float(int(time.time() - psutil.boot_time())),
        userName=display,
        volumes=_volumes(),
    )


@command("Get system info", returns="object")
def get_system_info():
    """Former name of System info."""
    return system_info()


@command("Current machine", returns="text")
def current_machine():
    """The machine's network name (its host name)."""
    return socket.gethostname()


@command("Current system user", returns="text")
def current_system_user():
    """The name of the account running the program."""
    return _user()[0]
