#!/usr/bin/env python3
"""Sorts the missed gold COMMITMENT claims of the corpus folders into kinds, and lists the
extracted COMMITMENT claims that match no gold claim (precision).

usage: python3 corpora/tools/commitment_misses.py [--lang id|en] [--reports DIR] [--reuse]
                                                  [--texts DIR] [--only SUBSTR] [--list] [--extra]
(run from the repository root, after `mvn -B -o -q -DskipTests package`)

For every corpora/<event>/<lang>/ with a gold.json it runs
`java -jar cli/target/claimdiff.jar compare --format json` (writing DIR/<event>_<lang>.json;
--reuse reads reports already there), reads the article texts claimdiff reads
(corpora/tools/ArticleText.java; kept as DIR/<event>_<lang>.txt, or in --texts DIR, and read
again from there when present, since the code under test does not change them) and joins each core gold COMMITMENT with the report by the
shared scorer's `matches()` (/work/shared/tools/score.py, or $SCORE). A missed one is:
  (a) none     no COMMITMENT claim of the article overlaps the gold span
  (b) actor    a COMMITMENT claim overlaps it, none with the gold actor (or an alias)
  (c) due/span a claim with the gold actor overlaps it, but the due differs and the spans
               overlap less than half of the gold span
(d) (annotation convention) is a reading, not a test: --list prints each miss with its
sentence so it can be judged by hand.
Kind (a) is sub-sorted by the construction of the gold's sentence (the first test that holds):
  berjanji       a word of promising (berjanji, janji, menjanjikan) in the evidence
  quoted kami    inside a quotation, with kami/kita (first person)
  quoted other   inside a quotation, without kami
  obligation     harus/wajib/diwajibkan/diminta in the evidence
  passive akan   `akan di-` (an agentless passive with akan) or `dijadwalkan`
  passive bare   a passive verb di- with no akan
  act, no akan   a verb of ensuring, ordering, preparing (memastikan, memerintahkan, menyiapkan,
                 menargetkan ...) without akan
  akan active    `akan` with an active verb
  ongoing        a length of an operation (selama N hari, diperpanjang, hingga)
  other
--extra lists the extracted COMMITMENT claims no gold claim (core or not) matches, by rule.
"""
import importlib.util, json, os, re, subprocess, sys
from collections import Counter, defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCORE = os.environ.get('SCORE', '/work/shared/tools/score.py')
JAR = os.path.join(ROOT, 'cli', 'target', 'claimdiff.jar')
TEXT_TOOL = os.path.join(ROOT, 'corpora', 'tools', 'ArticleText.java')


