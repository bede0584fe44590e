"""The built-in demo tenant: a Graph-compatible server on loopback, seeded from resources/demo."""
