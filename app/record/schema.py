"""The record's JSON Schema (record-schema.json, shipped with the package) and a small checker.

The checker knows the part of JSON Schema the file uses (type, const, enum,
properties, required, additionalProperties, items), so the record is checked in
tests and by anyone reading it, without a new runtime dependency.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
    "integer": (int,), "number": (int, float), "null": (type(None),),
}


def load_schema() -> dict[str, Any]:
    return json.loads(resources.files("app.record").joinpath("record-schema.json").read_text("utf-8"))


def validate(value: Any, schema: dict[str, Any], where: str = "record") -> None:
    """Raise ValueError naming the first place where ``value`` breaks ``schema``."""
    if "$ref" in schema:
        raise ValueError(f"{where}: $ref is not supported")
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        ok = any(isinstance(value, _TYPES[n]) and not (n in ("integer", "number")
                                                          and isinstance(value, bool))
                 for n in names)
        if not ok:
            raise ValueError(f"{where}: expected {'/'.join(names)}, got {type(value).__name__}")
    if "const" in schema and value != schema["const"]:
        raise ValueError(f"{where}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise ValueError(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise ValueError(f"{where}: {key} is missing")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, inner in value.items():
            if key in properties:
                validate(inner, properties[key], f"{where}.{key}")
            elif extra is False:
                raise ValueError(f"{where}: {key} is not in the schema")
            elif isinstance(extra, dict):
                validate(inner, extra, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, inner in enumerate(value):
            validate(inner, schema["items"], f"{where}[{index}]")
