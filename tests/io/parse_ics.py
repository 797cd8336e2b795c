#!/usr/bin/env python3
"""Reads an .ics file with Python's icalendar (Debian: python3-icalendar) the way a calendar client would and
prints what it understood as JSON, for tests/io/tst_icalendar.cpp. Exit 3 when icalendar is not installed."""
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(3)

data = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(data)
out = {
    'version': str(cal.get('version')),
    'prodid': str(cal.get('prodid')),
    'name': str(cal.get('x-wr-calname')),
    'errors': [str(e) for c in cal.walk() for e in getattr(c, 'errors', [])],
    'events': [],
}
for ev in cal.walk('VEVENT'):
    out['events'].append({
        'uid': str(ev.get('uid')),
        'sequence': int(ev.decoded('sequence')),
        'start': ev.decoded('dtstart').isoformat(),
        'end': ev.decoded('dtend').isoformat(),
        'summary': str(ev.get('summary')),
        'description': str(ev.get('description', '')),
        'alarms': [int(a.decoded('trigger').total_seconds()) for a in ev.walk('VALARM')],
        'alarm_actions': [str(a.get('action')) for a in ev.walk('VALARM')],
    })
print(json.dumps(out, ensure_ascii=False))
