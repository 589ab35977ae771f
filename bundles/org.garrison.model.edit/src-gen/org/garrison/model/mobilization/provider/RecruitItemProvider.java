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

import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Recruit;

/**
 * This is the item provider adapter for a {@link org.garrison.model.mobilization.Recruit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RecruitItemProvider extends RecordItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecruitItemProvider(AdapterFactory adapterFactory)
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
			addEducationPropertyDescriptor(object);
			addStagePropertyDescriptor(object);
			addRegisteredOnPropertyDescriptor(object);
			addPreliminaryCheckOnPropertyDescriptor(object);
			addPhysicalExamOnPropertyDescriptor(object);
			addPhysicalPassedPropertyDescriptor(object);
			addPoliticalReviewOnPropertyDescriptor(object);
			addPoliticalPassedPropertyDescriptor(object);
			addSelectedOnPropertyDescriptor(object);
			addEnlistedOnPropertyDescriptor(object);
			addReturnedOnPropertyDescriptor(object);
			addReturnReasonPropertyDescriptor(object);
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
				 getString("_UI_Recruit_person_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_person_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__PERSON,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Education feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEducationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_education_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_education_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__EDUCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStagePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_stage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_stage_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__STAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Registered On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegisteredOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_registeredOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_registeredOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__REGISTERED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preliminary Check On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreliminaryCheckOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_preliminaryCheckOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_preliminaryCheckOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__PRELIMINARY_CHECK_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physical Exam On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicalExamOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_physicalExamOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_physicalExamOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__PHYSICAL_EXAM_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Physical Passed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhysicalPassedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_physicalPassed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_physicalPassed_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__PHYSICAL_PASSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Political Review On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPoliticalReviewOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_politicalReviewOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_politicalReviewOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__POLITICAL_REVIEW_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Political Passed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPoliticalPassedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_politicalPassed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_politicalPassed_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__POLITICAL_PASSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Selected On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelectedOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_selectedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_selectedOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__SELECTED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enlisted On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnlistedOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_enlistedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_enlistedOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__ENLISTED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Returned On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReturnedOnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_returnedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_returnedOn_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__RETURNED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Return Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReturnReasonPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recruit_returnReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recruit_returnReason_feature", "_UI_Recruit_type"),
				 MobilizationPackage.Literals.RECRUIT__RETURN_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Recruit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Recruit"));
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
		String label = ((Recruit)object).getCreatedBy();
		return label == null || label.length() == 0 ?
			getString("_UI_Recruit_type") :
			getString("_UI_Recruit_type") + " " + label;
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

		switch (notification.getFeatureID(Recruit.class))
		{
			case MobilizationPackage.RECRUIT__EDUCATION:
			case MobilizationPackage.RECRUIT__STAGE:
			case MobilizationPackage.RECRUIT__REGISTERED_ON:
			case MobilizationPackage.RECRUIT__PRELIMINARY_CHECK_ON:
			case MobilizationPackage.RECRUIT__PHYSICAL_EXAM_ON:
			case MobilizationPackage.RECRUIT__PHYSICAL_PASSED:
			case MobilizationPackage.RECRUIT__POLITICAL_REVIEW_ON:
			case MobilizationPackage.RECRUIT__POLITICAL_PASSED:
			case MobilizationPackage.RECRUIT__SELECTED_ON:
			case MobilizationPackage.RECRUIT__ENLISTED_ON:
			case MobilizationPackage.RECRUIT__RETURNED_ON:
			case MobilizationPackage.RECRUIT__RETURN_REASON:
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
