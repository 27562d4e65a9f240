"""The claim constructors the corpora's gold generators (make_gold_*.py) share: one function per
claim type, each returning a claimdiff-gold/1 claim (spans are filled afterwards by fill_spans.py).

C(id, article, type, evidence, core, **fields) is the general one; the others fix the type and
name its fields: Q (QUOTE, speaker), S (STATEMENT, speaker), N (QUANTITY, amount, what), D
(DURATION, minutes, event), T (EVENT_DATE, event, date, weekday), L (LOCATION, place), K
(COMMITMENT, actor, action, recipient, due), A (SOURCE_CITATION, source).
"""


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
