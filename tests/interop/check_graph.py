"""Reads newsgraph's GraphML and JSON with networkx and igraph.

Usage: check_graph.py GRAPHML JSON NODES EDGES LABELS_JSON

LABELS_JSON is [label as GraphML can carry it, label as JSON carries it].
Exits non-zero with a message on the first failed check.
"""
import json
import sys

import igraph
import networkx as nx


def check(condition, message):
    if not condition:
        sys.exit(f"interop check failed: {message}")


def main():
    graphml, node_link, nodes, edges, labels = sys.argv[1:6]
    nodes, edges = int(nodes), int(edges)
    special, special_json = json.loads(labels)

    g = nx.read_graphml(graphml)
    check(not g.is_directed(), "networkx: graph is undirected")
    check(g.number_of_nodes() == nodes, f"networkx: {g.number_of_nodes()} nodes, want {nodes}")
    check(g.number_of_edges() == edges, f"networkx: {g.number_of_edges()} edges, want {edges}")
    for a, b, data in g.edges(data=True):
        check(isinstance(data["weight"], float), f"networkx: weight of {a}-{b} is {type(data['weight'])}")
        check(isinstance(data["npmi"], float), "networkx: npmi is a float")
        check(isinstance(data["documents"], int), "networkx: documents is an int")
        check(len(json.loads(data["evidence"])) >= 1, f"networkx: evidence of {a}-{b}")
    for n, data in g.nodes(data=True):
        check(isinstance(data["mentions"], int), "networkx: mentions is an int")
    labels = {data["label"] for _, data in g.nodes(data=True)}
    check(special in labels, f"networkx: label {special!r} did not survive; labels: {sorted(labels)[:5]}")

    ig = igraph.Graph.Read_GraphML(graphml)
    check(not ig.is_directed(), "igraph: graph is undirected")
    check(ig.vcount() == nodes, f"igraph: {ig.vcount()} nodes, want {nodes}")
    check(ig.ecount() == edges, f"igraph: {ig.ecount()} edges, want {edges}")
    check(all(isinstance(w, float) for w in ig.es["weight"]), "igraph: weight is a float")
    check(special in ig.vs["label"], "igraph: special label survived")

    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    j = nx.node_link_graph(data, edges="edges")
    check(j.number_of_nodes() == nodes and j.number_of_edges() == edges, "json: counts")
    check(all(isinstance(d["weight"], float) for _, _, d in j.edges(data=True)), "json: weight is a float")
    check(special_json in {d["label"] for _, d in j.nodes(data=True)}, "json: special label survived")
    print(f"interop ok: networkx {nx.__version__}, igraph {igraph.__version__}: {nodes} nodes, {edges} edges")


if __name__ == "__main__":
    main()
