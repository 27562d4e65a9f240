package dev.claimdiff.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an article's story features leave out: what every event's reports write alike (credit
 * lines and bylines, also inside a page header kept as one sentence, years, clock times, time
 * zones, the capitalised first word of a line), while the names and numbers of its own event stay.
 */
class StoryFeaturesTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static Set<String> features(Language language, String text) {
    Article article = new ArticleLoader(language, InputStream::nullInputStream).fromText("t",
        text, new ArticleMetadata(language, null, "2026-03-02", null));
    AnnotatedArticle annotated = SPLITTER.split(article);
    return StoryFeatures.of(annotated, EXTRACTOR.extractAll(List.of(annotated)).get(0))
        .features().keySet();
  }

  @Test
  void anIndonesianPageHeaderGivesNoReporterEditorYearOrClockTime() {
    Set<String> f = features(Language.INDONESIAN,
        "Harian Contoh - Nusantara\n\n"
            + "Jembatan Gantung di Sungai Lirang Putus, 4 Warga Hanyut\n\n"
            + "Senin, 2 Maret 2026 | 09:15 WIB\n"
            + "Penulis: Kontributor Lirang, Wulan Sekarsari | Editor: Dodi Prasetyo\n\n"
            + "LIRANG, HARIANCONTOH - Jembatan gantung di Desa Karangsari, Kabupaten Lirang, "
            + "putus pada Senin (2/3/2026) sekitar pukul 06.40 WITA saat 37 warga melintas.\n\n"
            + "Kepala Desa Karangsari Bambang Wiratmo mengatakan empat warga hanyut.");
    assertThat(f).contains("n:karangsari", "n:bambang", "n:wiratmo", "#37")
        .doesNotContain("n:penulis", "n:kontributor", "n:wulan", "n:sekarsari", "n:editor",
            "n:dodi", "n:prasetyo", "#2026", "#0915", "#0640", "n:wib", "n:wita");
  }

  @Test
  void anEnglishBylineAndCreditTrailerGiveNoNames() {
    Set<String> f = features(Language.ENGLISH,
        "Footbridge collapse kills four in Lirang\n\n"
            + "By Jane Holloway and Ravi Menon\n"
            + "March 2, 2026 10:05 AM GMT\n\n"
            + "LIRANG, March 2 (Wire) - A suspension footbridge in Karangsari village collapsed "
            + "on Monday as 37 villagers were crossing, village head Bambang Wiratmo said.\n\n"
            + "By Monday evening rescuers had found two of the four missing in the Lirang river.\n\n"
            + "(Reporting by Jane Holloway; Editing by Peter Quayle)");
    assertThat(f).contains("n:karangsari", "n:wiratmo", "#37", "n:lirang")
        .doesNotContain("n:jane", "n:holloway", "n:ravi", "n:menon", "n:peter", "n:quayle",
            "#2026", "#1005", "n:gmt");
  }
}
