"""What the admin should do about each record, in their language.

Texts go through Qt's translator (context "dns") when QtCore is there, so the
wizard, the CLI table and the JSON all say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dns.records import Role, Step
from app.dns.results import Lookup, NextStep, Problem, RecordRow

try:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("dns", text)
except ImportError:  # the CLI without Qt installed still works, in English
    def tr(text: str) -> str:
        return text


def problem_text(problem: Problem, name: str) -> str:
    """One sentence: what went wrong with a lookup."""
    return {
        Problem.INVALID_NAME: tr("“{0}” is not a valid domain name. Type only the domain, "
                                 "like contoso.com."),
        Problem.NXDOMAIN: tr("{0} does not exist in DNS (NXDOMAIN). Check the spelling."),
        Problem.NO_DATA: tr("{0} has no record of this type."),
        Problem.SERVFAIL: tr("The DNS server failed to answer for {0} (SERVFAIL). Try again "
                             "later or choose another resolver."),
        Problem.REFUSED: tr("The DNS server refused to answer for {0}. Choose another "
                            "resolver."),
        Problem.TIMEOUT: tr("No answer for {0} in time. Check the network connection or "
                            "choose another resolver."),
        Problem.CNAME_LOOP: tr("{0} is a CNAME that leads back to itself (a loop). Fix it at "
                               "your DNS host."),
        Problem.NULL_MX: tr("{0} accepts no mail: it has a null MX record (RFC 7505)."),
        Problem.NETWORK: tr("Could not ask DNS about {0}: no network or no resolver. Check "
                            "the connection or choose another resolver."),
        Problem.BAD_ANSWER: tr("The DNS server gave a malformed answer for {0}. Choose "
                               "another resolver."),
    }[problem].format(name)


def row_advice(role: Role, lookup: Lookup, points: bool | None, name: str, *,
               dns_at_microsoft: bool) -> str:
    """What to do about one record."""
    if points is None:
        return tr("Couldn't check: {0}").format(problem_text(lookup.problem or Problem.NETWORK,
                                                               name))
    if lookup.problem is Problem.NULL_MX:
        return tr("This domain accepts no mail (null MX, RFC 7505). If people should still "
                  "mail it, add your new mail provider's MX record.")
    absent = not lookup.values
    if role is Role.MX:
        if points:
            text = tr("Step 1: change MX to your new mail provider. Until then mail keeps "
                      "going to Microsoft 365; after cancelling it bounces.")
            if dns_at_microsoft:
                text += " " + tr("Microsoft 365 hosts this domain's DNS: the change takes "
                                 "effect only after the NS records move (step 2).")
            return text
        if absent:
            return tr("No MX record: mail to this domain cannot be delivered. Add your new "
                      "mail provider's MX record.")
        return tr("Done: mail goes to your new provider.")
    if role is Role.SOA:
        if points:
            return tr("The zone's primary nameserver is Microsoft 365's; it moves with the NS "
                      "records (step 2).")
        return tr("Nothing to do: the zone's primary nameserver is not Microsoft 365's.")
    if role is Role.NS:
        if points:
            return tr("Step 2: Microsoft 365 hosts this domain's DNS. Recreate every record "
                      "at your new DNS host, then change the NS records at your registrar.")
        if absent:
            return tr("No NS records found: ask your registrar which DNS host serves this "
                      "domain.")
        return tr("Your DNS is hosted outside Microsoft 365: make the changes there.")
    if role is Role.SPF:
        if points:
            return tr("Step 3: remove include:spf.protection.outlook.com from this SPF "
                      "record once mail has moved; add your new provider's include.")
        if absent:
            return tr("No SPF record. Add the one your new mail provider gives you.")
        return tr("Nothing to do: SPF no longer includes Microsoft 365.")
    if role is Role.VERIFICATION:
        return tr("Step 4: remove this Microsoft 365 verification record after removing the "
                  "domain from Microsoft 365.")
    if role is Role.DMARC:
        return tr("Keep it. Your new mail provider may suggest changes.")
    if points:
        return {
            Role.AUTODISCOVER: tr("Step 3: remove it, or point it at your new provider's "
                                  "autodiscover, once mail has moved."),
            Role.DKIM: tr("Step 3: remove this Microsoft 365 DKIM key once mail has moved; "
                          "add your new provider's keys."),
            Role.TEAMS: tr("Step 3: remove this Teams/Skype for Business record."),
            Role.DEVICES: tr("Step 3: remove this device-management record (Intune)."),
        }.get(role, tr("Step 3: remove this Microsoft 365 record."))
    if absent:
        return tr("Nothing to do: not present.")
    return tr("Nothing to do: no longer points at Microsoft 365.")


def propagation_note(row: RecordRow) -> str:
    """Whether the authoritative servers agree with the resolver, and when caches expire."""
    if not row.authoritative:
        return ""
    # Local time, like the table's "Cached until" column.
    expires = row.expires_at.astimezone().strftime("%H:%M:%S") if row.expires_at else ""
    agrees = row.agrees
    if agrees is None:
        return tr("The domain's own nameservers did not answer; only the resolver's answer "
                  "is shown.")
    if agrees:
        return tr("The domain's nameservers agree.")
    differing = [v for v in row.authoritative if v.answered
                 and {x.lower() for x in v.values} != {x.lower() for x in row.values}]
    names = ", ".join(f"{v.server}: {' '.join(v.values) or '–'}" for v in differing)
    if expires:
        return tr("Not everywhere yet: {0}. The resolver's cached answer expires at {1}.") \
            .format(names, expires)
    return tr("Not everywhere yet: {0}.").format(names)


def next_steps(domain: str, rows: Sequence[RecordRow]) -> tuple[NextStep, ...]:
    """The four steps of the source documents, each marked done or not."""
    def state(step: Step) -> bool | None:
        mine = [r for r in rows if r.step is step]
        if any(r.points_to_microsoft is None for r in mine):
            return None
        return not any(r.points_to_microsoft for r in mine)

    mx_done, ns_done, rest_done = (state(s) for s in
                                   (Step.MOVE_MX, Step.MOVE_NS, Step.REMOVE_RECORDS))
    return (
        NextStep(Step.MOVE_MX, tr("Tell your users the date their mail moves, then change "
                                  "the MX record to the new mail provider."), mx_done is True),
        NextStep(Step.MOVE_NS, tr("If Microsoft 365 hosts the DNS: recreate every record at "
                                  "the new DNS host, then change the NS records at the "
                                  "registrar."), ns_done is True),
        NextStep(Step.REMOVE_RECORDS, tr("Remove the remaining Microsoft 365 records (SPF "
                                         "include, autodiscover, DKIM…)."), rest_done is True),
        NextStep(Step.REMOVE_DOMAIN, tr("Remove {0} from Microsoft 365.").format(domain), False),
    )


def domain_error(problems: Sequence[tuple[str, Problem]]) -> str:
    """The one-line message for a domain that could not be (fully) checked."""
    if len(problems) == 1:
        name, problem = problems[0]
        return problem_text(problem, name)
    kinds = sorted({p.value for _, p in problems})
    return tr("{0} records could not be checked ({1}). Try again, or choose another "
              "resolver.").format(len(problems), ", ".join(kinds))
