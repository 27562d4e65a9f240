#!/usr/bin/env python3
"""Writes id/gold.json and en/gold.json for the invented event gempa-sumbawa-ntb-2026 (held-out set;
spans are filled afterwards with /work/main/corpora/tools/fill_spans.py).

usage: python3 make_gold.py     then  cd /work/main && nice -n 19 python3 corpora/tools/fill_spans.py <this folder>/id/gold.json (and en/)
"""
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gempa-sumbawa-ntb-2026')
TYPES = ["QUOTE", "STATEMENT", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EXHAUSTIVE = ["QUOTE", "DURATION", "EVENT_DATE", "LOCATION", "COMMITMENT", "SOURCE_CITATION", "QUANTITY"]
EVENT = ("Shallow earthquake in Sumbawa regency (Sumbawa island, West Nusa Tenggara), Thursday 2026-11-19 at 01.17 WITA "
         "(17.17 GMT Wednesday 18 November); BMKG magnitude 6.2 revised to 6.0, depth 10 km, about 18 km southeast of "
         "Sumbawa Besar; USGS 6.1 at 14 km; deaths 3 -> 7 -> 9 -> revised down to 8 on Friday morning (one victim "
         "registered twice) -> 10 on Friday 18.00 WITA; 14-day emergency status 19 November - 2 December 2026; BNPB "
         "promises 1,500 family tents by Saturday 21 November (written for claimdiff's evaluation; facts invented)")


def C(cid, art, typ, ev, core, **kw):
    c = {"id": cid, "article": art, "type": typ, "evidence": ev, "core": core}
    c.update(kw)
    return c


def Q(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "QUOTE", ev, core, speaker=speaker, **kw)


def S(cid, art, ev, speaker, core=True, **kw):
    return C(cid, art, "STATEMENT", ev, core, speaker=speaker, **kw)


def N(cid, art, ev, amount, what, core=True, **kw):
    c = C(cid, art, "QUANTITY", ev, core)
    if amount is not None:
        c["amount"] = amount
    c["what"] = what
    c.update(kw)
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


PLACE = "Sumbawa"
EPI = "epicentre, about 18 km southeast of Sumbawa Besar"
LENANG = "Lenang Ode village, Moyo Hulu district"
TOWN = "Sumbawa Besar"
ZAIN = "Lalu Ahmad Zainuri"
FIRDAUS = "Muhammad Firdaus Haris"
BAMBANG = "Bambang Suryadarma"
ADITYA = "Aditya Prameswara"
IWAN = "Iwan Setiabudi"
NUR = "Nurhayati"
TERM = "(term, no speaker)"
T06 = "2026-11-19T06:00+08:00"
T12 = "2026-11-19T12:00+08:00"
T18 = "2026-11-19T18:00+08:00"
F12 = "2026-11-20T12:00+08:00"
F18 = "2026-11-20T18:00+08:00"
DAYS14 = 14 * 24 * 60
BG = "2018 Lombok earthquakes"

# ---------------------------------------------------------------- Indonesian folder
K1, D2, T3, A4, S5 = ("01_kompas_kamis-pagi.txt", "02_detiknews_kamis-siang.html", "03_tribunlombok_kamis-malam.txt",
                      "04_antara_reuters.txt", "05_kabarsamawa_jumat.json")

id_articles = {
    K1: {"outlet": "Kompas.com", "language": "id", "published": "2026-11-19T07:05+07:00", "cites": [],
         "note": "first report (08.05 WITA): BMKG 6,2 updated to 6,0, depth 10 km, 18 km SE of Sumbawa Besar; 38 aftershocks, largest 4,8; BPBD Sumbawa as of 06.00 WITA: at least 3 dead, 21 injured, about 140 houses damaged; 2018 Lombok background; caption and two 'Baca juga' lines"},
    D2: {"outlet": "detikNews", "language": "id", "published": "2026-11-19T13:40+07:00", "cites": [],
         "note": "HTML page; byline/date <div>s and <figcaption> are not in the extracted text; BNPB as of 12.00 WITA: 7 dead, 46 injured, 1.250 displaced, 412 houses damaged (86 severely); regent's 14-day emergency 19 Nov - 2 Dec; schools closed until Monday 23/11; USGS 6,1 at 14 km"},
    T3: {"outlet": "TribunLombok.com", "language": "id", "published": "2026-11-19T21:48+08:00", "cites": [],
         "note": "Thursday night: BNPB as of 18.00 WITA: 9 dead, 63 injured, 1.106 houses; the regency's own count of 5.012 displaced in 23 sites; dates the quake 'Rabu (18/11/2026) dini hari' (wrong: local date is Thursday 19/11); BNPB head spelt 'Suryadharma' promises 1.500 tents by Saturday; Rp 2 miliar; 74 aftershocks, largest 5,1"},
    A4: {"outlet": "ANTARA", "language": "id", "published": "2026-11-19T20:05+07:00", "cites": ["Reuters"],
         "translation_of": "../en/01_reuters_thursday.txt",
         "note": "translation of the Reuters wire, faithful except one value: the strongest aftershock 'magnitude 5.1' becomes 'bermagnitudo 5,4'; drops Reuters' 'Related' line; dateline Jakarta"},
    S5: {"outlet": "Kabar Samawa", "language": "id", "published": "2026-11-20T20:30+08:00", "cites": [],
         "note": ".json record, Friday evening: deaths revised down 9 -> 8 on Friday morning (one victim registered twice), then 10 as of 18.00 WITA after two injured died; headline says 12; 74 injured (19 in hospital), 2.312 houses, 6.215 displaced in 31 sites; 112 aftershocks; 600 of 1.500 tents arrived"},
}

id_claims = [
    # 01 Kompas
    N("n1.1", K1, "Gempa M 6,0", 6.0, "magnitude", core=False, zone="HEADLINE"),
    N("n1.2", K1, "3 Warga Meninggal", 3, "deaths", core=False, zone="HEADLINE"),
    T("t1.1", K1, "pada Kamis (19/11/2026) dini hari pukul 01.17 WITA", "earthquake", "2026-11-19", "THURSDAY"),
    L("l1.1", K1, "mengguncang Kabupaten Sumbawa, Nusa Tenggara Barat (NTB)", PLACE, venue="Sumbawa regency, West Nusa Tenggara"),
    N("n1.3", K1, "semula mencatat gempa itu bermagnitudo 6,2", 6.2, "magnitude", note="BMKG's first (automatic) magnitude, superseded within the article"),
    N("n1.4", K1, "memutakhirkannya menjadi magnitudo 6,0", 6.0, "magnitude", revision="memutakhirkannya menjadi", note="BMKG's updated magnitude"),
    S("s1.1", K1, "semula mencatat gempa itu bermagnitudo 6,2, lalu memutakhirkannya menjadi magnitudo 6,0", "BMKG"),
    L("l1.2", K1, "sekitar 18 kilometer tenggara Sumbawa Besar", PLACE, venue=EPI),
    N("n1.5", K1, "sekitar 18 kilometer", 18, "epicentre distance km", bound="about"),
    N("n1.6", K1, "pada kedalaman 10 kilometer", 10, "depth km"),
    S("s1.2", K1, "Iwan Setiabudi mengatakan, gempa dipicu aktivitas sesar lokal dan tidak berpotensi tsunami", IWAN),
    Q("q1.1", K1, "Parameter awal kami keluarkan empat menit setelah guncangan, lalu dimutakhirkan setelah data dari lebih banyak sensor masuk. Magnitudo finalnya 6,0", IWAN,
      note="'kata Iwan'; introduced as 'Kepala Stasiun Geofisika Mataram Iwan Setiabudi'"),
    D("d1.1", K1, "empat menit setelah guncangan", 4, "BMKG's first parameters issued after the shaking", core=False),
    N("n1.7", K1, "Magnitudo finalnya 6,0", 6.0, "magnitude", core=False, note="in the quote: repeats n1.4"),
    L("l1.3", K1, "saat dihubungi dari Mataram", "Mataram", core=False, note="where the BMKG station head was reached, not the quake area"),
    N("n1.8", K1, "38 kali gempa susulan", 38, "aftershocks", as_of=T06),
    N("n1.9", K1, "Gempa susulan terbesar bermagnitudo 4,8", 4.8, "largest aftershock magnitude", as_of=T06),
    S("s1.3", K1, "Lalu Ahmad Zainuri menyebut sedikitnya tiga warga meninggal dunia tertimpa dinding rumah", ZAIN),
    N("n1.10", K1, "sedikitnya tiga warga meninggal dunia", 3, "deaths", bound="at-least", as_of=T06),
    Q("q1.2", K1, "Data sementara kami sampai pukul 06.00 WITA, tiga orang meninggal, 21 orang luka-luka, dan sekitar 140 rumah rusak. Pendataan masih berjalan karena listrik padam di beberapa desa", ZAIN),
    N("n1.11", K1, "tiga orang meninggal", 3, "deaths", core=False, as_of=T06, note="in the quote: repeats n1.10"),
    N("n1.12", K1, "21 orang luka-luka", 21, "injured", as_of=T06),
    N("n1.13", K1, "sekitar 140 rumah rusak", 140, "houses damaged", bound="about", as_of=T06),
    L("l1.4", K1, "di Desa Lenang Ode, Kecamatan Moyo Hulu", PLACE, venue=LENANG, note="worst damage"),
    L("l1.5", K1, "rangkaian gempa Lombok", "Lombok", core=False, event=BG, note="background"),
    T("t1.2", K1, "gempa Lombok pada Agustus 2018", BG, "2018-08", None, core=False, note="background"),
    N("n1.14", K1, "menewaskan lebih dari 560 orang di NTB", 560, "deaths", bound="more-than", core=False, event=BG, note="background"),
    T("t1.3", K1, "Sumbawa, Kamis (19/11/2026)", "damage (photo caption)", "2026-11-19", "THURSDAY", core=False, zone="CAPTION"),
    L("l1.6", K1, "di Desa Lenang Ode, Moyo Hulu, Sumbawa", PLACE, core=False, venue=LENANG, zone="CAPTION"),

    # 02 detikNews (HTML)
    N("n2.1", D2, "Bertambah Jadi 7 Orang", 7, "deaths", core=False, zone="HEADLINE", revision="Bertambah Jadi"),
    N("n2.2", D2, "gempa magnitudo 6,0", 6.0, "magnitude", core=False),
    L("l2.1", D2, "mengguncang Kabupaten Sumbawa, Nusa Tenggara Barat", PLACE, venue="Sumbawa regency, West Nusa Tenggara"),
    N("n2.3", D2, "bertambah menjadi tujuh orang", 7, "deaths", as_of=T12, revision="bertambah menjadi"),
    N("n2.4", D2, "Sebanyak 46 warga mengalami luka-luka", 46, "injured", as_of=T12),
    Q("q2.1", D2, "Data hingga pukul 12.00 WITA, korban meninggal tujuh orang, luka-luka 46 orang, dan pengungsi 1.250 jiwa", ADITYA,
      note="'kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Aditya Prameswara dalam keterangan tertulis'"),
    N("n2.5", D2, "korban meninggal tujuh orang", 7, "deaths", core=False, as_of=T12, note="in the quote: repeats n2.3"),
    N("n2.6", D2, "luka-luka 46 orang", 46, "injured", core=False, as_of=T12, note="in the quote: repeats n2.4"),
    N("n2.7", D2, "pengungsi 1.250 jiwa", 1250, "displaced", as_of=T12, note="BNPB"),
    T("t2.1", D2, "dalam keterangan tertulis, Kamis (19/11/2026)", "toll update", "2026-11-19", "THURSDAY", core=False),
    S("s2.1", D2, "Aditya menyebut 412 rumah rusak, 86 di antaranya rusak berat", ADITYA),
    N("n2.8", D2, "412 rumah rusak", 412, "houses damaged", as_of=T12),
    N("n2.9", D2, "86 di antaranya rusak berat", 86, "houses severely damaged", as_of=T12),
    N("n2.10", D2, "dua gedung sekolah", 2, "schools damaged", core=False, as_of=T12),
    N("n2.11", D2, "satu puskesmas pembantu", 1, "health posts damaged", core=False, as_of=T12),
    L("l2.2", D2, "di Kecamatan Moyo Hulu dan Kecamatan Moyo Utara", PLACE, venue="Moyo Hulu and Moyo Utara districts"),
    S("s2.2", D2, "Bupati Sumbawa Muhammad Firdaus Haris menetapkan status tanggap darurat bencana selama 14 hari", FIRDAUS),
    D("d2.1", D2, "status tanggap darurat bencana selama 14 hari", DAYS14, "emergency status", expected=True, note="a declared period"),
    T("t2.2", D2, "terhitung sejak 19 November", "emergency status begins", "2026-11-19", None),
    T("t2.3", D2, "hingga 2 Desember 2026", "emergency status ends", "2026-12-02", None, expected=True),
    Q("q2.2", D2, "Status ini kami tetapkan supaya penanganan korban dan pengungsi bisa cepat. Kalau dalam 14 hari belum tuntas, kami perpanjang", FIRDAUS),
    D("d2.2", D2, "Kalau dalam 14 hari belum tuntas", DAYS14, "emergency status", core=False, expected=True, note="in the quote"),
    K("c2.1", D2, "Kalau dalam 14 hari belum tuntas, kami perpanjang", FIRDAUS, "extend the emergency status if needed", None, None, core=False, note="conditional"),
    L("l2.3", D2, "di posko tanggap darurat di Sumbawa Besar", TOWN, core=False, note="where the regent spoke"),
    K("c2.2", D2, "meliburkan sekolah di dua kecamatan terdampak hingga Senin (23/11/2026)", FIRDAUS, "close schools in the two affected districts", None, "Monday 23/11/2026", core=False),
    N("n2.12", D2, "dua kecamatan terdampak", 2, "districts affected", core=False),
    T("t2.4", D2, "hingga Senin (23/11/2026)", "schools closed until", "2026-11-23", "MONDAY", core=False, expected=True),
    S("s2.3", D2, "Badan Survei Geologi Amerika Serikat (USGS) mencatat gempa tersebut bermagnitudo 6,1 dengan kedalaman 14 kilometer", "USGS"),
    N("n2.13", D2, "bermagnitudo 6,1", 6.1, "magnitude", note="USGS"),
    N("n2.14", D2, "kedalaman 14 kilometer", 14, "depth km", note="USGS"),
    L("l2.4", D2, "dirawat di RSUD Sumbawa", TOWN, core=False, venue="RSUD Sumbawa", note="hospital"),
    Q("q2.3", D2, "Yang luka berat kami rujuk ke RSUD, ada yang patah tulang dan cedera kepala", FIRDAUS, note="'ujar pria berusia 58 tahun itu'"),

    # 03 TribunLombok
    N("n3.1", T3, "9 Orang Meninggal", 9, "deaths", core=False, zone="HEADLINE"),
    N("n3.2", T3, "Janjikan 1.500 Tenda", 1500, "family tents", core=False, zone="HEADLINE", expected=True),
    T("t3.0", T3, "Tenda Tiba Sabtu", "aid arrives (promised)", "2026-11-21", "SATURDAY", core=False, zone="HEADLINE", expected=True),
    N("n3.3", T3, "Gempa bumi magnitudo 6,0", 6.0, "magnitude", core=False),
    L("l3.1", T3, "mengguncang Kabupaten Sumbawa", PLACE, venue="Sumbawa regency"),
    T("t3.1", T3, "pada Rabu (18/11/2026) dini hari", "earthquake", "2026-11-18", "WEDNESDAY",
      note="wrong: the quake struck at 01.17 WITA on Thursday 19/11 (17.17 GMT Wednesday); weekday and date agree with each other"),
    N("n3.4", T3, "menewaskan sembilan orang", 9, "deaths", core=False, as_of=T18, note="lead: repeats n3.5"),
    S("s3.1", T3, "Data Badan Nasional Penanggulangan Bencana (BNPB) hingga pukul 18.00 WITA mencatat sembilan orang meninggal dunia dan 63 orang luka-luka", "BNPB"),
    N("n3.5", T3, "sembilan orang meninggal dunia", 9, "deaths", as_of=T18),
    N("n3.6", T3, "63 orang luka-luka", 63, "injured", as_of=T18),
    N("n3.7", T3, "Sebanyak 1.106 rumah rusak", 1106, "houses damaged", as_of=T18),
    S("s3.2", T3, "Pemerintah Kabupaten Sumbawa mencatat jumlah warga yang mengungsi jauh lebih banyak dari perkiraan awal", "Pemkab Sumbawa", core=False),
    Q("q3.1", T3, "Data kami hingga pukul 18.00 WITA, ada 5.012 warga mengungsi di 23 titik. Banyak yang rumahnya tidak roboh, tapi mereka takut masuk", FIRDAUS),
    N("n3.8", T3, "ada 5.012 warga mengungsi", 5012, "displaced", as_of=T18, note="the regency government's count (BNPB: 3.870 at the same hour)"),
    N("n3.9", T3, "di 23 titik", 23, "evacuation sites", as_of=T18),
    T("t3.2", T3, "tiba di Sumbawa Besar pada Kamis sore", "BNPB head arrives", "2026-11-19", "THURSDAY", core=False),
    L("l3.2", T3, "tiba di Sumbawa Besar", TOWN, core=False),
    L("l3.3", T3, "meninjau Desa Lenang Ode, Kecamatan Moyo Hulu", PLACE, venue=LENANG),
    Q("q3.2", T3, "Kami kirim 1.500 tenda keluarga, 3.000 lembar selimut, dan makanan siap saji. Paling lambat Sabtu semuanya sudah sampai di posko", BAMBANG,
      note="first paragraph of a two-paragraph quote; the BNPB head is spelt 'Bambang Suryadharma' here"),
    Q("q3.3", T3, "Jangan ada warga yang tidur di bawah atap yang sudah retak. Lebih baik di tenda dulu sampai dinyatakan aman", BAMBANG,
      note="second paragraph; 'ujar jenderal bintang tiga itu'"),
    N("n3.10", T3, "1.500 tenda keluarga", 1500, "family tents", expected=True),
    N("n3.11", T3, "3.000 lembar selimut", 3000, "blankets", expected=True),
    K("c3.1", T3, "Paling lambat Sabtu semuanya sudah sampai di posko", "BNPB", "deliver 1,500 family tents, 3,000 blankets and ready meals", "command posts in Sumbawa", "Saturday at the latest"),
    T("t3.3", T3, "Paling lambat Sabtu", "aid arrives (promised)", "2026-11-21", "SATURDAY", expected=True),
    S("s3.3", T3, "Bambang juga menyerahkan dana siap pakai sebesar Rp 2 miliar kepada Pemkab Sumbawa", BAMBANG, core=False),
    N("n3.12", T3, "dana siap pakai sebesar Rp 2 miliar", 2000000000, "ready-to-use funds IDR"),
    D("d3.1", T3, "selama masa tanggap darurat 14 hari", DAYS14, "emergency status", expected=True),
    N("n3.13", T3, "74 kali gempa susulan", 74, "aftershocks", as_of=T18),
    N("n3.14", T3, "Gempa susulan terbesar bermagnitudo 5,1", 5.1, "largest aftershock magnitude", as_of=T18, note="at 14.22 WITA Thursday"),
    S("s3.4", T3, "Nurhayati (41), warga Lenang Ode, mengaku terbangun saat lemari di kamarnya jatuh", NUR, core=False),
    Q("q3.4", T3, "Saya bangunkan anak-anak, belum sempat keluar, dinding dapur sudah roboh. Anak saya yang paling kecil kena reruntuhan", NUR, note="'tutur ibu tiga anak itu'"),
    L("l3.4", T3, "dirawat di RSUD Sumbawa", TOWN, core=False, venue="RSUD Sumbawa", note="hospital"),
    T("t3.4", T3, "Sumbawa, Kamis (19/11/2026)", "BNPB head's visit (photo caption)", "2026-11-19", "THURSDAY", core=False, zone="CAPTION"),
    L("l3.5", T3, "di Desa Lenang Ode, Moyo Hulu, Sumbawa", PLACE, core=False, venue=LENANG, zone="CAPTION"),

    # 04 ANTARA (translation of Reuters)
    N("n4.1", A4, "tewaskan sembilan orang", 9, "deaths", core=False, zone="HEADLINE"),
    N("n4.2", A4, "ribuan warga mengungsi", None, "displaced", core=False, zone="HEADLINE", note="vague: 'ribuan'"),
    L("l4.1", A4, "mengguncang Pulau Sumbawa, Indonesia", PLACE, venue="Sumbawa island"),
    T("t4.1", A4, "pada Kamis dini hari", "earthquake", "2026-11-19", "THURSDAY"),
    N("n4.3", A4, "menewaskan sedikitnya sembilan orang", 9, "deaths", bound="at-least", as_of=T18),
    N("n4.4", A4, "melukai 63 orang", 63, "injured", as_of=T18),
    S("s4.1", A4, "menewaskan sedikitnya sembilan orang serta melukai 63 orang, kata Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB"),
    A("a4.1", A4, "seperti dilansir dari Reuters", "Reuters"),
    N("n4.5", A4, "Gempa bermagnitudo 6,0", 6.0, "magnitude"),
    T("t4.2", A4, "pukul 01.17 (17.17 GMT Rabu)", "earthquake", "2026-11-18", "WEDNESDAY", core=False,
      note="GMT date: 17.17 GMT Wednesday 18 November = 01.17 WITA Thursday 19 November; not a discrepancy with Thursday"),
    L("l4.2", A4, "sekitar 18 km tenggara Sumbawa Besar", PLACE, venue=EPI),
    N("n4.6", A4, "sekitar 18 km", 18, "epicentre distance km", bound="about"),
    L("l4.3", A4, "kota utama Kabupaten Sumbawa di Provinsi Nusa Tenggara Barat", PLACE, core=False, venue="Sumbawa Besar, main town of Sumbawa regency"),
    N("n4.7", A4, "pada kedalaman 10 km", 10, "depth km"),
    S("s4.2", A4, "BMKG sebelumnya menyebut magnitudonya 6,2", "BMKG"),
    N("n4.8", A4, "menyebut magnitudonya 6,2", 6.2, "magnitude", note="BMKG's earlier magnitude ('sebelumnya')"),
    S("s4.3", A4, "Badan Survei Geologi Amerika Serikat (USGS) mengukur gempa itu bermagnitudo 6,1 dengan kedalaman 14 km", "USGS"),
    N("n4.9", A4, "bermagnitudo 6,1", 6.1, "magnitude", note="USGS"),
    N("n4.10", A4, "kedalaman 14 km", 14, "depth km", note="USGS"),
    N("n4.11", A4, "sebanyak 3.870 orang mengungsi", 3870, "displaced", as_of=T18, note="BNPB"),
    N("n4.12", A4, "1.106 rumah rusak", 1106, "houses damaged", as_of=T18),
    S("s4.4", A4, "sebanyak 3.870 orang mengungsi dan 1.106 rumah rusak, kata BNPB", "BNPB"),
    N("n4.13", A4, "74 gempa susulan", 74, "aftershocks", as_of=T18),
    N("n4.14", A4, "yang terkuat bermagnitudo 5,4", 5.4, "largest aftershock magnitude", as_of=T18,
      note="Reuters says 'magnitude 5.1': the value the translation changed"),
    Q("q4.1", A4, "Kami mengirim 1.500 tenda keluarga, selimut, dan makanan siap saji. Semuanya akan sampai di posko paling lambat hari Sabtu", BAMBANG),
    N("n4.15", A4, "1.500 tenda keluarga", 1500, "family tents", expected=True),
    K("c4.1", A4, "Semuanya akan sampai di posko paling lambat hari Sabtu", "BNPB", "deliver 1,500 family tents, blankets and ready meals", "command posts in Sumbawa", "Saturday at the latest"),
    T("t4.3", A4, "paling lambat hari Sabtu", "aid arrives (promised)", "2026-11-21", "SATURDAY", expected=True),
    L("l4.4", A4, "kepada wartawan di Sumbawa Besar", TOWN, core=False, note="where the BNPB head spoke"),
    S("s4.5", A4, "Nurhayati, ibu tiga anak berusia 41 tahun di Desa Lenang Ode, mengatakan dinding dapurnya roboh sebelum ia sempat membawa anak-anaknya keluar", NUR, core=False),
    L("l4.5", A4, "di Desa Lenang Ode", PLACE, venue=LENANG),
    Q("q4.2", A4, "Anak bungsu saya tertimpa reruntuhan. Kami menggalinya dengan tangan", NUR),
    S("s4.6", A4, "Bupati Sumbawa Muhammad Firdaus Haris menetapkan status tanggap darurat selama 14 hari", FIRDAUS),
    D("d4.1", A4, "status tanggap darurat selama 14 hari", DAYS14, "emergency status", expected=True),
    Q("q4.3", A4, "Prioritas kami sekarang adalah tempat berteduh dan air bersih bagi para pengungsi", FIRDAUS),
    Q("q4.4", A4, "Cincin Api", TERM, core=False, fragment=True, note="the 'Ring of Fire' as a term in quotes"),
    T("t4.4", A4, "Pada Agustus 2018", BG, "2018-08", None, core=False, note="background"),
    L("l4.6", A4, "rangkaian gempa di Pulau Lombok", "Lombok", core=False, event=BG, note="background"),
    N("n4.16", A4, "menewaskan lebih dari 560 orang", 560, "deaths", bound="more-than", core=False, event=BG, note="background"),
    A("a4.2", A4, "Sumber: Reuters", "Reuters", note="credit line"),

    # 05 Kabar Samawa (.json)
    N("n5.1", S5, "Korban Meninggal Gempa Sumbawa Jadi 12 Orang", 12, "deaths", zone="HEADLINE", as_of=F18,
      note="the headline contradicts the body (10 dead as of 18.00 WITA Friday)"),
    N("n5.2", S5, "gempa magnitudo 6,0", 6.0, "magnitude", core=False),
    L("l5.1", S5, "di Kabupaten Sumbawa", PLACE, venue="Sumbawa regency"),
    N("n5.3", S5, "tercatat 10 orang", 10, "deaths", as_of=F18),
    T("t5.1", S5, "hingga Jumat (20/11/2026) pukul 18.00 WITA", "toll update", "2026-11-20", "FRIDAY", core=False),
    N("n5.4", S5, "direvisi turun dari sembilan menjadi delapan orang", 8, "deaths", as_of="2026-11-20", revision="direvisi turun dari sembilan menjadi",
      note="revised down on Friday morning: one victim was registered twice"),
    N("n5.5", S5, "turun dari sembilan", 9, "deaths", core=False, note="the superseded figure, quoted with the revision"),
    T("t5.2", S5, "pada Jumat pagi", "death toll revised down", "2026-11-20", "FRIDAY", core=False),
    N("n5.6", S5, "satu korban tercatat ganda", 1, "victims registered twice"),
    S("s5.1", S5, "Angka itu sempat direvisi turun dari sembilan menjadi delapan orang pada Jumat pagi, karena satu korban tercatat ganda", "BPBD Sumbawa",
      note="the revision down with its reason"),
    Q("q5.1", S5, "Satu korban dengan nama yang sama tercatat di RSUD Sumbawa dan di Puskesmas Moyo Hulu. Setelah kami cocokkan dengan data kependudukan, ternyata orangnya sama. Jadi angkanya kami koreksi menjadi delapan", ZAIN),
    N("n5.7", S5, "kami koreksi menjadi delapan", 8, "deaths", core=False, note="in the quote: repeats n5.4"),
    L("l5.2", S5, "di RSUD Sumbawa dan di Puskesmas Moyo Hulu", PLACE, core=False, venue="RSUD Sumbawa and Moyo Hulu health centre", note="where the victim was registered twice"),
    T("t5.3", S5, "pada Jumat sore", "two injured die in hospital", "2026-11-20", "FRIDAY", core=False),
    N("n5.8", S5, "dua korban luka berat", 2, "injured who died in hospital"),
    L("l5.3", S5, "yang dirawat di RSUD Sumbawa", TOWN, core=False, venue="RSUD Sumbawa", note="hospital"),
    N("n5.9", S5, "kembali bertambah menjadi 10 orang", 10, "deaths", core=False, as_of=F18, revision="kembali bertambah menjadi", note="repeats n5.3"),
    N("n5.10", S5, "Korban luka-luka kini tercatat 74 orang", 74, "injured", as_of=F18),
    N("n5.11", S5, "Sebanyak 19 di antaranya masih menjalani rawat inap", 19, "hospitalised", as_of=F18),
    N("n5.12", S5, "bertambah menjadi 2.312 unit", 2312, "houses damaged", as_of=F18, revision="bertambah menjadi"),
    N("n5.13", S5, "388 rusak berat", 388, "houses severely damaged", as_of=F18),
    N("n5.14", S5, "604 rusak sedang", 604, "houses moderately damaged", as_of=F18),
    N("n5.15", S5, "1.320 rusak ringan", 1320, "houses lightly damaged", as_of=F18),
    N("n5.16", S5, "Pengungsi tercatat 6.215 jiwa", 6215, "displaced", as_of=F18),
    N("n5.17", S5, "di 31 titik pengungsian", 31, "evacuation sites", as_of=F18),
    N("n5.18", S5, "112 kali gempa susulan", 112, "aftershocks", as_of=F18),
    T("t5.4", S5, "hingga Jumat pukul 18.00 WITA", "aftershock count", "2026-11-20", "FRIDAY", core=False),
    N("n5.19", S5, "Gempa susulan terbesar masih yang bermagnitudo 5,1", 5.1, "largest aftershock magnitude", as_of=F18),
    T("t5.5", S5, "pada Kamis siang", "largest aftershock", "2026-11-19", "THURSDAY", core=False),
    N("n5.20", S5, "600 dari 1.500 tenda keluarga", 600, "family tents arrived", as_of="2026-11-20"),
    N("n5.21", S5, "1.500 tenda keluarga yang dijanjikan BNPB", 1500, "family tents", core=False, expected=True),
    T("t5.6", S5, "sudah tiba pada Jumat siang", "first tents arrive", "2026-11-20", "FRIDAY", core=False),
    K("c5.1", S5, "Sisanya dijadwalkan tiba Sabtu (21/11/2026)", "BNPB", "deliver the remaining family tents", "command posts in Sumbawa", "Saturday 21/11/2026"),
    T("t5.7", S5, "dijadwalkan tiba Sabtu (21/11/2026)", "remaining tents arrive (scheduled)", "2026-11-21", "SATURDAY", expected=True),
    S("s5.2", S5, "Zainuri mengatakan, 600 dari 1.500 tenda keluarga yang dijanjikan BNPB sudah tiba pada Jumat siang", ZAIN),
    Q("q5.2", S5, "Kami masih butuh air bersih dan terpal. Banyak warga tidak mau tidur di dalam rumah walaupun rumahnya hanya rusak ringan", ZAIN),
    S("s5.3", S5, "Status tanggap darurat yang ditetapkan Bupati Sumbawa berlaku hingga 2 Desember 2026", FIRDAUS, core=False),
    T("t5.8", S5, "berlaku hingga 2 Desember 2026", "emergency status ends", "2026-12-02", None, expected=True),
]

id_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.10", "n2.3", "n3.5", "n5.4", "n5.3"],
     "summary": "Deaths: at least 3 at 06.00 WITA Thursday (01, BPBD), 7 at 12.00 (02, BNPB), 9 at 18.00 (03; 04 'sedikitnya sembilan'), revised down to 8 on Friday morning (05: one victim registered twice), 10 at 18.00 WITA Friday (05: two injured died)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.12", "n2.4", "n3.6", "n5.10"],
     "summary": "Injured: 21 (06.00 Thursday), 46 (12.00), 63 (18.00; 04 also 63), 74 (18.00 Friday)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.13", "n2.8", "n3.7", "n5.12"],
     "summary": "Houses damaged: about 140 (06.00 Thursday), 412 (12.00), 1.106 (18.00; 04 also), 2.312 (18.00 Friday)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n2.7", "n4.11", "n5.16"],
     "summary": "Displaced (BNPB/BPBD): 1.250 at 12.00 Thursday (02), 3.870 at 18.00 (04), 6.215 at 18.00 Friday (05)."},
    {"id": "F5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.8", "n3.13", "n5.18"],
     "summary": "Aftershocks recorded by BMKG: 38 (06.00 Thursday), 74 (18.00; 04 also 74), 112 (18.00 Friday)."},
    {"id": "F6", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.9", "n3.14"],
     "summary": "Largest aftershock: 4,8 as of 06.00 Thursday (01), 5,1 after the 14.22 WITA aftershock (03; 05 still 5,1 on Friday)."},
    {"id": "F7", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n1.4"],
     "summary": "BMKG's magnitude: 6,2 first, updated to 6,0 (01; 04 'sebelumnya 6,2')."},
    {"id": "F8", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n3.9", "n5.17"],
     "summary": "Evacuation sites: 23 at 18.00 Thursday (03), 31 at 18.00 Friday (05)."},
    {"id": "F9", "kind": "DISCREPANCY", "type": "EVENT_DATE", "claims": ["t1.1", "t3.1"],
     "summary": "The quake's local date: Kamis (19/11/2026) dini hari, 01.17 WITA (01; 04 'Kamis dini hari') vs Rabu (18/11/2026) dini hari (03): TribunLombok's date is wrong (Wednesday is only the GMT date)."},
    {"id": "F10", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n3.8", "n4.11"],
     "summary": "Displaced as of 18.00 WITA Thursday: 5.012 (regency government, the regent: 03) vs 3.870 (BNPB: 04)."},
    {"id": "F11", "kind": "DISCREPANCY", "type": "QUANTITY", "claims": ["n3.14", "n4.14"],
     "summary": "Largest aftershock as of 18.00 WITA Thursday: 5,1 (03; 05 too) vs 5,4 (04, ANTARA's translation; Reuters says 5.1)."},
    {"id": "F12", "kind": "INCONSISTENCY", "type": "QUANTITY", "claims": ["n5.1", "n5.3"],
     "summary": "05: the headline says 12 dead, its body says 10 as of 18.00 WITA Friday."},
    {"id": "F13", "kind": "VARIANT", "type": "ENTITY", "values": ["Bambang Suryadarma", "Bambang Suryadharma"], "articles": [T3, A4],
     "summary": "The BNPB head is Bambang Suryadharma in 03 and Bambang Suryadarma in 04: one person."},
    {"id": "F14", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1", "l4.1", "l5.1"],
     "summary": "The quake hit Sumbawa regency / Sumbawa island, West Nusa Tenggara (all five)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t4.1"],
     "summary": "The quake struck before dawn on Thursday 19 November (01, 04)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.4", "n4.5"],
     "summary": "BMKG magnitude 6,0 (01, 04; also 02, 03, 05 in passing)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.3", "n4.8"],
     "summary": "BMKG's first magnitude was 6,2 (01, 04)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l4.2"],
     "summary": "Epicentre about 18 km southeast of Sumbawa Besar (01, 04)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.5", "n4.6"],
     "summary": "About 18 km from Sumbawa Besar (01, 04)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.6", "n4.7"],
     "summary": "Depth 10 km per BMKG (01, 04)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.13", "n4.9"],
     "summary": "USGS magnitude 6,1 (02, 04)."},
    {"id": "F22", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.14", "n4.10"],
     "summary": "USGS depth 14 km (02, 04)."},
    {"id": "F23", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d2.1", "d3.1", "d4.1"],
     "summary": "A 14-day emergency status (02, 03, 04)."},
    {"id": "F24", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t2.3", "t5.8"],
     "summary": "The emergency status runs until 2 December 2026 (02, 05)."},
    {"id": "F25", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.5", "n4.3"],
     "summary": "Nine dead as of 18.00 WITA Thursday (03; 04 'sedikitnya sembilan')."},
    {"id": "F26", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.6", "n4.4"],
     "summary": "63 injured as of 18.00 WITA Thursday (03, 04)."},
    {"id": "F27", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.7", "n4.12"],
     "summary": "1.106 houses damaged as of 18.00 WITA Thursday (03, 04)."},
    {"id": "F28", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.13", "n4.13"],
     "summary": "74 aftershocks as of 18.00 WITA Thursday (03, 04)."},
    {"id": "F29", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.14", "n5.19"],
     "summary": "The largest aftershock was magnitude 5,1, on Thursday afternoon (03, 05)."},
    {"id": "F30", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c3.1", "c4.1", "c5.1"],
     "summary": "BNPB's aid (1.500 family tents, blankets, food) at the command posts by Saturday at the latest (03, 04; 05: the rest scheduled Saturday 21/11)."},
    {"id": "F31", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t3.3", "t4.3", "t5.7"],
     "summary": "The aid deadline: Saturday (21/11) (03, 04, 05)."},
    {"id": "F32", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n3.10", "n4.15", "n5.21"],
     "summary": "1.500 family tents promised by BNPB (03, 04, 05)."},
    {"id": "F33", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.4", "l3.3", "l4.5"],
     "summary": "Lenang Ode village, Moyo Hulu district, the worst-hit village (01, 03, 04)."},
]

