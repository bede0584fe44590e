"""What the admin should do about each record, in their language.

Texts go through Qt's translator (context "dns"; QtCore works without a
display), so the wizard, the CLI table and the JSON say the same thing in the
same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domains.dns.records import Role, Step
from app.domains.dns.results import Lookup, NextStep, Problem, RecordRow

# Qt's translator: found by lupdate as translate("dns", "…"); QtCore needs no display.
translate = QCoreApplication.translate


def couldnt_check(message: str) -> str:
    return translate("dns", "Couldn't check: {0}").format(message)


def system_resolver() -> str:
    return translate("dns", "the system's resolver")


def problem_text(problem: Problem, name: str) -> str:
    """One sentence: what went wrong with a lookup."""
    return {
        Problem.INVALID_NAME: translate("dns", "“{0}” is not a valid domain name. Type only the domain, "
                                               "like contoso.com."),
        Problem.NXDOMAIN: translate("dns", "{0} does not exist in DNS (NXDOMAIN). Check the spelling."),
        Problem.NO_DATA: translate("dns", "{0} has no record of this type."),
        Problem.SERVFAIL: translate("dns", "The DNS server failed to answer for {0} (SERVFAIL). Try again "
                                           "later or choose another resolver."),
        Problem.REFUSED: translate("dns", "The DNS server refused to answer for {0}. Choose another "
                                          "resolver."),
        Problem.TIMEOUT: translate("dns", "No answer for {0} in time. Check the network connection or "
                                          "choose another resolver."),
        Problem.CNAME_LOOP: translate("dns", "{0} is a CNAME that leads back to itself (a loop). Fix it at "
                                             "your DNS host."),
        Problem.NULL_MX: translate("dns", "{0} accepts no mail: it has a null MX record (RFC 7505)."),
        Problem.NETWORK: translate("dns", "Could not ask DNS about {0}: no network or no resolver. Check "
                                          "the connection or choose another resolver."),
        Problem.BAD_ANSWER: translate("dns", "The DNS server gave a malformed answer for {0}. Choose "
                                             "another resolver."),
    }[problem].format(name)


def row_advice(role: Role, lookup: Lookup, points: bool | None, name: str, *,
               dns_at_microsoft: bool) -> str:
    """What to do about one record."""
    if points is None:
        return couldnt_check(problem_text(lookup.problem or Problem.NETWORK, name))
    if lookup.problem is Problem.NULL_MX:
        return translate("dns", "This domain accepts no mail (null MX, RFC 7505). If people should still "
                                "mail it, add your new mail provider's MX record.")
    absent = not lookup.values
    if role is Role.MX:
        if points:
            text = translate("dns", "Step 1: change MX to your new mail provider. Until then mail keeps "
                                    "going to Microsoft 365; after cancelling it bounces.")
            if dns_at_microsoft:
                text += " " + translate("dns", "Microsoft 365 hosts this domain's DNS: the change takes "
                                               "effect only after the NS records move (step 2).")
            return text
        if absent:
            return translate("dns", "No MX record: mail to this domain cannot be delivered. Add your new "
                                    "mail provider's MX record.")
        return translate("dns", "Done: mail goes to your new provider.")
    if role is Role.SOA:
        if points:
            return translate("dns", "The zone's primary nameserver is Microsoft 365's; it moves with the NS "
                                    "records (step 2).")
        return translate("dns", "Nothing to do: the zone's primary nameserver is not Microsoft 365's.")
    if role is Role.NS:
        if points:
            return translate("dns", "Step 2: Microsoft 365 hosts this domain's DNS. Recreate every record "
                                    "at your new DNS host, then change the NS records at your registrar.")
        if absent:
            return translate("dns", "No NS records found: ask your registrar which DNS host serves this "
                                    "domain.")
        return translate("dns", "Your DNS is hosted outside Microsoft 365: make the changes there.")
    if role is Role.SPF:
        if points:
            return translate("dns", "Step 3: remove include:spf.protection.outlook.com from this SPF "
                                    "record once mail has moved; add your new provider's include.")
        if absent:
            return translate("dns", "No SPF record. Add the one your new mail provider gives you.")
        return translate("dns", "Nothing to do: SPF no longer includes Microsoft 365.")
    if role is Role.VERIFICATION:
        return translate("dns", "Step 4: remove this Microsoft 365 verification record after removing the "
                                "domain from Microsoft 365.")
    if role is Role.DMARC:
        return translate("dns", "Keep it. Your new mail provider may suggest changes.")
    if points:
        return {
            Role.AUTODISCOVER: translate("dns", "Step 3: remove it, or point it at your new provider's "
                                                "autodiscover, once mail has moved."),
            Role.DKIM: translate("dns", "Step 3: remove this Microsoft 365 DKIM key once mail has moved; "
                                        "add your new provider's keys."),
            Role.TEAMS: translate("dns", "Step 3: remove this Teams/Skype for Business record."),
            Role.DEVICES: translate("dns", "Step 3: remove this device-management record (Intune)."),
        }.get(role, translate("dns", "Step 3: remove this Microsoft 365 record."))
    if absent:
        return translate("dns", "Nothing to do: not present.")
    return translate("dns", "Nothing to do: no longer points at Microsoft 365.")


def propagation_note(row: RecordRow, *, pending: bool = False) -> str:
    """Whether the authoritative servers agree with the resolver, and when caches expire."""
    if pending and row.points_to_microsoft is not None:
        return translate("dns", "Still asking the domain's own nameservers whether they give the "
                                "same answer.")
    if not row.authoritative:
        return ""
    # Local time, like the table's "Cached until" column.
    expires = row.expires_at.astimezone().strftime("%H:%M:%S") if row.expires_at else ""
    agrees = row.agrees
    if agrees is None:
        return translate("dns", "The domain's own nameservers did not answer; only the resolver's answer "
                                "is shown.")
    if agrees:
        return translate("dns", "The domain's nameservers agree.")
    differing = [v for v in row.authoritative if v.answered
                 and {x.lower() for x in v.values} != {x.lower() for x in row.values}]
    names = ", ".join(f"{v.server}: {' '.join(v.values) or '–'}" for v in differing)
    if expires:
        return translate("dns", "Not everywhere yet: {0}. The resolver's cached answer expires at {1}.") \
            .format(names, expires)
    return translate("dns", "Not everywhere yet: {0}.").format(names)


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
        NextStep(Step.MOVE_MX, translate("dns", "Tell your users the date their mail moves, then change "
                                                "the MX record to the new mail provider."), mx_done is True),
        NextStep(Step.MOVE_NS, translate("dns", "If Microsoft 365 hosts the DNS: recreate every record at "
                                                "the new DNS host, then change the NS records at the "
                                                "registrar."), ns_done is True),
        NextStep(Step.REMOVE_RECORDS, translate("dns", "Remove the remaining Microsoft 365 records (SPF "
                                                       "include, autodiscover, DKIM…)."), rest_done is True),
        NextStep(Step.REMOVE_DOMAIN,
                 translate("dns", "Remove {0} from Microsoft 365.").format(domain), False),
    )


def domain_error(problems: Sequence[tuple[str, Problem]]) -> str:
    """The one-line message for a domain that could not be (fully) checked."""
    if len(problems) == 1:
        name, problem = problems[0]
        return problem_text(problem, name)
    kinds = sorted({p.value for _, p in problems})
    return translate("dns", "{0} records could not be checked ({1}). Try again, or choose another "
                            "resolver.").format(len(problems), ", ".join(kinds))
