/**
 * HTML pages: the main content only (boilerplate removed, content found by density), laid into
 * headings, paragraphs, list items and tables; charset from byte-order mark or meta tag; title,
 * author and dates from meta tags.
 */
package io.github.vanban.extract.html;
