"""Type stubs of the compiled module (python/src/*.rs)."""

from os import PathLike
from pathlib import Path
from typing import (
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
    overload,
)

__version__: str

_Path = Union[str, "PathLike[str]"]
#: A document: its text, or a mapping like a line of a JSON-lines archive
#: ({"text": ..., "title"?: ..., "id"?: str | int, "date"?: ...}).
_Document = Union[str, Mapping[str, Any]]
_Kind = Literal["person", "country", "region", "place", "organisation", "theme"]
_Window = Literal["sentence", "paragraph", "item", "document"]
_Rank = Literal["weight", "npmi"]

class SurfaceForm:
    """A surface form of an entity, as its gazetteer declares it."""

    @property
    def text(self) -> str:
        """The form without its markers (`*`, `=`)."""
    @property
    def form(self) -> Literal["name", "alias", "adjective", "partial", "short", "cued"]:
        """How it names the entity."""
    @property
    def case(self) -> Literal["insensitive", "exact", "as_written_or_upper", "acronym_or_title"]:
        """Which letter cases match."""
    @property
    def stem(self) -> Literal["whole", "prefix", "suffix", "infix"]:
        """Whole words, or a stem (`defensie*`, `*drones`)."""
    @property
    def genitive(self) -> bool:
        """Whether a Dutch genitive `s` may follow (`Poetins`)."""
    @property
    def generated(self) -> bool:
        """Made by the spelling rules rather than listed."""

class Entity:
    """One entity of a gazetteer."""

    @property
    def id(self) -> str:
        """The stable id (a Wikidata QID where one exists)."""
    @property
    def name(self) -> str:
        """The canonical name."""
    @property
    def kind(self) -> _Kind: ...
    @property
    def country(self) -> Optional[str]:
        """The id of its country, if given."""
    @property
    def cues(self) -> List[str]:
        """Its cue words (folded), for its `cued` forms."""
    @property
    def topics(self) -> List[str]:
        """Its topic words (folded): anywhere in a news item, they select its `cued` forms."""
    @property
    def attributes(self) -> Dict[str, str]:
        """The other columns of its row."""
    @property
    def forms(self) -> List[SurfaceForm]:
        """Every surface form, the name first."""
    def __hash__(self) -> int: ...

class Gazetteer:
    """A checked set of entities and their surface forms."""

    @staticmethod
    def builtin() -> "Gazetteer":
        """The built-in gazetteers."""
    @staticmethod
    def load(path: _Path, *paths: _Path, builtin: bool = False) -> "Gazetteer":
        """Gazetteer TSV files or folders, as the command's `--gazetteer`.

        Raises GazetteerError (with `path` and `line`) on bad data and
        FileError on a file that cannot be read.
        """
    @staticmethod
    def from_rows(
        rows: Iterable[Mapping[str, Any]],
        *,
        kind: Optional[_Kind] = None,
        builtin: bool = False,
        ambiguous: Sequence[str] = ...,
    ) -> "Gazetteer":
        """A gazetteer from dicts with the columns of a gazetteer file.

        Raises GazetteerError with `row` (0-based) on a bad row.
        """
    @property
    def entities(self) -> List[Entity]: ...
    @property
    def ambiguities(self) -> List[Tuple[str, List[str], str]]: ...
    def __len__(self) -> int: ...
    def __contains__(self, id: str) -> bool: ...
    def __getitem__(self, id: str) -> Entity: ...
    def get(self, id: str, default: Any = None) -> Any: ...
    def __iter__(self) -> Iterator[Entity]: ...

class Mention:
    """One mention of an entity."""

    entity: str
    kind: _Kind
    name: str
    text: str
    #: Character offsets into its field: `field_text[start:end] == text`.
    start: int
    end: int
    #: UTF-8 byte offsets into its field.
    byte_start: int
    byte_end: int
    form: Literal["name", "alias", "adjective", "partial", "short", "cued", "discovered"]
    role: Literal["body", "headline", "dateline", "source"]
    sentence: int
    paragraph: int
    item: Optional[int]
    field: Literal["text", "title"]
    discovered: bool
    cue: Optional[str]
    cue_kind: Optional[str]
    def to_dict(self) -> Dict[str, Any]: ...

class Extraction:
    """Everything extracted from one document."""

    @property
    def id(self) -> Optional[str]: ...
    @property
    def date(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def mentions(self) -> List[Mention]:
        """The title's mentions, then the text's, each in text order."""
    @property
    def unresolved(self) -> List[Tuple[str, int, int, List[str]]]: ...
    def spans(self) -> List[Tuple[int, int, _Kind, str]]:
        """The text's mentions as (start, end, kind, entity), character offsets."""
    def to_dict(self) -> Dict[str, Any]: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Mention]: ...

