#!/usr/bin/env python3
"""Fills the `span` of every claim in a claimdiff-gold/1 file from its `evidence` (corpus-c's helper).

usage: python3 corpora/tools/fill_spans_c.py corpora/EVENT/LANG/gold.json [--check]

The article texts are read with the project's own loader (dev.claimdiff.ingest.ArticleLoader,
from cli/target/claimdiff.jar: build it first with ./claimdiff --help), so the offsets index the
text claimdiff reports against: the decoded .txt, a .json record's `text`, the text extracted
from an .html page. Spans are Java String (UTF-16) offsets [start, end).

Gold `articles` are keyed by the article id claimdiff reports: the file name for .txt and .html,
the record's `id` for a .json record (give the file name as `file` then).

Each evidence string must occur exactly once in its article; otherwise the claim must carry
`occurrence` (1 = the first occurrence). The script fails loudly (exit 1) when an evidence string
is missing or ambiguous, or an article of the gold file is missing. With --check it only verifies
the spans already in the file.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JAR = os.path.join(ROOT, 'cli', 'target', 'claimdiff.jar')

JAVA = r'''
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdiff.ingest.*;
import java.nio.file.Path;
import java.util.*;
public class ArticleTextsC {
  public static void main(String[] args) throws Exception {
    Map<String, String> out = new TreeMap<>();
    ArticleLoader loader = new ArticleLoader(null, () -> System.in);
    for (String a : args) {
      loader.load(InputSource.file(Path.of(a)), r -> {
        if (r.article() == null) throw new IllegalStateException(a + ": " + r.message());
        out.put(r.article().id(), r.article().text());
      });
    }
    System.out.print(new ObjectMapper().writeValueAsString(out));
  }
}
'''

def texts(folder, files):
    """Article id -> text, for every article the loader reads from the given files."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'ArticleTextsC.java')
        open(src, 'w').write(JAVA)
        out = subprocess.run(['java', '-cp', JAR, src] + [os.path.join(folder, f) for f in files],
                             check=True, capture_output=True, text=True, encoding='utf-8').stdout
    return json.loads(out)

def u16(s):
    return len(s.encode('utf-16-le')) // 2

def main(argv):
    path = argv[1]
    check = '--check' in argv
    gold = json.load(open(path, encoding='utf-8'))
    folder = os.path.dirname(os.path.abspath(path))
    files = sorted({a.get('file', k) for k, a in gold['articles'].items()})
    for f in files:
        if not os.path.exists(os.path.join(folder, f)):
            sys.exit('missing article file %s' % f)
    tx = texts(folder, files)
    for k in gold['articles']:
        if k not in tx:
            sys.exit('no article with id %s in %s' % (k, files))
    bad = 0
    ids = set()
    for c in gold['claims']:
        if c['id'] in ids:
            print('duplicate claim id', c['id']); bad += 1
        ids.add(c['id'])
        t = tx[c['article']]
        ev = c['evidence']
        starts, i = [], t.find(ev)
        while i >= 0:
            starts.append(i); i = t.find(ev, i + 1)
        occ = c.get('occurrence')
        if not starts or (occ is None and len(starts) > 1) or (occ and occ > len(starts)):
            print('%s: evidence found %d times in %s: %r' % (c['id'], len(starts), c['article'], ev)); bad += 1
            continue
        s = starts[(occ or 1) - 1]
        span = [u16(t[:s]), u16(t[:s]) + u16(ev)]
        if check:
            if c.get('span') != span:
                print('%s: span %s, expected %s' % (c['id'], c.get('span'), span)); bad += 1
        else:
            c['span'] = span
    for f in gold.get('findings', []):
        for cid in f.get('claims', []):
            if cid not in ids:
                print('finding %s names unknown claim %s' % (f['id'], cid)); bad += 1
    for tr in gold.get('traps', []):
        for cid in tr.get('claims', []):
            if cid not in ids:
                print('trap names unknown claim %s' % cid); bad += 1
    if bad:
        sys.exit('%d problems' % bad)
    if not check:
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print('%s: %d claims, spans %s' % (path, len(gold['claims']), 'verified' if check else 'filled'))

if __name__ == '__main__':
    main(sys.argv)
