package vn.gov.soctrang.tnmt.tdkt.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * Request fields that take one JSON type only and read anything else as absent, so that Bean Validation refuses it
 * with the field's own Vietnamese message instead of Jackson coercing it ({@code "12"} is not a number here).
 */
public final class LenientJson {

  private LenientJson() {
  }

  /** A JSON number, as a whole number (a fraction is cut); a string, a list or an object reads as null. */
  public static final class NumberOnly extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getNumberValue().longValue();
      }
      p.skipChildren();
      return null;
    }
  }

  /** A JSON string; a number, a boolean, a list or an object reads as null. */
  public static final class TextOnly extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      p.skipChildren();
      return null;
    }
  }
}
