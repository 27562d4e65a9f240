package dev.claimdiff.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;

/**
 * The articles of a report that report one event, and what comparing them found. Added within
 * report-v1: the report's top-level {@code findings} are the union of its stories' findings.
 *
 * @param id stable within the report ({@code S1}, {@code S2}, …, in the order of each story's
 *     first article)
 * @param label a few names the story's articles share, for people to read; not for parsing
 * @param articles the ids of its articles, in input order; an article may be in two stories
 * @param findings the ids of the findings about its articles, in report order
 */
@JsonPropertyOrder({"id", "label", "articles", "findings"})
public record Story(
    String id, String label, ImmutableList<String> articles, ImmutableList<String> findings) {}
