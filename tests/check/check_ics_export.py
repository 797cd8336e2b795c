#!/usr/bin/env python3
"""The calendar export (issue 14) read by a real calendar client's parser (Python's icalendar, Debian's
python3-icalendar) and checked against the book's tables.

    tests/check/check_ics_export.py path/to/csm-workbench [WORKDIR]

Generates a book, exports it twice, and checks: every VEVENT parses, is all-day with DTEND the next day, has
a UID unique in the file and kept by the second export with the same SEQUENCE; notice deadlines have an alarm
at 09:00 on the first day of each stage (180, 120, 90, 60, 30 days before) and on the day; physical lines are
at most 75 octets; and the open follow-ups of the book (touch table) are all there on their dates. Exit 3
when icalendar is missing (ctest: skipped).
"""
import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import icalendar
except ImportError:
    sys.exit(3)

AS_OF = "2026-06-30"


def export(binary, book, out):
    subprocess.run([binary, "--book", str(book), "export", "--format", "ics", "--out", str(out), "--as-of", AS_OF],
                   check=True, capture_output=True)
    data = out.read_bytes()
    return data, icalendar.Calendar.from_ical(data)


def main():
    binary = sys.argv[1]
    work = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="check-ics-"))
    work.mkdir(parents=True, exist_ok=True)
    book = work / "check-ics.sqlite"
    for p in work.glob("check-ics.*"):
        p.unlink()
    subprocess.run([binary, "--book", str(book), "generate", "--accounts", "120", "--seed", "5", "--as-of", AS_OF],
                   check=True, capture_output=True)
    problems = []
    data, cal = export(binary, book, work / "check-ics.ics")
    for n, line in enumerate(data.split(b"\r\n")):
        if len(line) > 75:
            problems.append(f"line {n + 1} has {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n + 1} splits a UTF-8 character")
    events = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("uid"))
        if uid in events:
            problems.append(f"UID {uid} twice")
        start, end = ev.decoded("dtstart"), ev.decoded("dtend")
        if isinstance(start, dt.datetime) or end != start + dt.timedelta(days=1):
            problems.append(f"{uid}: not all-day with DTEND the next day ({start} .. {end})")
        triggers = sorted(int(a.decoded("trigger").total_seconds()) for a in ev.walk("VALARM"))
        if "Notice deadline" in str(ev.get("categories").to_ical(), "utf-8") if ev.get("categories") else False:
            want = sorted(-d * 86400 + 9 * 3600 for d in (180, 120, 90, 60, 30, 0))
            if triggers != want:
                problems.append(f"{uid}: alarms {triggers}, want {want}")
        events[uid] = (start, int(ev.decoded("sequence")), str(ev.get("summary")))
    if len(events) < 20:
        problems.append(f"only {len(events)} events")

    db = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    horizon = (dt.date.fromisoformat(AS_OF) + dt.timedelta(days=365)).isoformat()
    follow_ups = db.execute("SELECT count(*) FROM touch t JOIN account a ON a.id = t.account_id AND a.deleted = 0 "
                            "WHERE t.deleted = 0 AND t.follow_up_done = 0 AND t.follow_up_on IS NOT NULL AND "
                            "t.follow_up_on <= ?", (horizon,)).fetchone()[0]
    stored = dict(db.execute("SELECT uid, item_key FROM calendar_item"))
    exported_follow_ups = sum(1 for uid in events if stored.get(uid, "").startswith("follow-up:"))
    if exported_follow_ups != follow_ups:
        problems.append(f"{exported_follow_ups} follow-ups exported, the book has {follow_ups} open")
    for uid, (start, _, _) in events.items():
        key = stored.get(uid)
        if key is None:
            problems.append(f"{uid} is not stored in calendar_item")
        elif key.startswith("follow-up:"):
            due = db.execute("SELECT follow_up_on FROM touch WHERE id = ?", (key[10:],)).fetchone()[0]
            if due != start.isoformat():
                problems.append(f"{uid}: follow-up on {start}, the book says {due}")
    db.close()

    _, again = export(binary, book, work / "check-ics-2.ics")
    second = {str(e.get("uid")): (e.decoded("dtstart"), int(e.decoded("sequence")), str(e.get("summary")))
              for e in again.walk("VEVENT")}
    if second != events:
        problems.append("a second export without changes gave other UIDs, dates or sequences")

    for p in problems[:30]:
        print(p)
    print(f"{len(problems)} problems" if problems else f"{len(events)} events parse and check")
    sys.exit(1 if problems else 0)


main()
