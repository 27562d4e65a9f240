#!/usr/bin/env python3
"""Scores the peer comparison of issue 13 (run by bench/peer; see docs/performance.md).

usage: peer_score.py WORK_DIR [--doc docs/performance.md] [--summary docs/claims.md]

WORK_DIR holds what bench/peer wrote: corenlp-quotes.json, claimdiff-speed.json, corenlp-ner.json,
corenlp-sutime.json (from dev.claimdiff.bench.Peer) and claimdiff-<event>.json (the report of
`claimdiff compare --format json corpora/<event>/en/`). The gold is every corpora/*/en/gold.json.

Matching follows /work/shared/tools/score.py: a system quote finds a gold quote of the same
article when their spans overlap by >= 60 % of the gold span, or when >= 60 % of the gold
evidence's words are in the system's quoted text; its speaker is right when it names the gold
speaker (or the gold `also_speaker`) by any spelling the gold `entities` list for it, as
score.py's `Names` decides. CoreNLP's speaker is its canonical speaker (the coref chain's
representative mention) when it has one that is not a pronoun, else its speaker mention; the
table also counts a CoreNLP speaker right when either field names the gold speaker.

Prints the side-by-side table, writes details to WORK_DIR/details.txt and, with --doc, replaces
the part of the document between <!-- PEER --> and <!-- /PEER -->; with --summary, the short
table between <!-- PEER-SUMMARY --> and <!-- /PEER-SUMMARY -->.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize('NFKC', s or '').lower()
    return re.sub(r'[^\w]+', ' ', s).strip()


def toks(s):
    return norm(s).split()


def containment(gold_text, pred_text):
    g, p = toks(gold_text), set(toks(pred_text))
    return sum(1 for t in g if t in p) / max(1, len(g))


def overlap(gs, ps):
    """Share of the gold span [start, end) that the predicted span covers."""
    if not gs or not ps:
        return 0.0
    a, b = max(gs[0], ps[0]), min(gs[1], ps[1])
    return max(0, b - a) / max(1, gs[1] - gs[0])


def touches(gs, ps):
    return bool(gs and ps) and max(gs[0], ps[0]) < min(gs[1], ps[1])


class Names:
    """score.py's speaker matcher: spellings from the gold `entities` map to canonical names."""

    def __init__(self, entities):
        self.alias = {}
        for canon, al in entities.items():
            for a in [canon] + al:
                self.alias.setdefault(norm(a), set()).add(canon)

    def canon(self, s):
        n = norm(s)
        if n in self.alias:
            return self.alias[n]
        out = set()
        for a, cs in self.alias.items():
            if len(a) > 3 and re.search(r'\b' + re.escape(a) + r'\b', n):
                out |= cs
        return out

    def same(self, gold, pred):
        return bool(pred) and (gold in self.canon(pred) or norm(gold) == norm(pred))


def load_gold(root):
    events = []
    for path in sorted(glob.glob(os.path.join(root, 'corpora', '*', 'en', 'gold.json'))):
        gold = json.load(open(path, encoding='utf-8'))
        folder = os.path.relpath(os.path.dirname(path), root)
        events.append((folder, gold, Names(gold.get('entities', {}))))
    return events


def event_of(folder):
    return folder.split('/')[1]


# ---------------------------------------------------------------- quotes

PRONOUNS = {'he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'i', 'me', 'my',
            'we', 'us', 'our', 'you', 'your', 'it', 'its', 'himself', 'herself'}



def corenlp_speaker(q):
    """CoreNLP's canonical speaker (the coref chain's representative mention), unless it is
    missing or a pronoun (the chain's representative can be 'he'): then its speaker mention."""
    canonical = q.get('canonical_speaker')
    if canonical and norm(canonical) not in PRONOUNS:
        return canonical
    return q.get('speaker') or canonical


