#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for talks-iran-e3-oslo-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py /work/blind4/talks-iran-e3-oslo-2026/<lang>/gold.json`;
write_gold keeps the spans of unchanged evidence).

Event (invented, written blind for claimdiff's evaluation): two days of nuclear talks between Iran (deputy foreign
minister Kourosh Ardalani, 59; AFP and Tribunnews: 'Kurosh') and the E3 (France, Germany, the UK; UK political
director Oliver Hastings quoted) with the EU coordinator Ilse Vandermeer (54, Dutch), hosted by Norway at the
Holmenkollen Park Hotel, Oslo, on Monday 7 and Tuesday 8 December 2026. Announced by Norway's foreign ministry
(spokesperson Sigrid Haugland) in Oslo on Friday 4 December; opening plenary scheduled 10.00 local (09.00 GMT,
16.00 WIB) for two hours. Held, Monday: opening plenary about three hours ('more than three hours' AFP); afternoon
bilaterals Iran-France about 45 min, Iran-Germany about 50 min (ANTARA's translation: 15), Iran-UK about an hour
(AFP: 40 minutes); working dinner hosted by foreign minister Eirik Holmsen, about 2.5 hours. Tuesday: second
plenary from 09.00, nearly five hours; closing press conference. Delegates: Iran 14 on Norway's Monday-morning list,
revised to 12 (two AEOI experts did not travel: connecting flight in Istanbul cancelled); E3 21, seven each (AFP:
18, six each); EU 5; 38 at the table (AP). Journalists accredited: about 260 Monday morning, 310 Tuesday (AP: more
than 300). Commitments: E3 hand Iran a written list of technical questions Tuesday morning; Iran sends a written
proposal on restoring IAEA inspections after the talks / within two weeks (14 days); the E3 reply in writing within
a week of receiving it; next round within weeks, Norway offers to host; Vandermeer: 'We will not leave Oslo without
a date'. Background: previous round in Istanbul, Friday 25 September 2026, about five hours; IAEA (November): about
410 kg of uranium enriched up to 60%. Iran's foreign ministry spokesman Mehdi Farahani (Tehran) denies agreeing to
let inspectors back before sanctions are eased.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-iran-e3-oslo-2026')
EVENT = ("Nuclear talks between Iran and the E3 (France, Germany, the United Kingdom) with an EU coordinator, hosted "
         "by Norway at the Holmenkollen Park Hotel, Oslo, Monday 2026-12-07 and Tuesday 2026-12-08 (written for "
         "claimdiff's evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

ARD, VAN, HAST, FAR, HAUG, HOLM = ("Kourosh Ardalani", "Ilse Vandermeer", "Oliver Hastings", "Mehdi Farahani",
                                   "Sigrid Haugland", "Eirik Holmsen")
EU = "European Union"
E3 = "E3"
NOR = "Norway"
BOTH = "Iran and E3"
HPH = "Holmenkollen Park Hotel"
TALKS = "Iran-E3 talks in Oslo"
DAY1 = "first day of the talks"
DAY2 = "second day of the talks"
PLEN1 = "opening plenary (day 1)"
PLEN1S = "opening plenary (scheduled)"
PLEN2 = "second plenary (day 2)"
BIFR, BIDE, BIUK = ("Iran-France bilateral meeting", "Iran-Germany bilateral meeting", "Iran-UK bilateral meeting")
BILAT = "bilateral meetings (day 1)"
DIN = "working dinner (day 1)"
ANN = "announcement of the talks"
PREV = "previous round (Istanbul, 2026-09-25)"
IAEA = "IAEA report on Iran's stockpile"
DEL_IR, DEL_E3, DEL_EACH, DEL_EU, DEL_ALL = ("Iranian delegation members", "E3 delegation members",
                                             "delegation members per E3 country", "EU team members",
                                             "negotiators at the table")
EXP = "AEOI experts who did not travel"
JOUR = "journalists accredited"
STOCK = "uranium enriched up to 60% (kg)"
PURITY = "enrichment level (%)"
LIVE = "live-page update"
PROP = "send a written proposal on restoring IAEA inspections"
QLIST = "hand Iran a written list of technical questions"
REPLY = "reply in writing to Iran's proposal"
NEXT = "hold the next round of talks"
DATE = "not leave Oslo without a date for the next round"
HOSTD = "host the delegations at a working dinner"
HOSTN = "host the next round"

# ---------------------------------------------------------------------------------------------- Indonesian
K1, DL, TR, AN, CN = ("01_kompas_minggu-preview.txt", "02_detik_live-oslo.txt", "03_tribunnews_selasa-pagi.txt",
                      "04_antara_reuters_senin-malam.json", "05_cnnindonesia_selasa-pagi.html")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-12-06T19:30+07:00", "cites": [],
         "note": "PREVIEW (JAKARTA dateline): Norway's foreign ministry announced the talks in Oslo on Jumat (4/12) for "
                 "Senin-Selasa (7-8/12); the opening plenary 'dijadwalkan ... berlangsung dua jam' is a plan; Iran "
                 "'akan mengirim 14 anggota delegasi' (provisional list, revised to 12 on Monday); background: the "
                 "Istanbul round of Jumat (25/9/2026), about five hours; IAEA's 410 kg; two 'Baca juga' headlines with "
                 "numbers"},
    DL: {"outlet": "detikNews", "language": "id", "published": "2026-12-08T22:40+07:00", "cites": [],
         "note": "LIVE page, newest first, seven timestamped updates (WIB) from Senin 16.10 to Selasa 22.40: Iran's "
                 "delegation 14 (16.10) revised to 12 with the reason (19.40); journalists 260 -> 310; bilaterals 45/50/"
                 "60 minutes; second plenary nearly five hours; closing commitments (proposal 'dalam dua pekan', E3 "
                 "reply within a week, next round 'dalam beberapa pekan'); renders AP's Vandermeer quote (uncredited)"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-12-08T06:10+07:00", "cites": ["AFP"],
         "note": "after AFP ('Dikutip dari AFP'); OSLO dateline; spells the Iranian 'Kurosh Ardalani'; headline "
                 "'Berunding 2 Jam' while the body says 'lebih dari tiga jam'; gives Ardalani's 'Usulan di atas kertas "
                 "...' to Vandermeer (AFP and Reuters/ANTARA give it to Ardalani); 18 E3 diplomats (six each) and a "
                 "40-minute Iran-UK meeting, as AFP"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-12-07T23:40+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_monday.txt",
         "note": ".json record; translation of the Reuters Monday wire, faithful except one value: the Iran-Germany "
                 "meeting 'about 50 minutes' became 'sekitar 15 menit'; renders the wire's quotations (three full ones "
                 "and Hastings' fragment); drops the byline and the Related line, adds its own Baca juga and "
                 "'Sumber: Reuters'"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-12-08T09:15+07:00", "cites": [],
         "note": "HTML page (byline/date <div>s and the <figcaption> are not in the extracted text); Jakarta dateline; "
                 "Tuesday morning piece that mostly repeats Monday with one new figure: the working dinner lasted "
                 "about two and a half hours; its lead dates day one 'Senin (8/12/2026)' (Monday was 7/12)"},
}

