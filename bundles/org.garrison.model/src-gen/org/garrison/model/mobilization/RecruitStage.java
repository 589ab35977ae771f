/**
 */
package org.garrison.model.mobilization;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Recruit Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruitStage()
 * @model
 * @generated
 */
public enum RecruitStage implements Enumerator
{
	/**
	 * The '<em><b>REGISTERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTERED(0, "REGISTERED", "REGISTERED"),

	/**
	 * The '<em><b>PRELIMINARY CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRELIMINARY_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	PRELIMINARY_CHECK(1, "PRELIMINARY_CHECK", "PRELIMINARY_CHECK"),

	/**
	 * The '<em><b>PHYSICAL EXAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EXAM_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_EXAM(2, "PHYSICAL_EXAM", "PHYSICAL_EXAM"),

	/**
	 * The '<em><b>POLITICAL REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_REVIEW(3, "POLITICAL_REVIEW", "POLITICAL_REVIEW"),

	/**
	 * The '<em><b>SELECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELECTED_VALUE
	 * @generated
	 * @ordered
	 */
	SELECTED(4, "SELECTED", "SELECTED"),

	/**
	 * The '<em><b>ENLISTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENLISTED_VALUE
	 * @generated
	 * @ordered
	 */
	ENLISTED(5, "ENLISTED", "ENLISTED"),

	/**
	 * The '<em><b>RETURNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED(6, "RETURNED", "RETURNED");

	/**
	 * The '<em><b>REGISTERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGISTERED_VALUE = 0;

	/**
	 * The '<em><b>PRELIMINARY CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRELIMINARY_CHECK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRELIMINARY_CHECK_VALUE = 1;

	/**
	 * The '<em><b>PHYSICAL EXAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EXAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_EXAM_VALUE = 2;

	/**
	 * The '<em><b>POLITICAL REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_REVIEW_VALUE = 3;

	/**
	 * The '<em><b>SELECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELECTED_VALUE = 4;

	/**
	 * The '<em><b>ENLISTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENLISTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENLISTED_VALUE = 5;

	/**
	 * The '<em><b>RETURNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Recruit Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecruitStage[] VALUES_ARRAY =
		new RecruitStage[]
		{
			REGISTERED,
			PRELIMINARY_CHECK,
			PHYSICAL_EXAM,
			POLITICAL_REVIEW,
			SELECTED,
			ENLISTED,
			RETURNED,
		};

	/**
	 * A public read-only list of all the '<em><b>Recruit Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecruitStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recruit Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitStage get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RecruitStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruit Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitStage getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RecruitStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruit Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitStage get(int value)
	{
		switch (value)
		{
			case REGISTERED_VALUE: return REGISTERED;
			case PRELIMINARY_CHECK_VALUE: return PRELIMINARY_CHECK;
			case PHYSICAL_EXAM_VALUE: return PHYSICAL_EXAM;
			case POLITICAL_REVIEW_VALUE: return POLITICAL_REVIEW;
			case SELECTED_VALUE: return SELECTED;
			case ENLISTED_VALUE: return ENLISTED;
			case RETURNED_VALUE: return RETURNED;
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
	private RecruitStage(int value, String name, String literal)
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
	
} //RecruitStage
