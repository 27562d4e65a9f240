#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for ktt-indonesia-malaysia-kuching-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <event folder>/<lang>/gold.json`; write_gold keeps
the spans already filled for unchanged evidence).

Event (invented, written for claimdiff's evaluation): the 14th Indonesia-Malaysia Annual Consultation between
Indonesia's president Haryo Wicaksono (61) and Malaysia's prime minister Azman Rashid (66) at the Borneo Convention
Centre Kuching (BCCK), Sarawak, on Tuesday 8 December 2026. Previewed by Kompas.com on Monday 7 December (foreign
minister Dian Kartikasari's briefing in Jakarta): a tete-a-tete scheduled for 30 minutes from 10.00 local (09.00 WIB),
an expanded meeting, a working lunch; eight MoUs planned; at least 2,650 Indonesians in Malaysian immigration depots
in Sabah and Sarawak as of Sunday 6 December (KJRI Kuching and Kota Kinabalu).
Held: tete-a-tete 45 minutes (AFP: about an hour), expanded meeting nearly / about two hours, working lunch about an
hour; six MoUs signed (two postponed; CNN Indonesia says seven); delegations of 46 (Indonesia) and 38 (Malaysia).
Detainees revised to 2,400 on Tuesday (250 had been deported through Tawau the week before); Malaysia's Home
Minister Rosli Ahmad counts 2,380 (1,590 Sabah, 790 Sarawak). Promises: Malaysia repatriates the detainees within
60 days ('dalam dua bulan', 'within two months') at its own cost; the Jagoi Babang-Serikin border post opens to
travellers no later than 1 March 2027 (ANTARA's translation of Reuters: 1 Mei 2027); a joint letter to the European
Commission on the EUDR before the end of January 2027; the 15th consultation in Manado in 2027. Wednesday: the first
batch of 318 from the Semuja depot (Serian) to cross at Entikong on Friday 11 December.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ktt-indonesia-malaysia-kuching-2026')
EVENT = ("14th Indonesia-Malaysia Annual Consultation between President Haryo Wicaksono and Prime Minister Azman "
         "Rashid at the Borneo Convention Centre Kuching, Sarawak, Tuesday 2026-12-08: detained Indonesian migrants, "
         "the Jagoi Babang-Serikin border post, palm oil (written for claimdiff's evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

HAR, AZM, DIAN, TEGUH, ROSLI, YOH = ("Haryo Wicaksono", "Azman Rashid", "Dian Kartikasari", "Teguh Santosa",
                                     "Rosli Ahmad", "Yohanes Sitompul")
IDFM = "Indonesian foreign ministry"
P2MI = "Indonesian Ministry of Migrant Worker Protection (P2MI)"
MYHOME = "Malaysian Home Ministry"
BOTH = "Indonesia and Malaysia"
CONS = "14th annual consultation"
TAT = "tete-a-tete (one-on-one)"
EXP = "expanded bilateral meeting"
LUNCH = "working lunch"
DET = "Indonesians held in Malaysian immigration depots"
REPN = "Indonesians to be repatriated from the depots"
DEPORTED = "detainees already deported the week before"
FIRST = "first batch of detainees to be repatriated"
FIRSTE = "first repatriation batch crossing at Entikong"
MOU = "MoUs signed"
MOUP = "MoUs postponed"
REPAT = "repatriate the Indonesians held in immigration depots"
COST = "bear the cost of the repatriation"
BORDER = "open the Jagoi Babang-Serikin border post to travellers"
BDL = "border post opening (deadline)"
EUDR = "send a joint letter to the European Commission on the EU deforestation regulation"
NEXT = "hold the next (15th) annual consultation in Indonesia"
NEXTC = "15th annual consultation (2027)"
PREV = "13th annual consultation (2025)"
BCCK = "Borneo Convention Centre Kuching"
BPOST = "Jagoi Babang-Serikin border post"
EC = "European Commission"
D60 = "within 60 days"
JAN = "before the end of January 2027"
MAR1 = "2027-03-01"

# ---------------------------------------------------------------------------------------------- Indonesian
K1, DT, TR, AN, CN = ("01_kompas_senin-preview.txt", "02_detik_live-selasa.txt", "03_tribunnews_afp-selasa.txt",
                      "04_antara_reuters-selasa.json", "05_cnnindonesia_rabu.html")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-12-07T17:45+07:00", "cites": [],
         "note": "PREVIEW (JAKARTA dateline, Monday): the consultation is scheduled for Selasa (8/12/2026) at BCCK from "
                 "10.00 local (09.00 WIB); the tete-a-tete 'dijadwalkan berlangsung 30 menit' and the eight MoUs are "
                 "plans; 'sedikitnya 2.650 WNI' in the depots as of Minggu (6/12) (revised to 2.400 on Tuesday); "
                 "headline '2.650 WNI' is the count as of then, not an inconsistency; background: the 13th "
                 "consultation in Jakarta, Selasa (29/7/2025), four MoUs; two 'Baca juga' lines with numbers"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-12-08T16:40+07:00", "cites": [],
         "note": "LIVE page, newest first, times in WIB (Kuching is one hour ahead); spells the Malaysian PM 'Azman "
                 "Rasyid'; 16.35 entry: Kemlu revises the detainees to 2.400 from 2.650 (250 already deported via "
                 "Tawau); 'dalam dua bulan' for the repatriation; four MoUs by 13.10 WIB, six by 13.30 (two "
                 "postponed); tete-a-tete 45 minutes vs 30 scheduled; expanded meeting 'hampir dua jam'; lunch about "
                 "an hour; delegations 46 and 38"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-12-08T18:10+07:00", "cites": ["AFP"],
         "note": "after AFP ('Dikutip dari AFP'); KUCHING dateline; spells 'Azman Rasyid'; headline 'Malaysia Pulangkan "
                 "2.650 PMI' while the body says about 2.400; 'sekitar satu jam' for the tete-a-tete (AFP; others 45 "
                 "minutes); gives Azman's 'Sawit bukan kejahatan...' to Haryo (AFP and CNN Indonesia give it to "
                 "Azman); border post 'pada Maret 2027'"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-12-08T19:25+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_tuesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'no later than March 1, "
                 "2027' became 'paling lambat 1 Mei 2027'; renders three of the wire's four quotations (Haryo's "
                 "second sentence becomes reported speech); drops the byline and the Related line, adds its own Baca "
                 "juga and 'Sumber: Reuters'"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-12-09T10:15+07:00", "cites": [],
         "note": "HTML page (byline, date <div>s and <figcaption> are not in the extracted text); Wednesday, Jakarta "
                 "dateline; mostly a repeat of Tuesday's results with one new figure: the first batch of 318 from the "
                 "Semuja depot crossing at Entikong on Jumat (11/12); says 'tujuh nota kesepahaman' (the others six); "
                 "renders AFP's Azman quote (uncredited)"},
}

id_claims = [
    # 01 Kompas.com preview (Monday)
    L("k1.l0", K1, "Presiden Haryo ke Kuching Besok", "Kuching", core=False, zone="HEADLINE"),
    T("k1.t0", K1, "ke Kuching Besok", CONS, "2026-12-08", None, core=False, zone="HEADLINE",
      note="relative: 'besok' from Monday"),
    N("k1.n0", K1, "Pemulangan 2.650 WNI", 2650, DET, core=False, zone="HEADLINE", as_of="2026-12-06",
      note="the count as of Sunday, true when published; revised to 2.400 on Tuesday"),
    L("k1.l1", K1, "dijadwalkan bertolak ke Kuching, Sarawak, Malaysia", "Kuching", note="the planned place"),
    T("k1.t1", K1, "Selasa (8/12/2026) pagi", CONS, "2026-12-08", "TUESDAY", note="the planned date"),
    D("k1.d1", K1, "tete-a-tete yang dijadwalkan berlangsung 30 menit", 30, TAT, expected=True,
      note="the scheduled length; it lasted 45 minutes"),
    L("k1.l2", K1, "Pertemuan akan digelar di Borneo Convention Centre Kuching (BCCK)", "Kuching", venue=BCCK,
      note="the planned venue"),
    T("k1.t2", K1, "mulai pukul 10.00 waktu setempat atau 09.00 WIB", "consultation start (planned)", "2026-12-08",
      "TUESDAY", core=False, expected=True, note="planned start, local time and WIB (one hour behind)"),
    Q("k1.q1", K1, "Perbatasan, pelindungan pekerja migran, dan sawit akan menjadi tiga pokok pembicaraan", DIAN),
    L("k1.l3", K1, "dalam keterangan pers di Kementerian Luar Negeri, Jakarta", "Jakarta", core=False,
      event="foreign ministry briefing (preview)", note="place of the briefing, not of the consultation"),
    T("k1.t3", K1, "Jakarta, Senin (7/12/2026)", "foreign ministry briefing (preview)", "2026-12-07", "MONDAY",
      core=False, note="the announcement date, not the consultation date"),
    N("k1.n1", K1, "sebanyak delapan nota kesepahaman (MoU) direncanakan", 8, "MoUs planned", expected=True,
      note="planned; six were signed, two postponed"),
    N("k1.n2", K1, "sedikitnya 2.650 WNI masih berada di depo imigrasi", 2650, DET, bound="at-least",
      as_of="2026-12-06", note="KJRI Kuching and KJRI Kota Kinabalu, as of Sunday; revised to 2.400 on Tuesday"),
    L("k1.l4", K1, "di depo imigrasi di Sabah dan Sarawak", "Sabah and Sarawak", core=False, event=DET),
    T("k1.t4", K1, "hingga Minggu (6/12/2026)", "detainee count (as of)", "2026-12-06", "SUNDAY", core=False),
    Q("k1.q2", K1, "Kami tidak ingin ada satu pun WNI yang menunggu berbulan-bulan di depo hanya karena soal paspor",
      DIAN, note="attributed by the description 'diplomat karier berusia 54 tahun itu'"),
    L("k1.l5", K1, "Pos Lintas Batas Negara (PLBN) Jagoi Babang di Bengkayang, Kalimantan Barat", BPOST),
    L("k1.l6", K1, "berhadapan dengan Serikin di Sarawak", BPOST, core=False, note="the Malaysian side of the post"),
    T("k1.t5", K1, "rampung dibangun pada 2024", "border post completed", "2024", None, core=False,
      note="background"),
    L("k1.l7", K1, "Konsultasi Tahunan ke-13 digelar di Jakarta", "Jakarta", core=False, event=PREV,
      note="background"),
    T("k1.t6", K1, "di Jakarta pada Selasa (29/7/2025)", PREV, "2025-07-29", "TUESDAY", core=False,
      note="background: the previous consultation"),
    N("k1.n3", K1, "menghasilkan empat MoU", 4, "MoUs signed at the 13th consultation", core=False,
      note="background"),

    # 02 detikNews live page (Tuesday, newest first, WIB)
    L("d.l0", DT, "Konsultasi Tahunan RI-Malaysia di Kuching", "Kuching", core=False, zone="HEADLINE"),
    L("d.l1", DT, "Konsultasi Tahunan ke-14 di Kuching, Sarawak", "Kuching"),
    T("d.t1", DT, "Kuching, Sarawak, Selasa (8/12/2026)", CONS, "2026-12-08", "TUESDAY"),
    S("d.s1", DT, "Kementerian Luar Negeri merevisi jumlah WNI di depo imigrasi Sabah dan Sarawak menjadi 2.400 orang",
      IDFM),
    N("d.n1", DT, "menjadi 2.400 orang", 2400, DET, as_of="2026-12-08T16:35+07:00", revision="merevisi",
      note="revised down from 2.650 because 250 had already been deported"),
    N("d.n2", DT, "turun dari 2.650 yang diumumkan Senin", 2650, DET, core=False, as_of="2026-12-06",
      note="the superseded count"),
    N("d.n3", DT, "250 orang di antaranya ternyata sudah dideportasi", 250, DEPORTED),
    L("d.l2", DT, "dideportasi lewat Tawau ke Nunukan", "Tawau", core=False, event="deportation of 250 detainees"),
    T("d.t2", DT, "ke Nunukan pekan lalu", "deportation of 250 detainees", None, None, core=False,
      note="relative: the week before the consultation"),
    Q("d.q1", DT, "Datanya sudah kami cocokkan ulang dengan Jabatan Imigresen Malaysia. Yang benar 2.400 orang", TEGUH),
    N("d.n4", DT, "Yang benar 2.400 orang", 2400, DET, core=False, note="in Teguh's quote"),
    L("d.l3", DT, "dalam konferensi pers di BCCK", "Kuching", venue=BCCK),
    K("d.c1", DT, "Malaysia akan memulangkan 2.400 WNI dari depo imigrasi dalam dua bulan", "Malaysia", REPAT,
      "Indonesia", D60, note="'dalam dua bulan': the same deadline as 'dalam 60 hari'"),
    N("d.n5", DT, "memulangkan 2.400 WNI", 2400, REPN, expected=True),
    K("d.c2", DT, "dengan biaya ditanggung Pemerintah Malaysia", "Malaysia", COST, "Indonesia", None,
      note="passive"),
    K("d.c3", DT, "PLBN Jagoi Babang-Serikin disepakati mulai melayani perlintasan orang paling lambat 1 Maret 2027",
      BOTH, BORDER, None, MAR1),
    L("d.l4", DT, "PLBN Jagoi Babang-Serikin", BPOST),
    T("d.t3", DT, "paling lambat 1 Maret 2027", BDL, MAR1, None, expected=True),
    Q("d.q2", DT, "Mulai 1 Maret, warga di dua sisi perbatasan tidak perlu lagi memutar lewat Entikong", HAR),
    T("d.t4", DT, "Mulai 1 Maret", BDL, MAR1, None, core=False, expected=True, note="in Haryo's quote"),
    L("d.l5", DT, "memutar lewat Entikong", "Entikong", core=False, note="the detour the post will spare"),
    S("d.s2", DT, "Azman menambahkan, kedua negara akan mengirim surat bersama kepada Komisi Eropa", AZM),
    K("d.c4", DT, "kedua negara akan mengirim surat bersama kepada Komisi Eropa soal aturan antideforestasi Uni Eropa "
                  "(EUDR) sebelum akhir Januari 2027", BOTH, EUDR, EC, JAN),
    N("d.n10", DT, "Hingga pukul 13.10 WIB, empat MoU telah diteken", 4, MOU, as_of="2026-12-08T13:10+07:00",
      note="running count during the signing; six by 13.30 WIB"),
    N("d.n6", DT, "menandatangani enam MoU", 6, MOU, as_of="2026-12-08T13:30+07:00"),
    N("d.n7", DT, "Dua MoU lain yang semula dijadwalkan", 2, MOUP),
    D("d.d1", DT, "santap siang kerja selama sekitar satu jam", 60, LUNCH, bound="about"),
    D("d.d2", DT, "Pertemuan bilateral diperluas berlangsung hampir dua jam", 120, EXP, bound="nearly"),
    T("d.t5", DT, "sejak pukul 10.00 WIB", "expanded meeting start", "2026-12-08", None, core=False,
      note="10.00 WIB = 11.00 local time"),
    N("d.n8", DT, "Delegasi Indonesia beranggotakan 46 orang", 46, "Indonesian delegation members"),
    N("d.n9", DT, "delegasi Malaysia 38 orang", 38, "Malaysian delegation members"),
    D("d.d3", DT, "rampung setelah berlangsung 45 menit", 45, TAT),
    D("d.d4", DT, "lebih lama dari 30 menit yang dijadwalkan", 30, TAT, core=False, expected=True,
      note="the scheduled length"),
    L("d.l6", DT, "di lobi Borneo Convention Centre Kuching", "Kuching", core=False, venue=BCCK),
    L("d.l7", DT, "dari Pangkalan TNI AU Halim Perdanakusuma, Jakarta", "Jakarta", core=False,
      event="the president's departure", note="departure point, not the venue"),

    # 03 Tribunnews (after AFP, Tuesday evening)
    N("t.n0", TR, "Malaysia Pulangkan 2.650 PMI", 2650, REPN, zone="HEADLINE", expected=True,
      note="the headline contradicts the body (about 2.400); 2.650 was Monday's superseded count"),
    K("t.c0", TR, "Malaysia Pulangkan 2.650 PMI dari Depo Imigrasi", "Malaysia", REPAT, "Indonesia", None,
      core=False, zone="HEADLINE"),
    K("t.c1", TR, "Malaysia akan memulangkan sekitar 2.400 pekerja migran Indonesia (PMI) yang ditahan di depo "
                  "imigrasi dalam 60 hari", "Malaysia", REPAT, "Indonesia", D60),
    N("t.n1", TR, "memulangkan sekitar 2.400 pekerja migran Indonesia", 2400, REPN, bound="about", expected=True),
    L("t.l1", TR, "seusai pertemuan di Kuching, ibu kota negara bagian Sarawak", "Kuching"),
    T("t.t1", TR, "Sarawak, Selasa (8/12/2026)", CONS, "2026-12-08", "TUESDAY"),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d1", TR, "berbicara empat mata selama sekitar satu jam", 60, TAT, bound="about",
      note="AFP's figure; detikNews, ANTARA (Reuters) and CNN Indonesia: 45 minutes"),
    L("t.l2", TR, "di sebuah pusat konvensi di Kuching", "Kuching", core=False, venue=BCCK),
    N("t.n2", TR, "sebelumnya disebut 2.650 orang pada Senin", 2650, DET, core=False, as_of="2026-12-07",
      revision="menurunkannya", note="the superseded count"),
    N("t.n3", TR, "250 di antaranya sudah dideportasi", 250, DEPORTED),
    T("t.t2", TR, "sudah dideportasi pekan lalu", "deportation of 250 detainees", None, None, core=False,
      note="relative"),
    N("t.n4", TR, "tiga WNI meninggal dunia sepanjang tahun ini", 3, "Indonesians who died in the depots in 2026",
      core=False, note="background"),
    Q("t.q1", TR, "Sawit bukan kejahatan, dan petani kecil di Kalimantan bukan penjahat", HAR,
      note="misattributed: AFP (which Tribunnews cites) and CNN Indonesia give it to Azman"),
    K("t.c2", TR, "Kedua negara akan menyurati Komisi Eropa secara bersama sebelum akhir Januari", BOTH, EUDR, EC, JAN),
    S("t.s1", TR, "Haryo juga menyebut pos lintas batas antara Jagoi Babang di Kalimantan Barat dan Serikin di Sarawak "
                  "akan dibuka untuk pelintas pada Maret 2027", HAR),
    K("t.c3", TR, "akan dibuka untuk pelintas pada Maret 2027", BOTH, BORDER, None, "2027-03"),
    L("t.l3", TR, "antara Jagoi Babang di Kalimantan Barat dan Serikin di Sarawak", BPOST),
    T("t.t3", TR, "pada Maret 2027", BDL, "2027-03", None, expected=True),
    Q("t.q2", TR, "Kami tidak akan membiarkan warga perbatasan menunggu satu tahun lagi", HAR,
      note="attributed by the description 'mantan gubernur berusia 61 tahun itu'"),
    K("t.c4", TR, "Kami tidak akan membiarkan warga perbatasan menunggu satu tahun lagi", "Indonesia", BORDER,
      "border residents", None, core=False, note="first-person promise in Haryo's quote"),
    D("t.d2", TR, "menunggu satu tahun lagi", 525600, "waiting for the border post (hypothetical)", core=False,
      note="in the quote; not the length of anything that happened"),
    N("t.n5", TR, "Enam nota kesepahaman diteken", 6, MOU),
    K("t.c5", TR, "Kedua pemimpin akan kembali bertemu tahun depan di Manado", BOTH, NEXT, None, "2027"),
    L("t.l4", TR, "di Manado, Sulawesi Utara", "Manado", core=False, event=NEXTC,
      note="the next consultation's place"),
    A("t.a2", TR, "Tribunnews.com/Fitri/AFP", "AFP", core=False, note="credit line"),

    # 04 ANTARA (translation of Reuters)
    N("a.n0", AN, "Malaysia pulangkan 2.400 WNI", 2400, REPN, core=False, zone="HEADLINE", expected=True),
    L("a.l0", AN, "buka pos lintas batas di Kalimantan", "Borneo", core=False, zone="HEADLINE"),
    K("a.c1", AN, "Malaysia akan memulangkan sekitar 2.400 warga Indonesia yang ditahan di depo imigrasi dalam 60 "
                  "hari", "Malaysia", REPAT, "Indonesia", D60),
    N("a.n1", AN, "memulangkan sekitar 2.400 warga Indonesia", 2400, REPN, bound="about", expected=True),
    K("a.c2", AN, "kedua negara bertetangga akan membuka pos lintas batas yang lama tertunda di perbatasan Kalimantan "
                  "awal tahun depan", BOTH, BORDER, None, "early 2027"),
    L("a.l1", AN, "di perbatasan Kalimantan", "Borneo", core=False),
    T("a.t1", AN, "kata kedua pemimpin pada Selasa", CONS, "2026-12-08", "TUESDAY"),
    L("a.l2", AN, "seusai konsultasi tahunan di ibu kota negara bagian Sarawak", "Kuching"),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    D("a.d1", AN, "bertemu empat mata selama 45 menit", 45, TAT),
    D("a.d2", AN, "pertemuan diperluas bersama para menteri selama hampir dua jam", 120, EXP, bound="nearly"),
    L("a.l3", AN, "di Borneo Convention Centre Kuching", "Kuching", venue=BCCK),
    N("a.n2", AN, "merevisi jumlah warganya di depo tahanan di Sabah dan Sarawak menjadi 2.400", 2400, DET,
      as_of="2026-12-08", revision="merevisi"),
    N("a.n3", AN, "dari 2.650", 2650, DET, core=False, note="the superseded count"),
    N("a.n4", AN, "250 orang telah dideportasi", 250, DEPORTED),
    L("a.l4", AN, "melalui pelabuhan Tawau, Malaysia", "Tawau", core=False, event="deportation of 250 detainees"),
    T("a.t2", AN, "Malaysia, pekan lalu", "deportation of 250 detainees", None, None, core=False, note="relative"),
    Q("a.q1", AN, "Tidak boleh ada orang yang mendekam berbulan-bulan di depo hanya karena dokumen yang tidak lengkap",
      HAR),
    S("a.s2", AN, "Ia menambahkan, Malaysia telah setuju menanggung biaya pemulangan mereka", HAR,
      note="the wire's second Haryo quotation rendered as reported speech"),
    K("a.c3", AN, "Malaysia telah setuju menanggung biaya pemulangan mereka", "Malaysia", COST, "Indonesia", None),
    L("a.l5", AN, "Pos lintas batas Jagoi Babang-Serikin", BPOST),
    T("a.t4", AN, "selesai dibangun pada 2024", "border post completed", "2024", None, core=False,
      note="background"),
    K("a.c4", AN, "akan mulai melayani penumpang paling lambat 1 Mei 2027", BOTH, BORDER, None, "2027-05-01",
      note="the translation's changed value: Reuters wrote 'no later than March 1, 2027'"),
    T("a.t3", AN, "paling lambat 1 Mei 2027", BDL, "2027-05-01", None, expected=True,
      note="the translation's changed value: Reuters wrote March 1, 2027; every other outlet March"),
    T("a.t5", AN, "dirilis pukul 15.00 (07.00 GMT)", "joint statement released", "2026-12-08", None, core=False,
      note="15.00 local = 07.00 GMT = 14.00 WIB"),
    D("a.d3", AN, "perjalanan memutar selama tiga jam lewat Entikong", 180, "detour through Entikong", core=False,
      note="a travel time, not a part of the consultation"),
    L("a.l6", AN, "lewat Entikong", "Entikong", core=False),
    Q("a.q2", AN, "Kami tidak sedang membangun tembok di Kalimantan. Kami membangun pintu", AZM),
    N("a.n5", AN, "penandatanganan enam nota kesepahaman", 6, MOU),
    N("a.n6", AN, "Dua lainnya, tentang energi dan pendidikan, semula direncanakan", 2, MOUP),
    N("a.n7", AN, "sekitar 85 persen minyak sawit dunia", 85, "share of world palm oil output (percent)",
      core=False, bound="about", note="background"),
    K("a.c5", AN, "sepakat mengirim surat bersama kepada Komisi Eropa mengenai regulasi antideforestasinya sebelum "
                  "akhir Januari", BOTH, EUDR, EC, JAN),
    Q("a.q3", AN, "Eropa menginginkan minyak sawit kita dan diamnya kita. Mereka hanya akan mendapatkan minyak "
                  "sawitnya", DIAN),
    N("a.n8", AN, "sekitar 1,2 juta pekerja Indonesia", 1200000, "Indonesian workers in Malaysia", core=False,
      bound="about", note="background estimate"),
    L("a.l7", AN, "di perkebunan di Sabah dan Sarawak", "Sabah and Sarawak", core=False),
    K("a.c6", AN, "Konsultasi tahunan berikutnya akan digelar di Indonesia pada 2027", BOTH, NEXT, None, "2027"),
    L("a.l8", AN, "akan digelar di Indonesia pada 2027", "Indonesia", core=False, event=NEXTC),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 CNN Indonesia (HTML, Wednesday, Jakarta dateline)
    L("c.l0", CN, "Usai KTT Kuching", "Kuching", core=False, zone="HEADLINE"),
    N("c.n0", CN, "318 WNI dari Depo Semuja Dipulangkan Jumat", 318, FIRST, core=False, zone="HEADLINE",
      expected=True),
    T("c.t0", CN, "Dipulangkan Jumat", FIRSTE, "2026-12-11", "FRIDAY", core=False, zone="HEADLINE", expected=True),
    N("c.n1", CN, "Gelombang pertama sebanyak 318 warga negara Indonesia (WNI)", 318, FIRST, expected=True,
      note="the one new figure of Wednesday's article"),
    L("c.l1", CN, "dari Depo Imigresen Semuja di Serian, Sarawak", "Serian", core=False, event=FIRSTE),
    K("c.c1", CN, "akan dipulangkan melalui Pos Lintas Batas Negara (PLBN) Entikong, Jumat (11/12)", "Malaysia",
      "repatriate the first batch of 318 detainees through Entikong", "Indonesia", "2026-12-11", note="passive"),
    L("c.l2", CN, "melalui Pos Lintas Batas Negara (PLBN) Entikong", "Entikong", event=FIRSTE,
      note="the first batch's crossing, not the new Jagoi Babang post"),
    T("c.t1", CN, "Entikong, Jumat (11/12)", FIRSTE, "2026-12-11", "FRIDAY", expected=True),
    L("c.l3", CN, "di Kuching, Sarawak", "Kuching"),
    T("c.t2", CN, "Selasa (8/12)", CONS, "2026-12-08", "TUESDAY"),
    S("c.s1", CN, "pihaknya telah menyiapkan penampungan sementara di Entikong, Kabupaten Sanggau", YOH, core=False),
    L("c.l4", CN, "penampungan sementara di Entikong, Kabupaten Sanggau", "Entikong", core=False),
    Q("c.q1", CN, "Kami akan menjemput mereka di perbatasan dan memastikan semuanya sampai di kampung halaman "
                  "masing-masing", YOH),
    K("c.c2", CN, "Kami akan menjemput mereka di perbatasan", P2MI,
      "pick up the repatriated detainees at the border and take them home", "the repatriated Indonesians", None,
      note="first-person promise in Yohanes's quote"),
    L("c.l5", CN, "kata Yohanes di Jakarta", "Jakarta", core=False, event="P2MI statement"),
    T("c.t3", CN, "Jakarta, Rabu (9/12)", "P2MI statement", "2026-12-09", "WEDNESDAY", core=False),
    K("c.c3", CN, "Malaysia berjanji memulangkan 2.400 WNI yang ditahan di depo imigrasi Sabah dan Sarawak dalam 60 "
                  "hari", "Malaysia", REPAT, "Indonesia", D60),
    N("c.n2", CN, "memulangkan 2.400 WNI", 2400, REPN, expected=True),
    N("c.n3", CN, "Angka tersebut direvisi dari 2.650", 2650, DET, core=False, revision="direvisi",
      note="the superseded count with its reason"),
    N("c.n4", CN, "250 orang telah lebih dulu dideportasi", 250, DEPORTED, core=False),
    L("c.l6", CN, "dideportasi melalui Tawau", "Tawau", core=False, event="deportation of 250 detainees"),
    T("c.t4", CN, "melalui Tawau pekan lalu", "deportation of 250 detainees", None, None, core=False,
      note="relative"),
    N("c.n5", CN, "penandatanganan tujuh nota kesepahaman", 7, MOU,
      note="every other outlet says six (two more were postponed)"),
    K("c.c4", CN, "disepakati mulai melayani pelintas paling lambat 1 Maret 2027", BOTH, BORDER, None, MAR1),
    L("c.l7", CN, "PLBN Jagoi Babang di Bengkayang, Kalimantan Barat", BPOST),
    T("c.t5", CN, "paling lambat 1 Maret 2027", BDL, MAR1, None, expected=True),
    Q("c.q2", CN, "Sawit bukan kejahatan, dan petani kecil di Kalimantan bukan penjahat", AZM),
    D("c.d1", CN, "Pertemuan empat mata kedua pemimpin berlangsung 45 menit", 45, TAT),
    D("c.d2", CN, "disusul pertemuan diperluas hampir dua jam", 120, EXP, bound="nearly"),
    K("c.c5", CN, "Konsultasi Tahunan ke-15 dijadwalkan berlangsung di Manado, Sulawesi Utara, pada 2027", BOTH, NEXT,
      None, "2027"),
    L("c.l8", CN, "di Manado, Sulawesi Utara", "Manado", core=False, event=NEXTC),
]

# dates of announcements, of the next consultation and of the EUDR letter's deadline (core: false)
EUDRD = "joint EUDR letter (deadline)"
id_claims += [
    N("k1.n4", K1, "tiga pokok pembicaraan", 3, "main topics of the talks", core=False, note="in Dian's quote"),
    T("d.t6", DT, "yang diumumkan Senin", "detainee count announced", "2026-12-07", "MONDAY", core=False),
    T("d.t7", DT, "sebelum akhir Januari 2027", EUDRD, "2027-01-31", None, core=False, expected=True),
    T("t.t4", TR, "orang pada Senin", "detainee count announced", "2026-12-07", "MONDAY", core=False),
    T("t.t5", TR, "bertemu tahun depan", NEXTC, "2027", None, core=False, expected=True),
    T("t.t6", TR, "sebelum akhir Januari", EUDRD, "2027-01-31", None, core=False, expected=True),
    T("a.t6", AN, "awal tahun depan", BDL, "2027", None, core=False, expected=True),
    T("a.t7", AN, "di Indonesia pada 2027", NEXTC, "2027", None, core=False, expected=True),
    T("a.t8", AN, "sebelum akhir Januari", EUDRD, "2027-01-31", None, core=False, expected=True),
    T("c.t6", CN, "Sulawesi Utara, pada 2027", NEXTC, "2027", None, core=False, expected=True),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n2", "d.n1"],
     "summary": "Indonesians in Malaysian immigration depots: 'sedikitnya 2.650' as of Sunday (Kompas.com, Monday), "
                "revised by Kemlu to 2.400 on Tuesday because 250 had already been deported through Tawau the week "
                "before (detikNews 16.35 WIB; also ANTARA, Tribunnews body, CNN Indonesia)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["d.n10", "d.n6"],
     "summary": "MoUs signed during the ceremony (detikNews live): four by 13.10 WIB, six by 13.30 WIB."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d1", "d.d3", "a.d1", "c.d1"],
     "summary": "The tete-a-tete lasted 'sekitar satu jam' in Tribunnews (after AFP), 45 minutes in detikNews, ANTARA "
                "(after Reuters) and CNN Indonesia."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["c.n5", "d.n6", "t.n5", "a.n5"],
     "summary": "MoUs signed: seven in CNN Indonesia, six in detikNews, Tribunnews and ANTARA (two more were planned but "
                "postponed)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["a.t3", "d.t3", "c.t5", "t.t3"],
     "summary": "The border post opens to travellers 'paling lambat 1 Mei 2027' in ANTARA, 1 Maret 2027 in detikNews "
                "and CNN Indonesia (Tribunnews: Maret 2027; Reuters, which ANTARA translates: March 1, 2027)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["a.c4", "d.c3", "c.c4"],
     "summary": "The same promise with different deadlines: the post opens by 1 Mei 2027 (ANTARA) vs by 1 Maret 2027 "
                "(detikNews, CNN Indonesia)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "c.q2"],
     "summary": "'Sawit bukan kejahatan, dan petani kecil di Kalimantan bukan penjahat' is Haryo's in Tribunnews, "
                "Azman's in CNN Indonesia (AFP, which Tribunnews cites, gives it to Azman)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["t.n0", "t.n1"],
     "summary": "Tribunnews: the headline says 'Malaysia Pulangkan 2.650 PMI', the body about 2.400 (2.650 being "
                "Monday's superseded count)."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Azman Rashid", "Azman Rasyid"],
     "articles": [K1, DT, TR, AN, CN],
     "summary": "Malaysia's prime minister: Azman Rashid (Kompas.com, ANTARA, CNN Indonesia), Azman Rasyid "
                "(detikNews, Tribunnews); one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t1", "d.t1", "t.t1", "a.t1", "c.t2"],
     "summary": "The consultation took place on Tuesday 8 December 2026 (as the preview announced)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l2", "d.l3", "a.l3", "t.l1", "c.l3"],
     "summary": "The consultation was held in Kuching, at the Borneo Convention Centre Kuching (BCCK)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d.d3", "a.d1", "c.d1"],
     "summary": "The tete-a-tete lasted 45 minutes (detikNews, ANTARA, CNN Indonesia)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d.d2", "a.d2", "c.d2"],
     "summary": "The expanded meeting lasted nearly two hours (detikNews, ANTARA, CNN Indonesia)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c1", "t.c1", "a.c1", "c.c3"],
     "summary": "Malaysia will repatriate the detained Indonesians within 60 days; detikNews words it 'dalam dua "
                "bulan', the others 'dalam 60 hari'."},
    {"id": "F15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c2", "a.c3"],
     "summary": "Malaysia bears the cost of the repatriation (detikNews passive, ANTARA 'telah setuju menanggung')."},
    {"id": "F16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c4", "t.c2", "a.c5"],
     "summary": "A joint letter to the European Commission on the EUDR before the end of January 2027."},
    {"id": "F17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["d.c3", "c.c4", "t.c3"],
     "summary": "The Jagoi Babang-Serikin post opens to travellers by 1 March 2027 (Tribunnews: in March 2027)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["t.c5", "a.c6", "c.c5"],
     "summary": "The next (15th) consultation in Indonesia in 2027, in Manado (Tribunnews, CNN Indonesia)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n5", "t.n1", "a.n1", "c.n2"],
     "summary": "About 2.400 Indonesians to be repatriated (detikNews, Tribunnews body, ANTARA, CNN Indonesia)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n1", "a.n2"],
     "summary": "2.400 Indonesians in the depots after Kemlu's revision (detikNews, ANTARA)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n3", "t.n3", "a.n4", "c.n4"],
     "summary": "250 detainees had already been deported the week before (the reason for the revision)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n7", "a.n6"],
     "summary": "Two planned MoUs (energy, education) were postponed (detikNews, ANTARA)."},
]

