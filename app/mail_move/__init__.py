"""Moving the mail: each saved Maildir copied into the new provider over IMAP, nothing duplicated."""
