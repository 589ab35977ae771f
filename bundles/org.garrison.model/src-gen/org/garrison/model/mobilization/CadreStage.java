/**
 */
package org.garrison.model.mobilization;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cadre Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage#getCadreStage()
 * @model
 * @generated
 */
public enum CadreStage implements Enumerator
{
	/**
	 * The '<em><b>NOMINATION REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINATION_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	NOMINATION_REVIEW(0, "NOMINATION_REVIEW", "NOMINATION_REVIEW"),

	/**
	 * The '<em><b>APPOINTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPOINTED_VALUE
	 * @generated
	 * @ordered
	 */
	APPOINTED(1, "APPOINTED", "APPOINTED"),

	/**
	 * The '<em><b>DUTY FILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUTY_FILED_VALUE
	 * @generated
	 * @ordered
	 */
	DUTY_FILED(2, "DUTY_FILED", "DUTY_FILED"),

	/**
	 * The '<em><b>LEFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_VALUE
	 * @generated
	 * @ordered
	 */
	LEFT(3, "LEFT", "LEFT");

	/**
	 * The '<em><b>NOMINATION REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMINATION_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOMINATION_REVIEW_VALUE = 0;

	/**
	 * The '<em><b>APPOINTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPOINTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPOINTED_VALUE = 1;

	/**
	 * The '<em><b>DUTY FILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUTY_FILED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUTY_FILED_VALUE = 2;

	/**
	 * The '<em><b>LEFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEFT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Cadre Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CadreStage[] VALUES_ARRAY =
		new CadreStage[]
		{
			NOMINATION_REVIEW,
			APPOINTED,
			DUTY_FILED,
			LEFT,
		};

	/**
	 * A public read-only list of all the '<em><b>Cadre Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CadreStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cadre Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CadreStage get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CadreStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cadre Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CadreStage getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CadreStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cadre Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CadreStage get(int value)
	{
		switch (value)
		{
			case NOMINATION_REVIEW_VALUE: return NOMINATION_REVIEW;
			case APPOINTED_VALUE: return APPOINTED;
			case DUTY_FILED_VALUE: return DUTY_FILED;
			case LEFT_VALUE: return LEFT;
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
	private CadreStage(int value, String name, String literal)
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
	
} //CadreStage