id_traps = [
    {"articles": [K1, DT], "claims": ["k1.d1", "d.d4", "d.d3"],
     "why": "the 30 minutes scheduled for the tete-a-tete vs the 45 minutes it lasted: schedule vs what happened"},
    {"articles": [DT, AN, CN, TR], "claims": ["d.d3", "d.d2", "d.d1", "a.d1", "a.d2", "c.d1", "c.d2", "t.d1"],
     "why": "the tete-a-tete (45 min), the expanded meeting (nearly two hours) and the working lunch (about an hour) are "
            "separately timed parts; the lunch's hour is not the tete-a-tete's hour"},
    {"articles": [K1, DT, AN], "claims": ["k1.n1", "d.n6", "d.n7", "a.n5", "a.n6", "d.n10"],
     "why": "eight MoUs planned (preview) vs six signed and two postponed: schedule vs what happened; four by 13.10 WIB "
            "is a running count"},
    {"articles": [K1, DT, TR, AN, CN], "claims": ["k1.n0", "k1.n2", "d.n2", "t.n2", "a.n3", "c.n3", "d.n1"],
     "why": "2.650 (as of Sunday, announced Monday) and 2.400 (revised Tuesday) are counts at different times; the "
            "preview's headline 2.650 was true when published"},
    {"articles": [DT, TR, AN, CN],
     "claims": ["d.n3", "d.n8", "d.n9", "t.n4", "a.n7", "a.n8", "c.n1", "c.n2", "d.n5"],
     "why": "different things counted: 2.400 detainees to be repatriated; 250 already deported; 318 in the first batch; "
            "delegations of 46 and 38; three deaths this year; 1,2 juta workers; 85 persen of palm oil"},
    {"articles": [K1], "claims": ["k1.t6", "k1.l7", "k1.n3"],
     "why": "background: the 13th consultation (Jakarta, Selasa 29/7/2025, four MoUs) is another event"},
    {"articles": [K1], "claims": ["k1.t3", "k1.l3", "k1.t1"],
     "why": "the preview's briefing (Jakarta, Senin 7/12) is not the consultation (Kuching, Selasa 8/12)"},
    {"articles": [K1, DT, AN], "claims": ["k1.t2", "d.t5", "a.t5"],
     "why": "local time (WITA-equivalent, UTC+8) vs WIB (one hour behind) vs GMT: 10.00 local = 09.00 WIB; the joint "
            "statement at 15.00 local = 07.00 GMT = the 14.20 WIB entry"},
    {"articles": [DT, TR, AN, CN],
     "claims": ["d.l2", "d.l5", "d.l7", "t.l4", "a.l4", "a.l6", "a.l8", "c.l1", "c.l2", "c.l4", "c.l5", "c.l6", "c.l8"],
     "why": "Halim (departure), Tawau (earlier deportations), Entikong (the detour; the first batch's crossing), Serian "
            "(the depot), Jakarta (CNN's dateline and Yohanes' statement) and Manado / Indonesia (the next "
            "consultation) are not the venue (BCCK, Kuching)"},
    {"articles": [DT, TR, AN, CN], "claims": ["d.c1", "t.c1", "a.c1", "c.c3"],
     "why": "'dalam dua bulan' and 'dalam 60 hari' are the same deadline"},
    {"articles": [DT, TR, CN], "claims": ["d.c3", "t.c3", "c.c4", "a.c2"],
     "why": "'pada Maret 2027' and 'awal tahun depan' are compatible with 'paling lambat 1 Maret 2027' (only ANTARA's "
            "1 Mei is a discrepancy)"},
    {"articles": [TR, AN], "claims": ["t.d2", "a.d3"],
     "why": "'menunggu satu tahun lagi' (a quote) and the three-hour detour via Entikong are not lengths of the "
            "consultation"},
    {"articles": [CN], "claims": ["c.n1", "c.t1", "c.c1"],
     "why": "the first batch of 318 on Friday 11/12 is a part of the 2.400, and a later date than the consultation"},
    {"articles": [K1, AN, TR], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('Rp 150 per Kg', '3 WNI Meninggal', '8 Bulan "
            "Tertahan'): links, not claims"},
]

# ---------------------------------------------------------------------------------------------- English
R, B, F = "01_reuters_tuesday.txt", "02_bernama_tuesday.html", "03_afp_tuesday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-12-08T09:30Z", "cites": [],
        "note": "dateline 'KUCHING, Malaysia, Dec 8 (Reuters)' without the year; 45-minute one-on-one, nearly two hours "
                "of expanded talks, a working lunch; detainees revised to 2,400 from 2,650; border post no later than "
                "March 1, 2027; six MoUs, two postponed; joint statement at 3 p.m. (0700 GMT); four quotations (ANTARA "
                "renders three); a Related line with 2,650"},
    B: {"outlet": "BERNAMA", "language": "en", "published": "2026-12-08T17:20+08:00", "cites": [],
        "note": "HTML page (byline, date <div>s and <figcaption> dropped from the text); 'today' = 8 December; "
                "45-minute tete-a-tete from 10 am, a bilateral meeting of about two hours, an hour-long working lunch; "
                "delegations 46 and 38; Home Minister Rosli Ahmad counts 2,380 detainees (1,590 Sabah + 790 "
                "Sarawak); 'within two months'; Manado next year"},
    F: {"outlet": "AFP", "language": "en", "published": "2026-12-08T10:05Z", "cites": [],
        "note": ".json record; 'about an hour' alone (Reuters, Bernama: 45 minutes); 2,650 lowered to some 2,400; "
                "Azman's palm oil quote (Tribunnews gives it to Haryo); 'by March 2027'; 'Haryo, 61', 'the former "
                "governor'"},
}

