#!/usr/bin/env python3
"""Builds corpora/<event>/gold.bilingual.json: one gold over an event's Indonesian and English
folders, for `claimdiff compare corpora/<event>/` (both folders in one comparison).

usage: python3 corpora/tools/bilingual_gold.py   (rewrites every event's gold.bilingual.json)

It merges the two folders' gold files (articles keep their keys, which are the article ids the
report uses: file names, and record ids for .json records; claim, finding and trap ids get the
prefix 'id/' or 'en/') and adds the cross-language findings, ids 'X…', marked
"cross_language": true:
- DUPLICATE for each `translation_of` pair (the original and its translation, or the wire an
  article credits and merges with another);
- DISCREPANCY for each value a translation changed (CHANGED below: hand-picked gold claim ids,
  original first);
- AGREEMENT for each quotation a translation renders (SPEECH below: hand-picked pairs of gold
  QUOTE claims, original first, same speaker). Short fragments and crowd chants are left out;
- any other cross-language finding an event's writer planted (EXTRA below).
"""
import json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

# event -> [(original claim id in en gold, translated claim id in id gold, what changed)]
CHANGED = {
    'gempa-mamasa-2024': [('f1.n6', 'b.n7', 'houses damaged 1,356 became 1.536')],
    'central-sulawesi-governor-count-2024': [('n1.1', 'n5.1', "LSN's 52.4% for Andi became 54,2 persen")],
    'indonesia-fuel-price-hike-2024': [('t2.2', 't5.2', "'rose ... on Tuesday' became 'sejak Rabu (6/3/2024)'")],
    'indonesia-vietnam-fm-talks-bali-2023': [('d2.1', 'd5.1', "'nearly two hours' became 'lebih dari dua jam'")],
    'tabrakan-kereta-jateng-2026': [('n1.9', 'n4.9', "'31 were delayed' became '13 perjalanan terlambat'")],
    'erupsi-gunung-ntt-2026': [('r.n16', 'a.n16', "aid of '1.5 billion rupiah' became 'Rp15 miliar'")],
    'talks-menlu-ri-malaysia-2026': [('r.n2', 'a.n2', "'eight of 23 Indonesian fishermen' became 'delapan dari 32 nelayan Indonesia'")],
    'longsor-tambang-halmahera-selatan-2026': [('d1.1', 'd4.1', "'halted for about three hours' became 'dihentikan sekitar empat jam'")],
    'desak-desakan-festival-makassar-2026': [('d1.1', 'd4.1', "'trapped for about 20 minutes' became 'terjepit selama sekitar 40 menit'")],
    'gempa-sumbawa-ntb-2026': [('n1.14', 'n4.14', "strongest aftershock 'magnitude 5.1' became 'bermagnitudo 5,4'")],
    'ktt-turki-yunani-thessaloniki-2026': [('r.n4', 'an.n4', "'$10 billion in annual bilateral trade by 2030' became "
                                                           "'15 miliar dolar AS pada 2030'")],
    'talks-china-philippines-singapore-2026': [('r.n3', 'a.n3', "'14 Chinese coast guard ships' became '41 kapal penjaga pantai China'")],
    'desak-desakan-sembako-kisaran-2026': [('n1.7', 'n4.7', "hall capacity 'about 2,500 people' became 'sekitar 5.200 orang'")],
    'talks-us-iran-muscat-2026': [('r.d1', 'a.d1', "'nearly four hours of talks' became 'hampir lima jam'")],
    'desak-desakan-stadion-palembang-2026': [('n1.3', 'n4.3', "'148 injured' became '184 orang luka-luka'")],
    'gempa-garut-jabar-2026': [('r.d1', 'd4.1', "'The shaking lasted about 15 seconds' became 'Guncangan berlangsung sekitar 25 detik'")],
    'ktt-india-pakistan-helsinki-2026': [('r.c1', 'a.c1', "'within 30 days' (high commissioners' return) became 'dalam 60 hari'")],
    'talks-us-china-vienna-2026': [('r.d1', 'a.d1', "'lasted about two and a half hours' became 'berlangsung sekitar tiga setengah jam'")],
    'erupsi-semeru-lumajang-2026': [
        ('r.n9', 'a.n8', "'the 129-metre Gladak Perak bridge' became 'Jembatan Gladak Perak sepanjang 192 meter'"),
    ],
    'kapal-tenggelam-selat-bali-2026': [
        ('d1.1', 'd4.1', "'about 45 minutes after leaving port' became 'sekitar 35 menit setelah meninggalkan pelabuhan'"),
    ],
    'ktt-indonesia-malaysia-kuching-2026': [
        ('r.t3', 'a.t3', "border post opening 'no later than March 1, 2027' became 'paling lambat 1 Mei 2027'"),
    ],
    'talks-iran-e3-oslo-2026': [('r.d3', 'a.d3', "Iran-Germany meeting 'for about 50 minutes' became 'selama sekitar 15 menit'")],
    'kebakaran-pasar-solo-2026': [
        ('r.d1', 'a.d1', "'burned for nearly seven hours' became 'berkobar hampir delapan jam'"),
    ],
    'kecelakaan-bus-tol-cipularang-2026': [
        ('n1.3', 'n4.3', "'injuring 38' became 'melukai 83 orang'"),
    ],
    'summit-eu-china-brussels-2026': [
        ('r.n3', 'a.n3', "'EU-China trade in goods was worth 731 billion euros' became 'bernilai 713 miliar euro'"),
    ],
    'talks-indonesia-australia-canberra-2026': [
        ('r.c6', 'a.c6', "the working group 'would meet within 60 days' became 'akan bersidang dalam 90 hari'"),
    ],
}
# event -> [(en quote id, id quote id)]
SPEECH = {
    'banjir-maluku-tengah-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q2.1', 'q5.1')],
    'central-sulawesi-governor-count-2024': [('q3.1', 'q4.1'), ('q3.2', 'q4.2'), ('q1.1', 'q5.1'), ('q1.2', 'q5.2')],
    'gempa-mamasa-2024': [('r1.q1', 's.q1'), ('f1.q1', 'b.q1')],
    'indonesia-fuel-price-hike-2024': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q2.1', 'q5.1')],
    'indonesia-vietnam-fm-talks-bali-2023': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3'), ('q1.4', 'q4.4'),
                                             ('q2.1', 'q5.1'), ('q2.2', 'q5.2'), ('q2.3', 'q5.3')],
    'tabrakan-kereta-jateng-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'erupsi-gunung-ntt-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3')],
    'talks-menlu-ri-malaysia-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3')],
    'longsor-tambang-halmahera-selatan-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'desak-desakan-festival-makassar-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'gempa-sumbawa-ntb-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'ktt-turki-yunani-thessaloniki-2026': [('r.q1', 'an.q1'), ('r.q2', 'an.q2'), ('r.q3', 'an.q3')],
    # ANTARA translating Reuters, then detikNews rendering AP's quotations
    'talks-china-philippines-singapore-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3'),
                                               ('ap.q1', 'd.q1'), ('ap.q2', 'd.q3')],
    'desak-desakan-sembako-kisaran-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    # ANTARA translating Reuters
    'talks-us-iran-muscat-2026': [('r.q1', 'a.q1'), ('r.q3', 'a.q2'), ('r.q4', 'a.q3')],
    'desak-desakan-stadion-palembang-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'gempa-garut-jabar-2026': [('r.q1', 'q4.1'), ('r.q2', 'q4.2'), ('r.q3', 'q4.3')],
    'ktt-india-pakistan-helsinki-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3'), ('p.q3', 'c.q1'), ('ap.q1', 't.q1')],
    'talks-us-china-vienna-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3'), ('r.q1', 'c.q1'), ('ap.q1', 'd.q1'), ('ap.q3', 'd.q2')],
    'erupsi-semeru-lumajang-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3')],
    'kapal-tenggelam-selat-bali-2026': [('q1.1', 'q4.1'), ('q1.2', 'q4.2'), ('q1.3', 'q4.3')],
    'ktt-indonesia-malaysia-kuching-2026': [('r.q1', 'a.q1'), ('r.q3', 'a.q2'), ('r.q4', 'a.q3'), ('f.q1', 'c.q2'), ('f.q2', 't.q2')],
    'talks-iran-e3-oslo-2026': [('r.q1', 'a.q1'), ('r.q2', 'a.q2'), ('r.q3', 'a.q3'), ('p.q2', 't.q2'), ('ap.q2', 'dl.q1')],
    'kebakaran-pasar-solo-2026': [
        ('r.q1', 'a.q1'),
        ('r.q2', 'a.q2'),
        ('r.q3', 'a.q3'),
    ],
    'kecelakaan-bus-tol-cipularang-2026': [
        ('q1.1', 'q4.1'),
        ('q1.2', 'q4.2'),
        ('q1.3', 'q4.3'),
    ],
    'summit-eu-china-brussels-2026': [
        ('r.q1', 'a.q1'),
        ('r.q2', 'a.q2'),
        ('r.q3', 'a.q3'),
    ],
    'talks-indonesia-australia-canberra-2026': [
        ('r.q1', 'a.q1'),
        ('r.q2', 'a.q2'),
        ('r.q3', 'a.q3'),
        ('p.q1', 'c.q1'),
    ],
}
# event -> other cross-language findings, added after the ones above:
# [(kind, type, en claim id, id claim id, summary)]
EXTRA = {
    'talks-china-philippines-singapore-2026': [
        ('DISCREPANCY', 'QUOTE', 'p.q1', 't.q1',
         "AFP gives 'The door to dialogue is open, but it has to be opened from both sides' to Liang; "
         "Tribunnews, citing AFP, gives 'Pintu dialog terbuka, tetapi harus dibuka dari kedua sisi' to Macaraig")],
    'talks-us-iran-muscat-2026': [
        ('DISCREPANCY', 'QUOTE', 'f.q1', 't.q1',
         "AFP gives 'The ball is now in Washington's court' to Qaffari (Ghaffari); "
         "Tribunnews, citing AFP, gives 'Bola kini ada di tangan Washington' to Whitcomb")],
    'ktt-india-pakistan-helsinki-2026': [   (   'DISCREPANCY',
            'QUOTE',
            'p.q1',
            't.q2',
            "AFP gives 'The line of control has been a line of fire for too long' to Rana; Tribunnews, citing "
            "AFP, gives 'Garis kontrol sudah terlalu lama menjadi garis tembak' to Sethi"),
        (   'DISCREPANCY',
            'DURATION',
            'r.d3',
            't.d3',
            "The restricted session: 75 minutes (Reuters) vs 'satu setengah jam' (Tribunnews, after AFP)")],
    'talks-us-china-vienna-2026': [   (   'DISCREPANCY',
            'QUOTE',
            'p.q1',
            't.q1',
            "AFP gives 'The United States came to Vienna to talk, and China came to listen...' to Tang; "
            "Tribunnews, citing AFP, gives 'Amerika Serikat datang ke Wina untuk berbicara, dan China datang "
            "untuk mendengar...' to Whitaker"),
        (   'DISCREPANCY',
            'DURATION',
            'p.d1',
            'c.d1',
            'AFP: the talks lasted less than two hours; CNN Indonesia: about two and a half hours')],
    'erupsi-semeru-lumajang-2026': [
        ('DISCREPANCY', 'QUOTE', 'f.q2', 'a.q1', "AFP gives 'The lava dome collapsed after hours of heavy rain...' to Geological Agency head Wahyu Hendratmoko; ANTARA (after Reuters) gives 'Kubah lava runtuh setelah hujan deras berjam-jam...' to PVMBG head Rini Kusumawardani"),
        ('AGREEMENT', 'QUOTE', 'p.q1', 't.q1', "BNPB head Darmawan Prasetyo: 'We will not stop until every missing person is found' (AP) / 'Kami tidak akan berhenti sampai semua warga yang hilang ditemukan...' (TribunJatim)"),
        ('AGREEMENT', 'COMMITMENT', 'p.c2', 'd.c1', "BNPB's 1,000 family tents and 20,000 masks by Monday (AP; detikNews: 'Paling lambat Senin besok')"),
    ],
    'kapal-tenggelam-selat-bali-2026': [
        ('AGREEMENT', 'COMMITMENT', 'c3.2', 'c2.2', "The transport ministry will inspect every ship on the Ketapang-Gilimanuk route within two weeks (AFP; detikNews 'dalam dua pekan')"),
        ('AGREEMENT', 'COMMITMENT', 'c2.2', 'c3.1', "The operator PT Lintas Segara Nusantara will pay 50 million rupiah to the family of each person who died (AP; Tribunnews 'santunan Rp 50 juta')"),
        ('DISCREPANCY', 'QUANTITY', 'n3.9', 'n1.5', 'Vehicles on board: 19 (AFP) vs 21 unit kendaraan (Kompas; also Tribunnews, ANTARA, Kabar Blambangan and Reuters)'),
    ],
    'ktt-indonesia-malaysia-kuching-2026': [
        ('DISCREPANCY', 'QUOTE', 'f.q1', 't.q1', "AFP gives 'Palm oil is not a crime, and the smallholders of Borneo are not criminals' to Azman; Tribunnews, citing AFP, gives 'Sawit bukan kejahatan, dan petani kecil di Kalimantan bukan penjahat' to Haryo"),
        ('DISCREPANCY', 'DURATION', 'r.d1', 't.d1', "The tete-a-tete: 45 minutes (Reuters) vs 'sekitar satu jam' (Tribunnews, after AFP)"),
        ('DISCREPANCY', 'QUANTITY', 'r.n5', 'c.n5', "MoUs signed: six (Reuters) vs 'tujuh nota kesepahaman' (CNN Indonesia)"),
    ],
    'talks-iran-e3-oslo-2026': [
        ('DISCREPANCY', 'QUOTE', 'p.q1', 't.q1', "AFP gives 'A proposal on paper is worth more than a hundred statements' to Ardalani; Tribunnews, citing AFP, gives 'Usulan di atas kertas lebih berharga daripada seratus pernyataan' to Vandermeer"),
        ('DISCREPANCY', 'QUANTITY', 'r.n4', 't.n1', 'E3 delegates: 21 (Reuters) vs 18 (Tribunnews, after AFP)'),
        ('AGREEMENT', 'COMMITMENT', 'ap.c1', 'dl.c2', "Iran will send a written proposal on restoring inspections 'within 14 days' (AP) / 'dalam dua pekan' (detikNews): the same promise worded differently"),
        ('AGREEMENT', 'COMMITMENT', 'ap.c4', 'dl.c3', "The Europeans will reply in writing within a week of receiving Iran's proposal (AP, detikNews)"),
        ('AGREEMENT', 'COMMITMENT', 'ap.c5', 'dl.c1', "The next round will be held within weeks / 'dalam beberapa pekan' (AP, detikNews)"),
        ('AGREEMENT', 'DURATION', 'ap.d1', 'dl.d1', "The second plenary lasted nearly five hours / 'hampir lima jam' (AP, detikNews)"),
        ('AGREEMENT', 'DURATION', 'ap.d3', 'c.d1', 'The working dinner lasted about two and a half hours (AP, CNN Indonesia)'),
    ],
    'kebakaran-pasar-solo-2026': [
        ('AGREEMENT', 'QUOTE', 'p.q3', 't.q3', "Mayor Hendra Kusumawardana: 'We will not leave the traders alone. This market is the heart of the economy in the north of Solo' (AP) / 'Kami tidak akan meninggalkan pedagang. Pasar ini jantung ekonomi Solo bagian utara' (TribunSolo)"),
        ('DISCREPANCY', 'QUOTE', 'j.q1', 'a.q1', "The Java Courier gives 'The fire spread very fast because most kiosks sold cloth, plastic and cooking oil' to police chief Bayu Ardiyanto; ANTARA (after Reuters) gives 'Api menjalar sangat cepat...' to fire chief Joko Pramudito"),
        ('DISCREPANCY', 'QUANTITY', 'p.n7', 'd.n7', 'Fire engines deployed, per fire chief Joko Pramudito on Sunday: 35 (AP) vs 31 unit (detikNews; also TribunSolo, ANTARA and Reuters)'),
        ('DISCREPANCY', 'QUANTITY', 'p.n12', 't.n8', "The dead night guard Sutrisno's age: 58 (AP; also Kompas) vs 61 (TribunSolo)"),
        ('AGREEMENT', 'COMMITMENT', 'p.c1', 't.c2', "The mayor's temporary market by Dec. 20 (AP) / 'paling lambat 20 Desember' (TribunSolo)"),
        ('AGREEMENT', 'EVENT_DATE', 'p.t2', 't.t4', "The temporary market's deadline: 20 December (AP, TribunSolo)"),
        ('AGREEMENT', 'COMMITMENT', 'p.c1', 't.c3', "Pasar Legi rebuilt by the end of 2027 (AP) / 'targetnya selesai Desember 2027' (TribunSolo)"),
        ('AGREEMENT', 'COMMITMENT', 'j.c2', 'd.c2', 'Market fees waived for six months (The Java Courier, detikNews)'),
        ('AGREEMENT', 'QUANTITY', 'p.n6', 't.n3', 'Seven of the 11 injured were firefighters (AP, TribunSolo)'),
        ('AGREEMENT', 'QUANTITY', 'p.n11', 't.n4', 'Four injured still in hospital on Sunday evening (AP, TribunSolo)'),
        ('AGREEMENT', 'QUANTITY', 'p.n15', 't.n14', 'Nine witnesses questioned by Sunday (AP, TribunSolo)'),
        ('AGREEMENT', 'QUANTITY', 'j.n2', 's.n3', 'Kiosks burned revised down to 598 from 640 on Monday (The Java Courier, Solopos)'),
        ('AGREEMENT', 'QUANTITY', 'j.n4', 's.n5', '42 kiosks only damaged by smoke and water (The Java Courier, Solopos)'),
    ],
    'kecelakaan-bus-tol-cipularang-2026': [
        ('DISCREPANCY', 'QUANTITY', 'n2.5', 'n1.3', 'People on board: 44 (AP) vs 46 (Kompas; also ANTARA and Reuters)'),
        ('DISCREPANCY', 'QUOTE', 'q3.1', 'q4.3', "The Jakarta Ledger gives 'We will audit every tour bus operator in West Java...' to Minister Arief Santosa; ANTARA (after Reuters) gives 'Kami akan mengaudit setiap operator bus pariwisata di Jawa Barat...' to director general Slamet Riyadi"),
        ('AGREEMENT', 'COMMITMENT', 'c2.1', 'c5.1', "Kemenhub will audit all tour bus operators in West Java within a month (AP) / 'dalam waktu sebulan' (PRFM News)"),
        ('AGREEMENT', 'COMMITMENT', 'c2.2', 'c3.3', "The operator will pay 25 million rupiah per bereaved family by Friday (AP) / 'paling lambat Jumat (11/12/2026)' (TribunJabar)"),
        ('AGREEMENT', 'DURATION', 'd2.2', 'd2.1', "The Jakarta-bound carriageway was closed for almost six hours (AP) / 'hampir enam jam' (detikNews)"),
        ('AGREEMENT', 'STATEMENT', 's3.3', 's5.2', 'The driver was named a suspect on Sunday (Ledger, PRFM News)'),
    ],
    'summit-eu-china-brussels-2026': [
        ('DISCREPANCY', 'QUOTE', 'p.q1', 't.q1', "AFP gives 'Europe is open to Chinese cars, but not to Chinese subsidies' to Ferreira-Lobo; Tribunnews, citing AFP, gives 'Eropa terbuka untuk mobil China, tetapi tidak untuk subsidi China' to Lindqvist"),
        ('AGREEMENT', 'QUOTE', 'p.q1', 'c.q1', "Ferreira-Lobo: 'Europe is open to Chinese cars, but not to Chinese subsidies' (AFP) / 'Eropa terbuka untuk mobil China, tetapi tidak untuk subsidi China' (CNN Indonesia)"),
        ('DISCREPANCY', 'DURATION', 'r.d3', 't.d2', "The restricted session: 50 minutes (Reuters) vs 'sekitar satu setengah jam' (Tribunnews, after AFP)"),
        ('AGREEMENT', 'COMMITMENT', 'p.c4', 'c.c4', 'Joint climate statement: updated 2035 targets and a methane working group by the end of March 2027 (AFP, CNN Indonesia)'),
        ('AGREEMENT', 'COMMITMENT', 'ap.c4', 't.c2', 'A high-level economic dialogue in Beijing in the first quarter of 2027 (AP, Tribunnews)'),
        ('AGREEMENT', 'QUANTITY', 'ap.n2', 't.n1', "17 people detained at Thursday's protests (police, Friday; AP, Tribunnews)"),
        ('DISCREPANCY', 'COMMITMENT', 'ap.c2', 'c.c1', 'Beijing (Gao, AP): no deadline, China will answer when its study is complete; the EU (Ferreira-Lobo, CNN Indonesia): within 30 days'),
    ],
    'talks-indonesia-australia-canberra-2026': [
        ('DISCREPANCY', 'QUOTE', 'p.q1', 't.q1', "AFP gives 'Good neighbours do not only talk when the weather is bad' to Garrick; Tribunnews, citing AFP, gives 'Tetangga yang baik tidak hanya berbicara ketika cuaca sedang buruk' to Larasati"),
        ('AGREEMENT', 'DURATION', 'p.d1', 't.d1', "The one-on-one lasted nearly an hour (AFP) / 'hampir satu jam' (Tribunnews, citing AFP)"),
        ('AGREEMENT', 'QUANTITY', 'p.n2', 't.n2', "More than 90 officials (AFP) / 'lebih dari 90 pejabat' (Tribunnews, citing AFP)"),
        ('DISCREPANCY', 'DURATION', 'r.d1', 't.d1', "The one-on-one: 40 minutes (Reuters) vs 'hampir satu jam' (Tribunnews, after AFP)"),
        ('AGREEMENT', 'COMMITMENT', 'p.c1', 'c.c1', "Coordinated patrols in the first quarter of 2027 (AFP) / 'pada kuartal pertama 2027' (CNN Indonesia)"),
        ('AGREEMENT', 'DURATION', 'ap.d2', 'c.d1', 'The working lunch lasted about 90 minutes (AP, CNN Indonesia)'),
    ],
}


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def build(event):
    gid = load(os.path.join(ROOT, event, 'id', 'gold.json'))
    gen = load(os.path.join(ROOT, event, 'en', 'gold.json'))
    out = {'schema': 'claimdiff-gold/1', 'event': gid.get('event', event),
           'note': 'Both folders of the event in one comparison (claimdiff compare corpora/%s/). '
                   'Built by corpora/tools/bilingual_gold.py from id/gold.json and en/gold.json; '
                   'findings X… are the cross-language ones.' % event,
           'claim_types': sorted(set(gid['claim_types']) | set(gen['claim_types'])),
           'exhaustive_types': sorted(set(gid.get('exhaustive_types', [])) & set(gen.get('exhaustive_types', []))),
           'entities': {}, 'articles': {}, 'claims': [], 'findings': [], 'traps': []}
    for g in (gen, gid):
        for k, v in g.get('entities', {}).items():
            out['entities'].setdefault(k, [])
            out['entities'][k] = sorted(set(out['entities'][k]) | set(v))
    claims = {}
    for lang, g in (('en', gen), ('id', gid)):
        for k, a in g['articles'].items():
            out['articles'][k] = dict(a, language=a.get('language', lang))
        for c in g['claims']:
            c = dict(c, id=lang + '/' + c['id'])
            out['claims'].append(c)
            claims[c['id']] = c
        for f in g['findings']:
            f = dict(f, id=lang + '/' + f['id'])
            if 'claims' in f:
                f['claims'] = [lang + '/' + x for x in f['claims']]
            out['findings'].append(f)
        for t in g.get('traps', []):
            t = dict(t)
            t['claims'] = [lang + '/' + x for x in t.get('claims', [])]
            out['traps'].append(t)
    n = 0
    def key_of(file):
        for k, a in gen['articles'].items():
            if k == file or a.get('file') == file:
                return k
        raise SystemExit('%s: no English article %s' % (event, file))
    for k, a in gid['articles'].items():
        if a.get('translation_of'):
            n += 1
            orig = key_of(os.path.basename(a['translation_of']))
            out['findings'].append({'id': 'X%d' % n, 'kind': 'DUPLICATE', 'type': 'ARTICLE',
                                    'articles': [orig, k], 'cross_language': True,
                                    'summary': '%s translates %s (%s)' % (k, orig, (a.get('note') or '')[:120])})
    for o, t, what in CHANGED.get(event, []):
        found = ('en/' + o, 'id/' + t)
        if found[0] not in claims or found[1] not in claims:
            raise SystemExit('%s: no gold claim %s or %s' % (event, o, t))
        n += 1
        out['findings'].append({'id': 'X%d' % n, 'kind': 'DISCREPANCY', 'type': claims[found[0]]['type'],
                                'claims': list(found), 'cross_language': True,
                                'summary': 'The translation changed a value: ' + what})
    for o, t in SPEECH.get(event, []):
        o, t = 'en/' + o, 'id/' + t
        if claims[o]['speaker'] != claims[t]['speaker']:
            raise SystemExit('%s: %s and %s have different speakers' % (event, o, t))
        n += 1
        out['findings'].append({'id': 'X%d' % n, 'kind': 'AGREEMENT', 'type': 'QUOTE', 'claims': [o, t],
                                'cross_language': True,
                                'summary': '%s, across languages: "%s" / "%s"' % (
                                    claims[o]['speaker'], claims[o]['evidence'][:60], claims[t]['evidence'][:60])})
    for kind, typ, o, t, summary in EXTRA.get(event, []):
        n += 1
        out['findings'].append({'id': 'X%d' % n, 'kind': kind, 'type': typ, 'claims': ['en/' + o, 'id/' + t],
                                'cross_language': True, 'summary': summary})
    return out


def main():
    for event in sorted(os.listdir(ROOT)):
        d = os.path.join(ROOT, event)
        if os.path.isfile(os.path.join(d, 'id', 'gold.json')) and os.path.isfile(os.path.join(d, 'en', 'gold.json')):
            gold = build(event)
            with open(os.path.join(d, 'gold.bilingual.json'), 'w', encoding='utf-8') as f:
                json.dump(gold, f, ensure_ascii=False, indent=2)
                f.write('\n')
            x = [f for f in gold['findings'] if f.get('cross_language')]
            print('%s: %d articles, %d claims, %d findings (%d cross-language)' % (
                event, len(gold['articles']), len(gold['claims']), len(gold['findings']), len(x)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
