package org.equicity.site;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The people module's pages name the city a role is held in, with names only other modules know. */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theAccountAndThePeopleAdministrationNameTheCityOfARole() throws Exception {
        var city = TestCities.create(context, "Namensstadt");
        var coordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));

        mvc.perform(get("/account").param("lang", "en").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("city Namensstadt")));
        mvc.perform(get("/admin/people")
                        .param("lang", "en")
                        .with(user(TestPeople.holding(context, RoleGrant.platformAdmin()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("city Namensstadt")));
    }
}
