"""The indicator catalogue: facets -> dimensions -> subdimensions -> indicators.

The catalogue is a user-editable JSON file (``resources/catalogue/usm_catalogue.json``
is the one shipped).  It is a flat list of *groups* (facets, dimensions,
subdimensions) and a flat list of *indicators*, each naming its ``parent``, as
COINr's ``iMeta`` table does: a city adds a row instead of editing a deep tree,
and the validator can say exactly which node is wrong.  Every problem found is
reported at once, each with the node's id, its position in the file and its
line number, e.g.::

    usm_catalogue.json: 2 problems
      - indicator 'theft_rate' (indicators[8], line 412): direction must be 'risk' or
        'protective'; got 'bad'
      - group 'property' (groups[6], line 75): parent 'recorded' is not a group id

The JSON Schema of the format is ``resources/catalogue/catalogue.schema.json``
(for editors); this module is the validator the plugin uses, with no dependency.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from dataclasses import dataclass, field, replace
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..runtime import InputError

__all__ = [
    "AGGREGATIONS",
    "Catalogue",
    "CatalogueError",
    "DEFAULT_CATALOGUE",
    "DIRECTIONS",
    "Group",
    "Indicator",
    "LEVELS",
    "NORMALISATIONS",
    "catalogue_from_fields",
    "load_catalogue",
    "parse_catalogue",
]

#: Group levels from the top down; an indicator's parent may be a group of any level.
LEVELS = ("facet", "dimension", "subdimension")
DIRECTIONS = ("risk", "protective")
AGGREGATIONS = ("arithmetic", "geometric")
NORMALISATIONS = ("minmax", "zscore", "rank", "target", "goalposts")
FORMAT = "usm-indicator-catalogue"
SCHEMA_VERSION = 1

DEFAULT_CATALOGUE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
    "resources", "catalogue", "usm_catalogue.json")

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,59}$")
_TOP_KEYS = {"format", "schema_version", "catalogue_version", "title", "framework", "how_to_edit",
             "aggregation", "groups", "indicators", "description", "city"}
_GROUP_KEYS = {"id", "level", "parent", "name", "description", "name_source", "weight",
               "aggregation"}
_INDICATOR_KEYS = {"id", "parent", "name", "description", "direction", "unit", "source", "field",
                   "selected", "goalposts", "target", "weight", "normalisation", "sdg"}


class CatalogueError(InputError):
    """The catalogue file cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class Group:
    """A facet, dimension or subdimension."""

    id: str
    level: str
    parent: Optional[str]
    name: str = ""
    weight: float = 1.0
    aggregation: Optional[str] = None
    description: str = ""


@dataclass(frozen=True)
class Indicator:
    """One indicator and its binding to a field of the neighbourhood layer.

    ``direction`` is ``"risk"`` (a higher value means less safe) or
    ``"protective"`` (a higher value means safer).  ``field`` is the field the
    city binds the indicator to (None for an unbound placeholder).
    """

    id: str
    parent: Optional[str]
    name: str = ""
    direction: str = "risk"
    unit: str = ""
    field: Optional[str] = None
    selected: bool = True
    goalposts: Optional[Tuple[float, float]] = None
    target: Optional[float] = None
    weight: float = 1.0
    normalisation: Optional[str] = None
    source_algorithm: Optional[str] = None
    description: str = ""


