package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Fix;
import io.templint.api.Input;
import io.templint.api.LocalModuleCalls;
import io.templint.api.Report;
import io.templint.api.TemplateAnalysis;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.fix.Edit;
import io.templint.fix.Edits;
import io.templint.fix.FixFinder;
import io.templint.fix.ProposedFix;
import io.templint.fix.UnifiedDiff;
import io.templint.hcl.SourceFile;
import io.templint.report.SourceLookup;
import io.templint.rules.RuleRegistry;
import io.templint.terraform.source.ForwardingTemplateFiles;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code templint check --fix} and {@code --fix-dry-run}, and the fixes SARIF offers: for each folder
 * given (never an archive or standard input), the mechanical fixes of its findings
 * ({@link FixFinder}), applied together where they do not overlap, each file parsed again (a fix
 * that breaks it is dropped) and the template analysed again in memory: the fixes are kept only when
 * exactly their findings disappear and no other finding appears or goes (a fix that fails that is
 * tried alone, and dropped if it still does). Overlapping fixes wait for the next round; at most
 * {@value #MAX_ROUNDS} rounds. Only then are files written, each atomically (a temporary file in the
 * same folder moved over it), and only files inside the template folder.
 */
final class FixRun {

    /** What to do with the fixes found. */
    enum Mode {
        /** Attach them to the findings (SARIF's {@code fixes}); change nothing. */
        OFFER,
        /** Show them as a unified diff; change nothing. */
        DRY_RUN,
        /** Write them. */
        WRITE
    }

    /** How many rounds of fixing a template gets (fixes that overlapped wait for the next one). */
    static final int MAX_ROUNDS = 5;

    /** How many fixes of a round are retried one by one when the round as a whole changes other findings. */
    static final int MAX_SINGLE_TRIES = 20;

    /**
     * What the run did.
     *
     * @param report   the report: after {@code WRITE} and {@code DRY_RUN}, the check of the fixed files
     *                 (with the fixed findings when {@code listFixed}); after {@code OFFER}, the original
     *                 with fixes attached
     * @param sources  the text of the files the report names
     * @param diff     the unified diff of every change (empty when there is none)
     * @param fixed    per file as reports name it, how many findings were fixed
     * @param messages what could not be done (a read-only file), for standard error
     */
    record Outcome(Report report, SourceLookup sources, String diff, Map<String, Integer> fixed, List<String> messages) {
    }

    /** The run's instances: each input is analysed again with its own. */
    private final Instances instances;
    /**
     * The files already fixed in this run: a file read by several templates given (a local module and
     * the template calling it) is diffed and written once.
     */
    private final java.util.Set<String> edited = new java.util.HashSet<>();
    private final Mode mode;
    private final boolean listFixed;
    private final List<String> messages = new ArrayList<>();

    private FixRun(Instances instances, Mode mode, boolean listFixed) {
        this.instances = instances;
        this.mode = mode;
        this.listFixed = listFixed;
    }

    /** Fixes the templates of {@code result}, analysed as {@code request} asked. */
    static Outcome run(AnalysisResult result, AnalysisRequest request, RuleRegistry registry, Mode mode,
                       boolean listFixed) {
        return new FixRun(Instances.of(registry, request), mode, listFixed).run(result, request);
    }


