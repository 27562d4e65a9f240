#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for talks-us-china-vienna-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <event folder>/<lang>/gold.json`; write_gold keeps
spans already filled for unchanged evidence).

Event (invented, written for claimdiff's evaluation): US Secretary of State Daniel Whitacre (61, a former senator) and
China's foreign minister Tang Weiheng meet at the Hofburg in Vienna (Austria hosts, does not take part) on Tuesday
20 October 2026 over a standoff that began at about 05.00 local on Saturday 10 October (21.00 GMT Friday 9 October),
when Chinese coast guard ships surrounded the unarmed US Navy survey ship USNS Marie Tharp (46 civilian crew and
scientists) about 70 nautical miles southeast of the Paracel Islands. A US destroyer has been about 10 nautical miles
away since 13 October. Announced by the State Department in Washington on Friday 16 October; scheduled 10.00-14.00,
four hours. Held: about two and a half hours (Reuters, AP, CNN Indonesia, detikNews; ANTARA's translation of Reuters:
'sekitar tiga setengah jam'), beginning with a 40-minute one-on-one (AP); AFP: less than two hours. Separate press
conferences (Whitacre at the US embassy; Tang for Chinese media at a hotel). China handed over a written proposal; the
US will answer in writing next week / within a week. Deputies to meet before the end of November. No breakthrough.
Chinese vessels around the ship: at least 12 (US Seventh Fleet, Friday 16 Oct); 23 (Pentagon, Monday 19 Oct), revised
to 19 on Tuesday (four were fishing boats passing through); 21 on Tuesday (AFP, an anonymous US defence official);
15 on Wednesday morning (US Navy). Previous meeting: Kuala Lumpur, July 2026, about 50 minutes.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-us-china-vienna-2026')
EVENT = ("Talks between US Secretary of State Daniel Whitacre and China's foreign minister Tang Weiheng at the "
         "Hofburg, Vienna, Tuesday 2026-10-20, over a standoff around the US survey ship USNS Marie Tharp in the "
         "South China Sea since 2026-10-10 (written for claimdiff's evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

WHIT, TANG, CAST, FU, BRAND, RAHMAT, ARIF = ("Daniel Whitacre", "Tang Weiheng", "Megan Castellano", "Fu Lanying",
                                            "Helena Brandstetter", "Rahmat Hidayatullah", "Arif Saragih")
US, CN = "United States", "China"
BOTH = "Daniel Whitacre and Tang Weiheng"
CNFM = "Chinese foreign ministry"
MEET = "talks of the two foreign ministers"
STAND = "standoff around the USNS Marie Tharp"
SHIPS = "Chinese vessels around the USNS Marie Tharp"
CREW = "civilian crew and scientists on the survey ship"
HOF = "Hofburg"
SCS = "South China Sea"
PAR = "Paracel Islands"
PREV = "previous meeting (July 2026)"
WRIT = "deliver a written response to China's proposal"
DEP = "hold deputy-level talks"
TALK = "keep talking"
STAY = "keep the survey ship on station"
ANN = "announcement of the talks"
PC = "press conference after the talks"

# ---------------------------------------------------------------------------------------------- Indonesian
K1, CI, TR, AN, DT = ("01_kompas_sabtu-preview.txt", "02_cnnindonesia_selasa-malam.html",
                      "03_tribunnews_selasa-malam.txt", "04_antara_reuters_selasa-malam.json",
                      "05_detik_kamis-pagi.txt")
id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-10-17T08:15+07:00", "cites": ["Reuters", "AFP"],
         "note": "PREVIEW (WASHINGTON dateline): announced by the State Department on Jumat (16/10/2026) for Selasa "
                 "(20/10/2026); from 10.00, 'dijadwalkan berlangsung empat jam' is a plan; 'sedikitnya 12 kapal China' "
                 "as of Friday (US Seventh Fleet); background: Kuala Lumpur, July 2026, about 50 minutes; a 'Baca "
                 "juga' headline with '46 Awak'"},
    CI: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-10-20T20:40+07:00", "cites": [],
         "note": "HTML page (byline <div>, <figcaption> and the related <div> are not in the extracted text); "
                 "Jakarta dateline; its lead dates the talks 'Rabu (21/10/2026)', a day late (published on Tuesday "
                 "evening; every other outlet says Selasa 20/10); about two and a half hours; 19 ships 'direvisi dari "
                 "23' with the reason; Indonesian analyst"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-10-20T21:55+07:00", "cites": ["AFP"],
         "note": "after AFP; WINA dateline; spells the US secretary 'Daniel Whitaker'; headline 'Berunding 4 Jam' "
                 "(the schedule) while its body says 'kurang dari dua jam'; gives Tang's 'AS datang ke Wina untuk "
                 "berbicara, dan China datang untuk mendengar...' to Whitaker; 21 ships (AFP's defence official)"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-10-20T22:05+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_tuesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'about two and a half "
                 "hours' became 'sekitar tiga setengah jam'; renders the wire's three quotations; drops the byline "
                 "and the Related line, adds its own Baca juga and 'Sumber: Reuters'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-10-22T08:30+07:00", "cites": [],
         "note": "Thursday morning WIB follow-up (Jakarta dateline) on Wednesday's events in Washington and Beijing; "
                 "written answer 'dalam sepekan'; 40-minute one-on-one; 15 ships Wednesday morning; renders two of "
                 "AP's quotations (uncredited); Kemlu RI spokesperson"},
}

