"""The wizard: Qt pages over the core in app/."""
