"""The backup engine: plan, list, fetch, verify, record, report.

How a caller (the CLI, the wizard's Backup page) drives it, off the GUI thread:

    chosen = discover(graph)                    # every OneDrive and library; chosen.left_out
    chosen.deselect("someone@contoso.com")      # or DriveChoice.selected = False
    require_space(chosen, dest)                 # NotEnoughSpaceError with the numbers
    control = BackupControl()                   # pause() / resume() / cancel() from any thread
    summary = BackupEngine(graph, chosen, dest, workers=6, control=control,
                           on_progress=callback).run()   # Progress objects, ~4 per second
    Manifest.exists(dest)                       # a backup to resume is there

A later run on the same destination updates it: each drive is listed from the
delta link its last complete listing left in the manifest, so only the changes
are fetched (``BackupSummary.updated_from``, ``files_fetched``, ``deleted``).
See docs/graph-behaviour.md for what real Graph sends and how the listing copes.

``run()`` raises a BackupError (disk full, no permission, destination gone)
or NotSignedInError when it has to stop; everything verified so far stays.
"""
