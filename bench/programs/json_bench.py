# JSON: encode and decode a nested document (dicts, lists, strings with
# escapes and non-ASCII text, ints, floats, booleans, None) through the json
# module, with and without indentation and key sorting.  Own implementation.
import sys
import json


def make_doc(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.org" % i,
            "score": (i * 7919 % 1000) / 8.0,
            "active": i % 3 != 0,
            "tags": ["t%d" % (i % 5), "group-%d" % (i % 11), "caf\u00e9" if i % 7 == 0 else "plain"],
            "address": {"street": "%d Main St" % (i * 13 % 997), "city": "Z\u00fcrich" if i % 2 else "Oslo",
                        "zip": "%05d" % (i * 37 % 100000), "geo": [i * 0.25 - 3.5, -i * 0.125]},
            "note": None if i % 4 else 'quote " and \\ backslash\n\ttab',
            "history": [{"t": j, "v": j * i % 17} for j in range(i % 6)],
        })
    return {"version": 3, "generated": "2026-01-01T00:00:00Z", "users": users, "empty": {}, "nothing": []}


def main(reps):
    doc = make_doc(200)
    checksum = 0
    for r in range(reps):
        s1 = json.dumps(doc)
        s2 = json.dumps(doc, indent=2, sort_keys=True)
        s3 = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        back = json.loads(s1)
        back2 = json.loads(s2)
        back3 = json.loads(s3)
        if back != doc or back2 != doc or back3 != doc:
            raise RuntimeError("round trip failed")
        checksum = (checksum * 31 + len(s1) + 3 * len(s2) + 7 * len(s3) + len(back["users"])) % 1000000007
    print("json", reps, checksum, len(s1), len(s2), len(s3))
    print(s1[:160])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
