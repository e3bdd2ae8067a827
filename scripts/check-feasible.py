#!/usr/bin/env python3
"""Shows that an example plan is feasible, independently of the Swift solver (needs PyYAML).

    python3 scripts/check-feasible.py PLAN                    # search a schedule, then check it
    python3 scripts/check-feasible.py PLAN --write SCHEDULE   # … and write it (schedule-file format)
    python3 scripts/check-feasible.py PLAN SCHEDULE           # only check the given schedule

The search is a depth-first placement with backtracking (pins and precedence first); the check
re-tests every hard constraint of the catalogue on the whole schedule: forum days and holidays,
hours, breaks, grid, room capacity, features, venue, double booking of rooms, groups and trainers
(with travel and minimum breaks), trainer skills, languages, pool counts, availability, typed and
.ics busy times, daily load, pins, `after`/`before` and `same_day`. It reads the subset of
iCalendar the example calendars use (weekly and monthly RRULEs, EXDATE, VALUE=DATE, UTC and TZID
times, VFREEBUSY; TRANSPARENT and CANCELLED events are not busy). Semantics it assumes: parallel
sections of one run share their groups; `after` relates every occurrence; travel counts between
consecutive sessions of a trainer, not from the home venue. Exit status: 0 feasible, 1 not.
"""
import datetime as dt
import itertools
import os
import re
import sys
from zoneinfo import ZoneInfo

import yaml

sys.setrecursionlimit(100000)
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def dur(s):
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?", str(s))
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def window(w):
    parts = str(w).split()
    day = dt.date.fromisoformat(parts[0]) if len(parts) == 2 else None
    if len(parts) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", parts[0]):
        return dt.date.fromisoformat(parts[0]), 0, 24 * 60
    a, b = parts[-1].split("-")
    return day, mins(a), mins(b)


def unfold(path):
    data = open(path, "rb").read().decode("utf-8")
    assert "\n" not in data.replace("\r\n", ""), f"{path}: bare LF"
    lines = []
    for line in data.split("\r\n"):
        if line.startswith((" ", "\t")) and lines:
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    return lines


def parse_time(prop, tz):
    """-> (datetime local naive in forum tz, is_date)"""
    name, value = prop.split(":", 1)
    params = dict(p.split("=", 1) for p in name.split(";")[1:])
    if params.get("VALUE") == "DATE" or re.fullmatch(r"\d{8}", value):
        return dt.datetime.strptime(value, "%Y%m%d"), True
    if value.endswith("Z"):
        t = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
        return t.astimezone(tz).replace(tzinfo=None), False
    src = ZoneInfo(params["TZID"]) if "TZID" in params else tz
    t = dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=src)
    return t.astimezone(tz).replace(tzinfo=None), False


def busy_intervals(path, tz):
    """Busy (start, end) local datetimes from an .ics (the subset the examples use)."""
    out, comp = [], None
    for line in unfold(path):
        if line in ("BEGIN:VEVENT", "BEGIN:VFREEBUSY"):
            comp = {"kind": line[6:], "props": []}
        elif line in ("END:VEVENT", "END:VFREEBUSY"):
            out += expand(comp, tz)
            comp = None
        elif comp is not None:
            comp["props"].append(line)
    return out


