/**
 */
package org.garrison.model.training.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.garrison.model.training.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.garrison.model.training.TrainingPackage
 * @generated
 */
public class TrainingAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TrainingPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = TrainingPackage.eINSTANCE;
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
	protected TrainingSwitch<Adapter> modelSwitch =
		new TrainingSwitch<Adapter>()
		{
			@Override
			public Adapter caseTrainingLedger(TrainingLedger object)
			{
				return createTrainingLedgerAdapter();
			}
			@Override
			public Adapter caseTrainingPlan(TrainingPlan object)
			{
				return createTrainingPlanAdapter();
			}
			@Override
			public Adapter casePlanSubject(PlanSubject object)
			{
				return createPlanSubjectAdapter();
			}
			@Override
			public Adapter caseTrainingBatch(TrainingBatch object)
			{
				return createTrainingBatchAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object)
			{
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseInstructor(Instructor object)
			{
				return createInstructorAdapter();
			}
			@Override
			public Adapter caseInstructorSelection(InstructorSelection object)
			{
				return createInstructorSelectionAdapter();
			}
			@Override
			public Adapter caseCompetition(Competition object)
			{
				return createCompetitionAdapter();
			}
			@Override
			public Adapter caseCompetitionEntry(CompetitionEntry object)
			{
				return createCompetitionEntryAdapter();
			}
			@Override
			public Adapter caseEmergencyTask(EmergencyTask object)
			{
				return createEmergencyTaskAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.TrainingLedger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.TrainingLedger
	 * @generated
	 */
	public Adapter createTrainingLedgerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.TrainingPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.TrainingPlan
	 * @generated
	 */
	public Adapter createTrainingPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.PlanSubject <em>Plan Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.PlanSubject
	 * @generated
	 */
	public Adapter createPlanSubjectAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.TrainingBatch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.TrainingBatch
	 * @generated
	 */
	public Adapter createTrainingBatchAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.Instructor <em>Instructor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.Instructor
	 * @generated
	 */
	public Adapter createInstructorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.InstructorSelection <em>Instructor Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.InstructorSelection
	 * @generated
	 */
	public Adapter createInstructorSelectionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.Competition <em>Competition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.Competition
	 * @generated
	 */
	public Adapter createCompetitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.CompetitionEntry <em>Competition Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.CompetitionEntry
	 * @generated
	 */
	public Adapter createCompetitionEntryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.garrison.model.training.EmergencyTask <em>Emergency Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.garrison.model.training.EmergencyTask
	 * @generated
	 */
	public Adapter createEmergencyTaskAdapter()
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

} //TrainingAdapterFactory
