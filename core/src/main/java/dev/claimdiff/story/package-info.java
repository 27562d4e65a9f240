/**
 * Stories: grouping a feed of articles into the events they report, so that each event's
 * articles are aligned on their own ({@link dev.claimdiff.story.StoryGrouper}).
 */
@NullMarked
package dev.claimdiff.story;

import org.jspecify.annotations.NullMarked;
