/**
 */
package org.garrison.model.mobilization.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.garrison.model.mobilization.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage
 * @generated
 */
public class MobilizationSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MobilizationPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MobilizationSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = MobilizationPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case MobilizationPackage.MOBILIZATION_LEDGER:
			{
				MobilizationLedger mobilizationLedger = (MobilizationLedger)theEObject;
				T result = caseMobilizationLedger(mobilizationLedger);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.MILITIA_UNIT:
			{
				MilitiaUnit militiaUnit = (MilitiaUnit)theEObject;
				T result = caseMilitiaUnit(militiaUnit);
				if (result == null) result = caseRecord(militiaUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.MILITIA_MEMBER:
			{
				MilitiaMember militiaMember = (MilitiaMember)theEObject;
				T result = caseMilitiaMember(militiaMember);
				if (result == null) result = caseRecord(militiaMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.ORGANIZATION_TASK:
			{
				OrganizationTask organizationTask = (OrganizationTask)theEObject;
				T result = caseOrganizationTask(organizationTask);
				if (result == null) result = caseRecord(organizationTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.MUSTER:
			{
				Muster muster = (Muster)theEObject;
				T result = caseMuster(muster);
				if (result == null) result = caseRecord(muster);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.ROLL_CALL_ENTRY:
			{
				RollCallEntry rollCallEntry = (RollCallEntry)theEObject;
				T result = caseRollCallEntry(rollCallEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.ARMED_CADRE:
			{
				ArmedCadre armedCadre = (ArmedCadre)theEObject;
				T result = caseArmedCadre(armedCadre);
				if (result == null) result = caseRecord(armedCadre);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.CADRE_MEETING:
			{
				CadreMeeting cadreMeeting = (CadreMeeting)theEObject;
				T result = caseCadreMeeting(cadreMeeting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.STANDARDIZATION_ITEM:
			{
				StandardizationItem standardizationItem = (StandardizationItem)theEObject;
				T result = caseStandardizationItem(standardizationItem);
				if (result == null) result = caseRecord(standardizationItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.EVALUATION:
			{
				Evaluation evaluation = (Evaluation)theEObject;
				T result = caseEvaluation(evaluation);
				if (result == null) result = caseRecord(evaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN:
			{
				ConscriptionCampaign conscriptionCampaign = (ConscriptionCampaign)theEObject;
				T result = caseConscriptionCampaign(conscriptionCampaign);
				if (result == null) result = caseRecord(conscriptionCampaign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.RECRUIT:
			{
				Recruit recruit = (Recruit)theEObject;
				T result = caseRecruit(recruit);
				if (result == null) result = caseRecord(recruit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.PUBLICITY_EVENT:
			{
				PublicityEvent publicityEvent = (PublicityEvent)theEObject;
				T result = casePublicityEvent(publicityEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.INTEGRITY_COMPLAINT:
			{
				IntegrityComplaint integrityComplaint = (IntegrityComplaint)theEObject;
				T result = caseIntegrityComplaint(integrityComplaint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MobilizationPackage.CONSCRIPTION_INDICATOR:
			{
				ConscriptionIndicator conscriptionIndicator = (ConscriptionIndicator)theEObject;
				T result = caseConscriptionIndicator(conscriptionIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ledger</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ledger</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMobilizationLedger(MobilizationLedger object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Militia Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Militia Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMilitiaUnit(MilitiaUnit object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Militia Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Militia Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMilitiaMember(MilitiaMember object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organization Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organization Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganizationTask(OrganizationTask object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Muster</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Muster</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMuster(Muster object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roll Call Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roll Call Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRollCallEntry(RollCallEntry object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Armed Cadre</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Armed Cadre</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArmedCadre(ArmedCadre object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cadre Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cadre Meeting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCadreMeeting(CadreMeeting object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standardization Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standardization Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardizationItem(StandardizationItem object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluation(Evaluation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conscription Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conscription Campaign</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConscriptionCampaign(ConscriptionCampaign object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recruit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recruit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecruit(Recruit object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Publicity Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Publicity Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePublicityEvent(PublicityEvent object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integrity Complaint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integrity Complaint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegrityComplaint(IntegrityComplaint object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conscription Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conscription Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConscriptionIndicator(ConscriptionIndicator object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecord(org.garrison.model.core.Record object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //MobilizationSwitch
