/**
 * The one reader of the tab-separated lexicon files vanban ships and users supply: units,
 * indicators, document types, relation cues, body names and official titles.
 */
package io.github.vanban.core.lexicon;
