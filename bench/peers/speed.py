"""Prints the best of several timing lines (JSON, as the peer scripts write them on stderr).

Usage: python3 speed.py chrono.time dateparser.time
"""
import json
import sys

for path in sys.argv[1:]:
    runs = [json.loads(line) for line in open(path, encoding="utf-8") if line.startswith("{")]
    best = min(runs, key=lambda r: r["seconds"])
    print(f"  {best['peer']} {best['version']}: {best['documents']} documents in {best['seconds'] * 1000:.0f} ms"
          f" = {best['docsPerSecond']:.0f} docs/s, {best['expressionsPerSecond']:.0f} expressions/s (best of {len(runs)})")
