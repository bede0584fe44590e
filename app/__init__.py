"""Cancel365: the core of the wizard. Imports no Qt widgets."""

__version__ = "0.1.0"
