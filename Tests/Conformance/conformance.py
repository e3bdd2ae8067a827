"""Conformance stage of `make test`: every example feed, read by independent iCalendar readers.

Exports every example with its witness schedule, then checks each feed with
  - lint: a strict RFC 5545 byte and syntax check of our own, for what lenient readers accept
    (CRLF only, no empty line, lines <= 75 octets, folds between UTF-8 sequences, TEXT escaping,
    no TZUNTIL, no X-LIC-* property);
  - four independent readers from PyPI (pinned in Tests/requirements.txt): icalendar, vobject, ics and ical.
    Each must load the feed and agree, event by event, with the witness schedule on UID, start and
    end as UTC instants (wall-clock times converted with Python's zoneinfo), and with the published
    manifest on SUMMARY, LOCATION, STATUS and SEQUENCE; every feed must hold exactly the UIDs the
    manifest puts in it;
  - the VTIMEZONE: its UTC offset at each event, as dateutil's tzical and icalendar build it from
    the component alone, must equal tzdata's (zoneinfo).
Then five negative controls (feeds with a TZUNTIL, an X-LIC-LOCATION, a bare LF, an empty line, an
unescaped comma) must each be rejected, and the cancellation scenario (a future-dated forum exported
twice into one folder) must read as cancelled / moved / unchanged in every reader.

The closing line is 'N passed, N failed'; the exit code is 1 when anything failed.
"""

import argparse
import concurrent.futures
import datetime as dt
import importlib.metadata
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import warnings
import zoneinfo

import dateutil.tz
import icalendar
import ics
import vobject
import yaml
from ical.calendar_stream import IcsCalendarStream

warnings.simplefilter("ignore")

READERS = ["icalendar", "vobject", "ics", "ical"]
UTC = dt.timezone.utc


# ---------------------------------------------------------------- expectations

class Expected:
    """What one export must show: events by UID, the UIDs of each feed, the forum's zone."""

    def __init__(self, out_dir, plan_path, schedule_path):
        plan_text = open(plan_path, encoding="utf-8").read()
        self.zone_name = re.search(r"^\s*time_zone:\s*(\S+)", plan_text, re.M).group(1)
        plan = yaml.safe_load(plan_text)
        # A forum with several languages publishes every public feed per language: the first under
        # today's name, the others as <name>.<code>.ics; a trainer's feed is in the trainer's first language.
        languages = (plan["forum"].get("languages") or [None])
        suffixes = [""] + [".%s" % code for code in languages[1:]]
        trainer_language = {t["id"]: (t.get("languages") or [None])[0] for t in plan.get("trainers") or []}
        zone = zoneinfo.ZoneInfo(self.zone_name)
        state = os.path.normpath(out_dir) + ".forumplan"  # the publication state, beside the published folder
        manifest = json.load(open(os.path.join(state, "manifest.json"), encoding="utf-8"))
        tokens = json.load(open(os.path.join(state, "tokens.json"), encoding="utf-8"))
        tokens = tokens.get("tokens", tokens)
        schedule = yaml.safe_load(open(schedule_path, encoding="utf-8"))
        forum = manifest["forum"]
        times = {}
        for a in schedule.get("assignments") or []:
            uid = a["session"]
            if "occurrence" in a:
                uid += "/r%d" % a["occurrence"]
            if "section" in a:
                uid += "/s%d" % a["section"]
            uid += "@%s.forumplanner" % forum
            day = a["date"] if isinstance(a["date"], dt.date) else dt.date.fromisoformat(str(a["date"]))
            times[uid] = (local_instant(day, a["start"], zone), local_instant(day, a["end"], zone))
        self.events = {}
        self.feeds = {}
        for uid, record in manifest["events"].items():
            snap = record["snapshot"]
            cancelled = record.get("cancelled") is not None
            if uid in times:
                start, end = times[uid]
            elif cancelled:
                day = dt.date.fromisoformat(snap["date"])
                start, end = (local_instant(day, m, zone) for m in (snap["start"], snap["end"]))
            else:
                raise SystemExit("manifest event %s is not in %s" % (uid, schedule_path))
            translations = snap.get("translations") or {}
            for language in [None] + sorted(translations):
                texts = translations.get(language, snap)
                self.events[(uid, language)] = {
                    # The writer drops blanks at either end of TEXT and leaves out TEXT that is then empty.
                    "start": start, "end": end, "summary": texts["summary"].strip(" \t") or None,
                    "location": texts["location"].strip(" \t") or None,
                    "status": "CANCELLED" if cancelled else "CONFIRMED", "sequence": record["sequence"],
                    "local": (dt.date.fromisoformat(snap["date"]), snap["start"]),
                }
            for key in record["feeds"]:
                if key.startswith("trainer:"):
                    language = trainer_language.get(key[8:])
                    self.feeds.setdefault(feed_path(key, tokens), {})[uid] = language if language in translations else None
                    continue
                for suffix, language in zip(suffixes, [None] + languages[1:]):
                    self.feeds.setdefault(feed_path(key, tokens, suffix), {})[uid] = language
        missing = set(times) - {uid for uid, _ in self.events}
        if missing:
            raise SystemExit("%d scheduled occurrences were not published, e.g. %s" % (len(missing), sorted(missing)[0]))


