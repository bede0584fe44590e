"""Step 1, the subscription: which products the tenant has, their licences, and the way out that applies."""
