import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

import org.coderpay.build.SiteBaker;

/**
 * One clean bake for bench/run.sh, in a fresh JVM: bakes {@code <site>} into {@code <out>} with
 * {@link SiteBaker} (what {@code jbake:generate} plus the publish step do) and prints one line,
 * {@code pages=N bake_ms=M peak_heap_mb=H}: the published pages, the build's own "baked in" figure, and
 * the most heap the JVM's heap pools held at any time during the run.
 */
public final class BenchBake {
    public static void main(String[] args) throws Exception {
        SiteBaker.Result result = SiteBaker.bake(Path.of(args[0]), Path.of(args[1]));
        if (!result.succeeded()) {
            System.err.print(result.report());
            System.exit(1);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        var published = result.publish().orElseThrow();
        System.out.println(String.format(Locale.ROOT, "pages=%d bake_ms=%d peak_heap_mb=%d",
                published.pages(), published.summary().bakeMillis(), peak / (1024 * 1024)));
    }
}
