#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for talks-menlu-ri-malaysia-2026 (spans are filled afterwards by
`nice -n 19 python3 /work/main/corpora/tools/fill_spans.py <lang>/gold.json`; re-running this script drops them).

Event (invented, written for claimdiff's evaluation): Indonesia's foreign minister Arya Wiratama Lubis (58) and
Malaysia's foreign minister Datuk Seri Kamarul Ariffin Yusof (61) meet at the Hotel Chao Phraya Grand in Bangkok
(Thailand hosts) on Tuesday 10 November 2026 over 23 fishermen from Nunukan (North Kalimantan) detained with four
boats by Malaysia's maritime enforcement agency near the Ambalat block on Tuesday 3 November 2026 (about 02.00
local, 18.00 GMT Monday 2 November). Scheduled 10.00-13.00 (three hours); began 10.15; a 20-minute one-on-one,
then about 90 minutes of delegation-level talks; ended about 12.10; the 13.00 joint press conference was cancelled.
Malaysia promises to free eight (three teenagers) by Friday 13 November, consular access from Wednesday 11
November and a written reply to Indonesia's protest note next week; both agree to meet again before the end of
November.
"""
import json, os
from gold_helpers import Q, S, D, T, L, K, A, gold_file  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-menlu-ri-malaysia-2026')
EVENT = ("Talks between Indonesia's foreign minister Arya Wiratama Lubis and Malaysia's foreign minister Kamarul "
         "Ariffin Yusof at the Hotel Chao Phraya Grand, Bangkok, Tuesday 2026-11-10, over 23 Indonesian fishermen "
         "from Nunukan detained by Malaysia near the Ambalat block on 2026-11-03 (written for claimdiff's "
         "evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

ARYA, KAM, RIZAL = "Arya Wiratama Lubis", "Kamarul Ariffin Yusof", "Rizal Fadhillah Nasution"
MEET = "meeting of the two foreign ministers"
DET = "fishermen detained"
REL = "fishermen to be released"


def C(cid, art, typ, ev, core=True, **kw):
    c = {"id": cid, "article": art, "type": typ, "evidence": ev, "core": core}
    c.update(kw)
    return c


def N(cid, art, ev, amount, what, core=True, **kw):
    c = C(cid, art, "QUANTITY", ev, core, what=what, **kw)
    if amount is not None:
        c["amount"] = amount
    return c


HOTEL = "Hotel Chao Phraya Grand"

# ---------------------------------------------------------------------------------------------- Indonesian
K1, K2, DT, AN, KK = ("01_kompas_senin-preview.txt", "02_kompas_selasa-siang.txt", "03_detik_selasa-sore.html",
                      "04_antara_reuters_selasa-malam.json", "05_kaltarakini_rabu-pagi.txt")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-09T16:40+07:00", "cites": [],
         "note": "PREVIEW written the day before: the announcement is dated Senin (9/11/2026) in Jakarta, the meeting "
                 "Selasa (10/11/2026) in Bangkok; 'dijadwalkan berlangsung tiga jam' and the joint press conference "
                 "are plans; Kemlu's count of Monday noon, 24 fishermen (revised to 23 the next day); background: "
                 "the previous meeting in Kuala Lumpur, Thursday 14 August 2025, more than three hours"},
    K2: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-10T13:55+07:00", "cites": [],
         "note": "report from the venue (BANGKOK dateline): 10.15 start, 20-minute one-on-one, about 90 minutes of "
                 "delegation talks, end about 12.10, press conference cancelled; 23 fishermen ('direvisi' from 24); "
                 "Kamarul's 'Kami tidak datang ke Bangkok untuk saling tuding' (correctly his); Arya described as "
                 "'menlu berusia 58 tahun itu'; two denials; photo caption"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-11-10T15:20+07:00", "cites": [],
         "note": "HTML page (byline/date <div>s and <figcaption> are not in the extracted text); Jakarta dateline, "
                 "from Kemlu's written statement and a video; headline says 'Bertemu 3 Jam' while the body says the "
                 "three-hour meeting ended in less than two hours; spells the Malaysian minister 'Kamarul Arifin'"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-11-10T19:30+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_tuesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'eight of 23 Indonesian "
                 "fishermen' became 'delapan dari 32 nelayan Indonesia'; drops the byline and the Related line, adds "
                 "its own Baca juga and 'Sumber: Reuters'"},
    KK: {"outlet": "KaltaraKini.com", "language": "id", "published": "2026-11-11T08:15+08:00", "cites": ["Kompas.com"],
         "note": "regional portal (NUNUKAN dateline), the families' side; credits Kompas.com for the venue and the "
                 "length; attributes Kamarul's 'Kami tidak datang ke Bangkok untuk saling tuding' to Arya (a real "
                 "discrepancy); 4 captains + 19 crew = 23; the boats' value; the regency's pick-up promise"},
}

id_claims = [
    # 01 Kompas preview (Monday)
    T("k1.t1", K1, "di Bangkok, Thailand, pada Selasa (10/11/2026)", MEET, "2026-11-10", "TUESDAY",
      note="the planned date, stated the day before the meeting"),
    T("k1.t2", K1, "Akan Bertemu di Bangkok Selasa", MEET, "2026-11-10", "TUESDAY", core=False, zone="HEADLINE",
      note="headline of the preview: the coming Tuesday"),
    L("k1.l0", K1, "Akan Bertemu di Bangkok", "Bangkok", core=False, zone="HEADLINE"),
    L("k1.l1", K1, "di Bangkok, Thailand", "Bangkok", note="the planned place"),
    L("k1.l2", K1, "di perairan dekat Blok Ambalat, Laut Sulawesi", "Ambalat", event="detention of the fishermen"),
    T("k1.t3", K1, "dalam taklimat media di Jakarta, Senin (9/11/2026)", "announcement of the meeting", "2026-11-09",
      "MONDAY", core=False, note="the announcement date, not the meeting date"),
    L("k1.l3", K1, "dalam taklimat media di Jakarta", "Jakarta", core=False,
      event="announcement of the meeting", note="place of the briefing, not of the talks"),
    S("k1.s1", K1, "Menurut Rizal, pertemuan akan digelar di Hotel Chao Phraya Grand, Bangkok, mulai pukul 10.00 "
                   "waktu setempat dan dijadwalkan berlangsung tiga jam", RIZAL),
    L("k1.l4", K1, "pertemuan akan digelar di Hotel Chao Phraya Grand, Bangkok", "Bangkok", venue=HOTEL,
      note="the planned venue"),
    T("k1.t4", K1, "mulai pukul 10.00 waktu setempat", "meeting start (planned)", "2026-11-10", "TUESDAY",
      core=False, expected=True, note="planned start; the meeting began at 10.15 (02)"),
    D("k1.d1", K1, "dijadwalkan berlangsung tiga jam", 180, "talks (scheduled)", expected=True,
      note="the planned length, not what happened"),
    Q("k1.q1", K1, "Penahanan ini tidak bisa diterima. Kami ingin seluruh nelayan pulang", RIZAL),
    N("k1.n1", K1, "ada 24 nelayan asal Nunukan", 24, DET, as_of="2026-11-09",
      note="Kemlu's count 'hingga Senin siang'; revised to 23 on Tuesday (02)"),
    T("k1.t8", K1, "hingga Senin siang", "detainee count (as of)", "2026-11-09", "MONDAY", core=False),
    N("k1.n0", K1, "Penahanan 24 Nelayan", 24, DET, core=False, zone="HEADLINE"),
    L("k1.l5", K1, "nelayan asal Nunukan, Kalimantan Utara", "Nunukan", core=False, note="the fishermen's home"),
    N("k1.n2", K1, "bersama empat perahu mereka", 4, "boats seized"),
    T("k1.t5", K1, "Mereka ditangkap pada Selasa (3/11/2026) dini hari", "detention of the fishermen", "2026-11-03",
      "TUESDAY"),
    S("k1.s2", K1, "Rizal menambahkan, Indonesia telah mengirimkan nota protes diplomatik kepada Malaysia pada Rabu "
                   "(4/11/2026)", RIZAL),
    T("k1.t6", K1, "pada Rabu (4/11/2026)", "protest note sent", "2026-11-04", "WEDNESDAY"),
    K("k1.c1", K1, "Kedua menlu dijadwalkan menggelar konferensi pers bersama seusai pertemuan",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "hold a joint press conference", None, "after the meeting",
      core=False, note="a plan; the press conference was cancelled (02, 04)"),
    T("k1.t7", K1, "terakhir bertemu di Kuala Lumpur pada Kamis (14/8/2025)", "previous meeting (2025)", "2025-08-14",
      "THURSDAY", core=False, note="background: the previous meeting"),
    L("k1.l6", K1, "terakhir bertemu di Kuala Lumpur", "Kuala Lumpur", core=False, event="previous meeting (2025)",
      note="background"),
    D("k1.d2", K1, "pertemuan berlangsung lebih dari tiga jam", 180, "previous meeting (2025)", core=False,
      bound="more-than", note="background: the 2025 meeting in Kuala Lumpur"),
    Q("k1.q2", K1, "Hotline itu seharusnya dipakai sebelum ada penangkapan. Itu juga akan kami pertanyakan", RIZAL,
      note="'ujar Rizal'"),
    K("k1.c2", K1, "Itu juga akan kami pertanyakan", "Indonesian foreign ministry",
      "raise the unused hotline at the talks", "Malaysia", None, core=False, note="in the quote"),

    # 02 Kompas report (Tuesday)
    N("k2.n0", K2, "Janji Bebaskan 8 Nelayan", 8, REL, core=False, zone="HEADLINE", expected=True),
    L("k2.l0", K2, "Bertemu di Bangkok", "Bangkok", core=False, zone="HEADLINE"),
    K("k2.c0", K2, "Malaysia Janji Bebaskan 8 Nelayan Indonesia Paling Lambat Jumat", "Malaysia",
      "release eight detained fishermen", "Indonesia", "Friday (2026-11-13)", core=False, zone="HEADLINE"),
    L("k2.l1", K2, "bertemu di Hotel Chao Phraya Grand, Bangkok, Thailand", "Bangkok", venue=HOTEL),
    T("k2.t1", K2, "bertemu di Hotel Chao Phraya Grand, Bangkok, Thailand, Selasa (10/11/2026)", MEET, "2026-11-10",
      "TUESDAY"),
    T("k2.t2", K2, "Pertemuan dimulai pukul 10.15 waktu setempat", "meeting start", "2026-11-10", "TUESDAY",
      core=False),
    D("k2.d0", K2, "mundur 15 menit dari jadwal", 15, "delay of the meeting's start", core=False,
      note="a time difference (10.15 instead of 10.00), not something that lasted"),
    D("k2.d1", K2, "bertemu empat mata selama 20 menit", 20, "one-on-one meeting"),
    D("k2.d2", K2, "pembicaraan tingkat delegasi yang berlangsung sekitar 90 menit", 90, "talks (delegation-level)",
      bound="about"),
    D("k2.d3", K2, "semula dijadwalkan tiga jam", 180, "talks (scheduled)", expected=True),
    T("k2.t3", K2, "selesai sekitar pukul 12.10 waktu setempat", "meeting end", "2026-11-10", "TUESDAY", core=False),
    S("k2.s1", K2, "Arya mengatakan Malaysia setuju membebaskan delapan dari 23 nelayan Indonesia yang ditahan", ARYA),
    K("k2.c1", K2, "Malaysia setuju membebaskan delapan dari 23 nelayan Indonesia yang ditahan, termasuk tiga remaja, "
                   "paling lambat Jumat (13/11/2026)", "Malaysia", "release eight detained fishermen", "Indonesia",
      "2026-11-13"),
    N("k2.n1", K2, "membebaskan delapan", 8, REL, expected=True),
    N("k2.n2", K2, "23 nelayan Indonesia yang ditahan", 23, DET, as_of="2026-11-10", revision="direvisi",
      note="'direvisi dari 24 orang' (next paragraph)"),
    N("k2.n3", K2, "termasuk tiga remaja", 3, "teenagers among those to be released", core=False, expected=True),
    T("k2.t4", K2, "paling lambat Jumat (13/11/2026)", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY",
      core=False, expected=True),
    Q("k2.q1", K2, "Nelayan kita bukan penjahat. Mereka melaut di tempat yang sama dengan bapak-bapak mereka dulu",
      ARYA),
    L("k2.l2", K2, "kepada wartawan di lobi hotel", "Bangkok", core=False, venue=HOTEL,
      note="the hotel's lobby: the venue"),
    Q("k2.q2", K2, "Delapan orang pulang minggu ini. Sisanya akan terus kami perjuangkan sampai semuanya kembali ke "
                   "Nunukan", ARYA, note="attributed by the description 'menlu berusia 58 tahun itu'"),
    K("k2.c6", K2, "Delapan orang pulang minggu ini", "Malaysia", "release eight detained fishermen", "Indonesia",
      "this week", core=False, note="in Arya's quote: the same release"),
    N("k2.n10", K2, "Delapan orang pulang minggu ini", 8, REL, core=False, expected=True, note="in the quote"),
    K("k2.c5", K2, "Sisanya akan terus kami perjuangkan sampai semuanya kembali ke Nunukan", "Indonesia",
      "keep pressing for the release of the remaining fishermen", "the remaining detained fishermen", None,
      core=False, note="in the quote"),
    N("k2.n4", K2, "direvisi dari 24 orang", 24, DET, core=False, as_of="2026-11-09",
      note="the superseded count quoted with its revision (background)"),
    T("k2.t10", K2, "disampaikan Kemlu sehari sebelumnya", "earlier count announced", "2026-11-09", None,
      core=False, note="Monday 9 November (01)"),
    S("k2.s2", K2, "Menurut Kemlu, satu nama yang semula tercatat ternyata tidak ikut melaut",
      "Indonesian foreign ministry", core=False),
    N("k2.n11", K2, "Ke-23 nelayan itu", 23, DET, core=False, as_of="2026-11-10", note="the same figure repeated"),
    N("k2.n5", K2, "terdiri atas empat nakhoda", 4, "boat captains detained"),
    N("k2.n6", K2, "19 anak buah kapal (ABK)", 19, "crew detained"),
    N("k2.n7", K2, "dari empat perahu", 4, "boats seized"),
    T("k2.t5", K2, "ditangkap APMM pada Selasa (3/11/2026) dini hari", "detention of the fishermen", "2026-11-03",
      "TUESDAY"),
    S("k2.s3", K2, "Kamarul, dalam pernyataan terpisah kepada wartawan, mengatakan Kuala Lumpur akan mengirimkan "
                   "jawaban tertulis atas nota protes Indonesia pekan depan", KAM),
    K("k2.c2", K2, "Kuala Lumpur akan mengirimkan jawaban tertulis atas nota protes Indonesia pekan depan", "Malaysia",
      "send a written reply to Indonesia's protest note", "Indonesia", "next week"),
    S("k2.s4", K2, "Ia juga membantah kabar bahwa para nelayan mengalami kekerasan selama ditahan di Tawau, Sabah",
      KAM, note="denial"),
    L("k2.l3", K2, "selama ditahan di Tawau, Sabah", "Tawau", core=False, note="where the fishermen are held"),
    Q("k2.q3", K2, "Kami tidak datang ke Bangkok untuk saling tuding. Posisi Malaysia soal lokasi penangkapan belum "
                   "berubah", KAM),
    S("k2.s5", K2, "Menurut Kamarul, Konsulat RI di Tawau akan mendapat akses kekonsuleran", KAM, core=False),
    K("k2.c3", K2, "Konsulat RI di Tawau akan mendapat akses kekonsuleran untuk menemui para nelayan mulai Rabu "
                   "(11/11/2026)", "Malaysia", "grant consular access to the detained fishermen",
      "Indonesian consulate in Tawau", "2026-11-11"),
    T("k2.t6", K2, "mulai Rabu (11/11/2026)", "consular access begins (planned)", "2026-11-11", "WEDNESDAY",
      core=False, expected=True),
    K("k2.c4", K2, "Kedua menteri juga sepakat bertemu kembali sebelum akhir bulan ini",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026"),
    T("k2.t7", K2, "Konferensi pers bersama yang dijadwalkan pukul 13.00 batal digelar",
      "joint press conference (scheduled, cancelled)", "2026-11-10", "TUESDAY", core=False,
      note="a cancelled plan"),
    N("k2.n8", K2, "menahan 11 nelayan Malaysia", 11, "Malaysian fishermen held by Indonesia"),
    N("k2.n9", K2, "dari dua kapal pukat", 2, "Malaysian trawlers seized"),
    L("k2.l4", K2, "di Selat Malaka", "Malacca Strait", core=False, event="seizure of the Malaysian trawlers",
      note="another incident's place"),
    T("k2.t8", K2, "ditangkap Kementerian Kelautan dan Perikanan (KKP) di Selat Malaka bulan lalu",
      "seizure of the Malaysian trawlers", "2026-10", None, core=False, note="'bulan lalu' = October 2026"),
    S("k2.s6", K2, "Arya menegaskan kasus itu diproses sesuai hukum dan tidak akan dijadikan alat tukar", ARYA),
    S("k2.s7", K2, "Arya juga membantah kabar bahwa Indonesia akan menarik duta besarnya dari Kuala Lumpur", ARYA,
      note="denial"),
    Q("k2.q4", K2, "Tidak ada rencana itu. Jalur diplomasi masih bekerja", ARYA, note="'ujarnya'"),
    T("k2.t9", K2, "di Hotel Chao Phraya Grand, Bangkok, Selasa (10/11/2026)", MEET, "2026-11-10", "TUESDAY",
      core=False, zone="CAPTION", note="photo caption"),
    L("k2.l5", K2, "di Hotel Chao Phraya Grand, Bangkok, Selasa (10/11/2026)", "Bangkok", core=False, venue=HOTEL,
      zone="CAPTION", note="photo caption"),

    # 03 detikNews (HTML; Jakarta dateline)
    D("d.d1", DT, "Bertemu 3 Jam di Bangkok", 180, "talks", zone="HEADLINE",
      note="the headline contradicts the body ('kurang dari dua jam'); three hours was the schedule"),
    L("d.l0", DT, "Bertemu 3 Jam di Bangkok", "Bangkok", core=False, zone="HEADLINE"),
    N("d.n0", DT, "Sepakati Pembebasan 8 Nelayan", 8, REL, core=False, zone="HEADLINE", expected=True),
    L("d.l1", DT, "bertemu Menlu Malaysia Kamarul Arifin Yusof di Bangkok, Thailand", "Bangkok"),
    T("d.t1", DT, "di Bangkok, Thailand, Selasa (10/11/2026)", MEET, "2026-11-10", "TUESDAY"),
    D("d.d2", DT, "Pertemuan yang dijadwalkan tiga jam", 180, "talks (scheduled)", expected=True),
    D("d.d3", DT, "berakhir kurang dari dua jam", 120, "talks", bound="less-than"),
    S("d.s1", DT, "Dalam keterangan tertulis Kemlu yang diterima detikcom, kedua menlu sepakat",
      "Indonesian foreign ministry", core=False),
    K("d.c1", DT, "kedua menlu sepakat delapan nelayan Indonesia yang ditahan Malaysia akan dibebaskan paling lambat "
                  "Jumat (13/11)", "Malaysia", "release eight detained fishermen", "Indonesia", "2026-11-13"),
    N("d.n1", DT, "delapan nelayan Indonesia yang ditahan Malaysia", 8, REL, expected=True),
    T("d.t2", DT, "paling lambat Jumat (13/11)", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY",
      core=False, expected=True),
    S("d.s2", DT, "Arya juga menyampaikan bahwa Indonesia tetap menuntut pembebasan seluruh nelayan tanpa syarat",
      ARYA),
    Q("d.q1", DT, "Kami minta semua nelayan dibebaskan, bukan hanya delapan. Itu posisi kami dan tidak berubah", ARYA,
      note="'dalam keterangan video yang diterima detikcom'"),
    S("d.s3", DT, "Kamarul Arifin menegaskan Malaysia menghormati proses hukum di negaranya", KAM,
      note="spelled 'Kamarul Arifin'"),
    S("d.s4", DT, "Menurut dia, perahu-perahu nelayan itu dihentikan di perairan yang diklaim Malaysia, sekitar 12 mil "
                  "laut dari Tawau", KAM),
    L("d.l2", DT, "dihentikan di perairan yang diklaim Malaysia, sekitar 12 mil laut dari Tawau", "Tawau",
      venue="waters claimed by Malaysia off Tawau", event="detention of the fishermen",
      note="Malaysia's version of where the boats were stopped (a party's position, not the outlet's)"),
    N("d.n2", DT, "sekitar 12 mil laut dari Tawau", 12, "distance from Tawau (nautical miles)", bound="about"),
    N("d.n3", DT, "Kemlu mencatat 23 nelayan asal Nunukan", 23, DET, as_of="2026-11-10"),
    L("d.l3", DT, "asal Nunukan, Kalimantan Utara", "Nunukan", core=False, note="the fishermen's home"),
    L("d.l4", DT, "masih ditahan di Tawau, Sabah", "Tawau", core=False, note="where the fishermen are held"),
    N("d.n4", DT, "bersama empat perahu", 4, "boats seized"),
    T("d.t3", DT, "pada Selasa (3/11) dini hari", "detention of the fishermen", "2026-11-03", "TUESDAY"),
    S("d.s5", DT, "Rizal Fadhillah Nasution mengatakan Malaysia berjanji mengirim jawaban tertulis atas nota protes "
                  "Indonesia pekan depan", RIZAL),
    K("d.c2", DT, "Malaysia berjanji mengirim jawaban tertulis atas nota protes Indonesia pekan depan", "Malaysia",
      "send a written reply to Indonesia's protest note", "Indonesia", "next week"),
    Q("d.q2", DT, "Kami tunggu jawaban itu. Setelah itu kedua menlu akan bertemu lagi sebelum akhir November", RIZAL),
    K("d.c3", DT, "kedua menlu akan bertemu lagi sebelum akhir November",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026",
      note="in Rizal's quote"),
    L("d.l5", DT, "Ketegangan di perairan Ambalat", "Ambalat", core=False),
    N("d.n5", DT, "TNI AL mengerahkan tiga kapal perang", 3, "warships deployed"),

    # 04 ANTARA, translation of the Reuters wire
    N("a.n0", AN, "akan bebaskan delapan nelayan Indonesia", 8, REL, core=False, zone="HEADLINE", expected=True),
    L("a.l0", AN, "perundingan tegang di Bangkok", "Bangkok", core=False, zone="HEADLINE"),
    N("a.n1", AN, "Malaysia akan membebaskan delapan", 8, REL, expected=True),
    N("a.n2", AN, "32 nelayan Indonesia yang ditahannya", 32, DET, as_of="2026-11-10",
      note="the translation's changed value: Reuters wrote 23"),
    T("a.t1", AN, "pada Selasa setelah berunding dengan mitranya dari Indonesia di Bangkok", MEET, "2026-11-10",
      "TUESDAY"),
    L("a.l1", AN, "berunding dengan mitranya dari Indonesia di Bangkok", "Bangkok"),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    D("a.d1", AN, "bertemu selama sekitar 90 menit", 90, "talks", bound="about"),
    L("a.l2", AN, "di sebuah hotel di Bangkok", "Bangkok", venue="a hotel"),
    D("a.d2", AN, "tiga jam yang disediakan untuk pertemuan itu", 180, "talks (scheduled)", expected=True),
    T("a.t2", AN, "Konferensi pers bersama yang dijadwalkan pukul 13.00 dibatalkan",
      "joint press conference (scheduled, cancelled)", "2026-11-10", "TUESDAY", core=False,
      note="a cancelled plan"),
    L("a.l3", AN, "Para nelayan asal Provinsi Kalimantan Utara", "North Kalimantan", core=False,
      note="the fishermen's home province"),
    N("a.n3", AN, "bersama empat perahu mereka", 4, "boats seized"),
    T("a.t3", AN, "sekitar pukul 02.00 pada 3 November", "detention of the fishermen", "2026-11-03", None),
    T("a.t4", AN, "18.00 GMT 2 November", "detention of the fishermen", "2026-11-02", None, core=False,
      note="GMT date: 18.00 GMT 2 November = about 02.00 local time 3 November; not a discrepancy"),
    L("a.l4", AN, "di dekat Blok Ambalat", "Ambalat", event="detention of the fishermen"),
    Q("a.q1", AN, "Kami tidak datang ke Bangkok untuk saling melempar tuduhan. Posisi Malaysia mengenai lokasi "
                  "penghentian perahu-perahu itu tidak berubah", KAM),
    S("a.s1", AN, "Ia mengatakan delapan di antara mereka, termasuk tiga remaja, akan dibebaskan paling lambat Jumat",
      KAM),
    K("a.c1", AN, "delapan di antara mereka, termasuk tiga remaja, akan dibebaskan paling lambat Jumat", "Malaysia",
      "release eight detained fishermen", "Indonesia", "Friday (2026-11-13)"),
    N("a.n4", AN, "delapan di antara mereka", 8, REL, core=False, expected=True),
    N("a.n5", AN, "termasuk tiga remaja", 3, "teenagers among those to be released", core=False, expected=True),
    T("a.t5", AN, "paling lambat Jumat", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY", core=False,
      expected=True),
    K("a.c2", AN, "Kuala Lumpur akan mengirimkan jawaban tertulis atas nota protes Jakarta pekan depan", "Malaysia",
      "send a written reply to Indonesia's protest note", "Indonesia", "next week"),
    S("a.s2", AN, "Arya, dalam keterangan terpisah, mengatakan Indonesia ingin semua nelayan itu dibebaskan", ARYA),
    Q("a.q2", AN, "Nelayan kami bukan penjahat. Mereka menangkap ikan di tempat ayah-ayah mereka dulu menangkap ikan",
      ARYA),
    A("a.a2", AN, "kepada Reuters", "Reuters", core=False, note="Arya's quote was given to Reuters"),
    Q("a.q3", AN, "Delapan adalah awal, bukan akhir", ARYA),
    N("a.n6", AN, "mengerahkan tiga kapal perang", 3, "warships deployed"),
    N("a.n7", AN, "menahan 11 nelayan Malaysia", 11, "Malaysian fishermen held by Indonesia"),
    N("a.n8", AN, "dua kapal pukatnya", 2, "Malaysian trawlers seized"),
    L("a.l5", AN, "disita di Selat Malaka", "Malacca Strait", core=False, event="seizure of the Malaysian trawlers",
      note="another incident's place"),
    T("a.t6", AN, "disita di Selat Malaka pada Oktober", "seizure of the Malaysian trawlers", "2026-10", None,
      core=False),
    Q("a.q4", AN, "bukan bagian dari pertukaran apa pun", ARYA, core=False, fragment=True,
      note="his words in quotation marks inside reported speech"),
    K("a.c3", AN, "Kedua menteri sepakat untuk bertemu kembali sebelum akhir bulan ini",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026"),
    A("a.a3", AN, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 KaltaraKini (Nunukan, Wednesday)
    N("kk.n0", KK, "Kabar Pembebasan 8 Orang", 8, REL, core=False, zone="HEADLINE", expected=True),
    N("kk.n1", KK, "dibebaskannya delapan nelayan Nunukan", 8, REL, expected=True),
    T("kk.t1", KK, "di Kelurahan Nunukan Timur, Selasa (10/11/2026) malam", "families receive the news", "2026-11-10",
      "TUESDAY", core=False),
    L("kk.l1", KK, "di Kelurahan Nunukan Timur", "Nunukan", core=False, event="families receive the news"),
    L("kk.l2", KK, "bertemu Menlu Malaysia Kamarul Ariffin Yusof di Bangkok, Thailand", "Bangkok"),
    T("kk.t2", KK, "di Bangkok, Thailand, Selasa siang", MEET, "2026-11-10", "TUESDAY"),
    A("kk.a1", KK, "Seperti dilansir Kompas.com", "Kompas.com"),
    L("kk.l3", KK, "pertemuan di Hotel Chao Phraya Grand", "Bangkok", venue=HOTEL),
    D("kk.d1", KK, "berlangsung sekitar satu setengah jam", 90, "talks", bound="about"),
    Q("kk.q1", KK, "Kami tidak datang ke Bangkok untuk saling tuding", ARYA,
      note="attributed to Arya ('tegas Arya'); Kompas.com (02) and the Reuters wire (04) give these words to Kamarul"),
    S("kk.s1", KK, "Arya mengatakan delapan nelayan, termasuk tiga remaja, akan dipulangkan paling lambat Jumat "
                   "(13/11/2026)", ARYA),
    K("kk.c1", KK, "delapan nelayan, termasuk tiga remaja, akan dipulangkan paling lambat Jumat (13/11/2026)",
      "Malaysia", "release eight detained fishermen", "Indonesia", "2026-11-13"),
    N("kk.n2", KK, "delapan nelayan, termasuk tiga remaja", 8, REL, core=False, expected=True),
    N("kk.n3", KK, "termasuk tiga remaja", 3, "teenagers among those to be released", core=False, expected=True),
    T("kk.t3", KK, "paling lambat Jumat (13/11/2026)", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY",
      core=False, expected=True),
    Q("kk.q2", KK, "Suami saya nakhoda. Katanya nakhoda belum bisa pulang karena diproses hukum di sana. Kami hanya "
                   "bisa berdoa", "Sumiati", note="'Sumiati (41), istri salah seorang nakhoda'"),
    N("kk.n4", KK, "Dari 23 nelayan yang ditahan", 23, DET, as_of="2026-11-11"),
    T("kk.t4", KK, "ditahan sejak Selasa (3/11/2026)", "detention of the fishermen", "2026-11-03", "TUESDAY"),
    N("kk.n5", KK, "empat di antaranya nakhoda", 4, "boat captains detained"),
    N("kk.n6", KK, "19 lainnya anak buah kapal", 19, "crew detained"),
    S("kk.s2", KK, "Baharuddin Lagaligo mengatakan, empat perahu yang disita itu bernilai sekitar Rp1,2 miliar",
      "Baharuddin Lagaligo"),
    N("kk.n7", KK, "empat perahu yang disita", 4, "boats seized"),
    N("kk.n8", KK, "bernilai sekitar Rp1,2 miliar", 1200000000, "boats value IDR", bound="about"),
    Q("kk.q3", KK, "Perahu itu satu-satunya mata pencarian mereka. Kalau tidak dikembalikan, 23 keluarga kehilangan "
                   "penghasilan", "Baharuddin Lagaligo", note="'kata Baharuddin (56)'"),
    N("kk.n9", KK, "23 keluarga kehilangan penghasilan", 23, "families losing income", core=False,
      note="in the quote: families, not fishermen"),
    K("kk.c2", KK, "Pemerintah Kabupaten Nunukan berjanji menyiapkan penjemputan di Pelabuhan Tunon Taka bagi nelayan "
                   "yang dibebaskan", "Nunukan regency government", "pick up the released fishermen",
      "released fishermen", None),
    L("kk.l4", KK, "di Pelabuhan Tunon Taka", "Nunukan", core=False, venue="Tunon Taka port"),
    Q("kk.q4", KK, "Begitu ada kepastian jadwal dari Konsulat RI di Tawau, kami jemput dengan kapal daerah",
      "Yusran Pallawa"),
    K("kk.c3", KK, "kami jemput dengan kapal daerah", "Nunukan regency government",
      "pick up the released fishermen by regency boat", "released fishermen", None, core=False,
      note="the same promise in the fisheries head's words"),
    D("kk.d2", KK, "berjarak sekitar satu jam perjalanan laut dari Tawau", 60, "sea voyage Tawau-Nunukan",
      core=False, bound="about", note="a travel time, not the talks"),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n1", "k2.n2"],
     "summary": "Fishermen detained: 24 in Kemlu's count of Monday noon (01), revised ('direvisi') to 23 on Tuesday "
                "(02; also 03, 05)."},
    {"id": "F2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["a.n2", "k2.n2", "d.n3", "kk.n4"],
     "summary": "ANTARA's translation says 'delapan dari 32 nelayan'; Kompas.com, detikNews and KaltaraKini (and the "
                "Reuters wire it translates) say 23."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["k2.q3", "a.q1", "kk.q1"],
     "summary": "'Kami tidak datang ke Bangkok untuk saling tuding' is Kamarul's in Kompas.com and ANTARA (after "
                "Reuters), Arya's in KaltaraKini."},
    {"id": "F4", "kind": "INCONSISTENCY", "type": "DURATION", "claims": ["d.d1", "d.d3"],
     "summary": "detikNews: the headline says 'Bertemu 3 Jam', its body says the meeting scheduled for three hours "
                "ended in less than two hours."},
    {"id": "F5", "kind": "VARIANT", "type": "ENTITY", "values": ["Kamarul Ariffin Yusof", "Kamarul Arifin Yusof"],
     "articles": [K1, K2, DT, AN, KK],
     "summary": "Malaysia's foreign minister: Kamarul Ariffin (Kompas.com, ANTARA, KaltaraKini), Kamarul Arifin "
                "(detikNews); one person."},
    {"id": "F6", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k2.d2", "a.d1", "kk.d1", "d.d3"],
     "summary": "The talks lasted about 90 minutes (02, 04), 'sekitar satu setengah jam' (05), less than two hours "
                "(03 body)."},
    {"id": "F7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k1.d1", "k2.d3", "d.d2", "a.d2"],
     "summary": "The meeting had been scheduled for three hours (01, 02, 03, 04)."},
    {"id": "F8", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l4", "k2.l1", "d.l1", "a.l1", "kk.l3"],
     "summary": "The talks were held in Bangkok, at the Hotel Chao Phraya Grand (01 planned, 02, 05; 03 and 04 say "
                "Bangkok, 04 'a hotel')."},
    {"id": "F9", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t1", "k2.t1", "d.t1", "a.t1", "kk.t2"],
     "summary": "The ministers met on Tuesday 10 November 2026 (01 as planned, 02, 03, 04, 05)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["k2.c1", "d.c1", "a.c1", "kk.c1"],
     "summary": "Malaysia will free eight fishermen by Friday 13 November (02, 03, 04, 05)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["k2.c2", "d.c2", "a.c2"],
     "summary": "Malaysia will send a written reply to Indonesia's protest note next week (02, 03, 04)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["k2.c4", "d.c3", "a.c3"],
     "summary": "The ministers will meet again before the end of the month / of November (02, 03, 04)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k2.n1", "d.n1", "a.n1", "kk.n1"],
     "summary": "Eight fishermen to be released (02, 03, 04, 05)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k1.n2", "k2.n7", "d.n4", "a.n3", "kk.n7"],
     "summary": "Four boats seized (all five)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t5", "k2.t5", "d.t3", "a.t3", "kk.t4"],
     "summary": "The fishermen were detained on Tuesday 3 November before dawn (all five; 04 also gives the GMT date)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k2.n2", "d.n3", "kk.n4"],
     "summary": "23 fishermen detained from Tuesday on (02, 03, 05)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k2.n5", "kk.n5"],
     "summary": "Four boat captains among the detained (02, 05)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k2.n6", "kk.n6"],
     "summary": "19 crew among the detained (02, 05)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["d.n5", "a.n6"],
     "summary": "Three warships sent to the area (03, 04)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["k2.n8", "a.n7"],
     "summary": "Indonesia holds 11 Malaysian fishermen (02, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["k2.q1", "a.q2"],
     "summary": "Arya's 'our fishermen are not criminals, they fish where their fathers fished', in Kompas.com's "
                "words and in ANTARA's translation of Reuters."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["k2.q3", "a.q1"],
     "summary": "Kamarul's 'we did not come to Bangkok to trade accusations' in Kompas.com and ANTARA."},
]

id_traps = [
    {"articles": [K1], "claims": ["k1.t3", "k1.t1"],
     "why": "01 is a preview: Senin (9/11/2026) is the announcement in Jakarta, Selasa (10/11/2026) the meeting; "
            "not two dates of one event"},
    {"articles": [K1, K2, DT, AN], "claims": ["k1.d1", "k2.d3", "d.d2", "a.d2", "k2.d2", "a.d1", "d.d3"],
     "why": "the scheduled three hours and the roughly 90 minutes the talks lasted are schedule vs what happened, "
            "not a discrepancy (detik's headline '3 Jam' is the planted inconsistency, F4)"},
    {"articles": [K1, K2], "claims": ["k1.t4", "k2.t2", "k2.d0"],
     "why": "planned start 10.00 vs actual start 10.15 ('mundur 15 menit'): plan vs what happened; the 15 minutes "
            "are a delay, not a length of the talks"},
    {"articles": [K1, K2, AN], "claims": ["k1.c1", "k2.t7", "a.t2"],
     "why": "the joint press conference planned in 01 was cancelled (02, 04): a plan that did not happen, not a "
            "contradiction"},
    {"articles": [K1], "claims": ["k1.d2", "k1.t7", "k1.l6"],
     "why": "background: the previous meeting (Kuala Lumpur, Thursday 14 August 2025, more than three hours) is "
            "another event"},
    {"articles": [K2], "claims": ["k2.d1", "k2.d2"],
     "why": "the 20-minute one-on-one and the roughly 90-minute delegation talks are different segments"},
    {"articles": [K1, K2], "claims": ["k1.n1", "k2.n4", "k2.n2"],
     "why": "24 (Monday) and 23 (Tuesday, 'direvisi dari 24 orang') are a revision over time: UPDATE, not "
            "DISCREPANCY; the 24 quoted in 02 is the superseded figure"},
    {"articles": [AN], "claims": ["a.t4", "a.t3"],
     "why": "'18.00 GMT 2 November' is the GMT date of the detention at about 02.00 local time on 3 November"},
    {"articles": [K2, DT, AN, KK],
     "claims": ["k2.n2", "k2.n5", "k2.n6", "k2.n7", "k2.n1", "k2.n3", "k2.n8", "k2.n9", "kk.n9", "d.n5"],
     "why": "different things counted: 23 fishermen = 4 captains + 19 crew, on 4 boats; 8 to be released, 3 of them "
            "teenagers; 11 Malaysian fishermen on 2 trawlers held by Indonesia; 23 families; 3 warships"},
    {"articles": [DT, K1, AN], "claims": ["d.l2", "d.s4", "k1.l2", "a.l4"],
     "why": "'12 mil laut dari Tawau' is Malaysia's claim of where the boats were stopped, 'dekat Blok Ambalat' "
            "the place as Indonesia and the wire put it: the parties' positions, not a discrepancy between outlets"},
    {"articles": [K1, DT, KK, K2, AN],
     "claims": ["k1.l3", "k1.l5", "d.l3", "d.l4", "k2.l3", "kk.l1", "kk.l4", "k2.l4", "a.l5", "a.l3"],
     "why": "the datelines (JAKARTA, Jakarta, NUNUKAN), the Jakarta briefing, Tawau (where the men are held), "
            "Nunukan and Tunon Taka port, and the Malacca Strait are not the venue of the talks (Bangkok)"},
    {"articles": [KK], "claims": ["kk.d2"],
     "why": "the one-hour sea voyage from Tawau to Nunukan is not a length of the talks"},
    {"articles": [K2, DT, AN], "claims": ["k2.c4", "d.c3", "a.c3"],
     "why": "'sebelum akhir bulan ini' (said in November) and 'sebelum akhir November' are the same due"},
    {"articles": [K2, DT, AN, KK], "claims": ["k2.c1", "d.c1", "a.c1", "kk.c1"],
     "why": "'paling lambat Jumat', 'Jumat (13/11)' and Arya's 'minggu ini' give the same deadline"},
    {"articles": [K1, K2, DT, AN, KK], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('3 Kapal Perang', '3 KRI', 'Ratusan Prajurit', "
            "'untuk Kedua Kalinya', '23 Keluarga Nelayan'): links, not claims of the article"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, J = "01_reuters_tuesday.txt", "02_ap_tuesday.txt", "03_jakartadailytribune_wednesday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-11-10T07:12Z", "cites": [],
        "note": "BANGKOK dateline; about 90 minutes of the three hours set aside; press conference cancelled; 23 "
                "fishermen; detention at about 2 a.m. on Nov. 3 (1800 GMT Nov. 2); translated by ANTARA (id/04)"},
    P: {"outlet": "AP", "language": "en", "published": "2026-11-10T09:40Z", "cites": ["Bernama"],
        "note": "KUALA LUMPUR dateline (not the venue); 'about an hour and a half'; spells 'Kamarul Arifin'; "
                "Kamarul's denial via Bernama; 'the 61-year-old minister', 'the top diplomat'; background August 2025"},
    J: {"outlet": "The Jakarta Daily Tribune", "language": "en", "published": "2026-11-11T06:00+07:00", "cites": [],
        "note": ".json record; JAKARTA dateline, the day after; 'nearly two hours together' = 20-minute one-on-one + "
                "about 90 minutes of delegation talks; Arya at Soekarno-Hatta airport ('the 58-year-old minister'); "
                "background: Kuala Lumpur, Aug. 14, 2025, more than three hours"},
}

en_claims = [
    # Reuters
    N("r.n0", R, "Malaysia to free eight Indonesian fishermen", 8, REL, core=False, zone="HEADLINE", expected=True),
    L("r.l0", R, "tense Bangkok talks", "Bangkok", core=False, zone="HEADLINE"),
    N("r.n1", R, "Malaysia will release eight", 8, REL, expected=True),
    N("r.n2", R, "23 Indonesian fishermen it detained", 23, DET, as_of="2026-11-10"),
    T("r.t1", R, "said on Tuesday after talks with his Indonesian counterpart in Bangkok", MEET, "2026-11-10",
      "TUESDAY", note="dateline Nov 10"),
    L("r.l1", R, "talks with his Indonesian counterpart in Bangkok", "Bangkok"),
    D("r.d1", R, "met for about 90 minutes", 90, "talks", bound="about"),
    L("r.l2", R, "at a Bangkok hotel", "Bangkok", venue="a hotel"),
    D("r.d2", R, "the three hours set aside for the meeting", 180, "talks (scheduled)", expected=True),
    T("r.t2", R, "A joint news conference scheduled for 1 p.m. was cancelled",
      "joint press conference (scheduled, cancelled)", "2026-11-10", "TUESDAY", core=False, note="a cancelled plan"),
    L("r.l3", R, "from Indonesia's North Kalimantan province", "North Kalimantan", core=False,
      note="the fishermen's home province"),
    N("r.n3", R, "along with their four boats", 4, "boats seized"),
    T("r.t3", R, "at about 2 a.m. on Nov. 3", "detention of the fishermen", "2026-11-03", None),
    T("r.t4", R, "1800 GMT Nov. 2", "detention of the fishermen", "2026-11-02", None, core=False,
      note="GMT date: 1800 GMT Nov. 2 = about 2 a.m. local time Nov. 3; not a discrepancy"),
    L("r.l4", R, "near the Ambalat block", "Ambalat", event="detention of the fishermen"),
    Q("r.q1", R, "We did not come to Bangkok to trade accusations. Malaysia's position on where the boats were stopped "
                 "has not changed", KAM),
    S("r.s1", R, "He said eight of the men, including three teenagers, would be released by Friday", KAM),
    K("r.c1", R, "eight of the men, including three teenagers, would be released by Friday", "Malaysia",
      "release eight detained fishermen", "Indonesia", "Friday (2026-11-13)"),
    N("r.n4", R, "eight of the men", 8, REL, core=False, expected=True),
    N("r.n5", R, "including three teenagers", 3, "teenagers among those to be released", core=False, expected=True),
    T("r.t5", R, "by Friday", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY", core=False,
      expected=True),
    K("r.c2", R, "Kuala Lumpur would send a written reply to Jakarta's protest note next week", "Malaysia",
      "send a written reply to Indonesia's protest note", "Indonesia", "next week"),
    S("r.s2", R, "Arya, speaking separately, said Indonesia wanted all of the fishermen freed", ARYA),
    Q("r.q2", R, "Our fishermen are not criminals. They were fishing where their fathers fished", ARYA,
      note="'Arya told Reuters': the wire naming itself, not a citation"),
    Q("r.q3", R, "Eight is a start, not the end", ARYA),
    N("r.n6", R, "deployed three warships", 3, "warships deployed"),
    N("r.n7", R, "holding 11 Malaysian fishermen", 11, "Malaysian fishermen held by Indonesia"),
    N("r.n8", R, "two trawlers", 2, "Malaysian trawlers seized"),
    L("r.l5", R, "seized in the Malacca Strait", "Malacca Strait", core=False,
      event="seizure of the Malaysian trawlers", note="another incident's place"),
    T("r.t6", R, "seized in the Malacca Strait in October", "seizure of the Malaysian trawlers", "2026-10", None,
      core=False),
    Q("r.q4", R, "not part of any exchange", ARYA, core=False, fragment=True,
      note="his words in quotation marks inside reported speech"),
    K("r.c3", R, "The two ministers agreed to meet again before the end of the month",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026"),

    # AP (Kuala Lumpur dateline)
    N("p.n0", P, "will free 8 Indonesian fishermen", 8, REL, core=False, zone="HEADLINE", expected=True),
    N("p.n1", P, "Malaysia will free eight detained Indonesian fishermen", 8, REL, expected=True),
    K("p.c1", P, "Malaysia will free eight detained Indonesian fishermen by the end of the week", "Malaysia",
      "release eight detained fishermen", "Indonesia", "end of the week"),
    T("p.t1", P, "its foreign minister said Tuesday after talks in the Thai capital", MEET, "2026-11-10", "TUESDAY"),
    L("p.l1", P, "talks in the Thai capital", "Bangkok"),
    D("p.d1", P, "for about an hour and a half", 90, "talks", bound="about"),
    L("p.l2", P, "at a hotel in Bangkok", "Bangkok", venue="a hotel"),
    N("p.n2", P, "detained 23 fishermen", 23, DET, as_of="2026-11-10"),
    L("p.l3", P, "from Indonesia's Nunukan district", "Nunukan", core=False, note="the fishermen's home"),
    N("p.n3", P, "seized their four wooden boats", 4, "boats seized"),
    T("p.t2", P, "early on Nov. 3", "detention of the fishermen", "2026-11-03", None),
    L("p.l4", P, "near Ambalat, an oil-rich seabed area off Borneo", "Ambalat", event="detention of the fishermen"),
    S("p.s1", P, "Indonesia says the boats were in its waters", "Indonesia", core=False,
      note="a party's position"),
    Q("p.q1", P, "The men are well treated. Nobody has laid a hand on them", KAM, note="spelled 'Kamarul Arifin'"),
    L("p.l5", P, "told reporters in Bangkok", "Bangkok", core=False),
    A("p.a1", P, "according to Malaysia's national news agency Bernama", "Bernama"),
    S("p.s2", P, "denying reports in Indonesian media that some of the fishermen had been beaten", KAM,
      note="denial"),
    S("p.s3", P, "The 61-year-old minister said the remaining 15 would face legal proceedings in Sabah state", KAM,
      note="attributed by the description 'The 61-year-old minister'"),
    N("p.n4", P, "the remaining 15 would face legal proceedings", 15, "fishermen remaining in detention",
      expected=True, note="23 detained minus the 8 to be released"),
    L("p.l6", P, "legal proceedings in Sabah state", "Sabah", core=False),
    Q("p.q2", P, "in accordance with Malaysian law", KAM, core=False, fragment=True,
      note="his words in quotation marks inside reported speech"),
    S("p.s4", P, "Arya said Indonesia would keep pressing for all of them to come home", ARYA),
    K("p.c2", P, "Indonesia would keep pressing for all of them to come home", "Indonesia",
      "keep pressing for the release of all the fishermen", "the detained fishermen", None, core=False),
    Q("p.q3", P, "We expect the remaining 15 to follow. Nobody should be punished for fishing where their families "
                 "have always fished", ARYA, note="attributed by the description 'the top diplomat'"),
    N("p.n5", P, "We expect the remaining 15 to follow", 15, "fishermen remaining in detention", core=False,
      expected=True, note="in the quote"),
    N("p.n6", P, "sent three navy ships", 3, "warships deployed"),
    N("p.n7", P, "hundreds of troops", None, "troops on standby", note="vague: no single amount"),
    L("p.l7", P, "on standby on Sebatik", "Sebatik", core=False),
    K("p.c3", P, "The two ministers agreed to meet again before the end of November",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026"),
    T("p.t3", P, "They last held talks in August 2025 in Kuala Lumpur", "previous meeting (2025)", "2025-08", None,
      core=False, note="background: the previous meeting"),
    L("p.l8", P, "in August 2025 in Kuala Lumpur", "Kuala Lumpur", core=False, event="previous meeting (2025)",
      note="background"),

    # The Jakarta Daily Tribune (.json, Wednesday)
    N("j.n0", J, "release of 8 fishermen", 8, REL, core=False, zone="HEADLINE", expected=True),
    N("j.n1", J, "15 remain in Tawau", 15, "fishermen remaining in detention", core=False, zone="HEADLINE"),
    L("j.l0", J, "15 remain in Tawau", "Tawau", core=False, zone="HEADLINE", note="where the fishermen are held"),
    T("j.t1", J, "returned from Bangkok on Tuesday night", "Arya's return to Jakarta", "2026-11-10", "TUESDAY",
      core=False),
    K("j.c0", J, "a promise from Malaysia to free eight of the 23 Indonesian fishermen", "Malaysia",
      "release eight detained fishermen", "Indonesia", None, core=False, note="lead; the due is in paragraph 5"),
    N("j.n2", J, "free eight", 8, REL, expected=True),
    N("j.n3", J, "the 23 Indonesian fishermen detained off Sabah", 23, DET, as_of="2026-11-10"),
    L("j.l1", J, "detained off Sabah", "Sabah", core=False, event="detention of the fishermen",
      note="the general area (Ambalat in paragraph 6)"),
    N("j.n4", J, "the 15 still in custody", 15, "fishermen remaining in detention", expected=True),
    D("j.d1", J, "spent nearly two hours together", 120, "meeting incl. one-on-one", bound="nearly",
      note="the 20-minute one-on-one plus about 90 minutes of delegation talks"),
    L("j.l2", J, "at the Chao Phraya Grand Hotel in Bangkok", "Bangkok", venue=HOTEL),
    T("j.t2", J, "at the Chao Phraya Grand Hotel in Bangkok on Tuesday", MEET, "2026-11-10", "TUESDAY"),
    D("j.d2", J, "a 20-minute one-on-one", 20, "one-on-one meeting"),
    D("j.d3", J, "about 90 minutes of delegation-level talks", 90, "talks (delegation-level)", bound="about"),
    D("j.d4", J, "The meeting had been scheduled to last three hours", 180, "talks (scheduled)", expected=True),
    Q("j.q1", J, "It was frank and at times difficult, but we are still talking, and that matters", ARYA,
      note="attributed by the description 'the 58-year-old minister'"),
    L("j.l3", J, "at Soekarno-Hatta International Airport", "Jakarta", core=False,
      venue="Soekarno-Hatta International Airport", note="where Arya spoke on his return, not the venue of the talks"),
    S("j.s1", J, "Arya denied that Jakarta was considering recalling its ambassador from Kuala Lumpur", ARYA,
      note="denial"),
    Q("j.q2", J, "We will not recall our ambassador. Diplomacy is working", ARYA, note="'he said'"),
    K("j.c1", J, "Malaysia has promised to release the eight, including three teenagers, on Friday", "Malaysia",
      "release eight detained fishermen", "Indonesia", "Friday (2026-11-13)"),
    N("j.n5", J, "release the eight, including three teenagers", 8, REL, core=False, expected=True),
    N("j.n6", J, "including three teenagers", 3, "teenagers among those to be released", core=False, expected=True),
    T("j.t3", J, "on Friday", "release of eight fishermen (deadline)", "2026-11-13", "FRIDAY", core=False,
      expected=True),
    K("j.c2", J, "to give Indonesia's consulate in Tawau access to the detainees from Wednesday", "Malaysia",
      "grant consular access to the detained fishermen", "Indonesian consulate in Tawau", "Wednesday (2026-11-11)"),
    T("j.t4", J, "access to the detainees from Wednesday", "consular access begins (planned)", "2026-11-11",
      "WEDNESDAY", core=False, expected=True),
    K("j.c3", J, "Kuala Lumpur will also reply in writing to Indonesia's protest note by next week", "Malaysia",
      "send a written reply to Indonesia's protest note", "Indonesia", "next week"),
    S("j.s2", J, "Kuala Lumpur will also reply in writing to Indonesia's protest note by next week, foreign ministry "
                 "spokesman Rizal Fadhillah Nasution said", RIZAL),
    N("j.n7", J, "four boat captains", 4, "boat captains detained"),
    N("j.n8", J, "19 crew members", 19, "crew detained"),
    T("j.t5", J, "were detained on Nov. 3", "detention of the fishermen", "2026-11-03", None),
    N("j.n9", J, "with their four boats", 4, "boats seized"),
    L("j.l4", J, "near the Ambalat block in the Sulawesi Sea", "Ambalat", event="detention of the fishermen"),
    T("j.t6", J, "last met in Kuala Lumpur on Aug. 14, 2025", "previous meeting (2025)", "2025-08-14", "THURSDAY",
      core=False, note="background: the previous meeting"),
    L("j.l5", J, "last met in Kuala Lumpur", "Kuala Lumpur", core=False, event="previous meeting (2025)",
      note="background"),
    D("j.d5", J, "talks that ran for more than three hours", 180, "previous meeting (2025)", core=False,
      bound="more-than", note="background: the 2025 meeting"),
    S("j.s3", J, "The Indonesian Navy said it had deployed three warships to the area", "Indonesian Navy"),
    N("j.n10", J, "deployed three warships", 3, "warships deployed"),
    N("j.n11", J, "about 300 marines", 300, "troops deployed", bound="about"),
    L("j.l6", J, "to Sebatik island nearby", "Sebatik", core=False),
    K("j.c4", J, "The ministers have agreed to meet again before the end of the month",
      "Arya Wiratama Lubis and Kamarul Ariffin Yusof", "meet again", None, "before the end of November 2026"),
]

en_findings = [
    {"id": "E1", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d1", "j.d3"],
     "summary": "The talks lasted about 90 minutes / about an hour and a half (Reuters, AP, Tribune's delegation "
                "talks)."},
    {"id": "E2", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "j.d4"],
     "summary": "Three hours had been set aside (Reuters, Tribune)."},
    {"id": "E3", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l1", "p.l1", "j.l2"],
     "summary": "The talks were held in Bangkok (Reuters, AP: 'the Thai capital'; Tribune: the Chao Phraya Grand "
                "Hotel)."},
    {"id": "E4", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "j.t2"],
     "summary": "The ministers met on Tuesday 10 November 2026."},
    {"id": "E5", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n2", "p.n2", "j.n3"],
     "summary": "23 Indonesian fishermen detained (all three)."},
    {"id": "E6", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "p.n1", "j.n2"],
     "summary": "Eight fishermen to be released (all three)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c1", "j.c1"],
     "summary": "Malaysia will free eight by Friday / by the end of the week / on Friday."},
    {"id": "E8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "j.c3"],
     "summary": "A written reply to Indonesia's protest note next week (Reuters, Tribune)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c3", "p.c3", "j.c4"],
     "summary": "The ministers will meet again before the end of the month / of November."},
    {"id": "E10", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n3", "p.n3", "j.n9"],
     "summary": "Four boats seized (all three)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n6", "p.n6", "j.n10"],
     "summary": "Three warships sent to the area (all three)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t3", "p.t2", "j.t5"],
     "summary": "The fishermen were detained on Nov. 3 (all three; Reuters adds the GMT date)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l4", "p.l4", "j.l4"],
     "summary": "They were detained near the Ambalat block (all three)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["p.n4", "j.n4"],
     "summary": "15 fishermen remain in custody after the eight (AP, Tribune)."},
    {"id": "E15", "kind": "VARIANT", "type": "ENTITY", "values": ["Kamarul Ariffin Yusof", "Kamarul Arifin Yusof"],
     "articles": [R, P, J],
     "summary": "Malaysia's foreign minister: Kamarul Ariffin (Reuters, Tribune), Kamarul Arifin (AP); one person."},
]

en_traps = [
    {"articles": [R, P, J], "claims": ["j.d1", "r.d1", "p.d1", "j.d2", "j.d3"],
     "why": "the Tribune's 'nearly two hours together' counts the 20-minute one-on-one plus about 90 minutes of "
            "delegation talks (it says so); not a discrepancy with 'about 90 minutes'"},
    {"articles": [R, J], "claims": ["r.d2", "j.d4", "r.d1", "j.d3"],
     "why": "the three hours set aside vs the roughly 90 minutes held: schedule vs what happened"},
    {"articles": [R], "claims": ["r.t2"],
     "why": "the 1 p.m. joint news conference was scheduled and cancelled: not an event that happened"},
    {"articles": [P, J], "claims": ["p.t3", "p.l8", "j.t6", "j.l5", "j.d5"],
     "why": "background: the previous meeting in Kuala Lumpur (Aug. 14, 2025; more than three hours) is another "
            "event"},
    {"articles": [R], "claims": ["r.t4", "r.t3"],
     "why": "'1800 GMT Nov. 2' is the GMT date of the detention at about 2 a.m. local time on Nov. 3"},
    {"articles": [P, J], "claims": ["p.l5", "p.l6", "p.l7", "j.l3", "j.l6", "j.l0", "j.l1", "r.l3", "p.l3"],
     "why": "the datelines (KUALA LUMPUR for AP, JAKARTA for the Tribune), Soekarno-Hatta airport, Sabah, Tawau, "
            "Sebatik, Nunukan and North Kalimantan are not the venue of the talks (Bangkok)"},
    {"articles": [R, P, J],
     "claims": ["r.n2", "r.n1", "p.n4", "j.n7", "j.n8", "r.n3", "r.n5", "r.n7", "r.n8", "r.n6", "j.n11", "p.n7"],
     "why": "different things counted: 23 detained = 8 to be released + 15 remaining = 4 captains + 19 crew; 4 boats; "
            "3 teenagers; 11 Malaysian fishermen on 2 trawlers; 3 warships; about 300 marines / hundreds of troops"},
    {"articles": [P, J], "claims": ["p.n7", "j.n11"],
     "why": "AP's 'hundreds of troops' has no single amount; it does not contradict the Tribune's 'about 300 marines'"},
    {"articles": [R, P, J], "claims": ["r.c1", "p.c1", "j.c1"],
     "why": "'by Friday', 'by the end of the week' and 'on Friday' are the same deadline (Friday 13 November)"},
    {"articles": [R, P], "claims": ["r.q1", "p.s1"],
     "why": "Malaysia's and Indonesia's positions on where the boats were stopped are the parties' claims, not a "
            "discrepancy between outlets"},
    {"articles": [R, P], "claims": ["r.q2", "p.q3"],
     "why": "Arya's 'where their fathers fished' (to Reuters) and 'where their families have always fished' (AP) are "
            "two different remarks, not one quote rendered two ways"},
    {"articles": [R, J], "claims": [],
     "why": "'Related:' headlines carry other articles' numbers ('23 detained fishermen'): links, not claims"},
]


def gold(event_note, entities, articles, claims, findings, traps):
    return gold_file(EVENT + event_note, TYPES, EXHAUSTIVE, entities, articles, claims, findings, traps)


ENT_COMMON = {
    ARYA: ["Arya Wiratama Lubis", "Arya", "Menlu RI", "Menteri Luar Negeri RI", "Indonesia's top diplomat",
           "the top diplomat", "menlu berusia 58 tahun itu", "the 58-year-old minister", "Foreign Minister Arya"],
    KAM: ["Kamarul Ariffin Yusof", "Kamarul Arifin Yusof", "Datuk Seri Kamarul Ariffin Yusof", "Kamarul",
          "Kamarul Arifin", "Menlu Malaysia", "Malaysian Foreign Minister", "The 61-year-old minister"],
    RIZAL: ["Rizal Fadhillah Nasution", "Rizal", "Juru Bicara Kemlu", "foreign ministry spokesman"],
    "Indonesian foreign ministry": ["Kemlu", "Kementerian Luar Negeri", "Indonesia's foreign ministry"],
    "Malaysia": ["Malaysia", "Kuala Lumpur", "APMM", "Agensi Penguatkuasaan Maritim Malaysia",
                 "Malaysian maritime authorities", "Malaysian maritime enforcement vessels"],
    "Indonesia": ["Indonesia", "Jakarta"],
    "Bangkok": ["Bangkok", "Hotel Chao Phraya Grand", "Chao Phraya Grand Hotel", "the Thai capital"],
    "Ambalat": ["Blok Ambalat", "Ambalat", "the Ambalat block", "perairan Ambalat"],
    "Tawau": ["Tawau", "Sabah"],
    "Nunukan": ["Nunukan", "Kalimantan Utara", "North Kalimantan", "Nunukan Timur", "Pelabuhan Tunon Taka"],
}
id_entities = dict(ENT_COMMON, **{
    "Sumiati": ["Sumiati", "istri salah seorang nakhoda"],
    "Baharuddin Lagaligo": ["Baharuddin Lagaligo", "Baharuddin", "Ketua Himpunan Nelayan Nunukan (HNN)"],
    "Yusran Pallawa": ["Yusran Pallawa", "Kepala Dinas Perikanan Nunukan"],
    "Nunukan regency government": ["Pemerintah Kabupaten Nunukan"],
})
en_entities = dict(ENT_COMMON, **{
    "Indonesian Navy": ["The Indonesian Navy"],
    "Bernama": ["Bernama", "Malaysia's national news agency"],
})

for lang, g in (("id", gold("; the Indonesian folder", id_entities, id_articles, id_claims, id_findings, id_traps)),
                ("en", gold("; the English folder", en_entities, en_articles, en_claims, en_findings, en_traps))):
    path = os.path.join(HERE, lang, "gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
        path, len(g["articles"]), len(g["claims"]), sum(c["core"] for c in g["claims"]), len(g["findings"]),
        len(g["traps"])))
