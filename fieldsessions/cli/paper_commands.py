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
from collections.abc import Callable
from typing import Any

from fieldsessions.cli.core_commands import add_common, mark_word, opened, print_json
from fieldsessions.core.i18n import count_text, fill, tr
from fieldsessions.core.records import session_code


def _who(mark: Any) -> str:
    row = f"{mark.row:>3}"
    return (fill(tr("row %1  %2 (%3)"), row, mark.name, mark.external_id) if mark.external_id
            else fill(tr("row %1  %2"), row, mark.name))


def _value(status: str | None) -> str:
    return mark_word(status) if status is not None else tr("no box marked")


def _copies(copies: Any) -> str:
    """Each copy's reading of a row: "late on a.png, absent on b.png"."""
    return ", ".join(fill(tr("%1 (doubtful) on %2") if doubtful else tr("%1 on %2"),
                          _ticked(read) if isinstance(read, bool) else _value(read), source)
                     for source, read, doubtful in copies)


def _twice(plans: list[Any]) -> list[str]:
    """A sentence for each page read more than once (on its first copy)."""
    lines = []
    for plan in plans:
        if not plan.copies or plan.reading.source != plan.copies[0]:
            continue
        differ = sum(bool(m.copies) for m in plan.marks) + sum(bool(t.copies)
                                                              for t in plan.ticks)
        names = fill(tr("%1 and %2"), ", ".join(plan.copies[:-1]), plan.copies[-1])
        read = (fill(tr("Page %1 of %2 was read twice: %3"), plan.page, plan.session_label,
                     names) if len(plan.copies) == 2 else
                fill(tr("Page %1 of %2 was read %3 times: %4"), plan.page, plan.session_label,
                     len(plan.copies), names))
        lines.append(read + "; " + (count_text(
            differ, tr("1 row read differently on the copies is left for a person (listed "
                       "above)."),
            tr("%1 rows read differently on the copies are left for a person (listed "
               "above).")) if differ else tr("the copies agree, it is written once.")))
    return lines


