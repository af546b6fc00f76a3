package storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** JSON in and out, with dates as ISO strings; one configured mapper for the whole app. */
public final class Json {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /**
   * JSON that can sit inside a script element whatever the strings hold: the characters that could
   * close the element or start markup are written as Unicode escapes, which JSON reads back
   * unchanged.
   */
  public String writeForScript(Object value) {
    StringBuilder out = new StringBuilder();
    for (char c : write(value).toCharArray()) {
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The value as a JSON object with one more number field, such as the shape of a snapshot. */
  public String writeWith(Object value, String field, int number) {
    JsonNode tree = mapper.valueToTree(value);
    if (!(tree instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
      throw new IllegalArgumentException("Not a JSON object: " + value.getClass());
    }
    object.put(field, number);
    try {
      return mapper.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass() + " as JSON", e);
    }
  }

  public JsonNode readTree(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot read JSON", e);
    }
  }

  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot read JSON as " + type.getSimpleName(), e);
    }
  }

  public <T> T read(InputStream json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read JSON as " + type.getSimpleName(), e);
    }
  }
}