id_traps = [
    {"articles": [A4], "claims": ["t4.2", "t4.1"],
     "why": "'17.17 GMT Rabu' is the same instant as 01.17 WITA Thursday (UTC+8): the GMT date, not a discrepancy (unlike 03's 'Rabu (18/11/2026) dini hari', which is a local date)"},
    {"articles": [K1, A4], "claims": ["n1.3", "n1.4", "n4.8", "n4.5"],
     "why": "BMKG's first magnitude 6,2 and its update 6,0 are a revision (UPDATE), not an INCONSISTENCY within 01 or 04"},
    {"articles": [K1, D2, A4], "claims": ["n1.4", "n2.13", "n4.5", "n4.9", "n1.6", "n2.14", "n4.7", "n4.10"],
     "why": "BMKG (6,0 at 10 km) and USGS (6,1 at 14 km) are two agencies' measurements, each credited: not a discrepancy"},
    {"articles": [K1, T3, A4, S5], "claims": ["n1.9", "n3.14", "n5.19", "n1.4", "n3.3"],
     "why": "aftershock magnitudes (4,8, 5,1) are not the main quake's magnitude (6,0); 4,8 (06.00) and 5,1 (after 14.22) are the largest at different times"},
    {"articles": [K1, D2, T3, A4, S5], "claims": ["n1.2", "n2.1", "n3.1", "n4.1", "n1.10", "n2.3", "n3.5", "n5.3"],
     "why": "deaths 3, 7, 9 and 10 (and headline 3, 7, 9) are for different times: UPDATE, not DISCREPANCY"},
    {"articles": [S5], "claims": ["n5.5", "n5.4", "n5.7", "n5.3", "n5.9"],
     "why": "9 is the superseded figure quoted with the revision; 8 (Friday morning) and 10 (Friday 18.00) are for different times"},
    {"articles": [A4, T3], "claims": ["n4.3", "n3.5"],
     "why": "'sedikitnya sembilan' (at least nine) and 'sembilan' agree"},
    {"articles": [S5], "claims": ["n5.10", "n5.11", "n5.8"],
     "why": "74 injured, 19 of them still in hospital, and the two injured who died are different counts"},
    {"articles": [T3, S5, D2, A4], "claims": ["n3.8", "n3.9", "n5.16", "n5.17", "n2.7"],
     "why": "people displaced (1.250, 3.870, 5.012, 6.215) and evacuation sites (23, 31) count different things; the regency's 5.012 (Thursday) and BNPB's 6.215 (Friday) are for different days"},
    {"articles": [D2, S5], "claims": ["n2.8", "n2.9", "n5.12", "n5.13", "n5.14", "n5.15"],
     "why": "houses damaged in total vs severely / moderately / lightly damaged: parts, not rival figures (388 + 604 + 1.320 = 2.312)"},
    {"articles": [K1, A4], "claims": ["t1.2", "n1.14", "l1.5", "t4.4", "n4.16", "l4.6"],
     "why": "the August 2018 Lombok earthquakes (more than 560 dead) are background"},
    {"articles": [K1, D2, T3, A4], "claims": ["d1.1", "d2.1", "d2.2", "d3.1", "d4.1"],
     "why": "the 14-day emergency status is a declared period (expected), not a length that happened; the four minutes are BMKG's first parameters"},
    {"articles": [D2, T3, A4, S5], "claims": ["t2.2", "t2.3", "t2.4", "t3.3", "t4.3", "t5.7", "t5.8"],
     "why": "the emergency status (19 November - 2 December), the schools closed until Monday 23/11 and the aid due by Saturday 21/11 are different plans"},
    {"articles": [T3, S5], "claims": ["n3.10", "n5.20", "n5.21"],
     "why": "1.500 tents promised vs 600 arrived by Friday noon: a plan vs what happened"},
    {"articles": [K1, D2, T3, A4, S5], "claims": ["l1.3", "l2.3", "l3.2", "l4.4", "l2.4", "l3.4", "l5.3"],
     "why": "datelines SUMBAWA / SUMBAWA BESAR / Jakarta, the BMKG station in Mataram, the command post in Sumbawa Besar and RSUD Sumbawa are not the epicentre"},
    {"articles": [K1, D2, T3, S5], "claims": [],
     "why": "'Baca juga' headlines are other articles' (1.200 gempa di NTB sepanjang 2025; Gempa M 5,3 Guncang Bima; Gempa Susulan M 4,8; 2.000 Relawan; Harga Terpal Naik 40 Persen; Sekolah Diliburkan Sampai 23 November): links, not claims"},
    {"articles": [T3], "claims": ["n3.12"],
     "why": "Rp 2 miliar of ready-to-use funds handed over is money, not a count of people or houses"},
]

