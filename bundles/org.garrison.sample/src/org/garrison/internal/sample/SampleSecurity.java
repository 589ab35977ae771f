package org.garrison.internal.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.VehicleDispatch;
import org.garrison.sample.SampleSize;

/** The sample district's assets with their maintenance, hazards, safety activities, drills and vehicles. */
final class SampleSecurity extends SampleArea {

    private final SecurityFactory security = SecurityFactory.eINSTANCE;

    SampleSecurity(SampleContext context) {
        super(context);
    }


    SecurityLedger build() {
        SecurityLedger ledger = security.createSecurityLedger();
        ledger.setDistrict(district);
        int assets = size == SampleSize.TINY ? 9 : 60;
        List<Asset> vehicles = new ArrayList<>();
        AssetCategory[] categories = AssetCategory.values();
        for (int a = 0; a < assets; a++) {
            AssetCategory category = categories[a % categories.length];
            Asset asset = security.createAsset();
            asset.setName(categoryName(category) + "-" + (a / categories.length + 1));
            asset.setCategory(category);
            asset.setCode(String.format("ZC%04d", a + 1));
            asset.setLocation(random.nextBoolean() ? "机关营区" : "民兵训练基地");
            asset.setCommissionedOn(LocalDate.of(year - 1 - random.nextInt(8), 1 + random.nextInt(12), 1));
            MaintenancePlan plan = security.createMaintenancePlan();
            plan.setDescription("定期检查维护");
            plan.setIntervalDays(category == AssetCategory.FIRE_EQUIPMENT || category == AssetCategory.VEHICLE ? 30 : 90);
            plan.setStartDate(yearStart.plusDays(random.nextInt(20)));
            plan.setResponsible(staff.get(a % staff.size()));
            asset.getPlans().add(plan);
            for (LocalDate due = plan.getStartDate(); !due.isAfter(yearEnd); due = due.plusDays(plan.getIntervalDays())) {
                MaintenanceRecord record = security.createMaintenanceRecord();
                record.setDate(due.plusDays(random.nextInt(3)).isAfter(yearEnd) ? due : due.plusDays(random.nextInt(3)));
                record.setPlan(plan);
                record.setPerformedBy(plan.getResponsible());
                record.setWork("检查" + categoryName(category) + "运行状况");
                record.setFindings(random.nextInt(8) == 0 ? "发现轻微故障，已现场处理" : "正常");
                record.setCost(new BigDecimal(random.nextInt(8) == 0 ? 50 + random.nextInt(500) : 0));
                if (happened(record.getDate())) {
                    asset.getRecords().add(record); // later ones are due, not done
                }
            }
            if (category == AssetCategory.VEHICLE) {
                vehicles.add(asset);
            }
            ledger.getAssets().add(asset);
        }
        int hazards = size == SampleSize.TINY ? 4 : 24;
        for (int h = 0; h < hazards; h++) {
            Hazard hazard = hazard(h, ledger.getAssets().get(h % ledger.getAssets().size()));
            if (happened(hazard.getFoundOn())) {
                ledger.getHazards().add(hazard);
            }
        }
        SafetyActivityKind[] kinds = SafetyActivityKind.values();
        for (int quarter = 0; quarter < 4; quarter++) {
            for (SafetyActivityKind kind : kinds) {
                SafetyActivity activity = security.createSafetyActivity();
                activity.setDate(LocalDate.of(year, quarter * 3 + 1 + random.nextInt(3), 5 + random.nextInt(20)));
                activity.setKind(kind);
                activity.setTopic("季度安全工作");
                activity.setParticipants(10 + random.nextInt(20));
                if (happened(activity.getDate())) {
                    ledger.getActivities().add(activity);
                }
            }
        }
        for (int d = 0; d < 2; d++) {
            Drill drill = security.createDrill();
            drill.setDate(LocalDate.of(year, 5 + d * 5, 12));
            drill.setScenario("营门防暴恐处置");
            drill.setParticipants(15 + random.nextInt(10));
            drill.setEvaluation("反应迅速，处置得当");
            if (happened(drill.getDate())) {
                ledger.getDrills().add(drill);
            }
        }
        for (int v = 0; v < vehicles.size() * 10; v++) {
            VehicleDispatch dispatch = security.createVehicleDispatch();
            dispatch.setVehicle(vehicles.get(v % vehicles.size()));
            dispatch.setDate(yearStart.plusDays(random.nextInt(365)));
            dispatch.setDriver(staff.get(random.nextInt(staff.size())));
            dispatch.setPurpose("公务用车");
            dispatch.setMileage(10 + random.nextInt(200));
            if (happened(dispatch.getDate())) {
                ledger.getDispatches().add(dispatch);
            }
        }
        for (int l = 0; l < 5; l++) {
            LinkedUnit unit = security.createLinkedUnit();
            unit.setName(SampleNames.place(random) + "街道武装部");
            unit.setContact(SampleNames.person(random, true));
            LocalDate inspected = LocalDate.of(year, 2 + l * 2, 18);
            unit.setLastInspection(happened(inspected) ? inspected : inspected.minusYears(1));
            ledger.getLinkedUnits().add(unit);
        }
        return ledger;
    }

    private Hazard hazard(int index, Asset asset) {
        Hazard hazard = security.createHazard();
        hazard.setDescription(categoryName(asset.getCategory()) + "存在安全隐患（" + (index + 1) + "）");
        hazard.setFoundOn(LocalDate.of(year, 1 + index % 11, 3 + index % 20));
        hazard.setSource(index % 3 == 0 ? HazardSource.INSPECTION : HazardSource.SELF_CHECK);
        hazard.setSeverity(index % 7 == 0 ? HazardSeverity.MAJOR : HazardSeverity.MINOR);
        hazard.setAsset(asset);
        hazard.setOwner(staff.get(index % staff.size()));
        hazard.setDeadline(hazard.getFoundOn().plusDays(30));
        hazard.setMeasures("限期整改，专人负责");
        int roll = index % 6;
        // 待整改 → 整改中 → 已整改 → 已验收, as far as it has come by today
        LocalDate rectified = roll < 4 ? hazard.getFoundOn().plusDays(10 + random.nextInt(15)) : null;
        if (roll < 4 && happened(rectified)) {
            hazard.setRectifiedOn(rectified);
            hazard.setState(HazardState.RECTIFIED);
            if (roll < 3 && happened(rectified.plusDays(3))) {
                hazard.setAcceptedOn(rectified.plusDays(3));
                hazard.setState(HazardState.ACCEPTED);
            }
        } else {
            hazard.setState(roll == 4 || roll < 4 ? HazardState.RECTIFYING : HazardState.PENDING);
        }
        return hazard;
    }

    private static String categoryName(AssetCategory category) {
        return switch (category) {
            case PHONE_LOCKER -> "手机存放柜";
            case SIGNAL_JAMMER -> "信号干扰器";
            case WATER_POWER_NETWORK -> "水电管网";
            case LIGHTNING_PROTECTION -> "防雷设施";
            case COMMUNICATION_LINE -> "通信线路";
            case FIRE_EQUIPMENT -> "消防设施";
            case VEHICLE -> "车辆";
            case CAMERA -> "监控摄像头";
            case OTHER -> "其他设施";
        };
    }
}
