#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for talks-indonesia-australia-canberra-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <event folder>/<lang>/gold.json`).

Event (invented, written for claimdiff's evaluation): the 10th Indonesia-Australia "2+2" meeting of foreign and
defence ministers at Parliament House, Canberra, Thursday 10 December 2026. Indonesia: Foreign Minister Larasati
Wibisono (55, born in Yogyakarta), Defence Minister Bambang Surya Atmaja (61, retired three-star general; Tribunnews:
'Suryaatmaja'). Australia: Foreign Minister Fiona Garrick, Defence Minister Declan Whitford (58).
Announced in Jakarta on Wednesday 9 December by Kemlu spokesperson Arya Pradipta: start 09.30 Canberra time (05.30
WIB; 22.30 GMT Wednesday), about six hours scheduled incl. working lunch and press conference; Indonesian delegation
44 (Wednesday) -> 48 (Thursday: four Bakamla officials joined); 83 officials in all (48 + 35; AFP: more than 90).
Held: one-on-one of the foreign ministers 40 minutes (AFP/Tribunnews: nearly an hour), plenary about 2.5 hours,
working lunch about 90 minutes, signing of two arrangements (maritime security, defence education), joint press
conference about 40 minutes; joint statement of 18 points. Promises: coordinated patrols in the Arafura Sea by March
2027 (= 'in the first quarter of 2027'); Australia transfers six Cape-class patrol boats to Bakamla, first two by June
2027, the rest by end-2028; 350 scholarships a year from 2027 (DFAT announced 500 on Wednesday; revised because 150
were existing Australia Awards places counted twice); joint maritime working group to meet within 60 days (ANTARA's
translation: 90); next 2+2 in Jakarta in 2027. Friday: Kemhan says 60 TNI officers go to the Australian Defence
College from February 2027. Background: previous 2+2 in Jakarta, Thursday 6 February 2025, about five hours.
Second, unrelated event (AP round-up): a fuel depot fire at East Arm, Darwin, Thursday: nearly six hours, about 150
workers evacuated, two firefighters treated, Berrimah Road closed more than three hours.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

EV = "talks-indonesia-australia-canberra-2026"
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", EV)
EVENT = ("Indonesia-Australia 2+2 meeting of foreign and defence ministers at Parliament House, Canberra, Thursday "
         "2026-12-10 (written for claimdiff's evaluation; people and figures invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

LAR, BAM, GAR, WHI = "Larasati Wibisono", "Bambang Surya Atmaja", "Fiona Garrick", "Declan Whitford"
ARYA, HEN, DFATSP = "Arya Pradipta", "Hendra Wiratama", "DFAT spokesperson"
KEMHAN = "Indonesian defence ministry"
NTFRS = "Northern Territory Fire and Rescue Service"
BOTH = "Indonesia and Australia"
FOUR = "the four ministers"
MEET = "2+2 meeting of foreign and defence ministers"
START = "meeting start"
ONE = "one-on-one of the foreign ministers"
PLEN = "plenary session"
LUNCH = "working lunch"
PRESS = "joint press conference"
PROG = "whole programme (scheduled)"
PREV = "previous 2+2 meeting (2025)"
ANN = "DFAT's scholarship announcement"
BRIEF = "Kemlu briefing announcing the meeting"
FIRE = "fuel depot fire in Darwin (unrelated event)"
PH = "Parliament House"
ARA = "Arafura Sea"
BOATS = "transfer six patrol boats to Bakamla"
FIRST = "deliver the first two patrol boats"
PATROL = "begin coordinated patrols in the Arafura Sea"
SCHOL = "fund scholarships a year for Indonesian students and officials"
WG = "convene the joint working group on maritime security"
NEXT = "hold the next 2+2 meeting in Jakarta"
BOATN, FIRST2 = "patrol boats to be transferred", "patrol boats in the first delivery"
SCHN = "scholarships a year"
DELID, DELAU, DELTOT = "Indonesian delegation members", "Australian delegation members", "officials at the meeting"
STUD = "Indonesian students in Australia"
POINTS, DOCS = "points in the joint statement", "arrangements signed"
DUP = "existing Australia Awards places counted twice"

# ------------------------------------------------------------------------------------------------ Indonesian
KP, DT, CN, AN, TR = ("01_kompas_rabu-preview.txt", "02_detik_kamis-live.txt", "03_cnnindonesia_kamis-sore.html",
                      "04_antara_reuters_kamis.json", "05_tribunnews_jumat.txt")
id_articles = {
    KP: {"outlet": "Kompas.com", "language": "id", "published": "2026-12-09T17:30+07:00", "cites": [],
         "note": "PREVIEW (JAKARTA dateline), the day before: Kemlu's Arya Pradipta announces the 2+2 in Jakarta on "
                 "Rabu (9/12) for Kamis (10/12) in Canberra; start 09.30 local = 05.30 WIB and about six hours are a "
                 "plan; Indonesian delegation 44 (48 on Thursday); DFAT's 500 scholarships (revised to 350 on "
                 "Thursday); background: previous 2+2 in Jakarta, Kamis (6/2/2025), about five hours; Baca juga "
                 "with '3 Kapal' and '27 Awak'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-12-10T13:35+07:00", "cites": [],
         "note": "LIVE page, updates oldest first (06.10-13.30 WIB): 40-minute one-on-one, plenary about 2.5 hours, "
                 "two documents signed, 18-point statement, six boats, 350 scholarships 'direvisi dari 500' with the "
                 "reason, working group within 60 days, delegation 48 after four Bakamla officials joined, 83 in all "
                 "(35 Australians); 'Jenderal bintang tiga purnawirawan itu' for Bambang"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-12-10T16:20+07:00", "cites": [],
         "note": "HTML page; dates the meeting 'Kamis (11/12/2026)' (wrong: 10/12; 11/12 is a Friday); patrols 'pada "
                 "kuartal pertama 2027' (= by March 2027); working lunch about 90 minutes; Garrick's 'Tetangga yang "
                 "baik...' (as AFP); 83 delegates, 48 Indonesians; Kemhan: the boats based in Kupang"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-12-10T14:05+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_thursday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: the working group will "
                 "meet 'within 60 days' became 'dalam 90 hari'; renders the wire's three quotations (Garrick, "
                 "Whitford, Larasati); adds Baca juga and 'Sumber: Reuters'"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-12-11T09:15+07:00", "cites": ["AFP"],
         "note": "Friday, after AFP, mostly a repeat of Thursday's news with one new figure (60 TNI officers to the "
                 "Australian Defence College from February 2027, Kemhan); headline '8 Kapal Patroli' vs body six; "
                 "spells 'Bambang Suryaatmaja'; gives Garrick's 'Tetangga yang baik...' to Larasati; one-on-one "
                 "'hampir satu jam' and 'lebih dari 90 pejabat' as AFP"},
}

id_claims = [
    # 01 Kompas.com preview (Wednesday)
    L("k.l0", KP, "Bertolak ke Canberra", "Canberra", core=False, zone="HEADLINE"),
    T("k.t0", KP, "Digelar Kamis", MEET, "2026-12-10", "THURSDAY", core=False, zone="HEADLINE"),
    L("k.l1", KP, "dua mitranya dari Australia di Canberra", "Canberra", note="the planned place"),
    T("k.t1", KP, "di Canberra, Kamis (10/12/2026)", MEET, "2026-12-10", "THURSDAY",
      note="the planned date, stated the day before"),
    N("k.n0", KP, "merupakan yang ke-10 sejak forum tersebut dibentuk", 10, "2+2 meetings held so far", core=False,
      note="ordinal, background"),
    S("k.s1", KP, "pertemuan akan digelar di Gedung Parlemen Australia mulai pukul 09.30 waktu setempat atau 05.30 WIB",
      ARYA),
    L("k.l2", KP, "akan digelar di Gedung Parlemen Australia", "Canberra", venue=PH),
    T("k.t2", KP, "mulai pukul 09.30 waktu setempat atau 05.30 WIB", START, "2026-12-10", "THURSDAY", core=False,
      expected=True, note="planned start; 09.30 Canberra time = 05.30 WIB"),
    D("k.d1", KP, "dijadwalkan berlangsung sekitar enam jam", 360, PROG, bound="about", expected=True,
      note="the planned length of the whole programme, not what happened"),
    Q("k.q1", KP, "Fokus kami adalah kerja sama maritim dan pendidikan. Kami ingin pulang dengan hasil yang bisa dihitung",
      ARYA),
    T("k.t3", KP, "dalam jumpa pers di Jakarta, Rabu (9/12/2026)", BRIEF, "2026-12-09", "WEDNESDAY", core=False,
      note="the announcement date, not the meeting date"),
    L("k.l3", KP, "dalam jumpa pers di Jakarta", "Jakarta", core=False, event=BRIEF),
    N("k.n1", KP, "delegasi Indonesia berjumlah 44 orang", 44, DELID, as_of="2026-12-09",
      note="Kemlu's count on Wednesday; 48 on Thursday (02)"),
    T("k.t4", KP, "bertolak dari Bandara Soekarno-Hatta pada Rabu malam", "ministers' departure from Jakarta",
      "2026-12-09", "WEDNESDAY", core=False, expected=True),
    L("k.l4", KP, "bertolak dari Bandara Soekarno-Hatta", "Jakarta", core=False, venue="Soekarno-Hatta Airport",
      event="ministers' departure from Jakarta"),
    L("k.l5", KP, "Di Canberra, keduanya akan bertemu", "Canberra", core=False),
    T("k.t5", KP, "Sehari sebelum pertemuan", ANN, "2026-12-09", None, core=False, note="relative: Wednesday"),
    N("k.n2", KP, "mengumumkan 500 beasiswa per tahun", 500, SCHN, as_of="2026-12-09",
      note="DFAT's Wednesday figure; revised to 350 on Thursday (02)"),
    K("k.c1", KP, "mengumumkan 500 beasiswa per tahun bagi pelajar dan aparatur Indonesia mulai 2027", "Australia",
      SCHOL, "Indonesia", "from 2027", note="the superseded 500-place version of the pledge"),
    N("k.n3", KP, "sekitar 19.000 mahasiswa Indonesia", 19000, STUD, bound="about", core=False,
      note="stated in passing"),
    S("k.s2", KP, "Arya menyebut naskah pernyataan bersama masih dirundingkan dan akan dibacakan seusai pertemuan",
      ARYA, core=False),
    K("k.c2", KP, "naskah pernyataan bersama masih dirundingkan dan akan dibacakan seusai pertemuan", FOUR,
      "read out the joint statement", None, "after the meeting", core=False, note="agentless passive"),
    Q("k.q2", KP, "Kalau semua lancar, pernyataan bersama akan diumumkan Kamis siang waktu Canberra", ARYA,
      note="attributed by the description 'diplomat karier itu'"),
    K("k.c3", KP, "pernyataan bersama akan diumumkan Kamis siang waktu Canberra", FOUR,
      "announce the joint statement", None, "Thursday midday, Canberra time", core=False, note="in Arya's quote"),
    T("k.t6", KP, "akan diumumkan Kamis siang", "announcement of the joint statement (planned)", "2026-12-10",
      "THURSDAY", core=False, expected=True),
    T("k.t7", KP, "digelar di Jakarta pada Kamis (6/2/2025)", PREV, "2025-02-06", "THURSDAY", core=False,
      note="background"),
    L("k.l6", KP, "Pertemuan 2+2 sebelumnya digelar di Jakarta", "Jakarta", core=False, event=PREV),
    D("k.d2", KP, "berlangsung sekitar lima jam", 300, PREV, bound="about", core=False, note="background"),

    # 02 detikNews live page (Thursday)
    L("d.l0", DT, "di Canberra, Australia Serahkan", "Canberra", core=False, zone="HEADLINE"),
    N("d.n0", DT, "Australia Serahkan 6 Kapal Patroli", 6, BOATN, core=False, zone="HEADLINE"),
    K("d.c0", DT, "Australia Serahkan 6 Kapal Patroli", "Australia", BOATS, "Indonesia", None, core=False,
      zone="HEADLINE"),
    L("d.l1", DT, "dalam pertemuan 2+2 di Gedung Parlemen Australia, Canberra", "Canberra", venue=PH),
    T("d.t1", DT, "Gedung Parlemen Australia, Canberra, Kamis (10/12/2026)", MEET, "2026-12-10", "THURSDAY"),
    T("d.t2", DT, "Pertemuan dibuka pukul 05.30 WIB atau 09.30 waktu Canberra", START, "2026-12-10", "THURSDAY",
      note="05.30 WIB = 09.30 Canberra time (AEDT)"),
    D("d.d1", DT, "Pertemuan empat mata kedua menlu berlangsung 40 menit", 40, ONE),
    D("d.d2", DT, "Sesi pleno selesai setelah sekitar 2,5 jam", 150, PLEN, bound="about"),
    N("d.n1", DT, "menandatangani dua dokumen", 2, DOCS),
    N("d.n2", DT, "pernyataan bersama yang berisi 18 poin", 18, POINTS),
    K("d.c1", DT, "Australia akan menyerahkan enam kapal patroli kelas Cape kepada Bakamla, dua di antaranya paling "
                  "lambat Juni 2027", "Australia", BOATS, "Indonesia", "first two by June 2027"),
    N("d.n3", DT, "menyerahkan enam kapal patroli kelas Cape", 6, BOATN),
    N("d.n4", DT, "dua di antaranya paling lambat Juni 2027", 2, FIRST2),
    K("d.c2", DT, "Indonesia dan Australia sepakat memulai patroli terkoordinasi di Laut Arafura paling lambat Maret "
                  "2027", BOTH, PATROL, None, "by March 2027", note="joint promise"),
    L("d.l2", DT, "patroli terkoordinasi di Laut Arafura", ARA, core=False, event="coordinated patrols"),
    K("d.c3", DT, "membentuk kelompok kerja bersama keamanan maritim yang akan bersidang dalam 60 hari", BOTH, WG,
      None, "within 60 days", note="joint promise, same sentence as d.c2"),
    Q("d.q1", DT, "Kami akan memastikan patroli pertama berlayar tepat waktu. Kapal-kapal itu akan langsung kami "
                  "operasikan", BAM),
    K("d.c4", DT, "Kami akan memastikan patroli pertama berlayar tepat waktu", "Indonesia",
      "make the first patrol sail on time", None, None, core=False, note="first-person promise in Bambang's quote"),
    K("d.c4b", DT, "Kapal-kapal itu akan langsung kami operasikan", "Indonesia", "put the patrol boats into service "
      "at once", None, None, core=False, note="in Bambang's quote"),
    S("d.s1", DT, "Jenderal bintang tiga purnawirawan itu menyebut kapal akan dioperasikan di perairan selatan Nusa "
                  "Tenggara Timur", BAM, core=False),
    L("d.l3", DT, "di perairan selatan Nusa Tenggara Timur", "East Nusa Tenggara", core=False,
      event="where the boats will operate"),
    K("d.c5", DT, "Australia juga akan mendanai 350 beasiswa per tahun mulai 2027", "Australia", SCHOL, "Indonesia",
      "from 2027"),
    N("d.n5", DT, "mendanai 350 beasiswa per tahun", 350, SCHN, as_of="2026-12-10", revision="direvisi",
      note="revised down from 500 (announced Wednesday) with the reason"),
    N("d.n6", DT, "direvisi dari 500 beasiswa", 500, SCHN, core=False, as_of="2026-12-09",
      note="the superseded figure quoted with the revision"),
    T("d.t3", DT, "yang diumumkan Rabu", ANN, "2026-12-09", "WEDNESDAY", core=False),
    S("d.s2", DT, "150 kursi di antaranya ternyata sudah ada dalam program Australia Awards dan terhitung dua kali, "
                  "kata juru bicara DFAT", DFATSP),
    N("d.n7", DT, "150 kursi di antaranya", 150, DUP, core=False),
    N("d.n8", DT, "jumlah delegasi Indonesia akhirnya 48 orang", 48, DELID, as_of="2026-12-10",
      note="up from 44 (Wednesday): four Bakamla officials joined"),
    N("d.n9", DT, "setelah empat pejabat Bakamla bergabung", 4, "Bakamla officials who joined the delegation",
      core=False),
    T("d.t4", DT, "bergabung pada Kamis pagi", "Bakamla officials joined the delegation", "2026-12-10", "THURSDAY",
      core=False),
    N("d.n10", DT, "Total 83 pejabat mengikuti pertemuan", 83, DELTOT),
    N("d.n11", DT, "35 di antaranya dari pihak Australia", 35, DELAU),
    K("d.c6", DT, "Pertemuan 2+2 berikutnya akan digelar di Jakarta pada 2027", BOTH, NEXT, None, "in 2027",
      note="agentless passive"),
    L("d.l4", DT, "akan digelar di Jakarta pada 2027", "Jakarta", core=False, event="next 2+2 meeting"),

    # 03 CNN Indonesia (HTML, Thursday afternoon)
    K("c.c0", CN, "RI-Australia Sepakat Patroli Bersama di Laut Arafura", BOTH, PATROL, None, None, core=False,
      zone="HEADLINE"),
    L("c.l0", CN, "Patroli Bersama di Laut Arafura", ARA, core=False, zone="HEADLINE"),
    N("c.n0", CN, "350 Beasiswa Disiapkan", 350, SCHN, core=False, zone="HEADLINE"),
    K("c.c1", CN, "Indonesia dan Australia sepakat memulai patroli terkoordinasi di perairan kedua negara pada kuartal "
                  "pertama 2027", BOTH, PATROL, None, "in the first quarter of 2027",
      note="the same promise as 'paling lambat Maret 2027', worded differently"),
    T("c.t1", CN, "di Canberra, Kamis (11/12/2026)", MEET, "2026-12-11", "THURSDAY",
      note="wrong date as written: the meeting was on 10/12/2026; 11/12/2026 is a Friday"),
    L("c.l1", CN, "(2+2) di Canberra", "Canberra"),
    L("c.l2", CN, "Pertemuan di Gedung Parlemen Australia", "Canberra", venue=PH),
    N("c.n1", CN, "Sebanyak 83 anggota delegasi", 83, DELTOT),
    N("c.n2", CN, "48 di antaranya dari Indonesia", 48, DELID),
    D("c.d1", CN, "makan siang kerja selama sekitar 90 menit", 90, LUNCH, bound="about"),
    N("c.n3", CN, "menandatangani dua pengaturan kerja sama", 2, DOCS),
    Q("c.q1", CN, "Tetangga yang baik tidak hanya berbicara ketika cuaca sedang buruk", GAR),
    K("c.c2", CN, "Australia berjanji menyerahkan enam kapal patroli kepada Badan Keamanan Laut (Bakamla) secara "
                  "bertahap hingga akhir 2028", "Australia", BOATS, "Indonesia", "in stages, by the end of 2028"),
    N("c.n4", CN, "menyerahkan enam kapal patroli", 6, BOATN),
    K("c.c3", CN, "Australia juga akan membiayai 350 beasiswa per tahun", "Australia", SCHOL, "Indonesia", None),
    N("c.n5", CN, "membiayai 350 beasiswa per tahun", 350, SCHN),
    S("c.s1", CN, "Larasati menegaskan Indonesia akan menagih janji itu dalam pertemuan berikutnya", LAR),
    K("c.c4", CN, "Indonesia akan menagih janji itu dalam pertemuan berikutnya", "Indonesia",
      "hold Australia to its promises at the next meeting", "Australia", "next 2+2 meeting", core=False),
    Q("c.q2", CN, "Kami akan membawa daftar ini ke Jakarta tahun depan dan memeriksanya satu per satu", LAR,
      note="attributed by the description 'perempuan kelahiran Yogyakarta itu'"),
    K("c.c5", CN, "Kami akan membawa daftar ini ke Jakarta tahun depan dan memeriksanya satu per satu", "Indonesia",
      "review the commitments one by one in Jakarta", None, "next year", core=False, note="in Larasati's quote"),
    K("c.c6", CN, "kelompok kerja bersama keamanan maritim akan bertemu dalam 60 hari", BOTH, WG, None,
      "within 60 days"),
    S("c.s2", CN, "Kementerian Pertahanan (Kemhan) menyatakan kapal-kapal itu akan ditempatkan di Kupang, Nusa Tenggara "
                  "Timur", KEMHAN),
    K("c.c7", CN, "kapal-kapal itu akan ditempatkan di Kupang", KEMHAN, "base the patrol boats in Kupang", None, None,
      core=False, note="agentless passive"),
    L("c.l3", CN, "akan ditempatkan di Kupang, Nusa Tenggara Timur", "Kupang", core=False,
      event="home port of the patrol boats"),
    N("c.n6", CN, "Sekitar 19.000 mahasiswa Indonesia", 19000, STUD, bound="about", core=False),

    # 04 ANTARA, translation of the Reuters wire
    K("a.c0", AN, "Australia berikan enam kapal patroli kepada Indonesia", "Australia", BOATS, "Indonesia", None,
      core=False, zone="HEADLINE"),
    N("a.n0", AN, "berikan enam kapal patroli kepada Indonesia, pangkas", 6, BOATN, core=False, zone="HEADLINE"),
    L("a.l0", AN, "janji beasiswa usai pertemuan di Canberra", "Canberra", core=False, zone="HEADLINE"),
    K("a.c1", AN, "Australia akan memberikan enam kapal patroli kepada Indonesia", "Australia", BOATS, "Indonesia",
      None),
    N("a.n1", AN, "memberikan enam kapal patroli kepada Indonesia dan", 6, BOATN),
    K("a.c2", AN, "kedua negara bertetangga itu akan memulai patroli laut terkoordinasi di Laut Arafura paling lambat "
                  "Maret 2027", BOTH, PATROL, None, "by March 2027"),
    L("a.l1", AN, "patroli laut terkoordinasi di Laut Arafura", ARA, core=False, event="coordinated patrols"),
    T("a.t1", AN, "pada Kamis usai pertemuan di Canberra", MEET, "2026-12-10", "THURSDAY"),
    L("a.l2", AN, "Kamis usai pertemuan di Canberra", "Canberra"),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    L("a.l3", AN, "di Gedung Parlemen itu mempertemukan", "Canberra", venue=PH),
    T("a.t2", AN, "Pertemuan dimulai pukul 09.30", START, "2026-12-10", "THURSDAY"),
    T("a.t3", AN, "22.30 GMT Rabu", START, "2026-12-09", "WEDNESDAY", core=False,
      note="GMT date of the 09.30 Thursday start in Canberra; not a discrepancy"),
    D("a.d1", AN, "pertemuan empat mata selama 40 menit", 40, ONE),
    D("a.d2", AN, "sesi pleno sekitar dua setengah jam", 150, PLEN, bound="about"),
    Q("a.q1", AN, "Keamanan Indonesia dan keamanan Australia bukanlah dua berkas yang terpisah. Keduanya naik dan turun "
                  "bersama", GAR),
    K("a.c3", AN, "Australia akan menyerahkan enam kapal patroli kelas Cape kepada Badan Keamanan Laut (Bakamla) "
                  "Indonesia, dua kapal pertama paling lambat Juni 2027 dan sisanya paling lambat akhir 2028",
      "Australia", BOATS, "Indonesia", "first two by June 2027, the rest by the end of 2028"),
    N("a.n2", AN, "enam kapal patroli kelas Cape", 6, BOATN),
    N("a.n3", AN, "dua kapal pertama paling lambat Juni 2027", 2, FIRST2),
    Q("a.q2", AN, "Dua kapal pertama akan berada di tangan Indonesia pada pertengahan tahun depan, dan kami tidak akan "
                  "meleset dari tanggal itu", WHI),
    K("a.c4", AN, "Dua kapal pertama akan berada di tangan Indonesia pada pertengahan tahun depan", "Australia", FIRST,
      "Indonesia", "by mid-2027", core=False, note="in Whitford's quote"),
    K("a.c5", AN, "Australia juga akan mendanai 350 beasiswa per tahun bagi pelajar dan pejabat Indonesia mulai 2027",
      "Australia", SCHOL, "Indonesia", "from 2027"),
    N("a.n4", AN, "mendanai 350 beasiswa per tahun", 350, SCHN, as_of="2026-12-10"),
    N("a.n5", AN, "lebih sedikit dari 500 beasiswa", 500, SCHN, core=False, as_of="2026-12-09",
      note="the superseded figure"),
    T("a.t4", AN, "diumumkan pemerintah pada Rabu", ANN, "2026-12-09", "WEDNESDAY", core=False),
    S("a.s1", AN, "Juru bicara Departemen Luar Negeri dan Perdagangan Australia mengatakan 150 kursi di antaranya sudah "
                  "ada dalam program Australia Awards dan terhitung dua kali", DFATSP),
    N("a.n6", AN, "150 kursi di antaranya sudah ada", 150, DUP, core=False),
    S("a.s2", AN, "mengatakan kesepakatan itu harus diukur dengan kapal dan pelajar, bukan dengan tanda tangan", LAR),
    Q("a.q3", AN, "Kami tidak datang ke Canberra untuk menandatangani kertas. Kami datang untuk menurunkan kapal ke laut "
                  "dan menempatkan pelajar di ruang kelas", LAR),
    D("a.d3", AN, "konferensi pers, yang berlangsung sekitar 40 menit", 40, PRESS, bound="about"),
    K("a.c6", AN, "kelompok kerja bersama keamanan maritim akan bersidang dalam 90 hari", BOTH, WG, None,
      "within 90 days", note="the translation's changed value: Reuters wrote 'within 60 days'"),
    K("a.c7", AN, "pertemuan 2+2 berikutnya akan digelar di Jakarta pada 2027", BOTH, NEXT, None, "in 2027"),
    L("a.l4", AN, "akan digelar di Jakarta pada 2027", "Jakarta", core=False, event="next 2+2 meeting"),
    N("a.n8", AN, "Sebanyak 83 pejabat ikut serta", 83, DELTOT),
    N("a.n9", AN, "48 di antaranya dari Indonesia", 48, DELID),
    N("a.n10", AN, "35 dari Australia", 35, DELAU),
    N("a.n11", AN, "Sekitar 19.000 pelajar Indonesia", 19000, STUD, bound="about", core=False),
    T("a.t5", AN, "digelar di Jakarta pada 6 Februari 2025", PREV, "2025-02-06", None, core=False, note="background"),
    L("a.l5", AN, "Pertemuan 2+2 sebelumnya digelar di Jakarta", "Jakarta", core=False, event=PREV),
    D("a.d4", AN, "berlangsung sekitar lima jam", 300, PREV, bound="about", core=False, note="background"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Tribunnews (Friday, after AFP)
    N("t.n0", TR, "Australia Hibahkan 8 Kapal Patroli", 8, BOATN, zone="HEADLINE",
      note="the headline contradicts the body (six)"),
    K("t.c0", TR, "Australia Hibahkan 8 Kapal Patroli ke Indonesia", "Australia", "transfer eight patrol boats",
      "Indonesia", None, core=False, zone="HEADLINE"),
    K("t.c0b", TR, "Patroli Bersama Dimulai 2027", BOTH, PATROL, None, "in 2027", core=False, zone="HEADLINE"),
    K("t.c1", TR, "Australia akan menyerahkan enam kapal patroli kepada Indonesia", "Australia", BOATS, "Indonesia",
      None),
    N("t.n1", TR, "menyerahkan enam kapal patroli kepada Indonesia", 6, BOATN),
    L("t.l1", TR, "kedua negara di Canberra", "Canberra"),
    T("t.t1", TR, "di Canberra, Kamis (10/12/2026)", MEET, "2026-12-10", "THURSDAY"),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d1", TR, "berbicara empat mata selama hampir satu jam", 60, ONE, bound="nearly"),
    N("t.n2", TR, "lebih dari 90 pejabat kedua negara", 90, DELTOT, bound="more-than"),
    L("t.l2", TR, "di Gedung Parlemen Australia", "Canberra", venue=PH),
    Q("t.q1", TR, "Tetangga yang baik tidak hanya berbicara ketika cuaca sedang buruk", LAR,
      note="misattributed: AFP and CNN Indonesia give it to Garrick"),
    K("t.c2", TR, "Kedua negara sepakat memulai patroli terkoordinasi di Laut Arafura dan Laut Timor pada kuartal "
                  "pertama 2027", BOTH, PATROL, None, "in the first quarter of 2027"),
    L("t.l3", TR, "di Laut Arafura dan Laut Timor", ARA, core=False, event="coordinated patrols"),
    S("t.s1", TR, "Menurut Bambang, kedua angkatan laut sudah lama berbagi perairan itu dan kini akan berbagi pekerjaan",
      BAM, note="Tribunnews spells him 'Bambang Suryaatmaja'"),
    S("t.s2", TR, "Pensiunan jenderal berusia 61 tahun itu menyebut patroli akan menyasar kapal pencuri ikan dan "
                  "penyelundupan manusia", BAM, core=False),
    K("t.c3", TR, "Australia juga akan mendanai 350 beasiswa per tahun", "Australia", SCHOL, "Indonesia", None),
    N("t.n3", TR, "mendanai 350 beasiswa per tahun", 350, SCHN),
    N("t.n4", TR, "bukan 500 seperti diumumkan", 500, SCHN, core=False, as_of="2026-12-09"),
    T("t.t2", TR, "diumumkan sehari sebelumnya", ANN, "2026-12-09", None, core=False,
      note="relative: the day before Thursday"),
    S("t.s3", TR, "60 perwira TNI akan mengikuti pendidikan di Australian Defence College mulai Februari 2027", HEN,
      note="the one new figure of Friday's article"),
    N("t.n5", TR, "60 perwira TNI", 60, "TNI officers to study at the Australian Defence College"),
    K("t.c4", TR, "60 perwira TNI akan mengikuti pendidikan di Australian Defence College mulai Februari 2027", KEMHAN,
      "send TNI officers to the Australian Defence College", "Australian Defence College", "from February 2027"),
    L("t.l4", TR, "di Australian Defence College", "Canberra", core=False, venue="Australian Defence College",
      event="officers' training"),
    Q("t.q2", TR, "Gelombang pertama akan berangkat awal tahun depan, dan seleksinya kami tuntaskan bulan ini", HEN,
      note="attributed by the description 'perwira tinggi itu'"),
    K("t.c5", TR, "seleksinya kami tuntaskan bulan ini", KEMHAN, "complete the selection of the officers", None,
      "by the end of December 2026", core=False, note="in Hendra's quote"),
    L("t.l5", TR, "kata perwira tinggi itu di Jakarta", "Jakarta", core=False, event="Kemhan statement"),
    T("t.t3", TR, "di Jakarta, Jumat (11/12/2026)", "Kemhan statement", "2026-12-11", "FRIDAY", core=False),
    K("t.c6", TR, "Keempat menteri akan bertemu lagi di Jakarta tahun depan", FOUR, NEXT, None, "in 2027"),
    L("t.l6", TR, "bertemu lagi di Jakarta tahun depan", "Jakarta", core=False, event="next 2+2 meeting"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k.n1", "d.n8"],
     "summary": "Indonesian delegation: 44 (Kemlu, Wednesday, 01), 48 on Thursday after four Bakamla officials joined "
                "(02; 48 also in 03 and 04)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k.n2", "d.n5"],
     "summary": "Scholarships a year: 500 announced by DFAT on Wednesday (01), revised down ('direvisi') to 350 on "
                "Thursday because 150 were existing Australia Awards places counted twice (02; 350 also in 03, 04, 05)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["a.c6", "d.c3", "c.c6"],
     "summary": "The joint maritime working group will meet within 90 days in ANTARA, within 60 days in detikNews and "
                "CNN Indonesia (and in the Reuters wire ANTARA translates)."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "c.q1"],
     "summary": "'Tetangga yang baik tidak hanya berbicara ketika cuaca sedang buruk' is Garrick's in CNN Indonesia "
                "(and AFP), Larasati's in Tribunnews (citing AFP)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "d.t1", "a.t1", "t.t1"],
     "summary": "CNN Indonesia dates the meeting 'Kamis (11/12/2026)'; detikNews, ANTARA and Tribunnews say Thursday "
                "10 December 2026 (the preview announced Kamis 10/12)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d1", "d.d1", "a.d1"],
     "summary": "The foreign ministers' one-on-one: 'hampir satu jam' in Tribunnews (after AFP), 40 minutes in "
                "detikNews and ANTARA (after Reuters)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["t.n2", "d.n10", "c.n1", "a.n8"],
     "summary": "Officials at the meeting: 'lebih dari 90' in Tribunnews (after AFP), 83 in detikNews, CNN Indonesia "
                "and ANTARA (Kemlu's count)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["t.n0", "t.n1"],
     "summary": "Tribunnews: the headline says Australia gives '8 Kapal Patroli', the body six."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Bambang Surya Atmaja", "Bambang Suryaatmaja"],
     "articles": [KP, DT, CN, AN, TR],
     "summary": "The Indonesian defence minister: Bambang Surya Atmaja (Kompas.com, detikNews, CNN Indonesia, ANTARA), "
                "Bambang Suryaatmaja (Tribunnews); one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k.t1", "d.t1", "a.t1", "t.t1"],
     "summary": "The 2+2 met on Thursday 10 December 2026 (announced for that day)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l2", "d.l1", "c.l2", "a.l3", "t.l2"],
     "summary": "The meeting was held at Parliament House (Gedung Parlemen Australia) in Canberra."},
    {"id": "F12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d.d2", "a.d2"],
     "summary": "The plenary session lasted about two and a half hours (02, 04)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c2", "a.c2", "c.c1", "t.c2"],
     "summary": "Joint promise: coordinated patrols in the Arafura Sea to begin by March 2027 (02, 04) / in the first "
                "quarter of 2027 (03, 05): the same promise worded differently."},
    {"id": "F14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c1", "c.c2", "a.c3", "a.c1", "t.c1"],
     "summary": "Australia will transfer six patrol boats to Bakamla (first two by June 2027, all by the end of 2028)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n3", "c.n4", "a.n2", "t.n1"],
     "summary": "Six patrol boats (02, 03, 04, 05 body)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n4", "a.n3"],
     "summary": "The first two boats by June 2027 (02, 04)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c5", "c.c3", "a.c5", "t.c3"],
     "summary": "Australia will fund 350 scholarships a year (from 2027)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n5", "c.n5", "a.n4", "t.n3"],
     "summary": "350 scholarships a year (02, 03, 04, 05)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c6", "a.c7", "t.c6"],
     "summary": "The next 2+2 will be held in Jakarta in 2027 / next year (02, 04, 05)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n10", "c.n1", "a.n8"],
     "summary": "83 officials in all (02, 03, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n8", "c.n2", "a.n9"],
     "summary": "48 of them Indonesians (02, 03, 04)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n11", "a.n10"],
     "summary": "35 Australians (02, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k.n3", "c.n6", "a.n11"],
     "summary": "About 19,000 Indonesian students in Australia, stated in passing (01, 03, 04)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n1", "c.n3"],
     "summary": "Two documents / arrangements signed (02, 03)."},
    {"id": "F25", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c3", "c.c6"],
     "summary": "The joint maritime working group will meet within 60 days (02, 03)."},
    {"id": "F26", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["d.t2", "a.t2"],
     "summary": "The meeting opened at 09.30 Canberra time (05.30 WIB) (02, 04; 01 had announced that start)."},
]

