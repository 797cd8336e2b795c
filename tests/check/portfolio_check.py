#!/usr/bin/env python3
"""An independent check of `report portfolio` (issue 16): recomputes the per-segment figures from the book's
tables with Python's sqlite3, following DESIGN §3-§6 and issue 16's definitions, and compares them with the
report's JSON.

    portfolio_check.py path/to/csm-workbench SCRATCH_DIR

Generates two seeded books as of AS_OF, checks each one's report, and the team view of both (--books), whose
figures are those of all accounts of both books (their ids never collide), on two days: AS_OF, the day the
books keep their current health scores for (the report reads them, and its trend the Monday snapshots), and
EARLIER, a day they keep no score for (the report scores it from the rows). Either way the day's health must be
DESIGN §5 on that day, computed here from the rows. Written from DESIGN, not from the C++:
  - ARR on d: the arr_after of the account's latest live ARR event on or before d (later created_at, then id,
    wins on a day); the stored ARR without events. Active: ARR on d above zero; only active accounts count.
  - Segment: the override, else the book's rules (settings key segmentation_rules, first match) or its two
    ARR thresholds (high_touch_min_arr, low_touch_min_arr).
  - Health: DESIGN §5 on d, with the touch model (override, else the thresholds on the ARR on d) for the cadence.
  - Cadence coverage: the latest customer touch on or before d is at most the segment's cadence days old.
  - Renewals in 90 days: the account's latest live contract that started by d renews (start + k x term
    months, clamped, first one after d) within d + 90 days; a contract that does not renew automatically
    renews only up to its end: its first term, plus one term past the renewal date on or after the latest
    renewal recorded as renewed, expanded or contracted (issue 9's rule, as the accounts list shows it). ARR at risk: those renewing accounts that are red
    or yellow or whose renewal row for that date is forecast at_risk or lost.
"""
import calendar
import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

AS_OF = "2026-06-30"
EARLIER = "2026-05-15"
FACTORS = ["adoption", "usage_trend", "engagement", "sentiment", "nps", "onboarding"]


def day(s):
    return dt.date.fromisoformat(s)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def settings_of(db):
    s = dict(db.execute("SELECT key, value FROM settings"))
    return s


def rules_of(s):
    if "segmentation_rules" in s:
        return json.loads(s["segmentation_rules"])["rules"]
    return [{"touch_model": "high", "min_arr": int(s["high_touch_min_arr"])},
            {"touch_model": "low", "min_arr": int(s["low_touch_min_arr"])},
            {"touch_model": "tech"}]


def norm(x):
    return (x or "").strip().lower()


def segment(rules, arr, plan, industry):
    for r in rules:
        if "min_arr" in r and arr < r["min_arr"]:
            continue
        if r.get("plans") and norm(plan) not in {norm(p) for p in r["plans"]}:
            continue
        if r.get("industries") and norm(industry) not in {norm(i) for i in r["industries"]}:
            continue
        return r["touch_model"]
    return "tech"


def health(s, d, seats, model, usage, touches, nps, milestones):
    w = {f: float(s["weight_" + f]) for f in FACTORS}
    cadence = int(s["cadence_%s_days" % model])
    scores = {}
    recent = [v for (u, v) in usage if d - dt.timedelta(days=29) <= u <= d]
    prior = [v for (u, v) in usage if d - dt.timedelta(days=59) <= u <= d - dt.timedelta(days=30)]
    if seats > 0 and recent:
        scores["adoption"] = min(1.0, (sum(recent) / len(recent)) / seats) * 100
    if recent and prior and sum(prior) != 0:
        r = (sum(recent) / len(recent)) / (sum(prior) / len(prior))
        scores["usage_trend"] = max(0.0, min(100.0, 50 + 100 * (r - 1)))
    past = [t for t in touches if t[0] <= d]
    if past:
        q = (d - max(t[0] for t in past)).days / cadence
        scores["engagement"] = 100.0 if q <= 1 else max(0.0, min(100.0, 100 * (3 - q) / 2))
    with_s = [t for t in past if t[0] >= d - dt.timedelta(days=179) and t[5] is not None]
    # latest first: date, then time (a touch without a time before the timed ones of its day), created, id
    with_s.sort(key=lambda t: (t[0], t[1] is not None, t[1] or "", t[2], t[3]), reverse=True)
    if with_s:
        latest = [t[5] for t in with_s[:5]]
        scores["sentiment"] = (sum(latest) / len(latest) + 2) * 25
    answers = [sc for (r, sc) in nps if d - dt.timedelta(days=364) <= r <= d]
    if answers:
        n = 100 * (sum(1 for a in answers if a >= 9) - sum(1 for a in answers if a <= 6)) / len(answers)
        scores["nps"] = (n + 100) / 2
    due = [m for m in milestones if m[0] <= d]
    if due:
        on_time = sum(1 for (due_on, done_on, status) in due
                      if status == "skipped" or (status == "done" and done_on is not None and done_on <= due_on))
        scores["onboarding"] = 100 * on_time / len(due)
    total_w = sum(w[f] for f in scores if w[f] > 0)
    if not scores or total_w <= 0:
        return None, None
    score = sum(w[f] * scores[f] for f in scores) / total_w
    score = float(int(score * 10 + 0.5 + 1e-9)) / 10  # one decimal, half up
    band = "green" if score >= float(s["green_min"]) else "yellow" if score >= float(s["yellow_min"]) else "red"
    return score, band


