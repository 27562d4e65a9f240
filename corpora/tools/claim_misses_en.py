#!/usr/bin/env python3
"""Sorts the missed gold COMMITMENT and STATEMENT claims of one language's corpus folders into kinds.

usage: python3 corpora/tools/claim_misses_en.py [--lang en] [--types COMMITMENT,STATEMENT]
                                               [--reports DIR] [--reuse] [--only SUBSTR]
                                               [--skip SUBSTR] [--quiet] [--precision]
(run from the repository root, after `mvn -B -o -q -DskipTests package`)

For every corpora/<event>/<lang>/ with a gold.json it runs `claimdiff compare --format json`
(DIR/<event>_<lang>.json; --reuse reads reports already there), reads the text claimdiff
reads from each article (corpora/tools/ArticleText.java, so gold spans index it), and matches
gold to reported claims with the shared scorer's `matches()` (/work/shared/tools/score.py, or
$SCORE). Each missed core gold claim of the types asked for is put in one kind:

  (a) none      no reported claim of the type overlaps the gold span
  (b) actor     a reported claim of the type overlaps the span, none with the gold actor/speaker
                (its actor/speaker is printed: null, or whom it named)
  (c) value     a claim with the gold actor/speaker overlaps the span, but the due/span or the
                content does not match
  (d) other-type  no claim of the type, but a claim of another type with the gold actor/speaker
                covers the span (a QUOTE where gold holds a STATEMENT, ...): often a convention

Kind (a) is sub-classified by the construction of the sentence (the first pattern of CONSTRUCTIONS
that matches the sentence around the span, in order; patterns are per language), and each
STATEMENT also by how its speaker is written in the sentence (named, pronoun, description, absent).
With --precision it also lists the reported claims of the types that match no gold claim, in the
folders whose gold marks the type exhaustive, with the construction of their sentence.
Kind (d) for annotation conventions beyond (d) is decided by reading the listed misses.
"""
import argparse, importlib.util, json, os, re, subprocess, sys
from collections import Counter, defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCORE = os.environ.get('SCORE', '/work/shared/tools/score.py')
JAR = os.path.join(ROOT, 'cli', 'target', 'claimdiff.jar')

# Constructions, tried in order on the sentence (lower-cased); the first that matches names it.
CONSTRUCTIONS = {
    'en': {
        'COMMITMENT': [
            ('repeat-pledge', r'\b(repeated|reiterated|renewed|restated)\b[^.]{0,30}\b(pledge|promise|commitment|offer)'),
            ('expected-to', r'\b(is|are|was|were|be)\s+expected\s+to\b'),
            ('due-to', r'\b(is|are|was|were)\s+due\s+to\b'),
            ('ordered-x-to', r'\b(ordered|instructed|directed|told|asked|urged)\s+[^.,]{1,60}?\bto\s+\w+'),
            ('quoted-we-will', r'["\u201c][^"\u201d]*\b(we|we\'ll|i)\b[^"\u201d]*\b(will|would|\'ll|are going to|plan to|intend to)\b'),
            ('pledge-verb', r'\b(pledged|promised|vowed|committed|undertook|offered|guaranteed|assured)\b'),
            ('agreed-to', r'\bagreed\s+to\b'),
            ('plan-scheduled', r'\b(plans?|planned|planning|scheduled|set|intends?|intended)\s+to\b'),
            ('passive-future', r'\b(will|would|to)\s+be\s+(\w+ed|\w+en|paid|held|made|sent|set|given|built|shut|cut|put|kept)\b'),
            ('is-to', r'\b(is|are|was|were)\s+to\s+\w+'),
            ('would-reported', r'\bwould\b'),
            ('will', r'\b(will|\'ll)\b'),
            ('other', r''),
        ],
        'STATEMENT': [
            ('according-to', r'\baccording\s+to\b'),
            ('stance-verb', r'\b(insisted|insists|warned|warns|denied|denies|acknowledged|acknowledges|stressed|stresses|noted|notes|added|adds|argued|argues|conceded|confirmed|confirms|admitted|maintained|claimed|reiterated|emphasi[sz]ed|underlined|signalled|signaled|indicated|described|called|conceded|cautioned|suggested|estimated|estimates|expected|believes|believed|hoped|complained|accused|rejected|dismissed|played down|welcomed|announced|announces|reported|recalled|explained|predicted|agreed|urged)\b'),
            ('told', r'\btold\b'),
            ('said', r'\b(said|says|say)\b'),
            ('statement-noun', r'\b(statement|communique|release|readout|briefing)\b'),
            ('other', r''),
        ],
    },
    'id': {
        'COMMITMENT': [('other', r'')],
        'STATEMENT': [('other', r'')],
    },
}
PRONOUNS = {'en': r'\b(he|she|they|it|his|her)\b', 'id': r'\b(ia|dia|-nya|beliau|pihaknya)\b'}
DESCRIPTION = {'en': r'\b(the|a|an|one|another)\s+([a-z]+\s+){0,3}(diplomat|minister|official|spokesman|spokeswoman|spokesperson|envoy|negotiator|president|chief|head|leader|governor|mayor|officer|commander|premier|secretary|director|coordinator|ambassador)\b',
               'id': r'\b(menteri|pejabat|diplomat|juru bicara)\b[^.]{0,40}\bitu\b'}


