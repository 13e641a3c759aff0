package org.equicity.plan.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionContent;
import org.equicity.plan.Plans.ActionRef;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.exchange.ActionSheetReader.RawRow;
import org.equicity.plan.support.Texts;
import org.equicity.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PlanExchangeService implements PlanExchange {

    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final Plans plans;
    private final PlanImportRepository imports;
    private final Access access;
    private final MessageSource messages;
    private final Clock clock;

    PlanExchangeService(Plans plans, PlanImportRepository imports, Access access, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.imports = imports;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public ImportPreview preview(PlanId planId, String fileName, byte[] content, Locale locale) {
        writablePlan(planId);
        var rows = ActionSheetReader.read(content);
        imports.deleteUploadedBefore(clock.instant().minus(UPLOAD_KEPT));
        var name = Texts.optional(fileName, 300, "fileName");
        var upload = imports.save(
                new PlanImport(planId, person(), name == null ? "upload" : name, content, clock.instant()));
        return check(planId, rows, locale).preview(upload.id(), upload.fileName());
    }

    @Override
    public ImportPreview preview(PlanId planId, ImportId id, Locale locale) {
        var upload = upload(planId, id);
        return check(planId, ActionSheetReader.read(upload.content()), locale).preview(upload.id(), upload.fileName());
    }

    @Override
    public ImportResult confirm(PlanId planId, ImportId id, Locale locale) {
        var upload = upload(planId, id);
        var checked = check(planId, ActionSheetReader.read(upload.content()), locale);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        var refs = new ArrayList<ActionRef>();
        for (var row : checked.rows()) {
            switch (row.outcome()) {
                case CREATE -> {
                    refs.add(new ActionRef(plans.addAction(planId, row.commitment(), row.content()), row.ref()));
                    created++;
                }
                case UPDATE -> {
                    plans.updateAction(
                            planId, row.existing().id(), row.existing().version(), row.content());
                    refs.add(new ActionRef(row.existing().id(), row.ref()));
                    updated++;
                }
                case UNCHANGED -> {
                    refs.add(new ActionRef(row.existing().id(), row.ref()));
                    unchanged++;
                }
                case INVALID -> skipped++;
            }
        }
        plans.assignRefs(planId, refs);
        imports.delete(upload);
        return new ImportResult(created, updated, unchanged, skipped);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanExport export(PlanId planId) {
        var view = plans.plan(planId);
        return new PlanExport(view, refs(planId), plans.canSeeDrafts(view.city()));
    }

    // Checking rows

    private record CheckedRow(
            int number,
            String ref,
            String title,
            String commitmentLabel,
            CommitmentId commitment,
            ActionContent content,
            ActionView existing,
            RowOutcome outcome) {}

    private record Checked(List<CheckedRow> rows, List<RowProblem> problems) {

        ImportPreview preview(ImportId id, String fileName) {
            return new ImportPreview(
                    id,
                    fileName,
                    rows.stream()
                            .map(row -> new ImportRow(
                                    row.number(), row.ref(), row.title(), row.commitmentLabel(), row.outcome()))
                            .toList(),
                    problems);
        }
    }

    private Checked check(PlanId planId, List<RawRow> rawRows, Locale locale) {
        var view = plans.plan(planId);
        var refs = refs(planId);
        var byRef = new HashMap<String, ActionView>();
        var byId = new HashMap<String, ActionView>();
        for (var action : view.actions()) {
            if (refs.containsKey(action.id())) {
                byRef.put(refs.get(action.id()).toLowerCase(Locale.ROOT), action);
            }
            byId.put(action.id().value().toString(), action);
        }
        var seen = new HashSet<String>();
        var rows = new ArrayList<CheckedRow>();
        var problems = new ArrayList<RowProblem>();
        for (var raw : rawRows) {
            var row = new RowCheck(raw, view, locale, messages);
            var ref = row.ref();
            ActionView existing = null;
            if (ref != null) {
                if (!seen.add(ref.toLowerCase(Locale.ROOT))) {
                    row.problem(ActionColumn.REF, "plan.exchange.row.duplicate-ref", ref);
                }
                existing = byRef.get(ref.toLowerCase(Locale.ROOT));
                if (existing == null && byId.containsKey(ref.toLowerCase(Locale.ROOT))) {
                    var candidate = byId.get(ref.toLowerCase(Locale.ROOT));
                    existing = refs.containsKey(candidate.id()) ? null : candidate;
                }
            }
            var commitment = row.commitment();
            var content = row.content(existing);
            if (existing != null && commitment != null && !existing.commitment().equals(commitment.id())) {
                row.problem(ActionColumn.COMMITMENT, "plan.exchange.row.moved");
            }
            RowOutcome outcome;
            if (!row.problems().isEmpty()) {
                outcome = RowOutcome.INVALID;
            } else if (existing == null) {
                outcome = RowOutcome.CREATE;
            } else if (existing.content()
                    .equals(content.writtenIn(existing.content().language()))) {
                // a spreadsheet does not say the language: an imported row keeps the one recorded
                outcome = RowOutcome.UNCHANGED;
            } else {
                outcome = RowOutcome.UPDATE;
            }
            problems.addAll(row.problems());
            rows.add(new CheckedRow(
                    raw.number(),
                    ref,
                    raw.get(ActionColumn.TITLE),
                    raw.get(ActionColumn.COMMITMENT),
                    commitment == null ? null : commitment.id(),
                    content,
                    existing,
                    outcome));
        }
        return new Checked(rows, problems);
    }

    private Map<ActionId, String> refs(PlanId planId) {
        var refs = new HashMap<ActionId, String>();
        plans.refs(planId).forEach(ref -> refs.put(ref.action(), ref.ref()));
        return refs;
    }

    // Access

    private void writablePlan(PlanId id) {
        var plan = plans.tracked(id);
        access.requireCityManagement(plan.city());
        plan.requireOpenForWork();
    }

    private PlanImport upload(PlanId planId, ImportId id) {
        writablePlan(planId);
        var person = person();
        return imports.findById(id.value())
                .filter(upload -> upload.belongsTo(planId, person))
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    private org.equicity.shared.PersonId person() {
        return access.current().map(CurrentPerson::id).orElse(null);
    }
}