id_traps = [
    {"articles": [KP, DT, CN, AN], "claims": ["k.d1", "d.d1", "d.d2", "c.d1", "a.d1", "a.d2", "a.d3"],
     "why": "the six hours scheduled for the whole programme (01) vs the parts held: one-on-one 40 minutes, plenary "
            "about 2.5 hours, working lunch about 90 minutes, press conference about 40 minutes: schedule vs what "
            "happened, and different parts of the day"},
    {"articles": [DT, CN, AN], "claims": ["d.d1", "a.d1", "a.d3", "c.d1"],
     "why": "the one-on-one (40 minutes) and the press conference (about 40 minutes) are different sessions with the "
            "same length; the working lunch (90 minutes) is not the plenary"},
    {"articles": [KP], "claims": ["k.t3", "k.l3", "k.t1"],
     "why": "the preview's announcement (Jakarta, Rabu 9/12) is not the meeting (Canberra, Kamis 10/12); JAKARTA is "
            "the dateline"},
    {"articles": [KP, DT, AN], "claims": ["k.t2", "d.t2", "a.t2", "a.t3"],
     "why": "09.30 Canberra time = 05.30 WIB = 22.30 GMT Wednesday: one moment in three time zones; the GMT date is "
            "the day before"},
    {"articles": [KP, DT, AN, TR], "claims": ["k.n2", "d.n6", "a.n5", "t.n4", "d.n5", "a.n4", "t.n3"],
     "why": "500 was DFAT's Wednesday figure, revised to 350 on Thursday with its reason: an update, not a "
            "disagreement"},
    {"articles": [DT, AN], "claims": ["d.n7", "a.n6", "d.n5"],
     "why": "150 is the number of existing Australia Awards places counted twice, not a count of scholarships offered"},
    {"articles": [KP, DT], "claims": ["k.n1", "d.n8", "d.n9"],
     "why": "44 (Wednesday) and 48 (Thursday) are counts at different times; the four Bakamla officials explain the "
            "difference"},
    {"articles": [DT, CN, AN, TR], "claims": ["d.n10", "d.n8", "d.n11", "c.n1", "c.n2", "a.n8", "a.n9", "a.n10"],
     "why": "different groups counted: 83 in all = 48 Indonesians + 35 Australians"},
    {"articles": [DT, CN, AN, TR], "claims": ["d.c2", "a.c2", "c.c1", "t.c2", "t.c0b"],
     "why": "'paling lambat Maret 2027', 'pada kuartal pertama 2027' and 'Dimulai 2027' are the same deadline"},
    {"articles": [DT, CN, AN], "claims": ["d.c1", "c.c2", "a.c3", "d.n4", "a.n3"],
     "why": "June 2027 is the deadline for the first two boats, the end of 2028 for all six: not a disagreement"},
    {"articles": [KP, AN], "claims": ["k.t7", "k.l6", "k.d2", "a.t5", "a.l5", "a.d4"],
     "why": "background: the previous 2+2 in Jakarta (6 February 2025, about five hours) is another event"},
    {"articles": [DT, CN, AN, TR], "claims": ["d.l3", "c.l3", "d.l4", "a.l4", "t.l6", "t.l5", "t.l4"],
     "why": "Nusa Tenggara Timur / Kupang (where the boats will serve), Jakarta (next meeting, Kemhan statement) and "
            "the Australian Defence College are not the venue (Parliament House, Canberra)"},
    {"articles": [TR], "claims": ["t.n5", "t.c4", "t.t3"],
     "why": "the 60 TNI officers (Kemhan, Friday) are a different group from the delegation and the scholarships"},
    {"articles": [KP, DT, CN, AN], "claims": [],
     "why": "'Baca juga' headlines carry other stories' numbers ('3 Kapal Nelayan', '27 Awak', '5 Kapal Nelayan', "
            "'12 Kapal Ikan Asing', '5 nelayan'): links, not claims"},
    {"articles": [DT], "claims": [],
     "why": "the live page's 'Update 06.10 WIB' ... 'Update 13.30 WIB' stamps are times of reporting, not event times"},
    {"articles": [KP, CN, AN], "claims": ["k.n0", "k.n3", "c.n6", "a.n11"],
     "why": "'ke-10' is an ordinal of the forum and 19,000 students a background figure; neither counts anything at "
            "this meeting"},
]