def system_quotes(work, events):
    """{system: {(folder, article): [{'span', 'text', 'speaker'}]}} for CoreNLP and claimdiff."""
    out = {'CoreNLP': {}, 'claimdiff': {}}
    cn = json.load(open(os.path.join(work, 'corenlp-quotes.json'), encoding='utf-8'))
    for d in cn['docs']:
        out['CoreNLP'][(d['folder'], d['id'])] = [
            {'span': [q['start'], q['end']], 'text': q['text'] or '',
             'speaker': corenlp_speaker(q),
             'mention': q.get('speaker'), 'canonical': q.get('canonical_speaker')}
            for q in d['quotes']]
    for folder, gold, _ in events:
        rep = json.load(open(os.path.join(work, 'claimdiff-%s.json' % event_of(folder)), encoding='utf-8'))
        for a in rep.get('articles', []):
            out['claimdiff'].setdefault((folder, a.get('id')), [])
        for c in rep.get('claims', []):
            if c.get('type') != 'QUOTE':
                continue
            s = c.get('span') or {}
            out['claimdiff'].setdefault((folder, c['article']), []).append(
                {'span': [s.get('start'), s.get('end')], 'text': c.get('text') or c.get('evidence') or '',
                 'speaker': c.get('speaker'), 'mention': None, 'canonical': None})
    return out


def score_quotes(quotes, events, details):
    """Per-system counts over every gold QUOTE (and over the core ones)."""
    res = {}
    for system, by_article in quotes.items():
        r = dict(gold=0, core=0, found=0, found_core=0, right=0, right_core=0, none=0, wrong=0, right_either=0,
                 emitted=sum(len(v) for v in by_article.values()), matched_pred=0)
        used = set()
        details.append('== %s quotes' % system)
        for folder, gold, names in events:
            for g in gold['claims']:
                if g['type'] != 'QUOTE':
                    continue
                core = g.get('core', True)
                r['gold'] += 1
                r['core'] += core
                preds = by_article.get((folder, g['article']), [])
                best, best_ov = None, 0.0
                for i, p in enumerate(preds):
                    ov = overlap(g.get('span'), p['span'])
                    ok = ov >= 0.6 or containment(g['evidence'], p['text']) >= 0.6
                    if ok and (best is None or ov > best_ov):
                        best, best_ov = i, ov
                if best is None:
                    details.append('  missed  %s %-28s %s' % (event_of(folder), g['id'], g['evidence'][:60]))
                    continue
                used.add((folder, g['article'], best))
                p = preds[best]
                r['found'] += 1
                r['found_core'] += core
                speaker = p['speaker']
                right = names.same(g['speaker'], speaker) or (
                    bool(g.get('also_speaker')) and names.same(g['also_speaker'], speaker))
                either = right or any(
                    names.same(g['speaker'], x) or (bool(g.get('also_speaker')) and names.same(g['also_speaker'], x))
                    for x in (p['mention'], p['canonical']) if x)
                r['right_either'] += either
                if right:
                    r['right'] += 1
                    r['right_core'] += core
                    verdict = 'right'
                elif not speaker:
                    r['none'] += 1
                    verdict = 'none'
                else:
                    r['wrong'] += 1
                    verdict = 'WRONG'
                extra = ''
                if system == 'CoreNLP':
                    extra = ' (mention %r, canonical %r)' % (p['mention'], p['canonical'])
                details.append('  %-6s %s %-10s gold %-22s got %-24s%s | %s' % (
                    verdict, event_of(folder)[:12], g['id'], g['speaker'][:22], str(speaker)[:24],
                    extra, g['evidence'][:50]))
        r['matched_pred'] = len(used)
        res[system] = r
    return res


# ---------------------------------------------------------------- NER and SUTime

def gazetteer(root, types=('PERSON',)):
    """Every spelling of the gazetteer entries of these types, normalised."""
    spellings = set()
    for path in glob.glob(os.path.join(root, 'core/src/main/resources/dev/claimdiff/lang/*/gazetteer.txt')):
        for line in open(path, encoding='utf-8'):
            m = re.match(r'\s*([A-Z]+):\s*([^=;]+?)\s*(?:=\s*([^;]*))?(?:;.*)?$', line)
            if m and m.group(1) in types:
                spellings.add(norm(m.group(2)))
                for a in (m.group(3) or '').split(','):
                    if a.strip():
                        spellings.add(norm(a))
    return spellings


