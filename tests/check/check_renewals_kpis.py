#!/usr/bin/env python3
"""Independent check of `report renewals` and `report kpis` (issue 14) against the book's tables.

    tests/check/check_renewals_kpis.py path/to/csm-workbench path/to/syukujitsu.csv [WORKDIR]

Generates a book (then gives a third of its contracts another renewal term and some of its accounts a
contract signed ahead of its start, which the generator does not write), runs the reports as JSON, and
recomputes what they must say from the tables with Python's sqlite3, following DESIGN §3 (the ARR rule), §4
(renewal dates, notice deadlines) and §7 (the KPIs) and the issue's stage and forecast definitions, without
the application's code. Exits 1 with the differences.
"""
import calendar
import csv
import datetime as dt
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

AS_OF = dt.date(2026, 6, 30)
D = dt.date.fromisoformat


def add_months(d, months):
    """DESIGN §4: the same day of month, or the month's last day where that day does not exist."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def cabinet_office_holidays(path):
    """The Cabinet Office's list of public holidays (Shift_JIS CSV, 2024/1/1 dates after a header)."""
    days = set()
    with open(path, encoding="shift_jis", newline="") as f:
        for row in csv.reader(f):
            if row and "/" in row[0]:
                y, m, d = (int(x) for x in row[0].split("/"))
                days.add(dt.date(y, m, d))
    return days


def notice_deadline(rule, notice_days, renewal, non_business):
    """DESIGN §4: renewal - notice_days, or the contract's calendar rule (the codes of docs/decisions.md,
    "Notice rules": days:N, months:N, day-of-month:D:M, end-of-month:M, each optionally ending in :bd, the
    business day before when the day is a weekend day or a holiday)."""
    if not rule:
        return renewal - dt.timedelta(days=notice_days)
    parts = rule.strip().lower().split(":")
    before = parts[-1] == "bd"
    kind, numbers = parts[0], [int(x) for x in parts[1:len(parts) - before]]
    if kind == "days":
        day = renewal - dt.timedelta(days=numbers[0])
    elif kind == "months":
        day = add_months(renewal, -numbers[0])
    else:
        first = add_months(renewal.replace(day=1), -numbers[-1])
        last = calendar.monthrange(first.year, first.month)[1]
        day = first.replace(day=min(numbers[0], last) if kind == "day-of-month" else last)
    while before and (day.weekday() >= 5 or day in non_business):
        day -= dt.timedelta(days=1)
    return day


class Book:
    def __init__(self, path, cabinet_office):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.settings = dict(self.db.execute("SELECT key, value FROM settings"))
        public = cabinet_office_holidays(cabinet_office) if self.settings.get("holiday_calendar", "jp") == "jp" \
            else set()
        self.non_business = public | {D(d) for (d,) in self.db.execute(
            "SELECT date FROM company_holiday WHERE deleted = 0")}
        self.accounts = {r[0]: r for r in self.db.execute(
            "SELECT id, name, owner, touch_model_override, arr FROM account WHERE deleted = 0")}
        self.events = {}  # account -> [(date, arr_after)] in the ARR rule's order
        for acc, on, arr in self.db.execute(
                "SELECT account_id, effective_on, arr_after FROM arr_event WHERE deleted = 0 "
                "ORDER BY account_id, effective_on, created_at, id"):
            self.events.setdefault(acc, []).append((D(on), arr))

    def arr_on(self, acc, day):
        """DESIGN §3: the ARR after the latest event on or before the day (0 before the first)."""
        arr = 0
        for on, after in self.events.get(acc, []):
            if on > day:
                break
            arr = after
        return arr

    def touch_model(self, acc, arr):
        override = self.accounts[acc][3]
        if override:
            return override
        if arr >= int(self.settings["high_touch_min_arr"]):
            return "high"
        if arr >= int(self.settings["low_touch_min_arr"]):
            return "low"
        return "tech"


