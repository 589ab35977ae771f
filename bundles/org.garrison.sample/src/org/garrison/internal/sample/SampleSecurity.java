package org.garrison.internal.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.Person;
import org.garrison.model.core.Record;
import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.AssetStatus;
import org.garrison.model.security.CheckOutcome;
import org.garrison.model.security.CheckResult;
import org.garrison.model.security.ChecklistItem;
import org.garrison.model.security.Drill;
import org.garrison.model.security.Hazard;
import org.garrison.model.security.HazardSeverity;
import org.garrison.model.security.HazardSource;
import org.garrison.model.security.HazardState;
import org.garrison.model.security.IntervalUnit;
import org.garrison.model.security.LinkedUnit;
import org.garrison.model.security.MaintenancePlan;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SafetyActivity;
import org.garrison.model.security.SafetyActivityKind;
import org.garrison.model.security.SecurityFactory;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.security.VehicleDispatch;
import org.garrison.sample.SampleSize;

/**
 * The sample district's assets with their maintenance plans (fire equipment monthly and lightning
 * protection before the rainy season for the whole category, the others per asset), the maintenance
 * done up to the day with checklist results, the hazards failed items and inspections raised and how
 * far their rectification has come, the quarterly safety activities, drills, vehicles and linked units.
 */
final class SampleSecurity extends SampleArea {

    private final SecurityFactory security = SecurityFactory.eINSTANCE;
    private final List<MaintenanceRecord> maintenance = new ArrayList<>();
    private SecurityLedger ledger;

    SampleSecurity(SampleContext context) {
        super(context);
    }

    /** The maintenance records written by {@link #build()}: records of their own, not held by the ledger. */
    List<MaintenanceRecord> maintenance() {
        return maintenance;
    }

    SecurityLedger build() {
        ledger = security.createSecurityLedger();
        ledger.setDistrict(district);
        categoryPlan(AssetCategory.FIRE_EQUIPMENT, "消防设施月度检查", 1, IntervalUnit.MONTH, yearStart.plusDays(9),
                "灭火器压力在绿区", "消防栓无遮挡、水压正常", "应急照明有效", "疏散通道畅通");
        categoryPlan(AssetCategory.LIGHTNING_PROTECTION, "防雷设施雨季前检测", 1, IntervalUnit.YEAR, LocalDate.of(year, 4, 1),
                "接地电阻符合要求", "避雷带无锈蚀断裂");
        categoryPlan(AssetCategory.WATER_POWER_NETWORK, "水电管网季度检查", 1, IntervalUnit.QUARTER, yearStart.plusDays(14),
                "配电箱无过热、标识清楚", "漏电保护动作正常", "管道阀门无渗漏");
        categoryPlan(AssetCategory.COMMUNICATION_LINE, "通信线路季度检查", 1, IntervalUnit.QUARTER, yearStart.plusDays(19),
                "线路无破损老化", "保密线路隔离符合要求");
        int assets = size == SampleSize.TINY ? 9 : 60;
        List<Asset> vehicles = new ArrayList<>();
        AssetCategory[] categories = AssetCategory.values();
        for (int a = 0; a < assets; a++) {
            Asset asset = asset(a, categories[a % categories.length]);
            ledger.getAssets().add(asset);
            if (asset.getCategory() == AssetCategory.VEHICLE) {
                vehicles.add(asset);
            }
        }
        for (Asset asset : ledger.getAssets()) {
            for (MaintenancePlan plan : plansOf(asset)) {
                maintain(asset, plan, asset.getName().hashCode() % 12 == 0);
            }
        }
        inspectionHazards();
        activities();
        drills();
        dispatches(vehicles);
        linkedUnits();
        return ledger;
    }

    private void categoryPlan(AssetCategory category, String description, int interval, IntervalUnit unit, LocalDate start, String... items) {
        MaintenancePlan plan = plan(description, interval, unit, start, staff.get(ledger.getCategoryPlans().size() % staff.size()), items);
        plan.setCategory(category);
        ledger.getCategoryPlans().add(plan);
    }

