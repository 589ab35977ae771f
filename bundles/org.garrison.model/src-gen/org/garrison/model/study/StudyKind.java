/**
 */
package org.garrison.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage#getStudyKind()
 * @model
 * @generated
 */
public enum StudyKind implements Enumerator
{
	/**
	 * The '<em><b>GROUP STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_STUDY(0, "GROUP_STUDY", "GROUP_STUDY"),

	/**
	 * The '<em><b>PARTY LECTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_LECTURE_VALUE
	 * @generated
	 * @ordered
	 */
	PARTY_LECTURE(1, "PARTY_LECTURE", "PARTY_LECTURE"),

	/**
	 * The '<em><b>ON SITE TEACHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_TEACHING_VALUE
	 * @generated
	 * @ordered
	 */
	ON_SITE_TEACHING(2, "ON_SITE_TEACHING", "ON_SITE_TEACHING"),

	/**
	 * The '<em><b>COMMITTEE STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEE_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITTEE_STUDY(3, "COMMITTEE_STUDY", "COMMITTEE_STUDY"),

	/**
	 * The '<em><b>WEEKLY STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEKLY_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	WEEKLY_STUDY(4, "WEEKLY_STUDY", "WEEKLY_STUDY"),

	/**
	 * The '<em><b>MORNING BRIEFING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORNING_BRIEFING_VALUE
	 * @generated
	 * @ordered
	 */
	MORNING_BRIEFING(5, "MORNING_BRIEFING", "MORNING_BRIEFING"),

	/**
	 * The '<em><b>FRIDAY PARTY DAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRIDAY_PARTY_DAY_VALUE
	 * @generated
	 * @ordered
	 */
	FRIDAY_PARTY_DAY(6, "FRIDAY_PARTY_DAY", "FRIDAY_PARTY_DAY");

	/**
	 * The '<em><b>GROUP STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_STUDY_VALUE = 0;

	/**
	 * The '<em><b>PARTY LECTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTY_LECTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTY_LECTURE_VALUE = 1;

	/**
	 * The '<em><b>ON SITE TEACHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_TEACHING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_SITE_TEACHING_VALUE = 2;

	/**
	 * The '<em><b>COMMITTEE STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEE_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMITTEE_STUDY_VALUE = 3;

	/**
	 * The '<em><b>WEEKLY STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEKLY_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEEKLY_STUDY_VALUE = 4;

	/**
	 * The '<em><b>MORNING BRIEFING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MORNING_BRIEFING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MORNING_BRIEFING_VALUE = 5;

	/**
	 * The '<em><b>FRIDAY PARTY DAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRIDAY_PARTY_DAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRIDAY_PARTY_DAY_VALUE = 6;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StudyKind[] VALUES_ARRAY =
		new StudyKind[]
		{
			GROUP_STUDY,
			PARTY_LECTURE,
			ON_SITE_TEACHING,
			COMMITTEE_STUDY,
			WEEKLY_STUDY,
			MORNING_BRIEFING,
			FRIDAY_PARTY_DAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StudyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StudyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StudyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind get(int value)
	{
		switch (value)
		{
			case GROUP_STUDY_VALUE: return GROUP_STUDY;
			case PARTY_LECTURE_VALUE: return PARTY_LECTURE;
			case ON_SITE_TEACHING_VALUE: return ON_SITE_TEACHING;
			case COMMITTEE_STUDY_VALUE: return COMMITTEE_STUDY;
			case WEEKLY_STUDY_VALUE: return WEEKLY_STUDY;
			case MORNING_BRIEFING_VALUE: return MORNING_BRIEFING;
			case FRIDAY_PARTY_DAY_VALUE: return FRIDAY_PARTY_DAY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StudyKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //StudyKind
