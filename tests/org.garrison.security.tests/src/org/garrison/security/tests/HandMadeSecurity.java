package org.garrison.security.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.core.Person;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;

/**
 * A security ledger made by hand so that every expected value can be counted on paper: staff 赵一 钱二
 * 孙三; 灭火器-01…12 (fire equipment, covered by the monthly category plan 消防设施月度检查 started
 * 10 January with the checklist 压力 / 外观) and 手机柜-1 with its own monthly plan started 10 January,
 * last done 12 May; 灭火器-01 done 10 January and 12 May, the others on 10 January only.
 */
final class HandMadeSecurity {

    static final int YEAR = 2026;

    final SecurityFactory security = SecurityFactory.eINSTANCE;
    final District district = CoreFactory.eINSTANCE.createDistrict();
    final Person zhao = person("赵一", 1);
    final Person qian = person("钱二", 2);
    final Person sun = person("孙三", 3);
    final SecurityLedger ledger = security.createSecurityLedger();
    final MaintenancePlan fire = security.createMaintenancePlan();
    final List<Asset> extinguishers = new ArrayList<>();
    final Asset locker;
    final MaintenancePlan lockerPlan;
    final List<MaintenanceRecord> maintenance = new ArrayList<>();
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

    HandMadeSecurity() {
        district.setCode("330100");
        district.setName("测试区");
        ledger.setDistrict(district);
        fire.setDescription("消防设施月度检查");
        fire.setCategory(AssetCategory.FIRE_EQUIPMENT);
        fire.setInterval(1);
        fire.setIntervalUnit(IntervalUnit.MONTH);
        fire.setStartDate(LocalDate.of(YEAR, 1, 10));
        fire.setResponsible(zhao);
        fire.getChecklist().add(item("压力"));
        fire.getChecklist().add(item("外观"));
        ledger.getCategoryPlans().add(fire);
        for (int i = 1; i <= 12; i++) {
            Asset extinguisher = asset(String.format("灭火器-%02d", i), AssetCategory.FIRE_EQUIPMENT);
            extinguishers.add(extinguisher);
            record(extinguisher, fire, LocalDate.of(YEAR, 1, 10));
        }
        record(extinguishers.get(0), fire, LocalDate.of(YEAR, 5, 12));
        locker = asset("手机柜-1", AssetCategory.PHONE_LOCKER);
        lockerPlan = security.createMaintenancePlan();
        lockerPlan.setDescription("手机柜月度检查");
        lockerPlan.setInterval(1);
        lockerPlan.setIntervalUnit(IntervalUnit.MONTH);
        lockerPlan.setStartDate(LocalDate.of(YEAR, 1, 10));
        locker.getPlans().add(lockerPlan);
        record(locker, lockerPlan, LocalDate.of(YEAR, 5, 12));
    }

    List<EObject> roots() {
        List<EObject> roots = new ArrayList<>(List.of(district, ledger));
        roots.addAll(maintenance);
        return roots;
    }

    Asset asset(String name, AssetCategory category) {
        Asset asset = security.createAsset();
        asset.setName(name);
        asset.setCode(name);
        asset.setCategory(category);
        asset.setStatus(AssetStatus.IN_USE);
        asset.setResponsible(qian);
        asset.setCommissionedOn(LocalDate.of(2020, 1, 1));
        ledger.getAssets().add(asset);
        return asset;
    }

    MaintenanceRecord record(Asset asset, MaintenancePlan plan, LocalDate date) {
        MaintenanceRecord record = security.createMaintenanceRecord();
        record.setAsset(asset);
        record.setPlan(plan);
        record.setDate(date);
        record.setWork(plan.getDescription());
        record.setPerformedBy(zhao);
        maintenance.add(record);
        return record;
    }

    SafetyActivity activity(SafetyActivityKind kind, LocalDate date) {
        SafetyActivity activity = security.createSafetyActivity();
        activity.setKind(kind);
        activity.setDate(date);
        activity.setTopic("季度安全活动");
        ledger.getActivities().add(activity);
        return activity;
    }

    Hazard hazard(String description, LocalDate found, LocalDate deadline) {
        Hazard hazard = security.createHazard();
        hazard.setDescription(description);
        hazard.setFoundOn(found);
        hazard.setDeadline(deadline);
        hazard.setSource(HazardSource.SELF_CHECK);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setState(HazardState.PENDING);
        hazard.setOwner(qian);
        ledger.getHazards().add(hazard);
        return hazard;
    }

    private ChecklistItem item(String text) {
        ChecklistItem item = security.createChecklistItem();
        item.setText(text);
        return item;
    }

    private Person person(String name, int sequence) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("330102", LocalDate.of(1985, 4, sequence), sequence * 2 + 1));
        district.getPersons().add(person);
        return person;
    }
}
