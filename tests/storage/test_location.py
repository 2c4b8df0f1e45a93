"""Where a file lives: UNC paths, Linux mountinfo, macOS mount output, removable disks."""

from pathlib import Path

import pytest

from municipaless.storage import location as where

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
61 27 0:52 / /mnt/mairie rw,relatime shared:40 - cifs //nas-mairie/ESS rw,vers=3.1.1
62 27 0:53 / /srv/nfs rw,relatime - nfs4 nas:/export/ess rw,vers=4.2
63 27 0:54 / /home/camille/distant rw,nosuid,nodev - fuse.sshfs camille@serveur:/ess rw
64 27 8:17 / /media/camille/CLE\040USB rw,nosuid,nodev - vfat /dev/sdb1 rw,uid=1000
65 27 8:33 / /media/camille/NTFS rw,nosuid - fuseblk /dev/sdc1 rw
66 61 0:55 / /mnt/mairie/local rw - ext4 /dev/vdb rw
67 27 0:56 / /run/user/1000/gvfs rw,nosuid - fuse.gvfsd-fuse gvfsd-fuse rw
bad line without separator
"""


def test_unc_paths_are_network_and_long_path_prefixes_are_not():
    assert where.is_unc(r"\\nas-mairie\ESS\territoire.municipaless")
    assert where.is_unc("//nas-mairie/ESS/territoire.municipaless")
    assert where.is_unc(r"\\?\UNC\nas-mairie\ESS\t.municipaless")
    assert not where.is_unc(r"\\?\C:\Users\camille\t.municipaless")
    assert not where.is_unc(r"C:\Users\camille\t.municipaless")
    assert not where.is_unc("/home/camille/t.municipaless")
    assert not where.is_unc("\\\\")
    assert where.classify(Path(r"\\nas\ESS\t.municipaless")).kind == where.NETWORK


def test_mountinfo_is_parsed_with_escaped_spaces():
    mounts = where.parse_mountinfo(MOUNTINFO)
    assert len(mounts) == 9
    usb = mounts[5]
    assert usb.point == "/media/camille/CLE USB" and usb.fstype == "vfat"
    assert usb.source == "/dev/sdb1" and usb.device == "8:17"
    assert mounts[1].point == "/" and mounts[1].fstype == "ext4"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/mairie/ESS/territoire.municipaless", where.NETWORK),
        ("/srv/nfs/t.municipaless", where.NETWORK),
        ("/home/camille/distant/t.municipaless", where.NETWORK),
        ("/run/user/1000/gvfs/smb-share:server=nas/t.municipaless", where.NETWORK),
        ("/home/camille/Documents/t.municipaless", where.LOCAL),
        ("/mnt/mairie/local/t.municipaless", where.LOCAL),  # a local disk mounted inside a share
        ("/mnt/mairie-bis/t.municipaless", where.LOCAL),  # a prefix of a name is not inside
    ],
)
def test_network_mounts_are_found_from_mountinfo(path, kind):
    mounts = where.parse_mountinfo(MOUNTINFO)
    assert where.classify_mount(where.mount_of(path, mounts), sys_root=Path("/nowhere")).kind == (
        kind
    )


def _fake_sysfs(root: Path, device: str, disk: str, removable: str, bus: str = "pci") -> None:
    """/sys/dev/block/<device> -> …/<bus>/…/block/<disk>/<disk>1 (a partition)."""
    disk_dir = root / "devices" / bus / "host0" / "block" / disk
    part = disk_dir / f"{disk}1"
    part.mkdir(parents=True)
    (part / "partition").write_text("1\n")
    (disk_dir / "removable").write_text(removable + "\n")
    (root / "dev" / "block").mkdir(parents=True, exist_ok=True)
    (root / "dev" / "block" / device).symlink_to(part)


def test_removable_disks_are_read_from_sysfs(tmp_path):
    _fake_sysfs(tmp_path, "8:17", "sdb", "1")
    _fake_sysfs(tmp_path, "8:33", "sdc", "0", bus="usb1")  # a USB disk saying removable=0
    _fake_sysfs(tmp_path, "8:49", "sdd", "0")  # an internal second disk
    mounts = where.parse_mountinfo(MOUNTINFO)
    usb = where.mount_of("/media/camille/CLE USB/t.municipaless", mounts)
    assert where.classify_mount(usb, sys_root=tmp_path).kind == where.REMOVABLE
    ntfs = where.mount_of("/media/camille/NTFS/t.municipaless", mounts)
    assert where.classify_mount(ntfs, sys_root=tmp_path).kind == where.REMOVABLE  # fuseblk, USB
    assert where.removable_from_sysfs("8:49", tmp_path) is False
    assert where.removable_from_sysfs("0:52", tmp_path) is False
    assert where.removable_from_sysfs("nonsense", tmp_path) is False


def test_macos_mount_output():
    text = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//camille@nas-mairie/ESS on /Volumes/ESS (smbfs, nodev, nosuid, mounted by camille)\n"
        "/dev/disk4s1 on /Volumes/CLE USB (msdos, local, nodev, nosuid, noowners)\n"
        "nas:/export on /private/nfs (nfs)\n"
    )
    mounts = where.parse_macos_mount(text)
    assert [m.fstype for m in mounts] == ["apfs", "smbfs", "msdos", "nfs"]
    assert where.classify_macos("/Volumes/ESS/t.municipaless", mounts).kind == where.NETWORK
    assert where.classify_macos("/Volumes/CLE USB/t.municipaless", mounts).kind == where.REMOVABLE
    assert where.classify_macos("/private/nfs/t.municipaless", mounts).kind == where.NETWORK
    assert where.classify_macos("/Users/camille/t.municipaless", mounts).kind == where.LOCAL


def test_the_real_system_and_the_test_knob(tmp_path, monkeypatch):
    monkeypatch.delenv(where.FORCE_ENV, raising=False)
    assert where.classify(tmp_path / "t.municipaless").kind in (where.LOCAL, where.REMOVABLE)
    monkeypatch.setenv(where.FORCE_ENV, "1")
    assert where.classify(tmp_path / "t.municipaless").needs_working_copy
    assert not where.classify(tmp_path / "t.municipaless", force_share=False).needs_working_copy
