#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for ktt-turki-yunani-thessaloniki-2026 (held-out set; spans are filled
afterwards by `nice -n 19 python3 /work/main/corpora/tools/fill_spans.py <lang>/gold.json`; re-running this
script drops them).

Event (invented, written for claimdiff's evaluation): Turkey's president Kemal Yurtsever (67) and Greece's prime
minister Andreas Vlachopoulos (54) hold a one-day summit at the Makedonia Palace hotel in Thessaloniki on Thursday
15 October 2026 (local time UTC+3). Announced by Greek government spokesman Petros Mavridis (49) in Athens on
Tuesday 13 October: from 10.00, four hours of talks, a 45-minute one-on-one then expanded talks with ministers,
a joint press conference at 14.00, "at least 15" agreements to sign. What happened: start 10.20 (20 minutes
late); the one-on-one ran more than an hour by 11.30 and ended about 11.50 after about 90 minutes; expanded talks
about two hours; nearly four hours in all; 13.15: the agreements revised from 15 to 12 (three drafts need legal
review, to be signed by the foreign ministers in Istanbul in November); 12 signed; the press conference began
14.40 (40 minutes late) and lasted about 35 minutes. Promises: Turkey sends a formal proposal on continental-shelf
talks by the end of October; the leaders meet again in Ankara next year (first half of 2027); no military
exercises in the Aegean June-September 2027; Greece's fast-track visas for Turkish tourists on 12 islands from
1 April 2027; trade target $10 billion by 2030; Greece answers the proposal within 30 days of receiving it.
Disputed: trade 2025 ("nearly $7 billion" per Yurtsever, "about $6 billion"/6.3 billion euros per Greek figures);
Turkey's Aegean Army (Reuters: some 40,000 troops; AP: about 50,000). Background: previous summit in Ankara,
Wednesday 12 February 2025, about three hours, nine agreements; a Turkish drone near Lesbos at 00.40 Wednesday
14 October (21.40 GMT Tuesday 13 October).
"""
import json, os
from gold_helpers import Q, S, D, T, L, K, A, gold_file  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ktt-turki-yunani-thessaloniki-2026')
EVENT = ("One-day summit of Turkey's president Kemal Yurtsever and Greece's prime minister Andreas Vlachopoulos at "
         "the Makedonia Palace hotel, Thessaloniki, Thursday 2026-10-15 (held-out set written for claimdiff's "
         "evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

YUR, VLA, MAV = "Kemal Yurtsever", "Andreas Vlachopoulos", "Petros Mavridis"
BOTH = "Kemal Yurtsever and Andreas Vlachopoulos"
SUMMIT = "summit of the two leaders"
ONE = "one-on-one meeting"
ONE_S = "one-on-one meeting (scheduled)"
TALKS_S = "summit talks (scheduled)"
EXP = "expanded talks"
TOTAL = "summit (one-on-one and expanded talks)"
PREV = "previous summit (2025)"
NEXT = "next summit (2027, planned)"
SIGNED = "agreements signed"
TOSIGN = "agreements to be signed"
POSTP = "agreements postponed"
TROOPS = "troops in Turkey's Aegean Army"
TRADE = "bilateral trade 2025 USD"
TARGET = "bilateral trade target 2030 USD"
PROPOSAL = "send a formal proposal on talks over the Aegean continental shelf"
MEETAGAIN = "meet again (next high-level summit) in Ankara"
DRONE = "Turkish drone in Greek airspace near Lesbos"
VENUE = "Makedonia Palace Hotel"
EOM = "2026-10-31"


def C(cid, art, typ, ev, core=True, **kw):
    c = {"id": cid, "article": art, "type": typ, "evidence": ev, "core": core}
    c.update(kw)
    return c


def N(cid, art, ev, amount, what, core=True, **kw):
    c = C(cid, art, "QUANTITY", ev, core, what=what, **kw)
    if amount is not None:
        c["amount"] = amount
    return c


# ---------------------------------------------------------------------------------------------- Indonesian
K1, TR, CN, AN, DT = ("01_kompas_rabu-preview.txt", "02_tribunnews_kamis-live.txt", "03_cnnindonesia_kamis-malam.html",
                      "04_antara_reuters_kamis-malam.json", "05_detik_jumat-pagi.txt")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-10-14T17:30+07:00", "cites": ["Reuters", "AFP"],
         "note": "PREVIEW of Wednesday (ATHENA dateline): the announcement is Selasa (13/10/2026) in Athens, the summit "
                 "Kamis (15/10/2026) in Thessaloniki; four hours, a 45-minute one-on-one, the 14.00 press conference "
                 "and 'sedikitnya 15' agreements are plans; 40,000 troops (Athens's claim, denied by Ankara); "
                 "background: the previous summit in Ankara, Rabu (12/2/2025), about three hours, nine agreements"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-10-15T15:45+07:00", "cites": [],
         "note": "live story from the venue (THESSALONIKI), updated at 12.10 and 13.15 local and at 19.20 WIB: start "
                 "10.20 (20 minutes late); the one-on-one 'lebih dari satu jam' at 11.30, then 'sekitar 90 menit'; "
                 "agreements 'direvisi dari 15 menjadi 12' with the reason (legal review); the three to be signed by "
                 "the foreign ministers in Istanbul in November; the spokesman described as 'Juru bicara berusia 49 "
                 "tahun itu'; caption in the text"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-10-15T21:10+07:00", "cites": [],
         "note": "HTML page (byline/date <div>s and <figcaption> are not in the extracted text), Jakarta dateline; the "
                 "press conference; WRONG WEEKDAY 'Rabu (15/10)' (15 October 2026 is a Thursday); spells the Greek "
                 "prime minister 'Vlahopoulos'; Yurtsever as 'Pemimpin berusia 67 tahun itu', Vlachopoulos as 'Pria "
                 "berusia 54 tahun itu'; the parties' trade figures (nearly $7bn vs about $6bn)"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-10-15T22:05+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_thursday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: '$10 billion in annual "
                 "bilateral trade by 2030' became '15 miliar dolar AS pada 2030'; renders the wire's three quotes; "
                 "drops the byline and the Related line, adds its own Baca juga and 'Sumber: Reuters'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-10-16T07:30+07:00", "cites": ["AFP", "Reuters"],
         "note": "Friday morning, ANKARA dateline, merges AFP and Reuters; HEADLINE says 'Teken 15 Kesepakatan' while "
                 "its body says 12 were signed (INCONSISTENCY); MISATTRIBUTES Vlachopoulos's 'Laut Aegea bisa menjadi "
                 "laut kerja sama ...' to Yurtsever; 'hampir empat jam' is the whole summit (one-on-one included)"},
}

id_claims = [
    # 01 Kompas preview (Wednesday 14/10)
    T("k1.t0", K1, "di Thessaloniki Kamis", SUMMIT, "2026-10-15", "THURSDAY", core=False, zone="HEADLINE"),
    L("k1.l0", K1, "Akan Bertemu di Thessaloniki", "Thessaloniki", core=False, zone="HEADLINE"),
    L("k1.l1", K1, "bertemu di Thessaloniki, Yunani", "Thessaloniki", note="the planned place"),
    T("k1.t1", K1, "pada Kamis (15/10/2026)", SUMMIT, "2026-10-15", "THURSDAY", note="the planned date"),
    T("k1.t2", K1, "dalam jumpa pers di Athena, Selasa (13/10/2026)", "announcement of the summit", "2026-10-13",
      "TUESDAY", core=False, note="the announcement date, not the summit date"),
    L("k1.l2", K1, "dalam jumpa pers di Athena", "Athens", core=False, event="announcement of the summit",
      note="place of the briefing, not of the summit"),
    S("k1.s1", K1, "Menurut Mavridis, kedua pemimpin akan bertemu di Hotel Makedonia Palace mulai pukul 10.00 waktu "
                   "setempat, dan pembicaraan dijadwalkan berlangsung empat jam", MAV),
    L("k1.l3", K1, "akan bertemu di Hotel Makedonia Palace", "Thessaloniki", venue=VENUE, note="the planned venue"),
    T("k1.t3", K1, "mulai pukul 10.00 waktu setempat", "summit start (planned)", "2026-10-15", "THURSDAY",
      core=False, expected=True, note="planned start; it began at 10.20 (02)"),
    D("k1.d1", K1, "pembicaraan dijadwalkan berlangsung empat jam", 240, TALKS_S, expected=True,
      note="the planned length, not what happened"),
    D("k1.d2", K1, "pertemuan empat mata selama 45 menit", 45, ONE_S, expected=True,
      note="planned; the one-on-one lasted about 90 minutes"),
    K("k1.c1", K1, "Kedua pemimpin dijadwalkan menggelar konferensi pers bersama pukul 14.00", BOTH,
      "hold a joint press conference", None, "14.00 on 2026-10-15", core=False,
      note="a plan; it began at 14.40 (03)"),
    T("k1.t4", K1, "konferensi pers bersama pukul 14.00", "joint press conference (scheduled)", "2026-10-15",
      "THURSDAY", core=False, expected=True),
    Q("k1.q1", K1, "Kami tidak berharap semua persoalan selesai dalam satu hari. Tetapi kami ingin kedua negara "
                   "kembali berbicara, bukan saling mengirim pesawat tempur", MAV),
    D("k1.d4", K1, "selesai dalam satu hari", 1440, "summit (one day)", core=False,
      note="in Mavridis's quote: a figure of speech for a one-day summit, not a length to compare"),
    S("k1.s2", K1, "Mavridis menyebutkan, sedikitnya 15 nota kesepahaman di bidang perdagangan, pariwisata, energi, "
                   "dan penanggulangan bencana akan ditandatangani seusai pertemuan", MAV),
    N("k1.n1", K1, "sedikitnya 15 nota kesepahaman", 15, TOSIGN, bound="at-least", expected=True,
      as_of="2026-10-13", note="the announced figure (Tuesday); revised to 12 on Thursday (02)"),
    K("k1.c2", K1, "15 nota kesepahaman di bidang perdagangan, pariwisata, energi, dan penanggulangan bencana akan "
                   "ditandatangani seusai pertemuan", "Turkey and Greece", "sign at least 15 memorandums of "
                                                                            "understanding", None,
      "after the summit", core=False, note="a plan; 12 were signed"),
    N("k1.n2", K1, "sekitar 40.000 tentara Angkatan Darat Aegea", 40000, TROOPS, bound="about",
      note="Athens's claim"),
    L("k1.l4", K1, "di pesisir barat Turki", "Turkey's Aegean coast", core=False, note="where the troops are"),
    S("k1.s3", K1, "Ankara membantah tudingan itu dan menyebut pasukan tersebut bersifat defensif", "Turkey",
      note="denial"),
    T("k1.t5", K1, "terakhir bertemu di Ankara pada Rabu (12/2/2025)", PREV, "2025-02-12", "WEDNESDAY", core=False,
      note="background"),
    L("k1.l5", K1, "terakhir bertemu di Ankara", "Ankara", core=False, event=PREV, note="background"),
    D("k1.d3", K1, "berlangsung sekitar tiga jam", 180, PREV, core=False, bound="about", note="background"),
    N("k1.n3", K1, "menghasilkan sembilan perjanjian", 9, "agreements signed (previous summit)", core=False,
      note="background"),
    A("k1.a1", K1, "Sumber: Reuters", "Reuters"),
    A("k1.a2", K1, "AFP", "AFP"),

    # 02 Tribunnews live (Thursday)
    L("tr.l0", TR, "KTT Turki-Yunani di Thessaloniki", "Thessaloniki", core=False, zone="HEADLINE"),
    N("tr.n0", TR, "Jumlah Kesepakatan Direvisi Jadi 12", 12, TOSIGN, core=False, zone="HEADLINE",
      revision="Direvisi", expected=True),
    L("tr.l1", TR, "bertemu di Hotel Makedonia Palace, Thessaloniki", "Thessaloniki", venue=VENUE),
    T("tr.t1", TR, "Makedonia Palace, Thessaloniki, Kamis (15/10/2026)", SUMMIT, "2026-10-15", "THURSDAY"),
    T("tr.t2", TR, "Pertemuan dimulai pukul 10.20 waktu setempat", "summit start", "2026-10-15", "THURSDAY",
      core=False),
    D("tr.d0", TR, "terlambat 20 menit dari jadwal", 20, "delay of the summit's start", core=False,
      note="a time difference (10.20 instead of 10.00), not something that lasted"),
    L("tr.l2", TR, "tertahan di bandara", "Thessaloniki", core=False, venue="airport",
      note="the airport, not the venue"),
    T("tr.t3", TR, "Hingga pukul 11.30 waktu setempat", "one-on-one length (as of)", "2026-10-15", "THURSDAY",
      core=False),
    D("tr.d1", TR, "telah berlangsung lebih dari satu jam", 60, ONE, bound="more-than",
      as_of="2026-10-15T11:30+03:00", note="while it was still going on; it ended after about 90 minutes"),
    D("tr.d2", TR, "melampaui jadwal 45 menit", 45, ONE_S, expected=True),
    T("tr.t4", TR, "sebelum pertemuan di Thessaloniki, Kamis (15/10/2026)", SUMMIT, "2026-10-15", "THURSDAY",
      core=False, note="photo caption"),
    L("tr.l3", TR, "sebelum pertemuan di Thessaloniki", "Thessaloniki", core=False, note="photo caption"),
    T("tr.t5", TR, "selesai sekitar pukul 11.50", "one-on-one end", "2026-10-15", "THURSDAY", core=False),
    D("tr.d3", TR, "setelah berlangsung sekitar 90 menit", 90, ONE, bound="about"),
    N("tr.n1", TR, "direvisi dari 15", 15, TOSIGN, core=False, expected=True, as_of="2026-10-13",
      note="the superseded figure quoted with its revision"),
    N("tr.n2", TR, "menjadi 12", 12, TOSIGN, expected=True, as_of="2026-10-15T13:15+03:00", revision="direvisi"),
    S("tr.s1", TR, "Menurut Mavridis, tiga naskah lainnya, termasuk soal pencarian dan pertolongan di laut, belum "
                   "rampung diperiksa tim hukum kedua negara", MAV, note="the reason of the downward revision"),
    N("tr.n3", TR, "tiga naskah lainnya", 3, POSTP),
    Q("tr.q1", TR, "Tiga naskah itu tidak dibatalkan, hanya ditunda. Kami ingin teksnya benar", MAV),
    N("tr.n4", TR, "Tiga naskah itu", 3, POSTP, core=False, note="in the quote"),
    S("tr.s2", TR, "Juru bicara berusia 49 tahun itu menambahkan, ketiga naskah akan diteken para menteri luar negeri "
                   "dalam pertemuan di Istanbul pada November", MAV,
      note="speaker by description ('Juru bicara berusia 49 tahun itu')"),
    K("tr.c1", TR, "ketiga naskah akan diteken para menteri luar negeri dalam pertemuan di Istanbul pada November",
      "foreign ministers of Turkey and Greece", "sign the three postponed agreements", None, "November 2026"),
    N("tr.n5", TR, "ketiga naskah", 3, POSTP, core=False),
    L("tr.l4", TR, "dalam pertemuan di Istanbul", "Istanbul", core=False,
      event="foreign ministers' meeting (planned)"),
    T("tr.t6", TR, "di Istanbul pada November", "foreign ministers' meeting (planned)", "2026-11", None,
      core=False, expected=True),
    T("tr.t7", TR, "semula dijadwalkan pukul 14.00", "joint press conference (scheduled)", "2026-10-15", "THURSDAY",
      core=False, expected=True, note="planned; it was delayed ('dipastikan mundur')"),
    T("tr.t8", TR, "Artikel ini telah diperbarui pada Kamis (15/10/2026) pukul 19.20 WIB", "article update",
      "2026-10-15", "THURSDAY", core=False, note="the article's update time (WIB), not an event time"),

    # 03 CNN Indonesia (Thursday night)
    K("cn.c0", CN, "Turki Janji Kirim Proposal Resmi soal Aegea ke Yunani Akhir Bulan Ini", "Turkey", PROPOSAL,
      "Greece", EOM, core=False, zone="HEADLINE"),
    K("cn.c1", CN, "Presiden Turki Kemal Yurtsever berjanji mengirimkan proposal resmi kepada Yunani soal perundingan "
                   "batas landas kontinen di Laut Aegea paling lambat akhir Oktober", YUR, PROPOSAL, "Greece", EOM),
    L("cn.l1", CN, "landas kontinen di Laut Aegea", "Aegean Sea", core=False, event="continental shelf dispute"),
    T("cn.t1", CN, "seusai pertemuan puncak di Thessaloniki, Yunani, Rabu (15/10)", SUMMIT, "2026-10-15", "WEDNESDAY",
      note="WRONG WEEKDAY as written: 15 October 2026 is a Thursday (Kamis)"),
    L("cn.l2", CN, "pertemuan puncak di Thessaloniki, Yunani", "Thessaloniki"),
    Q("cn.q1", CN, "Kami akan mengirimkan proposal resmi ke Athena sebelum akhir bulan ini. Setelah itu, bola ada di "
                   "tangan Yunani", YUR),
    K("cn.c2", CN, "Kami akan mengirimkan proposal resmi ke Athena sebelum akhir bulan ini", "Turkey", PROPOSAL,
      "Greece", EOM, core=False, note="in the quote"),
    S("cn.s1", CN, "Pemimpin berusia 67 tahun itu juga menepis anggapan bahwa Turki mengancam negara tetangganya", YUR,
      note="denial; speaker by description"),
    Q("cn.q2", CN, "Tidak ada yang mengancam siapa pun di Aegea. Pasukan kami di pesisir ada di sana untuk bertahan, "
                   "bukan untuk menyerang", YUR, note="'ujarnya'"),
    T("cn.t2", CN, "Konferensi pers itu dimulai pukul 14.40 waktu setempat", "joint press conference start",
      "2026-10-15", None, core=False),
    D("cn.d1", CN, "mundur 40 menit dari jadwal", 40, "delay of the joint press conference", core=False,
      note="a time difference (14.40 instead of 14.00)"),
    D("cn.d2", CN, "berlangsung sekitar 35 menit", 35, "joint press conference", bound="about"),
    S("cn.s2", CN, "Vlahopoulos mengakui pertemuan berjalan alot. Menurut dia, kedua pihak berbeda pendapat dalam "
                   "banyak hal", VLA),
    Q("cn.q3", CN, "Hari ini kami tidak sepakat dalam banyak hal, dan kami mengatakannya secara terbuka", VLA),
    Q("cn.q4", CN, "Laut Aegea dapat menjadi lautan kerja sama, bukan lautan konfrontasi. Tetapi kedaulatan kami tidak "
                   "ada di atas meja", VLA, note="speaker by description ('Pria berusia 54 tahun itu')"),
    N("cn.n1", CN, "penandatanganan 12 nota kesepahaman", 12, SIGNED),
    N("cn.n2", CN, "menjadi 10 miliar dolar AS pada 2030", 10000000000, TARGET, expected=True),
    K("cn.c4", CN, "sepakat menaikkan nilai perdagangan bilateral menjadi 10 miliar dolar AS pada 2030", "Turkey and Greece",
      "raise bilateral trade to $10 billion", None, "2030", core=False),
    S("cn.s3", CN, "Yurtsever menyebut nilainya hampir 7 miliar dolar AS tahun lalu", YUR, note="the Turkish figure"),
    N("cn.n3", CN, "hampir 7 miliar dolar AS tahun lalu", 7000000000, TRADE, bound="nearly",
      note="Yurtsever's figure for 2025"),
    S("cn.s4", CN, "pejabat Yunani menyebut sekitar 6 miliar dolar AS", "Greek officials", note="the Greek figure"),
    N("cn.n4", CN, "sekitar 6 miliar dolar AS", 6000000000, TRADE, bound="about",
      note="Greek officials' figure for 2025: the parties disagree (trap), not the outlets"),
    K("cn.c3", CN, "Yurtsever dan Vlahopoulos sepakat bertemu lagi tahun depan di Ankara", BOTH, MEETAGAIN, None,
      "2027"),
    L("cn.l3", CN, "bertemu lagi tahun depan di Ankara", "Ankara", event=NEXT),

    # 04 ANTARA (translation of Reuters)
    K("an.c0", AN, "Turki akan kirim proposal resmi soal Laut Aegea ke Yunani akhir bulan ini", "Turkey", PROPOSAL,
      "Greece", EOM, core=False, zone="HEADLINE", occurrence=1),
    T("an.t1", AN, "mengatakan pada Kamis", SUMMIT, "2026-10-15", "THURSDAY"),
    K("an.c1", AN, "ia akan mengirimkan proposal resmi kepada Yunani untuk perundingan landas kontinen yang "
                   "disengketakan di Laut Aegea paling lambat akhir bulan ini", YUR, PROPOSAL, "Greece", EOM),
    L("an.l1", AN, "landas kontinen yang disengketakan di Laut Aegea", "Aegean Sea", core=False,
      event="continental shelf dispute"),
    A("an.a1", AN, "seperti dilansir Reuters", "Reuters"),
    D("an.d1", AN, "bertemu empat mata selama sekitar 90 menit", 90, ONE, bound="about"),
    L("an.l2", AN, "di sebuah hotel di Thessaloniki", "Thessaloniki", venue="a hotel"),
    D("an.d2", AN, "pembicaraan yang diperluas bersama para menteri yang berlangsung sekitar dua jam", 120, EXP,
      bound="about"),
    N("an.n1", AN, "penandatanganan 12 perjanjian", 12, SIGNED),
    N("an.n2", AN, "tiga lebih sedikit dari yang diumumkan Athena", 3, POSTP, core=False,
      note="12 signed = 15 announced minus 3"),
    S("an.s1", AN, "Seorang pejabat Yunani mengatakan tiga perjanjian lainnya masih memerlukan kajian hukum",
      "Greek official"),
    N("an.n3", AN, "tiga perjanjian lainnya", 3, POSTP),
    Q("an.q1", AN, "Kami tidak datang ke Thessaloniki untuk mengulang keluhan lama. Kami datang untuk mencari cara",
      YUR),
    Q("an.q2", AN, "Kami akan mengirimkan proposal resmi kepada Athena paling lambat akhir bulan ini. Setelah itu, "
                   "bola ada di tangan Yunani", YUR,
      note="speaker by description ('pemimpin berusia 67 tahun itu')"),
    K("an.c2", AN, "Kami akan mengirimkan proposal resmi kepada Athena paling lambat akhir bulan ini", "Turkey",
      PROPOSAL, "Greece", EOM, core=False, note="in the quote"),
    S("an.s2", AN, "Vlachopoulos mengatakan kedua pihak sepakat menargetkan nilai perdagangan bilateral tahunan "
                   "sebesar 15 miliar dolar AS pada 2030 dan menggelar pertemuan tingkat tinggi berikutnya di Ankara "
                   "tahun depan", VLA),
    N("an.n4", AN, "sebesar 15 miliar dolar AS pada 2030", 15000000000, TARGET, expected=True,
      note="CHANGED VALUE: Reuters says $10 billion"),
    K("an.c4", AN, "sepakat menargetkan nilai perdagangan bilateral tahunan sebesar 15 miliar dolar AS pada 2030",
      "Turkey and Greece", "raise bilateral trade to $15 billion (as translated)", None, "2030", core=False),
    K("an.c3", AN, "menggelar pertemuan tingkat tinggi berikutnya di Ankara tahun depan", BOTH, MEETAGAIN, None,
      "2027"),
    L("an.l3", AN, "berikutnya di Ankara tahun depan", "Ankara", event=NEXT),
    Q("an.q3", AN, "Laut Aegea bisa menjadi laut kerja sama, bukan laut konfrontasi. Tetapi kedaulatan kami tidak ada "
                   "di atas meja", VLA, note="'katanya' after Vlachopoulos's statement"),
    N("an.n5", AN, "sekitar 40.000 tentara Angkatan Darat Aegea", 40000, TROOPS, bound="about",
      note="Greek officials' figure"),
    L("an.l4", AN, "di pesisir yang berhadapan dengan pulau-pulau Yunani", "Turkey's Aegean coast", core=False,
      note="where the troops are"),
    S("an.s3", AN, "Ankara menyatakan pasukan itu bersifat defensif", "Turkey"),
    T("an.t3", AN, "pada pukul 00.40 waktu setempat, Rabu", DRONE, "2026-10-14", "WEDNESDAY", core=False,
      note="background incident"),
    T("an.t4", AN, "21.40 GMT Selasa", DRONE, "2026-10-13", "TUESDAY", core=False,
      note="GMT date of the same moment (00.40 local Wednesday); not a discrepancy"),
    L("an.l5", AN, "di dekat Lesbos", "Lesbos", core=False, event=DRONE),
    T("an.t5", AN, "terakhir bertemu di Ankara pada Februari 2025", PREV, "2025-02", None, core=False,
      note="background"),
    L("an.l6", AN, "terakhir bertemu di Ankara", "Ankara", core=False, event=PREV, note="background"),
    A("an.a2", AN, "Sumber: Reuters", "Reuters", core=False),

    # 05 detik (Friday)
    L("dt.l0", DT, "KTT di Thessaloniki", "Thessaloniki", core=False, zone="HEADLINE"),
    N("dt.n0", DT, "Teken 15 Kesepakatan", 15, SIGNED, zone="HEADLINE",
      note="the headline contradicts the body (12 signed): a stale figure; carries the INCONSISTENCY"),
    K("dt.c0", DT, "Sepakat Bertemu Lagi 2027", BOTH, MEETAGAIN, None, "2027", core=False, zone="HEADLINE"),
    T("dt.t0", DT, "Bertemu Lagi 2027", NEXT, "2027", None, core=False, zone="HEADLINE", expected=True),
    N("dt.n1", DT, "menandatangani 12 nota kesepahaman", 12, SIGNED),
    L("dt.l1", DT, "pertemuan puncak kedua pemimpin di Thessaloniki, Yunani", "Thessaloniki"),
    T("dt.t1", DT, "Kamis (15/10) waktu setempat", SUMMIT, "2026-10-15", "THURSDAY"),
    K("dt.c1", DT, "Kedua negara juga sepakat menggelar pertemuan berikutnya di Ankara tahun depan", BOTH, MEETAGAIN,
      None, "2027"),
    L("dt.l2", DT, "pertemuan berikutnya di Ankara", "Ankara", event=NEXT),
    A("dt.a1", DT, "dilansir AFP", "AFP"),
    A("dt.a2", DT, "dan Reuters", "Reuters"),
    T("dt.t2", DT, "Jumat (16/10/2026)", "report date (citing AFP and Reuters)", "2026-10-16", "FRIDAY", core=False,
      note="the day the wires are quoted, not the summit"),
    D("dt.d1", DT, "bertemu hampir empat jam", 240, TOTAL, bound="nearly",
      note="the whole summit: 'termasuk pertemuan empat mata'"),
    D("dt.d2", DT, "pertemuan empat mata sekitar satu setengah jam", 90, ONE, bound="about"),
    L("dt.l6", DT, "di pesisir Laut Aegea", "Aegean Sea", core=False, event="military presence on the coast"),
    Q("dt.q1", DT, "Laut Aegea bisa menjadi laut kerja sama, bukan konfrontasi. Tetapi kedaulatan tidak ada di atas "
                   "meja", YUR,
      note="MISATTRIBUTED: speaker as written ('kata Yurtsever'); it is Vlachopoulos's (CNN Indonesia, "
           "ANTARA/Reuters)"),
    A("dt.a3", DT, "seperti dikutip AFP", "AFP", core=False),
    K("dt.c2", DT, "Yurtsever berjanji Turki akan mengirim proposal resmi soal landas kontinen ke Athena sebelum akhir "
                   "Oktober", YUR, PROPOSAL, "Greece", EOM),
    K("dt.c3", DT, "kedua negara sepakat menghentikan sementara latihan militer di Laut Aegea selama musim turis, Juni "
                   "hingga September 2027", "Turkey and Greece", "suspend military exercises in the Aegean", None,
      "June-September 2027"),
    L("dt.l3", DT, "latihan militer di Laut Aegea", "Aegean Sea", core=False, event="military exercises"),
    T("dt.t3", DT, "Juni hingga September 2027", "moratorium on Aegean military exercises (period)", "2027-06", None,
      core=False, expected=True, note="June to September 2027"),
    K("dt.c4", DT, "Yunani juga akan memperluas program visa cepat bagi wisatawan Turki ke 12 pulau Aegea mulai April "
                   "2027", "Greece", "extend the fast-track visa scheme to 12 Aegean islands", "Turkish tourists",
      "April 2027"),
    N("dt.n2", DT, "ke 12 pulau Aegea", 12, "islands in the visa scheme", expected=True),
    T("dt.t4", DT, "mulai April 2027", "visa scheme extension start", "2027-04", None, core=False, expected=True),
    S("dt.s1", DT, "Yurtsever menyebut nilai perdagangan kedua negara hampir 7 miliar dolar AS pada 2025", YUR),
    N("dt.n3", DT, "hampir 7 miliar dolar AS pada 2025", 7000000000, TRADE, bound="nearly"),
    N("dt.n4", DT, "naik menjadi 10 miliar dolar AS pada 2030", 10000000000, TARGET, expected=True),
    K("dt.c5", DT, "Keduanya menargetkan angka itu naik menjadi 10 miliar dolar AS pada 2030", "Turkey and Greece",
      "raise bilateral trade to $10 billion", None, "2030", core=False),
    T("dt.t5", DT, "Yurtsever tiba kembali di Ankara pada Kamis malam", "Yurtsever's return to Ankara", "2026-10-15",
      "THURSDAY", core=False),
    L("dt.l4", DT, "tiba kembali di Ankara", "Ankara", core=False, event="Yurtsever's return to Ankara"),
    T("dt.t6", DT, "bertemu di Ankara pada Februari 2025", PREV, "2025-02", None, core=False, note="background"),
    L("dt.l5", DT, "keduanya bertemu di Ankara", "Ankara", core=False, event=PREV, note="background"),
    L("dt.l7", DT, "Pertemuan di Thessaloniki", "Thessaloniki", core=False, note="the summit, repeated"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n1", "tr.n2"],
     "summary": "Agreements to be signed: 'sedikitnya 15' announced Tuesday (01), revised ('direvisi') to 12 at 13.15 "
                "on Thursday (02) because three drafts need legal review."},
    {"id": "F2", "kind": "UPDATE", "type": "DURATION", "claims": ["tr.d1", "tr.d3"],
     "summary": "The one-on-one: 'lebih dari satu jam' as of 11.30, then 'sekitar 90 menit' when it ended (02, "
                "updates of one live story)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["cn.t1", "k1.t1", "tr.t1", "an.t1", "dt.t1"],
     "summary": "CNN Indonesia dates the summit 'Rabu (15/10)'; Kompas.com, Tribunnews, ANTARA and detikNews say "
                "Thursday (Kamis), and 15 October 2026 is a Thursday."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["dt.q1", "cn.q4", "an.q3"],
     "summary": "'Laut Aegea bisa menjadi laut kerja sama ... kedaulatan ... tidak ada di atas meja' is "
                "Vlachopoulos's in CNN Indonesia and ANTARA (after Reuters), Yurtsever's in detikNews."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["an.n4", "cn.n2", "dt.n4"],
     "summary": "Trade target for 2030: 15 miliar dolar AS in ANTARA's translation, 10 miliar in CNN Indonesia and "
                "detikNews (and in the Reuters wire ANTARA translates)."},
    {"id": "F6", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["dt.n0", "dt.n1"],
     "summary": "detikNews: the headline says 'Teken 15 Kesepakatan', its body says 12 memorandums were signed."},
    {"id": "F7", "kind": "VARIANT", "type": "ENTITY", "values": ["Andreas Vlachopoulos", "Andreas Vlahopoulos"],
     "articles": [K1, TR, CN, AN, DT],
     "summary": "Greece's prime minister: Vlachopoulos (Kompas.com, Tribunnews, ANTARA, detikNews), Vlahopoulos "
                "(CNN Indonesia); one person."},
    {"id": "F8", "kind": "AGREEMENT", "type": "DURATION", "claims": ["tr.d3", "an.d1", "dt.d2"],
     "summary": "The one-on-one lasted about 90 minutes / about an hour and a half (02, 04, 05)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k1.d2", "tr.d2"],
     "summary": "The one-on-one had been scheduled for 45 minutes (01, 02)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "LOCATION",
     "claims": ["k1.l1", "k1.l3", "tr.l1", "cn.l2", "an.l2", "dt.l1"],
     "summary": "The summit was in Thessaloniki, at the Makedonia Palace hotel (01 planned, 02; 03, 04, 05 say "
                "Thessaloniki, 04 'a hotel')."},
    {"id": "F11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t1", "tr.t1", "an.t1", "dt.t1"],
     "summary": "The summit was on Thursday 15 October 2026 (01 planned, 02, 04, 05)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["cn.c1", "an.c1", "dt.c2"],
     "summary": "Turkey will send Greece a formal proposal by the end of the month / of October (03, 04, 05)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["cn.c3", "an.c3", "dt.c1"],
     "summary": "The leaders will meet again next year in Ankara (03, 04, 05)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["cn.l3", "an.l3", "dt.l2"],
     "summary": "The next summit will be in Ankara (03, 04, 05)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["cn.n1", "an.n1", "dt.n1"],
     "summary": "12 agreements signed (03, 04, 05 body)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k1.n2", "an.n5"],
     "summary": "About 40,000 troops in Turkey's Aegean Army, per Athens (01, 04)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["tr.n3", "an.n3"],
     "summary": "Three agreements postponed for legal review (02, 04)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["cn.n3", "dt.n3"],
     "summary": "Yurtsever's figure: trade nearly $7 billion in 2025 (03, 05)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["cn.n2", "dt.n4"],
     "summary": "Trade target of $10 billion by 2030 (03, 05)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["cn.q1", "an.q2"],
     "summary": "Yurtsever's 'we will send Athens a formal proposal by the end of the month; then the ball is in "
                "Greece's court' in CNN Indonesia and ANTARA."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["cn.q4", "an.q3"],
     "summary": "Vlachopoulos's 'the Aegean can be a sea of cooperation ... sovereignty is not on the table' in CNN "
                "Indonesia and ANTARA."},
    {"id": "F22", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t5", "an.t5", "dt.t6"],
     "summary": "Background: the previous summit was in February 2025 (01: Wednesday 12/2/2025)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l5", "an.l6", "dt.l5"],
     "summary": "Background: the previous summit was in Ankara (01, 04, 05)."},
]

id_traps = [
    {"articles": [K1], "claims": ["k1.t2", "k1.t1", "k1.l2"],
     "why": "01 is a preview: Selasa (13/10/2026) in Athens is the announcement, Kamis (15/10/2026) in Thessaloniki "
            "the summit; not two dates or places of one event"},
    {"articles": [K1, TR, AN, DT], "claims": ["k1.d1", "tr.d3", "an.d1", "an.d2", "dt.d1", "dt.d2"],
     "why": "four hours scheduled vs what happened, and different parts: one-on-one about 90 minutes, expanded talks "
            "about two hours, nearly four hours in all (one-on-one included)"},
    {"articles": [K1, TR, AN, DT], "claims": ["k1.d2", "tr.d2", "tr.d3", "an.d1", "dt.d2"],
     "why": "the one-on-one was scheduled for 45 minutes and lasted about 90 ('dua kali lipat dari jadwal'): "
            "schedule vs what happened"},
    {"articles": [K1, TR, CN], "claims": ["k1.t3", "tr.t2", "tr.d0", "k1.t4", "k1.c1", "tr.t7", "cn.t2", "cn.d1"],
     "why": "planned times vs actual: start 10.00 planned, 10.20 actual ('terlambat 20 menit'); press conference "
            "14.00 planned, 14.40 actual ('mundur 40 menit'); the delays are time differences, not lengths"},
    {"articles": [K1, AN, DT],
     "claims": ["k1.t5", "k1.l5", "k1.d3", "k1.n3", "an.t5", "an.l6", "dt.t6", "dt.l5"],
     "why": "background: the previous summit (Ankara, Wednesday 12 February 2025, about three hours, nine "
            "agreements) is another event"},
    {"articles": [CN, DT], "claims": ["cn.n3", "cn.n4", "dt.n3"],
     "why": "trade in 2025: 'hampir 7 miliar dolar AS' is Yurtsever's figure, 'sekitar 6 miliar dolar AS' the Greek "
            "officials'; CNN Indonesia reports both as a dispute between the parties, not between outlets"},
    {"articles": [AN], "claims": ["an.t3", "an.t4"],
     "why": "00.40 local time Wednesday = 21.40 GMT Tuesday: one moment of the drone incident"},
    {"articles": [K1, TR, CN, DT],
     "claims": ["k1.l2", "tr.l2", "tr.l4", "dt.l4", "k1.l4", "an.l4", "an.l5", "dt.t5"],
     "why": "datelines (ATHENA for Kompas.com, Jakarta for CNN Indonesia, Ankara for detikNews) and other places "
            "(the Athens briefing, the airport, Istanbul in November, Yurtsever's return to Ankara, the Turkish "
            "coast, Lesbos) are not the summit's venue (Thessaloniki)"},
    {"articles": [K1, TR, CN, AN, DT],
     "claims": ["k1.n1", "tr.n2", "tr.n3", "cn.n1", "dt.n2", "k1.n3", "k1.n2", "an.n3"],
     "why": "different things counted: 15 announced / 12 to sign / 12 signed / 3 postponed; 12 islands in the visa "
            "scheme (not the 12 agreements); 9 agreements at the previous summit; 40,000 troops"},
    {"articles": [K1, TR, CN, AN, DT], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('3 Jet Tempur Turki', 'Krisis Imia 1996', '1.200 "
            "Pelanggaran Wilayah Udara', '2 Jet F-16'): links, not claims"},
    {"articles": [DT], "claims": ["dt.t2", "dt.t1", "dt.t5"],
     "why": "detikNews: 'Jumat (16/10/2026)' is the day it quotes the wires, and 'Kamis malam' Yurtsever's return; "
            "the summit is Kamis (15/10)"},
    {"articles": [TR], "claims": ["tr.t8", "tr.t3", "tr.t5"],
     "why": "Tribunnews's update stamp (19.20 WIB) and the live update times are not event dates; WIB is four hours "
            "ahead of Thessaloniki"},
    {"articles": [K1], "claims": ["k1.d4", "k1.d1"],
     "why": "'selesai dalam satu hari' in Mavridis's quote is a figure of speech about a one-day summit, not a "
            "length that contradicts four hours"},
    {"articles": [CN, AN, DT], "claims": ["cn.c1", "cn.c2", "an.c1", "an.c2", "dt.c2", "cn.c0", "an.c0"],
     "why": "'paling lambat akhir Oktober', 'sebelum akhir bulan ini', 'paling lambat akhir bulan ini' and 'sebelum "
            "akhir Oktober' are one deadline (31 October 2026)"},
    {"articles": [CN, AN, DT], "claims": ["cn.c3", "an.c3", "dt.c1", "dt.c0", "dt.t0"],
     "why": "'tahun depan' and '2027' are the same year for the next summit"},
    {"articles": [TR, DT], "claims": ["tr.d1", "dt.d1"],
     "why": "'lebih dari satu jam' as of 11.30 (the one-on-one, still going on) and 'hampir empat jam' (the whole "
            "summit) are different times of day and different things"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, H = "01_reuters_thursday.txt", "02_ap_thursday.html", "03_aegeanherald_friday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-10-15T12:48Z", "cites": [],
        "note": "wire, THESSALONIKI dateline; translated by ANTARA (id/04); three quotes; some 40,000 troops; $10 "
                "billion by 2030; drone at 0040 local Wednesday (2140 GMT Tuesday)"},
    P: {"outlet": "AP News", "language": "en", "published": "2026-10-15T14:35Z", "cites": [],
        "note": "HTML page (byline/timestamp <div>s and <figcaption> not in the text), ANKARA dateline; 'about 50,000 "
                "troops' (DISCREPANCY with Reuters' 'some 40,000'); spells 'Vlahopoulos'; 'The 67-year-old Turkish "
                "leader'; press conference 40 minutes late; the 1996 crisis and the 2025 summit as background"},
    H: {"outlet": "The Aegean Herald", "language": "en", "published": "2026-10-16T11:20+03:00", "cites": [],
        "note": ".json record, ATHENS dateline, Friday; Greece will answer within 30 days; 'down from the 15 the "
                "government had announced on Tuesday'; the parties' trade figures ($7bn vs 6.3 billion euros); "
                "previous summit 12 Feb 2025; 'Vlachopoulos, 54'"},
}

en_claims = [
    # 01 Reuters
    K("r.c0", R, "Turkey to send Greece formal Aegean proposal by month-end", "Turkey", PROPOSAL, "Greece", EOM,
      core=False, zone="HEADLINE"),
    T("r.t1", R, "said on Thursday", SUMMIT, "2026-10-15", "THURSDAY"),
    K("r.c1", R, "he would send Greece a formal proposal for talks on their disputed continental shelf in the Aegean "
                 "Sea by the end of the month", YUR, PROPOSAL, "Greece", EOM),
    L("r.l1", R, "disputed continental shelf in the Aegean Sea", "Aegean Sea", core=False,
      event="continental shelf dispute"),
    D("r.d1", R, "met one-on-one for about 90 minutes", 90, ONE, bound="about"),
    L("r.l2", R, "at a Thessaloniki hotel", "Thessaloniki", venue="a hotel"),
    D("r.d2", R, "expanded talks with ministers that ran for about two hours", 120, EXP, bound="about"),
    N("r.n1", R, "the signing of 12 agreements", 12, SIGNED),
    N("r.n2", R, "three fewer than Athens had announced", 3, POSTP, core=False, note="12 = 15 announced minus 3"),
    S("r.s1", R, "A Greek official said the other three needed more legal review", "Greek official"),
    N("r.n3", R, "the other three", 3, POSTP),
    Q("r.q1", R, "We did not come to Thessaloniki to repeat old complaints. We came to find a method", YUR),
    Q("r.q2", R, "We will send Athens a formal proposal by the end of the month. Then the ball is in Greece's court",
      YUR, note="speaker by description ('the 67-year-old leader')"),
    K("r.c2", R, "We will send Athens a formal proposal by the end of the month", "Turkey", PROPOSAL, "Greece", EOM,
      core=False, note="in the quote"),
    S("r.s2", R, "Vlachopoulos said the two sides had agreed to aim for $10 billion in annual bilateral trade by 2030 "
                 "and to hold their next high-level meeting in Ankara next year", VLA),
    N("r.n4", R, "aim for $10 billion in annual bilateral trade by 2030", 10000000000, TARGET, expected=True),
    K("r.c4", R, "agreed to aim for $10 billion in annual bilateral trade by 2030", "Turkey and Greece",
      "raise bilateral trade to $10 billion", None, "2030", core=False),
    K("r.c3", R, "to hold their next high-level meeting in Ankara next year", BOTH, MEETAGAIN, None, "2027"),
    L("r.l3", R, "next high-level meeting in Ankara", "Ankara", event=NEXT),
    Q("r.q3", R, "The Aegean can be a sea of cooperation, not of confrontation. But our sovereignty is not on the table",
      VLA, note="'he said' after Vlachopoulos's statement"),
    N("r.n5", R, "some 40,000 troops in its Aegean Army", 40000, TROOPS, bound="about",
      note="Greek officials' figure"),
    L("r.l4", R, "on the coast facing the Greek islands", "Turkey's Aegean coast", core=False,
      note="where the troops are"),
    S("r.s3", R, "Ankara says the force is defensive", "Turkey"),
    T("r.t2", R, "at 0040 local time on Wednesday", DRONE, "2026-10-14", "WEDNESDAY", core=False,
      note="background incident"),
    T("r.t3", R, "2140 GMT Tuesday", DRONE, "2026-10-13", "TUESDAY", core=False,
      note="GMT date of the same moment; not a discrepancy"),
    L("r.l5", R, "airspace near Lesbos", "Lesbos", core=False, event=DRONE, occurrence=2,
      note="the first occurrence is in the Related headline"),
    T("r.t4", R, "last met in Ankara in February 2025", PREV, "2025-02", None, core=False, note="background"),
    L("r.l6", R, "last met in Ankara", "Ankara", core=False, event=PREV, note="background"),

    # 02 AP (HTML)
    K("p.c0", P, "agree to keep talking", BOTH, "keep talking", None, None, core=False, zone="HEADLINE"),
    T("p.t1", P, "disagreed openly on Thursday", SUMMIT, "2026-10-15", "THURSDAY"),
    L("p.l1", P, "at a summit in the northern Greek city of Thessaloniki", "Thessaloniki"),
    L("p.l6", P, "maritime borders in the Aegean Sea", "Aegean Sea", core=False, event="disputes"),
    K("p.c1", P, "to keep talking and to meet again next year", BOTH, MEETAGAIN, None, "2027",
      note="AP does not name the place"),
    D("p.d1", P, "spent an hour and a half alone", 90, ONE),
    T("p.t2", P, "A joint news conference set for 2 p.m.", "joint press conference (scheduled)", "2026-10-15", None,
      core=False, expected=True),
    D("p.d2", P, "began 40 minutes late", 40, "delay of the joint press conference", core=False,
      note="a time difference, not a length"),
    Q("p.q1", P, "We disagreed on many things today, and we said so openly", VLA),
    S("p.s1", P, "The 67-year-old Turkish leader insisted his country posed no danger to its neighbor", YUR,
      note="denial; speaker by description"),
    Q("p.q2", P, "Nobody is threatening anybody in the Aegean", YUR),
    Q("p.q3", P, "Our troops on the coast are there to defend, not to attack", YUR),
    N("p.n1", P, "numbers about 50,000 troops", 50000, TROOPS, bound="about",
      note="'Greece says': the same Greek estimate Reuters gives as some 40,000"),
    L("p.l2", P, "based on the coast facing the Greek islands", "Turkey's Aegean coast", core=False),
    S("p.s2", P, "Turkish officials have never given a figure", "Turkish officials", core=False),
    K("p.c2", P, "Yurtsever said Ankara would send Athens a formal proposal on the continental shelf by the end of "
                 "October", YUR, PROPOSAL, "Greece", EOM),
    K("p.c3", P, "Vlahopoulos said Greece would study it", "Greece", "study Turkey's proposal in good faith", "Turkey",
      None, core=False),
    Q("p.q4", P, "in good faith", VLA, core=False, fragment=True),
    K("p.c4", P, "agreed to suspend military exercises in the Aegean during the tourist season, from June to September "
                 "2027", BOTH, "suspend military exercises in the Aegean", None, "June-September 2027"),
    L("p.l3", P, "military exercises in the Aegean", "Aegean Sea", core=False, event="military exercises"),
    T("p.t3", P, "from June to September 2027", "moratorium on Aegean military exercises (period)", "2027-06", None,
      core=False, expected=True),
    N("p.n2", P, "sign 12 agreements", 12, SIGNED),
    T("p.t4", P, "flew back to Ankara on Thursday evening", "Yurtsever's return to Ankara", "2026-10-15", "THURSDAY",
      core=False),
    L("p.l4", P, "flew back to Ankara", "Ankara", core=False, event="Yurtsever's return to Ankara"),
    T("p.t5", P, "came close to war in 1996", "Imia crisis (1996)", "1996", None, core=False, note="background"),
    N("p.n4", P, "a pair of uninhabited islets", 2, "islets (1996 crisis)", core=False, note="background"),
    L("p.l5", P, "Their last summit, in Ankara", "Ankara", core=False, event=PREV, note="background"),
    T("p.t6", P, "in Ankara in February 2025", PREV, "2025-02", None, core=False, note="background"),
    N("p.n3", P, "produced nine agreements", 9, "agreements signed (previous summit)", core=False, note="background"),

    # 03 The Aegean Herald (.json, Friday)
    T("h.t1", H, "said on Friday", "Greek government statement", "2026-10-16", "FRIDAY", core=False),
    L("h.l0", H, "after Thessaloniki summit", "Thessaloniki", core=False, zone="HEADLINE"),
    K("h.c1", H, "it would answer Turkey's promised proposal on the Aegean continental shelf within 30 days of "
                 "receiving it", "Greece", "answer Turkey's proposal", "Turkey", "within 30 days of receiving it"),
    D("h.d1", H, "within 30 days", 43200, "deadline for Greece's answer", expected=True,
      note="a declared period, not a length of the summit"),
    T("h.t2", H, "first summit since February 2025", PREV, "2025-02", None, core=False, note="background"),
    Q("h.q1", H, "The proposal will be studied carefully when it arrives. We will not answer before we have read every "
                 "line", MAV),
    L("h.l1", H, "told reporters in Athens", "Athens", core=False, event="Greek government statement"),
    L("h.l2", H, "at the Makedonia Palace hotel in Thessaloniki", "Thessaloniki", venue=VENUE),
    T("h.t3", H, "in Thessaloniki on Thursday", SUMMIT, "2026-10-15", "THURSDAY"),
    D("h.d2", H, "The meeting was scheduled to last four hours", 240, TALKS_S, expected=True),
    D("h.d3", H, "a 45-minute tete-a-tete", 45, ONE_S, expected=True),
    D("h.d4", H, "the one-on-one alone ran to 90 minutes", 90, ONE),
    D("h.d5", H, "nearly four hours together in all", 240, TOTAL, bound="nearly"),
    N("h.n1", H, "Twelve agreements were signed", 12, SIGNED),
    N("h.n2", H, "down from the 15 the government had announced", 15, TOSIGN, expected=True, as_of="2026-10-13",
      revision="down from", note="the superseded figure"),
    T("h.t4", H, "announced on Tuesday", "announcement of the summit", "2026-10-13", "TUESDAY", core=False),
    S("h.s1", H, "Mavridis said three drafts, including one on search and rescue at sea, would be signed by the two "
                 "foreign ministers in Istanbul in November", MAV),
    N("h.n3", H, "three drafts", 3, POSTP),
    K("h.c2", H, "would be signed by the two foreign ministers in Istanbul in November",
      "foreign ministers of Turkey and Greece", "sign the three postponed agreements", None, "November 2026"),
    L("h.l3", H, "in Istanbul", "Istanbul", core=False, event="foreign ministers' meeting (planned)"),
    T("h.t5", H, "in November", "foreign ministers' meeting (planned)", "2026-11", None, core=False, expected=True),
    S("h.s2", H, "Yurtsever told the news conference that bilateral trade had reached \"nearly $7 billion\" last year",
      YUR),
    N("h.n4", H, "nearly $7 billion", 7000000000, TRADE, bound="nearly"),
    Q("h.q2", H, "nearly $7 billion", YUR, core=False, fragment=True),
    S("h.s3", H, "Figures from the Hellenic Statistical Authority put it at 6.3 billion euros",
      "Hellenic Statistical Authority"),
    N("h.n5", H, "6.3 billion euros", 6300000000, "bilateral trade 2025 EUR",
      note="the Greek statistics office's figure, in euros"),
    N("h.n6", H, "raise trade to $10 billion by 2030", 10000000000, TARGET, expected=True),
    K("h.c5", H, "Both sides agreed to raise trade to $10 billion by 2030", "Turkey and Greece",
      "raise bilateral trade to $10 billion", None, "2030", core=False),
    K("h.c3", H, "to halt military exercises in the Aegean from June to September 2027", "Turkey and Greece",
      "suspend military exercises in the Aegean", None, "June-September 2027"),
    L("h.l4", H, "military exercises in the Aegean", "Aegean Sea", core=False, event="military exercises"),
    T("h.t6", H, "from June to September 2027", "moratorium on Aegean military exercises (period)", "2027-06", None,
      core=False, expected=True),
    K("h.c4", H, "to meet again in Ankara in the first half of next year", BOTH, MEETAGAIN, None, "first half of 2027"),
    L("h.l5", H, "meet again in Ankara", "Ankara", event=NEXT),
    K("h.c6", H, "Greece will also extend its fast-track visa scheme for Turkish tourists to 12 Aegean islands from "
                 "April 1, 2027", "Greece", "extend the fast-track visa scheme to 12 Aegean islands",
      "Turkish tourists", "2027-04-01"),
    N("h.n7", H, "12 Aegean islands", 12, "islands in the visa scheme", expected=True),
    T("h.t7", H, "from April 1, 2027", "visa scheme extension start", "2027-04-01", None, core=False, expected=True),
    L("h.l6", H, "The previous summit, in Ankara", "Ankara", core=False, event=PREV, note="background"),
    T("h.t8", H, "on Feb. 12, 2025", PREV, "2025-02-12", None, core=False, note="background"),
    D("h.d6", H, "lasted about three hours", 180, PREV, core=False, bound="about", note="background"),
    N("h.n8", H, "yielded nine agreements", 9, "agreements signed (previous summit)", core=False, note="background"),
    Q("h.q3", H, "We disagreed on many things, and we said so openly", VLA),
    T("h.t9", H, "before leaving Thessaloniki on Thursday evening", "Vlachopoulos's departure", "2026-10-15",
      "THURSDAY", core=False),
    L("h.l7", H, "leaving Thessaloniki", "Thessaloniki", core=False, event="Vlachopoulos's departure"),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["r.n5", "p.n1"],
     "summary": "Turkey's Aegean Army by Greece's estimate: 'some 40,000 troops' (Reuters), 'about 50,000 troops' "
                "(AP)."},
    {"id": "E2", "kind": "VARIANT", "type": "ENTITY", "values": ["Andreas Vlachopoulos", "Andreas Vlahopoulos"],
     "articles": [R, P, H],
     "summary": "Greece's prime minister: Vlachopoulos (Reuters, Aegean Herald), Vlahopoulos (AP); one person."},
    {"id": "E3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["h.n2", "h.n1"],
     "summary": "Agreements: 15 announced on Tuesday, 12 signed on Thursday ('down from'; Reuters: 'three fewer than "
                "Athens had announced')."},
    {"id": "E4", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d1", "h.d4"],
     "summary": "The one-on-one lasted about 90 minutes / an hour and a half (all three)."},
    {"id": "E5", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "p.n2", "h.n1"],
     "summary": "12 agreements signed (all three)."},
    {"id": "E6", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c2"],
     "summary": "Turkey will send a formal proposal by the end of the month / of October (Reuters, AP)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c3", "p.c1", "h.c4"],
     "summary": "The leaders will meet again next year (in Ankara: Reuters, Herald)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["p.c4", "h.c3"],
     "summary": "No military exercises in the Aegean from June to September 2027 (AP, Herald)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n4", "h.n6"],
     "summary": "Trade target of $10 billion by 2030 (Reuters, Herald)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["p.q1", "h.q3"],
     "summary": "Vlachopoulos's 'We disagreed on many things (today), and we said so openly' (AP, Herald)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "h.t3"],
     "summary": "The summit was on Thursday 15 October (all three)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l2", "p.l1", "h.l2"],
     "summary": "The summit was in Thessaloniki (Reuters 'a Thessaloniki hotel', Herald the Makedonia Palace)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n3", "h.n3"],
     "summary": "Three agreements left for later (Reuters, Herald)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t4", "p.t6", "h.t8"],
     "summary": "Background: the previous summit was in (12) February 2025."},
    {"id": "E15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["p.n3", "h.n8"],
     "summary": "Background: nine agreements at the previous summit (AP, Herald)."},
    {"id": "E16", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "h.l5"],
     "summary": "The next summit will be in Ankara (Reuters, Herald)."},
    {"id": "E17", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l6", "p.l5", "h.l6"],
     "summary": "Background: the previous summit was in Ankara (all three)."},
]

en_traps = [
    {"articles": [R, P, H], "claims": ["h.d2", "h.d3", "h.d4", "h.d5", "r.d1", "r.d2", "p.d1"],
     "why": "four hours scheduled, a 45-minute one-on-one scheduled; the one-on-one ran 90 minutes, the expanded "
            "talks about two hours, nearly four hours in all: schedule vs what happened, and different parts"},
    {"articles": [R], "claims": ["r.t2", "r.t3"],
     "why": "0040 local time Wednesday = 2140 GMT Tuesday: one moment of the drone incident"},
    {"articles": [H], "claims": ["h.n4", "h.n5", "h.n6"],
     "why": "trade: Yurtsever's 'nearly $7 billion' and the Greek statistics office's 6.3 billion euros are the "
            "parties' figures in different currencies; $10 billion is the 2030 target"},
    {"articles": [R, P, H], "claims": ["h.l1", "h.l3", "p.l4", "r.l5", "r.l4", "p.l2"],
     "why": "datelines (ANKARA for AP, ATHENS for the Herald), the Athens briefing, Istanbul in November, Ankara on "
            "Yurtsever's return, Lesbos and the Turkish coast are not the summit's venue (Thessaloniki); the Reuters "
            "credit line names Ankara as a reporter's place"},
    {"articles": [R, P, H],
     "claims": ["r.t4", "r.l6", "p.l5", "p.t6", "p.n3", "p.t5", "p.n4", "h.l6", "h.t8", "h.d6", "h.n8", "h.t2"],
     "why": "background: the previous summit (Ankara, 12 February 2025, about three hours, nine agreements) and the "
            "1996 crisis over two islets are other events"},
    {"articles": [R, H], "claims": [],
     "why": "'Related:' headlines carry other articles' numbers ('1,200 airspace violations'): links, not claims"},
    {"articles": [H], "claims": ["h.t1", "h.t4", "h.t3"],
     "why": "the Herald: 'said on Friday' is the Greek government's answer and 'announced on Tuesday' the "
            "announcement; the summit was on Thursday"},
    {"articles": [R, P, H], "claims": ["h.n1", "h.n7", "h.n3", "h.n2", "r.n3", "p.n2", "r.n2"],
     "why": "different things counted: 12 agreements signed vs 12 islands in the visa scheme; 15 announced, 3 "
            "postponed"},
    {"articles": [P], "claims": ["p.t2", "p.d2"],
     "why": "the press conference was set for 2 p.m. and began 40 minutes late: schedule vs what happened; the delay "
            "is not a length"},
    {"articles": [R, P], "claims": ["r.c1", "r.c2", "r.c0", "p.c2"],
     "why": "'by the end of the month', 'by month-end' and 'by the end of October' are one deadline (31 October)"},
    {"articles": [H], "claims": ["h.d1"],
     "why": "'within 30 days' is the period Greece gives itself to answer, not a length of the summit"},
    {"articles": [R, P], "claims": ["r.n5", "p.n1", "r.s3", "p.s2"],
     "why": "Ankara calls the force defensive and gives no figure: that is the parties' dispute; only Reuters' 40,000 "
            "vs AP's 50,000 for the same Greek estimate is an outlets' discrepancy (E1)"},
]


def gold(event_note, entities, articles, claims, findings, traps):
    return gold_file(EVENT + event_note, TYPES, EXHAUSTIVE, entities, articles, claims, findings, traps)


ENT_COMMON = {
    YUR: ["Kemal Yurtsever", "Yurtsever", "Presiden Turki", "Turkish President", "the 67-year-old leader",
          "Pemimpin berusia 67 tahun itu", "pemimpin berusia 67 tahun itu", "The 67-year-old Turkish leader"],
    VLA: ["Andreas Vlachopoulos", "Andreas Vlahopoulos", "Vlachopoulos", "Vlahopoulos", "Perdana Menteri Yunani",
          "PM Yunani", "Greek Prime Minister", "Prime Minister Andreas Vlachopoulos", "Pria berusia 54 tahun itu"],
    MAV: ["Petros Mavridis", "Mavridis", "Juru Bicara Pemerintah Yunani", "government spokesman",
          "Juru bicara berusia 49 tahun itu"],
    "Turkey": ["Turki", "Turkey", "Ankara"],
    "Greece": ["Yunani", "Greece", "Athena", "Athens"],
    "Thessaloniki": ["Thessaloniki", "Hotel Makedonia Palace", "Makedonia Palace hotel"],
    "Aegean Sea": ["Laut Aegea", "Aegea", "Aegean Sea", "the Aegean"],
    "Lesbos": ["Lesbos"],
    "Ankara": ["Ankara"],
    "Istanbul": ["Istanbul"],
}
id_entities = dict(ENT_COMMON, **{
    "Greek officials": ["pejabat Yunani", "Seorang pejabat Yunani"],
})
en_entities = dict(ENT_COMMON, **{
    "Hellenic Statistical Authority": ["Hellenic Statistical Authority"],
    "Greek officials": ["Greek officials", "A Greek official"],
})

if __name__ == "__main__":
    for lang, g in (("id", gold("; the Indonesian folder", id_entities, id_articles, id_claims, id_findings,
                                id_traps)),
                    ("en", gold("; the English folder", en_entities, en_articles, en_claims, en_findings,
                                en_traps))):
        path = os.path.join(HERE, lang, "gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
            path, len(g["articles"]), len(g["claims"]), sum(c["core"] for c in g["claims"]), len(g["findings"]),
            len(g["traps"])))
