package dev.claimdiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdiff.lang.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsIndonesianFromEnglish() {
    assertThat(detector.detect("Pemerintah daerah mengatakan bahwa bantuan untuk korban banjir "
        + "akan dikirim pada hari ini dan juga besok dari gudang di kota itu."))
        .isEqualTo(Language.INDONESIAN);
    assertThat(detector.detect("The minister said that the aid for the flood victims will be "
        + "sent from the warehouse in the city and that it was delayed by the storm."))
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  void saysUnknownRatherThanGuess() {
    assertThat(detector.detect("Menu News Video Indeks")).isNull();
    assertThat(detector.detect("1 2 3 4 5 6 7 8 9")).isNull();
  }
}