# ------------------------------------------------------------------------------------------------ English
R, P, AP = "01_reuters_thursday.txt", "02_afp_thursday.html", "03_ap_thursday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-12-10T05:40Z", "cites": [],
        "note": "dateline 'CANBERRA, Dec 10 (Reuters) -' without the year; start 9:30 a.m. (2230 GMT Wednesday); "
                "40-minute one-on-one; plenary about 2.5 hours; press conference about 40 minutes; six boats, first "
                "two by June 2027; 350 scholarships (500 announced Wednesday, 150 counted twice); working group "
                "within 60 days; 83 officials (48 + 35); three quotations ANTARA translates; background Feb. 6, 2025"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-12-10T07:15Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> are not in the extracted text); 'first quarter of "
                "2027'; one-on-one 'nearly an hour' (Reuters: 40 minutes); 'more than 90 officials' (Reuters, AP: "
                "83); 'the 61-year-old retired general' for Bambang; Garrick's denial"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-12-10T10:30Z", "cites": [],
         "note": ".json record; round-up: the 2+2 and, in its last paragraphs ('Meanwhile, in Darwin'), an unrelated "
                 "fuel depot fire (nearly six hours, about 150 evacuated, road closed more than three hours); working "
                 "lunch about 90 minutes; 18-point statement; 48 of 83 Indonesians; 'The 58-year-old' for Whitford"},
}

