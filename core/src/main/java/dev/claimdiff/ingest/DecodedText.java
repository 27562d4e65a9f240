package dev.claimdiff.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes decoded to text: strict UTF-8 first; bytes that are not valid UTF-8 are decoded as
 * Windows-1252 with a warning, since that is what such files almost always are.
 *
 * @param text the decoded text, without a byte-order mark
 * @param warning what went wrong in decoding, or null
 */
record DecodedText(String text, @Nullable String warning) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A UTF-8 decoder that reports malformed input instead of replacing it. */
  static java.nio.charset.CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static DecodedText decode(byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      String text = strictUtf8().decode(buffer).toString();
      return new DecodedText(text, null);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
      return new DecodedText(
          text, "not valid UTF-8 (first bad byte at offset " + bad + "); decoded as Windows-1252");
    }
  }

  private static int firstInvalidUtf8(byte[] bytes, int from) {
    var decoder = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  /** A description of a binary format recognised from its first bytes, or null for text. */
  static @Nullable String binaryKind(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return "a ZIP archive (or a Word/OpenDocument file)";
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    int limit = Math.min(bytes.length, 8_192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return "binary data (it contains NUL bytes)";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
