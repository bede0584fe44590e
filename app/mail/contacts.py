"""Graph contacts ("contact resource type") to vCard 3.0, with :mod:`vobject`."""

from __future__ import annotations

from typing import Any

import vobject

JsonDict = dict[str, Any]


def vcard(contact: JsonDict) -> str:
    card = vobject.vCard()
    given, family = contact.get("givenName") or "", contact.get("surname") or ""
    name = contact.get("displayName") or " ".join(p for p in (given, family) if p) or \
        contact.get("companyName") or "?"
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name(family=family, given=given,
                                              additional=contact.get("middleName") or "")
    for mail in contact.get("emailAddresses") or []:
        if mail.get("address"):
            line = card.add("email")
            line.value = mail["address"]
            line.type_param = "INTERNET"
    for kind, numbers in (("WORK", contact.get("businessPhones") or []),
                          ("HOME", contact.get("homePhones") or []),
                          ("CELL", [contact["mobilePhone"]] if contact.get("mobilePhone") else [])):
        for number in numbers:
            line = card.add("tel")
            line.value = number
            line.type_param = kind
    if contact.get("companyName"):
        card.add("org").value = [contact["companyName"], contact.get("department") or ""][
            :2 if contact.get("department") else 1]
    if contact.get("jobTitle"):
        card.add("title").value = contact["jobTitle"]
    for kind, key in (("WORK", "businessAddress"), ("HOME", "homeAddress"),
                      ("OTHER", "otherAddress")):
        addr = contact.get(key) or {}
        if any(addr.values()):
            line = card.add("adr")
            line.value = vobject.vcard.Address(
                street=addr.get("street") or "", city=addr.get("city") or "",
                region=addr.get("state") or "", code=addr.get("postalCode") or "",
                country=addr.get("countryOrRegion") or "")
            line.type_param = kind
    if contact.get("birthday"):
        card.add("bday").value = str(contact["birthday"])[:10]
    if contact.get("personalNotes"):
        card.add("note").value = contact["personalNotes"]
    card.add("uid").value = contact["id"]
    return card.serialize()


def contacts_vcf(contacts: list[JsonDict]) -> bytes:
    return "".join(vcard(c) for c in contacts).encode("utf-8")
