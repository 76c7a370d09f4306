#!/usr/bin/env python3
"""Fails when the modules of service/ include each other in a circle.

A module is a name: service/NAME.c and service/NAME.h. A header with no C
file of its own whose name extends a module's (db_connection.h,
http_internal.h) is that module's inside, shared by its files: it belongs
to that module. NAME depends on OTHER when one of its files includes
"OTHER.h". Any strongly connected set of more than one module is a circle,
printed with its members. Run by `make test`;
`scripts/include-circles.py service` by hand."""
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "service")
sources = {path.stem for path in folder.glob("*.c")}


def module(name):
    """The module a file belongs to (see above)."""
    if name in sources:
        return name
    parts = name.split("_")
    for cut in range(len(parts) - 1, 0, -1):
        if "_".join(parts[:cut]) in sources:
            return "_".join(parts[:cut])
    return name


edges = {}
for path in sorted(folder.glob("*.[ch]")):
    name = module(path.stem)
    targets = edges.setdefault(name, set())
    for line in path.read_text(errors="replace").splitlines():
        found = re.match(r'\s*#\s*include\s+"([^"/]+)\.h"', line)
        if found and module(found.group(1)) != name:
            targets.add(module(found.group(1)))

index, low, stack, on_stack, circles = {}, {}, [], set(), []
counter = [0]


def visit(node):
    index[node] = low[node] = counter[0]
    counter[0] += 1
    stack.append(node)
    on_stack.add(node)
    for other in sorted(edges.get(node, ())):
        if other not in edges:
            continue  # a generated header (queries.h) or a system one
        if other not in index:
            visit(other)
            low[node] = min(low[node], low[other])
        elif other in on_stack:
            low[node] = min(low[node], index[other])
    if low[node] == index[node]:
        members = []
        while True:
            member = stack.pop()
            on_stack.discard(member)
            members.append(member)
            if member == node:
                break
        if len(members) > 1:
            circles.append(sorted(members))


sys.setrecursionlimit(10000)
for node in sorted(edges):
    if node not in index:
        visit(node)
for circle in circles:
    print("include circle: " + " <-> ".join(circle))
print(f"include circles: {len(edges)} modules, {len(circles)} circles")
sys.exit(1 if circles else 0)
