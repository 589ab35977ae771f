/**
 */
package org.garrison.model.mobilization.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.RollCallEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Muster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getPresent <em>Present</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getRollCall <em>Roll Call</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getAbsent <em>Absent</em>}</li>
 *   <li>{@link org.garrison.model.mobilization.impl.MusterImpl#getAttendanceRate <em>Attendance Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MusterImpl extends RecordImpl implements Muster
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
	protected static final InspectionLevel LEVEL_EDEFAULT = InspectionLevel.DISTRICT;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected InspectionLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<MilitiaUnit> units;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPECTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected int expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresent()
	 * @generated
	 * @ordered
	 */
	protected static final int PRESENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresent()
	 * @generated
	 * @ordered
	 */
	protected int present = PRESENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRollCall() <em>Roll Call</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollCall()
	 * @generated
	 * @ordered
	 */
	protected EList<RollCallEntry> rollCall;

	/**
	 * The default value of the '{@link #getAbsent() <em>Absent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbsent()
	 * @generated
	 * @ordered
	 */
	protected static final int ABSENT_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getAttendanceRate() <em>Attendance Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendanceRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTENDANCE_RATE_EDEFAULT = 0.0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MusterImpl()
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
		return MobilizationPackage.Literals.MUSTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MUSTER__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(InspectionLevel newLevel)
	{
		InspectionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MUSTER__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MilitiaUnit> getUnits()
	{
		if (units == null)
		{
			units = new EObjectResolvingEList<MilitiaUnit>(MilitiaUnit.class, this, MobilizationPackage.MUSTER__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpected()
	{
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(int newExpected)
	{
		int oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MUSTER__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPresent()
	{
		return present;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresent(int newPresent)
	{
		int oldPresent = present;
		present = newPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MUSTER__PRESENT, oldPresent, present));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings()
	{
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings)
	{
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MobilizationPackage.MUSTER__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RollCallEntry> getRollCall()
	{
		if (rollCall == null)
		{
			rollCall = new EObjectContainmentEList<RollCallEntry>(RollCallEntry.class, this, MobilizationPackage.MUSTER__ROLL_CALL);
		}
		return rollCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAbsent()
	{
		return Math.max(0, getExpected() - getPresent());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttendanceRate()
	{
		return getExpected() == 0 ? 0.0 : (double) getPresent() / getExpected();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean countsConsistent(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.countsConsistent(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean rollCallEligible(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return org.garrison.internal.model.validation.MobilizationConstraints.rollCallEligible(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case MobilizationPackage.MUSTER__ROLL_CALL:
				return ((InternalEList<?>)getRollCall()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case MobilizationPackage.MUSTER__DATE:
				return getDate();
			case MobilizationPackage.MUSTER__LEVEL:
				return getLevel();
			case MobilizationPackage.MUSTER__UNITS:
				return getUnits();
			case MobilizationPackage.MUSTER__EXPECTED:
				return getExpected();
			case MobilizationPackage.MUSTER__PRESENT:
				return getPresent();
			case MobilizationPackage.MUSTER__FINDINGS:
				return getFindings();
			case MobilizationPackage.MUSTER__ROLL_CALL:
				return getRollCall();
			case MobilizationPackage.MUSTER__ABSENT:
				return getAbsent();
			case MobilizationPackage.MUSTER__ATTENDANCE_RATE:
				return getAttendanceRate();
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
			case MobilizationPackage.MUSTER__DATE:
				setDate((LocalDate)newValue);
				return;
			case MobilizationPackage.MUSTER__LEVEL:
				setLevel((InspectionLevel)newValue);
				return;
			case MobilizationPackage.MUSTER__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends MilitiaUnit>)newValue);
				return;
			case MobilizationPackage.MUSTER__EXPECTED:
				setExpected((Integer)newValue);
				return;
			case MobilizationPackage.MUSTER__PRESENT:
				setPresent((Integer)newValue);
				return;
			case MobilizationPackage.MUSTER__FINDINGS:
				setFindings((String)newValue);
				return;
			case MobilizationPackage.MUSTER__ROLL_CALL:
				getRollCall().clear();
				getRollCall().addAll((Collection<? extends RollCallEntry>)newValue);
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
			case MobilizationPackage.MUSTER__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case MobilizationPackage.MUSTER__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case MobilizationPackage.MUSTER__UNITS:
				getUnits().clear();
				return;
			case MobilizationPackage.MUSTER__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case MobilizationPackage.MUSTER__PRESENT:
				setPresent(PRESENT_EDEFAULT);
				return;
			case MobilizationPackage.MUSTER__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
				return;
			case MobilizationPackage.MUSTER__ROLL_CALL:
				getRollCall().clear();
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
			case MobilizationPackage.MUSTER__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case MobilizationPackage.MUSTER__LEVEL:
				return level != LEVEL_EDEFAULT;
			case MobilizationPackage.MUSTER__UNITS:
				return units != null && !units.isEmpty();
			case MobilizationPackage.MUSTER__EXPECTED:
				return expected != EXPECTED_EDEFAULT;
			case MobilizationPackage.MUSTER__PRESENT:
				return present != PRESENT_EDEFAULT;
			case MobilizationPackage.MUSTER__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
			case MobilizationPackage.MUSTER__ROLL_CALL:
				return rollCall != null && !rollCall.isEmpty();
			case MobilizationPackage.MUSTER__ABSENT:
				return getAbsent() != ABSENT_EDEFAULT;
			case MobilizationPackage.MUSTER__ATTENDANCE_RATE:
				return getAttendanceRate() != ATTENDANCE_RATE_EDEFAULT;
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
			case MobilizationPackage.MUSTER___COUNTS_CONSISTENT__DIAGNOSTICCHAIN_MAP:
				return countsConsistent((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case MobilizationPackage.MUSTER___ROLL_CALL_ELIGIBLE__DIAGNOSTICCHAIN_MAP:
				return rollCallEligible((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", expected: ");
		result.append(expected);
		result.append(", present: ");
		result.append(present);
		result.append(", findings: ");
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //MusterImpl