en_claims = [
    # Reuters (Tuesday)
    N("r.n0", R, "Malaysia to send home 2,400 detained Indonesians", 2400, REPN, core=False, zone="HEADLINE",
      expected=True),
    L("r.l0", R, "open Borneo border post", "Borneo", core=False, zone="HEADLINE"),
    K("r.c1", R, "Malaysia will repatriate about 2,400 Indonesians held in immigration detention within 60 days",
      "Malaysia", REPAT, "Indonesia", D60),
    N("r.n1", R, "repatriate about 2,400 Indonesians", 2400, REPN, bound="about", expected=True),
    K("r.c2", R, "the two neighbours will open a long-delayed crossing on their Borneo border early next year", BOTH,
      BORDER, None, "early 2027"),
    L("r.l1", R, "on their Borneo border", "Borneo", core=False),
    T("r.t1", R, "their leaders said on Tuesday", CONS, "2026-12-08", "TUESDAY"),
    L("r.l2", R, "after annual talks in the Sarawak state capital", "Kuching"),
    D("r.d1", R, "met alone for 45 minutes", 45, TAT),
    D("r.d2", R, "nearly two hours of expanded talks with their ministers", 120, EXP, bound="nearly"),
    L("r.l3", R, "at the Borneo Convention Centre in Kuching", "Kuching", venue=BCCK),
    S("r.s1", R, "Indonesia's foreign ministry revised the number of its citizens in detention depots in Sabah and "
                 "Sarawak to 2,400 from 2,650", IDFM),
    N("r.n2", R, "Sabah and Sarawak to 2,400", 2400, DET, as_of="2026-12-08", revision="revised"),
    N("r.n3", R, "from 2,650", 2650, DET, core=False, note="the superseded count"),
    N("r.n4", R, "250 had already been deported", 250, DEPORTED),
    L("r.l4", R, "through the Malaysian port of Tawau", "Tawau", core=False, event="deportation of 250 detainees"),
    T("r.t2", R, "Tawau last week", "deportation of 250 detainees", None, None, core=False, note="relative"),
    Q("r.q1", R, "Nobody should sit in a depot for months because of missing paperwork", HAR),
    Q("r.q2", R, "Malaysia has agreed to bear the cost of sending them home", HAR),
    K("r.c3", R, "Malaysia has agreed to bear the cost of sending them home", "Malaysia", COST, "Indonesia", None,
      note="in Haryo's quote"),
    L("r.l5", R, "The Jagoi Babang-Serikin border post", BPOST),
    T("r.t4", R, "finished in 2024", "border post completed", "2024", None, core=False, note="background"),
    K("r.c4", R, "will begin handling passengers no later than March 1, 2027", BOTH, BORDER, None, MAR1),
    T("r.t3", R, "no later than March 1, 2027", BDL, MAR1, None, expected=True),
    T("r.t5", R, "released at 3 p.m. (0700 GMT)", "joint statement released", "2026-12-08", None, core=False,
      note="3 p.m. local = 0700 GMT"),
    D("r.d3", R, "a three-hour detour through Entikong", 180, "detour through Entikong", core=False,
      note="a travel time"),
    L("r.l6", R, "through Entikong", "Entikong", core=False),
    Q("r.q3", R, "We are not building walls in Borneo. We are building doors", AZM),
    N("r.n5", R, "the signing of six memorandums of understanding", 6, MOU),
    N("r.n6", R, "Two more, on energy and education, had been planned", 2, MOUP),
    N("r.n7", R, "about 85% of the world's palm oil", 85, "share of world palm oil output (percent)", core=False,
      bound="about", note="background"),
    K("r.c5", R, "agreed to send a joint letter to the European Commission on its anti-deforestation regulation before "
                 "the end of January", BOTH, EUDR, EC, JAN),
    Q("r.q4", R, "Europe wants our palm oil and our silence. It will only get the palm oil", DIAN),
    N("r.n8", R, "an estimated 1.2 million Indonesian workers", 1200000, "Indonesian workers in Malaysia",
      core=False, bound="about", note="background estimate"),
    L("r.l7", R, "on plantations in Sabah and Sarawak", "Sabah and Sarawak", core=False),
    K("r.c6", R, "The next annual consultation will be held in Indonesia in 2027", BOTH, NEXT, None, "2027"),
    L("r.l8", R, "will be held in Indonesia in 2027", "Indonesia", core=False, event=NEXTC),

    # BERNAMA (HTML, Tuesday)
    K("b.c0", B, "agree to open Serikin-Jagoi Babang crossing by March 1", BOTH, BORDER, None, MAR1, core=False,
      zone="HEADLINE"),
    L("b.l0", B, "Serikin-Jagoi Babang crossing", BPOST, core=False, zone="HEADLINE"),
    K("b.c1", B, "Malaysia and Indonesia have agreed to open the Serikin-Jagoi Babang border crossing to travellers by "
                 "March 1 next year", BOTH, BORDER, None, MAR1),
    T("b.t1", B, "by March 1 next year", BDL, MAR1, None, expected=True),
    T("b.t0", B, "Azman Rashid said today", CONS, "2026-12-08", None, note="'today' = the dateline's Dec 8"),
    L("b.l1", B, "links the Bau district in Sarawak with Bengkayang regency in West Kalimantan", BPOST, core=False),
    Q("b.q1", B, "Families in Serikin and Jagoi Babang are one people divided by a line on a map. We will give them a "
                 "proper door", AZM),
    K("b.c2", B, "We will give them a proper door", BOTH, BORDER, "border residents", None, core=False,
      note="first-person promise in Azman's quote"),
    L("b.l2", B, "at the Borneo Convention Centre Kuching (BCCK)", "Kuching", venue=BCCK),
    D("b.d1", B, "a 45-minute tete-a-tete", 45, TAT),
    T("b.t2", B, "tete-a-tete from 10 am", "tete-a-tete start", "2026-12-08", None, core=False,
      note="local time"),
    D("b.d2", B, "a bilateral meeting of about two hours", 120, EXP, bound="about"),
    D("b.d3", B, "an hour-long working lunch", 60, LUNCH),
    N("b.n1", B, "Indonesia's 46-member delegation", 46, "Indonesian delegation members"),
    N("b.n2", B, "the 38-member Malaysian delegation", 38, "Malaysian delegation members"),
    K("b.c3", B, "Malaysia would repatriate Indonesians held at immigration depots in Sabah and Sarawak within two "
                 "months", "Malaysia", REPAT, "Indonesia", D60, note="'within two months'"),
    K("b.c4", B, "the cost of the repatriation would be borne by the Malaysian government", "Malaysia", COST,
      "Indonesia", None, note="passive"),
    S("b.s1", B, "Home Minister Datuk Seri Rosli Ahmad said 2,380 Indonesians were being held at the depots as of today",
      ROSLI),
    N("b.n3", B, "2,380 Indonesians were being held at the depots", 2380, DET, as_of="2026-12-08",
      note="Malaysian Home Ministry's count; Reuters (Indonesian foreign ministry): 2,400"),
    N("b.n4", B, "1,590 of them in Sabah", 1590, "detainees in Sabah depots"),
    N("b.n5", B, "790 in Sarawak", 790, "detainees in Sarawak depots"),
    Q("b.q2", B, "We will move them in stages, starting with the Semuja depot in Serian this week", ROSLI),
    K("b.c5", B, "We will move them in stages, starting with the Semuja depot in Serian this week", MYHOME,
      "repatriate the detainees in stages, starting with the Semuja depot", "Indonesia", "this week"),
    L("b.l3", B, "the Semuja depot in Serian", "Serian", core=False),
    N("b.n6", B, "Six memoranda of understanding were exchanged", 6, MOU),
    N("b.n7", B, "some 85 per cent of global output", 85, "share of world palm oil output (percent)", core=False,
      bound="about", note="background"),
    K("b.c6", B, "would send a joint letter to the European Commission on the European Union Deforestation Regulation "
                 "(EUDR) before the end of January", BOTH, EUDR, EC, JAN),
    L("b.l5", B, "Sarawak was honoured to host the consultation", "Sarawak", core=False),
    T("b.t3", B, "for the first time since 2017", "previous consultation hosted in Sarawak", "2017", None, core=False,
      note="background"),
    K("b.c7", B, "The 15th Annual Consultation will be held in Manado, North Sulawesi, next year", BOTH, NEXT, None,
      "2027"),
    L("b.l4", B, "in Manado, North Sulawesi", "Manado", core=False, event=NEXTC),

    # AFP (.json, Tuesday)
    K("f.c0", F, "leaders pledge to free detained workers", "Malaysia", REPAT, "Indonesia", None, core=False,
      zone="HEADLINE"),
    L("f.l0", F, "take palm oil fight to Brussels", "Brussels", core=False, zone="HEADLINE",
      note="the EU, metonymy"),
    K("f.c1", F, "Malaysia will send home some 2,400 Indonesian migrants held in its immigration depots within 60 days",
      "Malaysia", REPAT, "Indonesia", D60),
    N("f.n1", F, "send home some 2,400 Indonesian migrants", 2400, REPN, bound="about", expected=True),
    T("f.t1", F, "the two countries' leaders said Tuesday", CONS, "2026-12-08", "TUESDAY"),
    L("f.l1", F, "after talks on the island of Borneo", "Borneo", core=False),
    D("f.d1", F, "spoke alone for about an hour", 60, TAT, bound="about",
      note="Reuters and Bernama: 45 minutes"),
    L("f.l2", F, "at a convention centre in Kuching, the capital of Sarawak state", "Kuching", venue=BCCK),
    N("f.n2", F, "The number of detainees had been put at 2,650 on Monday", 2650, DET, core=False,
      as_of="2026-12-07", note="the superseded count"),
    N("f.n3", F, "250 of them had already been deported", 250, DEPORTED),
    T("f.t2", F, "had already been deported last week", "deportation of 250 detainees", None, None, core=False,
      note="relative"),
    N("f.n4", F, "three Indonesians have died this year", 3, "Indonesians who died in the depots in 2026",
      core=False, note="background"),
    Q("f.q1", F, "Palm oil is not a crime, and the smallholders of Borneo are not criminals", AZM),
    K("f.c2", F, "The two countries will write jointly to the European Commission before the end of January", BOTH,
      EUDR, EC, JAN),
    S("f.s1", F, "Haryo, 61, said a border post between Jagoi Babang in Indonesia's West Kalimantan province and "
                 "Serikin in Sarawak would open to travellers by March 2027", HAR),
    L("f.l3", F, "between Jagoi Babang in Indonesia's West Kalimantan province and Serikin in Sarawak", BPOST),
    K("f.c3", F, "would open to travellers by March 2027", BOTH, BORDER, None, "2027-03"),
    T("f.t3", F, "by March 2027", BDL, "2027-03", None, expected=True),
    Q("f.q2", F, "We will not let the people of the border wait another year", HAR,
      note="attributed by the description 'the former governor'"),
    K("f.c4", F, "We will not let the people of the border wait another year", "Indonesia", BORDER,
      "border residents", None, core=False, note="first-person promise in Haryo's quote"),
    D("f.d2", F, "wait another year", 525600, "waiting for the border post (hypothetical)", core=False,
      note="in the quote; not the length of anything that happened"),
    N("f.n5", F, "Six memorandums of understanding were signed", 6, MOU),
    K("f.c5", F, "The leaders will meet again next year in the Indonesian city of Manado", BOTH, NEXT, None, "2027"),
    L("f.l4", F, "in the Indonesian city of Manado", "Manado", core=False, event=NEXTC),
    N("f.n6", F, "An estimated 1.2 million Indonesians work in Malaysia", 1200000, "Indonesian workers in Malaysia",
      core=False, bound="about", note="background estimate; 'may be twice as high' gives no number"),
]

