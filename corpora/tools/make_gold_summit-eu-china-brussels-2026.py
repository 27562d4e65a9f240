#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for summit-eu-china-brussels-2026 (spans are filled afterwards by
`cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <this folder>/<lang>/gold.json`; write_gold keeps
spans already filled for unchanged evidence).

Event (invented, written for claimdiff's evaluation): European Council President Mikael Lindqvist (61) and European
Commission President Ana Ferreira-Lobo (57) host Chinese Premier Zhao Wenhai (64) at the Europa building in Brussels.
Announced Monday 30 November 2026 by Council spokesperson Jonas Aalto; working dinner on Wednesday 2 December (nearly
three hours, ended shortly after midnight = 2310 GMT Wednesday); summit on Thursday 3 December 2026 from 10.00,
scheduled for about seven hours, joint press conference planned for 16.30. Held: restricted session (Reuters 50
minutes, AFP about 90 minutes), plenary about two hours, working lunch barely 45 minutes; ended 14.35, about four and a
half hours (less than five hours); the joint press conference was cancelled, Zhao left for the airport.
Promises: China answers the EU's minimum-price offer on EVs within 30 days (EU account; CNN Indonesia's headline: 60
days; Beijing on Friday: no timetable, 'carefully study'); China resumes rare-earth magnet export licences within two
weeks / 14 days; joint climate statement: both submit updated 2035 targets to the UN and set up a methane working
group by the end of March 2027; the Commission's review of the duties by the end of June 2027; high-level economic
dialogue in Beijing in Q1 2027. Xinhua: the EU 'committed to refrain from new trade defence measures'; the Commission
denies. Trade: goods 731 billion euros ($851 billion) in 2025 (ANTARA's translation: 713), EU deficit 305 billion
euros, EV duties up to 37.6% on top of 10%, some 410,000 battery-electric cars. Protesters (Brussels police): about
800 at 10.30, 1,500 at 12.00, revised to 1,200 (one march counted twice); organisers 3,000, incl. about 300 Uyghurs
and Tibetans; detained: 14 on Thursday, 17 (Friday). Delegations: 31 Chinese, 23 European. 640 journalists accredited,
180 from China. Previous summit: Beijing, July 2025, about six hours. Round-up (Tribunnews): a warehouse fire in
Antwerp port on Thursday afternoon, more than three hours, 60 firefighters, two lightly injured.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_helpers import Q, S, N, D, T, L, K, A, write_gold  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'summit-eu-china-brussels-2026')
EVENT = ("EU-China summit at the Europa building, Brussels, Thursday 2026-12-03 (working dinner Wednesday 2026-12-02), "
         "between European Council President Mikael Lindqvist, European Commission President Ana Ferreira-Lobo and "
         "Chinese Premier Zhao Wenhai; cut short amid a dispute over EU tariffs on Chinese electric vehicles "
         "(written for claimdiff's evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

LIND, FERR, ZHAO, GAO, MARC, AALTO, DEWULF = ("Mikael Lindqvist", "Ana Ferreira-Lobo", "Zhao Wenhai", "Gao Lirong",
                                              "Elena Marchetti", "Jonas Aalto", "Sarah Dewulf")
XIN, MOFCOM, POL = "Xinhua", "Chinese commerce ministry", "Brussels police"
EU, CN, BOTH = "European Union", "China", "European Union and China"
SUM = "EU-China summit"
DIN = "working dinner"
RS = "restricted session"
PLEN = "plenary session"
LUNCH = "working lunch"
PC = "joint press conference"
ANN = "announcement of the summit"
PREV = "previous EU-China summit (2025)"
FIRE = "Antwerp port warehouse fire"
BRU, EB = "Brussels", "Europa building"
RESP = "respond to the EU's minimum-price proposal on Chinese electric cars"
RARE = "resume export licences for rare-earth magnets to European firms"
CLIM = "submit updated 2035 emissions targets to the UN and set up a joint working group on methane"
REV = "complete the review of the duties on Chinese electric cars"
DIAL = "hold a high-level economic dialogue in Beijing"
REFR = "refrain from new trade defence measures against Chinese electric vehicles"
OPEN = "keep China's market open to European companies"
PROT, DET, JOUR = "protesters near the summit", "people detained at the protests", "journalists accredited"
TRADE, TRADEUSD, DEF = "EU-China trade in goods 2025 EUR", "EU-China trade in goods 2025 USD", "EU trade deficit with China 2025 EUR"
DUTY, STD = "EU extra duty on Chinese electric cars percent", "EU standard car import tariff percent"
CNDEL, EUDEL = "Chinese delegation officials", "European delegation officials"

# ---------------------------------------------------------------------------------------------- Indonesian
KP, DT, CNN, AN, TR = ("01_kompas_rabu-preview.txt", "02_detik_kamis-live.txt", "03_cnnindonesia_kamis-malam.html",
                       "04_antara_reuters_kamis-malam.json", "05_tribunnews_jumat.txt")
id_articles = {
    KP: {"outlet": "Kompas.com", "language": "id", "published": "2026-12-02T09:15+07:00", "cites": ["Reuters", "AFP"],
         "note": "PREVIEW (BRUSSEL dateline) published the day before the summit: announced by Council spokesperson "
                 "Jonas Aalto on Senin (30/11/2026); summit Kamis (3/12/2026) from 10.00, 'dijadwalkan berlangsung "
                 "sekitar tujuh jam', joint press conference planned at 16.30, dinner Rabu (2/12) malam; police "
                 "expect about 2,000 protesters (a forecast); background: the previous summit in Beijing, July 2025; "
                 "a 'Baca juga' headline with '37,6 Persen'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-12-03T21:50+07:00", "cites": [],
         "note": "LIVE page, newest update first (times in WIB, Brussels six hours behind): protesters about 800 "
                 "(10.30 local), 1,500 (12.00 local), revised down to 1,200 at the 20.05 WIB update (one march counted "
                 "twice); organisers 3,000; 14 detained; 640 journalists incl. 180 from China; summit ended 14.35 after "
                 "about four and a half hours; press conference cancelled; dinner nearly three hours"},
    CNN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-12-03T22:30+07:00", "cites": [],
          "note": "HTML page (byline <div> and <figcaption> are not in the extracted text); Jakarta dateline; headline "
                  "'dalam 60 Hari' vs body 'dalam 30 hari' (INCONSISTENCY); Ferreira-Lobo's 'Eropa terbuka untuk mobil "
                  "China...' (Tribunnews gives it to Lindqvist); Xinhua's account and the Commission's denial; deficit "
                  "305 billion euros; review by end of June 2027 (agentless passive)"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-12-03T23:40+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_thursday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'trade in goods was worth "
                 "731 billion euros' became '713 miliar euro' (the dollar figure, 851 billion, is kept); renders the "
                 "wire's three quotations (Ferreira-Lobo, Lindqvist, Zhao); drops the byline and the Related line, adds "
                 "its own Baca juga and 'Sumber: Reuters'"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-12-04T08:45+07:00", "cites": ["AFP"],
         "note": "Friday article that mostly repeats Thursday's background (after AFP) with one new figure: 17 "
                 "detained (police, Friday; 14 on Thursday); spells 'Michael Lindqvist'; gives Ferreira-Lobo's 'Eropa "
                 "terbuka untuk mobil China...' to Lindqvist; restricted session 'sekitar satu setengah jam' as AFP "
                 "(Reuters/ANTARA: 50 minutes); ends with a round-up of an unrelated fire in Antwerp port (traps)"},
}

