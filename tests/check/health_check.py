#!/usr/bin/env python3
"""Independent check of `report health` (issue 12): generates a book, asks the app for `report health --as-of D
--format json`, and recomputes DESIGN §5 from the book's tables with Python's sqlite3 (written from DESIGN and
docs/decisions.md "Health", not from the C++). Every account's score, band, score 30 days earlier, factors,
dropped factors and signals must agree.

usage: health_check.py CSM_WORKBENCH [WORKDIR]
"""

import datetime as dt
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

AS_OF_DATES = ["2026-06-30", "2026-02-11"]
FACTORS = ["adoption", "usage_trend", "engagement", "sentiment", "nps", "onboarding"]


def day(s):
    return dt.date.fromisoformat(s)


def add_months(d, n):
    """DESIGN §4: the same day of month, or the month's last day where that day does not exist."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def round1(x):
    """Half up to one decimal, ignoring binary noise on a tie (decisions.md)."""
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


class Book:
    def __init__(self, path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        s = dict(self.db.execute("SELECT key, value FROM settings"))
        self.weights = {f: float(s[f"weight_{f}"]) for f in FACTORS}
        self.cadence = {m: int(s[f"cadence_{m}_days"]) for m in ("high", "low", "tech")}
        self.high_min = int(s["high_touch_min_arr"])
        self.low_min = int(s["low_touch_min_arr"])
        self.green = float(s["green_min"])
        self.yellow = float(s["yellow_min"])
        self.drop = float(s["health_drop_points"])
        self.version = int(s.get("health_model_version", "1"))
        q = self.db.execute
        self.accounts = {r[0]: r for r in q("SELECT id, name, seats, touch_model_override, arr, stage FROM account WHERE deleted = 0")}
        self.arr = {}
        for a, on, arr in q("SELECT account_id, effective_on, arr_after FROM arr_event WHERE deleted = 0 ORDER BY effective_on, created_at, id"):
            self.arr.setdefault(a, []).append((day(on), arr))
        self.usage = {}
        for a, on, v in q("SELECT account_id, date, value FROM usage_metric WHERE metric = 'active_users'"):
            self.usage.setdefault(a, []).append((day(on), v))
        self.touches = {}
        for a, on, at, created, tid, sent in q("SELECT account_id, occurred_on, occurred_at, created_at, id, sentiment FROM touch WHERE deleted = 0 AND kind <> 'internal_note'"):
            self.touches.setdefault(a, []).append((day(on), at, created, tid, sent))
        self.nps = {}
        for a, on, score in q("SELECT account_id, responded_on, score FROM nps_response WHERE deleted = 0"):
            self.nps.setdefault(a, []).append((day(on), score))
        self.milestones = {}
        for a, due, done, status in q("SELECT r.account_id, m.due_on, m.completed_on, m.status FROM milestone m JOIN roadmap r ON r.id = m.roadmap_id WHERE m.deleted = 0 AND r.deleted = 0 AND r.active = 1"):
            self.milestones.setdefault(a, []).append((day(due), day(done) if done else None, status))
        self.contract = {}
        for a, start, term in q("SELECT account_id, start_date, term_months FROM contract WHERE deleted = 0 ORDER BY start_date, rowid"):
            self.contract[a] = (day(start), term)  # the latest by start date wins

    def arr_on(self, a, d):
        events = self.arr.get(a)
        if not events:
            return self.accounts[a][4]
        arr = 0
        for on, after in events:
            if on <= d:
                arr = after
        return arr

    def touch_model(self, a, d):
        override = self.accounts[a][3]
        if override:
            return override
        arr = self.arr_on(a, d)
        return "high" if arr >= self.high_min else "low" if arr >= self.low_min else "tech"

    def customer(self, a, d):
        if not self.arr.get(a):
            return self.accounts[a][5] != "churned"
        return self.arr_on(a, d) > 0

    def factors(self, a, d):
        """{factor: (input, score)} for the factors with data on d, and engagement's q (or None)."""
        out = {}
        seats = self.accounts[a][2]
        recent = [v for on, v in self.usage.get(a, []) if d - dt.timedelta(29) <= on <= d]
        prior = [v for on, v in self.usage.get(a, []) if d - dt.timedelta(59) <= on <= d - dt.timedelta(30)]
        if seats > 0 and recent:
            ratio = (sum(recent) / len(recent)) / seats
            out["adoption"] = (ratio, min(1.0, ratio) * 100)
        if recent and prior and sum(prior) != 0:
            r = (sum(recent) / len(recent)) / (sum(prior) / len(prior))
            out["usage_trend"] = (r, max(0.0, min(100.0, 50 + 100 * (r - 1))))
        touches = [t for t in self.touches.get(a, []) if t[0] <= d]
        q = None
        if touches:
            last = max(t[0] for t in touches)
            q = (d - last).days / self.cadence[self.touch_model(a, d)]
            out["engagement"] = (q, 100.0 if q <= 1 else max(0.0, min(100.0, 100 * (3 - q) / 2)))
        with_sentiment = [t for t in touches if t[4] is not None and t[0] >= d - dt.timedelta(179)]
        # Latest first: date, then time (an untimed touch before the timed ones of its day), logged, id.
        with_sentiment.sort(key=lambda t: (t[0], t[1] is not None, t[1] or "", t[2], t[3]), reverse=True)
        latest = with_sentiment[:5]
        if latest:
            mean = sum(t[4] for t in latest) / len(latest)
            out["sentiment"] = (mean, (mean + 2) * 25)
        answers = [s for on, s in self.nps.get(a, []) if d - dt.timedelta(364) <= on <= d]
        if answers:
            nps = 100 * (sum(1 for s in answers if s >= 9) - sum(1 for s in answers if s <= 6)) / len(answers)
            out["nps"] = (nps, (nps + 100) / 2)
        due = [m for m in self.milestones.get(a, []) if m[0] <= d]
        if due:
            on_time = sum(1 for due_on, done, status in due if status == "skipped" or (status == "done" and done and done <= due_on))
            share = on_time / len(due)
            out["onboarding"] = (share, 100 * share)
        return out, q

    def score(self, a, d):
        f, q = self.factors(a, d)
        total = sum(self.weights[k] for k in f)
        if not f or total == 0:
            return None, f, q, total
        return round1(sum(self.weights[k] * s for k, (_, s) in f.items()) / total), f, q, total

    def band(self, s):
        return None if s is None else "green" if s >= self.green else "yellow" if s >= self.yellow else "red"

    def renewal(self, a, d):
        c = self.contract.get(a)
        if not c:
            return None
        k = 1
        while True:
            r = add_months(c[0], k * c[1])
            if r > d:
                return r
            k += 1


