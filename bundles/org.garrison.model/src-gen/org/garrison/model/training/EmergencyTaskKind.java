/**
 */
package org.garrison.model.training;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Emergency Task Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.training.TrainingPackage#getEmergencyTaskKind()
 * @model
 * @generated
 */
public enum EmergencyTaskKind implements Enumerator
{
	/**
	 * The '<em><b>DISASTER RELIEF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER_RELIEF_VALUE
	 * @generated
	 * @ordered
	 */
	DISASTER_RELIEF(0, "DISASTER_RELIEF", "DISASTER_RELIEF"),

	/**
	 * The '<em><b>FLOOD PATROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOOD_PATROL_VALUE
	 * @generated
	 * @ordered
	 */
	FLOOD_PATROL(1, "FLOOD_PATROL", "FLOOD_PATROL"),

	/**
	 * The '<em><b>EPIDEMIC CONTROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPIDEMIC_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	EPIDEMIC_CONTROL(2, "EPIDEMIC_CONTROL", "EPIDEMIC_CONTROL"),

	/**
	 * The '<em><b>CIVIC CAMPAIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIC_CAMPAIGN_VALUE
	 * @generated
	 * @ordered
	 */
	CIVIC_CAMPAIGN(3, "CIVIC_CAMPAIGN", "CIVIC_CAMPAIGN"),

	/**
	 * The '<em><b>EVENT SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT_SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	EVENT_SECURITY(4, "EVENT_SECURITY", "EVENT_SECURITY"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>DISASTER RELIEF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISASTER_RELIEF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISASTER_RELIEF_VALUE = 0;

	/**
	 * The '<em><b>FLOOD PATROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOOD_PATROL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLOOD_PATROL_VALUE = 1;

	/**
	 * The '<em><b>EPIDEMIC CONTROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPIDEMIC_CONTROL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPIDEMIC_CONTROL_VALUE = 2;

	/**
	 * The '<em><b>CIVIC CAMPAIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIC_CAMPAIGN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIVIC_CAMPAIGN_VALUE = 3;

	/**
	 * The '<em><b>EVENT SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT_SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENT_SECURITY_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Emergency Task Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmergencyTaskKind[] VALUES_ARRAY =
		new EmergencyTaskKind[]
		{
			DISASTER_RELIEF,
			FLOOD_PATROL,
			EPIDEMIC_CONTROL,
			CIVIC_CAMPAIGN,
			EVENT_SECURITY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Emergency Task Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmergencyTaskKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Emergency Task Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmergencyTaskKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EmergencyTaskKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emergency Task Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmergencyTaskKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EmergencyTaskKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emergency Task Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmergencyTaskKind get(int value)
	{
		switch (value)
		{
			case DISASTER_RELIEF_VALUE: return DISASTER_RELIEF;
			case FLOOD_PATROL_VALUE: return FLOOD_PATROL;
			case EPIDEMIC_CONTROL_VALUE: return EPIDEMIC_CONTROL;
			case CIVIC_CAMPAIGN_VALUE: return CIVIC_CAMPAIGN;
			case EVENT_SECURITY_VALUE: return EVENT_SECURITY;
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
	private EmergencyTaskKind(int value, String name, String literal)
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
	
} //EmergencyTaskKind
