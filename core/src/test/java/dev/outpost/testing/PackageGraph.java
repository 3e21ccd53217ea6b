package dev.outpost.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency graph between the top-level packages under a root package ({@code dev.outpost}:
 * {@code model}, {@code io}, ...; {@code dev.outpost.sim}: {@code engine}, {@code fleet}, ...), built
 * from compiled classes, and its cycles: the strongly connected components of more than one
 * package. Used by the {@code LayeringTest}s of core and the simulator.
 */
public final class PackageGraph {

    private final SortedMap<String, SortedSet<String>> edges;
    private final Map<String, String> examples;

    private PackageGraph(SortedMap<String, SortedSet<String>> edges, Map<String, String> examples) {
        this.edges = edges;
        this.examples = examples;
    }

    /**
     * The graph of {@code classes}' top-level packages under {@code root}; classes directly in
     * {@code root} belong to the package {@code ""}. Dependencies leaving {@code root} are ignored.
     *
     * @param classes the imported classes
     * @param root    the root package, e.g. {@code dev.outpost.sim}
     * @return the graph (every top-level package with a class is a node, even one without edges)
     */
    public static PackageGraph of(JavaClasses classes, String root) {
        SortedMap<String, SortedSet<String>> edges = new TreeMap<>();
        Map<String, String> examples = new HashMap<>();
        for (JavaClass origin : classes) {
            String from = topLevel(origin.getPackageName(), root);
            if (from == null) {
                continue;
            }
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = topLevel(dependency.getTargetClass().getBaseComponentType().getPackageName(), root);
                if (to != null && !to.equals(from)) {
                    edges.get(from).add(to);
                    // The smallest description, so that the example does not depend on import order.
                    examples.merge(from + " -> " + to, dependency.getDescription(),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return new PackageGraph(edges, examples);
    }

    /**
     * A graph given by its edges (for tests of the cycle search).
     *
     * @param edges each package's dependencies; a package named only as a target is a node too
     * @return the graph
     */
    public static PackageGraph of(Map<String, ? extends Set<String>> edges) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        edges.forEach((from, targets) -> {
            copy.computeIfAbsent(from, k -> new TreeSet<>()).addAll(targets);
            targets.forEach(t -> copy.computeIfAbsent(t, k -> new TreeSet<>()));
        });
        return new PackageGraph(copy, Map.of());
    }

    private static String topLevel(String packageName, String root) {
        if (packageName.equals(root)) {
            return "";
        }
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** @return each top-level package and the top-level packages it depends on, sorted */
    public SortedMap<String, SortedSet<String>> edges() {
        return edges;
    }

    /**
     * The cycles: each strongly connected component of more than one package (every package in
     * it reaches every other), sorted, in the order of their smallest package.
     *
     * @return the cycles; empty when the graph is acyclic between packages
     */
    public List<SortedSet<String>> cycles() {
        // Tarjan's algorithm, iterative over the sorted nodes (deterministic).
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<SortedSet<String>> components = new ArrayList<>();
        int[] next = {0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, index, low, stack, onStack, components, next);
            }
        }
        components.removeIf(c -> c.size() < 2);
        components.sort((a, b) -> a.first().compareTo(b.first()));
        return components;
    }

    private void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<SortedSet<String>> components, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]);
        next[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, new TreeSet<>())) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, components, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            SortedSet<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            components.add(component);
        }
    }

    /**
     * The edges inside a cycle, each with one dependency that makes it (for failure messages).
     *
     * @param cycle a cycle from {@link #cycles()}
     * @return one line per edge, {@code from -> to: example}
     */
    public String explain(Set<String> cycle) {
        StringBuilder text = new StringBuilder();
        for (String from : new TreeSet<>(cycle)) {
            for (String to : edges.get(from)) {
                if (cycle.contains(to)) {
                    text.append("\n  ").append(from).append(" -> ").append(to).append(": ")
                            .append(examples.getOrDefault(from + " -> " + to, "(given)"));
                }
            }
        }
        return text.toString();
    }

    /** @return one line per package: {@code package -> dependencies} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        edges.forEach((from, to) -> text.append(from.isEmpty() ? "(root)" : from).append(" -> ")
                .append(String.join(", ", to)).append('\n'));
        return text.toString();
    }
}
