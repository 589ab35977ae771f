package org.garrison.sample;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.sample.SampleDistrictBuilder;
import org.garrison.model.core.District;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.security.SecurityLedger;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.training.TrainingLedger;

/**
 * A realistic, deterministic district: the same seed and size always give the same records.
 * Towns and villages, militia units and members with valid identity numbers, a year of study
 * sessions, training batches with assessments, musters, a conscription campaign, assets with
 * their maintenance and hazards. Every record passes validation as of the year's last day.
 */
public record SampleDistrict(District district, StudyLedger study, TrainingLedger training, MobilizationLedger mobilization,
        SecurityLedger security) {

    public static SampleDistrict generate(long seed, SampleSize size, int year) {
        return new SampleDistrictBuilder(seed, size, year).build();
    }

    /** The five roots: the district and the four areas' ledgers, e.g. to put into one resource. */
    public List<EObject> roots() {
        return List.of(district, study, training, mobilization, security);
    }
}
