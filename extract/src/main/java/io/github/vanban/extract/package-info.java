/**
 * Turns files into extracted documents: the extractor contract, format detection, limits and
 * failures.
 */
package io.github.vanban.extract;
