package dev.outpost.layeringfixture.alpha;

import dev.outpost.layeringfixture.alpha.internal.Hidden;

/** Fixture for LayeringTest: {@code alpha} may use its own internal package. */
public final class Uses {

    /** Reads the internal value (allowed). */
    public static int read() {
        return Hidden.value();
    }
}
