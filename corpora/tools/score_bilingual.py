#!/usr/bin/env python3
"""Scores claimdiff on both languages of each event at once: for every corpora/<event>/ with a
gold.bilingual.json, runs `./claimdiff compare --format json corpora/<event>/` and the shared
scorer (/work/shared/tools/score.py, or the path in $SCORE), and prints one line per event and the
totals, with the cross-language findings (ids X…) reproduced by kind.

usage: python3 corpora/tools/score_bilingual.py [--keep DIR]   (run from the repository root)
--keep DIR writes each event's report to DIR/<event>.json.
"""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
SCORE = os.environ.get('SCORE', '/work/shared/tools/score.py')


def main(argv):
    keep = argv[argv.index('--keep') + 1] if '--keep' in argv else tempfile.mkdtemp()
    os.makedirs(keep, exist_ok=True)
    corpora = os.path.join(ROOT, 'corpora')
    total = {'found': 0, 'gold': 0, 'false': 0}
    cross = {}
    print('%-40s %9s %6s  %s' % ('event', 'findings', 'false', 'cross-language (X…) reproduced'))
    for event in sorted(os.listdir(corpora)):
        gold = os.path.join(corpora, event, 'gold.bilingual.json')
        if not os.path.isfile(gold):
            continue
        report = os.path.join(keep, event + '.json')
        with open(report, 'w', encoding='utf-8') as out:
            subprocess.run([os.path.join(ROOT, 'claimdiff'), 'compare', '--format', 'json',
                            os.path.join(corpora, event) + '/'], stdout=out,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
        scored = subprocess.run([sys.executable, SCORE, gold, report], capture_output=True,
                                text=True).stdout
        kinds = {f['id']: f['kind'] for f in json.load(open(gold, encoding='utf-8'))['findings']
                 if f.get('cross_language')}
        mine = {}
        for line in scored.splitlines():
            m = re.match(r'^(X\d+)\s+(\w+)\s+(ok|--)', line)
            if m and m.group(1) in kinds:
                k = mine.setdefault(m.group(2), [0, 0])
                k[0] += m.group(3) == 'ok'
                k[1] += 1
        for kind, (ok, n) in mine.items():
            c = cross.setdefault(kind, [0, 0])
            c[0] += ok
            c[1] += n
        m = re.search(r'findings=(\d+)/(\d+) false_alarms=(\d+)', scored)
        if not m:
            print('%-40s could not be scored: %s' % (event, scored.strip()[-200:]))
            continue
        found, n, false = int(m.group(1)), int(m.group(2)), int(m.group(3))
        total['found'] += found
        total['gold'] += n
        total['false'] += false
        print('%-40s %9s %6d  %s' % (event, '%d/%d' % (found, n), false,
                                    ' '.join('%s %d/%d' % (k, *v) for k, v in sorted(mine.items()))))
    print('%-40s %9s %6d  %s' % ('all', '%d/%d' % (total['found'], total['gold']), total['false'],
                                ' '.join('%s %d/%d' % (k, *v) for k, v in sorted(cross.items()))))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
