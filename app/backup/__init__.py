"""The backup engine: plan, list, fetch, verify, record, report."""
