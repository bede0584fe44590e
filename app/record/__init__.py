"""Record the way out: the feedback, and the cancellation record (JSON and PDF) from the state."""
