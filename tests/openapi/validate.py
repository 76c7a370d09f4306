#!/usr/bin/python3
"""Checks every reply the integration tests received against the OpenAPI
document cacd serves: the status must be one the operation documents, and a
JSON body must fit the schema documented for that status (where there is
one). Debian's python3-jsonschema does the schema work.

usage: validate.py OPENAPI_JSON REPLIES_JSONL
"""
import json
import re
import sys

from jsonschema import Draft202012Validator, RefResolver

document = json.load(open(sys.argv[1]))
resolver = RefResolver.from_schema(document)
paths = [(re.compile("^" + "[^/]+".join(re.escape(part) for part in re.split(r"\{[^}]+\}", p))
                     + "$"), p) for p in document["paths"]]


def resolve(node):
    while isinstance(node, dict) and "$ref" in node:
        node = resolver.resolve(node["$ref"])[1]
    return node


problems, checked, bodies = [], 0, 0
for number, line in enumerate(open(sys.argv[2]), 1):
    reply = json.loads(line)
    if reply["method"] == "OPTIONS":
        continue  # CORS preflight: every path answers it, with 204
    if reply["method"] == "HEAD":
        reply["method"], reply["body"] = "GET", None
    path = reply["path"].split("?")[0]
    templates = [p for pattern, p in paths if pattern.match(path)]
    operation = document["paths"][templates[0]].get(reply["method"].lower()) if templates else None
    status = str(reply["status"])
    if operation is None:
        if status not in ("404", "405", "400"):
            problems.append(f"{reply['method']} {path}: {status} from a path the document lacks")
        continue
    checked += 1
    responses = operation["responses"]
    if status not in responses:
        problems.append(f"{reply['method']} {templates[0]}: status {status} is not documented")
        continue
    content = resolve(responses[status]).get("content", {})
    media = reply["type"].split(";")[0].strip()
    schema = content.get(media, {}).get("schema")
    if schema is None or reply["body"] is None:
        continue
    bodies += 1
    for error in Draft202012Validator(schema, resolver=resolver).iter_errors(reply["body"]):
        where = "/".join(str(part) for part in error.absolute_path)
        problems.append(f"{reply['method']} {templates[0]} {status}: {where}: {error.message}")

for problem in sorted(set(problems)):
    print(problem)
print(f"openapi: {checked} replies checked, {bodies} bodies against a schema, "
      f"{len(set(problems))} problems")
sys.exit(1 if problems else 0)