id_claims = [
    # 01 Kompas.com preview (Wednesday morning)
    L("kp.l0", KP, "Digelar di Brussel Kamis", BRU, core=False, zone="HEADLINE"),
    T("kp.t0", KP, "Digelar di Brussel Kamis", SUM, "2026-12-03", "THURSDAY", core=False, zone="HEADLINE"),
    L("kp.l1", KP, "konferensi tingkat tinggi (KTT) di Brussel, Belgia", BRU, note="the planned place"),
    T("kp.t1", KP, "di Brussel, Belgia, Kamis (3/12/2026)", SUM, "2026-12-03", "THURSDAY",
      note="the planned date, stated the day before"),
    S("kp.s1", KP, "Pertemuan itu diumumkan juru bicara Dewan Eropa, Jonas Aalto, di Brussel pada Senin (30/11/2026)",
      AALTO, core=False),
    L("kp.l2", KP, "Jonas Aalto, di Brussel", BRU, core=False, event=ANN, note="where the announcement was made"),
    T("kp.t2", KP, "pada Senin (30/11/2026)", ANN, "2026-11-30", "MONDAY", core=False,
      note="the announcement date, not the summit date"),
    S("kp.s2", KP, "Menurut Aalto, KTT akan digelar di Gedung Europa mulai pukul 10.00 waktu setempat dan dijadwalkan "
                   "berlangsung sekitar tujuh jam", AALTO),
    L("kp.l3", KP, "KTT akan digelar di Gedung Europa", BRU, venue=EB, note="the planned venue"),
    T("kp.t3", KP, "mulai pukul 10.00 waktu setempat", "summit start (planned)", "2026-12-03", "THURSDAY", core=False,
      expected=True),
    D("kp.d1", KP, "dijadwalkan berlangsung sekitar tujuh jam", 420, "summit (scheduled)", bound="about",
      expected=True, note="the planned length, not what happened"),
    T("kp.t4", KP, "Konferensi pers bersama direncanakan pukul 16.30", PC + " (planned)", "2026-12-03", "THURSDAY",
      core=False, expected=True),
    T("kp.t5", KP, "makan malam kerja pada Rabu (2/12/2026) malam", DIN, "2026-12-02", "WEDNESDAY"),
    S("kp.s3", KP, "Sengketa soal bea masuk tambahan atas mobil listrik buatan China diperkirakan mendominasi "
                   "pembicaraan", "Kompas.com", core=False),
    N("kp.n1", KP, "bea tambahan hingga 37,6 persen", 37.6, DUTY, bound="at-most"),
    N("kp.n2", KP, "tarif impor standar 10 persen", 10, STD, core=False),
    T("kp.t7", KP, "Sejak tahun lalu, UE mengenakan bea tambahan", "EU extra duties on Chinese EVs in force since",
      "2025", None, core=False, note="background, relative year"),
    Q("kp.q1", KP, "Kami ingin hasil yang nyata, bukan sekadar foto bersama", AALTO),
    Q("kp.q2", KP, "Tanpa kemajuan soal harga minimum, sulit membayangkan KTT ini disebut berhasil", AALTO,
      note="'imbuhnya'"),
    S("kp.s4", KP, "Kepolisian Brussel memperkirakan sekitar 2.000 pengunjuk rasa akan berkumpul di sekitar Bundaran "
                   "Schuman", POL, core=False),
    N("kp.n3", KP, "sekitar 2.000 pengunjuk rasa", 2000, PROT + " (expected)", bound="about", expected=True,
      core=False, note="a police forecast, not a count"),
    L("kp.l4", KP, "di sekitar Bundaran Schuman", BRU, core=False, venue="Schuman roundabout",
      event="protests (expected)"),
    L("kp.l5", KP, "KTT terakhir kedua pihak digelar di Beijing", "Beijing", core=False, event=PREV, note="background"),
    T("kp.t6", KP, "pada Juli 2025", PREV, "2025-07", None, core=False, note="background"),
    L("kp.l6", KP, "Gedung Europa di Brussel, Belgia, tempat KTT UE-China akan digelar", BRU, venue=EB, core=False,
      zone="CAPTION"),
    A("kp.a1", KP, "Kompas.com/Reuters", "Reuters"),
    A("kp.a2", KP, "Reuters, AFP", "AFP"),

    # 02 detikNews live page (Thursday)
    L("dt.l0", DT, "KTT Uni Eropa-China di Brussel", BRU, core=False, zone="HEADLINE", occurrence=1),
    L("dt.l1", DT, "digelar di Gedung Europa, Brussel, Belgia", BRU, venue=EB),
    T("dt.t1", DT, "Kamis (3/12/2026)", SUM, "2026-12-03", "THURSDAY"),
    D("dt.d0", DT, "Brussel enam jam di belakang WIB", 360, "time difference Brussels-WIB", core=False,
      note="a time-zone offset, not something that lasted"),
    T("dt.t2", DT, "KTT berakhir pukul 14.35 waktu Brussel", "summit end", "2026-12-03", "THURSDAY", core=False),
    D("dt.d1", DT, "setelah berlangsung sekitar empat setengah jam", 270, "summit (held)", bound="about"),
    S("dt.s1", DT, "Konferensi pers bersama yang dijadwalkan pukul 16.30 waktu setempat dibatalkan", "detikNews"),
    T("dt.t3", DT, "dijadwalkan pukul 16.30 waktu setempat", PC + " (planned)", "2026-12-03", "THURSDAY", core=False,
      expected=True),
    N("dt.n1", DT, "jumlah pengunjuk rasa menjadi 1.200 orang", 1200, PROT, as_of="2026-12-03T20:05+07:00",
      revision="merevisi", note="revised down from 1,500: one march counted twice (Brussels police)"),
    N("dt.n2", DT, "turun dari 1.500 orang", 1500, PROT, core=False, as_of="2026-12-03T12:00+01:00",
      note="the superseded count quoted with its revision"),
    S("dt.s2", DT, "Panitia aksi menyebut massa mencapai 3.000 orang", "protest organisers"),
    N("dt.n3", DT, "massa mencapai 3.000 orang", 3000, PROT, note="the organisers' count"),
    S("dt.s3", DT, "Juru bicara Kepolisian Brussel, Sarah Dewulf, mengatakan hingga pukul 12.00 waktu setempat "
                   "tercatat 1.500 pengunjuk rasa di sekitar Bundaran Schuman", DEWULF),
    N("dt.n4", DT, "tercatat 1.500 pengunjuk rasa", 1500, PROT, as_of="2026-12-03T12:00+01:00"),
    L("dt.l2", DT, "pengunjuk rasa di sekitar Bundaran Schuman", BRU, core=False, venue="Schuman roundabout",
      event="protests"),
    N("dt.n5", DT, "Polisi menahan 14 orang", 14, DET, as_of="2026-12-03"),
    Q("dt.q1", DT, "Situasi terkendali. Jalan Rue de la Loi akan dibuka kembali paling lambat pukul 20.00", DEWULF,
      note="attributed by the description 'perempuan berusia 44 tahun itu'"),
    K("dt.c1", DT, "Jalan Rue de la Loi akan dibuka kembali paling lambat pukul 20.00", POL, "reopen the Rue de la Loi",
      None, "by 20.00 on 2026-12-03", core=False, note="agentless passive inside the spokesperson's quote"),
    L("dt.l4", DT, "Jalan Rue de la Loi", BRU, core=False, venue="Rue de la Loi", event="road closure"),
    T("dt.t5", DT, "hingga pukul 12.00 waktu setempat", "protest count (as of)", "2026-12-03", None, core=False),
    T("dt.t6", DT, "Hingga pukul 10.30 waktu setempat", "protest count (as of)", "2026-12-03", None, core=False),
    N("dt.n6", DT, "sekitar 800 pengunjuk rasa", 800, PROT, bound="about", as_of="2026-12-03T10:30+01:00"),
    L("dt.l3", DT, "Zhao Wenhai tiba di Gedung Europa", BRU, core=False, venue=EB),
    N("dt.n7", DT, "Sebanyak 640 jurnalis terakreditasi", 640, JOUR),
    N("dt.n8", DT, "termasuk 180 jurnalis dari China", 180, JOUR + " from China"),
    T("dt.t4", DT, "Pada Rabu malam, ketiga pemimpin menggelar makan malam kerja", DIN, "2026-12-02", "WEDNESDAY"),
    D("dt.d2", DT, "makan malam kerja yang berlangsung hampir tiga jam", 180, DIN, bound="nearly"),

    # 03 CNN Indonesia (HTML, Thursday night)
    K("c.c0", CNN, "China Janji Jawab Usulan Harga Mobil Listrik UE dalam 60 Hari", CN, RESP, EU, "within 60 days",
      zone="HEADLINE", note="the headline contradicts the body ('dalam 30 hari')"),
    K("c.c1", CNN, "China berjanji menjawab usulan Uni Eropa (UE) soal harga minimum mobil listrik dalam 30 hari", CN,
      RESP, EU, "within 30 days"),
    S("c.s1", CNN, "China berjanji menjawab usulan Uni Eropa (UE) soal harga minimum mobil listrik dalam 30 hari, kata "
                   "Presiden Komisi Eropa Ana Ferreira-Lobo", FERR),
    L("c.l1", CNN, "di Brussel, Belgia, Kamis (3/12)", BRU),
    T("c.t1", CNN, "Kamis (3/12)", SUM, "2026-12-03", "THURSDAY"),
    L("c.l2", CNN, "KTT di Gedung Europa", BRU, venue=EB, core=False),
    D("c.d1", CNN, "hanya berlangsung sekitar empat setengah jam", 270, "summit (held)", bound="about"),
    D("c.d2", CNN, "padahal dijadwalkan tujuh jam", 420, "summit (scheduled)", expected=True),
    Q("c.q1", CNN, "Eropa terbuka untuk mobil China, tetapi tidak untuk subsidi China", FERR),
    K("c.c2", CNN, "Beijing juga akan kembali menerbitkan izin ekspor magnet tanah jarang bagi perusahaan Eropa dalam "
                   "dua pekan", CN, RARE, "European firms", "within two weeks",
      note="attributed by the description 'Politikus berusia 57 tahun itu'"),
    K("c.c3", CNN, "tinjauan atas bea masuk mobil listrik akan dirampungkan paling lambat akhir Juni 2027", EU, REV,
      None, "by the end of June 2027", note="agentless passive ('Dari pihak UE')"),
    D("c.d3", CNN, "dalam 60 Hari", 86400, "deadline for China's answer", expected=True, zone="HEADLINE",
      note="the headline's deadline (body: 30 days)"),
    D("c.d4", CNN, "dalam 30 hari", 43200, "deadline for China's answer", expected=True, core=False),
    D("c.d5", CNN, "dalam dua pekan", 20160, "deadline for rare-earth licences", expected=True, core=False),
    T("c.t2", CNN, "paling lambat akhir Juni 2027", "deadline of the duty review", "2027-06", None, core=False,
      note="a deadline"),
    T("c.t3", CNN, "paling lambat akhir Maret 2027", "deadline of the climate commitments", "2027-03", None,
      core=False, note="a deadline"),
    N("c.n1", CNN, "Defisit perdagangan UE dengan China tahun lalu mencapai 305 miliar euro", 305000000000, DEF),
    K("c.c4", CNN, "UE dan China sepakat menyerahkan target emisi 2035 yang diperbarui ke PBB dan membentuk kelompok "
                   "kerja bersama soal metana paling lambat akhir Maret 2027", BOTH, CLIM, "United Nations",
      "by the end of March 2027", note="joint climate statement: two promised acts in one sentence"),
    A("c.a1", CNN, "Kantor berita pemerintah China, Xinhua, menyebut", XIN),
    S("c.s2", CNN, "Xinhua, menyebut UE berkomitmen menahan diri dari langkah perlindungan dagang baru terhadap mobil "
                   "listrik China selama konsultasi berlangsung", XIN, note="the Chinese state media's account"),
    K("c.c5", CNN, "UE berkomitmen menahan diri dari langkah perlindungan dagang baru terhadap mobil listrik China "
                   "selama konsultasi berlangsung", EU, REFR, CN, "while consultations continue",
      note="as reported by Xinhua; denied by the Commission"),
    S("c.s3", CNN, "Juru bicara utama Komisi Eropa, Elena Marchetti, membantah kabar itu", MARC, note="denial"),
    Q("c.q2", CNN, "Tidak ada komitmen semacam itu", MARC),
    S("c.s4", CNN, "Menurut Xinhua, Zhao menyatakan China akan terus membuka pasarnya bagi perusahaan Eropa", ZHAO),
    A("c.a2", CNN, "Menurut Xinhua", XIN, core=False),
    K("c.c6", CNN, "China akan terus membuka pasarnya bagi perusahaan Eropa", CN, OPEN, "European companies", None,
      core=False),

    # 04 ANTARA, translation of the Reuters wire
    D("a.d1", AN, "berakhir setelah sekitar empat setengah jam", 270, "summit (held)", bound="about"),
    T("a.t1", AN, "pada Kamis, jauh lebih singkat", SUM, "2026-12-03", "THURSDAY"),
    D("a.d2", AN, "tujuh jam yang dijadwalkan", 420, "summit (scheduled)", expected=True),
    A("a.a1", AN, "seperti dilansir Reuters", "Reuters"),
    L("a.l1", AN, "di Gedung Europa di Brussel", BRU, venue=EB),
    D("a.d3", AN, "sesi terbatas selama 50 menit", 50, RS),
    D("a.d4", AN, "sidang pleno sekitar dua jam", 120, PLEN, bound="about"),
    S("a.s1", AN, "Konferensi pers bersama yang direncanakan pukul 16.30 dibatalkan", "Reuters"),
    T("a.t2", AN, "direncanakan pukul 16.30", PC + " (planned)", "2026-12-03", "THURSDAY", core=False, expected=True),
    N("a.n1", AN, "bea hingga 37,6 persen", 37.6, DUTY, bound="at-most"),
    N("a.n2", AN, "tarif impor standar 10 persen", 10, STD, core=False),
    N("a.n3", AN, "Perdagangan barang UE-China tahun lalu bernilai 713 miliar euro", 713000000000, TRADE,
      note="the translation's changed value: the Reuters wire says 731 billion euros"),
    N("a.n4", AN, "851 miliar dolar AS", 851000000000, TRADEUSD, core=False),
    Q("a.q1", AN, "Kami tidak datang ke sini untuk memulai perang dagang, tetapi kami tidak akan tinggal diam "
                  "sementara industri mobil kami digerogoti", FERR),
    K("a.c0", AN, "kami tidak akan tinggal diam sementara industri mobil kami digerogoti", EU,
      "not stand by while the European car industry is hollowed out", None, None, core=False,
      note="first-person promise inside the quote"),
    S("a.s2", AN, "Ia mengatakan China telah berjanji menanggapi dalam 30 hari usulan UE soal harga minimum mobil "
                  "listrik China", FERR),
    K("a.c1", AN, "China telah berjanji menanggapi dalam 30 hari usulan UE soal harga minimum mobil listrik China", CN,
      RESP, EU, "within 30 days"),
    Q("a.q2", AN, "Pintu belum tertutup. Sekarang semuanya terserah Beijing", LIND),
    S("a.s3", AN, "Kementerian Perdagangan China dalam pernyataannya menyebut bea tersebut proteksionis", MOFCOM),
    Q("a.q3", AN, "Dialog adalah satu-satunya jalan ke depan, dan China akan tetap membuka pasarnya bagi perusahaan "
                  "Eropa", ZHAO),
    K("a.c2", AN, "China akan tetap membuka pasarnya bagi perusahaan Eropa", CN, OPEN, "European companies", None,
      core=False, note="inside Zhao's quote"),
    K("a.c3", AN, "janji menyerahkan target emisi 2035 yang diperbarui kepada Perserikatan Bangsa-Bangsa dan membentuk "
                  "kelompok kerja bersama soal metana paling lambat akhir Maret 2027", BOTH, CLIM, "United Nations",
      "by the end of March 2027"),
    D("a.d6", AN, "dalam 30 hari", 43200, "deadline for China's answer", expected=True, core=False),
    T("a.t5", AN, "paling lambat akhir Maret 2027", "deadline of the climate commitments", "2027-03", None,
      core=False, note="a deadline"),
    D("a.d7", AN, "dalam dua pekan", 20160, "deadline for rare-earth licences", expected=True, core=False),
    K("a.c4", AN, "Beijing juga akan kembali menerbitkan izin ekspor magnet tanah jarang bagi perusahaan Eropa dalam "
                  "dua pekan", CN, RARE, "European firms", "within two weeks"),
    T("a.t3", AN, "makan malam bersama pada Rabu malam", DIN, "2026-12-02", "WEDNESDAY"),
    D("a.d5", AN, "berlangsung hampir tiga jam", 180, DIN, bound="nearly"),
    T("a.t4", AN, "23.10 GMT Rabu", "end of the working dinner", "2026-12-02", "WEDNESDAY", core=False,
      note="GMT time: shortly after midnight local time (Thursday 00.10 in Brussels)"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", core=False),

    # 05 Tribunnews (Friday, after AFP, round-up)
    N("t.n0", TR, "Polisi Brussel Tahan 17 Pengunjuk Rasa", 17, DET, core=False, zone="HEADLINE"),
    L("t.l0", TR, "Polisi Brussel Tahan", BRU, core=False, zone="HEADLINE"),
    S("t.s1", TR, "Kepolisian Brussel menyebut 17 orang ditahan selama unjuk rasa di sekitar lokasi KTT", POL),
    N("t.n1", TR, "17 orang ditahan", 17, DET, as_of="2026-12-04", note="police figure given on Friday morning"),
    T("t.t1", TR, "KTT Uni Eropa (UE)-China pada Kamis (3/12/2026)", SUM, "2026-12-03", "THURSDAY"),
    T("t.t2", TR, "pada Jumat (4/12/2026) pagi", "police detention figure (as of)", "2026-12-04", "FRIDAY",
      core=False),
    L("t.l1", TR, "KTT di Gedung Europa, Brussel", BRU, venue=EB),
    D("t.d1", TR, "berlangsung kurang dari lima jam", 300, "summit (held)", bound="less-than"),
    S("t.s2", TR, "konferensi pers bersama dibatalkan", "Tribunnews", core=False),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d2", TR, "sesi terbatas sekitar satu setengah jam", 90, RS, bound="about", note="AFP's figure"),
    Q("t.q1", TR, "Eropa terbuka untuk mobil China, tetapi tidak untuk subsidi China", LIND,
      note="attributed to Lindqvist ('kata Lindqvist'); AFP and CNN Indonesia give these words to Ferreira-Lobo"),
    N("t.n2", TR, "Delegasi China berjumlah 31 pejabat", 31, CNDEL),
    N("t.n3", TR, "delegasi Eropa 23 orang", 23, EUDEL),
    K("t.c1", TR, "Beijing setuju menjawab tawaran UE soal harga minimum dalam 30 hari", CN, RESP, EU,
      "within 30 days"),
    S("t.s3", TR, "Menurut Ferreira-Lobo, Beijing setuju menjawab tawaran UE soal harga minimum dalam 30 hari", FERR),
    K("t.c2", TR, "Kedua pihak juga akan menggelar dialog ekonomi tingkat tinggi di Beijing pada kuartal pertama 2027",
      BOTH, DIAL, None, "in the first quarter of 2027"),
    D("t.d4", TR, "dalam 30 hari", 43200, "deadline for China's answer", expected=True, core=False),
    T("t.t4", TR, "pada kuartal pertama 2027", "high-level economic dialogue (planned)", "2027-Q1", None, core=False,
      note="a planned date"),
    L("t.l2", TR, "dialog ekonomi tingkat tinggi di Beijing", "Beijing", core=False,
      event="high-level economic dialogue (planned)"),
    L("t.l3", TR, "di Antwerpen, Belgia", "Antwerp", core=False, event=FIRE, note="round-up: another event"),
    T("t.t3", TR, "kawasan pelabuhan pada Kamis (3/12/2026) sore", FIRE, "2026-12-03", "THURSDAY", core=False,
      note="round-up: another event"),
    D("t.d3", TR, "Api berkobar lebih dari tiga jam", 180, FIRE, bound="more-than", core=False,
      note="round-up: another event"),
    N("t.n4", TR, "60 petugas pemadam kebakaran", 60, "firefighters deployed", core=False,
      note="round-up: another event"),
    N("t.n5", TR, "Dua petugas mengalami luka ringan", 2, "firefighters injured", core=False,
      note="round-up: another event"),
]

id_findings = [
    {"id": "I1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["dt.n6", "dt.n4", "dt.n1"],
     "summary": "Protesters (Brussels police): about 800 at 10.30, 1,500 at 12.00, revised down to 1,200 because one "
                "march had been counted twice (detikNews live page)."},
    {"id": "I2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["dt.n5", "t.n1"],
     "summary": "People detained at the protests: 14 on Thursday (detikNews), 17 (police, Friday; Tribunnews)."},
    {"id": "I3", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["dt.n1", "dt.n3"],
     "summary": "Protesters: 1,200 (Brussels police) vs 3,000 (organisers)."},
    {"id": "I4", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["a.d3", "t.d2"],
     "summary": "The restricted session: 50 minutes (ANTARA, after Reuters) vs about one and a half hours "
                "(Tribunnews, after AFP)."},
    {"id": "I5", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["c.q1", "t.q1"],
     "summary": "'Eropa terbuka untuk mobil China, tetapi tidak untuk subsidi China': Ferreira-Lobo (CNN Indonesia) "
                "vs Lindqvist (Tribunnews)."},
    {"id": "I6", "kind": "INCONSISTENCY", "type": "COMMITMENT", "claims": ["c.c0", "c.c1"],
     "summary": "CNN Indonesia's headline: China will answer within 60 days; its body: within 30 days."},
    {"id": "I7", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["c.c5", "c.s3"],
     "summary": "Xinhua says the EU committed to refrain from new trade defence measures; the Commission's spokeswoman "
                "denies any such commitment."},
    {"id": "I8", "kind": "VARIANT", "type": "ENTITY", "articles": [KP, DT, AN, TR],
     "values": ["Mikael Lindqvist", "Michael Lindqvist"],
     "summary": "The European Council president is 'Mikael Lindqvist' (Kompas, detikNews, ANTARA) and 'Michael "
                "Lindqvist' (Tribunnews)."},
    {"id": "I9", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["kp.t1", "dt.t1", "c.t1", "a.t1", "t.t1"],
     "summary": "The summit was held on Thursday 3 December 2026."},
    {"id": "I10", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["kp.l3", "dt.l1", "c.l2", "a.l1", "t.l1"],
     "summary": "The summit was held at the Europa building in Brussels."},
    {"id": "I11", "kind": "AGREEMENT", "type": "DURATION", "claims": ["dt.d1", "c.d1", "a.d1"],
     "summary": "The summit lasted about four and a half hours (detikNews, CNN Indonesia, ANTARA); Tribunnews: less "
                "than five hours."},
    {"id": "I12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["kp.d1", "c.d2", "a.d2"],
     "summary": "Seven hours had been scheduled (Kompas, CNN Indonesia, ANTARA)."},
    {"id": "I13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["dt.d2", "a.d5"],
     "summary": "The working dinner lasted nearly three hours (detikNews, ANTARA)."},
    {"id": "I14", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["kp.t5", "dt.t4", "a.t3"],
     "summary": "The working dinner was on Wednesday evening, 2 December."},
    {"id": "I15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c1", "a.c1", "t.c1"],
     "summary": "China will answer the EU's minimum-price proposal within 30 days (Ferreira-Lobo's account)."},
    {"id": "I16", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c2", "a.c4"],
     "summary": "China will resume rare-earth magnet export licences for European firms within two weeks."},
    {"id": "I17", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c4", "a.c3"],
     "summary": "Joint climate statement: updated 2035 targets to the UN and a methane working group by the end of "
                "March 2027 (CNN Indonesia, ANTARA in other words)."},
    {"id": "I18", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["kp.n1", "a.n1"],
     "summary": "EU duties of up to 37.6 percent on Chinese electric cars (Kompas, ANTARA)."},
    {"id": "I19", "kind": "AGREEMENT", "type": "STATEMENT", "claims": ["dt.s1", "a.s1", "t.s2"],
     "summary": "The joint press conference (planned at 16.30) was cancelled."},
    {"id": "I20", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.c6", "a.c2"],
     "summary": "Zhao: China will keep its market open to European companies (CNN Indonesia via Xinhua, ANTARA)."},
]

