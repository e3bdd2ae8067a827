"""Small helpers shared by the calendar-writing scripts (python3 stdlib only).

They write iCalendar (RFC 5545) *input* files: trainers' busy calendars and the holiday calendar
that plan files reference. Lines end in CRLF and are folded at 75 octets; text values are escaped.
The VTIMEZONE blocks are fixed text taken from tzdata (2025b), so output does not depend on the
machine running the script.
"""

PRODID = "-//ForumPlanner//example calendars//EN"
DTSTAMP = "20250101T000000Z"  # fixed so that regenerating gives the same bytes

VTIMEZONES = {
    # Kazakhstan stopped daylight saving in 2004 and moved to +05 everywhere on 2024-03-01.
    "Asia/Almaty": [
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Almaty",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0600",
        "TZNAME:+06",
        "DTSTART:20041031T030000",
        "END:STANDARD",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0600",
        "TZOFFSETTO:+0500",
        "TZNAME:+05",
        "DTSTART:20240301T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Asia/Aqtau": [
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Aqtau",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0400",
        "TZOFFSETTO:+0500",
        "TZNAME:+05",
        "DTSTART:20040328T020000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
}


def escape(text):
    """Escapes a TEXT value (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    """Folds one content line at 75 octets without splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts, current, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74  # continuation lines start with one space
        current += b
    parts.append(current.decode("utf-8"))
    return [parts[0]] + [" " + p for p in parts[1:]]


def calendar(name, body, time_zones=(), method=None):
    """A whole VCALENDAR as bytes: `body` is a list of unfolded content lines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + PRODID, "CALSCALE:GREGORIAN"]
    if method:
        lines.append("METHOD:" + method)
    lines.append("X-WR-CALNAME:" + escape(name))
    for tz in time_zones:
        lines += VTIMEZONES[tz]
    lines += body
    lines.append("END:VCALENDAR")
    out = []
    for line in lines:
        out += fold(line)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def write(path, data):
    """Writes bytes, creating nothing else."""
    with open(path, "wb") as f:
        f.write(data)
