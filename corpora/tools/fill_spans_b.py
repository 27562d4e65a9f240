#!/usr/bin/env python3
"""Fills the `span` of every claim in a claimdiff gold file from its `evidence` (corpus-b's helper).

usage: fill_spans_b.py corpora/EVENT/LANG/gold.json [--check]

Offsets are Java String (UTF-16) [start, end) indices into the article text claimdiff reads:
the decoded file for .txt, the record's "text" for .json, and for .html the text the project's
HtmlText extracts (re-implemented here: noise elements dropped, the first <article> as root,
h1-h6/p/li/blockquote/pre blocks not nested in another block, whitespace collapsed, joined by
blank lines, the <title> first when the root has no <h1>). Fails loudly when an evidence string
is not found exactly once (give "occurrence": N, 1-based, to pick one). With --check, only
verifies the spans already written. Also prints each HTML text's length, to compare with
`./claimdiff extract --format json FILE` ("chars").
"""
import json, os, re, sys
from html.parser import HTMLParser

NOISE = {'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe',
         'svg', 'button'}
BLOCKS = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'pre'}
VOID = {'img', 'br', 'hr', 'meta', 'link', 'input', 'source', 'wbr'}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.noise, self.in_article, self.article_seen = [], 0, 0, False
        self.blocks, self.cur, self.depth_block, self.title, self.in_title, self.h1 = [], None, 0, '', False, False

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append(tag)
        if tag in NOISE or a.get('role') == 'navigation' or a.get('aria-hidden') == 'true':
            self.noise += 1; self.stack[-1] = ('N', tag); return
        if tag == 'title':
            self.in_title = True
        if tag == 'article' and not self.article_seen:
            self.article_seen = True; self.in_article = 1; self.stack[-1] = ('A', tag); return
        if tag in BLOCKS and self.in_article and not self.noise:
            if self.depth_block == 0:
                self.cur = []
                if tag == 'h1': self.h1 = True
            self.depth_block += 1; self.stack[-1] = ('B', tag)

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        top = self.stack.pop()
        if tag == 'title': self.in_title = False
        if isinstance(top, tuple):
            kind = top[0]
            if kind == 'N': self.noise -= 1
            elif kind == 'A': self.in_article = 0
            elif kind == 'B':
                self.depth_block -= 1
                if self.depth_block == 0 and self.cur is not None:
                    t = re.sub(r'\s+', ' ', ''.join(self.cur)).strip()
                    if t: self.blocks.append(t)
                    self.cur = None

    def handle_data(self, data):
        if self.in_title: self.title += data
        if self.noise: return
        if self.cur is not None: self.cur.append(data)


def html_text(raw):
    p = _Page(); p.feed(raw); p.close()
    if not p.article_seen:
        raise SystemExit('fill_spans_b: HTML without <article> is not supported')
    paras = list(p.blocks)
    if not p.h1 and p.title.strip():
        paras.insert(0, p.title.strip())
    return '\n\n'.join(paras)


def article_text(folder, name):
    path = os.path.join(folder, name)
    raw = open(path, encoding='utf-8').read()
    if name.endswith('.json'):
        return json.loads(raw)['text']
    if name.endswith(('.html', '.htm')):
        return html_text(raw)
    return raw[1:] if raw.startswith('\ufeff') else raw


def utf16(s, i):
    """The UTF-16 index of Python index i in s."""
    return i + sum(1 for ch in s[:i] if ord(ch) > 0xFFFF)


def main(argv):
    gold_path, check = argv[1], '--check' in argv
    folder = os.path.dirname(gold_path)
    gold = json.load(open(gold_path, encoding='utf-8'))
    texts = {n: article_text(folder, n) for n in gold['articles']}
    for n, t in texts.items():
        if n.endswith(('.html', '.htm')): print('html text', n, 'chars', len(t))
    bad = 0
    ids = set()
    for c in gold['claims']:
        if c['id'] in ids: print('duplicate id', c['id']); bad += 1
        ids.add(c['id'])
        t = texts.get(c['article'])
        if t is None:
            print('unknown article', c['id'], c['article']); bad += 1; continue
        ev = c['evidence']
        hits = [m.start() for m in re.finditer(re.escape(ev), t)]
        occ = c.get('occurrence')
        if occ is None and len(hits) != 1:
            print('%s: evidence found %d times: %r' % (c['id'], len(hits), ev)); bad += 1; continue
        if occ is not None and len(hits) < occ:
            print('%s: occurrence %d of %d: %r' % (c['id'], occ, len(hits), ev)); bad += 1; continue
        i = hits[(occ or 1) - 1]
        span = [utf16(t, i), utf16(t, i + len(ev))]
        if check and c.get('span') != span:
            print('%s: span %s should be %s' % (c['id'], c.get('span'), span)); bad += 1
        c['span'] = span
    claims = {c['id'] for c in gold['claims']}
    for f in gold.get('findings', []):
        for cid in f.get('claims', []):
            if cid not in claims: print('finding', f['id'], 'names unknown claim', cid); bad += 1
        for a in f.get('articles', []):
            if a not in gold['articles']: print('finding', f['id'], 'names unknown article', a); bad += 1
    for tr in gold.get('traps', []):
        for cid in tr.get('claims', []):
            if cid not in claims: print('trap names unknown claim', cid); bad += 1
    if bad:
        print('fill_spans_b: %d problem(s); gold not written' % bad); return 1
    if not check:
        with open(gold_path, 'w', encoding='utf-8') as out:
            json.dump(gold, out, ensure_ascii=False, indent=1); out.write('\n')
    print('ok: %d claims, %d findings, %d traps' % (len(gold['claims']), len(gold.get('findings', [])), len(gold.get('traps', []))))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
