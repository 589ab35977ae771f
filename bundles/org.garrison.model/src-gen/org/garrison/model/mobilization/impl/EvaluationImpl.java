/**
 */
package org.garrison.model.mobilization.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.Grade;
import org.garrison.model.core.OrgUnit;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.Evaluation;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.EvaluationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.EvaluationImpl#getInspector <em>Inspector</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.EvaluationImpl#getOrgUnit <em>Org Unit</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.EvaluationImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.EvaluationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends RecordImpl implements Evaluation
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
	 * The default value of the '{@link #getInspector() <em>Inspector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspector()
	 * @generated
	 * @ordered
	 */
	protected static final String INSPECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInspector() <em>Inspector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspector()
	 * @generated
	 * @ordered
	 */
	protected String inspector = INSPECTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrgUnit() <em>Org Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgUnit()
	 * @generated
	 * @ordered
	 */
	protected OrgUnit orgUnit;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Grade GRADE_EDEFAULT = Grade.EXCELLENT;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected Grade grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl()
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
		return MobilizationPackage.Literals.EVALUATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.EVALUATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInspector()
	{
		return inspector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspector(String newInspector)
	{
		String oldInspector = inspector;
		inspector = newInspector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.EVALUATION__INSPECTOR, oldInspector, inspector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrgUnit getOrgUnit()
	{
		if (orgUnit != null && orgUnit.eIsProxy())
		{
			InternalEObject oldOrgUnit = (InternalEObject)orgUnit;
			orgUnit = (OrgUnit)eResolveProxy(oldOrgUnit);
			if (orgUnit != oldOrgUnit)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MobilizationPackage.EVALUATION__ORG_UNIT, oldOrgUnit, orgUnit));
			}
		}
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrgUnit basicGetOrgUnit()
	{
		return orgUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgUnit(OrgUnit newOrgUnit)
	{
		OrgUnit oldOrgUnit = orgUnit;
		orgUnit = newOrgUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.EVALUATION__ORG_UNIT, oldOrgUnit, orgUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grade getGrade()
	{
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(Grade newGrade)
	{
		Grade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.EVALUATION__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes()
	{
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes)
	{
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.EVALUATION__NOTES, oldNotes, notes));
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
			case MobilizationPackage.EVALUATION__DATE:
				return getDate();
			case MobilizationPackage.EVALUATION__INSPECTOR:
				return getInspector();
			case MobilizationPackage.EVALUATION__ORG_UNIT:
				if (resolve) return getOrgUnit();
				return basicGetOrgUnit();
			case MobilizationPackage.EVALUATION__GRADE:
				return getGrade();
			case MobilizationPackage.EVALUATION__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case MobilizationPackage.EVALUATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case MobilizationPackage.EVALUATION__INSPECTOR:
				setInspector((String)newValue);
				return;
			case MobilizationPackage.EVALUATION__ORG_UNIT:
				setOrgUnit((OrgUnit)newValue);
				return;
			case MobilizationPackage.EVALUATION__GRADE:
				setGrade((Grade)newValue);
				return;
			case MobilizationPackage.EVALUATION__NOTES:
				setNotes((String)newValue);
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
			case MobilizationPackage.EVALUATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case MobilizationPackage.EVALUATION__INSPECTOR:
				setInspector(INSPECTOR_EDEFAULT);
				return;
			case MobilizationPackage.EVALUATION__ORG_UNIT:
				setOrgUnit((OrgUnit)null);
				return;
			case MobilizationPackage.EVALUATION__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case MobilizationPackage.EVALUATION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case MobilizationPackage.EVALUATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case MobilizationPackage.EVALUATION__INSPECTOR:
				return INSPECTOR_EDEFAULT == null ? inspector != null : !INSPECTOR_EDEFAULT.equals(inspector);
			case MobilizationPackage.EVALUATION__ORG_UNIT:
				return orgUnit != null;
			case MobilizationPackage.EVALUATION__GRADE:
				return grade != GRADE_EDEFAULT;
			case MobilizationPackage.EVALUATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		}
		return super.eIsSet(featureID);
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
		result.append(", inspector: ");
		result.append(inspector);
		result.append(", grade: ");
		result.append(grade);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