id_claims = [
    # 01 Kompas.com preview (Saturday)
    L("k1.l0", K1, "Akan Bertemu di Wina", "Vienna", core=False, zone="HEADLINE"),
    T("k1.t0", K1, "Akan Bertemu di Wina Selasa", MEET, "2026-10-20", "TUESDAY", core=False, zone="HEADLINE"),
    L("k1.l00", K1, "Ketegangan di Laut China Selatan", SCS, core=False, zone="HEADLINE", event=STAND),
    L("k1.l1", K1, "akan bertemu di Wina, Austria", "Vienna", note="the planned place"),
    T("k1.t1", K1, "Wina, Austria, Selasa (20/10/2026)", MEET, "2026-10-20", "TUESDAY",
      note="the planned date, stated four days before"),
    T("k1.t2", K1, "di Washington, Jumat (16/10/2026)", ANN, "2026-10-16", "FRIDAY", core=False,
      note="the announcement date, not the date of the talks"),
    L("k1.l2", K1, "diumumkan Departemen Luar Negeri AS di Washington", "Washington", core=False, event=ANN,
      note="where the talks were announced"),
    S("k1.s1", K1, "Juru bicara Departemen Luar Negeri AS Megan Castellano mengatakan, kedua menteri akan berunding "
                   "di Istana Hofburg mulai pukul 10.00 waktu setempat", CAST),
    L("k1.l3", K1, "akan berunding di Istana Hofburg", "Vienna", venue=HOF, note="planned venue"),
    T("k1.t3", K1, "mulai pukul 10.00 waktu setempat", "start of the talks (planned)", "2026-10-20", "TUESDAY",
      core=False, expected=True),
    D("k1.d1", K1, "Perundingan itu dijadwalkan berlangsung empat jam", 240, "talks (scheduled)", expected=True,
      note="the plan, not what happened"),
    Q("k1.q1", K1, "Menteri akan datang ke Wina dengan satu pesan: kapal kami berada di perairan internasional dan "
                   "akan tetap di sana", CAST),
    K("k1.c1", K1, "kapal kami berada di perairan internasional dan akan tetap di sana", US, STAY, None, None,
      core=False, note="in Castellano's quote"),
    T("k1.t4", K1, "bermula pada Sabtu (10/10/2026)", STAND, "2026-10-10", "SATURDAY"),
    L("k1.l4", K1, "di tenggara Kepulauan Paracel, Laut China Selatan", PAR, event=STAND),
    N("k1.n1", K1, "sedikitnya 12 kapal China", 12, SHIPS, bound="at-least", as_of="2026-10-16",
      note="US Seventh Fleet's count as of Friday"),
    T("k1.t5", K1, "Hingga Jumat", "vessel count (as of)", "2026-10-16", "FRIDAY", core=False),
    K("k1.c2", K1, "Kementerian Luar Negeri Austria menyatakan akan menyediakan tempat dan keamanan", "Austria",
      "provide the venue and security", BOTH, None),
    L("k1.l5", K1, "terakhir bertemu di Kuala Lumpur, Malaysia", "Kuala Lumpur", core=False, event=PREV,
      note="background"),
    T("k1.t6", K1, "pada Juli 2026", PREV, "2026-07", None, core=False, note="background"),
    D("k1.d2", K1, "Pertemuan itu hanya berlangsung sekitar 50 menit", 50, PREV, core=False, bound="about",
      note="background"),
    A("k1.a1", K1, "Sumber: Reuters", "Reuters", core=False, note="credit line"),
    A("k1.a2", K1, "Reuters, AFP", "AFP", core=False, note="credit line"),

    # 02 CNN Indonesia (HTML, Tuesday evening)
    D("c.d0", CI, "Berunding 2,5 Jam", 150, "talks", core=False, zone="HEADLINE"),
    L("c.l0", CI, "di Wina, Tak Ada Terobosan", "Vienna", core=False, zone="HEADLINE"),
    D("c.d1", CI, "berunding sekitar dua setengah jam", 150, "talks", bound="about"),
    L("c.l1", CI, "di Istana Hofburg, Wina, Austria", "Vienna", venue=HOF),
    T("c.t1", CI, "Wina, Austria, Rabu (21/10/2026)", MEET, "2026-10-21", "WEDNESDAY",
      note="wrong date as written: the talks were on Tuesday 20 October (the article itself was published on "
           "Tuesday evening)"),
    D("c.d2", CI, "semula dijadwalkan empat jam", 240, "talks (scheduled)", expected=True),
    L("c.l2", CI, "berakhir tanpa terobosan untuk mengakhiri kebuntuan di Laut China Selatan", SCS, core=False,
      event=STAND),
    S("c.s0", CI, "Perundingan yang semula dijadwalkan empat jam itu berakhir tanpa terobosan", "CNN Indonesia",
      note="no breakthrough"),
    L("c.l3", CI, "Whitacre berbicara di Kedutaan Besar AS", "Vienna", core=False, venue="US embassy", event=PC,
      note="place of his press conference"),
    L("c.l4", CI, "kepada media China di sebuah hotel", "Vienna", core=False, venue="a hotel", event=PC,
      note="Tang's separate briefing"),
    S("c.s1", CI, "Whitacre mengatakan China menyerahkan usulan tertulis soal aturan jarak aman antara kapal kedua "
                  "negara", WHIT),
    K("c.c1", CI, "Washington, katanya, akan memberikan tanggapan tertulis pekan depan", US, WRIT, CN, "next week"),
    Q("c.q1", CI, "Kami mendengarkan, kami membantah, dan kami akan menjawab di atas kertas", WHIT),
    K("c.c2", CI, "kami akan menjawab di atas kertas", US, WRIT, CN, None, core=False, note="in Whitacre's quote"),
    S("c.s2", CI, "Tang menyebut AS datang ke Wina untuk berbicara, dan kini harus membuktikan bahwa Washington juga "
                  "mau \"mendengarkan\"", TANG),
    Q("c.q2", CI, "mendengarkan", TANG, core=False, fragment=True, occurrence=2, note="one word quoted inside reported speech"),
    N("c.n1", CI, "Pentagon menyebut 19 kapal China", 19, SHIPS, as_of="2026-10-20"),
    N("c.n2", CI, "direvisi dari 23 kapal", 23, SHIPS, core=False, as_of="2026-10-19", revision="direvisi",
      note="the superseded Monday figure"),
    T("c.t2", CI, "disampaikan Senin", "vessel count (as of)", "2026-10-19", "MONDAY", core=False),
    N("c.n3", CI, "empat di antaranya ternyata kapal nelayan", 4, "fishing boats removed from the count",
      core=False, note="the reason for the revision"),
    N("c.n4", CI, "membawa 46 awak sipil dan ilmuwan", 46, CREW),
    K("c.c3", CI, "Kedua pihak sepakat melanjutkan pembicaraan di tingkat wakil menteri sebelum akhir November",
      BOTH, DEP, None, "before the end of November 2026"),
    Q("c.q3", CI, "Selama dua kekuatan besar itu masih mau duduk satu meja, risiko insiden di Laut China Selatan bisa "
                  "ditekan. Itu kepentingan langsung kawasan, termasuk Indonesia", RAHMAT),
    T("c.t3", CI, "saat dihubungi, Selasa malam", "analyst interviewed", "2026-10-20", "TUESDAY", core=False),
    S("c.s3", CI, "Ia memperkirakan tidak akan ada kesepakatan besar sebelum tanggapan tertulis AS diterima Beijing",
      RAHMAT, core=False),

    # 03 Tribunnews (after AFP)
    D("t.d0", TR, "Berunding 4 Jam di Wina", 240, "talks", zone="HEADLINE",
      note="the headline gives the schedule as what happened; the body says less than two hours"),
    L("t.l0", TR, "4 Jam di Wina", "Vienna", core=False, zone="HEADLINE"),
    L("t.l1", TR, "bertemu di Wina, Austria", "Vienna"),
    T("t.t1", TR, "Wina, Austria, Selasa (20/10/2026)", MEET, "2026-10-20", "TUESDAY"),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    L("t.l2", TR, "pertemuan di Istana Hofburg", "Vienna", venue=HOF),
    D("t.d1", TR, "berlangsung kurang dari dua jam", 120, "talks", bound="less-than"),
    T("t.t2", TR, "mulai berunding pukul 10.00 waktu setempat", "start of the talks", "2026-10-20", "TUESDAY",
      core=False),
    T("t.t3", TR, "menjelang tengah hari", "Chinese delegation leaves", "2026-10-20", "TUESDAY", core=False),
    Q("t.q1", TR, "Amerika Serikat datang ke Wina untuk berbicara, dan China datang untuk mendengar. Sekarang kita "
                  "lihat apakah Washington juga datang untuk mendengar", WHIT,
      note="misattributed: Tang's words (AFP and ANTARA give them to Tang)"),
    Q("t.q2", TR, "terus terang, kadang sangat terus terang", WHIT, fragment=True,
      note="partial quote; 'Menteri berusia 61 tahun itu'"),
    K("t.c1", TR, "Whitaker berjanji Washington akan memberikan jawaban tertulis kepada China dalam waktu sepekan",
      US, WRIT, CN, "within a week"),
    N("t.n1", TR, "sebanyak 21 kapal China", 21, SHIPS, as_of="2026-10-20", note="an anonymous US defence official"),
    T("t.t4", TR, "USNS Marie Tharp pada Selasa", "vessel count (as of)", "2026-10-20", "TUESDAY", core=False),
    S("t.s1", TR, "Kementerian Luar Negeri China menyatakan kapal-kapalnya sedang menegakkan hukum China di perairan "
                  "China", CNFM),
    S("t.s2", TR, "Helena Brandstetter, menilai kedua menteri sama-sama perlu terlihat berunding, tetapi tidak ada "
                  "yang mampu terlihat mengalah", BRAND),
    K("t.c2", TR, "Istana Hofburg tetap tersedia jika kedua pihak ingin kembali berunding", "Austria",
      "keep the Hofburg available for further talks", BOTH, None, core=False),

    # 04 ANTARA (translation of Reuters)
    L("a.l0", AN, "tanpa terobosan di Wina", "Vienna", core=False, zone="HEADLINE"),
    K("a.c0", AN, "AS dan China sepakat terus berunding", BOTH, TALK, None, None, core=False, zone="HEADLINE"),
    K("a.c1", AN, "pada Selasa sepakat untuk terus berunding mengenai kebuntuan", BOTH, TALK, None, None),
    T("a.t1", AN, "Tang Weiheng pada Selasa sepakat", MEET, "2026-10-20", "TUESDAY"),
    L("a.l1", AN, "kapal-kapal kedua negara di Laut China Selatan", SCS, core=False, event=STAND),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    L("a.l2", AN, "Perundingan di Istana Hofburg, Wina", "Vienna", venue=HOF),
    D("a.d1", AN, "berlangsung sekitar tiga setengah jam", 210, "talks", bound="about",
      note="CHANGED in translation: the Reuters wire says about two and a half hours"),
    D("a.d2", AN, "empat jam yang disediakan tuan rumah Austria", 240, "talks (scheduled)", expected=True),
    L("a.l3", AN, "Dalam jumpa pers di Kedutaan Besar AS", "Vienna", core=False, venue="US embassy", event=PC),
    S("a.s1", AN, "Whitacre mengatakan China telah menyerahkan usulan tertulis tentang cara angkatan laut kedua "
                  "negara menjaga jarak", WHIT),
    K("a.c2", AN, "Washington akan menyampaikan tanggapan tertulis pekan depan", US, WRIT, CN, "next week"),
    Q("a.q1", AN, "Kami mendengarkan, kami membantah, dan kami akan menjawab di atas kertas", WHIT),
    K("a.c3", AN, "kami akan menjawab di atas kertas", US, WRIT, CN, None, core=False, note="in Whitacre's quote"),
    Q("a.q2", AN, "Jangan ada yang mengira percakapan sebagai konsesi. Kapal survei itu berada di perairan "
                  "internasional dan akan tetap di sana", WHIT),
    K("a.c4", AN, "Kapal survei itu berada di perairan internasional dan akan tetap di sana", US, STAY, None, None,
      core=False, note="in Whitacre's quote"),
    L("a.l4", AN, "di sebuah hotel di sisi lain kota", "Vienna", core=False, venue="a hotel", event=PC,
      note="Tang's separate briefing"),
    Q("a.q3", AN, "Amerika Serikat datang ke Wina untuk berbicara, dan China datang untuk mendengarkan. Sekarang "
                  "kita lihat apakah Washington juga datang untuk mendengarkan", TANG),
    T("a.t2", AN, "sekitar pukul 05.00 pada Sabtu, 10 Oktober", STAND, "2026-10-10", "SATURDAY"),
    T("a.t3", AN, "21.00 GMT Jumat", STAND, "2026-10-09", "FRIDAY", core=False,
      note="GMT date of 05.00 Saturday local"),
    N("a.n1", AN, "dengan 46 awak sipil dan ilmuwan", 46, CREW),
    L("a.l5", AN, "sekitar 70 mil laut di tenggara Kepulauan Paracel", PAR, event=STAND),
    N("a.n2", AN, "sekitar 70 mil laut", 70, "distance from the Paracel Islands (nautical miles)", core=False,
      bound="about"),
    N("a.n3", AN, "Pentagon pada Selasa menyebut 19 kapal China", 19, SHIPS, as_of="2026-10-20"),
    N("a.n4", AN, "merevisi angka 23 kapal", 23, SHIPS, core=False, as_of="2026-10-19", revision="merevisi"),
    T("a.t4", AN, "disampaikan pada Senin", "vessel count (as of)", "2026-10-19", "MONDAY", core=False),
    N("a.n5", AN, "empat di antaranya diketahui sebagai kapal nelayan", 4, "fishing boats removed from the count",
      core=False),
    N("a.n6", AN, "sekitar 10 mil laut dari Marie Tharp", 10, "destroyer's distance from the survey ship (nautical miles)",
      core=False, bound="about"),
    T("a.t5", AN, "sejak 13 Oktober", "US destroyer stationed", "2026-10-13", None, core=False),
    K("a.c5", AN, "para wakil menteri mereka akan bertemu sebelum akhir November", BOTH, DEP, None,
      "before the end of November 2026"),
    T("a.t6", AN, "terakhir bertemu pada Juli", PREV, "2026-07", None, core=False, note="background"),
    L("a.l6", AN, "pertemuan regional di Kuala Lumpur", "Kuala Lumpur", core=False, event=PREV, note="background"),
    D("a.d3", AN, "pembicaraan sekitar 50 menit", 50, PREV, core=False, bound="about", note="background"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", core=False, note="credit line"),

    # 05 detikNews (Thursday morning WIB)
    K("d.c0", DT, "AS Janji Jawab Usulan China Secara Tertulis dalam Sepekan", US, WRIT, CN, "within a week",
      core=False, zone="HEADLINE"),
    K("d.c1", DT, "berjanji akan menjawab usulan China soal Laut China Selatan secara tertulis dalam waktu sepekan",
      US, WRIT, CN, "within a week"),
    L("d.l7", DT, "usulan China soal Laut China Selatan", SCS, core=False, event=STAND),
    L("d.l1", DT, "setibanya di Pangkalan Gabungan Andrews, Washington", "Washington", core=False,
      venue="Joint Base Andrews", note="where he spoke on his return, not the venue of the talks"),
    T("d.t1", DT, "Washington, Rabu (21/10) waktu setempat", "Whitacre's return to Washington", "2026-10-21",
      "WEDNESDAY", core=False),
    L("d.l2", DT, "di Wina, Austria", "Vienna"),
    Q("d.q1", DT, "Kami akan menuliskan jawaban kami dalam sepekan, dan kami tidak akan mengubah keadaan di laut "
                  "selama kami menulisnya", WHIT),
    K("d.c2", DT, "Kami akan menuliskan jawaban kami dalam sepekan", US, WRIT, CN, "within a week", core=False,
      note="in Whitacre's quote"),
    L("d.l3", DT, "Perundingan di Istana Hofburg", "Vienna", venue=HOF),
    T("d.t2", DT, "Istana Hofburg pada Selasa (20/10)", MEET, "2026-10-20", "TUESDAY"),
    D("d.d1", DT, "berlangsung sekitar dua setengah jam", 150, "talks", bound="about"),
    D("d.d2", DT, "pertemuan empat mata selama 40 menit", 40, "one-on-one meeting"),
    T("d.t3", DT, "dijadwalkan pukul 10.00 hingga 14.00 waktu Wina", "talks (scheduled)", "2026-10-20", None,
      core=False, expected=True),
    D("d.d3", DT, "pukul 10.00 hingga 14.00", 240, "talks (scheduled)", expected=True,
      note="the schedule, a four-hour slot"),
    K("d.c3", DT, "kapal survei USNS Marie Tharp akan tetap melanjutkan tugasnya", US, STAY, None, None,
      core=False),
    L("d.l4", DT, "Dari Beijing", "Beijing", core=False, note="where the spokesperson spoke"),
    S("d.s1", DT, "Fu Lanying menolak klaim AS bahwa kapal itu berada di perairan internasional", FU),
    Q("d.q2", DT, "Penjaga pantai China sedang melakukan penegakan hukum rutin di perairan di bawah yurisdiksi China. "
                  "Tidak ada yang dikepung", FU),
    T("d.t4", DT, "dalam jumpa pers rutin, Rabu", "Chinese foreign ministry briefing", "2026-10-21", "WEDNESDAY",
      core=False),
    K("d.c4", DT, "Beijing akan mempelajari setiap jawaban AS dengan serius", CN, "study the US reply seriously",
      US, None),
    N("d.n1", DT, "berkurang menjadi 15 kapal", 15, SHIPS, as_of="2026-10-21", note="US Navy, Wednesday morning"),
    T("d.t5", DT, "15 kapal pada Rabu pagi", "vessel count (as of)", "2026-10-21", "WEDNESDAY", core=False),
    L("d.l6", DT, "berlayar kembali ke arah Hainan", "Hainan", core=False,
      note="where some coast guard ships headed"),
    K("d.c5", DT, "Pembicaraan di tingkat wakil menteri dijadwalkan digelar sebelum akhir November", BOTH, DEP, None,
      "before the end of November 2026"),
    Q("d.q3", DT, "Kami akan terus memantau situasi dan mendorong semua pihak menyelesaikan perbedaan melalui dialog",
      ARIF),
    K("d.c6", DT, "Kami akan terus memantau situasi", "Indonesian foreign ministry", "keep monitoring the situation",
      None, None, core=False, note="in Arif's quote"),
    L("d.l5", DT, "Arif Saragih di Jakarta", "Jakarta", core=False, note="where the Kemlu RI spokesperson spoke"),
    T("d.t6", DT, "di Jakarta, Rabu (21/10)", "Kemlu RI statement", "2026-10-21", "WEDNESDAY", core=False),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k1.n1", "c.n2", "c.n1", "d.n1"],
     "summary": "Chinese vessels around the Marie Tharp: at least 12 on Friday (US Seventh Fleet, 01), 23 on Monday "
                "(Pentagon), revised ('direvisi') to 19 on Tuesday because four were fishing boats passing through "
                "(02, 04), 15 on Wednesday morning (US Navy, 05)."},
    {"id": "F2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["t.n1", "c.n1", "a.n3"],
     "summary": "Chinese vessels on Tuesday: 21 (Tribunnews after AFP, an anonymous US defence official) vs 19 "
                "(CNN Indonesia, ANTARA after Reuters, the Pentagon)."},
    {"id": "F3", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["a.d1", "c.d1", "d.d1", "t.d1"],
     "summary": "Length of the talks: about two and a half hours (CNN Indonesia, detikNews), about three and a half "
                "hours (ANTARA; its source Reuters says two and a half), less than two hours (Tribunnews after AFP)."},
    {"id": "F4", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "t.t1", "a.t1", "d.t2"],
     "summary": "CNN Indonesia dates the talks 'Rabu (21/10/2026)'; Tribunnews, ANTARA and detikNews say Selasa "
                "(20/10) (and the preview announced Selasa 20/10)."},
    {"id": "F5", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "a.q3"],
     "summary": "'Amerika Serikat datang ke Wina untuk berbicara, dan China datang untuk mendengar(kan)...' is "
                "Tang's in ANTARA (after Reuters), Whitaker's in Tribunnews (AFP gives it to Tang)."},
    {"id": "F6", "kind": "INCONSISTENCY", "type": "DURATION", "claims": ["t.d0", "t.d1"],
     "summary": "Tribunnews: the headline says 'Berunding 4 Jam' (the scheduled slot), its body says the meeting "
                "lasted less than two hours."},
    {"id": "F7", "kind": "VARIANT", "type": "ENTITY", "values": ["Daniel Whitacre", "Daniel Whitaker"],
     "articles": [K1, CI, TR, AN, DT],
     "summary": "The US secretary of state: Whitacre (Kompas.com, CNN Indonesia, ANTARA, detikNews), Whitaker "
                "(Tribunnews); one person."},
    {"id": "F8", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t1", "t.t1", "a.t1", "d.t2"],
     "summary": "The talks on Selasa 20 October 2026 (announced in the preview, reported by 03, 04, 05)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l3", "c.l1", "t.l2", "a.l2", "d.l3"],
     "summary": "The talks at the Hofburg (Istana Hofburg), Vienna (all five)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k1.d1", "c.d2", "a.d2", "d.d3"],
     "summary": "Four hours had been scheduled (10.00 to 14.00)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d1", "d.d1"],
     "summary": "The talks lasted about two and a half hours (CNN Indonesia, detikNews)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c1", "a.c2", "t.c1", "d.c1"],
     "summary": "The US will answer China's proposal in writing next week (CNN Indonesia, ANTARA) / within a week "
                "(Tribunnews, detikNews)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c3", "a.c5", "d.c5"],
     "summary": "Deputy-level talks before the end of November."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["c.q1", "a.q1"],
     "summary": "Whitacre: 'Kami mendengarkan, kami membantah, dan kami akan menjawab di atas kertas' (CNN Indonesia, "
                "ANTARA)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n1", "a.n3"],
     "summary": "19 Chinese vessels on Tuesday, per the Pentagon, revised from 23 (CNN Indonesia, ANTARA)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n4", "a.n1"],
     "summary": "46 civilian crew and scientists on the survey ship."},
    {"id": "F17", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["k1.t4", "a.t2"],
     "summary": "The standoff began on Saturday 10 October."},
    {"id": "F18", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k1.l4", "a.l5"],
     "summary": "The standoff is southeast of the Paracel Islands."},
]