en_claims = [
    # Reuters
    N("r.n0", R, "Australia to give Indonesia six patrol boats", 6, BOATN, core=False, zone="HEADLINE"),
    K("r.c0", R, "Australia to give Indonesia six patrol boats", "Australia", BOATS, "Indonesia", None, core=False,
      zone="HEADLINE"),
    L("r.l0", R, "after Canberra talks", "Canberra", core=False, zone="HEADLINE"),
    K("r.c1", R, "Australia will give Indonesia six patrol boats", "Australia", BOATS, "Indonesia", None),
    N("r.n1", R, "six patrol boats and the two neighbours", 6, BOATN),
    K("r.c2", R, "the two neighbours will begin coordinated naval patrols in the Arafura Sea by March 2027", BOTH,
      PATROL, None, "by March 2027", note="joint promise"),
    L("r.l1", R, "coordinated naval patrols in the Arafura Sea", ARA, core=False, event="coordinated patrols"),
    T("r.t1", R, "in a joint statement on Thursday after talks in Canberra", MEET, "2026-12-10", "THURSDAY"),
    L("r.l2", R, "after talks in Canberra", "Canberra"),
    L("r.l3", R, "meeting at Parliament House", "Canberra", venue=PH),
    T("r.t2", R, "The talks began at 9:30 a.m.", START, "2026-12-10", "THURSDAY"),
    T("r.t3", R, "2230 GMT Wednesday", START, "2026-12-09", "WEDNESDAY", core=False,
      note="GMT date of the 9:30 a.m. Thursday start"),
    D("r.d1", R, "a 40-minute one-on-one", 40, ONE),
    D("r.d2", R, "a plenary session of about two and a half hours", 150, PLEN, bound="about"),
    Q("r.q1", R, "Indonesia's security and Australia's security are not two separate files. They rise and fall together",
      GAR),
    K("r.c3", R, "Australia will transfer six Cape-class patrol boats to Indonesia's maritime security agency, Bakamla, "
                 "with the first two to be delivered by June 2027 and the rest by the end of 2028", "Australia", BOATS,
      "Indonesia", "first two by June 2027, the rest by the end of 2028"),
    N("r.n2", R, "six Cape-class patrol boats", 6, BOATN),
    N("r.n3", R, "the first two to be delivered by June 2027", 2, FIRST2),
    Q("r.q2", R, "The first two boats will be in Indonesian hands by the middle of next year, and we will not miss that "
                 "date", WHI),
    K("r.c4", R, "The first two boats will be in Indonesian hands by the middle of next year", "Australia", FIRST,
      "Indonesia", "by mid-2027", core=False, note="in Whitford's quote"),
    K("r.c5", R, "Australia will also fund 350 scholarships a year for Indonesian students and officials from 2027",
      "Australia", SCHOL, "Indonesia", "from 2027"),
    N("r.n4", R, "fund 350 scholarships a year", 350, SCHN, as_of="2026-12-10"),
    N("r.n5", R, "fewer than the 500", 500, SCHN, core=False, as_of="2026-12-09", note="the superseded figure"),
    T("r.t4", R, "the government announced on Wednesday", ANN, "2026-12-09", "WEDNESDAY", core=False),
    S("r.s1", R, "A spokesperson for the Department of Foreign Affairs and Trade said 150 of those places already "
                 "existed under the Australia Awards program and had been counted twice", DFATSP),
    N("r.n6", R, "150 of those places already existed", 150, DUP, core=False),
    S("r.s2", R, "said the agreements had to be measured in ships and students rather than in signatures", LAR),
    Q("r.q3", R, "We did not come to Canberra to sign paper. We came to put ships in the water and students in "
                 "classrooms", LAR),
    D("r.d3", R, "the news conference, which lasted about 40 minutes", 40, PRESS, bound="about"),
    K("r.c6", R, "a joint working group on maritime security would meet within 60 days", BOTH, WG, None,
      "within 60 days"),
    K("r.c7", R, "the next 2+2 meeting would be held in Jakarta in 2027", BOTH, NEXT, None, "in 2027"),
    L("r.l4", R, "would be held in Jakarta in 2027", "Jakarta", core=False, event="next 2+2 meeting"),
    N("r.n7", R, "A total of 83 officials took part", 83, DELTOT),
    N("r.n8", R, "48 of them from Indonesia", 48, DELID),
    N("r.n9", R, "35 from Australia", 35, DELAU),
    N("r.n10", R, "Some 19,000 Indonesian students", 19000, STUD, bound="about", core=False),
    T("r.t5", R, "held in Jakarta on Feb. 6, 2025", PREV, "2025-02-06", None, core=False, note="background"),
    L("r.l5", R, "The previous 2+2 meeting was held in Jakarta", "Jakarta", core=False, event=PREV),
    D("r.d4", R, "lasted about five hours", 300, PREV, bound="about", core=False, note="background"),

    # AFP (HTML)
    K("p.c0", P, "Indonesia, Australia pledge joint patrols", BOTH, PATROL, None, None, core=False, zone="HEADLINE"),
    K("p.c0b", P, "Canberra hands over patrol boats", "Australia", BOATS, "Indonesia", None, core=False,
      zone="HEADLINE"),
    K("p.c1", P, "Indonesia and Australia will start coordinated patrols of their shared waters in the first quarter "
                 "of 2027", BOTH, PATROL, None, "in the first quarter of 2027",
      note="the same promise as Reuters' 'by March 2027', worded differently"),
    L("p.l1", P, "announced in Canberra on Thursday", "Canberra"),
    T("p.t1", P, "in Canberra on Thursday", MEET, "2026-12-10", "THURSDAY"),
    K("p.c2", P, "Australia agreed to hand six patrol boats to its northern neighbour", "Australia", BOATS, "Indonesia",
      None),
    N("p.n1", P, "hand six patrol boats", 6, BOATN),
    D("p.d1", P, "spoke alone for nearly an hour", 60, ONE, bound="nearly"),
    N("p.n2", P, "more than 90 officials", 90, DELTOT, bound="more-than"),
    L("p.l2", P, "joined them at Parliament House", "Canberra", venue=PH),
    Q("p.q1", P, "Good neighbours do not only talk when the weather is bad", GAR),
    S("p.s1", P, "Indonesian Defence Minister Bambang Surya Atmaja said the patrols would cover the Arafura and Timor "
                 "seas", BAM),
    L("p.l3", P, "cover the Arafura and Timor seas", ARA, core=False, event="coordinated patrols"),
    Q("p.q2", P, "Our navies have shared these waters for decades. Now they will share the work", BAM,
      note="attributed by the description 'the 61-year-old retired general'"),
    K("p.c3", P, "Australia will deliver the six Cape-class boats to Indonesia's coast guard agency Bakamla in stages, "
                 "the first two by June 2027", "Australia", BOATS, "Indonesia", "first two by June 2027"),
    N("p.n3", P, "the six Cape-class boats", 6, BOATN),
    N("p.n4", P, "the first two by June 2027", 2, FIRST2),
    K("p.c4", P, "Canberra also trimmed a scholarship pledge it had made a day earlier: 350 places a year instead of "
                 "500", "Australia", SCHOL, "Indonesia", None),
    T("p.t2", P, "it had made a day earlier", ANN, "2026-12-09", None, core=False, note="relative: Wednesday"),
    N("p.n5", P, "350 places a year", 350, SCHN, as_of="2026-12-10"),
    N("p.n6", P, "instead of 500", 500, SCHN, core=False, as_of="2026-12-09", note="the superseded figure"),
    N("p.n7", P, "150 existing places had been counted twice", 150, DUP, core=False),
    S("p.s2", P, "Garrick denied that the boats were part of any deal on asylum-seeker boat turnbacks", GAR,
      note="denial"),
    Q("p.q3", P, "There is no such deal, and there will be none", GAR),
    N("p.n8", P, "the signing of two arrangements", 2, DOCS),
    K("p.c5", P, "They will meet again in Jakarta next year", FOUR, NEXT, None, "in 2027"),
    L("p.l4", P, "meet again in Jakarta next year", "Jakarta", core=False, event="next 2+2 meeting"),

    # AP (round-up)
    K("ap.c0", AP, "Australia, Indonesia agree on joint sea patrols", BOTH, PATROL, None, None, core=False,
      zone="HEADLINE"),
    L("ap.l0", AP, "shuts Darwin road", "Darwin", core=False, zone="HEADLINE", event=FIRE),
    T("ap.t1", AP, "Australia and Indonesia agreed on Thursday", MEET, "2026-12-10", "THURSDAY"),
    K("ap.c1", AP, "to begin coordinated patrols in the Arafura Sea by March 2027", BOTH, PATROL, None,
      "by March 2027", note="joint promise; two promised acts in one sentence"),
    L("ap.l1a", AP, "coordinated patrols in the Arafura Sea", ARA, core=False, event="coordinated patrols"),
    K("ap.c2", AP, "to hold their next security talks in Jakarta", BOTH, NEXT, None, None),
    L("ap.l1b", AP, "next security talks in Jakarta", "Jakarta", core=False, event="next 2+2 meeting"),
    L("ap.l1", AP, "defence ministers in Canberra", "Canberra"),
    L("ap.l2", AP, "met at Parliament House", "Canberra", venue=PH),
    D("ap.d1", AP, "a plenary session of about 2 1/2 hours", 150, PLEN, bound="about"),
    D("ap.d2", AP, "a working lunch that ran about 90 minutes", 90, LUNCH, bound="about"),
    N("ap.n1", AP, "18 points long", 18, POINTS),
    N("ap.n0", AP, "signing two arrangements", 2, DOCS),
    K("ap.c3", AP, "Australia will transfer six patrol boats to Indonesia", "Australia", BOATS, "Indonesia", None),
    N("ap.n2", AP, "transfer six patrol boats", 6, BOATN),
    K("ap.c4", AP, "fund 350 scholarships a year for Indonesian students and officials", "Australia", SCHOL,
      "Indonesia", None),
    N("ap.n3", AP, "fund 350 scholarships a year", 350, SCHN),
    N("ap.n4", AP, "48 of the 83 officials at the table were Indonesians", 48, DELID),
    N("ap.n5", AP, "the 83 officials at the table", 83, DELTOT),
    Q("ap.q1", AP, "We will train alongside each other, not just in front of each other", WHI),
    K("ap.c5", AP, "We will train alongside each other", BOTH, "train together", None, None, core=False,
      note="first-person promise in Whitford's quote"),
    S("ap.s1", AP, "The 58-year-old said Indonesian and Australian officers would also sit in the same classrooms at "
                   "defence colleges in both countries", WHI),
    S("ap.s2", AP, "Larasati Wibisono said the promises would be checked at the next meeting", LAR),
    Q("ap.q2", AP, "We did not come to Canberra to sign paper. We came to put ships in the water and students in "
                   "classrooms", LAR),
    N("ap.n6", AP, "Some 19,000 Indonesians study in Australia", 19000, STUD, bound="about", core=False),
    L("ap.l3", AP, "Meanwhile, in Darwin", "Darwin", core=False, event=FIRE),
    L("ap.l4", AP, "in the East Arm port area", "Darwin", core=False, event=FIRE),
    D("ap.d3", AP, "burned for nearly six hours", 360, FIRE, bound="nearly", core=False,
      note="the second, unrelated event"),
    T("ap.t2", AP, "hours on Thursday before firefighters", FIRE, "2026-12-10", "THURSDAY", core=False),
    S("ap.s3", AP, "the Northern Territory Fire and Rescue Service said", NTFRS, core=False),
    N("ap.n7", AP, "About 150 workers were evacuated", 150, "workers evacuated in Darwin", bound="about", core=False),
    N("ap.n8", AP, "two firefighters were treated for heat exhaustion", 2, "firefighters treated in Darwin",
      core=False),
    D("ap.d4", AP, "Berrimah Road was closed for more than three hours", 180, "Berrimah Road closure (Darwin fire)",
      bound="more-than", core=False),
    K("ap.c6", AP, "Investigators will examine the site on Friday", NTFRS, "examine the fire site", None,
      "Friday 2026-12-11", core=False),
    T("ap.t3", AP, "examine the site on Friday", "examination of the fire site", "2026-12-11", "FRIDAY", core=False),
]

