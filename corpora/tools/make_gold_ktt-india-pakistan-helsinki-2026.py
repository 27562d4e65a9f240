#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for ktt-india-pakistan-helsinki-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <event folder>/<lang>/gold.json`).

Event (invented, written for claimdiff's evaluation): India's prime minister Vikram Anand Sethi (61) and Pakistan's
president Shahid Mahmood Rana (67) meet at Hvitträsk, a lakeside villa in Kirkkonummi about 30 km west of Helsinki,
on Tuesday 17 November 2026; Finland's president Elina Saarikoski greets them but does not take part. Announced by the
Finnish presidency in Helsinki on Thursday 12 November; scheduled from 10.00 local (15.00 WIB) for four to five hours.
Held: started 10.05, a restricted session of 75 minutes (Reuters; AFP: an hour and a half), then about 100 minutes
with the delegations (eight members each); ended 13.05 local (1100 GMT), about / nearly three hours. Nine-point joint
statement: high commissioners back within 30 days (ANTARA's translation: 60 days); Indus commissioners meet before the
end of January 2027; line-of-control talks (DGMOs) start in Islamabad in February; Pakistan frees Indian fishermen held
in Karachi by 10 December: 212 announced in the afternoon, revised to 194 (18 already repatriated via Wagah on
3 November); first 60 cross at Wagah on Friday 20 November (AP, Wednesday); India repatriates 47 Pakistani civilian
prisoners by the end of the year. Separate press conferences in Helsinki (Sethi at Hotel Kämp; Rana at his hotel an
hour later). Background: high commissioners withdrawn in August 2025 after a clash on the line of control (at least
nine soldiers killed); last summit in Colombo on Sunday 4 May 2025, about five hours, no joint statement.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ktt-india-pakistan-helsinki-2026')
EV = "ktt-india-pakistan-helsinki-2026"
EVENT = ("Summit of India's prime minister Vikram Anand Sethi and Pakistan's president Shahid Mahmood Rana at "
         "Hvitträsk, Kirkkonummi, near Helsinki, Tuesday 2026-11-17 (written for claimdiff's evaluation; facts "
         "invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

SETHI, RANA, SAARI = "Vikram Anand Sethi", "Shahid Mahmood Rana", "Elina Saarikoski"
KAP, AWAN, NIEM, SIR = "Anjali Kapadia", "Faisal Nadeem Awan", "Juha Nieminen", "Yudha Pranata Siregar"
MEA = "Indian Ministry of External Affairs"
BOTH = "India and Pakistan"
SUMMIT = "India-Pakistan summit"
PREV = "previous summit (Colombo, 2025)"
WD = "withdrawal of the high commissioners (August 2025)"
CLASH = "line-of-control clash (August 2025)"
KIRK, HVI = "Kirkkonummi", "Hvitträsk"
LOC = "Line of Control"
FISHQ = "Indian fishermen to be released"
HC = "return the high commissioners to their posts"
WLOC = "start talks on water-sharing and the line of control"
INDUS = "Indus commissioners to meet (water-sharing talks)"
LOCT = "start line-of-control talks (first round in Islamabad)"
FISH = "release the Indian fishermen held in Karachi"
FIRST = "send the first 60 fishermen home across the Wagah border"
PRIS = "repatriate Pakistani civilian prisoners"
HOST = "host the water talks"
WTALK = "sit down and talk about water"
REPAT = "earlier repatriation of 18 fishermen (3 November)"
PRESS_S, PRESS_R = "Sethi's press conference", "Rana's press conference"
HAND60 = "first fishermen cross at Wagah"
BRIEF = "Pakistani foreign ministry briefing"

# ============================================================================================== Indonesian
KO, CN, DT, AN, TR = ("01_kompas_senin-preview.txt", "02_cnnindonesia_selasa-malam.html", "03_detik_selasa-live.txt",
                      "04_antara_reuters_rabu-dinihari.json", "05_tribunnews_rabu.txt")
id_articles = {
    KO: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-16T19:10+07:00", "cites": ["Reuters"],
         "note": "PREVIEW (NEW DELHI dateline): announced by the Finnish presidency in Helsinki on Kamis (12/11); "
                 "planned for Selasa (17/11/2026) at Hvitträsk from 10.00 local, 'dijadwalkan berlangsung empat "
                 "hingga lima jam'; about 600 police to be deployed (plan); about 250 Indian fishermen held in "
                 "Pakistan; background: Colombo, Minggu (4/5/2025), about five hours; Baca juga headlines with "
                 "numbers"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-11-17T21:00+07:00", "cites": [],
         "note": "HTML page (byline/date <div>s and <figcaption> are not in the extracted text); Jakarta dateline; "
                 "dates the summit 'Rabu (17/11/2026)' (17 November 2026 is a Tuesday); 75 + about 100 minutes, about "
                 "three hours; 30 days; 212 fishermen 'hingga Selasa sore' (before the revision); renders AFP's "
                 "Sethi quote and Reuters' Rana and Saarikoski quotes (uncredited)"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-11-17T16:10+07:00", "cites": [],
         "note": "live article updated through the evening (last update 23.35 WIB): 'lebih dari dua jam' at 17.20 WIB, "
                 "ended at 13.05 local after 'kurang lebih tiga jam'; 212 fishermen at 20.10 WIB revised to 194 at "
                 "23.35 WIB with the reason; the headline carries the final 194"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-11-18T01:15+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_tuesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'within 30 days' became "
                 "'dalam 60 hari'; renders the wire's three quotations (Sethi, Rana, Saarikoski); drops the byline, "
                 "the reporting line and the Related line, adds a Baca juga and 'Sumber: Reuters'"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-11-18T19:30+07:00", "cites": ["AP", "AFP"],
         "note": "merges AP (first 60 fishermen on Friday, Kapadia) and AFP (nearly three hours, an hour and a half "
                 "restricted session, 700 police); ISLAMABAD dateline; spells the Pakistani president 'Shahid "
                 "Mehmood Rana'; headline 'Bertemu Empat Jam' vs body 'hampir tiga jam'; gives Rana's 'Garis kontrol "
                 "sudah terlalu lama menjadi garis tembak' (AFP) to Sethi"},
}

id_claims = [
    # 01 Kompas.com preview (Monday)
    L("k.l0", KO, "Bertemu di Vila Tepi Danau Dekat Helsinki", KIRK, core=False, venue=HVI, zone="HEADLINE",
      note="described as a lakeside villa near Helsinki"),
    T("k.t0", KO, "Dekat Helsinki Selasa", SUMMIT, "2026-11-17", "TUESDAY", core=False, zone="HEADLINE"),
    T("k.t1", KO, "akan bertemu di Finlandia, Selasa (17/11/2026)", SUMMIT, "2026-11-17", "TUESDAY",
      note="the planned date, stated the day before"),
    L("k.l1", KO, "akan bertemu di Finlandia", "Finland"),
    L("k.l2", KO, "akan digelar di Hvitträsk, sebuah vila bersejarah di tepi Danau Vitträsk, Kirkkonummi", KIRK,
      venue=HVI, note="the planned venue"),
    N("k.n1", KO, "sekitar 30 kilometer sebelah barat Helsinki", 30, "distance from Helsinki km", core=False,
      bound="about"),
    T("k.t2", KO, "dalam keterangan tertulis di Helsinki pada Kamis (12/11/2026)", "announcement of the summit",
      "2026-11-12", "THURSDAY", core=False, note="the announcement date, not the summit date"),
    L("k.l3", KO, "dalam keterangan tertulis di Helsinki", "Helsinki", core=False, event="announcement of the summit"),
    T("k.t3", KO, "KTT dimulai pukul 10.00 waktu setempat atau 15.00 WIB", "summit start (planned)", "2026-11-17",
      "TUESDAY", core=False, expected=True, note="planned start; it began at 10.05 (03)"),
    D("k.d1", KO, "dijadwalkan berlangsung empat hingga lima jam", 240, "summit (scheduled)", bound="range", high=300,
      expected=True, note="the schedule, not what happened"),
    Q("k.q1", KO, "Kami hanya menyediakan ruangan, kopi, dan ketenangan. Agendanya sepenuhnya milik kedua negara",
      NIEM),
    K("k.c1", KO, "Kepolisian Finlandia akan mengerahkan sekitar 600 personel", "Finnish police",
      "deploy police officers around the villa", None, "2026-11-17", core=False, note="a plan"),
    N("k.n2", KO, "sekitar 600 personel", 600, "police officers deployed", bound="about", expected=True,
      core=False, note="planned; AFP/Tribunnews: more than 700 were deployed"),
    T("k.t4", KO, "menarik komisaris tinggi masing-masing pada Agustus 2025", WD, "2025-08", None, core=False,
      note="background"),
    N("k.n3", KO, "menewaskan sedikitnya sembilan tentara", 9, "soldiers killed in the August 2025 clash",
      bound="at-least", core=False, note="background"),
    L("k.l4", KO, "di sepanjang garis kontrol (Line of Control) di Kashmir", LOC, core=False, event=CLASH),
    S("k.s1", KO, "Sethi berangkat ke Helsinki pada Senin malam", KAP, core=False),
    T("k.t5", KO, "pada Senin malam", "Sethi's departure for Helsinki", "2026-11-16", "MONDAY", core=False),
    Q("k.q2", KO, "Perdana Menteri datang dengan pikiran terbuka, tetapi tanpa ilusi", KAP),
    L("k.l5", KO, "kata Kapadia di New Delhi", "New Delhi", core=False, note="where the spokesperson spoke"),
    N("k.n4", KO, "sekitar 250 nelayan India masih mendekam di penjara Pakistan", 250,
      "Indian fishermen held in Pakistani jails", bound="about", note="Indian officials' estimate; not the number "
      "to be released"),
    L("k.l6", KO, "Pertemuan puncak terakhir kedua negara berlangsung di Kolombo", "Colombo", core=False, event=PREV),
    T("k.t6", KO, "di Kolombo, Sri Lanka, pada Minggu (4/5/2025)", PREV, "2025-05-04", "SUNDAY", core=False,
      note="background"),
    D("k.d2", KO, "Pertemuan itu berlangsung sekitar lima jam", 300, PREV, bound="about", core=False,
      note="background"),
    Q("k.q3", KO, "Di Helsinki tidak ada kamera televisi dari kedua negara yang menunggu di setiap sudut. Itu memberi "
                  "ruang untuk kompromi", SIR),
    T("k.t7", KO, "saat dihubungi Kompas.com, Senin", "interview with the analyst", "2026-11-16", "MONDAY",
      core=False),
    A("k.a1", KO, "Sumber: Kompas.com, Reuters", "Reuters", core=False, note="credit line"),

    # 02 CNN Indonesia (HTML, Tuesday evening)
    L("c.l0", CN, "KTT India-Pakistan di Helsinki", "Helsinki", core=False, zone="HEADLINE",
      note="loose: the villa is in Kirkkonummi, near Helsinki"),
    K("c.c0", CN, "Komisaris Tinggi Kembali dalam 30 Hari", BOTH, HC, None, "within 30 days", core=False,
      zone="HEADLINE"),
    K("c.c1", CN, "sepakat mengembalikan komisaris tinggi kedua negara ke pos masing-masing dalam 30 hari", BOTH, HC,
      None, "within 30 days"),
    L("c.l1", CN, "pertemuan puncak di Hvitträsk, vila tepi danau di Kirkkonummi dekat Helsinki, Finlandia", KIRK,
      venue=HVI),
    T("c.t1", CN, "Finlandia, Rabu (17/11/2026)", SUMMIT, "2026-11-17", "WEDNESDAY",
      note="weekday error as written: 17/11/2026 is a Tuesday (Selasa); the other outlets say Selasa"),
    D("c.d1", CN, "sedianya berlangsung empat hingga lima jam", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    D("c.d2", CN, "berakhir setelah sekitar tiga jam", 180, "summit", bound="about"),
    D("c.d3", CN, "sesi terbatas selama 75 menit", 75, "restricted session"),
    D("c.d4", CN, "bersama delegasi masing-masing selama kurang lebih 100 menit", 100, "delegations' session",
      bound="about"),
    N("c.n1", CN, "Masing-masing delegasi beranggotakan delapan orang", 8, "members per delegation"),
    K("c.c2", CN, "kedua negara juga sepakat memulai perundingan soal pembagian air dan garis kontrol di Kashmir",
      BOTH, WLOC, None, None),
    K("c.c3", CN, "Komisaris Indus kedua negara dijadwalkan bertemu paling lambat akhir Januari 2027", BOTH, INDUS,
      None, "by the end of January 2027"),
    K("c.c4", CN, "perundingan soal garis kontrol akan dimulai di Islamabad pada Februari", BOTH, LOCT, None,
      "February 2027"),
    L("c.l2", CN, "akan dimulai di Islamabad pada Februari", "Islamabad", core=False,
      event="first round of line-of-control talks (planned)"),
    Q("c.q1", CN, "Tiga jam sudah cukup, karena pekerjaannya sudah selesai sebelum kami tiba", SETHI),
    L("c.l3", CN, "kata Sethi di Hotel Kämp, Helsinki", "Helsinki", core=False, venue="Hotel Kämp", event=PRESS_S),
    S("c.s1", CN, "Rana menegaskan negaranya tidak akan memakai air sebagai alat tekanan", RANA),
    K("c.c5", CN, "negaranya tidak akan memakai air sebagai alat tekanan", "Pakistan",
      "not use water as a means of pressure", "India", None, core=False),
    Q("c.q2", CN, "Air bukan senjata dan tidak boleh menjadi senjata. Karena itu kami akan duduk dan membicarakannya",
      RANA, note="attributed by the description 'presiden berusia 67 tahun itu'"),
    K("c.c6", CN, "kami akan duduk dan membicarakannya", "Pakistan", WTALK, "India", None, core=False,
      note="in Rana's quote"),
    K("c.c7", CN, "Kementerian Luar Negeri Pakistan menyatakan akan membebaskan 212 nelayan India yang ditahan di "
                  "Karachi paling lambat 10 Desember", "Pakistan", FISH, "India", "2026-12-10"),
    N("c.n2", CN, "membebaskan 212 nelayan India", 212, FISHQ, expected=True, as_of="2026-11-17",
      note="the count before the revision to 194 (03, 04)"),
    L("c.l4", CN, "ditahan di Karachi", "Karachi", core=False, note="where the fishermen are held"),
    T("c.t2", CN, "hingga Selasa sore waktu Islamabad", "fishermen count (as of)", "2026-11-17", "TUESDAY",
      core=False),
    K("c.c8", CN, "India, sebaliknya, akan memulangkan 47 tahanan sipil Pakistan sebelum akhir tahun", "India", PRIS,
      "Pakistan", "by the end of 2026"),
    N("c.n3", CN, "memulangkan 47 tahanan sipil Pakistan", 47, "Pakistani civilian prisoners to be repatriated",
      expected=True),
    Q("c.q3", CN, "Finlandia menawarkan ruangan yang tenang di tepi danau. Apa yang terjadi di dalamnya adalah milik "
                  "kedua pemimpin", SAARI),
    T("c.t3", CN, "menarik komisaris tinggi masing-masing sejak Agustus 2025", WD, "2025-08", None, core=False),

    # 03 detikNews live (Tuesday, updated to 23.35 WIB)
    L("d.l0", DT, "KTT India-Pakistan di Finlandia", "Finland", core=False, zone="HEADLINE"),
    N("d.n0", DT, "Pakistan Bebaskan 194 Nelayan India", 194, FISHQ, core=False, zone="HEADLINE", expected=True),
    K("d.c0", DT, "Pakistan Bebaskan 194 Nelayan India", "Pakistan", FISH, "India", None, core=False,
      zone="HEADLINE"),
    T("d.t1", DT, "menggelar pertemuan puncak di Finlandia, Selasa (17/11/2026)", SUMMIT, "2026-11-17", "TUESDAY"),
    L("d.l1", DT, "menggelar pertemuan puncak di Finlandia", "Finland"),
    L("d.l2", DT, "KTT berlangsung di Hvitträsk, vila tepi danau di Kirkkonummi", KIRK, venue=HVI),
    N("d.n1", DT, "sekitar 30 kilometer dari Helsinki", 30, "distance from Helsinki km", bound="about", core=False),
    T("d.t2", DT, "Pertemuan dimulai pukul 10.05 waktu setempat atau 15.05 WIB", "summit start", "2026-11-17",
      "TUESDAY", core=False),
    D("d.d1", DT, "molor lima menit dari jadwal", 5, "delay of the summit's start", core=False,
      note="a delay, not the length of the summit"),
    D("d.d2", DT, "KTT sudah berlangsung lebih dari dua jam", 120, "summit (in progress)", bound="more-than",
      as_of="2026-11-17T17:20+07:00", core=False, note="live figure while the summit was still going on"),
    T("d.t3", DT, "Hingga pukul 17.20 WIB", "summit length (as of)", "2026-11-17", "TUESDAY", core=False),
    T("d.t4", DT, "KTT berakhir pukul 13.05 waktu setempat", "summit end", "2026-11-17", "TUESDAY", core=False),
    D("d.d3", DT, "rampung setelah kurang lebih tiga jam", 180, "summit", bound="about"),
    D("d.d4", DT, "Pertemuan yang dijadwalkan empat sampai lima jam", 240, "summit (scheduled)", bound="range",
      high=300, expected=True),
    L("d.l3", DT, "bertolak ke Helsinki untuk menggelar jumpa pers terpisah", "Helsinki", core=False,
      event="separate press conferences"),
    K("d.c1", DT, "Kementerian Luar Negeri Pakistan mengumumkan akan membebaskan 212 nelayan India yang ditahan di "
                  "Karachi paling lambat 10 Desember 2026", "Pakistan", FISH, "India", "2026-12-10"),
    N("d.n2", DT, "membebaskan 212 nelayan India", 212, FISHQ, expected=True, as_of="2026-11-17T20:10+07:00",
      note="update 20.10 WIB; revised to 194 at 23.35 WIB"),
    L("d.l4", DT, "ditahan di Karachi", "Karachi", core=False),
    S("d.s1", DT, "Anjali Kapadia memastikan komisaris tinggi India akan kembali ke Islamabad", KAP),
    K("d.c2", DT, "komisaris tinggi India akan kembali ke Islamabad", "India", HC, "Pakistan", None, core=False),
    Q("d.q1", DT, "Komisaris tinggi kami akan kembali bertugas di Islamabad dalam 30 hari, sesuai pernyataan bersama",
      KAP),
    K("d.c3", DT, "Komisaris tinggi kami akan kembali bertugas di Islamabad dalam 30 hari", "India", HC, "Pakistan",
      "within 30 days", note="first-person promise in Kapadia's quote"),
    N("d.n3", DT, "Pernyataan bersama sembilan butir", 9, "points in the joint statement"),
    K("d.c4", DT, "kesepakatan untuk memulai perundingan soal pembagian air Sungai Indus dan garis kontrol di Kashmir",
      BOTH, WLOC, None, None),
    N("d.n4", DT, "merevisi jumlah nelayan India yang akan dibebaskan menjadi 194 orang", 194, FISHQ, expected=True,
      revision="merevisi", as_of="2026-11-17T23:35+07:00",
      note="revised down from 212: 18 on the first list had already been repatriated via Wagah on 3 November"),
    S("d.s2", DT, "18 nelayan dalam daftar awal ternyata sudah dipulangkan lewat perbatasan Wagah pada 3 November",
      AWAN, note="the reason for the revision"),
    N("d.n5", DT, "18 nelayan dalam daftar awal", 18, "fishermen already repatriated on 3 November", core=False),
    L("d.l5", DT, "lewat perbatasan Wagah", "Wagah", core=False, event=REPAT),
    T("d.t5", DT, "Wagah pada 3 November", REPAT, "2026-11-03", None, core=False),
    Q("d.q2", DT, "Daftar pertama disusun terburu-buru. Angka yang benar 194, dan semuanya akan pulang sebelum 10 "
                  "Desember", AWAN),
    K("d.c5", DT, "semuanya akan pulang sebelum 10 Desember", "Pakistan", FISH, "India", "2026-12-10", core=False,
      note="in Awan's quote"),
    N("d.n6", DT, "Angka yang benar 194", 194, FISHQ, core=False, expected=True, note="in the quote"),
    N("d.n7", DT, "turun dari 212", 212, FISHQ, core=False, note="the superseded count"),
    N("d.n8", DT, "menjadi 194 orang.", 194, FISHQ, core=False, expected=True, occurrence=2,
      note="restates the revised count"),

    # 04 ANTARA, translation of the Reuters wire
    K("a.c0", AN, "sepakat pulangkan duta besar", BOTH, HC, None, None, core=False, zone="HEADLINE"),
    K("a.c00", AN, "buka perundingan air dan perbatasan", BOTH, WLOC, None, None, core=False, zone="HEADLINE"),
    L("a.l0", AN, "usai KTT di Finlandia", "Finland", core=False, zone="HEADLINE"),
    K("a.c1", AN, "akan mengembalikan komisaris tinggi masing-masing ke ibu kota kedua negara dalam 60 hari", BOTH,
      HC, None, "within 60 days", note="the translation's changed value: Reuters wrote 'within 30 days'"),
    K("a.c2", AN, "membuka perundingan soal pembagian air sungai dan garis kontrol yang disengketakan di Kashmir",
      BOTH, WLOC, None, None),
    T("a.t1", AN, "kata para pemimpin kedua negara pada Selasa", SUMMIT, "2026-11-17", "TUESDAY",
      note="published Rabu dini hari WIB; 'Selasa' is the summit day"),
    L("a.l1", AN, "sebuah vila tepi danau di luar Helsinki", KIRK, venue=HVI,
      note="described as a lakeside villa outside Helsinki"),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    L("a.l2", AN, "bertemu di Hvitträsk, vila museum di tepi Danau Vitträsk di Kirkkonummi", KIRK, venue=HVI),
    N("a.n1", AN, "sekitar 30 km sebelah barat ibu kota Finlandia", 30, "distance from Helsinki km", bound="about",
      core=False),
    D("a.d1", AN, "dijadwalkan berlangsung empat hingga lima jam", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    D("a.d2", AN, "berakhir setelah sekitar tiga jam", 180, "summit", bound="about"),
    T("a.t2", AN, "tidak lama setelah pukul 13.00 (11.00 GMT)", "summit end", "2026-11-17", "TUESDAY", core=False),
    D("a.d3", AN, "sesi terbatas selama 75 menit", 75, "restricted session"),
    D("a.d4", AN, "berunding sekitar satu jam 40 menit bersama delegasi lengkap", 100, "delegations' session",
      bound="about"),
    Q("a.q1", AN, "Kami tidak datang ke Finlandia untuk mengulang keluhan lama. Kami datang untuk mengembalikan kursi "
                  "para diplomat kami", SETHI),
    L("a.l3", AN, "kepada wartawan di Hotel Kämp di pusat kota Helsinki", "Helsinki", core=False, venue="Hotel Kämp",
      event=PRESS_S),
    D("a.d5", AN, "satu jam kemudian", 60, "interval between the two press conferences", core=False,
      note="an interval, not something that lasted"),
    Q("a.q2", AN, "Air bukan senjata dan tidak boleh menjadi senjata. Karena itulah kami akan duduk dan "
                  "membicarakannya", RANA),
    K("a.c3", AN, "kami akan duduk dan membicarakannya", "Pakistan", WTALK, "India", None, core=False,
      note="in Rana's quote"),
    N("a.n2", AN, "pernyataan bersama sembilan butir", 9, "points in the joint statement"),
    K("a.c4", AN, "komisaris Indus kedua negara akan bertemu sebelum akhir Januari", BOTH, INDUS, None,
      "before the end of January 2027"),
    K("a.c5", AN, "direktur jenderal operasi militer akan membuka perundingan soal garis kontrol, dengan putaran "
                  "pertama di Islamabad pada Februari", BOTH, LOCT, None, "February 2027"),
    L("a.l4", AN, "putaran pertama di Islamabad pada Februari", "Islamabad", core=False,
      event="first round of line-of-control talks (planned)"),
    K("a.c6", AN, "Pakistan juga akan membebaskan 194 nelayan India yang ditahan di Karachi paling lambat 10 Desember",
      "Pakistan", FISH, "India", "2026-12-10"),
    N("a.n3", AN, "membebaskan 194 nelayan India", 194, FISHQ, expected=True, revision="menurunkannya",
      as_of="2026-11-17"),
    L("a.l5", AN, "ditahan di Karachi", "Karachi", core=False),
    N("a.n4", AN, "sebelumnya pada hari yang sama menyebut angka 212", 212, FISHQ, core=False,
      note="the superseded count with the reason for the revision"),
    N("a.n5", AN, "18 di antara mereka sudah dipulangkan", 18, "fishermen already repatriated on 3 November",
      core=False),
    L("a.l6", AN, "melalui perbatasan Wagah", "Wagah", core=False, event=REPAT),
    T("a.t3", AN, "Wagah pada 3 November", REPAT, "2026-11-03", None, core=False),
    K("a.c7", AN, "India akan memulangkan 47 tahanan sipil Pakistan sebelum akhir tahun", "India", PRIS, "Pakistan",
      "by the end of 2026"),
    N("a.n6", AN, "memulangkan 47 tahanan sipil Pakistan", 47, "Pakistani civilian prisoners to be repatriated",
      expected=True),
    T("a.t4", AN, "menarik komisaris tinggi masing-masing pada Agustus 2025", WD, "2025-08", None, core=False),
    N("a.n7", AN, "menewaskan sedikitnya sembilan tentara", 9, "soldiers killed in the August 2025 clash",
      bound="at-least", core=False),
    L("a.l7", AN, "baku tembak di sepanjang garis kontrol", LOC, core=False, event=CLASH),
    Q("a.q3", AN, "Finlandia menawarkan ruangan yang tenang di tepi danau. Apa yang terjadi di dalamnya menjadi milik "
                  "kedua pemimpin", SAARI),
    L("a.l8", AN, "Pertemuan puncak terakhir kedua negara bertetangga itu, di Kolombo", "Colombo", core=False,
      event=PREV),
    T("a.t5", AN, "di Kolombo pada 4 Mei 2025", PREV, "2025-05-04", None, core=False),
    D("a.d6", AN, "berlangsung sekitar lima jam dan berakhir tanpa pernyataan bersama", 300, PREV, bound="about",
      core=False),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Tribunnews (Wednesday, after AP and AFP)
    D("t.d0", TR, "Bertemu Empat Jam di Helsinki", 240, "summit", zone="HEADLINE",
      note="the headline contradicts the body ('hampir tiga jam')"),
    L("t.l0", TR, "Empat Jam di Helsinki", "Helsinki", core=False, zone="HEADLINE",
      note="loose: the villa is in Kirkkonummi"),
    N("t.n0", TR, "60 Nelayan India Pulang Jumat", 60, "fishermen in the first group", core=False, zone="HEADLINE",
      expected=True),
    K("t.c0", TR, "60 Nelayan India Pulang Jumat", "Pakistan", FIRST, "India", "2026-11-20", core=False,
      zone="HEADLINE"),
    T("t.t0", TR, "Pulang Jumat", HAND60, "2026-11-20", "FRIDAY", core=False, zone="HEADLINE"),
    K("t.c1", TR, "Pakistan akan memulangkan 60 nelayan India pertama melalui perbatasan Wagah pada Jumat "
                  "(20/11/2026)", "Pakistan", FIRST, "India", "2026-11-20"),
    N("t.n1", TR, "memulangkan 60 nelayan India pertama", 60, "fishermen in the first group", expected=True),
    L("t.l1", TR, "melalui perbatasan Wagah", "Wagah", core=False, event=HAND60),
    T("t.t1", TR, "Wagah pada Jumat (20/11/2026)", HAND60, "2026-11-20", "FRIDAY"),
    N("t.n2", TR, "bagian dari 194 nelayan India", 194, FISHQ, expected=True),
    L("t.l2", TR, "Shahid Mehmood Rana di Finlandia", "Finland"),
    Q("t.q1", TR, "Kelompok pertama akan menyeberang di Wagah pada Jumat. Sisanya menyusul sebelum 10 Desember", AWAN),
    K("t.c2", TR, "Sisanya menyusul sebelum 10 Desember", "Pakistan", FISH, "India", "2026-12-10",
      note="in Awan's quote"),
    A("t.a1", TR, "seperti dikutip dari AP", "AP"),
    T("t.t2", TR, "dari AP, Rabu (18/11/2026)", BRIEF, "2026-11-18", "WEDNESDAY", core=False,
      note="the date of the briefing, not of the summit"),
    L("t.l3", TR, "bertemu di Hvitträsk, sebuah vila di tepi danau di Kirkkonummi, sebelah barat Helsinki", KIRK,
      venue=HVI),
    T("t.t3", TR, "pada Selasa (17/11/2026)", SUMMIT, "2026-11-17", "TUESDAY"),
    A("t.a2", TR, "Dikutip dari AFP", "AFP"),
    D("t.d1", TR, "berakhir setelah hampir tiga jam", 180, "summit", bound="nearly"),
    D("t.d2", TR, "empat sampai lima jam yang disiapkan", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    D("t.d3", TR, "selama satu setengah jam", 90, "restricted session", note="as AFP; Reuters/ANTARA/CNN: 75 minutes"),
    N("t.n3", TR, "masing-masing beranggotakan delapan orang", 8, "members per delegation"),
    Q("t.q2", TR, "Garis kontrol sudah terlalu lama menjadi garis tembak", SETHI,
      note="as written; AFP, which Tribunnews cites, gives the words to Rana"),
    L("t.l4", TR, "kata Sethi kepada wartawan di Helsinki", "Helsinki", core=False, event=PRESS_S),
    K("t.c3", TR, "sepakat mengembalikan komisaris tinggi ke New Delhi dan Islamabad dalam sebulan", BOTH, HC, None,
      "within a month"),
    K("t.c4", TR, "memulai perundingan soal pembagian air sistem Sungai Indus dan soal garis kontrol di Kashmir",
      BOTH, WLOC, None, None),
    S("t.s1", TR, "Kementerian Luar Negeri India menyebut komisaris tinggi India akan kembali ke Islamabad jauh "
                  "sebelum tenggat", MEA),
    K("t.c5", TR, "komisaris tinggi India akan kembali ke Islamabad jauh sebelum tenggat", "India", HC, "Pakistan",
      "well before the deadline"),
    Q("t.q3", TR, "Kami ingin kedutaan kembali bekerja sebelum Natal", KAP),
    L("t.l5", TR, "Anjali Kapadia di New Delhi", "New Delhi", core=False),
    K("t.c6", TR, "India juga akan memulangkan 47 tahanan sipil Pakistan sebelum akhir tahun", "India", PRIS,
      "Pakistan", "by the end of 2026"),
    N("t.n4", TR, "memulangkan 47 tahanan sipil Pakistan", 47, "Pakistani civilian prisoners to be repatriated",
      expected=True),
    N("t.n5", TR, "Lebih dari 700 polisi Finlandia dikerahkan", 700, "police officers deployed", bound="more-than"),
    K("t.c7", TR, "Presiden Finlandia Elina Saarikoski menyatakan negaranya siap menjadi tuan rumah perundingan soal "
                  "air", "Finland", HOST, BOTH, None, core=False, note="an offer"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["d.n2", "c.n2", "d.n4"],
     "summary": "Indian fishermen Pakistan will free: 212 as announced in the afternoon (detikNews 20.10 WIB, CNN "
                "Indonesia 21.00 WIB 'hingga Selasa sore'), revised ('merevisi') to 194 at 23.35 WIB because 18 on the "
                "first list had already been repatriated via Wagah on 3 November (03; 194 also in 04 and 05)."},
    {"id": "F2", "kind": "UPDATE", "type": "DURATION", "claims": ["d.d2", "d.d3"],
     "summary": "detikNews live: the summit had lasted 'lebih dari dua jam' at 17.20 WIB; it ended after 'kurang "
                "lebih tiga jam' (update 18.25 WIB)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["a.c1", "c.c1", "d.c3"],
     "summary": "Deadline for returning the high commissioners: ANTARA says 'dalam 60 hari', CNN Indonesia and "
                "detikNews (Kapadia) 'dalam 30 hari' (the Reuters wire ANTARA translates: within 30 days)."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d3", "c.d3", "a.d3"],
     "summary": "The restricted session lasted 'satu setengah jam' in Tribunnews (after AFP), 75 minutes in CNN "
                "Indonesia and ANTARA (after Reuters)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "d.t1", "a.t1", "t.t3"],
     "summary": "CNN Indonesia dates the summit 'Rabu (17/11/2026)'; detikNews, ANTARA and Tribunnews say Selasa "
                "(17 November 2026 is a Tuesday; the preview also announced Selasa)."},
    {"id": "F6", "kind": "INCONSISTENCY", "type": "DURATION", "claims": ["t.d0", "t.d1"],
     "summary": "Tribunnews: the headline says 'Bertemu Empat Jam', its body says the summit ended 'setelah hampir "
                "tiga jam'."},
    {"id": "F7", "kind": "VARIANT", "type": "ENTITY", "values": ["Shahid Mahmood Rana", "Shahid Mehmood Rana"],
     "articles": [KO, CN, DT, AN, TR],
     "summary": "Pakistan's president: Mahmood (Kompas.com, CNN Indonesia, detikNews, ANTARA), Mehmood (Tribunnews); "
                "one person."},
    {"id": "F8", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k.t1", "d.t1", "a.t1", "t.t3"],
     "summary": "The summit took place on Tuesday 17 November 2026 (announced for that day)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l2", "c.l1", "d.l2", "a.l2", "t.l3"],
     "summary": "The summit was held at Hvitträsk, a lakeside villa in Kirkkonummi near Helsinki."},
    {"id": "F10", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d2", "d.d3", "a.d2", "t.d1"],
     "summary": "The summit lasted about / nearly three hours (02, 03, 04, 05 body)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k.d1", "c.d1", "d.d4", "a.d1", "t.d2"],
     "summary": "Four to five hours had been scheduled."},
    {"id": "F12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d4", "a.d4"],
     "summary": "The delegations' session lasted about 100 minutes / about an hour and 40 minutes (02, 04)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c1", "d.c3", "t.c3", "t.c5"],
     "summary": "The high commissioners return within 30 days / within a month (India's: 'jauh sebelum tenggat')."},
    {"id": "F14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c2", "d.c4", "a.c2", "t.c4"],
     "summary": "The two countries will start talks on water-sharing and on the line of control."},
    {"id": "F15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c3", "a.c4"],
     "summary": "The Indus commissioners meet before / by the end of January 2027 (02, 04)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c4", "a.c5"],
     "summary": "Line-of-control talks start in Islamabad in February (02, 04)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c7", "d.c1", "a.c6", "t.c2", "d.c5"],
     "summary": "Pakistan frees the Indian fishermen by / before 10 December."},
    {"id": "F18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c8", "a.c7", "t.c6"],
     "summary": "India repatriates 47 Pakistani civilian prisoners before the end of the year."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n3", "a.n6", "t.n4"],
     "summary": "47 Pakistani civilian prisoners (02, 04, 05)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n4", "a.n3", "t.n2"],
     "summary": "194 fishermen after the revision (03, 04, 05)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n1", "t.n3"],
     "summary": "Eight members per delegation (02, 05)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n3", "a.n2"],
     "summary": "A nine-point joint statement (03, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["c.q2", "a.q2"],
     "summary": "Rana: 'Air bukan senjata dan tidak boleh menjadi senjata...' (02, 04)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["c.q3", "a.q3"],
     "summary": "Saarikoski: 'Finlandia menawarkan ruangan yang tenang di tepi danau...' (02, 04)."},
    {"id": "F25", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k.t6", "a.t5"],
     "summary": "Background: the previous summit was in Colombo on 4 May 2025 (01, 04)."},
    {"id": "F26", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k.d2", "a.d6"],
     "summary": "Background: the Colombo summit lasted about five hours (01, 04)."},
]

