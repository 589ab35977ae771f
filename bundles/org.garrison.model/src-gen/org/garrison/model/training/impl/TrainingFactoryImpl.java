/**
 */
package org.garrison.model.training.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.garrison.model.training.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingFactoryImpl extends EFactoryImpl implements TrainingFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TrainingFactory init()
	{
		try
		{
			TrainingFactory theTrainingFactory = (TrainingFactory)EPackage.Registry.INSTANCE.getEFactory(TrainingPackage.eNS_URI);
			if (theTrainingFactory != null)
			{
				return theTrainingFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TrainingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case TrainingPackage.TRAINING_LEDGER: return createTrainingLedger();
			case TrainingPackage.TRAINING_PLAN: return createTrainingPlan();
			case TrainingPackage.PLAN_SUBJECT: return createPlanSubject();
			case TrainingPackage.TRAINING_BATCH: return createTrainingBatch();
			case TrainingPackage.ASSESSMENT: return createAssessment();
			case TrainingPackage.INSTRUCTOR: return createInstructor();
			case TrainingPackage.INSTRUCTOR_SELECTION: return createInstructorSelection();
			case TrainingPackage.COMPETITION: return createCompetition();
			case TrainingPackage.COMPETITION_ENTRY: return createCompetitionEntry();
			case TrainingPackage.EMERGENCY_TASK: return createEmergencyTask();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case TrainingPackage.TRAINING_KIND:
				return createTrainingKindFromString(eDataType, initialValue);
			case TrainingPackage.INSTRUCTOR_LEVEL:
				return createInstructorLevelFromString(eDataType, initialValue);
			case TrainingPackage.COMPETITION_LEVEL:
				return createCompetitionLevelFromString(eDataType, initialValue);
			case TrainingPackage.EMERGENCY_TASK_KIND:
				return createEmergencyTaskKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case TrainingPackage.TRAINING_KIND:
				return convertTrainingKindToString(eDataType, instanceValue);
			case TrainingPackage.INSTRUCTOR_LEVEL:
				return convertInstructorLevelToString(eDataType, instanceValue);
			case TrainingPackage.COMPETITION_LEVEL:
				return convertCompetitionLevelToString(eDataType, instanceValue);
			case TrainingPackage.EMERGENCY_TASK_KIND:
				return convertEmergencyTaskKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingLedger createTrainingLedger()
	{
		TrainingLedgerImpl trainingLedger = new TrainingLedgerImpl();
		return trainingLedger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPlan createTrainingPlan()
	{
		TrainingPlanImpl trainingPlan = new TrainingPlanImpl();
		return trainingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSubject createPlanSubject()
	{
		PlanSubjectImpl planSubject = new PlanSubjectImpl();
		return planSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingBatch createTrainingBatch()
	{
		TrainingBatchImpl trainingBatch = new TrainingBatchImpl();
		return trainingBatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment()
	{
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instructor createInstructor()
	{
		InstructorImpl instructor = new InstructorImpl();
		return instructor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstructorSelection createInstructorSelection()
	{
		InstructorSelectionImpl instructorSelection = new InstructorSelectionImpl();
		return instructorSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Competition createCompetition()
	{
		CompetitionImpl competition = new CompetitionImpl();
		return competition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetitionEntry createCompetitionEntry()
	{
		CompetitionEntryImpl competitionEntry = new CompetitionEntryImpl();
		return competitionEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmergencyTask createEmergencyTask()
	{
		EmergencyTaskImpl emergencyTask = new EmergencyTaskImpl();
		return emergencyTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingKind createTrainingKindFromString(EDataType eDataType, String initialValue)
	{
		TrainingKind result = TrainingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstructorLevel createInstructorLevelFromString(EDataType eDataType, String initialValue)
	{
		InstructorLevel result = InstructorLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstructorLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompetitionLevel createCompetitionLevelFromString(EDataType eDataType, String initialValue)
	{
		CompetitionLevel result = CompetitionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCompetitionLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmergencyTaskKind createEmergencyTaskKindFromString(EDataType eDataType, String initialValue)
	{
		EmergencyTaskKind result = EmergencyTaskKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmergencyTaskKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPackage getTrainingPackage()
	{
		return (TrainingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TrainingPackage getPackage()
	{
		return TrainingPackage.eINSTANCE;
	}

} //TrainingFactoryImpl
