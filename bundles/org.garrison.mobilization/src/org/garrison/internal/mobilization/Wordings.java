package org.garrison.internal.mobilization;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.garrison.model.core.Education;
import org.garrison.model.core.PoliticalStatus;
import org.garrison.model.mobilization.MilitiaCategory;

/**
 * The words towns write for the model's choices: 大学本科 for 本科, 党员 for 中共党员, 基干 for
 * 基干民兵. Compared without spaces and in half-width forms, as the headers are.
 */
final class Wordings {

    private static final Map<String, Enumerator> WORDS = new HashMap<>();

    static {
        words(Education.PRIMARY, "小学", "小学毕业", "小学及以下"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words(Education.JUNIOR_HIGH, "初中", "初级中学", "初中毕业"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words(Education.SENIOR_HIGH, "高中", "普通高中", "高级中学", "高中毕业"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        words(Education.VOCATIONAL, "中专", "职高", "技校", "中技", "职业高中", "中等专科", "中等职业学校"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        words(Education.JUNIOR_COLLEGE, "大专", "专科", "大学专科", "高职", "高职高专"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        words(Education.BACHELOR, "本科", "大学", "大学本科", "本科毕业", "学士"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        words(Education.MASTER, "研究生", "硕士", "硕士研究生", "研究生硕士"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        words(Education.DOCTOR, "博士", "博士研究生", "研究生博士"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words(PoliticalStatus.CPC_MEMBER, "党员", "中共党员", "共产党员", "中国共产党党员"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        words(PoliticalStatus.CPC_PROBATIONARY, "预备党员", "中共预备党员"); //$NON-NLS-1$ //$NON-NLS-2$
        words(PoliticalStatus.CYL_MEMBER, "团员", "共青团员", "中共团员"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words(PoliticalStatus.MASSES, "群众", "无党派", "无"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        words(PoliticalStatus.DEMOCRATIC_PARTY, "民主党派", "民主党派成员"); //$NON-NLS-1$ //$NON-NLS-2$
        words(MilitiaCategory.CORE, "基干", "基干民兵"); //$NON-NLS-1$ //$NON-NLS-2$
        words(MilitiaCategory.ORDINARY, "普通", "普通民兵"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Wordings() {
    }

    private static void words(Enumerator value, String... words) {
        for (String word : words) {
            WORDS.put(value.getClass().getName() + ':' + normalized(word), value);
        }
    }

    /** The choice of the enumeration's type that the word names, or null. */
    static Enumerator of(Class<?> type, String word) {
        return WORDS.get(type.getName() + ':' + normalized(word));
    }

    static String normalized(String text) {
        if (text.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return text.toLowerCase(Locale.ROOT); // plain ASCII: nothing full-width, no spaces
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