def in_gazetteer(canon, entities, people):
    return any(norm(s) in people for s in [canon] + entities.get(canon, []))


def score_ner(work, events, root, claimdiff_speakers, details, claims=None):
    ner = json.load(open(os.path.join(work, 'corenlp-ner.json'), encoding='utf-8'))
    people = gazetteer(root)
    known = gazetteer(root, ('PERSON', 'COUNTRY', 'CITY', 'REGION', 'ORGANIZATION', 'MEDIA'))
    by_folder = {}
    pronouns = 0
    for d in ner['docs']:
        persons = [m for m in d['mentions'] if m['type'] == 'PERSON']
        # CoreNLP's entity mentions include pronouns as PERSON mentions; they name nobody.
        pronouns += sum(1 for m in persons if norm(m['text']) in PRONOUNS)
        by_folder.setdefault(d['folder'], []).extend(m for m in persons if norm(m['text']) not in PRONOUNS)
    r = dict(pronoun_mentions=pronouns, person_mentions=0, distinct=0, distinct_gold=0, distinct_in_gaz=0, distinct_other=0,
             speakers=0, speakers_not_in_gaz=0, speakers_not_in_gaz_ner=0,
             speech_not_in_gaz=0, speech_not_in_gaz_claimdiff_right=0, speech_not_in_gaz_claimdiff_null=0,
             speech_not_in_gaz_claimdiff_other=0, speech_not_in_gaz_claimdiff_none=0)
    details.append('== CoreNLP 3-class NER: PERSON mentions that match no gold entity')
    for folder, gold, names in events:
        entities = gold.get('entities', {})
        mentions = by_folder.get(folder, [])
        r['person_mentions'] += len(mentions)
        distinct = {}
        for m in mentions:
            distinct.setdefault(norm(m['text']), m['text'])
        found_canon = set()
        for n, text in sorted(distinct.items()):
            r['distinct'] += 1
            canon = names.canon(text)
            if n in people:
                r['distinct_in_gaz'] += 1
            if canon:
                r['distinct_gold'] += 1
                found_canon |= canon
            else:
                r['distinct_other'] += 1
                details.append('  %s: %s' % (event_of(folder), text))
        speech = [c for c in gold['claims'] if c['type'] in ('QUOTE', 'STATEMENT') and c.get('speaker')]
        speakers = sorted({c['speaker'] for c in speech})
        for s in speakers:
            r['speakers'] += 1
            if not in_gazetteer(s, entities, known):
                r['speakers_not_in_gaz'] += 1
                r['speakers_not_in_gaz_ner'] += s in found_canon
                details.append('  speaker not in the gazetteer: %-40s NER PERSON: %s' % (
                    s, 'yes' if s in found_canon else 'no'))
        for c in speech:
            if not in_gazetteer(c['speaker'], entities, known):
                r['speech_not_in_gaz'] += 1
                if (folder, c['id']) in claimdiff_speakers:
                    r['speech_not_in_gaz_claimdiff_right'] += 1
                    continue
                # missed: no claim of that type on the evidence, or one with no or another speaker
                near = [p for p in (claims or {}).get((folder, c['article']), [])
                        if p.get('type') == c['type'] and touches(c.get('span'), cd_span(p))]
                if not near:
                    kind = 'none'
                elif all(not p.get('speaker') for p in near):
                    kind = 'null'
                else:
                    kind = 'other'
                r['speech_not_in_gaz_claimdiff_' + kind] += 1
                details.append('  claimdiff misses %-9s (%s) %s %s: %s | got %s' % (
                    c['type'], kind, event_of(folder)[:12], c['id'], c['speaker'],
                    '; '.join(str(p.get('speaker')) for p in near)))
    return ner, r


