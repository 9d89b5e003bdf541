package org.coderpay.check;

/** One quality gate over the published site. Gates report every finding; they never stop at the first. */
public interface Gate {

    /** Short name shown in the summary and before each finding: {@code html}, {@code links}. */
    String name();

    GateResult check(PublishedSite site) throws Exception;
}
