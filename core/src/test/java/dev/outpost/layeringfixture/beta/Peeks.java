package dev.outpost.layeringfixture.beta;

import dev.outpost.layeringfixture.alpha.internal.Hidden;

/** Fixture for LayeringTest: {@code beta} must not use {@code alpha}'s internal package. */
public final class Peeks {

    /** Reads the internal value (the violation the rule must catch). */
    public static int read() {
        return Hidden.value();
    }
}
