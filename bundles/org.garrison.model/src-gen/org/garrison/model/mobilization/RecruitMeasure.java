/**
 */
package org.garrison.model.mobilization;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Recruit Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage#getRecruitMeasure()
 * @model
 * @generated
 */
public enum RecruitMeasure implements Enumerator
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
	 * The '<em><b>MEN TURNING EIGHTEEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEN_TURNING_EIGHTEEN_VALUE
	 * @generated
	 * @ordered
	 */
	MEN_TURNING_EIGHTEEN(1, "MEN_TURNING_EIGHTEEN", "MEN_TURNING_EIGHTEEN"),

	/**
	 * The '<em><b>SENT TO PHYSICAL EXAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT_TO_PHYSICAL_EXAM_VALUE
	 * @generated
	 * @ordered
	 */
	SENT_TO_PHYSICAL_EXAM(2, "SENT_TO_PHYSICAL_EXAM", "SENT_TO_PHYSICAL_EXAM"),

	/**
	 * The '<em><b>QUOTA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTA_VALUE
	 * @generated
	 * @ordered
	 */
	QUOTA(3, "QUOTA", "QUOTA"),

	/**
	 * The '<em><b>PASSED PHYSICAL AND POLITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSED_PHYSICAL_AND_POLITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	PASSED_PHYSICAL_AND_POLITICAL(4, "PASSED_PHYSICAL_AND_POLITICAL", "PASSED_PHYSICAL_AND_POLITICAL"),

	/**
	 * The '<em><b>COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEGE(5, "COLLEGE", "COLLEGE"),

	/**
	 * The '<em><b>ENLISTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENLISTED_VALUE
	 * @generated
	 * @ordered
	 */
	ENLISTED(6, "ENLISTED", "ENLISTED"),

	/**
	 * The '<em><b>RETURNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED(7, "RETURNED", "RETURNED"),

	/**
	 * The '<em><b>REGISTERED TURNING EIGHTEEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED_TURNING_EIGHTEEN_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTERED_TURNING_EIGHTEEN(8, "REGISTERED_TURNING_EIGHTEEN", "REGISTERED_TURNING_EIGHTEEN");

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
	 * The '<em><b>MEN TURNING EIGHTEEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEN_TURNING_EIGHTEEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEN_TURNING_EIGHTEEN_VALUE = 1;

	/**
	 * The '<em><b>SENT TO PHYSICAL EXAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT_TO_PHYSICAL_EXAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENT_TO_PHYSICAL_EXAM_VALUE = 2;

	/**
	 * The '<em><b>QUOTA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUOTA_VALUE = 3;

	/**
	 * The '<em><b>PASSED PHYSICAL AND POLITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSED_PHYSICAL_AND_POLITICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PASSED_PHYSICAL_AND_POLITICAL_VALUE = 4;

	/**
	 * The '<em><b>COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLEGE_VALUE = 5;

	/**
	 * The '<em><b>ENLISTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENLISTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENLISTED_VALUE = 6;

	/**
	 * The '<em><b>RETURNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_VALUE = 7;

	/**
	 * The '<em><b>REGISTERED TURNING EIGHTEEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTERED_TURNING_EIGHTEEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGISTERED_TURNING_EIGHTEEN_VALUE = 8;

	/**
	 * An array of all the '<em><b>Recruit Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecruitMeasure[] VALUES_ARRAY =
		new RecruitMeasure[]
		{
			REGISTERED,
			MEN_TURNING_EIGHTEEN,
			SENT_TO_PHYSICAL_EXAM,
			QUOTA,
			PASSED_PHYSICAL_AND_POLITICAL,
			COLLEGE,
			ENLISTED,
			RETURNED,
			REGISTERED_TURNING_EIGHTEEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Recruit Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecruitMeasure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recruit Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitMeasure get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RecruitMeasure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruit Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitMeasure getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RecruitMeasure result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruit Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitMeasure get(int value)
	{
		switch (value)
		{
			case REGISTERED_VALUE: return REGISTERED;
			case MEN_TURNING_EIGHTEEN_VALUE: return MEN_TURNING_EIGHTEEN;
			case SENT_TO_PHYSICAL_EXAM_VALUE: return SENT_TO_PHYSICAL_EXAM;
			case QUOTA_VALUE: return QUOTA;
			case PASSED_PHYSICAL_AND_POLITICAL_VALUE: return PASSED_PHYSICAL_AND_POLITICAL;
			case COLLEGE_VALUE: return COLLEGE;
			case ENLISTED_VALUE: return ENLISTED;
			case RETURNED_VALUE: return RETURNED;
			case REGISTERED_TURNING_EIGHTEEN_VALUE: return REGISTERED_TURNING_EIGHTEEN;
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
	private RecruitMeasure(int value, String name, String literal)
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
	
} //RecruitMeasure
