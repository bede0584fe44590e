"""Signing in: the admin's delegated MSAL sign-in and the secrets it keeps."""
