package org.garrison.sample;

/** How large a sample district is, by its number of militia members. */
public enum SampleSize {
    /** For unit tests: a couple of towns. */
    TINY(2, 60),
    /** A small district for demonstrations. */
    SMALL(6, 2_000),
    /** A compact district: the roster tests' 10,000 members. */
    COMPACT(8, 10_000),
    /** A typical district. */
    MEDIUM(12, 20_000),
    /** A large district, for benchmarks. */
    LARGE(18, 100_000);

    private final int towns;
    private final int militiaMembers;

    SampleSize(int towns, int militiaMembers) {
        this.towns = towns;
        this.militiaMembers = militiaMembers;
    }

    public int towns() {
        return towns;
    }

    public int militiaMembers() {
        return militiaMembers;
    }
}
