package dev.outpost.cluster;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code outpost-spark province}: placeholder until the province job is wired. */
@Command(name = "province", mixinStandardHelpOptions = true, description = "The province job on Spark.")
public final class SparkProvinceCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return SparkMain.OK;
    }
}