def accounts_of(path, d):
    """One record per live account: segment, active, arr, score, band, covered, renew90, at_risk, owner."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    s = settings_of(db)
    rules = rules_of(s)
    rows = {}
    for (aid, owner, plan, industry, seats, override, arr) in db.execute(
            "SELECT id, owner, plan, industry, seats, touch_model_override, arr FROM account WHERE deleted = 0"):
        rows[aid] = dict(owner=owner, plan=plan, industry=industry, seats=seats, override=override, stored=arr,
                         events=[], usage=[], touches=[], nps=[], milestones=[], contract=None, renewals={})
    for (aid, eff, after, created, eid) in db.execute(
            "SELECT account_id, effective_on, arr_after, created_at, id FROM arr_event WHERE deleted = 0"):
        if aid in rows and day(eff) <= d:
            rows[aid]["events"].append((day(eff), created, eid, after))
    for (aid, u, v) in db.execute("SELECT account_id, date, value FROM usage_metric WHERE metric = 'active_users'"):
        if aid in rows:
            rows[aid]["usage"].append((day(u), v))
    for (aid, on, at, created, tid, sent) in db.execute(
            "SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment FROM touch "
            "WHERE deleted = 0 AND kind <> 'internal_note'"):
        if aid in rows:
            rows[aid]["touches"].append((day(on), at, created, tid, None, sent))
    for (aid, r, sc) in db.execute("SELECT account_id, responded_on, score FROM nps_response WHERE deleted = 0"):
        if aid in rows:
            rows[aid]["nps"].append((day(r), sc))
    for (aid, due, done, status) in db.execute(
            "SELECT r.account_id, m.due_on, m.completed_on, m.status FROM milestone m JOIN roadmap r "
            "ON r.id = m.roadmap_id WHERE m.deleted = 0 AND r.deleted = 0 AND r.active = 1"):
        if aid in rows:
            rows[aid]["milestones"].append((day(due), day(done) if done else None, status))
    for (aid, start, term, created, auto, rterm) in db.execute(
            "SELECT account_id, start_date, term_months, created_at, auto_renew, renewal_term_months FROM contract "
            "WHERE deleted = 0"):
        if aid in rows and day(start) <= d:
            c = rows[aid]["contract"]
            if c is None or (day(start), created) >= (c[0], c[2]):
                rows[aid]["contract"] = (day(start), term, created, auto, rterm or term)
    for (aid, rd, forecast, outcome) in db.execute(
            "SELECT account_id, renewal_date, forecast, outcome FROM renewal WHERE deleted = 0"):
        if aid in rows:
            rows[aid]["renewals"][day(rd)] = forecast
            rows[aid].setdefault("decided", []).append((day(rd), outcome))

    out = []
    for aid, a in rows.items():
        if a["events"]:
            a["events"].sort()
            arr = a["events"][-1][3]
        else:
            arr = a["stored"]
        active = arr > 0
        seg = a["override"] or segment(rules, arr, a["plan"], a["industry"])
        # the cadence of the health model: override, else the thresholds on the ARR on d
        hmodel = a["override"] or ("high" if arr >= int(s["high_touch_min_arr"]) else
                                   "low" if arr >= int(s["low_touch_min_arr"]) else "tech")
        score, band = health(s, d, a["seats"], hmodel, a["usage"], a["touches"], a["nps"], a["milestones"])
        last = max((t[0] for t in a["touches"] if t[0] <= d), default=None)
        covered = last is not None and (d - last).days <= int(s["cadence_%s_days" % seg])
        renewal = None
        if a["contract"]:
            start, term, _, auto, rterm = a["contract"]

            def renewal_date(k):  # DESIGN §4: the first term, then the renewal term, from the start each time
                return add_months(start, term + (k - 1) * rterm)
            k = 1
            while renewal_date(k) <= d:
                k += 1
            renewal = renewal_date(k)
            if not auto:
                renewed = [r for (r, o) in a.get("decided", []) if o in ("renewed", "expanded", "contracted")
                           and r > start]
                last = 1
                if renewed:
                    last = 1
                    while renewal_date(last) < max(renewed):
                        last += 1
                    last += 1
                if k > last:
                    renewal = None
        renew90 = renewal is not None and (renewal - d).days <= 90
        risky = band in ("red", "yellow") or a["renewals"].get(renewal) in ("at_risk", "lost")
        out.append(dict(id=aid, owner=a["owner"], segment=seg, active=active, arr=arr, score=score, band=band,
                        covered=covered, renew90=renew90, at_risk=renew90 and risky))
    return out


def figures(accounts):
    by = {}
    active = [a for a in accounts if a["active"]]
    all_arr = sum(a["arr"] for a in active)
    for seg in ("high", "low", "tech", "all"):
        xs = [a for a in active if seg == "all" or a["segment"] == seg]
        scores = [a["score"] for a in xs if a["score"] is not None]
        arr = sum(a["arr"] for a in xs)
        by[seg] = dict(
            accounts=len(xs), arr=arr, arr_share=(arr / all_arr if all_arr else None),
            health_mean=(sum(scores) / len(scores) if scores else None),
            health_median=(statistics.median(scores) if scores else None),
            green=sum(a["band"] == "green" for a in xs), yellow=sum(a["band"] == "yellow" for a in xs),
            red=sum(a["band"] == "red" for a in xs), no_data=sum(a["score"] is None for a in xs),
            cadence_coverage=(sum(a["covered"] for a in xs) / len(xs) if xs else None),
            renewals_90d=sum(a["renew90"] for a in xs), renewals_90d_arr=sum(a["arr"] for a in xs if a["renew90"]),
            arr_at_risk=sum(a["arr"] for a in xs if a["at_risk"]))
    return by


def compare(what, report, expected):
    problems = []
    got = {s["segment"]: s for s in report["segments"]}
    for seg, want in expected.items():
        for key, value in want.items():
            have = got.get(seg, {}).get(key, "missing")
            same = (have is None and value is None) or (
                isinstance(value, (int, float)) and isinstance(have, (int, float)) and abs(have - value) <= 1e-6)
            if not same:
                problems.append(f"{what}: {seg}.{key} is {have}, the tables give {value}")
    return problems


def check_day(bin_, books, as_of):
    problems = []
    d = day(as_of)
    every = []
    for book in books:
        out = subprocess.run([bin_, "--book", str(book), "report", "portfolio", "--as-of", as_of, "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
        accounts = accounts_of(book, d)
        every += accounts
        expected = figures(accounts)
        if expected["all"]["accounts"] == 0 or expected["all"]["green"] == 0 or expected["all"]["renewals_90d"] == 0:
            problems.append(f"{book.name} as of {as_of}: the generated book has too little to check")
        problems += compare(f"{book.name} as of {as_of}", json.loads(out), expected)
    out = subprocess.run([bin_, "report", "portfolio", "--as-of", as_of, "--format", "json", "--books",
                          *map(str, books)], check=True, capture_output=True, text=True).stdout
    team = json.loads(out)
    problems += compare(f"team view as of {as_of}", team, figures(every))
    if team.get("overlap") != []:
        problems.append(f"team view: books without shared accounts report an overlap {team.get('overlap')}")
    return problems


def kept_day(book):
    """The day the book's current scores are for (all accounts alike after generate)."""
    db = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    return {d for (d,) in db.execute("SELECT DISTINCT health_as_of FROM account WHERE deleted = 0")}


