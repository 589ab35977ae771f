package org.garrison.internal.mobilization;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.core.Person;
import org.garrison.model.core.Sex;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.UnitRole;
import org.garrison.model.mobilization.UnitType;
import org.garrison.model.validation.RecordValidation;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Reads a militia roster from an .xlsx or .csv file into a session: every row checked first (the
 * same validation as the editors and the store, every problem of a row at once), then the valid rows
 * applied. The identity number is the key: a person already stored is updated, never added twice,
 * and a row that says what is stored already changes nothing.
 */
public final class RosterImport {

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*月?"); //$NON-NLS-1$
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓", "有"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "×", "✗", "无", "不是"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private final StoreSession session;
    private final Locale locale;
    private final LocalDate today;
    private final UnitPlacement placement;
    private District district;
    private MobilizationLedger ledger;
    private final Map<String, Person> persons = new HashMap<>();
    private final Map<Person, MilitiaMember> members = new HashMap<>();
    private final Map<String, List<MilitiaUnit>> units = new HashMap<>();
    private final List<MilitiaUnit> allUnits = new ArrayList<>();
    private final Map<MilitiaUnit, MilitiaUnit> standIns = new HashMap<>();
    /** Units to be created for places that have none, by place. */
    private final Map<OrgUnit, MilitiaUnit> newUnits = new LinkedHashMap<>();
    /** Places with several units and no choice yet, with their units. */
    private final Map<String, List<MilitiaUnit>> placesToChoose = new LinkedHashMap<>();
    private MilitiaUnit oneUnit;
    private String oneUnitProblem;

    private RosterImport(StoreSession session, Locale locale, LocalDate today, UnitPlacement placement) {
        this.session = session;
        this.locale = locale;
        this.today = today;
        this.placement = placement;
    }

    /** A file's first row: its column headers (the rest of the file is not read). */
    public static List<String> header(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        try {
            TableFiles.read(file, (number, cells) -> {
                header.addAll(cells.isEmpty() ? List.of("") : cells); //$NON-NLS-1$
                throw new FirstRowRead();
            });
        } catch (FirstRowRead enough) {
            // the headers are all that was wanted
        }
        return header;
    }

    /** Stops reading a file after its first row. */
    private static final class FirstRowRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FirstRowRead() {
            super(null, null, false, false);
        }
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

