#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the invented event tabrakan-kereta-jateng-2026
(spans are filled afterwards with corpora/tools/fill_spans.py).

usage: python3 make_gold.py     then  nice -n 19 python3 corpora/tools/fill_spans.py id/gold.json
"""
import json, os
from gold_helpers import C, Q, S, N, D, T, L, K, A  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tabrakan-kereta-jateng-2026')
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EVENT = ("Rear-end collision of the passenger train KA Mahesa Jaya (Surabaya Pasarturi-Jakarta Pasarsenen) "
         "with a freight train stopped at a red signal between Gubug and Tegowanu stations, Grobogan regency "
         "(Central Java), Friday 2026-11-20 at 04.52 WIB (21.52 GMT Thursday 19 November); 412 passengers per "
         "KAI (384 per the police); deaths 3 -> 6 -> 8 -> revised to 7 on Friday evening -> 8 on Saturday; "
         "downline reopened 16.40 WIB Friday (target 12.00), upline 03.30 WIB Saturday "
         "(written for claimdiff's evaluation; facts invented)")



SITE = "Gubug-Tegowanu section"
T0730 = "2026-11-20T07:30+07:00"
T1100 = "2026-11-20T11:00+07:00"
T1400 = "2026-11-20T14:00+07:00"
T1800 = "2026-11-20T18:00+07:00"
SATNOON = "2026-11-21T12:00+07:00"
KNKT_DAYS = 30 * 24 * 60

# ---------------------------------------------------------------- Indonesian folder
K1, D2, W3, A4, S5 = ("01_kompas_jumat-pagi.txt", "02_detikjateng_jumat-siang.html",
                      "03_wartagrobogan_jumat-sore.txt", "04_antara_reuters.txt", "05_kabarsemarang_sabtu.json")

id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-20T08:15+07:00", "cites": [],
         "note": "first report: 3 dead as of 07.30 WIB, at least 35 injured, 412 passengers (KAI Daop 4); target to reopen the downline at 12.00 WIB; photo caption and two 'Baca juga' lines"},
    D2: {"outlet": "detikJateng", "language": "id", "published": "2026-11-20T12:20+07:00", "cites": [],
         "note": "HTML page; the byline/date <div>s and the <figcaption> are not part of the extracted text; 6 dead, 52 injured as of 11.00 WIB; spells the Daop 4 spokesman 'Ardi Nugroho'; KAI denies the signal was faulty; the minister's visit"},
    W3: {"outlet": "WartaGrobogan.com", "language": "id", "published": "2026-11-20T15:10+07:00", "cites": [],
         "note": "regional portal; police figures: 8 dead as of 14.00 WIB (headline says 9), 384 passengers per the police's manifest; a resident says the signal lights had been failing, KAI denies"},
    A4: {"outlet": "ANTARA", "language": "id", "published": "2026-11-20T21:05+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_friday.txt",
         "note": "translation of the Reuters wire, faithful except one value: 13 delayed trips for Reuters' 31; drops Reuters' 'Related' line; dateline Jakarta"},
    S5: {"outlet": "Kabar Semarang", "language": "id", "published": "2026-11-21T13:10+07:00", "cites": [],
         "note": ".json record; Saturday: 8 dead, 17 still in hospital, upline reopened 03.30 WIB; KAI promises Rp100 juta per family by Wednesday 25/11; KNKT's preliminary report within 30 days"},
}

id_claims = [
    # 01 Kompas
    T("t1.1", K1, "Jumat (20/11/2026) sekitar pukul 04.52 WIB", "collision", "2026-11-20", "FRIDAY"),
    T("t1.2", K1, "Gubug-Tegowanu, Kabupaten Grobogan, Jumat (20/11/2026)", "evacuation (photo caption)", "2026-11-20", "FRIDAY", core=False, zone="CAPTION"),
    L("l1.1", K1, "di petak jalan antara Stasiun Gubug dan Stasiun Tegowanu, Kabupaten Grobogan, Jawa Tengah", "Grobogan", venue=SITE),
    L("l1.2", K1, "relasi Surabaya Pasarturi-Pasarsenen", "Surabaya", core=False, note="the train's route (Surabaya Pasarturi to Jakarta Pasarsenen), not the crash site"),
    L("l1.3", K1, "ke RSUD Purwodadi dan puskesmas di Gubug", "Purwodadi", core=False, note="where the injured were taken (and a health centre in Gubug)"),
    L("l1.4", K1, "dikumpulkan di Stasiun Gubug", "Gubug", core=False, venue="Gubug station", note="where uninjured passengers were gathered"),
    L("l1.5", K1, "tertahan di Stasiun Semarang Tawang", "Semarang", core=False, venue="Semarang Tawang station", note="where trains from Jakarta were held"),
    N("n1.1", K1, "hingga pukul 07.30 WIB tercatat tiga orang meninggal dunia", 3, "deaths", as_of=T0730),
    N("n1.2", K1, "3 Orang Tewas", 3, "deaths", core=False, zone="HEADLINE"),
    N("n1.3", K1, "Penumpang yang luka sedikitnya 35 orang", 35, "injured", bound="at-least", as_of=T0730, note="said with the 07.30 WIB toll"),
    N("n1.4", K1, "membawa 412 penumpang", 412, "passengers on board"),
    N("n1.5", K1, "lokomotif dan dua kereta KA Mahesa Jaya anjlok", 2, "carriages derailed", core=False, note="besides the locomotive"),
    N("n1.6", K1, "Sedikitnya 20 perjalanan kereta api terdampak", 20, "train trips affected", bound="at-least", as_of="2026-11-20"),
    D("d1.1", K1, "Evakuasi penumpang dari dalam rangkaian berlangsung sekitar dua jam", 120, "evacuation of passengers", bound="about"),
    Q("q1.1", K1, "Penumpang yang luka sedikitnya 35 orang. Semuanya sudah kami bawa ke RSUD Purwodadi dan puskesmas di Gubug", "Ardhi Nugroho"),
    Q("q1.2", K1, "Crane sudah kami datangkan. Targetnya, jalur hilir sudah bisa dilewati lagi pukul 12.00 WIB", "Ardhi Nugroho", note="'ujar dia'"),
    Q("q1.3", K1, "Saya lagi tidur, tiba-tiba bunyinya keras sekali, terus lampu mati. Orang-orang teriak minta tolong", "Sri Wahyuni"),
    S("s1.1", K1, "Ardhi Nugroho mengatakan, hingga pukul 07.30 WIB tercatat tiga orang meninggal dunia", "Ardhi Nugroho"),
    S("s1.2", K1, "Menurut Ardhi, KA Mahesa Jaya membawa 412 penumpang", "Ardhi Nugroho"),
    K("c1.1", K1, "Targetnya, jalur hilir sudah bisa dilewati lagi pukul 12.00 WIB", "KAI", "reopen the downline", None, "12.00 WIB (Friday)",
      note="a target; the downline actually reopened at 16.40 WIB"),

    # 02 detikJateng (HTML)
    N("n2.1", D2, "Jadi 6 Orang", 6, "deaths", core=False, zone="HEADLINE"),
    N("n2.2", D2, "bertambah menjadi enam orang", 6, "deaths", as_of=T1100, revision="bertambah menjadi"),
    N("n2.3", D2, "Sebanyak 52 orang lainnya mengalami luka-luka", 52, "injured", as_of=T1100),
    N("n2.4", D2, "Sebelumnya, pada pagi hari tercatat tiga korban meninggal", 3, "deaths", core=False, as_of="2026-11-20", note="'Sebelumnya': the morning toll, background"),
    N("n2.5", D2, "Tiga korban yang sempat kami bawa ke rumah sakit akhirnya meninggal", 3, "deaths in hospital", core=False, note="part of the six"),
    N("n2.6", D2, "10 perjalanan KA dibatalkan", 10, "train trips cancelled", as_of=T1100),
    N("n2.7", D2, "tujuh perjalanan lainnya memutar lewat jalur selatan", 7, "train trips rerouted", as_of=T1100),
    N("n2.8", D2, "dengan 14 bus", 14, "buses for passengers", core=False),
    N("n2.9", D2, "bea tiket 100 persen", 100, "ticket refund (percent)", core=False),
    T("t2.1", D2, "hingga pukul 11.00 WIB, Jumat (20/11/2026)", "toll update", "2026-11-20", "FRIDAY", core=False),
    T("t2.2", D2, "meninjau lokasi kecelakaan di Desa Kuwaron, Kecamatan Gubug, Jumat siang", "minister's visit", "2026-11-20", "FRIDAY", core=False),
    L("l2.1", D2, "di Kecamatan Gubug, Kabupaten Grobogan", "Grobogan", venue="Gubug district"),
    L("l2.2", D2, "di Desa Kuwaron, Kecamatan Gubug", "Grobogan", core=False, venue="Kuwaron village", note="the minister's visit to the crash site"),
    L("l2.3", D2, "jalur hulu dan hilir di petak Gubug-Tegowanu ditutup", "Grobogan", core=False, venue=SITE, note="the closed section"),
    L("l2.4", D2, "diangkut ke Stasiun Semarang Tawang", "Semarang", core=False, venue="Semarang Tawang station", note="where uninjured passengers were taken by bus"),
    Q("q2.1", D2, "Tiga korban yang sempat kami bawa ke rumah sakit akhirnya meninggal. Sebagian korban luka masih dirawat intensif", "Ardhi Nugroho", note="spelled 'Ardi' in this article"),
    Q("q2.2", D2, "Saya sudah minta KAI dan KNKT mengusut penyebabnya sampai tuntas. Keselamatan penumpang tidak bisa ditawar", "Hendrawan Sasmito"),
    Q("q2.3", D2, "Dari data yang kami terima, sinyal dalam kondisi normal dan menunjukkan aspek merah. KA barang berhenti karena mematuhi sinyal itu", "Yuniarti Kusumawardani"),
    S("s2.1", D2, "KAI membantah dugaan sinyal masuk Stasiun Tegowanu rusak sebelum kecelakaan", "KAI", note="denial"),
    S("s2.2", D2, "Yuniarti Kusumawardani memastikan sinyal berfungsi normal", "Yuniarti Kusumawardani"),
    S("s2.3", D2, "Ia meminta penyebab tabrakan diusut tuntas", "Hendrawan Sasmito"),
    S("s2.4", D2, "Data itu disampaikan Manager Humas KAI Daop 4 Semarang Ardi Nugroho", "Ardhi Nugroho", core=False),
    K("c2.1", D2, "KAI mengembalikan bea tiket 100 persen bagi penumpang kereta yang perjalanannya dibatalkan", "KAI", "refund tickets in full", "passengers of cancelled trains", None),
    K("c2.2", D2, "KAI semula menargetkan jalur hilir bisa dilalui pukul 12.00 WIB", "KAI", "reopen the downline", None, "12.00 WIB (Friday)", core=False,
      note="the original target, reported as not met ('semula')"),

    # 03 WartaGrobogan
    N("n3.1", W3, "Jadi 9 Orang", 9, "deaths", zone="HEADLINE", as_of=T1400, note="the headline contradicts the body (8 dead at the same time)"),
    N("n3.2", W3, "bertambah menjadi delapan orang hingga pukul 14.00 WIB", 8, "deaths", as_of=T1400, revision="bertambah menjadi"),
    N("n3.3", W3, "KA Mahesa Jaya mengangkut 384 penumpang", 384, "passengers on board", note="police, from the manifest they received"),
    N("n3.4", W3, "Polisi telah memeriksa enam saksi", 6, "witnesses questioned", as_of="2026-11-20"),
    N("n3.5", W3, "Sudah enam saksi kami periksa", 6, "witnesses questioned", core=False),
    T("t3.1", W3, "hingga pukul 14.00 WIB, Jumat (20/11/2026)", "toll update", "2026-11-20", "FRIDAY", core=False),
    L("l3.1", W3, "di Desa Kuwaron, Kecamatan Gubug, Kabupaten Grobogan", "Grobogan", venue="Kuwaron village"),
    L("l3.2", W3, "di Mapolres Grobogan", "Purwodadi", core=False, venue="Grobogan police headquarters", note="where the police spokesman gave the figures"),
    L("l3.3", W3, "gangguan sinyal di petak Gubug-Tegowanu", "Grobogan", core=False, venue=SITE, note="the section named in KAI's denial"),
    L("l3.4", W3, "dibawa ke RSUD Purwodadi", "Purwodadi", core=False, note="where the bodies were taken"),
    Q("q3.1", W3, "Sudah enam saksi kami periksa, termasuk masinis KA barang. Sampai saat ini belum ada yang kami tetapkan sebagai tersangka", "Satria Wiranegara"),
    Q("q3.2", W3, "Lampu sinyal itu sudah beberapa hari sering mati, apalagi kalau hujan. Warga di sini sudah sering lihat", "Joko Susilo"),
    Q("q3.3", W3, "Sinyal di petak itu rutin kami periksa dan tidak ada catatan gangguan", "Ardhi Nugroho"),
    S("s3.1", W3, "Menurut dia, berdasarkan manifes yang diterima polisi, KA Mahesa Jaya mengangkut 384 penumpang", "Satria Wiranegara"),
    S("s3.2", W3, "Ardhi Nugroho membantah keterangan tersebut", "Ardhi Nugroho", note="denial of the residents' account"),
    S("s3.3", W3, "warga sekitar menyebut lampu sinyal di dekat lokasi beberapa kali padam sebelum kecelakaan", "residents", note="the claim KAI denies"),
    S("s3.4", W3, "Polisi telah memeriksa enam saksi", "Polda Jawa Tengah", core=False),
    K("c3.1", W3, "penyidik akan meminta rekaman komunikasi radio antara masinis dan petugas stasiun kepada KAI", "Polda Jawa Tengah",
      "request the radio recordings between the driver and the station staff", "KAI", None),
    K("c3.2", W3, "Target pembukaan jalur hilir pada pukul 12.00 WIB meleset", "KAI", "reopen the downline", None, "12.00 WIB (Friday)", core=False,
      note="the original target, reported as missed ('meleset')"),

    # 04 ANTARA (translation of Reuters)
    N("n4.1", A4, "tewaskan tujuh orang", 7, "deaths", core=False, zone="HEADLINE"),
    N("n4.2", A4, "menewaskan tujuh orang", 7, "deaths", as_of=T1800, revision="merevisi turun", note="KAI's figure, revised down from eight"),
    N("n4.3", A4, "melukai 63 orang", 63, "injured", as_of=T1800),
    N("n4.4", A4, "angka korban tewas sebelumnya sebanyak delapan orang", 8, "deaths", core=False, note="the superseded earlier toll"),
    N("n4.5", A4, "Sebanyak 21 korban luka masih dirawat di rumah sakit hingga pukul 18.00 waktu setempat", 21, "hospitalised", as_of=T1800),
    N("n4.6", A4, "dengan 412 penumpang", 412, "passengers on board"),
    N("n4.7", A4, "11 awak", 11, "crew"),
    N("n4.8", A4, "membatalkan 14 perjalanan kereta", 14, "train trips cancelled", as_of="2026-11-20"),
    N("n4.9", A4, "13 perjalanan terlambat", 13, "train trips delayed", as_of="2026-11-20", note="Reuters says 31: the value the translation changed"),
    N("n4.10", A4, "sembilan perjalanan dialihkan melalui jalur selatan", 9, "train trips rerouted", as_of="2026-11-20"),
    N("n4.11", A4, "Satu korban sebelumnya tercatat dua kali oleh dua rumah sakit", 1, "victims counted twice", core=False),
    D("d4.1", A4, "lebih dari empat jam lebih lambat dari rencana perusahaan", 240, "downline reopening later than planned", bound="more-than"),
    D("d4.2", A4, "ditutup selama hampir 12 jam", 720, "line closure (downline)", bound="nearly"),
    D("d4.3", A4, "dalam waktu 30 hari", KNKT_DAYS, "KNKT preliminary report deadline", bound="at-most", expected=True),
    T("t4.1", A4, "menabrak kereta barang itu pada pukul 04.52 (21.52 GMT Kamis)", "collision", "2026-11-19", "THURSDAY", core=False,
      note="GMT date: 21.52 GMT Thursday 19 November = 04.52 WIB Friday 20 November; not a discrepancy with Friday"),
    T("t4.2", A4, "sedang berhenti di Provinsi Jawa Tengah, Indonesia, pada Jumat", "collision", "2026-11-20", "FRIDAY"),
    T("t4.3", A4, "perjalanan kereta pada Jumat", "trips cancelled", "2026-11-20", "FRIDAY", core=False),
    T("t4.4", A4, "mulai pekan ini", "signal audit begins", None, None, core=False, expected=True, note="relative: 'this week'"),
    L("l4.1", A4, "di antara Stasiun Gubug dan Stasiun Tegowanu di Kabupaten Grobogan", "Grobogan", venue=SITE),
    L("l4.2", A4, "di Provinsi Jawa Tengah, Indonesia", "Central Java", core=False, note="the province of the crash"),
    L("l4.3", A4, "melaju dari Surabaya menuju Jakarta", "Surabaya", core=False, note="the train's route, not the crash site"),
    L("l4.4", A4, "dari sebuah rumah sakit di Purwodadi", "Purwodadi", core=False, note="where the passenger spoke from"),
    L("l4.5", A4, "di Pulau Jawa yang padat penduduk", "Java", core=False, note="background"),
    Q("q4.1", A4, "Sinyal di pintu masuk Stasiun Tegowanu berfungsi normal dan menunjukkan warna merah. Kami sedang memeriksa mengapa kereta tidak berhenti", "Yuniarti Kusumawardani"),
    Q("q4.2", A4, "Setiap sinyal di jalur ini akan diaudit, mulai pekan ini", "Hendrawan Sasmito"),
    Q("q4.3", A4, "Ada bunyi dentuman keras dan semua orang terlempar ke depan. Orang-orang berteriak dalam gelap", "Dimas Prakoso"),
    Q("q4.4", A4, "temperan", "KAI", core=False, fragment=True, note="scare quotes around KAI's term"),
    S("s4.1", A4, "kata perusahaan kereta api negara PT Kereta Api Indonesia (KAI), yang merevisi turun angka korban tewas", "KAI"),
    S("s4.2", A4, "membantah bahwa sinyal yang rusak menjadi penyebabnya", "KAI", note="denial"),
    S("s4.3", A4, "Satu korban sebelumnya tercatat dua kali oleh dua rumah sakit, kata juru bicara KAI Yuniarti Kusumawardani", "Yuniarti Kusumawardani"),
    S("s4.4", A4, "Komite Nasional Keselamatan Transportasi (KNKT) mengatakan akan menerbitkan laporan pendahuluan dalam waktu 30 hari", "KNKT"),
    S("s4.5", A4, "Hendrawan Sasmito, yang mengunjungi lokasi, mengatakan sinyal di jalur utara akan diperiksa", "Hendrawan Sasmito"),
    S("s4.6", A4, "mengatakan ia sedang tidur di gerbong keempat", "Dimas Prakoso", core=False),
    S("s4.7", A4, "KAI membatalkan 14 perjalanan kereta pada Jumat, sementara 13 perjalanan terlambat dan sembilan perjalanan dialihkan melalui jalur selatan, kata perusahaan itu", "KAI"),
    K("c4.1", A4, "akan menerbitkan laporan pendahuluan dalam waktu 30 hari", "KNKT", "publish a preliminary report", None, "within 30 days"),
    K("c4.2", A4, "Setiap sinyal di jalur ini akan diaudit, mulai pekan ini", "Hendrawan Sasmito", "audit every signal on the northern line", None, "starting this week"),
    A("a4.1", A4, "seperti dilansir dari Reuters", "Reuters"),
    A("a4.2", A4, "kata Yuniarti kepada Reuters", "Reuters", note="the quote was given to Reuters"),
    A("a4.3", A4, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Kabar Semarang (.json)
    N("n5.1", S5, "Jadi 8 Orang", 8, "deaths", core=False, zone="HEADLINE"),
    N("n5.2", S5, "bertambah menjadi delapan orang pada Sabtu (21/11/2026)", 8, "deaths", as_of="2026-11-21", revision="bertambah menjadi"),
    N("n5.3", S5, "dari delapan menjadi tujuh orang", 7, "deaths", core=False, as_of="2026-11-20", revision="merevisi ... dari delapan menjadi",
      note="'Sebelumnya, pada Jumat malam': background"),
    N("n5.4", S5, "merevisi jumlah korban meninggal dari delapan", 8, "deaths", core=False, note="the superseded Friday figure, background"),
    N("n5.5", S5, "dari 63 korban luka", 63, "injured", as_of="2026-11-21"),
    N("n5.6", S5, "17 orang masih dirawat inap hingga Sabtu siang", 17, "hospitalised", as_of=SATNOON),
    N("n5.7", S5, "santunan Rp100 juta", 100000000, "compensation per family (IDR)"),
    N("n5.8", S5, "santunan dari Jasa Raharja sebesar Rp50 juta per korban", 50000000, "insurance payout per victim (IDR)", core=False, note="paid by the state insurer Jasa Raharja, not KAI"),
    N("n5.9", S5, "maksimal 20 km per jam", 20, "speed limit at the site (km/h)", bound="at-most", core=False),
    N("n5.10", S5, "satu korban tercatat di dua rumah sakit", 1, "victims counted twice", core=False),
    D("d5.1", S5, "setelah ditutup lebih dari 22 jam", 1320, "line closure (upline)", bound="more-than"),
    D("d5.2", S5, "molor lebih dari empat jam dari target semula", 240, "downline reopening later than planned", bound="more-than"),
    D("d5.3", S5, "Laporan pendahuluan akan keluar dalam 30 hari", KNKT_DAYS, "KNKT preliminary report deadline", bound="at-most", expected=True),
    T("t5.1", S5, "delapan orang pada Sabtu (21/11/2026)", "toll update", "2026-11-21", "SATURDAY", core=False),
    T("t5.2", S5, "pada Jumat malam, KAI merevisi", "toll revised", None, "FRIDAY", core=False),
    T("t5.3", S5, "paling lambat Rabu (25/11/2026)", "compensation deadline", "2026-11-25", "WEDNESDAY", expected=True),
    T("t5.4", S5, "paling lambat hari Rabu", "compensation deadline", None, "WEDNESDAY", core=False, expected=True),
    T("t5.5", S5, "hingga Sabtu siang", "hospital count", "2026-11-21", "SATURDAY", core=False),
    T("t5.6", S5, "kembali bisa dilalui pada Sabtu pukul 03.30 WIB", "upline reopened", "2026-11-21", "SATURDAY"),
    T("t5.7", S5, "sudah dibuka pada Jumat pukul 16.40 WIB", "downline reopened", None, "FRIDAY"),
    T("t5.8", S5, "mulai Minggu (22/11)", "normal train services resume", "2026-11-22", "SUNDAY", core=False, expected=True),
    T("t5.9", S5, "Pada Maret 2019", "freight train derailment on the same section", "2019-03", None, core=False, note="background"),
    L("l5.1", S5, "di petak jalan Gubug-Tegowanu, Kabupaten Grobogan, Jawa Tengah", "Grobogan", venue=SITE),
    L("l5.2", S5, "dirawat di sebuah rumah sakit di Semarang", "Semarang", core=False, note="where the eighth victim died"),
    L("l5.3", S5, "ujar Yuniarti di Semarang", "Semarang", core=False, note="where the spokesperson spoke"),
    L("l5.4", S5, "Jalur hulu di petak Gubug-Tegowanu", "Grobogan", core=False, venue=SITE, note="the reopened upline"),
    L("l5.5", S5, "di lintas utara Jawa", "Java", core=False, note="northern Java line, where services return to normal"),
    Q("q5.1", S5, "Kami sudah menghubungi semua keluarga korban. Santunan akan kami transfer paling lambat hari Rabu", "Yuniarti Kusumawardani"),
    Q("q5.2", S5, "Kami akan memeriksa persinyalan, komunikasi antara masinis dan PPKA, serta kondisi sarana. Laporan pendahuluan akan keluar dalam 30 hari", "Gunawan Adisaputra"),
    S("s5.1", S5, "Yuniarti Kusumawardani mengatakan, dari 63 korban luka, 17 orang masih dirawat inap", "Yuniarti Kusumawardani"),
    S("s5.2", S5, "Gunawan Adisaputra mengatakan timnya telah mengunduh data dari lokomotif KA Mahesa Jaya", "Gunawan Adisaputra"),
    S("s5.3", S5, "Menurut Yuniarti, KAI akan menyerahkan santunan Rp100 juta", "Yuniarti Kusumawardani"),
    K("c5.1", S5, "KAI akan menyerahkan santunan Rp100 juta kepada setiap keluarga korban meninggal paling lambat Rabu (25/11/2026)", "KAI",
      "pay compensation of Rp100 million per family", "families of the dead", "Wednesday 25/11/2026"),
    K("c5.2", S5, "Santunan akan kami transfer paling lambat hari Rabu", "KAI", "transfer the compensation", "families of the dead", "Wednesday", core=False, note="in q5.1"),
    K("c5.3", S5, "KAI juga menanggung seluruh biaya pengobatan korban luka hingga sembuh", "KAI", "pay all medical costs", "the injured", None),
    K("c5.4", S5, "Laporan pendahuluan akan keluar dalam 30 hari", "KNKT", "publish a preliminary report", None, "within 30 days"),
    K("c5.5", S5, "KAI memastikan perjalanan kereta api di lintas utara Jawa kembali normal mulai Minggu (22/11)", "KAI", "restore normal train services", None, "Sunday 22/11", core=False),
    K("c5.6", S5, "Kami akan memeriksa persinyalan, komunikasi antara masinis dan PPKA, serta kondisi sarana", "KNKT", "examine the signalling, driver-dispatcher communication and rolling stock", None, None, core=False),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.1", "n2.2", "n3.2", "n4.2", "n5.2"],
     "summary": "Deaths: 3 at 07.30 WIB (01), 6 at 11.00 (02), 8 at 14.00 (03, police), revised down to 7 on Friday evening (04: one victim counted twice), 8 on Saturday (05)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n2.3", "n4.3"],
     "summary": "Injured: at least 35 at 07.30 WIB (01), 52 at 11.00 (02), 63 by the evening (04; 05 also 63)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n4.5", "n5.6"],
     "summary": "Still in hospital: 21 at 18.00 WIB Friday (04), 17 at Saturday noon (05)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.6", "n4.8"],
     "summary": "Trips cancelled: 10 by 11.00 WIB (02), 14 for the day (04)."},
    {"id": "F5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.7", "n4.10"],
     "summary": "Trips rerouted through the southern line: 7 by 11.00 WIB (02), 9 for the day (04)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.4", "n3.3"],
     "summary": "Passengers on board KA Mahesa Jaya at the collision: 412 (KAI, 01; also 04) vs 384 (police's manifest, 03)."},
    {"id": "F7", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["n3.1", "n3.2"],
     "summary": "03: the headline says 9 dead, its body says 8 dead as of 14.00 WIB."},
    {"id": "F8", "kind": "VARIANT", "type": "ENTITY", "values": ["Ardhi Nugroho", "Ardi Nugroho"], "articles": [K1, D2, W3],
     "summary": "KAI Daop 4 Semarang's public relations manager is Ardhi Nugroho in 01 and 03, Ardi Nugroho in 02: one person."},
    {"id": "F9", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1", "l4.1", "l5.1"],
     "summary": "The collision happened between Gubug and Tegowanu stations (Kuwaron village, Gubug district), Grobogan regency (all five)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t4.2"],
     "summary": "The collision happened on Friday 20 November 2026 (01, 04)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.4", "n4.6"],
     "summary": "412 passengers on board (01, 04: KAI's figure)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n4.3", "n5.5"],
     "summary": "63 injured (04 Friday evening, 05 Saturday)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d4.1", "d5.2"],
     "summary": "The downline reopened more than four hours later than planned (04, 05)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c4.1", "c5.4"],
     "summary": "KNKT's preliminary report within 30 days (04, 05)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d4.3", "d5.3"],
     "summary": "The 30-day period for KNKT's preliminary report (04, 05)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.1", "c2.2", "c3.2"],
     "summary": "KAI's target to reopen the downline at 12.00 WIB (01 as a plan, 02 and 03 as the original, missed target)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "STATEMENT", "claims": ["s2.1", "s4.2"],
     "summary": "KAI denies that a faulty signal caused the crash (02, 04)."},
]

id_traps = [
    {"articles": [A4, S5], "claims": ["n4.3", "n4.5", "n5.5", "n5.6"],
     "why": "63 injured and 21 (Friday) / 17 (Saturday) still in hospital count different things: all injured vs those still hospitalised"},
    {"articles": [K1, A4], "claims": ["n1.4", "n4.6", "n4.7"],
     "why": "412 passengers and 11 crew are different groups; 412 is not a count of people on board"},
    {"articles": [K1, D2, W3, A4, S5], "claims": ["n1.1", "n2.2", "n3.2", "n4.2", "n5.2"],
     "why": "deaths 3, 6, 8, 7 and 8 are for different times (07.30, 11.00, 14.00, Friday evening, Saturday): UPDATE, not DISCREPANCY; the 7 is a revision, not a contradiction of the 8"},
    {"articles": [D2, A4, S5], "claims": ["n2.4", "n4.4", "n5.3", "n5.4"],
     "why": "earlier tolls quoted as background ('Sebelumnya ... tiga', 'sebelumnya sebanyak delapan', 'pada Jumat malam ... dari delapan menjadi tujuh') are not the current figure"},
    {"articles": [D2], "claims": ["n2.5", "n2.2"],
     "why": "'Tiga korban ... akhirnya meninggal' counts the deaths in hospital, part of the six: not a second toll"},
    {"articles": [K1, D2, W3, S5], "claims": ["c1.1", "c2.2", "c3.2", "t5.7"],
     "why": "the 12.00 WIB target is a plan; the downline actually reopened at 16.40 WIB: schedule vs what happened, not a discrepancy"},
    {"articles": [A4, S5], "claims": ["d4.2", "d5.1", "d4.1"],
     "why": "the downline was closed nearly 12 hours and the upline more than 22 hours; the 'more than four hours' is the delay against the target: three different durations"},
    {"articles": [K1, D2, A4], "claims": ["n1.6", "n2.6", "n2.7", "n2.8", "n4.8", "n4.9", "n4.10"],
     "why": "trips affected (at least 20, morning), cancelled (10, 14), delayed (13 in 04), rerouted (7, 9) and 14 buses count different things"},
    {"articles": [S5], "claims": ["n5.7", "n5.8"],
     "why": "Rp100 juta from KAI per family and Rp50 juta from Jasa Raharja per victim are two payers' amounts"},
    {"articles": [A4], "claims": ["t4.1", "t4.2"],
     "why": "'21.52 GMT Kamis' is the same instant as 04.52 WIB Friday"},
    {"articles": [S5], "claims": ["t5.9"],
     "why": "the March 2019 derailment on the same section is background, another event"},
    {"articles": [K1, D2, W3, A4, S5], "claims": ["l1.2", "l1.3", "l1.4", "l1.5", "l2.4", "l3.2", "l3.4", "l4.3", "l4.4", "l5.2", "l5.3"],
     "why": "datelines (GROBOGAN, GUBUG, Jakarta, Semarang), the route Surabaya-Jakarta, the hospitals in Purwodadi and Semarang, Semarang Tawang station and the police headquarters are not the crash site"},
    {"articles": [K1, D2, W3, S5], "claims": [],
     "why": "'Baca juga' lines carry other articles' headlines with numbers ('5 Kereta Tertahan', 'Daftar 12 Kereta', 'Berhenti 8 Menit', '2 Rumah Rusak', '2,1 Juta Penumpang'): links, not claims"},
    {"articles": [W3, D2], "claims": ["s3.3", "s2.1", "s3.2"],
     "why": "the residents' account of failing signal lights and KAI's denial are opposing claims by different speakers, reported as such: not an inconsistency of the outlet"},
]

id_entities = {
    "Ardhi Nugroho": ["Ardhi Nugroho", "Ardhi", "Ardi Nugroho", "Ardi", "Manager Humas KAI Daop 4 Semarang",
                      "Manager Humas PT Kereta Api Indonesia (KAI) Daop 4 Semarang"],
    "Yuniarti Kusumawardani": ["Yuniarti", "Vice President Public Relations KAI", "juru bicara KAI"],
    "Hendrawan Sasmito": ["Hendrawan", "Menteri Perhubungan", "Menhub"],
    "Satria Wiranegara": ["Satria", "Kombes Pol Satria Wiranegara", "Kabid Humas Polda Jawa Tengah"],
    "Gunawan Adisaputra": ["Gunawan", "Kepala Subkomite Investigasi Kecelakaan Perkeretaapian KNKT"],
    "Sri Wahyuni": ["Sri Wahyuni", "Sri"],
    "Joko Susilo": ["Joko Susilo"],
    "Dimas Prakoso": ["Dimas Prakoso"],
    "KAI": ["KAI", "PT Kereta Api Indonesia (KAI)", "PT Kereta Api Indonesia", "KAI Daop 4 Semarang", "perusahaan kereta api negara"],
    "KNKT": ["KNKT", "Komite Nasional Keselamatan Transportasi (KNKT)", "Komite Nasional Keselamatan Transportasi"],
    "Polda Jawa Tengah": ["Polda Jawa Tengah", "polisi", "penyidik"],
    "Jasa Raharja": ["Jasa Raharja"],
    "KA Mahesa Jaya": ["KA Mahesa Jaya", "Kereta Mahesa Jaya", "Kereta api (KA) Mahesa Jaya"],
    "Grobogan": ["Kabupaten Grobogan", "Grobogan", "Kecamatan Gubug", "Desa Kuwaron", "petak Gubug-Tegowanu",
                 "petak jalan Gubug-Tegowanu"],
    "Gubug": ["Stasiun Gubug", "Gubug"],
    "Purwodadi": ["Purwodadi", "RSUD Purwodadi", "Mapolres Grobogan"],
    "Semarang": ["Semarang", "Stasiun Semarang Tawang"],
    "Central Java": ["Jawa Tengah", "Provinsi Jawa Tengah"],
}

# ---------------------------------------------------------------- English folder
R1, P2, J3 = "01_reuters_friday.txt", "02_ap_friday.txt", "03_jakartadailytribune_saturday.json"

en_articles = {
    R1: {"outlet": "Reuters", "language": "en", "published": "2026-11-20T12:25Z", "cites": [],
         "note": "Friday evening (19.25 WIB); KAI's figures as of 18.00 WIB: toll revised down from 8 to 7, 63 injured, 21 in hospital; 412 passengers and 11 crew; 14 trips cancelled, 31 delayed, 9 rerouted"},
    P2: {"outlet": "AP", "language": "en", "published": "2026-11-20T14:40Z", "cites": [],
         "note": "Friday night (21.40 WIB); police figures: 384 passengers, about 20 in hospital; 'dozens' injured"},
    J3: {"outlet": "The Jakarta Daily Tribune", "language": "en", "published": "2026-11-21T14:00+07:00", "cites": ["ANTARA"],
         "note": ".json record (English-language Indonesian paper); Saturday: 8 dead, 17 in hospital, both tracks open; compensation by Wednesday 25 November; reports both passenger figures with their sources"},
}

en_claims = [
    # 01 Reuters
    N("n1.1", R1, "kills seven", 7, "deaths", core=False, zone="HEADLINE"),
    N("n1.2", R1, "killing seven people", 7, "deaths", as_of=T1800, revision="revising down", note="KAI's figure, revised down from eight"),
    N("n1.3", R1, "injuring 63", 63, "injured", as_of=T1800),
    N("n1.4", R1, "an earlier death toll of eight", 8, "deaths", core=False, note="the superseded earlier toll"),
    N("n1.5", R1, "Twenty-one of the injured remained in hospital as of 6 p.m.", 21, "hospitalised", as_of=T1800),
    N("n1.6", R1, "with 412 passengers", 412, "passengers on board"),
    N("n1.7", R1, "11 crew", 11, "crew"),
    N("n1.8", R1, "cancelled 14 train trips", 14, "train trips cancelled", as_of="2026-11-20"),
    N("n1.9", R1, "31 were delayed", 31, "train trips delayed", as_of="2026-11-20"),
    N("n1.10", R1, "nine were rerouted through the southern line", 9, "train trips rerouted", as_of="2026-11-20"),
    N("n1.11", R1, "One victim had been recorded twice by two hospitals", 1, "victims counted twice", core=False),
    D("d1.1", R1, "more than four hours later than the company had planned", 240, "downline reopening later than planned", bound="more-than"),
    D("d1.2", R1, "closed for nearly 12 hours", 720, "line closure (downline)", bound="nearly"),
    D("d1.3", R1, "within 30 days", KNKT_DAYS, "KNKT preliminary report deadline", bound="at-most", expected=True),
    T("t1.1", R1, "in Indonesia's Central Java province on Friday", "collision", "2026-11-20", "FRIDAY"),
    T("t1.2", R1, "hit the freight train at 4:52 a.m. (2152 GMT Thursday)", "collision", "2026-11-19", "THURSDAY", core=False,
      note="'Thursday' is the GMT date (21:52 GMT Thursday 19 November = 04:52 WIB Friday 20 November): not an inconsistency"),
    T("t1.3", R1, "train trips on Friday", "trips cancelled", "2026-11-20", "FRIDAY", core=False),
    T("t1.4", R1, "starting this week", "signal audit begins", None, None, core=False, expected=True, note="relative: 'this week'"),
    L("l1.1", R1, "between the Gubug and Tegowanu stations in Grobogan regency", "Grobogan", venue=SITE),
    L("l1.2", R1, "in Indonesia's Central Java province", "Central Java", core=False, note="the province of the crash"),
    L("l1.3", R1, "travelling from Surabaya to Jakarta", "Surabaya", core=False, note="the train's route, not the crash site"),
    L("l1.4", R1, "from a hospital in Purwodadi", "Purwodadi", core=False, note="where the passenger spoke from"),
    L("l1.5", R1, "on densely populated Java", "Java", core=False, note="background"),
    Q("q1.1", R1, "The signal at the entrance to Tegowanu station was working normally and showed red. We are checking why the train did not stop", "Yuniarti Kusumawardani"),
    Q("q1.2", R1, "Every signal on this line will be audited, starting this week", "Hendrawan Sasmito"),
    Q("q1.3", R1, "There was a loud bang and everyone was thrown forward. People were screaming in the dark", "Dimas Prakoso"),
    Q("q1.4", R1, "temperan", "KAI", core=False, fragment=True, note="scare quotes around KAI's term"),
    S("s1.1", R1, "state railway company Kereta Api Indonesia (KAI) said, revising down an earlier death toll of eight", "KAI"),
    S("s1.2", R1, "denied that a faulty signal was to blame", "KAI", note="denial"),
    S("s1.3", R1, "One victim had been recorded twice by two hospitals, KAI spokesperson Yuniarti Kusumawardani said", "Yuniarti Kusumawardani"),
    S("s1.4", R1, "The National Transportation Safety Committee (KNKT) said it would publish a preliminary report within 30 days", "KNKT"),
    S("s1.5", R1, "Hendrawan Sasmito, who visited the site, said signals on the northern line would be checked", "Hendrawan Sasmito"),
    S("s1.6", R1, "said he had been asleep in the fourth carriage", "Dimas Prakoso", core=False),
    S("s1.7", R1, "KAI cancelled 14 train trips on Friday, while 31 were delayed and nine were rerouted through the southern line, the company said", "KAI"),
    K("c1.1", R1, "it would publish a preliminary report within 30 days", "KNKT", "publish a preliminary report", None, "within 30 days"),
    K("c1.2", R1, "Every signal on this line will be audited, starting this week", "Hendrawan Sasmito", "audit every signal on the northern line", None, "starting this week"),

    # 02 AP
    N("n2.1", P2, "killing 7", 7, "deaths", core=False, zone="HEADLINE"),
    N("n2.2", P2, "killing seven people", 7, "deaths", as_of="2026-11-20"),
    N("n2.3", P2, "injuring dozens", None, "injured", core=False, note="'dozens': no single amount"),
    N("n2.4", P2, "was carrying 384 passengers", 384, "passengers on board", note="police figure"),
    N("n2.5", P2, "About 20 people remained in hospitals on Friday evening", 20, "hospitalised", bound="about", as_of="2026-11-20"),
    N("n2.6", P2, "We have questioned six witnesses", 6, "witnesses questioned"),
    N("n2.7", P2, "hundreds of thousands of people every day", None, "daily rail passengers on Java", core=False, note="background; 'hundreds of thousands': no single amount"),
    T("t2.1", P2, "on Indonesia's main island of Java early Friday", "collision", "2026-11-20", "FRIDAY"),
    T("t2.2", P2, "visited the site on Friday afternoon", "minister's visit", "2026-11-20", "FRIDAY", core=False),
    T("t2.3", P2, "in hospitals on Friday evening", "hospital count", "2026-11-20", "FRIDAY", core=False),
    L("l2.1", P2, "between the Gubug and Tegowanu stations in Central Java province's Grobogan district", "Grobogan", venue=SITE),
    L("l2.2", P2, "on Indonesia's main island of Java", "Java", core=False, note="the island of the crash"),
    L("l2.3", P2, "runs between Surabaya, Indonesia's second-largest city, and the capital, Jakarta", "Surabaya", core=False, note="the train's route, not the crash site"),
    L("l2.4", P2, "Trains on Java", "Java", core=False, note="background"),
    Q("q2.1", P2, "We have questioned six witnesses, including the driver of the freight train. Nobody has been named a suspect so far", "Satria Wiranegara"),
    Q("q2.2", P2, "I have asked KAI and KNKT to investigate the cause to the end. Passenger safety cannot be negotiated", "Hendrawan Sasmito", note="'he said'"),
    Q("q2.3", P2, "The doors would not open, so we broke the glass with the emergency hammers", "Rudi Hartanto"),
    S("s2.1", P2, "was carrying 384 passengers, according to police", "Polda Jawa Tengah"),
    S("s2.2", P2, "About 20 people remained in hospitals on Friday evening, said Central Java police spokesperson Satria Wiranegara", "Satria Wiranegara"),
    S("s2.3", P2, "The railway company, PT Kereta Api Indonesia, said the signal had been working normally", "KAI", note="denial"),
    S("s2.4", P2, "said he had asked the state railway company and the National Transportation Safety Committee to find the cause", "Hendrawan Sasmito"),
    S("s2.5", P2, "said passengers smashed windows to get out", "Rudi Hartanto", core=False),
    S("s2.6", P2, "The 46-year-old freight train driver, who was not hurt, and the station master at Gubug were among those questioned, he said", "Satria Wiranegara", core=False),
    S("s2.7", P2, "The crash happened shortly before 5 a.m. between the Gubug and Tegowanu stations in Central Java province's Grobogan district, police said", "Polda Jawa Tengah", core=False),

    # 03 The Jakarta Daily Tribune (.json)
    N("n3.1", J3, "toll rises to eight", 8, "deaths", core=False, zone="HEADLINE", revision="rises to"),
    N("n3.2", J3, "has risen to eight", 8, "deaths", as_of="2026-11-21", revision="has risen to"),
    N("n3.3", J3, "revised its count down to seven", 7, "deaths", core=False, as_of="2026-11-20", revision="revised ... down to", note="Friday evening's revision, background"),
    N("n3.4", J3, "Of the 63 people injured", 63, "injured", as_of="2026-11-21"),
    N("n3.5", J3, "17 were still being treated in hospitals as of Saturday noon", 17, "hospitalised", as_of=SATNOON),
    N("n3.6", J3, "100 million rupiah (US$6,300)", 100000000, "compensation per family (IDR)", note="also given as US$6,300"),
    N("n3.7", J3, "50 million rupiah from state insurer Jasa Raharja", 50000000, "insurance payout per victim (IDR)", core=False, note="paid by the state insurer, not KAI"),
    N("n3.8", J3, "no more than 20 kilometers per hour", 20, "speed limit at the site (km/h)", bound="at-most", core=False),
    N("n3.9", J3, "14 trips were cancelled", 14, "train trips cancelled", as_of="2026-11-20"),
    N("n3.10", J3, "nine were rerouted via the southern line", 9, "train trips rerouted", as_of="2026-11-20"),
    N("n3.11", J3, "carrying 412 passengers", 412, "passengers on board"),
    N("n3.12", J3, "put the number of passengers at 384", 384, "passengers on board", core=False, note="the police's earlier figure, reported as such"),
    N("n3.13", J3, "one victim had been registered at two hospitals", 1, "victims counted twice", core=False),
    D("d3.1", J3, "closed for more than 22 hours", 1320, "line closure (upline)", bound="more-than"),
    D("d3.2", J3, "reopened on Friday afternoon after nearly 12 hours", 720, "line closure (downline)", bound="nearly"),
    D("d3.3", J3, "within 30 days", KNKT_DAYS, "KNKT preliminary report deadline", bound="at-most", expected=True),
    T("t3.1", J3, "Friday's collision", "collision", None, "FRIDAY", core=False),
    T("t3.2", J3, "The collision happened at 4:52 a.m. on Friday", "collision", None, "FRIDAY"),
    T("t3.3", J3, "early on Saturday", "eighth death", "2026-11-21", "SATURDAY", core=False),
    T("t3.4", J3, "seven on Friday evening", "toll revised", None, "FRIDAY", core=False),
    T("t3.5", J3, "by Wednesday, Nov. 25", "compensation deadline", "2026-11-25", "WEDNESDAY", expected=True),
    T("t3.6", J3, "no later than Wednesday", "compensation deadline", None, "WEDNESDAY", core=False, expected=True),
    T("t3.7", J3, "open again by 3:30 a.m. on Saturday", "upline reopened", "2026-11-21", "SATURDAY"),
    T("t3.8", J3, "the downline reopened on Friday afternoon", "downline reopened", None, "FRIDAY"),
    T("t3.9", J3, "On Friday, 14 trips", "trips cancelled", None, "FRIDAY", core=False),
    T("t3.10", J3, "back to normal from Sunday", "normal train services resume", None, "SUNDAY", core=False, expected=True),
    T("t3.11", J3, "In March 2019", "freight train derailment on the same section", "2019-03", None, core=False, note="background"),
    T("t3.12", J3, "as of Saturday noon", "hospital count", "2026-11-21", "SATURDAY", core=False),
    L("l3.1", J3, "in Grobogan regency, Central Java", "Grobogan"),
    L("l3.2", J3, "in a hospital in Semarang", "Semarang", core=False, note="where the eighth victim died"),
    L("l3.3", J3, "Both tracks on the Gubug-Tegowanu section", "Grobogan", core=False, venue=SITE, note="the reopened tracks"),
    L("l3.4", J3, "from Surabaya to Jakarta", "Surabaya", core=False, note="the train's route, not the crash site"),
    L("l3.5", J3, "on Java's northern line", "Java", core=False, note="northern Java line, where services return to normal"),
    Q("q3.1", J3, "We have contacted all the families. The compensation will be transferred no later than Wednesday", "Yuniarti Kusumawardani"),
    Q("q3.2", J3, "We will examine the signaling, the communication between the driver and the station master, and the condition of the rolling stock. The preliminary report will come out within 30 days", "Gunawan Adisaputra"),
    S("s3.1", J3, "Of the 63 people injured, 17 were still being treated in hospitals as of Saturday noon, KAI spokesperson Yuniarti Kusumawardani said", "Yuniarti Kusumawardani"),
    S("s3.2", J3, "told state news agency Antara that investigators had downloaded data from the passenger train's locomotive", "Gunawan Adisaputra"),
    S("s3.3", J3, "Yuniarti said KAI would pay 100 million rupiah", "Yuniarti Kusumawardani"),
    S("s3.4", J3, "Police had earlier put the number of passengers at 384", "Polda Jawa Tengah", core=False),
    S("s3.5", J3, "KAI said train services on Java's northern line would be back to normal from Sunday", "KAI", core=False),
    K("c3.1", J3, "KAI would pay 100 million rupiah (US$6,300) to each bereaved family by Wednesday, Nov. 25", "KAI",
      "pay compensation of 100 million rupiah per family", "families of the dead", "Wednesday 25 November"),
    K("c3.2", J3, "The compensation will be transferred no later than Wednesday", "KAI", "transfer the compensation", "families of the dead", "Wednesday", core=False, note="in q3.1"),
    K("c3.3", J3, "The preliminary report will come out within 30 days", "KNKT", "publish a preliminary report", None, "within 30 days"),
    K("c3.4", J3, "train services on Java's northern line would be back to normal from Sunday", "KAI", "restore normal train services", None, "Sunday", core=False),
    K("c3.5", J3, "We will examine the signaling, the communication between the driver and the station master, and the condition of the rolling stock", "KNKT",
      "examine the signalling, driver-dispatcher communication and rolling stock", None, None, core=False),
    A("a3.1", J3, "told state news agency Antara", "ANTARA", note="the KNKT official's remarks credited to Antara"),
]

en_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.2", "n3.2"],
     "summary": "Deaths: 7 on Friday evening after KAI revised 8 down (Reuters; AP also 7), 8 on Saturday after a passenger died in hospital (Tribune)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.5", "n3.5"],
     "summary": "Still in hospital: 21 at 6 p.m. Friday (Reuters), 17 at Saturday noon (Tribune)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.6", "n2.4"],
     "summary": "Passengers on board: 412 (KAI, Reuters; also Tribune) vs 384 (police, AP)."},
    {"id": "F4", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.2", "n2.2"],
     "summary": "Seven dead on Friday evening (Reuters, AP)."},
    {"id": "F5", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.3", "n3.4"],
     "summary": "63 injured (Reuters, Tribune)."},
    {"id": "F6", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1"],
     "summary": "Between Gubug and Tegowanu stations, Grobogan regency, Central Java (all three)."},
    {"id": "F7", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t2.1", "t3.2"],
     "summary": "The collision happened on Friday (20 November) (all three)."},
    {"id": "F8", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d1.2", "d3.2"],
     "summary": "The downline was closed for nearly 12 hours (Reuters, Tribune)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.1", "c3.3"],
     "summary": "KNKT's preliminary report within 30 days (Reuters, Tribune)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d1.3", "d3.3"],
     "summary": "The 30-day period for KNKT's preliminary report (Reuters, Tribune)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.8", "n3.9"],
     "summary": "14 trips cancelled on Friday (Reuters, Tribune)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.10", "n3.10"],
     "summary": "Nine trips rerouted through the southern line (Reuters, Tribune)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.6", "n3.11"],
     "summary": "412 passengers on board (Reuters, Tribune: KAI's figure)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "STATEMENT", "claims": ["s1.2", "s2.3"],
     "summary": "KAI says the signal was working normally / denies a faulty signal (Reuters, AP)."},
]

en_traps = [
    {"articles": [R1, P2], "claims": ["n1.5", "n2.5"],
     "why": "21 still in hospital (KAI, 6 p.m.) and 'about 20' (police, Friday evening) are compatible: not a discrepancy"},
    {"articles": [R1], "claims": ["t1.2", "t1.1"],
     "why": "'2152 GMT Thursday' is the same instant as 4:52 a.m. Friday local time"},
    {"articles": [J3], "claims": ["n3.11", "n3.12"],
     "why": "the Tribune reports both passenger figures, each with its source (KAI 412, police earlier 384): not an INCONSISTENCY within the article"},
    {"articles": [R1, J3], "claims": ["n1.3", "n1.5", "n3.4", "n3.5"],
     "why": "63 injured vs 21 / 17 still in hospital: all injured vs those still hospitalised"},
    {"articles": [R1, J3], "claims": ["n1.4", "n3.3", "n1.2", "n3.2"],
     "why": "the superseded toll of eight (Friday) and the revision to seven are background; Saturday's eight is a new count after another death: UPDATE, not DISCREPANCY"},
    {"articles": [R1, J3], "claims": ["d1.2", "d3.1", "d1.1"],
     "why": "downline closed nearly 12 hours, upline more than 22 hours, reopening more than four hours behind plan: different durations"},
    {"articles": [J3], "claims": ["n3.6", "n3.7"],
     "why": "100 million rupiah from KAI and 50 million rupiah from Jasa Raharja are two payers' amounts"},
    {"articles": [R1], "claims": ["n1.8", "n1.9", "n1.10"],
     "why": "14 cancelled, 31 delayed and 9 rerouted trips count different things"},
    {"articles": [P2, J3], "claims": ["t3.11", "n2.7"],
     "why": "the March 2019 derailment and the daily rail passengers on Java are background"},
    {"articles": [R1, P2], "claims": [],
     "why": "AP's 'shortly before 5 a.m.' and Reuters' '4:52 a.m.' are the same time at different precision"},
    {"articles": [R1, J3], "claims": [],
     "why": "'Related:' lines are other articles' headlines ('by 2028'): links, not claims"},
    {"articles": [R1, P2, J3], "claims": ["l1.3", "l1.4", "l2.3", "l3.2", "l3.4"],
     "why": "datelines JAKARTA, GUBUG and GROBOGAN, the route Surabaya-Jakarta and the hospitals in Purwodadi and Semarang are not the crash site"},
]

en_entities = {
    "Yuniarti Kusumawardani": ["Yuniarti", "KAI spokesperson Yuniarti Kusumawardani"],
    "Hendrawan Sasmito": ["Transport Minister Hendrawan Sasmito", "Transportation Minister Hendrawan Sasmito"],
    "Satria Wiranegara": ["Wiranegara", "Central Java police spokesperson Satria Wiranegara"],
    "Gunawan Adisaputra": ["Gunawan Adisaputra"],
    "Dimas Prakoso": ["Dimas Prakoso"],
    "Rudi Hartanto": ["Rudi Hartanto"],
    "KAI": ["KAI", "Kereta Api Indonesia (KAI)", "PT Kereta Api Indonesia", "the railway company", "state railway company"],
    "KNKT": ["KNKT", "National Transportation Safety Committee (KNKT)", "National Transportation Safety Committee"],
    "Polda Jawa Tengah": ["police", "Police"],
    "Jasa Raharja": ["Jasa Raharja"],
    "KA Mahesa Jaya": ["Mahesa Jaya", "the Mahesa Jaya train"],
    "Grobogan": ["Grobogan regency", "Grobogan district", "Gubug-Tegowanu section"],
    "Purwodadi": ["Purwodadi"],
    "Semarang": ["Semarang"],
    "Central Java": ["Central Java", "Central Java province"],
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
