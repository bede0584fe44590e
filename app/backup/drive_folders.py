"""Where each chosen drive's copy goes: OneDrive/<user>, SharePoint/<site>/<library>, kept across runs."""

from __future__ import annotations

from app.backup.manifest import DriveRow, Manifest
from app.backup.paths import LocalNames
from app.backup.plan import ONEDRIVE, BackupPlan, DriveChoice


def drive_rows(manifest: Manifest, plan: BackupPlan,
               dest: str) -> list[tuple[DriveChoice, DriveRow]]:
    """The plan's chosen drives with their rows; a drive new to the destination gets a folder.

    A drive the manifest knows keeps its folder; a new one gets a name that collides
    with none taken (the manifest's, or the destination's own), and a new site's
    libraries share one site folder.
    """
    known = {d.drive_id: d for d in manifest.drives()}
    roots = LocalNames((d.local_root for d in known.values()), root=dest)
    site_dirs = {d.owner: d.local_root.rsplit("/", 1)[0] for d in known.values()
                 if d.kind != ONEDRIVE}
    for d in known.values():
        if d.kind != ONEDRIVE:
            roots.mark(site_dirs[d.owner])
    out = []
    for choice in plan.chosen:
        row = known.get(choice.drive_id)
        if row is None:
            if choice.kind == ONEDRIVE:
                local_root = roots.allocate("OneDrive", choice.owner)
            else:
                if choice.owner not in site_dirs:
                    site_dirs[choice.owner] = roots.allocate("SharePoint", choice.owner_name)
                local_root = roots.allocate(site_dirs[choice.owner], choice.name)
            row = DriveRow(choice.drive_id, choice.kind, choice.owner, choice.owner_name,
                           choice.name, choice.drive_type, local_root)
            manifest.add_drive(row)
        out.append((choice, row))
    return out