id_traps = [
    {"articles": [KO, CN, DT, AN, TR], "claims": ["k.d1", "c.d1", "d.d4", "a.d1", "t.d2", "c.d2", "d.d3", "a.d2",
                                                  "t.d1"],
     "why": "four to five hours scheduled vs about / nearly three hours held: schedule vs what happened"},
    {"articles": [CN, AN], "claims": ["c.d3", "c.d4", "c.d2", "a.d3", "a.d4", "a.d2"],
     "why": "the restricted session (75 min), the delegations' session (about 100 min) and the whole summit (about "
            "three hours) are different spans"},
    {"articles": [DT], "claims": ["d.d2", "d.d3"],
     "why": "'lebih dari dua jam' at 17.20 WIB was true while the summit went on; not a contradiction of 'kurang "
            "lebih tiga jam'"},
    {"articles": [DT, AN], "claims": ["d.d1", "a.d5"],
     "why": "'molor lima menit' (a late start) and 'satu jam kemudian' (between the press conferences) are not "
            "the length of anything in the summit"},
    {"articles": [DT], "claims": ["d.n0", "d.n2", "d.n4", "d.n7", "d.n8"],
     "why": "the live article's 212 (update 20.10 WIB) and 194 (update 23.35 WIB, headline) are an update with its "
            "reason, not a self-contradiction"},
    {"articles": [KO, DT, AN, TR], "claims": ["k.n4", "d.n4", "d.n5", "a.n5", "t.n1", "t.n2"],
     "why": "different things counted: about 250 Indian fishermen held in Pakistan (Indian estimate), 194 to be "
            "freed, 60 in the first group, 18 already repatriated on 3 November"},
    {"articles": [KO, TR], "claims": ["k.n2", "t.n5"],
     "why": "about 600 police to be deployed (plan, preview) vs more than 700 deployed (on the day)"},
    {"articles": [KO], "claims": ["k.t2", "k.l3", "k.t1", "k.t5", "k.t7"],
     "why": "the preview's announcement (Helsinki, Kamis 12/11), Sethi's departure (Senin malam) and the interview "
            "(Senin) are not the summit (Selasa 17/11)"},
    {"articles": [KO, DT], "claims": ["k.t3", "d.t2"],
     "why": "10.00 was the planned start, 10.05 the actual start; 15.00/15.05 WIB are the same times in Jakarta"},
    {"articles": [DT, AN], "claims": ["d.t4", "a.t2"],
     "why": "13.05 local = 11.05 GMT = 18.05 WIB; 'pukul 13.00 (11.00 GMT)' is the same end time in two zones"},
    {"articles": [KO, CN, AN], "claims": ["k.t6", "k.l6", "k.d2", "a.t5", "a.l8", "a.d6", "k.t4", "k.n3", "c.t3",
                                          "a.t4", "a.n7", "k.l4", "a.l7"],
     "why": "background: the Colombo summit (4 May 2025, about five hours) and the August 2025 clash and withdrawal "
            "of the envoys are other events"},
    {"articles": [TR], "claims": ["t.t2", "t.t3"],
     "why": "Tribunnews' 'Rabu (18/11/2026)' dates the AP briefing; the summit was 'Selasa (17/11/2026)'"},
    {"articles": [AN], "claims": ["a.t1"],
     "why": "ANTARA published on Rabu dini hari WIB; its 'pada Selasa' is the summit day, as in the wire"},
    {"articles": [KO, CN, DT, AN, TR], "claims": ["c.l0", "t.l0", "k.l3", "c.l2", "c.l3", "c.l4", "d.l3", "d.l4",
                                                  "d.l5", "a.l3", "a.l4", "a.l5", "a.l6", "t.l1", "t.l4", "t.l5",
                                                  "k.l5"],
     "why": "'di Helsinki' in headlines is loose for the villa in Kirkkonummi near Helsinki; the press conferences "
            "(Helsinki), Islamabad (next round), Karachi, Wagah, New Delhi and the datelines (NEW DELHI, Jakarta, "
            "ISLAMABAD) are not the venue"},
    {"articles": [CN, DT, TR], "claims": ["c.c1", "d.c3", "t.c3", "t.c5"],
     "why": "'dalam 30 hari', 'dalam sebulan' and 'jauh sebelum tenggat' name the same deadline"},
    {"articles": [KO, CN, TR], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('9 Tentara Tewas', '31 Nelayan India', 'Kolombo 5 "
            "Jam', '212 Nelayan, Direvisi Jadi 194', '5 Fakta Vila'): links, not claims"},
]

# ============================================================================================== English
R, P, AP = "01_reuters_tuesday.txt", "02_afp_tuesday.html", "03_ap_wednesday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-11-17T17:20Z", "cites": [],
        "note": "HELSINKI dateline; four to five hours scheduled, about three held, ended shortly after 1 p.m. (1100 "
                "GMT); 75-minute restricted session + about an hour and 40 minutes; within 30 days; 194 fishermen "
                "revised from 212 earlier in the day with the reason; three quotations (Sethi, Rana, Saarikoski) that "
                "ANTARA translates; background: Colombo, May 4, 2025, about five hours; Related line with 212"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-11-17T18:05Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> dropped from the text); nearly three hours; an "
                "hour and a half restricted session (Reuters: 75 minutes); eight members per delegation; Rana's 'line "
                "of fire' quote (Tribunnews gives it to Sethi); more than 700 police; Saarikoski's offer"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-11-18T10:40Z", "cites": [],
         "note": ".json record; ISLAMABAD dateline, Wednesday: first 60 of 194 fishermen cross at Wagah on Friday; "
                 "within a month; India's MEA ('well before the deadline'); about 250 Indian fishermen held in "
                 "Pakistan; background: Colombo, May 2025, about five hours"},
}

