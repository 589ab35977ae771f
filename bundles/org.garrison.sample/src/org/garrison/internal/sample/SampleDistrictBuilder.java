package org.garrison.internal.sample;

import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;

/**
 * Builds a {@link SampleDistrict}: the district's towns and staff first, then each area on the
 * shared {@link SampleContext}. The Chinese texts of the sample classes are sample data.
 */
public final class SampleDistrictBuilder {

    private final SampleContext context;

    public SampleDistrictBuilder(long seed, SampleSize size, java.time.LocalDate today) {
        this.context = new SampleContext(seed, size, today);
    }

    private static java.util.List<org.garrison.model.core.Person> appointedCadres(MobilizationLedger mobilization) {
        return mobilization.getCadres().stream().filter(cadre -> cadre.getStage() == org.garrison.model.mobilization.CadreStage.APPOINTED
                || cadre.getStage() == org.garrison.model.mobilization.CadreStage.DUTY_FILED)
                .map(org.garrison.model.mobilization.ArmedCadre::getPerson).toList();
    }

    public SampleDistrict build() {
        context.buildOrgUnits();
        for (int i = 0; i < 12; i++) {
            context.staff.add(context.person(28, 50, context.random.nextInt(4) != 0));
        }
        MobilizationLedger mobilization = new SampleMobilization(context).build();
        SampleSecurity security = new SampleSecurity(context);
        return new SampleDistrict(context.district, new SampleStudy(context, appointedCadres(mobilization)).build(), new SampleTraining(context).build(), mobilization,
                security.build(), security.maintenance());
    }
}
