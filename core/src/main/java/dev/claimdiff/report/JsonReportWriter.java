package dev.claimdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a report as {@code claimdiff/report-v1} JSON: two-space indentation, {@code \n} line
 * ends, fields in the documented order, whole numbers without a fraction ({@code 90}, not
 * {@code 90.0}); so the same report always gives the same bytes.
 */
public final class JsonReportWriter {
  private static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    SimpleModule numbers = new SimpleModule("claimdiff-numbers");
    numbers.addSerializer(Double.class, new WholeNumberSerializer());
    numbers.addSerializer(double.class, new WholeNumberSerializer());
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new GuavaModule())
        .registerModule(numbers)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return mapper;
  }

  /** Writes the report and a final newline. */
  public void write(Report report, Writer out) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      MAPPER.writer(printer).writeValue(out, report);
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON report", e);
    }
  }

  /** The report as a JSON string. */
  public String toJson(Report report) {
    java.io.StringWriter out = new java.io.StringWriter();
    write(report, out);
    return out.toString();
  }

  private static final class WholeNumberSerializer extends StdSerializer<Double> {
    WholeNumberSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      double d = value;
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        gen.writeNumber((long) d);
      } else {
        gen.writeNumber(d);
      }
    }
  }
}
