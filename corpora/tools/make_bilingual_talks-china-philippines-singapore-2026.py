#!/usr/bin/env python3
"""Writes gold.bilingual.json for talks-china-philippines-singapore-2026 only, with /work/main's
corpora/tools/bilingual_gold.py (its ROOT pointed at this folder's parent) plus this event's entries:

    CHANGED: ('r.n3', 'a.n3', "'14 Chinese coast guard ships' became '41 kapal penjaga pantai China'")
    SPEECH:  ('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3')      ANTARA translating Reuters
             ('ap.q1', 'd.q1'), ('ap.q2', 'd.q3')                      detikNews rendering AP's quotations
    plus X8: DISCREPANCY ('en/p.q1', 'id/t.q1'), AFP's Liang quote given to Macaraig by Tribunnews (citing AFP)

usage: nice -n 19 python3 make_bilingual.py   (after make_gold.py and fill_spans.py)
"""
import json, os, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-china-philippines-singapore-2026')
EVENT = os.path.basename(HERE)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bilingual_gold  # noqa: E402

bilingual_gold.ROOT = os.path.dirname(HERE)
bilingual_gold.CHANGED[EVENT] = [
    ('r.n3', 'a.n3', "'14 Chinese coast guard ships' became '41 kapal penjaga pantai China'"),
]
bilingual_gold.SPEECH[EVENT] = [
    ('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3'),
    ('ap.q1', 'd.q1'), ('ap.q2', 'd.q3'),
]

gold = bilingual_gold.build(EVENT)
# one more cross-language finding: Tribunnews credits AFP, whose Liang quote it gives to Macaraig
n = sum(1 for f in gold['findings'] if f.get('cross_language'))
gold['findings'].append({'id': 'X%d' % (n + 1), 'kind': 'DISCREPANCY', 'type': 'QUOTE',
                         'claims': ['en/p.q1', 'id/t.q1'], 'cross_language': True,
                         'summary': "AFP gives 'The door to dialogue is open, but it has to be opened from both "
                                    "sides' to Liang; Tribunnews, citing AFP, gives 'Pintu dialog terbuka, tetapi "
                                    "harus dibuka dari kedua sisi' to Macaraig"})
with open(os.path.join(HERE, 'gold.bilingual.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write('\n')
x = [f for f in gold['findings'] if f.get('cross_language')]
print('%s: %d articles, %d claims, %d findings (%d cross-language)' % (
    EVENT, len(gold['articles']), len(gold['claims']), len(gold['findings']), len(x)))