    private MaintenancePlan plan(String description, int interval, IntervalUnit unit, LocalDate start, Person responsible, String... items) {
        MaintenancePlan plan = security.createMaintenancePlan();
        plan.setDescription(description);
        plan.setInterval(interval);
        plan.setIntervalUnit(unit);
        plan.setStartDate(start);
        plan.setResponsible(responsible);
        for (String text : items) {
            ChecklistItem item = security.createChecklistItem();
            item.setText(text);
            plan.getChecklist().add(item);
        }
        return plan;
    }

    private Asset asset(int index, AssetCategory category) {
        Asset asset = security.createAsset();
        asset.setName(categoryName(category) + "-" + (index / AssetCategory.values().length + 1));
        asset.setCategory(category);
        asset.setCode(String.format("ZC%04d", index + 1));
        asset.setLocation(random.nextBoolean() ? "机关营区" : "民兵训练基地");
        asset.setCommissionedOn(LocalDate.of(year - 1 - random.nextInt(8), 1 + random.nextInt(12), 1));
        asset.setResponsible(staff.get(index % staff.size()));
        asset.setStatus(index == 13 ? AssetStatus.UNDER_REPAIR : index == 22 ? AssetStatus.OUT_OF_SERVICE : AssetStatus.IN_USE);
        switch (category) {
            case PHONE_LOCKER -> asset.getPlans().add(plan("手机存放柜月度检查", 1, IntervalUnit.MONTH, yearStart.plusDays(4), asset.getResponsible(),
                    "柜门锁具完好", "登记簿填写规范"));
            case SIGNAL_JAMMER -> asset.getPlans().add(plan("信号干扰器月度测试", 1, IntervalUnit.MONTH, yearStart.plusDays(4), asset.getResponsible(),
                    "屏蔽效果测试合格", "电源及散热正常"));
            case VEHICLE -> {
                asset.getPlans().add(plan("车辆例行保养", 1, IntervalUnit.MONTH, yearStart.plusDays(2), asset.getResponsible(),
                        "制动系统", "轮胎及备胎", "灯光信号", "随车灭火器"));
                asset.setInspectionDue(today.plusDays(10 + random.nextInt(300)));
                asset.setInsuranceDue(today.plusDays(20 + random.nextInt(300)));
            }
            case CAMERA, OTHER -> asset.getPlans().add(plan(categoryName(category) + "季度检查", 1, IntervalUnit.QUARTER, yearStart.plusDays(24),
                    asset.getResponsible(), "运行状况正常"));
            default -> {
                // covered by the plan of its category
            }
        }
        return asset;
    }

    private List<MaintenancePlan> plansOf(Asset asset) {
        List<MaintenancePlan> plans = new ArrayList<>(asset.getPlans());
        ledger.getCategoryPlans().stream().filter(plan -> plan.covers(asset)).forEach(plans::add);
        return plans;
    }

    /**
     * The plan carried out from its first due day, mostly on the day or a little before, now and then
     * late; nothing after today, and for a lagging asset nothing in the last six weeks (it is overdue).
     */
    private void maintain(Asset asset, MaintenancePlan plan, boolean lagging) {
        if (asset.getStatus() != AssetStatus.IN_USE) {
            return;
        }
        LocalDate stop = lagging ? today.minusWeeks(6) : today;
        LocalDate due = plan.firstDueFor(asset);
        while (due != null && !due.isAfter(yearEnd)) {
            LocalDate done = random.nextInt(10) == 0 ? due.plusDays(3 + random.nextInt(8)) : due.minusDays(random.nextInt(3));
            if (done.isAfter(stop) || done.isBefore(yearStart)) {
                if (done.isBefore(yearStart)) {
                    due = plan.dueAfter(done);
                    continue;
                }
                return;
            }
            maintenance.add(record(asset, plan, done));
            due = plan.dueAfter(done);
        }
    }

