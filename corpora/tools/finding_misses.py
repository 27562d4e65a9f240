#!/usr/bin/env python3
"""Lists the gold findings whose claims were all found but whose finding the report does not make
(or makes with another kind): the aligner's share of the missed findings.

usage: python3 corpora/tools/finding_misses.py [--reports DIR] [--reuse] [--only SUBSTR]
                                               [--no-folders] [--no-bilingual] [--quiet]
(run from the repository root, after `mvn -B -o -q -DskipTests package`)

For every corpora/<event>/<lang>/ with a gold.json, and every corpora/<event>/ with a
gold.bilingual.json (both languages in one comparison), it runs
`java -jar cli/target/claimdiff.jar compare --format json` (writing DIR/<event>[_<lang>].json;
--reuse reads reports already there) and maps gold claims to reported claims with the shared
scorer's `matches()` (/work/shared/tools/score.py, or $SCORE). A gold finding (not VARIANT or
DUPLICATE) counts as missed as `claimdiff eval` counts it: no reported finding of its kind and
claim family covers all its claims (an UPDATE also in the gold's time order). It is listed here
only when every one of its claims is matched by some reported claim.

For each such finding it prints the gold finding, the reported claims that matched its claims
(id, value, speaker), the findings holding them, and what the report did:
  no finding      none of the claims is in a finding of two articles (each alone, or UNIQUE)
  other kind      one finding holds them all, of another kind (X) ('+extra': with claims of
                  no gold claim of this finding)
  update order    an UPDATE holds them all, not in the gold's time order
  split           they are spread over two findings or more, none holding them all
  partial         some are in a finding, the others in none
and a guess at the cause (the table at the end counts them):
  slot: actor       COMMITMENT claims in different slots with different actors
  slot: commitment  COMMITMENT claims in different slots, same actor (the action/object key)
  slot: what        QUANTITY claims whose `what` differs
  slot: other       other value claims in different slots
  speech            QUOTE/STATEMENT claims not joined (speaker alias when speakers differ)
  update order      as above
  interval          one slot, another kind: the value comparison decided otherwise
  guard             one slot (all claims in it), no finding of them together
  background        a claim is in no finding at all (dropped before alignment: background,
                    a headline, a recalled date ...)
"""
import importlib.util, json, os, subprocess, sys, tempfile
from collections import Counter, defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCORE = os.environ.get('SCORE', '/work/shared/tools/score.py')
JAR = os.path.join(ROOT, 'cli', 'target', 'claimdiff.jar')


