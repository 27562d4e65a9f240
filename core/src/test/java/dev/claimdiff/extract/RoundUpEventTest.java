package dev.claimdiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.extract.ClaimValue.QuantityValue;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round-up item about another event ('Sementara itu, di ...', 'Meanwhile, in ...') that names
 * that event makes the counts after it, in sentences that name no event of their own, that
 * event's, until the main event is named again; a 'Sementara itu' that names no other event goes
 * on with the main story. The examples are invented.
 */
class RoundUpEventTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> events(Language language, String text) {
    ArticleLoader loader = new ArticleLoader(language, InputStream::nullInputStream);
    Article article = loader.fromText("t", text,
        new ArticleMetadata(language, null, "2025-08-17", null));
    return EXTRACTOR.extract(SPLITTER.split(article)).stream()
        .filter(c -> c.value() instanceof QuantityValue)
        .map(c -> ((QuantityValue) c.value()).amount() + " " + ((QuantityValue) c.value()).what()
            + " " + ((QuantityValue) c.value()).event())
        .toList();
  }

  @Test
  void anIndonesianRoundUpItemKeepsItsCountsApart() {
    assertThat(events(Language.INDONESIAN, String.join("\n\n",
        "Kebakaran melanda gudang kayu di Kelurahan Tanjungsari, Minggu (17/8/2025).",
        "Kebakaran itu menewaskan dua orang.",
        "Sementara itu, Kapolsek mengatakan empat orang luka-luka.",
        "Sementara itu, di Kabupaten Wonosari, banjir bandang merendam permukiman warga.",
        "BPBD setempat mencatat tiga warga meninggal.")))
        .containsExactly("2.0 deaths fire", "4.0 injured fire", "3.0 deaths flood");
  }

  @Test
  void anEnglishRoundUpItemKeepsItsCountsApartUntilTheMainEventReturns() {
    assertThat(events(Language.ENGLISH, String.join("\n\n",
        "A fire tore through a timber warehouse in the river town on Sunday, killing two people.",
        "Meanwhile, in a hill district to the south, a minibus overturned on a mountain road.",
        "Nine passengers were hurt, police said.",
        "Firefighters said the fire had injured four people.")))
        .containsExactly("2.0 deaths fire", "9.0 injured accident", "4.0 injured fire");
  }

  @Test
  void aClauseAfterASpansYearRecountsThatYearsEvent() {
    assertThat(events(Language.ENGLISH, String.join("\n\n",
        "A minibus crashed into a ravine on a mountain road on Sunday, killing four people.",
        "It was the deadliest crash in the province since March 2019, when 14 people died.",
        "It was the deadliest crash in the province since 2019, officials said of the 4 dead.")))
        .containsExactly("4.0 deaths accident", "14.0 deaths accident 2019",
            "4.0 deaths accident");
    assertThat(events(Language.INDONESIAN, String.join("\n\n",
        "Sebuah minibus masuk jurang di jalan pegunungan pada Minggu (17/8/2025).",
        "Kecelakaan itu menewaskan empat orang.",
        "Kecelakaan itu yang terparah sejak 2019, ketika 14 orang tewas.")))
        .containsExactly("4.0 deaths accident", "14.0 deaths accident 2019");
  }
}