def _confidence(value: float) -> str:
    return f"{value:.2f}"


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
    differ = [t for t in plan.ticks if t.copies and not t.doubtful]
    conflicts = [t for t in plan.ticks if t.conflict and not t.doubtful and not t.copies]
    clear = [t for t in plan.ticks
             if t.read and not t.doubtful and not t.conflict and not t.copies]
    if differ:
        print(tr("  Read differently on the copies of this page (nothing written, a person "
                 "decides):"))
        for t in differ:
            print("    " + fill(tr("%1: the copies say %2"), _box(t), _copies(t.copies)))
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
    first, last = code.first_row, code.first_row + code.row_count - 1
    print(fill(tr("%1: %2 (session %3), sheet page %4, rows %5-%6; read in %7 s")
               if code.row_count else
               tr("%1: %2 (session %3), sheet page %4, walk-in rows only; read in %7 s"),
               plan.reading.source, plan.session_label, session_code(code.session_id),
               code.page, first, last, f"{plan.reading.seconds:.2f}"))
    if plan.moved:
        print("  " + fill(tr("The roll has changed since printing: these people are now rows "
                             "%1-%2 on the laptop; they are matched by who they are, not by "
                             "row."), first + plan.moved, last + plan.moved))
    doubtful = [m for m in plan.marks if m.doubtful]
    differ = [m for m in plan.marks if m.copies and not m.doubtful]
    unmarked = [m for m in plan.marks if m.unmarked]
    conflicts = [m for m in plan.marks if m.conflict and not m.doubtful and not m.copies]
    clear = [m for m in plan.marks
             if not m.doubtful and not m.conflict and not m.unmarked and not m.copies]
    if doubtful:
        print("  " + tr("Doubtful, a person must look:"))
        for m in doubtful:
            print("    " + fill(tr("%1: %2? %3 (confidence %4); the laptop has %5")
                                if m.current else tr("%1: %2? %3 (confidence %4)"),
                                _who(m), _value(m.read), m.note, _confidence(m.confidence),
                                mark_word(m.current)))
    if differ:
        print("  " + tr("Read differently on the copies of this page (nothing written, a "
                        "person decides):"))
        for m in differ:
            print("    " + fill(tr("%1: the copies say %2"), _who(m), _copies(m.copies)))
    if unmarked:
        print("  " + tr("No box marked on the paper, nothing on the laptop either (left "
                        "pending):"))
        for m in unmarked:
            print(f"    {_who(m)}")
    if conflicts:
        print("  " + tr("Paper and laptop disagree (the laptop's mark is kept):"))
        for m in conflicts:
            print("    " + fill(tr("%1: paper says %2, the laptop has %3 (confidence %4)"),
                                _who(m), mark_word(m.read), mark_word(m.current),
                                _confidence(m.confidence)))
    if clear:
        print("  " + tr("Read:"))
        for m in clear:
            if m.read is None and m.current is not None:
                template = tr("%1: %2 (confidence %3; the laptop has %4)")
            elif m.read is not None and m.current == m.read:
                template = tr("%1: %2 (confidence %3, already on the laptop)")
            else:
                template = tr("%1: %2 (confidence %3)")
            print("    " + fill(template, _who(m), _value(m.read), _confidence(m.confidence),
                                mark_word(m.current)))


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
            "walk_ins": [{
                "line": w.line, "written": w.written, "read": w.reading.status,
                "doubtful": w.reading.doubtful, "note": w.reading.note,
                "crop": (str(result.walk_in_crops[w.line])
                         if result and w.line in result.walk_in_crops else None),
            } for w in plan.reading.walk_ins],
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
    accepted: list[paper_sheets.Accepted] | None = None
    with opened(args):
        plans, not_matched = paper_sheets.plan_all(
            [r for r in readings if not isinstance(r, Refusal)])
        refused += not_matched
        if args.accept:
            accepted = paper_sheets.accept(plans, by=args.by)
    if args.json:
        print_json({**_json(plans, refused, accepted), "blank": blank})
        return 1 if refused else 0
    for plan in plans:
        _show(plan)
    for refusal in refused:
        print(f"fieldsessions: {refusal.sentence}", file=sys.stderr)
    for line in _twice(plans):
        print(line)
    # Counted once per session and person (or box): a row read alike on two copies of a page
    # is written once, and the same person on sheets of two sessions is two marks.
    marks = [(plan.reading.code.session_id, m.participant_id, m)
             for plan in plans for m in plan.marks]
    ticks = [(plan.reading.code.session_id, t.key, t) for plan in plans for t in plan.ticks]

    def rows(items: list[tuple[str, Any, Any]], keep: Callable[[Any], bool]) -> int:
        return len({(session, key) for session, key, item in items if keep(item)})

    writable = rows(marks, lambda m: m.writable)
    writable_ticks = rows(ticks, lambda t: t.writable)
    doubtful = rows(marks, lambda m: m.doubtful) + rows(ticks, lambda t: t.doubtful)
    unmarked = rows(marks, lambda m: m.unmarked)
    conflicts = (rows(marks, lambda m: m.conflict and not m.doubtful and not m.copies)
                 + rows(ticks, lambda t: t.conflict and not t.doubtful and not t.copies))
    differ = (rows(marks, lambda m: m.copies and not m.doubtful)
              + rows(ticks, lambda t: t.copies and not t.doubtful))
    marks_to_write = count_text(writable, tr("1 mark to write"), tr("%1 marks to write"))
    if ticks:
        marks_to_write = fill(tr("%1 and %2 to write"),
                              count_text(writable, tr("1 mark"), tr("%1 marks")),
                              count_text(writable_ticks, tr("1 tick"), tr("%1 ticks")))
    print(fill(tr("%1, %2 refused: %3, %4 doubtful, %5 with no box marked, %6."),
               count_text(len(plans), tr("1 page read"), tr("%1 pages read")), len(refused),
               marks_to_write, doubtful, unmarked,
               count_text(conflicts, tr("1 conflict with the laptop"),
                          tr("%1 conflicts with the laptop"))))
    if blank:
        print(fill(count_text(len(blank), tr("Skipped 1 blank page: %2."),
                              tr("Skipped %1 blank pages: %2.")), len(blank), ", ".join(blank)))
    written_in = sum(w.written for plan in plans for w in plan.reading.walk_ins)
    if written_in:
        print(fill(count_text(
            written_in,
            tr("1 walk-in row written in by hand, not added here: type it in with Read paper "
               "sheets… on the Roster tab, which shows each as written."),
            tr("%1 walk-in rows written in by hand, not added here: type them in with Read "
               "paper sheets… on the Roster tab, which shows each as written.")), written_in))
    if accepted is None:
        if writable or writable_ticks:
            print(tr("Nothing was written; run again with --accept to write the clear marks "
                     "and ticks.") if ticks else
                  tr("Nothing was written; run again with --accept to write the clear marks."))
        return 1 if refused else 0
    written = sum(len(a.changes) for a in accepted)
    written_ticks = sum(len(a.ticks) for a in accepted)
    pages = ", ".join(fill(tr("page %1: %2"), a.plan.page, len(a.changes) + len(a.ticks))
                      for a in accepted if a.changes or a.ticks)
    marks_text = count_text(written, tr("1 mark"), tr("%1 marks"))
    if ticks:
        marks_text = fill(tr("%1 and %2"), marks_text,
                          count_text(written_ticks, tr("1 tick"), tr("%1 ticks")))
    if not (written or written_ticks):
        print(fill(tr("Wrote %1 in one go."), marks_text))
    else:
        print(fill(tr("Wrote %1 in one go (%2), queued for sync.") if pages
                   else tr("Wrote %1 in one go, queued for sync."), marks_text, pages))
    if accepted:
        print(fill(tr("Page images kept in %1."), accepted[0].evidence.parent))
    left = []
    if doubtful:
        left.append(count_text(doubtful, tr("1 doubtful row"), tr("%1 doubtful rows")))
    if unmarked:
        left.append(count_text(unmarked, tr("1 person with no box marked"),
                               tr("%1 people with no box marked")))
    if conflicts:
        left.append(count_text(conflicts, tr("1 conflict"), tr("%1 conflicts")))
    if differ:
        left.append(count_text(differ, tr("1 row read differently on two copies"),
                               tr("%1 rows read differently on two copies")))
    if refused:
        left.append(count_text(len(refused), tr("1 refused page"), tr("%1 refused pages")))
    if left:
        print(fill(tr("Needs a person: %1 (listed above); mark them on the Roster tab or with "
                      "`fieldsessions mark`, tick them on the Outcomes tab.") if ticks else
                   tr("Needs a person: %1 (listed above); mark them on the Roster tab or with "
                      "`fieldsessions mark`."), ", ".join(left)))
    return 1 if refused else 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add `scan-in` to the parser."""
    text = tr("read signed attendance sheets and ticked tick-off templates back in from scans "
              "or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept")
    parser: argparse.ArgumentParser = sub.add_parser("scan-in", help=text, description=text)
    add_common(parser, json_flag=True)
    parser.add_argument("files", nargs="+", metavar="FILE", help=tr("scanned pages or photos"))
    parser.add_argument("--accept", action="store_true",
                        help=tr("write the clear marks of people not yet marked on this laptop, "
                                "and the clear ticks of boxes not yet set on it"))
    parser.add_argument("--by", help=tr("who marks (default: this laptop's facilitator)"))
    parser.set_defaults(handler=cmd_scan_in)
