package org.garrison.internal.study;

/** Make-up studies owed for absences (补学): done, still open, and of those past their due day. */
public record MakeUpTally(int owed, int done, int open, int overdue) {
}
