package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.security.Asset;
import org.garrison.model.security.AssetCategory;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityPackage;
import org.garrison.report.AbstractFigure;
import org.garrison.report.CountedRecord;
import org.garrison.report.FigureContext;
import org.garrison.report.FigureTexts;
import org.garrison.report.FigureValue;
import org.garrison.store.StoreException;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;

/**
 * The maintenance records, dated in the year up to the as-of day, of the assets of the named
 * categories only — the sentence that names 水电管网、防雷设施、通信线路、消防设施 counts exactly those.
 * Records are held by their asset, which the store's queries cannot follow upwards, so the (few)
 * assets of the categories are read and their records counted.
 */
final class MaintenanceOfCategoriesFigure extends AbstractFigure {

    private final List<AssetCategory> categories;

    MaintenanceOfCategoriesFigure(String id, String area, FigureTexts texts, List<AssetCategory> categories) {
        super(id, area, texts);
        this.categories = List.copyOf(categories);
    }

    @Override
    public FigureValue compute(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return FigureValue.missing();
        }
        return FigureValue.of(counted(context).size());
    }

    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return List.of();
        }
        List<CountedRecord> rows = new ArrayList<>();
        for (MaintenanceRecord record : counted(context)) {
            Asset asset = (Asset) record.eContainer();
            rows.add(new CountedRecord(record.getDate() + " " + record.getWork(), context.session().idOf(record).orElse(0), asset.getName(), 1)); //$NON-NLS-1$
        }
        return rows;
    }

    private List<MaintenanceRecord> counted(FigureContext context) throws StoreException {
        List<MaintenanceRecord> counted = new ArrayList<>();
        SecurityPackage security = SecurityPackage.eINSTANCE;
        for (Asset asset : context.session().<Asset>list(Query.of(security.getAsset()).where(Condition.in(security.getAsset_Category(), categories)))) {
            for (MaintenanceRecord record : asset.getRecords()) {
                if (record.getDate() != null && !record.getDate().isBefore(context.firstDay()) && !record.getDate().isAfter(context.lastDay())) {
                    counted.add(record);
                }
            }
        }
        return counted;
    }
}
