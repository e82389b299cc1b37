/**
 * Repair of the Vietnamese tone and vowel marks that OCR misreads: a syllable that Vietnamese
 * spelling does not allow, or one that reads unlikely beside its neighbours, is replaced by the
 * syllable differing only in its marks that administrative text most often puts there ({@link
 * io.github.vanban.extract.ocrspell.OcrSyllableRepair}).
 */
package io.github.vanban.extract.ocrspell;
