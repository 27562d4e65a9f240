#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for talks-china-philippines-singapore-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <this folder>/<lang>/gold.json`; re-running this
script drops them).

Event (invented, written for claimdiff's evaluation): the Philippines' foreign secretary Ramon Macaraeg (63) and
China's foreign minister Liang Qiming (58) meet at The Fullerton Hotel in Singapore (Singapore arranges the talks but
does not take part) on Wednesday 18 November 2026, four days after a China Coast Guard ship rammed a Philippine supply
boat near Second Thomas Shoal (Ayungin / Ren'ai Jiao) at about 06.40 local on Saturday 14 November (22.40 GMT Friday
13 November) and took its crew off. The 14-man boat was carrying supplies to the BRP Sierra Madre.
Announced by the DFA in Manila on Monday 16 November; scheduled from 14.00, three hours. Held: a 15-minute one-on-one
(AFP: 20 minutes), then about 90 minutes of delegation talks; less than / nearly two hours in all.
Sailors held: 'at least 12' (DFA, Monday morning), revised to 10 (two had jumped into the sea and were picked up by a
Filipino fishing boat, taken to Palawan). China will hand over the four injured 'within days'; six stay in Sanya.
China will answer Manila's protest note in writing next week; the coast guard hotline is restored; the ministers
will meet again before the end of the year (Manila proposes Jakarta). Chinese coast guard ships near the shoal: 9 on
Sunday, 14 as of 08.00 Wednesday (Philippine Coast Guard), 16 on Wednesday morning (Philippine Navy); more than 30
Chinese vessels incl. maritime militia on Thursday (coast guard). Previous meeting: Xiamen, Thursday 22 May 2025,
about four hours.
"""
import json, os
from gold_helpers import Q, S, D, T, L, K, A, gold_file  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-china-philippines-singapore-2026')
EVENT = ("Talks between the Philippines' foreign secretary Ramon Macaraeg and China's foreign minister Liang Qiming at "
         "The Fullerton Hotel, Singapore, Wednesday 2026-11-18, after a China Coast Guard ship rammed a Philippine "
         "supply boat near Second Thomas Shoal on 2026-11-14 and detained its crew (written for claimdiff's "
         "evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

MAC, LIANG, ROXAS, HOU, ILAGAN = ("Ramon Macaraeg", "Liang Qiming", "Angelica Roxas-Dumlao", "Hou Jingwen",
                                  "Renato Ilagan")
CNFM = "Chinese foreign ministry"
BOTH = "Ramon Macaraeg and Liang Qiming"
MEET = "meeting of the two foreign ministers"
COLL = "collision at Second Thomas Shoal"
DET = "sailors detained"
REL = "injured sailors to be handed over"
REM = "sailors remaining in detention"
SHIPS = "Chinese coast guard ships near the shoal"
FULL = "The Fullerton Hotel"
STS = "Second Thomas Shoal"
SCS = "South China Sea"
PREV = "previous meeting (2025)"
HAND = "hand over the four injured detained sailors"
WRIT = "give a written response to the Philippines' protest note"
AGAIN = "meet again"
HOTL = "restore the coast guard hotline"


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
K1, CN, TR, AN, DT = ("01_kompas_senin-preview.txt", "02_cnnindonesia_rabu-malam.html", "03_tribunnews_rabu-malam.txt",
                      "04_antara_reuters_rabu-malam.json", "05_detik_kamis-pagi.txt")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-16T18:20+07:00", "cites": [],
         "note": "PREVIEW (MANILA dateline): the DFA announced the talks in Manila on Senin (16/11/2026) for Rabu "
                 "(18/11/2026) in Singapore; 'dijadwalkan berlangsung tiga jam' from 14.00 is a plan; DFA's count "
                 "'sedikitnya 12 pelaut' as of Monday morning (revised to 10 on Wednesday); 9 Chinese coast guard "
                 "ships on Sunday; background: the previous meeting in Xiamen, Kamis (22/5/2025), about four hours; "
                 "a 'Baca juga' headline with '12 Awak'"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-11-18T20:05+07:00", "cites": [],
         "note": "HTML page (the author/date <div>s and the <figcaption> are not in the extracted text); Jakarta "
                 "dateline; its lead dates the meeting 'Kamis (18/11/2026)': 18 November 2026 is a Wednesday and every "
                 "other outlet says Rabu; 15-minute one-on-one + about 90 minutes; 10 sailors 'direvisi dari 12' with "
                 "the reason; 14 ships as of Wednesday 08.00 (Philippine Coast Guard)"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-11-18T22:10+07:00", "cites": ["AFP"],
         "note": "after AFP ('Dikutip dari AFP'); SINGAPURA dateline; spells the Philippine minister 'Ramon Macaraig'; "
                 "headline 'China Janji Bebaskan 6 Pelaut' while the body says four (injured) sailors; gives Liang's "
                 "'Pintu dialog terbuka, tetapi harus dibuka dari kedua sisi' to Macaraig (Reuters/ANTARA and AFP give "
                 "it to Liang); 20-minute one-on-one and 16 ships (Philippine Navy), as AFP"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-11-18T21:30+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_wednesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: '14 Chinese coast guard "
                 "ships' became '41 kapal penjaga pantai China'; renders the wire's three quotations; drops the byline "
                 "and the Related line, adds its own Baca juga and 'Sumber: Reuters'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-11-19T11:35+07:00", "cites": [],
         "note": "Thursday follow-up (Jakarta dateline): Macaraeg back at Manila's airport; written response next "
                 "week; 'hampir dua jam' for the whole meeting incl. the one-on-one; six still held in Sanya; Manila "
                 "proposes Jakarta for the next meeting; Beijing spokesperson's denial; more than 30 Chinese vessels "
                 "incl. militia on Thursday; renders two of AP's quotations (uncredited)"},
}

id_claims = [
    # 01 Kompas.com preview (Monday, MANILA dateline)
    L("k1.l0", K1, "Akan Bertemu di Singapura", "Singapore", core=False, zone="HEADLINE"),
    T("k1.t0", K1, "Akan Bertemu di Singapura Rabu", MEET, "2026-11-18", "WEDNESDAY", core=False, zone="HEADLINE",
      note="the coming Wednesday"),
    L("k1.l00", K1, "Usai Tabrakan di Laut China Selatan", SCS, core=False, zone="HEADLINE", event=COLL),
    L("k1.l1", K1, "Liang Qiming akan bertemu di Singapura", "Singapore", note="the planned place"),
    T("k1.t1", K1, "di Singapura, Rabu (18/11/2026)", MEET, "2026-11-18", "WEDNESDAY",
      note="the planned date, stated two days before"),
    L("k1.l2", K1, "tabrakan kapal di dekat Beting Second Thomas, Laut China Selatan", STS, event=COLL),
    T("k1.t2", K1, "dalam jumpa pers di Manila, Senin (16/11/2026)", "announcement of the meeting", "2026-11-16",
      "MONDAY", core=False, note="the announcement date, not the meeting date"),
    L("k1.l3", K1, "dalam jumpa pers di Manila", "Manila", core=False, event="announcement of the meeting",
      note="place of the DFA briefing, not of the talks"),
    S("k1.s1", K1, "Juru bicara DFA Angelica Roxas-Dumlao mengatakan, pertemuan akan digelar di The Fullerton Hotel, "
                   "Singapura, mulai pukul 14.00 waktu setempat dan dijadwalkan berlangsung tiga jam", ROXAS),
    L("k1.l4", K1, "pertemuan akan digelar di The Fullerton Hotel, Singapura", "Singapore", venue=FULL,
      note="the planned venue"),
    T("k1.t3", K1, "mulai pukul 14.00 waktu setempat", "meeting start (planned)", "2026-11-18", "WEDNESDAY",
      core=False, expected=True, note="planned start"),
    D("k1.d1", K1, "dijadwalkan berlangsung tiga jam", 180, "talks (scheduled)", expected=True,
      note="the planned length, not what happened"),
    S("k1.s2", K1, "Singapura bertindak sebagai tuan rumah atas permintaan kedua negara", "Philippine DFA",
      core=False),
    Q("k1.q1", K1, "Prioritas kami hanya satu, yaitu memulangkan para pelaut kami dengan selamat", ROXAS),
    N("k1.n1", K1, "sedikitnya 12 pelaut Filipina masih ditahan China", 12, DET, bound="at-least",
      as_of="2026-11-16", note="DFA's count 'hingga Senin pagi'; revised to 10 on Wednesday (02)"),
    T("k1.t4", K1, "hingga Senin pagi", "detainee count (as of)", "2026-11-16", "MONDAY", core=False),
    T("k1.t5", K1, "ditabrak kapal Penjaga Pantai China pada Sabtu (14/11/2026) pagi", COLL, "2026-11-14",
      "SATURDAY"),
    N("k1.n2", K1, "sembilan kapal Penjaga Pantai China", 9, SHIPS, as_of="2026-11-15",
      note="Philippine Coast Guard's count on Sunday; 14 on Wednesday (02)"),
    T("k1.t6", K1, "pada Minggu (15/11/2026)", "ship count (as of)", "2026-11-15", "SUNDAY", core=False),
    S("k1.s3", K1, "Manila telah melayangkan nota protes diplomatik kepada Beijing sehari setelah tabrakan",
      "Philippine DFA", core=False),
    T("k1.t7", K1, "sehari setelah tabrakan", "protest note sent", "2026-11-15", None, core=False,
      note="relative: the day after Saturday's collision"),
    T("k1.t8", K1, "terakhir bertemu di Xiamen, China, pada Kamis (22/5/2025)", PREV, "2025-05-22", "THURSDAY",
      core=False, note="background: the previous meeting"),
    L("k1.l6", K1, "terakhir bertemu di Xiamen", "Xiamen", core=False, event=PREV, note="background"),
    D("k1.d2", K1, "Pertemuan itu berlangsung sekitar empat jam", 240, PREV, core=False, bound="about",
      note="background: the 2025 meeting in Xiamen"),
    Q("k1.q2", K1, "Kali ini kami tidak berharap banyak, tetapi jalur bicara harus tetap terbuka", ROXAS),

    # 02 CNN Indonesia (HTML, Jakarta dateline, Wednesday evening)
    L("c.l0", CN, "Bertemu di Singapura", "Singapore", core=False, zone="HEADLINE"),
    K("c.c0", CN, "4 Pelaut Terluka Segera Dipulangkan", "China", HAND, "Philippines", "soon", core=False,
      zone="HEADLINE"),
    N("c.n0", CN, "4 Pelaut Terluka", 4, REL, core=False, zone="HEADLINE", expected=True),
    L("c.l1", CN, "bertemu di The Fullerton Hotel, Singapura", "Singapore", venue=FULL),
    T("c.t1", CN, "di The Fullerton Hotel, Singapura, Kamis (18/11/2026)", MEET, "2026-11-18", "THURSDAY",
      note="weekday error as written: 18/11/2026 is a Wednesday (Rabu); the other outlets say Rabu"),
    L("c.l2", CN, "di dekat Beting Second Thomas", STS, event=COLL),
    T("c.t2", CN, "pada Sabtu (14/11) pekan lalu", COLL, "2026-11-14", "SATURDAY"),
    D("c.d1", CN, "bertemu empat mata selama 15 menit", 15, "one-on-one meeting"),
    D("c.d2", CN, "perundingan tingkat delegasi sekitar 90 menit", 90, "talks (delegation-level)", bound="about"),
    D("c.d3", CN, "sedianya berlangsung tiga jam", 180, "talks (scheduled)", expected=True),
    S("c.s1", CN, "Macaraeg mengatakan China bersedia memulangkan empat pelaut yang terluka dalam beberapa hari", MAC),
    K("c.c1", CN, "China bersedia memulangkan empat pelaut yang terluka dalam beberapa hari", "China", HAND,
      "Philippines", "within days"),
    N("c.n1", CN, "memulangkan empat pelaut yang terluka", 4, REL, expected=True),
    Q("c.q1", CN, "Menabrak kapal pemasok bukan salah paham. Itu tidak boleh terulang", MAC,
      note="attributed by the description 'diplomat senior berusia 63 tahun itu'"),
    S("c.s2", CN, "Menurut Macaraeg, Beijing juga berjanji menyampaikan tanggapan tertulis atas nota protes Filipina "
                  "pekan depan", MAC),
    K("c.c2", CN, "Beijing juga berjanji menyampaikan tanggapan tertulis atas nota protes Filipina pekan depan",
      "China", WRIT, "Philippines", "next week"),
    S("c.s3", CN, "Liang membantah kapal penjaga pantai negaranya sengaja menabrak kapal Filipina", LIANG,
      note="denial"),
    S("c.s4", CN, "Ia menyebut awak kapal Filipina mengabaikan peringatan berulang kali", LIANG, core=False),
    Q("c.q2", CN, "Ren'ai Jiao adalah wilayah China. Posisi kami tidak berubah dan tidak akan berubah", LIANG),
    N("c.n2", CN, "mencatat 10 pelaut masih ditahan China", 10, DET, as_of="2026-11-18", revision="direvisi",
      note="'direvisi dari 12 orang': two had jumped into the sea and were picked up by a Filipino fishing boat"),
    N("c.n3", CN, "direvisi dari 12 orang", 12, DET, core=False, as_of="2026-11-16",
      note="the superseded count quoted with its revision (background)"),
    N("c.n4", CN, "Dua awak ternyata sempat melompat ke laut", 2, "crew rescued by a fishing boat", core=False),
    L("c.l3", CN, "lalu dibawa ke Palawan", "Palawan", core=False, note="where the two rescued crewmen were taken"),
    N("c.n5", CN, "14 kapal Penjaga Pantai China", 14, SHIPS, as_of="2026-11-18T08:00+08:00",
      note="Philippine Coast Guard"),
    T("c.t3", CN, "hingga Rabu pukul 08.00 waktu setempat", "ship count (as of)", "2026-11-18", "WEDNESDAY",
      core=False),
    K("c.c3", CN, "Kedua menteri sepakat memulihkan saluran komunikasi langsung (hotline) antara penjaga pantai kedua "
                  "negara", BOTH, HOTL, None, None),
    K("c.c4", CN, "Mereka juga sepakat bertemu kembali sebelum akhir tahun ini", BOTH, AGAIN, None,
      "before the end of 2026"),

    # 03 Tribunnews (after AFP, Wednesday night)
    N("t.n0", TR, "China Janji Bebaskan 6 Pelaut Filipina", 6, REL, zone="HEADLINE", expected=True,
      note="the headline contradicts the body (four injured sailors); six is the number that stays in detention"),
    K("t.c0", TR, "China Janji Bebaskan 6 Pelaut Filipina", "China", "release six detained sailors", "Philippines",
      None, core=False, zone="HEADLINE", note="the headline's (wrong) version of the promise"),
    L("t.l0", TR, "Usai Pertemuan Menlu di Singapura", "Singapore", core=False, zone="HEADLINE"),
    D("t.d1", TR, "bertemu kurang dari dua jam", 120, "meeting incl. one-on-one", bound="less-than"),
    L("t.l1", TR, "di Singapura, Rabu (18/11/2026)", "Singapore"),
    T("t.t1", TR, "Rabu (18/11/2026)", MEET, "2026-11-18", "WEDNESDAY"),
    T("t.t2", TR, "digelar empat hari setelah kapal Penjaga Pantai China menabrak kapal pemasok Filipina", COLL,
      "2026-11-14", None, core=False, note="relative: four days before Wednesday"),
    D("t.d3", TR, "empat hari", 5760, "interval between the collision and the meeting", core=False,
      note="a time difference, not something that lasted"),
    L("t.l2", TR, "kapal pemasok Filipina di Laut China Selatan", SCS, core=False, event=COLL),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d2", TR, "berbicara empat mata selama 20 menit", 20, "one-on-one meeting", note="AFP's figure"),
    S("t.s1", TR, "Macaraig mengatakan China setuju membebaskan empat pelaut yang terluka dalam beberapa hari ke depan",
      MAC, note="spelled 'Macaraig'"),
    K("t.c1", TR, "China setuju membebaskan empat pelaut yang terluka dalam beberapa hari ke depan", "China", HAND,
      "Philippines", "within days"),
    N("t.n1", TR, "membebaskan empat pelaut yang terluka", 4, REL, expected=True),
    Q("t.q1", TR, "Pintu dialog terbuka, tetapi harus dibuka dari kedua sisi", MAC,
      note="attributed to Macaraig ('kata Macaraig'); ANTARA/Reuters and AFP give these words to Liang"),
    S("t.s2", TR, "Ia juga membantah laporan media pemerintah China bahwa Manila menawarkan penghentian sementara misi "
                  "pasokan ke BRP Sierra Madre", MAC, note="denial"),
    Q("t.q2", TR, "Tidak ada jeda. Sierra Madre akan tetap dipasok seperti biasa", MAC, note="'tegasnya'"),
    K("t.c3", TR, "Sierra Madre akan tetap dipasok seperti biasa", "Philippines",
      "keep resupplying the BRP Sierra Madre", "troops on the BRP Sierra Madre", None, core=False,
      note="in Macaraeg's quote"),
    S("t.s3", TR, "Liang membantah kapal penjaga pantai China sengaja menabrak kapal Filipina", LIANG, note="denial"),
    S("t.s4", TR, "Menurut menteri berusia 58 tahun itu, awak kapal Filipina telah mengabaikan semua peringatan", LIANG,
      core=False, note="attributed by the description"),
    S("t.s5", TR, "Juru bicara Angkatan Laut Filipina Komodor Renato Ilagan mengatakan 16 kapal Penjaga Pantai China "
                  "berada di sekitar Beting Second Thomas pada Rabu pagi", ILAGAN),
    N("t.n2", TR, "16 kapal Penjaga Pantai China", 16, SHIPS, as_of="2026-11-18",
      note="Philippine Navy's count, Wednesday morning"),
    L("t.l3", TR, "berada di sekitar Beting Second Thomas", STS, core=False),
    T("t.t3", TR, "pada Rabu pagi", "ship count (as of)", "2026-11-18", "WEDNESDAY", core=False),
    N("t.n3", TR, "Hingga kini 10 pelaut Filipina masih ditahan China", 10, DET, as_of="2026-11-18"),
    K("t.c2", TR, "China juga akan membalas secara tertulis nota protes Manila paling lambat akhir pekan depan",
      "China", WRIT, "Philippines", "by the end of next week"),

    # 04 ANTARA, translation of the Reuters wire
    N("a.n0", AN, "pulangkan empat pelaut Filipina", 4, REL, core=False, zone="HEADLINE", expected=True),
    L("a.l0", AN, "perundingan tegang di Singapura", "Singapore", core=False, zone="HEADLINE"),
    K("a.c1", AN, "China akan menyerahkan empat pelaut Filipina yang terluka, yang ditahan setelah tabrakan di dekat "
                  "sebuah beting sengketa di Laut China Selatan, dalam beberapa hari", "China", HAND, "Philippines",
      "within days"),
    N("a.n1", AN, "menyerahkan empat pelaut Filipina yang terluka", 4, REL, expected=True),
    L("a.l1", AN, "di dekat sebuah beting sengketa di Laut China Selatan", SCS, core=False, event=COLL),
    T("a.t1", AN, "pada Rabu setelah berunding dengan mitranya dari China di Singapura", MEET, "2026-11-18",
      "WEDNESDAY"),
    L("a.l2", AN, "berunding dengan mitranya dari China di Singapura", "Singapore"),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    D("a.d1", AN, "jauh sebelum tiga jam yang dijadwalkan", 180, "talks (scheduled)", expected=True),
    D("a.d2", AN, "bertemu empat mata selama 15 menit", 15, "one-on-one meeting"),
    D("a.d3", AN, "berunding sekitar 90 menit", 90, "talks (delegation-level)", bound="about"),
    L("a.l3", AN, "di The Fullerton Hotel", "Singapore", venue=FULL),
    N("a.n2", AN, "di antara 10 pelaut Filipina yang ditahan China", 10, DET, as_of="2026-11-18"),
    L("a.l4", AN, "di dekat Beting Second Thomas", STS, event=COLL),
    T("a.t2", AN, "sekitar pukul 06.40 pada Sabtu", COLL, "2026-11-14", "SATURDAY"),
    T("a.t3", AN, "22.40 GMT Jumat", COLL, "2026-11-13", "FRIDAY", core=False,
      note="GMT date: 22.40 GMT Friday = 06.40 local time Saturday; not a discrepancy"),
    Q("a.q1", AN, "Kami datang ke Singapura untuk membawa pulang pelaut kami. Hal lain bisa menunggu", MAC),
    Q("a.q2", AN, "Menabrak kapal pemasok bukanlah salah paham. Itu tidak boleh terjadi lagi, dan saya mengatakannya "
                  "langsung di hadapan sang menteri", MAC, note="'ujarnya'"),
    S("a.s1", AN, "Menurut Macaraeg, Liang mengatakan China akan memberikan tanggapan tertulis atas protes diplomatik "
                  "Manila pekan depan", MAC),
    K("a.c2", AN, "China akan memberikan tanggapan tertulis atas protes diplomatik Manila pekan depan", "China", WRIT,
      "Philippines", "next week"),
    Q("a.q3", AN, "Pintu dialog terbuka, tetapi harus dibuka dari kedua sisi", LIANG),
    L("a.l5", AN, "dibacakan di lobi hotel", "Singapore", core=False, venue=FULL, note="the hotel's lobby"),
    S("a.s2", AN, "Kementerian Luar Negeri China sebelumnya menyatakan kapal Filipina mengabaikan peringatan berulang "
                  "kali", CNFM, core=False),
    N("a.n3", AN, "41 kapal penjaga pantai China", 41, SHIPS, as_of="2026-11-18T08:00+08:00",
      note="the translation's changed value: Reuters wrote 14"),
    T("a.t4", AN, "hingga pukul 08.00 pada Rabu", "ship count (as of)", "2026-11-18", "WEDNESDAY", core=False),
    N("a.n4", AN, "naik dari sembilan kapal pada Minggu", 9, SHIPS, core=False, as_of="2026-11-15",
      note="the earlier count quoted for comparison"),
    T("a.t5", AN, "kapal pada Minggu", "ship count (as of)", "2026-11-15", "SUNDAY", core=False),
    K("a.c3", AN, "Kedua menteri sepakat memulihkan saluran hotline antara penjaga pantai kedua negara", BOTH, HOTL,
      None, None),
    K("a.c4", AN, "bertemu kembali sebelum akhir tahun", BOTH, AGAIN, None, "before the end of 2026"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 detikNews (Thursday, Jakarta dateline)
    L("d.l0", DT, "Pulang dari Singapura", "Singapore", core=False, zone="HEADLINE"),
    K("d.c0", DT, "Tunggu Jawaban Tertulis China Pekan Depan", "China", WRIT, "Philippines", "next week", core=False,
      zone="HEADLINE"),
    T("d.t1", DT, "tiba kembali di Manila, Kamis (19/11/2026) pagi", "Macaraeg's return to Manila", "2026-11-19",
      "THURSDAY", core=False),
    L("d.l1", DT, "tiba kembali di Manila", "Manila", core=False, event="Macaraeg's return to Manila"),
    T("d.t2", DT, "sehari setelah bertemu Menteri Luar Negeri China Liang Qiming di Singapura", MEET, "2026-11-18",
      None, note="relative: the day before Thursday"),
    L("d.l2", DT, "Liang Qiming di Singapura", "Singapore"),
    L("d.l3", DT, "di Bandara Internasional Ninoy Aquino", "Manila", core=False,
      venue="Ninoy Aquino International Airport", note="where he spoke on Thursday, not the venue of the talks"),
    S("d.s1", DT, "Macaraeg mengatakan Filipina menunggu tanggapan tertulis China atas nota protes Manila pekan depan",
      MAC),
    K("d.c1", DT, "menunggu tanggapan tertulis China atas nota protes Manila pekan depan", "China", WRIT,
      "Philippines", "next week"),
    Q("d.q1", DT, "Empat bukan sepuluh. Kami akan terus menghitung sampai angkanya nol", MAC),
    K("d.c5", DT, "Kami akan terus menghitung sampai angkanya nol", "Philippines",
      "keep pressing for the release of all the sailors", "the detained sailors", None, core=False,
      note="in Macaraeg's quote"),
    N("d.n0a", DT, "Empat bukan", 4, REL, core=False, expected=True, note="in the quote"),
    N("d.n0b", DT, "bukan sepuluh", 10, DET, core=False, note="in the quote"),
    K("d.c2", DT, "empat pelaut terluka yang dijanjikan China akan dipulangkan dalam beberapa hari", "China", HAND,
      "Philippines", "within days"),
    N("d.n2", DT, "empat pelaut terluka yang dijanjikan China", 4, REL, expected=True),
    N("d.n3", DT, "dari total 10 pelaut Filipina yang ditahan", 10, DET, as_of="2026-11-19"),
    N("d.n4", DT, "Enam pelaut lainnya disebut masih ditahan di Sanya", 6, REM),
    L("d.l4", DT, "masih ditahan di Sanya, Pulau Hainan", "Sanya", core=False, note="where six sailors are held"),
    L("d.l5", DT, "Pertemuan kedua menlu di The Fullerton Hotel, Singapura", "Singapore", venue=FULL),
    T("d.t3", DT, "pada Rabu (18/11)", MEET, "2026-11-18", "WEDNESDAY"),
    D("d.d1", DT, "berlangsung hampir dua jam, termasuk pertemuan empat mata", 120, "meeting incl. one-on-one",
      bound="nearly"),
    S("d.s2", DT, "Macaraeg menambahkan, kedua menteri akan bertemu lagi sebelum akhir tahun", MAC, core=False),
    K("d.c3", DT, "kedua menteri akan bertemu lagi sebelum akhir tahun", BOTH, AGAIN, None, "before the end of 2026"),
    S("d.s3", DT, "Manila mengusulkan Jakarta sebagai tempat pertemuan berikutnya", MAC),
    L("d.l6", DT, "Jakarta sebagai tempat pertemuan berikutnya", "Jakarta", core=False,
      event="next meeting (proposed)", note="a proposal for the next meeting, not this one's venue"),
    Q("d.q2", DT, "Indonesia sahabat kedua negara. Kami berharap Jakarta bersedia menjadi tuan rumah", MAC,
      note="attributed by the description 'pria berusia 63 tahun itu'"),
    L("d.l7", DT, "Dari Beijing", "Beijing", core=False, note="where the spokesperson spoke"),
    S("d.s4", DT, "juru bicara Kementerian Luar Negeri China Hou Jingwen membantah China telah setuju membebaskan "
                  "semua pelaut", HOU, note="denial"),
    Q("d.q3", DT, "Empat awak yang terluka akan diserahkan atas dasar kemanusiaan. Yang lain masih dalam penyelidikan",
      HOU),
    K("d.c4", DT, "Empat awak yang terluka akan diserahkan atas dasar kemanusiaan", "China", HAND, "Philippines", None,
      core=False, note="in Hou's quote: the same promise"),
    N("d.n5", DT, "Empat awak yang terluka akan diserahkan", 4, REL, core=False, expected=True, note="in the quote"),
    T("d.t4", DT, "dalam jumpa pers rutin, Kamis", "Chinese foreign ministry briefing", "2026-11-19", "THURSDAY",
      core=False),
    N("d.n6", DT, "lebih dari 30 kapal China, termasuk kapal milisi maritim", 30, "Chinese vessels incl. maritime militia",
      bound="more-than", as_of="2026-11-19", note="all Chinese vessels incl. militia, not coast guard ships only"),
    L("d.l8", DT, "masih berada di sekitar Beting Second Thomas", STS, core=False),
    T("d.t5", DT, "Second Thomas pada Kamis", "vessel count (as of)", "2026-11-19", "THURSDAY", core=False),
    N("d.n7", DT, "membawa 14 awak", 14, "crew on board the supply boat"),
    T("d.t6", DT, "ketika ditabrak pada Sabtu (14/11)", COLL, "2026-11-14", "SATURDAY"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n1", "c.n2"],
     "summary": "Sailors held by China: 'sedikitnya 12' in the DFA's count of Monday morning (01), revised "
                "('direvisi') to 10 on Wednesday because two crewmen had been picked up by a Filipino fishing boat (02; "
                "10 also in 03, 04, 05)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n2", "c.n5"],
     "summary": "Chinese coast guard ships near the shoal (Philippine Coast Guard): nine on Sunday (01), 14 as of "
                "08.00 Wednesday (02)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["a.n3", "c.n5"],
     "summary": "Chinese coast guard ships as of Wednesday 08.00, Philippine Coast Guard: ANTARA says 41, CNN Indonesia "
                "(and the Reuters wire ANTARA translates) 14."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["t.n2", "c.n5"],
     "summary": "Chinese coast guard ships on Wednesday morning: 16 (Philippine Navy, Tribunnews after AFP) vs 14 "
                "(Philippine Coast Guard, CNN Indonesia)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "a.q3"],
     "summary": "'Pintu dialog terbuka, tetapi harus dibuka dari kedua sisi' is Liang's in ANTARA (after Reuters), "
                "Macaraig's in Tribunnews (AFP gives it to Liang)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "t.t1", "a.t1", "d.t3"],
     "summary": "CNN Indonesia dates the meeting 'Kamis (18/11/2026)'; Tribunnews, ANTARA and detikNews say Rabu (18 "
                "November 2026 is a Wednesday; the preview also announced Rabu)."},
    {"id": "F7", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d2", "c.d1", "a.d2"],
     "summary": "The one-on-one lasted 20 minutes in Tribunnews (after AFP), 15 minutes in CNN Indonesia and ANTARA "
                "(after Reuters)."},
    {"id": "F8", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["t.n0", "t.n1"],
     "summary": "Tribunnews: the headline says 'China Janji Bebaskan 6 Pelaut', its body says China agreed to free the "
                "four injured sailors."},
    {"id": "F9", "kind": "VARIANT", "type": "ENTITY", "values": ["Ramon Macaraeg", "Ramon Macaraig"],
     "articles": [K1, CN, TR, AN, DT],
     "summary": "The Philippine foreign secretary: Macaraeg (Kompas.com, CNN Indonesia, ANTARA, detikNews), Macaraig "
                "(Tribunnews); one person."},
    {"id": "F10", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t1", "t.t1", "a.t1", "d.t3", "d.t2"],
     "summary": "The ministers met on Wednesday 18 November 2026 (announced for that day; 05: 'sehari setelah' "
                "Thursday)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l4", "c.l1", "t.l1", "a.l3", "d.l5"],
     "summary": "The talks were held at The Fullerton Hotel in Singapore (Tribunnews: Singapore)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d2", "a.d3"],
     "summary": "The delegation-level talks lasted about 90 minutes (02, 04)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["t.d1", "d.d1"],
     "summary": "The whole meeting, one-on-one included, lasted less than / nearly two hours (03, 05)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k1.d1", "c.d3", "a.d1"],
     "summary": "Three hours had been scheduled (01, 02, 04)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n2", "t.n3", "a.n2", "d.n3"],
     "summary": "10 Filipino sailors held by China after the revision (02, 03, 04, 05)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c1", "t.c1", "a.c1", "d.c2"],
     "summary": "China will hand over / free the four injured sailors within days ('dalam beberapa hari (ke depan)')."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n1", "t.n1", "a.n1", "d.n2"],
     "summary": "Four injured sailors to be handed over (02, 03 body, 04, 05)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c2", "t.c2", "a.c2", "d.c1"],
     "summary": "China will answer the Philippines' protest note in writing next week (03: by the end of next week)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c4", "a.c4", "d.c3"],
     "summary": "The ministers will meet again before the end of the year (02, 04, 05)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c3", "a.c3"],
     "summary": "The coast guard hotline will be restored (02, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t5", "c.t2", "a.t2", "d.t6"],
     "summary": "The collision happened on Saturday 14 November 2026 (ANTARA adds the GMT date, Friday)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l2", "c.l2", "a.l4"],
     "summary": "The collision happened near Second Thomas Shoal (01, 02, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "STATEMENT", "claims": ["c.s3", "t.s3"],
     "summary": "Liang denied that the coast guard rammed the boat deliberately (02, 03)."},
]

id_traps = [
    {"articles": [K1, CN, AN, TR, DT], "claims": ["k1.d1", "c.d3", "a.d1", "c.d2", "a.d3", "t.d1", "d.d1"],
     "why": "the three hours scheduled vs the roughly 90 minutes / less than two hours held: schedule vs what "
            "happened"},
    {"articles": [CN, AN, TR, DT], "claims": ["c.d1", "a.d2", "c.d2", "a.d3", "t.d1", "d.d1"],
     "why": "the one-on-one (15 min), the delegation talks (about 90 min) and the whole meeting (less than / nearly "
            "two hours) are different spans; 'kurang dari dua jam' and 'hampir dua jam' are compatible"},
    {"articles": [K1], "claims": ["k1.t2", "k1.l3", "k1.t1"],
     "why": "the preview's announcement (Manila, Senin 16/11) is not the meeting (Singapore, Rabu 18/11)"},
    {"articles": [K1], "claims": ["k1.t3"], "why": "the planned 14.00 start is a schedule"},
    {"articles": [TR], "claims": ["t.d3", "t.t2"],
     "why": "'empat hari setelah' is the interval from the collision to the meeting, not the length of anything"},
    {"articles": [K1], "claims": ["k1.t8", "k1.l6", "k1.d2"],
     "why": "background: the previous meeting in Xiamen (Kamis 22/5/2025, about four hours) is another event"},
    {"articles": [AN], "claims": ["a.t3", "a.t2"],
     "why": "'22.40 GMT Jumat' is the GMT date of the collision at 06.40 local time on Saturday"},
    {"articles": [K1, CN, DT, AN], "claims": ["k1.l3", "c.l3", "d.l1", "d.l3", "d.l4", "d.l6", "d.l7", "a.l5"],
     "why": "datelines (MANILA for the preview, Jakarta for CNN Indonesia and detikNews), Manila's airport, Palawan, "
            "Sanya, Beijing and Jakarta (proposed for the next meeting) are not the venue of the talks (Singapore)"},
    {"articles": [CN, DT, AN, TR],
     "claims": ["c.n2", "c.n3", "c.n4", "c.n1", "d.n4", "d.n3", "d.n7", "a.n2", "t.n3"],
     "why": "different things counted: 14 crew on board = 10 held + 2 picked up by a fishing boat (+ 2 not taken: the "
            "articles do not say); 10 held = 4 injured to be handed over + 6 remaining in Sanya; 12 was the "
            "superseded count"},
    {"articles": [K1, CN, DT, TR], "claims": ["k1.n2", "c.n5", "d.n6", "t.n2"],
     "why": "'lebih dari 30 kapal China, termasuk kapal milisi maritim' (Thursday) counts all Chinese vessels incl. "
            "militia, not coast guard ships; nine (Sunday) and 14 (Wednesday) are counts at different times"},
    {"articles": [DT], "claims": ["d.s4", "d.c2", "d.q3"],
     "why": "Hou denies that China agreed to free all the sailors; that does not contradict the promise to hand over "
            "the four injured"},
    {"articles": [DT], "claims": ["d.n0a", "d.n0b"],
     "why": "'Empat bukan sepuluh' in Macaraeg's quote sets the four to be freed against the ten held: not a "
            "contradiction"},
    {"articles": [CN, TR, AN, DT], "claims": ["c.c2", "t.c2", "a.c2", "d.c1"],
     "why": "'pekan depan' and 'paling lambat akhir pekan depan' are the same deadline"},
    {"articles": [K1, CN, AN, DT], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('12 Awak Ditahan', '2 Kapal Penjaga Pantai', "
            "'4 Pelaut Terluka'): links, not claims"},
    {"articles": [CN, TR], "claims": ["c.q2", "t.q1"],
     "why": "Liang's 'Ren'ai Jiao adalah wilayah China' is a party's position, not an outlet's claim about the shoal"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, AP = "01_reuters_wednesday.txt", "02_afp_wednesday.html", "03_ap_thursday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-11-18T09:52Z", "cites": [],
        "note": "SINGAPORE dateline; 15-minute one-on-one + about 90 minutes; three hours scheduled; 10 held; four "
                "injured within days; written response next week; 14 ships as of 8 a.m. Wednesday, up from nine on "
                "Sunday (Philippine Coast Guard); collision 6:40 a.m. Saturday (2240 GMT Friday); three quotations "
                "(two Macaraeg, one Liang) that ANTARA translates"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-11-18T11:40Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> dropped from the text); less than two hours in "
                "all; a 20-minute private meeting (Reuters: 15); 16 coast guard vessels (Philippine Navy; Reuters: 14 "
                "from the coast guard); 'the 58-year-old minister' for Liang; Macaraeg's denial"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-11-19T06:15Z", "cites": [],
         "note": ".json record; MANILA dateline, Thursday; 'the 63-year-old diplomat' at Manila's airport; six held in "
                 "Sanya; Jakarta proposed for the next meeting; Beijing spokesperson's denial; more than 30 Chinese "
                 "vessels incl. militia; background: Xiamen, May 2025, about four hours"},
}

en_claims = [
    # Reuters (Wednesday)
    N("r.n0", R, "hand back four injured Filipino sailors", 4, REL, core=False, zone="HEADLINE", expected=True),
    L("r.l0", R, "tense Singapore talks", "Singapore", core=False, zone="HEADLINE"),
    K("r.c1", R, "China will hand over four injured Filipino sailors detained after a collision near a disputed shoal "
                 "in the South China Sea within days", "China", HAND, "Philippines", "within days"),
    N("r.n1", R, "hand over four injured Filipino sailors", 4, REL, expected=True),
    L("r.l1", R, "near a disputed shoal in the South China Sea", SCS, core=False, event=COLL),
    T("r.t1", R, "said on Wednesday after talks with his Chinese counterpart in Singapore", MEET, "2026-11-18",
      "WEDNESDAY"),
    L("r.l2", R, "talks with his Chinese counterpart in Singapore", "Singapore"),
    D("r.d1", R, "ended well short of their scheduled three hours", 180, "talks (scheduled)", expected=True),
    D("r.d2", R, "a 15-minute one-on-one", 15, "one-on-one meeting"),
    D("r.d3", R, "about 90 minutes of talks with their delegations", 90, "talks (delegation-level)", bound="about"),
    L("r.l3", R, "at The Fullerton Hotel", "Singapore", venue=FULL),
    N("r.n2", R, "among 10 Filipino sailors held by China", 10, DET, as_of="2026-11-18"),
    L("r.l4", R, "near Second Thomas Shoal", STS, event=COLL),
    T("r.t2", R, "at about 6:40 a.m. on Saturday", COLL, "2026-11-14", "SATURDAY"),
    T("r.t3", R, "2240 GMT Friday", COLL, "2026-11-13", "FRIDAY", core=False,
      note="GMT date of the 6:40 a.m. Saturday collision"),
    Q("r.q1", R, "We came to Singapore to bring our sailors home. Everything else can wait", MAC),
    Q("r.q2", R, "Ramming a supply boat is not a misunderstanding. It must not happen again, and I said so to the "
                 "minister's face", MAC, note="'he said'"),
    S("r.s1", R, "Liang said China would give a written response to Manila's diplomatic protest next week, according "
                 "to Macaraeg", MAC, note="Liang's promise as reported by Macaraeg"),
    K("r.c2", R, "China would give a written response to Manila's diplomatic protest next week", "China", WRIT,
      "Philippines", "next week"),
    Q("r.q3", R, "The door to dialogue is open, but it has to be opened from both sides", LIANG),
    L("r.l5", R, "read to reporters in the hotel lobby", "Singapore", core=False, venue=FULL),
    S("r.s2", R, "China's foreign ministry has said the Philippine boat ignored repeated warnings", CNFM, core=False),
    N("r.n3", R, "14 Chinese coast guard ships were near the shoal", 14, SHIPS, as_of="2026-11-18T08:00+08:00",
      note="Philippine Coast Guard"),
    T("r.t4", R, "as of 8 a.m. on Wednesday", "ship count (as of)", "2026-11-18", "WEDNESDAY", core=False),
    N("r.n4", R, "up from nine on Sunday", 9, SHIPS, core=False, as_of="2026-11-15"),
    T("r.t5", R, "on Sunday", "ship count (as of)", "2026-11-15", "SUNDAY", core=False),
    K("r.c3", R, "The two ministers agreed to restore a hotline between their coast guards", BOTH, HOTL, None, None),
    K("r.c4", R, "to meet again before the end of the year", BOTH, AGAIN, None, "before the end of 2026"),

    # AFP (HTML, Wednesday)
    L("p.l0", P, "after Second Thomas Shoal collision", STS, core=False, zone="HEADLINE", event=COLL),
    K("p.c0", P, "China, Philippines agree to keep talking", BOTH, "keep talking", None, None, core=False,
      zone="HEADLINE"),
    D("p.d1", P, "met for less than two hours", 120, "meeting incl. one-on-one", bound="less-than"),
    L("p.l1", P, "less than two hours in Singapore", "Singapore"),
    T("p.t1", P, "in Singapore on Wednesday", MEET, "2026-11-18", "WEDNESDAY"),
    L("p.l2", P, "a Filipino supply boat in the South China Sea", SCS, core=False, event=COLL),
    D("p.d2", P, "a 20-minute private meeting", 20, "one-on-one meeting"),
    L("p.l3", P, "at The Fullerton Hotel", "Singapore", venue=FULL),
    D("p.d3", P, "Three hours had been blocked out for the talks", 180, "talks (scheduled)", expected=True),
    Q("p.q1", P, "The door to dialogue is open, but it has to be opened from both sides", LIANG),
    S("p.s1", P, "The 58-year-old minister denied that the coast guard had rammed the boat on purpose", LIANG,
      note="denial; attributed by the description"),
    Q("p.q2", P, "ignored every warning", LIANG, core=False, fragment=True,
      note="his words in quotation marks inside reported speech"),
    S("p.s2", P, "Macaraeg said Beijing had agreed to release four injured sailors in the coming days and would reply "
                 "in writing to Manila's protest by the end of next week", MAC),
    K("p.c1", P, "Beijing had agreed to release four injured sailors in the coming days", "China", HAND,
      "Philippines", "within days"),
    N("p.n1", P, "release four injured sailors", 4, REL, expected=True),
    K("p.c2", P, "would reply in writing to Manila's protest by the end of next week", "China", WRIT, "Philippines",
      "by the end of next week"),
    S("p.s3", P, "He denied reports in Chinese state media that Manila had offered to pause its supply runs to the BRP "
                 "Sierra Madre", MAC, note="denial"),
    T("p.t2", P, "grounded on the shoal since 1999", "grounding of the BRP Sierra Madre", "1999", None, core=False,
      note="background"),
    Q("p.q3", P, "There is no pause. The Sierra Madre will be resupplied as it always has been", MAC),
    K("p.c3", P, "The Sierra Madre will be resupplied as it always has been", "Philippines",
      "keep resupplying the BRP Sierra Madre", "troops on the BRP Sierra Madre", None, core=False,
      note="in Macaraeg's quote"),
    N("p.n2", P, "Ten sailors remain in Chinese custody", 10, DET, as_of="2026-11-18"),
    N("p.n3", P, "put the number at 12", 12, DET, core=False, as_of="2026-11-16", revision="earlier",
      note="the superseded count with the reason for the revision"),
    N("p.n4", P, "two crewmen were found to have been picked up", 2, "crew rescued by a fishing boat", core=False),
    S("p.s4", P, "Sixteen Chinese coast guard vessels were in the area on Wednesday morning, Philippine Navy spokesman "
                 "Commodore Renato Ilagan said", ILAGAN),
    N("p.n5", P, "Sixteen Chinese coast guard vessels", 16, SHIPS, as_of="2026-11-18", note="Philippine Navy"),
    T("p.t3", P, "on Wednesday morning", "ship count (as of)", "2026-11-18", "WEDNESDAY", core=False),
    N("p.n6", P, "Manila has sent two coast guard cutters", 2, "Philippine coast guard cutters sent"),
    T("p.t4", P, "on Saturday, November 14", COLL, "2026-11-14", "SATURDAY"),
    L("p.l4", P, "near Second Thomas Shoal", STS, event=COLL),

    # AP (.json, Thursday, MANILA dateline)
    N("ap.n0", AP, "6 sailors remain held", 6, REM, core=False, zone="HEADLINE"),
    K("ap.c0", AP, "expects China's written reply next week", "China", WRIT, "Philippines", "next week", core=False,
      zone="HEADLINE"),
    T("ap.t1", AP, "returned home from Singapore on Thursday", "Macaraeg's return to Manila", "2026-11-19",
      "THURSDAY", core=False),
    L("ap.l1", AP, "returned home from Singapore", "Singapore", core=False),
    K("ap.c1", AP, "he expected China to answer Manila's protest over a collision in the South China Sea in writing "
                   "next week", "China", WRIT, "Philippines", "next week"),
    L("ap.l2", AP, "a collision in the South China Sea", SCS, core=False, event=COLL),
    N("ap.n1", AP, "six Filipino sailors remained in Chinese custody", 6, REM),
    L("ap.l3", AP, "Liang Qiming in Singapore", "Singapore"),
    T("ap.t2", AP, "in Singapore on Wednesday", MEET, "2026-11-18", "WEDNESDAY"),
    T("ap.t3", AP, "four days after a Chinese coast guard ship rammed a Philippine supply boat", COLL, "2026-11-14",
      None, core=False, note="relative to Wednesday"),
    D("ap.d3", AP, "four days", 5760, "interval between the collision and the meeting", core=False,
      note="a time difference, not something that lasted"),
    L("ap.l4", AP, "near Second Thomas Shoal", STS, event=COLL),
    D("ap.d1", AP, "spent less than two hours together, including a short one-on-one", 120,
      "meeting incl. one-on-one", bound="less-than"),
    Q("ap.q1", AP, "Four is not ten. We will keep counting until the number is zero", MAC,
      note="attributed by the description 'the 63-year-old diplomat'"),
    K("ap.c6", AP, "We will keep counting until the number is zero", "Philippines",
      "keep pressing for the release of all the sailors", "the detained sailors", None, core=False,
      note="in Macaraeg's quote"),
    N("ap.n2a", AP, "Four is not", 4, REL, core=False, expected=True, note="in the quote"),
    N("ap.n2b", AP, "not ten", 10, DET, core=False, note="in the quote"),
    L("ap.l5", AP, "at Manila's Ninoy Aquino International Airport", "Manila", core=False,
      venue="Ninoy Aquino International Airport", note="where he spoke, not the venue of the talks"),
    K("ap.c2", AP, "China has promised to hand over the four injured sailors within days", "China", HAND,
      "Philippines", "within days"),
    N("ap.n4", AP, "hand over the four injured sailors", 4, REL, expected=True),
    N("ap.n5", AP, "The other six are being held in Sanya", 6, REM, core=False),
    L("ap.l6", AP, "held in Sanya on China's Hainan island", "Sanya", core=False),
    S("ap.s1", AP, "Macaraeg said Liang had promised a written response to the protest next week", MAC),
    K("ap.c3", AP, "Liang had promised a written response to the protest next week", "China", WRIT, "Philippines",
      "next week", core=False, note="the same promise as the lead's"),
    K("ap.c4", AP, "the two ministers would meet again before the end of the year", BOTH, AGAIN, None,
      "before the end of 2026"),
    S("ap.s2", AP, "Manila had proposed Jakarta as the venue", MAC),
    L("ap.l7", AP, "proposed Jakarta as the venue", "Jakarta", core=False, event="next meeting (proposed)",
      note="a proposal for the next meeting"),
    L("ap.l8", AP, "In Beijing", "Beijing", core=False, note="where the spokesperson spoke"),
    S("ap.s3", AP, "Chinese foreign ministry spokesperson Hou Jingwen denied that China had agreed to free all the "
                   "sailors", HOU, note="denial"),
    Q("ap.q2", AP, "The four injured crew members will be handed over on humanitarian grounds. The others are under "
                   "investigation", HOU),
    K("ap.c5", AP, "The four injured crew members will be handed over on humanitarian grounds", "China", HAND,
      "Philippines", None, core=False, note="in Hou's quote"),
    N("ap.n6", AP, "The four injured crew members", 4, REL, core=False, expected=True, note="in the quote"),
    T("ap.t4", AP, "a regular briefing on Thursday", "Chinese foreign ministry briefing", "2026-11-19", "THURSDAY",
      core=False),
    N("ap.n7", AP, "more than 30 Chinese vessels, including maritime militia boats", 30,
      "Chinese vessels incl. maritime militia", bound="more-than", as_of="2026-11-19"),
    T("ap.t5", AP, "around the shoal on Thursday", "vessel count (as of)", "2026-11-19", "THURSDAY", core=False),
    T("ap.t6", AP, "last met in May 2025", PREV, "2025-05", None, core=False, note="background"),
    L("ap.l9", AP, "in Xiamen, China", "Xiamen", core=False, event=PREV, note="background"),
    D("ap.d2", AP, "talks that lasted about four hours", 240, PREV, core=False, bound="about", note="background"),
    N("ap.n8", AP, "had 14 crew members on board", 14, "crew on board the supply boat"),
    T("ap.t7", AP, "when it was struck on Nov. 14", COLL, "2026-11-14", None),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["r.n3", "p.n5"],
     "summary": "Chinese coast guard ships near the shoal on Wednesday morning: 14 (Reuters, Philippine Coast Guard) vs "
                "16 (AFP, Philippine Navy)."},
    {"id": "E2", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d2", "p.d2"],
     "summary": "The one-on-one: 15 minutes (Reuters) vs 20 minutes (AFP)."},
    {"id": "E3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n4", "r.n3"],
     "summary": "Chinese coast guard ships (Philippine Coast Guard): nine on Sunday, 14 as of 8 a.m. Wednesday."},
    {"id": "E4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["p.n3", "p.n2"],
     "summary": "Sailors held: Manila's earlier 12, revised to 10 after two crewmen turned out to have been picked up "
                "by a Filipino fishing boat (AFP; Reuters' Related line has the 12)."},
    {"id": "E5", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t2"],
     "summary": "The ministers met on Wednesday 18 November 2026."},
    {"id": "E6", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "p.l3", "ap.l3"],
     "summary": "The talks were held in Singapore, at The Fullerton Hotel (Reuters, AFP)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d3"],
     "summary": "Three hours had been scheduled (Reuters, AFP)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "DURATION", "claims": ["p.d1", "ap.d1"],
     "summary": "The whole meeting lasted less than two hours (AFP, AP)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n2", "p.n2"],
     "summary": "10 Filipino sailors held (Reuters, AFP)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c1", "ap.c2"],
     "summary": "China will hand over the four injured sailors within days / in the coming days."},
    {"id": "E11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "p.n1", "ap.n4"],
     "summary": "Four injured sailors to be handed over (all three)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "p.c2", "ap.c1"],
     "summary": "China will reply in writing to Manila's protest next week (AFP: by the end of next week)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c4", "ap.c4"],
     "summary": "The ministers will meet again before the end of the year (Reuters, AP)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q3", "p.q1"],
     "summary": "Liang: 'The door to dialogue is open, but it has to be opened from both sides' (Reuters, AFP)."},
    {"id": "E15", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t2", "p.t4", "ap.t7"],
     "summary": "The collision happened on Saturday 14 November (Reuters adds the GMT date, Friday)."},
    {"id": "E16", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l4", "p.l4", "ap.l4"],
     "summary": "The collision happened near Second Thomas Shoal (all three)."},
]

en_traps = [
    {"articles": [R, P], "claims": ["r.d1", "p.d3", "r.d3", "p.d1"],
     "why": "the three hours scheduled vs the roughly 90 minutes / less than two hours held: schedule vs what happened"},
    {"articles": [R, P, AP], "claims": ["r.d3", "p.d1", "ap.d1", "r.d2", "p.d2"],
     "why": "Reuters' 'about 90 minutes' is the delegation talks; AFP's and AP's 'less than two hours' is the whole "
            "meeting with the one-on-one: not a discrepancy"},
    {"articles": [R], "claims": ["r.t3", "r.t2"],
     "why": "'2240 GMT Friday' is the GMT date of the collision at 6:40 a.m. local time on Saturday"},
    {"articles": [AP], "claims": ["ap.t1", "ap.l5", "ap.l8", "ap.l6", "ap.l7"],
     "why": "the MANILA dateline, Manila's airport, Beijing, Sanya and Jakarta (proposed for the next meeting) are not "
            "the venue of the talks (Singapore)"},
    {"articles": [R, P, AP], "claims": ["r.n3", "p.n5", "ap.n7", "r.n4"],
     "why": "AP's 'more than 30 Chinese vessels, including maritime militia boats' (Thursday) counts all vessels, not "
            "coast guard ships; nine (Sunday) and 14 (Wednesday) are counts at different times"},
    {"articles": [R, P, AP], "claims": ["r.n2", "p.n2", "ap.n1", "ap.n8", "p.n4", "r.n1", "ap.n4", "p.n6"],
     "why": "different things counted: 14 crew on board; 10 held = 4 injured to be handed over + 6 remaining; 2 "
            "picked up by a fishing boat; 2 Philippine coast guard cutters"},
    {"articles": [AP], "claims": ["ap.t6", "ap.l9", "ap.d2"],
     "why": "background: the previous meeting in Xiamen (May 2025, about four hours) is another event"},
    {"articles": [P], "claims": ["p.t2"], "why": "background: the Sierra Madre was grounded in 1999"},
    {"articles": [AP], "claims": ["ap.d3", "ap.t3"],
     "why": "'four days after' is the interval from the collision to the meeting, not the length of anything"},
    {"articles": [R, P, AP], "claims": ["r.c1", "p.c1", "ap.c2", "r.c2", "p.c2", "ap.c1"],
     "why": "'within days' / 'in the coming days' and 'next week' / 'by the end of next week' are the same deadlines"},
    {"articles": [AP], "claims": ["ap.s3", "ap.c2", "ap.q2"],
     "why": "Hou denies that China agreed to free all the sailors; not a contradiction of the promise to hand over "
            "the four injured"},
    {"articles": [AP], "claims": ["ap.n2a", "ap.n2b"],
     "why": "'Four is not ten' sets the four to be freed against the ten held"},
    {"articles": [R], "claims": [],
     "why": "the 'Related:' headline carries another article's number ('12 sailors held'): a link, not a claim"},
]


def gold(event_note, entities, articles, claims, findings, traps):
    return gold_file(EVENT + event_note, TYPES, EXHAUSTIVE, entities, articles, claims, findings, traps)


ENT_COMMON = {
    MAC: ["Ramon Macaraeg", "Ramon Macaraig", "Macaraeg", "Macaraig", "Menlu Filipina",
          "Menteri Luar Negeri Filipina", "Philippine Foreign Secretary", "Foreign Secretary Ramon Macaraeg",
          "The Philippines' top diplomat", "the 63-year-old diplomat", "diplomat senior berusia 63 tahun itu",
          "pria berusia 63 tahun itu"],
    LIANG: ["Liang Qiming", "Liang", "Menlu China", "Menteri Luar Negeri China", "Chinese Foreign Minister",
            "The Chinese minister", "The 58-year-old minister", "menteri berusia 58 tahun itu"],
    HOU: ["Hou Jingwen", "Hou", "juru bicara Kementerian Luar Negeri China",
          "Chinese foreign ministry spokesperson"],
    ILAGAN: ["Renato Ilagan", "Komodor Renato Ilagan", "Commodore Renato Ilagan", "Philippine Navy spokesman"],
    CNFM: ["Kementerian Luar Negeri China", "China's foreign ministry"],
    "China": ["China", "Beijing", "Penjaga Pantai China", "China Coast Guard"],
    "Philippines": ["Filipina", "Philippines", "Manila"],
    "Singapore": ["Singapura", "Singapore", "The Fullerton Hotel"],
    STS: ["Beting Second Thomas", "Second Thomas Shoal", "Ayungin", "Ayungin Shoal", "Ren'ai Jiao"],
}
id_entities = dict(ENT_COMMON, **{
    ROXAS: ["Angelica Roxas-Dumlao", "Roxas-Dumlao", "Juru bicara DFA"],
    "Philippine DFA": ["Departemen Luar Negeri (DFA) Filipina", "DFA", "Departemen Luar Negeri Filipina"],
})
en_entities = dict(ENT_COMMON)

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