def close(x, y, tol=1e-6):
    return x is None and y is None or (x is not None and y is not None and abs(x - y) <= tol)


def check(bin_, book_path, as_of):
    out = subprocess.run([bin_, "--book", str(book_path), "report", "health", "--as-of", as_of, "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    b = Book(book_path)
    d = day(as_of)
    problems = []
    if report["as_of"] != as_of or report["model_version"] != b.version:
        problems.append(f"header {report['as_of']} {report['model_version']}")
    seen = set()
    scored = 0
    for r in report["accounts"]:
        a = r["account_id"]
        seen.add(a)
        score, f, q, total = b.score(a, d)
        before = b.score(a, d - dt.timedelta(30))[0]
        want = {"name": b.accounts[a][1], "touch_model": b.touch_model(a, d), "score": score, "band": b.band(score),
                "score_30_days_before": before, "dropped": [k for k in FACTORS if k not in f]}
        for key, value in want.items():
            got = r[key]
            if not (close(got, value) if key.startswith("score") else got == value):
                problems.append(f"{r['name']}: {key} {got!r}, expected {value!r}")
        if sorted(r["factors"]) != sorted(f):
            problems.append(f"{r['name']}: factors {sorted(r['factors'])}, expected {sorted(f)}")
        else:
            for k, (inp, s) in f.items():
                got = r["factors"][k]
                share = b.weights[k] / total if total else 0
                for key, value in (("input", inp), ("score", s), ("weight", b.weights[k]),
                                   ("effective_weight", share), ("contribution", share * s)):
                    if not close(got[key], value):
                        problems.append(f"{r['name']}: {k}.{key} {got[key]}, expected {value}")
        signals = []
        if b.customer(a, d):
            if score is not None and before is not None and before - score >= b.drop - 1e-9:
                signals.append("health_drop")
            if q is None or q > 1:
                signals.append("silent")
            renewal = b.renewal(a, d)
            if b.band(score) == "red" and renewal and 0 <= (renewal - d).days <= 120:
                signals.append("red_renewal")
        if sorted(r["signals"]) != sorted(signals):
            problems.append(f"{r['name']}: signals {r['signals']}, expected {signals}")
        scored += score is not None
    if seen != set(b.accounts):
        problems.append(f"accounts: {len(seen)} reported, {len(b.accounts)} in the book")
    if scored < len(b.accounts) // 2:
        problems.append(f"only {scored} of {len(b.accounts)} accounts have a score: the check checks little")
    return problems, len(seen), scored


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    bin_ = sys.argv[1]
    work = Path(sys.argv[2]) if len(sys.argv) == 3 else Path(tempfile.mkdtemp(prefix="health-check-"))
    work.mkdir(parents=True, exist_ok=True)
    book = work / "health-check.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(book) + suffix).unlink(missing_ok=True)
    subprocess.run([bin_, "--book", str(book), "generate", "--accounts", "300", "--seed", "12", "--as-of", "2026-06-30"],
                   capture_output=True, check=True)
    failed = False
    for as_of in AS_OF_DATES:
        problems, n, scored = check(bin_, book, as_of)
        print(f"report health --as-of {as_of}: {n} accounts, {scored} scored, {len(problems)} differences")
        for p in problems[:20]:
            print("  " + p)
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