@dataclass
class Catalogue:
    """A validated catalogue.

    Attributes
    ----------
    groups, indicators : list
        In file order.
    aggregation : dict
        Aggregation method per level (``subdimension``, ``dimension``,
        ``facet``, ``index``).
    version : str
        ``catalogue_version`` of the file (reported with every output).
    source : str
        File path, or a description of where the catalogue came from.
    lines : dict
        Line number of each node id in the file (for messages).
    """

    groups: List[Group]
    indicators: List[Indicator]
    aggregation: Dict[str, str] = field(default_factory=dict)
    version: str = ""
    title: str = ""
    source: str = ""
    lines: Dict[str, int] = field(default_factory=dict)
    #: Placeholders (no field) under groups selected by id, left out by :meth:`selected`.
    unbound_skipped: List[str] = field(default_factory=list)

    def where(self, node_id: str) -> str:
        """``"line 12 of file.json"`` for messages, or the empty string."""
        line = self.lines.get(node_id)
        name = os.path.basename(self.source) if self.source else ""
        if line and name:
            return f" (line {line} of {name})"
        return f" (line {line})" if line else ""

    def group(self, node_id: str) -> Group:
        return {g.id: g for g in self.groups}[node_id]

    def selected(self, ids: Optional[Iterable[str]] = None) -> "Catalogue":
        """The catalogue restricted to the selected indicators and the groups above them.

        Parameters
        ----------
        ids : iterable of str, optional
            Node ids (groups or indicators) to keep instead of the ``selected``
            flags: an indicator is kept when it or one of its ancestors is listed.
        """
        parents = {g.id: g.parent for g in self.groups}
        known = set(parents) | {i.id for i in self.indicators}
        if ids is not None:
            ids = [i for i in ids if i]
            unknown = [i for i in ids if i not in known]
            if unknown:
                raise CatalogueError(
                    f"{_label(self)}: unknown node id(s) {', '.join(unknown)} in the selection; "
                    f"known ids include {', '.join(sorted(known)[:12])}...")
            wanted = set(ids)

            def keep(ind: Indicator) -> bool:
                node = ind.id if ind.id in wanted else ind.parent
                while node is not None and node not in wanted:
                    node = parents.get(node)
                return node is not None or ind.id in wanted
            # a group selected by id brings its bound indicators; its placeholders stay out
            chosen = [i for i in self.indicators if keep(i)]
            skipped = [i.id for i in chosen if not i.field and i.id not in wanted]
            indicators = [replace(i, selected=True) for i in chosen
                          if i.field or i.id in wanted]
        else:
            indicators = [i for i in self.indicators if i.selected]
            skipped = []
        unbound = [i.id for i in indicators if not i.field]
        if unbound:
            raise CatalogueError(
                f"{_label(self)}: indicator(s) {', '.join(unbound)} are selected but not bound to a "
                "field; set \"field\" to a field of the neighbourhood layer or deselect them.")
        used = set()
        for ind in indicators:
            node = ind.parent
            while node is not None:
                used.add(node)
                node = parents[node]
        groups = [g for g in self.groups if g.id in used]
        return replace(self, groups=groups, indicators=indicators,
                       unbound_skipped=self.unbound_skipped + skipped)

    def facet_of(self, node_id: str) -> Optional[str]:
        """The top-level group above a node (None for an indicator directly under the index)."""
        parents = {g.id: g.parent for g in self.groups}
        parents.update({i.id: i.parent for i in self.indicators})
        node, top = node_id, None
        while node is not None:
            if node in {g.id for g in self.groups}:
                top = node
            node = parents.get(node)
        return top


def _label(cat: Catalogue) -> str:
    return os.path.basename(cat.source) if cat.source else "catalogue"


# --------------------------------------------------------------------------- loading


