#!/usr/bin/env python3
"""Writes gold.bilingual.json for desak-desakan-festival-makassar-2026 only, with
/work/main/corpora/tools/bilingual_gold.py (its ROOT pointed at this folder's parent, this event's
CHANGED and SPEECH entries added).

usage: nice -n 19 python3 make_bilingual.py   (after make_gold.py and fill_spans.py)
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bilingual_gold as bg

EVENT = 'desak-desakan-festival-makassar-2026'
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'desak-desakan-festival-makassar-2026')
bg.ROOT = os.path.dirname(HERE)
bg.CHANGED[EVENT] = [('d1.1', 'd4.1', "'trapped for about 20 minutes' became 'terjepit selama sekitar 40 menit'")]
bg.SPEECH[EVENT] = [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')]

gold = bg.build(EVENT)
with open(os.path.join(HERE, 'gold.bilingual.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write('\n')
x = [f for f in gold['findings'] if f.get('cross_language')]
print('%s: %d articles, %d claims, %d findings (%d cross-language), %d traps' % (
    EVENT, len(gold['articles']), len(gold['claims']), len(gold['findings']), len(x), len(gold.get('traps', []))))
