package org.garrison.internal.sample;

import java.util.Random;

/** Chinese personal and place names for sample records (data, not user-interface text). */
final class SampleNames {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
            "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$ //$NON-NLS-20$ //$NON-NLS-21$ //$NON-NLS-22$
    private static final String MALE_GIVEN = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳亮成建国志文海峰"; //$NON-NLS-1$
    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕玲桂英红梅琳婷雪慧莉萍晶颖倩洁佳琪欣悦"; //$NON-NLS-1$
    static final String[] TOWNS = { "梅园", "新街口", "玄武门", "锁金村", "红山", "孝陵卫", "龙潭", "汤山", "淳化", "湖熟", "禄口", "横溪", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "秣陵", "东山", "麒麟", "谷里", "江宁", "铜井" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String PLACE_FIRST = "东西南北前后新老上下大小高张刘陈杨赵黄周吴徐孙朱马"; //$NON-NLS-1$
    private static final String PLACE_SECOND = "庄湾桥塘店营岗集圩坝园林山河"; //$NON-NLS-1$

    private SampleNames() {
    }

    static String person(Random random, boolean male) {
        String given = male ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(given.charAt(random.nextInt(given.length())));
        }
        return name.toString();
    }

    static String place(Random random) {
        return "" + PLACE_FIRST.charAt(random.nextInt(PLACE_FIRST.length())) + PLACE_SECOND.charAt(random.nextInt(PLACE_SECOND.length())); //$NON-NLS-1$
    }
}
