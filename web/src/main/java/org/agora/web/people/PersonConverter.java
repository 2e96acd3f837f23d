package org.agora.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.PeopleDirectory;
import org.agora.people.PersonSummary;
import org.agora.shared.NotFoundException;

/**
 * Lets a person picker carry a colleague by id; an id that names nobody is a conversion error, not a crash. A CDI
 * bean referenced as {@code converter="#{personConverter}"}, so that its injection is certain.
 */
@Named
@ApplicationScoped
public class PersonConverter implements Converter<PersonSummary> {

    @Inject
    PeopleDirectory directory;

    @Override
    public PersonSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.summary(Long.parseLong(value.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose a colleague from the suggestions.", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonSummary person) {
        return person == null ? "" : String.valueOf(person.id());
    }
}
