package io.github.vanban.core.recognize.date;

import io.github.vanban.core.pipeline.LayerKey;
import java.util.Optional;

/**
 * The issue-line layer: the document's place-and-date line ({@code Quảng Ninh, ngày 10 tháng 7 năm
 * 2024}), found once by the {@link DateStage} with an {@link IssueDateLocator} and read by the
 * stages that need the issue date (the header's place and date, the metrics' reference day). Not
 * printed.
 */
public final class IssueLineLayer {

  /** The place-and-date line among the first sentences; empty when the text has none. */
  public static final LayerKey<Optional<IssueDateLocator.IssueLine>> ISSUE_LINE =
      LayerKey.of("ISSUE_LINE", Optional.empty());

  private IssueLineLayer() {}
}