id_claims = [
    # 01 Kompas.com preview (Sunday)
    D("k.d0", K1, "Akan Berunding Dua Hari", 2880, TALKS, core=False, zone="HEADLINE", expected=True),
    L("k.l0", K1, "di Oslo Mulai Senin", "Oslo", core=False, zone="HEADLINE"),
    T("k.t0", K1, "Mulai Senin", DAY1, "2026-12-07", "MONDAY", core=False, zone="HEADLINE"),
    L("k.l1", K1, "perundingan nuklir di Oslo, Norwegia", "Oslo", note="the planned place"),
    T("k.t1", K1, "Senin (7/12/2026)", DAY1, "2026-12-07", "MONDAY", note="planned, stated the day before"),
    T("k.t2", K1, "Selasa (8/12/2026)", DAY2, "2026-12-08", "TUESDAY"),
    T("k.t3", K1, "keterangan pers di Oslo, Jumat (4/12/2026)", ANN, "2026-12-04", "FRIDAY", core=False,
      note="the announcement date, not the talks"),
    L("k.l2", K1, "keterangan pers di Oslo", "Oslo", core=False, event=ANN),
    S("k.s1", K1, "Juru bicara Kemenlu Norwegia Sigrid Haugland mengatakan, perundingan akan digelar di Holmenkollen "
                  "Park Hotel", HAUG),
    L("k.l3", K1, "perundingan akan digelar di Holmenkollen Park Hotel", "Oslo", venue=HPH, note="the planned venue"),
    T("k.t4", K1, "dijadwalkan dimulai pukul 10.00 waktu setempat", "opening plenary start (planned)", "2026-12-07",
      "MONDAY", core=False, expected=True),
    D("k.d1", K1, "berlangsung dua jam", 120, PLEN1S, expected=True, note="the schedule; it lasted about three hours"),
    Q("k.q1", K1, "Norwegia hanya menyediakan ruangan dan kopi. Isi perundingan sepenuhnya milik para pihak", HAUG),
    N("k.n1", K1, "Iran akan mengirim 14 anggota delegasi", 14, DEL_IR, expected=True, as_of="2026-12-06",
      note="Norway's provisional list; revised to 12 on Monday"),
    L("k.l4", K1, "Putaran sebelumnya digelar di Istanbul, Turki", "Istanbul", core=False, event=PREV,
      note="background"),
    T("k.t5", K1, "pada Jumat (25/9/2026)", PREV, "2026-09-25", "FRIDAY", core=False, note="background"),
    D("k.d2", K1, "berlangsung sekitar lima jam", 300, PREV, core=False, bound="about", note="background"),
    T("k.t6", K1, "laporan IAEA bulan lalu", IAEA, "2026-11", None, core=False, note="background"),
    N("k.n2", K1, "sekitar 410 kilogram uranium", 410, STOCK, core=False, bound="about", note="background"),
    N("k.n3", K1, "diperkaya hingga 60 persen", 60, PURITY, core=False, bound="at-most", note="background"),

    # 02 detikNews live page (newest first)
    L("dl.l0", DL, "Perundingan Nuklir Iran-E3 di Oslo", "Oslo", core=False, zone="HEADLINE"),
    D("dl.d0", DL, "berunding selama dua hari", 2880, TALKS),
    L("dl.l1", DL, "di Oslo, Norwegia, soal program nuklir", "Oslo"),
    D("dl.d00", DL, "Oslo enam jam lebih lambat", 360, "time difference WIB-Oslo", core=False,
      note="a time difference, not something that lasted"),
    T("dl.u1", DL, "Update 22.40 WIB, Selasa (8/12/2026)", LIVE, "2026-12-08", "TUESDAY", core=False),
    S("dl.s1", DL, "Koordinator Uni Eropa Ilse Vandermeer mengatakan putaran berikutnya akan digelar dalam beberapa "
                   "pekan", VAN),
    K("dl.c1", DL, "putaran berikutnya akan digelar dalam beberapa pekan", BOTH, NEXT, None, "within weeks"),
    S("dl.s2", DL, "Kourosh Ardalani menyatakan Teheran akan mengirimkan proposal tertulis", ARD),
    K("dl.c2", DL, "Teheran akan mengirimkan proposal tertulis soal pemulihan inspeksi IAEA dalam dua pekan", "Iran",
      PROP, E3, "within two weeks"),
    K("dl.c3", DL, "ketiga negara Eropa akan menjawab proposal itu secara tertulis paling lambat sepekan setelah "
                   "menerimanya", E3, REPLY, "Iran", "within a week of receiving Iran's proposal"),
    Q("dl.q1", DL, "Kami sudah punya tanggal di kepala, dan itu tidak jauh", VAN,
      note="attributed by the description 'diplomat Belanda berusia 54 tahun itu'"),
    T("dl.u2", DL, "Update 20.05 WIB, Selasa (8/12/2026)", LIVE, "2026-12-08", "TUESDAY", core=False),
    D("dl.d1", DL, "berlangsung hampir lima jam", 300, PLEN2, bound="nearly"),
    T("dl.t1", DL, "Sidang dimulai pukul 09.00 waktu Oslo atau 15.00 WIB", "second plenary start", "2026-12-08",
      "TUESDAY", core=False, note="the same moment in two time zones"),
    T("dl.u3", DL, "Update 15.20 WIB, Selasa (8/12/2026)", LIVE, "2026-12-08", "TUESDAY", core=False),
    N("dl.n1", DL, "310 wartawan kini terakreditasi", 310, JOUR, as_of="2026-12-08T15:20+07:00",
      note="Norway's foreign ministry"),
    N("dl.n2", DL, "naik dari 260 orang", 260, JOUR, core=False, as_of="2026-12-07", note="the earlier count"),
    T("dl.t2", DL, "pada Senin pagi", "journalist count (as of)", "2026-12-07", "MONDAY", core=False),
    L("dl.l2", DL, "Dari Teheran", "Tehran", core=False, note="where the spokesman spoke"),
    S("dl.s3", DL, "juru bicara Kemenlu Iran Mehdi Farahani membantah Iran sudah setuju membuka kembali akses "
                   "inspektur sebelum sanksi dilonggarkan", FAR, note="denial"),
    T("dl.u4", DL, "Update 23.10 WIB, Senin (7/12/2026)", LIVE, "2026-12-07", "MONDAY", core=False),
    D("dl.d2", DL, "Pertemuan dengan Perancis berlangsung sekitar 45 menit", 45, BIFR, bound="about"),
    D("dl.d3", DL, "dengan Jerman sekitar 50 menit", 50, BIDE, bound="about"),
    D("dl.d4", DL, "dengan Inggris sekitar satu jam", 60, BIUK, bound="about"),
    T("dl.t3", DL, "Malam ini Menteri Luar Negeri Norwegia Eirik Holmsen menjamu", DIN, "2026-12-07", "MONDAY",
      core=False, note="'malam ini' in the Monday 23.10 WIB update"),
    T("dl.u5", DL, "Update 19.40 WIB, Senin (7/12/2026)", LIVE, "2026-12-07", "MONDAY", core=False),
    D("dl.d5", DL, "berlangsung sekitar tiga jam, lebih lama dari jadwal", 180, PLEN1, bound="about"),
    N("dl.n3", DL, "merevisi jumlah delegasi Iran menjadi 12 orang", 12, DEL_IR, as_of="2026-12-07T19:40+07:00",
      revision="merevisi", note="revised from 14 with the reason"),
    N("dl.n4", DL, "dari sebelumnya 14 orang", 14, DEL_IR, core=False, revision="sebelumnya",
      note="the superseded count"),
    N("dl.n5", DL, "Dua ahli Organisasi Energi Atom Iran batal berangkat", 2, EXP, core=False,
      note="the reason for the revision"),
    L("dl.l3", DL, "penerbangan lanjutan mereka di Istanbul dibatalkan", "Istanbul", core=False,
      event="cancelled connecting flight"),
    Q("dl.q2", DL, "Kami tidak datang ke Oslo untuk mengulang posisi lama", ARD),
    L("dl.l4", DL, "kepada wartawan di lobi hotel", "Oslo", core=False, venue=HPH),
    T("dl.u6", DL, "Update 16.10 WIB, Senin (7/12/2026)", LIVE, "2026-12-07", "MONDAY", core=False),
    L("dl.l5", DL, "dimulai di Holmenkollen Park Hotel, Oslo", "Oslo", venue=HPH),
    T("dl.t4", DL, "pukul 10.00 waktu setempat", "opening plenary start", "2026-12-07", "MONDAY", core=False),
    N("dl.n6", DL, "Iran datang dengan 14 anggota delegasi", 14, DEL_IR, as_of="2026-12-07T16:10+07:00",
      note="Norway's list of Monday morning; revised to 12 at 19.40 WIB"),
    N("dl.n7", DL, "21 diplomat dan ahli", 21, DEL_E3),
    N("dl.n8", DL, "masing-masing tujuh orang", 7, DEL_EACH),
    N("dl.n9", DL, "Uni Eropa dengan lima orang", 5, DEL_EU),
    N("dl.n10", DL, "Sekitar 260 wartawan terakreditasi", 260, JOUR, bound="about", as_of="2026-12-07T16:10+07:00"),

    # 03 Tribunnews (after AFP, Tuesday morning)
    D("t.d0", TR, "Berunding 2 Jam di Oslo", 120, PLEN1, zone="HEADLINE",
      note="headline; the body says 'lebih dari tiga jam' (INCONSISTENCY)"),
    L("t.l0", TR, "di Oslo, Teheran", "Oslo", core=False, zone="HEADLINE"),
    K("t.c0", TR, "Teheran Janji Kirim Usulan Tertulis", "Iran", PROP, E3, None, core=False, zone="HEADLINE"),
    L("t.l1", TR, "perundingan nuklir hari pertama di Oslo, Norwegia", "Oslo"),
    T("t.t1", TR, "Senin (7/12/2026)", DAY1, "2026-12-07", "MONDAY"),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d1", TR, "selama lebih dari tiga jam", 180, PLEN1, bound="more-than"),
    D("t.d2", TR, "pertemuan selama 40 menit dengan tim Inggris", 40, BIUK),
    N("t.n1", TR, "mengirim 18 diplomat", 18, DEL_E3),
    N("t.n2", TR, "masing-masing enam orang", 6, DEL_EACH),
    N("t.n3", TR, "Iran datang dengan 12 orang", 12, DEL_IR),
    N("t.n4", TR, "dengan lima orang", 5, DEL_EU),
    Q("t.q1", TR, "Usulan di atas kertas lebih berharga daripada seratus pernyataan", VAN,
      note="misattributed: Ardalani's words in AFP and Reuters/ANTARA"),
    K("t.c1", TR, "Teheran akan mengirimkan gagasannya secara tertulis setelah perundingan selesai", "Iran", PROP, E3,
      "after the talks"),
    K("t.c2", TR, "negara-negara Eropa akan menyerahkan daftar pertanyaan teknis kepada delegasi Iran pada Selasa pagi",
      E3, QLIST, "Iran", "Tuesday morning (2026-12-08)"),
    T("t.t2", TR, "delegasi Iran pada Selasa pagi", "list of questions to be handed over", "2026-12-08", "TUESDAY",
      core=False, expected=True),
    Q("t.q2", TR, "Tidak ada seorang pun di ruangan ini yang menginginkan krisis pada Januari", VAN),
    T("t.t3", TR, "Perundingan dilanjutkan pada Selasa pukul 09.00 waktu setempat", DAY2, "2026-12-08", "TUESDAY",
      core=False, expected=True),

    # 04 ANTARA (translation of Reuters, Monday night)
    D("a.d00", AN, "mulai perundingan nuklir dua hari", 2880, TALKS, core=False, zone="HEADLINE"),
    L("a.l0", AN, "nuklir dua hari di Oslo", "Oslo", core=False, zone="HEADLINE"),
    D("a.d0", AN, "perundingan nuklir selama dua hari", 2880, TALKS),
    L("a.l1", AN, "selama dua hari di Oslo", "Oslo"),
    T("a.t1", AN, "di Oslo pada Senin", DAY1, "2026-12-07", "MONDAY"),
    A("a.a1", AN, "sebagaimana dilansir dari Reuters", "Reuters"),
    L("a.l2", AN, "Perundingan di Holmenkollen Park Hotel", "Oslo", venue=HPH),
    T("a.t2", AN, "dimulai pukul 10.00 (09.00 GMT)", "opening plenary start", "2026-12-07", "MONDAY", core=False,
      note="local time and GMT, the same moment"),
    D("a.d1", AN, "berlangsung sekitar tiga jam", 180, PLEN1, bound="about"),
    D("a.d2", AN, "bertemu delegasi Prancis selama sekitar 45 menit", 45, BIFR, bound="about"),
    D("a.d3", AN, "delegasi Jerman selama sekitar 15 menit", 15, BIDE, bound="about",
      note="the translation's changed value: Reuters wrote about 50 minutes"),
    D("a.d4", AN, "delegasi Inggris selama sekitar satu jam", 60, BIUK, bound="about"),
    N("a.n1", AN, "Delegasi Iran beranggotakan 12 orang", 12, DEL_IR, as_of="2026-12-07"),
    N("a.n2", AN, "berkurang dari 14 orang", 14, DEL_IR, core=False, revision="berkurang dari",
      note="the superseded count of Monday morning"),
    T("a.t3", AN, "Kementerian Luar Negeri Norwegia pada Senin pagi", "delegation list (as of)", "2026-12-07",
      "MONDAY", core=False),
    N("a.n3", AN, "dua ahli dari Organisasi Energi Atom Iran batal berangkat", 2, EXP, core=False),
    L("a.l3", AN, "penerbangan lanjutan mereka di Istanbul dibatalkan", "Istanbul", core=False,
      event="cancelled connecting flight"),
    N("a.n4", AN, "21 diplomat dan ahli Eropa", 21, DEL_E3),
    N("a.n5", AN, "masing-masing tujuh orang", 7, DEL_EACH),
    N("a.n6", AN, "tim Uni Eropa yang beranggotakan lima orang", 5, DEL_EU),
    Q("a.q1", AN, "Kami tidak datang ke Oslo untuk mengulang posisi lama", ARD),
    L("a.l4", AN, "kepada wartawan di lobi hotel", "Oslo", core=False, venue=HPH),
    Q("a.q2", AN, "Usulan di atas kertas lebih berharga daripada seratus pernyataan", ARD),
    K("a.c1", AN, "Teheran akan mengirimkan usulan tertulis setelah perundingan usai", "Iran", PROP, E3,
      "after the talks"),
    S("a.s1", AN, "Koordinator Uni Eropa Ilse Vandermeer mengatakan pihak Eropa akan menyerahkan daftar tertulis "
                  "berisi pertanyaan teknis kepada Iran pada Selasa pagi", VAN),
    K("a.c2", AN, "pihak Eropa akan menyerahkan daftar tertulis berisi pertanyaan teknis kepada Iran pada Selasa pagi",
      E3, QLIST, "Iran", "Tuesday morning (2026-12-08)"),
    T("a.t4", AN, "kepada Iran pada Selasa pagi", "list of questions to be handed over", "2026-12-08", "TUESDAY",
      core=False, expected=True),
    Q("a.q3", AN, "Kami tidak akan meninggalkan Oslo tanpa tanggal untuk putaran berikutnya", VAN,
      note="attributed by the description 'diplomat Belanda itu'"),
    K("a.c3", AN, "Kami tidak akan meninggalkan Oslo tanpa tanggal untuk putaran berikutnya", EU, DATE, None,
      "before the talks end", note="first-person promise in Vandermeer's quote"),
    Q("a.q4", AN, "terus terang, dan lebih lama daripada yang kami rencanakan", HAST, core=False, fragment=True),
    N("a.n7", AN, "Sekitar 260 wartawan telah terakreditasi", 260, JOUR, bound="about", as_of="2026-12-07"),
    T("a.t5", AN, "hingga Senin pagi", "journalist count (as of)", "2026-12-07", "MONDAY", core=False),
    K("a.c4", AN, "Menteri Luar Negeri Eirik Holmsen akan menjamu para delegasi dalam jamuan makan malam kerja", NOR,
      HOSTD, "the delegations", "Monday evening (2026-12-07)", core=False),
    T("a.t6", AN, "jamuan makan malam kerja pada Senin malam", DIN, "2026-12-07", "MONDAY", core=False),
    T("a.t7", AN, "IAEA pada November", IAEA, "2026-11", None, core=False, note="background"),
    N("a.n8", AN, "sekitar 410 kilogram uranium", 410, STOCK, core=False, bound="about", note="background"),
    N("a.n9", AN, "hingga kemurnian 60 persen", 60, PURITY, core=False, bound="at-most", note="background"),
    L("a.l5", AN, "Putaran terakhir di Istanbul", "Istanbul", core=False, event=PREV, note="background"),
    T("a.t8", AN, "di Istanbul pada 25 September", PREV, "2026-09-25", "FRIDAY", core=False, note="background"),
    D("a.d5", AN, "berlangsung sekitar lima jam", 300, PREV, core=False, bound="about", note="background"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 CNN Indonesia (HTML, Tuesday morning)
    L("c.l0", CN, "Kerja di Oslo", "Oslo", core=False, zone="HEADLINE"),
    L("c.l1", CN, "perundingan nuklir di Oslo, Norwegia", "Oslo"),
    T("c.t1", CN, "Senin (8/12/2026)", DAY1, "2026-12-08", "MONDAY",
      note="wrong: 8 December 2026 is a Tuesday; day one was Senin 7/12"),
    D("c.d1", CN, "berlangsung sekitar dua setengah jam", 150, DIN, bound="about", note="the article's one new figure"),
    D("c.d2", CN, "berlangsung sekitar tiga jam", 180, PLEN1, bound="about"),
    L("c.l2", CN, "sidang pleno pembuka di Holmenkollen Park Hotel", "Oslo", venue=HPH),
    N("c.n1", CN, "Iran mengirim 12 anggota delegasi", 12, DEL_IR),
    N("c.n2", CN, "Jerman 21 orang", 21, DEL_E3),
    N("c.n3", CN, "mengirim lima orang", 5, DEL_EU),
    Q("c.q1", CN, "Kami tidak datang ke Oslo untuk mengulang posisi lama", ARD),
    K("c.c1", CN, "pihak Eropa akan memberikan daftar pertanyaan teknis kepada Iran pada Selasa pagi", E3, QLIST,
      "Iran", "Tuesday morning (2026-12-08)"),
    T("c.t2", CN, "kepada Iran pada Selasa pagi", "list of questions to be handed over", "2026-12-08", "TUESDAY",
      core=False, expected=True),
    T("c.t3", CN, "dijadwalkan dimulai pukul 09.00 waktu Oslo atau 15.00 WIB", DAY2, "2026-12-08", "TUESDAY",
      core=False, expected=True),
    L("c.l3", CN, "Putaran sebelumnya di Istanbul", "Istanbul", core=False, event=PREV, note="background"),
    T("c.t4", CN, "di Istanbul pada September", PREV, "2026-09", None, core=False, note="background"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k.n1", "dl.n6", "dl.n3"],
     "summary": "Iran's delegation: 14 on Norway's provisional list (01, Sunday; 02 at 16.10 WIB Monday), revised to 12 "
                "at 19.40 WIB because two AEOI experts did not travel after their connecting flight in Istanbul was "
                "cancelled (02; 12 also in 03, 04, 05)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["dl.n10", "dl.n1"],
     "summary": "Journalists accredited: about 260 on Monday (02 at 16.10 WIB, 04), 310 on Tuesday (02 at 15.20 WIB)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["t.n1", "dl.n7", "a.n4", "c.n2"],
     "summary": "E3 delegates: 18 in Tribunnews (after AFP) vs 21 in detikNews, ANTARA (after Reuters) and CNN "
                "Indonesia."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["t.n2", "dl.n8", "a.n5"],
     "summary": "Delegates per E3 country: six (Tribunnews) vs seven (detikNews, ANTARA)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d2", "dl.d4", "a.d4"],
     "summary": "Iran-UK meeting: 40 minutes (Tribunnews, after AFP) vs about an hour (detikNews, ANTARA)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["a.d3", "dl.d3"],
     "summary": "Iran-Germany meeting: about 15 minutes in ANTARA (the translation's changed value; Reuters says about "
                "50) vs about 50 minutes in detikNews."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "a.q2"],
     "summary": "'Usulan di atas kertas lebih berharga daripada seratus pernyataan' is Ardalani's in ANTARA (after "
                "Reuters; AFP too), Vandermeer's in Tribunnews."},
    {"id": "F8", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "k.t1", "t.t1", "a.t1"],
     "summary": "CNN Indonesia dates day one 'Senin (8/12/2026)'; Kompas.com and Tribunnews say Senin (7/12/2026), "
                "ANTARA Monday (8 December 2026 is a Tuesday)."},
    {"id": "F9", "kind": "INCONSISTENCY", "type": "DURATION", "claims": ["t.d0", "t.d1"],
     "summary": "Tribunnews: the headline says they talked '2 Jam', the body says the plenary lasted 'lebih dari tiga "
                "jam'."},
    {"id": "F10", "kind": "VARIANT", "type": "ENTITY", "values": ["Kourosh Ardalani", "Kurosh Ardalani"],
     "articles": [K1, DL, TR, AN, CN],
     "summary": "Iran's deputy foreign minister: Kourosh (Kompas.com, detikNews, ANTARA, CNN Indonesia), Kurosh "
                "(Tribunnews); one person."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k.t1", "t.t1", "a.t1"],
     "summary": "Day one was Monday 7 December 2026 (01 announced it, 03, 04)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l3", "dl.l5", "a.l2", "c.l2", "t.l1"],
     "summary": "The talks were held in Oslo, at the Holmenkollen Park Hotel (Tribunnews: Oslo)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["dl.d5", "a.d1", "c.d2", "t.d1"],
     "summary": "The opening plenary lasted about three hours (Tribunnews body: more than three hours)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "DURATION", "claims": ["dl.d2", "a.d2"],
     "summary": "Iran-France meeting: about 45 minutes (02, 04)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["dl.n3", "t.n3", "a.n1", "c.n1"],
     "summary": "Iran's delegation had 12 members after the revision (02, 03, 04, 05)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["dl.n9", "t.n4", "a.n6", "c.n3"],
     "summary": "The EU team had five members (02, 03, 04, 05)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["t.c2", "a.c2", "c.c1"],
     "summary": "The Europeans will hand / give Iran a (written) list of technical questions on Tuesday morning "
                "('menyerahkan' / 'memberikan')."},
    {"id": "F18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["t.c1", "a.c1"],
     "summary": "Tehran will send its proposal / ideas in writing after the talks (03, 04)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["dl.q2", "a.q1", "c.q1"],
     "summary": "Ardalani: 'Kami tidak datang ke Oslo untuk mengulang posisi lama' (02, 04, 05)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["dl.n10", "a.n7"],
     "summary": "About 260 journalists accredited on Monday morning (02, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "DURATION", "claims": ["dl.d0", "a.d0"],
     "summary": "Two days of talks (02, 04; 01 announced two days)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["dl.n7", "a.n4", "c.n2"],
     "summary": "21 European diplomats and experts (02, 04, 05)."},
]

