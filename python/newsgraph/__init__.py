"""newsgraph: entity networks from Dutch and English news.

Gazetteer matching with exact offsets (case and diacritic folding, wire-news
datelines, Dutch genitives and compounds), discovery of people and
organisations no gazetteer lists, and co-occurrence graphs with evidence;
the Rust library behind it runs with the GIL released.

>>> from newsgraph import Extractor
>>> x = Extractor().extract("MOSKOU (ANP) - Poetin sprak met Iran.")
>>> [(m.text, m.entity, m.role) for m in x.mentions]
[('MOSKOU', 'Q649', 'dateline'), ('ANP', 'Q966898', 'source'), ('Poetin', 'Q7747', 'body'), ('Iran', 'Q794', 'body')]

The main classes:

- :class:`Gazetteer`: ``Gazetteer.builtin()``, ``Gazetteer.load(path)``,
  ``Gazetteer.from_rows(rows)``; its :class:`Entity` objects and their
  :class:`SurfaceForm` objects.
- :class:`Extractor`: ``extract(text, title=None)`` gives an
  :class:`Extraction` of :class:`Mention` objects; ``extract_many(docs)``
  runs in parallel over any iterable.
- :class:`CooccurrenceGraph`: ``add``, ``add_many``, ``merge``,
  ``filtered``, ``write``, ``to_networkx``, ``nodes_table``,
  ``edges_table``.

The spaCy component is ``nlp.add_pipe("newsgraph")`` (see
:mod:`newsgraph.spacy_component`); DataFrames of documents on Apache Spark
are :mod:`newsgraph.spark`'s; the exceptions are in
:mod:`newsgraph.errors`.
"""

from ._newsgraph import (
    CooccurrenceGraph,
    Entity,
    Extraction,
    Extractions,
    Extractor,
    Gazetteer,
    Mention,
    SurfaceForm,
    __version__,
)
from .errors import (
    DocumentError,
    FileError,
    GazetteerError,
    IncompatibleGraphsError,
    NewsgraphError,
    OptionError,
)

__all__ = [
    "CooccurrenceGraph",
    "DocumentError",
    "Entity",
    "Extraction",
    "Extractions",
    "Extractor",
    "FileError",
    "Gazetteer",
    "GazetteerError",
    "IncompatibleGraphsError",
    "Mention",
    "NewsgraphError",
    "OptionError",
    "SurfaceForm",
    "__version__",
]
