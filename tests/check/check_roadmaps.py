#!/usr/bin/env python3
"""Independent check of `report roadmaps` (issue 15) against the book's own tables.

  check_roadmaps.py CSM_WORKBENCH SYOKUJITSU_CSV WORKDIR

Generates a book (JPY, so the Japanese calendar), then adds a company holiday inside the generated roadmaps'
dates (the due dates were planned before it; status and time to first value are computed on today's calendar,
so they must count it), runs `report roadmaps --format json`, then recomputes from the tables with sqlite3,
following DESIGN §4 and issue 15 rather than the C++:
  * business days skip Saturdays, Sundays, the Cabinet Office's list (read here from its Shift_JIS file) and
    the book's live company holidays; past the list's last year only weekends and company holidays count;
  * a milestone's due date is kickoff + offset business days (day 0 = the first business day on or after the
    kickoff) unless its date was moved by hand;
  * a roadmap is done when every milestone is done or skipped; otherwise stuck when an open milestone is more
    than the book's threshold of business days past due (business days in (due, as-of]), behind when one is
    past due, on track otherwise; a completion after the as-of day counts as open;
  * time to first value: business days in (day 0, completion of the first-value milestone].
Exit 0 when everything agrees; otherwise every disagreement is printed (at most 20) and the exit is 1.
"""
import csv
import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

AS_OF = dt.date(2026, 6, 30)
ONE = dt.timedelta(days=1)


def cabinet_office_holidays(path):
    days = set()
    with open(path, encoding="shift_jis", newline="") as f:
        for row in csv.reader(f):
            if not row or "/" not in row[0]:
                continue  # the header
            y, m, d = (int(x) for x in row[0].split("/"))
            days.add(dt.date(y, m, d))
    return days


class Calendar:
    def __init__(self, public, company):
        self.public = public
        self.last_year = max(d.year for d in public) if public else 0
        self.company = company

    def is_business_day(self, d):
        return d.weekday() < 5 and d not in self.public and d not in self.company

    def day_zero(self, kickoff):
        d = kickoff
        while not self.is_business_day(d):
            d += ONE
        return d

    def add(self, kickoff, n):
        d = self.day_zero(kickoff)
        while n > 0:
            d += ONE
            if self.is_business_day(d):
                n -= 1
        return d

    def between(self, start, end):  # business days in (start, end]
        count, d = 0, start
        while d < end:
            d += ONE
            count += self.is_business_day(d)
        return count


def date_or_none(text):
    return dt.date.fromisoformat(text) if text else None


