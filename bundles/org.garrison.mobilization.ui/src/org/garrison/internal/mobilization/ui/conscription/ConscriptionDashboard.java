package org.garrison.internal.mobilization.ui.conscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.mobilization.ui.Ledgers;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.conscription.ConscriptionIndicators;
import org.garrison.model.mobilization.ConscriptionCampaign;
import org.garrison.model.mobilization.ConscriptionIndicator;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.Recruit;
import org.garrison.model.mobilization.RecruitEducation;
import org.garrison.model.mobilization.RecruitMeasure;
import org.garrison.model.mobilization.RecruitStage;
import org.garrison.model.mobilization.TargetDirection;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.StoreEditorPart;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * A conscription campaign at a glance: quota progress, how many recruits reached each stage
 * (报名→初检→体检→政考→定兵→入伍, 退兵), the five rates against their targets in green or red,
 * the university students' shares, and the recruits themselves, whose stage can be changed in
 * place (the figures follow at once; Save writes them).
 */
public class ConscriptionDashboard extends StoreEditorPart {

    public static final String ID = "org.garrison.mobilization.conscriptionDashboard"; //$NON-NLS-1$

    private ConscriptionCampaign campaign;
    private List<ConscriptionIndicator> indicators;
    private Label quota;
    private ProgressBar quotaBar;
    private Label stages;
    private Label college;
    private final List<Label[]> rates = new ArrayList<>();
    private RecordTable recruits;
    private Color green;
    private Color red;
    private Font title;

