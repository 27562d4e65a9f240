#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the erupsi-gunung-ntt-2026 corpus event.

usage: python3 make_gold.py            # writes both gold files (without spans)
       python3 corpora/tools/fill_spans.py id/gold.json   # then fill spans
       python3 corpora/tools/fill_spans.py en/gold.json

Before writing, it checks every evidence string against a local reading of the articles (.txt as
is, .json record `text`, .html: h1-h6/p/li/blockquote blocks of <article> joined by blank lines,
as HtmlText does) so that fill_spans.py (which runs the project's Java loader) is run only once.
Written for claimdiff's evaluation; the event, people and figures are invented.
"""
import html, json, os, re, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'erupsi-gunung-ntt-2026')
EVENT = ('Eruptions of the (invented) volcano Mount Wolo Bara, Ende regency, Flores, East Nusa Tenggara, '
         'early on Tuesday 2026-11-17 (02.17, 04.40 and 09.12 WITA); alert raised to Level IV (Awas); '
         'Ende airport closed nearly 20 hours, Maumere airport reopened earlier than planned '
         '(written for claimdiff\'s evaluation; facts invented)')
TYPES = ['QUOTE', 'STATEMENT', 'DURATION', 'EVENT_DATE', 'LOCATION', 'COMMITMENT', 'SOURCE_CITATION', 'QUANTITY']
EXHAUSTIVE = ['QUOTE', 'DURATION', 'EVENT_DATE', 'LOCATION', 'COMMITMENT', 'SOURCE_CITATION', 'QUANTITY']
TUE, WED, THU, MON = '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-16'

# ---------------------------------------------------------------- claim helpers
claims = []
_art = [None]


def art(name):
    _art[0] = name


def _c(typ, cid, ev, core, kw):
    c = {'id': cid, 'article': _art[0], 'type': typ, 'evidence': ev, 'core': core}
    c.update({k: v for k, v in kw.items()})
    claims.append(c)
    return cid


def N(cid, ev, amount, what, core=True, **kw):          # QUANTITY
    kw = dict(kw)
    d = {}
    if amount is not None:
        d['amount'] = amount
    d['what'] = what
    d.update(kw)
    return _c('QUANTITY', cid, ev, core, d)


def Q(cid, ev, speaker, core=True, **kw):                # QUOTE
    return _c('QUOTE', cid, ev, core, dict(speaker=speaker, **kw))


def S(cid, ev, speaker, core=True, **kw):                # STATEMENT
    return _c('STATEMENT', cid, ev, core, dict(speaker=speaker, **kw))


def D(cid, ev, minutes, event, core=True, **kw):         # DURATION
    return _c('DURATION', cid, ev, core, dict(minutes=minutes, event=event, **kw))


def T(cid, ev, event, date, weekday, core=True, **kw):   # EVENT_DATE
    return _c('EVENT_DATE', cid, ev, core, dict(event=event, date=date, weekday=weekday, **kw))


def L(cid, ev, place, core=True, **kw):                  # LOCATION
    return _c('LOCATION', cid, ev, core, dict(place=place, **kw))


def C(cid, ev, actor, action, recipient, due, core=True, **kw):   # COMMITMENT
    return _c('COMMITMENT', cid, ev, core, dict(actor=actor, action=action, recipient=recipient, due=due, **kw))


def A(cid, ev, source, core=True, **kw):                 # SOURCE_CITATION
    return _c('SOURCE_CITATION', cid, ev, core, dict(source=source, **kw))


COL1, COL2, COL3 = 'ash column m (02.17 eruption)', 'ash column m (04.40 eruption)', 'ash column m (09.12 eruption)'
BG = 'background: the 2019 eruption'

# ================================================================ Indonesian folder
ID_ARTICLES = {
    '01_kompas_selasa-pagi.txt': {
        'outlet': 'Kompas.com', 'language': 'id', 'published': '2026-11-17T07:45+07:00', 'cites': [],
        'note': 'first report, 08.45 WITA (before the third eruption): two eruptions (02.17 and 04.40 WITA), PVMBG\'s 7.000 m column, Level IV; '
                'BPBD figures of 08.00 WITA (at least 1.200 displaced, 2 dead, 5 injured); 6 flights cancelled at Ende; '
                'regent spelled Herman Yosef Bhara; caption and two Baca juga lines'},
    '02_detikbali_selasa-siang.html': {
        'outlet': 'detikBali', 'language': 'id', 'published': '2026-11-17T13:20+07:00', 'cites': [],
        'note': 'HTML page (byline/date <div>s and <figcaption> are not in the extracted text); third eruption 09.12 WITA; '
                'the observation post gives 5.000 m for the 04.40 column; deaths revised 2 -> 1; '
                'headline says 9 injured, body 7; BPBD data of 12.00 WITA, Kemenhub flight data of 13.00 WITA; a denial'},
    '03_antara_reuters_selasa-malam.json': {
        'outlet': 'ANTARA', 'language': 'id', 'published': '2026-11-17T19:40+08:00', 'cites': ['Reuters'],
        'translation_of': '../en/01_reuters_tuesday.txt',
        'note': '.json record; translation of the Reuters wire, faithful except one value: the social affairs '
                'ministry\'s aid of 1.5 billion rupiah became Rp15 miliar; drops the dollar and mile conversions, the Related line and the byline, adds its own Baca juga and \'Sumber: Reuters\''},
    '04_flobamoranews_rabu-pagi.txt': {
        'outlet': 'FlobamoraNews.id', 'language': 'id', 'published': '2026-11-18T10:30+08:00', 'cites': [],
        'note': 'regional portal, updated 11.05 WITA: Ende airport reopened 22.30 WITA Tuesday after nearly 20 hours; '
                'Maumere five hours ahead of the NOTAM; totals 18 cancelled / 9 delayed; BPBD data of 07.00 WITA Wednesday; '
                'regent spelled Herman Josef Bhara; aid Rp1,5 miliar by Thursday 19/11'},
}

# ---- 01 Kompas.com (Tuesday 09.45 WITA)
art('01_kompas_selasa-pagi.txt')
N('k.n0', 'Meletus Dua Kali Dini Hari', 2, 'eruptions', core=False, zone='HEADLINE')
N('k.n00', 'Status Naik ke Level IV Awas', 4, 'alert level', core=False, zone='HEADLINE')
L('k.l1', 'Gunung Wolo Bara di Kabupaten Ende, Nusa Tenggara Timur (NTT)', 'Ende', venue='Mount Wolo Bara')
N('k.n1', 'meletus dua kali', 2, 'eruptions', note='by the morning; a third eruption followed at 09.12 WITA')
T('k.t1', 'pada Selasa (17/11/2026) dini hari', 'eruption', TUE, 'TUESDAY')
N('k.n2', 'tinggi kolom abu 3.000 meter di atas puncak', 3000, COL1)
N('k.n3', 'tinggi kolom abu 7.000 meter di atas puncak', 7000, COL2, note='PVMBG figure')
S('k.s1', 'Priyatna Sasmita mengatakan, status Gunung Wolo Bara dinaikkan dari Level III (Siaga) menjadi Level IV (Awas)',
  'Priyatna Sasmita')
N('k.n4', 'menjadi Level IV (Awas)', 4, 'alert level')
N('k.n5', 'dari Level III (Siaga)', 3, 'alert level', core=False, note='the previous level')
Q('k.q1', 'Letusan kedua terekam di seismograf dengan durasi hampir 12 menit. Ini letusan terbesar Wolo Bara dalam beberapa tahun terakhir',
  'Priyatna Sasmita')
D('k.d1', 'durasi hampir 12 menit', 12, 'second eruption (04.40 WITA)', bound='nearly', note='in the quote')
T('k.t2', 'saat dihubungi Kompas.com, Selasa pagi', 'interview', TUE, 'TUESDAY', core=False)
N('k.n6', 'menjadi 8 kilometer dari kawah', 8, 'exclusion radius km')
N('k.n7', 'dari radius 5 kilometer', 5, 'exclusion radius km', core=False, note='the previous radius')
N('k.n8', 'sekitar 9.000 jiwa tinggal di dalam radius tersebut', 9000, 'residents in danger zone', bound='about')
S('k.s2', 'Menurut data pemerintah kabupaten, sekitar 9.000 jiwa tinggal di dalam radius tersebut', 'Ende regency government',
  core=False)
N('k.n9', 'sedikitnya 1.200 warga', 1200, 'displaced', bound='at-least', as_of='2026-11-17T08:00+08:00')
S('k.s3', 'Badan Penanggulangan Bencana Daerah (BPBD) Ende mencatat sedikitnya 1.200 warga', 'BPBD Ende')
L('k.l2', 'dari Desa Kelisamba, Watukeli, dan Tanalewu', 'Kelisamba', core=False,
  note='and Watukeli, Tanalewu: the villages evacuated')
S('k.s4', 'Stefanus Mbete menyebut dua warga meninggal dunia dan lima orang luka-luka', 'Stefanus Mbete')
N('k.n10', 'dua warga meninggal dunia', 2, 'deaths', note='the morning figure, revised to 1 later that day (detik, ANTARA)')
N('k.n11', 'lima orang luka-luka', 5, 'injured')
Q('k.q2', 'Batu sebesar kepalan tangan jatuh menembus atap rumah. Warga lari dalam gelap', 'Stefanus Mbete')
N('k.n12', 'Maria Goreti Nona (38)', 38, 'age (years)', core=False)
L('k.l3', 'warga Desa Kelisamba, mengatakan', 'Kelisamba', core=False, note='where the resident lives')
S('k.s5', 'Maria Goreti Nona (38), warga Desa Kelisamba, mengatakan ia terbangun oleh gemuruh', 'Maria Goreti Nona', core=False)
Q('k.q3', 'hujan kerikil', 'Maria Goreti Nona', core=False, fragment=True, note='her words in quotation marks inside reported speech')
Q('k.q4', 'Anak-anak saya bangunkan, kami lari ke jalan tanpa bawa apa-apa. Langit di atas gunung merah', 'Maria Goreti Nona')
L('k.l4', 'di posko pengungsian di Kota Ende', 'Ende', core=False, venue='evacuation post')
L('k.l5', 'Bandara H. Hasan Aroeboesman Ende ditutup', 'Ende', core=False, venue='H. Hasan Aroeboesman airport')
S('k.s6', 'Agustinus Lado mengatakan, enam penerbangan dari dan ke Ende dibatalkan', 'Agustinus Lado')
N('k.n13', 'enam penerbangan dari dan ke Ende dibatalkan', 6, 'flights cancelled', note='Ende only, by the morning')
T('k.t7', 'hingga pagi ini', 'flight count (as of)', TUE, 'TUESDAY', core=False)
Q('k.q5', 'Hasil paper test di landasan positif abu. Keselamatan penerbangan yang utama', 'Agustinus Lado')
D('k.d2', 'status tanggap darurat selama 14 hari', 20160, 'emergency response status', expected=True,
  note='a period declared, not elapsed')
T('k.t3', 'terhitung mulai Selasa', 'emergency response status start', TUE, 'TUESDAY', core=False)
C('k.c1', 'Pemerintah kabupaten akan membuka dapur umum di setiap posko pengungsian mulai Rabu (18/11/2026)',
  'Ende regency government', 'open public kitchens', 'evacuation posts', 'from Wednesday (18/11/2026)')
T('k.t4', 'mulai Rabu (18/11/2026)', 'public kitchens open (planned)', WED, 'WEDNESDAY', core=False, expected=True)
T('k.t5', 'terakhir meletus pada Agustus 2019', '2019 eruption', '2019-08', None, core=False, note=BG)
N('k.n14', 'sekitar 1.600 warga mengungsi', 1600, 'displaced', core=False, bound='about', note=BG)
D('k.d3', 'mengungsi selama tiga bulan', 129600, '2019 displacement', core=False, note=BG + ' (three months = 90 days)')
T('k.t6', 'Gunung Wolo Bara meletus, Selasa (17/11/2026)', 'eruption', TUE, 'TUESDAY', core=False, zone='CAPTION',
  note='photo caption')
L('k.l6', 'Warga Desa Kelisamba mengungsi dengan truk', 'Kelisamba', core=False, zone='CAPTION', note='photo caption')

# ---- 02 detikBali (.html, Tuesday 14.20 WITA)
art('02_detikbali_selasa-siang.html')
N('d.n1', '1 Warga Tewas', 1, 'deaths', core=False, zone='HEADLINE')
N('d.n2', '9 Luka-luka', 9, 'injured', zone='HEADLINE',
  note='the headline contradicts the body (7 injured, same article, same moment)')
L('d.l1', 'Gunung Wolo Bara di Kabupaten Ende, Nusa Tenggara Timur (NTT)', 'Ende', venue='Mount Wolo Bara')
T('d.t1', 'kembali erupsi pada Selasa (17/11/2026) pukul 09.12 WITA', 'eruption', TUE, 'TUESDAY',
  note='the third eruption')
N('d.n3', 'sekitar 1.500 meter di atas puncak', 1500, COL3, bound='about')
L('d.l2', 'Pos Pengamatan Gunung Api (PGA) Wolo Bara di Desa Tanalewu', 'Tanalewu', core=False,
  venue='volcano observation post')
S('d.s1', 'Fransiskus Rato, mengatakan letusan ketiga lebih kecil dibandingkan letusan subuh', 'Fransiskus Rato')
S('d.s2', 'Menurut dia, kolom abu letusan pukul 04.40 WITA mencapai 5.000 meter di atas puncak', 'Fransiskus Rato')
N('d.n4', 'kolom abu letusan pukul 04.40 WITA mencapai 5.000 meter', 5000, COL2,
  note='the observation post\'s figure; PVMBG (Kompas, ANTARA) says 7.000 m')
Q('d.q1', 'Yang subuh itu paling besar, abunya condong ke barat laut ke arah kota. Yang barusan lebih kecil', 'Fransiskus Rato')
N('d.n5', 'jumlah korban meninggal dunia direvisi dari dua orang menjadi satu orang', 1, 'deaths', revision='direvisi')
N('d.n6', 'direvisi dari dua orang', 2, 'deaths', core=False, note='the superseded morning figure')
S('d.s3', 'Stefanus Mbete menjelaskan, satu warga yang semula dilaporkan meninggal ternyata selamat', 'Stefanus Mbete')
L('d.l3', 'dirawat di RSUD Ende', 'Ende', core=False, venue='RSUD Ende (regional hospital)')
Q('d.q2', 'Tadi pagi kami terima laporan dua warga meninggal. Setelah dicek ulang, satu di antaranya masih hidup. Jadi korban meninggal satu orang',
  'Stefanus Mbete')
T('d.t2', 'Tadi pagi kami terima laporan', 'first toll report', TUE, None, core=False, note='in the quote')
N('d.n7', 'laporan dua warga meninggal', 2, 'deaths', core=False, note='in the quote: the superseded morning report')
N('d.n8', 'Jadi korban meninggal satu orang', 1, 'deaths', core=False, note='in the quote (= d.n5)')
N('d.n9', 'tujuh warga luka-luka', 7, 'injured')
L('d.l4', 'di Desa Watukeli dan Kelisamba', 'Watukeli', core=False, note='and Kelisamba: where the injured were hit')
N('d.n10', 'jumlah pengungsi bertambah menjadi 2.870 jiwa', 2870, 'displaced', as_of='2026-11-17T12:00+08:00',
  revision='bertambah menjadi')
N('d.n11', 'sembilan titik pengungsian', 9, 'evacuation sites', as_of='2026-11-17T12:00+08:00')
S('d.s4', 'BPBD juga mencatat 46 rumah rusak', 'BPBD Ende')
N('d.n12', '46 rumah rusak', 46, 'houses damaged', as_of='2026-11-17T12:00+08:00')
N('d.n13', 'sembilan di antaranya rusak berat', 9, 'houses heavily damaged', as_of='2026-11-17T12:00+08:00')
S('d.s5', 'Stefanus membantah kabar di media sosial yang menyebut ada warga tertimbun material letusan', 'Stefanus Mbete',
  note='a denial')
L('d.l5', 'tertimbun material letusan di Desa Watukeli', 'Watukeli', core=False, note='place of the denied rumour')
Q('d.q3', 'Itu hoaks. Semua warga Watukeli sudah kami data dan ada di posko', 'Stefanus Mbete', note="'ujar dia'")
L('d.l6', 'penutupan Bandara H. Hasan Aroeboesman Ende', 'Ende', core=False, venue='H. Hasan Aroeboesman airport')
L('d.l7', 'Bandara Frans Seda di Maumere, Kabupaten Sikka', 'Maumere', core=False, venue='Frans Seda airport')
S('d.s6', 'Data Kementerian Perhubungan hingga pukul 13.00 WITA mencatat 14 penerbangan', 'Kementerian Perhubungan')
N('d.n14', '14 penerbangan dari dan ke kedua bandara itu dibatalkan', 14, 'flights cancelled', as_of='2026-11-17T13:00+08:00')
N('d.n15', 'lima penerbangan lainnya ditunda', 5, 'flights delayed', as_of='2026-11-17T13:00+08:00')
S('d.s7', 'Agustinus Lado mengatakan penumpang yang batal terbang dapat meminta pengembalian dana atau jadwal ulang',
  'Agustinus Lado')
Q('d.q4', 'Penumpang bisa mengajukan refund penuh atau reschedule tanpa biaya ke maskapai masing-masing', 'Agustinus Lado')
C('d.c1', 'Penumpang bisa mengajukan refund penuh atau reschedule tanpa biaya ke maskapai masing-masing',
  'airlines', 'full refund or free rescheduling', 'passengers of cancelled flights', None, core=False,
  note='an entitlement stated by the airport head (q4), binding the airlines')

# ---- 03 ANTARA, translation of the Reuters wire (.json, Tuesday 19.40 WITA)
art('03_antara_reuters_selasa-malam.json')
N('a.n0', 'Flores meletus tiga kali', 3, 'eruptions', core=False, zone='HEADLINE')
N('a.n00', 'satu tewas', 1, 'deaths', core=False, zone='HEADLINE')
N('a.n000', 'ribuan warga mengungsi', None, 'displaced', core=False, zone='HEADLINE',
  note="'ribuan' (thousands): no single amount")
L('a.l1', 'gunung berapi di Pulau Flores, Indonesia', 'Flores', core=False)
N('a.n1', 'meletus tiga kali', 3, 'eruptions', occurrence=2)
T('a.t1', 'meletus tiga kali pada Selasa', 'eruption', TUE, 'TUESDAY')
N('a.n2', 'hingga setinggi 7 km di atas puncaknya', 7000, COL2,
  note="'up to 7 km': the day's highest column, the 04.40 eruption's (PVMBG)")
N('a.n3', 'menewaskan satu orang', 1, 'deaths')
N('a.n4', 'lebih dari 2.800 orang', 2800, 'displaced', bound='more-than')
A('a.a1', 'seperti dilansir Reuters', 'Reuters')
L('a.l2', 'Gunung Wolo Bara di Kabupaten Ende, Provinsi Nusa Tenggara Timur', 'Ende', venue='Mount Wolo Bara')
T('a.t2', 'pertama kali meletus pada pukul 02.17 waktu setempat (18.17 GMT Senin)', 'eruption', MON, 'MONDAY',
  core=False, note='GMT date: 18.17 GMT Monday 16 November = 02.17 WITA Tuesday 17 November; not a discrepancy with Tuesday')
N('a.n5', 'kolom abu 3.000 meter di atas puncak', 3000, COL1)
S('a.s1', 'disusul letusan yang lebih besar pada pukul 04.40, kata Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)', 'PVMBG')
N('a.n6', 'ke Level IV', 4, 'alert level')
N('a.n7', 'skala empat tingkat', 4, 'alert levels on the scale', core=False, note='the size of the scale, not the level')
N('a.n8', 'memperluas zona bahaya di sekitar kawah menjadi 8 km', 8, 'exclusion radius km')
Q('a.q1', 'Letusan kedua merupakan yang terbesar di Wolo Bara dalam beberapa tahun terakhir, dan gempa vulkanik belum menurun',
  'Priyatna Sasmita')
A('a.a2', 'kepada Reuters', 'Reuters', core=False, note="the PVMBG head's quote was given to Reuters")
Q('a.q2', 'Kami minta warga tidak kembali ke desa, sekalipun untuk memberi makan ternak', 'Priyatna Sasmita', note="'ujarnya'")
N('a.n9', 'abu setinggi 1.500 meter', 1500, COL3)
N('a.n10', 'merevisi jumlah korban meninggal dari dua menjadi satu orang', 1, 'deaths', revision='merevisi')
N('a.n11', 'korban meninggal dari dua', 2, 'deaths', core=False, note='the superseded figure')
S('a.s2', 'BPBD setempat merevisi jumlah korban meninggal dari dua menjadi satu orang setelah seorang pria yang dilaporkan tewas ditemukan masih hidup di rumah sakit, kata juru bicara Badan Nasional Penanggulangan Bencana (BNPB) Dedi Marzuki',
  'Dedi Marzuki')
N('a.n12', 'Tujuh orang luka-luka', 7, 'injured')
N('a.n13', 'Puluhan rumah rusak', None, 'houses damaged', note="'puluhan' (dozens): no single amount")
S('a.s3', 'Puluhan rumah rusak akibat abu dan batu pijar, katanya', 'Dedi Marzuki', core=False)
L('a.l3', 'Bandara H. Hasan Aroeboesman di Ende', 'Ende', core=False, venue='H. Hasan Aroeboesman airport')
L('a.l4', 'Bandara Frans Seda di Maumere', 'Maumere', core=False, venue='Frans Seda airport')
C('a.c2', 'akan tetap ditutup hingga tengah malam', 'H. Hasan Aroeboesman airport (Ende)', 'keep the airport closed', None,
  'until midnight (Tuesday)', core=False, note='a schedule; it actually reopened at 22.30 WITA (FlobamoraNews)')
S('a.s4', 'Bandara Frans Seda di Maumere dibuka kembali pukul 15.00, lebih cepat dari rencana, kata Kementerian Perhubungan',
  'Kementerian Perhubungan')
N('a.n14', 'Sebanyak 14 penerbangan dibatalkan', 14, 'flights cancelled')
N('a.n15', 'lima lainnya ditunda', 5, 'flights delayed')
S('a.s5', 'Kementerian Sosial menyatakan akan mengirim makanan, selimut, dan masker', 'Kementerian Sosial')
C('a.c1', 'akan mengirim makanan, selimut, dan masker senilai Rp15 miliar ke pusat-pusat pengungsian di Ende paling lambat Kamis',
  'Kementerian Sosial', 'send aid (food, blankets, masks)', 'evacuation centres in Ende', 'by Thursday')
N('a.n16', 'senilai Rp15 miliar', 15000000000, 'aid value IDR', expected=True,
  note="the translation's changed value: Reuters wrote 1.5 billion rupiah")
L('a.l5', 'ke pusat-pusat pengungsian di Ende', 'Ende', core=False, venue='evacuation centres')
T('a.t3', 'paling lambat Kamis', 'aid delivery (deadline)', THU, 'THURSDAY', core=False, expected=True)
Q('a.q3', 'Saya gendong anak-anak dan lari. Batu berjatuhan di atap seperti hujan', 'Kristina Dhiu')
N('a.n17', 'Kristina Dhiu (45)', 45, 'age (years)', core=False)
L('a.l6', 'petani asal Desa Watukeli', 'Watukeli', core=False, note='where the resident lives')
L('a.l7', 'di tempat pengungsian di Kota Ende', 'Ende', core=False, venue='shelter')
N('a.n18', '127 gunung api aktif', 127, 'active volcanoes in Indonesia', core=False, note='background')
A('a.a3', 'Sumber: Reuters', 'Reuters', note='credit line')

# ---- 04 FlobamoraNews.id (Wednesday 10.30 WITA)
art('04_flobamoranews_rabu-pagi.txt')
D('f.d0', 'Setelah Hampir 20 Jam Ditutup', 1200, 'Ende airport closure', core=False, bound='nearly', zone='HEADLINE')
N('f.n0', 'Pengungsi Wolo Bara Jadi 4.315 Jiwa', 4315, 'displaced', core=False, zone='HEADLINE')
L('f.l1', 'Bandara H. Hasan Aroeboesman Ende kembali dibuka', 'Ende', venue='H. Hasan Aroeboesman airport')
T('f.t1', 'kembali dibuka pada Selasa (17/11/2026) pukul 22.30 WITA', 'Ende airport reopened', TUE, 'TUESDAY')
D('f.d1', 'ditutup hampir 20 jam', 1200, 'Ende airport closure', bound='nearly', note='02.50-22.30 WITA = 19 h 40 min')
L('f.l2', 'Bandara Frans Seda Maumere', 'Maumere', core=False, venue='Frans Seda airport')
T('f.t2', 'beroperasi sejak Selasa pukul 15.00 WITA', 'Maumere airport reopened', TUE, 'TUESDAY')
D('f.d2', 'lima jam lebih cepat dari jadwal', 300, 'Maumere reopening ahead of the NOTAM', core=False,
  note='a time difference (reopened at 15.00 instead of 20.00 WITA), not something that lasted')
S('f.s1', 'Agustinus Lado mengatakan, selama penutupan, total 18 penerbangan dari dan ke kedua bandara dibatalkan',
  'Agustinus Lado')
N('f.n1', 'total 18 penerbangan dari dan ke kedua bandara dibatalkan', 18, 'flights cancelled', note='total over the closure')
N('f.n2', 'sembilan penerbangan ditunda', 9, 'flights delayed', note='total over the closure')
N('f.n3', 'Lebih dari 1.300 penumpang terdampak', 1300, 'passengers affected', bound='more-than')
Q('f.q1', 'Landasan sudah kami bersihkan semalam dan hasil paper test negatif. Pagi ini pesawat pertama dari Kupang sudah mendarat',
  'Agustinus Lado')
T('f.t10', 'kami bersihkan semalam', 'runway cleaned', TUE, None, core=False, note='in the quote: Tuesday night')
T('f.t11', 'Pagi ini pesawat pertama', 'first flight landed', WED, None, core=False, note='in the quote')
L('f.l3', 'pesawat pertama dari Kupang', 'Kupang', core=False, note="the first flight's origin")
T('f.t3', 'ujarnya, Rabu pagi', 'interview', WED, 'WEDNESDAY', core=False)
S('f.s2', 'BPBD Ende mencatat jumlah pengungsi', 'BPBD Ende')
N('f.n4', 'jumlah pengungsi hingga Rabu pukul 07.00 WITA mencapai 4.315 jiwa', 4315, 'displaced',
  as_of='2026-11-18T07:00+08:00')
T('f.t4', 'hingga Rabu pukul 07.00 WITA', 'toll update', WED, 'WEDNESDAY', core=False)
N('f.n5', '12 titik pengungsian', 12, 'evacuation sites', as_of='2026-11-18T07:00+08:00')
N('f.n17', 'masing-masing menampung 150 hingga 600 jiwa', 150, 'evacuees per site', bound='range', high=600,
  as_of='2026-11-18T07:00+08:00')
L('f.l4', 'di Kota Ende dan sekitarnya', 'Ende', core=False, venue='evacuation sites')
N('f.n6', '63 rumah rusak', 63, 'houses damaged', as_of='2026-11-18')
N('f.n7', '11 di antaranya rusak berat', 11, 'houses heavily damaged', as_of='2026-11-18')
N('f.n8', 'empat rumah roboh', 4, 'houses destroyed', as_of='2026-11-18')
N('f.n9', 'Korban meninggal dunia tetap satu orang', 1, 'deaths', as_of='2026-11-18')
N('f.n10', 'korban luka bertambah menjadi 11 orang', 11, 'injured', as_of='2026-11-18', revision='bertambah menjadi')
N('f.n11', 'BPBD sempat melaporkan dua warga meninggal dunia', 2, 'deaths', core=False,
  note="background: Tuesday morning's figure, 'sebelum angka itu direvisi'")
T('f.t5', 'Pada Selasa pagi', 'first toll report', TUE, 'TUESDAY', core=False)
S('f.s3', 'Herman Josef Bhara meminta warga tidak kembali ke desa', 'Herman Yosef Bhara',
  note="spelled 'Josef' here, 'Yosef' in Kompas.com")
N('f.n12', 'radius 8 kilometer dari kawah', 8, 'exclusion radius km')
D('f.d3', 'status tanggap darurat 14 hari', 20160, 'emergency response status', expected=True,
  note='a period declared, not elapsed')
Q('f.q2', 'Rumah bisa dibangun lagi, nyawa tidak. Tidak ada yang naik ke kampung sebelum PVMBG bilang aman',
  'Herman Yosef Bhara')
L('f.l5', 'meninjau posko pengungsian di Kota Ende', 'Ende', core=False, venue='evacuation post')
T('f.t6', 'di Kota Ende, Rabu pagi', 'regent visits evacuation post', WED, 'WEDNESDAY', core=False)
S('f.s4', 'Pemerintah kabupaten, lanjut dia, sudah membuka dapur umum di setiap titik pengungsian', 'Herman Yosef Bhara')
T('f.t7', 'sejak Rabu pagi', 'public kitchens opened', WED, 'WEDNESDAY', core=False,
  note="done as Kompas.com's 'mulai Rabu' had announced")
S('f.s5', 'Andreas Simanjuntak memastikan bantuan logistik senilai Rp1,5 miliar', 'Andreas Simanjuntak')
C('f.c1', 'memastikan bantuan logistik senilai Rp1,5 miliar untuk pengungsi di Ende tiba paling lambat Kamis (19/11/2026)',
  'Kementerian Sosial', 'deliver aid (logistics)', 'evacuees in Ende', 'by Thursday (19/11/2026)',
  note='stated by the ministry spokesperson Andreas Simanjuntak')
N('f.n13', 'senilai Rp1,5 miliar', 1500000000, 'aid value IDR', expected=True)
T('f.t8', 'paling lambat Kamis (19/11/2026)', 'aid delivery (deadline)', THU, 'THURSDAY', core=False, expected=True)
N('f.n14', 'Yohanes Wangge (61)', 61, 'age (years)', core=False)
L('f.l6', 'warga Desa Watukeli, mengaku', 'Watukeli', core=False, note='where the resident lives')
Q('f.q3', 'Kambing saya lima ekor masih di kandang. Tapi kalau bupati bilang jangan naik, ya kami tunggu', 'Yohanes Wangge')
N('f.n15', 'Kambing saya lima ekor', 5, 'goats', core=False)
N('f.n16', 'masih Level IV (Awas)', 4, 'alert level', as_of='2026-11-18')
T('f.t9', 'hingga Rabu pagi masih Level IV', 'alert status (as of)', WED, 'WEDNESDAY', core=False)

ID_CLAIMS = claims
claims = []

ID_FINDINGS = [
    ('F1', 'UPDATE', 'QUANTITY', ['k.n9', 'd.n10', 'f.n4'],
     'Displaced rise: at least 1.200 (08.00 WITA Tue, Kompas), 2.870 (12.00 Tue, detik; ANTARA: more than 2.800), 4.315 (07.00 Wed, FlobamoraNews).'),
    ('F2', 'UPDATE', 'QUANTITY', ['k.n10', 'd.n5'],
     "Deaths: 2 on Tuesday morning (Kompas), revised ('direvisi') down to 1 by midday (detik; ANTARA, FlobamoraNews also 1)."),
    ('F3', 'UPDATE', 'QUANTITY', ['k.n11', 'd.n9', 'f.n10'],
     'Injured: 5 (Tue morning), 7 (Tue midday; ANTARA 7), 11 (Wed morning).'),
    ('F4', 'UPDATE', 'QUANTITY', ['k.n13', 'd.n14', 'f.n1'],
     'Flights cancelled: 6 at Ende by Tuesday morning, 14 at both airports by 13.00 WITA (ANTARA 14), 18 in all (Wednesday).'),
    ('F5', 'UPDATE', 'QUANTITY', ['d.n15', 'f.n2'], 'Flights delayed: 5 by 13.00 WITA Tuesday (ANTARA 5), 9 in all (Wednesday).'),
    ('F6', 'UPDATE', 'QUANTITY', ['d.n12', 'f.n6'], 'Houses damaged: 46 (12.00 WITA Tue), 63 (Wednesday).'),
    ('F7', 'UPDATE', 'QUANTITY', ['k.n1', 'a.n1'], 'Eruptions: two by Tuesday morning (Kompas), three by the evening (ANTARA; detik reports the third at 09.12).'),
    ('F8', 'INCONSISTENCY', 'QUANTITY', ['d.n2', 'd.n9'], 'detikBali: the headline says 9 injured, its body 7 at the same moment.'),
    ('F9', 'DISCREPANCY', 'QUANTITY', ['k.n3', 'd.n4'],
     'Ash column of the 04.40 WITA eruption: 7.000 m above the summit (PVMBG, Kompas; ANTARA 7 km) vs 5.000 m (the observation post, detik).'),
    ('F10', 'DISCREPANCY', 'QUANTITY', ['a.n16', 'f.n13'],
     "The social affairs ministry's aid due by Thursday: Rp15 miliar (ANTARA, mistranslating Reuters' 1.5 billion) vs Rp1,5 miliar (FlobamoraNews)."),
    ('F12', 'AGREEMENT', 'LOCATION', ['k.l1', 'd.l1', 'a.l2'], 'Mount Wolo Bara, Kabupaten Ende, NTT (Kompas, detik, ANTARA).'),
    ('F13', 'AGREEMENT', 'EVENT_DATE', ['k.t1', 'd.t1', 'a.t1'], 'The eruptions were on Tuesday 17 November 2026.'),
    ('F14', 'AGREEMENT', 'QUANTITY', ['k.n2', 'a.n5'], 'First eruption (02.17 WITA): column 3.000 m above the summit.'),
    ('F15', 'AGREEMENT', 'QUANTITY', ['k.n3', 'a.n2'], 'Second eruption: 7.000 m / up to 7 km above the summit (PVMBG).'),
    ('F16', 'AGREEMENT', 'QUANTITY', ['d.n3', 'a.n9'], 'Third eruption (09.12 WITA): column about 1.500 m / 1.500 m.'),
    ('F17', 'AGREEMENT', 'QUANTITY', ['k.n4', 'a.n6', 'f.n16'], 'Alert level IV (Awas).'),
    ('F18', 'AGREEMENT', 'QUANTITY', ['k.n6', 'a.n8', 'f.n12'], 'Exclusion radius 8 km.'),
    ('F19', 'AGREEMENT', 'QUANTITY', ['d.n5', 'a.n10', 'f.n9'], 'One dead after the revision (detik, ANTARA, FlobamoraNews).'),
    ('F20', 'AGREEMENT', 'QUANTITY', ['d.n9', 'a.n12'], '7 injured by Tuesday midday/afternoon (detik body, ANTARA).'),
    ('F21', 'AGREEMENT', 'QUANTITY', ['d.n14', 'a.n14'], '14 flights cancelled by Tuesday afternoon (detik, ANTARA).'),
    ('F22', 'AGREEMENT', 'QUANTITY', ['d.n15', 'a.n15'], '5 flights delayed by Tuesday afternoon (detik, ANTARA).'),
    ('F23', 'AGREEMENT', 'QUANTITY', ['d.n10', 'a.n4'], "Displaced at midday: 2.870 (detik) and 'lebih dari 2.800' (ANTARA) are compatible."),
    ('F24', 'AGREEMENT', 'COMMITMENT', ['a.c1', 'f.c1'],
     "The social affairs ministry's aid for the evacuees in Ende by Thursday (19/11) (ANTARA, FlobamoraNews; the amounts differ: F10)."),
    ('F25', 'AGREEMENT', 'DURATION', ['k.d2', 'f.d3'], 'A 14-day emergency response status (Kompas, FlobamoraNews).'),
]
ID_VARIANTS = [('F11', ['Herman Yosef Bhara', 'Herman Josef Bhara'],
                ['01_kompas_selasa-pagi.txt', '04_flobamoranews_rabu-pagi.txt'],
                'The Ende regent: Herman Yosef Bhara (Kompas.com) and Herman Josef Bhara (FlobamoraNews); one person.')]
ID_TRAPS = [
    (['03_antara_reuters_selasa-malam.json'], ['a.t2'],
     "'18.17 GMT Senin' is the same instant as 02.17 WITA Tuesday: not an inconsistency with 'Selasa'."),
    (['01_kompas_selasa-pagi.txt', '02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json'],
     ['k.n2', 'k.n3', 'd.n3', 'a.n5', 'a.n9'],
     'Column heights 3.000, 7.000 and 1.500 m belong to three different eruptions (02.17, 04.40, 09.12 WITA): not discrepancies.'),
    (['02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json', '04_flobamoranews_rabu-pagi.txt'],
     ['d.n14', 'd.n15', 'a.n14', 'a.n15', 'f.n1', 'f.n2'],
     'Flights cancelled (14, 18) and flights delayed (5, 9) are different counts.'),
    (['01_kompas_selasa-pagi.txt'], ['k.n8', 'k.n9'],
     'About 9.000 residents live in the danger zone; at least 1.200 had been evacuated: residents vs evacuees.'),
    (['02_detikbali_selasa-siang.html', '04_flobamoranews_rabu-pagi.txt'], ['d.n12', 'd.n13', 'f.n6', 'f.n7', 'f.n8'],
     'Houses damaged (46, 63), heavily damaged (9, 11) and collapsed (4) are different counts.'),
    (['04_flobamoranews_rabu-pagi.txt'], ['f.n4', 'f.n5', 'f.n17'],
     '4.315 evacuees in all, 12 sites, 150 to 600 people per site: different things counted.'),
    (['01_kompas_selasa-pagi.txt'], ['k.n14', 'k.t5', 'k.d3'],
     'The August 2019 eruption (about 1.600 displaced for three months) is background, not this eruption.'),
    (['02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json', '04_flobamoranews_rabu-pagi.txt'],
     ['d.n6', 'd.n7', 'a.n11', 'f.n11'],
     "The superseded 'dua' deaths quoted with the revision ('direvisi dari dua', 'sempat melaporkan dua') are not a contradiction of 1."),
    (['01_kompas_selasa-pagi.txt', '02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json',
      '04_flobamoranews_rabu-pagi.txt'], ['f.d1', 'f.t1', 'a.c2'],
     "Ende airport's NOTAM 'hingga pukul 12.00 WITA' (Kompas), its extension 'hingga pukul 24.00 WITA' (detik) and "
     "'hingga tengah malam' (ANTARA) are schedules; it actually reopened at 22.30 WITA after nearly 20 hours: no scheduled-vs-actual comparison."),
    (['02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json', '04_flobamoranews_rabu-pagi.txt'],
     ['a.s4', 'f.t2', 'f.d2'],
     "Maumere's NOTAM ran to 20.00 WITA (detik) but the airport reopened at 15.00, 'lebih cepat dari rencana': planned vs actual."),
    (['04_flobamoranews_rabu-pagi.txt'], ['f.d1', 'f.d2'],
     "'lima jam lebih cepat' is a time difference at Maumere, not a closure length to compare with Ende's 'hampir 20 jam'."),
    (['01_kompas_selasa-pagi.txt'], ['k.n6', 'k.n7', 'k.n4', 'k.n5'],
     'The previous radius (5 km) and level (III) are the values before the change, not rival figures for 8 km and Level IV.'),
    (['03_antara_reuters_selasa-malam.json'], ['a.n7', 'a.n18'],
     "'skala empat tingkat' is the size of the scale, not the level; the 127 active volcanoes are background."),
    (['01_kompas_selasa-pagi.txt', '04_flobamoranews_rabu-pagi.txt'], ['k.c1', 'k.t4', 'f.t7'],
     "Public kitchens 'mulai Rabu' (plan, Tuesday) and 'sejak Rabu pagi' (done, Wednesday) agree: not a discrepancy."),
    (['01_kompas_selasa-pagi.txt', '02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json',
      '04_flobamoranews_rabu-pagi.txt'], ['d.l7', 'a.l4', 'f.l2', 'k.l5', 'f.l3'],
     'The airports (Ende, Maumere in Sikka), the first flight from Kupang and the ENDE dateline are not rival places of the eruption.'),
    (['01_kompas_selasa-pagi.txt', '02_detikbali_selasa-siang.html', '03_antara_reuters_selasa-malam.json',
      '04_flobamoranews_rabu-pagi.txt'], [],
     "'Baca juga' headlines carry other articles' numbers ('127 Gunung Api Aktif', '4 Berstatus Awas', '2 Maskapai', "
     "'5 Fakta', 'Radius 8 Km', '150 km', '2 Truk'): links, not claims of the article."),
]

# ================================================================ English folder
EN_ARTICLES = {
    '01_reuters_tuesday.txt': {
        'outlet': 'Reuters', 'language': 'en', 'published': '2026-11-17T09:05Z', 'cites': [],
        'note': 'updated wire (\'Adds third eruption ...\') of Tuesday afternoon local time (17.05 WITA): three eruptions, 7 km, deaths revised down to one, '
                'more than 2,800 displaced, 14 cancelled / 5 delayed, aid of 1.5 billion rupiah by Thursday; '
                'translated by ANTARA (id/03)'},
    '02_afp_tuesday-morning.txt': {
        'outlet': 'AFP', 'language': 'en', 'published': '2026-11-17T00:40Z', 'cites': [],
        'note': 'early wire (08.40 WITA, before the third eruption): two eruptions, 5,000 m column from the observation post, two dead (the '
                'morning figure), about 1,200 displaced, at least six flights cancelled'},
    '03_archipelagopost_wednesday.json': {
        'outlet': 'The Archipelago Post', 'language': 'en', 'published': '2026-11-18T14:00+07:00', 'cites': [],
        'note': '.json record; English-language Indonesian paper (invented); Ende airport reopened after nearly 20 hours, '
                'Maumere ahead of schedule; BPBD data of 07.00 WITA Wednesday'},
}

# ---- 01 Reuters
art('01_reuters_tuesday.txt')
N('r.n0', 'erupts three times', 3, 'eruptions', core=False, zone='HEADLINE')
N('r.n00', 'one dead', 1, 'deaths', core=False, zone='HEADLINE')
N('r.n000', 'thousands flee', None, 'displaced', core=False, zone='HEADLINE', note="'thousands': no single amount")
L('r.l1', "Indonesia's Flores island", 'Flores', core=False)
N('r.n1', 'erupted three times', 3, 'eruptions')
T('r.t1', 'erupted three times on Tuesday', 'eruption', TUE, 'TUESDAY')
N('r.n2', 'as high as 7 km (4.3 miles) above its summit', 7000, COL2,
  note="'as high as 7 km': the day's highest column, the 04.40 eruption's (PVMBG)")
N('r.n3', 'killing one person', 1, 'deaths')
N('r.n4', 'more than 2,800 people', 2800, 'displaced', bound='more-than')
L('r.l2', 'Mount Wolo Bara in Ende regency, East Nusa Tenggara province', 'Ende', venue='Mount Wolo Bara')
T('r.t2', 'first erupted at 2:17 a.m. (1817 GMT Monday)', 'eruption', MON, 'MONDAY', core=False,
  note="'Monday' is the GMT date (18:17 GMT Monday 16 November = 02:17 WITA Tuesday 17 November): not an inconsistency")
N('r.n5', 'sending ash 3,000 metres above the summit', 3000, COL1)
S('r.s1', 'a bigger blast followed at 4:40 a.m., the volcanology agency (PVMBG) said', 'PVMBG')
N('r.n6', 'to Level IV', 4, 'alert level')
N('r.n7', 'a four-tier scale', 4, 'alert levels on the scale', core=False, note='the size of the scale, not the level')
N('r.n8', 'widened the exclusion zone around the crater to 8 km', 8, 'exclusion radius km')
Q('r.q1', 'The second eruption was the largest at Wolo Bara in several years, and the volcanic earthquakes have not gone down',
  'Priyatna Sasmita')
Q('r.q2', 'We ask residents not to go back to their villages, even to feed their livestock', 'Priyatna Sasmita',
  note="'he said'")
N('r.n9', 'sent ash 1,500 metres into the sky', 1500, COL3)
N('r.n10', 'revised the death toll down to one from two', 1, 'deaths', revision='revised ... down')
N('r.n11', 'one from two', 2, 'deaths', core=False, note='the superseded figure')
S('r.s2', 'The local disaster agency revised the death toll down to one from two after a man reported killed was found alive in hospital, said Dedi Marzuki',
  'Dedi Marzuki')
N('r.n12', 'Seven people were injured', 7, 'injured')
N('r.n13', 'Dozens of houses were damaged', None, 'houses damaged', note="'dozens': no single amount")
S('r.s3', 'Dozens of houses were damaged by ash and incandescent rocks, he said', 'Dedi Marzuki', core=False)
L('r.l3', 'H. Hasan Aroeboesman airport in Ende', 'Ende', core=False, venue='H. Hasan Aroeboesman airport')
L('r.l4', 'Frans Seda airport in Maumere', 'Maumere', core=False, venue='Frans Seda airport')
C('r.c2', 'will stay shut until midnight', 'H. Hasan Aroeboesman airport (Ende)', 'keep the airport closed', None,
  'until midnight (Tuesday)', core=False, note='a schedule; it actually reopened at 22.30 WITA (Post)')
S('r.s4', 'Frans Seda airport in Maumere reopened at 3 p.m., earlier than planned, the transportation ministry said',
  'Transportation Ministry')
N('r.n14', 'Fourteen flights were cancelled', 14, 'flights cancelled')
N('r.n15', 'five delayed', 5, 'flights delayed')
S('r.s5', 'The social affairs ministry said it would send 1.5 billion rupiah', 'Social Affairs Ministry')
C('r.c1', "it would send 1.5 billion rupiah ($94,000) worth of food, blankets and face masks to evacuation centres in Ende by Thursday",
  'Social Affairs Ministry', 'send aid (food, blankets, masks)', 'evacuation centres in Ende', 'by Thursday')
N('r.n16', '1.5 billion rupiah ($94,000)', 1500000000, 'aid value IDR', expected=True)
N('r.n17', '$94,000', 94000, 'aid value USD', core=False, expected=True, note='conversion')
L('r.l5', 'to evacuation centres in Ende', 'Ende', core=False, venue='evacuation centres')
T('r.t3', 'in Ende by Thursday', 'aid delivery (deadline)', THU, 'THURSDAY', core=False, expected=True)
Q('r.q3', 'I grabbed my children and ran. Stones were falling on the roof like rain', 'Kristina Dhiu')
N('r.n18', 'Kristina Dhiu, 45', 45, 'age (years)', core=False)
L('r.l6', 'a farmer from Watukeli village', 'Watukeli', core=False, note='where the resident lives')
L('r.l7', 'at a shelter in Ende town', 'Ende', core=False, venue='shelter')
N('r.n19', 'has 127 active volcanoes', 127, 'active volcanoes in Indonesia', core=False, note='background')

# ---- 02 AFP
art('02_afp_tuesday-morning.txt')
L('p.l1', "Indonesia's Flores island", 'Flores', core=False)
N('p.n1', 'erupted twice', 2, 'eruptions', note='by the morning')
T('p.t1', 'erupted twice before dawn on Tuesday', 'eruption', TUE, 'TUESDAY')
N('p.n2', 'killing two people', 2, 'deaths', note='the morning figure, revised to one later (Reuters)')
N('p.n3', 'about 1,200 residents', 1200, 'displaced', bound='about')
L('p.l2', 'Mount Wolo Bara in Ende district, East Nusa Tenggara province', 'Ende', venue='Mount Wolo Bara')
T('p.t2', 'again at 4:40 am (2040 GMT Monday)', 'second eruption', MON, 'MONDAY', core=False,
  note='GMT date (20:40 GMT Monday 16 November = 04:40 WITA Tuesday 17 November)')
S('p.s1', "the country's volcanology agency said, raising its alert status to the highest level", 'PVMBG')
S('p.s2', "The second blast sent an ash column 5,000 metres above the crater, said Fransiskus Rato", 'Fransiskus Rato')
N('p.n4', 'an ash column 5,000 metres above the crater', 5000, COL2,
  note="the observation post's figure; PVMBG (Reuters, Post) says 7 km")
Q('p.q1', 'The ash is drifting north-west towards Ende town. Residents must wear masks', 'Fransiskus Rato')
L('p.l6', 'drifting north-west towards Ende town', 'Ende', core=False, note='in the quote: where the ash drifts')
N('p.n5', 'Two residents were killed', 2, 'deaths', core=False, note='= p.n2')
N('p.n6', 'five injured', 5, 'injured')
L('p.l3', 'in Kelisamba and Watukeli villages', 'Kelisamba', core=False, note='and Watukeli')
S('p.s3', 'Two residents were killed and five injured by falling rocks in Kelisamba and Watukeli villages, said Stefanus Mbete',
  'Stefanus Mbete')
N('p.n7', 'an exclusion zone of eight kilometres (five miles)', 8, 'exclusion radius km')
L('p.l4', "Ende's airport was shut", 'Ende', core=False, venue='H. Hasan Aroeboesman airport')
S('p.s4', "Ende's airport was shut and at least six flights were cancelled, its manager Agustinus Lado said", 'Agustinus Lado')
N('p.n8', 'at least six flights were cancelled', 6, 'flights cancelled', bound='at-least')
Q('p.q2', 'We woke up to what sounded like thunder, but it was the mountain', 'Yohanes Wangge')
N('p.n9', 'Yohanes Wangge, 61', 61, 'age (years)', core=False)
L('p.l5', 'to a church in Ende town', 'Ende', core=False, venue='church (shelter)')
Q('p.q3', 'We left our goats behind', 'Yohanes Wangge')
T('p.t3', 'In August 2019', '2019 eruption', '2019-08', None, core=False, note=BG)
N('p.n10', 'around 1,600 people', 1600, 'displaced', core=False, bound='about', note=BG)
D('p.d1', 'from their homes for three months', 129600, '2019 displacement', core=False, note=BG + ' (three months = 90 days)')
N('p.n11', 'has dozens of active volcanoes', None, 'active volcanoes in Indonesia', core=False,
  note="background; 'dozens': no single amount")

# ---- 03 The Archipelago Post (.json)
art('03_archipelagopost_wednesday.json')
D('w.d0', 'nearly 20-hour closure', 1200, 'Ende airport closure', core=False, bound='nearly', zone='HEADLINE')
N('w.n0', 'evacuees top 4,000', 4000, 'displaced', core=False, bound='more-than', zone='HEADLINE')
L('w.l1', 'H. Hasan Aroeboesman Airport in Ende, on Flores island', 'Ende', venue='H. Hasan Aroeboesman airport')
T('w.t1', 'reopened at 10:30 p.m. on Tuesday', 'Ende airport reopened', TUE, 'TUESDAY')
D('w.d1', 'kept it closed for nearly 20 hours', 1200, 'Ende airport closure', bound='nearly')
L('w.l2', 'Frans Seda Airport in Maumere, Sikka regency', 'Maumere', core=False, venue='Frans Seda airport')
T('w.t2', 'resumed operations on Tuesday afternoon', 'Maumere airport reopened', TUE, 'TUESDAY')
D('w.d2', 'five hours ahead of schedule', 300, 'Maumere reopening ahead of schedule', core=False,
  note='a time difference, not something that lasted')
D('w.d3', 'a closure of about 10 hours', 600, 'Maumere airport closure', bound='about')
N('w.n1', '18 flights to and from the two airports were cancelled', 18, 'flights cancelled', note='total over the closure')
N('w.n2', 'nine were delayed', 9, 'flights delayed', note='total over the closure')
N('w.n3', 'more than 1,300 passengers', 1300, 'passengers affected', bound='more-than')
S('w.s1', 'In all, 18 flights to and from the two airports were cancelled and nine were delayed, affecting more than 1,300 passengers, said Agustinus Lado',
  'Agustinus Lado')
Q('w.q1', 'The runway was cleaned overnight and the paper tests came back negative', 'Agustinus Lado')
T('w.t8', 'cleaned overnight', 'runway cleaned', TUE, None, core=False, note='in the quote: the night of Tuesday to Wednesday')
N('w.n4', 'the 51-year-old official', 51, 'age (years)', core=False)
T('w.t3', 'official said on Wednesday', 'interview', WED, 'WEDNESDAY', core=False)
Q('w.q2', 'We will test again every three hours for as long as the volcano is active', 'Agustinus Lado')
C('w.c1', 'We will test again every three hours for as long as the volcano is active', 'H. Hasan Aroeboesman airport (Ende)',
  'test the runway for ash every three hours', None, 'while the volcano is active')
D('w.d4', 'every three hours', 180, 'interval between runway ash tests', core=False, expected=True,
  note='a frequency, not something that lasted')
L('w.l3', 'The volcano, in Ende regency', 'Ende', venue='Mount Wolo Bara')
N('w.n5', 'erupted three times', 3, 'eruptions')
T('w.t4', 'erupted three times on Tuesday', 'eruption', TUE, 'TUESDAY')
N('w.n6', 'an ash column 7,000 meters above the summit', 7000, COL2)
S('w.s2', 'sending an ash column 7,000 meters above the summit, according to the Center for Volcanology and Geological Hazard Mitigation (PVMBG)',
  'PVMBG')
N('w.n7', 'remains at Level IV', 4, 'alert level', as_of='2026-11-18')
S('w.s3', 'The Ende Disaster Mitigation Agency (BPBD) said the number of evacuees had risen to 4,315', 'BPBD Ende')
N('w.n8', 'the number of evacuees had risen to 4,315 as of 7 a.m. on Wednesday', 4315, 'displaced',
  as_of='2026-11-18T07:00+08:00', revision='had risen to')
T('w.t5', 'as of 7 a.m. on Wednesday', 'toll update', WED, 'WEDNESDAY', core=False)
N('w.n9', 'sheltering at 12 sites', 12, 'evacuation sites', as_of='2026-11-18T07:00+08:00')
N('w.n10', 'About 9,000 people live inside', 9000, 'residents in danger zone', bound='about')
N('w.n11', 'the 8-kilometer "red zone"', 8, 'exclusion radius km')
Q('w.q0', 'red zone', 'The Archipelago Post', core=False, fragment=True, note='scare quotes, no speaker')
N('w.n12', 'One person was killed', 1, 'deaths', as_of='2026-11-18')
N('w.n13', '11 were injured', 11, 'injured', as_of='2026-11-18')
N('w.n14', 'Sixty-three houses were damaged', 63, 'houses damaged', as_of='2026-11-18')
N('w.n15', '11 of them severely', 11, 'houses heavily damaged', as_of='2026-11-18')
N('w.n16', 'four collapsed', 4, 'houses destroyed', as_of='2026-11-18')
D('w.d5', 'a 14-day emergency response period', 20160, 'emergency response status', expected=True,
  note='a period declared, not elapsed')
T('w.t6', 'emergency response period on Tuesday', 'emergency response status declared', TUE, 'TUESDAY', core=False)
S('w.s4', 'Regent Herman Yosef Bhara, who declared a 14-day emergency response period on Tuesday, urged residents to stay in the shelters',
  'Herman Yosef Bhara')
Q('w.q3', 'Houses can be rebuilt, lives cannot. Nobody goes back up the mountain until the volcanology agency says it is safe',
  'Herman Yosef Bhara')
S('w.s5', 'Andreas Simanjuntak, a spokesperson for the Social Affairs Ministry, said aid worth 1.5 billion rupiah',
  'Andreas Simanjuntak')
C('w.c2', 'aid worth 1.5 billion rupiah, including rice, blankets and masks, would reach the shelters by Thursday',
  'Social Affairs Ministry', 'deliver aid (rice, blankets, masks)', 'shelters in Ende', 'by Thursday',
  note='stated by the ministry spokesperson Andreas Simanjuntak')
N('w.n17', 'aid worth 1.5 billion rupiah', 1500000000, 'aid value IDR', expected=True)
T('w.t7', 'would reach the shelters by Thursday', 'aid delivery (deadline)', THU, 'THURSDAY', core=False, expected=True)

EN_CLAIMS = claims

EN_FINDINGS = [
    ('E1', 'UPDATE', 'QUANTITY', ['p.n2', 'r.n10'],
     'Deaths: two on Tuesday morning (AFP), revised down to one by the afternoon (Reuters; the Post also one).'),
    ('E2', 'UPDATE', 'QUANTITY', ['p.n3', 'r.n4', 'w.n8'],
     'Displaced: about 1,200 (AFP, morning), more than 2,800 (Reuters, afternoon), 4,315 (07.00 WITA Wednesday, Post).'),
    ('E3', 'UPDATE', 'QUANTITY', ['p.n6', 'r.n12', 'w.n13'], 'Injured: 5 (AFP), 7 (Reuters), 11 (Post, Wednesday).'),
    ('E4', 'UPDATE', 'QUANTITY', ['p.n8', 'r.n14', 'w.n1'],
     'Flights cancelled: at least 6 (AFP, morning, Ende), 14 (Reuters, both airports), 18 in all (Post).'),
    ('E5', 'UPDATE', 'QUANTITY', ['r.n15', 'w.n2'], 'Flights delayed: 5 (Reuters), 9 in all (Post).'),
    ('E6', 'UPDATE', 'QUANTITY', ['p.n1', 'r.n1'], 'Eruptions: two before dawn (AFP), three by the afternoon (Reuters; Post three).'),
    ('E7', 'DISCREPANCY', 'QUANTITY', ['r.n2', 'p.n4'],
     "Ash column of the 04.40 eruption: 7 km above the summit (Reuters, PVMBG; Post 7,000 m) vs 5,000 m (AFP, the observation post)."),
    ('E8', 'AGREEMENT', 'QUANTITY', ['r.n2', 'w.n6'], '04.40 eruption column 7 km / 7,000 m (Reuters, Post).'),
    ('E9', 'AGREEMENT', 'LOCATION', ['r.l2', 'p.l2', 'w.l3'], 'Mount Wolo Bara in Ende regency/district, East Nusa Tenggara (all three).'),
    ('E10', 'AGREEMENT', 'EVENT_DATE', ['r.t1', 'p.t1', 'w.t4'], 'The volcano erupted on Tuesday (17 November 2026).'),
    ('E11', 'AGREEMENT', 'QUANTITY', ['r.n6', 'w.n7'], 'Alert Level IV (Reuters, Post).'),
    ('E12', 'AGREEMENT', 'QUANTITY', ['r.n8', 'p.n7', 'w.n11'], 'Exclusion zone of 8 km (all three).'),
    ('E13', 'AGREEMENT', 'QUANTITY', ['r.n16', 'w.n17'], 'Aid worth 1.5 billion rupiah (Reuters, Post).'),
    ('E14', 'AGREEMENT', 'COMMITMENT', ['r.c1', 'w.c2'], "The social affairs ministry's aid to reach Ende's shelters by Thursday (Reuters, Post)."),
    ('E15', 'AGREEMENT', 'QUANTITY', ['r.n10', 'w.n12'], 'One dead after the revision (Reuters, Post).'),
]
EN_TRAPS = [
    (['01_reuters_tuesday.txt', '02_afp_tuesday-morning.txt'], ['r.t2', 'p.t2'],
     "'1817 GMT Monday' and '2040 GMT Monday' are the same instants as 02:17 and 04:40 WITA Tuesday: not inconsistencies with Tuesday."),
    (['01_reuters_tuesday.txt'], ['r.n5', 'r.n2', 'r.n9'],
     'Columns of 3,000 m, 7 km and 1,500 m belong to three different eruptions: not discrepancies.'),
    (['01_reuters_tuesday.txt', '03_archipelagopost_wednesday.json'], ['r.n14', 'r.n15', 'w.n1', 'w.n2'],
     'Flights cancelled and flights delayed are different counts.'),
    (['03_archipelagopost_wednesday.json'], ['w.n8', 'w.n10', 'w.n3'],
     '4,315 evacuees, about 9,000 residents of the red zone and more than 1,300 air passengers are different groups.'),
    (['03_archipelagopost_wednesday.json'], ['w.n14', 'w.n15', 'w.n16', 'w.n13'],
     '63 houses damaged, 11 severely, 4 collapsed (and 11 injured): different things counted.'),
    (['02_afp_tuesday-morning.txt'], ['p.t3', 'p.n10', 'p.d1'],
     'The August 2019 eruption (around 1,600 displaced for three months) is background.'),
    (['01_reuters_tuesday.txt'], ['r.n11'], "'one from two': the superseded figure quoted with the revision, not a contradiction of one."),
    (['01_reuters_tuesday.txt', '03_archipelagopost_wednesday.json'], ['r.c2', 'w.t1', 'w.d1'],
     "Reuters' 'will stay shut until midnight' is the schedule; the Post reports the actual reopening at 10:30 p.m. after nearly 20 hours."),
    (['03_archipelagopost_wednesday.json'], ['w.d1', 'w.d3', 'w.d2', 'w.d4'],
     "Ende's closure (nearly 20 hours), Maumere's (about 10 hours), 'five hours ahead of schedule' and 'every three hours' are different durations."),
    (['01_reuters_tuesday.txt', '02_afp_tuesday-morning.txt'], ['r.n19', 'p.n11', 'r.n7'],
     "127 active volcanoes vs 'dozens': background, a vague amount against an exact one; 'a four-tier scale' is not the level."),
    (['01_reuters_tuesday.txt', '02_afp_tuesday-morning.txt', '03_archipelagopost_wednesday.json'], ['r.l4', 'w.l2', 'r.l1', 'p.l1'],
     "The JAKARTA dateline, Maumere's airport and 'Flores island' are not rival places of the eruption (Ende regency, on Flores)."),
    (['01_reuters_tuesday.txt', '03_archipelagopost_wednesday.json'], [],
     "'Related:' lines carry other articles' numbers ('3 airlines', 'four alert levels'): links, not claims."),
]

ENTITIES = {
    'Priyatna Sasmita': ['Priyatna', 'Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)', 'Kepala PVMBG', 'PVMBG head'],
    'Stefanus Mbete': ['Stefanus', 'Kepala Pelaksana BPBD Ende', 'head of the Ende disaster mitigation agency'],
    'Agustinus Lado': ['Agustinus', 'Kepala Bandara H. Hasan Aroeboesman', 'the 51-year-old official', 'its manager'],
    'Herman Yosef Bhara': ['Herman Josef Bhara', 'Herman', 'Bupati Ende', 'Regent Herman Yosef Bhara'],
    'Fransiskus Rato': ['Fransiskus', 'Petugas Pos Pengamatan Gunung Api (PGA) Wolo Bara', "an official at the volcano's observation post"],
    'Dedi Marzuki': ['juru bicara Badan Nasional Penanggulangan Bencana (BNPB)', 'a spokesperson for the national disaster mitigation agency (BNPB)'],
    'Andreas Simanjuntak': ['Juru bicara Kementerian Sosial', 'a spokesperson for the Social Affairs Ministry'],
    'Maria Goreti Nona': ['Maria'],
    'Kristina Dhiu': ['Kristina Dhiu'],
    'Yohanes Wangge': ['Yohanes Wangge'],
    'PVMBG': ['Pusat Vulkanologi dan Mitigasi Bencana Geologi', 'the volcanology agency', "the country's volcanology agency",
              'Center for Volcanology and Geological Hazard Mitigation'],
    'BPBD Ende': ['Badan Penanggulangan Bencana Daerah (BPBD) Ende', 'BPBD', 'BPBD setempat', 'The local disaster agency',
                  'The Ende Disaster Mitigation Agency (BPBD)'],
    'Kementerian Sosial': ['Social Affairs Ministry', 'the social affairs ministry', 'Kemensos'],
    'Kementerian Perhubungan': ['Transportation Ministry', 'the transportation ministry'],
    'Mount Wolo Bara': ['Gunung Wolo Bara', 'Wolo Bara'],
    'Ende': ['Kabupaten Ende', 'Kota Ende', 'Ende regency', 'Ende district', 'Ende town'],
    'Maumere': ['Maumere', 'Kabupaten Sikka', 'Sikka regency'],
    'H. Hasan Aroeboesman airport': ['Bandara H. Hasan Aroeboesman Ende', 'Bandara Ende', "Ende's airport", 'H. Hasan Aroeboesman Airport in Ende'],
    'Frans Seda airport': ['Bandara Frans Seda Maumere', 'Bandara Frans Seda di Maumere', 'Frans Seda Airport in Maumere'],
}


def ents(lang):
    # the aliases that occur in the folder's articles
    out = {}
    texts = ' '.join(read_text(os.path.join(HERE, lang, f)) for f in (ID_ARTICLES if lang == 'id' else EN_ARTICLES))
    for k, v in ENTITIES.items():
        al = sorted({a for a in v if a in texts})
        if al or k in texts:
            out[k] = al
    return out


# ---------------------------------------------------------------- local text reading (pre-check only)
class _Html:
    BLOCK = ('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'pre')

    def __init__(self, src):
        m = re.search(r'<article[^>]*>(.*?)</article>', src, re.S)
        body = m.group(1) if m else src
        body = re.sub(r'<figcaption.*?</figcaption>', '', body, flags=re.S)
        blocks = re.findall(r'<(%s)\b[^>]*>(.*?)</\1>' % '|'.join(self.BLOCK), body, re.S)
        self.text = '\n\n'.join(html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', '', b))).strip() for _, b in blocks)


def read_text(path):
    if path.endswith('.json'):
        return json.load(open(path, encoding='utf-8'))['text']
    src = open(path, encoding='utf-8').read()
    return _Html(src).text if path.endswith('.html') else src


def precheck(lang, cl):
    bad = 0
    texts = {}
    for c in cl:
        p = os.path.join(HERE, lang, c['article'])
        t = texts.setdefault(p, read_text(p))
        n = t.count(c['evidence'])
        occ = c.get('occurrence')
        if n == 0 or (n > 1 and not occ) or (occ and occ > n):
            print('%s/%s: evidence found %d times: %r' % (lang, c['id'], n, c['evidence'][:70])); bad += 1
    ids = [c['id'] for c in cl]
    for d in {x for x in ids if ids.count(x) > 1}:
        print('duplicate id', d); bad += 1
    return bad


def gold(lang, arts, cl, findings, traps, variants=()):
    known = {c['id'] for c in cl}
    fs = []
    for fid, kind, typ, ids, summ in findings:
        for i in ids:
            assert i in known, (fid, i)
        fs.append({'id': fid, 'kind': kind, 'type': typ, 'claims': ids, 'summary': summ})
    for fid, values, articles, summ in variants:
        fs.append({'id': fid, 'kind': 'VARIANT', 'type': 'ENTITY', 'values': values, 'articles': articles, 'summary': summ})
    fs.sort(key=lambda f: int(re.sub(r'\D', '', f['id'])))
    ts = []
    for a, ids, why in traps:
        for i in ids:
            assert i in known, ('trap', i)
        ts.append({'articles': a, 'claims': ids, 'why': why})
    return {'schema': 'claimdiff-gold/1', 'event': EVENT, 'claim_types': TYPES, 'exhaustive_types': EXHAUSTIVE,
            'entities': ents(lang), 'articles': arts, 'claims': cl, 'findings': fs, 'traps': ts}


def main():
    bad = precheck('id', ID_CLAIMS) + precheck('en', EN_CLAIMS)
    if bad:
        print('%d problem(s); nothing written' % bad); return 1
    for lang, g in (('id', gold('id', ID_ARTICLES, ID_CLAIMS, ID_FINDINGS, ID_TRAPS, ID_VARIANTS)),
                    ('en', gold('en', EN_ARTICLES, EN_CLAIMS, EN_FINDINGS, EN_TRAPS))):
        with open(os.path.join(HERE, lang, 'gold.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
        core = sum(1 for c in g['claims'] if c['core'])
        print('%s: %d articles, %d claims (%d core, %d non-core), %d findings, %d traps' % (
            lang, len(g['articles']), len(g['claims']), core, len(g['claims']) - core, len(g['findings']), len(g['traps'])))
    return 0


if __name__ == '__main__':
    sys.exit(main())
