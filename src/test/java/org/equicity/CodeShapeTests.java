package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size rule of CONTRIBUTING.md: a class that has grown past 400 lines or a method past 60 holds more than one
 * thing to understand at once, so main code is held to it here rather than by a reviewer's eye. A class is counted
 * by its file; a method (or constructor, or initialiser) from the first line of its declaration, annotations and
 * comments before it left out, to its closing brace. Lambdas, local and anonymous classes count with the method
 * they are written in.
 */
class CodeShapeTests {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;
    private static final Path MAIN = Path.of("src/main/java");

    /**
     * The plan module's classes still waiting for the rest of its split into nested modules (exchange and
     * consultation, issue 18). A ratchet, not an exemption: the list may only shrink, and the test fails as soon as
     * one of them is under the limit and still listed, so that it is taken off.
     */
    static final List<String> WAITING_FOR_THE_PLAN_SPLIT = List.of(
            "org/equicity/plan/Plans.java",
            "org/equicity/plan/PlanService.java",
            "org/equicity/plan/web/PlanPages.java",
            "org/equicity/plan/web/PlanApi.java");

    record Method(String file, String name, int firstLine, int lines) {

        @Override
        public String toString() {
            return file + ":" + firstLine + " " + name + " (" + lines + " lines)";
        }
    }

    @Test
    void everyMainClassIsUnder400Lines() {
        var tooLong = new ArrayList<String>();
        var stillWaiting = new ArrayList<String>();
        for (var file : mainSources()) {
            var name = MAIN.relativize(file).toString().replace('\\', '/');
            var lines = read(file).lines().count();
            if (lines > MAX_CLASS_LINES) {
                stillWaiting.add(name);
                if (!WAITING_FOR_THE_PLAN_SPLIT.contains(name)) {
                    tooLong.add(name + " (" + lines + " lines)");
                }
            }
        }
        assertThat(tooLong).as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
        assertThat(stillWaiting)
                .as("listed as waiting for the plan split, but already under the limit: take them off the list")
                .containsAll(WAITING_FOR_THE_PLAN_SPLIT);
    }

    @Test
    void everyMainMethodIsUnder60Lines() {
        var tooLong = new ArrayList<Method>();
        for (var file : mainSources()) {
            methods(MAIN.relativize(file).toString(), read(file)).stream()
                    .filter(method -> method.lines() > MAX_METHOD_LINES)
                    .forEach(tooLong::add);
        }
        assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
    }

