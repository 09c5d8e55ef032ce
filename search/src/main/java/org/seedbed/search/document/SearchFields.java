package org.seedbed.search.document;

/**
 * Names of the fields every kind of document shares. Each kind maps its own properties onto them
 * (an organization's name and a call's title are both {@link #TITLE_ZH}), which is what lets one
 * query, one set of facets and one sort span kinds.
 */
public final class SearchFields {

    /** The kind of document, see {@link DocumentType#key()}. */
    public static final String TYPE = "docType";
    /** Whether the public may find the document. */
    public static final String LISTED = "listed";

    public static final String TITLE_ZH = "titleZh";
    public static final String TITLE_EN = "titleEn";
    public static final String TEXT_ZH = "textZh";
    public static final String TEXT_EN = "textEn";
    /** The Chinese title as one keyword, for sorting by title. */
    public static final String TITLE_SORT = "titleSort";

    public static final String STATUS = "status";
    /** Organization kind: social group, social service agency, foundation, community-filed. */
    public static final String KIND = "kind";
    /** Service areas of an organization. */
    public static final String AREA = "area";
    /** Ids of the document's org unit and all units above it, so a district finds its streets' work. */
    public static final String UNIT = "unit";
    /** Category codes (a call's categories, an application's or grant's own). */
    public static final String CATEGORY = "category";

    public static final String YEAR = "year";
    /** Money in minor units: a call's fund, a campaign's goal, the amount requested or granted. */
    public static final String AMOUNT = "amount";

    public static final String CURRENCY = "currency";
    /** The organization an application, grant or campaign belongs to. */
    public static final String ORGANIZATION = "organizationId";
    /** The call an application or grant belongs to. */
    public static final String CALL = "callId";

    private SearchFields() {}
}
