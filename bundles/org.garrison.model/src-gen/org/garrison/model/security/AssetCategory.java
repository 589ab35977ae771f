/**
 */
package org.garrison.model.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Asset Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.security.SecurityPackage#getAssetCategory()
 * @model
 * @generated
 */
public enum AssetCategory implements Enumerator
{
	/**
	 * The '<em><b>PHONE LOCKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_LOCKER_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE_LOCKER(0, "PHONE_LOCKER", "PHONE_LOCKER"),

	/**
	 * The '<em><b>SIGNAL JAMMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL_JAMMER_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL_JAMMER(1, "SIGNAL_JAMMER", "SIGNAL_JAMMER"),

	/**
	 * The '<em><b>WATER POWER NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_POWER_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	WATER_POWER_NETWORK(2, "WATER_POWER_NETWORK", "WATER_POWER_NETWORK"),

	/**
	 * The '<em><b>LIGHTNING PROTECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIGHTNING_PROTECTION_VALUE
	 * @generated
	 * @ordered
	 */
	LIGHTNING_PROTECTION(3, "LIGHTNING_PROTECTION", "LIGHTNING_PROTECTION"),

	/**
	 * The '<em><b>COMMUNICATION LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION_LINE(4, "COMMUNICATION_LINE", "COMMUNICATION_LINE"),

	/**
	 * The '<em><b>FIRE EQUIPMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE_EQUIPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRE_EQUIPMENT(5, "FIRE_EQUIPMENT", "FIRE_EQUIPMENT"),

	/**
	 * The '<em><b>VEHICLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEHICLE_VALUE
	 * @generated
	 * @ordered
	 */
	VEHICLE(6, "VEHICLE", "VEHICLE"),

	/**
	 * The '<em><b>CAMERA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMERA_VALUE
	 * @generated
	 * @ordered
	 */
	CAMERA(7, "CAMERA", "CAMERA"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>PHONE LOCKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_LOCKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_LOCKER_VALUE = 0;

	/**
	 * The '<em><b>SIGNAL JAMMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL_JAMMER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_JAMMER_VALUE = 1;

	/**
	 * The '<em><b>WATER POWER NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_POWER_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WATER_POWER_NETWORK_VALUE = 2;

	/**
	 * The '<em><b>LIGHTNING PROTECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIGHTNING_PROTECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIGHTNING_PROTECTION_VALUE = 3;

	/**
	 * The '<em><b>COMMUNICATION LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_LINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_LINE_VALUE = 4;

	/**
	 * The '<em><b>FIRE EQUIPMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRE_EQUIPMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRE_EQUIPMENT_VALUE = 5;

	/**
	 * The '<em><b>VEHICLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VEHICLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VEHICLE_VALUE = 6;

	/**
	 * The '<em><b>CAMERA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMERA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAMERA_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Asset Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AssetCategory[] VALUES_ARRAY =
		new AssetCategory[]
		{
			PHONE_LOCKER,
			SIGNAL_JAMMER,
			WATER_POWER_NETWORK,
			LIGHTNING_PROTECTION,
			COMMUNICATION_LINE,
			FIRE_EQUIPMENT,
			VEHICLE,
			CAMERA,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Asset Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AssetCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Asset Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetCategory get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetCategory getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AssetCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Asset Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AssetCategory get(int value)
	{
		switch (value)
		{
			case PHONE_LOCKER_VALUE: return PHONE_LOCKER;
			case SIGNAL_JAMMER_VALUE: return SIGNAL_JAMMER;
			case WATER_POWER_NETWORK_VALUE: return WATER_POWER_NETWORK;
			case LIGHTNING_PROTECTION_VALUE: return LIGHTNING_PROTECTION;
			case COMMUNICATION_LINE_VALUE: return COMMUNICATION_LINE;
			case FIRE_EQUIPMENT_VALUE: return FIRE_EQUIPMENT;
			case VEHICLE_VALUE: return VEHICLE;
			case CAMERA_VALUE: return CAMERA;
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
	private AssetCategory(int value, String name, String literal)
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
	
} //AssetCategory
