package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.CommitEvent;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;
import org.junit.jupiter.api.Test;

/** Every commit is told to the store's listeners, with what it inserted, updated (which features) and deleted. */
class CommitListenerTest {

    @Test
    void listenersHearWhichRecordsAndFeaturesACommitChanged() throws Exception {
        MilitiaFixture fixture = MilitiaFixture.stored("listener");
        List<CommitEvent> heard = new ArrayList<>();
        fixture.store.addCommitListener(heard::add);

        try (StoreSession editor = fixture.store.openSession()) {
            editor.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
            Person zhao = editor.<Person>list(Query.of(CorePackage.Literals.PERSON).where(Condition.eq(CorePackage.Literals.PERSON__NAME, "赵一"))).get(0);
            zhao.setPhone("13800000000");
            MilitiaMember wu = editor.<MilitiaMember>list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)
                    .where(Condition.eq(org.garrison.store.query.FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON,
                            CorePackage.Literals.PERSON__NAME), "吴六"))).get(0);
            wu.getUnit().getMembers().remove(wu);
            editor.commit();

            assertThat(heard).hasSize(1);
            CommitEvent event = heard.get(0);
            assertThat(event.session()).isSameAs(editor);
            assertThat(event.author()).isEqualTo(System.getProperty("user.name"));
            assertThat(event.changes()).anySatisfy(change -> {
                assertThat(change.kind()).isEqualTo(CommitEvent.Kind.UPDATED);
                assertThat(change.eClass()).isEqualTo(CorePackage.Literals.PERSON);
                assertThat(change.features()).containsExactly("phone");
                assertThat(change.id()).isEqualTo(editor.idOf(zhao).getAsLong());
            });
            assertThat(event.changes()).anySatisfy(change -> {
                assertThat(change.kind()).isEqualTo(CommitEvent.Kind.DELETED);
                assertThat(change.eClass()).isEqualTo(MobilizationPackage.Literals.MILITIA_MEMBER);
            });
            assertThat(event.touches(MobilizationPackage.Literals.MILITIA_MEMBER)).isTrue();
            assertThat(event.touches(MobilizationPackage.Literals.MUSTER)).isFalse();
        }
        try (StoreSession reader = fixture.store.openSession()) {
            assertThat(reader.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER))).isEqualTo(5);
        }
        fixture.store.close();
    }
}
