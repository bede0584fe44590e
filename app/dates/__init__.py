"""Key dates: when the subscription ends, is read-only, and when its data is deleted (and an .ics of them)."""
