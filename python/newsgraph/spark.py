"""newsgraph on Apache Spark: mentions and co-occurrence graphs of a
DataFrame of documents, computed on the executors.

>>> from newsgraph import spark as ngs
>>> mentions = ngs.extract(df, text_col="text", id_col="id")
>>> edges = ngs.cooccurrences(df, window="sentence", date_col="date")

Every function takes a DataFrame with one document per row and runs
``mapInArrow`` on it: each Python worker process builds its
:class:`~newsgraph.Extractor` once (extractors cannot be pickled, and
building one compiles the gazetteers) and keeps it for every later task.
So the ``newsgraph`` wheel and pyarrow must be installed on the executors
(see the README's Spark section).

The graph is built in two steps. Each partition builds a
:class:`~newsgraph.CooccurrenceGraph` of its documents and emits its edge
rows, its node rows and its document and window counts; the driver sums
them with ``groupBy`` (themes per theme, dates as min and max) and computes
NPMI from the sums as the Rust graph does. As every row is one whole
document, a document is counted once however the rows are partitioned, and
the result equals ``newsgraph graph`` on the same documents.

A row whose text is null is no document: it has no mentions and is not
counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from os import PathLike, fspath
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from ._newsgraph import CooccurrenceGraph, Extractor, Gazetteer

if TYPE_CHECKING:  # pyspark and pyarrow are needed only when called.
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["GraphTables", "cooccurrences", "extract", "graph_tables", "nodes", "npmi"]

_Paths = Union[str, "PathLike[str]", Sequence[Union[str, "PathLike[str]"]], None]


@dataclass(frozen=True)
class _ExtractorConfig:
    """What an executor needs to build its extractor: plain, hashable
    values, as the extractor itself cannot be pickled."""

    gazetteer: Tuple[str, ...]
    builtin: bool
    discover: bool
    kinds: Optional[Tuple[str, ...]]
    partial_names: bool

    @staticmethod
    def of(
        gazetteer: _Paths,
        builtin: bool,
        discover: bool,
        kinds: Optional[Sequence[str]],
        partial_names: bool,
    ) -> "_ExtractorConfig":
        if gazetteer is None:
            paths: Tuple[str, ...] = ()
        elif isinstance(gazetteer, (str, PathLike)):
            paths = (fspath(gazetteer),)
        else:
            paths = tuple(fspath(p) for p in gazetteer)
        return _ExtractorConfig(
            gazetteer=paths,
            builtin=builtin,
            discover=discover,
            kinds=None if kinds is None else tuple(kinds),
            partial_names=partial_names,
        )


# One extractor per configuration and Python worker process: Spark reuses
# its Python workers between tasks (spark.python.worker.reuse, the
# default), so the gazetteers are compiled once per worker, not per task.
_EXTRACTORS: Dict[_ExtractorConfig, Extractor] = {}


def _extractor(config: _ExtractorConfig) -> Extractor:
    extractor = _EXTRACTORS.get(config)
    if extractor is None:
        gazetteer = (
            Gazetteer.load(*config.gazetteer, builtin=config.builtin)
            if config.gazetteer
            else None
        )
        extractor = Extractor(
            gazetteer,
            discover=config.discover,
            kinds=None if config.kinds is None else list(config.kinds),
            partial_names=config.partial_names,
        )
        _EXTRACTORS[config] = extractor
    return extractor


# Column names of the frame handed to the workers.
_TEXT, _TITLE, _ID, _DATE = "text", "title", "id", "date"


def _documents(df: "DataFrame", text_col: str, id_col: Optional[str],
               title_col: Optional[str], date_col: Optional[str],
               id_as_string: bool) -> "DataFrame":
    """The four columns the workers read, under fixed names; dates (also
    DateType or TimestampType) as strings, like `newsgraph graph` reads them."""
    from pyspark.sql import functions as F

    missing = [
        c for c in (text_col, id_col, title_col, date_col)
        if c is not None and c not in df.columns
    ]
    if missing:
        raise ValueError(
            f"no column {missing[0]!r} in the DataFrame (columns: "
            f"{', '.join(df.columns)})"
        )
    none = F.lit(None).cast("string")
    ident = F.col(id_col) if id_col is not None else none
    if id_as_string:
        ident = ident.cast("string")
    return df.select(
        F.col(text_col).cast("string").alias(_TEXT),
        (F.col(title_col).cast("string") if title_col else none).alias(_TITLE),
        ident.alias(_ID),
        (F.col(date_col).cast("string") if date_col else none).alias(_DATE),
    )


def _docs_of(batch: "pyarrow.RecordBatch") -> Iterator[Tuple[int, Dict[str, Any]]]:
    """The documents of a batch with their row numbers; rows without text
    are left out."""
    texts = batch.column(_TEXT).to_pylist()
    titles = batch.column(_TITLE).to_pylist()
    ids = batch.column(_ID).to_pylist()
    dates = batch.column(_DATE).to_pylist()
    for row, (text, title, ident, date) in enumerate(zip(texts, titles, ids, dates)):
        if text is None:
            continue
        doc: Dict[str, Any] = {"text": text, "title": title, "date": date}
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):
            doc["id"] = ident
        yield row, doc


# --- mentions -------------------------------------------------------------

# The mention columns after the document id, with their Spark types.
_MENTION_FIELDS = [
    ("entity", "string"),
    ("kind", "string"),
    ("name", "string"),
    ("text", "string"),
    ("start", "bigint"),
    ("end", "bigint"),
    ("byte_start", "bigint"),
    ("byte_end", "bigint"),
    ("form", "string"),
    ("role", "string"),
    ("sentence", "bigint"),
    ("paragraph", "bigint"),
    ("item", "bigint"),
    ("field", "string"),
    ("discovered", "boolean"),
]


def _mention_batches(config: _ExtractorConfig, id_name: str, threads: Optional[int],
                     batch_size: int,
                     batches: Iterable["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
    """The worker of `extract`: the mentions of each batch of documents."""
    import pyarrow as pa

    extractor = _extractor(config)
    names = [name for name, _ in _MENTION_FIELDS]
    arrow = {"string": pa.string(), "bigint": pa.int64(), "boolean": pa.bool_()}
    for batch in batches:
        docs = list(_docs_of(batch))
        rows: List[int] = []
        columns: Dict[str, List[Any]] = {name: [] for name in names}
        extractions = extractor.extract_many(
            (doc for _, doc in docs), threads, batch_size=batch_size
        )
        for (row, _), extraction in zip(docs, extractions):
            for m in extraction.mentions:
                rows.append(row)
                for name in names:
                    columns[name].append(getattr(m, name))
        # The id column keeps its Spark type: its values are taken over.
        ids = batch.column(_ID).take(pa.array(rows, pa.int64()))
        arrays = [ids] + [
            pa.array(columns[name], arrow[kind]) for name, kind in _MENTION_FIELDS
        ]
        yield pa.RecordBatch.from_arrays(arrays, names=[id_name] + names)


def extract(
    df: "DataFrame",
    text_col: str = "text",
    id_col: str = "id",
    title_col: Optional[str] = None,
    date_col: Optional[str] = None,
    gazetteer: _Paths = None,
    discover: bool = True,
    *,
    builtin: bool = True,
    kinds: Optional[Sequence[str]] = None,
    partial_names: bool = True,
    threads: Optional[int] = 1,
    batch_size: int = 512,
) -> "DataFrame":
    """The mentions of every document, one row each: the document's id
    (column `id_col`, its type kept), then entity, kind, name, text, start,
    end (character offsets into the field), byte_start, byte_end, form,
    role, sentence, paragraph, item, field ("text" or "title") and
    discovered, as :class:`~newsgraph.Mention` has them.

    `gazetteer` is a gazetteer file or folder, or several, that every
    executor can read at that path (as `Gazetteer.load`; with `builtin` the
    built-in gazetteers are added); None uses the built-in ones.
    `threads` is the extractor's threads per task (1: Spark already runs a
    task per core; None: one per core).
    """
    config = _ExtractorConfig.of(gazetteer, builtin, discover, kinds, partial_names)
    docs = _documents(df, text_col, id_col, title_col, date_col, id_as_string=False)
    id_type = docs.schema[_ID].dataType.simpleString()
    schema = ", ".join(
        [f"`{id_col}` {id_type}"] + [f"`{n}` {t}" for n, t in _MENTION_FIELDS]
    )
    return docs.mapInArrow(
        _partial(_mention_batches, config, id_col, threads, batch_size), schema
    )


def _partial(function: Any, *args: Any) -> Any:
    """`function` with its first arguments bound. functools.partial of a
    module-level function pickles the function by reference, so the
    executor calls this module's copy and its extractor cache (a closure
    would be pickled by value, with a fresh cache per task)."""
    import functools

    return functools.partial(function, *args)


# --- the graph ------------------------------------------------------------

# The rows one partition emits: `part` says which columns are set.
_PARTIAL_SCHEMA = (
    "part string, source string, target string, id string, label string, "
    "kind string, weight bigint, documents bigint, mentions bigint, "
    "windows bigint, discovered boolean, themes map<string,bigint>, "
    "first_date string, last_date string, document_count bigint, "
    "window_count bigint"
)


@dataclass(frozen=True)
class _GraphConfig:
    window: str
    include_datelines: bool
    theme_nodes: bool


def _graph_batches(config: _ExtractorConfig, graph: _GraphConfig, threads: Optional[int],
                   batch_size: int,
                   batches: Iterable["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
    """The worker of `graph_tables`: the graph of one partition's documents
    as edge rows, node rows and one row of counts."""
    import pyarrow as pa

    part = CooccurrenceGraph(
        graph.window,
        evidence=0,
        include_datelines=graph.include_datelines,
        theme_nodes=graph.theme_nodes,
    )
    docs = (doc for batch in batches for _, doc in _docs_of(batch))
    part.add_many(_extractor(config), docs, threads, batch_size=batch_size)
    rows: List[Dict[str, Any]] = []
    for e in part.edges_table():
        rows.append({
            "part": "edge", "source": e["source"], "target": e["target"],
            "weight": e["weight"], "documents": e["documents"],
            "themes": list(e["themes"].items()),
            "first_date": e["first_date"], "last_date": e["last_date"],
        })
    for n in part.nodes_table():
        rows.append({
            "part": "node", "id": n["id"], "label": n["label"], "kind": n["kind"],
            "mentions": n["mentions"], "documents": n["documents"],
            "windows": n["windows"], "discovered": n["discovered"],
        })
    rows.append({
        "part": "graph", "document_count": part.document_count,
        "window_count": part.window_count,
    })
    yield pa.RecordBatch.from_pylist(rows, schema=_partial_arrow_schema())


def _partial_arrow_schema() -> "pyarrow.Schema":
    import pyarrow as pa

    s, i = pa.string(), pa.int64()
    return pa.schema([
        ("part", s), ("source", s), ("target", s), ("id", s), ("label", s),
        ("kind", s), ("weight", i), ("documents", i), ("mentions", i),
        ("windows", i), ("discovered", pa.bool_()), ("themes", pa.map_(s, i)),
        ("first_date", s), ("last_date", s), ("document_count", i),
        ("window_count", i),
    ])


@dataclass
class GraphTables:
    """The co-occurrence graph of a DataFrame as Spark tables.

    `edges` and `nodes` are DataFrames with the columns of
    `CooccurrenceGraph.edges_table()` and `nodes_table()`, sorted by id;
    `document_count` and `window_count` are the graph's totals. The rows
    the partitions emitted are persisted, so that the edges and nodes do
    not extract the documents again: :meth:`unpersist` frees them.
    """

    edges: "DataFrame"
    nodes: "DataFrame"
    document_count: int
    window_count: int
    partials: "DataFrame"

    def unpersist(self) -> None:
        """Frees the persisted rows of the partitions."""
        self.partials.unpersist()


def npmi(weight: int, source_windows: int, target_windows: int, window_count: int) -> float:
    """Normalised pointwise mutual information, as the Rust graph computes
    it: ln(p_ab / (p_a p_b)) / -ln(p_ab) with p = windows / window_count,
    -1 for a pair that never meets, 1 when it meets in every window, and
    clamped to [-1, 1]."""
    if weight == 0 or window_count == 0:
        return -1.0
    w = float(window_count)
    p_ab = weight / w
    if p_ab >= 1.0:
        return 1.0
    value = math.log(p_ab / ((source_windows / w) * (target_windows / w))) / -math.log(p_ab)
    return min(1.0, max(-1.0, value))


def _npmi_column(window_count: int) -> Any:
    """`npmi` as a column expression over the aggregated counts."""
    from pyspark.sql import functions as F

    w = F.lit(float(window_count))
    p_ab = F.col("weight") / w
    value = F.log(p_ab / ((F.col("source_windows") / w) * (F.col("target_windows") / w))) / -F.log(p_ab)
    return (
        F.when((F.col("weight") == 0) | (w == 0), F.lit(-1.0))
        .when(p_ab >= 1.0, F.lit(1.0))
        .otherwise(F.least(F.lit(1.0), F.greatest(F.lit(-1.0), value)))
    )


def graph_tables(
    df: "DataFrame",
    window: str = "sentence",
    text_col: str = "text",
    id_col: Optional[str] = "id",
    title_col: Optional[str] = None,
    date_col: Optional[str] = None,
    gazetteer: _Paths = None,
    discover: bool = True,
    *,
    min_weight: int = 1,
    min_documents: int = 1,
    include_datelines: bool = False,
    theme_nodes: bool = False,
    builtin: bool = True,
    kinds: Optional[Sequence[str]] = None,
    partial_names: bool = True,
    threads: Optional[int] = 1,
    batch_size: int = 512,
) -> GraphTables:
    """The co-occurrence graph of the documents of `df` (one per row) as
    edge and node DataFrames, equal to `newsgraph graph` and
    `CooccurrenceGraph` on the same documents.

    Runs one Spark job (the extraction, persisted) to learn the totals;
    the returned DataFrames are lazy. `window` is "sentence", "paragraph"
    or "document"; `min_weight` and `min_documents` keep the edges with at
    least that many shared windows and documents (NPMI still uses the whole
    graph's counts, as `newsgraph graph --min-weight` does). The other
    arguments are those of :func:`extract` and `CooccurrenceGraph`.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if window not in ("sentence", "paragraph", "document"):
        raise ValueError(f"window must be sentence, paragraph or document, not {window!r}")
    config = _ExtractorConfig.of(gazetteer, builtin, discover, kinds, partial_names)
    docs = _documents(df, text_col, id_col, title_col, date_col, id_as_string=True)
    partials = docs.mapInArrow(
        _partial(_graph_batches, config,
                 _GraphConfig(window, include_datelines, theme_nodes),
                 threads, batch_size),
        _PARTIAL_SCHEMA,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    totals = (
        partials.where(F.col("part") == "graph")
        .agg(F.sum("document_count"), F.sum("window_count"))
        .first()
    )
    document_count, window_count = (int(totals[0] or 0), int(totals[1] or 0))

    nodes = (
        partials.where(F.col("part") == "node")
        .groupBy("id")
        .agg(
            # The same in every partition: a gazetteer entity's label is
            # its name, a discovered one's the name it was found with.
            F.min("label").alias("label"),
            F.min("kind").alias("kind"),
            F.sum("mentions").alias("mentions"),
            F.sum("documents").alias("documents"),
            F.sum("windows").alias("windows"),
            F.max("discovered").alias("discovered"),
        )
    )
    edge_rows = partials.where(F.col("part") == "edge")
    sums = edge_rows.groupBy("source", "target").agg(
        F.sum("weight").alias("weight"),
        F.sum("documents").alias("documents"),
        F.min("first_date").alias("first_date"),
        F.max("last_date").alias("last_date"),
    )
    themes = (
        edge_rows.select("source", "target", F.explode("themes").alias("theme", "count"))
        .groupBy("source", "target", "theme")
        .agg(F.sum("count").alias("count"))
        .groupBy("source", "target")
        .agg(
            F.map_from_entries(
                F.array_sort(F.collect_list(F.struct("theme", "count")))
            ).alias("themes")
        )
    )
    no_themes = F.create_map().cast("map<string,bigint>")
    ends = nodes.select("id", "label", "kind", "windows")
    source = ends.select(
        F.col("id").alias("source"), F.col("label").alias("source_label"),
        F.col("kind").alias("source_kind"), F.col("windows").alias("source_windows"),
    )
    target = ends.select(
        F.col("id").alias("target"), F.col("label").alias("target_label"),
        F.col("kind").alias("target_kind"), F.col("windows").alias("target_windows"),
    )
    edges = (
        sums.where((F.col("weight") >= min_weight) & (F.col("documents") >= min_documents))
        .join(themes, ["source", "target"], "left")
        .join(source, "source")
        .join(target, "target")
        .withColumn("themes", F.coalesce("themes", no_themes))
        .withColumn("npmi", _npmi_column(window_count))
        .select(
            "source", "target", "source_label", "target_label", "source_kind",
            "target_kind", "weight", "documents", "source_windows",
            "target_windows", "npmi", "themes", "first_date", "last_date",
        )
        .orderBy("source", "target")
    )
    return GraphTables(
        edges=edges,
        nodes=nodes.select(
            "id", "label", "kind", "mentions", "documents", "windows", "discovered"
        ).orderBy("id"),
        document_count=document_count,
        window_count=window_count,
        partials=partials,
    )


def cooccurrences(df: "DataFrame", window: str = "sentence", **options: Any) -> "DataFrame":
    """The edge table of :func:`graph_tables` (same arguments): source,
    target, source_label, target_label, source_kind, target_kind, weight,
    documents, source_windows, target_windows, npmi, themes, first_date,
    last_date."""
    return graph_tables(df, window, **options).edges


def nodes(df: "DataFrame", window: str = "sentence", **options: Any) -> "DataFrame":
    """The node table of :func:`graph_tables` (same arguments): id, label,
    kind, mentions, documents, windows, discovered."""
    return graph_tables(df, window, **options).nodes
