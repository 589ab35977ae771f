package org.garrison.internal.mobilization.roster.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.mobilization.Messages;
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.validation.RecordValidation;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Reads a militia roster from an .xlsx or .csv file into a session: every row checked first (the
 * same validation as the editors and the store), then the valid rows applied. The identity number
 * is the key: a person already stored is updated, never added twice.
 */
public final class RosterImport {

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "有"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "×", "无", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private final StoreSession session;
    private final Locale locale;
    private final LocalDate today;
    private District district;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<Person, MilitiaMember> members = new HashMap<>();
    private final Map<String, List<MilitiaUnit>> units = new HashMap<>();
    private final Map<MilitiaUnit, MilitiaUnit> standIns = new HashMap<>();

    private RosterImport(StoreSession session, Locale locale, LocalDate today) {
        this.session = session;
        this.locale = locale;
        this.today = today;
    }

    /** A file's first row: its column headers. */
    public static List<String> header(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> {
            if (header.isEmpty()) {
                header.addAll(cells.isEmpty() ? List.of("") : cells); //$NON-NLS-1$
            }
        });
        return header;
    }

    /** Which field each column fills, guessed from its header (columns with no known header are left out). */
    public static Map<Integer, ImportField> guessMapping(List<String> header) {
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            ImportField field = ImportField.forHeader(header.get(column));
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(column, field);
            }
        }
        return mapping;
    }

    /**
     * Reads and checks every row of the file against the records of the session; nothing is changed
     * until {@link ImportPlan#apply()}.
     */
    public static ImportPlan plan(Path file, Map<Integer, ImportField> mapping, StoreSession session, IProgressMonitor monitor)
            throws IOException, StoreException, RosterImportException {
        RosterImport reader = new RosterImport(session, Locale.getDefault(), LocalDate.now());
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_checking, 3);
        reader.readRecords();
        progress.worked(1);
        List<String> missing = java.util.Arrays.stream(ImportField.values()).filter(f -> f.required() && !mapping.containsValue(f))
                .map(f -> f.label(reader.locale)).toList();
        if (!missing.isEmpty()) {
            throw new RosterImportException(NLS.bind(Messages.Import_unmappedRequired, String.join(Messages.Import_listSeparator, missing)));
        }
        List<ImportPlan.Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        SubMonitor checking = progress.split(2);
        TableFiles.read(file, (number, cells) -> {
            if (number == 1 || cells.isEmpty()) {
                return;
            }
            if (checking.isCanceled()) {
                throw new OperationCanceledException();
            }
            rows.add(reader.check(number, cells, mapping, seen));
            checking.setWorkRemaining(1000).worked(1);
        });
        return new ImportPlan(reader, rows);
    }

    private void readRecords() throws StoreException, RosterImportException {
        List<District> districts = session.loadRoots(CorePackage.Literals.DISTRICT);
        List<MobilizationLedger> ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
        if (districts.isEmpty() || ledgers.isEmpty()) {
            throw new RosterImportException(Messages.Import_noDistrict);
        }
        district = districts.get(0);
        district.getPersons().forEach(person -> persons.put(person.getIdentityNumber(), person));
        for (MobilizationLedger ledger : ledgers) {
            ledger.getUnits().forEach(this::readUnit);
        }
    }

    private void readUnit(MilitiaUnit unit) {
        units.computeIfAbsent(unit.getName(), name -> new ArrayList<>()).add(unit);
        unit.getMembers().forEach(member -> members.put(member.getPerson(), member));
        unit.getSubUnits().forEach(this::readUnit);
    }

    private ImportPlan.Row check(int number, List<String> cells, Map<Integer, ImportField> mapping, Map<String, Integer> seen) {
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        List<ImportPlan.Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, ImportField> column : mapping.entrySet()) {
            ImportField field = column.getValue();
            String text = column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : ""; //$NON-NLS-1$
            if (text.isEmpty()) {
                if (field.required()) {
                    problems.add(new ImportPlan.Problem(number, field.label(locale), NLS.bind(Messages.Import_empty, field.label(locale))));
                }
                continue;
            }
            try {
                values.put(field, parse(field, text));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportPlan.Problem(number, field.label(locale), e.getMessage()));
            }
        }
        if (values.get(ImportField.UNIT) instanceof List<?> candidates) {
            MilitiaUnit unit = locate(candidates, (String) values.remove(ImportField.TOWN), (String) values.remove(ImportField.ORG_UNIT));
            if (unit == null) {
                values.remove(ImportField.UNIT);
                problems.add(new ImportPlan.Problem(number, ImportField.UNIT.label(locale),
                        NLS.bind(Messages.Import_ambiguousUnit, ((MilitiaUnit) candidates.get(0)).getName())));
            } else {
                values.put(ImportField.UNIT, unit);
            }
        }
        values.remove(ImportField.TOWN);
        values.remove(ImportField.ORG_UNIT);
        String identityNumber = (String) values.get(ImportField.IDENTITY_NUMBER);
        if (identityNumber != null) {
            Integer earlier = seen.putIfAbsent(identityNumber, number);
            if (earlier != null) {
                problems.add(new ImportPlan.Problem(number, ImportField.IDENTITY_NUMBER.label(locale),
                        NLS.bind(Messages.Import_duplicate, identityNumber, earlier)));
            }
        }
        if (problems.isEmpty()) {
            validate(number, values, problems);
        }
        return new ImportPlan.Row(number, values, List.copyOf(problems));
    }

    private Object parse(ImportField field, String text) {
        if (field == ImportField.UNIT) {
            List<MilitiaUnit> named = units.getOrDefault(text, List.of());
            if (named.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.Import_noUnit, text));
            }
            return named;
        }
        if (field.locatesUnit()) {
            return text;
        }
        EAttribute attribute = field.attribute();
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            List<Enumerator> abbreviated = new ArrayList<>();
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                Enumerator value = literal.getInstance();
                String label = ModelLabels.of(value, locale);
                if (text.equals(label) || text.equalsIgnoreCase(ModelLabels.of(value, Locale.ENGLISH)) || text.equalsIgnoreCase(literal.getLiteral())) {
                    return value;
                }
                if (label.startsWith(text)) {
                    abbreviated.add(value);
                }
            }
            // staff shorten 基干民兵 to 基干: a beginning that names one choice is that choice
            if (abbreviated.size() == 1) {
                return abbreviated.get(0);
            }
            String choices = eEnum.getELiterals().stream().map(l -> ModelLabels.of(l.getInstance(), locale))
                    .collect(Collectors.joining(Messages.Import_listSeparator));
            throw new IllegalArgumentException(NLS.bind(Messages.Import_notAChoice, text, choices));
        }
        if (type == boolean.class || type == Boolean.class) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (YES.contains(lower)) {
                return Boolean.TRUE;
            }
            if (NO.contains(lower)) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException(NLS.bind(Messages.Import_notYesNo, text));
        }
        if (type == LocalDate.class) {
            return date(text);
        }
        return text;
    }

    /** The one unit of that name whose organization, or an organization above it, has the town's and the organization's names. */
    private static MilitiaUnit locate(List<?> candidates, String town, String orgUnit) {
        List<MilitiaUnit> matching = new ArrayList<>();
        for (Object candidate : candidates) {
            MilitiaUnit unit = (MilitiaUnit) candidate;
            if (belongsTo(unit, town) && belongsTo(unit, orgUnit)) {
                matching.add(unit);
            }
        }
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static boolean belongsTo(MilitiaUnit unit, String organization) {
        if (organization == null || organization.isBlank()) {
            return true;
        }
        for (org.garrison.model.core.OrgUnit org = unit.getOrgUnit(); org != null; org = org.getParent()) {
            if (organization.equals(org.getName())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String text) {
        Matcher matcher = CHINESE_DATE.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            }
            if (text.matches("\\d{8}")) { //$NON-NLS-1$
                return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Import_notADate, text), e);
        }
        throw new IllegalArgumentException(NLS.bind(Messages.Import_notADate, text));
    }

    /** Checks the row as the store will: on copies of the person and member it would change, or on new ones. */
    private void validate(int number, Map<ImportField, Object> values, List<ImportPlan.Problem> problems) {
        Person existing = persons.get(values.get(ImportField.IDENTITY_NUMBER));
        Person person = existing == null ? CoreFactory.eINSTANCE.createPerson() : EcoreUtil.copy(existing);
        MilitiaMember existingMember = existing == null ? null : members.get(existing);
        MilitiaMember member = existingMember == null ? MobilizationFactory.eINSTANCE.createMilitiaMember() : EcoreUtil.copy(existingMember);
        set(person, member, values);
        member.setPerson(person);
        MilitiaUnit unit = (MilitiaUnit) values.get(ImportField.UNIT);
        if (unit != null) {
            standIns.computeIfAbsent(unit, RosterImport::standIn).getMembers().add(member);
        }
        for (EObject record : List.of(person, member)) {
            for (Diagnostic problem : RecordValidation.validate(record, locale, today).getChildren()) {
                if (problem.getSeverity() >= Diagnostic.ERROR) {
                    EStructuralFeature feature = problem.getData().size() > 1 && problem.getData().get(1) instanceof EStructuralFeature f ? f : null;
                    problems.add(new ImportPlan.Problem(number, feature == null ? "" : ModelLabels.of(feature, locale), problem.getMessage())); //$NON-NLS-1$
                }
            }
        }
        if (unit != null) {
            standIns.get(unit).getMembers().clear();
        }
    }

    /** A unit like the real one but empty, so that a row is checked in its unit without touching the real one. */
    private static MilitiaUnit standIn(MilitiaUnit unit) {
        MilitiaUnit standIn = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        standIn.setName(unit.getName());
        standIn.setType(unit.getType());
        standIn.setRole(unit.getRole());
        standIn.setSpecialty(unit.getSpecialty());
        standIn.setOrgUnit(unit.getOrgUnit());
        return standIn;
    }

    private static void set(Person person, MilitiaMember member, Map<ImportField, Object> values) {
        values.forEach((field, value) -> {
            if (field != ImportField.UNIT && !field.locatesUnit()) {
                (field.ofPerson() ? person : member).eSet(field.feature(), value);
            }
        });
    }

    /** Applies one checked row: the stored person and member updated, or new ones added to the district and the unit. */
    void apply(ImportPlan.Row row) {
        Map<ImportField, Object> values = row.values();
        String identityNumber = (String) values.get(ImportField.IDENTITY_NUMBER);
        Person person = persons.get(identityNumber);
        if (person == null) {
            person = CoreFactory.eINSTANCE.createPerson();
            district.getPersons().add(person);
            persons.put(identityNumber, person);
        }
        MilitiaMember member = members.get(person);
        if (member == null) {
            member = MobilizationFactory.eINSTANCE.createMilitiaMember();
            member.setPerson(person);
            members.put(person, member);
        }
        set(person, member, values);
        MilitiaUnit unit = (MilitiaUnit) values.get(ImportField.UNIT);
        if (member.getUnit() != unit) {
            unit.getMembers().add(member);
        }
    }

    /** Whether a checked row would add a member (rather than update a stored one). */
    boolean isNew(ImportPlan.Row row) {
        Person person = persons.get(row.values().get(ImportField.IDENTITY_NUMBER));
        return person == null || !members.containsKey(person);
    }

    StoreSession session() {
        return session;
    }
}
