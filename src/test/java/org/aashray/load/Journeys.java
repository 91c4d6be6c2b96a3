package org.aashray.load;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * What each kind of virtual user does, in a loop, with think times between actions: the journeys of the browser
 * tests (reception: search, open a profile, admit a new arrival; counsellor: week view and booking; official: the
 * district figures and the monthly PDF), spoken over the wire by {@link VaadinClient}.
 */
final class Journeys {

    /** Business outcomes that are not errors (a clash refused with a message is the app doing its job). */
    static final AtomicLong BOOKED = new AtomicLong();
    static final AtomicLong REFUSED = new AtomicLong();
    static final AtomicLong ADMITTED = new AtomicLong();
    static final AtomicLong REPORTS = new AtomicLong();
    static final AtomicLong NO_MATCH = new AtomicLong();
    static final java.util.Map<String, Long> REASONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String[] NAME_FRAGMENTS = {"das", "rina", "khatun", "puja", "mondal", "sita", "salma", "सीमा", "anj",
            "biswas", "মিতালী", "kajal", "tamang", "priya"};
    private static final AtomicLong ARRIVALS = new AtomicLong();

    interface Think {
        void pause() throws InterruptedException;
    }

    private final VaadinClient client;
    private final Timer timer;
    private final Think think;
    private final Random random;

    Journeys(VaadinClient client, Timer timer, Think think, Random random) {
        this.client = client;
        this.timer = timer;
        this.think = think;
        this.random = random;
    }

    /** The first page after logging in, as a browser opens it (bootstrap plus navigation). */
    void landOn(String route) throws Exception {
        client.open(route, timer, "page load");
        client.confirmUpdates(timer);
    }

    // ---- reception ---------------------------------------------------------------------------------------------

    void reception(int round) throws Exception {
        client.navigate("residents", timer, "reception: open residents");
        client.confirmUpdates(timer);
        think.pause();

        String fragment = NAME_FRAGMENTS[random.nextInt(NAME_FRAGMENTS.length)];
        client.type("filter-name", fragment, timer, "reception: search by name");
        List<JsonNode> rows = gridRows();
        client.confirmUpdates(timer);
        if (rows.isEmpty()) {
            // nobody of that name lives in her home: an answer, not an error (counted apart)
            NO_MATCH.incrementAndGet();
            return;
        }
        think.pause();

        JsonNode row = rows.get(random.nextInt(rows.size()));
        String href = caseLink(row);
        if (href == null) {
            timer.fail("reception: open profile", "no case link in the row");
            return;
        }
        client.navigate(href, timer, "reception: open profile");
        expect("profile-name", "reception: open profile");
        think.pause();

        client.navigate("residents", timer, "reception: open residents");
        client.confirmUpdates(timer);
        String caseNumber = caseNumber(row).trim();
        String part = caseNumber.length() > 4 ? caseNumber.substring(caseNumber.length() - 4) : caseNumber;
        client.type("filter-case-number", part, timer, "reception: search by case number");
        if (gridRows().isEmpty()) timer.fail("reception: search by case number", "nothing for '" + part + "'");
        client.confirmUpdates(timer);
        think.pause();

        if (round % 3 == 0) intake();
    }

    private void intake() throws Exception {
        client.navigate("residents/new", timer, "intake: open form");
        think.pause();
        client.type("intake-name", "Load Arrival " + ARRIVALS.incrementAndGet(), timer, "intake: type field");
        client.type("intake-approximateAge", String.valueOf(18 + random.nextInt(20)), timer, "intake: type field");
        client.type("intake-languages", "Bengali", timer, "intake: type field");
        think.pause();
        client.filterCombo("intake-origin", "Bangladesh", timer, "intake: filter origin");
        client.confirmUpdates(timer);
        client.chooseComboItem("intake-origin", "Bangladesh"::equals, timer, "intake: choose origin");
        client.select("intake-traffickingForm", "Labour", timer, "intake: choose form");
        think.pause();
        client.click("admit", timer, "intake: admit");
        if (client.findById("profile-name").isPresent()) {
            ADMITTED.incrementAndGet();
        } else {
            timer.fail("intake: admit", "the profile did not open after admitting");
        }
        think.pause();
    }

    private List<JsonNode> gridRows() {
        return client.findById("residents-grid").map(g -> client.rows(g.id)).orElse(List.of());
    }


    /** The case-number column is a template filled with data: the row carries the link and the number. */
    private String caseLink(JsonNode row) {
        String href = property(row, "_href");
        if (href != null) return href;
        int node = linkNode(row); // before the list used templates: a RouterLink component per row
        return client.find(n -> n.id == node).stream().findFirst().map(n -> n.attribute("href")).orElse(null);
    }

    private String caseNumber(JsonNode row) {
        String number = property(row, "_caseNumber");
        return number != null ? number : linkNode(row) < 0 ? "" : client.text(linkNode(row));
    }

    private int linkNode(JsonNode row) {
        for (String name : row.propertyNames()) {
            if (name.endsWith("_nodeid")) {
                int node = row.get(name).asInt();
                if (client.find(n -> n.id == node && "a".equals(n.tag)).size() == 1) return node;
            }
        }
        return -1;
    }

