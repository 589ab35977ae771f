/**
 */
package org.garrison.model.mobilization.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.garrison.model.core.provider.GarrisonEditPlugin;

import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;

/**
 * This is the item provider adapter for a {@link org.garrison.model.mobilization.MobilizationLedger} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MobilizationLedgerItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MobilizationLedgerItemProvider(AdapterFactory adapterFactory)
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

			addDistrictPropertyDescriptor(object);
			addUnitsPropertyDescriptor(object);
			addOrganizationTasksPropertyDescriptor(object);
			addMustersPropertyDescriptor(object);
			addCadresPropertyDescriptor(object);
			addStandardizationItemsPropertyDescriptor(object);
			addEvaluationsPropertyDescriptor(object);
			addCampaignsPropertyDescriptor(object);
			addIndicatorsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the District feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDistrictPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_district_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_district_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__DISTRICT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Units feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_units_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_units_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__UNITS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Organization Tasks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganizationTasksPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_organizationTasks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_organizationTasks_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__ORGANIZATION_TASKS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Musters feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMustersPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_musters_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_musters_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__MUSTERS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cadres feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCadresPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_cadres_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_cadres_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__CADRES,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Standardization Items feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStandardizationItemsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_standardizationItems_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_standardizationItems_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evaluations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvaluationsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_evaluations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_evaluations_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__EVALUATIONS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Campaigns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCampaignsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_campaigns_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_campaigns_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__CAMPAIGNS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Indicators feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndicatorsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MobilizationLedger_indicators_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MobilizationLedger_indicators_feature", "_UI_MobilizationLedger_type"),
				 MobilizationPackage.Literals.MOBILIZATION_LEDGER__INDICATORS,
				 true,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns MobilizationLedger.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MobilizationLedger"));
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
		return getString("_UI_MobilizationLedger_type");
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

		switch (notification.getFeatureID(MobilizationLedger.class))
		{
			case MobilizationPackage.MOBILIZATION_LEDGER__UNITS:
			case MobilizationPackage.MOBILIZATION_LEDGER__ORGANIZATION_TASKS:
			case MobilizationPackage.MOBILIZATION_LEDGER__MUSTERS:
			case MobilizationPackage.MOBILIZATION_LEDGER__CADRES:
			case MobilizationPackage.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS:
			case MobilizationPackage.MOBILIZATION_LEDGER__EVALUATIONS:
			case MobilizationPackage.MOBILIZATION_LEDGER__CAMPAIGNS:
			case MobilizationPackage.MOBILIZATION_LEDGER__INDICATORS:
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
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__UNITS,
				 MobilizationFactory.eINSTANCE.createMilitiaUnit()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__ORGANIZATION_TASKS,
				 MobilizationFactory.eINSTANCE.createOrganizationTask()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__MUSTERS,
				 MobilizationFactory.eINSTANCE.createMuster()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__CADRES,
				 MobilizationFactory.eINSTANCE.createArmedCadre()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__STANDARDIZATION_ITEMS,
				 MobilizationFactory.eINSTANCE.createStandardizationItem()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__EVALUATIONS,
				 MobilizationFactory.eINSTANCE.createEvaluation()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__CAMPAIGNS,
				 MobilizationFactory.eINSTANCE.createConscriptionCampaign()));

		newChildDescriptors.add
			(createChildParameter
				(MobilizationPackage.Literals.MOBILIZATION_LEDGER__INDICATORS,
				 MobilizationFactory.eINSTANCE.createConscriptionIndicator()));
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
