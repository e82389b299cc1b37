/**
 * The JSON shapes of OUTPUT.md for the built-in findings and the header, written with Jackson's
 * streaming generator. The built-in layer keys carry these writers; nothing here knows the
 * pipeline.
 */
package io.github.vanban.core.json.shape;
