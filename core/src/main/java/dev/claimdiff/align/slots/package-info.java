/**
 * Value slots: what a value claim is about, its comparable value, and the findings of comparing
 * one slot's values across articles. {@link dev.claimdiff.align.slots.SlotFinder} is the entry
 * point that {@link dev.claimdiff.align.ClaimAligner} calls.
 *
 * <h2>Contents</h2>
 *
 * <ul>
 *   <li>What is compared: {@link dev.claimdiff.align.slots.Slot} (a claim's slot: type, event,
 *       what is counted), {@link dev.claimdiff.align.slots.SlotValue} (a claim's value as
 *       intervals, days, places and due dates that are compatible or not), {@code StoryEvents}
 *       (the event a story's counts are compared under, when outlets name one disaster by
 *       different events).
 *   <li>Time: {@code Timeline} (an article's figures in time order, and the verdict on a slot:
 *       update, fall, same moment, unordered), {@code Moment} (the time a figure is stated for).
 *   <li>Finders: {@link dev.claimdiff.align.slots.SlotFinder} (AGREEMENT, DISCREPANCY, UNIQUE
 *       per slot), {@code UpdateFinder} (UPDATE), {@code HeadlineFinder} (a headline against its
 *       body: INCONSISTENCY), {@code MeasuringBodies} (two measurements are no discrepancy).
 *   <li>For reports: {@link dev.claimdiff.align.slots.DiscrepancySides} (the articles of a
 *       DISCREPANCY whose vague value fits every side).
 * </ul>
 */
@NullMarked
package dev.claimdiff.align.slots;

import org.jspecify.annotations.NullMarked;
