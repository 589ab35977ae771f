/**
 */
package org.garrison.model.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Education</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.core.CorePackage#getEducation()
 * @model
 * @generated
 */
public enum Education implements Enumerator
{
	/**
	 * The '<em><b>PRIMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY(0, "PRIMARY", "PRIMARY"),

	/**
	 * The '<em><b>JUNIOR HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_HIGH(1, "JUNIOR_HIGH", "JUNIOR_HIGH"),

	/**
	 * The '<em><b>SENIOR HIGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_HIGH_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_HIGH(2, "SENIOR_HIGH", "SENIOR_HIGH"),

	/**
	 * The '<em><b>VOCATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	VOCATIONAL(3, "VOCATIONAL", "VOCATIONAL"),

	/**
	 * The '<em><b>JUNIOR COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_COLLEGE(4, "JUNIOR_COLLEGE", "JUNIOR_COLLEGE"),

	/**
	 * The '<em><b>BACHELOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACHELOR_VALUE
	 * @generated
	 * @ordered
	 */
	BACHELOR(5, "BACHELOR", "BACHELOR"),

	/**
	 * The '<em><b>MASTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER(6, "MASTER", "MASTER"),

	/**
	 * The '<em><b>DOCTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCTOR_VALUE
	 * @generated
	 * @ordered
	 */
	DOCTOR(7, "DOCTOR", "DOCTOR");

	/**
	 * The '<em><b>PRIMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_VALUE = 0;

	/**
	 * The '<em><b>JUNIOR HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_HIGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_HIGH_VALUE = 1;

	/**
	 * The '<em><b>SENIOR HIGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_HIGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_HIGH_VALUE = 2;

	/**
	 * The '<em><b>VOCATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOCATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOCATIONAL_VALUE = 3;

	/**
	 * The '<em><b>JUNIOR COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_COLLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_COLLEGE_VALUE = 4;

	/**
	 * The '<em><b>BACHELOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACHELOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BACHELOR_VALUE = 5;

	/**
	 * The '<em><b>MASTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_VALUE = 6;

	/**
	 * The '<em><b>DOCTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOCTOR_VALUE = 7;

	/**
	 * An array of all the '<em><b>Education</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Education[] VALUES_ARRAY =
		new Education[]
		{
			PRIMARY,
			JUNIOR_HIGH,
			SENIOR_HIGH,
			VOCATIONAL,
			JUNIOR_COLLEGE,
			BACHELOR,
			MASTER,
			DOCTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Education</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Education> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Education</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Education get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Education result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Education</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Education getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Education result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Education</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Education get(int value)
	{
		switch (value)
		{
			case PRIMARY_VALUE: return PRIMARY;
			case JUNIOR_HIGH_VALUE: return JUNIOR_HIGH;
			case SENIOR_HIGH_VALUE: return SENIOR_HIGH;
			case VOCATIONAL_VALUE: return VOCATIONAL;
			case JUNIOR_COLLEGE_VALUE: return JUNIOR_COLLEGE;
			case BACHELOR_VALUE: return BACHELOR;
			case MASTER_VALUE: return MASTER;
			case DOCTOR_VALUE: return DOCTOR;
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
	private Education(int value, String name, String literal)
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
	
} //Education
