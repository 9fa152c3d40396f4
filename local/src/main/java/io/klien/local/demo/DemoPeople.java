package io.klien.local.demo;

/** The Keycloak subjects of the people in the demo firms. */
public record DemoPeople(String lena, String rudi, String maya, String dimas, String budi) {

    /** The demo accounts of the local realm (infra/keycloak/klien-realm.json), who sign in with a password. */
    public static final DemoPeople REALM = new DemoPeople("6b1e0000-0000-4000-8000-000000000002",
            "6b1e0000-0000-4000-8000-000000000003", "6b1e0000-0000-4000-8000-000000000004",
            "6b1e0000-0000-4000-8000-000000000005", "6b1e0000-0000-4000-8000-000000000006");
}
