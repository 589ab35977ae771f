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

import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.mobilization.ConscriptionCampaign} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ConscriptionCampaignItemProvider extends RecordItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConscriptionCampaignItemProvider(AdapterFactory adapterFactory)
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

			addYearPropertyDescriptor(object);
			addQuotaPropertyDescriptor(object);
			addMenTurningEighteenPropertyDescriptor(object);
			addCityRankingPropertyDescriptor(object);
			addRecruitsPropertyDescriptor(object);
			addPublicityEventsPropertyDescriptor(object);
			addComplaintsPropertyDescriptor(object);
			addBenefitsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_year_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_year_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quota feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuotaPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_quota_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_quota_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__QUOTA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Men Turning Eighteen feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMenTurningEighteenPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_menTurningEighteen_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_menTurningEighteen_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the City Ranking feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCityRankingPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_cityRanking_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_cityRanking_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__CITY_RANKING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recruits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecruitsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_recruits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_recruits_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__RECRUITS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publicity Events feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicityEventsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_publicityEvents_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_publicityEvents_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Complaints feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComplaintsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_complaints_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_complaints_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__COMPLAINTS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Benefits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBenefitsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ConscriptionCampaign_benefits_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ConscriptionCampaign_benefits_feature", "_UI_ConscriptionCampaign_type"),
				 MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__BENEFITS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ConscriptionCampaign.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ConscriptionCampaign"));
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
		String label = ((ConscriptionCampaign)object).getCreatedBy();
		return label == null || label.length() == 0 ?
			getString("_UI_ConscriptionCampaign_type") :
			getString("_UI_ConscriptionCampaign_type") + " " + label;
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

		switch (notification.getFeatureID(ConscriptionCampaign.class))
		{
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__YEAR:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__QUOTA:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__MEN_TURNING_EIGHTEEN:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__CITY_RANKING:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__RECRUITS:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__COMPLAINTS:
			case MobilizationPackage.CONSCRIPTION_CAMPAIGN__BENEFITS:
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
				(MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__RECRUITS,
				 MobilizationFactory.eINSTANCE.createRecruit()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__PUBLICITY_EVENTS,
				 MobilizationFactory.eINSTANCE.createPublicityEvent()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.CONSCRIPTION_CAMPAIGN__COMPLAINTS,
				 MobilizationFactory.eINSTANCE.createIntegrityComplaint()));
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