def stage(days):
    for limit, name in ((30, "t-30"), (60, "t-60"), (90, "t-90"), (120, "t-120"), (180, "t-180")):
        if 0 <= days <= limit:
            return name
    return "past-deadline" if days < 0 else "later"


def expected_renewals(book, as_of, within):
    out = []
    for acc, (_, name, _, _, saved_arr) in book.accounts.items():
        row = book.db.execute(
            "SELECT id, start_date, term_months, auto_renew, notice_days, notice_rule, renewal_term_months FROM contract "
            "WHERE account_id = ? AND deleted = 0 AND start_date <= ? "
            "ORDER BY start_date DESC, created_at DESC, id DESC LIMIT 1",
            (acc, as_of.isoformat())).fetchone()
        if not row:
            continue
        cid, start, term, auto, notice, rule, renewal_term = row
        arr = book.arr_on(acc, as_of) if acc in book.events else saved_arr
        if arr <= 0:
            continue
        start = D(start)

        def renewal_date(k, start=start, term=term, later=renewal_term or term):
            """DESIGN §4: the first term, then the renewal term, each date counted from the start."""
            return add_months(start, term + (k - 1) * later)
        k = 1
        while renewal_date(k) <= as_of:
            k += 1
        if not auto:
            # It runs its first term, plus one for every renewal recorded as renewed, expanded or contracted
            # after its start: through the first renewal date on or after the latest such renewal, one more.
            through = book.db.execute(
                "SELECT max(renewal_date) FROM renewal WHERE account_id = ? AND deleted = 0 AND renewal_date > ? "
                "AND outcome IN ('renewed', 'expanded', 'contracted')", (acc, start.isoformat())).fetchone()[0]
            last = 1
            if through:
                j = 1
                while renewal_date(j) < D(through):
                    j += 1
                last = j + 1
            if k > last:
                continue  # the contract has ended
        renewal = renewal_date(k)
        deadline = notice_deadline(rule, notice, renewal, book.non_business) if auto else None
        act_by = deadline or renewal
        days = (act_by - as_of).days
        if days > within:
            continue
        f = book.db.execute("SELECT forecast FROM renewal WHERE account_id = ? AND renewal_date = ? AND deleted = 0 "
                            "ORDER BY updated_at DESC, id DESC LIMIT 1", (acc, renewal.isoformat())).fetchone()
        out.append({"account_id": acc, "contract_id": cid, "renewal_date": renewal.isoformat(),
                    "notice_deadline": deadline.isoformat() if deadline else None, "days_to_notice": days,
                    "stage": stage(days), "arr": arr, "forecast": f[0] if f else None,
                    "_key": (act_by, renewal, name.encode("utf-16-be"), cid)})
    out.sort(key=lambda r: r.pop("_key"))
    return out


def kpis(book, frm, to, scope):
    """DESIGN §7 over the accounts in `scope`."""
    before = frm - dt.timedelta(days=1)
    n = s_sum = e_sum = kept = exp = con = churn_arr = new_arr = churned = expanded = 0
    for acc in scope:
        s, e = book.arr_on(acc, before), book.arr_on(acc, to)
        if s > 0:
            n += 1
            s_sum += s
            e_sum += e
            kept += min(e, s)
            exp += max(e - s, 0)
            if 0 < e < s:
                con += s - e
            if e == 0:
                churn_arr += s
                churned += 1
            if e > s:
                expanded += 1
        else:
            new_arr += e
    scope = set(scope)
    scores = [sc for acc, on, sc in book.db.execute(
        "SELECT account_id, responded_on, score FROM nps_response WHERE deleted = 0")
              if acc in scope and frm <= D(on) <= to]
    days = (to - frm).days + 1
    churn = churned / n if n else None
    ltv = None
    if n and churned:
        annual = 1 - (1 - churn) ** (365 / days)
        ltv = (s_sum / n) * float(book.settings.get("gross_margin_percent", 100)) / 100 / annual
    return {"from": frm.isoformat(), "to": to.isoformat(), "cohort_accounts": n, "start_arr": s_sum,
            "end_arr": e_sum, "expansion_arr": exp, "contraction_arr": con, "churned_arr": churn_arr,
            "new_arr": new_arr, "grr": kept / s_sum if s_sum else None, "nrr": e_sum / s_sum if s_sum else None,
            "logo_churn": churn, "retention": 1 - churn if n else None,
            "expansion_rate": expanded / n if n else None, "ltv": ltv,
            "nps": (sum(x >= 9 for x in scores) - sum(x <= 6 for x in scores)) * 100 / len(scores) if scores else None}