id_traps = [
    {"articles": [K1, CI, AN, DT], "claims": ["k1.d1", "c.d2", "a.d2", "d.d3", "c.d1", "d.d1"],
     "why": "the four hours scheduled vs about two and a half hours held: schedule vs what happened"},
    {"articles": [K1], "claims": ["k1.t2", "k1.t1"],
     "why": "the preview's announcement date (Jumat 16/10) vs the date of the talks (Selasa 20/10)"},
    {"articles": [K1, CI, AN, DT], "claims": ["k1.n1", "c.n2", "c.n1", "a.n4", "a.n3", "d.n1"],
     "why": "12 (Friday), 23 (Monday), 19 (Tuesday, revised), 15 (Wednesday) are counts at different times; 23 -> "
            "19 is a stated revision, not a disagreement"},
    {"articles": [CI, AN], "claims": ["c.n3", "a.n5", "c.n4", "a.n1"],
     "why": "different things counted: four fishing boats removed from the count; 46 crew on the survey ship"},
    {"articles": [K1, AN], "claims": ["k1.l5", "k1.t6", "k1.d2", "a.l6", "a.t6", "a.d3"],
     "why": "background: the previous meeting in Kuala Lumpur (July 2026, about 50 minutes) is another event"},
    {"articles": [AN], "claims": ["a.t3", "a.t2"],
     "why": "'21.00 GMT Jumat' is the GMT date of 05.00 Saturday local: same moment"},
    {"articles": [CI, AN, DT], "claims": ["c.l3", "c.l4", "a.l4", "d.l1", "d.l4", "d.l5", "k1.l2", "d.l6"],
     "why": "datelines (WASHINGTON for the preview, Jakarta for CNN Indonesia and detikNews), the US embassy, a "
            "hotel, Joint Base Andrews, Beijing, Hainan, Jakarta and Washington are where people spoke, "
            "not the venue of the talks (the Hofburg)"},
    {"articles": [CI, TR, AN, DT], "claims": ["c.c1", "a.c2", "t.c1", "d.c1"],
     "why": "'pekan depan' (said Tuesday) and 'dalam sepekan' are the same deadline in different words"},
    {"articles": [DT], "claims": ["d.d2", "d.d1"],
     "why": "the 40-minute one-on-one is part of the two and a half hours, not a rival length"},
    {"articles": [DT], "claims": ["d.t1", "d.t4", "d.t2"],
     "why": "detikNews (Thursday WIB) reports Wednesday's statements in Washington and Beijing; the talks were on "
            "Tuesday"},
    {"articles": [K1, CI, DT], "claims": [],
     "why": "'Baca juga' headlines carry other stories' numbers ('46 Awak', '23 Kapal', '19 Kapal'): links, not claims"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, AP = "01_reuters_tuesday.txt", "02_afp_tuesday.html", "03_ap_wednesday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-10-20T11:48Z", "cites": [],
        "note": "VIENNA dateline; about two and a half hours of four scheduled; written response next week; 19 ships "
                "(Pentagon), revised from 23 (four fishing boats); standoff from about 5 a.m. Saturday Oct. 10 (2100 "
                "GMT Friday); three quotations (two Whitacre, one Tang) that ANTARA translates; Related line with 23"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-10-20T13:25Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> dropped); less than two hours (start 10:00, "
                "Chinese cars left shortly before noon); 21 vessels (anonymous US defence official); 'the 61-year-old "
                "secretary of state'; written answer within a week; Austrian analyst"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-10-21T19:40Z", "cites": [],
         "note": ".json record; WASHINGTON dateline, Wednesday; 40-minute one-on-one within about two and a half "
                 "hours; scheduled 10 a.m. to 2 p.m.; within a week; Beijing spokesperson Fu; 15 vessels Wednesday "
                 "morning (US Navy); deputies before end of November"},
}

