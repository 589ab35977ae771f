/**
 */
package org.garrison.model.mobilization.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.garrison.model.mobilization.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MobilizationFactoryImpl extends EFactoryImpl implements MobilizationFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MobilizationFactory init()
	{
		try
		{
			MobilizationFactory theMobilizationFactory = (MobilizationFactory)EPackage.Registry.INSTANCE.getEFactory(MobilizationPackage.eNS_URI);
			if (theMobilizationFactory != null)
			{
				return theMobilizationFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MobilizationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MobilizationFactoryImpl()
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
			case MobilizationPackage.MOBILIZATION_LEDGER: return createMobilizationLedger();
			case MobilizationPackage.MILITIA_UNIT: return createMilitiaUnit();
			case MobilizationPackage.MILITIA_MEMBER: return createMilitiaMember();
			case MobilizationPackage.ORGANIZATION_TASK: return createOrganizationTask();
			case MobilizationPackage.MUSTER: return createMuster();
			case MobilizationPackage.ROLL_CALL_ENTRY: return createRollCallEntry();
			case MobilizationPackage.ARMED_CADRE: return createArmedCadre();
			case MobilizationPackage.CADRE_MEETING: return createCadreMeeting();
			case MobilizationPackage.STANDARDIZATION_ITEM: return createStandardizationItem();
			case MobilizationPackage.EVALUATION: return createEvaluation();
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN: return createConscriptionCampaign();
			case MobilizationPackage.RECRUIT: return createRecruit();
			case MobilizationPackage.PUBLICITY_EVENT: return createPublicityEvent();
			case MobilizationPackage.INTEGRITY_COMPLAINT: return createIntegrityComplaint();
			case MobilizationPackage.CONSCRIPTION_INDICATOR: return createConscriptionIndicator();
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
			case MobilizationPackage.UNIT_TYPE:
				return createUnitTypeFromString(eDataType, initialValue);
			case MobilizationPackage.UNIT_ROLE:
				return createUnitRoleFromString(eDataType, initialValue);
			case MobilizationPackage.MILITIA_CATEGORY:
				return createMilitiaCategoryFromString(eDataType, initialValue);
			case MobilizationPackage.INSPECTION_LEVEL:
				return createInspectionLevelFromString(eDataType, initialValue);
			case MobilizationPackage.CADRE_STAGE:
				return createCadreStageFromString(eDataType, initialValue);
			case MobilizationPackage.ITEM_STATUS:
				return createItemStatusFromString(eDataType, initialValue);
			case MobilizationPackage.RECRUIT_STAGE:
				return createRecruitStageFromString(eDataType, initialValue);
			case MobilizationPackage.RECRUIT_EDUCATION:
				return createRecruitEducationFromString(eDataType, initialValue);
			case MobilizationPackage.RECRUIT_MEASURE:
				return createRecruitMeasureFromString(eDataType, initialValue);
			case MobilizationPackage.TARGET_DIRECTION:
				return createTargetDirectionFromString(eDataType, initialValue);
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
			case MobilizationPackage.UNIT_TYPE:
				return convertUnitTypeToString(eDataType, instanceValue);
			case MobilizationPackage.UNIT_ROLE:
				return convertUnitRoleToString(eDataType, instanceValue);
			case MobilizationPackage.MILITIA_CATEGORY:
				return convertMilitiaCategoryToString(eDataType, instanceValue);
			case MobilizationPackage.INSPECTION_LEVEL:
				return convertInspectionLevelToString(eDataType, instanceValue);
			case MobilizationPackage.CADRE_STAGE:
				return convertCadreStageToString(eDataType, instanceValue);
			case MobilizationPackage.ITEM_STATUS:
				return convertItemStatusToString(eDataType, instanceValue);
			case MobilizationPackage.RECRUIT_STAGE:
				return convertRecruitStageToString(eDataType, instanceValue);
			case MobilizationPackage.RECRUIT_EDUCATION:
				return convertRecruitEducationToString(eDataType, instanceValue);
			case MobilizationPackage.RECRUIT_MEASURE:
				return convertRecruitMeasureToString(eDataType, instanceValue);
			case MobilizationPackage.TARGET_DIRECTION:
				return convertTargetDirectionToString(eDataType, instanceValue);
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
	public MobilizationLedger createMobilizationLedger()
	{
		MobilizationLedgerImpl mobilizationLedger = new MobilizationLedgerImpl();
		return mobilizationLedger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaUnit createMilitiaUnit()
	{
		MilitiaUnitImpl militiaUnit = new MilitiaUnitImpl();
		return militiaUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilitiaMember createMilitiaMember()
	{
		MilitiaMemberImpl militiaMember = new MilitiaMemberImpl();
		return militiaMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationTask createOrganizationTask()
	{
		OrganizationTaskImpl organizationTask = new OrganizationTaskImpl();
		return organizationTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Muster createMuster()
	{
		MusterImpl muster = new MusterImpl();
		return muster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollCallEntry createRollCallEntry()
	{
		RollCallEntryImpl rollCallEntry = new RollCallEntryImpl();
		return rollCallEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArmedCadre createArmedCadre()
	{
		ArmedCadreImpl armedCadre = new ArmedCadreImpl();
		return armedCadre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CadreMeeting createCadreMeeting()
	{
		CadreMeetingImpl cadreMeeting = new CadreMeetingImpl();
		return cadreMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardizationItem createStandardizationItem()
	{
		StandardizationItemImpl standardizationItem = new StandardizationItemImpl();
		return standardizationItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation()
	{
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConscriptionCampaign createConscriptionCampaign()
	{
		ConscriptionCampaignImpl conscriptionCampaign = new ConscriptionCampaignImpl();
		return conscriptionCampaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recruit createRecruit()
	{
		RecruitImpl recruit = new RecruitImpl();
		return recruit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicityEvent createPublicityEvent()
	{
		PublicityEventImpl publicityEvent = new PublicityEventImpl();
		return publicityEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrityComplaint createIntegrityComplaint()
	{
		IntegrityComplaintImpl integrityComplaint = new IntegrityComplaintImpl();
		return integrityComplaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConscriptionIndicator createConscriptionIndicator()
	{
		ConscriptionIndicatorImpl conscriptionIndicator = new ConscriptionIndicatorImpl();
		return conscriptionIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnitType createUnitTypeFromString(EDataType eDataType, String initialValue)
	{
		UnitType result = UnitType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitTypeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnitRole createUnitRoleFromString(EDataType eDataType, String initialValue)
	{
		UnitRole result = UnitRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitRoleToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilitiaCategory createMilitiaCategoryFromString(EDataType eDataType, String initialValue)
	{
		MilitiaCategory result = MilitiaCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMilitiaCategoryToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionLevel createInspectionLevelFromString(EDataType eDataType, String initialValue)
	{
		InspectionLevel result = InspectionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInspectionLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CadreStage createCadreStageFromString(EDataType eDataType, String initialValue)
	{
		CadreStage result = CadreStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCadreStageToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemStatus createItemStatusFromString(EDataType eDataType, String initialValue)
	{
		ItemStatus result = ItemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecruitStage createRecruitStageFromString(EDataType eDataType, String initialValue)
	{
		RecruitStage result = RecruitStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecruitStageToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecruitEducation createRecruitEducationFromString(EDataType eDataType, String initialValue)
	{
		RecruitEducation result = RecruitEducation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecruitEducationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecruitMeasure createRecruitMeasureFromString(EDataType eDataType, String initialValue)
	{
		RecruitMeasure result = RecruitMeasure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecruitMeasureToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetDirection createTargetDirectionFromString(EDataType eDataType, String initialValue)
	{
		TargetDirection result = TargetDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MobilizationPackage getMobilizationPackage()
	{
		return (MobilizationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MobilizationPackage getPackage()
	{
		return MobilizationPackage.eINSTANCE;
	}

} //MobilizationFactoryImpl
