/**
 */
package org.garrison.model.mobilization.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.mobilization.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.mobilization.MobilizationPackage
 * @generated
 */
public class MobilizationAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MobilizationPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MobilizationAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = MobilizationPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MobilizationSwitch<Adapter> modelSwitch =
		new MobilizationSwitch<Adapter>()
		{
			@Override
			public Adapter caseMobilizationLedger(MobilizationLedger object)
			{
				return createMobilizationLedgerAdapter();
			}
			@Override
			public Adapter caseMilitiaUnit(MilitiaUnit object)
			{
				return createMilitiaUnitAdapter();
			}
			@Override
			public Adapter caseMilitiaMember(MilitiaMember object)
			{
				return createMilitiaMemberAdapter();
			}
			@Override
			public Adapter caseOrganizationTask(OrganizationTask object)
			{
				return createOrganizationTaskAdapter();
			}
			@Override
			public Adapter caseMuster(Muster object)
			{
				return createMusterAdapter();
			}
			@Override
			public Adapter caseRollCallEntry(RollCallEntry object)
			{
				return createRollCallEntryAdapter();
			}
			@Override
			public Adapter caseArmedCadre(ArmedCadre object)
			{
				return createArmedCadreAdapter();
			}
			@Override
			public Adapter caseCadreMeeting(CadreMeeting object)
			{
				return createCadreMeetingAdapter();
			}
			@Override
			public Adapter caseStandardizationItem(StandardizationItem object)
			{
				return createStandardizationItemAdapter();
			}
			@Override
			public Adapter caseEvaluation(Evaluation object)
			{
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseConscriptionCampaign(ConscriptionCampaign object)
			{
				return createConscriptionCampaignAdapter();
			}
			@Override
			public Adapter caseRecruit(Recruit object)
			{
				return createRecruitAdapter();
			}
			@Override
			public Adapter casePublicityEvent(PublicityEvent object)
			{
				return createPublicityEventAdapter();
			}
			@Override
			public Adapter caseIntegrityComplaint(IntegrityComplaint object)
			{
				return createIntegrityComplaintAdapter();
			}
			@Override
			public Adapter caseConscriptionIndicator(ConscriptionIndicator object)
			{
				return createConscriptionIndicatorAdapter();
			}
			@Override
			public Adapter caseRecord(org.garrison.model.core.Record object)
			{
				return createRecordAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.MobilizationLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.MobilizationLedger
	 * @generated
	 */
	public Adapter createMobilizationLedgerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.MilitiaUnit <em>Militia Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.MilitiaUnit
	 * @generated
	 */
	public Adapter createMilitiaUnitAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.MilitiaMember <em>Militia Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.MilitiaMember
	 * @generated
	 */
	public Adapter createMilitiaMemberAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.OrganizationTask <em>Organization Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.OrganizationTask
	 * @generated
	 */
	public Adapter createOrganizationTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.Muster <em>Muster</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.Muster
	 * @generated
	 */
	public Adapter createMusterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.RollCallEntry <em>Roll Call Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.RollCallEntry
	 * @generated
	 */
	public Adapter createRollCallEntryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.ArmedCadre <em>Armed Cadre</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.ArmedCadre
	 * @generated
	 */
	public Adapter createArmedCadreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.CadreMeeting <em>Cadre Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.CadreMeeting
	 * @generated
	 */
	public Adapter createCadreMeetingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.StandardizationItem <em>Standardization Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.StandardizationItem
	 * @generated
	 */
	public Adapter createStandardizationItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.ConscriptionCampaign <em>Conscription Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.ConscriptionCampaign
	 * @generated
	 */
	public Adapter createConscriptionCampaignAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.Recruit <em>Recruit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.Recruit
	 * @generated
	 */
	public Adapter createRecruitAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.PublicityEvent <em>Publicity Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.PublicityEvent
	 * @generated
	 */
	public Adapter createPublicityEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.IntegrityComplaint <em>Integrity Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.IntegrityComplaint
	 * @generated
	 */
	public Adapter createIntegrityComplaintAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.mobilization.ConscriptionIndicator <em>Conscription Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.mobilization.ConscriptionIndicator
	 * @generated
	 */
	public Adapter createConscriptionIndicatorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.core.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.core.Record
	 * @generated
	 */
	public Adapter createRecordAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //MobilizationAdapterFactory