id_entities = {
    "Bambang Suryadarma": ["Bambang Suryadarma", "Bambang Suryadharma", "Kepala BNPB", "Letjen TNI Bambang Suryadharma", "jenderal bintang tiga itu", "Bambang"],
    "Muhammad Firdaus Haris": ["Muhammad Firdaus Haris", "Bupati Sumbawa", "Firdaus", "pria berusia 58 tahun itu"],
    "Lalu Ahmad Zainuri": ["Lalu Ahmad Zainuri", "Zainuri", "Kepala Pelaksana BPBD Sumbawa"],
    "Aditya Prameswara": ["Aditya Prameswara", "Aditya", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB"],
    "Iwan Setiabudi": ["Iwan Setiabudi", "Iwan", "Kepala Stasiun Geofisika Mataram"],
    "Nurhayati": ["Nurhayati", "ibu tiga anak itu"],
    "BNPB": ["Badan Nasional Penanggulangan Bencana (BNPB)", "BNPB"],
    "BMKG": ["Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "BMKG"],
    "USGS": ["Badan Survei Geologi Amerika Serikat (USGS)", "USGS"],
    "BPBD Sumbawa": ["BPBD Kabupaten Sumbawa", "BPBD Sumbawa"],
    "Pemkab Sumbawa": ["Pemerintah Kabupaten Sumbawa", "Pemkab Sumbawa"],
    "Sumbawa": ["Kabupaten Sumbawa", "Pulau Sumbawa", "Sumbawa", "Desa Lenang Ode", "Kecamatan Moyo Hulu", "Moyo Hulu", "Moyo Utara"],
    "Sumbawa Besar": ["Sumbawa Besar", "RSUD Sumbawa"],
    "West Nusa Tenggara": ["Nusa Tenggara Barat", "NTB"],
    "Lombok": ["Lombok", "Pulau Lombok"],
    "Mataram": ["Mataram"],
    "Reuters": ["Reuters"],
}

# ---------------------------------------------------------------- English folder
R1, P2, H3 = ("01_reuters_thursday.txt", "02_ap_friday.html", "03_easternislandspost_saturday.json")

en_articles = {
    R1: {"outlet": "Reuters", "language": "en", "published": "2026-11-19T11:42Z", "cites": [],
         "note": "wire, Thursday: BNPB as of 6 p.m. (1000 GMT): at least 9 dead, 63 injured, 3,870 displaced, 1,106 houses; BMKG 6.0 (earlier 6.2), USGS 6.1; 74 aftershocks, strongest 5.1; 1717 GMT Wednesday; tents by Saturday; 14-day emergency; 'Related' line; translated by ANTARA (id/04)"},
    P2: {"outlet": "AP News", "language": "en", "published": "2026-11-20T07:30Z", "cites": [],
         "note": "HTML page (15.30 WITA Friday); byline/timestamp <div>s and <figcaption> are not in the extracted text; death toll lowered to 8 from 9 (one victim registered twice); as of noon Friday 71 injured, 5,640 in shelters, 1,930 houses; nearly 100 aftershocks"},
    H3: {"outlet": "The Eastern Islands Post", "language": "en", "published": "2026-11-21T08:15+08:00", "cites": [],
         "note": ".json record, Saturday morning: 10 dead as of 6 p.m. Friday; 74 injured (19 in hospital), 6,215 in 31 shelters, 2,312 houses (388 severely); 600 of 1,500 tents; 112 aftershocks; credits the regent's Reuters quote to the BNPB head, spelt 'Suryadharma'; the 2018 Lombok quake's magnitude 6.9 as background"},
}

en_claims = [
    # 01 Reuters
    N("n1.1", R1, "kills nine", 9, "deaths", core=False, zone="HEADLINE"),
    N("n1.2", R1, "thousands flee homes", None, "displaced", core=False, zone="HEADLINE", note="vague: 'thousands'"),
    L("l1.1", R1, "struck Indonesia's Sumbawa island", PLACE, venue="Sumbawa island"),
    T("t1.1", R1, "early on Thursday", "earthquake", "2026-11-19", "THURSDAY"),
    N("n1.3", R1, "killing at least nine people", 9, "deaths", bound="at-least", as_of=T18),
    N("n1.4", R1, "injuring 63", 63, "injured", as_of=T18),
    S("s1.1", R1, "killing at least nine people and injuring 63, the country's disaster mitigation agency (BNPB) said", "BNPB"),
    N("n1.5", R1, "The magnitude 6.0 quake", 6.0, "magnitude"),
    T("t1.2", R1, "at 1:17 a.m. (1717 GMT Wednesday)", "earthquake", "2026-11-18", "WEDNESDAY", core=False,
      note="GMT date: 1717 GMT Wednesday 18 November = 1:17 a.m. Thursday local time (WITA, UTC+8)"),
    L("l1.2", R1, "about 18 km southeast of Sumbawa Besar", PLACE, venue=EPI),
    N("n1.6", R1, "about 18 km", 18, "epicentre distance km", bound="about"),
    L("l1.3", R1, "the main town of Sumbawa regency in West Nusa Tenggara province", PLACE, core=False, venue="Sumbawa Besar, main town of Sumbawa regency"),
    N("n1.7", R1, "at a depth of 10 km", 10, "depth km"),
    S("s1.2", R1, "It had earlier put the magnitude at 6.2", "BMKG"),
    N("n1.8", R1, "put the magnitude at 6.2", 6.2, "magnitude", note="BMKG's earlier magnitude"),
    S("s1.3", R1, "The U.S. Geological Survey measured the quake at magnitude 6.1 and a depth of 14 km", "USGS"),
    N("n1.9", R1, "at magnitude 6.1", 6.1, "magnitude", note="USGS"),
    N("n1.10", R1, "a depth of 14 km", 14, "depth km", note="USGS"),
    N("n1.11", R1, "3,870 people had been displaced", 3870, "displaced", as_of=T18),
    N("n1.12", R1, "1,106 houses damaged", 1106, "houses damaged", as_of=T18),
    S("s1.4", R1, "3,870 people had been displaced and 1,106 houses damaged, BNPB said", "BNPB"),
    N("n1.13", R1, "74 aftershocks", 74, "aftershocks", as_of=T18),
    N("n1.14", R1, "the strongest of magnitude 5.1", 5.1, "largest aftershock magnitude", as_of=T18),
    Q("q1.1", R1, "We are sending 1,500 family tents, blankets and ready-to-eat food. Everything will be at the command posts by Saturday at the latest", BAMBANG),
    N("n1.15", R1, "1,500 family tents", 1500, "family tents", expected=True),
    K("c1.1", R1, "Everything will be at the command posts by Saturday at the latest", "BNPB", "deliver 1,500 family tents, blankets and ready-to-eat food", "command posts in Sumbawa", "by Saturday at the latest"),
    T("t1.3", R1, "by Saturday at the latest", "aid arrives (promised)", "2026-11-21", "SATURDAY", expected=True),
    L("l1.4", R1, "told reporters in Sumbawa Besar", TOWN, core=False, note="where the BNPB head spoke"),
    S("s1.5", R1, "Nurhayati, a 41-year-old mother of three in Lenang Ode village, said the wall of her kitchen collapsed before she could get her children out", NUR, core=False),
    L("l1.5", R1, "in Lenang Ode village", PLACE, venue=LENANG),
    Q("q1.2", R1, "My youngest was hit by the rubble. We dug him out with our hands", NUR),
    S("s1.6", R1, "Sumbawa regent Muhammad Firdaus Haris declared a 14-day emergency", FIRDAUS),
    D("d1.1", R1, "a 14-day emergency", DAYS14, "emergency status", expected=True),
    Q("q1.3", R1, "Our priority now is shelter and clean water for the evacuees", FIRDAUS),
    Q("q1.4", R1, "Ring of Fire", TERM, core=False, fragment=True, note="a term in quotes"),
    T("t1.4", R1, "In August 2018", BG, "2018-08", None, core=False, note="background"),
    L("l1.6", R1, "a series of earthquakes on neighbouring Lombok island", "Lombok", core=False, event=BG, note="background"),
    N("n1.16", R1, "killed more than 560 people", 560, "deaths", bound="more-than", core=False, event=BG, note="background"),

    # 02 AP (HTML)
    N("n2.1", P2, "lowers quake death toll to 8", 8, "deaths", core=False, zone="HEADLINE", revision="lowers ... to"),
    T("t2.1", P2, "Indonesian authorities on Friday", "death toll revised down", "2026-11-20", "FRIDAY", core=False),
    N("n2.2", P2, "to eight from nine", 8, "deaths", as_of="2026-11-20", revision="lowered ... to eight from nine",
      note="revised down on Friday: one victim registered twice"),
    N("n2.3", P2, "from nine", 9, "deaths", core=False, note="the superseded figure, quoted with the revision"),
    L("l2.1", P2, "a shallow earthquake on Sumbawa island", PLACE, venue="Sumbawa island"),
    N("n2.4", P2, "climbed past 5,600", 5600, "displaced", bound="more-than", core=False, as_of=F12, note="lead; the body gives 5,640"),
    S("s2.1", P2, "saying one victim had been registered twice", "BNPB", note="the reason for the revision down"),
    N("n2.5", P2, "one victim had been registered twice", 1, "victims registered twice"),
    S("s2.2", P2, "The same woman had been recorded at Sumbawa's main hospital and at a clinic in Moyo Hulu district, said Aditya Prameswara", ADITYA),
    L("l2.2", P2, "at Sumbawa's main hospital", TOWN, core=False, venue="RSUD Sumbawa", note="where the victim was registered"),
    L("l2.3", P2, "at a clinic in Moyo Hulu district", PLACE, core=False, venue="Moyo Hulu health centre", note="where the victim was registered again"),
    Q("q2.1", P2, "We matched the names against the civil registry this morning. It was one person, so the figure is now eight", ADITYA),
    T("t2.2", P2, "civil registry this morning", "death toll revised down", "2026-11-20", None, core=False, note="in the quote: Friday morning"),
    N("n2.6", P2, "the figure is now eight", 8, "deaths", core=False, note="in the quote: repeats n2.2"),
    T("t2.3", P2, "As of noon on Friday", "toll update", "2026-11-20", "FRIDAY", core=False),
    N("n2.7", P2, "71 people were injured", 71, "injured", as_of=F12),
    N("n2.8", P2, "5,640 were staying in shelters", 5640, "displaced", as_of=F12),
    N("n2.9", P2, "1,930 houses had been damaged", 1930, "houses damaged", as_of=F12),
    N("n2.10", P2, "The magnitude 6.0 earthquake", 6.0, "magnitude"),
    T("t2.4", P2, "at 1:17 a.m. Thursday", "earthquake", "2026-11-19", "THURSDAY"),
    L("l2.4", P2, "about 18 kilometers (11 miles) southeast of Sumbawa Besar", PLACE, venue=EPI),
    N("n2.11", P2, "about 18 kilometers", 18, "epicentre distance km", bound="about"),
    N("n2.12", P2, "11 miles", 11, "epicentre distance miles", core=False, note="conversion of 18 km"),
    S("s2.3", P2, "according to Indonesia's Meteorology, Climatology and Geophysics Agency", "BMKG", core=False),
    S("s2.4", P2, "The U.S. Geological Survey put its magnitude at 6.1", "USGS"),
    N("n2.13", P2, "put its magnitude at 6.1", 6.1, "magnitude", note="USGS"),
    N("n2.14", P2, "Nearly 100 aftershocks", 100, "aftershocks", bound="nearly", as_of="2026-11-20"),
    N("n2.15", P2, "the strongest a magnitude 5.1", 5.1, "largest aftershock magnitude", as_of="2026-11-20"),
    T("t2.5", P2, "5.1 on Thursday afternoon", "largest aftershock", "2026-11-19", "THURSDAY", core=False),
    S("s2.5", P2, "has declared a 14-day state of emergency that runs until Dec. 2", FIRDAUS),
    D("d2.1", P2, "a 14-day state of emergency", DAYS14, "emergency status", expected=True),
    T("t2.6", P2, "runs until Dec. 2", "emergency status ends", "2026-12-02", None, expected=True),
    K("c2.1", P2, "closed schools in the two worst-hit districts until Monday", FIRDAUS, "close schools in the two worst-hit districts", None, "until Monday", core=False),
    N("n2.16", P2, "the two worst-hit districts", 2, "districts affected", core=False),
    T("t2.7", P2, "districts until Monday", "schools closed until", "2026-11-23", "MONDAY", core=False, expected=True),
    Q("q2.2", P2, "People are afraid to go back inside, even into houses with small cracks. We need tarpaulins and clean water more than anything", FIRDAUS,
      note="'said Firdaus, 58'"),
    T("t2.8", P2, "spent Thursday night at a shelter", "regent at a shelter", "2026-11-19", "THURSDAY", core=False),
    K("c2.2", P2, "The national disaster agency has promised 1,500 family tents by Saturday", "BNPB", "deliver 1,500 family tents", None, "by Saturday"),
    N("n2.17", P2, "1,500 family tents", 1500, "family tents", expected=True),
    T("t2.9", P2, "tents by Saturday", "aid arrives (promised)", "2026-11-21", "SATURDAY", expected=True),
    L("l2.5", P2, "east of Lombok, where earthquakes", "Lombok", core=False, event=BG, note="background"),
    T("t2.10", P2, "in July and August 2018", BG, "2018-07", None, core=False, note="background: July-August 2018"),
    N("n2.18", P2, "killed more than 560 people", 560, "deaths", bound="more-than", core=False, event=BG, note="background"),
    N("n2.19", P2, "hundreds of thousands homeless", None, "displaced", core=False, event=BG, note="background; vague"),
    N("n2.20", P2, "more than 270 million people", 270000000, "population", bound="more-than", core=False, note="background: Indonesia's population"),
    Q("q2.3", P2, "Ring of Fire", TERM, core=False, fragment=True, note="a term in (curly) quotes"),

    # 03 The Eastern Islands Post (.json)
    N("n3.1", H3, "toll rises to 10", 10, "deaths", core=False, zone="HEADLINE", revision="rises to"),
    L("l3.1", H3, "earthquake on Sumbawa island", PLACE, venue="Sumbawa island"),
    T("t3.1", H3, "Thursday's earthquake", "earthquake", None, "THURSDAY", core=False),
    N("n3.2", H3, "Two people injured", 2, "injured who died in hospital"),
    T("t3.2", H3, "died in hospital on Friday", "two injured die in hospital", "2026-11-20", "FRIDAY", core=False),
    N("n3.3", H3, "bringing the death toll to 10", 10, "deaths", as_of=F18, revision="bringing ... to"),
    S("s3.1", H3, "bringing the death toll to 10, the regency's disaster management agency said", "BPBD Sumbawa"),
    N("n3.4", H3, "one victim was recorded twice", 1, "victims registered twice"),
    T("t3.3", H3, "As of 6 p.m. on Friday", "toll update", "2026-11-20", "FRIDAY", core=False),
    N("n3.5", H3, "74 people were injured", 74, "injured", as_of=F18),
    N("n3.6", H3, "19 of whom remained in hospital", 19, "hospitalised", as_of=F18),
    N("n3.7", H3, "6,215 were living in 31 shelters", 6215, "displaced", as_of=F18),
    N("n3.8", H3, "in 31 shelters", 31, "evacuation sites", as_of=F18),
    N("n3.9", H3, "Some 2,312 houses were damaged", 2312, "houses damaged", bound="about", as_of=F18),
    N("n3.10", H3, "388 of them severely", 388, "houses severely damaged", as_of=F18),
    S("s3.2", H3, "according to the agency's head, Lalu Ahmad Zainuri", ZAIN),
    Q("q3.1", H3, "Our priority now is shelter and clean water for the evacuees", BAMBANG,
      note="credited to the BNPB head ('said Bambang Suryadharma'); Reuters gives the same words to regent Muhammad Firdaus Haris"),
    L("l3.2", H3, "visited Lenang Ode village", PLACE, core=False, venue=LENANG),
    T("t3.4", H3, "Lenang Ode village on Thursday", "BNPB head's visit", "2026-11-19", "THURSDAY", core=False),
    N("n3.11", H3, "Only 600 of the 1,500 family tents", 600, "family tents arrived", as_of="2026-11-20"),
    N("n3.12", H3, "1,500 family tents the agency promised", 1500, "family tents", expected=True),
    T("t3.5", H3, "had arrived by Friday afternoon", "first tents arrive", "2026-11-20", "FRIDAY", core=False),
    K("c3.1", H3, "The rest were expected on Saturday", "BNPB", "deliver the remaining family tents", None, "Saturday"),
    T("t3.6", H3, "expected on Saturday", "remaining tents arrive (scheduled)", "2026-11-21", "SATURDAY", expected=True),
    Q("q3.2", H3, "The road from the port is cracked in two places, so the trucks have to go slowly", ZAIN),
    N("n3.13", H3, "cracked in two places", 2, "road cracks", core=False),
    N("n3.14", H3, "The magnitude 6.0 earthquake", 6.0, "magnitude"),
    S("s3.3", H3, "as measured by the Meteorology, Climatology and Geophysics Agency (BMKG)", "BMKG", core=False),
    T("t3.7", H3, "at 1:17 a.m. local time on Thursday, Nov. 19", "earthquake", "2026-11-19", "THURSDAY"),
    N("n3.15", H3, "at a depth of 10 kilometers", 10, "depth km"),
    N("n3.16", H3, "112 aftershocks", 112, "aftershocks", as_of="2026-11-20"),
    N("n3.17", H3, "the largest of magnitude 5.1", 5.1, "largest aftershock magnitude", as_of="2026-11-20"),
    S("s3.4", H3, "Regent Muhammad Firdaus Haris declared a 14-day emergency on Thursday, lasting until Dec. 2", FIRDAUS),
    D("d3.1", H3, "a 14-day emergency", DAYS14, "emergency status", expected=True),
    T("t3.8", H3, "emergency on Thursday", "emergency status declared", "2026-11-19", "THURSDAY", core=False),
    T("t3.9", H3, "lasting until Dec. 2", "emergency status ends", "2026-12-02", None, expected=True),
    T("t3.10", H3, "memories of 2018", BG, "2018", None, core=False, note="background"),
    N("n3.18", H3, "a magnitude 6.9 earthquake", 6.9, "magnitude", core=False, event=BG, note="background: the 2018 Lombok quake, not this one"),
    L("l3.3", H3, "centered on Lombok", "Lombok", core=False, event=BG, note="background"),
    N("n3.19", H3, "killed more than 560 people", 560, "deaths", bound="more-than", core=False, event=BG, note="background"),
]

en_findings = [
    {"id": "F1", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.3", "n2.2", "n3.3"],
     "summary": "Deaths: at least 9 at 6 p.m. Thursday (Reuters), lowered to 8 on Friday (AP: one victim registered twice), 10 at 6 p.m. Friday (Post: two injured died)."},
    {"id": "F2", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.4", "n2.7", "n3.5"],
     "summary": "Injured: 63 (Thursday 6 p.m.), 71 (Friday noon), 74 (Friday 6 p.m.)."},
    {"id": "F3", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.11", "n2.8", "n3.7"],
     "summary": "Displaced / in shelters: 3,870 (Thursday 6 p.m.), 5,640 (Friday noon), 6,215 (Friday 6 p.m.)."},
    {"id": "F4", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.12", "n2.9", "n3.9"],
     "summary": "Houses damaged: 1,106 (Thursday 6 p.m.), 1,930 (Friday noon), some 2,312 (Friday 6 p.m.)."},
    {"id": "F5", "kind": "UPDATE", "type": "QUANTITY", "claims": ["n1.13", "n2.14", "n3.16"],
     "summary": "Aftershocks: 74 (Thursday 6 p.m.), nearly 100 (Friday, AP), 112 (Post)."},
    {"id": "F6", "kind": "DISCREPANCY", "type": "QUOTE", "claims": ["q1.3", "q3.1"],
     "summary": "'Our priority now is shelter and clean water for the evacuees': regent Muhammad Firdaus Haris in Reuters, BNPB head Bambang Suryadharma in the Post: a misattributed quote."},
    {"id": "F7", "kind": "VARIANT", "type": "ENTITY", "values": ["Bambang Suryadarma", "Bambang Suryadharma"], "articles": [R1, H3],
     "summary": "The BNPB head is Bambang Suryadarma (Reuters) and Bambang Suryadharma (Post): one person."},
    {"id": "F8", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.1", "l2.1", "l3.1"],
     "summary": "The quake hit Sumbawa island (all three)."},
    {"id": "F9", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.1", "t2.4", "t3.7"],
     "summary": "The quake struck early on Thursday, 19 November, 1:17 a.m. local time (all three)."},
    {"id": "F10", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.5", "n2.10", "n3.14"],
     "summary": "BMKG magnitude 6.0 (all three)."},
    {"id": "F11", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.9", "n2.13"],
     "summary": "USGS magnitude 6.1 (Reuters, AP)."},
    {"id": "F12", "kind": "AGREEMENT", "type": "LOCATION", "claims": ["l1.2", "l2.4"],
     "summary": "Epicentre about 18 km southeast of Sumbawa Besar (Reuters, AP)."},
    {"id": "F13", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.6", "n2.11"],
     "summary": "About 18 km from Sumbawa Besar (Reuters, AP)."},
    {"id": "F14", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.7", "n3.15"],
     "summary": "Depth 10 km per BMKG (Reuters, Post)."},
    {"id": "F15", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.14", "n2.15", "n3.17"],
     "summary": "Strongest aftershock magnitude 5.1 (all three)."},
    {"id": "F16", "kind": "AGREEMENT", "type": "DURATION", "claims": ["d1.1", "d2.1", "d3.1"],
     "summary": "A 14-day emergency (all three)."},
    {"id": "F17", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t2.6", "t3.9"],
     "summary": "The emergency runs until Dec. 2 (AP, Post)."},
    {"id": "F18", "kind": "AGREEMENT", "type": "COMMITMENT", "claims": ["c1.1", "c2.2", "c3.1"],
     "summary": "BNPB's family tents by Saturday (Reuters, AP; Post: the rest expected Saturday)."},
    {"id": "F19", "kind": "AGREEMENT", "type": "EVENT_DATE", "claims": ["t1.3", "t2.9", "t3.6"],
     "summary": "The tents' deadline: Saturday (all three)."},
    {"id": "F20", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n1.15", "n2.17", "n3.12"],
     "summary": "1,500 family tents promised (all three)."},
    {"id": "F21", "kind": "AGREEMENT", "type": "QUANTITY", "claims": ["n2.5", "n3.4"],
     "summary": "One victim had been registered twice (AP, Post)."},
]

en_traps = [
    {"articles": [R1], "claims": ["t1.2", "t1.1"],
     "why": "'1717 GMT Wednesday' is the same instant as 1:17 a.m. Thursday local time (WITA, UTC+8)"},
    {"articles": [R1], "claims": ["n1.8", "n1.5"],
     "why": "BMKG's earlier 6.2 and its final 6.0: a revision, not an INCONSISTENCY"},
    {"articles": [R1, P2, H3], "claims": ["n1.5", "n1.9", "n2.10", "n2.13", "n1.7", "n1.10", "n3.15"],
     "why": "BMKG (6.0, 10 km) and USGS (6.1, 14 km) are two agencies' measurements: not a discrepancy"},
    {"articles": [R1, P2, H3], "claims": ["n1.14", "n2.15", "n3.17", "n1.5"],
     "why": "the strongest aftershock (5.1) is not the main quake (6.0)"},
    {"articles": [H3], "claims": ["n3.18", "n3.14", "t3.10", "l3.3", "n3.19"],
     "why": "the 2018 Lombok quake's magnitude 6.9 and toll (more than 560) are background, not this quake's"},
    {"articles": [R1, P2], "claims": ["t1.4", "l1.6", "n1.16", "t2.10", "l2.5", "n2.18", "n2.19"],
     "why": "the 2018 Lombok earthquakes are background ('August 2018' vs 'July and August 2018' both true: a series)"},
    {"articles": [R1, P2, H3], "claims": ["n1.3", "n2.2", "n3.3", "n1.1", "n2.1", "n3.1"],
     "why": "deaths 9, 8 and 10 are for different times (with a revision down): UPDATE, not DISCREPANCY"},
    {"articles": [P2], "claims": ["n2.3", "n2.2", "n2.6"],
     "why": "'from nine' is the superseded figure quoted with the revision"},
    {"articles": [P2], "claims": ["n2.4", "n2.8"],
     "why": "'past 5,600' (lead) and 5,640 (body) agree: a bound, not an INCONSISTENCY"},
    {"articles": [H3], "claims": ["n3.5", "n3.6", "n3.2"],
     "why": "74 injured, 19 of them still in hospital, and two injured who died are different counts"},
    {"articles": [H3], "claims": ["n3.7", "n3.8", "n3.9", "n3.10"],
     "why": "displaced (6,215) vs shelters (31), houses damaged (2,312) vs severely damaged (388): different things"},
    {"articles": [P2], "claims": ["n2.11", "n2.12"],
     "why": "18 kilometers and 11 miles are the same distance"},
    {"articles": [H3], "claims": ["n3.11", "n3.12"],
     "why": "600 tents arrived vs 1,500 promised: what happened vs a plan"},
    {"articles": [R1, P2, H3], "claims": ["d1.1", "d2.1", "d3.1", "t2.6", "t2.7", "t3.9", "t1.3", "t2.9"],
     "why": "the 14-day emergency (until Dec. 2) is a declared period; the schools closed until Monday and the tents due by Saturday are other plans"},
    {"articles": [R1, P2], "claims": ["l1.4", "l2.2"],
     "why": "datelines JAKARTA / SUMBAWA BESAR, reporters in Sumbawa Besar, the hospital: not the epicentre"},
    {"articles": [P2], "claims": ["n2.20"],
     "why": "Indonesia's population (more than 270 million) is background"},
    {"articles": [R1], "claims": [],
     "why": "the 'Related:' line is another article's headline (150 seismic sensors by 2028): a link, not a claim"},
]

en_entities = {
    "Bambang Suryadarma": ["Bambang Suryadarma", "Bambang Suryadharma", "BNPB head Bambang Suryadarma", "head of the National Disaster Mitigation Agency (BNPB)"],
    "Muhammad Firdaus Haris": ["Muhammad Firdaus Haris", "Sumbawa regent Muhammad Firdaus Haris", "Regent Muhammad Firdaus Haris", "Firdaus"],
    "Lalu Ahmad Zainuri": ["Lalu Ahmad Zainuri", "Zainuri", "the agency's head"],
    "Aditya Prameswara": ["Aditya Prameswara"],
    "Nurhayati": ["Nurhayati"],
    "BNPB": ["the country's disaster mitigation agency (BNPB)", "BNPB", "National Disaster Mitigation Agency", "The national disaster agency", "Indonesian authorities"],
    "BMKG": ["the meteorology and geophysics agency (BMKG)", "Indonesia's Meteorology, Climatology and Geophysics Agency", "BMKG"],
    "USGS": ["The U.S. Geological Survey"],
    "BPBD Sumbawa": ["the regency's disaster management agency"],
    "Sumbawa": ["Sumbawa island", "Sumbawa regency", "Lenang Ode village", "Moyo Hulu district"],
    "Sumbawa Besar": ["Sumbawa Besar", "Sumbawa's main hospital"],
    "West Nusa Tenggara": ["West Nusa Tenggara province", "West Nusa Tenggara"],
    "Lombok": ["Lombok island", "Lombok"],
}


def write(lang, articles, claims, findings, traps, entities):
    gold = {"schema": "claimdiff-gold/1", "event": EVENT, "claim_types": TYPES, "exhaustive_types": EXHAUSTIVE,
            "entities": entities, "articles": articles, "claims": claims, "findings": findings, "traps": traps}
    path = os.path.join(HERE, lang, "gold.json")
    old = {}
    if os.path.exists(path):  # keep spans already filled for unchanged evidence
        try:
            for c in json.load(open(path, encoding="utf-8"))["claims"]:
                if "span" in c:
                    old[(c["id"], c["article"], c["evidence"], c.get("occurrence"))] = c["span"]
        except (ValueError, KeyError):
            pass
    for c in claims:
        s = old.get((c["id"], c["article"], c["evidence"], c.get("occurrence")))
        if s:
            c["span"] = s
    ids = [c["id"] for c in claims]
    dup = sorted({x for x in ids if ids.count(x) > 1})
    assert not dup, dup
    for c in claims:
        assert c["article"] in articles, c["id"]
    for f in findings:
        for x in f.get("claims", []):
            assert x in ids, (f["id"], x)
    for t in traps:
        for x in t["claims"]:
            assert x in ids, (t["why"][:40], x)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d articles, %d claims (%d core), %d findings, %d traps" % (
        lang, len(articles), len(claims), sum(c["core"] for c in claims), len(findings), len(traps)))


if __name__ == "__main__":
    write("id", id_articles, id_claims, id_findings, id_traps, id_entities)
    write("en", en_articles, en_claims, en_findings, en_traps, en_entities)
