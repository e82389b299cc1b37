/**
 * Word-processing formats: DOCX (POI XWPF), Word 97 DOC (POI HWPF) and RTF (RTF Parser Kit), read
 * into one shape ({@code WordPart}) and laid into text the same way: headings, rendered list
 * markers, data tables as tables, the official header and signature tables as lines read column by
 * column, footnotes and page furniture apart, legacy TCVN3/VNI font runs converted to Unicode.
 */
package io.github.vanban.extract.office;
