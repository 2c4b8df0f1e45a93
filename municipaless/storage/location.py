"""Where a file lives: a local disk, a network share, or a removable drive.

SQLite must not be written across SMB/NFS (its locks are unreliable there,
docs/known-traps.md#11), and a USB key can be pulled out in the middle of a transaction. So the
services open such files through a local working copy. Deciding "is this a share" is split in
two: pure parsers that take the text the system gives (``/proc/self/mountinfo``, the output of
macOS ``mount``, a path) so tests can feed them any line, and a thin ``classify`` that reads the
real system.

What counts as network: a UNC path (``\\\\server\\share``), a Windows drive of type
DRIVE_REMOTE (mapped drive), and on Linux/macOS a mount whose type is SMB/CIFS, NFS, AFS,
WebDAV, sshfs or any other FUSE file system except ``fuseblk`` (a local disk through FUSE,
e.g. NTFS): an unknown FUSE type is treated as remote because a working copy is the safe side.
Removable: Windows DRIVE_REMOVABLE, Linux block devices with ``removable`` = 1 or on USB,
macOS volumes mounted under ``/Volumes`` (external disks) that are not network.
"""

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from municipaless.core.i18n import _

LOCAL, NETWORK, REMOVABLE = "local", "network", "removable"

# Set to 1 to treat every file as if it were on a share (tests, and to try the mode by hand).
FORCE_ENV = "MUNICIPALESS_TREAT_AS_SHARE"

NETWORK_TYPES = {
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "nfs",
    "nfs4",
    "afs",
    "ncpfs",
    "coda",
    "davfs",
    "webdav",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "sshfs",
    "afpfs",
    "fuse",  # a bare "fuse" mount says nothing about where the data is
}
LOCAL_FUSE = {"fuseblk"}  # a block device (NTFS, exFAT) through FUSE


@dataclass(frozen=True)
class Mount:
    point: str  # where it is mounted
    fstype: str
    source: str  # //server/share, server:/export, /dev/sdb1…
    device: str = ""  # "major:minor" (Linux)


@dataclass(frozen=True)
class Location:
    kind: str  # LOCAL, NETWORK or REMOVABLE
    detail: str = ""  # what told us: "cifs //nas/ess", "UNC", "forced"…

    @property
    def needs_working_copy(self) -> bool:
        return self.kind != LOCAL


def is_network_type(fstype: str) -> bool:
    fstype = fstype.lower()
    if fstype in LOCAL_FUSE:
        return False
    base = fstype.split(".", 1)[0]
    return fstype in NETWORK_TYPES or base in NETWORK_TYPES or fstype.startswith("fuse.")


def is_unc(path: str) -> bool:
    r"""``\\server\share\…`` or ``//server/share/…`` (not the ``\\?\C:\`` long-path prefix)."""
    for lead in ("\\\\", "//"):
        if path.startswith(lead):
            rest = path[2:]
            if rest.startswith(("?\\", ".\\", "?/", "./")):
                return path[4:].upper().startswith("UNC")
            return bool(rest) and rest[0] not in "\\/"
    return False


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(text: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as ``\\040`` etc."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), text)


def parse_mountinfo(text: str) -> list[Mount]:
    """Lines of ``/proc/self/mountinfo`` (see proc(5)); malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        sep = fields.index("-")
        if sep < 6 or len(fields) < sep + 3:
            continue
        mounts.append(
            Mount(
                point=_unescape(fields[4]),
                fstype=fields[sep + 1],
                source=_unescape(fields[sep + 2]),
                device=fields[2],
            )
        )
    return mounts


_MACOS_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>.+?) \((?P<opts>[^)]*)\)\s*$")


def parse_macos_mount(text: str) -> list[Mount]:
    """Lines of macOS ``mount``: ``//u@nas/ess on /Volumes/ess (smbfs, nodev, nosuid)``."""
    mounts = []
    for line in text.splitlines():
        match = _MACOS_LINE.match(line.strip())
        if match:
            fstype = match.group("opts").split(",")[0].strip()
            mounts.append(Mount(match.group("point"), fstype, match.group("source")))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path`` (an absolute, resolved path): the longest matching point;
    the last one wins among equals, since a later mount hides an earlier one there."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = path == point or path.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def removable_from_sysfs(device: str, sys_root: Path = Path("/sys")) -> bool:
    """Linux: is the block device ``major:minor`` removable (or behind USB)?

    ``/sys/dev/block/8:17`` links to the partition; its disk holds ``removable``. USB hard
    disks often say removable=0, so a USB bus in the device's path counts too.
    """
    if not re.fullmatch(r"\d+:\d+", device or "") or device.startswith("0:"):
        return False  # 0:n is a virtual file system (tmpfs, overlay, network)
    link = sys_root / "dev" / "block" / device
    try:
        real = link.resolve(strict=True)
    except OSError:
        return False
    disk = real.parent if (real / "partition").exists() else real
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    return "/usb" in str(real)


def classify_mount(mount: Mount | None, *, sys_root: Path = Path("/sys")) -> Location:
    if mount is None:
        return Location(LOCAL)
    detail = f"{mount.fstype} {mount.source}"
    if is_network_type(mount.fstype):
        return Location(NETWORK, detail)
    if mount.device and removable_from_sysfs(mount.device, sys_root):
        return Location(REMOVABLE, detail)
    return Location(LOCAL, detail)


def classify_macos(path: str, mounts: list[Mount]) -> Location:
    mount = mount_of(path, mounts)
    if mount is None:
        return Location(LOCAL)
    detail = f"{mount.fstype} {mount.source}"
    if is_network_type(mount.fstype):
        return Location(NETWORK, detail)
    if mount.point.startswith("/Volumes/"):
        return Location(REMOVABLE, detail)
    return Location(LOCAL, detail)


# reading the real system ---------------------------------------------------------------------
def forced() -> bool:
    return os.environ.get(FORCE_ENV, "").strip().lower() in ("1", "yes", "true", "oui")


def classify(path: Path, *, force_share: bool | None = None) -> Location:
    """Where ``path`` lives; ``force_share`` (or the environment knob) overrides detection.

    Any failure to find out says local: detection is a precaution, never a reason to refuse.
    """
    if force_share is None and forced():
        force_share = True
    if force_share is not None:
        return Location(NETWORK, "forced") if force_share else Location(LOCAL, "forced")
    raw = str(path)
    if is_unc(raw):
        return Location(NETWORK, "UNC")
    try:
        resolved = str(Path(path).resolve())
    except OSError:
        return Location(LOCAL)
    if is_unc(resolved):  # a symlink or mapped folder pointing at a share
        return Location(NETWORK, "UNC")
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _classify_windows(resolved)
        if sys.platform == "darwin":  # pragma: no cover - macOS only
            return classify_macos(resolved, _macos_mounts())
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError, subprocess.SubprocessError):
        return Location(LOCAL)
    return classify_mount(mount_of(resolved, parse_mountinfo(text)))


def _macos_mounts() -> list[Mount]:  # pragma: no cover - macOS only
    out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True)
    return parse_macos_mount(out.stdout)


DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4


def _classify_windows(resolved: str) -> Location:  # pragma: no cover - Windows only
    import ctypes

    drive = PurePath(resolved).drive
    if not drive:
        return Location(LOCAL)
    # windll exists on Windows only (mypy checks for the platform it runs on)
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    if kind == DRIVE_REMOTE:
        return Location(NETWORK, _("lecteur réseau {drive}").format(drive=drive))
    if kind == DRIVE_REMOVABLE:
        return Location(REMOVABLE, _("lecteur amovible {drive}").format(drive=drive))
    return Location(LOCAL)
