package org.equicity.site.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.city.Cities;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MyWorkPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    @Test
    void aPersonSeesEveryRoleTheyHoldWithThePlaceAndTheWayThere() throws Exception {
        var coordinated = TestCities.create(context, "Koordinationsstadt");
        var served = TestCities.create(context, "Dienststadt");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var department = TestCities.as(admin, () -> cities.addDepartment(served.id(), "Wohnungsamt"));
        var person = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, coordinated.id()),
                RoleGrant.departmentContact(served.id(), department.id()));

        mvc.perform(get("/me").param("lang", "en").with(user(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("City coordinator")))
                .andExpect(content().string(containsString("href=\"/manage/cities/" + coordinated.slug() + "\"")))
                .andExpect(content().string(containsString("Department contact")))
                .andExpect(content().string(containsString("(Wohnungsamt)")));
    }

    @Test
    void someoneWithoutRolesIsToldWhomToAsk() throws Exception {
        mvc.perform(get("/me").param("lang", "en").with(user(TestPeople.holding(context))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You hold no role yet")));
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get("/me")).andExpect(status().is3xxRedirection());
    }
}