    private Outcome run(AnalysisResult result, AnalysisRequest request) {
        List<TemplateReport> templates = new ArrayList<>(result.report().templates());
        Map<String, SourceFile> sources = new HashMap<>();
        StringBuilder diff = new StringBuilder();
        Map<String, Integer> fixed = new LinkedHashMap<>();
        List<TemplateInput> inputs = request.inputs();
        if (templates.size() != inputs.size()) {
            return new Outcome(result.report(), result.sources(), "", fixed, messages);
        }
        List<Input> libraryInputs = inputs.stream().map(i -> new Input(i.source(), i.displayPath(),
            i instanceof TemplateInput.Directory d ? d.directory() : null, null)).toList();
        LocalModuleCalls calls = null;
        for (int i = 0; i < inputs.size(); i++) {
            if (!(inputs.get(i) instanceof TemplateInput.Directory dir)
                    || templates.get(i).diagnostics().stream().noneMatch(f -> FixFinder.RULES.contains(f.rule())
                        && !f.suppressed())) {
                continue;
            }
            if (calls == null) {
                calls = instances.common().localModuleCalls(libraryInputs);
            }
            try {
                TemplateReport fixedReport = fixTemplate(instances.perInput().get(i), dir, templates.get(i), calls,
                    sources, diff, fixed);
                templates.set(i, fixedReport);
            } catch (TemplintException e) {
                messages.add(dir.displayPath() + ": not fixed: " + e.getMessage());
            }
        }
        Report report = instances.common().report(templates);
        SourceLookup original = result.sources();
        SourceLookup lookup = file -> {
            SourceFile s = sources.get(file);
            return s != null ? s : original.find(file);
        };
        return new Outcome(report, lookup, diff.toString(), fixed, messages);
    }

    /** One folder: its fixes found, checked and (in {@code WRITE} mode) written; returns its report. */
    private TemplateReport fixTemplate(Templint templint, TemplateInput.Directory dir, TemplateReport given,
                                       LocalModuleCalls calls,
                                       Map<String, SourceFile> sourcesOut, StringBuilder diffOut,
                                       Map<String, Integer> fixedOut) throws TemplintException {
        Map<String, byte[]> overlay = new LinkedHashMap<>();
        TemplateAnalysis first = analyse(templint, dir, overlay, calls);
        Map<String, SourceFile> originals = new HashMap<>(); // by display path
        first.sources().forEach(originals::put);
        Set<String> named = new HashSet<>();
        for (String f : dir.onlyFiles()) {
            named.add(DisplayPaths.join(dir.displayPath(), f));
        }
        Set<String> writable = new HashSet<>();
        for (Map.Entry<String, SourceFile> e : originals.entrySet()) {
            Path p = fileOf(dir, e.getValue().name());
            if (p != null && (named.isEmpty() || named.contains(e.getKey()))) {
                if (mode == Mode.WRITE && readOnly(p)) {
                    if (given.diagnostics().stream().anyMatch(f -> e.getKey().equals(f.file())
                            && FixFinder.RULES.contains(f.rule()))) {
                        messages.add(e.getKey() + ": not fixed: the file is read-only");
                    }
                    continue;
                }
                writable.add(e.getKey());
            }
        }
        TemplateAnalysis current = first;
        List<Finding> fixedFindings = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (int round = 0; round < (mode == Mode.OFFER ? 1 : MAX_ROUNDS); round++) {
            List<ProposedFix> proposals = propose(current, overlay, writable, rejected);
            if (proposals.isEmpty()) {
                break;
            }
            TemplateAnalysis now = current;
            Map<String, byte[]> before = overlay;
            List<ProposedFix> chosen = parsing(Edits.compatible(proposals), name -> bytesOf(now, before, name));
            Map<String, byte[]> candidate = withFixes(overlay, chosen, current);
            TemplateAnalysis next = chosen.isEmpty() ? null : analyse(templint, dir, candidate, calls);
            List<ProposedFix> accepted = new ArrayList<>();
            if (next != null && verified(current.report(), chosen, next.report())) {
                accepted.addAll(chosen);
            } else {
                int tries = 0;
                for (ProposedFix f : chosen) {
                    if (tries++ >= MAX_SINGLE_TRIES) {
                        break;
                    }
                    Map<String, byte[]> one = withFixes(overlay, List.of(f), current);
                    TemplateAnalysis alone = analyse(templint, dir, one, calls);
                    if (verified(current.report(), List.of(f), alone.report())) {
                        accepted.add(f);
                        if (mode == Mode.OFFER) {
                            continue; // each offered on its own, against the original text
                        }
                        candidate = one;
                        next = alone;
                        break; // the rest are found again, at their new places, in the next round
                    }
                    rejected.add(key(f.finding()));
                }
                if (accepted.isEmpty()) {
                    chosen.forEach(f -> rejected.add(key(f.finding())));
                    break;
                }
            }
            for (ProposedFix f : accepted) {
                fixedFindings.add(f.finding().withFix(toFix(f, current)));
            }
            if (mode == Mode.OFFER) {
                return offered(given, fixedFindings);
            }
            overlay = candidate;
            current = next;
        }
        if (mode == Mode.OFFER) {
            return given;
        }
        for (Map.Entry<String, byte[]> e : overlay.entrySet()) {
            String display = displayOf(originals, e.getKey());
            SourceFile before = originals.get(display);
            if (before == null || Arrays.equals(before.bytes(), e.getValue()) || !edited.add(display)) {
                continue;
            }
            diffOut.append(UnifiedDiff.of(display, before.bytes(), e.getValue()));
            if (mode == Mode.WRITE && !write(fileOf(dir, e.getKey()), before.bytes(), e.getValue(), display)) {
                return given; // nothing of this template was written but files before it: say so, report as found
            }
        }
        for (Finding f : fixedFindings) {
            fixedOut.merge(f.file(), 1, Integer::sum);
        }
        sourcesOut.putAll(current.sources());
        List<Finding> diagnostics = new ArrayList<>();
        for (Finding f : current.report().diagnostics()) {
            if (named.isEmpty() || named.contains(f.file())) {
                diagnostics.add(f);
            }
        }
        if (listFixed) {
            for (Finding f : fixedFindings) {
                diagnostics.add(mode == Mode.WRITE ? f.withFix(f.fix().asApplied()) : f);
            }
        }
        return current.report().withDiagnostics(diagnostics);
    }