    /** The scanner itself: what it must measure, and what it must not take for a method. */
    @Test
    void measuresMethodsButNotTypesLambdasOrInitialisers() {
        var body = "        call();\n".repeat(58);
        var source = """
                package x;

                @Annotated(values = {"a", "b"})
                class Sample {
                    private static final int[] NUMBERS = {1, 2};
                    private final Runnable task = new Runnable() {
                        public void run() {}
                    };

                    record Inner(String text) {
                        Inner {
                            text = text.strip();
                        }
                    }

                    /** A comment with a brace { in it. */
                    @Override
                    public String toString() {
                        return "}" + '{' + \"""
                            {
                            \""";
                    }

                    void tooLong(
                            String argument) {
                %s    }
                }
                """.formatted(body);

        var found = methods("Sample.java", source);

        assertThat(found)
                .extracting(Method::name, Method::lines)
                .containsExactly(tuple("Inner", 3), tuple("toString", 5), tuple("tooLong", 61));
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methods of a source file, found by matching braces outside comments, strings and parentheses. */
    static List<Method> methods(String file, String source) {
        var found = new ArrayList<Method>();
        // what each open brace opened: a type's body, a method's body, or code and expressions within them
        Deque<Block> open = new ArrayDeque<>();
        var header = new ArrayList<Token>();
        int parentheses = 0;
        for (var token : Token.of(source)) {
            boolean inType = open.isEmpty() || open.peek().kind == Kind.TYPE;
            switch (token.text) {
                case "(" -> parentheses++;
                case ")" -> parentheses--;
                default -> {}
            }
            if (inType && parentheses > 0) {
                header.add(token); // an annotation's array of values, or a lambda in a field's initialiser
            } else if (token.text.equals("{")) {
                open.push(inType ? member(header, token) : new Block(Kind.CODE, token.line, null));
                header.clear();
            } else if (token.text.equals("}")) {
                var block = open.pop();
                if (block.kind == Kind.METHOD) {
                    found.add(new Method(file, block.name, block.firstLine, token.line - block.firstLine + 1));
                }
                header.clear();
            } else if (token.text.equals(";") && inType) {
                header.clear();
            } else if (inType) {
                header.add(token);
            }
        }
        return found;
    }

    /** What a brace in a type's body opens, told by the declaration before it. */
    private static Block member(List<Token> header, Token brace) {
        int start = 0;
        while (start < header.size() && header.get(start).text.equals("@")) {
            start = afterAnnotation(header, start);
        }
        var words = header.subList(start, header.size()).stream()
                .map(token -> token.text)
                .toList();
        int firstLine = start < header.size() ? header.get(start).line : brace.line;
        int parenthesis = words.indexOf("(");
        boolean record = words.contains("record") && words.indexOf("record") < Math.max(parenthesis, 0);
        if (words.contains("class") || words.contains("interface") || words.contains("enum") || record) {
            return new Block(Kind.TYPE, firstLine, null);
        }
        if (words.contains("=") || words.contains("->")) {
            return new Block(Kind.CODE, firstLine, null);
        }
        var name = parenthesis > 0
                ? words.get(parenthesis - 1)
                : words.isEmpty() ? "{initialiser}" : words.get(words.size() - 1);
        return new Block(Kind.METHOD, firstLine, name);
    }

    private static int afterAnnotation(List<Token> header, int at) {
        int next = at + 2; // "@" and the annotation's name
        while (next + 1 < header.size() && header.get(next).text.equals(".")) {
            next += 2; // a qualified name
        }
        if (next < header.size() && header.get(next).text.equals("(")) {
            int depth = 0;
            do {
                depth += switch (header.get(next).text) {
                    case "(" -> 1;
                    case ")" -> -1;
                    default -> 0;
                };
                next++;
            } while (depth > 0);
        }
        return next;
    }

    enum Kind {
        TYPE,
        METHOD,
        CODE
    }

    record Block(Kind kind, int firstLine, String name) {}

    /** A word, number or symbol of Java source with its line; comments are skipped, a literal is one token. */
    record Token(String text, int line) {

        static List<Token> of(String source) {
            var tokens = new ArrayList<Token>();
            int line = 1;
            int at = 0;
            while (at < source.length()) {
                char c = source.charAt(at);
                int end;
                if (source.startsWith("//", at)) {
                    end = endOf(source, "\n", at);
                } else if (source.startsWith("/*", at)) {
                    end = endOf(source, "*/", at + 2) + 2;
                } else if (source.startsWith("\"\"\"", at)) {
                    end = endOfLiteral(source, "\"\"\"", at + 3);
                    tokens.add(new Token("\"\"\"", line));
                } else if (c == '"' || c == '\'') {
                    end = endOfLiteral(source, String.valueOf(c), at + 1);
                    tokens.add(new Token(String.valueOf(c), line));
                } else if (Character.isJavaIdentifierPart(c)) {
                    end = at;
                    while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                        end++;
                    }
                    tokens.add(new Token(source.substring(at, end), line));
                } else if (source.startsWith("->", at)) {
                    end = at + 2;
                    tokens.add(new Token("->", line));
                } else {
                    end = at + 1;
                    if (!Character.isWhitespace(c)) {
                        tokens.add(new Token(String.valueOf(c), line));
                    }
                }
                line += (int) source.substring(at, end)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                at = end;
            }
            return tokens;
        }

        private static int endOf(String source, String end, int from) {
            int found = source.indexOf(end, from);
            return found < 0 ? source.length() : found;
        }

        /** Just past the closing quote(s), skipping escaped characters. */
        private static int endOfLiteral(String source, String quote, int from) {
            int at = from;
            while (at < source.length() && !source.startsWith(quote, at)) {
                at += source.charAt(at) == '\\' ? 2 : 1;
            }
            return Math.min(at + quote.length(), source.length());
        }
    }
}