id_traps = [
    {"articles": [KP, DT, CNN, AN, TR], "claims": ["kp.d1", "c.d2", "a.d2", "dt.d1", "c.d1", "a.d1", "t.d1"],
     "why": "seven hours scheduled vs about four and a half hours / less than five hours held: schedule vs what "
            "happened; 'sekitar empat setengah jam' and 'kurang dari lima jam' agree"},
    {"articles": [DT, AN, TR], "claims": ["a.d3", "a.d4", "dt.d2", "a.d5", "t.d2", "dt.d1"],
     "why": "separately timed parts: restricted session, plenary, the Wednesday dinner and the whole summit are "
            "different things"},
    {"articles": [KP, DT], "claims": ["kp.n3", "dt.n1", "dt.n4", "dt.n6"],
     "why": "the police forecast of about 2,000 protesters (Kompas, the day before) is a plan, not a count"},
    {"articles": [DT], "claims": ["dt.n6", "dt.n4", "dt.n1", "dt.n2"],
     "why": "800 (10.30), 1,500 (12.00) and 1,200 (revised) are counts at different times of day, the last a "
            "revision with its reason: an UPDATE, not an inconsistency"},
    {"articles": [DT], "claims": ["dt.n7", "dt.n8", "dt.n5", "dt.n1"],
     "why": "different things counted: 640 journalists of whom 180 from China; 14 detained among the protesters"},
    {"articles": [TR], "claims": ["t.n2", "t.n3"],
     "why": "31 Chinese and 23 European officials: the two delegations, counted by side"},
    {"articles": [AN], "claims": ["a.n3", "a.n4", "a.n1", "a.n2"],
     "why": "713 billion euros and 851 billion dollars are the same trade in two currencies (the euro figure is "
            "the translation's change); 37.6% extra duty vs 10% standard tariff are different duties"},
    {"articles": [CNN, AN], "claims": ["c.n1", "a.n3"],
     "why": "the 305 billion euro deficit is not the goods trade total"},
    {"articles": [AN], "claims": ["a.t4", "a.t3"],
     "why": "'23.10 GMT Rabu' is the GMT time of the dinner's end shortly after midnight local time (Thursday): not "
            "a different date for the dinner"},
    {"articles": [KP, DT, AN], "claims": ["kp.t2", "kp.t1", "kp.t3", "kp.t4", "dt.t3", "a.t2", "dt.t2"],
     "why": "the announcement on Monday 30 November is not the summit date; 10.00 and 16.30 were planned times; "
            "14.35 is when the summit actually ended"},
    {"articles": [KP, TR], "claims": ["kp.l5", "kp.t6", "t.l2"],
     "why": "background and plans: the previous summit in Beijing (July 2025) and the economic dialogue planned "
            "in Beijing are not this summit's place or date"},
    {"articles": [TR], "claims": ["t.l3", "t.t3", "t.d3", "t.n4", "t.n5"],
     "why": "round-up ('Sementara itu, di Antwerpen'): the warehouse fire in Antwerp is another event; its place, "
            "date, duration and counts must not be compared with the summit's"},
    {"articles": [DT], "claims": ["dt.d0"],
     "why": "'enam jam di belakang WIB' is a time-zone offset, not a duration"},
    {"articles": [DT], "claims": ["dt.c1"],
     "why": "the reopening of the Rue de la Loi by 20.00 is a police promise about traffic, not a summit commitment"},
    {"articles": [CNN, AN], "claims": ["c.c2", "a.c4", "c.c1", "a.c1"],
     "why": "'dalam dua pekan' (rare earths) and 'dalam 30 hari' (price offer) are deadlines of two different "
            "promises"},
    {"articles": [CNN, AN, TR], "claims": ["c.d3", "c.d4", "c.d5", "a.d6", "a.d7", "t.d4", "c.t2", "c.t3", "a.t5",
                                       "t.t4"],
     "why": "deadlines of promises (30 days, two weeks, end of March / June 2027, first quarter of 2027) are not "
            "lengths or dates of the summit (the headline's 60 days vs the body's 30 days is the INCONSISTENCY)"},
    {"articles": [KP, DT, CNN, AN, TR], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('37,6 Persen', '1.800 Personel', '400 Ribu Unit', "
            "'Makan Malam 3 Jam', 'Demo 3.000 Orang'): links, not claims"},
    {"articles": [KP, DT, CNN], "claims": ["kp.l2", "kp.l4", "dt.l2", "dt.l4"],
     "why": "datelines (BRUSSEL for Kompas, Jakarta for detikNews and CNN Indonesia), the announcement place and the "
            "Schuman roundabout are not competing venues of the summit"},
]

# ---------------------------------------------------------------------------------------------- English
R, P, AP = "01_reuters_thursday.txt", "02_afp_thursday.html", "03_ap_friday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-12-03T15:48Z", "cites": [],
        "note": "BRUSSELS dateline without the year; about four and a half hours of seven scheduled; 50-minute "
                "restricted session, plenary about two hours, working lunch; joint news conference at 4:30 p.m. "
                "cancelled; trade 731 billion euros ($851 billion); China to respond within 30 days; rare earths "
                "within two weeks; dinner nearly three hours ending 2310 GMT Wednesday; three quotations (Ferreira-Lobo, "
                "Lindqvist, Zhao) that ANTARA translates"},
    P: {"outlet": "AFP", "language": "en", "published": "2026-12-03T17:05Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> dropped from the text); less than five hours; "
                "restricted session about 90 minutes (Reuters: 50); lunch barely 45 minutes; delegations 31 vs 23; "
                "Xinhua's account vs the Commission's denial; protesters 1,200 (revised from 1,500) vs organisers 3,000; "
                "640 journalists, 180 from China"},
    AP: {"outlet": "AP", "language": "en", "published": "2026-12-04T10:20Z", "cites": [],
         "note": ".json record; BEIJING dateline, Friday: Gao Lirong says no timetable was agreed (vs the EU's 30 "
                 "days); spells 'Mikael Lindquist'; 17 detained (police, Friday); background: previous summit in "
                 "Beijing, July 2025, about six hours"},
}

