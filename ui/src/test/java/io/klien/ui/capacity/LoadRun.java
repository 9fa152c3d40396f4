package io.klien.ui.capacity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs people concurrently, one virtual thread each, bounded in time: person i starts after {@code ramp * i / n}
 * (signing in first if their browser has not yet), opens one UI and runs its script with a think time between
 * interactions until the run ends; then closes the UI. Interactions that end inside the measured window (after the
 * ramp) count in {@link #measured}; sign-ins and UI bootstraps count in {@link #setup}.
 */
final class LoadRun {

    record Settings(Duration ramp, Duration measure, Duration thinkMin, Duration thinkMax, boolean ping) {
        Duration total() {
            return ramp.plus(measure);
        }
    }

    final Recorder measured = new Recorder();
    final Recorder setup = new Recorder();
    private final List<Person> people;
    private final Settings settings;
    /** People whose UI was open when the measured window began. */
    final java.util.concurrent.atomic.AtomicInteger readyAtWindow = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long measureFrom;
    private volatile long measureUntil;

    LoadRun(List<Person> people, Settings settings) {
        this.people = people;
        this.settings = settings;
    }

    /** Runs to the end; returns the measured window's length in seconds. */
    double run(Runnable atMeasureStart, Runnable atMeasureEnd) throws InterruptedException {
        long start = System.nanoTime();
        measureFrom = start + settings.ramp().toNanos();
        measureUntil = measureFrom + settings.measure().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            long delay = settings.ramp().toNanos() * i / Math.max(1, people.size());
            threads.add(Thread.ofVirtual().name("person-" + i).start(() -> live(person, start + delay)));
        }
        sleepUntil(measureFrom);
        atMeasureStart.run();
        sleepUntil(measureUntil);
        atMeasureEnd.run();
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(90));
        }
        return settings.measure().toNanos() / 1e9;
    }

    private void live(Person person, long startAt) {
        VaadinUi ui = null;
        try {
            sleepUntil(startAt);
            String start = Script.start(person, settings.ping());
            if (!person.signedIn) {
                long t0 = System.nanoTime();
                String page = person.browser.signIn("/" + person.home(), person.email, person.password);
                person.signedIn = true;
                setup.ok("sign-in", System.nanoTime() - t0);
                if (start.equals(person.home())) {
                    ui = VaadinUi.fromPage(person.browser, start, page);
                }
            }
            if (ui == null) {
                long t0 = System.nanoTime();
                ui = VaadinUi.open(person.browser, start);
                setup.ok("open-ui", System.nanoTime() - t0);
            }
            if (System.nanoTime() <= measureFrom) {
                readyAtWindow.incrementAndGet();
            }
            Script script = new Script(person, ui, settings.ping());
            while (System.nanoTime() < measureUntil) {
                Script.Step step = script.next();
                long began = System.nanoTime();
                try {
                    step.interaction().run();
                    long ended = System.nanoTime();
                    if (began >= measureFrom && ended <= measureUntil) {
                        measured.ok(step.kind(), ended - began);
                    }
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    measured.error(step.kind(), e);
                    // a browser would reload the page: a fresh UI on the person's start page
                    ui = VaadinUi.open(person.browser, Script.start(person, settings.ping()));
                    script = new Script(person, ui, settings.ping());
                }
                long think = ThreadLocalRandom.current().nextLong(settings.thinkMin().toNanos(), settings.thinkMax().toNanos() + 1);
                sleepUntil(Math.min(System.nanoTime() + think, measureUntil));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            setup.error(person.signedIn ? "open-ui" : "sign-in", e);
        } finally {
            if (ui != null) {
                try {
                    ui.close();
                } catch (Exception ignored) {
                    // the tab is gone either way
                }
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
