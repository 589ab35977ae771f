/**
 */
package org.garrison.model.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Org Unit Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.core.CorePackage#getOrgUnitLevel()
 * @model
 * @generated
 */
public enum OrgUnitLevel implements Enumerator
{
	/**
	 * The '<em><b>DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT(0, "DISTRICT", "DISTRICT"),

	/**
	 * The '<em><b>TOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN_VALUE
	 * @generated
	 * @ordered
	 */
	TOWN(1, "TOWN", "TOWN"),

	/**
	 * The '<em><b>SUBDISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBDISTRICT(2, "SUBDISTRICT", "SUBDISTRICT"),

	/**
	 * The '<em><b>VILLAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VILLAGE(3, "VILLAGE", "VILLAGE"),

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY(4, "COMMUNITY", "COMMUNITY"),

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERPRISE(5, "ENTERPRISE", "ENTERPRISE");

	/**
	 * The '<em><b>DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_VALUE = 0;

	/**
	 * The '<em><b>TOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOWN_VALUE = 1;

	/**
	 * The '<em><b>SUBDISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBDISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBDISTRICT_VALUE = 2;

	/**
	 * The '<em><b>VILLAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VILLAGE_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_VALUE = 4;

	/**
	 * The '<em><b>ENTERPRISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERPRISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERPRISE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Org Unit Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrgUnitLevel[] VALUES_ARRAY =
		new OrgUnitLevel[]
		{
			DISTRICT,
			TOWN,
			SUBDISTRICT,
			VILLAGE,
			COMMUNITY,
			ENTERPRISE,
		};

	/**
	 * A public read-only list of all the '<em><b>Org Unit Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrgUnitLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Org Unit Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitLevel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrgUnitLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Org Unit Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitLevel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrgUnitLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Org Unit Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrgUnitLevel get(int value)
	{
		switch (value)
		{
			case DISTRICT_VALUE: return DISTRICT;
			case TOWN_VALUE: return TOWN;
			case SUBDISTRICT_VALUE: return SUBDISTRICT;
			case VILLAGE_VALUE: return VILLAGE;
			case COMMUNITY_VALUE: return COMMUNITY;
			case ENTERPRISE_VALUE: return ENTERPRISE;
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
	private OrgUnitLevel(int value, String name, String literal)
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
	
} //OrgUnitLevel
