package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the speaker of reported speech stands when other names stand near it: a name with its
 * apposition before the verb, a name between commas after an office or a place, a clock time's
 * zone, a body and its acronym in a closing tag, an outlet that relays, a title whose holder the
 * article names elsewhere. The speaker is the person or body the sentence credits, or null.
 */
class SpeakerPlacementTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<Claim> speech(Language language, String text) {
    ArticleLoader loader = new ArticleLoader(language, InputStream::nullInputStream);
    Article article = loader.fromText("t", text, new ArticleMetadata(language, null, null, null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.type() == ClaimType.STATEMENT || c.type() == ClaimType.QUOTE).toList();
  }

  @Test
  void aNameWithItsAppositionBeforeTheVerbSpeaksAndIsNoReportedClause() {
    assertThat(speech(Language.ENGLISH, "Interior Minister Clara Ortiz told reporters the line "
        + "would reopen. Tomas Reyes, a 31-year-old passenger, said he had been asleep in the "
        + "third carriage."))
        .extracting(Claim::speaker, Claim::text)
        .containsExactly(tuple("Clara Ortiz", "the line would reopen"),
            tuple("Tomas Reyes", "he had been asleep in the third carriage"));
    assertThat(speech(Language.INDONESIAN, "Menteri Perhubungan Budi Karya Sumadi mengatakan "
        + "jalur dibuka malam ini. Rudi Hartono, penumpang berusia 30 tahun, mengatakan ia sedang "
        + "tidur di gerbong ketiga."))
        .extracting(Claim::speaker, Claim::text)
        .containsExactly(tuple("Budi Karya Sumadi", "jalur dibuka malam ini"),
            tuple("Rudi Hartono", "ia sedang tidur di gerbong ketiga"));
  }

  @Test
  void aPlainNameBeforeARoleInAppositionSpeaksNotThePlaceOfTheRole() {
    assertThat(speech(Language.INDONESIAN, "Theresia Bupu (41), warga Desa Wolowaru, mengatakan "
        + "ia terbangun oleh gemuruh."))
        .extracting(Claim::speaker).containsExactly("Theresia Bupu");
    assertThat(speech(Language.INDONESIAN, "Agus Salim, Kepala BPBD Ende, mengatakan dua desa "
        + "masih terisolasi."))
        .extracting(Claim::speaker).containsExactly("Agus Salim");
  }

  @Test
  void aNameBetweenCommasRightBeforeTheVerbSpeaks() {
    assertThat(speech(Language.INDONESIAN, "Petugas Pos Pengamatan Gunung Api (PGA) Ile "
        + "Lewotolok di Desa Lamawolo, Yosef Dhae, mengatakan kolom abu condong ke barat."))
        .extracting(Claim::speaker).containsExactly("Yosef Dhae");
  }

  @Test
  void theZoneOfAClockTimeNeverSpeaks() {
    assertThat(speech(Language.INDONESIAN, "Data Kementerian Sosial hingga pukul 16.00 WIB "
        + "mencatat 2.400 paket makanan sudah dibagikan."))
        .extracting(Claim::speaker).containsExactly("Kementerian Sosial");
  }

  @Test
  void aClosingTagCreditsThePersonAfterABodysAcronymNeverTheOutletThatRelays() {
    assertThat(speech(Language.INDONESIAN, "Dua jembatan putus diterjang banjir, kata juru bicara "
        + "Badan Nasional Penanggulangan Bencana (BNPB) Rahmat Hidayat."))
        .extracting(Claim::speaker).containsExactly("Rahmat Hidayat");
    assertThat(speech(Language.INDONESIAN, "Gunung itu meletus dua kali dan menewaskan seorang "
        + "petani, kata pihak berwenang seperti dilansir Reuters."))
        .extracting(Claim::speaker).doesNotContain("Reuters");
    assertThat(speech(Language.INDONESIAN, "Hasil penghitungan belum final, kata pejabat komisi "
        + "pemilihan Wulan Sari kepada wartawan."))
        .extracting(Claim::speaker).containsExactly("Wulan Sari");
  }

  @Test
  void theArticlesOwnNamingOfABodyEndsItBeforeThePersonsName() {
    assertThat(speech(Language.INDONESIAN, "Bandara H. Gewayantana Larantuka ditutup sejak pagi."
        + "\n\nKepala Bandara H. Gewayantana Yulius Mbako mengatakan tiga penerbangan dibatalkan."
        + "\n\n\"Landasan masih tertutup abu,\" katanya."))
        .extracting(Claim::speaker).containsExactly("Yulius Mbako", "Yulius Mbako");
  }

  @Test
  void aTitleSpeaksForTheOnePersonTheArticleNamesWithItLaterOrDescribesWithItsCountry() {
    assertThat(speech(Language.INDONESIAN, "Hakim menyatakan terdakwa terbukti menerima suap."
        + "\n\n\"Terdakwa bersalah,\" kata ketua majelis hakim Ratna Dewi."))
        .extracting(Claim::speaker).containsExactly("Ratna Dewi", "Ratna Dewi");
    assertThat(speech(Language.INDONESIAN, "Hakim menyatakan terdakwa terbukti menerima suap."
        + "\n\nHakim anggota Budi Santoso berbeda pendapat. Ketua majelis hakim Ratna Dewi "
        + "membacakan putusan."))
        .extracting(Claim::speaker).containsExactly((String) null);
    assertThat(speech(Language.INDONESIAN, "Menlu RI Sari Wulandari menerima Menlu Vietnam "
        + "Nguyen Minh Hai di Jakarta.\n\n\"Kami ingin perdagangan naik,\" kata diplomat Vietnam itu."))
        .extracting(Claim::speaker).containsExactly("Nguyen Minh Hai");
  }
}