en_findings = [
    {"id": "F1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d1", "p.d1"],
     "summary": "The foreign ministers' one-on-one: 40 minutes (Reuters) vs nearly an hour (AFP)."},
    {"id": "F2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["p.n2", "r.n7", "ap.n5"],
     "summary": "Officials at the meeting: more than 90 (AFP, from an Australian official) vs 83 (Reuters and AP, "
                "from Indonesia's foreign ministry)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n5", "r.n4"],
     "summary": "Scholarships a year: 500 announced on Wednesday, revised down to 350 on Thursday because 150 existing "
                "Australia Awards places had been counted twice (Reuters; AFP the same)."},
    {"id": "F4", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "ap.c1", "p.c1"],
     "summary": "Joint promise: coordinated patrols by March 2027 (Reuters, AP) / in the first quarter of 2027 (AFP): "
                "the same promise worded differently."},
    {"id": "F5", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c3", "p.c3", "ap.c3", "r.c1", "p.c2"],
     "summary": "Australia will transfer six patrol boats to Indonesia (Bakamla), the first two by June 2027."},
    {"id": "F6", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n2", "p.n3", "ap.n2"],
     "summary": "Six patrol boats (all three)."},
    {"id": "F7", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n3", "p.n4"],
     "summary": "The first two boats by June 2027 (Reuters, AFP)."},
    {"id": "F8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c5", "p.c4", "ap.c4"],
     "summary": "Australia will fund 350 scholarships a year."},
    {"id": "F9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n4", "p.n5", "ap.n3"],
     "summary": "350 scholarships a year (all three)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c7", "p.c5", "ap.c2"],
     "summary": "The next meeting will be held in Jakarta (next year / 2027)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "ap.d1"],
     "summary": "The plenary lasted about two and a half hours (Reuters, AP)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n8", "ap.n4"],
     "summary": "48 of the officials were Indonesians (Reuters, AP)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n7", "ap.n5"],
     "summary": "83 officials in all (Reuters, AP)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q3", "ap.q2"],
     "summary": "Larasati: 'We did not come to Canberra to sign paper...' (Reuters, AP)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n10", "ap.n6"],
     "summary": "Some 19,000 Indonesian students in Australia, stated in passing (Reuters, AP)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t1"],
     "summary": "The ministers met on Thursday (10 December 2026)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "p.l2", "ap.l2"],
     "summary": "The meeting was held at Parliament House, Canberra."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["p.n8", "ap.n0"],
     "summary": "Two arrangements signed (AFP, AP)."},
]

