package org.garrison.internal.security.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.store.StoreSession;
import org.garrison.ui.chooser.RecordChooser;

/** Who did it: the office's staff in a drop-down (typing a name's first characters selects it), and 选择… for anyone else through the chooser. */
final class PersonChoice {

    private final Composite control;
    private final Combo combo;
    private final List<Person> persons;

    PersonChoice(Composite parent, StoreSession session, List<Person> staff, Person initial) {
        persons = new ArrayList<>(staff);
        if (initial != null && !persons.contains(initial)) {
            persons.add(0, initial);
        }
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
        combo = new Combo(control, SWT.READ_ONLY);
        persons.forEach(person -> combo.add(person.getName()));
        combo.select(initial == null ? -1 : persons.indexOf(initial));
        Button choose = new Button(control, SWT.PUSH);
        choose.setText(Messages.Person_choose);
        choose.addListener(SWT.Selection, event -> {
            List<org.eclipse.emf.ecore.EObject> chosen = RecordChooser.choose(control.getShell(), session, CorePackage.Literals.PERSON, false, List.of());
            if (!chosen.isEmpty()) {
                select((Person) chosen.get(0));
            }
        });
    }

    void select(Person person) {
        if (!persons.contains(person)) {
            persons.add(person);
            combo.add(person.getName());
        }
        combo.select(persons.indexOf(person));
    }

    Person selected() {
        int index = combo.getSelectionIndex();
        return index < 0 ? null : persons.get(index);
    }

    Composite control() {
        return control;
    }

    Combo combo() {
        return combo;
    }
}
