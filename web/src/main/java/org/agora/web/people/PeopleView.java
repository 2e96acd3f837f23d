package org.agora.web.people;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agora.people.ExpertiseVocabulary;
import org.agora.people.TagUsage;
import org.agora.search.PeopleQuery;
import org.agora.search.PeopleResults;
import org.agora.search.PeopleResults.Facet;
import org.agora.search.PeopleSearch;
import org.agora.search.PersonHit;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs the people directory: one search box for "who knows X?", a name or a title, refined by tag, place and
 * department, listed a page at a time from Elasticsearch by relevance or by name.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    static final String DIRECTORY = "people:directory";

    @Inject
    PeopleSearch peopleSearch;

    @Inject
    ExpertiseVocabulary vocabulary;

    private String text;
    private String tag;
    private String location;
    private String department;
    private PeopleQuery.Order order;
    private List<SelectItem> locations = List.of();
    private List<SelectItem> departments = List.of();
    private boolean available = true;
    private final People people = new People();

    @PostConstruct
    void load() {
        PeopleResults everyone = peopleSearch.search(new PeopleQuery(null, null, null, null, null, 0, 0));
        available = everyone.available();
        departments = options(everyone.departments());
        // a city-state is both a city and a country: offer it once, with the country's count
        Map<Object, SelectItem> places = new LinkedHashMap<>();
        options(everyone.countries()).forEach(place -> places.put(place.getValue(), place));
        options(everyone.cities()).forEach(place -> places.putIfAbsent(place.getValue(), place));
        locations = places.values().stream()
                .sorted((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel())).toList();
    }

    private static List<SelectItem> options(List<Facet> facets) {
        return facets.stream()
                .map(facet -> new SelectItem(facet.value(), "%s (%,d)".formatted(facet.value(), facet.count())))
                .toList();
    }

    /** Runs the search again from the first page; the table reloads itself when it renders. */
    public void find() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(DIRECTORY);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Typeahead for the tag filter: existing tags, the most declared first. */
    public List<String> suggestTags(String typed) {
        return vocabulary.suggest(typed, 10).stream().map(TagUsage::tag).toList();
    }

    PeopleQuery query(int page, int size) {
        return new PeopleQuery(text, tag, location, department, order, page, size);
    }

    /** One page of people at a time, counted first so the paginator knows how many pages there are. */
    public final class People extends LazyDataModel<PersonHit> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            PeopleResults counted = peopleSearch.search(query(0, 0));
            available = counted.available();
            return (int) Math.min(counted.total(), 10_000);
        }

        @Override
        public List<PersonHit> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            PeopleResults page = peopleSearch.search(query(first / pageSize, pageSize));
            available = page.available();
            return page.hits();
        }

        @Override
        public String getRowKey(PersonHit person) {
            return String.valueOf(person.id());
        }

        @Override
        public PersonHit getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(person -> String.valueOf(person.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public People getPeople() {
        return people;
    }

    public boolean isAvailable() {
        return available;
    }

    public boolean isSearching() {
        return text != null && !text.isBlank();
    }

    public List<SelectItem> getLocations() {
        return locations;
    }

    public List<SelectItem> getDepartments() {
        return departments;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getOrder() {
        return order == null ? "" : order.name().toLowerCase(Locale.ROOT);
    }

    public void setOrder(String order) {
        this.order = order == null || order.isBlank() ? null : PeopleQuery.Order.valueOf(order.toUpperCase(Locale.ROOT));
    }
}
