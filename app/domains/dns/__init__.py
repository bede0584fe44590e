"""Live DNS checks of custom domains: which records still point at Microsoft 365."""
