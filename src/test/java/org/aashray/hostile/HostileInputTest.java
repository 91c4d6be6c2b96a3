package org.aashray.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aashray.base.TextInput;
import org.aashray.residents.ResidentService;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #11, hostile input: a table of hostile values x the forms of the app. Every editable field a form
 * shows is found by walking its component tree; each value of the field's kind is typed into a freshly opened,
 * otherwise valid form and saved. Expected: no exception escapes; the value is either refused with a message
 * next to that field and nothing is saved, or saved and read back from MariaDB exactly as typed (control and
 * direction-override characters are removed, the one deliberate change, see {@link TextInput}); a stored
 * script is shown as text.
 */
@AashrayIntegrationTest
class HostileInputTest extends SpringBrowserlessTest {

    /** Text typed into text fields. */
    static final List<String> HOSTILE_TEXT = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "Robert'); DROP TABLE residents; --",
            "' OR '1'='1",
            "A".repeat(5000),
            "Seema\u0000\u0007\u001B Das",
            "Seema \u202Egnp.exe\u202C Das",
            "Seema 👩‍👧 🌸 Das",
            "सीमा क्षेत्री शर्मा",
            "মিতালী সরদার");

    static final List<Integer> HOSTILE_NUMBERS = List.of(-1, -2147483648, 2147483647);

    static final List<LocalDate> HOSTILE_DATES = List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired ResidentService residents;

    private final AtomicInteger counter = new AtomicInteger();

    /** One opened, validly filled form: its root (dialog or view), its save button, how to tell it saved. */
    record Opened(Component root, Button save, Supplier<Boolean> saved) {
    }

    /** A form of the app: who uses it, how to open it filled with valid values, and the table it writes. */
    record Form(String name, String username, Supplier<Opened> open, String table) {
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private List<Form> forms() {
        return List.of(
                new Form("intake", "reception", this::intake, "residents"),
                new Form("profile edit", "reception", this::profileEdit, "residents"),
                new Form("visitor register", "reception", this::visitor, "visits"),
                new Form("home (admin)", "admin", this::home, "homes"),
                new Form("staff account (admin)", "admin", this::staffAccount, "user_accounts"));
    }

    @Test
    void hostile_values_in_every_field_of_every_form_are_refused_with_a_message_or_stored_exactly() {
        List<String> failures = new ArrayList<>();
        Map<String, String> summary = new LinkedHashMap<>();
        for (Form form : forms()) {
            logIn(form.username());
            List<String> fieldNames;
            try {
                fieldNames = fieldsOf(form.open().get().root()).keySet().stream().toList();
                closeDialogs();
            } catch (RuntimeException e) {
                failures.add(form.name() + ": the form did not open: " + e);
                continue;
            }
            int refused = 0;
            int stored = 0;
            int beyondMaxLength = 0;
            for (String fieldName : fieldNames) {
                for (Object value : valuesFor(fieldsOf(form.open().get().root()).get(fieldName))) {
                    if (asTyped(fieldsOf(form.open().get().root()).get(fieldName), value) != value) {
                        beyondMaxLength++; // a browser cannot type more than the field's maximum length
                        closeDialogs();
                        continue;
                    }
                    Opened opened = form.open().get();
                    HasValue<?, ?> field = fieldsOf(opened.root()).get(fieldName);
                    String label = form.name() + " / " + fieldName + " = " + shortly(value);
                    try {
                        try {
                            set(field, value);
                        } catch (IllegalArgumentException outsideMinMax) {
                            refused++; // the field itself does not take it (its min/max), as in a browser
                            continue;
                        }
                        if (!java.util.Objects.equals(field.getValue(), value)) {
                            refused++; // the field itself did not take it (longer than its maximum length)
                            continue;
                        }
                        Object typed = asTyped(field, value);
                        long rowsBefore = rows(form.table());
                        opened.save().click();
                        boolean saved = opened.saved().get();
                        if (field instanceof HasValidation v && v.isInvalid()) {
                            if (v.getErrorMessage() == null || v.getErrorMessage().isBlank()) {
                                failures.add(label + ": refused without a message");
                            }
                            if (saved || rows(form.table()) != rowsBefore) {
                                failures.add(label + ": refused, but something was saved");
                            }
                            refused++;
                        } else if (saved) {
                            String problem = storedExactly(form.table(), typed);
                            if (problem != null) {
                                failures.add(label + ": " + problem);
                            }
                            stored++;
                        } else {
                            String others = HostileForms.invalidFields(opened.root());
                            failures.add(label + ": neither saved nor a message next to the field"
                                    + (others.isEmpty() ? "" : " (messages on: " + others + ")"));
                        }
                    } catch (RuntimeException e) {
                        failures.add(label + ": server error " + e);
                    } finally {
                        closeDialogs();
                    }
                }
            }
            summary.put(form.name(), fieldNames.size() + " fields, " + refused + " refused with a message, " + stored + " stored, "
                    + beyondMaxLength + " longer than the field's maximum length (not typeable, not sent)");
        }
        System.out.println("[hostile] " + HOSTILE_TEXT.size() + " texts, " + HOSTILE_NUMBERS.size() + " numbers, "
                + HOSTILE_DATES.size() + " dates x forms:");
        summary.forEach((k, v) -> System.out.println("[hostile]   " + k + ": " + v));
        failures.forEach(f -> System.out.println("[hostile] FAIL " + f));
        assertThat(failures).isEmpty();
    }

    @Test
    void a_stored_script_is_shown_as_text_in_the_list_and_in_the_profile() {
        logIn("reception");
        String name = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        Opened intake = intake();
        set(fieldsOf(intake.root()).get("name"), name);
        intake.save().click();
        assertThat(intake.saved().get()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from residents where binary name = ?", Integer.class, name)).isOne();

        Component profile = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertRenderedAsText(profile, name);
        open("residents");
        TextField filter = find(TextField.class).id("filter-name");
        test(filter).setValue("<script>");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) (Grid<?>) find(Grid.class).id("residents-grid");
        assertThat(test(grid).size()).isOne();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < grid.getColumns().size(); c++) {
            cells.add(test(grid).getCellText(0, c));
        }
        assertThat(cells).as("the list shows her name as text").anyMatch(c -> c != null && c.contains(name));
    }

    // ------------------------------------------------------------------ the forms

    /** Opens a view afresh: navigating to the route already shown would keep the old view and its values. */
    private void open(String route) {
        UI.getCurrent().navigate("alerts");
        UI.getCurrent().navigate(route);
    }

    private Opened intake() {
        open("residents/new");
        Component view = currentView();
        set(field(view, "name"), "Hostile Test " + counter.incrementAndGet());
        set(field(view, "approximateAge"), 24);
        choose(get(view, "origin"), "Nepal");
        choose(get(view, "traffickingForm"), "Forced begging");
        return new Opened(view, (Button) get(view, "admit"), () -> currentView() != view);
    }

    private long residentId;

    private Opened profileEdit() {
        if (residentId == 0) {
            residentId = jdbc.queryForObject("select min(r.id) from residents r join homes h on h.id = r.home_id"
                    + " where h.code = 'SUN-T' and r.status = 'IN_RESIDENCE'", Long.class);
        }
        open("resident/" + residentId);
        test(find(Button.class).id("edit-profile")).click();
        Dialog dialog = openDialog();
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened visitor() {
        open("visitors");
        test((Button) get(currentView(), "register")).click();
        Dialog dialog = openDialog();
        long someone = jdbc.queryForObject("select min(r.id) from residents r join homes h on h.id = r.home_id"
                + " where h.code = 'SUN-T' and r.status = 'IN_RESIDENCE'", Long.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> resident = (ComboBox<Object>) get(dialog, "resident");
        resident.setValue(residents.summary(someone));
        set(field(dialog, "visitorName"), "Hostile Visitor");
        set(field(dialog, "relation"), "Aunt");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened home() {
        open("admin/homes");
        test((Button) get(currentView(), "addHome")).click();
        Dialog dialog = openDialog();
        int n = counter.incrementAndGet();
        set(field(dialog, "name"), "Hostile Home " + n);
        set(field(dialog, "code"), "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26) + "-T");
        choose(get(dialog, "district"), "Nadipur (demo)");
        choose(get(dialog, "type"), "Transit shelter home");
        choose(get(dialog, "serves"), "Women");
        set(field(dialog, "address"), "1 Hostile Road");
        set(field(dialog, "licenceNumber"), "HOSTILE/LIC/" + n);
        set(field(dialog, "licenceExpiry"), LocalDate.now().plusYears(1));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened staffAccount() {
        open("admin/users");
        test((Button) get(currentView(), "add")).click();
        Dialog dialog = openDialog();
        set(field(dialog, "username"), "hostile" + counter.incrementAndGet());
        set(field(dialog, "displayName"), "Hostile Staff");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = (CheckboxGroup<Role>) get(dialog, "roles");
        roles.setValue(Set.of(Role.RECEPTION));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> homes = (MultiSelectComboBox<Object>) get(dialog, "homes");
        homes.setValue(Set.of(homes.getListDataView().getItem(0)));
        set(field(dialog, "password"), "Hostile-temp-pass-1");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    // ------------------------------------------------------------------ helpers

    private void choose(Object component, String label) {
        if (component instanceof Select<?> select) {
            test(select).selectItem(label);
        } else {
            test((ComboBox<?>) component).selectItem(label);
        }
    }

    private void logIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private Dialog openDialog() {
        return find(Dialog.class).all().stream().filter(Dialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    private void closeDialogs() {
        find(Dialog.class).all().forEach(d -> d.close());
        find(Notification.class).all().forEach(Notification::close);
    }

    private static Object get(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + owner.getClass());
    }

    private static HasValue<?, ?> field(Object owner, String name) {
        return (HasValue<?, ?>) get(owner, name);
    }

    /** The form's editable text, number and date fields, by their Java field name, in declaration order. */
    private static Map<String, HasValue<?, ?>> fieldsOf(Component root) {
        Map<String, HasValue<?, ?>> fields = new TreeMap<>();
        for (Class<?> c = root.getClass(); c != null && c != Component.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!HasValue.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                HasValue<?, ?> value = field(root, f.getName());
                if (!(value instanceof TextField || value instanceof TextArea || value instanceof EmailField
                        || value instanceof IntegerField || value instanceof NumberField || value instanceof DatePicker)
                        || value instanceof PasswordField) {
                    continue;
                }
                Component component = (Component) value;
                if (value.isReadOnly() || !component.isVisible() || !component.getElement().isEnabled()
                        || component.getParent().isEmpty()) {
                    continue;
                }
                fields.put(f.getName(), value);
            }
        }
        return fields;
    }

    /** What reaches the server from a browser: a field with a maximum length takes no more characters. */
    private static Object asTyped(HasValue<?, ?> field, Object value) {
        int max = field instanceof TextField t ? t.getMaxLength() : field instanceof TextArea a ? a.getMaxLength() : 0;
        if (value instanceof String s && max > 0 && s.length() > max) {
            return s.substring(0, max);
        }
        return value;
    }

    private static List<?> valuesFor(HasValue<?, ?> field) {
        if (field instanceof IntegerField) {
            return HOSTILE_NUMBERS;
        }
        if (field instanceof NumberField) {
            return HOSTILE_NUMBERS.stream().map(Integer::doubleValue).toList();
        }
        if (field instanceof DatePicker) {
            return HOSTILE_DATES;
        }
        return HOSTILE_TEXT;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void set(HasValue<?, ?> field, Object value) {
        if (field instanceof TextField t) {
            test(t).setValue((String) value);
        } else if (field instanceof TextArea t) {
            test(t).setValue((String) value);
        } else if (field instanceof IntegerField t) {
            test(t).setValue((Integer) value);
        } else if (field instanceof DatePicker t) {
            test(t).setValue((LocalDate) value);
        } else {
            ((HasValue) field).setValue(value);
        }
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Null when the value (as the app keeps it) is in the table exactly; otherwise what is wrong. */
    private String storedExactly(String table, Object value) {
        List<Map<String, Object>> columns = jdbc.queryForList("select column_name, data_type from information_schema.columns"
                + " where table_schema = database() and table_name = ?", table);
        if (value instanceof String s) {
            String kept = TextInput.clean(s);
            List<String> text = columns.stream().filter(c -> Set.of("varchar", "text", "char").contains(c.get("data_type")))
                    .map(c -> "binary " + c.get("column_name") + " = ?").toList();
            Object[] args = text.stream().map(x -> kept).toArray();
            int found = jdbc.queryForObject("select count(*) from " + table + " where " + String.join(" or ", text), Integer.class, args);
            if (found > 0) {
                return null;
            }
            String prefix = kept.substring(0, Math.min(12, kept.length()));
            List<String> near = columns.stream().filter(c -> Set.of("varchar", "text", "char").contains(c.get("data_type")))
                    .map(c -> (String) c.get("column_name"))
                    .flatMap(c -> jdbc.queryForList("select char_length(" + c + ") from " + table + " where " + c
                            + " like ? order by id desc limit 1", Integer.class, prefix + "%").stream().map(n -> c + " has " + n))
                    .toList();
            return "saved, but not found in " + table + " as typed (" + kept.length() + " chars; " + near + ")";
        }
        if (value instanceof Number n && n.doubleValue() < 0) {
            return "a negative number was accepted";
        }
        if (value instanceof LocalDate d) {
            List<String> dates = columns.stream().filter(c -> "date".equals(c.get("data_type")))
                    .map(c -> c.get("column_name") + " = ?").toList();
            Object[] args = dates.stream().map(x -> java.sql.Date.valueOf(d)).toArray();
            int found = dates.isEmpty() ? 0
                    : jdbc.queryForObject("select count(*) from " + table + " where " + String.join(" or ", dates), Integer.class, args);
            return found > 0 ? null : "saved, but the date " + d + " is not in " + table;
        }
        return null;
    }

    /** The text is on the page, and no element of the page holds markup made from it. */
    private static void assertRenderedAsText(Component root, String stored) {
        List<String> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        HostileForms.walk(root.getElement(), e -> {
            if (e.isTextNode()) {
                text.append(e.getText());
                return;
            }
            if (Set.of("script", "img", "iframe").contains(e.getTag()) && e.getAttribute("src") != null
                    && e.getAttribute("src").equals("x")) {
                problems.add("an <" + e.getTag() + "> element came from user text");
            }
            if (e.hasProperty("innerHTML")) {
                problems.add(e.getTag() + " sets innerHTML: " + e.getProperty("innerHTML"));
            }
            e.getPropertyNames().forEach(p -> {
                Object v = e.getPropertyRaw(p);
                if (v != null) {
                    text.append(' ').append(v);
                }
            });
            e.getAttributeNames().forEach(a -> text.append(' ').append(e.getAttribute(a)));
        });
        assertThat(problems).isEmpty();
        assertThat(text.toString()).as("the stored text is shown, escaped by Vaadin as text").contains("<script>alert('x')</script>");
    }

    private static String shortly(Object value) {
        String s = String.valueOf(value);
        s = s.codePoints().mapToObj(cp -> Character.isISOControl(cp) || cp == 0x202E || cp == 0x202C
                ? String.format("\\u%04X", cp) : Character.toString(cp)).collect(Collectors.joining());
        return s.length() > 40 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }
}
