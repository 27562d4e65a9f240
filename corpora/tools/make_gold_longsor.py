#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the invented event longsor-tambang-halmahera-selatan-2026
(spans are filled afterwards with corpora/tools/fill_spans.py).

usage: python3 make_gold.py     then  nice -n 19 python3 corpora/tools/fill_spans.py id/gold.json (and en/)
"""
import json, os
from gold_helpers import C, Q, S, N, D, T, L, K, A  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'longsor-tambang-halmahera-selatan-2026')
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EVENT = ("Landslide at the unlicensed gold mine on Mount Lalaba, Marabose village, East Bacan district (Bacan island), "
         "South Halmahera regency (North Maluku), Tuesday 2026-12-01 at about 02.30 WIT (17.30 GMT Monday 30 November), "
         "burying miners' tents and pits at night; 72 miners at the site per the search agency (84 per the police); "
         "deaths 4 -> 7 -> 9 -> 12 -> 14 over two days; missing at least 20 -> 26 -> revised down to 19 on Wednesday "
         "morning (seven found safe at home) -> 16 -> 14; search halted about three hours by rain on Tuesday afternoon "
         "(written for claimdiff's evaluation; facts invented)")


PLACE = "South Halmahera"
MINE = "Mount Lalaba gold mine, Marabose village, East Bacan district"
SAR = "Basarnas Ternate"
POL = "Polres Halmahera Selatan"
FAHRUL = "Fahrul Sangaji"
T0800 = "2026-12-01T08:00+09:00"
T1300 = "2026-12-01T13:00+09:00"
T2000 = "2026-12-01T20:00+09:00"
W1200 = "2026-12-02T12:00+09:00"
W1800 = "2026-12-02T18:00+09:00"
WEEK = 7 * 24 * 60

# ---------------------------------------------------------------- Indonesian folder
K1, D2, W3, A4, S5 = ("01_kompas_selasa-pagi.txt", "02_detiknews_selasa-siang.html",
                      "03_malutterkini_selasa-malam.txt", "04_antara_reuters.txt", "05_kabarmalut_rabu.json")

id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-12-01T07:52+07:00", "cites": [],
         "note": "first report (09.52 WIT): 4 dead, 30 survivors, at least 20 still buried as of 08.00 WIT; 72 miners at the site per the search agency (camp record); dateline TERNATE; photo caption and two 'Baca juga' lines"},
    D2: {"outlet": "detikNews", "language": "id", "published": "2026-12-01T14:20+07:00", "cites": [],
         "note": "HTML page (16.20 WIT); the byline/date <div>s and the <figcaption> are not part of the extracted text; BNPB figures as of 13.00 WIT (7 dead, 15 injured, 26 missing), 3 houses buried / 12 damaged, 143 residents evacuated; police: 84 miners at the site, suspects within a week, denial of 'uang keamanan'; spells the SAR chief 'Fachrul Sangaji'"},
    W3: {"outlet": "MalutTerkini.com", "language": "id", "published": "2026-12-01T21:40+09:00", "cites": [],
         "note": "regional portal, Tuesday night (updated 22:05 WIT): figures as of 20.00 WIT (9 dead, 18 injured, 37 survivors, 26 missing); day one lasted about 15 hours with a stop of about three hours for rain; the search resumes 'besok pukul 06.00 WIT'; the regent promises to close the mine by Monday (7/12); the March 2019 landslide as background"},
    A4: {"outlet": "ANTARA", "language": "id", "published": "2026-12-01T23:10+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_tuesday.txt",
         "note": "translation of the Reuters wire, faithful except one value: the rain stop of 'about three hours' becomes 'sekitar empat jam'; drops Reuters' 'Related' line; dateline Jakarta"},
    S5: {"outlet": "Kabar Malut", "language": "id", "published": "2026-12-02T13:35+09:00", "cites": [],
         "note": ".json record, Wednesday: missing 'direvisi dari 26 menjadi 19' (seven found safe at home), then 16; 12 dead as of 12.00 WIT but the headline says 13; the seven-day operation; police suspects within a week"},
}

id_claims = [
    # 01 Kompas
    T("t1.1", K1, "pada Selasa (1/12/2026) dini hari sekitar pukul 02.30 WIT", "landslide", "2026-12-01", "TUESDAY"),
    T("t1.2", K1, "Halmahera Selatan, Selasa (1/12/2026)", "search (photo caption)", "2026-12-01", "TUESDAY", core=False, zone="CAPTION"),
    T("t1.3", K1, "berangkat dari Ternate dengan kapal cepat pada Selasa subuh", "rescue team leaves Ternate", "2026-12-01", "TUESDAY", core=False),
    T("t1.4", K1, "hujan deras mengguyur kawasan itu sejak Senin sore", "heavy rain begins", "2026-11-30", "MONDAY", core=False),
    T("t1.5", K1, "menggali dengan tangan sejak malam", "residents dig by hand", "2026-12-01", None, core=False, note="in the quote: the night of the landslide"),
    L("l1.1", K1, "di Gunung Lalaba, Desa Marabose, Kecamatan Bacan Timur, Kabupaten Halmahera Selatan, Maluku Utara", PLACE, venue=MINE),
    L("l1.2", K1, "saat dihubungi dari Ternate", "Ternate", core=False, note="where the SAR chief was reached (the SAR office city), not the landslide site"),
    L("l1.3", K1, "tim rescue berangkat dari Ternate", "Ternate", core=False, note="where the rescue team came from"),
    L("l1.4", K1, "Perjalanan laut ke Pulau Bacan", PLACE, core=False, venue="Bacan island", note="the island of the mine, destination of the rescue team's voyage"),
    L("l1.5", K1, "dibawa ke RSUD Labuha", "Labuha", core=False, note="hospital where the injured were taken"),
    L("l1.6", K1, "di Desa Marabose, Bacan Timur, Halmahera Selatan", PLACE, core=False, venue="Marabose village", zone="CAPTION"),
    N("n1.1", K1, "ada 72 penambang di lokasi saat longsor terjadi", 72, "miners at site", as_of="2026-12-01", note="search agency, from the camp operators' record"),
    N("n1.2", K1, "empat orang meninggal dunia", 4, "deaths", as_of=T0800),
    N("n1.3", K1, "30 penambang selamat", 30, "survivors", as_of=T0800),
    N("n1.4", K1, "Sedikitnya 20 orang masih tertimbun", 20, "missing", bound="at-least", as_of=T0800),
    N("n1.5", K1, "Puluhan Penambang Tertimbun", None, "miners buried", core=False, zone="HEADLINE", note="vague: 'puluhan' has no single amount"),
    N("n1.6", K1, "Puluhan penambang yang sedang tidur", None, "miners buried", core=False, note="vague: 'puluhan' has no single amount"),
    D("d1.1", K1, "Perjalanan laut ke Pulau Bacan memakan waktu sekitar empat jam", 240, "rescue team's sea voyage from Ternate", bound="about", core=False),
    Q("q1.1", K1, "Data kami sampai pukul 08.00 WIT, empat orang meninggal dunia dan 30 penambang selamat. Sedikitnya 20 orang masih tertimbun", FAHRUL),
    Q("q1.2", K1, "Medannya berat, lokasi tambang hanya bisa dijangkau dengan jalan kaki dari desa terdekat. Warga dan penambang lain sudah menggali dengan tangan sejak malam", FAHRUL, note="'ujarnya'"),
    S("s1.1", K1, "Fahrul Sangaji mengatakan, berdasarkan catatan pengelola kamp, ada 72 penambang di lokasi saat longsor terjadi", FAHRUL),
    S("s1.2", K1, "Menurut Fahrul, hujan deras mengguyur kawasan itu sejak Senin sore sehingga tanah di tebing menjadi labil", FAHRUL, core=False),

    # 02 detikNews (HTML)
    N("n2.1", D2, "Jadi 7 Orang", 7, "deaths", core=False, zone="HEADLINE"),
    N("n2.2", D2, "26 Masih Hilang", 26, "missing", core=False, zone="HEADLINE"),
    N("n2.3", D2, "bertambah menjadi tujuh orang", 7, "deaths", as_of=T1300, revision="bertambah menjadi"),
    N("n2.4", D2, "Sebanyak 26 penambang masih dinyatakan hilang", 26, "missing", as_of=T1300),
    N("n2.5", D2, "tujuh orang meninggal dunia", 7, "deaths", core=False, as_of=T1300, note="in the BNPB quote: repeats n2.3"),
    N("n2.6", D2, "15 orang luka-luka", 15, "injured", as_of=T1300),
    N("n2.7", D2, "26 orang masih dalam pencarian", 26, "missing", core=False, as_of=T1300, note="in the BNPB quote: repeats n2.4"),
    N("n2.8", D2, "menimbun tiga rumah warga", 3, "houses buried"),
    N("n2.9", D2, "merusak 12 rumah lainnya", 12, "houses damaged"),
    N("n2.10", D2, "Sebanyak 143 warga dusun itu diungsikan", 143, "residents evacuated"),
    N("n2.11", D2, "ada 84 penambang di lokasi saat longsor terjadi", 84, "miners at site", as_of="2026-12-01", note="police, from the list of workers seized at the camp"),
    N("n2.12", D2, "Kami sudah memeriksa lima saksi", 5, "witnesses questioned", as_of="2026-12-01"),
    T("t2.1", D2, "dalam keterangan tertulis, Selasa (1/12/2026)", "toll update", "2026-12-01", "TUESDAY", core=False),
    L("l2.1", D2, "di Desa Marabose, Kecamatan Bacan Timur, Kabupaten Halmahera Selatan, Maluku Utara", PLACE, venue="Marabose village, East Bacan district"),
    L("l2.2", D2, "di Dusun Tiga, Desa Marabose", PLACE, core=False, venue="Dusun Tiga hamlet, Marabose village", note="the hamlet below the slope where houses were buried and damaged"),
    L("l2.3", D2, "kata Rinaldi di Labuha", "Labuha", core=False, note="where the police chief spoke"),
    L("l2.4", D2, "Korban luka dirawat di RSUD Labuha", "Labuha", core=False, note="hospital"),
    D("d2.1", D2, "Dalam sepekan", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    Q("q2.1", D2, "Hingga pukul 13.00 WIT, tujuh orang meninggal dunia, 15 orang luka-luka, dan 26 orang masih dalam pencarian", "Aryo Wicaksono",
      note="credited 'kata Kepala Pusat Data BNPB Aryo Wicaksono dalam keterangan tertulis'"),
    Q("q2.2", D2, "Kami tarik dulu personel dari lubang-lubang tambang. Tanahnya masih bergerak", FAHRUL, note="spelled 'Fachrul' in this article; 'ujar Fachrul kepada detikcom'"),
    Q("q2.3", D2, "Kami sudah memeriksa lima saksi, termasuk pengawas lapangan. Dalam sepekan kami tetapkan tersangkanya, termasuk pemodal tambang ini", "Rinaldi Tuasikal"),
    Q("q2.4", D2, "Itu tidak benar. Kalau ada anggota yang terbukti terlibat, pasti kami tindak", "Rinaldi Tuasikal", note="'tegasnya'"),
    Q("q2.5", D2, "uang keamanan", "accusers (unnamed)", core=False, fragment=True, note="scare quotes around the allegation's term, which the police chief denies"),
    S("s2.1", D2, "Aryo menyebut longsor juga menimbun tiga rumah warga dan merusak 12 rumah lainnya", "Aryo Wicaksono"),
    S("s2.2", D2, "Fachrul Sangaji mengatakan pencarian dihentikan sementara sejak pukul 14.30 WIT karena hujan lebat kembali turun", FAHRUL),
    S("s2.3", D2, "AKBP Rinaldi Tuasikal menyebut ada 84 penambang di lokasi saat longsor terjadi", "Rinaldi Tuasikal"),
    S("s2.4", D2, "Rinaldi juga membantah tudingan bahwa anggotanya menerima \"uang keamanan\" dari pengelola tambang", "Rinaldi Tuasikal", note="denial"),
    K("c2.1", D2, "Dalam sepekan kami tetapkan tersangkanya", POL, "name suspects, including the mine's financiers", None, "within a week"),
    K("c2.2", D2, "Kalau ada anggota yang terbukti terlibat, pasti kami tindak", POL, "act against any officer proven involved", None, None, core=False, note="conditional"),

    # 03 MalutTerkini
    N("n3.1", W3, "9 Penambang Tewas", 9, "deaths", core=False, zone="HEADLINE"),
    N("n3.2", W3, "26 Masih Tertimbun", 26, "missing", core=False, zone="HEADLINE"),
    N("n3.3", W3, "sembilan penambang meninggal dunia", 9, "deaths", as_of=T2000),
    N("n3.4", W3, "18 orang luka-luka", 18, "injured", as_of=T2000),
    N("n3.5", W3, "26 orang masih tertimbun", 26, "missing", as_of=T2000),
    N("n3.6", W3, "Total 37 penambang selamat", 37, "survivors", as_of=T2000, note="including the injured"),
    N("n3.7", W3, "kami tambah dua ekskavator", 2, "excavators to be added", core=False, expected=True),
    N("n3.8", W3, "longsor di Gunung Lalaba menewaskan enam penambang", 6, "deaths", core=False, event="March 2019 landslide", note="background: the March 2019 landslide at the same site"),
    D("d3.1", W3, "Pencarian hari pertama berlangsung sekitar 15 jam", 900, "search, day one", bound="about"),
    D("d3.2", W3, "tim sempat berhenti sekitar tiga jam", 180, "search suspended (rain)", bound="about"),
    T("t3.1", W3, "pada Selasa (1/12/2026) pukul 21.00 WIT", "search stopped for the night (day one)", "2026-12-01", "TUESDAY"),
    T("t3.2", W3, "besok pukul 06.00 WIT", "search resumes (planned)", "2026-12-02", None, core=False, expected=True, note="relative: 'besok' from Tuesday"),
    T("t3.3", W3, "paling lambat Senin (7/12/2026)", "mine closure deadline", "2026-12-07", "MONDAY", expected=True),
    T("t3.4", W3, "Pada Maret 2019", "landslide at the same site", "2019-03", None, core=False, note="background"),
    T("t3.5", W3, "ada longsor susulan kecil sore tadi", "smaller follow-up slide", "2026-12-01", None, core=False, note="in the quote: Tuesday afternoon"),
    T("t3.6", W3, "Besok pagi kami tambah", "excavators added (planned)", "2026-12-02", None, core=False, expected=True, note="in the quote"),
    L("l3.1", W3, "di Gunung Lalaba, Desa Marabose, Kecamatan Bacan Timur", PLACE, venue=MINE),
    L("l3.2", W3, "di posko Desa Marabose", PLACE, core=False, venue="SAR post, Marabose village", note="where the SAR chief spoke"),
    L("l3.3", W3, "dirawat di RSUD Labuha", "Labuha", core=False, note="hospital"),
    L("l3.4", W3, "tambang emas tanpa izin di Gunung Lalaba", PLACE, core=False, venue=MINE, note="the mine the regent will close"),
    L("l3.5", W3, "longsor di Gunung Lalaba", PLACE, core=False, venue=MINE, event="March 2019 landslide", note="background"),
    Q("q3.1", W3, "Kami tidak mau ambil risiko, ada longsor susulan kecil sore tadi. Besok pagi kami tambah dua ekskavator", FAHRUL),
    Q("q3.2", W3, "Saya dengar bunyi gemuruh dari atas. Saya lari ke arah sungai, teman-teman yang di lubang tidak sempat keluar", "Jufri Hamisi",
      note="'ujar Jufri'; introduced as 'Jufri Hamisi (34), salah seorang penambang yang selamat'"),
    Q("q3.3", W3, "Tambang ini tidak punya izin. Saya sudah perintahkan Satpol PP bersama polisi memasang garis dan membongkar semua tenda", "Ismail Lamaluta"),
    S("s3.1", W3, "Jufri Hamisi (34), salah seorang penambang yang selamat, mengaku sedang tidur di tenda saat longsor terjadi", "Jufri Hamisi", core=False),
    S("s3.2", W3, "Bupati Halmahera Selatan Ismail Lamaluta yang meninjau posko berjanji akan menutup permanen tambang emas tanpa izin di Gunung Lalaba", "Ismail Lamaluta"),
    K("c3.1", W3, "Pencarian akan dilanjutkan besok pukul 06.00 WIT", SAR, "resume the search", None, "tomorrow 06.00 WIT (Wednesday 2/12)"),
    K("c3.2", W3, "berjanji akan menutup permanen tambang emas tanpa izin di Gunung Lalaba paling lambat Senin (7/12/2026)", "Ismail Lamaluta",
      "close the mine permanently", None, "Monday 7/12/2026"),
    K("c3.3", W3, "Besok pagi kami tambah dua ekskavator", SAR, "add two excavators", None, "tomorrow morning", core=False),
    K("c3.4", W3, "Saya sudah perintahkan Satpol PP bersama polisi memasang garis dan membongkar semua tenda", "Ismail Lamaluta",
      "have Satpol PP and police cordon off the site and dismantle the tents", None, None, core=False, note="an order already given"),

    # 04 ANTARA (translation of Reuters)
    N("n4.1", A4, "tewaskan sembilan orang", 9, "deaths", core=False, zone="HEADLINE"),
    N("n4.2", A4, "26 hilang", 26, "missing", core=False, zone="HEADLINE"),
    N("n4.3", A4, "menewaskan sedikitnya sembilan penambang", 9, "deaths", bound="at-least", as_of=T2000),
    N("n4.4", A4, "26 lainnya masih hilang", 26, "missing", as_of=T2000),
    N("n4.5", A4, "Sebanyak 37 penambang selamat", 37, "survivors", as_of=T2000),
    N("n4.6", A4, "18 di antaranya luka-luka", 18, "injured", as_of=T2000),
    N("n4.7", A4, "Ada 72 penambang di lokasi", 72, "miners at site", as_of="2026-12-01", note="from the camp operators' record"),
    N("n4.8", A4, "143 warga sebuah dusun", 143, "residents evacuated"),
    N("n4.9", A4, "tiga rumah tertimbun", 3, "houses buried"),
    N("n4.10", A4, "12 rumah rusak", 12, "houses damaged"),
    N("n4.11", A4, "longsor di lokasi yang sama menewaskan enam penambang", 6, "deaths", core=False, event="March 2019 landslide", note="background"),
    D("d4.1", A4, "Pencarian dihentikan sekitar empat jam", 240, "search suspended (rain)", bound="about",
      note="Reuters says 'about three hours': the value the translation changed"),
    T("t4.1", A4, "pada Selasa dini hari", "landslide", "2026-12-01", "TUESDAY"),
    T("t4.2", A4, "sekitar pukul 02.30 (17.30 GMT Senin)", "landslide", "2026-11-30", "MONDAY", core=False,
      note="GMT date: 17.30 GMT Monday 30 November = 02.30 WIT Tuesday 1 December; not a discrepancy with Tuesday"),
    T("t4.3", A4, "pada Selasa sore karena hujan deras", "search suspended (rain)", "2026-12-01", "TUESDAY", core=False),
    T("t4.4", A4, "akan dilanjutkan pukul 06.00 pada Rabu", "search resumes (planned)", "2026-12-02", "WEDNESDAY", core=False, expected=True),
    T("t4.5", A4, "secara permanen paling lambat Senin", "mine closure deadline", None, "MONDAY", expected=True),
    T("t4.6", A4, "Pada Maret 2019", "landslide at the same site", "2019-03", None, core=False, note="background"),
    L("l4.1", A4, "di Pulau Bacan, Provinsi Maluku Utara, Indonesia", PLACE, venue="Bacan island"),
    L("l4.2", A4, "di lokasi di Kabupaten Halmahera Selatan", PLACE),
    L("l4.3", A4, "kepala kantor SAR di Ternate", "Ternate", core=False, note="the SAR office city, not the landslide site"),
    L("l4.4", A4, "dari sebuah rumah sakit di Labuha", "Labuha", core=False, note="where the survivor spoke from"),
    Q("q4.1", A4, "Tanahnya masih bergerak. Kami tidak bisa mengirim orang ke lubang-lubang tambang selagi hujan", FAHRUL, note="'katanya kepada Reuters'"),
    Q("q4.2", A4, "Saya mendengar suara gemuruh dari atas dan berlari ke arah sungai. Teman-teman saya di lubang tidak sempat keluar", "Jufri Hamisi"),
    Q("q4.3", A4, "Tambang ini tidak punya izin. Tidak akan ada lagi yang menggali di sana", "Ismail Lamaluta"),
    S("s4.1", A4, "menewaskan sedikitnya sembilan penambang, sementara 26 lainnya masih hilang hingga pukul 20.00 waktu setempat (11.00 GMT), kata badan SAR nasional", "Basarnas"),
    S("s4.2", A4, "Sebanyak 37 penambang selamat, 18 di antaranya luka-luka, katanya", FAHRUL),
    S("s4.3", A4, "Badan Nasional Penanggulangan Bencana (BNPB) mengatakan 143 warga sebuah dusun di bawah lereng telah dievakuasi", "BNPB"),
    S("s4.4", A4, "Bupati Halmahera Selatan Ismail Lamaluta mengatakan akan menutup tambang itu secara permanen paling lambat Senin", "Ismail Lamaluta"),
    S("s4.5", A4, "Jufri Hamisi, penambang berusia 34 tahun, mengatakan ia sedang tidur di tendanya", "Jufri Hamisi", core=False),
    K("c4.1", A4, "akan dilanjutkan pukul 06.00 pada Rabu", SAR, "resume the search", None, "Wednesday 06.00"),
    K("c4.2", A4, "akan menutup tambang itu secara permanen paling lambat Senin", "Ismail Lamaluta", "close the mine permanently", None, "Monday"),
    A("a4.1", A4, "seperti dilansir dari Reuters", "Reuters"),
    A("a4.2", A4, "katanya kepada Reuters", "Reuters", note="the quote was given to Reuters"),
    A("a4.3", A4, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Kabar Malut (.json)
    N("n5.1", S5, "13 Penambang Tewas", 13, "deaths", zone="HEADLINE", as_of=W1200, note="the headline contradicts the body (12 dead at the same time)"),
    N("n5.2", S5, "bertambah menjadi 12 orang", 12, "deaths", as_of=W1200, revision="bertambah menjadi"),
    N("n5.3", S5, "direvisi dari 26 menjadi 19 orang", 19, "missing", as_of="2026-12-02", revision="direvisi dari 26 menjadi",
      note="revised down on Wednesday morning: seven reported missing were found safe at home"),
    N("n5.4", S5, "yang hilang direvisi dari 26", 26, "missing", core=False, note="the superseded figure, quoted with the revision"),
    N("n5.5", S5, "Tujuh orang yang sebelumnya dilaporkan hilang", 7, "reported missing found safe at home"),
    N("n5.6", S5, "tiga jenazah lagi", 3, "bodies recovered", core=False, as_of=W1200),
    N("n5.7", S5, "penambang yang masih dicari tersisa 16 orang", 16, "missing", as_of=W1200),
    N("n5.8", S5, "lebih dari 200 personel gabungan", 200, "rescuers", bound="more-than", as_of="2026-12-02"),
    N("n5.9", S5, "mengerahkan tiga ekskavator", 3, "excavators", core=False, as_of="2026-12-02"),
    N("n5.10", S5, "korban meninggal tercatat sembilan orang", 9, "deaths", core=False, as_of="2026-12-01", note="'Sebelumnya, hingga Selasa malam': background"),
    N("n5.11", S5, "telah memeriksa delapan saksi", 8, "witnesses questioned", as_of="2026-12-02"),
    D("d5.1", S5, "Operasi SAR kami rencanakan tujuh hari", WEEK, "search operation", expected=True),
    D("d5.2", S5, "dalam waktu sepekan", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    T("t5.1", S5, "hingga Rabu (2/12/2026) pukul 12.00 WIT", "toll update", "2026-12-02", "WEDNESDAY", core=False),
    T("t5.2", S5, "turun dari lokasi tambang Senin sore", "the seven left the mine", "2026-11-30", "MONDAY", core=False, note="in the quote"),
    T("t5.3", S5, "hingga Selasa malam", "earlier toll", "2026-12-01", "TUESDAY", core=False, note="background ('Sebelumnya')"),
    T("t5.4", S5, "kami koreksi pagi ini", "missing figure corrected", "2026-12-02", None, core=False, note="in the quote: Wednesday morning"),
    L("l5.1", S5, "di Desa Marabose, Kecamatan Bacan Timur, Kabupaten Halmahera Selatan", PLACE, venue="Marabose village, East Bacan district"),
    Q("q5.1", S5, "Mereka turun dari lokasi tambang Senin sore dan langsung pulang, tapi keluarga tidak tahu. Jadi datanya kami koreksi pagi ini", FAHRUL),
    Q("q5.2", S5, "Operasi SAR kami rencanakan tujuh hari. Kalau cuaca mendukung, mudah-mudahan semua korban bisa ditemukan lebih cepat", FAHRUL, note="'ujarnya'"),
    S("s5.1", S5, "jumlah penambang yang hilang direvisi dari 26 menjadi 19 orang", SAR, note="the revision down ('direvisi')"),
    S("s5.2", S5, "Fahrul menjelaskan, lebih dari 200 personel gabungan dari Basarnas, TNI, Polri, BPBD, dan relawan terlibat dalam pencarian hari kedua", FAHRUL, core=False),
    S("s5.3", S5, "AKBP Rinaldi Tuasikal mengatakan polisi telah memeriksa delapan saksi dan akan menetapkan tersangka dalam waktu sepekan", "Rinaldi Tuasikal"),
    K("c5.1", S5, "akan menetapkan tersangka dalam waktu sepekan", POL, "name suspects", None, "within a week"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.2", "n2.3", "n3.3", "n5.2"],
     "summary": "Deaths: 4 at 08.00 WIT Tuesday (01), 7 at 13.00 (02, BNPB), 9 at 20.00 (03; 04 'sedikitnya sembilan'), 12 at 12.00 WIT Wednesday (05)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.4", "n5.3", "n5.7"],
     "summary": "Missing: at least 20 at 08.00 WIT Tuesday (01), 26 at 13.00 (02; also 03, 04 at 20.00), revised down to 19 on Wednesday morning (05: 'direvisi', seven found safe at home), 16 by Wednesday noon (05)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.6", "n3.4"],
     "summary": "Injured: 15 at 13.00 WIT (02), 18 at 20.00 (03; 04 also 18)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n3.6"],
     "summary": "Survivors: 30 at 08.00 WIT (01), 37 at 20.00 (03; 04 also 37)."},
    {"id": "F5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.12", "n5.11"],
     "summary": "Witnesses questioned by the police: 5 on Tuesday (02), 8 on Wednesday (05)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.1", "n2.11"],
     "summary": "Miners at the site when the landslide hit: 72 (search agency, from the camp record: 01, 04) vs 84 (police, from the seized list of workers: 02)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["d3.2", "d4.1"],
     "summary": "Tuesday afternoon's stop for rain: about three hours, 14.30-17.30 WIT (03) vs about four hours (04, ANTARA's translation; Reuters says about three)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["n5.1", "n5.2"],
     "summary": "05: the headline says 13 miners dead, its body says 12 as of 12.00 WIT Wednesday."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Fahrul Sangaji", "Fachrul Sangaji"], "articles": [K1, D2, W3, A4, S5],
     "summary": "The head of the Ternate search and rescue office is Fahrul Sangaji in 01, 03, 04 and 05, Fachrul Sangaji in 02: one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1", "l4.2", "l5.1"],
     "summary": "The landslide hit the mine at Mount Lalaba, Marabose village, East Bacan district, South Halmahera regency (all five)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t4.1"],
     "summary": "The landslide struck early on Tuesday 1 December 2026 (01, 04)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.3", "n4.3"],
     "summary": "Nine dead as of 20.00 WIT Tuesday (03; 04 'sedikitnya sembilan')."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.4", "n3.5", "n4.4"],
     "summary": "26 missing (02 at 13.00, 03 and 04 at 20.00 WIT Tuesday)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.4", "n4.6"],
     "summary": "18 injured as of Tuesday evening (03, 04)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.6", "n4.5"],
     "summary": "37 survivors as of Tuesday evening (03, 04)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.1", "n4.7"],
     "summary": "72 miners at the site per the search agency (01, 04)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.10", "n4.8"],
     "summary": "143 residents evacuated (02, 04: BNPB)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.8", "n4.9"],
     "summary": "Three houses buried (02, 04)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.9", "n4.10"],
     "summary": "12 houses damaged (02, 04)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.2", "c4.2"],
     "summary": "The regent will close the mine permanently by Monday (7/12) (03, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t3.3", "t4.5"],
     "summary": "The closure deadline is Monday (03: Senin 7/12/2026; 04: Senin)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c2.1", "c5.1"],
     "summary": "The police will name suspects within a week (02, 05)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.1", "d5.2"],
     "summary": "The police's one-week deadline ('dalam sepekan', 'dalam waktu sepekan') (02, 05)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.1", "c4.1"],
     "summary": "The search resumes at 06.00 on Wednesday (03 'besok pukul 06.00 WIT', 04 'pukul 06.00 pada Rabu')."},
    {"id": "F25", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["q3.2", "q4.2"],
     "summary": "Survivor Jufri Hamisi (34): he heard a rumble and ran towards the river; friends in the pits could not get out (03 in his words, 04 in ANTARA's translation of Reuters)."},
]

id_traps = [
    {"articles": [A4], "claims": ["t4.2", "t4.1"],
     "why": "'17.30 GMT Senin' is the same instant as 02.30 WIT Tuesday: GMT date, not a discrepancy with Tuesday"},
    {"articles": [K1, D2, A4], "claims": ["n1.1", "n2.11", "n2.10", "n4.8"],
     "why": "72/84 miners at the site and 143 residents evacuated from the hamlet below count different people (miners vs residents)"},
    {"articles": [D2, A4], "claims": ["n2.8", "n2.9", "n4.9", "n4.10"],
     "why": "3 houses buried vs 12 houses damaged: different things"},
    {"articles": [W3, A4], "claims": ["n3.6", "n3.4", "n4.5", "n4.6"],
     "why": "37 survivors include the 18 injured: not a contradiction"},
    {"articles": [K1, D2, W3, S5], "claims": ["n1.2", "n2.3", "n3.3", "n5.2"],
     "why": "deaths 4, 7, 9 and 12 are for different times (08.00, 13.00, 20.00 WIT Tuesday, 12.00 WIT Wednesday): UPDATE, not DISCREPANCY"},
    {"articles": [S5], "claims": ["n5.10", "n5.2"],
     "why": "'Sebelumnya, hingga Selasa malam ... sembilan orang' is background, not a contradiction of 12"},
    {"articles": [S5], "claims": ["n5.4", "n5.3", "n5.7"],
     "why": "26 is the superseded figure named with the revision; 19 (Wednesday morning, after the revision) and 16 (Wednesday noon, after three bodies were found) are for different times of the same day"},
    {"articles": [K1, D2], "claims": ["n1.4", "n2.4"],
     "why": "'sedikitnya 20' missing at 08.00 and 26 at 13.00: a hedged early figure and a later one, UPDATE"},
    {"articles": [W3, A4], "claims": ["n3.8", "n4.11", "t3.4", "t4.6"],
     "why": "the March 2019 landslide at the same site (six dead) is background, not this event's toll or date"},
    {"articles": [K1, W3, A4, S5], "claims": ["d1.1", "d3.1", "d3.2", "d5.1", "d4.1"],
     "why": "the rescue team's four-hour voyage, the day-one search (about 15 h), the rain stop (about 3 h) and the planned seven-day operation are different durations; Kompas' 'sekitar empat jam' (voyage) equals ANTARA's changed value but measures something else"},
    {"articles": [D2, S5], "claims": ["d2.1", "d5.2", "d5.1"],
     "why": "the police's one-week deadline for suspects and the SAR's seven-day operation are different periods of the same length"},
    {"articles": [W3, A4], "claims": ["c3.1", "t3.2", "c4.1", "t4.4"],
     "why": "'akan dilanjutkan besok pukul 06.00' is a plan (preview), not a reported event"},
    {"articles": [W3, S5], "claims": ["n3.7", "n5.9"],
     "why": "two excavators to be added (Tuesday's plan) vs three excavators deployed on Wednesday: different things, not a discrepancy"},
    {"articles": [D2, S5], "claims": ["n2.12", "n5.11"],
     "why": "five witnesses (Tuesday) and eight (Wednesday): different times"},
    {"articles": [W3, A4], "claims": ["n3.3", "n4.3"],
     "why": "'sembilan' and 'sedikitnya sembilan' at the same time are compatible"},
    {"articles": [K1], "claims": ["n1.5", "n1.6", "n1.1"],
     "why": "'puluhan penambang' is vague (no single amount): not a discrepancy with 72"},
    {"articles": [K1, D2, W3, A4], "claims": ["l1.2", "l1.3", "l1.5", "l2.3", "l2.4", "l3.3", "l4.3", "l4.4"],
     "why": "datelines TERNATE, LABUHA and Jakarta, the SAR office in Ternate and the hospital in Labuha are not the place of the landslide"},
    {"articles": [K1, D2, W3, S5], "claims": [],
     "why": "'Baca juga' lines are other articles' headlines with their own numbers (5 kecamatan, 3 ekskavator, 2 penambang tewas at Kusubibi, 143 jiwa): links, not claims"},
]

id_entities = {
    "Fahrul Sangaji": ["Fahrul Sangaji", "Fahrul", "Fachrul Sangaji", "Fachrul", "Sangaji",
                       "Kepala Kantor Pencarian dan Pertolongan Ternate", "Kepala Kantor SAR Ternate", "kepala kantor SAR di Ternate"],
    "Aryo Wicaksono": ["Aryo Wicaksono", "Aryo", "Kepala Pusat Data BNPB"],
    "Rinaldi Tuasikal": ["Rinaldi Tuasikal", "Rinaldi", "AKBP Rinaldi Tuasikal", "Kapolres Halmahera Selatan"],
    "Ismail Lamaluta": ["Ismail Lamaluta", "Ismail", "Bupati Halmahera Selatan"],
    "Jufri Hamisi": ["Jufri Hamisi", "Jufri"],
    "Basarnas Ternate": ["tim SAR gabungan", "Basarnas", "Kantor Pencarian dan Pertolongan Ternate", "kantor SAR di Ternate"],
    "Basarnas": ["badan SAR nasional"],
    "BNPB": ["BNPB", "Badan Nasional Penanggulangan Bencana (BNPB)"],
    "Polres Halmahera Selatan": ["polisi", "Polres Halmahera Selatan"],
    "South Halmahera": ["Halmahera Selatan", "Kabupaten Halmahera Selatan", "Halsel", "Desa Marabose", "Kecamatan Bacan Timur",
                        "Bacan Timur", "Gunung Lalaba", "Pulau Bacan", "Dusun Tiga"],
    "North Maluku": ["Maluku Utara", "Provinsi Maluku Utara"],
    "Labuha": ["Labuha", "RSUD Labuha"],
    "Ternate": ["Ternate"],
}

# ---------------------------------------------------------------- English folder
R1, P2, H3 = ("01_reuters_tuesday.txt", "02_ap_wednesday.txt", "03_nusantaraherald_thursday.json")

en_articles = {
    R1: {"outlet": "Reuters", "language": "en", "published": "2026-12-01T13:05Z", "cites": [],
         "note": "Tuesday evening wire (22.05 WIT): at least 9 dead, 26 missing as of 8 p.m. (1100 GMT), 37 survivors (18 injured), 72 miners at the site; 2:30 a.m. (1730 GMT Monday); rain stop of about three hours; resumes 6 a.m. Wednesday; regent to close the mine by Monday; translated by ANTARA (id/04)"},
    P2: {"outlet": "AP", "language": "en", "published": "2026-12-02T05:20Z", "cites": [],
         "note": "Wednesday (14.20 WIT): 12 dead, missing revised to 19 from 26 then 16 as of midday; police: 84 miners at the site, suspects within a week, denial of 'security money'; the SAR chief as 'the 51-year-old official'"},
    H3: {"outlet": "The Nusantara Herald", "language": "en", "published": "2026-12-03T06:30+09:00", "cites": [],
         "note": ".json record, Thursday morning: 14 dead and 14 missing as of Wednesday evening; day two lasted 12 hours; resumes 6 a.m. Thursday; operation scheduled until Monday; closure by Monday, Dec. 7; spells the SAR chief 'Fachrul Sangaji'"},
}

en_claims = [
    # 01 Reuters
    N("n1.1", R1, "kills nine", 9, "deaths", core=False, zone="HEADLINE"),
    N("n1.2", R1, "26 missing", 26, "missing", core=False, zone="HEADLINE"),
    N("n1.3", R1, "killing at least nine miners", 9, "deaths", bound="at-least", as_of=T2000),
    N("n1.4", R1, "26 others were still missing", 26, "missing", as_of=T2000),
    N("n1.5", R1, "Thirty-seven miners survived", 37, "survivors", as_of=T2000),
    N("n1.6", R1, "18 of them with injuries", 18, "injured", as_of=T2000),
    N("n1.7", R1, "There were 72 miners at the site", 72, "miners at site", as_of="2026-12-01", note="from the camp operators' record"),
    N("n1.8", R1, "143 residents of a hamlet", 143, "residents evacuated"),
    N("n1.9", R1, "three houses were buried", 3, "houses buried"),
    N("n1.10", R1, "12 damaged", 12, "houses damaged"),
    N("n1.11", R1, "a landslide at the same site killed six miners", 6, "deaths", core=False, event="March 2019 landslide", note="background"),
    D("d1.1", R1, "halted for about three hours", 180, "search suspended (rain)", bound="about"),
    T("t1.1", R1, "early on Tuesday", "landslide", "2026-12-01", "TUESDAY"),
    T("t1.2", R1, "at around 2:30 a.m. (1730 GMT Monday)", "landslide", "2026-11-30", "MONDAY", core=False,
      note="GMT date: 1730 GMT Monday 30 November = 2:30 a.m. WIT Tuesday 1 December; not a discrepancy with Tuesday"),
    T("t1.3", R1, "on Tuesday afternoon", "search suspended (rain)", "2026-12-01", "TUESDAY", core=False),
    T("t1.4", R1, "will resume at 6 a.m. on Wednesday", "search resumes (planned)", "2026-12-02", "WEDNESDAY", core=False, expected=True),
    T("t1.5", R1, "permanently by Monday", "mine closure deadline", None, "MONDAY", expected=True),
    T("t1.6", R1, "In March 2019", "landslide at the same site", "2019-03", None, core=False, note="background"),
    L("l1.1", R1, "on Indonesia's Bacan island in North Maluku province", PLACE, venue="Bacan island"),
    L("l1.2", R1, "at the site in South Halmahera regency", PLACE),
    L("l1.3", R1, "the search and rescue office in Ternate", "Ternate", core=False, note="the SAR office city, not the landslide site"),
    L("l1.4", R1, "from a hospital in Labuha", "Labuha", core=False, note="where the survivor spoke from"),
    Q("q1.1", R1, "The ground is still moving. We cannot send people into the pits while it is raining", FAHRUL, note="'he told Reuters'"),
    Q("q1.2", R1, "I heard a rumble from above and ran towards the river. My friends in the pits had no time to get out", "Jufri Hamisi",
      note="introduced as 'Jufri Hamisi, a 34-year-old miner'"),
    Q("q1.3", R1, "This mine has no permit. No one will dig there again", "Ismail Lamaluta"),
    S("s1.1", R1, "killing at least nine miners, while 26 others were still missing as of 8 p.m. local time (1100 GMT), the national search and rescue agency said", "Basarnas"),
    S("s1.2", R1, "Thirty-seven miners survived, 18 of them with injuries, he said", FAHRUL),
    S("s1.3", R1, "The National Disaster Mitigation Agency (BNPB) said 143 residents of a hamlet below the slope had been evacuated", "BNPB"),
    S("s1.4", R1, "South Halmahera regent Ismail Lamaluta said he would close the mine permanently by Monday", "Ismail Lamaluta"),
    S("s1.5", R1, "Jufri Hamisi, a 34-year-old miner, said he had been asleep in his tent", "Jufri Hamisi", core=False),
    K("c1.1", R1, "will resume at 6 a.m. on Wednesday", SAR, "resume the search", None, "Wednesday 6 a.m."),
    K("c1.2", R1, "he would close the mine permanently by Monday", "Ismail Lamaluta", "close the mine permanently", None, "Monday"),

    # 02 AP
    N("n2.1", P2, "toll rises to 12", 12, "deaths", core=False, zone="HEADLINE", revision="rises to"),
    N("n2.2", P2, "raising the death toll from a landslide to 12", 12, "deaths", as_of=W1200, revision="raising ... to"),
    N("n2.3", P2, "recovered three more bodies", 3, "bodies recovered", core=False, as_of=W1200),
    N("n2.4", P2, "seven people reported missing were found safe at home", 7, "reported missing found safe at home"),
    N("n2.5", P2, "Sixteen miners were still missing as of midday Wednesday", 16, "missing", as_of=W1200),
    N("n2.6", P2, "revised its count of the missing to 19", 19, "missing", as_of="2026-12-02", revision="revised ... to 19 from 26"),
    N("n2.7", P2, "from 26 on Wednesday morning", 26, "missing", core=False, note="the superseded figure, quoted with the revision"),
    N("n2.8", P2, "Relatives had reported the seven as missing", 7, "reported missing found safe at home", core=False, note="repeats n2.4"),
    N("n2.9", P2, "Dozens of miners were sleeping", None, "miners at site", core=False, note="vague: 'dozens' has no single amount"),
    N("n2.10", P2, "Police said 84 miners were at the site", 84, "miners at site", as_of="2026-12-01", note="police, from the list of workers seized at the camp"),
    N("n2.11", P2, "eight witnesses had been questioned", 8, "witnesses questioned", as_of="2026-12-02"),
    N("n2.12", P2, "More than 200 rescuers", 200, "rescuers", bound="more-than", as_of="2026-12-02"),
    N("n2.13", P2, "helped by three excavators", 3, "excavators", core=False, as_of="2026-12-02"),
    N("n2.14", P2, "provides a living for hundreds of thousands of Indonesians", None, "people living from small-scale gold mining", core=False, note="vague background"),
    N("n2.15", P2, "kill dozens of miners every year", None, "miners killed per year", core=False, note="vague background"),
    D("d2.1", P2, "within a week", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    D("d2.2", P2, "planned to last seven days", WEEK, "search operation", expected=True),
    D("d2.3", P2, "walk for nearly two hours", 120, "walk from the nearest village to the site", bound="nearly", core=False),
    T("t2.1", P2, "recovered three more bodies on Wednesday", "bodies recovered", "2026-12-02", "WEDNESDAY", core=False),
    T("t2.2", P2, "as of midday Wednesday", "toll update", "2026-12-02", "WEDNESDAY", core=False),
    T("t2.3", P2, "left the mine on Monday afternoon", "the seven left the mine", "2026-11-30", "MONDAY", core=False),
    T("t2.4", P2, "on Wednesday morning", "missing figure revised", "2026-12-02", "WEDNESDAY", core=False),
    T("t2.5", P2, "hit before dawn on Tuesday", "landslide", "2026-12-01", "TUESDAY"),
    T("t2.6", P2, "were searching on Wednesday", "search, day two", "2026-12-02", "WEDNESDAY", core=False),
    L("l2.1", P2, "in eastern Indonesia", "eastern Indonesia", core=False, note="the region"),
    L("l2.2", P2, "on a hillside in South Halmahera district", PLACE),
    L("l2.3", P2, "the search and rescue office in Ternate, the main city of North Maluku province", "Ternate", core=False,
      note="the SAR office city, not the landslide site"),
    Q("q2.1", P2, "We will not protect anyone. If an officer was involved, he will be punished", "Rinaldi Tuasikal"),
    Q("q2.2", P2, "I ran before I could even put on my sandals. When I looked back, the tents were gone", "Muhlis Abdullah",
      note="'said Muhlis Abdullah, 27, who had been sleeping near the pits'"),
    Q("q2.3", P2, "security money", "accusers (unnamed)", core=False, fragment=True, note="scare quotes around the allegation's term, which the police chief denies"),
    S("s2.1", P2, "Sixteen miners were still missing as of midday Wednesday, said Fahrul Sangaji", FAHRUL),
    S("s2.2", P2, "Relatives had reported the seven as missing, but they had left the mine on Monday afternoon and gone home without telling anyone, the 51-year-old official said", FAHRUL,
      note="the speaker as a description: 'the 51-year-old official'"),
    S("s2.3", P2, "Police said 84 miners were at the site, citing a list of workers seized from the camp's operators", POL),
    S("s2.4", P2, "He denied that officers had taken \"security money\" from the operators", "Rinaldi Tuasikal", note="denial"),
    S("s2.5", P2, "South Halmahera police chief Rinaldi Tuasikal said eight witnesses had been questioned", "Rinaldi Tuasikal"),
    S("s2.6", P2, "His office revised its count of the missing to 19 from 26", SAR, note="the revision down"),
    K("c2.1", P2, "suspects, including the mine's financiers, would be named within a week", POL, "name suspects, including the mine's financiers", None, "within a week"),
    K("c2.2", P2, "If an officer was involved, he will be punished", POL, "punish any officer found involved", None, None, core=False, note="conditional"),

    # 03 The Nusantara Herald (.json)
    N("n3.1", H3, "toll rises to 14", 14, "deaths", core=False, zone="HEADLINE", revision="rises to"),
    N("n3.2", H3, "rose to 14 on Wednesday evening", 14, "deaths", as_of=W1800, revision="rose to"),
    N("n3.3", H3, "with 14 others still missing", 14, "missing", as_of=W1800),
    N("n3.4", H3, "Two more bodies were pulled from the mud", 2, "bodies recovered", core=False, as_of=W1800),
    N("n3.5", H3, "revised the number of missing down to 19", 19, "missing", core=False, as_of="2026-12-02", revision="revised ... down to 19 from 26",
      note="Wednesday morning's revision, background in a Thursday article"),
    N("n3.6", H3, "from 26 on Wednesday morning", 26, "missing", core=False, note="the superseded figure, quoted with the revision"),
    N("n3.7", H3, "seven miners reported missing by their families", 7, "reported missing found safe at home"),
    N("n3.8", H3, "Thirty-seven miners survived", 37, "survivors"),
    N("n3.9", H3, "18 of them with injuries", 18, "injured"),
    N("n3.10", H3, "Eleven were still being treated at Labuha General Hospital", 11, "hospitalised", as_of="2026-12-02"),
    N("n3.11", H3, "143 residents of the village remained in shelters", 143, "residents evacuated", as_of="2026-12-02"),
    N("n3.12", H3, "three houses were buried", 3, "houses buried"),
    N("n3.13", H3, "12 others damaged", 12, "houses damaged"),
    N("n3.14", H3, "six miners died in a landslide at the same site", 6, "deaths", core=False, event="March 2019 landslide", note="background"),
    N("n3.15", H3, "eight witnesses had been questioned", 8, "witnesses questioned", as_of="2026-12-02"),
    D("d3.1", H3, "The second day of searching lasted 12 hours", 720, "search, day two"),
    D("d3.2", H3, "halted for three hours in the afternoon", 180, "search suspended (rain)"),
    D("d3.3", H3, "within a week", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    T("t3.1", H3, "Tuesday's landslide", "landslide", None, "TUESDAY", core=False),
    T("t3.2", H3, "on Wednesday evening", "toll update", "2026-12-02", "WEDNESDAY", core=False),
    T("t3.3", H3, "on Wednesday afternoon", "bodies recovered", "2026-12-02", "WEDNESDAY", core=False),
    T("t3.4", H3, "On Tuesday, the search had been halted", "search suspended (rain)", "2026-12-01", "TUESDAY", core=False),
    T("t3.5", H3, "on Wednesday morning", "missing figure revised", "2026-12-02", "WEDNESDAY", core=False),
    T("t3.6", H3, "Tomorrow we start again at 6 a.m.", "search resumes (planned)", "2026-12-03", None, core=False, expected=True, note="in the quote: Thursday"),
    T("t3.7", H3, "scheduled to run until Monday", "search operation ends (planned)", None, "MONDAY", core=False, expected=True),
    T("t3.8", H3, "at around 2:30 a.m. on Tuesday, Dec. 1", "landslide", "2026-12-01", "TUESDAY"),
    T("t3.9", H3, "closed by Monday, Dec. 7", "mine closure deadline", "2026-12-07", "MONDAY", expected=True),
    T("t3.10", H3, "General Hospital on Wednesday", "hospital count", "2026-12-02", "WEDNESDAY", core=False),
    T("t3.11", H3, "In March 2019", "landslide at the same site", "2019-03", None, core=False, note="background"),
    L("l3.1", H3, "at an unlicensed gold mine in South Halmahera regency", PLACE),
    L("l3.2", H3, "in Marabose village, East Bacan district", PLACE, venue="Marabose village, East Bacan district"),
    L("l3.3", H3, "on the slopes of Mount Lalaba on Bacan island", PLACE, core=False, venue="Mount Lalaba, Bacan island"),
    L("l3.4", H3, "the search and rescue office in Ternate", "Ternate", core=False, note="the SAR office city, not the landslide site"),
    L("l3.5", H3, "at Labuha General Hospital", "Labuha", core=False, note="hospital"),
    Q("q3.1", H3, "Tomorrow we start again at 6 a.m. The operation is scheduled to run until Monday, and we will extend it if needed", FAHRUL,
      note="spelled 'Fachrul Sangaji' in this article"),
    Q("q3.2", H3, "The slope is still unstable, so we have asked residents not to go home yet", "Aryo Wicaksono", note="'he told state news agency Antara'"),
    A("a3.1", H3, "he told state news agency Antara", "ANTARA", note="the BNPB official's remarks credited to Antara"),
    S("s3.1", H3, "rose to 14 on Wednesday evening, with 14 others still missing, the search and rescue office in Ternate said", SAR),
    S("s3.2", H3, "Aryo Wicaksono said 143 residents of the village remained in shelters", "Aryo Wicaksono",
      note="credited 'National Disaster Mitigation Agency (BNPB) data center head Aryo Wicaksono'"),
    S("s3.3", H3, "Regent Ismail Lamaluta has ordered the mine closed by Monday, Dec. 7", "Ismail Lamaluta"),
    S("s3.4", H3, "Rinaldi Tuasikal said on Wednesday that eight witnesses had been questioned", "Rinaldi Tuasikal", core=False),
    K("c3.1", H3, "Tomorrow we start again at 6 a.m.", SAR, "resume the search", None, "Thursday 6 a.m."),
    K("c3.2", H3, "has ordered the mine closed by Monday, Dec. 7", "Ismail Lamaluta", "close the mine", None, "Monday, Dec. 7"),
    K("c3.3", H3, "Police have promised to name suspects within a week", POL, "name suspects", None, "within a week"),
    K("c3.4", H3, "we will extend it if needed", SAR, "extend the search operation if needed", None, None, core=False, note="conditional"),
    K("c3.5", H3, "public order officers and police would dismantle the miners' camp", "Ismail Lamaluta", "have the miners' camp dismantled", None, None, core=False),
]

en_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n2.2", "n3.2"],
     "summary": "Deaths: at least 9 at 8 p.m. Tuesday (Reuters), 12 by midday Wednesday (AP), 14 on Wednesday evening (Herald)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.6", "n2.5", "n3.3"],
     "summary": "Missing: 26 at 8 p.m. Tuesday (Reuters), revised down to 19 on Wednesday morning (AP: seven found safe at home), 16 at midday (AP), 14 on Wednesday evening (Herald)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.7", "n2.10"],
     "summary": "Miners at the site when the landslide hit: 72 (search agency, camp record: Reuters) vs 84 (police, seized list of workers: AP)."},
    {"id": "F4", "kind": "VARIANT", "type": "ENTITY", "values": ["Fahrul Sangaji", "Fachrul Sangaji"], "articles": [R1, P2, H3],
     "summary": "The head of the Ternate search and rescue office is Fahrul Sangaji (Reuters, AP) and Fachrul Sangaji (Herald): one person."},
    {"id": "F5", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l2.2", "l3.1"],
     "summary": "The mine is in South Halmahera regency, North Maluku (all three)."},
    {"id": "F6", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t2.5", "t3.8"],
     "summary": "The landslide struck before dawn on Tuesday, 1 December (all three)."},
    {"id": "F7", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.5", "n3.8"],
     "summary": "37 miners survived (Reuters, Herald)."},
    {"id": "F8", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.6", "n3.9"],
     "summary": "18 injured (Reuters, Herald)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.8", "n3.11"],
     "summary": "143 residents evacuated / in shelters (Reuters, Herald: BNPB)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.9", "n3.12"],
     "summary": "Three houses buried (Reuters, Herald)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.10", "n3.13"],
     "summary": "12 houses damaged (Reuters, Herald)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d1.1", "d3.2"],
     "summary": "Tuesday afternoon's search was halted about three hours by rain (Reuters, Herald)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.2", "c3.2"],
     "summary": "The regent will close the mine by Monday (Reuters; Herald: Monday, Dec. 7)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.5", "t3.9"],
     "summary": "The closure deadline: Monday (7 December) (Reuters, Herald)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c2.1", "c3.3"],
     "summary": "The police will name suspects within a week (AP, Herald)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.1", "d3.3"],
     "summary": "The police's one-week deadline (AP, Herald)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.6", "n3.5"],
     "summary": "The missing were revised down to 19 on Wednesday morning (AP, Herald)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.4", "n3.7"],
     "summary": "Seven reported missing were found safe at home (AP, Herald)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.11", "n3.15"],
     "summary": "Eight witnesses questioned by Wednesday (AP, Herald)."},
]

en_traps = [
    {"articles": [R1], "claims": ["t1.2", "t1.1"],
     "why": "'1730 GMT Monday' is the same instant as 2:30 a.m. Tuesday local time (WIT, UTC+9)"},
    {"articles": [R1, P2, H3], "claims": ["n1.7", "n1.8", "n2.10", "n3.11"],
     "why": "miners at the site (72/84) and residents evacuated (143) count different people"},
    {"articles": [R1, H3], "claims": ["n1.9", "n1.10", "n3.12", "n3.13"],
     "why": "3 houses buried vs 12 houses damaged: different things"},
    {"articles": [R1, H3], "claims": ["n1.5", "n1.6", "n3.8", "n3.9", "n3.10"],
     "why": "37 survivors include the 18 injured, of whom 11 were still in hospital on Wednesday: different counts"},
    {"articles": [R1, P2, H3], "claims": ["n1.3", "n2.2", "n3.2"],
     "why": "deaths 9, 12 and 14 are for different times: UPDATE, not DISCREPANCY"},
    {"articles": [P2, H3], "claims": ["n2.7", "n3.6", "n2.6", "n2.5", "n3.3"],
     "why": "26 is the superseded figure quoted with the revision; 19 (Wednesday morning), 16 (midday) and 14 (evening) are for different times"},
    {"articles": [R1, H3], "claims": ["n1.11", "n3.14", "t1.6", "t3.11"],
     "why": "the March 2019 landslide at the same site (six dead) is background"},
    {"articles": [R1, P2, H3], "claims": ["d1.1", "d3.1", "d2.2", "d2.1", "d3.3", "d2.3"],
     "why": "the three-hour rain stop (Tuesday), the 12-hour second day, the nearly two-hour walk to the site, the seven-day operation and the police's one-week deadline are different durations"},
    {"articles": [R1, H3], "claims": ["c1.1", "t1.4", "c3.1", "t3.6"],
     "why": "'will resume at 6 a.m. on Wednesday' and 'Tomorrow we start again at 6 a.m.' (Thursday) are plans for different days, not reported events"},
    {"articles": [H3], "claims": ["t3.7", "t3.9"],
     "why": "the operation scheduled until Monday and the mine closed by Monday, Dec. 7 are different things on the same day"},
    {"articles": [P2], "claims": ["n2.9", "n2.10", "n2.14", "n2.15"],
     "why": "'dozens of miners' and 'hundreds of thousands' are vague (no single amount): not an INCONSISTENCY with 84"},
    {"articles": [R1, P2, H3], "claims": ["l1.3", "l1.4", "l2.3", "l3.4", "l3.5"],
     "why": "datelines JAKARTA and TERNATE, the SAR office in Ternate and the hospital in Labuha are not the place of the landslide"},
    {"articles": [R1], "claims": [],
     "why": "the 'Related:' line is another article's headline ('8% in 2027'): a link, not a claim"},
]

en_entities = {
    "Fahrul Sangaji": ["Fahrul Sangaji", "Fachrul Sangaji", "Sangaji", "the 51-year-old official", "head of the search and rescue office in Ternate"],
    "Aryo Wicaksono": ["Aryo Wicaksono", "BNPB data center head Aryo Wicaksono"],
    "Rinaldi Tuasikal": ["Rinaldi Tuasikal", "Tuasikal", "South Halmahera police chief Rinaldi Tuasikal"],
    "Ismail Lamaluta": ["Ismail Lamaluta", "Regent Ismail Lamaluta", "South Halmahera regent Ismail Lamaluta"],
    "Jufri Hamisi": ["Jufri Hamisi"],
    "Muhlis Abdullah": ["Muhlis Abdullah"],
    "Basarnas Ternate": ["the search and rescue office in Ternate", "His office"],
    "Basarnas": ["the national search and rescue agency"],
    "BNPB": ["National Disaster Mitigation Agency (BNPB)", "BNPB"],
    "Polres Halmahera Selatan": ["Police", "police"],
    "South Halmahera": ["South Halmahera regency", "South Halmahera district", "Marabose village", "East Bacan district", "Mount Lalaba", "Bacan island"],
    "North Maluku": ["North Maluku province", "North Maluku"],
    "Labuha": ["Labuha", "Labuha General Hospital"],
    "Ternate": ["Ternate"],
}


def write(lang, articles, claims, findings, traps, entities):
    gold = {"schema": "claimdiff-gold/1", "event": EVENT, "claim_types": TYPES, "exhaustive_types": EXHAUSTIVE,
            "entities": entities, "articles": articles, "claims": claims, "findings": findings, "traps": traps}
    path = os.path.join(HERE, lang, "gold.json")
    old = {}
    if os.path.exists(path):  # keep spans already filled for unchanged evidence
        try:
            for c in json.load(open(path, encoding="utf-8"))["claims"]:
                if "span" in c:
                    old[(c["id"], c["article"], c["evidence"], c.get("occurrence"))] = c["span"]
        except (ValueError, KeyError):
            pass
    for c in claims:
        s = old.get((c["id"], c["article"], c["evidence"], c.get("occurrence")))
        if s:
            c["span"] = s
    ids = [c["id"] for c in claims]
    dup = sorted({x for x in ids if ids.count(x) > 1})
    assert not dup, dup
    for c in claims:
        assert c["article"] in articles, c["id"]
    for f in findings:
        for x in f.get("claims", []):
            assert x in ids, (f["id"], x)
    for t in traps:
        for x in t["claims"]:
            assert x in ids, (t["why"][:40], x)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
        lang, len(articles), len(claims), sum(c["core"] for c in claims), len(findings), len(traps)))


if __name__ == "__main__":
    write("id", id_articles, id_claims, id_findings, id_traps, id_entities)
    write("en", en_articles, en_claims, en_findings, en_traps, en_entities)
