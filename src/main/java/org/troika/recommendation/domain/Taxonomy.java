package org.troika.recommendation.domain;

/** The classification schemes a recommendation can be labelled with. */
public enum Taxonomy {
    /** The 56 issues of the UPR Info database, e.g. "Death penalty". */
    UPR_INFO_ISSUE,
    /** Themes of OHCHR's Universal Human Rights Index, e.g. "Acceptance of international norms". */
    UHRI_THEME,
    /** Groups of persons affected, as UHRI labels them, e.g. "women", "children". */
    AFFECTED_GROUP,
    /** Sustainable Development Goal targets, e.g. "16.3". */
    SDG_TARGET
}