id_traps = [
    {"articles": [K1, DL, AN, CN, TR], "claims": ["k.d1", "dl.d5", "a.d1", "c.d2", "t.d1"],
     "why": "the opening plenary was scheduled for two hours (preview) and lasted about three: schedule vs what "
            "happened"},
    {"articles": [DL, AN, CN, TR],
     "claims": ["dl.d5", "dl.d2", "dl.d3", "dl.d4", "dl.d1", "a.d1", "a.d2", "a.d4", "c.d1", "c.d2", "t.d1", "t.d2"],
     "why": "separately timed parts: the opening plenary (about three hours), the bilaterals (45 / 50 / about 60 "
            "minutes), the working dinner (about 2.5 hours), the second plenary (nearly five hours) are different "
            "things"},
    {"articles": [K1, AN, CN, DL], "claims": ["k.d2", "a.d5", "dl.d1", "k.t5", "a.t8", "c.t4", "k.l4", "a.l5", "c.l3"],
     "why": "background: the Istanbul round of 25 September 2026 (about five hours) is another event; its five hours "
            "are not the second plenary's 'hampir lima jam'"},
    {"articles": [K1], "claims": ["k.t3", "k.l2", "k.t1"],
     "why": "the preview's announcement (Oslo, Jumat 4/12) is not the talks (Senin-Selasa 7-8/12)"},
    {"articles": [K1, DL, AN], "claims": ["k.n1", "dl.n6", "dl.n4", "a.n2", "dl.n3", "a.n1"],
     "why": "14 Iranian delegates was Norway's provisional / Monday-morning list, revised to 12 with the reason: an "
            "UPDATE, not a discrepancy"},
    {"articles": [DL, AN, TR, CN],
     "claims": ["dl.n3", "dl.n7", "dl.n8", "dl.n9", "dl.n5", "dl.n10", "a.n1", "a.n4", "a.n5", "a.n6", "a.n3",
                "t.n3", "t.n4", "c.n1", "c.n2", "c.n3"],
     "why": "different things counted: Iranian delegates (12), E3 delegates (21, seven per country), EU team (5), AEOI "
            "experts who stayed home (2), journalists (260 / 310)"},
    {"articles": [DL, AN, K1, CN], "claims": ["dl.t1", "dl.t4", "a.t2", "k.t4", "c.t3", "dl.d00"],
     "why": "10.00 local = 09.00 GMT = 16.00 WIB; 09.00 Oslo = 15.00 WIB; the live page's stamps are WIB: different "
            "clocks, not different times"},
    {"articles": [DL], "claims": ["dl.u1", "dl.u2", "dl.u3", "dl.u4", "dl.u5", "dl.u6"],
     "why": "the live page's update stamps (Senin and Selasa) are publication times, not the date of the talks"},
    {"articles": [DL, AN, CN], "claims": ["dl.l2", "dl.l3", "a.l3", "dl.l4", "a.l4"],
     "why": "Tehran (spokesman), Istanbul (the cancelled flight) and the Jakarta dateline of 02 and 05 are not the "
            "venue of the talks"},
    {"articles": [DL], "claims": ["dl.s3", "dl.c2"],
     "why": "Farahani denies agreeing to let inspectors back before sanctions are eased; not a contradiction of the "
            "promise to send a written proposal"},
    {"articles": [TR, AN, DL], "claims": ["t.c1", "a.c1", "dl.c2"],
     "why": "'setelah perundingan usai' (Monday) and 'dalam dua pekan' (Tuesday's close) are the same promise, "
            "made more precise later"},
    {"articles": [K1, AN], "claims": ["k.n2", "k.n3", "a.n8", "a.n9", "k.t6", "a.t7"],
     "why": "background: IAEA's November report (about 410 kg enriched up to 60%)"},
    {"articles": [K1, DL, TR], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('3 Syarat', '5 Fakta', 'Iran Kirim 14 Delegasi', "
            "'7 Negara'): links, not claims"},
    {"articles": [DL, CN], "claims": ["dl.n2", "dl.n1", "dl.n10"],
     "why": "260 (Monday morning) and 310 (Tuesday) journalists are counts at different times"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, AP = "01_reuters_monday.txt", "02_afp_monday.html", "03_ap_tuesday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-12-07T16:12Z", "cites": [],
        "note": "OSLO, Dec 7 dateline (no year); day one: plenary about three hours, bilaterals 45/50/60 minutes; Iran's "
                "delegation 12, down from 14 with the reason; 21 Europeans (seven each), five EU; about 260 "
                "journalists; background Istanbul and IAEA; a Related line with '14 Iranian delegates'"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-12-07T16:35Z", "cites": [],
        "note": "HTML page (byline/date <div>s and the <figcaption> are not in the extracted text); spells 'Kurosh "
                "Ardalani'; 18 E3 diplomats (six each) vs Reuters' 21 (seven each); Iran-UK 40 minutes vs Reuters' "
                "about an hour; more than three hours of plenary"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-12-08T15:55Z", "cites": [],
         "note": ".json record; OSLO, Norway dateline, Tuesday; the close: written proposal 'within 14 days', E3 reply "
                 "within a week of receiving it, next round within weeks; second plenary nearly five hours; working "
                 "dinner about 2.5 hours; 38 at the table; more than 300 journalists; Farahani's denial"},
}

en_claims = [
    # Reuters (Monday)
    L("r.l0", R, "open Oslo nuclear talks", "Oslo", core=False, zone="HEADLINE"),
    D("r.d0", R, "two days of nuclear talks", 2880, TALKS),
    L("r.l1", R, "nuclear talks in Oslo", "Oslo"),
    T("r.t1", R, "in Oslo on Monday", DAY1, "2026-12-07", "MONDAY"),
    L("r.l2", R, "The talks at the Holmenkollen Park Hotel", "Oslo", venue=HPH),
    T("r.t2", R, "began at 10 a.m. (0900 GMT)", "opening plenary start", "2026-12-07", "MONDAY", core=False,
      note="local time and GMT, the same moment"),
    D("r.d1", R, "lasted about three hours", 180, PLEN1, bound="about"),
    D("r.d2", R, "met the French delegation for about 45 minutes", 45, BIFR, bound="about"),
    D("r.d3", R, "the German delegation for about 50 minutes", 50, BIDE, bound="about"),
    D("r.d4", R, "the British delegation for about an hour", 60, BIUK, bound="about"),
    N("r.n1", R, "Iran's delegation has 12 members", 12, DEL_IR, as_of="2026-12-07"),
    N("r.n2", R, "down from the 14 listed", 14, DEL_IR, core=False, revision="down from",
      note="the superseded count of Monday morning"),
    T("r.t3", R, "foreign ministry on Monday morning", "delegation list (as of)", "2026-12-07", "MONDAY", core=False),
    N("r.n3", R, "two experts from the Atomic Energy Organization of Iran did not travel", 2, EXP, core=False),
    L("r.l3", R, "their connecting flight in Istanbul was cancelled", "Istanbul", core=False,
      event="cancelled connecting flight"),
    N("r.n4", R, "The 21 European diplomats and experts", 21, DEL_E3),
    N("r.n5", R, "seven from each of the three countries", 7, DEL_EACH),
    N("r.n6", R, "a five-member EU team", 5, DEL_EU),
    Q("r.q1", R, "We did not come to Oslo to repeat old positions", ARD),
    L("r.l4", R, "told reporters in the hotel lobby", "Oslo", core=False, venue=HPH),
    Q("r.q2", R, "A proposal on paper is worth more than a hundred statements", ARD),
    K("r.c1", R, "Tehran would send a written proposal once the talks were over", "Iran", PROP, E3, "after the talks"),
    S("r.s1", R, "EU coordinator Ilse Vandermeer said the European side would hand Iran a written list of technical "
                 "questions on Tuesday morning", VAN),
    K("r.c2", R, "the European side would hand Iran a written list of technical questions on Tuesday morning", E3,
      QLIST, "Iran", "Tuesday morning (2026-12-08)"),
    T("r.t4", R, "technical questions on Tuesday morning", "list of questions to be handed over", "2026-12-08",
      "TUESDAY", core=False, expected=True),
    Q("r.q3", R, "We will not leave Oslo without a date for the next round", VAN,
      note="attributed by the description 'the Dutch diplomat'"),
    K("r.c3", R, "We will not leave Oslo without a date for the next round", EU, DATE, None, "before the talks end",
      note="first-person promise in Vandermeer's quote"),
    Q("r.q4", R, "frank, and longer than any of us planned", HAST, core=False, fragment=True),
    N("r.n7", R, "About 260 journalists had been accredited", 260, JOUR, bound="about", as_of="2026-12-07"),
    T("r.t5", R, "as of Monday morning", "journalist count (as of)", "2026-12-07", "MONDAY", core=False),
    K("r.c4", R, "Foreign Minister Eirik Holmsen would host the delegations at a working dinner", NOR, HOSTD,
      "the delegations", "Monday evening (2026-12-07)", core=False),
    T("r.t6", R, "a working dinner on Monday evening", DIN, "2026-12-07", "MONDAY", core=False),
    T("r.t7", R, "The IAEA said in November", IAEA, "2026-11", None, core=False, note="background"),
    N("r.n8", R, "about 410 kg of uranium", 410, STOCK, core=False, bound="about", note="background"),
    N("r.n9", R, "up to 60% purity", 60, PURITY, core=False, bound="at-most", note="background"),
    L("r.l5", R, "The last round, in Istanbul", "Istanbul", core=False, event=PREV, note="background"),
    T("r.t8", R, "in Istanbul on Sept. 25", PREV, "2026-09-25", "FRIDAY", core=False, note="background"),
    D("r.d5", R, "lasted about five hours", 300, PREV, core=False, bound="about", note="background"),

    # AFP (HTML, Monday)
    L("p.l0", P, "talk for hours in Oslo", "Oslo", core=False, zone="HEADLINE"),
    D("p.d1", P, "held more than three hours of plenary talks", 180, PLEN1, bound="more-than"),
    L("p.l1", P, "plenary talks in Oslo", "Oslo"),
    T("p.t1", P, "in Oslo on Monday", DAY1, "2026-12-07", "MONDAY"),
    D("p.d0", P, "the first of two days of meetings", 2880, TALKS),
    D("p.d2", P, "one of 40 minutes with the British team", 40, BIUK),
    N("p.n1", P, "sent 18 diplomats between them", 18, DEL_E3),
    N("p.n2", P, "six each", 6, DEL_EACH),
    N("p.n3", P, "while Iran came with 12", 12, DEL_IR),
    N("p.n4", P, "coordinates the talks, with five", 5, DEL_EU),
    Q("p.q1", P, "A proposal on paper is worth more than a hundred statements", ARD),
    K("p.c1", P, "Tehran would send its ideas in writing after the talks", "Iran", PROP, E3, "after the talks",
      note="attributed by the description 'The 59-year-old diplomat'"),
    K("p.c2", P, "the Europeans would give the Iranians a list of technical questions on Tuesday morning", E3, QLIST,
      "Iran", "Tuesday morning (2026-12-08)"),
    T("p.t2", P, "technical questions on Tuesday morning", "list of questions to be handed over", "2026-12-08",
      "TUESDAY", core=False, expected=True),
    Q("p.q2", P, "Nobody in this room wants a crisis in January", VAN),
    L("p.l2", P, "In Tehran", "Tehran", core=False, note="where the spokesman spoke"),
    Q("p.q3", P, "full authority to negotiate, but not to give away rights", FAR, core=False, fragment=True),
    K("p.c3", P, "was to host the delegations at a working dinner", NOR, HOSTD, "the delegations",
      "Monday evening (2026-12-07)", core=False),
    T("p.t3", P, "a working dinner on Monday evening", DIN, "2026-12-07", "MONDAY", core=False),
    T("p.t4", P, "The talks resume at 9:00 am on Tuesday", DAY2, "2026-12-08", "TUESDAY", core=False, expected=True),

    # AP (.json, Tuesday)
    K("ap.c0", AP, "Iran to send written nuclear proposal within 14 days", "Iran", PROP, E3, "within 14 days",
      core=False, zone="HEADLINE"),
    L("ap.l0", AP, "as Oslo talks end", "Oslo", core=False, zone="HEADLINE"),
    K("ap.c1", AP, "Iran will send the three European powers a written proposal on restoring U.N. inspections of its "
                   "nuclear sites within 14 days", "Iran", PROP, E3, "within 14 days"),
    T("ap.t1", AP, "its chief negotiator said Tuesday", "close of the talks", "2026-12-08", "TUESDAY"),
    D("ap.d0", AP, "two days of talks", 2880, TALKS),
    L("ap.l1", AP, "talks in Norway's capital", "Oslo"),
    K("ap.c2", AP, "a promise to meet again within weeks", BOTH, NEXT, None, "within weeks"),
    D("ap.d1", AP, "spent nearly five hours in a second plenary session", 300, PLEN2, bound="nearly"),
    T("ap.t2", AP, "second plenary session on Tuesday", PLEN2, "2026-12-08", "TUESDAY"),
    D("ap.d2", AP, "a three-hour opening plenary", 180, PLEN1),
    T("ap.t3", AP, "separate meetings on Monday", BILAT, "2026-12-07", "MONDAY"),
    T("ap.t4", AP, "Eirik Holmsen on Monday evening", DIN, "2026-12-07", "MONDAY"),
    D("ap.d3", AP, "lasted about two and a half hours", 150, DIN, bound="about"),
    Q("ap.q1", AP, "We will put everything we discussed here on paper, and we will do it quickly", ARD),
    K("ap.c3", AP, "We will put everything we discussed here on paper, and we will do it quickly", "Iran", PROP, E3,
      "quickly", core=False, note="first-person promise in Ardalani's quote"),
    L("ap.l2", AP, "told reporters at the Holmenkollen Park Hotel", "Oslo", venue=HPH),
    S("ap.s1", AP, "EU coordinator Ilse Vandermeer said a written reply from the Europeans would be delivered within a "
                   "week of receiving Iran's text", VAN),
    K("ap.c4", AP, "a written reply from the Europeans would be delivered within a week of receiving Iran's text", E3,
      REPLY, "Iran", "within a week of receiving Iran's proposal"),
    K("ap.c5", AP, "The next round will be held within weeks", BOTH, NEXT, None, "within weeks"),
    K("ap.c6", AP, "Norway has offered to host it again", NOR, HOSTN, None, None, core=False, note="an offer"),
    Q("ap.q2", AP, "We have a date in mind, and it is not far away", VAN),
    N("ap.n1", AP, "Thirty-eight negotiators sat at the table", 38, DEL_ALL, note="12 + 21 + 5"),
    N("ap.n2", AP, "12 Iranians", 12, DEL_IR),
    N("ap.n3", AP, "21 Europeans from the three countries", 21, DEL_E3),
    N("ap.n4", AP, "five EU officials", 5, DEL_EU),
    L("ap.l3", AP, "In Tehran", "Tehran", core=False, note="where the spokesman spoke"),
    S("ap.s2", AP, "foreign ministry spokesman Mehdi Farahani denied at his weekly news conference that Iran had agreed "
                   "to let inspectors back before sanctions were eased", FAR, note="denial"),
    Q("ap.q3", AP, "Inspections are one part of a package, not a gift", FAR),
    N("ap.n5", AP, "More than 300 journalists covered the talks", 300, JOUR, bound="more-than", as_of="2026-12-08"),
    T("ap.t5", AP, "no access to Iran's main enrichment sites since June", "IAEA access lost", "2026-06", None,
      core=False, note="background"),
    L("ap.l4", AP, "The last round of talks, held in Istanbul", "Istanbul", core=False, event=PREV,
      note="background"),
    T("ap.t6", AP, "in Istanbul in September", PREV, "2026-09", None, core=False, note="background"),
    D("ap.d4", AP, "lasted about five hours", 300, PREV, core=False, bound="about", note="background"),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["p.n1", "r.n4", "ap.n3"],
     "summary": "E3 delegates: 18 (AFP) vs 21 (Reuters, AP)."},
    {"id": "E2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["p.n2", "r.n5"],
     "summary": "Delegates per E3 country: six (AFP) vs seven (Reuters)."},
    {"id": "E3", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["p.d2", "r.d4"],
     "summary": "Iran-UK meeting: 40 minutes (AFP) vs about an hour (Reuters)."},
    {"id": "E4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n2", "r.n1"],
     "summary": "Iran's delegation: 14 on Norway's Monday-morning list, down to 12 after two AEOI experts did not "
                "travel (connecting flight in Istanbul cancelled) (Reuters; AFP and AP: 12)."},
    {"id": "E5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n7", "ap.n5"],
     "summary": "Journalists: about 260 accredited as of Monday morning (Reuters), more than 300 by Tuesday (AP)."},
    {"id": "E6", "kind": "VARIANT", "type": "ENTITY", "values": ["Kourosh Ardalani", "Kurosh Ardalani"],
     "articles": [R, P, AP],
     "summary": "Iran's deputy foreign minister: Kourosh (Reuters, AP), Kurosh (AFP); one person."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d1", "ap.d2"],
     "summary": "The opening plenary lasted about three hours (AFP: more than three hours)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "p.n3", "ap.n2"],
     "summary": "Iran's delegation had 12 members (all three)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n6", "p.n4", "ap.n4"],
     "summary": "The EU team had five members (all three)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q2", "p.q1"],
     "summary": "Ardalani: 'A proposal on paper is worth more than a hundred statements' (Reuters, AFP)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "p.c2"],
     "summary": "The Europeans will hand / give Iran a list of technical questions on Tuesday morning."},
    {"id": "E12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c1"],
     "summary": "Tehran will send a written proposal once the talks are over / its ideas in writing after the talks "
                "(the same promise worded differently)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c4", "p.c3"],
     "summary": "Norway's foreign minister Holmsen hosts the delegations at a working dinner on Monday evening."},
    {"id": "E14", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t3"],
     "summary": "Day one (plenary and separate meetings) was Monday 7 December."},
    {"id": "E15", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l2", "ap.l2", "r.l1", "p.l1", "ap.l1"],
     "summary": "The talks were in Oslo, at the Holmenkollen Park Hotel (Reuters, AP)."},
    {"id": "E16", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d0", "p.d0", "ap.d0"],
     "summary": "Two days of talks (all three)."},
    {"id": "E17", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t6", "p.t3", "ap.t4"],
     "summary": "The working dinner was on Monday evening (all three)."},
]