    private MaintenanceRecord record(Asset asset, MaintenancePlan plan, LocalDate date) {
        MaintenanceRecord record = security.createMaintenanceRecord();
        record.setAsset(asset);
        record.setPlan(plan);
        record.setDate(date);
        record.setPerformedBy(plan.getResponsible());
        record.setWork(plan.getDescription());
        record.setCost(new BigDecimal(random.nextInt(8) == 0 ? 50 + random.nextInt(500) : 0));
        String failure = null;
        for (ChecklistItem item : plan.getChecklist()) {
            CheckResult result = security.createCheckResult();
            result.setItem(item.getText());
            result.setOutcome(random.nextInt(40) == 0 ? CheckOutcome.FAIL : CheckOutcome.PASS);
            if (result.getOutcome() == CheckOutcome.FAIL) {
                result.setNote(item.getText() + "不符合要求");
                failure = failure == null ? item.getText() : failure;
                ledger.getHazards().add(hazard(asset, record, item.getText(), result.getNote(), date, HazardSource.SELF_CHECK));
            }
            record.getResults().add(result);
        }
        record.setFindings(failure == null ? "正常" : failure + "不合格，已登记隐患");
        return record;
    }

    /** Hazards the higher command's safety inspections found, one every other month up to today. */
    private void inspectionHazards() {
        int count = size == SampleSize.TINY ? 2 : 6;
        for (int h = 0; h < count; h++) {
            LocalDate found = LocalDate.of(year, 1 + h * 2, 8 + h);
            Asset asset = ledger.getAssets().get((h * 7) % ledger.getAssets().size());
            if (happened(found)) {
                Hazard hazard = hazard(asset, null, null, categoryName(asset.getCategory()) + "存在安全隐患（上级检查第" + (h + 1) + "项）", found,
                        HazardSource.INSPECTION);
                hazard.setSeverity(h % 3 == 0 ? HazardSeverity.MAJOR : HazardSeverity.MINOR);
                ledger.getHazards().add(hazard);
            }
        }
    }

    /** 待整改 → 整改中 → 已整改 → 已验收, as far as it has come by today; rectified by its owner, accepted by someone else. */
    private Hazard hazard(Asset asset, Record raisedBy, String item, String finding, LocalDate found, HazardSource source) {
        Hazard hazard = security.createHazard();
        hazard.setDescription(finding);
        hazard.setFoundOn(found);
        hazard.setSource(source);
        hazard.setSeverity(HazardSeverity.MINOR);
        hazard.setAsset(asset);
        hazard.setCheckItem(item);
        hazard.setRaisedBy(raisedBy);
        Person owner = asset != null && asset.getResponsible() != null ? asset.getResponsible() : staff.get(0);
        hazard.setOwner(owner);
        hazard.setDeadline(found.plusDays(15));
        hazard.setMeasures("限期整改，专人负责，整改后组织验收");
        int roll = random.nextInt(6);
        LocalDate rectified = found.plusDays(3 + random.nextInt(roll == 5 ? 30 : 12));
        if (roll == 0 && found.isBefore(today.minusDays(40))) {
            rectified = hazard.getDeadline().plusDays(1 + random.nextInt(10)); // left a while, rectified late: old hazards are closed
        }
        if (roll == 0 && !found.isBefore(today.minusDays(40)) || !happened(rectified)) {
            hazard.setState(happened(found.plusDays(2)) ? HazardState.RECTIFYING : HazardState.PENDING);
            return hazard;
        }
        hazard.setState(HazardState.RECTIFIED);
        hazard.setRectifiedOn(rectified);
        hazard.setRectifiedBy(owner);
        LocalDate accepted = rectified.plusDays(2 + random.nextInt(4));
        if (roll != 1 && happened(accepted)) {
            hazard.setState(HazardState.ACCEPTED);
            hazard.setAcceptedOn(accepted);
            hazard.setAcceptedBy(staff.get((staff.indexOf(owner) + 1) % staff.size()));
        }
        return hazard;
    }

