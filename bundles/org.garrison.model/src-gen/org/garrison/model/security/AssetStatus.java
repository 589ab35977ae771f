/**
 */
package org.garrison.model.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Asset Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.security.SecurityPackage#getAssetStatus()
 * @model
 * @generated
 */
public enum AssetStatus implements Enumerator
{
	/**
	 * The '<em><b>IN USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_USE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_USE(0, "IN_USE", "IN_USE"),

	/**
	 * The '<em><b>UNDER REPAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_REPAIR_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_REPAIR(1, "UNDER_REPAIR", "UNDER_REPAIR"),

	/**
	 * The '<em><b>OUT OF SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_SERVICE(2, "OUT_OF_SERVICE", "OUT_OF_SERVICE"),

	/**
	 * The '<em><b>SCRAPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRAPPED_VALUE
	 * @generated
	 * @ordered
	 */
	SCRAPPED(3, "SCRAPPED", "SCRAPPED");

	/**
	 * The '<em><b>IN USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_USE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_USE_VALUE = 0;

	/**
	 * The '<em><b>UNDER REPAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_REPAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_REPAIR_VALUE = 1;

	/**
	 * The '<em><b>OUT OF SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_SERVICE_VALUE = 2;

	/**
	 * The '<em><b>SCRAPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRAPPED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCRAPPED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Asset Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssetStatus[] VALUES_ARRAY =
		new AssetStatus[]
		{
			IN_USE,
			UNDER_REPAIR,
			OUT_OF_SERVICE,
			SCRAPPED,
		};

	/**
	 * A public read-only list of all the '<em><b>Asset Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssetStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetStatus get(int value)
	{
		switch (value)
		{
			case IN_USE_VALUE: return IN_USE;
			case UNDER_REPAIR_VALUE: return UNDER_REPAIR;
			case OUT_OF_SERVICE_VALUE: return OUT_OF_SERVICE;
			case SCRAPPED_VALUE: return SCRAPPED;
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
	private AssetStatus(int value, String name, String literal)
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
	
} //AssetStatus
