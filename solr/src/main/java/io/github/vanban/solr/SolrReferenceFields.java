package io.github.vanban.solr;

import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.MappedFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr mapping of the reference layer: on the file's document each distinct cited number
 * ({@link IndexFields#CITES}) and the number of references; then one child per reference with a
 * number under {@value SolrDocuments#REFS}, carrying the file's source and own number so a query
 * needs no join. Stateless and thread-safe.
 */
final class SolrReferenceFields implements SolrLayerFields<List<DocumentNumber>> {

  @Override
  public void addFields(List<DocumentNumber> references, MappedFile file, SolrInputDocument d) {
    Set<String> cited = new LinkedHashSet<>();
    List<SolrInputDocument> children = new ArrayList<>(references.size());
    for (int i = 0; i < references.size(); i++) {
      DocumentNumber r = references.get(i);
      if (hasKey(r.number())) {
        cited.add(r.number());
        children.add(child(r, i, file));
      }
    }
    cited.forEach(n -> d.addField(IndexFields.CITES, n));
    d.setField(IndexFields.COUNT_REFERENCES, references.size());
    d.setField(SolrDocuments.REFS, children);
  }

  private static SolrInputDocument child(DocumentNumber r, int index, MappedFile file) {
    SolrInputDocument d = SolrDocuments.child(file, IndexFields.KIND_REF, "r", index);
    d.setField(IndexFields.REF_NUMBER, r.number());
    d.setField(IndexFields.RELATION, r.relation().name());
    SolrDocuments.put(d, IndexFields.REF_TYPE_NAME, r.typeName());
    SolrDocuments.put(d, IndexFields.REF_DATE, Objects.toString(r.date(), null));
    d.setField(IndexFields.SENTENCE, DocumentValues.sentence(file.document(), r));
    SolrDocuments.mention(d, r.text(), r.span());
    return d;
  }

  private static boolean hasKey(String number) {
    return number != null && !DocumentNumbers.key(number).isEmpty();
  }
}
