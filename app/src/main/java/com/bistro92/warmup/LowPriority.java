package com.bistro92.warmup;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Lowers the scheduling priority of the calling thread, so that the warm-up's practice yields the
 * cores to the JavaFX thread and to real orders whenever they want them.
 *
 * <p>On Linux, Java's thread priorities are ignored (HotSpot's default {@code ThreadPriorityPolicy}),
 * so the thread's nice value is raised to {@value #NICE} with {@code setpriority(2)} on its own
 * thread id; every thread it starts afterwards inherits that value, so the throwaway suite's
 * Jetty, journal and database threads and the practice client's run at it too. Raising a nice
 * value needs no privilege. Elsewhere the thread gets {@link Thread#MIN_PRIORITY}, which Windows
 * and macOS honour.
 */
final class LowPriority {

    /** The nice value of the warm-up's threads on Linux (0 is normal, 19 the lowest). */
    static final int NICE = 10;
    private static final int PRIO_PROCESS = 0;

    private LowPriority() {
    }

    /** Lowers the calling thread's priority; says how, for the warm-up's log line. */
    static String lowerThisThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return "at the lowest thread priority";
        }
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            Optional<MethodHandle> gettid = libc.find("gettid")
                    .map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT)));
            Optional<MethodHandle> setpriority = libc.find("setpriority").map(f -> linker.downcallHandle(f,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT)));
            if (gettid.isEmpty() || setpriority.isEmpty()) {
                return "at normal priority (this C library has no gettid)";
            }
            int tid = (int) gettid.get().invokeExact();
            int result = (int) setpriority.get().invokeExact(PRIO_PROCESS, tid, NICE);
            return result == 0 ? "at nice " + NICE : "at normal priority (setpriority refused)";
        } catch (Throwable e) {
            // without native access (--enable-native-access) or on an odd platform: practise all the same
            return "at normal priority (" + e.getClass().getSimpleName() + ")";
        }
    }
}