def expand(comp, tz):
    props = comp["props"]
    get = lambda n: [p for p in props if p.split(":")[0].split(";")[0] == n]
    if comp["kind"] == "VFREEBUSY":
        res = []
        for p in get("FREEBUSY"):
            name, value = p.split(":", 1)
            if "FBTYPE=" in name and "FBTYPE=BUSY" not in name:
                continue
            for period in value.split(","):
                a, b = period.split("/")
                start = dt.datetime.strptime(a, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
                if b.startswith("P"):
                    end = start + dt.timedelta(minutes=dur(b[2:].lower()))
                else:
                    end = dt.datetime.strptime(b, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
                res.append((start.astimezone(tz).replace(tzinfo=None), end.astimezone(tz).replace(tzinfo=None)))
        return res
    if any(p == "STATUS:CANCELLED" for p in props) or any(p == "TRANSP:TRANSPARENT" for p in props):
        return []
    start, is_date = parse_time(get("DTSTART")[0], tz)
    end = parse_time(get("DTEND")[0], tz)[0] if get("DTEND") else start + dt.timedelta(days=1)
    length = end - start
    starts = [start]
    for r in get("RRULE"):
        rule = dict(kv.split("=") for kv in r.split(":", 1)[1].split(";"))
        until = None
        if "UNTIL" in rule:
            until = dt.datetime.strptime(rule["UNTIL"], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
        count = int(rule.get("COUNT", 10 ** 6))
        starts = []
        if rule["FREQ"] == "WEEKLY":
            t = start
            while (until is None or t <= until) and len(starts) < count:
                starts.append(t)
                t += dt.timedelta(days=7)
        elif rule["FREQ"] == "MONTHLY":
            m = re.fullmatch(r"(\d)([A-Z]{2})", rule["BYDAY"])
            n, wd = int(m.group(1)), ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].index(m.group(2))
            y, mo = start.year, start.month
            while len(starts) < count:
                first = dt.datetime(y, mo, 1, start.hour, start.minute)
                d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
                if d >= start and (until is None or d <= until):
                    starts.append(d)
                mo += 1
                if mo > 12:
                    y, mo = y + 1, 1
        else:
            raise SystemExit("unsupported RRULE " + r)
    ex = set()
    for p in get("EXDATE"):
        name, value = p.split(":", 1)
        for v in value.split(","):
            ex.add(parse_time(name + ":" + v, tz)[0])
    return [(s, s + length) for s in starts if s not in ex]


class Plan:
    def __init__(self, path):
        self.path = path
        base = os.path.dirname(path)
        d = yaml.safe_load(open(path, encoding="utf-8"))
        f = d["forum"]
        self.tz = ZoneInfo(f["time_zone"])
        days = f["days"]
        if isinstance(days, list):
            self.days = sorted(dt.date.fromisoformat(str(x)) for x in days)
        else:
            a, b = dt.date.fromisoformat(str(days["from"])), dt.date.fromisoformat(str(days["to"]))
            wds = days.get("weekdays", WD)
            exc = {dt.date.fromisoformat(str(x)) for x in days.get("except", [])}
            self.days = [a + dt.timedelta(n) for n in range((b - a).days + 1)
                         if WD[(a + dt.timedelta(n)).weekday()] in wds and a + dt.timedelta(n) not in exc]
        for h in f.get("holidays", []):
            blocked = set()
            for s, e in busy_intervals(os.path.join(base, h), self.tz):
                d0 = s.date()
                while dt.datetime.combine(d0, dt.time()) < e:
                    blocked.add(d0)
                    d0 += dt.timedelta(1)
            self.days = [x for x in self.days if x not in blocked]
        self.start, self.end = mins(f["hours"]["start"]), mins(f["hours"]["end"])
        self.breaks = [window(w) for w in f.get("breaks", [])]
        self.grid = dur(f.get("grid", "30m"))
        self.rooms, self.venue_of = {}, {}
        for v in d["venues"]:
            for r in v["rooms"]:
                self.rooms[r["id"]] = r
                self.venue_of[r["id"]] = v["id"]
        self.travel = {}
        for t in d.get("travel", []):
            a, b = t["between"]
            self.travel[(a, b)] = self.travel[(b, a)] = dur(t["time"])
        self.trainers = {}
        for t in d.get("trainers", []):
            t = dict(t)
            t["avail"] = [window(w) for w in t.get("availability", [])]
            t["unav"] = [window(w) for w in t.get("unavailable", [])]
            t["busy"] = []
            for c in t.get("busy_calendars", []):
                t["busy"] += busy_intervals(os.path.join(base, c), self.tz)
            t["max"] = dur(t["max_daily_load"]) if "max_daily_load" in t else 10 ** 6
            t["brk"] = dur(t.get("min_break", "0m"))
            self.trainers[t["id"]] = t
        self.groups = {g["id"]: g for g in d.get("groups", [])}
        self.sessions = {s["id"]: s for s in d["sessions"]}
        self.order = [s["id"] for s in d["sessions"]]
        self.occ = []
        for sid in self.order:
            s = self.sessions[sid]
            total = s.get("attendance") or sum(self.groups[g]["size"] for g in s.get("groups", []))
            sec = s.get("sections")
            n = 1 if not sec else sec.get("count") or -(-total // sec["max_size"])
            runs = s.get("repeats", {}).get("count", 1)
            for r in range(1, runs + 1):
                for k in range(1, n + 1):
                    size = total // n + (1 if k <= total % n else 0)
                    self.occ.append((sid, r if "repeats" in s else None, k if sec else None, size))
        # precedence: after[x] = sessions that must end before x starts
        self.after = {sid: set(self.sessions[sid].get("after", [])) for sid in self.order}
        for sid in self.order:
            for b in self.sessions[sid].get("before", []):
                self.after[b].add(sid)

    def trav(self, ra, rb):
        va, vb = self.venue_of[ra], self.venue_of[rb]
        if va == vb or self.rooms[ra].get("online") or self.rooms[rb].get("online"):
            return 0
        return self.travel.get((va, vb), 0)

    def trainer_free(self, t, day, a, b):
        if t["avail"] and not any((d is None or d == day) and s <= a and b <= e for d, s, e in t["avail"]):
            return False
        if any((d is None or d == day) and s < b and a < e for d, s, e in t["unav"]):
            return False
        A = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=a)
        B = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=b)
        return not any(s < B and A < e for s, e in t["busy"])

    def eligible(self, sid, tid):
        s, t = self.sessions[sid], self.trainers[tid]
        p = s.get("pool")
        if p is None:
            return False
        if not set(p.get("skills", [])) <= set(t.get("skills", [])):
            return False
        langs = p.get("languages") or ([s["language"]] if "language" in s else [])
        if langs and not set(langs) & set(t.get("languages", [])):
            return False
        if "language" in s and s["language"] not in t.get("languages", []):
            return False
        return True


def violations(P, asg):
    """asg: list of dicts (occ index, day, start, end, room, trainers). Returns list of strings."""
    v = []
    by_occ = {}
    for a in asg:
        by_occ.setdefault(a["occ"], []).append(a)
    for i, o in enumerate(P.occ):
        if len(by_occ.get(i, [])) != 1:
            v.append(f"unplaced/duplicated {o}")
    for a in asg:
        sid, run, sec, size = P.occ[a["occ"]]
        s = P.sessions[sid]
        day, st, en, room = a["day"], a["start"], a["end"], a["room"]
        r = P.rooms[room]
        if day not in P.days: v.append(f"{sid}: day {day} not a forum day")
        if en - st != dur(s["duration"]): v.append(f"{sid}: duration")
        if st < P.start or en > P.end or st % P.grid: v.append(f"{sid}: outside hours/grid")
        for d, bs, be in P.breaks:
            if (d is None or d == day) and bs < en and st < be: v.append(f"{sid}: overlaps break")
        if not r.get("online") and r["capacity"] < size: v.append(f"{sid}: capacity {size}>{r['capacity']} in {room}")
        if not set(s.get("features", [])) <= set(r.get("features", [])): v.append(f"{sid}: features in {room}")
        if "venue" in s and P.venue_of[room] != s["venue"]: v.append(f"{sid}: venue")
        pin = s.get("pin", {})
        if "day" in pin and dt.date.fromisoformat(str(pin["day"])) != day: v.append(f"{sid}: pin day")
        if "start" in pin and mins(pin["start"]) != st: v.append(f"{sid}: pin start")
        if "room" in pin and pin["room"] != room: v.append(f"{sid}: pin room")
        for w in s.get("unavailable", []):
            d, ws, we = window(w)
            if (d is None or d == day) and ws < en and st < we: v.append(f"{sid}: session unavailable")
        named = s.get("trainers", [])
        pool = [t for t in a["trainers"] if t not in named]
        if not set(named) <= set(a["trainers"]): v.append(f"{sid}: named trainer missing")
        if len(pool) != (s.get("pool", {}) or {}).get("count", 0): v.append(f"{sid}: trainer count")
        for t in pool:
            if not P.eligible(sid, t): v.append(f"{sid}: {t} not eligible (skill/language)")
        for t in a["trainers"]:
            T = P.trainers[t]
            if "language" in s and s["language"] not in T.get("languages", []): v.append(f"{sid}: {t} language")
            if not P.trainer_free(T, day, st, en): v.append(f"{sid} {run} {sec}: {t} unavailable {day} {st}-{en}")
    # pairwise
    for x, y in itertools.combinations(asg, 2):
        if x["day"] != y["day"]:
            continue
        ox, oy = P.occ[x["occ"]], P.occ[y["occ"]]
        overlap = x["start"] < y["end"] and y["start"] < x["end"]
        if overlap and x["room"] == y["room"]: v.append(f"room double {ox} {oy}")
        same_run = ox[0] == oy[0] and ox[1] == oy[1]
        if overlap and not same_run:
            gx = set(P.sessions[ox[0]].get("groups", [])); gy = set(P.sessions[oy[0]].get("groups", []))
            if gx & gy: v.append(f"group overlap {ox} {oy} {x['day']}")
        for t in set(x["trainers"]) & set(y["trainers"]):
            T = P.trainers[t]
            first, second = (x, y) if x["start"] <= y["start"] else (y, x)
            gap = second["start"] - first["end"]
            if gap < T["brk"] + P.trav(first["room"], second["room"]):
                v.append(f"trainer {t} double/travel {ox} {oy} {x['day']}")
    load = {}
    for a in asg:
        for t in a["trainers"]:
            load[(t, a["day"])] = load.get((t, a["day"]), 0) + a["end"] - a["start"]
    for (t, d), m in load.items():
        if m > P.trainers[t]["max"]: v.append(f"daily load {t} {d} {m}")
    # precedence and same_day
    ends, starts, day_of = {}, {}, {}
    for a in asg:
        sid, run = P.occ[a["occ"]][:2]
        key = (a["day"], a["end"]); ks = (a["day"], a["start"])
        ends[sid] = max(ends.get(sid, key), key)
        starts[sid] = min(starts.get(sid, ks), ks)
        day_of.setdefault((sid, run), set()).add(a["day"])
    for sid, prevs in P.after.items():
        for p in prevs:
            if sid in starts and p in ends and starts[sid] < ends[p]:
                v.append(f"precedence {p} -> {sid}")
    for sid in P.order:
        for other in P.sessions[sid].get("same_day", []):
            for (s2, run), ds in day_of.items():
                if s2 != sid: continue
                od = day_of.get((other, run)) or day_of.get((other, None))
                if od and ds != od: v.append(f"same_day {sid}#{run} {other}")
    return v


def search(P):
    """Greedy DFS with backtracking over (day, start, room, trainers)."""
    n = len(P.occ)
    # topological order of sessions by precedence, pinned first
    order, seen = [], set()

    def visit(sid):
        if sid in seen: return
        seen.add(sid)
        for p in sorted(P.after[sid]): visit(p)
        order.append(sid)
    for sid in sorted(P.order, key=lambda s: ("pin" not in P.sessions[s], P.order.index(s))):
        visit(sid)
    rank = {s: i for i, s in enumerate(order)}
    occs = sorted(range(n), key=lambda i: (rank[P.occ[i][0]], P.occ[i][1] or 0, P.occ[i][2] or 0))
    deadline = {}
    for sid in P.order:
        pin = P.sessions[sid].get("pin", {})
        if "day" in pin:
            lim = (dt.date.fromisoformat(str(pin["day"])), mins(pin["start"]) if "start" in pin else P.end)
            for p in P.after[sid]:
                deadline[p] = min(deadline.get(p, lim), lim)
    asg = []
    room_use, group_use, trainer_use, load = {}, {}, {}, {}
    ends = {}

    def candidates(i):
        sid, run, sec, size = P.occ[i]
        s = P.sessions[sid]
        D = dur(s["duration"])
        pin = s.get("pin", {})
        days = P.days
        if "day" in pin: days = [dt.date.fromisoformat(str(pin["day"]))]
        earliest = max([ends[p] for p in P.after[sid] if p in ends] or [(dt.date.min, 0)])
        # spread runs: rotate days by run
        if run and "day" not in pin:
            k = ((run - 1) * len(days)) // s["repeats"]["count"]
            days = days[k:] + days[:k]
        for day in days:
            starts = [mins(pin["start"])] if "start" in pin else range(P.start, P.end - D + 1, P.grid)
            for st in starts:
                en = st + D
                if (day, st) < earliest: continue
                if sid in deadline and (day, en) > deadline[sid]: continue
                if any((d is None or d == day) and bs < en and st < be for d, bs, be in P.breaks): continue
                if any((lambda w: (w[0] is None or w[0] == day) and w[1] < en and st < w[2])(window(w)) for w in s.get("unavailable", [])): continue
                # same_day with placed partner
                ok = True
                for other in s.get("same_day", []):
                    pd = [a["day"] for a in asg if P.occ[a["occ"]][0] == other and P.occ[a["occ"]][1] in (run, None)]
                    if pd and pd[0] != day: ok = False
                if not ok: continue
                gs = s.get("groups", [])
                if any(o[1] != (sid, run) and o[2] < en and st < o[3] for g in gs for o in group_use.get((g, day), [])): continue
                rooms = [pin["room"]] if "room" in pin else sorted(P.rooms, key=lambda r: (P.rooms[r].get("capacity") or 10 ** 6))
                for room in rooms:
                    r = P.rooms[room]
                    if not r.get("online") and r["capacity"] < size: continue
                    if not set(s.get("features", [])) <= set(r.get("features", [])): continue
                    if "venue" in s and P.venue_of[room] != s["venue"]: continue
                    if any(a < en and st < b for a, b in room_use.get((room, day), [])): continue
                    def tfree(t):
                        T = P.trainers[t]
                        if not P.trainer_free(T, day, st, en): return False
                        if load.get((t, day), 0) + D > T["max"]: return False
                        for a, b, rm in trainer_use.get((t, day), []):
                            tr = P.trav(rm, room) + T["brk"]
                            if not (b + tr <= st or en + tr <= a): return False
                        return True
                    named = s.get("trainers", [])
                    if not all(tfree(t) for t in named): continue
                    cnt = (s.get("pool") or {}).get("count", 0)
                    pool = [t for t in P.trainers if t not in named and P.eligible(sid, t) and tfree(t)]
                    pool.sort(key=lambda t: (sum(v for (tt, _), v in load.items() if tt == t), t))
                    if len(pool) < cnt: continue
                    yield day, st, en, room, named + pool[:cnt]
                    break  # one room per time is enough

    def place(i, c):
        day, st, en, room, trs = c
        sid, run = P.occ[i][:2]
        asg.append({"occ": i, "day": day, "start": st, "end": en, "room": room, "trainers": trs})
        room_use.setdefault((room, day), []).append((st, en))
        for g in P.sessions[sid].get("groups", []):
            group_use.setdefault((g, day), []).append((i, (sid, run), st, en))
        for t in trs:
            trainer_use.setdefault((t, day), []).append((st, en, room))
            load[(t, day)] = load.get((t, day), 0) + en - st
        prev = ends.get(sid)
        ends[sid] = max(prev, (day, en)) if prev else (day, en)

    def unplace(i, c, prev_end):
        day, st, en, room, trs = c
        sid, run = P.occ[i][:2]
        asg.pop()
        room_use[(room, day)].remove((st, en))
        for g in P.sessions[sid].get("groups", []):
            group_use[(g, day)].remove((i, (sid, run), st, en))
        for t in trs:
            trainer_use[(t, day)].remove((st, en, room))
            load[(t, day)] -= en - st
        if prev_end is None: del ends[sid]
        else: ends[sid] = prev_end

    budget = [200000]

    deepest = [0]

    def dfs(k):
        if k > deepest[0]:
            deepest[0] = k
        if k == len(occs): return True
        i = occs[k]
        for c in candidates(i):
            budget[0] -= 1
            if budget[0] < 0: return False
            prev_end = ends.get(P.occ[i][0])
            place(i, c)
            if dfs(k + 1): return True
            unplace(i, c, prev_end)
        return False
    ok = dfs(0)
    if not ok:
        print("search got furthest at occurrence", deepest[0], P.occ[occs[deepest[0]]][:3], file=sys.stderr)
    return ok, asg


def load_schedule(P, path):
    d = yaml.safe_load(open(path))
    idx = {(o[0], o[1], o[2]): i for i, o in enumerate(P.occ)}
    asg = []
    for a in d["assignments"]:
        key = (a["session"], a.get("occurrence"), a.get("section"))
        asg.append({"occ": idx[key], "day": dt.date.fromisoformat(str(a["date"])), "start": mins(a["start"]),
                    "end": mins(a["end"]), "room": a["room"], "trainers": a["trainers"]})
    return asg


def write_schedule(P, asg, path):
    lines = [f"forum: {yaml.safe_load(open(P.path))['forum']['id']}", "assignments:"]
    for a in sorted(asg, key=lambda a: (P.occ[a['occ']][0], P.occ[a['occ']][1] or 0, P.occ[a['occ']][2] or 0)):
        sid, run, sec, _ = P.occ[a["occ"]]
        lines.append(f"- session: {sid}")
        if run: lines.append(f"  occurrence: {run}")
        if sec: lines.append(f"  section: {sec}")
        lines += [f"  date: {a['day']}", f"  start: \"{a['start']//60:02d}:{a['start']%60:02d}\"",
                  f"  end: \"{a['end']//60:02d}:{a['end']%60:02d}\"", f"  room: {a['room']}",
                  f"  trainers: [{', '.join(a['trainers'])}]"]
    lines.append("unplaced: []")
    open(path, "w").write("\n".join(lines) + "\n")


def main():
    args = sys.argv[1:]
    write = None
    if "--write" in args:
        k = args.index("--write")
        write = args[k + 1]
        del args[k:k + 2]
    if len(args) not in (1, 2):
        raise SystemExit(__doc__)
    P = Plan(args[0])
    print(f"{args[0]}: {len(P.occ)} occurrences on {len(P.days)} days ({P.days[0]} to {P.days[-1]})")
    if len(args) == 2:
        asg = load_schedule(P, args[1])
    else:
        ok, asg = search(P)
        print("search:", f"placed all {len(asg)}" if ok else "FAILED")
        if not ok:
            return 1
        if write:
            write_schedule(P, asg, write)
    v = violations(P, asg)
    print(f"hard violations: {len(v)}")
    for x in v[:40]:
        print("  ", x)
    return 1 if v else 0


if __name__ == "__main__":
    sys.exit(main())