def iso_minutes(value):
    """Minutes of an ISO 8601 duration such as PT1H30M or P14D; None when not a plain duration."""
    m = re.fullmatch(r'P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?'
                     r'(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?', value or '')
    if not m or not any(m.groups()):
        return None
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
    return round(y * 525600 + mo * 43200 + w * 10080 + d * 1440 + h * 60 + mi + s / 60)


def claimdiff_claims(work, events):
    out = {}
    for folder, gold, _ in events:
        rep = json.load(open(os.path.join(work, 'claimdiff-%s.json' % event_of(folder)), encoding='utf-8'))
        for c in rep.get('claims', []):
            out.setdefault((folder, c.get('article')), []).append(c)
    return out


def cd_value(c, k):
    v = c.get('value') or {}
    return v.get(k, c.get(k))


def cd_span(c):
    s = c.get('span') or {}
    return [s.get('start'), s.get('end')] if 'start' in s else None


def score_sutime(work, events, claims, details):
    st = json.load(open(os.path.join(work, 'corenlp-sutime.json'), encoding='utf-8'))
    timexes = {(d['folder'], d['id']): d['timexes'] for d in st['docs']}
    r = dict(dur=0, dur_st=0, dur_st_wrong=0, dur_cd=0, dur_add=0, dur_extra=0, dur_emitted=0,
             date=0, date_st=0, date_st_unresolved=0, date_cd=0, date_add=0)
    details.append('== SUTime on gold DURATION and EVENT_DATE (with a date) claims')
    for folder, gold, _ in events:
        gold_dur_spans = {}
        for g in gold['claims']:
            if g['type'] == 'DURATION':
                gold_dur_spans.setdefault(g['article'], []).append(g.get('span'))
            key = (folder, g['article'])
            tx = [t for t in timexes.get(key, []) if touches(g.get('span'), [t['start'], t['end']])]
            cd = [c for c in claims.get(key, []) if c.get('type') == g['type']]
            if g['type'] == 'DURATION' and g.get('minutes') is not None:
                r['dur'] += 1
                st_ok = any(t['type'] == 'DURATION' and iso_minutes(t['value']) == g['minutes'] for t in tx)
                st_wrong = not st_ok and any(t['type'] == 'DURATION' for t in tx)
                cd_ok = any(cd_value(c, 'minutes') == g['minutes'] and touches(g.get('span'), cd_span(c)) for c in cd)
                r['dur_st'] += st_ok
                r['dur_st_wrong'] += st_wrong
                r['dur_cd'] += cd_ok
                r['dur_add'] += st_ok and not cd_ok
                details.append('  DURATION %-7s sutime=%-5s claimdiff=%-5s %s %s | %s' % (
                    g['minutes'], 'ok' if st_ok else ('wrong' if st_wrong else '-'), 'ok' if cd_ok else '-',
                    event_of(folder)[:12], g['id'],
                    '; '.join('%s=%s' % (t['text'], t['value']) for t in tx if t['type'] == 'DURATION')))
            elif g['type'] == 'EVENT_DATE' and g.get('date'):
                r['date'] += 1
                dates = [t for t in tx if t['type'] in ('DATE', 'TIME')]
                st_ok = any(str(t['value'] or '').startswith(g['date']) for t in dates)
                unresolved = not st_ok and any(str(t['value'] or '').startswith('XXXX') for t in dates)
                cd_ok = any(str(cd_value(c, 'date') or '').startswith(g['date']) for c in cd)
                r['date_st'] += st_ok
                r['date_st_unresolved'] += unresolved
                r['date_cd'] += cd_ok
                r['date_add'] += st_ok and not cd_ok
                details.append('  DATE %-10s sutime=%-10s claimdiff=%-3s %s %s | %s' % (
                    g['date'], 'ok' if st_ok else ('unresolved' if unresolved else '-'), 'ok' if cd_ok else '-',
                    event_of(folder)[:12], g['id'], '; '.join('%s=%s' % (t['text'], t['value']) for t in dates)))
        for d in st['docs']:
            if d['folder'] != folder:
                continue
            for t in d['timexes']:
                if t['type'] == 'DURATION':
                    r['dur_emitted'] += 1
                    if not any(touches(s, [t['start'], t['end']]) for s in gold_dur_spans.get(d['id'], [])):
                        r['dur_extra'] += 1
    return st, r


