package dev.limber.formats.document;

import org.snakeyaml.engine.v2.nodes.Node;

/** A value read from a document with the node and pointer it was read from. */
record Located<T>(T value, String source, Node node, String pointer) {}