def compare(name, got, want, problems):
    for key, w in want.items():
        g = got.get(key, "<missing>")
        if isinstance(w, float) and isinstance(g, (int, float)):
            ok = abs(g - w) <= (1 if key == "ltv" else 1e-9 * max(1, abs(w)))
        else:
            ok = g == w
        if not ok:
            problems.append(f"{name}: {key} is {g!r}, DESIGN gives {w!r}")


def run(binary, book, *args):
    p = subprocess.run([binary, "--book", str(book), *args], capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({p.returncode}): {p.stderr.strip()}")
    return json.loads(p.stdout)


def sign_ahead(path):
    """Gives every other account whose contract in force on AS_OF does not renew by itself and has renewals
    recorded a next contract, signed ahead to start after the day: the account's row then keeps the facts of
    that one, and the renewal is still the earlier contract's, extended by its recorded renewals (DESIGN §4).
    Returns the accounts."""
    db = sqlite3.connect(path)
    candidates = [a for (a,) in db.execute(
        "SELECT c.account_id FROM contract c WHERE c.deleted = 0 AND c.auto_renew = 0 AND c.start_date <= ? "
        "AND c.id = (SELECT id FROM contract WHERE account_id = c.account_id AND deleted = 0 "
        "            ORDER BY start_date DESC, created_at DESC, id DESC LIMIT 1) "
        "AND EXISTS (SELECT 1 FROM renewal r WHERE r.account_id = c.account_id AND r.deleted = 0 "
        "            AND r.renewal_date > c.start_date AND r.outcome IN ('renewed', 'expanded', 'contracted')) "
        "ORDER BY c.account_id", (AS_OF.isoformat(),))]
    chosen = candidates[::2]
    with db:
        for n, account in enumerate(chosen):
            db.execute("INSERT INTO contract (id, created_at, updated_at, account_id, start_date, term_months, "
                       "auto_renew, notice_days) VALUES (?, ?, ?, ?, ?, 12, 1, 60)",
                       (f"signed-ahead-{n:04d}", "2026-06-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z", account,
                        (AS_OF + dt.timedelta(days=45 + n)).isoformat()))
    db.close()
    return set(chosen)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, cabinet_office = sys.argv[1], sys.argv[2]
    work = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(tempfile.mkdtemp(prefix="check-kpis-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "check-kpis.sqlite"
    for p in work.glob("check-kpis.sqlite*"):
        p.unlink()
    subprocess.run([binary, "--book", str(path), "generate", "--accounts", "400", "--seed", "14", "--as-of",
                    AS_OF.isoformat()], check=True, capture_output=True)
    # The generator gives every contract one term: a third renew for another one (contract.renewal_term_months,
    # DESIGN §4), as users' contracts may.
    db = sqlite3.connect(path)
    with db:
        other_terms = db.execute("UPDATE contract SET renewal_term_months = CASE WHEN term_months = 12 THEN 24 "
                                 "ELSE 12 END WHERE rowid % 3 = 0").rowcount
    db.close()
    signed_ahead = sign_ahead(path)
    book = Book(path, cabinet_office)
    problems = []
    if other_terms < 50:
        problems.append(f"too few contracts given another renewal term to check: {other_terms}")
    if len(signed_ahead) < 5:
        problems.append(f"too few contracts signed ahead to check: {len(signed_ahead)}")
    rules = dict(book.db.execute("SELECT notice_rule, count(*) FROM contract WHERE deleted = 0 AND auto_renew = 1 "
                                 "AND notice_rule IS NOT NULL GROUP BY notice_rule"))
    with_rule = {c for (c,) in book.db.execute("SELECT id FROM contract WHERE notice_rule IS NOT NULL")}
    if len(rules) < 3:
        problems.append(f"the generated book states too few calendar notice rules to check: {rules}")

    for as_of, within in ((AS_OF, 365), (AS_OF, 90), (D("2025-12-31"), 200)):
        got = run(binary, path, "report", "renewals", "--as-of", as_of.isoformat(), "--within", str(within),
                  "--format", "json")
        want = expected_renewals(book, as_of, within)
        if len(got) != len(want):
            problems.append(f"renewals as of {as_of} within {within}: {len(got)} rows, DESIGN gives {len(want)}")
        for i, (g, w) in enumerate(zip(got, want)):
            compare(f"renewals as of {as_of} row {i}", g, w, problems)
        if not want:
            problems.append(f"renewals as of {as_of}: the generated book has none to check")
        if as_of == AS_OF and within == 365 and not any(w["account_id"] in signed_ahead for w in want):
            problems.append(f"renewals as of {as_of}: no account with a contract signed ahead among them")
        ruled = [w for w in want if w["contract_id"] in with_rule]
        if within == 365 and not any(w["notice_deadline"] for w in ruled):
            problems.append(f"renewals as of {as_of}: no deadline of a calendar rule among them to check")

    # JPY book: the fiscal year starts in April (DESIGN §4).
    periods = {"FY2025": (D("2025-04-01"), D("2026-03-31")), "FY2025-Q3": (D("2025-10-01"), D("2025-12-31")),
               "2026-02": (D("2026-02-01"), D("2026-02-28")), "2025-Q2": (D("2025-04-01"), D("2025-06-30")),
               "2024-07-15..2026-01-10": (D("2024-07-15"), D("2026-01-10"))}
    everyone = list(book.accounts)
    for name, (frm, to) in periods.items():
        got = run(binary, path, "report", "kpis", "--period", name, "--format", "json")
        compare(f"kpis {name}", got, kpis(book, frm, to, everyone), problems)

    frm, to = periods["FY2025"]
    before = frm - dt.timedelta(days=1)
    got = run(binary, path, "report", "kpis", "--period", "FY2025", "--by", "touch-model", "--format", "json")
    groups = {g["group"]: g for g in got.get("groups", [])}
    for model in ("high", "low", "tech"):
        scope = [a for a in everyone if book.touch_model(
            a, book.arr_on(a, before) if book.arr_on(a, before) > 0 else book.arr_on(a, to)) == model]
        compare(f"kpis FY2025 {model} touch", groups.get(model, {}), kpis(book, frm, to, scope), problems)
    got = run(binary, path, "report", "kpis", "--period", "FY2025", "--by", "owner", "--format", "json")
    groups = {g["group"]: g for g in got.get("groups", [])}
    owners = {book.accounts[a][2] for a in everyone}
    if set(groups) != owners:
        problems.append(f"kpis by owner: groups {sorted(groups)}, owners {sorted(owners)}")
    for owner in owners:
        scope = [a for a in everyone if book.accounts[a][2] == owner]
        compare(f"kpis FY2025 owner {owner}", groups.get(owner, {}), kpis(book, frm, to, scope), problems)

    for p in problems[:40]:
        print(p)
    print(f"{len(problems)} differences" if problems else "report renewals and report kpis agree with DESIGN §4 and §7")
    sys.exit(1 if problems else 0)


main()
