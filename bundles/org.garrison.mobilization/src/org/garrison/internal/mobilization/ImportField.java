package org.garrison.internal.mobilization;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.garrison.model.core.CorePackage;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * The roster fields a file's columns can fill: the person's and the member's attributes, the unit by
 * its name, the town and village that find the unit, and the sex and birth date that are checked
 * against the identity number. Each knows the headers staff commonly give it, so columns map themselves.
 */
public enum ImportField {
    NAME(CorePackage.Literals.PERSON__NAME, true, "姓名", "名字", "name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    IDENTITY_NUMBER(CorePackage.Literals.PERSON__IDENTITY_NUMBER, true, "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "公民身份证号", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "身份证", "身份证件号码", "identity number", "id number"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The unit by its name; a file without it finds units by town or village, or puts every row into one. */
    UNIT(MobilizationPackage.Literals.MILITIA_MEMBER__UNIT, false, "所在分队", "分队", "编组", "所在编组", "unit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** The town (subdistrict) of the unit: tells apart units of the same name, or finds the unit; sets nothing. */
    TOWN(MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT, false, "所属乡镇", "所在乡镇", "乡镇(街道)", "乡镇街道", "所属乡镇街道", "乡镇", "街道", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "所属街道", "town"), //$NON-NLS-1$ //$NON-NLS-2$
    /** The village, community or enterprise of the unit: tells apart units of the same name, or finds the unit; sets nothing. */
    ORG_UNIT(MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT, false, "村(社区)", "所在村", "所在村社区", "所属村", "村", "社区", "所在单位", "单位", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "organization", "village"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Checked against the identity number, never stored: the number says the sex. */
    SEX(CorePackage.Literals.PERSON__SEX, false, "性别", "sex"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Checked against the identity number, never stored: the number says the birth date. */
    BIRTH_DATE(CorePackage.Literals.PERSON__BIRTH_DATE, false, "出生日期", "出生年月", "出生年月日", "birth date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    CATEGORY(MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY, true, "类别", "民兵类别", "category"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    JOIN_DATE(MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE, true, "入队日期", "入队时间", "入队年月", "join date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    POSITION(MobilizationPackage.Literals.MILITIA_MEMBER__POSITION, false, "职务", "民兵职务", "position"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    VETERAN(MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN, false, "退役军人", "是否退役军人", "退伍军人", "是否退伍军人", "veteran"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    SPECIALTY(MobilizationPackage.Literals.MILITIA_MEMBER__SPECIALTY, false, "专业", "specialty"), //$NON-NLS-1$ //$NON-NLS-2$
    MILITARY_SPECIALTY(MobilizationPackage.Literals.MILITIA_MEMBER__MILITARY_SPECIALTY, false, "对口专业", "military specialty"), //$NON-NLS-1$ //$NON-NLS-2$
    CIVILIAN_SPECIALTY(CorePackage.Literals.PERSON__CIVILIAN_SPECIALTY, false, "地方专业", "civilian specialty"), //$NON-NLS-1$ //$NON-NLS-2$
    POLITICAL_STATUS(CorePackage.Literals.PERSON__POLITICAL_STATUS, false, "政治面貌", "political status"), //$NON-NLS-1$ //$NON-NLS-2$
    EDUCATION(CorePackage.Literals.PERSON__EDUCATION, false, "文化程度", "学历", "education"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    ETHNICITY(CorePackage.Literals.PERSON__ETHNICITY, false, "民族", "ethnicity"), //$NON-NLS-1$ //$NON-NLS-2$
    EMPLOYER(CorePackage.Literals.PERSON__EMPLOYER, false, "工作单位", "employer"), //$NON-NLS-1$ //$NON-NLS-2$
    HOUSEHOLD_REGISTRATION(CorePackage.Literals.PERSON__HOUSEHOLD_REGISTRATION, false, "户籍地", "户籍所在地", "户籍", "household registration"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    PHONE(CorePackage.Literals.PERSON__PHONE, false, "联系电话", "电话", "手机", "手机号码", "手机号", "phone"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    ADDRESS(CorePackage.Literals.PERSON__ADDRESS, false, "住址", "家庭住址", "现住址", "address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final EStructuralFeature feature;
    private final boolean required;
    private final List<String> headers;

    ImportField(EStructuralFeature feature, boolean required, String... headers) {
        this.feature = feature;
        this.required = required;
        this.headers = List.of(headers).stream().map(ImportField::normalized).toList();
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

    /** Whether the field is only compared with what the identity number says. */
    public boolean checkedOnly() {
        return this == SEX || this == BIRTH_DATE;
    }

    /** Whether the field is stored on the member or person (else it finds the unit or is only checked). */
    public boolean stored() {
        return this != UNIT && !locatesUnit() && !checkedOnly();
    }

    /** Whether the field belongs to the person (else to the militia member). */
    public boolean ofPerson() {
        return feature.getEContainingClass() == CorePackage.Literals.PERSON;
    }

    /** The field's name as the user reads it. */
    public String label(Locale locale) {
        if (this == TOWN) {
            return Messages.Roster_town;
        }
        if (this == ORG_UNIT) {
            return Messages.Roster_orgUnit;
        }
        return ModelLabels.of(feature, locale);
    }

    /** The field a column header names, or null; spaces, full-width forms and brackets make no difference. */
    public static ImportField forHeader(String header) {
        String wanted = normalized(header);
        for (ImportField field : values()) {
            if (field.headers.contains(wanted)) {
                return field;
            }
        }
        // a roll written by Garrison in the user's language names its columns by the fields' labels
        for (ImportField field : values()) {
            if (normalized(field.label(Locale.getDefault())).equals(wanted) || normalized(field.label(Locale.ENGLISH)).equals(wanted)) {
                return field;
            }
        }
        return null;
    }

    /** A header as compared: a word as {@link Wordings} compares it, without brackets. */
    static String normalized(String header) {
        return Wordings.normalized(header == null ? "" : header).replaceAll("[()\\[\\]{}【】〔〕<>《》]", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
