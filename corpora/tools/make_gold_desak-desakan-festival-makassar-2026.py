#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the invented event desak-desakan-festival-makassar-2026
(spans are filled afterwards with corpora/tools/fill_spans.py).

usage: python3 make_gold.py     then  nice -n 19 python3 corpora/tools/fill_spans.py id/gold.json (and en/)
"""
import json, os
from gold_helpers import C, Q, S, N, D, T, L, K, A  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'desak-desakan-festival-makassar-2026')
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EVENT = ("Crowd crush at the night music festival Karebosi Night Fest 2026 on Karebosi field (Lapangan Karebosi), "
         "Ujung Pandang district, Makassar, South Sulawesi, at about 00.15 WITA on Sunday 2026-11-29 (16.15 GMT Saturday 28 "
         "November), after the headliner Sandyakala left the stage and the crowd found the east exit gate padlocked; "
         "deaths 7 (06.00 WITA Sunday, police) -> 9 (12.00, health office) -> 11 (20.00) -> revised down to 10 on Monday "
         "morning (one victim counted twice by two hospitals) -> 12 (14.00 WITA Monday); injured at least 40 -> 63 -> 71; "
         "hospitalised 28 -> 19 -> 15; permit 15,000, estimated attendance 25,000, tickets sold 18,500 (organiser) or "
         "21,300 (police, ticketing platform) (written for claimdiff's evaluation; facts invented)")


PLACE = "Makassar"
FIELD = "Karebosi field"
GATE = "east gate, Karebosi field"
POLICE = "Andi Rusdiansyah"
POL = "Polrestabes Makassar"
NUR = "Nurhayati Palallo"
DINKES = "Dinas Kesehatan Sulawesi Selatan"
GOV = "Ahmad Patunru"
REZA = "Reza Mahendra"
EO = "PT Timur Gemilang Kreasi"
COMM = "commission of inquiry"
RAUF = "Hasanuddin Rauf"
S0600 = "2026-11-29T06:00+08:00"
S1200 = "2026-11-29T12:00+08:00"
S2000 = "2026-11-29T20:00+08:00"
M1400 = "2026-11-30T14:00+08:00"
WEEK = 7 * 24 * 60
MONTH = 30 * 24 * 60
COMP = "compensation IDR per family of the dead"
KENDARI = "2019 Kendari concert crush"

# ---------------------------------------------------------------- Indonesian folder
K1, D2, W3, A4, S5 = ("01_kompas_minggu-pagi.txt", "02_detiksulsel_minggu-siang.html", "03_tribuntimur_minggu-malam.txt",
                      "04_antara_reuters.txt", "05_makassarterkini_senin.json")

id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-29T08:10+07:00", "cites": [],
         "note": "first report (09.10 WITA): police figures as of 06.00 WITA, 7 dead and at least 40 injured; the crush at about 00.15 WITA Sunday; the headliner's scheduled slot 22.30-23.30 vs the set ending about 00.05; photo caption and two 'Baca juga' lines"},
    D2: {"outlet": "detikSulsel", "language": "id", "published": "2026-11-29T13:20+08:00", "cites": [],
         "note": "HTML page; the byline/date <div>s and the <figcaption> are not part of the extracted text; health office figures as of 12.00 WITA (9 dead, 63 injured, 28 hospitalised in five hospitals); police: about 25,000 on the field against a permit for 15,000, only one of four exit gates open, six witnesses, suspects within a week; spells the police chief 'Andi Rusdiyansyah'; a quote over two paragraphs"},
    W3: {"outlet": "Tribun-Timur.com", "language": "id", "published": "2026-11-29T21:45+08:00", "cites": [],
         "note": "Sunday night: 11 dead as of 20.00 WITA; the governor's Rp50 million per family by Friday (4/12/2026), medical costs, an independent commission with 30 days; the organiser: 18,500 tickets sold, two of four exit gates open; a spectator trapped about 20 minutes; the July 2019 Kendari crush as background"},
    A4: {"outlet": "ANTARA", "language": "id", "published": "2026-11-29T22:40+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_sunday.txt",
         "note": "translation of the Reuters wire, faithful except one value: people trapped 'about 20 minutes' becomes 'sekitar 40 menit'; drops Reuters' 'Related' line and the byline; dateline Jakarta"},
    S5: {"outlet": "Makassar Terkini", "language": "id", "published": "2026-11-30T15:10+08:00", "cites": [],
         "note": ".json record, Monday: deaths 'direvisi dari 11 menjadi 10' (one victim counted twice by RS Bhayangkara and RSUP Wahidin), then 12 as of 14.00 WITA; 71 injured; 19 still in hospital in the quote but '17 pasien yang masih dirawat' later (self-contradiction); police: 21,300 tickets sold per the ticketing platform, 14 witnesses, suspects by Saturday (5/12/2026); the commission's decree (nine members, 30 days)"},
}

id_claims = [
    # 01 Kompas
    N("n1.1", K1, "7 Penonton Tewas", 7, "deaths", core=False, zone="HEADLINE"),
    N("n1.2", K1, "Tujuh penonton tewas", 7, "deaths", core=False, as_of=S0600, note="lead: repeats n1.4"),
    L("l1.1", K1, "di Lapangan Karebosi, Kecamatan Ujung Pandang, Kota Makassar, Sulawesi Selatan", PLACE, venue=FIELD),
    T("t1.1", K1, "Minggu (29/11/2026) dini hari", "crowd crush", "2026-11-29", "SUNDAY", occurrence=1),
    N("n1.3", K1, "Ribuan penonton bergerak", None, "spectators moving to the exit", core=False, note="vague: 'ribuan' has no single amount"),
    L("l1.2", K1, "ke arah pintu keluar di sisi timur lapangan", PLACE, core=False, venue=GATE, note="the gate within the venue"),
    N("n1.4", K1, "hingga pukul 06.00 WITA, tujuh orang meninggal dunia", 7, "deaths", as_of=S0600),
    N("n1.5", K1, "sedikitnya 40 orang luka-luka", 40, "injured", bound="at-least", as_of=S0600),
    S("s1.1", K1, "Kapolrestabes Makassar Kombes Andi Rusdiansyah mengatakan, hingga pukul 06.00 WITA, tujuh orang meninggal dunia dan sedikitnya 40 orang luka-luka", POLICE),
    Q("q1.1", K1, "Penonton di belakang terus mendorong, yang di depan jatuh dan terinjak. Tujuh korban meninggal sudah kami bawa ke RS Bhayangkara untuk identifikasi", POLICE),
    N("n1.6", K1, "Tujuh korban meninggal sudah kami bawa", 7, "deaths", core=False, as_of=S0600, note="in the quote: repeats n1.4"),
    L("l1.3", K1, "ke RS Bhayangkara untuk identifikasi", PLACE, core=False, venue="RS Bhayangkara", note="hospital where the dead were taken, not the crush site"),
    L("l1.4", K1, "kata Rusdiansyah di Makassar", PLACE, core=False, note="where the police chief spoke"),
    S("s1.2", K1, "Menurut dia, sebagian besar korban adalah remaja dan mahasiswa", POLICE, core=False),
    T("t1.2", K1, "festival tersebut dimulai Sabtu (28/11/2026) sore", "festival begins", "2026-11-28", "SATURDAY"),
    D("d1.1", K1, "Sandyakala tampil dari pukul 22.30 hingga 23.30 WITA", 60, "headliner's scheduled set", core=False, expected=True,
      note="the schedule; the set actually ended about 00.05 WITA"),
    Q("q1.2", K1, "Kami masih mendalami kenapa pintu timur belum dibuka. Panitia akan kami periksa hari ini", POLICE, note="'ujarnya'"),
    K("c1.1", K1, "Panitia akan kami periksa hari ini", POL, "question the organisers", EO, "today (Sunday 29/11)"),
    T("t1.3", K1, "akan kami periksa hari ini", "organisers questioned (planned)", "2026-11-29", None, core=False, expected=True, note="in the quote: Sunday"),
    L("l1.5", K1, "antara lain RSUP Dr Wahidin Sudirohusodo dan RS Labuang Baji", PLACE, core=False, venue="RSUP Dr Wahidin Sudirohusodo, RS Labuang Baji", note="hospitals"),
    L("l1.6", K1, "di pintu timur Lapangan Karebosi, Makassar", PLACE, core=False, venue=GATE, zone="CAPTION"),
    T("t1.4", K1, "Makassar, Minggu (29/11/2026) dini hari", "evacuation (photo caption)", "2026-11-29", "SUNDAY", core=False, zone="CAPTION"),

    # 02 detikSulsel (HTML)
    N("n2.1", D2, "Jadi 9 Orang", 9, "deaths", core=False, zone="HEADLINE"),
    N("n2.2", D2, "63 Luka", 63, "injured", core=False, zone="HEADLINE"),
    L("l2.1", D2, "di Lapangan Karebosi, Makassar, Sulawesi Selatan", PLACE, venue=FIELD),
    N("n2.3", D2, "bertambah menjadi sembilan orang", 9, "deaths", as_of=S1200, revision="bertambah menjadi"),
    N("n2.4", D2, "Sebanyak 63 penonton mengalami luka-luka", 63, "injured", as_of=S1200),
    Q("q2.1", D2, "Data kami hingga pukul 12.00 WITA, sembilan orang meninggal dunia dan 63 orang luka-luka. Dari jumlah itu, 28 orang masih dirawat inap di lima rumah sakit, selebihnya sudah dipulangkan", NUR,
      note="'kata Kepala Dinas Kesehatan Sulawesi Selatan dr Nurhayati Palallo kepada detikSulsel'"),
    N("n2.5", D2, "sembilan orang meninggal dunia", 9, "deaths", core=False, as_of=S1200, note="in the quote: repeats n2.3"),
    N("n2.6", D2, "63 orang luka-luka", 63, "injured", core=False, as_of=S1200, note="in the quote: repeats n2.4"),
    N("n2.7", D2, "28 orang masih dirawat inap", 28, "hospitalised", as_of=S1200),
    N("n2.8", D2, "di lima rumah sakit", 5, "hospitals treating victims", core=False, as_of=S1200),
    T("t2.1", D2, "kepada detikSulsel, Minggu (29/11/2026)", "toll update", "2026-11-29", "SUNDAY", core=False),
    L("l2.2", D2, "adalah RSUP Dr Wahidin Sudirohusodo, RS Bhayangkara, RS Labuang Baji, RSUD Daya, dan RS Stella Maris", PLACE, core=False,
      venue="five hospitals", note="hospitals, not the crush site"),
    S("s2.1", D2, "Kapolrestabes Makassar Kombes Andi Rusdiyansyah menyebut jumlah penonton yang memadati lapangan diperkirakan mencapai 25.000 orang", POLICE,
      note="spelled 'Rusdiyansyah' in this article"),
    N("n2.9", D2, "diperkirakan mencapai 25.000 orang", 25000, "estimated attendance", bound="about"),
    N("n2.10", D2, "izin keramaian yang diterbitkan polisi hanya untuk 15.000 orang", 15000, "permitted capacity"),
    Q("q2.2", D2, "Dari empat pintu keluar, hanya satu yang dibuka saat penonton mulai bubar. Pintu timur masih digembok.", POLICE,
      note="first paragraph of a quote over two paragraphs"),
    Q("q2.3", D2, "Ini yang membuat penonton tertahan dan saling dorong", POLICE, note="second paragraph; 'kata Rusdiyansyah'"),
    N("n2.11", D2, "hanya satu yang dibuka", 1, "exit gates open", as_of="2026-11-29T00:15+08:00", note="police: one of four"),
    N("n2.12", D2, "Dari empat pintu keluar", 4, "exit gates", core=False),
    N("n2.13", D2, "Polisi telah memeriksa enam saksi", 6, "witnesses questioned", as_of="2026-11-29"),
    N("n2.14", D2, "dua orang panitia", 2, "organisers questioned", core=False, as_of="2026-11-29"),
    N("n2.15", D2, "empat petugas keamanan", 4, "security staff questioned", core=False, as_of="2026-11-29"),
    Q("q2.4", D2, "Dalam sepekan kami tetapkan tersangkanya. Siapa pun yang lalai akan kami proses", POLICE,
      note="'tegas perwira polisi berpangkat tiga melati itu'"),
    K("c2.1", D2, "Dalam sepekan kami tetapkan tersangkanya", POL, "name suspects", None, "within a week"),
    D("d2.1", D2, "Dalam sepekan", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    K("c2.2", D2, "Siapa pun yang lalai akan kami proses", POL, "prosecute anyone found negligent", None, None, core=False),

    # 03 Tribun-Timur
    N("n3.1", W3, "Jadi 11 Orang", 11, "deaths", core=False, zone="HEADLINE"),
    N("n3.2", W3, "Santunan Rp50 Juta", 50000000, COMP, core=False, zone="HEADLINE", expected=True),
    L("l3.1", W3, "di Lapangan Karebosi, Makassar", PLACE, venue=FIELD),
    N("n3.3", W3, "bertambah menjadi 11 orang", 11, "deaths", as_of=S2000, revision="bertambah menjadi"),
    T("t3.1", W3, "hingga Minggu (29/11/2026) pukul 20.00 WITA", "toll update", "2026-11-29", "SUNDAY", core=False),
    S("s3.1", W3, "Kapolrestabes Makassar Kombes Andi Rusdiansyah mengatakan dua korban tambahan meninggal saat dirawat di RSUP Dr Wahidin Sudirohusodo", POLICE),
    N("n3.4", W3, "dua korban tambahan", 2, "additional deaths in hospital", core=False, as_of=S2000),
    L("l3.2", W3, "meninggal saat dirawat di RSUP Dr Wahidin Sudirohusodo", PLACE, core=False, venue="RSUP Dr Wahidin Sudirohusodo", note="hospital"),
    Q("q3.1", W3, "Dua korban kritis tidak tertolong sore tadi. Total sekarang 11 orang meninggal", POLICE),
    N("n3.5", W3, "Total sekarang 11 orang meninggal", 11, "deaths", core=False, as_of=S2000, note="in the quote: repeats n3.3"),
    T("t3.2", W3, "tidak tertolong sore tadi", "two critically injured die", "2026-11-29", None, core=False, note="in the quote: Sunday afternoon"),
    L("l3.3", W3, "di Mapolrestabes Makassar", PLACE, core=False, venue="Makassar police headquarters", note="where the police chief spoke"),
    L("l3.4", W3, "menjenguk korban luka di RS Labuang Baji dan RSUP Dr Wahidin Sudirohusodo", PLACE, core=False,
      venue="RS Labuang Baji, RSUP Dr Wahidin Sudirohusodo", note="hospitals the governor visited"),
    T("t3.3", W3, "Sudirohusodo, Minggu sore", "governor visits the injured", "2026-11-29", "SUNDAY", core=False),
    K("c3.1", W3, "berjanji pemerintah provinsi memberikan santunan Rp50 juta kepada keluarga setiap korban meninggal paling lambat Jumat (4/12/2026)", GOV,
      "pay Rp50 million compensation", "family of each person killed", "Friday 4/12/2026", note="the governor is 'Ahmad Baharuddin Patunru' in this article"),
    N("n3.6", W3, "santunan Rp50 juta", 50000000, COMP, expected=True),
    T("t3.4", W3, "paling lambat Jumat (4/12/2026)", "compensation deadline", "2026-12-04", "FRIDAY", expected=True),
    Q("q3.2", W3, "Seluruh biaya pengobatan korban luka ditanggung Pemprov. Tidak boleh ada keluarga yang ditagih rumah sakit", GOV),
    K("c3.2", W3, "Seluruh biaya pengobatan korban luka ditanggung Pemprov", GOV, "cover the medical costs", "the injured", None),
    S("s3.2", W3, "Gubernur juga mengumumkan pembentukan komisi investigasi independen yang diberi waktu 30 hari untuk mengungkap penyebab tragedi itu", GOV),
    K("c3.3", W3, "mengumumkan pembentukan komisi investigasi independen", GOV, "set up an independent commission of inquiry", None, None,
      note="announced on Sunday; the decree was signed on Monday (05)"),
    D("d3.1", W3, "diberi waktu 30 hari", MONTH, "commission of inquiry's term", expected=True),
    Q("q3.3", W3, "Kami tidak akan membiarkan siapa pun berlindung di balik dokumen", GOV, note="'tegasnya'"),
    S("s3.3", W3, "Reza Mahendra, mengatakan pihaknya menjual 18.500 tiket untuk festival tersebut", REZA),
    N("n3.7", W3, "pihaknya menjual 18.500 tiket", 18500, "tickets sold", note="the organiser's figure"),
    S("s3.4", W3, "Menurut Reza, dua dari empat pintu keluar sudah dibuka saat penonton mulai bubar", REZA),
    N("n3.8", W3, "dua dari empat pintu keluar", 2, "exit gates open", as_of="2026-11-29T00:15+08:00", note="organiser: two of four"),
    N("n3.9", W3, "empat pintu keluar sudah dibuka", 4, "exit gates", core=False),
    Q("q3.4", W3, "Kami menyampaikan duka yang mendalam. Kami siap bekerja sama penuh dengan kepolisian", REZA),
    K("c3.4", W3, "Kami siap bekerja sama penuh dengan kepolisian", EO, "cooperate fully with the police", "police", None, core=False),
    S("s3.5", W3, "Ahmad Fauzan (21), mengaku terjepit sekitar 20 menit di dekat pintu timur sebelum petugas membuka pintu lain", "Ahmad Fauzan"),
    D("d3.2", W3, "terjepit sekitar 20 menit", 20, "people trapped before another gate was opened", bound="about"),
    L("l3.5", W3, "di dekat pintu timur", PLACE, core=False, venue=GATE),
    Q("q3.5", W3, "Saya tidak bisa bergerak sama sekali, kaki saya tidak menyentuh tanah. Di bawah saya ada orang yang sudah tidak bergerak", "Ahmad Fauzan", note="'tuturnya'"),
    T("t3.5", W3, "pada Juli 2019", "crush at a free concert in Kendari", "2019-07", None, core=False, note="background"),
    L("l3.6", W3, "di Kendari, Sulawesi Tenggara", "Kendari", core=False, event=KENDARI, note="background"),
    N("n3.10", W3, "dua penonton konser gratis tewas", 2, "deaths", core=False, event=KENDARI, note="background"),
    N("n3.11", W3, "sekitar 30 lainnya luka-luka", 30, "injured", core=False, bound="about", event=KENDARI, note="background"),

    # 04 ANTARA (translation of Reuters)
    N("n4.1", A4, "tewaskan 11 orang", 11, "deaths", core=False, zone="HEADLINE"),
    N("n4.2", A4, "Sedikitnya 11 orang tewas", 11, "deaths", bound="at-least", as_of=S2000),
    N("n4.3", A4, "63 lainnya luka-luka", 63, "injured", as_of="2026-11-29"),
    L("l4.1", A4, "dalam sebuah festival musik malam di Kota Makassar", PLACE),
    T("t4.1", A4, "Makassar pada Minggu", "crowd crush", "2026-11-29", "SUNDAY"),
    A("a4.1", A4, "seperti dilansir dari Reuters", "Reuters"),
    T("t4.2", A4, "tak lama lewat tengah malam (16.15 GMT Sabtu)", "crowd crush", "2026-11-28", "SATURDAY", core=False,
      note="GMT date: 16.15 GMT Saturday 28 November = 00.15 WITA Sunday 29 November; not a discrepancy with Sunday"),
    N("n4.15", A4, "ribuan orang berusaha", None, "spectators leaving", core=False, note="vague: 'ribuan'"),
    L("l4.2", A4, "meninggalkan Lapangan Karebosi di pusat ibu kota Provinsi Sulawesi Selatan", PLACE, venue=FIELD),
    S("s4.1", A4, "Jumlah korban meninggal tercatat 11 orang hingga pukul 20.00 waktu setempat (12.00 GMT), katanya", POLICE),
    N("n4.4", A4, "Jumlah korban meninggal tercatat 11 orang", 11, "deaths", as_of=S2000),
    S("s4.2", A4, "Dinas kesehatan provinsi menyebut 28 korban luka dirawat di lima rumah sakit", DINKES),
    N("n4.5", A4, "28 korban luka dirawat", 28, "hospitalised", as_of="2026-11-29"),
    N("n4.6", A4, "di lima rumah sakit", 5, "hospitals treating victims", core=False),
    Q("q4.1", A4, "Orang-orang di belakang terus mendorong ke depan, dan yang di depan terjatuh dan tidak bisa bangun lagi. Sebagian besar korban meninggal karena kehabisan napas", POLICE,
      note="'kata Rusdiansyah kepada wartawan'"),
    S("s4.3", A4, "Polisi memperkirakan jumlah penonton sekitar 25.000 orang", POL),
    N("n4.7", A4, "sekitar 25.000 orang", 25000, "estimated attendance", bound="about"),
    N("n4.8", A4, "hanya membolehkan 15.000 orang", 15000, "permitted capacity"),
    S("s4.4", A4, "Penyelenggara, PT Timur Gemilang Kreasi, mengatakan telah menjual 18.500 tiket", EO),
    N("n4.9", A4, "telah menjual 18.500 tiket", 18500, "tickets sold", note="the organiser's figure"),
    N("n4.10", A4, "dua dari empat pintu keluar", 2, "exit gates open", as_of="2026-11-29T00:15+08:00", note="organiser: two of four"),
    N("n4.11", A4, "empat pintu keluar dalam keadaan terbuka", 4, "exit gates", core=False),
    K("c4.1", A4, "mengatakan perusahaannya akan bekerja sama dengan penyidik", REZA, "cooperate with investigators", "investigators", None, core=False),
    D("d4.1", A4, "terjepit selama sekitar 40 menit", 40, "people trapped before another gate was opened", bound="about",
      note="Reuters says 'about 20 minutes': the value the translation changed"),
    Q("q4.2", A4, "Sepatu dan ponsel saya hilang, saya yakin saya akan mati. Ada orang yang menarik saya melewati pagar", "Nurul Aulia",
      note="introduced as 'mahasiswi berusia 19 tahun'"),
    S("s4.5", A4, "Gubernur Sulawesi Selatan Ahmad Patunru, yang menjenguk para korban di rumah sakit, mengatakan pemerintah provinsi akan membayar Rp50 juta", GOV),
    K("c4.2", A4, "akan membayar Rp50 juta kepada keluarga setiap korban meninggal paling lambat Jumat", GOV,
      "pay Rp50 million compensation", "family of each person killed", "Friday"),
    N("n4.12", A4, "membayar Rp50 juta", 50000000, COMP, expected=True),
    T("t4.3", A4, "meninggal paling lambat Jumat", "compensation deadline", None, "FRIDAY", expected=True),
    K("c4.3", A4, "akan menanggung biaya pengobatan korban luka", GOV, "cover the medical costs", "the injured", None),
    Q("q4.3", A4, "Kami tidak akan membiarkan siapa pun berlindung di balik dokumen. Siapa pun yang bertanggung jawab harus menjawab atas peristiwa ini", GOV),
    T("t4.4", A4, "Pada 2019", "crush at a free concert in Kendari", "2019", None, core=False, note="background"),
    N("n4.13", A4, "dua orang meninggal", 2, "deaths", core=False, event=KENDARI, note="background"),
    N("n4.14", A4, "sekitar 30 orang terluka", 30, "injured", core=False, bound="about", event=KENDARI, note="background"),
    L("l4.3", A4, "di Kota Kendari, Provinsi Sulawesi Tenggara", "Kendari", core=False, event=KENDARI, note="background"),
    A("a4.2", A4, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Makassar Terkini (.json)
    N("n5.1", S5, "Kini 12 Orang", 12, "deaths", core=False, zone="HEADLINE"),
    N("n5.17", S5, "Setelah Dua Pasien Meninggal", 2, "additional deaths in hospital", core=False, zone="HEADLINE"),
    S("s5.1", S5, "Dinas Kesehatan Sulawesi Selatan merevisi jumlah korban meninggal dunia", DINKES, note="the revision down"),
    L("l5.1", S5, "di Lapangan Karebosi, Makassar", PLACE, venue=FIELD),
    T("t5.1", S5, "pada Senin (30/11/2026) pagi", "death toll revised", "2026-11-30", "MONDAY", core=False),
    N("n5.2", S5, "direvisi dari 11 menjadi 10 orang", 10, "deaths", as_of="2026-11-30", revision="direvisi dari 11 menjadi",
      note="revised down on Monday morning: one victim counted twice by two hospitals"),
    N("n5.3", S5, "Angka itu direvisi dari 11", 11, "deaths", core=False, note="the superseded figure, quoted with the revision"),
    N("n5.4", S5, "Satu korban ternyata tercatat dua kali", 1, "victims counted twice"),
    L("l5.2", S5, "dirujuk dari RS Bhayangkara ke RSUP Dr Wahidin Sudirohusodo", PLACE, core=False, venue="RS Bhayangkara, RSUP Dr Wahidin Sudirohusodo", note="hospitals"),
    Q("q5.1", S5, "Setelah kami cocokkan nama dan NIK, ada satu korban yang terhitung ganda. Jadi angkanya kami koreksi pagi ini", NUR),
    N("n5.5", S5, "ada satu korban yang terhitung ganda", 1, "victims counted twice", core=False, note="in the quote: repeats n5.4"),
    T("t5.2", S5, "kami koreksi pagi ini", "death toll revised", "2026-11-30", None, core=False, note="in the quote: Monday morning"),
    N("n5.6", S5, "bertambah menjadi 12 orang", 12, "deaths", as_of=M1400, revision="kembali bertambah menjadi"),
    N("n5.7", S5, "dua pasien yang dirawat di ruang ICU meninggal dunia", 2, "additional deaths in hospital", core=False, as_of=M1400),
    N("n5.8", S5, "bertambah menjadi 71 orang", 71, "injured", as_of="2026-11-30", revision="bertambah menjadi"),
    T("t5.3", S5, "pada Minggu malam dan Senin", "late check-ups of injured spectators", "2026-11-29", "SUNDAY", core=False,
      note="two days: Sunday night and Monday"),
    Q("q5.2", S5, "Sampai pukul 14.00 WITA, 19 pasien masih dirawat inap, empat di antaranya kritis", NUR, note="'ujar Nurhayati'"),
    N("n5.9", S5, "19 pasien masih dirawat inap", 19, "hospitalised", as_of=M1400),
    N("n5.10", S5, "empat di antaranya kritis", 4, "critical", as_of=M1400),
    N("n5.11", S5, "polisi mencatat 11 korban meninggal", 11, "deaths", core=False, as_of=S2000, note="'Sebelumnya, hingga Minggu malam': background"),
    T("t5.4", S5, "hingga Minggu malam", "earlier toll", "2026-11-29", "SUNDAY", core=False, note="background ('Sebelumnya')"),
    S("s5.2", S5, "Kapolrestabes Makassar Kombes Andi Rusdiansyah mengungkapkan data platform penjualan tiket menunjukkan panitia menjual 21.300 tiket", POLICE),
    N("n5.12", S5, "panitia menjual 21.300 tiket", 21300, "tickets sold", note="police, from the ticketing platform's data"),
    N("n5.13", S5, "kapasitas izin 15.000 orang", 15000, "permitted capacity"),
    N("n5.14", S5, "telah memeriksa 14 saksi", 14, "witnesses questioned", as_of="2026-11-30"),
    S("s5.3", S5, "Rusdiansyah menegaskan penetapan tersangka dilakukan paling lambat Sabtu (5/12/2026)", POLICE),
    K("c5.1", S5, "penetapan tersangka dilakukan paling lambat Sabtu (5/12/2026)", POL, "name suspects", None, "Saturday 5/12/2026"),
    T("t5.5", S5, "paling lambat Sabtu (5/12/2026)", "police deadline to name suspects", "2026-12-05", "SATURDAY", expected=True),
    Q("q5.3", S5, "Tidak ada yang kami tutupi. Semua yang terlibat dalam penyelenggaraan, dari panitia sampai pengamanan, kami periksa", POLICE),
    S("s5.4", S5, "Gubernur Sulsel Ahmad Baharuddin Patunru pada Senin siang menandatangani surat keputusan pembentukan komisi investigasi beranggotakan sembilan orang", GOV),
    T("t5.6", S5, "pada Senin siang menandatangani", "commission of inquiry decree signed", "2026-11-30", "MONDAY"),
    N("n5.15", S5, "beranggotakan sembilan orang", 9, "commission members"),
    D("d5.1", S5, "diberi waktu 30 hari", MONTH, "commission of inquiry's term", expected=True),
    K("c5.2", S5, "Komisi itu diberi waktu 30 hari untuk menyerahkan laporan", COMM, "submit its report", None, "within 30 days"),
    N("n5.16", S5, "Dari 17 pasien yang masih dirawat", 17, "hospitalised", as_of=M1400,
      note="contradicts the quote's 19 still in hospital at 14.00 WITA"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.3", "n3.3", "n5.2", "n5.6"],
     "summary": "Deaths: 7 at 06.00 WITA Sunday (01, police), 9 at 12.00 (02, health office), 11 at 20.00 (03; 04 'sedikitnya 11'), revised down to 10 on Monday morning (05: 'direvisi dari 11 menjadi 10', one victim counted twice by two hospitals), 12 at 14.00 WITA Monday (05)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.5", "n2.4", "n5.8"],
     "summary": "Injured: at least 40 at 06.00 WITA Sunday (01), 63 at 12.00 (02; 04 also 63), 71 on Monday (05)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.7", "n5.9"],
     "summary": "Hospitalised: 28 at 12.00 WITA Sunday (02; 04 also 28), 19 at 14.00 WITA Monday (05)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.13", "n5.14"],
     "summary": "Witnesses questioned: 6 on Sunday (02), 14 on Monday (05)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n3.7", "n5.12"],
     "summary": "Tickets sold: 18,500 (the organiser: 03, 04) vs 21,300 (police, from the ticketing platform's data: 05)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n2.11", "n3.8"],
     "summary": "Exit gates open when the crowd left: one of four (police: 02) vs two of four (the organiser: 03, 04)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["d3.2", "d4.1"],
     "summary": "How long people were trapped before another gate was opened: about 20 minutes (03) vs about 40 minutes (04, ANTARA's translation; Reuters says about 20)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["n5.9", "n5.16"],
     "summary": "05: 19 patients still in hospital at 14.00 WITA Monday in the health office head's quote, '17 pasien yang masih dirawat' later in the same article."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Andi Rusdiansyah", "Andi Rusdiyansyah"], "articles": [K1, D2, W3, A4, S5],
     "summary": "The Makassar police chief is Andi Rusdiansyah in 01, 03, 04 and 05, Andi Rusdiyansyah in 02: one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1", "l4.2", "l5.1"],
     "summary": "The crush happened on Karebosi field (Lapangan Karebosi), Makassar, South Sulawesi (all five)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t4.1"],
     "summary": "The crush happened early on Sunday 29 November 2026 (01, 04)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.3", "n4.4"],
     "summary": "11 dead as of 20.00 WITA Sunday (03, 04; 04 also 'sedikitnya 11')."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.4", "n4.3"],
     "summary": "63 injured on Sunday (02, 04)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.7", "n4.5"],
     "summary": "28 injured in hospital on Sunday (02, 04), in five hospitals."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.10", "n4.8", "n5.13"],
     "summary": "The permit allowed 15,000 people (02, 04, 05)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.9", "n4.7"],
     "summary": "Police estimated the crowd at about 25,000 (02, 04)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.7", "n4.9"],
     "summary": "The organiser says it sold 18,500 tickets (03, 04)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.8", "n4.10"],
     "summary": "The organiser says two of the four exit gates were open (03, 04)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.1", "c4.2"],
     "summary": "The governor will pay Rp50 million to the family of each person killed by Friday (4/12) (03, 04)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.6", "n4.12"],
     "summary": "Compensation of Rp50 million per family (03, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t3.4", "t4.3"],
     "summary": "The compensation deadline is Friday (03: Jumat 4/12/2026; 04: Jumat)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.2", "c4.3"],
     "summary": "The province will cover the medical costs of the injured (03, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["q3.3", "q4.3"],
     "summary": "Governor Ahmad Patunru: 'Kami tidak akan membiarkan siapa pun berlindung di balik dokumen' (03 in his words, 04 in ANTARA's translation of Reuters, which adds a second sentence)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d3.1", "d5.1"],
     "summary": "The commission of inquiry has 30 days (03, 05)."},
    {"id": "F25", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c2.1", "c5.1"],
     "summary": "The police will name suspects within a week (02 'dalam sepekan' on Sunday; 05 'paling lambat Sabtu (5/12/2026)', six days later)."},
]

id_traps = [
    {"articles": [A4], "claims": ["t4.2", "t4.1"],
     "why": "'16.15 GMT Sabtu' is the same instant as 00.15 WITA Sunday: GMT date, not a discrepancy with Sunday"},
    {"articles": [D2, W3, A4, S5], "claims": ["n2.9", "n2.10", "n3.7", "n4.7", "n4.8", "n4.9", "n5.12", "n5.13"],
     "why": "estimated attendance (25,000), permitted capacity (15,000) and tickets sold (18,500 or 21,300) count different things; only the two ticket figures disagree (F5)"},
    {"articles": [D2, A4, S5], "claims": ["n2.4", "n2.7", "n4.3", "n4.5", "n5.8", "n5.9"],
     "why": "injured (63, 71) and hospitalised (28, 19) are different counts: most injured were sent home"},
    {"articles": [K1, D2, W3, S5], "claims": ["n1.4", "n2.3", "n3.3", "n5.2", "n5.6"],
     "why": "deaths 7, 9, 11, 10 and 12 are for different hours and sources (police 06.00, health office 12.00, police 20.00 Sunday, revision Monday morning, 14.00 Monday): UPDATE, not DISCREPANCY"},
    {"articles": [S5], "claims": ["n5.3", "n5.11", "n5.2", "n5.6", "n5.1"],
     "why": "11 is the superseded figure named with the revision and the 'Sebelumnya, hingga Minggu malam' background; 10 (Monday morning, after the revision) and 12 (14.00, after two more deaths; also the headline) are for different times of the same day"},
    {"articles": [K1, D2], "claims": ["n1.5", "n2.4"],
     "why": "'sedikitnya 40' injured at 06.00 and 63 at 12.00: a hedged early police figure and a later health office one, UPDATE"},
    {"articles": [W3, A4], "claims": ["n4.2", "n4.4", "n3.3"],
     "why": "'sedikitnya 11' and 11 at the same time are compatible"},
    {"articles": [K1], "claims": ["d1.1"],
     "why": "the headliner's scheduled slot (22.30-23.30 WITA) is the schedule; the set actually ended about 00.05: schedule vs what happened, not an inconsistency"},
    {"articles": [W3, A4], "claims": ["n3.10", "n3.11", "t3.5", "l3.6", "n4.13", "n4.14", "t4.4", "l4.3"],
     "why": "the July 2019 crush in Kendari (two dead, about 30 injured) is background, not this event's toll, date or place"},
    {"articles": [K1, D2, W3, A4, S5], "claims": ["d1.1", "d2.1", "d3.1", "d3.2", "d4.1", "d5.1"],
     "why": "the scheduled one-hour set, the police's one-week deadline, the commission's 30 days and the minutes people were trapped are different durations"},
    {"articles": [W3, A4, S5], "claims": ["t3.4", "t4.3", "t5.5"],
     "why": "Friday 4/12 (compensation) and Saturday 5/12 (suspects) are deadlines of different commitments"},
    {"articles": [W3, S5], "claims": ["c3.3", "t5.6"],
     "why": "the commission was announced on Sunday (03) and its decree signed on Monday (05): announcement vs formation, not a wrong date"},
    {"articles": [W3, S5], "claims": ["n3.4", "n5.7", "n5.17"],
     "why": "two more deaths on Sunday afternoon and two more on Monday are different patients"},
    {"articles": [D2, S5], "claims": ["n2.13", "n5.14", "n2.12", "n2.15", "n5.10"],
     "why": "six witnesses (Sunday) and 14 (Monday) are different times; four exit gates, four security staff questioned and four critical patients are different things"},
    {"articles": [K1, A4], "claims": ["n1.3", "n1.4", "n4.15"],
     "why": "'ribuan penonton' / 'ribuan orang' are vague (no single amount)"},
    {"articles": [K1, D2, W3, S5], "claims": ["l1.3", "l1.4", "l1.5", "l2.2", "l3.2", "l3.3", "l3.4", "l5.2"],
     "why": "the hospitals (RS Bhayangkara, RSUP Wahidin, RS Labuang Baji ...), Mapolrestabes and the dateline Jakarta (04) are not the place of the crush"},
    {"articles": [K1, D2, W3, S5], "claims": [],
     "why": "'Baca juga' lines are other articles' headlines with their own numbers (3 konser, 2 hari, 5.000 kuota, 200 personel, 7 korban, 10.000 orang, 12 korban): links, not claims"},
]

id_entities = {
    "Andi Rusdiansyah": ["Andi Rusdiansyah", "Rusdiansyah", "Andi Rusdiyansyah", "Rusdiyansyah", "Kapolrestabes Makassar",
                         "Kapolrestabes Makassar Kombes Andi Rusdiansyah", "Perwira menengah itu", "perwira polisi berpangkat tiga melati itu"],
    "Nurhayati Palallo": ["Nurhayati Palallo", "Nurhayati", "dr Nurhayati Palallo", "Kepala Dinas Kesehatan Sulawesi Selatan", "Kepala Dinas Kesehatan Sulsel"],
    "Ahmad Patunru": ["Ahmad Patunru", "Ahmad Baharuddin Patunru", "Patunru", "Gubernur Sulawesi Selatan", "Gubernur Sulsel", "Gubernur"],
    "Reza Mahendra": ["Reza Mahendra", "Reza", "Direktur PT Timur Gemilang Kreasi"],
    "PT Timur Gemilang Kreasi": ["PT Timur Gemilang Kreasi", "panitia", "penyelenggara", "Penyelenggara"],
    "Hasanuddin Rauf": ["Hasanuddin Rauf", "Prof Hasanuddin Rauf", "Guru Besar Universitas Hasanuddin"],
    "Ahmad Fauzan": ["Ahmad Fauzan"],
    "Nurul Aulia": ["Nurul Aulia"],
    "Sandyakala": ["Sandyakala", "grup band Sandyakala"],
    "Dinas Kesehatan Sulawesi Selatan": ["Dinas Kesehatan Sulawesi Selatan", "Dinas kesehatan provinsi", "Dinkes Sulsel"],
    "Polrestabes Makassar": ["Polisi", "polisi", "Polrestabes Makassar", "Mapolrestabes Makassar"],
    "Makassar": ["Makassar", "Kota Makassar", "Lapangan Karebosi", "Kecamatan Ujung Pandang", "pintu timur"],
    "South Sulawesi": ["Sulawesi Selatan", "Sulsel", "Provinsi Sulawesi Selatan"],
    "Kendari": ["Kendari", "Kota Kendari", "Sulawesi Tenggara"],
}

# ---------------------------------------------------------------- English folder
R1, P2, H3 = ("01_reuters_sunday.txt", "02_ap_monday.html", "03_celebesobserver_tuesday.json")

en_articles = {
    R1: {"outlet": "Reuters", "language": "en", "published": "2026-11-29T13:40Z", "cites": [],
         "note": "Sunday evening wire (21.40 WITA): at least 11 dead as of 8 p.m. (1200 GMT), 63 injured, 28 in five hospitals; shortly after midnight (1615 GMT Saturday); crowd about 25,000 vs permit 15,000; organiser: 18,500 tickets, two of four exit gates open; trapped about 20 minutes; governor: 50 million rupiah per family by Friday; 2019 Kendari crush as background; translated by ANTARA (id/04)"},
    P2: {"outlet": "AP News", "language": "en", "published": "2026-11-30T08:05Z", "cites": [],
         "note": "HTML page, Monday (16.05 WITA): toll lowered to 10 (one victim counted twice), then 12; 71 injured, 19 in hospital, four critical, as of 2 p.m.; police: one of four exit gates open, 21,300 tickets per the ticketing platform, 14 witnesses, suspects within a week; nine-member commission with 30 days; spells the police chief 'Andi Rusdiyansyah'; the byline/timestamp <div>s and the <figcaption> are not part of the extracted text"},
    H3: {"outlet": "The Celebes Observer", "language": "en", "published": "2026-12-01T09:30+08:00", "cites": [],
         "note": ".json record, Tuesday: toll 12 since Monday afternoon; 15 in hospital on Tuesday morning; the commission's first meeting, 30 days, report by the end of December; attributes the governor's 'hide behind paperwork' line to the police chief (misattributed quote); compensation by Friday, Dec. 4"},
}

en_claims = [
    # 01 Reuters
    N("n1.1", R1, "kills 11", 11, "deaths", core=False, zone="HEADLINE"),
    N("n1.2", R1, "dozens hurt", None, "injured", core=False, zone="HEADLINE", note="vague: 'dozens'"),
    N("n1.3", R1, "At least 11 people were killed", 11, "deaths", bound="at-least", as_of=S2000),
    N("n1.4", R1, "63 injured", 63, "injured", as_of="2026-11-29"),
    L("l1.1", R1, "at a night music festival in the Indonesian city of Makassar", PLACE),
    T("t1.1", R1, "Makassar on Sunday", "crowd crush", "2026-11-29", "SUNDAY"),
    T("t1.2", R1, "shortly after midnight (1615 GMT Saturday)", "crowd crush", "2026-11-28", "SATURDAY", core=False,
      note="GMT date: 1615 GMT Saturday 28 November = 00.15 WITA Sunday 29 November; not a discrepancy with Sunday"),
    N("n1.5", R1, "thousands of people tried to leave", None, "spectators leaving", core=False, note="vague: 'thousands'"),
    L("l1.2", R1, "to leave Karebosi field in the centre of the South Sulawesi provincial capital", PLACE, venue=FIELD),
    S("s1.1", R1, "The death toll stood at 11 as of 8 p.m. local time (1200 GMT), he said", POLICE),
    N("n1.6", R1, "The death toll stood at 11", 11, "deaths", as_of=S2000),
    S("s1.2", R1, "The provincial health office said 28 of the injured were being treated in five hospitals", DINKES),
    N("n1.7", R1, "28 of the injured were being treated", 28, "hospitalised", as_of="2026-11-29"),
    N("n1.8", R1, "in five hospitals", 5, "hospitals treating victims", core=False),
    Q("q1.1", R1, "People at the back kept pushing forward, and those at the front fell and could not get up again. Most of the victims died of asphyxiation", POLICE,
      note="'Rusdiansyah told reporters'"),
    S("s1.3", R1, "Police estimated the crowd at about 25,000", POL),
    N("n1.9", R1, "estimated the crowd at about 25,000", 25000, "estimated attendance", bound="about"),
    N("n1.10", R1, "allowed 15,000 people on the field", 15000, "permitted capacity"),
    S("s1.4", R1, "The organiser, PT Timur Gemilang Kreasi, said it had sold 18,500 tickets and that two of the four exit gates were open when the crowd surged", EO),
    N("n1.11", R1, "it had sold 18,500 tickets", 18500, "tickets sold", note="the organiser's figure"),
    N("n1.12", R1, "two of the four exit gates were open", 2, "exit gates open", as_of="2026-11-29T00:15+08:00", note="organiser: two of four"),
    N("n1.13", R1, "four exit gates", 4, "exit gates", core=False),
    K("c1.1", R1, "the company would cooperate with investigators", REZA, "cooperate with investigators", "investigators", None, core=False),
    S("s1.5", R1, "Witnesses said people were trapped for about 20 minutes before security staff opened another gate", "witnesses (unnamed)", core=False),
    D("d1.1", R1, "trapped for about 20 minutes", 20, "people trapped before another gate was opened", bound="about"),
    Q("q1.2", R1, "I lost my shoes and my phone, I was sure I was going to die. Someone pulled me over the fence", "Nurul Aulia",
      note="'said Nurul Aulia, a 19-year-old university student'"),
    S("s1.6", R1, "South Sulawesi governor Ahmad Patunru, who visited victims in hospital, said the province would pay 50 million rupiah", GOV),
    K("c1.2", R1, "the province would pay 50 million rupiah to the family of each person killed by Friday", GOV,
      "pay 50 million rupiah compensation", "family of each person killed", "Friday"),
    N("n1.14", R1, "50 million rupiah", 50000000, COMP, expected=True),
    T("t1.3", R1, "each person killed by Friday", "compensation deadline", None, "FRIDAY", expected=True),
    K("c1.3", R1, "would cover the medical costs of the injured", GOV, "cover the medical costs", "the injured", None),
    Q("q1.3", R1, "We will not let anyone hide behind paperwork. Whoever is responsible will answer for this", GOV, note="'Patunru said'"),
    T("t1.4", R1, "In 2019", "crush at a free concert in Kendari", "2019", None, core=False, note="background"),
    N("n1.15", R1, "two people died", 2, "deaths", core=False, event=KENDARI, note="background"),
    N("n1.16", R1, "about 30 were hurt", 30, "injured", core=False, bound="about", event=KENDARI, note="background"),
    L("l1.3", R1, "in the city of Kendari, in neighbouring Southeast Sulawesi province", "Kendari", core=False, event=KENDARI, note="background"),

    # 02 AP (HTML)
    N("n2.1", P2, "then 2 more die", 2, "additional deaths in hospital", core=False, zone="HEADLINE"),
    T("t2.1", P2, "on Monday lowered", "death toll revised", "2026-11-30", "MONDAY", core=False),
    N("n2.2", P2, "lowered the death toll from a crush at a night music festival to 10", 10, "deaths", as_of="2026-11-30", revision="lowered ... to 10",
      note="revised down: one victim counted twice"),
    N("n2.3", P2, "one victim had been counted twice", 1, "victims counted twice"),
    N("n2.4", P2, "two more people died in hospital", 2, "additional deaths in hospital", core=False, as_of=M1400),
    N("n2.5", P2, "bringing it to 12", 12, "deaths", as_of=M1400, revision="bringing it to"),
    S("s2.1", P2, "The victim had been moved from one hospital to another and was reported by both, said Nurhayati Palallo", NUR),
    S("s2.2", P2, "As of 2 p.m., 71 people had been treated for injuries and 19 remained in hospital, four of them in critical condition, she said", NUR),
    N("n2.6", P2, "71 people had been treated for injuries", 71, "injured", as_of=M1400),
    N("n2.7", P2, "19 remained in hospital", 19, "hospitalised", as_of=M1400),
    N("n2.8", P2, "four of them in critical condition", 4, "critical", as_of=M1400),
    T("t2.2", P2, "The crush happened early Sunday", "crowd crush", "2026-11-29", "SUNDAY"),
    L("l2.1", P2, "left Karebosi field in Makassar, the capital of South Sulawesi province", PLACE, venue=FIELD),
    S("s2.3", P2, "Makassar police chief Andi Rusdiyansyah said only one of the four exit gates was open when people began to leave", POLICE,
      note="spelled 'Rusdiyansyah' in this article"),
    N("n2.9", P2, "only one of the four exit gates was open", 1, "exit gates open", as_of="2026-11-29T00:15+08:00", note="police: one of four"),
    N("n2.10", P2, "four exit gates", 4, "exit gates", core=False),
    S("s2.4", P2, "Ticketing platform data showed that the organiser sold 21,300 tickets, the 49-year-old police chief said", POLICE,
      note="the speaker as a description: 'the 49-year-old police chief'"),
    N("n2.11", P2, "the organiser sold 21,300 tickets", 21300, "tickets sold", note="police, from the ticketing platform's data"),
    N("n2.12", P2, "the 15,000 people allowed under the event permit", 15000, "permitted capacity"),
    N("n2.13", P2, "it sold 18,500 tickets", 18500, "tickets sold", core=False, note="the organiser's Sunday figure, reported with attribution"),
    N("n2.14", P2, "Fourteen witnesses have been questioned", 14, "witnesses questioned", as_of="2026-11-30"),
    K("c2.1", P2, "suspects will be named within a week", POL, "name suspects", None, "within a week"),
    D("d2.1", P2, "within a week", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    Q("q2.1", P2, "There were no stewards at the east gate, only a chain and a lock", "Fajar Ramadhan",
      note="'said Fajar Ramadhan, 22'; first paragraph of two"),
    Q("q2.2", P2, "We kept shouting at them to open it. It took forever.", "Fajar Ramadhan", note="second paragraph"),
    S("s2.5", P2, "South Sulawesi Governor Ahmad Patunru signed a decree on Monday setting up a nine-member commission of inquiry", GOV),
    T("t2.3", P2, "signed a decree on Monday", "commission of inquiry decree signed", "2026-11-30", "MONDAY"),
    N("n2.15", P2, "nine-member commission", 9, "commission members"),
    K("c2.2", P2, "which has 30 days to report", COMM, "report", None, "within 30 days"),
    D("d2.2", P2, "has 30 days to report", MONTH, "commission of inquiry's term", expected=True),
    N("n2.16", P2, "killed two people", 2, "deaths", core=False, event=KENDARI, note="background"),
    L("l2.3", P2, "a crush at a free concert in Kendari", "Kendari", core=False, event=KENDARI, note="background"),
    T("t2.4", P2, "in 2019", "crush at a free concert in Kendari", "2019", None, core=False, note="background"),

    # 03 The Celebes Observer (.json)
    N("n3.1", H3, "toll stands at 12", 12, "deaths", core=False, zone="HEADLINE"),
    N("n3.2", H3, "A nine-member commission", 9, "commission members"),
    N("n3.3", H3, "the crush that killed 12 people", 12, "deaths", core=False, as_of="2026-12-01", note="repeats n3.4"),
    T("t3.1", H3, "held its first meeting on Tuesday", "commission's first meeting", "2026-12-01", "TUESDAY"),
    L("l3.1", H3, "at the Karebosi Night Fest in Makassar", PLACE),
    K("c3.1", H3, "police prepared to name suspects by the weekend", POL, "name suspects", None, "by the weekend"),
    N("n3.4", H3, "The death toll has stood at 12", 12, "deaths", as_of="2026-12-01"),
    S("s3.1", H3, "The death toll has stood at 12 since Monday afternoon, the South Sulawesi health office said", DINKES),
    T("t3.2", H3, "since Monday afternoon", "toll reaches 12", "2026-11-30", "MONDAY", core=False),
    N("n3.5", H3, "Fifteen people were still in hospital", 15, "hospitalised", as_of="2026-12-01"),
    T("t3.3", H3, "still in hospital on Tuesday morning", "hospital count", "2026-12-01", "TUESDAY", core=False),
    L("l3.2", H3, "on Karebosi field, in the heart of the South Sulawesi capital", PLACE, venue=FIELD),
    T("t3.4", H3, "began on Saturday, Nov. 28", "festival begins", "2026-11-28", "SATURDAY"),
    T("t3.5", H3, "at about 12:15 a.m. on Sunday, Nov. 29", "crowd crush", "2026-11-29", "SUNDAY"),
    D("d3.1", H3, "has 30 days to report", MONTH, "commission of inquiry's term", expected=True),
    K("c3.2", H3, "its findings are due by the end of December", COMM, "report", None, "end of December"),
    T("t3.6", H3, "by the end of December", "commission report due", "2026-12", None, core=False, expected=True),
    Q("q3.1", H3, "We will look at the permit, the ticketing, the gates and the security plan. Nothing is off the table", RAUF,
      note="'Rauf told The Celebes Observer'"),
    K("c3.3", H3, "We will look at the permit, the ticketing, the gates and the security plan", COMM, "examine the permit, ticketing, gates and security plan", None, None, core=False),
    K("c3.4", H3, "has promised to name suspects within a week", POL, "name suspects", None, "within a week"),
    D("d3.2", H3, "within a week", WEEK, "police deadline to name suspects", bound="at-most", expected=True),
    Q("q3.2", H3, "We will not let anyone hide behind paperwork", POLICE,
      note="misattributed: Reuters and Tribun-Timur give these words to Governor Ahmad Patunru"),
    S("s3.2", H3, "adding that whoever was responsible would answer for it", POLICE, core=False, note="misattributed with q3.2"),
    K("c3.5", H3, "pledged 50 million rupiah to the family of each victim by Friday, Dec. 4", GOV,
      "pay 50 million rupiah compensation", "family of each victim", "Friday, Dec. 4"),
    N("n3.6", H3, "50 million rupiah", 50000000, COMP, expected=True),
    T("t3.7", H3, "by Friday, Dec. 4", "compensation deadline", "2026-12-04", "FRIDAY", expected=True),
    K("c3.6", H3, "the province would pay the hospital bills of the injured", GOV, "cover the medical costs", "the injured", None),
    N("n3.7", H3, "about 25,000 people were on the field", 25000, "estimated attendance", bound="about"),
    T("t3.8", H3, "on the field on Saturday night", "attendance estimate", "2026-11-28", "SATURDAY", core=False),
    N("n3.8", H3, "15,000 allowed by the permit", 15000, "permitted capacity"),
    T("t3.9", H3, "In July 2019", "crush at a free concert in Kendari", "2019-07", None, core=False, note="background"),
    N("n3.9", H3, "two people were killed", 2, "deaths", core=False, event=KENDARI, note="background"),
    N("n3.10", H3, "about 30 injured", 30, "injured", core=False, bound="about", event=KENDARI, note="background"),
    L("l3.3", H3, "in Kendari, Southeast Sulawesi", "Kendari", core=False, event=KENDARI, note="background"),
]

en_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.6", "n2.2", "n2.5"],
     "summary": "Deaths: at least 11 at 8 p.m. Sunday (Reuters), lowered to 10 on Monday (AP: one victim counted twice), 12 by 2 p.m. Monday (AP; the Observer: stood at 12 since Monday afternoon)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.6"],
     "summary": "Injured: 63 on Sunday (Reuters), 71 as of 2 p.m. Monday (AP)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.7", "n2.7", "n3.5"],
     "summary": "Hospitalised: 28 on Sunday (Reuters), 19 at 2 p.m. Monday (AP), 15 on Tuesday morning (Observer)."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.11", "n2.11"],
     "summary": "Tickets sold: 18,500 (the organiser: Reuters) vs 21,300 (police, ticketing platform data: AP)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n1.12", "n2.9"],
     "summary": "Exit gates open: two of four (the organiser: Reuters) vs only one of four (police: AP)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["q1.3", "q3.2"],
     "summary": "'We will not let anyone hide behind paperwork': said by Governor Ahmad Patunru (Reuters) but attributed to police chief Andi Rusdiansyah (Observer): misattributed quote."},
    {"id": "F7", "kind": "VARIANT", "type": "ENTITY", "values": ["Andi Rusdiansyah", "Andi Rusdiyansyah"], "articles": [R1, P2, H3],
     "summary": "The Makassar police chief is Andi Rusdiansyah (Reuters, Observer) and Andi Rusdiyansyah (AP): one person."},
    {"id": "F8", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l2.1", "l3.2"],
     "summary": "The crush happened on Karebosi field, Makassar, South Sulawesi (all three)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t2.2", "t3.5"],
     "summary": "The crush happened early on Sunday, 29 November (all three)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.5", "n3.4"],
     "summary": "12 dead since Monday afternoon (AP, Observer)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.10", "n2.12", "n3.8"],
     "summary": "The permit allowed 15,000 people (all three)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.9", "n3.7"],
     "summary": "Police estimated about 25,000 people on the field (Reuters, Observer)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.2", "c3.5"],
     "summary": "The governor will pay 50 million rupiah to each victim's family by Friday (Reuters; Observer: Friday, Dec. 4)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.14", "n3.6"],
     "summary": "Compensation of 50 million rupiah per family (Reuters, Observer)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.3", "t3.7"],
     "summary": "The compensation deadline: Friday (4 December) (Reuters, Observer)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.3", "c3.6"],
     "summary": "The province will pay the medical costs of the injured (Reuters, Observer)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c2.1", "c3.4"],
     "summary": "The police will name suspects within a week (AP, Observer)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.1", "d3.2"],
     "summary": "The police's one-week deadline (AP, Observer)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.2", "d3.1"],
     "summary": "The commission of inquiry has 30 days to report (AP, Observer)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.15", "n3.2"],
     "summary": "The commission has nine members (AP, Observer)."},
]

en_traps = [
    {"articles": [R1], "claims": ["t1.2", "t1.1"],
     "why": "'1615 GMT Saturday' is the same instant as 00.15 WITA Sunday (UTC+8)"},
    {"articles": [R1, P2, H3], "claims": ["n1.9", "n1.10", "n1.11", "n2.11", "n2.12", "n3.7", "n3.8"],
     "why": "estimated attendance (25,000), permitted capacity (15,000) and tickets sold (18,500 / 21,300) count different things; only the ticket figures disagree (F4)"},
    {"articles": [P2], "claims": ["n2.13", "n2.11"],
     "why": "AP reports both ticket figures with their sources (organiser on Sunday, police on Monday): not an INCONSISTENCY of AP"},
    {"articles": [R1, P2, H3], "claims": ["n1.4", "n1.7", "n2.6", "n2.7", "n3.5"],
     "why": "injured (63, 71) and hospitalised (28, 19, 15) are different counts"},
    {"articles": [R1, P2, H3], "claims": ["n1.6", "n2.2", "n2.5", "n3.4"],
     "why": "deaths 11, 10 and 12 are for different times (Sunday 8 p.m., Monday morning after the revision, Monday 2 p.m.): UPDATE, not DISCREPANCY"},
    {"articles": [R1], "claims": ["n1.3", "n1.6"],
     "why": "'at least 11' and 11 at the same time are compatible"},
    {"articles": [R1, P2, H3], "claims": ["n1.15", "n1.16", "t1.4", "l1.3", "n2.16", "t2.4", "l2.3", "n3.9", "n3.10", "t3.9", "l3.3"],
     "why": "the 2019 crush in Kendari (two dead, about 30 hurt) is background"},
    {"articles": [R1, P2, H3], "claims": ["d1.1", "d2.1", "d2.2", "d3.1", "d3.2"],
     "why": "the 20 minutes people were trapped, the police's one-week deadline and the commission's 30 days are different durations"},
    {"articles": [R1, H3], "claims": ["t1.3", "t3.7", "c3.1", "t3.6"],
     "why": "compensation by Friday (Dec. 4), suspects by the weekend and the commission's report by the end of December are different deadlines"},
    {"articles": [H3], "claims": ["t3.4", "t3.5", "t3.8"],
     "why": "the festival began on Saturday, Nov. 28 (and the crowd was counted on Saturday night); the crush came after midnight, on Sunday, Nov. 29: different events"},
    {"articles": [P2, H3], "claims": ["n2.4", "n2.1", "n2.8", "n2.10"],
     "why": "two more deaths, four critical patients and four exit gates are different things"},
    {"articles": [R1], "claims": ["n1.2", "n1.5"],
     "why": "'dozens hurt' and 'thousands of people' are vague (no single amount)"},
    {"articles": [R1], "claims": [],
     "why": "the 'Related:' line is another article's headline ('up 40% in 2026'): a link, not a claim; the reporters' cities (Makassar, Jakarta) in the byline are not claims"},
]

en_entities = {
    "Andi Rusdiansyah": ["Andi Rusdiansyah", "Rusdiansyah", "Andi Rusdiyansyah", "Rusdiyansyah", "Makassar police chief Andi Rusdiansyah",
                         "the 49-year-old police chief", "Police chief Andi Rusdiansyah"],
    "Nurhayati Palallo": ["Nurhayati Palallo", "head of the South Sulawesi health office"],
    "Ahmad Patunru": ["Ahmad Patunru", "Patunru", "South Sulawesi governor Ahmad Patunru", "Governor Ahmad Patunru"],
    "Reza Mahendra": ["Reza Mahendra", "Its director"],
    "PT Timur Gemilang Kreasi": ["PT Timur Gemilang Kreasi", "The organiser", "the organiser", "the company"],
    "Hasanuddin Rauf": ["Hasanuddin Rauf", "Rauf", "Hasanuddin University professor Hasanuddin Rauf"],
    "Nurul Aulia": ["Nurul Aulia"],
    "Fajar Ramadhan": ["Fajar Ramadhan"],
    "Sandyakala": ["Sandyakala", "the band Sandyakala"],
    "Dinas Kesehatan Sulawesi Selatan": ["The provincial health office", "the South Sulawesi health office", "health officials"],
    "Polrestabes Makassar": ["Police", "police"],
    "Makassar": ["Makassar", "Karebosi field", "the South Sulawesi provincial capital", "the South Sulawesi capital", "the east gate"],
    "South Sulawesi": ["South Sulawesi", "South Sulawesi province"],
    "Kendari": ["Kendari", "Southeast Sulawesi"],
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