en_claims = [
    # Reuters (Tuesday)
    K("r.c0", R, "agree to send envoys back", BOTH, HC, None, None, core=False, zone="HEADLINE"),
    K("r.c00", R, "open water and border talks", BOTH, WLOC, None, None, core=False, zone="HEADLINE"),
    L("r.l0", R, "after Finland summit", "Finland", core=False, zone="HEADLINE"),
    K("r.c1", R, "will return their high commissioners to each other's capitals within 30 days", BOTH, HC, None,
      "within 30 days"),
    K("r.c2", R, "open talks on sharing river water and on the disputed line of control in Kashmir", BOTH, WLOC, None,
      None),
    T("r.t1", R, "the two countries' leaders said on Tuesday", SUMMIT, "2026-11-17", "TUESDAY"),
    L("r.l1", R, "a lakeside villa outside Helsinki", KIRK, venue=HVI, note="described as outside Helsinki"),
    L("r.l2", R, "met at Hvitträsk, a museum villa on Lake Vitträsk in Kirkkonummi", KIRK, venue=HVI),
    N("r.n1", R, "about 30 km (19 miles) west of the Finnish capital", 30, "distance from Helsinki km",
      bound="about", core=False),
    D("r.d1", R, "scheduled to run for four to five hours", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    D("r.d2", R, "ended after about three hours", 180, "summit", bound="about"),
    T("r.t2", R, "shortly after 1 p.m. (1100 GMT)", "summit end", "2026-11-17", "TUESDAY", core=False),
    D("r.d3", R, "a restricted session of 75 minutes", 75, "restricted session"),
    D("r.d4", R, "about an hour and 40 minutes in talks with their full delegations", 100, "delegations' session",
      bound="about"),
    Q("r.q1", R, "We did not come to Finland to repeat old grievances. We came to give our diplomats their chairs back",
      SETHI),
    L("r.l3", R, "told reporters at Hotel Kämp in central Helsinki", "Helsinki", core=False, venue="Hotel Kämp",
      event=PRESS_S),
    D("r.d5", R, "an hour later", 60, "interval between the two press conferences", core=False,
      note="an interval, not something that lasted"),
    Q("r.q2", R, "Water is not a weapon and it must never become one. That is why we will sit down and talk about it",
      RANA),
    K("r.c3", R, "we will sit down and talk about it", "Pakistan", WTALK, "India", None, core=False,
      note="in Rana's quote"),
    N("r.n2", R, "a nine-point joint statement", 9, "points in the joint statement"),
    K("r.c4", R, "the Indus commissioners of the two countries will meet before the end of January", BOTH, INDUS, None,
      "before the end of January 2027"),
    K("r.c5", R, "the directors general of military operations will open talks on the line of control, with a first "
                 "round in Islamabad in February", BOTH, LOCT, None, "February 2027"),
    L("r.l4", R, "a first round in Islamabad in February", "Islamabad", core=False,
      event="first round of line-of-control talks (planned)"),
    K("r.c6", R, "Pakistan will also release 194 Indian fishermen held in Karachi by Dec. 10", "Pakistan", FISH,
      "India", "2026-12-10"),
    N("r.n3", R, "release 194 Indian fishermen", 194, FISHQ, expected=True, revision="lowered", as_of="2026-11-17"),
    L("r.l5", R, "held in Karachi", "Karachi", core=False),
    N("r.n4", R, "It had put the number at 212 earlier in the day", 212, FISHQ, core=False, as_of="2026-11-17",
      note="the superseded count, quoted with the reason for the revision"),
    N("r.n5", R, "18 of the men had already been sent home", 18, "fishermen already repatriated on 3 November",
      core=False),
    L("r.l6", R, "through the Wagah crossing", "Wagah", core=False, event=REPAT),
    T("r.t3", R, "Wagah crossing on Nov. 3", REPAT, "2026-11-03", None, core=False),
    K("r.c7", R, "India will repatriate 47 Pakistani civilian prisoners by the end of the year", "India", PRIS,
      "Pakistan", "by the end of 2026"),
    N("r.n6", R, "repatriate 47 Pakistani civilian prisoners", 47, "Pakistani civilian prisoners to be repatriated",
      expected=True),
    T("r.t4", R, "withdrew their high commissioners in August 2025", WD, "2025-08", None, core=False),
    N("r.n7", R, "killed at least nine soldiers", 9, "soldiers killed in the August 2025 clash", bound="at-least",
      core=False),
    L("r.l7", R, "an exchange of fire along the line of control", LOC, core=False, event=CLASH),
    Q("r.q3", R, "Finland offered a quiet room by a lake. What happened inside it belongs to the two leaders", SAARI),
    L("r.l8", R, "The last summit between the neighbours, in Colombo", "Colombo", core=False, event=PREV),
    T("r.t5", R, "in Colombo on May 4, 2025", PREV, "2025-05-04", None, core=False),
    D("r.d6", R, "lasted about five hours and ended without a joint statement", 300, PREV, bound="about", core=False),

    # AFP (HTML, Tuesday)
    L("p.l0", P, "cut Finland summit short", "Finland", core=False, zone="HEADLINE"),
    K("p.c0", P, "agree to restore envoys", BOTH, HC, None, None, core=False, zone="HEADLINE"),
    T("p.t1", P, "wrapped up their first summit in more than a year after nearly three hours on Tuesday", SUMMIT,
      "2026-11-17", "TUESDAY"),
    D("p.d0", P, "first summit in more than a year", 525600, "interval since the previous summit", bound="more-than",
      core=False, note="an interval, not something that lasted"),
    D("p.d1", P, "nearly three hours", 180, "summit", bound="nearly"),
    K("p.c7", P, "agreed to send their top diplomats back to each other's capitals", BOTH, HC, None, None),
    D("p.d2", P, "well short of the four to five hours set aside", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    L("p.l1", P, "met at Hvitträsk, an early 20th-century villa overlooking a lake in Kirkkonummi, west of Helsinki",
      KIRK, venue=HVI),
    D("p.d3", P, "spent an hour and a half alone with their interpreters", 90, "restricted session"),
    N("p.n1", P, "their delegations, eight members each", 8, "members per delegation"),
    Q("p.q1", P, "The line of control has been a line of fire for too long", RANA),
    L("p.l2", P, "told reporters at his hotel in Helsinki", "Helsinki", core=False, event=PRESS_R),
    Q("p.q2", P, "Our soldiers and their soldiers deserve to hear each other on the telephone before they hear each "
                 "other's guns", RANA, note="'the Pakistani president added'"),
    L("p.l3", P, "speaking separately at Hotel Kämp", "Helsinki", core=False, venue="Hotel Kämp", event=PRESS_S),
    Q("p.q3", P, "Three hours were enough because the work had been done before we arrived", SETHI,
      note="attributed by the description 'the 61-year-old prime minister'"),
    S("p.s1", P, "He said India would send its high commissioner back to Islamabad \"within the month\"", SETHI),
    K("p.c1", P, "India would send its high commissioner back to Islamabad \"within the month\"", "India", HC,
      "Pakistan", "within a month"),
    Q("p.q4", P, "within the month", SETHI, core=False, note="partial quote inside reported speech"),
    K("p.c2", P, "New Delhi expected Pakistan to do the same", "Pakistan", HC, "India", None, core=False,
      note="India's expectation of Pakistan"),
    K("p.c3", P, "the two countries' Indus commissioners would meet before the end of January 2027 to start talks on "
                 "water-sharing", BOTH, INDUS, None, "before the end of January 2027"),
    K("p.c4", P, "military operations chiefs would begin discussions on the line of control, first in Islamabad in "
                 "February", BOTH, LOCT, None, "February 2027"),
    L("p.l4", P, "first in Islamabad in February", "Islamabad", core=False,
      event="first round of line-of-control talks (planned)"),
    S("p.s2", P, "Pakistan's foreign ministry spokesman Faisal Nadeem Awan said 194 Indian fishermen would be freed by "
                 "December 10", AWAN),
    K("p.c5", P, "194 Indian fishermen would be freed by December 10", "Pakistan", FISH, "India", "2026-12-10"),
    N("p.n2", P, "194 Indian fishermen would be freed", 194, FISHQ, expected=True, as_of="2026-11-17"),
    N("p.n3", P, "The ministry had announced 212 in the afternoon", 212, FISHQ, core=False, as_of="2026-11-17",
      note="the superseded count with the reason for the revision"),
    N("p.n4", P, "18 of them turned out to have been repatriated", 18, "fishermen already repatriated on 3 November",
      core=False),
    T("p.t2", P, "repatriated on November 3", REPAT, "2026-11-03", None, core=False),
    N("p.n5", P, "More than 700 Finnish police officers were deployed", 700, "police officers deployed",
      bound="more-than"),
    K("p.c6", P, "President Saarikoski said Finland was ready to host the water talks as well", "Finland", HOST, BOTH,
      None, core=False, note="an offer"),
    Q("p.q5", P, "If they want a quiet room again, they know where the lake is", SAARI),
    T("p.t3", P, "recalled their high commissioners in August 2025", WD, "2025-08", None, core=False),
    L("p.l5", P, "deadly clashes in Kashmir", "Kashmir", core=False, event=CLASH),

    # AP (.json, Wednesday, ISLAMABAD dateline)
    L("ap.l0", AP, "after Finland summit", "Finland", core=False, zone="HEADLINE"),
    T("ap.t0", AP, "Pakistan said Wednesday", BRIEF, "2026-11-18", "WEDNESDAY", core=False,
      note="the briefing date, not the summit date"),
    T("ap.t1", AP, "a day after President Shahid Mahmood Rana met India's leader in Finland", SUMMIT, "2026-11-17",
      None, note="relative: the day before Wednesday"),
    L("ap.l1", AP, "met India's leader in Finland", "Finland"),
    K("ap.c1", AP, "the first 60 of 194 Indian fishermen it agreed to free at the summit will walk across the Wagah "
                   "border on Friday", "Pakistan", FIRST, "India", "2026-11-20"),
    N("ap.n1", AP, "the first 60 of 194", 60, "fishermen in the first group", expected=True),
    N("ap.n2", AP, "194 Indian fishermen it agreed to free", 194, FISHQ, expected=True),
    L("ap.l2", AP, "walk across the Wagah border", "Wagah", core=False, event=HAND60),
    T("ap.t2", AP, "Wagah border on Friday", HAND60, "2026-11-20", "FRIDAY"),
    Q("ap.q1", AP, "The first group will walk across at Wagah on Friday. The rest will follow before December 10",
      AWAN),
    K("ap.c2", AP, "The rest will follow before December 10", "Pakistan", FISH, "India", "2026-12-10",
      note="in Awan's quote"),
    L("ap.l3", AP, "told a weekly news briefing in Islamabad", "Islamabad", core=False, event=BRIEF),
    T("ap.t3", AP, "met Indian Prime Minister Vikram Anand Sethi on Tuesday", SUMMIT, "2026-11-17", "TUESDAY"),
    L("ap.l4", AP, "at Hvitträsk, a lakeside villa near Helsinki", KIRK, venue=HVI),
    D("ap.d1", AP, "in talks that lasted about three hours", 180, "summit", bound="about"),
    D("ap.d2", AP, "instead of the four to five hours planned", 240, "summit (scheduled)", bound="range", high=300,
      expected=True),
    K("ap.c3", AP, "agreed to return their high commissioners to New Delhi and Islamabad within a month", BOTH, HC,
      None, "within a month"),
    K("ap.c4", AP, "to begin talks on sharing the waters of the Indus river system and on the line of control", BOTH,
      WLOC, None, None),
    L("ap.l5", AP, "In New Delhi, India's Ministry of External Affairs said", "New Delhi", core=False),
    S("ap.s1", AP, "India's Ministry of External Affairs said its high commissioner would be back in Islamabad", MEA),
    K("ap.c5", AP, "its high commissioner would be back in Islamabad \"well before the deadline.\"", "India", HC,
      "Pakistan", "well before the deadline"),
    Q("ap.q2", AP, "Our high commissioner will be back in Islamabad well before the deadline. We want the missions "
                   "working again by Christmas", KAP),
    Q("ap.q3", AP, "well before the deadline", KAP, core=False, occurrence=1,
      note="partial quote inside the ministry's reported statement; repeated in the full quote"),
    K("ap.c6", AP, "Our high commissioner will be back in Islamabad well before the deadline", "India", HC, "Pakistan",
      "well before the deadline", core=False, note="first-person, in Kapadia's quote"),
    K("ap.c7", AP, "India will send home 47 Pakistani civilian prisoners by the end of the year", "India", PRIS,
      "Pakistan", "by the end of 2026"),
    N("ap.n3", AP, "send home 47 Pakistani civilian prisoners", 47, "Pakistani civilian prisoners to be repatriated",
      expected=True),
    N("ap.n4", AP, "about 250 Indian fishermen are held in Pakistani jails", 250,
      "Indian fishermen held in Pakistani jails", bound="about", note="Indian officials' estimate"),
    L("ap.l6", AP, "the maritime boundary off Gujarat", "Gujarat", core=False),
    L("ap.l7", AP, "Rana told reporters in Helsinki", "Helsinki", core=False, event=PRESS_R),
    T("ap.t4", AP, "in Helsinki on Tuesday", PRESS_R, "2026-11-17", "TUESDAY", core=False),
    Q("ap.q4", AP, "as soon as the ice allows", RANA, core=False, note="partial quote"),
    K("ap.c8", AP, "The Indus commissioners of both countries are to meet by the end of January", BOTH, INDUS, None,
      "by the end of January 2027"),
    L("ap.l8", AP, "The last summit between the two countries, in Colombo", "Colombo", core=False, event=PREV),
    T("ap.t5", AP, "in Colombo in May 2025", PREV, "2025-05", None, core=False),
    D("ap.d3", AP, "lasted about five hours and produced no agreement", 300, PREV, bound="about", core=False),
    T("ap.t6", AP, "pulled their envoys in August 2025", WD, "2025-08", None, core=False),
    L("ap.l9", AP, "a firefight along the line of control", LOC, core=False, event=CLASH),
    N("ap.n5", AP, "at least nine soldiers were killed", 9, "soldiers killed in the August 2025 clash",
      bound="at-least", core=False),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d3", "p.d3"],
     "summary": "The restricted session: 75 minutes (Reuters) vs an hour and a half (AFP)."},
    {"id": "E2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n4", "r.n3"],
     "summary": "Indian fishermen to be freed: 212 earlier in the day, lowered to 194 because 18 had already been sent "
                "home via Wagah on Nov. 3 (Reuters; AFP: p.n3 -> p.n2)."},
    {"id": "E3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["p.n3", "p.n2"],
     "summary": "AFP: 212 announced in the afternoon, 194 after 18 turned out to have been repatriated."},
    {"id": "E4", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t3", "ap.t1"],
     "summary": "The summit was held on Tuesday 17 November 2026."},
    {"id": "E5", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l2", "p.l1", "ap.l4", "r.l1"],
     "summary": "At Hvitträsk, a lakeside villa in Kirkkonummi near / outside Helsinki."},
    {"id": "E6", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "p.d1", "ap.d1"],
     "summary": "The summit lasted about / nearly three hours."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d2", "ap.d2"],
     "summary": "Four to five hours had been scheduled."},
    {"id": "E8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c1", "ap.c3", "p.c7"],
     "summary": "High commissioners back within 30 days / within the month / within a month (AFP's lead gives no deadline)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "ap.c4"],
     "summary": "Talks on water-sharing and on the line of control (Reuters, AP)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c4", "p.c3", "ap.c8"],
     "summary": "The Indus commissioners meet before / by the end of January."},
    {"id": "E11", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c5", "p.c4"],
     "summary": "Line-of-control talks between the military operations chiefs, first round in Islamabad in February."},
    {"id": "E12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c6", "p.c5", "ap.c2"],
     "summary": "Pakistan frees the Indian fishermen by / before December 10."},
    {"id": "E13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n3", "p.n2", "ap.n2"],
     "summary": "194 fishermen to be freed (after the revision)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c7", "ap.c7"],
     "summary": "India repatriates 47 Pakistani civilian prisoners by the end of the year."},
    {"id": "E15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n6", "ap.n3"],
     "summary": "47 Pakistani civilian prisoners (Reuters, AP)."},
    {"id": "E16", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d6", "ap.d3"],
     "summary": "Background: the Colombo summit lasted about five hours (Reuters, AP)."},
    {"id": "E17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n7", "ap.n5"],
     "summary": "Background: at least nine soldiers killed in the August 2025 clash."},
]

