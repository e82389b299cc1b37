package io.github.vanban.core.json.shape;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.HeaderField;
import java.io.IOException;

/**
 * Writes a {@link Header} as the header object of OUTPUT.md, with a {@code confidence} object
 * (field name to 0..1, two decimals) after the fields when some were read from uncertain OCR text.
 * Stateless and thread-safe.
 */
public final class HeaderJson {

  private HeaderJson() {}

  /**
   * Writes the header object, or JSON {@code null} when {@code h} is {@code null}.
   *
   * @param g the generator, positioned where a value goes
   * @param h the header, or {@code null}
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator g, Header h) throws IOException {
    if (h == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("number", h.number());
    g.writeStringField("type", h.type());
    g.writeStringField("typeName", h.typeName());
    g.writeStringField("issuer", h.issuer());
    g.writeStringField("issuerParent", h.issuerParent());
    g.writeStringField("place", h.place());
    g.writeStringField("issued", h.issuedText());
    g.writeStringField("subject", h.subject());
    g.writeStringField("signer", h.signer());
    g.writeStringField("signerTitle", h.signerTitle());
    if (!h.confidence().isEmpty()) {
      g.writeObjectFieldStart("confidence");
      for (HeaderField field : HeaderField.values()) {
        if (h.confidence().containsKey(field)) {
          g.writeNumberField(field.jsonName(), Math.round(h.confidence(field) * 100) / 100.0);
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