en_claims = [
    # Reuters
    K("r.c0", R, "U.S., China agree to keep talking on sea standoff", BOTH, TALK, None, None, core=False,
      zone="HEADLINE"),
    L("r.l0", R, "no breakthrough in Vienna", "Vienna", core=False, zone="HEADLINE"),
    K("r.c1", R, "agreed on Tuesday to keep talking about a tense standoff", BOTH, TALK, None, None),
    T("r.t1", R, "Tang Weiheng agreed on Tuesday", MEET, "2026-10-20", "TUESDAY"),
    L("r.l1", R, "between their ships in the South China Sea", SCS, core=False, event=STAND),
    S("r.s0", R, "their first meeting since the crisis began produced no breakthrough", "Reuters", note="no breakthrough; the outlet's own summary"),
    L("r.l2", R, "The talks at the Hofburg palace in Vienna", "Vienna", venue=HOF),
    D("r.d1", R, "lasted about two and a half hours", 150, "talks", bound="about"),
    D("r.d2", R, "well short of the four hours Austrian hosts had set aside", 240, "talks (scheduled)",
      expected=True),
    L("r.l3", R, "a news conference at the U.S. embassy", "Vienna", core=False, venue="US embassy", event=PC),
    S("r.s1", R, "Whitacre told a news conference at the U.S. embassy afterwards that China had handed over a written "
                 "proposal on how the two navies should keep their distance", WHIT),
    K("r.c2", R, "Washington would deliver a written response next week", US, WRIT, CN, "next week"),
    Q("r.q1", R, "We listened, we pushed back, and we will answer on paper", WHIT),
    K("r.c3", R, "we will answer on paper", US, WRIT, CN, None, core=False, note="in Whitacre's quote"),
    Q("r.q2", R, "Nobody should mistake a conversation for a concession. That survey ship is in international waters "
                 "and it is staying there", WHIT),
    K("r.c4", R, "it is staying there", US, STAY, None, None, core=False, note="in Whitacre's quote"),
    L("r.l4", R, "at a hotel across the city", "Vienna", core=False, venue="a hotel", event=PC),
    Q("r.q3", R, "The United States came to Vienna to talk, and China came to listen. Now we will see whether "
                 "Washington also came to listen", TANG),
    T("r.t2", R, "at about 5 a.m. on Saturday, Oct. 10", STAND, "2026-10-10", "SATURDAY"),
    T("r.t3", R, "2100 GMT Friday", STAND, "2026-10-09", "FRIDAY", core=False,
      note="GMT date of 5 a.m. Saturday local"),
    N("r.n1", R, "with 46 civilian crew and scientists on board", 46, CREW),
    L("r.l5", R, "about 70 nautical miles southeast of the Paracel Islands", PAR, event=STAND),
    N("r.n2", R, "about 70 nautical miles", 70, "distance from the Paracel Islands (nautical miles)", core=False,
      bound="about"),
    N("r.n3", R, "The Pentagon said on Tuesday that 19 Chinese vessels", 19, SHIPS, as_of="2026-10-20"),
    N("r.n4", R, "revising its Monday figure of 23", 23, SHIPS, core=False, as_of="2026-10-19", revision="revising"),
    N("r.n5", R, "four of them were identified as fishing boats", 4, "fishing boats removed from the count",
      core=False),
    N("r.n6", R, "about 10 nautical miles from the Marie Tharp", 10,
      "destroyer's distance from the survey ship (nautical miles)", core=False, bound="about"),
    T("r.t4", R, "since Oct. 13", "US destroyer stationed", "2026-10-13", None, core=False),
    K("r.c5", R, "their deputies would meet before the end of November", BOTH, DEP, None,
      "before the end of November 2026"),
    T("r.t5", R, "last met in July", PREV, "2026-07", None, core=False, note="background"),
    L("r.l6", R, "a regional meeting in Kuala Lumpur", "Kuala Lumpur", core=False, event=PREV, note="background"),
    D("r.d3", R, "spoke for about 50 minutes", 50, PREV, core=False, bound="about", note="background"),

    # AFP
    D("p.d0", P, "talk for under two hours", 120, "talks", core=False, zone="HEADLINE", bound="less-than"),
    L("p.l0", P, "under two hours in Vienna", "Vienna", core=False, zone="HEADLINE"),
    D("p.d1", P, "met for less than two hours", 120, "talks", bound="less-than"),
    L("p.l1", P, "less than two hours in Vienna", "Vienna"),
    T("p.t1", P, "in Vienna on Tuesday", MEET, "2026-10-20", "TUESDAY"),
    D("p.d2", P, "a ten-day standoff", 14400, STAND, core=False, note="how long the standoff had lasted"),
    L("p.l2", P, "a US survey ship in the South China Sea", SCS, core=False, event=STAND),
    L("p.l3", P, "sat down at the Hofburg", "Vienna", venue=HOF),
    T("p.t2", P, "at 10:00 am", "start of the talks", "2026-10-20", "TUESDAY", core=False),
    T("p.t3", P, "shortly before noon", "Chinese delegation leaves", "2026-10-20", "TUESDAY", core=False),
    Q("p.q1", P, "The United States came to Vienna to talk, and China came to listen. Now we will see whether "
                 "Washington also came to listen", TANG),
    Q("p.q2", P, "frank, at times very frank", WHIT, fragment=True,
      note="attributed by the description 'The 61-year-old secretary of state'"),
    K("p.c1", P, "the survey ship would not leave", US, STAY, None, None, core=False),
    K("p.c2", P, "Whitacre said Washington would give China its answer in writing within a week", US, WRIT, CN,
      "within a week"),
    Q("p.q3", P, "We will keep talking. That is the one thing we agreed on without an argument", WHIT),
    K("p.c3", P, "We will keep talking", BOTH, TALK, None, None, note="in Whitacre's quote"),
    L("p.l4", P, "he told reporters at the US embassy", "Vienna", core=False, venue="US embassy", event=PC),
    N("p.n1", P, "Twenty-one Chinese vessels", 21, SHIPS, as_of="2026-10-20",
      note="an anonymous US defence official"),
    T("p.t4", P, "around the USNS Marie Tharp on Tuesday", "vessel count (as of)", "2026-10-20", "TUESDAY",
      core=False),
    S("p.s1", P, "China's foreign ministry said its ships were enforcing Chinese law in Chinese waters", CNFM),
    Q("p.q4", P, "Both men needed to be seen talking. Neither could afford to be seen giving ground", BRAND),
    L("p.l5", P, "Austrian Institute for International Affairs in Vienna", "Vienna", core=False,
      note="the analyst's institute"),
    K("p.c4", P, "Austria's foreign ministry said it would keep the Hofburg available", "Austria",
      "keep the Hofburg available for further talks", BOTH, None),

    # AP
    K("ap.c0", AP, "US to answer China in writing within a week", US, WRIT, CN, "within a week", core=False,
      zone="HEADLINE"),
    L("ap.l0", AP, "Vienna talks end without deal", "Vienna", core=False, zone="HEADLINE"),
    T("ap.t1", AP, "returned to Washington on Wednesday", "Whitacre's return to Washington", "2026-10-21",
      "WEDNESDAY", core=False),
    K("ap.c1", AP, "promising to answer a Chinese proposal on the South China Sea in writing within a week", US,
      WRIT, CN, "within a week"),
    L("ap.l6", AP, "a Chinese proposal on the South China Sea", SCS, core=False, event=STAND),
    T("ap.t2", AP, "a day after talks in Vienna", MEET, "2026-10-20", None, core=False, note="relative: Tuesday"),
    S("ap.s0", AP, "talks in Vienna that both sides described as frank but that ended without a breakthrough", "AP",
      core=False, note="no breakthrough"),
    D("ap.d1", AP, "met for about two and a half hours", 150, "talks", bound="about"),
    L("ap.l1", AP, "at the Hofburg palace in Vienna", "Vienna", venue=HOF),
    T("ap.t3", AP, "Hofburg palace in Vienna on Tuesday", MEET, "2026-10-20", "TUESDAY"),
    D("ap.d2", AP, "a 40-minute one-on-one session", 40, "one-on-one meeting"),
    D("ap.d3", AP, "scheduled to run from 10 a.m. to 2 p.m.", 240, "talks (scheduled)", expected=True),
    Q("ap.q1", AP, "We will put our answer in writing within a week, and we will not change the facts on the water "
                   "while we write it", WHIT),
    K("ap.c2", AP, "We will put our answer in writing within a week", US, WRIT, CN, "within a week", core=False,
      note="in Whitacre's quote"),
    L("ap.l2", AP, "at Joint Base Andrews on his return", "Washington", core=False, venue="Joint Base Andrews"),
    K("ap.c3", AP, "the survey ship USNS Marie Tharp would continue its work", US, STAY, None, None, core=False,
      note="attributed by the description 'The 61-year-old former senator'"),
    L("ap.l3", AP, "In Beijing", "Beijing", core=False, note="where the spokesperson spoke"),
    K("ap.c4", AP, "China would \"study any reply seriously\"", CN, "study the US reply seriously", US, None),
    Q("ap.q2", AP, "study any reply seriously", FU, fragment=True, core=False),
    S("ap.s1", AP, "rejected U.S. claims that the ship was in international waters", FU),
    Q("ap.q3", AP, "China's coast guard is carrying out routine law enforcement in waters under Chinese "
                   "jurisdiction. Nobody is being surrounded", FU),
    T("ap.t4", AP, "a regular briefing on Wednesday", "Chinese foreign ministry briefing", "2026-10-21", "WEDNESDAY",
      core=False),
    N("ap.n1", AP, "15 Chinese vessels remained", 15, SHIPS, as_of="2026-10-21", note="US Navy"),
    T("ap.t5", AP, "on Wednesday morning", "vessel count (as of)", "2026-10-21", "WEDNESDAY", core=False),
    L("ap.l5", AP, "sailed back toward Hainan overnight", "Hainan", core=False,
      note="where some coast guard ships headed"),
    K("ap.c5", AP, "deputy-level talks would take place before the end of November", BOTH, DEP, None,
      "before the end of November 2026"),
    Q("ap.q4", AP, "keep every channel open, including the military ones", CAST, fragment=True),
    K("ap.c6", AP, "the United States would \"keep every channel open", US, "keep every channel open", CN, None),
    T("ap.t6", AP, "began on Oct. 10", STAND, "2026-10-10", None),
    N("ap.n2", AP, "carries 46 civilian mariners and scientists", 46, CREW),
    L("ap.l4", AP, "southeast of the Paracel Islands", PAR, event=STAND),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d1", "p.d1"],
     "summary": "Length of the talks: about two and a half hours (Reuters, AP) vs less than two hours (AFP)."},
    {"id": "E2", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["r.n3", "p.n1"],
     "summary": "Chinese vessels on Tuesday: 19 (Reuters, the Pentagon) vs 21 (AFP, an anonymous US defence "
                "official)."},
    {"id": "E3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n4", "r.n3", "ap.n1"],
     "summary": "Chinese vessels: 23 (Pentagon, Monday), revised down to 19 on Tuesday (four were fishing boats "
                "passing through), 15 on Wednesday morning (US Navy, AP)."},
    {"id": "E4", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t3"],
     "summary": "The talks were on Tuesday 20 October 2026."},
    {"id": "E5", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l2", "p.l3", "ap.l1"],
     "summary": "The talks were held at the Hofburg in Vienna."},
    {"id": "E6", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "ap.d3"],
     "summary": "Four hours had been scheduled (10 a.m. to 2 p.m.)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "ap.d1"],
     "summary": "The talks lasted about two and a half hours (Reuters, AP)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c2", "p.c2", "ap.c1"],
     "summary": "The US will answer China's proposal in writing next week / within a week."},
    {"id": "E9", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c5", "ap.c5"],
     "summary": "Deputies to meet before the end of November (Reuters, AP)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c3"],
     "summary": "The two sides agreed to keep talking (Reuters, AFP)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q3", "p.q1"],
     "summary": "Tang: 'The United States came to Vienna to talk, and China came to listen...' (Reuters, AFP)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "ap.n2"],
     "summary": "46 civilian crew and scientists on the Marie Tharp (Reuters, AP)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t2", "ap.t6"],
     "summary": "The standoff began on Saturday 10 October (Reuters adds the GMT date, Friday)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l5", "ap.l4"],
     "summary": "The standoff is southeast of the Paracel Islands."},
    {"id": "E15", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "p.l4"],
     "summary": "Whitacre spoke to reporters at the US embassy (Reuters, AFP)."},
]

