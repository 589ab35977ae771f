package org.garrison.internal.study;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/** Something of the study area that is due: the record to open, what to do, by when, whether late. */
public record Due(EObject record, String text, LocalDate due, boolean overdue) {
}
