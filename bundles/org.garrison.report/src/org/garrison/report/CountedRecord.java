package org.garrison.report;

/**
 * One record a figure counted, as the appendix lists it: the record, its stored id (so it can be
 * found in the workbench), what it belongs to (the batch of a trainee), and what it added to the
 * figure (1 for a counted record, the amount for a summed one).
 */
public record CountedRecord(String record, long id, String partOf, Number amount) {
}
