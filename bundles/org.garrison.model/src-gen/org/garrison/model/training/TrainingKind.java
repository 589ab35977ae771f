/**
 */
package org.garrison.model.training;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.training.TrainingPackage#getTrainingKind()
 * @model
 * @generated
 */
public enum TrainingKind implements Enumerator
{
	/**
	 * The '<em><b>INTEGRATED CORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED_CORE_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATED_CORE(0, "INTEGRATED_CORE", "INTEGRATED_CORE"),

	/**
	 * The '<em><b>EMERGENCY UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGENCY_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	EMERGENCY_UNIT(1, "EMERGENCY_UNIT", "EMERGENCY_UNIT"),

	/**
	 * The '<em><b>SPECIALIST UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIALIST_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIALIST_UNIT(2, "SPECIALIST_UNIT", "SPECIALIST_UNIT"),

	/**
	 * The '<em><b>CADRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CADRE_VALUE
	 * @generated
	 * @ordered
	 */
	CADRE(3, "CADRE", "CADRE"),

	/**
	 * The '<em><b>INSTRUCTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUCTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUCTOR(4, "INSTRUCTOR", "INSTRUCTOR");

	/**
	 * The '<em><b>INTEGRATED CORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED_CORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATED_CORE_VALUE = 0;

	/**
	 * The '<em><b>EMERGENCY UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMERGENCY_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMERGENCY_UNIT_VALUE = 1;

	/**
	 * The '<em><b>SPECIALIST UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIALIST_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIALIST_UNIT_VALUE = 2;

	/**
	 * The '<em><b>CADRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CADRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CADRE_VALUE = 3;

	/**
	 * The '<em><b>INSTRUCTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUCTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUCTOR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingKind[] VALUES_ARRAY =
		new TrainingKind[]
		{
			INTEGRATED_CORE,
			EMERGENCY_UNIT,
			SPECIALIST_UNIT,
			CADRE,
			INSTRUCTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TrainingKind result = VALUES_ARRAY[i];
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
	public static TrainingKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TrainingKind result = VALUES_ARRAY[i];
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
	public static TrainingKind get(int value)
	{
		switch (value)
		{
			case INTEGRATED_CORE_VALUE: return INTEGRATED_CORE;
			case EMERGENCY_UNIT_VALUE: return EMERGENCY_UNIT;
			case SPECIALIST_UNIT_VALUE: return SPECIALIST_UNIT;
			case CADRE_VALUE: return CADRE;
			case INSTRUCTOR_VALUE: return INSTRUCTOR;
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
	private TrainingKind(int value, String name, String literal)
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
	
} //TrainingKind
