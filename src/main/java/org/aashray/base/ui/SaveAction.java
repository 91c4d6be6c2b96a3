package org.aashray.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;

/**
 * The one way a form saves: clear the old messages, call the service; when it saves, say so and go on (close
 * the dialog, refresh the list); when it refuses the input, put each message next to its field and keep what
 * she typed; when someone else saved the record first, say so and overwrite nothing.
 * <pre>{@code
 * SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> homes.save(binder.getBean()));
 * }</pre>
 */
public final class SaveAction {

    private final Component form;
    private final Map<String, ? extends HasValidation> fields;
    private String successKey = "common.saved";
    private Object[] successArgs = {};
    private String concurrentKey = "common.concurrentEdit";
    private Dialog closing;
    private Runnable then = () -> { };
    private Runnable reload = () -> { };

    private SaveAction(Component form, Map<String, ? extends HasValidation> fields) {
        this.form = form;
        this.fields = fields;
    }

    /** A save for this form; {@code fields} maps the service's field names to the form's inputs. */
    public static SaveAction of(Component form, Map<String, ? extends HasValidation> fields) {
        return new SaveAction(form, fields);
    }

    public static SaveAction of(Component form) {
        return new SaveAction(form, Map.of());
    }

    /** The confirmation's translation key (default "Saved"); {@code null} for none. */
    public SaveAction success(String key, Object... args) {
        this.successKey = key;
        this.successArgs = args;
        return this;
    }

    /** The translation key for someone else's newer save, where the form says more than the common message. */
    public SaveAction concurrent(String key) {
        this.concurrentKey = key;
        return this;
    }

    /** Closes this dialog once saved. */
    public SaveAction closing(Dialog dialog) {
        this.closing = dialog;
        return this;
    }

    /** What follows a save, after the dialog is closed (e.g. refresh the list behind it). */
    public SaveAction then(Runnable then) {
        this.then = then;
        return this;
    }

    /**
     * What to show again when someone else saved first: what the screen shows is out of date, so it is reloaded
     * before the message says why nothing was saved, and her next save starts from the other person's.
     */
    public SaveAction reloading(Runnable reload) {
        this.reload = reload;
        return this;
    }

    /** Runs the save; true when it saved. */
    public boolean run(Runnable save) {
        FieldErrors.clear(fields);
        try {
            save.run();
        } catch (ValidationException e) {
            FieldErrors.show(form, e, fields);
            return false;
        } catch (ConcurrentEditException e) {
            reload.run();
            Notifications.error(form.getTranslation(concurrentKey));
            return false;
        }
        if (successKey != null) {
            Notifications.success(form.getTranslation(successKey, successArgs));
        }
        if (closing != null) {
            closing.close();
        }
        then.run();
        return true;
    }
}