def load_scorer():
    spec = importlib.util.spec_from_file_location('score', SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def report_for(folder, out, reuse):
    if not (reuse and os.path.isfile(out)):
        with open(out, 'w', encoding='utf-8') as f:
            subprocess.run(['java', '-jar', JAR, 'compare', '--format', 'json', folder], stdout=f,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
    return json.load(open(out, encoding='utf-8'))


def article_texts(files, out, reuse):
    if not (reuse and os.path.isfile(out)):
        with open(out, 'w', encoding='utf-8') as f:
            subprocess.run(['java', '-cp', JAR, os.path.join(ROOT, 'corpora', 'tools', 'ArticleText.java')]
                           + files, stdout=f, stderr=subprocess.DEVNULL, cwd=ROOT)
    texts = {}
    for line in open(out, encoding='utf-8'):
        o = json.loads(line)
        texts[o['file']] = o.get('text') or ''
    return texts


def sentence(text, span):
    if not span or not text:
        return ''
    a, b = span
    s = max(text.rfind('. ', 0, a) + 2, text.rfind('\n', 0, a) + 1, 0)
    ends = [i for i in (text.find('. ', b), text.find('\n', b)) if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return text[s:e].strip()


def construction(lang, t, sent):
    low = sent.lower()
    for name, pat in CONSTRUCTIONS[lang].get(t, [('other', '')]):
        if not pat or re.search(pat, low):
            return name
    return 'other'


def speaker_form(lang, g, sent, names_aliases):
    low = sent.lower()
    for a in names_aliases:
        if len(a) > 2 and re.search(r'\b' + re.escape(a.lower()) + r'\b', low):
            return 'named'
    if re.search(DESCRIPTION[lang], low):
        return 'description'
    if re.search(PRONOUNS[lang], low):
        return 'pronoun'
    return 'absent'


def who(p):
    v = p.get('value') or {}
    return v.get('actor') if p.get('type') == 'COMMITMENT' else (p.get('speaker') or v.get('speaker'))


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('--lang', default='en')
    ap.add_argument('--types', default='COMMITMENT,STATEMENT')
    ap.add_argument('--reports', default='/tmp/claim-misses')
    ap.add_argument('--reuse', action='store_true')
    ap.add_argument('--only', default='')
    ap.add_argument('--skip', action='append', default=[])
    ap.add_argument('--quiet', action='store_true')
    ap.add_argument('--precision', action='store_true')
    a = ap.parse_args(argv)
    sc = load_scorer()
    types = a.types.split(',')
    os.makedirs(a.reports, exist_ok=True)
    corpora = os.path.join(ROOT, 'corpora')
    folders = []
    for ev in sorted(os.listdir(corpora)):
        f = os.path.join(corpora, ev, a.lang)
        if os.path.isfile(os.path.join(f, 'gold.json')) and a.only in ev and not any(s in ev for s in a.skip):
            folders.append((ev, f))
    files = []
    for ev, f in folders:
        gold = json.load(open(os.path.join(f, 'gold.json'), encoding='utf-8'))
        files += [os.path.join(f, art) for art in gold['articles']]
    texts = article_texts(files, os.path.join(a.reports, 'texts_%s.jsonl' % a.lang), a.reuse)
    kinds = Counter()
    sub = Counter()
    found = Counter()
    total = Counter()
    fp = Counter()
    fpcount = Counter()
    for ev, f in folders:
        gold = json.load(open(os.path.join(f, 'gold.json'), encoding='utf-8'))
        rep = report_for(f, os.path.join(a.reports, '%s_%s.json' % (ev, a.lang)), a.reuse)
        names = sc.Names(gold.get('entities', {}))
        arts = set(gold['articles'])
        pred = [c for c in rep.get('claims', []) if c.get('article') in arts]
        g2p, p2g = {}, {}
        for g in gold['claims']:
            for i, p in enumerate(pred):
                if sc.matches(g, p, names):
                    g2p.setdefault(g['id'], []).append(i)
                    p2g.setdefault(i, set()).add(g['id'])
        head = False
        for g in gold['claims']:
            t = g['type']
            if t not in types or not g.get('core', True):
                continue
            total[t] += 1
            if g['id'] in g2p:
                found[t] += 1
                continue
            text = texts.get(os.path.join(f, g['article']), '')
            sent = sentence(text, g.get('span'))
            gw = g.get('actor') if t == 'COMMITMENT' else g.get('speaker')
            over = [p for p in pred if p.get('article') == g['article'] and p.get('type') == t
                    and sc.span_overlap(g.get('span'), sc.pspan(p)) > 0]
            right = [p for p in over if names.same(gw, who(p) or '')]
            other = [p for p in pred if p.get('article') == g['article'] and p.get('type') != t
                     and sc.span_overlap(g.get('span'), sc.pspan(p)) >= 0.5 and names.same(gw, who(p) or '')]
            if right:
                kind = 'c value'
                detail = '; '.join('%s due=%s ov=%.2f' % (who(p), (p.get('value') or {}).get('due'),
                                                            sc.span_overlap(g.get('span'), sc.pspan(p))) for p in right[:2])
            elif over:
                kind = 'b actor'
                detail = '; '.join('%s [%s]' % (who(p), p.get('rule')) for p in over[:2])
            elif other:
                kind = 'd other-type'
                detail = ', '.join(sorted({p['type'] for p in other}))
            else:
                kind = 'a none'
                detail = ''
            kinds[(t, kind)] += 1
            cons = construction(a.lang, t, sent)
            if t == 'STATEMENT':
                aliases = [gw] + gold.get('entities', {}).get(gw, [])
                cons += '/' + speaker_form(a.lang, g, sent, aliases)
            if kind == 'a none':
                sub[(t, cons)] += 1
            if not a.quiet:
                if not head:
                    print('== %s/%s' % (ev, a.lang)); head = True
                print('  %-10s %-13s %-28s %s | %s | due=%s' % (t[:10], kind, cons, g['id'], gw, g.get('due')))
                print('      gold: %s' % g['evidence'][:160])
                if sent and sent != g['evidence']:
                    print('      sent: %s' % sent[:260].replace('\n', ' '))
                if detail:
                    print('      got:  %s' % detail)
        if a.precision:
            for i, p in enumerate(pred):
                t = p.get('type')
                if t in types and t in gold.get('exhaustive_types', []) and i not in p2g:
                    text = texts.get(os.path.join(f, p['article']), '')
                    sent = sentence(text, sc.pspan(p))
                    cons = construction(a.lang, t, sent)
                    fp[(t, cons)] += 1
                    fpcount[t] += 1
                    if not a.quiet:
                        if not head:
                            print('== %s/%s' % (ev, a.lang)); head = True
                        v = p.get('value') or {}
                        print('  EXTRA %-10s %-20s %s | %s | due=%s [%s]' % (t[:10], cons, who(p), v.get('action') or p.get('text', '')[:50], v.get('due'), p.get('rule')))
                        print('      sent: %s' % sent[:260].replace('\n', ' '))
    print('\n== summary (%s)' % a.lang)
    for t in types:
        print('%-11s found %d/%d' % (t, found[t], total[t]))
        for (tt, k), n in sorted(kinds.items()):
            if tt == t:
                print('   %-14s %3d' % (k, n))
        print('   (a) by construction:')
        for (tt, k), n in sorted(sub.items(), key=lambda x: -x[1]):
            if tt == t:
                print('      %-32s %3d' % (k, n))
        if a.precision:
            print('   extracted, no gold claim: %d' % fpcount[t])
            for (tt, k), n in sorted(fp.items(), key=lambda x: -x[1]):
                if tt == t:
                    print('      %-32s %3d' % (k, n))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