def stale_articles(work, events, cn):
    """Articles whose text length differs between CoreNLP's run and claimdiff's report, or that
    only one of them read."""
    lengths = {}
    for folder, _, _ in events:
        rep = json.load(open(os.path.join(work, 'claimdiff-%s.json' % event_of(folder)), encoding='utf-8'))
        for a in rep.get('articles', []):
            if a.get('status') == 'ok':
                lengths[(folder, a['id'])] = a.get('chars')
    seen = {(d['folder'], d['id']): d['chars'] for d in cn['docs']}
    return sorted('%s/%s' % k for k in set(lengths) | set(seen) if lengths.get(k) != seen.get(k))


# ---------------------------------------------------------------- table

def commit(root):
    try:
        return os.popen('git -C "%s" rev-parse --short HEAD 2>/dev/null' % root).read().strip() or '?'
    except OSError:
        return '?'


def replace_marked(path, marker, body):
    text = open(path, encoding='utf-8').read()
    begin, end = '<!-- %s -->' % marker, '<!-- /%s -->' % marker
    if begin not in text:
        print('peer_score.py: no %s markers in %s' % (begin, path), file=sys.stderr)
        return
    text = re.sub(re.escape(begin) + '.*?' + re.escape(end),
                  lambda m: begin + '\n' + body + '\n' + end, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)


def pct(a, b):
    return '%d/%d (%d %%)' % (a, b, round(100.0 * a / b)) if b else '%d/%d' % (a, b)


