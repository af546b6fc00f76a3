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

  /**
   * The fields of one or more records, such as the admin's frame and the page inside it; no two may
   * share a name.
   */
  public static Map<String, Object> of(Record... pages) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Record page : pages) {
      for (RecordComponent field : page.getClass().getRecordComponents()) {
        Object value;
        try {
          value = field.getAccessor().invoke(page);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Could not read the page's " + field.getName(), e);
        }
        if (fields.containsKey(field.getName())) {
          throw new IllegalStateException("Two parts of a page name " + field.getName());
        }
        fields.put(field.getName(), value);
      }
    }
    return fields;
  }
}