en_traps = [
    {"articles": [R, P, AP], "claims": ["r.d1", "r.d2", "r.d3", "r.d4", "p.d1", "p.d2", "ap.d1", "ap.d2", "ap.d3"],
     "why": "separately timed parts: opening plenary (about three hours), bilaterals (45 / 50 / 60 minutes), working "
            "dinner (about 2.5 hours), second plenary (nearly five hours) are different things"},
    {"articles": [R, AP], "claims": ["r.d5", "ap.d4", "ap.d1", "r.t8", "ap.t6", "r.l5", "ap.l4"],
     "why": "background: the Istanbul round of 25 September (about five hours) is another event; not the second "
            "plenary's nearly five hours"},
    {"articles": [R], "claims": ["r.n2", "r.n1", "r.t3"],
     "why": "14 was Norway's Monday-morning list, 12 after the revision with its reason: an update, not a "
            "contradiction"},
    {"articles": [R, P, AP],
     "claims": ["ap.n1", "ap.n2", "ap.n3", "ap.n4", "r.n1", "r.n4", "r.n5", "r.n6", "r.n3", "r.n7", "ap.n5"],
     "why": "different things counted: 38 at the table = 12 Iranians + 21 Europeans (7 per country) + 5 EU; 2 AEOI "
            "experts stayed home; journalists (260 Monday morning, more than 300 Tuesday: different times)"},
    {"articles": [R], "claims": ["r.t2"], "why": "10 a.m. local is 0900 GMT: one moment"},
    {"articles": [R, P, AP], "claims": ["r.c1", "p.c1", "ap.c1", "ap.c3"],
     "why": "'once the talks were over' / 'after the talks' (Monday) and 'within 14 days' (Tuesday) are the same "
            "promise, made precise at the close"},
    {"articles": [AP], "claims": ["ap.s2", "ap.q3", "ap.c1"],
     "why": "Farahani's denial (no inspectors before sanctions relief) does not contradict the promise of a written "
            "proposal"},
    {"articles": [P, AP, R], "claims": ["p.l2", "ap.l3", "r.l3", "r.l4"],
     "why": "Tehran (spokesman) and Istanbul (the cancelled flight) are not the venue of the talks"},
    {"articles": [R], "claims": ["r.n8", "r.n9", "r.t7"], "why": "background: the IAEA's November figures"},
    {"articles": [R], "claims": [],
     "why": "the 'Related:' headline carries another article's number ('14 Iranian delegates expected'): a link, not a "
            "claim"},
    {"articles": [P], "claims": ["p.q2"],
     "why": "'a crisis in January' is a feared crisis, not a date of the talks or of the next round"},
]

