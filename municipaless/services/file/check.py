"""`municipaless check`: what an officer (or support on the phone) needs to know about a file.

Never a traceback and never a change to the file: whatever the file holds, the answer is a
French verdict — sain, interrompu (a save was cut short: repaired at the next opening, by
SQLite rolling its journal back), endommagé, or why it is not a file we can read — with the
format version and the integrity; SQLite's own words only under « Détails ». An older format
is examined as it is (no upgrade, no writable folder needed).
"""

from dataclasses import dataclass, field
from pathlib import Path

from municipaless.core.i18n import N_, _
from municipaless.services.file.territory import COUNTED
from municipaless.storage import recovery, territory_file
from municipaless.storage.errors import StorageError
from municipaless.storage.migrations import LATEST_VERSION

LABELS = {
    "organisation": N_("structures"),
    "person": N_("personnes"),
    "project": N_("projets"),
    "case_event": N_("entrées du suivi"),
    "referral": N_("orientations"),
    "funding_request": N_("demandes de financement"),
    "follow_up": N_("relances"),
    "meeting": N_("réunions"),
    "decision": N_("décisions"),
    "action_item": N_("actions"),
}

SOUND = "sain"
INTERRUPTED = "interrompu"
DAMAGED = "endommagé"
REFUSED = "non lisible"

VERDICTS = {
    SOUND: N_("Verdict : fichier sain."),
    INTERRUPTED: N_(
        "Verdict : enregistrement interrompu (l'application a été fermée brutalement pendant "
        "un enregistrement). Le fichier n'est pas endommagé : il sera réparé automatiquement "
        "à sa prochaine ouverture, en revenant au dernier enregistrement terminé."
    ),
    DAMAGED: N_(
        "Verdict : fichier endommagé. Ne l'utilisez plus tel quel : ouvrez-le dans "
        "MunicipalESS pour restaurer la dernière sauvegarde ou récupérer ce qui peut l'être "
        "dans un nouveau fichier."
    ),
}


@dataclass
class CheckReport:
    path: Path
    ok: bool = False
    verdict: str = ""
    problem: str = ""
    schema_version: int | None = None
    integrity: str = ""  # 'ok' or SQLite's description (shown under « Détails »)
    counts: dict[str, int] = field(default_factory=dict)
    details: str = ""

    def as_dict(self) -> dict[str, object]:
        """For scripts (``check --json``): the verdict's code and its French sentence."""
        return {
            "path": str(self.path),
            "ok": self.ok,
            "verdict": self.verdict,
            "message": self.problem or _(VERDICTS.get(self.verdict, "")),
            "schema_version": self.schema_version,
            "integrity": self.integrity,
            "counts": dict(self.counts),
            "details": self.details,
        }

    def text(self) -> str:
        lines = [_("Fichier : {path}").format(path=self.path)]
        if self.problem:
            lines.append(_("Problème : {problem}").format(problem=self.problem))
        else:
            lines.append(_(VERDICTS[self.verdict]))
        if self.schema_version is not None:
            lines.append(_version_line(self.schema_version))
        if self.verdict in (SOUND, INTERRUPTED, DAMAGED) and (self.integrity or self.details):
            sound = self.integrity == "ok"
            lines.append(_("Intégrité : correcte") if sound else _("Intégrité : défauts trouvés"))
        lines.extend(f"  {_(LABELS.get(t, t)):<26} {n:>8}" for t, n in self.counts.items())
        if self.details:
            lines += [_("Détails (pour l'assistance) :"), f"  {self.details}"]
        return "\n".join(lines)


def _version_line(version: int) -> str:
    if version < LATEST_VERSION:
        return _(
            "Format : version {version} (ancienne ; cette version de l'application lit jusqu'à "
            "la version {latest}). Le fichier sera mis à jour à sa prochaine "
            "ouverture, après une sauvegarde automatique."
        ).format(version=version, latest=LATEST_VERSION)
    return _("Format : version {version}").format(version=version)


def check_file(path: Path) -> CheckReport:
    """Read-only inspection: never migrates nor writes the file it checks, never raises.

    It takes no lock (support must be able to check a file a colleague has open) and reads
    the file where it is, even on a share: reading over SMB/NFS is safe, only writing is not,
    and a working copy would check the copy instead of the file asked about."""
    report = CheckReport(path=Path(path))
    try:
        _check(report)
    except Exception as exc:  # noqa: BLE001 - a verdict, never a traceback
        report.verdict, report.problem, report.ok = DAMAGED, "", False
        report.details = f"{type(exc).__name__}: {exc}"
    return report


def _check(report: CheckReport) -> None:
    try:
        territory_file.check_header(report.path)
    except StorageError as exc:
        report.verdict, report.problem = REFUSED, exc.message
        return
    found = recovery.examine(report.path, COUNTED)
    report.schema_version = found.version
    report.integrity = found.integrity
    report.counts = found.counts
    if found.unreadable:
        report.verdict = DAMAGED
        report.details = found.unreadable
    elif found.integrity != "ok":
        report.verdict = DAMAGED
        report.details = found.integrity
    else:
        report.verdict = INTERRUPTED if found.interrupted else SOUND
    report.ok = report.verdict in (SOUND, INTERRUPTED)  # nothing to do: it repairs itself
