"""Loading and validating ``claims.yaml``, with file, line and column in every message.

The minimal form is ``claims: [{id: ..., text: ...}]``. Everything else is optional:

* per claim: ``min_sources``, ``notes``, ``also`` (other wordings to search for), ``require`` (terms a
  supporting passage must contain), ``severity`` (``error`` or ``warning``), ``waiver`` (a written reason
  to accept a single source);
* ``sources:``: what each source file says about itself and where it comes from (see ``SourceInfo``);
* ``settings:``: defaults for the command-line options.

The file is read with a YAML parser that keeps positions, so a mistake is reported where it is.
YAML's traps are caught rather than silently accepted: ``no`` read as false, dates, numbers used as
ids, and duplicate keys.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .kinds import FailOn

KINDS = ("news", "advocacy", "opinion", "government", "government statement reported", "press release",
         "academic", "social media", "document", "other")
SEVERITIES = ("error", "warning")
MAX_CLAIMS_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    line: int = 0
    min_sources: int | None = None
    notes: str | None = None
    also: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    severity: str = "error"
    waiver: str | None = None


@dataclass(frozen=True)
class SourceInfo:
    """Declared provenance of one source file, as the investigator recorded it."""

    file: str
    line: int = 0
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    owner: str | None = None
    date: str | None = None
    kind: str | None = None
    derived_from: tuple[str, ...] = ()
    interested_party: str | None = None  # who has a stake, in the user's words; None when not declared
    url: str | None = None
    notes: str | None = None


@dataclass
class ClaimsFile:
    path: Path
    claims: list[Claim]
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    settings_lines: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


CLAIM_KEYS = ("id", "text", "min_sources", "notes", "also", "require", "severity", "waiver")
SOURCE_KEYS = ("title", "outlet", "author", "owner", "date", "kind", "derived_from", "interested_party",
               "url", "notes")
TOP_KEYS = ("claims", "sources", "settings")
# Each setting, with the kind of value it takes (as a message says it): the `settings:` block and
# [tool.corroborate] in pyproject.toml (config.py) know the same keys.
SETTING_TYPES = {
    "sources": "text (a folder)",
    "min_sources": "a whole number of at least 1",
    "threshold": "a number from 0 to 100",
    "fail_on": f"one of {', '.join(FailOn)}",
    "max_file_size_mb": "a whole number of at least 1",
    "count_interested_parties": "true or false",
}
SETTING_KEYS = tuple(SETTING_TYPES)


# Only composed (nodes with their positions), never constructed: every scalar is a node we inspect ourselves.
# libyaml's parser when PyYAML has it (ten times faster on a large claims file); a file it rejects is read
# again by the pure-Python one, whose messages say more ("expected ',' or ']', but got '<stream end>'").
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_claims(path: Path) -> ClaimsFile:
    """Read and validate a claims file; raise InputError naming the first problem's position."""
    try:
        size = path.stat().st_size
        if size > MAX_CLAIMS_BYTES:
            raise InputError(f"claims file is too large ({size // 1024 // 1024} MB; the limit is "
                             f"{MAX_CLAIMS_BYTES // 1024 // 1024} MB)", path)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("claims file not found (create one with `corroborate init`)", path) from None
    except IsADirectoryError:
        raise InputError("expected a claims YAML file, got a folder", path) from None
    except PermissionError:
        raise InputError("claims file cannot be read: permission denied", path) from None
    except OSError as exc:
        raise InputError(f"claims file cannot be read: {exc.strerror or exc}", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("claims file is not UTF-8 text", path, line) from None
    return parse_claims(text, path)


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_claims(text: str, path: Path) -> ClaimsFile:
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if exc.context:
            problem = f"{exc.context}, {problem}"
        raise InputError(f"YAML syntax error: {problem}", path,
                         mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", path) from None
    if root is None:
        raise InputError("claims file is empty; it needs a `claims:` list of {id, text} entries", path, 1)
    v = _Validator(path)
    top = v.mapping(root, "the top level")
    v.check_keys(top, TOP_KEYS, "top-level key")
    if "claims" not in top:
        raise v.error(root, "missing `claims:` list of {id, text} entries")
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for node in v.sequence(top["claims"][1], "`claims`"):
        claim = v.claim(node)
        if claim.id in seen:
            raise v.error(node, f"duplicate claim id {claim.id!r} (first defined on line {seen[claim.id]})")
        seen[claim.id] = claim.line
        claims.append(claim)
    if not claims:
        raise v.error(top["claims"][1], "`claims` is empty; add at least one {id, text} entry")
    sources: dict[str, SourceInfo] = {}
    if "sources" in top and not _is_null(top["sources"][1]):
        for key_node, value in v.mapping(top["sources"][1], "`sources`").values():
            info = v.source(key_node, value)
            sources[info.file] = info
    settings: dict[str, Any] = {}
    settings_lines: dict[str, int] = {}
    if "settings" in top and not _is_null(top["settings"][1]):
        settings, settings_lines = v.settings(top["settings"][1])
    return ClaimsFile(path, claims, sources, settings, settings_lines, v.warnings)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


class _Validator:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.claim_id: str | None = None  # the claim being read: every message about it names it

    def _about(self, message: str) -> str:
        if self.claim_id is None or f"claim {self.claim_id!r}" in message:
            return message
        return f"claim {self.claim_id!r}: {message}"

    def error(self, node: yaml.Node, message: str) -> InputError:
        mark = node.start_mark
        return InputError(self._about(message), self.path, mark.line + 1, mark.column + 1)

    def warn(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.warnings.append(f"{self.path}:{mark.line + 1}:{mark.column + 1}: warning: {self._about(message)}")

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping (key: value), not {_describe(node)}")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, f"keys in {what} must be plain text")
            key = key_node.value
            if key in out:
                first = out[key][0].start_mark.line + 1
                raise self.error(key_node, f"duplicate key {key!r} in {what} (first on line {first})")
            out[key] = (key_node, value)
        return out

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} must be a list (- item), not {_describe(node)}")
        return list(node.value)

    def check_keys(self, mapping: dict[str, tuple[yaml.Node, yaml.Node]], known: tuple[str, ...],
                   what: str) -> None:
        for key, (key_node, _) in mapping.items():
            if key not in known:
                near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f"; did you mean {near[0]!r}?" if near else f" (known: {', '.join(known)})"
                self.warn(key_node, f"unknown {what} {key!r} ignored{hint}")

    def text(self, node: yaml.Node, what: str, allow_empty: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, f"{what} must be text, not {_describe(node)}")
        tag = node.tag.rsplit(":", 1)[-1]
        if tag != "str" and not node.style:  # plain, unquoted (None from PyYAML, "" from libyaml)
            kind = {"bool": "a yes/no value", "int": "a number", "float": "a number", "null": "empty",
                    "timestamp": "a date"}.get(tag, tag)
            if tag == "null" and not allow_empty:
                raise self.error(node, f"{what} is empty")
            if tag != "null":
                raise self.error(node, f"{what} must be text, but YAML reads {node.value!r} as {kind}; "
                                       f"put it in quotes")
        value = node.value.strip() if isinstance(node.value, str) else ""
        if not value and not allow_empty:
            raise self.error(node, f"{what} is empty")
        return value

    def loose_text(self, node: yaml.Node, what: str) -> str:
        """A free-text field where dates and numbers are fine as they are written (e.g. `date`)."""
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, f"{what} must be text, not {_describe(node)}")
        return str(node.value).strip()

    def text_list(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode):
            return (self.text(node, what),)
        return tuple(self.text(item, f"each entry of {what}") for item in self.sequence(node, what))

    def integer(self, node: yaml.Node, what: str, minimum: int = 1) -> int:
        if not isinstance(node, yaml.ScalarNode) or not node.tag.endswith(":int"):
            raise self.error(node, f"{what} must be a whole number, not {_describe(node)}")
        value = int(yaml.safe_load(node.value))
        if value < minimum:
            raise self.error(node, f"{what} must be at least {minimum}")
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or not node.tag.endswith(":bool"):
            raise self.error(node, f"{what} must be true or false, not {_describe(node)}")
        return bool(yaml.safe_load(node.value))

    def number(self, node: yaml.Node, what: str, low: float, high: float) -> float:
        if not isinstance(node, yaml.ScalarNode) or not (node.tag.endswith(":int") or node.tag.endswith(":float")):
            raise self.error(node, f"{what} must be a number, not {_describe(node)}")
        value = float(yaml.safe_load(node.value))
        if not low <= value <= high:
            raise self.error(node, f"{what} must be between {low:g} and {high:g}")
        return value

    def claim(self, node: yaml.Node) -> Claim:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"each claim must be a mapping with `id` and `text`, not {_describe(node)}")
        fields = self.mapping(node, "a claim")
        if "id" not in fields:
            self.check_keys(fields, CLAIM_KEYS, "claim key")
            text = fields["text"][1].value if "text" in fields and isinstance(fields["text"][1].value, str) else ""
            raise self.error(node, "claim has no `id`" + (f" (its text: {_clip(text)!r})" if text else ""))
        claim_id = self.text(fields["id"][1], "claim `id`")
        self.claim_id = claim_id
        try:
            return self._claim_fields(node, fields, claim_id)
        finally:
            self.claim_id = None

    def _claim_fields(self, node: yaml.Node, fields: dict[str, tuple[yaml.Node, yaml.Node]], claim_id: str) -> Claim:
        self.check_keys(fields, CLAIM_KEYS, "claim key")
        if "text" not in fields:
            raise self.error(node, f"claim {claim_id!r} has no `text`")
        kwargs: dict[str, Any] = {"id": claim_id, "text": self.text(fields["text"][1], f"`text` of claim {claim_id!r}"),
                                  "line": node.start_mark.line + 1}
        if "min_sources" in fields:
            kwargs["min_sources"] = self.integer(fields["min_sources"][1], "`min_sources`")
        if "notes" in fields:
            kwargs["notes"] = self.text(fields["notes"][1], "`notes`", allow_empty=True) or None
        if "also" in fields:
            kwargs["also"] = self.text_list(fields["also"][1], "`also`")
        if "require" in fields:
            kwargs["require"] = self.text_list(fields["require"][1], "`require`")
        if "severity" in fields:
            severity = self.text(fields["severity"][1], "`severity`")
            if severity not in SEVERITIES:
                raise self.error(fields["severity"][1], f"`severity` must be one of {', '.join(SEVERITIES)}")
            kwargs["severity"] = severity
        if "waiver" in fields:
            kwargs["waiver"] = self.text(fields["waiver"][1], "`waiver` (the written reason to accept one source)")
        return Claim(**kwargs)

    def source(self, key_node: yaml.Node, node: yaml.Node) -> SourceInfo:
        file = self.text(key_node, "a source file name")
        line = key_node.start_mark.line + 1
        if _is_null(node):
            return SourceInfo(file=file, line=line)
        fields = self.mapping(node, f"source {file!r}")
        self.check_keys(fields, SOURCE_KEYS, "source key")
        kwargs: dict[str, Any] = {"file": file, "line": line}
        for key in ("title", "outlet", "author", "owner", "kind", "url", "notes", "interested_party"):
            if key in fields:
                kwargs[key] = self.text(fields[key][1], f"`{key}`", allow_empty=True) or None
        if "date" in fields:
            kwargs["date"] = self.loose_text(fields["date"][1], "`date`") or None
        if "derived_from" in fields:
            kwargs["derived_from"] = self.text_list(fields["derived_from"][1], "`derived_from`")
        kind = kwargs.get("kind")
        if kind and kind not in KINDS:
            self.warn(fields["kind"][1], f"unusual source kind {kind!r} (usual kinds: {', '.join(KINDS)})")
        return SourceInfo(**kwargs)

    def settings(self, node: yaml.Node) -> tuple[dict[str, Any], dict[str, int]]:
        fields = self.mapping(node, "`settings`")
        self.check_keys(fields, SETTING_KEYS, "setting")
        out: dict[str, Any] = {}
        lines = {key: value.start_mark.line + 1 for key, (_, value) in fields.items()}
        if "sources" in fields:
            out["sources"] = self.text(fields["sources"][1], "`settings.sources`")
        if "min_sources" in fields:
            out["min_sources"] = self.integer(fields["min_sources"][1], "`settings.min_sources`")
        if "threshold" in fields:
            out["threshold"] = self.number(fields["threshold"][1], "`settings.threshold`", 0, 100)
        if "fail_on" in fields:
            value = self.text(fields["fail_on"][1], "`settings.fail_on`")
            if value not in set(FailOn):
                raise self.error(fields["fail_on"][1], "`settings.fail_on` must be "
                                                      + " or ".join(f"`{v}`" for v in FailOn))
            out["fail_on"] = value
        if "max_file_size_mb" in fields:
            out["max_file_size_mb"] = self.integer(fields["max_file_size_mb"][1], "`settings.max_file_size_mb`")
        if "count_interested_parties" in fields:
            out["count_interested_parties"] = self.boolean(fields["count_interested_parties"][1],
                                                           "`settings.count_interested_parties`")
        return out, lines


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    tag = node.tag.rsplit(":", 1)[-1]
    return {"str": f"the text {node.value!r}", "int": f"the number {node.value}", "float": f"the number {node.value}",
            "bool": f"the yes/no value {node.value!r}", "null": "nothing", "timestamp": f"the date {node.value}"
            }.get(tag, repr(node.value))
