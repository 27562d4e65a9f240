package dev.claimdiff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir Path dir;

  @Test
  void aDirectoryGivesItsArticlesAndListsWhatIsNoArticleAsSkipped() throws IOException {
    Files.writeString(dir.resolve("01_wire.txt"), "JAKARTA - Sebuah berita.");
    Files.writeString(dir.resolve("02_page.html"), "<p>Berita</p>");
    Files.writeString(dir.resolve("make_gold.py"), "claims = ['JAKARTA - Sebuah berita.']");
    Files.write(dir.resolve("photo.JPG"), new byte[] {(byte) 0xFF, (byte) 0xD8});
    Files.writeString(dir.resolve("notes"), "no extension: read as text");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git").resolve("HEAD"), "ref");

    List<InputSource> sources = new ArrayList<>();
    List<LoadResult> failures = new ArrayList<>();
    InputResolver.resolve(List.of(dir.toString()), sources::add, failures::add);

    assertThat(sources).extracting(s -> s.file().getFileName().toString())
        .containsExactly("01_wire.txt", "02_page.html", "notes");
    assertThat(failures).extracting(LoadResult::id).containsExactly("make_gold.py", "photo.JPG");
    assertThat(failures).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(LoadResult.Status.SKIPPED);
      assertThat(f.message()).startsWith("not an article: a .").contains(dir.toString())
          .contains("name the file itself");
    });
  }

  @Test
  void aFileNamedByItselfIsReadWhateverItsExtension() throws IOException {
    Path script = Files.writeString(dir.resolve("article.py"), "Teks berita.");
    List<InputSource> sources = new ArrayList<>();
    List<LoadResult> failures = new ArrayList<>();
    InputResolver.resolve(List.of(script.toString()), sources::add, failures::add);
    assertThat(sources).extracting(InputSource::file).containsExactly(script);
    assertThat(failures).isEmpty();
  }

  @Test
  void extensionsAreReadWithoutTheDotAndIgnoringCase() {
    assertThat(InputResolver.extensionOf(Path.of("a/b/Foto.JPEG"))).isEqualTo("jpeg");
    assertThat(InputResolver.extensionOf(Path.of("a/.hidden"))).isEmpty();
    assertThat(InputResolver.extensionOf(Path.of("README"))).isEmpty();
  }
}
