"""Peer resolver: python3-dateparser (Debian) finds and resolves dates in each document, anchored at its creation time.

Usage: /usr/bin/python3 dateparser_peer.py cases.jsonl > dateparser.jsonl   (timing on stderr as JSON)
search_dates() gives the words and a datetime; the precision (day, week, month, year) comes from get_date_data()
on the same words, so that "March 1998" is written 1998-03 and not a made-up day.
"""
import datetime
import json
import sys
import time

import warnings

import dateparser
from dateparser.date import DateDataParser
from dateparser.search import search_dates


warnings.filterwarnings("ignore")  # pytz deprecation notices from dateparser itself


def anchor(dct):
    try:
        return datetime.datetime(int(dct[0:4]), int(dct[5:7]), int(dct[8:10]), 12)
    except (TypeError, ValueError):
        return datetime.datetime(2000, 1, 1, 12)


def value(words, when, settings, parser):
    period = None
    try:
        data = parser.get_date_data(words)
        period = data.period if data and data.date_obj else None
    except Exception:  # dateparser raises on some inputs search_dates accepted
        period = None
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso = when.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if period == "time":
        return f"{when.year:04d}-{when.month:02d}-{when.day:02d}T{when.hour:02d}:{when.minute:02d}"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"


def main(path):
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    out, expressions = [], 0
    started = time.perf_counter()
    for doc in docs:
        settings = {"RELATIVE_BASE": anchor(doc["dct"]), "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        parser = DateDataParser(languages=["en"], settings=settings)
        found = search_dates(doc["text"], languages=["en"], settings=settings) or []
        mentions, cursor = [], 0
        for words, when in found:
            start = doc["text"].find(words, cursor)
            if start < 0:
                continue
            cursor = start + len(words)
            mentions.append({"start": start, "end": cursor, "value": value(words, when, settings, parser)})
        expressions += len(mentions)
        out.append({"id": doc["id"], "mentions": mentions})
    seconds = time.perf_counter() - started
    for o in out:
        print(json.dumps(o, ensure_ascii=False))
    print(json.dumps({"peer": "dateparser", "version": dateparser.__version__, "documents": len(docs), "expressions": expressions,
                      "seconds": seconds, "docsPerSecond": len(docs) / seconds, "expressionsPerSecond": expressions / seconds}),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