en_traps = [
    {"articles": [R, AP], "claims": ["r.d2", "ap.d3", "r.d1", "ap.d1"],
     "why": "the four hours scheduled vs about two and a half hours held: schedule vs what happened"},
    {"articles": [AP], "claims": ["ap.d2", "ap.d1"],
     "why": "the 40-minute one-on-one is part of the two and a half hours"},
    {"articles": [R], "claims": ["r.t3", "r.t2"],
     "why": "'2100 GMT Friday' is the GMT date of 5 a.m. Saturday local: the same moment"},
    {"articles": [R, AP], "claims": ["r.n4", "r.n3", "ap.n1"],
     "why": "23 (Monday), 19 (Tuesday, revised) and 15 (Wednesday) are counts at different times"},
    {"articles": [R, AP], "claims": ["r.n5", "r.n1", "ap.n2", "r.n2", "r.n6"],
     "why": "different things counted: four fishing boats, 46 crew, distances in nautical miles"},
    {"articles": [R], "claims": ["r.t5", "r.l6", "r.d3"],
     "why": "background: the previous meeting in Kuala Lumpur (July 2026, about 50 minutes) is another event"},
    {"articles": [R, P, AP], "claims": ["r.l3", "r.l4", "p.l4", "ap.l2", "ap.l3", "p.l5", "ap.l5"],
     "why": "the US embassy, a hotel, the WASHINGTON dateline, Joint Base Andrews, Beijing, Hainan and the "
            "analyst's institute are not the venue of the talks (the Hofburg)"},
    {"articles": [R, P, AP], "claims": ["r.c2", "p.c2", "ap.c1"],
     "why": "'next week' (said Tuesday) and 'within a week' are the same deadline in different words"},
    {"articles": [P], "claims": ["p.d2"],
     "why": "'a ten-day standoff' is how long the standoff had lasted, not the length of the talks"},
    {"articles": [AP], "claims": ["ap.t1", "ap.t4", "ap.t3"],
     "why": "AP's Wednesday (return, Beijing briefing) vs the talks on Tuesday: different days, no conflict"},
    {"articles": [R], "claims": [],
     "why": "the 'Related:' headline carries another article's number ('23 vessels'): a link, not a claim"},
]

