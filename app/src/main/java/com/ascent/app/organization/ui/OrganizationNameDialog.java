package com.ascent.app.organization.ui;

import com.ascent.app.organization.Organization;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks for an organization's name, to create an organization or to rename one; a refusal (an empty
 * or taken name) is shown at the field and the dialog stays open.
 */
class OrganizationNameDialog extends Dialog {

    private final TextField name = new TextField();
    private final Function<String, Organization> save;
    private final Consumer<Organization> onSaved;

    /** Texts by translation key; {@code title} takes the organization's current name. */
    private OrganizationNameDialog(String titleKey, String helpKey, String saveKey, String currentName,
                                   Function<String, Organization> save, Consumer<Organization> onSaved) {
        this.save = save;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(titleKey, currentName));
        name.setId("organization-name");
        name.setLabel(getTranslation("organizations.name"));
        if (!helpKey.isEmpty()) {
            name.setHelperText(getTranslation(helpKey));
        }
        name.setValue(currentName);
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        name.setWidth("24rem");
        add(name);
        Button confirm = new Button(getTranslation(saveKey), e -> save());
        confirm.setId("save-organization-name");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        addOpenedChangeListener(e -> name.focus());
    }

    /** Creates an organization with the name typed. */
    static OrganizationNameDialog forCreation(Function<String, Organization> create, Consumer<Organization> onCreated) {
        return new OrganizationNameDialog("organizations.create.title", "organizations.create.help",
                "organizations.create.open", "", create, onCreated);
    }

    /** Renames {@code organization} to the name typed. */
    static OrganizationNameDialog forRenaming(Organization organization, Function<String, Organization> rename,
                                              Consumer<Organization> onRenamed) {
        return new OrganizationNameDialog("organizations.rename.title", "", "common.save", organization.name(),
                rename, onRenamed);
    }

    private void save() {
        try {
            Organization saved = save.apply(name.getValue());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException | ConcurrentEditException e) {
            name.setErrorMessage(getTranslation(e.getMessage()));
            name.setInvalid(true);
        }
    }
}
