package org.garrison.report;

/** How a figure's value reads. */
public enum FigureUnit {
    /** A whole number of persons, sessions, batches… */
    COUNT,
    /** A share, 0.75 for 75%. */
    SHARE
}
