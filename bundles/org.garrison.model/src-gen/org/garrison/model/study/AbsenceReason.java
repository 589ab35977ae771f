/**
 */
package org.garrison.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Absence Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage#getAbsenceReason()
 * @model
 * @generated
 */
public enum AbsenceReason implements Enumerator
{
	/**
	 * The '<em><b>OFFICIAL DUTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICIAL_DUTY_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICIAL_DUTY(0, "OFFICIAL_DUTY", "OFFICIAL_DUTY"),

	/**
	 * The '<em><b>SICK LEAVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SICK_LEAVE_VALUE
	 * @generated
	 * @ordered
	 */
	SICK_LEAVE(1, "SICK_LEAVE", "SICK_LEAVE"),

	/**
	 * The '<em><b>PERSONAL LEAVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_LEAVE_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_LEAVE(2, "PERSONAL_LEAVE", "PERSONAL_LEAVE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER");

	/**
	 * The '<em><b>OFFICIAL DUTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICIAL_DUTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICIAL_DUTY_VALUE = 0;

	/**
	 * The '<em><b>SICK LEAVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SICK_LEAVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SICK_LEAVE_VALUE = 1;

	/**
	 * The '<em><b>PERSONAL LEAVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_LEAVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_LEAVE_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Absence Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AbsenceReason[] VALUES_ARRAY =
		new AbsenceReason[]
		{
			OFFICIAL_DUTY,
			SICK_LEAVE,
			PERSONAL_LEAVE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Absence Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AbsenceReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Absence Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AbsenceReason get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AbsenceReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Absence Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AbsenceReason getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AbsenceReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Absence Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AbsenceReason get(int value)
	{
		switch (value)
		{
			case OFFICIAL_DUTY_VALUE: return OFFICIAL_DUTY;
			case SICK_LEAVE_VALUE: return SICK_LEAVE;
			case PERSONAL_LEAVE_VALUE: return PERSONAL_LEAVE;
			case OTHER_VALUE: return OTHER;
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
	private AbsenceReason(int value, String name, String literal)
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
	
} //AbsenceReason
