/**
 */
package org.garrison.model.study.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.study.impl.StudyGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyGroupImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyGroupImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.garrison.model.study.impl.StudyGroupImpl#getBooksPerYear <em>Books Per Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyGroupImpl extends RecordImpl implements StudyGroup
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<StudyKind> kinds;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> members;

	/**
	 * The default value of the '{@link #getBooksPerYear() <em>Books Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooksPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BOOKS_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBooksPerYear() <em>Books Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooksPerYear()
	 * @generated
	 * @ordered
	 */
	protected int booksPerYear = BOOKS_PER_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyGroupImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return StudyPackage.Literals.STUDY_GROUP;
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
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudyKind> getKinds()
	{
		if (kinds == null)
		{
			kinds = new EDataTypeUniqueEList<StudyKind>(StudyKind.class, this, StudyPackage.STUDY_GROUP__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getMembers()
	{
		if (members == null)
		{
			members = new EObjectResolvingEList<Person>(Person.class, this, StudyPackage.STUDY_GROUP__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBooksPerYear()
	{
		return booksPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooksPerYear(int newBooksPerYear)
	{
		int oldBooksPerYear = booksPerYear;
		booksPerYear = newBooksPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY_GROUP__BOOKS_PER_YEAR, oldBooksPerYear, booksPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean booksNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.StudyConstraints.booksNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case StudyPackage.STUDY_GROUP__NAME:
				return getName();
			case StudyPackage.STUDY_GROUP__KINDS:
				return getKinds();
			case StudyPackage.STUDY_GROUP__MEMBERS:
				return getMembers();
			case StudyPackage.STUDY_GROUP__BOOKS_PER_YEAR:
				return getBooksPerYear();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StudyPackage.STUDY_GROUP__NAME:
				setName((String)newValue);
				return;
			case StudyPackage.STUDY_GROUP__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends StudyKind>)newValue);
				return;
			case StudyPackage.STUDY_GROUP__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Person>)newValue);
				return;
			case StudyPackage.STUDY_GROUP__BOOKS_PER_YEAR:
				setBooksPerYear((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case StudyPackage.STUDY_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudyPackage.STUDY_GROUP__KINDS:
				getKinds().clear();
				return;
			case StudyPackage.STUDY_GROUP__MEMBERS:
				getMembers().clear();
				return;
			case StudyPackage.STUDY_GROUP__BOOKS_PER_YEAR:
				setBooksPerYear(BOOKS_PER_YEAR_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case StudyPackage.STUDY_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudyPackage.STUDY_GROUP__KINDS:
				return kinds != null && !kinds.isEmpty();
			case StudyPackage.STUDY_GROUP__MEMBERS:
				return members != null && !members.isEmpty();
			case StudyPackage.STUDY_GROUP__BOOKS_PER_YEAR:
				return booksPerYear != BOOKS_PER_YEAR_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case StudyPackage.STUDY_GROUP___BOOKS_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return booksNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kinds: ");
		result.append(kinds);
		result.append(", booksPerYear: ");
		result.append(booksPerYear);
		result.append(')');
		return result.toString();
	}

} //StudyGroupImpl
