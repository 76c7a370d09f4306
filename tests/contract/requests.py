#!/usr/bin/python3
"""Requests made from service/openapi.json's own schemas, sent to a cacd.

Usage: requests.py OPENAPI_JSON BASE_URL ADMIN_TOKEN

For each write below, bodies are generated from the operation's request
schema: the smallest (required fields only), the largest (every field at
its longest or highest) and random ones between, each checked valid with
python3-jsonschema before it is sent. None may be refused for its shape
(400 or 422): a document that says a body is valid must not have the
server refuse it. Then, for every constraint the document states (a
length, a pattern, a range, an enum, no other properties), one body that
breaks just that constraint must be refused with 422: the document and the
server agree on what they refuse, too.

Identifiers (uuids, an instrument's key) are filled with real ones made
first, so that a 404 or 422 for something that does not exist never hides
a shape problem; times are ascending and in the future, as waves need them.
Request bodies a write refuses by its data (a 409) are fine here.
"""
import copy
import datetime
import json
import random
import re
import sys
import urllib.error
import urllib.request

from jsonschema import Draft202012Validator, RefResolver

DOCUMENT = json.load(open(sys.argv[1]))
BASE, ADMIN = sys.argv[2], sys.argv[3]
RANDOM = random.Random(20261130)
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# A generator for each pattern the document uses; a new pattern needs one.
PATTERNS = {
    "^(GM[0-9A-Z]{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$":
        lambda: RANDOM.choice(["GM", "WK", "BU"]) + "".join(
            RANDOM.choice(ALPHANUMERIC) for _ in range(8)),
    "^GM[0-9A-Z]{4}$": lambda: "GM" + "".join(RANDOM.choice(ALPHANUMERIC) for _ in range(4)),
}


def fix_pattern_lengths(value, pattern):
    """The GM/WK/BU generator makes 10 characters; cut to its prefix's length."""
    if pattern.startswith("^(GM"):
        return value[:{"GM": 6, "WK": 8, "BU": 10}[value[:2]]]
    return value


def resolve(schema):
    while "$ref" in schema:
        node = DOCUMENT
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    # allOf of references is merged; allOf of conditions (if/then) is left
    # to the validator, which throws away the bodies that break them
    if "allOf" in schema and all("$ref" in part for part in schema["allOf"]):
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = {**resolve(part), **merged}
        schema = merged
    return schema


class Generator:
    def __init__(self, ids):
        self.ids = ids
        self.clock = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=2)

    def time(self):
        self.clock += datetime.timedelta(days=RANDOM.randint(1, 40))
        return self.clock.strftime("%Y-%m-%dT%H:%M:%SZ")

    def string(self, schema, name, mode):
        if schema.get("format") == "uuid" or name in self.ids:
            return self.ids[name]
        if schema.get("format") == "date-time":
            return self.time()
        if "pattern" in schema:
            return fix_pattern_lengths(PATTERNS[schema["pattern"]](), schema["pattern"])
        low, high = schema.get("minLength", 0), schema.get("maxLength", 60)
        length = {"small": max(low, 1) if low else 0, "large": high}.get(
            mode, RANDOM.randint(max(low, 1), min(high, 60)))
        # letters, digits, spaces and a few characters past ASCII
        alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789éëïöü€–"
        return "".join(RANDOM.choice(alphabet) for _ in range(length)).strip() or "x" * max(low, 1)

    def value(self, schema, name, mode):
        schema = resolve(schema)
        if "anyOf" in schema:
            options = [resolve(s) for s in schema["anyOf"]]
            if mode == "small" and any(s.get("type") == "null" for s in options):
                return None
            options = [s for s in options if s.get("type") != "null"] or options
            return self.value(RANDOM.choice(options), name, mode)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return RANDOM.choice(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = [k for k in kind if k != "null"][0]
        if kind == "object":
            return self.object(schema, mode)
        if kind == "array":
            low, high = schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)
            count = {"small": low, "large": high}.get(mode, RANDOM.randint(low, high))
            item = self.value(schema["items"], name, mode)
            return [item] if count and schema.get("uniqueItems") else [item] * count
        if kind == "boolean":
            return RANDOM.choice([True, False])
        if kind in ("integer", "number"):
            low, high = schema.get("minimum", -1000), schema.get("maximum", 1000)
            if mode == "large":
                return high
            if mode == "small":
                return low
            return RANDOM.randint(low, high) if kind == "integer" else RANDOM.uniform(low, high)
        return self.string(schema, name, mode)

    def object(self, schema, mode):
        body = {}
        for name, property_schema in schema.get("properties", {}).items():
            if name in schema.get("required", []) or mode == "large" or (
                    mode == "random" and RANDOM.random() < 0.6):
                body[name] = self.value(property_schema, name, mode)
        return body


def consistent(body):
    """The one rule between fields the document states in words, not in
    schema: a neighbourhood's municipality_code is its code's municipality."""
    code = body.get("code")
    if isinstance(code, str) and isinstance(body.get("municipality_code"), str):
        body["municipality_code"] = "GM" + code[2:6]
    return body


