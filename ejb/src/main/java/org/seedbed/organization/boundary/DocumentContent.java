package org.seedbed.organization.boundary;

import java.nio.file.Path;

/** Where to read a document's bytes from, and how to name and type them for the download. */
public record DocumentContent(String fileName, String contentType, long sizeBytes, Path file) {}
