"""Reads TimeML (.tml) files into plain documents for the peer date resolvers.

Usage: python3 timeml.py DIR > cases.jsonl
Each line: {"id", "part", "dct", "text", "gold": [{"start", "end", "type", "value"}]}; offsets are code points of "text".
The cases are written to a scratch file, never into the repository (TimeBank text is licensed for research only).
"""
import html
import json
import os
import re
import sys

TAG = re.compile(r"<(/)?([A-Za-z0-9_]+)([^>]*?)/?>")


def attribute(attrs, name):
    m = re.search(name + r'="([^"]*)"', attrs)
    return m.group(1) if m else None


def read(path, part):
    xml = open(path, encoding="utf-8").read()
    start, end = xml.index("<TEXT>") + len("<TEXT>"), xml.index("</TEXT>")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", xml)
    docid = re.search(r"<DOCID>([^<]*)</DOCID>", xml)
    body = xml[start:end]
    text, gold, opened, last = [], [], None, 0
    length = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[last:m.start()])
        text.append(chunk)
        length += len(chunk)
        last = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if opened is not None:
                gold.append({"start": opened[0], "end": length, "type": attribute(opened[1], "type") or "DATE",
                             "value": attribute(opened[1], "value") or ""})
            opened = None
        else:
            opened = (length, m.group(3))
    text.append(html.unescape(body[last:]))
    return {"id": docid.group(1).strip() if docid else os.path.basename(path), "part": part,
            "dct": attribute(dct.group(1), "value") if dct else None, "text": "".join(text), "gold": gold}


def main(root):
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".tml"):
                rel = os.path.relpath(dirpath, root)
                print(json.dumps(read(os.path.join(dirpath, name), rel.split(os.sep)[0] if rel != "." else "."), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