en_claims += [
    T("r.t6", R, "early next year", BDL, "2027", None, core=False, expected=True),
    T("r.t7", R, "in Indonesia in 2027", NEXTC, "2027", None, core=False, expected=True),
    T("r.t8", R, "before the end of January", EUDRD, "2027-01-31", None, core=False, expected=True),
    T("b.t4", B, "North Sulawesi, next year", NEXTC, "2027", None, core=False, expected=True),
    T("b.t5", B, "before the end of January", EUDRD, "2027-01-31", None, core=False, expected=True),
    T("b.t6", B, "in Serian this week", "start of the staged repatriation", None, None, core=False, expected=True,
      note="in Rosli's quote: the week of 7 December"),
    T("f.t4", F, "2,650 on Monday", "detainee count announced", "2026-12-07", "MONDAY", core=False),
    T("f.t5", F, "meet again next year", NEXTC, "2027", None, core=False, expected=True),
    T("f.t6", F, "before the end of January", EUDRD, "2027-01-31", None, core=False, expected=True),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["f.d1", "r.d1", "b.d1"],
     "summary": "The one-on-one: about an hour (AFP) vs 45 minutes (Reuters, Bernama)."},
    {"id": "E2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["r.n2", "b.n3"],
     "summary": "Indonesians in the depots on Tuesday: 2,400 (Reuters, Indonesian foreign ministry) vs 2,380 (Bernama, "
                "Malaysian Home Minister Rosli Ahmad)."},
    {"id": "E3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["f.n2", "r.n2"],
     "summary": "Detainees: 2,650 given on Monday, revised down to 2,400 on Tuesday because 250 had already been "
                "deported through Tawau (Reuters, AFP)."},
    {"id": "E4", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "b.t0", "f.t1"],
     "summary": "The consultation took place on Tuesday 8 December 2026."},
    {"id": "E5", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "b.l2", "f.l2"],
     "summary": "Held in Kuching, at the Borneo Convention Centre Kuching."},
    {"id": "E6", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "b.d1"],
     "summary": "The one-on-one lasted 45 minutes (Reuters, Bernama)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "b.d2"],
     "summary": "The expanded talks lasted nearly / about two hours (Reuters, Bernama)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "b.c3", "f.c1"],
     "summary": "Malaysia repatriates the detained Indonesians within 60 days; Bernama words it 'within two months'."},
    {"id": "E9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c3", "b.c4"],
     "summary": "Malaysia bears the cost (Reuters in Haryo's quote, Bernama passive)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c4", "b.c1", "f.c3"],
     "summary": "The Jagoi Babang-Serikin post opens to travellers by March 1, 2027 (AFP: by March 2027)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c5", "b.c6", "f.c2"],
     "summary": "A joint letter to the European Commission on the deforestation regulation before the end of January."},
    {"id": "E12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c6", "b.c7", "f.c5"],
     "summary": "The next consultation in Indonesia (Manado) in 2027."},
    {"id": "E13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n5", "b.n6", "f.n5"],
     "summary": "Six MoUs signed / exchanged."},
    {"id": "E14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "f.n1"],
     "summary": "About 2,400 Indonesians to be sent home (Reuters, AFP)."},
    {"id": "E15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n4", "f.n3"],
     "summary": "250 had already been deported (Reuters, AFP)."},
    {"id": "E16", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t3", "b.t1"],
     "summary": "The border post opens by March 1, 2027 (Reuters, Bernama; AFP: by March 2027)."},
]