en_traps = [
    {"articles": [R, AP, P], "claims": ["r.d1", "r.d2", "r.d3", "ap.d1", "ap.d2", "p.d1"],
     "why": "one-on-one (40 minutes), plenary (about 2.5 hours), working lunch (about 90 minutes) and news "
            "conference (about 40 minutes) are different parts of the day"},
    {"articles": [R], "claims": ["r.t2", "r.t3"],
     "why": "'9:30 a.m. (2230 GMT Wednesday)': the GMT date is the day before the local date"},
    {"articles": [R, P], "claims": ["r.n5", "r.n4", "p.n6", "p.n5"],
     "why": "500 (announced Wednesday) and 350 (Thursday) are a revision, not a disagreement"},
    {"articles": [R, P, AP], "claims": ["r.n6", "p.n7", "ap.n7"],
     "why": "150 places counted twice vs about 150 workers evacuated in Darwin: different things, different events"},
    {"articles": [AP], "claims": ["ap.l0", "ap.l3", "ap.l4", "ap.d3", "ap.t2", "ap.s3", "ap.n7", "ap.n8", "ap.d4",
                                  "ap.c6", "ap.t3"],
     "why": "the Darwin fuel depot fire ('Meanwhile, in Darwin') is a second, unrelated event of the same day: its "
            "place, durations (nearly six hours, more than three hours) and counts are never to be compared with the "
            "talks'"},
    {"articles": [R, P, AP], "claims": ["r.c2", "ap.c1", "p.c1"],
     "why": "'by March 2027' and 'in the first quarter of 2027' are the same deadline"},
    {"articles": [R, P], "claims": ["r.c3", "p.c3", "r.n3", "p.n4"],
     "why": "June 2027 is the deadline for the first two boats, the end of 2028 for all six"},
    {"articles": [R], "claims": ["r.t5", "r.l5", "r.d4"],
     "why": "background: the previous 2+2 in Jakarta (Feb. 6, 2025, about five hours) is another event"},
    {"articles": [R, P, AP], "claims": ["r.l4", "p.l4", "ap.l1b"],
     "why": "Jakarta is the venue of the next meeting, not of this one (Canberra)"},
    {"articles": [R, P, AP], "claims": ["r.n7", "r.n8", "r.n9", "ap.n4", "ap.n5"],
     "why": "different groups counted: 83 in all = 48 Indonesians + 35 Australians"},
]

