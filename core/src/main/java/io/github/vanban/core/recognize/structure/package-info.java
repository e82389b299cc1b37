/**
 * The document's structure: Phần, Chương, Mục, Điều, khoản and điểm with their labels, titles and
 * spans, as the {@link io.github.vanban.core.recognize.structure.StructureLayer#STRUCTURE} layer.
 *
 * <p>This package is the worked example of docs/ARCHITECTURE.md: a kind of finding added as one
 * package (values, recogniser, stage, layer key with its JSON writer) plus one line in {@code
 * DefaultPipeline}.
 */
package io.github.vanban.core.recognize.structure;
