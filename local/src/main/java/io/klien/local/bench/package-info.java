/**
 * Capacity benchmark support for ./klien bench capacity and its tests: a population of firms with staff and portal
 * users provisioned through the app's own path (Keycloak admin API + memberships), and the simplest signed-in Vaadin
 * view as the ceiling. Lives in the local module, so never in the deployable jar.
 */
@NullMarked
package io.klien.local.bench;

import org.jspecify.annotations.NullMarked;