    @Override
    protected void opened(IEditorInput input) throws PartInitException {
        try {
            List<MobilizationLedger> ledgers = Ledgers.read(session());
            campaign = storedRecord(input, ConscriptionCampaign.class);
            indicators = ledgers.isEmpty() || ledgers.get(0).getIndicators().isEmpty() ? ConscriptionIndicators.defaults()
                    : List.copyOf(ledgers.get(0).getIndicators());
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(NLS.bind(Messages.Dashboard_title, campaign.getYear()));
    }


    /** The mobilization area's records: read-only for a user without the 动员 role. */
    @Override
    protected org.eclipse.emf.ecore.EClass changedClass(org.eclipse.ui.IEditorInput input) {
        return org.garrison.model.mobilization.MobilizationPackage.Literals.MOBILIZATION_LEDGER;
    }

    @Override
    protected void createContents(Composite part) {
        // Scrolled, so that on a small screen the charts and the recruits scroll instead of being cut off.
        org.eclipse.swt.custom.ScrolledComposite scrolled = new org.eclipse.swt.custom.ScrolledComposite(part, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite parent = new Composite(scrolled, SWT.NONE);
        scrolled.setContent(parent);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        green = new Color(0x1e, 0x84, 0x49);
        red = new Color(0xc0, 0x39, 0x2b);
        GridLayoutFactory.swtDefaults().margins(12, 10).spacing(12, 8).numColumns(2).applyTo(parent);
        Label heading = new Label(parent, SWT.NONE);
        FontData data = parent.getFont().getFontData()[0];
        title = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 4, SWT.BOLD);
        heading.setFont(title);
        heading.setText(NLS.bind(Messages.Dashboard_title, campaign.getYear()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);

        Group progress = group(parent, Messages.Dashboard_quota);
        quota = new Label(progress, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(quota);
        quotaBar = new ProgressBar(progress, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(quotaBar);
        stages = new Label(progress, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stages);
        college = new Label(progress, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(college);

        Group rateGroup = group(parent, Messages.Dashboard_rates);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(16, 4).applyTo(rateGroup);
        for (String header : new String[] { Messages.Dashboard_rate, Messages.Dashboard_actual, Messages.Dashboard_target, Messages.Dashboard_met }) {
            Label label = new Label(rateGroup, SWT.NONE);
            label.setText(header);
        }
        for (int i = 0; i < indicators.size(); i++) {
            Label[] row = new Label[4];
            for (int c = 0; c < 4; c++) {
                row[c] = new Label(rateGroup, SWT.NONE);
                GridDataFactory.fillDefaults().grab(c == 0, false).applyTo(row[c]);
            }
            rates.add(row);
        }

        Composite charts = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(charts);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 260).applyTo(charts);
        funnel = org.garrison.ui.charts.Charts.create(charts, org.garrison.ui.charts.Charts.Kind.BAR, Messages.Dashboard_funnel, stageNames(),
                List.of(new org.garrison.ui.charts.ChartSeries(Messages.Dashboard_recruits, stageCounts())));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(funnel);
        rateChart = org.garrison.ui.charts.Charts.create(charts, org.garrison.ui.charts.Charts.Kind.BAR, Messages.Dashboard_rates, rateNames(), rateSeries());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rateChart);

        Group recruitGroup = group(parent, Messages.Dashboard_recruits);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(recruitGroup);
        recruits = new RecordTable(recruitGroup, RecruitColumns.of(items()), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 240).applyTo(recruits.natTable());
        recruits.setRows(campaign.getRecruits());
        TableMenu.attach(recruits, getSite(), NLS.bind(Messages.Dashboard_title, campaign.getYear()));
        scrolled.setMinSize(900, parent.computeSize(900, SWT.DEFAULT).y);
        update();
        installGlobalActions();
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    /** Every figure again from the recruits as they are now. */
    private void update() {
        int quotaCount = campaign.count(RecruitMeasure.QUOTA);
        int enlisted = campaign.count(RecruitMeasure.ENLISTED);
        quota.setText(NLS.bind(Messages.Dashboard_quotaText, new Object[] { quotaCount, enlisted, percent(enlisted, quotaCount) }));
        quotaBar.setMaximum(Math.max(1, quotaCount));
        quotaBar.setSelection(Math.min(enlisted, quotaCount));
        stages.setText(NLS.bind(Messages.Dashboard_stages, new Object[] { campaign.getRecruits().size(), reached(RecruitStage.PRELIMINARY_CHECK),
                reached(RecruitStage.PHYSICAL_EXAM), reached(RecruitStage.POLITICAL_REVIEW), reached(RecruitStage.SELECTED), enlisted,
                campaign.count(RecruitMeasure.RETURNED) }));
        long inCollege = enlistedWith(RecruitEducation.IN_COLLEGE);
        long graduates = enlistedWith(RecruitEducation.COLLEGE_GRADUATE);
        college.setText(NLS.bind(Messages.Dashboard_college, new Object[] { enlisted, inCollege + graduates, percent(inCollege + graduates, enlisted),
                graduates, percent(graduates, enlisted) }));
        for (int i = 0; i < indicators.size(); i++) {
            ConscriptionIndicator indicator = indicators.get(i);
            Label[] row = rates.get(i);
            double value = indicator.valueFor(campaign);
            boolean met = indicator.metBy(campaign);
            row[0].setText(Locale.getDefault().getLanguage().equals("en") && indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getName()); //$NON-NLS-1$
            row[1].setText(Double.isNaN(value) ? Messages.Dashboard_none : String.format("%.1f%%", value * 100)); //$NON-NLS-1$
            row[2].setText((indicator.getDirection() == TargetDirection.AT_LEAST ? "≥ " : "≤ ") + String.format("%.1f%%", indicator.getTarget() * 100)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            row[3].setText(met ? Messages.Dashboard_yes : Messages.Dashboard_no);
            row[1].setForeground(met ? green : red);
            row[3].setForeground(met ? green : red);
        }
        if (funnel != null) {
            org.garrison.ui.charts.Charts.update(funnel, stageNames(),
                    List.of(new org.garrison.ui.charts.ChartSeries(Messages.Dashboard_recruits, stageCounts())));
            org.garrison.ui.charts.Charts.update(rateChart, rateNames(), rateSeries());
        }
        quota.getParent().getParent().layout(true, true);
    }

    private org.eclipse.swtchart.Chart funnel;
    private org.eclipse.swtchart.Chart rateChart;

    private static final RecruitStage[] FUNNEL = { RecruitStage.REGISTERED, RecruitStage.PRELIMINARY_CHECK, RecruitStage.PHYSICAL_EXAM,
            RecruitStage.POLITICAL_REVIEW, RecruitStage.SELECTED, RecruitStage.ENLISTED };

    /** The stages of the funnel, then 退兵. */
    private static String[] stageNames() {
        List<String> names = new ArrayList<>();
        for (RecruitStage stage : FUNNEL) {
            names.add(org.garrison.model.labels.ModelLabels.of(stage, Locale.getDefault()));
        }
        names.add(org.garrison.model.labels.ModelLabels.of(RecruitStage.RETURNED, Locale.getDefault()));
        return names.toArray(String[]::new);
    }

    /** How many recruits reached each stage of the funnel, and how many were returned: the same counts as the text above. */
    private double[] stageCounts() {
        double[] counts = new double[FUNNEL.length + 1];
        counts[0] = campaign.getRecruits().size();
        for (int i = 1; i < FUNNEL.length; i++) {
            counts[i] = FUNNEL[i] == RecruitStage.ENLISTED ? campaign.count(RecruitMeasure.ENLISTED) : reached(FUNNEL[i]);
        }
        counts[FUNNEL.length] = campaign.count(RecruitMeasure.RETURNED);
        return counts;
    }

    private String[] rateNames() {
        return indicators.stream().map(indicator -> Locale.getDefault().getLanguage().equals("en") && indicator.getNameEn() != null //$NON-NLS-1$
                ? indicator.getNameEn() : indicator.getName()).toArray(String[]::new);
    }

    /** Each rate and its target, in percent. */
    private List<org.garrison.ui.charts.ChartSeries> rateSeries() {
        double[] actual = new double[indicators.size()];
        double[] target = new double[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            double value = indicators.get(i).valueFor(campaign);
            actual[i] = Double.isNaN(value) ? 0 : value * 100;
            target[i] = indicators.get(i).getTarget() * 100;
        }
        return List.of(new org.garrison.ui.charts.ChartSeries(Messages.Dashboard_actual, actual, new org.eclipse.swt.graphics.RGB(0x1E, 0x88, 0xE5)),
                new org.garrison.ui.charts.ChartSeries(Messages.Dashboard_target, target, new org.eclipse.swt.graphics.RGB(0xBD, 0xBD, 0xBD)));
    }

    /** The stage funnel chart (for tests). */
    public org.eclipse.swtchart.Chart funnelChart() {
        return funnel;
    }

    /** Recruits that reached the stage (or a later one on the way to enlisting). */
    private long reached(RecruitStage stage) {
        return campaign.getRecruits().stream().filter(r -> r.getStage() != RecruitStage.RETURNED ? r.getStage().getValue() >= stage.getValue()
                : r.getReturnedOn() != null).count();
    }

    private long enlistedWith(RecruitEducation education) {
        return campaign.getRecruits().stream().filter(r -> r.getEnlistedOn() != null && r.getEducation() == education).count();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format("%.1f%%", 100.0 * part / whole); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void commandStackChanged() {
        recruits.refresh();
        update();
    }

    @Override
    protected void reverted() {
        commandStackChanged();
    }

    /** The figures shown, for tests: each rate's name, value text and whether it is met. */
    public List<String> rateTexts() {
        return rates.stream().map(row -> row[0].getText() + " " + row[1].getText() + " " + row[2].getText() + " " + row[3].getText()).toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public ConscriptionCampaign campaign() {
        return campaign;
    }

    public RecordTable recruits() {
        return recruits;
    }

    public String quotaText() {
        return quota.getText();
    }

    @Override
    public void setFocus() {
        recruits.natTable().setFocus();
    }

    @Override
    public void dispose() {
        for (org.eclipse.swt.graphics.Resource resource : new org.eclipse.swt.graphics.Resource[] { green, red, title }) {
            if (resource != null) {
                resource.dispose();
            }
        }
        super.dispose();
    }
}