def main():
    bin_, scratch = sys.argv[1], Path(sys.argv[2])
    scratch.mkdir(parents=True, exist_ok=True)
    books = []
    for seed, n in ((11, 400), (12, 150)):
        book = scratch / f"portfolio-check-{seed}.sqlite"
        if book.exists():
            book.unlink()
        subprocess.run([bin_, "--book", str(book), "generate", "--accounts", str(n), "--seed", str(seed),
                        "--as-of", AS_OF], check=True, capture_output=True)
        books.append(book)
    # The generator gives every contract one term: a third of the second book's renew for another one
    # (contract.renewal_term_months, DESIGN §4), as users' contracts may.
    db = sqlite3.connect(books[1])
    with db:
        changed = db.execute("UPDATE contract SET renewal_term_months = CASE WHEN term_months = 12 THEN 24 ELSE 12 END "
                             "WHERE rowid % 3 = 0").rowcount
    db.close()
    problems = [] if changed > 10 else [f"{books[1].name}: only {changed} contract(s) given another renewal term"]
    for book in books:
        if kept_day(book) != {AS_OF}:
            problems.append(f"{book.name}: the current scores are kept for {kept_day(book)}, not {AS_OF}")
    for as_of in (AS_OF, EARLIER):
        problems += check_day(bin_, books, as_of)
    for p in problems[:40]:
        print(p)
    print(f"{len(problems)} difference(s)")
    sys.exit(1 if problems else 0)


main()
