package org.agora.web.people;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.ExpertiseVocabulary;
import org.agora.people.TagUsage;
import org.agora.shared.InvalidInputException;
import org.agora.web.faces.Messages;

/** Backs the expertise page: the topics people declare, and merging an alias into its tag (administrators). */
@Named
@ViewScoped
public class ExpertiseView implements Serializable {

    static final int TOPICS_SHOWN = 80;

    @Inject
    ExpertiseVocabulary vocabulary;

    private List<TagUsage> topics;
    private String alias;
    private String into;

    public List<TagUsage> getTopics() {
        if (topics == null) {
            topics = vocabulary.suggest("", TOPICS_SHOWN);
        }
        return topics;
    }

    public void merge() {
        try {
            int moved = vocabulary.merge(alias, into);
            Messages.info("“%s” now means “%s”; %d %s moved.".formatted(alias, vocabulary.resolve(into), moved,
                    moved == 1 ? "person" : "people"));
            alias = null;
            into = null;
            topics = null;
        } catch (InvalidInputException e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Only administrators merge topics.");
        }
    }

    public List<String> suggestTopics(String typed) {
        return vocabulary.suggest(typed, 10).stream().map(TagUsage::tag).toList();
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }
}
