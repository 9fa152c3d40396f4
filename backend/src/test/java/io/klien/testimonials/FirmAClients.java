package io.klien.testimonials;

import java.time.LocalDate;
import java.util.UUID;

import io.klien.clients.ClientContacts;
import io.klien.clients.ClientKind;
import io.klien.clients.Clients;
import io.klien.clients.ContactDetails;
import io.klien.projects.MilestoneView;
import io.klien.projects.NewMilestone;
import io.klien.projects.NewProject;
import io.klien.projects.ProjectKind;
import io.klien.projects.ProjectPlans;
import io.klien.projects.ProjectView;
import io.klien.projects.Projects;
import io.klien.projects.SatisfactionCheckins;
import io.klien.shared.tenant.TenantContext.Scope;
import io.klien.tenancy.TwoFirms;

/** Clients of firm A for the testimonial tests: fresh ones, their contacts, and projects their users rated. */
record FirmAClients(TwoFirms firms, Clients clients, ClientContacts contacts, Projects projects, ProjectPlans plans,
        SatisfactionCheckins checkins) {

    UUID newClient() {
        return firms.asSystem(firms.firmA,
                () -> clients.create("Client " + UUID.randomUUID(), ClientKind.ORGANIZATION).id());
    }

    UUID contact(UUID client, String name, String email, boolean primary) {
        return firms.as(firms.staffOfA(),
                () -> contacts.addContact(client, new ContactDetails(name, email, null, null), primary).id());
    }

    ProjectView project(UUID client, String title) {
        return firms.as(firms.staffOfA(), () -> projects.create(new NewProject(client, ProjectKind.MATTER, title,
                LocalDate.of(2027, 1, 1), null, null)));
    }

    /** A project of the client with a completed milestone its user rated. */
    ProjectView ratedProject(UUID client, int score) {
        ProjectView project = project(client, "Matter");
        MilestoneView step = firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(),
                new NewMilestone("Step", null, true, null)));
        firms.as(firms.staffOfA(), () -> plans.addMilestone(project.id(), new NewMilestone("Next", null, true, null)));
        firms.as(firms.staffOfA(), () -> plans.completeMilestone(step.id()));
        firms.as(Scope.member(firms.firmA, "rater-" + UUID.randomUUID(), "CLIENT", client, false),
                () -> checkins.rate(step.id(), score, null));
        return project;
    }
}