en_claims = [
    # Reuters (Thursday)
    D("r.d1", R, "ended after about four and a half hours", 270, "summit (held)", bound="about"),
    T("r.t1", R, "on Thursday, well short", SUM, "2026-12-03", "THURSDAY"),
    D("r.d2", R, "the seven hours it had been scheduled to run", 420, "summit (scheduled)", expected=True),
    L("r.l2", R, "at the Europa building in Brussels", BRU, venue=EB),
    D("r.d3", R, "a 50-minute restricted session", 50, RS),
    D("r.d4", R, "a plenary of about two hours", 120, PLEN, bound="about"),
    S("r.s1", R, "A joint news conference planned for 4:30 p.m. was cancelled", "Reuters"),
    T("r.t2", R, "planned for 4:30 p.m.", PC + " (planned)", "2026-12-03", "THURSDAY", core=False, expected=True),
    N("r.n1", R, "duties of up to 37.6%", 37.6, DUTY, bound="at-most"),
    N("r.n2", R, "standard 10% import tariff", 10, STD, core=False),
    N("r.n3", R, "EU-China trade in goods was worth 731 billion euros", 731000000000, TRADE),
    N("r.n4", R, "$851 billion", 851000000000, TRADEUSD, core=False),
    Q("r.q1", R, "We did not come here to start a trade war, but we will not stand by while our car industry is "
                 "hollowed out", FERR),
    K("r.c0", R, "we will not stand by while our car industry is hollowed out", EU,
      "not stand by while the European car industry is hollowed out", None, None, core=False,
      note="first-person promise inside the quote"),
    S("r.s2", R, "She said China had promised to respond within 30 days to an EU proposal for minimum prices on "
                 "Chinese electric cars", FERR),
    K("r.c1", R, "China had promised to respond within 30 days to an EU proposal for minimum prices on Chinese "
                 "electric cars", CN, RESP, EU, "within 30 days"),
    D("r.d6", R, "within 30 days", 43200, "deadline for China's answer", expected=True, core=False),
    Q("r.q2", R, "The door is not closed. It is up to Beijing now", LIND),
    S("r.s3", R, "China's commerce ministry said in a statement that the tariffs were protectionist", MOFCOM),
    Q("r.q3", R, "Dialogue is the only way forward, and China will keep its market open to European companies", ZHAO),
    K("r.c2", R, "China will keep its market open to European companies", CN, OPEN, "European companies", None,
      core=False, note="inside Zhao's quote"),
    K("r.c3", R, "pledged to submit updated 2035 emissions targets to the United Nations and to set up a joint working "
                 "group on methane by the end of March 2027", BOTH, CLIM, "United Nations", "by the end of March 2027",
      note="joint climate statement: two promised acts in one sentence"),
    K("r.c4", R, "Beijing would also resume issuing export licences for rare-earth magnets to European firms within "
                 "two weeks", CN, RARE, "European firms", "within two weeks"),
    D("r.d7", R, "within two weeks", 20160, "deadline for rare-earth licences", expected=True, core=False),
    T("r.t5", R, "by the end of March 2027", "deadline of the climate commitments", "2027-03", None, core=False,
      note="a deadline"),
    T("r.t3", R, "dined together on Wednesday evening", DIN, "2026-12-02", "WEDNESDAY"),
    D("r.d5", R, "lasted nearly three hours", 180, DIN, bound="nearly"),
    T("r.t4", R, "2310 GMT Wednesday", "end of the working dinner", "2026-12-02", "WEDNESDAY", core=False,
      note="GMT time of the dinner's end shortly after midnight local time"),

    # AFP (HTML, Thursday)
    S("p.s0", P, "scrap joint press conference", "AFP", core=False, zone="HEADLINE"),
    D("p.d1", P, "met for less than five hours", 300, "summit (held)", bound="less-than"),
    L("p.l1", P, "less than five hours in Brussels", BRU),
    T("p.t1", P, "in Brussels on Thursday", SUM, "2026-12-03", "THURSDAY"),
    S("p.s1", P, "scrapping a joint press conference", "AFP"),
    D("p.d2", P, "a restricted session of about 90 minutes", 90, RS, bound="about"),
    D("p.d3", P, "lasted barely 45 minutes", 45, LUNCH),
    N("p.n1", P, "The Chinese delegation numbered 31 officials", 31, CNDEL),
    N("p.n2", P, "against 23 on the European side", 23, EUDEL),
    Q("p.q1", P, "Europe is open to Chinese cars, but not to Chinese subsidies", FERR),
    S("p.s2", P, "The 57-year-old Portuguese said Beijing had agreed to answer the EU's offer on minimum prices within "
                 "30 days and to restart rare-earth export licences for European companies within 14 days", FERR,
      note="attributed by the description"),
    K("p.c1", P, "Beijing had agreed to answer the EU's offer on minimum prices within 30 days", CN, RESP, EU,
      "within 30 days"),
    K("p.c2", P, "to restart rare-earth export licences for European companies within 14 days", CN, RARE,
      "European firms", "within 14 days", note="the same promise as Reuters' 'within two weeks'"),
    D("p.d4", P, "within 30 days", 43200, "deadline for China's answer", expected=True, core=False),
    D("p.d5", P, "within 14 days", 20160, "deadline for rare-earth licences", expected=True, core=False),
    T("p.t2", P, "by the end of March 2027", "deadline of the climate commitments", "2027-03", None, core=False,
      note="a deadline"),
    A("p.a1", P, "China's official news agency Xinhua gave a different account", XIN),
    S("p.s3", P, "saying the EU had \"committed to refrain from new trade defence measures\" against Chinese electric "
                 "vehicles while the consultations continue", XIN, note="the Chinese state media's account"),
    K("p.c3", P, "committed to refrain from new trade defence measures", EU, REFR, CN,
      "while consultations continue", note="as reported by Xinhua; denied by the Commission"),
    Q("p.q3", P, "committed to refrain from new trade defence measures", XIN, core=False, fragment=True,
      note="Xinhua's words in quotation marks inside reported speech"),
    S("p.s4", P, "Commission chief spokeswoman Elena Marchetti denied that", MARC, note="denial"),
    Q("p.q2", P, "No such commitment was made. Nothing has changed in our trade defence policy", MARC),
    N("p.n3", P, "a trade deficit of 305 billion euros", 305000000000, DEF),
    N("p.n4", P, "some 410,000 battery-electric cars", 410000, "Chinese battery-electric cars shipped to the EU 2025",
      bound="about"),
    S("p.s5", P, "Brussels police said 1,200 people protested near the summit venue, revising an earlier count of "
                 "1,500 because one march had been counted twice", POL),
    N("p.n5", P, "1,200 people protested", 1200, PROT, revision="revising"),
    N("p.n6", P, "an earlier count of 1,500", 1500, PROT, core=False, note="the superseded count with its reason"),
    N("p.n7", P, "Organisers put the crowd at 3,000", 3000, PROT, note="the organisers' count"),
    N("p.n8", P, "about 300 Uyghurs and Tibetans", 300, "Uyghur and Tibetan protesters", bound="about"),
    N("p.n9", P, "Some 640 journalists were accredited", 640, JOUR, bound="about"),
    N("p.n10", P, "180 of them from China", 180, JOUR + " from China"),
    K("p.c4", P, "committing to present updated 2035 targets and to create a working group on methane by the end of "
                 "March 2027", BOTH, CLIM, "United Nations", "by the end of March 2027"),

    # AP (.json, Friday, BEIJING dateline)
    S("ap.s0", AP, "China says no timetable agreed on EV price offer", GAO, core=False, zone="HEADLINE"),
    S("ap.s1", AP, "China said Friday it had agreed to no timetable for answering a European Union offer on electric "
                   "car prices", GAO),
    T("ap.t1", AP, "China said Friday", "Chinese foreign ministry briefing", "2026-12-04", "FRIDAY", core=False),
    T("ap.t2", AP, "cut short a day earlier", SUM, "2026-12-03", None, core=False, note="relative: Thursday"),
    L("ap.l1", AP, "a summit in Brussels that was cut short", BRU),
    L("ap.l2", AP, "a regular briefing in Beijing", "Beijing", core=False,
      event="Chinese foreign ministry briefing"),
    K("ap.c1", AP, "China would \"carefully study\" the proposal", CN, "carefully study the EU's minimum-price "
      "proposal", EU, None, note="Beijing's account: no deadline"),
    Q("ap.q3", AP, "carefully study", GAO, core=False, fragment=True, note="Gao's words inside reported speech"),
    Q("ap.q1", AP, "No deadline was discussed. China will answer when the study is complete", GAO),
    K("ap.c2", AP, "China will answer when the study is complete", CN, RESP, EU, "when the study is complete",
      note="inside Gao's quote; contradicts the EU's 'within 30 days'"),
    S("ap.s2", AP, "European Commission President Ana Ferreira-Lobo had said Thursday that Beijing promised a "
                   "response within 30 days", FERR),
    K("ap.c3", AP, "Beijing promised a response within 30 days", CN, RESP, EU, "within 30 days"),
    D("ap.d5", AP, "within 30 days", 43200, "deadline for China's answer", expected=True, core=False),
    T("ap.t3", AP, "had said Thursday", "Ferreira-Lobo's news conference", "2026-12-03", "THURSDAY", core=False),
    L("ap.l3", AP, "The summit at the Europa building in Brussels", BRU, venue=EB),
    T("ap.t4", AP, "in Brussels on Thursday lasted", SUM, "2026-12-03", "THURSDAY"),
    D("ap.d1", AP, "lasted less than five hours", 300, "summit (held)", bound="less-than"),
    D("ap.d2", AP, "instead of the planned seven", 420, "summit (scheduled)", expected=True),
    S("ap.s3", AP, "a joint news conference was called off", "AP"),
    T("ap.t5", AP, "on Wednesday evening for nearly three hours", DIN, "2026-12-02", "WEDNESDAY"),
    D("ap.d3", AP, "for nearly three hours", 180, DIN, bound="nearly"),
    A("ap.a1", AP, "The state news agency Xinhua described", XIN),
    Q("ap.q2", AP, "candid and constructive", XIN, core=False, fragment=True, note="Xinhua's words"),
    K("ap.c4", AP, "Both sides said they would hold a high-level economic dialogue in Beijing in the first quarter of "
                   "2027", BOTH, DIAL, None, "in the first quarter of 2027"),
    T("ap.t7", AP, "in the first quarter of 2027", "high-level economic dialogue (planned)", "2027-Q1", None,
      core=False, note="a planned date"),
    T("ap.t8", AP, "during Thursday's protests", "protests near the summit", "2026-12-03", "THURSDAY", core=False),
    L("ap.l4", AP, "a high-level economic dialogue in Beijing", "Beijing", core=False,
      event="high-level economic dialogue (planned)"),
    N("ap.n1", AP, "traded goods worth 731 billion euros", 731000000000, TRADE),
    S("ap.s4", AP, "Brussels police said Friday that 17 people had been detained during Thursday's protests", POL),
    N("ap.n2", AP, "17 people had been detained", 17, DET, as_of="2026-12-04"),
    L("ap.l5", AP, "The previous EU-China summit, held in Beijing", "Beijing", core=False, event=PREV,
      note="background"),
    T("ap.t6", AP, "in July 2025", PREV, "2025-07", None, core=False, note="background"),
    D("ap.d4", AP, "lasted about six hours", 360, PREV, bound="about", core=False, note="background"),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d3", "p.d2"],
     "summary": "The restricted session: 50 minutes (Reuters) vs about 90 minutes (AFP)."},
    {"id": "E2", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["r.c1", "ap.c2"],
     "summary": "The EU: China promised to respond within 30 days; Beijing (Gao, Friday): no deadline, China will "
                "answer when its study is complete."},
    {"id": "E3", "kind": "DISCREPANCY", "type": "COMMITMENT", "claims": ["p.c3", "p.s4"],
     "summary": "Xinhua: the EU committed to refrain from new trade defence measures; the Commission denies it."},
    {"id": "E4", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["p.n5", "p.n7"],
     "summary": "Protesters: 1,200 (Brussels police) vs 3,000 (organisers)."},
    {"id": "E5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["p.n6", "p.n5"],
     "summary": "Protesters (police): 1,500, revised down to 1,200 because one march had been counted twice."},
    {"id": "E6", "kind": "VARIANT", "type": "ENTITY", "articles": [R, P, AP],
     "values": ["Mikael Lindqvist", "Mikael Lindquist"],
     "summary": "The European Council president: 'Lindqvist' (Reuters, AFP) and 'Lindquist' (AP)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "p.t1", "ap.t4"],
     "summary": "The summit was held on Thursday 3 December 2026."},
    {"id": "E8", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l2", "p.l1", "ap.l3"],
     "summary": "The summit was held in Brussels, at the Europa building (Reuters, AP)."},
    {"id": "E9", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "ap.d2"],
     "summary": "Seven hours had been scheduled (Reuters, AP)."},
    {"id": "E10", "kind": "AGREEMENT", "type": "DURATION", "claims": ["p.d1", "ap.d1", "r.d1"],
     "summary": "The summit lasted less than five hours (AFP, AP) / about four and a half hours (Reuters)."},
    {"id": "E11", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d5", "ap.d3"],
     "summary": "The working dinner lasted nearly three hours (Reuters, AP)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t3", "ap.t5"],
     "summary": "The working dinner was on Wednesday evening."},
    {"id": "E13", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c1", "p.c1", "ap.c3"],
     "summary": "By the EU's account, China will answer the minimum-price offer within 30 days."},
    {"id": "E14", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c4", "p.c2"],
     "summary": "China will resume rare-earth export licences for European firms within two weeks / within 14 days: "
                "the same promise worded differently."},
    {"id": "E15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.c3", "p.c4"],
     "summary": "Joint climate statement: updated 2035 targets and a methane working group by the end of March 2027."},
    {"id": "E16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n3", "ap.n1"],
     "summary": "EU-China trade in goods worth 731 billion euros last year (Reuters, AP)."},
    {"id": "E17", "kind": "AGREEMENT", "type": "STATEMENT", "claims": ["r.s1", "p.s1", "ap.s3"],
     "summary": "The joint press/news conference was cancelled."},
]