ENT = {
    LAR: ["Larasati Wibisono", "Larasati", "Menlu RI", "Indonesian Foreign Minister", "perempuan kelahiran Yogyakarta itu"],
    BAM: ["Bambang Surya Atmaja", "Bambang Suryaatmaja", "Bambang", "Menhan RI", "Indonesian Defence Minister",
          "Jenderal bintang tiga purnawirawan itu", "Pensiunan jenderal berusia 61 tahun itu",
          "the 61-year-old retired general"],
    GAR: ["Fiona Garrick", "Garrick", "Menlu Australia", "Australian Foreign Minister"],
    WHI: ["Declan Whitford", "Whitford", "Menhan Australia", "Australian Defence Minister", "The 58-year-old"],
    "Indonesia": ["Indonesia", "RI", "Jakarta"],
    "Australia": ["Australia", "Canberra"],
    "Bakamla": ["Badan Keamanan Laut (Bakamla)", "Bakamla", "Indonesia's maritime security agency"],
    "Canberra": ["Canberra", "Parliament House", "Gedung Parlemen Australia"],
}
id_entities = dict(ENT, **{
    ARYA: ["Arya Pradipta", "Arya", "Juru bicara Kementerian Luar Negeri (Kemlu)", "diplomat karier itu"],
    HEN: ["Hendra Wiratama", "Brigjen TNI Hendra Wiratama", "Karo Infohan Kemhan", "perwira tinggi itu"],
    KEMHAN: ["Kementerian Pertahanan (Kemhan)", "Kemhan"],
    DFATSP: ["juru bicara DFAT", "Juru bicara Departemen Luar Negeri dan Perdagangan Australia"],
})
en_entities = dict(ENT, **{
    DFATSP: ["A spokesperson for the Department of Foreign Affairs and Trade"],
    NTFRS: ["Northern Territory Fire and Rescue Service", "the fire service"],
})

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims, id_findings,
               id_traps, id_entities)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims, en_findings,
               en_traps, en_entities)
