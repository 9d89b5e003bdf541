package org.coderpay.seo;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The schema.org types the site describes its pages with, as typed values that Jackson serialises
 * (see {@link JsonLd}). Each record is one schema.org type; its components are that type's
 * properties, named as schema.org names them, so the vocabulary test can check every one. Null
 * components are left out of the JSON.
 */
public final class SchemaOrg {
    private SchemaOrg() {
    }

    /** One node of a page's graph. */
    public sealed interface Node permits WebSite, WebPage, Organization, Article, BreadcrumbList, Occupation,
            Dataset {
    }

    /** A reference to a node described elsewhere in the graph, by its {@code @id}. */
    public record Ref(@JsonProperty("@id") String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record WebSite(@JsonProperty("@id") String id, String name, String description, String url,
            String inLanguage, Ref publisher, String dateModified) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "WebSite";
        }
    }

    /** A page that is not an article (one made from the data): its name, and when its figures were reviewed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record WebPage(@JsonProperty("@id") String id, String name, String description, String url,
            String inLanguage, String dateModified, Ref isPartOf) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "WebPage";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Organization(@JsonProperty("@id") String id, String name, String url, String logo) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "Organization";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "@id"})
    public record Article(@JsonProperty("@id") String id, String headline, String description, String url,
            String mainEntityOfPage, String image, String inLanguage, String datePublished, String dateModified,
            Ref author, Ref publisher, Ref isPartOf) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "Article";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record BreadcrumbList(List<ListItem> itemListElement) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "BreadcrumbList";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record ListItem(int position, String name, String item) {
        @JsonProperty("@type")
        public String type() {
            return "ListItem";
        }
    }

    /** A job, with what it pays ({@code estimatedSalary}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Occupation(String name, String description, String occupationalCategory, String url,
            MonetaryAmountDistribution estimatedSalary) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "Occupation";
        }
    }

    /**
     * Pay as the data states it: the currency and period always, percentiles only those the dataset
     * publishes (a range compiled from surveys has none, and none are invented from it).
     *
     * @param duration the period one amount covers, ISO 8601 ({@code P1Y} for annual pay)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record MonetaryAmountDistribution(String name, String description, String currency, String duration,
            BigDecimal percentile10, BigDecimal percentile25, BigDecimal median, BigDecimal percentile75,
            BigDecimal percentile90) {
        @JsonProperty("@type")
        public String type() {
            return "MonetaryAmountDistribution";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Dataset(String name, String description, String url, String dateModified, String temporalCoverage,
            String variableMeasured, Organization creator, Ref publisher, Boolean isAccessibleForFree) implements Node {
        @JsonProperty("@type")
        public String type() {
            return "Dataset";
        }
    }
}
