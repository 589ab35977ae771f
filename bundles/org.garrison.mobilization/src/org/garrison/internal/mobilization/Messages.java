package org.garrison.internal.mobilization;

import org.eclipse.osgi.util.NLS;

/** The texts of the mobilization area's logic (import, rolls, commands), Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.mobilization.messages"; //$NON-NLS-1$

    public static String Roster_town;
    public static String Roster_orgUnit;
    public static String Import_checking;
    public static String Import_unmappedRequired;
    public static String Import_listSeparator;
    public static String Import_noDistrict;
    public static String Import_empty;
    public static String Import_duplicate;
    public static String Import_noUnit;
    public static String Import_whichUnit;
    public static String Import_ambiguousUnit;
    public static String Import_notAChoice;
    public static String Import_notYesNo;
    public static String Import_notADate;
    public static String Import_noUnitColumn;
    public static String Import_noPlaceColumn;
    public static String Import_noPlace;
    public static String Import_unknownPlace;
    public static String Import_severalPlaces;
    public static String Import_placeWithoutUnit;
    public static String Import_chooseUnit;
    public static String Import_newTownUnit;
    public static String Import_newVillageUnit;
    public static String Import_sexDisagrees;
    public static String Import_birthDisagrees;
    public static String Problems_sheet;
    public static String Problems_column;
    public static String Problems_row;
    public static String Problems_field;
    public static String Problems_fieldSeparator;
    public static String Problems_entry;
    public static String Roll_members;
    public static String Roll_number;
    public static String Roll_yes;
    public static String Roll_no;
    public static String Headless_usage;
    public static String Headless_unknownCommand;
    public static String Headless_unknownOption;
    public static String Headless_extraArgument;
    public static String Headless_missingValue;
    public static String Headless_noImportFile;
    public static String Headless_noExportFile;
    public static String Headless_onePlacement;
    public static String Headless_notATable;
    public static String Headless_noFile;
    public static String Headless_noScope;
    public static String Headless_failed;
    public static String Headless_summary;
    public static String Headless_newUnits;
    public static String Headless_problem;
    public static String Headless_written;
    public static String Headless_nothingImported;
    public static String Headless_dryRun;
    public static String Headless_imported;
    public static String Headless_exported;
    public static String Roll_movements;
    public static String Roll_musters;
    public static String Roll_day;
    public static String Roll_kind;
    public static String Roll_joined;
    public static String Roll_left;
    public static String Roll_name;
    public static String Roll_identity;
    public static String Roll_unit;
    public static String Roll_town;
    public static String Roll_present;
    public static String Roll_reason;
    public static String Headless_oneScope;
    public static String Headless_badRoll;
    public static String Headless_badYear;
    public static String Roll_scope;
    public static String Roll_district;
    public static String Roll_year;
    public static String Roll_count;
    public static String Headless_notARollFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
