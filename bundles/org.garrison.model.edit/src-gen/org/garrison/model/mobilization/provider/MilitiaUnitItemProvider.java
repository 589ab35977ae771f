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

import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.mobilization.MilitiaUnit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MilitiaUnitItemProvider extends RecordItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilitiaUnitItemProvider(AdapterFactory adapterFactory)
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

			addNamePropertyDescriptor(object);
			addTypePropertyDescriptor(object);
			addRolePropertyDescriptor(object);
			addOrgUnitPropertyDescriptor(object);
			addSpecialtyPropertyDescriptor(object);
			addCommanderPropertyDescriptor(object);
			addSubUnitsPropertyDescriptor(object);
			addParentUnitPropertyDescriptor(object);
			addMembersPropertyDescriptor(object);
			addMemberCountPropertyDescriptor(object);
			addCoreMemberCountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_name_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_type_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_type_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Role feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_role_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_role_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__ROLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Org Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrgUnitPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_orgUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_orgUnit_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__ORG_UNIT,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_MilitiaUnit_specialty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_specialty_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__SPECIALTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Commander feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommanderPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_commander_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_commander_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__COMMANDER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sub Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubUnitsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_subUnits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_subUnits_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__SUB_UNITS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parent Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParentUnitPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_parentUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_parentUnit_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__PARENT_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Members feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMembersPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_members_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_members_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__MEMBERS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Member Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMemberCountPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_memberCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_memberCount_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__MEMBER_COUNT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Core Member Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoreMemberCountPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MilitiaUnit_coreMemberCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MilitiaUnit_coreMemberCount_feature", "_UI_MilitiaUnit_type"),
				 MobilizationPackage.Literals.MILITIA_UNIT__CORE_MEMBER_COUNT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns MilitiaUnit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MilitiaUnit"));
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
		String label = ((MilitiaUnit)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MilitiaUnit_type") :
			getString("_UI_MilitiaUnit_type") + " " + label;
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

		switch (notification.getFeatureID(MilitiaUnit.class))
		{
			case MobilizationPackage.MILITIA_UNIT__NAME:
			case MobilizationPackage.MILITIA_UNIT__TYPE:
			case MobilizationPackage.MILITIA_UNIT__ROLE:
			case MobilizationPackage.MILITIA_UNIT__SPECIALTY:
			case MobilizationPackage.MILITIA_UNIT__SUB_UNITS:
			case MobilizationPackage.MILITIA_UNIT__MEMBERS:
			case MobilizationPackage.MILITIA_UNIT__MEMBER_COUNT:
			case MobilizationPackage.MILITIA_UNIT__CORE_MEMBER_COUNT:
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

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MILITIA_UNIT__SUB_UNITS,
				 MobilizationFactory.eINSTANCE.createMilitiaUnit()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MILITIA_UNIT__MEMBERS,
				 MobilizationFactory.eINSTANCE.createMilitiaMember()));
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