def load_scorer():
    spec = importlib.util.spec_from_file_location('score', SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def family(t):
    return 'SPEECH' if t in ('QUOTE', 'STATEMENT') else t


def report_for(inputs, out, reuse):
    if not (reuse and os.path.isfile(out)):
        with open(out, 'w', encoding='utf-8') as f:
            subprocess.run(['java', '-jar', JAR, 'compare', '--format', 'json', inputs], stdout=f,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
    return json.load(open(out, encoding='utf-8'))


def in_gold_order(gf, pf, pid, p2g):
    """Eval's rule: the first timeline entry of each gold claim comes no earlier than the last."""
    pos = {}
    for k, t in enumerate(pf.get('timeline', [])):
        for g in p2g.get(pid.get(t.get('claim')), ()):
            pos.setdefault(g, k)
    for cid in pf.get('claims', []):
        for g in p2g.get(pid.get(cid), ()):
            pos.setdefault(g, None)
    last = -1
    for c in gf['claims']:
        if c not in pos:
            return False
        if pos[c] is not None:
            if pos[c] < last:
                return False
            last = pos[c]
    return True


def short_value(p):
    v = p.get('value') or {}
    t = p.get('type')
    if t == 'QUANTITY':
        return '%s %s%s' % (v.get('amount'), v.get('what'), ' (expected)' if v.get('expected') else '')
    if t == 'COMMITMENT':
        return '%s | %s | due %s' % (v.get('actor'), v.get('action'), v.get('due'))
    if t == 'DURATION':
        return '%s min %s' % (v.get('minutes'), v.get('event'))
    if t == 'EVENT_DATE':
        return '%s %s' % (v.get('date'), v.get('event'))
    if t == 'LOCATION':
        return '%s' % v.get('place')
    if t == 'SOURCE_CITATION':
        return '%s' % v.get('source')
    return (p.get('text') or '')[:60]


def analyse(name, gold, rep, sc, out, quiet):
    names = sc.Names(gold.get('entities', {}))
    arts = set(gold['articles'])
    pred = [c for c in rep.get('claims', []) if c.get('article') in arts]
    g2p, p2g = {}, {}
    for g in gold['claims']:
        for i, p in enumerate(pred):
            if sc.matches(g, p, names):
                g2p.setdefault(g['id'], []).append(i)
                p2g.setdefault(i, set()).add(g['id'])
    pid = {p.get('id'): i for i, p in enumerate(pred)}
    fnd = rep.get('findings', [])
    holding = defaultdict(list)          # predicted claim index -> findings holding it
    for j, pf in enumerate(fnd):
        for cid in pf.get('claims', []):
            if cid in pid:
                holding[pid[cid]].append(j)
    rows = []
    for gf in gold['findings']:
        if gf['kind'] in ('VARIANT', 'DUPLICATE') or not gf.get('claims'):
            continue
        ok = False
        for pf in fnd:
            if pf.get('kind') != gf['kind'] or family(pf.get('type', '')) != family(gf['type']):
                continue
            covered = set()
            for cid in pf.get('claims', []):
                covered |= p2g.get(pid.get(cid), set())
            if set(gf['claims']) <= covered and (
                    gf['kind'] != 'UPDATE' or in_gold_order(gf, pf, pid, p2g)):
                ok = True
                break
        if ok or not all(c in g2p for c in gf['claims']):
            continue
        rows.append(classify(gf, g2p, p2g, pred, fnd, holding, pid))
    for gf, did, cause, detail in rows:
        if quiet:
            continue
        print('%s %s %s %s: %s' % (name, gf['id'], gf['kind'], gf['type'], gf.get('summary', '')[:100]),
              file=out)
        print('    did: %s   cause: %s' % (did, cause), file=out)
        for line in detail:
            print('      ' + line, file=out)
    return rows


def classify(gf, g2p, p2g, pred, fnd, holding, pid):
    gold_claims = gf['claims']
    matched = {c: g2p[c] for c in gold_claims}
    detail = []
    for c in gold_claims:
        for i in matched[c]:
            p = pred[i]
            js = ['%s %s%s' % (fnd[j]['id'], fnd[j]['kind'],
                               (' [' + fnd[j].get('slot', '') + ']') if fnd[j].get('slot') else '')
                  for j in holding.get(i, [])]
            detail.append('%-8s -> %s %s %s%s  in: %s' % (
                c, p['id'], p['type'], short_value(p),
                ('  by ' + str(p.get('speaker'))) if p.get('speaker') else '',
                ', '.join(js) or '-'))
    # findings of two articles or more that hold a claim of each gold claim
    def multi(j):
        return fnd[j]['kind'] != 'UNIQUE'
    per_claim = {c: {j for i in matched[c] for j in holding.get(i, []) if multi(j)} for c in gold_claims}
    all_in = set.intersection(*per_claim.values()) if per_claim else set()
    any_in = set().union(*per_claim.values())
    in_nothing = [c for c in gold_claims if not any(holding.get(i) for i in matched[c])]
    slots = {c: {fnd[j].get('slot') for i in matched[c] for j in holding.get(i, [])} for c in gold_claims}
    if all_in:
        kinds = sorted({fnd[j]['kind'] for j in all_in})
        if gf['kind'] in kinds and gf['kind'] == 'UPDATE':
            did = 'update order'
        else:
            extra = any(p2g.get(pid.get(cid), set()).isdisjoint(gold_claims)
                        for j in all_in for cid in fnd[j]['claims'])
            did = 'other kind (%s)%s' % ('/'.join(kinds), ' +extra' if extra else '')
    elif not any_in:
        did = 'no finding'
    elif all(per_claim[c] for c in gold_claims):
        did = 'split'
    else:
        did = 'partial'
    cause = cause_of(gf, did, matched, pred, slots, in_nothing)
    return gf, did, cause, detail


def slot_key(p):
    """An approximation of the aligner's slot key of a reported claim (Slot.of), for the table."""
    v = p.get('value') or {}
    t = p.get('type')
    if p.get('zone') == 'RELATED':
        return ('related',)
    if t == 'COMMITMENT':
        return (t, (v.get('actor') or '').lower(), v.get('action'))
    if t == 'QUANTITY':
        if v.get('unit') and v.get('unit') == v.get('what'):
            return ('bare', v.get('unit'))
        return (t, v.get('what'), bool(v.get('expected')))
    if t in ('DURATION', 'EVENT_DATE', 'LOCATION'):
        return (t, v.get('event'), bool(v.get('main')))
    return (t,)


def cause_of(gf, did, matched, pred, slots, in_nothing):
    if did == 'update order':
        return 'update order'
    t = gf['type']
    ps = [pred[i] for c in matched for i in matched[c]]
    if family(t) == 'SPEECH':
        speakers = {(p.get('speaker') or '') for p in ps}
        return 'speech: speaker alias' if len(speakers) > 1 else 'speech'
    keys = {c: {slot_key(pred[i]) for i in matched[c]} for c in matched}
    if any(k[0] == 'related' for ks in keys.values() for k in ks):
        return 'related zone'
    if any(all(k[0] == 'bare' for k in ks) for ks in keys.values()):
        return 'no slot: bare amount'
    if t in ('DURATION', 'EVENT_DATE', 'LOCATION'):
        if any(all(k[1] is None for k in ks) for ks in keys.values()):
            return 'no event'
        if any(all(not k[2] for k in ks) for ks in keys.values()):
            return 'passing value (not main)'
    common = set.intersection(*keys.values())
    if common:
        if did.startswith('other kind'):
            return 'interval'
        return 'guard (one slot)'
    if t == 'COMMITMENT':
        actors = [{k[1] for k in ks} for ks in keys.values()]
        if not set.intersection(*actors):
            return 'slot: actor'
        return 'slot: commitment object'
    if t == 'QUANTITY':
        whats = [{k[1] for k in ks} for ks in keys.values()]
        if not set.intersection(*whats):
            return 'slot: what'
        return 'slot: expected'
    return 'slot: event'


def main(argv):
    keep = argv[argv.index('--reports') + 1] if '--reports' in argv else tempfile.mkdtemp()
    only = argv[argv.index('--only') + 1] if '--only' in argv else ''
    reuse = '--reuse' in argv
    quiet = '--quiet' in argv
    os.makedirs(keep, exist_ok=True)
    sc = load_scorer()
    corpora = os.path.join(ROOT, 'corpora')
    runs = []
    for event in sorted(os.listdir(corpora)):
        d = os.path.join(corpora, event)
        if not os.path.isdir(d) or only not in event:
            continue
        if '--no-folders' not in argv:
            for lang in sorted(os.listdir(d)):
                g = os.path.join(d, lang, 'gold.json')
                if os.path.isfile(g):
                    runs.append(('folders', event + '/' + lang, g, os.path.join(d, lang) + '/',
                                 os.path.join(keep, event + '_' + lang + '.json')))
        g = os.path.join(d, 'gold.bilingual.json')
        if '--no-bilingual' not in argv and os.path.isfile(g):
            runs.append(('bilingual', event, g, d + '/', os.path.join(keep, event + '.json')))
    table = defaultdict(Counter)
    did_table = defaultdict(Counter)
    for scope, name, g, inputs, out in runs:
        gold = json.load(open(g, encoding='utf-8'))
        rep = report_for(inputs, out, reuse)
        for gf, did, cause, _ in analyse(name, gold, rep, sc, sys.stdout, quiet):
            table[scope][cause] += 1
            did_table[scope][did.split(' (')[0]] += 1
    for scope in ('folders', 'bilingual'):
        if scope not in table:
            continue
        print('== %s: %d findings with every claim found, not made' % (scope, sum(table[scope].values())))
        for cause, n in table[scope].most_common():
            print('   %-24s %4d' % (cause, n))
        print('   what the report did: ' + ', '.join('%s %d' % kv for kv in did_table[scope].most_common()))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
