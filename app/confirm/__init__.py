"""Confirm: the final checklist, the cancellation in the admin center, and proof from Graph."""
