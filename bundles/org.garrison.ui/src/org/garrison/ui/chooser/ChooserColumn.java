package org.garrison.ui.chooser;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * A column of a chooser's results: its header, its width in characters, and the text it shows for
 * a found record (e.g. a member's town, so that two 张伟 can be told apart).
 */
public record ChooserColumn(String header, int widthInChars, Function<EObject, String> text) {
}
