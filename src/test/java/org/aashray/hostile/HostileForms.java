package org.aashray.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aashray.base.TextInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The table-driven hostile-input run of issue #11, shared by the per-feature classes of this package (the first
 * forms, intake to staff account, are in {@link HostileInputTest}). Each subclass lists its forms; every editable text, number and date
 * field a form shows is found by walking its component tree, and each hostile value of the field's kind is typed
 * into a freshly opened, otherwise valid form and saved. Expected, per value:
 * <ul>
 * <li>no exception escapes the click and the session's error handler is not called (a server error);</li>
 * <li>either the field is marked invalid with a message and the form's table is unchanged (checksum), or</li>
 * <li>the form saved, and the value is in the table exactly as typed after {@link TextInput#clean} (and the
 * feature's documented trimming, see {@link #kept}); a negative number or a date in year 0 or 9999 that is
 * stored counts as a failure;</li>
 * <li>after a stored script, no element of the page holds markup made from it (it is shown as text).</li>
 * </ul>
 */
abstract class HostileForms extends SpringBrowserlessTest {

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

    /** Numbers typed into number fields. */
    static final List<Integer> HOSTILE_NUMBERS = List.of(-1, -2147483648, 2147483647);

    /** Dates typed into date pickers, and at midday into date-and-time pickers. */
    static final List<LocalDate> HOSTILE_DATES = List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));

    @Autowired protected JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    protected final AtomicInteger counter = new AtomicInteger();
    private final List<String> serverErrors = new ArrayList<>();

    /** One opened, validly filled form: its root (dialog, tab or view), its save button, how to tell it saved. */
    record Opened(Component root, Button save, Supplier<Boolean> saved) {
    }

    /**
     * A form of the app: who uses it, how to open it filled with valid values, the table it writes, and how to
     * tell a value was stored exactly (null: in any text/date column of the table; else a check returning null
     * when stored, or what is wrong).
     */
    record Form(String name, String username, Supplier<Opened> open, String table,
                BiFunction<String, Object, String> stored, Predicate<String> skip) {
        Form(String name, String username, Supplier<Opened> open, String table) {
            this(name, username, open, table, null, f -> false);
        }

        Form storedBy(BiFunction<String, Object, String> check) {
            return new Form(name, username, open, table, check, skip);
        }

        /** Leaves out fields (by key) the form fills itself or that belong to another form of the table. */
        Form without(String... keys) {
            Set<String> left = Set.of(keys);
            return new Form(name, username, open, table, stored, f -> skip.test(f) || left.contains(f));
        }

        /** Keeps only these fields (by key): the root shows fields of other forms too. */
        Form only(String... keys) {
            Set<String> kept = Set.of(keys);
            return new Form(name, username, open, table, stored, f -> skip.test(f) || !kept.contains(f));
        }
    }

    /** The totals of one form. */
    record Count(String form, int fields, int refused, int stored, int errors, int beyondMaxLength) {
    }

    static final Map<String, Count> TOTALS = new LinkedHashMap<>();

    protected abstract List<Form> forms();

    /** Creates what the forms need (runs once per test, before the forms, logged in as nobody). */
    protected void prepare() {
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void hostile_values_in_every_field_are_refused_with_a_message_or_stored_exactly() {
        prepare();
        List<String> failures = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        String only = System.getProperty("hostile.only", "");
        for (Form form : forms()) {
            if (!only.isEmpty() && java.util.Arrays.stream(only.split("\\|")).noneMatch(form.name()::contains)) {
                continue; // while working on some forms: -Dhostile.only='part of a name|part of another'
            }
            logIn(form.username());
            List<String> keys;
            try {
                keys = fieldsOf(form.open().get().root()).keySet().stream().filter(k -> !form.skip().test(k)).toList();
                closeDialogs();
            } catch (RuntimeException e) {
                failures.add(form.name() + ": the form did not open: " + e);
                e.printStackTrace();
                continue;
            }
            if (keys.isEmpty()) {
                failures.add(form.name() + ": no fields found");
            }
            int refused = 0;
            int stored = 0;
            int errors = 0;
            int beyondMaxLength = 0;
            for (String key : keys) {
                List<?> values;
                try {
                    HasValue<?, ?> probe = fieldsOf(form.open().get().root()).get(key);
                    values = valuesFor(probe);
                    closeDialogs();
                } catch (RuntimeException e) {
                    failures.add(form.name() + " / " + key + ": the form did not open again: " + e);
                    continue;
                }
                for (Object value : values) {
                    String label = form.name() + " / " + key + " = " + shortly(value);
                    serverErrors.clear();
                    try {
                        Opened opened = form.open().get();
                        HasValue<?, ?> field = fieldsOf(opened.root()).get(key);
                        if (field == null) {
                            failures.add(label + ": the field is gone when the form is opened again");
                            continue;
                        }
                        Object sent = asTyped(field, value);
                        if (sent != value) {
                            beyondMaxLength++; // a browser cuts it at the field's maximum length: that is what is sent
                        }
                        try {
                            set(field, sent);
                        } catch (IllegalArgumentException outsideMinMax) {
                            refused++; // the field itself does not take it (its min/max), as in a browser
                            continue;
                        }
                        if (!Objects.equals(field.getValue(), sent)) {
                            refused++; // the field itself did not take it
                            continue;
                        }
                        String before = checksum(form.table());
                        opened.save().click();
                        boolean saved = opened.saved().get();
                        if (!serverErrors.isEmpty()) {
                            failures.add(label + ": server error " + serverErrors);
                            errors++;
                        } else if (field instanceof HasValidation v && v.isInvalid()) {
                            if (v.getErrorMessage() == null || v.getErrorMessage().isBlank()) {
                                failures.add(label + ": refused without a message");
                            }
                            if (saved || !checksum(form.table()).equals(before)) {
                                failures.add(label + ": refused, but something was saved");
                            }
                            refused++;
                        } else if (saved) {
                            String problem = form.stored() != null ? form.stored().apply(key, sent)
                                    : storedExactly(form.table(), kept(sent));
                            if (problem == null) {
                                problem = implausible(sent);
                            }
                            if (problem == null && sent instanceof String s && s.contains("<")) {
                                closeDialogs();
                                form.open().get();
                                problem = markupFrom(UI.getCurrent().getElement());
                            }
                            if (problem != null) {
                                failures.add(label + ": " + problem);
                            }
                            stored++;
                        } else {
                            String others = invalidFields(UI.getCurrent());
                            failures.add(label + ": neither saved nor a message next to the field"
                                    + (others.isEmpty() ? "" : " (messages on: " + others + ")") + notifications());
                        }
                    } catch (RuntimeException e) {
                        failures.add(label + ": server error " + e);
                        e.printStackTrace();
                        errors++;
                    } finally {
                        closeDialogs();
                    }
                }
            }
            counts.add(new Count(form.name(), keys.size(), refused, stored, errors, beyondMaxLength));
        }
        System.out.println("[hostile] " + getClass().getSimpleName() + ": " + HOSTILE_TEXT.size() + " texts, "
                + HOSTILE_NUMBERS.size() + " numbers, " + HOSTILE_DATES.size() + " dates x forms:");
        int[] total = new int[5];
        for (Count c : counts) {
            System.out.println("[hostile]   " + c.form() + ": " + c.fields() + " fields, " + c.refused() + " refused with a message, "
                    + c.stored() + " stored exactly, " + c.errors() + " server errors, " + c.beyondMaxLength()
                    + " of them cut at the field's maximum length as a browser does");
            total[0] += c.fields();
            total[1] += c.refused();
            total[2] += c.stored();
            total[3] += c.errors();
            total[4] += c.beyondMaxLength();
        }
        System.out.println("[hostile]   total " + counts.size() + " forms: " + total[0] + " fields, " + total[1] + " refused, "
                + total[2] + " stored, " + total[3] + " server errors (" + total[4] + " values cut at a maximum length)");
        failures.forEach(f -> System.out.println("[hostile] FAIL " + f));
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------------ for the subclasses

    /** How the feature keeps a typed text: by default {@link TextInput#clean} and trimmed, runs of spaces as one. */
    protected Object kept(Object value) {
        if (value instanceof String s) {
            String clean = TextInput.clean(s).trim().replaceAll("\\s+", " ");
            return clean;
        }
        return value;
    }

    /** Opens a view afresh: navigating to the route already shown would keep the old view and its values. */
    protected void open(String route) {
        UI.getCurrent().navigate("alerts");
        UI.getCurrent().navigate(route);
    }

    protected Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    protected Dialog openDialog() {
        return find(Dialog.class).all().stream().filter(Dialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    protected void closeDialogs() {
        find(Dialog.class).all().forEach(Dialog::close);
        find(Notification.class).all().forEach(Notification::close);
    }

    /** Selects the tab of a {@link TabSheet} by its label. */
    protected void selectTab(TabSheet sheet, String label) {
        for (int i = 0; i < 50; i++) {
            var tab = sheet.getTabAt(i);
            if (tab == null) {
                break;
            }
            if (label.equals(tab.getLabel())) {
                sheet.setSelectedIndex(i);
                roundTrip(); // the sheet attaches the selected tab's content before the response
                return;
            }
        }
        throw new IllegalStateException("no tab " + label);
    }

    protected Component byId(String id) {
        return find(Component.class).id(id);
    }

    /** The first button under the root whose text is the given one (e.g. a dialog footer's Save). */
    protected Button button(Component root, String text) {
        List<Button> found = new ArrayList<>();
        walkComponents(root, c -> {
            if (c instanceof Button b && text.equals(b.getText())) {
                found.add(b);
            }
        });
        if (root instanceof Dialog d) {
            walk(d.getFooter().getElement(), e -> e.getComponent().ifPresent(c -> {
                if (c instanceof Button b && text.equals(b.getText())) {
                    found.add(b);
                }
            }));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no button " + text + " in " + root.getClass().getSimpleName());
        }
        return found.getFirst();
    }

    protected Opened dialogForm(Runnable openIt, String saveText) {
        openIt.run();
        Dialog dialog = openDialog();
        return new Opened(dialog, button(dialog, saveText), () -> !dialog.isOpened());
    }

    /** A success notification is showing (forms that stay open after saving). */
    protected boolean savedNotice() {
        return find(Notification.class).all().stream().anyMatch(n -> n.isOpened()
                && n.getElement().getThemeList().contains("success"));
    }

    /** What the session's error handler was told since the last {@link #logIn} or clear. */
    protected List<String> serverErrors() {
        return serverErrors;
    }

    /** The text of the notifications showing now, with the given theme ("error", "success"). */
    protected String notices(String theme) {
        return find(Notification.class).all().stream().filter(n -> n.isOpened() && n.getElement().getThemeList().contains(theme))
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .collect(Collectors.joining(" | "));
    }

    protected String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    protected void choose(Object component, String label) {
        if (component instanceof Select<?> select) {
            test(select).selectItem(label);
        } else {
            test((ComboBox<?>) component).selectItem(label);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void chooseFirst(Object component) {
        if (component instanceof Select select) {
            select.setValue(select.getListDataView().getItem(0));
        } else {
            ComboBox combo = (ComboBox) component;
            combo.setValue(combo.getListDataView().getItem(0));
        }
    }

    protected void logIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        var handler = VaadinSession.getCurrent().getErrorHandler();
        VaadinSession.getCurrent().setErrorHandler(event -> {
            serverErrors.add(String.valueOf(event.getThrowable()));
            if (handler != null) {
                handler.error(event);
            }
        });
    }

    protected static Object get(Object owner, String name) {
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void set(HasValue<?, ?> field, Object value) {
        if (field instanceof TextField t) {
            test(t).setValue((String) value);
        } else if (field instanceof TextArea t) {
            test(t).setValue((String) value);
        } else if (field instanceof IntegerField t) {
            test(t).setValue((Integer) value);
        } else if (field instanceof DatePicker t) {
            test(t).setValue((LocalDate) value);
        } else if (field instanceof DateTimePicker t) {
            test(t).setValue((LocalDateTime) value);
        } else if (field instanceof ComboBox c && value instanceof String s && c.isAllowCustomValue()) {
            ComponentUtil.fireEvent(c, new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(c, true, s));
        } else {
            ((HasValue) field).setValue(value);
        }
    }

    /** Sets a field found by key (id, label or Java field name) under the root. */
    protected void fill(Component root, String key, Object value) {
        HasValue<?, ?> field = fieldsOf(root).get(key);
        if (field == null) {
            field = allValueFields(root).get(key);
        }
        if (field == null) {
            throw new IllegalStateException("no field " + key + " in " + root.getClass().getSimpleName()
                    + ", only " + allValueFields(root).keySet());
        }
        set(field, value);
    }

    protected HasValue<?, ?> valueField(Component root, String key) {
        HasValue<?, ?> field = allValueFields(root).get(key);
        if (field == null) {
            throw new IllegalStateException("no field " + key + " in " + root.getClass().getSimpleName()
                    + ", only " + allValueFields(root).keySet());
        }
        return field;
    }

    protected long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    // ------------------------------------------------------------------ the field walk

    /** Every value field under the root (including selects), by key. */
    protected static Map<String, HasValue<?, ?>> allValueFields(Component root) {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        Map<Object, String> javaNames = javaNames(root);
        walkComponents(root, c -> {
            if (c instanceof HasValue<?, ?> v && c != root) {
                fields.putIfAbsent(keyOf(c, javaNames), v);
            }
        });
        return fields;
    }

    /** The form's editable text, number, date and date-and-time fields under the root, by key: id, else label, else Java field. */
    protected static Map<String, HasValue<?, ?>> fieldsOf(Component root) {
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        Map<Object, String> javaNames = javaNames(root);
        walkComponents(root, c -> {
            if (!(c instanceof HasValue<?, ?> value)) {
                return;
            }
            boolean kind = c instanceof TextField || c instanceof TextArea || c instanceof EmailField
                    || c instanceof IntegerField || c instanceof NumberField || c instanceof BigDecimalField
                    || c instanceof DatePicker || c instanceof DateTimePicker
                    || c instanceof ComboBox<?> combo && combo.isAllowCustomValue();
            boolean part = c.getParent().orElse(null) instanceof DateTimePicker; // its date and time halves: one field
            if (!kind || part || c instanceof PasswordField || value.isReadOnly() || !c.getElement().isEnabled() || !shown(c, root)) {
                return;
            }
            fields.putIfAbsent(keyOf(c, javaNames), value);
        });
        return fields;
    }

    private static boolean shown(Component c, Component root) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
            if (at == root) {
                return true;
            }
        }
        return root instanceof Dialog;
    }

    private static String keyOf(Component c, Map<Object, String> javaNames) {
        if (c.getId().isPresent()) {
            return c.getId().get();
        }
        if (javaNames.containsKey(c)) {
            return javaNames.get(c);
        }
        if (c instanceof HasLabel l && l.getLabel() != null && !l.getLabel().isBlank()) {
            return l.getLabel();
        }
        return c.getClass().getSimpleName() + "@" + System.identityHashCode(c);
    }

    private static Map<Object, String> javaNames(Component root) {
        Map<Object, String> names = new java.util.IdentityHashMap<>();
        for (Class<?> k = root.getClass(); k != null && k != Component.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (HasValue.class.isAssignableFrom(f.getType()) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    Object v = get(root, f.getName());
                    if (v != null) {
                        names.putIfAbsent(v, f.getName());
                    }
                }
            }
        }
        return names;
    }

    protected static void walkComponents(Component c, Consumer<Component> visit) {
        visit.accept(c);
        c.getChildren().forEach(child -> walkComponents(child, visit));
    }

    /** What reaches the server from a browser: a field with a maximum length takes no more characters. */
    private static Object asTyped(HasValue<?, ?> field, Object value) {
        int max = field instanceof TextField t ? t.getMaxLength() : field instanceof TextArea a ? a.getMaxLength()
                : field instanceof EmailField e ? e.getMaxLength() : 0;
        if (value instanceof String s && max > 0 && s.length() > max) {
            int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max; // not half an emoji
            return s.substring(0, end);
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
        if (field instanceof BigDecimalField) {
            return HOSTILE_NUMBERS.stream().map(BigDecimal::valueOf).toList();
        }
        if (field instanceof DatePicker) {
            return HOSTILE_DATES;
        }
        if (field instanceof DateTimePicker) {
            return HOSTILE_DATES.stream().map(d -> d.atTime(12, 0)).toList(); // midday: the same day in every zone
        }
        return HOSTILE_TEXT;
    }

    // ------------------------------------------------------------------ checks

    protected String checksum(String table) {
        if (table == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        for (String t : table.split(",")) {
            all.append(jdbc.queryForMap("checksum table " + t.trim()).get("Checksum")).append('/');
        }
        return all.toString();
    }

    /** A negative number or a date in year 0 or 9999 is no record anybody meant to keep. */
    private static String implausible(Object value) {
        if (value instanceof Number n && n.doubleValue() < 0) {
            return "a negative number was accepted";
        }
        if (value instanceof LocalDate d && (d.getYear() < 1900 || d.getYear() > 2200)) {
            return "the date " + d + " was accepted";
        }
        if (value instanceof LocalDateTime t && (t.getYear() < 1900 || t.getYear() > 2200)) {
            return "the date and time " + t + " was accepted";
        }
        return null;
    }

    /** Null when the value is in some text or date column of the table exactly; otherwise what is wrong. */
    protected String storedExactly(String table, Object value) {
        List<String> problems = new ArrayList<>();
        for (String t : table.split(",")) {
            String p = storedExactlyIn(t.trim(), value);
            if (p == null) {
                return null;
            }
            problems.add(p);
        }
        return String.join("; ", problems);
    }

    private String storedExactlyIn(String table, Object value) {
        List<Map<String, Object>> columns = jdbc.queryForList("select column_name, data_type from information_schema.columns"
                + " where table_schema = database() and table_name = ?", table);
        if (value instanceof String kept) {
            List<String> text = columns.stream().filter(c -> Set.of("varchar", "text", "char", "mediumtext", "longtext")
                    .contains(c.get("data_type"))).map(c -> "binary " + c.get("column_name") + " = ?").toList();
            Object[] args = text.stream().map(x -> kept).toArray();
            int found = jdbc.queryForObject("select count(*) from " + table + " where " + String.join(" or ", text), Integer.class, args);
            if (found > 0) {
                return null;
            }
            return "saved, but not found in " + table + " as typed (" + kept.length() + " chars)";
        }
        if (value instanceof Number) {
            return null;
        }
        if (value instanceof LocalDate d) {
            List<String> dates = columns.stream().filter(c -> "date".equals(c.get("data_type")))
                    .map(c -> c.get("column_name") + " = ?").toList();
            Object[] args = dates.stream().map(x -> java.sql.Date.valueOf(d)).toArray();
            int found = dates.isEmpty() ? 0
                    : jdbc.queryForObject("select count(*) from " + table + " where " + String.join(" or ", dates), Integer.class, args);
            return found > 0 ? null : "saved, but the date " + d + " is not in " + table;
        }
        if (value instanceof LocalDateTime t) {
            // a moment is kept in UTC (hibernate.jdbc.time_zone); a local date and time as typed
            DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            String local = t.format(minutes);
            String utc = LocalDateTime.ofInstant(t.atZone(ZoneId.systemDefault()).toInstant(), ZoneOffset.UTC).format(minutes);
            List<String> moments = columns.stream().filter(c -> Set.of("datetime", "timestamp").contains(c.get("data_type")))
                    .map(c -> "date_format(" + c.get("column_name") + ", '%Y-%m-%d %H:%i') in (?, ?)").toList();
            Object[] args = moments.stream().flatMap(x -> java.util.stream.Stream.of(local, utc)).toArray();
            int found = moments.isEmpty() ? 0
                    : jdbc.queryForObject("select count(*) from " + table + " where " + String.join(" or ", moments), Integer.class, args);
            return found > 0 ? null : "saved, but the date and time " + t + " is not in " + table;
        }
        return null;
    }

    /** The fields under {@code root} showing a message, with their messages. */
    static String invalidFields(Component root) {
        List<String> names = new ArrayList<>();
        walk(root.getElement(), e -> {
            if (!e.isTextNode()) {
                e.getComponent().ifPresent(c -> {
                    if (c instanceof HasValidation v && v.isInvalid()) {
                        names.add(c.getClass().getSimpleName() + ":" + v.getErrorMessage());
                    }
                });
            }
        });
        return String.join(", ", names);
    }

    private String notifications() {
        String texts = find(Notification.class).all().stream().filter(Notification::isOpened)
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .collect(Collectors.joining(" | "));
        return texts.isBlank() ? "" : " (notification: " + texts + ")";
    }

    static void walk(Element e, Consumer<Element> visit) {
        visit.accept(e);
        e.getChildren().forEach(c -> walk(c, visit));
    }

    /** Null when no element of the page holds markup made from user text. */
    static String markupFrom(Element root) {
        List<String> problems = new ArrayList<>();
        walk(root, e -> {
            if (e.isTextNode()) {
                return;
            }
            if (Set.of("script", "img", "iframe").contains(e.getTag()) && "x".equals(e.getAttribute("src"))) {
                problems.add("an <" + e.getTag() + "> element came from user text");
            }
            if (e.hasProperty("innerHTML") && String.valueOf(e.getProperty("innerHTML")).matches("(?s).*<(script|img).*")) {
                problems.add(e.getTag() + " sets innerHTML: " + e.getProperty("innerHTML"));
            }
        });
        return problems.isEmpty() ? null : "a stored script is rendered as HTML: " + problems;
    }

    static String shortly(Object value) {
        String s = String.valueOf(value);
        s = s.codePoints().mapToObj(cp -> Character.isISOControl(cp) || cp == 0x202E || cp == 0x202C
                ? String.format("\\u%04X", cp) : Character.toString(cp)).collect(Collectors.joining());
        return s.length() > 40 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }
}
