package eu.cohesion.kit.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which methods a path answers, for the {@code Allow} header of a 405 (RFC 9110 §15.5.6): the REST
 * layer refuses the method but does not say which ones would be accepted.
 */
@ApplicationScoped
public class AllowedMethods {

  private record Route(Pattern path, String method) {}

  /** {@code {name}} or {@code {name: regex}} in a JAX-RS path template. */
  private static final Pattern PARAMETER =
      Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

  private final List<Route> routes;

  AllowedMethods(BeanManager beans) {
    List<Route> found = new ArrayList<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        String httpMethod = httpMethod(m);
        if (httpMethod != null) {
          Path sub = m.getAnnotation(Path.class);
          found.add(
              new Route(template(join(root.value(), sub == null ? "" : sub.value())), httpMethod));
        }
      }
    }
    this.routes = List.copyOf(found);
  }

  /** The {@code Allow} value for this path, or null if no resource has it. */
  public String forPath(String path) {
    Set<String> methods = new TreeSet<>();
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Route route : routes) {
      if (route.path().matcher(normalised).matches()) {
        methods.add(route.method());
      }
    }
    if (methods.isEmpty()) {
      return null;
    }
    if (methods.contains(HttpMethod.GET)) {
      methods.add(HttpMethod.HEAD);
    }
    methods.add(HttpMethod.OPTIONS);
    return String.join(", ", methods);
  }

  private static String httpMethod(Method m) {
    for (var annotation : m.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String root, String sub) {
    String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PARAMETER.matcher(path);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(last, m.start())));
      regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
      last = m.end();
    }
    regex.append(Pattern.quote(path.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