    /** The report as given, its findings that have a checked fix carrying it. */
    private static TemplateReport offered(TemplateReport given, List<Finding> withFixes) {
        Map<String, Fix> byKey = new HashMap<>();
        for (Finding f : withFixes) {
            byKey.put(key(f), f.fix());
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : given.diagnostics()) {
            Fix fix = byKey.get(key(f));
            out.add(fix == null ? f : f.withFix(fix));
        }
        return given.withDiagnostics(out);
    }

    private static String key(Finding f) {
        return f.rule() + "\u0000" + f.file() + "\u0000" + f.line() + "\u0000" + f.column() + "\u0000"
            + f.endLine() + "\u0000" + f.endColumn() + "\u0000" + f.message();
    }

    /** The fixes of the current text's findings, in report order. */
    private List<ProposedFix> propose(TemplateAnalysis current, Map<String, byte[]> overlay, Set<String> writable,
                                      Set<String> rejected) {
        TemplateReport report = current.report();
        long misspelled = report.diagnostics().stream().filter(f -> f.rule().equals(FixFinder.PROMPT)).count();
        boolean promptCertain = misspelled == 1 && (report.task() == null || report.task().promptParameter() == null);
        Map<String, FixFinder> finders = new HashMap<>();
        List<ProposedFix> out = new ArrayList<>();
        for (Finding f : report.diagnostics()) {
            if (f.file() == null || !writable.contains(f.file()) || !FixFinder.RULES.contains(f.rule())
                    || f.suppressed() || rejected.contains(key(f))) {
                continue;
            }
            SourceFile s = current.sources().get(f.file());
            if (s == null) {
                continue;
            }
            FixFinder finder = finders.computeIfAbsent(f.file(), k -> {
                FixFinder ff = FixFinder.of(s, promptCertain);
                return ff == null ? NONE : ff;
            });
            ProposedFix fix = finder == NONE ? null : finder.find(f);
            if (fix != null) {
                out.add(fix);
            }
        }
        return out;
    }

    private static final FixFinder NONE = new FixFinder(null, null, false);