def load_catalogue(path: Optional[str] = None) -> Catalogue:
    """Read and validate a catalogue file (the shipped one when ``path`` is None).

    Raises
    ------
    CatalogueError
        The file cannot be read, is not valid JSON (line and column given), or
        breaks the format; every problem is listed.
    """
    path = path or DEFAULT_CATALOGUE
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except OSError as error:
        raise CatalogueError(f"Cannot read the catalogue file {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogueError(f"The catalogue file {path} is not UTF-8 text.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueError(
            f"{os.path.basename(path)}: not valid JSON at line {error.lineno}, column "
            f"{error.colno}: {error.msg} (check for a missing comma or quote, or a trailing "
            "comma, on that line or the line before).") from None
    return parse_catalogue(data, text=text, source=path)


def parse_catalogue(data, *, text: Optional[str] = None, source: str = "") -> Catalogue:
    """Validate a catalogue already parsed from JSON (a dict).

    Parameters
    ----------
    data : dict
    text : str, optional
        The file's text, used only to give line numbers in messages.
    source : str
        File name used in messages.

    Raises
    ------
    CatalogueError
        Listing every problem: wrong format marker or schema version, unknown or
        misspelt keys, bad ids, duplicate ids, unknown parents, cycles, a group
        under a group of the same or a lower level, bad directions, weights,
        goalposts, targets, aggregation or normalisation methods.
    """
    problems = _Problems(source, text)
    if not isinstance(data, dict):
        raise CatalogueError(f"{problems.name}: the file must hold a JSON object {{...}}, "
                             f"not a {type(data).__name__}.")
    if data.get("format") != FORMAT:
        problems.add(None, f"\"format\" must be \"{FORMAT}\"; got {data.get('format')!r}")
    if data.get("schema_version") != SCHEMA_VERSION:
        problems.add(None, f"\"schema_version\" {data.get('schema_version')!r} is not supported "
                           f"(this plugin reads version {SCHEMA_VERSION})")
    _unknown_keys(problems, None, data, _TOP_KEYS)
    aggregation = _aggregation(problems, data.get("aggregation", {}))
    raw_groups = data.get("groups", [])
    raw_indicators = data.get("indicators")
    if not isinstance(raw_groups, list):
        problems.add(None, "\"groups\" must be a list")
        raw_groups = []
    if not isinstance(raw_indicators, list) or not raw_indicators:
        problems.add(None, "\"indicators\" must be a non-empty list")
        raw_indicators = raw_indicators if isinstance(raw_indicators, list) else []
    groups = [g for g in (_group(problems, i, g) for i, g in enumerate(raw_groups)) if g]
    indicators = [x for x in (_indicator(problems, i, x) for i, x in enumerate(raw_indicators)) if x]
    _check_ids(problems, groups, indicators)
    _check_tree(problems, groups, indicators)
    problems.raise_if_any()
    return Catalogue(groups, indicators, aggregation, str(data.get("catalogue_version", "")),
                     str(data.get("title", "")), source, problems.lines)


def catalogue_from_fields(fields: Sequence[str], protective: Sequence[str] = (), *,
                          weights: Optional[Sequence[float]] = None) -> Catalogue:
    """A flat catalogue: each field an indicator directly under the index.

    Parameters
    ----------
    fields : sequence of str
        Indicator fields.
    protective : sequence of str
        The fields where a higher value means safer; the others are risk.
    weights : sequence of float, optional
        One weight per field (equal when omitted).
    """
    fields = list(fields)
    if not fields:
        raise InputError("Give a catalogue file or at least one indicator field.")
    unknown = [f for f in protective if f not in fields]
    if unknown:
        raise InputError(f"Protective field(s) {', '.join(unknown)} are not among the indicator "
                         f"fields {', '.join(fields)}.")
    if weights is not None and len(weights) != len(fields):
        raise InputError(f"{len(weights)} weights given for {len(fields)} fields.")
    duplicated = sorted({f for f in fields if fields.count(f) > 1})
    if duplicated:
        raise InputError(f"Field(s) {', '.join(duplicated)} given twice.")
    indicators = [
        Indicator(id=_field_id(name), parent=None, name=name,
                  direction="protective" if name in protective else "risk", field=name,
                  weight=1.0 if weights is None else float(weights[k]))
        for k, name in enumerate(fields)]
    ids = [i.id for i in indicators]
    clashes = sorted({i for i in ids if ids.count(i) > 1})
    if clashes:
        raise InputError(f"Fields {', '.join(clashes)} give the same indicator id after replacing "
                         "characters other than letters, digits and _; rename one of them.")
    return Catalogue([], indicators, {"index": "arithmetic"}, "fields", "Indicator fields",
                     "field list")


def _field_id(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if not slug or not slug[0].isalpha():
        slug = "f_" + slug
    return slug[:60]


# --------------------------------------------------------------------------- checks


class _Problems:
    """Collects problems with the node they concern and where it is in the file."""

    def __init__(self, source: str, text: Optional[str]):
        self.name = os.path.basename(source) if source else "catalogue"
        self.text = text or ""
        self.items: List[str] = []
        self.lines: Dict[str, int] = {}
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self._search_from = 0

    def locate(self, node_id: str) -> Optional[int]:
        """Line of the next ``"id": "<node_id>"`` in the text (file order)."""
        if not self.text or not isinstance(node_id, str):
            return None
        pattern = re.compile(r'"id"\s*:\s*"' + re.escape(node_id) + '"')
        match = pattern.search(self.text, self._search_from) or pattern.search(self.text)
        if match is None:
            return None
        self._search_from = match.end()
        import bisect
        line = bisect.bisect_right(self._line_starts, match.start())
        self.lines.setdefault(node_id, line)
        return line

    def all_lines(self, node_id: str) -> List[int]:
        """Every line holding ``"id": "<node_id>"``."""
        import bisect
        pattern = re.compile(r'"id"\s*:\s*"' + re.escape(node_id) + '"')
        return [bisect.bisect_right(self._line_starts, m.start())
                for m in pattern.finditer(self.text)]

    def add(self, where: Optional[str], message: str) -> None:
        self.items.append(f"{where}: {message}" if where else message)

    def raise_if_any(self) -> None:
        if not self.items:
            return
        count = len(self.items)
        shown = self.items[:25]
        more = f"\n  ... and {count - 25} more" if count > 25 else ""
        raise CatalogueError(f"{self.name}: {count} problem{'s' if count > 1 else ''}\n  - "
                             + "\n  - ".join(shown) + more)


def _where(kind: str, index: int, node_id, line: Optional[int]) -> str:
    name = f"{kind} {node_id!r}" if isinstance(node_id, str) and node_id else kind
    place = f"{kind}s[{index}]" if kind == "group" else f"indicators[{index}]"
    return f"{name} ({place}" + (f", line {line})" if line else ")")


def _unknown_keys(problems: _Problems, where, item: dict, allowed: set) -> None:
    for key in item:
        if key not in allowed and not key.startswith("x_"):
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.add(where, f"unknown key {key!r}{hint}; custom keys must start with x_")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _aggregation(problems: _Problems, value) -> Dict[str, str]:
    result = {level: "arithmetic" for level in (*LEVELS, "index")}
    if not isinstance(value, dict):
        problems.add(None, "\"aggregation\" must be an object like {\"facet\": \"arithmetic\"}")
        return result
    for level, method in value.items():
        if level not in result:
            problems.add(None, f"\"aggregation\" has an unknown level {level!r}; levels are "
                               f"{', '.join(result)}")
        elif method not in AGGREGATIONS:
            problems.add(None, f"\"aggregation\" of {level} must be one of "
                               f"{', '.join(AGGREGATIONS)}; got {method!r}")
        else:
            result[level] = method
    return result


def _common(problems, where, item, kind):
    """Checks shared by groups and indicators; returns (id, weight, ok)."""
    ok = True
    node_id = item.get("id")
    if not isinstance(node_id, str) or not _ID.match(node_id):
        problems.add(where, f"id must be a letter followed by letters, digits or _ (at most 60); "
                            f"got {node_id!r}")
        ok = False
    weight = item.get("weight", 1.0)
    if not _number(weight) or weight < 0:
        problems.add(where, f"weight must be a number >= 0; got {weight!r}")
        ok = False
    parent = item.get("parent")
    if parent is not None and not isinstance(parent, str):
        problems.add(where, f"parent must be a group id or null; got {parent!r}")
        ok = False
    return node_id, weight, ok


def _group(problems: _Problems, index: int, item) -> Optional[Group]:
    if not isinstance(item, dict):
        problems.add(f"groups[{index}]", "must be an object {\"id\": ..., \"level\": ...}")
        return None
    where = _where("group", index, item.get("id"), problems.locate(item.get("id")))
    _unknown_keys(problems, where, item, _GROUP_KEYS)
    node_id, weight, ok = _common(problems, where, item, "group")
    level = item.get("level")
    if level not in LEVELS:
        problems.add(where, f"level must be one of {', '.join(LEVELS)}; got {level!r}")
        ok = False
    aggregation = item.get("aggregation")
    if aggregation is not None and aggregation not in AGGREGATIONS:
        problems.add(where, f"aggregation must be one of {', '.join(AGGREGATIONS)}; got "
                            f"{aggregation!r}")
        ok = False
    if not ok:
        return None
    return Group(node_id, level, item.get("parent"), str(item.get("name", node_id)), float(weight),
                 aggregation, str(item.get("description", "")))


def _indicator(problems: _Problems, index: int, item) -> Optional[Indicator]:
    if not isinstance(item, dict):
        problems.add(f"indicators[{index}]", "must be an object {\"id\": ..., \"parent\": ...}")
        return None
    where = _where("indicator", index, item.get("id"), problems.locate(item.get("id")))
    _unknown_keys(problems, where, item, _INDICATOR_KEYS)
    node_id, weight, ok = _common(problems, where, item, "indicator")
    direction = item.get("direction")
    if direction not in DIRECTIONS:
        problems.add(where, f"direction must be 'risk' or 'protective'; got {direction!r}")
        ok = False
    field_name = item.get("field")
    if field_name is not None and (not isinstance(field_name, str) or not field_name.strip()):
        problems.add(where, f"field must be a field name or null; got {field_name!r}")
        ok = False
    selected = item.get("selected", bool(field_name))
    if not isinstance(selected, bool):
        problems.add(where, f"selected must be true or false; got {selected!r}")
        ok = False
    goalposts = item.get("goalposts")
    if goalposts is not None:
        if (not isinstance(goalposts, list) or len(goalposts) != 2
                or not all(_number(v) for v in goalposts) or not goalposts[0] < goalposts[1]):
            problems.add(where, f"goalposts must be [low, high] with low < high; got {goalposts!r}")
            ok = False
    target = item.get("target")
    if target is not None and not _number(target):
        problems.add(where, f"target must be a number or null; got {target!r}")
        ok = False
    normalisation = item.get("normalisation")
    if normalisation is not None and normalisation not in NORMALISATIONS:
        problems.add(where, f"normalisation must be one of {', '.join(NORMALISATIONS)} or null; "
                            f"got {normalisation!r}")
        ok = False
    if normalisation == "goalposts" and goalposts is None:
        problems.add(where, "normalisation 'goalposts' needs \"goalposts\": [low, high]")
        ok = False
    if normalisation == "target" and target is None:
        problems.add(where, "normalisation 'target' needs a \"target\" value")
        ok = False
    source = item.get("source") or {}
    if not isinstance(source, dict):
        problems.add(where, "source must be an object {\"algorithm\": ..., \"field\": ...}")
        ok = False
        source = {}
    if not ok:
        return None
    return Indicator(node_id, item.get("parent"), str(item.get("name", node_id)), direction,
                     str(item.get("unit", "")), field_name.strip() if field_name else None,
                     selected, tuple(float(v) for v in goalposts) if goalposts else None,
                     None if target is None else float(target), float(weight), normalisation,
                     source.get("algorithm"), str(item.get("description", "")))


def _check_ids(problems: _Problems, groups: List[Group], indicators: List[Indicator]) -> None:
    seen: Dict[str, str] = {}
    for kind, nodes in (("group", groups), ("indicator", indicators)):
        for node in nodes:
            if node.id == "index":
                problems.add(f"{kind} 'index'", "'index' is reserved for the overall index")
            elif node.id in seen:
                lines = problems.all_lines(node.id)
                at = f" (lines {', '.join(map(str, lines))})" if len(lines) > 1 else ""
                article = "an" if seen[node.id] == "indicator" else "a"
                problems.add(f"{kind} {node.id!r}", f"duplicate id{at}: already used by {article} "
                                                    f"{seen[node.id]} (ids must be unique among "
                                                    "groups and indicators)")
            else:
                seen[node.id] = kind


def _check_tree(problems: _Problems, groups: List[Group], indicators: List[Indicator]) -> None:
    by_id = {g.id: g for g in groups}
    rank = {level: k for k, level in enumerate(LEVELS)}
    cyclic = set()
    for group in groups:
        chain, node = [group.id], group.parent
        while node is not None and node in by_id:
            if node in chain:
                loop = chain[chain.index(node):] + [node]
                if not cyclic.intersection(loop):
                    problems.add(f"group {group.id!r}", "cycle in the parent links (child -> parent): "
                                 + " -> ".join(loop))
                cyclic.update(loop)
                break
            chain.append(node)
            node = by_id[node].parent
    for group in groups:
        if group.parent is None:
            if group.level != "facet":
                problems.add(f"group {group.id!r}", f"a {group.level} needs a parent group "
                                                    "(only facets sit directly under the index)")
            continue
        parent = by_id.get(group.parent)
        if parent is None:
            _unknown_parent(problems, "group", group.id, group.parent, by_id)
        elif group.id not in cyclic and rank[parent.level] >= rank[group.level]:
            problems.add(f"group {group.id!r}", f"a {group.level} cannot sit under the "
                                                f"{parent.level} {parent.id!r}; the order is "
                                                + " > ".join(LEVELS))
    for ind in indicators:
        if ind.parent is not None and ind.parent not in by_id:
            _unknown_parent(problems, "indicator", ind.id, ind.parent, by_id)


def _unknown_parent(problems, kind, node_id, parent, by_id) -> None:
    close = difflib.get_close_matches(parent, sorted(by_id), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    problems.add(f"{kind} {node_id!r}", f"parent {parent!r} is not a group id of the "
                                        f"catalogue{hint}")
