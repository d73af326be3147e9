package fr.essor.rollout.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.essor.base.ui.DisplayFormats;
import fr.essor.base.ui.BoundForm;
import fr.essor.base.ui.Fields;
import fr.essor.base.ui.PartialDateField;
import fr.essor.base.ui.WholeNumberConverter;
import fr.essor.rollout.Deployment;
import fr.essor.rollout.GroupPolicy;
import fr.essor.rollout.Platform;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Creates or edits a deployment. The service checks the rules; this form only reads what was typed. */
class DeploymentForm extends BoundForm<Deployment> {

    private final TextField organisation = Fields.text("deployment.organisation");
    private final Select<Platform> platform = new Select<>();
    private final TextField platformName = Fields.text("deployment.platformName");
    private final PartialDateField launch = new PartialDateField(getTranslation("deployment.launch"));
    private final TextField headcount = Fields.number("deployment.headcount");
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>(getTranslation("deployment.countries"));
    private final TextField countriesCount = Fields.number("deployment.countriesCount");
    private final Select<GroupPolicy> groupPolicy = new Select<>();
    private final TextField professionalGroupsPct = Fields.number("deployment.professionalGroupsPct");
    private final TextField targetActivationPct = Fields.number("deployment.targetActivationPct");
    private final DatePicker targetDate = Fields.date("deployment.targetDate");
    private final TextArea notes = Fields.area("deployment.notes");
    private final TextField source = Fields.text("deployment.source");

    DeploymentForm() {
        super(Deployment.class);
        organisation.setRequired(true);
        platform.setLabel(getTranslation("deployment.platform"));
        platform.setItems(Platform.values());
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("platform.unknown"));
        platform.setItemLabelGenerator(value -> DeploymentLabels.platform(this, value));
        platformName.setHelperText(getTranslation("deployment.platformName.help"));
        launch.setHelperText(getTranslation("deployment.launch.help"));
        headcount.setRequired(true);
        countries.setItems(isoCountriesByName());
        countries.setItemLabelGenerator(code -> DisplayFormats.country(code, getLocale()));
        countriesCount.setHelperText(getTranslation("deployment.countriesCount.help"));
        groupPolicy.setLabel(getTranslation("deployment.groupPolicy"));
        groupPolicy.setItems(GroupPolicy.values());
        groupPolicy.setEmptySelectionAllowed(true);
        groupPolicy.setEmptySelectionCaption(getTranslation("groupPolicy.unknown"));
        groupPolicy.setItemLabelGenerator(value -> DeploymentLabels.groupPolicy(this, value));
        targetDate.setLocale(getLocale());

        bind();
        FormLayout layout = getContent();
        layout.add(organisation, headcount, platform, platformName, launch, countries, countriesCount,
                groupPolicy, professionalGroupsPct, targetActivationPct, targetDate, source, notes);
        layout.setColspan(launch, 2);
        layout.setColspan(countries, 2);
        layout.setColspan(notes, 2);
        layout.setColspan(source, 2);
    }

    private void bind() {
        String notANumber = getTranslation("validation.notANumber");
        String tooManyDigits = getTranslation("validation.tooManyDigits");
        binder.forField(organisation).asRequired(getTranslation("validation.required"))
                .bind(Deployment::getOrganisation, Deployment::setOrganisation);
        binder.forField(platform).bind(Deployment::getPlatform, Deployment::setPlatform);
        binder.forField(platformName).bind(Deployment::getPlatformName, Deployment::setPlatformName);
        binder.forField(launch)
                .withValidator(date -> !launch.isUnreadable(), getTranslation("validation.notAYear"))
                .bind(Deployment::getLaunch, Deployment::setLaunch);
        binder.forField(headcount).withConverter(new WholeNumberConverter(notANumber, tooManyDigits))
                .bind(Deployment::getHeadcount, Deployment::setHeadcount);
        binder.forField(countries).bind(Deployment::getPresentCountryCodes, Deployment::setPresentCountryCodes);
        binder.forField(countriesCount).withConverter(new WholeNumberConverter(notANumber, tooManyDigits))
                .bind(Deployment::getCountriesPresent, Deployment::setCountriesPresent);
        binder.forField(groupPolicy).bind(Deployment::getGroupPolicy, Deployment::setGroupPolicy);
        binder.forField(professionalGroupsPct).withConverter(new WholeNumberConverter(notANumber, tooManyDigits))
                .bind(Deployment::getProfessionalGroupsPct, Deployment::setProfessionalGroupsPct);
        binder.forField(targetActivationPct).withConverter(new WholeNumberConverter(notANumber, tooManyDigits))
                .bind(Deployment::getTargetActivationPct, Deployment::setTargetActivationPct);
        binder.forField(targetDate).bind(Deployment::getTargetDate, Deployment::setTargetDate);
        binder.forField(notes).bind(Deployment::getNotes, Deployment::setNotes);
        binder.forField(source).bind(Deployment::getSource, Deployment::setSource);

        showsViolationsOf("organisation", organisation);
        showsViolationsOf("platformName", platformName);
        showsViolationsOf("launch", launch);
        showsViolationsOf("headcount", headcount);
        showsViolationsOf("countriesPresent", countriesCount);
        showsViolationsOf("professionalGroupsPct", professionalGroupsPct);
        showsViolationsOf("targetActivationPct", targetActivationPct);
        showsViolationsOf("notes", notes);
        showsViolationsOf("source", source);
    }

    private List<String> isoCountriesByName() {
        return Arrays.stream(java.util.Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> DisplayFormats.country(code, getLocale())))
                .toList();
    }
}
