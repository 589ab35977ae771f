/**
 */
package org.garrison.model.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Political Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.garrison.model.core.CorePackage#getPoliticalStatus()
 * @model
 * @generated
 */
public enum PoliticalStatus implements Enumerator
{
	/**
	 * The '<em><b>CPC MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPC_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	CPC_MEMBER(0, "CPC_MEMBER", "CPC_MEMBER"),

	/**
	 * The '<em><b>CPC PROBATIONARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPC_PROBATIONARY_VALUE
	 * @generated
	 * @ordered
	 */
	CPC_PROBATIONARY(1, "CPC_PROBATIONARY", "CPC_PROBATIONARY"),

	/**
	 * The '<em><b>CYL MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYL_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	CYL_MEMBER(2, "CYL_MEMBER", "CYL_MEMBER"),

	/**
	 * The '<em><b>DEMOCRATIC PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMOCRATIC_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	DEMOCRATIC_PARTY(3, "DEMOCRATIC_PARTY", "DEMOCRATIC_PARTY"),

	/**
	 * The '<em><b>MASSES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASSES_VALUE
	 * @generated
	 * @ordered
	 */
	MASSES(4, "MASSES", "MASSES");

	/**
	 * The '<em><b>CPC MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPC_MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPC_MEMBER_VALUE = 0;

	/**
	 * The '<em><b>CPC PROBATIONARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPC_PROBATIONARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPC_PROBATIONARY_VALUE = 1;

	/**
	 * The '<em><b>CYL MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYL_MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CYL_MEMBER_VALUE = 2;

	/**
	 * The '<em><b>DEMOCRATIC PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMOCRATIC_PARTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEMOCRATIC_PARTY_VALUE = 3;

	/**
	 * The '<em><b>MASSES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASSES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASSES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Political Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PoliticalStatus[] VALUES_ARRAY =
		new PoliticalStatus[]
		{
			CPC_MEMBER,
			CPC_PROBATIONARY,
			CYL_MEMBER,
			DEMOCRATIC_PARTY,
			MASSES,
		};

	/**
	 * A public read-only list of all the '<em><b>Political Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PoliticalStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Political Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PoliticalStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PoliticalStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Political Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PoliticalStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PoliticalStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Political Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PoliticalStatus get(int value)
	{
		switch (value)
		{
			case CPC_MEMBER_VALUE: return CPC_MEMBER;
			case CPC_PROBATIONARY_VALUE: return CPC_PROBATIONARY;
			case CYL_MEMBER_VALUE: return CYL_MEMBER;
			case DEMOCRATIC_PARTY_VALUE: return DEMOCRATIC_PARTY;
			case MASSES_VALUE: return MASSES;
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
	private PoliticalStatus(int value, String name, String literal)
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
	
} //PoliticalStatus