en_traps = [
    {"articles": [R, B, F], "claims": ["r.d1", "r.d2", "b.d1", "b.d2", "b.d3", "f.d1"],
     "why": "the one-on-one (45 min), the expanded talks (nearly / about two hours) and the hour-long working lunch are "
            "separately timed parts; 'nearly two hours' and 'about two hours' are compatible"},
    {"articles": [R, F], "claims": ["r.n3", "f.n2", "r.n2"],
     "why": "2,650 (Monday) was superseded by 2,400 (Tuesday): an update, not a discrepancy"},
    {"articles": [B], "claims": ["b.n3", "b.n4", "b.n5"],
     "why": "1,590 in Sabah + 790 in Sarawak = 2,380: parts of one count"},
    {"articles": [R, B, F],
     "claims": ["r.n4", "r.n7", "r.n8", "b.n1", "b.n2", "b.n7", "f.n3", "f.n4", "f.n6", "r.n1", "f.n1"],
     "why": "different things counted: 2,400 to be repatriated; 250 already deported; delegations of 46 and 38; three "
            "deaths this year; 1.2 million workers; 85% of palm oil"},
    {"articles": [R], "claims": ["r.n5", "r.n6"],
     "why": "six MoUs signed and two planned but postponed: not a discrepancy with 'six'"},
    {"articles": [R, B], "claims": ["r.t5", "b.t2"],
     "why": "'3 p.m. (0700 GMT)' gives the same moment in local time and GMT; '10 am' is local time"},
    {"articles": [R, B, F], "claims": ["r.c1", "b.c3", "f.c1", "r.c4", "b.c1", "f.c3", "r.c2"],
     "why": "'within two months' and 'within 60 days' are the same deadline; 'by March 2027', 'early next year' and "
            "'no later than March 1, 2027' are compatible"},
    {"articles": [R, B, F],
     "claims": ["r.l4", "r.l6", "r.l8", "b.l3", "b.l4", "f.l0", "f.l4"],
     "why": "Tawau, Entikong, Serian, Brussels and Manado / Indonesia (the next consultation) are not the venue"},
    {"articles": [R, F], "claims": ["r.d3", "f.d2"],
     "why": "the three-hour detour and 'wait another year' (a quote) are not lengths of the talks"},
    {"articles": [B], "claims": ["b.t3"], "why": "background: Sarawak last hosted in 2017"},
    {"articles": [R], "claims": [],
     "why": "the dateline 'KUCHING, Malaysia, Dec 8' has no year, and the 'Related:' headline's 2,650 is another "
            "article's number"},
]

