package dev.outpost.io;

import dev.outpost.model.Budget;
import dev.outpost.model.Limits;

/** The budget: each given bound not negative, the opening cost within limits. */
final class BudgetValidator {

    private BudgetValidator() {
    }

    /**
     * Checks the budget ({@code $.budget}).
     *
     * @param budget the budget; {@code null} when it could not be read (already reported)
     */
    static void check(Budget budget, Findings findings) {
        if (budget == null) {
            return;
        }
        FieldChecks.nonNegative(budget.maxOutposts(), "$.budget.maxOutposts", "maximum number of outposts", findings);
        FieldChecks.nonNegative(budget.maxCouriers(), "$.budget.maxCouriers", "maximum number of couriers", findings);
        FieldChecks.nonNegative(budget.maxOpeningCost(), "$.budget.maxOpeningCost", "maximum opening cost", findings);
        if (budget.maxOpeningCost() != null) {
            FieldChecks.atMost(budget.maxOpeningCost(), Limits.MAX_MONEY, "$.budget.maxOpeningCost",
                    "maximum opening cost", findings);
        }
    }
}