    /**
     * The fixes whose files still parse with them: all of a file's when they do together, else those
     * that do one by one (added in order while the file keeps parsing).
     */
    static List<ProposedFix> parsing(List<ProposedFix> fixes, java.util.function.Function<String, byte[]> files) {
        Map<String, List<ProposedFix>> byFile = new LinkedHashMap<>();
        fixes.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        List<ProposedFix> out = new ArrayList<>();
        for (Map.Entry<String, List<ProposedFix>> e : byFile.entrySet()) {
            byte[] bytes = files.apply(e.getKey());
            if (bytes == null) {
                continue;
            }
            if (FixFinder.parses(e.getKey(), Edits.apply(bytes, e.getValue()))) {
                out.addAll(e.getValue());
                continue;
            }
            List<ProposedFix> kept = new ArrayList<>();
            for (ProposedFix f : e.getValue()) {
                kept.add(f);
                if (!FixFinder.parses(e.getKey(), Edits.apply(bytes, kept))) {
                    kept.remove(kept.size() - 1);
                }
            }
            out.addAll(kept);
        }
        return out;
    }

    /** The overlay with {@code fixes} made (file paths inside the template). */
    private static Map<String, byte[]> withFixes(Map<String, byte[]> overlay, List<ProposedFix> fixes,
                                                 TemplateAnalysis current) {
        Map<String, byte[]> out = new LinkedHashMap<>(overlay);
        Map<String, List<ProposedFix>> byFile = new LinkedHashMap<>();
        fixes.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<ProposedFix>> e : byFile.entrySet()) {
            byte[] bytes = bytesOf(current, overlay, e.getKey());
            if (bytes != null) {
                out.put(e.getKey(), Edits.apply(bytes, e.getValue()));
            }
        }
        return out;
    }

    private static byte[] bytesOf(TemplateAnalysis current, Map<String, byte[]> overlay, String name) {
        byte[] b = overlay.get(name);
        if (b != null) {
            return b;
        }
        for (SourceFile s : current.sources().values()) {
            if (s.name().equals(name)) {
                return s.bytes();
            }
        }
        return null;
    }

    private static String displayOf(Map<String, SourceFile> sources, String name) {
        for (Map.Entry<String, SourceFile> e : sources.entrySet()) {
            if (e.getValue().name().equals(name)) {
                return e.getKey();
            }
        }
        return name;
    }

    /**
     * Whether the analysis after {@code fixes} differs from the one before exactly by their findings:
     * every other finding is still there (with the same rule, file and message; one whose lines an
     * edit touched with the same rule and file), none is new, and none went but those of the rules a
     * fix may resolve.
     */
    static boolean verified(TemplateReport before, List<ProposedFix> fixes, TemplateReport after) {
        Set<Finding> fixedOnes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> mayGo = new HashSet<>();
        Map<String, List<int[]>> touched = new HashMap<>();
        for (ProposedFix f : fixes) {
            fixedOnes.add(f.finding());
            mayGo.addAll(f.mayResolve());
            for (Edit e : f.edits()) {
                touched.computeIfAbsent(f.finding().file(), k -> new ArrayList<>())
                    .add(new int[] {e.start().line(), e.end().line()});
            }
        }
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> loose = new HashMap<>();
        Map<String, String> ruleOf = new HashMap<>();
        for (Finding f : before.diagnostics()) {
            if (fixedOnes.contains(f)) {
                continue;
            }
            boolean near = touched.getOrDefault(f.file(), List.of()).stream()
                .anyMatch(r -> f.line() <= r[1] && f.endLine() >= r[0]);
            String k = near ? looseKey(f) : exactKey(f);
            (near ? loose : exact).merge(k, 1, Integer::sum);
            ruleOf.put(k, f.rule());
        }
        for (Finding f : after.diagnostics()) {
            if (!take(exact, exactKey(f)) && !take(loose, looseKey(f))) {
                return false; // a new finding
            }
        }
        for (Map<String, Integer> left : List.of(exact, loose)) {
            for (Map.Entry<String, Integer> e : left.entrySet()) {
                if (e.getValue() > 0 && !mayGo.contains(ruleOf.get(e.getKey()))) {
                    return false; // a finding that went without being fixed
                }
            }
        }
        return true;
    }

    private static boolean take(Map<String, Integer> counts, String key) {
        Integer n = counts.get(key);
        if (n == null || n == 0) {
            return false;
        }
        counts.put(key, n - 1);
        return true;
    }

    private static String exactKey(Finding f) {
        return "e\u0000" + f.rule() + "\u0000" + f.file() + "\u0000" + f.severity() + "\u0000" + f.suppressed()
            + "\u0000" + f.message();
    }

    private static String looseKey(Finding f) {
        return "l\u0000" + f.rule() + "\u0000" + f.file();
    }

    /** The report record of a fix, its positions those of the text it was found in. */
    private static Fix toFix(ProposedFix f, TemplateAnalysis current) {
        List<Fix.Replacement> replacements = new ArrayList<>();
        for (Edit e : f.edits()) {
            replacements.add(new Fix.Replacement(f.finding().file(), e.start().line(), e.start().column(),
                e.end().line(), e.end().column(), e.start().byteOffset(),
                e.end().byteOffset() - e.start().byteOffset(), e.text()));
        }
        return new Fix(f.description(), false, replacements);
    }

    /** The file on disk of a path inside the template, or null when it is not one templint may rewrite. */
    static Path fileOf(TemplateInput.Directory dir, String name) {
        if (name == null || name.startsWith("..") || name.startsWith("/") || ("/" + name + "/").contains("/.terraform/")
                || ("/" + name + "/").contains("/../")) {
            return null;
        }
        Path folder = dir.directory().toAbsolutePath().normalize();
        Path p = folder.resolve(name).normalize();
        if (!p.startsWith(folder) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return null; // outside the folder, or a link: templint does not rewrite what a link leads to
        }
        return p;
    }

    /**
     * Whether a file may not be rewritten: not writable, or without its owner's write permission (which
     * the superuser could override, but a file made read-only says it is not to be changed).
     */
    private static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code after} over {@code file} atomically, unless its content is no longer
     * {@code before} (changed since it was read); a message when it cannot.
     */
    private boolean write(Path file, byte[] before, byte[] after, String display) {
        Path tmp = null;
        try {
            if (!Arrays.equals(Files.readAllBytes(file), before)) {
                messages.add(display + ": not fixed: the file changed while templint read it");
                return false;
            }
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".templint-fix");
            Files.write(tmp, after);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file keeps the folder's defaults
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            messages.add(display + ": not fixed: " + Messages.of(e));
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    messages.add(display + ": could not remove the temporary file " + tmp + ": " + Messages.of(e));
                }
            }
        }
    }

    /** The template, read from disk except for the files of {@code overlay} (paths inside the template). */
    private static TemplateAnalysis analyse(Templint templint, TemplateInput.Directory dir, Map<String, byte[]> overlay,
                                            LocalModuleCalls calls)
            throws TemplintException {
        TemplateSource disk = TemplateSource.directory(dir.displayPath(), dir.directory());
        TemplateSource source = new TemplateSource() {
            @Override
            public TemplateFiles open(SourceLimits limits) throws TemplateSourceException {
                return overlaid(disk.open(limits), overlay);
            }

            @Override
            public TemplateFiles open(SourceLimits limits, Path readRoot) throws TemplateSourceException {
                return overlaid(disk.open(limits, readRoot), overlay);
            }
        };
        return templint.analyzeTemplate(new Input(source, dir.displayPath(), dir.directory(), null), calls);
    }

    private static TemplateFiles overlaid(TemplateFiles files, Map<String, byte[]> overlay) {
        if (overlay.isEmpty()) {
            return files;
        }
        return new ForwardingTemplateFiles(files) {
            @Override
            public byte[] read(String path) throws TemplateSourceException {
                byte[] b = overlay.get(path);
                return b != null ? b : super.read(path);
            }
        };
    }
}
