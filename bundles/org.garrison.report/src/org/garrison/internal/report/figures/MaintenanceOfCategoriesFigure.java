package org.garrison.internal.report.figures;

import java.util.ArrayList;
import java.util.List;

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
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;

/**
 * The maintenance records, dated in the year up to the as-of day, of the assets of the named
 * categories only — the sentence that names 水电管网、防雷设施、通信线路、消防设施 counts exactly those.
 */
final class MaintenanceOfCategoriesFigure extends AbstractFigure {

    private static final SecurityPackage SECURITY = SecurityPackage.eINSTANCE;

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
        return FigureValue.of(context.session().count(counted(context)));
    }

    @Override
    public List<CountedRecord> records(FigureContext context) throws StoreException {
        if (!context.isDistrict()) {
            return List.of();
        }
        List<CountedRecord> rows = new ArrayList<>();
        for (MaintenanceRecord record : context.session().<MaintenanceRecord>list(counted(context))) {
            rows.add(new CountedRecord(record.getDate() + " " + record.getWork(), context.session().idOf(record).orElse(0), //$NON-NLS-1$
                    record.getAsset() == null ? "" : record.getAsset().getName(), 1)); //$NON-NLS-1$
        }
        return rows;
    }

    private Query counted(FigureContext context) {
        return Query.of(SECURITY.getMaintenanceRecord())
                .where(Condition.in(FeaturePath.of(SECURITY.getMaintenanceRecord_Asset(), SECURITY.getAsset_Category()), categories))
                .where(context.inYear(FeaturePath.of(SECURITY.getMaintenanceRecord_Date())))
                .orderBy(SECURITY.getMaintenanceRecord_Date(), true);
    }
}
