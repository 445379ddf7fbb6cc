"""Strict request and response schemas, built from the shared wire description (sync.wire).

Every model forbids unknown keys, is strict about types (no "1" for 1, no 0 for false),
refuses NaN and infinities, and bounds every string and list. Strings may not hold NUL or
unpaired surrogates (PostgreSQL cannot store them). A mutation is a union discriminated by
`entity`, so each entity's fields are checked by its own model.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    create_model,
    model_validator,
)

from fieldsessions.sync import wire

STRICT = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("text may not contain control characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no unpaired surrogates)") from None
    return value


def _date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None
    return value


def _instant(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO-8601 date and time") from None
    if moment.tzinfo is None:
        raise ValueError("a date and time needs a zone (end it with Z)")
    return value


Text = Annotated[str, StringConstraints(max_length=wire.MAX_LONG_TEXT),
                 AfterValidator(_clean_text)]
Short = Annotated[str, StringConstraints(max_length=wire.MAX_SHORT_TEXT),
                  AfterValidator(_clean_text)]
Ident = Annotated[str, StringConstraints(min_length=1, max_length=wire.MAX_ID,
                                         pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")]
DateText = Annotated[str, StringConstraints(min_length=10, max_length=10,
                                            pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                     AfterValidator(_date)]
InstantText = Annotated[str, StringConstraints(min_length=20, max_length=40,
                                               pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+"
                                                       r"(Z|[+-][0-9]{2}:[0-9]{2})$"),
                        AfterValidator(_instant)]
Seq = Annotated[int, Field(ge=1, le=2**53)]
Hlc = Annotated[int, Field(ge=0, le=2**62)]


def _field_type(spec: wire.Field) -> Any:
    base: Any
    if spec.choices:
        base = Literal[spec.choices]
    elif spec.kind == wire.ID:
        base = Ident
    elif spec.kind == wire.SHORT:
        base = Short
    elif spec.kind == wire.TEXT:
        base = Text
    elif spec.kind == wire.INT:
        base = Annotated[int, Field(ge=spec.minimum, le=spec.maximum)]
    elif spec.kind == wire.FLOAT:
        base = Annotated[float, Field(ge=0, le=1_000_000)]
    elif spec.kind == wire.BOOL:
        base = bool
    elif spec.kind == wire.DATE:
        base = DateText
    elif spec.kind == wire.INSTANT:
        base = InstantText
    elif spec.kind == wire.LIST:
        base = Annotated[list[Short], Field(max_length=wire.MAX_LIST)]
    else:  # pragma: no cover - every kind is listed above
        raise AssertionError(spec.kind)
    return base | None if spec.nullable else base


def _fields_model(entity: wire.Entity) -> type[BaseModel]:
    definitions: dict[str, Any] = {
        name: (_field_type(spec), None) for name, spec in entity.fields.items()
    }
    title = "".join(part.capitalize() for part in entity.name.split("_"))
    model: type[BaseModel] = create_model(f"{title}Fields", __config__=STRICT, **definitions)
    return model


def _mutation_model(entity: wire.Entity) -> type[BaseModel]:
    fields_model = _fields_model(entity)
    title = "".join(part.capitalize() for part in entity.name.split("_"))
    entity_type: Any = Literal[entity.name]
    op_type: Any = Literal["upsert", "delete"]
    model: type[BaseModel] = create_model(
        f"{title}Mutation",
        __config__=STRICT,
        seq=(Seq, ...),
        hlc=(Hlc, ...),
        entity=(entity_type, ...),
        op=(op_type, ...),
        id=(Ident | None, None),
        fields=(fields_model, ...),
    )
    return model


MUTATION_MODELS = {name: _mutation_model(entity) for name, entity in wire.ENTITIES.items()}
AnyMutation: Any = Annotated[Union[tuple(MUTATION_MODELS.values())],  # noqa: UP007
                             Field(discriminator="entity")]


class PushRequest(BaseModel):
    model_config = STRICT

    device_id: Ident
    batch_id: Ident
    seen: Annotated[str, StringConstraints(max_length=100,
                                           pattern=f"^{wire.CURSOR_PATTERN}$")] | None = None
    mutations: Annotated[list[AnyMutation], Field(max_length=wire.MAX_MUTATIONS)]

    @model_validator(mode="after")
    def _unique_seqs(self) -> PushRequest:
        seen: set[int] = set()
        for mutation in self.mutations:
            seq = mutation.seq
            if seq in seen:
                raise ValueError(f"seq {seq} appears twice in this push")
            seen.add(seq)
        return self


class ItemResult(BaseModel):
    seq: int
    result: Literal["applied", "duplicate", "conflict", "rejected", "mismatch"]
    reason: str | None = None
    # With a reason: its stable code and the values it names (sync.wire.REASON_CODES), for
    # the laptop to say it in its user's language; `reason` stays the English sentence.
    code: str | None = None
    args: list[Any] | None = None
    original: str | None = None
    # With "rejected": the refusal is not final. "parent": a record this change refers to is
    # not on the server yet, send it again later; "clock": stamped too far ahead of the
    # server's clock, re-stamp it and send it again.
    retry: Literal["parent", "clock", "server"] | None = None


class PushResponse(BaseModel):
    device_id: str
    batch_id: str
    results: list[ItemResult]


class Change(BaseModel):
    entity: str
    id: str
    op: Literal["upsert", "delete"]
    fields: dict[str, Any]
    hlc: int


class ChangesResponse(BaseModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool
    # On the last page: the programmes the caller is assigned to (server/feed.py).
    programmes: list[str] | None = None


class Limits(BaseModel):
    max_mutations: int
    max_body_bytes: int
    max_page: int


class HelloResponse(BaseModel):
    protocol: int
    server_time: str
    epoch: str
    device_id: str
    facilitator: str
    high_seq: int
    limits: Limits


class DeviceLogin(BaseModel):
    model_config = STRICT

    username: Annotated[str, StringConstraints(min_length=1, max_length=100,
                                               pattern=r"^[A-Za-z0-9._@+-]+$")]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    device_id: Ident
    device_name: Short = ""


class DeviceToken(BaseModel):
    token: str
    device_id: str
    facilitator: str
    display_name: str


class ProgrammeSummary(BaseModel):
    id: str
    name: str


class ProgrammeDetail(BaseModel):
    id: str
    fields: dict[str, Any]
    sessions: int


class Problem(BaseModel):
    detail: str
    code: str | None = None  # as in ItemResult
    args: list[Any] | None = None