en_traps = [
    {"articles": [R, P, AP], "claims": ["r.d2", "ap.d2", "r.d1", "p.d1", "ap.d1"],
     "why": "seven hours scheduled vs about four and a half hours / less than five hours held: schedule vs what "
            "happened; 'about four and a half' and 'less than five' agree"},
    {"articles": [R, P], "claims": ["r.d3", "r.d4", "p.d3", "r.d5", "r.d1", "p.d1"],
     "why": "separately timed parts (restricted session, plenary, working lunch, Wednesday's dinner) are not the "
            "summit's length"},
    {"articles": [R], "claims": ["r.t4", "r.t3"],
     "why": "'2310 GMT Wednesday' is the GMT time of the dinner's end shortly after midnight local time: not a "
            "different date"},
    {"articles": [R, P], "claims": ["r.n3", "r.n4", "p.n3", "r.n1", "r.n2", "p.n4"],
     "why": "731 billion euros and $851 billion are the same trade in two currencies; the 305 billion euro deficit, "
            "the 37.6% extra duty, the 10% standard tariff and 410,000 cars are different things"},
    {"articles": [P], "claims": ["p.n5", "p.n6", "p.n8", "p.n9", "p.n10", "p.n1", "p.n2"],
     "why": "different things counted: protesters (1,200 police, of which the organisers say about 300 Uyghurs and "
            "Tibetans), journalists (640, 180 from China), delegations by side (31 Chinese, 23 European)"},
    {"articles": [AP], "claims": ["ap.l2", "ap.l4", "ap.l5", "ap.t1"],
     "why": "the BEIJING dateline, Gao's briefing in Beijing, the planned dialogue in Beijing and the previous summit "
            "in Beijing are not the summit's place"},
    {"articles": [AP], "claims": ["ap.l5", "ap.t6", "ap.d4"],
     "why": "background: the previous summit (Beijing, July 2025, about six hours) is another event"},
    {"articles": [R, P, AP], "claims": ["r.c4", "p.c2", "r.c1", "p.c1"],
     "why": "'within two weeks' / 'within 14 days' (rare earths) and 'within 30 days' (price offer) are deadlines of "
            "different promises"},
    {"articles": [R, AP], "claims": ["r.t2", "r.t1", "ap.t2"],
     "why": "4:30 p.m. was the planned time of the cancelled news conference; 'a day earlier' in AP's Friday story "
            "is Thursday"},
    {"articles": [R, P, AP], "claims": ["r.d6", "r.d7", "p.d4", "p.d5", "ap.d5", "r.t5", "p.t2", "ap.t7", "ap.t8"],
     "why": "deadlines of promises (30 days, two weeks / 14 days, end of March 2027, first quarter of 2027) are not "
            "lengths or dates of the summit; Thursday's protests are the summit day"},
    {"articles": [R], "claims": [],
     "why": "the 'Related:' headline is another article: a link, not a claim"},
]

