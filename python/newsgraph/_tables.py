"""Conversions that belong to optional packages (pyarrow, networkx), called
by the compiled module; imported only when asked for."""

from __future__ import annotations

import json
from typing import Any, Dict, List


def _require(module: str, extra: str) -> Any:
    try:
        return __import__(module)
    except ImportError as error:
        raise ImportError(
            f"this needs {module}: pip install {module} "
            f"(or newsgraph[{extra}])"
        ) from error


def nodes_to_arrow(rows: List[Dict[str, Any]]) -> Any:
    """The node rows as a pyarrow.Table with a fixed schema."""
    pa = _require("pyarrow", "arrow")
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("label", pa.string()),
            ("kind", pa.string()),
            ("mentions", pa.int64()),
            ("documents", pa.int64()),
            ("windows", pa.int64()),
            ("discovered", pa.bool_()),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)


def edges_to_arrow(rows: List[Dict[str, Any]], evidence: bool) -> Any:
    """The edge rows as a pyarrow.Table; themes as a map column."""
    pa = _require("pyarrow", "arrow")
    fields = [
        ("source", pa.string()),
        ("target", pa.string()),
        ("source_label", pa.string()),
        ("target_label", pa.string()),
        ("source_kind", pa.string()),
        ("target_kind", pa.string()),
        ("weight", pa.int64()),
        ("documents", pa.int64()),
        ("source_windows", pa.int64()),
        ("target_windows", pa.int64()),
        ("npmi", pa.float64()),
        ("themes", pa.map_(pa.string(), pa.int64())),
        ("first_date", pa.string()),
        ("last_date", pa.string()),
    ]
    if evidence:
        record = pa.struct(
            [
                ("document", pa.string()),
                ("byte_start", pa.int64()),
                ("byte_end", pa.int64()),
                ("snippet", pa.string()),
            ]
        )
        fields.append(("evidence", pa.list_(record)))
    rows = [dict(row, themes=list(row["themes"].items())) for row in rows]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def to_networkx(node_link_json: str) -> Any:
    """The networkx graph of the node-link JSON export."""
    nx = _require("networkx", "networkx")
    return nx.node_link_graph(json.loads(node_link_json), edges="edges")
