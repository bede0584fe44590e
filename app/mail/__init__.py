"""Mailboxes: every user's mail (Maildir or mbox), calendars (.ics) and contacts (.vcf), verified.

    summary = MailBackup(tokens, graph_url, dest, fmt="maildir").run()   # app.mail.backup
"""
