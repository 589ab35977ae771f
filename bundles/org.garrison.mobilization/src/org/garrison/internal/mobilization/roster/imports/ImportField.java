package org.garrison.internal.mobilization.roster.imports;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * The roster fields a file's columns can fill: the person's and the member's attributes, and the
 * unit by its name. Each knows the headers staff commonly give it, so columns map themselves.
 */
public enum ImportField {
    NAME(CorePackage.Literals.PERSON__NAME, true, "姓名", "名字", "name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    IDENTITY_NUMBER(CorePackage.Literals.PERSON__IDENTITY_NUMBER, true, "身份证号", "身份证号码", "公民身份号码", "身份证", "identity number", "id number"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    UNIT(MobilizationPackage.Literals.MILITIA_MEMBER__UNIT, true, "所在分队", "分队", "编组", "unit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The town of the unit: tells apart units of the same name in different towns; sets nothing. */
    TOWN(MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT, false, "乡镇（街道）", "乡镇", "街道", "乡镇街道", "town"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The organization (village, community, enterprise) of the unit: tells apart units of the same name; sets nothing. */
    ORG_UNIT(MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT, false, "所在单位", "单位", "村（社区）", "organization"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    CATEGORY(MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY, true, "类别", "民兵类别", "category"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    JOIN_DATE(MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE, true, "入队日期", "入队时间", "join date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    POSITION(MobilizationPackage.Literals.MILITIA_MEMBER__POSITION, false, "职务", "position"), //$NON-NLS-1$ //$NON-NLS-2$
    VETERAN(MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN, false, "退役军人", "是否退役军人", "veteran"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    SPECIALTY(MobilizationPackage.Literals.MILITIA_MEMBER__SPECIALTY, false, "专业", "specialty"), //$NON-NLS-1$ //$NON-NLS-2$
    POLITICAL_STATUS(CorePackage.Literals.PERSON__POLITICAL_STATUS, false, "政治面貌", "political status"), //$NON-NLS-1$ //$NON-NLS-2$
    EDUCATION(CorePackage.Literals.PERSON__EDUCATION, false, "文化程度", "学历", "education"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    ETHNICITY(CorePackage.Literals.PERSON__ETHNICITY, false, "民族", "ethnicity"), //$NON-NLS-1$ //$NON-NLS-2$
    PHONE(CorePackage.Literals.PERSON__PHONE, false, "联系电话", "电话", "手机", "phone"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    ADDRESS(CorePackage.Literals.PERSON__ADDRESS, false, "住址", "家庭住址", "address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final EStructuralFeature feature;
    private final boolean required;
    private final List<String> headers;

    ImportField(EStructuralFeature feature, boolean required, String... headers) {
        this.feature = feature;
        this.required = required;
        this.headers = List.of(headers);
    }

    public EStructuralFeature feature() {
        return feature;
    }

    /** The attribute the field sets; null for the unit, which is found by its name. */
    public EAttribute attribute() {
        return feature instanceof EAttribute attribute ? attribute : null;
    }

    /** Whether a member cannot be imported without it. */
    public boolean required() {
        return required;
    }

    /** Whether the field only helps find the unit. */
    public boolean locatesUnit() {
        return this == TOWN || this == ORG_UNIT;
    }

    /** Whether the field belongs to the person (else to the militia member). */
    public boolean ofPerson() {
        return feature.getEContainingClass() == CorePackage.Literals.PERSON;
    }

    /** The field's name as the user reads it. */
    public String label(Locale locale) {
        if (this == TOWN || this == ORG_UNIT) {
            return this == TOWN ? org.garrison.internal.mobilization.Messages.Roster_town : org.garrison.internal.mobilization.Messages.Roster_orgUnit;
        }
        return ModelLabels.of(feature, locale);
    }

    /** The field a column header names, or null. */
    public static ImportField forHeader(String header) {
        String wanted = header.strip().replace(" ", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        for (ImportField field : values()) {
            for (String known : field.headers) {
                if (known.replace(" ", "").equals(wanted)) { //$NON-NLS-1$ //$NON-NLS-2$
                    return field;
                }
            }
        }
        return null;
    }
}