ENT_COMMON = {
    WHIT: ["Daniel Whitacre", "Daniel Whitaker", "Whitacre", "Whitaker", "Menlu AS", "Secretary of State",
           "U.S. Secretary of State Daniel Whitacre", "The 61-year-old secretary of state",
           "The 61-year-old former senator", "Menteri berusia 61 tahun itu", "Mantan senator berusia 61 tahun itu"],
    TANG: ["Tang Weiheng", "Tang", "Menlu China", "Menteri Luar Negeri China", "Chinese Foreign Minister"],
    FU: ["Fu Lanying", "Fu", "juru bicara Kementerian Luar Negeri China", "Chinese Foreign Ministry spokesperson"],
    CAST: ["Megan Castellano", "Castellano", "State Department spokesperson",
           "Juru bicara Departemen Luar Negeri AS"],
    CNFM: ["Kementerian Luar Negeri China", "China's foreign ministry"],
    US: ["Amerika Serikat", "AS", "Washington", "United States", "U.S.", "US"],
    CN: ["China", "Beijing"],
    "Austria": ["Austria", "Kementerian Luar Negeri Austria", "Austria's foreign ministry", "Austrian hosts"],
    "Vienna": ["Wina", "Vienna", "Istana Hofburg", "Hofburg"],
}
id_entities = dict(ENT_COMMON, **{
    RAHMAT: ["Rahmat Hidayatullah", "Rahmat", "Pengamat hubungan internasional Universitas Padjadjaran"],
    ARIF: ["Arif Saragih", "juru bicara Kemlu RI"],
    BRAND: ["Helena Brandstetter", "Analis Institut Urusan Internasional Austria"],
})
en_entities = dict(ENT_COMMON, **{BRAND: ["Helena Brandstetter", "an analyst at the Austrian Institute for "
                                                                 "International Affairs"]})

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims,
               id_findings, id_traps, id_entities)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims,
               en_findings, en_traps, en_entities)