en_traps = [
    {"articles": [R, P, AP], "claims": ["r.d1", "p.d2", "ap.d2", "r.d2", "p.d1", "ap.d1"],
     "why": "four to five hours scheduled vs about three held: schedule vs what happened"},
    {"articles": [R, P], "claims": ["r.d3", "r.d4", "r.d2", "p.d3", "p.d1"],
     "why": "restricted session, delegations' session and the whole summit are different spans"},
    {"articles": [R, P], "claims": ["r.d5", "p.d0"],
     "why": "'an hour later' (between the press conferences) and 'in more than a year' (since the last summit) are "
            "intervals, not the length of the summit"},
    {"articles": [R], "claims": ["r.t2"], "why": "'1 p.m. (1100 GMT)': the same time in local time and GMT"},
    {"articles": [R, P], "claims": ["r.n4", "r.n3", "p.n3", "p.n2"],
     "why": "212 is the superseded count, quoted with the revision and its reason: an update, not a contradiction"},
    {"articles": [R, P, AP], "claims": ["ap.n4", "ap.n1", "ap.n2", "r.n5", "p.n4"],
     "why": "different things counted: about 250 held in Pakistan (Indian estimate), 194 to be freed, 60 in the "
            "first group, 18 already repatriated"},
    {"articles": [R, P, AP], "claims": ["r.t5", "r.l8", "r.d6", "ap.t5", "ap.l8", "ap.d3", "r.t4", "p.t3", "ap.t6",
                                        "r.n7", "ap.n5", "r.l7", "ap.l9"],
     "why": "background: the Colombo summit (May 2025, about five hours) and the August 2025 clash are other events"},
    {"articles": [AP], "claims": ["ap.t0", "ap.t3", "ap.t1"],
     "why": "AP's 'said Wednesday' dates the briefing; the summit was on Tuesday"},
    {"articles": [R, P, AP], "claims": ["r.l3", "r.l4", "r.l5", "r.l6", "p.l2", "p.l3", "p.l4", "ap.l2", "ap.l3",
                                        "ap.l5", "ap.l6", "ap.l7", "p.l5"],
     "why": "the press conferences in Helsinki, Islamabad (next round, briefing), Karachi, Wagah, New Delhi, Gujarat "
            "and the datelines (HELSINKI, ISLAMABAD) are not the venue (Hvitträsk, Kirkkonummi)"},
    {"articles": [R, P, AP], "claims": ["r.c1", "p.c1", "ap.c3", "ap.c5", "ap.c6"],
     "why": "'within 30 days', 'within the month', 'within a month' and 'well before the deadline' are the same "
            "deadline"},
    {"articles": [R], "claims": [],
     "why": "the Related line ('Pakistan to free 212 Indian fishermen') is another story's headline"},
]

