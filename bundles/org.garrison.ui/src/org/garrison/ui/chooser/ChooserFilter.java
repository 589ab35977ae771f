package org.garrison.ui.chooser;

import java.util.List;

import org.garrison.store.query.Condition;

/**
 * A filter above a chooser's results: a label (乡镇, 分队, 类别) and its choices, each a store
 * condition on the searched class. The chooser offers "all" first by itself.
 */
public record ChooserFilter(String label, List<Choice> choices) {

    /** One choice of a filter: what the user reads, and the condition it stands for. */
    public record Choice(String label, Condition condition) {
    }

    public ChooserFilter {
        choices = List.copyOf(choices);
    }
}
