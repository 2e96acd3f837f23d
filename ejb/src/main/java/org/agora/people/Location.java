package org.agora.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an employee works: a city in a country. */
@Embeddable
public record Location(
        @Column(name = "city", length = 120) String city,
        @Column(name = "country", length = 120) String country) {

    @Override
    public String toString() {
        return city == null ? country : country == null ? city : city + ", " + country;
    }
}
