#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the invented event desak-desakan-sembako-kisaran-2026 (written blind, held out in session 13)
(spans are filled afterwards with /work/main/corpora/tools/fill_spans.py).

usage: nice -n 19 python3 make_gold_desak-desakan-sembako-kisaran-2026.py
       then  cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py corpora/desak-desakan-sembako-kisaran-2026/id/gold.json (and en/)
"""
import json, os
from gold_helpers import C, Q, S, N, D, T, L, K, A  # noqa: E402,F401

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'desak-desakan-sembako-kisaran-2026')
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EVENT = ("Crush at a charity food-package handout by the (invented) Amal Bakti Sejahtera Foundation at the GOR Kisaran sports hall, "
         "Kisaran, Asahan regency, North Sumatra, Saturday 2026-10-17 at about 06.30 WIB (23.30 GMT Friday 16 October), when the gate "
         "was opened; no shots, no tear gas; 3,000 coupons and 3,000 packages, about 7,000 people present per police (more than 10,000 "
         "per the foundation), hall capacity about 2,500, event notified to police for 2,000; deaths 4 -> 9 -> 11 -> revised down to 10 "
         "on Sunday morning (one woman counted twice after a hospital transfer) -> 12 on Sunday evening; injured 41 -> 56 -> 58 -> 61; "
         "hospitalised 23 -> 17 -> 14 -> 9; regent's compensation of Rp 25 million per family by Friday 23 October; two suspects named "
         "Monday 19 October (written for claimdiff's held-out evaluation; facts invented)")


PLACE = "Kisaran, Asahan"
HALL = "GOR Kisaran sports hall"
ASAHAN = "Asahan"
ROY = "Roni Pardede"
BUP = "Indra Siregar"
ELV = "Elvina Harahap"
SYA = "Syahrial Lubis"
POL = "Polres Asahan"
PEMKAB = "Indra Siregar (Pemkab Asahan)"
S0900 = "2026-10-17T09:00+07:00"
S1200 = "2026-10-17T12:00+07:00"
S2000 = "2026-10-17T20:00+07:00"
M0800 = "2026-10-18T08:00+07:00"
M1800 = "2026-10-18T18:00+07:00"
N1200 = "2026-10-19T12:00+07:00"
IDR25 = 25000000
DAY = 24 * 60
BG = "August 2013 crush at an alms distribution in Kisaran"

NOSHOT_ID = ("Tidak ada satu pun tembakan, tidak ada gas air mata. Begitu pagar dibuka, massa dari belakang langsung mendorong, "
             "yang di depan jatuh di tangga dan terinjak")

# ---------------------------------------------------------------- Indonesian folder
TR1, DT2, KP3, AN4, WS5 = ("01_tribunmedan_sabtu-pagi.txt", "02_detiksumut_sabtu-siang.html", "03_kompas_sabtu-malam.txt",
                           "04_antara_reuters.txt", "05_waspada_minggu.json")

id_articles = {
    TR1: {"outlet": "Tribun-Medan.com", "language": "id", "published": "2026-10-17T09:35+07:00", "cites": [],
          "note": "first report: 4 dead as of 09.00 WIB, 'puluhan' injured; gate opened about 06.30 WIB; 3,000 packages prepared; the police chief's 'no shots, no tear gas' quote; update line; caption and a 'Baca juga' line"},
    DT2: {"outlet": "detikSumut", "language": "id", "published": "2026-10-17T13:10+07:00", "cites": [],
          "note": "HTML page: health office figures as of 12.00 WIB (9 dead, 41 injured); police: about 7,000 present; 3,000 coupons; hall capacity about 2,500 (Dispora); the crush lasted about 15 minutes; the chairman's apology; byline/date divs and figcaption are not in the extracted text"},
    KP3: {"outlet": "Kompas.com", "language": "id", "published": "2026-10-17T21:45+07:00", "cites": [],
          "note": "Saturday night: 11 dead, 56 injured, 23 in hospital as of 20.00 WIB; attributes the police chief's 'no shots' quote to the regent (misattribution); compensation Rp 25 juta by Friday 23/10; spells the chairman 'Sahrial Lubis'; August 2013 background"},
    AN4: {"outlet": "ANTARA", "language": "id", "published": "2026-10-18T00:15+07:00", "cites": ["Reuters"],
          "translation_of": "../en/01_reuters_saturday.txt",
          "note": "translation of the Reuters Saturday wire, faithful except one value: the hall capacity 'about 2,500' becomes 'sekitar 5.200 orang'; drops Reuters' 'Related' line and the dollar figure; dateline Jakarta"},
    WS5: {"outlet": "Waspada", "language": "id", "published": "2026-10-18T11:40+07:00", "cites": [],
          "note": ".json record, Sunday: deaths revised down from 11 to 10 as of 08.00 WIB (one woman counted twice after a hospital transfer) but the headline still says 11; 58 injured, 17 in hospital; 11 witnesses; suspects within three days; event notified for 2,000 people; compensation 'paling lambat Kamis (22/10/2026)' (Kompas: Friday 23/10)"},
}

id_claims = [
    # 01 Tribun-Medan
    N("n1.1", TR1, "4 Orang Tewas", 4, "deaths", core=False, zone="HEADLINE", as_of=S0900),
    L("l1.1", TR1, "Pembagian Sembako di GOR Kisaran", PLACE, core=False, venue=HALL, zone="HEADLINE"),
    N("n1.2", TR1, "Empat orang tewas dalam desak-desakan", 4, "deaths", as_of=S0900),
    L("l1.2", TR1, "di Gedung Olahraga (GOR) Kisaran, Kabupaten Asahan, Sumatera Utara", PLACE, venue=HALL),
    T("t1.1", TR1, "Sabtu (17/10/2026) pagi", "crush", "2026-10-17", "SATURDAY"),
    T("t1.4", TR1, "terjadi sekitar pukul 06.30 WIB", "crush (gate opened)", "2026-10-17", None, core=False, note="time of day only; the day is Saturday"),
    T("t1.5", TR1, "sejak pukul 03.00 WIB", "crowd waiting at the gate", "2026-10-17", None, core=False, note="time of day only"),
    N("n1.3", TR1, "Ribuan warga sudah menunggu", None, "people present", core=False, note="vague: 'ribuan' has no single amount"),
    T("t1.2", TR1, "kupon yang dibagikan sepekan sebelumnya", "coupons handed out", None, None, core=False,
      note="about a week before the handout (around 10 October); not the crush date"),
    S("s1.1", TR1, "Kapolres Asahan AKBP Roni Pardede membenarkan adanya korban jiwa", ROY),
    N("n1.4", TR1, "empat orang dinyatakan meninggal dunia", 4, "deaths", core=False, as_of=S0900, note="'Hingga pukul 09.00 WIB': repeats n1.2"),
    N("n1.5", TR1, "puluhan lainnya luka-luka", None, "injured", core=False, as_of=S0900, note="vague: 'puluhan'"),
    Q("q1.1", TR1, NOSHOT_ID, ROY, note="'kata Roni di lokasi'"),
    Q("q1.2", TR1, "Korban sebagian besar ibu-ibu dan lansia. Semua sudah kami evakuasi ke rumah sakit", ROY,
      note="'lanjut perwira menengah Polri itu'"),
    N("n1.6", TR1, "ulang tahun ke-10", 10, "foundation anniversary (years)", core=False),
    N("n1.7", TR1, "Panitia menyiapkan 3.000 paket", 3000, "food packages prepared"),
    L("l1.3", TR1, "warga Kisaran Timur", PLACE, core=False, venue="Kisaran Timur district", note="where the survivor lives"),
    Q("q1.3", TR1, "Saya sudah pegang kupon dari kepala lingkungan. Tiba-tiba didorong dari belakang, saya jatuh dan tidak bisa bangun",
      "Nurhayati", note="'ujarnya'; introduced as 'Nurhayati (52), warga Kisaran Timur'"),
    L("l1.4", TR1, "di depan pagar GOR Kisaran", PLACE, core=False, venue=HALL, zone="CAPTION"),
    T("t1.3", TR1, "usai desak-desakan, Sabtu (17/10/2026)", "crush (photo caption)", "2026-10-17", "SATURDAY", core=False, zone="CAPTION"),

    # 02 detikSumut (HTML)
    N("n2.1", DT2, "Jadi 9 Orang", 9, "deaths", core=False, zone="HEADLINE", as_of=S1200),
    L("l2.0", DT2, "di GOR Kisaran", PLACE, core=False, venue=HALL, zone="HEADLINE", occurrence=1),
    L("l2.1", DT2, "di GOR Kisaran, Kabupaten Asahan", PLACE, venue=HALL),
    N("n2.2", DT2, "bertambah menjadi sembilan orang", 9, "deaths", as_of=S1200, revision="bertambah menjadi"),
    N("n2.3", DT2, "Sebanyak 41 orang lainnya luka-luka", 41, "injured", as_of=S1200),
    Q("q2.1", DT2, "Data kami hingga pukul 12.00 WIB, sembilan orang meninggal dunia dan 41 orang luka-luka. Tujuh di antara yang meninggal adalah perempuan",
      ELV, note="'kata Kepala Dinas Kesehatan Asahan dr Elvina Harahap kepada detikSumut'"),
    N("n2.4", DT2, "sembilan orang meninggal dunia", 9, "deaths", core=False, as_of=S1200, note="in the quote: repeats n2.2"),
    N("n2.5", DT2, "41 orang luka-luka", 41, "injured", core=False, as_of=S1200, note="in the quote: repeats n2.3"),
    N("n2.6", DT2, "Tujuh di antara yang meninggal adalah perempuan", 7, "women among the dead", as_of=S1200),
    T("t2.1", DT2, "kepada detikSumut, Sabtu (17/10/2026)", "toll update", "2026-10-17", "SATURDAY", core=False),
    L("l2.2", DT2, "ke RSUD H Abdul Manan Simatupang dan RS Permata Hati di Kisaran", PLACE, core=False,
      venue="RSUD H Abdul Manan Simatupang and RS Permata Hati", note="hospitals"),
    S("s2.1", DT2, "Kapolres Asahan AKBP Roni Pardede memperkirakan sekitar 7.000 orang memadati halaman GOR pagi itu", ROY),
    N("n2.7", DT2, "sekitar 7.000 orang memadati halaman GOR", 7000, "people present", bound="about", as_of="2026-10-17", note="police estimate"),
    N("n2.8", DT2, "panitia hanya membagikan 3.000 kupon", 3000, "coupons distributed"),
    L("l2.3", DT2, "memadati halaman GOR", PLACE, core=False, venue="the sports hall's yard"),
    L("l2.4", DT2, "di pintu pagar GOR", PLACE, core=False, venue="the sports hall's gate"),
    S("s2.2", DT2, "Menurut Dinas Pemuda dan Olahraga Asahan, GOR tersebut berkapasitas sekitar 2.500 orang", "Dispora Asahan", core=False),
    N("n2.9", DT2, "berkapasitas sekitar 2.500 orang", 2500, "hall capacity", bound="about"),
    Q("q2.2", DT2, NOSHOT_ID, ROY, note="'ujar Roni'"),
    S("s2.3", DT2, "desak-desakan berlangsung sekitar 15 menit sebelum petugas berhasil menutup kembali pagar", ROY, core=False,
      note="'Ia menambahkan'"),
    D("d2.1", DT2, "berlangsung sekitar 15 menit", 15, "crush", bound="about"),
    S("s2.4", DT2, "H Syahrial Lubis, menyampaikan permintaan maaf", SYA, core=False),
    Q("q2.3", DT2, "Kami hanya mencetak 3.000 kupon, tapi yang datang jauh lebih banyak. Kami mohon maaf kepada keluarga korban", SYA,
      note="'kata Syahrial'"),
    N("n2.10", DT2, "Kami hanya mencetak 3.000 kupon", 3000, "coupons distributed", core=False, note="in the quote: coupons printed"),

    # 03 Kompas
    N("n3.1", KP3, "Jadi 11 Orang", 11, "deaths", core=False, zone="HEADLINE", as_of=S2000),
    L("l3.0", KP3, "Desak-desakan Sembako di Asahan", PLACE, core=False, zone="HEADLINE"),
    K("c3.0", KP3, "Bupati Janjikan Santunan", PEMKAB, "pay compensation", "families of the dead", None, core=False, zone="HEADLINE"),
    N("n3.2", KP3, "bertambah menjadi 11 orang", 11, "deaths", as_of=S2000, revision="bertambah menjadi"),
    L("l3.1", KP3, "di GOR Kisaran, Kabupaten Asahan, Sumatera Utara", PLACE, venue=HALL),
    T("t3.1", KP3, "hingga Sabtu (17/10/2026) pukul 20.00 WIB", "toll update", "2026-10-17", "SATURDAY", core=False),
    N("n3.3", KP3, "Dinas Kesehatan Asahan mencatat 56 orang luka-luka", 56, "injured", as_of=S2000),
    N("n3.4", KP3, "23 orang masih dirawat inap", 23, "hospitalised", as_of=S2000),
    S("s3.1", KP3, "Bupati Asahan Indra Siregar yang menjenguk korban di RSUD H Abdul Manan Simatupang menyebut tidak ada tindakan aparat yang memicu kepanikan",
      BUP, note="introduces the misattributed quote q3.1"),
    L("l3.2", KP3, "menjenguk korban di RSUD H Abdul Manan Simatupang", PLACE, core=False, venue="RSUD H Abdul Manan Simatupang", note="hospital"),
    Q("q3.1", KP3, NOSHOT_ID, BUP,
      note="'kata Indra': the same words are the police chief's in 01 and 02 (and Reuters/ANTARA): misattributed to the regent"),
    K("c3.1", KP3, "berjanji pemerintah kabupaten memberikan santunan Rp 25 juta kepada keluarga setiap korban meninggal dunia paling lambat Jumat (23/10/2026)",
      PEMKAB, "pay Rp 25 million compensation", "family of each person killed", "Friday 23/10/2026", note="'Orang nomor satu di Asahan itu'"),
    N("n3.5", KP3, "santunan Rp 25 juta", IDR25, "compensation per family IDR", expected=True),
    T("t3.2", KP3, "paling lambat Jumat (23/10/2026)", "compensation deadline", "2026-10-23", "FRIDAY", expected=True),
    Q("q3.2", KP3, "Biaya perawatan semua korban luka ditanggung pemkab. Santunan untuk ahli waris kami serahkan paling lambat Jumat depan", BUP,
      note="'ujarnya'"),
    K("c3.2", KP3, "Biaya perawatan semua korban luka ditanggung pemkab", PEMKAB, "cover medical costs", "the injured", None),
    K("c3.3", KP3, "Santunan untuk ahli waris kami serahkan paling lambat Jumat depan", PEMKAB, "hand over compensation", "the heirs of the dead",
      "next Friday", core=False, note="in the quote: repeats c3.1"),
    T("t3.3", KP3, "paling lambat Jumat depan", "compensation deadline", "2026-10-23", "FRIDAY", core=False, expected=True, note="in the quote"),
    N("n3.6", KP3, "Yayasan membagikan 3.000 kupon", 3000, "coupons distributed"),
    T("t3.4", KP3, "sepekan sebelum acara", "coupons handed out", None, None, core=False, note="about a week before the handout"),
    S("s3.2", KP3, "AKBP Roni Pardede mengatakan polisi sudah memeriksa enam orang panitia", ROY),
    N("n3.7", KP3, "memeriksa enam orang panitia", 6, "witnesses questioned", as_of="2026-10-17", note="committee members"),
    L("l3.3", KP3, "Peristiwa serupa pernah terjadi di Kisaran", PLACE, core=False, event=BG, note="background"),
    T("t3.5", KP3, "Pada Agustus 2013", BG, "2013-08", None, core=False, note="background"),
    N("n3.8", KP3, "dua perempuan tewas terinjak", 2, "deaths", core=False, event=BG, note="background"),
    L("l3.4", KP3, "di halaman rumah seorang pengusaha di Kelurahan Sendang Sari", PLACE, core=False, event=BG,
      venue="a businessman's house, Sendang Sari", note="background"),
    L("l3.5", KP3, "di depan ruang IGD RSUD H Abdul Manan Simatupang, Kisaran", PLACE, core=False, venue="RSUD H Abdul Manan Simatupang", zone="CAPTION"),
    T("t3.6", KP3, "Kisaran, Sabtu (17/10/2026) malam", "families wait at the hospital (photo caption)", "2026-10-17", "SATURDAY", core=False, zone="CAPTION"),

    # 04 ANTARA (translation of Reuters)
    N("n4.1", AN4, "tewaskan 11 orang", 11, "deaths", core=False, zone="HEADLINE", as_of=S2000),
    L("l4.0", AN4, "bantuan pangan di Indonesia", "Indonesia", core=False, zone="HEADLINE"),
    N("n4.2", AN4, "Sebelas orang tewas", 11, "deaths", as_of=S2000),
    N("n4.3", AN4, "56 lainnya luka-luka", 56, "injured", as_of=S2000),
    T("t4.1", AN4, "luka-luka pada Sabtu", "crush", "2026-10-17", "SATURDAY"),
    L("l4.1", AN4, "sebuah gedung olahraga di Provinsi Sumatera Utara, Indonesia", PLACE, venue="a sports hall in North Sumatra province"),
    A("a4.1", AN4, "seperti dilansir dari Reuters", "Reuters"),
    T("t4.2", AN4, "sekitar pukul 06.30 (23.30 GMT Jumat)", "crush", "2026-10-16", "FRIDAY", core=False,
      note="GMT date: 23.30 GMT Friday 16 October = 06.30 WIB Saturday 17 October; not a discrepancy with Saturday"),
    L("l4.2", AN4, "di Kisaran, kota utama Kabupaten Asahan", PLACE, venue=HALL),
    D("d4.1", AN4, "berlangsung sekitar 15 menit", 15, "crush", bound="about"),
    S("s4.1", AN4, "berlangsung sekitar 15 menit, menurut Kapolres Asahan Roni Pardede", ROY, core=False),
    N("n4.4", AN4, "Jumlah korban tewas tercatat 11 orang", 11, "deaths", core=False, as_of=S2000, note="repeats n4.2"),
    N("n4.5", AN4, "Sebanyak 23 korban luka masih dirawat di rumah sakit", 23, "hospitalised", as_of=S2000),
    Q("q4.1", AN4, "Tidak ada tembakan dan tidak ada gas air mata. Saat pagar dibuka, orang-orang di belakang mendorong dan mereka yang di depan jatuh di tangga lalu terinjak-injak",
      ROY, note="'kata kapolres berusia 47 tahun itu kepada Reuters'"),
    A("a4.2", AN4, "kepada Reuters", "Reuters", note="the quote was given to Reuters"),
    N("n4.6", AN4, "Sekitar 7.000 orang berkumpul", 7000, "people present", bound="about", as_of="2026-10-17", note="police"),
    N("n4.7", AN4, "berkapasitas sekitar 5.200 orang", 5200, "hall capacity", bound="about",
      note="Reuters says 'about 2,500': the value the translation changed"),
    N("n4.8", AN4, "telah membagikan 3.000 kupon", 3000, "coupons distributed"),
    Q("q4.2", AN4, "Kami hanya mencetak 3.000 kupon, tetapi yang datang jauh lebih banyak. Kami memohon maaf kepada keluarga korban", SYA,
      note="'dalam sebuah pernyataan'"),
    N("n4.9", AN4, "Kami hanya mencetak 3.000 kupon", 3000, "coupons distributed", core=False, note="in the quote"),
    S("s4.2", AN4, "Pardede mengatakan polisi telah memeriksa enam anggota panitia dan memperkirakan akan menetapkan tersangka dalam beberapa hari", ROY),
    N("n4.10", AN4, "memeriksa enam anggota panitia", 6, "witnesses questioned", as_of="2026-10-17"),
    K("c4.1", AN4, "akan menetapkan tersangka dalam beberapa hari", POL, "name suspects", None, "within days"),
    S("s4.3", AN4, "Bupati Asahan Indra Siregar mengatakan pemerintah kabupaten akan membayar Rp25 juta", BUP, core=False),
    K("c4.2", AN4, "akan membayar Rp25 juta kepada keluarga setiap korban meninggal paling lambat Jumat depan", PEMKAB,
      "pay Rp 25 million compensation", "family of each person killed", "next Friday"),
    N("n4.11", AN4, "Rp25 juta", IDR25, "compensation per family IDR", expected=True),
    T("t4.3", AN4, "paling lambat Jumat depan", "compensation deadline", "2026-10-23", "FRIDAY", expected=True),
    K("c4.3", AN4, "menanggung biaya pengobatan korban luka", PEMKAB, "cover medical costs", "the injured", None),
    Q("q4.3", AN4, "Ini tidak boleh terjadi lagi di Asahan. Lembaga amal harus berkoordinasi dengan kami dan polisi sebelum membagikan bantuan", BUP,
      note="'kata Siregar'"),
    L("l4.3", AN4, "terjadi lagi di Asahan", ASAHAN, core=False, note="in the quote"),
    L("l4.4", AN4, "menelan korban jiwa di Indonesia", "Indonesia", core=False, event="earlier charity crushes", note="background"),
    T("t4.4", AN4, "Pada Agustus 2013", BG, "2013-08", None, core=False, note="background"),
    N("n4.12", AN4, "dua perempuan tewas", 2, "deaths", core=False, event=BG, note="background"),
    L("l4.5", AN4, "di rumah seorang pengusaha di Kisaran", PLACE, core=False, event=BG, venue="a businessman's house", note="background"),
    A("a4.3", AN4, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Waspada (.json)
    N("n5.1", WS5, "11 Tewas", 11, "deaths", zone="HEADLINE", as_of=M0800,
      note="the headline contradicts the body (revised to 10 as of 08.00 WIB Sunday)"),
    K("c5.0", WS5, "Polisi Janji Tetapkan Tersangka", POL, "name suspects", None, "within three days", core=False, zone="HEADLINE"),
    L("l5.0", WS5, "Sembako GOR Kisaran", PLACE, core=False, venue=HALL, zone="HEADLINE"),
    D("d5.0", WS5, "dalam Tiga Hari", 3 * DAY, "police deadline to name suspects", bound="at-most", expected=True, core=False, zone="HEADLINE"),
    N("n5.2", WS5, "direvisi menjadi 10 orang", 10, "deaths", as_of=M0800, revision="direvisi menjadi",
      note="revised down: one woman counted twice after a transfer between two hospitals"),
    L("l5.1", WS5, "di GOR Kisaran, Kabupaten Asahan", PLACE, venue=HALL),
    T("t5.1", WS5, "per Minggu (18/10/2026) pukul 08.00 WIB", "death toll revised", "2026-10-18", "SUNDAY", core=False),
    T("t5.2", WS5, "pada Sabtu malam", "earlier toll", "2026-10-17", "SATURDAY", core=False, note="background ('Sebelumnya')"),
    N("n5.3", WS5, "mencatat 11 korban meninggal dunia", 11, "deaths", core=False, as_of=S2000, note="'Sebelumnya, pada Sabtu malam': the superseded figure"),
    S("s5.1", WS5, "satu korban perempuan tercatat dua kali karena dirujuk dari RSUD H Abdul Manan Simatupang ke RS Permata Hati dan didata ulang di rumah sakit kedua",
      ELV, note="the reason of the revision"),
    N("n5.4", WS5, "satu korban perempuan tercatat dua kali", 1, "victims counted twice"),
    L("l5.2", WS5, "dari RSUD H Abdul Manan Simatupang ke RS Permata Hati", PLACE, core=False, venue="RSUD H Abdul Manan Simatupang, RS Permata Hati", note="hospitals"),
    Q("q5.1", WS5, "Setelah kami cocokkan nama dan NIK, ternyata orangnya sama. Jadi korban meninggal kami koreksi menjadi sepuluh orang", ELV),
    N("n5.5", WS5, "kami koreksi menjadi sepuluh orang", 10, "deaths", core=False, as_of=M0800, note="in the quote: repeats n5.2"),
    L("l5.3", WS5, "kata Elvina di Kisaran", PLACE, core=False, note="where the health office head spoke"),
    T("t5.3", WS5, "Minggu pagi", "revision explained", "2026-10-18", "SUNDAY", core=False),
    N("n5.6", WS5, "Korban luka kini tercatat 58 orang", 58, "injured", as_of=M0800),
    N("n5.7", WS5, "Sebanyak 17 orang di antaranya masih dirawat inap", 17, "hospitalised", as_of=M0800),
    S("s5.2", WS5, "penyidik telah memeriksa 11 saksi, termasuk panitia dan petugas keamanan yayasan", ROY),
    N("n5.8", WS5, "memeriksa 11 saksi", 11, "witnesses questioned", as_of="2026-10-18"),
    Q("q5.2", WS5, "Kami akan menetapkan tersangka dalam tiga hari. Siapa pun yang lalai akan kami proses", ROY, note="'tegas Roni'"),
    K("c5.1", WS5, "Kami akan menetapkan tersangka dalam tiga hari", POL, "name suspects", None, "within three days"),
    D("d5.1", WS5, "dalam tiga hari", 3 * DAY, "police deadline to name suspects", bound="at-most", expected=True),
    K("c5.2", WS5, "Siapa pun yang lalai akan kami proses", POL, "prosecute anyone negligent", None, None, core=False),
    S("s5.3", WS5, "Yayasan Amal Bakti Sejahtera hanya memberitahukan kegiatan untuk 2.000 orang kepada polisi", ROY, note="'Menurut dia'"),
    N("n5.9", WS5, "kegiatan untuk 2.000 orang", 2000, "people in the event notice to police"),
    N("n5.10", WS5, "justru membagikan 3.000 kupon", 3000, "coupons distributed"),
    K("c5.3", WS5, "santunan Rp 25 juta untuk setiap keluarga korban meninggal akan diserahkan paling lambat Kamis (22/10/2026)", PEMKAB,
      "hand over Rp 25 million compensation", "family of each person killed", "Thursday 22/10/2026",
      note="Kompas (03) gives Friday 23/10/2026 for the same pledge"),
    N("n5.11", WS5, "santunan Rp 25 juta", IDR25, "compensation per family IDR", expected=True),
    T("t5.4", WS5, "paling lambat Kamis (22/10/2026)", "compensation deadline", "2026-10-22", "THURSDAY", expected=True),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.2", "n2.2", "n3.2", "n5.2"],
     "summary": "Deaths: 4 at 09.00 WIB Saturday (01), 9 at 12.00 (02), 11 at 20.00 (03; 04 also 11), revised down to 10 at 08.00 WIB Sunday (05: one woman counted twice)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.3", "n3.3", "n5.6"],
     "summary": "Injured: 41 at 12.00 WIB Saturday (02), 56 at 20.00 (03; 04), 58 on Sunday morning (05)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n3.4", "n5.7"],
     "summary": "Still in hospital: 23 on Saturday night (03; 04), 17 on Sunday morning (05)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n3.7", "n5.8"],
     "summary": "Witnesses questioned: six committee members on Saturday (03; 04), 11 on Sunday (05)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["q1.1", "q2.2", "q3.1"],
     "summary": "The 'no shots, no tear gas' quote is the police chief Roni Pardede's in 01 and 02, the regent Indra Siregar's in 03: misattributed."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["t3.2", "t5.4"],
     "summary": "Deadline for the Rp 25 juta compensation: Friday 23/10/2026 (03; 04 'Jumat depan') vs Thursday 22/10/2026 (05)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n2.9", "n4.7"],
     "summary": "Hall capacity: about 2,500 (02, Dispora) vs about 5,200 (04, ANTARA's translation; Reuters says about 2,500)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["n5.1", "n5.2"],
     "summary": "05: the headline says 11 dead, its body says the toll was revised to 10 as of 08.00 WIB Sunday."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Syahrial Lubis", "Sahrial Lubis"], "articles": [TR1, DT2, KP3, AN4],
     "summary": "The foundation's chairman is Syahrial Lubis in 01, 02 and 04, Sahrial Lubis in 03: one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l2.1", "l3.1", "l4.2", "l5.1"],
     "summary": "The crush happened at the GOR Kisaran sports hall, Kisaran, Asahan regency (all five)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t4.1"],
     "summary": "The crush happened on Saturday 17 October 2026 (01, 04)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["q1.1", "q2.2", "q4.1"],
     "summary": "Police chief Roni Pardede: no shots, no tear gas; the crowd pushed when the gate opened (01, 02; 04 in ANTARA's translation of Reuters)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.2", "n4.2"],
     "summary": "11 dead as of 20.00 WIB Saturday (03, 04)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.3", "n4.3"],
     "summary": "56 injured as of Saturday evening (03, 04)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.4", "n4.5"],
     "summary": "23 still in hospital on Saturday evening (03, 04)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.8", "n3.6", "n4.8", "n5.10"],
     "summary": "3,000 coupons distributed (02, 03, 04, 05)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.7", "n4.6"],
     "summary": "About 7,000 people present, police estimate (02, 04)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.1", "d4.1"],
     "summary": "The crush lasted about 15 minutes (02, 04)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.7", "n4.10"],
     "summary": "Six committee members questioned by Saturday (03, 04)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.5", "n4.11", "n5.11"],
     "summary": "Compensation of Rp 25 juta per family of the dead (03, 04, 05)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.1", "c4.2"],
     "summary": "The regent will pay Rp 25 juta to each family of the dead by Friday (03: Jumat 23/10/2026; 04: Jumat depan)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.2", "c4.3"],
     "summary": "The regency covers the medical costs of the injured (03, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["q2.3", "q4.2"],
     "summary": "Chairman Syahrial Lubis: only 3,000 coupons printed, far more came; apology to the families (02, 04)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t3.2", "t4.3"],
     "summary": "Compensation deadline: Friday (03 'Jumat (23/10/2026)', 04 'Jumat depan')."},
]

id_traps = [
    {"articles": [AN4], "claims": ["t4.2", "t4.1"],
     "why": "'23.30 GMT Jumat' is the same instant as 06.30 WIB Saturday: GMT date, not a discrepancy with Saturday"},
    {"articles": [TR1, DT2, AN4, WS5], "claims": ["n1.7", "n2.8", "n2.7", "n2.9", "n4.6", "n4.8", "n5.9", "n5.10"],
     "why": "3,000 packages prepared, 3,000 coupons, about 7,000 people present, a hall for about 2,500 and an event notified for 2,000 people count different things"},
    {"articles": [KP3, AN4, WS5], "claims": ["n3.3", "n3.4", "n4.3", "n4.5", "n5.6", "n5.7"],
     "why": "injured (56, 58) and still in hospital (23, 17) are different counts"},
    {"articles": [TR1, DT2, KP3, WS5], "claims": ["n1.2", "n2.2", "n3.2", "n5.2"],
     "why": "deaths 4, 9, 11 and 10 are for different times (09.00, 12.00, 20.00 WIB Saturday, 08.00 WIB Sunday after a correction): UPDATE, not DISCREPANCY"},
    {"articles": [WS5], "claims": ["n5.3", "n5.2", "n5.4"],
     "why": "'Sebelumnya, pada Sabtu malam ... 11' is the superseded figure named with the revision, and 'satu korban tercatat dua kali' is not a death count: not an INCONSISTENCY (only the headline's 11 is)"},
    {"articles": [DT2], "claims": ["n2.6", "n2.2"],
     "why": "seven women among the dead is a part of the nine, not another toll"},
    {"articles": [TR1], "claims": ["n1.5", "n1.3"],
     "why": "'puluhan' injured and 'ribuan warga' are vague: no single amount to compare"},
    {"articles": [KP3, AN4], "claims": ["t3.5", "n3.8", "l3.3", "l3.4", "t4.4", "n4.12", "l4.4", "l4.5"],
     "why": "the August 2013 crush in Kisaran (two women dead) is background, not this event's date or toll"},
    {"articles": [KP3, WS5], "claims": ["n3.7", "n5.8"],
     "why": "six witnesses on Saturday and 11 on Sunday: different times (UPDATE)"},
    {"articles": [DT2, WS5], "claims": ["d2.1", "d5.1"],
     "why": "the 15-minute crush and the police's three-day deadline are different durations"},
    {"articles": [TR1, KP3], "claims": ["t1.2", "t3.4", "t1.1"],
     "why": "the coupons were handed out about a week before the Saturday handout: a different event's date"},
    {"articles": [TR1, DT2, KP3, WS5], "claims": [],
     "why": "'Baca juga' lines carry other stories' numbers (Rp 400 juta; Rp 1.000 per kilogram; 3 tewas; 1 orang pingsan): links, not claims"},
    {"articles": [AN4, TR1], "claims": [],
     "why": "ANTARA's dateline Jakarta and Tribun's update time (10.05 WIB) are not the place or the time of the crush"},
    {"articles": [AN4, WS5], "claims": ["c4.1", "c5.1", "d5.1"],
     "why": "'dalam beberapa hari' (Saturday, via Reuters) and 'dalam tiga hari' (Sunday) are the police's plan restated a day later, not a discrepancy"},
    {"articles": [KP3], "claims": ["t3.2", "t3.3"],
     "why": "'Jumat (23/10/2026)' and 'Jumat depan' in the regent's quote name the same Friday"},
]

id_entities = {
    "Roni Pardede": ["Roni Pardede", "AKBP Roni Pardede", "Kapolres Asahan AKBP Roni Pardede", "Roni", "Pardede", "perwira menengah Polri itu", "kapolres berusia 47 tahun itu", "Kapolres Asahan Roni Pardede"],
    "Indra Siregar": ["Indra Siregar", "Bupati Asahan Indra Siregar", "Indra", "Siregar", "Orang nomor satu di Asahan itu"],
    "Elvina Harahap": ["Elvina Harahap", "dr Elvina Harahap", "Kepala Dinas Kesehatan Asahan dr Elvina Harahap", "Elvina"],
    "Syahrial Lubis": ["Syahrial Lubis", "H Syahrial Lubis", "Sahrial Lubis", "H Sahrial Lubis", "Syahrial", "ketua yayasan"],
    "Nurhayati": ["Nurhayati"],
    "Yayasan Amal Bakti Sejahtera": ["Yayasan Amal Bakti Sejahtera", "yayasan", "panitia", "Lembaga amal tersebut"],
    "Dinas Kesehatan Asahan": ["Dinas Kesehatan Asahan", "dinas kesehatan kabupaten"],
    "Dispora Asahan": ["Dinas Pemuda dan Olahraga Asahan"],
    "Polres Asahan": ["polisi", "penyidik"],
    "Pemkab Asahan": ["pemerintah kabupaten", "pemkab"],
    # the promises' actor names the regent and the regency government he speaks for: either is right
    PEMKAB: ["Indra Siregar", "Bupati Asahan Indra Siregar", "Indra", "Siregar", "Orang nomor satu di Asahan itu",
             "Pemkab Asahan", "Pemerintah Kabupaten Asahan", "pemerintah kabupaten", "pemkab"],
    "Kisaran, Asahan": ["GOR Kisaran", "Gedung Olahraga (GOR) Kisaran", "Kisaran", "Kabupaten Asahan", "Asahan", "Kisaran Timur", "Kelurahan Sendang Sari"],
    "North Sumatra": ["Sumatera Utara", "Provinsi Sumatera Utara"],
    "Reuters": ["Reuters"],
}

# ---------------------------------------------------------------- English folder
RT1, AP2, SP3 = "01_reuters_saturday.txt", "02_ap_sunday.html", "03_sumatrapost_monday.json"

en_articles = {
    RT1: {"outlet": "Reuters", "language": "en", "published": "2026-10-17T14:05Z", "cites": [],
          "note": "Saturday wire, dateline MEDAN: 11 dead, 56 injured, 23 in hospital as of 8 p.m. (1300 GMT); 6:30 a.m. (2330 GMT Friday); crush lasted about 15 minutes; about 7,000 present (police), hall holds about 2,500, 3,000 coupons; three quotes (police chief, chairman, regent); compensation by next Friday; August 2013 background; a 'Related:' line; translated by ANTARA (id/04)"},
    AP2: {"outlet": "AP", "language": "en", "published": "2026-10-18T13:40Z", "cites": [],
          "note": "HTML page, Sunday: 12 dead as of 6 p.m. after two more died in hospital; the toll had been lowered from 11 to 10 earlier on Sunday (one woman counted twice); 61 injured, 14 in hospital; the foundation says more than 10,000 came (Reuters/police: about 7,000); byline/timestamp divs and figcaption are not in the extracted text"},
    SP3: {"outlet": "The Sumatra Post", "language": "en", "published": "2026-10-19T16:20+07:00", "cites": [],
          "note": ".json record (invented outlet), Monday: two suspects named (Syahrial Lubis, Rudi Damanik); event notified for 2,000; statutory maximum five years; 12 dead, 61 injured, 9 in hospital (2 in intensive care) as of Monday noon; compensation on Friday, Oct. 23; August 2013 background"},
}

NOSHOT_EN = ("No shots were fired and no tear gas was used. When the gate opened, people at the back pushed and those at the front "
             "fell on the steps and were trampled")

en_claims = [
    # 01 Reuters
    N("n1.1", RT1, "kills 11", 11, "deaths", core=False, zone="HEADLINE", as_of=S2000),
    N("n1.2", RT1, "dozens injured", None, "injured", core=False, zone="HEADLINE", note="vague: 'dozens'"),
    N("n1.3", RT1, "Eleven people were killed", 11, "deaths", as_of=S2000),
    N("n1.4", RT1, "56 injured on Saturday", 56, "injured", as_of=S2000),
    T("t1.1", RT1, "injured on Saturday when a crowd surged", "crush", "2026-10-17", "SATURDAY"),
    L("l1.1", RT1, "a sports hall in Indonesia's North Sumatra province", PLACE, venue="a sports hall in North Sumatra province"),
    T("t1.2", RT1, "at about 6:30 a.m. (2330 GMT Friday)", "crush", "2026-10-16", "FRIDAY", core=False,
      note="GMT date: 2330 GMT Friday 16 October = 6:30 a.m. WIB Saturday 17 October; not a discrepancy with Saturday"),
    L("l1.2", RT1, "the hall in Kisaran, the main town of Asahan regency", PLACE, venue=HALL),
    D("d1.1", RT1, "lasted about 15 minutes", 15, "crush", bound="about"),
    S("s1.1", RT1, "lasted about 15 minutes, according to Asahan police chief Roni Pardede", ROY, core=False),
    N("n1.5", RT1, "The toll stood at 11", 11, "deaths", core=False, as_of=S2000, note="repeats n1.3"),
    N("n1.6", RT1, "Twenty-three of the injured remained in hospital", 23, "hospitalised", as_of=S2000),
    Q("q1.1", RT1, NOSHOT_EN, ROY, note="'the 47-year-old police chief told Reuters'"),
    N("n1.7", RT1, "which holds about 2,500 people", 2500, "hall capacity", bound="about"),
    N("n1.8", RT1, "About 7,000 people had gathered", 7000, "people present", bound="about", as_of="2026-10-17", note="police"),
    N("n1.9", RT1, "had handed out 3,000 coupons", 3000, "coupons distributed"),
    Q("q1.2", RT1, "We only printed 3,000 coupons, but far more people came. We apologise to the victims' families", SYA,
      note="'the foundation's chairman, Syahrial Lubis, said in a statement'"),
    N("n1.10", RT1, "We only printed 3,000 coupons", 3000, "coupons distributed", core=False, note="in the quote"),
    S("s1.2", RT1, "Pardede said police had questioned six members of the organising committee and expected to name suspects within days", ROY),
    N("n1.11", RT1, "questioned six members of the organising committee", 6, "witnesses questioned", as_of="2026-10-17"),
    K("c1.1", RT1, "expected to name suspects within days", POL, "name suspects", None, "within days"),
    S("s1.3", RT1, "Asahan regent Indra Siregar said the regency would pay 25 million rupiah", BUP, core=False),
    K("c1.2", RT1, "the regency would pay 25 million rupiah ($1,540) to the family of each person killed by next Friday", PEMKAB,
      "pay Rp 25 million compensation", "family of each person killed", "next Friday"),
    N("n1.12", RT1, "25 million rupiah", IDR25, "compensation per family IDR", expected=True),
    N("n1.13", RT1, "$1,540", 1540, "compensation per family USD", core=False, expected=True, note="conversion of the rupiah figure"),
    T("t1.3", RT1, "by next Friday", "compensation deadline", "2026-10-23", "FRIDAY", expected=True),
    K("c1.3", RT1, "cover the medical costs of the injured", PEMKAB, "cover medical costs", "the injured", None),
    Q("q1.3", RT1, "This must never happen again in Asahan. Charities must coordinate with us and the police before they hand out aid", BUP,
      note="'Siregar said'"),
    L("l1.3", RT1, "never happen again in Asahan", ASAHAN, core=False, note="in the quote"),
    L("l1.4", RT1, "have killed people in Indonesia before", "Indonesia", core=False, event="earlier charity crushes", note="background"),
    T("t1.4", RT1, "In August 2013", BG, "2013-08", None, core=False, note="background"),
    N("n1.14", RT1, "two women died", 2, "deaths", core=False, event=BG, note="background"),
    L("l1.5", RT1, "at a businessman's house in Kisaran", PLACE, core=False, event=BG, venue="a businessman's house", note="background"),

    # 02 AP (HTML)
    N("n2.1", AP2, "rises to 12", 12, "deaths", core=False, zone="HEADLINE", as_of=M1800),
    N("n2.2", AP2, "Two more people died in hospital on Sunday", 2, "deaths in hospital (new)", as_of="2026-10-18"),
    T("t2.1", AP2, "died in hospital on Sunday", "two more deaths", "2026-10-18", "SUNDAY", core=False),
    L("l2.1", AP2, "a charity food handout in Indonesia's North Sumatra province", PLACE, venue="North Sumatra province"),
    N("n2.3", AP2, "bringing the death toll to 12", 12, "deaths", as_of=M1800, revision="bringing the death toll to"),
    N("n2.4", AP2, "The toll had been lowered to 10", 10, "deaths", as_of=M0800, revision="had been lowered to 10 ... from the 11",
      note="revised down on Sunday morning: one woman counted twice"),
    T("t2.2", AP2, "earlier on Sunday", "death toll revised", "2026-10-18", "SUNDAY", core=False),
    N("n2.5", AP2, "from the 11 announced on Saturday night", 11, "deaths", core=False, as_of=S2000, note="the superseded figure"),
    T("t2.3", AP2, "announced on Saturday night", "earlier toll", "2026-10-17", "SATURDAY", core=False),
    S("s2.1", AP2, "officials found that one woman had been counted twice when she was transferred between two hospitals", "health officials",
      note="the reason of the revision"),
    N("n2.6", AP2, "one woman had been counted twice", 1, "victims counted twice"),
    T("t2.4", AP2, "As of 6 p.m. on Sunday", "toll update", "2026-10-18", "SUNDAY", core=False),
    N("n2.7", AP2, "61 people had been treated for injuries", 61, "injured", as_of=M1800),
    N("n2.8", AP2, "14 of them were still in hospital", 14, "hospitalised", as_of=M1800),
    Q("q2.1", AP2, "We lost two more mothers this afternoon. Both had chest injuries from being stepped on", ELV, note="'she said'"),
    T("t2.8", AP2, "this afternoon", "two more deaths", "2026-10-18", None, core=False, note="in the quote: Sunday afternoon"),
    N("n2.9", AP2, "two more mothers", 2, "deaths in hospital (new)", core=False, note="in the quote: repeats n2.2"),
    T("t2.5", AP2, "The crush happened Saturday morning", "crush", "2026-10-17", "SATURDAY"),
    L("l2.2", AP2, "a sports hall in Kisaran", PLACE, venue=HALL),
    S("s2.2", AP2, "The foundation said more than 10,000 people showed up", "Yayasan Amal Bakti Sejahtera"),
    N("n2.10", AP2, "more than 10,000 people showed up", 10000, "people present", bound="more-than", as_of="2026-10-17", note="the foundation's figure"),
    N("n2.11", AP2, "distributed only 3,000 coupons", 3000, "coupons distributed"),
    S("s2.3", AP2, "Asahan police chief Roni Pardede said officers had not used force", ROY),
    Q("q2.2", AP2, "Nobody fired anything. The crowd pushed forward the moment the gate opened", ROY),
    Q("q2.3", AP2, "My officers were trying to pull people out from under the others", ROY, note="second part of the same quote"),
    N("n2.12", AP2, "Police have questioned 11 witnesses", 11, "witnesses questioned", as_of="2026-10-18"),
    T("t2.6", AP2, "visited the families of the dead on Sunday", "regent visits families", "2026-10-18", "SUNDAY", core=False),
    K("c2.1", AP2, "repeated a pledge to pay each family 25 million rupiah ($1,540) by Friday", PEMKAB,
      "pay Rp 25 million compensation", "family of each person killed", "Friday"),
    N("n2.13", AP2, "25 million rupiah", IDR25, "compensation per family IDR", expected=True),
    N("n2.14", AP2, "$1,540", 1540, "compensation per family USD", core=False, expected=True),
    T("t2.7", AP2, "by Friday", "compensation deadline", "2026-10-23", "FRIDAY", expected=True),
    Q("q2.4", AP2, "The money is ready. The families do not need to take care of any papers themselves", BUP, note="'he told reporters'"),

    # 03 The Sumatra Post (.json)
    L("l3.0", SP3, "deadly Kisaran crush", PLACE, core=False, zone="HEADLINE"),
    L("l3.1", SP3, "Police in Indonesia's Asahan regency", ASAHAN, core=False, note="the police's regency"),
    T("t3.1", SP3, "on Monday named two suspects", "suspects named", "2026-10-19", "MONDAY"),
    N("n3.1", SP3, "named two suspects", 2, "suspects"),
    N("n3.2", SP3, "a crush at a charity food handout that killed 12 people", 12, "deaths", as_of="2026-10-19"),
    T("t3.2", SP3, "killed 12 people on Saturday", "crush", "2026-10-17", "SATURDAY"),
    S("s3.1", SP3, "The suspects are Syahrial Lubis, 58, the chairman of the Amal Bakti Sejahtera Foundation, and Rudi Damanik, 41, who coordinated the handout",
      ROY),
    L("l3.2", SP3, "the handout at the Kisaran sports hall", PLACE, venue=HALL),
    T("t3.3", SP3, "a news conference on Monday, Oct. 19", "suspects named (news conference)", "2026-10-19", "MONDAY", core=False),
    Q("q3.1", SP3, "The organizers notified us of an event for 2,000 people. They printed 3,000 coupons and opened the gate to a crowd many times larger without enough stewards",
      ROY, note="'Pardede said'"),
    N("n3.3", SP3, "an event for 2,000 people", 2000, "people in the event notice to police"),
    N("n3.4", SP3, "They printed 3,000 coupons", 3000, "coupons distributed"),
    N("n3.5", SP3, "a maximum sentence of five years in prison", 5, "maximum prison sentence years", core=False,
      note="statutory maximum for negligence causing death, not a sentence"),
    S("s3.2", SP3, "They were not detained, but were barred from leaving the regency", ROY),
    N("n3.6", SP3, "12 people had died", 12, "deaths", as_of=N1200),
    T("t3.8", SP3, "The regency health office said on Monday", "toll update", "2026-10-19", "MONDAY", core=False),
    N("n3.7", SP3, "61 had been injured", 61, "injured", as_of=N1200),
    N("n3.8", SP3, "Nine of the injured remained in hospital", 9, "hospitalised", as_of=N1200),
    N("n3.9", SP3, "two of them in intensive care", 2, "in intensive care", as_of=N1200),
    T("t3.4", SP3, "as of Monday noon", "toll update", "2026-10-19", "MONDAY", core=False),
    N("n3.10", SP3, "women over 50", 50, "age of most of the dead (years)", core=False, bound="more-than"),
    N("n3.11", SP3, "about 7,000 people were outside the hall", 7000, "people present", bound="about", as_of="2026-10-17", note="police estimate"),
    T("t3.5", SP3, "at 6:30 a.m. on Saturday", "crush (gate opened)", "2026-10-17", "SATURDAY", core=False),
    N("n3.12", SP3, "The hall holds about 2,500 people", 2500, "hall capacity", bound="about"),
    K("c3.1", SP3, "compensation of 25 million rupiah for each family of the dead would be handed over on Friday, Oct. 23, at the regent's office",
      PEMKAB, "hand over Rp 25 million compensation", "family of each person killed", "Friday, Oct. 23"),
    N("n3.13", SP3, "25 million rupiah", IDR25, "compensation per family IDR", expected=True),
    T("t3.6", SP3, "on Friday, Oct. 23", "compensation handover", "2026-10-23", "FRIDAY", expected=True),
    L("l3.3", SP3, "at the regent's office", PLACE, core=False, venue="Asahan regent's office", note="where the compensation will be handed over"),
    Q("q3.2", SP3, "We will also review every permit for public aid distributions in Asahan", BUP, note="'he said'"),
    K("c3.2", SP3, "We will also review every permit for public aid distributions in Asahan", PEMKAB, "review every permit for aid distributions", None, None),
    L("l3.4", SP3, "public aid distributions in Asahan", ASAHAN, core=False, note="in the quote"),
    L("l3.5", SP3, "in North Sumatra in years", "North Sumatra", core=False),
    T("t3.7", SP3, "In August 2013", BG, "2013-08", None, core=False, note="background"),
    N("n3.14", SP3, "two women were trampled to death", 2, "deaths", core=False, event=BG, note="background"),
    L("l3.6", SP3, "in the same town", PLACE, core=False, event=BG, note="background: Kisaran"),
]

en_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n2.4", "n2.3"],
     "summary": "Deaths: 11 at 8 p.m. Saturday (Reuters), lowered to 10 on Sunday morning (AP: one woman counted twice), 12 by 6 p.m. Sunday (AP; 12 also on Monday, Post)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.7"],
     "summary": "Injured: 56 on Saturday (Reuters), 61 by 6 p.m. Sunday (AP; 61 also on Monday, Post)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.6", "n2.8", "n3.8"],
     "summary": "Still in hospital: 23 on Saturday evening (Reuters), 14 on Sunday evening (AP), 9 on Monday noon (Post)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.11", "n2.12"],
     "summary": "Witnesses questioned: six committee members on Saturday (Reuters), 11 by Sunday (AP)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.8", "n2.10"],
     "summary": "People present: about 7,000 (Reuters, police; Post also 7,000) vs more than 10,000 (AP, the foundation)."},
    {"id": "F6", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.8", "n3.11"],
     "summary": "About 7,000 people outside the hall, police estimate (Reuters, Post)."},
    {"id": "F7", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.9", "n2.11", "n3.4"],
     "summary": "3,000 coupons (all three)."},
    {"id": "F8", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.7", "n3.12"],
     "summary": "The hall holds about 2,500 people (Reuters, Post)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.2", "c2.1", "c3.1"],
     "summary": "The regent will pay 25 million rupiah to each family of the dead by Friday (Reuters 'by next Friday', AP 'by Friday', Post 'on Friday, Oct. 23')."},
    {"id": "F10", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.12", "n2.13", "n3.13"],
     "summary": "25 million rupiah per family (all three)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.3", "t2.7", "t3.6"],
     "summary": "The compensation deadline: Friday 23 October (all three)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t2.5", "t3.2"],
     "summary": "The crush happened on Saturday 17 October (all three)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l2.2", "l3.2"],
     "summary": "A sports hall in Kisaran, Asahan regency, North Sumatra (all three)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.3", "n3.6"],
     "summary": "12 dead (AP on Sunday evening, Post on Monday)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.7", "n3.7"],
     "summary": "61 injured (AP on Sunday evening, Post on Monday)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.4", "t3.7"],
     "summary": "Background: the earlier crush in Kisaran was in August 2013 (Reuters, Post)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.14", "n3.14"],
     "summary": "Background: two women died in the August 2013 crush (Reuters, Post)."},
]

en_traps = [
    {"articles": [RT1], "claims": ["t1.2", "t1.1"],
     "why": "'2330 GMT Friday' is the same instant as 6:30 a.m. Saturday local time (WIB, UTC+7)"},
    {"articles": [RT1, AP2, SP3], "claims": ["n1.7", "n1.8", "n1.9", "n2.10", "n2.11", "n3.3", "n3.4", "n3.11", "n3.12"],
     "why": "coupons (3,000), people present (7,000 / more than 10,000), hall capacity (2,500) and the event notified to police (2,000) count different things; only 7,000 vs 10,000 is a discrepancy"},
    {"articles": [RT1, AP2, SP3], "claims": ["n1.4", "n1.6", "n2.7", "n2.8", "n3.7", "n3.8", "n3.9"],
     "why": "injured, still in hospital and in intensive care are different counts"},
    {"articles": [RT1, AP2, SP3], "claims": ["n1.3", "n2.4", "n2.3", "n3.6"],
     "why": "deaths 11, 10 and 12 are for different times (Saturday 8 p.m., Sunday morning after a correction, Sunday 6 p.m.): UPDATE, not DISCREPANCY"},
    {"articles": [AP2], "claims": ["n2.5", "n2.2", "n2.9", "n2.6"],
     "why": "the superseded 11, the two new hospital deaths and the one woman counted twice are not competing tolls: not an INCONSISTENCY with 12"},
    {"articles": [RT1, SP3], "claims": ["t1.4", "n1.14", "l1.4", "l1.5", "t3.7", "n3.14", "l3.6"],
     "why": "the August 2013 crush in Kisaran (two women dead) is background"},
    {"articles": [SP3], "claims": ["n3.5"],
     "why": "five years is the statutory maximum for negligence causing death, not a sentence"},
    {"articles": [SP3], "claims": ["n3.10", "n3.1"],
     "why": "'women over 50' is an age, and 'two suspects' counts people charged: neither is a toll"},
    {"articles": [RT1, SP3], "claims": ["c1.1", "t3.1"],
     "why": "the police's Saturday plan to name suspects 'within days' and the naming on Monday are a plan and its outcome, not a discrepancy"},
    {"articles": [RT1, AP2], "claims": ["n1.13", "n2.14", "n1.12", "n2.13"],
     "why": "$1,540 is the conversion of 25 million rupiah: the same amount in another currency"},
    {"articles": [RT1], "claims": [],
     "why": "the dateline MEDAN and 'Reporting by ... in Medan' are not the place of the crush (Kisaran); the 'Related:' line is another story's headline (rice stocks until March 2027)"},
]

en_entities = {
    "Roni Pardede": ["Roni Pardede", "Asahan police chief Roni Pardede", "Pardede", "the 47-year-old police chief", "the police chief"],
    "Indra Siregar": ["Indra Siregar", "Asahan regent Indra Siregar", "Siregar"],
    # the promises' actor names the regent and the regency government he speaks for: either is right
    PEMKAB: ["Indra Siregar", "Asahan regent Indra Siregar", "Siregar", "the regency", "the regency government",
             "Asahan regency government"],
    "Elvina Harahap": ["Elvina Harahap", "who heads the Asahan regency health office"],
    "Syahrial Lubis": ["Syahrial Lubis", "the foundation's chairman"],
    "Rudi Damanik": ["Rudi Damanik"],
    "Yayasan Amal Bakti Sejahtera": ["Amal Bakti Sejahtera Foundation", "the foundation", "The charity", "the organizers"],
    "Polres Asahan": ["police", "Police"],
    "Kisaran, Asahan": ["Kisaran", "Asahan regency", "the Kisaran sports hall", "a sports hall in Kisaran", "the same town"],
    "North Sumatra": ["North Sumatra province", "North Sumatra"],
    "Medan": ["Medan"],
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