def local_instant(day, start, zone):
    """UTC instant of wall-clock `start` ('HH:MM' or minutes after midnight, 1440 allowed) on `day`."""
    minutes = start if isinstance(start, int) else int(start[:2]) * 60 + int(start[3:5])
    local = dt.datetime.combine(day + dt.timedelta(days=minutes // 1440), dt.time(minutes % 1440 // 60, minutes % 60), zone)
    return local.astimezone(UTC)


def feed_path(key, tokens, suffix=""):
    kind, _, subject = key.partition(":")
    if kind == "forum":
        return "forum%s.ics" % suffix
    if kind == "trainer":
        return "trainers/%s/%s.ics" % (tokens[subject], subject)
    return {"group": "groups", "section": "sections", "room": "rooms", "venue": "venues"}[kind] + "/%s%s.ics" % (subject, suffix)


# ---------------------------------------------------------------- strict lint

TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NAME", "UID", "CONTACT", "TZNAME",
                   "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE", "CATEGORIES", "RESOURCES"}
LIST_PROPERTIES = {"CATEGORIES", "RESOURCES"}
CONTENT_LINE = re.compile(r'^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*)'
                          r'(?:,(?:"[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*))*)*):(.*)$', re.S)


def lint(data):
    """Problems a strict RFC 5545 reader would have with the raw bytes, as short messages."""
    problems = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["invalid UTF-8 at byte %d" % e.start]
    if not data.endswith(b"\r\n"):
        problems.append("does not end with CRLF")
    physical = data.split(b"\r\n")[:-1] if data.endswith(b"\r\n") else data.split(b"\r\n")
    logical = []
    for n, line in enumerate(physical, 1):
        if b"\r" in line:
            problems.append("line %d: bare CR" % n)
        if b"\n" in line:
            problems.append("line %d: bare LF" % n)
        if not line:
            problems.append("line %d: empty line" % n)
            continue
        if len(line) > 75:
            problems.append("line %d: %d octets (> 75)" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("line %d: a fold splits a UTF-8 sequence" % n)
        if line[:1] in (b" ", b"\t"):
            if not logical:
                problems.append("line %d: continuation before any content line" % n)
            else:
                logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        else:
            logical.append((n, line))
    if problems:
        return problems
    names = []
    for n, raw in logical:
        text = raw.decode("utf-8")
        m = CONTENT_LINE.match(text)
        if not m:
            problems.append("line %d: not a content line: %.60s" % (n, text))
            continue
        name, value = m.group(1).upper(), m.group(3)
        names.append((n, name, value))
        if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
            problems.append("line %d: %s has a control character" % (n, name))
        if name == "TZUNTIL":
            problems.append("line %d: TZUNTIL (RFC 7808, not RFC 5545)" % n)
        if name.startswith("X-LIC-"):
            problems.append("line %d: libical's private %s" % (n, name))
        if name in TEXT_PROPERTIES:
            problems += text_escaping(n, name, value)
    stack = []
    for n, name, value in names:
        if name == "BEGIN":
            stack.append(value.upper())
        elif name == "END":
            if not stack or stack.pop() != value.upper():
                problems.append("line %d: END:%s does not close the open component" % (n, value))
    if stack:
        problems.append("components left open: %s" % ", ".join(stack))
    if not names or names[0][1:] != ("BEGIN", "VCALENDAR"):
        problems.append("does not start with BEGIN:VCALENDAR")
    return problems


def text_escaping(n, name, value):
    problems = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            if i + 1 >= len(value) or value[i + 1] not in "\\;,nN":
                problems.append("line %d: %s has a stray backslash" % (n, name))
            i += 2
            continue
        if c == ";" or (c == "," and name not in LIST_PROPERTIES):
            problems.append("line %d: %s has an unescaped '%s' in TEXT" % (n, name, c))
        i += 1
    return problems


# ---------------------------------------------------------------- readers

def read_icalendar(data):
    cal = icalendar.Calendar.from_ical(data)
    errors = [e for c in cal.walk() for e in getattr(c, "errors", [])]
    if errors:
        raise ValueError("parse errors: %s" % errors[:3])
    out = {}
    for ev in cal.walk("VEVENT"):
        out[str(ev["UID"])] = {
            "start": ev.decoded("DTSTART"), "end": ev.decoded("DTEND"),
            "summary": str(ev["SUMMARY"]) if "SUMMARY" in ev else None,
            "location": str(ev["LOCATION"]) if "LOCATION" in ev else None,
            "status": str(ev["STATUS"]) if "STATUS" in ev else None,
            "sequence": int(ev["SEQUENCE"]) if "SEQUENCE" in ev else None,
        }
    return out


def read_vobject(data):
    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    out = {}
    for ev in cal.contents.get("vevent", []):
        def value(name):
            items = ev.contents.get(name)
            return items[0].value if items else None
        seq = value("sequence")
        out[value("uid")] = {
            "start": value("dtstart"), "end": value("dtend"), "summary": value("summary"),
            "location": value("location"), "status": value("status"),
            "sequence": int(seq) if seq is not None else None,
        }
    return out


def read_ics(data):
    cal = ics.Calendar(data.decode("utf-8"))
    out = {}
    for ev in cal.events:
        seq = [line.value for line in ev.extra if line.name == "SEQUENCE"]
        out[ev.uid] = {
            "start": ev.begin.datetime, "end": ev.end.datetime, "summary": ev.name, "location": ev.location,
            "status": ev.status, "sequence": int(seq[0]) if seq else None,
        }
    return out


def read_ical(data):
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    out = {}
    for ev in cal.events:
        out[ev.uid] = {
            "start": ev.dtstart, "end": ev.dtend, "summary": ev.summary, "location": ev.location,
            "status": ev.status.value if ev.status is not None else None, "sequence": ev.sequence,
        }
    return out


READ = {"icalendar": read_icalendar, "vobject": read_vobject, "ics": read_ics, "ical": read_ical}


def instant(value):
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("not an anchored date-time: %r" % (value,))
    return value.astimezone(UTC)


def compare(reader, got, expected_events, uids):
    """Differences between what a reader saw and what the feed must hold."""
    problems = []
    if set(got) != uids:
        missing, extra = sorted(uids - set(got)), sorted(set(got) - uids)
        problems.append("%s: UIDs differ (missing %d e.g. %s, unexpected %d e.g. %s)"
                        % (reader, len(missing), missing[:1], len(extra), extra[:1]))
    for uid in sorted(set(got) & uids):
        want, have = expected_events[uid], got[uid]
        for key in ("start", "end"):
            try:
                seen = instant(have[key])
            except ValueError as e:
                problems.append("%s: %s %s: %s" % (reader, uid, key, e))
                continue
            if seen != want[key]:
                problems.append("%s: %s %s %s, expected %s" % (reader, uid, key, seen.isoformat(), want[key].isoformat()))
        for key in ("summary", "location", "status", "sequence"):
            if have[key] != want[key]:
                problems.append("%s: %s %s %r, expected %r" % (reader, uid, key.upper(), have[key], want[key]))
        if len(problems) > 20:
            break
    return problems


def vtimezone_offsets(data, zone_name, expected_events, uids):
    """The VTIMEZONE, built alone by dateutil's tzical and by icalendar, against tzdata at each event."""
    problems = []
    text = data.decode("utf-8")
    blocks = re.findall(r"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", text, re.S)
    if len(blocks) != 1:
        return ["%d VTIMEZONE components (expected 1)" % len(blocks)]
    builders = {}
    try:
        builders["dateutil.tzical"] = dateutil.tz.tzical(io.StringIO(blocks[0])).get(zone_name)
    except Exception as e:  # noqa: BLE001 - any refusal is the finding
        problems.append("dateutil.tzical refused the VTIMEZONE: %s" % e)
    try:
        cal = icalendar.Calendar.from_ical(data)
        builders["icalendar.to_tz"] = cal.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    except Exception as e:  # noqa: BLE001
        problems.append("icalendar could not build the VTIMEZONE: %s" % e)
    truth = zoneinfo.ZoneInfo(zone_name)
    for uid in sorted(uids):
        day, minutes = expected_events[uid]["local"]
        local = dt.datetime.combine(day + dt.timedelta(days=minutes // 1440), dt.time(minutes % 1440 // 60, minutes % 60))
        want = local.replace(tzinfo=truth).utcoffset()
        for name, tz in builders.items():
            have = local.replace(tzinfo=tz).utcoffset()
            if have != want:
                problems.append("%s: offset %s at %s, tzdata says %s" % (name, have, local, want))
                return problems
    return problems


def check_feed(job):
    """All checks of one feed: (path, {check: [problems]}, events, seconds per reader)."""
    path, data, expected_events, uids, zone_name = job
    results = {"lint": lint(data)}
    seconds = {}
    for reader in READERS:
        start = time.perf_counter()
        try:
            results[reader] = compare(reader, READ[reader](data), expected_events, uids)
        except Exception as e:  # noqa: BLE001 - a reader that refuses the feed is the finding
            results[reader] = ["%s refused the feed: %s: %s" % (reader, type(e).__name__, str(e)[:200])]
        seconds[reader] = time.perf_counter() - start
    results["vtimezone"] = vtimezone_offsets(data, zone_name, expected_events, uids)
    return path, results, len(uids), seconds


# ---------------------------------------------------------------- stages

def export(forumplan, plan, schedule, out, extra=()):
    run = subprocess.run([forumplan, "export", plan, schedule, "--out", out, *extra], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit("forumplan export %s failed (%d): %s" % (plan, run.returncode, run.stderr.strip()))


def feeds_in(out):
    found = []
    for root, dirs, files in os.walk(out):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.relpath(os.path.join(root, f), out) for f in sorted(files) if f.endswith(".ics")]
    return sorted(found)


# A one-language example exported once more with its generated words in Kazakh and Russian (--lang): their
# event texts go through the same readers. (Taraz, Taldykorgan and Otpan publish kk and ru in every export.)
LANGUAGE_RUNS = {"semey-course": ["kk", "ru"]}


def example_jobs(forumplan, examples, work):
    jobs = []
    runs = []
    for plan in sorted(os.listdir(examples)):
        schedule = os.path.join(examples, "witnesses", plan[:-5] + ".schedule.yaml")
        if not plan.endswith(".yaml") or not os.path.exists(schedule):
            continue
        runs.append((plan, schedule, plan[:-5], ()))
        runs += [(plan, schedule, plan[:-5] + "." + lang, ("--lang", lang)) for lang in LANGUAGE_RUNS.get(plan[:-5], [])]
    for plan, schedule, name, extra in runs:
        out = os.path.join(work, name)
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(out + ".forumplan", ignore_errors=True)
        export(forumplan, os.path.join(examples, plan), schedule, out, extra)
        expected = Expected(out, os.path.join(examples, plan), schedule)
        paths = feeds_in(out)
        if not set(expected.feeds) <= set(paths):
            raise SystemExit("%s: feeds in the manifest are missing on disk: %s" % (plan, sorted(set(expected.feeds) - set(paths))[:3]))
        for path in paths:
            data = open(os.path.join(out, path), "rb").read()
            languages = expected.feeds.get(path, {})
            uids = set(languages)
            jobs.append((name + "/" + path, data, {uid: expected.events[(uid, language)] for uid, language in languages.items()},
                         uids, expected.zone_name))
    return jobs


def negative_controls(good_job):
    """Five broken variants of one good feed; each must be rejected by at least one check."""
    path, data, events, uids, zone = good_job
    text = data.decode("utf-8")
    tzid = "TZID:%s\r\n" % zone
    first_event = text.index("BEGIN:VEVENT\r\n")
    summary_end = text.index("\r\n", text.index("\r\nSUMMARY", first_event) + 2)
    calname = re.search(r"X-WR-CALNAME;VALUE=TEXT:[^\r]*\r\n", text).group(0)
    variants = {
        "TZUNTIL in the VTIMEZONE": text.replace(tzid, tzid + "TZUNTIL:20990101T000000Z\r\n", 1),
        "X-LIC-LOCATION in the VTIMEZONE": text.replace(tzid, tzid + "X-LIC-LOCATION:%s\r\n" % zone, 1),
        "a bare LF": text[:summary_end] + "\n" + text[summary_end + 2:],
        "an empty line": text[:first_event] + "\r\n" + text[first_event:],
        "an unescaped comma in X-WR-CALNAME": text.replace(calname, "X-WR-CALNAME;VALUE=TEXT:Otpan: advanced training, first wave\r\n", 1),
    }
    jobs = []
    for name, variant in variants.items():
        assert variant != text, name
        jobs.append((name, variant.encode("utf-8"), events, uids, zone))
    return jobs


def cancellation_scenario(forumplan, examples, work):
    """A future-dated copy of the Taraz forum, exported, then re-exported after removing one session
    and moving another; returns a list of problems (empty when every reader agrees)."""
    year = dt.date.today().year + 2
    folder = os.path.join(work, "cancellation")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    plan = os.path.join(folder, "future.yaml")
    first = os.path.join(folder, "first.schedule.yaml")
    second = os.path.join(folder, "second.schedule.yaml")
    out = os.path.join(folder, "feeds")
    calendars = os.path.abspath(os.path.join(examples, "..", "calendars")) + "/"
    future = lambda s: s.replace("2019-11-", "%d-11-" % year).replace("../calendars/", calendars)  # noqa: E731
    open(plan, "w", encoding="utf-8").write(future(open(os.path.join(examples, "taraz-forum.yaml"), encoding="utf-8").read()))
    schedule = yaml.safe_load(future(open(os.path.join(examples, "witnesses", "taraz-forum.schedule.yaml"), encoding="utf-8").read()))
    open(first, "w", encoding="utf-8").write(yaml.safe_dump(schedule, allow_unicode=True, sort_keys=False))
    export(forumplan, plan, first, out)
    before = {p: open(os.path.join(out, p), "rb").read() for p in feeds_in(out)}
    expected_before = Expected(out, plan, first)

    assignments = schedule["assignments"]
    removed = next(a for a in assignments if a["session"] == "dialogue")
    moved = next(a for a in assignments if a["session"] == "closing")
    assignments.remove(removed)
    moved["start"], moved["end"] = "17:30", "18:00"
    open(second, "w", encoding="utf-8").write(yaml.safe_dump(schedule, allow_unicode=True, sort_keys=False))
    export(forumplan, plan, second, out)
    after = {p: open(os.path.join(out, p), "rb").read() for p in feeds_in(out)}
    expected_after = Expected(out, plan, second)
    forum = expected_after.events and next(iter(expected_after.events))[0].split("@")[1]
    removed_uid, moved_uid = "dialogue@" + forum, "closing@" + forum

    problems = []
    if set(before) != set(after):
        problems.append("the set of feeds changed")
    want_removed, want_moved = expected_after.events[(removed_uid, None)], expected_after.events[(moved_uid, None)]
    if want_removed["status"] != "CANCELLED" or want_removed["sequence"] <= expected_before.events[(removed_uid, None)]["sequence"]:
        problems.append("the manifest does not cancel %s with a higher SEQUENCE" % removed_uid)
    if want_moved["sequence"] <= expected_before.events[(moved_uid, None)]["sequence"] or want_moved["start"] == expected_before.events[(moved_uid, None)]["start"]:
        problems.append("the manifest does not move %s with a higher SEQUENCE" % moved_uid)
    touched = 0
    for path in sorted(set(before) & set(after)):
        languages = expected_after.feeds.get(path, {})
        uids = set(languages)
        wanted = {uid: expected_after.events[(uid, language)] for uid, language in languages.items()}
        for reader in READERS:
            got = READ[reader](after[path])
            problems += ["%s: %s" % (path, p) for p in compare(reader, got, wanted, uids)]
            if removed_uid in uids and got.get(removed_uid, {}).get("status") != "CANCELLED":
                problems.append("%s: %s does not see %s as CANCELLED" % (path, reader, removed_uid))
        old_blocks, new_blocks = event_blocks(before[path]), event_blocks(after[path])
        changed = {uid for uid in set(old_blocks) | set(new_blocks) if old_blocks.get(uid) != new_blocks.get(uid)}
        if changed - {removed_uid, moved_uid}:
            problems.append("%s: events changed that should not: %s" % (path, sorted(changed - {removed_uid, moved_uid})))
        if strip_events(before[path]) != strip_events(after[path]):
            problems.append("%s: the calendar around the events changed" % path)
        if changed:
            touched += 1
        elif before[path] != after[path]:
            problems.append("%s: not byte-identical although none of its events changed" % path)
    if touched == 0:
        problems.append("no feed showed the change")
    return problems, touched, len(after)


def event_blocks(data):
    text = data.decode("utf-8")
    blocks = {}
    for block in re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, re.S):
        uid = re.search(r"\r\nUID:((?:[^\r]|\r\n )*)\r\n", block).group(1).replace("\r\n ", "")
        blocks[uid] = block
    return blocks


def strip_events(data):
    return re.sub(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", "", data.decode("utf-8"), flags=re.S)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forumplan", required=True)
    parser.add_argument("--examples", default="examples")
    parser.add_argument("--work", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    started = time.perf_counter()
    os.makedirs(args.work, exist_ok=True)
    versions = {name: importlib.metadata.version(name) for name in ["icalendar", "vobject", "ics", "ical", "python-dateutil", "TatSu"]}
    print("conformance: readers %s" % ", ".join("%s %s" % kv for kv in versions.items()), flush=True)

    passed = failed = 0
    jobs = example_jobs(args.forumplan, args.examples, args.work)
    exported = time.perf_counter()
    totals = {reader: 0.0 for reader in READERS}
    clean = {}
    events_read = 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        order = sorted(jobs, key=lambda j: -len(j[1]))  # biggest first, for an even split
        for path, results, events, seconds in pool.map(check_feed, order, chunksize=1):
            events_read += events
            for reader, s in seconds.items():
                totals[reader] += s
            for check, found in results.items():
                clean[check] = clean.get(check, 0) + (0 if found else 1)
            problems = [p for check in results.values() for p in check]
            if problems:
                failed += 1
                print("FAIL %s" % path)
                for p in problems[:10]:
                    print("    %s" % p)
            else:
                passed += 1
        feeds_checked = passed + failed
        for check, count in clean.items():
            cpu = " (%.1f s)" % totals[check] if check in totals else ""
            print("  %-10s %d of %d feeds accepted and in agreement%s" % (check, count, feeds_checked, cpu))
        print("conformance: %d feeds from %d exports (examples, some also in kk and ru), %d events, each read by lint, %s and the VTIMEZONE check:"
              " %d passed, %d failed (export %.1f s, reading %.1f s on %d processes; seconds per reader, summed: %s)"
              % (feeds_checked, len({j[0].split("/")[0] for j in jobs}), events_read, ", ".join(READERS), passed, failed,
                 exported - started, time.perf_counter() - exported, max(1, args.jobs),
                 ", ".join("%s %.1f" % (r, s) for r, s in totals.items())), flush=True)

        forum_job = next(j for j in jobs if j[0] == "taraz-forum/forum.ics")
        for name, results in zip([j[0] for j in negative_controls(forum_job)],
                                 [r[1] for r in pool.map(check_feed, negative_controls(forum_job))]):
            rejected_by = [check for check, problems in results.items() if problems]
            if rejected_by:
                passed += 1
                print("negative control rejected: %s (by %s)" % (name, ", ".join(rejected_by)))
            else:
                failed += 1
                print("FAIL negative control accepted: %s" % name)

    problems, touched, total = cancellation_scenario(args.forumplan, args.examples, args.work)
    if problems:
        failed += 1
        print("FAIL cancellation scenario")
        for p in problems[:20]:
            print("    %s" % p)
    else:
        passed += 1
        print("cancellation scenario: %d of %d feeds changed; in every reader the removed session is CANCELLED with a"
              " higher SEQUENCE, the moved one at its new time under its UID, every other event byte-identical" % (touched, total))
    print("conformance: %.1f s" % (time.perf_counter() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