ENT_COMMON = {
    HAR: ["Haryo Wicaksono", "Haryo", "Presiden Haryo", "President Haryo Wicaksono", "Indonesian President",
          "Presiden RI", "the former governor", "mantan gubernur berusia 61 tahun itu"],
    AZM: ["Azman Rashid", "Azman Rasyid", "Azman", "Datuk Seri Azman Rashid", "PM Azman", "Prime Minister",
          "Perdana Menteri Malaysia", "Malaysian Prime Minister"],
    DIAN: ["Dian Kartikasari", "Dian", "Menteri Luar Negeri", "Menlu", "Indonesian Foreign Minister",
           "diplomat karier berusia 54 tahun itu"],
    ROSLI: ["Rosli Ahmad", "Datuk Seri Rosli Ahmad", "Rosli", "Home Minister"],
    "Malaysia": ["Malaysia", "Pemerintah Malaysia", "the Malaysian government", "Kuala Lumpur"],
    "Indonesia": ["Indonesia", "RI", "Jakarta"],
    BOTH: ["kedua negara", "the two countries", "the two neighbours", "kedua pemimpin", "the two leaders",
           "Malaysia and Indonesia", "Indonesia dan Malaysia"],
    "Kuching": ["Kuching", "BCCK", "Borneo Convention Centre Kuching", "ibu kota negara bagian Sarawak",
                "the Sarawak state capital"],
    BPOST: ["PLBN Jagoi Babang", "Jagoi Babang", "Serikin", "Jagoi Babang-Serikin", "Serikin-Jagoi Babang"],
    "Borneo": ["Borneo", "Kalimantan"],
}
id_entities = dict(ENT_COMMON, **{
    TEGUH: ["Teguh Santosa", "Teguh", "Juru bicara Kemlu"],
    YOH: ["Yohanes Sitompul", "Yohanes", "Menteri P2MI"],
    IDFM: ["Kementerian Luar Negeri", "Kemlu"],
    P2MI: ["Kementerian P2MI", "pihaknya"],
})
en_entities = dict(ENT_COMMON, **{
    IDFM: ["Indonesia's foreign ministry", "Jakarta"],
    MYHOME: ["Home Ministry", "Rosli Ahmad"],
})

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims, id_findings,
               id_traps, id_entities)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims, en_findings,
               en_traps, en_entities)
