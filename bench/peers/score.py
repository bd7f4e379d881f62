"""Scores predictions against TimeML gold with the TempEval-3 task A measures, as `dossier eval dates` does.

Usage: python3 score.py cases.jsonl NAME=predictions.jsonl [NAME=predictions.jsonl ...]
Strict: exact span; relaxed: overlap (one gold to one found); value accuracy: relaxed matches with the gold value.
"DATE/TIME only" repeats the scores on gold DATE and TIME expressions, the only kinds the peers resolve.
"""
import json
import sys


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(cases, predictions, kinds=None):
    st = rt = found_total = gold_total = value_ok = 0
    for doc in cases:
        gold = [g for g in doc["gold"] if kinds is None or g["type"] in kinds]
        found = predictions.get(doc["id"], [])
        if kinds is not None:
            # Only found expressions that overlap an expression of the kinds scored, or none at all, count.
            other = [g for g in doc["gold"] if g["type"] not in kinds]
            found = [f for f in found if not any(f["start"] < o["end"] and o["start"] < f["end"] for o in other)]
        used = [False] * len(found)
        st += sum(1 for g in gold if any(f["start"] == g["start"] and f["end"] == g["end"] for f in found))
        for g in gold:
            index = next((i for i, f in enumerate(found) if not used[i] and f["start"] == g["start"] and f["end"] == g["end"]), -1)
            if index < 0:
                index = next((i for i, f in enumerate(found) if not used[i] and f["start"] < g["end"] and g["start"] < f["end"]), -1)
            if index < 0:
                continue
            used[index] = True
            rt += 1
            if found[index].get("value") == g["value"]:
                value_ok += 1
        found_total += len(found)
        gold_total += len(gold)
    strict = prf(st, found_total - st, gold_total - st)
    relaxed = prf(rt, found_total - rt, gold_total - rt)
    accuracy = value_ok / rt if rt else 0.0
    value_f1 = prf(value_ok, found_total - value_ok, gold_total - value_ok)[2]
    return strict, relaxed, accuracy, value_f1


def main(args):
    cases = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    parts = sorted({c["part"] for c in cases})
    print(f"{'system':<12} {'part':<10} {'kinds':<10} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} {'relaxed F1':>10} {'value acc':>9} {'value F1':>8}")
    for arg in args[1:]:
        name, path = arg.split("=", 1)
        predictions = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                predictions[o["id"]] = o["mentions"]
        for part in parts + ["all"]:
            subset = [c for c in cases if part == "all" or c["part"] == part]
            for kinds_name, kinds in (("all", None), ("DATE/TIME", {"DATE", "TIME"})):
                s, r, a, v = score(subset, predictions, kinds)
                print(f"{name:<12} {part:<10} {kinds_name:<10} {s[2]:9.3f} {r[0]:9.3f} {r[1]:9.3f} {r[2]:10.3f} {a:9.3f} {v:8.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