class Extractions(Iterator[Extraction]):
    """The lazy, batched iterator of `Extractor.extract_many`."""

    def __iter__(self) -> "Extractions": ...
    def __next__(self) -> Extraction: ...

class Extractor:
    """Finds the entities of a gazetteer in news text."""

    def __init__(
        self,
        gazetteer: Optional[Gazetteer] = None,
        *,
        discover: bool = True,
        kinds: Optional[Sequence[_Kind]] = None,
        partial_names: bool = True,
    ) -> None: ...
    def extract(
        self,
        text: str,
        title: Optional[str] = None,
        *,
        id: Union[str, int, None] = None,
        date: Optional[str] = None,
    ) -> Extraction: ...
    def extract_many(
        self,
        docs: Iterable[_Document],
        threads: Optional[int] = None,
        *,
        batch_size: int = 512,
    ) -> Extractions:
        """Extractions in input order, computed in parallel batches."""

class SpacyAnnotator:
    """The spaCy component's work on docs as arrays (internal: use
    ``nlp.add_pipe("newsgraph")``)."""

    def __init__(
        self,
        extractor: Extractor,
        labels: Dict[str, str],
        theme_label: str,
        *,
        overwrite_ents: bool = False,
        threads: Optional[int] = None,
    ) -> None: ...
    def annotate(
        self, store: Any, docs: List[Tuple[bytes, Literal[2, 6]]]
    ) -> List[Tuple[int, Optional[bytes], List[Tuple[int, int, int, int]]]]:
        """For each doc (its ``to_array`` bytes and columns): the columns
        and bytes of its entity array for ``Doc.from_array`` (0: leave the
        entities; -1: invalid annotation) and its theme spans."""

class CooccurrenceGraph:
    """Entities linked by the windows they share."""

    def __init__(
        self,
        window: _Window = "sentence",
        *,
        evidence: int = 3,
        include_datelines: bool = False,
        theme_nodes: bool = False,
    ) -> None: ...
    def add(
        self,
        extraction: Extraction,
        text: Optional[str] = None,
        doc_id: Union[str, int, None] = None,
        date: Optional[str] = None,
    ) -> None: ...
    def add_many(
        self,
        extractor: Extractor,
        docs: Iterable[_Document],
        threads: Optional[int] = None,
        *,
        batch_size: int = 512,
    ) -> int: ...
    def merge(self, other: "CooccurrenceGraph") -> None: ...
    def filtered(
        self,
        *,
        min_weight: int = 1,
        min_documents: int = 1,
        kinds: Optional[Sequence[_Kind]] = None,
        top: Optional[int] = None,
        rank: _Rank = "weight",
        keep_isolated: bool = False,
    ) -> "CooccurrenceGraph": ...
    def write(
        self,
        path: _Path,
        *,
        format: Optional[Literal["graphml", "json", "csv"]] = None,
        min_weight: int = 1,
        min_documents: int = 1,
        kinds: Optional[Sequence[_Kind]] = None,
        top: Optional[int] = None,
        rank: _Rank = "weight",
        keep_isolated: bool = False,
    ) -> List[Path]:
        """The files written (two for CSV)."""
    def to_networkx(
        self,
        *,
        min_weight: int = 1,
        min_documents: int = 1,
        kinds: Optional[Sequence[_Kind]] = None,
        top: Optional[int] = None,
        rank: _Rank = "weight",
        keep_isolated: bool = False,
    ) -> Any: ...
    @overload
    def nodes_table(self, *, arrow: Literal[False] = False) -> List[Dict[str, Any]]: ...
    @overload
    def nodes_table(self, *, arrow: Literal[True]) -> Any: ...
    @overload
    def edges_table(
        self, *, arrow: Literal[False] = False, evidence: bool = False
    ) -> List[Dict[str, Any]]: ...
    @overload
    def edges_table(self, *, arrow: Literal[True], evidence: bool = False) -> Any: ...
    def node(self, id: str) -> Optional[Dict[str, Any]]: ...
    def edge(self, a: str, b: str) -> Optional[Dict[str, Any]]: ...
    @property
    def document_count(self) -> int: ...
    @property
    def window_count(self) -> int: ...
    @property
    def node_count(self) -> int: ...
    @property
    def edge_count(self) -> int: ...
    @property
    def window(self) -> _Window: ...
