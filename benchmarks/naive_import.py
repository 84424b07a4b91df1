#!/usr/bin/env python3
"""The baseline of issue 13 section 5: a naive import that only parses the interchange JSON
and inserts the score rows into a new SQLite file in one transaction. No checks, no
atomic write. Usage: naive_import.py IN.json OUT.sqlite"""
import json
import sqlite3
import sys

src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f:
    project = json.load(f)
db = sqlite3.connect(dst)
db.execute("CREATE TABLE score (decision TEXT, option TEXT, criterion TEXT, value REAL, rationale TEXT)")
with db:
    for d in project.get("decisions", []):
        db.executemany(
            "INSERT INTO score VALUES (?, ?, ?, ?, ?)",
            ((d["id"], s["option"], s["criterion"], s["value"], s.get("rationale", "")) for s in d.get("scores", [])),
        )
db.close()
