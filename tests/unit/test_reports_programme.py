"""Programme reports read back from the PDF: compliance (non-compliant first), hours,
certificates (one page each)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from fieldsessions.reports.certificates import certificates
from fieldsessions.reports.compliance import compliance_report
from fieldsessions.reports.data import (
    Certificate,
    ComplianceLine,
    ComplianceReport,
    FacilitatorHours,
    HoursPeriod,
    HoursReport,
    ParticipantHours,
)
from fieldsessions.reports.hours import hours_report

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def read(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def line(name: str, status: str, rate: float | None, *, alert: bool = False) -> ComplianceLine:
    return ComplianceLine(
        participant_id=name, external_id=f"X-{name[:3]}", name=name, sessions_held=10,
        attended=0 if rate is None else round(rate / 10), excused_excluded=1, remaining=2,
        rate=rate, threshold=80, status=status, max_achievable=None if rate is None else rate + 5,
        consecutive_absences=4 if alert else 0, absence_alert=alert,
    )


def compliance(lines: tuple[ComplianceLine, ...]) -> ComplianceReport:
    return ComplianceReport("Savings group coaching", NOW, 80, "excluded", 3, 10, 2, lines)


def test_compliance_prints_non_compliant_first_then_at_risk_then_compliant() -> None:
    lines = (line("Ada Compliant", "compliant", 90.0), line("Ben Risk", "at_risk", 70.0),
             line("Cleo Low", "non_compliant", 40.0), line("Dan Lower", "non_compliant", 30.0),
             line("Eve New", "compliant", None))
    buffer = io.BytesIO()
    compliance_report(compliance(lines), buffer)
    text = "\n".join(read(buffer.getvalue()))
    order = [text.index(name) for name in
             ("Dan Lower", "Cleo Low", "Ben Risk", "Ada Compliant", "Eve New")]
    assert order == sorted(order)
    assert "Non-compliant 2 · At risk 1 · Compliant 2" in text
    assert "30 %" in text and "—" in text  # a rate, and no rate yet
    assert "80 % of sessions" in text and "Savings group coaching" in text


def test_compliance_of_a_thousand_people_has_everyone_and_the_header_on_each_page() -> None:
    lines = tuple(line(f"Участник {i:04d}", ("compliant", "at_risk", "non_compliant")[i % 3],
                       float(i % 100), alert=i % 7 == 0) for i in range(1000))
    buffer = io.BytesIO()
    pages = compliance_report(compliance(lines), buffer)
    texts = read(buffer.getvalue())
    assert pages == len(texts) > 10
    for number, text in enumerate(texts, start=1):
        assert "Attendance compliance" in text and f"Page {number} of {pages}" in text
    everything = "\n".join(texts)
    assert all(f"Участник {i:04d}" in everything for i in range(1000))
    assert "4 — alert" in everything


def test_an_empty_programme_gives_a_one_page_compliance_report() -> None:
    buffer = io.BytesIO()
    assert compliance_report(compliance(()), buffer) == 1
    assert "Nobody is enrolled" in read(buffer.getvalue())[0]


def test_hours_report_shows_facilitators_and_participants_per_period() -> None:
    people = (ParticipantHours("p1", "H-1", "Zoë Brontë", 2, 3.0, 7.5, 10.0, 2.5),
              ParticipantHours("p2", "H-2", "Пётр Иванов", 1, 1.5, 1.5, None, None, 0.75))
    march = HoursPeriod("March 2026", date(2026, 3, 1), date(2026, 3, 31),
                        (FacilitatorHours("Kwame", 2, 3.0), FacilitatorHours("", 1, 1.5)),
                        people)
    total = HoursPeriod("Whole programme", date(2026, 2, 1), date(2026, 3, 31),
                        (FacilitatorHours("Kwame", 5, 7.5),), people)
    buffer = io.BytesIO()
    hours_report(HoursReport("Maths tutoring", NOW, (march,), total), buffer)
    text = "\n".join(read(buffer.getvalue()))
    for expected in ("Hours report", "Whole programme", "March 2026", "Kwame", "(not named)",
                     "Zoë Brontë", "Пётр Иванов", "7.5", "2.5", "0.75", "Beyond"):
        assert expected in text


def cert(name: str, outcomes: int = 2, valid_until: date | None = None) -> Certificate:
    return Certificate(f"id-{name}", f"C-{len(name)}", name, "First aid refresher",
                       date(2026, 5, 20), 6.5, tuple(f"Skill {i}" for i in range(outcomes)),
                       valid_until, "Amina Okafor")


def test_certificates_are_one_page_each_with_the_name_programme_and_dates() -> None:
    items = [cert("Γιώργος Παπαδόπουλος", valid_until=date(2028, 5, 20)),
             cert("Łucja Wąsowska"), cert("Tran Thi " + "Very Long Family Name " * 12, 60)]
    buffer = io.BytesIO()
    assert certificates(items, buffer) == 3
    texts = read(buffer.getvalue())
    assert len(texts) == 3
    assert "Γιώργος Παπαδόπουλος" in texts[0] and "Valid until Sat 20 May 2028" in texts[0]
    assert "Łucja Wąsowska" in texts[1] and "Valid until" not in texts[1]
    for text in texts:
        assert "Certificate of completion" in text and "First aid refresher" in text
        assert "Wed 20 May 2026" in text and "6.5 hours" in text and "Amina Okafor" in text
    assert "Skill 59" in texts[2]  # sixty outcomes still fit on the page


def test_no_certificates_gives_one_page_that_says_so() -> None:
    buffer = io.BytesIO()
    assert certificates([], buffer) == 1
    assert "Nobody has completed" in read(buffer.getvalue())[0]


def test_certificate_progress_counts_certificates() -> None:
    seen: list[tuple[int, int]] = []
    certificates([cert(f"Person {i}") for i in range(4)], io.BytesIO(),
                 progress=lambda done, total: seen.append((done, total)))
    assert seen[:4] == [(1, 4), (2, 4), (3, 4), (4, 4)] and seen[-1] == (4, 4)
