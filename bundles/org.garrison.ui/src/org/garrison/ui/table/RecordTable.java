package org.garrison.ui.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataCommandHandler;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.DialogErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.CheckBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.CheckBoxPainter;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Composite;
import org.garrison.internal.ui.table.CellConverter;
import org.garrison.internal.ui.table.CellTexts;
import org.garrison.internal.ui.table.RowFilter;
import org.garrison.internal.ui.table.RowOrder;
import org.garrison.internal.ui.table.TableExportJob;

/**
 * A NatTable of records for large lists (100,000 rows and more): a filter under every column
 * header, sorting by a click on a header (Chinese text in pinyin order), in-place editing through
 * an EMF editing domain (so Edit &gt; Undo takes an edit back), copy with Ctrl+C, a column
 * chooser, and export of what it shows to .xlsx or .csv. Double-click or Enter on a read-only cell
 * opens the row's record.
 */
public class RecordTable {

    private static final String COLUMN_LABEL = "COLUMN_"; //$NON-NLS-1$
    private static final String EDITABLE_LABEL = "EDITABLE"; //$NON-NLS-1$
    private static final String READ_ONLY_LABEL = "READ_ONLY"; //$NON-NLS-1$
    private static final String MARKED_LABEL = "MARKED"; //$NON-NLS-1$
    private java.util.function.BiPredicate<EObject, Integer> marked;

    private final List<RecordColumn> columns;
    private final EditingDomain domain;
    private final CellTexts texts;
    private List<EObject> all = List.of();
    private final List<EObject> shown = new ArrayList<>();
    private final Map<Integer, RowFilter> filters = new HashMap<>();
    private int sortColumn = -1;
    private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;
    private final List<Consumer<EObject>> openListeners = new ArrayList<>();
    private final List<Runnable> shownListeners = new ArrayList<>();

    private final NatTable natTable;
    private final DataLayer bodyDataLayer;
    private final ColumnHideShowLayer hideShowLayer;
    private final SelectionLayer selectionLayer;
    private final FilterRowHeaderComposite<EObject> filterHeader;

