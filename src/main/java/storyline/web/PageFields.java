package storyline.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed page as its template reads it: each field of the page's record by its name. The
 * controller builds the record, so the compiler checks that every field is given; the template
 * reads the same names it always has.
 */
public final class PageFields {
  private PageFields() {}

  public static Map<String, Object> of(Record page) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent field : page.getClass().getRecordComponents()) {
      try {
        fields.put(field.getName(), field.getAccessor().invoke(page));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Could not read the page's " + field.getName(), e);
      }
    }
    return fields;
  }
}
