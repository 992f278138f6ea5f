"""Reads newsgraph's GEXF with networkx and compares it with its GraphML.

Usage: check_gexf.py NAME GEXF GRAPHML EXPECTED [NAME GEXF GRAPHML EXPECTED ...]

EXPECTED is a JSON file: {"dynamic": bool, "node_days": {label: [day]},
"edge_days": {"a|b": {day: count}}}, with the labels of an edge sorted
(labels, not entity ids: XML cannot carry a control character in an id).
For every graph: the same nodes, edges and attribute values, of the same
Python types, as networkx reads from the GraphML; a dynamic graph
exactly when EXPECTED says so; each node's and edge's spells are its days,
one day each; and an edge's weight per day is its count on that day.
Exits non-zero with a message on the first failed check.
"""
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

GEXF = "{http://gexf.net/1.3}"


def check(condition, message):
    if not condition:
        sys.exit(f"gexf check failed: {message}")


def same_values(name, what, got, want, extra):
    """`got` has every value of `want`, with its type, and nothing else
    but the keys in `extra`."""
    for key, value in want.items():
        check(key in got, f"{name}: {what} has no {key!r}")
        check(
            got[key] == value and type(got[key]) is type(value),
            f"{name}: {what} {key}: {got[key]!r} ({type(got[key]).__name__}), "
            f"GraphML has {value!r} ({type(value).__name__})",
        )
    unknown = set(got) - set(want) - extra
    check(not unknown, f"{name}: {what} has attributes GraphML lacks: {unknown}")


def check_spells(name, what, data, days):
    spells = data.get("spells", [])
    check(all(s == e for s, e in spells), f"{name}: {what}: spells of one day, got {spells}")
    check([s for s, _ in spells] == days, f"{name}: {what}: spells {spells}, want days {days}")


def check_one(name, gexf, graphml, expected):
    g = nx.read_gexf(gexf, version="1.3")
    h = nx.read_graphml(graphml)
    check(type(g) is nx.Graph, f"{name}: an undirected simple graph, got {type(g).__name__}")
    check(g.number_of_nodes() == h.number_of_nodes(), f"{name}: {g.number_of_nodes()} nodes, GraphML {h.number_of_nodes()}")
    check(g.number_of_edges() == h.number_of_edges(), f"{name}: {g.number_of_edges()} edges, GraphML {h.number_of_edges()}")
    check(set(g.nodes) == set(h.nodes), f"{name}: node ids differ from the GraphML's")
    dynamic = expected["dynamic"]
    check(g.graph["mode"] == ("dynamic" if dynamic else "static"), f"{name}: mode {g.graph['mode']}")

    label = {n: data["label"] for n, data in g.nodes(data=True)}
    for n, want in h.nodes(data=True):
        got = g.nodes[n]
        same_values(name, f"node {n}", got, want, {"spells"})
        check(isinstance(got["mentions"], int) and isinstance(got["discovered"], bool), f"{name}: node types")
        check_spells(name, f"node {n}", got, expected["node_days"].get(label[n], []))

    for a, b, want in h.edges(data=True):
        check(g.has_edge(a, b), f"{name}: no edge {a}-{b}")
        got = g.edges[a, b]
        same_values(name, f"edge {a}-{b}", got, want, {"id", "spells"})
        check(isinstance(got["weight"], float) and isinstance(got["npmi"], float), f"{name}: edge types")
        key = "|".join(sorted((label[a], label[b])))
        days = expected["edge_days"].get(key, {})
        check_spells(name, f"edge {key}", got, sorted(days))

    # networkx keeps the total weight (the XML attribute) and drops the
    # weight per day, so read that from the XML.
    per_day_edges = 0
    for edge in ET.parse(gexf).getroot().iter(f"{GEXF}edge"):
        key = "|".join(sorted((label[edge.get("source")], label[edge.get("target")])))
        per_day = {
            v.get("start"): float(v.get("value"))
            for v in edge.iter(f"{GEXF}attvalue")
            if v.get("for") == "weight" and v.get("start") == v.get("end")
        }
        want = {day: float(n) for day, n in expected["edge_days"].get(key, {}).items()}
        check(per_day == want, f"{name}: edge {key}: weight per day {per_day}, want {want}")
        check(sum(per_day.values()) <= float(edge.get("weight")), f"{name}: edge {key}: days above the total")
        per_day_edges += bool(per_day)
    check(dynamic == (per_day_edges > 0), f"{name}: {per_day_edges} edges with a weight per day")
    return g.number_of_nodes(), g.number_of_edges()


def main():
    rows = sys.argv[1:]
    check(rows and len(rows) % 4 == 0, "usage: NAME GEXF GRAPHML EXPECTED ...")
    for i in range(0, len(rows), 4):
        name, gexf, graphml, expected = rows[i : i + 4]
        with open(expected, encoding="utf-8") as f:
            expected = json.load(f)
        nodes, edges = check_one(name, gexf, graphml, expected)
        print(f"gexf ok {name}: {nodes} nodes, {edges} edges, {'dynamic' if expected['dynamic'] else 'static'}")
    print(f"gexf interop ok: networkx {nx.__version__}")


if __name__ == "__main__":
    main()
