// Prints, as one JSON object per line, the text claimdiff reads from each input file:
// {"id": ..., "text": ...}. It calls the project's own loader (dev.claimdiff.ingest.ArticleLoader),
// so for an .html page the text is exactly the one claim offsets index. Run with the built jar:
//   java -cp cli/target/claimdiff.jar corpora/tools/ArticleText.java FILE...
// (Java's single-file source launcher; used by fill_spans.py, not part of the build.)
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

public class ArticleText {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArticleLoader loader = new ArticleLoader(null, () -> System.in);
    for (String arg : args) {
      loader.load(InputSource.file(Path.of(arg)), r -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", arg);
        out.put("id", r.id());
        out.put("status", r.status().name());
        out.put("text", r.article() == null ? null : r.article().text());
        out.put("message", r.message());
        try {
          System.out.println(json.writeValueAsString(out));
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
    }
  }
}
