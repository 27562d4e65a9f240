#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the event talks-us-iran-muscat-2026 (spans are filled
afterwards by `cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py corpora/talks-us-iran-muscat-2026/<lang>/gold.json`;
re-running this script drops them).

Event (invented, written for claimdiff's evaluation): U.S. National Security Adviser Daniel Whitcomb (55) and
Iran's Deputy Foreign Minister Mohammad-Reza Ghaffari (61; AFP and Tribunnews: 'Mohammad Reza Qaffari') meet at
the Al Bustan Palace hotel in Muscat, Oman, on Wednesday 16 September 2026, over a prisoner exchange. Announced
by Oman's foreign ministry in Muscat on Monday 14 September; scheduled 'all day'. Held: two sessions with a lunch
break, nearly four hours in all; the morning session about two and a half hours (Reuters, a U.S. official) or two
hours (AFP, a diplomat). Framework: Iran frees five U.S. citizens and dual nationals (Monday: 'at least four',
State Department); the U.S. releases seven Iranians (Tehran's list had nine on Monday; two had already been
deported in August). Iran sends written proposals next week; a follow-up round within a month, again in Oman.
Thursday 17 September: Iranian foreign ministry spokesman Hossein Taheri (Tehran) denies asking for frozen
assets; the ministry's first statement was posted shortly after midnight Thursday Tehran time (2030 GMT
Wednesday); NSC spokeswoman Karen Ashby (Washington). Previous round: Doha, Tuesday 23 September 2025, about
three hours, no agreement. About 40,000 U.S. troops in the Middle East (background).
"""
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'talks-us-iran-muscat-2026')
EVENT = ("Talks between U.S. National Security Adviser Daniel Whitcomb and Iran's Deputy Foreign Minister "
         "Mohammad-Reza Ghaffari at the Al Bustan Palace hotel, Muscat, Oman, Wednesday 2026-09-16, on a prisoner "
         "exchange (written for claimdiff's evaluation; facts invented)")
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]

WH, GH, TAH, ASH = "Daniel Whitcomb", "Mohammad-Reza Ghaffari", "Hossein Taheri", "Karen Ashby"
OMFM = "Omani foreign ministry"
USOFF = "U.S. official"
BOTH = "United States and Iran"
TALKS = "talks between the two envoys"
PREV = "previous round (Doha, 2025)"
US_LIST = "U.S. citizens and dual nationals held in Iran (exchange list)"
IR_LIST = "Iranians held in the U.S. (Tehran's exchange list)"
DEP = "Iranians on the list already deported"
SESS = "sessions of talks"
TROOPS = "U.S. troops in the Middle East"
WRIT = "send written proposals on the prisoner exchange"
AGAIN = "hold a follow-up round of talks"
SWAP = "exchange five U.S. citizens and dual nationals for seven Iranians"
STUDY = "study Iran's written proposals"
AB = "Al Bustan Palace"
TOTAL = "talks (both sessions)"
MORN = "morning session"
SCHED = "talks (scheduled)"
STMT = "Iranian foreign ministry statement"
BRIEF = "Iranian foreign ministry weekly briefing"
NEXT = "follow-up round"
LIST9 = "Tehran's list announced"
DEPD = "deportation of two listed Iranians"


def C(cid, art, typ, ev, core=True, **kw):
    c = {"id": cid, "article": art, "type": typ, "evidence": ev, "core": core}
    c.update(kw)
    return c


def Q(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "QUOTE", ev, core, speaker=speaker, **kw)


def S(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "STATEMENT", ev, core, speaker=speaker, **kw)


def N(cid, art, ev, amount, what, core=True, **kw):
    c = C(cid, art, "QUANTITY", ev, core, what=what, **kw)
    if amount is not None:
        c["amount"] = amount
    return c


def D(cid, art, ev, minutes, event, core=True, **kw):
    return C(cid, art, "DURATION", ev, core, minutes=minutes, event=event, **kw)


def T(cid, art, ev, event, date, weekday, core=True, **kw):
    return C(cid, art, "EVENT_DATE", ev, core, event=event, date=date, weekday=weekday, **kw)


def L(cid, art, ev, place, core=True, **kw):
    return C(cid, art, "LOCATION", ev, core, place=place, **kw)


def K(cid, art, ev, actor, action, recipient, due, core=True, **kw):
    return C(cid, art, "COMMITMENT", ev, core, actor=actor, action=action, recipient=recipient, due=due, **kw)


def A(cid, art, ev, source, core=True, **kw):
    return C(cid, art, "SOURCE_CITATION", ev, core, source=source, **kw)


ALLDAY = "'all day' / 'seharian': no figure in the text; 480 minutes stands for a working day"

# ---------------------------------------------------------------------------------------------- Indonesian
KO, CN, TR, AN, DT = ("01_kompas_senin-preview.txt", "02_cnnindonesia_rabu-malam.html", "03_tribunnews_rabu-malam.txt",
                      "04_antara_reuters_rabu-malam.json", "05_detik_kamis-sore.txt")
id_articles = {
    KO: {"outlet": "Kompas.com", "language": "id", "published": "2026-09-14T19:45+07:00", "cites": [],
         "note": "PREVIEW (JAKARTA dateline): Oman's foreign ministry announced the talks in Muscat on Senin (14/9/2026) "
                 "for Rabu (16/9/2026); 'dijadwalkan berlangsung seharian' is a plan; 'sedikitnya empat' Americans "
                 "(State Department) and nine Iranians on Tehran's list, both as of Monday; Taheri quoted in Tehran; "
                 "background: Doha, Selasa (23/9/2025), about three hours; troops; two 'Baca juga' lines with numbers"},
    CN: {"outlet": "CNN Indonesia", "language": "id", "published": "2026-09-16T21:10+07:00", "cites": [],
         "note": "HTML page (byline/date <div>s and <figcaption> are not in the extracted text); Jakarta dateline; "
                 "lead dates the talks 'Kamis (16/9/2026)': 16 September 2026 is a Wednesday (weekday error); "
                 "nearly four hours, two sessions, morning about 2.5 hours; seven Iranians 'direvisi dari sembilan' "
                 "with the reason; speakers by description ('Diplomat berusia 55 tahun itu', 'diplomat itu')"},
    TR: {"outlet": "Tribunnews", "language": "id", "published": "2026-09-16T22:25+07:00", "cites": ["AFP"],
         "note": "after AFP ('Dikutip dari AFP'); MUSKAT dateline; spells the Iranian envoy 'Mohammad Reza Qaffari' "
                 "as AFP does; headline 'Berunding Seharian' while the body says nearly four hours; gives Ghaffari's "
                 "'the ball is now in Washington's court' to Whitcomb; morning session two hours (AFP's figure)"},
    AN: {"outlet": "ANTARA", "language": "id", "published": "2026-09-16T22:40+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_wednesday.txt",
         "note": ".json record; translation of the Reuters wire, faithful except one value: 'nearly four hours of "
                 "talks' became 'hampir lima jam'; renders three of the wire's four quotations (drops 'But closer is "
                 "not done'); drops the byline and Related line, adds its own Baca juga and 'Sumber: Reuters'"},
    DT: {"outlet": "detikNews", "language": "id", "published": "2026-09-17T16:40+07:00", "cites": [],
         "note": "Thursday follow-up (Jakarta dateline): Taheri's weekly briefing in Tehran on Kamis (17/9/2026); the "
                 "ministry's statement posted 'Kamis (17/9) dini hari waktu Teheran'; written proposals next week; "
                 "Ashby in Washington; next round within a month, again in Oman; Baca juga '4 Jam'"},
}

id_claims = [
    # 01 Kompas.com preview (Monday)
    L("k.l0", KO, "Akan Berunding di Muskat Rabu", "Muscat", core=False, zone="HEADLINE"),
    T("k.t0", KO, "Berunding di Muskat Rabu", TALKS, "2026-09-16", "WEDNESDAY", core=False, zone="HEADLINE",
      note="the coming Wednesday"),
    L("k.l1", KO, "akan bertemu di Muskat, Oman", "Muscat", note="the planned place"),
    T("k.t1", KO, "di Muskat, Oman, Rabu (16/9/2026)", TALKS, "2026-09-16", "WEDNESDAY",
      note="the planned date, stated two days before"),
    T("k.t2", KO, "diumumkan Kementerian Luar Negeri Oman di Muskat, Senin (14/9/2026)", "announcement of the talks",
      "2026-09-14", "MONDAY", core=False, note="the announcement date, not the talks' date"),
    S("k.s1", KO, "pertemuan akan digelar di Hotel Al Bustan Palace dan dijadwalkan berlangsung seharian", OMFM),
    L("k.l2", KO, "pertemuan akan digelar di Hotel Al Bustan Palace", "Muscat", venue=AB, note="the planned venue"),
    D("k.d1", KO, "dijadwalkan berlangsung seharian", 480, SCHED, expected=True, note=ALLDAY),
    S("k.s2", KO, "Oman menjadi tuan rumah atas permintaan kedua pihak", OMFM, core=False),
    N("k.n1", KO, "sedikitnya empat warga AS dan warga berkewarganegaraan ganda masih ditahan di Iran", 4, US_LIST,
      bound="at-least", as_of="2026-09-14", note="State Department's count before the talks; five on Wednesday"),
    N("k.n2", KO, "ada sembilan warga Iran dalam daftar tahanan", 9, IR_LIST, as_of="2026-09-14",
      note="Tehran's Monday list; revised to seven (two already deported)"),
    S("k.s3", KO, "Juru bicara Kementerian Luar Negeri Iran Hossein Taheri mengatakan delegasinya datang dengan niat "
                  "baik", TAH, core=False),
    Q("k.q1", KO, "Kami tidak datang ke Muskat untuk berfoto. Kami datang untuk hasil", TAH),
    L("k.l3", KO, "ujar Taheri di Teheran", "Tehran", core=False, note="where the spokesman spoke, not the venue"),
    L("k.l4", KO, "Putaran sebelumnya digelar di Doha, Qatar", "Doha", core=False, event=PREV, note="background"),
    T("k.t3", KO, "Selasa (23/9/2025)", PREV, "2025-09-23", "TUESDAY", core=False, note="background"),
    D("k.d2", KO, "berlangsung sekitar tiga jam tanpa kesepakatan", 180, PREV, core=False, bound="about",
      note="background: the 2025 round in Doha"),
    N("k.n3", KO, "sekitar 40.000 tentara di kawasan Timur Tengah", 40000, TROOPS, core=False, bound="about",
      note="background"),
    D("k.d3", KO, "dalam setahun terakhir", 525600, "interval since the previous round", core=False,
      note="a time span, not something that lasted"),
    T("k.t4", KO, "Teheran pada hari yang sama", LIST9, "2026-09-14", None, core=False,
      note="relative: the Monday of the announcement"),
    L("k.l5", KO, "di kawasan Timur Tengah", "Middle East", core=False, note="background (troops)"),

    # 02 CNN Indonesia (HTML, Wednesday evening)
    L("c.l0", CN, "Kerangka Pertukaran Tahanan di Muskat", "Muscat", core=False, zone="HEADLINE"),
    L("c.l1", CN, "dalam perundingan di Muskat, Oman", "Muscat"),
    T("c.t1", CN, "Kamis (16/9/2026)", TALKS, "2026-09-16", "THURSDAY",
      note="weekday error as written: 16/9/2026 is a Wednesday (Rabu); the other outlets say Rabu"),
    D("c.d1", CN, "berunding hampir empat jam", 240, TOTAL, bound="nearly"),
    L("c.l2", CN, "di Hotel Al Bustan Palace", "Muscat", venue=AB),
    N("c.n0", CN, "dibagi dalam dua sesi", 2, SESS),
    D("c.d2", CN, "Sesi pagi berlangsung sekitar 2,5 jam", 150, MORN, bound="about", note="decimal comma"),
    K("c.k3", CN, "Iran akan membebaskan lima warga AS dan warga berkewarganegaraan ganda, sementara AS akan melepaskan "
                  "tujuh warga Iran", BOTH, SWAP, None, None, note="the framework's terms"),
    N("c.n1", CN, "Iran akan membebaskan lima warga AS", 5, US_LIST, as_of="2026-09-16"),
    N("c.n2", CN, "AS akan melepaskan tujuh warga Iran", 7, IR_LIST, as_of="2026-09-16", revision="direvisi",
      note="'direvisi dari sembilan orang': two had already been deported to Iran in August"),
    N("c.n3", CN, "direvisi dari sembilan orang", 9, IR_LIST, core=False, as_of="2026-09-14",
      note="the superseded count quoted with its revision"),
    N("c.n4", CN, "dua di antaranya ternyata sudah dideportasi", 2, DEP, core=False),
    T("c.t2", CN, "pada Agustus", DEPD, "2026-08", None, core=False),
    Q("c.q1", CN, "Kami datang ke sini untuk memulangkan warga Amerika, dan hari ini kami lebih dekat dari sebelumnya",
      WH),
    S("c.s1", CN, "Diplomat berusia 55 tahun itu menegaskan tidak ada dana Iran yang dibekukan yang ikut dibahas", WH,
      note="denial, attributed by description"),
    S("c.s2", CN, "Ghaffari mengatakan Teheran akan mengirimkan usulan tertulis soal urutan pembebasan pekan depan", GH),
    K("c.k1", CN, "Teheran akan mengirimkan usulan tertulis soal urutan pembebasan pekan depan", "Iran", WRIT,
      "United States", "next week"),
    Q("c.q2", CN, "Kami sudah menunjukkan itikad baik", GH, note="'ujar diplomat itu'"),
    K("c.k2", CN, "Kedua pihak sepakat menggelar putaran lanjutan dalam waktu sebulan", BOTH, AGAIN, None,
      "within a month"),

    # 03 Tribunnews (after AFP)
    D("t.d0", TR, "Berunding Seharian", 480, TOTAL, zone="HEADLINE",
      note="the headline says the talks went on all day; the body says nearly four hours (" + ALLDAY + ")"),
    L("t.l0", TR, "Seharian di Muskat", "Muscat", core=False, zone="HEADLINE"),
    L("t.l1", TR, "berunding di Muskat, Oman", "Muscat"),
    T("t.t1", TR, "Rabu (16/9/2026)", TALKS, "2026-09-16", "WEDNESDAY"),
    A("t.a1", TR, "Dikutip dari AFP", "AFP"),
    D("t.d2", TR, "bertemu dalam sesi pagi selama dua jam", 120, MORN, note="AFP's figure"),
    D("t.d1", TR, "perundingan berlangsung hampir empat jam", 240, TOTAL, bound="nearly"),
    Q("t.q1", TR, "Bola kini ada di tangan Washington", WH,
      note="attributed to Whitcomb ('kata Whitcomb'); AFP and Reuters/ANTARA give these words to Ghaffari"),
    S("t.s1", TR, "Qaffari menyebut Teheran akan menyampaikan usulannya secara tertulis pekan depan", GH,
      note="spelled 'Qaffari'"),
    K("t.k1", TR, "Teheran akan menyampaikan usulannya secara tertulis pekan depan", "Iran", WRIT, "United States",
      "next week"),
    S("t.s2", TR, "Ia membantah Iran telah setuju membebaskan semua warga asing yang ditahan di negaranya", GH,
      note="denial"),
    N("t.n1", TR, "Iran menahan lima warga AS", 5, US_LIST, as_of="2026-09-16"),
    N("t.n2", TR, "tujuh warganya dibebaskan dari penjara AS", 7, IR_LIST, as_of="2026-09-16"),
    K("t.k2", TR, "kedua pihak sepakat bertemu lagi dalam sebulan", BOTH, AGAIN, None, "within a month",
      note="Whitcomb's statement"),
    L("t.l2", TR, "Putaran sebelumnya digelar di Doha", "Doha", core=False, event=PREV, note="background"),
    T("t.t2", TR, "pada September 2025", PREV, "2025-09", None, core=False, note="background"),

    # 04 ANTARA, translation of the Reuters wire
    L("a.l0", AN, "usai perundingan di Muskat", "Muscat", core=False, zone="HEADLINE"),
    T("a.t1", AN, "pada Rabu menyepakati", TALKS, "2026-09-16", "WEDNESDAY"),
    D("a.d1", AN, "berunding hampir lima jam", 300, TOTAL, bound="nearly",
      note="the changed value: Reuters says 'nearly four hours of talks'"),
    L("a.l1", AN, "di ibu kota Oman", "Muscat"),
    A("a.a1", AN, "dilansir dari Reuters", "Reuters"),
    L("a.l2", AN, "Perundingan di Hotel Al Bustan Palace", "Muscat", venue=AB),
    D("a.d2", AN, "menurut Oman akan berlangsung seharian", 480, SCHED, expected=True, note=ALLDAY),
    N("a.n0", AN, "digelar dalam dua sesi", 2, SESS),
    D("a.d3", AN, "Sesi pagi berlangsung sekitar dua setengah jam", 150, MORN, bound="about"),
    T("a.t5", AN, "dimulai pukul 10.00 (06.00 GMT)", "talks start", "2026-09-16", None, core=False),
    T("a.t6", AN, "berakhir sekitar pukul 15.30", "talks end (second session)", "2026-09-16", None, core=False),
    K("a.k3", AN, "Iran akan membebaskan lima warga AS dan warga berkewarganegaraan ganda, sedangkan AS akan melepaskan "
                  "tujuh warga Iran", BOTH, SWAP, None, None, note="the framework's terms"),
    N("a.n1", AN, "Iran akan membebaskan lima warga AS", 5, US_LIST, as_of="2026-09-16"),
    N("a.n2", AN, "AS akan melepaskan tujuh warga Iran", 7, IR_LIST, as_of="2026-09-16"),
    Q("a.q1", AN, "Kami datang ke sini untuk memulangkan warga Amerika, dan hari ini kami lebih dekat daripada "
                  "bertahun-tahun sebelumnya", WH),
    S("a.s1", AN, "Ghaffari mengatakan Teheran akan mengirimkan usulan tertulisnya mengenai urutan pembebasan pekan "
                  "depan", GH),
    K("a.k1", AN, "Teheran akan mengirimkan usulan tertulisnya mengenai urutan pembebasan pekan depan", "Iran", WRIT,
      "United States", "next week"),
    Q("a.q2", AN, "Bola kini ada di pihak Washington. Kami telah menunjukkan itikad baik", GH),
    K("a.k2", AN, "Kedua pihak sepakat menggelar putaran lanjutan dalam waktu sebulan", BOTH, AGAIN, None,
      "within a month", note="Oman's foreign ministry statement"),
    T("a.t2", AN, "Pada Senin, Teheran menyebut", LIST9, "2026-09-14", "MONDAY", core=False),
    N("a.n3", AN, "sembilan warga Iran ada dalam daftarnya", 9, IR_LIST, core=False, as_of="2026-09-14",
      note="the superseded count with the reason (two deported, dropped)"),
    N("a.n4", AN, "dua di antaranya sudah dideportasi", 2, DEP, core=False),
    T("a.t3", AN, "pada Agustus", DEPD, "2026-08", None, core=False),
    S("a.s2", AN, "Whitcomb membantah bahwa pencairan dana Iran yang dibekukan ikut dibahas", WH, note="denial"),
    Q("a.q3", AN, "Tidak ada uang di atas meja. Sama sekali tidak", WH),
    L("a.l3", AN, "digelar di Doha", "Doha", core=False, event=PREV, note="background"),
    T("a.t4", AN, "pada 23 September 2025", PREV, "2025-09-23", None, core=False, note="background"),
    D("a.d4", AN, "berlangsung sekitar tiga jam tanpa kesepakatan", 180, PREV, core=False, bound="about",
      note="background"),
    A("a.a2", AN, "Sumber: Reuters", "Reuters", core=False),

    # 05 detikNews (Thursday)
    K("d.k0", DT, "Iran Janji Kirim Usulan Tertulis Pekan Depan", "Iran", WRIT, "United States", "next week",
      core=False, zone="HEADLINE"),
    K("d.k1", DT, "Iran akan mengirimkan usulan tertulis soal pertukaran tahanan kepada Amerika Serikat (AS) pekan "
                  "depan", "Iran", WRIT, "United States", "next week"),
    S("d.s1", DT, "Hal itu disampaikan juru bicara Kementerian Luar Negeri Iran, Hossein Taheri", TAH),
    L("d.l1", DT, "jumpa pers mingguan di Teheran", "Tehran", core=False, event=BRIEF,
      note="where the spokesman spoke, not the venue"),
    T("d.t1", DT, "jumpa pers mingguan di Teheran, Kamis (17/9/2026)", BRIEF, "2026-09-17", "THURSDAY", core=False),
    L("d.l2", DT, "perundingan di Muskat, Oman", "Muscat"),
    T("d.t2", DT, "sehari sebelumnya", TALKS, "2026-09-16", None, core=False, note="relative: the day before Thursday"),
    Q("d.q1", DT, "Tidak ada yang disepakati sampai semuanya disepakati", TAH),
    S("d.s2", DT, "Ia membantah kabar bahwa Iran meminta pencairan aset yang dibekukan sebagai bagian dari kesepakatan",
      TAH, note="denial"),
    Q("d.q2", DT, "murni karangan", TAH, core=False, note="partial quote"),
    T("d.t3", DT, "pada Kamis (17/9) dini hari waktu Teheran", STMT, "2026-09-17", "THURSDAY", core=False),
    T("d.t4", DT, "berunding pada Rabu (16/9)", TALKS, "2026-09-16", "WEDNESDAY"),
    N("d.n0", DT, "dalam dua sesi", 2, SESS),
    K("d.k3", DT, "lima warga AS yang ditahan di Iran akan ditukar dengan tujuh warga Iran yang ditahan di AS", BOTH, SWAP,
      None, None, note="the framework's terms"),
    N("d.n1", DT, "lima warga AS yang ditahan di Iran", 5, US_LIST, as_of="2026-09-16"),
    N("d.n2", DT, "tujuh warga Iran yang ditahan di AS", 7, IR_LIST, as_of="2026-09-16"),
    L("d.l5", DT, "telah kembali dari Muskat", "Muscat", core=False),
    L("d.l3", DT, "Dari Washington", "Washington", core=False, note="where the NSC spokeswoman spoke"),
    S("d.s3", DT, "Karen Ashby mengatakan pihaknya akan mempelajari usulan Iran begitu diterima", ASH),
    K("d.k4", DT, "pihaknya akan mempelajari usulan Iran begitu diterima", "United States", STUDY, "Iran",
      "as soon as they arrive"),
    Q("d.q3", DT, "Kami tidak akan bernegosiasi di depan publik", ASH),
    K("d.k2", DT, "putaran kedua akan digelar dalam sebulan, kembali di Oman", BOTH, AGAIN, None, "within a month",
      note="Ashby's statement"),
    L("d.l4", DT, "kembali di Oman", "Oman", core=False, event=NEXT, note="the next round's place"),
]

id_findings = [
    {"id": "I1", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["c.t1", "t.t1", "a.t1", "d.t4"],
     "summary": "CNN Indonesia dates the talks 'Kamis (16/9/2026)'; 16 September 2026 is a Wednesday, as Tribunnews, "
                "ANTARA and detikNews say (weekday error)."},
    {"id": "I2", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["t.q1", "a.q2"],
     "summary": "'The ball is in Washington's court': Tribunnews gives it to Whitcomb, ANTARA (after Reuters) to "
                "Ghaffari (misattributed quote)."},
    {"id": "I3", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["a.d1", "c.d1", "t.d1"],
     "summary": "Length of the talks: nearly five hours (ANTARA) vs nearly four hours (CNN Indonesia, Tribunnews)."},
    {"id": "I4", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["t.d2", "c.d2", "a.d3"],
     "summary": "Morning session: two hours (Tribunnews, after AFP) vs about two and a half hours (CNN Indonesia, "
                "ANTARA)."},
    {"id": "I5", "kind": "INCONSISTENCY", "type": "DURATION", "claims": ["t.d0", "t.d1"],
     "summary": "Tribunnews' headline says the envoys talked all day; its body says nearly four hours."},
    {"id": "I6", "kind": "VARIANT", "type": "ENTITY", "claims": ["c.s2", "t.s1"],
     "values": ["Mohammad-Reza Ghaffari", "Mohammad Reza Qaffari"],
     "summary": "The Iranian deputy foreign minister is 'Ghaffari' (CNN Indonesia, ANTARA, Kompas, detikNews) and "
                "'Qaffari' (Tribunnews)."},
    {"id": "I7", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k.n2", "c.n2"],
     "summary": "Iranians on Tehran's list: nine on Monday, revised to seven on Wednesday (two already deported in "
                "August)."},
    {"id": "I8", "kind": "UPDATE", "type": "QUANTITY", "claims": ["k.n1", "c.n1"],
     "summary": "Americans held in Iran: at least four (Monday) to five (Wednesday's framework)."},
    {"id": "I9", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t.t1", "a.t1", "d.t4"],
     "summary": "The talks were held on Wednesday 16 September 2026."},
    {"id": "I10", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l1", "c.l1", "t.l1", "a.l1", "d.l2"],
     "summary": "The talks were in Muscat, Oman."},
    {"id": "I11", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l2", "c.l2", "a.l2"],
     "summary": "The venue: the Al Bustan Palace hotel."},
    {"id": "I12", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d1", "t.d1"],
     "summary": "Nearly four hours of talks (CNN Indonesia, Tribunnews)."},
    {"id": "I13", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k.d1", "a.d2"],
     "summary": "The talks were scheduled to last all day (Kompas preview, ANTARA)."},
    {"id": "I14", "kind": "AGREEMENT", "type": "DURATION", "claims": ["c.d2", "a.d3"],
     "summary": "Morning session about two and a half hours (CNN Indonesia, ANTARA)."},
    {"id": "I15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n0", "a.n0", "d.n0"],
     "summary": "Two sessions."},
    {"id": "I16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n1", "t.n1", "a.n1", "d.n1"],
     "summary": "Five Americans (U.S. citizens and dual nationals) on the exchange list."},
    {"id": "I17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["c.n2", "t.n2", "a.n2", "d.n2"],
     "summary": "Seven Iranians on the exchange list."},
    {"id": "I18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.k1", "t.k1", "a.k1", "d.k1"],
     "summary": "Iran will send written proposals next week."},
    {"id": "I19", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.k2", "t.k2", "a.k2", "d.k2"],
     "summary": "A follow-up round within a month."},
    {"id": "I24", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c.k3", "a.k3", "d.k3"],
     "summary": "The framework: Iran frees five Americans, the U.S. releases seven Iranians."},
    {"id": "I20", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["c.q1", "a.q1"],
     "summary": "Whitcomb: 'we came here to bring Americans home ... closer' (CNN Indonesia, ANTARA)."},
    {"id": "I21", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["c.q2", "a.q2"],
     "summary": "Ghaffari: 'we have shown goodwill' (CNN Indonesia, ANTARA)."},
    {"id": "I22", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["k.l4", "t.l2", "a.l3"],
     "summary": "Background: the previous round was in Doha."},
    {"id": "I23", "kind": "AGREEMENT", "type": "DURATION", "claims": ["k.d2", "a.d4"],
     "summary": "Background: the Doha round lasted about three hours."},
]

id_traps = [
    {"articles": [KO, AN, CN, TR], "claims": ["k.d1", "a.d2", "c.d1", "t.d1", "a.d1"],
     "why": "'dijadwalkan berlangsung seharian' / 'akan berlangsung seharian' is the schedule; nearly four hours is "
            "what happened (schedule vs what happened)"},
    {"articles": [CN, TR, AN, DT], "claims": ["c.n1", "c.n2", "t.n1", "t.n2", "a.n1", "a.n2", "d.n1", "d.n2"],
     "why": "five (Americans held in Iran) and seven (Iranians held in the U.S.) are two different lists"},
    {"articles": [CN, AN], "claims": ["c.d2", "c.d1", "a.d3"],
     "why": "the morning session (about two and a half hours) is part of the nearly four hours in all"},
    {"articles": [AN], "claims": ["a.t5", "a.t6", "a.d1", "a.n0"],
     "why": "10.00 to 15.30 spans about five and a half hours including the lunch break; it is not the length of "
            "the talks (the changed 'hampir lima jam' is a cross-language finding, not an inconsistency with it)"},
    {"articles": [KO], "claims": ["k.t2", "k.t1"],
     "why": "Senin (14/9/2026) is the announcement date of the preview, not the date of the talks"},
    {"articles": [KO, TR, AN], "claims": ["k.l4", "k.t3", "k.d2", "t.l2", "t.t2", "a.l3", "a.t4", "a.d4"],
     "why": "background: the previous round in Doha (23 September 2025, about three hours) is another event"},
    {"articles": [KO], "claims": ["k.n3", "k.l5", "k.d3"],
     "why": "background: U.S. troops in the Middle East; 'dalam setahun terakhir' is an interval, not a length"},
    {"articles": [KO, CN, AN], "claims": ["k.n2", "c.n3", "a.n3", "c.n2"],
     "why": "nine is Monday's superseded list, revised to seven: an update, not a discrepancy"},
    {"articles": [KO, CN], "claims": ["k.n1", "c.n1"],
     "why": "'sedikitnya empat' (Monday, before the talks) and five (Wednesday) are counts at different times"},
    {"articles": [DT, KO], "claims": ["d.t3", "d.t1", "d.t4", "d.t2", "k.t4"],
     "why": "the Iranian statement (Thursday, dini hari Tehran time) and the Thursday briefing are later events, not "
            "the date of the talks (Wednesday)"},
    {"articles": [KO, DT], "claims": ["k.l3", "d.l1", "d.l3", "d.l4"],
     "why": "Tehran and Washington (where spokespeople spoke) and Oman (the next round) are not the venue; the "
            "Jakarta and MUSKAT datelines are not claims"},
    {"articles": [CN, TR, AN, DT], "claims": ["c.s1", "t.s2", "a.s2", "d.s2", "c.k1", "t.k1"],
     "why": "denials (no frozen funds; Iran not freeing all foreigners) do not contradict the agreed framework or "
            "the promise of written proposals"},
    {"articles": [TR, CN, AN, DT], "claims": ["t.k2", "c.k2", "a.k2", "d.k2"],
     "why": "'dalam sebulan' / 'dalam waktu sebulan' are the same deadline"},
    {"articles": [KO, TR, DT], "claims": [],
     "why": "'Baca juga' headlines carry other articles' numbers ('9 Warganya', '3 Kali dalam 2 Tahun', 'Daftar 5 "
            "Warga AS', 'Berunding 4 Jam'): links, not claims"},
]

# ---------------------------------------------------------------------------------------------- English
R, F, P = "01_reuters_wednesday.txt", "02_afp_wednesday.html", "03_ap_thursday.json"
en_articles = {
    R: {"outlet": "Reuters", "language": "en", "published": "2026-09-16T13:18:00Z", "cites": [],
        "note": "MUSCAT wire; nearly four hours, two sessions, morning about 2.5 hours (a U.S. official); 5 and 7; "
                "nine on Monday revised (two deported); background Doha 23 Sept 2025; a Related line with 'nine'"},
    F: {"outlet": "AFP", "language": "en", "published": "2026-09-16T14:05:00Z", "cites": [],
        "note": "HTML page (byline/dateline <div>s and <figcaption> are not in the extracted text); spells the Iranian "
                "envoy 'Mohammad Reza Qaffari'; morning session of two hours; 'the 61-year-old diplomat'"},
    P: {"outlet": "AP", "language": "en", "published": "2026-09-17T08:30:00Z", "cites": [],
        "note": ".json record; TEHRAN dateline, Thursday: Taheri's briefing and denial; statement posted shortly after "
                "midnight Thursday Tehran time = 2030 GMT Wednesday; Ashby in Washington; troops (background)"},
}

en_claims = [
    # Reuters
    L("r.l0", R, "after Muscat talks", "Muscat", core=False, zone="HEADLINE"),
    T("r.t1", R, "agreed on Wednesday", TALKS, "2026-09-16", "WEDNESDAY"),
    D("r.d1", R, "nearly four hours of talks", 240, TOTAL, bound="nearly"),
    L("r.l1", R, "in the Omani capital", "Muscat"),
    L("r.l2", R, "The talks at the Al Bustan Palace hotel", "Muscat", venue=AB),
    D("r.d2", R, "Oman had said would run all day", 480, SCHED, expected=True, note=ALLDAY),
    N("r.n0", R, "held in two sessions", 2, SESS),
    D("r.d3", R, "The morning session lasted about two and a half hours", 150, MORN, bound="about"),
    T("r.t5", R, "began at 10 a.m. (0600 GMT)", "talks start", "2026-09-16", None, core=False),
    T("r.t6", R, "ended at about 3:30 p.m.", "talks end (second session)", "2026-09-16", None, core=False),
    K("r.k3", R, "Iran would free five U.S. citizens and dual nationals and the United States would release seven "
                 "Iranians", BOTH, SWAP, None, None, note="the framework's terms"),
    N("r.n1", R, "Iran would free five U.S. citizens and dual nationals", 5, US_LIST, as_of="2026-09-16"),
    N("r.n2", R, "the United States would release seven Iranians", 7, IR_LIST, as_of="2026-09-16"),
    Q("r.q1", R, "We came here to bring Americans home, and today we are closer than we have been in years", WH),
    Q("r.q2", R, "But closer is not done", WH, note="'the 55-year-old envoy added'"),
    S("r.s1", R, "Ghaffari said Tehran would send its written proposals on the sequence of the releases next week", GH),
    K("r.k1", R, "Tehran would send its written proposals on the sequence of the releases next week", "Iran", WRIT,
      "United States", "next week"),
    Q("r.q3", R, "The ball is now in Washington's court. We have shown our goodwill", GH),
    K("r.k2", R, "Both sides agreed to hold a follow-up round within a month", BOTH, AGAIN, None, "within a month",
      note="Oman's foreign ministry statement"),
    T("r.t2", R, "Tehran had said on Monday", LIST9, "2026-09-14", "MONDAY", core=False),
    N("r.n3", R, "nine Iranians were on its list", 9, IR_LIST, core=False, as_of="2026-09-14",
      note="superseded; two dropped as already deported"),
    N("r.n4", R, "two of them had already been deported", 2, DEP, core=False),
    T("r.t3", R, "in August", DEPD, "2026-08", None, core=False),
    S("r.s2", R, "Whitcomb denied that the release of frozen Iranian funds was part of the discussion", WH,
      note="denial"),
    Q("r.q4", R, "There is no money on the table. None", WH),
    L("r.l3", R, "held in Doha", "Doha", core=False, event=PREV, note="background"),
    T("r.t4", R, "on Sept. 23, 2025", PREV, "2025-09-23", None, core=False, note="background"),
    D("r.d4", R, "lasted about three hours without agreement", 180, PREV, core=False, bound="about",
      note="background"),

    # AFP (HTML)
    L("f.l0", F, "in Oman talks", "Oman", core=False, zone="HEADLINE"),
    T("f.t1", F, "on Wednesday in Muscat", TALKS, "2026-09-16", "WEDNESDAY"),
    L("f.l1", F, "in Muscat, where Oman hosted", "Muscat"),
    D("f.d0", F, "first face-to-face talks in a year", 525600, "interval since the previous round", core=False,
      note="a time difference, not something that lasted"),
    D("f.d1", F, "met in a morning session of two hours", 120, MORN),
    D("f.d2", F, "planned to last all day", 480, SCHED, expected=True, note=ALLDAY),
    Q("f.q1", F, "The ball is now in Washington's court", GH, note="'Qaffari told Iranian state television'"),
    S("f.s1", F, "The 61-year-old diplomat said Tehran would put its proposals in writing next week", GH),
    K("f.k1", F, "Tehran would put its proposals in writing next week", "Iran", WRIT, "United States", "next week"),
    S("f.s2", F, "He denied that Iran had agreed to free all foreigners in its jails", GH, note="denial"),
    N("f.n0", F, "only the five cases discussed", 5, US_LIST, core=False),
    K("f.k2", F, "the two sides had agreed to meet again within a month", BOTH, AGAIN, None, "within a month",
      note="Whitcomb's statement"),
    Q("f.q2", F, "Closer is not done. We will keep at it", WH),
    K("f.k3", F, "We will keep at it", "United States", "keep negotiating", "Iran", None, core=False,
      note="in Whitcomb's quote"),
    N("f.n1", F, "Iran holds five US citizens and dual nationals", 5, US_LIST, as_of="2026-09-16"),
    N("f.n2", F, "seven Iranians freed from US prisons", 7, IR_LIST, as_of="2026-09-16"),
    L("f.l2", F, "The previous round, in Doha", "Doha", core=False, event=PREV, note="background"),
    T("f.t2", F, "in September 2025", PREV, "2025-09", None, core=False, note="background"),

    # AP (.json, Thursday, TEHRAN dateline)
    K("p.k0", P, "written proposals on prisoner swap coming next week", "Iran", WRIT, "United States", "next week",
      core=False, zone="HEADLINE"),
    K("p.k1", P, "Iran will send the United States written proposals on a prisoner exchange next week", "Iran", WRIT,
      "United States", "next week"),
    T("p.t1", P, "the Foreign Ministry said Thursday", BRIEF, "2026-09-17", "THURSDAY", core=False),
    T("p.t2", P, "a day after talks between the two countries' envoys", TALKS, "2026-09-16", None, core=False,
      note="relative: the day before Thursday"),
    L("p.l1", P, "envoys in Oman", "Oman"),
    L("p.l2", P, "a weekly news conference in Tehran", "Tehran", core=False, event=BRIEF,
      note="where the spokesman spoke; the TEHRAN dateline is not the venue"),
    L("p.l3", P, "the talks in Muscat", "Muscat"),
    Q("p.q1", P, "serious and businesslike", TAH, core=False, note="partial quote"),
    Q("p.q2", P, "Nothing is agreed until everything is agreed", TAH),
    S("p.s1", P, "He denied reports that Iran had asked for the release of frozen assets as part of a deal", TAH,
      note="denial"),
    Q("p.q3", P, "pure invention", TAH, core=False, note="partial quote"),
    T("p.t3", P, "shortly after midnight Thursday", STMT, "2026-09-17", "THURSDAY", core=False, note="Tehran time"),
    T("p.t4", P, "at 2030 GMT Wednesday", STMT, "2026-09-16", "WEDNESDAY", core=False,
      note="the GMT date of the same statement"),
    L("p.l4", P, "had returned from Muscat", "Muscat", core=False),
    D("p.d1", P, "talked for nearly four hours", 240, TOTAL, bound="nearly"),
    T("p.t5", P, "on Wednesday, with a break for lunch", TALKS, "2026-09-16", "WEDNESDAY"),
    K("p.k3", P, "five Americans held in Iran would be exchanged for seven Iranians held in the U.S.", BOTH, SWAP, None,
      None, note="the framework's terms"),
    N("p.n1", P, "five Americans held in Iran", 5, US_LIST, as_of="2026-09-16"),
    N("p.n2", P, "seven Iranians held in the U.S.", 7, IR_LIST, as_of="2026-09-16"),
    L("p.l5", P, "In Washington", "Washington", core=False, note="where the NSC spokeswoman spoke"),
    S("p.s2", P, "Karen Ashby said the U.S. side would study Iran's proposals", ASH),
    K("p.k4", P, "the U.S. side would study Iran's proposals", "United States", STUDY, "Iran", "as soon as they arrive"),
    Q("p.q4", P, "as soon as they arrive", ASH, core=False, note="partial quote"),
    Q("p.q5", P, "We are not going to negotiate in public", ASH),
    K("p.k2", P, "a second round would be held within a month, again in Oman", BOTH, AGAIN, None, "within a month",
      note="Ashby's statement"),
    L("p.l6", P, "again in Oman", "Oman", core=False, event=NEXT, note="the next round's place"),
    N("p.n3", P, "about 40,000 troops across the Middle East", 40000, TROOPS, core=False, bound="about",
      note="background"),
    L("p.l8", P, "across the Middle East", "Middle East", core=False, note="background (troops)"),
    L("p.l7", P, "last met in Doha, Qatar", "Doha", core=False, event=PREV, note="background"),
    T("p.t6", P, "in September 2025", PREV, "2025-09", None, core=False, note="background"),
]

en_findings = [
    {"id": "E1", "kind": "DISCREPANCY", "type": "DURATION", "claims": ["r.d3", "f.d1"],
     "summary": "Morning session: about two and a half hours (Reuters, a U.S. official) vs two hours (AFP, a "
                "diplomat)."},
    {"id": "E2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["r.n3", "r.n2"],
     "summary": "Iranians on Tehran's list: nine on Monday, seven on Wednesday (two already deported in August)."},
    {"id": "E3", "kind": "VARIANT", "type": "ENTITY", "claims": ["r.s1", "f.s1"],
     "values": ["Mohammad-Reza Ghaffari", "Mohammad Reza Qaffari"],
     "summary": "The Iranian deputy foreign minister: 'Ghaffari' (Reuters, AP) and 'Qaffari' (AFP)."},
    {"id": "E4", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["r.t1", "f.t1", "p.t5"],
     "summary": "The talks were on Wednesday 16 September 2026."},
    {"id": "E5", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l1", "f.l1", "p.l3"],
     "summary": "The talks were in Muscat."},
    {"id": "E6", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d1", "p.d1"],
     "summary": "Nearly four hours of talks (Reuters, AP)."},
    {"id": "E7", "kind": "AGREEMENT", "type": "DURATION", "claims": ["r.d2", "f.d2"],
     "summary": "The talks had been planned to last all day (Reuters, AFP)."},
    {"id": "E8", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n1", "f.n1", "p.n1"],
     "summary": "Five Americans on the exchange list."},
    {"id": "E9", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["r.n2", "f.n2", "p.n2"],
     "summary": "Seven Iranians on the exchange list."},
    {"id": "E10", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.k1", "f.k1", "p.k1"],
     "summary": "Iran will send written proposals next week."},
    {"id": "E11", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.k2", "f.k2", "p.k2"],
     "summary": "A follow-up round within a month."},
    {"id": "E15", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["r.k3", "p.k3"],
     "summary": "The framework: five Americans exchanged for seven Iranians (Reuters, AP)."},
    {"id": "E12", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q3", "f.q1"],
     "summary": "Ghaffari: 'The ball is now in Washington's court' (Reuters, AFP)."},
    {"id": "E13", "kind": "AGREEMENT", "type": "QUOTE", "claims": ["r.q2", "f.q2"],
     "summary": "Whitcomb: 'closer is not done' (Reuters, AFP)."},
    {"id": "E14", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["r.l3", "f.l2", "p.l7"],
     "summary": "Background: the previous round was in Doha."},
]

en_traps = [
    {"articles": [R, F, P], "claims": ["r.d2", "f.d2", "r.d1", "p.d1"],
     "why": "'all day' was the plan; nearly four hours is what happened (schedule vs what happened)"},
    {"articles": [R, F, P], "claims": ["r.n1", "r.n2", "f.n1", "f.n2", "p.n1", "p.n2", "f.n0"],
     "why": "five (Americans held in Iran) and seven (Iranians held in the U.S.) are two different lists"},
    {"articles": [R], "claims": ["r.d3", "r.d1"],
     "why": "the morning session is part of the nearly four hours in all"},
    {"articles": [R], "claims": ["r.t5", "r.t6", "r.d1", "r.n0"],
     "why": "10 a.m. to 3:30 p.m. spans five and a half hours including lunch; the talks themselves lasted nearly "
            "four hours (no inconsistency); '0600 GMT' is the same moment as 10 a.m. local"},
    {"articles": [R], "claims": ["r.n3", "r.n2", "r.n4"],
     "why": "nine is Monday's superseded list (two deported, dropped): an update, not a discrepancy"},
    {"articles": [P], "claims": ["p.t3", "p.t4"],
     "why": "'shortly after midnight Thursday' (Tehran time) and '2030 GMT Wednesday' are the same moment"},
    {"articles": [P], "claims": ["p.t1", "p.t3", "p.t5", "p.t2"],
     "why": "Thursday is the date of the briefing and the statement, not of the talks (Wednesday)"},
    {"articles": [P], "claims": ["p.l2", "p.l5", "p.l6", "p.l1"],
     "why": "the TEHRAN dateline, Tehran and Washington (spokespeople) and Oman as the next round's host are not "
            "the venue (Muscat)"},
    {"articles": [R, F, P], "claims": ["r.l3", "r.t4", "r.d4", "f.l2", "f.t2", "p.l7", "p.t6", "p.n3", "p.l8"],
     "why": "background: the previous round in Doha (23 Sept 2025, about three hours) and U.S. troops in the region"},
    {"articles": [F], "claims": ["f.d0"],
     "why": "'in a year' is the interval since the previous round, not the length of anything"},
    {"articles": [R, F, P], "claims": ["r.s2", "f.s2", "p.s1", "r.k1", "f.k1"],
     "why": "denials (no money on the table; Iran not freeing all foreigners; no request for frozen assets) do not "
            "contradict the framework or the promises"},
    {"articles": [R], "claims": [],
     "why": "the 'Related:' headline carries another article's number ('nine nationals'): a link, not a claim"},
]


def gold(event_note, entities, articles, claims, findings, traps):
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids)), "duplicate claim ids"
    known = set(ids)
    for f in findings:
        for x in f.get("claims", []):
            assert x in known, (f["id"], x)
    for t in traps:
        for x in t["claims"]:
            assert x in known, (t["why"][:40], x)
    return {"schema": "claimdiff-gold/1", "event": EVENT + event_note, "claim_types": TYPES,
            "exhaustive_types": EXHAUSTIVE, "entities": entities, "articles": articles, "claims": claims,
            "findings": findings, "traps": traps}


ENT_COMMON = {
    WH: ["Daniel Whitcomb", "Whitcomb", "Penasihat Keamanan Nasional AS", "U.S. National Security Adviser",
         "US National Security Adviser", "the 55-year-old envoy", "Diplomat berusia 55 tahun itu"],
    GH: ["Mohammad-Reza Ghaffari", "Mohammad Reza Qaffari", "Ghaffari", "Qaffari", "Wakil Menteri Luar Negeri Iran",
         "Wakil Menlu", "Deputy Foreign Minister", "The 61-year-old diplomat", "diplomat itu"],
    TAH: ["Hossein Taheri", "Taheri", "Foreign Ministry spokesman", "juru bicara Kementerian Luar Negeri Iran"],
    ASH: ["Karen Ashby", "Ashby", "National Security Council spokeswoman", "juru bicara Dewan Keamanan Nasional AS"],
    OMFM: ["Kementerian Luar Negeri Oman", "Oman's foreign ministry"],
    "United States": ["Amerika Serikat", "AS", "United States", "U.S.", "US", "Washington"],
    "Iran": ["Iran", "Teheran", "Tehran"],
    "Muscat": ["Muskat", "Muscat", "Al Bustan Palace", "Hotel Al Bustan Palace", "Omani capital", "ibu kota Oman"],
}

if __name__ == "__main__":
    for lang, g in (("id", gold("; the Indonesian folder", ENT_COMMON, id_articles, id_claims, id_findings,
                                id_traps)),
                    ("en", gold("; the English folder", ENT_COMMON, en_articles, en_claims, en_findings,
                                en_traps))):
        path = os.path.join(HERE, lang, "gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
            path, len(g["articles"]), len(g["claims"]), sum(c["core"] for c in g["claims"]), len(g["findings"]),
            len(g["traps"])))
