#!/usr/bin/env python3
"""Writes the calendar inputs the example plans reference (python3 stdlib only, deterministic).

    python3 scripts/generate-calendars.py      # from the repository root

- calendars/kz-holidays.ics: Kazakhstan's public holidays 2019-2027 as all-day events;
- calendars/zholdasbaeva-busy.ics, abisheva-busy.ics, abylkassymova-busy.ics: busy calendars that
  trainers sent the organizers (Taraz forum, Taldykorgan conference, Semey course).

The trainer calendars are inputs written as a trainer's calendar program would export them; they
deliberately exercise what an importer must get right: a weekly RRULE with an EXDATE, all-day
events, a TRANSP:TRANSPARENT event (not busy), a STATUS:CANCELLED event (not busy), UTC and
TZID times, and a VFREEBUSY component.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import icstext  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "calendars")

# Fixed-date holidays (month, day, name, religious). Religious holidays are never moved to a
# working day when they fall on a weekend (Law "On holidays in the Republic of Kazakhstan", art. 5).
FIXED = [
    (1, 1, "New Year", False),
    (1, 2, "New Year", False),
    (1, 7, "Orthodox Christmas", True),
    (3, 8, "International Women's Day", False),
    (3, 21, "Nauryz meirami", False),
    (3, 22, "Nauryz meirami", False),
    (3, 23, "Nauryz meirami", False),
    (5, 1, "Kazakhstan People's Unity Day", False),
    (5, 7, "Defender of the Fatherland Day", False),
    (5, 9, "Victory Day", False),
    (7, 6, "Capital Day", False),
    (8, 30, "Constitution Day", False),
    (12, 16, "Independence Day", False),
]
# Changes of 2022: Republic Day (25 Oct) became a public holiday again; the First President's
# Day (1 Dec) and the second day of Independence Day (17 Dec) stopped being holidays.
UNTIL_2021 = [(12, 1, "Day of the First President", False), (12, 17, "Independence Day", False)]
FROM_2022 = [(10, 25, "Republic Day", False)]
# Kurban ait (first day), as announced by the Spiritual Administration of Muslims of Kazakhstan.
# 2026 and 2027 are left out on purpose: the date depends on that year's announcement, add it then.
KURBAN_AIT = {2019: (8, 11), 2020: (7, 31), 2021: (7, 20), 2022: (7, 9), 2023: (6, 28),
              2024: (6, 16), 2025: (6, 6)}
YEARS = range(2019, 2028)


def holidays(year):
    """(date, name, religious) for one year, sorted by date."""
    items = list(FIXED) + (UNTIL_2021 if year <= 2021 else FROM_2022)
    days = [(datetime.date(year, m, d), name, rel) for m, d, name, rel in items]
    if year in KURBAN_AIT:
        m, d = KURBAN_AIT[year]
        days.append((datetime.date(year, m, d), "Kurban ait", True))
    return sorted(days)


def substitutes(year_days):
    """Days off moved from non-religious holidays that fall on Saturday or Sunday.

    Each such holiday moves the day off to the next working day after the holiday (skipping
    weekends, other holidays and days already taken by an earlier move). One-off government
    decrees that swap working days are not in this calendar: add them to a plan's `days.except`.
    """
    taken = {d for d, _, _ in year_days}
    moved = []
    for day, name, religious in year_days:
        if religious or day.weekday() < 5:
            continue
        candidate = day + datetime.timedelta(days=1)
        while candidate.weekday() >= 5 or candidate in taken:
            candidate += datetime.timedelta(days=1)
        taken.add(candidate)
        moved.append((candidate, f"Day off moved from {name} ({day.isoformat()})"))
    return moved


def all_day(uid, day, summary, categories, days=1):
    end = day + datetime.timedelta(days=days)
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{icstext.DTSTAMP}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        "SUMMARY:" + icstext.escape(summary),
        "CATEGORIES:" + categories,
        "END:VEVENT",
    ]


def kz_holidays():
    body = []
    for year in YEARS:
        year_days = holidays(year)
        for day, name, _ in year_days:
            body += all_day(f"kz-holiday-{day:%Y%m%d}@forumplanner.example", day, name, "HOLIDAY")
        for day, name in substitutes(year_days):
            body += all_day(f"kz-day-off-{day:%Y%m%d}@forumplanner.example", day, name, "DAY-OFF")
    return icstext.calendar("Kazakhstan public holidays 2019-2027", body)


def event(uid, start, end, summary, tz="Asia/Almaty", extra=()):
    """A timed VEVENT; `start`/`end` are 'YYYYMMDDTHHMMSS' (local in `tz`) or end in 'Z' (UTC)."""
    if start.endswith("Z"):
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
    else:
        times = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
    return (["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{icstext.DTSTAMP}"] + times
            + ["SUMMARY:" + icstext.escape(summary)] + list(extra) + ["END:VEVENT"])


def zholdasbaeva():
    """Sapura Zholdasbaeva (Taraz forum, 14-15 Nov 2019): TZID times, RRULE + EXDATE."""
    body = []
    body += event("zholdasbaeva-level-course@cope-taraz.example", "20190905T140000",
                  "20190905T170000", "Level programme course for teachers, group 3",
                  extra=["RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20191219T090000Z",
                         "EXDATE;TZID=Asia/Almaty:20191107T140000",
                         "LOCATION:CoPE branch\\, Taraz"])
    body += all_day("zholdasbaeva-attestation-20191114@cope-taraz.example",
                    datetime.date(2019, 11, 14), "Attestation commission at the CoPE branch", "BUSY")
    body += event("zholdasbaeva-materials-20191115@cope-taraz.example", "20191115T090000",
                  "20191115T100000", "Reminder: print facilitation materials",
                  extra=["TRANSP:TRANSPARENT"])
    body += event("zholdasbaeva-webinar-20191115@cope-taraz.example", "20191115T140000",
                  "20191115T170000", "Webinar for Level programme graduates (moved to December)",
                  extra=["STATUS:CANCELLED", "SEQUENCE:1"])
    return icstext.calendar("Sapura Zholdasbaeva: busy", body, time_zones=["Asia/Almaty"])


def abisheva():
    """R.B. Abisheva (Taldykorgan, 21 Aug 2019): UTC times and a VFREEBUSY, as a free/busy export."""
    body = [
        "BEGIN:VFREEBUSY",
        "UID:abisheva-freebusy-201908@coe-taldykorgan.example",
        f"DTSTAMP:{icstext.DTSTAMP}",
        "DTSTART:20190819T000000Z",
        "DTEND:20190824T000000Z",
        "ORGANIZER:mailto:abisheva@example.kz",
        # 20 Aug 09:00-18:00 and 21 Aug 17:30-18:00 Almaty time (+06 in 2019).
        "FREEBUSY;FBTYPE=BUSY:20190820T030000Z/20190820T120000Z,20190821T113000Z/PT30M",
        "FREEBUSY;FBTYPE=FREE:20190821T030000Z/20190821T113000Z",
        "END:VFREEBUSY",
    ]
    body += all_day("abisheva-course-20190822@coe-taldykorgan.example", datetime.date(2019, 8, 22),
                    "Level programme course, Taldykorgan branch", "BUSY")
    body += event("abisheva-lunch-20190821@coe-taldykorgan.example", "20190821T070000Z",
                  "20190821T080000Z", "Lunch with the regional methodological centre (tentative)",
                  extra=["TRANSP:TRANSPARENT"])
    body += event("abisheva-staff-20190821@coe-taldykorgan.example", "20190821T030000Z",
                  "20190821T050000Z", "Branch staff meeting (cancelled: August conference)",
                  extra=["STATUS:CANCELLED"])
    return icstext.calendar("R.B. Abisheva: busy", body)


def abylkassymova():
    """Larisa Abylkassymova (Semey course, Jan-Apr 2021): weekly council, a business trip."""
    body = []
    body += event("abylkassymova-council@nis-semey.example", "20210111T150000", "20210111T170000",
                  "Administrative council", extra=[
                      "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20210531T090000Z",
                      "EXDATE;TZID=Asia/Almaty:20210125T150000,20210308T150000"])
    body += event("abylkassymova-parents@nis-semey.example", "20210120T170000", "20210120T190000",
                  "Meeting with the parents' council", extra=["RRULE:FREQ=MONTHLY;BYDAY=3WE;COUNT=3"])
    body += all_day("abylkassymova-trip-202102@nis-semey.example", datetime.date(2021, 2, 15),
                    "Business trip to Nur-Sultan: AEO NIS seminar for deputy directors", "BUSY", days=4)
    body += event("abylkassymova-open-lessons@nis-semey.example", "20210301T150000",
                  "20210301T190000", "Open lessons week: observe when possible",
                  extra=["TRANSP:TRANSPARENT"])
    body += event("abylkassymova-city-council@nis-semey.example", "20210203T150000",
                  "20210203T170000", "City methodological council", extra=["STATUS:CANCELLED"])
    return icstext.calendar("Larisa Abylkassymova: busy", body, time_zones=["Asia/Almaty"])


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "kz-holidays.ics": kz_holidays(),
        "zholdasbaeva-busy.ics": zholdasbaeva(),
        "abisheva-busy.ics": abisheva(),
        "abylkassymova-busy.ics": abylkassymova(),
    }
    for name, data in files.items():
        icstext.write(os.path.join(OUT, name), data)
        print(f"wrote calendars/{name} ({len(data)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
