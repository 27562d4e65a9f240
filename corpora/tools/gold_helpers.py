"""The claim constructors the corpora's gold generators (make_gold_*.py) share: one function per
claim type, each returning a claimdiff-gold/1 claim (spans are filled afterwards by fill_spans.py).

C(id, article, type, evidence, core, **fields) is the general one; the others fix the type and
name its fields: Q (QUOTE, speaker), S (STATEMENT, speaker), N (QUANTITY, amount, what), D
(DURATION, minutes, event), T (EVENT_DATE, event, date, weekday), L (LOCATION, place), K
(COMMITMENT, actor, action, recipient, due), A (SOURCE_CITATION, source). gold_file builds one
language's gold file and write_gold writes it.
"""
import json
import os


def C(cid, art, typ, ev, core, **kw):
    c = {"id": cid, "article": art, "type": typ, "evidence": ev, "core": core}
    c.update(kw)
    return c


def Q(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "QUOTE", ev, core, speaker=speaker, **kw)


def S(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "STATEMENT", ev, core, speaker=speaker, **kw)


def N(cid, art, ev, amount, what, core=True, **kw):
    c = C(cid, art, "QUANTITY", ev, core)
    if amount is not None:
        c["amount"] = amount
    c["what"] = what
    c.update(kw)
    return c


def D(cid, art, ev, minutes, event, core=True, **kw):
    return C(cid, art, "DURATION", ev, core, minutes=minutes, event=event, **kw)


def T(cid, art, ev, event, date, weekday, core=True, **kw):
    return C(cid, art, "EVENT_DATE", ev, core, event=event, date=date, weekday=weekday, **kw)


def L(cid, art, ev, place, core=True, **kw):
    return C(cid, art, "LOCATION", ev, core, place=place, **kw)


def K(cid, art, ev, actor, action, recipient, due, core=True, **kw):
    return C(cid, art, "COMMITMENT", ev, core, actor=actor, action=action, recipient=recipient, due=due, **kw)


def A(cid, art, ev, source, core=True, **kw):
    return C(cid, art, "SOURCE_CITATION", ev, core, source=source, **kw)


def check_ids(claims, findings, traps):
    """Asserts that claim ids are unique and that every finding and trap names existing claims."""
    ids = [c["id"] for c in claims]
    dup = sorted({x for x in ids if ids.count(x) > 1})
    assert not dup, dup
    known = set(ids)
    for f in findings:
        for x in f.get("claims", []):
            assert x in known, (f["id"], x)
    for t in traps:
        for x in t["claims"]:
            assert x in known, (t["why"][:40], x)


def gold_file(event, types, exhaustive, entities, articles, claims, findings, traps):
    """A claimdiff-gold/1 file's content, after check_ids."""
    check_ids(claims, findings, traps)
    return {"schema": "claimdiff-gold/1", "event": event, "claim_types": types,
            "exhaustive_types": exhaustive, "entities": entities, "articles": articles, "claims": claims,
            "findings": findings, "traps": traps}


def write_gold(here, event, types, exhaustive, lang, articles, claims, findings, traps, entities):
    """Writes here/lang/gold.json (keeping the spans already filled for unchanged evidence) after
    checking that claim ids are unique and that findings and traps name existing claims."""
    gold = {"schema": "claimdiff-gold/1", "event": event, "claim_types": types, "exhaustive_types": exhaustive,
            "entities": entities, "articles": articles, "claims": claims, "findings": findings, "traps": traps}
    path = os.path.join(here, lang, "gold.json")
    old = {}
    if os.path.exists(path):  # keep spans already filled for unchanged evidence
        try:
            for c in json.load(open(path, encoding="utf-8"))["claims"]:
                if "span" in c:
                    old[(c["id"], c["article"], c["evidence"], c.get("occurrence"))] = c["span"]
        except (ValueError, KeyError):
            pass
    for c in claims:
        s = old.get((c["id"], c["article"], c["evidence"], c.get("occurrence")))
        if s:
            c["span"] = s
    check_ids(claims, findings, traps)
    for c in claims:
        assert c["article"] in articles, c["id"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
        lang, len(articles), len(claims), sum(c["core"] for c in claims), len(findings), len(traps)))