ENT_COMMON = {
    ARD: ["Kourosh Ardalani", "Kurosh Ardalani", "Ardalani", "Iranian Deputy Foreign Minister",
          "Wakil Menteri Luar Negeri Iran", "The 59-year-old diplomat", "its chief negotiator"],
    VAN: ["Ilse Vandermeer", "Vandermeer", "EU coordinator", "Koordinator Uni Eropa", "the Dutch diplomat",
          "diplomat Belanda itu", "diplomat Belanda berusia 54 tahun itu"],
    HAST: ["Oliver Hastings", "Hastings", "Britain's political director", "Direktur politik Inggris"],
    FAR: ["Mehdi Farahani", "Farahani", "foreign ministry spokesman", "juru bicara Kemenlu Iran"],
    HOLM: ["Eirik Holmsen", "Holmsen", "Foreign Minister Eirik Holmsen", "Menteri Luar Negeri Norwegia"],
    NOR: ["Norway", "Norwegia", "Norway's foreign ministry", "Kemenlu Norwegia", "Kementerian Luar Negeri Norwegia",
          "Eirik Holmsen"],
    E3: ["E3", "Britain, France and Germany", "Inggris, Perancis, dan Jerman", "the European side", "the Europeans",
         "pihak Eropa", "negara-negara Eropa", "ketiga negara Eropa"],
    EU: ["European Union", "EU", "Uni Eropa", "Ilse Vandermeer"],
    "Iran": ["Iran", "Tehran", "Teheran"],
    BOTH: ["Iran and E3", "kedua pihak", "both sides"],
    "Oslo": ["Oslo", "Holmenkollen Park Hotel", "Norway's capital"],
}
id_entities = dict(ENT_COMMON, **{HAUG: ["Sigrid Haugland", "Haugland", "Juru bicara Kemenlu Norwegia"]})
en_entities = dict(ENT_COMMON)

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims, id_findings,
               id_traps, id_entities)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims, en_findings,
               en_traps, en_entities)
