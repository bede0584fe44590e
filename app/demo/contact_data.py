"""The demo mailboxes' contacts as Graph returns them: several addresses, phones, non-Latin names."""

from __future__ import annotations

from app.demo.mailbox_model import JsonDict, demo_id


def rich_contacts() -> list[JsonDict]:
    return [
        {"id": demo_id("c", "1"), "displayName": "Søren Ærø", "givenName": "Søren",
         "surname": "Ærø", "companyName": "Ærø Mølle", "jobTitle": "Møller",
         "emailAddresses": [{"name": "Søren Ærø", "address": "soren@aero.dk"},
                            {"name": "Søren (privat)", "address": "soren.aero@example.com"}],
         "businessPhones": ["+45 62 52 10 00", "+45 62 52 10 01"], "homePhones": ["+45 33 12 34 56"],
         "mobilePhone": "+45 20 30 40 50",
         "businessAddress": {"street": "Møllevej 4", "city": "Ærøskøbing",
                             "postalCode": "5970", "countryOrRegion": "Danmark"},
         "birthday": "1970-05-17T00:00:00Z", "personalNotes": "Leverer mel hver tirsdag."},
        {"id": demo_id("c", "2"), "displayName": "Åse Øberg", "givenName": "Åse",
         "surname": "Øberg", "emailAddresses": [{"name": "Åse", "address": "aase@oeberg.se"}],
         "businessPhones": [], "homePhones": [], "mobilePhone": "+46 70 123 45 67"},
        {"id": demo_id("c", "3"), "displayName": "Kaffebaren", "companyName": "Kaffebaren ApS",
         "emailAddresses": [{"address": "info@kaffebaren.dk"}, {"address": "bogholderi@kaffebaren.dk"},
                            {"address": "ordre@kaffebaren.dk"}],
         "businessPhones": ["+45 70 20 30 40"], "homePhones": [], "mobilePhone": None},
    ]


def supplier_contacts() -> list[JsonDict]:
    return [
        {"id": demo_id("c", "s1"), "displayName": "Grossisten A/S",
         "companyName": "Grossisten A/S", "emailAddresses": [{"address": "salg@grossist.dk"}],
         "businessPhones": ["+45 86 00 00 00"], "homePhones": [], "mobilePhone": None},
        {"id": demo_id("c", "s2"), "displayName": "Dmitri Ivanov", "givenName": "Дмитрий",
         "surname": "Иванов", "emailAddresses": [{"address": "dmitri@example.com"}],
         "businessPhones": [], "homePhones": [], "mobilePhone": "+7 912 000 00 00"},
    ]
