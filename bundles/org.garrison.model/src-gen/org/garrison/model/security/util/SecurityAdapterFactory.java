/**
 */
package org.garrison.model.security.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.security.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.security.SecurityPackage
 * @generated
 */
public class SecurityAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SecurityPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = SecurityPackage.eINSTANCE;
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
	protected SecuritySwitch<Adapter> modelSwitch =
		new SecuritySwitch<Adapter>()
		{
			@Override
			public Adapter caseSecurityLedger(SecurityLedger object)
			{
				return createSecurityLedgerAdapter();
			}
			@Override
			public Adapter caseAsset(Asset object)
			{
				return createAssetAdapter();
			}
			@Override
			public Adapter caseMaintenancePlan(MaintenancePlan object)
			{
				return createMaintenancePlanAdapter();
			}
			@Override
			public Adapter caseMaintenanceRecord(MaintenanceRecord object)
			{
				return createMaintenanceRecordAdapter();
			}
			@Override
			public Adapter caseHazard(Hazard object)
			{
				return createHazardAdapter();
			}
			@Override
			public Adapter caseSafetyActivity(SafetyActivity object)
			{
				return createSafetyActivityAdapter();
			}
			@Override
			public Adapter caseDrill(Drill object)
			{
				return createDrillAdapter();
			}
			@Override
			public Adapter caseVehicleDispatch(VehicleDispatch object)
			{
				return createVehicleDispatchAdapter();
			}
			@Override
			public Adapter caseLinkedUnit(LinkedUnit object)
			{
				return createLinkedUnitAdapter();
			}
			@Override
			public Adapter caseChecklistItem(ChecklistItem object)
			{
				return createChecklistItemAdapter();
			}
			@Override
			public Adapter caseCheckResult(CheckResult object)
			{
				return createCheckResultAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.SecurityLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.SecurityLedger
	 * @generated
	 */
	public Adapter createSecurityLedgerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.Asset
	 * @generated
	 */
	public Adapter createAssetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.MaintenancePlan <em>Maintenance Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.MaintenancePlan
	 * @generated
	 */
	public Adapter createMaintenancePlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.MaintenanceRecord <em>Maintenance Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.MaintenanceRecord
	 * @generated
	 */
	public Adapter createMaintenanceRecordAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.Hazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.Hazard
	 * @generated
	 */
	public Adapter createHazardAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.SafetyActivity <em>Safety Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.SafetyActivity
	 * @generated
	 */
	public Adapter createSafetyActivityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.Drill <em>Drill</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.Drill
	 * @generated
	 */
	public Adapter createDrillAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.VehicleDispatch <em>Vehicle Dispatch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.VehicleDispatch
	 * @generated
	 */
	public Adapter createVehicleDispatchAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.LinkedUnit <em>Linked Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.LinkedUnit
	 * @generated
	 */
	public Adapter createLinkedUnitAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.ChecklistItem
	 * @generated
	 */
	public Adapter createChecklistItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.security.CheckResult <em>Check Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.security.CheckResult
	 * @generated
	 */
	public Adapter createCheckResultAdapter()
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

} //SecurityAdapterFactory
