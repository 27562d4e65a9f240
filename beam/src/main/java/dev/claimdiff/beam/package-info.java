/**
 * claimdiff on Apache Beam ({@link dev.claimdiff.beam.StoryPipeline}): read, extract, group into
 * stories, align per story and write each story's report, on any Beam runner.
 */
package dev.claimdiff.beam;
