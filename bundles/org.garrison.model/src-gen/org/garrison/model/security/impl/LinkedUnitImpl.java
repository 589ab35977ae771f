/**
 */
package org.garrison.model.security.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.garrison.model.core.impl.RecordImpl;

import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.SecurityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Linked Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getLastInspection <em>Last Inspection</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getInspectionMonths <em>Inspection Months</em>}</li>
 *   <li>{@link org.garrison.model.security.impl.LinkedUnitImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkedUnitImpl extends RecordImpl implements LinkedUnit
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
	 * The default value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected String contact = CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastInspection() <em>Last Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastInspection()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_INSPECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastInspection() <em>Last Inspection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastInspection()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastInspection = LAST_INSPECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInspectionMonths() <em>Inspection Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int INSPECTION_MONTHS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getInspectionMonths() <em>Inspection Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionMonths()
	 * @generated
	 * @ordered
	 */
	protected int inspectionMonths = INSPECTION_MONTHS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkedUnitImpl()
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
		return SecurityPackage.Literals.LINKED_UNIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContact()
	{
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(String newContact)
	{
		String oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone()
	{
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone)
	{
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastInspection()
	{
		return lastInspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastInspection(LocalDate newLastInspection)
	{
		LocalDate oldLastInspection = lastInspection;
		lastInspection = newLastInspection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__LAST_INSPECTION, oldLastInspection, lastInspection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInspectionMonths()
	{
		return inspectionMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectionMonths(int newInspectionMonths)
	{
		int oldInspectionMonths = inspectionMonths;
		inspectionMonths = newInspectionMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__INSPECTION_MONTHS, oldInspectionMonths, inspectionMonths));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SecurityPackage.LINKED_UNIT__FINDINGS, oldFindings, findings));
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
			case SecurityPackage.LINKED_UNIT__NAME:
				return getName();
			case SecurityPackage.LINKED_UNIT__CONTACT:
				return getContact();
			case SecurityPackage.LINKED_UNIT__PHONE:
				return getPhone();
			case SecurityPackage.LINKED_UNIT__LAST_INSPECTION:
				return getLastInspection();
			case SecurityPackage.LINKED_UNIT__INSPECTION_MONTHS:
				return getInspectionMonths();
			case SecurityPackage.LINKED_UNIT__FINDINGS:
				return getFindings();
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
			case SecurityPackage.LINKED_UNIT__NAME:
				setName((String)newValue);
				return;
			case SecurityPackage.LINKED_UNIT__CONTACT:
				setContact((String)newValue);
				return;
			case SecurityPackage.LINKED_UNIT__PHONE:
				setPhone((String)newValue);
				return;
			case SecurityPackage.LINKED_UNIT__LAST_INSPECTION:
				setLastInspection((LocalDate)newValue);
				return;
			case SecurityPackage.LINKED_UNIT__INSPECTION_MONTHS:
				setInspectionMonths((Integer)newValue);
				return;
			case SecurityPackage.LINKED_UNIT__FINDINGS:
				setFindings((String)newValue);
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
			case SecurityPackage.LINKED_UNIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SecurityPackage.LINKED_UNIT__CONTACT:
				setContact(CONTACT_EDEFAULT);
				return;
			case SecurityPackage.LINKED_UNIT__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case SecurityPackage.LINKED_UNIT__LAST_INSPECTION:
				setLastInspection(LAST_INSPECTION_EDEFAULT);
				return;
			case SecurityPackage.LINKED_UNIT__INSPECTION_MONTHS:
				setInspectionMonths(INSPECTION_MONTHS_EDEFAULT);
				return;
			case SecurityPackage.LINKED_UNIT__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
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
			case SecurityPackage.LINKED_UNIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SecurityPackage.LINKED_UNIT__CONTACT:
				return CONTACT_EDEFAULT == null ? contact != null : !CONTACT_EDEFAULT.equals(contact);
			case SecurityPackage.LINKED_UNIT__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case SecurityPackage.LINKED_UNIT__LAST_INSPECTION:
				return LAST_INSPECTION_EDEFAULT == null ? lastInspection != null : !LAST_INSPECTION_EDEFAULT.equals(lastInspection);
			case SecurityPackage.LINKED_UNIT__INSPECTION_MONTHS:
				return inspectionMonths != INSPECTION_MONTHS_EDEFAULT;
			case SecurityPackage.LINKED_UNIT__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", contact: ");
		result.append(contact);
		result.append(", phone: ");
		result.append(phone);
		result.append(", lastInspection: ");
		result.append(lastInspection);
		result.append(", inspectionMonths: ");
		result.append(inspectionMonths);
		result.append(", findings: ");
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //LinkedUnitImpl
