"""Reads a feed file with feedparser (Debian's python3-feedparser) as feed readers built on it
do, with its defaults (HTML sanitized): prints each entry's title and the HTML a reader shows,
its content if the entry has any, else its summary, as JSON."""
import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
entries = []
for entry in feed.entries:
    content = entry.get('content')
    entries.append({
        'title': entry.get('title', ''),
        'field': 'content' if content else 'summary',
        'html': content[0].value if content else entry.get('summary', ''),
    })
print(json.dumps(entries))
