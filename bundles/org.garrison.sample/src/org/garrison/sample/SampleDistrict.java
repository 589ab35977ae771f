package org.garrison.sample;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.sample.SampleDistrictBuilder;
import org.garrison.model.core.District;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.security.MaintenanceRecord;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.training.TrainingLedger;

/**
 * A realistic, deterministic district: the same seed and size always give the same records.
 * Towns and villages, militia units and members with valid identity numbers, a year of study
 * sessions, training batches with assessments, musters, a conscription campaign, assets with
 * their maintenance and hazards, as written on a given day: what is dated after it is at most planned
 * (a study session of the coming weeks without its roll call, a training batch without assessments,
 * a competition without placings), never held. Every record passes validation as of that day.
 */
public record SampleDistrict(District district, StudyLedger study, TrainingLedger training, MobilizationLedger mobilization,
        SecurityLedger security, List<MaintenanceRecord> maintenance) {

    /** The district of a year that is over: written on its last day, everything in it held. */
    public static SampleDistrict generate(long seed, SampleSize size, int year) {
        return generate(seed, size, LocalDate.of(year, 12, 31));
    }

    /** The district of {@code today}'s year as written on that day: nothing after it has been held. */
    public static SampleDistrict generate(long seed, SampleSize size, LocalDate today) {
        return new SampleDistrictBuilder(seed, size, today).build();
    }

    /**
     * The roots, e.g. to put into one resource: the district, the four areas' ledgers, then the
     * maintenance records (records of their own, so that an asset is read without its history).
     */
    public List<EObject> roots() {
        List<EObject> roots = new java.util.ArrayList<>(List.of(district, study, training, mobilization, security));
        roots.addAll(maintenance);
        return roots;
    }
}
