package org.garrison.report.tests;

import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.report.Figure;
import org.garrison.report.FigureProvider;
import org.garrison.report.FigureTexts;
import org.garrison.report.QueryFigure;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Condition.Operator;
import org.garrison.store.query.Query;

/** A department's own figure, contributed from this test bundle's plugin.xml as an integrator would: persons named 赵…. */
public final class TestFigures implements FigureProvider {

    static final String ID = "test.personsNamedZhao";

    @Override
    public List<Figure> figures() {
        return List.of(QueryFigure.builder(ID, "test", FigureTexts.of("org.garrison.report.tests.figures", TestFigures.class))
                .query(context -> Query.of(CorePackage.Literals.PERSON).where(Condition.compare(CorePackage.Literals.PERSON__NAME, Operator.LIKE, "赵%")))
                .records().scope(org.garrison.store.query.FeaturePath.of(CorePackage.Literals.PERSON__ORG_UNIT)).build());
    }
}
