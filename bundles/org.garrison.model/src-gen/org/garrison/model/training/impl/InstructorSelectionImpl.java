/**
 */
package org.garrison.model.training.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.garrison.model.core.Person;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.training.Instructor;
import org.garrison.model.training.InstructorLevel;
import org.garrison.model.training.InstructorSelection;
import org.garrison.model.training.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instructor Selection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.training.impl.InstructorSelectionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorSelectionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorSelectionImpl#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.garrison.model.training.impl.InstructorSelectionImpl#getSelected <em>Selected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstructorSelectionImpl extends RecordImpl implements InstructorSelection
{
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final InstructorLevel LEVEL_EDEFAULT = InstructorLevel.DISTRICT;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected InstructorLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCandidates() <em>Candidates</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidates()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> candidates;

	/**
	 * The cached value of the '{@link #getSelected() <em>Selected</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelected()
	 * @generated
	 * @ordered
	 */
	protected EList<Instructor> selected;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstructorSelectionImpl()
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
		return TrainingPackage.Literals.INSTRUCTOR_SELECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR_SELECTION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstructorLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(InstructorLevel newLevel)
	{
		InstructorLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.INSTRUCTOR_SELECTION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getCandidates()
	{
		if (candidates == null)
		{
			candidates = new EObjectResolvingEList<Person>(Person.class, this, TrainingPackage.INSTRUCTOR_SELECTION__CANDIDATES);
		}
		return candidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instructor> getSelected()
	{
		if (selected == null)
		{
			selected = new EObjectResolvingEList<Instructor>(Instructor.class, this, TrainingPackage.INSTRUCTOR_SELECTION__SELECTED);
		}
		return selected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean selectedQualified(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.TrainingConstraints.selectedQualified(this, diagnostics, context);
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
			case TrainingPackage.INSTRUCTOR_SELECTION__DATE:
				return getDate();
			case TrainingPackage.INSTRUCTOR_SELECTION__LEVEL:
				return getLevel();
			case TrainingPackage.INSTRUCTOR_SELECTION__CANDIDATES:
				return getCandidates();
			case TrainingPackage.INSTRUCTOR_SELECTION__SELECTED:
				return getSelected();
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
			case TrainingPackage.INSTRUCTOR_SELECTION__DATE:
				setDate((LocalDate)newValue);
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__LEVEL:
				setLevel((InstructorLevel)newValue);
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__CANDIDATES:
				getCandidates().clear();
				getCandidates().addAll((Collection<? extends Person>)newValue);
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__SELECTED:
				getSelected().clear();
				getSelected().addAll((Collection<? extends Instructor>)newValue);
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
			case TrainingPackage.INSTRUCTOR_SELECTION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__CANDIDATES:
				getCandidates().clear();
				return;
			case TrainingPackage.INSTRUCTOR_SELECTION__SELECTED:
				getSelected().clear();
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
			case TrainingPackage.INSTRUCTOR_SELECTION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case TrainingPackage.INSTRUCTOR_SELECTION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case TrainingPackage.INSTRUCTOR_SELECTION__CANDIDATES:
				return candidates != null && !candidates.isEmpty();
			case TrainingPackage.INSTRUCTOR_SELECTION__SELECTED:
				return selected != null && !selected.isEmpty();
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
			case TrainingPackage.INSTRUCTOR_SELECTION___SELECTED_QUALIFIED__DIAGNOSTICCHAIN_MAP:
				return selectedQualified((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (date: ");
		result.append(date);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //InstructorSelectionImpl
