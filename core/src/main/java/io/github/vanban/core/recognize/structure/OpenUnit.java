package io.github.vanban.core.recognize.structure;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit being read: its heading, where it starts, the units found inside so far, and the last
 * clause number and point letter inside it (clauses and points must follow in order). Mutable; used
 * by one {@link StructureRecognizer} call only.
 */
final class OpenUnit {

  final Heading heading;
  final int start;
  int headingEnd;
  final List<StructureNode> children = new ArrayList<>();
  String title;
  int lastClause;
  int lastPoint;

  OpenUnit(Heading heading, int start, int headingEnd) {
    this.heading = heading;
    this.start = start;
    this.headingEnd = headingEnd;
    this.title = heading.title();
  }

  /**
   * Returns the finished unit, ending at {@code end}. An article that is its heading line alone has
   * no title: the line is its text ({@code Điều 2. Quyết định này có hiệu lực...}).
   */
  StructureNode close(int end) {
    boolean oneLineArticle = heading.level() == StructureLevel.ARTICLE && end <= headingEnd;
    return new StructureNode(
        heading.level(),
        heading.label(),
        oneLineArticle ? null : title,
        new TextSpan(start, end),
        children);
  }
}
