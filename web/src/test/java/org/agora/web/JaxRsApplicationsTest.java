package org.agora.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

import org.agora.web.api.AgoraApi;
import org.agora.web.scim.ScimApi;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The WAR holds two JAX-RS applications, the REST API and SCIM. Each lists its classes, since RESTEasy gives one that
 * lists nothing every resource and provider of the WAR; these tests read the compiled classes, so a resource added
 * to a package but not to its application fails here rather than answering 404 in production.
 */
class JaxRsApplicationsTest {

    private static final String API = "org.agora.web.api.";
    private static final String SCIM = "org.agora.web.scim.";

    @Test
    void theRestApiListsEveryResourceAndProviderOfItsPackage() {
        assertListsExactly(new AgoraApi(), jaxRsClassesUnder(API));
    }

    @Test
    void scimListsEveryResourceAndProviderOfItsPackage() {
        assertListsExactly(new ScimApi(), jaxRsClassesUnder(SCIM));
    }

    @Test
    void everyResourceAndProviderLivesInTheRestApiOrInScim() {
        List<String> elsewhere = jaxRsClassesUnder("org.agora.web.").stream()
                .map(Class::getName)
                .filter(name -> !name.startsWith(API) && !name.startsWith(SCIM))
                .sorted()
                .toList();

        assertEquals(List.of(), elsewhere, "only AgoraApi and ScimApi would publish these, and neither lists them");
    }

    private static void assertListsExactly(Application application, Set<Class<?>> inItsPackage) {
        Set<String> listed = names(application.getClasses());
        Set<String> unlisted = names(inItsPackage);
        unlisted.removeAll(listed);
        Set<String> foreign = new TreeSet<>(listed);
        foreign.removeAll(names(inItsPackage));

        assertEquals(Set.of(), unlisted, "not in " + application.getClass().getSimpleName() + ".getClasses(), so unreachable");
        assertEquals(Set.of(), foreign, "listed by " + application.getClass().getSimpleName()
                + " but not a resource or provider of its package");
    }

    /** Root resources and providers among the compiled classes of {@code packagePrefix} and the packages under it. */
    private static Set<Class<?>> jaxRsClassesUnder(String packagePrefix) {
        Path classes = compiledClasses();
        try (Stream<Path> files = Files.walk(classes.resolve(packagePrefix.replace('.', '/')))) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(JaxRsApplicationsTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compiledClasses() {
        try {
            return Path.of(AgoraApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JaxRsApplicationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