    /** 安全教育、形势分析、安全检查、安全训练 once a quarter each, held up to today. */
    private void activities() {
        String[][] topics = { { "安全教育：防范电信诈骗", "安全教育：保密安全", "安全教育：交通安全", "安全教育：冬季防火" },
                { "季度安全形势分析", "上半年安全形势分析", "三季度安全形势分析", "年度安全形势分析" },
                { "营区安全检查", "汛期安全检查", "节前安全检查", "年终安全大检查" },
                { "消防器材使用训练", "应急处置训练", "防暴恐技能训练", "冬季防火训练" } };
        SafetyActivityKind[] kinds = SafetyActivityKind.values();
        for (int quarter = 0; quarter < 4; quarter++) {
            for (SafetyActivityKind kind : kinds) {
                SafetyActivity activity = security.createSafetyActivity();
                activity.setDate(LocalDate.of(year, quarter * 3 + 1 + random.nextInt(3), 5 + random.nextInt(20)));
                activity.setKind(kind);
                activity.setTopic(topics[kind.getValue()][quarter]);
                activity.setParticipants(10 + random.nextInt(20));
                if (happened(activity.getDate())) {
                    ledger.getActivities().add(activity);
                }
            }
        }
    }

    private void drills() {
        String[] scenarios = { "营门防暴恐处置演练", "消防疏散演练" };
        for (int d = 0; d < scenarios.length; d++) {
            Drill drill = security.createDrill();
            drill.setDate(LocalDate.of(year, 5 + d * 5, 12));
            drill.setScenario(scenarios[d]);
            drill.setParticipants(15 + random.nextInt(10));
            drill.setEvaluation("反应迅速，处置得当");
            if (d == 0) {
                drill.setFindings("营门防冲撞装置升起用时偏长");
            }
            if (happened(drill.getDate())) {
                ledger.getDrills().add(drill);
                if (drill.getFindings() != null) {
                    Asset gate = ledger.getAssets().stream().filter(asset -> asset.getCategory() == AssetCategory.OTHER).findFirst().orElse(null);
                    ledger.getHazards().add(hazard(gate, drill, null, drill.getFindings(), drill.getDate(), HazardSource.SELF_CHECK));
                }
            }
        }
    }

    private void dispatches(List<Asset> vehicles) {
        for (int v = 0; v < vehicles.size() * 10; v++) {
            VehicleDispatch dispatch = security.createVehicleDispatch();
            dispatch.setVehicle(vehicles.get(v % vehicles.size()));
            dispatch.setDate(yearStart.plusDays(random.nextInt(365)));
            dispatch.setDriver(staff.get(random.nextInt(staff.size())));
            dispatch.setPurpose(random.nextBoolean() ? "公务用车：检查乡镇武装部" : "公务用车：民兵训练保障");
            dispatch.setMileage(10 + random.nextInt(200));
            if (happened(dispatch.getDate())) {
                ledger.getDispatches().add(dispatch);
            }
        }
    }

    private void linkedUnits() {
        for (int l = 0; l < 5; l++) {
            LinkedUnit unit = security.createLinkedUnit();
            unit.setName(SampleNames.place(random) + "街道武装部");
            unit.setContact(SampleNames.person(random, true));
            unit.setInspectionMonths(6);
            // inspected every six months: the last time within the last half year, the oldest due next month
            unit.setLastInspection(today.minusMonths(1 + l).withDayOfMonth(18));
            unit.setFindings(l % 2 == 0 ? "安全制度健全，台账规范" : "消防器材过期1具，已督促更换");
            ledger.getLinkedUnits().add(unit);
        }
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
            case OTHER -> "营门防冲撞装置";
        };
    }
}