    /**
     * @param domain the editing domain that in-place edits go through; null for a table that is never edited
     * @param items the item providers that name enumeration literals and records
     */
    public RecordTable(Composite parent, List<RecordColumn> columns, EditingDomain domain, ComposedAdapterFactory items) {
        this.columns = List.copyOf(columns);
        this.domain = domain;
        this.texts = new CellTexts(items);
        ConfigRegistry configRegistry = new ConfigRegistry();

        ListDataProvider<EObject> bodyData = new ListDataProvider<>(shown, new Accessor());
        bodyDataLayer = new DataLayer(bodyData);
        for (int i = 0; i < columns.size(); i++) {
            bodyDataLayer.setColumnWidthByPosition(i, columns.get(i).width());
        }
        ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyDataLayer);
        for (int i = 0; i < columns.size(); i++) {
            labels.registerColumnOverrides(i, COLUMN_LABEL + i, columns.get(i).editable() && domain != null ? EDITABLE_LABEL : READ_ONLY_LABEL);
        }
        bodyDataLayer.setConfigLabelAccumulator((stack, columnPosition, rowPosition) -> {
            labels.accumulateConfigLabels(stack, columnPosition, rowPosition);
            if (marked != null && rowPosition >= 0 && rowPosition < shown.size() && marked.test(shown.get(rowPosition), columnPosition)) {
                stack.addLabel(MARKED_LABEL);
            }
        });
        ColumnReorderLayer reorderLayer = new ColumnReorderLayer(bodyDataLayer);
        hideShowLayer = new ColumnHideShowLayer(reorderLayer);
        selectionLayer = new SelectionLayer(hideShowLayer);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);

        DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(
                columns.stream().map(RecordColumn::header).toArray(String[]::new));
        DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
        SortHeaderLayer<EObject> sortHeader = new SortHeaderLayer<>(columnHeader, new SortModel());
        filterHeader = new FilterRowHeaderComposite<>(new FilterStrategy(), sortHeader, headerData, configRegistry);

        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
        DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
        rowHeaderDataLayer.setDefaultColumnWidth(60);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderDataLayer, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader, filterHeader);
        GridLayer grid = new GridLayer(viewport, filterHeader, rowHeader, corner);

        CopyDataCommandHandler copy = new CopyDataCommandHandler(selectionLayer, columnHeader, rowHeader);
        copy.setCopyFormattedText(true);
        selectionLayer.registerCommandHandler(copy);
        selectionLayer.registerCommandHandler(new DisplayColumnChooserCommandHandler(selectionLayer, hideShowLayer, columnHeader, headerDataLayer, null, null));

        natTable = new NatTable(parent, grid, false);
        natTable.setConfigRegistry(configRegistry);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new CellConfiguration());
        natTable.addConfiguration(new OpenBindings());
        natTable.configure();
    }

    /**
     * Marks cells with a pale red background (an assessment missing, say): the predicate answers for a
     * row and a column's index in the columns the table was made with.
     */
    public void markCells(java.util.function.BiPredicate<EObject, Integer> marks) {
        this.marked = marks;
        natTable.redraw();
    }

    /** Shows these rows, filtered and sorted as the table is now. */
    public void setRows(List<? extends EObject> rows) {
        all = List.copyOf(rows);
        for (int i = 0; i < columns.size(); i++) {
            RecordColumn column = columns.get(i);
            if (column.attribute() != null && column.attribute().getEAttributeType() instanceof EEnum && !all.isEmpty()) {
                texts.learnLiterals(column.owner().apply(all.get(0)), column.attribute());
            }
        }
        update();
    }

    /** Rebuilds what the table shows from the rows, its filters and its order. */
    private void update() {
        shown.clear();
        for (EObject row : all) {
            if (matches(row)) {
                shown.add(row);
            }
        }
        if (sortColumn >= 0 && sortDirection != SortDirectionEnum.NONE) {
            RecordColumn column = columns.get(sortColumn);
            RowOrder.sort(shown, column.value(), texts::text, sortDirection == SortDirectionEnum.ASC);
        }
        bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
        shownListeners.forEach(Runnable::run);
    }

    private boolean matches(EObject row) {
        for (Map.Entry<Integer, RowFilter> filter : filters.entrySet()) {
            Object value = columns.get(filter.getKey()).value().apply(row);
            if (!filter.getValue().matches(value, texts.text(value))) {
                return false;
            }
        }
        return true;
    }

    /** Filters a column as if the user typed the text into its filter cell (empty text removes the filter). */
    public void filter(int column, String text) {
        filterHeader.getFilterRowDataLayer().setDataValueByPosition(column, 0, text == null || text.isBlank() ? null : text);
    }

    /** Sorts by a column as a click on its header does. */
    public void sort(int column, boolean ascending) {
        sortColumn = column;
        sortDirection = ascending ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
        update();
    }

    /** The rows shown now, in their order. */
    public List<EObject> shownRows() {
        return List.copyOf(shown);
    }

    /** The rows the user selected, in table order. */
    public List<EObject> selectedRows() {
        List<EObject> selected = new ArrayList<>();
        for (int position : selectionLayer.getFullySelectedRowPositions()) {
            selected.add(shown.get(selectionLayer.getRowIndexByPosition(position)));
        }
        if (selected.isEmpty() && selectionLayer.getSelectionAnchor().getRowPosition() >= 0) {
            int index = selectionLayer.getRowIndexByPosition(selectionLayer.getSelectionAnchor().getRowPosition());
            if (index >= 0 && index < shown.size()) {
                selected.add(shown.get(index));
            }
        }
        return selected;
    }

    /** The columns shown now, in their order (hidden ones left out). */
    public List<RecordColumn> visibleColumns() {
        List<RecordColumn> visible = new ArrayList<>();
        for (int position = 0; position < hideShowLayer.getColumnCount(); position++) {
            visible.add(columns.get(hideShowLayer.getColumnIndexByPosition(position)));
        }
        return visible;
    }

    /** A job that writes what the table shows to an .xlsx or .csv file; schedule it. */
    public Job export(Path file, String sheetName) {
        return new TableExportJob(file, sheetName, visibleColumns(), shown, texts);
    }

    /** Told the record of a row the user opens (double-click or Enter on a read-only cell). */
    public void addOpenListener(Consumer<EObject> listener) {
        openListeners.add(listener);
    }

    /** Told after the rows shown changed: new rows, another filter, another order. */
    public void addShownListener(Runnable listener) {
        shownListeners.add(listener);
    }

    /** Opens the first selected row's record, as double-click does. */
    public void openSelected() {
        List<EObject> selected = selectedRows();
        if (!selected.isEmpty()) {
            openListeners.forEach(listener -> listener.accept(selected.get(0)));
        }
    }

    /** The text a cell shows for a value of this table. */
    public String text(Object value) {
        return texts.text(value);
    }

    /** Draws the cells again, after their records changed (an undo, a commit). */
    public void refresh() {
        natTable.refresh(false);
    }

    public NatTable natTable() {
        return natTable;
    }

    public SelectionLayer selectionLayer() {
        return selectionLayer;
    }

    /** Reads cells through the columns; writes them as EMF commands on the editing domain. */
    private final class Accessor implements IColumnAccessor<EObject> {

        @Override
        public Object getDataValue(EObject row, int column) {
            return columns.get(column).value().apply(row);
        }

        @Override
        public void setDataValue(EObject row, int column, Object newValue) {
            RecordColumn recordColumn = columns.get(column);
            if (recordColumn.edit() != null && domain != null) {
                try {
                    Command command = recordColumn.edit().apply(row, newValue);
                    if (command != null && command.canExecute()) {
                        domain.getCommandStack().execute(command);
                    }
                } catch (IllegalArgumentException e) {
                    // said once the cell editor has closed: a dialog inside its commit would take its focus and commit again
                    natTable.getDisplay().asyncExec(() -> {
                        if (!natTable.isDisposed()) {
                            org.eclipse.jface.dialogs.MessageDialog.openError(natTable.getShell(), recordColumn.header(), e.getMessage());
                        }
                    });
                }
                return;
            }
            EObject owner = recordColumn.owner() == null ? null : recordColumn.owner().apply(row);
            if (owner == null || domain == null) {
                return;
            }
            Command set = SetCommand.create(domain, owner, recordColumn.attribute(), newValue);
            if (set.canExecute()) {
                domain.getCommandStack().execute(set);
            }
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }
    }

    private final class SortModel implements ISortModel {

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return sortColumn >= 0 && sortDirection != SortDirectionEnum.NONE ? List.of(sortColumn) : List.of();
        }

        @Override
        public boolean isColumnIndexSorted(int columnIndex) {
            return columnIndex == sortColumn && sortDirection != SortDirectionEnum.NONE;
        }

        @Override
        public SortDirectionEnum getSortDirection(int columnIndex) {
            return columnIndex == sortColumn ? sortDirection : SortDirectionEnum.NONE;
        }

        @Override
        public int getSortOrder(int columnIndex) {
            return isColumnIndexSorted(columnIndex) ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<java.util.Comparator> getComparatorsForColumnIndex(int columnIndex) {
            return List.of();
        }

        @Override
        public java.util.Comparator<?> getColumnComparator(int columnIndex) {
            return null;
        }

        @Override
        public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
            sortColumn = columnIndex;
            sortDirection = direction;
            update();
        }

        @Override
        public void clear() {
            sortColumn = -1;
            sortDirection = SortDirectionEnum.NONE;
            update();
        }
    }

    private final class FilterStrategy implements IFilterStrategy<EObject> {

        @Override
        public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
            filters.clear();
            filterIndexToObjectMap.forEach((column, text) -> {
                if (text != null && !text.toString().isBlank()) {
                    filters.put(column, new RowFilter(text.toString()));
                }
            });
            update();
        }
    }

    /** Display texts, editors and edit rules, column by column. */
    private final class CellConfiguration extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, EDITABLE_LABEL);
            registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, new DialogErrorHandling(), DisplayMode.EDIT, EDITABLE_LABEL);
            org.eclipse.nebula.widgets.nattable.style.Style markedStyle = new org.eclipse.nebula.widgets.nattable.style.Style();
            markedStyle.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.BACKGROUND_COLOR,
                    org.eclipse.nebula.widgets.nattable.util.GUIHelper.getColor(0xfa, 0xdb, 0xd8));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, markedStyle, DisplayMode.NORMAL, MARKED_LABEL);
            for (int i = 0; i < columns.size(); i++) {
                RecordColumn column = columns.get(i);
                String label = COLUMN_LABEL + i;
                EAttribute attribute = column.attribute();
                registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CellConverter(texts, attribute, column.edit() != null), DisplayMode.NORMAL, label);
                registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CellConverter(texts, attribute, column.edit() != null), DisplayMode.EDIT, label);
                if (attribute == null || domain == null) {
                    continue;
                }
                Class<?> type = attribute.getEAttributeType().getInstanceClass();
                if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                    registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
                            new ComboBoxCellEditor(eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList()), DisplayMode.EDIT, label);
                } else if (type == boolean.class || type == Boolean.class) {
                    registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new CheckBoxCellEditor(), DisplayMode.EDIT, label);
                    registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new CheckBoxPainter(), DisplayMode.NORMAL, label);
                    registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CellConverter.Checkbox(), DisplayMode.NORMAL, label);
                    registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CellConverter.Checkbox(), DisplayMode.EDIT, label);
                }
            }
        }
    }

    /** Double-click or Enter on a read-only body cell opens the row's record. */
    private final class OpenBindings extends AbstractUiBindingConfiguration {

        @Override
        public void configureUiBindings(UiBindingRegistry registry) {
            registry.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON) {
                @Override
                public boolean matches(NatTable table, MouseEvent event, LabelStack regionLabels) {
                    return super.matches(table, event, regionLabels) && !isEditableAt(event.x, event.y);
                }
            }, (table, event) -> openSelected());
            registry.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.ROW_HEADER, MouseEventMatcher.LEFT_BUTTON),
                    (table, event) -> openSelected());
            registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (table, event) -> openSelected());
            registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), (table, event) -> openSelected());
        }
    }

    private boolean isEditableAt(int x, int y) {
        int column = natTable.getColumnPositionByX(x);
        int row = natTable.getRowPositionByY(y);
        return column >= 0 && row >= 0 && natTable.getConfigLabelsByPosition(column, row).hasLabel(EDITABLE_LABEL);
    }
}