def send(method, path, body):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + ADMIN,
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def body_schema(path, method):
    return resolve(DOCUMENT["paths"][path][method]["requestBody"]["content"]
                   ["application/json"]["schema"])


def violations(schema, valid):
    """One body per constraint the schema states, breaking just that one."""
    for name, property_schema in schema.get("properties", {}).items():
        options = resolve(property_schema)
        options = [resolve(s) for s in options.get("anyOf", [options])]
        for option in options:
            breaks = []
            if "maxLength" in option:
                breaks.append(("longer than maxLength", "y" * (option["maxLength"] + 1)))
            if option.get("minLength", 0) > 0:
                breaks.append(("shorter than minLength", ""))
            if "pattern" in option:
                breaks.append(("not the pattern", "XX0000"))
            if "maximum" in option:
                breaks.append(("above maximum", option["maximum"] + 1))
            if "minimum" in option:
                breaks.append(("below minimum", option["minimum"] - 1))
            if "enum" in option:
                breaks.append(("not in the enum", "nonesuch"))
            if option.get("type") == "boolean":
                breaks.append(("not a boolean", "yes"))
            breaks.append(("null", None))  # kept only where the schema refuses null
            for why, value in breaks:
                body = copy.deepcopy(valid)
                body[name] = value
                yield f"{name} {why}", body
    if schema.get("additionalProperties") is False:
        body = copy.deepcopy(valid)
        body["nonesuch"] = 1
        yield "an unknown property", body
    for name in schema.get("required", []):
        body = copy.deepcopy(valid)
        del body[name]
        yield f"without {name}", body


def setup():
    status, neighbourhood = send("POST", "/v1/neighbourhoods", {"name": "Contract"})
    assert status == 201, neighbourhood
    status, partnership = send("POST", "/v1/partnerships", {"name": "Contract"})
    assert status == 201, partnership
    status, member = send("POST", f"/v1/partnerships/{partnership['id']}/members",
                          {"label": "C01", "sector": "citizen", "role": "coproducer"})
    assert status == 201, member
    status, wave = send("POST", f"/v1/partnerships/{partnership['id']}/waves",
                        {"label": "contract", "opens_at": "2090-01-01T00:00:00Z",
                         "closes_at": "2090-02-01T00:00:00Z"})
    assert status == 201, wave
    ids = {"neighbourhood_id": neighbourhood["id"], "partnership_ids": partnership["id"],
           "partnership_id": partnership["id"], "instrument": "cac"}
    return ids, neighbourhood, partnership, member, wave


def main():
    ids, neighbourhood, partnership, member, wave = setup()
    seen_breaks = set()
    operations = [
        ("post", "/v1/neighbourhoods", "/v1/neighbourhoods"),
        ("patch", "/v1/neighbourhoods/{id}", f"/v1/neighbourhoods/{neighbourhood['id']}"),
        ("post", "/v1/partnerships", "/v1/partnerships"),
        ("patch", "/v1/partnerships/{id}", f"/v1/partnerships/{partnership['id']}"),
        ("post", "/v1/partnerships/{id}/members",
         f"/v1/partnerships/{partnership['id']}/members"),
        ("patch", "/v1/members/{id}", f"/v1/members/{member['id']}"),
        ("post", "/v1/partnerships/{id}/waves", f"/v1/partnerships/{partnership['id']}/waves"),
        ("post", "/v1/tokens", "/v1/tokens"),
    ]
    generator = Generator(ids)
    sent = refused = 0
    problems = []
    for method, template, path in operations:
        schema = body_schema(template, method)
        validator = Draft202012Validator(schema, resolver=RefResolver.from_schema(DOCUMENT))
        bodies = []
        for mode in ["small", "large"] + ["random"] * 30:
            body = consistent(generator.value(schema, "", mode))
            if validator.is_valid(body):   # rejection sampling: if/then and the like
                bodies.append(body)
        if len(bodies) < 10:
            problems.append(f"{method.upper()} {template}: only {len(bodies)} valid bodies made")
        for body in bodies:
            status, reply = send(method.upper(), path, body)
            sent += 1
            if status in (400, 422):
                problems.append(f"{method.upper()} {template} refused a valid body with "
                                f"{status}: {json.dumps(body, ensure_ascii=False)} -> {reply}")
        valid = bodies[0]
        for why, body in violations(schema, valid):
            if validator.is_valid(body):
                continue   # the change kept it valid (e.g. a null allowed elsewhere)
            status, reply = send(method.upper(), path, body)
            refused += 1
            if status != 422:
                problems.append(f"{method.upper()} {template}: {why} answered {status}, "
                                f"not 422: {json.dumps(body, ensure_ascii=False)}")
    for problem in problems:
        print("contract:", problem, file=sys.stderr)
    print(f"contract: {sent} bodies valid under the document sent, none refused for their "
          f"shape; {refused} bodies breaking one stated constraint each, all 422"
          if not problems else f"contract: {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
