/**
 */
package org.garrison.model.mobilization.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.garrison.model.core.provider.GarrisonEditPlugin;
import org.garrison.model.core.provider.RecordItemProvider;

import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.mobilization.MilitiaMember} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MilitiaMemberItemProvider extends RecordItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilitiaMemberItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addPersonPropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addJoinDatePropertyDescriptor(object);
			addLeaveDatePropertyDescriptor(object);
			addPositionPropertyDescriptor(object);
			addCadrePropertyDescriptor(object);
			addFullTimePropertyDescriptor(object);
			addSpecialtyPropertyDescriptor(object);
			addMilitarySpecialtyPropertyDescriptor(object);
			addVeteranPropertyDescriptor(object);
			addVeteranBranchPropertyDescriptor(object);
			addVeteranRankPropertyDescriptor(object);
			addVeteranSpecialtyPropertyDescriptor(object);
			addTrainedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Person feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPersonPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_person_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_person_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__PERSON,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_unit_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_category_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Join Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJoinDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_joinDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_joinDate_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__JOIN_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Leave Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeaveDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_leaveDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_leaveDate_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__LEAVE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Position feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPositionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_position_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_position_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__POSITION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cadre feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCadrePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_cadre_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_cadre_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__CADRE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Full Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFullTimePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_fullTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_fullTime_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__FULL_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Specialty feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpecialtyPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_specialty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_specialty_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__SPECIALTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Military Specialty feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMilitarySpecialtyPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_militarySpecialty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_militarySpecialty_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__MILITARY_SPECIALTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Veteran feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVeteranPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_veteran_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_veteran_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Veteran Branch feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVeteranBranchPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_veteranBranch_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_veteranBranch_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN_BRANCH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Veteran Rank feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVeteranRankPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_veteranRank_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_veteranRank_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN_RANK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Veteran Specialty feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVeteranSpecialtyPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_veteranSpecialty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_veteranSpecialty_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__VETERAN_SPECIALTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trained feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrainedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaMember_trained_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaMember_trained_feature", "_UI_MilitiaMember_type"),
				 MobilizationPackage.Literals.MILITIA_MEMBER__TRAINED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns MilitiaMember.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MilitiaMember"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((MilitiaMember)object).getCreatedBy();
		return label == null || label.length() == 0 ?
			getString("_UI_MilitiaMember_type") :
			getString("_UI_MilitiaMember_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(MilitiaMember.class))
		{
			case MobilizationPackage.MILITIA_MEMBER__CATEGORY:
			case MobilizationPackage.MILITIA_MEMBER__JOIN_DATE:
			case MobilizationPackage.MILITIA_MEMBER__LEAVE_DATE:
			case MobilizationPackage.MILITIA_MEMBER__POSITION:
			case MobilizationPackage.MILITIA_MEMBER__CADRE:
			case MobilizationPackage.MILITIA_MEMBER__FULL_TIME:
			case MobilizationPackage.MILITIA_MEMBER__SPECIALTY:
			case MobilizationPackage.MILITIA_MEMBER__MILITARY_SPECIALTY:
			case MobilizationPackage.MILITIA_MEMBER__VETERAN:
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_BRANCH:
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_RANK:
			case MobilizationPackage.MILITIA_MEMBER__VETERAN_SPECIALTY:
			case MobilizationPackage.MILITIA_MEMBER__TRAINED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return GarrisonEditPlugin.INSTANCE;
	}

}