    /** The columns whose header names no field: listed for the user to map or ignore (序号 and empty headers aside). */
    public static List<Integer> unmatchedColumns(List<String> header) {
        List<Integer> unmatched = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String name = ImportField.normalized(header.get(column));
            if (!name.isEmpty() && !name.equals("序号") && !name.equals("编号") && ImportField.forHeader(header.get(column)) == null) { //$NON-NLS-1$ //$NON-NLS-2$
                unmatched.add(column);
            }
        }
        return unmatched;
    }

    /** Checks the file with its unit column (see {@link #plan(Path, Map, UnitPlacement, StoreSession, IProgressMonitor)}). */
    public static ImportPlan plan(Path file, Map<Integer, ImportField> mapping, StoreSession session, IProgressMonitor monitor)
            throws IOException, StoreException, RosterImportException {
        return plan(file, mapping, UnitPlacement.fromColumn(), session, monitor);
    }

    /**
     * Reads and checks every row of the file against the records of the session; nothing is changed
     * until {@link ImportPlan#importValidRows}.
     */
    public static ImportPlan plan(Path file, Map<Integer, ImportField> mapping, UnitPlacement placement, StoreSession session, IProgressMonitor monitor)
            throws IOException, StoreException, RosterImportException {
        RosterImport reader = new RosterImport(session, Locale.getDefault(), LocalDate.now(), placement);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_checking, 4);
        // the stored records are read while the file is: the two take about as long, and a machine has two cores
        java.util.concurrent.CompletableFuture<Void> records = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                reader.readRecords();
            } catch (StoreException | RosterImportException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        List<FileRow> fileRows = new ArrayList<>();
        try {
            TableFiles.read(file, (number, cells) -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (number > 1 && !cells.stream().allMatch(String::isBlank)) {
                    fileRows.add(new FileRow(number, cells));
                }
            });
        } finally {
            awaitRecords(records);
        }
        progress.worked(2);
        reader.checkMapping(mapping);
        List<ImportPlan.Row> rows = new ArrayList<>(fileRows.size());
        Map<String, Integer> seen = new HashMap<>();
        SubMonitor checking = progress.split(2).setWorkRemaining(fileRows.size());
        for (FileRow row : fileRows) {
            if (checking.isCanceled()) {
                throw new OperationCanceledException();
            }
            rows.add(reader.check(row.number(), row.cells(), mapping, seen));
            checking.worked(1);
        }
        return new ImportPlan(reader, rows, mapping);
    }

    private record FileRow(int number, List<String> cells) {
    }

    /** Waits for the stored records, passing on why they could not be read. */
    private static void awaitRecords(java.util.concurrent.CompletableFuture<Void> records) throws StoreException, RosterImportException {
        try {
            records.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            if (e.getCause() instanceof RosterImportException refused) {
                throw refused;
            }
            throw e;
        }
    }

    private void checkMapping(Map<Integer, ImportField> mapping) throws RosterImportException {
        List<String> missing = java.util.Arrays.stream(ImportField.values()).filter(f -> f.required() && !mapping.containsValue(f))
                .map(f -> f.label(locale)).collect(Collectors.toCollection(ArrayList::new));
        switch (placement.kind()) {
        case COLUMN -> {
            if (!mapping.containsValue(ImportField.UNIT)) {
                throw new RosterImportException(Messages.Import_noUnitColumn);
            }
        }
        case BY_PLACE -> {
            if (!mapping.containsValue(ImportField.TOWN) && !mapping.containsValue(ImportField.ORG_UNIT)) {
                throw new RosterImportException(Messages.Import_noPlaceColumn);
            }
        }
        case ONE_UNIT -> {
            oneUnit = unitNamed(placement.unit());
            if (oneUnit == null) {
                throw new RosterImportException(oneUnitProblem);
            }
        }
        }
        if (!missing.isEmpty()) {
            throw new RosterImportException(NLS.bind(Messages.Import_unmappedRequired, String.join(Messages.Import_listSeparator, missing)));
        }
    }

    /** The unit of that label ({@link #unitLabel}) or, when only one has it, of that name. */
    private MilitiaUnit unitNamed(String name) {
        String wanted = name == null ? "" : name.strip(); //$NON-NLS-1$
        for (MilitiaUnit unit : allUnits) {
            if (unitLabel(unit).equals(wanted)) {
                return unit;
            }
        }
        List<MilitiaUnit> named = units.getOrDefault(wanted, List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        oneUnitProblem = named.isEmpty() ? NLS.bind(Messages.Import_noUnit, wanted)
                : NLS.bind(Messages.Import_whichUnit, wanted, named.stream().map(RosterImport::unitLabel).collect(Collectors.joining(Messages.Import_listSeparator)));
        return null;
    }

    /** A unit as the user tells it from others of its name: its town, its village, the units above it and its name. */
    public static String unitLabel(MilitiaUnit unit) {
        List<String> parts = new ArrayList<>();
        for (OrgUnit org = unit.getOrgUnit(); org != null && org.getLevel() != OrgUnitLevel.DISTRICT; org = org.getParent()) {
            parts.add(0, org.getName());
        }
        parts.add(unitPath(unit));
        return String.join(" / ", parts); //$NON-NLS-1$
    }

    /** A unit within the units above it, as a roll writes it: 东岗村民兵连 / 第1排 (a company's platoons share their names). */
    public static String unitPath(MilitiaUnit unit) {
        List<String> parts = new ArrayList<>();
        for (MilitiaUnit at = unit; at != null; at = at.getParentUnit()) {
            parts.add(0, at.getName());
        }
        return String.join(" / ", parts); //$NON-NLS-1$
    }

    private void readRecords() throws StoreException, RosterImportException {
        List<District> districts = session.loadRoots(CorePackage.Literals.DISTRICT);
        List<MobilizationLedger> ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
        if (districts.isEmpty() || ledgers.isEmpty()) {
            throw new RosterImportException(Messages.Import_noDistrict);
        }
        district = districts.get(0);
        ledger = ledgers.get(0);
        district.getPersons().forEach(person -> persons.put(person.getIdentityNumber(), person));
        for (MobilizationLedger each : ledgers) {
            each.getUnits().forEach(this::readUnit);
        }
    }

    private void readUnit(MilitiaUnit unit) {
        units.computeIfAbsent(unit.getName(), name -> new ArrayList<>()).add(unit);
        if (unit.getParentUnit() != null) {
            units.computeIfAbsent(unitPath(unit), name -> new ArrayList<>()).add(unit);
        }
        allUnits.add(unit);
        unit.getMembers().forEach(member -> members.put(member.getPerson(), member));
        unit.getSubUnits().forEach(this::readUnit);
    }

    /** The stored units, labelled as the user tells them apart (for choosing one). */
    public List<MilitiaUnit> units() {
        return List.copyOf(allUnits);
    }

    private ImportPlan.Row check(int number, List<String> cells, Map<Integer, ImportField> mapping, Map<String, Integer> seen) {
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        List<ImportPlan.Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, ImportField> column : mapping.entrySet()) {
            ImportField field = column.getValue();
            columns.put(field, column.getKey());
            String text = column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : ""; //$NON-NLS-1$
            if (text.isEmpty()) {
                if (field.required()) {
                    problems.add(problem(number, field, column.getKey(), NLS.bind(Messages.Import_empty, field.label(locale))));
                }
                continue;
            }
            try {
                values.put(field, parse(field, text));
            } catch (IllegalArgumentException e) {
                problems.add(problem(number, field, column.getKey(), e.getMessage()));
            }
        }
        checkDerived(number, values, columns, problems);
        placeInUnit(number, values, columns, problems);
        String identityNumber = (String) values.get(ImportField.IDENTITY_NUMBER);
        if (identityNumber != null) {
            Integer earlier = seen.putIfAbsent(identityNumber, number);
            if (earlier != null) {
                problems.add(problem(number, ImportField.IDENTITY_NUMBER, columns.get(ImportField.IDENTITY_NUMBER),
                        NLS.bind(Messages.Import_duplicate, identityNumber, earlier)));
            }
        }
        // a row that says what is stored writes nothing, so there is nothing of it to check against the rules
        ImportPlan.Change change = problems.isEmpty() ? change(values) : null;
        if (change != ImportPlan.Change.NONE) {
            validate(number, values, columns, problems);
            change = problems.isEmpty() ? change : null;
        }
        return new ImportPlan.Row(number, values, List.copyOf(problems), change);
    }

    private ImportPlan.Problem problem(int row, ImportField field, Integer column, String message) {
        return new ImportPlan.Problem(row, field.label(locale), message, column == null ? -1 : column);
    }

    /** The file's sex and birth date must say what the identity number says. */
    private void checkDerived(int number, Map<ImportField, Object> values, Map<ImportField, Integer> columns, List<ImportPlan.Problem> problems) {
        String identityNumber = (String) values.get(ImportField.IDENTITY_NUMBER);
        if (identityNumber == null || !IdentityNumber.isValid(identityNumber.toUpperCase(Locale.ROOT))) {
            return;
        }
        String valid = identityNumber.toUpperCase(Locale.ROOT);
        Sex sex = (Sex) values.remove(ImportField.SEX);
        if (sex != null && sex != IdentityNumber.sex(valid)) {
            problems.add(problem(number, ImportField.SEX, columns.get(ImportField.SEX), NLS.bind(Messages.Import_sexDisagrees,
                    new Object[] { ModelLabels.of(sex, locale), valid, ModelLabels.of(IdentityNumber.sex(valid), locale) })));
        }
        Object born = values.remove(ImportField.BIRTH_DATE);
        LocalDate encoded = IdentityNumber.birthDate(valid);
        // 出生年月 gives year and month only: those are compared
        boolean agrees = born instanceof java.time.YearMonth month ? month.equals(java.time.YearMonth.from(encoded)) : born == null || born.equals(encoded);
        if (!agrees) {
            problems.add(problem(number, ImportField.BIRTH_DATE, columns.get(ImportField.BIRTH_DATE),
                    NLS.bind(Messages.Import_birthDisagrees, new Object[] { born, valid, encoded })));
        }
    }

    private void placeInUnit(int number, Map<ImportField, Object> values, Map<ImportField, Integer> columns, List<ImportPlan.Problem> problems) {
        String town = (String) values.remove(ImportField.TOWN);
        String village = (String) values.remove(ImportField.ORG_UNIT);
        switch (placement.kind()) {
        case ONE_UNIT -> values.put(ImportField.UNIT, oneUnit);
        case COLUMN -> {
            if (values.get(ImportField.UNIT) instanceof List<?> candidates) {
                MilitiaUnit unit = locate(candidates, town, village);
                if (unit == null) {
                    values.remove(ImportField.UNIT);
                    problems.add(problem(number, ImportField.UNIT, columns.get(ImportField.UNIT),
                            NLS.bind(Messages.Import_ambiguousUnit, ((MilitiaUnit) candidates.get(0)).getName())));
                } else {
                    values.put(ImportField.UNIT, unit);
                }
            }
        }
        case BY_PLACE -> {
            MilitiaUnit unit = unitOfPlace(number, town, village, columns, problems);
            if (unit != null) {
                values.put(ImportField.UNIT, unit);
            }
        }
        }
    }

    /** The unit of the row's village (or town): the only one, the one chosen, or a new one when asked for. */
    private MilitiaUnit unitOfPlace(int number, String town, String village, Map<ImportField, Integer> columns, List<ImportPlan.Problem> problems) {
        ImportField field = village != null ? ImportField.ORG_UNIT : ImportField.TOWN;
        Integer column = columns.get(field);
        if (town == null && village == null) {
            problems.add(problem(number, field, column, Messages.Import_noPlace));
            return null;
        }
        List<OrgUnit> places = places(town, village);
        String placeName = village != null ? village : town;
        if (places.isEmpty()) {
            problems.add(problem(number, field, column, NLS.bind(Messages.Import_unknownPlace, placeName, field.label(locale))));
            return null;
        }
        if (places.size() > 1) {
            problems.add(problem(number, field, column, NLS.bind(Messages.Import_severalPlaces, placeName)));
            return null;
        }
        OrgUnit place = places.get(0);
        String key = placeLabel(place);
        List<MilitiaUnit> here = allUnits.stream().filter(unit -> unit.getOrgUnit() == place).toList();
        if (here.size() == 1) {
            return here.get(0);
        }
        if (here.isEmpty()) {
            if (placement.createMissing()) {
                return newUnits.computeIfAbsent(place, this::newUnit);
            }
            problems.add(problem(number, field, column, NLS.bind(Messages.Import_placeWithoutUnit, key)));
            return null;
        }
        MilitiaUnit chosen = placement.chosen(key);
        if (chosen != null) {
            return chosen;
        }
        placesToChoose.put(key, here);
        problems.add(problem(number, field, column, NLS.bind(Messages.Import_chooseUnit, key,
                here.stream().map(MilitiaUnit::getName).collect(Collectors.joining(Messages.Import_listSeparator)))));
        return null;
    }

    /** The places of the district with the village's name (under the town, when given), or the towns of that name. */
    private List<OrgUnit> places(String town, String village) {
        List<OrgUnit> found = new ArrayList<>();
        district.getUnits().forEach(org -> collect(org, town, village, found));
        return found;
    }

    private static void collect(OrgUnit org, String town, String village, List<OrgUnit> found) {
        if (org == null) {
            return;
        }
        boolean isTown = org.getLevel() == OrgUnitLevel.TOWN || org.getLevel() == OrgUnitLevel.SUBDISTRICT;
        if (village == null ? isTown && org.getName().equals(town)
                : !isTown && org.getLevel() != OrgUnitLevel.DISTRICT && org.getName().equals(village) && (town == null || inTown(org, town))) {
            found.add(org);
        }
        org.getChildren().forEach(child -> collect(child, town, village, found));
    }

    private static boolean inTown(OrgUnit org, String town) {
        for (OrgUnit above = org.getParent(); above != null; above = above.getParent()) {
            if (above.getName().equals(town)) {
                return true;
            }
        }
        return false;
    }

    /** A place as the user reads it: its town and its own name. */
    public static String placeLabel(OrgUnit place) {
        List<String> parts = new ArrayList<>();
        for (OrgUnit org = place; org != null && org.getLevel() != OrgUnitLevel.DISTRICT; org = org.getParent()) {
            parts.add(0, org.getName());
        }
        return String.join(" / ", parts); //$NON-NLS-1$
    }

    /** The unit a place without one gets: a company for a town, a platoon for a village, community or enterprise. */
    private MilitiaUnit newUnit(OrgUnit place) {
        boolean town = place.getLevel() == OrgUnitLevel.TOWN || place.getLevel() == OrgUnitLevel.SUBDISTRICT;
        MilitiaUnit unit = MobilizationFactory.eINSTANCE.createMilitiaUnit();
        unit.setName(NLS.bind(town ? Messages.Import_newTownUnit : Messages.Import_newVillageUnit, place.getName()));
        unit.setType(town ? UnitType.COMPANY : UnitType.PLATOON);
        unit.setRole(UnitRole.ORDINARY);
        unit.setOrgUnit(place);
        return unit;
    }

    /** Choices and yes/no already read, by field and text: a file repeats a handful of words a hundred thousand times. */
    private final Map<String, Object> words = new HashMap<>();

    private Object parse(ImportField field, String text) {
        EAttribute typed = field.attribute();
        if (typed != null && (typed.getEAttributeType() instanceof EEnum || typed.getEAttributeType().getInstanceClass() == boolean.class
                || typed.getEAttributeType().getInstanceClass() == Boolean.class)) {
            String key = field.ordinal() + ":" + text; //$NON-NLS-1$
            Object known = words.get(key);
            if (known == null) {
                known = parseValue(field, text);
                words.put(key, known);
            }
            return known;
        }
        return parseValue(field, text);
    }

    private Object parseValue(ImportField field, String text) {
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
        if (field == ImportField.IDENTITY_NUMBER) {
            return Wordings.normalized(text).toUpperCase(Locale.ROOT);
        }
        if (field == ImportField.BIRTH_DATE) {
            Matcher yearMonth = YEAR_MONTH.matcher(text);
            try {
                if (yearMonth.matches()) {
                    return java.time.YearMonth.of(Integer.parseInt(yearMonth.group(1)), Integer.parseInt(yearMonth.group(2)));
                }
                if (text.matches("\\d{6}")) { //$NON-NLS-1$
                    return java.time.YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4)));
                }
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Import_notADate, text), e);
            }
            return date(text);
        }
        EAttribute attribute = field.attribute();
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            return choice(eEnum, type, text);
        }
        if (type == boolean.class || type == Boolean.class) {
            String lower = Wordings.normalized(text);
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

    private Enumerator choice(EEnum eEnum, Class<?> type, String text) {
        Enumerator word = Wordings.of(type, text);
        if (word != null) {
            return word;
        }
        List<Enumerator> abbreviated = new ArrayList<>();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            Enumerator value = literal.getInstance();
            String label = ModelLabels.of(value, locale);
            // a file in either language: the user's own, Chinese or English labels, or the model's literal
            if (text.equals(label) || text.equals(ModelLabels.of(value, Locale.CHINESE)) || text.equalsIgnoreCase(ModelLabels.of(value, Locale.ENGLISH))
                    || text.equalsIgnoreCase(literal.getLiteral())) {
                return value;
            }
            if (label.startsWith(text)) {
                abbreviated.add(value);
            }
        }
        // a beginning that names one choice is that choice
        if (abbreviated.size() == 1) {
            return abbreviated.get(0);
        }
        String choices = eEnum.getELiterals().stream().map(l -> ModelLabels.of(l.getInstance(), locale))
                .collect(Collectors.joining(Messages.Import_listSeparator));
        throw new IllegalArgumentException(NLS.bind(Messages.Import_notAChoice, text, choices));
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
        for (OrgUnit org = unit.getOrgUnit(); org != null; org = org.getParent()) {
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

    /**
     * Checks the row as the store will: on copies of the person and member it would change, or on new
     * ones. A field that already has a problem of this row is not reported twice.
     */
    private void validate(int number, Map<ImportField, Object> values, Map<ImportField, Integer> columns, List<ImportPlan.Problem> problems) {
        Set<String> reported = problems.stream().map(ImportPlan.Problem::field).collect(Collectors.toSet());
        Person existing = persons.get(values.get(ImportField.IDENTITY_NUMBER));
        Person person = existing == null ? CoreFactory.eINSTANCE.createPerson() : EcoreUtil.copy(existing);
        MilitiaMember existingMember = existing == null ? null : members.get(existing);
        MilitiaMember member = existingMember == null ? MobilizationFactory.eINSTANCE.createMilitiaMember() : EcoreUtil.copy(existingMember);
        set(person, member, values);
        member.setPerson(person);
        MilitiaUnit unit = (MilitiaUnit) values.get(ImportField.UNIT);
        MilitiaUnit standIn = unit == null ? null : standIns.computeIfAbsent(unit, RosterImport::standIn);
        if (standIn != null) {
            standIn.getMembers().add(member);
        }
        try {
            for (EObject record : List.of(person, member)) {
                for (Diagnostic problem : RecordValidation.validate(record, locale, today).getChildren()) {
                    if (problem.getSeverity() < Diagnostic.ERROR) {
                        continue;
                    }
                    EStructuralFeature feature = problem.getData().size() > 1 && problem.getData().get(1) instanceof EStructuralFeature f ? f : null;
                    ImportField field = feature == null ? null : fieldOf(feature);
                    String label = field != null ? field.label(locale) : feature == null ? "" : ModelLabels.of(feature, locale); //$NON-NLS-1$
                    if (feature == MobilizationPackage.Literals.MILITIA_MEMBER__UNIT && unit == null || reported.contains(label) && !label.isEmpty()) {
                        continue; // said already: the unit's own problem, or the field's value that could not be read
                    }
                    problems.add(new ImportPlan.Problem(number, label, problem.getMessage(), field == null || columns.get(field) == null ? -1 : columns.get(field)));
                }
            }
        } finally {
            if (standIn != null) {
                standIn.getMembers().clear();
            }
        }
    }

    private static ImportField fieldOf(EStructuralFeature feature) {
        for (ImportField field : ImportField.values()) {
            if (field.feature() == feature && field != ImportField.TOWN && field != ImportField.ORG_UNIT) {
                return field;
            }
        }
        return null;
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

    /** Sets the row's stored fields where they differ: setting a value to what it is already is not a change. */
    private static boolean set(Person person, MilitiaMember member, Map<ImportField, Object> values) {
        boolean changed = false;
        for (Map.Entry<ImportField, Object> value : values.entrySet()) {
            ImportField field = value.getKey();
            if (field.stored()) {
                EObject owner = field.ofPerson() ? person : member;
                if (!Objects.equals(owner.eGet(field.feature()), value.getValue())) {
                    owner.eSet(field.feature(), value.getValue());
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** What importing a valid row would do to the stored records. */
    private ImportPlan.Change change(Map<ImportField, Object> values) {
        Person person = persons.get(values.get(ImportField.IDENTITY_NUMBER));
        MilitiaMember member = person == null ? null : members.get(person);
        if (member == null) {
            return ImportPlan.Change.ADD;
        }
        for (Map.Entry<ImportField, Object> value : values.entrySet()) {
            ImportField field = value.getKey();
            if (field.stored() && !Objects.equals((field.ofPerson() ? person : member).eGet(field.feature()), value.getValue())) {
                return ImportPlan.Change.UPDATE;
            }
        }
        return member.getUnit() == values.get(ImportField.UNIT) ? ImportPlan.Change.NONE : ImportPlan.Change.UPDATE;
    }

    /** Applies one checked row: the stored person and member updated where they differ, or new ones added. */
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
        if (unit.eContainer() == null && newUnits.containsValue(unit)) {
            ledger.getUnits().add(unit);
        }
        if (member.getUnit() != unit) {
            unit.getMembers().add(member);
        }
    }

    /** The units that importing would create, for places that have none (shown before anything is written). */
    List<MilitiaUnit> newUnits() {
        return List.copyOf(newUnits.values());
    }

    /** Places with several units where the user has not chosen one, with their units. */
    Map<String, List<MilitiaUnit>> placesToChoose() {
        return Map.copyOf(placesToChoose);
    }

    StoreSession session() {
        return session;
    }
}
