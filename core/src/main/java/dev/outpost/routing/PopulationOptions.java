package dev.outpost.routing;

/**
 * Settings of the routing solver's population phase (hybrid genetic search on OptaPlanner, off
 * unless given to {@link RoutingSolver#create(RoutingOptions, PopulationOptions)}): a population
 * of at least {@link #size()} solutions, each child made by ordered crossover of two parents'
 * giant tours and a split, then educated by the solver's own local search (on a penalised score
 * that lets it cross infeasible solutions; feasible and infeasible solutions are kept apart, the
 * penalty adapted to keep about a fifth of the children feasible) for
 * {@link #educationSteps()} steps; when the population reaches size plus {@link #offspring()},
 * the survivors are chosen by biased fitness (cost rank and broken-pairs diversity rank). The
 * phase runs before the main local search and ends after {@link #maxChildren()} children (0: no
 * count limit) or after {@link #timeShare()} of the time limit, whichever comes first; the main
 * local search continues from the best solution found. Immutable.
 */
public final class PopulationOptions {

    private final int size;
    private final int offspring;
    private final int maxChildren;
    private final long educationSteps;
    private final double timeShare;

    private PopulationOptions(int size, int offspring, int maxChildren, long educationSteps, double timeShare) {
        StringBuilder problems = new StringBuilder();
        if (size < 2 || size > 1_000) {
            problems.append(" size (").append(size).append(") must be in [2, 1000];");
        }
        if (offspring < 1 || offspring > 1_000) {
            problems.append(" offspring (").append(offspring).append(") must be in [1, 1000];");
        }
        if (maxChildren < 0) {
            problems.append(" maxChildren (").append(maxChildren).append(") is negative; use 0 for no limit;");
        }
        if (educationSteps < 1) {
            problems.append(" educationSteps (").append(educationSteps).append(") must be at least 1;");
        }
        if (!(timeShare > 0 && timeShare <= 1)) {
            problems.append(" timeShare (").append(timeShare).append(") must be in (0, 1];");
        }
        if (problems.length() > 0) {
            throw new IllegalArgumentException("The population options are invalid:" + problems);
        }
        this.size = size;
        this.offspring = offspring;
        this.maxChildren = maxChildren;
        this.educationSteps = educationSteps;
        this.timeShare = timeShare;
    }

    /**
     * Defaults: population 8, 8 offspring per generation, no child count limit, 200 education
     * steps per child, half of the time limit. Not tuned: on r101 a child of 200 steps took about
     * 25-30 ms once warm (one education solver reused for every child, loaded 2-core machine).
     *
     * @return the defaults described above
     */
    public static PopulationOptions defaults() {
        return new PopulationOptions(8, 8, 0, 200, 0.5);
    }

    /**
     * The population size kept after each survivor selection.
     *
     * @return the population size
     */
    public int size() {
        return size;
    }

    /**
     * Children added before a survivor selection.
     *
     * @return the children per generation
     */
    public int offspring() {
        return offspring;
    }

    /**
     * Most children made (the initial individuals included), 0 for no limit.
     *
     * @return the child count limit
     */
    public int maxChildren() {
        return maxChildren;
    }

    /**
     * Local-search steps educating each child.
     *
     * @return the education steps
     */
    public long educationSteps() {
        return educationSteps;
    }

    /**
     * Share of the time limit the phase may use.
     *
     * @return the share, in (0, 1]
     */
    public double timeShare() {
        return timeShare;
    }

    /**
     * These options with another population size and offspring count.
     *
     * @param newSize      the population size, in [2, 1000]
     * @param newOffspring children per generation, in [1, 1000]
     * @return the new options
     */
    public PopulationOptions withSize(int newSize, int newOffspring) {
        return new PopulationOptions(newSize, newOffspring, maxChildren, educationSteps, timeShare);
    }

    /**
     * These options with another child count limit (0: none); a run limited by children and steps
     * only is reproducible.
     *
     * @param children the most children
     * @return the new options
     */
    public PopulationOptions withMaxChildren(int children) {
        return new PopulationOptions(size, offspring, children, educationSteps, timeShare);
    }

    /**
     * These options with another education length.
     *
     * @param steps local-search steps per child, at least 1
     * @return the new options
     */
    public PopulationOptions withEducationSteps(long steps) {
        return new PopulationOptions(size, offspring, maxChildren, steps, timeShare);
    }

    /**
     * These options with another share of the time limit.
     *
     * @param share in (0, 1]
     * @return the new options
     */
    public PopulationOptions withTimeShare(double share) {
        return new PopulationOptions(size, offspring, maxChildren, educationSteps, share);
    }

    @Override
    public String toString() {
        return "PopulationOptions[size " + size + ", offspring " + offspring + ", max children " + maxChildren
                + ", education steps " + educationSteps + ", time share " + timeShare + "]";
    }
}