ENT = {
    LIND: ["Mikael Lindqvist", "Michael Lindqvist", "Mikael Lindquist", "Lindqvist", "Lindquist",
           "Presiden Dewan Eropa", "European Council President"],
    FERR: ["Ana Ferreira-Lobo", "Ferreira-Lobo", "Presiden Komisi Eropa", "European Commission President",
           "The 57-year-old Portuguese", "Politikus berusia 57 tahun itu"],
    ZHAO: ["Zhao Wenhai", "Zhao", "PM China", "Perdana Menteri China", "Chinese Premier"],
    GAO: ["Gao Lirong", "Gao", "Foreign ministry spokesperson"],
    MARC: ["Elena Marchetti", "Marchetti", "Juru bicara utama Komisi Eropa", "Commission chief spokeswoman"],
    AALTO: ["Jonas Aalto", "Aalto", "juru bicara Dewan Eropa"],
    DEWULF: ["Sarah Dewulf", "Dewulf", "perempuan berusia 44 tahun itu"],
    XIN: ["Xinhua", "Kantor berita pemerintah China", "China's official news agency", "The state news agency"],
    MOFCOM: ["Kementerian Perdagangan China", "China's commerce ministry"],
    POL: ["Kepolisian Brussel", "Polisi Brussel", "Brussels police"],
    EU: ["Uni Eropa", "UE", "European Union", "EU", "Komisi Eropa", "European Commission"],
    CN: ["China", "Beijing"],
    BRU: ["Brussel", "Brussels", "Gedung Europa", "Europa building"],
}

if __name__ == "__main__":
    write_gold(HERE, EVENT + "; the Indonesian folder", TYPES, EXHAUSTIVE, "id", id_articles, id_claims, id_findings,
               id_traps, ENT)
    write_gold(HERE, EVENT + "; the English folder", TYPES, EXHAUSTIVE, "en", en_articles, en_claims, en_findings,
               en_traps, ENT)
