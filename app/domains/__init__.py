"""Step 2, custom domains: live DNS checks, telling the users, and removing the domain from the tenant."""
