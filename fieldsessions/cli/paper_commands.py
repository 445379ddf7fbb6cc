"""`fieldsessions scan-in FILE... [--accept]`: read signed attendance sheets and ticked
tick-off templates back in.

Without --accept nothing is written: each page is shown with its session, the doubtful rows
first, then the rows that disagree with marks already on the laptop, then the clear readings.
With --accept the clear marks of people still pending are written in one transaction (history
reason "paper sheet, page N", queued for sync) and the page images kept beside the data file;
what still needs a person is listed. A tick-off template's page lists its boxes the same way
(doubtful, conflicts with ticks on the laptop, then the clear ticks) and --accept writes its
clear ticks of boxes not yet set on the laptop as outcome ticks.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldsessions.cli.core_commands import add_common, opened, print_json
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import session_code
from fieldsessions.core.wording import plural


def _who(mark: Any) -> str:
    return f"row {mark.row:>3}  {mark.name}" + (f" ({mark.external_id})"
                                                if mark.external_id else "")


def _value(status: str | None) -> str:
    return status if status is not None else "no box marked"


def _box(tick: Any) -> str:
    who = tick.name + (f" ({tick.external_id})" if tick.external_id else "")
    return fill(tr("row %1  %2, outcome %3 (%4)"), f"{tick.row:>3}", who, tick.outcome_number,
                tick.outcome_title)


def _ticked(value: bool | None) -> str:
    return tr("ticked") if value else tr("not ticked")


def _show_ticks(plan: Any) -> None:
    """A tick-off page as read: its boxes, doubtful first, then conflicts, then the ticked."""
    code = plan.reading.code
    rows = (fill(tr("rows %1-%2"), code.first_row, code.first_row + code.row_count - 1)
            if code.row_count else tr("no participant rows"))
    outcomes = (fill(tr("outcomes %1-%2"), code.first_outcome,
                     code.first_outcome + code.outcome_count - 1)
                if code.outcome_count else tr("no outcomes"))
    print(fill(tr("%1: %2 (session %3), tick-off page %4, %5, %6; read in %7 s"),
               plan.reading.source, plan.session_label, session_code(code.session_id),
               code.page, rows, outcomes, f"{plan.reading.seconds:.2f}"))
    doubtful = [t for t in plan.ticks if t.doubtful]
    conflicts = [t for t in plan.ticks if t.conflict and not t.doubtful]
    clear = [t for t in plan.ticks if t.read and not t.doubtful and not t.conflict]
    if doubtful:
        print(tr("  Doubtful, a person must look:"))
        for t in doubtful:
            line = fill(tr("    %1: %2? %3 (confidence %4)"), _box(t), _ticked(t.read), t.note,
                        f"{t.confidence:.2f}")
            if t.current is not None:
                line += fill(tr("; the laptop has it %1"), _ticked(t.current))
            print(line)
    if conflicts:
        print(tr("  Paper and laptop disagree (the laptop's tick is kept):"))
        for t in conflicts:
            print(fill(tr("    %1: paper says %2, the laptop has it %3 (confidence %4)"),
                       _box(t), _ticked(t.read), _ticked(t.current), f"{t.confidence:.2f}"))
    if clear:
        print(tr("  Ticked:"))
        for t in clear:
            if t.current:
                print(fill(tr("    %1 (confidence %2, already on the laptop)"), _box(t),
                           f"{t.confidence:.2f}"))
            else:
                print(fill(tr("    %1 (confidence %2)"), _box(t), f"{t.confidence:.2f}"))
    for row in plan.reading.unlisted:
        marked = [str(code.first_outcome + n) for n, box in enumerate(row.boxes)
                  if box.ticked or box.doubtful]
        one = tr("  Blank row %1 has outcome %2 ticked for someone not listed: not read; add "
                 "them as a walk-in on the Roster tab, then tick them on the Outcomes tab.")
        many = tr("  Blank row %1 has outcomes %2 ticked for someone not listed: not read; add "
                  "them as a walk-in on the Roster tab, then tick them on the Outcomes tab.")
        print(fill(one if len(marked) == 1 else many, row.row, ", ".join(marked)))


def _show(plan: Any) -> None:
    if plan.tickoff:
        _show_ticks(plan)
        return
    code = plan.reading.code
    rows = (f"rows {code.first_row}-{code.first_row + code.row_count - 1}" if code.row_count
            else "walk-in rows only")
    print(f"{plan.reading.source}: {plan.session_label} (session "
          f"{session_code(code.session_id)}), sheet page {code.page}, {rows}; read in "
          f"{plan.reading.seconds:.2f} s")
    if plan.moved:
        print(f"  The roll has changed since printing: these people are now rows "
              f"{code.first_row + plan.moved}-{code.first_row + plan.moved + code.row_count - 1}"
              " on the laptop; they are matched by who they are, not by row.")
    doubtful = [m for m in plan.marks if m.doubtful]
    unmarked = [m for m in plan.marks if m.unmarked]
    conflicts = [m for m in plan.marks if m.conflict and not m.doubtful]
    clear = [m for m in plan.marks
             if not m.doubtful and not m.conflict and not m.unmarked]
    if doubtful:
        print("  Doubtful, a person must look:")
        for m in doubtful:
            laptop = f"; the laptop has {m.current}" if m.current else ""
            print(f"    {_who(m)}: {_value(m.read)}? {m.note} "
                  f"(confidence {m.confidence:.2f}){laptop}")
    if unmarked:
        print("  No box marked on the paper, nothing on the laptop either (left pending):")
        for m in unmarked:
            print(f"    {_who(m)}")
    if conflicts:
        print("  Paper and laptop disagree (the laptop's mark is kept):")
        for m in conflicts:
            print(f"    {_who(m)}: paper says {m.read}, the laptop has {m.current} "
                  f"(confidence {m.confidence:.2f})")
    if clear:
        print("  Read:")
        for m in clear:
            extra = ", already on the laptop" if m.read is not None and m.current == m.read \
                else ""
            if m.read is None and m.current is not None:
                extra = f"; the laptop has {m.current}"
            print(f"    {_who(m)}: {_value(m.read)} (confidence {m.confidence:.2f}{extra})")


def _json(plans: list[Any], refused: list[Any], accepted: list[Any] | None) -> dict[str, Any]:
    done = accepted if accepted is not None else [None] * len(plans)  # in plan order
    return {
        "pages": [{
            "source": plan.reading.source, "session_id": plan.session_id,
            "session": plan.session_label, "page": plan.page,
            "first_row": plan.reading.code.first_row, "row_count": plan.reading.code.row_count,
            "seconds": round(plan.reading.seconds, 3),
            "kind": plan.reading.code.kind,
            "written": len(result.changes) + len(result.ticks) if result else 0,
            "evidence": str(result.evidence) if result else None,
            "rows": [{
                "row": m.row, "participant_id": m.participant_id, "name": m.name,
                "external_id": m.external_id, "read": m.read, "doubtful": m.doubtful,
                "confidence": m.confidence, "note": m.note, "laptop": m.current,
                "conflict": m.conflict, "writable": m.writable,
            } for m in plan.marks],
            "ticks": [{
                "row": t.row, "participant_id": t.participant_id, "name": t.name,
                "external_id": t.external_id, "outcome_id": t.outcome_id,
                "outcome": t.outcome_number, "read": t.read, "doubtful": t.doubtful,
                "confidence": t.confidence, "note": t.note, "laptop": t.current,
                "conflict": t.conflict, "writable": t.writable,
            } for t in plan.ticks],
            "unlisted": [{
                "row": row.row,
                "outcomes": [plan.reading.code.first_outcome + n
                             for n, box in enumerate(row.boxes) if box.ticked or box.doubtful],
            } for row in plan.reading.unlisted],
        } for plan, result in zip(plans, done, strict=True)],
        "refused": [{"source": r.source, "sentence": r.sentence} for r in refused],
        "accepted": accepted is not None,
    }


def cmd_scan_in(args: argparse.Namespace) -> int:
    from fieldsessions.paper.reader import Refusal, read_files
    from fieldsessions.services import paper_sheets

    readings = read_files(args.files)  # before the data file is opened: no lock held
    blank = [r.source for r in readings if isinstance(r, Refusal) and r.blank]
    refused = [r for r in readings if isinstance(r, Refusal) and not r.blank]
    plans: list[paper_sheets.PagePlan] = []
    accepted: list[paper_sheets.Accepted] | None = None
    with opened(args):
        for reading in readings:
            if isinstance(reading, Refusal):
                continue
            planned = paper_sheets.plan(reading)
            if isinstance(planned, Refusal):
                refused.append(planned)
            else:
                plans.append(planned)
        plans.sort(key=lambda p: (p.session_label, p.session_id, p.page))
        if args.accept:
            accepted = paper_sheets.accept(plans, by=args.by)
    if args.json:
        print_json({**_json(plans, refused, accepted), "blank": blank})
        return 1 if refused else 0
    for plan in plans:
        _show(plan)
    for refusal in refused:
        print(f"fieldsessions: {refusal.sentence}", file=sys.stderr)
    marks = [m for plan in plans for m in plan.marks]
    ticks = [t for plan in plans for t in plan.ticks]
    writable = sum(m.writable for m in marks)
    writable_ticks = sum(t.writable for t in ticks)
    doubtful = sum(m.doubtful for m in marks) + sum(t.doubtful for t in ticks)
    unmarked = sum(m.unmarked for m in marks)
    conflicts = (sum(m.conflict and not m.doubtful for m in marks)
                 + sum(t.conflict and not t.doubtful for t in ticks))
    to_write = plural(writable, 'mark') + (f" and {plural(writable_ticks, 'tick')}"
                                          if ticks else "")
    print(f"{plural(len(plans), 'page')} read, {len(refused)} refused: "
          f"{to_write} to write, {doubtful} doubtful, {unmarked} with no "
          f"box marked, {plural(conflicts, 'conflict')} with the laptop.")
    if blank:
        print(f"Skipped {plural(len(blank), 'blank page')}: {', '.join(blank)}.")
    written_in = sum(w.written for plan in plans for w in plan.reading.walk_ins)
    if written_in:
        print(f"{plural(written_in, 'walk-in row')} written in by hand, not added here: type "
              "them in with Read paper sheets… on the Roster tab, which shows each as "
              "written.")
    if accepted is None:
        if writable or writable_ticks:
            print("Nothing was written; run again with --accept to write the clear marks "
                  "and ticks.")
        return 1 if refused else 0
    written = sum(len(a.changes) for a in accepted)
    written_ticks = sum(len(a.ticks) for a in accepted)
    pages = ", ".join(f"page {a.plan.page}: {len(a.changes) + len(a.ticks)}"
                      for a in accepted if a.changes or a.ticks)
    what = plural(written, 'mark') + (f" and {plural(written_ticks, 'tick')}" if ticks else "")
    print(f"Wrote {what} in one go" + (f" ({pages})" if pages else "")
          + (", queued for sync." if written or written_ticks else "."))
    if accepted:
        print(f"Page images kept in {accepted[0].evidence.parent}.")
    left = []
    if doubtful:
        left.append(plural(doubtful, "doubtful row"))
    if unmarked:
        left.append(f"{plural(unmarked, 'person', 'people')} with no box marked")
    if conflicts:
        left.append(plural(conflicts, "conflict"))
    if refused:
        left.append(plural(len(refused), "refused page"))
    if left:
        print(f"Needs a person: {', '.join(left)} (listed above); mark them on the Roster "
              "tab or with `fieldsessions mark`" + (", tick them on the Outcomes tab"
                                                    if ticks else "") + ".")
    return 1 if refused else 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `scan-in` to the parser."""
    text = ("read signed attendance sheets and ticked tick-off templates back in from scans "
            "or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept")
    parser: argparse.ArgumentParser = sub.add_parser("scan-in", help=text, description=text)
    add_common(parser, json_flag=True)
    parser.add_argument("files", nargs="+", metavar="FILE", help="scanned pages or photos")
    parser.add_argument("--accept", action="store_true",
                        help="write the clear marks of people not yet marked on this laptop, "
                             "and the clear ticks of boxes not yet set on it")
    parser.add_argument("--by", help="who marks (default: this laptop's facilitator)")
    parser.set_defaults(handler=cmd_scan_in)
