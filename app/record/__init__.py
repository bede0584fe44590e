"""Record the way out: the admin's feedback and the cancellation record (JSON and PDF) built from the state."""
