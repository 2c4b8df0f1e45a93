"""`municipaless check`: what an officer (or support on the phone) needs to know about a file."""

from dataclasses import dataclass, field
from pathlib import Path

from municipaless.services.file.opening import OpenMode, open_territory
from municipaless.storage.errors import StorageError

LABELS = {
    "organisation": "structures",
    "person": "personnes",
    "project": "projets",
    "case_event": "entrées du suivi",
    "referral": "orientations",
    "funding_request": "demandes de financement",
    "follow_up": "relances",
    "meeting": "réunions",
    "decision": "décisions",
    "action_item": "actions",
}


@dataclass
class CheckReport:
    path: Path
    ok: bool = False
    problem: str = ""
    schema_version: int | None = None
    integrity: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        lines = [f"Fichier : {self.path}"]
        if self.problem:
            lines.append(f"Problème : {self.problem}")
            return "\n".join(lines)
        lines.append(f"Format : version {self.schema_version}")
        lines.append(f"Intégrité : {self.integrity}")
        lines.extend(f"  {LABELS.get(t, t):<26} {n:>8}" for t, n in self.counts.items())
        return "\n".join(lines)


def check_file(path: Path) -> CheckReport:
    """Read-only inspection: never migrates nor writes the file it checks.

    It takes no lock (support must be able to check a file a colleague has open) and reads
    the file where it is, even on a share: reading over SMB/NFS is safe, only writing is not,
    and a working copy would check the copy instead of the file asked about."""
    report = CheckReport(path=Path(path))
    try:
        territory = open_territory(path, mode=OpenMode.READ_ONLY, force_share=False)
    except StorageError as exc:
        report.problem = exc.message
        return report
    try:
        report.schema_version = territory.schema_version
        report.integrity = territory.integrity_check()
        report.counts = territory.counts()
        report.ok = report.integrity == "ok"
    finally:
        territory.close()
    return report
