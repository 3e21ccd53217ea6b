package dev.outpost.layeringfixture.alpha.internal;

/** Fixture for LayeringTest: an internal class of the top-level package {@code alpha}. */
public final class Hidden {

    /** A value to read. */
    public static int value() {
        return 1;
    }
}
