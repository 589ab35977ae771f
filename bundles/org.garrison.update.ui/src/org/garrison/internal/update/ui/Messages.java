package org.garrison.internal.update.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of 检查更新 and 安装新功能, Chinese by default, English second. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.garrison.internal.update.ui.messages"; //$NON-NLS-1$

    public static String Check_title;
    public static String Check_upToDate;
    public static String Updates_message;
    public static String Updates_update;
    public static String Install_title;
    public static String Install_message;
    public static String Install_site;
    public static String Install_read;
    public static String Install_install;
    public static String Install_nothing;
    public static String Install_pick;
    public static String Column_feature;
    public static String Column_installed;
    public static String Column_new;
    public static String Column_version;
    public static String Column_description;
    public static String Sites_none;
    public static String Installation_readOnly;
    public static String Failed_title;
    public static String Restart_title;
    public static String Restart_message;
    public static String Restart_now;
    public static String Restart_later;
    public static String Cancel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
