#!/usr/bin/env python3
"""Fills a cacd database through its HTTP API with a small, varied world:
two neighbourhoods, three partnerships, members of every role and several
sectors, waves with partial answers on all three scales, "don't know",
revisions and a withdrawal. Used once, with the binary of schema version 5,
to make the upgrade fixture (see make-fixture.sh); kept so it can be made
again. Deterministic: a fixed random seed.

usage: fill.py BASE_URL ADMIN_TOKEN
"""
import json
import random
import sys
import urllib.request

BASE, ADMIN = sys.argv[1], sys.argv[2]
rng = random.Random(20261123)


def call(method, path, body=None, token=ADMIN):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request) as reply:
            text = reply.read()
            return reply.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{method} {path}: {error.code} {error.read()!r}")


SECTORS = ["health_care", "welfare", "citizen", "police", "housing", "social_care"]
ROLES = ["professional", "coproducer", "volunteer", "coordinator"]
SCALES = {"percent": (0, 100), "likert5": (1, 5), "agree4": (1, 4)}


def answers(scale):
    low, high = SCALES[scale]
    given = {}
    for item in range(1, 27):
        roll = rng.random()
        if roll < 0.12:
            continue                    # unanswered
        given[str(item)] = None if roll < 0.2 else rng.randint(low, high)
    if not given:
        given["1"] = low
    return given


def main():
    hoods = []
    for code, name, ses in (("BU05990101", "Oude Westen", -1.25), ("BU05991203", "Hillesluis", 0.4)):
        hoods.append(call("POST", "/v1/neighbourhoods", {"code": code, "code_year": 2024,
                     "name": name, "municipality_code": "GM0599", "ses_score": ses})[1]["id"])
    partnerships = []
    for index, name in enumerate(("Gezond West", "Samen Zuid", "Wijkteam Noord")):
        partnerships.append(call("POST", "/v1/partnerships", {"name": name,
                            "neighbourhood_id": hoods[index % 2]})[1]["id"])
    for p_index, partnership in enumerate(partnerships):
        members = []
        for m in range(8 + 4 * p_index):
            body = {"label": f"M{p_index}{m:02d}", "sector": rng.choice(SECTORS),
                    "role": rng.choice(ROLES)}
            members.append(call("POST", f"/v1/partnerships/{partnership}/members", body)[1]["id"])
        for w_index, label in enumerate(("2025", "2026")):
            wave = call("POST", f"/v1/partnerships/{partnership}/waves", {"label": label,
                        "opens_at": f"202{w_index + 4}-01-01T00:00:00Z",
                        "closes_at": "2099-01-01T00:00:00Z"})[1]["id"]
            responded = []
            for member in members:
                if rng.random() < 0.25:
                    continue
                responded.append(member)
                scale = rng.choice(list(SCALES))
                call("PUT", f"/v1/waves/{wave}/responses/{member}",
                     {"scale": scale, "answers": answers(scale)})
                if rng.random() < 0.2:          # a revision
                    scale = rng.choice(list(SCALES))
                    call("PUT", f"/v1/waves/{wave}/responses/{member}",
                         {"scale": scale, "answers": answers(scale), "comment": "herzien"})
            if w_index == 0:
                call("DELETE", f"/v1/waves/{wave}/responses/{responded[-1]}")
                call("POST", f"/v1/waves/{wave}/close")
    print(json.dumps({"partnerships": partnerships}))


main()