ENT = {
    SETHI: ["Vikram Anand Sethi", "Sethi", "PM India", "Perdana Menteri India", "Indian Prime Minister",
            "Prime Minister Vikram Anand Sethi", "the 61-year-old prime minister"],
    RANA: ["Shahid Mahmood Rana", "Shahid Mehmood Rana", "Rana", "Presiden Pakistan", "Pakistani President",
           "President Shahid Mahmood Rana", "the Pakistani president", "The 67-year-old president",
           "presiden berusia 67 tahun itu"],
    SAARI: ["Elina Saarikoski", "Saarikoski", "Presiden Finlandia", "Finnish President", "President Saarikoski"],
    KAP: ["Anjali Kapadia", "Kapadia", "juru bicara Kementerian Luar Negeri India", "ministry spokesperson"],
    AWAN: ["Faisal Nadeem Awan", "Awan", "Juru bicara Kemlu Pakistan", "foreign ministry spokesman"],
    MEA: ["Kementerian Luar Negeri India", "India's Ministry of External Affairs"],
    "Pakistan": ["Pakistan", "Islamabad", "Kementerian Luar Negeri Pakistan"],
    "India": ["India", "New Delhi"],
    KIRK: ["Hvitträsk", "Kirkkonummi", "Danau Vitträsk", "Lake Vitträsk"],
    LOC: ["garis kontrol", "line of control", "Line of Control"],
}
id_ent = dict(ENT, **{NIEM: ["Juha Nieminen", "Nieminen", "Juru bicara Kantor Presiden Finlandia"],
                      SIR: ["Yudha Pranata Siregar", "Pengamat hubungan internasional Universitas Gadjah Mada"]})

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims,
               id_findings, id_traps, id_ent)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims,
               en_findings, en_traps, ENT)
