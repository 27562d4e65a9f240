#!/usr/bin/env python3
"""Writes gold.bilingual.json for gempa-sumbawa-ntb-2026 with /work/main/corpora/tools/bilingual_gold.py
(ROOT pointed at this folder's parent; this event's CHANGED and SPEECH entries added here).

usage: python3 make_bilingual.py
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bilingual_gold as bg

EVENT = 'gempa-sumbawa-ntb-2026'
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gempa-sumbawa-ntb-2026')
bg.ROOT = os.path.dirname(HERE)
bg.CHANGED[EVENT] = [('n1.14', 'n4.14', "strongest aftershock 'magnitude 5.1' became 'bermagnitudo 5,4'")]
bg.SPEECH[EVENT] = [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')]

if __name__ == '__main__':
    gold = bg.build(EVENT)
    with open(os.path.join(HERE, 'gold.bilingual.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')
    x = [f for f in gold['findings'] if f.get('cross_language')]
    print('%s: %d articles, %d claims, %d findings (%d cross-language), %d traps' % (
        EVENT, len(gold['articles']), len(gold['claims']), len(gold['findings']), len(x), len(gold['traps'])))
