package org.agora.people;

import java.time.LocalDate;

import org.agora.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmployeeTest {

    private static Employee employee(String name) {
        return new Employee("E-" + name, name, name + "@agora.example", "Engineer", "Engineering",
                new Location("London", "United Kingdom"), LocalDate.of(2020, 1, 1));
    }

    @Test
    void refusesToReportToSomeoneFurtherDownTheChain() {
        Employee ceo = employee("Ceo");
        Employee head = employee("Head");
        Employee engineer = employee("Engineer");
        head.reportTo(ceo);
        engineer.reportTo(head);

        var refused = assertThrows(InvalidInputException.class, () -> ceo.reportTo(engineer));

        assertEquals("Ceo cannot report to Engineer, who already reports to them.", refused.getMessage());
    }

    @Test
    void refusesToBeTheirOwnManager() {
        Employee engineer = employee("Engineer");

        assertThrows(InvalidInputException.class, () -> engineer.reportTo(engineer));
    }

    @Test
    void movesToAnotherManagerOutsideTheirChain() {
        Employee ceo = employee("Ceo");
        Employee head = employee("Head");
        Employee engineer = employee("Engineer");
        head.reportTo(ceo);
        engineer.reportTo(ceo);

        engineer.reportTo(head);

        assertSame(head, engineer.getManager());
    }
}
