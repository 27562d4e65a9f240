#!/usr/bin/env python3
"""Fills (or checks) the `span` of every claim in a claimdiff-gold/1 file.

usage: fill_spans.py GOLD.json [--check]

Each claim names its `article` (a file next to GOLD.json) and an `evidence` string. The script
reads every article's text *as claimdiff reads it* by running the project's own loader
(corpora/tools/ArticleText.java on the built jar cli/target/claimdiff.jar), so the offsets are
right for .txt (decoded text), .json records (the record's `text`) and .html pages (the text
claimdiff extracts from the page: headings, paragraphs, list items, block quotes; not the
<figcaption>, <header>, <nav> or <footer>). It then finds `evidence` in that text:
  - exactly once: span = [start, end) in Java String (UTF-16) offsets;
  - several times: the claim must give `occurrence` (1-based) to pick one, else it fails;
  - not at all: it fails.
Without --check it rewrites GOLD.json with the spans (2-space indent, UTF-8); with --check it
only verifies that every existing span's text equals its evidence. Exit 1 on any failure.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, 'cli', 'target', 'claimdiff.jar')


def article_texts(folder, names):
    if not os.path.exists(JAR):   # the launcher builds the jar when it is missing
        subprocess.run([os.path.join(ROOT, 'claimdiff'), '--version'], check=True,
                       stdout=subprocess.DEVNULL)
    files = [os.path.join(folder, n) for n in names]
    out = subprocess.run(['java', '-cp', JAR, os.path.join(HERE, 'ArticleText.java')] + files,
                         check=True, capture_output=True, text=True, encoding='utf-8').stdout
    texts = {}
    for line in out.splitlines():
        rec = json.loads(line)
        if rec['status'] != 'OK':
            sys.exit('cannot read %s: %s' % (rec['file'], rec['message']))
        texts[os.path.basename(rec['file'])] = rec['text']
    return texts


def utf16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def main(argv):
    if len(argv) < 2:
        print(__doc__); return 2
    path, check = argv[1], '--check' in argv
    gold = json.load(open(path, encoding='utf-8'))
    folder = os.path.dirname(os.path.abspath(path))
    texts = article_texts(folder, sorted(gold['articles']))
    bad = 0
    for c in gold['claims']:
        text, ev = texts.get(c['article']), c.get('evidence')
        if text is None or not ev:
            print('%s: no article %r or no evidence' % (c['id'], c['article'])); bad += 1; continue
        hits, i = [], text.find(ev)
        while i >= 0:
            hits.append(i); i = text.find(ev, i + 1)
        if check:
            s = c.get('span')
            if not s or text.encode('utf-16-le')[2 * s[0]:2 * s[1]].decode('utf-16-le') != ev:
                print('%s: span %s does not hold %r' % (c['id'], s, ev[:60])); bad += 1
            continue
        if not hits:
            print('%s: evidence not found in %s: %r' % (c['id'], c['article'], ev[:70])); bad += 1
            continue
        occ = c.get('occurrence')
        if len(hits) > 1 and not occ:
            print('%s: evidence found %d times in %s; give "occurrence"' % (c['id'], len(hits), c['article'])); bad += 1
            continue
        if occ and not 1 <= occ <= len(hits):
            print('%s: occurrence %d of %d' % (c['id'], occ, len(hits))); bad += 1; continue
        start = hits[(occ or 1) - 1]
        c['span'] = [utf16(text, start), utf16(text, start + len(ev))]
    ids = [c['id'] for c in gold['claims']]
    for d in sorted({x for x in ids if ids.count(x) > 1}):
        print('duplicate claim id', d); bad += 1
    known = set(ids)
    for f in gold.get('findings', []):
        for cid in f.get('claims', []):
            if cid not in known: print('finding %s names unknown claim %s' % (f['id'], cid)); bad += 1
    for t in gold.get('traps', []):
        for cid in t.get('claims', []):
            if cid not in known: print('trap names unknown claim %s' % cid); bad += 1
    if bad:
        print('%d problem(s); %s left unchanged' % (bad, path)); return 1
    if not check:
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write('\n')
    print('%s: %d claims, spans %s' % (path, len(ids), 'verified' if check else 'filled'))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
