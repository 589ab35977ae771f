package org.garrison.internal.mobilization.ui.conscription;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MobilizationPackage.Literals;
import org.garrison.ui.table.RecordColumn;

/** The recruits' columns: who, education, stage (editable) and the dates of each stage. */
final class RecruitColumns {

    private RecruitColumns() {
    }

    static List<RecordColumn> of(ComposedAdapterFactory items) {
        return List.of(
                RecordColumn.path(items, Literals.RECRUIT__PERSON, CorePackage.Literals.PERSON__NAME).readOnly().width(80),
                RecordColumn.path(items, Literals.RECRUIT__PERSON, CorePackage.Literals.PERSON__IDENTITY_NUMBER).readOnly().width(170),
                RecordColumn.path(items, Literals.RECRUIT__EDUCATION).width(90),
                RecordColumn.path(items, Literals.RECRUIT__STAGE).width(80),
                RecordColumn.path(items, Literals.RECRUIT__REGISTERED_ON).width(95),
                RecordColumn.path(items, Literals.RECRUIT__PHYSICAL_EXAM_ON).width(95),
                RecordColumn.path(items, Literals.RECRUIT__PHYSICAL_PASSED).width(70),
                RecordColumn.path(items, Literals.RECRUIT__POLITICAL_PASSED).width(70),
                RecordColumn.path(items, Literals.RECRUIT__ENLISTED_ON).width(95),
                RecordColumn.path(items, Literals.RECRUIT__RETURNED_ON).width(95),
                RecordColumn.path(items, Literals.RECRUIT__RETURN_REASON).width(140));
    }
}
