package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.garrison.internal.ui.reminders.Reminders;
import org.garrison.internal.ui.reminders.RemindersView;
import org.garrison.model.mobilization.ItemStatus;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.StandardizationItem;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.reminders.Reminder;
import org.junit.jupiter.api.Test;

/**
 * The mobilization area's real reminders: every standardization item not met whose deadline has
 * passed is overdue, one due within 30 days is due soon (counted here from the ledger itself), and
 * the 待办 view's calendar marks their days.
 */
class StandardizationRemindersTest extends MobilizationUiTest {

    @Test
    void itemsPastTheirDeadlineAreOverdueAndThoseNearItDueSoon() throws Exception {
        LocalDate today = LocalDate.now();
        List<String> overdue = new ArrayList<>();
        List<String> soon = new ArrayList<>();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            MobilizationLedger ledger = reader.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            ledger.eAllContents().forEachRemaining(object -> {
                if (object instanceof StandardizationItem item && item.getStatus() != ItemStatus.MET && item.getDeadline() != null
                        && !item.getDeadline().isAfter(today.plusDays(30))) {
                    (item.getDeadline().isBefore(today) ? overdue : soon).add(item.getTitle());
                }
            });
        }
        Reminders.get().refreshNow();
        Reminders.Group group = Reminders.get().groups().stream().filter(g -> g.name().equals("民兵和动员工作")).findFirst().orElseThrow();
        assertThat(group.failure()).isNull();
        assertThat(group.reminders().stream().filter(r -> r.severity() == Reminder.Severity.OVERDUE).map(Reminder::text))
                .hasSize(overdue.size()).allSatisfy(text -> assertThat(text).startsWith("规范化建设未达标"));
        assertThat(group.reminders().stream().filter(r -> r.severity() == Reminder.Severity.SOON)).hasSize(soon.size());
        assertThat(overdue).as("the sample district has something overdue to show").isNotEmpty();
        assertThat(group.reminders()).isSortedAccordingTo(java.util.Comparator.comparing(Reminder::due));

        RemindersView view = (RemindersView) page().showView(RemindersView.ID);
        settle();
        TreeItem area = List.of(view.viewer().getTree().getItems()).stream().filter(i -> i.getText(0).startsWith("民兵和动员工作")).findFirst().orElseThrow();
        assertThat(area.getItemCount()).isEqualTo(overdue.size() + soon.size());
        Reminder first = group.reminders().get(0);
        assertThat(view.calendar().markOf(first.due())).as("the calendar marks the day").isNotNull();
    }
}
