package org.garrison.internal.training.ui;

import java.util.List;

import org.garrison.internal.training.TrainingCoverage;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;
import org.garrison.ui.chooser.ChooserFilter;
import org.garrison.ui.chooser.ChooserFilterProvider;

/** 训练情况 over militia members wherever they are chosen: "本年度未参训的基干民兵" (serving core, no closed batch of the year). */
public class UntrainedFilter implements ChooserFilterProvider {

    @Override
    public List<ChooserFilter> filters(StoreSession session) throws StoreException {
        var today = TrainingUi.today();
        return List.of(new ChooserFilter(Messages.Chooser_training, List.of(
                new ChooserFilter.Choice(Messages.Chooser_untrained, TrainingCoverage.untrainedCondition(session, today.getYear(), today)))));
    }
}
