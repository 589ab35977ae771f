/**
 */
package org.garrison.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Make Up Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.study.StudyPackage#getMakeUpMethod()
 * @model
 * @generated
 */
public enum MakeUpMethod implements Enumerator
{
	/**
	 * The '<em><b>SELF STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_STUDY(0, "SELF_STUDY", "SELF_STUDY"),

	/**
	 * The '<em><b>MAKE UP CLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAKE_UP_CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	MAKE_UP_CLASS(1, "MAKE_UP_CLASS", "MAKE_UP_CLASS");

	/**
	 * The '<em><b>SELF STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_STUDY_VALUE = 0;

	/**
	 * The '<em><b>MAKE UP CLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAKE_UP_CLASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAKE_UP_CLASS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Make Up Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MakeUpMethod[] VALUES_ARRAY =
		new MakeUpMethod[]
		{
			SELF_STUDY,
			MAKE_UP_CLASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Make Up Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MakeUpMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Make Up Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MakeUpMethod get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MakeUpMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Make Up Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MakeUpMethod getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MakeUpMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Make Up Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MakeUpMethod get(int value)
	{
		switch (value)
		{
			case SELF_STUDY_VALUE: return SELF_STUDY;
			case MAKE_UP_CLASS_VALUE: return MAKE_UP_CLASS;
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
	private MakeUpMethod(int value, String name, String literal)
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
	
} //MakeUpMethod
