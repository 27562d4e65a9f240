#!/usr/bin/env python3
"""Writes gold.bilingual.json for the held-out event ktt-turki-yunani-thessaloniki-2026 only.

It imports /work/main/corpora/tools/bilingual_gold.py, points its ROOT at this folder's parent (/work/heldout),
adds this event's CHANGED and SPEECH entries to that module's tables while it runs, and builds this event alone.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bilingual_gold as bg  # noqa: E402

EVENT = 'ktt-turki-yunani-thessaloniki-2026'
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ktt-turki-yunani-thessaloniki-2026')
bg.ROOT = os.path.dirname(HERE)
bg.CHANGED[EVENT] = [('r.n4', 'an.n4', "'$10 billion in annual bilateral trade by 2030' became "
                                       "'15 miliar dolar AS pada 2030'")]
bg.SPEECH[EVENT] = [('r.q1', 'an.q1'), ('r.q2', 'an.q2'), ('r.q3', 'an.q3')]

gold = bg.build(EVENT)
with open(os.path.join(HERE, 'gold.bilingual.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write('\n')
x = [f for f in gold['findings'] if f.get('cross_language')]
print('%s: %d articles, %d claims, %d findings (%d cross-language), %d traps' % (
    EVENT, len(gold['articles']), len(gold['claims']), len(gold['findings']), len(x), len(gold['traps'])))