def run(binary, book, *args):
    p = subprocess.run([binary, "--book", str(book), *args], capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        sys.exit(f"{' '.join(args[:2])} failed ({p.returncode}): {p.stderr.strip()}")
    return p.stdout


def expected_status(milestones, cal, as_of, stuck_after):
    def is_open(m):
        return m["status"] not in ("done", "skipped") or (
            m["status"] == "done" and m["completed_on"] is not None and m["completed_on"] > as_of)

    if milestones and not any(is_open(m) for m in milestones):
        return "done"
    late = [cal.between(m["due"], as_of) for m in milestones if is_open(m) and m["due"] < as_of]
    if not late:
        return "on_track"
    return "stuck" if max(late) > stuck_after else "behind"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, cabinet, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    book = work / "roadmaps-check.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(book) + suffix).unlink(missing_ok=True)
    run(binary, book, "generate", "--accounts", "300", "--seed", "15", "--as-of", AS_OF.isoformat())

    db = sqlite3.connect(book)
    settings = dict(db.execute("SELECT key, value FROM settings"))
    public = cabinet_office_holidays(cabinet) if settings.get("holiday_calendar", "jp") == "jp" else set()
    planned_with = Calendar(public, {dt.date.fromisoformat(d) for (d,) in
                                     db.execute("SELECT date FROM company_holiday WHERE deleted = 0")})
    # A company holiday on a business day inside the generated plans: due dates after it move by a day.
    db.execute("INSERT INTO company_holiday (id, created_at, updated_at, date, name) "
               "VALUES ('check-company-day', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
               "'2026-06-10', 'check')")
    db.commit()
    company = {dt.date.fromisoformat(d) for (d,) in db.execute("SELECT date FROM company_holiday WHERE deleted = 0")}
    cal = Calendar(public, company)
    stuck_after = int(settings.get("stuck_after_business_days", "10"))

    roadmaps = {}
    for rid, account, kickoff in db.execute(
            "SELECT r.id, r.account_id, r.kickoff_on FROM roadmap r JOIN account a ON a.id = r.account_id "
            "WHERE r.deleted = 0 AND r.active = 1 AND a.deleted = 0"):
        roadmaps[rid] = {"account_id": account, "kickoff": dt.date.fromisoformat(kickoff), "milestones": []}
    first_value = {}
    for mid, rid, offset, due, completed, status, by_hand, fv in db.execute(
            "SELECT id, roadmap_id, offset_business_days, due_on, completed_on, status, moved_by_hand, "
            "first_value FROM milestone WHERE deleted = 0 ORDER BY roadmap_id, position, id"):
        if rid not in roadmaps:
            continue
        roadmaps[rid]["milestones"].append({"id": mid, "offset": offset, "due": dt.date.fromisoformat(due),
                                            "completed_on": date_or_none(completed), "status": status,
                                            "by_hand": bool(by_hand)})
        if fv:
            first_value[rid] = roadmaps[rid]["milestones"][-1]

    report = json.loads(run(binary, book, "report", "roadmaps", "--as-of", AS_OF.isoformat(), "--format", "json"))
    problems = []
    got = {r["roadmap_id"]: r for r in report}
    if set(got) != set(roadmaps):
        problems.append(f"report lists {len(got)} roadmaps, the tables {len(roadmaps)} active ones")
    checked_due = counted_company_day = 0
    for rid, want in roadmaps.items():
        r = got.get(rid)
        if r is None:
            continue
        if r["account_id"] != want["account_id"] or r["kickoff"] != want["kickoff"].isoformat():
            problems.append(f"{rid}: account or kickoff differ")
        ms = {m["milestone_id"]: m for m in r["milestones"]}
        for m in want["milestones"]:
            out = ms.get(m["id"])
            if out is None:
                problems.append(f"{rid}: milestone {m['id']} missing")
                continue
            if out["offset_business_days"] != m["offset"] or out["status"] != m["status"]:
                problems.append(f"{m['id']}: offset or status differ")
            if out["due"] != m["due"].isoformat():
                problems.append(f"{m['id']}: report due {out['due']}, table {m['due']}")
            planned = planned_with.add(want["kickoff"], m["offset"])
            if not m["by_hand"] and planned.year <= cal.last_year:
                checked_due += 1
                if planned != m["due"]:
                    problems.append(f"{m['id']}: due {m['due']}, kickoff {want['kickoff']} + {m['offset']} "
                                    f"business days is {planned}")
        status = expected_status(want["milestones"], cal, AS_OF, stuck_after)
        if r["status"] != status:
            problems.append(f"{rid}: status {r['status']}, expected {status}")
        fv = first_value.get(rid)
        days = None
        if fv and fv["status"] == "done" and fv["completed_on"] and fv["completed_on"] <= AS_OF:
            days = cal.between(cal.day_zero(want["kickoff"]), fv["completed_on"])
            counted_company_day += cal.day_zero(want["kickoff"]) < dt.date(2026, 6, 10) <= fv["completed_on"]
        if r["first_value_days"] != days:
            problems.append(f"{rid}: first_value_days {r['first_value_days']}, expected {days}")

    if checked_due < 100:
        problems.append(f"only {checked_due} due dates could be checked")
    print(f"{len(roadmaps)} roadmaps, {checked_due} planned due dates checked, "
          f"{counted_company_day} times to first value across the company holiday")
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


main()