def rate(n, s):
    return '%.1f' % (n / s) if s else '-'


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    work = argv[1]
    doc = argv[argv.index('--doc') + 1] if '--doc' in argv else None
    summary_doc = argv[argv.index('--summary') + 1] if '--summary' in argv else None
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    events = load_gold(root)
    details = []
    quotes = system_quotes(work, events)
    q = score_quotes(quotes, events, details)
    speakers_right = set()
    # which gold speech claims claimdiff attributes right (for the NER question)
    cdclaims = claimdiff_claims(work, events)
    for folder, gold, names in events:
        for g in gold['claims']:
            if g['type'] not in ('QUOTE', 'STATEMENT') or not g.get('speaker'):
                continue
            for c in cdclaims.get((folder, g['article']), []):
                if c.get('type') != g['type']:
                    continue
                need = 0.6 if g['type'] == 'QUOTE' else 0.5
                if (overlap(g.get('span'), cd_span(c)) >= need
                        or containment(g['evidence'], c.get('text') or c.get('evidence') or '') >= need) \
                        and names.same(g['speaker'], c.get('speaker')):
                    speakers_right.add((folder, g['id']))
    cn = json.load(open(os.path.join(work, 'corenlp-quotes.json'), encoding='utf-8'))
    stale = stale_articles(work, events, cn)
    if stale:
        print('peer_score.py: the CoreNLP output is older than these articles (run bench/peer without'
              ' --claimdiff-only): ' + ', '.join(stale), file=sys.stderr)
    cd = json.load(open(os.path.join(work, 'claimdiff-speed.json'), encoding='utf-8'))
    ner, nr = score_ner(work, events, root, speakers_right, details, cdclaims)
    st, sr = score_sutime(work, events, cdclaims, details)
    n_articles = cn['articles']
    C, D = q['CoreNLP'], q['claimdiff']
    lines = []
    lines.append('Measured %s on %d cores (shared with other work: wall times are slower than CPU times '
                 'by the load of the machine), %d English articles of %d events (`corpora/*/en/`), '
                 '%d gold quotes (%d core).' % (datetime.date.today(), os.cpu_count(), n_articles,
                                                len(events), C['gold'], C['core']))
    lines.append('')
    lines.append('| | CoreNLP 4.5.10 QuoteAnnotator + QuoteAttributionAnnotator | claimdiff |')
    lines.append('|---|---|---|')
    lines.append('| gold quotes found (span overlap ≥ 60 %%) | %s | %s |' % (pct(C['found'], C['gold']), pct(D['found'], D['gold'])))
    lines.append('| core gold quotes found | %s | %s |' % (pct(C['found_core'], C['core']), pct(D['found_core'], D['core'])))
    lines.append('| quotes output / of them matching a gold quote | %d / %d | %d / %d |' % (C['emitted'], C['matched_pred'], D['emitted'], D['matched_pred']))
    lines.append('| speaker right, of gold quotes found | %s | %s |' % (pct(C['right'], C['found']), pct(D['right'], D['found'])))
    lines.append('| speaker right by either CoreNLP field (mention or canonical), of gold quotes found | %s | |' % pct(C['right_either'], C['found']))
    lines.append('| speaker wrong, of gold quotes found | %s | %s |' % (pct(C['wrong'], C['found']), pct(D['wrong'], D['found'])))
    lines.append('| no speaker, of gold quotes found | %s | %s |' % (pct(C['none'], C['found']), pct(D['none'], D['found'])))
    lines.append('| speaker right or null (the issue\'s target: never a wrong name), of gold quotes found | %s | %s |' % (
        pct(C['right'] + C['none'], C['found']), pct(D['right'] + D['none'], D['found'])))
    lines.append('| speaker right, of all gold quotes | %s | %s |' % (pct(C['right'], C['gold']), pct(D['right'], D['gold'])))
    lines.append('| load (construct + one warm-up sentence), wall / CPU | %.1f s / %.1f s | %.2f s / %.2f s |' % (
        cn['load_s'], cn['load_cpu_s'], cd['load_s'], cd['load_cpu_s']))
    lines.append('| articles per second after load, wall / CPU (1 thread) | %s / %s | %s / %s (mean of %d rounds after %d untimed) |' % (
        rate(n_articles, cn['work_s']), rate(n_articles, cn['work_cpu_s']),
        rate(cd['articles'], cd['work_s']), rate(cd['articles'], cd['work_cpu_s']), cd['rounds'],
        cd.get('warm_up_rounds', 1)))
    lines.append('| peak resident memory (heap limit) | %d MB (-Xmx%dg) | %d MB (-Xmx%dg) |' % (
        cn['peak_rss_mb'], round(cn['max_heap_mb'] / 1024), cd['peak_rss_mb'], round(cd['max_heap_mb'] / 1024)))
    lines.append('')
    lines.append('CoreNLP\'s English NER and SUTime as candidates for claimdiff (same articles, each alone in a fresh JVM):')
    lines.append('')
    lines.append('| | 3-class NER (`tokenize,ssplit,ner`, no SUTime, numeric or fine-grained classes) | SUTime (`tokenize,ssplit` + `TimeAnnotator`) |')
    lines.append('|---|---|---|')
    lines.append('| load (construct + warm-up), wall / CPU | %.1f s / %.1f s | %.1f s / %.1f s |' % (
        ner['load_s'], ner['load_cpu_s'], st['load_s'], st['load_cpu_s']))
    lines.append('| articles per second after load, wall / CPU | %s / %s | %s / %s |' % (
        rate(ner['articles'], ner['work_s']), rate(ner['articles'], ner['work_cpu_s']),
        rate(st['articles'], st['work_s']), rate(st['articles'], st['work_cpu_s'])))
    lines.append('| tokens per second after load, CPU | %s | %s |' % (rate(ner['tokens'], ner['work_cpu_s']), rate(st['tokens'], st['work_cpu_s'])))
    lines.append('| peak resident memory | %d MB | %d MB |' % (ner['peak_rss_mb'], st['peak_rss_mb']))
    lines.append('| what it finds | %d PERSON mentions besides %d pronouns, %d distinct strings: %d name a gold entity, %d in claimdiff\'s gazetteer, %d name no gold entity | gold durations (with minutes) right %s (%s another value); gold dates right %s (%s left unresolved, `XXXX-…`); %d DURATION expressions, %d outside every gold DURATION span |' % (
        nr['person_mentions'], nr['pronoun_mentions'], nr['distinct'], nr['distinct_gold'], nr['distinct_in_gaz'], nr['distinct_other'],
        pct(sr['dur_st'], sr['dur']), sr['dur_st_wrong'], pct(sr['date_st'], sr['date']), sr['date_st_unresolved'],
        sr['dur_emitted'], sr['dur_extra']))
    lines.append('| what it would add to claimdiff today | gold speakers not in the gazetteer: %d of %d; NER finds %d of them. Their %d quotes and statements: claimdiff attributes %d right now; of the rest, %d have no claimdiff claim of that type there, %d one with a null speaker, %d one with another speaker | durations SUTime gets and claimdiff misses: %d of %d (claimdiff gets %d); dates: %d of %d (claimdiff gets %d) |' % (
        nr['speakers_not_in_gaz'], nr['speakers'], nr['speakers_not_in_gaz_ner'], nr['speech_not_in_gaz'],
        nr['speech_not_in_gaz_claimdiff_right'], nr['speech_not_in_gaz_claimdiff_none'],
        nr['speech_not_in_gaz_claimdiff_null'], nr['speech_not_in_gaz_claimdiff_other'], sr['dur_add'], sr['dur'], sr['dur_cd'], sr['date_add'], sr['date'], sr['date_cd']))
    if stale:
        lines.append('')
        lines.append('**Stale**: CoreNLP read these articles in another version: %s.' % ', '.join(stale))
    table = '\n'.join(lines)
    summary = '\n'.join([
        '| | CoreNLP 4.5.10 | claimdiff |',
        '|---|---|---|',
        '| gold quotes found | %d of %d | %d of %d |' % (C['found'], C['gold'], D['found'], D['gold']),
        '| speaker right / wrong / null, of those found | %d / %d / %d | %d / %d / %d |' % (
            C['right'], C['wrong'], C['none'], D['right'], D['wrong'], D['none']),
        '| articles per second after start-up, CPU of one thread (wall time on the shared machine) | %s (%s) | %s (%s) |' % (
            rate(n_articles, cn['work_cpu_s']), rate(n_articles, cn['work_s']),
            rate(cd['articles'], cd['work_cpu_s']), rate(cd['articles'], cd['work_s'])),
        '| start-up, CPU (wall) | %.1f s (%.1f s) | %.2f s (%.2f s) |' % (
            cn['load_cpu_s'], cn['load_s'], cd['load_cpu_s'], cd['load_s']),
        '| peak resident memory | %d MB | %d MB |' % (cn['peak_rss_mb'], cd['peak_rss_mb']),
        '',
        'Measured %s on the %d English articles; claimdiff at commit `%s`.' % (datetime.date.today(), n_articles, commit(root)),
    ])
    print(table)
    with open(os.path.join(work, 'details.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(details) + '\n')
    with open(os.path.join(work, 'summary.json'), 'w', encoding='utf-8') as f:
        json.dump({'quotes': q, 'ner': nr, 'sutime': sr}, f, indent=1)
    if summary_doc:
        replace_marked(summary_doc, 'PEER-SUMMARY', summary)
    if doc:
        text = open(doc, encoding='utf-8').read()
        if '<!-- PEER -->' not in text:
            print('peer_score.py: no <!-- PEER --> markers in %s' % doc, file=sys.stderr)
            return 1
        text = re.sub(r'<!-- PEER -->.*?<!-- /PEER -->',
                      lambda m: '<!-- PEER -->\n' + table + '\n<!-- /PEER -->', text, flags=re.S)
        open(doc, 'w', encoding='utf-8').write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
