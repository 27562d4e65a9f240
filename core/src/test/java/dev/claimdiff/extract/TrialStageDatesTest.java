package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.claimdiff.extract.ClaimValue.EventDateValue;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which dates of a whole article date its main event: an earlier stage of a trial is an event of
 * its own, a preview's scheduled day is its event's, and deadlines, zone conversions and
 * unresolvable relative words give no date (the corpora check single sentences; this checks
 * how the sentences of one article settle together).
 */
class TrialStageDatesTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<EventDateValue> dates(Language language, String published, String text) {
    Article article = new ArticleLoader(language, InputStream::nullInputStream).fromText("t",
        text, new ArticleMetadata(language, null, published, null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.type() == ClaimType.EVENT_DATE)
        .map(c -> (EventDateValue) c.value()).toList();
  }

  @Test
  void aPreviewKeepsItsScheduledDayOverAnEarlierStage() {
    List<EventDateValue> dates = dates(Language.INDONESIAN, "2023-03-16",
        "Hari Ini, Eks Direktur BUMN Jalani Sidang Vonis\n\n"
            + "JAKARTA - Mantan direktur utama BUMN itu dijadwalkan menjalani sidang pembacaan "
            + "putusan di Pengadilan Tipikor Jakarta, Kamis (16/3/2023).\n\n"
            + "Pada sidang tuntutan, Kamis (2/3/2023), jaksa menuntut terdakwa 11 tahun penjara.\n\n"
            + "Dalam sidang terpisah sebulan lalu, terdakwa lain divonis 5 tahun penjara.");
    assertThat(dates).extracting(EventDateValue::date, EventDateValue::event, EventDateValue::main)
        .containsExactly(
            tuple("2023-03-16", "trial", true),
            tuple("2023-03-16", "trial", true),
            tuple("2023-03-02", "demand hearing", false));
  }

  @Test
  void aReportKeepsScheduleWordsAsBackground() {
    // not a preview: the trial happened; a schedule named in passing dates nothing main
    List<EventDateValue> dates = dates(Language.INDONESIAN, "2023-03-16",
        "Hakim menjatuhkan vonis 8 tahun penjara dalam sidang putusan, Kamis (16/3/2023).\n\n"
            + "Sidang banding dijadwalkan digelar Senin (3/4/2023).");
    assertThat(dates).extracting(EventDateValue::date, EventDateValue::main)
        .containsExactly(tuple("2023-03-16", true), tuple("2023-04-03", false));
  }

  @Test
  void deadlinesAndZoneConversionsAreNoEventDates() {
    assertThat(dates(Language.INDONESIAN, "2026-11-03",
        "Longsor menimbun rumah warga pada Selasa (3/11/2026) dini hari.\n\n"
            + "\"Santunan akan kami serahkan sebelum Jumat,\" kata Gubernur."))
        .extracting(EventDateValue::date, EventDateValue::main, EventDateValue::event,
            EventDateValue::isDue)
        .containsExactly(tuple("2026-11-03", true, "landslide", false),
            tuple("2026-11-06", false, null, true)); // the deadline: the Friday ahead
    assertThat(dates(Language.ENGLISH, "2026-11-03",
        "A landslide buried homes in a village on Tuesday.\n\n"
            + "The landslide struck at around 2:30 a.m. (1930 GMT Monday), officials said."))
        .extracting(EventDateValue::date, EventDateValue::main)
        .containsExactly(tuple("2026-11-03", true));
  }
}