def load_scorer():
    spec = importlib.util.spec_from_file_location('score', SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def report_for(inputs, out, reuse):
    if not (reuse and os.path.isfile(out)):
        with open(out, 'w', encoding='utf-8') as f:
            subprocess.run(['java', '-jar', JAR, 'compare', '--format', 'json', inputs], stdout=f,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
    return json.load(open(out, encoding='utf-8'))


def texts_for(folder, names, out, reuse):
    if not os.path.isfile(out):
        files = [os.path.join(folder, n) for n in names]
        res = subprocess.run(['java', '-cp', JAR, TEXT_TOOL] + files, capture_output=True,
                             text=True, cwd=ROOT)
        with open(out, 'w', encoding='utf-8') as f:
            f.write(res.stdout)
    texts = {}
    for line in open(out, encoding='utf-8'):
        line = line.strip()
        if line:
            o = json.loads(line)
            texts[os.path.basename(o['file'])] = o.get('text') or ''
    return texts


QUOTES = '"\u201c\u201d'


def inside_quote(text, start):
    """True when an odd number of quotation marks stands between the paragraph's start and start."""
    para = text.rfind('\n', 0, start) + 1
    return sum(1 for ch in text[para:start] if ch in QUOTES) % 2 == 1


def sentence_of(text, span):
    s, e = span
    a = max(text.rfind('. ', 0, s), text.rfind('\n', 0, s)) + 1
    b = [x for x in (text.find('. ', e), text.find('\n', e)) if x >= 0]
    b = min(b) + 1 if b else len(text)
    return text[a:b].strip()


ACTS = re.compile(r'\b(memastikan|menjamin|memerintahkan|menginstruksikan|menyiapkan|'
                  r'menyediakan|menargetkan|mengupayakan|mengerahkan|menyiagakan|menugaskan|'
                  r'meminta|mendirikan|membangun|menyalurkan|mengirim\w*|menanggung|membayar|'
                  r'memberikan|menyerahkan|mengalokasikan|menggratiskan|membebaskan)\b')


def construction(ev, sent, quoted):
    e = ev.lower()
    if re.search(r'\b(berjanji|janji|menjanjikan|dijanjikan)\b', e):
        return 'berjanji'
    if quoted and re.search(r'\b(kami|kita)\b', e):
        return 'quoted kami'
    if quoted:
        return 'quoted other'
    if re.search(r'\b(harus|wajib|diwajibkan|diminta|diharuskan)\b', e):
        return 'obligation'
    if re.search(r'\bakan di\w+|\bdijadwalkan\b', e):
        return 'passive akan'
    if re.search(r'\b(selama \S+ (hari|pekan|minggu|bulan)|diperpanjang|hingga)\b', e) and \
            not re.search(r'\bakan\b', e):
        return 'ongoing'
    if ACTS.search(e) and not re.search(r'\bakan\b', e):
        return 'act, no akan'
    if re.search(r'\bakan\b', e):
        return 'akan active'
    if re.search(r'\bdi[a-z]{4,}\b', e):
        return 'passive bare'
    return 'other'


def short(p):
    v = p.get('value') or {}
    return '%s | %s | due %s' % (v.get('actor'), v.get('action'), v.get('due'))


def main(argv):
    lang = argv[argv.index('--lang') + 1] if '--lang' in argv else 'id'
    rdir = argv[argv.index('--reports') + 1] if '--reports' in argv else '/tmp/commitment-misses'
    only = argv[argv.index('--only') + 1] if '--only' in argv else None
    tdir = argv[argv.index('--texts') + 1] if '--texts' in argv else rdir
    reuse, listing, extra = '--reuse' in argv, '--list' in argv, '--extra' in argv
    os.makedirs(rdir, exist_ok=True)
    sc = load_scorer()
    corp = os.path.join(ROOT, 'corpora')
    kinds, sub, extras = Counter(), Counter(), Counter()
    found = total = 0
    rows, extra_rows = [], []
    for ev in sorted(os.listdir(corp)):
        folder = os.path.join(corp, ev, lang)
        gpath = os.path.join(folder, 'gold.json')
        if not os.path.isfile(gpath) or (only and only not in ev):
            continue
        gold = json.load(open(gpath, encoding='utf-8'))
        if 'COMMITMENT' not in gold.get('claim_types', []):
            continue
        rep = report_for(folder, os.path.join(rdir, '%s_%s.json' % (ev, lang)), reuse)
        texts = texts_for(folder, gold['articles'], os.path.join(tdir, '%s_%s.txt' % (ev, lang)),
                          reuse)
        names = sc.Names(gold.get('entities', {}))
        pred = [c for c in rep.get('claims', []) if c.get('article') in set(gold['articles'])]
        coms = [p for p in pred if p.get('type') == 'COMMITMENT']
        gcom = [g for g in gold['claims'] if g['type'] == 'COMMITMENT']
        for p in coms:
            if not any(sc.matches(g, p, names) for g in gcom):
                extras[p.get('rule')] += 1
                extra_rows.append((ev, p))
        for g in gcom:
            if not g.get('core', True):
                continue
            total += 1
            if any(sc.matches(g, p, names) for p in coms):
                found += 1
                continue
            text = texts.get(g['article'], '')
            span = g.get('span') or [0, 0]
            over = [p for p in coms if p.get('article') == g['article']
                    and sc.span_overlap(span, sc.pspan(p)) > 0]
            same = [p for p in over if names.same(g['actor'], (p.get('value') or {}).get('actor') or '')]
            if not over:
                kind = '(a) none'
            elif not same:
                kind = '(b) actor'
            else:
                kind = '(c) due/span'
            quoted = inside_quote(text, span[0]) if text else False
            c = construction(g['evidence'], sentence_of(text, span) if text else '', quoted)
            kinds[kind] += 1
            if kind == '(a) none':
                sub[c] += 1
            rows.append((ev, g, kind, c, over, sentence_of(text, span) if text else g['evidence']))
    if listing:
        for ev, g, kind, c, over, sent in rows:
            print('%s %s %s [%s] actor=%s due=%s' % (ev, g['id'], kind, c, g['actor'], g.get('due')))
            print('    gold: %s' % g['evidence'])
            print('    sent: %s' % sent[:300])
            for p in over:
                print('    got:  %s  (%s)' % (short(p), p.get('rule')))
    if extra:
        for ev, p in extra_rows:
            print('extra %s %s %s  (%s)  %s' % (ev, p.get('article', '')[:12], short(p), p.get('rule'),
                                              (p.get('evidence') or '')[:120]))
    print('COMMITMENT (%s): found %d/%d' % (lang, found, total))
    for k in ('(a) none', '(b) actor', '(c) due/span'):
        print('  %-14s %d' % (k, kinds[k]))
        if k == '(a) none':
            for c, n in sub.most_common():
                print('      %-14s %d' % (c, n))
    print('extracted, no gold: %d' % sum(extras.values()))
    for r, n in extras.most_common():
        print('  %-50s %d' % (r, n))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