    private static String property(JsonNode row, String suffix) {
        for (String name : row.propertyNames()) {
            if (name.endsWith(suffix) && row.get(name).isString()) return row.get(name).asString();
        }
        return null;
    }

    // ---- counsellor --------------------------------------------------------------------------------------------

    void counsellor(int round) throws Exception {
        client.navigate("counselling", timer, "counsellor: open week");
        expect("counselling-calendar", "counsellor: open week");
        think.pause();
        int weeks = 1 + random.nextInt(8);
        for (int i = 0; i < weeks; i++) {
            client.click("calendar-next", timer, "counsellor: next week");
        }
        think.pause();

        List<Slot> slots = freeSlots();
        if (slots.isEmpty()) {
            timer.fail("counsellor: open slot", "no free slot in the week");
            return;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (slot.node() >= 0) client.click(slot.node(), timer, "counsellor: open slot"); // a listener per slot
        else client.clickInside(slot.column(), slot.id(), timer, "counsellor: open slot"); // the day column listens
        if (client.findById("session-residents").isEmpty()) {
            timer.fail("counsellor: open slot", "the booking dialog did not open");
            return;
        }
        think.pause();
        client.filterCombo("session-residents", "", timer, "booking: list residents");
        client.confirmUpdates(timer);
        List<String> labels = client.itemLabels("session-residents");
        if (labels.isEmpty()) {
            timer.fail("booking: list residents", "no resident offered");
            return;
        }
        String chosen = labels.get(random.nextInt(labels.size()));
        client.chooseComboItem("session-residents", chosen::equals, timer, "booking: choose resident");
        think.pause();
        client.click("session-save", timer, "booking: save");
        // a saved booking closes the dialog: "opened" turns false at once, the node goes when the browser confirms
        if (client.findById("session-residents").isEmpty() || !client.dialogOpen()) {
            BOOKED.incrementAndGet();
        } else {
            // a clash (counsellor, resident, room) refused with a message next to the field: the app doing its job
            REFUSED.incrementAndGet();
            List<String> why = client.messages();
            REASONS.merge(why.isEmpty() ? "(no message)" : String.join(" / ", why), 1L, Long::sum);
        }
        think.pause();
        if (round % 2 == 0) {
            client.navigate("counselling/today", timer, "counsellor: my day");
            think.pause();
        }
    }

    /** A free half-hour between 9:00 and 16:00: its day column, its id, and its own node on older builds. */
    private record Slot(int column, String id, int node) {
        boolean daytime() {
            int hour = Integer.parseInt(id.substring(id.length() - 4, id.length() - 2));
            return hour >= 9 && hour <= 15;
        }
    }

    private static final java.util.regex.Pattern SLOT_ID = java.util.regex.Pattern.compile("id=\"(cal-slot-\\d{12})\"");

    /** The free slots are markup inside each day column (older builds: a component each). */
    private List<Slot> freeSlots() {
        List<Slot> slots = new java.util.ArrayList<>();
        for (VaadinClient.Node n : client.find(n -> n.properties.containsKey("innerHTML"))) {
            var m = SLOT_ID.matcher(n.properties.get("innerHTML").asString());
            int column = client.parentOf(n.id);
            while (m.find()) slots.add(new Slot(column, m.group(1), -1));
        }
        for (VaadinClient.Node n : client.find(n -> n.attribute("id") != null && n.attribute("id").startsWith("cal-slot-"))) {
            slots.add(n.listeners.containsKey("click") ? new Slot(-1, n.attribute("id"), n.id)
                    : new Slot(client.parentOf(n.id), n.attribute("id"), -1));
        }
        return slots.stream().filter(Slot::daytime).toList();
    }

    // ---- district official -------------------------------------------------------------------------------------

    void official(int round) throws Exception {
        client.navigate("reports", timer, "official: open reports");
        expect("report-figures", "official: open reports");
        think.pause();
        String month = YearMonth.now().minusMonths(1 + random.nextInt(6))
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        client.select("report-month", month, timer, "official: change month");
        expect("report-figures", "official: change month");
        think.pause();
        if (round % 2 == 0) {
            long start = System.nanoTime();
            client.click("download-pdf", timer, "official: start monthly PDF");
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (client.findById("report-file-pdf").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(500);
                client.poll(timer, "official: poll for PDF");
            }
            var file = client.findById("report-file-pdf");
            if (file.isEmpty()) {
                timer.fail("official: monthly PDF ready " + Timer.END_TO_END, "no file after 90 s");
                return;
            }
            timer.record("official: monthly PDF ready " + Timer.END_TO_END, System.nanoTime() - start, false);
            byte[] pdf = client.download(file.get().attribute("href"), timer, "official: download PDF");
            if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P') timer.fail("official: download PDF", "not a PDF");
            else REPORTS.incrementAndGet();
            think.pause();
        }
        client.navigate("", timer, "official: open dashboard");
        think.pause();
    }

    private void expect(String id, String action) {
        if (client.findById(id).isEmpty()) timer.fail(action, "#" + id + " not on the page");
    }
}
